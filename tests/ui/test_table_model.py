"""The paged table model: qtmodeltester, lazy pages, SQL sorting and filtering."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt

from xuncha_desktop.services import queries as q
from xuncha_desktop.ui.table_model import (
    DUE_SOON_BACKGROUND,
    OVERDUE_BACKGROUND,
    PagedTableModel,
    deadline_background,
)

TODAY = dt.date(2026, 7, 14)  # the dataset's fixed day (fixture `today`)

ALL_QUERIES = [
    q.PlanQuery,
    q.TeamQuery,
    q.MembershipQuery,
    q.PersonQuery,
    q.ChecklistQuery,
    lambda: q.FindingQuery(TODAY),
    q.InterviewQuery,
]


@pytest.mark.parametrize("make_query", ALL_QUERIES)
def test_models_pass_qtmodeltester(qtmodeltester, db, make_query) -> None:
    model = PagedTableModel(db, make_query(), page_size=2)
    assert model.rowCount() > 0
    qtmodeltester.check(model)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_text("市")
    qtmodeltester.check(model)


def text(model: PagedTableModel, row: int, key: str) -> str:
    return model.data(model.index(row, model.column_of(key)))


def test_pages_are_fetched_lazily(db) -> None:
    model = PagedTableModel(db, q.FindingQuery(TODAY), page_size=2)
    assert model.rowCount() == 6
    assert model.cached_pages() == []
    assert text(model, 5, "code")
    assert model.cached_pages() == [2]
    assert text(model, 0, "code") == "2025-DZ-001"
    assert model.cached_pages() == [2, 0]
    assert model.data(model.index(6, 0)) is None


def test_sort_reorders_in_sql(db, qtbot) -> None:
    model = PagedTableModel(db, q.FindingQuery(TODAY), page_size=2)
    deadline = model.column_of("deadline")
    with qtbot.waitSignal(model.modelReset):
        model.sort(deadline, Qt.SortOrder.DescendingOrder)
    assert text(model, 0, "code") == "2026-SY-001"
    assert text(model, 0, "deadline") == "2026年8月30日"
    model.sort(deadline, Qt.SortOrder.AscendingOrder)
    assert text(model, 0, "code") == "2026-HK-001"
    model.sort(-1)  # back to the default order
    assert text(model, 0, "code") == "2025-DZ-001"


def test_filter_and_scope(db, ids) -> None:
    model = PagedTableModel(db, q.FindingQuery(TODAY))
    model.set_text("三亚")
    assert model.rowCount() == 2
    assert {text(model, r, "region") for r in range(2)} == {"三亚市"}
    model.set_text("")
    model.set_scope(ids.plan_2025, None)
    assert model.rowCount() == 1
    assert text(model, 0, "code") == "2025-DZ-001"


def test_display_roles(db) -> None:
    model = PagedTableModel(db, q.FindingQuery(TODAY), background=deadline_background)
    model.sort(model.column_of("code"), Qt.SortOrder.AscendingOrder)
    codes = [text(model, r, "code") for r in range(model.rowCount())]
    overdue = codes.index("2026-HK-002")
    soon = codes.index("2026-HK-003")
    status_col = model.column_of("deadline_status")
    idx = model.index(overdue, status_col)
    assert model.data(idx) == "逾期"  # a text label, not colour alone
    assert model.data(idx, Qt.ItemDataRole.BackgroundRole).color() == OVERDUE_BACKGROUND
    idx = model.index(soon, status_col)
    assert model.data(idx) == "即将到期"
    assert model.data(idx, Qt.ItemDataRole.BackgroundRole).color() == DUE_SOON_BACKGROUND
    normal = model.index(codes.index("2026-SY-001"), status_col)
    assert model.data(normal, Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(model.index(overdue, 0), Qt.ItemDataRole.UserRole) > 0
    assert model.headerData(0, Qt.Orientation.Horizontal) == "编号"
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.columnCount(QModelIndex()) == len(q.FindingQuery.columns)


def test_people_booleans_are_words(db) -> None:
    model = PagedTableModel(db, q.PersonQuery())
    assert text(model, 0, "active") == "是"
