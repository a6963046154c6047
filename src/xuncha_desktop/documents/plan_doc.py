"""The ``plan`` document (年度巡查工作计划, for 省安委会 approval) and batch issuing of notices.

``plan_context`` turns :class:`~xuncha_desktop.services.plans.PlanFacts` into the context of
``resources/templates/plan.j2``. :func:`issue_batch_notices` issues the 巡查通知 of every
target of a batch in one action, each with its own 文号.

Batch issuing is **all or nothing**: every notice is drafted first (a missing team or a broken
wording template stops the batch before any number is taken), then all numbers are allocated
and all notices registered in one unit of work. If anything fails, the transaction is rolled
back: no number is used and nothing is registered, so the numbering has no gaps to void.
Targets whose notice was already issued (and not voided) are skipped, not issued twice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import StateError, ValidationError
from xuncha_desktop.services import document_data, issued, numbering, plans
from xuncha_desktop.services.office_settings import OfficeSettings
from xuncha_desktop.services.queries import format_date, format_date_range
from xuncha_desktop.services.uow import unit_of_work

ISSUABLE_STATES = (plans.APPROVED, plans.RUNNING)


def _common(office: OfficeSettings, doc_number: str | None, date: dt.date) -> dict[str, Any]:
    return {
        "issuer_mark": office.issuer_mark,
        "doc_number": doc_number,
        "signer": office.issuer,
        "date": date,
        "cc": ["省委组织部", "省应急管理厅"],
        "printer": office.issuer,
        "print_date": date,
    }


def plan_context(facts: plans.PlanFacts, office: OfficeSettings, *,
                 doc_number: str | None, date: dt.date) -> dict[str, Any]:
    cov = facts.coverage
    planned = {t.region for b in facts.batches for t in b.targets}
    after = len({r.region for r in cov.rows
                 if r.overall == plans.COVERED
                 or (r.region in planned and r.overall != plans.NOT_APPLICABLE)})
    ctx = _common(office, doc_number, date)
    ctx.update({
        "addressee": "省安全生产委员会",
        "title": facts.title,
        "year": facts.year,
        "basis": facts.basis or plans.DEFAULT_BASIS,
        "cycle": {"name": cov.cycle.name, "start_year": cov.cycle.start_year,
                  "end_year": cov.cycle.end_year},
        "coverage": {
            "as_of": format_date(cov.today),
            "total": cov.total,
            "covered": cov.covered,
            "remaining": cov.remaining,
            "after_plan": after,
            "left_after_plan": cov.total - after,
            "remaining_regions": [r.region for r in cov.rows
                                  if r.overall not in (plans.COVERED, plans.NOT_APPLICABLE)],
            "excluded": [f"{r.region}（{r.reason}）" for r in cov.rows
                         if r.overall == plans.NOT_APPLICABLE],
        },
        "region_count": len(planned),
        "report_days": office.tour_report_days,
        "batches": [
            {
                "label": b.label,
                "dates": format_date_range(b.start_date, b.end_date),
                "targets": [
                    {"region": t.region, "entry_date": t.entry_date, "exit_date": t.exit_date,
                     "team": t.team or "待定", "leader": t.leader or "待定"}
                    for t in b.targets
                ],
            }
            for b in facts.batches
        ],
        "attachments": [],
    })
    return ctx


@dataclass(frozen=True)
class BatchIssueResult:
    issued: tuple[issued.IssuedRow, ...]
    skipped: tuple[tuple[str, str], ...]
    """(region, 文号 already issued) of the targets left out."""


def issue_batch_notices(db: Database, batch_id: int, date: dt.date | None = None, *,
                        operator: str | None = None) -> BatchIssueResult:
    """Issue the 巡查通知 of every target of a batch, each with its own 文号 (all or nothing)."""
    from xuncha_desktop.documents import issue as issuing  # issue.py imports this module

    when = date or dt.date.today()
    who = operator or db.operator
    state, targets = plans.batch_targets(db, batch_id)
    if state not in ISSUABLE_STATES:
        raise StateError(
            f"计划处于“{state}”状态，不能印发巡查通知。",
            hint="计划经省安委会批准（已批准或实施中）后才能印发巡查通知。",
        )
    if not targets:
        raise ValidationError("该批次还没有巡查对象。", field="targets")
    skipped: list[tuple[str, str]] = []
    todo: list[plans.BatchTarget] = []
    for t in targets:
        done = issuing.latest_issued(db, "notice", t.target_id)
        if done is not None:
            skipped.append((t.region, done.number))
        else:
            todo.append(t)
    for t in todo:  # draft every notice first: fail before any number is taken
        issuing.build_document(db, "notice", t.target_id, date=when)
    office = document_data.office(db)
    ids: list[int] = []
    with unit_of_work(db, who, immediate=True) as session:
        for t in todo:
            number = numbering.allocate(session, office.doc_prefixes["notice"], when.year, who)
            draft = issuing.build_document(db, "notice", t.target_id, doc_number=number.text,
                                           date=when)
            doc = issued.register(
                session, kind="notice", source_id=t.target_id, subject=draft.subject,
                recipient=draft.recipient, issued_on=when, operator=who,
                content=issuing.document_to_dict(draft.document), number=number,
            )
            ids.append(doc.id)
    rows = {r.id: r for r in issued.list_issued(db, "notice")}
    return BatchIssueResult(tuple(rows[i] for i in ids), tuple(skipped))


__all__ = ["BatchIssueResult", "issue_batch_notices", "plan_context"]
