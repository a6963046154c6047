"""新增问题隐患 (forms/finding_new_dialog.ui): a team lead registers a finding in the field.

The dialog saves through a callback (the tab passes one that calls
:func:`xuncha_desktop.services.findings.create_finding`); a validation error is shown in the
dialog, naming the field, the field gets the focus and nothing is saved, so the operator
keeps what was typed. ``ask`` returns ``(id, 编号)`` of the saved finding or None.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QWidget

from xuncha_desktop.db import models as m
from xuncha_desktop.errors import ValidationError, XunchaError
from xuncha_desktop.services import findings as fs
from xuncha_desktop.ui.findings_dialogs import from_qdate, to_qdate
from xuncha_desktop.ui.forms.ui_finding_new_dialog import Ui_FindingNewDialog

#: (id, label) pairs for the combo boxes.
Options = Sequence[tuple[int, str]]
Saver = Callable[[fs.NewFinding], tuple[int, str]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("findings", text)


@dataclass(frozen=True)
class NewFindingChoices:
    """What the dialog offers; read by the tab through service functions."""

    targets: Options
    kinds: Options
    sectors: Options
    today: dt.date
    operator: str
    target_id: int | None = None
    units_for: Callable[[int], Options] = lambda _target_id: ()


class FindingNewDialog(QDialog):
    """The form; :meth:`save` validates through the saver and closes only when saved."""

    def __init__(self, choices: NewFindingChoices, save: Saver,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FindingNewDialog()
        self.ui.setupUi(self)
        self.choices = choices
        self._save = save
        self.saved: tuple[int, str] | None = None
        ui = self.ui
        char = self.fontMetrics().horizontalAdvance("国")
        line = self.fontMetrics().height()
        self.setMinimumWidth(char * 40)
        for button, text in ((QDialogButtonBox.StandardButton.Save, _tr("保存")),
                             (QDialogButtonBox.StandardButton.Cancel, _tr("取消"))):
            b = ui.buttonBox.button(button)
            if b is not None:
                b.setText(text)
        for required in (ui.targetComboLabel, ui.kindComboLabel, ui.descriptionEditLabel,
                         ui.foundOnEditLabel):
            required.setText("* " + required.text())
        ui.descriptionEdit.setMinimumHeight(line * 4)
        ui.descriptionEdit.setMaximumHeight(line * 6)
        ui.legalBasisEdit.setMaximumHeight(line * 4)
        for combo in (ui.targetCombo, ui.unitCombo):  # long labels must not widen the dialog
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(24)

        ui.targetCombo.addItem(_tr("（请选择巡查对象）"), None)
        for tid, label in choices.targets:
            ui.targetCombo.addItem(label, tid)
        ui.targetCombo.setCurrentIndex(
            max(ui.targetCombo.findData(choices.target_id), 0)
            if choices.target_id is not None else 0)
        for kid, label in choices.kinds:
            ui.kindCombo.addItem(label, kid)
        ui.sectorCombo.addItem(_tr("（不指定）"), None)
        for sid, label in choices.sectors:
            ui.sectorCombo.addItem(label, sid)
        ui.unitLevelCombo.addItems(list(m.UNIT_KINDS))
        ui.foundOnEdit.setMaximumDate(to_qdate(choices.today))
        ui.foundOnEdit.setDate(to_qdate(choices.today))
        ui.foundByEdit.setText(choices.operator)

        ui.targetCombo.currentIndexChanged.connect(self._load_units)
        ui.unitCombo.currentIndexChanged.connect(self._unit_changed)
        self._load_units()
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        (ui.descriptionEdit if choices.target_id is not None else ui.targetCombo).setFocus()

    # -- units of the chosen target -------------------------------------------------------------
    def _load_units(self, _index: int = -1) -> None:
        combo = self.ui.unitCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(_tr("（不指定）"), None)
        target_id = self.ui.targetCombo.currentData()
        if target_id is not None:
            for uid, label in self.choices.units_for(int(target_id)):
                combo.addItem(label, uid)
        combo.blockSignals(False)

    def _unit_changed(self, _index: int = -1) -> None:
        """A unit labelled "name（kind）" sets the 单位层级 to its kind."""
        label = self.ui.unitCombo.currentText()
        for kind in m.UNIT_KINDS:
            if label.endswith(f"（{kind}）"):
                self.ui.unitLevelCombo.setCurrentText(kind)

    # -- values and saving -----------------------------------------------------------------------
    def values(self) -> fs.NewFinding:
        ui = self.ui
        target = ui.targetCombo.currentData()
        kind = ui.kindCombo.currentData()
        sector = ui.sectorCombo.currentData()
        unit = ui.unitCombo.currentData()
        return fs.NewFinding(
            target_id=int(target) if target is not None else None,
            kind_id=int(kind) if kind is not None else None,
            description=ui.descriptionEdit.toPlainText().strip(),
            found_on=from_qdate(ui.foundOnEdit.date()),
            sector_id=int(sector) if sector is not None else None,
            unit_level=ui.unitLevelCombo.currentText(),
            unit_id=int(unit) if unit is not None else None,
            legal_basis=ui.legalBasisEdit.toPlainText().strip(),
            found_by=ui.foundByEdit.text().strip(),
            responsible_unit=ui.responsibleUnitEdit.text().strip(),
            responsible_person=ui.responsiblePersonEdit.text().strip(),
        )

    def field_widget(self, field: str) -> QWidget | None:
        ui = self.ui
        widgets: dict[str, QWidget] = {
            "target_id": ui.targetCombo, "kind_id": ui.kindCombo,
            "description": ui.descriptionEdit, "found_on": ui.foundOnEdit,
            "unit_level": ui.unitLevelCombo, "sector_id": ui.sectorCombo,
            "unit_id": ui.unitCombo,
        }
        return widgets.get(field)

    def error_text(self) -> str:
        return self.ui.errorLabel.text()

    def save(self) -> bool:
        """Save through the saver; on an error show it here and keep the dialog open."""
        self.ui.errorLabel.clear()
        try:
            self.saved = self._save(self.values())
        except XunchaError as err:
            self.ui.errorLabel.setText(err.text)
            widget = self.field_widget(err.field) if isinstance(err, ValidationError) else None
            if widget is not None:
                widget.setFocus()
            return False
        self.accept()
        return True

    @classmethod
    def ask(cls, parent: QWidget | None, choices: NewFindingChoices,
            save: Saver) -> tuple[int, str] | None:
        dialog = cls(choices, save, parent)
        try:
            dialog.exec()
            return dialog.saved
        finally:
            dialog.deleteLater()


__all__ = ["FindingNewDialog", "NewFindingChoices"]
