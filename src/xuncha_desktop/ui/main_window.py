"""The main window (forms/main_window.ui): plan/target selector, six tabs, menus, status bar."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QWidget

from xuncha_desktop import APP_NAME
from xuncha_desktop.config import LocalSettings, Paths
from xuncha_desktop.db.engine import Database, parse_target
from xuncha_desktop.db.migrate import open_database
from xuncha_desktop.errors import XunchaError
from xuncha_desktop.services import roles
from xuncha_desktop.services.findings import FindingListQuery, load_behind_share
from xuncha_desktop.services.office_settings import load_office_settings
from xuncha_desktop.services.queries import (
    DUE_SOON_DAYS,
    Overview,
    current_plan_id,
    overview_counts,
    plan_choices,
    target_choices,
)
from xuncha_desktop.services.reference import load_reference_data
from xuncha_desktop.ui.checklists_tab import ChecklistsTab
from xuncha_desktop.ui.dialogs import AboutDialog, SettingsDialog, show_error
from xuncha_desktop.ui.findings_tab import FindingsTab, install_findings_features
from xuncha_desktop.ui.forms.ui_main_window import Ui_MainWindow
from xuncha_desktop.ui.interviews_tab import InterviewsTab
from xuncha_desktop.ui.list_tab import ListTab
from xuncha_desktop.ui.overview_tab import OverviewTab
from xuncha_desktop.ui.plans_tab import PlansTab
from xuncha_desktop.ui.teams_tab import TeamsTab

TAB_OVERVIEW, TAB_PLANS, TAB_TEAMS, TAB_CHECKLISTS, TAB_FINDINGS, TAB_INTERVIEWS = range(6)


def window_title(db: Database) -> str:
    name = db.target.path.name if db.target.path is not None else db.target.display
    return f"{APP_NAME} — {name}" + ("（只读）" if db.read_only else "")


class MainWindow(QMainWindow):
    """Everything the clerk sees. Needs only an open database, the paths and the settings.

    ``today`` fixes the date the deadline statuses are computed for (tests); by default it is
    the current date at each refresh.
    """

    #: Emitted after the window switched to another database (the new :class:`Database`).
    databaseChanged = Signal(object)

    def __init__(
        self,
        db: Database,
        paths: Paths,
        settings: LocalSettings,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
        due_soon_days: int = DUE_SOON_DAYS,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.paths = paths
        self.settings = settings
        self._fixed_today = today
        self.due_soon_days = due_soon_days
        self._owns_db = False
        if settings.operator:
            db.operator = settings.operator

        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        line = self.fontMetrics().height()
        char = self.fontMetrics().horizontalAdvance("国")
        self.setMinimumSize(char * 50, line * 30)

        # Tabs -----------------------------------------------------------------------------
        self.overview_tab = OverviewTab(self)
        self.plans_tab = PlansTab(db, self, today=self.today)
        self.plans_tab.plansChanged.connect(self.refresh)
        self.databaseChanged.connect(self.plans_tab.set_database)
        self.teams_tab = TeamsTab(db, self, today=self.today)
        self.checklists_tab = ChecklistsTab(db, self, today=self.today)
        self.findings_query = FindingListQuery(self.today(), due_soon_days, load_behind_share(db))
        self.findings_tab = FindingsTab(db, self.findings_query, self)
        self.interviews_tab = InterviewsTab(
            db, self, today=self.today,
            selected_findings=lambda: [r.id for r in self.findings_tab.selected_rows()],
            open_documents=self.open_documents_at,
        )
        self.ui.overviewLayout.addWidget(self.overview_tab)
        self.ui.plansLayout.addWidget(self.plans_tab)
        self.ui.teamsLayout.addWidget(self.teams_tab)
        self.ui.checklistsLayout.addWidget(self.checklists_tab)
        self.ui.findingsLayout.addWidget(self.findings_tab)
        self.ui.interviewsLayout.addWidget(self.interviews_tab)

        # Status bar -----------------------------------------------------------------------
        self.operator_label = QLabel(self)
        self.db_label = QLabel(self)
        self.deadline_label = QLabel(self)
        bar = self.ui.statusbar
        bar.addWidget(self.operator_label)
        bar.addWidget(self.db_label, 1)
        bar.addPermanentWidget(self.deadline_label)

        # Actions --------------------------------------------------------------------------
        self.ui.actionQuit.setShortcut(QKeySequence("Ctrl+Q"))
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionDatabase.triggered.connect(self.open_settings)
        self.ui.actionSettings.triggered.connect(self.open_settings)
        self.ui.actionAbout.triggered.connect(self.show_about)
        from xuncha_desktop.ui.backup_dialog import install_backup_action

        install_backup_action(self)  # 工具 → 备份与恢复…
        from xuncha_desktop.ui.archive_dialogs import install_archive_actions

        install_archive_actions(self)  # 工具 → 核验证据档案…, 生成归档案卷…
        # 工具 → 检查表模板…: the template editor, as the 检查表 tab's 编辑模板… opens it
        self.templates_action = QAction(self.tr("检查表模板(&M)…"), self)
        self.templates_action.triggered.connect(self.checklists_tab.edit_templates)
        self.ui.menuTools.insertAction(self.ui.actionSettings, self.templates_action)
        self.documents_action = QAction(self.tr("公文与发文登记(&W)…"), self)
        self.documents_action.setShortcut(QKeySequence("Ctrl+E"))
        self.documents_action.triggered.connect(self.open_documents)
        self.ui.menuFile.insertAction(self.ui.actionDatabase, self.documents_action)
        self.ui.menuFile.insertSeparator(self.ui.actionDatabase)
        self.tab_actions: list[QAction] = []
        for i in range(self.ui.tabWidget.count()):
            action = QAction(self.ui.tabWidget.tabText(i), self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, i=i: self.ui.tabWidget.setCurrentIndex(i))
            self.addAction(action)
            self.tab_actions.append(action)
            self.ui.tabWidget.setTabToolTip(i, f"Ctrl+{i + 1}")
        self.refresh_action = QAction(self.tr("刷新"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh)
        self.addAction(self.refresh_action)
        self.ui.refreshButton.clicked.connect(self.refresh)

        # Selector -------------------------------------------------------------------------
        self.ui.planCombo.currentIndexChanged.connect(self._plan_changed)
        self.ui.targetCombo.currentIndexChanged.connect(self._apply_scope)
        self._load_plans(select=current_plan_id(db))
        self._update_status_texts()
        self.refresh_overview()
        self.due_banner = install_findings_features(self)
        from xuncha_desktop.ui.overview_tab import install_overview_links

        install_overview_links(self)  # every 总览 figure opens its list; the charts
        from xuncha_desktop.ui.read_only import install_read_only_features

        # 工具 → 修复数据库…, and the banner shown while a damaged file is open read-only
        self.read_only_banner = install_read_only_features(self)
        from xuncha_desktop.ui.trash_dialog import install_records_actions

        install_records_actions(self)  # 工具 → 回收站…, 操作员与权限…, 记录历史… (Ctrl+H)
        from xuncha_desktop.ui.drafts_window import install_drafts_menu

        install_drafts_menu(self)  # 文书 → 起草巡查反馈意见… / 巡查报告… / 年度报告…
        from xuncha_desktop.ui.office_settings_dialog import install_office_settings_action

        self.office_settings_action = install_office_settings_action(self)  # 工具 → 办公室设置…

    # -- accessors ----------------------------------------------------------------------------
    def today(self) -> dt.date:
        return self._fixed_today or dt.date.today()

    @property
    def plan_combo(self) -> QComboBox:
        return self.ui.planCombo

    @property
    def target_combo(self) -> QComboBox:
        return self.ui.targetCombo

    def list_tabs(self) -> list[Any]:
        return [
            self.plans_tab.plans,
            *self.teams_tab.lists(),
            self.checklists_tab,
            self.findings_tab,
            self.interviews_tab,
        ]

    def scoped_tabs(self) -> list[ListTab]:
        return [t for t in self.list_tabs() if t.follows_selection]

    def selected_plan_id(self) -> int | None:
        value: Any = self.ui.planCombo.currentData()
        return int(value) if value is not None else None

    def selected_target_id(self) -> int | None:
        value: Any = self.ui.targetCombo.currentData()
        return int(value) if value is not None else None

    # -- selector -----------------------------------------------------------------------------
    def select_plan(self, plan_id: int | None) -> None:
        index = self.ui.planCombo.findData(plan_id)
        self.ui.planCombo.setCurrentIndex(max(index, 0))

    def select_target(self, target_id: int | None) -> None:
        index = self.ui.targetCombo.findData(target_id)
        self.ui.targetCombo.setCurrentIndex(max(index, 0))

    def _load_plans(self, select: int | None) -> None:
        combo = self.ui.planCombo
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(self.tr("全部巡查计划"), None)
            for choice in plan_choices(self.db):
                combo.addItem(choice.label, choice.id)
            index = combo.findData(select) if select is not None else 0
            combo.setCurrentIndex(max(index, 0))
        finally:
            combo.blockSignals(False)
        self._plan_changed()

    def _plan_changed(self, _index: int = -1, *, keep_target: int | None = None) -> None:
        plan_id = self.selected_plan_id()
        combo = self.ui.targetCombo
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(self.tr("全部巡查对象"), None)
            if plan_id is not None:
                for choice in target_choices(self.db, plan_id):
                    combo.addItem(choice.label, choice.id)
            index = combo.findData(keep_target) if keep_target is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.setEnabled(plan_id is not None)
        finally:
            combo.blockSignals(False)
        self._apply_scope()

    def _apply_scope(self, _index: int = -1) -> None:
        plan_id, target_id = self.selected_plan_id(), self.selected_target_id()
        for tab in self.scoped_tabs():
            tab.set_scope(plan_id, target_id)

    # -- refreshing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read everything from the database (other workstations may have changed it)."""
        self.findings_query.today = self.today()
        plan_id, target_id = self.selected_plan_id(), self.selected_target_id()
        combo = self.ui.planCombo
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(self.tr("全部巡查计划"), None)
            for choice in plan_choices(self.db):
                combo.addItem(choice.label, choice.id)
            combo.setCurrentIndex(max(combo.findData(plan_id), 0) if plan_id is not None else 0)
        finally:
            combo.blockSignals(False)
        self._plan_changed(keep_target=target_id)
        for tab in self.list_tabs():
            tab.refresh()
        self.refresh_overview()

    def reload_office_settings(self) -> None:
        """Re-read the office settings the window keeps (after 办公室设置 was saved), refresh."""
        self._read_office_settings()
        self.refresh()

    def _read_office_settings(self) -> None:
        self.due_soon_days = load_office_settings(self.db).due_soon_days
        self.findings_query.due_soon_days = self.due_soon_days
        self.findings_query.behind_share = load_behind_share(self.db)

    def refresh_overview(self) -> Overview:
        ov = overview_counts(self.db, self.today(), self.due_soon_days)
        self.overview_tab.show_overview(ov)
        text = (
            self.tr("逾期 %1 项 · 即将到期 %2 项")
            .replace("%1", str(ov.findings_overdue))
            .replace("%2", str(ov.findings_due_soon))
        )
        if ov.commitments_overdue:
            text += self.tr(" · 承诺逾期 %1 项").replace("%1", str(ov.commitments_overdue))
        self.deadline_label.setText(text)
        self.deadline_label.setToolTip(
            self.tr("尚未销号的问题隐患的整改期限情况")
            + self.tr("；逾期未完成的约谈承诺 %1 项（见“约谈”页）")
            .replace("%1", str(ov.commitments_overdue))
        )
        return ov

    def _update_status_texts(self) -> None:
        self.setWindowTitle(window_title(self.db))
        self.operator_label.setText(self.tr("操作员：") + self._operator_text())
        self.db_label.setText(self.tr("数据库：") + self.db.target.display)
        self.db_label.setToolTip(self.db.target.display)

    def _operator_text(self) -> str:
        """The operator's name, with the role once operators are registered: 张三（管理员）,
        or 张三（未登记） for a name that is not an active operator."""
        name = self.settings.operator
        if not name:
            return "—"
        try:
            role = roles.current_role(self.db, name)
        except XunchaError:
            return name
        return role.text if role.configured else name

    # -- menu actions -------------------------------------------------------------------------
    def open_settings(self) -> None:
        new = SettingsDialog.ask(self, self.paths, self.settings, self.db.target.display)
        if new is None:
            return
        old_db = self.settings.db
        for f in dataclasses.fields(LocalSettings):
            setattr(self.settings, f.name, getattr(new, f.name))
        self.db.operator = self.settings.operator
        if new.db and new.db != old_db and not self._is_current(new.db):
            self.switch_database(new.db)
        self._update_status_texts()

    def _is_current(self, location: str) -> bool:
        try:
            return parse_target(location).url == self.db.target.url
        except XunchaError:
            return False

    def switch_database(self, location: str) -> bool:
        """Open another database in place of the current one; False (and a message) on error."""
        try:
            new_db = open_database(location, operator=self.settings.operator or "系统")
        except XunchaError as err:
            show_error(self, err)
            return False
        try:
            load_reference_data(new_db)
        except XunchaError as err:
            new_db.close()
            show_error(self, err)
            return False
        old, old_owned = self.db, self._owns_db
        self.db, self._owns_db = new_db, True
        self._read_office_settings()  # the new database has its own due-soon days
        for tab in self.list_tabs():
            tab.set_database(new_db)
        self._load_plans(select=current_plan_id(new_db))
        self.refresh_overview()
        self._update_status_texts()
        if old_owned:
            old.close()
        self.databaseChanged.emit(new_db)
        return True

    def open_documents(self) -> None:
        from xuncha_desktop.ui.documents_window import DocumentsWindow

        DocumentsWindow.ask(self, self.db, self.settings)
        self.refresh()

    def open_documents_at(self, issued_id: int | None) -> None:
        """公文与发文登记 with one registered document selected (from the 约谈 tab)."""
        from xuncha_desktop.ui.documents_window import TAB_REGISTER, DocumentsWindow

        win = DocumentsWindow(self.db, self.settings, self, today=self.today())
        if issued_id is not None:
            win.ui.tabs.setCurrentIndex(TAB_REGISTER)
            win.select_issued(issued_id)
        try:
            win.exec()
        finally:
            win.deleteLater()
        self.refresh()

    def show_about(self) -> None:
        AboutDialog.ask(self, self.db)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._owns_db:
            self.db.close()
            self._owns_db = False
        super().closeEvent(event)
