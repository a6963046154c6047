"""Rebuild a damaged SQLite file into a fresh one, keeping every row that can still be read.

:func:`rebuild` never touches the damaged file: it reads it through a read-only connection
and writes a new file next to it under a temporary name. First it tries ``VACUUM INTO``
(which re-creates every table and index from the table rows, so a damaged or missing index
is rebuilt). If that fails — a damaged table page — it copies the schema and then the rows
table by table, row by row, skipping over rows that cannot be read (the way the ``sqlite3``
shell's ``.recover`` salvages a file). The new file must pass ``integrity_check`` and
``foreign_key_check`` before the caller may swap it in (:func:`swap_in`), which sets the old
file and its ``-wal``/``-shm`` aside under a dated name, like a restore does.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from xuncha_desktop.db.backup import BackupError, _remove, check_copy, fsync_dir, set_aside
from xuncha_desktop.db.engine import readonly_uri

Progress = Callable[[str], None]
"""``progress(what)``: the step being done (a Chinese phrase); may raise to cancel."""

#: Rows skipped forward after an unreadable one, at most this many probes per table.
MAX_PROBES = 10_000


@dataclass
class RebuildResult:
    """What a rebuild produced: the new file, how, and the rows kept and lost per table."""

    path: Path
    method: str  # "vacuum" or "salvage"
    kept: dict[str, int] = field(default_factory=dict)
    lost: dict[str, int] = field(default_factory=dict)  # rows known lost (-1: unknown)
    problems_before: list[str] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return sum(self.kept.values())


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _count(conn: sqlite3.Connection, table: str) -> int | None:
    try:
        return int(conn.execute(f"SELECT count(*) FROM {_quote(table)}").fetchone()[0])
    except sqlite3.DatabaseError:
        return None


def _tables(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        " ORDER BY name")]


def _problems(conn: sqlite3.Connection) -> list[str]:
    """What ``integrity_check`` finds, one problem per item (empty when the file is sound)."""
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    if rows == ["ok"]:
        return []
    lines = [line.strip() for row in rows for line in str(row).splitlines()]
    return [line for line in lines if line and not line.startswith("***")]


def _vacuum_into(source: Path, tmp: Path) -> None:
    conn = sqlite3.connect(readonly_uri(source), uri=True, isolation_level=None)
    try:
        conn.execute("VACUUM INTO ?", (str(tmp),))
    finally:
        conn.close()


def _copy_rows(src: sqlite3.Connection, dst: sqlite3.Connection, table: str,
               has_rowid: bool) -> tuple[int, bool]:
    """Copy what can be read of ``table``; (rows copied, whether some could not be read)."""
    cols = [r[1] for r in src.execute(f"PRAGMA table_info({_quote(table)})")]
    names = ", ".join(_quote(c) for c in cols)
    insert = (f"INSERT OR IGNORE INTO {_quote(table)} ({names}) "
              f"VALUES ({', '.join('?' for _ in cols)})")
    if not has_rowid:
        try:
            rows = src.execute(f"SELECT {names} FROM {_quote(table)}").fetchall()
        except sqlite3.DatabaseError:
            return 0, True
        dst.executemany(insert, rows)
        return len(rows), False
    copied, damaged = 0, False
    after: int | None = None  # rows with a rowid above this are still to be read
    skip, probes = 1, 0
    sql = f"SELECT rowid, {names} FROM {_quote(table)}"
    while True:
        progressed = False
        try:
            if after is None:
                cur = src.execute(sql + " ORDER BY rowid")
            else:
                cur = src.execute(sql + " WHERE rowid > ? ORDER BY rowid", (after,))
            for row in cur:
                dst.execute(insert, row[1:])
                copied += 1
                after = int(row[0])
                progressed = True
            return copied, damaged
        except sqlite3.DatabaseError:
            damaged = True
            probes += 1
            if probes > MAX_PROBES:
                return copied, damaged
            # Skip over the unreadable part, in growing steps, to the next readable rowid.
            if progressed:
                skip = 1
            after = (after or 0) + skip
            skip *= 2


def _salvage(source: Path, tmp: Path, progress: Progress | None) -> tuple[dict[str, int], set[str]]:
    src = sqlite3.connect(readonly_uri(source), uri=True, isolation_level=None)
    dst = sqlite3.connect(tmp, isolation_level=None)
    kept: dict[str, int] = {}
    damaged: set[str] = set()
    try:
        dst.execute("PRAGMA foreign_keys=OFF")
        dst.execute("PRAGMA journal_mode=DELETE")
        schema = src.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL"
            " AND name NOT LIKE 'sqlite_%' ORDER BY CASE type WHEN 'table' THEN 0 ELSE 1 END,"
            " rowid").fetchall()
        dst.execute("BEGIN")
        for kind, _name, sql in schema:
            if kind == "table":
                dst.execute(sql)
        for kind, name, sql in schema:
            if kind != "table":
                continue
            if progress is not None:
                progress(f"正在抢救表 {name} 中的记录……")
            without_rowid = "WITHOUT ROWID" in sql.upper()
            n, bad = _copy_rows(src, dst, name, not without_rowid)
            kept[name] = n
            if bad:
                damaged.add(name)
        for kind, _name, sql in schema:
            if kind != "table":
                dst.execute(sql)  # indexes, views and triggers, built from the copied rows
        dst.execute("COMMIT")
    finally:
        src.close()
        dst.close()
    return kept, damaged


def rebuild(source: Path, *, progress: Progress | None = None) -> RebuildResult:
    """Write a rebuilt, verified copy of ``source`` beside it; returns where and what it kept.

    Raises :class:`BackupError` (nothing left behind) when no usable copy can be made.
    """
    tmp = source.with_name(f".{source.name}.repair.{os.getpid()}.tmp")
    _remove(tmp)
    before: dict[str, int | None] = {}
    problems: list[str] = []
    try:
        with contextlib.closing(sqlite3.connect(readonly_uri(source), uri=True)) as conn:
            problems = _problems(conn)
            tables = _tables(conn)
            before = {t: _count(conn, t) for t in tables}
    except sqlite3.DatabaseError as exc:
        raise BackupError(
            f"数据库文件“{source.name}”损坏严重，无法读取其结构（{exc}），不能修复。",
            hint="文件未被改动。请从备份恢复（工具 → 备份与恢复…）。",
        ) from exc
    method = "vacuum"
    try:
        if progress is not None:
            progress("正在重建数据库……")
        try:
            _vacuum_into(source, tmp)
            vacuum_ok = not check_copy(tmp, foreign_keys=False)
        except sqlite3.DatabaseError:
            vacuum_ok = False
        if vacuum_ok:
            with contextlib.closing(sqlite3.connect(readonly_uri(tmp), uri=True)) as conn:
                kept = {t: _count(conn, t) or 0 for t in _tables(conn)}
            damaged: set[str] = set()
        else:
            method = "salvage"
            _remove(tmp)
            kept, damaged = _salvage(source, tmp, progress)
        if progress is not None:
            progress("正在检查重建后的数据库……")
        bad = check_copy(tmp)
        if bad:
            raise BackupError(
                f"重建后的数据库仍未通过检查（{'；'.join(bad[:3])}），修复已停止。",
                hint="原数据库未被改动。请从备份恢复（工具 → 备份与恢复…）。",
            )
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
    except BaseException:
        _remove(tmp)
        raise
    lost: dict[str, int] = {}
    for table, n in kept.items():
        old = before.get(table)
        if old is not None and old > n:
            lost[table] = old - n
        elif old is None and table in damaged:
            lost[table] = -1
    for table in damaged:
        lost.setdefault(table, -1)
    return RebuildResult(tmp, method, kept, lost, problems)


def swap_in(rebuilt: Path, db_path: Path, *, now: dt.datetime | None = None) -> list[Path]:
    """Set the damaged file (with ``-wal``/``-shm``) aside, dated; move the rebuilt one in."""
    now = (now or dt.datetime.now()).replace(microsecond=0)
    try:
        moved = set_aside(db_path, now, label="修复前")
    except OSError as exc:
        _remove(rebuilt)
        raise BackupError(
            f"无法把当前数据库移到一旁（{exc.strerror}），修复已停止。",
            hint="请关闭所有正在使用该数据库的程序后重试。",
        ) from exc
    os.replace(rebuilt, db_path)
    fsync_dir(db_path.parent)
    return moved


__all__ = ["RebuildResult", "rebuild", "swap_in"]
