"""The 问题隐患 tab as a clerk uses it: the closed loop, filters, search, batch 交办."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from xuncha_desktop.config import LocalSettings, load_settings, resolve_paths
from xuncha_desktop.services import findings as fs
from xuncha_desktop.services.bootstrap import open_for_use
from xuncha_desktop.services.demo import generate_demo
from xuncha_desktop.ui import findings_dialogs as dialogs
from xuncha_desktop.ui.findings_dialogs import ActionInput
from xuncha_desktop.ui.main_window import MainWindow

TODAY = dt.date(2026, 7, 14)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = open_for_use(path, operator="测试")
    generate_demo(db, seed=5, today=TODAY)
    db.close()
    return path


@pytest.fixture
def win(qtbot, demo_file: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    shutil.copy(demo_file, tmp_path / "t.db")
    db = open_for_use(tmp_path / "t.db", operator="王小明")
    paths = resolve_paths(tmp_path / "data", tmp_path / "config")
    paths.ensure()
    w = MainWindow(db, paths, LocalSettings(operator="王小明", last_seen="2026-07-01"),
                   today=TODAY)
    qtbot.addWidget(w)
    w.resize(1400, 860)
    w.show()
    qtbot.waitExposed(w)
    w.ui.tabWidget.setCurrentIndex(4)
    yield w
    w.close()
    db.close()


def cells(tab, key: str) -> list[str]:  # type: ignore[no-untyped-def]
    model = tab.model
    col = model.column_of(key)
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def answer(monkeypatch, **values):  # type: ignore[no-untyped-def]
    """Make the next action dialog return ``values`` (as if typed and confirmed)."""
    def ask(_cls, _parent, action, *_a, **_k):  # type: ignore[no-untyped-def]
        return ActionInput(action=action, **values)

    monkeypatch.setattr(dialogs.FindingActionDialog, "ask", classmethod(ask))


def select_code(qtbot, tab, code: str) -> None:  # type: ignore[no-untyped-def]
    tab.ui.searchEdit.setText(code)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    tab.ui.tableView.selectRow(0)
    qtbot.waitUntil(lambda: tab.detail() is not None and tab.detail().code == code)


def test_models_pass_the_model_tester(win, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = win.findings_tab
    ModelTester(qtbot).check(tab.model)
    tab.ui.tableView.selectRow(0)
    qtbot.waitUntil(lambda: tab.timeline.rowCount() > 0)
    ModelTester(qtbot).check(tab.timeline)


def test_from_found_to_closed_with_one_failed_check(win, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    tab = win.findings_tab
    tab.ui.stateCombo.setCurrentIndex(tab.ui.stateCombo.findData("已发现"))
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0 and set(cells(tab, "state")) == {"已发现"})
    code = cells(tab, "code")[0]
    tab.clear_filters()
    select_code(qtbot, tab, code)
    assert tab.ui.assignButton.isEnabled() and not tab.ui.closeButton.isEnabled()

    deadline = TODAY + dt.timedelta(days=20)
    answer(monkeypatch, responsible_unit="三亚市应急管理局", requirement="立即整改",
           deadline=deadline)
    qtbot.mouseClick(tab.ui.assignButton, Qt.MouseButton.LeftButton)
    assert cells(tab, "state") == ["已交办"]
    assert cells(tab, "deadline") == ["2026年8月3日"]
    answer(monkeypatch, text="已组织整改")
    qtbot.mouseClick(tab.ui.startButton, Qt.MouseButton.LeftButton)
    answer(monkeypatch, text="整改完成，附照片")
    qtbot.mouseClick(tab.ui.reportButton, Qt.MouseButton.LeftButton)
    assert cells(tab, "state") == ["待核查"]
    assert not tab.ui.closeButton.isEnabled()  # 销号 needs a passed check first
    answer(monkeypatch, text="现场仍有隐患", deadline=TODAY + dt.timedelta(days=7))
    qtbot.mouseClick(tab.ui.verifyFailButton, Qt.MouseButton.LeftButton)
    assert cells(tab, "state") == ["整改中"]
    assert cells(tab, "deadline") == ["2026年7月21日"]
    answer(monkeypatch, text="已彻底整改")
    qtbot.mouseClick(tab.ui.reportButton, Qt.MouseButton.LeftButton)
    answer(monkeypatch, text="核查合格")
    qtbot.mouseClick(tab.ui.verifyPassButton, Qt.MouseButton.LeftButton)
    assert tab.ui.closeButton.isEnabled()
    answer(monkeypatch, text="予以销号", date=TODAY)
    qtbot.mouseClick(tab.ui.closeButton, Qt.MouseButton.LeftButton)
    assert cells(tab, "state") == ["已销号"]
    assert cells(tab, "deadline_status") == ["已销号"]

    timeline = tab.timeline
    rows = [[timeline.cell_text(r, c) for c in range(timeline.columnCount())]
            for r in range(timeline.rowCount())]
    assert [r[1] for r in rows] == ["登记", "交办", "开始整改", "报告整改完成", "核查未通过",
                                    "报告整改完成", "核查通过", "销号"]
    assert rows[4][2] == "待核查→整改中"
    assert rows[4][4].startswith("现场仍有隐患") and "2026年7月21日" in rows[4][4]
    assert all(r[3] == "王小明" for r in rows[1:])
    assert "已销号" in tab.ui.detailBrowser.toPlainText()
    assert tab.ui.reopenButton.isEnabled()


def test_past_deadline_asks_first(win, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    tab = win.findings_tab
    tab.ui.stateCombo.setCurrentIndex(tab.ui.stateCombo.findData("已发现"))
    qtbot.waitUntil(lambda: set(cells(tab, "state")) == {"已发现"})
    code = cells(tab, "code")[0]
    tab.clear_filters()
    select_code(qtbot, tab, code)
    answer(monkeypatch, responsible_unit="某镇", requirement="整改",
           deadline=TODAY - dt.timedelta(days=2))
    asked: list[dt.date] = []
    monkeypatch.setattr(dialogs.ConfirmPastDeadline, "ask",
                        classmethod(lambda _c, _p, d, _t: asked.append(d) or False))
    assert not tab.run_action(fs.ASSIGN)
    assert asked == [TODAY - dt.timedelta(days=2)]
    assert cells(tab, "state") == ["已发现"]
    monkeypatch.setattr(dialogs.ConfirmPastDeadline, "ask",
                        classmethod(lambda _c, _p, _d, _t: True))
    assert tab.run_action(fs.ASSIGN)
    assert cells(tab, "state") == ["已交办"] and cells(tab, "deadline_status") == ["逾期"]


def test_filters_and_literal_search(win, qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = win.findings_tab
    win.select_plan(None)
    total = tab.model.rowCount()
    ui = tab.ui
    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData("逾期"))
    qtbot.waitUntil(lambda: set(cells(tab, "deadline_status")) == {"逾期"})
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findText("一般事故隐患"))
    qtbot.waitUntil(lambda: set(cells(tab, "kind")) == {"一般事故隐患"})
    region = cells(tab, "region")[0]
    ui.regionCombo.setCurrentIndex(ui.regionCombo.findText(region))
    qtbot.waitUntil(lambda: set(cells(tab, "region")) == {region})
    assert ui.countLabel.text() == f"共 {tab.model.rowCount()} 条"
    ui.clearFiltersButton.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == total)
    ui.stateCombo.setCurrentIndex(ui.stateCombo.findData("待核查"))
    qtbot.waitUntil(lambda: set(cells(tab, "state")) == {"待核查"})
    ui.clearFiltersButton.click()
    sector = ui.sectorCombo.itemText(1)
    ui.sectorCombo.setCurrentIndex(1)
    qtbot.waitUntil(lambda: set(cells(tab, "sector")) <= {sector})
    ui.clearFiltersButton.click()
    for text in ("%", "'", "_", "\\"):
        ui.searchEdit.setText(text)
        qtbot.keyClick(ui.searchEdit, Qt.Key.Key_Return)
        expected = [c for c, d in zip(cells_all(win), descs_all(win), strict=True) if text in d]
        assert len(expected) == tab.model.rowCount(), text


def cells_all(win) -> list[str]:  # type: ignore[no-untyped-def]
    q = fs.FindingListQuery(TODAY)
    return [r.code for r in q.page(win.db, 0, 100000)]


def descs_all(win) -> list[str]:  # type: ignore[no-untyped-def]
    q = fs.FindingListQuery(TODAY)
    return [" ".join((r.code, r.description, r.responsible_unit, r.region, r.sector))
            for r in q.page(win.db, 0, 100000)]


def test_search_percent_and_quote_match_literally(win, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    tab = win.findings_tab
    win.select_plan(None)
    ids = [r.id for r in fs.FindingListQuery(TODAY).page(
        win.db, 0, 2, flt=fs.FindingFilter(state="已发现"))]
    from xuncha_desktop.db import models as m
    from xuncha_desktop.services.uow import unit_of_work
    with unit_of_work(win.db, "测试") as s:
        s.get(m.Finding, ids[0]).description = "油罐区 100% 未设围堰"
        s.get(m.Finding, ids[1]).description = "O'Neil 仓库 100 未设围堰"
    tab.refresh()
    tab.ui.searchEdit.setText("100%")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert cells(tab, "description") == ["油罐区 100% 未设围堰"]
    tab.ui.searchEdit.setText("O'Neil")
    qtbot.waitUntil(lambda: cells(tab, "description") == ["O'Neil 仓库 100 未设围堰"])


def test_batch_assign_and_one_notice(win, qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tab = win.findings_tab
    win.select_plan(None)
    ui = tab.ui
    ui.stateCombo.setCurrentIndex(ui.stateCombo.findData("已发现"))
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0 and set(cells(tab, "state")) == {"已发现"})
    region = cells(tab, "region")[0]
    ui.regionCombo.setCurrentIndex(ui.regionCombo.findText(region))
    qtbot.waitUntil(lambda: set(cells(tab, "region")) == {region})
    n = min(3, tab.model.rowCount())
    codes = cells(tab, "code")[:n]
    selection = ui.tableView.selectionModel()
    from PySide6.QtCore import QItemSelectionModel
    for r in range(n):
        selection.select(tab.model.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    assert len(tab.selected_rows()) == n and ui.assignButton.isEnabled()
    answer(monkeypatch, responsible_unit=f"{region}人民政府", requirement="立即整改",
           deadline=TODAY + dt.timedelta(days=30))
    assert tab.run_action(fs.ASSIGN)
    ui.stateCombo.setCurrentIndex(ui.stateCombo.findData("已交办"))
    ui.searchEdit.setText(f"{region}人民政府")
    qtbot.keyClick(ui.searchEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: set(codes) <= set(cells(tab, "code")))
    for r, code in enumerate(cells(tab, "code")):
        if code in codes:
            selection.select(tab.model.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                             | QItemSelectionModel.SelectionFlag.Rows)
    assert ui.noticeButton.isEnabled()
    answer(monkeypatch, supervision=False)
    out = tmp_path / "整改通知书.pdf"
    monkeypatch.setattr(dialogs.SaveFile, "ask", classmethod(lambda *_a: out))
    with qtbot.waitSignal(tab.jobFinished, timeout=60000) as sig:
        assert tab.issue_notice()
    assert "已发文" in sig.args[0] and out.exists()
    from pypdf import PdfReader
    text = "".join("".join(p.extract_text() for p in PdfReader(out).pages).split())
    for code in codes:
        assert code in text


def test_ledger_export_runs_in_background(win, qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tab = win.findings_tab
    out = tmp_path / "台账.xlsx"
    monkeypatch.setattr(dialogs.SaveFile, "ask", classmethod(lambda *_a: out))
    with qtbot.waitSignal(tab.jobFinished, timeout=60000) as sig:
        assert tab.export_ledger("xlsx")
    assert "台账已导出" in sig.args[0]
    import openpyxl
    ws = openpyxl.load_workbook(out).active
    assert ws.cell(1, 2).value == "编号" and ws.max_row > 1


def test_clicking_counts_opens_the_filtered_list(win, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert win.due_banner.isVisible()
    assert "上次查看以来" in win.due_banner.text()
    assert load_settings(win.paths).last_seen == "2026-07-14"
    win.ui.tabWidget.setCurrentIndex(0)
    figure = win.overview_tab.figures["findings_overdue"]
    qtbot.mouseClick(figure, Qt.MouseButton.LeftButton)
    tab = win.findings_tab
    assert win.ui.tabWidget.currentIndex() == 4
    qtbot.waitUntil(lambda: set(cells(tab, "deadline_status")) == {"逾期"})
    assert str(tab.model.rowCount()) == figure.value()
    label = win.deadline_label
    pos = label.rect().center()
    pos.setX(label.width() - 3)
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: set(cells(tab, "deadline_status")) == {"即将到期"})
    assert str(tab.model.rowCount()) == win.overview_tab.figures["findings_due_soon"].value()
