"""Trash, restore, purge and roles on both engines (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from xuncha_desktop.db import models as m
from xuncha_desktop.db.audit import verify_chain
from xuncha_desktop.db.engine import Database
from xuncha_desktop.services import crud, history, roles, trash
from xuncha_desktop.services.uow import read_session, unit_of_work


def _rows(db: Database) -> dict[str, list[dict[str, object]]]:
    out = {}
    with db.engine.connect() as conn:
        for model in (m.Finding, m.FindingTransition, m.DeadlineExtension, m.EvidenceLink,
                      m.InterviewFinding, m.TemplateItem):
            table = model.__table__
            out[table.name] = [dict(r) for r in conn.execute(
                select(table).order_by(*table.primary_key.columns)).mappings()]
    return out


def test_trash_restore_purge_and_roles(database: Database) -> None:
    db = database
    region = crud.list_all(db, m.Region)[0]
    kind = crud.list_all(db, m.FindingKind)[0]
    cycle = crud.create(db, m.Cycle, {"name": "周期", "start_year": 2025})
    plan = crud.create(db, m.Plan, {"cycle_id": cycle.id, "year": 2026, "title": "计划"})
    batch = crud.create(db, m.Batch, {"plan_id": plan.id, "seq": 1, "start_date": dt.date(2026, 3, 1),
                                      "end_date": dt.date(2026, 3, 31)})
    target = crud.create(db, m.Target, {"batch_id": batch.id, "region_id": region.id,
                                        "entry_date": dt.date(2026, 3, 2),
                                        "exit_date": dt.date(2026, 3, 9)})
    with unit_of_work(db) as s:
        f = m.Finding(code="F-1", region_id=region.id, kind_id=kind.id, description="消防通道堵塞",
                      found_on=dt.date(2026, 3, 3), target_id=target.id)
        s.add(f)
        s.flush()
        t = m.FindingTransition(finding_id=f.id, from_state=None, to_state="已发现",
                                operator="测试员", at=dt.datetime(2026, 3, 3, 10, 0, 5))
        s.add(t)
        s.add(m.DeadlineExtension(finding_id=f.id, old_deadline=dt.date(2026, 4, 1),
                                  new_deadline=dt.date(2026, 5, 1), reason="延期",
                                  operator="测试员", at=dt.datetime(2026, 3, 4, 9, 0)))
        ev = m.Evidence(sha256="d" * 64, size=10, gps_lat=20.5)
        s.add(ev)
        s.flush()
        s.add(m.EvidenceLink(evidence_id=ev.id, original_name="a.jpg", attached_by="测试员",
                             finding_transition_id=t.id))
        iv = m.Interview(target_id=target.id, party="某局")
        s.add(iv)
        s.flush()
        s.add(m.InterviewFinding(interview_id=iv.id, finding_id=f.id))
        fid = f.id
    tpl = crud.create(db, m.ChecklistTemplate, {"name": "模板", "version_no": 7})
    crud.create(db, m.TemplateItem, {"template_id": tpl.id, "number": "1", "title": "项",
                                     "weight": Decimal("7.25")})
    before = _rows(db)

    finding_trash = crud.delete(db, m.Finding, fid, reason="测试")
    template_trash = crud.delete(db, m.ChecklistTemplate, tpl.id)
    assert len(trash.list_trash(db)) == 2
    trash.restore(db, finding_trash)
    trash.restore(db, template_trash)
    assert _rows(db) == before
    assert any(e.kind == "问题状态变更" for e in history.record_history(db, "finding", fid))

    again = crud.delete(db, m.Finding, fid)
    roles.save_operator(db, "测试员", "测试员", roles.ADMIN)
    roles.save_operator(db, "lead", "李四", roles.LEAD)
    with pytest.raises(roles.PermissionDenied, match="无权修改巡查计划"):
        crud.update(db, m.Plan, plan.id, {"note": "x"}, operator="lead")
    result = trash.purge(db, again, "重复")
    if not db.is_sqlite:
        assert result.backup is None and "服务器数据库不在本机备份" in result.note
    [log] = trash.list_purge_log(db)
    assert log.reason == "重复" and log.purged_by == "测试员"
    with read_session(db) as s:
        assert s.get(m.Finding, fid) is None
    with db.engine.connect() as conn:
        assert verify_chain(conn) is None
