"""The 问题隐患整改台账 (ledger): every finding with its state, deadline, days overdue and history.

Rows come from one streamed SELECT (deadline status computed in SQL by the same rule as the
findings tab); the history of each chunk of rows is read with one more query per chunk. The
documents layer (:mod:`xuncha_desktop.documents.ledger`) writes them to Excel or PDF.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import NotFoundError
from xuncha_desktop.services.findings import (
    CLOSED,
    DEFAULT_BEHIND_SHARE,
    EXTEND,
    deadline_status_expr,
    event_of,
)
from xuncha_desktop.services.queries import DUE_SOON_DAYS, format_date
from xuncha_desktop.services.uow import read_session

#: (attribute, header) of every ledger column, in order.
LEDGER_COLUMNS: tuple[tuple[str, str], ...] = (
    ("seq", "序号"),
    ("code", "编号"),
    ("region", "市县"),
    ("kind", "类别"),
    ("sector", "行业领域"),
    ("unit", "被检查单位"),
    ("description", "问题描述"),
    ("legal_basis", "依据"),
    ("found_on", "发现日期"),
    ("found_by", "发现人"),
    ("responsible_unit", "责任单位"),
    ("responsible_person", "责任人"),
    ("requirement", "整改要求"),
    ("deadline", "整改期限"),
    ("state", "状态"),
    ("deadline_status", "期限状态"),
    ("overdue_days", "逾期天数"),
    ("closed_on", "销号日期"),
    ("supervision", "挂牌督办"),
    ("history", "办理过程"),
)


@dataclass(frozen=True)
class LedgerRow:
    seq: int
    code: str
    region: str
    kind: str
    sector: str
    unit: str
    description: str
    legal_basis: str
    found_on: dt.date
    found_by: str
    responsible_unit: str
    responsible_person: str
    requirement: str
    deadline: dt.date | None
    state: str
    deadline_status: str
    overdue_days: int
    closed_on: dt.date | None
    supervision: str
    history: str


@dataclass(frozen=True)
class LedgerScope:
    plan_id: int | None
    label: str  # "全部" or the plan's title
    total: int


def ledger_scope(db: Database, plan_id: int | None) -> LedgerScope:
    """What a ledger for ``plan_id`` (None: all findings) covers, and how many rows."""
    f = m.Finding
    with read_session(db) as session:
        if plan_id is None:
            label = "全部问题隐患"
            total = session.scalar(select(func.count(f.id)))
        else:
            plan = session.get(m.Plan, plan_id)
            if plan is None:
                raise NotFoundError(
                    f"找不到编号为 {plan_id} 的巡查计划。",
                    hint="请用“xuncha export --list ledger”查看可导出的计划，或写 ALL 导出全部。",
                )
            label = plan.title
            total = session.scalar(select(func.count(f.id)).where(f.target_id.in_(_targets(plan_id))))
    return LedgerScope(plan_id, label, int(total or 0))


def _targets(plan_id: int) -> Select[int]:
    return (
        select(m.Target.id)
        .join(m.Batch, m.Batch.id == m.Target.batch_id)
        .where(m.Batch.plan_id == plan_id)
    )


def _supervision(level: str | None, body: str, on: dt.date | None, off: dt.date | None) -> str:
    if level is None:
        return ""
    text = f"{level}挂牌（{body}，{format_date(on)}）" if on else f"{level}挂牌（{body}）"
    return text + (f"，{format_date(off)}摘牌" if off else "")


def _histories(session: Session, ids: Sequence[int]) -> dict[int, list[str]]:
    events: dict[int, list[tuple[dt.datetime, str]]] = {}
    t = m.FindingTransition
    for fid, frm, to, who, at, note in session.execute(
        select(t.finding_id, t.from_state, t.to_state, t.operator, t.at, t.note)
        .where(t.finding_id.in_(ids))
        .order_by(t.id)
    ):
        event, text = event_of(frm, to, note)
        line = f"{format_date(at.date())} {event}（{who}）" + (f"：{text}" if text else "")
        events.setdefault(fid, []).append((at, line))
    e = m.DeadlineExtension
    for fid, old, new, reason, who, at in session.execute(
        select(e.finding_id, e.old_deadline, e.new_deadline, e.reason, e.operator, e.at)
        .where(e.finding_id.in_(ids))
    ):
        line = (f"{format_date(at.date())} {EXTEND}（{who}）：由{format_date(old)}延至"
                f"{format_date(new)}，{reason}")
        events.setdefault(fid, []).append((at, line))
    return {fid: [line for _at, line in sorted(items, key=lambda x: x[0])]
            for fid, items in events.items()}


def iter_ledger(db: Database, plan_id: int | None, *, today: dt.date,
                due_soon_days: int = DUE_SOON_DAYS, behind_share: float = DEFAULT_BEHIND_SHARE,
                chunk: int = 1000) -> Iterator[list[LedgerRow]]:
    """The ledger rows, in chunks, ordered by 市县 and 编号 (streamed, not all in memory)."""
    f = m.Finding
    status = deadline_status_expr(today, due_soon_days, behind_share, sqlite=db.is_sqlite)
    stmt = (
        select(
            f.id, f.code, m.Region.name, m.FindingKind.name, func.coalesce(m.Sector.name, ""),
            func.coalesce(m.InspectedUnit.name, ""), f.description, f.legal_basis, f.found_on,
            f.found_by, f.responsible_unit, f.responsible_person, f.requirement, f.deadline,
            f.state, status, f.closed_on, f.supervision_level, f.supervising_body,
            f.supervised_on, f.unsupervised_on,
        )
        .join(m.Region, m.Region.id == f.region_id)
        .join(m.FindingKind, m.FindingKind.id == f.kind_id)
        .outerjoin(m.Sector, m.Sector.id == f.sector_id)
        .outerjoin(m.InspectedUnit, m.InspectedUnit.id == f.unit_id)
        .order_by(m.Region.sort_order, m.Region.id, f.code)
    )
    if plan_id is not None:
        stmt = stmt.where(f.target_id.in_(_targets(plan_id)))
    seq = 0
    with read_session(db) as session:
        result = session.execute(stmt.execution_options(yield_per=chunk))
        for part in result.partitions(chunk):
            history = _histories(session, [r[0] for r in part])
            rows: list[LedgerRow] = []
            for r in part:
                seq += 1
                deadline: dt.date | None = r[13]
                overdue = (today - deadline).days if (
                    deadline is not None and r[14] != CLOSED and deadline < today) else 0
                rows.append(LedgerRow(
                    seq=seq, code=r[1], region=r[2], kind=r[3], sector=r[4], unit=r[5],
                    description=r[6], legal_basis=r[7], found_on=r[8], found_by=r[9],
                    responsible_unit=r[10], responsible_person=r[11], requirement=r[12],
                    deadline=deadline, state=r[14], deadline_status=r[15], overdue_days=overdue,
                    closed_on=r[16], supervision=_supervision(r[17], r[18], r[19], r[20]),
                    history="\n".join(history.get(r[0], [])),
                ))
            yield rows


def ledger_plans(db: Database) -> list[tuple[int, str]]:
    """(plan id, title) of the plans that have findings, for ``xuncha export --list``."""
    with read_session(db) as session:
        rows = session.execute(
            select(m.Plan.id, m.Plan.title)
            .where(m.Plan.id.in_(
                select(m.Batch.plan_id)
                .join(m.Target, m.Target.batch_id == m.Batch.id)
                .join(m.Finding, m.Finding.target_id == m.Target.id)
            ))
            .order_by(m.Plan.year, m.Plan.id)
        ).all()
    return [(i, t) for i, t in rows]


__all__ = ["LEDGER_COLUMNS", "LedgerRow", "LedgerScope", "iter_ledger", "ledger_plans",
           "ledger_scope"]
