"""Services: create/read/update/delete with Chinese validation errors and audit entries."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from xuncha_desktop.db import models as m
from xuncha_desktop.db.audit import verify_chain
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import ConflictError, NotFoundError, ValidationError
from xuncha_desktop.services import crud
from xuncha_desktop.services.bootstrap import open_for_use
from xuncha_desktop.services.uow import read_session


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = open_for_use(tmp_path / "t.db", operator="王小明")
    yield database
    database.close()


def _audit(db: Database, entity: str) -> list[m.AuditEntry]:
    with read_session(db) as s:
        return list(s.scalars(
            select(m.AuditEntry).where(m.AuditEntry.entity == entity).order_by(m.AuditEntry.id)
        ))


def _plan_fixture(db: Database) -> tuple[m.Cycle, m.Plan, m.Batch]:
    cycle = crud.create(db, m.Cycle, {"name": "第一周期", "start_year": 2025, "length_years": 3})
    plan = crud.create(db, m.Plan, {"cycle_id": cycle.id, "year": 2026, "title": "2026年计划"})
    batch = crud.create(db, m.Batch, {"plan_id": plan.id, "seq": 1, "name": "第一批",
                                      "start_date": dt.date(2026, 3, 1),
                                      "end_date": dt.date(2026, 3, 31)})
    return cycle, plan, batch


def test_reference_data_is_loaded_and_editable(db: Database) -> None:
    regions = crud.list_all(db, m.Region, order_by=[m.Region.sort_order])
    assert len(regions) == 20
    assert regions[0].name == "海口市" and regions[0].code == "460100"
    yangpu = next(r for r in regions if r.name == "洋浦经济开发区")
    assert yangpu.code is None
    assert [k.name for k in crud.list_all(db, m.FindingKind)] == [
        "一般事故隐患", "重大事故隐患", "非法违法行为", "管理问题"]
    assert crud.count(db, m.Sector) == 20
    assert crud.count(db, m.TemplateItem) == 10
    crud.update(db, m.Region, yangpu.id, {"code": "460500"})
    assert crud.get(db, m.Region, yangpu.id).code == "460500"


def test_create_is_audited_with_operator_and_values(db: Database) -> None:
    person = crud.create(db, m.Person, {"name": "李建国", "gender": "男", "unit": "省应急管理厅",
                                        "rank": "处级", "phone": "13907561234"})
    entries = _audit(db, "person")
    assert len(entries) == 1
    e = entries[0]
    assert (e.action, e.operator, e.entity_id) == ("新增", "王小明", str(person.id))
    values = json.loads(e.new_value or "{}")
    assert values["name"] == "李建国" and values["phone"] == "13907561234"
    assert person.name_initials == "LJG"


def test_update_logs_each_changed_field_old_and_new(db: Database) -> None:
    person = crud.create(db, m.Person, {"name": "陈芳", "gender": "女", "unit": "省交通运输厅"})
    crud.update(db, m.Person, person.id, {"unit": "省住房和城乡建设厅", "post": "处长"},
                operator="赵会计")
    changes = {e.field: e for e in _audit(db, "person") if e.action == "修改"}
    assert set(changes) == {"unit", "post"}
    assert changes["unit"].old_value == "省交通运输厅"
    assert changes["unit"].new_value == "省住房和城乡建设厅"
    assert changes["post"].operator == "赵会计"


def test_delete_is_audited_with_old_values(db: Database) -> None:
    sector = crud.create(db, m.Sector, {"name": "港口码头", "sort_order": 99})
    crud.delete(db, m.Sector, sector.id)
    last = _audit(db, "sector")[-1]
    assert last.action == "删除"
    assert json.loads(last.old_value or "{}")["name"] == "港口码头"
    with pytest.raises(NotFoundError, match="找不到编号为"):
        crud.get(db, m.Sector, sector.id)


def test_sensitive_id_number_is_masked_in_audit(db: Database) -> None:
    crud.create(db, m.Person, {"name": "周敏", "gender": "女", "unit": "某单位",
                               "id_number": "11010519491231002X"})
    value = json.loads(_audit(db, "person")[-1].new_value or "{}")["id_number"]
    assert value == "1101**********002X"


@pytest.mark.parametrize(
    ("values", "message", "field"),
    [
        ({"name": "  ", "gender": "男", "unit": "x"}, "人员的“姓名”不能为空", "name"),
        ({"name": "张三", "gender": "男", "unit": ""}, "人员的“单位”不能为空", "unit"),
        ({"name": "张三", "gender": "未知", "unit": "x"}, "“性别”只能是", "gender"),
        ({"name": "张三", "gender": "男", "unit": "x", "phone": "12345"}, "电话号码“12345”格式不正确",
         "phone"),
        ({"name": "张三", "gender": "男", "unit": "x", "id_number": "110105194912310021"},
         "身份证号码不正确", "id_number"),
        ({"name": "张三", "gender": "男", "unit": "x", "shoe_size": 42}, "没有“shoe_size”", "shoe_size"),
    ],
)
def test_person_validation_names_the_field(db: Database, values: dict[str, object],
                                           message: str, field: str) -> None:
    with pytest.raises(ValidationError) as err:
        crud.create(db, m.Person, values)
    assert message in err.value.message
    assert err.value.field == field
    assert crud.count(db, m.Person) == 0
    assert _audit(db, "person") == []


def test_duplicate_and_required_fields_from_constraints(db: Database) -> None:
    with pytest.raises(ValidationError, match="已有相同“名称”的行业领域"):
        crud.create(db, m.Sector, {"name": "燃气"})
    with pytest.raises(ValidationError, match="必须填写"):
        crud.create(db, m.Cycle, {"name": "缺年份"})


def test_plan_rules(db: Database) -> None:
    cycle, plan, batch = _plan_fixture(db)
    with pytest.raises(ValidationError) as err:
        crud.create(db, m.Plan, {"cycle_id": cycle.id, "year": 2030, "title": "越界"})
    assert "不在巡查周期 2025—2027 年之内" in err.value.message and err.value.field == "year"
    with pytest.raises(ValidationError, match="“标题”不能为空"):
        crud.create(db, m.Plan, {"cycle_id": cycle.id, "year": 2026, "title": " "})
    with pytest.raises(ValidationError, match="早于“开始日期”"):
        crud.create(db, m.Batch, {"plan_id": plan.id, "seq": 2, "start_date": dt.date(2026, 5, 2),
                                  "end_date": dt.date(2026, 5, 1)})
    with pytest.raises(ValidationError, match="必须在批次"):
        crud.create(db, m.Target, {"batch_id": batch.id, "region_id": 1,
                                   "entry_date": dt.date(2026, 2, 20),
                                   "exit_date": dt.date(2026, 3, 5)})
    crud.create(db, m.Target, {"batch_id": batch.id, "region_id": 1,
                               "entry_date": dt.date(2026, 3, 2), "exit_date": dt.date(2026, 3, 9)})
    with pytest.raises(ValidationError, match="“海口市”在本批次中已经安排"):
        crud.create(db, m.Target, {"batch_id": batch.id, "region_id": 1,
                                   "entry_date": dt.date(2026, 3, 10),
                                   "exit_date": dt.date(2026, 3, 15)})
    overlapping = crud.create(db, m.Batch, {"plan_id": plan.id, "seq": 2,
                                            "start_date": dt.date(2026, 3, 20),
                                            "end_date": dt.date(2026, 4, 10)})
    with pytest.raises(ValidationError, match="日期重叠的第 1 批次"):
        crud.create(db, m.Target, {"batch_id": overlapping.id, "region_id": 1,
                                   "entry_date": dt.date(2026, 3, 21),
                                   "exit_date": dt.date(2026, 3, 28)})


def test_region_in_use_cannot_be_deleted(db: Database) -> None:
    _cycle, _plan, batch = _plan_fixture(db)
    crud.create(db, m.Target, {"batch_id": batch.id, "region_id": 2,
                               "entry_date": dt.date(2026, 3, 2), "exit_date": dt.date(2026, 3, 9)})
    with pytest.raises(ValidationError) as err:
        crud.delete(db, m.Region, 2)
    assert "市县“三亚市”仍被其他记录使用" in err.value.message
    assert "停用" in err.value.hint
    assert crud.get(db, m.Region, 2).name == "三亚市"


def test_finding_assignment_needs_deadline_and_unit(db: Database) -> None:
    base = {"code": "F-1", "region_id": 1, "kind_id": 2, "description": "储罐区未设置围堰",
            "found_on": dt.date(2026, 3, 3)}
    finding = crud.create(db, m.Finding, base)
    with pytest.raises(ValidationError, match="“责任单位”不能为空"):
        crud.update(db, m.Finding, finding.id, {"state": "已交办"})
    with pytest.raises(ValidationError, match="必须有“整改期限”"):
        crud.update(db, m.Finding, finding.id, {"state": "已交办", "responsible_unit": "某公司"})
    assert crud.get(db, m.Finding, finding.id).state == "已发现"


def test_evaluation_override_needs_reason(db: Database) -> None:
    _cycle, _plan, batch = _plan_fixture(db)
    t = crud.create(db, m.Target, {"batch_id": batch.id, "region_id": 3,
                                   "entry_date": dt.date(2026, 3, 2),
                                   "exit_date": dt.date(2026, 3, 9)})
    with pytest.raises(ValidationError, match="调整评价等次必须写明理由"):
        crud.create(db, m.Evaluation, {"target_id": t.id, "score": 85, "computed_grade": "较好",
                                       "grade": "好"})


def test_stale_version_is_a_conflict_and_keeps_the_first_save(db: Database) -> None:
    sector = crud.create(db, m.Sector, {"name": "港口"})
    crud.update(db, m.Sector, sector.id, {"name": "港口码头"}, expected_version=sector.version)
    with pytest.raises(ConflictError, match="已被其他人修改"):
        crud.update(db, m.Sector, sector.id, {"name": "港区"}, expected_version=sector.version)
    assert crud.get(db, m.Sector, sector.id).name == "港口码头"


def test_result_on_another_template_version_is_rejected(db: Database) -> None:
    """The composite foreign keys make a result on another version's item unrepresentable."""
    _cycle, _plan, batch = _plan_fixture(db)
    t = crud.create(db, m.Target, {"batch_id": batch.id, "region_id": 4,
                                   "entry_date": dt.date(2026, 3, 2),
                                   "exit_date": dt.date(2026, 3, 9)})
    v2 = crud.create(db, m.ChecklistTemplate, {"name": "安全生产巡查检查表", "version_no": 2})
    other_item = crud.create(db, m.TemplateItem, {"template_id": v2.id, "number": "1",
                                                  "title": "新版检查项"})
    checklist = crud.create(db, m.Checklist, {"target_id": t.id, "template_id": 1})
    with pytest.raises(ValidationError, match="引用"):
        crud.create(db, m.ChecklistResult, {"checklist_id": checklist.id, "template_id": 1,
                                            "item_id": other_item.id, "result": "符合"})
    assert crud.count(db, m.ChecklistResult) == 0


def test_audit_chain_detects_direct_edit(db: Database, tmp_path: Path) -> None:
    crud.create(db, m.Sector, {"name": "港口"})
    with db.engine.connect() as conn:
        assert verify_chain(conn) is None
    db.close()
    with sqlite3.connect(tmp_path / "t.db") as conn:
        conn.execute("UPDATE audit_log SET operator = '别人' WHERE id = 3")
    with db.engine.connect() as conn:
        problem = verify_chain(conn)
    assert problem is not None and problem.entry_id == 3


def test_every_new_database_handle_is_audited(tmp_path: Path) -> None:
    """Handles opened and dropped one after another must all write the audit log
    (a recycled class id once made the hook skip installing itself)."""
    import gc

    for i in range(30):
        database = open_for_use(tmp_path / f"a{i}.db", operator="测试")
        crud.create(database, m.Sector, {"name": f"领域{i}"})
        assert [e.action for e in _audit(database, "sector") if e.new_value and f"领域{i}" in e.new_value] == ["新增"]
        database.close()
        del database
        gc.collect()
