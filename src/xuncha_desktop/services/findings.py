"""The closed loop of a finding (问题隐患): its state machine, deadlines and list queries.

States and transitions
----------------------
::

    已发现 ──交办──▶ 已交办 ──开始整改──▶ 整改中 ──报告整改完成──▶ 待核查 ──销号──▶ 已销号
                                          ▲                          │ ▲         │
                                          └──────核查未通过───────────┘ └核查通过┘   │
                                          ▲                                          │
                                          └────────────────重新打开──────────────────┘

Every transition is a :class:`~xuncha_desktop.db.models.FindingTransition` row (operator,
time, from, to, note, deadline) with its attachments as evidence links. Events that do not
change the state (核查通过, 挂牌督办, 摘牌, 发出整改通知书) are kept as transitions from a state
to the same state; their note starts with a marker such as ``【核查通过】`` so that the
timeline can name them. Deadline extensions are kept in ``deadline_extension``.

Rules enforced here (and tested): 交办 needs a responsible unit, a requirement and a deadline,
and a deadline in the past only with ``confirm_past=True``; 待核查 needs a written report;
核查未通过 needs a reason and a new deadline; 销号 needs a passed 核查 after the last report;
重新打开 needs a reason and a new deadline; an extension needs a reason and a later date;
五落实 and 挂牌督办 apply to major hazards only.

Every write takes ``expected_version`` (the version the operator saw). A different version
raises :class:`~xuncha_desktop.errors.ConflictError`, and every write bumps the version, so
two operators changing the same finding never silently overwrite each other.

Deadline colours (期限状态)
--------------------------
For a finding that is not 已销号 and has a deadline, as of ``today``:

* **逾期** (red): the deadline has passed;
* **即将到期** (blue): the deadline is within ``due_soon_days`` days (office setting, default 3);
* **进度滞后** (yellow): the finding is still 已交办 — the responsible unit has not reported
  that rectification is under way — and more than ``behind_share`` (office setting
  ``OfficeSettings.behind_share``, default 50 %) of the rectification period has elapsed. The period
  runs from the day the current deadline was set (the last transition that carries a
  deadline: 交办, 核查未通过 or 重新打开; the day it was found when there is none) to the
  deadline, so an extension gives the unit more time before it turns yellow;
* **正常** otherwise (also for 已发现 findings, which have no deadline yet); **已销号** when closed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from sqlalchemy import ColumnElement, Date, case, cast, func, literal, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import ConflictError, NotFoundError, StateError, ValidationError
from xuncha_desktop.services.evidence import StoredFile, record_link
from xuncha_desktop.services.office_settings import (
    DEFAULT_BEHIND_SHARE as DEFAULT_BEHIND_SHARE,  # re-exported: callers import it from here
)
from xuncha_desktop.services.office_settings import (
    LEGACY_BEHIND_SHARE_KEY,
    load_office_settings,
    save_office_settings,
)
from xuncha_desktop.services.queries import (
    DUE_SOON_DAYS,
    Choice,
    Column,
    ListFilter,
    ListQuery,
    Stmt,
    batch_label,
    format_date,
    format_date_range,
)
from xuncha_desktop.services.uow import read_session, unit_of_work

FOUND, ASSIGNED, WORKING, REVIEW, CLOSED = m.FINDING_STATES

STATUS_OVERDUE = "逾期"
STATUS_DUE_SOON = "即将到期"
STATUS_BEHIND = "进度滞后"
STATUS_NORMAL = "正常"
STATUS_CLOSED = "已销号"
#: Deadline statuses, most urgent first (also the sort order of the column).
DEADLINE_STATUSES = (STATUS_OVERDUE, STATUS_DUE_SOON, STATUS_BEHIND, STATUS_NORMAL, STATUS_CLOSED)
#: The colour of each status, for every view that paints it (the text label is always shown too).
STATUS_COLOURS = {STATUS_OVERDUE: "red", STATUS_DUE_SOON: "blue", STATUS_BEHIND: "yellow"}

#: The setting the share was stored under before it became ``OfficeSettings.behind_share``.
BEHIND_SHARE_KEY = LEGACY_BEHIND_SHARE_KEY

# -- actions ---------------------------------------------------------------------------------
ASSIGN = "交办"
START = "开始整改"
REPORT = "报告整改完成"
VERIFY_PASS = "核查通过"
VERIFY_FAIL = "核查未通过"
CLOSE = "销号"
REOPEN = "重新打开"
EXTEND = "延期"
PLAN = "整改方案"
SUPERVISE = "挂牌督办"
UNSUPERVISE = "摘牌"
NOTICE = "发出整改通知书"
REGISTER = "登记"

#: Which action moves which state where. Everything else is illegal.
TRANSITIONS: dict[str, tuple[tuple[str, ...], str]] = {
    ASSIGN: ((FOUND,), ASSIGNED),
    START: ((ASSIGNED,), WORKING),
    REPORT: ((WORKING,), REVIEW),
    VERIFY_PASS: ((REVIEW,), REVIEW),
    VERIFY_FAIL: ((REVIEW,), WORKING),
    CLOSE: ((REVIEW,), CLOSED),
    REOPEN: ((CLOSED,), WORKING),
}
#: States in which the deadline may be extended.
EXTENDABLE = (ASSIGNED, WORKING)
_MARKED = (VERIFY_PASS, SUPERVISE, UNSUPERVISE, NOTICE)


def _marker(action: str) -> str:
    return f"【{action}】"


def is_legal(action: str, state: str) -> bool:
    spec = TRANSITIONS.get(action)
    return spec is not None and state in spec[0]


def legal_actions(state: str) -> list[str]:
    """The transitions open to a finding in ``state``, in lifecycle order."""
    return [a for a, (sources, _to) in TRANSITIONS.items() if state in sources]


# ---------------------------------------------------------------------------------------------
# Deadline colours
# ---------------------------------------------------------------------------------------------
def deadline_status(state: str, deadline: dt.date | None, since: dt.date | None,
                    today: dt.date, due_soon_days: int = DUE_SOON_DAYS,
                    behind_share: float = DEFAULT_BEHIND_SHARE) -> str:
    """The deadline status of one finding (rule in the module docstring)."""
    if state == CLOSED:
        return STATUS_CLOSED
    if deadline is None:
        return STATUS_NORMAL
    if deadline < today:
        return STATUS_OVERDUE
    if deadline <= today + dt.timedelta(days=due_soon_days):
        return STATUS_DUE_SOON
    if (state == ASSIGNED and since is not None and deadline > since
            and (today - since).days > (deadline - since).days * behind_share):
        return STATUS_BEHIND
    return STATUS_NORMAL


def deadline_status_expr(today: dt.date, due_soon_days: int = DUE_SOON_DAYS,
                         behind_share: float = DEFAULT_BEHIND_SHARE, *,
                         sqlite: bool = True) -> Any:
    """The same rule as :func:`deadline_status`, as SQL (SQLite or PostgreSQL)."""
    soon = today + dt.timedelta(days=due_soon_days)
    f = m.Finding
    t = m.FindingTransition
    set_at = (
        select(func.max(t.at))
        .where(t.finding_id == f.id, t.deadline.is_not(None))
        .scalar_subquery()
    )
    # (today − since) > share × (deadline − since), on day numbers.
    if sqlite:
        since = func.julianday(func.date(func.coalesce(set_at, f.found_on)))
        elapsed = func.julianday(today.isoformat()) - since
        period = func.julianday(f.deadline) - since
    else:
        since_date = func.coalesce(cast(set_at, Date), f.found_on)
        elapsed = literal(today, Date) - since_date
        period = f.deadline - since_date
    behind = elapsed > period * behind_share
    return case(
        (f.state == CLOSED, STATUS_CLOSED),
        (f.deadline.is_(None), STATUS_NORMAL),
        (f.deadline < today, STATUS_OVERDUE),
        (f.deadline <= soon, STATUS_DUE_SOON),
        ((f.state == ASSIGNED) & (period > 0) & behind, STATUS_BEHIND),
        else_=STATUS_NORMAL,
    )


def load_behind_share(db: Database) -> float:
    """The share of the rectification period after which a 已交办 finding is 进度滞后
    (an office setting, :attr:`OfficeSettings.behind_share`)."""
    return float(load_office_settings(db).behind_share)


def save_behind_share(db: Database, share: float, operator: str | None = None) -> None:
    """Store the share in the office settings (the other office settings are kept)."""
    office = load_office_settings(db)
    office.behind_share = share
    save_office_settings(db, office, operator)


# ---------------------------------------------------------------------------------------------
# Writing: one unit of work per action
# ---------------------------------------------------------------------------------------------
#: A file attached to a transition. It is already copied into the evidence archive (see
#: ``archive.evidence.staged``); the transition records it as evidence.
Attachment = StoredFile


@dataclass(frozen=True)
class FivePlan:
    """五落实: 责任、措施、资金、时限、预案."""

    responsibility: str = ""
    measures: str = ""
    funding: str = ""
    timeline: str = ""
    contingency: str = ""

    def is_complete(self) -> bool:
        return all(v.strip() for v in dataclasses.astuple(self))


class PastDeadlineError(ValidationError):
    """A deadline before today; the operator must confirm it (``confirm_past=True``)."""


def _now(now: dt.datetime | None) -> dt.datetime:
    return (now or dt.datetime.now()).replace(microsecond=0)


def _load(session: Session, finding_id: int, expected_version: int | None) -> m.Finding:
    f = session.get(m.Finding, finding_id)
    if f is None:
        raise NotFoundError(f"找不到编号为 {finding_id} 的问题隐患，可能已被删除。")
    if expected_version is not None and f.version != expected_version:
        raise ConflictError(
            f"问题隐患 {f.code} 已被其他人修改，您的修改没有保存。",
            hint="请刷新后查看最新内容，再重新操作。",
        )
    return f


def _check(action: str, f: m.Finding) -> str:
    sources, to_state = TRANSITIONS[action]
    if f.state not in sources:
        allowed = "、".join(legal_actions(f.state)) or "无"
        raise StateError(
            f"问题隐患 {f.code} 当前为“{f.state}”，不能{action}。",
            hint=f"当前状态下可以进行的操作：{allowed}。",
        )
    return to_state


def _required(text: str, what: str, field: str) -> str:
    value = (text or "").strip()
    if not value:
        raise ValidationError(f"请填写{what}。", field=field)
    return value


def _check_deadline(deadline: dt.date | None, today: dt.date, confirm_past: bool,
                    what: str = "整改期限") -> dt.date:
    if deadline is None:
        raise ValidationError(f"请填写{what}。", field="deadline")
    if deadline < today and not confirm_past:
        raise PastDeadlineError(
            f"{what}（{format_date(deadline)}）早于今天（{format_date(today)}）。",
            field="deadline",
            hint="如确需使用已过去的日期（例如补录），请确认后再保存。",
        )
    return deadline


def _record(session: Session, f: m.Finding, to_state: str, who: str, when: dt.datetime,
            note: str, deadline: dt.date | None = None,
            attachments: Sequence[Attachment] = ()) -> m.FindingTransition:
    t = m.FindingTransition(
        finding_id=f.id, from_state=f.state, to_state=to_state, operator=who, at=when,
        note=note, deadline=deadline,
    )
    session.add(t)
    unchanged = f.state == to_state
    f.state = to_state
    if unchanged:  # flag_modified on a changed value would drop its old value from the audit log
        flag_modified(f, "state")  # every action bumps the version, even one that keeps the state
    session.flush()
    for att in attachments:
        record_link(session, att, who, "finding_transition", t.id, now=when)
    session.flush()
    return t


@dataclass(frozen=True)
class Assignment:
    responsible_unit: str
    requirement: str
    deadline: dt.date
    responsible_person: str = ""


def _assign_one(session: Session, f: m.Finding, a: Assignment, who: str, when: dt.datetime,
                note: str, attachments: Sequence[Attachment]) -> None:
    to_state = _check(ASSIGN, f)
    f.responsible_unit = a.responsible_unit
    f.responsible_person = a.responsible_person.strip()
    f.requirement = a.requirement
    f.deadline = a.deadline
    text = note.strip() or (
        f"交办{a.responsible_unit}，限{format_date(a.deadline)}前整改完毕：{a.requirement}"
    )
    _record(session, f, to_state, who, when, text, a.deadline, attachments)


def _valid_assignment(a: Assignment, today: dt.date, confirm_past: bool) -> Assignment:
    return Assignment(
        responsible_unit=_required(a.responsible_unit, "责任单位", "responsible_unit"),
        requirement=_required(a.requirement, "整改要求", "requirement"),
        deadline=_check_deadline(a.deadline, today, confirm_past),
        responsible_person=a.responsible_person.strip(),
    )


def assign(db: Database, finding_id: int, assignment: Assignment, *, note: str = "",
           expected_version: int | None = None, confirm_past: bool = False,
           attachments: Sequence[Attachment] = (), operator: str | None = None,
           today: dt.date | None = None, now: dt.datetime | None = None) -> None:
    """交办: 已发现 → 已交办 with the responsible unit, requirement and deadline."""
    a = _valid_assignment(assignment, today or dt.date.today(), confirm_past)
    who = operator or db.operator
    with unit_of_work(db, who) as session:
        f = _load(session, finding_id, expected_version)
        _assign_one(session, f, a, who, _now(now), note, attachments)


def assign_many(db: Database, finding_ids: Sequence[int], assignment: Assignment, *,
                note: str = "", expected_versions: Mapping[int, int] | None = None,
                confirm_past: bool = False, operator: str | None = None,
                today: dt.date | None = None, now: dt.datetime | None = None) -> int:
    """交办 several findings to one unit at once: all of them, or none (one unit of work)."""
    if not finding_ids:
        raise ValidationError("请先选择要交办的问题隐患。")
    a = _valid_assignment(assignment, today or dt.date.today(), confirm_past)
    who = operator or db.operator
    versions = expected_versions or {}
    when = _now(now)
    with unit_of_work(db, who) as session:
        for fid in dict.fromkeys(finding_ids):
            f = _load(session, fid, versions.get(fid))
            _assign_one(session, f, a, who, when, note, ())
    return len(set(finding_ids))


def start(db: Database, finding_id: int, *, note: str = "", expected_version: int | None = None,
          attachments: Sequence[Attachment] = (), operator: str | None = None,
          now: dt.datetime | None = None) -> None:
    """开始整改: 已交办 → 整改中 (the responsible unit reports that it is rectifying)."""
    who = operator or db.operator
    with unit_of_work(db, who) as session:
        f = _load(session, finding_id, expected_version)
        to_state = _check(START, f)
        _record(session, f, to_state, who, _now(now),
                note.strip() or "责任单位已制定整改措施并组织实施", None, attachments)


def report(db: Database, finding_id: int, report_text: str, *,
           expected_version: int | None = None, attachments: Sequence[Attachment] = (),
           operator: str | None = None, now: dt.datetime | None = None) -> None:
    """报告整改完成: 整改中 → 待核查; refused without a written report."""
    text = _required(report_text, "整改情况报告（责任单位报告的整改措施和完成情况）", "report")
    who = operator or db.operator
    with unit_of_work(db, who) as session:
        f = _load(session, finding_id, expected_version)
        to_state = _check(REPORT, f)
        _record(session, f, to_state, who, _now(now), text, None, attachments)


def verify(db: Database, finding_id: int, passed: bool, note: str = "", *,
           new_deadline: dt.date | None = None, confirm_past: bool = False,
           expected_version: int | None = None, attachments: Sequence[Attachment] = (),
           operator: str | None = None, today: dt.date | None = None,
           now: dt.datetime | None = None) -> None:
    """核查: passed stays 待核查 (ready for 销号); failed returns to 整改中 with a new deadline."""
    who = operator or db.operator
    if passed:
        text = _marker(VERIFY_PASS) + (note.strip() or "经核查，整改到位")
        deadline = None
    else:
        text = _required(note, "核查未通过的原因", "note")
        deadline = _check_deadline(new_deadline, today or dt.date.today(), confirm_past,
                                   "新的整改期限")
    with unit_of_work(db, who) as session:
        f = _load(session, finding_id, expected_version)
        to_state = _check(VERIFY_PASS if passed else VERIFY_FAIL, f)
        if deadline is not None:
            f.deadline = deadline
        _record(session, f, to_state, who, _now(now), text, deadline, attachments)


def period_start(f: m.Finding) -> dt.date:
    """The day the current deadline was set (see the deadline colour rule)."""
    dated = [t.at for t in f.transitions if t.deadline is not None]
    return max(dated).date() if dated else f.found_on


def _verified(transitions: Iterable[m.FindingTransition]) -> bool:
    """Whether a 核查通过 was recorded after the last report (entry into 待核查)."""
    ok = False
    for t in transitions:
        if t.to_state == REVIEW and t.from_state != REVIEW:
            ok = False
        elif t.from_state == REVIEW and t.to_state == REVIEW and t.note.startswith(
            _marker(VERIFY_PASS)
        ):
            ok = True
    return ok


def close(db: Database, finding_id: int, note: str = "", *, closed_on: dt.date | None = None,
          expected_version: int | None = None, attachments: Sequence[Attachment] = (),
          operator: str | None = None, now: dt.datetime | None = None) -> None:
    """销号: 待核查 → 已销号, only after a passed 核查. An active 挂牌督办 is lifted with it."""
    who = operator or db.operator
    when = _now(now)
    with unit_of_work(db, who) as session:
        f = _load(session, finding_id, expected_version)
        to_state = _check(CLOSE, f)
        if not _verified(f.transitions):
            raise StateError(
                f"问题隐患 {f.code} 尚未核查通过，不能销号。",
                hint="请先对整改情况进行核查，核查通过后再销号。",
            )
        f.closed_on = closed_on or when.date()
        if f.supervision_level is not None and f.unsupervised_on is None:
            f.unsupervised_on = f.closed_on
        _record(session, f, to_state, who, when, note.strip() or "经核查整改到位，予以销号",
                None, attachments)


def reopen(db: Database, finding_id: int, reason: str, new_deadline: dt.date | None, *,
           confirm_past: bool = False, expected_version: int | None = None,
           operator: str | None = None, today: dt.date | None = None,
           now: dt.datetime | None = None) -> None:
    """重新打开: 已销号 → 整改中, with a reason and a new deadline."""
    text = _required(reason, "重新打开的理由", "reason")
    deadline = _check_deadline(new_deadline, today or dt.date.today(), confirm_past,
                               "新的整改期限")
    who = operator or db.operator
    with unit_of_work(db, who) as session:
        f = _load(session, finding_id, expected_version)
        to_state = _check(REOPEN, f)
        f.closed_on = None
        f.deadline = deadline
        _record(session, f, to_state, who, _now(now), text, deadline)


def extend_deadline(db: Database, finding_id: int, new_deadline: dt.date, reason: str, *,
                    expected_version: int | None = None, operator: str | None = None,
                    now: dt.datetime | None = None) -> None:
    """延期: a later deadline with a reason; the old and new deadlines are kept."""
    text = _required(reason, "延期理由", "reason")
    who = operator or db.operator
    with unit_of_work(db, who) as session:
        f = _load(session, finding_id, expected_version)
        if f.state not in EXTENDABLE or f.deadline is None:
            raise StateError(
                f"问题隐患 {f.code} 当前为“{f.state}”，不能延期。",
                hint="只有已交办或整改中的问题隐患可以延长整改期限。",
            )
        if new_deadline <= f.deadline:
            raise ValidationError(
                f"新的整改期限必须晚于原期限（{format_date(f.deadline)}）。", field="deadline"
            )
        session.add(m.DeadlineExtension(
            finding_id=f.id, old_deadline=f.deadline, new_deadline=new_deadline, reason=text,
            operator=who, at=_now(now),
        ))
        f.deadline = new_deadline


def _major(session: Session, f: m.Finding, what: str) -> None:
    if not f.kind.is_major:
        raise StateError(f"问题隐患 {f.code} 不是重大事故隐患，不需要{what}。")
    if f.state == CLOSED:
        raise StateError(f"问题隐患 {f.code} 已销号，不能再{what}。")


def save_plan(db: Database, finding_id: int, plan: FivePlan, *,
              expected_version: int | None = None, operator: str | None = None) -> None:
    """五落实 rectification plan of a major hazard."""
    who = operator or db.operator
    with unit_of_work(db, who) as session:
        f = _load(session, finding_id, expected_version)
        _major(session, f, "制定整改方案")
        f.plan_responsibility = plan.responsibility.strip()
        f.plan_measures = plan.measures.strip()
        f.plan_funding = plan.funding.strip()
        f.plan_timeline = plan.timeline.strip()
        f.plan_contingency = plan.contingency.strip()
        flag_modified(f, "state")


def supervise(db: Database, finding_id: int, level: str, body: str, on: dt.date, *,
              note: str = "", expected_version: int | None = None,
              operator: str | None = None, now: dt.datetime | None = None) -> None:
    """挂牌督办 a major hazard, at a level (省级/市县级) by a supervising body."""
    if level not in m.SUPERVISION_LEVELS:
        raise ValidationError(f"挂牌督办级别只能是：{'、'.join(m.SUPERVISION_LEVELS)}。",
                              field="supervision_level")
    body = _required(body, "督办机关", "supervising_body")
    who = operator or db.operator
    with unit_of_work(db, who) as session:
        f = _load(session, finding_id, expected_version)
        _major(session, f, "挂牌督办")
        if f.supervision_level is not None and f.unsupervised_on is None:
            raise StateError(f"问题隐患 {f.code} 已在{f.supervision_level}挂牌督办中。")
        f.supervision_level, f.supervising_body = level, body
        f.supervised_on, f.unsupervised_on = on, None
        text = _marker(SUPERVISE) + f"{level}挂牌督办，督办机关：{body}" + (
            f"。{note.strip()}" if note.strip() else ""
        )
        _record(session, f, f.state, who, _now(now), text)


def unsupervise(db: Database, finding_id: int, on: dt.date, note: str = "", *,
                expected_version: int | None = None, operator: str | None = None,
                now: dt.datetime | None = None) -> None:
    """摘牌: lift the 挂牌督办."""
    who = operator or db.operator
    with unit_of_work(db, who) as session:
        f = _load(session, finding_id, expected_version)
        if f.supervision_level is None or f.unsupervised_on is not None:
            raise StateError(f"问题隐患 {f.code} 没有在挂牌督办中，不能摘牌。")
        if f.supervised_on is not None and on < f.supervised_on:
            raise ValidationError("摘牌日期不能早于挂牌日期。", field="unsupervised_on")
        f.unsupervised_on = on
        _record(session, f, f.state, who, _now(now),
                _marker(UNSUPERVISE) + (note.strip() or "经督办机关同意摘牌"))


def record_notice(session: Session, finding_ids: Sequence[int], number: str, subject: str,
                  operator: str, now: dt.datetime | None = None) -> None:
    """Note on each finding's timeline that a 整改通知书/督办函 was issued (inside a unit of work)."""
    when = _now(now)
    for fid in dict.fromkeys(finding_ids):
        f = session.get(m.Finding, fid)
        if f is None:
            raise NotFoundError(f"找不到编号为 {fid} 的问题隐患。")
        _record(session, f, f.state, operator, when, _marker(NOTICE) + f"{number}《{subject}》")


# ---------------------------------------------------------------------------------------------
# Registering a finding by hand (in the field, not from a checklist item)
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class NewFinding:
    """What a team lead records for a new finding (all text is stripped before saving)."""

    target_id: int | None
    kind_id: int | None
    description: str
    found_on: dt.date | None
    sector_id: int | None = None
    unit_level: str = "市县政府"
    unit_id: int | None = None
    legal_basis: str = ""
    found_by: str = ""
    responsible_unit: str = ""
    responsible_person: str = ""


def create_finding(db: Database, new: NewFinding, *, operator: str | None = None,
                   today: dt.date | None = None,
                   now: dt.datetime | None = None) -> tuple[int, str]:
    """登记: a new finding in 已发现 with its first transition (None → 已发现): (id, 编号).

    The 编号 is the next XC{year}-NNNN of the year it was found (the same numbering as a
    finding raised from a checklist item). Refused, naming the field, without a 巡查对象, a
    类别 or a 问题描述, or with a 发现日期 after today.
    """
    from xuncha_desktop.services.checklists import _next_code

    today = today or dt.date.today()
    if new.target_id is None:
        raise ValidationError("请选择“巡查对象”。", field="target_id")
    if new.kind_id is None:
        raise ValidationError("请选择“类别”。", field="kind_id")
    description = _required(new.description, "“问题描述”", "description")
    if new.found_on is None:
        raise ValidationError("请填写“发现日期”。", field="found_on")
    if new.found_on > today:
        raise ValidationError(
            f"“发现日期”（{format_date(new.found_on)}）不能晚于今天（{format_date(today)}）。",
            field="found_on",
        )
    if new.unit_level not in m.UNIT_KINDS:
        raise ValidationError(f"“单位层级”只能是：{'、'.join(m.UNIT_KINDS)}。",
                              field="unit_level")
    who = operator or db.operator
    with unit_of_work(db, who, immediate=True) as session:
        target = session.get(m.Target, new.target_id)
        if target is None:
            raise NotFoundError("所选巡查对象不存在，可能已被删除。")
        if session.get(m.FindingKind, new.kind_id) is None:
            raise NotFoundError("所选问题类别不存在。")
        if new.sector_id is not None and session.get(m.Sector, new.sector_id) is None:
            raise NotFoundError("所选行业领域不存在。")
        if new.unit_id is not None and session.get(m.InspectedUnit, new.unit_id) is None:
            raise NotFoundError("所选单位不存在，可能已被删除。")
        f = m.Finding(
            code=_next_code(session, new.found_on.year), target_id=target.id,
            region_id=target.region_id, kind_id=new.kind_id, sector_id=new.sector_id,
            unit_level=new.unit_level, unit_id=new.unit_id, description=description,
            legal_basis=new.legal_basis.strip(), found_on=new.found_on,
            found_by=new.found_by.strip() or who, state=FOUND,
            responsible_unit=new.responsible_unit.strip(),
            responsible_person=new.responsible_person.strip(),
        )
        session.add(f)
        session.flush()
        session.add(m.FindingTransition(finding_id=f.id, from_state=None, to_state=FOUND,
                                        operator=who, at=_now(now), note=REGISTER))
        session.flush()
        return f.id, f.code


def registration_targets(db: Database, plan_id: int | None) -> list[Choice]:
    """巡查对象 a finding can be registered for: those of ``plan_id``, or of every plan."""
    stmt = (
        select(m.Target.id, m.Plan.title, m.Batch.seq, m.Batch.name, m.Region.name,
               m.Target.entry_date, m.Target.exit_date)
        .join(m.Batch, m.Batch.id == m.Target.batch_id)
        .join(m.Plan, m.Plan.id == m.Batch.plan_id)
        .join(m.Region, m.Region.id == m.Target.region_id)
        .order_by(m.Plan.year.desc(), m.Plan.id.desc(), m.Batch.seq, m.Target.entry_date,
                  m.Region.sort_order, m.Target.id)
    )
    if plan_id is not None:
        stmt = stmt.where(m.Batch.plan_id == plan_id)
    with read_session(db) as session:
        rows = session.execute(stmt).all()
    out = []
    for tid, title, seq, batch_name, region, start, end in rows:
        label = f"{batch_label(seq, batch_name)} · {region} ({format_date_range(start, end)})"
        out.append(Choice(tid, label if plan_id is not None else f"{title} · {label}"))
    return out


# ---------------------------------------------------------------------------------------------
# Reading: detail and timeline
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TimelineEntry:
    at: dt.datetime
    operator: str
    event: str
    from_state: str | None
    to_state: str | None
    note: str
    deadline: dt.date | None
    attachments: tuple[str, ...] = ()


def event_of(from_state: str | None, to_state: str, note: str) -> tuple[str, str]:
    """(event name, note without its marker) of a transition."""
    for action in _MARKED:
        mark = _marker(action)
        if note.startswith(mark):
            return action, note[len(mark):]
    if from_state is None:
        return REGISTER, note
    for action, (sources, target) in TRANSITIONS.items():
        if action not in _MARKED and from_state in sources and target == to_state:
            return action, note
    return f"{from_state}→{to_state}", note


@dataclass(frozen=True)
class FindingDetail:
    id: int
    version: int
    code: str
    kind: str
    is_major: bool
    region: str
    sector: str
    unit_level: str
    unit: str
    description: str
    legal_basis: str
    checklist_item: str
    found_on: dt.date
    found_by: str
    state: str
    responsible_unit: str
    responsible_person: str
    requirement: str
    deadline: dt.date | None
    closed_on: dt.date | None
    deadline_status: str
    plan: FivePlan
    supervision_level: str | None
    supervising_body: str
    supervised_on: dt.date | None
    unsupervised_on: dt.date | None
    verified: bool
    evidence: tuple[str, ...]
    timeline: tuple[TimelineEntry, ...]

    @property
    def supervised(self) -> bool:
        return self.supervision_level is not None and self.unsupervised_on is None

    def actions(self) -> list[str]:
        """What the operator can do now (the buttons to enable)."""
        out = legal_actions(self.state)
        if CLOSE in out and not self.verified:
            out.remove(CLOSE)
        if VERIFY_PASS in out and self.verified:
            out.remove(VERIFY_PASS)
        if self.state in EXTENDABLE:
            out.append(EXTEND)
        if self.is_major and self.state != CLOSED:
            out.append(PLAN)
            out.append(UNSUPERVISE if self.supervised else SUPERVISE)
        return out


def finding_detail(db: Database, finding_id: int, today: dt.date | None = None,
                   due_soon_days: int = DUE_SOON_DAYS,
                   behind_share: float = DEFAULT_BEHIND_SHARE) -> FindingDetail:
    today = today or dt.date.today()
    with read_session(db) as session:
        f = session.scalar(
            select(m.Finding).where(m.Finding.id == finding_id).options(
                selectinload(m.Finding.kind), selectinload(m.Finding.region),
                selectinload(m.Finding.sector), selectinload(m.Finding.unit),
                selectinload(m.Finding.transitions),
            )
        )
        if f is None:
            raise NotFoundError(f"找不到编号为 {finding_id} 的问题隐患，可能已被删除。")
        links = session.execute(
            select(m.EvidenceLink.finding_id, m.EvidenceLink.finding_transition_id,
                   m.EvidenceLink.original_name)
            .where(
                (m.EvidenceLink.finding_id == f.id)
                | m.EvidenceLink.finding_transition_id.in_([t.id for t in f.transitions])
            )
            .order_by(m.EvidenceLink.id)
        ).all()
        by_transition: dict[int, list[str]] = {}
        evidence: list[str] = []
        for owner, tid, name in links:
            if tid is not None:
                by_transition.setdefault(tid, []).append(name)
            elif owner is not None:
                evidence.append(name)
        entries: list[TimelineEntry] = []
        for t in f.transitions:
            event, note = event_of(t.from_state, t.to_state, t.note)
            entries.append(TimelineEntry(t.at, t.operator, event, t.from_state, t.to_state, note,
                                         t.deadline, tuple(by_transition.get(t.id, ()))))
        for e in session.scalars(
            select(m.DeadlineExtension).where(m.DeadlineExtension.finding_id == f.id)
        ):
            entries.append(TimelineEntry(
                e.at, e.operator, EXTEND, None, None,
                f"整改期限由{format_date(e.old_deadline)}延至{format_date(e.new_deadline)}："
                f"{e.reason}", e.new_deadline,
            ))
        entries.sort(key=lambda x: x.at)
        item = ""
        if f.checklist_result_id is not None:
            item = session.scalar(
                select(m.TemplateItem.title)
                .join(m.ChecklistResult, m.ChecklistResult.item_id == m.TemplateItem.id)
                .where(m.ChecklistResult.id == f.checklist_result_id)
            ) or ""
        return FindingDetail(
            id=f.id, version=f.version, code=f.code, kind=f.kind.name, is_major=f.kind.is_major,
            region=f.region.name, sector=f.sector.name if f.sector else "",
            unit_level=f.unit_level, unit=f.unit.name if f.unit else "",
            description=f.description, legal_basis=f.legal_basis, checklist_item=item,
            found_on=f.found_on, found_by=f.found_by, state=f.state,
            responsible_unit=f.responsible_unit, responsible_person=f.responsible_person,
            requirement=f.requirement, deadline=f.deadline, closed_on=f.closed_on,
            deadline_status=deadline_status(f.state, f.deadline, period_start(f), today,
                                            due_soon_days, behind_share),
            plan=FivePlan(f.plan_responsibility, f.plan_measures, f.plan_funding,
                          f.plan_timeline, f.plan_contingency),
            supervision_level=f.supervision_level, supervising_body=f.supervising_body,
            supervised_on=f.supervised_on, unsupervised_on=f.unsupervised_on,
            verified=_verified(f.transitions), evidence=tuple(evidence),
            timeline=tuple(entries),
        )


# ---------------------------------------------------------------------------------------------
# What fell due since the operator last looked
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DueSummary:
    since: dt.date | None
    today: dt.date
    count: int
    codes: tuple[str, ...]

    def message(self) -> str:
        if self.count == 0:
            return ""
        shown = "、".join(self.codes)
        more = "等" if self.count > len(self.codes) else ""
        if self.since is None:
            return f"目前有 {self.count} 项问题隐患已超过整改期限：{shown}{more}。"
        return (f"自{format_date(self.since)}上次查看以来，有 {self.count} 项问题隐患到期"
                f"未销号：{shown}{more}。")


def fell_due_since(db: Database, since: dt.date | None, today: dt.date,
                   limit: int = 5) -> DueSummary:
    """Open findings whose deadline passed since ``since`` (all overdue ones if None).

    A finding "falls due" on the day after its deadline, so the window is
    ``since ≤ deadline < today``.
    """
    f = m.Finding
    where: list[ColumnElement[bool]] = [f.state != CLOSED, f.deadline < today]
    if since is not None:
        where.append(f.deadline >= since)
    with read_session(db) as session:
        count = int(session.scalar(select(func.count(f.id)).where(*where)) or 0)
        codes = tuple(session.scalars(
            select(f.code).where(*where).order_by(f.deadline, f.code).limit(limit)
        ))
    return DueSummary(since, today, count, codes)


# ---------------------------------------------------------------------------------------------
# The findings list (SQL filtering, sorting and paging)
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class FindingFilter(ListFilter):
    """A :class:`ListFilter` plus the findings tab's own filters (None = any)."""

    state: str | None = None
    kind_id: int | None = None
    region_id: int | None = None
    sector_id: int | None = None
    deadline_status: str | None = None

    def with_text(self, text: str) -> FindingFilter:
        return dataclasses.replace(self, text=text)

    def with_scope(self, plan_id: int | None, target_id: int | None) -> FindingFilter:
        return dataclasses.replace(self, plan_id=plan_id, target_id=target_id)

    def with_team(self, team_id: int | None) -> FindingFilter:
        return dataclasses.replace(self, team_id=team_id)


@dataclass(frozen=True)
class FindingListRow:
    id: int
    version: int
    code: str
    region: str
    kind: str
    sector: str
    description: str
    state: str
    responsible_unit: str
    found_on: dt.date
    deadline: dt.date | None
    deadline_status: str
    supervision: str


class FindingListQuery(ListQuery[FindingListRow]):
    """The findings tab: every column sortable, every filter in SQL."""

    row_type = FindingListRow
    columns = (
        Column("code", "编号"),
        Column("region", "市县"),
        Column("kind", "类别"),
        Column("sector", "行业领域"),
        Column("description", "问题描述"),
        Column("state", "状态"),
        Column("responsible_unit", "责任单位"),
        Column("found_on", "发现日期"),
        Column("deadline", "整改期限"),
        Column("deadline_status", "期限状态"),
        Column("supervision", "挂牌督办"),
    )
    search_keys = ("code", "description", "responsible_unit", "region", "sector")
    sort_overrides: ClassVar[Mapping[str, str]] = {
        "deadline_status": "status_rank",
        "state": "state_rank",
        "region": "region_order",
    }
    default_sort = ("code", False)

    def __init__(self, today: dt.date | None = None, due_soon_days: int = DUE_SOON_DAYS,
                 behind_share: float = DEFAULT_BEHIND_SHARE) -> None:
        self.today = today or dt.date.today()
        self.due_soon_days = due_soon_days
        self.behind_share = behind_share
        self._sqlite = True

    def status_expr(self, db: Database) -> Any:
        return deadline_status_expr(self.today, self.due_soon_days, self.behind_share,
                                    sqlite=db.is_sqlite)

    def _select(self, db: Database) -> Stmt:
        f = m.Finding
        self._sqlite = db.is_sqlite
        status = self.status_expr(db)
        status_rank = case(
            *((status == s, i) for i, s in enumerate(DEADLINE_STATUSES)),
            else_=len(DEADLINE_STATUSES),
        )
        state_rank = case(
            *((f.state == s, i) for i, s in enumerate(m.FINDING_STATES)),
            else_=len(m.FINDING_STATES),
        )
        supervision = case(
            (f.supervision_level.is_(None), ""),
            (f.unsupervised_on.is_not(None), "已摘牌"),
            else_=f.supervision_level + "挂牌",
        )
        return (
            select(
                f.id.label("id"),
                f.version.label("version"),
                f.code.label("code"),
                m.Region.name.label("region"),
                m.Region.sort_order.label("region_order"),
                m.FindingKind.name.label("kind"),
                func.coalesce(m.Sector.name, "").label("sector"),
                f.description.label("description"),
                f.state.label("state"),
                state_rank.label("state_rank"),
                f.responsible_unit.label("responsible_unit"),
                f.found_on.label("found_on"),
                f.deadline.label("deadline"),
                status.label("deadline_status"),
                status_rank.label("status_rank"),
                supervision.label("supervision"),
            )
            .join(m.Region, m.Region.id == f.region_id)
            .join(m.FindingKind, m.FindingKind.id == f.kind_id)
            .outerjoin(m.Sector, m.Sector.id == f.sector_id)
        )

    def _scope(self, stmt: Stmt, flt: ListFilter) -> Stmt:
        f = m.Finding
        if flt.target_id is not None:
            stmt = stmt.where(f.target_id == flt.target_id)
        if flt.plan_id is not None:
            targets = (
                select(m.Target.id)
                .join(m.Batch, m.Batch.id == m.Target.batch_id)
                .where(m.Batch.plan_id == flt.plan_id)
            )
            stmt = stmt.where(f.target_id.in_(targets))
        if isinstance(flt, FindingFilter):
            if flt.state is not None:
                stmt = stmt.where(f.state == flt.state)
            if flt.kind_id is not None:
                stmt = stmt.where(f.kind_id == flt.kind_id)
            if flt.region_id is not None:
                stmt = stmt.where(f.region_id == flt.region_id)
            if flt.sector_id is not None:
                stmt = stmt.where(f.sector_id == flt.sector_id)
            if flt.deadline_status is not None:
                status = deadline_status_expr(self.today, self.due_soon_days,
                                              self.behind_share, sqlite=self._sqlite)
                stmt = stmt.where(status == flt.deadline_status)
        return stmt


def filter_choices(db: Database) -> dict[str, list[Choice]]:
    """Kinds, regions and sectors for the filter boxes (active ones, in their usual order)."""
    with read_session(db) as session:
        kinds = session.execute(
            select(m.FindingKind.id, m.FindingKind.name).order_by(m.FindingKind.sort_order)
        ).all()
        regions = session.execute(
            select(m.Region.id, m.Region.name).order_by(m.Region.sort_order, m.Region.id)
        ).all()
        sectors = session.execute(
            select(m.Sector.id, m.Sector.name).order_by(m.Sector.sort_order, m.Sector.id)
        ).all()
    return {
        "kind": [Choice(i, n) for i, n in kinds],
        "region": [Choice(i, n) for i, n in regions],
        "sector": [Choice(i, n) for i, n in sectors],
    }


# ---------------------------------------------------------------------------------------------
# Facts for the 整改通知书 / 督办函
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class NoticeFinding:
    id: int
    code: str
    kind: str
    is_major: bool
    description: str
    legal_basis: str
    requirement: str
    deadline: dt.date | None
    state: str
    overdue_days: int
    supervision: str


@dataclass(frozen=True)
class RectificationFacts:
    finding_ids: tuple[int, ...]
    region: str
    responsible_units: tuple[str, ...]
    team_name: str
    tour_start: dt.date | None
    tour_end: dt.date | None
    findings: tuple[NoticeFinding, ...]

    @property
    def any_overdue(self) -> bool:
        return any(f.overdue_days > 0 for f in self.findings)

    @property
    def any_supervised(self) -> bool:
        return any(f.supervision for f in self.findings)


def rectification_facts(db: Database, finding_ids: Sequence[int],
                        today: dt.date | None = None) -> RectificationFacts:
    """The findings a 整改通知书 lists; they must have been 交办 and not be 已销号."""
    today = today or dt.date.today()
    ids = list(dict.fromkeys(finding_ids))
    if not ids:
        raise ValidationError("请至少选择一项问题隐患。")
    with read_session(db) as session:
        rows = list(session.scalars(
            select(m.Finding).where(m.Finding.id.in_(ids)).options(
                selectinload(m.Finding.kind), selectinload(m.Finding.region),
                selectinload(m.Finding.target).selectinload(m.Target.team),
            ).order_by(m.Finding.code)
        ))
        missing = set(ids) - {f.id for f in rows}
        if missing:
            raise NotFoundError(
                f"找不到编号为 {'、'.join(map(str, sorted(missing)))} 的问题隐患。",
                hint="请用“xuncha export --list rectification-notice”查看可导出的编号。",
            )
        bad = [f.code for f in rows if f.state in (FOUND, CLOSED)]
        if bad:
            raise StateError(
                f"问题隐患 {'、'.join(bad)} 尚未交办或已销号，不能发出整改通知书。",
                hint="整改通知书只针对已交办、尚未销号的问题隐患；请先交办。",
            )
        regions = list(dict.fromkeys(f.region.name for f in rows))
        if len(regions) > 1:
            raise ValidationError(
                f"所选问题隐患分属{'、'.join(regions)}，一份整改通知书只能针对一个市县。",
                hint="请按市县分别发出整改通知书。",
            )
        target = next((f.target for f in rows if f.target is not None), None)
        items = tuple(
            NoticeFinding(
                id=f.id, code=f.code, kind=f.kind.name, is_major=f.kind.is_major,
                description=f.description, legal_basis=f.legal_basis,
                requirement=f.requirement, deadline=f.deadline, state=f.state,
                overdue_days=max((today - f.deadline).days, 0) if f.deadline else 0,
                supervision=(f"{f.supervision_level}挂牌督办"
                             if f.supervision_level and f.unsupervised_on is None else ""),
            )
            for f in rows
        )
        return RectificationFacts(
            finding_ids=tuple(f.id for f in rows), region=regions[0],
            responsible_units=tuple(dict.fromkeys(f.responsible_unit for f in rows)),
            team_name=target.team.name if target is not None and target.team else "",
            tour_start=target.entry_date if target is not None else None,
            tour_end=target.exit_date if target is not None else None,
            findings=items,
        )


def open_assigned_ids(db: Database, limit: int | None = None) -> list[tuple[int, str, str]]:
    """(id, code, responsible unit) of findings a notice can be issued for."""
    stmt = (
        select(m.Finding.id, m.Finding.code, m.Finding.responsible_unit)
        .where(m.Finding.state.in_((ASSIGNED, WORKING, REVIEW)))
        .order_by(m.Finding.code)
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    with read_session(db) as session:
        return [(i, c, u) for i, c, u in session.execute(stmt)]


__all__ = [
    "DEADLINE_STATUSES",
    "Assignment",
    "Attachment",
    "DueSummary",
    "FindingDetail",
    "FindingFilter",
    "FindingListQuery",
    "FindingListRow",
    "FivePlan",
    "NewFinding",
    "PastDeadlineError",
    "RectificationFacts",
    "TimelineEntry",
    "assign",
    "assign_many",
    "close",
    "create_finding",
    "deadline_status",
    "deadline_status_expr",
    "extend_deadline",
    "fell_due_since",
    "finding_detail",
    "legal_actions",
    "registration_targets",
    "reopen",
    "report",
    "save_plan",
    "start",
    "supervise",
    "unsupervise",
    "verify",
]
