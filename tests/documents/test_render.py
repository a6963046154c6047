"""Both renderers: same text, GB/T 9704 page geometry, fonts, page numbers, line breaking."""

from __future__ import annotations

import io
import itertools
import os
import random
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from doc_helpers import PAGE_NUMBER, SEED_SENTENCE, docx_text, pdf_text, squash
from docx.oxml.ns import qn
from pypdf import PdfReader

from xuncha_desktop.documents.docx_render import render_docx
from xuncha_desktop.documents.export import render_bytes
from xuncha_desktop.documents.fonts import FontSet
from xuncha_desktop.documents.model import Document, Paragraph, document_text
from xuncha_desktop.documents.pdf_render import CANNOT_END, CANNOT_START, break_lines, render_pdf

MM = 72 / 25.4


def _pdf(doc: Document, fonts: FontSet) -> bytes:
    buf = io.BytesIO()
    render_pdf(doc, fonts, buf)
    return buf.getvalue()


def _docx(doc: Document, fonts: FontSet) -> bytes:
    buf = io.BytesIO()
    render_docx(doc, fonts, buf)
    return buf.getvalue()


# (a) ------------------------------------------------------------------------------------------


def test_docx_and_pdf_have_the_same_text(sample_doc: Document, fonts: FontSet) -> None:
    expected = squash("".join(document_text(sample_doc)))
    pdf_pages = pdf_text(_pdf(sample_doc, fonts))
    pdf_body = squash("".join(PAGE_NUMBER.sub("", page) for page in pdf_pages))
    docx_body = squash(docx_text(_docx(sample_doc, fonts)))
    assert pdf_body == expected
    assert docx_body == expected
    # Spot checks on what a reader sees.
    assert "琼安委办〔2026〕12号" in expected
    assert "2026年7月4日" in expected  # no leading zero
    assert squash("抄送：省委组织部，省应急管理厅。") in expected
    assert "附件：1.巡查组成员名单" in expected


# (b) ------------------------------------------------------------------------------------------


def _run_font(paragraph: docx.text.paragraph.Paragraph) -> tuple[str | None, float | None]:
    run = paragraph.runs[0]
    rfonts = run._r.rPr.find(qn("w:rFonts"))
    size = run.font.size.pt if run.font.size is not None else None
    return rfonts.get(qn("w:eastAsia")), size


def test_docx_page_setup_fonts_and_sizes(sample_doc: Document, fonts: FontSet) -> None:
    d = docx.Document(io.BytesIO(_docx(sample_doc, fonts)))
    sec = d.sections[0]
    assert sec.page_width.mm == pytest.approx(210, abs=0.1)
    assert sec.page_height.mm == pytest.approx(297, abs=0.1)
    assert sec.top_margin.mm == pytest.approx(37, abs=0.1)
    assert sec.bottom_margin.mm == pytest.approx(35, abs=0.1)
    assert sec.left_margin.mm == pytest.approx(28, abs=0.1)
    assert sec.right_margin.mm == pytest.approx(26, abs=0.1)
    grid = sec._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:type")) == "lines" and grid.get(qn("w:linePitch")) == "579"

    by_text = {p.text: p for p in d.paragraphs if p.text}
    issuer = by_text["海南省安全生产委员会办公室文件"]
    assert _run_font(issuer)[0] == "方正小标宋简体"
    assert str(issuer.runs[0].font.color.rgb) == "FF0000"
    assert issuer.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.CENTER
    number = by_text["琼安委办〔2026〕12号"]
    assert number.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.CENTER
    border = number._p.pPr.find(qn("w:pBdr")).find(qn("w:bottom"))
    assert border.get(qn("w:color")) == "FF0000"  # the red rule
    title = next(p for p in d.paragraphs if p.text.startswith("关于对三亚市开展"))
    assert _run_font(title) == ("方正小标宋简体", 22.0)
    assert by_text["三亚市人民政府："].paragraph_format.first_line_indent is None
    body = next(p for p in d.paragraphs if p.text.startswith("根据《海南省"))
    assert _run_font(body) == ("仿宋_GB2312", 16.0)
    assert body.paragraph_format.line_spacing.pt == pytest.approx(28.95, abs=0.05)
    assert body.paragraph_format.first_line_indent.pt == pytest.approx(32)
    assert body._p.pPr.find(qn("w:ind")).get(qn("w:firstLineChars")) == "200"
    assert _run_font(by_text["一、巡查依据"]) == ("黑体", 16.0)
    assert _run_font(by_text["（一）巡查时间"]) == ("楷体_GB2312", 16.0)
    assert _run_font(by_text["1.进驻安排"]) == ("仿宋_GB2312", 16.0)
    assert _run_font(by_text["（1）动员会"]) == ("仿宋_GB2312", 16.0)
    # Data table: header row repeats on every page.
    table = d.tables[0]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    # 版记 in 4号 (14 pt).
    cc = next(c for t in d.tables for c in t._cells if c.text.startswith("抄送："))
    assert _run_font(cc.paragraphs[0])[1] == 14.0
    # Page numbers: PAGE field, different odd/even footers, 4号宋体.
    assert d.settings.odd_and_even_pages_header_footer
    for footer, align in ((sec.footer, "RIGHT"), (sec.even_page_footer, "LEFT")):
        p = footer.paragraphs[0]
        assert p.text.replace("1", "N") == "— N —"
        assert "PAGE" in "".join(t.text for t in p._p.iter(qn("w:instrText")))
        assert p.alignment.name == align
        assert _run_font(p) == ("宋体", 14.0)


# (c) ------------------------------------------------------------------------------------------


def _fonts_of(reader: PdfReader) -> list[dict[str, object]]:
    out = []
    for page in reader.pages:
        fonts = page["/Resources"].get_object()["/Font"].get_object()
        for ref in fonts.values():
            out.append(ref.get_object())
    return out


def test_pdf_a4_embedded_fonts_and_body_size(sample_doc: Document, fonts: FontSet) -> None:
    reader = PdfReader(io.BytesIO(_pdf(sample_doc, fonts)))
    for page in reader.pages:
        box = page.mediabox
        assert float(box.width) == pytest.approx(210 * MM, abs=0.5)
        assert float(box.height) == pytest.approx(297 * MM, abs=0.5)
    seen = _fonts_of(reader)
    assert seen
    for font in seen:
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"font {font['/BaseFont']} is not embedded"
    sizes: dict[str, set[float]] = {}

    def visit(text: str, cm: object, tm: list[float], font: object, size: float) -> None:
        if text.strip():
            sizes.setdefault(text.strip(), set()).add(round(size * tm[0], 2))

    reader.pages[1].extract_text(visitor_text=visit)
    body_sizes = {s for t, ss in sizes.items() if "巡查" in t for s in ss}
    assert body_sizes == {16.0}
    title_sizes: dict[str, set[float]] = {}
    sizes = title_sizes
    reader.pages[0].extract_text(visitor_text=visit)
    assert {22.0} == {s for t, ss in title_sizes.items() if "安全生产巡查的通知" in t for s in ss}


def test_pdf_30_pages_numbered(doc_factory: Callable[..., Document], fonts: FontSet) -> None:
    doc = doc_factory(paragraphs=90)
    data = _pdf(doc, fonts)
    reader = PdfReader(io.BytesIO(data))
    pages = reader.pages
    assert len(pages) >= 30
    for n, page in enumerate(pages, start=1):
        found: list[tuple[str, float]] = []

        def visit(text: str, cm: object, tm: list[float], font: object, size: float) -> None:
            if PAGE_NUMBER.fullmatch(text.strip()):
                found.append((text.strip(), tm[4]))  # noqa: B023

        page.extract_text(visitor_text=visit)
        assert [t for t, _x in found] == [f"— {n} —"], f"page {n}"
        x = found[0][1]
        if n % 2:
            assert x > 105 * MM  # odd pages: right
        else:
            assert x < 60 * MM  # even pages: left, one character in
    # Whole text survives the page breaks.
    body = squash("".join(PAGE_NUMBER.sub("", page.extract_text()) for page in pages))
    assert body == squash("".join(document_text(doc)))


# (d) ------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_libreoffice_page_count_matches(
    doc_factory: Callable[..., Document], fonts: FontSet, tmp_path: Path
) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        if os.environ.get("XUNCHA_SKIP_LIBREOFFICE") == "1":
            pytest.skip("XUNCHA_SKIP_LIBREOFFICE=1: LibreOffice (soffice) not installed")
        pytest.fail(
            "LibreOffice (soffice) is required for this check; install it or set "
            "XUNCHA_SKIP_LIBREOFFICE=1"
        )
    doc = doc_factory(paragraphs=25, table_rows=12)
    (tmp_path / "doc.docx").write_bytes(_docx(doc, fonts))
    ours = len(PdfReader(io.BytesIO(_pdf(doc, fonts))).pages)
    subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "lo"),
            str(tmp_path / "doc.docx"),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    theirs = len(PdfReader(tmp_path / "lo" / "doc.pdf").pages)
    assert ours >= 8
    assert abs(ours - theirs) <= 1, (ours, theirs)
    # The Word file also sets 28 characters a line (26 after the two-character indent).
    grid = Document(issuer_mark="测试文件", title="测试", blocks=(Paragraph("安全生产巡查工作" * 20),))
    (tmp_path / "grid.docx").write_bytes(_docx(grid, fonts))
    subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
         "--convert-to", "pdf", "--outdir", str(tmp_path / "lo"), str(tmp_path / "grid.docx")],
        check=True, capture_output=True, timeout=300,
    )
    text = PdfReader(tmp_path / "lo" / "grid.pdf").pages[0].extract_text()
    lines = [squash(ln) for ln in text.splitlines() if squash(ln)[:2] in ("安全", "生产", "巡查", "工作", "全生", "产巡", "查工", "作安")]
    assert [len(ln) for ln in lines[:3]] == [26, 28, 28], lines


# (e) ------------------------------------------------------------------------------------------


def test_comma_never_starts_a_pdf_line(fonts: FontSet) -> None:
    # Body: 28 characters a line, 26 on the indented first line. The "，" would fall at the
    # start of line 2 and of line 3; "“" would end line 4.
    text = "甲" * 26 + "，" + "乙" * 27 + "，" + "丙" * 27 + "“丁”" + "戊" * 30 + "。"
    doc = Document(issuer_mark="测试文件", title="测试", blocks=(Paragraph(text),))
    pages = pdf_text(_pdf(doc, fonts))
    lines = [ln.strip() for ln in pages[0].splitlines() if ln.strip()]
    body = [ln for ln in lines if ln[0] in "甲乙丙丁戊，。“”"]
    assert squash("".join(body)) == text
    assert len(body) >= 4
    assert len(body[0]) < 26  # the naive break (26 甲) would have started line 2 with "，"
    for ln in body:
        assert ln[0] not in CANNOT_START, ln
        assert ln[-1] not in CANNOT_END, ln


def test_break_lines_respects_kinsoku_on_random_text() -> None:
    rng = random.Random(9704)
    alphabet = "安全生产巡查工作" * 4 + "，。、；：？！）》”（《“2026ab"
    width = {c: (8.0 if c.isascii() else 16.0) for c in alphabet}
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(30, 200)))
        lines = break_lines(text, width.__getitem__, 442.2, first_indent=32)
        assert "".join(ln.text for ln in lines) == text
        for a, b in itertools.pairwise(lines):
            assert sum(width[c] for c in a.text) <= a.avail + 1e-6
            # A rule can only be broken when a whole line is nothing but forbidden characters.
            if len(a.text) > 3:
                assert b.text[0] not in CANNOT_START, (a.text, b.text)
                assert a.text[-1] not in CANNOT_END, (a.text, b.text)


def test_long_text_flows_across_pages(fonts: FontSet) -> None:
    text = (SEED_SENTENCE * 400)[:20000]
    doc = Document(issuer_mark="测试文件", title="长文测试", blocks=(Paragraph(text),))
    pages = pdf_text(_pdf(doc, fonts))
    assert len(pages) >= 25
    got = squash("".join(PAGE_NUMBER.sub("", p) for p in pages))
    assert got == squash("测试文件长文测试" + text)


def test_exported_bytes_are_deterministic(sample_doc: Document, fonts: FontSet) -> None:
    assert render_bytes(sample_doc, "pdf", fonts) == render_bytes(sample_doc, "pdf", fonts)
    assert re.match(rb"%PDF-1\.\d", render_bytes(sample_doc, "pdf", fonts))


def test_pdf_body_has_28_characters_per_line(fonts: FontSet) -> None:
    """GB/T 9704: 22 lines of 28 characters in the 版心."""
    import io

    from xuncha_desktop.documents.model import Document, Paragraph
    from xuncha_desktop.documents.pdf_render import render_pdf

    text = "安全生产巡查工作" * 40
    doc = Document(issuer_mark="海南省安全生产委员会办公室文件", title="测试", blocks=(Paragraph(text),))
    buf = io.BytesIO()
    render_pdf(doc, fonts, buf)
    lines = [ln.strip() for page in pdf_text(buf.getvalue()) for ln in page.splitlines()]
    body = [ln.replace(" ", "") for ln in lines if ln.replace(" ", "")[:4] in ("安全生产", "巡查工作", "生产巡查", "全生产巡", "产巡查工", "查工作安", "工作安全", "作安全生")]
    full = [ln for ln in body if len(ln) >= 20]
    assert full, lines
    assert len(full[0]) == 26  # first line: indented two characters
    assert all(len(ln) == 28 for ln in full[1:-1]), [len(ln) for ln in full]
