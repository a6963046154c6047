"""Team line-ups: the rules a line-up must meet, the team states and manual changes.

Every rule is a setting with a default (:class:`TeamRules`, stored in the ``setting`` table
under ``team_rules``) and one function that returns its :class:`Violation` objects, each
naming the rule and, where there is one, the person, in Chinese. A line-up that breaks a rule
cannot be sent for approval (拟定 → 报批). After approval the membership is frozen: changes go
through :func:`xuncha_desktop.services.draws.replace_member` (调整), which keeps both people.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import NotFoundError, StateError, ValidationError
from xuncha_desktop.services.office_settings import load_office_settings
from xuncha_desktop.services.uow import check_seen, read_session, unit_of_work

RULES_KEY = "team_rules"

DRAFT, SUBMITTED, APPROVED, STATIONED, FINISHED = m.TEAM_STATES
#: Allowed state changes: (from, to) → the action's Chinese name.
TRANSITIONS: dict[tuple[str, str], str] = {
    (DRAFT, SUBMITTED): "报批",
    (SUBMITTED, DRAFT): "退回修改",
    (SUBMITTED, APPROVED): "批准",
    (APPROVED, STATIONED): "进驻",
    (STATIONED, FINISHED): "结束",
}
RANK_ORDER = {rank: i for i, rank in enumerate(m.RANKS)}  # 0 = 厅级 (highest)


@dataclass
class TeamRules:
    """The line-up rules. Each one can be changed or switched off by the office."""

    size_min: int = 5
    size_max: int = 8
    one_leader: bool = True
    leader_min_rank: str = "厅级"
    recusal: bool = True
    no_overlap: bool = True
    expert_sectors: bool = True
    four_conditions: bool = True
    available: bool = True

    def validate(self) -> None:
        if not 1 <= self.size_min <= self.size_max:
            raise ValidationError("巡查组人数下限必须大于 0 且不大于上限。", field="size_min")
        if self.leader_min_rank not in m.RANKS:
            raise ValidationError(
                f"组长最低职级只能是：{'、'.join(m.RANKS)}。", field="leader_min_rank"
            )


def load_rules(db: Database) -> TeamRules:
    office = load_office_settings(db)
    rules = TeamRules(size_min=office.team_size_min, size_max=office.team_size_max)
    with read_session(db) as s:
        row = s.get(m.Setting, RULES_KEY)
        raw = row.value if row is not None else None
    if raw:
        try:
            values = json.loads(raw)
        except ValueError:
            values = {}
        names = {f.name for f in fields(TeamRules)}
        for key, value in values.items():
            if key in names:
                setattr(rules, key, value)
    return rules


def save_rules(db: Database, rules: TeamRules, operator: str | None = None) -> None:
    rules.validate()
    text = json.dumps(asdict(rules), ensure_ascii=False, sort_keys=True)
    with unit_of_work(db, operator) as s:
        row = s.get(m.Setting, RULES_KEY)
        if row is None:
            s.add(m.Setting(key=RULES_KEY, value=text))
        elif row.value != text:
            row.value = text


# ---------------------------------------------------------------------------------------------
# Facts the rules look at
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class MemberFacts:
    membership_id: int
    person_id: int
    name: str
    unit: str
    post: str
    rank: str
    pool_type: str
    role: str
    selection: str
    home_region_id: int | None
    sectors: tuple[str, ...]
    conditions_missing: tuple[int, ...]
    active: bool
    unavailable: tuple[tuple[dt.date, dt.date], ...]
    busy: tuple[tuple[str, dt.date, dt.date], ...]  # other teams: name, from, to


@dataclass(frozen=True)
class TeamFacts:
    id: int
    name: str
    state: str
    window: tuple[dt.date, dt.date] | None
    regions: tuple[tuple[int, str], ...]
    required_sectors: tuple[str, ...]
    members: tuple[MemberFacts, ...]


@dataclass(frozen=True)
class Violation:
    rule: str
    rule_name: str
    person: str
    message: str


@dataclass(frozen=True)
class RuleResult:
    rule: str
    name: str
    enabled: bool
    violations: tuple[Violation, ...]

    @property
    def ok(self) -> bool:
        return not self.violations

    @property
    def text(self) -> str:
        if not self.enabled:
            return f"{self.name}：未启用"
        if self.ok:
            return f"✔ {self.name}：符合"
        return f"✘ {self.name}：" + "；".join(v.message for v in self.violations)


def overlaps(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def team_window(s: Session, team_id: int) -> tuple[dt.date, dt.date] | None:
    row = s.execute(
        select(m.Target.entry_date, m.Target.exit_date).where(m.Target.team_id == team_id)
    ).all()
    if not row:
        return None
    return min(r[0] for r in row), max(r[1] for r in row)


def required_sectors(s: Session, team_id: int) -> tuple[str, ...]:
    return tuple(s.scalars(
        select(m.Sector.name)
        .join(m.TeamSector, m.TeamSector.sector_id == m.Sector.id)
        .where(m.TeamSector.team_id == team_id)
        .order_by(m.Sector.sort_order, m.Sector.id)
    ))


def set_required_sectors(db: Database, team_id: int, sectors: Sequence[str],
                         operator: str | None = None) -> None:
    """The sectors the team's targets need, which its experts must cover."""
    with unit_of_work(db, operator) as s:
        known: dict[str, int] = {n: i for n, i in s.execute(select(m.Sector.name, m.Sector.id))}
        unknown = [x for x in sectors if x not in known]
        if unknown:
            raise ValidationError(f"未知的行业领域：{'、'.join(unknown)}。", field="sectors")
        if s.get(m.Team, team_id) is None:
            raise NotFoundError(f"巡查组（编号 {team_id}）不存在。")
        wanted = {known[x] for x in sectors}
        current = {row.sector_id: row for row in s.scalars(
            select(m.TeamSector).where(m.TeamSector.team_id == team_id))}
        for sector_id, row in current.items():
            if sector_id not in wanted:
                s.delete(row)
        for sector_id in sorted(wanted - current.keys()):
            s.add(m.TeamSector(team_id=team_id, sector_id=sector_id))


def busy_windows(s: Session, person_ids: Sequence[int], exclude_team: int
                 ) -> dict[int, list[tuple[str, dt.date, dt.date]]]:
    """Per person, the windows of the other teams they currently sit on."""
    out: dict[int, list[tuple[str, dt.date, dt.date]]] = {}
    if not person_ids:
        return out
    rows = s.execute(
        select(m.Membership.person_id, m.Team.id, m.Team.name)
        .join(m.Team, m.Team.id == m.Membership.team_id)
        .where(m.Membership.person_id.in_(list(person_ids)), m.Membership.leave_date.is_(None),
               m.Membership.team_id != exclude_team)
    ).all()
    windows: dict[int, tuple[dt.date, dt.date] | None] = {}
    for pid, tid, tname in rows:
        if tid not in windows:
            windows[tid] = team_window(s, tid)
        w = windows[tid]
        if w is not None:
            out.setdefault(pid, []).append((tname, w[0], w[1]))
    return out


def person_facts(s: Session, person: m.Person, role: str = "", membership_id: int = 0,
                 selection: str = "", busy: Sequence[tuple[str, dt.date, dt.date]] = ()
                 ) -> MemberFacts:
    met = {c.condition_no for c in person.conditions if c.met}
    return MemberFacts(
        membership_id=membership_id, person_id=person.id, name=person.name, unit=person.unit,
        post=person.post, rank=person.rank, pool_type=person.pool_type, role=role,
        selection=selection, home_region_id=person.home_region_id,
        sectors=tuple(x.name for x in person.sectors),
        conditions_missing=tuple(i for i in range(1, 5) if i not in met),
        active=person.active,
        unavailable=tuple((u.start_date, u.end_date) for u in person.unavailability),
        busy=tuple(busy),
    )


def load_facts(s: Session, team_id: int) -> TeamFacts:
    team = s.get(m.Team, team_id)
    if team is None:
        raise NotFoundError(f"巡查组（编号 {team_id}）不存在。")
    current = [ms for ms in team.memberships if ms.leave_date is None]
    busy = busy_windows(s, [ms.person_id for ms in current], team_id)
    regions = tuple(
        (t.region_id, t.region.name) for t in s.scalars(
            select(m.Target).where(m.Target.team_id == team_id).order_by(m.Target.id))
    )
    members = tuple(
        person_facts(s, ms.person, ms.role, ms.id, ms.selection, busy.get(ms.person_id, []))
        for ms in sorted(current, key=lambda x: (m.ROLES.index(x.role), x.id))
    )
    return TeamFacts(team.id, team.name, team.state, team_window(s, team_id), regions,
                     required_sectors(s, team_id), members)


def team_facts(db: Database, team_id: int) -> TeamFacts:
    with read_session(db) as s:
        return load_facts(s, team_id)


# ---------------------------------------------------------------------------------------------
# One function per rule
# ---------------------------------------------------------------------------------------------
RULE_NAMES = {
    "size": "人数",
    "one_leader": "组长一人",
    "leader_rank": "组长职级",
    "recusal": "回避",
    "no_overlap": "不得同时参加两个巡查组",
    "expert_sectors": "专家覆盖所需行业领域",
    "four_conditions": "符合四项条件",
    "available": "在库且可用",
}


def _v(rule: str, message: str, person: str = "") -> Violation:
    return Violation(rule, RULE_NAMES[rule], person, message)


def check_size(team: TeamFacts, rules: TeamRules) -> list[Violation]:
    n = len(team.members)
    if rules.size_min <= n <= rules.size_max:
        return []
    return [_v("size", f"巡查组现有 {n} 人，应为 {rules.size_min}—{rules.size_max} 人")]


def check_one_leader(team: TeamFacts, rules: TeamRules) -> list[Violation]:
    if not rules.one_leader:
        return []
    leaders = [x for x in team.members if x.role == "组长"]
    if len(leaders) == 1:
        return []
    if not leaders:
        return [_v("one_leader", "巡查组没有组长，应有且只有一名组长")]
    names = "、".join(x.name for x in leaders)
    return [_v("one_leader", f"巡查组有 {len(leaders)} 名组长（{names}），应只有一名", names)]


def check_leader_rank(team: TeamFacts, rules: TeamRules) -> list[Violation]:
    limit = RANK_ORDER.get(rules.leader_min_rank, 0)
    return [
        _v("leader_rank", f"组长{x.name}的职级为{x.rank}，应不低于{rules.leader_min_rank}", x.name)
        for x in team.members
        if x.role == "组长" and RANK_ORDER.get(x.rank, 99) > limit
    ]


def recusal_reason(member: MemberFacts, regions: Sequence[tuple[int, str]]) -> str:
    for region_id, region_name in regions:
        if member.home_region_id == region_id:
            return f"{member.name}的籍贯/工作地是{region_name}，应回避"
        if region_name and region_name in member.unit:
            return f"{member.name}的单位“{member.unit}”属{region_name}，应回避"
    return ""


def check_recusal(team: TeamFacts, rules: TeamRules) -> list[Violation]:
    if not rules.recusal:
        return []
    out = []
    for x in team.members:
        reason = recusal_reason(x, team.regions)
        if reason:
            out.append(_v("recusal", reason, x.name))
    return out


def overlap_reason(member: MemberFacts, window: tuple[dt.date, dt.date] | None) -> str:
    if window is None:
        return ""
    for name, start, end in member.busy:
        if overlaps(window, (start, end)):
            return (f"{member.name}已在“{name}”（{start:%Y-%m-%d}至{end:%Y-%m-%d}），"
                    "日期与本组重叠")
    return ""


def check_no_overlap(team: TeamFacts, rules: TeamRules) -> list[Violation]:
    if not rules.no_overlap:
        return []
    out = []
    for x in team.members:
        reason = overlap_reason(x, team.window)
        if reason:
            out.append(_v("no_overlap", reason, x.name))
    return out


def check_expert_sectors(team: TeamFacts, rules: TeamRules) -> list[Violation]:
    if not rules.expert_sectors or not team.required_sectors:
        return []
    covered = {sec for x in team.members if x.role == "专家" for sec in x.sectors}
    missing = [sec for sec in team.required_sectors if sec not in covered]
    if not missing:
        return []
    return [_v("expert_sectors", f"本组专家未覆盖所需行业领域：{'、'.join(missing)}")]


def conditions_reason(member: MemberFacts) -> str:
    if not member.conditions_missing:
        return ""
    nos = "、".join(f"第{n}项" for n in member.conditions_missing)
    return f"{member.name}尚未核查符合{nos}条件"


def check_four_conditions(team: TeamFacts, rules: TeamRules) -> list[Violation]:
    if not rules.four_conditions:
        return []
    out = []
    for x in team.members:
        reason = conditions_reason(x)
        if reason:
            out.append(_v("four_conditions", reason, x.name))
    return out


def availability_reason(member: MemberFacts, window: tuple[dt.date, dt.date] | None) -> str:
    if not member.active:
        return f"{member.name}已不在人员库中（停用）"
    if window is not None:
        for start, end in member.unavailable:
            if overlaps(window, (start, end)):
                return f"{member.name}在{start:%Y-%m-%d}至{end:%Y-%m-%d}不可用"
    return ""


def check_available(team: TeamFacts, rules: TeamRules) -> list[Violation]:
    if not rules.available:
        return []
    out = []
    for x in team.members:
        reason = availability_reason(x, team.window)
        if reason:
            out.append(_v("available", reason, x.name))
    return out


RuleFn = Callable[[TeamFacts, TeamRules], list[Violation]]
RULES: tuple[tuple[str, RuleFn, Callable[[TeamRules], bool]], ...] = (
    ("size", check_size, lambda r: True),
    ("one_leader", check_one_leader, lambda r: r.one_leader),
    ("leader_rank", check_leader_rank, lambda r: True),
    ("recusal", check_recusal, lambda r: r.recusal),
    ("no_overlap", check_no_overlap, lambda r: r.no_overlap),
    ("expert_sectors", check_expert_sectors, lambda r: r.expert_sectors),
    ("four_conditions", check_four_conditions, lambda r: r.four_conditions),
    ("available", check_available, lambda r: r.available),
)


def evaluate(team: TeamFacts, rules: TeamRules) -> list[RuleResult]:
    return [
        RuleResult(key, RULE_NAMES[key], enabled(rules), tuple(fn(team, rules)))
        for key, fn, enabled in RULES
    ]


def check_team(db: Database, team_id: int, rules: TeamRules | None = None) -> list[RuleResult]:
    """Every rule's result for the team's current line-up (the live rules panel)."""
    return evaluate(team_facts(db, team_id), rules or load_rules(db))


def candidate_problems(person: MemberFacts, team: TeamFacts, rules: TeamRules) -> list[str]:
    """Why ``person`` may not join ``team`` (the person-level rules); empty when eligible."""
    reasons = [availability_reason(person, team.window) if rules.available else "",
               recusal_reason(person, team.regions) if rules.recusal else "",
               overlap_reason(person, team.window) if rules.no_overlap else "",
               conditions_reason(person) if rules.four_conditions else ""]
    if not person.active:
        reasons.append(f"{person.name}已停用")
    return [r for r in dict.fromkeys(reasons) if r]


def rules_snapshot(rules: TeamRules) -> dict[str, Any]:
    return asdict(rules)


# ---------------------------------------------------------------------------------------------
# Teams, states and manual picks
# ---------------------------------------------------------------------------------------------
def create_team(db: Database, name: str, target_ids: Sequence[int] = (), *,
                operator: str | None = None, phone: str = "") -> int:
    if not name.strip():
        raise ValidationError("巡查组的“名称”不能为空。", field="name")
    with unit_of_work(db, operator) as s:
        team = m.Team(name=name.strip(), state=DRAFT, phone=phone)
        s.add(team)
        s.flush()
        for tid in target_ids:
            target = s.get(m.Target, tid)
            if target is None:
                raise NotFoundError(f"巡查对象（编号 {tid}）不存在。")
            target.team_id = team.id
        return team.id


def _team_for_change(s: Session, team_id: int) -> m.Team:
    team = s.get(m.Team, team_id)
    if team is None:
        raise NotFoundError(f"巡查组（编号 {team_id}）不存在。")
    if team.state != DRAFT:
        raise StateError(
            f"“{team.name}”处于“{team.state}”状态，组成人员已固定，不能直接修改。",
            hint="批准后如需更换人员，请使用“调整”并写明理由。" if team.state != SUBMITTED
            else "请先退回修改。",
        )
    return team


def join_date_for(s: Session, team_id: int, today: dt.date | None = None) -> dt.date:
    window = team_window(s, team_id)
    return window[0] if window is not None else (today or dt.date.today())


def appoint_member(db: Database, team_id: int, person_id: int, role: str, reason: str, *,
                   operator: str | None = None) -> int:
    """A manual pick: marked 指定, with its reason. Only while the team is 拟定."""
    if role not in m.ROLES:
        raise ValidationError(f"职务只能是：{'、'.join(m.ROLES)}。", field="role")
    if not reason.strip():
        raise ValidationError("指定人选必须填写指定理由。", field="selection_reason")
    with unit_of_work(db, operator) as s:
        team = _team_for_change(s, team_id)
        if any(ms.person_id == person_id and ms.leave_date is None for ms in team.memberships):
            raise ValidationError("此人已在本巡查组中。", field="person_id")
        ms = m.Membership(team_id=team_id, person_id=person_id, role=role,
                          join_date=join_date_for(s, team_id), selection="指定",
                          selection_reason=reason.strip())
        s.add(ms)
        s.flush()
        return ms.id


def remove_member(db: Database, membership_id: int, *, operator: str | None = None) -> None:
    """Take a person off a team that is still 拟定 (a draft line-up keeps no history)."""
    with unit_of_work(db, operator) as s:
        ms = s.get(m.Membership, membership_id)
        if ms is None:
            raise NotFoundError("该成员记录不存在。")
        check_seen(s, ms)
        _team_for_change(s, ms.team_id)
        s.delete(ms)


def set_role(db: Database, membership_id: int, role: str, *, operator: str | None = None) -> None:
    if role not in m.ROLES:
        raise ValidationError(f"职务只能是：{'、'.join(m.ROLES)}。", field="role")
    with unit_of_work(db, operator) as s:
        ms = s.get(m.Membership, membership_id)
        if ms is None:
            raise NotFoundError("该成员记录不存在。")
        check_seen(s, ms)
        _team_for_change(s, ms.team_id)
        ms.role = role


def change_state(db: Database, team_id: int, to_state: str, *,
                 operator: str | None = None, expected_version: int | None = None) -> str:
    """Move the team along 拟定 → 报批 → 已批准 → 进驻 → 已结束; 报批 needs every rule met.

    ``expected_version``: the version of the team the operator acted on; when somebody else
    changed the team since, :class:`ConflictError` (also inside ``uow.expect_versions``)."""
    rules = load_rules(db)
    with unit_of_work(db, operator) as s:
        team = s.get(m.Team, team_id)
        if team is None:
            raise NotFoundError(f"巡查组（编号 {team_id}）不存在。")
        check_seen(s, team, expected_version)
        action = TRANSITIONS.get((team.state, to_state))
        if action is None:
            raise StateError(f"“{team.name}”处于“{team.state}”状态，不能改为“{to_state}”。")
        if to_state == SUBMITTED:
            broken = [v for r in evaluate(load_facts(s, team_id), rules) for v in r.violations]
            if broken:
                lines = "\n".join(f"【{v.rule_name}】{v.message}" for v in broken)
                raise StateError(
                    f"“{team.name}”的组成人员不符合以下规则，不能报批：\n{lines}",
                    hint="请调整人员后再报批。",
                )
        team.state = to_state
        return action


def add_conduct(db: Database, membership_id: int, occurred_on: dt.date, description: str,
                outcome: str = "", *, operator: str | None = None) -> int:
    """A 工作纪律 record of a team member."""
    if not description.strip():
        raise ValidationError("工作纪律记录的“情况”不能为空。", field="description")
    with unit_of_work(db, operator) as s:
        if s.get(m.Membership, membership_id) is None:
            raise NotFoundError("该成员记录不存在。")
        rec = m.ConductRecord(membership_id=membership_id, occurred_on=occurred_on,
                              description=description.strip(), outcome=outcome.strip())
        s.add(rec)
        s.flush()
        return rec.id


@dataclass(frozen=True)
class HistoryRow:
    membership_id: int
    name: str
    role: str
    selection: str
    join_date: dt.date
    leave_date: dt.date | None
    leave_reason: str
    replaces: str
    conduct: tuple[str, ...] = field(default=())


def team_history(db: Database, team_id: int) -> list[HistoryRow]:
    """Every membership of the team, current and past, with replacements and conduct."""
    with read_session(db) as s:
        rows = s.scalars(select(m.Membership).where(m.Membership.team_id == team_id)
                         .order_by(m.Membership.id)).all()
        names = {ms.id: ms.person.name for ms in rows}
        out = []
        for ms in rows:
            conduct = tuple(
                f"{c.occurred_on:%Y-%m-%d} {c.description}（{c.outcome}）"
                for c in s.scalars(select(m.ConductRecord)
                                   .where(m.ConductRecord.membership_id == ms.id))
            )
            out.append(HistoryRow(ms.id, ms.person.name, ms.role, ms.selection, ms.join_date,
                                  ms.leave_date, ms.leave_reason,
                                  names.get(ms.replaces_id or 0, ""), conduct))
        return out


@dataclass(frozen=True)
class StateChange:
    """One change of a team's state, as the audit log recorded it."""

    at: dt.datetime
    operator: str
    from_state: str | None  # None: the team was created in ``to_state``
    to_state: str

    @property
    def text(self) -> str:
        return f"{self.from_state or '（新建）'} → {self.to_state}"


def state_history(db: Database, team_id: int) -> list[StateChange]:
    """The team's state changes, oldest first, read from the audit log (entity ``team``).

    The creation (an insert entry holding all values) gives the first state; every later
    change is an update entry on the ``state`` field with the old and the new value.
    """
    with read_session(db) as s:
        if s.get(m.Team, team_id) is None:
            raise NotFoundError(f"巡查组（编号 {team_id}）不存在。")
        rows = s.execute(
            select(m.AuditEntry.at, m.AuditEntry.operator, m.AuditEntry.action,
                   m.AuditEntry.field, m.AuditEntry.old_value, m.AuditEntry.new_value)
            .where(m.AuditEntry.entity == m.Team.__tablename__,
                   m.AuditEntry.entity_id == str(team_id),
                   ((m.AuditEntry.action == "修改") & (m.AuditEntry.field == "state"))
                   | (m.AuditEntry.action == "新增"))
            .order_by(m.AuditEntry.id)
        ).all()
    out: list[StateChange] = []
    for at, operator, action, field_, old, new in rows:
        if action == "新增":
            out = []  # an id used again after a deletion: only this team's own entries
            try:
                first = json.loads(new or "{}").get("state")
            except ValueError:
                first = None
            if first:
                out.append(StateChange(at, operator, None, str(first)))
        elif field_ == "state" and new:
            out.append(StateChange(at, operator, old, new))
    return out
