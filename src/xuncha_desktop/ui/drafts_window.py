"""起草 the 巡查反馈意见, the 巡查报告 and the annual report, section by section
(forms/drafts_window.ui).

The clerk picks the kind and the target, batch or year, and clicks 起草: the sections are
drafted from the data (in a worker thread) and stored. Each section opens in the editor; the
clerk's text is saved with 保存本节 (Ctrl+S) and also when another section is chosen,
the document is drafted again or the window is closed, so an edit is never lost. Drafting
again lists what changed: sections the clerk has not edited follow the data, sections the
clerk edited keep the clerk's text and are marked “待合并”, with the diff and the choice
采用新稿 / 保留我的文字 / 在新稿上修改 + 保存合并结果. 预览与导出 opens the 公文与发文登记
window on this document (PDF preview, 正式发文 with 文号, Word or PDF).

Dialogs that ask or tell the clerk something are module functions so that tests replace them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QAction, QBrush, QColor, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidgetItem,
    QMenu,
    QProgressDialog,
    QWidget,
)

from xuncha_desktop.config import LocalSettings
from xuncha_desktop.db.engine import Database
from xuncha_desktop.db.models import DocumentDraft
from xuncha_desktop.documents import drafted
from xuncha_desktop.errors import XunchaError
from xuncha_desktop.services import drafts, results
from xuncha_desktop.services.drafts import Change, RedraftReport, Section
from xuncha_desktop.ui.conflict_dialog import RELOAD, save_or_resolve
from xuncha_desktop.ui.dialogs import show_error
from xuncha_desktop.ui.documents_jobs import Cancelled, Job

__all__ = ["DraftsWindow", "install_drafts_menu", "report_error"]

KIND_NAMES = {
    drafted.FEEDBACK: "巡查反馈意见",
    drafted.REPORT: "巡查报告（报省安委会）",
    drafted.ANNUAL: "年度巡查工作情况报告（含考核情况表）",
}
_CONFLICT_COLOUR = QColor("#8a4b00")
_EDITED_COLOUR = QColor("#1d4f91")


def _tr(text: str) -> str:
    return QCoreApplication.translate("DraftsWindow", text)


def report_error(parent: QWidget | None, err: XunchaError) -> None:
    """Show a domain error (tests replace this function)."""
    show_error(parent, err)


def _source_items(db: Database, kind: str, today: dt.date) -> list[tuple[str, str]]:
    """(key, label) of what can be drafted for ``kind`` (tours begun by ``today``)."""
    if kind == drafted.ANNUAL:
        return [(s.key, s.title) for s in results.year_sources(db)]
    targets = [(s.key, s.title) for s in results.target_sources(db, today)]
    if kind == drafted.REPORT:
        batches = [(s.key, _tr("整批：") + s.title) for s in results.batch_sources(db, today)]
        return batches + targets
    return targets


class DraftsWindow(QDialog):
    """起草文稿. ``today`` fixes the drafting date (tests)."""

    #: A draft finished: ("done" | "failed", the RedraftReport or the error).
    draftFinished = Signal(str, object)

    def __init__(self, db: Database, settings: LocalSettings, parent: QWidget | None = None, *,
                 kind: str = drafted.FEEDBACK, source_key: str | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        from xuncha_desktop.ui.forms.ui_drafts_window import Ui_DraftsWindow

        self.ui = Ui_DraftsWindow()
        self.ui.setupUi(self)
        self.db = db
        self.settings = settings
        self._today = today
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._job: Job | None = None
        self._progress: QProgressDialog | None = None
        self._sections: list[Section] = []
        self._pending: dict[str, Change] = {}
        self._current: str | None = None
        self._doc: tuple[str, str] | None = None  # (kind, source key) of the sections shown
        self._loading = False
        self.last_report: RedraftReport | None = None

        close = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setText(_tr("关闭"))
        self.ui.buttonBox.rejected.connect(self.reject)
        for k, name in KIND_NAMES.items():
            self.ui.kindCombo.addItem(_tr(name), k)
        self.ui.kindCombo.setCurrentIndex(max(0, self.ui.kindCombo.findData(kind)))
        self.ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        self.ui.sourceCombo.currentIndexChanged.connect(self._source_changed)
        self.ui.sectionList.currentRowChanged.connect(self._section_selected)
        self.ui.draftButton.clicked.connect(self.draft)
        self.ui.previewButton.clicked.connect(self.open_preview)
        self.ui.saveButton.clicked.connect(self.save_section)
        self.ui.resetButton.clicked.connect(self.reset_section)
        self.ui.takeNewButton.clicked.connect(lambda: self.merge("take_new"))
        self.ui.keepMineButton.clicked.connect(lambda: self.merge("keep_mine"))
        self.ui.editNewButton.clicked.connect(self.edit_new)
        self.ui.saveMergedButton.clicked.connect(lambda: self.merge("merged"))
        self.ui.sectionEdit.textChanged.connect(self._update_buttons)
        for keys, slot in ((QKeySequence("Ctrl+S"), self.save_section),
                           (QKeySequence(Qt.Key.Key_F5), self.draft)):
            act = QAction(self)
            act.setShortcut(keys)
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
        self.ui.summaryLabel.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = self.ui.diffView.font()
        mono.setStyleHint(mono.StyleHint.TypeWriter)
        self.ui.diffView.setFont(mono)
        self.ui.mainLayout.setStretchFactor(self.ui.splitter, 1)
        self.ui.editorLayout.setStretchFactor(self.ui.sectionEdit, 3)
        self.ui.editorLayout.setStretchFactor(self.ui.mergeBox, 2)
        self.ui.splitter.setStretchFactor(0, 2)
        self.ui.splitter.setStretchFactor(1, 5)
        self._initial_size()
        self._load_sources(source_key)

    # -- set-up ---------------------------------------------------------------------------------
    def _initial_size(self) -> None:
        char = self.fontMetrics().horizontalAdvance("国")
        line = self.fontMetrics().height()
        self.ui.sectionList.setMinimumWidth(char * 10)
        self.ui.sectionEdit.setMinimumHeight(line * 8)
        self.ui.diffView.setMinimumHeight(line * 5)
        width, height = char * 80, line * 40
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            avail = screen.availableGeometry()
            width = min(width, int(avail.width() * 0.94))
            height = min(height, int(avail.height() * 0.92))
        self.resize(width, height)

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    @property
    def kind(self) -> str:
        return str(self.ui.kindCombo.currentData())

    @property
    def source_key(self) -> str | None:
        key = self.ui.sourceCombo.currentData()
        return str(key) if key is not None else None

    def source_id(self) -> int | None:
        key = self.source_key
        return drafted.parse_source(self.kind, key) if key is not None else None

    def set_status(self, text: str) -> None:
        self.ui.summaryLabel.setText(text)

    # -- sources --------------------------------------------------------------------------------
    def _load_sources(self, select: str | None = None) -> None:
        self._loading = True
        try:
            self.ui.sourceCombo.clear()
            try:
                items = _source_items(self.db, self.kind, self.today())
            except XunchaError as err:
                report_error(self, err)
                items = []
            for key, label in items:
                self.ui.sourceCombo.addItem(label, key)
            if select is not None:
                self.ui.sourceCombo.setCurrentIndex(max(0, self.ui.sourceCombo.findData(select)))
        finally:
            self._loading = False
        if not items:
            self.set_status(_tr("没有可起草的内容：巡查计划开始实施后，才能起草反馈意见和报告。"))
        self._source_changed()

    def _restore_choice(self) -> None:
        """Put the combos back on the document whose unsaved text could not be saved."""
        if self._doc is None:
            return
        kind, key = self._doc
        self._loading = True
        try:
            if self.kind != kind:
                self.ui.kindCombo.setCurrentIndex(self.ui.kindCombo.findData(kind))
                self.ui.sourceCombo.clear()
                for k, label in _source_items(self.db, kind, self.today()):
                    self.ui.sourceCombo.addItem(label, k)
            self.ui.sourceCombo.setCurrentIndex(self.ui.sourceCombo.findData(key))
        finally:
            self._loading = False

    @Slot()
    def _kind_changed(self, _index: int = -1) -> None:
        if self._loading:
            return
        if not self.save_pending():  # the edit belongs to the document shown until now
            self._restore_choice()
            return
        self._load_sources()

    @Slot()
    def _source_changed(self, _index: int = -1) -> None:
        if self._loading:
            return
        if not self.save_pending():
            self._restore_choice()
            return
        self._pending = {}
        self.last_report = None
        self.reload_sections()
        if self.source_key is not None:
            if self._sections:
                self.set_status(_tr("已起草过：修改后点“保存本节”。数据有变化时点“起草”重新起草，"
                                    "您修改过的章节会保留。"))
            else:
                self.set_status(_tr("尚未起草：点“起草”从当前数据生成各节。"))

    # -- sections -------------------------------------------------------------------------------
    def reload_sections(self, select: str | None = None) -> None:
        key = self.source_key
        self._doc = (self.kind, key) if key is not None else None
        self._sections = drafts.sections(self.db, self.kind, key) if key is not None else []
        keep = select if select is not None else self._current
        self._loading = True
        try:
            self.ui.sectionList.clear()
            for s in self._sections:
                item = QListWidgetItem(self._section_label(s))
                item.setData(Qt.ItemDataRole.UserRole, s.key)
                if s.key in self._pending:
                    item.setForeground(QBrush(_CONFLICT_COLOUR))
                elif s.edited:
                    item.setForeground(QBrush(_EDITED_COLOUR))
                self.ui.sectionList.addItem(item)
        finally:
            self._loading = False
        keys = [s.key for s in self._sections]
        row = keys.index(keep) if keep in keys else (0 if keys else -1)
        self._current = None
        self.ui.sectionList.setCurrentRow(row)
        if row == -1:
            self._show_section(None)

    def _section_label(self, s: Section) -> str:
        title = s.title or _tr("（开头）")
        if s.key in self._pending:
            return title + _tr("　⚠ 待合并")
        if s.edited:
            return title + _tr("　✎ 已修改")
        return title

    def section_labels(self) -> list[str]:
        return [self.ui.sectionList.item(i).text() for i in range(self.ui.sectionList.count())]

    def current_section(self) -> Section | None:
        return next((s for s in self._sections if s.key == self._current), None)

    def select_section(self, key: str) -> bool:
        keys = [s.key for s in self._sections]
        if key not in keys:
            return False
        self.ui.sectionList.setCurrentRow(keys.index(key))
        return self._current == key

    @Slot(int)
    def _section_selected(self, row: int) -> None:
        if self._loading:
            return
        if self._current is not None and not self.save_pending():
            # stay on the section whose text could not be saved
            keys = [s.key for s in self._sections]
            self._loading = True
            self.ui.sectionList.setCurrentRow(keys.index(self._current))
            self._loading = False
            return
        section = self._sections[row] if 0 <= row < len(self._sections) else None
        self._show_section(section)

    def _show_section(self, section: Section | None) -> None:
        self._current = section.key if section is not None else None
        self._loading = True
        try:
            self.ui.sectionEdit.setPlainText(section.text if section is not None else "")
        finally:
            self._loading = False
        self.ui.sectionTitleLabel.setText(
            (section.title or _tr("（开头，标题之前的段落）")) if section is not None else "")
        if section is not None and section.edited:
            who = section.updated_by or ""
            when = f"{section.updated_at:%Y-%m-%d %H:%M}" if section.updated_at else ""
            self.ui.editedLabel.setText(_tr("已修改（{0} {1}）").format(who, when).strip())
        else:
            self.ui.editedLabel.setText("")
        change = self._pending.get(section.key) if section is not None else None
        self.ui.mergeBox.setVisible(change is not None)
        if change is not None:
            self.ui.diffView.setHtml(diff_html(change))
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        section = self.current_section()
        has = section is not None
        dirty = self.is_dirty()
        self.ui.sectionEdit.setEnabled(has)
        self.ui.saveButton.setEnabled(has and dirty)
        self.ui.resetButton.setEnabled(has and (section.edited if section else False))
        self.ui.draftButton.setEnabled(self.source_key is not None and self._job is None)
        self.ui.previewButton.setEnabled(self.source_key is not None)

    def is_dirty(self) -> bool:
        section = self.current_section()
        if section is None:
            return False
        return self._clean(self.ui.sectionEdit.toPlainText()) != section.text

    @staticmethod
    def _clean(text: str) -> str:
        return text.replace("\r\n", "\n").strip("\n")

    # -- editing --------------------------------------------------------------------------------
    def save_pending(self) -> bool:
        """Save the editor's text if it changed; False (error shown) if it cannot be saved."""
        if not self.is_dirty():
            return True
        return self.save_section()

    @Slot()
    def save_section(self) -> bool:
        section = self.current_section()
        if section is None or self._doc is None:
            return False
        kind, key = self._doc
        text = self._clean(self.ui.sectionEdit.toPlainText())
        title = section.title or drafted.INTRO
        try:
            drafted.check_section_text(text, title)
            # saved over the version the editor was filled from: a text somebody else saved
            # meanwhile shows the conflict dialog instead of being overwritten
            outcome = save_or_resolve(
                self, lambda: drafts.save_text(self.db, kind, key, section.key, text,
                                               operator=self.settings.operator or None),
                rows=[(DocumentDraft, section.id, section.version)],
                mine=lambda: {"章节": title, "内容": text},
                theirs=lambda: next(({"章节": title, "内容": s.text} for s in drafts.sections(
                    self.db, kind, key) if s.key == section.key), None))
            fresh = None if outcome.saved else next(
                (s for s in drafts.sections(self.db, kind, key) if s.key == section.key), None)
        except XunchaError as err:
            report_error(self, err)
            return False
        if not outcome.saved:
            if fresh is not None and outcome.choice == RELOAD:
                self._sections = [fresh if s.key == fresh.key else s for s in self._sections]
                self._show_section(fresh)
                self.set_status(_tr("已重新载入其他人保存的“{0}”。").format(title))
            elif fresh is not None:  # back to my text; saving again goes over theirs
                self._sections = [dataclasses.replace(s, version=fresh.version)
                                  if s.key == fresh.key else s for s in self._sections]
                self.set_status(_tr("“{0}”已被其他人修改，您的修改尚未保存，已保留在编辑框中；"
                                    "再次保存将以您的内容为准。").format(title))
            else:
                self.set_status(_tr("“{0}”已被其他人删除，您的修改没有保存，仍在编辑框中。")
                                .format(title))
            return False
        if self._doc == (self.kind, self.source_key):
            self.reload_sections(section.key)
        else:  # saved on the way to another document: that one is loaded next
            self._sections = [s for s in self._sections if s.key != section.key]
        self.set_status(_tr("已保存“{0}”。").format(section.title or drafted.INTRO))
        return True

    @Slot()
    def reset_section(self) -> None:
        section = self.current_section()
        if section is None:
            return
        self.ui.sectionEdit.setPlainText(section.generated)
        self.save_section()

    @Slot()
    def edit_new(self) -> None:
        change = self._pending.get(self._current or "")
        if change is not None:
            self.ui.sectionEdit.setPlainText(change.new)
            self.ui.sectionEdit.setFocus()

    def merge(self, choice: drafts.Choice) -> None:
        section = self.current_section()
        change = self._pending.get(self._current or "")
        if section is None or self._doc is None or change is None:
            return
        kind, key = self._doc
        merged = self._clean(self.ui.sectionEdit.toPlainText()) if choice == "merged" else None
        try:
            if merged is not None:
                drafted.check_section_text(merged, section.title or drafted.INTRO)
            kept = drafts.resolve(self.db, kind, key, section.key, choice, change.new,
                                  merged, operator=self.settings.operator or None)
        except XunchaError as err:
            report_error(self, err)
            return
        del self._pending[section.key]
        self.reload_sections(kept.key if kept is not None else None)
        left = len(self._pending)
        self.set_status(_tr("已合并“{0}”。").format(section.title or drafted.INTRO)
                        + (_tr("还有 {0} 节待合并。").format(left) if left else ""))

    # -- drafting (worker thread) -----------------------------------------------------------------
    @Slot()
    def draft(self) -> None:
        source_id = self.source_id()
        if source_id is None or self._job is not None:
            return
        if not self.save_pending():
            return
        db, kind, when = self.db, self.kind, self.today()
        operator = self.settings.operator or None

        def work(cancelled: Any) -> RedraftReport:
            fresh = drafted.draft_for(db, kind, source_id, doc_number=None, date=when,
                                      figures=False)
            if cancelled():  # nothing stored yet
                raise Cancelled
            return drafted.redraft(db, kind, source_id, fresh, operator=operator)

        job = Job(work)
        dialog = QProgressDialog(_tr("正在从数据起草各节…"), _tr("取消"), 0, 0, self)
        dialog.setWindowTitle(_tr("请稍候"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.canceled.connect(job.cancel)
        job.signals.done.connect(self._drafted)
        job.signals.cancelled.connect(self._draft_cancelled)
        job.signals.failed.connect(self._draft_failed)
        job.signals.crashed.connect(self._draft_crashed)
        self._job, self._progress = job, dialog
        self._update_buttons()
        self._pool.start(job)

    def _end_job(self) -> None:
        if self._progress is not None:
            self._progress.canceled.disconnect()
            self._progress.reset()
            self._progress.hide()
            self._progress.deleteLater()
        self._job = self._progress = None
        self._update_buttons()

    @Slot(object)
    def _drafted(self, report: object) -> None:
        self._end_job()
        assert isinstance(report, RedraftReport)
        self.last_report = report
        self._pending = {c.key: c for c in report.conflicts}
        first = next(iter(self._pending), None)
        self.reload_sections(first)
        self.set_status(_tr(report.summary))
        self.draftFinished.emit("done", report)

    @Slot()
    def _draft_cancelled(self) -> None:
        self._end_job()
        self.set_status(_tr("已取消起草，文稿没有改动。"))
        self.draftFinished.emit("cancelled", None)

    @Slot(object)
    def _draft_failed(self, err: object) -> None:
        self._end_job()
        self.set_status(_tr("起草未完成。"))
        if isinstance(err, XunchaError):
            report_error(self, err)
        self.draftFinished.emit("failed", err)

    @Slot(object)
    def _draft_crashed(self, info: object) -> None:
        self._end_job()
        self.set_status(_tr("起草出错。"))
        self.draftFinished.emit("failed", info)
        if isinstance(info, tuple) and len(info) == 3:
            sys.excepthook(*info)

    def wait_for_jobs(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    # -- preview and export ---------------------------------------------------------------------
    @Slot()
    def open_preview(self) -> None:
        source_id = self.source_id()
        if source_id is None or not self.save_pending():
            return
        from xuncha_desktop.ui.documents_window import DocumentsWindow

        window = DocumentsWindow(self.db, self.settings, self, today=self._today)
        window.select_draft(self.kind, source_id)
        try:
            window.exec()
        finally:
            window.deleteLater()

    def done(self, result: int) -> None:
        if self._job is not None:
            self._pool.waitForDone()
        if not self.save_pending():
            return
        super().done(result)

    @classmethod
    def ask(cls, parent: QWidget | None, db: Database, settings: LocalSettings, *,
            kind: str = drafted.FEEDBACK, today: dt.date | None = None) -> None:
        window = cls(db, settings, parent, kind=kind, today=today)
        try:
            window.exec()
        finally:
            window.deleteLater()


def diff_html(change: Change) -> str:
    """The diff of a pending section as coloured lines (added green, removed red, with ± so
    that it reads without colour too)."""
    rows: list[str] = []
    for line in change.diff:
        text = html.escape(line[1:]) or "&nbsp;"
        if line.startswith("@@"):
            rows.append("<div style='color:#666'>…</div>")
        elif line.startswith("+"):
            rows.append(f"<div style='color:#1d5c2e;background:#e6f4ea'>+ {text}</div>")
        elif line.startswith("-"):
            rows.append(f"<div style='color:#9b1c1c;background:#fbe9e9'>− {text}</div>")
        else:
            rows.append(f"<div>&nbsp;&nbsp;{text}</div>")
    if not change.new:
        rows.insert(0, "<div><b>" + html.escape(_tr("新稿中已没有这一节。")) + "</b></div>")
    return "".join(rows)


def install_drafts_menu(window: Any) -> QMenu:
    """文书 → 起草巡查反馈意见… / 起草巡查报告… / 起草年度巡查工作情况报告… in the main window."""
    menu = QMenu(_tr("文书(&D)"), window)
    window.ui.menubar.insertMenu(window.ui.menuTools.menuAction(), menu)
    for text, kind in ((_tr("起草巡查反馈意见(&F)…"), drafted.FEEDBACK),
                       (_tr("起草巡查报告(&R)…"), drafted.REPORT),
                       (_tr("起草年度巡查工作情况报告(&Y)…"), drafted.ANNUAL)):
        action = QAction(text, window)
        action.triggered.connect(
            lambda _=False, k=kind: DraftsWindow.ask(window, window.db, window.settings, kind=k,
                                                     today=window.today()))
        menu.addAction(action)
    window.drafts_menu = menu
    return menu
