"""Start-up checks of the GUI: location, one instance per file, crash and corruption checks.

``app.main`` calls :func:`open_checked` instead of opening the database directly, then
:meth:`Guard.attach` once the window exists, and :meth:`Guard.release` at exit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from xuncha_desktop.config import LocalSettings, Paths
from xuncha_desktop.db.backup import BackupInfo
from xuncha_desktop.db.engine import (
    CorruptDatabaseError,
    Database,
    corrupt_error,
    parse_target,
    preflight,
    probe,
)
from xuncha_desktop.db.migrate import head_revision
from xuncha_desktop.db.safety import (
    StartupReport,
    WriterLock,
    check_location,
    open_readonly,
    startup_check,
)
from xuncha_desktop.errors import DatabaseError
from xuncha_desktop.services import backups
from xuncha_desktop.services.bootstrap import open_for_use
from xuncha_desktop.ui.backup_dialog import archive_override
from xuncha_desktop.ui.instance import InstanceServer, ask_running_instance, bring_to_front


class Notice:
    """A message box at start-up (a classmethod, so tests can replace it)."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)


class CorruptionChoice:
    @classmethod
    def ask(cls, parent: QWidget | None, problem: str, backup: BackupInfo | None) -> bool:
        """True to restore ``backup``; False to look at the damaged file read-only.

        Without a good backup there is nothing to choose: the clerk is told that the file is
        opened read-only and how to get out of it (repair, or a backup from elsewhere).
        """
        if backup is None:
            QMessageBox.critical(
                parent, "数据库已损坏",
                problem + "\n\n没有找到通过完整性检查的备份。数据库将以只读方式打开：可以查看和导出，"
                "不能修改。可以用“工具 → 修复数据库…”修复（修复前自动备份，原文件改名保留），"
                "或用“工具 → 备份与恢复…”选择其他位置的备份恢复。")
            return False
        box = QMessageBox(QMessageBox.Icon.Critical, "数据库已损坏",
                          problem + "\n\n最近一份完好的备份（已通过完整性检查）是 "
                          f"{backups.format_time(backup.created)} 的备份：\n{backup.path}\n\n"
                          "是否用它恢复？当前文件不会删除，会改名保存在同一文件夹中。"
                          "选择“只读打开”可以先查看现有内容（不能修改）。",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
        box.button(QMessageBox.StandardButton.Yes).setText("恢复这份备份(&R)")
        box.button(QMessageBox.StandardButton.No).setText("只读打开(&O)")
        return box.exec() == QMessageBox.StandardButton.Yes


@dataclass
class Guard:
    lock: WriterLock | None = None
    server: InstanceServer | None = None
    notes: list[str] = field(default_factory=list)
    readonly: bool = False

    def attach(self, window: QWidget) -> None:
        """Bring this window forward for later instances; show the start-up notes."""
        if self.server is not None:
            self.server.window = window
        if self.notes:
            text = "\n\n".join(self.notes)
            QTimer.singleShot(0, lambda: Notice.ask(window, "巡查桌面", text))

    def release(self, window: QWidget | None = None) -> None:
        pending = getattr(window, "_daily_backup", None)
        if pending is not None:
            worker, thread = pending[0], pending[1]  # (worker, thread, reporter)
            worker.cancel()
            if isinstance(thread, QThread):
                thread.quit()
                thread.wait(30000)
        if self.server is not None:
            self.server.close()
        if self.lock is not None:
            self.lock.release()


def open_checked(location: str, paths: Paths, settings: LocalSettings, *,
                 archive: str | None = None) -> tuple[Database, Guard] | None:
    """Open the database after the start-up checks; None when another instance took over.

    ``archive``: the ``--archive DIR`` option, so that a safety backup taken here lists the
    same evidence archive as the window's backups and evidence panels.
    """
    target = parse_target(location)
    guard = Guard()
    if target.path is None:  # PostgreSQL: the server handles concurrency and durability
        return open_for_use(location, operator=settings.operator), guard
    path = target.path
    guard.notes += check_location(path)  # refuses network shares
    preflight(path)  # not a database, a folder, read-only…: refused before anything else
    if ask_running_instance(str(path)):
        Notice.ask(None, "巡查桌面", f"巡查桌面已经打开了数据库“{path.name}”，已切换到那个窗口。")
        return None
    guard.server = InstanceServer(str(path))
    guard.server.listen()
    try:
        guard.lock = WriterLock(path).acquire()
        report = startup_check(path, paths.config_dir / "checks.json",
                               stale_lock=guard.lock.stale)
        cfg = backups.backup_settings(settings, path, archive_override(archive))
        if report.ok:
            try:
                db = open_for_use(location, operator=settings.operator, backup_dir=cfg.folder)
            except CorruptDatabaseError as err:
                report.problems = [err.detail or err.message]
            else:
                if report.unclean:
                    guard.notes.append("上次没有正常退出，已对数据库做完整检查：未发现问题。")
                return db, guard
        return _damaged(path, location, report, settings, cfg, guard)
    except BaseException:
        guard.release()
        raise


def readable(path: Path) -> bool:
    """Whether a damaged file can still be shown read-only: its schema is readable and current."""
    try:
        found = probe(path, quick_check=False)
    except DatabaseError:
        return False
    return found.revision == head_revision()


def _damaged(path: Path, location: str, report: StartupReport, settings: LocalSettings,
             cfg: backups.BackupSettings, guard: Guard) -> tuple[Database, Guard]:
    """A damaged file: restore the newest good backup, or open it read-only."""
    problem, problems = report.describe(), report.problems
    good = backups.newest_good_backup(path, cfg)
    can_read = readable(path)
    detail = "；".join(problems[:3])
    if good is None and not can_read:
        raise corrupt_error(path, detail)
    if CorruptionChoice.ask(None, problem, good) and good is not None:
        result = backups.restore(good.path, path, cfg)
        guard.notes.append(backups.describe_restore(result))
        return open_for_use(location, operator=settings.operator, backup_dir=cfg.folder), guard
    if not can_read:
        raise corrupt_error(path, detail)
    guard.readonly = True
    guard.notes.append(problem + "\n" + READ_ONLY_NOTE)
    return open_readonly(path, settings.operator), guard


READ_ONLY_NOTE = ("数据库已以只读方式打开：可以查看和导出，不能修改。"
                  "请用窗口上方提示条中的按钮恢复最近一份完好的备份，或修复数据库。")


__all__ = ["CorruptionChoice", "Guard", "Notice", "bring_to_front", "open_checked"]
