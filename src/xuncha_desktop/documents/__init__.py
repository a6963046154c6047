"""Official documents (GB/T 9704-2012): one model, two renderers (DOCX and PDF).

Public API::

    model.Document / Heading / Paragraph / Table / ListBlock, model.document_text(doc)
    fonts.resolve_fonts(user_choice, *, windows_font_dirs=None, use_fontconfig=True) -> FontSet
    fonts.missing_glyph_warnings(doc, fonts) -> list[str]   (also FontSet.warnings_for(doc))
    docx_render.render_docx(doc, fonts, out) / pdf_render.render_pdf(doc, fonts, out)
    templates.render_named_template(kind, context, text=None) -> Document
    templates.validate_template(text, allowed_names), templates.TEMPLATE_VARIABLES
    export.export_document(doc, path, fmt, fonts) -> sha256 hex

The renderers are imported from their modules (ReportLab and python-docx load on first use).
"""

from xuncha_desktop.documents.model import (
    Block,
    Document,
    Heading,
    ListBlock,
    Paragraph,
    Table,
    document_text,
    format_cn_date,
)

__all__ = [
    "Block",
    "Document",
    "Heading",
    "ListBlock",
    "Paragraph",
    "Table",
    "document_text",
    "format_cn_date",
]
