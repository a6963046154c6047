"""The ``checklist`` document (巡查检查表): blank for the field, or filled with results and score.

The form is table-heavy, so it is built as a :class:`Document` directly rather than from a
wording template. A checklist is a form, not a 公文: it has a plain title and no red
发文机关标志, rule or 文号 (``letterhead=False``). Column widths follow the content: 序号
narrow, 检查内容 wide, 检查结果 as wide as its longest choice. The header row repeats on
every page. Table cells cannot split across pages, so long notes are not put in the table: the
filled form prints them after it as ordinary paragraphs, which run across pages. The places
for signatures are a table row of their own.
"""

from __future__ import annotations

import datetime as dt

from xuncha_desktop.db.engine import Database
from xuncha_desktop.documents.model import Block, Document, Heading, Paragraph, Table
from xuncha_desktop.errors import XunchaError
from xuncha_desktop.services import checklists, evaluation
from xuncha_desktop.services.office_settings import OfficeSettings
from xuncha_desktop.services.queries import format_date

KIND = "checklist"
BOX, TICKED = "□", "■"
# Column widths, in characters of the table's 4号 text (a line holds 31.5 of them).
BLANK_WIDTHS = (2.5, 15.5, 6.5, 7.0)  # 序号, 检查内容及检查要点, 检查结果, 情况记录
FILLED_WIDTHS = (2.5, 12.0, 4.5, 7.0, 6.0)  # 序号, 检查内容, 检查结果, 方式及地点, 检查人及日期
SIGNATURE_HEADER = ("检查人（签字）", "组长（签字）", "日期")
DATE_BLANK = "　　年　　月　　日"


def _point_text(item: checklists.TemplateItemRow) -> str:
    parts = [item.title]
    if item.guidance:
        parts.append(f"检查要点：{item.guidance}")
    if item.methods:
        parts.append(f"检查方式：{item.methods}")
    if item.documents:
        parts.append(f"需调阅资料：{item.documents}")
    return "\n".join(parts)


def _boxes(result: str | None) -> str:
    return "\n".join(f"{TICKED if r == result else BOX}{r}" for r in checklists.RESULTS)


PLACE = Table(("检查地点", "检查单位"), (("\n", ""),), (1, 1))
SIGNATURES = Table(SIGNATURE_HEADER, (("\n\n", "", DATE_BLANK),), (1, 1, 1))


def _header(view: checklists.ChecklistView) -> Paragraph:
    return Paragraph(f"巡查对象：{view.region}　　检查表模板：{view.template_label}")


def blank_blocks(view: checklists.ChecklistView) -> list[Block]:
    rows: list[tuple[str, str, str, str]] = []
    for i in view.items:
        if i.item.is_leaf:
            rows.append((i.item.number, _point_text(i.item), _boxes(None), "\n\n\n"))
        else:
            rows.append((i.item.number, _point_text(i.item), "（见子项）", ""))
    return [
        _header(view),
        Paragraph("填写说明：每个检查项在“符合、基本符合、不符合、不适用”中勾选一项，"
                  "在“情况记录”中写明检查地点、单位、发现的情况和依据；不符合、基本符合的，"
                  "应同时登记问题隐患。"),
        Table(("序号", "检查内容及检查要点", "检查结果", "情况记录"), tuple(rows), BLANK_WIDTHS),
        PLACE,
        SIGNATURES,
    ]


def filled_blocks(db: Database, view: checklists.ChecklistView,
                  today: dt.date) -> list[Block]:
    rows: list[tuple[str, ...]] = []
    for i in view.items:
        if not i.item.is_leaf:
            rows.append((i.item.number, i.item.title, "（见子项）", "", ""))
            continue
        who = "\n".join(x for x in (i.inspector, format_date(i.checked_on) if i.checked_on
                                    else "") if x)
        where = "、".join(x for x in (i.place, i.unit_name) if x)
        rows.append((i.item.number, i.item.title, i.result or "未填写",
                     "\n".join(x for x in (i.method, where) if x), who))
    blocks: list[Block] = [
        _header(view),
        Paragraph(f"填写进度：已填 {view.done} 项，共 {view.total} 项；状态：{view.state}。"),
        Heading(1, "一、检查结果"),
        Table(("序号", "检查内容", "检查结果", "检查方式及地点", "检查人及日期"), tuple(rows),
              FILLED_WIDTHS),
        Heading(1, "二、情况记录"),
    ]
    noted = [i for i in view.items if i.item.is_leaf and (i.notes.strip() or i.findings)]
    if not noted:
        blocks.append(Paragraph("无。"))
    for i in noted:
        blocks.append(Heading(3, f"{i.item.number}.{i.item.title}（{i.result or '未填写'}）"))
        for para in (i.notes.strip() or "（无文字记录）").split("\n"):
            if para.strip():
                blocks.append(Paragraph(para.strip()))
        if i.findings:
            blocks.append(Paragraph("已登记问题隐患：" + "、".join(i.findings) + "。"))
    blocks.append(Heading(1, "三、评价得分"))
    try:
        b = evaluation.compute(db, view.target_id, today)
    except XunchaError as err:
        blocks.append(Paragraph(f"暂不能计算得分：{err.message}"))
    else:
        blocks.append(Table(("计分项", "分值"), (
            (f"检查表得分（已评 {b.answered} 项，不适用 {b.not_applicable} 项，"
             f"未填 {b.pending} 项）", f"{b.base}"),
            *((f"扣分：{d.name}（{d.count}项；{d.rule}）", f"-{d.points}") for d in b.deductions),
            ("最终得分", f"{b.score}"),
            ("计算等次", b.grade),
        ), (14, 4)))
        saved = evaluation.get_evaluation(db, view.target_id)
        if saved is not None and saved.overridden:
            blocks.append(Paragraph(f"评定等次：{saved.grade}（由“{saved.computed_grade}”调整，"
                                    f"理由：{saved.override_reason}）"))
    blocks.append(SIGNATURES)
    return blocks


def checklist_document(db: Database, checklist_id: int, office: OfficeSettings, *,
                       blank: bool = False, date: dt.date | None = None) -> Document:
    view = checklists.checklist_view(db, checklist_id)
    when = date or dt.date.today()
    title = "安全生产巡查检查表" + ("（现场填写用）" if blank else "")
    blocks = blank_blocks(view) if blank else filled_blocks(db, view, when)
    return Document(issuer_mark=office.issuer_mark, title=f"{title}\n（{view.region}）",
                    blocks=tuple(blocks), date=None if blank else when, letterhead=False)


__all__ = ["KIND", "blank_blocks", "checklist_document", "filled_blocks"]
