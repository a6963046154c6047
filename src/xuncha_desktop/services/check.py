"""`xuncha check`: a read-only health report of a database file.

It runs SQLite's integrity_check and foreign_key_check, checks the schema revision and
verifies the audit log's hash chain. It never writes to the file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, inspect
from sqlalchemy.pool import StaticPool

from xuncha_desktop.db import audit
from xuncha_desktop.db import models as _models  # noqa: F401  (registers the tables)
from xuncha_desktop.db.base import Base
from xuncha_desktop.db.engine import (
    SQLITE_HEADER,
    is_readonly,
    parse_target,
    readonly_connection,
    readonly_uri,
)
from xuncha_desktop.db.migrate import head_revision, known_revisions
from xuncha_desktop.errors import DatabaseError


@dataclass(frozen=True)
class CheckItem:
    name: str
    ok: bool
    detail: str


@dataclass
class CheckReport:
    target: str
    items: list[CheckItem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.items) and all(i.ok for i in self.items)

    def add(self, name: str, ok: bool, detail: str) -> None:
        self.items.append(CheckItem(name, ok, detail))

    def render(self) -> str:
        lines = [f"数据库检查：{self.target}"]
        for item in self.items:
            lines.append(f"  [{'通过' if item.ok else '问题'}] {item.name}：{item.detail}")
        bad = sum(1 for i in self.items if not i.ok)
        lines.append("结论：全部通过。" if self.ok else f"结论：发现 {bad} 项问题，请查看上面标为“问题”的项目。")
        return "\n".join(lines)


def _sql_checks(conn: sqlite3.Connection, report: CheckReport) -> bool:
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
    if rows == ["ok"]:
        report.add("完整性检查", True, "ok")
    else:
        report.add("完整性检查", False, "；".join(rows[:5]) + ("……" if len(rows) > 5 else ""))
        return False
    fk = conn.execute("PRAGMA foreign_key_check").fetchall()
    if fk:
        tables = sorted({r[0] for r in fk})
        report.add("外键检查", False, f"{len(fk)} 条记录引用了不存在的记录（表：{'、'.join(tables)}）")
    else:
        report.add("外键检查", True, "无悬空引用")
    return True


def check_sqlite(path: Path) -> CheckReport:
    report = CheckReport(str(path))
    if path.is_dir():
        report.add("文件", False, "这是一个文件夹，不是数据库文件")
        return report
    if not path.exists():
        report.add("文件", False, "文件不存在")
        return report
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        report.add("文件", False, "不是 SQLite 数据库文件（文件头不符）")
        return report
    writable = not is_readonly(path)
    report.add("文件", writable, "可读写" if writable else "文件是只读的，程序无法保存修改")
    try:
        with readonly_connection(path) as conn:
            if not _sql_checks(conn, report):
                return report
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables:
                report.add("结构版本", False, "缺少结构版本记录，不是巡查桌面的数据库")
                return report
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        report.add("读取", False, f"文件已损坏：{exc}")
        return report
    head = head_revision()
    if revision == head:
        report.add("结构版本", True, f"{revision}（最新）")
    elif revision in known_revisions():
        report.add("结构版本", True, f"{revision}，打开时将升级到 {head}")
    else:
        report.add("结构版本", False, f"{revision} 来自更新版本的巡查桌面，请升级程序")
        return report
    _check_schema_and_audit(lambda: sqlite3.connect(readonly_uri(path), uri=True), report,
                            revision == head)
    return report


def _check_schema_and_audit(creator: Callable[[], sqlite3.Connection], report: CheckReport,
                            at_head: bool) -> None:
    engine = create_engine("sqlite://", creator=creator, poolclass=StaticPool)
    try:
        with engine.connect() as conn:
            if at_head:
                missing = sorted(set(Base.metadata.tables) - set(inspect(conn).get_table_names()))
                if missing:
                    report.add("数据表", False, f"缺少数据表：{'、'.join(missing)}")
                    return
                report.add("数据表", True, f"{len(Base.metadata.tables)} 张表齐全")
            problem = audit.verify_chain(conn)
            count = conn.exec_driver_sql("SELECT count(*) FROM audit_log").scalar_one()
            if problem is None:
                report.add("审计日志", True, f"{count} 条记录，哈希链完整")
            else:
                report.add("审计日志", False, f"第 {problem.entry_id} 条：{problem.reason}")
    except Exception as exc:  # a damaged page can surface only when the rows are read
        report.add("读取", False, f"读取数据时出错：{exc}")
    finally:
        engine.dispose()


def run_check(path_or_url: str) -> CheckReport:
    target = parse_target(path_or_url)
    if target.path is None:
        raise DatabaseError("“xuncha check”目前只检查 SQLite 数据库文件。")
    return check_sqlite(target.path)
