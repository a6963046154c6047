"""Demo data: what a user sees after ``generate_demo`` on a fresh database."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from xuncha_desktop.db import models as m
from xuncha_desktop.db.audit import verify_chain
from xuncha_desktop.db.engine import Database
from xuncha_desktop.db.migrate import open_database
from xuncha_desktop.errors import ValidationError
from xuncha_desktop.services.demo import (
    DEMO_OPERATOR,
    DRAW_ALGORITHM,
    DemoReport,
    draw_order,
    generate_demo,
    is_empty,
)
from xuncha_desktop.services.uow import read_session
from xuncha_desktop.services.validation import PHONE_RE

TODAY = dt.date(2026, 7, 14)
OPEN_STATES = ("已交办", "整改中")


@pytest.fixture
def open_db(tmp_path: Path) -> Iterator[Callable[[str], Database]]:
    opened: list[Database] = []

    def factory(name: str) -> Database:
        db = open_database(tmp_path / f"{name}.db", operator="测试")
        opened.append(db)
        return db

    yield factory
    for db in opened:
        db.close()


@pytest.fixture
def demo(open_db: Callable[[str], Database]) -> tuple[Database, DemoReport]:
    db = open_db("demo")
    return db, generate_demo(db, seed=7, today=TODAY)


def test_plans_cover_every_region_once_in_the_cycle(demo: tuple[Database, DemoReport]) -> None:
    db, _report = demo
    with read_session(db) as s:
        cycle = s.scalars(select(m.Cycle).where(m.Cycle.start_year == TODAY.year - 2)).one()
        assert cycle.length_years == 3
        plans = s.scalars(
            select(m.Plan).where(m.Plan.cycle_id == cycle.id).order_by(m.Plan.year)
        ).all()
        assert [(p.year, p.state) for p in plans] == [
            (2024, "已完成"),
            (2025, "已完成"),
            (2026, "实施中"),
        ]
        toured = s.scalars(
            select(m.Target.region_id).join(m.Batch).join(m.Plan).where(m.Plan.cycle_id == cycle.id)
        ).all()
        regions = s.scalars(select(m.Region.id)).all()
        assert sorted(toured) == sorted(regions)  # each of the 20 exactly once
        # Next year's draft lives in the next cycle, because its year is outside this one.
        draft = s.scalars(select(m.Plan).where(m.Plan.state == "草拟")).one()
        assert draft.year == TODAY.year + 1
        assert draft.cycle.start_year <= draft.year <= draft.cycle.end_year
        for plan in s.scalars(select(m.Plan)):
            assert 2 <= len(plan.batches) <= 3
            steps = plan.transitions
            assert steps[0].from_state is None and steps[-1].to_state == plan.state
            assert all(a.to_state == b.from_state for a, b in pairwise(steps))
            assert all(a.at < b.at for a, b in pairwise(steps))
            assert all(t.at.date() <= TODAY for t in steps)
            for batch in plan.batches:
                for target in batch.targets:
                    assert batch.start_date <= target.entry_date <= target.exit_date
                    assert target.exit_date <= batch.end_date
                    assert target.mobilization and target.extension_scope
        # Team states follow the calendar.
        states = {
            (t.team.state if t.team else None)
            for t in s.scalars(select(m.Target))
            if t.exit_date < TODAY
        }
        assert states == {"已结束"}
        ongoing = s.scalars(
            select(m.Team.state)
            .join(m.Target)
            .where(m.Target.entry_date <= TODAY, m.Target.exit_date >= TODAY)
        ).all()
        assert ongoing and set(ongoing) == {"进驻"}


def test_teams_are_drawn_by_the_rules(demo: tuple[Database, DemoReport]) -> None:
    db, _report = demo
    with read_session(db) as s:
        targets = s.scalars(select(m.Target)).all()
        assert all(t.team is not None for t in targets)
        busy: dict[int, list[tuple[dt.date, dt.date, int]]] = defaultdict(list)
        for t in targets:
            team = t.team
            assert team is not None
            assert re.fullmatch(r"\d{4}年省安全生产第[一二三四五六七八九十]+巡查组", team.name)
            active = [ms for ms in team.memberships if ms.leave_date is None]
            assert 5 <= len(active) <= 8, team.name
            leaders = [ms for ms in active if ms.role == "组长"]
            assert len(leaders) == 1 and leaders[0].person.rank == "厅级"
            for ms in team.memberships:
                assert ms.person.home_region_id != t.region_id, "回避：本市县人员不得参加"
                end = ms.leave_date or t.exit_date
                for a, b, _team in busy[ms.person_id]:
                    assert end < a or b < ms.join_date, f"{ms.person.name} 同时在两个巡查组"
                busy[ms.person_id].append((ms.join_date, end, team.id))
        memberships = s.scalars(select(m.Membership)).all()
        assert {ms.role for ms in memberships} == set(m.ROLES)
        appointed = [ms for ms in memberships if ms.selection == "指定"]
        assert appointed and all(ms.selection_reason for ms in appointed)
        replaced = [ms for ms in memberships if ms.replaces_id is not None]
        assert len(replaced) >= 1
        for ms in replaced:
            old = s.get(m.Membership, ms.replaces_id)
            assert old is not None and old.leave_date == ms.join_date and old.leave_reason
        draws = {d.id: d for d in s.scalars(select(m.Draw))}
        for d in draws.values():
            candidates = json.loads(d.candidates_json)
            result = json.loads(d.result_json)
            assert d.algorithm == DRAW_ALGORITHM
            assert len(result) == d.places and set(result) <= set(candidates)
            assert draw_order(d.seed, candidates)[: d.places] == result  # re-runnable
            assert json.loads(d.rules_json)["回避市县"] != 0
        for ms in memberships:
            if ms.selection == "抽取":
                assert ms.draw_id is not None
                assert ms.person_id in json.loads(draws[ms.draw_id].result_json)
        # The pool: ~200 people, ≥15 厅级, ~40 experts, valid phones, four conditions each.
        people = s.scalars(select(m.Person)).all()
        assert len(people) == 200
        ranks = Counter(p.rank for p in people)
        assert ranks["厅级"] >= 15
        assert 30 <= sum(p.pool_type == "专家" for p in people) <= 50
        assert any("·" in p.name for p in people) and any("𠮷" in p.name for p in people)
        assert all(PHONE_RE.fullmatch(p.phone) and p.phone.startswith("1") for p in people)
        assert all(len(p.conditions) == 4 for p in people)
        assert any(not c.met for p in people for c in p.conditions)
        assert all(c.checked_by for p in people for c in p.conditions if c.met)


def test_findings_follow_the_closed_loop(demo: tuple[Database, DemoReport]) -> None:
    db, report = demo
    with read_session(db) as s:
        findings = s.scalars(select(m.Finding)).all()
        assert 900 <= len(findings) <= 1100 and report.count(m.Finding) == len(findings)
        assert {f.state for f in findings} == set(m.FINDING_STATES)
        kinds = s.scalars(select(m.FindingKind.id)).all()
        assert {f.kind_id for f in findings} == set(kinds)
        assert {f.unit_level for f in findings} == set(m.UNIT_KINDS)
        assert len({f.code for f in findings}) == len(findings)
        assert all(re.fullmatch(r"XC20\d\d-\d{4,}", f.code) for f in findings)
        open_ = [f for f in findings if f.state in OPEN_STATES]
        assert any(f.deadline is not None and f.deadline < TODAY for f in open_), "逾期"
        assert any(
            f.deadline is not None and TODAY <= f.deadline <= TODAY + dt.timedelta(days=3)
            for f in open_
        ), "临期"
        assert any(
            f.deadline is not None and f.deadline > TODAY + dt.timedelta(days=3) for f in open_
        )
        assert all(
            f.closed_on is not None and f.closed_on <= TODAY
            for f in findings
            if f.state == "已销号"
        )
        supervised = [f for f in findings if f.supervision_level]
        assert {f.supervision_level for f in supervised} == set(m.SUPERVISION_LEVELS)
        assert all(f.supervising_body and f.plan_measures for f in supervised)
        assert any(f.checklist_result_id for f in findings)
        assert any("未设置" in f.description for f in findings)
        by_finding: dict[int, list[m.FindingTransition]] = defaultdict(list)
        for t in s.scalars(select(m.FindingTransition).order_by(m.FindingTransition.id)):
            by_finding[t.finding_id].append(t)
        for f in findings:
            steps = by_finding[f.id]
            assert steps[0].from_state is None and steps[0].to_state == "已发现"
            assert steps[-1].to_state == f.state, f.code
            assert all(a.to_state == b.from_state for a, b in pairwise(steps))
            assert all(a.at <= b.at for a, b in pairwise(steps))
            assert steps[-1].at.date() <= TODAY and steps[0].at.date() == f.found_on
        extensions = s.scalars(select(m.DeadlineExtension)).all()
        assert extensions
        for e in extensions:
            f = s.get(m.Finding, e.finding_id)
            assert f is not None and e.new_deadline > e.old_deadline
            assert f.deadline is not None and f.deadline >= e.new_deadline


def test_checklists_interviews_and_evaluations(demo: tuple[Database, DemoReport]) -> None:
    db, _report = demo
    with read_session(db) as s:
        template = s.scalars(
            select(m.ChecklistTemplate).where(m.ChecklistTemplate.is_current)
        ).one()
        for cl in s.scalars(select(m.Checklist)):
            assert cl.template_id == template.id and len(cl.results) == 10
            assert all(r.template_id == cl.template_id for r in cl.results)
            filled = [r for r in cl.results if r.result is not None]
            if cl.target.exit_date < TODAY:
                assert cl.state == "已完成" and len(filled) == 10
            else:
                assert cl.state == "填写中" and 0 < len(filled) < 10
            assert all(r.notes and r.inspector and r.checked_on for r in filled)
        results = s.scalars(select(m.ChecklistResult.result)).all()
        assert set(results) - {None} == set(m.RESULTS)
        # Some enterprises were visited on two different tours (the same unit row).
        visits = s.execute(
            select(m.UnitVisit.unit_id, func.count(func.distinct(m.UnitVisit.target_id))).group_by(
                m.UnitVisit.unit_id
            )
        ).all()
        assert any(n >= 2 for _unit, n in visits)
        interviews = s.scalars(select(m.Interview)).all()
        assert {i.state for i in interviews} >= {"拟约谈", "已通知", "已约谈", "已办结"}
        assert all(i.report_received_on for i in interviews if i.state == "已办结")
        assert any(i.previous_id for i in interviews)
        assert any(i.findings for i in interviews)
        for i in interviews:
            assert {a.side for a in i.attendees} >= {"被约谈方", "巡查组"}
        commitments = s.scalars(select(m.Commitment)).all()
        assert {c.state for c in commitments} == set(m.COMMITMENT_STATES)
        assert any(c.state == "未完成" and c.due_date and c.due_date < TODAY for c in commitments)
        breaches = s.scalars(select(m.CooperationBreach)).all()
        assert breaches and all(1 <= b.duty_no <= 5 for b in breaches)
        finished = s.scalars(select(m.Target.id).where(m.Target.exit_date < TODAY)).all()
        evaluations = s.scalars(select(m.Evaluation)).all()
        assert sorted(e.target_id for e in evaluations) == sorted(finished)
        overrides = [e for e in evaluations if e.grade != e.computed_grade]
        assert len(overrides) == 1 and overrides[0].override_reason
        assert {e.subject_kind for e in s.scalars(select(m.SubjectEvaluation))} == {"单位", "个人"}
        operators = s.scalars(select(m.Operator.role)).all()
        assert {"管理员", "办公室", "组长"} <= set(operators)


# Tables compared between two runs; ``created_at`` is the time of insertion and is skipped.
DUMPED = (
    m.Person,
    m.PersonUnavailability,
    m.Plan,
    m.PlanTransition,
    m.Target,
    m.Team,
    m.Draw,
    m.Membership,
    m.InspectedUnit,
    m.ChecklistResult,
    m.Finding,
    m.FindingTransition,
    m.DeadlineExtension,
    m.Interview,
    m.Commitment,
    m.Evaluation,
)


def dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    out: dict[str, list[tuple[Any, ...]]] = {}
    with db.engine.connect() as conn:
        for model in DUMPED:
            table = model.__table__
            cols = [c for c in table.c if c.name != "created_at"]
            out[table.name] = [tuple(r) for r in conn.execute(select(*cols).order_by(table.c.id))]
    return out


def test_same_seed_and_day_give_the_same_database(open_db: Callable[[str], Database]) -> None:
    a, b, c = open_db("a"), open_db("b"), open_db("c")
    generate_demo(a, seed=11, today=TODAY)
    generate_demo(b, seed=11, today=TODAY)
    generate_demo(c, seed=12, today=TODAY)
    first, second, other = dump(a), dump(b), dump(c)
    assert first["finding"] and first == second
    assert first["person"] != other["person"]
    assert first["finding"] != other["finding"]


def test_scale_multiplies_the_findings(open_db: Callable[[str], Database]) -> None:
    db = open_db("scaled")
    report = generate_demo(db, seed=3, scale=2, today=TODAY)
    assert 1900 <= report.count(m.Finding) <= 2100
    assert report.count(m.Person) == 200  # the pool does not scale
    with read_session(db) as s:
        codes = s.scalars(select(m.Finding.code)).all()
    assert len(set(codes)) == len(codes) == report.count(m.Finding)


def test_audit_log_and_refusal_of_a_filled_database(open_db: Callable[[str], Database]) -> None:
    db = open_db("audited")
    assert is_empty(db)
    seen: list[tuple[int, str]] = []
    report = generate_demo(
        db, seed=5, today=dt.date(2027, 1, 3), progress=lambda p, msg: seen.append((p, msg))
    )
    assert not is_empty(db)
    assert seen[0][0] == 0 and seen[-1][0] == 100
    assert [p for p, _ in seen] == sorted(p for p, _ in seen)
    assert "问题隐患" in report.summary() and f"{report.count(m.Finding):,}" in report.summary()
    with read_session(db) as s:
        logged = s.scalar(
            select(func.count())
            .select_from(m.AuditEntry)
            .where(
                m.AuditEntry.entity == "finding",
                m.AuditEntry.action == "新增",
                m.AuditEntry.operator == DEMO_OPERATOR,
            )
        )
        # Early January: the current year has not got far, yet the cycle is complete.
        cycle = s.scalars(select(m.Cycle).where(m.Cycle.start_year == 2025)).one()
        toured = s.scalars(
            select(m.Target.region_id).join(m.Batch).join(m.Plan).where(m.Plan.cycle_id == cycle.id)
        ).all()
        assert sorted(toured) == sorted(s.scalars(select(m.Region.id)).all())
    assert logged == report.count(m.Finding)
    with db.engine.connect() as conn:
        assert verify_chain(conn) is None
    with pytest.raises(ValidationError, match="已有"):
        generate_demo(db, seed=5)


def test_old_business_is_mostly_wound_up(demo: tuple[Database, DemoReport]) -> None:
    """An office that keeps track: deadlines long past are mostly met (closed, done, report
    received); a few recent ones stay open and overdue so that the overdue views show them."""
    db, _report = demo
    long_ago = TODAY - dt.timedelta(days=60)
    with read_session(db) as s:
        commitments = s.scalars(select(m.Commitment)).all()
        old = [c for c in commitments if c.due_date and c.due_date < long_ago]
        assert len(old) >= 30
        assert sum(c.state == "未完成" for c in old) <= len(old) // 10
        assert any(
            c.state == "未完成" and c.due_date and long_ago <= c.due_date < TODAY
            for c in commitments
        ), "近期逾期的承诺"
        for c in commitments:
            if c.state == "已完成":
                assert c.done_on is not None and c.interview.held_on is not None
                assert c.interview.held_on <= c.done_on <= TODAY
        interviews = s.scalars(select(m.Interview)).all()
        reports = [i for i in interviews if i.report_due and i.report_due < long_ago]
        assert len(reports) >= 20
        assert sum(i.report_received_on is None for i in reports) <= len(reports) // 10
        for i in interviews:
            if i.state == "已办结":
                assert i.report_received_on is not None
                assert all(c.state != "未完成" for c in i.commitments)
        findings = s.scalars(select(m.Finding)).all()
        due_long_ago = [f for f in findings if f.deadline and f.deadline < long_ago]
        still_open = [f for f in due_long_ago if f.state in ("已交办", "整改中", "待核查")]
        assert len(still_open) <= len(due_long_ago) // 50
        assert any(
            f.state in OPEN_STATES and f.deadline and long_ago <= f.deadline < TODAY
            for f in findings
        ), "近期逾期的问题"
        # Nothing is left open more than a year past its deadline.
        year_ago = TODAY - dt.timedelta(days=365)
        assert not [c for c in commitments
                    if c.state == "未完成" and c.due_date and c.due_date < year_ago]
        assert not [i for i in reports if i.report_received_on is None
                    and i.held_on is not None and i.report_due and i.report_due < year_ago]
        assert not [f for f in findings if f.state in ("已交办", "整改中", "待核查")
                    and f.deadline and f.deadline < year_ago]
