"""Table models of the documents window: exportable documents (drafts) and the register.

Both lists are short (one row per tour target or interview, one per issued document), so
the window fetches them whole through the service functions and hands the rows over;
filtering and sorting happen here, in memory.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from xuncha_desktop.services.document_data import Exportable, display_id
from xuncha_desktop.services.issued import IssuedRow
from xuncha_desktop.services.numbering import NumberRow
from xuncha_desktop.services.office_settings import DOC_KINDS
from xuncha_desktop.services.queries import format_date

AnyIndex = QModelIndex | QPersistentModelIndex
VOIDED = "已作废"
_VOID_COLOUR = QColor("#9b1c1c")
_ISSUED_COLOUR = QColor("#1d5c2e")


def tr(text: str) -> str:
    return QCoreApplication.translate("DocumentsWindow", text)


def kind_label(kind: str) -> str:
    return DOC_KINDS.get(kind, kind)


@dataclass(frozen=True)
class DraftRow:
    """An exportable document and, when it has been issued, its current registration."""

    item: Exportable
    issued: IssuedRow | None

    @property
    def key(self) -> tuple[str, int]:
        return (self.item.kind, self.item.id)

    @property
    def state(self) -> str:
        if self.issued is None:
            return tr("草稿（未编文号）")
        return tr("已发文：") + self.issued.number


def draft_rows(items: Sequence[Exportable], issued: Sequence[IssuedRow]) -> list[DraftRow]:
    """Pair each exportable with its latest registration whose number is not voided.

    Same rule as :func:`xuncha_desktop.documents.issue.latest_issued`, for every row at once
    (``issued`` comes newest first from ``list_issued``).
    """
    latest: dict[tuple[str, int], IssuedRow] = {}
    for row in issued:
        if row.number_state != VOIDED:
            latest.setdefault((row.kind, row.source_id), row)
    return [DraftRow(x, latest.get((x.kind, x.id))) for x in items]


Column = tuple[str, Callable[[Any], Any]]


class _RowsModel(QAbstractTableModel):
    """Read-only rows shown through a list of (header, value-of-row) columns."""

    COLUMNS: tuple[Column, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[Any] = []
        self._rows: list[Any] = []
        self._words: list[str] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- Qt API ------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            return tr(self.COLUMNS[section][0])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.COLUMNS):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self.foreground(row, index.column())
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column``; -1 restores the order the rows came in."""
        if column >= len(self.COLUMNS):
            return
        self._sort = (column, order) if column >= 0 else None
        self.layoutAboutToBeChanged.emit()
        old = [self.index(r, c) for r in range(len(self._rows)) for c in range(len(self.COLUMNS))]
        old_rows = list(self._rows)
        self._rows = self._visible()
        position = {id(row): i for i, row in enumerate(self._rows)}
        new = [self.index(position[id(old_rows[i.row()])], i.column()) for i in old]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    # -- for subclasses ----------------------------------------------------------------------
    def display(self, row: Any, column: int) -> str:
        value = self.COLUMNS[column][1](row)
        if isinstance(value, dt.date):
            return format_date(value)
        return "" if value is None else str(value)

    def sort_key(self, row: Any, column: int) -> Any:
        value = self.COLUMNS[column][1](row)
        return (0, value) if isinstance(value, int | dt.date) else (1, str(value or ""))

    def tooltip(self, row: Any, column: int) -> str | None:
        return None

    def foreground(self, row: Any, column: int) -> QColor | None:
        return None

    def matches(self, row: Any, words: list[str]) -> bool:
        return True

    # -- rows --------------------------------------------------------------------------------
    def _sorted(self, rows: list[Any]) -> list[Any]:
        if self._sort is None:
            return list(rows)
        column, order = self._sort
        return sorted(
            rows,
            key=lambda r: self.sort_key(r, column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def _visible(self) -> list[Any]:
        return self._sorted([r for r in self._all if self.matches(r, self._words)])

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._rows = self._visible()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        """Keep the rows that contain every word of ``text`` (case-insensitive)."""
        self.beginResetModel()
        self._words = [w for w in text.lower().split() if w]
        self._rows = self._visible()
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def all_rows(self) -> list[Any]:
        """Every row, shown or filtered out."""
        return list(self._all)

    def total(self) -> int:
        return len(self._all)

    def find(self, predicate: Callable[[Any], bool]) -> int:
        return next((i for i, r in enumerate(self._rows) if predicate(r)), -1)


class DraftsModel(_RowsModel):
    """可发文件: kind, record number, title, issued state; filtered by words typed."""

    COLUMNS: tuple[Column, ...] = (
        ("文种", lambda r: kind_label(r.item.kind)),
        # a batch report's id is negative: shown as ``batch-N``, as ``xuncha export`` takes it
        ("记录号", lambda r: r.item.id if r.item.id >= 0 else display_id(r.item.kind, r.item.id)),
        ("标题", lambda r: r.item.title),
        ("状态", lambda r: r.state),
    )
    TITLE_COLUMN = 2

    def matches(self, row: Any, words: list[str]) -> bool:
        hay = " ".join((kind_label(row.item.kind), row.item.title, row.state)).lower()
        return all(w in hay for w in words)

    def tooltip(self, row: Any, column: int) -> str | None:
        if column == self.TITLE_COLUMN:
            return str(row.item.title)
        if column == 3 and row.issued is not None:
            return tr("{0} 登记，操作员：{1}").format(
                format_date(row.issued.issued_on), row.issued.operator
            )
        return None

    def foreground(self, row: Any, column: int) -> QColor | None:
        if column == 3 and row.issued is not None:
            return _ISSUED_COLOUR
        return None


def _files_text(row: IssuedRow) -> str:
    return tr("{0} 个").format(len(row.files)) if row.files else tr("无")


class RegisterModel(_RowsModel):
    """发文登记: one row per issued document, newest first."""

    COLUMNS: tuple[Column, ...] = (
        ("文种", lambda r: kind_label(r.kind)),
        ("文号", lambda r: r.number),
        ("标题", lambda r: r.subject),
        ("主送", lambda r: r.recipient),
        ("成文日期", lambda r: r.issued_on),
        ("操作员", lambda r: r.operator),
        ("文件", _files_text),
        ("文号状态", lambda r: r.number_state),
    )
    FILES_COLUMN = 6
    STATE_COLUMN = 7

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._numbers: dict[str, NumberRow] = {}

    def set_register(self, rows: Sequence[IssuedRow], numbers: Sequence[NumberRow]) -> None:
        self._numbers = {n.text: n for n in numbers}
        self.set_rows(rows)

    def number_row(self, row: IssuedRow) -> NumberRow | None:
        return self._numbers.get(row.number)

    def sort_key(self, row: Any, column: int) -> Any:
        if column == self.FILES_COLUMN:
            return (0, len(row.files))
        if column == 1:  # 文号: by prefix, year, number (not as text: 10号 after 9号)
            n = self._numbers.get(row.number)
            return (0, (n.prefix, n.year, n.number)) if n else (1, row.number)
        return super().sort_key(row, column)

    def tooltip(self, row: Any, column: int) -> str | None:
        if column == self.FILES_COLUMN:
            if not row.files:
                return tr("尚未导出文件")
            return "\n".join(
                f"{f.format.upper()}  {f.filename}\nSHA-256：{f.sha256}" for f in row.files
            )
        if column == self.STATE_COLUMN and row.number_state == VOIDED:
            n = self._numbers.get(row.number)
            if n is not None and n.void_reason:
                return tr("作废理由：") + n.void_reason
        if column in (2, 3):
            return str(self.display(row, column))
        return None

    def foreground(self, row: Any, column: int) -> QColor | None:
        if row.number_state == VOIDED and column in (1, self.STATE_COLUMN):
            return _VOID_COLOUR
        return None
