"""日程 of the 约谈 tab: meetings to hold and open deadlines, in date order, scoped."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import ValidationError
from xuncha_desktop.services import interviews as iv
from xuncha_desktop.services.bootstrap import open_for_use
from xuncha_desktop.services.demo import generate_demo
from xuncha_desktop.services.uow import read_session, unit_of_work

DEMO_TODAY = dt.date(2026, 7, 14)
# A month far from the demo's own interviews, so the rows below are all there is in it.
MARCH = (dt.date(2031, 3, 1), dt.date(2031, 3, 31))
TODAY = dt.date(2031, 3, 8)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("agenda") / "demo.db"
    db = open_for_use(path, operator="测试")
    generate_demo(db, seed=8, today=DEMO_TODAY)
    db.close()
    return path


@pytest.fixture
def db(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    work = tmp_path / "t.db"
    shutil.copy(demo_file, work)
    database = open_for_use(work, operator="测试")
    yield database
    database.close()


def _two_targets(db: Database) -> tuple[tuple[int, int], tuple[int, int]]:
    """(target id, plan id) of two targets of different plans."""
    with read_session(db) as s:
        rows = s.execute(
            select(m.Target.id, m.Batch.plan_id)
            .join(m.Batch, m.Batch.id == m.Target.batch_id)
            .order_by(m.Target.id)
        ).all()
    first = rows[0]
    second = next(r for r in rows if r[1] != first[1])
    return (first[0], first[1]), (second[0], second[1])


def _build(db: Database) -> dict[str, int]:
    """Five interviews in March 2031 by hand, in every state that matters to the 日程."""
    (t1, _p1), (t2, _p2) = _two_targets(db)
    ids: dict[str, int] = {}
    with unit_of_work(db, "测试") as s:

        def add(key: str, target: int, party: str, state: str, at: dt.datetime | None,
                **kw: object) -> m.Interview:
            one = m.Interview(target_id=target, party=party, state=state, scheduled_at=at,
                              place="巡查组驻地会议室", **kw)
            s.add(one)
            s.flush()
            ids[key] = one.id
            return one

        add("draft", t1, "甲县人民政府", "拟约谈", dt.datetime(2031, 3, 10, 14, 30))
        add("notified", t1, "甲县应急管理局", "已通知", dt.datetime(2031, 3, 5, 9, 0))
        held = add("held", t2, "乙市住房和城乡建设局", "整改跟踪", dt.datetime(2031, 3, 2, 9, 0),
                   held_on=dt.date(2031, 3, 2), report_due=dt.date(2031, 3, 7))
        held.commitments += [
            m.Commitment(content="完成燃气管道隐患整改", owner="王海",
                         due_date=dt.date(2031, 3, 10)),
            m.Commitment(content="开展全市排查", owner="李建国", due_date=dt.date(2031, 3, 20)),
            m.Commitment(content="已完成的事项", owner="李建国", due_date=dt.date(2031, 3, 12),
                         state="已完成", done_on=dt.date(2031, 3, 6)),
            m.Commitment(content="四月的事项", owner="李建国", due_date=dt.date(2031, 4, 2)),
        ]
        # the report has arrived: no 书面报告期限 for it
        add("reported", t2, "乙市交通运输局", "已约谈", dt.datetime(2031, 3, 3, 9, 0),
            held_on=dt.date(2031, 3, 3), report_due=dt.date(2031, 3, 10),
            report_received_on=dt.date(2031, 3, 9))
        cancelled = add("cancelled", t1, "甲县教育局", "已取消", dt.datetime(2031, 3, 12, 9, 0),
                        cancel_reason="已由县政府统一部署")
        cancelled.commitments.append(
            m.Commitment(content="被取消约谈的承诺", owner="某人", due_date=dt.date(2031, 3, 15))
        )
        add("april", t1, "甲县水务局", "已通知", dt.datetime(2031, 4, 1, 9, 0))
    return ids


def _rows(items: list[iv.AgendaItem]) -> list[tuple[object, ...]]:
    return [
        (i.day, i.at.strftime("%H:%M") if i.at else "", i.kind, i.party, i.what, i.days_overdue)
        for i in items
    ]


def test_agenda_lists_meetings_and_open_deadlines_in_date_order(db: Database) -> None:
    ids = _build(db)
    items = iv.agenda(db, *MARCH, today=TODAY)
    assert _rows(items) == [
        (dt.date(2031, 3, 5), "09:00", "约谈", "甲县应急管理局", "巡查组驻地会议室", 3),
        (dt.date(2031, 3, 7), "", "书面报告期限", "乙市住房和城乡建设局", "", 1),
        (dt.date(2031, 3, 10), "14:30", "约谈", "甲县人民政府", "巡查组驻地会议室", 0),
        (dt.date(2031, 3, 10), "", "承诺期限", "乙市住房和城乡建设局", "完成燃气管道隐患整改", 0),
        (dt.date(2031, 3, 20), "", "承诺期限", "乙市住房和城乡建设局", "开展全市排查", 0),
    ]
    assert [i.interview_id for i in items] == [
        ids["notified"], ids["held"], ids["draft"], ids["held"], ids["held"]
    ]
    assert [i.overdue for i in items] == [True, True, False, False, False]
    assert all(i.region for i in items)


def test_agenda_window_includes_both_ends(db: Database) -> None:
    _build(db)
    one_day = iv.agenda(db, dt.date(2031, 3, 10), dt.date(2031, 3, 10), today=TODAY)
    assert [(i.kind, i.party) for i in one_day] == [
        ("约谈", "甲县人民政府"),
        ("承诺期限", "乙市住房和城乡建设局"),
    ]
    april = iv.agenda(db, dt.date(2031, 4, 1), dt.date(2031, 4, 2), today=TODAY)
    assert [(i.day, i.kind, i.party) for i in april] == [
        (dt.date(2031, 4, 1), "约谈", "甲县水务局"),
        (dt.date(2031, 4, 2), "承诺期限", "乙市住房和城乡建设局"),
    ]


def test_agenda_respects_target_and_plan(db: Database) -> None:
    _build(db)
    (t1, p1), (t2, p2) = _two_targets(db)
    by_target = iv.agenda(db, *MARCH, t2, today=TODAY)
    assert [(i.kind, i.party) for i in by_target] == [
        ("书面报告期限", "乙市住房和城乡建设局"),
        ("承诺期限", "乙市住房和城乡建设局"),
        ("承诺期限", "乙市住房和城乡建设局"),
    ]
    by_plan = iv.agenda(db, *MARCH, plan_id=p1, today=TODAY)
    assert [i.party for i in by_plan] == ["甲县应急管理局", "甲县人民政府"]
    assert iv.agenda(db, *MARCH, t1, plan_id=p2, today=TODAY) == []


def test_agenda_refuses_a_reversed_window(db: Database) -> None:
    with pytest.raises(ValidationError, match="晚于结束日期") as err:
        iv.agenda(db, dt.date(2031, 3, 31), dt.date(2031, 3, 1))
    assert err.value.hint == "请重新选择日期范围。"
