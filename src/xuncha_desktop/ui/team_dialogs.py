"""Dialogs of the 巡查组 tab: new team, draw, appoint, replace (调整) and the draw record check."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import ValidationError, XunchaError
from xuncha_desktop.services import crud, queries, teams
from xuncha_desktop.services.validation import PHONE_RE
from xuncha_desktop.ui.dialogs import _chinese_buttons, _min_width_chars


class _Form(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.box = QVBoxLayout(self)
        self.form = QFormLayout()
        self.box.addLayout(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        _chinese_buttons(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.box.addWidget(self.buttons)
        _min_width_chars(self, 36)


class DrawDialog(_Form):
    """Role, number of places and (optionally) the seed of a draw."""

    def __init__(self, open_places: dict[str, int], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("随机抽取"), parent)
        self.all_open = QCheckBox(self.tr("抽取全部空缺岗位"), self)
        text = "、".join(f"{r}{n}人" for r, n in open_places.items()) or self.tr("无")
        self.all_open.setText(self.tr("抽取全部空缺岗位（") + text + "）")
        self.all_open.setChecked(bool(open_places))
        self.role = QComboBox(self)
        self.role.addItems(list(m.ROLES))
        self.places = QSpinBox(self)
        self.places.setRange(1, 8)
        self.seed = QLineEdit(self)
        self.seed.setPlaceholderText(self.tr("留空则自动生成随机种子"))
        self.form.addRow(self.all_open)
        self.form.addRow(self.tr("抽取角色："), self.role)
        self.form.addRow(self.tr("抽取人数："), self.places)
        self.form.addRow(self.tr("随机种子："), self.seed)
        note = QLabel(self.tr("抽取记录保存种子、候选名单及顺序、适用规则、操作员和时间，"
                              "任何人可重新抽取复核。"), self)
        note.setWordWrap(True)
        self.box.insertWidget(1, note)
        self.all_open.toggled.connect(self._toggle)
        self._toggle(self.all_open.isChecked())

    def _toggle(self, on: bool) -> None:
        self.role.setEnabled(not on)
        self.places.setEnabled(not on)

    def values(self) -> tuple[str | None, int, str]:
        role = None if self.all_open.isChecked() else self.role.currentText()
        return role, self.places.value(), self.seed.text().strip()

    @classmethod
    def ask(cls, parent: QWidget | None, open_places: dict[str, int]
            ) -> tuple[str | None, int, str] | None:
        """(role or None for every open place, places, seed) or None when cancelled."""
        dlg = cls(open_places, parent)
        return dlg.values() if dlg.exec() == QDialog.DialogCode.Accepted else None


class AppointDialog(_Form):
    """A manual pick (指定): the role and the reason."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("指定人选：") + name, parent)
        self.role = QComboBox(self)
        self.role.addItems(list(m.ROLES))
        self.reason = QLineEdit(self)
        self.form.addRow(self.tr("担任职务："), self.role)
        self.form.addRow(self.tr("指定理由："), self.reason)

    def accept(self) -> None:
        if not self.reason.text().strip():
            self.reason.setPlaceholderText(self.tr("指定人选必须填写指定理由"))
            self.reason.setFocus()
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, name: str) -> tuple[str, str] | None:
        dlg = cls(name, parent)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        return dlg.role.currentText(), dlg.reason.text().strip()


class ReplaceDialog(_Form):
    """调整: the reason, and whether the member is unfit (then the successor is drawn)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("调整成员：") + name, parent)
        self.reason = QPlainTextEdit(self)
        self.reason.setFixedHeight(self.fontMetrics().height() * 4)
        self.unfit = QCheckBox(self.tr("不适合从事巡查工作（按原规则随机抽取接替人选）"), self)
        self.unfit.setChecked(True)
        self.form.addRow(self.tr("调整理由："), self.reason)
        self.form.addRow(self.unfit)

    def accept(self) -> None:
        if not self.reason.toPlainText().strip():
            self.reason.setPlaceholderText(self.tr("调整人员必须写明理由"))
            self.reason.setFocus()
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, name: str, *, reason: str = "",
            unfit: bool = True) -> tuple[str, bool] | None:
        """(reason, unfit), or None when cancelled. ``reason``/``unfit`` fill the form in
        (what the operator wrote before a save conflict)."""
        dlg = cls(name, parent)
        dlg.reason.setPlainText(reason)
        dlg.unfit.setChecked(unfit)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        return dlg.reason.toPlainText().strip(), dlg.unfit.isChecked()


class NewTeamDialog(_Form):
    """新建巡查组: the name, its targets (those of the current plan without a team yet), phone,
    举报信箱 and the sectors its experts must cover. ``accept`` saves through the services and
    keeps the dialog open, with the message in Chinese, when something is wrong."""

    def __init__(self, db: Database, operator: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("新建巡查组"), parent)
        self.db = db
        self.operator = operator
        self.team_id: int | None = None
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("例如：2026年省安全生产第一巡查组"))
        self.targets = QListWidget(self)
        plan_id = queries.current_plan_id(db)
        free = {t.id for t in crud.list_all(db, m.Target, m.Target.team_id.is_(None))}
        choices = queries.target_choices(db, plan_id) if plan_id is not None else []
        for choice in choices:
            if choice.id in free:
                item = QListWidgetItem(choice.label, self.targets)
                item.setData(Qt.ItemDataRole.UserRole, choice.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
        if self.targets.count() == 0:
            QListWidgetItem(self.tr("（当前计划中没有尚未分组的巡查对象）"), self.targets)
            self.targets.setEnabled(False)
        line = self.fontMetrics().height()
        self.targets.setMinimumHeight(line * 6)
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText(self.tr("例如：0898-65201234"))
        self.mailbox = QLineEdit(self)
        self.mailbox.setPlaceholderText(self.tr("例如：海口市邮政信箱 1234 号"))
        sectors_box = QGroupBox(self.tr("巡查所需行业领域（专家须覆盖）"), self)
        grid = QGridLayout(sectors_box)
        self.sectors: dict[str, QCheckBox] = {}
        rows = crud.list_all(db, m.Sector, m.Sector.active.is_(True),
                             order_by=[m.Sector.sort_order, m.Sector.id])
        for i, sector in enumerate(rows):
            box = QCheckBox(sector.name, sectors_box)
            grid.addWidget(box, i // 3, i % 3)
            self.sectors[sector.name] = box
        self.error = QLabel("", self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.form.addRow(self.tr("名称："), self.name)
        self.form.addRow(self.tr("巡查对象："), self.targets)
        self.form.addRow(self.tr("联系电话："), self.phone)
        self.form.addRow(self.tr("举报信箱："), self.mailbox)
        self.box.insertWidget(1, sectors_box)
        self.box.insertWidget(2, self.error)
        _min_width_chars(self, 44)

    def chosen_targets(self) -> list[int]:
        out = []
        for row in range(self.targets.count()):
            item = self.targets.item(row)
            tid = item.data(Qt.ItemDataRole.UserRole)
            if tid is not None and item.checkState() == Qt.CheckState.Checked:
                out.append(int(tid))
        return out

    def set_targets(self, target_ids: list[int]) -> None:
        for row in range(self.targets.count()):
            item = self.targets.item(row)
            tid = item.data(Qt.ItemDataRole.UserRole)
            if tid is not None:
                item.setCheckState(Qt.CheckState.Checked if tid in target_ids
                                   else Qt.CheckState.Unchecked)

    def chosen_sectors(self) -> list[str]:
        return [name for name, box in self.sectors.items() if box.isChecked()]

    def _check(self) -> None:
        if not self.name.text().strip():
            raise ValidationError(self.tr("请填写巡查组的“名称”。"), field="name")
        if not self.chosen_targets():
            raise ValidationError(self.tr("请至少选择一个巡查对象。"), field="targets")
        phone = self.phone.text().strip()
        if phone and not PHONE_RE.match(phone):
            raise ValidationError(
                self.tr("联系电话“") + phone +
                self.tr("”格式不正确，请填写 11 位手机号或带区号的固定电话。"), field="phone")
        if len(self.mailbox.text().strip()) > 120:
            raise ValidationError(self.tr("举报信箱不能超过 120 个字。"), field="mailbox")

    def save(self) -> int:
        """Create the team; if a later step fails the new team is removed again."""
        self._check()
        team_id = teams.create_team(self.db, self.name.text(), self.chosen_targets(),
                                    operator=self.operator, phone=self.phone.text().strip())
        try:
            mailbox = self.mailbox.text().strip()
            if mailbox:
                crud.update(self.db, m.Team, team_id, {"mailbox": mailbox},
                            operator=self.operator)
            sectors = self.chosen_sectors()
            if sectors:
                teams.set_required_sectors(self.db, team_id, sectors, operator=self.operator)
        except XunchaError:
            crud.delete(self.db, m.Team, team_id, operator=self.operator)
            raise
        return team_id

    def accept(self) -> None:
        try:
            self.team_id = self.save()
        except XunchaError as err:
            self.error.setText(err.message)
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, db: Database, operator: str | None = None
            ) -> int | None:
        """The id of the new team, or None when cancelled."""
        dlg = cls(db, operator, parent)
        return dlg.team_id if dlg.exec() == QDialog.DialogCode.Accepted else None
