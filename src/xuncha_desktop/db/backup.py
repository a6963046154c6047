"""Verified backups and safe restores of a SQLite database file.

A backup is made with SQLite's online backup API (other connections may keep writing) into
a temporary file in the backup folder, checked with ``integrity_check``, flushed to disk and
only then renamed to its final name: a half-written file never carries a final name.

The evidence archive is not copied into the backup: a manifest beside the backup
(``<backup>.evidence.json``) lists every archive file with its size and SHA-256, so a restore
can tell whether the archive still matches.

A restore never deletes anything: the current file and its ``-wal``/``-shm`` companions are
renamed aside under a dated name, the backup is verified and copied next to the target, and
the copy is renamed into place with no ``-wal`` beside it, so a stale WAL is never replayed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import json
import os
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from xuncha_desktop.db.engine import SQLITE_HEADER, readonly_uri
from xuncha_desktop.errors import DatabaseError, ExportError
from xuncha_desktop.fsutil import atomic_write_bytes, atomic_writer

#: Backups taken on a schedule or on request; the retention policy thins these out.
REGULAR_REASONS = frozenset({"每日", "手动"})
#: Backups taken before a risky operation; they are never deleted automatically.
SAFETY_REASONS = ("升级前", "恢复前", "修复前", "清理前")

STAMP_FORMAT = "%Y%m%d-%H%M%S"
_NAME_RE = re.compile(
    r"^(?P<stem>.+?)-(?P<stamp>\d{8}-\d{6})(?:-(?P<reason>[^._]+))?(?:_\d+)?\.db$"
)
MANIFEST_SUFFIX = ".evidence.json"
#: Folders of the evidence store itself (temporary copies, thumbnails), not evidence; they are
#: left out of the manifest. Same names as ``archive.layout.TEMP_DIR``/``THUMB_DIR`` (``db``
#: cannot import ``archive``; a test checks that the two agree).
ARCHIVE_STORE_DIRS = frozenset({".tmp", ".thumbs"})
PAGES_PER_STEP = 256

Progress = Callable[[int, int], None]
"""``progress(done, total)`` in pages; may raise to cancel."""


class BackupError(DatabaseError):
    """A backup or restore could not be made; nothing under a final name was changed."""


class BackupCancelled(BackupError):
    def __init__(self) -> None:
        super().__init__("备份已取消，未生成备份文件。")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    reason: str
    size: int

    @property
    def regular(self) -> bool:
        return self.reason in REGULAR_REASONS

    @property
    def manifest(self) -> Path:
        return manifest_path(self.path)


@dataclass(frozen=True)
class RestoreResult:
    backup: Path
    backup_created: dt.datetime
    target: Path
    set_aside: list[Path] = field(default_factory=list)


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name[: -len(backup.suffix)] + MANIFEST_SUFFIX)


def _disk_error(exc: BaseException, where: Path, what: str) -> BackupError:
    text = str(exc)
    if (isinstance(exc, OSError) and exc.errno == errno.ENOSPC) or "full" in text:
        return BackupError(
            f"磁盘空间不足，{what}未完成（{where}）。",
            hint="请清理磁盘或换一个备份位置后重试；原有文件和数据库均未被改动。",
        )
    if isinstance(exc, OSError) and exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return BackupError(
            f"没有写入“{where}”的权限，{what}未完成。", hint="请换一个可写的备份位置后重试。"
        )
    return BackupError(f"{what}失败：{text}。", hint="原有文件和数据库均未被改动。")


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to flush."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def check_copy(path: Path, *, foreign_keys: bool = True) -> list[str]:
    """Problems found by integrity_check (and foreign_key_check); empty when the copy is good."""
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
            if rows != ["ok"]:
                return rows
            if foreign_keys:
                bad = conn.execute("PRAGMA foreign_key_check").fetchall()
                if bad:
                    return [f"{len(bad)} 处外键不一致（表：{'、'.join(sorted({r[0] for r in bad}))}）"]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return []


def _unique_final(folder: Path, stem: str, reason: str, now: dt.datetime) -> Path:
    base = f"{stem}-{now.strftime(STAMP_FORMAT)}"
    for n in range(1, 1000):
        name = f"{base}-{reason}.db" if n == 1 else f"{base}-{reason}_{n}.db"
        candidate = folder / name
        if not candidate.exists():
            return candidate
    raise BackupError("同一秒内的备份太多，请稍后再试。")


def _clean_leftovers(folder: Path) -> None:
    """Remove temporary files of backups whose process is gone (killed mid-backup)."""
    for tmp in folder.glob(".*.tmp*"):
        m = re.search(r"\.(\d+)\.tmp(?:-journal|-wal|-shm)?$", tmp.name)
        if m and not _pid_alive(int(m.group(1))):
            with contextlib.suppress(OSError):
                tmp.unlink()


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":  # pragma: no cover - Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def copy_database(source: Path, dest: Path, *, progress: Progress | None = None,
                  pages_per_step: int = PAGES_PER_STEP) -> None:
    """Online-backup ``source`` into the new file ``dest`` (a consistent snapshot).

    The source is read inside one read transaction, so writers in other connections (WAL)
    neither block the copy nor force it to restart. The copy is switched to the rollback
    journal, so the backup is one self-contained file.
    """
    src = sqlite3.connect(readonly_uri(source), uri=True, isolation_level=None,
                          check_same_thread=False)
    try:
        src.execute("PRAGMA busy_timeout=10000")
        src.execute("BEGIN")
        src.execute("SELECT count(*) FROM sqlite_master").fetchone()
        dst = sqlite3.connect(dest, isolation_level=None)
        try:
            def step(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            src.backup(dst, pages=pages_per_step, progress=step)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
        src.execute("COMMIT")
    finally:
        src.close()


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def archive_manifest(archive_dir: Path, previous: dict[str, Any] | None = None) -> dict[str, Any]:
    """Path, size and SHA-256 of every file in the evidence archive.

    Hashes of files whose size and modification time are unchanged since ``previous`` are
    reused, so a daily backup does not re-read an unchanged archive.
    """
    known: dict[str, dict[str, Any]] = {}
    if previous:
        known = {f["path"]: f for f in previous.get("files", []) if isinstance(f, dict)}
    files = []
    for path in sorted(_archive_files(archive_dir)):
        rel = path.relative_to(archive_dir).as_posix()
        st = path.stat()
        old = known.get(rel)
        if old and old.get("size") == st.st_size and old.get("mtime_ns") == st.st_mtime_ns:
            digest = str(old["sha256"])
        else:
            digest = file_sha256(path)
        files.append({"path": rel, "size": st.st_size, "mtime_ns": st.st_mtime_ns,
                      "sha256": digest})
    return {"archive": str(archive_dir), "included": False,
            "created": dt.datetime.now().isoformat(timespec="seconds"), "files": files}


def _archive_files(archive_dir: Path) -> list[Path]:
    """Every file of the archive except those in its top-level store folders."""
    found: list[Path] = []
    for folder, dirs, names in os.walk(archive_dir):
        if Path(folder) == archive_dir:
            dirs[:] = [d for d in dirs if d not in ARCHIVE_STORE_DIRS]
        found.extend(Path(folder) / n for n in names if (Path(folder) / n).is_file())
    return found


def _previous_manifest(folder: Path, stem: str) -> dict[str, Any] | None:
    for info in list_backups(folder, stem):
        if info.manifest.exists():
            with contextlib.suppress(OSError, ValueError):
                data = json.loads(info.manifest.read_text("utf-8"))
                if isinstance(data, dict):
                    return data
    return None


def create_backup(
    source: Path,
    folder: Path | None = None,
    reason: str = "手动",
    *,
    out: Path | None = None,
    archive_dir: Path | None = None,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
    pages_per_step: int = PAGES_PER_STEP,
) -> BackupInfo:
    """Back up ``source`` into ``folder`` (or exactly to ``out``); returns the verified copy."""
    now = (now or dt.datetime.now()).replace(microsecond=0)
    if not source.exists():
        raise BackupError(f"数据库文件“{source}”不存在，无法备份。")
    if out is not None:
        final = out.expanduser().absolute()
        folder = final.parent
    else:
        folder = folder or default_backup_dir(source)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _disk_error(exc, folder, "备份") from exc
    if out is None:
        _clean_leftovers(folder)
        final = _unique_final(folder, source.stem, reason, now)
    if final.resolve() == source.resolve():
        raise BackupError("备份文件不能与数据库文件相同。", hint="请换一个备份文件名。")
    tmp = folder / f".{final.name}.{os.getpid()}.tmp"
    try:
        copy_database(source, tmp, progress=progress, pages_per_step=pages_per_step)
        problems = check_copy(tmp)
        if problems:
            raise BackupError(
                f"备份副本校验失败（{'；'.join(problems[:3])}），未生成备份文件。",
                hint="数据库本身可能已损坏，请运行“xuncha check”检查。",
            )
        _fsync_file(tmp)
        if archive_dir is not None and archive_dir.is_dir():
            manifest = archive_manifest(archive_dir, _previous_manifest(folder, source.stem))
            atomic_write_bytes(manifest_path(final),
                               json.dumps(manifest, ensure_ascii=False, indent=1).encode())
        os.replace(tmp, final)
        fsync_dir(folder)
    except BackupError:
        _remove(tmp)
        raise
    except ExportError as exc:
        _remove(tmp)
        raise BackupError(exc.message, hint=exc.hint) from exc
    except (OSError, sqlite3.Error) as exc:
        _remove(tmp)
        raise _disk_error(exc, folder, "备份") from exc
    except BaseException:
        _remove(tmp)
        raise
    return BackupInfo(final, now, reason, final.stat().st_size)


def _remove(path: Path) -> None:
    for p in (path, Path(str(path) + "-journal"), Path(str(path) + "-wal"),
              Path(str(path) + "-shm")):
        with contextlib.suppress(OSError):
            p.unlink()


def default_backup_dir(db_path: Path) -> Path:
    return db_path.with_name(db_path.stem + ".backups")


def parse_backup_name(path: Path) -> tuple[str, dt.datetime, str] | None:
    m = _NAME_RE.match(path.name)
    if not m:
        return None
    try:
        created = dt.datetime.strptime(m["stamp"], STAMP_FORMAT)
    except ValueError:
        return None
    return m["stem"], created, m["reason"] or ""


def backup_created(path: Path) -> dt.datetime:
    parsed = parse_backup_name(path)
    if parsed is not None:
        return parsed[1]
    return dt.datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)


def list_backups(folder: Path, stem: str | None = None) -> list[BackupInfo]:
    """Finished backups in ``folder`` (of the database named ``stem``), newest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.db"):
        parsed = parse_backup_name(path)
        if parsed is None or (stem is not None and parsed[0] != stem):
            continue
        with contextlib.suppress(OSError):
            found.append(BackupInfo(path, parsed[1], parsed[2], path.stat().st_size))
    return sorted(found, key=lambda b: (b.created, b.path.name), reverse=True)


def select_kept(backups: Iterable[BackupInfo], daily: int, weekly: int,
                monthly: int) -> set[Path]:
    """Grandfather-father-son: the newest regular backup of each of the last ``daily`` days,
    ``weekly`` ISO weeks and ``monthly`` months; the newest one always; safety copies all."""
    items = sorted(backups, key=lambda b: b.created, reverse=True)
    keep = {b.path for b in items if not b.regular}
    regular = [b for b in items if b.regular]
    if regular:
        keep.add(regular[0].path)
    keys: list[tuple[int, Callable[[dt.datetime], object]]] = [
        (daily, lambda d: d.date()),
        (weekly, lambda d: d.isocalendar()[:2]),
        (monthly, lambda d: (d.year, d.month)),
    ]
    for count, key in keys:
        seen: set[object] = set()
        for b in regular:
            k = key(b.created)
            if k in seen:
                continue
            if len(seen) >= count:
                break
            seen.add(k)
            keep.add(b.path)
    return keep


def prune(folder: Path, stem: str, daily: int, weekly: int, monthly: int) -> list[Path]:
    """Delete regular backups the retention policy no longer keeps; returns what was removed."""
    backups = list_backups(folder, stem)
    keep = select_kept(backups, daily, weekly, monthly)
    removed = []
    for b in backups:
        if b.path not in keep:
            with contextlib.suppress(OSError):
                b.path.unlink()
                manifest_path(b.path).unlink(missing_ok=True)
                removed.append(b.path)
    return removed


def copy_file(source: Path, target: Path) -> str:
    """Copy a file through a temporary file, fsync and rename; returns its SHA-256.

    A full disk raises :class:`ExportError` with a Chinese message, and nothing is left
    under ``target`` (used for evidence files and for restores).
    """
    h = hashlib.sha256()
    try:
        with source.open("rb") as src, atomic_writer(target) as dst:
            for chunk in iter(lambda: src.read(1 << 20), b""):
                h.update(chunk)
                dst.write(chunk)
    except FileNotFoundError as exc:
        raise ExportError(f"找不到文件“{source}”。") from exc
    return h.hexdigest()


def verify_backup(path: Path) -> str | None:
    """Check a backup before it is restored; returns its schema revision (or None)."""
    if not path.is_file():
        raise BackupError(f"备份文件“{path}”不存在。")
    with path.open("rb") as fh:
        if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise BackupError(f"“{path.name}”不是巡查桌面的数据库备份。", hint="当前数据库未被改动。")
    problems = check_copy(path)
    if problems:
        raise BackupError(
            f"备份“{path.name}”已损坏（{'；'.join(problems[:3])}），不能用于恢复。",
            hint="当前数据库未被改动。请选择另一个备份。",
        )
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if "alembic_version" not in tables:
                raise BackupError(f"“{path.name}”不是巡查桌面的数据库备份。",
                                  hint="当前数据库未被改动。")
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"无法读取备份“{path.name}”：{exc}。") from exc
    return str(row[0]) if row else None


def set_aside(db_path: Path, now: dt.datetime, *, label: str = "恢复前") -> list[Path]:
    """Rename the database and its -wal/-shm aside (same folder, dated); never deletes."""
    stamp = now.strftime(STAMP_FORMAT)
    base = db_path.with_name(f"{db_path.stem}-{label}-{stamp}{db_path.suffix}")
    n = 2
    while any(Path(str(base) + s).exists() for s in ("", "-wal", "-shm")):
        base = db_path.with_name(f"{db_path.stem}-{label}-{stamp}-{n}{db_path.suffix}")
        n += 1
    moved = []
    for suffix in ("", "-wal", "-shm", "-journal"):
        src = Path(str(db_path) + suffix)
        if src.exists():
            dst = Path(str(base) + suffix)
            os.replace(src, dst)
            moved.append(dst)
    return moved


def restore_file(backup: Path, db_path: Path, *, now: dt.datetime | None = None) -> RestoreResult:
    """Replace ``db_path`` by a verified copy of ``backup``; the old files are kept aside.

    The caller must have closed every connection to ``db_path``.
    """
    now = (now or dt.datetime.now()).replace(microsecond=0)
    verify_backup(backup)
    created = backup_created(backup)
    tmp = db_path.with_name(f".{db_path.name}.restore.{os.getpid()}.tmp")
    try:
        copy_file(backup, tmp)
        _fsync_file(tmp)
        problems = check_copy(tmp)
        if problems:
            raise BackupError(f"复制后的备份校验失败（{'；'.join(problems[:3])}），恢复已停止。",
                              hint="当前数据库未被改动。")
    except ExportError as exc:
        _remove(tmp)
        raise BackupError(exc.message, hint="当前数据库未被改动。" + exc.hint) from exc
    except BaseException:
        _remove(tmp)
        raise
    try:
        moved = set_aside(db_path, now)
    except OSError as exc:
        _remove(tmp)
        raise BackupError(
            f"无法把当前数据库移到一旁（{exc.strerror}），恢复已停止。",
            hint="请关闭所有正在使用该数据库的程序后重试。",
        ) from exc
    os.replace(tmp, db_path)
    fsync_dir(db_path.parent)
    return RestoreResult(backup, created, db_path, moved)
