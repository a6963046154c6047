"""The 巡查计划 tab, driven as a clerk would: a plan with two batches and five targets made in
the editor, moved to 已批准 with the state buttons, then seen as 已计划 in the coverage matrix."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest

from xuncha_desktop.db.engine import Database
from xuncha_desktop.services import plans
from xuncha_desktop.services.bootstrap import open_for_use
from xuncha_desktop.ui import plans_tab as tab_module
from xuncha_desktop.ui.plan_dialogs import PlanEditor, PlanNoteDialog
from xuncha_desktop.ui.plans_tab import PAGE_COVERAGE, PlansTab

# The offscreen platform cannot resize top-level windows whose size hints change; harmless.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

TODAY = dt.date(2026, 7, 14)
FIRST = ["海口市", "三亚市", "儋州市"]
SECOND = ["琼海市", "文昌市"]


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Database]:
    db = open_for_use(tmp_path / "ui.db", operator="王小明")
    plans.create_cycle(db, 2026)
    yield db
    db.close()


@pytest.fixture
def tab(qtbot, fresh: Database) -> PlansTab:  # type: ignore[no-untyped-def]
    w = PlansTab(fresh, today=lambda: TODAY)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


def qdate(y: int, mo: int, d: int) -> QDate:
    return QDate(y, mo, d)


def add_batch(qtbot, editor: PlanEditor, start: QDate, end: QDate, regions: list[str]) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(editor.ui.addBatchButton, Qt.MouseButton.LeftButton)
    editor.ui.batchEndEdit.setDate(end)
    editor.ui.batchStartEdit.setDate(start)
    for name in regions:
        qtbot.mouseClick(editor.ui.addTargetButton, Qt.MouseButton.LeftButton)
        combo = editor.ui.regionCombo
        combo.setCurrentIndex(combo.findText(name))
        editor.ui.entryEdit.setDate(start.addDays(1))
        editor.ui.exitEdit.setDate(start.addDays(10))


def fill_plan(qtbot, editor: PlanEditor) -> None:  # type: ignore[no-untyped-def]
    editor.ui.yearSpin.setValue(2026)
    editor.ui.titleEdit.setText("2026年度全省安全生产巡查工作计划")  # keyClicks is Latin-1 only
    add_batch(qtbot, editor, qdate(2026, 9, 1), qdate(2026, 9, 30), FIRST)
    add_batch(qtbot, editor, qdate(2026, 11, 2), qdate(2026, 11, 30), SECOND)


def cells(model, column: int) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {
        model.data(model.index(r, 0)): model.data(model.index(r, column))
        for r in range(model.rowCount())
    }


def test_create_two_batches_five_targets_approve_and_see_them_planned(
    qtbot, tab: PlansTab, fresh: Database, monkeypatch: pytest.MonkeyPatch, qtmodeltester  # type: ignore[no-untyped-def]
) -> None:
    seen: dict[str, object] = {}

    def drive(cls, parent, db, data, **kwargs):  # type: ignore[no-untyped-def]
        editor = PlanEditor(db, data, parent=parent, **kwargs)
        qtbot.addWidget(editor)
        editor.show()
        assert editor.ui.batchStartEdit.displayFormat() == "yyyy年M月d日"
        assert editor.ui.batchStartEdit.calendarPopup()
        fill_plan(qtbot, editor)
        assert editor.batches_model.rowCount() == 2
        qtmodeltester.check(editor.batches_model)
        qtmodeltester.check(editor.targets_model)
        editor.ui.titleEdit.setFocus()
        QTest.keyClick(editor.ui.titleEdit, Qt.Key.Key_Return)  # Enter saves
        assert editor.result() == PlanEditor.DialogCode.Accepted, editor.error_text()
        seen["editor"] = editor
        return editor.saved_id

    monkeypatch.setattr(PlanEditor, "ask", classmethod(drive))
    changed: list[bool] = []
    tab.plansChanged.connect(lambda: changed.append(True))
    tab.plans.ui.tableView.setFocus()
    QTest.keyClick(tab.plans.ui.tableView, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert "editor" in seen and changed
    # The new plan is listed and selected, with its five targets in the detail view.
    assert tab.model.rowCount() == 1
    assert tab.model.data(tab.model.index(0, tab.model.column_of("state"))) == "草拟"
    assert tab.targets_model.rowCount() == 5
    regions = [tab.targets_model.data(tab.targets_model.index(r, 1)) for r in range(5)]
    assert regions == FIRST + SECOND
    assert tab.targets_model.data(tab.targets_model.index(0, 2)) == "2026年9月2日—9月11日"
    assert tab.ui.editButton.isEnabled() and not tab.state_buttons["批准"].isEnabled()

    # 报批 then 批准 through the buttons (each confirmed in the note dialog).
    prompts: list[str] = []

    def note(cls, parent, title, prompt, **kwargs):  # type: ignore[no-untyped-def]
        prompts.append(title)
        return "省安委会审定" if title == "批准" else ""

    monkeypatch.setattr(PlanNoteDialog, "ask", classmethod(note))
    qtbot.mouseClick(tab.state_buttons["报批"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.state_buttons["批准"], Qt.MouseButton.LeftButton)
    assert prompts == ["报批", "批准"]
    assert tab.model.data(tab.model.index(0, tab.model.column_of("state"))) == "已批准"
    assert "报批 → 已批准（省安委会审定）" in tab.ui.historyLabel.text()
    assert not tab.ui.editButton.isEnabled() and tab.ui.changeButton.isEnabled()
    assert tab.ui.issueButton.isEnabled()

    # The coverage matrix shows the five regions as planned in 2026.
    tab.ui.innerTabs.setCurrentIndex(PAGE_COVERAGE)
    model = tab.coverage_model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "市县", "2026年", "2027年", "2028年", "本周期"]
    y2026 = cells(model, 1)
    for name in FIRST + SECOND:
        assert y2026[name] == "○ 已计划"
    assert y2026["万宁市"] == "— 未安排"
    assert "已巡查 0 个，尚余 20 个" in tab.ui.countLabel.text()
    assert "已列入计划 5 个" in tab.ui.countLabel.text()
    row = list(y2026).index("海口市")
    assert model.data(model.index(row, 1), Qt.ItemDataRole.BackgroundRole) is not None
    qtmodeltester.check(model)
    qtmodeltester.check(tab.targets_model)
    qtmodeltester.check(tab.suggestion_model)


def test_editor_shows_the_broken_rule_and_saves_nothing(qtbot, fresh: Database) -> None:  # type: ignore[no-untyped-def]
    data = plans.new_plan_input(fresh, 2026)
    editor = PlanEditor(fresh, data)
    qtbot.addWidget(editor)
    editor.show()
    fill_plan(qtbot, editor)
    editor.ui.batchesView.setCurrentIndex(editor.batches_model.index(1, 0))
    editor.ui.batchEndEdit.setDate(qdate(2026, 10, 1))  # before its start (11月2日)
    editor.ui.buttonBox.button(editor.ui.buttonBox.StandardButton.Save).click()
    assert editor.result() != PlanEditor.DialogCode.Accepted
    assert "第二批次的“结束日期”（2026年10月1日）早于“开始日期”（2026年11月2日）" in editor.error_text()
    assert editor.focusWidget() is editor.ui.batchEndEdit
    assert plans.plan_for_year(fresh, 2026) is None
    # Undo the last structural edit: the second batch's last target goes away.
    editor.undo()
    editor.ui.batchesView.setCurrentIndex(editor.batches_model.index(1, 0))
    assert editor.targets_model.rowCount() == 1


def test_suggestion_accepted_into_a_new_draft(qtbot, tab: PlansTab, fresh: Database,  # type: ignore[no-untyped-def]
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    tab.ui.yearSpin.setValue(2026)
    model = tab.suggestion_model
    assert model.rowCount() == 20
    assert "建议本年度至少安排 7 个" in tab.ui.quotaLabel.text()
    assert "风险评分 =" in tab.ui.weightsLabel.text()
    # Untick one recommended region.
    model.setData(model.index(0, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    chosen = model.checked_ids()
    assert len(chosen) == 6

    def save_as_is(cls, parent, db, data, **kwargs):  # type: ignore[no-untyped-def]
        assert kwargs["mode"] == "new"
        return plans.save_plan(db, data)

    monkeypatch.setattr(PlanEditor, "ask", classmethod(save_as_is))
    monkeypatch.setattr(tab_module, "show_error", lambda *a: pytest.fail(str(a)))
    qtbot.mouseClick(tab.ui.acceptButton, Qt.MouseButton.LeftButton)
    pid = plans.plan_for_year(fresh, 2026)
    assert pid is not None
    planned = {t.region_id for b in plans.load_plan(fresh, pid[0]).data.batches for t in b.targets}
    assert planned == set(chosen)
    assert model.rowCount() == 14  # the accepted regions are no longer suggested
