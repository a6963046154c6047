"""PDF layout rules: a heading never ends a page; table cells do not break words."""

from __future__ import annotations

import datetime as dt

import pytest
from doc_helpers import PAGE_NUMBER, pdf_text, squash

from xuncha_desktop.documents import layout as L
from xuncha_desktop.documents.export import render_bytes
from xuncha_desktop.documents.fonts import FontSet
from xuncha_desktop.documents.model import Block, Document, Heading, Paragraph, Table

ONE_LINE = "巡查组按计划开展工作，情况正常。"  # well under 28 characters: one line
FOLLOWERS: dict[str, list[Block]] = {
    "paragraph": [Paragraph("第一行文字，紧随标题之后。" * 4)],
    "table": [Table(("序号", "被巡查市县", "巡查组"),
                    tuple((str(i), "三亚市", "2026年省安全生产第一巡查组") for i in range(1, 4)),
                    (2, 5, 8))],
    "subheading": [Heading(2, "（一）第一批次"), Paragraph("批次安排如下。" * 3)],
}


def doc_with(filler: int, follower: list[Block]) -> Document:
    blocks: list[Block] = [Paragraph(ONE_LINE) for _ in range(filler)]
    blocks += [Heading(1, "一、标题在此"), *follower]
    return Document(issuer_mark="海南省安全生产委员会办公室文件", title="测试标题",
                    blocks=tuple(blocks), signer="海南省安全生产委员会办公室",
                    date=dt.date(2026, 7, 14))


def last_text_line(page: str) -> str:
    lines = [x.strip() for x in page.splitlines() if x.strip()]
    lines = [x for x in lines if not PAGE_NUMBER.fullmatch(x)]
    return squash(lines[-1]) if lines else ""


@pytest.mark.parametrize("kind", sorted(FOLLOWERS))
def test_heading_is_never_the_last_line_of_a_page(kind: str, fonts: FontSet) -> None:
    # 22 lines a page: one of these fillers puts the heading on the last line of page 1 or 2.
    seen_break = False
    for filler in range(10, 34):
        pages = pdf_text(render_bytes(doc_with(filler, FOLLOWERS[kind]), "pdf", fonts))
        for page in pages:
            assert last_text_line(page) != "一、标题在此", (kind, filler)
            assert not last_text_line(page).startswith("（一）第一批次"), (kind, filler)
        seen_break = seen_break or (len(pages) > 1 and "一、标题在此" in squash(pages[1]))
    assert seen_break, "some filler must have pushed the heading to the next page"


TEAM = "2026年省安全生产第一巡查组"
PLAN_TABLE = Table(
    ("序号", "被巡查市县", "进驻日期", "撤离日期", "巡查组"),
    tuple((str(i), region, "2026年7月20日", "2026年7月31日", TEAM)
          for i, region in enumerate(("三亚市", "五指山市", "琼海市"), start=1)),
    (2, 5, 6, 6, 6),
)


def test_plan_style_table_keeps_short_columns_whole(fonts: FontSet) -> None:
    widths, size, _leading = L.table_layout(PLAN_TABLE.header, PLAN_TABLE.rows,
                                            PLAN_TABLE.col_widths)
    assert abs(sum(widths) - L.TEXT_WIDTH) < 0.01
    for col in range(4):  # 序号, 市县 and the dates on one line; the team name may wrap
        longest = max(L.char_units(r[col]) for r in (PLAN_TABLE.header, *PLAN_TABLE.rows))
        assert widths[col] >= longest * size + L.CELL_PADDING
    assert widths[4] == max(widths)
    doc = Document(issuer_mark="海南省安全生产委员会办公室文件", title="测试标题",
                   blocks=(Paragraph("巡查安排如下："), PLAN_TABLE))
    lines = [x.strip() for page in pdf_text(render_bytes(doc, "pdf", fonts))
             for x in page.splitlines()]
    assert sum("2026年7月20日 2026年7月31日" in x for x in lines) == 3, lines
    # The team name wraps into two lines (drawn side by side), not one character a line.
    rows = [x for x in lines if x[:1].isdigit() and "巡查组" in x]
    assert len(rows) == 3 and all(squash(x).endswith(TEAM) for x in rows), rows
    for header in PLAN_TABLE.header:  # headers are whole too
        assert any(header in x for x in lines), header


def test_unbreakable_pieces() -> None:
    # Chinese may break between any two characters; only Latin words and numbers stay whole.
    assert L.unbreakable_units(TEAM) == 2.0  # "2026" counts two
    assert L.unbreakable_units("2026年7月20日") == 2.0
    assert L.unbreakable_units("人员类别：工作人员；职级：处级") == 1.0
    # A table that cannot keep every piece whole still fills the 版心 exactly.
    wide = Table(("甲", "乙"), (("省" * 30, "市" * 30),))
    widths, _size, _leading = L.table_layout(wide.header, wide.rows, None)
    assert abs(sum(widths) - L.TEXT_WIDTH) < 0.01
