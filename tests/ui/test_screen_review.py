"""What a clerk sees at a small window (as at 150 % scaling): nothing squeezed or clipped, the
empty states read sensibly, and the main actions have a mnemonic (Alt+letter)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from xuncha_desktop.ui.main_window import (
    TAB_CHECKLISTS,
    TAB_FINDINGS,
    TAB_INTERVIEWS,
    TAB_TEAMS,
    MainWindow,
)


def _small(window: MainWindow, qtbot, tab: int) -> None:  # type: ignore[no-untyped-def]
    """The window at 1000×680, about what a 1080p screen offers at 150 % scaling."""
    window.ui.tabWidget.setCurrentIndex(tab)
    window.resize(1000, 680)
    qtbot.wait(50)


def _visible_buttons(widget) -> list[QPushButton]:  # type: ignore[no-untyped-def]
    return [b for b in widget.findChildren(QPushButton) if b.isVisible()]


def test_findings_actions_are_not_clipped_in_a_small_window(window: MainWindow, qtbot) -> None:
    _small(window, qtbot, TAB_FINDINGS)
    tab = window.findings_tab
    buttons = [b for b in _visible_buttons(tab) if b.parentWidget() is tab]
    texts = {b.text() for b in buttons}
    assert {"报告整改完成(&B)…", "五落实方案(&W)…", "导出台账 PDF(&L)…", "历史…"} <= texts
    clipped = [b.text() for b in buttons if b.width() < b.minimumSizeHint().width()]
    assert clipped == []


def test_checklist_hint_has_a_line_of_its_own(window: MainWindow, qtbot) -> None:
    _small(window, qtbot, TAB_CHECKLISTS)
    ui = window.checklists_tab.ui
    assert ui.titleLabel.text().startswith("请在上方选择一张检查表")
    # one or two lines, not a column of single characters beside the buttons
    assert ui.titleLabel.height() <= 3 * ui.titleLabel.fontMetrics().height()
    assert ui.titleLabel.width() > ui.tplImportButton.width()
    assert ui.dateEdit.text() == "—"  # no checklist chosen: no made-up date
    assert ui.inspectorCaption.text() == "检查人(&J)："
    assert ui.inspectorCaption.buddy() is ui.inspectorEdit


def test_team_rules_without_a_team_read_once(window: MainWindow, qtbot) -> None:
    _small(window, qtbot, TAB_TEAMS)
    tab = window.teams_tab
    texts = [t for t in tab.rule_texts() if t]
    assert texts == ["请先选择一个巡查组"]
    assert tab.buttons["draw"].text() == "随机抽取(&R)…"
    # the rules and history sit in the splitter below the roster, not inside it
    assert tab.ui.splitter.count() == 3


def test_interview_editor_without_a_selection(window: MainWindow, qtbot) -> None:
    _small(window, qtbot, TAB_INTERVIEWS)
    tab = window.interviews_tab
    tab.list.ui.tableView.clearSelection()
    ui = tab.ui
    assert ui.timeEdit.text() == "—"  # not 2000年1月1日 00:00
    assert ui.partyLabel.text() == "被约谈单位(&U)："
    assert ui.partyLabel.buddy() is ui.partyEdit
    assert ui.prepareButton.text() == "准备约谈(&Z)…"
    # 被约谈单位 is as wide as its content, not squeezed by a stretched column
    view = tab.list.ui.tableView
    col = tab.list.model.column_of("party")
    assert view.horizontalHeader().sectionSize(col) >= view.sizeHintForColumn(col)


def test_findings_columns_fit_after_the_scope_changes(window: MainWindow, qtbot) -> None:
    window.ui.tabWidget.setCurrentIndex(TAB_FINDINGS)
    view = window.findings_tab.ui.tableView
    header = view.horizontalHeader()
    header.resizeSection(1, 10)  # 市县 squeezed, as when first fitted to other rows
    combo = window.plan_combo
    assert combo.count() > 1
    combo.setCurrentIndex((combo.currentIndex() + 1) % combo.count())
    qtbot.wait(10)
    assert header.sectionSize(1) >= view.sizeHintForColumn(1)
