"""工具 → 备份与恢复…: list backups, back up now (off the UI thread), restore with confirmation.

Widgets never touch the database: the work is done by :mod:`xuncha_desktop.services.backups`
in a worker thread, which reports progress and its result through signals.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QListWidgetItem, QMessageBox, QWidget

from xuncha_desktop.db import backup as bk
from xuncha_desktop.errors import XunchaError
from xuncha_desktop.services import backups
from xuncha_desktop.ui.dialogs import show_error
from xuncha_desktop.ui.evidence_panel import ARCHIVE_OVERRIDE_PROPERTY
from xuncha_desktop.ui.forms.ui_backup_dialog import Ui_BackupDialog

if TYPE_CHECKING:
    from xuncha_desktop.ui.main_window import MainWindow


class BackupWorker(QObject):
    """Takes one backup in a worker thread; cancel() stops it at the next step."""

    progress = Signal(int, int)
    done = Signal(object)  # BackupInfo or None
    failed = Signal(object)  # XunchaError

    def __init__(self, db_path: Path, cfg: backups.BackupSettings, reason: str = "手动",
                 *, daily: bool = False) -> None:
        super().__init__()
        self.db_path, self.cfg, self.reason, self.daily = db_path, cfg, reason, daily
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def _step(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise bk.BackupCancelled()
        self.progress.emit(done, total)

    def run(self) -> None:
        try:
            if self.daily:
                info = backups.daily_backup(self.db_path, self.cfg, progress=self._step)
            else:
                info = backups.back_up(self.db_path, self.cfg, self.reason, progress=self._step)
        except XunchaError as err:
            self.failed.emit(err)
        else:
            self.done.emit(info)


def start_worker(owner: QObject, worker: BackupWorker) -> QThread:
    thread = QThread(owner)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    # quit() is thread-safe: called directly from the worker, so that a slot in the UI thread
    # can wait() for the thread without waiting for its own event loop.
    worker.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    worker.failed.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    thread.start()
    return thread


class BackupDialog(QDialog):
    #: Emitted with the backup the user chose and confirmed to restore.
    restoreRequested = Signal(object)

    def __init__(self, db_path: Path, cfg: backups.BackupSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path, self.cfg = db_path, cfg
        self.ui = Ui_BackupDialog()
        self.ui.setupUi(self)
        self.ui.folderLabel.setText(self.tr("数据库：") + str(db_path) + "\n"
                                    + self.tr("备份文件夹：") + str(cfg.folder))
        archive = (self.tr("证据档案文件夹：") + str(cfg.archive_dir) + "\n"
                   if cfg.archive_dir else "")
        self.ui.archiveLabel.setText(archive + self.tr(backups.ARCHIVE_NOTE))
        self.ui.progressBar.setVisible(False)
        self.ui.cancelButton.setVisible(False)
        self.ui.backupButton.clicked.connect(self.back_up_now)
        self.ui.cancelButton.clicked.connect(self.cancel_backup)
        self.ui.restoreButton.clicked.connect(self.restore_selected)
        self.ui.closeButton.clicked.connect(self.reject)
        self.worker: BackupWorker | None = None
        self.thread_: QThread | None = None
        self.last_result: bk.BackupInfo | None = None
        self.resize(self.fontMetrics().horizontalAdvance("国") * 48,
                    self.fontMetrics().height() * 26)
        self.refresh()

    def refresh(self) -> None:
        self.ui.backupList.clear()
        for info in backups.list_backups(self.db_path, self.cfg):
            item = QListWidgetItem(backups.describe_backup(info))
            item.setData(256, info)  # Qt.UserRole
            self.ui.backupList.addItem(item)
        if self.ui.backupList.count():
            self.ui.backupList.setCurrentRow(0)
        self.ui.restoreButton.setEnabled(self.ui.backupList.count() > 0 and self.worker is None)

    @property
    def busy(self) -> bool:
        return self.worker is not None

    def back_up_now(self) -> None:
        if self.worker is not None:
            return
        self.worker = BackupWorker(self.db_path, self.cfg)
        self.worker.progress.connect(self._progress)
        self.worker.done.connect(self._done)
        self.worker.failed.connect(self._failed)
        self.ui.progressBar.setValue(0)
        self.ui.progressBar.setVisible(True)
        self.ui.cancelButton.setVisible(True)
        self.ui.backupButton.setEnabled(False)
        self.ui.restoreButton.setEnabled(False)
        self.ui.statusLabel.setText(self.tr("正在备份……"))
        self.thread_ = start_worker(self, self.worker)

    def cancel_backup(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _progress(self, done: int, total: int) -> None:
        self.ui.progressBar.setMaximum(max(total, 1))
        self.ui.progressBar.setValue(done)

    def _finish(self) -> None:
        # The worker object must outlive its run(): wait for the thread before letting go.
        if self.thread_ is not None:
            self.thread_.wait(30000)
            self.thread_ = None
        self.worker = None
        self.ui.progressBar.setVisible(False)
        self.ui.cancelButton.setVisible(False)
        self.ui.backupButton.setEnabled(True)
        self.refresh()

    def _done(self, info: bk.BackupInfo | None) -> None:
        self.last_result = info
        self._finish()
        if info is not None:
            self.ui.statusLabel.setText(self.tr("备份完成，已通过完整性检查：") + str(info.path))

    def _failed(self, err: XunchaError) -> None:
        self._finish()
        self.ui.statusLabel.setText(err.message)
        if not isinstance(err, bk.BackupCancelled):
            show_error(self, err)

    def selected(self) -> bk.BackupInfo | None:
        item = self.ui.backupList.currentItem()
        if item is None:
            return None
        info: Any = item.data(256)
        return info if isinstance(info, bk.BackupInfo) else None

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        if confirm_restore(self, self.db_path, info):
            self.restoreRequested.emit(info)
            self.accept()

    def reject(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            if self.thread_ is not None:
                self.thread_.quit()
                self.thread_.wait(10000)
        super().reject()

    @classmethod
    def ask(cls, parent: QWidget | None, db_path: Path,
            cfg: backups.BackupSettings) -> bk.BackupInfo | None:
        """Show the dialog; the backup chosen (and confirmed) for a restore, or None."""
        dialog = cls(db_path, cfg, parent)
        chosen: list[bk.BackupInfo] = []
        dialog.restoreRequested.connect(chosen.append)
        dialog.exec()
        return chosen[0] if chosen else None


class RestoreConfirm:
    @classmethod
    def ask(cls, parent: QWidget | None, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, "恢复备份", text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
        box.button(QMessageBox.StandardButton.Yes).setText("恢复")
        box.button(QMessageBox.StandardButton.No).setText("取消")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes


class RestoreDone:
    @classmethod
    def ask(cls, parent: QWidget | None, text: str) -> None:
        QMessageBox.information(parent, "已恢复", text)


def confirm_restore(parent: QWidget | None, db_path: Path, info: bk.BackupInfo) -> bool:
    text = (f"用 {backups.format_time(info.created)} 的备份替换当前数据库“{db_path.name}”？\n\n"
            "备份之后录入的内容将不在恢复后的数据库中。当前数据库不会删除，"
            "会改名保存在同一文件夹中（文件名含“恢复前”和日期）。")
    return RestoreConfirm.ask(parent, text)


def restore_into_window(window: MainWindow, backup: Path) -> bk.RestoreResult | None:
    """Close the window's database, restore ``backup`` over it, reopen, say what was done."""
    try:
        db_path = backups.sqlite_path(window.db)
    except XunchaError as err:
        show_error(window, err)
        return None
    cfg = window_backup_settings(window, db_path)
    window.db.close()
    try:
        result = backups.restore(backup, db_path, cfg)
    except XunchaError as err:
        show_error(window, err)
        window.switch_database(str(db_path))
        return None
    window.switch_database(str(db_path))
    text = backups.describe_restore(result)
    window.statusBar().showMessage(text.splitlines()[0], 15000)
    RestoreDone.ask(window, text)
    return result


def archive_override(value: object) -> Path | None:
    """``--archive DIR`` (a string, or nothing) as an absolute path, like the command line."""
    text = str(value or "").strip()
    return Path(text).expanduser().absolute() if text else None


def window_backup_settings(window: MainWindow, db_path: Path) -> backups.BackupSettings:
    """The backup settings of the window's database; the archive folder is resolved as the
    evidence panels resolve it (``--archive`` given to ``app.py`` wins over the setting)."""
    return backups.backup_settings(window.settings, db_path,
                                   archive_override(window.property(ARCHIVE_OVERRIDE_PROPERTY)))


def open_backup_dialog(window: MainWindow) -> None:
    try:
        db_path = backups.sqlite_path(window.db)
    except XunchaError as err:
        show_error(window, err)
        return
    chosen = BackupDialog.ask(window, db_path, window_backup_settings(window, db_path))
    if chosen is not None:
        restore_into_window(window, chosen.path)


def install_backup_action(window: MainWindow) -> QAction:
    action = QAction(window.tr("备份与恢复…"), window)
    action.triggered.connect(lambda _=False: open_backup_dialog(window))
    window.ui.menuTools.addAction(action)
    setattr(window, "backup_action", action)  # noqa: B010
    return action


def schedule_daily_backup(window: MainWindow) -> QThread | None:
    """Today's automatic backup in the background, if none was made today."""
    if window.db.target.path is None or window.db.target.path.name.startswith(":"):
        return None
    db_path = window.db.target.path
    cfg = window_backup_settings(window, db_path)
    if not backups.daily_backup_due(db_path, cfg):
        return None
    worker = BackupWorker(db_path, cfg, daily=True)
    # A QObject living in the UI thread receives the results: connecting the worker's signals
    # to plain functions would run them in the worker's thread, touching widgets from there.
    reporter = _DailyBackupReporter(window)
    worker.done.connect(reporter.on_done)
    worker.failed.connect(reporter.on_failed)
    thread = start_worker(window, worker)
    setattr(window, "_daily_backup", (worker, thread, reporter))  # noqa: B010
    return thread


class _DailyBackupReporter(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    @Slot(object)
    def on_done(self, info: bk.BackupInfo | None) -> None:
        if info is not None:
            self.window.statusBar().showMessage(
                self.window.tr("今日自动备份已完成：") + str(info.path), 10000
            )

    @Slot(object)
    def on_failed(self, err: XunchaError) -> None:
        self.window.statusBar().showMessage(
            self.window.tr("今日自动备份失败：") + err.message, 30000
        )
