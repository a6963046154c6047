"""工具 → 办公室设置(&O)…: the office-wide settings (forms/office_settings_dialog.ui).

Five tabs (发文 / 期限 / 巡查组 / 评价 / 节假日) over :class:`OfficeSettings`. 确定 saves through
:func:`save_office_settings`; a rule broken there (:class:`ValidationError`) or a refusal by the
roles check (only a 管理员 may change office settings) is shown in the dialog, which stays open
with what the clerk typed, and nothing is saved. 取消 discards. After a save the dialog emits
:attr:`OfficeSettingsDialog.settingsChanged`; the main window re-reads what it keeps (the
due-soon days) and refreshes its tabs.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHeaderView,
    QListWidgetItem,
    QTableWidgetItem,
    QWidget,
)

from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import ValidationError, XunchaError
from xuncha_desktop.services import roles
from xuncha_desktop.services.office_settings import (
    DOC_KINDS,
    OfficeSettings,
    load_office_settings,
    save_office_settings,
)
from xuncha_desktop.ui.dialogs import _chinese_buttons
from xuncha_desktop.ui.forms.ui_office_settings_dialog import Ui_OfficeSettingsDialog

if TYPE_CHECKING:
    from xuncha_desktop.ui.main_window import MainWindow

TAB_ISSUE, TAB_PERIODS, TAB_TEAM, TAB_EVALUATION, TAB_HOLIDAYS = range(5)
#: Column of the 代字 in the prefix table (column 0 is the document kind's Chinese name).
PREFIX_COLUMN = 1


class OfficeSettingsDialog(QDialog):
    #: Emitted after a successful save, with the settings as saved.
    settingsChanged = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ui = Ui_OfficeSettingsDialog()
        self.ui.setupUi(self)
        _chinese_buttons(self.ui.buttonBox)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        ui = self.ui
        self.grade_spins = {"好": ui.goodSpin, "较好": ui.fairGoodSpin, "一般": ui.averageSpin}
        self.factor_spins = {"符合": ui.compliantSpin, "基本符合": ui.mostlySpin,
                             "不符合": ui.noncompliantSpin}
        self.deduction_spins: dict[str, QDoubleSpinBox] = {
            "major_hazard_points": ui.majorPointsSpin, "major_hazard_cap": ui.majorCapSpin,
            "overdue_points": ui.overduePointsSpin, "overdue_cap": ui.overdueCapSpin,
            "breach_points": ui.breachPointsSpin, "breach_cap": ui.breachCapSpin,
        }
        #: Where a field named in a ValidationError lives: (tab, widget to focus).
        self.field_widgets: dict[str, tuple[int, QWidget]] = {
            "issuer": (TAB_ISSUE, ui.issuerEdit),
            "issuer_mark": (TAB_ISSUE, ui.issuerMarkEdit),
            "hotline": (TAB_ISSUE, ui.hotlineEdit),
            "doc_prefixes": (TAB_ISSUE, ui.prefixTable),
            "cycle_length_years": (TAB_PERIODS, ui.cycleSpin),
            "due_soon_days": (TAB_PERIODS, ui.dueSoonSpin),
            "interview_report_working_days": (TAB_PERIODS, ui.interviewReportSpin),
            "tour_report_days": (TAB_PERIODS, ui.tourReportSpin),
            "rectification_plan_days": (TAB_PERIODS, ui.rectPlanSpin),
            "behind_share": (TAB_PERIODS, ui.behindShareSpin),
            "team_size_min": (TAB_TEAM, ui.sizeMinSpin),
            "team_size_max": (TAB_TEAM, ui.sizeMaxSpin),
            "grade_thresholds": (TAB_EVALUATION, ui.goodSpin),
            "score_factors": (TAB_EVALUATION, ui.compliantSpin),
            "holidays": (TAB_HOLIDAYS, ui.holidayList),
            **{name: (TAB_EVALUATION, spin) for name, spin in self.deduction_spins.items()},
        }

        table = ui.prefixTable
        table.setColumnCount(2)
        table.setHorizontalHeaderLabels([self.tr("文种"), self.tr("机关代字")])
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                              | QAbstractItemView.EditTrigger.EditKeyPressed
                              | QAbstractItemView.EditTrigger.AnyKeyPressed)

        ui.holidayDateEdit.setDate(QDate.currentDate())
        ui.addHolidayButton.clicked.connect(self.add_holiday)
        ui.removeHolidayButton.clicked.connect(self.remove_holidays)
        delete = QShortcut(QKeySequence.StandardKey.Delete, ui.holidayList)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_holidays)
        ui.holidayList.itemSelectionChanged.connect(self._update_holiday_buttons)

        self.role = roles.current_role(db)
        self.loaded = load_office_settings(db)
        self.show_settings(self.loaded)
        self._show_role()
        self._update_holiday_buttons()
        line = self.fontMetrics().height()
        char = self.fontMetrics().horizontalAdvance("国")
        self.resize(char * 44, line * 36)

    # -- showing --------------------------------------------------------------------------------
    def _show_role(self) -> None:
        if self.db.read_only:
            self.ui.roleLabel.setText(self.tr("数据库以只读方式打开，办公室设置只能查看。"))
            ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
            if ok is not None:
                ok.setEnabled(False)
        elif self.role.is_admin:
            self.ui.roleLabel.setText(self.tr(
                "这些设置全办公室共用，保存后各工作站都按新设置办理。当前操作员：%1")
                .replace("%1", self.role.text))
        else:
            self.ui.roleLabel.setText(self.tr(
                "当前操作员：%1。只有管理员可以修改办公室设置，您可以查看。")
                .replace("%1", self.role.text))

    def show_settings(self, s: OfficeSettings) -> None:
        ui = self.ui
        ui.issuerEdit.setText(s.issuer)
        ui.issuerMarkEdit.setText(s.issuer_mark)
        ui.hotlineEdit.setText(s.hotline)
        table = ui.prefixTable
        table.setRowCount(len(DOC_KINDS))
        for row, (kind, name) in enumerate(DOC_KINDS.items()):
            label = QTableWidgetItem(name)
            label.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            label.setData(Qt.ItemDataRole.UserRole, kind)
            table.setItem(row, 0, label)
            table.setItem(row, PREFIX_COLUMN, QTableWidgetItem(s.doc_prefixes.get(kind, "")))
        table.resizeRowsToContents()
        ui.cycleSpin.setValue(s.cycle_length_years)
        ui.dueSoonSpin.setValue(s.due_soon_days)
        ui.interviewReportSpin.setValue(s.interview_report_working_days)
        ui.tourReportSpin.setValue(s.tour_report_days)
        ui.rectPlanSpin.setValue(s.rectification_plan_days)
        ui.behindShareSpin.setValue(float(s.behind_share) * 100)  # shown as a percentage
        ui.sizeMinSpin.setValue(s.team_size_min)
        ui.sizeMaxSpin.setValue(s.team_size_max)
        for grade, spin in self.grade_spins.items():
            spin.setValue(float(s.grade_thresholds.get(grade, 0.0)))
        for result, spin in self.factor_spins.items():
            spin.setValue(float(s.score_factors.get(result, 0.0)))
        for name, spin in self.deduction_spins.items():
            spin.setValue(float(getattr(s, name)))
        ui.holidayList.clear()
        for day in sorted(s.holidays):
            self._add_holiday_item(str(day))

    # -- reading --------------------------------------------------------------------------------
    def prefixes(self) -> dict[str, str]:
        """代字 per document kind as typed (kinds the table does not list are kept)."""
        out = dict(self.loaded.doc_prefixes)
        table = self.ui.prefixTable
        for row in range(table.rowCount()):
            kind_item, prefix_item = table.item(row, 0), table.item(row, PREFIX_COLUMN)
            if kind_item is None:
                continue
            kind = str(kind_item.data(Qt.ItemDataRole.UserRole))
            out[kind] = prefix_item.text().strip() if prefix_item is not None else ""
        return out

    def holidays(self) -> list[str]:
        ui = self.ui
        return [str(ui.holidayList.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(ui.holidayList.count())]

    def settings(self) -> OfficeSettings:
        """The settings as the dialog shows them now."""
        ui = self.ui
        grades = dict(self.loaded.grade_thresholds)
        grades.update({g: spin.value() for g, spin in self.grade_spins.items()})
        factors = dict(self.loaded.score_factors)
        factors.update({r: spin.value() for r, spin in self.factor_spins.items()})
        return dataclasses.replace(
            self.loaded,
            issuer=ui.issuerEdit.text().strip(),
            issuer_mark=ui.issuerMarkEdit.text().strip(),
            hotline=ui.hotlineEdit.text().strip(),
            doc_prefixes=self.prefixes(),
            cycle_length_years=ui.cycleSpin.value(),
            due_soon_days=ui.dueSoonSpin.value(),
            interview_report_working_days=ui.interviewReportSpin.value(),
            tour_report_days=ui.tourReportSpin.value(),
            rectification_plan_days=ui.rectPlanSpin.value(),
            behind_share=round(ui.behindShareSpin.value() / 100, 4),
            team_size_min=ui.sizeMinSpin.value(),
            team_size_max=ui.sizeMaxSpin.value(),
            grade_thresholds=grades,
            score_factors=factors,
            holidays=self.holidays(),
            **{name: spin.value() for name, spin in self.deduction_spins.items()},
        )

    # -- holidays -------------------------------------------------------------------------------
    def _add_holiday_item(self, text: str) -> QListWidgetItem:
        try:
            day = dt.date.fromisoformat(text)
        except ValueError:
            label = self.tr("%1（不是日期，请删除）").replace("%1", text)
        else:
            label = (self.tr("%1（星期%2）").replace("%1", day.isoformat())
                     .replace("%2", "一二三四五六日"[day.weekday()]))
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, text)
        self.ui.holidayList.addItem(item)
        return item

    def add_holiday(self) -> None:
        """Add the date of the date field (kept in date order; a date already listed is selected)."""
        day = self.ui.holidayDateEdit.date().toPython()
        assert isinstance(day, dt.date)
        text = day.isoformat()
        current = self.holidays()
        if text not in current:
            days = sorted([*current, text])
            self.ui.holidayList.clear()
            for d in days:
                self._add_holiday_item(d)
        row = self.holidays().index(text)
        self.ui.holidayList.setCurrentRow(row)
        self.ui.errorLabel.clear()

    def remove_holidays(self) -> None:
        lst = self.ui.holidayList
        for item in lst.selectedItems():
            lst.takeItem(lst.row(item))
        self._update_holiday_buttons()

    def _update_holiday_buttons(self) -> None:
        self.ui.removeHolidayButton.setEnabled(bool(self.ui.holidayList.selectedItems()))

    # -- saving ---------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save through the service; False (message shown, nothing saved) on an error."""
        wanted = self.settings()
        try:
            save_office_settings(self.db, wanted)
        except XunchaError as err:
            self.show_error(err)
            return False
        self.loaded = wanted
        self.ui.errorLabel.clear()
        self.settingsChanged.emit(wanted)
        return True

    def show_error(self, err: XunchaError) -> None:
        self.ui.errorLabel.setText(err.message + ("\n" + err.hint if err.hint else ""))
        if not isinstance(err, ValidationError):
            return
        found = self.field_widgets.get(err.field)
        if found is None:
            return
        tab, widget = found
        self.ui.tabs.setCurrentIndex(tab)
        if err.field == "doc_prefixes":  # the first blank 代字
            table = self.ui.prefixTable
            for row in range(table.rowCount()):
                item = table.item(row, PREFIX_COLUMN)
                if item is None or not item.text().strip():
                    table.setCurrentCell(row, PREFIX_COLUMN)
                    break
        widget.setFocus()

    def accept(self) -> None:
        if self.save():
            super().accept()

    @classmethod
    def ask(cls, window: MainWindow) -> bool:
        """Run the dialog over the window's database; True when settings were saved."""
        dialog = cls(window.db, window)
        dialog.settingsChanged.connect(lambda _s: window.reload_office_settings())
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()


def install_office_settings_action(window: MainWindow) -> QAction:
    """工具 → 办公室设置(&O)…, just above 设置(&S)…."""
    action = QAction(window.tr("办公室设置(&O)…"), window)
    action.setToolTip(window.tr("发文机关、机关代字、期限、巡查组人数、评价规则和节假日"))
    action.triggered.connect(lambda _=False: OfficeSettingsDialog.ask(window))
    window.ui.menuTools.insertAction(window.ui.actionSettings, action)
    return action


__all__ = ["OfficeSettingsDialog", "install_office_settings_action"]
