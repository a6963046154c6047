"""Dialogs of the 约谈 tab. Each has a ``@classmethod ask(...)`` that tests replace."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from xuncha_desktop.db import models as m
from xuncha_desktop.services import interviews as ivs


def _tr(text: str) -> str:
    return QCoreApplication.translate("InterviewDialogs", text)


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def _buttons(dialog: QDialog, ok: str) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    ok_button = box.button(QDialogButtonBox.StandardButton.Ok)
    cancel_button = box.button(QDialogButtonBox.StandardButton.Cancel)
    if ok_button is not None:
        ok_button.setText(ok)
    if cancel_button is not None:
        cancel_button.setText(_tr("取消"))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def _cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    if item is None:
        item = QTableWidgetItem("")
        table.setItem(row, column, item)
    return item


def _size(dialog: QDialog, chars: int, lines: int) -> None:
    fm = dialog.fontMetrics()
    dialog.resize(fm.horizontalAdvance("国") * chars, fm.height() * lines)


class FindingPickDialog(QDialog):
    """Pick the findings an interview is about (the proposals come first, ticked)."""

    def __init__(
        self,
        parent: QWidget | None,
        proposals: Sequence[ivs.ProposedFinding],
        chosen: Sequence[int],
        party: str = "",
        reason: str = "",
        ask_party: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("准备约谈：选择问题隐患"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                _tr("系统列出该巡查对象未销号的重大事故隐患和逾期问题，请勾选本次约谈涉及的问题："),
                self,
            )
        )
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        for p in proposals:
            it = QListWidgetItem(p.label, self.list)
            it.setData(Qt.ItemDataRole.UserRole, p.id)
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Checked if p.id in chosen else Qt.CheckState.Unchecked)
        layout.addWidget(self.list)
        form = QFormLayout()
        self.party = QLineEdit(party, self)
        self.reason = QPlainTextEdit(reason, self)
        if ask_party:
            form.addRow(_tr("被约谈单位(&U)："), self.party)
            form.addRow(_tr("约谈事由(&R)："), self.reason)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, _tr("确定")))
        _size(self, 46, 26)

    def chosen(self) -> list[int]:
        out = []
        for i in range(self.list.count()):
            it = self.list.item(i)
            if it.checkState() == Qt.CheckState.Checked:
                out.append(int(it.data(Qt.ItemDataRole.UserRole)))
        return out

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        proposals: Sequence[ivs.ProposedFinding],
        chosen: Sequence[int],
        party: str = "",
        reason: str = "",
        ask_party: bool = True,
    ) -> tuple[list[int], str, str] | None:
        dialog = cls(parent, proposals, chosen, party, reason, ask_party)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.chosen(), dialog.party.text(), dialog.reason.toPlainText()
        finally:
            dialog.deleteLater()


class AttendeeDialog(QDialog):
    def __init__(self, parent: QWidget | None, unit: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("添加参加人员"))
        form = QFormLayout(self)
        self.name = QLineEdit(self)
        self.post = QLineEdit(self)
        self.unit = QLineEdit(unit, self)
        self.role = QComboBox(self)
        for r in m.ATTENDEE_ROLES:
            self.role.addItem(r or _tr("（无）"), r)
        self.side = QComboBox(self)
        for s in m.ATTENDEE_SIDES:
            self.side.addItem(s, s)
        form.addRow(_tr("姓名(&M)："), self.name)
        form.addRow(_tr("职务(&Z)："), self.post)
        form.addRow(_tr("单位(&W)："), self.unit)
        form.addRow(_tr("角色(&J)："), self.role)
        form.addRow(_tr("类别(&L)："), self.side)
        form.addRow(_buttons(self, _tr("添加")))
        _size(self, 30, 14)

    @classmethod
    def ask(cls, parent: QWidget | None, unit: str) -> ivs.AttendeeInput | None:
        d = cls(parent, unit)
        try:
            if d.exec() != QDialog.DialogCode.Accepted:
                return None
            return ivs.AttendeeInput(
                d.name.text(),
                d.post.text(),
                d.unit.text(),
                str(d.role.currentData()),
                str(d.side.currentData()),
            )
        finally:
            d.deleteLater()


class MeetingDialog(QDialog):
    """登记约谈情况: attendance, problems, requirements and commitments (表态)."""

    ATT_COLS = ("姓名", "职务", "到场", "代替参加人", "缺席或代替理由", "理由正当")
    COM_COLS = ("承诺事项", "责任人", "完成期限（yyyy-mm-dd）")

    def __init__(self, parent: QWidget | None, detail: ivs.InterviewDetail, today: dt.date) -> None:
        super().__init__(parent)
        self.detail = detail
        self.setWindowTitle(_tr("登记约谈情况"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.held = QDateEdit(
            _qdate(detail.scheduled_at.date() if detail.scheduled_at else today), self
        )
        self.held.setCalendarPopup(True)
        self.held.setDisplayFormat("yyyy年M月d日")
        form.addRow(_tr("约谈日期(&D)："), self.held)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(_tr("出席情况（无正当理由缺席或委托他人代替的，记为不配合巡查工作）："), self)
        )
        people = [a for a in detail.attendees if a.side == "被约谈方"]
        self.attendance = QTableWidget(len(people), len(self.ATT_COLS), self)
        self.attendance.setHorizontalHeaderLabels([_tr(c) for c in self.ATT_COLS])
        self._people = people
        for r, a in enumerate(people):
            self.attendance.setItem(r, 0, QTableWidgetItem(a.name))
            self.attendance.setItem(r, 1, QTableWidgetItem(a.post))
            for c in (0, 1):
                item = _cell(self.attendance, r, c)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            box = QCheckBox(self.attendance)
            box.setChecked(True)
            self.attendance.setCellWidget(r, 2, box)
            self.attendance.setItem(r, 3, QTableWidgetItem(""))
            self.attendance.setItem(r, 4, QTableWidgetItem(""))
            ok = QCheckBox(self.attendance)
            self.attendance.setCellWidget(r, 5, ok)
        self.attendance.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.attendance)
        layout.addWidget(QLabel(_tr("指出的问题（每行一项）："), self))
        self.problems = QPlainTextEdit(
            detail.problems or "\n".join(f.description for f in detail.findings), self
        )
        layout.addWidget(self.problems)
        layout.addWidget(QLabel(_tr("提出的要求（每行一项）："), self))
        self.requirements = QPlainTextEdit(detail.requirements, self)
        layout.addWidget(self.requirements)
        layout.addWidget(QLabel(_tr("表态及承诺事项（每项须有责任人和完成期限）："), self))
        self.commitments = QTableWidget(0, len(self.COM_COLS), self)
        self.commitments.setHorizontalHeaderLabels([_tr(c) for c in self.COM_COLS])
        self.commitments.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.commitments.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        layout.addWidget(self.commitments)
        add = QPushButton(_tr("添加承诺事项"), self)
        add.clicked.connect(lambda: self.add_commitment("", "", None))
        layout.addWidget(add)
        self.error = QLabel("", self)
        self.error.setStyleSheet("color: #b00020;")
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, _tr("登记")))
        _size(self, 56, 40)

    def add_commitment(self, content: str, owner: str, due: dt.date | None) -> None:
        r = self.commitments.rowCount()
        self.commitments.insertRow(r)
        self.commitments.setItem(r, 0, QTableWidgetItem(content))
        self.commitments.setItem(r, 1, QTableWidgetItem(owner))
        self.commitments.setItem(r, 2, QTableWidgetItem(due.isoformat() if due else ""))

    def set_attendance(
        self,
        row: int,
        attended: bool,
        stand_in: str = "",
        reason: str = "",
        justified: bool = False,
    ) -> None:
        box = self.attendance.cellWidget(row, 2)
        ok = self.attendance.cellWidget(row, 5)
        assert isinstance(box, QCheckBox) and isinstance(ok, QCheckBox)
        box.setChecked(attended)
        ok.setChecked(justified)
        _cell(self.attendance, row, 3).setText(stand_in)
        _cell(self.attendance, row, 4).setText(reason)

    def meeting(self) -> ivs.Meeting:
        attendance = []
        for r, a in enumerate(self._people):
            box = self.attendance.cellWidget(r, 2)
            ok = self.attendance.cellWidget(r, 5)
            assert isinstance(box, QCheckBox) and isinstance(ok, QCheckBox)
            attendance.append(
                ivs.Attendance(
                    a.id,
                    box.isChecked(),
                    _cell(self.attendance, r, 3).text(),
                    _cell(self.attendance, r, 4).text(),
                    ok.isChecked(),
                )
            )
        items = []
        for r in range(self.commitments.rowCount()):
            cells = [_cell(self.commitments, r, c).text().strip() for c in range(3)]
            if not any(cells):
                continue
            try:
                due: dt.date | None = dt.date.fromisoformat(cells[2]) if cells[2] else None
            except ValueError:
                due = None
            items.append(ivs.CommitmentInput(cells[0], cells[1], due))  # type: ignore[arg-type]
        return ivs.Meeting(
            held_on=_pydate(self.held.date()),
            attendance=tuple(attendance),
            problems=self.problems.toPlainText(),
            requirements=self.requirements.toPlainText(),
            commitments=tuple(items),
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, detail: ivs.InterviewDetail, today: dt.date
    ) -> ivs.Meeting | None:
        d = cls(parent, detail, today)
        try:
            if d.exec() != QDialog.DialogCode.Accepted:
                return None
            return d.meeting()
        finally:
            d.deleteLater()


class CommitmentDialog(QDialog):
    def __init__(self, parent: QWidget | None, today: dt.date) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("添加承诺事项"))
        form = QFormLayout(self)
        self.content = QLineEdit(self)
        self.owner = QLineEdit(self)
        self.due = QDateEdit(_qdate(today + dt.timedelta(days=30)), self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy年M月d日")
        form.addRow(_tr("承诺事项(&C)："), self.content)
        form.addRow(_tr("责任人(&R)："), self.owner)
        form.addRow(_tr("完成期限(&Q)："), self.due)
        form.addRow(_buttons(self, _tr("添加")))
        _size(self, 34, 10)

    @classmethod
    def ask(cls, parent: QWidget | None, today: dt.date) -> ivs.CommitmentInput | None:
        d = cls(parent, today)
        try:
            if d.exec() != QDialog.DialogCode.Accepted:
                return None
            return ivs.CommitmentInput(d.content.text(), d.owner.text(), _pydate(d.due.date()))
        finally:
            d.deleteLater()


class DateDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, prompt: str, default: dt.date) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.date = QDateEdit(_qdate(default), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy年M月d日")
        form.addRow(prompt, self.date)
        form.addRow(_buttons(self, _tr("确定")))

    @classmethod
    def ask(
        cls, parent: QWidget | None, title: str, prompt: str, default: dt.date
    ) -> dt.date | None:
        d = cls(parent, title, prompt, default)
        try:
            if d.exec() != QDialog.DialogCode.Accepted:
                return None
            return _pydate(d.date.date())
        finally:
            d.deleteLater()


class TextDialog:
    """A required line of text (e.g. the reason for cancelling)."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, prompt: str) -> str | None:
        text, ok = QInputDialog.getMultiLineText(parent, title, prompt)
        return text if ok else None


class ConfirmDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str) -> bool:
        from xuncha_desktop.ui.documents_window import ask_confirm

        return ask_confirm(parent, title, text)


__all__ = [
    "AttendeeDialog",
    "CommitmentDialog",
    "ConfirmDialog",
    "DateDialog",
    "FindingPickDialog",
    "MeetingDialog",
    "TextDialog",
]
