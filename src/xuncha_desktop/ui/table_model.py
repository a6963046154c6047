"""A read-only table model over a :class:`~xuncha_desktop.services.queries.ListQuery`.

Rows are fetched in pages and kept in a small page cache (Anki's browser model keeps ids plus
a lazy row cache in the same spirit). The row count is one ``COUNT(*)``; a page is loaded the
first time a view asks for one of its rows. Sorting and filtering are handed to the query,
which does them in SQL, and then the model is reset.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from xuncha_desktop.db.engine import Database
from xuncha_desktop.services.queries import (
    NO_FILTER,
    STATUS_DUE_SOON,
    STATUS_OVERDUE,
    ListFilter,
    ListQuery,
    format_date,
    format_datetime,
)

AnyIndex = QModelIndex | QPersistentModelIndex
#: Given a row and a column key, the background colour of that cell (or None).
BackgroundFn = Callable[[Any, str], QColor | None]

OVERDUE_BACKGROUND = QColor("#f4b6b0")
"""Light red: readable black text on it, and the cell also says 逾期."""
DUE_SOON_BACKGROUND = QColor("#b9d3f5")
"""Light blue: readable black text on it, and the cell also says 即将到期."""
_TEXT_ON_COLOUR = QColor("#000000")


def tr(text: str) -> str:
    return QCoreApplication.translate("PagedTableModel", text)


def display_text(value: Any) -> str:
    """How a value is shown in a cell: dates as 2026年7月14日, booleans as 是/否."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return format_datetime(value)
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, bool):
        return tr("是") if value else tr("否")
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return str(value)


def deadline_background(row: Any, key: str) -> QColor | None:
    """Colours the deadline cells of a finding: red when overdue, blue when due soon."""
    if key not in ("deadline", "deadline_status"):
        return None
    status = getattr(row, "deadline_status", None)
    if status == STATUS_OVERDUE:
        return OVERDUE_BACKGROUND
    if status == STATUS_DUE_SOON:
        return DUE_SOON_BACKGROUND
    return None


class PagedTableModel(QAbstractTableModel):
    """Rows of ``query`` for ``db``, fetched ``page_size`` at a time."""

    #: Emitted after every reset with the new row count.
    countChanged = Signal(int)

    def __init__(
        self,
        db: Database,
        query: ListQuery[Any],
        parent: Any = None,
        *,
        page_size: int = 100,
        flt: ListFilter = NO_FILTER,
        background: BackgroundFn | None = None,
        max_cached_pages: int = 20,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._query = query
        self._columns = query.columns
        self._page_size = max(1, page_size)
        self._max_pages = max(1, max_cached_pages)
        self._filter = flt
        self._sort_key: str | None = None
        self._descending = False
        self._background = background
        self._total: int | None = None
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()

    # -- state ------------------------------------------------------------------------------
    @property
    def query(self) -> ListQuery[Any]:
        return self._query

    @property
    def list_filter(self) -> ListFilter:
        return self._filter

    @property
    def sort_key(self) -> str | None:
        return self._sort_key

    @property
    def descending(self) -> bool:
        return self._descending

    def set_database(self, db: Database) -> None:
        self._db = db
        self.refresh()

    def set_filter(self, flt: ListFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self.refresh()

    def set_text(self, text: str) -> None:
        self.set_filter(self._filter.with_text(text.strip()))

    def set_scope(self, plan_id: int | None, target_id: int | None) -> None:
        self.set_filter(self._filter.with_scope(plan_id, target_id))

    def set_team(self, team_id: int | None) -> None:
        self.set_filter(self._filter.with_team(team_id))

    def refresh(self) -> None:
        """Forget every cached row and count; the views ask again."""
        self.beginResetModel()
        self._total = None
        self._pages.clear()
        self.endResetModel()
        self.countChanged.emit(self.rowCount())

    # -- rows -------------------------------------------------------------------------------
    def _count(self) -> int:
        if self._total is None:
            self._total = self._query.total(self._db, self._filter)
        return self._total

    def _page(self, number: int) -> list[Any]:
        page = self._pages.get(number)
        if page is None:
            page = self._query.page(
                self._db,
                number * self._page_size,
                self._page_size,
                self._sort_key,
                self._descending,
                self._filter,
            )
            self._pages[number] = page
            while len(self._pages) > self._max_pages:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page

    def row_at(self, row: int) -> Any | None:
        """The dataclass shown in ``row``, or None (beyond the end, or deleted meanwhile)."""
        if row < 0 or row >= self._count():
            return None
        number, offset = divmod(row, self._page_size)
        page = self._page(number)
        return page[offset] if offset < len(page) else None

    def cached_pages(self) -> list[int]:
        return list(self._pages)

    # -- QAbstractTableModel ----------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return self._count()

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._columns)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(self._columns):
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.TextAlignmentRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.UserRole,
        ):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        key = self._columns[index.column()].key
        if role == Qt.ItemDataRole.UserRole:
            return getattr(row, "id", None)
        value = getattr(row, key, None)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return display_text(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if isinstance(value, int | Decimal) and not isinstance(value, bool):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if self._background is not None:
            colour = self._background(row, key)
            if colour is not None:
                if role == Qt.ItemDataRole.BackgroundRole:
                    return QBrush(colour)
                return QBrush(_TEXT_ON_COLOUR)
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._columns):
                return QCoreApplication.translate("columns", self._columns[section].label)
            return None
        return str(section + 1)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self._columns) and self._columns[column].sortable:
            key: str | None = self._columns[column].key
        else:
            key = None
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._sort_key and descending == self._descending:
            return
        self._sort_key, self._descending = key, descending
        self.beginResetModel()
        self._pages.clear()
        self.endResetModel()

    def column_of(self, key: str) -> int:
        for i, column in enumerate(self._columns):
            if column.key == key:
                return i
        raise KeyError(key)
