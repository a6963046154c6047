"""The 巡查组 tab (forms/teams_tab.ui): teams, the team editor and the people pool.

The team editor is the roster of the selected team with a live rules panel (each rule a line
that says 符合 or what is broken, in green or red), and the actions: 抽取, 指定, 移出, 报批,
批准, 退回, 进驻, 结束, 调整 and 复核抽取. The pool page imports and exports Excel (off the UI
thread, with progress and cancel) and hands out the template workbook.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, QThreadPool
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from xuncha_desktop.db import models as m
from xuncha_desktop.db.base import Base
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import XunchaError
from xuncha_desktop.services import draws, people, people_io, teams
from xuncha_desktop.services.queries import (
    ListFilter,
    MembershipQuery,
    MembershipRow,
    PersonQuery,
    TeamQuery,
    TeamRow,
    format_date,
    format_datetime,
)
from xuncha_desktop.ui import dialogs
from xuncha_desktop.ui.conflict_dialog import KEEP, SAVED, save_or_resolve
from xuncha_desktop.ui.documents_jobs import Job
from xuncha_desktop.ui.forms.ui_teams_tab import Ui_TeamsTab
from xuncha_desktop.ui.list_tab import ListTab
from xuncha_desktop.ui.people_dialogs import VALID_ONLY, ImportPreviewDialog
from xuncha_desktop.ui.person_dialog import PersonDialog
from xuncha_desktop.ui.team_dialogs import (
    AppointDialog,
    DrawDialog,
    NewTeamDialog,
    ReplaceDialog,
)

OK_STYLE = "color: #0a6b2c;"  # dark green, readable; the text also says 符合
BAD_STYLE = "color: #b00020; font-weight: bold;"  # dark red; the text also says what is broken
XLSX = "Excel 工作簿 (*.xlsx)"
_ROOT = QModelIndex()
#: An action's rows for the conflict check: (model, id, version the operator saw).
Seen = list[tuple[type[Base], Any, int | None]]


def team_texts(row: TeamRow) -> dict[str, str]:
    """A team as the conflict dialog shows it (the columns of the team list)."""
    return {"巡查组": row.name, "状态": row.state, "巡查对象": row.regions,
            "组长": row.leader, "在组人数": str(row.members), "联系电话": row.phone}


def member_texts(row: MembershipRow) -> dict[str, str]:
    """A membership as the conflict dialog shows it (the columns of the roster)."""
    return {"姓名": row.name, "职务": row.role, "产生方式": row.selection,
            "在组情况": row.status, "离组日期": format_date(row.leave_date)}


class StateHistoryModel(QAbstractTableModel):
    """The state changes of one team (时间, 操作员, 状态变更), read from the audit log."""

    HEADERS = ("时间", "操作员", "状态变更")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.changes: list[teams.StateChange] = []

    def set_changes(self, changes: list[teams.StateChange]) -> None:
        self.beginResetModel()
        self.changes = list(changes)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | Any = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.changes)

    def columnCount(self, parent: QModelIndex | Any = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: QModelIndex | Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        c = self.changes[index.row()]
        return (format_datetime(c.at), c.operator, c.text)[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None


class TeamsTab(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] | None = None) -> None:
        super().__init__(parent)
        self.db = db
        #: The date recorded when a condition is checked (tests fix it).
        self.today: Callable[[], dt.date] = today or dt.date.today
        self.ui = Ui_TeamsTab()
        self.ui.setupUi(self)
        self.teams = ListTab(db, TeamQuery(), self, stretch_key="regions")
        self.roster = ListTab(db, MembershipQuery(), self, stretch_key="unit")
        self.people = ListTab(db, PersonQuery(), self, stretch_key="unit")
        self.ui.teamsBoxLayout.addWidget(self.teams)
        self.ui.rosterBoxLayout.addWidget(self.roster)
        self.ui.peopleLayout.addWidget(self.people)
        self.ui.splitter.setStretchFactor(0, 2)
        self.ui.splitter.setStretchFactor(1, 3)
        self.team_id: int | None = None
        #: 调整 reasons kept after a save conflict (membership id → reason, unfit): the next
        #: 调整 of that member opens with them.
        self.pending_replace: dict[int, tuple[str, bool]] = {}
        self._job: Job | None = None
        self._progress: QProgressDialog | None = None

        # team list actions ----------------------------------------------------------------
        self.buttons: dict[str, QPushButton] = {}
        team_bar = QHBoxLayout()
        new_team = QPushButton(self.tr("新建巡查组(&N)…"), self)
        new_team.clicked.connect(self.new_team)
        team_bar.addWidget(new_team)
        team_bar.addStretch(1)
        self.buttons["new_team"] = new_team
        self.ui.teamsBoxLayout.insertLayout(0, team_bar)

        # team editor actions --------------------------------------------------------------
        bar = QHBoxLayout()
        for key, text, slot in (
            ("draw", "随机抽取(&R)…", self.draw),
            ("appoint", "指定人选(&A)…", self.appoint),
            ("remove", "移出", self.remove_member),
            ("submit", "报批", lambda: self.change_state("报批")),
            ("approve", "批准", lambda: self.change_state("已批准")),
            ("return", "退回修改", lambda: self.change_state("拟定")),
            ("station", "进驻", lambda: self.change_state("进驻")),
            ("finish", "结束", lambda: self.change_state("已结束")),
            ("replace", "调整成员(&J)…", self.replace_member),
            ("verify", "复核抽取", self.verify_draws),
        ):
            button = QPushButton(self.tr(text), self)
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.buttons[key] = button
        bar.addStretch(1)
        self.ui.rosterBoxLayout.insertLayout(0, bar)
        self.rules_box = QGroupBox(self.tr("规则检查"), self)
        # the rule lines scroll inside the box rather than overlap when it is short
        rules_scroll = QScrollArea(self.rules_box)
        rules_scroll.setWidgetResizable(True)
        rules_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        rules_pane = QWidget(rules_scroll)
        self.rules_layout = QVBoxLayout(rules_pane)
        self.rule_labels: dict[str, QLabel] = {}
        for key, name in teams.RULE_NAMES.items():
            label = QLabel(name, rules_pane)
            label.setWordWrap(True)
            self.rules_layout.addWidget(label)
            self.rule_labels[key] = label
        self.rules_layout.addStretch(1)
        rules_scroll.setWidget(rules_pane)
        QVBoxLayout(self.rules_box).addWidget(rules_scroll)
        # 状态变更记录 (from the audit log, newest last) beside the rules panel
        self.history_box = QGroupBox(self.tr("状态变更记录"), self)
        history_layout = QVBoxLayout(self.history_box)
        self.state_history = StateHistoryModel(self)
        self.history_view = QTableView(self.history_box)
        self.history_view.setModel(self.state_history)
        self.history_view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.history_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.history_view.verticalHeader().hide()
        self.history_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.history_view.horizontalHeader().setStretchLastSection(True)
        history_layout.addWidget(self.history_view)
        # rules and history below the roster, in the splitter: the roster keeps its rows
        detail_pane = QWidget(self)
        detail = QHBoxLayout(detail_pane)
        detail.setContentsMargins(0, 0, 0, 0)
        detail.addWidget(self.rules_box, 1)
        detail.addWidget(self.history_box, 1)
        self.ui.splitter.addWidget(detail_pane)
        self.ui.splitter.setStretchFactor(0, 2)
        self.ui.splitter.setStretchFactor(1, 3)
        self.ui.splitter.setStretchFactor(2, 2)
        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        self.ui.teamsInnerLayout.addWidget(self.message)

        # pool actions ---------------------------------------------------------------------
        pool_bar = QHBoxLayout()
        for key, text, slot in (
            ("new_person", "新增人员(&N)…", self.new_person),
            ("edit_person", "编辑人员(&E)…", self.edit_person),
            ("import", "从 Excel 导入(&I)…", self.import_pool),
            ("export", "导出到 Excel(&X)…", self.export_pool),
            ("template", "下载导入模板(&M)…", self.save_template),
        ):
            button = QPushButton(self.tr(text), self)
            button.clicked.connect(slot)
            pool_bar.addWidget(button)
            self.buttons[key] = button
        pool_bar.addStretch(1)
        self.pool_message = QLabel("", self)
        self.pool_message.setWordWrap(True)
        self.ui.peopleLayout.insertLayout(0, pool_bar)
        self.ui.peopleLayout.addWidget(self.pool_message)
        self.people.ui.tableView.doubleClicked.connect(lambda _index: self.edit_person())

        self.teams.currentIdChanged.connect(self._team_selected)
        self._update_editor()

    def lists(self) -> list[ListTab]:
        return [self.teams, self.roster, self.people]

    # -- hooks that tests replace ---------------------------------------------------------
    @classmethod
    def ask_open_path(cls, parent: QWidget, title: str) -> str:
        return QFileDialog.getOpenFileName(parent, title, "", parent.tr(XLSX))[0]

    @classmethod
    def ask_save_path(cls, parent: QWidget, title: str, name: str) -> str:
        return QFileDialog.getSaveFileName(parent, title, name, parent.tr(XLSX))[0]

    # -- selection and the rules panel ----------------------------------------------------
    def _team_selected(self, team_id: Any) -> None:
        self.team_id = team_id
        self.roster.model.set_team(team_id)
        if team_id is None:
            self.ui.rosterBox.setTitle(self.tr("组成人员（全部巡查组）"))
        else:
            row = self.teams.model.row_at(self.teams.ui.tableView.currentIndex().row())
            name = getattr(row, "name", "")
            self.ui.rosterBox.setTitle(self.tr("组成人员：") + name)
        self._update_editor()

    def select_team(self, team_id: int) -> None:
        view = self.teams.ui.tableView
        for row in range(self.teams.model.rowCount()):
            if getattr(self.teams.model.row_at(row), "id", None) == team_id:
                view.selectRow(row)
                return

    def rule_texts(self) -> list[str]:
        return [label.text() for label in self.rule_labels.values()]

    def _update_editor(self) -> None:
        state = ""
        if self.team_id is not None:
            try:
                facts = teams.team_facts(self.db, self.team_id)
                results = teams.evaluate(facts, teams.load_rules(self.db))
            except XunchaError as err:
                self.message.setText(err.message)
                results = []
            else:
                state = facts.state
            try:
                self.state_history.set_changes(teams.state_history(self.db, self.team_id))
            except XunchaError:
                self.state_history.set_changes([])
            for r in results:
                label = self.rule_labels[r.rule]
                label.setText(r.text)
                label.setStyleSheet(OK_STYLE if r.ok or not r.enabled else BAD_STYLE)
            bad = sum(1 for r in results if not r.ok)
            self.rules_box.setTitle(
                self.tr("规则检查：全部符合") if results and not bad
                else self.tr("规则检查：%n 项不符合", "", bad))
        else:
            self.state_history.set_changes([])
            for i, label in enumerate(self.rule_labels.values()):
                label.setText(self.tr("请先选择一个巡查组") if i == 0 else "")
                label.setStyleSheet("")
            self.rules_box.setTitle(self.tr("规则检查"))
        enabled = {
            "draw": state == "拟定", "appoint": state == "拟定", "remove": state == "拟定",
            "submit": state == "拟定", "approve": state == "报批", "return": state == "报批",
            "station": state == "已批准", "finish": state == "进驻",
            "replace": state in ("已批准", "进驻"), "verify": bool(state),
        }
        for key, on in enabled.items():
            self.buttons[key].setEnabled(on)

    def _after_change(self, message: str) -> None:
        self.message.setText(message)
        keep = self.team_id
        self.teams.refresh()
        self.roster.refresh()
        self.people.refresh()
        if keep is not None:
            self.select_team(keep)
            self.team_id = keep
            self.roster.model.set_team(keep)
        self._update_editor()

    def _try(self, fn: Callable[[], str], *, seen: Seen | None = None,
             mine: Callable[[], dict[str, str]] | None = None,
             theirs: Callable[[], dict[str, str] | None] | None = None) -> str:
        """Run an action; with ``seen`` (the rows as the operator saw them) a change somebody
        else saved meanwhile shows the conflict dialog instead of being overwritten.

        Returns ``"saved"`` when the action was done, ``""`` when it failed (the message is
        shown), or after a conflict the dialog's choice (``"keep"`` or ``"reload"``): then
        nothing was saved and the tab shows the database as it is now."""
        try:
            if seen is None:
                message = fn()
            else:
                outcome = save_or_resolve(self, fn, rows=seen, mine=mine or dict,
                                          theirs=theirs or (lambda: None))
                if not outcome.saved:
                    self._after_change(self.tr(
                        "巡查组已被其他人修改，操作没有执行；已重新载入当前内容，"
                        "请核对后再操作。"))
                    return outcome.choice
                message = str(outcome.value)
        except XunchaError as err:
            self.message.setText(err.message)
            dialogs.show_error(self, err)
            return ""
        self._after_change(message)
        return SAVED

    # -- what the operator saw, and what is in the database now ------------------------------
    def team_row(self) -> TeamRow | None:
        """The selected team as the team list shows it (with the version read with it)."""
        if self.team_id is None:
            return None
        model = self.teams.model
        row = model.row_at(self.teams.ui.tableView.currentIndex().row())
        if getattr(row, "id", None) == self.team_id:
            return row
        for r in range(model.rowCount()):
            row = model.row_at(r)
            if getattr(row, "id", None) == self.team_id:
                return row
        return None

    def _fresh_team(self, team_id: int) -> dict[str, str] | None:
        rows = TeamQuery().page(self.db, 0, 1, flt=ListFilter(team_id=team_id))
        return {"办理事项": self.tr("（当前状态）"), **team_texts(rows[0])} if rows else None

    def _fresh_member(self, team_id: int, membership_id: int) -> dict[str, str] | None:
        rows = MembershipQuery().page(self.db, 0, 10_000, flt=ListFilter(team_id=team_id))
        row = next((r for r in rows if r.id == membership_id), None)
        return {"办理事项": self.tr("（当前状态）"), **member_texts(row)} if row else None

    @property
    def operator(self) -> str:
        return getattr(self.db, "operator", None) or "办公室"

    # -- team actions -----------------------------------------------------------------------
    def draw(self) -> None:
        if self.team_id is None:
            return
        tid = self.team_id
        answer = DrawDialog.ask(self, draws.open_places(self.db, tid))
        if answer is None:
            return
        role, places, seed = answer

        def run() -> str:
            if role is None:
                results = draws.draw_open_places(self.db, tid, operator=self.operator,
                                                 seed=seed or None)
            else:
                results = [draws.draw_members(self.db, tid, role, places, operator=self.operator,
                                              seed=seed or None)]
            if not results:
                return self.tr("没有空缺岗位，无需抽取。")
            return self.tr("已抽取：") + "；".join(
                f"{r.role} {'、'.join(r.chosen_names)}（记录 {r.draw_id}，种子 {r.seed}）"
                for r in results)

        self._try(run)

    def appoint(self) -> None:
        if self.team_id is None:
            return
        pid = self.people.current_id()
        if pid is None:
            self.message.setText(self.tr("请先在“人员库”中选中要指定的人员。"))
            return
        row = self.people.model.row_at(self.people.ui.tableView.currentIndex().row())
        name = getattr(row, "name", "")
        answer = AppointDialog.ask(self, name)
        if answer is None:
            return
        role, reason = answer
        tid = self.team_id
        self._try(lambda: (teams.appoint_member(self.db, tid, pid, role, reason,
                                                operator=self.operator),
                           self.tr("已指定 ") + name + self.tr(" 担任") + role)[1])

    def _current_member(self) -> MembershipRow | None:
        """The selected roster row as listed (with the version read with it)."""
        mid = self.roster.current_id()
        row = self.roster.model.row_at(self.roster.ui.tableView.currentIndex().row())
        if mid is None or not isinstance(row, MembershipRow):
            self.message.setText(self.tr("请先在组成人员中选中一人。"))
            return None
        return row

    def remove_member(self) -> None:
        row = self._current_member()
        if row is None:
            return

        def run() -> str:
            teams.remove_member(self.db, row.id, operator=self.operator)
            return self.tr("已将 ") + row.name + self.tr(" 移出本组")

        self._try(run, seen=[(m.Membership, row.id, row.version)],
                  mine=lambda: {"办理事项": self.tr("移出本组"), **member_texts(row)},
                  theirs=lambda: self._fresh_member(row.team_id, row.id))

    def change_state(self, to_state: str) -> None:
        if self.team_id is None:
            return
        tid = self.team_id
        seen = self.team_row()

        def run() -> str:
            action = teams.change_state(self.db, tid, to_state, operator=self.operator)
            return self.tr("已") + action + self.tr("，巡查组状态：") + to_state

        def mine() -> dict[str, str]:
            shown = team_texts(seen) if seen is not None else {}
            return {"办理事项": f"{shown.get('状态', '')} → {to_state}", **shown}

        self._try(run, seen=[(m.Team, tid, seen.version if seen is not None else None)],
                  mine=mine, theirs=lambda: self._fresh_team(tid))

    def replace_member(self) -> None:
        row = self._current_member()
        if row is None:
            return
        pending = self.pending_replace.get(row.id)
        answer = (ReplaceDialog.ask(self, row.name) if pending is None
                  else ReplaceDialog.ask(self, row.name, reason=pending[0], unfit=pending[1]))
        if answer is None:
            return
        self.pending_replace.pop(row.id, None)
        reason, unfit = answer
        team = self.team_row()

        def run() -> str:
            new_id = draws.replace_member(self.db, row.id, reason, operator=self.operator,
                                          unfit=unfit)
            history = teams.team_history(self.db, row.team_id)
            new = next(h for h in history if h.membership_id == new_id)
            return self.tr("已调整：") + row.name + self.tr(" 离组，由 ") + new.name + self.tr(
                " 接替（随机抽取）")

        def mine() -> dict[str, str]:
            how = self.tr("不适合从事巡查工作，随机抽取接替人选") if unfit else self.tr(
                "随机抽取接替人选")
            return {"办理事项": self.tr("调整成员（离组）"), "调整理由": reason,
                    "接替方式": how, **member_texts(row)}

        seen: Seen = [(m.Membership, row.id, row.version)]
        if team is not None and team.id == row.team_id:
            seen.append((m.Team, team.id, team.version))
        choice = self._try(run, seen=seen, mine=mine,
                           theirs=lambda: self._fresh_member(row.team_id, row.id))
        if choice == KEEP:
            # the reason the operator wrote is not lost: the next 调整 of this member opens
            # with it, over the version now shown
            self.pending_replace[row.id] = (reason, unfit)
            self.message.setText(self.message.text() + self.tr(
                "您填写的调整理由已保留，再次点击“调整成员…”即可使用。"))

    def verify_draws(self) -> None:
        if self.team_id is None:
            return
        rows = draws.list_draws(self.db, self.team_id)
        checks = [draws.verify_draw(self.db, r.id) for r in rows]
        failed = [c for c in checks if not c.ok]
        text = self.tr("复核抽取记录 %n 条：", "", len(checks)) + (
            self.tr("全部通过，重新抽取结果与记录一致。") if not failed
            else "；".join(c.text for c in failed))
        self.message.setText(text)

    def new_team(self) -> None:
        team_id = NewTeamDialog.ask(self, self.db, self.operator)
        if team_id is None:
            return
        self.team_id = team_id
        self._after_change(self.tr("已新建巡查组（拟定），请抽取或指定组成人员。"))

    # -- pool actions -----------------------------------------------------------------------
    def new_person(self) -> None:
        self._edit_person(None)

    def edit_person(self) -> None:
        pid = self.people.current_id()
        if pid is None:
            self.pool_message.setText(self.tr("请先在人员库中选中一人。"))
            return
        self._edit_person(pid)

    def _edit_person(self, person_id: int | None) -> None:
        saved = PersonDialog.ask(self, self.db, person_id, self.operator, self.today())
        if saved is None:
            return
        name = people.load_person(self.db, saved).name
        self.pool_message.setText(self.tr("已保存人员：") + name)
        self._after_change(self.message.text())

    def _start(self, title: str, fn: Callable[[Callable[[], bool]], Any],
               done: Callable[[Any], None]) -> None:
        job = Job(fn)
        progress = QProgressDialog(title, self.tr("取消"), 0, 0, self)
        progress.setWindowTitle(self.tr("请稍候"))
        progress.setMinimumDuration(300)
        progress.canceled.connect(job.cancel)

        def finish() -> None:
            progress.reset()
            self._job = None

        def on_done(result: Any) -> None:
            finish()
            done(result)

        def on_failed(err: Any) -> None:
            finish()
            self.pool_message.setText(str(getattr(err, "message", err)))
            dialogs.show_error(self, err)

        def on_cancelled() -> None:
            finish()
            self.pool_message.setText(self.tr("已取消，人员库没有改动。"))

        job.signals.done.connect(on_done)
        job.signals.failed.connect(on_failed)
        job.signals.cancelled.connect(on_cancelled)
        self._job, self._progress = job, progress
        QThreadPool.globalInstance().start(job)

    def busy(self) -> bool:
        return self._job is not None

    def import_pool(self) -> None:
        path = self.ask_open_path(self, self.tr("选择人员库工作簿"))
        if not path:
            return

        def read(cancelled: Callable[[], bool]) -> people_io.ImportPreview:
            return people_io.read_pool_file(self.db, path, lambda d, t: not cancelled())

        self._start(self.tr("正在检查人员库工作簿…"), read, self._preview_ready)

    def _preview_ready(self, preview: people_io.ImportPreview) -> None:
        self.pool_message.setText(preview.summary())
        choice = ImportPreviewDialog.ask(self, preview)
        if choice is None:
            self.pool_message.setText(preview.summary() + self.tr("未导入，人员库没有改动。"))
            return

        today = self.today()  # the date a condition marked 是 is recorded as checked

        def write(cancelled: Callable[[], bool]) -> people_io.ImportResult:
            return people_io.apply_import(self.db, preview, valid_only=choice == VALID_ONLY,
                                          operator=self.operator,
                                          progress=lambda d, t: not cancelled(), today=today)

        def written(result: people_io.ImportResult) -> None:
            self.pool_message.setText(result.text)
            self.people.refresh()

        self._start(self.tr("正在导入人员库…"), write, written)

    def export_pool(self) -> None:
        path = self.ask_save_path(self, self.tr("导出人员库"), "人员库.xlsx")
        if not path:
            return
        self._start(self.tr("正在导出人员库…"),
                    lambda cancelled: people_io.export_pool(self.db, path),
                    lambda n: self.pool_message.setText(
                        self.tr("已导出 %n 人（身份证号已隐去中间位）：", "", n) + path))

    def save_template(self) -> None:
        path = self.ask_save_path(self, self.tr("保存人员库导入模板"), "人员库导入模板.xlsx")
        if not path:
            return
        try:
            people_io.write_template(path)
        except XunchaError as err:
            dialogs.show_error(self, err)
            return
        self.pool_message.setText(self.tr("模板已保存：") + path)
