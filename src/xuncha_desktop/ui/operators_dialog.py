"""工具 → 操作员与权限…: who may change what. Only a 管理员 may add or change operators
(when no operator is set up yet, everyone is 管理员)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import XunchaError
from xuncha_desktop.services import roles
from xuncha_desktop.ui.dialogs import _chinese_buttons
from xuncha_desktop.ui.forms.ui_operators_dialog import Ui_OperatorsDialog
from xuncha_desktop.ui.plans_models import Col, RowsModel

if TYPE_CHECKING:
    from xuncha_desktop.ui.main_window import MainWindow


class OperatorsDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ui = Ui_OperatorsDialog()
        self.ui.setupUi(self)
        _chinese_buttons(self.ui.buttonBox)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.roleCombo.addItems(list(m.OPERATOR_ROLES))
        self.model = RowsModel([
            Col(self.tr("登录名"), lambda o: o.login),
            Col(self.tr("姓名"), lambda o: o.display_name),
            Col(self.tr("角色"), lambda o: o.role),
            Col(self.tr("状态"), lambda o: self.tr("启用") if o.active else self.tr("停用")),
        ], self)
        self.ui.tableView.setModel(self.model)
        self.ui.tableView.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.ui.tableView.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._edit_row(current.row()))
        self.ui.newButton.clicked.connect(self.new_operator)
        self.ui.saveButton.clicked.connect(self.save)
        self.editing: roles.OperatorRow | None = None
        line = self.fontMetrics().height()
        char = self.fontMetrics().horizontalAdvance("国")
        self.resize(char * 48, line * 30)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.role = roles.current_role(self.db)
        rows = roles.list_operators(self.db)
        self.model.set_rows(rows)
        self.ui.currentLabel.setText(self.tr("当前操作员：{0}").format(self.role.text))
        admin = self.role.is_admin
        for widget in (self.ui.editBox, self.ui.newButton, self.ui.saveButton):
            widget.setEnabled(admin)
        if not admin:
            self.ui.errorLabel.setText(self.tr("只有管理员可以调整操作员与权限。"))
        ids = [r.id for r in rows]
        if select_id in ids:
            self.ui.tableView.selectRow(ids.index(select_id))
        elif not rows:
            self.new_operator()

    def new_operator(self) -> None:
        """An empty form; for the very first operator, the current login as 管理员."""
        self.ui.tableView.clearSelection()
        self.editing = None
        first = self.model.rowCount() == 0
        self.ui.loginEdit.setText(self.db.operator if first else "")
        self.ui.nameEdit.setText(self.db.operator if first else "")
        self.ui.roleCombo.setCurrentText(roles.ADMIN if first else roles.OFFICE)
        self.ui.activeCheck.setChecked(True)
        if first and self.role.is_admin:
            self.ui.errorLabel.setText(self.tr(
                "请先把您自己登记为管理员；登记后，只有登记的操作员可以修改数据。"))
        self.ui.loginEdit.setFocus()

    def _edit_row(self, row: int) -> None:
        found = self.model.row_at(row)
        if not isinstance(found, roles.OperatorRow):
            return
        self.editing = found
        self.ui.loginEdit.setText(found.login)
        self.ui.nameEdit.setText(found.display_name)
        self.ui.roleCombo.setCurrentText(found.role)
        self.ui.activeCheck.setChecked(found.active)
        if self.role.is_admin:
            self.ui.errorLabel.clear()

    def save(self) -> None:
        editing = self.editing
        try:
            saved = roles.save_operator(
                self.db, self.ui.loginEdit.text(), self.ui.nameEdit.text(),
                self.ui.roleCombo.currentText(), self.ui.activeCheck.isChecked(),
                operator_id=editing.id if editing else None,
                expected_version=editing.version if editing else None,
            )
        except XunchaError as err:
            self.ui.errorLabel.setText(err.message + ("\n" + err.hint if err.hint else ""))
            return
        self.ui.errorLabel.setText(self.tr("已保存。"))
        self.reload(select_id=saved)
        self.ui.errorLabel.setText(self.tr("已保存。") if self.role.is_admin else
                                   self.tr("已保存。您已不是管理员，不能再调整操作员与权限。"))

    @classmethod
    def ask(cls, window: MainWindow) -> None:
        dialog = cls(window.db, window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        window._update_status_texts()
