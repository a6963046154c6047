"""Save conflicts on SQLite outside the findings tab: interviews and people.

A second workstation (another ``Database`` on the same file) saves the record after the form
was filled. The operator's save is refused, the conflict dialog shows both versions, the
other's values stay in the database, and the operator's values stay in the form.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.services import crud, people
from xuncha_desktop.services import interviews as ivs
from xuncha_desktop.services.bootstrap import open_for_use
from xuncha_desktop.services.uow import read_session
from xuncha_desktop.ui import conflict_dialog as cd
from xuncha_desktop.ui import interviews_tab as tab_module
from xuncha_desktop.ui.interviews_tab import InterviewsTab
from xuncha_desktop.ui.person_dialog import PersonDialog

TODAY = dt.date(2026, 7, 14)
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def other(db: Database, tmp_path: Path) -> Iterator[Database]:
    """A second workstation on the same database file."""
    assert db.target.path == tmp_path / "t.db"
    second = open_for_use(tmp_path / "t.db", operator="李四")
    yield second
    second.close()


Calls = list[tuple[dict[str, str], dict[str, str], str]]


def capture(monkeypatch: pytest.MonkeyPatch, choice: str) -> Calls:
    calls: Calls = []

    def ask(_cls: Any, _parent: Any, mine: dict[str, str], theirs: dict[str, str],
            message: str = "") -> str:
        calls.append((mine, theirs, message))
        return choice

    monkeypatch.setattr(cd.ConflictDialog, "ask", classmethod(ask))
    return calls


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr(tab_module, "show_error", lambda _parent, err: seen.append(err.message))
    return seen


def _sanya_interview(db: Database) -> int:
    with read_session(db) as s:
        return int(s.scalar(select(m.Interview.id).where(m.Interview.party == "三亚市人民政府")))


def _place(db: Database, interview_id: int) -> str:
    return ivs.interview_detail(db, interview_id).place


def _tab(qtbot: Any, db: Database) -> tuple[InterviewsTab, int]:
    tab = InterviewsTab(db, today=lambda: TODAY, selected_findings=lambda: [],
                        open_documents=lambda _id: None)
    qtbot.addWidget(tab)
    tab.show()
    iv = _sanya_interview(db)
    assert tab.select_id(iv)
    tab._show(iv)
    assert tab.detail is not None and tab.detail.id == iv
    return tab, iv


def test_interview_save_over_another_clerks_edit_is_refused_and_kept(
    qtbot: Any, db: Database, other: Database, errors: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab, iv = _tab(qtbot, db)
    tab.ui.placeEdit.setText("我的会议室")
    crud.update(other, m.Interview, iv, {"place": "对方的会议室"})  # the other clerk saves first
    calls = capture(monkeypatch, cd.KEEP)

    tab.save()

    assert len(calls) == 1 and errors == []
    mine, theirs, message = calls[0]
    assert mine["约谈地点"] == "我的会议室" and theirs["约谈地点"] == "对方的会议室"
    assert "已被其他人修改" in message
    assert _place(db, iv) == "对方的会议室"  # nothing overwritten
    assert tab.ui.placeEdit.text() == "我的会议室"  # nothing lost
    assert "尚未保存" in tab.last_message
    # having seen the other version, the clerk saves again: now it goes through
    tab.save()
    assert len(calls) == 1 and tab.last_message == "已保存"
    assert _place(db, iv) == "我的会议室"


def test_interview_reload_shows_the_other_version(
    qtbot: Any, db: Database, other: Database, errors: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab, iv = _tab(qtbot, db)
    tab.ui.reasonEdit.setPlainText("我改的事由")
    crud.update(other, m.Interview, iv, {"reason": "对方改的事由"})
    calls = capture(monkeypatch, cd.RELOAD)
    tab.save()
    assert calls[0][0]["约谈事由"] == "我改的事由" and calls[0][1]["约谈事由"] == "对方改的事由"
    assert tab.ui.reasonEdit.toPlainText() == "对方改的事由"
    assert ivs.interview_detail(db, iv).reason == "对方改的事由"


def test_interview_state_action_over_a_newer_version_is_a_conflict(
    qtbot: Any, db: Database, other: Database, errors: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab, iv = _tab(qtbot, db)
    crud.update(other, m.Interview, iv, {"place": "对方的会议室"})
    calls = capture(monkeypatch, cd.KEEP)
    monkeypatch.setattr(tab_module.TextDialog, "ask",
                        classmethod(lambda cls, *_a, **_k: "计划调整"))
    tab.cancel_interview()
    assert len(calls) == 1 and calls[0][0]["办理事项"] == "取消约谈：计划调整"
    assert ivs.interview_detail(db, iv).state == "拟约谈"  # not cancelled over the change
    assert tab.detail is not None and tab.detail.place == "对方的会议室"  # reloaded
    tab.cancel_interview()  # on the version now shown it goes through
    assert ivs.interview_detail(db, iv).state == ivs.CANCELLED and len(calls) == 1


def _person(db: Database) -> int:
    with read_session(db) as s:
        return int(s.scalar(select(m.Person.id).order_by(m.Person.id)))


def test_person_dialog_keeps_my_edits_and_shows_the_other_version(
    qtbot: Any, db: Database, other: Database, monkeypatch: pytest.MonkeyPatch,
) -> None:
    pid = _person(db)
    original = people.load_person(db, pid)
    dialog = PersonDialog(db, pid, "王小明", TODAY)
    qtbot.addWidget(dialog)
    dialog.post.setText("我填的职务")
    crud.update(other, m.Person, pid, {"unit": "对方改的单位"})
    calls = capture(monkeypatch, cd.KEEP)

    dialog.accept()

    assert len(calls) == 1
    mine, theirs, _message = calls[0]
    assert mine["职务"] == "我填的职务" and theirs["职务"] == original.post
    assert mine["单位"] == original.unit and theirs["单位"] == "对方改的单位"
    assert dialog.result() == 0 and "尚未保存" in dialog.error.text()
    assert dialog.post.text() == "我填的职务"
    saved = people.load_person(db, pid)
    assert saved.unit == "对方改的单位" and saved.post == original.post
    dialog.unit.setText("对方改的单位")  # the clerk takes the other's unit over, saves again
    dialog.accept()
    assert dialog.result() == 1 and len(calls) == 1
    saved = people.load_person(db, pid)
    assert saved.unit == "对方改的单位" and saved.post == "我填的职务"


def test_person_dialog_reload_and_a_deleted_person(
    qtbot: Any, db: Database, other: Database, monkeypatch: pytest.MonkeyPatch,
) -> None:
    pid = _person(db)
    dialog = PersonDialog(db, pid, "王小明", TODAY)
    qtbot.addWidget(dialog)
    dialog.phone.setText("13800000000")
    crud.update(other, m.Person, pid, {"phone": "13911112222"})
    capture(monkeypatch, cd.RELOAD)
    dialog.accept()
    assert dialog.result() == 0 and dialog.phone.text() == "13911112222"
    assert "重新载入" in dialog.error.text()
    # a save without any other change goes through at once
    dialog.post.setText("新职务")
    dialog.accept()
    assert dialog.result() == 1 and people.load_person(db, pid).post == "新职务"


def test_plan_editor_conflict_keeps_the_editor_open_with_my_values(
    qtbot: Any, db: Database, other: Database, ids: Any, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from xuncha_desktop.services import plans
    from xuncha_desktop.ui.plan_dialogs import PlanEditor

    detail = plans.load_plan(db, ids.plan_2026)
    editor = PlanEditor(db, detail.data, plan_id=detail.id, version=detail.version,
                        mode="change")
    qtbot.addWidget(editor)
    editor.ui.titleEdit.setText("2026年度安全生产巡查工作计划（调整）")
    editor.ui.reasonEdit.setText("调整标题")
    crud.update(other, m.Plan, detail.id, {"note": "对方补充的备注"})
    calls = capture(monkeypatch, cd.KEEP)

    editor.accept()

    assert len(calls) == 1
    mine, theirs, _message = calls[0]
    assert mine["标题"] == "2026年度安全生产巡查工作计划（调整）"
    assert theirs["标题"] == detail.data.title and theirs["备注"] == "对方补充的备注"
    assert editor.result() == 0 and "尚未保存" in editor.ui.errorLabel.text()
    assert plans.load_plan(db, detail.id).title == detail.data.title  # nothing overwritten
    editor.accept()  # saved over the version just shown
    assert len(calls) == 1 and editor.result() == 1
    assert plans.load_plan(db, detail.id).title == "2026年度安全生产巡查工作计划（调整）"
