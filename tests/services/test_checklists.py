"""Checklist templates (versions, Excel), checklists, results and findings raised from items."""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import StateError, ValidationError
from xuncha_desktop.services import checklists as cs
from xuncha_desktop.services import findings as fs
from xuncha_desktop.services import units
from xuncha_desktop.services.bootstrap import open_for_use
from xuncha_desktop.services.demo import generate_demo
from xuncha_desktop.services.uow import read_session

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
    path = tmp_path / "c.db"
    shutil.copy(demo_file, path)
    database = open_for_use(path, operator="测试")
    yield database
    database.close()


def free_target(db: Database) -> int:
    """A target without a checklist yet."""
    with read_session(db) as s:
        used = select(m.Checklist.target_id)
        tid = s.scalar(select(m.Target.id).where(m.Target.id.not_in(used)).order_by(m.Target.id))
    assert tid is not None
    return tid


def finished_checklist(db: Database) -> int:
    with read_session(db) as s:
        cid = s.scalar(select(m.Checklist.id).where(m.Checklist.state == "已完成"))
    assert cid is not None
    return cid


def fill_all(db: Database, cid: int, result: str = "符合") -> cs.ChecklistView:
    view = cs.checklist_view(db, cid)
    for item in view.leaves:
        view = cs.record_result(db, cid, item.item.id, cs.ResultInput(result, inspector="李四"))
    return view


def test_editing_a_template_in_use_keeps_finished_checklists(db: Database) -> None:
    cid = finished_checklist(db)
    before = cs.checklist_view(db, cid)
    tpl = cs.current_template(db)
    assert tpl.in_use and tpl.version_no == 1

    saved = cs.add_item(db, tpl.id, cs.ItemSpec(
        "1.1", "传达学习中央决策部署情况", parent_number="1", guidance="查看会议记录",
        methods="查阅资料", documents="会议纪要", weight=Decimal(5)))
    assert saved.new_version and saved.version_no == 2
    assert "已另存为第2版" in saved.message
    saved2 = cs.update_item(db, saved.template_id, "2", {"title": "依法行政情况（修订）"})
    assert not saved2.new_version and saved2.template_id == saved.template_id  # v2 is unused

    after = cs.checklist_view(db, cid)
    assert after == before  # the finished checklist did not change at all
    assert after.template_label.endswith("（第1版）")
    current = cs.current_template(db)
    assert current.version_no == 2
    sub = next(i for i in current.items if i.number == "1.1")
    assert (sub.parent_number, sub.depth, sub.guidance, sub.weight) == ("1", 1, "查看会议记录",
                                                                         Decimal("5.00"))
    assert not next(i for i in current.items if i.number == "1").is_leaf
    old = cs.template_info(db, tpl.id)
    assert not old.is_current and all(i.number != "1.1" for i in old.items)

    # A new checklist starts from version 2, with 1.1 to fill instead of 1.
    new = cs.checklist_view(db, cs.create_checklist(db, free_target(db)))
    assert new.template_label.endswith("（第2版）")
    assert new.total == 10 and "1.1" in [i.item.number for i in new.leaves]


def test_result_on_another_versions_item_is_rejected(db: Database) -> None:
    old = cs.current_template(db)
    saved = cs.add_item(db, old.id, cs.ItemSpec("11", "新增事项", weight=Decimal(10)))
    new_cid = cs.create_checklist(db, free_target(db))
    old_item = old.items[0].id
    with pytest.raises(ValidationError) as err:
        cs.record_result(db, new_cid, old_item, cs.ResultInput("符合"))
    assert "第1版" in err.value.message and "第2版" in err.value.message
    assert "不能在本检查表中记录" in err.value.message
    assert saved.version_no == 2


def test_finished_checklist_is_read_only(db: Database) -> None:
    cid = finished_checklist(db)
    item = cs.checklist_view(db, cid).leaves[0].item.id
    with pytest.raises(StateError, match="已完成"):
        cs.record_result(db, cid, item, cs.ResultInput("不符合"))


def test_results_progress_long_notes_and_finishing(db: Database) -> None:
    cid = cs.create_checklist(db, free_target(db))
    view = cs.checklist_view(db, cid)
    assert (view.done, view.total, view.progress_text) == (0, 10, "已填 0 / 10 项")
    notes = ("查阅资料发现，" + "该县安全生产责任制落实不到位，" * 1400)[:20000]
    assert len(notes) == 20000
    first = view.leaves[0].item.id
    view = cs.record_result(db, cid, first, cs.ResultInput(
        "基本符合", notes=notes, method="查阅资料", inspector="王五",
        checked_on=TODAY, place="县政府会议室"))
    got = view.item(first)
    assert got.notes == notes and got.result == "基本符合" and got.place == "县政府会议室"
    assert view.progress_text == "已填 1 / 10 项"
    with pytest.raises(ValidationError, match="还有 9 项没有填写结果"):
        cs.finish_checklist(db, cid)
    view = fill_all(db, cid)
    assert cs.finish_checklist(db, cid).state == "已完成"
    with pytest.raises(ValidationError, match="检查结果只能是"):
        cs.record_result(db, cid, first, cs.ResultInput("合格"))


def test_raise_finding_from_item_is_prefilled_and_linked(db: Database) -> None:
    tid = free_target(db)
    cid = cs.create_checklist(db, tid)
    units.record_visit(db, tid, units.UnitInput("企业", "某某化工有限公司"), TODAY)
    unit_id = units.list_visits(db, tid)[0].unit_id
    item = cs.checklist_view(db, cid).leaves[3]
    view = cs.record_result(db, cid, item.item.id, cs.ResultInput(
        "不符合", notes="隐患排查治理台账未建立", inspector="王五", checked_on=TODAY,
        unit_id=unit_id))
    res = view.item(item.item.id)
    assert cs.asks_for_finding(res.result) and not cs.asks_for_finding("符合")
    draft = cs.finding_draft(db, res.result_id or 0)
    assert "隐患排查治理台账未建立" in draft.description
    assert item.item.title[:10] in draft.description
    assert (draft.unit_level, draft.unit_name, draft.found_by) == ("企业", "某某化工有限公司", "王五")

    fid, code = cs.raise_finding(db, res.result_id or 0, kind_id=draft.default_kind_id,
                                 today=TODAY)
    assert code.startswith("XC2026-")
    detail = fs.finding_detail(db, fid, TODAY)
    assert detail.state == "已发现"
    with read_session(db) as s:
        f = s.get(m.Finding, fid)
        assert f is not None
        assert f.checklist_result_id == res.result_id and f.unit_id == unit_id
        assert f.target_id == tid
        first = s.scalars(select(m.FindingTransition)
                          .where(m.FindingTransition.finding_id == fid)).one()
        assert first.from_state is None and first.to_state == "已发现"
    assert cs.checklist_view(db, cid).item(item.item.id).findings == (code,)
    # A finding can then be assigned like any other.
    fs.assign(db, fid, fs.Assignment("某某化工有限公司", "立即整改", TODAY + dt.timedelta(10)),
              today=TODAY)
    # 符合 items do not raise findings.
    ok = cs.record_result(db, cid, view.leaves[0].item.id, cs.ResultInput("符合"))
    with pytest.raises(ValidationError, match="不符合"):
        cs.raise_finding(db, ok.leaves[0].result_id or 0, kind_id=draft.default_kind_id)


def test_template_excel_round_trip_and_bad_files(db: Database, tmp_path: Path) -> None:
    tpl = cs.current_template(db)
    saved = cs.add_item(db, tpl.id, cs.ItemSpec("4.1", "重点场所风险评估", parent_number="4",
                                                guidance="抽查评估报告", weight=Decimal(3)))
    path = cs.export_template_xlsx(db, saved.template_id, tmp_path / "模板.xlsx")
    wb = load_workbook(path)
    ws = wb["检查项"]
    assert [c.value for c in ws[1]] == list(cs.EXCEL_HEADER)
    assert ws.max_row == 12
    wb.close()
    imported = cs.import_template_xlsx(db, path)
    assert imported.new_version and imported.version_no == 3
    again = cs.template_info(db, imported.template_id)
    assert [i.spec() for i in again.items] == [i.spec() for i in
                                                cs.template_info(db, saved.template_id).items]

    wb = load_workbook(path)
    wb["检查项"]["G3"] = None
    wb.save(tmp_path / "缺权重.xlsx")
    with pytest.raises(ValidationError, match=r"第 3 行.*权重未填写"):
        cs.import_template_xlsx(db, tmp_path / "缺权重.xlsx")
    wb["检查项"]["A1"] = "编号"
    wb.save(tmp_path / "表头.xlsx")
    with pytest.raises(ValidationError, match="表头"):
        cs.import_template_xlsx(db, tmp_path / "表头.xlsx")


def test_template_rules(db: Database) -> None:
    with pytest.raises(ValidationError, match="序号“1”重复"):
        cs.check_specs([cs.ItemSpec("1", "甲"), cs.ItemSpec("1", "乙")])
    with pytest.raises(ValidationError, match="上级序号“9”不存在"):
        cs.check_specs([cs.ItemSpec("1", "甲"), cs.ItemSpec("1.1", "乙", parent_number="9")])
    zero = [cs.ItemSpec("1", "甲", weight=Decimal(0)), cs.ItemSpec("2", "乙", weight=Decimal(0))]
    assert "权重未填写或合计为零" in (cs.weight_problem(zero) or "")
    assert cs.weight_problem([cs.ItemSpec("1", "甲")]) is None


def test_checklist_list_progress_counts_leaf_items_only(db: Database) -> None:
    """The 检查表 list says 已填/总项 over the items that get a result, not their headings."""
    from xuncha_desktop.services.queries import ChecklistQuery, ListFilter

    tpl = cs.current_template(db)
    specs = tpl.specs()
    k = next(n for n, s in enumerate(specs) if s.number == "1")
    specs[k + 1:k + 1] = [cs.ItemSpec("1.1", "传达学习情况", parent_number="1"),
                          cs.ItemSpec("1.2", "研究部署情况", parent_number="1")]
    cs.save_template(db, tpl.id, specs)  # in use: saved as version 2, now current
    target = free_target(db)
    cid = cs.create_checklist(db, target)
    view = cs.checklist_view(db, cid)
    assert len(view.items) == 12 and view.total == 11  # 1 is a heading over 1.1 and 1.2
    cs.record_result(db, cid, view.leaves[0].item.id, cs.ResultInput("符合"))
    cs.record_result(db, cid, view.leaves[1].item.id, cs.ResultInput("不适用"))
    (row,) = ChecklistQuery().page(db, 0, 10, flt=ListFilter(target_id=target))
    assert (row.done, row.total, row.progress) == (2, 11, "2/11")
    assert cs.checklist_view(db, cid).progress_text == "已填 2 / 11 项"
