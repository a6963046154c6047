"""重点约谈: from preparation to follow-up (Qt-free use cases).

State flow: 拟约谈 → 已通知 → 已约谈 → 整改跟踪 → 已办结, or 已取消 with a reason. Each
function is one unit of work and returns plain data; the UI shows ``ValidationError`` and
``StateError`` messages as they are.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Date,
    DateTime,
    and_,
    case,
    func,
    literal,
    null,
    or_,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session, selectinload

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import NotFoundError, StateError, ValidationError
from xuncha_desktop.services.evidence import record_link
from xuncha_desktop.services.findings import Attachment
from xuncha_desktop.services.office_settings import load_office_settings
from xuncha_desktop.services.queries import (
    Column,
    InterviewQuery,
    InterviewRow,
    Stmt,
    format_date,
    format_datetime,
)
from xuncha_desktop.services.uow import check_seen, read_session, unit_of_work
from xuncha_desktop.services.workdays import add_working_days

DRAFT, NOTIFIED, HELD, TRACKING, CLOSED, CANCELLED = m.INTERVIEW_STATES
OPEN_COMMITMENT = "未完成"
ABSENCE_DUTY = 3  # 不得……干扰、阻挠巡查工作
DEFAULT_BASIS = (
    "《海南省安全生产巡查工作制度（试行）》（琼府〔2016〕71号）关于巡查期间发现影响安全生产的"
    "突出问题和重大隐患，及时约谈当地政府、有关部门和企事业单位负责人的规定"
)
DEFAULT_MATERIALS = (
    "问题隐患的基本情况",
    "问题产生的原因分析",
    "已采取的措施和目前状况",
    "存在的困难和问题",
    "下一步整改计划（责任、措施、资金、时限和预案）",
)

#: state → the states it may move to
NEXT_STATES: dict[str, tuple[str, ...]] = {
    DRAFT: (NOTIFIED, CANCELLED),
    NOTIFIED: (HELD, CANCELLED),
    HELD: (TRACKING, CLOSED),
    TRACKING: (CLOSED,),
    CLOSED: (),
    CANCELLED: (),
}


class PastTimeError(ValidationError):
    """The interview time is already past; the operator must confirm (``confirm_past``)."""


# ---------------------------------------------------------------------------------------------
# Inputs and outputs
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class AttendeeInput:
    name: str
    post: str = ""
    unit: str = ""
    role: str = ""  # 主要负责人 / 分管负责人 / ""
    side: str = "被约谈方"


@dataclass(frozen=True)
class Attendance:
    attendee_id: int
    attended: bool
    stand_in: str = ""
    reason: str = ""
    justified: bool = False


@dataclass(frozen=True)
class CommitmentInput:
    content: str
    owner: str
    due_date: dt.date


@dataclass(frozen=True)
class Meeting:
    held_on: dt.date
    attendance: tuple[Attendance, ...] = ()
    problems: str = ""
    requirements: str = ""
    commitments: tuple[CommitmentInput, ...] = ()
    minutes: str = ""


@dataclass(frozen=True)
class ProposedFinding:
    id: int
    code: str
    description: str
    kind: str
    is_major: bool
    state: str
    deadline: dt.date | None
    responsible_unit: str
    why: str  # 重大事故隐患 / 逾期

    @property
    def label(self) -> str:
        return f"{self.code} {self.description}（{self.why}）"


@dataclass(frozen=True)
class Preparation:
    target_id: int
    party: str
    reason: str
    finding_ids: tuple[int, ...]


@dataclass(frozen=True)
class AttendeeRow:
    id: int
    side: str
    name: str
    unit: str
    post: str
    role: str
    attended: bool | None
    stand_in: str
    absence_reason: str
    justified: bool
    version: int | None = None

    @property
    def attendance_text(self) -> str:
        if self.attended is None:
            return "未登记"
        if self.attended:
            return "到场"
        if self.stand_in:
            return f"委托{self.stand_in}代替" + ("（理由正当）" if self.justified else "")
        return "缺席" + ("（理由正当）" if self.justified else "")


@dataclass(frozen=True)
class CommitmentRow:
    id: int
    content: str
    owner: str
    due_date: dt.date | None
    state: str
    done_on: dt.date | None
    finding_id: int | None

    def overdue(self, today: dt.date) -> bool:
        return self.state == OPEN_COMMITMENT and self.due_date is not None and self.due_date < today


@dataclass(frozen=True)
class LinkedFinding:
    id: int
    code: str
    description: str
    state: str
    deadline: dt.date | None


@dataclass(frozen=True)
class InterviewDetail:
    id: int
    version: int
    target_id: int
    region: str
    party: str
    reason: str
    basis: str
    interviewers: str
    scheduled_at: dt.datetime | None
    place: str
    materials: str
    state: str
    held_on: dt.date | None
    problems: str
    requirements: str
    minutes: str
    copied_to: str
    report_due: dt.date | None
    report_received_on: dt.date | None
    cancel_reason: str
    previous_id: int | None
    followup_ids: tuple[int, ...]
    attendees: tuple[AttendeeRow, ...]
    commitments: tuple[CommitmentRow, ...]
    findings: tuple[LinkedFinding, ...]
    breaches: int = 0
    evidence: tuple[str, ...] = field(default_factory=tuple)

    @property
    def next_states(self) -> tuple[str, ...]:
        return NEXT_STATES.get(self.state, ())

    @property
    def open_commitments(self) -> tuple[CommitmentRow, ...]:
        return tuple(c for c in self.commitments if c.state == OPEN_COMMITMENT)

    def next_deadline(self) -> tuple[str, dt.date | None]:
        return next_deadline(
            self.state,
            self.scheduled_at,
            self.report_due,
            self.report_received_on,
            [c.due_date for c in self.open_commitments],
        )


def next_deadline(
    state: str,
    scheduled_at: dt.datetime | None,
    report_due: dt.date | None,
    report_received_on: dt.date | None,
    open_dues: Sequence[dt.date | None],
) -> tuple[str, dt.date | None]:
    """What is due next: the meeting, the written report, or the earliest open commitment."""
    if state in (DRAFT, NOTIFIED):
        return ("约谈", scheduled_at.date() if scheduled_at else None)
    if state in (HELD, TRACKING):
        dates: list[tuple[dt.date, str]] = []
        if report_received_on is None and report_due is not None:
            dates.append((report_due, "书面报告"))
        dates += [(d, "承诺事项") for d in open_dues if d is not None]
        if dates:
            day, what = min(dates)
            return (what, day)
    return ("", None)


# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------
def _load(session: Session, interview_id: int) -> m.Interview:
    iv = session.get(m.Interview, interview_id)
    if iv is None:
        raise NotFoundError(f"找不到编号为 {interview_id} 的约谈，可能已被删除。")
    return iv


def _move(iv: m.Interview, to_state: str) -> None:
    if to_state not in NEXT_STATES.get(iv.state, ()):
        allowed = "、".join(NEXT_STATES.get(iv.state, ())) or "无"
        raise StateError(
            f"约谈“{iv.party}”当前为“{iv.state}”，不能改为“{to_state}”。",
            hint=f"当前状态下可以改为：{allowed}。",
        )
    iv.state = to_state


def _required(text: str, what: str, fld: str) -> str:
    value = (text or "").strip()
    if not value:
        raise ValidationError(f"请填写{what}。", field=fld)
    return value


def _check_attendee(iv: m.Interview, a: AttendeeInput, skip_id: int | None = None) -> None:
    name = _required(a.name, "参加人员姓名", "name")
    if a.side not in m.ATTENDEE_SIDES:
        raise ValidationError(f"参加人员类别“{a.side}”无效。", field="side")
    if a.role not in m.ATTENDEE_ROLES:
        raise ValidationError(
            f"被约谈人角色“{a.role}”无效，应为主要负责人或分管负责人。", field="role"
        )
    for other in iv.attendees:
        if other.id != skip_id and other.name.strip() == name:
            raise ValidationError(
                f"{name}已在本次约谈的参加人员名单中，同一人不能重复通知。", field="name"
            )


def _attendee(a: AttendeeInput) -> m.InterviewAttendee:
    return m.InterviewAttendee(
        side=a.side,
        name=a.name.strip(),
        unit=a.unit.strip(),
        post=a.post.strip(),
        role=a.role,
        absence_reason="",
    )


def _check_commitment(c: CommitmentInput) -> None:
    _required(c.content, "承诺事项", "content")
    _required(c.owner, "承诺事项的责任人", "owner")
    if c.due_date is None:
        raise ValidationError("请填写承诺事项的完成期限。", field="due_date")


def report_due_date(db: Database, held_on: dt.date) -> dt.date:
    """``held_on`` plus the configured working days (weekends and holidays skipped)."""
    office = load_office_settings(db)
    return add_working_days(held_on, office.interview_report_working_days, office.holidays)


# ---------------------------------------------------------------------------------------------
# Preparation
# ---------------------------------------------------------------------------------------------
def _party_of(f: m.Finding) -> str:
    if f.responsible_unit.strip():
        return f.responsible_unit.strip()
    if f.unit is not None:
        return f.unit.name
    return f"{f.region.name}人民政府"


def propose_findings(
    db: Database, target_id: int, party: str = "", today: dt.date | None = None
) -> list[ProposedFinding]:
    """Open major hazards and overdue findings of the target (of ``party`` when it has any)."""
    today = today or dt.date.today()
    with read_session(db) as session:
        rows = session.scalars(
            select(m.Finding)
            .join(m.FindingKind, m.FindingKind.id == m.Finding.kind_id)
            .where(
                m.Finding.target_id == target_id,
                m.Finding.state != "已销号",
                or_(
                    m.FindingKind.is_major.is_(True),
                    and_(m.Finding.deadline.is_not(None), m.Finding.deadline < today),
                ),
            )
            .options(
                selectinload(m.Finding.unit),
                selectinload(m.Finding.kind),
                selectinload(m.Finding.region),
            )
            .order_by(m.Finding.code)
        ).all()
        out = [
            ProposedFinding(
                id=f.id,
                code=f.code,
                description=f.description,
                kind=f.kind.name,
                is_major=f.kind.is_major,
                state=f.state,
                deadline=f.deadline,
                responsible_unit=_party_of(f),
                why="、".join(
                    w
                    for w, ok in (
                        ("重大事故隐患", f.kind.is_major),
                        ("逾期", f.deadline is not None and f.deadline < today),
                    )
                    if ok
                ),
            )
            for f in rows
        ]
    party = party.strip()
    mine = [p for p in out if party and party in p.responsible_unit]
    return mine or out


def prepare_from_findings(db: Database, finding_ids: Sequence[int]) -> Preparation:
    """Party and reasons for an interview about the given findings (one tour)."""
    if not finding_ids:
        raise ValidationError("请先选择要约谈的问题隐患。")
    with read_session(db) as session:
        found = session.scalars(
            select(m.Finding)
            .where(m.Finding.id.in_(finding_ids))
            .options(
                selectinload(m.Finding.unit),
                selectinload(m.Finding.kind),
                selectinload(m.Finding.region),
            )
            .order_by(m.Finding.code)
        ).all()
        if len(found) != len(set(finding_ids)):
            raise NotFoundError("所选问题隐患中有的已被删除，请刷新后重试。")
        targets = {f.target_id for f in found}
        if None in targets or len(targets) != 1:
            raise ValidationError(
                "所选问题隐患须属于同一巡查对象，才能合并约谈。", hint="请按巡查对象分别准备约谈。"
            )
        parties = {_party_of(f) for f in found}
        party = parties.pop() if len(parties) == 1 else f"{found[0].region.name}人民政府"
        majors = sum(1 for f in found if f.kind.is_major)
        reason = (
            f"巡查发现{party}存在{len(found)}项突出问题"
            + (f"（其中重大事故隐患{majors}项）" if majors else "")
            + "，整改不到位"
        )
        target_id = found[0].target_id
    assert target_id is not None
    return Preparation(target_id, party, reason, tuple(f.id for f in found))


def create_interview(
    db: Database,
    target_id: int,
    party: str,
    *,
    reason: str = "",
    finding_ids: Sequence[int] = (),
    attendees: Sequence[AttendeeInput] = (),
    interviewers: str = "",
    scheduled_at: dt.datetime | None = None,
    place: str = "",
    materials: str = "",
    basis: str = DEFAULT_BASIS,
    copied_to: str = "",
    previous_id: int | None = None,
    operator: str | None = None,
) -> int:
    party = _required(party, "被约谈单位", "party")
    with unit_of_work(db, operator) as session:
        if session.get(m.Target, target_id) is None:
            raise NotFoundError(f"找不到编号为 {target_id} 的巡查对象。")
        iv = m.Interview(
            target_id=target_id,
            party=party,
            reason=reason.strip(),
            basis=basis,
            interviewers=interviewers.strip(),
            scheduled_at=scheduled_at,
            place=place.strip(),
            materials=materials.strip() or "；".join(DEFAULT_MATERIALS),
            state=DRAFT,
            copied_to=copied_to.strip(),
            previous_id=previous_id,
        )
        for a in attendees:
            _check_attendee(iv, a)
            iv.attendees.append(_attendee(a))
        session.add(iv)
        session.flush()
        for fid in dict.fromkeys(finding_ids):
            session.add(m.InterviewFinding(interview_id=iv.id, finding_id=fid))
        session.flush()
        return iv.id


def update_interview(
    db: Database, interview_id: int, values: dict[str, Any], *, operator: str | None = None
) -> None:
    """Edit the preparation fields (party, reason, basis, interviewers, time, place …)."""
    allowed = {
        "party",
        "reason",
        "basis",
        "interviewers",
        "scheduled_at",
        "place",
        "materials",
        "copied_to",
        "problems",
        "requirements",
        "minutes",
    }
    unknown = set(values) - allowed
    if unknown:
        raise ValidationError(f"不能修改约谈的字段：{'、'.join(sorted(unknown))}。")
    with unit_of_work(db, operator) as session:
        iv = _load(session, interview_id)
        if iv.state in (CLOSED, CANCELLED):
            raise StateError(f"约谈已{iv.state}，不能再修改。")
        if "party" in values:
            values = {**values, "party": _required(values["party"], "被约谈单位", "party")}
        for key, value in values.items():
            if getattr(iv, key) != value:
                setattr(iv, key, value)


def set_findings(
    db: Database, interview_id: int, finding_ids: Sequence[int], *, operator: str | None = None
) -> None:
    with unit_of_work(db, operator) as session:
        check_seen(session, _load(session, interview_id))  # as the operator saw it
        current = set(
            session.scalars(
                select(m.InterviewFinding.finding_id).where(
                    m.InterviewFinding.interview_id == interview_id
                )
            )
        )
        wanted = set(finding_ids)
        for fid in current - wanted:
            link = session.get(m.InterviewFinding, (interview_id, fid))
            if link is not None:
                session.delete(link)
        for fid in sorted(wanted - current):
            session.add(m.InterviewFinding(interview_id=interview_id, finding_id=fid))


def add_attendee(
    db: Database, interview_id: int, attendee: AttendeeInput, *, operator: str | None = None
) -> int:
    with unit_of_work(db, operator) as session:
        iv = _load(session, interview_id)
        check_seen(session, iv)  # as the operator saw it (uow.expect_versions)
        if iv.state in (CLOSED, CANCELLED):
            raise StateError(f"约谈已{iv.state}，不能再增加参加人员。")
        _check_attendee(iv, attendee)
        row = _attendee(attendee)
        iv.attendees.append(row)
        session.flush()
        return row.id


def remove_attendee(db: Database, attendee_id: int, *, operator: str | None = None) -> None:
    with unit_of_work(db, operator) as session:
        row = session.get(m.InterviewAttendee, attendee_id)
        if row is None:
            raise NotFoundError("该参加人员已被删除。")
        check_seen(session, row.interview)  # the interview as the operator saw it
        check_seen(session, row)
        from xuncha_desktop.services.trash import trash_in_session

        trash_in_session(session, m.InterviewAttendee, attendee_id)


# ---------------------------------------------------------------------------------------------
# State flow
# ---------------------------------------------------------------------------------------------
def notify(
    db: Database,
    interview_id: int,
    *,
    now: dt.datetime | None = None,
    confirm_past: bool = False,
    operator: str | None = None,
) -> None:
    """拟约谈 → 已通知 (the 约谈通知书 went out)."""
    now = now or dt.datetime.now()
    with unit_of_work(db, operator) as session:
        iv = _load(session, interview_id)
        check_seen(session, iv)  # decided from the time and people the operator saw
        if iv.scheduled_at is None:
            raise ValidationError("请先填写约谈时间，再发出通知。", field="scheduled_at")
        if not any(a.side == "被约谈方" for a in iv.attendees):
            raise ValidationError("请先填写须参加约谈的被约谈方人员。", field="attendees")
        if iv.scheduled_at < now and not confirm_past:
            raise PastTimeError(
                f"约谈时间（{format_datetime(iv.scheduled_at)}）已经过去。",
                field="scheduled_at",
                hint="如确属补录，请确认后再标记为已通知。",
            )
        _move(iv, NOTIFIED)


def record_meeting(
    db: Database, interview_id: int, meeting: Meeting, *, operator: str | None = None
) -> list[int]:
    """已通知 → 已约谈: attendance, problems, requirements, commitments, report deadline.

    Returns the ids of the cooperation breaches recorded for unjustified absences or
    stand-ins."""
    for c in meeting.commitments:
        _check_commitment(c)
    due = report_due_date(db, meeting.held_on)
    breaches: list[int] = []
    with unit_of_work(db, operator) as session:
        iv = _load(session, interview_id)
        _move(iv, HELD)
        rows = {a.id: a for a in iv.attendees}
        for att in meeting.attendance:
            row = rows.get(att.attendee_id)
            if row is None:
                raise NotFoundError("出席登记中的人员不在本次约谈名单中，请刷新后重试。")
            row.attended = att.attended
            row.stand_in = "" if att.attended else att.stand_in.strip()
            row.absence_reason = "" if att.attended else att.reason.strip()
            row.justified = False if att.attended else att.justified
            if att.justified and not att.attended and not row.absence_reason:
                raise ValidationError(
                    f"{row.name}缺席理由正当时须写明理由。", field="absence_reason"
                )
        present = [a for a in iv.attendees if a.side == "被约谈方" and a.attended]
        if not present:
            raise ValidationError(
                "没有登记到场的被约谈人员，不能标记为已约谈。",
                field="attendees",
                hint="请至少登记一名到场的被约谈方人员。",
            )
        iv.held_on = meeting.held_on
        iv.report_due = due
        iv.problems = meeting.problems.strip() or iv.problems
        iv.requirements = meeting.requirements.strip() or iv.requirements
        iv.minutes = meeting.minutes.strip() or iv.minutes
        for c in meeting.commitments:
            iv.commitments.append(
                m.Commitment(
                    content=c.content.strip(),
                    owner=c.owner.strip(),
                    due_date=c.due_date,
                    state=OPEN_COMMITMENT,
                )
            )
        session.flush()
        for a in iv.attendees:
            if a.side != "被约谈方" or a.attended is not False or a.justified:
                continue
            what = f"委托{a.stand_in}代替参加约谈" if a.stand_in else "未参加约谈"
            reason = f"（{a.absence_reason}）" if a.absence_reason else ""
            b = m.CooperationBreach(
                target_id=iv.target_id,
                duty_no=ABSENCE_DUTY,
                occurred_on=meeting.held_on,
                description=f"{a.unit}{a.post}{a.name}无正当理由{what}{reason}",
                responsible=a.name,
                interview_id=iv.id,
            )
            session.add(b)
            session.flush()
            breaches.append(b.id)
    return breaches


def start_tracking(db: Database, interview_id: int, *, operator: str | None = None) -> None:
    """已约谈 → 整改跟踪."""
    with unit_of_work(db, operator) as session:
        _move(_load(session, interview_id), TRACKING)


def receive_report(
    db: Database, interview_id: int, received_on: dt.date, *, operator: str | None = None
) -> None:
    with unit_of_work(db, operator) as session:
        iv = _load(session, interview_id)
        if iv.state not in (HELD, TRACKING):
            raise StateError(
                f"约谈当前为“{iv.state}”，还不能登记书面报告。",
                hint="约谈举行后才能登记被约谈方的书面报告。",
            )
        if iv.held_on and received_on < iv.held_on:
            raise ValidationError("书面报告收到日期不能早于约谈日期。", field="report_received_on")
        iv.report_received_on = received_on


def close(db: Database, interview_id: int, *, operator: str | None = None) -> None:
    """→ 已办结: only when the report has arrived and no commitment is open."""
    with unit_of_work(db, operator) as session:
        iv = _load(session, interview_id)
        if CLOSED not in NEXT_STATES.get(iv.state, ()):
            _move(iv, CLOSED)
        missing: list[str] = []
        if iv.report_received_on is None:
            missing.append(
                f"书面报告尚未收到（应于{format_date(iv.report_due)}前报送）"
                if iv.report_due
                else "书面报告尚未收到"
            )
        open_items = [c for c in iv.commitments if c.state == OPEN_COMMITMENT]
        for c in open_items:
            missing.append(
                f"承诺“{c.content}”（{c.owner or '未定责任人'}，"
                f"期限{format_date(c.due_date)}）未完成"
            )
        if missing:
            raise StateError(
                "约谈还不能办结：\n" + "\n".join(f"· {x}" for x in missing),
                hint="承诺事项须完成或转为问题隐患跟踪，并收到书面报告后才能办结。",
            )
        _move(iv, CLOSED)


def cancel(db: Database, interview_id: int, reason: str, *, operator: str | None = None) -> None:
    reason = _required(reason, "取消约谈的原因", "cancel_reason")
    with unit_of_work(db, operator) as session:
        iv = _load(session, interview_id)
        _move(iv, CANCELLED)
        iv.cancel_reason = reason


# ---------------------------------------------------------------------------------------------
# Commitments
# ---------------------------------------------------------------------------------------------
def add_commitment(
    db: Database, interview_id: int, item: CommitmentInput, *, operator: str | None = None
) -> int:
    _check_commitment(item)
    with unit_of_work(db, operator) as session:
        iv = _load(session, interview_id)
        if iv.state not in (HELD, TRACKING):
            raise StateError("承诺事项在约谈举行后登记。")
        c = m.Commitment(
            content=item.content.strip(),
            owner=item.owner.strip(),
            due_date=item.due_date,
            state=OPEN_COMMITMENT,
        )
        iv.commitments.append(c)
        session.flush()
        return c.id


def _commitment(session: Session, commitment_id: int) -> m.Commitment:
    c = session.get(m.Commitment, commitment_id)
    if c is None:
        raise NotFoundError("该承诺事项已被删除。")
    if c.state != OPEN_COMMITMENT:
        raise StateError(f"承诺“{c.content}”已是“{c.state}”。")
    return c


def complete_commitment(
    db: Database, commitment_id: int, done_on: dt.date, *, operator: str | None = None
) -> None:
    with unit_of_work(db, operator) as session:
        c = _commitment(session, commitment_id)
        c.state, c.done_on = "已完成", done_on


def carry_into_finding(
    db: Database,
    commitment_id: int,
    deadline: dt.date,
    *,
    today: dt.date | None = None,
    operator: str | None = None,
) -> int:
    """转为问题: the open commitment becomes an assigned finding, tracked in 问题隐患."""
    today = today or dt.date.today()
    with unit_of_work(db, operator) as session:
        c = _commitment(session, commitment_id)
        iv = c.interview
        target = session.get(m.Target, iv.target_id)
        assert target is not None
        kind_id = session.scalar(
            select(m.FindingKind.id).where(m.FindingKind.code == "management")
        ) or session.scalar(select(m.FindingKind.id).order_by(m.FindingKind.sort_order))
        who = operator or db.operator or "系统"
        f = m.Finding(
            code=f"YT-{iv.id}-{c.id}",
            target_id=iv.target_id,
            region_id=target.region_id,
            kind_id=kind_id,
            description=f"约谈承诺未按期完成：{c.content}",
            found_on=today,
            found_by=who,
            state="已交办",
            responsible_unit=iv.party,
            responsible_person=c.owner,
            requirement=c.content,
            deadline=deadline,
        )
        now = dt.datetime.now().replace(microsecond=0)
        f.transitions.append(
            m.FindingTransition(
                from_state=None,
                to_state="已发现",
                operator=who,
                at=now,
                note=f"由约谈承诺转入（约谈编号 {iv.id}）",
            )
        )
        f.transitions.append(
            m.FindingTransition(
                from_state="已发现", to_state="已交办", operator=who, at=now, deadline=deadline
            )
        )
        session.add(f)
        session.flush()
        c.state, c.finding_id = "转为问题", f.id
        session.add(m.InterviewFinding(interview_id=iv.id, finding_id=f.id))
        return f.id


def attach_evidence(
    db: Database,
    interview_id: int,
    attachments: Sequence[Attachment],
    *,
    operator: str | None = None,
) -> int:
    """Recordings and sign-in sheets (录音录像、签到表) as evidence of the meeting.

    The files are already in the evidence archive (``archive.evidence.attach`` copies and
    records in one step; this records files stored by the caller).
    """
    who = operator or db.operator or "系统"
    with unit_of_work(db, operator) as session:
        _load(session, interview_id)
        for att in attachments:
            record_link(session, att, who, "interview", interview_id)
    return len(attachments)


# ---------------------------------------------------------------------------------------------
# Follow-up
# ---------------------------------------------------------------------------------------------
def follow_up(db: Database, interview_id: int, *, operator: str | None = None) -> int:
    """再次约谈: a new interview linked to the earlier one, with its party, people, findings."""
    with read_session(db) as session:
        iv = _load(session, interview_id)
        if iv.state in (DRAFT, NOTIFIED, CANCELLED):
            raise StateError("只有已举行的约谈才能再次约谈。")
        people = [
            AttendeeInput(a.name, a.post, a.unit, a.role, a.side)
            for a in iv.attendees
            if a.side != "列席"
        ]
        fids = [f.id for f in iv.findings]
        open_items = [c.content for c in iv.commitments if c.state == OPEN_COMMITMENT]
        target_id, party, basis = iv.target_id, iv.party, iv.basis
        interviewers, place, copied_to = iv.interviewers, iv.place, iv.copied_to
    reason = "前次约谈后整改不到位，再次约谈" + (
        "；未完成的承诺：" + "；".join(open_items) if open_items else ""
    )
    return create_interview(
        db,
        target_id,
        party,
        reason=reason,
        finding_ids=fids,
        attendees=people,
        interviewers=interviewers,
        place=place,
        basis=basis,
        copied_to=copied_to,
        previous_id=interview_id,
        operator=operator,
    )


# ---------------------------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------------------------
def interview_detail(db: Database, interview_id: int) -> InterviewDetail:
    with read_session(db) as session:
        iv = session.scalar(
            select(m.Interview)
            .where(m.Interview.id == interview_id)
            .options(
                selectinload(m.Interview.attendees),
                selectinload(m.Interview.commitments),
                selectinload(m.Interview.findings),
                selectinload(m.Interview.target).selectinload(m.Target.region),
            )
        )
        if iv is None:
            raise NotFoundError(f"找不到编号为 {interview_id} 的约谈，可能已被删除。")
        followups = tuple(
            session.scalars(
                select(m.Interview.id)
                .where(m.Interview.previous_id == iv.id)
                .order_by(m.Interview.id)
            )
        )
        breaches = (
            session.scalar(
                select(func.count(m.CooperationBreach.id)).where(
                    m.CooperationBreach.interview_id == iv.id
                )
            )
            or 0
        )
        evidence = tuple(
            session.scalars(
                select(m.EvidenceLink.original_name)
                .where(m.EvidenceLink.interview_id == iv.id)
                .order_by(m.EvidenceLink.id)
            )
        )
        return InterviewDetail(
            id=iv.id,
            version=iv.version,
            target_id=iv.target_id,
            region=iv.target.region.name,
            party=iv.party,
            reason=iv.reason,
            basis=iv.basis,
            interviewers=iv.interviewers,
            scheduled_at=iv.scheduled_at,
            place=iv.place,
            materials=iv.materials,
            state=iv.state,
            held_on=iv.held_on,
            problems=iv.problems,
            requirements=iv.requirements,
            minutes=iv.minutes,
            copied_to=iv.copied_to,
            report_due=iv.report_due,
            report_received_on=iv.report_received_on,
            cancel_reason=iv.cancel_reason,
            previous_id=iv.previous_id,
            followup_ids=followups,
            attendees=tuple(
                AttendeeRow(
                    a.id,
                    a.side,
                    a.name,
                    a.unit,
                    a.post,
                    a.role,
                    a.attended,
                    a.stand_in,
                    a.absence_reason,
                    a.justified,
                    a.version,
                )
                for a in iv.attendees
            ),
            commitments=tuple(
                CommitmentRow(
                    c.id, c.content, c.owner, c.due_date, c.state, c.done_on, c.finding_id
                )
                for c in iv.commitments
            ),
            findings=tuple(
                LinkedFinding(f.id, f.code, f.description, f.state, f.deadline)
                for f in sorted(iv.findings, key=lambda f: f.code)
            ),
            breaches=int(breaches),
            evidence=evidence,
        )


@dataclass(frozen=True)
class OverdueCommitment:
    id: int
    interview_id: int
    party: str
    region: str
    content: str
    owner: str
    due_date: dt.date
    days_overdue: int


def overdue_commitments(
    db: Database, today: dt.date | None = None, target_id: int | None = None
) -> list[OverdueCommitment]:
    """Open commitments past their deadline (shown beside overdue findings)."""
    today = today or dt.date.today()
    stmt = (
        select(
            m.Commitment.id,
            m.Interview.id,
            m.Interview.party,
            m.Region.name,
            m.Commitment.content,
            m.Commitment.owner,
            m.Commitment.due_date,
        )
        .join(m.Interview, m.Interview.id == m.Commitment.interview_id)
        .join(m.Target, m.Target.id == m.Interview.target_id)
        .join(m.Region, m.Region.id == m.Target.region_id)
        .where(
            m.Commitment.state == OPEN_COMMITMENT,
            m.Commitment.due_date < today,
            m.Interview.state != CANCELLED,
        )
        .order_by(m.Commitment.due_date, m.Commitment.id)
    )
    if target_id is not None:
        stmt = stmt.where(m.Interview.target_id == target_id)
    with read_session(db) as session:
        return [
            OverdueCommitment(cid, iid, party, region, content, owner, due, (today - due).days)
            for cid, iid, party, region, content, owner, due in session.execute(stmt)
            if due is not None
        ]


def count_overdue_commitments(db: Database, today: dt.date | None = None) -> int:
    today = today or dt.date.today()
    with read_session(db) as session:
        return int(
            session.scalar(
                select(func.count(m.Commitment.id))
                .join(m.Interview, m.Interview.id == m.Commitment.interview_id)
                .where(
                    m.Commitment.state == OPEN_COMMITMENT,
                    m.Commitment.due_date < today,
                    m.Interview.state != CANCELLED,
                )
            )
            or 0
        )


@dataclass(frozen=True)
class InterviewListRow(InterviewRow):
    next_deadline: dt.date | None


class InterviewListQuery(InterviewQuery):
    """The 约谈 list with the next deadline (the meeting, the report or a commitment)."""

    row_type = InterviewListRow  # type: ignore[assignment]
    columns = (  # type: ignore[assignment]
        *InterviewQuery.columns[:4],
        Column("next_deadline", "下一期限"),
        *InterviewQuery.columns[4:],
    )

    def _select(self, db: Database) -> Stmt:
        earliest_commitment = (
            select(func.min(m.Commitment.due_date))
            .where(
                m.Commitment.interview_id == m.Interview.id, m.Commitment.state == OPEN_COMMITMENT
            )
            .scalar_subquery()
        )
        report = case((m.Interview.report_received_on.is_(None), m.Interview.report_due))
        tracked = m.Interview.state.in_((HELD, TRACKING))
        both = report.is_not(None) & earliest_commitment.is_not(None)
        next_due = type_coerce(
            case(
                (m.Interview.state.in_((DRAFT, NOTIFIED)), func.date(m.Interview.scheduled_at)),
                (tracked & both & (earliest_commitment < report), earliest_commitment),
                (tracked, func.coalesce(report, earliest_commitment)),
            ),
            Date,
        )
        return super()._select(db).add_columns(next_due.label("next_deadline"))


# ---------------------------------------------------------------------------------------------
# 日程: scheduled interviews and open deadlines, for the calendar and the agenda list
# ---------------------------------------------------------------------------------------------
AGENDA_MEETING, AGENDA_COMMITMENT, AGENDA_REPORT = "约谈", "承诺期限", "书面报告期限"
AGENDA_KINDS = (AGENDA_MEETING, AGENDA_COMMITMENT, AGENDA_REPORT)


@dataclass(frozen=True)
class AgendaItem:
    """One dated item of the 日程: a meeting still to hold, or an open deadline."""

    day: dt.date
    at: dt.datetime | None  # the meeting time (约谈 only)
    kind: str  # 约谈 / 承诺期限 / 书面报告期限
    interview_id: int
    item_id: int  # the interview, or the commitment for 承诺期限
    party: str
    region: str
    what: str  # the place of the meeting, or the commitment
    days_overdue: int  # > 0: the day has passed and it is still open

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0


def agenda(
    db: Database,
    start: dt.date,
    end: dt.date,
    target_id: int | None = None,
    *,
    plan_id: int | None = None,
    today: dt.date | None = None,
) -> list[AgendaItem]:
    """What falls due from ``start`` to ``end`` (both included), in date order.

    - 约谈: interviews still to hold (拟约谈, 已通知) on their scheduled day;
    - 承诺期限: open commitments (未完成) of interviews not cancelled, on their deadline;
    - 书面报告期限: held interviews (已约谈, 整改跟踪) whose written report has not arrived.

    ``target_id`` / ``plan_id`` scope it like the 约谈 list; one query for everything.
    """
    if start > end:
        raise ValidationError(
            f"日程的开始日期 {format_date(start)} 晚于结束日期 {format_date(end)}。",
            field="start",
            hint="请重新选择日期范围。",
        )
    today = today or dt.date.today()
    since = dt.datetime.combine(start, dt.time())
    until = dt.datetime.combine(end + dt.timedelta(days=1), dt.time())
    none_at = type_coerce(null(), DateTime)
    meetings = select(
        type_coerce(func.date(m.Interview.scheduled_at), Date).label("day"),
        m.Interview.scheduled_at.label("at"),
        literal(0).label("rank"),
        m.Interview.id.label("interview_id"),
        m.Interview.id.label("item_id"),
        m.Interview.target_id.label("target_id"),
        m.Interview.place.label("what"),
    ).where(
        m.Interview.state.in_((DRAFT, NOTIFIED)),
        m.Interview.scheduled_at >= since,
        m.Interview.scheduled_at < until,
    )
    commitments = (
        select(
            m.Commitment.due_date,
            none_at,
            literal(1),
            m.Interview.id,
            m.Commitment.id,
            m.Interview.target_id,
            m.Commitment.content,
        )
        .join(m.Interview, m.Interview.id == m.Commitment.interview_id)
        .where(
            m.Commitment.state == OPEN_COMMITMENT,
            m.Interview.state != CANCELLED,
            m.Commitment.due_date.between(start, end),
        )
    )
    reports = select(
        m.Interview.report_due,
        none_at,
        literal(2),
        m.Interview.id,
        m.Interview.id,
        m.Interview.target_id,
        literal(""),
    ).where(
        m.Interview.state.in_((HELD, TRACKING)),
        m.Interview.report_received_on.is_(None),
        m.Interview.report_due.between(start, end),
    )
    items = union_all(meetings, commitments, reports).subquery("agenda_items")
    stmt = (
        select(
            items.c.day,
            items.c.at,
            items.c.rank,
            items.c.interview_id,
            items.c.item_id,
            m.Interview.party,
            m.Region.name,
            items.c.what,
        )
        .join(m.Interview, m.Interview.id == items.c.interview_id)
        .join(m.Target, m.Target.id == items.c.target_id)
        .join(m.Region, m.Region.id == m.Target.region_id)
        .join(m.Batch, m.Batch.id == m.Target.batch_id)
        .order_by(items.c.day, items.c.rank, items.c.at, m.Interview.party, items.c.item_id)
    )
    if target_id is not None:
        stmt = stmt.where(items.c.target_id == target_id)
    if plan_id is not None:
        stmt = stmt.where(m.Batch.plan_id == plan_id)
    with read_session(db) as session:
        rows = session.execute(stmt).all()
    return [
        AgendaItem(
            day=day,
            at=at,
            kind=AGENDA_KINDS[rank],
            interview_id=iid,
            item_id=item,
            party=party,
            region=region,
            what=what or "",
            days_overdue=max(0, (today - day).days),
        )
        for day, at, rank, iid, item, party, region, what in rows
    ]


__all__ = [
    "AGENDA_KINDS",
    "DEFAULT_BASIS",
    "DEFAULT_MATERIALS",
    "NEXT_STATES",
    "AgendaItem",
    "Attendance",
    "AttendeeInput",
    "CommitmentInput",
    "InterviewDetail",
    "InterviewListQuery",
    "Meeting",
    "PastTimeError",
    "Preparation",
    "ProposedFinding",
    "add_attendee",
    "add_commitment",
    "agenda",
    "attach_evidence",
    "cancel",
    "carry_into_finding",
    "close",
    "complete_commitment",
    "create_interview",
    "follow_up",
    "interview_detail",
    "notify",
    "overdue_commitments",
    "prepare_from_findings",
    "propose_findings",
    "receive_report",
    "record_meeting",
    "report_due_date",
    "start_tracking",
]
