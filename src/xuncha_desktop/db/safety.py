"""Start-up safety for a SQLite file: where it may live, one writer at a time, crash checks.

* :func:`check_location` refuses a database on a network share (UNC path, mapped network
  drive, SMB/NFS/CIFS mount): SQLite's locking is not reliable there. It warns about
  cloud-sync folders (OneDrive, 坚果云, 百度网盘), which copy half-written files.
* :class:`WriterLock` is a lock file next to the database holding the PID and host of the
  program that writes to it. The lock itself is an OS lock on that file, so a crashed
  program never leaves a lock that blocks anyone; the file left behind tells that the last
  session did not end cleanly.
* :func:`startup_check` runs a full ``integrity_check`` and ``foreign_key_check`` after an
  unclean shutdown (a non-empty ``-wal`` or a leftover lock), and a ``quick_check`` once a
  week otherwise.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath
from typing import IO, Any

from sqlalchemy import create_engine
from sqlalchemy.engine import URL

from xuncha_desktop.db.engine import Database, Target, readonly_uri
from xuncha_desktop.errors import DatabaseError

NETWORK_FSTYPES = frozenset({
    "cifs", "smb", "smb2", "smb3", "smbfs", "nfs", "nfs4", "ncpfs", "afs", "9p",
    "fuse.sshfs", "sshfs", "davfs", "fuse.davfs2", "glusterfs", "ceph", "fuse.rclone",
})
CLOUD_MARKERS = (
    ("onedrive", "OneDrive"),
    ("nutstore", "坚果云"),
    ("坚果云", "坚果云"),
    ("baidunetdisk", "百度网盘"),
    ("baidusyncdisk", "百度网盘同步空间"),
    ("百度网盘", "百度网盘"),
    ("百度云同步盘", "百度网盘"),
    ("dropbox", "Dropbox"),
    ("icloud", "iCloud"),
)
QUICK_CHECK_EVERY = dt.timedelta(days=7)
DRIVE_REMOTE = 4


def network_error(path: Path | str, why: str) -> DatabaseError:
    return DatabaseError(
        f"数据库文件“{path}”位于网络位置（{why}），不能在这里打开。",
        hint="多台电脑共用一个 SQLite 文件会损坏数据。请把数据库放在本机磁盘上；"
        "办公室多人共用数据，请改用 PostgreSQL 服务器模式（见使用说明“办公室服务器”一节，"
        "在设置中填写 postgresql+psycopg:// 地址）。",
    )


def _mount_fstype(path: Path, mounts_text: str) -> tuple[str, str] | None:
    """(mount point, fs type) of the mount that holds ``path``, from /proc/mounts text."""
    best: tuple[str, str] | None = None
    target = str(path)
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) > len(best[0])):
            best = (point, parts[2])
    return best


def _windows_drive_type(root: str) -> int:  # pragma: no cover - Windows only
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def check_location(path: Path | str, *, mounts_file: Path = Path("/proc/mounts"),
                   windows: bool | None = None) -> list[str]:
    """Raise for a network location; return warnings (cloud-sync folders) otherwise."""
    text = os.fspath(path)
    on_windows = os.name == "nt" if windows is None else windows
    if text.startswith(("\\\\", "//")):
        raise network_error(text, "网络共享路径")
    if on_windows:
        drive = PureWindowsPath(text).drive
        if drive.startswith(("\\\\", "//")):
            raise network_error(text, "网络共享路径")
        if os.name == "nt" and drive and _windows_drive_type(drive + "\\") == DRIVE_REMOTE:
            raise network_error(text, f"映射的网络驱动器 {drive}")
    else:
        with contextlib.suppress(OSError):
            found = _mount_fstype(Path(os.path.abspath(text)), mounts_file.read_text("utf-8"))
            if found is not None and found[1].lower() in NETWORK_FSTYPES:
                raise network_error(text, f"{found[1]} 网络挂载 {found[0]}")
    warnings = []
    lowered = text.lower()
    for marker, name in CLOUD_MARKERS:
        if marker in lowered:
            warnings.append(
                f"数据库文件位于{name}同步文件夹中。同步软件可能在写入过程中复制或覆盖文件，"
                "造成数据丢失。建议把数据库移到不同步的本机文件夹，再把备份文件夹设在同步盘上。"
            )
            break
    return warnings


# -- one writer per file ----------------------------------------------------------------------
def lock_path(db_path: Path) -> Path:
    return Path(str(db_path) + ".lock")


@dataclass(frozen=True)
class LockHolder:
    pid: int
    host: str
    since: str

    def describe(self) -> str:
        same_host = self.host == socket.gethostname()
        where = "本机" if same_host else f"计算机“{self.host}”"
        return f"{where}上的巡查桌面（进程 {self.pid}，{self.since} 起）"


def _read_holder(path: Path) -> LockHolder | None:
    with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
        data = json.loads(path.read_text("utf-8") or "{}")
        return LockHolder(int(data["pid"]), str(data["host"]), str(data.get("since", "")))
    return None


def _try_lock(fh: IO[bytes]) -> bool:
    if os.name == "nt":  # pragma: no cover - Windows
        import msvcrt

        try:
            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class WriterLock:
    """Exclusive right to write to one SQLite file, for the life of this object.

    ``stale`` is True when a lock file from an earlier session was found and nobody held it:
    that session ended without closing the database.
    """

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.path = lock_path(db_path)
        self.stale = False
        self._fh: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._fh is not None

    def acquire(self) -> WriterLock:
        if self._fh is not None:
            return self
        self.stale = self.path.exists() and self.path.stat().st_size > 0
        fh = self._open_locked()
        if fh is None:
            holder = _read_holder(self.path)
            who = holder.describe() if holder else "另一个巡查桌面程序"
            raise DatabaseLockedError(
                f"数据库“{self.db_path.name}”已由{who}打开，不能同时由两个程序写入。",
                hint="请切换到已打开的窗口继续工作；如需在另一台电脑同时使用，请改用 PostgreSQL 服务器模式。",
                holder=holder,
            )
        info = {"pid": os.getpid(), "host": socket.gethostname(),
                "since": dt.datetime.now().isoformat(timespec="seconds")}
        # Windows locks byte 0 and would refuse writes there through another handle, so the
        # content is written through the locked handle itself.
        fh.seek(0)
        fh.truncate()
        fh.write(json.dumps(info).encode())
        fh.flush()
        with contextlib.suppress(OSError):
            os.fsync(fh.fileno())
        self._fh = fh
        return self

    def _open_locked(self) -> IO[bytes] | None:
        """The lock file, opened and locked; None when another program holds it."""
        for _attempt in range(20):
            try:
                fh = self.path.open("a+b")
            except OSError as exc:
                raise DatabaseError(
                    f"无法在“{self.path.parent}”中建立锁文件：{exc.strerror}。",
                    hint="请确认数据库所在文件夹可写。",
                ) from exc
            if not _try_lock(fh):
                fh.close()
                return None
            # The holder may have removed the file between our open and our lock: then the
            # lock is on a deleted file and worthless, so start again.
            try:
                same = os.path.samestat(os.fstat(fh.fileno()), self.path.stat())
            except OSError:
                same = False
            if same:
                return fh
            fh.close()
        raise DatabaseError(f"无法锁定数据库“{self.db_path.name}”，请稍后重试。")

    def release(self) -> None:
        fh, self._fh = self._fh, None
        if fh is None:
            return
        with contextlib.suppress(OSError):
            fh.seek(0)
            fh.truncate()
        if os.name != "nt":
            with contextlib.suppress(OSError):
                self.path.unlink()
        fh.close()
        if os.name == "nt":  # pragma: no cover - Windows cannot delete an open file
            with contextlib.suppress(OSError):
                self.path.unlink()

    def __enter__(self) -> WriterLock:
        return self.acquire()

    def __exit__(self, *_exc: object) -> None:
        self.release()


class DatabaseLockedError(DatabaseError):
    def __init__(self, message: str, *, hint: str = "", holder: LockHolder | None = None) -> None:
        self.holder = holder
        super().__init__(message, hint=hint)


# -- checks at start-up -----------------------------------------------------------------------
@dataclass
class StartupReport:
    path: Path
    unclean: bool = False
    checked: str = ""  # "", "quick" or "full"
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def describe(self) -> str:
        if self.ok:
            return "数据库检查通过。" if self.checked else ""
        return (f"数据库文件“{self.path.name}”已损坏：" + "；".join(self.problems[:3]) + "。")


def wal_not_empty(db_path: Path) -> bool:
    wal = Path(str(db_path) + "-wal")
    with contextlib.suppress(OSError):
        return wal.stat().st_size > 0
    return False


def _load_state(state_file: Path) -> dict[str, Any]:
    with contextlib.suppress(OSError, ValueError):
        data = json.loads(state_file.read_text("utf-8"))
        if isinstance(data, dict):
            return data
    return {}


def _save_state(state_file: Path, data: dict[str, Any]) -> None:
    from xuncha_desktop.fsutil import atomic_write_bytes

    with contextlib.suppress(Exception):
        state_file.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(state_file, json.dumps(data, ensure_ascii=False, indent=1).encode())


def run_checks(db_path: Path, *, full: bool) -> list[str]:
    """integrity_check + foreign_key_check (full) or quick_check, without changing the file."""
    try:
        conn = sqlite3.connect(readonly_uri(db_path), uri=True)
        try:
            pragma = "PRAGMA integrity_check(20)" if full else "PRAGMA quick_check(20)"
            rows = [r[0] for r in conn.execute(pragma)]
            if rows != ["ok"]:
                return rows
            if full:
                bad = conn.execute("PRAGMA foreign_key_check").fetchall()
                if bad:
                    tables = "、".join(sorted({r[0] for r in bad}))
                    return [f"{len(bad)} 条记录引用了不存在的记录（表：{tables}）"]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return []


def startup_check(db_path: Path, state_file: Path, *, stale_lock: bool = False,
                  now: dt.datetime | None = None) -> StartupReport:
    """Check the file before use: fully after a crash, quickly once a week."""
    now = now or dt.datetime.now()
    report = StartupReport(db_path)
    if not db_path.exists() or db_path.stat().st_size == 0:
        return report
    report.unclean = stale_lock or wal_not_empty(db_path)
    state = _load_state(state_file)
    key = str(db_path)
    entry = state.get(key) if isinstance(state.get(key), dict) else {}
    assert isinstance(entry, dict)
    last_quick = None
    with contextlib.suppress(KeyError, ValueError, TypeError):
        last_quick = dt.datetime.fromisoformat(entry["last_check"])
    if report.unclean:
        report.checked = "full"
    elif last_quick is None or now - last_quick >= QUICK_CHECK_EVERY:
        report.checked = "quick"
    if report.checked:
        report.problems = run_checks(db_path, full=report.checked == "full")
        if report.ok:
            entry["last_check"] = now.isoformat(timespec="seconds")
            entry["last_kind"] = report.checked
            state[key] = entry
            _save_state(state_file, state)
    return report


def open_readonly(db_path: Path, operator: str = "系统") -> Database:
    """A :class:`Database` that cannot change the file (for a damaged database)."""
    uri = readonly_uri(db_path)

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    engine = create_engine("sqlite+pysqlite://", creator=connect)
    target = Target(URL.create("sqlite+pysqlite", database=str(db_path)), db_path)
    return Database(target=target, engine=engine, operator=operator, read_only=True)


def newest_good(candidates: Iterable[Path]) -> Path | None:
    """The first backup (newest first) that passes the integrity check."""
    for path in candidates:
        if not run_checks(path, full=True):
            return path
    return None
