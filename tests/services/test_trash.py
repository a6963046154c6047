"""Trash instead of deletion: a record goes to the trash with its links, comes back
identical, and is purged only by an admin with a reason, a backup and a deletion log."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from sqlalchemy import select

from xuncha_desktop.db import models as m
from xuncha_desktop.db.base import Base
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import NotFoundError, ValidationError
from xuncha_desktop.services import crud, findings, interviews, roles, trash, units
from xuncha_desktop.services.uow import read_session, unit_of_work


def _dataset() -> ModuleType:
    name = "xuncha_test_dataset"
    if name not in sys.modules:
        path = Path(__file__).parents[1] / "ui" / "dataset.py"
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture
def populated(tmp_path: Path) -> Iterator[tuple[Database, Any]]:
    db, ids = _dataset().make_database(tmp_path / "t.db")
    db.operator = "王小明"
    yield db, ids
    db.close()


def _finding_id(db: Database, code: str) -> int:
    with read_session(db) as s:
        return int(s.scalar(select(m.Finding.id).where(m.Finding.code == code)))


def _dump(db: Database) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table except the audit log and the trash bookkeeping."""
    skip = {"audit_log", "trash_item", "purge_log"}
    out: dict[str, list[dict[str, Any]]] = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name in skip:
                continue
            rows = conn.execute(select(table).order_by(*table.primary_key.columns)).mappings()
            out[table.name] = [dict(r) for r in rows]
    return out


def _linked_finding(db: Database) -> int:
    """A finding with transitions, an extension, evidence links (on itself and on a
    transition) and a link from an interview."""
    fid = _finding_id(db, "2026-HK-002")
    findings.start(db, fid, note="已组织整改")
    findings.extend_deadline(db, fid, dt.date(2026, 9, 30), "设备采购周期长")
    with unit_of_work(db) as s:
        ev = m.Evidence(sha256="a" * 64, size=1234, media_type="image/jpeg",
                        taken_at=dt.datetime(2026, 3, 3, 10, 15, 7), gps_lat=20.04, gps_lon=110.32)
        s.add(ev)
        s.flush()
        transition = s.scalars(select(m.FindingTransition)
                               .where(m.FindingTransition.finding_id == fid)).first()
        assert transition is not None
        s.add(m.EvidenceLink(evidence_id=ev.id, original_name="储罐区.jpg", attached_by="王小明",
                             finding_id=fid))
        s.add(m.EvidenceLink(evidence_id=ev.id, original_name="整改照片.jpg",
                             attached_by="王小明", finding_transition_id=transition.id))
        iv = s.scalars(select(m.Interview).where(m.Interview.party == "海口市应急管理局")).one()
        s.add(m.InterviewFinding(interview_id=iv.id, finding_id=fid))
    return fid


def test_finding_with_links_goes_to_trash_and_comes_back_identical(populated: Any) -> None:
    db, _ids = populated
    fid = _linked_finding(db)
    before = _dump(db)
    counts = {t: len(rows) for t, rows in before.items()}

    trash_id = crud.delete(db, m.Finding, fid, reason="重复登记")

    after = _dump(db)
    assert len(after["finding"]) == counts["finding"] - 1
    assert not [r for r in after["finding_transition"] if r["finding_id"] == fid]
    assert not [r for r in after["deadline_extension"] if r["finding_id"] == fid]
    assert not [r for r in after["interview_finding"] if r["finding_id"] == fid]
    assert len(after["evidence_link"]) == counts["evidence_link"] - 2
    assert after["evidence"] == before["evidence"]  # the evidence itself stays (files too)

    [row] = trash.list_trash(db)
    assert (row.id, row.kind, row.deleted_by, row.reason) == (trash_id, "问题隐患", "王小明", "重复登记")
    assert row.title.startswith("2026-HK-002 某化工企业储罐区")
    assert row.rows == 1 + 1 + 1 + 2 + 1  # finding, transition, extension, 2 links, interview link

    result = trash.restore(db, trash_id)
    assert result.text.startswith("已恢复问题隐患“2026-HK-002")
    assert _dump(db) == before  # every row back with its ids, versions and typed values
    assert trash.list_trash(db) == []
    detail = interviews.interview_detail(db, _interview_id(db))
    assert "2026-HK-002" in [f.code for f in detail.findings]


def _interview_id(db: Database) -> int:
    with read_session(db) as s:
        return int(s.scalar(select(m.Interview.id).where(m.Interview.party == "海口市应急管理局")))


def test_types_round_trip_through_the_payload(populated: Any) -> None:
    db, _ids = populated
    fid = _linked_finding(db)
    trash_id = crud.delete(db, m.Finding, fid)
    with read_session(db) as s:
        item = s.get(m.TrashItem, trash_id)
        assert item is not None
        payload = json.loads(item.payload)
    tables = [e["table"] for e in payload]
    assert tables[0] == "finding"  # parents first
    assert tables.index("finding_transition") < tables.index("evidence_link")
    trash.restore(db, trash_id)
    with read_session(db) as s:
        ev = s.scalars(select(m.Evidence)).one()
        f = s.get(m.Finding, fid)
        assert f is not None
        assert isinstance(f.found_on, dt.date) and isinstance(f.created_at, dt.datetime)
        assert f.deadline == dt.date(2026, 9, 30)
        assert ev.taken_at == dt.datetime(2026, 3, 3, 10, 15, 7)


def test_decimals_and_booleans_round_trip(populated: Any) -> None:
    db, _ids = populated
    with read_session(db) as s:
        tpl = s.scalars(select(m.ChecklistTemplate)).one()
    new = crud.create(db, m.ChecklistTemplate, {"name": "测试模板", "version_no": 9,
                                               "is_current": False})
    crud.create(db, m.TemplateItem, {"template_id": new.id, "number": "1", "title": "检查项",
                                     "weight": Decimal("12.50")})
    before = _dump(db)
    trash_id = crud.delete(db, m.ChecklistTemplate, new.id)
    trash.restore(db, trash_id)
    assert _dump(db) == before
    with read_session(db) as s:
        item = s.scalars(select(m.TemplateItem).where(m.TemplateItem.template_id == new.id)).one()
        assert item.weight == Decimal("12.50")
        restored = s.get(m.ChecklistTemplate, new.id)
        assert restored is not None and restored.is_current is False
    assert tpl.id != new.id


def test_set_null_links_are_put_back_on_restore(populated: Any) -> None:
    """A finding raised from a checklist item keeps its link when the checklist comes back."""
    db, ids = populated
    with read_session(db) as s:
        checklist = s.scalars(select(m.Checklist)
                              .where(m.Checklist.target_id == ids.target_haikou)).one()
        result_id = s.scalars(select(m.ChecklistResult.id)
                              .where(m.ChecklistResult.checklist_id == checklist.id)).first()
    fid = _finding_id(db, "2026-HK-001")
    crud.update(db, m.Finding, fid, {"checklist_result_id": result_id})
    before = _dump(db)
    trash_id = crud.delete(db, m.Checklist, checklist.id)
    assert crud.get(db, m.Finding, fid).checklist_result_id is None
    result = trash.restore(db, trash_id)
    assert result.relinked == 1 and "重新关联 1 条记录" in result.text
    after = _dump(db)
    assert after == before


def test_restore_refuses_when_a_parent_is_gone(populated: Any) -> None:
    db, _ids = populated
    fid = _linked_finding(db)
    finding_trash = crud.delete(db, m.Finding, fid)
    interview_trash = crud.delete(db, m.Interview, _interview_id(db))
    with pytest.raises(ValidationError) as err:
        trash.restore(db, finding_trash)
    assert "无法恢复问题隐患“2026-HK-002" in err.value.message
    assert "它关联的约谈（编号" in err.value.message and "已不存在" in err.value.message
    assert "在回收站中，请先恢复它" in err.value.hint
    assert len(trash.list_trash(db)) == 2  # nothing half-restored
    trash.restore(db, interview_trash)
    trash.restore(db, finding_trash)
    assert trash.list_trash(db) == []


def test_restricted_reference_refuses_the_delete_and_names_it(populated: Any) -> None:
    db, ids = populated
    with pytest.raises(ValidationError) as err:
        crud.delete(db, m.Target, ids.target_haikou)
    assert "巡查对象“海口市" in err.value.message and "仍被其他记录使用" in err.value.message
    assert "问题隐患（编号" in err.value.message
    assert trash.list_trash(db) == []
    assert crud.get(db, m.Target, ids.target_haikou).id == ids.target_haikou


def test_existing_delete_functions_go_to_the_trash(populated: Any) -> None:
    db, ids = populated
    bid = units.record_breach(db, ids.target_haikou, 1, dt.date(2026, 3, 3), "隐瞒事故信息", "某局")
    units.delete_breach(db, bid)
    att = interviews.add_attendee(db, _interview_id(db), interviews.AttendeeInput(
        side="被约谈方", name="李四", unit="海口市应急管理局", post="局长"))
    interviews.remove_attendee(db, att)
    kinds = sorted(r.kind for r in trash.list_trash(db))
    assert kinds == ["约谈参加人员", "配合情况记录"]
    breach = next(r for r in trash.list_trash(db) if r.kind == "配合情况记录")
    trash.restore(db, breach.id)
    assert [b.id for b in units.list_breaches(db, ids.target_haikou)] == [bid]


def test_delete_and_restore_are_in_the_audit_log(populated: Any) -> None:
    db, _ids = populated
    fid = _finding_id(db, "2026-HK-001")
    trash_id = crud.delete(db, m.Finding, fid)
    trash.restore(db, trash_id)
    with read_session(db) as s:
        actions = [(e.action, e.operator) for e in s.scalars(
            select(m.AuditEntry).where(m.AuditEntry.entity == "finding",
                                       m.AuditEntry.entity_id == str(fid))
            .order_by(m.AuditEntry.id))]
    assert actions[-2:] == [("删除", "王小明"), ("新增", "王小明")]
    from xuncha_desktop.db.audit import verify_chain

    with db.engine.connect() as conn:
        assert verify_chain(conn) is None


def test_restore_of_an_unknown_or_tampered_item(populated: Any) -> None:
    db, _ids = populated
    with pytest.raises(NotFoundError, match="回收站中没有编号为 999"):
        trash.restore(db, 999)
    trash_id = crud.delete(db, m.Finding, _finding_id(db, "2026-HK-001"))
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE trash_item SET payload = replace(payload, '部分乡镇', '全部乡镇')")
    with pytest.raises(ValidationError, match="哈希不符"):
        trash.restore(db, trash_id)


def test_purge_needs_admin_and_reason_backs_up_and_logs(populated: Any, tmp_path: Path) -> None:
    db, _ids = populated
    fid = _finding_id(db, "2026-HK-001")
    trash_id = crud.delete(db, m.Finding, fid, reason="录入错误")
    with read_session(db) as s:
        item = s.get(m.TrashItem, trash_id)
        assert item is not None
        digest = item.payload_sha256
    with pytest.raises(ValidationError, match="彻底删除必须写明理由"):
        trash.purge(db, trash_id, "  ", backup_dir=tmp_path / "bk")
    roles.save_operator(db, "王小明", "王小明", roles.ADMIN)
    roles.save_operator(db, "clerk", "张三", roles.OFFICE)
    with pytest.raises(roles.PermissionDenied) as denied:
        trash.purge(db, trash_id, "重复", backup_dir=tmp_path / "bk", operator="clerk")
    assert denied.value.message == "当前操作员“张三”（办公室）无权修改回收站中的记录（彻底删除）。"
    assert not (tmp_path / "bk").exists()  # refused before any backup

    result = trash.purge(db, trash_id, "重复登记，已核实", backup_dir=tmp_path / "bk")
    assert result.backup is not None and result.backup.exists()
    assert result.backup.parent == tmp_path / "bk" and "彻底删除前" in result.backup.name
    assert trash.list_trash(db) == []
    [log] = trash.list_purge_log(db)
    assert (log.kind, log.entity_id, log.deleted_by, log.purged_by, log.reason) == (
        "问题隐患", str(fid), "王小明", "王小明", "重复登记，已核实")
    assert log.title.startswith("2026-HK-001") and log.payload_sha256 == digest
    with pytest.raises(NotFoundError):
        trash.restore(db, trash_id)


def test_cli_trash_list_restore_purge(populated: Any, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    from xuncha_desktop.cli import main

    db, _ids = populated
    path = str(db.target.path)
    fid = _finding_id(db, "2026-HK-001")
    first = crud.delete(db, m.Finding, fid, reason="录入错误")
    second = crud.delete(db, m.Finding, _finding_id(db, "2026-SY-001"))
    db.close()
    base = ["--db", path, "--operator", "王小明"]

    assert main([*base, "trash", "list"]) == 0
    out = capsys.readouterr().out
    assert f"{first}\t问题隐患\t2026-HK-001" in out and "录入错误" in out
    assert "回收站中共 2 项。" in out

    assert main([*base, "trash", "restore", str(first)]) == 0
    assert capsys.readouterr().out.startswith("已恢复问题隐患“2026-HK-001")
    assert main([*base, "trash", "restore", str(first)]) == 2
    assert f"错误：回收站中没有编号为 {first} 的记录" in capsys.readouterr().err

    with pytest.raises(SystemExit) as exit_:
        main([*base, "trash", "purge", str(second)])
    assert exit_.value.code == 2
    assert "错误：命令参数不正确" in capsys.readouterr().err
    assert main([*base, "trash", "purge", str(second), "--reason", " "]) == 2
    assert "彻底删除必须写明理由" in capsys.readouterr().err

    assert main([*base, "trash", "purge", str(second), "--reason", "重复登记"]) == 0
    out = capsys.readouterr().out
    assert "已彻底删除问题隐患“2026-SY-001" in out and "删除前已备份数据库" in out
    assert main([*base, "trash", "list"]) == 0
    out = capsys.readouterr().out
    assert "回收站中共 0 项。" in out and "彻底删除记录 1 条" in out and "重复登记" in out
