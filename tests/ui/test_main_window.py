"""The main window over a small populated database, as a clerk would see it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from xuncha_desktop.services import queries as q
from xuncha_desktop.ui import dialogs
from xuncha_desktop.ui.main_window import MainWindow

TODAY = dt.date(2026, 7, 14)  # the dataset's fixed day (fixture `today`)


def cell(tab, row: int, key: str) -> str:
    model = tab.model
    return model.data(model.index(row, model.column_of(key)))


def column(tab, key: str) -> list[str]:
    return [cell(tab, r, key) for r in range(tab.model.rowCount())]


def test_title_tabs_menus_and_status(window: MainWindow, db) -> None:
    assert window.windowTitle() == "巡查桌面 — t.db"
    tabs = window.ui.tabWidget
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "总览",
        "巡查计划",
        "巡查组",
        "检查表",
        "问题隐患",
        "约谈",
    ]
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["文件(&F)", "文书(&D)", "工具(&T)", "帮助(&H)"]
    items = {
        a.text(): a
        for m in window.menuBar().actions()
        for a in m.menu().actions()
        if not a.isSeparator()
    }
    assert {"数据库位置(&D)…", "退出(&X)", "设置(&S)…", "关于巡查桌面(&A)"} <= set(items)
    assert items["退出(&X)"].shortcut() == QKeySequence("Ctrl+Q")
    assert window.operator_label.text() == "操作员：王小明"
    assert str(db.target.path) in window.db_label.text()
    assert window.deadline_label.text() == "逾期 1 项 · 即将到期 1 项"


def test_every_tab_shows_rows(window: MainWindow) -> None:
    assert cell(window.plans_tab, 0, "title") == "2026年度安全生产巡查工作计划"
    teams = window.teams_tab
    assert "第一巡查组" in column(teams.teams, "name")
    assert "张伟" in column(teams.roster, "name")
    assert "周杰" in column(teams.people, "name")
    assert window.checklists_tab.model.rowCount() > 0
    assert set(column(window.checklists_tab, "region")) == {"海口市", "三亚市"}
    assert "2026-HK-002" in column(window.findings_tab, "code")
    assert "海口市应急管理局" in column(window.interviews_tab, "party")
    assert window.findings_tab.ui.countLabel.text() == "共 5 条"


def test_ctrl_number_switches_tabs(window: MainWindow, qtbot) -> None:
    tabs = window.ui.tabWidget
    for i in range(6):
        QTest.keyClick(window, Qt.Key(Qt.Key.Key_1 + i), Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda i=i: tabs.currentIndex() == i)


def test_selector_filters_per_target_tabs(window: MainWindow, ids, qtbot) -> None:
    assert window.selected_plan_id() == ids.plan_2026
    targets = [window.target_combo.itemText(i) for i in range(window.target_combo.count())]
    assert targets[0] == "全部巡查对象"
    assert "第一批 · 海口市 (2026年3月2日—3月9日)" in targets
    window.select_target(ids.target_sanya)
    qtbot.waitUntil(lambda: window.findings_tab.model.rowCount() == 2)
    assert set(column(window.findings_tab, "region")) == {"三亚市"}
    assert column(window.interviews_tab, "party") == ["三亚市人民政府"]
    assert column(window.checklists_tab, "region") == ["三亚市"]
    # The plan list is not narrowed by the target.
    assert window.plans_tab.model.rowCount() == 2
    window.select_plan(ids.plan_2025)
    qtbot.waitUntil(lambda: column(window.findings_tab, "code") == ["2025-DZ-001"])
    assert window.selected_target_id() is None
    assert window.interviews_tab.model.rowCount() == 0
    window.select_plan(None)  # 全部巡查计划
    qtbot.waitUntil(lambda: window.findings_tab.model.rowCount() == 6)
    assert not window.target_combo.isEnabled()


def test_search_box_filters(window: MainWindow, qtbot) -> None:
    tab = window.findings_tab
    tab.ui.searchEdit.setText("塔吊")  # typed text is applied after a short pause
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert cell(tab, 0, "code") == "2026-HK-003"
    assert tab.ui.countLabel.text() == "共 1 条"
    tab.ui.searchEdit.clear()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 5)
    qtbot.keyClicks(tab.ui.searchEdit, "SY")  # Enter applies at once
    qtbot.keyClick(tab.ui.searchEdit, Qt.Key.Key_Return)
    assert column(tab, "code") == ["2026-SY-001", "2026-SY-002"]


def test_header_click_sorts(window: MainWindow, qtbot) -> None:
    window.ui.tabWidget.setCurrentIndex(4)
    tab = window.findings_tab
    view = tab.ui.tableView
    assert cell(tab, 0, "code") == "2026-HK-001"
    header = view.horizontalHeader()
    section = tab.model.column_of("deadline")
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    pos = header.viewport().rect().center()
    pos.setX(x)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: tab.model.sort_key == "deadline")
    first = cell(tab, 0, "code")
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: cell(tab, 0, "code") != first)
    assert {first, cell(tab, 0, "code")} == {"2026-HK-001", "2026-SY-001"}


def test_findings_show_deadline_labels_and_colours(window: MainWindow) -> None:
    tab = window.findings_tab
    statuses = dict(zip(column(tab, "code"), column(tab, "deadline_status"), strict=True))
    assert statuses["2026-HK-002"] == "逾期"
    assert statuses["2026-HK-003"] == "即将到期"
    row = column(tab, "code").index("2026-HK-002")
    idx = tab.model.index(row, tab.model.column_of("deadline_status"))
    assert tab.model.data(idx, Qt.ItemDataRole.BackgroundRole) is not None


def test_selecting_a_team_narrows_the_roster(window: MainWindow, qtbot) -> None:
    teams = window.teams_tab
    names = column(teams.teams, "name")
    teams.teams.ui.tableView.selectRow(names.index("第二巡查组"))
    qtbot.waitUntil(lambda: teams.roster.model.rowCount() == 2)
    assert set(column(teams.roster, "name")) == {"赵敏", "陈刚"}
    assert teams.ui.rosterBox.title() == "组成人员：第二巡查组"


def test_models_of_the_window_pass_qtmodeltester(window: MainWindow, qtmodeltester) -> None:
    for tab in window.list_tabs():
        qtmodeltester.check(tab.model)


def test_overview_figures_equal_the_queries(window: MainWindow, db) -> None:
    ov = q.overview_counts(db, TODAY)
    figures = window.overview_tab.figures
    assert figures["plans_in_progress"].value() == str(ov.plans_in_progress) == "1"
    assert figures["plans_in_progress"].caption() == "实施中的巡查计划"
    assert figures["findings_overdue"].value() == str(ov.findings_overdue)
    assert figures["findings_due_soon"].value() == str(ov.findings_due_soon)
    assert figures["interviews_pending"].value() == str(ov.interviews_pending)
    for state, n in ov.findings_by_state.items():
        assert figures[f"findings_{state}"].value() == str(n)
        assert figures[f"findings_{state}"].caption() == state
    assert figures["regions_covered"].value() == "3 / 20"
    assert "2026年7月14日" in window.overview_tab.ui.asOfLabel.text()


def test_settings_menu_saves_operator(window: MainWindow, paths, monkeypatch) -> None:
    from dataclasses import replace

    def fake_ask(parent, p, settings, current_db=""):
        return replace(settings, operator="李四")

    monkeypatch.setattr(
        dialogs.SettingsDialog, "ask", classmethod(lambda cls, *a, **k: fake_ask(*a, **k))
    )
    window.ui.actionSettings.trigger()
    assert window.settings.operator == "李四"
    assert window.db.operator == "李四"
    assert window.operator_label.text() == "操作员：李四"


def test_switching_database_reopens_it(window: MainWindow, tmp_path, qtbot, monkeypatch) -> None:
    from dataclasses import replace

    new_file = tmp_path / "其他.db"
    monkeypatch.setattr(
        dialogs.SettingsDialog,
        "ask",
        classmethod(lambda cls, parent, p, s, current_db="": replace(s, db=str(new_file))),
    )
    with qtbot.waitSignal(window.databaseChanged):
        window.ui.actionDatabase.trigger()
    assert new_file.exists()
    assert window.windowTitle() == "巡查桌面 — 其他.db"
    assert window.findings_tab.model.rowCount() == 0
    assert window.plan_combo.count() == 1  # only 全部巡查计划
    assert window.overview_tab.figures["regions_planned"].value() == "0 / 20"


def test_bad_database_location_is_explained(window: MainWindow, tmp_path, monkeypatch) -> None:
    from dataclasses import replace

    bad = tmp_path / "not-a-db.db"
    bad.write_text("hello", encoding="utf-8")
    shown = []
    monkeypatch.setattr(
        dialogs.SettingsDialog,
        "ask",
        classmethod(lambda cls, parent, p, s, current_db="": replace(s, db=str(bad))),
    )
    monkeypatch.setattr(
        "xuncha_desktop.ui.main_window.show_error", lambda parent, err: shown.append(err)
    )
    old = window.db
    window.ui.actionDatabase.trigger()
    assert window.db is old
    assert shown and "不是巡查桌面的数据库" in shown[0].message
    assert window.findings_tab.model.rowCount() == 5


def test_about_menu(window: MainWindow, monkeypatch) -> None:
    seen = []
    monkeypatch.setattr(
        dialogs.AboutDialog, "ask", classmethod(lambda cls, parent, db: seen.append(db))
    )
    window.ui.actionAbout.trigger()
    assert seen == [window.db]


def test_refresh_picks_up_new_rows(window: MainWindow, db, qtbot) -> None:
    from xuncha_desktop.db import models as m
    from xuncha_desktop.services.uow import unit_of_work

    with unit_of_work(db, "测试") as s:
        f = s.query(m.Finding).filter_by(code="2026-SY-001").one()
        f.state = "已销号"
        f.closed_on = TODAY
    window.refresh()
    assert window.findings_tab.model.rowCount() == 5
    assert window.overview_tab.figures["findings_已销号"].value() == "3"
    assert window.plan_combo.currentData() is not None


def test_empty_database_window(qtbot, tmp_path, paths, settings) -> None:
    from xuncha_desktop.db.migrate import open_database
    from xuncha_desktop.services.reference import load_reference_data

    db = open_database(tmp_path / "empty.db", operator="测试")
    try:
        load_reference_data(db)
        w = MainWindow(db, paths, settings, today=TODAY)
        qtbot.addWidget(w)
        w.show()
        assert w.findings_tab.model.rowCount() == 0
        assert w.overview_tab.figures["plans_total"].value() == "0"
        assert w.deadline_label.text() == "逾期 0 项 · 即将到期 0 项"
    finally:
        db.close()


def test_documents_menu_opens_the_documents_window(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """文件 → 公文与发文登记… (Ctrl+E) opens the 公文 window on the same database."""
    from xuncha_desktop.ui import documents_window

    opened: list[object] = []
    monkeypatch.setattr(documents_window.DocumentsWindow, "ask",
                        classmethod(lambda cls, parent, db, settings: opened.append(db)))
    assert window.documents_action.shortcut().toString() == "Ctrl+E"
    assert window.documents_action in window.ui.menuFile.actions()
    window.documents_action.trigger()
    assert opened == [window.db]


def test_status_bar_shows_the_operators_role(window: MainWindow, db, monkeypatch) -> None:
    """操作员：name（role） once operators are registered; only the name before."""
    from dataclasses import replace

    from xuncha_desktop.services import roles
    from xuncha_desktop.ui.operators_dialog import OperatorsDialog

    assert window.operator_label.text() == "操作员：王小明"  # no operators: no role shown
    roles.save_operator(db, "王小明", "王小明", roles.ADMIN)
    roles.save_operator(db, "clerk", "张三", roles.OFFICE)
    # closing 工具 → 操作员与权限… re-reads the role
    monkeypatch.setattr(OperatorsDialog, "exec", lambda self: 0)
    OperatorsDialog.ask(window)
    assert window.operator_label.text() == "操作员：王小明（管理员）"

    def switch_to(name: str) -> None:
        monkeypatch.setattr(dialogs.SettingsDialog, "ask", classmethod(
            lambda cls, parent, p, settings, current_db="": replace(settings, operator=name)))
        window.ui.actionSettings.trigger()

    switch_to("clerk")  # the login; the status bar shows the registered name
    assert window.operator_label.text() == "操作员：张三（办公室）"
    switch_to("李四")  # not an active operator
    assert window.operator_label.text() == "操作员：李四（未登记）"
