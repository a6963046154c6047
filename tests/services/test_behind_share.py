"""The 进度滞后 share is an office setting (``OfficeSettings.behind_share``); a database from
before the move still has it under its own key ``finding_behind_share``, which is read until
the office settings are saved once."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import ValidationError
from xuncha_desktop.services import findings as fs
from xuncha_desktop.services.bootstrap import open_for_use
from xuncha_desktop.services.office_settings import (
    LEGACY_BEHIND_SHARE_KEY,
    OfficeSettings,
    load_office_settings,
    save_office_settings,
)
from xuncha_desktop.services.uow import read_session, unit_of_work


@pytest.fixture
def office_db(tmp_path: Path) -> Iterator[Database]:
    database = open_for_use(tmp_path / "office.db", operator="王小明")
    yield database
    database.close()


def _keys(db: Database) -> dict[str, str]:
    with read_session(db) as s:
        return {str(k): str(v) for k, v in s.execute(select(m.Setting.key, m.Setting.value))}


def _put(db: Database, key: str, value: str) -> None:
    with unit_of_work(db, "王小明") as s:
        row = s.get(m.Setting, key)
        if row is None:
            s.add(m.Setting(key=key, value=value))
        else:
            row.value = value


def test_default_is_half_and_it_is_an_office_setting(office_db: Database) -> None:
    assert load_office_settings(office_db).behind_share == 0.5
    assert fs.load_behind_share(office_db) == 0.5
    fs.save_behind_share(office_db, 0.6)
    assert load_office_settings(office_db).behind_share == 0.6
    assert fs.load_behind_share(office_db) == 0.6
    keys = _keys(office_db)
    assert json.loads(keys["behind_share"]) == 0.6 and LEGACY_BEHIND_SHARE_KEY not in keys
    # saving it keeps the other office settings
    office = load_office_settings(office_db)
    office.due_soon_days = 9
    save_office_settings(office_db, office)
    fs.save_behind_share(office_db, 0.7)
    assert load_office_settings(office_db).due_soon_days == 9


def test_the_old_key_is_read_until_the_first_save_moves_it(office_db: Database) -> None:
    _put(office_db, LEGACY_BEHIND_SHARE_KEY, "0.75")  # a database from before the move
    assert load_office_settings(office_db).behind_share == 0.75
    assert fs.load_behind_share(office_db) == 0.75
    office = load_office_settings(office_db)
    office.hotline = "12345"
    save_office_settings(office_db, office)  # any save of the office settings moves it
    keys = _keys(office_db)
    assert LEGACY_BEHIND_SHARE_KEY not in keys and json.loads(keys["behind_share"]) == 0.75
    # a value saved under the new key wins over a stale old one
    _put(office_db, LEGACY_BEHIND_SHARE_KEY, "0.3")
    assert fs.load_behind_share(office_db) == 0.75


@pytest.mark.parametrize("raw", ["1.5", "0", "-0.2", "\"一半\"", "not json", "true"])
def test_an_unusable_stored_value_reads_as_the_default(office_db: Database, raw: str) -> None:
    _put(office_db, LEGACY_BEHIND_SHARE_KEY, raw)
    assert fs.load_behind_share(office_db) == 0.5
    _put(office_db, "behind_share", raw)
    assert load_office_settings(office_db).behind_share == 0.5


@pytest.mark.parametrize("share", [0.0, 1.0, 1.5, -0.1])
def test_a_share_outside_zero_to_one_is_refused_and_nothing_saved(
    office_db: Database, share: float,
) -> None:
    with pytest.raises(ValidationError, match="“进度滞后比例”必须大于 0% 且小于 100%") as err:
        fs.save_behind_share(office_db, share)
    assert err.value.field == "behind_share"
    with pytest.raises(ValidationError, match="进度滞后比例"):
        save_office_settings(office_db, OfficeSettings(behind_share=share))
    assert "behind_share" not in _keys(office_db)
    assert fs.load_behind_share(office_db) == 0.5


def test_the_share_decides_the_yellow_status() -> None:
    today = dt.date(2026, 7, 14)
    since, deadline = dt.date(2026, 7, 1), dt.date(2026, 7, 31)  # 13 of 30 days elapsed
    assert fs.deadline_status("已交办", deadline, since, today, 3, 0.4) == fs.STATUS_BEHIND
    assert fs.deadline_status("已交办", deadline, since, today, 3, 0.5) == fs.STATUS_NORMAL
