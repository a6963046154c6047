"""The chart figures of the 总览 tab: exact numbers on a hand-built fixture, in SQL only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, select

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.db.migrate import open_database
from xuncha_desktop.services import queries as q
from xuncha_desktop.services import statistics as st
from xuncha_desktop.services.reference import load_reference_data
from xuncha_desktop.services.uow import unit_of_work

TODAY = dt.date(2026, 7, 14)
D = dt.date
V2_TITLE_4 = "开展安全生产大检查和风险评估（修订）"


def build(db: Database) -> None:
    """Eight findings A–H over three 市县, two template versions, a sub-item and an extension.

    | code | 市县 | sector   | item     | found      | deadline            | state / closed        |
    |------|------|----------|----------|------------|---------------------|-----------------------|
    | A    | 海口 | 燃气     | v1 4.1   | 2026-01-05 | 2026-01-20          | 整改中                |
    | B    | 海口 | 燃气     | v1 2     | 2026-02-01 | 2026-02-10          | 已销号 2026-04-15     |
    | C    | 三亚 | 建筑施工 | v2 4     | 2026-03-01 | 03-20 → 08-31 (5-10)| 整改中                |
    | D    | 三亚 | —        | v1 4     | 2026-06-01 | 2026-07-10          | 已交办                |
    | E    | 海口 | 危险化学品| —       | 2026-07-01 | —                   | 已发现                |
    | F    | 儋州 | 燃气     | —        | 2025-06-01 | 2025-07-01          | 待核查                |
    | G    | 儋州 | 非煤矿山 | —        | 2025-05-01 | 2025-06-01          | 已销号 2025-12-01     |
    | H    | 海口 | —        | v1 10    | 2026-02-01 | 2026-12-31          | 整改中                |
    """
    with unit_of_work(db, "测试") as s:
        region = {r.name: r for r in s.scalars(select(m.Region))}
        sector = {x.name: x for x in s.scalars(select(m.Sector))}
        kind = s.scalars(select(m.FindingKind).order_by(m.FindingKind.sort_order)).first()
        assert kind is not None
        v1 = s.scalars(select(m.ChecklistTemplate)).one()
        v1_items = {i.number: i for i in v1.items}
        sub = m.TemplateItem(template=v1, parent_id=v1_items["4"].id, number="4.1",
                             title="重要场所风险评估", sort_order=41)
        s.add(sub)
        v1.is_current = False
        v2 = m.ChecklistTemplate(name=v1.name, version_no=2, is_current=True)
        for i in v1.items:
            if i.parent_id is None:
                v2.items.append(m.TemplateItem(
                    number=i.number, title=V2_TITLE_4 if i.number == "4" else i.title,
                    sort_order=i.sort_order))
        s.add(v2)
        cycle = m.Cycle(name="2025—2027年巡查周期", start_year=2025, length_years=3)
        plan = m.Plan(cycle=cycle, year=2026, title="2026年度计划", state="实施中")
        batch = m.Batch(plan=plan, seq=1, start_date=D(2026, 1, 5), end_date=D(2026, 1, 12))
        haikou = m.Target(batch=batch, region=region["海口市"], entry_date=D(2026, 1, 5),
                          exit_date=D(2026, 1, 12))
        sanya = m.Target(batch=batch, region=region["三亚市"], entry_date=D(2026, 1, 5),
                         exit_date=D(2026, 1, 12))
        s.add_all([cycle, plan, batch, haikou, sanya])
        cl1 = m.Checklist(target=haikou, template=v1)
        cl2 = m.Checklist(target=sanya, template=v2)
        s.add_all([cl1, cl2])
        s.flush()
        v2_items = {i.number: i for i in v2.items}

        def result(cl: m.Checklist, item: m.TemplateItem) -> int:
            r = m.ChecklistResult(checklist_id=cl.id, template_id=cl.template_id, item_id=item.id)
            s.add(r)
            s.flush()
            return r.id

        r_a = result(cl1, sub)
        r_b = result(cl1, v1_items["2"])
        r_c = result(cl2, v2_items["4"])
        r_d = result(cl1, v1_items["4"])
        r_h = result(cl1, v1_items["10"])

        def finding(code: str, reg: str, sec: str | None, item: int | None, found: dt.date,
                    deadline: dt.date | None, state: str, closed: dt.date | None = None,
                    ) -> m.Finding:
            f = m.Finding(
                code=code, region=region[reg], kind=kind,
                sector=sector[sec] if sec else None, checklist_result_id=item,
                description=f"问题{code}", found_on=found, state=state, deadline=deadline,
                responsible_unit="" if deadline is None else "责任单位", closed_on=closed)
            s.add(f)
            return f

        finding("A", "海口市", "燃气", r_a, D(2026, 1, 5), D(2026, 1, 20), "整改中")
        finding("B", "海口市", "燃气", r_b, D(2026, 2, 1), D(2026, 2, 10), "已销号",
                D(2026, 4, 15))
        c = finding("C", "三亚市", "建筑施工", r_c, D(2026, 3, 1), D(2026, 8, 31), "整改中")
        finding("D", "三亚市", None, r_d, D(2026, 6, 1), D(2026, 7, 10), "已交办")
        finding("E", "海口市", "危险化学品", None, D(2026, 7, 1), None, "已发现")
        finding("F", "儋州市", "燃气", None, D(2025, 6, 1), D(2025, 7, 1), "待核查")
        finding("G", "儋州市", "非煤矿山", None, D(2025, 5, 1), D(2025, 6, 1), "已销号",
                D(2025, 12, 1))
        finding("H", "海口市", None, r_h, D(2026, 2, 1), D(2026, 12, 31), "整改中")
        s.flush()
        s.add(m.DeadlineExtension(finding_id=c.id, old_deadline=D(2026, 3, 20),
                                  new_deadline=D(2026, 8, 31), reason="设备到货延迟",
                                  operator="测试", at=dt.datetime(2026, 5, 10, 9, 0)))


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "stats.db", operator="测试")
    load_reference_data(database)
    build(database)
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "empty.db", operator="测试")
    load_reference_data(database)
    try:
        yield database
    finally:
        database.close()


def test_findings_by_sector(db: Database) -> None:
    assert st.findings_by_sector(db) == [
        ("危险化学品", 1), ("非煤矿山", 1), ("建筑施工", 1), ("燃气", 3), (st.NO_SECTOR, 2)]
    assert st.findings_by_sector(db, year=2026) == [
        ("危险化学品", 1), ("建筑施工", 1), ("燃气", 2), (st.NO_SECTOR, 2)]
    assert st.findings_by_sector(db, year=2025) == [("非煤矿山", 1), ("燃气", 1)]
    assert st.findings_by_sector(db, year=2024) == []


def test_findings_by_item_groups_sub_items_and_versions(db: Database) -> None:
    v1_title_2 = "贯彻落实安全生产法、职业病防治法等法律法规，依法开展安全生产行政执法监督检查情况"
    assert st.findings_by_item(db) == [
        (f"2. {v1_title_2}", 1),
        (f"4. {V2_TITLE_4}", 3),  # A (sub-item 4.1), C (version 2), D: newest title
        ("10. 省安委会部署的其他事项落实情况", 1),
        (st.NO_ITEM, 3),
    ]
    assert st.findings_by_item(db, year=2025) == [(st.NO_ITEM, 2)]
    assert sum(n for _label, n in st.findings_by_item(db, year=2026)) == 6


def test_rectification_by_region(db: Database) -> None:
    assert st.rectification_by_region(db) == [("海口市", 1, 4), ("三亚市", 0, 2), ("儋州市", 1, 2)]
    assert st.rectification_by_region(db, year=2025) == [("儋州市", 1, 2)]
    assert st.rate_percent(1, 4) == 25.0
    assert st.rate_percent(0, 0) == 0.0


def test_overdue_over_time_in_a_year(db: Database) -> None:
    # Jan A,F · Feb +B · Mar +C (old deadline 3-20) · Apr B closed · May C extended on 5-10
    # · Jul (counted on today, 7-14) +D. H is due at the end of the year.
    assert st.overdue_over_time(db, year=2026, today=TODAY) == [
        ("2026-01", 2), ("2026-02", 3), ("2026-03", 4), ("2026-04", 3),
        ("2026-05", 2), ("2026-06", 2), ("2026-07", 3),
    ]
    assert st.overdue_over_time(db, year=2025, today=TODAY) == [
        ("2025-01", 0), ("2025-02", 0), ("2025-03", 0), ("2025-04", 0), ("2025-05", 0),
        ("2025-06", 1), ("2025-07", 2), ("2025-08", 2), ("2025-09", 2), ("2025-10", 2),
        ("2025-11", 2), ("2025-12", 1),
    ]  # G overdue after 6-1 until closed on 12-1; F after 7-1


def test_overdue_over_time_last_months_ends_with_the_overview_figure(db: Database) -> None:
    points = st.overdue_over_time(db, today=TODAY)
    assert [p[0] for p in points][:2] == ["2025-08", "2025-09"]
    assert len(points) == 12 and points[-1] == ("2026-07", 3)
    assert points[-1][1] == q.overview_counts(db, TODAY).findings_overdue
    assert st.overdue_over_time(db, today=TODAY, months=3) == [
        ("2026-05", 2), ("2026-06", 2), ("2026-07", 3)]


def test_years_and_month_ends(db: Database) -> None:
    assert st.finding_years(db) == [2025, 2026]
    assert st.month_end(2026, 2) == D(2026, 2, 28)
    assert st.month_end(2024, 2) == D(2024, 2, 29)
    assert st.month_end(2026, 12) == D(2026, 12, 31)


def test_empty_database(empty: Database) -> None:
    assert st.finding_years(empty) == []
    assert st.findings_by_sector(empty) == []
    assert st.findings_by_item(empty) == []
    assert st.rectification_by_region(empty) == []
    assert st.overdue_over_time(empty, today=TODAY, months=2) == [("2026-06", 0), ("2026-07", 0)]
    assert st.overdue_over_time(empty, year=2027, today=TODAY) == []  # a year still to come


def test_each_figure_is_one_sql_aggregate(db: Database) -> None:
    """No Python loop over rows: each figure is one SELECT that groups or sums in SQL."""
    statements: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            statements.append(statement)

    engine = db.engine
    event.listen(engine, "before_cursor_execute", record)
    try:
        for fn in (st.findings_by_sector, st.findings_by_item, st.rectification_by_region,
                   st.overdue_over_time):
            statements.clear()
            fn(db, year=2026, today=TODAY)
            assert len(statements) == 1
            assert "GROUP BY" in statements[0].upper()
    finally:
        event.remove(engine, "before_cursor_execute", record)


def test_rectification_and_years_in_one_pass(db: Database) -> None:
    regions, years = st.rectification_and_years(db)
    assert regions == st.rectification_by_region(db)
    assert years == st.finding_years(db) == [2025, 2026]
    assert st.rectification_and_years(db, year=2025) == ([("儋州市", 1, 2)], [2025])


def test_two_extensions_count_each_deadline_in_its_own_time(db: Database) -> None:
    """I: due 1-31, extended on 2-15 to 3-15, on 4-20 to 9-30: overdue only at March's end."""
    before = st.overdue_over_time(db, year=2026, today=TODAY)
    with unit_of_work(db, "测试") as s:
        region = s.scalars(select(m.Region).where(m.Region.name == "三亚市")).one()
        kind = s.scalars(select(m.FindingKind)).first()
        f = m.Finding(code="I", region=region, kind=kind, description="问题I",
                      found_on=D(2026, 1, 2), state="整改中", deadline=D(2026, 9, 30),
                      responsible_unit="责任单位")
        s.add(f)
        s.flush()
        for old, new, at in ((D(2026, 1, 31), D(2026, 3, 15), dt.datetime(2026, 2, 15, 16)),
                             (D(2026, 3, 15), D(2026, 9, 30), dt.datetime(2026, 4, 20, 8))):
            s.add(m.DeadlineExtension(finding_id=f.id, old_deadline=old, new_deadline=new,
                                      reason="延期", operator="测试", at=at))
    after = st.overdue_over_time(db, year=2026, today=TODAY)
    assert [a[1] - b[1] for a, b in zip(after, before, strict=True)] == [0, 0, 1, 0, 0, 0, 0]
    # granted on the very day counted (today, 2-15): that day already has the new deadline
    assert st.overdue_over_time(db, year=2026, today=D(2026, 2, 15))[-1] == ("2026-02", 3)


def test_lists_narrowed_to_states_as_the_overview_opens_them(db: Database) -> None:
    """``ListFilter.states`` (what a 总览 count opens) is applied in SQL and survives a search."""
    from xuncha_desktop.services import findings as fs

    query = fs.FindingListQuery(TODAY)
    open_states = ("已发现", "已交办", "整改中", "待核查")
    flt = fs.FindingFilter(states=open_states)
    assert query.total(db, flt) == 6 == q.overview_counts(db, TODAY).findings_open
    assert {r.state for r in query.page(db, 0, 50, flt=flt)} == {"整改中", "已交办", "已发现", "待核查"}
    assert [r.code for r in query.page(db, 0, 50, flt=flt.with_text("问题C"))] == ["C"]
    assert flt.with_scope(None, None).with_team(None).states == open_states
    assert q.PlanQuery().total(db, q.ListFilter(states=("实施中",))) == 1
    assert q.PlanQuery().total(db, q.ListFilter(states=("已完成",)).with_text("2026")) == 0
