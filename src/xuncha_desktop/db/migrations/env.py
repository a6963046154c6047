"""Alembic environment: the connection is always handed in by ``xuncha_desktop.db.migrate``."""

from __future__ import annotations

from alembic import context

from xuncha_desktop.db import models as _models  # noqa: F401  (registers the tables)
from xuncha_desktop.db.base import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("迁移必须通过 xuncha migrate 运行。")

is_sqlite = connection.dialect.name == "sqlite"
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
