"""Figure blocks: a PNG centred at its width (never wider than the 版心), caption below."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from doc_helpers import PAGE_NUMBER, docx_text, pdf_text, squash
from docx.oxml.ns import qn
from PIL import Image as PILImage
from pypdf import PdfReader
from pypdf.generic import ContentStream

from xuncha_desktop.documents import layout as L
from xuncha_desktop.documents.export import render_bytes
from xuncha_desktop.documents.fonts import FontSet
from xuncha_desktop.documents.model import Document, Figure, Paragraph, document_text

MM = 72 / 25.4
EMU_PER_PT = 12700


def png(width: int = 400, height: int = 200) -> bytes:
    im = PILImage.new("RGB", (width, height), (30, 90, 200))
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def figure_doc(*figures: Figure) -> Document:
    return Document(
        issuer_mark="海南省安全生产委员会办公室文件",
        title="巡查情况报告",
        blocks=(Paragraph("各市县发现问题数量如下图。"), *figures, Paragraph("以上情况供参阅。")),
    )


def pdf_image_boxes(data: bytes) -> list[tuple[float, float, float, float]]:
    """(x, y, width, height) in pt of every image drawn in the PDF (from its ``cm`` before
    ``Do``)."""
    reader = PdfReader(io.BytesIO(data))
    boxes = []
    for page in reader.pages:
        xobjects = page["/Resources"].get_object().get("/XObject")
        images = {name for name, ref in (xobjects or {}).items()
                  if ref.get_object()["/Subtype"] == "/Image"}
        ctm = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
        stack = []
        for operands, op in ContentStream(page.get_contents(), reader).operations:
            if op == b"q":
                stack.append(ctm)
            elif op == b"Q":
                ctm = stack.pop()
            elif op == b"cm":
                a, b, c, d, e, f = (float(x) for x in operands)
                A, B, C, D, E, F = ctm
                ctm = [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D,
                       e * A + f * C + E, e * B + f * D + F]
            elif op == b"Do" and operands[0] in images:
                boxes.append((ctm[4], ctm[5], ctm[0], ctm[3]))
    return boxes


def test_figure_in_pdf_is_an_image_centred_at_its_width(fonts: FontSet) -> None:
    doc = figure_doc(Figure(png(), 100, "图1　各市县问题数量"))
    data = render_bytes(doc, "pdf", fonts)
    [(x, _y, w, h)] = pdf_image_boxes(data)
    assert w == pytest.approx(100 * MM, abs=0.1)
    assert h == pytest.approx(50 * MM, abs=0.1)  # the picture's 2:1 aspect ratio
    centre = L.MARGIN_LEFT + L.TEXT_WIDTH / 2
    assert x + w / 2 == pytest.approx(centre, abs=0.5)
    text = squash("".join(PAGE_NUMBER.sub("", p) for p in pdf_text(data)))
    assert text == squash("".join(document_text(doc)))
    assert "图1各市县问题数量以上情况供参阅" in text  # caption below the picture


def test_caption_is_smaller_fangsong_centred(fonts: FontSet) -> None:
    doc = figure_doc(Figure(png(), 100, "图1　各市县问题数量"))
    d = docx.Document(io.BytesIO(render_bytes(doc, "docx", fonts)))
    caption = next(p for p in d.paragraphs if p.text.startswith("图1"))
    assert caption.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.CENTER
    rfonts = caption.runs[0]._r.rPr.find(qn("w:rFonts"))
    assert rfonts.get(qn("w:eastAsia")) == fonts["body"].official_name
    assert caption.runs[0].font.size.pt == L.CAPTION_SIZE < L.BODY_SIZE
    sizes: dict[str, float] = {}

    def visit(text: str, cm: object, tm: list[float], font: object, size: float) -> None:
        if "各市县问题数量" in text:
            sizes[text.strip()] = size * tm[0]

    PdfReader(io.BytesIO(render_bytes(doc, "pdf", fonts))).pages[0].extract_text(
        visitor_text=visit)
    assert set(sizes.values()) == {L.CAPTION_SIZE}


def test_figure_in_docx_is_a_centred_picture_in_the_package(fonts: FontSet) -> None:
    picture = png()
    doc = figure_doc(Figure(picture, 100, "图1　各市县问题数量"))
    data = render_bytes(doc, "docx", fonts)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        media = [n for n in z.namelist() if n.startswith("word/media/")]
        assert [z.read(n) for n in media] == [picture]
    d = docx.Document(io.BytesIO(data))
    [shape] = d.inline_shapes
    assert shape.width / EMU_PER_PT == pytest.approx(100 * MM, abs=0.1)
    assert shape.height / EMU_PER_PT == pytest.approx(50 * MM, abs=0.1)
    holder = next(p for p in d.paragraphs if p._p.xpath(".//w:drawing"))
    assert holder.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.CENTER
    # Not clipped by the body's exact 28.95 pt line height.
    assert holder.paragraph_format.line_spacing_rule != docx.enum.text.WD_LINE_SPACING.EXACTLY
    assert holder.paragraph_format.keep_with_next  # stays with its caption
    assert squash(docx_text(data)) == squash("".join(document_text(doc)))


def test_figure_is_never_wider_than_the_text_block(fonts: FontSet) -> None:
    doc = figure_doc(Figure(png(), 400))
    [(x, _y, w, h)] = pdf_image_boxes(render_bytes(doc, "pdf", fonts))
    assert w == pytest.approx(156 * MM, abs=0.1) and h == pytest.approx(78 * MM, abs=0.1)
    assert x == pytest.approx(L.MARGIN_LEFT, abs=0.5)
    d = docx.Document(io.BytesIO(render_bytes(doc, "docx", fonts)))
    assert d.inline_shapes[0].width / EMU_PER_PT == pytest.approx(156 * MM, abs=0.1)


def test_tall_figure_fits_one_page(fonts: FontSet) -> None:
    doc = figure_doc(Figure(png(100, 1000), 150, "很高的图"))
    [(_x, y, w, h)] = pdf_image_boxes(render_bytes(doc, "pdf", fonts))
    assert h <= L.TEXT_HEIGHT - L.CAPTION_LEADING
    assert y >= L.MARGIN_BOTTOM - 0.5
    assert w == pytest.approx(h / 10, abs=0.1)
    d = docx.Document(io.BytesIO(render_bytes(doc, "docx", fonts)))
    assert d.inline_shapes[0].height / EMU_PER_PT <= L.TEXT_HEIGHT - L.CAPTION_LEADING


@pytest.mark.parametrize(("data", "width"), [(b"GIF89a....", 50.0), (b"", 50.0),
                                             (None, 0.0), (None, -10.0)])
def test_bad_figure_is_refused(data: bytes | None, width: float) -> None:
    with pytest.raises(ValueError):
        Figure(png() if data is None else data, width)
