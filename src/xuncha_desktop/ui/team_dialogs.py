"""Dialogs of the 巡查组 tab: draw, appoint, replace (调整) and the draw record check."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from xuncha_desktop.db import models as m
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
    def ask(cls, parent: QWidget | None, name: str) -> tuple[str, bool] | None:
        dlg = cls(name, parent)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        return dlg.reason.toPlainText().strip(), dlg.unfit.isChecked()
