"""检查表模板 editor: add, edit, move and remove items, save, reopen and see them."""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from xuncha_desktop.db import models as m
from xuncha_desktop.services import checklists as cs
from xuncha_desktop.services.bootstrap import open_for_use
from xuncha_desktop.services.demo import generate_demo
from xuncha_desktop.services.uow import read_session
from xuncha_desktop.ui import template_editor as te
from xuncha_desktop.ui.template_editor import TemplateEditor

TODAY = dt.date(2026, 7, 14)
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform, on show()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = open_for_use(path, operator="测试")
    generate_demo(db, seed=7, today=TODAY)
    db.close()
    return path


@pytest.fixture
def db(demo_file: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "t.db"
    shutil.copy(demo_file, path)
    database = open_for_use(path, operator="办公室")
    yield database
    database.close()


def open_editor(qtbot, db) -> TemplateEditor:  # type: ignore[no-untyped-def]
    editor = TemplateEditor(db)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def rows(editor: TemplateEditor) -> list[tuple[str, str]]:
    model = editor.model
    return [(model.data(model.index(r, 0)), model.data(model.index(r, 1)))
            for r in range(model.rowCount())]


def finished_checklist(db) -> int:  # type: ignore[no-untyped-def]
    with read_session(db) as s:
        cid = s.scalar(select(m.Checklist.id).where(m.Checklist.state == "已完成"))
    assert cid is not None
    return cid


def test_add_a_sub_item_save_reopen_and_see_it(qtbot, db, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    finished = cs.checklist_view(db, finished_checklist(db))
    editor = open_editor(qtbot, db)
    qtmodeltester.check(editor.model)
    assert editor.ui.templateCombo.currentText().startswith("安全生产巡查检查表（第1版）（当前版本，已被")
    assert "保存时另存为第2版并设为当前版本" in editor.ui.usageLabel.text()
    assert len(rows(editor)) == 10 and rows(editor)[0][0] == "1"
    # select item 3 and add a sub-item under it, typing into the fields
    editor.select_row(2)
    qtbot.mouseClick(editor.ui.addChildButton, Qt.MouseButton.LeftButton)
    assert editor.current_row() == 3 and editor.ui.numberEdit.text() == "3.1"
    assert editor.ui.parentCombo.currentData() == "3"
    # (typed as an input method would: QTest types ASCII keys only)
    editor.ui.titleEdit.insertPlainText("落实安全生产责任制情况")
    editor.ui.guidanceEdit.insertPlainText("查看责任清单")
    editor.ui.methodsEdit.insert("查阅资料、个别谈话")
    editor.ui.documentsEdit.insertPlainText("责任清单、考核文件")
    editor.ui.weightSpin.setValue(6)
    assert rows(editor)[3] == ("　3.1", "落实安全生产责任制情况")
    assert editor.model.data(editor.model.index(3, 3)) == "10 分"  # all of item 3's share
    assert editor.dirty and editor.ui.messageLabel.text() == "有未保存的修改。"
    qtbot.mouseClick(editor.ui.saveButton, Qt.MouseButton.LeftButton)
    assert not editor.dirty
    assert "已另存为第2版并设为当前版本" in editor.ui.messageLabel.text()
    assert editor.ui.templateCombo.currentText() == "安全生产巡查检查表（第2版）（当前版本）"
    editor.close()

    again = open_editor(qtbot, db)
    assert again.ui.templateCombo.currentText() == "安全生产巡查检查表（第2版）（当前版本）"
    assert rows(again)[3] == ("　3.1", "落实安全生产责任制情况")
    again.select_row(3)
    assert again.ui.guidanceEdit.toPlainText() == "查看责任清单"
    assert again.ui.methodsEdit.text() == "查阅资料、个别谈话"
    assert again.ui.documentsEdit.toPlainText() == "责任清单、考核文件"
    assert again.ui.weightSpin.value() == 6
    again.select_row(2)
    assert "下设子项" in again.ui.detailBox.title()
    # stored as the service has it; the finished checklist keeps version 1 unchanged
    spec = next(s for s in cs.current_template(db).specs() if s.number == "3.1")
    assert (spec.parent_number, spec.weight) == ("3", Decimal("6.00"))
    assert cs.checklist_view(db, finished.id) == finished


def test_move_renumber_reparent_and_remove(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    editor = open_editor(qtbot, db)
    editor.select_row(0)
    editor.add_sub_item()                                  # 1.1
    editor.ui.titleEdit.insertPlainText("甲")
    editor.select_row(0)
    editor.add_sub_item()                                  # 1.2, after 1.1
    editor.ui.titleEdit.insertPlainText("乙")
    assert [r[0] for r in rows(editor)[:3]] == ["1", "　1.1", "　1.2"]
    qtbot.mouseClick(editor.ui.upButton, Qt.MouseButton.LeftButton)   # 1.2 above 1.1
    assert [r[0] for r in rows(editor)[:3]] == ["1", "　1.2", "　1.1"]
    qtbot.mouseClick(editor.ui.upButton, Qt.MouseButton.LeftButton)   # first sibling: stays
    assert editor.current_row() == 1
    # item 1 moves down with its sub-items, below item 2
    editor.select_row(0)
    qtbot.mouseClick(editor.ui.downButton, Qt.MouseButton.LeftButton)
    assert [r[0] for r in rows(editor)[:4]] == ["2", "1", "　1.2", "　1.1"]
    assert editor.current_row() == 1
    # renumbering a parent carries its sub-items; a duplicate number is refused
    editor.ui.numberEdit.setText("2")
    editor.ui.numberEdit.editingFinished.emit()
    assert "不能与其他检查项相同" in editor.ui.messageLabel.text()
    assert editor.ui.numberEdit.text() == "1"
    editor.ui.numberEdit.setText("一")
    editor.ui.numberEdit.editingFinished.emit()
    assert [s.parent_number for s in editor.specs[2:4]] == ["一", "一"]
    # 1.1 becomes a top-level item (last); 1.2 goes under item 5
    editor.select_row(3)
    editor.ui.parentCombo.setCurrentIndex(0)
    editor.ui.parentCombo.activated.emit(0)
    assert rows(editor)[-1] == ("1.1", "甲")
    editor.select_row(2)
    index = editor.ui.parentCombo.findData("5")
    editor.ui.parentCombo.activated.emit(index)
    numbers = [r[0] for r in rows(editor)]
    assert numbers.index("　1.2") == numbers.index("5") + 1
    # removing item 5 removes its sub-item too
    editor.select_row(numbers.index("5"))
    qtbot.mouseClick(editor.ui.removeButton, Qt.MouseButton.LeftButton)
    assert "5" not in [r[0] for r in rows(editor)] and "　1.2" not in [r[0] for r in rows(editor)]
    assert editor.save()
    saved = cs.current_template(db)
    assert [(s.number, s.parent_number) for s in saved.specs()][:2] == [("2", None), ("一", None)]
    assert [s.number for s in saved.specs()][-1] == "1.1"


def test_zero_weights_are_said_and_bad_items_are_not_saved(qtbot, db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    errors: list[str] = []
    monkeypatch.setattr(te, "show_error", lambda _parent, err: errors.append(err.message))
    before = [t.id for t in cs.list_templates(db)]
    editor = open_editor(qtbot, db)
    assert editor.ui.problemLabel.text() == ""
    for row in range(len(editor.specs)):
        editor.select_row(row)
        editor.ui.weightSpin.setValue(0)
    assert editor.ui.problemLabel.text() == (
        "注意：一级检查项的权重未填写或合计为零，无法计算得分。请在检查表模板中为这些检查项填写权重。")
    assert editor.ui.shareLabel.text() == "无法计算（同级权重合计为零）"
    editor.ui.weightSpin.setValue(10)
    assert editor.ui.problemLabel.text() == ""
    # an item without 检查内容 is refused and nothing is stored
    editor.add_item()
    assert editor.ui.numberEdit.text() == "11"
    assert not editor.save()
    assert errors == ["检查项“11”没有填写“检查内容”。"]
    assert [t.id for t in cs.list_templates(db)] == before
    # closing with unsaved changes asks first
    asked: list[bool] = []
    monkeypatch.setattr(TemplateEditor, "confirm_discard",
                        classmethod(lambda cls, parent: asked.append(True) or False))
    qtbot.mouseClick(editor.ui.closeButton, Qt.MouseButton.LeftButton)
    assert asked and editor.isVisible()
    monkeypatch.setattr(TemplateEditor, "confirm_discard", classmethod(lambda cls, parent: True))
    qtbot.mouseClick(editor.ui.closeButton, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()


def test_reachable_from_the_checklists_tab(qtbot, db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from xuncha_desktop.ui.checklists_tab import ChecklistsTab

    opened: list[object] = []
    monkeypatch.setattr(TemplateEditor, "ask", classmethod(
        lambda cls, parent, database, template_id=None: opened.append(template_id) or True))
    tab = ChecklistsTab(db, today=lambda: TODAY)
    qtbot.addWidget(tab)
    assert tab.template_button.text() == "编辑模板(&M)…"
    qtbot.mouseClick(tab.template_button, Qt.MouseButton.LeftButton)
    assert opened == [None]
    assert "新建的检查表将使用当前版本" in tab.title_label.text()


def test_reachable_from_the_tools_menu(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[object] = []
    monkeypatch.setattr(TemplateEditor, "ask", classmethod(
        lambda cls, parent, database, template_id=None: opened.append(database) or False))
    tools = next(a.menu() for a in window.menuBar().actions() if a.text() == "工具(&T)")
    action = next(a for a in tools.actions() if a.text() == "检查表模板(&M)…")
    action.trigger()
    assert opened == [window.db]
