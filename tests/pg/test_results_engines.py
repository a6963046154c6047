"""The figures of the results documents are the same on SQLite and PostgreSQL."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "services"))

from results_fixture import TODAY, build

from xuncha_desktop.db.engine import Database
from xuncha_desktop.documents import drafted
from xuncha_desktop.services import drafts, results


def test_results_and_drafts_on_both_engines(database: Database) -> None:
    _db, ids = build(database)
    t = results.tour_facts(database, ids.sanya, today=TODAY)
    assert (t.units_total, t.findings_total, t.findings_open, t.findings_overdue) == (6, 5, 4, 2)
    assert [(g.number, len(g.findings)) for g in t.problems] == [("6", 3), ("9", 1), ("", 1)]
    assert [c.count for c in t.results] == [5, 1, 2, 1, 1]
    a = results.annual_facts(database, 2026, today=TODAY)
    row = {r.region: r for r in a.rows}
    sanya = row["三亚市"]
    assert (sanya.score, sanya.findings, sanya.majors, sanya.open, sanya.overdue,
            sanya.interviews) == (Decimal("72.50"), 5, 2, 4, 2, 1)
    assert (a.total("findings"), a.total("open"), a.total("overdue")) == (8, 6, 2)
    assert a.coverage is not None and (a.coverage.total, a.coverage.covered) == (19, 2)
    report = drafted.draft_and_store(database, "report", -ids.batch1, date=TODAY)
    assert all(c.status == drafts.NEW for c in report.changes)
    assert [s.key for s in drafts.sections(database, "report", f"batch-{ids.batch1}")][1] == (
        "巡查基本情况")
