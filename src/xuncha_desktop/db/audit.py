"""The one audit mechanism: a flush hook that logs every change to every audited table.

Inserts and deletes are one entry each (all values as JSON); an update is one entry per
changed field with the old and the new value. Each entry stores the hash of the previous
entry, so an entry edited or deleted directly in the database breaks the chain.
"""

from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, event, insert, inspect, select, text
from sqlalchemy.orm import Session, UOWTransaction

from xuncha_desktop.db.base import Base
from xuncha_desktop.db.models import AuditEntry

GENESIS = "0" * 64
SYSTEM_OPERATOR = "系统"


def format_value(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return format(value.normalize(), "f")
    return str(value)


def mask(value: str | None) -> str | None:
    if not value or len(value) < 8:
        return value
    return value[:4] + "*" * (len(value) - 8) + value[-4:]


def entry_digest(prev_hash: str, at: str, operator: str, action: str, entity: str,
                 entity_id: str, field: str, old: str | None, new: str | None) -> str:
    payload = json.dumps(
        [prev_hash, at, operator, action, entity, entity_id, field, old, new],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _columns(obj: Base) -> Iterator[tuple[str, Any, bool]]:
    """(column key, attribute key, sensitive) for every mapped column of ``obj``."""
    mapper = inspect(type(obj))
    for attr in mapper.column_attrs:
        col = attr.columns[0]
        yield attr.key, attr, bool(col.info.get("sensitive"))


def _identity(obj: Base) -> str:
    state = inspect(obj)
    key = state.identity or inspect(type(obj)).primary_key_from_instance(obj)
    return "/".join(str(k) for k in key)


def _snapshot(obj: Base) -> str:
    values: dict[str, str | None] = {}
    for key, _attr, sensitive in _columns(obj):
        raw = format_value(getattr(obj, key))
        if raw is None:
            continue
        values[key] = mask(raw) if sensitive else raw
    return json.dumps(values, ensure_ascii=False, sort_keys=True)


@dataclass(frozen=True)
class Change:
    action: str
    entity: str
    entity_id: str
    field: str
    old: str | None
    new: str | None


def _changes(session: Session) -> Iterator[Change]:
    """Updates and deletes pending in ``session`` (inserts are logged after the flush)."""
    for obj in list(session.dirty):
        if not (isinstance(obj, Base) and type(obj).__audited__):
            continue
        if not session.is_modified(obj, include_collections=False):
            continue
        state = inspect(obj)
        for key, _attr, sensitive in _columns(obj):
            if key == "version":
                continue
            hist = state.attrs[key].history
            if not hist.has_changes():
                continue
            old = format_value(hist.deleted[0]) if hist.deleted else None
            new = format_value(hist.added[0]) if hist.added else None
            if old == new:
                continue
            if sensitive:
                old, new = mask(old), mask(new)
            yield Change("修改", type(obj).__tablename__, _identity(obj), key, old, new)
    for obj in list(session.deleted):
        if isinstance(obj, Base) and type(obj).__audited__:
            yield Change("删除", type(obj).__tablename__, _identity(obj), "", _snapshot(obj), None)


#: PostgreSQL advisory lock that makes appends to the hash chain take turns across
#: workstations (SQLite has one writer at a time anyway).
CHAIN_LOCK_KEY = 0x78756E63


def lock_chain(connection: Connection) -> None:
    """On PostgreSQL, wait until no other transaction is appending; held until commit."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHAIN_LOCK_KEY})


def write_entries(connection: Connection, operator: str, changes: Iterable[Change],
                  at: dt.datetime | None = None) -> int:
    """Append audit entries for ``changes``, chaining each to the previous entry."""
    rows = []
    lock_chain(connection)
    when = (at or dt.datetime.now()).replace(microsecond=0)
    when_text = format_value(when) or ""
    prev = connection.execute(
        select(AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1)
    ).scalar_one_or_none() or GENESIS
    for ch in changes:
        digest = entry_digest(prev, when_text, operator, ch.action, ch.entity, ch.entity_id,
                              ch.field, ch.old, ch.new)
        rows.append({
            "at": when, "operator": operator, "action": ch.action, "entity": ch.entity,
            "entity_id": ch.entity_id, "field": ch.field, "old_value": ch.old,
            "new_value": ch.new, "prev_hash": prev, "entry_hash": digest,
        })
        prev = digest
    if rows:
        connection.execute(insert(AuditEntry), rows)
    return len(rows)


def _before_flush(session: Session, flush_context: UOWTransaction, instances: Any) -> None:
    # Updates and deletes are captured before the flush, while history is intact.
    session.info.setdefault("_audit_pending", []).extend(_changes(session))
    session.info["_audit_new"] = [
        obj for obj in session.new if isinstance(obj, Base) and type(obj).__audited__
    ]


def _after_flush(session: Session, flush_context: UOWTransaction) -> None:
    # Inserts are captured after the flush, when their primary keys are known.
    new_objs: list[Base] = session.info.pop("_audit_new", [])
    changes: list[Change] = session.info.pop("_audit_pending", [])
    changes += [
        Change("新增", type(o).__tablename__, _identity(o), "", None, _snapshot(o))
        for o in new_objs
    ]
    if changes:
        operator = str(session.info.get("operator") or SYSTEM_OPERATOR)
        write_entries(session.connection(), operator, changes)


def install(session_class: type[Session]) -> None:
    """Attach the audit hooks to a Session class (a sessionmaker's class)."""
    # A marker on the class, not event.contains(): SQLAlchemy's event registry is keyed by
    # id(), and a new sessionmaker class can reuse the id of a collected one, which made
    # contains() answer True for a class that had no listeners (unaudited sessions).
    if not session_class.__dict__.get("_xuncha_audited", False):
        event.listen(session_class, "before_flush", _before_flush)
        event.listen(session_class, "after_flush", _after_flush)
        session_class._xuncha_audited = True  # type: ignore[attr-defined]


@dataclass(frozen=True)
class ChainProblem:
    entry_id: int
    reason: str


def verify_chain(connection: Connection) -> ChainProblem | None:
    """Walk the chain; return the first broken entry, or None if it is intact."""
    prev = GENESIS
    result = connection.execute(select(AuditEntry.__table__).order_by(AuditEntry.id))
    for row in result.mappings():
        if row["prev_hash"] != prev:
            return ChainProblem(row["id"], "与前一条记录的哈希不衔接（前一条可能被删除或修改）")
        digest = entry_digest(
            prev, format_value(row["at"]) or "", row["operator"], row["action"], row["entity"],
            row["entity_id"], row["field"], row["old_value"], row["new_value"],
        )
        if digest != row["entry_hash"]:
            return ChainProblem(row["id"], "记录内容与其哈希不符（该条可能被直接修改）")
        prev = row["entry_hash"]
    return None
