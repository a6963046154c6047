"""The 巡查计划 tab (forms/plans_tab.ui): plan list and state actions, the coverage matrix, and
the next-year suggestion.

The widgets call :mod:`xuncha_desktop.services.plans` and
:func:`xuncha_desktop.documents.plan_doc.issue_batch_notices`; they never open a session.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QHeaderView, QMessageBox, QPushButton, QWidget

from xuncha_desktop.db.engine import Database
from xuncha_desktop.documents.issue import latest_issued
from xuncha_desktop.documents.plan_doc import issue_batch_notices
from xuncha_desktop.errors import XunchaError
from xuncha_desktop.services import plans
from xuncha_desktop.services.office_settings import load_office_settings
from xuncha_desktop.services.queries import (
    PlanQuery,
    batch_label,
    current_cycle_id,
    format_date_range,
    format_datetime,
)
from xuncha_desktop.ui.dialogs import show_error
from xuncha_desktop.ui.forms.ui_plans_tab import Ui_PlansTab
from xuncha_desktop.ui.list_tab import ListTab
from xuncha_desktop.ui.plan_dialogs import CycleDialog, PlanEditor, PlanNoteDialog
from xuncha_desktop.ui.plans_models import Col, CoverageModel, RowsModel, SuggestionModel
from xuncha_desktop.ui.table_model import PagedTableModel

PAGE_PLANS, PAGE_COVERAGE, PAGE_SUGGESTION = range(3)


def confirm(parent: QWidget | None, text: str) -> bool:
    """Yes/No question in Chinese (tests monkeypatch this)."""
    box = QMessageBox(QMessageBox.Icon.Question, "巡查计划", text, parent=parent)
    yes = box.addButton("确定", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("取消", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is yes


def inform(parent: QWidget | None, text: str) -> None:
    """An information message (tests monkeypatch this)."""
    box = QMessageBox(QMessageBox.Icon.Information, "巡查计划", text, parent=parent)
    box.addButton("确定", QMessageBox.ButtonRole.AcceptRole)
    box.exec()


class PlansTab(QWidget):
    """Plans, their state flow and batches; coverage of the cycle; next year's suggestion."""

    #: Emitted after a plan was created, changed or moved to another state.
    plansChanged = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.ui = Ui_PlansTab()
        self.ui.setupUi(self)
        self.plans = ListTab(db, PlanQuery(), self, stretch_key="title")
        self.ui.listLayout.addWidget(self.plans)
        self.ui.splitter.setStretchFactor(0, 2)
        self.ui.splitter.setStretchFactor(1, 3)
        self._detail: plans.PlanDetail | None = None

        # State buttons, one per action of the state machine.
        self.state_buttons: dict[str, QPushButton] = {}
        for action in plans.ACTIONS:
            button = QPushButton(action.name, self)
            button.clicked.connect(lambda _=False, a=action: self.run_action(a))
            self.ui.stateButtonsLayout.addWidget(button)
            self.state_buttons[action.name] = button

        self.new_action = QAction(self.tr("新建计划"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(self.new_plan)
        self.addAction(self.new_action)
        self.ui.newButton.clicked.connect(self.new_plan)
        self.ui.editButton.clicked.connect(self.edit_plan)
        self.ui.changeButton.clicked.connect(self.change_plan)
        self.ui.issueButton.clicked.connect(self.issue_batch)
        self.plans.currentIdChanged.connect(self._plan_selected)
        self.plans.ui.tableView.doubleClicked.connect(lambda _i: self.edit_plan())

        self.targets_model = RowsModel([
            Col("批次", lambda r: r["batch"]),
            Col("市县", lambda r: r["region"]),
            Col("进驻—撤离", lambda r: r["dates"]),
            Col("巡查组", lambda r: r["team"]),
            Col("巡查通知", lambda r: r["notice"]),
        ], self)
        self.ui.targetsView.setModel(self.targets_model)

        # Coverage
        self.coverage_model = CoverageModel(self)
        self.ui.matrixView.setModel(self.coverage_model)
        self.ui.matrixView.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.ui.cycleCombo.currentIndexChanged.connect(self.refresh_coverage)
        self.ui.newCycleButton.clicked.connect(self.new_cycle)
        self.ui.excludeButton.clicked.connect(self.exclude_region)
        self.ui.includeButton.clicked.connect(self.include_region)
        self.ui.warningsLabel.setStyleSheet("color: #8a4b00;")

        # Suggestion
        self.suggestion_model = SuggestionModel(self)
        self.ui.suggestionView.setModel(self.suggestion_model)
        self.ui.yearSpin.setValue(self.today().year + 1)
        self.ui.yearSpin.valueChanged.connect(self.refresh_suggestion)
        self.ui.acceptButton.clicked.connect(self.accept_suggestion)
        self.ui.weightsLabel.setText(plans.DEFAULT_WEIGHTS.describe())
        self.ui.yearLayout.setStretch(2, 1)

        line = self.fontMetrics().height()
        for view in (self.ui.targetsView, self.ui.matrixView, self.ui.suggestionView):
            view.verticalHeader().setDefaultSectionSize(int(line * 1.6))
            view.setMinimumHeight(line * 6)
        self._load_cycles()
        self.refresh_suggestion()
        self._plan_selected(None)

    # -- what the main window calls ---------------------------------------------------------
    @property
    def model(self) -> PagedTableModel:
        return self.plans.model

    def set_database(self, db: Any) -> None:
        self.db = db
        self.plans.set_database(db)
        self.refresh()

    def refresh(self) -> None:
        keep = self.current_plan_id()
        self.plans.refresh()
        self.select_plan(keep)
        self._load_cycles()
        self.refresh_suggestion()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.focusWidget() is None:
            self.plans.ui.tableView.setFocus()

    # -- plans ------------------------------------------------------------------------------
    def current_plan_id(self) -> int | None:
        value = self.plans.current_id()
        return int(value) if value is not None else None

    def select_plan(self, plan_id: int | None) -> None:
        if plan_id is None:
            return
        model = self.plans.model
        for row in range(model.rowCount()):
            if getattr(model.row_at(row), "id", None) == plan_id:
                self.plans.ui.tableView.selectRow(row)
                self.plans.ui.tableView.setCurrentIndex(model.index(row, 0))
                return

    def show_states(self, states: tuple[str, ...], description: str) -> None:
        """The plan list with only the plans in ``states`` (none: every plan), under a notice
        "仅显示：``description``" with a 显示全部 button (the 总览 counts open this)."""
        from xuncha_desktop.ui.filter_notice import state_notice

        self.ui.innerTabs.setCurrentIndex(PAGE_PLANS)
        self.plans.ui.searchEdit.clear()
        self.plans.apply_search()
        notice = state_notice(self, self.ui.listLayout, 0, self.plans.model)
        notice.show_states(states, description)

    def show_coverage(self, cycle_id: int | None = None) -> None:
        """The coverage page of ``cycle_id`` (default: the cycle shown last)."""
        self.ui.innerTabs.setCurrentIndex(PAGE_COVERAGE)
        if cycle_id is not None:
            self.select_cycle(cycle_id)

    def _plan_selected(self, plan_id: Any) -> None:
        self._detail = None
        if plan_id is not None:
            try:
                self._detail = plans.load_plan(self.db, int(plan_id))
            except XunchaError as err:
                show_error(self, err)
        self._show_detail()

    def _show_detail(self) -> None:
        d = self._detail
        state = d.state if d is not None else ""
        legal = {a.name for a in plans.allowed_actions(state)} if d else set()
        for name, button in self.state_buttons.items():
            button.setEnabled(name in legal)
        self.ui.editButton.setEnabled(d is not None and state in plans.EDITABLE_STATES)
        self.ui.changeButton.setEnabled(d is not None and state in plans.CHANGEABLE_STATES)
        self.ui.batchCombo.clear()
        rows: list[dict[str, str]] = []
        if d is None:
            self.ui.detailBox.setTitle(self.tr("计划详情"))
            self.ui.detailLabel.setText(self.tr("请在上方选择一份计划，或按 Ctrl+N 新建计划。"))
            self.ui.historyLabel.clear()
            self.targets_model.set_rows([])
            self.ui.issueButton.setEnabled(False)
            return
        self.ui.detailBox.setTitle(self.tr("计划详情：") + d.title)
        n_targets = sum(len(b.targets) for b in d.data.batches)
        self.ui.detailLabel.setText(
            f"状态：{d.state}　年度：{d.data.year}　周期：{d.cycle.label}　"
            f"{len(d.data.batches)} 个批次、{n_targets} 个市县　依据：{d.data.basis or '—'}"
        )
        for i, b in enumerate(d.data.batches):
            label = batch_label(i + 1, b.name)
            if b.id is not None:
                self.ui.batchCombo.addItem(
                    f"{label}（{format_date_range(b.start_date, b.end_date)}）", b.id)
            for t in b.targets:
                notice = latest_issued(self.db, "notice", t.id) if t.id is not None else None
                rows.append({
                    "batch": label,
                    "region": d.regions.get(t.region_id, ""),
                    "dates": format_date_range(t.entry_date, t.exit_date),
                    "team": d.teams.get(t.team_id, "") if t.team_id is not None else "待定",
                    "notice": notice.number if notice is not None else "未印发",
                })
        self.targets_model.set_rows(rows)
        self.ui.targetsView.resizeColumnsToContents()
        self.ui.issueButton.setEnabled(state in (plans.APPROVED, plans.RUNNING)
                                       and self.ui.batchCombo.count() > 0)
        history = [
            f"{format_datetime(t.at)} {t.operator}：{t.from_state or '—'} → {t.to_state}"
            + (f"（{t.note}）" if t.note else "")
            for t in d.transitions
        ] + [
            f"{format_datetime(c.at)} {c.operator} 变更：{c.reason}；{c.summary.replace(chr(10), '；')}"
            for c in d.changes
        ]
        self.ui.historyLabel.setText(self.tr("办理记录：") + "\n" + "\n".join(history))

    def _after_change(self, plan_id: int | None) -> None:
        self.plansChanged.emit()
        self.plans.refresh()
        self.select_plan(plan_id)
        self.refresh_coverage()
        self.refresh_suggestion()

    def new_plan(self) -> None:
        year = self.today().year + 1
        existing = plans.plan_for_year(self.db, year)
        if existing is not None:
            year = self.today().year
        try:
            data = plans.new_plan_input(self.db, year)
        except XunchaError:
            cycles = plans.list_cycles(self.db)
            if not cycles:
                show_error(self, XunchaError(
                    self.tr("还没有巡查周期。"),
                    hint=self.tr("请先在“覆盖情况”中点击“新建周期…”。")))
                return
            c = cycles[-1]
            data = plans.PlanInput(cycle_id=c.id, year=c.start_year,
                                   title=f"{c.start_year}年度全省安全生产巡查工作计划",
                                   basis=plans.DEFAULT_BASIS)
        plan_id = PlanEditor.ask(self, self.db, data, mode="new")
        if plan_id is not None:
            self._after_change(plan_id)

    def edit_plan(self) -> None:
        d = self._detail
        if d is None:
            return
        if d.state in plans.CHANGEABLE_STATES:
            self.change_plan()
            return
        if d.state not in plans.EDITABLE_STATES:
            show_error(self, XunchaError(self.tr("计划处于“%1”状态，不能修改。").replace("%1", d.state)))
            return
        if PlanEditor.ask(self, self.db, d.data, plan_id=d.id, version=d.version,
                          mode="edit") is not None:
            self._after_change(d.id)

    def change_plan(self) -> None:
        d = self._detail
        if d is None or d.state not in plans.CHANGEABLE_STATES:
            return
        if PlanEditor.ask(self, self.db, d.data, plan_id=d.id, version=d.version,
                          mode="change") is not None:
            self._after_change(d.id)

    def run_action(self, action: plans.Action) -> None:
        d = self._detail
        if d is None:
            return
        note = PlanNoteDialog.ask(self, action.name, f"“{d.title}”：{action.confirm}",
                                  required=action.note_required)
        if note is None:
            return
        try:
            plans.transition(self.db, d.id, action.to_state, note)
        except XunchaError as err:
            show_error(self, err)
            return
        self._after_change(d.id)

    def issue_batch(self) -> None:
        d = self._detail
        batch_id = self.ui.batchCombo.currentData()
        if d is None or batch_id is None:
            return
        label = self.ui.batchCombo.currentText()
        if not confirm(self, f"为{label}的每个市县各印发一份巡查通知（每份一个文号）？\n"
                             "文号一经使用不再收回。"):
            return
        try:
            result = issue_batch_notices(self.db, int(batch_id), self.today())
        except XunchaError as err:
            show_error(self, err)
            return
        lines = [f"{r.recipient}：{r.number}" for r in result.issued]
        text = f"已印发 {len(result.issued)} 份巡查通知：\n" + "\n".join(lines)
        if result.skipped:
            text += "\n此前已印发（未重复印发）：" + "、".join(
                f"{region} {number}" for region, number in result.skipped)
        inform(self, text)
        self._plan_selected(d.id)

    # -- coverage ---------------------------------------------------------------------------
    def _load_cycles(self) -> None:
        combo = self.ui.cycleCombo
        keep = combo.currentData()
        combo.blockSignals(True)
        try:
            combo.clear()
            for c in plans.list_cycles(self.db):
                combo.addItem(c.label, c.id)
            want = keep if keep is not None else current_cycle_id(self.db, self.today())
            combo.setCurrentIndex(max(combo.findData(want), 0))
        finally:
            combo.blockSignals(False)
        self.refresh_coverage()

    def select_cycle(self, cycle_id: int) -> None:
        self.ui.cycleCombo.setCurrentIndex(max(self.ui.cycleCombo.findData(cycle_id), 0))

    def refresh_coverage(self, *_args: Any) -> None:
        cycle_id = self.ui.cycleCombo.currentData()
        has = cycle_id is not None
        self.ui.excludeButton.setEnabled(has)
        self.ui.includeButton.setEnabled(has)
        if not has:
            self.coverage_model.set_coverage(None)
            self.ui.countLabel.setText(self.tr("还没有巡查周期，请点击“新建周期…”。"))
            self.ui.warningsLabel.clear()
            return
        cov = plans.coverage(self.db, int(cycle_id), self.today())
        self.coverage_model.set_coverage(cov)
        self.ui.countLabel.setText(cov.summary)
        self.ui.warningsLabel.setText("\n".join(f"⚠ {w}" for w in cov.warnings))
        self.ui.warningsLabel.setVisible(bool(cov.warnings))

    def _matrix_region(self) -> plans.CoverageRow | None:
        index = self.ui.matrixView.currentIndex()
        return self.coverage_model.row_at(index.row()) if index.isValid() else None

    def new_cycle(self) -> None:
        cycles = plans.list_cycles(self.db)
        start = cycles[-1].end_year + 1 if cycles else self.today().year
        length = load_office_settings(self.db).cycle_length_years
        created = CycleDialog.ask(self, self.db, start, length)
        if created is not None:
            self._load_cycles()
            self.select_cycle(created.id)
            self.refresh_suggestion()

    def exclude_region(self) -> None:
        row, cycle_id = self._matrix_region(), self.ui.cycleCombo.currentData()
        if row is None or cycle_id is None:
            show_error(self, XunchaError(self.tr("请先在矩阵中选择一个市县。")))
            return
        reason = PlanNoteDialog.ask(self, self.tr("标为不适用"),
                                    f"本周期不再巡查“{row.region}”？请写明理由。", required=True)
        if reason is None:
            return
        try:
            plans.set_exclusion(self.db, int(cycle_id), row.region_id, reason)
        except XunchaError as err:
            show_error(self, err)
            return
        self.refresh_coverage()
        self.refresh_suggestion()

    def include_region(self) -> None:
        row, cycle_id = self._matrix_region(), self.ui.cycleCombo.currentData()
        if row is None or cycle_id is None:
            show_error(self, XunchaError(self.tr("请先在矩阵中选择一个市县。")))
            return
        plans.remove_exclusion(self.db, int(cycle_id), row.region_id)
        self.refresh_coverage()
        self.refresh_suggestion()

    # -- suggestion -------------------------------------------------------------------------
    def refresh_suggestion(self, *_args: Any) -> None:
        year = self.ui.yearSpin.value()
        try:
            result = plans.suggest(self.db, year, self.today())
        except XunchaError as err:
            self.suggestion_model.set_items([])
            self.ui.quotaLabel.setText(err.message + " " + err.hint)
            self.ui.acceptButton.setEnabled(False)
            return
        self.suggestion_model.set_items(result.items)
        self.ui.suggestionView.resizeColumnsToContents()
        left = result.cycle.end_year - year + 1
        self.ui.quotaLabel.setText(
            f"{result.cycle.label}尚有 {len(result.items)} 个市县未安排，剩余 {left} 个年度，"
            f"建议本年度至少安排 {result.quota} 个（已勾选，可增减）。"
            if result.items else "本周期所有市县都已安排。"
        )
        self.ui.acceptButton.setEnabled(bool(result.items))

    def accept_suggestion(self) -> None:
        year = self.ui.yearSpin.value()
        try:
            draft = plans.draft_from_suggestion(self.db, year, self.suggestion_model.checked_ids())
        except XunchaError as err:
            show_error(self, err)
            return
        if draft.plan_id is None:
            mode = "new"
        elif draft.state in plans.CHANGEABLE_STATES:
            mode = "change"
        else:
            mode = "edit"
        plan_id = PlanEditor.ask(self, self.db, draft.data, plan_id=draft.plan_id,
                                 version=draft.version, mode=mode)
        if plan_id is not None:
            self.ui.innerTabs.setCurrentIndex(PAGE_PLANS)
            self._after_change(plan_id)
