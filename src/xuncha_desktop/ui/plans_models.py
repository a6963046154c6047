"""Table models of the 巡查计划 tab: plain rows in memory (a plan has tens of rows, not thousands).

:class:`RowsModel` shows a list of rows through column functions. :class:`CoverageModel` is the
coverage matrix: every cell says its status in words and with a symbol (✔ ◐ ○ ◌ — ✕) as well
as by colour, so a greyscale print still reads. :class:`SuggestionModel` adds a check box per
region to accept or drop a suggestion.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from xuncha_desktop.services import plans
from xuncha_desktop.services.queries import format_date

AnyIndex = QModelIndex | QPersistentModelIndex

SYMBOLS = {
    plans.COVERED: "✔",
    plans.IN_PROGRESS: "◐",
    plans.PLANNED: "○",
    plans.TENTATIVE: "◌",
    plans.NONE: "—",
    plans.NOT_APPLICABLE: "✕",
}
# Light fills with black text; lightness differs per status so greyscale prints stay apart.
COLOURS = {
    plans.COVERED: QColor("#9fd89f"),
    plans.IN_PROGRESS: QColor("#ffd37a"),
    plans.PLANNED: QColor("#bcd6f5"),
    plans.TENTATIVE: QColor("#e4ecf7"),
    plans.NONE: QColor("#ffffff"),
    plans.NOT_APPLICABLE: QColor("#d0d0d0"),
}


def cell_text(status: str) -> str:
    return f"{SYMBOLS[status]} {status}"


@dataclass(frozen=True)
class Col:
    header: str
    value: Callable[[Any], Any]
    align_right: bool = False


class RowsModel(QAbstractTableModel):
    """Rows held in memory, shown through :class:`Col` functions."""

    def __init__(self, columns: Sequence[Col], parent: Any = None) -> None:
        super().__init__(parent)
        self._cols = list(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def refresh_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._cols) - 1))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cols)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)

    def _text(self, index: AnyIndex) -> str:
        value = self._cols[index.column()].value(self._rows[index.row()])
        if value is None:
            return ""
        if hasattr(value, "isoformat") and not isinstance(value, str):
            return format_date(value)
        return str(value)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(index)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            right = self._cols[index.column()].align_right
            flag = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
            return int(flag | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._cols[section].header if 0 <= section < len(self._cols) else None
        return str(section + 1)


class CoverageModel(QAbstractTableModel):
    """Regions × years of the cycle, plus the cycle status; symbol, word and colour per cell."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._cov: plans.Coverage | None = None

    def set_coverage(self, cov: plans.Coverage | None) -> None:
        self.beginResetModel()
        self._cov = cov
        self.endResetModel()

    def coverage(self) -> plans.Coverage | None:
        return self._cov

    def row_at(self, row: int) -> plans.CoverageRow | None:
        if self._cov is None or not 0 <= row < len(self._cov.rows):
            return None
        return self._cov.rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._cov is None else len(self._cov.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._cov is None else len(self._cov.years) + 2

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)

    def status(self, row: int, column: int) -> str | None:
        r = self.row_at(row)
        if r is None or self._cov is None or column == 0:
            return None
        if column <= len(r.cells):
            return r.cells[column - 1].status
        return r.overall

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.row_at(index.row()) if index.isValid() else None
        if r is None:
            return None
        col = index.column()
        status = self.status(index.row(), col)
        if role == Qt.ItemDataRole.DisplayRole:
            return r.region if col == 0 else cell_text(status or plans.NONE)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 0:
                return r.region + (f"（不适用：{r.reason}）" if r.reason else "")
            if col <= len(r.cells):
                return r.cells[col - 1].detail or cell_text(status or plans.NONE)
            return f"本周期：{status}"
        if status is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(COLOURS[status])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#000000"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self._cov is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        years = self._cov.years
        if section == 0:
            return "市县"
        if 1 <= section <= len(years):
            return f"{years[section - 1]}年"
        if section == len(years) + 1:
            return "本周期"
        return None


class SuggestionModel(QAbstractTableModel):
    """The suggested regions, highest risk first, each with a check box (采纳)."""

    HEADERS = ("市县", "风险评分", "重大隐患", "逾期整改", "上次评价", "上次巡查", "评分构成")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[plans.Suggestion] = []
        self._checked: list[bool] = []

    def set_items(self, items: Sequence[plans.Suggestion]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._checked = [s.recommended for s in items]
        self.endResetModel()

    def checked_ids(self) -> list[int]:
        return [s.region_id for s, c in zip(self._items, self._checked, strict=True) if c]

    def item(self, row: int) -> plans.Suggestion | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                 | Qt.ItemFlag.ItemNeverHasChildren)
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        s = self.item(index.row()) if index.isValid() else None
        if s is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == 0:
            return (Qt.CheckState.Checked if self._checked[index.row()]
                    else Qt.CheckState.Unchecked)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (
                s.region + ("（建议）" if s.recommended else ""),
                f"{s.score:g}", str(s.open_major), str(s.overdue), s.last_grade or "无",
                format_date(s.last_tour) if s.last_tour else "从未巡查", s.breakdown,
            )
            return values[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and 1 <= col <= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or index.column() != 0
                or role != Qt.ItemDataRole.CheckStateRole or self.item(index.row()) is None):
            return False
        state = value.value if isinstance(value, Qt.CheckState) else int(value)
        self._checked[index.row()] = state == Qt.CheckState.Checked.value
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section] if 0 <= section < len(self.HEADERS) else None
        return str(section + 1)
