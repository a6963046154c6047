"""The facts each document kind needs, read from the database as plain data.

The documents layer turns these into wording-template contexts; nothing here knows about
templates or files.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import NotFoundError
from xuncha_desktop.services.office_settings import DOC_KINDS, OfficeSettings, load_office_settings
from xuncha_desktop.services.uow import read_session

#: Kinds that can be exported today, and what their ID refers to.
IMPLEMENTED_KINDS = {"notice": "巡查对象", "interview-notice": "约谈", "plan": "巡查计划"}
IMPLEMENTED_KINDS["interview-minutes"] = "约谈（已举行）"
IMPLEMENTED_KINDS["rectification-notice"] = "问题隐患（已交办、未销号）"
IMPLEMENTED_KINDS["ledger"] = "巡查计划（导出全部写 ALL）"
IMPLEMENTED_KINDS["checklist"] = "检查表（加 --blank 导出现场填写用空白表）"
IMPLEMENTED_KINDS["roster"] = "巡查组"
IMPLEMENTED_KINDS["feedback"] = "巡查对象（已实施的计划）"
IMPLEMENTED_KINDS["report"] = "巡查对象，或批次（写作 batch-批次编号）"
IMPLEMENTED_KINDS["annual-report"] = "年度（如 2026；--format xlsx 导出考核情况表）"

ROLE_ORDER = {role: i for i, role in enumerate(m.ROLES)}


@dataclass(frozen=True)
class MemberFact:
    role: str
    name: str
    unit: str
    post: str
    phone: str


@dataclass(frozen=True)
class NoticeFacts:
    target_id: int
    plan_year: int
    region: str
    batch_name: str
    entry_date: dt.date
    exit_date: dt.date
    team_name: str
    team_phone: str
    team_mailbox: str
    members: tuple[MemberFact, ...]
    checklist: tuple[str, ...]
    mobilization: str
    extension_scope: str


@dataclass(frozen=True)
class InterviewFacts:
    interview_id: int
    target_id: int
    region: str
    party: str
    reason: str
    scheduled_at: dt.datetime | None
    place: str
    materials: str
    team_name: str
    tour_start: dt.date
    tour_end: dt.date
    problems: tuple[str, ...]
    interviewees: tuple[str, ...]
    contact: MemberFact | None


@dataclass(frozen=True)
class Exportable:
    kind: str
    id: int
    title: str


def _members(team: m.Team | None, on: dt.date) -> tuple[MemberFact, ...]:
    if team is None:
        return ()
    active = [
        ms for ms in team.memberships
        if ms.join_date <= on and (ms.leave_date is None or ms.leave_date > on)
    ] or [ms for ms in team.memberships if ms.leave_date is None]
    active.sort(key=lambda ms: (ROLE_ORDER.get(ms.role, 99), ms.id))
    return tuple(
        MemberFact(ms.role, ms.person.name, ms.person.unit, ms.person.post, ms.person.phone)
        for ms in active
    )


def _load_target(session: Session, target_id: int) -> m.Target:
    target = session.scalar(
        select(m.Target)
        .where(m.Target.id == target_id)
        .options(
            selectinload(m.Target.region),
            selectinload(m.Target.batch).selectinload(m.Batch.plan),
            selectinload(m.Target.team)
            .selectinload(m.Team.memberships)
            .selectinload(m.Membership.person),
        )
    )
    if target is None:
        raise NotFoundError(
            f"找不到编号为 {target_id} 的巡查对象。",
            hint="请用“xuncha export --list”查看可导出的编号。",
        )
    return target


def _checklist_titles(session: Session, target_id: int) -> tuple[str, ...]:
    template_id = session.scalar(
        select(m.Checklist.template_id).where(m.Checklist.target_id == target_id)
    )
    if template_id is None:
        template_id = session.scalar(
            select(m.ChecklistTemplate.id)
            .where(m.ChecklistTemplate.is_current.is_(True))
            .order_by(m.ChecklistTemplate.version_no.desc())
        )
    titles = session.scalars(
        select(m.TemplateItem.title)
        .where(m.TemplateItem.template_id == template_id, m.TemplateItem.parent_id.is_(None))
        .order_by(m.TemplateItem.sort_order)
    )
    return tuple(titles)


def notice_facts(db: Database, target_id: int) -> NoticeFacts:
    with read_session(db) as session:
        t = _load_target(session, target_id)
        return NoticeFacts(
            target_id=t.id, plan_year=t.batch.plan.year, region=t.region.name,
            batch_name=t.batch.name or f"第{t.batch.seq}批", entry_date=t.entry_date,
            exit_date=t.exit_date, team_name=t.team.name if t.team else "",
            team_phone=t.team.phone if t.team else "",
            team_mailbox=t.team.mailbox if t.team else "",
            members=_members(t.team, t.entry_date),
            checklist=_checklist_titles(session, t.id), mobilization=t.mobilization,
            extension_scope=t.extension_scope,
        )


def interview_facts(db: Database, interview_id: int) -> InterviewFacts:
    with read_session(db) as session:
        iv = session.scalar(
            select(m.Interview)
            .where(m.Interview.id == interview_id)
            .options(selectinload(m.Interview.attendees), selectinload(m.Interview.findings))
        )
        if iv is None:
            raise NotFoundError(
                f"找不到编号为 {interview_id} 的约谈。",
                hint="请用“xuncha export --list”查看可导出的编号。",
            )
        t = _load_target(session, iv.target_id)
        members = _members(t.team, t.entry_date)
        contact = next((x for x in members if x.role == "联络员"), None) or (
            members[0] if members else None
        )
        problems = tuple(
            f"{f.description}（{f.code}）" for f in sorted(iv.findings, key=lambda f: f.code)
        )
        interviewees = tuple(
            f"{a.unit}{a.post}{a.name}" + (f"（{a.role}）" if a.role else "")
            for a in iv.attendees if a.side == "被约谈方"
        )
        return InterviewFacts(
            interview_id=iv.id, target_id=t.id, region=t.region.name, party=iv.party,
            reason=iv.reason, scheduled_at=iv.scheduled_at, place=iv.place,
            materials=iv.materials, team_name=t.team.name if t.team else "",
            tour_start=t.entry_date, tour_end=t.exit_date, problems=problems,
            interviewees=interviewees, contact=contact,
        )


def list_exportables(db: Database, kind: str | None = None, *,
                     today: dt.date | None = None) -> list[Exportable]:
    """``today``: tours begun by then can have a feedback or report (default: today)."""
    rows: list[Exportable] = []
    with read_session(db) as session:
        if kind in (None, "notice"):
            q = (
                select(m.Target.id, m.Region.name, m.Plan.year, m.Batch.seq)
                .join(m.Region, m.Target.region_id == m.Region.id)
                .join(m.Batch, m.Target.batch_id == m.Batch.id)
                .join(m.Plan, m.Batch.plan_id == m.Plan.id)
                .order_by(m.Plan.year, m.Batch.seq, m.Region.sort_order)
            )
            rows += [
                Exportable("notice", tid, f"关于对{region}开展安全生产巡查的通知（{year}年第{seq}批）")
                for tid, region, year, seq in session.execute(q)
            ]
        if kind in (None, "plan"):
            q3 = select(m.Plan.id, m.Plan.title, m.Plan.state).order_by(m.Plan.year, m.Plan.id)
            rows += [
                Exportable("plan", pid, f"关于报请审定{title}的请示（{state}）")
                for pid, title, state in session.execute(q3)
            ]
        if kind in (None, "rectification-notice"):
            q4 = (
                select(m.Finding.id, m.Finding.code, m.Finding.responsible_unit)
                .where(m.Finding.state.in_(("已交办", "整改中", "待核查")))
                .order_by(m.Finding.code)
            )
            rows += [
                Exportable("rectification-notice", fid, f"整改通知书：{code}（{unit}）")
                for fid, code, unit in session.execute(q4)
            ]
        if kind in (None, "ledger"):
            q5 = select(m.Plan.id, m.Plan.title).order_by(m.Plan.year, m.Plan.id)
            rows += [
                Exportable("ledger", pid, f"问题隐患整改台账（{title}）")
                for pid, title in session.execute(q5)
            ]
        if kind in (None, "interview-notice"):
            q2 = (
                select(m.Interview.id, m.Interview.party, m.Region.name)
                .join(m.Target, m.Interview.target_id == m.Target.id)
                .join(m.Region, m.Target.region_id == m.Region.id)
                .order_by(m.Interview.id)
            )
            rows += [
                Exportable("interview-notice", iid, f"约谈通知书：{party}（{region}）")
                for iid, party, region in session.execute(q2)
            ]
        if kind in (None, "interview-minutes"):
            q6 = (
                select(m.Interview.id, m.Interview.party, m.Region.name)
                .join(m.Target, m.Interview.target_id == m.Target.id)
                .join(m.Region, m.Target.region_id == m.Region.id)
                .where(m.Interview.state.in_(("已约谈", "整改跟踪", "已办结")))
                .order_by(m.Interview.id)
            )
            rows += [
                Exportable("interview-minutes", iid, f"约谈纪要：{party}（{region}）")
                for iid, party, region in session.execute(q6)
            ]
        if kind in (None, "checklist"):
            q7 = (
                select(m.Checklist.id, m.Region.name, m.Checklist.state)
                .join(m.Target, m.Target.id == m.Checklist.target_id)
                .join(m.Region, m.Region.id == m.Target.region_id)
                .order_by(m.Checklist.id)
            )
            rows += [
                Exportable("checklist", cid, f"安全生产巡查检查表（{region}，{state}）")
                for cid, region, state in session.execute(q7)
            ]
        if kind in (None, "roster"):
            q8 = select(m.Team.id, m.Team.name, m.Team.state).order_by(m.Team.id)
            rows += [
                Exportable("roster", tid, f"{name}组成人员名单（{state}）")
                for tid, name, state in session.execute(q8)
            ]
    if kind in (None, "feedback", "report", "annual-report"):
        rows += _results_exportables(db, kind, today)
    return rows


def _results_exportables(db: Database, kind: str | None,
                         today: dt.date | None) -> list[Exportable]:
    """巡查反馈意见 and 巡查报告 per target, 巡查报告 per batch (id = minus the batch id, shown
    as ``batch-N`` by :func:`display_id`), annual reports per year."""
    from xuncha_desktop.services import results

    out: list[Exportable] = []
    targets = results.target_sources(db, today) if kind in (None, "feedback", "report") else []
    if kind in (None, "feedback"):
        out += [Exportable("feedback", int(s.key), f"巡查反馈意见：{s.title}") for s in targets]
    if kind in (None, "report"):
        out += [Exportable("report", int(s.key), f"巡查报告：{s.title}") for s in targets]
        out += [Exportable("report", -int(s.key.removeprefix("batch-")), f"巡查报告：{s.title}")
                for s in results.batch_sources(db, today)]
    if kind in (None, "annual-report"):
        out += [Exportable("annual-report", int(s.key), f"{s.title}巡查工作情况报告")
                for s in results.year_sources(db)]
    return out


def display_id(kind: str, source_id: int) -> str:
    """The ID as ``xuncha export`` takes it: a batch report's negative id is ``batch-N``."""
    return f"batch-{-source_id}" if kind == "report" and source_id < 0 else str(source_id)


def office(db: Database) -> OfficeSettings:
    return load_office_settings(db)


__all__ = [
    "DOC_KINDS",
    "IMPLEMENTED_KINDS",
    "Exportable",
    "InterviewFacts",
    "MemberFact",
    "NoticeFacts",
    "display_id",
    "interview_facts",
    "list_exportables",
    "notice_facts",
    "office",
]
