"""Dialogs of the 问题隐患 tab: one form per transition, the 五落实 plan, confirmations.

Each dialog has a ``@classmethod ask(...)`` that runs it modally and returns plain data (or
None when cancelled); tests monkeypatch ``ask``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from xuncha_desktop import APP_NAME
from xuncha_desktop.db import models as m
from xuncha_desktop.services import findings as fs
from xuncha_desktop.services.queries import format_date
from xuncha_desktop.ui.forms.ui_finding_action_dialog import Ui_FindingActionDialog
from xuncha_desktop.ui.forms.ui_five_plan_dialog import Ui_FivePlanDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("findings", text)


def _chinese_buttons(box: QDialogButtonBox) -> None:
    for which, text in ((QDialogButtonBox.StandardButton.Ok, _tr("确定")),
                        (QDialogButtonBox.StandardButton.Cancel, _tr("取消"))):
        button = box.button(which)
        if button is not None:
            button.setText(text)


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


@dataclass
class ActionInput:
    """What the operator entered for one action (fields unused by the action stay empty)."""

    action: str
    responsible_unit: str = ""
    responsible_person: str = ""
    requirement: str = ""
    deadline: dt.date | None = None
    level: str = ""
    body: str = ""
    date: dt.date | None = None
    text: str = ""
    attachments: list[Path] = field(default_factory=list)
    supervision: bool = False


#: Which fields each action shows: (unit, person, requirement, deadline, level, body, date,
#: text, attachments, supervision check), the label of the text field, and the window title.
_FIELDS: dict[str, tuple[set[str], str, str]] = {
    fs.ASSIGN: ({"unit", "person", "requirement", "deadline", "text"}, "交办说明：",
                "交办问题隐患"),
    fs.START: ({"text", "attachments"}, "整改情况：", "开始整改"),
    fs.REPORT: ({"text", "attachments"}, "整改报告：", "报告整改完成"),
    fs.VERIFY_PASS: ({"text", "attachments"}, "核查意见：", "核查通过"),
    fs.VERIFY_FAIL: ({"text", "deadline", "attachments"}, "未通过原因：", "核查未通过"),
    fs.CLOSE: ({"text", "date", "attachments"}, "销号意见：", "销号"),
    fs.REOPEN: ({"text", "deadline"}, "重新打开理由：", "重新打开"),
    fs.EXTEND: ({"text", "deadline"}, "延期理由：", "延长整改期限"),
    fs.SUPERVISE: ({"level", "body", "date", "text"}, "说明：", "挂牌督办"),
    fs.UNSUPERVISE: ({"date", "text"}, "摘牌说明：", "摘牌"),
    fs.NOTICE: ({"supervision"}, "", "发出整改通知书"),
}


#: Chinese labels of the fields (the text field's label depends on the action).
FIELD_LABELS = {
    "unit": "责任单位", "person": "责任人", "requirement": "整改要求", "deadline": "整改期限",
    "level": "督办级别", "body": "督办机关", "date": "日期", "attachments": "附件",
}


def action_fields(action: str) -> list[tuple[str, str]]:
    """(field key, Chinese label) of the fields the form of ``action`` shows, in form order."""
    shown, text_label, _title = _FIELDS[action]
    order = ("unit", "person", "requirement", "deadline", "level", "body", "date", "text",
             "attachments")
    labels = dict(FIELD_LABELS, text=text_label.rstrip("：") or "说明")
    if action in (fs.VERIFY_FAIL, fs.REOPEN, fs.EXTEND):
        labels["deadline"] = "新的整改期限"
    return [(key, labels[key]) for key in order if key in shown]


def field_text(value: ActionInput, key: str) -> str:
    """One field of ``value`` as the operator would read it."""
    if key == "deadline":
        return format_date(value.deadline)
    if key == "date":
        return format_date(value.date)
    if key == "attachments":
        return "、".join(p.name for p in value.attachments)
    attr = {"unit": "responsible_unit", "person": "responsible_person"}.get(key, key)
    return str(getattr(value, attr))


class FindingActionDialog(QDialog):
    """The form for one action on one or several findings (``initial``: values to show)."""

    def __init__(self, action: str, info: str, today: dt.date,
                 detail: fs.FindingDetail | None = None, parent: QWidget | None = None, *,
                 supervision_default: bool = False, initial: ActionInput | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FindingActionDialog()
        self.ui.setupUi(self)
        _chinese_buttons(self.ui.buttonBox)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("国") * 36)
        self.action = action
        shown, text_label, title = _FIELDS[action]
        self.setWindowTitle(_tr(title))
        self.ui.infoLabel.setText(info)
        ui = self.ui
        rows = {
            "unit": (ui.unitEditLabel, ui.unitEdit),
            "person": (ui.personEditLabel, ui.personEdit),
            "requirement": (ui.requirementEditLabel, ui.requirementEdit),
            "deadline": (ui.deadlineEditLabel, ui.deadlineEdit),
            "level": (ui.levelComboLabel, ui.levelCombo),
            "body": (ui.bodyEditLabel, ui.bodyEdit),
            "date": (ui.dateEditLabel, ui.dateEdit),
            "text": (ui.textEditLabel, ui.textEdit),
            "attachments": (ui.attachmentListLabel, ui.attachmentList),
        }
        for key, (label, widget) in rows.items():
            label.setVisible(key in shown)
            widget.setVisible(key in shown)
        ui.addAttachmentButton.setVisible("attachments" in shown)
        ui.supervisionCheck.setVisible("supervision" in shown)
        ui.supervisionCheck.setChecked(supervision_default)
        ui.textEditLabel.setText(_tr(text_label))
        line = self.fontMetrics().height()
        for edit in (ui.textEdit, ui.requirementEdit):
            edit.setMaximumHeight(line * 5)
        ui.attachmentList.setMaximumHeight(line * 4)
        ui.levelCombo.addItems(list(m.SUPERVISION_LEVELS))
        default_deadline = today + dt.timedelta(days=15)
        if action == fs.EXTEND and detail is not None and detail.deadline is not None:
            default_deadline = max(detail.deadline + dt.timedelta(days=15), default_deadline)
        ui.deadlineEdit.setDate(to_qdate(default_deadline))
        ui.dateEdit.setDate(to_qdate(today))
        if detail is not None and action == fs.ASSIGN:
            ui.unitEdit.setText(detail.responsible_unit or detail.unit)
            ui.personEdit.setText(detail.responsible_person)
            ui.requirementEdit.setPlainText(detail.requirement)
        if action == fs.SUPERVISE and detail is not None:
            ui.bodyEdit.setText(detail.supervising_body)
        if initial is not None:
            self._fill(initial)
        ui.addAttachmentButton.clicked.connect(self._add_attachment)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)

    def _fill(self, v: ActionInput) -> None:
        """Show values the operator entered before (e.g. back from a save conflict)."""
        ui = self.ui
        ui.unitEdit.setText(v.responsible_unit)
        ui.personEdit.setText(v.responsible_person)
        ui.requirementEdit.setPlainText(v.requirement)
        if v.deadline is not None:
            ui.deadlineEdit.setDate(to_qdate(v.deadline))
        if v.level:
            ui.levelCombo.setCurrentText(v.level)
        ui.bodyEdit.setText(v.body)
        if v.date is not None:
            ui.dateEdit.setDate(to_qdate(v.date))
        ui.textEdit.setPlainText(v.text)
        ui.attachmentList.clear()
        for p in v.attachments:
            ui.attachmentList.addItem(str(p))
        ui.supervisionCheck.setChecked(v.supervision)

    def _add_attachment(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, _tr("选择附件"))
        for p in paths:
            self.ui.attachmentList.addItem(p)

    def values(self) -> ActionInput:
        ui = self.ui
        return ActionInput(
            action=self.action,
            responsible_unit=ui.unitEdit.text().strip(),
            responsible_person=ui.personEdit.text().strip(),
            requirement=ui.requirementEdit.toPlainText().strip(),
            deadline=from_qdate(ui.deadlineEdit.date()),
            level=ui.levelCombo.currentText(),
            body=ui.bodyEdit.text().strip(),
            date=from_qdate(ui.dateEdit.date()),
            text=ui.textEdit.toPlainText().strip(),
            attachments=[Path(ui.attachmentList.item(i).text())
                         for i in range(ui.attachmentList.count())],
            supervision=ui.supervisionCheck.isChecked(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, action: str, info: str, today: dt.date,
            detail: fs.FindingDetail | None = None, *,
            supervision_default: bool = False,
            initial: ActionInput | None = None) -> ActionInput | None:
        dialog = cls(action, info, today, detail, parent,
                     supervision_default=supervision_default, initial=initial)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


class FivePlanDialog(QDialog):
    """五落实: 责任、措施、资金、时限、预案 of a major hazard."""

    def __init__(self, detail: fs.FindingDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FivePlanDialog()
        self.ui.setupUi(self)
        _chinese_buttons(self.ui.buttonBox)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("国") * 36)
        self.ui.infoLabel.setText(f"{detail.code}　{detail.description}")
        p = detail.plan
        for edit, value in self._edits(p):
            edit.setPlainText(value)
            edit.setMaximumHeight(self.fontMetrics().height() * 4)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _edits(self, p: fs.FivePlan) -> list[tuple[QPlainTextEdit, str]]:
        ui = self.ui
        return [(ui.responsibilityEdit, p.responsibility), (ui.measuresEdit, p.measures),
                (ui.fundingEdit, p.funding), (ui.timelineEdit, p.timeline),
                (ui.contingencyEdit, p.contingency)]

    def values(self) -> fs.FivePlan:
        ui = self.ui
        return fs.FivePlan(
            ui.responsibilityEdit.toPlainText(), ui.measuresEdit.toPlainText(),
            ui.fundingEdit.toPlainText(), ui.timelineEdit.toPlainText(),
            ui.contingencyEdit.toPlainText(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, detail: fs.FindingDetail) -> fs.FivePlan | None:
        dialog = cls(detail, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


class ConfirmPastDeadline:
    """Asks before saving a deadline that lies in the past."""

    @classmethod
    def ask(cls, parent: QWidget | None, deadline: dt.date, today: dt.date) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(APP_NAME)
        box.setText(_tr("整改期限 %1 早于今天（%2），确定要使用这个日期吗？")
                    .replace("%1", format_date(deadline)).replace("%2", format_date(today)))
        box.setInformativeText(_tr("通常只在补录以前的交办情况时才使用已过去的日期。"))
        yes = box.addButton(_tr("使用该日期"), QMessageBox.ButtonRole.YesRole)
        box.addButton(_tr("返回修改"), QMessageBox.ButtonRole.NoRole)
        box.exec()
        return box.clickedButton() is yes


class SaveFile:
    """Where to save an exported file."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, suggested: str,
            file_filter: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
        return Path(path) if path else None


__all__ = ["FIELD_LABELS", "ActionInput", "ConfirmPastDeadline", "FindingActionDialog",
           "FivePlanDialog", "SaveFile", "action_fields", "field_text", "from_qdate", "to_qdate"]
