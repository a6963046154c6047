"""The history panel: edit a finding through the service, open its history, see the change."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from sqlalchemy import select

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.services import crud
from xuncha_desktop.services.uow import read_session
from xuncha_desktop.ui import history_panel as hp
from xuncha_desktop.ui.main_window import TAB_FINDINGS, TAB_INTERVIEWS, TAB_PLANS


def _finding(db: Database, code: str) -> int:
    with read_session(db) as s:
        return int(s.scalar(select(m.Finding.id).where(m.Finding.code == code)))


def test_panel_shows_old_and_new_value(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    fid = _finding(db, "2026-HK-001")
    crud.update(db, m.Finding, fid, {"description": "部分乡镇安全生产责任清单未制定、未公示"},
                operator="李四")
    panel = hp.HistoryPanel(db)
    qtbot.addWidget(panel)
    panel.load("finding", fid, "2026-HK-001")
    ModelTester(qtbot).check(panel.model)
    headers = [panel.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(panel.model.columnCount())]
    assert headers == ["时间", "操作员", "操作", "记录", "字段", "原值", "新值"]
    rows = panel.texts()
    assert rows[0][1:] == ["李四", "修改", "本记录", "问题描述", "部分乡镇安全生产责任清单未制定",
                           "部分乡镇安全生产责任清单未制定、未公示"]
    assert rows[0][0].startswith(f"{rows[0][0][:4]}年")  # 2026年7月14日 09:30:00
    assert panel.title_label.text() == "问题隐患“2026-HK-001”的修改历史（最新的在前）。"
    assert panel.count_label.text() == f"共 {len(rows)} 条"


def test_children_can_be_hidden(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    fid = _finding(db, "2026-HK-002")
    crud.create(db, m.DeadlineExtension, {
        "finding_id": fid, "old_deadline": __import__("datetime").date(2026, 7, 10),
        "new_deadline": __import__("datetime").date(2026, 8, 10), "reason": "设备采购",
        "operator": "王小明", "at": __import__("datetime").datetime(2026, 7, 1, 9, 0)})
    panel = hp.HistoryPanel(db)
    qtbot.addWidget(panel)
    panel.load("finding", fid)
    kinds = [r[3] for r in panel.texts()]
    assert any(k.startswith("整改延期") for k in kinds)
    panel.children_check.setChecked(False)
    assert {r[3] for r in panel.texts()} == {"本记录"}


@pytest.mark.parametrize("tab, entity", [(TAB_FINDINGS, "finding"), (TAB_INTERVIEWS, "interview"),
                                         (TAB_PLANS, "plan")])
def test_ctrl_h_opens_the_history_of_the_selected_record(window, qtbot, monkeypatch,  # type: ignore[no-untyped-def]
                                                          tab: int, entity: str) -> None:
    shown: list[tuple[str, Any, list[list[str]]]] = []

    def ask(_cls, parent, db, ent, ident, title=""):  # type: ignore[no-untyped-def]
        dialog = hp.HistoryDialog(db, parent)
        qtbot.addWidget(dialog)
        dialog.panel.load(ent, ident, title)
        shown.append((ent, ident, dialog.panel.texts()))

    monkeypatch.setattr(hp.HistoryDialog, "ask", classmethod(ask))
    window.ui.tabWidget.setCurrentIndex(tab)
    if tab == TAB_FINDINGS:
        view = window.findings_tab.ui.tableView
    elif tab == TAB_INTERVIEWS:
        view = window.interviews_tab.list.ui.tableView
    else:
        view = window.plans_tab.plans.ui.tableView
    qtbot.waitUntil(lambda: view.model().rowCount() > 0)
    view.setFocus()
    view.selectRow(0)
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert len(shown) == 1
    ent, ident, rows = shown[0]
    assert ent == entity and ident is not None
    assert rows and rows[-1][2] == "新增" and rows[-1][3] == "本记录"


def test_ctrl_h_without_a_record_says_what_to_do(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.ui.tabWidget.setCurrentIndex(0)
    window.history_action.trigger()
    assert "请先在“巡查计划”“问题隐患”或“约谈”中选中一条记录" in window.statusBar().currentMessage()


def test_history_buttons_beside_the_detail_actions(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[tuple[str, Any]] = []
    monkeypatch.setattr(hp.HistoryDialog, "ask",
                        classmethod(lambda _c, _p, _db, ent, ident, title="": opened.append((ent, ident))))
    assert set(window.history_buttons) == {TAB_PLANS, TAB_FINDINGS, TAB_INTERVIEWS}
    window.ui.tabWidget.setCurrentIndex(TAB_FINDINGS)
    view = window.findings_tab.ui.tableView
    qtbot.waitUntil(lambda: view.model().rowCount() > 0)
    view.selectRow(0)
    button = window.history_buttons[TAB_FINDINGS]
    assert button.text() == "历史…" and button.isVisible()
    button.click()
    assert opened == [("finding", window.findings_tab.current_id())]
    window.ui.tabWidget.setCurrentIndex(TAB_FINDINGS)

