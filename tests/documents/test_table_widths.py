"""Table column widths: short columns on one line, the text column wraps, PDF = DOCX."""

from __future__ import annotations

import io
from typing import Any

import pytest
from doc_helpers import pdf_text

from xuncha_desktop.documents import layout as L
from xuncha_desktop.documents import table_widths as T
from xuncha_desktop.documents.export import render_bytes
from xuncha_desktop.documents.fonts import FontSet
from xuncha_desktop.documents.model import Document, Paragraph, Table

DESCRIPTION = ("企业未按规定对从业人员进行安全生产教育和培训未如实记录教育培训情况"
               "特种作业人员未持证上岗")
HEADER = ("序号", "编号", "问题描述", "状态", "整改期限")
SHORT = (0, 1, 3, 4)  # every column but 问题描述
ROWS = tuple(
    (str(i), f"FX-2026-{i:04d}", DESCRIPTION * (1 + i % 2), "待整改", f"2026-03-{i:02d}")
    for i in range(1, 13)
)
FINDINGS = Table(HEADER, ROWS)
PDF_PADDING = 2 * L.CELL_SIDE_MARGIN  # the PDF cell margins


def document(*blocks: Any) -> Document:
    return Document(issuer_mark="海南省安全生产委员会办公室文件", title="测试标题",
                    blocks=(Paragraph("情况如下："), *blocks))


def text_starts(pdf: bytes) -> list[tuple[float, float, str]]:
    """(x, y, text) of every text run the PDF draws, in page coordinates."""
    from pypdf import PdfReader

    out: list[tuple[float, float, str]] = []

    def visit(text: str, cm: Any, tm: Any, _font: Any, _size: Any) -> None:
        if text.strip():
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
            out.append((x, y, text.strip()))

    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    return out


def pdf_lines(pdf: bytes) -> list[str]:
    return [x.strip() for page in pdf_text(pdf) for x in page.splitlines() if x.strip()]


def docx_grid(data: bytes, index: int = 0) -> tuple[list[int], list[list[int]], str | None]:
    """(w:gridCol widths, w:tcW widths per row, w:tblLayout type) of a DOCX's table, twips;
    the cell margins either side are the PDF's."""
    import docx as python_docx
    from docx.oxml.ns import qn

    tbl = python_docx.Document(io.BytesIO(data)).tables[index]._tbl
    grid = [int(c.get(qn("w:w"))) for c in tbl.tblGrid.findall(qn("w:gridCol"))]
    cells = [[int(tc.find(qn("w:tcPr")).find(qn("w:tcW")).get(qn("w:w")))
              for tc in tr.findall(qn("w:tc"))] for tr in tbl.findall(qn("w:tr"))]
    layout = tbl.tblPr.find(qn("w:tblLayout"))
    margins = tbl.tblPr.find(qn("w:tblCellMar"))
    for side in ("w:left", "w:right"):
        assert int(margins.find(qn(side)).get(qn("w:w"))) == round(L.CELL_SIDE_MARGIN * 20)
    return grid, cells, None if layout is None else layout.get(qn("w:type"))


def test_unbreakable_tokens_and_lines() -> None:
    assert T.unbreakable_units("企业未按规定对从业人员进行安全生产教育") == 1.0  # one CJK char
    assert T.unbreakable_units("FX-2026-0012") == 6.0  # a code is one token
    assert T.unbreakable_units("2026-03-04") == 5.0
    assert T.unbreakable_units("整改期限2026-03-04，逾期12天") == 5.0
    assert T.unbreakable_units("") == 0.0
    assert T.line_units("待整改\n2026年3月4日") == 6.0  # the longest line
    assert T.char_units("FX-2026-0012") == 6.0
    # Preferred widths are capped at the table's width; minimums at 8 characters.
    needs = T.column_needs(("说明", "地址"), (("字" * 500, "X" * 200),), L.TEXT_WIDTH, 12.0)
    assert needs[0].preferred == pytest.approx((L.TEXT_WIDTH - T.CELL_PADDING) / 12 - 0.5)
    assert needs[0].minimum == 1.0
    assert needs[1].minimum == T.MAX_TOKEN_CHARS


def test_findings_table_keeps_short_columns_whole_and_description_widest() -> None:
    widths, size, _leading = L.table_layout(HEADER, ROWS, None)
    assert abs(sum(widths) - L.TEXT_WIDTH) < 0.01
    assert widths[2] == max(widths)  # 问题描述 takes the rest
    assert widths[2] >= 0.4 * L.TEXT_WIDTH
    for col in SHORT:  # each short column holds its longest cell and its header on one line
        longest = max(T.char_units(r[col]) for r in (HEADER, *ROWS))
        assert widths[col] >= longest * size + T.CELL_PADDING, HEADER[col]
    # The column widths are not the weights of the old rule (description squeezed or whole).
    assert widths[2] < T.char_units(DESCRIPTION) * size


def test_findings_table_in_the_pdf(fonts: FontSet) -> None:
    from xuncha_desktop.documents.pdf_render import _width_fn

    pdf = render_bytes(document(FINDINGS), "pdf", fonts)
    lines = pdf_lines(pdf)
    for header in HEADER:  # headers are not broken
        assert any(header in line for line in lines), header
    for _no, code, _text, state, date in ROWS:  # each short cell is on one line
        assert sum(code in line for line in lines) == 1, code
        assert sum(date in line for line in lines) == 1, date
        assert any(line.endswith(f"{state} {date}") for line in lines), (state, date)
    # The description wraps, and not one character to a line: each of its lines is long.
    runs = text_starts(pdf)
    widths, size, _leading = L.table_layout(HEADER, ROWS, None)
    left = L.MARGIN_LEFT + sum(widths[:2]) + L.CELL_SIDE_MARGIN
    description = [t for x, _y, t in runs if abs(x - left) < 0.5]
    assert len(description) > 12  # every row's description is several lines
    assert sum(len(t) < 8 for t in description) <= len(ROWS)  # only a cell's last line
    assert "".join(description) == "".join(r[2] for r in ROWS)  # nothing lost
    # The measured width of each short cell's text fits its column, in the fonts drawn.
    width = _width_fn(fonts.pdf_font("body"), size)
    for row in (HEADER, *ROWS):
        for col in SHORT:
            assert sum(width(c) for c in row[col]) <= widths[col] - PDF_PADDING, row[col]


def test_pdf_columns_start_where_the_widths_say(fonts: FontSet) -> None:
    widths, _size, _leading = L.table_layout(HEADER, ROWS, None)
    runs = text_starts(render_bytes(document(FINDINGS), "pdf", fonts))
    starts = {text: x for x, _y, text in runs}
    edges = [L.MARGIN_LEFT + sum(widths[:i]) + L.CELL_SIDE_MARGIN for i in range(len(widths))]
    assert starts["FX-2026-0001"] == pytest.approx(edges[1], abs=0.05)
    assert starts["待整改"] == pytest.approx(edges[3], abs=0.05)
    assert starts["2026-03-01"] == pytest.approx(edges[4], abs=0.05)
    assert starts["1"] == pytest.approx(edges[0], abs=0.05)


def test_docx_grid_equals_pdf_widths(fonts: FontSet) -> None:
    widths, _size, _leading = L.table_layout(HEADER, ROWS, None)
    grid, cells, layout = docx_grid(render_bytes(document(FINDINGS), "docx", fonts))
    twips = [round(w * 20) for w in widths]
    assert grid == twips
    assert all(row == twips for row in cells)  # every cell carries its width
    assert layout == "fixed"  # Word and LibreOffice must not re-flow the columns
    # The PDF draws its columns at the same positions.
    runs = text_starts(render_bytes(document(FINDINGS), "pdf", fonts))
    starts = {text: x for x, _y, text in runs}
    assert starts["待整改"] - L.MARGIN_LEFT - L.CELL_SIDE_MARGIN == pytest.approx(
        sum(grid[:3]) / 20, abs=0.1)


def test_explicit_weights_are_honoured() -> None:
    # Two text columns, weighted 1:3 by the document kind: the weights decide.
    text = "市县人民政府应当加强对本行政区域内安全生产工作的领导"
    header = ("情况", "意见")
    rows = ((text * 2, text * 2),)
    widths, _size, _leading = L.table_layout(header, rows, (1, 3))
    assert widths[1] / widths[0] == pytest.approx(3.0, rel=0.01)
    # A tiny weight does not squeeze 序号 to one character a line; the rest follows weights.
    widths, size, _leading = L.table_layout(("序号", "情况", "意见"),
                                            (("12", text * 2, text * 2),), (0.1, 1, 3))
    assert widths[0] >= T.char_units("序号") * size + T.CELL_PADDING
    assert widths[2] / widths[1] == pytest.approx(3.0, rel=0.01)
    # A table whose columns all fit on one line still spreads the room by the weights.
    widths, _size, _leading = L.table_layout(("计分项", "分值"), (("检查表得分", "86.5"),),
                                             (3, 1))
    assert widths[0] / widths[1] == pytest.approx(3.0, rel=0.01)


def test_short_table_is_one_line_a_row(fonts: FontSet) -> None:
    header = ("序号", "市县", "状态")
    rows = (("1", "三亚市", "已销号"), ("2", "五指山市", "整改中"))
    widths, size, _leading = L.table_layout(header, rows, None)
    assert size == T.TABLE_SIZE  # 4号 when everything fits
    assert abs(sum(widths) - L.TEXT_WIDTH) < 0.01
    lines = pdf_lines(render_bytes(document(Table(header, rows)), "pdf", fonts))
    assert "序号 市县 状态" in lines
    assert "1 三亚市 已销号" in lines and "2 五指山市 整改中" in lines


def test_absurd_latin_token_wraps_and_the_rest_keeps_its_width(fonts: FontSet) -> None:
    token = "HTTPS://EXAMPLE.GOV.CN/" + "A1" * 150  # 323 characters, no break anywhere
    header = ("序号", "附件地址", "状态")
    rows = (("1", token, "已归档"),)
    widths, size, _leading = L.table_layout(header, rows, None)
    assert abs(sum(widths) - L.TEXT_WIDTH) < 0.01
    assert widths[0] >= T.char_units("序号") * size + T.CELL_PADDING
    assert widths[2] >= T.char_units("已归档") * size + T.CELL_PADDING
    pdf = render_bytes(document(Table(header, rows)), "pdf", fonts)
    runs = [t for _x, _y, t in text_starts(pdf)]
    pieces = [t for t in runs if t.startswith(("HTTPS", "A1", "1A")) or "A1A1" in t]
    assert len(pieces) > 3  # broken by character over several lines,
    assert min(len(p) for p in pieces[:-1]) > 20  # each line full, not a character a line
    assert "".join(pieces) == token  # nothing lost
    assert "已归档" in runs
    grid, _cells, _layout = docx_grid(render_bytes(document(Table(header, rows)), "docx", fonts))
    assert grid == [round(w * 20) for w in widths]


def test_many_columns_of_long_tokens_still_fit_the_page(fonts: FontSet) -> None:
    header = tuple(f"列{i}" for i in range(12))
    rows = (tuple(f"CODE-{i:02d}-ABCDEFGHIJKLMNOP" for i in range(12)),)
    widths, size, _leading = L.table_layout(header, rows, None)
    assert size == T.TABLE_TINY_SIZE  # 五号: too wide for 小四
    assert abs(sum(widths) - L.TEXT_WIDTH) < 0.01
    assert max(widths) - min(widths) < 0.01  # an equal share each: none takes the table
    pdf = render_bytes(document(Table(header, rows)), "pdf", fonts)
    text = "".join(t for _x, _y, t in text_starts(pdf))
    assert all(code in text for code in rows[0][:1])  # the first column's pieces in order


def test_eleven_column_table_keeps_two_character_cells_whole() -> None:
    # The 年度考核情况表: too wide for 4号 or 小四, set in 五号 with 序号/等次/约谈 whole.
    header = ("序号", "市县", "巡查情况", "巡查时间", "得分", "等次", "发现问题",
              "重大隐患和非法违法行为", "未整改", "逾期未整改", "约谈")
    rows = (("3", "三沙市", "已巡查", "2025年9月3日—9月26日", "81.5", "较好", "54", "8", "12",
             "9", "4"),
            ("19", "琼中黎族苗族自治县", "已巡查", "2025年6月3日—6月30日", "60.71", "差", "54",
             "6", "7", "5", "1"))
    widths, size, _leading = L.table_layout(header, rows, (2.5, 7, 4.5, 8, 3, 3, 3.5, 5, 3.5,
                                                           4, 3))
    assert size == T.TABLE_TINY_SIZE
    assert abs(sum(widths) - L.TEXT_WIDTH) < 0.01
    for col in (0, 4, 5, 10):
        longest = max(T.char_units(r[col]) for r in (header, *rows))
        assert widths[col] >= longest * size + T.CELL_PADDING, header[col]


@pytest.mark.parametrize("weights", [None, (2.0, 6.0, 18.0, 8.0, 5.0, 5.0)])
def test_report_annex_table(weights: tuple[float, ...] | None, fonts: FontSet) -> None:
    header = ("序号", "编号", "问题隐患（类别）", "责任单位", "整改期限", "状态")
    rows = (
        ("1", "XC2024-0001", "儋州天利汽车维修有限公司灭火器过期未更换（一般事故隐患）",
         "儋州天利汽车维修有限公司", "2024年6月13日", "已销号"),
        ("5", "XC2024-0005", "洋浦兴盛汽车客运站危货运输车辆未随车携带应急处置器材"
         "（一般事故隐患）", "洋浦兴盛汽车客运站", "2024年10月12日", "整改中，逾期899天"),
    )
    widths, size, _leading = L.table_layout(header, rows, weights)
    assert abs(sum(widths) - L.TEXT_WIDTH) < 0.01
    assert widths[2] == max(widths)  # the finding's text is the widest column
    for col in (0, 1):  # 序号 and 编号 whole
        longest = max(T.char_units(r[col]) for r in (header, *rows))
        assert widths[col] >= longest * size + T.CELL_PADDING
    for col in range(len(header)):  # no column of one character a line
        assert widths[col] >= 2 * size + T.CELL_PADDING
    lines = pdf_lines(render_bytes(document(Table(header, rows, weights)), "pdf", fonts))
    assert sum("XC2024-0001" in line for line in lines) == 1
    assert any("序号" in line for line in lines)
