"""GB/T 9704 parts after the body: 附件说明, 署名, 成文日期, 附注, annexes on new pages, and the
版记 at the foot of the last page (also in the DOCX as LibreOffice lays it out); 签发人 on the
发文字号 line; no CJK/Latin auto spacing in the DOCX."""

from __future__ import annotations

import dataclasses
import io
import os
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from doc_helpers import PAGE_NUMBER, docx_text, make_document, pdf_text, squash
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from pypdf import PdfReader

from xuncha_desktop.documents import layout as L
from xuncha_desktop.documents.export import render_bytes
from xuncha_desktop.documents.fonts import FontSet, missing_glyph_warnings
from xuncha_desktop.documents.model import (
    Annex,
    Document,
    Paragraph,
    Table,
    attachment_lines,
    document_text,
)

MM = 72 / 25.4
NOTE = "联系人：李四，电话：0898-65300000"
ROSTER = Table(("组内职务", "姓名", "单位"),
               tuple(("成员", f"王某{i}", "省应急管理厅") for i in range(5)))


def annexed(paragraphs: int = 2, **changes: Any) -> Document:
    base = make_document(paragraphs=paragraphs)
    values: dict[str, Any] = {
        "attachments": (),
        "note": NOTE,
        "annexes": (
            Annex("巡查组成员名单", (ROSTER,)),
            Annex("巡查内容", (Paragraph("贯彻落实安全生产法律法规情况。"),)),
        ),
    }
    values.update(changes)
    return dataclasses.replace(base, **values)


def positions(page: Any) -> list[tuple[str, float, float, float, str]]:
    """(text, x, y, size, font name) of each text piece on a pypdf page, in page space."""
    out: list[tuple[str, float, float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            name = str(font.get("/BaseFont", "")) if font is not None else ""
            out.append((text.strip(), x, y, size * tm[0] * cm[0], name))

    page.extract_text(visitor_text=visit)
    return out


# -- annexes --------------------------------------------------------------------------------------


def test_attachment_note_is_generated_from_annex_titles() -> None:
    doc = annexed()
    assert attachment_lines(doc) == ["附件：1.巡查组成员名单", "2.巡查内容"]
    one = annexed(annexes=(Annex("巡查组成员名单。", (ROSTER,)),))
    assert attachment_lines(one) == ["附件：巡查组成员名单"]  # no end punctuation
    explicit = annexed(attachments=("另附材料",))
    assert attachment_lines(explicit) == ["附件：另附材料"]


def test_text_order_body_signature_date_annexes_imprint(fonts: FontSet) -> None:
    doc = annexed()
    lines = document_text(doc)
    order = [
        "2026年7月20日至7月31日。",  # body
        "附件：1.巡查组成员名单",
        "海南省安全生产委员会办公室",  # 署名
        "2026年7月4日",
        "（联系人：李四，电话：0898-65300000）",
        "附件1",
        "巡查组成员名单",
        "组内职务 姓名 单位",
        "成员 王某4 省应急管理厅",
        "附件2",
        "巡查内容",
        "贯彻落实安全生产法律法规情况。",
        "抄送：省委组织部，省应急管理厅。",
    ]
    at = [lines.index(x) for x in order]
    assert at == sorted(at), at
    assert lines[-1] == "海南省安全生产委员会办公室 2026年7月4日印发"
    expected = squash("".join(lines))
    pdf = squash("".join(PAGE_NUMBER.sub("", p) for p in pdf_text(render_bytes(doc, "pdf", fonts))))
    assert pdf == expected
    assert squash(docx_text(render_bytes(doc, "docx", fonts))) == expected


def test_each_annex_starts_a_new_pdf_page_and_the_imprint_ends_the_last(fonts: FontSet) -> None:
    doc = annexed()
    pages = [squash(PAGE_NUMBER.sub("", p)) for p in pdf_text(render_bytes(doc, "pdf", fonts))]
    first = next(n for n, p in enumerate(pages) if p.startswith("附件1"))
    assert pages[first].startswith("附件1巡查组成员名单组内职务姓名单位")
    assert pages[first - 1].endswith("2026年7月4日（联系人：李四，电话：0898-65300000）")
    assert pages[first + 1] == squash(
        "附件2巡查内容贯彻落实安全生产法律法规情况。"
        "抄送：省委组织部，省应急管理厅。海南省安全生产委员会办公室2026年7月4日印发")
    assert len(pages) == first + 2


def test_annex_head_in_pdf_label_top_left_title_centred(fonts: FontSet) -> None:
    reader = PdfReader(io.BytesIO(render_bytes(annexed(), "pdf", fonts)))
    page = next(p for p in reader.pages if squash(p.extract_text()).startswith("附件1"))
    items = positions(page)
    label = next(i for i in items if i[0] == "附件1")
    title = next(i for i in items if i[0] == "巡查组成员名单")
    assert label[1] == pytest.approx(L.MARGIN_LEFT, abs=0.5)  # 顶格
    assert label[3] == pytest.approx(L.BODY_SIZE)
    top = L.PAGE_HEIGHT - L.MARGIN_TOP
    assert top - label[2] < L.LINE_PITCH  # first line of the 版心
    assert 2 * L.LINE_PITCH < top - title[2] < 3 * L.LINE_PITCH + 8  # third line
    assert title[3] == pytest.approx(L.TITLE_SIZE)
    width = 7 * L.TITLE_SIZE
    assert title[1] + width / 2 == pytest.approx(L.MARGIN_LEFT + L.TEXT_WIDTH / 2, abs=2)


def test_annex_in_docx_starts_with_a_page_break(fonts: FontSet) -> None:
    d = docx.Document(io.BytesIO(render_bytes(annexed(), "docx", fonts)))
    paras = d.paragraphs
    for label, title in (("附件1", "巡查组成员名单"), ("附件2", "巡查内容")):
        at = next(n for n, p in enumerate(paras) if p.text == label)
        p = paras[at]
        assert p.paragraph_format.page_break_before
        run = p.runs[0]
        assert run._r.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "黑体"
        assert run.font.size.pt == L.BODY_SIZE
        assert p.alignment == WD_ALIGN_PARAGRAPH.LEFT
        assert paras[at + 1].text == ""  # the title on the third line
        head = paras[at + 2]
        assert head.text == title and head.alignment == WD_ALIGN_PARAGRAPH.CENTER
        assert head.runs[0].font.size.pt == L.TITLE_SIZE
    # Nothing else breaks a page.
    breaks = [p.text for p in paras if p.paragraph_format.page_break_before]
    assert breaks == ["附件1", "附件2"]


def test_a_single_annex_is_labelled_without_number(fonts: FontSet) -> None:
    doc = annexed(annexes=(Annex("巡查组成员名单", (ROSTER,)),))
    lines = document_text(doc)
    assert "附件" in lines and "附件1" not in lines
    assert "附件：巡查组成员名单" in lines
    d = docx.Document(io.BytesIO(render_bytes(doc, "docx", fonts)))
    assert [p.text for p in d.paragraphs if p.paragraph_format.page_break_before] == ["附件"]


def test_annex_text_is_checked_for_missing_glyphs(fonts: FontSet) -> None:
    doc = annexed(annexes=(Annex("名单", (Paragraph("\U000f0001"),)),))  # private use: no font
    warnings = missing_glyph_warnings(doc, fonts)
    assert any("U+F0001" in w for w in warnings), warnings


def test_annex_needs_a_title() -> None:
    with pytest.raises(ValueError):
        Annex("  ", (ROSTER,))


# -- 签发人 and 附注 -------------------------------------------------------------------------------


def test_sign_off_on_the_number_line_in_pdf(fonts: FontSet) -> None:
    doc = annexed(sign_off="张三")
    assert "琼安委办〔2026〕12号 签发人：张三" in document_text(doc)
    reader = PdfReader(io.BytesIO(render_bytes(doc, "pdf", fonts)))
    items = positions(reader.pages[0])
    number = next(i for i in items if i[0].startswith("琼安委办"))
    label = next(i for i in items if i[0] == "签发人：")
    name = next(i for i in items if i[0] == "张三")
    assert number[1] == pytest.approx(L.MARGIN_LEFT + L.CHAR_PITCH, abs=0.5)  # 居左空一字
    assert label[2] == name[2] == pytest.approx(number[2], abs=0.1)  # same line
    right_edge = L.MARGIN_LEFT + L.TEXT_WIDTH - L.CHAR_PITCH  # 居右空一字
    # pypdf gives the start of the text object: "签发人：张三" is six characters wide.
    assert label[1] + 6 * L.CHAR_PITCH == pytest.approx(right_edge, abs=0.5)
    # 签发人： in the body's 仿宋 like the 文号; the name in the 楷体 of second-level headings.
    assert label[4] == number[4] != name[4]
    assert fonts["heading2"].path != fonts["body"].path


def test_sign_off_on_the_number_line_in_docx(fonts: FontSet) -> None:
    d = docx.Document(io.BytesIO(render_bytes(annexed(sign_off="张三"), "docx", fonts)))
    p = next(p for p in d.paragraphs if p.text.startswith("琼安委办"))
    assert p.text == "琼安委办〔2026〕12号\t签发人：张三"
    assert p.paragraph_format.left_indent.pt == pytest.approx(L.BODY_SIZE)
    [tab] = p._p.pPr.find(qn("w:tabs"))
    assert tab.get(qn("w:val")) == "right"
    assert int(tab.get(qn("w:pos"))) == round((L.TEXT_WIDTH - L.BODY_SIZE) * 20)
    fonts_of = {r.text: r._r.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) for r in p.runs}
    assert fonts_of["签发人："] == fonts["body"].official_name
    assert fonts_of["张三"] == fonts["heading2"].official_name == "楷体_GB2312"
    assert all(r.font.size.pt == L.BODY_SIZE for r in p.runs if r.text)
    # The red rule is still under this line.
    assert p._p.pPr.find(qn("w:pBdr")).find(qn("w:bottom")).get(qn("w:color")) == "FF0000"


def test_without_sign_off_the_number_stays_centred(fonts: FontSet) -> None:
    d = docx.Document(io.BytesIO(render_bytes(annexed(), "docx", fonts)))
    p = next(p for p in d.paragraphs if p.text.startswith("琼安委办"))
    assert p.text == "琼安委办〔2026〕12号" and p.alignment == WD_ALIGN_PARAGRAPH.CENTER


def test_note_one_line_below_the_date_indented_two_characters(fonts: FontSet) -> None:
    for given in (NOTE, f"（{NOTE}）"):  # parentheses are added once
        doc = annexed(note=given)
        lines = document_text(doc)
        assert lines[lines.index("2026年7月4日") + 1] == f"（{NOTE}）"
    reader = PdfReader(io.BytesIO(render_bytes(doc, "pdf", fonts)))
    page = next(p for p in reader.pages if "联系人" in p.extract_text())
    items = positions(page)
    date = next(i for i in items if i[0] == "2026年7月4日")
    note = next(i for i in items if i[0].startswith("（联系人"))
    assert date[2] - note[2] == pytest.approx(L.LINE_PITCH, abs=0.1)
    assert note[1] == pytest.approx(L.MARGIN_LEFT + 2 * L.CHAR_PITCH, abs=0.5)
    d = docx.Document(io.BytesIO(render_bytes(doc, "docx", fonts)))
    paras = [p for p in d.paragraphs if p.text]
    at = next(n for n, p in enumerate(paras) if p.text == "2026年7月4日")
    note_p = paras[at + 1]
    assert note_p.text == f"（{NOTE}）"
    assert note_p.paragraph_format.first_line_indent.pt == pytest.approx(2 * L.BODY_SIZE)
    assert note_p.alignment == WD_ALIGN_PARAGRAPH.LEFT


# -- no CJK/Latin auto spacing -----------------------------------------------------------------


def test_docx_turns_off_cjk_latin_auto_spacing(fonts: FontSet) -> None:
    data = render_bytes(annexed(sign_off="张三"), "docx", fonts)
    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        body = etree.fromstring(z.read("word/document.xml"))
        styles = etree.fromstring(z.read("word/styles.xml"))
        footers = [etree.fromstring(z.read(n)) for n in z.namelist()
                   if n.startswith("word/footer")]
    paragraphs = body.findall(".//w:p", ns) + [p for f in footers for p in f.findall(".//w:p", ns)]
    assert len(paragraphs) > 30
    for p in paragraphs:
        for tag in ("autoSpaceDE", "autoSpaceDN"):
            el = p.find(f"w:pPr/w:{tag}", ns)
            assert el is not None and el.get(qn("w:val")) == "0", etree.tostring(p)[:200]
    defaults = styles.find("w:docDefaults/w:pPrDefault/w:pPr", ns)
    normal = styles.find("w:style[@w:styleId='Normal']/w:pPr", ns)
    for ppr in (defaults, normal):
        assert ppr.find("w:autoSpaceDE", ns).get(qn("w:val")) == "0"
        assert ppr.find("w:autoSpaceDN", ns).get(qn("w:val")) == "0"
    # Written where the schema puts them: before w:spacing and w:ind in each w:pPr.
    for p in paragraphs:
        ppr = p.find("w:pPr", ns)
        tags = [etree.QName(c).localname for c in ppr]
        if "spacing" in tags:
            assert tags.index("autoSpaceDN") < tags.index("spacing"), tags


# -- the 版记 at the foot of the page --------------------------------------------------------------


def test_pdf_imprint_at_the_foot_of_the_last_page(fonts: FontSet) -> None:
    reader = PdfReader(io.BytesIO(render_bytes(annexed(), "pdf", fonts)))
    items = positions(reader.pages[-1])
    printed = next(i for i in items if i[0].endswith("印发"))
    assert printed[2] < L.MARGIN_BOTTOM + L.LINE_PITCH  # last line of the 版心


def test_docx_imprint_is_floated_to_the_bottom_of_the_text_area(fonts: FontSet) -> None:
    d = docx.Document(io.BytesIO(render_bytes(annexed(), "docx", fonts)))
    imprint = d.tables[-1]
    assert imprint.cell(0, 0).text.startswith("抄送：")
    pos = imprint._tbl.tblPr.find(qn("w:tblpPr"))
    assert pos.get(qn("w:vertAnchor")) == "margin" and pos.get(qn("w:tblpYSpec")) == "bottom"
    assert pos.get(qn("w:horzAnchor")) == "page"
    assert int(pos.get(qn("w:tblpX"))) == round(L.MARGIN_LEFT * 20)
    assert imprint._tbl.tblPr.find(qn("w:tblOverlap")).get(qn("w:val")) == "never"
    # A paragraph follows it to anchor it (LibreOffice drops a floating table without one).
    assert imprint._tbl.getnext().tag == qn("w:p")


# -- LibreOffice ----------------------------------------------------------------------------------


def _soffice() -> str:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        if os.environ.get("XUNCHA_SKIP_LIBREOFFICE") == "1":
            pytest.skip("XUNCHA_SKIP_LIBREOFFICE=1: LibreOffice (soffice) not installed")
        pytest.fail("LibreOffice (soffice) is required for this check; install it or set "
                    "XUNCHA_SKIP_LIBREOFFICE=1")
    return soffice


def _convert(tmp_path: Path, files: list[Path]) -> None:
    subprocess.run(
        [_soffice(), "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
         "--convert-to", "pdf", "--outdir", str(tmp_path / "lo"), *map(str, files)],
        check=True, capture_output=True, timeout=300,
    )


@pytest.mark.slow
def test_libreoffice_lays_out_annexes_and_imprint_like_the_pdf(
    fonts: FontSet, tmp_path: Path
) -> None:
    # Documents whose last page is filled to different heights, with and without annexes.
    docs = {f"plain{n}": make_document(paragraphs=n) for n in (0, 3, 6, 9)}
    docs.update({f"annexed{n}": annexed(paragraphs=n, sign_off="张三") for n in (2, 8)})
    files = []
    for name, doc in docs.items():
        path = tmp_path / f"{name}.docx"
        path.write_bytes(render_bytes(doc, "docx", fonts))
        files.append(path)
    _convert(tmp_path, files)
    for name, doc in docs.items():
        ours = PdfReader(io.BytesIO(render_bytes(doc, "pdf", fonts))).pages
        theirs = PdfReader(tmp_path / "lo" / f"{name}.pdf").pages
        assert abs(len(ours) - len(theirs)) <= 1, (name, len(ours), len(theirs))
        # 版记 in the lower part of the last page, and nowhere else.
        for n, page in enumerate(theirs):
            hits = [i for i in positions(page) if "抄送" in i[0] or i[0].endswith("印发")]
            if n < len(theirs) - 1:
                assert not hits, (name, n)
            else:
                assert len(hits) == 2, (name, [i[0] for i in positions(page)])
                assert all(y < 0.3 * L.PAGE_HEIGHT for _t, _x, y, _s, _f in hits), (name, hits)
                printed = min(y for _t, _x, y, _s, _f in hits)
                assert printed < L.MARGIN_BOTTOM + L.LINE_PITCH, (name, hits)
        if name.startswith("annexed"):
            texts = [squash(p.extract_text()) for p in theirs]
            first = next(n for n, t in enumerate(texts) if t.startswith("附件1"))
            assert "2026年7月4日" in texts[first - 1].replace(" ", "")
            assert texts[first + 1].startswith("附件2")


def test_lines_ended_by_a_manual_break_are_not_stretched(fonts: FontSet) -> None:
    """Table cells with "\\n" (the checklist's □ choices) are not spread across the cell."""
    d = docx.Document(io.BytesIO(render_bytes(annexed(), "docx", fonts)))
    compat = d.settings.element.find(qn("w:compat"))
    assert compat is not None and compat.find(qn("w:doNotExpandShiftReturn")) is not None
    tags = [c.tag.rsplit("}", 1)[-1] for c in d.settings.element]
    assert tags.index("compat") < tags.index("rsids")  # schema order
