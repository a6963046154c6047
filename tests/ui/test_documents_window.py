"""公文与发文登记 window: preview, issue, export, cancel, print, register, void, wording."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from xuncha_desktop.config import LocalSettings
from xuncha_desktop.db.engine import Database
from xuncha_desktop.documents.fonts import FontSet, resolve_fonts
from xuncha_desktop.documents.templates import load_template_text
from xuncha_desktop.errors import ValidationError
from xuncha_desktop.services import demo
from xuncha_desktop.services.bootstrap import open_for_use
from xuncha_desktop.services.document_data import list_exportables, notice_facts
from xuncha_desktop.services.issued import list_issued
from xuncha_desktop.services.wording import get_override
from xuncha_desktop.ui import documents_window as dw
from xuncha_desktop.ui.documents_jobs import Cancelled, ExportRequest, export_file, safe_filename
from xuncha_desktop.ui.documents_models import RegisterModel
from xuncha_desktop.ui.documents_window import DocumentsWindow, Target, print_pdf

TODAY = dt.date(2026, 7, 14)
FIRST_NUMBER = "琼安委办〔2026〕1号"
TIMEOUT = 20_000


# ---------------------------------------------------------------------------------------------
# Fixtures: one demo database per module, copied for each test
# ---------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def demo_db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("docdemo") / "d.db"
    db = open_for_use(path, operator="测试")
    try:
        demo.generate_demo(db, seed=3, today=TODAY)
    finally:
        db.close()
    return path


@pytest.fixture(scope="module")
def fonts() -> FontSet:
    return resolve_fonts({})


@pytest.fixture
def doc_db(demo_db_file: Path, tmp_path: Path) -> Iterator[Database]:
    target = tmp_path / "d.db"
    shutil.copyfile(demo_db_file, target)
    db = open_for_use(target, operator="测试")
    try:
        yield db
    finally:
        db.close()


class Recorder:
    """Stands in for the modal dialogs: records what was asked, answers as told."""

    def __init__(self) -> None:
        self.errors: list[Any] = []
        self.confirms: list[tuple[str, str]] = []
        self.confirm_answer = True
        self.save_requests: list[tuple[str, str, str]] = []
        self.save_answer: str | None = None
        self.opened: list[Path] = []


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    rec = Recorder()

    def confirm(parent: Any, title: str, text: str, ok_text: str = "") -> bool:
        rec.confirms.append((title, text))
        return rec.confirm_answer

    def save_path(parent: Any, title: str, suggested: str, name_filter: str) -> str | None:
        rec.save_requests.append((title, suggested, name_filter))
        return rec.save_answer

    def opened(path: Path) -> bool:
        rec.opened.append(path)
        return True

    monkeypatch.setattr(dw, "show_error", lambda parent, err: rec.errors.append(err))
    monkeypatch.setattr(dw, "ask_confirm", confirm)
    monkeypatch.setattr(dw, "ask_save_path", save_path)
    monkeypatch.setattr(dw, "open_file", opened)
    monkeypatch.setattr(dw, "ask_void_reason", lambda parent, number: pytest.fail("not asked"))
    monkeypatch.setattr(dw, "ask_print", lambda parent, printer, n: pytest.fail("not asked"))
    return rec


@pytest.fixture
def win(
    qtbot: QtBot, doc_db: Database, fonts: FontSet, asked: Recorder
) -> Iterator[DocumentsWindow]:
    w = DocumentsWindow(doc_db, LocalSettings(operator="测试员"), fonts=fonts, today=TODAY)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.wait_for_jobs()
    w.close()


def first_notice(db: Database) -> tuple[int, str]:
    item = next(x for x in list_exportables(db) if x.kind == "notice")
    return item.id, notice_facts(db, item.id).region


def select_first_notice(w: DocumentsWindow) -> tuple[int, str]:
    target_id, region = first_notice(w.db)
    assert w.select_draft("notice", target_id)
    return target_id, region


def issue_first_notice(qtbot: QtBot, w: DocumentsWindow) -> tuple[int, str]:
    target_id, region = select_first_notice(w)
    with qtbot.waitSignal(w.jobFinished, timeout=TIMEOUT) as blocker:
        w.ui.issueButton.click()
    assert blocker.args[0] == "done"
    return target_id, region


def pdf_text(path: Path) -> str:
    return "".join(page.extract_text() or "" for page in PdfReader(path).pages)


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts.extend(cell.text for row in table.rows for cell in row.cells)
    return "\n".join(parts)


def column_texts(model: Any, column: int) -> list[str]:
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


# ---------------------------------------------------------------------------------------------
# 可发文件
# ---------------------------------------------------------------------------------------------
def test_drafts_list_notices_with_chinese_titles(win: DocumentsWindow) -> None:
    model = win.drafts_model
    kinds = column_texts(model, 0)
    titles = column_texts(model, 2)
    assert "巡查通知" in kinds and "约谈通知书" in kinds
    notice_titles = [t for k, t in zip(kinds, titles, strict=True) if k == "巡查通知"]
    assert notice_titles and all(
        t.startswith("关于对") and "巡查的通知" in t for t in notice_titles
    )
    assert set(column_texts(model, 3)) == {"草稿（未编文号）"}
    assert win.ui.draftCountLabel.text() == f"共 {model.rowCount()} 项"


def test_filter_box_narrows_the_list(qtbot: QtBot, win: DocumentsWindow) -> None:
    _id, region = first_notice(win.db)
    total = win.drafts_model.rowCount()
    win.ui.draftFilterEdit.setText(f"{region} 巡查通知")  # QTest types ASCII only
    titles = column_texts(win.drafts_model, 2)
    assert 0 < len(titles) < total
    assert all(region in t for t in titles)
    assert set(column_texts(win.drafts_model, 0)) == {"巡查通知"}
    assert win.ui.draftCountLabel.text() == f"显示 {len(titles)} / {total} 项"
    win.ui.draftFilterEdit.clear()
    assert win.drafts_model.rowCount() == total


def test_selecting_a_draft_shows_a_pdf_preview(qtbot: QtBot, win: DocumentsWindow) -> None:
    with qtbot.waitSignal(win.previewUpdated, timeout=TIMEOUT) as blocker:
        _id, region = select_first_notice(win)
    assert blocker.args[0] == "draft" and blocker.args[1] > 0
    preview = win.ui.draftPreview
    assert preview.page_count() > 0
    assert preview.pageLabel.text() == f"第 1 / {preview.page_count()} 页"
    assert region in preview.text()
    assert win.ui.draftStateLabel.text() == "草稿（未编文号）"
    assert f"主送：{region}" in win.ui.draftInfoLabel.text()
    assert win.ui.issueButton.isEnabled() and win.ui.savePdfButton.isEnabled()
    preview.nextButton.click()
    assert preview.current_page() == 1
    assert preview.pageLabel.text().startswith("第 2 / ")


def test_font_warnings_are_shown_once_in_the_hint_label(
    win: DocumentsWindow, fonts: FontSet
) -> None:
    select_first_notice(win)
    if not fonts.warnings:
        pytest.skip("all official fonts are installed here")
    hint = win.font_hint()
    assert hint.startswith("字体提示：") and fonts.warnings[0] in hint
    assert win.ui.fontHintLabel.toolTip().count(fonts.warnings[0]) == 1
    win.refresh()  # rendering again does not repeat a warning
    assert win.ui.fontHintLabel.toolTip().count(fonts.warnings[0]) == 1


# ---------------------------------------------------------------------------------------------
# 正式发文 and 发文登记
# ---------------------------------------------------------------------------------------------
def test_issue_allocates_the_number_and_registers(
    qtbot: QtBot, win: DocumentsWindow, asked: Recorder
) -> None:
    _id, region = issue_first_notice(qtbot, win)
    ((title, question),) = asked.confirms
    assert title == "正式发文"
    assert FIRST_NUMBER in question and "巡查通知" in question and f"{region}人民政府" in question
    assert win.ui.draftStateLabel.text() == f"已发文：{FIRST_NUMBER}"
    assert not win.ui.issueButton.isEnabled()
    # The preview now shows the registered document, with its number.
    assert FIRST_NUMBER in win.ui.draftPreview.text()
    assert column_texts(win.register_model, 1) == [FIRST_NUMBER]
    assert column_texts(win.register_model, 7) == ["已使用"]
    assert column_texts(win.register_model, 5) == ["测试员"]
    assert column_texts(win.register_model, 4) == ["2026年7月14日"]
    assert [r.number for r in list_issued(win.db)] == [FIRST_NUMBER]
    assert FIRST_NUMBER in win.ui.statusLabel.text()


def test_issue_declined_takes_no_number(win: DocumentsWindow, asked: Recorder) -> None:
    select_first_notice(win)
    asked.confirm_answer = False
    win.ui.issueButton.click()
    assert not win.job_running()
    assert list_issued(win.db) == []
    assert win.ui.draftStateLabel.text() == "草稿（未编文号）"


def test_save_issued_as_pdf_and_word(
    qtbot: QtBot, win: DocumentsWindow, asked: Recorder, tmp_path: Path
) -> None:
    _id, region = issue_first_notice(qtbot, win)
    out_pdf = tmp_path / "out" / "通知.pdf"
    out_pdf.parent.mkdir()
    asked.save_answer = str(out_pdf)
    with qtbot.waitSignal(win.jobFinished, timeout=TIMEOUT) as blocker:
        win.ui.savePdfButton.click()
    assert blocker.args[0] == "done", asked.errors
    title, suggested, name_filter = asked.save_requests[-1]
    assert title == "另存为 PDF" and "*.pdf" in name_filter
    assert Path(suggested).name == f"{FIRST_NUMBER} 关于对{region}开展安全生产巡查的通知.pdf"
    text = pdf_text(out_pdf)
    assert FIRST_NUMBER in text and region in text

    asked.save_answer = str(tmp_path / "out" / "通知")  # suffix added
    with qtbot.waitSignal(win.jobFinished, timeout=TIMEOUT):
        win.ui.saveWordButton.click()
    out_docx = tmp_path / "out" / "通知.docx"
    text = docx_text(out_docx)
    assert FIRST_NUMBER in text and region in text

    # Both files are in the register, with their SHA-256 in the tooltip.
    (row,) = list_issued(win.db)
    assert sorted(f.filename for f in row.files) == ["通知.docx", "通知.pdf"]
    model = win.register_model
    assert model.data(model.index(0, RegisterModel.FILES_COLUMN)) == "2 个"
    tip = model.data(model.index(0, RegisterModel.FILES_COLUMN), Qt.ItemDataRole.ToolTipRole)
    assert hashlib.sha256(out_pdf.read_bytes()).hexdigest() in tip
    assert hashlib.sha256(out_docx.read_bytes()).hexdigest() in tip


def test_save_draft_as_pdf(
    qtbot: QtBot, win: DocumentsWindow, asked: Recorder, tmp_path: Path
) -> None:
    _id, region = select_first_notice(win)
    asked.save_answer = str(tmp_path / "draft.pdf")
    with qtbot.waitSignal(win.jobFinished, timeout=TIMEOUT):
        qtbot.keyClick(win, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    _title, suggested, _filter = asked.save_requests[-1]
    assert Path(suggested).name == f"关于对{region}开展安全生产巡查的通知（草稿）.pdf"
    text = pdf_text(tmp_path / "draft.pdf")
    assert region in text and "〔2026〕" not in text
    assert list_issued(win.db) == []  # a draft is not registered


def test_cancelled_export_leaves_no_file(
    qtbot: QtBot,
    win: DocumentsWindow,
    asked: Recorder,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    select_first_notice(win)
    gate = threading.Event()
    real = dw.export_file

    def held_back(*args: Any) -> Any:
        assert gate.wait(10)
        return real(*args)

    monkeypatch.setattr(dw, "export_file", held_back)
    folder = tmp_path / "cancel"
    folder.mkdir()
    asked.save_answer = str(folder / "x.pdf")
    win.ui.savePdfButton.click()
    progress = win.progress_dialog()
    assert progress is not None and win.job_running()
    (cancel_button,) = progress.findChildren(QPushButton)
    assert cancel_button.text() == "取消"
    with qtbot.waitSignal(win.jobFinished, timeout=TIMEOUT) as blocker:
        cancel_button.click()
        gate.set()
    assert blocker.args[0] == "cancelled"
    assert list(folder.iterdir()) == []
    assert win.ui.statusLabel.text() == "已取消，没有保存文件。"
    assert not win.job_running() and win.progress_dialog() is None


def test_export_cancelled_after_writing_removes_the_file(
    doc_db: Database, fonts: FontSet, tmp_path: Path
) -> None:
    target_id, _region = first_notice(doc_db)
    folder = tmp_path / "out"
    folder.mkdir()
    answers = iter([False, False, True])  # cancelled just after the file was written
    request = ExportRequest("pdf", folder / "x.pdf", "notice", target_id, date=TODAY)
    with pytest.raises(Cancelled):
        export_file(doc_db, fonts, request, lambda: next(answers))
    assert list(folder.iterdir()) == []


def test_open_in_word_writes_a_temporary_copy(
    qtbot: QtBot,
    win: DocumentsWindow,
    asked: Recorder,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    issue_first_notice(qtbot, win)
    monkeypatch.setattr(dw, "temp_export_dir", lambda: tmp_path)
    with qtbot.waitSignal(win.jobFinished, timeout=TIMEOUT):
        win.ui.openWordButton.click()
    (opened,) = asked.opened
    assert opened.parent == tmp_path and opened.suffix == ".docx"
    assert FIRST_NUMBER in opened.name and FIRST_NUMBER in docx_text(opened)
    assert list_issued(win.db)[0].files == ()  # a temporary copy is not a registered file


def test_void_number_shows_voided(
    qtbot: QtBot, win: DocumentsWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    issue_first_notice(qtbot, win)
    win.ui.tabs.setCurrentWidget(win.ui.registerTab)
    with qtbot.waitSignal(win.previewUpdated, timeout=TIMEOUT) as blocker:
        assert win.select_issued(list_issued(win.db)[0].id)
    assert blocker.args == ["register", win.ui.registerPreview.page_count()]
    assert FIRST_NUMBER in win.ui.registerPreview.text()
    asked_numbers: list[str] = []

    def reason(parent: Any, number: str) -> str:
        asked_numbers.append(number)
        return "主送机关写错"

    monkeypatch.setattr(dw, "ask_void_reason", reason)
    win.ui.voidButton.click()
    assert asked_numbers == [FIRST_NUMBER]
    model = win.register_model
    assert column_texts(model, RegisterModel.STATE_COLUMN) == ["已作废"]
    tip = model.data(model.index(0, RegisterModel.STATE_COLUMN), Qt.ItemDataRole.ToolTipRole)
    assert tip == "作废理由：主送机关写错"
    assert not win.ui.voidButton.isEnabled()
    assert "已作废" in win.ui.registerCountLabel.text()
    # The draft can be issued again, and gets the next number.
    win.ui.tabs.setCurrentWidget(win.ui.draftsTab)
    assert win.ui.draftStateLabel.text() == "草稿（未编文号）"
    assert win.ui.issueButton.isEnabled()
    with qtbot.waitSignal(win.jobFinished, timeout=TIMEOUT):
        win.ui.issueButton.click()
    assert win.ui.draftStateLabel.text() == "已发文：琼安委办〔2026〕2号"


# ---------------------------------------------------------------------------------------------
# Printing
# ---------------------------------------------------------------------------------------------
def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_print_pdf_prints_every_page_or_the_range(win: DocumentsWindow, tmp_path: Path) -> None:
    select_first_notice(win)
    target = win.current_target()
    assert target is not None
    data = win.pdf_for(target)
    pages = len(PdfReader(io.BytesIO(data)).pages)
    assert pages >= 2
    assert print_pdf(data, _pdf_printer(tmp_path / "all.pdf")) == pages
    assert len(PdfReader(tmp_path / "all.pdf").pages) == pages
    assert print_pdf(data, _pdf_printer(tmp_path / "two.pdf"), 2, 3) == 2
    assert len(PdfReader(tmp_path / "two.pdf").pages) == 2


def test_print_action_honours_the_page_range(
    qtbot: QtBot, win: DocumentsWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    select_first_notice(win)
    out = tmp_path / "printed.pdf"
    seen: list[int] = []

    def fake_dialog(parent: Any, printer: QPrinter, page_count: int) -> bool:
        seen.append(page_count)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 2)
        return True

    monkeypatch.setattr(dw, "ask_print", fake_dialog)
    qtbot.keyClick(win, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert seen == [win.ui.draftPreview.page_count()]
    assert len(PdfReader(out).pages) == 1
    assert "共 1 页" in win.ui.statusLabel.text()


# ---------------------------------------------------------------------------------------------
# 文书模板
# ---------------------------------------------------------------------------------------------
def _edit(qtbot: QtBot, win: DocumentsWindow, text: str) -> bool:
    with qtbot.waitSignal(win.wordingChecked, timeout=TIMEOUT) as blocker:
        win.ui.templateEdit.setPlainText(text)
    return bool(blocker.args[0])


def test_template_with_unknown_placeholder_is_shown_and_not_saved(
    qtbot: QtBot, win: DocumentsWindow, asked: Recorder
) -> None:
    win.ui.tabs.setCurrentWidget(win.ui.wordingTab)
    assert win.wording_kind() == "notice"
    original = win.ui.templateEdit.toPlainText()
    lines = original.splitlines()
    sep = lines.index("---")
    lines.insert(sep + 1, "联系电话：{{ leader_phone }}")
    assert not _edit(qtbot, win, "\n".join(lines))
    error = win.wording_error()
    assert "{{ leader_phone }}" in error and f"第 {sep + 2} 行" in error
    assert win.ui.wordingErrorLabel.isVisible() and not win.ui.wordingPreview.isVisible()
    assert "（有未保存的修改）" in win.ui.wordingSourceLabel.text()
    win.ui.saveWordingButton.click()
    assert len(asked.errors) == 1 and isinstance(asked.errors[0], ValidationError)
    assert "{{ leader_phone }}" in asked.errors[0].message
    assert get_override(win.db, "notice") is None


def test_template_edit_saves_changes_preview_and_reverts(
    qtbot: QtBot, win: DocumentsWindow, asked: Recorder
) -> None:
    win.ui.tabs.setCurrentWidget(win.ui.wordingTab)
    original = win.ui.templateEdit.toPlainText()
    marker = "本次巡查不搞层层陪同"
    lines = original.splitlines()
    lines.insert(lines.index("---") + 1, marker)
    edited = "\n".join(lines)
    assert marker not in win.ui.wordingPreview.text()
    assert _edit(qtbot, win, edited)
    assert win.wording_error() == ""
    assert marker in win.ui.wordingPreview.text()
    win.ui.saveWordingButton.click()
    assert asked.errors == []
    assert get_override(win.db, "notice") == edited
    assert win.ui.wordingSourceLabel.text() == "当前使用：本单位修改的措辞"
    # New drafts use the new wording.
    win.ui.tabs.setCurrentWidget(win.ui.draftsTab)
    select_first_notice(win)
    assert marker in win.ui.draftPreview.text()

    win.ui.tabs.setCurrentWidget(win.ui.wordingTab)
    with qtbot.waitSignal(win.wordingChecked, timeout=TIMEOUT):
        win.ui.revertWordingButton.click()
    assert asked.confirms and asked.confirms[-1][0] == "恢复默认"
    assert get_override(win.db, "notice") is None
    assert win.ui.templateEdit.toPlainText() == load_template_text("notice")
    assert marker not in win.ui.wordingPreview.text()
    assert win.ui.wordingSourceLabel.text() == "当前使用：系统默认措辞"
    win.ui.tabs.setCurrentWidget(win.ui.draftsTab)
    assert marker not in win.ui.draftPreview.text()


def _variable_names(win: DocumentsWindow) -> list[str]:
    tree = win.ui.variablesTree
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return [item.text(0) for item in items if item is not None]


def test_wording_variables_and_kinds(win: DocumentsWindow) -> None:
    tree = win.ui.variablesTree
    names = _variable_names(win)
    assert "{{ region }}" in names and "{{ leader.name }}" in names
    region = tree.topLevelItem(names.index("{{ region }}"))
    assert region is not None and region.text(1) == "被巡查市县，如“三亚市”"
    win.ui.kindCombo.setCurrentIndex(win.ui.kindCombo.findText("约谈通知书"))
    assert win.wording_kind() == "interview-notice"
    names = _variable_names(win)
    assert "{{ interviewees }}" in names
    assert win.ui.wordingSampleLabel.text().startswith("预览示例：约谈通知书")


# ---------------------------------------------------------------------------------------------
# Models, names, keys, layout
# ---------------------------------------------------------------------------------------------
def test_models_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, win: DocumentsWindow
) -> None:
    issue_first_notice(qtbot, win)
    qtmodeltester.check(win.drafts_model)
    qtmodeltester.check(win.register_model)
    win.drafts_model.set_filter("约谈")
    win.drafts_model.sort(2, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(win.drafts_model)
    assert win.drafts_model.rowCount(QModelIndex()) > 0
    titles = column_texts(win.drafts_model, 2)
    assert titles == sorted(titles, reverse=True)


def test_file_names_are_safe_on_windows() -> None:
    assert safe_filename('a\\b/c:d*e?f"g<h>i|j. ') == "a_b_c_d_e_f_g_h_i_j"
    assert safe_filename("CON") == "_CON"
    assert safe_filename("") == "公文"
    target = Target("interview-notice", 1, "约谈通知书", "儋州市人民政府", None)
    assert dw.suggested_filename(target, "docx") == "约谈通知书（儋州市人民政府）（草稿）.docx"


def test_keyboard_shortcuts(qtbot: QtBot, win: DocumentsWindow, asked: Recorder) -> None:
    assert win.printAction.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert win.saveWordAction.shortcut() == QKeySequence("Ctrl+Shift+S")
    assert win.refreshAction.shortcut() == QKeySequence("F5")
    select_first_notice(win)
    qtbot.keyClick(
        win, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert asked.save_requests[-1][0] == "另存为 Word"  # answered None: nothing written
    qtbot.keyClick(win, Qt.Key.Key_F5)
    assert win.selected_draft() is not None  # the selection survives a refresh
    qtbot.keyClick(win, Qt.Key.Key_Escape)
    assert not win.isVisible()


def test_buttons_are_not_squeezed(qtbot: QtBot, win: DocumentsWindow) -> None:
    for tab in (win.ui.draftsTab, win.ui.registerTab, win.ui.wordingTab):
        win.ui.tabs.setCurrentWidget(tab)
        layout = tab.layout()
        assert layout is not None
        layout.activate()
        for button in tab.findChildren(QPushButton):
            assert button.width() >= button.sizeHint().width(), button.text()
            assert win.rect().contains(button.mapTo(win, button.rect().bottomRight()))


def test_closing_with_unsaved_wording_asks_first(
    qtbot: QtBot, win: DocumentsWindow, asked: Recorder
) -> None:
    win.ui.tabs.setCurrentWidget(win.ui.wordingTab)
    assert _edit(qtbot, win, win.ui.templateEdit.toPlainText() + "\n补充一段。")
    asked.confirm_answer = False
    qtbot.keyClick(win, Qt.Key.Key_Escape)
    assert win.isVisible()
    assert "未保存的修改" in asked.confirms[-1][1]
    asked.confirm_answer = True
    qtbot.keyClick(win, Qt.Key.Key_Escape)
    assert not win.isVisible()
    assert get_override(win.db, "notice") is None
