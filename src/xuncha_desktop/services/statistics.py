"""Chart figures of the 总览 tab (and of the annual report), each one SQL aggregate.

Every function here is a ``GROUP BY`` (or one conditional-sum row) computed by the database:
nothing loops over findings in Python, so the figures stay quick on a database of 100,000
findings. They all take ``(db, *, year=None, today=None)``: ``year`` narrows the findings to
those found (发现日期) in that calendar year, ``None`` means every year.

Rules shared with the rest of the app:

* a finding is *closed* when its state is 已销号 (``closed_on`` says since when);
* a finding is *overdue* on a day D when it had been found by D, was not closed on D, and its
  整改期限 in force on D was before D (``services.queries.deadline_status_expr``'s rule, back
  in time). The deadline in force on D is the finding's deadline before the first 延期 granted
  after D, so an extension does not rewrite history.
* the 巡查内容 item of a finding is the top-level item (one of the ten headings) above the
  checklist item it was recorded against, whatever the template version; findings recorded
  without a checklist item are counted under :data:`NO_ITEM`.

This module is Qt-free.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, case, func, literal, or_, select, union_all
from sqlalchemy.orm import aliased

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.services.uow import read_session

CLOSED = "已销号"
NO_SECTOR = "未填行业领域"
"""The label of findings recorded without a 行业领域."""
NO_ITEM = "未关联检查项"
"""The label of findings recorded without a checklist item."""


# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------
def _year_condition(year: int | None) -> Any:
    """Findings found in ``year`` (a range on the date column: portable and index friendly)."""
    if year is None:
        return literal(True)
    return and_(
        m.Finding.found_on >= dt.date(year, 1, 1), m.Finding.found_on < dt.date(year + 1, 1, 1)
    )


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month."""
    first_next = dt.date(year + month // 12, month % 12 + 1, 1)
    return first_next - dt.timedelta(days=1)


def _month_points(
    today: dt.date, year: int | None, months: int
) -> list[tuple[str, dt.date]]:
    """(YYYY-MM, the day the month is counted on): its last day, or today for this month."""
    if year is not None:
        span = [(year, mo) for mo in range(1, 13) if dt.date(year, mo, 1) <= today]
    else:
        span = []
        y, mo = today.year, today.month
        for _ in range(max(months, 1)):
            span.append((y, mo))
            y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
        span.reverse()
    return [(f"{y:04d}-{mo:02d}", min(month_end(y, mo), today)) for y, mo in span]


def _first_true(conditions: Sequence[Any], low: int, never: int) -> Any:
    """SQL for the first index ≥ ``low`` whose condition holds, ``never`` if none does.

    The conditions must be monotone (once true, true for every later index), so this is a
    binary search: a nested CASE that tests about log2(n) conditions per row, not n.
    """
    high = len(conditions)  # the answer lies in [low, high]; high means none holds

    def search(lo: int, hi: int) -> Any:
        if lo >= hi:
            return literal(lo if lo < len(conditions) else never)
        mid = (lo + hi) // 2
        return case((conditions[mid], search(lo, mid)), else_=search(mid + 1, hi))

    return search(low, high)


# ---------------------------------------------------------------------------------------------
# The chart figures
# ---------------------------------------------------------------------------------------------
def finding_years(db: Database) -> list[int]:
    """The calendar years in which findings were found, oldest first (for the year selector)."""
    with read_session(db) as session:
        first, last = session.execute(
            select(func.min(m.Finding.found_on), func.max(m.Finding.found_on))
        ).one()
    if first is None or last is None:
        return []
    return list(range(first.year, last.year + 1))


def findings_by_sector(
    db: Database, *, year: int | None = None, today: dt.date | None = None
) -> list[tuple[str, int]]:
    """[(行业领域, findings)] for sectors with findings, in the sector list's order.

    Findings without a sector come last as :data:`NO_SECTOR`. ``today`` is not needed (the
    count does not depend on the date); it is accepted so that every figure has one signature.
    """
    del today
    # Count per sector id first (an index scan), then name the few groups.
    counts = (
        select(m.Finding.sector_id.label("sector_id"), func.count().label("n"))
        .where(_year_condition(year))
        .group_by(m.Finding.sector_id)
        .subquery("counts")
    )
    stmt = (
        select(func.coalesce(m.Sector.name, NO_SECTOR), counts.c.n)
        .select_from(counts)
        .outerjoin(m.Sector, m.Sector.id == counts.c.sector_id)
        .order_by(
            case((counts.c.sector_id.is_(None), 1), else_=0),
            m.Sector.sort_order,
            m.Sector.name,
        )
    )
    with read_session(db) as session:
        return [(str(name), int(n)) for name, n in session.execute(stmt).all()]


def findings_by_item(
    db: Database, *, year: int | None = None, today: dt.date | None = None
) -> list[tuple[str, int]]:
    """[(巡查内容 item label, findings)]: the ten headings of the checklist, in their order.

    A finding recorded against a sub-item counts under its top-level heading; headings of
    different template versions with the same number count together, under the title of the
    newest version. The label is ``"序号. 标题"`` (for example ``"4. 开展安全生产大检查…"``).
    Headings without findings are left out; findings without an item come last as
    :data:`NO_ITEM`.
    """
    del today
    ti = m.TemplateItem
    # Every template item with the top-level item above it (any depth), as a recursive CTE.
    roots = (
        select(ti.id.label("item_id"), ti.id.label("root_id"))
        .where(ti.parent_id.is_(None))
        .cte("item_roots", recursive=True)
    )
    child = aliased(ti)
    roots = roots.union_all(
        select(child.id, roots.c.root_id).join(roots, child.parent_id == roots.c.item_id)
    )
    root = aliased(ti)
    number = func.coalesce(root.number, "")
    # Count per checklist result first (an index scan), then climb to the headings.
    per_result = (
        select(m.Finding.checklist_result_id.label("result_id"), func.count().label("n"))
        .where(_year_condition(year))
        .group_by(m.Finding.checklist_result_id)
        .subquery("per_result")
    )
    stmt = (
        select(
            number.label("number"),
            func.max(
                case((m.ChecklistTemplate.is_current.is_(True), root.title), else_=None)
            ).label("current_title"),
            func.max(root.title).label("any_title"),
            func.sum(per_result.c.n).label("n"),
        )
        .select_from(per_result)
        .outerjoin(m.ChecklistResult, m.ChecklistResult.id == per_result.c.result_id)
        .outerjoin(roots, roots.c.item_id == m.ChecklistResult.item_id)
        .outerjoin(root, root.id == roots.c.root_id)
        .outerjoin(m.ChecklistTemplate, m.ChecklistTemplate.id == root.template_id)
        .group_by(number)
        .order_by(
            case((number == "", 1), else_=0),
            func.length(number),
            number,
        )
    )
    with read_session(db) as session:
        rows = session.execute(stmt).all()
    out: list[tuple[str, int]] = []
    for r in rows:
        if r.number == "":
            out.append((NO_ITEM, int(r.n)))
        else:
            title = r.current_title or r.any_title or ""
            out.append((f"{r.number}. {title}", int(r.n)))
    return out


def rectification_by_region(
    db: Database, *, year: int | None = None, today: dt.date | None = None
) -> list[tuple[str, int, int]]:
    """[(市县, closed findings, all findings)] for each 市县 with findings, in list order.

    The rectification rate (整改率) of a 市县 is ``closed / total``; closed means 已销号.
    ``today`` is accepted for the common signature and not needed.
    """
    del today
    return rectification_and_years(db, year=year)[0]


def rectification_and_years(
    db: Database, *, year: int | None = None
) -> tuple[list[tuple[str, int, int]], list[int]]:
    """:func:`rectification_by_region` and the years those findings were found in, from one
    pass over the findings (the 总览 reads both; with ``year=None`` the years are those of
    :func:`finding_years`)."""
    f = m.Finding
    per_region = (
        select(
            f.region_id.label("region_id"),
            func.sum(case((f.state == CLOSED, 1), else_=0)).label("closed"),
            func.count().label("n"),
            func.min(f.found_on).label("first"),
            func.max(f.found_on).label("last"),
        )
        .where(_year_condition(year))
        .group_by(f.region_id)
        .subquery("per_region")
    )
    stmt = (
        select(m.Region.name, per_region.c.closed, per_region.c.n, per_region.c.first,
               per_region.c.last)
        .join(per_region, per_region.c.region_id == m.Region.id)
        .order_by(m.Region.sort_order, m.Region.name)
    )
    with read_session(db) as session:
        rows = session.execute(stmt).all()
    regions = [(str(r.name), int(r.closed or 0), int(r.n)) for r in rows]
    firsts = [r.first for r in rows if r.first is not None]
    lasts = [r.last for r in rows if r.last is not None]
    if not firsts or not lasts:
        return regions, []
    return regions, list(range(min(firsts).year, max(lasts).year + 1))


def overdue_over_time(
    db: Database,
    *,
    year: int | None = None,
    today: dt.date | None = None,
    months: int = 12,
) -> list[tuple[str, int]]:
    """[(YYYY-MM, findings overdue at the month's end)], oldest month first.

    Without ``year``: the ``months`` months up to ``today``'s month; with ``year``: that
    year's months up to ``today``. The current month is counted on ``today`` rather than on
    its last day.

    One query. Each finding is split into *epochs* of one deadline each (a finding never
    extended has one; each 延期 starts a new one), and each epoch is overdue on the days
    ``max(found, epoch start, deadline + 1) ≤ D < min(closed, epoch end)``. The database
    gives, per epoch, the first counted day on which it is overdue and the first on which it
    no longer is (as indexes into the month list), grouped and counted; the answer for month
    k is then the number of epochs with ``start ≤ k < end``, summed over at most
    (months + 1)² groups.
    """
    today = today or dt.date.today()
    points = _month_points(today, year, months)
    if not points:
        return []
    days = [day for _label, day in points]
    # "granted on day D or before" == at < the next midnight
    next_midnights = [dt.datetime.combine(day + dt.timedelta(days=1), dt.time()) for day in days]
    never = len(days)
    f = m.Finding
    ext = m.DeadlineExtension
    base: list[Any] = [f.id.label("fid"), f.found_on.label("found_on"),
                       f.state.label("state"), f.closed_on.label("closed_on")]
    window = and_(
        f.deadline.is_not(None),
        f.found_on <= days[-1],
        or_(f.state != CLOSED, f.closed_on.is_(None), f.closed_on > days[0]),
    )
    # Joined, not correlated: a correlated sub-query would run once per CASE branch below.
    before_each = select(
        ext.finding_id.label("finding_id"),
        func.lag(ext.at).over(partition_by=ext.finding_id, order_by=(ext.at, ext.id))
        .label("from_at"),
        ext.at.label("to_at"),
        ext.old_deadline.label("dl"),
    ).subquery("before_each")
    last = (
        select(ext.finding_id.label("finding_id"), func.max(ext.at).label("from_at"))
        .group_by(ext.finding_id)
        .subquery("last_extension")
    )
    no_time = literal(None, type_=ext.at.type)
    epochs = union_all(
        # the current deadline: since the last extension, or always if never extended
        select(*base, last.c.from_at.label("from_at"), no_time.label("to_at"),
               f.deadline.label("dl"))
        .outerjoin(last, last.c.finding_id == f.id)
        .where(window),
        # before each extension: its old deadline, since the extension before it
        select(*base, before_each.c.from_at, before_each.c.to_at, before_each.c.dl)
        .join(before_each, before_each.c.finding_id == f.id)
        .where(window),
    ).subquery("epochs")
    e = epochs.c
    pairs = list(zip(days, next_midnights, strict=True))
    late_by = [
        and_(e.found_on <= day, or_(e.from_at.is_(None), e.from_at < midnight), e.dl < day)
        for day, midnight in pairs
    ]
    ended_by = [
        or_(and_(e.state == CLOSED, e.closed_on <= day),
            and_(e.to_at.is_not(None), e.to_at < midnight))
        for day, midnight in pairs
    ]
    # already late on the first day counted / still open: the common cases, tested first
    start = case((late_by[0], 0), else_=_first_true(late_by, 1, never)).label("start")
    closed_by = case(
        (and_(e.state != CLOSED, e.to_at.is_(None)), never),
        else_=_first_true(ended_by, 0, never),
    ).label("stop")
    could_be_late = and_(  # leaves out epochs never overdue in the window before the CASEs
        e.dl < days[-1], or_(e.state != CLOSED, e.closed_on.is_(None), e.closed_on > e.dl)
    )
    spans = select(start, closed_by).where(could_be_late).subquery("spans")
    stmt = select(spans.c.start, spans.c.stop, func.count()).group_by(
        spans.c.start, spans.c.stop
    )
    with read_session(db) as session:
        groups = session.execute(stmt).all()
    counts = [0] * len(days)
    for first, stop, n in groups:  # at most (months + 1)² aggregated groups, not findings
        for k in range(int(first), min(int(stop), len(days))):
            counts[k] += int(n)
    return [(label, n) for (label, _day), n in zip(points, counts, strict=True)]


def rate_percent(closed: int, total: int) -> float:
    """整改率 in percent (0 when there is nothing to rectify)."""
    return 100.0 * closed / total if total else 0.0


__all__: Sequence[str] = [
    "NO_ITEM",
    "NO_SECTOR",
    "finding_years",
    "findings_by_item",
    "findings_by_sector",
    "month_end",
    "overdue_over_time",
    "rate_percent",
    "rectification_and_years",
    "rectification_by_region",
]
