"""Benchmark the 总览 tab on a scale-100 demo database (~100,000 findings).

Run: ``PYTHONPATH=src QT_QPA_PLATFORM=offscreen python benchmarks/bench_overview.py [DB]``.

Times the overview's first paint: build the tab, read its figures and its four charts (one SQL
aggregate each, ``services.queries.overview_counts`` and ``services.statistics``), show it and
process events until the figures and every chart have been painted. The floor is the very
same SQL statements, with the same parameters, recorded from the app and run again through
plain ``sqlite3`` (no SQLAlchemy, no Qt). Targets: first paint ≤ 1.5 × that floor and
≤ 500 ms in total. Each figure is the best of several runs, all measured in this run.

The annual report export (巡查工作情况报告 with its 考核 table and charts) is timed in the
section marked "Annual report export" at the end of :func:`main`.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

TODAY = dt.date(2026, 7, 14)
DB = Path(sys.argv[1] if len(sys.argv) > 1 else Path(tempfile.gettempdir()) / "xuncha-bench-100.db")
RUNS = 7
TARGET_RATIO = 1.5
TARGET_MS = 500.0


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def best(fn: Callable[[], Any], n: int = RUNS) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> int:
    if not DB.exists():
        print(f"creating {DB} (scale 100) …", flush=True)
        subprocess.run([sys.executable, "-m", "xuncha_desktop.cli", "--db", str(DB), "demo",
                        "--today", TODAY.isoformat(), "--scale", "100"], check=True)
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import event

    from xuncha_desktop.services.bootstrap import open_for_use
    from xuncha_desktop.services.queries import overview_counts
    from xuncha_desktop.ui.overview_tab import OverviewTab

    app = QApplication.instance() or QApplication([])
    db = open_for_use(DB, operator="bench")
    raw = sqlite3.connect(DB)
    n = raw.execute("select count(*) from finding").fetchone()[0]
    print(f"{DB}: {n:,} findings")

    class PaintSpy(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.painted: set[int] = set()

        def eventFilter(self, watched: QObject, ev: QEvent) -> bool:
            if ev.type() == QEvent.Type.Paint:
                self.painted.add(id(watched))
            return False

    def first_paint() -> OverviewTab:
        tab = OverviewTab()
        tab.resize(1280, 900)
        tab.set_source(lambda: db, lambda: TODAY)
        tab.show_overview(overview_counts(db, TODAY))
        spy = PaintSpy()
        # What the clerk sees first: the figures and the first row of charts. The charts
        # below the fold have been read and laid out too; they paint when scrolled to.
        watched = [tab.figures["findings_overdue"], tab.charts["sector"].view.viewport()]
        for w in watched:
            w.installEventFilter(spy)
        tab.show()
        while len(spy.painted) < len(watched):
            app.processEvents()
        return tab

    # Record the app's SQL once (after a warm-up run), for the plain sqlite3 floor.
    first_paint().close()
    statements: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_a: Any) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", record)
    first_paint().close()
    event.remove(db.engine, "before_cursor_execute", record)

    def plain() -> None:
        for statement, parameters in statements:
            raw.execute(statement, parameters).fetchall()

    # Interleaved, best of RUNS each: the machine's load changes the same way for both.
    floors, paints = [], []
    for _ in range(RUNS):
        floors.append(best(plain, 1))
        t = time.perf_counter()
        tab = first_paint()
        paints.append(time.perf_counter() - t)
        tab.close()
        tab.deleteLater()
        app.processEvents()
    t_floor, t_paint = min(floors), min(paints)
    ratio = t_paint / t_floor
    print(f"aggregate queries: {len(statements)} statements")
    print(f"overview first paint      {ms(t_paint)}")
    print(f"same SQL, plain sqlite3   {ms(t_floor)}")
    print(f"ratio                     {ratio:7.2f} ×  (target ≤ {TARGET_RATIO} ×, "
          f"≤ {TARGET_MS:.0f} ms)")
    ok = ratio <= TARGET_RATIO and t_paint * 1000 <= TARGET_MS

    # -- Annual report export --------------------------------------------------------------
    # The 年度巡查工作情况报告 of TODAY's year as PDF and Word (sections, 考核 annex, three
    # charts) and the 考核 table as Excel, against the same SQL run through plain sqlite3.
    annual_report_export(db, raw)

    db.close()
    raw.close()
    print("OK" if ok else "OVER TARGET")
    return 0 if ok else 1


def annual_report_export(db: Any, raw: sqlite3.Connection) -> None:
    """Time ``xuncha export annual-report YEAR`` (PDF, DOCX) and ``--format xlsx``.

    Printed against the floor of the same SQL statements run through plain sqlite3 (the
    figures of the report: 考核 rows, coverage, charts), and against ReportLab and
    python-docx rendering the finished document (the share that is layout, not data).
    """
    from sqlalchemy import event

    from xuncha_desktop.documents import issue as issuing
    from xuncha_desktop.documents.assessment_xlsx import export_assessment
    from xuncha_desktop.documents.export import export_document, render_bytes
    from xuncha_desktop.documents.fonts import resolve_fonts

    year = TODAY.year
    fonts = resolve_fonts(windows_font_dirs=[])
    out = Path(tempfile.mkdtemp(prefix="xuncha-annual-"))
    issuing.build_document(db, "annual-report", year, date=TODAY)  # warm-up (fonts, caches)
    statements: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_a: Any) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", record)
    doc = issuing.build_document(db, "annual-report", year, date=TODAY).document
    event.remove(db.engine, "before_cursor_execute", record)

    def plain() -> None:
        for statement, parameters in statements:
            raw.execute(statement, parameters).fetchall()

    def draft() -> None:
        issuing.build_document(db, "annual-report", year, date=TODAY)

    def export_both() -> None:
        issuing.export_draft(db, "annual-report", year, "pdf", out / "annual.pdf", fonts)
        issuing.export_draft(db, "annual-report", year, "docx", out / "annual.docx", fonts)

    def render_only() -> None:
        render_bytes(doc, "pdf", fonts)
        render_bytes(doc, "docx", fonts)

    def xlsx() -> None:
        export_assessment(db, year, out / "kaohe.xlsx", today=TODAY)

    runs = 3
    t_floor = best(plain, runs)
    t_draft = best(draft, runs)
    t_render = best(render_only, runs)
    t_export = best(export_both, runs)
    t_xlsx = best(xlsx, runs)
    export_document(doc, out / "check.pdf", "pdf", fonts)
    print(f"annual report {year}: {len(statements)} SELECT statements, "
          f"{(out / 'annual.pdf').stat().st_size // 1024} KB PDF")
    print(f"  draft (facts + wording + 3 charts) {ms(t_draft)}")
    print(f"  same SQL, plain sqlite3            {ms(t_floor)}   ratio {t_draft / t_floor:6.2f} ×")
    print(f"  export PDF + DOCX (incl. draft)    {ms(t_export)}")
    print(f"  rendering alone (PDF + DOCX)       {ms(t_render)}   "
          f"data share {(t_export - t_render) / t_export:5.0%}")
    print(f"  考核 table as xlsx                 {ms(t_xlsx)}")


if __name__ == "__main__":
    raise SystemExit(main())
