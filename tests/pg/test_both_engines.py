"""Services and migrations on both engines: SQLite and a real PostgreSQL server."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from alembic import command
from sqlalchemy import inspect, select

from xuncha_desktop.db import models as m
from xuncha_desktop.db.audit import verify_chain
from xuncha_desktop.db.engine import Database, make_engine, parse_target
from xuncha_desktop.db.migrate import alembic_config, head_revision, open_database
from xuncha_desktop.errors import ConflictError
from xuncha_desktop.services import crud, numbering
from xuncha_desktop.services.bootstrap import open_for_use
from xuncha_desktop.services.uow import read_session, unit_of_work


def _finding(db: Database, code: str = "F-1") -> m.Finding:
    region = crud.list_all(db, m.Region)[0]
    kind = crud.list_all(db, m.FindingKind)[0]
    return crud.create(db, m.Finding, {
        "code": code, "region_id": region.id, "kind_id": kind.id,
        "description": "消防通道堵塞", "found_on": dt.date(2026, 7, 1),
    })


def test_migrations_create_stamp_and_match_the_models(database: Database, target: str) -> None:
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
            head_revision())
        command.check(alembic_config(conn))  # raises if models and schema disagree
        assert {"finding", "audit_log", "doc_number"} <= set(inspect(conn).get_table_names())
    # opening again is a no-op at head
    open_database(target).close()


def test_migrations_from_empty_run_on_both_engines(target: str) -> None:
    engine = make_engine(parse_target(target))
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "head")
        with engine.begin() as conn:
            command.check(alembic_config(conn))
    finally:
        engine.dispose()


def test_crud_is_audited_and_the_chain_holds(database: Database) -> None:
    person = crud.create(database, m.Person, {"name": "李建国", "gender": "男", "unit": "省应急管理厅"})
    crud.update(database, m.Person, person.id, {"unit": "省交通运输厅"}, operator="赵会计")
    with read_session(database) as s:
        entries = list(s.scalars(select(m.AuditEntry).where(m.AuditEntry.entity == "person")
                                 .order_by(m.AuditEntry.id)))
    assert [(e.action, e.field) for e in entries] == [("新增", ""), ("修改", "unit")]
    assert entries[1].old_value == "省应急管理厅" and entries[1].operator == "赵会计"
    with database.engine.connect() as conn:
        assert verify_chain(conn) is None


def test_numbers_stay_unique_across_two_connections(database: Database, target: str) -> None:
    other = open_for_use(target, operator="另一台电脑")
    results: list[str] = []
    errors: list[BaseException] = []

    def issue(db: Database) -> None:
        try:
            for _ in range(15):
                results.append(numbering.allocate_number(db, "琼安委办", 2026).text)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=issue, args=(db,)) for db in (database, other)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    other.close()
    assert not errors, errors
    assert sorted(results, key=lambda t: numbering.parse_number(t)[2]) == [
        f"琼安委办〔2026〕{n}号" for n in range(1, 31)]
    with database.engine.connect() as conn:
        assert verify_chain(conn) is None  # both writers appended to one unbroken chain


def test_saving_over_a_newer_version_is_a_conflict(database: Database) -> None:
    finding = _finding(database)
    mine = crud.get(database, m.Finding, finding.id)     # two clerks open the same finding
    theirs = crud.get(database, m.Finding, finding.id)
    theirs.description = "安全出口上锁"
    with unit_of_work(database, "甲") as s:
        s.merge(theirs)
    mine.description = "灭火器过期"
    with pytest.raises(ConflictError, match="已被其他人修改"), unit_of_work(database, "乙") as s:
        s.merge(mine)
    current = crud.get(database, m.Finding, finding.id)
    assert current.description == "安全出口上锁" and current.version == 2
    with pytest.raises(ConflictError):
        crud.update(database, m.Finding, finding.id, {"description": "x"}, expected_version=1)


@pytest.mark.parametrize("target", ["postgresql"], indirect=True)
def test_two_open_transactions_on_postgresql_conflict(database: Database, target: str) -> None:
    """Two workstations edit one finding at the same time: the later save is refused."""
    finding = _finding(database)
    second = open_for_use(target, operator="乙")
    try:
        with pytest.raises(ConflictError, match="已被其他人修改"), \
                unit_of_work(second, "乙") as sb:
            fb = sb.get(m.Finding, finding.id)  # 乙 opens version 1 ...
            assert fb is not None and fb.version == 1
            with unit_of_work(database, "甲") as sa:  # ... 甲 saves meanwhile
                fa = sa.get(m.Finding, finding.id)
                assert fa is not None
                fa.description = "第一位的修改"
            fb.description = "第二位的修改"  # 乙's save goes over version 1
    finally:
        second.close()
    current = crud.get(database, m.Finding, finding.id)
    assert current.description == "第一位的修改" and current.version == 2
