"""约谈 tab, as a team lead uses it on the demo database."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.services import interviews as ivs
from xuncha_desktop.services import issued
from xuncha_desktop.services.bootstrap import open_for_use
from xuncha_desktop.services.demo import generate_demo
from xuncha_desktop.services.uow import read_session
from xuncha_desktop.ui import interviews_tab as tab_module
from xuncha_desktop.ui.interview_dialogs import DateDialog, FindingPickDialog, MeetingDialog
from xuncha_desktop.ui.interviews_tab import InterviewsTab

TODAY = dt.date(2026, 7, 14)
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform, on show()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ivtab") / "demo.db"
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


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr(tab_module, "show_error", lambda _parent, err: seen.append(err.message))
    return seen


def _two_major_hazards(db: Database) -> list[int]:
    with read_session(db) as s:
        rows = s.execute(
            select(m.Finding.target_id, m.Finding.id)
            .join(m.FindingKind, m.FindingKind.id == m.Finding.kind_id)
            .where(m.FindingKind.is_major.is_(True), m.Finding.state != "已销号")
            .order_by(m.Finding.target_id, m.Finding.id)
        ).all()
    by_target: dict[int, list[int]] = {}
    for tid, fid in rows:
        by_target.setdefault(tid, []).append(fid)
    return next(f[:2] for f in by_target.values() if len(f) >= 2)


def test_from_two_major_hazards_to_a_guarded_close(
    qtbot: Any, db: Database, errors: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    picked = _two_major_hazards(db)
    opened: list[int | None] = []
    tab = InterviewsTab(
        db, today=lambda: TODAY, selected_findings=lambda: picked, open_documents=opened.append
    )
    qtbot.addWidget(tab)
    tab.resize(1400, 900)
    tab.show()
    qtbot.waitExposed(tab)

    # 准备约谈: the dialog proposes the two selected hazards, ticked.
    offered: list[list[int]] = []

    def pick(
        _parent: Any,
        proposals: Any,
        chosen: Any,
        party: str = "",
        reason: str = "",
        ask_party: bool = True,
    ) -> tuple[list[int], str, str]:
        offered.append([p.id for p in proposals if p.id in chosen])
        return list(chosen), party, reason

    monkeypatch.setattr(FindingPickDialog, "ask", classmethod(lambda cls, *a, **k: pick(*a, **k)))
    before = tab.model.rowCount()
    tab.ui.prepareButton.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == before + 1)
    assert offered == [picked]
    d = tab.detail
    assert d is not None and d.state == "拟约谈"
    assert tab.ui.findingsList.count() == 2
    assert "重大事故隐患2项" in tab.ui.reasonEdit.toPlainText()
    assert tab.ui.partyEdit.text() == d.party
    assert tab.ui.notifyButton.isEnabled() and not tab.ui.recordButton.isEnabled()

    # People, time and place, then save.
    monkeypatch.setattr(
        tab_module.AttendeeDialog,
        "ask",
        classmethod(lambda cls, _p, unit: ivs.AttendeeInput("李建国", "市长", unit, "主要负责人")),
    )
    tab.ui.addAttendeeButton.click()
    monkeypatch.setattr(
        tab_module.AttendeeDialog,
        "ask",
        classmethod(lambda cls, _p, unit: ivs.AttendeeInput("王海", "副市长", unit, "分管负责人")),
    )
    tab.ui.addAttendeeButton.click()
    tab.ui.addAttendeeButton.click()  # the same person twice is refused
    assert errors and "王海已在本次约谈的参加人员名单中" in errors[-1]
    assert tab.ui.attendeesTable.rowCount() == 2
    tab.ui.placeEdit.setText("巡查组驻地会议室")
    tab.ui.timeEdit.setDateTime(tab_module.QDateTime(dt.datetime(2026, 7, 20, 9, 0)))
    tab.ui.saveButton.click()
    assert tab.detail is not None and tab.detail.place == "巡查组驻地会议室"
    assert tab.ui.deadlineLabel.text() == "下一期限：约谈 2026年7月20日"

    # 发出约谈通知书: a numbered notice in the register, state 已通知.
    iid = tab.detail.id
    tab.ui.notifyButton.click()
    assert tab.detail.state == "已通知"
    notices = [r for r in issued.list_issued(db, "interview-notice") if r.source_id == iid]
    assert len(notices) == 1 and notices[0].number in tab.last_message
    assert "状态：已通知" in tab.ui.stateLabel.text()

    # 登记约谈情况 through the real dialog: both present, two commitments.
    def fill(cls: Any, parent: Any, detail: ivs.InterviewDetail, today: dt.date) -> Any:
        dialog = MeetingDialog(parent, detail, today)
        qtbot.addWidget(dialog)
        assert dialog.attendance.rowCount() == 2
        dialog.add_commitment("一个月内完成储罐区改造", "王海", dt.date(2026, 8, 20))
        dialog.add_commitment("开展全市排查", "李建国", dt.date(2026, 8, 31))
        return dialog.meeting()

    monkeypatch.setattr(MeetingDialog, "ask", classmethod(fill))
    tab.ui.recordButton.click()
    d = tab.detail
    assert d.state == "已约谈" and d.held_on == dt.date(2026, 7, 20)
    assert tab.ui.commitmentsTable.rowCount() == 2
    assert tab.ui.commitmentsTable.item(1, 0).text() == "开展全市排查"
    assert tab.ui.commitmentsTable.item(1, 1).text() == "李建国"
    assert "书面报告：应于 2026年7月27日 前报送" in tab.ui.meetingLabel.text()

    # Close one commitment.
    monkeypatch.setattr(DateDialog, "ask", classmethod(lambda cls, *a: dt.date(2026, 8, 1)))
    tab.ui.commitmentsTable.selectRow(0)
    assert tab.ui.completeButton.isEnabled()
    tab.ui.completeButton.click()
    assert tab.ui.commitmentsTable.item(0, 3).text() == "已完成"
    assert tab.ui.commitmentsTable.item(1, 3).text() == "未完成"

    # The interview cannot be closed yet: the message lists what is missing.
    errors.clear()
    tab.ui.closeButton.click()
    assert len(errors) == 1
    assert "开展全市排查" in errors[0] and "书面报告尚未收到" in errors[0]
    assert "储罐区" not in errors[0]
    assert tab.detail.state == "已约谈"
    row = next(r for r in range(tab.model.rowCount()) if tab.model.row_at(r).id == iid)
    assert tab.model.row_at(row).state == "已约谈"
    assert tab.model.row_at(row).next_deadline == dt.date(2026, 7, 27)

    # The minutes go to the register and the documents window is opened on them.
    tab.ui.minutesButton.click()
    minutes = [r for r in issued.list_issued(db, "interview-minutes") if r.source_id == iid]
    assert len(minutes) == 1 and opened == [minutes[0].id]


def test_refusals_are_shown_in_chinese(
    qtbot: Any, db: Database, errors: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = InterviewsTab(db, today=lambda: TODAY)
    qtbot.addWidget(tab)
    assert tab.prepare() is None  # nothing selected, no target
    assert errors and "请先在“问题隐患”页选中" in errors[-1]
    with read_session(db) as s:
        tid = s.scalar(select(m.Target.id).order_by(m.Target.id))
    assert tid is not None
    iid = ivs.create_interview(
        db,
        tid,
        "某企业",
        scheduled_at=dt.datetime(2026, 7, 1, 9, 0),
        attendees=[ivs.AttendeeInput("甲", "法定代表人", "某企业")],
    )
    tab.refresh()
    assert tab.select_id(iid)
    # A time in the past needs confirmation; declining leaves the state alone.
    monkeypatch.setattr(tab_module.ConfirmDialog, "ask", classmethod(lambda cls, *a: False))
    tab.ui.notifyButton.click()
    assert tab.detail is not None and tab.detail.state == "拟约谈"
    monkeypatch.setattr(tab_module.ConfirmDialog, "ask", classmethod(lambda cls, *a: True))
    tab.ui.notifyButton.click()
    assert tab.detail.state == "已通知"
    # Cancelling needs a reason.
    monkeypatch.setattr(tab_module.TextDialog, "ask", classmethod(lambda cls, *a: "  "))
    tab.ui.cancelButton.click()
    assert "取消约谈的原因" in errors[-1]
    monkeypatch.setattr(tab_module.TextDialog, "ask", classmethod(lambda cls, *a: "已整改"))
    tab.ui.cancelButton.click()
    assert tab.detail.state == "已取消"
    assert "已取消（已整改）" in tab.ui.stateLabel.text()
    assert not tab.ui.saveButton.isEnabled()


def test_overdue_commitments_are_listed(qtbot: Any, db: Database) -> None:
    tab = InterviewsTab(db, today=lambda: TODAY)
    qtbot.addWidget(tab)
    n = len(ivs.overdue_commitments(db, TODAY))
    assert n > 0
    assert tab.ui.overdueLabel.text().startswith(f"承诺逾期 {n} 项：")
