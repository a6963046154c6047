"""Write a document to disk, atomically, and return the SHA-256 of what was written."""

from __future__ import annotations

import hashlib
import io
import os
from typing import Literal

from xuncha_desktop.documents.docx_render import render_docx
from xuncha_desktop.documents.fonts import FontSet
from xuncha_desktop.documents.model import Document
from xuncha_desktop.documents.pdf_render import render_pdf
from xuncha_desktop.errors import ExportError
from xuncha_desktop.fsutil import atomic_writer

__all__ = ["export_document", "render_bytes"]


def render_bytes(doc: Document, fmt: Literal["docx", "pdf"], fonts: FontSet) -> bytes:
    """Render ``doc`` in memory."""
    buf = io.BytesIO()
    if fmt == "docx":
        render_docx(doc, fonts, buf)
    elif fmt == "pdf":
        render_pdf(doc, fonts, buf)
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return buf.getvalue()


def export_document(
    doc: Document,
    path: str | os.PathLike[str],
    fmt: Literal["docx", "pdf"],
    fonts: FontSet,
) -> str:
    """Render ``doc`` to ``path`` and return the file's SHA-256 (hex).

    The file is rendered completely before the target is touched, then written through a
    temporary file and renamed, so a failure leaves any existing file intact. Disk and
    permission problems raise :class:`~xuncha_desktop.errors.ExportError` (Chinese message).
    """
    if fmt not in ("docx", "pdf"):
        raise ExportError(f"不支持的导出格式“{fmt}”。", hint="请选择 Word（.docx）或 PDF。")
    data = render_bytes(doc, fmt, fonts)
    with atomic_writer(path) as fh:
        fh.write(data)
    return hashlib.sha256(data).hexdigest()
