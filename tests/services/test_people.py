"""The personnel pool: validation, masking, conditions and search (pinyin initials too)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import ValidationError
from xuncha_desktop.services import people, teams
from xuncha_desktop.services.bootstrap import open_for_use
from xuncha_desktop.services.uow import read_session


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_for_use(tmp_path / "p.db", operator="测试")
    yield database
    database.close()


def test_save_search_and_mask(db: Database) -> None:
    pid = people.save_person(db, people.PersonData(
        name="欧阳　娜娜", gender="女", unit="省应急管理厅", rank="处级", phone="13800138000",
        id_number="11010519491231002x", home_region="海口市", sectors=["危险化学品"]))
    data = people.load_person(db, pid)
    assert data.name == "欧阳娜娜" and data.id_number == "11010519491231002X"
    assert people.mask_id(data.id_number) == "110***********002X"
    assert [h.name for h in people.search(db, "OY")] == ["欧阳娜娜"]
    assert [h.name for h in people.search(db, sector="危险化学品", region="海口市")] == ["欧阳娜娜"]
    assert people.search(db, unit="三亚") == []


def test_bad_id_and_phone_are_refused(db: Database) -> None:
    with pytest.raises(ValidationError, match="身份证号码不正确"):
        people.save_person(db, people.PersonData(name="张三", gender="男", unit="某单位",
                                                 id_number="110105194912310021"))
    with pytest.raises(ValidationError, match="电话号码“123”格式不正确"):
        people.save_person(db, people.PersonData(name="张三", gender="男", unit="某单位",
                                                 phone="123"))


def test_conditions_record_who_and_when(db: Database) -> None:
    pid = people.save_person(db, people.PersonData(name="张三", gender="男", unit="某单位"))
    people.set_condition(db, pid, 1, True, checked_by="李科长", checked_on=dt.date(2026, 7, 1))
    with read_session(db) as s:
        from xuncha_desktop.db import models as m

        p = s.get(m.Person, pid)
        assert p is not None
        facts = teams.person_facts(s, p)
        (c,) = p.conditions
        assert (c.checked_by, c.checked_on) == ("李科长", dt.date(2026, 7, 1))
    assert facts.conditions_missing == (2, 3, 4)
    with pytest.raises(ValidationError, match="核查人"):
        people.set_condition(db, pid, 2, True, checked_by=" ", checked_on=dt.date(2026, 7, 1))


def test_the_person_form_is_saved_whole_or_not_at_all(db: Database) -> None:
    """Person, conditions and periods in one transaction: a failing part saves nothing."""
    from xuncha_desktop.db import models as m
    from xuncha_desktop.errors import NotFoundError

    pid = people.save_person(db, people.PersonData(name="张三", gender="男", unit="某单位"))
    data = people.load_person(db, pid)
    data.unit = "省应急管理厅"
    check = people.ConditionCheck(1, True, "李科长", dt.date(2026, 7, 1))
    period = people.NewPeriod(dt.date(2026, 8, 1), dt.date(2026, 8, 10), "出差")
    with pytest.raises(NotFoundError):
        people.save_person_form(db, data, conditions=[check], new_periods=[period],
                                removed_periods=[999])
    with read_session(db) as s:
        p = s.get(m.Person, pid)
        assert p is not None and p.unit == "某单位"
        assert p.conditions == [] and s.query(m.PersonUnavailability).count() == 0

    person_id, (new_id,) = people.save_person_form(
        db, data, conditions=[check], new_periods=[period])
    assert person_id == pid
    with read_session(db) as s:
        p = s.get(m.Person, pid)
        assert p is not None and p.unit == "省应急管理厅"
        assert [(c.condition_no, c.checked_by) for c in p.conditions] == [(1, "李科长")]
        assert s.get(m.PersonUnavailability, new_id) is not None
    people.save_person_form(db, data, removed_periods=[new_id])
    with read_session(db) as s:
        assert s.get(m.PersonUnavailability, new_id) is None  # in the trash, not gone
        assert s.query(m.TrashItem).filter_by(entity="person_unavailability").count() == 1
    with pytest.raises(ValidationError, match="结束日期不能早于开始日期"):
        people.save_person_form(db, data, new_periods=[
            people.NewPeriod(dt.date(2026, 9, 2), dt.date(2026, 9, 1))])
