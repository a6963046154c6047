"""The 检查表 tab: fill in a checklist with the keyboard only and see the score."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from xuncha_desktop.db import models as m
from xuncha_desktop.services import checklists as cs
from xuncha_desktop.services import evaluation as ev
from xuncha_desktop.services import units
from xuncha_desktop.services.bootstrap import open_for_use
from xuncha_desktop.services.demo import generate_demo
from xuncha_desktop.services.uow import read_session
from xuncha_desktop.ui import checklist_dialogs as dialogs
from xuncha_desktop.ui.checklists_tab import NONCONFORMING, NOT_DONE, ChecklistsTab

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
def demo_db(demo_file: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "u.db"
    shutil.copy(demo_file, path)
    database = open_for_use(path, operator="组长甲")
    yield database
    database.close()


@pytest.fixture
def tab(qtbot, demo_db):  # type: ignore[no-untyped-def]
    w = ChecklistsTab(demo_db, today=lambda: TODAY)
    qtbot.addWidget(w)
    w.resize(1500, 900)
    w.show()
    qtbot.waitExposed(w)
    return w


def free_target(db) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with read_session(db) as s:
        row = s.execute(select(m.Target.id, m.Batch.plan_id).join(m.Batch)
                        .where(m.Target.id.not_in(select(m.Checklist.target_id)))
                        .order_by(m.Target.id)).first()
    assert row is not None
    return row[0], row[1]


def test_fill_in_with_the_keyboard_only(tab: ChecklistsTab, demo_db, qtbot,
                                        monkeypatch, qtmodeltester) -> None:
    asked: list[str] = []

    def fake_ask(_parent, draft):  # type: ignore[no-untyped-def]
        asked.append(draft.item_label)
        return (draft.default_kind_id, draft.description) if len(asked) == 1 else None

    monkeypatch.setattr(dialogs.RaiseFindingDialog, "ask", classmethod(
        lambda cls, parent, draft: fake_ask(parent, draft)))
    target, plan = free_target(demo_db)
    tab.set_scope(plan, target)
    assert tab.new_button.isEnabled()
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert tab.view is not None and tab.progress_label.text() == "已填 0 / 10 项"
    qtmodeltester.check(tab.items)
    tab.tree.setFocus()
    # 1 符合 ×6, 2 基本符合 ×2, 3 不符合, 4 不适用 — each followed by Enter to move on.
    for key in "1111112234":
        QTest.keyClick(tab.tree, key)
        QTest.keyClick(tab.tree, Qt.Key.Key_Return)
    assert tab.progress_label.text() == "已填 10 / 10 项"
    results = [i.result for i in cs.checklist_view(demo_db, tab.view.id).leaves]
    assert results == ["符合"] * 6 + ["基本符合"] * 2 + ["不符合", "不适用"]
    assert tab.score_label.text() == "得分 83.33 分 · 计算等次 较好"
    assert "检查表得分：83.33 分" in tab.breakdown_label.text()
    assert "不配合巡查：0 项" in tab.breakdown_label.text()
    # 基本符合 and 不符合 asked to raise a finding; the first answer registered one.
    assert len(asked) == 3
    seven = next(i for i in tab.view.items if i.item.number == "7")
    assert len(seven.findings) == 1
    # Filters.
    tab.filter_combo.setCurrentText(NONCONFORMING)
    assert tab.items.visible_leaves() == [tab.view.items[8].item.id]
    tab.filter_combo.setCurrentText(NOT_DONE)
    assert tab.items.visible_leaves() == []


def test_breach_and_visit_change_the_evaluation(tab: ChecklistsTab, demo_db, qtbot,
                                                monkeypatch) -> None:
    target, plan = free_target(demo_db)
    cid = cs.create_checklist(demo_db, target)
    for item in cs.checklist_view(demo_db, cid).leaves:
        cs.record_result(demo_db, cid, item.item.id, cs.ResultInput("符合"))
    tab.set_scope(plan, target)
    tab.open_checklist(cid)
    assert tab.score_label.text() == "得分 100.00 分 · 计算等次 好"
    monkeypatch.setattr(dialogs.BreachDialog, "ask", classmethod(
        lambda cls, parent, today: dialogs.BreachInput(2, today, "拒绝提供执法案卷", "县应急局")))
    qtbot.mouseClick(tab.add_breach_button, Qt.MouseButton.LeftButton)
    assert tab.score_label.text() == "得分 97.00 分 · 计算等次 好"
    assert tab.breaches.rowCount() == 1
    monkeypatch.setattr(dialogs.VisitDialog, "ask", classmethod(
        lambda cls, parent, today, sectors: dialogs.VisitInput(
            units.UnitInput("企业", "某某燃气有限公司"), today, "王五", "检查储罐区")))
    qtbot.mouseClick(tab.add_visit_button, Qt.MouseButton.LeftButton)
    assert tab.visits.data(tab.visits.index(0, 1)) == "某某燃气有限公司"
    assert tab.unit_combo.findText("某某燃气有限公司（企业）") > 0
    # Override without a reason is refused; with one it is kept.
    errors: list[str] = []
    monkeypatch.setattr("xuncha_desktop.ui.checklists_tab.show_error",
                        lambda _p, err: errors.append(err.message))
    tab.grade_combo.setCurrentText("一般")
    qtbot.mouseClick(tab.save_eval_button, Qt.MouseButton.LeftButton)
    assert errors and "必须写明理由" in errors[0]
    tab.reason_edit.setPlainText("拒不提供材料，情节较重")
    qtbot.mouseClick(tab.save_eval_button, Qt.MouseButton.LeftButton)
    saved = ev.get_evaluation(demo_db, target)
    assert saved is not None and (saved.computed_grade, saved.grade) == ("好", "一般")
    assert "调整理由：拒不提供材料" in tab.saved_label.text()


def _filled_checklist(tab: ChecklistsTab, db) -> int:  # type: ignore[no-untyped-def]
    target, plan = free_target(db)
    cid = cs.create_checklist(db, target)
    for item in cs.checklist_view(db, cid).leaves:
        cs.record_result(db, cid, item.item.id, cs.ResultInput("符合", notes="现场核实"))
    tab.set_scope(plan, target)
    tab.open_checklist(cid)
    return cid


def _save_to(monkeypatch, path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(dialogs.FileDialog, "ask", classmethod(
        lambda cls, parent, title, suggested, pattern, *, save: path))


def test_export_filled_checklist_runs_in_the_worker(tab: ChecklistsTab, demo_db, qtbot,
                                                    monkeypatch, tmp_path: Path) -> None:
    from pypdf import PdfReader

    cid = _filled_checklist(tab, demo_db)
    out = tmp_path / "检查表.pdf"
    _save_to(monkeypatch, out)
    errors: list[object] = []
    monkeypatch.setattr("xuncha_desktop.ui.checklists_tab.show_error",
                        lambda _p, err: errors.append(err))
    finished: list[tuple[str, object]] = []
    tab.exportFinished.connect(lambda state, value: finished.append((state, value)))
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    # The click returns at once: the worker renders while the progress dialog is up.
    assert tab.export_running() and tab.progress_dialog() is not None
    assert not tab.print_button.isEnabled() and not tab.blank_button.isEnabled()
    qtbot.waitUntil(lambda: out.exists() and not tab.export_running(), timeout=30000)
    assert finished == [("done", out)] and not errors
    assert tab.progress_dialog() is None and tab.print_button.isEnabled()
    text = "".join("".join(p.extract_text() or "" for p in PdfReader(out).pages).split())
    title = cs.checklist_view(demo_db, cid).leaves[0].item.title
    assert "".join(title.split()) in text
    assert "现场核实" in text


@pytest.mark.parametrize("stage", ["render", "write"])
def test_cancelled_export_leaves_no_file(tab: ChecklistsTab, demo_db, qtbot, monkeypatch,
                                         tmp_path: Path, stage: str) -> None:
    """取消 while rendering (nothing written) or just after the write (the file is removed)."""
    import threading

    from PySide6.QtWidgets import QPushButton

    from xuncha_desktop.ui import checklists_tab as module

    _filled_checklist(tab, demo_db)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "空白检查表.docx"
    _save_to(monkeypatch, out)
    reached, release = threading.Event(), threading.Event()
    name = "render_locked" if stage == "render" else "atomic_write_bytes"
    original = getattr(module, name)

    def held(*args):  # type: ignore[no-untyped-def]
        result = original(*args)
        reached.set()
        assert release.wait(30)
        return result

    monkeypatch.setattr(module, name, held)
    finished: list[str] = []
    tab.exportFinished.connect(lambda state, _value: finished.append(state))
    qtbot.mouseClick(tab.blank_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(reached.is_set, timeout=30000)
    dialog = tab.progress_dialog()
    assert dialog is not None
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "取消"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: finished == ["cancelled"], timeout=30000)
    assert tab.wait_for_jobs(5000)
    assert not out.exists()
    assert list(folder.iterdir()) == []  # no temporary file left either
    assert not tab.export_running() and tab.blank_button.isEnabled()


def test_failed_export_is_shown(tab: ChecklistsTab, demo_db, qtbot, monkeypatch,
                                tmp_path: Path) -> None:
    _filled_checklist(tab, demo_db)
    _save_to(monkeypatch, tmp_path / "没有这个文件夹" / "检查表.pdf")
    errors: list[str] = []
    monkeypatch.setattr("xuncha_desktop.ui.checklists_tab.show_error",
                        lambda _p, err: errors.append(err.message))
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(errors), timeout=30000)
    assert not tab.export_running() and tab.print_button.isEnabled()
    assert not (tmp_path / "没有这个文件夹").exists()


def test_layout_comes_from_the_form(tab: ChecklistsTab) -> None:
    """forms/checklists_tab.ui: named widgets, mnemonics, and the box for the evidence panel."""
    from PySide6.QtWidgets import QVBoxLayout

    ui = tab.ui
    assert tab.tree is ui.itemTree and tab.score_label is ui.scoreLabel
    assert [ui.sideTabs.tabText(i) for i in range(ui.sideTabs.count())] == [
        "评价", "延伸巡查", "配合情况"]
    assert [b.text() for b in (tab.new_button, tab.finish_button, tab.print_button,
                               tab.blank_button, tab.template_button)] == [
        "新建检查表(&C)", "完成检查表(&G)", "导出填写表(&E)…", "导出空白表(&B)…", "编辑模板(&M)…"]
    box = tab.evidence_container
    assert box.objectName() == "evidenceContainer" and isinstance(box.layout(), QVBoxLayout)
    assert ui.editorPane.isAncestorOf(box)
    assert [tab.filter_combo.itemText(i) for i in range(tab.filter_combo.count())] == [
        "全部检查项", NOT_DONE, NONCONFORMING]


def test_breach_evidence_is_attached_to_the_selected_breach(tab: ChecklistsTab, demo_db, qtbot,  # type: ignore[no-untyped-def]
                                                            monkeypatch, tmp_path: Path) -> None:
    from xuncha_desktop.services import evidence as evs

    target, plan = free_target(demo_db)
    cid = cs.create_checklist(demo_db, target)
    tab.set_scope(plan, target)
    tab.open_checklist(cid)
    tab.side.setCurrentWidget(tab.ui.breachesPage)
    panel = tab.breach_evidence_panel
    assert tab.ui.breachesPage.isAncestorOf(panel) and panel.isVisible()
    assert panel.owner_kind is None and not panel.ui.addButton.isEnabled()
    # Ctrl+Shift+A stays with the check item's panel beside it (no ambiguous shortcut)
    assert panel.add_action.shortcut().isEmpty()
    assert tab.evidence_panel.add_action.shortcut().toString() == "Ctrl+Shift+A"
    assert (panel.ui.addButton.text(), panel.ui.openButton.text()) == ("添加证据(&W)…", "打开(&N)")

    answers = iter([dialogs.BreachInput(2, TODAY, "拒绝提供执法案卷", "县应急局"),
                    dialogs.BreachInput(3, TODAY, "未按时报送材料", "县住建局")])
    monkeypatch.setattr(dialogs.BreachDialog, "ask",
                        classmethod(lambda cls, parent, today: next(answers)))
    qtbot.mouseClick(tab.add_breach_button, Qt.MouseButton.LeftButton)
    first = units.list_breaches(demo_db, target)[0].id
    # the new record is selected, ready for its evidence
    assert (panel.owner_kind, panel.owner_id) == ("cooperation_breach", first)
    assert panel.ui.addButton.isEnabled() and panel.model.rowCount() == 0

    letter = tmp_path / "拒绝提供案卷的书面说明.pdf"
    letter.write_bytes(b"%PDF-1.4 letter")
    with qtbot.waitSignal(panel.attachmentsChanged, timeout=20000):
        panel.add_files([letter])
    qtbot.waitUntil(lambda: not panel.busy(), timeout=20000)
    assert panel.model.rowCount() == 1
    assert panel.model.data(panel.model.index(0, 0)) == "拒绝提供案卷的书面说明.pdf"
    assert [r.original_name for r in evs.list_attachments(demo_db, "cooperation_breach", first)] == [
        "拒绝提供案卷的书面说明.pdf"]

    # a second breach has its own (empty) evidence; going back shows the letter again
    qtbot.mouseClick(tab.add_breach_button, Qt.MouseButton.LeftButton)
    assert tab.breaches.rowCount() == 2
    assert panel.owner_id != first and panel.model.rowCount() == 0
    tab.select_breach(first)
    assert panel.owner_id == first and panel.model.rowCount() == 1
    # the score and list refresh after a breach keep the selection
    tab._refresh_side()
    assert panel.owner_id == first
    # another checklist: no breach selected, nothing to attach to
    tab._show(None)
    assert panel.owner_kind is None and panel.model.rowCount() == 0
