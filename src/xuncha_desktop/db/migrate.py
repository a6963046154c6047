"""Schema management with Alembic, configured in code (no alembic.ini).

A fresh database is created from the models and stamped at head; an older one is backed up
and upgraded inside one transaction (foreign keys off during batch rebuilds, then
``foreign_key_check`` before commit); a newer one is refused untouched.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

from xuncha_desktop.db.base import Base
from xuncha_desktop.db.engine import (
    Database,
    Target,
    make_engine,
    parse_target,
    preflight,
    probe,
)
from xuncha_desktop.errors import DatabaseError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script().get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in script().walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def newer_schema_error(display: str, revision: str) -> DatabaseError:
    return DatabaseError(
        f"数据库“{display}”由更新版本的巡查桌面创建（结构版本 {revision}），本程序无法安全打开。",
        hint="文件未被改动。请升级巡查桌面到最新版本后再打开。",
    )


def backup_sqlite(path: Path, backup_dir: Path | None, reason: str) -> Path:
    """Copy a SQLite file with the online backup API into a dated, verified file."""
    from xuncha_desktop.db.backup import create_backup

    return create_backup(path, backup_dir, reason).path


def _create_fresh(engine: Engine) -> None:
    with engine.begin() as conn:
        Base.metadata.create_all(conn)
        command.stamp(alembic_config(conn), "head")


def _driver_pragma(conn: Connection, sql: str) -> None:
    """Run a PRAGMA on the driver connection, outside any transaction.

    ``foreign_keys`` cannot be changed inside a transaction (SQLite ignores it there), and
    ``conn.exec_driver_sql`` would first begin one (autobegin plus our own ``BEGIN``).
    """
    driver = conn.connection.driver_connection
    assert driver is not None
    driver.execute(sql)


def _upgrade(engine: Engine) -> None:
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            _driver_pragma(conn, "PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                command.upgrade(alembic_config(conn), "head")
                if sqlite:
                    bad = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if bad:
                        raise DatabaseError(
                            f"升级后发现 {len(bad)} 处外键不一致，升级已撤销，数据库未被改动。"
                        )
        finally:
            if sqlite:
                _driver_pragma(conn, "PRAGMA foreign_keys=ON")


def open_database(
    path_or_url: str | Path,
    *,
    operator: str = "系统",
    backup_dir: Path | None = None,
    upgrade: bool = True,
    create: bool = True,
) -> Database:
    """Open (creating or upgrading as needed) the database; refuse anything unsafe."""
    target = parse_target(path_or_url)
    head = head_revision()
    backup: Path | None = None
    if target.path is not None:
        exists = preflight(target.path)
        if exists:
            found = probe(target.path)
            if found.revision is not None and found.revision not in known_revisions():
                raise newer_schema_error(target.display, found.revision)
            if found.tables and "alembic_version" not in found.tables:
                raise DatabaseError(
                    f"“{target.path.name}”是其他程序的数据库，不是巡查桌面的数据库。",
                    hint="文件未被改动。请选择巡查桌面的数据库文件，或指定一个新文件名。",
                )
            if found.revision is not None and found.revision != head:
                if not upgrade:
                    raise DatabaseError(
                        f"数据库结构版本 {found.revision} 较旧，需要升级。",
                        hint="请运行“xuncha migrate”。",
                    )
                backup = backup_sqlite(target.path, backup_dir, f"升级前-{found.revision}")
        elif not create:
            raise DatabaseError(f"数据库文件“{target.path}”不存在。")
    engine = make_engine(target)
    try:
        _prepare(engine, target, head)
    except DatabaseError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        raise DatabaseError(
            f"打开数据库“{target.display}”失败：{exc}",
            hint="数据库未被改动。" + (f"升级前的备份在“{backup}”。" if backup else ""),
        ) from exc
    return Database(target=target, engine=engine, operator=operator)


def _prepare(engine: Engine, target: Target, head: str) -> None:
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        revision = current_revision(conn) if "alembic_version" in tables else None
    if not tables:
        _create_fresh(engine)
        return
    if "alembic_version" not in tables:
        raise DatabaseError(f"“{target.display}”不是巡查桌面的数据库。")
    if revision is None:
        raise DatabaseError(f"数据库“{target.display}”缺少结构版本记录，无法确认其结构。")
    if revision not in known_revisions():
        raise newer_schema_error(target.display, revision)
    if revision != head:
        _upgrade(engine)
