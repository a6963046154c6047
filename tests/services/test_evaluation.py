"""评价: score from results × weights, visible deductions, thresholds, override with a reason."""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import ValidationError
from xuncha_desktop.services import checklists as cs
from xuncha_desktop.services import evaluation as ev
from xuncha_desktop.services import units
from xuncha_desktop.services.bootstrap import open_for_use
from xuncha_desktop.services.demo import generate_demo
from xuncha_desktop.services.office_settings import load_office_settings, save_office_settings
from xuncha_desktop.services.uow import read_session, unit_of_work

TODAY = dt.date(2026, 7, 14)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = open_for_use(path, operator="测试")
    generate_demo(db, seed=7, today=TODAY)
    db.close()
    return path


@pytest.fixture
def db(demo_file: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "e.db"
    shutil.copy(demo_file, path)
    database = open_for_use(path, operator="组长甲")
    yield database
    database.close()


@pytest.fixture
def target(db: Database) -> int:
    with read_session(db) as s:
        used = select(m.Checklist.target_id)
        tid = s.scalar(select(m.Target.id).where(m.Target.id.not_in(used)).order_by(m.Target.id))
    assert tid is not None
    return tid


def fill(db: Database, cid: int, results: list[str]) -> None:
    view = cs.checklist_view(db, cid)
    for item, result in zip(view.leaves, results, strict=False):
        cs.record_result(db, cid, item.item.id, cs.ResultInput(result))


def test_score_from_results_and_weights(db: Database, target: int) -> None:
    cid = cs.create_checklist(db, target)
    # ten items of weight 10: 6 符合, 2 基本符合 (0.75), 1 不符合 (0), 1 不适用 (left out)
    fill(db, cid, ["符合"] * 6 + ["基本符合"] * 2 + ["不符合", "不适用"])
    b = ev.compute(db, target, TODAY)
    # (6 × 1 + 2 × 0.75) / 9 × 100 = 83.33
    assert b.base == Decimal("83.33")
    assert (b.answered, b.not_applicable, b.pending) == (9, 1, 0)
    assert b.score == Decimal("83.33") and b.grade == "较好"
    assert [d.count for d in b.deductions] == [0, 0, 0]
    assert b.items[0].share == Decimal("10.00") and b.items[0].earned == Decimal("11.11")
    assert b.items[9].earned == Decimal("0.00")
    text = "\n".join(b.lines())
    assert "检查表得分：83.33 分" in text and "最终得分：83.33 分，计算等次：较好" in text
    assert "好 ≥ 90，较好 ≥ 80，一般 ≥ 60" in text


def test_thresholds_come_from_office_settings(db: Database, target: int) -> None:
    cid = cs.create_checklist(db, target)
    fill(db, cid, ["符合"] * 6 + ["基本符合"] * 2 + ["不符合", "不适用"])
    office = load_office_settings(db)
    office.grade_thresholds = {"好": 95.0, "较好": 85.0, "一般": 70.0}
    save_office_settings(db, office)
    b = ev.compute(db, target, TODAY)
    assert b.grade == "一般" and "较好 ≥ 85" in "\n".join(b.lines())
    assert ev.grade_for(Decimal("69.99"), office.grade_thresholds) == "差"
    assert ev.grade_for(Decimal("95"), office.grade_thresholds) == "好"


def test_deductions_for_majors_overdue_and_breaches(db: Database, target: int) -> None:
    cid = cs.create_checklist(db, target)
    fill(db, cid, ["符合"] * 10)
    assert ev.compute(db, target, TODAY).score == Decimal("100.00")
    units.record_breach(db, target, 2, TODAY, "拒绝提供执法案卷", "县应急管理局")
    with unit_of_work(db) as s:
        t = s.get(m.Target, target)
        assert t is not None
        major = s.scalar(select(m.FindingKind.id).where(m.FindingKind.is_major))
        general = s.scalar(select(m.FindingKind.id).where(m.FindingKind.is_major.is_(False)))
        for n, (kind, deadline) in enumerate([(major, TODAY + dt.timedelta(5)),
                                              (general, TODAY - dt.timedelta(3))]):
            s.add(m.Finding(code=f"T-{n}", target_id=target, region_id=t.region_id,
                            kind_id=kind, description="测试问题", found_on=TODAY,
                            state="已交办", responsible_unit="某单位", deadline=deadline))
    b = ev.compute(db, target, TODAY)
    names = {d.name: (d.count, d.points) for d in b.deductions}
    assert names["未销号的重大事故隐患"] == (1, Decimal("2.00"))
    assert names["逾期未整改"] == (1, Decimal("1.00"))
    assert names["不配合巡查"] == (1, Decimal("3.00"))
    assert b.score == Decimal("94.00") and b.grade == "好"
    assert "违反配合义务的情形每项扣 3 分，最多扣 15 分" in "\n".join(b.lines())
    rules = ev.load_rules(db)
    rules.breach_points, rules.breach_cap = 20.0, 12.0
    ev.save_rules(db, rules)
    b = ev.compute(db, target, TODAY)
    assert b.deductions[2].points == Decimal("12.00") and b.score == Decimal("85.00")


def test_weights_missing_or_zero_give_no_score(db: Database, target: int) -> None:
    tpl = cs.current_template(db)
    specs = [cs.ItemSpec(s.number, s.title, weight=Decimal(0)) for s in tpl.specs()]
    saved = cs.save_template(db, tpl.id, specs)
    assert saved.new_version
    cid = cs.create_checklist(db, target)
    fill(db, cid, ["符合"] * 10)
    with pytest.raises(ValidationError) as err:
        ev.compute(db, target, TODAY)
    assert "权重未填写或合计为零" in err.value.message


def test_override_needs_a_reason_and_everything_is_kept(db: Database, target: int) -> None:
    cid = cs.create_checklist(db, target)
    fill(db, cid, ["符合"] * 10)
    with pytest.raises(ValidationError, match="必须写明理由"):
        ev.save_evaluation(db, target, grade="一般", today=TODAY)
    with pytest.raises(ValidationError, match="必须写明理由"):
        ev.save_evaluation(db, target, grade="一般", override_reason="   ", today=TODAY)
    assert ev.get_evaluation(db, target) is None
    row = ev.save_evaluation(db, target, grade="一般", override_reason="重大隐患整改迟缓",
                             summary="总体较好", today=TODAY)
    assert (row.score, row.computed_grade, row.grade) == (Decimal("100.00"), "好", "一般")
    assert row.override_reason == "重大隐患整改迟缓" and row.overridden
    assert row.evaluated_by == "组长甲" and row.evaluated_on == TODAY
    assert ev.get_evaluation(db, target) == row


def test_written_evaluations_of_units_and_people(db: Database, target: int) -> None:
    ev.add_subject_evaluation(db, target, "单位", "县应急管理局", "履职较好")
    ev.add_subject_evaluation(db, target, "个人", "张三（副县长）", "深入一线督导")
    with pytest.raises(ValidationError, match="评价内容"):
        ev.add_subject_evaluation(db, target, "个人", "李四", " ")
    rows = ev.list_subject_evaluations(db, target)
    assert [(r.subject_kind, r.subject_name) for r in rows] == [
        ("个人", "张三（副县长）"), ("单位", "县应急管理局")]


def test_units_matched_across_tours(db: Database, target: int) -> None:
    with read_session(db) as s:
        unit = s.scalars(select(m.InspectedUnit).join(
            m.UnitVisit, m.UnitVisit.unit_id == m.InspectedUnit.id).where(
            m.InspectedUnit.kind == "企业", m.InspectedUnit.credit_code.is_not(None))).first()
        assert unit is not None
        code, name = unit.credit_code, unit.name
    _vid, known = units.record_visit(
        db, target, units.UnitInput("企业", name + "（新名）", credit_code=code), TODAY,
        members_present="王五、赵六")
    assert known
    row = units.list_visits(db, target)[0]
    assert row.unit_id == unit.id and row.other_tours >= 1
    assert row.members_present == "王五、赵六"
    _vid, known = units.record_visit(db, target, units.UnitInput("乡镇", "某某镇"), TODAY)
    assert not known
    with pytest.raises(ValidationError, match="信用代码"):
        units.record_visit(db, target, units.UnitInput("企业", "甲", credit_code="123"), TODAY)
    bid = units.record_breach(db, target, 1, TODAY, "隐瞒事故信息", "某局")
    assert units.list_breaches(db, target)[0].duty.startswith("不得隐瞒不报")
    units.delete_breach(db, bid)
    assert units.list_breaches(db, target) == []


def test_deduction_rules_are_office_settings_with_the_old_key_as_fallback(
        db: Database, target: int) -> None:
    import json

    from xuncha_desktop.services.office_settings import OfficeSettings

    cid = cs.create_checklist(db, target)
    fill(db, cid, ["符合"] * 8 + ["基本符合"] * 2)
    units.record_breach(db, target, 1, TODAY, "隐瞒事故信息", "某局")
    assert ev.compute(db, target, TODAY).score == Decimal("92.00")  # 95 - 3 (defaults)
    # a database from before the move holds the rules under "evaluation_rules" only
    with unit_of_work(db, "测试") as s:
        s.add(m.Setting(key="evaluation_rules", value=json.dumps(
            {"factors": {"基本符合": 0.5}, "breach_points": 5, "breach_cap": 15}, ensure_ascii=False)))
    office = load_office_settings(db)
    assert office.score_factors == {"符合": 1.0, "基本符合": 0.5, "不符合": 0.0}
    assert (office.breach_points, office.major_hazard_points) == (5.0, 2.0)
    b = ev.compute(db, target, TODAY)
    assert b.base == Decimal("90.00") and b.score == Decimal("85.00")
    assert "违反配合义务的情形每项扣 5 分，最多扣 15 分" in "\n".join(b.lines())
    # saving the office settings moves them into their own keys and drops the old one
    office.breach_cap = 4.0
    save_office_settings(db, office, operator="测试")
    with read_session(db) as s:
        keys = set(s.scalars(select(m.Setting.key)))
    assert "evaluation_rules" not in keys and {"score_factors", "breach_points"} <= keys
    assert ev.compute(db, target, TODAY).score == Decimal("86.00")  # 90 - min(5, 4)
    assert ev.load_rules(db).breach_cap == 4.0
    # a field saved under its own key wins over a stale old value
    with unit_of_work(db, "测试") as s:
        s.add(m.Setting(key="evaluation_rules", value='{"breach_cap": 15}'))
    assert load_office_settings(db).breach_cap == 4.0
    # bad numbers are refused with the setting's name
    for change, message in ((dict(score_factors={"符合": 1.5}), "“符合”的得分系数必须在 0 到 1 之间"),
                            (dict(overdue_points=-1.0), "“逾期未整改每项扣分”必须在 0 到 100 分之间")):
        bad = OfficeSettings(**change)  # type: ignore[arg-type]
        with pytest.raises(ValidationError, match=message):
            save_office_settings(db, bad)
    assert load_office_settings(db).overdue_points == 1.0
