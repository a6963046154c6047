"""Column widths of a document table, shared by the PDF and DOCX renderers (lengths in pt).

Chinese text may break between any two characters (the 禁则 of the line breaker aside), so a
column's *minimum* is its widest unbreakable token: one CJK character, or a run of Latin letters
and digits such as ``FX-2026-0012`` or ``2026-03-04`` (capped, so one absurd token wraps by
character instead of taking the table). Its *preferred* width is its longest line unwrapped.

Every column gets at least its minimum. Short columns (序号, 状态, dates, codes) get their
preferred width so they stay on one line, and the long text columns share what is left: in
proportion to the document kind's weights when the table has them, otherwise in proportion to
(preferred − minimum). When every column fits unwrapped, the whole table is on one line a row.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

TABLE_SIZE = 14.0  # 4号
TABLE_LEADING = 20.0
TABLE_SMALL_SIZE = 12.0  # 小四: tables too wide for 4号
TABLE_SMALL_LEADING = 17.0
TABLE_TINY_SIZE = 10.5  # 五号: only for tables too wide for two characters a column at 小四
TABLE_TINY_LEADING = 15.0
CELL_SIDE_MARGIN = 4.0  # left and right cell margins, PDF and DOCX alike
CELL_PADDING = 2 * CELL_SIDE_MARGIN + 1.0  # the margins plus the rules between cells
SPARE_CHARS = 0.5  # Word and LibreOffice add space between CJK and digits; digits may be wider
MIN_COLUMN_CHARS = 1.0  # one CJK character
MAX_TOKEN_CHARS = 8.0  # a longer Latin token (a URL, a hash) is broken by character
MAIN_SHARES = (0.4, 0.3)  # of the table, for the widest wrapping column, best first
SAMPLE_ROWS = 200

# Latin letters, digits and the joiners the line breaker keeps inside a word: one token.
_TOKEN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.\-/_%]*")


def char_units(text: str) -> float:
    """Width in 'characters': full-width CJK counts 1, Latin letters and digits 1/2."""
    return sum(1.0 if unicodedata.east_asian_width(c) in ("W", "F") else 0.5 for c in text)


def unbreakable_units(text: str) -> float:
    """Width in characters of the widest piece of ``text`` that must not be broken: a Latin
    word or number (a run of letters, digits and ``.-/_%``), or a single CJK character."""
    widest = 0.0
    for line in text.split("\n"):
        for token in _TOKEN.findall(line):
            widest = max(widest, char_units(token))
        if any(not c.isspace() and not c.isascii() for c in line):
            widest = max(widest, 1.0)
    return widest


def line_units(text: str) -> float:
    """Width in characters of the longest line of ``text`` (not wrapped)."""
    return max((char_units(line.strip()) for line in text.split("\n")), default=0.0)


@dataclass(frozen=True)
class ColumnNeeds:
    """What a column's content asks for, in characters."""

    minimum: float  # widest unbreakable token (capped)
    preferred: float  # longest line, header included (capped at the table's width)


def column_needs(header: tuple[str, ...], rows: tuple[tuple[str, ...], ...],
                 total: float, size: float, *, fair: bool = False) -> list[ColumnNeeds]:
    """Minimum and preferred widths of each column at ``size``; with ``fair`` no minimum is
    more than an equal share of ``total``, so that all of them fit side by side."""
    n = len(header)
    sample = [header, *rows[:SAMPLE_ROWS]]
    cap = MAX_TOKEN_CHARS
    if fair:
        cap = min(cap, max((total / n - CELL_PADDING) / size - SPARE_CHARS, MIN_COLUMN_CHARS))
    needs = []
    for i in range(n):
        minimum = max((unbreakable_units(r[i]) for r in sample), default=0.0)
        minimum = min(max(minimum, MIN_COLUMN_CHARS), cap)
        preferred = max((line_units(r[i]) for r in sample), default=0.0)
        # A line longer than the table wraps anyway: it asks for no more than the table.
        preferred = max(min(preferred, (total - CELL_PADDING) / size - SPARE_CHARS), minimum)
        needs.append(ColumnNeeds(minimum, preferred))
    return needs


def width_of(units: float, size: float) -> float:
    """Column width (pt) that holds ``units`` characters on one line at ``size``."""
    return (units + SPARE_CHARS) * size + CELL_PADDING


def _fit(base: list[float], mins: list[float], total: float) -> list[float] | None:
    """Widths proportional to ``base`` but none under its minimum; None when impossible."""
    if sum(mins) > total + 0.01:
        return None
    fixed: dict[int, float] = {}
    while True:
        free = [i for i in range(len(base)) if i not in fixed]
        room = total - sum(fixed.values())
        if not free:  # everything at its minimum: the slack goes in proportion to the minimums
            return [m * total / sum(mins) for m in mins]
        weight = sum(base[i] for i in free)
        widths = {i: room * base[i] / weight if weight else room / len(free) for i in free}
        short = [i for i in free if widths[i] < mins[i] - 0.01]
        if not short:
            widths.update(fixed)
            return [widths[i] for i in range(len(base))]
        for i in short:
            fixed[i] = mins[i]


def _share(mins: list[float], prefs: list[float], weights: tuple[float, ...] | None,
           total: float) -> list[float] | None:
    """Each column at least its minimum; the rest by ``weights`` or by (preferred − minimum)."""
    if sum(mins) > total + 0.01:
        return None
    if weights is not None:
        return _fit(list(weights), mins, total)
    slack = total - sum(mins)
    spread = [max(p - m, 0.0) for p, m in zip(prefs, mins, strict=True)]
    if sum(spread) <= 0.01:
        spread = list(mins)
    return [m + slack * s / sum(spread) for m, s in zip(mins, spread, strict=True)]


def table_layout(
    header: tuple[str, ...],
    rows: tuple[tuple[str, ...], ...],
    weights: tuple[float, ...] | None,
    total: float,
    *,
    main_shares: tuple[float, ...] = MAIN_SHARES,
) -> tuple[list[float], float, float]:
    """(column widths in pt summing to ``total``, font size, leading) of a table.

    Every column unwrapped at 4号, else at 小四. Otherwise short columns (at most 8, 6, 4, 3, 2
    characters; at 4号, then 小四 for each) stay unwrapped and the others wrap: the first of
    these that leaves the widest wrapping column 40% of the table wins, else the first leaving
    it 30%, else the one leaving it most. A table too wide for two characters a column at 小四
    is set in 五号; failing all, every column gets its minimum (tokens capped to an equal
    share) and the rest is shared, at 五号. ``main_shares`` replaces the 40%/30% (a wide
    table with several text columns, such as the landscape ledger, asks for less).
    """
    needs_at: dict[tuple[float, bool], list[ColumnNeeds]] = {}

    def needs(size: float, fair: bool = False) -> list[ColumnNeeds]:
        if (size, fair) not in needs_at:
            needs_at[size, fair] = column_needs(header, rows, total, size, fair=fair)
        return needs_at[size, fair]

    for size, leading in ((TABLE_SIZE, TABLE_LEADING), (TABLE_SMALL_SIZE, TABLE_SMALL_LEADING)):
        prefs = [width_of(c.preferred, size) for c in needs(size)]
        if sum(prefs) <= total + 0.01:
            widths = _fit(list(weights) if weights else prefs, prefs, total)
            assert widths is not None
            return widths, size, leading

    candidates: list[tuple[float, list[float], float, float]] = []
    # (short up to, wrapping columns at least): a 4-character header stays whole if it can.
    sizes = ((TABLE_SIZE, TABLE_LEADING), (TABLE_SMALL_SIZE, TABLE_SMALL_LEADING))
    for limit, floor in ((8.0, 4.0), (6.0, 4.0), (4.0, 4.0), (3.0, 3.0), (2.0, 2.0)):
        for size, leading in sizes + (((TABLE_TINY_SIZE, TABLE_TINY_LEADING),)
                                      if limit == 2.0 and not candidates else ()):
            cols = needs(size)
            flexible = [c.preferred > limit for c in cols]
            mins = [
                width_of(max(c.minimum, min(c.preferred, floor)) if flex else c.preferred, size)
                for c, flex in zip(cols, flexible, strict=True)
            ]
            widths = _share(mins, [width_of(c.preferred, size) for c in cols], weights, total)
            if widths is not None:
                main = max((w for w, flex in zip(widths, flexible, strict=True) if flex),
                           default=total)
                candidates.append((main, widths, size, leading))
    for share in main_shares:  # short columns whole matter less than a usable text column
        for main, widths, size, leading in candidates:
            if main >= share * total - 0.01:
                return widths, size, leading
    if candidates:
        _main, widths, size, leading = max(candidates, key=lambda c: c[0])
        return widths, size, leading

    cols = needs(TABLE_TINY_SIZE, fair=True)
    widths = _share([width_of(c.minimum, TABLE_TINY_SIZE) for c in cols],
                    [width_of(c.preferred, TABLE_TINY_SIZE) for c in cols], weights, total)
    if widths is not None:
        return widths, TABLE_TINY_SIZE, TABLE_TINY_LEADING
    # Unreachable in practice (the minimums are capped to a fair share); keep the weights.
    base = list(weights) if weights else [1.0] * len(header)
    return [w * total / sum(base) for w in base], TABLE_TINY_SIZE, TABLE_TINY_LEADING
