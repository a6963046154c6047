"""A damaged database opened read-only, and the ways out: restore a good backup, or repair.

* :class:`ReadOnlyBanner` sits above the tabs while the window's database is read-only. It
  says what is wrong and offers 恢复最近的完好备份 (the newest backup that passes the
  integrity check, found off the UI thread) and 修复数据库.
* 工具 → 修复数据库… (:func:`repair_database`) is there in every mode: it takes a backup,
  rebuilds the file into a new verified one, sets the old file aside, reopens and says what
  it did. The work runs off the UI thread, with a progress dialog.

Editing while read-only is refused by the services layer
(:class:`~xuncha_desktop.services.uow.ReadOnlyDatabaseError`), so every edit action in every
tab shows the same clear message.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QThreadPool
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import XunchaError
from xuncha_desktop.services import backups
from xuncha_desktop.ui import dialogs
from xuncha_desktop.ui.documents_jobs import Job

if TYPE_CHECKING:
    from xuncha_desktop.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("read_only", text)


def show_error(parent: QWidget | None, err: XunchaError) -> None:
    dialogs.show_error(parent, err)


class ReadOnlyBanner(QFrame):
    """Above the tabs while the database is read-only: what is wrong and the ways out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#readOnlyBanner { background: #fdecea; border: 1px solid #c0392b; }"
                           " #readOnlyBanner QLabel { color: #000000; }")
        layout = QHBoxLayout(self)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.restore_button = QPushButton(_tr("恢复最近的完好备份(&W)…"), self)
        self.repair_button = QPushButton(_tr("修复数据库(&V)…"), self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.repair_button)

    def show_for(self, db: Database) -> None:
        self.setVisible(db.read_only)
        if db.read_only:
            self.label.setText(_tr(
                "【只读】数据库文件已损坏，已以只读方式打开：可以查看和导出，不能修改（保存会被拒绝）。"
                "请恢复最近一份完好的备份，或修复数据库（两者都先备份，原文件改名保留，不会删除）。"))

    def text(self) -> str:
        return self.label.text()


class Notice:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)


class RepairConfirm:
    @classmethod
    def ask(cls, parent: QWidget | None, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, _tr("修复数据库"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
        box.button(QMessageBox.StandardButton.Yes).setText(_tr("修复"))
        box.button(QMessageBox.StandardButton.No).setText(_tr("取消"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes


def run_busy(parent: QWidget, title: str, fn: Callable[[], Any]) -> tuple[bool, Any]:
    """Run ``fn`` off the UI thread behind a progress dialog; (finished, result).

    A domain error is shown and gives ``(False, None)``; a bug goes to the excepthook.
    The work cannot be cancelled half-way (a repair or restore either swaps the file in or
    leaves everything as it was), so the dialog has no cancel button.
    """
    job = Job(lambda _cancelled: fn())
    progress = QProgressDialog(title, "", 0, 0, parent)
    progress.setCancelButton(None)
    progress.setWindowTitle(_tr("请稍候"))
    progress.setMinimumDuration(0)
    outcome: list[tuple[str, Any]] = []
    loop = QEventLoop()

    def finish(kind: str, value: Any) -> None:
        outcome.append((kind, value))
        loop.quit()

    job.signals.done.connect(lambda r: finish("done", r))
    job.signals.failed.connect(lambda e: finish("failed", e))
    job.signals.crashed.connect(lambda info: finish("crashed", info))
    progress.show()
    QThreadPool.globalInstance().start(job)
    if not outcome:
        loop.exec()
    progress.close()
    progress.deleteLater()
    kind, value = outcome[0]
    if kind == "failed":
        show_error(parent, value)
        return False, None
    if kind == "crashed":
        sys.excepthook(*value)
        return False, None
    return True, value


def _db_path(window: MainWindow) -> Path | None:
    try:
        return backups.sqlite_path(window.db)
    except XunchaError as err:
        show_error(window, err)
        return None


def restore_newest_good(window: MainWindow) -> bool:
    """Find the newest backup that passes the integrity check, confirm, restore it."""
    from xuncha_desktop.ui.backup_dialog import (
        confirm_restore,
        open_backup_dialog,
        restore_into_window,
    )

    db_path = _db_path(window)
    if db_path is None:
        return False
    cfg = backups.backup_settings(window.settings, db_path)
    ok, good = run_busy(window, _tr("正在查找并校验最近的完好备份……"),
                        lambda: backups.newest_good_backup(db_path, cfg))
    if not ok:
        return False
    if good is None:
        Notice.ask(window, _tr("没有完好的备份"),
                   _tr("备份文件夹“%1”中没有通过完整性检查的备份。"
                       "可以在接下来的窗口中查看备份，或改用“修复数据库”。")
                   .replace("%1", str(cfg.folder)))
        open_backup_dialog(window)
        return False
    if not confirm_restore(window, db_path, good):
        return False
    return restore_into_window(window, good.path) is not None


def repair_database(window: MainWindow) -> backups.RepairResult | None:
    """工具 → 修复数据库…: back up, rebuild, verify, set the old file aside, reopen."""
    db_path = _db_path(window)
    if db_path is None:
        return None
    cfg = backups.backup_settings(window.settings, db_path)
    text = _tr(
        "修复会先把当前数据库备份到“%1”（文件已损坏时无法生成校验通过的备份，则只把原文件改名保留），"
        "再把全部记录重新写入一个新文件并重建索引，新文件通过完整性检查和外键检查后才替换当前文件。"
        "当前文件改名保存在同一文件夹中（文件名含“修复前”和日期），不会删除。\n\n"
        "修复期间不能使用数据库。现在修复“%2”吗？"
    ).replace("%1", str(cfg.folder)).replace("%2", db_path.name)
    if not RepairConfirm.ask(window, text):
        return None
    was_read_only = window.db.read_only
    window.db.close()
    ok, result = run_busy(window, _tr("正在修复数据库……"), lambda: backups.repair(db_path, cfg))
    if not ok or not isinstance(result, backups.RepairResult):
        return None  # nothing was swapped: the window goes on with the file it had
    if not window.switch_database(str(db_path)):
        return result
    message = backups.describe_repair(result)
    window.statusBar().showMessage(message.splitlines()[0], 15000)
    if was_read_only:
        message += "\n\n" + _tr("数据库已恢复为可修改状态。")
    Notice.ask(window, _tr("修复完成"), message)
    return result


def install_read_only_features(window: MainWindow) -> ReadOnlyBanner:
    """The banner above the tabs and 工具 → 修复数据库…."""
    banner = ReadOnlyBanner(window)
    window.ui.centralLayout.insertWidget(1, banner)
    banner.restore_button.clicked.connect(lambda: restore_newest_good(window))
    banner.repair_button.clicked.connect(lambda: repair_database(window))
    banner.show_for(window.db)
    window.databaseChanged.connect(banner.show_for)
    action = QAction(window.tr("修复数据库(&X)…"), window)
    action.setToolTip(window.tr("先备份，再重建数据库文件并校验；原文件改名保留"))
    action.triggered.connect(lambda _=False: repair_database(window))
    window.ui.menuTools.addAction(action)
    setattr(window, "repair_action", action)  # noqa: B010
    return banner


__all__ = ["ReadOnlyBanner", "RepairConfirm", "install_read_only_features", "repair_database",
           "restore_newest_good", "run_busy"]
