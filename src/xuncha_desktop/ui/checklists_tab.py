"""The 检查表 tab: the checklists of the selected plan/target, and the one being filled in.

Layout (forms/checklists_tab.ui): the list of checklists on top; below it the tree of items,
the result editor (with an ``evidenceContainer`` box for the evidence of the selected result),
and a side panel with the evaluation (score and how each part contributes), 延伸巡查 and
配合情况. 编辑模板… opens the template editor (:mod:`.template_editor`).

Keyboard (tree focused): 1 符合, 2 基本符合, 3 不符合, 4 不适用 (saved at once, with the
editor's notes, method, 检查人, date, place and unit); Enter or N moves to the next item;
Ctrl+S saves the editor. 不符合 and 基本符合 ask whether to raise a finding.

导出填写表…/导出空白表… render in a worker (:mod:`.documents_jobs`) behind a progress dialog
with 取消; a cancelled export leaves no file.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QProgressDialog,
    QWidget,
)

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.documents.issue import build_document
from xuncha_desktop.errors import ConflictError, XunchaError
from xuncha_desktop.fsutil import atomic_write_bytes
from xuncha_desktop.services import checklists as cs
from xuncha_desktop.services import evaluation as ev
from xuncha_desktop.services import units
from xuncha_desktop.services.queries import ChecklistQuery, format_date
from xuncha_desktop.ui.checklist_dialogs import (
    BreachDialog,
    FileDialog,
    RaiseFindingDialog,
    SubjectDialog,
    VisitDialog,
    from_qdate,
    to_qdate,
)
from xuncha_desktop.ui.conflict_dialog import KEEP, save_or_resolve
from xuncha_desktop.ui.dialogs import show_error
from xuncha_desktop.ui.documents_jobs import Cancelled, Job, render_locked
from xuncha_desktop.ui.evidence_panel import EvidencePanel
from xuncha_desktop.ui.forms.ui_checklists_tab import Ui_ChecklistsTab
from xuncha_desktop.ui.list_tab import ListTab

ALL, NOT_DONE, NONCONFORMING = "全部检查项", "只看未填写", "只看不符合"
_ROW = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()


class ChecklistItemModel(QAbstractItemModel):
    """The items of one checklist: a tree (全部) or a flat list of the filtered leaves."""

    HEADERS = ("序号", "检查内容", "结果")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[cs.ChecklistItem] = []
        self.mode = ALL
        self._children: dict[int | None, list[int]] = {}
        self._parent_of: dict[int, int | None] = {}

    def set_items(self, items: Sequence[cs.ChecklistItem], mode: str | None = None) -> None:
        self.beginResetModel()
        self.items = list(items)
        if mode is not None:
            self.mode = mode
        self._children, self._parent_of = {}, {}
        ids = {i.item.id for i in self.items}
        for k, i in enumerate(self.items):
            if self.mode == ALL:
                parent = i.item.parent_id if i.item.parent_id in ids else None
            elif i.item.is_leaf and (
                (self.mode == NOT_DONE and not i.done)
                or (self.mode == NONCONFORMING and i.result == "不符合")
            ):
                parent = None
            else:
                continue
            pk = None if parent is None else next(
                n for n, x in enumerate(self.items) if x.item.id == parent)
            self._children.setdefault(pk, []).append(k)
            self._parent_of[k] = pk
        self.endResetModel()

    def item_at(self, index: QModelIndex) -> cs.ChecklistItem | None:
        if not index.isValid():
            return None
        return self.items[int(index.internalId())]

    def index_of(self, item_id: int) -> QModelIndex:
        for k, i in enumerate(self.items):
            if i.item.id == item_id and k in self._parent_of:
                siblings = self._children[self._parent_of[k]]
                return self.createIndex(siblings.index(k), 0, k)
        return QModelIndex()

    def visible_leaves(self) -> list[int]:
        """Item ids of the visible leaves, in display order."""
        out: list[int] = []

        def walk(parent: int | None) -> None:
            for k in self._children.get(parent, []):
                if self.items[k].item.is_leaf:
                    out.append(self.items[k].item.id)
                walk(k)

        walk(None)
        return out

    # -- QAbstractItemModel ----------------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex | Any = _ROOT) -> QModelIndex:
        pk = int(parent.internalId()) if parent.isValid() else None
        kids = self._children.get(pk, [])
        if not 0 <= row < len(kids) or not 0 <= column < len(self.HEADERS):
            return QModelIndex()
        return self.createIndex(row, column, kids[row])

    def parent(self, index: QModelIndex | Any = _ROOT) -> Any:
        if not index.isValid():
            return QModelIndex()
        pk = self._parent_of.get(int(index.internalId()))
        if pk is None:
            return QModelIndex()
        grand = self._parent_of.get(pk)
        return self.createIndex(self._children[grand].index(pk), 0, pk)

    def rowCount(self, parent: QModelIndex | Any = _ROOT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        pk = int(parent.internalId()) if parent.isValid() else None
        return len(self._children.get(pk, []))

    def columnCount(self, parent: QModelIndex | Any = _ROOT) -> int:
        return len(self.HEADERS)

    def data(self, index: QModelIndex | Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        i = self.item_at(index)
        if i is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == 0:
                return i.item.number
            if col == 1:
                return i.item.title
            if not i.item.is_leaf:
                return ""
            return (i.result or "未填") + (f"（{len(i.findings)}个问题）" if i.findings else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return i.item.guidance or i.item.title
        if role == _ROW:
            return i.item.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None


class RowsModel(QAbstractTableModel):
    """A small read-only table over a list of rows of one target (visits, breaches, subjects)."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = tuple(headers)
        self.rows: list[tuple[str, ...]] = []
        self.ids: list[int] = []

    def set_rows(self, rows: Sequence[tuple[int, tuple[str, ...]]]) -> None:
        self.beginResetModel()
        self.ids = [r[0] for r in rows]
        self.rows = [r[1] for r in rows]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | Any = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | Any = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex | Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class ChecklistsTab(QWidget):
    """检查表 tab (list of checklists + the editor of the selected one)."""

    #: An export ended: ``"done"`` (the path), ``"failed"`` (the error) or ``"cancelled"``.
    exportFinished = Signal(str, object)

    def __init__(self, db: Database, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.follows_selection = True
        self.view: cs.ChecklistView | None = None
        self._target_id: int | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._job: Job | None = None
        self._progress: QProgressDialog | None = None

        self.list = ListTab(db, ChecklistQuery(), self, follows_selection=True,
                            stretch_key="template")
        self.model = self.list.model
        self.list.currentIdChanged.connect(self._checklist_selected)

        # The static layout is forms/checklists_tab.ui; the attributes below name its widgets.
        self.ui = ui = Ui_ChecklistsTab()
        ui.setupUi(self)
        ui.listLayout.addWidget(self.list)
        ui.vsplit.setStretchFactor(0, 1)
        ui.vsplit.setStretchFactor(1, 3)
        self.title_label = ui.titleLabel
        self.progress_label = ui.progressLabel
        self.filter_combo = ui.filterCombo
        self.filter_combo.addItems([ALL, NOT_DONE, NONCONFORMING])
        self.new_button = ui.newButton
        self.finish_button = ui.finishButton
        self.print_button = ui.printButton
        self.blank_button = ui.blankButton
        self.template_button = ui.editTemplateButton
        self.tpl_export_button = ui.tplExportButton
        self.tpl_import_button = ui.tplImportButton

        self.items = ChecklistItemModel(self)
        self.tree = ui.itemTree
        self.tree.setModel(self.items)
        self.tree.installEventFilter(self)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().currentChanged.connect(self._item_selected)

        self.item_label = ui.itemLabel
        self.guidance_label = ui.guidanceLabel
        self.result_combo = ui.resultCombo
        self.result_combo.addItem(self.tr("（未填写）"), None)
        for n, r in enumerate(cs.RESULTS, start=1):
            self.result_combo.addItem(f"{n} {r}", r)
        self.notes_edit = ui.notesEdit
        self.method_combo = ui.methodCombo
        self.method_combo.addItems(["", *cs.METHODS])
        self.inspector_edit = ui.inspectorEdit
        self.date_edit = ui.dateEdit
        self.place_edit = ui.placeEdit
        self.unit_combo = ui.unitCombo
        self.save_button = ui.saveButton
        #: What happened to the last save when it was not saved (a save conflict).
        self.save_message = QLabel("", self)
        self.save_message.setWordWrap(True)
        ui.editorButtons.addWidget(self.save_message, 1)
        #: After a save conflict answered 返回修改: (checklist, item, version of the result
        #: shown in the conflict dialog); saving that item again goes over that version.
        self._seen_override: tuple[int, int, int] | None = None
        #: The stored evaluation as the side panel shows it (None: not saved yet).
        self.evaluation_seen: ev.EvaluationRow | None = None
        self.raise_button = ui.raiseButton
        self.findings_label = ui.findingsLabel
        #: An empty box (QVBoxLayout ``ui.evidenceLayout``) in the result detail area for the
        #: evidence panel of the selected result.
        self.evidence_container = ui.evidenceContainer
        self.evidence_panel = EvidencePanel(db, self)
        ui.evidenceLayout.addWidget(self.evidence_panel)
        ui.hsplit.setStretchFactor(0, 3)
        ui.hsplit.setStretchFactor(1, 3)
        ui.hsplit.setStretchFactor(2, 3)

        # 评价
        self.score_label = ui.scoreLabel
        self.breakdown_label = ui.breakdownLabel
        self.grade_combo = ui.gradeCombo
        self.grade_combo.addItem(self.tr("按计算等次"), None)
        for g in ev.GRADES:
            self.grade_combo.addItem(g, g)
        self.reason_edit = ui.reasonEdit
        self.summary_edit = ui.summaryEdit
        self.save_eval_button = ui.saveEvalButton
        self.saved_label = ui.savedLabel
        self.subjects = RowsModel(("类别", "对象", "评价"), self)
        self.subjects_view = ui.subjectsView
        self.subjects_view.setModel(self.subjects)
        self.add_subject_button = ui.addSubjectButton
        # 延伸巡查
        self.visits = RowsModel(("类型", "名称", "日期", "参加人员", "以往巡查"), self)
        self.visits_view = ui.visitsView
        self.visits_view.setModel(self.visits)
        self.add_visit_button = ui.addVisitButton
        # 配合情况
        self.breaches = RowsModel(("违反事项", "日期", "情况", "责任人"), self)
        self.breaches_view = ui.breachesView
        self.breaches_view.setModel(self.breaches)
        self.add_breach_button = ui.addBreachButton
        #: Evidence of the selected 配合情况 record (a refusal letter, a photo of the scene).
        self.breach_evidence_container = ui.breachEvidenceContainer
        self.breach_evidence_panel = EvidencePanel(db, self)
        # Ctrl+Shift+A belongs to the check item's panel, visible beside this one; this panel
        # adds through its own button (its mnemonic must differ too) or by drag and drop.
        self.breach_evidence_panel.add_action.setShortcut(QKeySequence())
        self.breach_evidence_panel.ui.addButton.setText(self.tr("添加证据(&W)…"))
        self.breach_evidence_panel.ui.openButton.setText(self.tr("打开(&N)"))
        self.breach_evidence_panel.ui.addButton.setToolTip(self.tr(
            "复制文件到证据档案并关联到所选的配合情况记录；也可以把文件拖到列表上"))
        ui.breachEvidenceLayout.addWidget(self.breach_evidence_panel)
        self.breaches_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._breach_selected())
        self.side = ui.sideTabs

        self.filter_combo.currentIndexChanged.connect(self._refilter)
        self.new_button.clicked.connect(self.create_checklist)
        self.finish_button.clicked.connect(self.finish)
        self.print_button.clicked.connect(lambda: self.export(blank=False))
        self.blank_button.clicked.connect(lambda: self.export(blank=True))
        self.tpl_export_button.clicked.connect(self.export_template)
        self.tpl_import_button.clicked.connect(self.import_template)
        self.template_button.clicked.connect(self.edit_templates)
        self.save_button.clicked.connect(self.save_current)
        self.raise_button.clicked.connect(self.raise_current)
        self.save_eval_button.clicked.connect(self.save_evaluation)
        self.add_subject_button.clicked.connect(self.add_subject)
        self.add_visit_button.clicked.connect(self.add_visit)
        self.add_breach_button.clicked.connect(self.add_breach)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.activated.connect(self.save_current)
        self._show(None)

    # -- ListTab-compatible interface (main window) ----------------------------------------
    def set_scope(self, plan_id: int | None, target_id: int | None) -> None:
        if target_id != self._target_id or (self.view is not None and target_id is not None
                                            and self.view.target_id != target_id):
            self._show(None)
        self._target_id = target_id
        self.list.set_scope(plan_id, target_id)
        self._update_buttons()

    def refresh(self) -> None:
        self.list.refresh()
        if self.view is not None:
            self.open_checklist(self.view.id)

    def set_database(self, db: Database) -> None:
        self.db = db
        self.list.set_database(db)
        self.evidence_panel.set_database(db)
        self.breach_evidence_panel.set_database(db)
        self._show(None)

    def current_id(self) -> Any | None:
        return self.list.current_id()

    # -- loading -------------------------------------------------------------------------------
    def _checklist_selected(self, checklist_id: Any) -> None:
        # The list re-emits while it reloads; keep the open checklist unless another is chosen.
        if checklist_id is None or (self.view is not None and int(checklist_id) == self.view.id):
            return
        self.open_checklist(int(checklist_id))

    def open_checklist(self, checklist_id: int) -> None:
        try:
            view = cs.checklist_view(self.db, checklist_id)
        except XunchaError as err:
            show_error(self, err)
            return
        self._show(view)

    def _show(self, view: cs.ChecklistView | None, keep: int | None = None) -> None:
        self.view = view
        self.items.set_items(view.items if view else [])
        self.tree.expandAll()
        if view is None:
            self.title_label.setText(self.tr("请在上方选择一张检查表，或选择巡查对象后新建检查表。"))
            self.progress_label.clear()
            self._load_item(None)
        else:
            self.title_label.setText(f"{view.region} · {view.template_label} · {view.state}")
            self.progress_label.setText(view.progress_text)
            units_ = units.units_of_target(self.db, view.target_id)
            self.unit_combo.blockSignals(True)
            self.unit_combo.clear()
            self.unit_combo.addItem(self.tr("（市县政府）"), None)
            for uid, label in units_:
                self.unit_combo.addItem(label, uid)
            self.unit_combo.blockSignals(False)
            index = self.items.index_of(keep) if keep is not None else QModelIndex()
            if not index.isValid():
                leaves = self.items.visible_leaves()
                index = self.items.index_of(leaves[0]) if leaves else self.items.index(0, 0)
            self.tree.setCurrentIndex(index)
            self._load_item(self.items.item_at(index))
        self._refresh_side()
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.view is not None
        editable = has and self.view is not None and not self.view.finished
        for w in (self.finish_button, self.save_button, self.result_combo):
            w.setEnabled(editable)
        for w in (self.add_visit_button, self.add_breach_button, self.save_eval_button,
                  self.add_subject_button):
            w.setEnabled(has)
        for w in (self.print_button, self.blank_button):
            w.setEnabled(has and self._job is None)
        self.new_button.setEnabled(self._target_id is not None and not has_checklist(
            self.db, self._target_id))

    def _refilter(self) -> None:
        if self.view is not None:
            current = self.current_item()
            self.items.set_items(self.view.items, self.filter_combo.currentText())
            self.tree.expandAll()
            index = self.items.index_of(current.item.id) if current else QModelIndex()
            if not index.isValid():
                leaves = self.items.visible_leaves()
                index = self.items.index_of(leaves[0]) if leaves else QModelIndex()
            self.tree.setCurrentIndex(index)
            self._load_item(self.items.item_at(index))
        else:
            self.items.mode = self.filter_combo.currentText()

    def current_item(self) -> cs.ChecklistItem | None:
        return self.items.item_at(self.tree.currentIndex())

    def _item_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._load_item(self.items.item_at(current))

    def _load_item(self, i: cs.ChecklistItem | None) -> None:
        self._seen_override = None  # the form now shows the values read with the view
        self.save_message.clear()
        leaf = i is not None and i.item.is_leaf
        for w in (self.notes_edit, self.method_combo, self.inspector_edit, self.date_edit,
                  self.place_edit, self.unit_combo, self.result_combo):
            w.setEnabled(leaf and self.view is not None and not self.view.finished)
        if i is not None and i.result_id is not None:
            self.evidence_panel.set_owner("checklist_result", i.result_id)
        else:
            self.evidence_panel.set_owner(None, None, empty_hint=self.tr(
                "保存该检查项的结果后，可在这里添加照片等证据。") if leaf else "")
        if i is None:
            self.item_label.clear()
            self.guidance_label.clear()
            self.notes_edit.clear()
            self.findings_label.clear()
            self.raise_button.setEnabled(False)
            return
        self.item_label.setText(f"{i.item.number} {i.item.title}")
        extra = [x for x in (i.item.guidance, f"检查方式：{i.item.methods}" if i.item.methods
                             else "", f"需调阅资料：{i.item.documents}" if i.item.documents
                             else "") if x]
        self.guidance_label.setText("\n".join(extra) or self.tr("（无）"))
        if not leaf:
            self.guidance_label.setText(self.guidance_label.text() + self.tr("\n该项下设子项，请在子项中填写。"))
        self.result_combo.setCurrentIndex(max(0, self.result_combo.findData(i.result)))
        self.notes_edit.setPlainText(i.notes)
        self.method_combo.setCurrentText(i.method or (i.item.methods.split("、")[0]
                                                      if i.item.methods else ""))
        self.inspector_edit.setText(i.inspector or self.db.operator)
        self.date_edit.setDate(to_qdate(i.checked_on or self.today()))
        self.place_edit.setText(i.place)
        self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(i.unit_id)))
        self.findings_label.setText("、".join(i.findings) or self.tr("无"))
        self.raise_button.setEnabled(cs.asks_for_finding(i.result))

    # -- entering results ----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                    | Qt.KeyboardModifier.AltModifier):
                return False
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_4:
                self.set_result(cs.RESULTS[key - Qt.Key.Key_1])
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_N):
                self.next_item()
                return True
        return super().eventFilter(watched, event)

    def next_item(self) -> None:
        leaves = self.items.visible_leaves()
        current = self.current_item()
        if not leaves:
            return
        pos = leaves.index(current.item.id) + 1 if current and current.item.id in leaves else 0
        if pos < len(leaves):
            index = self.items.index_of(leaves[pos])
            self.tree.setCurrentIndex(index)

    def _input(self, result: str | None) -> cs.ResultInput:
        unit = self.unit_combo.currentData()
        return cs.ResultInput(
            result=result, notes=self.notes_edit.toPlainText(),
            method=self.method_combo.currentText(), inspector=self.inspector_edit.text(),
            checked_on=from_qdate(self.date_edit.date()), place=self.place_edit.text(),
            unit_id=int(unit) if unit is not None else None)

    def set_result(self, result: str | None) -> None:
        self.result_combo.setCurrentIndex(max(0, self.result_combo.findData(result)))
        self.save_current()

    def _seen_version(self, i: cs.ChecklistItem) -> int:
        """The version of the item's result the form was filled from (0: no result then)."""
        override = self._seen_override
        if self.view is not None and override is not None and override[:2] == (
                self.view.id, i.item.id):
            return override[2]
        return i.result_version or 0

    def _fresh_result(self, checklist_id: int, item_id: int) -> dict[str, str] | None:
        """The item's result as it is in the database now."""
        try:
            fresh = cs.checklist_view(self.db, checklist_id).item(item_id)
        except XunchaError:
            return None
        return result_texts(fresh)

    def save_current(self) -> None:
        i = self.current_item()
        if self.view is None or i is None:
            return
        result = self.result_combo.currentData()
        data = self._input(result)
        cid, item_id, seen = self.view.id, i.item.id, self._seen_version(i)
        unit = self.unit_combo.currentText() if data.unit_id is not None else ""
        try:
            outcome = save_or_resolve(
                self, lambda: cs.record_result(self.db, cid, item_id, data,
                                               expected_version=seen),
                rows=[(m.ChecklistResult, i.result_id, seen or None)] if i.result_id else [],
                mine=lambda: result_texts(i, data, unit),
                theirs=lambda: self._fresh_result(cid, item_id))
            if not outcome.saved:
                fresh = cs.checklist_view(self.db, cid)
                fresh_version = fresh.item(item_id).result_version or 0
        except XunchaError as err:
            show_error(self, err)
            return
        if not outcome.saved:
            if outcome.choice == KEEP:
                # back to the form with the operator's values; saving again goes over the
                # version just shown
                self._seen_override = (cid, item_id, fresh_version)
                self.save_message.setText(self.tr(
                    "该项结果已被其他人修改，您的修改尚未保存，已保留在表单中；"
                    "再次保存将以您的内容为准。"))
            else:
                self._show(fresh, keep=item_id)
                self.save_message.setText(self.tr("已重新载入其他人保存的结果。"))
            return
        view = outcome.value
        assert view is not None
        self.items.set_items(view.items)
        self._show(view, keep=i.item.id)
        self.list.refresh()
        if cs.asks_for_finding(result) and not view.item(i.item.id).findings:
            self.raise_current()

    def raise_current(self) -> None:
        i = self.current_item()
        if self.view is None or i is None or i.result_id is None:
            return
        try:
            draft = cs.finding_draft(self.db, i.result_id, today=self.today())
            answer = RaiseFindingDialog.ask(self, draft)
            if answer is None:
                return
            cs.raise_finding(self.db, i.result_id, kind_id=answer[0], description=answer[1],
                             today=self.today())
        except XunchaError as err:
            show_error(self, err)
            return
        self._show(cs.checklist_view(self.db, self.view.id), keep=i.item.id)

    def create_checklist(self) -> None:
        if self._target_id is None:
            return
        try:
            cid = cs.create_checklist(self.db, self._target_id)
        except XunchaError as err:
            show_error(self, err)
            return
        self.list.refresh()
        self.open_checklist(cid)

    def finish(self) -> None:
        """完成检查表, over the checklist as shown: if somebody else changed it meanwhile
        (a result, its state) it is a conflict, shown beside what the clerk saw."""
        seen = self.view
        if seen is None:
            return
        keep = self.current_item()
        try:
            outcome = save_or_resolve(
                self, lambda: cs.finish_checklist(self.db, seen.id, seen=seen),
                rows=[(m.Checklist, seen.id, seen.version)],
                mine=lambda: {"办理事项": self.tr("完成检查表"), **checklist_texts(seen)},
                theirs=lambda: self._fresh_checklist(seen.id))
            view = outcome.value if outcome.saved else cs.checklist_view(self.db, seen.id)
        except XunchaError as err:
            show_error(self, err)
            return
        assert view is not None
        self._show(view, keep=keep.item.id if keep is not None else None)
        self.list.refresh()
        if not outcome.saved:
            self.save_message.setText(self.tr(
                "检查表已被其他人修改，没有标记为已完成；已重新载入，请查看后再完成。"))

    def _fresh_checklist(self, checklist_id: int) -> dict[str, str] | None:
        """The checklist as it is in the database now (None when it was deleted)."""
        try:
            fresh = cs.checklist_view(self.db, checklist_id)
        except XunchaError:
            return None
        return {"办理事项": self.tr("（当前状态）"), **checklist_texts(fresh)}

    # -- side panel ------------------------------------------------------------------------------
    def _refresh_side(self) -> None:
        if self.view is None:
            self.score_label.setText(self.tr("选择检查表后显示评价得分。"))
            self.breakdown_label.clear()
            self.saved_label.clear()
            for model in (self.visits, self.breaches, self.subjects):
                model.set_rows([])
            self._breach_selected()
            return
        tid = self.view.target_id
        try:
            b = ev.compute(self.db, tid, self.today())
        except XunchaError as err:
            self.score_label.setText(self.tr("暂不能计算得分：") + err.message)
            self.breakdown_label.setText(err.hint or "")
        else:
            self.score_label.setText(f"得分 {b.score} 分 · 计算等次 {b.grade}")
            parts = b.lines()
            parts.insert(1, "各项得分：" + "；".join(
                f"{c.number} {c.result or '未填'} {c.earned}/{c.share}" for c in b.items))
            self.breakdown_label.setText("\n".join(parts))
        saved = ev.get_evaluation(self.db, tid)
        self.evaluation_seen = saved  # a save of the evaluation goes over this version
        if saved is None:
            self.saved_label.setText(self.tr("尚未保存评价。"))
        else:
            text = (f"已保存：{saved.score} 分，计算等次 {saved.computed_grade}，评定等次 {saved.grade}"
                    f"（{saved.evaluated_by}，{format_date(saved.evaluated_on)}）")
            if saved.overridden:
                text += f"；调整理由：{saved.override_reason}"
            self.saved_label.setText(text)
        self.visits.set_rows([
            (v.id, (v.kind, v.name, format_date(v.visited_on), v.members_present,
                    f"另有 {v.other_tours} 次巡查到访，{v.earlier_findings} 个问题"
                    if v.other_tours or v.earlier_findings else "首次"))
            for v in units.list_visits(self.db, tid)])
        shown = self.selected_breach_id()
        self.breaches.set_rows([
            (b_.id, (f"{b_.duty_no}. {b_.duty}", format_date(b_.occurred_on), b_.description,
                     b_.responsible)) for b_ in units.list_breaches(self.db, tid)])
        if shown in self.breaches.ids:
            self.select_breach(shown)
        self._breach_selected()
        self.subjects.set_rows([(s.id, (s.subject_kind, s.subject_name, s.text))
                                for s in ev.list_subject_evaluations(self.db, tid)])

    def save_evaluation(self) -> None:
        if self.view is None:
            return
        tid, seen = self.view.target_id, self.evaluation_seen
        grade = self.grade_combo.currentData()
        reason, summary = self.reason_edit.toPlainText(), self.summary_edit.toPlainText()
        mine = {"评定等次": grade or self.tr("（按计算等次）"), "调整理由": reason.strip(),
                "评价意见": summary.strip()}

        def save() -> ev.EvaluationRow:
            if seen is None and ev.get_evaluation(self.db, tid) is not None:
                # none was shown, somebody else saved one since (a save racing this check
                # is refused by the one-evaluation-per-target constraint: never overwritten)
                raise ConflictError(self.tr("这个巡查对象的评价已由其他人保存，您的修改没有保存。"),
                                    hint=self.tr("请对照对方的评价后重新保存。"))
            return ev.save_evaluation(self.db, tid, grade=grade, override_reason=reason,
                                      summary=summary, today=self.today())

        try:
            outcome = save_or_resolve(
                self, save,
                rows=[(m.Evaluation, seen.id, seen.version)] if seen is not None else [],
                mine=lambda: mine, theirs=lambda: evaluation_texts(ev.get_evaluation(self.db, tid)))
        except XunchaError as err:
            show_error(self, err)
            return
        self._refresh_side()
        if outcome.saved:
            return
        if outcome.choice == KEEP:
            # the operator's grade, reason and summary stay in the form; the saved label shows
            # the other's evaluation and saving again goes over it
            self.saved_label.setText(self.saved_label.text() + "\n" + self.tr(
                "评价已被其他人保存，您的修改尚未保存，已保留在表单中；再次保存将以您的内容为准。"))
            return
        fresh = self.evaluation_seen
        if fresh is not None:
            self.grade_combo.setCurrentIndex(
                max(0, self.grade_combo.findData(fresh.grade)) if fresh.overridden else 0)
            self.reason_edit.setPlainText(fresh.override_reason)
            self.summary_edit.setPlainText(fresh.summary)

    def add_subject(self) -> None:
        if self.view is None:
            return
        answer = SubjectDialog.ask(self)
        if answer is None:
            return
        try:
            ev.add_subject_evaluation(self.db, self.view.target_id, *answer)
        except XunchaError as err:
            show_error(self, err)
        self._refresh_side()

    def add_visit(self) -> None:
        if self.view is None:
            return
        answer = VisitDialog.ask(self, self.today(), units.sector_choices(self.db))
        if answer is None:
            return
        try:
            units.record_visit(self.db, self.view.target_id, answer.unit, answer.visited_on,
                               members_present=answer.members_present, note=answer.note)
        except XunchaError as err:
            show_error(self, err)
            return
        cur = self.current_item()
        self._show(self.view, keep=cur.item.id if cur else None)

    def add_breach(self) -> None:
        if self.view is None:
            return
        answer = BreachDialog.ask(self, self.today())
        if answer is None:
            return
        try:
            breach_id = units.record_breach(self.db, self.view.target_id, answer.duty_no,
                                            answer.occurred_on, answer.description,
                                            answer.responsible)
        except XunchaError as err:
            show_error(self, err)
            breach_id = None
        self._refresh_side()
        if breach_id is not None:
            self.select_breach(breach_id)  # ready for its evidence

    def selected_breach_id(self) -> int | None:
        index = self.breaches_view.currentIndex()
        if not index.isValid() or index.row() >= len(self.breaches.ids):
            return None
        return self.breaches.ids[index.row()]

    def select_breach(self, breach_id: int) -> None:
        if breach_id in self.breaches.ids:
            self.breaches_view.setCurrentIndex(
                self.breaches.index(self.breaches.ids.index(breach_id), 0))

    def _breach_selected(self) -> None:
        breach_id = self.selected_breach_id()
        if breach_id is None:
            self.breach_evidence_panel.set_owner(None, None, empty_hint=self.tr(
                "选择一条配合情况记录后，可在这里添加书面材料、照片等证据。")
                if self.breaches.rowCount() else "")
        elif (self.breach_evidence_panel.owner_kind, self.breach_evidence_panel.owner_id) != (
                "cooperation_breach", breach_id):
            self.breach_evidence_panel.set_owner("cooperation_breach", breach_id)

    # -- files -----------------------------------------------------------------------------------
    def _fonts(self) -> Any:
        from xuncha_desktop.documents.fonts import resolve_fonts

        settings = getattr(self.window(), "settings", None)
        return resolve_fonts(getattr(settings, "fonts", None) or None)

    def export(self, *, blank: bool) -> None:
        """导出填写表…/导出空白表…: ask where, then render and write in the worker."""
        if self.view is None or self._job is not None:
            return
        name = f"巡查检查表（{self.view.region}{'，空白' if blank else ''}）.pdf"
        path = FileDialog.ask(self, self.tr("导出检查表"), name,
                              self.tr("PDF 文件 (*.pdf);;Word 文档 (*.docx)"), save=True)
        if path is None:
            return
        fmt: Literal["docx", "pdf"] = "docx" if path.suffix.lower() == ".docx" else "pdf"
        try:
            fonts = self._fonts()
        except XunchaError as err:
            show_error(self, err)
            return
        db, checklist_id = self.db, self.view.id

        def work(cancelled: Callable[[], bool]) -> Path:
            # Runs in the pool thread: no widget here, only the database and the file.
            doc = build_document(db, "checklist", checklist_id, blank=blank).document
            if cancelled():
                raise Cancelled
            data = render_locked(doc, fmt, fonts)
            if cancelled():
                raise Cancelled
            atomic_write_bytes(path, data)
            if cancelled():
                path.unlink(missing_ok=True)
                raise Cancelled
            return path

        self._start_job(Job(work), self.tr("正在生成“%1”…").replace("%1", path.name))

    # -- the worker ------------------------------------------------------------------------------
    def export_running(self) -> bool:
        return self._job is not None

    def progress_dialog(self) -> QProgressDialog | None:
        return self._progress

    def wait_for_jobs(self, msecs: int = -1) -> bool:
        """Block until the worker is idle (closing, tests); True when it is."""
        return self._pool.waitForDone(msecs)

    def _start_job(self, job: Job, label: str) -> None:
        dialog = QProgressDialog(label, self.tr("取消"), 0, 0, self)
        dialog.setWindowTitle(self.tr("请稍候"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(self.cancel_export)
        job.signals.done.connect(self._job_done)
        job.signals.failed.connect(self._job_failed)
        job.signals.cancelled.connect(self._job_cancelled)
        job.signals.crashed.connect(self._job_crashed)
        self._job, self._progress = job, dialog
        self._update_buttons()
        self._pool.start(job)

    @Slot()
    def cancel_export(self) -> None:
        """取消: the worker stops before it writes, or removes what it wrote."""
        if self._job is not None:
            self._job.cancel()
            if self._progress is not None:
                self._progress.setLabelText(self.tr("正在取消…"))

    def _end_job(self) -> None:
        if self._progress is not None:
            self._progress.canceled.disconnect()
            self._progress.reset()
            self._progress.hide()
            self._progress.deleteLater()
        self._job = self._progress = None
        self._update_buttons()

    @Slot(object)
    def _job_done(self, path: object) -> None:
        self._end_job()
        self.exportFinished.emit("done", path)

    @Slot(object)
    def _job_failed(self, err: object) -> None:
        self._end_job()
        if isinstance(err, XunchaError):
            show_error(self, err)
        self.exportFinished.emit("failed", err)

    @Slot()
    def _job_cancelled(self) -> None:
        self._end_job()
        self.exportFinished.emit("cancelled", None)

    @Slot(object)
    def _job_crashed(self, info: object) -> None:
        self._end_job()
        self.exportFinished.emit("failed", info)
        if isinstance(info, tuple) and len(info) == 3:
            sys.excepthook(*info)

    def export_template(self) -> None:
        tpl = cs.current_template(self.db) if self.view is None else cs.template_info(
            self.db, self.view.template_id)
        path = FileDialog.ask(self, self.tr("导出检查表模板"), f"{tpl.label}.xlsx",
                              self.tr("Excel 文件 (*.xlsx)"), save=True)
        if path is None:
            return
        try:
            cs.export_template_xlsx(self.db, tpl.id, path)
        except XunchaError as err:
            show_error(self, err)

    def edit_templates(self) -> None:
        """编辑模板…: the template editor; a saved template is used by new checklists."""
        from xuncha_desktop.ui.template_editor import TemplateEditor

        if not TemplateEditor.ask(self, self.db):
            return
        self.list.refresh()
        self.title_label.setText(self.tr("检查表模板已保存，新建的检查表将使用当前版本；"
                                         "已有检查表仍使用创建时的版本。"))

    def import_template(self) -> None:
        path = FileDialog.ask(self, self.tr("导入检查表模板"), "", self.tr("Excel 文件 (*.xlsx)"),
                              save=False)
        if path is None:
            return
        try:
            saved = cs.import_template_xlsx(self.db, path)
        except XunchaError as err:
            show_error(self, err)
            return
        problem = cs.weight_problem(cs.template_info(self.db, saved.template_id).items)
        self.title_label.setText(f"已导入为第{saved.version_no}版（新建的检查表将使用该版本）"
                                 + (f"。注意：{problem}" if problem else ""))


def result_texts(i: cs.ChecklistItem, data: cs.ResultInput | None = None,
                 unit: str | None = None) -> dict[str, str]:
    """One item's result for the conflict dialog: the saved one, or ``data`` as entered."""
    if data is None:
        values = (i.result, i.notes, i.method, i.inspector, i.checked_on, i.place)
        unit = i.unit_name
    else:
        values = (data.result, data.notes, data.method, data.inspector, data.checked_on,
                  data.place)
    result, notes, method, inspector, checked_on, place = values
    return {"检查项": f"{i.item.number} {i.item.title}", "检查结果": result or "（未填写）",
            "情况说明": notes or "", "检查方式": method or "", "检查人": inspector or "",
            "检查日期": format_date(checked_on), "检查地点": place or "",
            "检查单位": unit or ""}


def checklist_texts(view: cs.ChecklistView) -> dict[str, str]:
    """A checklist for the conflict dialog: its state, progress and every item's result."""
    texts = {"状态": view.state, "填写进度": view.progress_text}
    for i in view.leaves:
        texts[f"{i.item.number} {i.item.title}"] = i.result or "（未填写）"
    return texts


def evaluation_texts(e: ev.EvaluationRow | None) -> dict[str, str] | None:
    """A stored evaluation for the conflict dialog (None when there is none any more)."""
    if e is None:
        return None
    return {"评定等次": e.grade if e.overridden else f"（按计算等次）{e.grade}",
            "调整理由": e.override_reason, "评价意见": e.summary,
            "评价人": f"{e.evaluated_by}（{format_date(e.evaluated_on)}）"}


def has_checklist(db: Database, target_id: int) -> bool:
    return cs.checklist_for_target(db, target_id) is not None


__all__ = ["ChecklistItemModel", "ChecklistsTab", "RowsModel"]
