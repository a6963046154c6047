"""The 总览 tab: figures equal the services, every figure opens its list, charts save and print."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from xuncha_desktop.db import models as m
from xuncha_desktop.services import queries as q
from xuncha_desktop.services import statistics as st
from xuncha_desktop.services.uow import unit_of_work
from xuncha_desktop.ui import charts
from xuncha_desktop.ui.main_window import TAB_FINDINGS, TAB_INTERVIEWS, TAB_PLANS, MainWindow
from xuncha_desktop.ui.overview_tab import OPEN_FINDING_STATES

TODAY = dt.date(2026, 7, 14)


def cells(model: Any, key: str) -> list[Any]:
    col = model.column_of(key)
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def rows(model: Any) -> list[Any]:
    return [model.row_at(r) for r in range(model.rowCount())]


def click(qtbot: Any, window: MainWindow, key: str) -> None:
    window.ui.tabWidget.setCurrentIndex(0)
    qtbot.mouseClick(window.overview_tab.figures[key], Qt.MouseButton.LeftButton)


# ---------------------------------------------------------------------------------------------
# The figures and charts show the service numbers
# ---------------------------------------------------------------------------------------------
def test_overview_counts_match_the_services(window: MainWindow, db) -> None:  # type: ignore[no-untyped-def]
    ov = q.overview_counts(db, TODAY)
    f = window.overview_tab.figures
    assert f["plans_in_progress"].value() == str(ov.plans_in_progress) == "1"
    assert f["plans_total"].value() == str(ov.plans_total) == "2"
    assert f["findings_overdue"].value() == str(ov.findings_overdue) == "1"
    assert f["findings_due_soon"].value() == str(ov.findings_due_soon) == "1"
    assert f["findings_open"].value() == str(ov.findings_open) == "4"
    assert f["findings_total"].value() == str(ov.findings_total) == "6"
    for state in m.FINDING_STATES:
        assert f[f"findings_{state}"].value() == str(ov.findings_by_state[state])
    assert f["interviews_pending"].value() == str(ov.interviews_pending) == "2"
    assert f["regions_covered"].value() == f"{ov.regions_covered} / {ov.regions_total}"


def test_charts_show_the_statistics(window: MainWindow, db) -> None:  # type: ignore[no-untyped-def]
    tab = window.overview_tab
    c = tab.charts
    sectors = st.findings_by_sector(db)
    assert (c["sector"].labels, c["sector"].values) == (
        [s for s, _ in sectors], [float(n) for _, n in sectors])
    assert ("燃气", 1) in sectors and c["sector"].chart.title() == "问题隐患按行业领域分布"
    assert c["item"].labels == [label for label, _ in st.findings_by_item(db)] == [st.NO_ITEM]
    regions = st.rectification_by_region(db)
    assert c["region"].labels == ["海口市", "三亚市", "儋州市"] == [r for r, _c, _t in regions]
    assert c["region"].values == [0.0, 50.0, 100.0]
    overdue = st.overdue_over_time(db, today=TODAY)
    assert c["overdue"].labels[-1] == "2026-07" and len(c["overdue"].labels) == 12
    assert c["overdue"].values == [float(n) for _, n in overdue]
    assert c["overdue"].values[-1] == float(q.overview_counts(db, TODAY).findings_overdue)
    # Chinese axis titles
    titles = {a.titleText() for a in c["region"].chart.axes()}
    assert titles == {"市县", "整改率（%）"}


def test_year_selector_narrows_the_charts(window: MainWindow, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = window.overview_tab
    combo = tab.ui.yearCombo
    assert [combo.itemText(i) for i in range(combo.count())] == ["全部年度", "2026年", "2025年"]
    with qtbot.waitSignal(tab.chartsLoaded):
        tab.select_year(2025)
    assert tab.charts["region"].labels == ["儋州市"]
    assert tab.charts["sector"].labels == [s for s, _ in st.findings_by_sector(db, year=2025)]
    assert tab.charts["overdue"].labels == [f"2025-{mo:02d}" for mo in range(1, 13)]
    assert "2025年发现的问题隐患" in tab.ui.chartsNoteLabel.text()
    with qtbot.waitSignal(tab.chartsLoaded):
        tab.select_year(None)
    assert tab.charts["region"].labels == ["海口市", "三亚市", "儋州市"]


def test_charts_are_read_again_after_a_change_only_when_seen(  # type: ignore[no-untyped-def]
    window: MainWindow, db, qtbot
) -> None:
    tab = window.overview_tab
    window.ui.tabWidget.setCurrentIndex(TAB_FINDINGS)
    with unit_of_work(db, "测试") as s:
        f = s.scalars(select(m.Finding).where(m.Finding.code == "2026-SY-001")).one()
        f.state, f.closed_on = "已销号", TODAY
    window.refresh()
    assert tab.charts["region"].values == [0.0, 50.0, 100.0]  # hidden: not read yet
    with qtbot.waitSignal(tab.chartsLoaded):
        window.ui.tabWidget.setCurrentIndex(0)
    assert tab.charts["region"].values == [0.0, 100.0, 100.0]
    assert window.overview_tab.figures["findings_已销号"].value() == "3"


# ---------------------------------------------------------------------------------------------
# Every figure opens the list it counts
# ---------------------------------------------------------------------------------------------
def test_clicking_the_overdue_count_opens_the_overdue_findings(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot
) -> None:
    figure = window.overview_tab.figures["findings_overdue"]
    click(qtbot, window, "findings_overdue")
    assert window.ui.tabWidget.currentIndex() == TAB_FINDINGS
    tab = window.findings_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == int(figure.value()))
    assert cells(tab.model, "deadline_status") == ["逾期"]
    assert cells(tab.model, "code") == ["2026-HK-002"]
    assert all(r.deadline < TODAY and r.state != "已销号" for r in rows(tab.model))
    assert tab.ui.statusCombo.currentText().endswith("逾期")  # the filter is visible


def test_enter_on_a_focused_figure_opens_it(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    figure = window.overview_tab.figures["findings_due_soon"]
    assert figure.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert figure.cursor().shape() == Qt.CursorShape.PointingHandCursor
    assert "单击或按回车键查看" in figure.accessibleDescription()
    window.ui.tabWidget.setCurrentIndex(0)
    figure.setFocus()
    qtbot.keyClick(figure, Qt.Key.Key_Return)
    assert window.ui.tabWidget.currentIndex() == TAB_FINDINGS
    tab = window.findings_tab
    qtbot.waitUntil(lambda: cells(tab.model, "deadline_status") == ["即将到期"])
    assert str(tab.model.rowCount()) == figure.value()


def test_state_counts_open_the_findings_in_that_state(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = window.findings_tab
    click(qtbot, window, "findings_整改中")
    assert window.ui.tabWidget.currentIndex() == TAB_FINDINGS
    assert set(cells(tab.model, "state")) == {"整改中"}
    assert str(tab.model.rowCount()) == window.overview_tab.figures["findings_整改中"].value()
    from xuncha_desktop.ui.filter_notice import StateFilterNotice

    notice = tab.findChild(StateFilterNotice)
    assert notice is not None and notice.isVisible()
    assert notice.text() == "仅显示：状态为“整改中”的问题隐患"

    click(qtbot, window, "findings_open")
    assert tab.model.rowCount() == 4 == int(window.overview_tab.figures["findings_open"].value())
    assert "已销号" not in cells(tab.model, "state")
    assert set(cells(tab.model, "state")) <= set(OPEN_FINDING_STATES)
    assert "尚未销号" in notice.text()

    qtbot.mouseClick(notice.show_all_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 6 and not notice.isVisible()

    click(qtbot, window, "findings_已销号")
    assert set(cells(tab.model, "state")) == {"已销号"}
    tab.ui.clearFiltersButton.click()  # 清除筛选 takes the overview's filter off too
    assert tab.model.rowCount() == 6 and not notice.isVisible()

    click(qtbot, window, "findings_已发现")
    click(qtbot, window, "findings_overdue")  # the deadline filter replaces the state filter
    assert cells(tab.model, "code") == ["2026-HK-002"] and not notice.isVisible()
    click(qtbot, window, "findings_total")
    assert tab.model.rowCount() == 6


def test_pending_interviews_count_opens_the_open_interviews(  # type: ignore[no-untyped-def]
    window: MainWindow, db, qtbot
) -> None:
    with unit_of_work(db, "测试") as s:
        target = s.scalars(select(m.Target)).first()
        assert target is not None
        s.add(m.Interview(target_id=target.id, party="儋州市人民政府", state="已取消",
                          cancel_reason="对方已整改到位"))
    window.refresh()
    tab = window.interviews_tab
    assert tab.model.rowCount() == 3
    figure = window.overview_tab.figures["interviews_pending"]
    assert figure.value() == "2"
    click(qtbot, window, "interviews_pending")
    assert window.ui.tabWidget.currentIndex() == TAB_INTERVIEWS
    assert tab.model.rowCount() == 2
    assert set(cells(tab.model, "state")) == {"已约谈", "拟约谈"}
    from xuncha_desktop.ui.filter_notice import StateFilterNotice

    notice = tab.findChild(StateFilterNotice)
    assert notice is not None and "尚未办结的约谈" in notice.text()
    tab.list.ui.searchEdit.setText("海口")  # typing a search keeps the state filter
    tab.list.apply_search()
    assert cells(tab.model, "party") == ["海口市应急管理局"]
    qtbot.mouseClick(notice.show_all_button, Qt.MouseButton.LeftButton)
    tab.list.ui.searchEdit.clear()
    tab.list.apply_search()
    assert tab.model.rowCount() == 3


def test_plan_and_coverage_counts_open_the_plans_tab(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from xuncha_desktop.ui.plans_tab import PAGE_COVERAGE, PAGE_PLANS

    plans = window.plans_tab
    click(qtbot, window, "plans_in_progress")
    assert window.ui.tabWidget.currentIndex() == TAB_PLANS
    assert plans.ui.innerTabs.currentIndex() == PAGE_PLANS
    assert cells(plans.model, "state") == ["实施中"]
    click(qtbot, window, "plans_total")
    assert plans.model.rowCount() == 2
    click(qtbot, window, "regions_covered")
    assert window.ui.tabWidget.currentIndex() == TAB_PLANS
    assert plans.ui.innerTabs.currentIndex() == PAGE_COVERAGE
    assert plans.ui.cycleCombo.currentText().startswith("2025—2027")


def test_every_figure_is_a_link(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    for key, figure in window.overview_tab.figures.items():
        assert figure.is_link(), key
        window.ui.tabWidget.setCurrentIndex(0)
        with qtbot.waitSignal(window.overview_tab.figureActivated) as blocker:
            figure.setFocus()
            qtbot.keyClick(figure, Qt.Key.Key_Space)
        assert blocker.args == [key]
        assert window.ui.tabWidget.currentIndex() != 0, key


# ---------------------------------------------------------------------------------------------
# Saving and printing a chart
# ---------------------------------------------------------------------------------------------
def test_chart_saves_as_png(window: MainWindow, qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    panel = window.overview_tab.charts["region"]
    out = tmp_path / "整改率.png"
    monkeypatch.setattr(charts.SaveImage, "ask", classmethod(lambda cls, parent, name: out))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert out.stat().st_size > 10_000
    image = QImage(str(out))
    assert image.width() == 2 * panel.view.width()  # twice the screen size: sharp in print
    assert image.height() == 2 * panel.view.height()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    assert "已保存图片" in panel.last_message


def test_chart_save_into_a_missing_folder_explains(  # type: ignore[no-untyped-def]
    window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    panel = window.overview_tab.charts["sector"]
    shown: list[str] = []
    monkeypatch.setattr(charts.SaveImage, "ask",
                        classmethod(lambda cls, parent, name: tmp_path / "无此文件夹" / "a.png"))
    from xuncha_desktop.ui import dialogs

    monkeypatch.setattr(dialogs, "show_error", lambda parent, err: shown.append(err.text))
    assert panel.save_as() is False
    assert shown and "不存在" in shown[0]
    assert not (tmp_path / "无此文件夹").exists()


def test_chart_save_cancelled_writes_nothing(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    panel = window.overview_tab.charts["item"]
    monkeypatch.setattr(charts.SaveImage, "ask", classmethod(lambda cls, parent, name: None))
    assert panel.save_as() is False and panel.last_message == ""


def test_chart_prints(window: MainWindow, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    panel = window.overview_tab.charts["overdue"]
    out = tmp_path / "逾期.pdf"

    def ask(_cls: object, _parent: object, title: str) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setDocName(title)
        return printer

    monkeypatch.setattr(charts.AskPrinter, "ask", classmethod(ask))
    assert panel.print_chart() is True
    data = out.read_bytes()
    assert data[:5] == b"%PDF-" and len(data) > 5_000
    assert panel.last_message == "已发送打印：逾期未整改问题隐患数量变化"


@pytest.mark.parametrize("key", ["sector", "item", "region", "overdue"])
def test_chart_context_menu_has_save_and_print(window: MainWindow, key: str) -> None:
    panel = window.overview_tab.charts[key]
    assert panel.view.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    assert [a.text() for a in panel.actions()] == ["另存为图片…", "打印…"]
    assert panel.save_action.shortcut().toString() == "Ctrl+S"


def test_empty_database_shows_empty_charts(qtbot, tmp_path: Path, paths, settings) -> None:  # type: ignore[no-untyped-def]
    from xuncha_desktop.db.migrate import open_database
    from xuncha_desktop.services.reference import load_reference_data

    db = open_database(tmp_path / "空.db", operator="测试")
    load_reference_data(db)
    try:
        w = MainWindow(db, paths, settings, today=TODAY)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        c = w.overview_tab.charts
        assert c["sector"].chart.title() == "问题隐患按行业领域分布（暂无数据）"
        assert c["overdue"].values == [0.0] * 12
        assert w.overview_tab.figures["findings_total"].value() == "0"
        out = tmp_path / "空.png"
        c["sector"].save_png(out)
        assert out.read_bytes()[:4] == b"\x89PNG"
        w.close()
    finally:
        db.close()
