"""The 问题隐患 tab (forms/findings_tab.ui): the closed loop of every finding.

A paged, SQL-filtered and SQL-sorted table (filters: state, kind, 市县, sector, deadline status
and free text), a detail pane with the timeline of transitions, one button per transition,
batch 交办, the 整改通知书 and the ledger export (both off the UI thread, with progress and
cancel). :func:`install_findings_features` wires the tab into the main window: clickable
overdue/due-soon counts and the "fell due since you last looked" banner.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import html
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from xuncha_desktop.archive import evidence as evidence_store
from xuncha_desktop.config import save_settings
from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.documents import issue as issuing
from xuncha_desktop.documents.fonts import resolve_fonts
from xuncha_desktop.documents.ledger import LedgerCancelled, export_ledger
from xuncha_desktop.errors import ConflictError, XunchaError
from xuncha_desktop.services import findings as fs
from xuncha_desktop.services.queries import format_date, format_datetime
from xuncha_desktop.services.units import sector_choices, units_of_target
from xuncha_desktop.ui.conflict_dialog import KEEP, ConflictDialog
from xuncha_desktop.ui.dialogs import show_error
from xuncha_desktop.ui.evidence_jobs import run_blocking
from xuncha_desktop.ui.evidence_panel import EvidencePanel, archive_root_for
from xuncha_desktop.ui.finding_new_dialog import FindingNewDialog, NewFindingChoices
from xuncha_desktop.ui.findings_dialogs import (
    ActionInput,
    ConfirmPastDeadline,
    FindingActionDialog,
    FivePlanDialog,
    SaveFile,
    action_fields,
    field_text,
)
from xuncha_desktop.ui.forms.ui_findings_tab import Ui_FindingsTab
from xuncha_desktop.ui.table_model import PagedTableModel

if TYPE_CHECKING:
    from xuncha_desktop.ui.main_window import MainWindow

AnyIndex = QModelIndex | QPersistentModelIndex
SEARCH_DELAY_MS = 250
MAX_COLUMN_CHARS = 30

#: Light backgrounds that keep black text readable; the cell always says the status too.
STATUS_BACKGROUNDS = {
    fs.STATUS_OVERDUE: QColor("#f4b6b0"),  # red
    fs.STATUS_DUE_SOON: QColor("#b9d3f5"),  # blue
    fs.STATUS_BEHIND: QColor("#f7e08a"),  # yellow
}
STATUS_MARKS = {fs.STATUS_OVERDUE: "● ", fs.STATUS_DUE_SOON: "◆ ", fs.STATUS_BEHIND: "▲ "}
STATUS_TIPS = {
    fs.STATUS_OVERDUE: "逾期：整改期限已过，尚未销号",
    fs.STATUS_DUE_SOON: "即将到期：整改期限在提醒天数之内",
    fs.STATUS_BEHIND: "进度滞后：整改期限已过半（按设置的比例），责任单位尚未报告开始整改",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("findings", text)


# ---------------------------------------------------------------------------------------------
# Models
# ---------------------------------------------------------------------------------------------
class FindingsTableModel(PagedTableModel):
    """The findings list; deadline cells coloured red/blue/yellow and labelled in words."""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= self.columnCount():
            return None
        key = self.query.columns[index.column()].key
        if key in ("deadline", "deadline_status") and role in (
            Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            row = self.row_at(index.row())
            status = getattr(row, "deadline_status", None)
            if status not in STATUS_BACKGROUNDS:
                return super().data(index, role)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(STATUS_BACKGROUNDS[status])
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#000000"))
            return _tr(STATUS_TIPS[status])
        return super().data(index, role)

    def rows_at(self, rows: list[int]) -> list[fs.FindingListRow]:
        out = [self.row_at(r) for r in rows]
        return [r for r in out if r is not None]


class TimelineModel(QAbstractTableModel):
    """The transitions of one finding, oldest first."""

    HEADERS = ("时间", "事项", "状态", "操作员", "说明", "附件")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: tuple[fs.TimelineEntry, ...] = ()

    def set_entries(self, entries: tuple[fs.TimelineEntry, ...]) -> None:
        self.beginResetModel()
        self._entries = entries
        self.endResetModel()

    def entry(self, row: int) -> fs.TimelineEntry:
        return self._entries[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)

    def cell_text(self, row: int, column: int) -> str:
        e = self._entries[row]
        if column == 0:
            return format_datetime(e.at)
        if column == 1:
            return e.event
        if column == 2:
            if e.to_state is None:
                return ""
            if e.from_state is None or e.from_state == e.to_state:
                return e.to_state
            return f"{e.from_state}→{e.to_state}"
        if column == 3:
            return e.operator
        if column == 4:
            extra = f"（期限：{format_date(e.deadline)}）" if e.deadline and e.event != fs.EXTEND \
                else ""
            return e.note + extra
        return "、".join(e.attachments)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell_text(index.row(), index.column())
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS):
            return _tr(self.HEADERS[section])
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None


# ---------------------------------------------------------------------------------------------
# Work off the UI thread
# ---------------------------------------------------------------------------------------------
class JobSignals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class Job(QRunnable):
    """Runs ``fn(progress, is_cancelled)`` in the thread pool; never touches a widget."""

    def __init__(self, fn: Callable[[Callable[[int, int], None], Callable[[], bool]], Any]):
        super().__init__()
        self.fn = fn
        self.signals = JobSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            result = self.fn(self.signals.progress.emit, self._cancel.is_set)
        except LedgerCancelled:
            self.signals.cancelled.emit()
        except XunchaError as err:
            self.signals.failed.emit(err)
        except Exception as err:  # a bug: reported in the UI thread (crash dialog)
            self.signals.failed.emit(err)
        else:
            self.signals.done.emit(result)


# ---------------------------------------------------------------------------------------------
# The tab
# ---------------------------------------------------------------------------------------------
class FindingsTab(QWidget):
    """Findings list + detail + actions. ``changed`` is emitted after every saved action."""

    currentIdChanged = Signal(object)
    changed = Signal()
    #: Emitted when a background job (notice, ledger) finished: its message.
    jobFinished = Signal(str)

    def __init__(self, db: Database, query: fs.FindingListQuery,
                 parent: QWidget | None = None, *, page_size: int = 100) -> None:
        super().__init__(parent)
        self.ui = Ui_FindingsTab()
        self.ui.setupUi(self)
        self.db = db
        self.query = query
        self.follows_selection = True
        self.model = FindingsTableModel(db, query, self, page_size=page_size,
                                        flt=fs.FindingFilter())
        self.timeline = TimelineModel(self)
        self._detail: fs.FindingDetail | None = None
        self._job: Job | None = None
        self._progress: QProgressDialog | None = None
        self._last_message = ""

        view = self.ui.tableView
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorClearable(True)
        view.setSortingEnabled(True)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        line = self.fontMetrics().height()
        view.verticalHeader().setDefaultSectionSize(int(line * 1.6))
        view.setMinimumHeight(line * 8)
        self.ui.timelineView.setModel(self.timeline)
        self.ui.timelineView.setColumnWidth(0, self._chars(9))
        self.ui.timelineView.setColumnWidth(1, self._chars(6))
        self.ui.timelineView.setColumnWidth(2, self._chars(7))
        self.ui.timelineView.setColumnWidth(3, self._chars(4))
        self.ui.timelineView.setColumnWidth(4, self._chars(20))
        self.ui.detailPane.setMinimumWidth(self._chars(28))
        # 证据材料: the attachments of the selected finding (drop files here to add them).
        self.evidence_panel = EvidencePanel(db, self)
        self.ui.detailLayout.addWidget(self.evidence_panel)
        self.evidence_panel.attachmentsChanged.connect(self._evidence_added)
        self.evidence_panel.message.connect(self.ui.messageLabel.setText)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)

        self._load_filter_choices()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.ui.searchEdit.textChanged.connect(self._search_timer.start)
        self.ui.searchEdit.returnPressed.connect(self.apply_filters)
        for combo in self._combos():
            combo.currentIndexChanged.connect(self.apply_filters)
        self.ui.clearFiltersButton.clicked.connect(self.clear_filters)

        self.model.countChanged.connect(self._update_count)
        self.model.modelReset.connect(self._selection_changed)
        view.selectionModel().selectionChanged.connect(self._selection_changed)
        view.selectionModel().currentRowChanged.connect(self._selection_changed)

        buttons: dict[QPushButton, str] = {
            self.ui.assignButton: fs.ASSIGN, self.ui.startButton: fs.START,
            self.ui.reportButton: fs.REPORT, self.ui.verifyPassButton: fs.VERIFY_PASS,
            self.ui.verifyFailButton: fs.VERIFY_FAIL, self.ui.closeButton: fs.CLOSE,
            self.ui.reopenButton: fs.REOPEN, self.ui.extendButton: fs.EXTEND,
        }
        self.action_buttons = buttons
        for button, action in buttons.items():
            button.clicked.connect(lambda _=False, a=action: self.run_action(a))
        self.new_button = QPushButton(_tr("新增问题…"), self)
        self.new_button.setObjectName("newFindingButton")
        self.new_button.setToolTip(_tr("登记在巡查中发现的问题隐患（Ctrl+N）"))
        self.ui.actionsLayout.insertWidget(0, self.new_button)
        self.new_action = QAction(_tr("新增问题隐患"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(self.new_finding)
        self.addAction(self.new_action)
        self.new_button.clicked.connect(self.new_finding)
        self.ui.planButton.clicked.connect(self.edit_plan)
        self.ui.superviseButton.clicked.connect(self.toggle_supervision)
        self.ui.noticeButton.clicked.connect(self.issue_notice)
        self.ui.exportXlsxButton.clicked.connect(lambda: self.export_ledger("xlsx"))
        self.ui.exportPdfButton.clicked.connect(lambda: self.export_ledger("pdf"))
        self._update_count(self.model.rowCount())
        self._fit_columns()
        self._selection_changed()

    # -- helpers ------------------------------------------------------------------------------
    def _chars(self, n: int) -> int:
        return self.fontMetrics().horizontalAdvance("国") * n

    def today(self) -> dt.date:
        return self.query.today

    def _combos(self) -> list[Any]:
        ui = self.ui
        return [ui.stateCombo, ui.kindCombo, ui.regionCombo, ui.sectorCombo, ui.statusCombo]

    def _load_filter_choices(self) -> None:
        ui = self.ui
        choices = fs.filter_choices(self.db)
        for combo, first, items in (
            (ui.stateCombo, "全部状态", [(s, s) for s in m.FINDING_STATES]),
            (ui.kindCombo, "全部类别", [(c.label, c.id) for c in choices["kind"]]),
            (ui.regionCombo, "全部市县", [(c.label, c.id) for c in choices["region"]]),
            (ui.sectorCombo, "全部行业领域", [(c.label, c.id) for c in choices["sector"]]),
            (ui.statusCombo, "全部期限状态", [(STATUS_MARKS.get(s, "") + s, s)
                                         for s in fs.DEADLINE_STATUSES]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(_tr(first), None)
            for label, value in items:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
            combo.blockSignals(False)

    def _fit_columns(self, *, grow_only: bool = False) -> None:
        """Columns to their content (capped); ``grow_only`` keeps wider columns as they are."""
        if self.model.rowCount() == 0:
            return
        view = self.ui.tableView
        header = view.horizontalHeader()
        before = [header.sectionSize(col) for col in range(self.model.columnCount())]
        header.setResizeContentsPrecision(min(self.model.rowCount(), 100))
        view.resizeColumnsToContents()
        cap = self._chars(MAX_COLUMN_CHARS)
        for col in range(self.model.columnCount()):
            size = min(header.sectionSize(col), cap)
            if grow_only:
                size = max(size, before[col])
            if header.sectionSize(col) != size:
                header.resizeSection(col, size)

    def _update_count(self, count: int) -> None:
        self.ui.countLabel.setText(self.tr("共 %n 条", "", count))

    # -- the list's interface used by the main window ------------------------------------------
    def set_scope(self, plan_id: int | None, target_id: int | None) -> None:
        self.model.set_scope(plan_id, target_id)
        self._fit_columns(grow_only=True)  # e.g. 市县 names of another plan are longer

    def refresh(self) -> None:
        self.model.refresh()

    def set_database(self, db: Database) -> None:
        self.db = db
        self._load_filter_choices()
        self.model.set_database(db)
        self.evidence_panel.set_database(db)

    def current_id(self) -> int | None:
        index = self.ui.tableView.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        return row.id if row is not None else None

    # -- filters -----------------------------------------------------------------------------
    def current_filter(self) -> fs.FindingFilter:
        flt = self.model.list_filter
        assert isinstance(flt, fs.FindingFilter)
        return flt

    def apply_filters(self) -> None:
        self._search_timer.stop()
        ui = self.ui
        flt = dataclasses.replace(
            self.current_filter(),
            text=ui.searchEdit.text().strip(),
            state=ui.stateCombo.currentData(),
            kind_id=ui.kindCombo.currentData(),
            region_id=ui.regionCombo.currentData(),
            sector_id=ui.sectorCombo.currentData(),
            deadline_status=ui.statusCombo.currentData(),
        )
        self.model.set_filter(flt)

    def clear_filters(self) -> None:
        for combo in self._combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.ui.searchEdit.blockSignals(True)
        self.ui.searchEdit.clear()
        self.ui.searchEdit.blockSignals(False)
        from xuncha_desktop.ui.filter_notice import clear_state_notice

        clear_state_notice(self)  # the 总览's "仅显示…" filter too
        self.apply_filters()

    def show_status(self, status: str) -> None:
        """Show only the findings with deadline status ``status`` (all other filters cleared)."""
        self.clear_filters()
        self.ui.statusCombo.setCurrentIndex(self.ui.statusCombo.findData(status))

    def show_states(self, states: tuple[str, ...], description: str) -> None:
        """Show only the findings in ``states`` (all other filters cleared), under a notice
        "仅显示：``description``" with a 显示全部 button (the 总览 counts open this)."""
        from xuncha_desktop.ui.filter_notice import state_notice

        self.clear_filters()
        notice = state_notice(self, self.ui.findingsLayout, 1, self.model)
        notice.show_states(states, description)

    # -- selection and detail ------------------------------------------------------------------
    def selected_rows(self) -> list[fs.FindingListRow]:
        rows = sorted({i.row() for i in self.ui.tableView.selectionModel().selectedRows()})
        return self.model.rows_at(rows)

    def detail(self) -> fs.FindingDetail | None:
        return self._detail

    def _selection_changed(self, *_args: object) -> None:
        rows = self.selected_rows()
        fid = rows[0].id if len(rows) == 1 else None
        if fid is None and not rows:
            fid = self.current_id() if self.ui.tableView.selectionModel().hasSelection() else None
        self._show_detail(fid)
        self.currentIdChanged.emit(fid)
        self._update_buttons(rows)

    def _show_detail(self, finding_id: int | None) -> None:
        if self._detail is None or self._detail.id != finding_id:
            self.evidence_panel.set_owner(None, None)
        if finding_id is None:
            self._detail = None
            self.timeline.set_entries(())
            self.ui.detailBrowser.setHtml(
                _tr("<p>选择一项问题隐患查看详情和办理过程；按住 Ctrl 或 Shift 可选择多项，"
                    "一次交办或发出整改通知书。</p>"))
            return
        try:
            self._detail = fs.finding_detail(self.db, finding_id, self.today(),
                                             self.query.due_soon_days, self.query.behind_share)
        except XunchaError as err:
            self._detail = None
            self.ui.detailBrowser.setPlainText(err.message)
            self.timeline.set_entries(())
            return
        self.timeline.set_entries(self._detail.timeline)
        self.ui.timelineView.resizeRowsToContents()
        self.ui.detailBrowser.setHtml(detail_html(self._detail))
        self.evidence_panel.set_owner("finding", finding_id)

    def _evidence_added(self) -> None:
        """An attachment was added in the evidence panel: the detail lists it too."""
        if self._detail is not None:
            with contextlib.suppress(XunchaError):
                self._detail = fs.finding_detail(self.db, self._detail.id, self.today(),
                                                 self.query.due_soon_days,
                                                 self.query.behind_share)
                self.ui.detailBrowser.setHtml(detail_html(self._detail))

    def _update_buttons(self, rows: list[fs.FindingListRow]) -> None:
        d = self._detail
        actions = set(d.actions()) if d is not None and len(rows) <= 1 else set()
        for button, action in self.action_buttons.items():
            button.setEnabled(action in actions)
        if len(rows) > 1:
            self.ui.assignButton.setEnabled(all(r.state == fs.FOUND for r in rows))
        self.ui.planButton.setEnabled(fs.PLAN in actions)
        supervise = fs.SUPERVISE in actions or fs.UNSUPERVISE in actions
        self.ui.superviseButton.setEnabled(supervise)
        self.ui.superviseButton.setText(
            _tr("摘牌(&M)…") if fs.UNSUPERVISE in actions else _tr("挂牌督办(&M)…"))
        open_states = (fs.ASSIGNED, fs.WORKING, fs.REVIEW)
        self.ui.noticeButton.setEnabled(
            bool(rows) and all(r.state in open_states for r in rows)
            and len({r.region for r in rows}) == 1 and self._job is None)
        busy = self._job is not None
        self.ui.exportXlsxButton.setEnabled(not busy)
        self.ui.exportPdfButton.setEnabled(not busy)

    def select_id(self, finding_id: int) -> bool:
        """Select the row of ``finding_id`` if it is on the loaded pages (tests, after saving)."""
        for row in range(self.model.rowCount()):
            r = self.model.row_at(row)
            if r is not None and r.id == finding_id:
                self.ui.tableView.selectRow(row)
                return True
        return False

    # -- actions -----------------------------------------------------------------------------
    def _info(self, rows: list[fs.FindingListRow]) -> str:
        if len(rows) == 1:
            return f"{rows[0].code}　{rows[0].description}"
        codes = "、".join(r.code for r in rows[:6]) + ("等" if len(rows) > 6 else "")
        return _tr("共 %1 项：").replace("%1", str(len(rows))) + codes

    def _confirm(self, deadline: dt.date | None) -> bool | None:
        """None: the operator declined a past deadline; else whether it was confirmed."""
        if deadline is not None and deadline < self.today():
            if not ConfirmPastDeadline.ask(self, deadline, self.today()):
                return None
            return True
        return False

    def run_action(self, action: str, initial: ActionInput | None = None) -> bool:
        """Ask for the action's input and save it; ``initial``: the operator's earlier input."""
        rows = self.selected_rows()
        if not rows:
            return False
        d = self._detail if len(rows) == 1 else None
        if initial is None:
            value = FindingActionDialog.ask(self, action, self._info(rows), self.today(), d)
        else:
            value = FindingActionDialog.ask(self, action, self._info(rows), self.today(), d,
                                            initial=initial)
        if value is None:
            return False
        if action in (fs.ASSIGN, fs.VERIFY_FAIL, fs.REOPEN):
            past = self._confirm(value.deadline)
            if past is None:
                return False
        else:
            past = False
        try:
            self._apply(action, value, rows, d, past)
        except ConflictError as err:
            keep = self._conflict(err, action, value, rows, d) == KEEP
            self._after_change(rows[0].id if len(rows) == 1 else None)
            if keep and self.select_ids([r.id for r in rows]):
                return self.run_action(action, initial=value)
            return False
        except XunchaError as err:
            show_error(self, err)
            self._after_change(rows[0].id if len(rows) == 1 else None)
            return False
        self._after_change(rows[0].id if len(rows) == 1 else None)
        self.ui.messageLabel.setText(
            _tr("已保存：%1（%2 项）").replace("%1", action).replace("%2", str(len(rows))))
        return True

    def _apply(self, action: str, v: ActionInput, rows: list[fs.FindingListRow],
               d: fs.FindingDetail | None, past: bool) -> None:
        with self._stored(v.attachments) as atts:
            self._apply_stored(action, v, rows, d, past, atts)

    @contextlib.contextmanager
    def _stored(self, paths: list[Any]) -> Any:
        """Copy a transition's attachments into the evidence archive first (off the UI thread,
        with progress and cancel); if the action is then refused, the new files are removed."""
        if not paths:
            yield ()
            return
        db = self.db
        root = archive_root_for(self, db)

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            return evidence_store.store_many(db, root, paths, progress=progress,
                                             cancelled=cancelled)

        stored = run_blocking(self, _tr("正在把附件复制到证据档案……"), work)
        with evidence_store.removed_on_error(db, root, stored) as files:
            yield files

    def _apply_stored(self, action: str, v: ActionInput, rows: list[fs.FindingListRow],
                      d: fs.FindingDetail | None, past: bool,
                      atts: tuple[fs.Attachment, ...]) -> None:
        db, today = self.db, self.today()
        if action == fs.ASSIGN:
            a = fs.Assignment(v.responsible_unit, v.requirement, v.deadline or today,
                              v.responsible_person)
            if len(rows) > 1:
                fs.assign_many(db, [r.id for r in rows], a, note=v.text,
                               expected_versions={r.id: r.version for r in rows},
                               confirm_past=past, today=today)
            else:
                fs.assign(db, rows[0].id, a, note=v.text, expected_version=rows[0].version,
                          confirm_past=past, today=today)
            return
        assert d is not None
        fid, ver = d.id, d.version
        if action == fs.START:
            fs.start(db, fid, note=v.text, expected_version=ver, attachments=atts)
        elif action == fs.REPORT:
            fs.report(db, fid, v.text, expected_version=ver, attachments=atts)
        elif action == fs.VERIFY_PASS:
            fs.verify(db, fid, True, v.text, expected_version=ver, attachments=atts, today=today)
        elif action == fs.VERIFY_FAIL:
            fs.verify(db, fid, False, v.text, new_deadline=v.deadline, confirm_past=past,
                      expected_version=ver, attachments=atts, today=today)
        elif action == fs.CLOSE:
            fs.close(db, fid, v.text, closed_on=v.date, expected_version=ver, attachments=atts)
        elif action == fs.REOPEN:
            fs.reopen(db, fid, v.text, v.deadline, confirm_past=past, expected_version=ver,
                      today=today)
        elif action == fs.EXTEND:
            fs.extend_deadline(db, fid, v.deadline or today, v.text, expected_version=ver)
        elif action == fs.SUPERVISE:
            fs.supervise(db, fid, v.level, v.body, v.date or today, note=v.text,
                         expected_version=ver)
        elif action == fs.UNSUPERVISE:
            fs.unsupervise(db, fid, v.date or today, v.text, expected_version=ver)

    def _after_change(self, keep_id: int | None) -> None:
        self.model.refresh()
        if keep_id is not None:
            self.select_id(keep_id)
        self._selection_changed()
        self.changed.emit()

    def edit_plan(self) -> bool:
        d = self._detail
        if d is None:
            return False
        plan = FivePlanDialog.ask(self, d)
        while plan is not None:
            try:
                fs.save_plan(self.db, d.id, plan, expected_version=d.version)
            except ConflictError as err:
                fresh = self._fresh(d.id)
                mine = {"状态": d.state, **_plan_fields(plan)}
                theirs = {"状态": fresh.state, **_plan_fields(fresh.plan)} if fresh else {}
                if fresh is None or ConflictDialog.ask(self, mine, theirs,
                                                       message=err.message) != KEEP:
                    break
                d = fresh  # save again over what is there now, with the operator's values
                plan = FivePlanDialog.ask(self, dataclasses.replace(fresh, plan=plan))
                continue
            except XunchaError as err:
                show_error(self, err)
                break
            self._after_change(d.id)
            return True
        self._after_change(d.id)
        return False

    # -- save conflicts ------------------------------------------------------------------------
    def _fresh(self, finding_id: int) -> fs.FindingDetail | None:
        """The finding as it is in the database now (None when it was deleted)."""
        try:
            return fs.finding_detail(self.db, finding_id, self.today(),
                                     self.query.due_soon_days, self.query.behind_share)
        except XunchaError:
            return None

    def _conflict(self, err: ConflictError, action: str, value: ActionInput,
                  rows: list[fs.FindingListRow], d: fs.FindingDetail | None) -> str:
        """Show mine beside theirs for the (first) finding somebody else changed."""
        seen: Any = d
        fresh: fs.FindingDetail | None = None
        for r in rows:
            fresh = self._fresh(r.id)
            if fresh is None or fresh.version != r.version:
                seen = d if d is not None and d.id == r.id else r
                break
        mine, theirs = conflict_values(action, value, seen.state if seen else "", fresh)
        return ConflictDialog.ask(self, mine, theirs, message=err.message)

    def select_ids(self, finding_ids: list[int]) -> bool:
        """Select the rows of ``finding_ids`` (all must be on the loaded pages)."""
        if len(finding_ids) == 1:
            return self.select_id(finding_ids[0])
        wanted = set(finding_ids)
        selection = self.ui.tableView.selectionModel()
        selection.clearSelection()
        found = set()
        for row in range(self.model.rowCount()):
            r = self.model.row_at(row)
            if r is not None and r.id in wanted:
                selection.select(self.model.index(row, 0),
                                 QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)
                found.add(r.id)
        return found == wanted

    # -- registering a new finding -------------------------------------------------------------
    def new_finding_choices(self) -> NewFindingChoices:
        flt = self.current_filter()
        kinds = fs.filter_choices(self.db)["kind"]
        db = self.db
        return NewFindingChoices(
            targets=[(c.id, c.label) for c in fs.registration_targets(db, flt.plan_id)],
            kinds=[(c.id, c.label) for c in kinds],
            sectors=sector_choices(db),
            today=self.today(),
            operator=db.operator,
            target_id=flt.target_id,
            units_for=lambda target_id: units_of_target(db, target_id),
        )

    def new_finding(self) -> bool:
        """新增问题…: register a finding (已发现) and show it selected in the list."""
        today = self.today()

        def save(new: fs.NewFinding) -> tuple[int, str]:
            return fs.create_finding(self.db, new, today=today)

        saved = FindingNewDialog.ask(self, self.new_finding_choices(), save)
        if saved is None:
            return False
        fid, code = saved
        self.model.refresh()
        if not self.select_id(fid):
            # not on the current page or hidden by a filter: show it on its own
            self.clear_filters()
            self.ui.searchEdit.setText(code)
            self.apply_filters()
            self.select_id(fid)
        self._selection_changed()
        self.changed.emit()
        self.ui.messageLabel.setText(_tr("已登记：%1").replace("%1", code))
        return True

    def toggle_supervision(self) -> bool:
        d = self._detail
        if d is None:
            return False
        return self.run_action(fs.UNSUPERVISE if d.supervised else fs.SUPERVISE)

    # -- documents ---------------------------------------------------------------------------
    def _start_job(self, job: Job, title: str, on_done: Callable[[Any], None]) -> None:
        self._job = job
        progress = QProgressDialog(title, _tr("取消"), 0, 0, self)
        progress.setWindowTitle(_tr("请稍候"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.canceled.connect(job.cancel)
        self._progress = progress

        def step(done: int, total: int) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(min(done, max(total, 1)))

        def finish(message: str) -> None:
            progress.reset()
            progress.deleteLater()
            self._progress = None
            self._job = None
            self.ui.messageLabel.setText(message)
            self._update_buttons(self.selected_rows())
            self.jobFinished.emit(message)

        def done(result: Any) -> None:
            on_done(result)

        def failed(err: object) -> None:
            finish(_tr("未完成。"))
            if isinstance(err, XunchaError):
                show_error(self, err)
            else:
                raise err if isinstance(err, BaseException) else RuntimeError(str(err))

        job.signals.progress.connect(step)
        def succeeded(result: Any) -> None:
            done(result)
            finish(self._last_message)

        job.signals.done.connect(succeeded)
        job.signals.failed.connect(failed)
        job.signals.cancelled.connect(lambda: finish(_tr("已取消，没有生成文件。")))
        self._last_message = ""
        self._update_buttons(self.selected_rows())
        QThreadPool.globalInstance().start(job)

    def export_ledger(self, fmt: str) -> bool:
        flt = self.current_filter()
        suffix = "xlsx" if fmt == "xlsx" else "pdf"
        kind = "Excel 工作簿 (*.xlsx)" if fmt == "xlsx" else "PDF 文件 (*.pdf)"
        path = SaveFile.ask(self, _tr("导出问题隐患整改台账"),
                            f"问题隐患整改台账（{format_date(self.today())}）.{suffix}", kind)
        if path is None:
            return False
        if path.suffix.lower() != "." + suffix:
            path = path.with_name(path.name + "." + suffix)
        db, plan_id, today = self.db, flt.plan_id, self.today()

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            fonts = resolve_fonts() if fmt == "pdf" else None
            return export_ledger(db, plan_id, "xlsx" if fmt == "xlsx" else "pdf", path,
                                 fonts=fonts, today=today, progress=progress,
                                 cancelled=cancelled)

        def done(result: Any) -> None:
            self._last_message = (_tr("台账已导出：%1（%2 项）")
                                  .replace("%1", str(result.path))
                                  .replace("%2", str(result.rows)))

        self._start_job(Job(work), _tr("正在导出整改台账……"), done)
        return True

    def issue_notice(self) -> bool:
        rows = self.selected_rows()
        if not rows:
            return False
        default = any(r.deadline_status == fs.STATUS_OVERDUE or r.supervision.endswith("挂牌")
                      for r in rows)
        value = FindingActionDialog.ask(self, fs.NOTICE, self._info(rows), self.today(),
                                        supervision_default=default)
        if value is None:
            return False
        name = "督办函" if value.supervision else "整改通知书"
        path = SaveFile.ask(self, _tr("保存%1").replace("%1", name),
                            f"{name}（{rows[0].region}，{format_date(self.today())}）.pdf",
                            "PDF 文件 (*.pdf);;Word 文档 (*.docx)")
        if path is None:
            return False
        fmt = "docx" if path.suffix.lower() == ".docx" else "pdf"
        if path.suffix.lower() not in (".pdf", ".docx"):
            path = path.with_name(path.name + ".pdf")
        db, ids, today = self.db, [r.id for r in rows], self.today()
        supervision = value.supervision

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            fonts = resolve_fonts()
            if cancelled():
                raise LedgerCancelled
            row = issuing.issue(db, "rectification-notice", ids[0], date=today,
                                finding_ids=ids, supervision=supervision)
            return issuing.export_issued(db, row.id, "docx" if fmt == "docx" else "pdf", path,
                                         fonts)

        def done(result: Any) -> None:
            self._last_message = (_tr("已发文 %1，文件：%2")
                                  .replace("%1", result.doc_number)
                                  .replace("%2", str(result.path)))
            self._after_change(ids[0] if len(ids) == 1 else None)

        self._start_job(Job(work), _tr("正在生成%1……").replace("%1", name), done)
        return True

    def job_running(self) -> bool:
        return self._job is not None


def _plan_fields(p: fs.FivePlan) -> dict[str, str]:
    return {"责任落实": p.responsibility, "措施落实": p.measures, "资金落实": p.funding,
            "时限落实": p.timeline, "预案落实": p.contingency}


def conflict_values(action: str, value: ActionInput, seen_state: str,
                    fresh: fs.FindingDetail | None) -> tuple[dict[str, str], dict[str, str]]:
    """(mine, theirs) for the conflict dialog: the operator's input beside the database's."""
    target = fs.TRANSITIONS.get(action)
    mine = {"办理事项": action,
            "状态": f"{seen_state}→{target[1]}" if target and seen_state else seen_state}
    fields = action_fields(action)
    for key, label in fields:
        mine[label] = field_text(value, key)
    if fresh is None:
        return mine, {"状态": "（已被删除）"}
    last = fresh.timeline[-1] if fresh.timeline else None
    theirs = {
        "办理事项": f"{last.event}（{last.operator}，{format_datetime(last.at)}）" if last else "",
        "状态": fresh.state,
    }
    dates = {fs.CLOSE: fresh.closed_on, fs.SUPERVISE: fresh.supervised_on,
             fs.UNSUPERVISE: fresh.unsupervised_on}
    current = {
        "unit": fresh.responsible_unit, "person": fresh.responsible_person,
        "requirement": fresh.requirement, "deadline": format_date(fresh.deadline),
        "level": fresh.supervision_level or "", "body": fresh.supervising_body,
        "date": format_date(dates.get(action)), "text": last.note if last else "",
        "attachments": "、".join(last.attachments) if last else "",
    }
    for key, label in fields:
        theirs[label] = current[key]
    return mine, theirs


def detail_html(d: fs.FindingDetail) -> str:
    """The detail pane: what, where, who, deadline (with its status in words), 五落实, 督办."""
    e = html.escape

    def row(label: str, value: str) -> str:
        return f"<tr><th align='left' valign='top'>{e(label)}</th><td>{e(value)}</td></tr>" \
            if value else ""

    status = d.deadline_status
    mark = STATUS_MARKS.get(status, "")
    colour = STATUS_BACKGROUNDS.get(status)
    deadline = format_date(d.deadline)
    if deadline:
        badge = f"{mark}{status}"
        style = f" style='background:{colour.name()}'" if colour is not None else ""
        deadline_cell = f"{e(deadline)}　<span{style}>{e(badge)}</span>"
    else:
        deadline_cell = ""
    rows = [
        row("类别", d.kind), row("状态", d.state), row("市县", d.region),
        row("行业领域", d.sector), row("单位", f"{d.unit}（{d.unit_level}）" if d.unit
                                        else d.unit_level),
        row("发现", f"{format_date(d.found_on)} {d.found_by}"), row("依据", d.legal_basis),
        row("检查项", d.checklist_item), row("责任单位", d.responsible_unit),
        row("责任人", d.responsible_person), row("整改要求", d.requirement),
    ]
    if deadline_cell:
        rows.append(f"<tr><th align='left'>整改期限</th><td>{deadline_cell}</td></tr>")
    rows.append(row("销号日期", format_date(d.closed_on)))
    if d.supervision_level:
        text = f"{d.supervision_level}挂牌督办，{d.supervising_body}，{format_date(d.supervised_on)}"
        if d.unsupervised_on:
            text += f"，{format_date(d.unsupervised_on)}摘牌"
        rows.append(row("挂牌督办", text))
    if d.is_major:
        p = d.plan
        for label, value in (("责任落实", p.responsibility), ("措施落实", p.measures),
                             ("资金落实", p.funding), ("时限落实", p.timeline),
                             ("预案落实", p.contingency)):
            rows.append(row(label, value or "（未填写）"))
    if d.evidence:
        rows.append(row("证据", "、".join(d.evidence)))
    return (f"<h3>{e(d.code)}</h3><p>{e(d.description)}</p>"
            f"<table cellspacing='4'>{''.join(rows)}</table>")


# ---------------------------------------------------------------------------------------------
# Main-window wiring
# ---------------------------------------------------------------------------------------------
class DueBanner(QFrame):
    """A non-modal notice above the tabs: what fell due since the operator last looked."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dueBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#dueBanner { background: #fdecea; border: 1px solid #e0a39c; }")
        layout = QHBoxLayout(self)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.show_button = QPushButton(_tr("查看逾期问题"), self)
        self.close_button = QPushButton(_tr("知道了"), self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.show_button)
        layout.addWidget(self.close_button)
        self.show_button.clicked.connect(self.clicked)
        self.close_button.clicked.connect(self.hide)

    def text(self) -> str:
        return self.label.text()


class _ClickFilter(QObject):
    """Turns clicks on a widget into a callback with the click's x position."""

    def __init__(self, target: QWidget, callback: Callable[[int], None]) -> None:
        super().__init__(target)
        self.callback = callback
        target.installEventFilter(self)
        target.setCursor(Qt.CursorShape.PointingHandCursor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent)
                and event.button() == Qt.MouseButton.LeftButton):
            self.callback(int(event.position().x()))
            return True
        return False


def open_filtered(window: MainWindow, status: str) -> None:
    """Switch to the 问题隐患 tab showing every finding with deadline ``status``."""
    window.select_plan(None)  # the counts are office-wide
    tab = window.findings_tab
    page = tab.parentWidget()
    if page is not None:
        window.ui.tabWidget.setCurrentWidget(page)
    tab.show_status(status)


def install_findings_features(window: MainWindow) -> DueBanner:
    """Clickable deadline counts, the start-up banner, and ``last_seen`` saved back."""
    tab = window.findings_tab
    tab.changed.connect(window.refresh_overview)
    figures = window.overview_tab.figures
    for key, status in (("findings_overdue", fs.STATUS_OVERDUE),
                        ("findings_due_soon", fs.STATUS_DUE_SOON)):
        figure = figures[key]
        def clicked(_x: int, s: str = status) -> None:
            open_filtered(window, s)

        _ClickFilter(figure, clicked)
        figure.setToolTip(figure.toolTip() or _tr("点击查看这些问题隐患"))
    label = window.deadline_label

    def status_clicked(x: int) -> None:
        text = label.text()
        split = text.find("·")
        overdue_width = label.fontMetrics().horizontalAdvance(text[:split]) if split > 0 else 0
        open_filtered(window, fs.STATUS_OVERDUE if x <= overdue_width else fs.STATUS_DUE_SOON)

    _ClickFilter(label, status_clicked)
    banner = DueBanner(window)
    window.ui.centralLayout.insertWidget(1, banner)
    banner.clicked.connect(lambda: open_filtered(window, fs.STATUS_OVERDUE))
    today = window.today()
    since: dt.date | None
    try:
        since = dt.date.fromisoformat(window.settings.last_seen[:10])
    except ValueError:
        since = None
    summary = fs.fell_due_since(window.db, since, today)
    banner.label.setText(summary.message())
    banner.setVisible(summary.count > 0)
    window.settings.last_seen = today.isoformat()
    # not being able to remember is no reason to stop
    with contextlib.suppress(OSError, XunchaError):
        save_settings(window.paths, window.settings)
    return banner


__all__ = ["DueBanner", "FindingsTab", "FindingsTableModel", "TimelineModel", "conflict_values",
           "detail_html", "install_findings_features", "open_filtered"]
