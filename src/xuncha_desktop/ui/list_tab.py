"""One searchable, sortable list (forms/list_tab.ui) over a paged table model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from xuncha_desktop.db.engine import Database
from xuncha_desktop.services.queries import NO_FILTER, ListFilter, ListQuery
from xuncha_desktop.ui.forms.ui_list_tab import Ui_ListTab
from xuncha_desktop.ui.table_model import BackgroundFn, PagedTableModel

SEARCH_DELAY_MS = 250
MAX_COLUMN_CHARS = 36


class ListTab(QWidget):
    """Search box, row count and a table view; sorting on header click, filtering in SQL."""

    #: The id of the selected row, or None when nothing is selected.
    currentIdChanged = Signal(object)

    def __init__(
        self,
        db: Database,
        query: ListQuery[Any],
        parent: QWidget | None = None,
        *,
        flt: ListFilter = NO_FILTER,
        background: BackgroundFn | None = None,
        page_size: int = 100,
        follows_selection: bool = False,
        stretch_key: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ListTab()
        self.ui.setupUi(self)
        #: Whether the main window's plan/target selector narrows this list.
        self.follows_selection = follows_selection
        self.model = PagedTableModel(
            db, query, self, page_size=page_size, flt=flt, background=background
        )
        view = self.ui.tableView
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._stretch_column = -1
        if stretch_key is not None:
            self._stretch_column = self.model.column_of(stretch_key)
            header.setStretchLastSection(False)
            header.setSectionResizeMode(self._stretch_column, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorClearable(True)
        view.setSortingEnabled(True)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        line = self.fontMetrics().height()
        view.setMinimumHeight(line * 8)
        view.verticalHeader().setDefaultSectionSize(int(line * 1.6))

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.ui.searchEdit.textChanged.connect(self._search_timer.start)
        self.ui.searchEdit.returnPressed.connect(self.apply_search)

        self.model.countChanged.connect(self._update_count)
        self.model.modelReset.connect(self._after_reset)
        view.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self._sized = False
        self._update_count(self.model.rowCount())
        self._fit_columns()

    # -- actions ----------------------------------------------------------------------------
    def apply_search(self) -> None:
        self._search_timer.stop()
        self.model.set_text(self.ui.searchEdit.text())

    def set_scope(self, plan_id: int | None, target_id: int | None) -> None:
        self.model.set_scope(plan_id, target_id)

    def refresh(self) -> None:
        self.model.refresh()

    def set_database(self, db: Database) -> None:
        self.model.set_database(db)

    def current_id(self) -> Any | None:
        index = self.ui.tableView.currentIndex()
        if not index.isValid():
            return None
        row = self.model.row_at(index.row())
        return getattr(row, "id", None)

    # -- internals --------------------------------------------------------------------------
    def _update_count(self, count: int) -> None:
        self.ui.countLabel.setText(self.tr("共 %n 条", "", count))

    def _after_reset(self) -> None:
        self.currentIdChanged.emit(None)
        if not self._sized:
            self._fit_columns()

    def _fit_columns(self) -> None:
        """Size columns to the first page of content once, capped at a readable width."""
        if self.model.rowCount() == 0:
            return
        view = self.ui.tableView
        header = view.horizontalHeader()
        header.setResizeContentsPrecision(self.model_page_rows())
        view.resizeColumnsToContents()
        cap = self.fontMetrics().horizontalAdvance("国") * MAX_COLUMN_CHARS
        for col in range(self.model.columnCount()):
            if col != self._stretch_column and header.sectionSize(col) > cap:
                header.resizeSection(col, cap)
        self._sized = True

    def model_page_rows(self) -> int:
        return min(self.model.rowCount(), 100)

    def _current_row_changed(self, current: Any, _previous: Any) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        self.currentIdChanged.emit(getattr(row, "id", None))
