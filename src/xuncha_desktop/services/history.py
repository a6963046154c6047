"""A record's full history, read from the audit log: who, when, what, field, old and new value.

The history of a record includes its children: rows that belong to it through a foreign key
with ``ON DELETE CASCADE`` (a finding's transitions, extensions and evidence links, a plan's
batches and their targets…, two levels deep), the link rows that travel with it in the trash
(an interview's link to a finding), and children that were deleted since (found by the
parent's id in the values the audit log kept when they were created or deleted).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, and_, or_, select
from sqlalchemy.orm import Session

from xuncha_desktop.db import models as m
from xuncha_desktop.db.base import Base
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import NotFoundError
from xuncha_desktop.services.trash import TRAVELLING_LINKS, kind_label
from xuncha_desktop.services.uow import read_session

#: How many levels of children are included (a plan → batches → targets).
DEPTH = 2


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    at: dt.datetime
    operator: str
    action: str
    kind: str  # 问题隐患, 问题状态变更, …
    record: str  # the record's id, with the kind when it is a child
    field: str  # Chinese label; "" for a whole record (新增/删除)
    old: str
    new: str
    own: bool  # the record itself (not a child)

    @property
    def at_text(self) -> str:
        return f"{self.at.year}年{self.at.month}月{self.at.day}日 {self.at:%H:%M:%S}"


def _table(name: str) -> Table | None:
    t = Base.metadata.tables.get(name)
    return t if isinstance(t, Table) else None


def field_label(entity: str, key: str) -> str:
    table = _table(entity)
    if table is None or key not in table.c:
        return key
    column = table.c[key]
    if "label" in column.info:
        return str(column.info["label"])
    for fk in column.foreign_keys:  # finding_id → 问题隐患
        return kind_label(fk.column.table.name)
    return key


_DATE_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::\d{2})?)?$")
#: Columns that name a referenced row, tried in this order.
_NAME_COLUMNS = ("name", "title", "code", "login")


class _Names:
    """Shows a referenced row by its name (市县 15 → 海口市), read once per row."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.cache: dict[tuple[str, str], str | None] = {}

    def name(self, table: Table, value: str) -> str | None:
        key = (table.name, value)
        if key not in self.cache:
            column = next((table.c[n] for n in _NAME_COLUMNS if n in table.c), None)
            pk = list(table.primary_key.columns)
            found = None
            if column is not None and len(pk) == 1:
                try:
                    ident: Any = int(value)
                except ValueError:
                    ident = value
                found = self.session.connection().execute(
                    select(column).where(pk[0] == ident)).scalar_one_or_none()
            self.cache[key] = str(found) if found is not None else None
        return self.cache[key]

    def show(self, entity: str, key: str, value: str | None) -> str:
        """A value as a clerk reads it: names for references, Chinese dates."""
        if value is None or value == "":
            return ""
        table = _table(entity)
        if table is not None and key in table.c:
            for fk in table.c[key].foreign_keys:
                named = self.name(fk.column.table, value)
                if named is not None:
                    return named
        match = _DATE_RE.match(value)
        if match:
            y, mo, d, h, mi = match.groups()
            text = f"{int(y)}年{int(mo)}月{int(d)}日"
            return f"{text} {h}:{mi}" if h is not None else text
        return value


def _whole(entity: str, text: str | None, names: _Names) -> str:
    """A record's values (JSON in the audit log) as 标签：值；… in column order."""
    if not text:
        return ""
    try:
        values = json.loads(text)
    except ValueError:
        return text
    if not isinstance(values, dict):
        return text
    table = _table(entity)
    order = [c.name for c in table.columns] if table is not None else sorted(values)
    keys = [k for k in order if k in values] + [k for k in values if k not in order]
    return "；".join(
        f"{field_label(entity, k)}：{names.show(entity, k, _text(values[k]))}" for k in keys)


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _children(session: Session, table: Table, row: dict[str, Any]
              ) -> Iterable[tuple[Table, dict[str, Any]]]:
    """The rows that belong to ``row`` now (CASCADE children and travelling links)."""
    conn = session.connection()
    for child in Base.metadata.sorted_tables:
        for fk in child.foreign_key_constraints:
            if fk.referred_table is not table or len(fk.elements) != 1:
                continue
            element = fk.elements[0]
            travelling = (child.name, element.parent.name) in TRAVELLING_LINKS
            if (fk.ondelete or "").upper() != "CASCADE" and not travelling:
                continue
            value = row.get(element.column.name)
            if value is None:
                continue
            for found in conn.execute(select(child).where(element.parent == value)).mappings():
                yield child, dict(found)


def _key(table: Table, row: dict[str, Any]) -> str:
    return "/".join(str(row[c.name]) for c in table.primary_key.columns)


def record_history(db: Database, entity: str, ident: Any) -> list[HistoryEntry]:
    """Every audit entry of the record ``entity``/``ident`` and of its children, newest first."""
    table = _table(entity)
    if table is None:
        raise NotFoundError(f"未知的记录类别“{entity}”。")
    pk = ident if isinstance(ident, tuple) else (ident,)
    root_key = "/".join(str(v) for v in pk)
    with read_session(db) as session:
        conn = session.connection()
        cond = and_(*(c == v for c, v in zip(table.primary_key.columns, pk, strict=True)))
        root = conn.execute(select(table).where(cond)).mappings().first()
        keys: dict[str, set[str]] = {entity: {root_key}}
        deleted_children: list[tuple[str, str, str]] = []  # (child table, fk column, value)
        if root is not None:
            level = [(table, dict(root))]
            for _depth in range(DEPTH):
                following: list[tuple[Table, dict[str, Any]]] = []
                for parent, row in level:
                    for child, found in _children(session, parent, row):
                        key = _key(child, found)
                        if key not in keys.setdefault(child.name, set()):
                            keys[child.name].add(key)
                            following.append((child, found))
                level = following
        # direct children that no longer exist: their creation or deletion names the parent
        for child in Base.metadata.sorted_tables:
            for fk in child.foreign_key_constraints:
                if fk.referred_table is table and len(fk.elements) == 1:
                    element = fk.elements[0]
                    travelling = (child.name, element.parent.name) in TRAVELLING_LINKS
                    if (fk.ondelete or "").upper() == "CASCADE" or travelling:
                        value = root[element.column.name] if root is not None else (
                            pk[0] if element.column.primary_key else None)
                        if value is not None:
                            deleted_children.append((child.name, element.parent.name, str(value)))
        clauses = [and_(m.AuditEntry.entity == t, m.AuditEntry.entity_id.in_(sorted(ids)))
                   for t, ids in keys.items()]
        for child_name, col, value in dict.fromkeys(deleted_children):
            pattern = f'%"{col}": "{value}"%'
            clauses.append(and_(m.AuditEntry.entity == child_name,
                                or_(m.AuditEntry.old_value.like(pattern),
                                    m.AuditEntry.new_value.like(pattern)),
                                m.AuditEntry.field == ""))
        entries = list(session.scalars(
            select(m.AuditEntry).where(or_(*clauses)).order_by(m.AuditEntry.id.desc())))
        out = _entries(entries, entity, root_key, keys, deleted_children, _Names(session))
    if not out and root is None:
        raise NotFoundError(f"找不到编号为 {root_key} 的{kind_label(entity)}，也没有它的历史记录。")
    return out


def _entries(entries: list[m.AuditEntry], entity: str, root_key: str,
             keys: dict[str, set[str]], deleted_children: list[tuple[str, str, str]],
             names: _Names) -> list[HistoryEntry]:
    out: list[HistoryEntry] = []
    seen: set[int] = set()
    for e in entries:
        if e.id in seen:
            continue
        # a LIKE on "finding_id" also matches "finding_id" of other keys by prefix: check exactly
        own = e.entity == entity and e.entity_id == root_key
        if not own and e.field == "" and e.entity_id not in keys.get(e.entity, set()):
            values = json.loads(e.old_value or e.new_value or "{}")
            if not any(values.get(col) == v for t, col, v in deleted_children if t == e.entity):
                continue
        seen.add(e.id)
        whole = e.field == ""
        out.append(HistoryEntry(
            id=e.id, at=e.at, operator=e.operator, action=e.action, kind=kind_label(e.entity),
            record=e.entity_id if own else f"{kind_label(e.entity)} {e.entity_id}",
            field="（整条记录）" if whole else field_label(e.entity, e.field),
            old=_whole(e.entity, e.old_value, names) if whole
            else names.show(e.entity, e.field, e.old_value),
            new=_whole(e.entity, e.new_value, names) if whole
            else names.show(e.entity, e.field, e.new_value),
            own=own,
        ))
    return out


__all__ = ["DEPTH", "HistoryEntry", "field_label", "record_history"]
