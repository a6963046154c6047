"""A form's save over a record somebody else saved since, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import pytest

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import ConflictError
from xuncha_desktop.services import crud, people
from xuncha_desktop.services.bootstrap import open_for_use
from xuncha_desktop.services.uow import current_version, expect_versions


def test_a_save_with_the_version_seen_is_refused_after_another_save(
    database: Database, target: str
) -> None:
    pid = crud.create(database, m.Person, {"name": "张三", "gender": "男", "unit": "单位"}).id
    form = people.load_person(database, pid)  # the form is filled …
    seen = current_version(database, m.Person, pid)
    other = open_for_use(target, operator="乙")  # … and another workstation saves first
    try:
        crud.update(other, m.Person, pid, {"unit": "乙改的单位"})
    finally:
        other.close()
    form.post = "甲填的职务"
    with pytest.raises(ConflictError, match="已被其他人修改"), \
            expect_versions((m.Person, pid, seen)):
        people.save_person(database, form)
    current = people.load_person(database, pid)
    assert (current.unit, current.post) == ("乙改的单位", "")
    with expect_versions((m.Person, pid, current_version(database, m.Person, pid))):
        people.save_person(database, form)  # over the version now seen: saved
    assert people.load_person(database, pid).post == "甲填的职务"
