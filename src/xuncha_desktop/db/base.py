"""Declarative base with a naming convention, and the mixins every table shares."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import DateTime, Integer, MetaData, func
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)

    #: Chinese name of the entity, for messages and the audit log.
    __label__: str = ""
    #: Whether changes to this table go to the audit log.
    __audited__: bool = True

    def __repr__(self) -> str:
        ident = getattr(self, "id", None)
        return f"<{type(self).__name__} id={ident}>"


def label(text: str, **extra: Any) -> dict[str, Any]:
    """Column ``info`` carrying the Chinese field name shown in messages and the audit log."""
    return {"label": text, **extra}


class IdMixin:
    id: Mapped[int] = mapped_column(Integer, primary_key=True, info=label("编号"))


class TimestampMixin:
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp(), info=label("创建时间")
    )


class VersionedMixin:
    """Rows that people edit carry a version counter; a stale save raises StaleDataError."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, info=label("版本"))

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.version}
