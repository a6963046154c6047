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


# -- the 巡查组 tab -------------------------------------------------------------------------
def _teams_tab(qtbot: Any, db: Database, team_id: int) -> Any:
    from xuncha_desktop.ui.teams_tab import TeamsTab

    tab = TeamsTab(db, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.select_team(team_id)
    assert tab.team_id == team_id
    return tab


@pytest.fixture
def team_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    from xuncha_desktop.ui import dialogs

    seen: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, err: seen.append(err.message))
    return seen


def _team_state(db: Database, team_id: int) -> str:
    with read_session(db) as s:
        return str(s.get(m.Team, team_id).state)  # type: ignore[union-attr]


def test_team_state_change_over_another_clerks_edit_is_a_conflict(
    qtbot: Any, db: Database, other: Database, ids: Any, team_errors: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = _teams_tab(qtbot, db, ids.team_b)  # 已批准, as the clerk sees it
    crud.update(other, m.Team, ids.team_b, {"phone": "0898-66668888"})  # saved meanwhile
    calls = capture(monkeypatch, cd.KEEP)

    tab.buttons["station"].click()  # 进驻

    assert len(calls) == 1 and team_errors == []
    mine, theirs, message = calls[0]
    assert mine["办理事项"] == "已批准 → 进驻" and theirs["办理事项"] == "（当前状态）"
    assert mine["联系电话"] == "0898-65205678" and theirs["联系电话"] == "0898-66668888"
    assert "已被其他人修改" in message
    assert _team_state(db, ids.team_b) == "已批准"  # not applied over the other's change
    assert "操作没有执行" in tab.message.text()
    assert tab.team_id == ids.team_b and tab.buttons["station"].isEnabled()
    # on the version now shown the clerk does it again: it goes through
    tab.buttons["station"].click()
    assert len(calls) == 1 and tab.message.text() == "已进驻，巡查组状态：进驻"
    assert _team_state(db, ids.team_b) == "进驻"
    with read_session(db) as s:
        assert s.get(m.Team, ids.team_b).phone == "0898-66668888"  # type: ignore[union-attr]


def test_team_state_changed_by_another_clerk_is_shown_not_redone(
    qtbot: Any, db: Database, other: Database, ids: Any, team_errors: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from xuncha_desktop.services import teams

    tab = _teams_tab(qtbot, db, ids.team_a)  # 进驻
    teams.change_state(other, ids.team_a, "已结束", operator="李四")
    calls = capture(monkeypatch, cd.RELOAD)
    tab.buttons["finish"].click()
    assert len(calls) == 1 and team_errors == []
    mine, theirs, _message = calls[0]
    assert mine["状态"] == "进驻" and theirs["状态"] == "已结束"
    assert [c.text for c in teams.state_history(db, ids.team_a)].count("进驻 → 已结束") == 1
    assert not tab.buttons["finish"].isEnabled()  # the tab now shows 已结束


def _member(tab: Any, name: str) -> Any:
    model = tab.roster.model
    rows = [model.row_at(r) for r in range(model.rowCount())]
    row = next(i for i, r in enumerate(rows) if r.name == name and r.status == "在组")
    tab.roster.ui.tableView.selectRow(row)
    return rows[row]


def test_member_replacement_over_another_clerks_edit_keeps_the_reason(
    qtbot: Any, db: Database, other: Database, ids: Any, team_errors: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from xuncha_desktop.ui.team_dialogs import ReplaceDialog

    tab = _teams_tab(qtbot, db, ids.team_a)
    seen = _member(tab, "王强")
    crud.update(other, m.Membership, seen.id, {"role": "副组长"})  # the other clerk saves first
    asked: list[dict[str, Any]] = []

    def ask(_cls: Any, _parent: Any, name: str, **kw: Any) -> tuple[str, bool] | None:
        asked.append({"name": name, **kw})
        return ("身体原因，无法继续参加巡查", True) if len(asked) == 1 else None

    monkeypatch.setattr(ReplaceDialog, "ask", classmethod(ask))
    calls = capture(monkeypatch, cd.KEEP)

    tab.buttons["replace"].click()

    assert len(calls) == 1 and team_errors == []
    mine, theirs, message = calls[0]
    assert mine["调整理由"] == "身体原因，无法继续参加巡查" and "调整理由" not in theirs
    assert mine["职务"] == "成员" and theirs["职务"] == "副组长"
    assert mine["在组情况"] == theirs["在组情况"] == "在组"
    assert "已被其他人修改" in message
    with read_session(db) as s:  # nothing overwritten, nobody drawn
        ms = s.get(m.Membership, seen.id)
        assert ms is not None and ms.leave_date is None and ms.role == "副组长"
        assert s.scalar(select(m.Membership.id).where(m.Membership.replaces_id == seen.id)) is None
    assert "调整理由已保留" in tab.message.text()
    # the next 调整 of that member opens with the reason the clerk wrote
    _member(tab, "王强")
    tab.buttons["replace"].click()
    assert asked[1] == {"name": "王强", "reason": "身体原因，无法继续参加巡查", "unfit": True}
    assert len(calls) == 1


def test_removing_a_member_changed_meanwhile_is_a_conflict(
    qtbot: Any, db: Database, other: Database, team_errors: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from xuncha_desktop.services import teams

    team_id = teams.create_team(db, "2027年第三巡查组")
    with read_session(db) as s:
        person = s.scalar(select(m.Person.id).where(m.Person.name == "周杰"))
    mid = teams.appoint_member(db, team_id, int(person), "成员", "熟悉危化品")
    tab = _teams_tab(qtbot, db, team_id)
    seen = _member(tab, "周杰")
    assert seen.id == mid
    teams.set_role(other, mid, "副组长", operator="李四")
    calls = capture(monkeypatch, cd.RELOAD)

    tab.buttons["remove"].click()

    assert len(calls) == 1 and team_errors == []
    mine, theirs, _message = calls[0]
    assert mine["办理事项"] == "移出本组" and (mine["职务"], theirs["职务"]) == ("成员", "副组长")
    with read_session(db) as s:
        assert s.get(m.Membership, mid) is not None  # still on the team
    rows = [tab.roster.model.row_at(r) for r in range(tab.roster.model.rowCount())]
    assert [(r.name, r.role) for r in rows] == [("周杰", "副组长")]  # the tab shows theirs


def test_services_refuse_a_stale_expected_version(db: Database, ids: Any) -> None:
    """The optional ``expected_version`` of the services, for callers outside a form."""
    from xuncha_desktop.errors import ConflictError
    from xuncha_desktop.services import checklists as cs
    from xuncha_desktop.services import teams

    seen = int(crud.get(db, m.Team, ids.team_b).version)
    crud.update(db, m.Team, ids.team_b, {"phone": "0898-66668888"})
    with pytest.raises(ConflictError, match="已被其他人修改"):
        teams.change_state(db, ids.team_b, "进驻", expected_version=seen)
    assert _team_state(db, ids.team_b) == "已批准"
    assert teams.change_state(db, ids.team_b, "进驻", expected_version=seen + 1) == "进驻"

    cid = cs.checklist_for_target(db, ids.target_haikou)
    assert cid is not None
    item = next(i for i in cs.checklist_view(db, cid).leaves if i.done)
    with pytest.raises(ConflictError, match="已由其他人填写"):  # "I saw no result"
        cs.record_result(db, cid, item.item.id, cs.ResultInput("不适用"), expected_version=0)
    with pytest.raises(ConflictError, match="已被其他人修改"):
        cs.record_result(db, cid, item.item.id, cs.ResultInput("不适用"),
                         expected_version=(item.result_version or 0) + 5)
    assert cs.checklist_view(db, cid).item(item.item.id).result == "符合"


# -- the 检查表 tab ------------------------------------------------------------------------
def _checklist_tab(qtbot: Any, db: Database, target: int, done: bool) -> tuple[Any, int, int]:
    """The target's checklist open at its first leaf with (``done``) or without a result."""
    from xuncha_desktop.services import checklists as cs
    from xuncha_desktop.ui.checklists_tab import ChecklistsTab

    cid = cs.checklist_for_target(db, target)
    assert cid is not None
    tab = ChecklistsTab(db, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.open_checklist(cid)
    assert tab.view is not None
    item = next(i for i in tab.view.leaves if i.done == done)
    tab.tree.setCurrentIndex(tab.items.index_of(item.item.id))
    assert tab.current_item() is not None and tab.current_item().item.id == item.item.id
    return tab, cid, item.item.id


def _result(db: Database, cid: int, item_id: int) -> tuple[str | None, str]:
    from xuncha_desktop.services import checklists as cs

    i = cs.checklist_view(db, cid).item(item_id)
    return i.result, i.notes


def test_checklist_result_over_another_clerks_result_keeps_my_text(
    qtbot: Any, db: Database, other: Database, ids: Any, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from xuncha_desktop.services import checklists as cs

    tab, cid, item_id = _checklist_tab(qtbot, db, ids.target_haikou, done=True)
    tab.notes_edit.setPlainText("现场查看了台账，记录完整。")
    cs.record_result(other, cid, item_id, cs.ResultInput("不适用", notes="对方：该单位不涉及"))
    calls = capture(monkeypatch, cd.KEEP)

    tab.set_result("符合")  # key 1: chooses and saves

    assert len(calls) == 1
    mine, theirs, message = calls[0]
    assert mine["检查结果"] == "符合" and mine["情况说明"] == "现场查看了台账，记录完整。"
    assert theirs["检查结果"] == "不适用" and theirs["情况说明"] == "对方：该单位不涉及"
    assert mine["检查项"] == theirs["检查项"]
    assert "已被其他人修改" in message
    assert _result(db, cid, item_id) == ("不适用", "对方：该单位不涉及")  # not overwritten
    assert tab.notes_edit.toPlainText() == "现场查看了台账，记录完整。"  # not lost
    assert tab.result_combo.currentData() == "符合"
    assert "尚未保存" in tab.save_message.text()
    tab.save_current()  # over the version just shown: saved
    assert len(calls) == 1
    assert _result(db, cid, item_id) == ("符合", "现场查看了台账，记录完整。")
    assert tab.save_message.text() == ""


def test_checklist_result_filled_in_meanwhile_is_a_conflict(
    qtbot: Any, db: Database, other: Database, ids: Any, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from xuncha_desktop.services import checklists as cs

    # 三亚's checklist has no result rows yet: the clerk saw the item empty
    tab, cid, item_id = _checklist_tab(qtbot, db, ids.target_sanya, done=False)
    assert tab.current_item().result_id is None
    cs.record_result(other, cid, item_id, cs.ResultInput("符合", notes="对方先填了"))
    tab.notes_edit.setPlainText("我填的说明")
    calls = capture(monkeypatch, cd.RELOAD)

    tab.set_result("不适用")

    assert len(calls) == 1
    mine, theirs, message = calls[0]
    assert (mine["检查结果"], mine["情况说明"]) == ("不适用", "我填的说明")
    assert (theirs["检查结果"], theirs["情况说明"]) == ("符合", "对方先填了")
    assert "已由其他人填写" in message
    assert _result(db, cid, item_id) == ("符合", "对方先填了")
    # 重新载入: the form shows the other's result
    assert tab.current_item() is not None and tab.current_item().item.id == item_id
    assert tab.notes_edit.toPlainText() == "对方先填了" and tab.result_combo.currentData() == "符合"
    assert "重新载入" in tab.save_message.text()


def test_evaluation_saved_meanwhile_is_a_conflict_and_my_text_stays(
    qtbot: Any, db: Database, other: Database, ids: Any, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from xuncha_desktop.services import evaluation as ev

    ev.save_evaluation(db, ids.target_danzhou, summary="初步意见", today=TODAY)
    tab, _cid, _item = _checklist_tab(qtbot, db, ids.target_danzhou, done=True)
    tab.summary_edit.setPlainText("我的评价意见")
    ev.save_evaluation(other, ids.target_danzhou, summary="对方的评价意见", today=TODAY)
    calls = capture(monkeypatch, cd.KEEP)

    tab.save_eval_button.click()

    assert len(calls) == 1
    mine, theirs, _message = calls[0]
    assert mine["评价意见"] == "我的评价意见" and theirs["评价意见"] == "对方的评价意见"
    assert theirs["评价人"].startswith("李四")
    saved = ev.get_evaluation(db, ids.target_danzhou)
    assert saved is not None and saved.summary == "对方的评价意见"  # not overwritten
    assert tab.summary_edit.toPlainText() == "我的评价意见"
    assert "尚未保存" in tab.saved_label.text()
    tab.save_eval_button.click()  # over the evaluation just shown
    assert len(calls) == 1
    saved = ev.get_evaluation(db, ids.target_danzhou)
    assert saved is not None and saved.summary == "我的评价意见"


def test_evaluation_first_saved_by_another_clerk_reloads(
    qtbot: Any, db: Database, other: Database, ids: Any, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from xuncha_desktop.services import evaluation as ev

    tab, _cid, _item = _checklist_tab(qtbot, db, ids.target_danzhou, done=True)
    assert tab.evaluation_seen is None and "尚未保存评价" in tab.saved_label.text()
    tab.summary_edit.setPlainText("我的评价意见")
    ev.save_evaluation(other, ids.target_danzhou, summary="对方的评价意见", today=TODAY)
    calls = capture(monkeypatch, cd.RELOAD)
    tab.save_eval_button.click()
    assert len(calls) == 1 and "已由其他人保存" in calls[0][2]
    saved = ev.get_evaluation(db, ids.target_danzhou)
    assert saved is not None and saved.summary == "对方的评价意见"
    assert tab.summary_edit.toPlainText() == "对方的评价意见"
    assert tab.saved_label.text().startswith("已保存：")


# -- the 起草 window -----------------------------------------------------------------------
def test_draft_section_saved_meanwhile_is_a_conflict(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtCore import Qt

    from xuncha_desktop.config import LocalSettings
    from xuncha_desktop.services import drafts
    from xuncha_desktop.ui.drafts_window import DraftsWindow

    monkeypatch.syspath_prepend(str(Path(__file__).parents[1] / "services"))
    from results_fixture import TODAY as DRAFT_DAY
    from results_fixture import build

    db, ids = build(tmp_path / "w.db")
    second = open_for_use(tmp_path / "w.db", operator="李四")
    try:
        w = DraftsWindow(db, LocalSettings(operator="文书张"), kind="feedback",
                         source_key=str(ids.sanya), today=DRAFT_DAY)
        qtbot.addWidget(w)
        w.show()
        with qtbot.waitSignal(w.draftFinished, timeout=20_000) as blocker:
            qtbot.mouseClick(w.ui.draftButton, Qt.MouseButton.LeftButton)
        assert blocker.args[0] == "done"
        assert w.select_section("存在的主要问题")
        section = w.current_section()
        assert section is not None
        mine_text = section.text + "\n以上问题已当面反馈。"
        w.ui.sectionEdit.setPlainText(mine_text)
        drafts.save_text(second, "feedback", str(ids.sanya), section.key, "对方改写的问题一节。")
        calls = capture(monkeypatch, cd.KEEP)

        assert w.save_section() is False

        assert len(calls) == 1
        mine, theirs, _message = calls[0]
        assert mine["内容"] == mine_text and theirs["内容"] == "对方改写的问题一节。"
        stored = {s.key: s.text for s in drafts.sections(db, "feedback", str(ids.sanya))}
        assert stored[section.key] == "对方改写的问题一节。"  # not overwritten
        assert w.ui.sectionEdit.toPlainText() == mine_text  # not lost
        assert "尚未保存" in w.ui.summaryLabel.text()
        assert w.save_section() is True and len(calls) == 1  # over the version just shown
        stored = {s.key: s.text for s in drafts.sections(db, "feedback", str(ids.sanya))}
        assert stored[section.key] == mine_text
    finally:
        second.close()
        db.close()


# -- the 约谈 tab: attendees, linked findings, the notice -------------------------------------
def _attendees(db: Database, interview_id: int) -> list[str]:
    return [a.name for a in ivs.interview_detail(db, interview_id).attendees]


def test_adding_an_attendee_over_another_clerks_edit_is_a_conflict(
    qtbot: Any, db: Database, other: Database, errors: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab, iv = _tab(qtbot, db)
    before = _attendees(db, iv)
    crud.update(other, m.Interview, iv, {"place": "对方的会议室"})  # saved meanwhile
    person = ivs.AttendeeInput("赵某某", post="副市长", unit="三亚市人民政府")
    monkeypatch.setattr(tab_module.AttendeeDialog, "ask",
                        classmethod(lambda cls, *_a, **_k: person))
    calls = capture(monkeypatch, cd.KEEP)

    tab.add_attendee()

    assert len(calls) == 1 and errors == []
    mine, theirs, message = calls[0]
    assert mine["办理事项"] == "增加参加人员：赵某某" and theirs["办理事项"] == "（当前状态）"
    assert theirs["约谈地点"] == "对方的会议室" and mine["约谈地点"] != "对方的会议室"
    assert "已被其他人修改" in message
    assert _attendees(db, iv) == before  # nobody added over the other's change
    assert "操作没有执行" in tab.last_message
    assert tab.detail is not None and tab.detail.place == "对方的会议室"  # reloaded
    tab.add_attendee()  # on the version now shown it goes through
    assert len(calls) == 1 and _attendees(db, iv) == [*before, "赵某某"]
    assert tab.ui.attendeesTable.rowCount() == len(before) + 1


def test_removing_an_attendee_changed_meanwhile_is_a_conflict(
    qtbot: Any, db: Database, other: Database, errors: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab, iv = _tab(qtbot, db)
    if not tab.detail.attendees:  # type: ignore[union-attr]
        ivs.add_attendee(db, iv, ivs.AttendeeInput("钱某某", post="局长", unit="三亚市应急管理局"))
        tab._show(iv)
    shown = tab.detail.attendees[0]  # type: ignore[union-attr]
    tab.ui.attendeesTable.setCurrentCell(0, 0)
    # the other clerk corrects that person's post: the interview row itself is unchanged
    crud.update(other, m.InterviewAttendee, shown.id, {"post": "对方改的职务"})
    calls = capture(monkeypatch, cd.RELOAD)

    tab.remove_attendee()

    assert len(calls) == 1 and errors == []
    mine, _theirs, message = calls[0]
    assert mine["办理事项"] == "删除参加人员：" + shown.name
    assert "已被其他人修改" in message
    assert shown.name in _attendees(db, iv)  # not removed
    assert tab.detail is not None and tab.detail.attendees[0].post == "对方改的职务"
    tab.ui.attendeesTable.setCurrentCell(0, 0)
    tab.remove_attendee()  # having seen the correction, the clerk removes the person
    assert len(calls) == 1 and shown.name not in _attendees(db, iv)


def test_changing_the_linked_findings_over_another_clerks_edit_is_a_conflict(
    qtbot: Any, db: Database, other: Database, errors: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab, iv = _tab(qtbot, db)
    linked = [f.id for f in ivs.interview_detail(db, iv).findings]
    crud.update(other, m.Interview, iv, {"reason": "对方改的事由"})
    monkeypatch.setattr(tab_module.FindingPickDialog, "ask",
                        classmethod(lambda cls, *_a, **_k: ([], "", "")))
    calls = capture(monkeypatch, cd.KEEP)

    tab.edit_findings()

    assert len(calls) == 1 and errors == []
    mine, theirs, _message = calls[0]
    assert mine["办理事项"] == "修改约谈涉及的问题（0 项）"
    assert theirs["约谈事由"] == "对方改的事由"
    assert [f.id for f in ivs.interview_detail(db, iv).findings] == linked  # links kept
    tab.edit_findings()  # over the version now shown
    assert len(calls) == 1 and ivs.interview_detail(db, iv).findings == ()


def _notices(db: Database) -> int:
    with read_session(db) as s:
        return len(s.scalars(select(m.IssuedDocument.id).where(
            m.IssuedDocument.kind == "interview-notice")).all())


def test_sending_the_notice_over_another_clerks_edit_is_a_conflict(
    qtbot: Any, db: Database, other: Database, errors: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ivs.add_attendee(db, _sanya_interview(db),
                     ivs.AttendeeInput("钱某某", post="副市长", unit="三亚市人民政府"))
    tab, iv = _tab(qtbot, db)
    assert tab.detail is not None and tab.detail.state == "拟约谈"
    notices = _notices(db)
    later = dt.datetime.combine(TODAY + dt.timedelta(days=5), dt.time(15, 0))
    crud.update(other, m.Interview, iv, {"scheduled_at": later})  # the other clerk moves it
    calls = capture(monkeypatch, cd.KEEP)

    tab.notify()

    assert len(calls) == 1 and errors == []
    mine, theirs, message = calls[0]
    assert mine["办理事项"] == "发出约谈通知书"
    assert theirs["约谈时间"] != mine["约谈时间"] and "已被其他人修改" in message
    assert ivs.interview_detail(db, iv).state == "拟约谈"  # not marked 已通知
    assert _notices(db) == notices  # and no 文号 taken
    assert tab.detail is not None and tab.detail.scheduled_at == later  # the new time shown
    monkeypatch.setattr(tab_module.ConfirmDialog, "ask", classmethod(lambda cls, *_a: True))
    tab.notify()  # with the new time in view the notice goes out
    assert len(calls) == 1 and errors == []
    assert ivs.interview_detail(db, iv).state == ivs.NOTIFIED
    assert _notices(db) == notices + 1 and "文号" in tab.last_message


# -- 完成检查表 ----------------------------------------------------------------------------
def _fill_all_but(db: Database, cid: int, keep_empty: int = 0) -> list[int]:
    """Fill every empty leaf but the last ``keep_empty``; the ids of the leaves left empty."""
    from xuncha_desktop.services import checklists as cs

    empty = [i.item.id for i in cs.checklist_view(db, cid).leaves if not i.done]
    for item_id in empty[:len(empty) - keep_empty]:
        cs.record_result(db, cid, item_id, cs.ResultInput("符合"))
    return empty[len(empty) - keep_empty:]


def test_finishing_a_checklist_whose_result_changed_meanwhile_is_a_conflict(
    qtbot: Any, db: Database, other: Database, ids: Any, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from xuncha_desktop.services import checklists as cs
    from xuncha_desktop.ui import checklists_tab as ct

    cid = cs.checklist_for_target(db, ids.target_haikou)
    assert cid is not None
    _fill_all_but(db, cid)
    tab, _cid, _item = _checklist_tab(qtbot, db, ids.target_haikou, done=True)
    changed = tab.view.leaves[0]  # type: ignore[union-attr]
    cs.record_result(other, cid, changed.item.id, cs.ResultInput("不符合", notes="对方复核"))
    seen_errors: list[str] = []
    monkeypatch.setattr(ct, "show_error", lambda _p, err: seen_errors.append(err.message))
    calls = capture(monkeypatch, cd.KEEP)

    tab.finish_button.click()

    assert len(calls) == 1 and seen_errors == []
    mine, theirs, message = calls[0]
    label = f"{changed.item.number} {changed.item.title}"
    assert mine["办理事项"] == "完成检查表" and theirs["办理事项"] == "（当前状态）"
    assert (mine[label], theirs[label]) == (changed.result, "不符合")
    assert mine["状态"] == theirs["状态"] == "填写中"
    assert message == f"检查表已被其他人修改（检查项{changed.item.number}的结果），没有标记为已完成。"
    assert not cs.checklist_view(db, cid).finished  # not closed over a result never seen
    assert "没有标记为已完成" in tab.save_message.text()
    assert tab.view is not None and tab.view.item(changed.item.id).result == "不符合"
    tab.finish_button.click()  # with the other's result in view it is finished
    assert len(calls) == 1 and seen_errors == []
    assert cs.checklist_view(db, cid).finished and tab.view.finished


def test_finishing_when_another_clerk_filled_the_last_item_is_a_conflict(
    qtbot: Any, db: Database, other: Database, ids: Any, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from xuncha_desktop.services import checklists as cs
    from xuncha_desktop.ui import checklists_tab as ct

    cid = cs.checklist_for_target(db, ids.target_sanya)
    assert cid is not None
    [last] = _fill_all_but(db, cid, keep_empty=1)
    tab, _cid, _item = _checklist_tab(qtbot, db, ids.target_sanya, done=False)
    assert tab.view is not None and tab.view.done == tab.view.total - 1
    cs.record_result(other, cid, last, cs.ResultInput("基本符合"))
    seen_errors: list[str] = []
    monkeypatch.setattr(ct, "show_error", lambda _p, err: seen_errors.append(err.message))
    calls = capture(monkeypatch, cd.RELOAD)

    tab.finish_button.click()

    assert len(calls) == 1 and seen_errors == []
    mine, theirs, message = calls[0]
    assert mine["填写进度"] != theirs["填写进度"] and "检查表已被其他人修改" in message
    assert not cs.checklist_view(db, cid).finished
    assert tab.view is not None and tab.view.done == tab.view.total  # reloaded


# -- the person editor's four conditions ------------------------------------------------------
def _conditions(db: Database, pid: int) -> dict[int, tuple[bool, str | None]]:
    return {c.condition_no: (c.met, c.checked_by) for c in crud.list_all(
        db, m.PersonCondition, m.PersonCondition.person_id == pid)}


def test_person_condition_checked_meanwhile_is_a_conflict_and_nothing_is_saved(
    qtbot: Any, db: Database, other: Database, monkeypatch: pytest.MonkeyPatch,
) -> None:
    pid = _person(db)
    original = people.load_person(db, pid)
    before = _conditions(db, pid)
    dialog = PersonDialog(db, pid, "王小明", TODAY)
    qtbot.addWidget(dialog)
    dialog.post.setText("我填的职务")
    was = dialog.condition_boxes[2].isChecked()
    dialog.condition_boxes[2].setChecked(not was)  # I tick (or untick) condition 2
    # meanwhile the other clerk records a check of condition 2 (the person row is unchanged)
    people.set_condition(other, pid, 2, was, checked_by="李四", checked_on=TODAY,
                         operator="李四")
    calls = capture(monkeypatch, cd.KEEP)

    dialog.accept()

    assert len(calls) == 1
    mine, theirs, message = calls[0]
    assert message == "条件（2）的核查记录已被其他人修改，您的修改没有保存。"
    assert mine["职务"] == "我填的职务" and theirs["职务"] == original.post
    assert theirs["条件（2）"] == ("已核查" if was else "核查未通过") + "：李四 2026年7月14日"
    assert mine["条件（2）"] != theirs["条件（2）"]
    assert dialog.result() == 0 and "尚未保存" in dialog.error.text()
    # nothing saved: neither the person (saved first) nor the condition
    assert people.load_person(db, pid).post == original.post
    assert _conditions(db, pid)[2] == (was, "李四")
    assert dialog.condition_boxes[2].isChecked() is (not was)  # my tick is kept
    dialog.accept()  # over the check just shown: saved
    assert dialog.result() == 1 and len(calls) == 1
    assert _conditions(db, pid)[2] == (not was, "王小明")
    assert people.load_person(db, pid).post == "我填的职务"
    assert {k: v for k, v in _conditions(db, pid).items() if k != 2} == {
        k: v for k, v in before.items() if k != 2}


def test_person_condition_conflict_reload_shows_the_other_check(
    qtbot: Any, db: Database, other: Database, monkeypatch: pytest.MonkeyPatch,
) -> None:
    pid = _person(db)
    dialog = PersonDialog(db, pid, "王小明", TODAY)
    qtbot.addWidget(dialog)
    was = dialog.condition_boxes[4].isChecked()
    dialog.condition_boxes[4].setChecked(not was)
    people.set_condition(other, pid, 4, not was, checked_by="李四", checked_on=TODAY,
                         operator="李四")
    capture(monkeypatch, cd.RELOAD)
    dialog.accept()
    assert dialog.result() == 0 and "重新载入" in dialog.error.text()
    assert dialog.condition_boxes[4].isChecked() is (not was)  # the other's check, shown
    assert dialog.condition_text(4).endswith("李四 2026年7月14日")
    assert _conditions(db, pid)[4] == (not was, "李四")
    dialog.accept()  # nothing of mine left to write: closes without overwriting the check
    assert dialog.result() == 1 and _conditions(db, pid)[4] == (not was, "李四")
