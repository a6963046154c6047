"""Dialogs of the 巡查计划 tab: the plan editor, the note/reason prompt and the new-cycle dialog.

Each has a ``@classmethod ask(...)`` that runs it modally; tests monkeypatch ``ask`` or drive
an instance directly. The editor never opens a database session: it calls service functions.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QWidget

from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import XunchaError
from xuncha_desktop.services import plans
from xuncha_desktop.services.queries import batch_label, format_date_range
from xuncha_desktop.ui.conflict_dialog import KEEP, save_or_resolve
from xuncha_desktop.ui.forms.ui_cycle_dialog import Ui_CycleDialog
from xuncha_desktop.ui.forms.ui_plan_editor import Ui_PlanEditor
from xuncha_desktop.ui.forms.ui_plan_note_dialog import Ui_PlanNoteDialog
from xuncha_desktop.ui.plans_models import Col, RowsModel

_FIELD_RE = re.compile(r"batches\[(\d+)\](?:\.targets\[(\d+)\])?\.?(\w*)")


def _to_qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _from_qdate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def _buttons_in_chinese(box: QDialogButtonBox) -> None:
    for which, text in (
        (QDialogButtonBox.StandardButton.Ok, "确定"),
        (QDialogButtonBox.StandardButton.Save, "保存"),
        (QDialogButtonBox.StandardButton.Cancel, "取消"),
    ):
        button = box.button(which)
        if button is not None:
            button.setText(text)


def _chars(widget: QWidget, n: int) -> int:
    return widget.fontMetrics().horizontalAdvance("国") * n


# ---------------------------------------------------------------------------------------------
class PlanNoteDialog(QDialog):
    """Confirms an action and asks for a note; ``required`` refuses an empty one."""

    def __init__(self, title: str, prompt: str, *, required: bool = False,
                 placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PlanNoteDialog()
        self.ui.setupUi(self)
        _buttons_in_chinese(self.ui.buttonBox)
        self.setWindowTitle(title)
        self.setMinimumWidth(_chars(self, 30))
        self.ui.promptLabel.setText(prompt)
        self.ui.noteEdit.setMaximumHeight(self.fontMetrics().height() * 6)
        self.ui.noteEdit.setPlaceholderText(placeholder or ("理由（必填）" if required
                                                            else "说明（可选）"))
        self.required = required
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.accept)

    def note(self) -> str:
        return self.ui.noteEdit.toPlainText().strip()

    def accept(self) -> None:
        if self.required and not self.note():
            self.ui.errorLabel.setText(self.tr("请填写理由。"))
            self.ui.noteEdit.setFocus()
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, prompt: str, *, required: bool = False,
            placeholder: str = "") -> str | None:
        """The note (possibly empty), or None when cancelled."""
        dialog = cls(title, prompt, required=required, placeholder=placeholder, parent=parent)
        try:
            return dialog.note() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


# ---------------------------------------------------------------------------------------------
class CycleDialog(QDialog):
    """Start year, length (default from the office settings) and name of a new cycle."""

    def __init__(self, db: Database, start_year: int, length: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CycleDialog()
        self.ui.setupUi(self)
        _buttons_in_chinese(self.ui.buttonBox)
        self.setMinimumWidth(_chars(self, 28))
        self.db = db
        self.ui.startSpin.setValue(start_year)
        self.ui.lengthSpin.setValue(length)
        self.created: plans.CycleRow | None = None
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def accept(self) -> None:
        from xuncha_desktop.ui.dialogs import show_error

        try:
            self.created = plans.create_cycle(
                self.db, self.ui.startSpin.value(), length_years=self.ui.lengthSpin.value(),
                name=self.ui.nameEdit.text(),
            )
        except XunchaError as err:
            show_error(self, err)
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, db: Database, start_year: int,
            length: int) -> plans.CycleRow | None:
        dialog = cls(db, start_year, length, parent)
        try:
            return dialog.created if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


# ---------------------------------------------------------------------------------------------
class PlanEditor(QDialog):
    """Edits a whole plan in memory; Save hands it to the service in one unit of work.

    ``mode`` is "new" (a new draft), "edit" (a 草拟 plan) or "change" (变更 of an approved or
    running plan: the 变更理由 is required and the change is recorded). A rule the plan breaks
    is shown under the form and the offending field gets the focus; nothing is saved.
    """

    def __init__(self, db: Database, data: plans.PlanInput, *, plan_id: int | None = None,
                 version: int | None = None, mode: str = "new",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PlanEditor()
        self.ui.setupUi(self)
        _buttons_in_chinese(self.ui.buttonBox)
        self.db, self.plan_id, self.version, self.mode = db, plan_id, version, mode
        self.data = copy.deepcopy(data)
        self.saved_id: int | None = None
        self._undo: list[plans.PlanInput] = []
        self._loading = False
        self.setWindowTitle({"new": "新建巡查计划", "edit": "编辑巡查计划",
                             "change": "变更巡查计划"}.get(mode, "巡查计划"))
        self.setMinimumWidth(_chars(self, 76))
        self.ui.reasonLabel.setVisible(mode == "change")
        self.ui.reasonEdit.setVisible(mode == "change")
        self.ui.cycleCombo.setEnabled(mode != "change")

        self._cycles = plans.list_cycles(db)
        for c in self._cycles:
            self.ui.cycleCombo.addItem(c.label, c.id)
        self._regions = plans.region_choices(db)
        self._region_names = {c.id: c.label for c in plans.region_choices(
            db, include_inactive=True)}
        for r in self._regions:
            self.ui.regionCombo.addItem(r.label, r.id)
        self._teams = plans.team_choices(db)
        self.ui.teamCombo.addItem(self.tr("（待定）"), None)
        for t in self._teams:
            self.ui.teamCombo.addItem(t.label, t.id)
        self._team_names = {t.id: t.label for t in self._teams}

        self.batches_model = RowsModel([
            Col("批次", lambda r: batch_label(r[0] + 1, r[1].name)),
            Col("日期", lambda r: format_date_range(r[1].start_date, r[1].end_date)
                if r[1].end_date >= r[1].start_date else "结束早于开始"),
            Col("市县数", lambda r: len(r[1].targets), True),
        ], self)
        self.targets_model = RowsModel([
            Col("市县", lambda t: self._region_names.get(t.region_id, "（已删除）")),
            Col("进驻—撤离", lambda t: format_date_range(t.entry_date, t.exit_date)
                if t.exit_date >= t.entry_date else "撤离早于进驻"),
            Col("巡查组", lambda t: self._team_names.get(t.team_id, "待定")
                if t.team_id is not None else "待定"),
        ], self)
        self.ui.batchesView.setModel(self.batches_model)
        self.ui.targetsView.setModel(self.targets_model)
        line = self.fontMetrics().height()
        for view in (self.ui.batchesView, self.ui.targetsView):
            view.setMinimumHeight(line * 8)
            view.verticalHeader().setDefaultSectionSize(int(line * 1.6))
        self.ui.batchesView.selectionModel().currentRowChanged.connect(self._batch_selected)
        self.ui.targetsView.selectionModel().currentRowChanged.connect(self._target_selected)

        # Plan fields
        self._load_plan_fields()
        self.ui.titleEdit.textEdited.connect(lambda t: setattr(self.data, "title", t))
        self.ui.basisEdit.textEdited.connect(lambda t: setattr(self.data, "basis", t))
        self.ui.noteEdit.textEdited.connect(lambda t: setattr(self.data, "note", t))
        self.ui.yearSpin.valueChanged.connect(lambda v: setattr(self.data, "year", v))
        self.ui.cycleCombo.currentIndexChanged.connect(self._cycle_changed)
        # Batch fields
        self.ui.batchNameEdit.textEdited.connect(self._batch_edited)
        self.ui.batchStartEdit.dateChanged.connect(self._batch_edited)
        self.ui.batchEndEdit.dateChanged.connect(self._batch_edited)
        # Target fields
        self.ui.regionCombo.currentIndexChanged.connect(self._target_edited)
        self.ui.entryEdit.dateChanged.connect(self._target_edited)
        self.ui.exitEdit.dateChanged.connect(self._target_edited)
        self.ui.teamCombo.currentIndexChanged.connect(self._target_edited)
        self.ui.scopeEdit.textEdited.connect(self._target_edited)
        self.ui.mobilizationEdit.textEdited.connect(self._target_edited)
        # Buttons and keys
        self.ui.addBatchButton.clicked.connect(self.add_batch)
        self.ui.removeBatchButton.clicked.connect(self.remove_batch)
        self.ui.addTargetButton.clicked.connect(self.add_target)
        self.ui.removeTargetButton.clicked.connect(self.remove_target)
        self.ui.undoButton.clicked.connect(self.undo)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        save.setToolTip(self.tr("保存（Enter 或 Ctrl+S）"))
        QShortcut(QKeySequence.StandardKey.Save, self, self.accept)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.accept)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._reload_batches(0)
        self.ui.titleEdit.setFocus()

    # -- plan fields ------------------------------------------------------------------------
    def _load_plan_fields(self) -> None:
        self._loading = True
        try:
            self.ui.cycleCombo.setCurrentIndex(max(self.ui.cycleCombo.findData(self.data.cycle_id),
                                                   0))
            self.ui.yearSpin.setValue(self.data.year)
            self.ui.titleEdit.setText(self.data.title)
            self.ui.basisEdit.setText(self.data.basis)
            self.ui.basisEdit.setCursorPosition(0)
            self.ui.noteEdit.setText(self.data.note)
        finally:
            self._loading = False

    def _cycle_changed(self, _i: int) -> None:
        value = self.ui.cycleCombo.currentData()
        if value is not None:
            self.data.cycle_id = int(value)

    # -- batches ----------------------------------------------------------------------------
    def current_batch_index(self) -> int:
        index = self.ui.batchesView.currentIndex()
        return index.row() if index.isValid() else -1

    def current_target_index(self) -> int:
        index = self.ui.targetsView.currentIndex()
        return index.row() if index.isValid() else -1

    def _batch(self) -> plans.BatchInput | None:
        i = self.current_batch_index()
        return self.data.batches[i] if 0 <= i < len(self.data.batches) else None

    def _reload_batches(self, select: int) -> None:
        self.batches_model.set_rows(list(enumerate(self.data.batches)))
        self.ui.batchesView.resizeColumnsToContents()
        if self.data.batches:
            row = min(max(select, 0), len(self.data.batches) - 1)
            self.ui.batchesView.setCurrentIndex(self.batches_model.index(row, 0))
        self._batch_selected()

    def _batch_selected(self, *_args: Any) -> None:
        b = self._batch()
        for w in (self.ui.batchNameEdit, self.ui.batchStartEdit, self.ui.batchEndEdit,
                  self.ui.removeBatchButton, self.ui.addTargetButton, self.ui.targetsView):
            w.setEnabled(b is not None)
        self._loading = True
        try:
            if b is not None:
                self.ui.batchNameEdit.setText(b.name)
                self.ui.batchStartEdit.setDate(_to_qdate(b.start_date))
                self.ui.batchEndEdit.setDate(_to_qdate(b.end_date))
                self.ui.targetBox.setTitle(self.tr("巡查对象（%1）").replace(
                    "%1", batch_label(self.current_batch_index() + 1, b.name)))
            else:
                self.ui.batchNameEdit.clear()
                self.ui.targetBox.setTitle(self.tr("巡查对象（市县）"))
        finally:
            self._loading = False
        self._reload_targets(0)

    def _batch_edited(self, *_args: Any) -> None:
        b = self._batch()
        if b is None or self._loading:
            return
        b.name = self.ui.batchNameEdit.text()
        b.start_date = _from_qdate(self.ui.batchStartEdit.date())
        b.end_date = _from_qdate(self.ui.batchEndEdit.date())
        self.batches_model.refresh_row(self.current_batch_index())

    def _snapshot(self) -> None:
        self._undo.append(copy.deepcopy(self.data))
        del self._undo[:-20]
        self.ui.undoButton.setEnabled(True)

    def add_batch(self) -> None:
        self._snapshot()
        if self.data.batches:
            last = self.data.batches[-1]
            start = last.end_date + dt.timedelta(days=7)
        else:
            start = dt.date(self.data.year, 4, 1)
        n = len(self.data.batches) + 1
        self.data.batches.append(plans.BatchInput(
            start_date=start, end_date=start + dt.timedelta(days=14), name=f"第{_cn(n)}批次"))
        self._reload_batches(n - 1)
        self.ui.batchStartEdit.setFocus()

    def remove_batch(self) -> None:
        i = self.current_batch_index()
        if 0 <= i < len(self.data.batches):
            self._snapshot()
            del self.data.batches[i]
            self._reload_batches(i)

    # -- targets ----------------------------------------------------------------------------
    def _target(self) -> plans.TargetInput | None:
        b, j = self._batch(), self.current_target_index()
        return b.targets[j] if b is not None and 0 <= j < len(b.targets) else None

    def _reload_targets(self, select: int) -> None:
        b = self._batch()
        self.targets_model.set_rows(b.targets if b is not None else [])
        self.ui.targetsView.resizeColumnsToContents()
        if b is not None and b.targets:
            row = min(max(select, 0), len(b.targets) - 1)
            self.ui.targetsView.setCurrentIndex(self.targets_model.index(row, 0))
        self._target_selected()

    def _target_selected(self, *_args: Any) -> None:
        t = self._target()
        for w in (self.ui.regionCombo, self.ui.entryEdit, self.ui.exitEdit, self.ui.teamCombo,
                  self.ui.scopeEdit, self.ui.mobilizationEdit, self.ui.removeTargetButton):
            w.setEnabled(t is not None)
        if t is None:
            return
        self._loading = True
        try:
            index = self.ui.regionCombo.findData(t.region_id)
            if index < 0:  # an inactive region kept from before
                self.ui.regionCombo.addItem(self._region_names.get(t.region_id, "（已删除）"),
                                            t.region_id)
                index = self.ui.regionCombo.count() - 1
            self.ui.regionCombo.setCurrentIndex(index)
            self.ui.entryEdit.setDate(_to_qdate(t.entry_date))
            self.ui.exitEdit.setDate(_to_qdate(t.exit_date))
            self.ui.teamCombo.setCurrentIndex(max(self.ui.teamCombo.findData(t.team_id), 0))
            self.ui.scopeEdit.setText(t.extension_scope)
            self.ui.mobilizationEdit.setText(t.mobilization)
        finally:
            self._loading = False

    def _target_edited(self, *_args: Any) -> None:
        t = self._target()
        if t is None or self._loading:
            return
        region = self.ui.regionCombo.currentData()
        if region is not None:
            t.region_id = int(region)
        t.entry_date = _from_qdate(self.ui.entryEdit.date())
        t.exit_date = _from_qdate(self.ui.exitEdit.date())
        team = self.ui.teamCombo.currentData()
        t.team_id = int(team) if team is not None else None
        t.extension_scope = self.ui.scopeEdit.text()
        t.mobilization = self.ui.mobilizationEdit.text()
        self.targets_model.refresh_row(self.current_target_index())
        self.batches_model.refresh_row(self.current_batch_index())

    def add_target(self, region_id: int | None = None) -> None:
        b = self._batch()
        if b is None:
            return
        self._snapshot()
        used = {t.region_id for t in b.targets}
        if region_id is None:
            region_id = next((r.id for r in self._regions if r.id not in used),
                             self._regions[0].id if self._regions else 0)
        exit_ = min(b.end_date, b.start_date + dt.timedelta(days=9))
        b.targets.append(plans.TargetInput(int(region_id), b.start_date, max(exit_, b.start_date)))
        self._reload_targets(len(b.targets) - 1)
        self.batches_model.refresh_row(self.current_batch_index())
        self.ui.regionCombo.setFocus()

    def remove_target(self) -> None:
        b, j = self._batch(), self.current_target_index()
        if b is not None and 0 <= j < len(b.targets):
            self._snapshot()
            del b.targets[j]
            self._reload_targets(j)
            self.batches_model.refresh_row(self.current_batch_index())

    def undo(self) -> None:
        if not self._undo:
            return
        batch = self.current_batch_index()
        self.data = self._undo.pop()
        self.ui.undoButton.setEnabled(bool(self._undo))
        self._reload_batches(batch)

    # -- saving -----------------------------------------------------------------------------
    def error_text(self) -> str:
        return self.ui.errorLabel.text()

    def _focus_field(self, field: str) -> None:
        first = field.split(",")[0]
        widgets: dict[str, QWidget] = {
            "title": self.ui.titleEdit, "year": self.ui.yearSpin, "cycle_id": self.ui.cycleCombo,
            "reason": self.ui.reasonEdit,
        }
        if first in widgets:
            widgets[first].setFocus()
            return
        match = _FIELD_RE.match(first)
        if not match:
            return
        self.ui.batchesView.setCurrentIndex(self.batches_model.index(int(match[1]), 0))
        name = match[3]
        if match[2] is not None:
            self.ui.targetsView.setCurrentIndex(self.targets_model.index(int(match[2]), 0))
            target_widgets: dict[str, QWidget] = {
                "region_id": self.ui.regionCombo, "entry_date": self.ui.entryEdit,
                "exit_date": self.ui.exitEdit, "team_id": self.ui.teamCombo,
            }
            target_widgets.get(name, self.ui.regionCombo).setFocus()
        else:
            edit: QDateEdit = (self.ui.batchEndEdit if name == "end_date"
                               else self.ui.batchStartEdit)
            edit.setFocus()

    def save(self) -> bool:
        """Save through the services; on a broken rule show it and return False."""
        self.data.title = self.ui.titleEdit.text()

        def write() -> int:
            if self.mode == "change":
                assert self.plan_id is not None
                plans.change_plan(self.db, self.plan_id, self.data, self.ui.reasonEdit.text(),
                                  expected_version=self.version)
                return self.plan_id
            return plans.save_plan(self.db, self.data, plan_id=self.plan_id,
                                   expected_version=self.version)

        try:
            outcome = save_or_resolve(self, write, rows=[], mine=lambda: self._plan_texts(
                self.data, self._region_names, self._team_names), theirs=self._database_texts)
            if not outcome.saved:
                return self._after_conflict(outcome.choice)
            self.saved_id = outcome.value
        except XunchaError as err:
            text = err.message + (f"\n{err.hint}" if err.hint else "")
            self.ui.errorLabel.setText(text)
            self._focus_field(getattr(err, "field", "") or "")
            return False
        self.ui.errorLabel.clear()
        return True

    def accept(self) -> None:
        if self.save():
            super().accept()

    # -- save conflicts --------------------------------------------------------------------------
    def _plan_texts(self, data: plans.PlanInput, regions: Any, teams: Any) -> dict[str, str]:
        texts = {self.tr("标题"): data.title, self.tr("依据"): data.basis,
                 self.tr("备注"): data.note}
        for i, b in enumerate(data.batches):
            targets = "、".join(
                f"{regions.get(t.region_id, t.region_id)}（{format_date_range(t.entry_date, t.exit_date)}"
                f"，{teams.get(t.team_id, self.tr('巡查组待定'))}）" for t in b.targets)
            texts[batch_label(i + 1, b.name)] = (
                format_date_range(b.start_date, b.end_date) + (f"：{targets}" if targets else ""))
        return texts

    def _database_texts(self) -> dict[str, str] | None:
        if self.plan_id is None:
            return None
        try:
            fresh = plans.load_plan(self.db, self.plan_id)
        except XunchaError:
            return None
        return {self.tr("状态"): fresh.state,
                **self._plan_texts(fresh.data, fresh.regions, fresh.teams)}

    def _after_conflict(self, choice: str) -> bool:
        """KEEP: stay in the editor with the operator's values, over the version now saved;
        RELOAD: close the editor without saving (the tab shows the plan as it is now)."""
        fresh = None
        if self.plan_id is not None:
            try:
                fresh = plans.load_plan(self.db, self.plan_id)
            except XunchaError:
                fresh = None
        if choice == KEEP and fresh is not None:
            self.version = fresh.version
            self.ui.errorLabel.setText(
                self.tr("您的修改尚未保存，已保留在编辑窗口中；再次保存将以您的内容为准。"))
            return False
        self.reject()
        return False

    @classmethod
    def ask(cls, parent: QWidget | None, db: Database, data: plans.PlanInput, *,
            plan_id: int | None = None, version: int | None = None,
            mode: str = "new") -> int | None:
        """Run the editor; the saved plan's id, or None when cancelled."""
        dialog = cls(db, data, plan_id=plan_id, version=version, mode=mode, parent=parent)
        try:
            return dialog.saved_id if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


def _cn(n: int) -> str:
    from xuncha_desktop.services.queries import chinese_number

    return chinese_number(n)
