"""The 总览 tab (forms/overview_tab.ui): the office's key figures, big number over a label."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from xuncha_desktop.db import models as m
from xuncha_desktop.services.queries import Overview, format_date
from xuncha_desktop.ui.forms.ui_overview_tab import Ui_OverviewTab

FIGURES_PER_ROW = 4


class Figure(QWidget):
    """A big number with its Chinese caption underneath."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setSpacing(0)
        self.value_label = QLabel("—", self)
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * 2.4)
        font.setBold(True)
        self.value_label.setFont(font)
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
        self.caption_label = QLabel(caption, self)
        self.caption_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.caption_label.setWordWrap(True)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("国") * 7)
        self.setAccessibleName(caption)

    def set_value(self, text: str, tooltip: str = "") -> None:
        self.value_label.setText(text)
        self.setToolTip(tooltip)
        self.setAccessibleDescription(text)

    def value(self) -> str:
        return self.value_label.text()

    def caption(self) -> str:
        return self.caption_label.text()


class OverviewTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OverviewTab()
        self.ui.setupUi(self)
        heading = QFont(self.font())
        heading.setPointSizeF(self.font().pointSizeF() * 1.5)
        heading.setBold(True)
        self.ui.headingLabel.setFont(heading)
        self.figures: dict[str, Figure] = {}
        self._add(self.ui.plansGrid, "plans_in_progress", self.tr("实施中的巡查计划"))
        self._add(self.ui.plansGrid, "plans_total", self.tr("巡查计划总数"))
        self._add(self.ui.deadlineGrid, "findings_overdue", self.tr("逾期未整改"))
        self._add(self.ui.deadlineGrid, "findings_due_soon", self.tr("即将到期"))
        self._add(self.ui.deadlineGrid, "findings_open", self.tr("未销号问题"))
        for state in m.FINDING_STATES:
            self._add(self.ui.findingsGrid, f"findings_{state}", state)
        self._add(self.ui.findingsGrid, "findings_total", self.tr("问题隐患总数"))
        self._add(self.ui.interviewsGrid, "interviews_pending", self.tr("待办结的约谈"))
        self._add(self.ui.interviewsGrid, "commitments_overdue", self.tr("逾期未完成的约谈承诺"))
        self._add(self.ui.coverageGrid, "regions_covered", self.tr("本周期已巡查市县"))
        self._add(self.ui.coverageGrid, "regions_planned", self.tr("本周期已列入计划"))
        self._add(self.ui.coverageGrid, "regions_uncovered", self.tr("尚未安排的市县"))

    def _add(self, grid: QGridLayout, key: str, caption: str) -> None:
        n = grid.count()
        figure = Figure(caption, self)
        figure.setObjectName(f"figure_{key}")
        grid.addWidget(figure, n // FIGURES_PER_ROW, n % FIGURES_PER_ROW)
        self.figures[key] = figure

    def show_overview(self, ov: Overview) -> None:
        f = self.figures
        f["plans_in_progress"].set_value(str(ov.plans_in_progress))
        f["plans_total"].set_value(str(ov.plans_total))
        f["findings_overdue"].set_value(
            str(ov.findings_overdue), self.tr("整改期限已过、尚未销号的问题隐患")
        )
        f["findings_due_soon"].set_value(
            str(ov.findings_due_soon), self.tr("整改期限临近、尚未销号的问题隐患")
        )
        f["findings_open"].set_value(str(ov.findings_open))
        for state in m.FINDING_STATES:
            f[f"findings_{state}"].set_value(str(ov.findings_by_state.get(state, 0)))
        f["findings_total"].set_value(str(ov.findings_total))
        f["interviews_pending"].set_value(
            str(ov.interviews_pending), self.tr("尚未办结的约谈（拟约谈、已通知、已约谈、整改跟踪）")
        )
        f["commitments_overdue"].set_value(
            str(ov.commitments_overdue), self.tr("约谈中作出、已过完成期限仍未完成的承诺")
        )
        total = ov.regions_total
        f["regions_covered"].set_value(
            f"{ov.regions_covered} / {total}", self.tr("巡查对象撤离日期已过的市县")
        )
        f["regions_planned"].set_value(f"{ov.regions_planned} / {total}")
        f["regions_uncovered"].set_value(str(max(total - ov.regions_planned, 0)))
        cycle = ov.cycle_name or self.tr("（尚未建立巡查周期）")
        self.ui.asOfLabel.setText(
            self.tr("统计日期：") + format_date(ov.today) + self.tr("　　当前巡查周期：") + cycle
        )
