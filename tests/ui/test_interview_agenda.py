"""日程 page of the 约谈 tab: the calendar marks interview days, the agenda opens interviews."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.services import interviews as ivs
from xuncha_desktop.services.bootstrap import open_for_use
from xuncha_desktop.services.demo import generate_demo
from xuncha_desktop.services.uow import read_session
from xuncha_desktop.ui.interviews_tab import InterviewsTab

TODAY = dt.date(2026, 7, 14)
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("agenda_tab") / "demo.db"
    db = open_for_use(path, operator="测试")
    generate_demo(db, seed=8, today=TODAY)
    db.close()
    return path


@pytest.fixture
def db(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    work = tmp_path / "t.db"
    shutil.copy(demo_file, work)
    database = open_for_use(work, operator="组长甲")
    yield database
    database.close()


def _target(db: Database) -> int:
    with read_session(db) as s:
        return int(s.scalars(select(m.Target.id).order_by(m.Target.id)).first() or 0)


def _tab(qtbot: QtBot, db: Database) -> InterviewsTab:
    tab = InterviewsTab(db, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.resize(1400, 900)
    tab.show()
    tab.ui.listTabs.setCurrentWidget(tab.ui.agendaPage)
    return tab


def test_calendar_marks_the_day_of_a_scheduled_interview(qtbot: QtBot, db: Database) -> None:
    tab = _tab(qtbot, db)
    cal = tab.ui.agendaCalendar
    day = QDate(2026, 8, 19)
    assert cal.dateTextFormat(day).fontWeight() != QFont.Weight.Bold  # nothing on it yet
    ivs.create_interview(db, _target(db), "日程测试县人民政府", place="县政府三楼会议室",
                         scheduled_at=dt.datetime(2026, 8, 19, 15, 0))
    tab.refresh()
    cal.setCurrentPage(2026, 8)
    assert cal.dateTextFormat(day).fontWeight() == QFont.Weight.Bold
    texts = [
        [tab.ui.agendaTable.item(r, c).text() for c in range(5)]
        for r in range(tab.ui.agendaTable.rowCount())
    ]
    assert ["2026年8月19日", "15:00", "约谈", "日程测试县人民政府", ""] in texts
    # in date order; overdue rows say so in words
    days = [item.day for item in tab.agenda_items]
    assert days == sorted(days)
    assert [row[0] for row in texts] == [f"{d.year}年{d.month}月{d.day}日" for d in days]
    for item, row in zip(tab.agenda_items, texts, strict=True):
        assert (row[4] == f"逾期 {item.days_overdue} 天") == item.overdue


def test_clicking_an_agenda_row_selects_the_interview(qtbot: QtBot, db: Database) -> None:
    new_id = ivs.create_interview(db, _target(db), "日程测试县应急管理局",
                                  scheduled_at=dt.datetime(2026, 7, 21, 9, 30))
    tab = _tab(qtbot, db)
    row = next(r for r, i in enumerate(tab.agenda_items) if i.interview_id == new_id)
    assert tab.current_id() != new_id
    table = tab.ui.agendaTable
    table.scrollToItem(table.item(row, 3))
    rect = table.visualItemRect(table.item(row, 3))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.current_id() == new_id
    assert tab.ui.partyEdit.text() == "日程测试县应急管理局"


def test_clicking_a_commitment_row_shows_that_commitment(qtbot: QtBot, db: Database) -> None:
    tab = _tab(qtbot, db)
    row, item = next(
        (r, i) for r, i in enumerate(tab.agenda_items) if i.kind == ivs.AGENDA_COMMITMENT
    )
    tab._agenda_open(row)
    assert tab.current_id() == item.interview_id
    assert tab.ui.detailTabs.currentWidget() is tab.ui.commitmentsTab
    picked = tab.ui.commitmentsTable.item(tab.ui.commitmentsTable.currentRow(), 0)
    assert picked.text() == item.what


def test_agenda_follows_the_target_filter(qtbot: QtBot, db: Database) -> None:
    tab = _tab(qtbot, db)
    assert len({i.region for i in tab.agenda_items}) > 1
    one = tab.agenda_items[0]
    with read_session(db) as s:
        target = s.scalar(select(m.Interview.target_id).where(m.Interview.id == one.interview_id))
    tab.set_scope(None, target)
    assert tab.agenda_items
    assert {i.region for i in tab.agenda_items} == {one.region}


def test_clicking_a_calendar_day_goes_to_its_agenda_rows(qtbot: QtBot, db: Database) -> None:
    tab = _tab(qtbot, db)
    before = tab.current_id()
    target = next(i for i in tab.agenda_items if i.day > TODAY)
    tab.ui.agendaCalendar.clicked.emit(QDate(target.day.year, target.day.month, target.day.day))
    row = tab.ui.agendaTable.currentRow()
    assert tab.agenda_items[row].day == target.day
    assert row == min(r for r, i in enumerate(tab.agenda_items) if i.day == target.day)
    assert tab.current_id() == before  # choosing a day does not open an interview
