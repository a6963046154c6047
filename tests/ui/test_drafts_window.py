"""起草 window: draft, edit a section, draft again after the data changed, merge."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

sys.path.insert(0, str(Path(__file__).parents[1] / "services"))

from results_fixture import TODAY, Ids, add_finding_item_9, build

from xuncha_desktop.config import LocalSettings
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import XunchaError
from xuncha_desktop.services import drafts
from xuncha_desktop.ui import drafts_window as dw
from xuncha_desktop.ui.drafts_window import DraftsWindow

TIMEOUT = 20_000
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform, on show()


@pytest.fixture
def built(tmp_path: Path) -> Iterator[tuple[Database, Ids]]:
    db, ids = build(tmp_path / "w.db")
    yield db, ids
    db.close()


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(dw, "report_error", lambda _parent, err: shown.append(str(err)))
    return shown


def _window(qtbot: QtBot, db: Database, kind: str = "feedback",
            key: str | None = None) -> DraftsWindow:
    w = DraftsWindow(db, LocalSettings(operator="文书张"), kind=kind, source_key=key,
                     today=TODAY)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _draft(qtbot: QtBot, w: DraftsWindow) -> drafts.RedraftReport:
    with qtbot.waitSignal(w.draftFinished, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(w.ui.draftButton, Qt.MouseButton.LeftButton)
    status, report = blocker.args
    assert status == "done", report
    assert isinstance(report, drafts.RedraftReport)
    return report


def test_draft_edit_redraft_and_merge(qtbot: QtBot, built: tuple[Database, Ids],
                                      errors: list[str]) -> None:
    db, ids = built
    w = _window(qtbot, db, key=str(ids.sanya))
    assert w.ui.sourceCombo.currentText() == "2026年第一批 三亚市"
    assert "尚未起草" in w.ui.summaryLabel.text()
    _draft(qtbot, w)
    assert w.section_labels() == ["（开头）", "一、巡查基本情况", "二、主要成效", "三、存在的主要问题",
                                  "四、意见建议", "五、整改要求"]
    assert w.select_section("巡查基本情况")
    assert "延伸巡查单位6个，其中乡镇1个、部门2个、企业3家" in w.ui.sectionEdit.toPlainText()

    # The clerk adds a sentence to the problems and saves with Ctrl+S.
    assert w.select_section("存在的主要问题")
    w.ui.sectionEdit.setPlainText(w.ui.sectionEdit.toPlainText() + "\n以上问题已当面反馈。")
    assert w.ui.saveButton.isEnabled()
    qtbot.keyClick(w, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "三、存在的主要问题　✎ 已修改" in w.section_labels()
    assert "已修改（文书张" in w.ui.editedLabel.text()

    add_finding_item_9(db, ids)
    report = _draft(qtbot, w)
    assert [c.key for c in report.conflicts] == ["存在的主要问题"]
    assert "待合并 1 节" in w.ui.summaryLabel.text()
    assert "三、存在的主要问题　⚠ 待合并" in w.section_labels()
    assert w.current_section() is not None and w.current_section().key == "存在的主要问题"
    assert w.ui.mergeBox.isVisible()
    assert "+ " in w.ui.diffView.toPlainText() and "事故信息报送不及时" in w.ui.diffView.toPlainText()
    assert "以上问题已当面反馈。" in w.ui.sectionEdit.toPlainText()  # the clerk's text is kept
    assert w.select_section("巡查基本情况")  # not edited: followed the data
    assert "巡查共发现问题隐患6项" in w.ui.sectionEdit.toPlainText()

    # Merge: start from the new draft, put the clerk's sentence back, save.
    assert w.select_section("存在的主要问题")
    qtbot.mouseClick(w.ui.editNewButton, Qt.MouseButton.LeftButton)
    assert "事故信息报送不及时" in w.ui.sectionEdit.toPlainText()
    w.ui.sectionEdit.setPlainText(w.ui.sectionEdit.toPlainText() + "\n以上问题已当面反馈。")
    qtbot.mouseClick(w.ui.saveMergedButton, Qt.MouseButton.LeftButton)
    assert "三、存在的主要问题　✎ 已修改" in w.section_labels()
    assert not w.ui.mergeBox.isVisible()
    stored = {s.key: s for s in drafts.sections(db, "feedback", str(ids.sanya))}
    assert "事故信息报送不及时" in stored["存在的主要问题"].text
    assert stored["存在的主要问题"].text.endswith("以上问题已当面反馈。")
    assert errors == []
    assert not _draft(qtbot, w).conflicts  # nothing left to merge


@pytest.mark.parametrize("choice", ["takeNewButton", "keepMineButton"])
def test_take_new_or_keep_mine(qtbot: QtBot, built: tuple[Database, Ids], errors: list[str],
                               choice: str) -> None:
    db, ids = built
    w = _window(qtbot, db, key=str(ids.sanya))
    _draft(qtbot, w)
    w.select_section("存在的主要问题")
    w.ui.sectionEdit.setPlainText("我的文字。")
    assert w.save_section()
    add_finding_item_9(db, ids)
    _draft(qtbot, w)
    qtbot.mouseClick(getattr(w.ui, choice), Qt.MouseButton.LeftButton)
    text = drafts.sections(db, "feedback", str(ids.sanya))[3].text
    if choice == "takeNewButton":
        assert "事故信息报送不及时" in text and "我的文字" not in text
        assert "三、存在的主要问题" in w.section_labels()
    else:
        assert text == "我的文字。"
        assert "三、存在的主要问题　✎ 已修改" in w.section_labels()
    assert "已合并“三、存在的主要问题”" in w.ui.summaryLabel.text()


def test_broken_table_is_refused_and_the_section_stays(
    qtbot: QtBot, built: tuple[Database, Ids], errors: list[str],
) -> None:
    db, ids = built
    w = _window(qtbot, db, key=str(ids.sanya))
    _draft(qtbot, w)
    w.select_section("主要成效")
    before = w.current_section()
    assert before is not None
    w.ui.sectionEdit.setPlainText("| 项目 | 情况 |\n| 只有一列 |")
    w.ui.sectionList.setCurrentRow(0)  # switching sections saves first: refused here
    assert len(errors) == 1 and "“二、主要成效”一节的格式有误" in errors[0]
    assert "第 2 行有 1 列，表头有 2 列" in errors[0]
    assert w.current_section() is not None and w.current_section().key == "主要成效"
    assert drafts.sections(db, "feedback", str(ids.sanya))[2].text == before.text
    w.ui.sectionEdit.setPlainText("  ")
    assert not w.save_section() and "章节内容不能为空" in errors[-1]


def test_report_lists_batches_and_annual_lists_years(
    qtbot: QtBot, built: tuple[Database, Ids], errors: list[str],
) -> None:
    db, ids = built
    w = _window(qtbot, db, kind="report")
    items = [w.ui.sourceCombo.itemText(i) for i in range(w.ui.sourceCombo.count())]
    assert items == ["整批：2026年第一批（2 个市县）", "2026年第一批 三亚市", "2026年第一批 文昌市"]
    assert w.source_id() == -ids.batch1
    report = _draft(qtbot, w)
    assert "四、重大隐患和非法违法行为及处理情况" in w.section_labels()
    assert all(c.status == drafts.NEW for c in report.changes)
    w.ui.kindCombo.setCurrentIndex(w.ui.kindCombo.findData("annual-report"))
    assert w.ui.sourceCombo.currentText() == "2026年度" and w.source_id() == 2026
    _draft(qtbot, w)
    assert "四、三年全覆盖情况" in w.section_labels()
    w.select_section("三年全覆盖情况")
    assert "应巡查19个市县" in w.ui.sectionEdit.toPlainText()
    assert errors == []


def test_draft_failure_is_shown_in_chinese(qtbot: QtBot, built: tuple[Database, Ids],
                                           errors: list[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    db, ids = built
    w = _window(qtbot, db, key=str(ids.sanya))

    def broken(*_a: object, **_k: object) -> None:
        raise XunchaError("模板第 3 行使用了未知的占位符“{{ x }}”")

    monkeypatch.setattr(dw.drafted, "draft_for", broken)
    with qtbot.waitSignal(w.draftFinished, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(w.ui.draftButton, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == "failed"
    assert errors == ["模板第 3 行使用了未知的占位符“{{ x }}”"]
    assert w.ui.summaryLabel.text() == "起草未完成。"
    assert drafts.sections(db, "feedback", str(ids.sanya)) == []


def test_main_window_menu_opens_the_window(qtbot: QtBot, window: object,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(DraftsWindow, "ask",
                        classmethod(lambda cls, parent, db, settings, kind, today: opened.append(kind)))
    menu = window.drafts_menu  # type: ignore[attr-defined]
    assert menu.title() == "文书(&D)"
    actions = menu.actions()
    assert [a.text() for a in actions] == ["起草巡查反馈意见(&F)…", "起草巡查报告(&R)…",
                                           "起草年度巡查工作情况报告(&Y)…"]
    for a in actions:
        a.trigger()
    assert opened == ["feedback", "report", "annual-report"]


def test_preview_opens_the_documents_window_on_this_document(
    qtbot: QtBot, built: tuple[Database, Ids], errors: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from xuncha_desktop.ui.documents_window import DocumentsWindow

    db, ids = built
    w = _window(qtbot, db, kind="report", key=f"batch-{ids.batch1}")
    _draft(qtbot, w)
    w.select_section("意见建议")
    w.ui.sectionEdit.setPlainText("请省安委会审议。")  # unsaved: saved before the preview
    seen: list[object] = []

    def fake_exec(self: DocumentsWindow) -> int:
        row = self.selected_draft()
        seen.append(row.key if row is not None else None)
        seen.append(self.drafts_model.data(self.drafts_model.index(
            self.ui.draftsView.currentIndex().row(), 1)))
        return 0

    monkeypatch.setattr(DocumentsWindow, "exec", fake_exec)
    qtbot.mouseClick(w.ui.previewButton, Qt.MouseButton.LeftButton)
    assert seen == [("report", -ids.batch1), f"batch-{ids.batch1}"]
    assert drafts.sections(db, "report", f"batch-{ids.batch1}")[-1].text == "请省安委会审议。"
    assert errors == []


def test_switching_document_saves_the_edit_to_the_one_it_belongs_to(
    qtbot: QtBot, built: tuple[Database, Ids], errors: list[str],
) -> None:
    db, ids = built
    w = _window(qtbot, db, key=str(ids.sanya))
    _draft(qtbot, w)
    w.select_section("主要成效")
    w.ui.sectionEdit.setPlainText("三亚市的成效。")  # not saved yet
    w.ui.sourceCombo.setCurrentIndex(w.ui.sourceCombo.findData(str(ids.wenchang)))
    assert drafts.sections(db, "feedback", str(ids.sanya))[2].text == "三亚市的成效。"
    assert drafts.sections(db, "feedback", str(ids.wenchang)) == []
    assert w.section_labels() == [] and "尚未起草" in w.ui.summaryLabel.text()
    # A broken edit keeps the clerk on the document it belongs to.
    w.ui.sourceCombo.setCurrentIndex(w.ui.sourceCombo.findData(str(ids.sanya)))
    w.select_section("主要成效")
    w.ui.sectionEdit.setPlainText("| 甲 | 乙 |\n| 1 |")
    w.ui.kindCombo.setCurrentIndex(w.ui.kindCombo.findData("annual-report"))
    assert errors and "格式有误" in errors[-1]
    assert (w.kind, w.source_key) == ("feedback", str(ids.sanya))
    assert w.ui.sectionEdit.toPlainText() == "| 甲 | 乙 |\n| 1 |"
