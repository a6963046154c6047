"""The notice above a list narrowed to some states from the 总览 tab ("仅显示…", 显示全部).

A list opened from an overview count (plans in progress, interviews still open, findings not
yet closed) is narrowed with ``ListFilter.states``, a filter that has no combo box of its own.
The notice says what is shown and takes the filter off again, so the list never looks
mysteriously short.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from xuncha_desktop.ui.table_model import PagedTableModel

NOTICE_NAME = "stateFilterNotice"


def _tr(text: str) -> str:
    return QCoreApplication.translate("StateFilterNotice", text)


class StateFilterNotice(QFrame):
    """"仅显示：…" with a 显示全部 button, over one paged list model."""

    #: The states filter was taken off (by the button or :meth:`clear`).
    cleared = Signal()

    def __init__(self, model: PagedTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(NOTICE_NAME)
        self.model = model
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            f"#{NOTICE_NAME} {{ background: #eaf2fb; border: 1px solid #9dbbe0; }}"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.show_all_button = QPushButton(_tr("显示全部(&A)"), self)
        self.show_all_button.setToolTip(_tr("取消这项筛选，显示全部记录"))
        layout.addWidget(self.label, 1)
        layout.addWidget(self.show_all_button)
        self.show_all_button.clicked.connect(self.clear)
        self.hide()

    def show_states(self, states: Sequence[str], description: str) -> None:
        """Narrow the list to ``states`` and say so with ``description``; empty: clear."""
        if not states:
            self.clear()
            return
        flt = dataclasses.replace(self.model.list_filter, states=tuple(states))
        self.model.set_filter(flt)
        self.label.setText(_tr("仅显示：") + description)
        self.setAccessibleDescription(self.label.text())
        self.show()

    def clear(self) -> None:
        if self.model.list_filter.states:
            self.model.set_filter(dataclasses.replace(self.model.list_filter, states=()))
        self.hide()
        self.cleared.emit()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""


def state_notice(
    owner: QWidget, layout: QBoxLayout, index: int, model: PagedTableModel
) -> StateFilterNotice:
    """``owner``'s notice, created and put at ``index`` of ``layout`` on first use."""
    notice = owner.findChild(StateFilterNotice, NOTICE_NAME)
    if notice is None:
        notice = StateFilterNotice(model, owner)
        layout.insertWidget(index, notice)
    return notice


def clear_state_notice(owner: QWidget) -> None:
    """Take ``owner``'s states filter off, if it has one."""
    notice = owner.findChild(StateFilterNotice, NOTICE_NAME)
    if notice is not None:
        notice.clear()


__all__ = ["StateFilterNotice", "clear_state_notice", "state_notice"]
