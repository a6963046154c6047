"""The 整改通知书 (``rectification-notice``) and its 督办函 variant, and the ledger as a Document.

One notice goes to the responsible body for one or more findings of one 市县. It lists the
findings with their requirements and deadlines and says how and when to report back. It
becomes a 督办函 (``supervision=True``) when the operator asks for one, and by default when a
listed finding is overdue or under 挂牌督办.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from xuncha_desktop.db.engine import Database
from xuncha_desktop.documents.model import Document, Paragraph, Table
from xuncha_desktop.services.findings import RectificationFacts, rectification_facts
from xuncha_desktop.services.ledger import iter_ledger, ledger_scope
from xuncha_desktop.services.office_settings import OfficeSettings
from xuncha_desktop.services.queries import format_date

KIND = "rectification-notice"
LEDGER_KIND = "ledger"


def tour_source(facts: RectificationFacts) -> str:
    team = facts.team_name or "省安全生产巡查组"
    if facts.tour_start is not None and facts.tour_end is not None:
        return (f"{team}于{format_date(facts.tour_start)}至{format_date(facts.tour_end)}"
                f"对{facts.region}开展安全生产巡查")
    return f"{team}在对{facts.region}开展安全生产巡查中"


def rectification_context(facts: RectificationFacts, office: OfficeSettings, *,
                          doc_number: str | None, date: dt.date,
                          supervision: bool | None = None,
                          contact_name: str = "") -> dict[str, Any]:
    """The template context of ``rectification-notice`` (see TEMPLATE_VARIABLES)."""
    deadlines = [f.deadline for f in facts.findings if f.deadline is not None]
    latest = max(deadlines) if deadlines else date
    requirements = {f.requirement for f in facts.findings}
    overdue = sum(1 for f in facts.findings if f.overdue_days > 0)
    supervised = sum(1 for f in facts.findings if f.supervision)
    if supervision is None:
        supervision = bool(overdue or supervised)
    # A 督办函 about overdue items asks for the report soon, not by a deadline already past.
    report_by = latest if latest >= date else date + dt.timedelta(days=office.due_soon_days or 3)
    return {
        "issuer_mark": office.issuer_mark,
        "doc_number": doc_number,
        "supervision": supervision,
        "addressee": "、".join(facts.responsible_units),
        "region": facts.region,
        "source": tour_source(facts),
        "findings": [
            {"code": f.code, "kind": f.kind, "description": f.description,
             "requirement": f.requirement, "deadline": f.deadline,
             "overdue_days": f.overdue_days, "supervision": f.supervision}
            for f in facts.findings
        ],
        "requirement": next(iter(requirements)) if len(requirements) == 1 else "",
        "deadline": latest,
        "report_by": report_by,
        "report_to": office.issuer,
        "has_major": any(f.is_major for f in facts.findings),
        "plan_due": date + dt.timedelta(days=office.rectification_plan_days),
        "overdue_count": overdue,
        "supervised_count": supervised,
        "contact": {"name": contact_name, "phone": office.hotline},
        "attachments": [],
        "signer": office.issuer,
        "date": date,
        "cc": ["省应急管理厅"],
        "printer": office.issuer,
        "print_date": date,
    }


def notice_context_for(db: Database, finding_ids: Sequence[int], office: OfficeSettings, *,
                       doc_number: str | None, date: dt.date,
                       supervision: bool | None = None) -> dict[str, Any]:
    facts = rectification_facts(db, finding_ids, today=date)
    return rectification_context(facts, office, doc_number=doc_number, date=date,
                                 supervision=supervision, contact_name=db.operator)


def ledger_document(db: Database, plan_id: int | None, office: OfficeSettings,
                    date: dt.date) -> Document:
    """The ledger as a plain Document (for preview); the real ledger is Excel or landscape PDF."""
    scope = ledger_scope(db, plan_id)
    rows: list[tuple[str, ...]] = []
    for chunk in iter_ledger(db, plan_id, today=date, due_soon_days=office.due_soon_days):
        rows.extend(
            (str(r.seq), r.code, r.region, r.description, r.responsible_unit,
             format_date(r.deadline), r.state, str(r.overdue_days or ""))
            for r in chunk
        )
    return Document(
        issuer_mark=office.issuer_mark,
        title=f"问题隐患整改台账\n（{scope.label}）",
        blocks=(
            Paragraph(f"统计日期：{format_date(date)}，共 {scope.total} 项。"),
            Table(("序号", "编号", "市县", "问题描述", "责任单位", "整改期限", "状态", "逾期天数"),
                  tuple(rows), (3, 7, 5, 16, 9, 7, 4, 4)),
        ),
        signer=office.issuer,
        date=date,
    )


__all__ = ["KIND", "LEDGER_KIND", "ledger_document", "notice_context_for",
           "rectification_context", "tour_source"]
