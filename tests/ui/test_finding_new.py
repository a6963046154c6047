"""新增问题…: a team lead registers a finding in the 问题隐患 tab (issue 7, part 1)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from xuncha_desktop.db import models as m
from xuncha_desktop.errors import ValidationError
from xuncha_desktop.services import findings as fs
from xuncha_desktop.services.uow import read_session
from xuncha_desktop.ui import finding_new_dialog as nd
from xuncha_desktop.ui.finding_new_dialog import FindingNewDialog, NewFindingChoices

TODAY = dt.date(2026, 7, 14)


def cells(tab, key: str) -> list[str]:  # type: ignore[no-untyped-def]
    model = tab.model
    col = model.column_of(key)
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def finding_count(db) -> int:  # type: ignore[no-untyped-def]
    with read_session(db) as s:
        return len(list(s.scalars(select(m.Finding.id))))


def save_button(dialog: FindingNewDialog):  # type: ignore[no-untyped-def]
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)


def drive(monkeypatch, qtbot, fill, seen: list[FindingNewDialog]) -> None:  # type: ignore[no-untyped-def]
    """Make ``ask`` build the real dialog, let ``fill`` type into it, and click 保存."""

    def ask(cls, parent, choices, save):  # type: ignore[no-untyped-def]
        dialog = cls(choices, save, parent)
        qtbot.addWidget(dialog)
        seen.append(dialog)
        fill(dialog)
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
        return dialog.saved

    monkeypatch.setattr(nd.FindingNewDialog, "ask", classmethod(ask))


@pytest.fixture
def tab(window, ids):  # type: ignore[no-untyped-def]
    window.ui.tabWidget.setCurrentIndex(4)
    window.select_plan(ids.plan_2026)
    window.select_target(ids.target_sanya)
    return window.findings_tab


def test_register_a_finding_through_the_dialog(tab, db, ids, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    before = tab.model.rowCount()
    seen: list[FindingNewDialog] = []

    def fill(d: FindingNewDialog) -> None:
        # defaults: the main window's target, today, the operator
        assert d.ui.targetCombo.currentData() == ids.target_sanya
        assert d.ui.foundOnEdit.date().toString("yyyy-MM-dd") == "2026-07-14"
        assert d.ui.foundOnEdit.text() == "2026年7月14日"
        assert d.ui.foundByEdit.text() == "王小明"
        d.ui.kindCombo.setCurrentIndex(d.ui.kindCombo.findText("管理问题"))
        d.ui.descriptionEdit.setPlainText("  码头危化品仓库未设置可燃气体报警装置  ")
        d.ui.legalBasisEdit.setPlainText("《危险化学品安全管理条例》第二十条")
        d.ui.responsibleUnitEdit.setText("三亚市应急管理局")

    drive(monkeypatch, qtbot, fill, seen)
    assert tab.new_button.text().startswith("新增问题")
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)

    assert seen and not seen[0].isVisible() and seen[0].error_text() == ""
    assert tab.model.rowCount() == before + 1
    assert "XC2026-0001" in cells(tab, "code")
    d = tab.detail()
    assert d is not None and d.code == "XC2026-0001"
    assert (d.state, d.description, d.kind, d.region) == (
        "已发现", "码头危化品仓库未设置可燃气体报警装置", "管理问题", "三亚市")
    assert (d.found_on, d.found_by, d.responsible_unit) == (TODAY, "王小明", "三亚市应急管理局")
    row = cells(tab, "code").index("XC2026-0001")
    assert cells(tab, "state")[row] == "已发现"
    timeline = tab.timeline
    assert timeline.rowCount() == 1
    assert [timeline.cell_text(0, c) for c in (1, 2, 3, 4)] == ["登记", "已发现", "王小明", "登记"]
    assert "XC2026-0001" in tab.ui.messageLabel.text()
    with read_session(db) as s:  # audited, by the operator
        audit = list(s.scalars(select(m.AuditEntry).where(
            m.AuditEntry.entity == "finding", m.AuditEntry.entity_id == str(d.id))))
    assert audit and {a.operator for a in audit} == {"王小明"}
    assert {a.action for a in audit} == {"新增"}

    # the next one gets the next number of the year
    seen.clear()
    drive(monkeypatch, qtbot, lambda dlg: dlg.ui.descriptionEdit.setPlainText("第二项"), seen)
    assert tab.new_finding()
    assert tab.detail() is not None and tab.detail().code == "XC2026-0002"


def test_ctrl_n_in_the_tab_opens_the_dialog(tab, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[NewFindingChoices] = []
    monkeypatch.setattr(nd.FindingNewDialog, "ask",
                        classmethod(lambda _c, _p, choices, _s: asked.append(choices)))
    tab.ui.tableView.setFocus()
    qtbot.waitUntil(lambda: tab.ui.tableView.hasFocus())
    qtbot.keyClick(tab.ui.tableView, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1
    assert asked[0].operator == "王小明" and asked[0].today == TODAY
    assert asked[0].targets and all("·" in label for _i, label in asked[0].targets)


def test_empty_description_is_refused_and_nothing_saved(tab, db, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    count = finding_count(db)
    seen: list[FindingNewDialog] = []
    drive(monkeypatch, qtbot, lambda d: d.ui.descriptionEdit.setPlainText("   "), seen)
    assert not tab.new_finding()
    dialog = seen[0]
    assert "问题描述" in dialog.error_text()
    assert dialog.saved is None and dialog.result() == 0
    assert finding_count(db) == count


def test_a_target_is_required(tab, db, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    count = finding_count(db)
    seen: list[FindingNewDialog] = []

    def fill(d: FindingNewDialog) -> None:
        d.ui.targetCombo.setCurrentIndex(0)  # （请选择巡查对象）
        d.ui.descriptionEdit.setPlainText("有描述")

    drive(monkeypatch, qtbot, fill, seen)
    assert not tab.new_finding()
    assert "巡查对象" in seen[0].error_text()
    assert finding_count(db) == count


def test_future_date_is_refused(tab, db, ids, qtbot) -> None:  # type: ignore[no-untyped-def]
    count = finding_count(db)
    # the date field does not go past today...
    choices = tab.new_finding_choices()
    dialog = FindingNewDialog(choices, lambda new: fs.create_finding(db, new, today=TODAY), tab)
    qtbot.addWidget(dialog)
    dialog.ui.foundOnEdit.setDate(dialog.ui.foundOnEdit.date().addDays(3))
    assert dialog.ui.foundOnEdit.text() == "2026年7月14日"
    # ...and a date after "today" (say, the dialog was left open over midnight) is refused
    late = NewFindingChoices(choices.targets, choices.kinds, choices.sectors,
                             TODAY + dt.timedelta(days=5), "王小明", ids.target_sanya)
    dialog = FindingNewDialog(late, lambda new: fs.create_finding(db, new, today=TODAY), tab)
    qtbot.addWidget(dialog)
    dialog.ui.descriptionEdit.setPlainText("未来日期")
    dialog.ui.foundOnEdit.setDate(dialog.ui.foundOnEdit.date().addDays(-2))  # 7月17日
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.error_text() == "“发现日期”（2026年7月17日）不能晚于今天（2026年7月14日）。"
    assert dialog.saved is None
    assert finding_count(db) == count


def test_service_numbering_and_rules(db, ids) -> None:  # type: ignore[no-untyped-def]
    kind = fs.filter_choices(db)["kind"][0].id
    with read_session(db) as s:
        region = s.get(m.Target, ids.target_haikou).region_id  # type: ignore[union-attr]
    from xuncha_desktop.services.uow import unit_of_work

    with unit_of_work(db, "测试") as s:
        s.add(m.Finding(code="XC2026-0123", target_id=ids.target_haikou, region_id=region,
                        kind_id=kind, description="旧的", found_on=TODAY))
    new = fs.NewFinding(ids.target_haikou, kind, "新的", TODAY)
    assert fs.create_finding(db, new, today=TODAY)[1] == "XC2026-0124"
    assert fs.create_finding(db, fs.NewFinding(ids.target_haikou, kind, "去年的",
                                               dt.date(2025, 12, 30)), today=TODAY)[1] \
        == "XC2025-0001"
    for bad, field in ((fs.NewFinding(None, kind, "x", TODAY), "target_id"),
                       (fs.NewFinding(ids.target_haikou, kind, " ", TODAY), "description"),
                       (fs.NewFinding(ids.target_haikou, kind, "x", TODAY
                                      + dt.timedelta(days=1)), "found_on")):
        with pytest.raises(ValidationError) as info:
            fs.create_finding(db, bad, today=TODAY)
        assert info.value.field == field
