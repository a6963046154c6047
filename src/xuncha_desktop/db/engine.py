"""Engine factory and the checks made before a database file is touched.

Nothing here runs at import time. :func:`open_database` refuses a file that is not a
database, is corrupt, read-only, a directory, or from a newer schema, without changing a
byte of it; otherwise it creates or upgrades the schema (with a backup first).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from xuncha_desktop.db import audit
from xuncha_desktop.errors import DatabaseError

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Target:
    """Where the database lives: a SQLite file (``path`` set) or a server URL."""

    url: URL
    path: Path | None

    @property
    def display(self) -> str:
        if self.path is not None:
            return str(self.path)
        return self.url.render_as_string(hide_password=True)


def parse_target(path_or_url: str | os.PathLike[str]) -> Target:
    text = os.fspath(path_or_url).strip()
    if not text:
        raise DatabaseError("没有指定数据库。", hint="请用 --db 指定数据库文件路径或服务器地址。")
    if "://" in text:
        try:
            url = make_url(text)
        except Exception as exc:
            raise DatabaseError(f"数据库地址“{text}”格式不正确。") from exc
        if url.get_backend_name() == "sqlite":
            if not url.database or url.database == ":memory:":
                return Target(url, None)
            path = Path(url.database).expanduser().absolute()
            return Target(URL.create("sqlite+pysqlite", database=str(path)), path)
        return Target(url, None)
    path = Path(text).expanduser().absolute()
    return Target(URL.create("sqlite+pysqlite", database=str(path)), path)


def preflight(path: Path, *, writable: bool = True) -> bool:
    """Check a SQLite file before opening it. Returns True when it exists with content."""
    if path.is_dir():
        raise DatabaseError(
            f"“{path}”是一个文件夹，不是数据库文件。",
            hint="请指定文件夹中的数据库文件（例如 xuncha.db），或指定一个新文件名以新建数据库。",
        )
    if not path.exists():
        if not path.parent.is_dir():
            raise DatabaseError(
                f"数据库所在文件夹“{path.parent}”不存在。", hint="请先创建该文件夹，或换一个位置。"
            )
        if writable and not os.access(path.parent, os.W_OK):
            raise DatabaseError(
                f"没有在“{path.parent}”中新建文件的权限。", hint="请换一个可写的位置。"
            )
        return False
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError(
            f"无法读取数据库文件“{path}”：{exc.strerror}。", hint="请检查文件权限。"
        ) from exc
    if not header:
        return False
    if header != SQLITE_HEADER:
        raise DatabaseError(
            f"“{path.name}”不是巡查桌面的数据库文件。",
            hint="请确认选择的是 .db 数据库文件；如需新建数据库，请指定一个新文件名。",
        )
    if writable and is_readonly(path):
        raise DatabaseError(
            f"数据库文件“{path}”是只读的，程序无法保存修改。",
            hint="请在文件属性中取消“只读”，或把文件复制到可写的文件夹后再打开。",
        )
    if writable and not os.access(path.parent, os.W_OK):
        raise DatabaseError(
            f"数据库所在文件夹“{path.parent}”不可写，程序无法保存修改。",
            hint="请把数据库文件移到可写的文件夹后再打开。",
        )
    return True


def is_readonly(path: Path) -> bool:
    """True for a file marked read-only (write bits cleared, as the Windows attribute does),
    even when the current user could override it (root, administrators)."""
    return not os.access(path, os.W_OK) or not (path.stat().st_mode & stat.S_IWUSR)


def readonly_uri(path: Path) -> str:
    """URI of a connection that changes nothing, not even beside the file.

    Without a ``-wal`` file the database is opened ``immutable`` (no ``-wal``/``-shm`` files are
    created next to it). With one, the file is in use or was not closed cleanly, and a
    read-only connection is needed to see the committed pages in the WAL.
    """
    if Path(str(path) + "-wal").exists():
        return path.as_uri() + "?mode=ro"
    return path.as_uri() + "?mode=ro&immutable=1"


@contextlib.contextmanager
def readonly_connection(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection that cannot change the file: used to inspect a file before opening it."""
    conn = sqlite3.connect(readonly_uri(path), uri=True, isolation_level=None)
    try:
        yield conn
    finally:
        conn.close()


class CorruptDatabaseError(DatabaseError):
    """The file is a damaged SQLite database (integrity or quick check failed)."""

    detail: str = ""


def corrupt_error(path: Path, detail: str) -> DatabaseError:
    err = CorruptDatabaseError(
        f"数据库文件“{path.name}”已损坏，无法打开（{detail}）。",
        hint="文件未被改动。请用“xuncha restore”从备份恢复，或用“xuncha repair”修复"
        "（修复前自动备份，原文件改名保留）。",
    )
    err.detail = detail
    return err


@dataclass(frozen=True)
class Probe:
    """What a read-only look at an existing SQLite file found."""

    tables: frozenset[str]
    revision: str | None


def probe(path: Path, *, quick_check: bool = True) -> Probe:
    try:
        with readonly_connection(path) as conn:
            tables = frozenset(
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            )
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            if quick_check:
                problems = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
                if problems != ["ok"]:
                    raise corrupt_error(path, "；".join(problems[:3]))
    except sqlite3.DatabaseError as exc:
        raise corrupt_error(path, str(exc)) from exc
    return Probe(tables, revision)


def _set_sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # The driver's own transaction handling commits DDL at once; take it over so that
    # every unit of work (migrations included) is one real transaction.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def _begin(conn: Connection) -> None:
    # ``immediate`` takes the write lock at once: used where a read decides a write
    # (the next 发文字号), so that a concurrent writer waits instead of failing late.
    immediate = conn.get_execution_options().get("immediate", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(target: Target) -> Engine:
    if target.url.get_backend_name() == "sqlite":
        engine = create_engine(target.url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _set_sqlite_pragmas)
        event.listen(engine, "begin", _begin)
        return engine
    return create_engine(target.url, pool_pre_ping=True)


@dataclass
class Database:
    """An open database: the engine and a session factory that writes the audit log."""

    target: Target
    engine: Engine
    operator: str = audit.SYSTEM_OPERATOR
    #: Opened read-only (a damaged file): every unit of work is refused with a message.
    read_only: bool = False
    sessions: sessionmaker[Session] = field(init=False)

    def __post_init__(self) -> None:
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        audit.install(self.sessions.class_)

    def session(self, operator: str | None = None) -> Session:
        s = self.sessions()
        s.info["operator"] = operator or self.operator
        return s

    @property
    def is_sqlite(self) -> bool:
        return self.target.url.get_backend_name() == "sqlite"

    def close(self) -> None:
        if self.is_sqlite:
            with contextlib.suppress(Exception), self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.engine.dispose()
