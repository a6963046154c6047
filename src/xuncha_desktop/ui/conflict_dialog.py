"""保存冲突 (forms/conflict_dialog.ui): somebody else saved the record first.

Shown when a save raises :class:`~xuncha_desktop.errors.ConflictError`. Field by field it puts
the operator's unsaved values beside the values now in the database (read fresh by the
caller through a service), so nothing is overwritten and nothing is lost silently:

* 复制我的修改 puts a readable summary of the operator's values on the clipboard;
* 重新载入 (``"reload"``) discards them after the operator has seen the other values;
* 返回修改 (``"keep"``, also Esc/closing the window) goes back to the operator's form with
  the operator's values.

Every form that saves a versioned row uses :func:`save_or_resolve`: it runs the save inside
:func:`~xuncha_desktop.services.uow.expect_versions` (so a save over a row that somebody else
changed since the form was filled is refused, on SQLite as on PostgreSQL) and, on a conflict,
shows this dialog with the operator's values beside the database's.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QShowEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from xuncha_desktop.db.base import Base
from xuncha_desktop.errors import ConflictError
from xuncha_desktop.services.uow import expect_versions
from xuncha_desktop.ui.forms.ui_conflict_dialog import Ui_ConflictDialog

RELOAD = "reload"
KEEP = "keep"
SAVED = "saved"
#: What the database side shows for a record that was deleted meanwhile.
DELETED = {"状态": "（已被其他人删除）"}
T = TypeVar("T")
#: Rows whose two values differ.
DIFF_BACKGROUND = QColor("#fde2b8")


def _tr(text: str) -> str:
    return QCoreApplication.translate("conflict", text)


def summary(mine: Mapping[str, str], title: str = "") -> str:
    """The operator's values as plain text, one "label：value" per line."""
    lines = [title] if title else []
    lines.append(_tr("我的修改（未保存）："))
    for label, value in mine.items():
        text = value.replace("\n", "\n    ")
        lines.append(f"{label}：{text}")
    return "\n".join(lines) + "\n"


class ConflictDialog(QDialog):
    """Mine beside theirs, row by row; differing rows highlighted."""

    HEADERS = ("项目", "我的修改（未保存）", "数据库中的当前内容")

    def __init__(self, mine: Mapping[str, str], theirs: Mapping[str, str],
                 parent: QWidget | None = None, *, message: str = "") -> None:
        super().__init__(parent)
        self.ui = Ui_ConflictDialog()
        self.ui.setupUi(self)
        self.mine = dict(mine)
        self.theirs = dict(theirs)
        self.message = message
        self.choice = KEEP
        char = self.fontMetrics().horizontalAdvance("国")
        line = self.fontMetrics().height()
        self.setMinimumWidth(char * 48)
        if message:
            self.ui.messageLabel.setText(
                message + "\n" + _tr("数据库中的内容没有被覆盖，您填写的内容也还在。请对照下表："))
        labels = list(dict.fromkeys([*self.mine, *self.theirs]))
        table = self.ui.compareTable
        table.setColumnCount(len(self.HEADERS))
        table.setHorizontalHeaderLabels([_tr(h) for h in self.HEADERS])
        table.setRowCount(len(labels))
        for row, label in enumerate(labels):
            mine_text = self.mine.get(label, "")
            theirs_text = self.theirs.get(label, "")
            differs = mine_text != theirs_text
            for col, text in enumerate((label, mine_text, theirs_text)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if differs:
                    item.setBackground(QBrush(DIFF_BACKGROUND))
                    item.setForeground(QBrush(QColor("#000000")))
                table.setItem(row, col, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_a: table.resizeRowsToContents())
        table.resizeRowsToContents()
        table.setMinimumHeight(line * min(max(len(labels), 3) + 2, 14) + line)
        self.ui.copyButton.clicked.connect(self.copy_mine)
        self.ui.reloadButton.clicked.connect(self.reload)
        self.ui.keepButton.clicked.connect(self.keep)
        self.ui.keepButton.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ui.compareTable.resizeRowsToContents()  # wrapped text, now that widths are known

    def cell(self, row: int, column: int) -> str:
        item = self.ui.compareTable.item(row, column)
        return item.text() if item is not None else ""

    def rows(self) -> list[tuple[str, str, str]]:
        return [(self.cell(r, 0), self.cell(r, 1), self.cell(r, 2))
                for r in range(self.ui.compareTable.rowCount())]

    def summary(self) -> str:
        return summary(self.mine, self.message)

    def copy_mine(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.summary())
            self.ui.copiedLabel.setText(_tr("已复制到剪贴板"))

    def reload(self) -> None:
        self.choice = RELOAD
        self.accept()

    def keep(self) -> None:
        self.choice = KEEP
        self.reject()

    @classmethod
    def ask(cls, parent: QWidget | None, mine: dict[str, str], theirs: dict[str, str],
            message: str = "") -> str:
        """``"reload"`` (discard mine) or ``"keep"`` (back to my form with my values)."""
        dialog = cls(mine, theirs, parent, message=message)
        try:
            dialog.exec()
            return dialog.choice
        finally:
            dialog.deleteLater()


@dataclass(frozen=True)
class SaveOutcome(Generic[T]):
    """``choice``: SAVED (``value`` is the save's result), KEEP or RELOAD (after a conflict)."""

    choice: str
    value: T | None = None

    @property
    def saved(self) -> bool:
        return self.choice == SAVED


def save_or_resolve(
    parent: QWidget | None,
    save: Callable[[], T],
    *,
    rows: Sequence[tuple[type[Base], Any, int | None]],
    mine: Callable[[], Mapping[str, str]],
    theirs: Callable[[], Mapping[str, str] | None],
) -> SaveOutcome[T]:
    """Save with the versions the form was filled from; on a conflict ask what to do.

    ``rows``: ``(model, id, version seen)`` of every row the save may change (rows with an
    unknown version are not checked). ``theirs()`` reads the record as it is now (None
    when it was deleted). Other domain errors pass through to the caller.
    """
    try:
        with expect_versions(*rows):
            return SaveOutcome(SAVED, save())
    except ConflictError as err:
        current = theirs()
        choice = ConflictDialog.ask(parent, dict(mine()),
                                    dict(current) if current is not None else dict(DELETED),
                                    message=err.message)
        return SaveOutcome(choice)


__all__ = ["DELETED", "KEEP", "RELOAD", "SAVED", "ConflictDialog", "SaveOutcome",
           "save_or_resolve", "summary"]
