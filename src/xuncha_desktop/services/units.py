"""延伸巡查 (units visited: 乡镇, departments, enterprises) and 配合情况 (cooperation breaches).

A unit is matched across tours: first by 统一社会信用代码 when one is given, otherwise by 市县,
type and name. So a visit to an enterprise on a later tour finds the same unit, and the
problems found there on earlier tours show (:func:`unit_history`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import NotFoundError, ValidationError
from xuncha_desktop.services.uow import read_session, unit_of_work

VISIT_KINDS = ("乡镇", "部门", "企业")
DUTIES = m.COOPERATION_DUTIES
_USCC = re.compile(r"^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$")


@dataclass(frozen=True)
class UnitInput:
    kind: str
    name: str
    address: str = ""
    sector_id: int | None = None
    credit_code: str | None = None


@dataclass(frozen=True)
class VisitRow:
    id: int
    unit_id: int
    kind: str
    name: str
    address: str
    sector: str
    credit_code: str
    visited_on: dt.date
    members_present: str
    note: str
    other_tours: int  # visits to the same unit on other tours
    earlier_findings: int  # findings at the unit on other tours


def _match(session: Session, region_id: int, u: UnitInput) -> m.InspectedUnit | None:
    if u.credit_code:
        hit = session.scalar(select(m.InspectedUnit)
                             .where(m.InspectedUnit.credit_code == u.credit_code))
        if hit is not None:
            return hit
    return session.scalar(select(m.InspectedUnit).where(
        m.InspectedUnit.region_id == region_id, m.InspectedUnit.kind == u.kind,
        m.InspectedUnit.name == u.name))


def _clean(u: UnitInput) -> UnitInput:
    kind, name = u.kind.strip(), u.name.strip()
    if kind not in m.UNIT_KINDS:
        raise ValidationError(f"单位类型只能是：{'、'.join(VISIT_KINDS)}。", field="kind")
    if not name:
        raise ValidationError("请填写单位名称。", field="name")
    code = (u.credit_code or "").strip().upper() or None
    if code is not None and not _USCC.match(code):
        raise ValidationError("统一社会信用代码应为 18 位数字或大写字母。", field="credit_code")
    return UnitInput(kind, name, u.address.strip(), u.sector_id, code)


def record_visit(db: Database, target_id: int, unit: UnitInput, visited_on: dt.date, *,
                 members_present: str = "", note: str = "",
                 operator: str | None = None) -> tuple[int, bool]:
    """Record a visit; returns (visit id, whether the unit was known from before)."""
    u = _clean(unit)
    with unit_of_work(db, operator) as session:
        target = session.get(m.Target, target_id)
        if target is None:
            raise NotFoundError(f"找不到编号为 {target_id} 的巡查对象。")
        row = _match(session, target.region_id, u)
        known = row is not None
        if row is None:
            row = m.InspectedUnit(kind=u.kind, name=u.name, region_id=target.region_id,
                                  address=u.address, sector_id=u.sector_id,
                                  credit_code=u.credit_code)
            session.add(row)
            session.flush()
        else:  # fill what the earlier record lacked
            if u.address and not row.address:
                row.address = u.address
            if u.sector_id and not row.sector_id:
                row.sector_id = u.sector_id
            if u.credit_code and not row.credit_code:
                row.credit_code = u.credit_code
        v = m.UnitVisit(target_id=target_id, unit_id=row.id, visited_on=visited_on,
                        members_present=members_present.strip(), note=note.strip())
        session.add(v)
        session.flush()
        return v.id, known


def list_visits(db: Database, target_id: int) -> list[VisitRow]:
    with read_session(db) as session:
        visits = session.scalars(select(m.UnitVisit).where(m.UnitVisit.target_id == target_id)
                                 .order_by(m.UnitVisit.visited_on, m.UnitVisit.id)).all()
        out: list[VisitRow] = []
        for v in visits:
            u = v.unit
            others = session.scalar(select(func.count(func.distinct(m.UnitVisit.target_id))).where(
                m.UnitVisit.unit_id == u.id, m.UnitVisit.target_id != target_id)) or 0
            earlier = session.scalar(select(func.count(m.Finding.id)).where(
                m.Finding.unit_id == u.id, m.Finding.target_id != target_id)) or 0
            out.append(VisitRow(v.id, u.id, u.kind, u.name, u.address or "",
                                u.sector.name if u.sector else "", u.credit_code or "",
                                v.visited_on, v.members_present or "", v.note or "",
                                int(others), int(earlier)))
        return out


def delete_visit(db: Database, visit_id: int, *, operator: str | None = None) -> None:
    with unit_of_work(db, operator) as session:
        v = session.get(m.UnitVisit, visit_id)
        if v is not None:
            from xuncha_desktop.services.trash import trash_in_session

            trash_in_session(session, m.UnitVisit, visit_id)


@dataclass(frozen=True)
class HistoryRow:
    region: str
    visited_on: dt.date | None
    finding_code: str
    description: str
    state: str


def unit_history(db: Database, unit_id: int) -> list[HistoryRow]:
    """Every finding at a unit, on every tour (repeated problems show here)."""
    with read_session(db) as session:
        rows = session.execute(
            select(m.Region.name, m.Finding.found_on, m.Finding.code, m.Finding.description,
                   m.Finding.state)
            .join(m.Region, m.Region.id == m.Finding.region_id)
            .where(m.Finding.unit_id == unit_id).order_by(m.Finding.found_on)
        ).all()
        return [HistoryRow(*r) for r in rows]


def units_of_target(db: Database, target_id: int) -> list[tuple[int, str]]:
    """(id, label) of the units visited on a tour, for the result editor's unit choice."""
    with read_session(db) as session:
        rows = session.execute(
            select(m.InspectedUnit.id, m.InspectedUnit.kind, m.InspectedUnit.name)
            .join(m.UnitVisit, m.UnitVisit.unit_id == m.InspectedUnit.id)
            .where(m.UnitVisit.target_id == target_id).distinct()
            .order_by(m.InspectedUnit.kind, m.InspectedUnit.name)
        ).all()
        return [(i, f"{name}（{kind}）") for i, kind, name in rows]


# -- 配合情况 ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class BreachRow:
    id: int
    duty_no: int
    duty: str
    occurred_on: dt.date
    description: str
    responsible: str
    evidence: int


def record_breach(db: Database, target_id: int, duty_no: int, occurred_on: dt.date,
                  description: str, responsible: str = "", *,
                  operator: str | None = None) -> int:
    if not 1 <= duty_no <= len(DUTIES):
        raise ValidationError(f"违反事项应为第 1 至 {len(DUTIES)} 项配合义务之一。", field="duty_no")
    if not description.strip():
        raise ValidationError("请填写不配合巡查的具体情况。", field="description")
    with unit_of_work(db, operator) as session:
        if session.get(m.Target, target_id) is None:
            raise NotFoundError(f"找不到编号为 {target_id} 的巡查对象。")
        b = m.CooperationBreach(target_id=target_id, duty_no=duty_no, occurred_on=occurred_on,
                                description=description.strip(),
                                responsible=responsible.strip())
        session.add(b)
        session.flush()
        return b.id


def list_breaches(db: Database, target_id: int) -> list[BreachRow]:
    with read_session(db) as session:
        rows = session.scalars(select(m.CooperationBreach)
                               .where(m.CooperationBreach.target_id == target_id)
                               .order_by(m.CooperationBreach.occurred_on)).all()
        ev = dict(session.execute(
            select(m.EvidenceLink.cooperation_breach_id, func.count(m.EvidenceLink.id))
            .where(m.EvidenceLink.cooperation_breach_id.in_([r.id for r in rows]))
            .group_by(m.EvidenceLink.cooperation_breach_id)).all())
        return [BreachRow(r.id, r.duty_no, DUTIES[r.duty_no - 1], r.occurred_on, r.description,
                          r.responsible or "", int(ev.get(r.id, 0))) for r in rows]


def delete_breach(db: Database, breach_id: int, *, operator: str | None = None) -> None:
    with unit_of_work(db, operator) as session:
        b = session.get(m.CooperationBreach, breach_id)
        if b is not None:
            from xuncha_desktop.services.trash import trash_in_session

            trash_in_session(session, m.CooperationBreach, breach_id)


__all__ = ["DUTIES", "VISIT_KINDS", "BreachRow", "HistoryRow", "UnitInput", "VisitRow",
           "delete_breach", "delete_visit", "list_breaches", "list_visits", "record_breach",
           "record_visit", "sector_choices", "unit_history", "units_of_target"]


def sector_choices(db: Database) -> list[tuple[int, str]]:
    with read_session(db) as session:
        return [(i, n) for i, n in session.execute(
            select(m.Sector.id, m.Sector.name).where(m.Sector.active)
            .order_by(m.Sector.sort_order))]
