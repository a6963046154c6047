"""工具 → 办公室设置…: what a clerk changes there is stored, bad values are refused in Chinese
with nothing saved, only a 管理员 may save, and the main window follows a new due-soon period."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from xuncha_desktop.db.engine import Database
from xuncha_desktop.services import roles
from xuncha_desktop.services.bootstrap import open_for_use
from xuncha_desktop.services.office_settings import (
    DOC_KINDS,
    load_office_settings,
    save_office_settings,
)
from xuncha_desktop.ui.main_window import MainWindow
from xuncha_desktop.ui.office_settings_dialog import (
    PREFIX_COLUMN,
    TAB_EVALUATION,
    TAB_HOLIDAYS,
    TAB_ISSUE,
    TAB_TEAM,
    OfficeSettingsDialog,
)

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform, on show()

HINT = "请联系管理员在 工具 → 操作员与权限 中调整。"


@pytest.fixture
def office_db(tmp_path: Path) -> Iterator[Database]:
    database = open_for_use(tmp_path / "office.db", operator="王小明")
    yield database
    database.close()


@pytest.fixture
def dialog(qtbot, office_db: Database) -> OfficeSettingsDialog:  # type: ignore[no-untyped-def]
    dlg = OfficeSettingsDialog(office_db)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def _prefix_row(dlg: OfficeSettingsDialog, name: str) -> int:
    table = dlg.ui.prefixTable
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    return names.index(name)


def _set_prefix(dlg: OfficeSettingsDialog, name: str, text: str) -> None:
    item = dlg.ui.prefixTable.item(_prefix_row(dlg, name), PREFIX_COLUMN)
    item.setText(text)


def _click_ok(qtbot, dlg: OfficeSettingsDialog) -> None:  # type: ignore[no-untyped-def]
    ok = dlg.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "确定"
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_shows_the_stored_settings_in_five_tabs(dialog: OfficeSettingsDialog) -> None:
    tabs = dialog.ui.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "发文(&1)", "期限(&2)", "巡查组(&3)", "评价(&4)", "节假日(&5)"]
    assert dialog.windowTitle() == "办公室设置"
    assert dialog.ui.issuerEdit.text() == "海南省安全生产委员会办公室"
    table = dialog.ui.prefixTable
    assert [table.horizontalHeaderItem(c).text() for c in range(2)] == ["文种", "机关代字"]
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == list(DOC_KINDS.values())
    assert {table.item(r, 1).text() for r in range(table.rowCount())} == {"琼安委办"}
    assert dialog.ui.goodSpin.value() == 90.0
    assert dialog.ui.fairGoodSpin.value() == 80.0
    assert dialog.ui.averageSpin.value() == 60.0
    assert dialog.ui.mostlySpin.value() == 0.75
    assert (dialog.ui.sizeMinSpin.value(), dialog.ui.sizeMaxSpin.value()) == (5, 8)
    assert dialog.ui.dueSoonSpin.value() == 3
    assert "未设置操作员，按管理员" in dialog.ui.roleLabel.text()
    # every field has a label with a mnemonic whose buddy is the field, and a tooltip
    assert dialog.ui.sizeMinLabel.text() == "每组人数下限(&N)："
    assert dialog.ui.sizeMinLabel.buddy() is dialog.ui.sizeMinSpin
    assert "至少" in dialog.ui.sizeMinSpin.toolTip()
    assert dialog.ui.prefixLabel.buddy() is dialog.ui.prefixTable


def test_saves_the_prefix_of_the_notice_and_a_grade_threshold(
        qtbot, dialog: OfficeSettingsDialog, office_db: Database) -> None:  # type: ignore[no-untyped-def]
    emitted: list[object] = []
    dialog.settingsChanged.connect(emitted.append)
    _set_prefix(dialog, "巡查通知", "琼安委巡")
    dialog.ui.goodSpin.setValue(92.5)
    dialog.ui.hotlineEdit.setText("0898-12350")
    _click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.ui.errorLabel.text() == ""
    stored = load_office_settings(office_db)
    assert stored.doc_prefixes["notice"] == "琼安委巡"
    assert stored.doc_prefixes["plan"] == "琼安委办"
    assert stored.grade_thresholds == {"好": 92.5, "较好": 80.0, "一般": 60.0}
    assert stored.hotline == "0898-12350"
    assert len(emitted) == 1
    # a new dialog shows what was stored
    again = OfficeSettingsDialog(office_db)
    qtbot.addWidget(again)
    assert again.ui.prefixTable.item(_prefix_row(again, "巡查通知"), 1).text() == "琼安委巡"
    assert again.ui.goodSpin.value() == 92.5


def test_saves_periods_team_size_factors_deductions(
        qtbot, dialog: OfficeSettingsDialog, office_db: Database) -> None:  # type: ignore[no-untyped-def]
    ui = dialog.ui
    ui.cycleSpin.setValue(4)
    ui.dueSoonSpin.setValue(7)
    ui.interviewReportSpin.setValue(6)
    ui.tourReportSpin.setValue(12)
    ui.rectPlanSpin.setValue(20)
    ui.sizeMinSpin.setValue(4)
    ui.sizeMaxSpin.setValue(9)
    ui.mostlySpin.setValue(0.8)
    ui.breachCapSpin.setValue(20)
    ui.issuerEdit.setText("  海南省应急管理厅  ")
    _click_ok(qtbot, dialog)
    s = load_office_settings(office_db)
    assert (s.cycle_length_years, s.due_soon_days, s.interview_report_working_days,
            s.tour_report_days, s.rectification_plan_days) == (4, 7, 6, 12, 20)
    assert (s.team_size_min, s.team_size_max) == (4, 9)
    assert s.score_factors == {"符合": 1.0, "基本符合": 0.8, "不符合": 0.0}
    assert s.breach_cap == 20.0
    assert s.issuer == "海南省应急管理厅"


def test_holidays_are_added_in_order_once_and_removed(
        qtbot, dialog: OfficeSettingsDialog, office_db: Database) -> None:  # type: ignore[no-untyped-def]
    ui = dialog.ui
    ui.tabs.setCurrentIndex(TAB_HOLIDAYS)
    for day in (QDate(2026, 10, 2), QDate(2026, 10, 1), QDate(2026, 10, 2), QDate(2026, 10, 5)):
        ui.holidayDateEdit.setDate(day)
        qtbot.mouseClick(ui.addHolidayButton, Qt.MouseButton.LeftButton)
    texts = [ui.holidayList.item(i).text() for i in range(ui.holidayList.count())]
    assert texts == ["2026-10-01（星期四）", "2026-10-02（星期五）", "2026-10-05（星期一）"]
    assert not ui.removeHolidayButton.isEnabled() or ui.holidayList.selectedItems()
    ui.holidayList.setCurrentRow(1)
    assert ui.removeHolidayButton.isEnabled()
    qtbot.mouseClick(ui.removeHolidayButton, Qt.MouseButton.LeftButton)
    assert dialog.holidays() == ["2026-10-01", "2026-10-05"]
    _click_ok(qtbot, dialog)
    assert load_office_settings(office_db).holidays == ["2026-10-01", "2026-10-05"]


def test_a_stored_holiday_that_is_no_date_is_named_and_blocks_saving(
        qtbot, office_db: Database) -> None:  # type: ignore[no-untyped-def]
    from xuncha_desktop.db import models as m
    from xuncha_desktop.services.uow import unit_of_work

    with unit_of_work(office_db) as session:
        session.add(m.Setting(key="holidays", value='["2026-10-01", "国庆"]'))
    dlg = OfficeSettingsDialog(office_db)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.ui.holidayList.item(1).text() == "国庆（不是日期，请删除）"
    dlg.ui.tabs.setCurrentIndex(TAB_ISSUE)
    _click_ok(qtbot, dlg)
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert dlg.ui.errorLabel.text() == "节假日设置中的“国庆”不是日期。\n请按 2026-10-01 的格式填写。"
    assert dlg.ui.tabs.currentIndex() == TAB_HOLIDAYS
    dlg.ui.holidayList.setCurrentRow(1)
    dlg.remove_holidays()
    _click_ok(qtbot, dlg)
    assert load_office_settings(office_db).holidays == ["2026-10-01"]


def _out_of_order(dlg: OfficeSettingsDialog) -> None:
    dlg.ui.fairGoodSpin.setValue(95.0)


def _blank_prefix(dlg: OfficeSettingsDialog) -> None:
    _set_prefix(dlg, "巡查通知", "   ")


def _team_size(dlg: OfficeSettingsDialog) -> None:
    dlg.ui.sizeMinSpin.setValue(9)
    dlg.ui.sizeMaxSpin.setValue(8)


def _blank_issuer(dlg: OfficeSettingsDialog) -> None:
    dlg.ui.issuerEdit.setText(" ")


@pytest.mark.parametrize(("change", "message", "tab", "focus"), [
    (_out_of_order, "评价等次分数线必须从高到低：“好”高于“较好”，“较好”高于“一般”。\n"
                    "低于“一般”分数线的评为“差”。", TAB_EVALUATION, "goodSpin"),
    (_blank_prefix, "“巡查通知”的机关代字不能为空。", TAB_ISSUE, "prefixTable"),
    (_team_size, "巡查组人数下限必须大于 0 且不大于上限。", TAB_TEAM, "sizeMinSpin"),
    (_blank_issuer, "“发文机关”不能为空。", TAB_ISSUE, "issuerEdit"),
], ids=["thresholds-out-of-order", "blank-prefix", "team-min-over-max", "blank-issuer"])
def test_a_bad_value_is_refused_in_chinese_and_nothing_is_saved(
        qtbot, dialog: OfficeSettingsDialog, office_db: Database,  # type: ignore[no-untyped-def]
        change, message: str, tab: int, focus: str) -> None:
    before = dataclasses.asdict(load_office_settings(office_db))
    dialog.ui.dueSoonSpin.setValue(9)  # a good change that must not be saved either
    change(dialog)
    dialog.ui.tabs.setCurrentIndex(TAB_HOLIDAYS)
    _click_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ui.errorLabel.text() == message
    assert dialog.ui.tabs.currentIndex() == tab  # the field with the problem is shown
    assert dialog.focusWidget() is getattr(dialog.ui, focus)
    assert dataclasses.asdict(load_office_settings(office_db)) == before
    assert dialog.ui.dueSoonSpin.value() == 9  # what the clerk typed is kept
    if change is _blank_prefix:
        assert dialog.ui.prefixTable.currentRow() == _prefix_row(dialog, "巡查通知")


def test_cancel_discards(qtbot, dialog: OfficeSettingsDialog,  # type: ignore[no-untyped-def]
                         office_db: Database) -> None:
    _set_prefix(dialog, "巡查通知", "琼安委巡")
    dialog.ui.dueSoonSpin.setValue(30)
    cancel = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "取消"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    stored = load_office_settings(office_db)
    assert stored.doc_prefixes["notice"] == "琼安委办" and stored.due_soon_days == 3


def _operators(db: Database) -> None:
    roles.save_operator(db, "王小明", "王小明", roles.ADMIN)
    roles.save_operator(db, "clerk", "张三", roles.OFFICE)
    roles.save_operator(db, "viewer", "赵六", roles.READ_ONLY)


@pytest.mark.parametrize(("login", "name", "role"), [
    ("viewer", "赵六", "只读"), ("clerk", "张三", "办公室")])
def test_only_an_admin_may_save(qtbot, office_db: Database, login: str,  # type: ignore[no-untyped-def]
                                name: str, role: str) -> None:
    _operators(office_db)
    office_db.operator = login
    dlg = OfficeSettingsDialog(office_db)
    qtbot.addWidget(dlg)
    dlg.show()
    assert "只有管理员可以修改办公室设置" in dlg.ui.roleLabel.text()
    dlg.ui.dueSoonSpin.setValue(10)
    _set_prefix(dlg, "巡查通知", "琼安委巡")
    _click_ok(qtbot, dlg)
    assert dlg.isVisible() and dlg.result() != QDialog.DialogCode.Accepted
    assert dlg.ui.errorLabel.text() == f"当前操作员“{name}”（{role}）无权修改办公室设置。\n{HINT}"
    assert dlg.ui.dueSoonSpin.value() == 10
    assert dlg.ui.prefixTable.item(_prefix_row(dlg, "巡查通知"), 1).text() == "琼安委巡"
    stored = load_office_settings(office_db)
    assert stored.due_soon_days == 3 and stored.doc_prefixes["notice"] == "琼安委办"
    # the 管理员 saves the same values
    office_db.operator = "王小明"
    _click_ok(qtbot, dlg)
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert load_office_settings(office_db).due_soon_days == 10


def test_a_read_only_database_can_only_be_viewed(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "ro.db"
    open_for_use(path, operator="王小明").close()
    from xuncha_desktop.db.safety import open_readonly

    db = open_readonly(path, operator="王小明")
    try:
        dlg = OfficeSettingsDialog(db)
        qtbot.addWidget(dlg)
        assert dlg.ui.roleLabel.text() == "数据库以只读方式打开，办公室设置只能查看。"
        assert not dlg.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    finally:
        db.close()


def test_menu_opens_it_and_a_new_due_soon_period_shows_at_once(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch, today: dt.date) -> None:
    tools = {a.text(): a for a in window.ui.menuTools.actions() if not a.isSeparator()}
    assert tools["办公室设置(&O)…"] is window.office_settings_action
    actions = window.ui.menuTools.actions()
    assert actions.index(window.office_settings_action) + 1 == actions.index(
        window.ui.actionSettings)
    figure = window.overview_tab.figures["findings_due_soon"]
    assert window.deadline_label.text() == "逾期 1 项 · 即将到期 1 项"
    assert figure.value() == "1"

    def run(self: OfficeSettingsDialog) -> int:  # what the clerk does in the modal dialog
        self.ui.dueSoonSpin.setValue(60)  # 2026-HK-003 (2 days) and 2026-SY-001 (47 days)
        self.accept()
        return int(self.result())

    monkeypatch.setattr(OfficeSettingsDialog, "exec", run)
    window.office_settings_action.trigger()
    assert load_office_settings(window.db).due_soon_days == 60
    assert window.deadline_label.text() == "逾期 1 项 · 即将到期 2 项"
    assert figure.value() == "2"
    assert window.findings_query.due_soon_days == 60
    # the 问题隐患 tab lists the same two as 即将到期
    tab = window.findings_tab
    statuses = [tab.model.row_at(r).deadline_status for r in range(tab.model.rowCount())]
    assert statuses.count("即将到期") == 2


def test_switching_database_reads_its_due_soon_days(
        window: MainWindow, tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    db = open_for_use(other, operator="王小明")
    office = load_office_settings(db)
    office.due_soon_days = 14
    save_office_settings(db, office)
    db.close()
    assert window.switch_database(str(other))
    assert window.due_soon_days == 14 and window.findings_query.due_soon_days == 14


@pytest.mark.parametrize(("change", "message"), [
    ({"tour_report_days": 0}, "“巡查报告期限（天）”必须在 1 到 365 天之间。"),
    ({"interview_report_working_days": 400}, "“约谈后书面报告期限（工作日）”必须在 1 到 365 天之间。"),
    ({"grade_thresholds": {"好": 101.0, "较好": 80.0, "一般": 60.0}},
     "评价等次“好”的分数线必须在 0 到 100 分之间。"),
    ({"grade_thresholds": {"好": 90.0, "较好": 60.0, "一般": 60.0}},
     "评价等次分数线必须从高到低：“好”高于“较好”，“较好”高于“一般”。"),
    ({"issuer_mark": ""}, "“发文机关标志”不能为空。"),
], ids=["period-zero", "period-too-long", "line-over-100", "equal-lines", "blank-mark"])
def test_the_service_refuses_what_the_spin_boxes_cannot_catch(
        office_db: Database, change: dict[str, object], message: str) -> None:
    from xuncha_desktop.errors import ValidationError

    before = dataclasses.asdict(load_office_settings(office_db))
    bad = dataclasses.replace(load_office_settings(office_db), **change)  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as caught:
        save_office_settings(office_db, bad)
    assert caught.value.message == message
    assert dataclasses.asdict(load_office_settings(office_db)) == before


# -- 进度滞后比例 (期限 tab) ---------------------------------------------------------------
def test_behind_share_is_shown_as_a_percentage_on_the_periods_tab_and_saved(
        qtbot, office_db: Database) -> None:  # type: ignore[no-untyped-def]
    from xuncha_desktop.db import models as m
    from xuncha_desktop.services.findings import load_behind_share
    from xuncha_desktop.services.office_settings import LEGACY_BEHIND_SHARE_KEY
    from xuncha_desktop.services.uow import unit_of_work
    from xuncha_desktop.ui.office_settings_dialog import TAB_PERIODS

    with unit_of_work(office_db, "王小明") as s:  # a database from before the move
        s.add(m.Setting(key=LEGACY_BEHIND_SHARE_KEY, value="0.75"))
    dlg = OfficeSettingsDialog(office_db)
    qtbot.addWidget(dlg)
    dlg.show()
    ui = dlg.ui
    assert ui.tabs.widget(TAB_PERIODS).isAncestorOf(ui.behindShareSpin)
    assert ui.behindShareLabel.text() == "进度滞后比例(&S)："
    assert ui.behindShareLabel.buddy() is ui.behindShareSpin
    assert ui.behindShareSpin.text() == "75.0 %"
    ui.behindShareSpin.setValue(60.0)
    _click_ok(qtbot, dlg)
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert load_office_settings(office_db).behind_share == 0.6
    assert load_behind_share(office_db) == 0.6


@pytest.mark.parametrize("percent", [0.0, 100.0], ids=["zero", "hundred"])
def test_a_behind_share_of_0_or_100_percent_is_refused(
        qtbot, dialog: OfficeSettingsDialog, office_db: Database,  # type: ignore[no-untyped-def]
        percent: float) -> None:
    from xuncha_desktop.ui.office_settings_dialog import TAB_PERIODS

    before = dataclasses.asdict(load_office_settings(office_db))
    dialog.ui.dueSoonSpin.setValue(9)
    dialog.ui.behindShareSpin.setValue(percent)
    dialog.ui.tabs.setCurrentIndex(TAB_HOLIDAYS)
    _click_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ui.errorLabel.text() == (
        "“进度滞后比例”必须大于 0% 且小于 100%（例如 50% 表示整改期限过半）。")
    assert dialog.ui.tabs.currentIndex() == TAB_PERIODS
    assert dialog.focusWidget() is dialog.ui.behindShareSpin
    assert dataclasses.asdict(load_office_settings(office_db)) == before
    assert dialog.ui.behindShareSpin.value() == percent  # what the clerk typed is kept


def test_the_window_follows_a_new_behind_share(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    assert window.findings_query.behind_share == 0.5

    def run(self: OfficeSettingsDialog) -> int:  # what the clerk does in the modal dialog
        self.ui.behindShareSpin.setValue(40.0)
        self.accept()
        return int(self.result())

    monkeypatch.setattr(OfficeSettingsDialog, "exec", run)
    window.office_settings_action.trigger()
    assert load_office_settings(window.db).behind_share == 0.4
    # the 问题隐患 tab colours its rows with the new share from now on
    assert window.findings_query.behind_share == 0.4
    assert window.findings_tab.query.behind_share == 0.4
