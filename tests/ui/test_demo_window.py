"""The main window over the demo generator's data (skipped while the generator is missing)."""

from __future__ import annotations

import datetime as dt

import pytest

from xuncha_desktop.db.migrate import open_database
from xuncha_desktop.services import queries as q
from xuncha_desktop.services.reference import load_reference_data
from xuncha_desktop.ui.main_window import MainWindow

demo = pytest.importorskip("xuncha_desktop.services.demo")
TODAY = dt.date(2026, 7, 14)


def test_window_over_demo_data(qtbot, tmp_path, paths, settings) -> None:
    db = open_database(tmp_path / "demo.db", operator="测试")
    try:
        load_reference_data(db)
        demo.generate_demo(db, seed=7, scale=1, today=TODAY)
        w = MainWindow(db, paths, settings, today=TODAY)
        qtbot.addWidget(w)
        w.show()
        w.select_plan(None)
        for tab in w.list_tabs():
            assert tab.model.rowCount() > 0, tab.model.query
            assert tab.model.data(tab.model.index(0, 0))
        findings = w.findings_tab.model
        assert findings.rowCount() == q.FindingQuery(TODAY).total(db)
        assert len(findings.cached_pages()) <= 2  # only what was looked at is loaded
        ov = q.overview_counts(db, TODAY)
        assert w.overview_tab.figures["findings_overdue"].value() == str(ov.findings_overdue)
        assert ov.commitments_overdue > 0  # the demo has overdue commitments
        assert w.deadline_label.text() == (
            f"逾期 {ov.findings_overdue} 项 · 即将到期 {ov.findings_due_soon} 项"
            f" · 承诺逾期 {ov.commitments_overdue} 项"
        )
        assert w.overview_tab.figures["commitments_overdue"].value() == str(
            ov.commitments_overdue
        )
    finally:
        db.close()
