"""工具 → 回收站… and 工具 → 操作员与权限… as a clerk and an admin use them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.modeltest import ModelTester
from sqlalchemy import select

from xuncha_desktop.config import LocalSettings
from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.services import crud, roles, trash
from xuncha_desktop.services.uow import read_session
from xuncha_desktop.ui import trash_dialog as td
from xuncha_desktop.ui.operators_dialog import OperatorsDialog


def _finding(db: Database, code: str) -> int:
    with read_session(db) as s:
        return int(s.scalar(select(m.Finding.id).where(m.Finding.code == code)))


def _cells(model: Any) -> list[list[str]]:
    return [[str(model.data(model.index(r, c))) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


@pytest.fixture
def local(tmp_path: Path) -> LocalSettings:
    return LocalSettings(operator="王小明", backup_dir=str(tmp_path / "备份"))


def test_lists_and_restores_a_deleted_finding(qtbot, db: Database, local: LocalSettings) -> None:  # type: ignore[no-untyped-def]
    db.operator = "王小明"
    fid = _finding(db, "2026-HK-002")
    crud.delete(db, m.Finding, fid, reason="重复登记")
    dialog = td.TrashDialog(db, local)
    qtbot.addWidget(dialog)
    ModelTester(qtbot).check(dialog.model)
    [row] = _cells(dialog.model)
    assert row[0] == "问题隐患" and row[1].startswith("2026-HK-002 某化工企业储罐区")
    assert row[2] == "王小明" and row[4] == "重复登记"
    with qtbot.waitSignal(dialog.restored):
        dialog.ui.restoreButton.click()
    assert dialog.ui.messageLabel.text().startswith("已恢复问题隐患“2026-HK-002")
    assert dialog.model.rowCount() == 0 and not dialog.ui.restoreButton.isEnabled()
    assert crud.get(db, m.Finding, fid).code == "2026-HK-002"


def test_restore_refused_names_the_missing_record(qtbot, db: Database, local: LocalSettings,  # type: ignore[no-untyped-def]
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(td, "show_error", lambda _p, err: shown.append(err.message))
    target = crud.create(db, m.UnitVisit, {
        "target_id": 1, "unit_id": crud.create(db, m.InspectedUnit, {
            "kind": "企业", "name": "某化工厂", "region_id": 1}).id,
        "visited_on": __import__("datetime").date(2026, 3, 3)})
    visit_trash = crud.delete(db, m.UnitVisit, target.id)
    # the unit it belongs to is deleted for good meanwhile (directly, as an old version might)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM inspected_unit WHERE name = '某化工厂'")
    dialog = td.TrashDialog(db, local)
    qtbot.addWidget(dialog)
    dialog.ui.trashView.selectRow(0)
    dialog.restore_selected()
    assert shown and "它关联的被巡查单位（编号" in shown[0] and "已不存在" in shown[0]
    assert [r.id for r in trash.list_trash(db)] == [visit_trash]


def test_purge_asks_a_reason_backs_up_in_background_and_logs(  # type: ignore[no-untyped-def]
        qtbot, db: Database, local: LocalSettings, monkeypatch: pytest.MonkeyPatch) -> None:
    db.operator = "王小明"
    crud.delete(db, m.Finding, _finding(db, "2026-HK-001"), reason="录入错误")
    dialog = td.TrashDialog(db, local)
    qtbot.addWidget(dialog)
    dialog.ui.trashView.selectRow(0)

    monkeypatch.setattr(td.TrashDialog, "ask_reason", classmethod(lambda _c, _p, _r: "  "))
    dialog.ui.purgeButton.click()
    assert dialog.ui.messageLabel.text() == "彻底删除必须写明理由，未删除。"
    monkeypatch.setattr(td.TrashDialog, "ask_reason", classmethod(lambda _c, _p, _r: None))
    dialog.ui.purgeButton.click()
    assert dialog.model.rowCount() == 1

    monkeypatch.setattr(td.TrashDialog, "ask_reason",
                        classmethod(lambda _c, _p, _r: "重复登记，经核实删除"))
    dialog.ui.purgeButton.click()
    qtbot.waitUntil(lambda: dialog.ui.messageLabel.text().startswith("已彻底删除"), timeout=20000)
    assert "删除前已备份数据库" in dialog.ui.messageLabel.text()
    assert dialog.model.rowCount() == 0
    [log] = _cells(dialog.log_model)
    assert log[0] == "问题隐患" and log[1].startswith("2026-HK-001")
    assert log[2] == "王小明" and log[4] == "王小明" and log[6] == "重复登记，经核实删除"
    backups = list((Path(local.backup_dir)).glob("*彻底删除前*.db"))
    assert len(backups) == 1


def test_only_an_admin_may_purge(qtbot, db: Database, local: LocalSettings) -> None:  # type: ignore[no-untyped-def]
    roles.save_operator(db, "admin", "管理员甲", roles.ADMIN, operator="admin")
    roles.save_operator(db, "王小明", "王小明", roles.LEAD, operator="admin")
    db.operator = "王小明"
    crud.delete(db, m.Finding, _finding(db, "2026-HK-001"))
    dialog = td.TrashDialog(db, local)
    qtbot.addWidget(dialog)
    assert dialog.ui.restoreButton.isEnabled()
    assert not dialog.ui.purgeButton.isEnabled()
    assert dialog.ui.purgeButton.toolTip() == "只有管理员可以彻底删除。"


def test_menu_has_trash_operators_and_history(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    texts = [a.text() for a in window.ui.menuTools.actions()]
    assert "回收站(&T)…" in texts and "操作员与权限(&P)…" in texts and "记录历史(&H)…" in texts
    opened: list[str] = []
    monkeypatch.setattr(td.TrashDialog, "ask", classmethod(lambda _c, _w: opened.append("trash")))
    monkeypatch.setattr(OperatorsDialog, "ask", classmethod(lambda _c, _w: opened.append("ops")))
    window.trash_action.trigger()
    window.operators_action.trigger()
    assert opened == ["trash", "ops"]


def test_operators_dialog_first_operator_is_me_as_admin(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    db.operator = "王小明"
    dialog = OperatorsDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.ui.currentLabel.text() == "当前操作员：王小明（未设置操作员，按管理员）"
    assert dialog.ui.loginEdit.text() == "王小明" and dialog.ui.roleCombo.currentText() == "管理员"
    dialog.ui.saveButton.click()
    assert dialog.ui.errorLabel.text() == "已保存。"
    assert _cells(dialog.model) == [["王小明", "王小明", "管理员", "启用"]]
    assert dialog.ui.currentLabel.text() == "当前操作员：王小明（管理员）"

    dialog.ui.newButton.click()
    dialog.ui.loginEdit.setText("viewer")
    dialog.ui.nameEdit.setText("赵六")
    dialog.ui.roleCombo.setCurrentText("只读")
    dialog.ui.saveButton.click()
    assert _cells(dialog.model)[1] == ["viewer", "赵六", "只读", "启用"]

    # demoting the only admin is refused with the reason
    dialog.ui.tableView.selectRow(0)
    dialog.ui.roleCombo.setCurrentText("办公室")
    dialog.ui.saveButton.click()
    assert "至少要有一名管理员" in dialog.ui.errorLabel.text()
    assert _cells(dialog.model)[0][2] == "管理员"


def test_operators_dialog_is_read_only_for_others(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    roles.save_operator(db, "admin", "管理员甲", roles.ADMIN, operator="admin")
    roles.save_operator(db, "clerk", "张三", roles.OFFICE, operator="admin")
    db.operator = "clerk"
    dialog = OperatorsDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.ui.currentLabel.text() == "当前操作员：张三（办公室）"
    assert not dialog.ui.saveButton.isEnabled() and not dialog.ui.editBox.isEnabled()
    assert dialog.ui.errorLabel.text() == "只有管理员可以调整操作员与权限。"


def test_delete_a_finding_from_its_tab_then_restore_it(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from xuncha_desktop.ui.main_window import TAB_FINDINGS

    window.ui.tabWidget.setCurrentIndex(TAB_FINDINGS)
    tab = window.findings_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    before = tab.model.rowCount()
    tab.ui.tableView.selectRow(0)
    fid = tab.current_id()
    asked: list[tuple[str, str]] = []

    def ask(_cls, _parent, kind, title):  # type: ignore[no-untyped-def]
        asked.append((kind, title))
        return "误录"

    monkeypatch.setattr(td.DeleteConfirm, "ask", classmethod(ask))
    button = window.delete_buttons[TAB_FINDINGS]
    assert button.text() == "删除…"
    button.click()
    assert asked and asked[0][0] == "问题隐患"
    qtbot.waitUntil(lambda: tab.model.rowCount() == before - 1)
    assert "移入回收站" in window.statusBar().currentMessage()
    [row] = trash.list_trash(window.db)
    assert row.entity_id == str(fid) and row.reason == "误录" and row.deleted_by == "王小明"
    trash.restore(window.db, row.id)
    window.refresh()
    qtbot.waitUntil(lambda: tab.model.rowCount() == before)


def test_delete_refused_is_explained(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from xuncha_desktop.ui.main_window import TAB_PLANS

    shown: list[str] = []
    monkeypatch.setattr(td, "show_error", lambda _p, err: shown.append(err.message))
    monkeypatch.setattr(td.DeleteConfirm, "ask", classmethod(lambda _c, _p, _k, _t: ""))
    window.ui.tabWidget.setCurrentIndex(TAB_PLANS)
    view = window.plans_tab.plans.ui.tableView
    qtbot.waitUntil(lambda: view.model().rowCount() > 0)
    view.selectRow(0)
    window.delete_buttons[TAB_PLANS].click()
    assert shown and "巡查计划“" in shown[0] and "仍被其他记录使用" in shown[0]
    assert trash.list_trash(window.db) == []
