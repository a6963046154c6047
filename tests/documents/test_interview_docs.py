"""约谈通知书 and 约谈纪要: both carry the attendee list and the linked findings, in DOCX and PDF."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from doc_helpers import docx_text, pdf_text, squash
from sqlalchemy import select

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.documents import issue as issuing
from xuncha_desktop.documents.fonts import FontSet
from xuncha_desktop.errors import ValidationError
from xuncha_desktop.services import document_data
from xuncha_desktop.services import interviews as iv
from xuncha_desktop.services.bootstrap import open_for_use
from xuncha_desktop.services.demo import generate_demo
from xuncha_desktop.services.uow import read_session

TODAY = dt.date(2026, 7, 14)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ivdocs") / "demo.db"
    db = open_for_use(path, operator="测试")
    generate_demo(db, seed=8, today=TODAY)
    db.close()
    return path


@pytest.fixture
def db(demo_path: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "demo.db"
    copy.write_bytes(demo_path.read_bytes())
    database = open_for_use(copy, operator="文书张")
    yield database
    database.close()


@pytest.fixture
def held(db: Database) -> int:
    """An interview about two findings, notified and held, with two commitments."""
    with read_session(db) as s:
        tid = s.scalar(
            select(m.Target.id)
            .join(m.Finding, m.Finding.target_id == m.Target.id)
            .group_by(m.Target.id)
            .order_by(m.Target.id)
        )
        fids = s.scalars(
            select(m.Finding.id).where(m.Finding.target_id == tid).order_by(m.Finding.id).limit(2)
        ).all()
    i = iv.create_interview(
        db,
        tid,
        "测试县人民政府",
        reason="重大事故隐患整改不力",
        finding_ids=fids,
        attendees=[
            iv.AttendeeInput("李建国", "县长", "测试县人民政府", "主要负责人"),
            iv.AttendeeInput("王海", "副县长", "测试县人民政府", "分管负责人"),
        ],
        interviewers="张组长、刘副组长",
        scheduled_at=dt.datetime(2026, 7, 20, 9, 0),
        place="巡查组驻地会议室",
        copied_to="省应急管理厅、测试县应急管理局",
    )
    iv.notify(db, i, now=dt.datetime(2026, 7, 14, 9, 0))
    a, b = iv.interview_detail(db, i).attendees
    iv.record_meeting(
        db,
        i,
        iv.Meeting(
            held_on=dt.date(2026, 7, 20),
            attendance=(iv.Attendance(a.id, True), iv.Attendance(b.id, False, stand_in="赵秘书")),
            problems="隐患整改推进缓慢；部门监管责任不落实",
            requirements="7日内制定整改方案",
            commitments=(
                iv.CommitmentInput("一个月内完成储罐区改造", "王海", dt.date(2026, 8, 20)),
                iv.CommitmentInput("开展全县排查", "李建国", dt.date(2026, 8, 31)),
            ),
        ),
    )
    return i


def _codes(db: Database, interview_id: int) -> list[str]:
    return [f.code for f in iv.interview_detail(db, interview_id).findings]


def test_notice_says_who_when_in_person_what_to_prepare_and_contact(
    db: Database, held: int
) -> None:
    draft = issuing.build_document(db, "interview-notice", held, date=TODAY)
    text = squash("\n".join(getattr(b, "text", "") for b in draft.document.blocks))
    assert draft.document.addressee == "测试县人民政府"
    assert "测试县人民政府县长李建国（主要负责人）" in text
    assert "测试县人民政府副县长王海（分管负责人）" in text
    assert "2026年7月20日上午9:00" in text and "巡查组驻地会议室" in text
    assert "不得委托他人代替" in text
    for what in ("基本情况", "原因", "已采取的措施", "目前的状况", "整改计划"):
        assert what in text
    assert "联系人：" in text and "联系电话：" in text
    for code in _codes(db, held):
        assert code in text


def test_minutes_hold_attendees_problems_commitments_deadline_and_cc(
    db: Database, held: int, fonts: FontSet, tmp_path: Path
) -> None:
    draft = issuing.build_document(db, "interview-minutes", held, date=TODAY)
    doc = draft.document
    assert doc.title == "约谈纪要" and doc.cc == ("省应急管理厅", "测试县应急管理局")
    for fmt in ("docx", "pdf"):
        out = tmp_path / f"minutes.{fmt}"
        issuing.export_draft(db, "interview-minutes", held, fmt, out, fonts)
        data = out.read_bytes()
        text = squash(docx_text(data) if fmt == "docx" else "".join(pdf_text(data)))
        assert "约谈纪要" in text
        for piece in (
            "李建国",
            "王海",
            "主要负责人",
            "委托赵秘书代替",
            "张组长",
            "隐患整改推进缓慢",
            "7日内制定整改方案",
            "一个月内完成储罐区改造",
            "开展全县排查",
            "2026年8月20日",
            "2026年7月27日",
            "测试县应急管理局",
        ):
            assert piece in text, (fmt, piece)
        for code in _codes(db, held):
            assert code in text, (fmt, code)


def test_minutes_are_issued_with_a_number_and_listed(db: Database, held: int) -> None:
    kinds = {(r.kind, r.id) for r in document_data.list_exportables(db, "interview-minutes")}
    assert ("interview-minutes", held) in kinds
    row = issuing.issue(db, "interview-minutes", held, date=TODAY)
    assert row.number.startswith("琼安委办〔2026〕")


def test_minutes_of_an_interview_not_yet_held_are_refused(db: Database) -> None:
    with read_session(db) as s:
        tid = s.scalar(select(m.Target.id).order_by(m.Target.id))
    assert tid is not None
    i = iv.create_interview(db, tid, "某企业")
    with pytest.raises(ValidationError, match="还没有举行"):
        issuing.build_document(db, "interview-minutes", i, date=TODAY)
