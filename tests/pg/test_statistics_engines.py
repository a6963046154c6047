"""The 总览 chart figures give the same exact numbers on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from xuncha_desktop.db.engine import Database
from xuncha_desktop.services import queries as q
from xuncha_desktop.services import statistics as st


def _fixture_module() -> ModuleType:
    name = "xuncha_test_statistics"
    if name in sys.modules:
        return sys.modules[name]
    path = Path(__file__).resolve().parent.parent / "services" / "test_statistics.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_statistics_on_both_engines(database: Database) -> None:
    fx = _fixture_module()
    fx.build(database)
    today = dt.date(2026, 7, 14)
    assert st.findings_by_sector(database) == [
        ("危险化学品", 1), ("非煤矿山", 1), ("建筑施工", 1), ("燃气", 3), (st.NO_SECTOR, 2)]
    assert st.findings_by_item(database, year=2026)[1] == (f"4. {fx.V2_TITLE_4}", 3)
    assert st.rectification_and_years(database) == (
        [("海口市", 1, 4), ("三亚市", 0, 2), ("儋州市", 1, 2)], [2025, 2026])
    assert st.overdue_over_time(database, year=2026, today=today) == [
        ("2026-01", 2), ("2026-02", 3), ("2026-03", 4), ("2026-04", 3),
        ("2026-05", 2), ("2026-06", 2), ("2026-07", 3),
    ]
    assert st.overdue_over_time(database, today=today)[-1][1] == (
        q.overview_counts(database, today).findings_overdue)
    assert st.finding_years(database) == [2025, 2026]
