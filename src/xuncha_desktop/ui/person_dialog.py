"""The person editor of the 人员库 (新增人员… / 编辑人员…).

It edits one person: the basic data, expertise sectors, the active flag, the four member
conditions (each ticked with who checked it and when) and the unavailable periods. The ID
number is only ever shown masked; the checksum and the phone number are validated by the
service. ``accept`` saves the person first (one unit of work): if that is refused, the
Chinese message is shown in the dialog and nothing is saved. Only then are the changed
conditions and periods written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from xuncha_desktop.db import models as m
from xuncha_desktop.db.base import Base
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import ConflictError, ValidationError, XunchaError
from xuncha_desktop.services import crud, people, plans
from xuncha_desktop.services.queries import format_date
from xuncha_desktop.services.uow import current_version
from xuncha_desktop.ui.conflict_dialog import KEEP, save_or_resolve
from xuncha_desktop.ui.dialogs import _chinese_buttons, _min_width_chars

DATE_FORMAT = "yyyy年M月d日"


@dataclass
class ConditionState:
    met: bool
    checked_by: str
    checked_on: dt.date | None

    @property
    def text(self) -> str:
        if self.checked_on is None or not self.checked_by:
            return "未核查"
        return f"{'已核查' if self.met else '核查未通过'}：{self.checked_by} " + format_date(
            self.checked_on)


@dataclass
class Period:
    start: dt.date
    end: dt.date
    reason: str
    id: int | None = None  # None: added in this dialog, not saved yet

    @property
    def text(self) -> str:
        reason = f"（{self.reason}）" if self.reason else ""
        return f"{format_date(self.start)}至{format_date(self.end)}{reason}"


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class PersonDialog(QDialog):
    def __init__(self, db: Database, person_id: int | None, operator: str,
                 today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.operator = operator
        self.today = today
        self.person_id = person_id
        self.saved_id: int | None = None
        #: The version of the person row the form was filled from (a later save by somebody
        #: else is a conflict, shown beside the operator's values).
        self.version = current_version(db, m.Person, person_id) if person_id is not None else None
        self.data = (people.load_person(db, person_id) if person_id is not None
                     else people.PersonData(name="", gender="男", unit=""))
        self.setWindowTitle(self.tr("编辑人员：") + self.data.name if person_id is not None
                            else self.tr("新增人员"))
        box = QVBoxLayout(self)
        columns = QHBoxLayout()
        box.addLayout(columns)

        # basic data --------------------------------------------------------------------------
        left = QVBoxLayout()
        columns.addLayout(left, 1)
        form = QFormLayout()
        left.addLayout(form)
        d = self.data
        self.name = QLineEdit(d.name, self)
        self.gender = QComboBox(self)
        self.gender.addItems(list(m.GENDERS))
        self.gender.setCurrentText(d.gender)
        self.unit = QLineEdit(d.unit, self)
        self.post = QLineEdit(d.post, self)
        self.rank = QComboBox(self)
        self.rank.addItems(list(m.RANKS))
        self.rank.setCurrentText(d.rank)
        self.phone = QLineEdit(d.phone, self)
        self.phone.setPlaceholderText(self.tr("11 位手机号或带区号的固定电话"))
        self.id_number = QLineEdit(people.mask_id(d.id_number), self)
        self.id_number.setPlaceholderText(self.tr("18 位，可不填；保存后只显示首尾"))
        self.region = QComboBox(self)
        self.region.addItem(self.tr("（未填）"), "")
        for choice in plans.region_choices(db, include_inactive=True):
            self.region.addItem(choice.label, choice.label)
        index = self.region.findData(d.home_region)
        self.region.setCurrentIndex(max(index, 0))
        self.pool_type = QComboBox(self)
        self.pool_type.addItems(list(m.POOL_TYPES))
        self.pool_type.setCurrentText(d.pool_type)
        self.active = QCheckBox(self.tr("在库（可以抽取）"), self)
        self.active.setChecked(d.active)
        for label, widget in (
            ("姓名：", self.name), ("性别：", self.gender), ("单位：", self.unit),
            ("职务：", self.post), ("职级：", self.rank), ("电话：", self.phone),
            ("身份证号：", self.id_number), ("籍贯/工作地：", self.region),
            ("人员类别：", self.pool_type),
        ):
            form.addRow(self.tr(label), widget)
        form.addRow(self.active)

        sectors_box = QGroupBox(self.tr("专业领域"), self)
        grid = QGridLayout(sectors_box)
        self.sectors: dict[str, QCheckBox] = {}
        rows = crud.list_all(db, m.Sector, order_by=[m.Sector.sort_order, m.Sector.id])
        shown = [x for x in rows if x.active or x.name in d.sectors]
        for i, sector in enumerate(shown):
            check = QCheckBox(sector.name, sectors_box)
            check.setChecked(sector.name in d.sectors)
            grid.addWidget(check, i // 3, i % 3)
            self.sectors[sector.name] = check
        left.addWidget(sectors_box)

        # the four conditions -----------------------------------------------------------------
        right = QVBoxLayout()
        columns.addLayout(right, 1)
        cond_box = QGroupBox(self.tr("巡查组成员应具备的四项条件"), self)
        cond_layout = QGridLayout(cond_box)
        cond_layout.setColumnStretch(0, 1)
        #: The conditions as read, and the version of each condition row (None: no row then);
        #: a condition somebody else changed since is a conflict when this dialog writes it.
        self.saved_conditions, self.condition_versions = self._read_conditions()
        self.conditions: dict[int, ConditionState] = dict(self.saved_conditions)
        self.condition_boxes: dict[int, QCheckBox] = {}
        self.condition_labels: dict[int, QLabel] = {}
        for no, text in enumerate(m.CONDITIONS, start=1):
            # the long text wraps in a label beside the check box
            check = QCheckBox(f"（{no}）", cond_box)
            check.setChecked(self.conditions[no].met)
            body = QLabel(text, cond_box)
            body.setWordWrap(True)
            status = QLabel(self.conditions[no].text, cond_box)
            status.setStyleSheet("color: #555555;")
            row = (no - 1) * 2
            line = QHBoxLayout()
            line.addWidget(check)
            line.addWidget(body, 1)
            cond_layout.addLayout(line, row, 0)
            cond_layout.addWidget(status, row + 1, 0, Qt.AlignmentFlag.AlignRight)
            check.toggled.connect(lambda on, n=no: self._condition_toggled(n, on))
            self.condition_boxes[no] = check
            self.condition_labels[no] = status
        right.addWidget(cond_box)

        # unavailable periods -----------------------------------------------------------------
        period_box = QGroupBox(self.tr("不可用时段"), self)
        period_layout = QVBoxLayout(period_box)
        self.periods: list[Period] = []
        if person_id is not None:
            for u in crud.list_all(db, m.PersonUnavailability,
                                   m.PersonUnavailability.person_id == person_id,
                                   order_by=[m.PersonUnavailability.start_date]):
                self.periods.append(Period(u.start_date, u.end_date, u.reason, u.id))
        self.removed_periods: list[int] = []
        self.period_list = QListWidget(period_box)
        self.period_list.setMinimumHeight(self.fontMetrics().height() * 4)
        period_layout.addWidget(self.period_list)
        add_row = QHBoxLayout()
        self.period_start = QDateEdit(_qdate(today), period_box)
        self.period_end = QDateEdit(_qdate(today), period_box)
        for edit in (self.period_start, self.period_end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DATE_FORMAT)
        self.period_reason = QLineEdit(period_box)
        self.period_reason.setPlaceholderText(self.tr("原因"))
        add_row.addWidget(self.period_start)
        add_row.addWidget(QLabel(self.tr("至"), period_box))
        add_row.addWidget(self.period_end)
        add_row.addStretch(1)
        period_layout.addLayout(add_row)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.period_reason, 1)
        self.add_period_button = QPushButton(self.tr("添加时段"), period_box)
        self.remove_period_button = QPushButton(self.tr("删除选中时段"), period_box)
        self.add_period_button.clicked.connect(self.add_period)
        self.remove_period_button.clicked.connect(self.remove_period)
        buttons_row.addWidget(self.add_period_button)
        buttons_row.addWidget(self.remove_period_button)
        buttons_row.addStretch(1)
        period_layout.addLayout(buttons_row)
        right.addWidget(period_box)
        self._fill_periods()

        # message and buttons -----------------------------------------------------------------
        self.error = QLabel("", self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        box.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        _chinese_buttons(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box.addWidget(self.buttons)
        _min_width_chars(self, 64)

    # -- conditions -----------------------------------------------------------------------------
    def _read_conditions(self) -> tuple[dict[int, ConditionState], dict[int, int | None]]:
        states = {no: ConditionState(False, "", None) for no in range(1, 5)}
        versions: dict[int, int | None] = dict.fromkeys(range(1, 5))
        if self.person_id is not None:
            for c in crud.list_all(self.db, m.PersonCondition,
                                   m.PersonCondition.person_id == self.person_id):
                states[c.condition_no] = ConditionState(c.met, c.checked_by or "", c.checked_on)
                versions[c.condition_no] = int(c.version)
        return states, versions

    def _changed_conditions(self) -> list[int]:
        """The conditions this dialog will write (ticked or unticked here)."""
        return [no for no, state in self.conditions.items()
                if state is not self.saved_conditions[no] and state.checked_on is not None]

    def _condition_rows(self) -> list[tuple[type[Base], Any, int | None]]:
        """(model, id, version seen) of the condition rows this save writes."""
        if self.person_id is None:
            return []
        ids = {c.condition_no: c.id for c in crud.list_all(
            self.db, m.PersonCondition, m.PersonCondition.person_id == self.person_id)}
        return [(m.PersonCondition, ids[no], self.condition_versions[no])
                for no in self._changed_conditions() if no in ids]

    def _check_conditions(self) -> None:
        """Before anything is written: a condition to be written that somebody else changed
        (or checked for the first time) since the form was filled is a conflict."""
        if self.person_id is None:
            return
        _states, now = self._read_conditions()
        for no in self._changed_conditions():
            if now[no] != self.condition_versions[no]:
                raise ConflictError(
                    self.tr("条件（%1）的核查记录已被其他人修改，您的修改没有保存。")
                    .replace("%1", str(no)),
                    hint=self.tr("请对照对方的核查记录后重新保存。"))

    def _show_conditions(self) -> None:
        for no, check in self.condition_boxes.items():
            check.blockSignals(True)
            check.setChecked(self.conditions[no].met)
            check.blockSignals(False)
            self.condition_labels[no].setText(self.conditions[no].text)

    def _condition_toggled(self, no: int, on: bool) -> None:
        saved = self.saved_conditions[no]
        if on == saved.met:
            self.conditions[no] = saved
        else:
            self.conditions[no] = ConditionState(on, self.operator, self.today)
        self.condition_labels[no].setText(self.conditions[no].text)

    def condition_text(self, no: int) -> str:
        return self.condition_labels[no].text()

    # -- periods --------------------------------------------------------------------------------
    def _fill_periods(self) -> None:
        self.period_list.clear()
        for period in self.periods:
            QListWidgetItem(period.text, self.period_list)
        self.remove_period_button.setEnabled(bool(self.periods))

    def add_period(self) -> None:
        start = _pydate(self.period_start.date())
        end = _pydate(self.period_end.date())
        if end < start:
            self.error.setText(self.tr("不可用时段的结束日期不能早于开始日期。"))
            return
        self.error.setText("")
        self.periods.append(Period(start, end, self.period_reason.text().strip()))
        self.periods.sort(key=lambda p: p.start)
        self.period_reason.clear()
        self._fill_periods()

    def remove_period(self) -> None:
        row = self.period_list.currentRow()
        if not 0 <= row < len(self.periods):
            self.error.setText(self.tr("请先选中要删除的时段。"))
            return
        period = self.periods.pop(row)
        if period.id is not None:
            self.removed_periods.append(period.id)
        self._fill_periods()

    def period_texts(self) -> list[str]:
        return [p.text for p in self.periods]

    # -- saving ---------------------------------------------------------------------------------
    def values(self) -> people.PersonData:
        typed = self.id_number.text().strip()
        if typed == people.mask_id(self.data.id_number):
            id_number = self.data.id_number  # unchanged: the field only shows the mask
        else:
            id_number = typed or None
            if id_number and "*" in id_number:
                raise ValidationError(self.tr("请重新完整填写 18 位身份证号，或清空此栏。"),
                                      field="id_number")
        return people.PersonData(
            id=self.person_id, name=self.name.text(), gender=self.gender.currentText(),
            unit=self.unit.text(), post=self.post.text(), rank=self.rank.currentText(),
            phone=self.phone.text(), id_number=id_number,
            home_region=str(self.region.currentData() or ""),
            sectors=[name for name, c in self.sectors.items() if c.isChecked()],
            pool_type=self.pool_type.currentText(), active=self.active.isChecked(),
            note=self.data.note,
        )

    def save(self) -> int:
        """The person, conditions and periods in one transaction: all saved or none."""
        self._check_conditions()  # nothing is saved over somebody else's condition check
        checks = [
            people.ConditionCheck(no, state.met, state.checked_by, state.checked_on)
            for no, state in self.conditions.items()
            if state is not self.saved_conditions[no] and state.checked_on is not None
        ]
        fresh = [p for p in self.periods if p.id is None]
        person_id, ids = people.save_person_form(
            self.db, self.values(), conditions=checks,
            new_periods=[people.NewPeriod(p.start, p.end, p.reason) for p in fresh],
            removed_periods=list(self.removed_periods), operator=self.operator)
        self.person_id = person_id  # a retry updates, not duplicates
        for period, new_id in zip(fresh, ids, strict=True):
            period.id = new_id
        self.removed_periods.clear()
        self.saved_conditions = dict(self.conditions)
        return person_id

    def accept(self) -> None:
        try:
            rows: list[tuple[type[Base], Any, int | None]] = (
                [(m.Person, self.person_id, self.version), *self._condition_rows()]
                if self.person_id is not None else [])
            outcome = save_or_resolve(self, self.save, rows=rows, mine=self._mine_texts,
                                      theirs=self._database_texts)
        except XunchaError as err:
            self.error.setText(err.message)
            return
        if outcome.saved:
            self.saved_id = outcome.value
            super().accept()
            return
        assert self.person_id is not None
        version = current_version(self.db, m.Person, self.person_id)
        if version is None:  # deleted meanwhile: nothing to go back to
            self.error.setText(self.tr("该人员已被其他人删除，您的修改没有保存。"))
            return
        self.version = version
        states, self.condition_versions = self._read_conditions()
        if outcome.choice == KEEP:
            self.error.setText(self.tr("您的修改尚未保存，已保留在表单中；再次保存将以您的内容为准。"))
        else:
            self.load_values(people.load_person(self.db, self.person_id))
            self.saved_conditions, self.conditions = states, dict(states)
            self._show_conditions()
            self.error.setText(self.tr("已重新载入数据库中的当前内容。"))

    # -- save conflicts --------------------------------------------------------------------------
    def load_values(self, d: people.PersonData) -> None:
        """Show ``d`` in the form (after a conflict, the values now in the database)."""
        self.data = d
        self.name.setText(d.name)
        self.gender.setCurrentText(d.gender)
        self.unit.setText(d.unit)
        self.post.setText(d.post)
        self.rank.setCurrentText(d.rank)
        self.phone.setText(d.phone)
        self.id_number.setText(people.mask_id(d.id_number))
        self.region.setCurrentIndex(max(self.region.findData(d.home_region), 0))
        self.pool_type.setCurrentText(d.pool_type)
        self.active.setChecked(d.active)
        for name, check in self.sectors.items():
            check.setChecked(name in d.sectors)

    def _texts(self, d: people.PersonData) -> dict[str, str]:
        return {
            self.tr("姓名"): d.name, self.tr("性别"): d.gender, self.tr("单位"): d.unit,
            self.tr("职务"): d.post, self.tr("职级"): d.rank, self.tr("电话"): d.phone,
            self.tr("身份证号"): people.mask_id(d.id_number),
            self.tr("籍贯/工作地"): d.home_region, self.tr("专业领域"): "、".join(d.sectors),
            self.tr("人员类别"): d.pool_type,
            self.tr("在库"): self.tr("是") if d.active else self.tr("否"),
        }

    def _condition_texts(self, states: dict[int, ConditionState]) -> dict[str, str]:
        return {self.tr("条件（%1）").replace("%1", str(no)): state.text
                for no, state in sorted(states.items())}

    def _mine_texts(self) -> dict[str, str]:
        return {**self._texts(self.values()), **self._condition_texts(self.conditions)}

    def _database_texts(self) -> dict[str, str] | None:
        if self.person_id is None:
            return None
        try:
            return {**self._texts(people.load_person(self.db, self.person_id)),
                    **self._condition_texts(self._read_conditions()[0])}
        except XunchaError:
            return None

    @classmethod
    def ask(cls, parent: QWidget | None, db: Database, person_id: int | None, operator: str,
            today: dt.date) -> int | None:
        """The id of the saved person, or None when cancelled."""
        dlg = cls(db, person_id, operator, today, parent)
        return dlg.saved_id if dlg.exec() == QDialog.DialogCode.Accepted else None
