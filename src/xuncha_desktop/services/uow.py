"""Units of work, and the translation of database errors into Chinese domain errors."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from sqlalchemy import event
from sqlalchemy import exc as sa_exc
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from xuncha_desktop.db.base import Base
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import ConflictError, DatabaseError, ValidationError, XunchaError
from xuncha_desktop.services import roles

_SPECIAL = {
    "dates_ordered": "结束日期不能早于开始日期",
    "override_needs_reason": "调整评价等次必须填写理由",
    "assigned_needs_deadline": "交办后的问题必须有责任单位和整改期限",
    "closed_needs_date": "销号的问题必须有销号日期",
    "appointed_needs_reason": "指定人选必须填写指定理由",
    "drawn_needs_draw": "抽取产生的成员必须关联抽取记录",
    "leave_needs_reason": "成员离组必须填写调整理由",
    "met_needs_checker": "标记为符合条件时必须填写核查人和核查日期",
    "supervision_needs_body": "挂牌督办必须填写督办机关",
    "closed_needs_report": "约谈办结前必须收到书面报告",
    "cancel_needs_reason": "取消约谈必须写明理由",
    "done_needs_date": "已完成的承诺必须有完成日期",
    "carried_needs_finding": "转为问题的承诺必须关联问题",
    "void_needs_reason": "作废文号必须填写理由",
    "extends_forward": "延期后的期限必须晚于原期限",
    "exactly_one_owner": "证据必须且只能关联一条记录",
    "code_format": "区划代码必须是 6 位数字",
    "sha256_format": "文件哈希格式不正确",
    "id_number_length": "身份证号必须是 18 位",
}


def _tables() -> dict[str, type[Base]]:
    return {m.class_.__tablename__: m.class_ for m in Base.registry.mappers}


def _field_label(model: type[Base] | None, column: str) -> str:
    if model is not None and column in model.__table__.c:
        return str(model.__table__.c[column].info.get("label", column))
    return column


def explain_integrity(err: sa_exc.IntegrityError) -> ValidationError:
    text = str(err.orig) if err.orig is not None else str(err)
    tables = _tables()
    m = re.search(r"CHECK constraint failed: (?:ck_)?(\w+)", text) or re.search(
        r'violates check constraint "(?:ck_)?(\w+)"', text
    )
    if m:
        name = m.group(1)
        for tname in sorted(tables, key=len, reverse=True):
            if name.startswith(tname + "_"):
                model, rule = tables[tname], name[len(tname) + 1 :]
                break
        else:
            model, rule = None, name
        entity = model.__label__ if model is not None else ""
        if rule in _SPECIAL:
            return ValidationError(f"{entity}：{_SPECIAL[rule]}。", field=rule)
        for suffix, what in (
            ("_not_blank", "不能为空"),
            ("_valid", "的取值无效"),
            ("_range", "超出允许范围"),
            ("_positive", "必须大于零"),
            ("_non_negative", "不能为负数"),
        ):
            if rule.endswith(suffix):
                column = rule[: -len(suffix)]
                return ValidationError(
                    f"{entity}的“{_field_label(model, column)}”{what}。", field=column
                )
        return ValidationError(f"{entity}的数据不符合规则（{rule}）。", field=rule)
    m = re.search(r"UNIQUE constraint failed: ([\w.]+(?:, [\w.]+)*)", text)
    if m:
        cols = [c.strip() for c in m.group(1).split(",")]
        tname = cols[0].split(".")[0]
        model = tables.get(tname)
        names = "、".join(f"“{_field_label(model, c.split('.')[-1])}”" for c in cols)
        entity = model.__label__ if model is not None else tname
        return ValidationError(
            f"已有相同{names}的{entity}，不能重复。", field=cols[-1].split(".")[-1]
        )
    if "duplicate key value" in text:
        return ValidationError("已有相同的记录，不能重复。")
    if "FOREIGN KEY constraint failed" in text or "foreign key constraint" in text:
        return ValidationError(
            "该记录仍被其他记录引用，或引用的记录不存在，操作未执行。",
            hint="请先处理关联的记录。",
        )
    if "NOT NULL constraint failed" in text or "null value in column" in text:
        m = re.search(r"NOT NULL constraint failed: (\w+)\.(\w+)", text)
        if m:
            model = tables.get(m.group(1))
            entity = model.__label__ if model is not None else m.group(1)
            return ValidationError(
                f"{entity}的“{_field_label(model, m.group(2))}”必须填写。", field=m.group(2)
            )
        return ValidationError("有必填项没有填写。")
    return ValidationError(f"数据不符合规则，未能保存：{text}")


class ReadOnlyDatabaseError(DatabaseError):
    """A write was attempted on a database opened read-only (a damaged file)."""


def read_only_error() -> ReadOnlyDatabaseError:
    return ReadOnlyDatabaseError(
        "数据库已以只读方式打开（文件已损坏），不能修改，此次修改没有保存。",
        hint="可以查看和导出。请先通过“工具 → 备份与恢复…”恢复最近一份完好的备份，"
        "或用“工具 → 修复数据库…”修复后再修改。",
    )


#: Versions the operator saw when the current save started: {(model, id): version}.
_EXPECTED: ContextVar[dict[tuple[type[Base], Any], int] | None] = ContextVar(
    "xuncha_expected_versions", default=None
)


@contextmanager
def expect_versions(*rows: tuple[type[Base], Any, int | None]) -> Iterator[None]:
    """Optimistic locking for a save from a form: ``(model, id, version seen)`` per row
    (a row whose version is None — not known, a new record — is not checked).

    Any unit of work inside the block that changes or deletes one of these rows while the row
    in the database has another version raises :class:`ConflictError`, and nothing is saved.
    This matters on SQLite, where the load and the write happen in one short transaction: the
    version column alone only catches writers that interleave inside it.
    """
    expected = {**(_EXPECTED.get() or {})}
    expected.update({(model, ident): version for model, ident, version in rows
                     if version is not None})
    token = _EXPECTED.set(expected)
    try:
        yield
    finally:
        _EXPECTED.reset(token)


def current_version(db: Database, model: type[Base], ident: Any) -> int | None:
    """The version of a row as it is in the database now (None when it was deleted)."""
    with read_session(db) as session:
        obj = session.get(model, ident)
        value = getattr(obj, "version", None) if obj is not None else None
        return int(value) if value is not None else None


def _conflict(obj: Base) -> ConflictError:
    label = getattr(type(obj), "__label__", "记录")
    return ConflictError(
        f"这条{label}记录已被其他人修改，您的修改没有保存。",
        hint="请对照对方的修改后重新保存。",
    )


def check_seen(session: Session, obj: Base, seen: int | None = None) -> None:
    """For a service that decides from a row's state before it writes: raise
    :class:`ConflictError` when the row is no longer the version the operator saw (``seen``,
    or the version given to :func:`expect_versions`), so that a state check does not answer
    with a refusal what is really somebody else's change. Without an expectation: no check."""
    ident = sa_inspect(obj).identity
    if ident is None:
        return
    key = (type(obj), ident[0] if len(ident) == 1 else ident)
    if seen is None:
        seen = (_EXPECTED.get() or {}).get(key)
    checked: set[tuple[type[Base], Any]] = session.info.setdefault("xuncha_checked_rows", set())
    if seen is None or key in checked:
        return
    if getattr(obj, "version", seen) != seen:
        raise _conflict(obj)


def _check_expected(session: Session, _context: object, _instances: object) -> None:
    expected = _EXPECTED.get()
    if not expected:
        return
    # A row is checked at its first write in this transaction: a later flush of the same
    # unit of work sees the version that first write already moved on.
    checked: set[tuple[type[Base], Any]] = session.info.setdefault("xuncha_checked_rows", set())
    for obj in [*session.dirty, *session.deleted]:
        ident = sa_inspect(obj).identity
        if ident is None:
            continue
        key = (type(obj), ident[0] if len(ident) == 1 else ident)
        seen = expected.get(key)
        if seen is None or key in checked or (
            obj not in session.deleted and not session.is_modified(obj)
        ):
            continue
        checked.add(key)
        if getattr(obj, "version", seen) != seen:
            raise _conflict(obj)


def _note_written(session: Session, _context: object) -> None:
    """After a flush: the new versions of the expected rows this save wrote."""
    expected = _EXPECTED.get()
    if not expected:
        return
    written = session.info.setdefault("xuncha_written_versions", {})
    for model, ident in expected:
        obj = session.identity_map.get(session.identity_key(model, ident))
        if obj is not None and getattr(obj, "version", None) is not None:
            written[(model, ident)] = int(obj.version)


def _advance_expected(session: Session) -> None:
    """After the commit: the save's own writes move the expected versions on, so that a
    save made of several units of work does not take its first step for somebody else's."""
    expected = _EXPECTED.get()
    written = session.info.pop("xuncha_written_versions", None)
    if expected is not None and written:
        expected.update(written)


@contextmanager
def unit_of_work(db: Database, operator: str | None = None, *,
                 immediate: bool = False) -> Iterator[Session]:
    """One transaction; domain errors pass through, database errors become domain errors.

    ``immediate`` takes SQLite's write lock at the start (for read-then-write allocations).
    A database opened read-only refuses every unit of work with a Chinese message.
    """
    if getattr(db, "read_only", False):
        raise read_only_error()
    roles.install(db.sessions.class_)  # every flush is checked against the operator's role
    session = db.session(operator)
    if _EXPECTED.get():
        event.listen(session, "before_flush", _check_expected)
        event.listen(session, "after_flush_postexec", _note_written)
        event.listen(session, "after_commit", _advance_expected)
    try:
        with session.begin():
            if immediate:
                session.connection(execution_options={"immediate": True})
            yield session
    except XunchaError:
        raise
    except sa_exc.IntegrityError as err:
        raise explain_integrity(err) from err
    except StaleDataError as err:
        raise ConflictError(
            "这条记录已被其他人修改，您的修改没有保存。",
            hint="请刷新后查看最新内容，再重新修改。",
        ) from err
    except sa_exc.OperationalError as err:
        text = str(err.orig)
        if "locked" in text or "busy" in text:
            raise DatabaseError(
                "数据库正被其他程序占用，暂时无法保存。", hint="请稍候再试，或关闭其他正在使用该数据库的程序。"
            ) from err
        if "readonly" in text or "read-only" in text:
            raise DatabaseError("数据库文件是只读的，无法保存。", hint="请取消文件的只读属性。") from err
        if "disk" in text and "full" in text:
            raise DatabaseError("磁盘已满，无法保存。", hint="请清理磁盘后重试；数据未被改动。") from err
        raise DatabaseError(f"数据库操作失败：{text}", hint="修改未保存。") from err
    finally:
        session.close()


@contextmanager
def read_session(db: Database) -> Iterator[Session]:
    session = db.session()
    try:
        with session.begin():
            yield session
    except sa_exc.OperationalError as err:
        raise DatabaseError(f"读取数据库失败：{err.orig}") from err
    finally:
        session.close()
