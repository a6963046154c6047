"""Two operators change the same finding: the second save is refused and shown, never lost."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from xuncha_desktop.services import findings as fs
from xuncha_desktop.services.bootstrap import open_for_use
from xuncha_desktop.ui import conflict_dialog as cd
from xuncha_desktop.ui import findings_dialogs as dialogs
from xuncha_desktop.ui.conflict_dialog import ConflictDialog
from xuncha_desktop.ui.findings_dialogs import ActionInput

TODAY = dt.date(2026, 7, 14)
MINE = ActionInput(action=fs.ASSIGN, responsible_unit="我填写的单位", requirement="我的要求",
                   deadline=TODAY + dt.timedelta(days=20), text="我的交办说明")


@pytest.fixture
def other(db, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A second workstation on the same database file."""
    assert db.target.path == tmp_path / "t.db"
    second = open_for_use(tmp_path / "t.db", operator="李四")
    yield second
    second.close()


def select_code(qtbot, tab, code: str) -> None:  # type: ignore[no-untyped-def]
    tab.ui.searchEdit.setText(code)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    tab.ui.tableView.selectRow(0)
    qtbot.waitUntil(lambda: tab.detail() is not None and tab.detail().code == code)


def capture(monkeypatch, calls: list[tuple[dict[str, str], dict[str, str]]],  # type: ignore[no-untyped-def]
            choice: str) -> None:
    def ask(_cls, _parent, mine, theirs, **_kw):  # type: ignore[no-untyped-def]
        calls.append((mine, theirs))
        return choice

    monkeypatch.setattr(cd.ConflictDialog, "ask", classmethod(ask))


def answer(monkeypatch, asked: list[ActionInput | None]) -> None:  # type: ignore[no-untyped-def]
    """The action dialog returns MINE; records the values it was opened with."""
    def ask(_cls, _parent, action, *_a, initial=None, **_k):  # type: ignore[no-untyped-def]
        asked.append(initial)
        return initial or MINE

    monkeypatch.setattr(dialogs.FindingActionDialog, "ask", classmethod(ask))


def open_finding(window, qtbot):  # type: ignore[no-untyped-def]
    window.ui.tabWidget.setCurrentIndex(4)
    tab = window.findings_tab
    select_code(qtbot, tab, "2026-HK-001")  # 已发现
    return tab, tab.detail()


def test_second_save_is_refused_and_shown(window, other, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    tab, seen = open_finding(window, qtbot)
    # meanwhile the other operator assigns it
    fs.assign(other, seen.id, fs.Assignment("李四交办的单位", "李四的要求",
                                            TODAY + dt.timedelta(days=10)),
              expected_version=seen.version, today=TODAY)
    calls: list[tuple[dict[str, str], dict[str, str]]] = []
    capture(monkeypatch, calls, "reload")
    asked: list[ActionInput | None] = []
    answer(monkeypatch, asked)

    assert not tab.run_action(fs.ASSIGN)

    assert len(calls) == 1
    mine, theirs = calls[0]
    assert mine["责任单位"] == "我填写的单位" and mine["整改要求"] == "我的要求"
    assert mine["整改期限"] == "2026年8月3日" and mine["交办说明"] == "我的交办说明"
    assert mine["状态"] == "已发现→已交办"
    assert theirs["责任单位"] == "李四交办的单位" and theirs["整改要求"] == "李四的要求"
    assert theirs["整改期限"] == "2026年7月24日" and theirs["状态"] == "已交办"
    assert theirs["办理事项"].startswith("交办（李四，")
    # the database keeps the other operator's values, and the tab now shows them
    for db in (other, window.db):
        d = fs.finding_detail(db, seen.id, TODAY)
        assert (d.state, d.responsible_unit, d.requirement) == ("已交办", "李四交办的单位",
                                                                "李四的要求")
    assert tab.detail() is not None and tab.detail().responsible_unit == "李四交办的单位"
    assert asked == [None]  # reload: the form is not shown again


def test_keep_reopens_my_form_with_my_values(window, other, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    tab, seen = open_finding(window, qtbot)
    fs.assign(other, seen.id, fs.Assignment("李四交办的单位", "李四的要求",
                                            TODAY + dt.timedelta(days=10)),
              expected_version=seen.version, today=TODAY)
    calls: list[tuple[dict[str, str], dict[str, str]]] = []
    capture(monkeypatch, calls, "keep")
    asked: list[ActionInput | None] = []
    answer(monkeypatch, asked)
    shown: list[str] = []
    monkeypatch.setattr("xuncha_desktop.ui.findings_tab.show_error",
                        lambda _p, err: shown.append(err.message))

    assert not tab.run_action(fs.ASSIGN)

    # back in my form with my values; saving them again is judged on the current state
    assert asked == [None, MINE]
    assert len(calls) == 1
    assert shown and "不能交办" in shown[0]
    d = fs.finding_detail(window.db, seen.id, TODAY)
    assert d.responsible_unit == "李四交办的单位"


def test_keep_then_save_over_the_new_version(window, other, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A change that is still legal is saved over the other operator's *seen* version."""
    window.ui.tabWidget.setCurrentIndex(4)
    tab = window.findings_tab
    select_code(qtbot, tab, "2026-HK-002")  # 已交办
    seen = tab.detail()
    fs.start(other, seen.id, note="李四：已开始整改", expected_version=seen.version)
    calls: list[tuple[dict[str, str], dict[str, str]]] = []
    capture(monkeypatch, calls, "keep")
    mine = ActionInput(action=fs.EXTEND, deadline=dt.date(2026, 9, 1), text="我的延期理由")
    asked: list[ActionInput | None] = []

    def ask(_cls, _parent, action, *_a, initial=None, **_k):  # type: ignore[no-untyped-def]
        asked.append(initial)
        return initial or mine

    monkeypatch.setattr(dialogs.FindingActionDialog, "ask", classmethod(ask))

    assert tab.run_action(fs.EXTEND)
    mine_values, theirs = calls[0]
    assert mine_values["延期理由"] == "我的延期理由" and mine_values["新的整改期限"] == "2026年9月1日"
    assert theirs["状态"] == "整改中" and theirs["延期理由"] == "李四：已开始整改"
    assert asked == [None, mine]
    d = fs.finding_detail(other, seen.id, TODAY)
    assert d.state == "整改中" and d.deadline == dt.date(2026, 9, 1)  # both changes kept


def test_plan_conflict_is_shown(window, other, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window.ui.tabWidget.setCurrentIndex(4)
    tab = window.findings_tab
    codes = []
    for r in range(tab.model.rowCount()):
        row = tab.model.row_at(r)
        if row is not None and "重大" in row.kind and row.state != "已销号":
            codes.append(row.code)
    if not codes:
        pytest.skip("the dataset has no open major hazard")
    select_code(qtbot, tab, codes[0])
    seen = tab.detail()
    fs.save_plan(other, seen.id, fs.FivePlan(responsibility="李四的责任落实"),
                 expected_version=seen.version)
    calls: list[tuple[dict[str, str], dict[str, str]]] = []
    capture(monkeypatch, calls, "reload")
    monkeypatch.setattr(dialogs.FivePlanDialog, "ask",
                        classmethod(lambda _c, _p, _d: fs.FivePlan(responsibility="我的责任落实")))
    assert not tab.edit_plan()
    mine, theirs = calls[0]
    assert (mine["责任落实"], theirs["责任落实"]) == ("我的责任落实", "李四的责任落实")
    assert fs.finding_detail(other, seen.id, TODAY).plan.responsibility == "李四的责任落实"


def test_the_dialog_itself(qtbot) -> None:  # type: ignore[no-untyped-def]
    mine = {"责任单位": "我填写的单位", "整改要求": "第一行\n第二行", "状态": "已发现→已交办"}
    theirs = {"责任单位": "李四交办的单位", "整改要求": "第一行\n第二行", "状态": "已交办"}
    dialog = ConflictDialog(mine, theirs, message="问题隐患 XC2026-0001 已被其他人修改，您的修改没有保存。")
    qtbot.addWidget(dialog)
    assert dialog.rows()[0] == ("责任单位", "我填写的单位", "李四交办的单位")
    assert "XC2026-0001" in dialog.ui.messageLabel.text()
    qtbot.mouseClick(dialog.ui.copyButton, Qt.MouseButton.LeftButton)
    text = QGuiApplication.clipboard().text()
    assert "责任单位：我填写的单位" in text and "整改要求：第一行\n    第二行" in text
    assert "李四" not in text
    assert dialog.ui.copiedLabel.text() == "已复制到剪贴板"
    assert [dialog.ui.reloadButton.text(), dialog.ui.keepButton.text()] == [
        "重新载入(&R)", "返回修改(&B)"]
    qtbot.mouseClick(dialog.ui.reloadButton, Qt.MouseButton.LeftButton)
    assert dialog.choice == "reload"
    dialog2 = ConflictDialog(mine, theirs)
    qtbot.addWidget(dialog2)
    qtbot.mouseClick(dialog2.ui.keepButton, Qt.MouseButton.LeftButton)
    assert dialog2.choice == "keep"
    dialog3 = ConflictDialog(mine, theirs)
    qtbot.addWidget(dialog3)
    qtbot.keyClick(dialog3, Qt.Key.Key_Escape)
    assert dialog3.choice == "keep"
