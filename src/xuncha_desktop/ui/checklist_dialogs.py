"""Dialogs of the 检查表 tab. Each has a ``@classmethod ask(...)`` returning plain data or None
(tests monkeypatch ``ask``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from xuncha_desktop.services import units
from xuncha_desktop.services.checklists import FindingDraft


def _tr(text: str) -> str:
    return QCoreApplication.translate("checklists", text)


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class _FormDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.outer = QVBoxLayout(self)
        self.form = QFormLayout()
        self.outer.addLayout(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        for which, text in ((QDialogButtonBox.StandardButton.Ok, _tr("确定")),
                            (QDialogButtonBox.StandardButton.Cancel, _tr("取消"))):
            button = self.buttons.button(which)
            if button is not None:
                button.setText(text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.outer.addWidget(self.buttons)
        char = self.fontMetrics().horizontalAdvance("国")
        self.setMinimumWidth(char * 36)


class RaiseFindingDialog(_FormDialog):
    """不符合/基本符合: register a finding pre-filled from the item, unit and notes?"""

    def __init__(self, parent: QWidget | None, draft: FindingDraft) -> None:
        super().__init__(parent, _tr("登记问题隐患"))
        self.outer.insertWidget(0, QLabel(_tr("该项检查结果为不符合或基本符合，是否登记为问题隐患？"
                                              "登记后问题与该检查项相互关联。"), self))
        self.form.addRow(_tr("检查项："), QLabel(draft.item_label, self))
        self.form.addRow(_tr("单位："), QLabel(draft.unit_name or draft.unit_level, self))
        self.kind = QComboBox(self)
        for kid, name in draft.kinds:
            self.kind.addItem(name, kid)
        self.kind.setCurrentIndex(max(0, self.kind.findData(draft.default_kind_id)))
        self.form.addRow(_tr("问题类别："), self.kind)
        self.description = QPlainTextEdit(draft.description, self)
        self.form.addRow(_tr("问题描述："), self.description)

    @classmethod
    def ask(cls, parent: QWidget | None, draft: FindingDraft) -> tuple[int, str] | None:
        dlg = cls(parent, draft)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        return int(dlg.kind.currentData()), dlg.description.toPlainText()


@dataclass(frozen=True)
class VisitInput:
    unit: units.UnitInput
    visited_on: dt.date
    members_present: str
    note: str


class VisitDialog(_FormDialog):
    def __init__(self, parent: QWidget | None, today: dt.date,
                 sectors: list[tuple[int, str]]) -> None:
        super().__init__(parent, _tr("记录延伸巡查"))
        self.kind = QComboBox(self)
        self.kind.addItems(list(units.VISIT_KINDS))
        self.kind.setCurrentText("企业")
        self.name = QLineEdit(self)
        self.address = QLineEdit(self)
        self.sector = QComboBox(self)
        self.sector.addItem(_tr("（未指定）"), None)
        for sid, name in sectors:
            self.sector.addItem(name, sid)
        self.credit = QLineEdit(self)
        self.credit.setPlaceholderText(_tr("企业填写，用于跨轮次匹配"))
        self.date = QDateEdit(to_qdate(today), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy年M月d日")
        self.members = QLineEdit(self)
        self.note = QPlainTextEdit(self)
        for label, w in ((_tr("类型："), self.kind), (_tr("名称："), self.name),
                         (_tr("地址："), self.address), (_tr("行业领域："), self.sector),
                         (_tr("统一社会信用代码："), self.credit), (_tr("日期："), self.date),
                         (_tr("参加人员："), self.members), (_tr("情况："), self.note)):
            self.form.addRow(label, w)

    def value(self) -> VisitInput:
        sector = self.sector.currentData()
        return VisitInput(
            units.UnitInput(self.kind.currentText(), self.name.text(), self.address.text(),
                            int(sector) if sector is not None else None,
                            self.credit.text() or None),
            from_qdate(self.date.date()), self.members.text(), self.note.toPlainText())

    @classmethod
    def ask(cls, parent: QWidget | None, today: dt.date,
            sectors: list[tuple[int, str]]) -> VisitInput | None:
        dlg = cls(parent, today, sectors)
        return dlg.value() if dlg.exec() == QDialog.DialogCode.Accepted else None


@dataclass(frozen=True)
class BreachInput:
    duty_no: int
    occurred_on: dt.date
    description: str
    responsible: str


class BreachDialog(_FormDialog):
    def __init__(self, parent: QWidget | None, today: dt.date) -> None:
        super().__init__(parent, _tr("记录不配合巡查情况"))
        self.duty = QComboBox(self)
        for n, duty in enumerate(units.DUTIES, start=1):
            self.duty.addItem(f"{n}. {duty}", n)
        self.date = QDateEdit(to_qdate(today), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy年M月d日")
        self.description = QPlainTextEdit(self)
        self.responsible = QLineEdit(self)
        for label, w in ((_tr("违反事项："), self.duty), (_tr("日期："), self.date),
                         (_tr("情况："), self.description), (_tr("责任单位或责任人："), self.responsible)):
            self.form.addRow(label, w)

    @classmethod
    def ask(cls, parent: QWidget | None, today: dt.date) -> BreachInput | None:
        dlg = cls(parent, today)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        return BreachInput(int(dlg.duty.currentData()), from_qdate(dlg.date.date()),
                           dlg.description.toPlainText(), dlg.responsible.text())


class SubjectDialog(_FormDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent, _tr("评价单位或个人"))
        self.kind = QComboBox(self)
        self.kind.addItems(["单位", "个人"])
        self.name = QLineEdit(self)
        self.text = QPlainTextEdit(self)
        self.form.addRow(_tr("对象类别："), self.kind)
        self.form.addRow(_tr("名称或姓名（职务）："), self.name)
        self.form.addRow(_tr("评价："), self.text)

    @classmethod
    def ask(cls, parent: QWidget | None) -> tuple[str, str, str] | None:
        dlg = cls(parent)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        return dlg.kind.currentText(), dlg.name.text(), dlg.text.toPlainText()


class FileDialog:
    """Where to save or what to open (a class so that tests can monkeypatch ``ask``)."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, suggested: str, pattern: str, *,
            save: bool) -> Path | None:
        if save:
            name, _f = QFileDialog.getSaveFileName(parent, title, suggested, pattern)
        else:
            name, _f = QFileDialog.getOpenFileName(parent, title, suggested, pattern)
        return Path(name) if name else None


__all__ = ["BreachDialog", "BreachInput", "FileDialog", "RaiseFindingDialog", "SubjectDialog",
           "VisitDialog", "VisitInput", "from_qdate", "to_qdate"]
