"""Benchmark the 问题隐患 tab on a scale-100 demo database (~100,000 findings).

Run: ``PYTHONPATH=src QT_QPA_PLATFORM=offscreen python benchmarks/bench_findings.py [DB]``.
Times opening the tab to its first rows, applying a filter and sorting by deadline, each next
to the plain sqlite3 query for the same rows, and prints the peak resident memory.
Targets: ≤150 ms to first rows, ≤100 ms per filter or sort, peak RSS < 300 MB.
"""

from __future__ import annotations

import datetime as dt
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TODAY = dt.date(2026, 7, 14)
DB = Path(sys.argv[1] if len(sys.argv) > 1
          else Path(tempfile.gettempdir()) / "xuncha-bench-100.db")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def best(fn, n: int = 3) -> float:  # type: ignore[no-untyped-def]
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
    from PySide6.QtWidgets import QApplication

    from xuncha_desktop.services import findings as fs
    from xuncha_desktop.services.bootstrap import open_for_use
    from xuncha_desktop.ui.findings_tab import FindingsTab

    app = QApplication.instance() or QApplication([])
    db = open_for_use(DB, operator="bench")
    raw = sqlite3.connect(DB)
    n = raw.execute("select count(*) from finding").fetchone()[0]
    print(f"{DB}: {n} findings")

    base = ("select f.id, f.code, r.name, k.name, s.name, f.description, f.state, "
            "f.responsible_unit, f.found_on, f.deadline from finding f "
            "join region r on r.id = f.region_id join finding_kind k on k.id = f.kind_id "
            "left join sector s on s.id = f.sector_id")

    def first_rows() -> None:
        query = fs.FindingListQuery(TODAY)
        tab = FindingsTab(db, query)
        tab.resize(1400, 800)
        model = tab.model
        for r in range(min(30, model.rowCount())):
            model.data(model.index(r, 0))
        tab.deleteLater()
        app.processEvents()

    def plain_first() -> None:
        raw.execute("select count(*) from finding").fetchone()
        raw.execute(base + " order by f.code limit 100").fetchall()

    query = fs.FindingListQuery(TODAY)
    tab = FindingsTab(db, query)
    model = tab.model

    def show() -> None:
        for r in range(min(30, model.rowCount())):
            model.data(model.index(r, 0))

    def apply_filter() -> None:
        model.set_filter(fs.FindingFilter(state="整改中", text="消防"))
        show()
        model.set_filter(fs.FindingFilter())

    def plain_filter() -> None:
        where = (" where f.state = '整改中' and (f.description like '%消防%' or f.code like "
                 "'%消防%' or f.responsible_unit like '%消防%' or r.name like '%消防%' or "
                 "s.name like '%消防%')")
        raw.execute("select count(*) from (" + base + where + ")").fetchone()
        raw.execute(base + where + " order by f.code limit 100").fetchall()
        raw.execute("select count(*) from finding").fetchone()

    def sort_deadline() -> None:
        model.sort(model.column_of("deadline"))
        show()
        model.sort(model.column_of("code"))

    def plain_sort() -> None:
        raw.execute(base + " order by f.deadline, f.id limit 100").fetchall()
        raw.execute(base + " order by f.code limit 100").fetchall()

    def status_filter() -> None:
        model.set_filter(fs.FindingFilter(deadline_status="逾期"))
        show()
        model.set_filter(fs.FindingFilter())

    def plain_status() -> None:
        where = f" where f.state <> '已销号' and f.deadline < '{TODAY.isoformat()}'"
        raw.execute("select count(*) from (" + base + where + ")").fetchone()
        raw.execute(base + where + " order by f.code limit 100").fetchall()

    print(f"{'':28}{'tab':>10}{'sqlite3':>10}{'ratio':>8}")
    for name, ours, plain, target in (
        ("open tab, first rows", first_rows, plain_first, 0.150),
        ("filter 整改中 + 消防 (+clear)", apply_filter, plain_filter, 0.200),
        ("filter 逾期 (+clear)", status_filter, plain_status, 0.200),
        ("sort by deadline (+back)", sort_deadline, plain_sort, 0.200),
    ):
        a, b = best(ours), best(plain)
        flag = "ok" if a <= target else "SLOW"
        print(f"{name:28}{ms(a)}{ms(b)}{a / b:8.1f}x  target {target * 1000:.0f} ms {flag}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MB (target < 300 MB)")
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
