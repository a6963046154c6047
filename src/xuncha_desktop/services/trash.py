"""No hard deletes: deleting a record moves it, with every row deleted with it, to the trash.

What goes with a record is found generically from the foreign keys in the metadata,
recursively: rows that reference it with ``ON DELETE CASCADE`` (its transitions, evidence
links, results…), and the link rows listed in :data:`TRAVELLING_LINKS` (an interview's link
to a finding). Rows that reference it with ``ON DELETE SET NULL`` are not deleted; the link is
remembered and put back on restore. Any other reference (``RESTRICT``) refuses the deletion
with a message that names what still uses the record.

The rows are stored as one :class:`~xuncha_desktop.db.models.TrashItem` whose payload is JSON,
``[{"table": ..., "row": {...}}, ...]`` with parents before children, followed by
``{"table": ..., "relink": {primary key}, "set": {column: value}}`` entries for the SET NULL
links. Restore re-inserts every row with its ids and values, parents first, in one
transaction, and refuses with a message naming a record it links to that no longer exists.
Purging is an admin action that needs a reason, takes a backup first, and leaves a
:class:`~xuncha_desktop.db.models.PurgeLog` row. Evidence files are never touched.

Rows are written with SQLAlchemy Core (exact ids, versions and values), so the audit entries
and the role check that the ORM flush hooks would make are made here explicitly.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    Numeric,
    Table,
    and_,
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Session

from xuncha_desktop.db import audit
from xuncha_desktop.db import models as m
from xuncha_desktop.db.base import Base
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import NotFoundError, ValidationError
from xuncha_desktop.services import roles
from xuncha_desktop.services.uow import read_session, unit_of_work

#: RESTRICT links that are deleted (and restored) together with the record they point to:
#: (table, column). An interview's link to a finding goes with the finding.
TRAVELLING_LINKS: frozenset[tuple[str, str]] = frozenset({("interview_finding", "finding_id")})

#: Tables that are never moved to the trash (bookkeeping of the trash and the audit log).
NOT_TRASHABLE = frozenset({"trash_item", "purge_log", "audit_log"})

Key = tuple[str, tuple[Any, ...]]


# ---------------------------------------------------------------------------------------------
# Metadata helpers
# ---------------------------------------------------------------------------------------------
def _tables() -> dict[str, Table]:
    return {name: t for name, t in Base.metadata.tables.items() if isinstance(t, Table)}


def _models() -> dict[str, type[Base]]:
    return {mp.class_.__tablename__: mp.class_ for mp in Base.registry.mappers}


def kind_label(table: str) -> str:
    model = _models().get(table)
    return model.__label__ if model is not None and model.__label__ else table


def _pk(table: Table, row: Any) -> tuple[Any, ...]:
    return tuple(row[c.name] for c in table.primary_key.columns)


def _pk_text(values: Sequence[Any]) -> str:
    return "/".join(str(v) for v in values)


def _pk_where(table: Table, values: Sequence[Any]) -> Any:
    return and_(*(c == v for c, v in zip(table.primary_key.columns, values, strict=True)))


def _referencing(table: Table) -> list[tuple[Table, list[tuple[Column[Any], Column[Any]]], str]]:
    """Every foreign key that points at ``table``: (child table, [(child col, parent col)], ondelete)."""
    out = []
    for child in Base.metadata.sorted_tables:
        for fk in child.foreign_key_constraints:
            if fk.referred_table is table:
                pairs = [(e.parent, e.column) for e in fk.elements]
                out.append((child, pairs, (fk.ondelete or "").upper()))
    return out


def _encode(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _decode(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    t = column.type
    if isinstance(t, DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(t, Date):
        return dt.date.fromisoformat(value)
    if isinstance(t, Float):
        return float(value)
    if isinstance(t, Numeric):
        return Decimal(str(value))
    if isinstance(t, Boolean):
        return bool(value)
    if isinstance(t, Integer):
        return int(value)
    return value


def _snapshot(table: Table, row: Any) -> str:
    """The audit log's JSON of a row (same keys, formatting and masking as the flush hook)."""
    values: dict[str, str | None] = {}
    for col in table.columns:
        raw = audit.format_value(row[col.name])
        if raw is None:
            continue
        values[col.name] = audit.mask(raw) if col.info.get("sensitive") else raw
    return json.dumps(values, ensure_ascii=False, sort_keys=True)


def describe(session: Session, table: str, row: Any) -> str:
    """A short Chinese title of a row, for the trash list and messages."""
    def name_of(model: type[Base], ident: Any, attr: str = "name") -> str:
        obj = session.get(model, ident) if ident is not None else None
        return str(getattr(obj, attr, "") or "") if obj is not None else ""

    if table == "finding":
        text = str(row.get("description") or "")
        return f"{row.get('code', '')} {text[:30]}{'…' if len(text) > 30 else ''}".strip()
    if table == "target":
        region = name_of(m.Region, row.get("region_id"))
        return f"{region}（{row.get('entry_date')}进驻）" if region else f"编号 {row.get('id')}"
    if table == "batch":
        return str(row.get("name") or f"第{row.get('seq')}批")
    if table == "unit_visit":
        return f"{name_of(m.InspectedUnit, row.get('unit_id'))}（{row.get('visited_on')}）"
    if table == "membership":
        return f"{name_of(m.Person, row.get('person_id'))}（{row.get('role')}）"
    if table in ("checklist", "evaluation"):
        target = session.get(m.Target, row.get("target_id")) if row.get("target_id") else None
        if target is not None:
            return name_of(m.Region, target.region_id) + ("检查表" if table == "checklist" else "评价")
    if table in ("person_unavailability",):
        return f"{row.get('start_date')}至{row.get('end_date')}"
    if table == "cooperation_breach":
        text = str(row.get("description") or "")
        return text[:30] + ("…" if len(text) > 30 else "")
    for key in ("title", "name", "party", "subject_name", "login", "content"):
        if row.get(key):
            text = str(row[key])
            return text[:60] + ("…" if len(text) > 60 else "")
    return f"编号 {row.get('id', '')}"


# ---------------------------------------------------------------------------------------------
# Collecting what goes with a record
# ---------------------------------------------------------------------------------------------
@dataclass
class _Collected:
    rows: dict[Key, dict[str, Any]] = field(default_factory=dict)
    order: list[Key] = field(default_factory=list)
    relinks: list[tuple[Key, dict[str, Any]]] = field(default_factory=list)
    blockers: list[Key] = field(default_factory=list)


def _collect(session: Session, table: Table, pk: tuple[Any, ...]) -> _Collected:
    conn = session.connection()
    tables = _tables()
    root = conn.execute(select(table).where(_pk_where(table, pk))).mappings().first()
    out = _Collected()
    if root is None:
        return out
    refs: dict[str, list[tuple[Table, list[tuple[Column[Any], Column[Any]]], str]]] = {}
    stack: list[tuple[Table, dict[str, Any]]] = [(table, dict(root))]
    out.rows[(table.name, pk)] = dict(root)
    out.order.append((table.name, pk))
    while stack:
        parent, row = stack.pop(0)
        if parent.name not in refs:
            refs[parent.name] = _referencing(tables[parent.name])
        for child, pairs, ondelete in refs[parent.name]:
            values = [row[p.name] for _c, p in pairs]
            if any(v is None for v in values):
                continue
            cond = and_(*(c == v for (c, _p), v in zip(pairs, values, strict=True)))
            travelling = any((child.name, c.name) in TRAVELLING_LINKS for c, _p in pairs)
            for found in conn.execute(select(child).where(cond)).mappings():
                key = (child.name, _pk(child, found))
                if ondelete == "CASCADE" or travelling:
                    if key not in out.rows:
                        out.rows[key] = dict(found)
                        out.order.append(key)
                        stack.append((child, dict(found)))
                elif ondelete == "SET NULL":
                    out.relinks.append((key, {c.name: found[c.name] for c, _p in pairs}))
                else:
                    out.blockers.append(key)
    out.relinks = [(k, cols) for k, cols in out.relinks if k not in out.rows]
    out.blockers = [k for k in dict.fromkeys(out.blockers) if k not in out.rows]
    out.order = _parents_first(out.rows, out.order)
    return out


def _parents_first(rows: dict[Key, dict[str, Any]], order: list[Key]) -> list[Key]:
    """Order ``rows`` so that every row comes after the rows (in the set) it references."""
    tables = _tables()
    index: dict[tuple[str, tuple[str, ...], tuple[Any, ...]], Key] = {}

    def lookup(table: str, cols: tuple[str, ...], values: tuple[Any, ...]) -> Key | None:
        if (table, cols, values) not in index:
            for key, row in rows.items():
                if key[0] == table:
                    index[(table, cols, tuple(row[c] for c in cols))] = key
            index.setdefault((table, cols, values), ("", ()))
        found = index[(table, cols, values)]
        return found if found[0] else None

    deps: dict[Key, set[Key]] = {}
    for key in order:
        table = tables[key[0]]
        row = rows[key]
        deps[key] = set()
        for fk in table.foreign_key_constraints:
            cols = tuple(e.column.name for e in fk.elements)
            values = tuple(row[e.parent.name] for e in fk.elements)
            if any(v is None for v in values):
                continue
            parent = lookup(fk.referred_table.name, cols, values)
            if parent is not None and parent != key:
                deps[key].add(parent)
    done: list[Key] = []
    placed: set[Key] = set()
    pending = list(order)
    while pending:
        progress = False
        rest = []
        for key in pending:
            if deps[key] <= placed:
                done.append(key)
                placed.add(key)
                progress = True
            else:
                rest.append(key)
        if not progress:  # a cycle (cannot happen with this schema): keep the found order
            done.extend(rest)
            break
        pending = rest
    return done


def _blocked_message(session: Session, table: Table, root: dict[str, Any], blockers: list[Key],
                     ) -> ValidationError:
    label = kind_label(table.name)
    title = describe(session, table.name, root)
    uses = []
    for tname, pk in blockers[:3]:
        uses.append(f"{kind_label(tname)}（编号 {_pk_text(pk)}）")
    more = f"等 {len(blockers)} 条记录" if len(blockers) > 3 else ""
    return ValidationError(
        f"{label}“{title}”仍被其他记录使用（{'、'.join(uses)}{more}），不能删除。",
        hint="如不再使用，可以改为停用；或先修改引用它的记录。",
    )


# ---------------------------------------------------------------------------------------------
# Moving to the trash
# ---------------------------------------------------------------------------------------------
def _operator(session: Session) -> str:
    return str(session.info.get("operator") or audit.SYSTEM_OPERATOR)


def trash_in_session(session: Session, model: type[Base], ident: Any, *,
                     reason: str = "") -> m.TrashItem:
    """Move a record and what goes with it to the trash inside an open unit of work."""
    table = model.__table__
    assert isinstance(table, Table)
    if table.name in NOT_TRASHABLE:
        raise ValidationError(f"{model.__label__}不能移入回收站。")
    pk = ident if isinstance(ident, tuple) else (ident,)
    session.flush()
    found = _collect(session, table, pk)
    if not found.rows:
        raise NotFoundError(f"找不到编号为 {_pk_text(pk)} 的{model.__label__}，可能已被删除。")
    root = found.rows[(table.name, pk)]
    if found.blockers:
        raise _blocked_message(session, table, root, found.blockers)
    tables = _tables()
    title = describe(session, table.name, root)[:300]
    roles.check_session_rows(session, [(k[0], found.rows[k]) for k in found.order])
    roles.check_session_rows(session, [(k[0], None) for k, _cols in found.relinks])
    payload: list[dict[str, Any]] = [
        {"table": k[0], "row": {c: _encode(v) for c, v in found.rows[k].items()}}
        for k in found.order
    ]
    payload += [
        {"table": k[0], "relink": dict(zip([c.name for c in tables[k[0]].primary_key.columns],
                                           [_encode(v) for v in k[1]], strict=True)),
         "set": {c: _encode(v) for c, v in cols.items()}}
        for k, cols in found.relinks
    ]
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    now = dt.datetime.now().replace(microsecond=0)
    operator = _operator(session)
    conn = session.connection()
    changes: list[audit.Change] = []
    for key, cols in found.relinks:
        for col, old in cols.items():
            changes.append(audit.Change("修改", key[0], _pk_text(key[1]), col,
                                        audit.format_value(old), None))
    for key in reversed(found.order):
        t = tables[key[0]]
        changes.append(audit.Change("删除", key[0], _pk_text(key[1]), "",
                                    _snapshot(t, found.rows[key]), None))
        conn.execute(delete(t).where(_pk_where(t, key[1])))
    audit.write_entries(conn, operator, changes)
    item = m.TrashItem(
        entity=table.name, entity_id=_pk_text(pk), title=title,
        payload=text, payload_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        deleted_by=operator, deleted_at=now, reason=reason.strip(),
    )
    session.add(item)
    session.flush()
    return item


def move_to_trash(db: Database, model: type[Base], ident: Any, *, reason: str = "",
                  operator: str | None = None) -> int:
    """Delete a record by moving it (and its linked rows) to the trash. Returns the trash id."""
    with unit_of_work(db, operator) as session:
        return trash_in_session(session, model, ident, reason=reason).id


# ---------------------------------------------------------------------------------------------
# Listing, restoring, purging
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TrashRow:
    id: int
    entity: str
    kind: str
    entity_id: str
    title: str
    deleted_by: str
    deleted_at: dt.datetime
    reason: str
    rows: int


def _row_count(payload: str) -> int:
    try:
        return sum(1 for e in json.loads(payload) if "row" in e)
    except ValueError:
        return 0


def list_trash(db: Database) -> list[TrashRow]:
    with read_session(db) as session:
        items = session.scalars(select(m.TrashItem).order_by(m.TrashItem.deleted_at.desc(),
                                                             m.TrashItem.id.desc()))
        return [TrashRow(i.id, i.entity, kind_label(i.entity), i.entity_id, i.title,
                         i.deleted_by, i.deleted_at, i.reason, _row_count(i.payload))
                for i in items]


def get_trash(db: Database, trash_id: int) -> TrashRow:
    for row in list_trash(db):
        if row.id == trash_id:
            return row
    raise NotFoundError(f"回收站中没有编号为 {trash_id} 的记录，可能已被恢复或彻底删除。")


@dataclass(frozen=True)
class RestoreResult:
    kind: str
    title: str
    rows: int
    relinked: int

    @property
    def text(self) -> str:
        extra = f"，重新关联 {self.relinked} 条记录" if self.relinked else ""
        return f"已恢复{self.kind}“{self.title}”（共 {self.rows} 条数据{extra}）。"


def _load_item(session: Session, trash_id: int) -> m.TrashItem:
    item = session.get(m.TrashItem, trash_id)
    if item is None:
        raise NotFoundError(f"回收站中没有编号为 {trash_id} 的记录，可能已被恢复或彻底删除。")
    return item


def _parse(item: m.TrashItem) -> list[dict[str, Any]]:
    digest = hashlib.sha256(item.payload.encode("utf-8")).hexdigest()
    if digest != item.payload_sha256:
        raise ValidationError(
            f"回收站中“{item.title}”的内容与删除时记录的哈希不符，可能已被改动，不能恢复。",
            hint="请联系管理员用 xuncha check 检查数据库。",
        )
    entries = json.loads(item.payload)
    if not isinstance(entries, list):
        raise ValidationError(f"回收站中“{item.title}”的内容格式不正确，不能恢复。")
    return entries


def _missing_parent(session: Session, item: m.TrashItem, table: Table, row: dict[str, Any],
                    restored: dict[str, list[dict[str, Any]]]) -> ValidationError | None:
    conn = session.connection()
    for fk in table.foreign_key_constraints:
        values = [row[e.parent.name] for e in fk.elements]
        if any(v is None for v in values):
            continue
        ref = fk.referred_table
        cols = [e.column.name for e in fk.elements]
        if any(all(r[c] == v for c, v in zip(cols, values, strict=True))
               for r in restored.get(ref.name, [])):
            continue
        cond = and_(*(ref.c[c] == v for c, v in zip(cols, values, strict=True)))
        if conn.execute(select(ref).where(cond).limit(1)).first() is not None:
            continue
        ref_label = kind_label(ref.name)
        ident = _pk_text(values[:1]) if len(values) > 1 else _pk_text(values)
        in_trash = session.scalar(select(m.TrashItem).where(
            m.TrashItem.entity == ref.name, m.TrashItem.entity_id == ident))
        hint = (f"该{ref_label}“{in_trash.title}”在回收站中，请先恢复它，再恢复本条。"
                if in_trash is not None else "该记录已被彻底删除，本条无法恢复。")
        return ValidationError(
            f"无法恢复{kind_label(item.entity)}“{item.title}”：它关联的{ref_label}"
            f"（编号 {ident}）已不存在。", hint=hint,
        )
    return None


def restore(db: Database, trash_id: int, *, operator: str | None = None) -> RestoreResult:
    """Put every row of a trash item back with its ids and values, in one transaction."""
    tables = _tables()
    with unit_of_work(db, operator) as session:
        item = _load_item(session, trash_id)
        entries = _parse(item)
        conn = session.connection()
        rows: list[tuple[Table, dict[str, Any]]] = []
        relinks: list[tuple[Table, dict[str, Any], dict[str, Any]]] = []
        for entry in entries:
            table = tables.get(str(entry.get("table")))
            if table is None:
                raise ValidationError(f"回收站中“{item.title}”含有未知的数据表，不能恢复。")
            if "row" in entry:
                rows.append((table, {c.name: _decode(c, entry["row"].get(c.name))
                                     for c in table.columns}))
            else:
                relinks.append((table,
                                {c: _decode(table.c[c], v) for c, v in entry["relink"].items()},
                                {c: _decode(table.c[c], v) for c, v in entry["set"].items()}))
        roles.check_session_rows(session, [(t.name, r) for t, r in rows])
        roles.check_session_rows(session, [(t.name, None) for t, _k, _s in relinks])
        restored: dict[str, list[dict[str, Any]]] = {}
        changes: list[audit.Change] = []
        for table, row in rows:
            pk = _pk(table, row)
            if conn.execute(select(table).where(_pk_where(table, pk))).first() is not None:
                raise ValidationError(
                    f"无法恢复{kind_label(item.entity)}“{item.title}”：编号为 {_pk_text(pk)} 的"
                    f"{kind_label(table.name)}已存在。",
                    hint="可能已经恢复过，或已重新录入。",
                )
            problem = _missing_parent(session, item, table, row, restored)
            if problem is not None:
                raise problem
            conn.execute(insert(table).values(**row))
            restored.setdefault(table.name, []).append(row)
            changes.append(audit.Change("新增", table.name, _pk_text(pk), "", None,
                                        _snapshot(table, row)))
        relinked = 0
        for table, key, values in relinks:
            pk = tuple(key[c.name] for c in table.primary_key.columns)
            cond = and_(_pk_where(table, pk), *(table.c[c].is_(None) for c in values))
            if conn.execute(update(table).where(cond).values(**values)).rowcount:
                relinked += 1
                for col, value in values.items():
                    changes.append(audit.Change("修改", table.name, _pk_text(pk), col, None,
                                                audit.format_value(value)))
        audit.write_entries(conn, _operator(session), changes)
        result = RestoreResult(kind_label(item.entity), item.title, len(rows), relinked)
        session.delete(item)
        session.flush()
        return result


@dataclass(frozen=True)
class PurgeResult:
    log_id: int
    kind: str
    title: str
    backup: Path | None
    note: str

    @property
    def text(self) -> str:
        return f"已彻底删除{self.kind}“{self.title}”，并记入删除记录。{self.note}"


def purge(db: Database, trash_id: int, reason: str, *, backup_dir: Path | None = None,
          archive_dir: Path | None = None, operator: str | None = None,
          progress: Callable[[int, int], None] | None = None) -> PurgeResult:
    """Delete a trash item for good (管理员 only, with a reason), after a backup.

    ``progress`` receives the backup's steps; raising from it (a cancel) stops the purge
    before anything is deleted.
    """
    from xuncha_desktop.db import backup as bk

    reason = reason.strip()
    if not reason:
        raise ValidationError("彻底删除必须写明理由。", field="reason",
                              hint="理由会记入删除记录，供日后查阅。")
    who = operator or db.operator
    role = roles.current_role(db, who)
    if who != audit.SYSTEM_OPERATOR and not role.is_admin:
        raise roles.denied(role, "purge_log", "彻底删除")
    with read_session(db) as session:
        _load_item(session, trash_id)
    saved: Path | None = None
    if db.is_sqlite and db.target.path is not None:
        path = db.target.path
        saved = bk.create_backup(path, backup_dir or bk.default_backup_dir(path), "彻底删除前",
                                 archive_dir=archive_dir, progress=progress).path
        note = f"删除前已备份数据库：{saved}"
    else:
        note = "服务器数据库不在本机备份，请确认服务器已按时备份（pg_dump）。"
    with unit_of_work(db, operator) as session:
        item = _load_item(session, trash_id)
        now = dt.datetime.now().replace(microsecond=0)
        log = m.PurgeLog(entity=item.entity, entity_id=item.entity_id, title=item.title,
                         payload_sha256=item.payload_sha256, deleted_by=item.deleted_by,
                         deleted_at=item.deleted_at, purged_by=_operator(session),
                         purged_at=now, reason=reason)
        session.add(log)
        session.delete(item)
        session.flush()
        return PurgeResult(log.id, kind_label(item.entity), item.title, saved, note)


@dataclass(frozen=True)
class PurgeLogRow:
    id: int
    kind: str
    entity_id: str
    title: str
    payload_sha256: str
    deleted_by: str
    deleted_at: dt.datetime
    purged_by: str
    purged_at: dt.datetime
    reason: str


def list_purge_log(db: Database) -> list[PurgeLogRow]:
    with read_session(db) as session:
        return [PurgeLogRow(r.id, kind_label(r.entity), r.entity_id, r.title, r.payload_sha256,
                            r.deleted_by, r.deleted_at, r.purged_by, r.purged_at, r.reason)
                for r in session.scalars(select(m.PurgeLog).order_by(m.PurgeLog.id.desc()))]


__all__ = [
    "NOT_TRASHABLE", "TRAVELLING_LINKS", "PurgeLogRow", "PurgeResult", "RestoreResult",
    "TrashRow", "describe", "get_trash", "kind_label", "list_purge_log", "list_trash",
    "move_to_trash", "purge", "restore", "trash_in_session",
]
