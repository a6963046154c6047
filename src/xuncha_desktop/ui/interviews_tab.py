"""约谈 tab: the interview list (state, next deadline) and an editor with actions per state.

The widget never opens a database session: it calls ``services.interviews`` and the
document functions, and shows their plain results and Chinese error messages.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, Signal
from PySide6.QtGui import QColor, QFont, QShowEvent, QTextCharFormat
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QTableWidget, QTableWidgetItem, QWidget

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.documents import issue as issuing
from xuncha_desktop.errors import XunchaError
from xuncha_desktop.services import crud
from xuncha_desktop.services import interviews as ivs
from xuncha_desktop.services.queries import format_date, format_datetime
from xuncha_desktop.services.uow import current_version
from xuncha_desktop.ui import dialogs
from xuncha_desktop.ui.conflict_dialog import KEEP, save_or_resolve
from xuncha_desktop.ui.evidence_panel import EvidencePanel
from xuncha_desktop.ui.forms.ui_interview_tab import Ui_InterviewTab
from xuncha_desktop.ui.interview_dialogs import (
    AttendeeDialog,
    CommitmentDialog,
    ConfirmDialog,
    DateDialog,
    FindingPickDialog,
    MeetingDialog,
    TextDialog,
)
from xuncha_desktop.ui.list_tab import ListTab

OVERDUE = QColor("#f8d7da")
OVERDUE_TEXT = QColor("#b00020")
AGENDA_DAY = QColor("#fff3cd")  # a day of the 日程 with something on it
AGENDA_SINCE = dt.date(2000, 1, 1)  # overdue items are listed however old they are


def show_error(parent: QWidget | None, err: XunchaError) -> None:
    """Shown for every refused action (tests replace it)."""
    dialogs.show_error(parent, err)


def _lines(text: str) -> str:
    return "\n".join(x for x in (text or "").splitlines() if x.strip())


#: The interview fields the form edits, in the order the conflict dialog lists them.
EDITED_FIELDS = ("party", "reason", "basis", "interviewers", "scheduled_at", "place",
                 "materials", "copied_to", "problems", "requirements")


def interview_texts(d: ivs.InterviewDetail,
                    values: dict[str, Any] | None = None) -> dict[str, str]:
    """Label → text of an interview (with ``values`` typed over it), for the conflict dialog."""
    texts = {"状态": d.state}
    for key in EDITED_FIELDS:
        value = (values or {}).get(key, getattr(d, key))
        text = format_datetime(value) if isinstance(value, dt.datetime) else str(value or "")
        texts[crud.field_label(m.Interview, key)] = text
    return texts


class InterviewsTab(QWidget):
    """The 约谈 tab. ``selected_findings`` gives the ids picked in the 问题隐患 tab."""

    #: An interview was created or changed (id).
    interviewChanged = Signal(int)

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        selected_findings: Callable[[], Sequence[int]] | None = None,
        open_documents: Callable[[int | None], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self._selected_findings = selected_findings or (lambda: [])
        self._open_documents = open_documents
        self._target_id: int | None = None
        self._plan_id: int | None = None  # the 日程 is scoped like the list
        self._split_done = False
        self.detail: ivs.InterviewDetail | None = None
        self.last_message = ""
        self.ui = Ui_InterviewTab()
        self.ui.setupUi(self)
        self.follows_selection = True
        # no stretched column: in the narrow left pane a stretched 被约谈单位 was squeezed to
        # a few pixels; columns fit their content and the list scrolls sideways instead
        self.list = ListTab(db, ivs.InterviewListQuery(), self, follows_selection=True)
        self.ui.listPageLayout.addWidget(self.list)  # 列表 page; the 日程 page is beside it
        self.model = self.list.model
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        char = self.fontMetrics().horizontalAdvance("国")
        self.ui.editorPane.setMinimumWidth(char * 30)
        self.ui.editorScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ui.timeEdit.setCalendarPopup(True)
        line = self.fontMetrics().height()
        for edit in (self.ui.reasonEdit, self.ui.basisEdit, self.ui.materialsEdit):
            edit.setMaximumHeight(line * 5)
        for table, headers in (
            (self.ui.attendeesTable, ("类别", "姓名", "单位", "职务", "角色", "出席情况")),
            (self.ui.commitmentsTable, ("承诺事项", "责任人", "完成期限", "状态")),
        ):
            table.setColumnCount(len(headers))
            table.setHorizontalHeaderLabels([self.tr(h) for h in headers])
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.attendeesTable.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch
        )
        self.ui.commitmentsTable.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        # 证据材料: recordings, sign-in sheets… of the selected interview (drop files to add).
        self.evidence_panel = EvidencePanel(db, self)
        self.ui.detailTabs.addTab(self.evidence_panel, self.tr("证据材料"))
        self.ui.meetingLabel.setWordWrap(True)
        self.ui.overdueLabel.setStyleSheet("color: #b00020;")
        self.ui.stateLabel.setStyleSheet("font-weight: bold;")

        self.list.currentIdChanged.connect(self._show)
        u = self.ui
        for button, slot in (
            (u.prepareButton, self.prepare),
            (u.followUpButton, self.follow_up),
            (u.saveButton, self.save),
            (u.addAttendeeButton, self.add_attendee),
            (u.removeAttendeeButton, self.remove_attendee),
            (u.editFindingsButton, self.edit_findings),
            (u.addCommitmentButton, self.add_commitment),
            (u.completeButton, self.complete_commitment),
            (u.carryButton, self.carry),
            (u.notifyButton, self.notify),
            (u.recordButton, self.record_meeting),
            (u.trackButton, self.start_tracking),
            (u.reportButton, self.receive_report),
            (u.closeButton, self.close_interview),
            (u.cancelButton, self.cancel_interview),
            (u.minutesButton, self.issue_minutes),
            (u.documentsButton, self.open_documents),
        ):
            button.clicked.connect(slot)
        u.commitmentsTable.itemSelectionChanged.connect(self._update_buttons)
        self._setup_agenda()
        self._show(None)
        self._update_overdue()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._split_done:  # half and half once; the user's dragging is kept after
            self._split_done = True
            total = max(self.ui.splitter.width(), 2)
            self.ui.splitter.setSizes([total * 11 // 20, total * 9 // 20])

    # -- ListTab protocol (the main window scopes, refreshes and switches databases) --------
    def set_scope(self, plan_id: int | None, target_id: int | None) -> None:
        self._target_id = target_id
        self._plan_id = plan_id
        self.list.set_scope(plan_id, target_id)
        self._update_overdue()

    def refresh(self) -> None:
        keep = self.current_id()
        self.list.refresh()
        if keep is not None:
            self.select_id(keep)
        self._update_overdue()

    def set_database(self, db: Database) -> None:
        self.db = db
        self.list.set_database(db)
        self.evidence_panel.set_database(db)
        self._show(None)
        self._update_overdue()

    def current_id(self) -> int | None:
        value = self.list.current_id()
        return int(value) if value is not None else None

    def select_id(self, interview_id: int) -> bool:
        view = self.list.ui.tableView
        for row in range(self.model.rowCount()):
            item = self.model.row_at(row)
            if item is not None and item.id == interview_id:
                view.setCurrentIndex(self.model.index(row, 0))
                view.selectRow(row)
                return True
        return False

    def show_states(self, states: tuple[str, ...], description: str) -> None:
        """Show only the interviews in ``states`` under a notice "仅显示：``description``"
        with a 显示全部 button (the 总览 counts open this); the search box is cleared."""
        from xuncha_desktop.ui.filter_notice import state_notice

        self.list.ui.searchEdit.clear()
        self.list.apply_search()
        notice = state_notice(self, self.ui.listLayout, 1, self.model)
        notice.show_states(states, description)

    # -- running a service call ------------------------------------------------------------
    def _run(self, fn: Callable[[], Any], done: str = "", *,
             seen: ivs.InterviewDetail | None = None, action: str = "",
             also: Sequence[tuple[Any, Any, int | None]] = ()) -> Any:
        """Call a service; ``seen``: the interview as shown, so that a change somebody else
        saved meanwhile is a conflict (shown beside the operator's action), not overwritten.
        ``also``: further ``(model, id, version seen)`` rows the action changes."""
        try:
            if seen is None:
                result = fn()
            else:
                outcome = save_or_resolve(
                    self, fn, rows=[(m.Interview, seen.id, seen.version), *also],
                    mine=lambda: {"办理事项": action or done, **interview_texts(seen)},
                    theirs=lambda: self._fresh_texts(seen.id),
                )
                if not outcome.saved:
                    self.last_message = self.tr("约谈已被其他人修改，操作没有执行，已重新载入。")
                    self._changed(seen.id)
                    return None
                result = outcome.value
        except XunchaError as err:
            self.last_message = err.message
            show_error(self, err)
            return None
        if done:
            self.last_message = done
        return result if result is not None else True

    def _fresh_texts(self, interview_id: int) -> dict[str, str] | None:
        """The interview as it is in the database now (None when it was deleted)."""
        try:
            fresh = ivs.interview_detail(self.db, interview_id)
        except XunchaError:
            return None
        return {"办理事项": self.tr("（当前状态）"), **interview_texts(fresh)}

    def _changed(self, interview_id: int) -> None:
        self.list.refresh()
        self.select_id(interview_id)
        self._show(interview_id)
        self._update_overdue()
        self.interviewChanged.emit(interview_id)

    # -- showing ------------------------------------------------------------------------------
    # -- 日程: calendar and agenda ---------------------------------------------------------------
    def _setup_agenda(self) -> None:
        u = self.ui
        self.agenda_items: list[ivs.AgendaItem] = []  # the rows of the agenda table
        headers = ("日期", "时间", "类别", "被约谈单位", "提示")
        u.agendaTable.setColumnCount(len(headers))
        u.agendaTable.setHorizontalHeaderLabels([self.tr(h) for h in headers])
        u.agendaTable.verticalHeader().setVisible(False)
        u.agendaTable.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        u.agendaTable.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        u.agendaSplitter.setStretchFactor(0, 1)
        u.agendaSplitter.setStretchFactor(1, 1)
        today = self.today()
        u.agendaCalendar.setSelectedDate(QDate(today.year, today.month, today.day))
        u.agendaCalendar.currentPageChanged.connect(lambda _y, _m: self._reload_agenda())
        u.agendaCalendar.clicked.connect(self._agenda_day_chosen)
        u.agendaCalendar.activated.connect(self._agenda_day_chosen)
        u.agendaTable.cellClicked.connect(lambda row, _col: self._agenda_open(row))
        u.agendaTable.cellActivated.connect(lambda row, _col: self._agenda_open(row))
        u.listTabs.currentChanged.connect(lambda _i: self._reload_agenda())

    def _reload_agenda(self) -> None:
        """Mark the shown month's days and list what is overdue or due soon (only when the
        日程 page is shown; otherwise it is loaded when the page is opened)."""
        u = self.ui
        if u.listTabs.currentWidget() is not u.agendaPage:
            return
        today = self.today()
        cal = u.agendaCalendar
        first = dt.date(cal.yearShown(), cal.monthShown(), 1)
        month_end = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        grid_end = first + dt.timedelta(days=42)  # the six weeks the calendar shows
        until = max(month_end, today + dt.timedelta(days=30))
        try:
            items = ivs.agenda(self.db, AGENDA_SINCE, max(grid_end, until), self._target_id,
                               plan_id=self._plan_id, today=today)
        except XunchaError as err:
            self.last_message = err.message
            items = []
        cal.setDateTextFormat(QDate(), QTextCharFormat())  # clears the old marks
        days: dict[dt.date, bool] = {}
        for item in items:
            days[item.day] = days.get(item.day, False) or item.overdue
        for day, overdue in days.items():
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setBackground(OVERDUE if overdue else AGENDA_DAY)
            if overdue:
                fmt.setForeground(OVERDUE_TEXT)
            cal.setDateTextFormat(QDate(day.year, day.month, day.day), fmt)
        self.agenda_items = [i for i in items if i.day <= until]
        table = u.agendaTable
        table.setRowCount(len(self.agenda_items))
        for r, item in enumerate(self.agenda_items):
            if item.overdue:
                note = self.tr("逾期 %1 天").replace("%1", str(item.days_overdue))
            elif item.day == today:
                note = self.tr("今天")
            else:
                note = ""
            values = (format_date(item.day), item.at.strftime("%H:%M") if item.at else "",
                      self.tr(item.kind), item.party, note)
            tip = f"{item.region} · {item.party}" + (f"\n{item.what}" if item.what else "")
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(tip)
                if item.overdue:
                    cell.setBackground(OVERDUE)
                    if c == 4:
                        cell.setForeground(OVERDUE_TEXT)
                        font = cell.font()
                        font.setBold(True)
                        cell.setFont(font)
                table.setItem(r, c, cell)

    def _agenda_day_chosen(self, day: QDate) -> None:
        """Go to the first agenda row of ``day`` (or the next day that has one)."""
        chosen = dt.date(day.year(), day.month(), day.day())
        for r, item in enumerate(self.agenda_items):
            if item.day >= chosen:
                table = self.ui.agendaTable
                table.selectRow(r)
                table.scrollTo(table.model().index(r, 0))
                return

    def _agenda_open(self, row: int) -> None:
        """Select the row's interview in the list and show it in the editor; for a
        commitment, also the 承诺事项 page with that commitment."""
        if not 0 <= row < len(self.agenda_items):
            return
        item = self.agenda_items[row]
        if not self.select_id(item.interview_id):  # hidden by a search or a states filter
            from xuncha_desktop.ui.filter_notice import clear_state_notice

            clear_state_notice(self)
            self.list.ui.searchEdit.clear()
            self.list.apply_search()
            if not self.select_id(item.interview_id):
                self._show(item.interview_id)
        if item.kind == ivs.AGENDA_COMMITMENT and self.detail is not None:
            self.ui.detailTabs.setCurrentWidget(self.ui.commitmentsTab)
            for r, c in enumerate(self.detail.commitments):
                if c.id == item.item_id:
                    self.ui.commitmentsTable.selectRow(r)

    def _update_overdue(self) -> None:
        self._reload_agenda()  # the 日程 shows the same open deadlines
        try:
            rows = ivs.overdue_commitments(self.db, self.today(), self._target_id)
        except XunchaError:
            rows = []
        if not rows:
            self.ui.overdueLabel.setText("")
            self.ui.overdueLabel.hide()
            return
        first = "；".join(f"{r.party}：{r.content}（逾期{r.days_overdue}天）" for r in rows[:3])
        more = self.tr("等") if len(rows) > 3 else ""
        self.ui.overdueLabel.setText(
            self.tr("承诺逾期 %1 项：").replace("%1", str(len(rows))) + first + more
        )
        self.ui.overdueLabel.show()

    def _show(self, interview_id: Any) -> None:
        u = self.ui
        self.detail = None
        if interview_id is not None:
            try:
                self.detail = ivs.interview_detail(self.db, int(interview_id))
            except XunchaError:
                self.detail = None
        d = self.detail
        self.evidence_panel.set_owner("interview" if d is not None else None,
                                      d.id if d is not None else None)
        if d is None:
            u.stateLabel.setText(self.tr("请在左侧选择一次约谈，或点“准备约谈…”从问题隐患准备。"))
            u.deadlineLabel.setText("")
            for w in (u.partyEdit, u.interviewersEdit, u.placeEdit, u.copiedToEdit):
                w.clear()
            for p in (
                u.reasonEdit,
                u.basisEdit,
                u.materialsEdit,
                u.problemsEdit,
                u.requirementsEdit,
            ):
                p.clear()
            u.attendeesTable.setRowCount(0)
            u.commitmentsTable.setRowCount(0)
            u.findingsList.clear()
            u.meetingLabel.setText("")
            self._update_buttons()
            return
        state = d.state + (f"（{d.cancel_reason}）" if d.cancel_reason else "")
        link = ""
        if d.previous_id:
            link += self.tr("；再次约谈，前次约谈编号 %1").replace("%1", str(d.previous_id))
        if d.followup_ids:
            link += self.tr("；已再次约谈（编号 %1）").replace(
                "%1", "、".join(str(x) for x in d.followup_ids)
            )
        u.stateLabel.setText(
            self.tr("%1 · %2 · 状态：%3")
            .replace("%1", d.region)
            .replace("%2", d.party)
            .replace("%3", state)
            + link
        )
        what, when = d.next_deadline()
        today = self.today()
        if when is not None:
            late = self.tr("（已逾期）") if when < today else ""
            u.deadlineLabel.setText(
                self.tr("下一期限：%1 %2").replace("%1", what).replace("%2", format_date(when))
                + late
            )
        else:
            u.deadlineLabel.setText("")
        u.partyEdit.setText(d.party)
        u.reasonEdit.setPlainText(d.reason)
        u.basisEdit.setPlainText(d.basis)
        u.interviewersEdit.setText(d.interviewers)
        when_at = d.scheduled_at or dt.datetime.combine(today, dt.time(9, 0))
        u.timeEdit.setDateTime(QDateTime(when_at))
        u.placeEdit.setText(d.place)
        u.materialsEdit.setPlainText(d.materials.replace("；", "\n"))
        u.copiedToEdit.setText(d.copied_to)
        u.problemsEdit.setPlainText(d.problems)
        u.requirementsEdit.setPlainText(d.requirements)
        self._fill(
            u.attendeesTable,
            [
                (a.side, a.name, a.unit, a.post, a.role or "—", a.attendance_text)
                for a in d.attendees
            ],
            [],
        )
        self._fill(
            u.commitmentsTable,
            [
                (
                    c.content,
                    c.owner,
                    format_date(c.due_date),
                    c.state + (self.tr("（逾期）") if c.overdue(today) else ""),
                )
                for c in d.commitments
            ],
            [c.overdue(today) for c in d.commitments],
        )
        u.findingsList.clear()
        for f in d.findings:
            QListWidgetItem(f"{f.code} {f.description}（{f.state}）", u.findingsList)
        report = (
            self.tr("已于 %1 收到").replace("%1", format_date(d.report_received_on))
            if d.report_received_on
            else self.tr("应于 %1 前报送").replace("%1", format_date(d.report_due))
            if d.report_due
            else self.tr("约谈后确定")
        )
        held = format_date(d.held_on) if d.held_on else format_datetime(d.scheduled_at)
        u.meetingLabel.setText(
            self.tr("约谈日期：%1；书面报告：%2；不配合记录：%3 条")
            .replace("%1", held or "—")
            .replace("%2", report)
            .replace("%3", str(d.breaches))
        )
        self._update_buttons()

    def _fill(self, table: QTableWidget, rows: list[tuple[str, ...]], overdue: list[bool]) -> None:
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if overdue and overdue[r]:
                    item.setBackground(OVERDUE)
                table.setItem(r, c, item)

    def _selected_commitment(self) -> ivs.CommitmentRow | None:
        if self.detail is None:
            return None
        row = self.ui.commitmentsTable.currentRow()
        if 0 <= row < len(self.detail.commitments):
            return self.detail.commitments[row]
        return None

    def _update_buttons(self) -> None:
        u, d = self.ui, self.detail
        state = d.state if d else ""
        live = state not in ("", ivs.CLOSED, ivs.CANCELLED)
        held = state in (ivs.HELD, ivs.TRACKING)
        c = self._selected_commitment()
        open_c = c is not None and c.state == ivs.OPEN_COMMITMENT
        for button, on in (
            (u.saveButton, live),
            (u.editFindingsButton, live),
            (u.addAttendeeButton, state in (ivs.DRAFT, ivs.NOTIFIED)),
            (u.removeAttendeeButton, state in (ivs.DRAFT, ivs.NOTIFIED)),
            (u.notifyButton, state == ivs.DRAFT),
            (u.recordButton, state == ivs.NOTIFIED),
            (u.trackButton, state == ivs.HELD),
            (u.reportButton, held and d is not None and d.report_received_on is None),
            (u.closeButton, held),
            (u.cancelButton, state in (ivs.DRAFT, ivs.NOTIFIED)),
            (u.minutesButton, held or state == ivs.CLOSED),
            (u.addCommitmentButton, held),
            (u.completeButton, held and open_c),
            (u.carryButton, held and open_c),
            (u.followUpButton, held or state == ivs.CLOSED),
            (u.documentsButton, d is not None),
        ):
            button.setEnabled(on)

    # -- preparing ---------------------------------------------------------------------------
    def prepare(self) -> int | None:
        """准备约谈: from the findings selected in 问题隐患, else from the chosen target."""
        today = self.today()
        picked = list(self._selected_findings())
        if picked:
            prep = self._run(lambda: ivs.prepare_from_findings(self.db, picked))
            if not isinstance(prep, ivs.Preparation):
                return None
            target_id, party, reason = prep.target_id, prep.party, prep.reason
        elif self._target_id is not None:
            target_id, party, reason = self._target_id, "", ""
        else:
            show_error(
                self,
                XunchaError(self.tr("请先在“问题隐患”页选中要约谈的问题，或在上方选择巡查对象。")),
            )
            return None
        proposals = ivs.propose_findings(self.db, target_id, party, today)
        known = {p.id for p in proposals}
        if picked and not set(picked) <= known:
            proposals = ivs.propose_findings(self.db, target_id, "", today)
        answer = FindingPickDialog.ask(self, proposals, picked, party, reason)
        if answer is None:
            return None
        chosen, party, reason = answer
        new_id = self._run(
            lambda: ivs.create_interview(
                self.db,
                target_id,
                party,
                reason=reason,
                finding_ids=chosen,
                scheduled_at=dt.datetime.combine(today + dt.timedelta(days=3), dt.time(9, 0)),
                operator=self.db.operator,
            )
        )
        if not isinstance(new_id, int) or isinstance(new_id, bool):
            return None
        self.last_message = self.tr("已准备约谈")
        self._changed(new_id)
        return new_id

    def follow_up(self) -> None:
        d = self.detail
        if d is None:
            return
        new_id = self._run(lambda: ivs.follow_up(self.db, d.id))
        if isinstance(new_id, int) and not isinstance(new_id, bool):
            self._changed(new_id)

    def save(self) -> None:
        d, u = self.detail, self.ui
        if d is None:
            return
        when = u.timeEdit.dateTime().toPython()
        values = {
            "party": u.partyEdit.text(),
            "reason": u.reasonEdit.toPlainText().strip(),
            "basis": u.basisEdit.toPlainText().strip(),
            "interviewers": u.interviewersEdit.text().strip(),
            "scheduled_at": when.replace(second=0, microsecond=0)
            if isinstance(when, dt.datetime)
            else d.scheduled_at,
            "place": u.placeEdit.text().strip(),
            "materials": "；".join(
                x.strip() for x in u.materialsEdit.toPlainText().splitlines() if x.strip()
            ),
            "copied_to": u.copiedToEdit.text().strip(),
            "problems": _lines(u.problemsEdit.toPlainText()),
            "requirements": _lines(u.requirementsEdit.toPlainText()),
        }
        try:
            outcome = save_or_resolve(
                self, lambda: ivs.update_interview(self.db, d.id, values),
                rows=[(m.Interview, d.id, d.version)],
                mine=lambda: interview_texts(d, values),
                theirs=lambda: self._fresh_texts(d.id),
            )
        except XunchaError as err:
            self.last_message = err.message
            show_error(self, err)
            return
        if outcome.saved:
            self.last_message = self.tr("已保存")
            self._changed(d.id)
            return
        version = current_version(self.db, m.Interview, d.id)
        if outcome.choice == KEEP and version is not None:
            # Back to the form with the operator's values; saving again goes over the
            # version just shown.
            self.detail = dataclasses.replace(d, version=version)
            self.last_message = self.tr("您的修改尚未保存，已保留在表单中；再次保存将以您的内容为准。")
        else:
            self._changed(d.id)
            self.last_message = self.tr("已重新载入数据库中的当前内容。")

    def add_attendee(self) -> None:
        d = self.detail
        if d is None:
            return
        person = AttendeeDialog.ask(self, d.party)
        if person is not None and self._run(
            lambda: ivs.add_attendee(self.db, d.id, person), seen=d,
            action=self.tr("增加参加人员：") + person.name,
        ):
            self._changed(d.id)

    def remove_attendee(self) -> None:
        d = self.detail
        row = self.ui.attendeesTable.currentRow()
        if d is None or not 0 <= row < len(d.attendees):
            return
        person = d.attendees[row]
        if self._run(lambda: ivs.remove_attendee(self.db, person.id), seen=d,
                     action=self.tr("删除参加人员：") + person.name,
                     also=[(m.InterviewAttendee, person.id, person.version)]):
            self._changed(d.id)

    def edit_findings(self) -> None:
        d = self.detail
        if d is None:
            return
        proposals = ivs.propose_findings(self.db, d.target_id, "", self.today())
        linked = {f.id for f in d.findings}
        extra = [
            ivs.ProposedFinding(
                f.id,
                f.code,
                f.description,
                "",
                False,
                f.state,
                f.deadline,
                d.party,
                self.tr("已关联"),
            )
            for f in d.findings
            if f.id not in {p.id for p in proposals}
        ]
        answer = FindingPickDialog.ask(self, [*extra, *proposals], sorted(linked), ask_party=False)
        if answer is not None and self._run(
            lambda: ivs.set_findings(self.db, d.id, answer[0]), seen=d,
            action=self.tr("修改约谈涉及的问题（%1 项）").replace("%1", str(len(answer[0]))),
        ):
            self._changed(d.id)

    # -- state flow -------------------------------------------------------------------------
    def notify(self) -> None:
        """发出约谈通知书: register the notice with its 文号, and mark 已通知."""
        d = self.detail
        if d is None:
            return
        now = dt.datetime.combine(self.today(), dt.datetime.now().time())
        if (
            self._run(
                lambda: issuing.build_document(self.db, "interview-notice", d.id, date=self.today())
            )
            is None
        ):
            return

        def attempt(confirm_past: bool) -> ivs.PastTimeError | bool:
            try:
                ivs.notify(self.db, d.id, now=now, confirm_past=confirm_past)
            except ivs.PastTimeError as err:  # asked below, outside the conflict handling
                return err
            return True

        action = self.tr("发出约谈通知书")
        result = self._run(lambda: attempt(False), seen=d, action=action)
        if result is None:
            return
        if isinstance(result, ivs.PastTimeError):
            if not ConfirmDialog.ask(
                self, self.tr("约谈时间已过"), result.message + "\n" + self.tr("仍标记为已通知吗？")
            ):
                return
            if self._run(lambda: attempt(True), seen=d, action=action) is None:
                return
        row = self._run(lambda: issuing.issue(self.db, "interview-notice", d.id, date=self.today()))
        if row is not None:
            self.last_message = self.tr("约谈通知书已登记，文号：") + row.number
        self._changed(d.id)

    def record_meeting(self) -> None:
        d = self.detail
        if d is None:
            return
        meeting = MeetingDialog.ask(self, d, self.today())
        if meeting is None:
            return
        breaches = self._run(lambda: ivs.record_meeting(self.db, d.id, meeting),
                             seen=d, action=self.tr("登记约谈情况（到场情况）"))
        if breaches is None:
            return
        if isinstance(breaches, list) and breaches:
            self.last_message = self.tr(
                "已登记约谈情况；无正当理由缺席或代替 %1 人，已记入配合情况"
            ).replace("%1", str(len(breaches)))
        else:
            self.last_message = self.tr("已登记约谈情况")
        self._changed(d.id)

    def start_tracking(self) -> None:
        d = self.detail
        if d is not None and self._run(lambda: ivs.start_tracking(self.db, d.id),
                                       seen=d, action=self.tr("转入整改跟踪")):
            self._changed(d.id)

    def receive_report(self) -> None:
        d = self.detail
        if d is None:
            return
        on = DateDialog.ask(self, self.tr("收到书面报告"), self.tr("收到日期："), self.today())
        if on is not None and self._run(lambda: ivs.receive_report(self.db, d.id, on),
                                        seen=d, action=self.tr("收到书面报告")):
            self._changed(d.id)

    def close_interview(self) -> None:
        d = self.detail
        if d is not None and self._run(lambda: ivs.close(self.db, d.id), self.tr("已办结"),
                                       seen=d, action=self.tr("办结")):
            self._changed(d.id)

    def cancel_interview(self) -> None:
        d = self.detail
        if d is None:
            return
        reason = TextDialog.ask(self, self.tr("取消约谈"), self.tr("取消约谈的原因（必填）："))
        if reason is not None and self._run(lambda: ivs.cancel(self.db, d.id, reason),
                                            seen=d, action=self.tr("取消约谈：") + reason):
            self._changed(d.id)

    # -- commitments -------------------------------------------------------------------------
    def add_commitment(self) -> None:
        d = self.detail
        if d is None:
            return
        item = CommitmentDialog.ask(self, self.today())
        if item is not None and self._run(lambda: ivs.add_commitment(self.db, d.id, item)):
            self._changed(d.id)

    def complete_commitment(self) -> None:
        d, c = self.detail, self._selected_commitment()
        if d is None or c is None:
            return
        on = DateDialog.ask(self, self.tr("承诺事项已完成"), self.tr("完成日期："), self.today())
        if on is not None and self._run(lambda: ivs.complete_commitment(self.db, c.id, on)):
            self._changed(d.id)

    def carry(self) -> None:
        d, c = self.detail, self._selected_commitment()
        if d is None or c is None:
            return
        due = DateDialog.ask(
            self,
            self.tr("转为问题隐患"),
            self.tr("整改期限："),
            self.today() + dt.timedelta(days=30),
        )
        if due is not None and self._run(
            lambda: ivs.carry_into_finding(self.db, c.id, due, today=self.today())
        ):
            self._changed(d.id)

    # -- documents ---------------------------------------------------------------------------
    def issue_minutes(self) -> None:
        d = self.detail
        if d is None:
            return
        row = self._run(
            lambda: issuing.issue(self.db, "interview-minutes", d.id, date=self.today())
        )
        if row is not None:
            self.last_message = self.tr("约谈纪要已登记，文号：") + row.number
            self.open_documents(row.id)

    def open_documents(self, issued_id: int | None = None) -> None:
        if self._open_documents is not None:
            self._open_documents(
                issued_id
                if isinstance(issued_id, int) and not isinstance(issued_id, bool)
                else None
            )


__all__ = ["InterviewsTab"]
