"""The random draw (随机抽调配备) and its verification.

A draw takes the eligible pool for one role, sorts the candidate ids, orders them with the
``sha256-shuffle-v1`` algorithm of :func:`xuncha_desktop.services.demo.draw_order` and takes
the first places. The record keeps the seed, the exact ordered candidate list, the rules, the
operator and the time, plus a fingerprint of the candidates (id, name, unit) so that a changed
pool or an edited candidate list makes :func:`verify_draw` fail.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import secrets
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import NotFoundError, StateError, ValidationError
from xuncha_desktop.services import teams
from xuncha_desktop.services.demo import DRAW_ALGORITHM, draw_order
from xuncha_desktop.services.uow import check_seen, read_session, unit_of_work

FINGERPRINT_KEY = "候选名单指纹"
#: The ranks each role is drawn from by default (组长: from the rule's minimum rank upwards).
DEFAULT_RANKS: dict[str, tuple[str, ...]] = {
    "副组长": ("厅级", "处级"),
    "成员": ("处级", "科级"),
    "联络员": ("科级", "其他"),
    "专家": m.RANKS,
}


def pool_for(role: str) -> str:
    return "专家" if role == "专家" else "工作人员"


def ranks_for(role: str, rules: teams.TeamRules) -> tuple[str, ...]:
    if role == "组长":
        limit = teams.RANK_ORDER[rules.leader_min_rank]
        return tuple(r for r in m.RANKS if teams.RANK_ORDER[r] <= limit)
    return DEFAULT_RANKS.get(role, m.RANKS)


def fingerprint(s: Session, candidates: Sequence[int]) -> str:
    rows = {p.id: (p.name, p.unit) for p in s.scalars(
        select(m.Person).where(m.Person.id.in_(list(candidates))))}
    data = [[pid, *rows.get(pid, ("", ""))] for pid in candidates]
    return hashlib.sha256(json.dumps(data, ensure_ascii=False).encode()).hexdigest()


@dataclass(frozen=True)
class Candidate:
    person_id: int
    name: str
    unit: str
    rank: str


def eligible(s: Session, team_id: int, role: str, rules: teams.TeamRules,
             ranks: Sequence[str] | None = None, sector: str | None = None) -> list[Candidate]:
    """The pool a draw for ``role`` picks from: right pool and rank, every person-level rule met."""
    facts = teams.load_facts(s, team_id)
    on_team = {x.person_id for x in facts.members}
    wanted_ranks = tuple(ranks) if ranks else ranks_for(role, rules)
    people = s.scalars(
        select(m.Person).where(m.Person.active.is_(True), m.Person.pool_type == pool_for(role),
                               m.Person.rank.in_(wanted_ranks)).order_by(m.Person.id)
    ).all()
    busy = teams.busy_windows(s, [p.id for p in people], team_id)
    out = []
    for p in people:
        if p.id in on_team:
            continue
        pf = teams.person_facts(s, p, role, busy=busy.get(p.id, []))
        if sector is not None and sector not in pf.sectors:
            continue
        if teams.candidate_problems(pf, facts, rules):
            continue
        out.append(Candidate(p.id, p.name, p.unit, p.rank))
    return out


def eligible_candidates(db: Database, team_id: int, role: str,
                        ranks: Sequence[str] | None = None,
                        sector: str | None = None) -> list[Candidate]:
    rules = teams.load_rules(db)
    with read_session(db) as s:
        return eligible(s, team_id, role, rules, ranks, sector)


def open_places(db: Database, team_id: int) -> dict[str, int]:
    """How many places each role still needs for the smallest lawful team."""
    rules = teams.load_rules(db)
    facts = teams.team_facts(db, team_id)
    count = {r: sum(1 for x in facts.members if x.role == r) for r in m.ROLES}
    need = {"组长": max(0, 1 - count["组长"]), "副组长": max(0, 1 - count["副组长"]),
            "专家": max(0, 1 - count["专家"]), "联络员": max(0, 1 - count["联络员"])}
    total = len(facts.members) + sum(need.values())
    need["成员"] = max(0, rules.size_min - total)
    return {r: n for r, n in need.items() if n}


@dataclass(frozen=True)
class DrawResult:
    draw_id: int
    seed: str
    role: str
    candidates: tuple[int, ...]
    chosen: tuple[int, ...]
    chosen_names: tuple[str, ...]
    membership_ids: tuple[int, ...]


def _record(s: Session, team_id: int, role: str, places: int, seed: str,
            candidates: list[Candidate], rules: teams.TeamRules, operator: str,
            extra: dict[str, object]) -> tuple[m.Draw, list[int]]:
    ids = sorted(c.person_id for c in candidates)
    if len(ids) < places:
        raise ValidationError(
            f"人员库中符合条件的{role}人选只有 {len(ids)} 人，不足 {places} 人，无法抽取。",
            hint="请补充人员库或核查人员条件后再抽取。",
        )
    chosen = draw_order(seed, ids)[:places]
    facts = teams.load_facts(s, team_id)
    rules_doc: dict[str, object] = {
        "规则设置": teams.rules_snapshot(rules),
        "回避市县": [name for _rid, name in facts.regions],
        "时段": [facts.window[0].isoformat(), facts.window[1].isoformat()]
        if facts.window else None,
        "人员类别": pool_for(role),
        "职级": list(ranks_for(role, rules)) if "职级" not in extra else extra["职级"],
        FINGERPRINT_KEY: fingerprint(s, ids),
        **{k: v for k, v in extra.items() if k != "职级"},
    }
    draw = m.Draw(team_id=team_id, seed=seed, algorithm=DRAW_ALGORITHM, role=role,
                  places=places, candidates_json=json.dumps(ids),
                  rules_json=json.dumps(rules_doc, ensure_ascii=False, sort_keys=True),
                  result_json=json.dumps(chosen), operator=operator)
    s.add(draw)
    s.flush()
    return draw, chosen


def new_seed() -> str:
    return secrets.token_hex(8)


def draw_members(db: Database, team_id: int, role: str, places: int, *, operator: str,
                 seed: str | None = None, ranks: Sequence[str] | None = None,
                 sector: str | None = None) -> DrawResult:
    """Draw ``places`` people for ``role`` onto a 拟定 team and record the draw."""
    if role not in m.ROLES:
        raise ValidationError(f"职务只能是：{'、'.join(m.ROLES)}。", field="role")
    if places < 1:
        raise ValidationError("抽取人数必须大于零。", field="places")
    seed = (seed or new_seed()).strip()
    rules = teams.load_rules(db)
    with unit_of_work(db, operator) as s:
        teams._team_for_change(s, team_id)
        cands = eligible(s, team_id, role, rules, ranks, sector)
        extra: dict[str, object] = {}
        if ranks:
            extra["职级"] = list(ranks)
        if sector:
            extra["行业领域"] = sector
        draw, chosen = _record(s, team_id, role, places, seed, cands, rules, operator, extra)
        join = teams.join_date_for(s, team_id)
        ms_ids = []
        for pid in chosen:
            ms = m.Membership(team_id=team_id, person_id=pid, role=role, join_date=join,
                              selection="抽取", draw_id=draw.id)
            s.add(ms)
            s.flush()
            ms_ids.append(ms.id)
        names = {c.person_id: c.name for c in cands}
        return DrawResult(draw.id, seed, role, tuple(sorted(names)), tuple(chosen),
                          tuple(names[p] for p in chosen), tuple(ms_ids))


def draw_open_places(db: Database, team_id: int, *, operator: str,
                     seed: str | None = None) -> list[DrawResult]:
    """Fill every open place (see :func:`open_places`), one recorded draw per role."""
    base = (seed or new_seed()).strip()
    results = []
    for role, n in open_places(db, team_id).items():
        results.append(draw_members(db, team_id, role, n, operator=operator,
                                    seed=f"{base}-{role}"))
    return results


def replace_member(db: Database, membership_id: int, reason: str, *, operator: str,
                   on: dt.date | None = None, unfit: bool = False,
                   person_id: int | None = None, appoint_reason: str = "",
                   seed: str | None = None) -> int:
    """调整: the member leaves (date and reason kept) and a successor joins.

    For an unfit member (不适合从事巡查工作) the successor is drawn under the same rules;
    otherwise ``person_id`` is appointed (指定) with ``appoint_reason``, or drawn when None.
    Returns the successor's membership id.
    """
    if not reason.strip():
        raise ValidationError("调整人员必须写明理由。", field="leave_reason")
    rules = teams.load_rules(db)
    with unit_of_work(db, operator) as s:
        old = s.get(m.Membership, membership_id)
        if old is None:
            raise NotFoundError("该成员记录不存在。")
        check_seen(s, old)  # changed since the operator chose it (uow.expect_versions)
        team = old.team
        if team.state not in (teams.APPROVED, teams.STATIONED):
            raise StateError(f"“{team.name}”处于“{team.state}”状态，调整只用于已批准的巡查组。",
                             hint="拟定中的巡查组可以直接修改组成人员。")
        if old.leave_date is not None:
            raise StateError(f"{old.person.name}已于{old.leave_date:%Y-%m-%d}离组。")
        when = max(on or dt.date.today(), old.join_date)
        old_name = old.person.name
        old.leave_date = when
        old.leave_reason = (f"不适合从事巡查工作：{reason.strip()}" if unfit
                            and "不适合" not in reason else reason.strip())
        s.flush()
        if person_id is not None and not unfit:
            if not appoint_reason.strip():
                raise ValidationError("指定接替人选必须填写指定理由。", field="selection_reason")
            new = m.Membership(team_id=team.id, person_id=person_id, role=old.role,
                               join_date=when, selection="指定",
                               selection_reason=appoint_reason.strip(), replaces_id=old.id)
        else:
            # The member who leaves is marked as left above, so eligible() no longer sees
            # them on the team: exclude them, or they could be drawn as their own successor.
            cands = [c for c in eligible(s, team.id, old.role, rules)
                     if c.person_id != old.person_id]
            draw, chosen = _record(s, team.id, old.role, 1, (seed or new_seed()).strip(), cands,
                                   rules, operator, {"递补": old_name})
            new = m.Membership(team_id=team.id, person_id=chosen[0], role=old.role,
                               join_date=when, selection="抽取", draw_id=draw.id,
                               replaces_id=old.id)
        s.add(new)
        s.flush()
        return new.id


# ---------------------------------------------------------------------------------------------
# Listing and verifying
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DrawRow:
    id: int
    team: str
    role: str
    places: int
    seed: str
    operator: str
    at: dt.datetime
    candidates: int
    chosen: str


def list_draws(db: Database, team_id: int | None = None) -> list[DrawRow]:
    with read_session(db) as s:
        stmt = select(m.Draw, m.Team.name).join(m.Team, m.Team.id == m.Draw.team_id)
        if team_id is not None:
            stmt = stmt.where(m.Draw.team_id == team_id)
        rows = s.execute(stmt.order_by(m.Draw.id)).all()
        names = {pid: name for pid, name in s.execute(select(m.Person.id, m.Person.name))}
        return [
            DrawRow(d.id, tname, d.role, d.places, d.seed, d.operator, d.created_at,
                    len(json.loads(d.candidates_json)),
                    "、".join(names.get(i, f"#{i}") for i in json.loads(d.result_json)))
            for d, tname in rows
        ]


@dataclass(frozen=True)
class DrawCheck:
    draw_id: int
    ok: bool
    problems: tuple[str, ...]
    expected: tuple[int, ...]
    recorded: tuple[int, ...]

    @property
    def text(self) -> str:
        if self.ok:
            return f"抽取记录 {self.draw_id}：复核通过，重新抽取结果与记录一致。"
        return f"抽取记录 {self.draw_id}：复核未通过：" + "；".join(self.problems) + "。"


def _verify(s: Session, d: m.Draw) -> DrawCheck:
    problems: list[str] = []
    try:
        cands = [int(x) for x in json.loads(d.candidates_json)]
        recorded = [int(x) for x in json.loads(d.result_json)]
        rules = json.loads(d.rules_json)
    except (ValueError, TypeError):
        return DrawCheck(d.id, False, ("记录内容已损坏，无法解析",), (), ())
    expected: list[int] = []
    if d.algorithm != DRAW_ALGORITHM:
        problems.append(f"未知的抽取算法“{d.algorithm}”")
    else:
        expected = draw_order(d.seed, cands)[: d.places]
        if expected != recorded:
            problems.append("按记录的随机种子和候选名单重新抽取，结果与记录不一致")
    if len(set(cands)) != len(cands):
        problems.append("候选名单中有重复人员")
    existing = set(s.scalars(select(m.Person.id).where(m.Person.id.in_(cands))))
    gone = [c for c in cands if c not in existing]
    if gone:
        problems.append(f"候选名单中有 {len(gone)} 人已不在人员库中")
    stored = rules.get(FINGERPRINT_KEY) if isinstance(rules, dict) else None
    if stored is not None and stored != fingerprint(s, cands):
        problems.append("候选名单或候选人员信息与抽取时不一致（人员库已变动）")
    members = s.scalars(select(m.Membership.person_id).where(m.Membership.draw_id == d.id)).all()
    stray = [p for p in members if p not in recorded]
    if stray:
        problems.append("有成员标为由本次抽取产生，但不在抽取结果中")
    return DrawCheck(d.id, not problems, tuple(problems), tuple(expected), tuple(recorded))


def verify_draw(db: Database, draw_id: int) -> DrawCheck:
    """Re-run a recorded draw; ``ok`` only when it reproduces and the record is intact."""
    with read_session(db) as s:
        d = s.get(m.Draw, draw_id)
        if d is None:
            raise NotFoundError(f"抽取记录（编号 {draw_id}）不存在。")
        return _verify(s, d)


def verify_all(db: Database) -> list[DrawCheck]:
    with read_session(db) as s:
        return [_verify(s, d) for d in s.scalars(select(m.Draw).order_by(m.Draw.id))]


def draw_rules_text(db: Database, draw_id: int) -> dict[str, object]:
    with read_session(db) as s:
        d = s.get(m.Draw, draw_id)
        if d is None:
            raise NotFoundError(f"抽取记录（编号 {draw_id}）不存在。")
        value = json.loads(d.rules_json)
        return value if isinstance(value, dict) else {}
