"""新建巡查组… and the person editor (新增人员… / 编辑人员…) of the 巡查组 tab, used as a
clerk would: through the real dialogs, checking what the clerk then sees."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.services import crud, people, teams
from xuncha_desktop.ui import teams_tab as tab_module
from xuncha_desktop.ui.person_dialog import PersonDialog
from xuncha_desktop.ui.team_dialogs import NewTeamDialog

TODAY = dt.date(2026, 7, 14)
VALID_ID = "11010519491231002X"
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform, on show()


def make_tab(qtbot: Any, db: Database) -> tab_module.TeamsTab:
    tab = tab_module.TeamsTab(db, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def person_id(db: Database, name: str) -> int:
    return next(h.id for h in people.search(db, name) if h.name == name)


def team_rows(tab: tab_module.TeamsTab) -> list[Any]:
    return [tab.teams.model.row_at(r) for r in range(tab.teams.model.rowCount())]


def test_new_team_through_the_dialog(qtbot, db: Database,  # type: ignore[no-untyped-def]
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    tab = make_tab(qtbot, db)
    before = len(team_rows(tab))
    seen: dict[str, Any] = {}

    def drive(cls: type[NewTeamDialog], parent: Any, database: Database,
              operator: str | None = None) -> int | None:
        dlg = cls(database, operator, parent)
        qtbot.addWidget(dlg)
        labels = [dlg.targets.item(i).text() for i in range(dlg.targets.count())]
        seen["labels"] = labels
        dlg.show()
        qtbot.waitExposed(dlg)
        # nothing typed: the name is asked for, in Chinese, and nothing is saved
        dlg.accept()
        seen["no_name"] = dlg.error.text()
        dlg.name.setText("2026年省安全生产第三巡查组")
        dlg.accept()
        seen["no_target"] = dlg.error.text()
        dlg.set_targets([dlg.targets.item(0).data(Qt.ItemDataRole.UserRole)])
        dlg.phone.setText("65201234x")
        dlg.accept()
        seen["bad_phone"] = dlg.error.text()
        seen["teams_after_errors"] = len(crud.list_all(database, m.Team))
        dlg.phone.setText("0898-65209999")
        dlg.mailbox.setText("文昌市邮政信箱 88 号")
        dlg.sectors["危险化学品"].setChecked(True)
        dlg.accept()
        assert dlg.result() == QDialog.DialogCode.Accepted
        return dlg.team_id

    monkeypatch.setattr(NewTeamDialog, "ask", classmethod(drive))
    tab.buttons["new_team"].click()

    # only the 2026 plan's target without a team is offered (海口 and 三亚 have teams)
    assert seen["labels"] == ["第二批 · 文昌市 (2026年9月1日—9月8日)"]
    assert seen["no_name"] == "请填写巡查组的“名称”。"
    assert seen["no_target"] == "请至少选择一个巡查对象。"
    assert "联系电话“65201234x”格式不正确" in seen["bad_phone"]
    assert seen["teams_after_errors"] == before

    rows = team_rows(tab)
    assert len(rows) == before + 1
    row = next(r for r in rows if r.name == "2026年省安全生产第三巡查组")
    assert (row.state, row.regions, row.phone) == ("拟定", "文昌市", "0898-65209999")
    assert tab.team_id == row.id
    assert tab.message.text() == "已新建巡查组（拟定），请抽取或指定组成人员。"
    facts = teams.team_facts(db, row.id)
    assert [name for _, name in facts.regions] == ["文昌市"]
    assert facts.required_sectors == ("危险化学品",)
    assert facts.window == (dt.date(2026, 9, 1), dt.date(2026, 9, 8))
    assert crud.get(db, m.Team, row.id).mailbox == "文昌市邮政信箱 88 号"
    assert tab.buttons["draw"].isEnabled()


def test_checking_conditions_turns_the_rule_green(qtbot, db: Database,  # type: ignore[no-untyped-def]
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    wenchang = next(t.id for t in crud.list_all(db, m.Target, m.Target.team_id.is_(None)))
    team_id = teams.create_team(db, "文昌巡查组", [wenchang])
    zhou = person_id(db, "周杰")
    teams.appoint_member(db, team_id, zhou, "专家", "熟悉危险化学品")
    tab = make_tab(qtbot, db)
    tab.select_team(team_id)
    assert tab.team_id == team_id
    rule = tab.rule_labels["four_conditions"]
    assert rule.text() == "✘ 符合四项条件：周杰尚未核查符合第1项、第2项、第3项、第4项条件"

    seen: dict[str, Any] = {}

    def drive(cls: type[PersonDialog], parent: Any, database: Database, pid: int | None,
              operator: str, today: dt.date) -> int | None:
        dlg = cls(database, pid, operator, today, parent)
        qtbot.addWidget(dlg)
        seen["title"] = dlg.windowTitle()
        seen["before"] = [dlg.condition_text(n) for n in range(1, 5)]
        for no in range(1, 5):
            dlg.condition_boxes[no].click()
        seen["after"] = [dlg.condition_text(n) for n in range(1, 5)]
        dlg.show()
        qtbot.waitExposed(dlg)
        dlg.buttons.button(dlg.buttons.StandardButton.Ok).click()
        return dlg.saved_id

    monkeypatch.setattr(PersonDialog, "ask", classmethod(drive))
    tab.ui.innerTabs.setCurrentIndex(1)
    tab.people.ui.searchEdit.setText("周杰")
    tab.people.apply_search()
    view = tab.people.ui.tableView
    view.selectRow(0)
    where = view.visualRect(view.model().index(0, 0)).center()
    # the view's doubleClicked needs the press that precedes a real double click
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)

    assert seen["title"] == "编辑人员：周杰"
    assert seen["before"] == ["未核查"] * 4
    stamp = f"已核查：{tab.operator} 2026年7月14日"
    assert seen["after"] == [stamp] * 4
    assert tab.pool_message.text() == "已保存人员：周杰"
    assert rule.text() == "✔ 符合四项条件：符合"
    assert "#0a6b2c" in rule.styleSheet()
    rows = crud.list_all(db, m.PersonCondition, m.PersonCondition.person_id == zhou)
    assert [(c.condition_no, c.met, c.checked_by, c.checked_on) for c in rows] == [
        (n, True, tab.operator, TODAY) for n in range(1, 5)]


def test_invalid_phone_saves_nothing(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    li = person_id(db, "李娜")
    before = people.load_person(db, li)
    dlg = PersonDialog(db, li, "王小明", TODAY)
    qtbot.addWidget(dlg)
    dlg.phone.setText("12345")
    dlg.post.setText("副处长")
    dlg.condition_boxes[1].setChecked(True)
    dlg.period_start.setDate(dlg.period_start.date().addDays(10))
    dlg.period_end.setDate(dlg.period_end.date().addDays(20))
    dlg.add_period_button.click()
    dlg.buttons.button(dlg.buttons.StandardButton.Ok).click()
    assert dlg.error.text() == "电话号码“12345”格式不正确，请填写 11 位手机号或带区号的固定电话。"
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert people.load_person(db, li) == before
    assert crud.list_all(db, m.PersonCondition, m.PersonCondition.person_id == li) == []
    assert crud.list_all(db, m.PersonUnavailability,
                         m.PersonUnavailability.person_id == li) == []


def test_new_person_id_masked_and_periods(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    dlg = PersonDialog(db, None, "王小明", TODAY)
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == "新增人员"
    dlg.name.setText("黄　丽")  # a full-width space inside the name is dropped
    dlg.unit.setText("省卫生健康委")
    dlg.gender.setCurrentText("女")
    dlg.rank.setCurrentText("处级")
    dlg.phone.setText("13800138000")
    dlg.id_number.setText("110105194912310021")  # wrong check digit
    dlg.region.setCurrentText("三亚市")
    dlg.pool_type.setCurrentText("专家")
    dlg.sectors["危险化学品"].setChecked(True)
    dlg.accept()
    assert dlg.error.text() == "身份证号码不正确（位数、出生日期或校验位有误）。"
    assert people.search(db, "黄丽") == []

    dlg.id_number.setText(VALID_ID)
    dlg.period_start.setDate(dlg.period_start.date().addDays(5))
    dlg.add_period_button.click()  # the end is before the start: refused in the dialog
    assert dlg.error.text() == "不可用时段的结束日期不能早于开始日期。"
    assert dlg.period_texts() == []
    dlg.period_end.setDate(dlg.period_end.date().addDays(9))
    dlg.period_reason.setText("出国培训")
    dlg.add_period_button.click()
    assert dlg.period_texts() == ["2026年7月19日至2026年7月23日（出国培训）"]
    dlg.accept()
    assert dlg.result() == QDialog.DialogCode.Accepted
    pid = dlg.saved_id
    assert pid is not None
    saved = people.load_person(db, pid)
    assert (saved.name, saved.id_number, saved.home_region, saved.sectors, saved.pool_type) == (
        "黄丽", VALID_ID, "三亚市", ["危险化学品"], "专家")

    again = PersonDialog(db, pid, "王小明", TODAY)
    qtbot.addWidget(again)
    assert again.id_number.text() == "110***********002X"
    assert again.period_texts() == ["2026年7月19日至2026年7月23日（出国培训）"]
    again.period_list.setCurrentRow(0)
    again.remove_period_button.click()
    again.active.setChecked(False)
    again.accept()
    assert again.result() == QDialog.DialogCode.Accepted
    after = people.load_person(db, pid)
    assert after.id_number == VALID_ID and after.active is False
    assert crud.list_all(db, m.PersonUnavailability,
                         m.PersonUnavailability.person_id == pid) == []
