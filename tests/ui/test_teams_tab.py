"""The 巡查组 tab as a clerk uses it: import a pool, draw a team, fix a rule breach, send it
for approval, approve it and replace one member."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt

from xuncha_desktop.db import models as m
from xuncha_desktop.services import crud, people_io, teams
from xuncha_desktop.services.bootstrap import open_for_use
from xuncha_desktop.ui import dialogs
from xuncha_desktop.ui import teams_tab as tab_module
from xuncha_desktop.ui.people_dialogs import ImportPreviewDialog
from xuncha_desktop.ui.team_dialogs import AppointDialog, DrawDialog, ReplaceDialog

POOL = ([("厅长", "厅级")] * 2 + [("处长", "处级")] * 6 + [("科长", "科级")] * 6)


def pool_file(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(list(people_io.HEADERS))
    for i, (post, rank) in enumerate(POOL):
        ws.append([f"干部{chr(0x4E00 + i)}", "男", "省应急管理厅", post, rank, "", "", "海口市",
                   "", "工作人员", "是", "", "是", "是", "是", "是"])
    for i in range(3):  # the four conditions (last four columns): 是
        ws.append([f"专家{chr(0x4E50 + i)}", "女", "海南大学", "教授", "其他", "", "", "",
                   "危险化学品", "专家", "是", "", "是", "是", "是", "是"])
    wb.save(path)
    return path


def roster_rows(tab: tab_module.TeamsTab) -> list[Any]:
    return [tab.roster.model.row_at(r) for r in range(tab.roster.model.rowCount())]


def test_import_draw_fix_submit_replace(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                        monkeypatch: pytest.MonkeyPatch, qtmodeltester) -> None:
    db = open_for_use(tmp_path / "t.db", operator="王小明")
    team_id = teams.create_team(db, "2027年省安全生产第一巡查组")
    tab = tab_module.TeamsTab(db, today=lambda: dt.date(2026, 7, 1))
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, err: errors.append(str(err)))

    # 1. import the pool from Excel
    monkeypatch.setattr(tab_module.TeamsTab, "ask_open_path",
                        classmethod(lambda cls, p, t: str(pool_file(tmp_path / "pool.xlsx"))))
    monkeypatch.setattr(ImportPreviewDialog, "ask", classmethod(lambda cls, p, preview: "all"))
    tab.buttons["import"].click()
    qtbot.waitUntil(lambda: not tab.busy() and "已导入" in tab.pool_message.text(), timeout=10000)
    assert tab.pool_message.text() == "已导入：新增 17 人，更新 0 人，无变化 0 人。"
    assert tab.people.model.rowCount() == 17
    # the four conditions came with the workbook: checked by the importing clerk that day
    rows = crud.list_all(db, m.PersonCondition)
    assert len(rows) == 17 * 4
    assert {(c.met, c.checked_by, c.checked_on) for c in rows} == {
        (True, "王小明", dt.date(2026, 7, 1))}

    # 2. a clerk appoints a 处级 leader: the rules panel turns red and names him
    tab.teams.refresh()
    tab.select_team(team_id)
    assert tab.team_id == team_id
    tab.people.ui.searchEdit.setText("干部丂")  # the 3rd person: a 处长
    tab.people.apply_search()
    tab.people.ui.tableView.selectRow(0)
    monkeypatch.setattr(AppointDialog, "ask", classmethod(lambda cls, p, n: ("组长", "熟悉情况")))
    tab.buttons["appoint"].click()
    assert "已指定 干部丂 担任组长" in tab.message.text()
    monkeypatch.setattr(DrawDialog, "ask", classmethod(lambda cls, p, o: (None, 1, "seed-1")))
    tab.buttons["draw"].click()
    assert tab.message.text().startswith("已抽取：")
    texts = tab.rule_texts()
    assert "✘ 组长职级：组长干部丂的职级为处级，应不低于厅级" in texts
    assert "✔ 人数：符合" in texts
    assert "1 项不符合" in tab.rules_box.title()

    # 3. sending it for approval is refused, with the rule and the person
    tab.buttons["submit"].click()
    assert errors and "【组长职级】组长干部丂的职级为处级" in errors[-1]
    assert teams.team_facts(db, team_id).state == "拟定"

    # 4. fix it: take him off and draw the open place
    view = tab.roster.ui.tableView
    row = next(i for i, r in enumerate(roster_rows(tab)) if r.name == "干部丂")
    view.selectRow(row)
    tab.buttons["remove"].click()
    tab.buttons["draw"].click()
    assert all(t.startswith("✔") for t in tab.rule_texts())
    assert tab.rules_box.title() == "规则检查：全部符合"

    # 5. send for approval, approve
    tab.buttons["submit"].click()
    assert tab.message.text() == "已报批，巡查组状态：报批"
    assert not tab.buttons["draw"].isEnabled()
    tab.buttons["approve"].click()
    assert teams.team_facts(db, team_id).state == "已批准"
    # the team detail shows its state changes, read from the audit log
    history = tab.state_history
    qtmodeltester.check(history)
    shown = [[history.data(history.index(r, c)) for c in range(3)]
             for r in range(history.rowCount())]
    assert [r[1:] for r in shown] == [["王小明", "（新建） → 拟定"], ["王小明", "拟定 → 报批"],
                                      ["王小明", "报批 → 已批准"]]
    assert all(re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d", r[0]) for r in shown)
    assert history.headerData(2, Qt.Orientation.Horizontal) == "状态变更"

    # 6. replace one member (unfit: the successor is drawn under the same rules)
    member = next(i for i, r in enumerate(roster_rows(tab)) if r.role == "成员")
    old_name = roster_rows(tab)[member].name
    view.selectRow(member)
    monkeypatch.setattr(ReplaceDialog, "ask", classmethod(lambda cls, p, n: ("身体原因", True)))
    tab.buttons["replace"].click()
    assert tab.message.text().startswith(f"已调整：{old_name} 离组，由 ")
    statuses = {r.name: r.status for r in roster_rows(tab)}
    assert statuses[old_name] == "已离组" and list(statuses.values()).count("在组") == 5
    tab.buttons["verify"].click()
    assert "全部通过" in tab.message.text()
    tab.grab().save(str(tmp_path / "teams_tab.png"))
    db.close()
