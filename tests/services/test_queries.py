"""The list queries: counts, paging, SQL sorting and filtering, deadline status, overview."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.services import queries as q
from xuncha_desktop.services.uow import unit_of_work


def _load_dataset() -> ModuleType:
    name = "xuncha_test_dataset"
    if name in sys.modules:
        return sys.modules[name]
    path = Path(__file__).resolve().parent.parent / "ui" / "dataset.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


dataset = _load_dataset()
TODAY: dt.date = dataset.TODAY


@pytest.fixture
def populated(tmp_path: Path) -> Iterator[tuple[Database, Any]]:
    db, ids = dataset.make_database(tmp_path / "q.db")
    try:
        yield db, ids
    finally:
        db.close()


def codes(rows: list[q.FindingRow]) -> list[str]:
    return [r.code for r in rows]


def test_counts_of_every_list(populated: tuple[Database, Any]) -> None:
    db, _ = populated
    assert q.PlanQuery().total(db) == 2
    assert q.TeamQuery().total(db) == 3
    assert q.MembershipQuery().total(db) == 6
    assert q.PersonQuery().total(db) == 6
    assert q.ChecklistQuery().total(db) == 3
    assert q.FindingQuery(TODAY).total(db) == 6
    assert q.InterviewQuery().total(db) == 2


def test_plan_rows_carry_aggregates(populated: tuple[Database, Any]) -> None:
    db, _ = populated
    rows = q.PlanQuery().page(db, 0, 10)
    assert [r.year for r in rows] == [2026, 2025]  # default: newest first
    p26 = rows[0]
    assert (p26.title, p26.state, p26.batches, p26.targets) == (
        "2026年度安全生产巡查工作计划",
        "实施中",
        2,
        3,
    )
    assert p26.start_date == dt.date(2026, 3, 2)
    assert p26.end_date == dt.date(2026, 9, 8)


def test_team_rows_and_roster(populated: tuple[Database, Any]) -> None:
    db, ids = populated
    teams = {t.name: t for t in q.TeamQuery().page(db, 0, 10)}
    a = teams["第一巡查组"]
    assert (a.leader, a.members, a.regions) == ("张伟", 3, "海口市")  # 陈刚 has left
    assert teams["第二巡查组"].leader == "赵敏"
    roster = q.MembershipQuery().page(db, 0, 10, "role", False, q.ListFilter(team_id=ids.team_a))
    assert [(r.name, r.role) for r in roster][:2] == [("张伟", "组长"), ("李娜", "副组长")]
    assert {r.status for r in roster} == {"在组", "已离组"}
    assert q.TeamQuery().total(db, q.ListFilter(plan_id=ids.plan_2025)) == 1
    assert q.TeamQuery().total(db, q.ListFilter(target_id=ids.target_sanya)) == 1


def test_checklist_progress(populated: tuple[Database, Any]) -> None:
    db, ids = populated
    rows = q.ChecklistQuery().page(db, 0, 10, flt=q.ListFilter(target_id=ids.target_haikou))
    assert len(rows) == 1
    row = rows[0]
    assert (row.region, row.plan_year, row.done, row.total, row.progress) == (
        "海口市",
        2026,
        3,
        10,
        "3/10",
    )
    assert row.batch == "第一批"
    assert row.template.endswith("第1版")
    by_progress = q.ChecklistQuery().page(db, 0, 10, "progress", True)
    assert [r.region for r in by_progress] == ["儋州市", "海口市", "三亚市"]


def test_paging_returns_disjoint_pages_in_order(populated: tuple[Database, Any]) -> None:
    db, _ = populated
    query = q.FindingQuery(TODAY)
    pages = [query.page(db, offset, 2, "code", False) for offset in (0, 2, 4, 6)]
    assert [len(p) for p in pages] == [2, 2, 2, 0]
    flat = [c for p in pages for c in codes(p)]
    assert flat == sorted(flat)
    assert len(set(flat)) == 6


def test_sort_ascending_and_descending(populated: tuple[Database, Any]) -> None:
    db, _ = populated
    query = q.FindingQuery(TODAY)
    asc = codes(query.page(db, 0, 10, "deadline", False))
    desc = codes(query.page(db, 0, 10, "deadline", True))
    assert asc[0] == "2026-HK-001"  # no deadline sorts first
    assert desc[0] == "2026-SY-001"  # 2026-08-30 is the latest
    by_status = query.page(db, 0, 10, "deadline_status", False)
    assert [r.deadline_status for r in by_status][:2] == ["逾期", "即将到期"]
    by_state = query.page(db, 0, 10, "state", False)
    assert by_state[0].state == "已发现"  # workflow order, not alphabetical
    for column in query.columns:  # every column sorts
        assert len(query.page(db, 0, 10, column.key, True)) == 6
    with pytest.raises(KeyError):
        query.page(db, 0, 10, "no_such_column")


def test_text_filter_in_sql(populated: tuple[Database, Any]) -> None:
    db, _ = populated
    query = q.FindingQuery(TODAY)
    assert query.total(db, q.ListFilter("海口")) == 3
    assert codes(query.page(db, 0, 10, flt=q.ListFilter("塔吊"))) == ["2026-HK-003"]
    assert query.total(db, q.ListFilter("海口 重大")) == 1  # every word must match
    assert query.total(db, q.ListFilter("逾期")) == 1  # the computed status is searchable
    assert query.total(db, q.ListFilter("%")) == 0  # wildcards are literal
    assert query.total(db, q.ListFilter("不存在的关键字")) == 0
    assert q.PlanQuery().total(db, q.ListFilter("2025年度")) == 1
    assert q.PlanQuery().total(db, q.ListFilter("2025")) == 2  # the cycle name matches too
    assert q.PersonQuery().total(db, q.ListFilter("应急管理厅")) == 2


def test_plan_and_target_scope(populated: tuple[Database, Any]) -> None:
    db, ids = populated
    fq = q.FindingQuery(TODAY)
    assert fq.total(db, q.ListFilter(plan_id=ids.plan_2026)) == 5
    assert fq.total(db, q.ListFilter(plan_id=ids.plan_2025)) == 1
    assert fq.total(db, q.ListFilter(target_id=ids.target_sanya)) == 2
    iq = q.InterviewQuery()
    rows = iq.page(db, 0, 10, flt=q.ListFilter(target_id=ids.target_haikou))
    assert [(r.party, r.open_commitments) for r in rows] == [("海口市应急管理局", 1)]
    assert iq.total(db, q.ListFilter(plan_id=ids.plan_2025)) == 0
    assert q.ChecklistQuery().total(db, q.ListFilter(plan_id=ids.plan_2026)) == 2


def test_deadline_status(populated: tuple[Database, Any]) -> None:
    db, _ = populated
    status = {r.code: r.deadline_status for r in q.FindingQuery(TODAY).page(db, 0, 10)}
    assert status == {
        "2026-HK-001": "正常",
        "2026-HK-002": "逾期",
        "2026-HK-003": "即将到期",
        "2026-SY-001": "正常",
        "2026-SY-002": "已销号",
        "2025-DZ-001": "已销号",
    }
    # A wider due-soon window, and another day.
    wide = {
        r.code: r.deadline_status for r in q.FindingQuery(TODAY, due_soon_days=60).page(db, 0, 10)
    }
    assert wide["2026-SY-001"] == "即将到期"
    later = {
        r.code: r.deadline_status for r in q.FindingQuery(dt.date(2026, 7, 17)).page(db, 0, 10)
    }
    assert later["2026-HK-003"] == "逾期"
    # Boundaries: due today is not overdue; due in exactly N days is due soon.
    assert q.deadline_status("整改中", TODAY, TODAY) == "即将到期"
    assert q.deadline_status("整改中", TODAY + dt.timedelta(days=3), TODAY) == "即将到期"
    assert q.deadline_status("整改中", TODAY + dt.timedelta(days=4), TODAY) == "正常"
    assert q.deadline_status("整改中", TODAY - dt.timedelta(days=1), TODAY) == "逾期"


def test_sql_and_python_deadline_rules_agree(populated: tuple[Database, Any]) -> None:
    db, _ = populated
    for day in (dt.date(2026, 7, 1), TODAY, dt.date(2026, 7, 16), dt.date(2026, 9, 1)):
        for row in q.FindingQuery(day).page(db, 0, 10):
            assert row.deadline_status == q.deadline_status(row.state, row.deadline, day)


def test_selectors(populated: tuple[Database, Any]) -> None:
    db, ids = populated
    plans = q.plan_choices(db)
    assert [c.id for c in plans] == [ids.plan_2026, ids.plan_2025]
    assert plans[0].label == "2026年 · 2026年度安全生产巡查工作计划（实施中）"
    targets = q.target_choices(db, ids.plan_2026)
    assert [c.label for c in targets] == [
        "第一批 · 海口市 (2026年3月2日—3月9日)",
        "第一批 · 三亚市 (2026年3月2日—3月9日)",
        "第二批 · 文昌市 (2026年9月1日—9月8日)",
    ]
    assert targets[0].id == ids.target_haikou
    assert q.current_plan_id(db) == ids.plan_2026


def test_overview_counts(populated: tuple[Database, Any]) -> None:
    db, _ = populated
    ov = q.overview_counts(db, TODAY)
    assert ov.plans_in_progress == 1
    assert ov.plans_total == 2
    assert dict(ov.findings_by_state) == {
        "已发现": 1,
        "已交办": 1,
        "整改中": 1,
        "待核查": 1,
        "已销号": 2,
    }
    assert ov.findings_total == 6
    assert ov.findings_open == 4
    assert (ov.findings_overdue, ov.findings_due_soon) == (1, 1)
    assert ov.interviews_pending == 2
    assert ov.cycle_name == "2025—2027年巡查周期"
    # 海口, 三亚 (2026 batch 1) and 儋州 (2025) are done; 文昌 is planned for September.
    assert (ov.regions_covered, ov.regions_planned, ov.regions_total) == (3, 4, 20)


def test_overview_excludes_regions_and_follows_changes(populated: tuple[Database, Any]) -> None:
    db, _ = populated
    with unit_of_work(db, "测试") as s:
        cycle = s.query(m.Cycle).one()
        sansha = s.query(m.Region).filter_by(name="三沙市").one()
        s.add(m.CycleExclusion(cycle=cycle, region=sansha, reason="不适用"))
        cancelled = s.get(m.Interview, 2)
        cancelled.state = "已取消"
        cancelled.cancel_reason = "问题已整改，取消约谈"
    ov = q.overview_counts(db, TODAY)
    assert ov.regions_total == 19
    assert ov.interviews_pending == 1


def test_empty_database(tmp_path: Path) -> None:
    from xuncha_desktop.db.migrate import open_database
    from xuncha_desktop.services.reference import load_reference_data

    db = open_database(tmp_path / "empty.db", operator="测试")
    try:
        load_reference_data(db)
        ov = q.overview_counts(db, TODAY)
        assert (ov.plans_total, ov.findings_total, ov.cycle_name) == (0, 0, "")
        assert ov.regions_total == 20
        assert q.plan_choices(db) == []
        assert q.current_plan_id(db) is None
        assert q.FindingQuery(TODAY).page(db, 0, 10) == []
        assert q.schema_revision(db)
    finally:
        db.close()


def test_formatting() -> None:
    assert q.format_date(dt.date(2026, 7, 4)) == "2026年7月4日"
    assert q.format_date(None) == ""
    assert q.format_datetime(dt.datetime(2026, 3, 5, 9, 30)) == "2026年3月5日 09:30"
    assert q.format_date_range(dt.date(2026, 12, 28), dt.date(2027, 1, 5)) == (
        "2026年12月28日—2027年1月5日"
    )
    assert [q.chinese_number(n) for n in (1, 10, 12, 20, 35)] == [
        "一",
        "十",
        "十二",
        "二十",
        "三十五",
    ]
    assert q.batch_label(2) == "第二批"
    assert q.batch_label(2, "专项批次") == "专项批次"
