"""Backups and restores as use cases: where they go, how many are kept, what the user is told.

The backup folder and the retention counts are workstation settings
(:class:`~xuncha_desktop.config.LocalSettings`); by default backups go into a folder
``<数据库名>.backups`` beside the database file. The evidence archive is referenced, not
copied: each backup gets a manifest of the archive's files with their SHA-256.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from xuncha_desktop.config import LocalSettings
from xuncha_desktop.db import backup as bk
from xuncha_desktop.db.engine import Database, Target
from xuncha_desktop.db.migrate import known_revisions
from xuncha_desktop.errors import DatabaseError

ARCHIVE_NOTE = (
    "证据档案不复制进备份：设置了证据档案文件夹时，每次备份都会在备份文件旁生成一份证据清单（.evidence.json），"
    "列出证据档案中每个文件的路径、大小和 SHA-256 哈希，恢复后可据此核对。证据档案文件夹请另行备份。"
)


@dataclass(frozen=True)
class BackupSettings:
    folder: Path
    keep_daily: int = 7
    keep_weekly: int = 4
    keep_monthly: int = 12
    archive_dir: Path | None = None


def backup_settings(settings: LocalSettings, db_path: Path) -> BackupSettings:
    folder = Path(settings.backup_dir).expanduser() if settings.backup_dir else (
        bk.default_backup_dir(db_path))
    archive = Path(settings.archive_dir).expanduser() if settings.archive_dir else None
    return BackupSettings(
        folder=folder,
        keep_daily=max(1, settings.backup_keep_daily),
        keep_weekly=max(0, settings.backup_keep_weekly),
        keep_monthly=max(0, settings.backup_keep_monthly),
        archive_dir=archive,
    )


def sqlite_path(target: Database | Target) -> Path:
    t = target.target if isinstance(target, Database) else target
    if t.path is None:
        raise DatabaseError(
            "服务器数据库（PostgreSQL）不在本机备份。",
            hint="请由服务器管理员用 pg_dump 定时备份，见使用说明“办公室服务器”一节。",
        )
    return t.path


def back_up(db_path: Path, cfg: BackupSettings, reason: str = "手动", *,
            out: Path | None = None, progress: bk.Progress | None = None,
            now: dt.datetime | None = None) -> bk.BackupInfo:
    """Take a verified backup; regular backups into the folder are then thinned out."""
    info = bk.create_backup(db_path, cfg.folder, reason, out=out, archive_dir=cfg.archive_dir,
                            progress=progress, now=now)
    if out is None and info.regular:
        bk.prune(cfg.folder, db_path.stem, cfg.keep_daily, cfg.keep_weekly, cfg.keep_monthly)
    return info


def safety_backup(db_path: Path, cfg: BackupSettings, reason: str) -> bk.BackupInfo:
    """The backup taken before a migration, restore, repair or purge (never pruned)."""
    return bk.create_backup(db_path, cfg.folder, reason, archive_dir=cfg.archive_dir)


def daily_backup_due(db_path: Path, cfg: BackupSettings, now: dt.datetime | None = None) -> bool:
    today = (now or dt.datetime.now()).date()
    if not db_path.exists():
        return False
    return not any(b.created.date() == today for b in bk.list_backups(cfg.folder, db_path.stem))


def daily_backup(db_path: Path, cfg: BackupSettings, *, progress: bk.Progress | None = None,
                 now: dt.datetime | None = None) -> bk.BackupInfo | None:
    """Today's automatic backup, unless there is already a backup from today."""
    if not daily_backup_due(db_path, cfg, now):
        return None
    return back_up(db_path, cfg, "每日", progress=progress, now=now)


def list_backups(db_path: Path, cfg: BackupSettings) -> list[bk.BackupInfo]:
    return bk.list_backups(cfg.folder, db_path.stem)


def newest_good_backup(db_path: Path, cfg: BackupSettings) -> bk.BackupInfo | None:
    from xuncha_desktop.db.safety import run_checks

    for info in list_backups(db_path, cfg):
        if not run_checks(info.path, full=True):
            return info
    return None


def restore(backup: Path, db_path: Path, cfg: BackupSettings, *,
            now: dt.datetime | None = None) -> bk.RestoreResult:
    """Replace the database by ``backup``. Every connection to it must be closed first."""
    revision = bk.verify_backup(backup)
    if revision is not None and revision not in known_revisions():
        raise DatabaseError(
            f"备份“{backup.name}”由更新版本的巡查桌面创建（结构版本 {revision}），不能在本程序中恢复。",
            hint="当前数据库未被改动。请先升级巡查桌面。",
        )
    if db_path.exists() and db_path.stat().st_size > 0:
        # A damaged database cannot be backed up; it is still kept aside, untouched.
        with contextlib.suppress(DatabaseError):
            safety_backup(db_path, cfg, "恢复前")
    return bk.restore_file(backup, db_path, now=now)


def format_time(when: dt.datetime) -> str:
    return f"{when.year}年{when.month}月{when.day}日 {when:%H:%M}"


def describe_backup(info: bk.BackupInfo) -> str:
    size = info.size / 1024 / 1024
    return f"{format_time(info.created)}（{info.reason or '备份'}，{size:.1f} MB）：{info.path}"


def describe_restore(result: bk.RestoreResult) -> str:
    lines = [
        f"已从备份“{result.backup.name}”恢复数据库“{result.target}”。",
        f"恢复的数据截至备份时间：{format_time(result.backup_created)}。",
    ]
    if result.set_aside:
        lines.append(f"恢复前的数据库已改名保存为“{result.set_aside[0].name}”（在同一文件夹中，未删除）。")
    return "\n".join(lines)
