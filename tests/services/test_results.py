"""services.results on a hand-built database: every figure of the results documents."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from results_fixture import TODAY, Ids, build

from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import NotFoundError, ValidationError
from xuncha_desktop.services import results


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, Ids]]:
    db, ids = build(tmp_path_factory.mktemp("results") / "r.db")
    yield db, ids
    db.close()


def test_tour_overview_units_checklist_and_findings(built: tuple[Database, Ids]) -> None:
    db, ids = built
    t = results.tour_facts(db, ids.sanya, today=TODAY)
    assert (t.region, t.addressee, t.plan_year, t.batch) == ("三亚市", "三亚市人民政府", 2026, "第一批")
    assert t.team_name == "省安全生产第一巡查组" and len(t.members) == 4
    assert t.leader is not None and t.leader.name == "王建国"
    assert [(c.label, c.count) for c in t.units] == [("乡镇", 1), ("部门", 2), ("企业", 3)]
    assert t.units_total == 6 and t.enterprises == 3
    assert t.methods == ("听取汇报", "查阅资料", "实地检查")
    assert [(c.label, c.count) for c in t.results] == [
        ("符合", 5), ("基本符合", 1), ("不符合", 2), ("不适用", 1), ("未填写", 1)]
    assert [r.number for r in t.item_results if r.all_conform] == ["1", "2", "3", "4", "7"]
    assert [(c.label, c.count) for c in t.findings_by_kind] == [
        ("一般事故隐患", 2), ("重大事故隐患", 1), ("非法违法行为", 1), ("管理问题", 1)]
    assert (t.findings_total, t.findings_open, t.findings_overdue) == (5, 4, 2)
    assert [c.label for c in t.findings_by_state] == ["已发现", "已交办", "整改中", "待核查", "已销号"]


def test_problems_grouped_by_the_ten_items(built: tuple[Database, Ids]) -> None:
    db, ids = built
    t = results.tour_facts(db, ids.sanya, today=TODAY)
    groups = [(g.number, len(g.findings)) for g in t.problems]
    assert groups == [("6", 3), ("9", 1), ("", 1)]
    assert t.problems[-1].title == results.OTHER_ITEM
    assert t.problems[0].title.startswith("依法依规")  # item 6 of the seed's ten
    assert [f.code for f in t.problems[0].findings] == ["XC2026-0001", "XC2026-0002",
                                                        "XC2026-0005"]


def test_majors_interviews_breaches_and_evaluations(built: tuple[Database, Ids]) -> None:
    db, ids = built
    t = results.tour_facts(db, ids.sanya, today=TODAY)
    assert [f.code for f in t.majors] == ["XC2026-0001", "XC2026-0002"]
    f1, f2 = t.majors
    assert f1.overdue_days == 14 and "已逾期14天" in f1.action
    assert "整改期限2026年6月30日" in f1.action
    assert "已于2026年5月1日整改销号" in f2.action
    assert len(t.interviews) == 1  # the cancelled one is left out
    iv = t.interviews[0]
    assert (iv.party, iv.findings, iv.commitments, iv.commitments_done) == (
        "三亚甲化工有限公司", 1, 2, 1)
    assert [(b.duty_no, b.description) for b in t.breaches] == [(2, "未按要求提供执法案卷")]
    assert t.breaches[0].duty.startswith("不得拒绝")
    assert t.evaluation is not None
    assert (t.evaluation.score, t.evaluation.grade, t.evaluation.computed_grade) == (
        Decimal("72.50"), "差", "一般")
    assert [(s.kind, s.name) for s in t.subjects] == [("个人", "张某某"), ("单位", "三亚市应急管理局")]


def test_batch_holds_each_target(built: tuple[Database, Ids]) -> None:
    db, ids = built
    b = results.batch_facts(db, ids.batch1, today=TODAY)
    assert b.label == "2026年第一批" and [t.region for t in b.tours] == ["三亚市", "文昌市"]
    with pytest.raises(NotFoundError, match="找不到编号为 999 的批次"):
        results.batch_facts(db, 999)


def test_annual_rows_totals_and_coverage(built: tuple[Database, Ids]) -> None:
    db, _ids = built
    a = results.annual_facts(db, 2026, today=TODAY)
    assert a.as_of == TODAY and len(a.rows) == 20
    row = {r.region: r for r in a.rows}
    sanya, wenchang, haikou, qionghai = (row[x] for x in ("三亚市", "文昌市", "海口市", "琼海市"))
    assert (sanya.status, sanya.score, sanya.grade) == (results.TOURED, Decimal("72.50"), "差")
    assert (sanya.findings, sanya.majors, sanya.open, sanya.overdue, sanya.interviews) == (
        5, 2, 4, 2, 1)
    assert (wenchang.findings, wenchang.majors, wenchang.open, wenchang.overdue) == (2, 1, 1, 0)
    assert wenchang.grade == "好"
    # Not toured: the 2025 finding does not count for 2026.
    assert (haikou.status, haikou.findings, haikou.open, haikou.score) == (
        results.NOT_TOURED, 1, 1, None)
    assert qionghai.status == results.PLANNED and not qionghai.toured
    assert [r.region for r in a.toured] == ["三亚市", "文昌市"]
    assert (a.total("findings"), a.total("majors"), a.total("open"), a.total("overdue")) == (
        8, 3, 6, 2)
    assert a.grade_counts() == {"好": 1, "较好": 0, "一般": 0, "差": 1}
    cov = a.coverage
    assert cov is not None
    assert (cov.total, cov.covered, cov.remaining) == (19, 2, 17)
    assert "三沙市" not in cov.remaining_regions and "琼海市" in cov.remaining_regions
    assert cov.excluded == ("三沙市（常住人口少，另行安排专项检查）",)


def test_annual_as_of_year_end_for_a_past_year(built: tuple[Database, Ids]) -> None:
    db, _ids = built
    a = results.annual_facts(db, 2026, today=TODAY.replace(year=2027))
    assert a.as_of.isoformat() == "2026-12-31"
    row = {r.region: r for r in a.rows}
    # On 31 December F3 (deadline 8-31) is overdue too; 文昌's F7 (deadline 12-31) is not.
    assert (row["三亚市"].overdue, row["文昌市"].overdue) == (3, 0)


def test_bad_inputs_are_refused_in_chinese(built: tuple[Database, Ids]) -> None:
    db, ids = built
    with pytest.raises(NotFoundError, match="2031年没有巡查计划"):
        results.annual_facts(db, 2031, today=TODAY)
    with pytest.raises(ValidationError, match="年度“99”不正确"):
        results.annual_facts(db, 99)
    with pytest.raises(NotFoundError, match="找不到编号为 4242 的巡查对象"):
        results.tour_facts(db, 4242)
    with pytest.raises(ValidationError, match="琼海市的巡查2026年9月1日才进驻，尚不能起草"):
        results.tour_facts(db, ids.qionghai, today=TODAY)
    with pytest.raises(ValidationError, match="琼海市的巡查2026年9月1日才进驻"):
        results.batch_facts(db, ids.batch2, today=TODAY)


def test_sources_use_the_export_ids(built: tuple[Database, Ids]) -> None:
    db, ids = built
    targets = results.target_sources(db, TODAY)  # 琼海市 (from 9月1日) has not begun
    assert [s.key for s in targets] == [str(ids.sanya), str(ids.wenchang)]
    assert [s.key for s in results.batch_sources(db, TODAY)] == [f"batch-{ids.batch1}"]
    later = TODAY.replace(month=9, day=1)
    assert [s.key for s in results.target_sources(db, later)][-1] == str(ids.qionghai)
    assert [s.key for s in results.batch_sources(db, later)][-1] == f"batch-{ids.batch2}"
    assert [s.key for s in results.year_sources(db)] == ["2026"]
