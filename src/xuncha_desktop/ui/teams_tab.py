"""The 巡查组 tab (forms/teams_tab.ui): teams, the roster of the selected team, the people pool."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from xuncha_desktop.db.engine import Database
from xuncha_desktop.services.queries import MembershipQuery, PersonQuery, TeamQuery
from xuncha_desktop.ui.forms.ui_teams_tab import Ui_TeamsTab
from xuncha_desktop.ui.list_tab import ListTab


class TeamsTab(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.teams.currentIdChanged.connect(self._team_selected)

    def lists(self) -> list[ListTab]:
        return [self.teams, self.roster, self.people]

    def _team_selected(self, team_id: Any) -> None:
        self.roster.model.set_team(team_id)
        if team_id is None:
            self.ui.rosterBox.setTitle(self.tr("组成人员（全部巡查组）"))
        else:
            row = self.teams.model.row_at(self.teams.ui.tableView.currentIndex().row())
            name = getattr(row, "name", "")
            self.ui.rosterBox.setTitle(self.tr("组成人员：") + name)
