"""Read-only list queries for the main window's tabs, returning frozen dataclasses.

Every list is a :class:`ListQuery`: ``total(db, flt)`` counts the rows and
``page(db, offset, limit, sort_key, descending, flt)`` fetches one page. Counting, text
filtering (``WHERE … LIKE``), sorting (``ORDER BY``) and paging (``LIMIT``/``OFFSET``) all
happen in SQL, so a table of any size costs one small query per visible page. Figures such as
member counts or open commitments are correlated sub-queries, and the overview figures are
``GROUP BY`` aggregates: nothing here loops over rows in Python to count them.

This module is Qt-free: the table models in ``ui/`` wrap these queries.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any, ClassVar, Generic, TypeAlias, TypeVar

from sqlalchemy import (
    ColumnElement,
    Numeric,
    Select,
    String,
    and_,
    case,
    cast,
    distinct,
    exists,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.orm import aliased
from sqlalchemy.sql.selectable import Subquery

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.db.migrate import current_revision
from xuncha_desktop.services.uow import read_session

R = TypeVar("R")
Stmt: TypeAlias = "Select[*tuple[Any, ...]]"

DUE_SOON_DAYS = 3
"""Default number of days before a deadline at which a finding counts as 即将到期."""

STATUS_OVERDUE = "逾期"
STATUS_DUE_SOON = "即将到期"
STATUS_NORMAL = "正常"
STATUS_CLOSED = "已销号"
DEADLINE_STATUSES = (STATUS_OVERDUE, STATUS_DUE_SOON, STATUS_NORMAL, STATUS_CLOSED)

INTERVIEW_OPEN_STATES = ("拟约谈", "已通知", "已约谈", "整改跟踪")
"""Interview states that still need work (not 已办结 and not 已取消)."""


# ---------------------------------------------------------------------------------------------
# Formatting helpers (plain text, shared by the selector labels and the UI)
# ---------------------------------------------------------------------------------------------
_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九; larger numbers stay Arabic."""
    if n < 0 or n > 99:
        return str(n)
    if n < 10:
        return _DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else _DIGITS[tens]
    return head + "十" + (_DIGITS[ones] if ones else "")


def format_date(value: dt.date | None) -> str:
    """2026年7月14日 (no leading zeros); empty text for no date."""
    if value is None:
        return ""
    return f"{value.year}年{value.month}月{value.day}日"


def format_datetime(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    return f"{format_date(value.date())} {value:%H:%M}"


def format_date_range(start: dt.date, end: dt.date) -> str:
    """2026年3月2日—3月9日, or both years in full when the range crosses a year."""
    if start.year == end.year:
        return f"{format_date(start)}—{end.month}月{end.day}日"
    return f"{format_date(start)}—{format_date(end)}"


def batch_label(seq: int, name: str = "") -> str:
    return name.strip() or f"第{chinese_number(seq)}批"


# ---------------------------------------------------------------------------------------------
# The generic list query
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Column:
    """One column of a list: the row attribute ``key`` and its Chinese header."""

    key: str
    label: str
    sortable: bool = True


@dataclass(frozen=True)
class ListFilter:
    """What a list is narrowed to. ``text`` is split on spaces; every word must match."""

    text: str = ""
    plan_id: int | None = None
    target_id: int | None = None
    team_id: int | None = None
    #: Only rows whose ``state`` column is one of these (empty: any state). The 总览 counts
    #: open their lists with it, e.g. the interviews still open.
    states: tuple[str, ...] = ()

    def with_text(self, text: str) -> ListFilter:
        return ListFilter(text, self.plan_id, self.target_id, self.team_id, self.states)

    def with_scope(self, plan_id: int | None, target_id: int | None) -> ListFilter:
        return ListFilter(self.text, plan_id, target_id, self.team_id, self.states)

    def with_team(self, team_id: int | None) -> ListFilter:
        return ListFilter(self.text, self.plan_id, self.target_id, team_id, self.states)


NO_FILTER = ListFilter()


def _like_pattern(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class ListQuery(Generic[R]):
    """A read-only list backed by one SELECT.

    Subclasses give ``columns`` (what is shown), ``row_type`` (a frozen dataclass whose fields
    are labelled columns of the SELECT), ``search_keys`` (the text columns a search looks in)
    and implement :meth:`_select` and, when the list can be narrowed to a plan or a target,
    :meth:`_scope`. ``sort_overrides`` maps a column key to the hidden column it sorts by.
    """

    columns: ClassVar[tuple[Column, ...]] = ()
    search_keys: ClassVar[tuple[str, ...]] = ()
    sort_overrides: ClassVar[Mapping[str, str]] = {}
    default_sort: ClassVar[tuple[str, bool]] = ("id", False)
    row_type: type[R]

    # -- to implement -------------------------------------------------------------------------
    def _select(self, db: Database) -> Stmt:
        raise NotImplementedError

    def _scope(self, stmt: Stmt, flt: ListFilter) -> Stmt:
        return stmt

    # -- shared machinery ---------------------------------------------------------------------
    def column_keys(self) -> list[str]:
        return [c.key for c in self.columns]

    def _filtered(self, db: Database, flt: ListFilter) -> Subquery:
        inner = self._scope(self._select(db), flt).subquery("rows")
        return inner

    def _where_text(self, sub: Subquery, flt: ListFilter) -> list[ColumnElement[bool]]:
        words = flt.text.split()
        conditions: list[ColumnElement[bool]] = []
        for word in words:
            pattern = _like_pattern(word)
            conditions.append(
                or_(
                    *(
                        func.coalesce(cast(sub.c[key], String), "").ilike(pattern, escape="\\")
                        for key in self.search_keys
                    )
                )
            )
        if flt.states:
            conditions.append(sub.c["state"].in_(flt.states))
        return conditions

    def total(self, db: Database, flt: ListFilter = NO_FILTER) -> int:
        sub = self._filtered(db, flt)
        stmt = select(func.count()).select_from(sub).where(*self._where_text(sub, flt))
        with read_session(db) as session:
            return int(session.scalar(stmt) or 0)

    def page(
        self,
        db: Database,
        offset: int,
        limit: int,
        sort_key: str | None = None,
        descending: bool = False,
        flt: ListFilter = NO_FILTER,
    ) -> list[R]:
        sub = self._filtered(db, flt)
        if sort_key is None:
            sort_key, descending = self.default_sort
        key = self.sort_overrides.get(sort_key, sort_key)
        if key not in sub.c:
            raise KeyError(f"unknown sort key {sort_key!r}")
        order = sub.c[key].desc() if descending else sub.c[key].asc()
        tie = sub.c["id"].desc() if descending else sub.c["id"].asc()
        stmt = (
            select(sub)
            .where(*self._where_text(sub, flt))
            .order_by(order, tie)
            .offset(max(offset, 0))
            .limit(max(limit, 0))
        )
        names = [f.name for f in fields(self.row_type)]  # type: ignore[arg-type]
        with read_session(db) as session:
            result = session.execute(stmt).mappings().all()
        return [self.row_type(**{n: r[n] for n in names}) for r in result]


def _text_agg(db: Database, expr: Any, separator: str) -> Any:
    """``group_concat`` on SQLite, ``string_agg`` on PostgreSQL."""
    if db.is_sqlite:
        return func.group_concat(expr, separator)
    return func.string_agg(expr, separator)


# ---------------------------------------------------------------------------------------------
# Plans
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PlanRow:
    id: int
    year: int
    title: str
    state: str
    cycle: str
    batches: int
    targets: int
    start_date: dt.date | None
    end_date: dt.date | None


class PlanQuery(ListQuery[PlanRow]):
    row_type = PlanRow
    columns = (
        Column("year", "年度"),
        Column("title", "标题"),
        Column("state", "状态"),
        Column("cycle", "巡查周期"),
        Column("batches", "批次数"),
        Column("targets", "巡查对象数"),
        Column("start_date", "开始日期"),
        Column("end_date", "结束日期"),
    )
    search_keys = ("title", "state", "cycle", "year")
    default_sort = ("year", True)

    def _select(self, db: Database) -> Stmt:
        batches = (
            select(func.count(m.Batch.id)).where(m.Batch.plan_id == m.Plan.id).scalar_subquery()
        )
        targets = (
            select(func.count(m.Target.id))
            .join(m.Batch, m.Batch.id == m.Target.batch_id)
            .where(m.Batch.plan_id == m.Plan.id)
            .scalar_subquery()
        )
        start = select(func.min(m.Batch.start_date)).where(m.Batch.plan_id == m.Plan.id)
        end = select(func.max(m.Batch.end_date)).where(m.Batch.plan_id == m.Plan.id)
        return select(
            m.Plan.id.label("id"),
            m.Plan.year.label("year"),
            m.Plan.title.label("title"),
            m.Plan.state.label("state"),
            m.Cycle.name.label("cycle"),
            batches.label("batches"),
            targets.label("targets"),
            start.scalar_subquery().label("start_date"),
            end.scalar_subquery().label("end_date"),
        ).join(m.Cycle, m.Cycle.id == m.Plan.cycle_id)

    def _scope(self, stmt: Stmt, flt: ListFilter) -> Stmt:
        if flt.plan_id is not None:
            stmt = stmt.where(m.Plan.id == flt.plan_id)
        return stmt


# ---------------------------------------------------------------------------------------------
# Teams, rosters and the people pool
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TeamRow:
    id: int
    name: str
    state: str
    regions: str
    leader: str
    members: int
    phone: str
    #: The row version as listed: an action on the team passes it (save conflicts).
    version: int = 0


class TeamQuery(ListQuery[TeamRow]):
    row_type = TeamRow
    columns = (
        Column("name", "巡查组"),
        Column("state", "状态"),
        Column("regions", "巡查对象"),
        Column("leader", "组长"),
        Column("members", "在组人数"),
        Column("phone", "联系电话"),
    )
    search_keys = ("name", "state", "regions", "leader", "phone")
    default_sort = ("name", False)

    def _select(self, db: Database) -> Stmt:
        regions = (
            select(_text_agg(db, m.Region.name, "、"))
            .select_from(m.Target)
            .join(m.Region, m.Region.id == m.Target.region_id)
            .where(m.Target.team_id == m.Team.id)
            .scalar_subquery()
        )
        leader = (
            select(m.Person.name)
            .join(m.Membership, m.Membership.person_id == m.Person.id)
            .where(
                m.Membership.team_id == m.Team.id,
                m.Membership.role == "组长",
                m.Membership.leave_date.is_(None),
            )
            .order_by(m.Membership.id)
            .limit(1)
            .scalar_subquery()
        )
        members = (
            select(func.count(m.Membership.id))
            .where(m.Membership.team_id == m.Team.id, m.Membership.leave_date.is_(None))
            .scalar_subquery()
        )
        return select(
            m.Team.id.label("id"),
            m.Team.name.label("name"),
            m.Team.state.label("state"),
            func.coalesce(regions, "").label("regions"),
            func.coalesce(leader, "").label("leader"),
            members.label("members"),
            m.Team.phone.label("phone"),
            m.Team.version.label("version"),
        )

    def _scope(self, stmt: Stmt, flt: ListFilter) -> Stmt:
        if flt.team_id is not None:
            stmt = stmt.where(m.Team.id == flt.team_id)
        if flt.target_id is not None:
            stmt = stmt.where(
                exists().where(m.Target.team_id == m.Team.id, m.Target.id == flt.target_id)
            )
        elif flt.plan_id is not None:
            stmt = stmt.where(
                exists()
                .where(m.Target.team_id == m.Team.id)
                .where(m.Batch.id == m.Target.batch_id, m.Batch.plan_id == flt.plan_id)
            )
        return stmt


@dataclass(frozen=True)
class MembershipRow:
    id: int
    team_id: int
    team: str
    name: str
    role: str
    unit: str
    post: str
    selection: str
    join_date: dt.date
    leave_date: dt.date | None
    status: str
    #: The membership's row version as listed (save conflicts).
    version: int = 0


class MembershipQuery(ListQuery[MembershipRow]):
    """The roster: every membership, narrowed to one team with ``ListFilter.team_id``."""

    row_type = MembershipRow
    columns = (
        Column("team", "巡查组"),
        Column("name", "姓名"),
        Column("role", "职务"),
        Column("unit", "单位"),
        Column("post", "单位职务"),
        Column("selection", "产生方式"),
        Column("join_date", "加入日期"),
        Column("leave_date", "离组日期"),
        Column("status", "在组情况"),
    )
    search_keys = ("team", "name", "role", "unit", "post", "selection", "status")
    sort_overrides: ClassVar[Mapping[str, str]] = {"role": "role_rank"}
    default_sort = ("team", False)

    def _select(self, db: Database) -> Stmt:
        role_rank = case(
            *((m.Membership.role == r, i) for i, r in enumerate(m.ROLES)), else_=len(m.ROLES)
        )
        return (
            select(
                m.Membership.id.label("id"),
                m.Team.id.label("team_id"),
                m.Team.name.label("team"),
                m.Person.name.label("name"),
                m.Membership.role.label("role"),
                role_rank.label("role_rank"),
                m.Person.unit.label("unit"),
                m.Person.post.label("post"),
                m.Membership.selection.label("selection"),
                m.Membership.join_date.label("join_date"),
                m.Membership.leave_date.label("leave_date"),
                case((m.Membership.leave_date.is_(None), "在组"), else_="已离组").label("status"),
                m.Membership.version.label("version"),
            )
            .join(m.Team, m.Team.id == m.Membership.team_id)
            .join(m.Person, m.Person.id == m.Membership.person_id)
        )

    def _scope(self, stmt: Stmt, flt: ListFilter) -> Stmt:
        if flt.team_id is not None:
            stmt = stmt.where(m.Membership.team_id == flt.team_id)
        return stmt


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    gender: str
    unit: str
    post: str
    rank: str
    pool_type: str
    home_region: str
    phone: str
    active: bool
    teams: int


class PersonQuery(ListQuery[PersonRow]):
    """The people pool (人员库)."""

    row_type = PersonRow
    columns = (
        Column("name", "姓名"),
        Column("gender", "性别"),
        Column("unit", "单位"),
        Column("post", "职务"),
        Column("rank", "职级"),
        Column("pool_type", "人员类别"),
        Column("home_region", "籍贯/工作地"),
        Column("phone", "电话"),
        Column("active", "在库"),
        Column("teams", "在组数"),
    )
    search_keys = ("name", "name_initials", "unit", "post", "rank", "pool_type", "home_region")
    default_sort = ("name", False)

    def _select(self, db: Database) -> Stmt:
        teams = (
            select(func.count(m.Membership.id))
            .where(m.Membership.person_id == m.Person.id, m.Membership.leave_date.is_(None))
            .scalar_subquery()
        )
        return select(
            m.Person.id.label("id"),
            m.Person.name.label("name"),
            m.Person.name_initials.label("name_initials"),
            m.Person.gender.label("gender"),
            m.Person.unit.label("unit"),
            m.Person.post.label("post"),
            m.Person.rank.label("rank"),
            m.Person.pool_type.label("pool_type"),
            func.coalesce(m.Region.name, "").label("home_region"),
            m.Person.phone.label("phone"),
            m.Person.active.label("active"),
            teams.label("teams"),
        ).outerjoin(m.Region, m.Region.id == m.Person.home_region_id)


# ---------------------------------------------------------------------------------------------
# Per-target lists: checklists, findings, interviews
# ---------------------------------------------------------------------------------------------
def _scope_by_target(stmt: Stmt, flt: ListFilter, target_id: Any, plan_id: Any) -> Stmt:
    if flt.target_id is not None:
        stmt = stmt.where(target_id == flt.target_id)
    if flt.plan_id is not None:
        stmt = stmt.where(plan_id == flt.plan_id)
    return stmt


@dataclass(frozen=True)
class ChecklistRow:
    id: int
    target_id: int
    region: str
    plan_year: int
    batch: str
    template: str
    done: int
    total: int
    progress: str
    state: str


class ChecklistQuery(ListQuery[ChecklistRow]):
    row_type = ChecklistRow
    columns = (
        Column("region", "巡查对象"),
        Column("plan_year", "计划年度"),
        Column("batch", "批次"),
        Column("template", "检查表模板"),
        Column("progress", "已填/总项"),
        Column("state", "状态"),
    )
    search_keys = ("region", "batch", "template", "state")
    sort_overrides: ClassVar[Mapping[str, str]] = {
        "progress": "done_ratio",
        "region": "region_order",
    }
    default_sort = ("region_order", False)

    def _select(self, db: Database) -> Stmt:
        # Progress counts leaf items only (the ones that get a result), as the tab does:
        # an item with sub-items is a heading, not something to fill in.
        child = aliased(m.TemplateItem)
        done = (
            select(func.count(m.ChecklistResult.id))
            .where(
                m.ChecklistResult.checklist_id == m.Checklist.id,
                m.ChecklistResult.result.is_not(None),
                ~exists().where(child.parent_id == m.ChecklistResult.item_id),
            )
            .scalar_subquery()
        )
        total = (
            select(func.count(m.TemplateItem.id))
            .where(
                m.TemplateItem.template_id == m.Checklist.template_id,
                ~exists().where(child.parent_id == m.TemplateItem.id),
            )
            .scalar_subquery()
        )
        batch = case(
            (func.length(func.trim(m.Batch.name)) > 0, m.Batch.name),
            *((m.Batch.seq == i, literal(f"第{chinese_number(i)}批")) for i in range(1, 31)),
            else_=literal("第") + cast(m.Batch.seq, String) + literal("批"),
        )
        template = (
            m.ChecklistTemplate.name
            + literal(" 第")
            + cast(m.ChecklistTemplate.version_no, String)
            + literal("版")
        )
        progress = cast(done, String) + literal("/") + cast(total, String)
        ratio = case((total > 0, cast(done, Numeric(10, 4)) / total), else_=0)
        return (
            select(
                m.Checklist.id.label("id"),
                m.Checklist.target_id.label("target_id"),
                m.Region.name.label("region"),
                m.Region.sort_order.label("region_order"),
                m.Plan.year.label("plan_year"),
                batch.label("batch"),
                template.label("template"),
                done.label("done"),
                total.label("total"),
                progress.label("progress"),
                ratio.label("done_ratio"),
                m.Checklist.state.label("state"),
            )
            .join(m.Target, m.Target.id == m.Checklist.target_id)
            .join(m.Region, m.Region.id == m.Target.region_id)
            .join(m.Batch, m.Batch.id == m.Target.batch_id)
            .join(m.Plan, m.Plan.id == m.Batch.plan_id)
            .join(m.ChecklistTemplate, m.ChecklistTemplate.id == m.Checklist.template_id)
        )

    def _scope(self, stmt: Stmt, flt: ListFilter) -> Stmt:
        return _scope_by_target(stmt, flt, m.Checklist.target_id, m.Plan.id)


def deadline_status_expr(today: dt.date, due_soon_days: int = DUE_SOON_DAYS) -> Any:
    """SQL for a finding's deadline status relative to ``today``."""
    soon = today + dt.timedelta(days=due_soon_days)
    return case(
        (m.Finding.state == "已销号", STATUS_CLOSED),
        (m.Finding.deadline.is_(None), STATUS_NORMAL),
        (m.Finding.deadline < today, STATUS_OVERDUE),
        (m.Finding.deadline <= soon, STATUS_DUE_SOON),
        else_=STATUS_NORMAL,
    )


def deadline_status(
    state: str, deadline: dt.date | None, today: dt.date, due_soon_days: int = DUE_SOON_DAYS
) -> str:
    """The same rule as :func:`deadline_status_expr`, for one value."""
    if state == "已销号":
        return STATUS_CLOSED
    if deadline is None:
        return STATUS_NORMAL
    if deadline < today:
        return STATUS_OVERDUE
    if deadline <= today + dt.timedelta(days=due_soon_days):
        return STATUS_DUE_SOON
    return STATUS_NORMAL


@dataclass(frozen=True)
class FindingRow:
    id: int
    code: str
    target_id: int | None
    region: str
    kind: str
    sector: str
    description: str
    state: str
    responsible_unit: str
    found_on: dt.date
    deadline: dt.date | None
    deadline_status: str


class FindingQuery(ListQuery[FindingRow]):
    """Findings with their deadline status as of ``today``."""

    row_type = FindingRow
    columns = (
        Column("code", "编号"),
        Column("region", "市县"),
        Column("kind", "类别"),
        Column("sector", "行业领域"),
        Column("description", "问题描述"),
        Column("state", "状态"),
        Column("responsible_unit", "责任单位"),
        Column("deadline", "整改期限"),
        Column("deadline_status", "期限状态"),
    )
    search_keys = (
        "code",
        "region",
        "kind",
        "sector",
        "description",
        "state",
        "responsible_unit",
        "deadline_status",
    )
    sort_overrides: ClassVar[Mapping[str, str]] = {
        "deadline_status": "status_rank",
        "state": "state_rank",
        "region": "region_order",
    }
    default_sort = ("code", False)

    def __init__(self, today: dt.date | None = None, due_soon_days: int = DUE_SOON_DAYS) -> None:
        self.today = today or dt.date.today()
        self.due_soon_days = due_soon_days

    def _select(self, db: Database) -> Stmt:
        status = deadline_status_expr(self.today, self.due_soon_days)
        status_rank = case(
            *((status == s, i) for i, s in enumerate(DEADLINE_STATUSES)),
            else_=len(DEADLINE_STATUSES),
        )
        state_rank = case(
            *((m.Finding.state == s, i) for i, s in enumerate(m.FINDING_STATES)),
            else_=len(m.FINDING_STATES),
        )
        return (
            select(
                m.Finding.id.label("id"),
                m.Finding.code.label("code"),
                m.Finding.target_id.label("target_id"),
                m.Region.name.label("region"),
                m.Region.sort_order.label("region_order"),
                m.FindingKind.name.label("kind"),
                func.coalesce(m.Sector.name, "").label("sector"),
                m.Finding.description.label("description"),
                m.Finding.state.label("state"),
                state_rank.label("state_rank"),
                m.Finding.responsible_unit.label("responsible_unit"),
                m.Finding.found_on.label("found_on"),
                m.Finding.deadline.label("deadline"),
                status.label("deadline_status"),
                status_rank.label("status_rank"),
            )
            .join(m.Region, m.Region.id == m.Finding.region_id)
            .join(m.FindingKind, m.FindingKind.id == m.Finding.kind_id)
            .outerjoin(m.Sector, m.Sector.id == m.Finding.sector_id)
            .outerjoin(m.Target, m.Target.id == m.Finding.target_id)
            .outerjoin(m.Batch, m.Batch.id == m.Target.batch_id)
        )

    def _scope(self, stmt: Stmt, flt: ListFilter) -> Stmt:
        return _scope_by_target(stmt, flt, m.Finding.target_id, m.Batch.plan_id)


@dataclass(frozen=True)
class InterviewRow:
    id: int
    target_id: int
    region: str
    party: str
    scheduled_at: dt.datetime | None
    state: str
    report_due: dt.date | None
    open_commitments: int


class InterviewQuery(ListQuery[InterviewRow]):
    row_type = InterviewRow
    columns = (
        Column("region", "巡查对象"),
        Column("party", "被约谈单位"),
        Column("scheduled_at", "约谈时间"),
        Column("state", "状态"),
        Column("report_due", "书面报告期限"),
        Column("open_commitments", "未完成承诺"),
    )
    search_keys = ("region", "party", "state", "reason")
    sort_overrides: ClassVar[Mapping[str, str]] = {
        "state": "state_rank",
        "region": "region_order",
    }
    default_sort = ("scheduled_at", True)

    def _select(self, db: Database) -> Stmt:
        open_commitments = (
            select(func.count(m.Commitment.id))
            .where(m.Commitment.interview_id == m.Interview.id, m.Commitment.state == "未完成")
            .scalar_subquery()
        )
        state_rank = case(
            *((m.Interview.state == s, i) for i, s in enumerate(m.INTERVIEW_STATES)),
            else_=len(m.INTERVIEW_STATES),
        )
        return (
            select(
                m.Interview.id.label("id"),
                m.Interview.target_id.label("target_id"),
                m.Region.name.label("region"),
                m.Region.sort_order.label("region_order"),
                m.Interview.party.label("party"),
                m.Interview.reason.label("reason"),
                m.Interview.scheduled_at.label("scheduled_at"),
                m.Interview.state.label("state"),
                state_rank.label("state_rank"),
                m.Interview.report_due.label("report_due"),
                open_commitments.label("open_commitments"),
            )
            .join(m.Target, m.Target.id == m.Interview.target_id)
            .join(m.Region, m.Region.id == m.Target.region_id)
            .join(m.Batch, m.Batch.id == m.Target.batch_id)
        )

    def _scope(self, stmt: Stmt, flt: ListFilter) -> Stmt:
        return _scope_by_target(stmt, flt, m.Interview.target_id, m.Batch.plan_id)


# ---------------------------------------------------------------------------------------------
# Selectors
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Choice:
    id: int
    label: str


def plan_choices(db: Database) -> list[Choice]:
    """Plans, newest year first: "2026年 · 2026年度安全生产巡查工作计划（实施中）"."""
    stmt = select(m.Plan.id, m.Plan.year, m.Plan.title, m.Plan.state).order_by(
        m.Plan.year.desc(), m.Plan.id.desc()
    )
    with read_session(db) as session:
        rows = session.execute(stmt).all()
    return [Choice(r.id, f"{r.year}年 · {r.title}（{r.state}）") for r in rows]


def current_plan_id(db: Database) -> int | None:
    """The plan to select at start: the newest 实施中 plan, else the newest non-cancelled one."""
    in_progress = case((m.Plan.state == "实施中", 0), else_=1)
    stmt = (
        select(m.Plan.id)
        .where(m.Plan.state != "已撤销")
        .order_by(in_progress, m.Plan.year.desc(), m.Plan.id.desc())
        .limit(1)
    )
    with read_session(db) as session:
        return session.scalar(stmt)


def target_choices(db: Database, plan_id: int) -> list[Choice]:
    """Targets of a plan: "第一批 · 海口市 (2026年3月2日—3月9日)"."""
    stmt = (
        select(
            m.Target.id,
            m.Batch.seq,
            m.Batch.name.label("batch_name"),
            m.Region.name.label("region"),
            m.Target.entry_date,
            m.Target.exit_date,
        )
        .join(m.Batch, m.Batch.id == m.Target.batch_id)
        .join(m.Region, m.Region.id == m.Target.region_id)
        .where(m.Batch.plan_id == plan_id)
        .order_by(m.Batch.seq, m.Target.entry_date, m.Region.sort_order, m.Target.id)
    )
    with read_session(db) as session:
        rows = session.execute(stmt).all()
    return [
        Choice(
            r.id,
            f"{batch_label(r.seq, r.batch_name)} · {r.region} "
            f"({format_date_range(r.entry_date, r.exit_date)})",
        )
        for r in rows
    ]


# ---------------------------------------------------------------------------------------------
# Overview (总览)
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Overview:
    today: dt.date
    plans_in_progress: int
    plans_total: int
    findings_by_state: Mapping[str, int]
    findings_total: int
    findings_overdue: int
    findings_due_soon: int
    interviews_pending: int
    cycle_name: str
    regions_covered: int
    regions_planned: int
    regions_total: int
    #: 约谈承诺 past their deadline and not done (shown beside the overdue findings)
    commitments_overdue: int = 0

    @property
    def findings_open(self) -> int:
        return self.findings_total - self.findings_by_state.get("已销号", 0)


def current_cycle_id(db: Database, today: dt.date) -> int | None:
    """The cycle that contains ``today``'s year, else the latest one that started before it."""
    contains = and_(
        m.Cycle.start_year <= today.year,
        m.Cycle.start_year + m.Cycle.length_years > today.year,
    )
    stmt = (
        select(m.Cycle.id)
        .order_by(case((contains, 0), else_=1), m.Cycle.start_year.desc())
        .limit(1)
    )
    with read_session(db) as session:
        return session.scalar(stmt)


def overview_counts(
    db: Database, today: dt.date | None = None, due_soon_days: int = DUE_SOON_DAYS
) -> Overview:
    """The figures of the 总览 tab, each one SQL aggregate."""
    today = today or dt.date.today()
    cycle_id = current_cycle_id(db, today)
    status = deadline_status_expr(today, due_soon_days)
    with read_session(db) as session:
        plan_counts = session.execute(
            select(
                func.count(m.Plan.id),
                func.coalesce(func.sum(case((m.Plan.state == "实施中", 1), else_=0)), 0),
            )
        ).one()
        by_state = {
            state: int(n)
            for state, n in session.execute(
                select(m.Finding.state, func.count(m.Finding.id)).group_by(m.Finding.state)
            ).all()
        }
        deadline_counts = session.execute(
            select(
                func.coalesce(func.sum(case((status == STATUS_OVERDUE, 1), else_=0)), 0),
                func.coalesce(func.sum(case((status == STATUS_DUE_SOON, 1), else_=0)), 0),
            )
        ).one()
        interviews_pending = session.scalar(
            select(func.count(m.Interview.id)).where(m.Interview.state.in_(INTERVIEW_OPEN_STATES))
        )
        commitments_overdue = session.scalar(
            select(func.count(m.Commitment.id))
            .join(m.Interview, m.Interview.id == m.Commitment.interview_id)
            .where(m.Commitment.state == "未完成", m.Commitment.due_date < today,
                   m.Interview.state != "已取消")
        )
        cycle_name = ""
        covered = planned = 0
        total = int(
            session.scalar(select(func.count(m.Region.id)).where(m.Region.active.is_(True))) or 0
        )
        if cycle_id is not None:
            cycle_name = session.scalar(select(m.Cycle.name).where(m.Cycle.id == cycle_id)) or ""
            excluded = select(m.CycleExclusion.region_id).where(
                m.CycleExclusion.cycle_id == cycle_id
            )
            total = int(
                session.scalar(
                    select(func.count(m.Region.id)).where(
                        m.Region.active.is_(True), m.Region.id.not_in(excluded)
                    )
                )
                or 0
            )
            toured = (
                select(
                    func.count(distinct(m.Target.region_id)),
                    func.count(distinct(case((m.Target.exit_date <= today, m.Target.region_id)))),
                )
                .join(m.Batch, m.Batch.id == m.Target.batch_id)
                .join(m.Plan, m.Plan.id == m.Batch.plan_id)
                .join(m.Region, m.Region.id == m.Target.region_id)
                .where(
                    m.Plan.cycle_id == cycle_id,
                    m.Plan.state != "已撤销",
                    m.Region.active.is_(True),
                    m.Target.region_id.not_in(excluded),
                )
            )
            planned_n, covered_n = session.execute(toured).one()
            planned, covered = int(planned_n), int(covered_n)
    return Overview(
        today=today,
        plans_in_progress=int(plan_counts[1]),
        plans_total=int(plan_counts[0]),
        findings_by_state={s: by_state.get(s, 0) for s in m.FINDING_STATES},
        findings_total=sum(by_state.values()),
        findings_overdue=int(deadline_counts[0]),
        findings_due_soon=int(deadline_counts[1]),
        interviews_pending=int(interviews_pending or 0),
        cycle_name=cycle_name,
        regions_covered=covered,
        regions_planned=planned,
        regions_total=total,
        commitments_overdue=int(commitments_overdue or 0),
    )


# ---------------------------------------------------------------------------------------------
# About
# ---------------------------------------------------------------------------------------------
def schema_revision(db: Database) -> str | None:
    """The Alembic revision the database is at."""
    with read_session(db) as session:
        return current_revision(session.connection())


__all__: Sequence[str] = [
    "DEADLINE_STATUSES",
    "DUE_SOON_DAYS",
    "NO_FILTER",
    "ChecklistQuery",
    "ChecklistRow",
    "Choice",
    "Column",
    "FindingQuery",
    "FindingRow",
    "InterviewQuery",
    "InterviewRow",
    "ListFilter",
    "ListQuery",
    "MembershipQuery",
    "MembershipRow",
    "Overview",
    "PersonQuery",
    "PersonRow",
    "PlanQuery",
    "PlanRow",
    "TeamQuery",
    "TeamRow",
    "batch_label",
    "chinese_number",
    "current_cycle_id",
    "current_plan_id",
    "deadline_status",
    "deadline_status_expr",
    "format_date",
    "format_date_range",
    "format_datetime",
    "overview_counts",
    "plan_choices",
    "schema_revision",
    "target_choices",
]
