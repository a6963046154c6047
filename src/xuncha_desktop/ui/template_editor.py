"""检查表模板 editor (forms/template_editor.ui): the items of a template version, one by one.

The versions are listed at the top (the current one marked). The items of the chosen version
are edited in memory: 序号, 上级检查项 (the parent/child structure of the template), 检查内容,
检查要点, 检查方式, 需调阅资料 and 权重 (分值), with 新增检查项, 新增子项, 删除, 上移 and 下移
(an item moves with its sub-items, among its siblings). 保存 hands the whole list to
:func:`xuncha_desktop.services.checklists.save_template`, which keeps a version that checklists
use and stores a new version instead, so a finished checklist never changes. Weights that
cannot give a score (missing or summing to zero) are said below the list, before saving.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import XunchaError
from xuncha_desktop.services import checklists as cs
from xuncha_desktop.ui.dialogs import show_error
from xuncha_desktop.ui.forms.ui_template_editor import Ui_TemplateEditor

_ROOT = QModelIndex()
TOP = "（一级检查项）"
ERROR_STYLE = "color: #b00020;"  # dark red; the text says what is wrong


# ---------------------------------------------------------------------------------------------
# The item list in tree order (parents before their sub-items), as plain functions
# ---------------------------------------------------------------------------------------------
def _ancestors(specs: Sequence[cs.ItemSpec], spec: cs.ItemSpec) -> list[str]:
    parents = {s.number: s.parent_number for s in specs}
    out: list[str] = []
    p = spec.parent_number
    while p is not None and p not in out:
        out.append(p)
        p = parents.get(p)
    return out


def depth_of(specs: Sequence[cs.ItemSpec], k: int) -> int:
    return len(_ancestors(specs, specs[k]))


def subtree_end(specs: Sequence[cs.ItemSpec], k: int) -> int:
    """The index just after the last sub-item (at any depth) of ``specs[k]``."""
    number = specs[k].number
    j = k + 1
    while j < len(specs) and number in _ancestors(specs, specs[j]):
        j += 1
    return j


def has_children(specs: Sequence[cs.ItemSpec], k: int) -> bool:
    return subtree_end(specs, k) > k + 1


def shares(specs: Sequence[cs.ItemSpec]) -> list[Decimal | None]:
    """Each item's share of the full 100 points (None where the weights give none)."""
    totals: dict[str | None, Decimal] = {}
    for s in specs:
        totals[s.parent_number] = totals.get(s.parent_number, Decimal(0)) + Decimal(s.weight)
    of: dict[str, Decimal | None] = {}
    out: list[Decimal | None] = []
    for s in specs:
        base = Decimal(100) if s.parent_number is None else of.get(s.parent_number)
        total = totals.get(s.parent_number, Decimal(0))
        share = None if base is None or total <= 0 else base * Decimal(s.weight) / total
        of[s.number] = share
        out.append(share)
    return out


def _free_number(specs: Sequence[cs.ItemSpec], prefix: str, start: int) -> str:
    used = {s.number for s in specs}
    n = start
    while f"{prefix}{n}" in used:
        n += 1
    return f"{prefix}{n}"


def add_top(specs: list[cs.ItemSpec]) -> int:
    """Append a top-level item; its index."""
    tops = [s for s in specs if s.parent_number is None]
    specs.append(cs.ItemSpec(_free_number(specs, "", len(tops) + 1), ""))
    return len(specs) - 1


def add_child(specs: list[cs.ItemSpec], k: int) -> int:
    """Add a sub-item after the last sub-item of ``specs[k]``; its index."""
    parent = specs[k].number
    kids = sum(1 for s in specs if s.parent_number == parent)
    at = subtree_end(specs, k)
    specs.insert(at, cs.ItemSpec(_free_number(specs, f"{parent}.", kids + 1), "",
                                 parent_number=parent))
    return at


def remove(specs: list[cs.ItemSpec], k: int) -> None:
    del specs[k:subtree_end(specs, k)]


def move(specs: list[cs.ItemSpec], k: int, delta: int) -> int:
    """Swap ``specs[k]`` (with its sub-items) with its previous (-1) or next (+1) sibling."""
    parent = specs[k].parent_number
    end = subtree_end(specs, k)
    if delta < 0:
        i = k - 1
        while i >= 0 and specs[i].parent_number != parent:
            if specs[i].number == parent:
                return k
            i -= 1
        if i < 0:
            return k
        block, before = specs[k:end], specs[i:k]
        specs[i:end] = block + before
        return i
    if end >= len(specs) or specs[end].parent_number != parent:
        return k
    other_end = subtree_end(specs, end)
    block, after = specs[k:end], specs[end:other_end]
    specs[k:other_end] = after + block
    return k + len(after)


def renumber(specs: list[cs.ItemSpec], k: int, number: str) -> None:
    """Give ``specs[k]`` another 序号; its sub-items follow it."""
    old = specs[k].number
    specs[k] = replace(specs[k], number=number)
    for j, s in enumerate(specs):
        if s.parent_number == old:
            specs[j] = replace(s, parent_number=number)


def reparent(specs: list[cs.ItemSpec], k: int, parent: str | None) -> int:
    """Put ``specs[k]`` (with its sub-items) last under ``parent`` (None: top level)."""
    end = subtree_end(specs, k)
    block = specs[k:end]
    block[0] = replace(block[0], parent_number=parent)
    del specs[k:end]
    if parent is None:
        at = len(specs)
    else:
        p = next(j for j, s in enumerate(specs) if s.number == parent)
        at = subtree_end(specs, p)
    specs[at:at] = block
    return at


def _weight_text(value: Decimal | None) -> str:
    if value is None:
        return "—"
    return f"{value.quantize(Decimal('0.01')):f}".rstrip("0").rstrip(".")


# ---------------------------------------------------------------------------------------------
# The table of items
# ---------------------------------------------------------------------------------------------
class TemplateItemsModel(QAbstractTableModel):
    """The working item list: 序号 (indented by level), 检查内容, 权重, 占总分."""

    HEADERS = ("序号", "检查内容", "权重", "占总分")

    def __init__(self, specs: list[cs.ItemSpec], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.specs = specs
        self._shares: list[Decimal | None] = shares(specs)

    def reset(self) -> None:
        self.beginResetModel()
        self._shares = shares(self.specs)
        self.endResetModel()

    def refresh(self) -> None:
        """Texts or weights changed, not the structure."""
        self._shares = shares(self.specs)
        if self.specs:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.specs) - 1, len(self.HEADERS) - 1))

    def rowCount(self, parent: QModelIndex | Any = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.specs)

    def columnCount(self, parent: QModelIndex | Any = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: QModelIndex | Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.specs):
            return None
        s = self.specs[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return "　" * depth_of(self.specs, index.row()) + s.number
            if col == 1:
                return s.title.replace("\n", " ") or self.tr("（未填写检查内容）")
            if col == 2:
                return _weight_text(Decimal(s.weight))
            share = self._shares[index.row()] if index.row() < len(self._shares) else None
            return _weight_text(share) + ("" if share is None else " 分")
        if role == Qt.ItemDataRole.ToolTipRole and col == 1:
            return s.guidance or s.title
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None


# ---------------------------------------------------------------------------------------------
# The dialog
# ---------------------------------------------------------------------------------------------
class TemplateEditor(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None,
                 template_id: int | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ui = Ui_TemplateEditor()
        self.ui.setupUi(self)
        line = self.fontMetrics().height()
        char = self.fontMetrics().horizontalAdvance("国")
        self.resize(char * 80, line * 36)
        self.specs: list[cs.ItemSpec] = []
        self.info: cs.TemplateInfo | None = None
        self.dirty = False
        #: True once something was saved (the caller refreshes its lists).
        self.saved_any = False
        self._loading = False
        self.model = TemplateItemsModel(self.specs, self)
        view = self.ui.itemsView
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        for edit in (self.ui.titleEdit, self.ui.guidanceEdit, self.ui.documentsEdit):
            edit.setMinimumHeight(line * 3)
        view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._load_item())

        ui = self.ui
        ui.templateCombo.activated.connect(self._template_chosen)
        ui.addButton.clicked.connect(self.add_item)
        ui.addChildButton.clicked.connect(self.add_sub_item)
        ui.removeButton.clicked.connect(self.remove_item)
        ui.upButton.clicked.connect(lambda: self.move_item(-1))
        ui.downButton.clicked.connect(lambda: self.move_item(1))
        ui.numberEdit.editingFinished.connect(self._number_edited)
        ui.parentCombo.activated.connect(self._parent_chosen)
        ui.titleEdit.textChanged.connect(lambda: self._field("title", ui.titleEdit.toPlainText()))
        ui.guidanceEdit.textChanged.connect(
            lambda: self._field("guidance", ui.guidanceEdit.toPlainText()))
        ui.methodsEdit.textChanged.connect(lambda text: self._field("methods", text))
        ui.documentsEdit.textChanged.connect(
            lambda: self._field("documents", ui.documentsEdit.toPlainText()))
        ui.weightSpin.valueChanged.connect(
            lambda value: self._field("weight", Decimal(str(value)).quantize(Decimal("0.01"))))
        ui.noteEdit.textChanged.connect(lambda _text: None if self._loading else self._mark_dirty())
        ui.saveButton.clicked.connect(self.save)
        ui.closeButton.clicked.connect(self.reject)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.activated.connect(self.save)

        self._fill_templates(template_id)

    # -- hooks that tests replace ------------------------------------------------------------
    @classmethod
    def confirm_discard(cls, parent: QWidget) -> bool:
        answer = QMessageBox.question(
            parent, parent.tr("检查表模板"), parent.tr("检查项的修改尚未保存，放弃这些修改吗？"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    @classmethod
    def ask(cls, parent: QWidget | None, db: Database, template_id: int | None = None) -> bool:
        """Show the editor; True when a template was saved."""
        dialog = cls(db, parent, template_id)
        try:
            dialog.exec()
            return dialog.saved_any
        finally:
            dialog.deleteLater()

    # -- templates -------------------------------------------------------------------------
    def _fill_templates(self, select: int | None) -> None:
        try:
            templates = cs.list_templates(self.db)
            current = cs.current_template(self.db)
        except XunchaError as err:
            self.ui.messageLabel.setText(err.message)
            templates, current = [], None
        combo = self.ui.templateCombo
        combo.blockSignals(True)
        combo.clear()
        for t in templates:
            extra = [self.tr("当前版本")] if t.is_current else []
            if t.in_use:
                extra.append(self.tr("已被 %n 张检查表使用", "", t.checklists))
            combo.addItem(t.label + (f"（{'，'.join(extra)}）" if extra else ""), t.id)
        combo.blockSignals(False)
        wanted = select if select is not None else (current.id if current else None)
        index = combo.findData(wanted)
        if index < 0 and combo.count():
            index = combo.count() - 1
        combo.setCurrentIndex(index)
        self._load_template(combo.itemData(index) if index >= 0 else None)

    def _template_chosen(self, index: int) -> None:
        wanted = self.ui.templateCombo.itemData(index)
        if self.info is not None and wanted == self.info.id:
            return
        if self.dirty and not self.confirm_discard(self):
            self.ui.templateCombo.setCurrentIndex(
                self.ui.templateCombo.findData(self.info.id if self.info else None))
            return
        self._load_template(wanted)

    def _load_template(self, template_id: Any) -> None:
        self.info = None
        self.specs[:] = []
        if template_id is not None:
            try:
                self.info = cs.template_info(self.db, int(template_id))
            except XunchaError as err:
                show_error(self, err)
            else:
                self.specs[:] = self.info.specs()
        self.model.reset()
        self._loading = True
        self.ui.noteEdit.setText(self.info.note if self.info else "")
        self._loading = False
        self.dirty = False
        self._show_usage()
        self._show_problem()
        self.select_row(0 if self.specs else -1)

    def _show_usage(self) -> None:
        info = self.info
        if info is None:
            self.ui.usageLabel.setText(self.tr("还没有检查表模板。"))
            return
        if info.in_use:
            later = max((t.version_no for t in cs.list_templates(self.db) if t.name == info.name),
                        default=info.version_no) + 1
            text = (f"第{info.version_no}版已被 {info.checklists} 张检查表使用：保存时另存为"
                    f"第{later}版并设为当前版本，已有检查表仍使用第{info.version_no}版，内容不变。")
        else:
            text = f"第{info.version_no}版尚未被检查表使用，保存时直接修改本版本。"
        if info.is_current:
            text += self.tr("新建的检查表使用当前版本。")
        self.ui.usageLabel.setText(text)

    def _show_problem(self) -> None:
        problem = cs.weight_problem(self.specs) if self.specs else None
        label = self.ui.problemLabel
        label.setText(self.tr("注意：") + problem if problem else "")
        label.setStyleSheet(ERROR_STYLE if problem else "")

    # -- the selected item ---------------------------------------------------------------------
    def current_row(self) -> int:
        index = self.ui.itemsView.currentIndex()
        return index.row() if index.isValid() and index.row() < len(self.specs) else -1

    def select_row(self, row: int) -> None:
        view = self.ui.itemsView
        if 0 <= row < len(self.specs):
            view.setCurrentIndex(self.model.index(row, 0))
            view.scrollTo(self.model.index(row, 0))
        else:
            view.setCurrentIndex(QModelIndex())
        self._load_item()

    def _load_item(self) -> None:
        k = self.current_row()
        ui = self.ui
        fields = (ui.numberEdit, ui.parentCombo, ui.titleEdit, ui.guidanceEdit, ui.methodsEdit,
                  ui.documentsEdit, ui.weightSpin)
        self._loading = True
        try:
            for w in (*fields, ui.addChildButton, ui.removeButton, ui.upButton, ui.downButton):
                w.setEnabled(k >= 0)
            if k < 0:
                ui.numberEdit.clear()
                ui.parentCombo.clear()
                for edit in (ui.titleEdit, ui.guidanceEdit, ui.documentsEdit):
                    edit.clear()
                ui.methodsEdit.clear()
                ui.weightSpin.setValue(0)
                ui.shareLabel.clear()
                ui.detailBox.setTitle(self.tr("检查项"))
                return
            s = self.specs[k]
            ui.detailBox.setTitle(self.tr("检查项 ") + s.number
                                  + (self.tr("（下设子项，检查时在子项中填写结果）")
                                     if has_children(self.specs, k) else ""))
            ui.numberEdit.setText(s.number)
            ui.parentCombo.clear()
            ui.parentCombo.addItem(self.tr(TOP), None)
            inside = set(range(k, subtree_end(self.specs, k)))
            for j, other in enumerate(self.specs):
                if j not in inside:
                    title = other.title.replace("\n", " ")
                    short = title[:24] + ("…" if len(title) > 24 else "")
                    ui.parentCombo.addItem(f"{other.number} {short}", other.number)
            ui.parentCombo.setCurrentIndex(max(0, ui.parentCombo.findData(s.parent_number)))
            ui.titleEdit.setPlainText(s.title)
            ui.guidanceEdit.setPlainText(s.guidance)
            ui.methodsEdit.setText(s.methods)
            ui.documentsEdit.setPlainText(s.documents)
            ui.weightSpin.setValue(float(s.weight))
            self._show_share(k)
        finally:
            self._loading = False

    def _show_share(self, k: int) -> None:
        share = self.model.data(self.model.index(k, 3))
        self.ui.shareLabel.setText(share if share != "—" else self.tr("无法计算（同级权重合计为零）"))

    def _mark_dirty(self) -> None:
        self.dirty = True
        self.ui.messageLabel.setText(self.tr("有未保存的修改。"))

    def _field(self, name: str, value: Any) -> None:
        k = self.current_row()
        if self._loading or k < 0 or getattr(self.specs[k], name) == value:
            return
        self.specs[k] = replace(self.specs[k], **{name: value})
        self.model.refresh()
        self._mark_dirty()
        if name == "weight":
            self._show_problem()
            self._show_share(k)

    def _number_edited(self) -> None:
        k = self.current_row()
        if self._loading or k < 0:
            return
        number = self.ui.numberEdit.text().strip()
        if number == self.specs[k].number:
            return
        if not number or any(s.number == number for s in self.specs):
            self.ui.messageLabel.setText(
                self.tr("序号不能为空，也不能与其他检查项相同：") + f"“{number}”"
                if number else self.tr("序号不能为空。"))
            self.ui.numberEdit.setText(self.specs[k].number)
            return
        renumber(self.specs, k, number)
        self.model.refresh()
        self._mark_dirty()
        self._show_problem()
        self._load_item()

    def _parent_chosen(self, index: int) -> None:
        k = self.current_row()
        if self._loading or k < 0:
            return
        parent = self.ui.parentCombo.itemData(index)
        if parent == self.specs[k].parent_number:
            return
        row = reparent(self.specs, k, parent)
        self._structure_changed(row)

    def _structure_changed(self, row: int) -> None:
        self.model.reset()
        self._mark_dirty()
        self._show_problem()
        self.select_row(row)

    # -- actions -------------------------------------------------------------------------------
    def add_item(self) -> None:
        self._structure_changed(add_top(self.specs))
        self.ui.titleEdit.setFocus()

    def add_sub_item(self) -> None:
        k = self.current_row()
        if k < 0:
            return
        self._structure_changed(add_child(self.specs, k))
        self.ui.titleEdit.setFocus()

    def remove_item(self) -> None:
        k = self.current_row()
        if k < 0:
            return
        remove(self.specs, k)
        self._structure_changed(min(k, len(self.specs) - 1))

    def move_item(self, delta: int) -> None:
        k = self.current_row()
        if k < 0:
            return
        row = move(self.specs, k, delta)
        if row != k:
            self._structure_changed(row)

    def save(self) -> bool:
        if self.info is None:
            return False
        self._number_edited()  # a 序号 still being typed
        try:
            result = cs.save_template(self.db, self.info.id, self.specs,
                                      note=self.ui.noteEdit.text().strip())
        except XunchaError as err:
            show_error(self, err)
            return False
        self.saved_any = True
        keep = self.current_row()
        self.dirty = False
        self._fill_templates(result.template_id)
        self.select_row(keep)
        self.ui.messageLabel.setText(result.message)
        return True

    def reject(self) -> None:
        if self.dirty and not self.confirm_discard(self):
            return
        super().reject()


__all__ = ["TemplateEditor", "TemplateItemsModel", "add_child", "add_top", "move", "remove",
           "renumber", "reparent", "shares", "subtree_end"]
