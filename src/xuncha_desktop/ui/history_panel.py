"""The history panel: a record's full history from the audit log, newest first.

Opened with 工具 → 记录历史… (Ctrl+H) for the record selected in the 问题隐患, 约谈 or
巡查计划 tab. Each row: time, operator, action, what (the record or one of its children),
field, old value, new value.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import XunchaError
from xuncha_desktop.services import history as hs
from xuncha_desktop.ui.dialogs import _chinese_buttons, show_error
from xuncha_desktop.ui.plans_models import Col, RowsModel

if TYPE_CHECKING:
    from xuncha_desktop.ui.main_window import MainWindow


def _short(text: str, limit: int = 1000) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


class HistoryPanel(QWidget):
    """The history of one record in a table; embeddable, or shown by :class:`HistoryDialog`."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.entity = ""
        self.ident: Any = None
        self.entries: list[hs.HistoryEntry] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title_label = QLabel(self)
        self.title_label.setWordWrap(True)
        self.children_check = QCheckBox(self.tr("包括关联记录（状态变更、延期、证据、批次等）(&C)"), self)
        self.children_check.setChecked(True)
        self.children_check.toggled.connect(self._show)
        self.model = RowsModel([
            Col(self.tr("时间"), lambda e: e.at_text),
            Col(self.tr("操作员"), lambda e: e.operator),
            Col(self.tr("操作"), lambda e: e.action),
            Col(self.tr("记录"), lambda e: self.tr("本记录") if e.own else e.record),
            Col(self.tr("字段"), lambda e: e.field),
            Col(self.tr("原值"), lambda e: _short(e.old)),
            Col(self.tr("新值"), lambda e: _short(e.new)),
        ], self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.count_label = QLabel(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.children_check)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

    def set_database(self, db: Database) -> None:
        self.db = db

    def load(self, entity: str, ident: Any, title: str = "") -> None:
        """Read the record's history (raises XunchaError when there is none)."""
        self.entity, self.ident = entity, ident
        self.entries = hs.record_history(self.db, entity, ident)
        from xuncha_desktop.services.trash import kind_label

        self.title_label.setText(self.tr("{0}“{1}”的修改历史（最新的在前）。").format(
            kind_label(entity), title or str(ident)))
        self._show()

    def visible_entries(self) -> list[hs.HistoryEntry]:
        if self.children_check.isChecked():
            return list(self.entries)
        return [e for e in self.entries if e.own]

    def _show(self) -> None:
        rows = self.visible_entries()
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        char = self.fontMetrics().horizontalAdvance("国")
        for column in (5, 6):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), char * 24))
        self.count_label.setText(self.tr("共 {0} 条").format(len(rows)))

    def texts(self) -> list[list[str]]:
        """What the table shows, row by row (for tests and copying)."""
        return [[str(self.model.data(self.model.index(r, c), Qt.ItemDataRole.DisplayRole))
                 for c in range(self.model.columnCount())]
                for r in range(self.model.rowCount())]


class HistoryDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("记录历史"))
        self.panel = HistoryPanel(db, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        _chinese_buttons(buttons)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        line = self.fontMetrics().height()
        char = self.fontMetrics().horizontalAdvance("国")
        self.resize(char * 90, line * 28)

    @classmethod
    def ask(cls, parent: QWidget | None, db: Database, entity: str, ident: Any,
            title: str = "") -> None:
        dialog = cls(db, parent)
        try:
            dialog.panel.load(entity, ident, title)
        except XunchaError as err:
            dialog.deleteLater()
            show_error(parent, err)
            return
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()


def selected_record(window: MainWindow) -> tuple[str, int, str] | None:
    """(table, id, title) of the record selected in the current tab, if it has a history."""
    from xuncha_desktop.ui.main_window import TAB_FINDINGS, TAB_INTERVIEWS, TAB_PLANS

    tab = window.ui.tabWidget.currentIndex()
    if tab == TAB_FINDINGS:
        fid = window.findings_tab.current_id()
        rows = [r for r in window.findings_tab.selected_rows() if r.id == fid]
        title = f"{rows[0].code}" if rows else ""
        return ("finding", fid, title) if fid is not None else None
    if tab == TAB_INTERVIEWS:
        iid = window.interviews_tab.current_id()
        return ("interview", iid, "") if iid is not None else None
    if tab == TAB_PLANS:
        pid = window.plans_tab.current_plan_id()
        return ("plan", pid, "") if pid is not None else None
    return None


def open_history(window: MainWindow) -> None:
    record = selected_record(window)
    if record is None:
        window.statusBar().showMessage(
            window.tr("请先在“巡查计划”“问题隐患”或“约谈”中选中一条记录，再查看其历史（Ctrl+H）。"),
            8000)
        return
    entity, ident, title = record
    HistoryDialog.ask(window, window.db, entity, ident, title)


def _insert_after(anchor: QWidget, button: QPushButton) -> bool:
    """Put ``button`` right after ``anchor`` in the layout that holds it."""
    parent = anchor.parentWidget()
    if parent is None:
        return False
    for layout in [parent.layout(), *parent.findChildren(QLayout)]:
        if isinstance(layout, QBoxLayout) and layout.indexOf(anchor) >= 0:
            layout.insertWidget(layout.indexOf(anchor) + 1, button)
            return True
    return False


def _open_from_tab(window: MainWindow, tab: int, _checked: bool = False) -> None:
    window.ui.tabWidget.setCurrentIndex(tab)
    open_history(window)


def _history_buttons(window: MainWindow) -> dict[int, QPushButton]:
    """A 历史… button beside the actions of the plan, finding and interview details."""
    from xuncha_desktop.ui.main_window import TAB_FINDINGS, TAB_INTERVIEWS, TAB_PLANS

    anchors = {
        TAB_PLANS: getattr(window.plans_tab.ui, "changeButton", None),
        TAB_FINDINGS: getattr(window.findings_tab.ui, "superviseButton", None),
        TAB_INTERVIEWS: getattr(window.interviews_tab.ui, "documentsButton", None),
    }
    buttons: dict[int, QPushButton] = {}
    for tab, anchor in anchors.items():
        if anchor is None:
            continue
        button = QPushButton(window.tr("历史…"), anchor.parentWidget())
        button.setToolTip(window.tr("所选记录的修改历史：谁、何时、改了什么（Ctrl+H）"))
        button.clicked.connect(partial(_open_from_tab, window, tab))
        if _insert_after(anchor, button):
            buttons[tab] = button
        else:
            button.deleteLater()
    return buttons


def install_history_action(window: MainWindow) -> QAction:
    """工具 → 记录历史… (Ctrl+H): the history of the record selected in the current tab."""
    action = QAction(window.tr("记录历史(&H)…"), window)
    action.setShortcut(QKeySequence("Ctrl+H"))
    action.setToolTip(window.tr("所选巡查计划、问题隐患或约谈的修改历史（Ctrl+H）"))
    action.triggered.connect(lambda _=False: open_history(window))
    window.ui.menuTools.addAction(action)
    window.addAction(action)
    setattr(window, "history_buttons", _history_buttons(window))  # noqa: B010
    return action
