"""The 总览 tab (forms/overview_tab.ui): the office's key figures and four charts.

Every figure opens the list it counts (a click, or Enter/Space when it has the focus):
:func:`install_overview_links` wires them to the tabs of the main window. The charts (findings
by sector and by 巡查内容 item, 整改率 by 市县, overdue findings month by month) come from
``services.statistics``, one SQL aggregate each, for the year picked in the year box. They are
read when the tab is shown and again after a change, not while the tab is hidden.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent, QMouseEvent, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QStyle,
    QStyleOptionFocusRect,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import XunchaError
from xuncha_desktop.services import statistics as st
from xuncha_desktop.services.queries import INTERVIEW_OPEN_STATES, Overview, format_date
from xuncha_desktop.ui.charts import ChartPanel
from xuncha_desktop.ui.forms.ui_overview_tab import Ui_OverviewTab

if TYPE_CHECKING:
    from xuncha_desktop.ui.main_window import MainWindow

FIGURES_PER_ROW = 4
OPEN_FINDING_STATES = tuple(s for s in m.FINDING_STATES if s != st.CLOSED)


def _tr(text: str) -> str:
    return QCoreApplication.translate("OverviewTab", text)


class Figure(QFrame):
    """A big number with its Chinese caption underneath; clicking it opens what it counts."""

    #: The figure was clicked, or Enter/Space was pressed while it had the focus.
    activated = Signal()

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
        self.link_text = ""

    def set_link(self, opens: str) -> None:
        """Make the figure a link to ``opens`` (what a click shows, in words)."""
        self.link_text = opens
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._describe()

    def is_link(self) -> bool:
        return bool(self.link_text)

    def set_value(self, text: str, tooltip: str = "") -> None:
        self.value_label.setText(text)
        self.setToolTip(tooltip)
        self._describe()

    def _describe(self) -> None:
        text = self.value_label.text()
        if self.link_text:
            text += _tr("。单击或按回车键查看：") + self.link_text
            if not self.toolTip():
                self.setToolTip(_tr("单击查看：") + self.link_text)
        self.setAccessibleDescription(text)

    def value(self) -> str:
        return self.value_label.text()

    def caption(self) -> str:
        return self.caption_label.text()

    # -- interaction --------------------------------------------------------------------------
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if (self.link_text and event.button() == Qt.MouseButton.LeftButton
                and self.rect().contains(event.position().toPoint())):
            self.activated.emit()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.link_text and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():
            painter = QStylePainter(self)
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            option.rect = self.rect().adjusted(1, 1, -1, -1)
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()


class OverviewTab(QWidget):
    #: A figure was activated: its key (``findings_overdue``, ``plans_in_progress``, …).
    figureActivated = Signal(str)
    #: The charts were read again (for the year now chosen).
    chartsLoaded = Signal()

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

        # Charts ---------------------------------------------------------------------------
        self._db: Callable[[], Database] | None = None
        self._today: Callable[[], dt.date] = dt.date.today
        self._charts_stale = True
        self.charts: dict[str, ChartPanel] = {}
        for key, title, row, column, span in (
            ("sector", self.tr("问题隐患按行业领域分布"), 0, 0, 1),
            ("region", self.tr("各市县问题隐患整改率"), 0, 1, 1),
            ("item", self.tr("问题隐患按巡查内容分布"), 1, 0, 2),
            ("overdue", self.tr("逾期未整改问题隐患数量变化"), 2, 0, 2),
        ):
            panel = ChartPanel(f"chart_{key}", title, self)
            self.ui.chartsGrid.addWidget(panel, row, column, 1, span)
            self.charts[key] = panel
        combo = self.ui.yearCombo
        combo.addItem(self.tr("全部年度"), None)
        combo.setMinimumContentsLength(6)
        combo.currentIndexChanged.connect(self._year_changed)
        self.ui.yearLayout.setStretch(2, 1)

    def _add(self, grid: QGridLayout, key: str, caption: str) -> None:
        n = grid.count()
        figure = Figure(caption, self)
        figure.setObjectName(f"figure_{key}")
        grid.addWidget(figure, n // FIGURES_PER_ROW, n % FIGURES_PER_ROW)
        figure.activated.connect(lambda k=key: self.figureActivated.emit(k))
        self.figures[key] = figure

    # -- figures ------------------------------------------------------------------------------
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
        self.invalidate_charts()

    # -- charts -------------------------------------------------------------------------------
    def set_source(self, db: Callable[[], Database], today: Callable[[], dt.date]) -> None:
        """Where the charts read from: the current database and "today" (both may change)."""
        self._db = db
        self._today = today
        self.invalidate_charts()

    def invalidate_charts(self) -> None:
        """The data changed: read the charts again now if they are seen, else when shown."""
        self._charts_stale = True
        if self.isVisible():
            self.load_charts()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._charts_stale:
            self.load_charts()

    def selected_year(self) -> int | None:
        value = self.ui.yearCombo.currentData()
        return int(value) if value is not None else None

    def select_year(self, year: int | None) -> None:
        self.ui.yearCombo.setCurrentIndex(max(self.ui.yearCombo.findData(year), 0))

    def _year_changed(self, _index: int) -> None:
        self.load_charts()

    def _load_years(self, years: list[int]) -> None:
        combo = self.ui.yearCombo
        keep = combo.currentData()
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(self.tr("全部年度"), None)
            for year in reversed(years):
                combo.addItem(self.tr("%1年").replace("%1", str(year)), year)
            combo.setCurrentIndex(max(combo.findData(keep), 0) if keep is not None else 0)
        finally:
            combo.blockSignals(False)

    def load_charts(self) -> None:
        """Read the four charts for the chosen year (one SQL aggregate each) and draw them."""
        if self._db is None:
            return
        self._charts_stale = False
        db, today = self._db(), self._today()
        year = self.selected_year()
        try:
            sectors = st.findings_by_sector(db, year=year)
            items = st.findings_by_item(db, year=year)
            # the years come with the regions (one pass); with a year chosen they are that
            # year's only, so the list is refreshed when 全部年度 is shown
            regions, years = st.rectification_and_years(db, year=year)
            overdue = st.overdue_over_time(db, year=year, today=today)
        except XunchaError as err:
            self.ui.chartsNoteLabel.setText(err.text)
            return
        if year is None:
            self._load_years(years)
        scope = self.tr("全部年度") if year is None else self.tr("%1年发现的").replace("%1", str(year))
        self.ui.chartsNoteLabel.setText(
            self.tr("统计范围：%1问题隐患；逾期数量按各月月末（本月按统计日期）计算。")
            .replace("%1", scope)
        )
        c = self.charts
        c["sector"].set_bars(
            [s for s, _n in sectors], [n for _s, n in sectors],
            category_title=self.tr("行业领域"), value_title=self.tr("问题隐患（项）"),
            horizontal=True,
        )
        c["item"].set_bars(
            [s for s, _n in items], [n for _s, n in items],
            category_title=self.tr("巡查内容"), value_title=self.tr("问题隐患（项）"),
            horizontal=True,
        )
        rates = [round(st.rate_percent(closed, total), 1) for _r, closed, total in regions]
        c["region"].set_bars(
            [r for r, _c, _t in regions], rates,
            category_title=self.tr("市县"), value_title=self.tr("整改率（%）"), percent=True,
            horizontal=True,
            tooltips=[
                self.tr("%1：已销号 %2 项 / 共 %3 项，整改率 %4%")
                .replace("%1", r).replace("%2", str(closed)).replace("%3", str(total))
                .replace("%4", f"{rate:.1f}")
                for (r, closed, total), rate in zip(regions, rates, strict=True)
            ],
        )
        c["overdue"].set_line(
            [label for label, _n in overdue], [n for _label, n in overdue],
            category_title=self.tr("月份"), value_title=self.tr("逾期未整改（项）"),
        )
        self.chartsLoaded.emit()


# ---------------------------------------------------------------------------------------------
# Main-window wiring: each figure opens the list it counts
# ---------------------------------------------------------------------------------------------
LINKS: dict[str, str] = {
    "plans_in_progress": "巡查计划页中状态为“实施中”的计划",
    "plans_total": "巡查计划页中的全部计划",
    "findings_overdue": "问题隐患页中逾期未整改的问题",
    "findings_due_soon": "问题隐患页中即将到期的问题",
    "findings_open": "问题隐患页中尚未销号的问题",
    "findings_total": "问题隐患页中的全部问题",
    "interviews_pending": "约谈页中尚未办结的约谈",
    "commitments_overdue": "约谈页（列表下方列出逾期未完成的承诺）",
    "regions_covered": "巡查计划页的全覆盖进度",
    "regions_planned": "巡查计划页的全覆盖进度",
    "regions_uncovered": "巡查计划页的全覆盖进度",
}


def open_overview_link(window: MainWindow, key: str) -> None:
    """Switch to the tab and list that the overview figure ``key`` counts."""
    from xuncha_desktop.services.findings import STATUS_DUE_SOON, STATUS_OVERDUE
    from xuncha_desktop.services.queries import current_cycle_id
    from xuncha_desktop.ui.findings_tab import open_filtered

    def switch_to(tab: QWidget) -> None:
        page = tab.parentWidget()
        if page is not None:
            window.ui.tabWidget.setCurrentWidget(page)

    if key in ("findings_overdue", "findings_due_soon"):
        open_filtered(window, STATUS_OVERDUE if key == "findings_overdue" else STATUS_DUE_SOON)
        return
    window.select_plan(None)  # the counts are office-wide
    if key.startswith("findings_"):
        findings = window.findings_tab
        switch_to(findings)
        state = key.removeprefix("findings_")
        if key == "findings_total":
            findings.clear_filters()
        elif key == "findings_open":
            findings.show_states(OPEN_FINDING_STATES, _tr("尚未销号的问题隐患（%1）")
                                 .replace("%1", "、".join(OPEN_FINDING_STATES)))
        elif state in m.FINDING_STATES:
            findings.show_states((state,), _tr("状态为“%1”的问题隐患").replace("%1", state))
        return
    if key in ("interviews_pending", "commitments_overdue"):
        interviews = window.interviews_tab
        switch_to(interviews)
        if key == "interviews_pending":
            interviews.show_states(INTERVIEW_OPEN_STATES, _tr("尚未办结的约谈（%1）")
                                   .replace("%1", "、".join(INTERVIEW_OPEN_STATES)))
        else:
            interviews.show_states((), "")
        return
    plans = window.plans_tab
    switch_to(plans)
    if key == "plans_in_progress":
        plans.show_states(("实施中",), _tr("状态为“实施中”的巡查计划"))
    elif key == "plans_total":
        plans.show_states((), "")
    else:
        plans.show_coverage(current_cycle_id(window.db, window.today()))


def install_overview_links(window: MainWindow) -> None:
    """Make every overview figure a link, and let the charts read the window's database."""
    tab = window.overview_tab
    for key, figure in tab.figures.items():
        state = key.removeprefix("findings_")
        if key in LINKS:
            figure.set_link(_tr(LINKS[key]))
        elif state in m.FINDING_STATES:
            figure.set_link(_tr("问题隐患页中状态为“%1”的问题").replace("%1", state))
    tab.figureActivated.connect(lambda key: open_overview_link(window, key))
    tab.set_source(lambda: window.db, window.today)


__all__ = ["Figure", "OverviewTab", "install_overview_links", "open_overview_link"]
