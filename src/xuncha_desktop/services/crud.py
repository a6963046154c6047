"""Create, read, update and delete any entity, with validation and Chinese messages.

Every write goes through :func:`~xuncha_desktop.services.uow.unit_of_work`, so the audit hook
records it. Per-entity rules live in :mod:`xuncha_desktop.services.validation` and are run
before the database's own constraints, so the message can name the field.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from xuncha_desktop.db.base import Base
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import ConflictError, NotFoundError, ValidationError
from xuncha_desktop.services.uow import read_session, unit_of_work

M = TypeVar("M", bound=Base)
Validator = Callable[[Session, Any], None]

_VALIDATORS: dict[type[Base], list[Validator]] = {}


def validator(model: type[Base]) -> Callable[[Validator], Validator]:
    def register(fn: Validator) -> Validator:
        _VALIDATORS.setdefault(model, []).append(fn)
        return fn

    return register


def field_label(model: type[Base], key: str) -> str:
    col = model.__table__.c.get(key)
    return str(col.info.get("label", key)) if col is not None else key


def _writable_keys(model: type[Base]) -> set[str]:
    keys = {attr.key for attr in model.__mapper__.column_attrs}
    keys.discard("version")
    keys.discard("created_at")
    return keys


def _assign(model: type[M], obj: M, values: Mapping[str, Any]) -> None:
    allowed = _writable_keys(model)
    for key, value in values.items():
        if key not in allowed:
            raise ValidationError(f"{model.__label__}没有“{key}”这一项。", field=key)
        if isinstance(value, str):
            value = value.strip()
        setattr(obj, key, value)


def _apply_defaults(model: type[Base], obj: Base) -> None:
    """Fill Python-side column defaults now, so that validators see the values to be stored."""
    for col in model.__table__.columns:
        default = col.default
        if default is None or getattr(obj, col.key, None) is not None:
            continue
        if default.is_scalar:
            setattr(obj, col.key, default.arg)
        elif default.is_callable:
            setattr(obj, col.key, default.arg(None))


def _check_required(model: type[Base], obj: Base) -> None:
    for col in model.__table__.columns:
        if col.primary_key and col.autoincrement in (True, "auto") and not col.foreign_keys:
            continue
        if col.key in ("version", "created_at"):
            continue
        value = getattr(obj, col.key, None)
        has_default = col.default is not None or col.server_default is not None
        if value is None and not col.nullable and not has_default:
            raise ValidationError(
                f"{model.__label__}的“{field_label(model, col.key)}”必须填写。", field=col.key
            )


def validate(session: Session, obj: Base) -> None:
    model = type(obj)
    _check_required(model, obj)
    for fn in _VALIDATORS.get(model, []):
        fn(session, obj)


def _load(session: Session, model: type[M], ident: Any) -> M:
    obj = session.get(model, ident)
    if obj is None:
        raise NotFoundError(f"找不到编号为 {ident} 的{model.__label__}，可能已被删除。")
    return obj


def create(db: Database, model: type[M], values: Mapping[str, Any],
           operator: str | None = None) -> M:
    with unit_of_work(db, operator) as session:
        obj = model()
        _assign(model, obj, values)
        _apply_defaults(model, obj)
        validate(session, obj)
        session.add(obj)
        session.flush()
    return obj


def update(db: Database, model: type[M], ident: Any, values: Mapping[str, Any], *,
           expected_version: int | None = None, operator: str | None = None) -> M:
    with unit_of_work(db, operator) as session:
        obj = _load(session, model, ident)
        current = getattr(obj, "version", None)
        if expected_version is not None and current is not None and current != expected_version:
            raise ConflictError(
                f"这条{model.__label__}已被其他人修改（版本 {current}），您的修改没有保存。",
                hint="请刷新后查看最新内容，再重新修改。",
            )
        _assign(model, obj, values)
        validate(session, obj)
        session.flush()
    return obj


def delete(db: Database, model: type[Base], ident: Any, operator: str | None = None, *,
           reason: str = "") -> int:
    """Delete a record: it moves to the trash with every row deleted with it (no hard
    deletes; see :mod:`~xuncha_desktop.services.trash`). Returns the trash item's id."""
    from xuncha_desktop.services import trash

    try:
        with unit_of_work(db, operator) as session:
            obj = _load(session, model, ident)
            name = getattr(obj, "name", None) or getattr(obj, "title", None) or f"编号 {ident}"
            return trash.trash_in_session(session, model, ident, reason=reason).id
    except ValidationError as err:
        if "引用" in err.message:
            raise ValidationError(
                f"{model.__label__}“{name}”仍被其他记录使用（例如巡查计划、人员或问题），不能删除。",
                hint="如不再使用，可以改为停用；或先修改引用它的记录。",
            ) from err
        raise


def get(db: Database, model: type[M], ident: Any) -> M:
    with read_session(db) as session:
        return _load(session, model, ident)


def list_all(db: Database, model: type[M], *where: ColumnElement[bool],
             order_by: Sequence[Any] = ()) -> list[M]:
    with read_session(db) as session:
        stmt = select(model).where(*where)
        if order_by:
            stmt = stmt.order_by(*order_by)
        else:
            stmt = stmt.order_by(*model.__mapper__.primary_key)
        return list(session.scalars(stmt))


def count(db: Database, model: type[Base], *where: ColumnElement[bool]) -> int:
    with read_session(db) as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


# Registers the per-entity validators (kept in their own module for readability).
from xuncha_desktop.services import validation as _validation  # noqa: E402

__all__ = ["_validation", "count", "create", "delete", "get", "list_all", "update", "validator"]
