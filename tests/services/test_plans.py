"""巡查计划 services: cycles, saving whole plans, the state flow, 变更, coverage, warnings and the
next-year suggestion, and every bad input of issue 4 (field named, nothing saved)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import StateError, ValidationError
from xuncha_desktop.services import crud, plans
from xuncha_desktop.services.bootstrap import open_for_use
from xuncha_desktop.services.demo import generate_demo
from xuncha_desktop.services.plans import BatchInput, PlanInput, TargetInput
from xuncha_desktop.services.uow import read_session, unit_of_work

TODAY = dt.date(2026, 7, 14)
d = dt.date


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_for_use(tmp_path / "plans.db", operator="计划员")
    yield database
    database.close()


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("plans") / "demo.db"
    database = open_for_use(path, operator="测试")
    generate_demo(database, seed=3, today=TODAY)
    database.close()
    return path


@pytest.fixture
def demo(demo_path: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "demo.db"
    copy.write_bytes(demo_path.read_bytes())
    database = open_for_use(copy, operator="计划员")
    yield database
    database.close()


def region_ids(db: Database) -> dict[str, int]:
    return {c.label: c.id for c in plans.region_choices(db)}


def two_batch_plan(db: Database, cycle_id: int, year: int = 2027) -> PlanInput:
    r = region_ids(db)
    return PlanInput(
        cycle_id=cycle_id, year=year, title=f"{year}年度全省安全生产巡查工作计划",
        basis=plans.DEFAULT_BASIS,
        batches=[
            BatchInput(d(year, 4, 1), d(year, 4, 30), "第一批次", [
                TargetInput(r["海口市"], d(year, 4, 5), d(year, 4, 15)),
                TargetInput(r["三亚市"], d(year, 4, 6), d(year, 4, 16)),
                TargetInput(r["儋州市"], d(year, 4, 7), d(year, 4, 17)),
            ]),
            BatchInput(d(year, 9, 1), d(year, 9, 30), "第二批次", [
                TargetInput(r["琼海市"], d(year, 9, 5), d(year, 9, 15)),
                TargetInput(r["文昌市"], d(year, 9, 6), d(year, 9, 16)),
            ]),
        ],
    )


def counts(db: Database) -> tuple[int, int, int]:
    with read_session(db) as s:
        return tuple(  # type: ignore[return-value]
            int(s.scalar(select(func.count()).select_from(t)) or 0)
            for t in (m.Plan, m.Batch, m.Target)
        )


# ---------------------------------------------------------------------------------------------
# Cycles
# ---------------------------------------------------------------------------------------------
def test_cycle_length_defaults_to_the_office_setting_and_exclusions_need_a_reason(db) -> None:
    c = plans.create_cycle(db, 2027)
    assert (c.start_year, c.end_year, c.years) == (2027, 2029, (2027, 2028, 2029))
    assert c.name == "2027—2029年安全生产巡查周期"
    with pytest.raises(ValidationError) as err:
        plans.create_cycle(db, 2028)
    assert err.value.field == "start_year" and "重叠" in err.value.message
    r = region_ids(db)
    with pytest.raises(ValidationError) as err:
        plans.set_exclusion(db, c.id, r["三沙市"], "  ")
    assert err.value.field == "reason"
    c = plans.set_exclusion(db, c.id, r["三沙市"], "远海岛礁，另行安排专项检查")
    assert [(e.region, e.reason) for e in c.exclusions] == [("三沙市", "远海岛礁，另行安排专项检查")]
    cov = plans.coverage(db, c.id, TODAY)
    assert cov.total == 19  # 20 active regions minus the excluded one
    sansha = next(row for row in cov.rows if row.region == "三沙市")
    assert sansha.overall == plans.NOT_APPLICABLE and sansha.reason.startswith("远海")
    assert plans.remove_exclusion(db, c.id, r["三沙市"]).exclusions == ()


# ---------------------------------------------------------------------------------------------
# Saving, state flow, 变更
# ---------------------------------------------------------------------------------------------
def test_plan_is_saved_whole_with_a_creation_transition(db) -> None:
    c = plans.create_cycle(db, 2027)
    pid = plans.save_plan(db, two_batch_plan(db, c.id), operator="李文书")
    p = plans.load_plan(db, pid)
    assert p.state == "草拟"
    assert [len(b.targets) for b in p.data.batches] == [3, 2]
    assert [p.regions[t.region_id] for t in p.data.batches[0].targets] == ["海口市", "三亚市", "儋州市"]
    assert [(t.from_state, t.to_state, t.operator) for t in p.transitions] == [(None, "草拟", "李文书")]


def test_legal_transitions_are_recorded_with_operator_time_and_note(db) -> None:
    c = plans.create_cycle(db, 2027)
    pid = plans.save_plan(db, two_batch_plan(db, c.id))
    at = dt.datetime(2026, 11, 2, 9, 30)
    plans.transition(db, pid, "报批", "报省安委会", operator="李文书", at=at)
    plans.transition(db, pid, "草拟", "名单需调整", operator="王主任")  # 退回修改
    plans.transition(db, pid, "报批")
    plans.transition(db, pid, "已批准", "省安委会第3次会议审定")
    plans.transition(db, pid, "实施中")
    plans.transition(db, pid, "已完成")
    p = plans.load_plan(db, pid)
    assert p.state == "已完成"
    assert [(t.from_state, t.to_state) for t in p.transitions] == [
        (None, "草拟"), ("草拟", "报批"), ("报批", "草拟"), ("草拟", "报批"),
        ("报批", "已批准"), ("已批准", "实施中"), ("实施中", "已完成"),
    ]
    first = p.transitions[1]
    assert (first.operator, first.at, first.note) == ("李文书", at, "报省安委会")


@pytest.mark.parametrize(
    ("path", "target"),
    [
        ((), "已批准"),  # 草拟 cannot be approved without 报批
        ((), "实施中"),
        ((), "已完成"),
        (("报批",), "实施中"),
        (("报批", "已批准"), "已完成"),
        (("报批", "已批准", "实施中", "已完成"), "已撤销"),
        (("已撤销",), "草拟"),
        (("已撤销",), "报批"),
    ],
)
def test_illegal_transitions_are_refused_and_nothing_changes(db, path, target) -> None:
    c = plans.create_cycle(db, 2027)
    pid = plans.save_plan(db, two_batch_plan(db, c.id))
    for state in path:
        plans.transition(db, pid, state, "理由")
    before = plans.load_plan(db, pid)
    with pytest.raises(StateError) as err:
        plans.transition(db, pid, target, "理由")
    assert f"不能改为“{target}”" in err.value.message
    after = plans.load_plan(db, pid)
    assert (after.state, len(after.transitions)) == (before.state, len(before.transitions))


def test_cancel_and_send_back_need_a_reason_and_an_empty_plan_cannot_be_submitted(db) -> None:
    c = plans.create_cycle(db, 2027)
    pid = plans.save_plan(db, two_batch_plan(db, c.id))
    with pytest.raises(ValidationError) as err:
        plans.transition(db, pid, "已撤销", " ")
    assert err.value.field == "note"
    empty = PlanInput(cycle_id=c.id, year=2028, title="2028年度计划",
                      batches=[BatchInput(d(2028, 4, 1), d(2028, 4, 30))])
    pid2 = plans.save_plan(db, empty)
    with pytest.raises(ValidationError) as err:
        plans.transition(db, pid2, "报批")
    assert "还没有巡查对象" in err.value.message
    assert plans.load_plan(db, pid2).state == "草拟"


def test_approved_plan_is_changed_only_through_a_change_with_reason(db) -> None:
    c = plans.create_cycle(db, 2027)
    pid = plans.save_plan(db, two_batch_plan(db, c.id))
    for state in ("报批", "已批准"):
        plans.transition(db, pid, state)
    p = plans.load_plan(db, pid)
    data = p.data
    data.batches[1].end_date = d(2027, 10, 10)
    data.batches[1].targets.append(TargetInput(region_ids(db)["万宁市"], d(2027, 10, 1), d(2027, 10, 9)))
    with pytest.raises(StateError) as err:
        plans.save_plan(db, data, plan_id=pid)
    assert "变更" in err.value.hint
    with pytest.raises(ValidationError) as err:
        plans.change_plan(db, pid, data, "")
    assert err.value.field == "reason"
    change = plans.change_plan(db, pid, data, "万宁市申请提前接受巡查", operator="王主任")
    assert "第二批次日期：2027年9月1日—9月30日 → 2027年9月1日—10月10日" in change.summary
    assert "第二批次增加万宁市（2027年10月1日—10月9日）" in change.summary
    p = plans.load_plan(db, pid)
    assert p.state == "已批准"
    assert [(x.reason, x.operator) for x in p.changes] == [("万宁市申请提前接受巡查", "王主任")]
    assert len(p.data.batches[1].targets) == 3
    with pytest.raises(ValidationError, match="没有修改任何内容"):
        plans.change_plan(db, pid, p.data, "再改一次")


# ---------------------------------------------------------------------------------------------
# Bad input: field named, nothing saved
# ---------------------------------------------------------------------------------------------
def _breaks(db: Database, data: PlanInput, **kwargs: object) -> ValidationError:
    before = counts(db)
    with pytest.raises(ValidationError) as err:
        plans.save_plan(db, data, **kwargs)  # type: ignore[arg-type]
    assert counts(db) == before, "half a plan was saved"
    return err.value


def test_batch_end_before_start(db) -> None:
    c = plans.create_cycle(db, 2027)
    data = two_batch_plan(db, c.id)
    data.batches[1].end_date = d(2027, 8, 20)
    err = _breaks(db, data)
    assert err.field == "batches[1].end_date,batches[1].start_date"
    assert "第二批次的“结束日期”（2027年8月20日）早于“开始日期”（2027年9月1日）" in err.message


def test_target_outside_its_batch(db) -> None:
    c = plans.create_cycle(db, 2027)
    data = two_batch_plan(db, c.id)
    data.batches[0].targets[2].exit_date = d(2027, 5, 3)
    err = _breaks(db, data)
    assert err.field.split(",")[:2] == ["batches[0].targets[2].entry_date",
                                        "batches[0].targets[2].exit_date"]
    assert "第一批次 · 儋州市的“进驻日期”—“撤离日期”" in err.message
    assert "超出了第一批次的“开始日期”—“结束日期”" in err.message


def test_target_exit_before_entry(db) -> None:
    c = plans.create_cycle(db, 2027)
    data = two_batch_plan(db, c.id)
    data.batches[0].targets[0].exit_date = d(2027, 4, 2)
    err = _breaks(db, data)
    assert err.field.startswith("batches[0].targets[0].exit_date")
    assert "海口市的“撤离日期”（2027年4月2日）早于“进驻日期”（2027年4月5日）" in err.message


def test_duplicate_region_in_a_batch(db) -> None:
    c = plans.create_cycle(db, 2027)
    data = two_batch_plan(db, c.id)
    data.batches[0].targets[2].region_id = data.batches[0].targets[0].region_id
    err = _breaks(db, data)
    assert err.field == "batches[0].targets[2].region_id,batches[0].targets[0].region_id"
    assert "“海口市”在第一批次中重复安排" in err.message


def test_overlapping_batches_must_not_send_a_region_twice(db) -> None:
    c = plans.create_cycle(db, 2027)
    data = two_batch_plan(db, c.id)
    data.batches[1].start_date, data.batches[1].end_date = d(2027, 4, 20), d(2027, 5, 20)
    for t in data.batches[1].targets:
        t.entry_date, t.exit_date = d(2027, 4, 21), d(2027, 4, 30)
    data.batches[1].targets[0].region_id = region_ids(db)["三亚市"]
    err = _breaks(db, data)
    assert "batches[0].targets[1].region_id" in err.field
    assert "batches[1].targets[0].region_id" in err.field
    assert "第一批次（2027年4月1日—4月30日）与第二批次（2027年4月20日—5月20日）日期重叠" in err.message
    assert "“三亚市”" in err.message
    # Not overlapping: the same region twice in one year is allowed (but warned about).
    data.batches[1].start_date = d(2027, 5, 1)
    for t in data.batches[1].targets:
        t.entry_date, t.exit_date = d(2027, 5, 2), d(2027, 5, 12)
    plans.save_plan(db, data)


def test_overlap_with_a_batch_of_another_plan_but_not_a_cancelled_one(db) -> None:
    c = plans.create_cycle(db, 2026)
    first = two_batch_plan(db, c.id, 2026)
    pid = plans.save_plan(db, first)
    # A second plan may not exist for the same year…
    err = _breaks(db, two_batch_plan(db, c.id, 2026))
    assert err.field == "year" and "每年只有一份年度计划" in err.message
    # …and once the first is cancelled, the same regions and dates are free again.
    plans.transition(db, pid, "已撤销", "重新编制")
    plans.save_plan(db, two_batch_plan(db, c.id, 2026))


def test_year_outside_the_cycle(db) -> None:
    c = plans.create_cycle(db, 2027)
    data = two_batch_plan(db, c.id, 2030)
    err = _breaks(db, data)
    assert err.field == "year"
    assert "“年度”2030 不在巡查周期“2027—2029年安全生产巡查周期”（2027—2029年）之内" in err.message


def test_empty_title(db) -> None:
    c = plans.create_cycle(db, 2027)
    data = two_batch_plan(db, c.id)
    data.title = "   "
    err = _breaks(db, data)
    assert (err.field, err.message) == ("title", "巡查计划的“标题”不能为空。")


def test_region_deleted_while_planned(db) -> None:
    c = plans.create_cycle(db, 2027)
    pid = plans.save_plan(db, two_batch_plan(db, c.id))
    r = region_ids(db)
    # Deleting a planned region is refused with a message, and the plan is untouched.
    with pytest.raises(ValidationError) as err:
        crud.delete(db, m.Region, r["海口市"])
    assert "市县“海口市”仍被其他记录使用" in err.value.message
    assert len(plans.load_plan(db, pid).data.batches[0].targets) == 3
    # A region deleted by someone else while the clerk edits: the field is named, nothing saved.
    new = crud.create(db, m.Region, {"name": "测试新区", "kind": "开发区"})
    data = plans.load_plan(db, pid).data
    data.batches[1].targets.append(TargetInput(new.id, d(2027, 9, 10), d(2027, 9, 20)))
    crud.delete(db, m.Region, new.id)
    err2 = _breaks(db, data, plan_id=pid)
    assert err2.field == "batches[1].targets[2].region_id"
    assert "第二批次第 3 个巡查对象的“市县”已被删除" in err2.message
    # An inactive region is not planned either.
    crud.update(db, m.Region, r["万宁市"], {"active": False})
    data = plans.load_plan(db, pid).data
    data.batches[1].targets.append(TargetInput(r["万宁市"], d(2027, 9, 10), d(2027, 9, 20)))
    assert "已停用" in _breaks(db, data, plan_id=pid).message


def test_excluded_region_cannot_be_planned(db) -> None:
    c = plans.create_cycle(db, 2027)
    plans.set_exclusion(db, c.id, region_ids(db)["海口市"], "已列入国务院督查")
    err = _breaks(db, two_batch_plan(db, c.id))
    assert err.field == "batches[0].targets[0].region_id" and "不适用" in err.message


def test_removing_a_target_with_tour_records_is_refused(demo) -> None:
    pid = next(p for p in plans_by_year(demo) if p[1] == 2026)[0]
    with unit_of_work(demo, "测试") as s:
        s.execute(m.Plan.__table__.update().where(m.Plan.id == pid).values(state="草拟"))
    data = plans.load_plan(demo, pid).data
    data.batches[0].targets.pop(0)
    err = _breaks(demo, data, plan_id=pid)
    assert "不能从计划中删除" in err.message


def plans_by_year(db: Database) -> list[tuple[int, int]]:
    with read_session(db) as s:
        return [(int(i), int(y)) for i, y in s.execute(select(m.Plan.id, m.Plan.year))]


# ---------------------------------------------------------------------------------------------
# Coverage and warnings
# ---------------------------------------------------------------------------------------------
def test_coverage_counts_over_a_cycle(db) -> None:
    c = plans.create_cycle(db, 2025)
    r = region_ids(db)

    def plan(year: int, names: list[str], month: int = 5) -> int:
        data = PlanInput(cycle_id=c.id, year=year, title=f"{year}年度计划", batches=[
            BatchInput(d(year, month, 1), d(year, month, 28), "第一批次", [
                TargetInput(r[n], d(year, month, 2), d(year, month, 12)) for n in names
            ])])
        return plans.save_plan(db, data)

    p25 = plan(2025, ["海口市", "三亚市", "三沙市", "儋州市"])
    for s in ("报批", "已批准", "实施中", "已完成"):
        plans.transition(db, p25, s)
    p26 = plan(2026, ["五指山市", "琼海市"], month=7)  # running: 7/2-7/12 finished on 7/14
    for s in ("报批", "已批准", "实施中"):
        plans.transition(db, p26, s)
    data = plans.load_plan(db, p26).data
    data.batches.append(BatchInput(d(2026, 7, 10), d(2026, 7, 30), "第二批次", [
        TargetInput(r["文昌市"], d(2026, 7, 10), d(2026, 7, 20))]))
    data.batches.append(BatchInput(d(2026, 9, 1), d(2026, 9, 30), "第三批次", [
        TargetInput(r["万宁市"], d(2026, 9, 2), d(2026, 9, 12))]))
    plans.change_plan(db, p26, data, "增补")
    plan(2027, ["东方市"], month=4)  # draft only
    cov = plans.coverage(db, c.id, TODAY)
    assert cov.years == (2025, 2026, 2027)
    rows = {row.region: row for row in cov.rows}
    assert [x.status for x in rows["海口市"].cells] == ["已巡查", "未安排", "未安排"]
    assert rows["琼海市"].overall == "已巡查"
    assert rows["文昌市"].overall == "实施中"
    assert rows["万宁市"].overall == "已计划"
    assert rows["东方市"].cells[2].status == "拟安排"
    assert rows["定安县"].overall == "未安排"
    assert (cov.total, cov.covered, cov.in_progress, cov.planned) == (20, 6, 1, 2)
    assert cov.remaining == 14 and cov.unarranged == 11
    assert "已巡查 6 个，尚余 14 个" in cov.summary


def test_pace_warning_and_repeat_warning(db) -> None:
    c = plans.create_cycle(db, 2025)
    r = region_ids(db)
    data = PlanInput(cycle_id=c.id, year=2025, title="2025年度计划", batches=[
        BatchInput(d(2025, 5, 1), d(2025, 5, 28), "第一批次", [
            TargetInput(r[n], d(2025, 5, 2), d(2025, 5, 12)) for n in ("海口市", "三亚市")]),
        BatchInput(d(2025, 9, 1), d(2025, 9, 28), "第二批次", [
            TargetInput(r["海口市"], d(2025, 9, 2), d(2025, 9, 12))]),
    ])
    pid = plans.save_plan(db, data)
    warnings = plans.coverage(db, c.id, TODAY).warnings
    pace = next(w for w in warnings if "进度" in w)
    # 2 regions a year so far; 18 still to arrange in 2026-2027 (2 open years) cannot fit.
    assert "按目前每年约 2.0 个市县的进度，尚未安排的 18 个市县无法在剩余的 2 个年度" in pace
    assert "每年需安排至少 9 个" in pace
    repeat = next(w for w in warnings if "“海口市”" in w)
    assert "安排了 2 次（2025年第一批次、2025年第二批次）" in repeat
    # With a reason written in the plan's note, the repeat is no longer a warning.
    data = plans.load_plan(db, pid).data
    data.note = "再次巡查 海口市：第一批次发现重大隐患，回头看"
    plans.save_plan(db, data, plan_id=pid)
    assert not any("“海口市”" in w for w in plans.coverage(db, c.id, TODAY).warnings)


def test_no_pace_warning_when_the_pace_suffices(db) -> None:
    c = plans.create_cycle(db, 2026)
    r = list(region_ids(db).values())
    data = PlanInput(cycle_id=c.id, year=2026, title="2026年度计划", batches=[
        BatchInput(d(2026, 9, 1), d(2026, 9, 28), "第一批次", [
            TargetInput(x, d(2026, 9, 2), d(2026, 9, 12)) for x in r[:7]])])
    plans.save_plan(db, data)
    assert plans.coverage(db, c.id, TODAY).warnings == ()


# ---------------------------------------------------------------------------------------------
# Suggestion
# ---------------------------------------------------------------------------------------------
def test_suggestion_is_ordered_by_the_visible_risk_score(demo) -> None:
    result = plans.suggest(demo, 2027, TODAY)
    items = result.items
    assert items, "the demo's 2027 cycle has regions to arrange"
    scores = [s.score for s in items]
    assert scores == sorted(scores, reverse=True)
    w = plans.DEFAULT_WEIGHTS
    for s in items:
        expected = (s.open_major * w.major_hazard + s.overdue * w.overdue
                    + (w.grade_points[s.last_grade] if s.last_grade else w.no_evaluation)
                    + s.years_since * w.per_year)
        assert s.score == pytest.approx(expected)
        assert f"重大隐患 {s.open_major} 项" in s.breakdown
    # Regions already in the 2027 draft are not proposed again.
    draft_regions = {
        t.region_id for b in plans.load_plan(demo, plans.plan_for_year(demo, 2027)[0]).data.batches
        for t in b.targets
    }
    assert draft_regions and not draft_regions & {s.region_id for s in items}
    assert result.quota == -(-len(items) // 3)
    assert [s.recommended for s in items] == [i < result.quota for i in range(len(items))]


def test_suggestion_order_on_known_figures(db) -> None:
    """Three regions with known hazards, grades and last tours, in a fresh database."""
    old = plans.create_cycle(db, 2023)
    new = plans.create_cycle(db, 2026)
    r = region_ids(db)
    # 海口 toured in 2025 (graded 差), 三亚 toured in 2024 (graded 好); the rest never.
    for year, name, grade in ((2024, "三亚市", "好"), (2025, "海口市", "差")):
        pid = plans.save_plan(db, PlanInput(cycle_id=old.id, year=year, title=f"{year}年计划",
                                            batches=[BatchInput(d(year, 5, 1), d(year, 5, 30), "",
                                                     [TargetInput(r[name], d(year, 5, 2),
                                                                  d(year, 5, 12))])]))
        for s in ("报批", "已批准", "实施中", "已完成"):
            plans.transition(db, pid, s)
        with unit_of_work(db, "测试") as s:
            tid = s.scalar(select(m.Target.id).where(m.Target.region_id == r[name]))
            s.add(m.Evaluation(target_id=tid, score=50 if grade == "差" else 95,
                               computed_grade=grade, grade=grade))
    with unit_of_work(db, "测试") as s:
        major = s.scalar(select(m.FindingKind.id).where(m.FindingKind.is_major.is_(True)))
        for i in range(2):
            s.add(m.Finding(code=f"T-{i}", region_id=r["三亚市"], kind_id=major,
                            description="重大隐患", found_on=d(2026, 1, 5), state="整改中",
                            responsible_unit="某局", deadline=d(2026, 6, 30)))
    result = plans.suggest(db, 2026, TODAY)
    by_name = {s.region: s for s in result.items}
    sanya, haikou, other = by_name["三亚市"], by_name["海口市"], by_name["定安县"]
    assert (sanya.open_major, sanya.overdue, sanya.last_grade, sanya.years_since) == (2, 2, "好", 2)
    assert sanya.score == 2 * 3 + 2 * 2 + 0 + 2 * 2 == 14
    assert haikou.score == 10 + 1 * 2 == 12
    assert other.score == 4 + 5 * 2 == 14 and other.last_tour is None
    order = [s.region for s in result.items]
    assert order.index("三亚市") < order.index("海口市")
    assert order.index("定安县") < order.index("海口市")
    assert new.id == result.cycle.id


def test_suggestion_without_a_cycle_and_accepting_into_a_draft(demo) -> None:
    with pytest.raises(ValidationError) as err:
        plans.suggest(demo, 2031, TODAY)
    assert err.value.field == "year" and "新建巡查周期" in err.value.hint
    chosen = [s.region_id for s in plans.suggest(demo, 2027, TODAY).items[:7]]
    draft = plans.draft_from_suggestion(demo, 2027, chosen)
    assert draft.plan_id == plans.plan_for_year(demo, 2027)[0]  # added to the 2027 draft
    new_batches = draft.data.batches[-2:]
    assert [len(b.targets) for b in new_batches] == [5, 2]
    plans.save_plan(demo, draft.data, plan_id=draft.plan_id)
    saved = plans.load_plan(demo, draft.plan_id)
    planned = {t.region_id for b in saved.data.batches for t in b.targets}
    assert set(chosen) <= planned
    with pytest.raises(ValidationError):
        plans.draft_from_suggestion(demo, 2027, [])
