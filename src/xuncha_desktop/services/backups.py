"""Backups and restores as use cases: where they go, how many are kept, what the user is told.

The backup folder and the retention counts are workstation settings
(:class:`~xuncha_desktop.config.LocalSettings`); by default backups go into a folder
``<数据库名>.backups`` beside the database file. The evidence archive is referenced, not
copied: each backup gets a manifest of the archive's files with their SHA-256.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from xuncha_desktop.config import LocalSettings
from xuncha_desktop.db import backup as bk
from xuncha_desktop.db.engine import Database, Target
from xuncha_desktop.db.migrate import known_revisions
from xuncha_desktop.errors import DatabaseError

ARCHIVE_NOTE = (
    "证据档案不复制进备份：每次备份都会在备份文件旁生成一份证据清单（.evidence.json），"
    "列出证据档案中每个文件的路径、大小和 SHA-256 哈希，恢复后可据此核对。证据档案文件夹请另行备份。"
)


@dataclass(frozen=True)
class BackupSettings:
    folder: Path
    keep_daily: int = 7
    keep_weekly: int = 4
    keep_monthly: int = 12
    archive_dir: Path | None = None


def default_archive_dir(db_path: Path) -> Path:
    """``x.db`` → ``x.archive`` beside it: the rule of ``archive.layout.default_archive_dir``,
    repeated here because services cannot import the archive layer."""
    return db_path.with_name(db_path.stem + ".archive")


def backup_settings(settings: LocalSettings, db_path: Path,
                    archive_dir: Path | None = None) -> BackupSettings:
    """``archive_dir``: the ``--archive`` override; else the setting, else the default folder."""
    folder = Path(settings.backup_dir).expanduser() if settings.backup_dir else (
        bk.default_backup_dir(db_path))
    archive = archive_dir or (Path(settings.archive_dir.strip()).expanduser().absolute()
                              if settings.archive_dir.strip() else default_archive_dir(db_path))
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


@dataclass(frozen=True)
class RepairResult:
    target: Path
    method: str
    kept: dict[str, int]
    lost: dict[str, int]
    problems_before: tuple[str, ...]
    safety_backup: Path | None
    set_aside: tuple[Path, ...]


def repair(db_path: Path, cfg: BackupSettings, *, progress: Callable[[str], None] | None = None,
           now: dt.datetime | None = None) -> RepairResult:
    """Back up, rebuild into a fresh verified file, set the old one aside, swap the new one in.

    Every connection to the database must be closed first. A damaged file cannot pass a
    verified backup; it is then only kept aside (renamed, never deleted).
    """
    from xuncha_desktop.db import repair as rp

    if not db_path.is_file():
        raise DatabaseError(f"数据库文件“{db_path}”不存在，无法修复。")
    saved: Path | None = None
    with contextlib.suppress(DatabaseError):
        if progress is not None:
            progress("正在备份当前数据库……")
        saved = safety_backup(db_path, cfg, "修复前").path
    rebuilt = rp.rebuild(db_path, progress=progress)
    moved = rp.swap_in(rebuilt.path, db_path, now=now)
    return RepairResult(db_path, rebuilt.method, dict(rebuilt.kept), dict(rebuilt.lost),
                        tuple(rebuilt.problems_before), saved, tuple(moved))


def describe_repair(result: RepairResult) -> str:
    """What the repair did, in plain Chinese (shown by the window and by ``xuncha repair``)."""
    how = ("重新写入全部表并重建索引" if result.method == "vacuum"
           else "逐表逐行抢救可读取的记录并重建索引")
    lines = [f"已修复数据库“{result.target}”：{how}，共保留 {sum(result.kept.values())} 条记录"
             f"（{len(result.kept)} 张表），新文件已通过完整性检查和外键检查。"]
    if result.problems_before:
        lines.append("修复前发现的问题：" + "；".join(result.problems_before[:3]) + "。")
    if result.lost:
        parts = [f"{t}（{n} 条）" if n > 0 else f"{t}（条数无法确定）"
                 for t, n in sorted(result.lost.items())]
        lines.append("以下表中有记录因损坏无法读取，未能保留：" + "、".join(parts)
                     + "。可从修复前的备份或改名保存的原文件中核对。")
    else:
        lines.append("没有丢失记录。")
    if result.safety_backup is not None:
        lines.append(f"修复前已备份：{result.safety_backup}。")
    else:
        lines.append("原文件已损坏，无法生成通过校验的备份；原文件已原样改名保存（见下）。")
    if result.set_aside:
        lines.append(f"修复前的数据库已改名保存为“{result.set_aside[0].name}”（在同一文件夹中，未删除）。")
    return "\n".join(lines)
