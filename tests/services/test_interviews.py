"""重点约谈: state flow and guards, working-day deadline, absences, follow-up, overdue views."""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.db.migrate import open_database
from xuncha_desktop.errors import NotFoundError, StateError, ValidationError
from xuncha_desktop.services import interviews as iv
from xuncha_desktop.services.bootstrap import open_for_use
from xuncha_desktop.services.demo import generate_demo
from xuncha_desktop.services.office_settings import load_office_settings, save_office_settings
from xuncha_desktop.services.queries import ListFilter
from xuncha_desktop.services.uow import read_session
from xuncha_desktop.services.workdays import add_working_days, is_working_day

TODAY = dt.date(2026, 7, 14)  # a Tuesday
NOW = dt.datetime(2026, 7, 14, 9, 0)
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = open_for_use(path, operator="测试")
    generate_demo(db, seed=8, today=TODAY)
    db.close()
    return path


@pytest.fixture
def db(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    work = tmp_path / "t.db"
    shutil.copy(demo_file, work)
    database = open_for_use(work, operator="测试")
    yield database
    database.close()


def _two_majors(db: Database) -> tuple[int, list[int]]:
    """A target with two open major hazards (what a team lead starts from)."""
    with read_session(db) as s:
        rows = s.execute(
            select(m.Finding.target_id, m.Finding.id)
            .join(m.FindingKind, m.FindingKind.id == m.Finding.kind_id)
            .where(
                m.FindingKind.is_major.is_(True),
                m.Finding.state != "已销号",
                m.Finding.target_id.is_not(None),
            )
            .order_by(m.Finding.target_id, m.Finding.id)
        ).all()
    by_target: dict[int, list[int]] = {}
    for tid, fid in rows:
        by_target.setdefault(tid, []).append(fid)
    tid, fids = next((t, f) for t, f in by_target.items() if len(f) >= 2)
    return tid, fids[:2]


def _draft(db: Database, **kw: object) -> int:
    _tid, fids = _two_majors(db)
    prep = iv.prepare_from_findings(db, fids)
    args: dict[str, object] = {
        "reason": prep.reason,
        "finding_ids": prep.finding_ids,
        "attendees": [
            iv.AttendeeInput("李建国", "市长", prep.party, "主要负责人"),
            iv.AttendeeInput("王海", "副市长", prep.party, "分管负责人"),
        ],
        "scheduled_at": dt.datetime(2026, 7, 20, 9, 0),
        "place": "巡查组驻地会议室",
    }
    args.update(kw)
    return iv.create_interview(db, prep.target_id, prep.party, **args)  # type: ignore[arg-type]


def _hold(db: Database, interview_id: int, **kw: object) -> list[int]:
    detail = iv.interview_detail(db, interview_id)
    attendance = tuple(iv.Attendance(a.id, True) for a in detail.attendees)
    meeting = iv.Meeting(
        held_on=dt.date(2026, 7, 20),
        attendance=attendance,
        problems="重大事故隐患整改推进缓慢；监管责任落实不到位",
        requirements="立即整改",
        commitments=(
            iv.CommitmentInput("一个月内完成储罐区改造", "王海", dt.date(2026, 8, 20)),
            iv.CommitmentInput("开展全市排查", "李建国", dt.date(2026, 8, 31)),
        ),
    )
    for k, v in kw.items():
        meeting = iv.Meeting(**{**meeting.__dict__, k: v})
    return iv.record_meeting(db, interview_id, meeting)


# -- working days ----------------------------------------------------------------------------
def test_working_days_skip_weekend_and_holidays() -> None:
    friday = dt.date(2026, 9, 25)
    assert add_working_days(friday, 1) == dt.date(2026, 9, 28)  # over the weekend
    # 国庆: 10月1日—7日 in the holiday list; 5 working days from 9月29日 (Tue).
    holidays = [f"2026-10-0{d}" for d in range(1, 8)]
    assert add_working_days(dt.date(2026, 9, 29), 5, holidays) == dt.date(2026, 10, 13)
    assert not is_working_day(dt.date(2026, 10, 2), holidays)
    with pytest.raises(ValidationError, match="不是日期"):
        add_working_days(friday, 1, ["十月一日"])


def test_report_deadline_uses_the_holiday_setting(db: Database) -> None:
    settings = load_office_settings(db)
    settings.holidays = ["2026-07-22"]
    save_office_settings(db, settings)
    i = _draft(db)
    iv.notify(db, i, now=NOW)
    _hold(db, i)
    # Held Mon 7月20日: Tue 21, (Wed 22 holiday), Thu 23, Fri 24, (weekend), Mon 27, Tue 28.
    assert iv.interview_detail(db, i).report_due == dt.date(2026, 7, 28)


# -- preparation -------------------------------------------------------------------------------
def test_prepare_from_two_findings_fills_party_reason_and_links(db: Database) -> None:
    tid, fids = _two_majors(db)
    prep = iv.prepare_from_findings(db, fids)
    assert prep.target_id == tid and set(prep.finding_ids) == set(fids)
    assert "重大事故隐患2项" in prep.reason and prep.party
    i = _draft(db)
    detail = iv.interview_detail(db, i)
    assert detail.state == "拟约谈"
    assert {f.id for f in detail.findings} == set(fids)
    assert [a.role for a in detail.attendees] == ["主要负责人", "分管负责人"]
    proposed = iv.propose_findings(db, tid, today=TODAY)
    assert set(fids) <= {p.id for p in proposed}
    assert all(p.is_major or (p.deadline and p.deadline < TODAY) for p in proposed)


def test_prepare_refuses_findings_of_two_tours_and_nothing(db: Database) -> None:
    with read_session(db) as s:
        a = s.scalar(select(m.Finding.id).where(m.Finding.target_id == 1))
        b = s.scalar(select(m.Finding.id).where(m.Finding.target_id == 2))
    assert a and b
    with pytest.raises(ValidationError, match="同一巡查对象"):
        iv.prepare_from_findings(db, [a, b])
    with pytest.raises(ValidationError, match="请先选择"):
        iv.prepare_from_findings(db, [])


def test_same_person_summoned_twice_is_refused(db: Database) -> None:
    i = _draft(db)
    with pytest.raises(ValidationError, match="李建国已在本次约谈的参加人员名单中"):
        iv.add_attendee(db, i, iv.AttendeeInput("李建国", "市长", "别的单位"))
    with pytest.raises(ValidationError, match="重复"):
        _draft(db, attendees=[iv.AttendeeInput("张三"), iv.AttendeeInput(" 张三 ")])
    with pytest.raises(ValidationError, match="姓名"):
        iv.add_attendee(db, i, iv.AttendeeInput("  "))
    with pytest.raises(ValidationError, match="被约谈单位"):
        iv.create_interview(db, _two_majors(db)[0], " ")
    assert len(iv.interview_detail(db, i).attendees) == 2


# -- state flow --------------------------------------------------------------------------------
def test_full_flow_with_the_closing_guard(db: Database) -> None:
    i = _draft(db)
    iv.notify(db, i, now=NOW)
    assert iv.interview_detail(db, i).state == "已通知"
    assert _hold(db, i) == []
    d = iv.interview_detail(db, i)
    assert d.state == "已约谈" and d.held_on == dt.date(2026, 7, 20)
    assert d.report_due == dt.date(2026, 7, 27)  # 5 working days, over a weekend
    assert [(c.content, c.owner) for c in d.commitments] == [
        ("一个月内完成储罐区改造", "王海"),
        ("开展全市排查", "李建国"),
    ]
    assert d.next_deadline() == ("书面报告", dt.date(2026, 7, 27))
    iv.start_tracking(db, i)
    with pytest.raises(StateError) as err:
        iv.close(db, i)
    msg = err.value.message
    assert "书面报告尚未收到" in msg and "一个月内完成储罐区改造" in msg and "开展全市排查" in msg
    iv.receive_report(db, i, dt.date(2026, 7, 24))
    iv.complete_commitment(db, d.commitments[0].id, dt.date(2026, 8, 10))
    with pytest.raises(StateError) as err:
        iv.close(db, i)
    assert "开展全市排查" in err.value.message
    assert "储罐区" not in err.value.message and "书面报告" not in err.value.message
    fid = iv.carry_into_finding(db, d.commitments[1].id, dt.date(2026, 9, 30), today=TODAY)
    iv.close(db, i)
    d = iv.interview_detail(db, i)
    assert d.state == "已办结"
    assert [c.state for c in d.commitments] == ["已完成", "转为问题"]
    assert fid in {f.id for f in d.findings}
    with read_session(db) as s:
        f = s.get(m.Finding, fid)
        assert f is not None and f.state == "已交办" and f.deadline == dt.date(2026, 9, 30)
    with pytest.raises(StateError, match="不能改为“已取消”"):
        iv.cancel(db, i, "不再需要")


def test_notify_in_the_past_needs_confirmation(db: Database) -> None:
    i = _draft(db, scheduled_at=dt.datetime(2026, 7, 10, 9, 0))
    with pytest.raises(iv.PastTimeError, match="已经过去"):
        iv.notify(db, i, now=NOW)
    assert iv.interview_detail(db, i).state == "拟约谈"
    iv.notify(db, i, now=NOW, confirm_past=True)
    assert iv.interview_detail(db, i).state == "已通知"


def test_notify_needs_a_time_and_people(db: Database) -> None:
    i = _draft(db, scheduled_at=None)
    with pytest.raises(ValidationError, match="约谈时间"):
        iv.notify(db, i, now=NOW)
    j = _draft(db, attendees=[])
    with pytest.raises(ValidationError, match="被约谈方人员"):
        iv.notify(db, j, now=NOW)


def test_held_without_an_attendee_is_refused(db: Database) -> None:
    i = _draft(db)
    with pytest.raises(StateError, match="不能改为“已约谈”"):
        _hold(db, i)  # still 拟约谈
    iv.notify(db, i, now=NOW)
    with pytest.raises(ValidationError, match="没有登记到场的被约谈人员"):
        _hold(db, i, attendance=())
    assert iv.interview_detail(db, i).state == "已通知"


def test_commitment_needs_owner_and_deadline(db: Database) -> None:
    i = _draft(db)
    iv.notify(db, i, now=NOW)
    bad = (iv.CommitmentInput("整改", "", dt.date(2026, 8, 1)),)
    with pytest.raises(ValidationError, match="责任人"):
        _hold(db, i, commitments=bad)
    bad = (iv.CommitmentInput("整改", "王海", None),)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="完成期限"):
        _hold(db, i, commitments=bad)
    assert iv.interview_detail(db, i).state == "已通知"


def test_cancel_needs_a_reason(db: Database) -> None:
    i = _draft(db)
    with pytest.raises(ValidationError, match="取消约谈的原因"):
        iv.cancel(db, i, "  ")
    iv.cancel(db, i, "问题已整改完毕")
    d = iv.interview_detail(db, i)
    assert (d.state, d.cancel_reason) == ("已取消", "问题已整改完毕")


def test_unjustified_absence_and_stand_in_are_cooperation_breaches(db: Database) -> None:
    i = _draft(
        db,
        attendees=[
            iv.AttendeeInput("李建国", "市长", "某市人民政府", "主要负责人"),
            iv.AttendeeInput("王海", "副市长", "某市人民政府", "分管负责人"),
            iv.AttendeeInput("陈一", "局长", "某市应急管理局"),
        ],
    )
    iv.notify(db, i, now=NOW)
    a, b, c = iv.interview_detail(db, i).attendees
    breaches = _hold(
        db,
        i,
        attendance=(
            iv.Attendance(a.id, False, stand_in="赵秘书"),
            iv.Attendance(b.id, True),
            iv.Attendance(c.id, False, reason="住院治疗", justified=True),
        ),
    )
    assert len(breaches) == 1
    with read_session(db) as s:
        row = s.get(m.CooperationBreach, breaches[0])
        assert row is not None
        assert row.interview_id == i and row.responsible == "李建国"
        assert "委托赵秘书代替参加约谈" in row.description
    d = iv.interview_detail(db, i)
    assert d.breaches == 1
    assert [x.attendance_text for x in d.attendees] == [
        "委托赵秘书代替",
        "到场",
        "缺席（理由正当）",
    ]


def test_follow_up_stays_linked(db: Database) -> None:
    i = _draft(db)
    iv.notify(db, i, now=NOW)
    _hold(db, i)
    j = iv.follow_up(db, i)
    first, again = iv.interview_detail(db, i), iv.interview_detail(db, j)
    assert again.previous_id == i and first.followup_ids == (j,)
    assert again.state == "拟约谈" and again.party == first.party
    assert {f.id for f in again.findings} == {f.id for f in first.findings}
    assert "一个月内完成储罐区改造" in again.reason
    with pytest.raises(StateError, match="已举行"):
        iv.follow_up(db, j)


def test_overdue_commitments_show_with_overdue_findings(db: Database) -> None:
    i = _draft(db)
    iv.notify(db, i, now=NOW)
    _hold(db, i)
    later = dt.date(2026, 8, 25)
    rows = iv.overdue_commitments(db, later)
    mine = [r for r in rows if r.interview_id == i]
    assert [(r.content, r.days_overdue) for r in mine] == [("一个月内完成储罐区改造", 5)]
    assert iv.count_overdue_commitments(db, later) == len(rows)
    from xuncha_desktop.services.queries import overview_counts

    assert overview_counts(db, later).commitments_overdue == len(rows)


def test_list_shows_state_and_next_deadline(db: Database) -> None:
    i = _draft(db)
    q = iv.InterviewListQuery()
    assert "next_deadline" in q.column_keys()
    rows = [r for r in q.page(db, 0, 500, flt=ListFilter()) if r.id == i]
    assert rows[0].state == "拟约谈" and rows[0].next_deadline == dt.date(2026, 7, 20)


def test_unknown_interview(db: Database) -> None:
    with pytest.raises(NotFoundError):
        iv.interview_detail(db, 999999)


def test_old_interview_states_are_migrated(tmp_path: Path) -> None:
    work = tmp_path / "old.db"
    shutil.copy(FIXTURES / "schema_0001.db", work)
    with contextlib.closing(sqlite3.connect(work)) as conn, conn:
        tid = conn.execute("SELECT id FROM target").fetchone()[0]
        conn.execute(
            "INSERT INTO interview (target_id, party, reason, place, materials, state, minutes,"
            " requirements, version) VALUES (?, '某局', '', '', '', '拟定', '', '', 1)",
            (tid,),
        )
    database = open_database(work)
    with read_session(database) as s:
        row = s.scalars(select(m.Interview)).one()
        assert (row.state, row.cancel_reason) == ("拟约谈", "")
    database.close()
