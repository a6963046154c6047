"""A record's history from the audit log (with its children), and the tamper-evident chain."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import NotFoundError
from xuncha_desktop.services import crud, findings, history
from xuncha_desktop.services.bootstrap import open_for_use
from xuncha_desktop.services.check import check_sqlite


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = open_for_use(tmp_path / "t.db", operator="王小明")
    yield database
    database.close()


def _finding(db: Database) -> int:
    return crud.create(db, m.Finding, {"code": "F-1", "region_id": 1, "kind_id": 1,
                                       "description": "储罐区未设置围堰",
                                       "found_on": dt.date(2026, 3, 1)}).id


def test_history_of_a_finding_with_its_children_newest_first(db: Database) -> None:
    fid = _finding(db)
    crud.update(db, m.Finding, fid, {"description": "储罐区未设置防火堤"}, operator="李四")
    deadline = dt.date.today() + dt.timedelta(days=30)
    findings.assign(db, fid, findings.Assignment("海口市应急管理局", "立即整改", deadline),
                    operator="张三")
    other = crud.create(db, m.Finding, {"code": "F-2", "region_id": 1, "kind_id": 1,
                                        "description": "别的问题", "found_on": dt.date(2026, 3, 1)})
    crud.update(db, m.Finding, other.id, {"description": "别的问题（改）"})

    rows = history.record_history(db, "finding", fid)

    assert [r.id for r in rows] == sorted((r.id for r in rows), reverse=True)  # newest first
    edit = next(r for r in rows if r.field == "问题描述")
    assert (edit.operator, edit.action, edit.old, edit.new, edit.own) == (
        "李四", "修改", "储罐区未设置围堰", "储罐区未设置防火堤", True)
    state = next(r for r in rows if r.field == "状态")
    assert (state.old, state.new, state.operator) == ("已发现", "已交办", "张三")
    transition = next(r for r in rows if r.kind == "问题状态变更")
    assert transition.action == "新增" and not transition.own
    assert "新状态：已交办" in transition.new and "操作员：张三" in transition.new
    created = rows[-1]
    assert (created.action, created.field, created.operator) == ("新增", "（整条记录）", "王小明")
    assert "编号：F-1" in created.new and "问题描述：储罐区未设置围堰" in created.new
    assert all("别的问题" not in (r.old + r.new) for r in rows)  # not another finding's


def test_history_shows_names_and_chinese_dates_not_ids(db: Database) -> None:
    fid = _finding(db)
    crud.update(db, m.Finding, fid, {"region_id": 2, "deadline": dt.date(2026, 5, 4)})
    with db.session() as s:
        first, second = (s.get(m.Region, 1).name, s.get(m.Region, 2).name)  # type: ignore[union-attr]
    rows = history.record_history(db, "finding", fid)
    moved = next(r for r in rows if r.field == "市县")
    assert (moved.old, moved.new) == (first, second)
    deadline = next(r for r in rows if r.field == "整改期限")
    assert deadline.new == "2026年5月4日"
    created = rows[-1]
    assert f"市县：{first}" in created.new and "发现日期：2026年3月1日" in created.new
    assert "市县：1；" not in created.new


def test_history_keeps_deleted_children_and_the_record_after_deletion(db: Database) -> None:
    fid = _finding(db)
    deadline = dt.date.today() + dt.timedelta(days=30)
    findings.assign(db, fid, findings.Assignment("海口市应急管理局", "立即整改", deadline))
    crud.delete(db, m.Finding, fid)
    rows = history.record_history(db, "finding", fid)
    actions = [(r.kind, r.action) for r in rows]
    assert ("问题隐患", "删除") in actions and ("问题状态变更", "删除") in actions
    assert ("问题状态变更", "新增") in actions
    with pytest.raises(NotFoundError, match="找不到编号为 999 的问题隐患"):
        history.record_history(db, "finding", 999)


def test_at_text_is_chinese() -> None:
    entry = history.HistoryEntry(1, dt.datetime(2026, 7, 4, 9, 5, 3), "x", "修改", "问题隐患",
                                 "1", "状态", "a", "b", True)
    assert entry.at_text == "2026年7月4日 09:05:03"


@pytest.mark.parametrize("tamper", ["edit", "delete"])
def test_check_names_the_first_broken_audit_entry(db: Database, tmp_path: Path,
                                                  tamper: str) -> None:
    fid = _finding(db)
    for text in ("一", "二", "三"):
        crud.update(db, m.Finding, fid, {"legal_basis": text})
    path = db.target.path
    assert path is not None
    db.close()
    report = check_sqlite(path)
    assert report.ok, report.render()
    with sqlite3.connect(path) as conn:
        ids = [r[0] for r in conn.execute(
            "SELECT id FROM audit_log WHERE entity = 'finding' AND field = 'legal_basis' "
            "ORDER BY id")]
        victim = ids[1]
        if tamper == "edit":
            conn.execute("UPDATE audit_log SET new_value = '伪造' WHERE id = ?", (victim,))
        else:
            conn.execute("DELETE FROM audit_log WHERE id = ?", (victim,))
    report = check_sqlite(path)
    assert not report.ok
    item = next(i for i in report.items if i.name == "审计日志")
    first_broken = victim if tamper == "edit" else ids[2]
    assert item.detail.startswith(f"第 {first_broken} 条：")
    expected = "可能被直接修改" if tamper == "edit" else "前一条可能被删除或修改"
    assert expected in item.detail
