"""Settings, About and Crash dialogs, and :func:`show_error` for domain errors.

Each dialog has a ``@classmethod ask(...)`` that runs it modally and returns what the caller
needs; tests monkeypatch ``ask`` instead of driving a modal loop.
"""

from __future__ import annotations

import dataclasses
import platform
import sys
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QWidget,
)

from xuncha_desktop import APP_NAME, __version__
from xuncha_desktop.config import LocalSettings, Paths, save_settings
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import XunchaError
from xuncha_desktop.services.queries import schema_revision
from xuncha_desktop.ui.forms.ui_about_dialog import Ui_AboutDialog
from xuncha_desktop.ui.forms.ui_crash_dialog import Ui_CrashDialog
from xuncha_desktop.ui.forms.ui_settings_dialog import Ui_SettingsDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


def _chinese_buttons(box: QDialogButtonBox) -> None:
    """Standard buttons in Chinese even when no Qt translation is installed."""
    names = {
        QDialogButtonBox.StandardButton.Ok: _tr("确定"),
        QDialogButtonBox.StandardButton.Cancel: _tr("取消"),
        QDialogButtonBox.StandardButton.Close: _tr("关闭"),
    }
    for which, text in names.items():
        button = box.button(which)
        if button is not None:
            button.setText(text)


def _min_width_chars(widget: QWidget, chars: int) -> None:
    widget.setMinimumWidth(widget.fontMetrics().horizontalAdvance("国") * chars)


# ---------------------------------------------------------------------------------------------
# Errors the user can fix
# ---------------------------------------------------------------------------------------------
def build_error_box(parent: QWidget | None, err: XunchaError) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(APP_NAME)
    box.setText(err.message)
    if err.hint:
        box.setInformativeText(err.hint)
    box.addButton(_tr("确定"), QMessageBox.ButtonRole.AcceptRole)
    return box


def show_error(parent: QWidget | None, err: XunchaError) -> None:
    """Show a domain error: what happened, and what to do next, in plain Chinese."""
    build_error_box(parent, err).exec()


# ---------------------------------------------------------------------------------------------
# Settings
# ---------------------------------------------------------------------------------------------
class SettingsDialog(QDialog):
    """Operator name and database location of this workstation (``LocalSettings``)."""

    def __init__(
        self,
        paths: Paths,
        settings: LocalSettings,
        parent: QWidget | None = None,
        *,
        current_db: str = "",
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        _chinese_buttons(self.ui.buttonBox)
        _min_width_chars(self, 36)
        self.paths = paths
        self.settings = settings
        self.ui.operatorEdit.setText(settings.operator)
        self.ui.dbEdit.setText(settings.db or current_db or str(paths.default_db))
        self.ui.dbEdit.setCursorPosition(0)
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.saved: LocalSettings | None = None

    def browse(self) -> None:
        current = self.ui.dbEdit.text().strip()
        start = current if current and "://" not in current else str(self.paths.default_db)
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("选择或新建数据库文件"),
            start,
            self.tr("巡查桌面数据库 (*.db);;所有文件 (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.ui.dbEdit.setText(path)

    def values(self) -> LocalSettings:
        operator = self.ui.operatorEdit.text().strip()
        db = self.ui.dbEdit.text().strip()
        return dataclasses.replace(self.settings, operator=operator, db=db)

    def accept(self) -> None:
        new = self.values()
        if not new.operator:
            show_error(
                self,
                XunchaError(
                    self.tr("操作员姓名不能为空。"),
                    hint=self.tr("请填写您的姓名，它会记入审计日志。"),
                ),
            )
            self.ui.operatorEdit.setFocus()
            return
        if not new.db:
            show_error(
                self,
                XunchaError(
                    self.tr("数据库位置不能为空。"),
                    hint=self.tr("请点击“浏览…”选择数据库文件，或填写新文件的路径。"),
                ),
            )
            self.ui.dbEdit.setFocus()
            return
        try:
            save_settings(self.paths, new)
        except OSError as exc:
            show_error(
                self,
                XunchaError(
                    self.tr("无法保存设置：") + str(exc.strerror or exc),
                    hint=self.tr("请检查设置文件夹是否可写：") + str(self.paths.config_dir),
                ),
            )
            return
        self.saved = new
        super().accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, paths: Paths, settings: LocalSettings, current_db: str = ""
    ) -> LocalSettings | None:
        """Run the dialog; the saved settings, or None when cancelled."""
        dialog = cls(paths, settings, parent, current_db=current_db)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.saved
            return None
        finally:
            dialog.deleteLater()


# ---------------------------------------------------------------------------------------------
# About
# ---------------------------------------------------------------------------------------------
class AboutDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        _chinese_buttons(self.ui.buttonBox)
        _min_width_chars(self, 28)
        title_font = QFont(self.font())
        title_font.setPointSizeF(self.font().pointSizeF() * 1.8)
        title_font.setBold(True)
        self.ui.titleLabel.setFont(title_font)
        self.ui.titleLabel.setText(APP_NAME)
        self.ui.versionValue.setText(__version__)
        self.ui.dbValue.setText(db.target.display)
        try:
            revision = schema_revision(db) or self.tr("（未知）")
        except XunchaError as err:
            revision = err.message
        self.ui.revisionValue.setText(revision)
        self.ui.qtValue.setText(
            f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 {pyside_version}"
        )
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.accepted.connect(self.accept)

    @classmethod
    def ask(cls, parent: QWidget | None, db: Database) -> None:
        dialog = cls(db, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()


# ---------------------------------------------------------------------------------------------
# Crash
# ---------------------------------------------------------------------------------------------
class CrashDialog(QDialog):
    """A bug: the report (traceback and versions) to copy, and where the log file is."""

    def __init__(self, report: str, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CrashDialog()
        self.ui.setupUi(self)
        _min_width_chars(self, 40)
        self.ui.reportEdit.setMinimumHeight(self.fontMetrics().height() * 12)
        self.ui.reportEdit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.ui.reportEdit.setPlainText(report)
        if log_file is not None:
            self.ui.logLabel.setText(self.tr("详细记录已写入日志文件：") + str(log_file))
        else:
            self.ui.logLabel.setText(self.tr("本次错误没有写入日志文件。"))
        self.ui.copyButton.clicked.connect(self.copy_report)
        self.ui.closeButton.clicked.connect(self.accept)

    def report(self) -> str:
        return self.ui.reportEdit.toPlainText()

    def copy_report(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.report())
            self.ui.copiedLabel.setText(self.tr("已复制到剪贴板"))

    @classmethod
    def ask(cls, parent: QWidget | None, report: str, log_file: Path | None) -> None:
        dialog = cls(report, log_file, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()


def crash_report(traceback_text: str) -> str:
    """The text of a crash report: versions first, then the traceback."""
    lines = [
        f"{APP_NAME} {__version__}",
        f"Python {platform.python_version()} ({sys.platform}), Qt {qVersion()}, "
        f"PySide6 {pyside_version}",
        f"{platform.platform()}",
        "",
        traceback_text.rstrip(),
    ]
    return "\n".join(lines) + "\n"
