"""公文与发文登记: preview, issue, export and print official documents; edit their wording.

Three tabs (forms/documents_window.ui):

* 可发文件 — every document that can be produced (巡查通知 per tour target, 约谈通知书 per
  interview), a PDF preview rendered in memory, 正式发文 (allocates the 文号 and registers
  the content), 另存为 Word/PDF, 打印, 用 Word 打开. An issued document is previewed and
  exported from its registered content.
* 发文登记 — the register (文号, 标题, 主送, files written with their SHA-256), preview, export
  and print again, 作废文号.
* 文书模板 — the wording template of each kind, with a live preview on sample data and the
  errors of a bad template shown in place of the preview.

Exports and issuing run in a worker thread (:mod:`.documents_jobs`) behind a progress dialog
with cancel. The window reads and writes through ``documents``/``services`` functions only.
Dialogs that ask the clerk something are module functions (``ask_confirm``,
``ask_save_path``, ``ask_void_reason``, ``ask_print``) so that tests can replace them.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QStandardPaths,
    Qt,
    QThreadPool,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLayout,
    QMessageBox,
    QProgressDialog,
    QTableView,
    QTreeWidgetItem,
    QWidget,
)

from xuncha_desktop.config import LocalSettings
from xuncha_desktop.db.engine import Database
from xuncha_desktop.documents.fonts import FontSet, resolve_fonts
from xuncha_desktop.documents.issue import (
    build_document,
    issue,
    issued_document,
    save_wording,
    template_text,
)
from xuncha_desktop.documents.templates import TEMPLATE_VARIABLES, validate_template
from xuncha_desktop.errors import ExportError, NotFoundError, ValidationError, XunchaError
from xuncha_desktop.services import document_data
from xuncha_desktop.services.document_data import IMPLEMENTED_KINDS, Exportable, list_exportables
from xuncha_desktop.services.issued import IssuedRow, list_issued
from xuncha_desktop.services.numbering import format_number, list_numbers, void_number
from xuncha_desktop.services.office_settings import DOC_KINDS
from xuncha_desktop.services.queries import format_date
from xuncha_desktop.services.wording import get_override, revert_override
from xuncha_desktop.ui.dialogs import show_error
from xuncha_desktop.ui.documents_jobs import (
    ExportOutcome,
    ExportRequest,
    Format,
    Job,
    export_file,
    render_locked,
    safe_filename,
)
from xuncha_desktop.ui.documents_models import (
    VOIDED,
    DraftRow,
    DraftsModel,
    RegisterModel,
    draft_rows,
    kind_label,
)
from xuncha_desktop.ui.documents_preview import PdfPreview, print_pdf
from xuncha_desktop.ui.forms.ui_documents_window import Ui_DocumentsWindow

__all__ = [
    "DocumentsWindow",
    "Target",
    "ask_confirm",
    "ask_print",
    "ask_save_path",
    "ask_void_reason",
    "export_file",
    "open_file",
    "print_pdf",
    "safe_filename",
    "suggested_filename",
    "temp_export_dir",
]

TAB_DRAFTS, TAB_REGISTER, TAB_WORDING = range(3)
WORDING_DEBOUNCE_MS = 600
_ERROR_STYLE = "color: #b00020;"
_HINT_STYLE = "color: #8a4b00;"
_FILTERS: dict[str, str] = {"pdf": "PDF 文件 (*.pdf)", "docx": "Word 文档 (*.docx)"}
_FORMAT_NAMES: dict[str, str] = {"pdf": "PDF", "docx": "Word"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentsWindow", text)


# ---------------------------------------------------------------------------------------------
# What the clerk is asked (module functions: tests replace them with monkeypatch)
# ---------------------------------------------------------------------------------------------
def ask_confirm(parent: QWidget | None, title: str, text: str, ok_text: str = "") -> bool:
    """A yes/no question; True when the clerk chose ``ok_text`` (default 确定)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    ok = box.addButton(ok_text or _tr("确定"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(_tr("取消"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    try:
        box.exec()
        return box.clickedButton() is ok
    finally:
        box.deleteLater()


def ask_save_path(
    parent: QWidget | None, title: str, suggested_path: str, name_filter: str
) -> str | None:
    """The path chosen in a save dialog (starting at ``suggested_path``), or None."""
    path, _selected = QFileDialog.getSaveFileName(parent, title, suggested_path, name_filter)
    return path or None


def ask_void_reason(parent: QWidget | None, number: str) -> str | None:
    """Why ``number`` is voided (required), or None when the clerk cancels."""
    text, ok = QInputDialog.getMultiLineText(
        parent,
        _tr("作废文号"),
        _tr("作废文号“{0}”后，该文号永不再用，此操作不能撤销。\n请填写作废理由：").format(number),
    )
    return text.strip() if ok and text.strip() else None


def ask_print(parent: QWidget | None, printer: QPrinter, page_count: int) -> bool:
    """The print dialog (printer, copies, page range); True when the clerk clicked 打印."""
    dialog = QPrintDialog(printer, parent)
    try:
        dialog.setWindowTitle(_tr("打印"))
        dialog.setMinMax(1, max(1, page_count))
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintCurrentPage, False)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintSelection, False)
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def open_file(path: Path) -> bool:
    """Open ``path`` with the system's default application (Word for .docx)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def temp_export_dir() -> Path:
    """Where 用 Word 打开 writes its copies (a fresh sub-folder each time)."""
    base = Path(tempfile.gettempdir()) / "xuncha-desktop"
    base.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix="word-", dir=base))


# ---------------------------------------------------------------------------------------------
# What an action works on
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Target:
    """A document to preview, export or print: a draft, or a registered (issued) document."""

    kind: str
    source_id: int
    subject: str
    recipient: str
    issued: IssuedRow | None

    @property
    def cache_key(self) -> tuple[Any, ...]:
        if self.issued is not None:
            return ("issued", self.issued.id)
        return ("draft", self.kind, self.source_id)


def suggested_filename(target: Target, fmt: str) -> str:
    """琼安委办〔2026〕1号 关于对三亚市开展安全生产巡查的通知.pdf; a draft: 标题（草稿）.pdf."""
    title = target.subject.strip() or kind_label(target.kind)
    if title == DOC_KINDS.get(target.kind) and target.recipient:
        title = f"{title}（{target.recipient}）"  # 约谈通知书（儋州市人民政府）
    if target.issued is not None and target.issued.number:
        base = f"{target.issued.number} {title}"
    else:
        base = title + _tr("（草稿）")
    return f"{safe_filename(base)}.{fmt}"


def _with_suffix(path: str, fmt: str) -> Path:
    p = Path(path)
    return p if p.suffix.lower() == f".{fmt}" else p.with_name(p.name + f".{fmt}")


class _WaitCursor:
    def __enter__(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        QApplication.restoreOverrideCursor()


# ---------------------------------------------------------------------------------------------
# The window
# ---------------------------------------------------------------------------------------------
class DocumentsWindow(QDialog):
    """公文与发文登记. Needs an open database and the workstation's settings (fonts, operator).

    ``fonts`` may be passed in (tests share one lookup); otherwise the fonts are looked up on
    first use from ``settings.fonts``. ``today`` fixes the 成文日期 of drafts (tests).
    """

    #: A worker finished: ("done" | "cancelled" | "failed", result or error).
    jobFinished = Signal(str, object)
    #: A preview was (re)drawn: (area "draft" | "register" | "wording", pages; 0 = a message).
    previewUpdated = Signal(str, int)
    #: The wording editor's text was checked: True = rendered, False = rejected (error shown).
    wordingChecked = Signal(bool)

    def __init__(
        self,
        db: Database,
        settings: LocalSettings,
        parent: QWidget | None = None,
        *,
        fonts: FontSet | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_DocumentsWindow()
        self.ui.setupUi(self)
        self.db = db
        self.settings = settings
        self._fonts = fonts
        self._today = today
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._job: Job | None = None
        self._job_handler: Any = None
        self._progress: QProgressDialog | None = None
        self._warnings: list[str] = []
        self._pdf_cache: dict[tuple[Any, ...], bytes] = {}
        self._draft_meta: dict[tuple[str, int], tuple[str, str]] = {}
        self._last_dir = ""
        self._wording_kind = ""
        self._wording_saved = ""
        self._wording_sample: Exportable | None = None

        close = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setText(_tr("关闭"))
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.fontHintLabel.setStyleSheet(_HINT_STYLE)
        self.ui.fontHintLabel.hide()
        self.ui.draftStateLabel.setStyleSheet("font-weight: bold;")

        self._setup_tables()
        self._setup_wording()
        self._setup_actions()
        self._connect()
        self._initial_size()
        self.refresh()

    # -- set-up --------------------------------------------------------------------------------
    def _setup_tables(self) -> None:
        self.drafts_model = DraftsModel(self)
        self.register_model = RegisterModel(self)
        for view, model in (
            (self.ui.draftsView, self.drafts_model),
            (self.ui.registerView, self.register_model),
        ):
            view.setModel(model)
            header = view.horizontalHeader()
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            header.setStretchLastSection(False)
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # 标题
            header.setMinimumSectionSize(view.fontMetrics().horizontalAdvance("国国国"))
            view.setTextElideMode(Qt.TextElideMode.ElideRight)
            view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.draftsSplitter.setStretchFactor(0, 5)
        self.ui.draftsSplitter.setStretchFactor(1, 5)
        self.ui.registerSplitter.setStretchFactor(0, 6)
        self.ui.registerSplitter.setStretchFactor(1, 4)

    def _setup_wording(self) -> None:
        for kind in IMPLEMENTED_KINDS:
            if kind in TEMPLATE_VARIABLES:
                self.ui.kindCombo.addItem(kind_label(kind), kind)
        self.ui.wordingErrorLabel.setStyleSheet(_ERROR_STYLE + " font-weight: bold;")
        self.ui.wordingHintLabel.setStyleSheet("color: palette(text);")
        self._wording_timer = QTimer(self)
        self._wording_timer.setSingleShot(True)
        self._wording_timer.setInterval(WORDING_DEBOUNCE_MS)
        self._wording_timer.timeout.connect(self.render_wording)
        mono = self.ui.templateEdit.font()
        mono.setStyleHint(mono.StyleHint.TypeWriter)
        self.ui.templateEdit.setFont(mono)
        self.ui.templateEdit.setMinimumWidth(self.fontMetrics().horizontalAdvance("国") * 30)
        self.ui.wordingSplitter.setStretchFactor(0, 6)
        self.ui.wordingSplitter.setStretchFactor(1, 5)
        self.ui.wordingLeftSplitter.setStretchFactor(0, 3)
        self.ui.wordingLeftSplitter.setStretchFactor(1, 1)
        self.ui.variablesTree.header().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )

    def _setup_actions(self) -> None:
        def action(text: str, keys: QKeySequence, slot: Any) -> QAction:
            act = QAction(text, self)
            act.setShortcut(keys)
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.printAction = action(
            _tr("打印…"), QKeySequence(QKeySequence.StandardKey.Print), self.print_current
        )
        self.savePdfAction = action(_tr("另存为 PDF…"), QKeySequence("Ctrl+S"), self._save_shortcut)
        self.saveWordAction = action(
            _tr("另存为 Word…"), QKeySequence("Ctrl+Shift+S"), lambda: self.save_as("docx")
        )
        self.refreshAction = action(_tr("刷新"), QKeySequence(Qt.Key.Key_F5), self.refresh)

    def _connect(self) -> None:
        ui = self.ui
        ui.draftFilterEdit.textChanged.connect(self._filter_drafts)
        ui.draftsView.selectionModel().selectionChanged.connect(self._draft_selected)
        ui.registerView.selectionModel().selectionChanged.connect(self._register_selected)
        ui.issueButton.clicked.connect(self.issue_selected)
        for button, fmt in (
            (ui.saveWordButton, "docx"),
            (ui.savePdfButton, "pdf"),
            (ui.registerSaveWordButton, "docx"),
            (ui.registerSavePdfButton, "pdf"),
        ):
            button.clicked.connect(lambda _=False, f=fmt: self.save_as(f))
        ui.printButton.clicked.connect(self.print_current)
        ui.registerPrintButton.clicked.connect(self.print_current)
        ui.openWordButton.clicked.connect(self.open_in_word)
        ui.registerOpenWordButton.clicked.connect(self.open_in_word)
        ui.voidButton.clicked.connect(self.void_selected)
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        ui.templateEdit.textChanged.connect(self._wording_edited)
        ui.saveWordingButton.clicked.connect(self.save_wording)
        ui.revertWordingButton.clicked.connect(self.revert_wording)
        ui.variablesTree.itemDoubleClicked.connect(self._insert_variable)
        ui.templateEdit.cursorPositionChanged.connect(self._show_cursor_line)
        ui.tabs.currentChanged.connect(self._update_buttons)

    def _initial_size(self) -> None:
        char = self.fontMetrics().horizontalAdvance("国")
        line = self.fontMetrics().height()
        # A fixed minimum, in units of the font (so it grows with the display scaling), instead
        # of one the layout recomputes whenever a label's text changes.
        self.ui.mainLayout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(char * 60, line * 30)
        width, height = char * 92, line * 46
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            avail = screen.availableGeometry()
            width = min(width, int(avail.width() * 0.94))
            height = min(height, int(avail.height() * 0.92))
        self.resize(width, height)

    # -- helpers -------------------------------------------------------------------------------
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def fonts(self) -> FontSet:
        """The fonts for rendering (looked up once; raises ExportError when there are none)."""
        if self._fonts is None:
            with _WaitCursor():
                self._fonts = resolve_fonts(self.settings.fonts or None)
        return self._fonts

    def set_status(self, text: str) -> None:
        self.ui.statusLabel.setText(text)

    def _note_warnings(self, warnings: tuple[str, ...] | list[str]) -> None:
        """Font warnings, each shown once, in the label under the tabs (never a popup)."""
        new = [w for w in warnings if w not in self._warnings]
        if not new:
            return
        self._warnings.extend(new)
        first = self._warnings[0]
        text = _tr("字体提示：") + first
        if len(self._warnings) > 1:
            text += _tr("（另有 {0} 条提示，鼠标指向此处查看全部）").format(len(self._warnings) - 1)
        self.ui.fontHintLabel.setText(text)
        self.ui.fontHintLabel.setToolTip("\n".join(self._warnings))
        self.ui.fontHintLabel.show()

    def font_hint(self) -> str:
        return self.ui.fontHintLabel.text()

    def _selected_row(self, view: QTableView) -> Any:
        indexes = view.selectionModel().selectedRows()
        if not indexes:
            return None
        return view.model().data(indexes[0], Qt.ItemDataRole.UserRole)

    def selected_draft(self) -> DraftRow | None:
        row = self._selected_row(self.ui.draftsView)
        return row if isinstance(row, DraftRow) else None

    def selected_issued(self) -> IssuedRow | None:
        row = self._selected_row(self.ui.registerView)
        return row if isinstance(row, IssuedRow) else None

    def _select(self, view: QTableView, row: int) -> None:
        if row < 0:
            return
        view.selectRow(row)
        view.scrollTo(view.model().index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)

    def select_draft(self, kind: str, source_id: int) -> bool:
        row = self.drafts_model.find(lambda r: r.key == (kind, source_id))
        self._select(self.ui.draftsView, row)
        return row >= 0

    def select_issued(self, issued_id: int) -> bool:
        row = self.register_model.find(lambda r: r.id == issued_id)
        self._select(self.ui.registerView, row)
        return row >= 0

    def current_target(self) -> Target | None:
        """The document the tab shown works on (None on the wording tab or with nothing picked)."""
        tab = self.ui.tabs.currentIndex()
        if tab == TAB_DRAFTS:
            draft = self.selected_draft()
            if draft is None:
                return None
            if draft.issued is not None:
                return self._issued_target(draft.issued)
            subject, recipient = self._draft_meta.get(draft.key, (draft.item.title, ""))
            return Target(draft.item.kind, draft.item.id, subject, recipient, None)
        if tab == TAB_REGISTER:
            row = self.selected_issued()
            return self._issued_target(row) if row is not None else None
        return None

    @staticmethod
    def _issued_target(row: IssuedRow) -> Target:
        return Target(row.kind, row.source_id, row.subject, row.recipient, row)

    def pdf_for(self, target: Target) -> bytes:
        """The PDF of ``target`` (rendered once, in memory). Raises XunchaError."""
        key = target.cache_key
        cached = self._pdf_cache.get(key)
        if cached is not None:
            return cached
        fonts = self.fonts()
        with _WaitCursor():
            if target.issued is not None:
                _row, doc = issued_document(self.db, target.issued.id)
            else:
                draft = build_document(self.db, target.kind, target.source_id, date=self.today())
                doc = draft.document
                self._draft_meta[(target.kind, target.source_id)] = (
                    draft.subject,
                    draft.recipient,
                )
            data = render_locked(doc, "pdf", fonts)
            warnings = fonts.warnings_for(doc)
        self._pdf_cache[key] = data
        self._note_warnings(warnings)
        return data

    def _show_preview(
        self, area: str, preview: PdfPreview, target: Target | None, empty: str
    ) -> bool:
        if target is None:
            preview.show_message(empty)
            self.previewUpdated.emit(area, 0)
            return False
        try:
            data = self.pdf_for(target)
        except XunchaError as err:
            preview.show_message(
                _tr("无法预览：") + err.message + ("\n" + err.hint if err.hint else "")
            )
            self.previewUpdated.emit(area, 0)
            return False
        pages = preview.set_pdf(data)
        self.previewUpdated.emit(area, pages)
        return pages > 0

    # -- refresh -------------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        """Reload both lists (F5); drafts are rendered again from the current data."""
        self._pdf_cache = {k: v for k, v in self._pdf_cache.items() if k[0] == "issued"}
        self._draft_meta.clear()
        self._reload()
        if not self._wording_kind:
            self._kind_changed(self.ui.kindCombo.currentIndex())

    def _reload(self) -> None:
        draft = self.selected_draft()
        issued_row = self.selected_issued()
        try:
            items = list_exportables(self.db, today=self.today())
            issued_rows = list_issued(self.db)
            numbers = list_numbers(self.db)
        except XunchaError as err:
            show_error(self, err)
            return
        self.drafts_model.set_rows(draft_rows(items, issued_rows))
        self.register_model.set_register(issued_rows, numbers)
        for view in (self.ui.draftsView, self.ui.registerView):
            view.resizeColumnsToContents()
        if draft is None or not self.select_draft(*draft.key):
            self._draft_selected()
        if issued_row is None or not self.select_issued(issued_row.id):
            self._register_selected()
        self._update_counts()

    def _update_counts(self) -> None:
        shown, total = self.drafts_model.rowCount(), self.drafts_model.total()
        self.ui.draftCountLabel.setText(
            _tr("共 {0} 项").format(total)
            if shown == total
            else _tr("显示 {0} / {1} 项").format(shown, total)
        )
        voided = sum(1 for r in self.register_model.all_rows() if r.number_state == VOIDED)
        text = _tr("已登记 {0} 份公文").format(self.register_model.total())
        if voided:
            text += _tr("，其中 {0} 个文号已作废").format(voided)
        self.ui.registerCountLabel.setText(text + _tr("。选中一行可预览、另存或打印。"))

    def _filter_drafts(self, text: str) -> None:
        draft = self.selected_draft()
        self.drafts_model.set_filter(text)
        if draft is None or not self.select_draft(*draft.key):
            self._draft_selected()
        self._update_counts()

    # -- drafts tab ----------------------------------------------------------------------------
    def _draft_selected(self, *_args: object) -> None:
        draft = self.selected_draft()
        ui = self.ui
        if draft is None:
            ui.draftStateLabel.setText(_tr("请在左侧选择要预览或发文的文件。"))
            ui.draftInfoLabel.clear()
            self._show_preview("draft", ui.draftPreview, None, _tr("没有选中的文件。"))
            self._update_buttons()
            return
        target = Target(draft.item.kind, draft.item.id, draft.item.title, "", None)
        if draft.issued is not None:
            target = self._issued_target(draft.issued)
        ok = self._show_preview("draft", ui.draftPreview, target, "")
        if draft.issued is not None:
            ui.draftStateLabel.setText(draft.state)
            ui.draftInfoLabel.setText(
                _tr("主送：{0}　成文日期：{1}　登记人：{2}").format(
                    draft.issued.recipient,
                    format_date(draft.issued.issued_on),
                    draft.issued.operator,
                )
            )
        else:
            ui.draftStateLabel.setText(draft.state)
            _subject, recipient = self._draft_meta.get(draft.key, ("", ""))
            ui.draftInfoLabel.setText(
                _tr("主送：{0}　成文日期（预览）：{1}").format(
                    recipient or _tr("（无）"), format_date(self.today())
                )
                if ok
                else ""
            )
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        ui = self.ui
        draft = self.selected_draft()
        has_draft = draft is not None and ui.draftPreview.page_count() > 0
        for b in (ui.saveWordButton, ui.savePdfButton, ui.printButton, ui.openWordButton):
            b.setEnabled(has_draft)
        ui.issueButton.setEnabled(has_draft and draft is not None and draft.issued is None)
        ui.issueButton.setToolTip(
            _tr("已发文。如需重新发文，请先在“发文登记”中作废原文号。")
            if draft is not None and draft.issued is not None
            else _tr("分配发文字号并登记，之后预览和导出都使用登记的内容")
        )
        row = self.selected_issued()
        has_row = row is not None and ui.registerPreview.page_count() > 0
        for b in (
            ui.registerSaveWordButton,
            ui.registerSavePdfButton,
            ui.registerPrintButton,
            ui.registerOpenWordButton,
        ):
            b.setEnabled(has_row)
        ui.voidButton.setEnabled(row is not None and row.number_state != VOIDED)
        tab = ui.tabs.currentIndex()
        has_target = (tab == TAB_DRAFTS and has_draft) or (tab == TAB_REGISTER and has_row)
        for act in (self.printAction, self.saveWordAction):
            act.setEnabled(has_target)
        self.savePdfAction.setEnabled(has_target or tab == TAB_WORDING)

    def issue_selected(self) -> None:
        """正式发文: confirm (kind, recipient, the 文号 to come), then issue in the worker."""
        draft = self.selected_draft()
        if draft is None or draft.issued is not None:
            return
        kind, source_id = draft.key
        try:
            office = document_data.office(self.db)
            prefix = office.doc_prefixes.get(kind, "")
            year = self.today().year
            taken = [n.number for n in list_numbers(self.db, prefix, year)] if prefix else []
        except XunchaError as err:
            show_error(self, err)
            return
        subject, recipient = self._draft_meta.get(draft.key, (draft.item.title, ""))
        number = format_number(prefix, year, max(taken, default=0) + 1)
        text = _tr(
            "文种：{0}\n标题：{1}\n主送：{2}\n成文日期：{3}\n\n"
            "将分配发文字号：{4}（机关代字“{5}”，{6}年度；以实际分配为准）\n\n"
            "发文后文号即登记在册，不能收回，只能作废。确定正式发文吗？"
        ).format(
            kind_label(kind),
            subject,
            recipient or _tr("（无）"),
            format_date(self.today()),
            number,
            prefix,
            year,
        )
        if not ask_confirm(self, _tr("正式发文"), text, _tr("正式发文")):
            return
        db, when, operator = self.db, self.today(), self.settings.operator

        def work(_cancelled: Any) -> IssuedRow:
            return issue(db, kind, source_id, date=when, operator=operator)

        self._start_job(
            _tr("正在分配文号并登记发文，请稍候…"), work, self._issued, cancellable=False
        )

    def _issued(self, row: IssuedRow) -> None:
        self._reload()
        self.select_draft(row.kind, row.source_id)
        self.set_status(_tr("已发文：{0}　{1}").format(row.number, row.subject))

    # -- register tab --------------------------------------------------------------------------
    def _register_selected(self, *_args: object) -> None:
        row = self.selected_issued()
        target = self._issued_target(row) if row is not None else None
        self._show_preview(
            "register", self.ui.registerPreview, target, _tr("请在左侧选择一份已登记的公文。")
        )
        self._update_buttons()

    def void_selected(self) -> None:
        """作废文号…: asks a reason, then voids the number of the selected registration."""
        row = self.selected_issued()
        if row is None or row.number_state == VOIDED:
            return
        number = self.register_model.number_row(row)
        if number is None:
            show_error(self, NotFoundError(_tr("找不到文号“{0}”的登记。").format(row.number)))
            return
        reason = ask_void_reason(self, row.number)
        if not reason:
            return
        try:
            void_number(self.db, number.id, reason, self.settings.operator)
        except XunchaError as err:
            show_error(self, err)
            return
        self._reload()
        self.set_status(_tr("文号 {0} 已作废。该文件可在“可发文件”中重新发文。").format(row.number))

    # -- export, open, print -------------------------------------------------------------------
    def _save_shortcut(self) -> None:
        if self.ui.tabs.currentIndex() == TAB_WORDING:
            self.save_wording()
        else:
            self.save_as("pdf")

    def save_as(self, fmt: Format) -> None:
        """另存为 Word…/PDF…: ask where, then write the file in the worker."""
        target = self.current_target()
        if target is None:
            self.set_status(_tr("请先选择要保存的文件。"))
            return
        start = Path(
            self._last_dir
            or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )
        title = _tr("另存为 {0}").format(_FORMAT_NAMES[fmt])
        chosen = ask_save_path(
            self, title, str(start / suggested_filename(target, fmt)), _tr(_FILTERS[fmt])
        )
        if not chosen:
            return
        path = _with_suffix(chosen, fmt)
        self._last_dir = str(path.parent)
        self._export(target, fmt, path, record=True, then=self._saved)

    def open_in_word(self) -> None:
        """用 Word 打开: a copy in a temporary folder, opened by the default .docx program."""
        target = self.current_target()
        if target is None:
            return
        try:
            folder = temp_export_dir()
        except OSError as exc:
            show_error(self, ExportError(_tr("无法创建临时文件夹：") + str(exc.strerror or exc)))
            return
        path = folder / suggested_filename(target, "docx")
        self._export(target, "docx", path, record=False, then=self._opened)

    def _export(self, target: Target, fmt: Format, path: Path, *, record: bool, then: Any) -> None:
        try:
            fonts = self.fonts()
        except XunchaError as err:
            show_error(self, err)
            return
        request = ExportRequest(
            fmt=fmt,
            path=path,
            kind=target.kind,
            source_id=target.source_id,
            issued_id=target.issued.id if target.issued is not None else None,
            date=self.today(),
            record=record,
        )
        db, operator = self.db, self.settings.operator

        def work(cancelled: Any) -> ExportOutcome:
            return export_file(db, fonts, request, cancelled, operator)

        self._start_job(_tr("正在生成“{0}”…").format(path.name), work, then)

    def _saved(self, outcome: ExportOutcome) -> None:
        self._note_warnings(outcome.warnings)
        text = _tr("已保存：{0}").format(outcome.path)
        if outcome.issued_id is not None:
            text += _tr("（已记入发文登记，SHA-256：{0}…）").format(outcome.sha256[:16])
            self._reload()
        self.set_status(text)

    def _opened(self, outcome: ExportOutcome) -> None:
        self._note_warnings(outcome.warnings)
        if not open_file(outcome.path):
            show_error(
                self,
                ExportError(
                    _tr("没有找到可以打开 Word 文档的程序。"),
                    hint=_tr("文件已保存在：{0}").format(outcome.path),
                ),
            )
            return
        self.set_status(_tr("已用默认程序打开：{0}").format(outcome.path))

    def print_current(self) -> None:
        """打印…: the print dialog, then every chosen page painted from the PDF."""
        target = self.current_target()
        if target is None:
            self.set_status(_tr("请先选择要打印的文件。"))
            return
        try:
            data = self.pdf_for(target)
        except XunchaError as err:
            show_error(self, err)
            return
        preview = (
            self.ui.draftPreview
            if self.ui.tabs.currentIndex() == TAB_DRAFTS
            else self.ui.registerPreview
        )
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setDocName(suggested_filename(target, "pdf")[:-4])
        if not ask_print(self, printer, preview.page_count()):
            return
        first = last = 0
        if printer.printRange() == QPrinter.PrintRange.PageRange:
            first, last = printer.fromPage(), printer.toPage()
        try:
            with _WaitCursor():
                pages = print_pdf(data, printer, first, last)
        except XunchaError as err:
            show_error(self, err)
            return
        self.set_status(_tr("已发送到打印机：{0}，共 {1} 页。").format(printer.docName(), pages))

    # -- the worker ----------------------------------------------------------------------------
    def wait_for_jobs(self, msecs: int = -1) -> bool:
        """Block until the worker is idle (closing, tests); True when it is."""
        return self._pool.waitForDone(msecs)

    def job_running(self) -> bool:
        return self._job is not None

    def progress_dialog(self) -> QProgressDialog | None:
        return self._progress

    def _start_job(self, label: str, fn: Any, then: Any, *, cancellable: bool = True) -> None:
        if self._job is not None:
            self.set_status(_tr("请等待当前操作完成。"))
            return
        job = Job(fn)
        dialog = QProgressDialog(label, _tr("取消"), 0, 0, self)
        dialog.setWindowTitle(_tr("请稍候"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if cancellable:
            dialog.canceled.connect(self.cancel_job)
        else:
            dialog.setCancelButton(None)
        dialog.setMinimumDuration(300)
        job.signals.done.connect(self._job_done)
        job.signals.failed.connect(self._job_failed)
        job.signals.cancelled.connect(self._job_cancelled)
        job.signals.crashed.connect(self._job_crashed)
        self._job, self._job_handler, self._progress = job, then, dialog
        self.set_status(label)
        self._pool.start(job)

    @Slot()
    def cancel_job(self) -> None:
        """Cancel the running export: it stops before it writes (or removes what it wrote)."""
        if self._job is not None:
            self._job.cancel()
            self.set_status(_tr("正在取消…"))

    def _end_job(self) -> Any:
        handler = self._job_handler
        if self._progress is not None:
            self._progress.canceled.disconnect()
            self._progress.reset()
            self._progress.hide()
            self._progress.deleteLater()
        self._job = self._job_handler = self._progress = None
        return handler

    @Slot(object)
    def _job_done(self, result: object) -> None:
        handler = self._end_job()
        handler(result)
        self.jobFinished.emit("done", result)

    @Slot(object)
    def _job_failed(self, err: object) -> None:
        self._end_job()
        self.set_status(_tr("操作未完成。"))
        if isinstance(err, XunchaError):
            show_error(self, err)
        self.jobFinished.emit("failed", err)

    @Slot()
    def _job_cancelled(self) -> None:
        self._end_job()
        self.set_status(_tr("已取消，没有保存文件。"))
        self.jobFinished.emit("cancelled", None)

    @Slot(object)
    def _job_crashed(self, info: object) -> None:
        self._end_job()
        self.set_status(_tr("操作出错。"))
        self.jobFinished.emit("failed", info)
        if isinstance(info, tuple) and len(info) == 3:
            sys.excepthook(*info)

    # -- wording tab ---------------------------------------------------------------------------
    def wording_kind(self) -> str:
        return self._wording_kind

    def wording_dirty(self) -> bool:
        return (
            bool(self._wording_kind) and self.ui.templateEdit.toPlainText() != self._wording_saved
        )

    def _kind_changed(self, index: int) -> None:
        kind = self.ui.kindCombo.itemData(index)
        if not kind or kind == self._wording_kind:
            return
        if self.wording_dirty() and not ask_confirm(
            self,
            _tr("放弃修改"),
            _tr("“{0}”的模板有未保存的修改，切换后将丢失。确定切换吗？").format(
                kind_label(self._wording_kind)
            ),
        ):
            old = self.ui.kindCombo.findData(self._wording_kind)
            self.ui.kindCombo.blockSignals(True)
            self.ui.kindCombo.setCurrentIndex(old)
            self.ui.kindCombo.blockSignals(False)
            return
        self.load_wording(str(kind))

    def load_wording(self, kind: str) -> None:
        """Show the current wording of ``kind`` (the office's own, or the shipped one)."""
        try:
            text = template_text(self.db, kind)
            samples = list_exportables(self.db, kind, today=self.today())
        except XunchaError as err:
            show_error(self, err)
            return
        self._wording_kind = kind
        self._wording_saved = text
        self._wording_sample = samples[0] if samples else None
        tree = self.ui.variablesTree
        tree.clear()
        for name, description in TEMPLATE_VARIABLES[kind].items():
            # "str 被巡查市县，如“三亚市”": the type is for template authors, kept in the tooltip.
            type_name, _, meaning = description.partition(" ")
            item = QTreeWidgetItem([f"{{{{ {name} }}}}", meaning or description])
            item.setToolTip(0, _tr("类型：{0}").format(type_name))
            item.setToolTip(1, meaning or description)
            tree.addTopLevelItem(item)
        self.ui.wordingSampleLabel.setText(
            _tr("预览示例：{0}").format(self._wording_sample.title)
            if self._wording_sample is not None
            else _tr("没有可用作示例的数据：只检查模板，不生成预览。")
        )
        self.ui.templateEdit.blockSignals(True)
        self.ui.templateEdit.setPlainText(text)
        self.ui.templateEdit.blockSignals(False)
        self._show_cursor_line()
        self._update_wording_label()
        self.render_wording()

    def _update_wording_label(self) -> None:
        kind = self._wording_kind
        try:
            has_override = get_override(self.db, kind) is not None
        except XunchaError:
            has_override = False
        text = _tr("当前使用：本单位修改的措辞") if has_override else _tr("当前使用：系统默认措辞")
        if self.wording_dirty():
            text += _tr("（有未保存的修改）")
        self.ui.wordingSourceLabel.setText(text)
        self.ui.revertWordingButton.setEnabled(has_override or self.wording_dirty())

    def _wording_edited(self) -> None:
        self._update_wording_label()
        self._wording_timer.start()

    def _show_cursor_line(self) -> None:
        """Errors name a line: show the line of the cursor (1-based, as in the messages)."""
        cursor = self.ui.templateEdit.textCursor()
        self.ui.cursorLabel.setText(
            _tr("第 {0} 行，第 {1} 列").format(
                cursor.blockNumber() + 1, cursor.positionInBlock() + 1
            )
        )

    def _insert_variable(self, item: QTreeWidgetItem, _column: int) -> None:
        self.ui.templateEdit.insertPlainText(item.text(0))
        self.ui.templateEdit.setFocus()

    def _show_wording_error(self, err: XunchaError) -> None:
        self.ui.wordingErrorLabel.setText(err.message)
        self.ui.wordingHintLabel.setText(err.hint)
        self.ui.wordingStack.setCurrentWidget(self.ui.wordingErrorPage)

    def wording_error(self) -> str:
        """The error shown in place of the preview ("" while the preview is shown)."""
        if self.ui.wordingStack.currentWidget() is self.ui.wordingErrorPage:
            return self.ui.wordingErrorLabel.text()
        return ""

    @Slot()
    def render_wording(self) -> None:
        """Check the edited text and redraw the preview on the sample (or show the error)."""
        self._wording_timer.stop()
        kind = self._wording_kind
        if not kind:
            return
        text = self.ui.templateEdit.toPlainText()
        try:
            validate_template(text, TEMPLATE_VARIABLES[kind])
            if self._wording_sample is None:
                self.ui.wordingPreview.show_message(_tr("模板检查通过。没有可用作示例的数据。"))
                pages = 0
            else:
                fonts = self.fonts()
                with _WaitCursor():
                    draft = build_document(
                        self.db, kind, self._wording_sample.id, text=text, date=self.today()
                    )
                    data = render_locked(draft.document, "pdf", fonts)
                pages = self.ui.wordingPreview.set_pdf(data)
        except XunchaError as err:
            self._show_wording_error(err)
            self.previewUpdated.emit("wording", 0)
            self.wordingChecked.emit(False)
            return
        self.ui.wordingStack.setCurrentWidget(self.ui.wordingPreviewPage)
        self.previewUpdated.emit("wording", pages)
        self.wordingChecked.emit(True)

    def save_wording(self) -> None:
        """保存模板: refused, with the reason, when the text has an error."""
        kind = self._wording_kind
        if not kind:
            return
        text = self.ui.templateEdit.toPlainText()
        try:
            save_wording(self.db, kind, text, self.settings.operator)
        except ValidationError as err:
            self._show_wording_error(err)
            self.set_status(_tr("模板未保存：") + err.message)
            show_error(self, err)
            return
        except XunchaError as err:
            show_error(self, err)
            return
        self._wording_saved = text
        self._update_wording_label()
        self._wording_changed(kind)
        self.set_status(
            _tr("“{0}”的模板已保存，新生成的草稿将使用新措辞。").format(kind_label(kind))
        )

    def revert_wording(self) -> None:
        """恢复默认…: after confirmation, drop the office's wording and use the shipped one."""
        kind = self._wording_kind
        if not kind:
            return
        if not ask_confirm(
            self,
            _tr("恢复默认"),
            _tr("确定删除本单位修改的“{0}”措辞，恢复为系统默认模板吗？").format(kind_label(kind)),
            _tr("恢复默认"),
        ):
            return
        try:
            revert_override(self.db, kind, self.settings.operator)
        except XunchaError as err:
            show_error(self, err)
            return
        self._wording_kind = ""
        self.load_wording(kind)
        self._wording_changed(kind)
        self.set_status(_tr("“{0}”已恢复为系统默认措辞。").format(kind_label(kind)))

    def _wording_changed(self, kind: str) -> None:
        """Drafts of ``kind`` are worded anew: drop their cached previews."""
        self._pdf_cache = {
            k: v for k, v in self._pdf_cache.items() if not (k[0] == "draft" and k[1] == kind)
        }
        draft = self.selected_draft()
        if draft is not None and draft.item.kind == kind and draft.issued is None:
            self._draft_selected()

    # -- closing -------------------------------------------------------------------------------
    def reject(self) -> None:
        """Esc / 关闭: asks before unsaved wording is lost; waits for a running job."""
        if self.wording_dirty() and not ask_confirm(
            self,
            _tr("放弃修改"),
            _tr("“{0}”的模板有未保存的修改，关闭后将丢失。确定关闭吗？").format(
                kind_label(self._wording_kind)
            ),
        ):
            return
        super().reject()

    def done(self, result: int) -> None:
        if self._job is not None:
            self._job.cancel()
        self._pool.waitForDone()
        self._wording_timer.stop()
        super().done(result)

    @classmethod
    def ask(cls, parent: QWidget | None, db: Database, settings: LocalSettings) -> None:
        """Open the window modally (文件 → 公文与发文登记…)."""
        window = cls(db, settings, parent)
        try:
            window.exec()
        finally:
            window.deleteLater()
