"""The office's own copies of the wording templates (stored in the ``setting`` table).

Validation of a template's text belongs to the documents layer, which calls
:func:`save_override` only with text it has checked.
"""

from __future__ import annotations

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.services.uow import read_session, unit_of_work

_PREFIX = "template:"


def get_override(db: Database, kind: str) -> str | None:
    with read_session(db) as session:
        row = session.get(m.Setting, _PREFIX + kind)
        return row.value if row is not None else None


def save_override(db: Database, kind: str, text: str, operator: str | None = None) -> None:
    with unit_of_work(db, operator) as session:
        row = session.get(m.Setting, _PREFIX + kind)
        if row is None:
            session.add(m.Setting(key=_PREFIX + kind, value=text))
        elif row.value != text:
            row.value = text


def revert_override(db: Database, kind: str, operator: str | None = None) -> bool:
    """Go back to the shipped wording. Returns False if there was no override."""
    with unit_of_work(db, operator) as session:
        row = session.get(m.Setting, _PREFIX + kind)
        if row is None:
            return False
        session.delete(row)
        return True
