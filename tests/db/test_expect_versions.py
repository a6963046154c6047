"""The services layer refuses writes on a read-only database and saves over a newer version."""

from __future__ import annotations

from pathlib import Path

import pytest

from xuncha_desktop.db import models as m
from xuncha_desktop.db.safety import open_readonly
from xuncha_desktop.errors import ConflictError
from xuncha_desktop.services import crud, people
from xuncha_desktop.services.bootstrap import open_for_use
from xuncha_desktop.services.uow import (
    ReadOnlyDatabaseError,
    current_version,
    expect_versions,
    unit_of_work,
)


def test_a_save_over_a_version_somebody_else_saved_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "v.db"
    mine = open_for_use(path, operator="甲")
    theirs = open_for_use(path, operator="乙")
    try:
        pid = crud.create(mine, m.Person, {"name": "张三", "gender": "男", "unit": "单位"}).id
        seen = current_version(mine, m.Person, pid)
        assert seen == 1
        crud.update(theirs, m.Person, pid, {"unit": "乙改的单位"})
        data = people.load_person(mine, pid)
        data.unit, data.post = "单位", "甲填的职务"
        with pytest.raises(ConflictError) as info, expect_versions((m.Person, pid, seen)):
            people.save_person(mine, data)
        assert "已被其他人修改" in info.value.message
        assert people.load_person(mine, pid).unit == "乙改的单位"
        assert people.load_person(mine, pid).post == ""
        # a save in several steps: its own first step does not count as somebody else's
        now = current_version(mine, m.Person, pid)
        with expect_versions((m.Person, pid, now)):
            people.save_person(mine, data)
            crud.update(mine, m.Person, pid, {"phone": "13800000000"})
        saved = people.load_person(mine, pid)
        assert (saved.post, saved.phone) == ("甲填的职务", "13800000000")
        # one unit of work that writes the row in two flushes is not its own conflict
        now = current_version(mine, m.Person, pid)
        with expect_versions((m.Person, pid, now)), unit_of_work(mine) as session:
            person = session.get(m.Person, pid)
            assert person is not None
            person.unit = "第一次写入"
            session.flush()
            person.post = "第二次写入"
            session.flush()
        saved = people.load_person(mine, pid)
        assert (saved.unit, saved.post) == ("第一次写入", "第二次写入")
        # rows that are only read, or not named, are not checked
        with expect_versions((m.Person, pid, 1)):
            crud.create(mine, m.Person, {"name": "李四", "gender": "女", "unit": "单位"})
        assert current_version(mine, m.Person, 999) is None
    finally:
        mine.close()
        theirs.close()


def test_a_read_only_database_refuses_every_write_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    db = open_for_use(path, operator="甲")
    pid = crud.create(db, m.Person, {"name": "张三", "gender": "男", "unit": "单位"}).id
    db.close()
    before = path.read_bytes()
    ro = open_readonly(path)
    try:
        assert ro.read_only and people.load_person(ro, pid).name == "张三"
        for write in (
            lambda: crud.create(ro, m.Person, {"name": "李四", "gender": "女", "unit": "单位"}),
            lambda: crud.update(ro, m.Person, pid, {"unit": "新单位"}),
            lambda: crud.delete(ro, m.Person, pid),
            lambda: people.set_active(ro, pid, False),
        ):
            with pytest.raises(ReadOnlyDatabaseError) as info:
                write()
            assert "只读" in info.value.message and "修复数据库" in info.value.hint
    finally:
        ro.close()
    assert path.read_bytes() == before
