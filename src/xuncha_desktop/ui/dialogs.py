"""Settings, About and Crash dialogs, and :func:`show_error` for domain errors.

Each dialog has a ``@classmethod ask(...)`` that runs it modally and returns what the caller
needs; tests monkeypatch ``ask`` instead of driving a modal loop.
"""

from __future__ import annotations

import dataclasses
import os
import platform
import sys
import tempfile
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
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
def choose_directory(parent: QWidget | None, title: str, start: str) -> str:
    """Ask for an existing folder; "" when cancelled. Tests monkeypatch this function."""
    return QFileDialog.getExistingDirectory(parent, title, start)


def probe_writable(folder: Path) -> None:
    """Create and delete a scratch file in ``folder``; raises OSError when that fails.

    A real write, because ``os.access`` does not see Windows ACLs.
    """
    fd, name = tempfile.mkstemp(prefix=".xuncha-probe-", suffix=".tmp", dir=folder)
    os.close(fd)
    os.unlink(name)


def _local_db_path(location: str) -> Path | None:
    """The file behind a database location, or None for a server (PostgreSQL) address."""
    if not location or "://" in location:
        return None
    return Path(location).expanduser()


class SettingsDialog(QDialog):
    """This workstation's ``LocalSettings``: operator, database location and backups.

    The backup fields mean exactly what :func:`xuncha_desktop.services.backups.backup_settings`
    reads: an empty backup folder is ``<数据库名>.backups`` beside the database file, an empty
    evidence archive folder is ``<数据库名>.archive`` beside it (``archive.layout``).
    """

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
        _min_width_chars(self, 42)
        self.paths = paths
        self.settings = settings
        self.ui.operatorEdit.setText(settings.operator)
        self.ui.dbEdit.setText(settings.db or current_db or str(paths.default_db))
        self.ui.dbEdit.setCursorPosition(0)
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.backupDirEdit.setText(settings.backup_dir)
        self.ui.archiveDirEdit.setText(settings.archive_dir)
        self.ui.archiveDirEdit.setPlaceholderText(self.tr("不设置：数据库文件旁的 <名称>.archive 文件夹"))
        # A count outside the spin box range (hand-edited settings.json) is kept as it is
        # unless the user changes that spin box.
        self._keep_fields = (
            ("backup_keep_daily", self.ui.keepDailySpin),
            ("backup_keep_weekly", self.ui.keepWeeklySpin),
            ("backup_keep_monthly", self.ui.keepMonthlySpin),
        )
        self._keep_shown: dict[str, int] = {}
        for name, spin in self._keep_fields:
            spin.setValue(getattr(settings, name))
            self._keep_shown[name] = spin.value()
        self.ui.dbEdit.textChanged.connect(self._update_backup_placeholder)
        self._update_backup_placeholder()
        self.ui.backupDirBrowseButton.clicked.connect(self.browse_backup_dir)
        self.ui.archiveDirBrowseButton.clicked.connect(self.browse_archive_dir)
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

    def _update_backup_placeholder(self) -> None:
        db_path = _local_db_path(self.ui.dbEdit.text().strip())
        if db_path is None:
            text = self.tr("数据库旁的 <名称>.backups 文件夹")
        else:
            text = self.tr("数据库旁的 %1.backups 文件夹").replace("%1", db_path.stem)
        self.ui.backupDirEdit.setPlaceholderText(text)

    def _browse_dir(self, edit: QLineEdit, title: str) -> None:
        current = edit.text().strip()
        if current:
            start = str(Path(current).expanduser())
        else:
            db_path = _local_db_path(self.ui.dbEdit.text().strip())
            start = str(db_path.parent) if db_path is not None else str(self.paths.data_dir)
        chosen = choose_directory(self, title, start)
        if chosen:
            edit.setText(str(Path(chosen)))

    def browse_backup_dir(self) -> None:
        self._browse_dir(self.ui.backupDirEdit, self.tr("选择备份文件夹"))

    def browse_archive_dir(self) -> None:
        self._browse_dir(self.ui.archiveDirEdit, self.tr("选择证据档案文件夹"))

    def values(self) -> LocalSettings:
        operator = self.ui.operatorEdit.text().strip()
        db = self.ui.dbEdit.text().strip()
        new = dataclasses.replace(
            self.settings,
            operator=operator,
            db=db,
            backup_dir=self.ui.backupDirEdit.text().strip(),
            archive_dir=self.ui.archiveDirEdit.text().strip(),
        )
        for name, spin in self._keep_fields:
            if spin.value() != self._keep_shown[name]:
                setattr(new, name, spin.value())
        return new

    def _folder_problem(self, text: str, *, writable: bool) -> XunchaError | None:
        """Why ``text`` cannot be used as a folder, or None when it can."""
        folder = Path(text).expanduser()
        if not folder.is_absolute():
            return XunchaError(
                self.tr("“%1”不是完整的文件夹路径。").replace("%1", text),
                hint=self.tr("请点击“浏览…”选择文件夹。"),
            )
        if not folder.is_dir():
            return XunchaError(
                self.tr("文件夹“%1”不存在。").replace("%1", str(folder)),
                hint=self.tr("请先建好该文件夹，或点击“浏览…”选择已有的文件夹。"),
            )
        if writable:
            try:
                probe_writable(folder)
            except OSError as exc:
                return XunchaError(
                    self.tr("无法在文件夹“%1”中写入文件：").replace("%1", str(folder))
                    + str(exc.strerror or exc),
                    hint=self.tr(
                        "请选择有写入权限的文件夹，或清空此项以使用数据库旁的默认文件夹。"
                    ),
                )
        return None

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
        folders = (
            (new.backup_dir, self.ui.backupDirEdit, True),
            (new.archive_dir, self.ui.archiveDirEdit, False),
        )
        for text, edit, writable in folders:
            problem = self._folder_problem(text, writable=writable) if text else None
            if problem is not None:
                show_error(self, problem)
                edit.setFocus()
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
