"""GB/T 9704-2012 layout numbers shared by the DOCX and PDF renderers (all lengths in points)."""

from __future__ import annotations

import re
import struct
import unicodedata

MM = 72.0 / 25.4

PAGE_WIDTH = 210 * MM
PAGE_HEIGHT = 297 * MM
MARGIN_TOP = 37 * MM  # 天头
MARGIN_BOTTOM = 35 * MM
MARGIN_LEFT = 28 * MM  # 订口
MARGIN_RIGHT = 26 * MM
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT  # 版心 156 mm
TEXT_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM  # 版心 225 mm

BODY_SIZE = 16.0  # 3号
CHARS_PER_LINE = 28  # 每行 28 个字
CHAR_PITCH = TEXT_WIDTH / CHARS_PER_LINE  # 15.79 pt: glyphs sit on a grid slightly under 16 pt
BODY_CHAR_DELTA = CHAR_PITCH - BODY_SIZE  # character spacing that puts 28 characters on a line
LINE_PITCH = 28.95  # 22 lines in the 225 mm 版心
TITLE_SIZE = 22.0  # 2号
TITLE_LEADING = 35.0
IMPRINT_SIZE = 14.0  # 4号 (版记)
PAGE_NUMBER_SIZE = 14.0  # 4号 (页码)
PAGE_NUMBER_GAP = 7 * MM  # 页码 top edge below the 版心
TABLE_SIZE = 14.0
TABLE_LEADING = 20.0
ISSUER_MAX_SIZE = 42.0  # 初号
ISSUER_MIN_SIZE = 22.0
ISSUER_TOP = 35 * MM  # 发文机关标志 top edge below the 版心 top
RED = "FF0000"
RED_RULE_WIDTH = 1.5  # pt
IMPRINT_OUTER_RULE = 0.35 * MM
IMPRINT_INNER_RULE = 0.25 * MM
INDENT_CHARS = 2
CAPTION_SIZE = 14.0  # 4号仿宋: figure captions
CAPTION_LEADING = 22.0


def char_units(text: str) -> float:
    """Width in 'characters': full-width CJK counts 1, Latin letters and digits 1/2."""
    return sum(1.0 if unicodedata.east_asian_width(c) in ("W", "F") else 0.5 for c in text)


def issuer_font_size(text: str) -> float:
    """Size of the 发文机关标志: as large as 初号, but one line must fit 95% of the 版心 width."""
    units = max(char_units(text), 1.0)
    size = min(ISSUER_MAX_SIZE, TEXT_WIDTH * 0.95 / units)
    size = max(ISSUER_MIN_SIZE, size)
    return float(int(size * 2)) / 2


def signature_right_indents(signer: str | None, date_text: str | None) -> tuple[float, float]:
    """Right indents (pt) of 署名 and 成文日期 without a seal (GB/T 9704 7.3.5.2).

    署名 is 右空二字; the date starts two characters right of the 署名's first character; when the
    date is longer than that allows, the date is 右空二字 and the 署名 moves left to keep the offset.
    """
    em = BODY_SIZE
    if not signer or not date_text:
        return (INDENT_CHARS * em, INDENT_CHARS * em)
    s = char_units(signer)
    d = char_units(date_text)
    date_right = s - d
    if date_right >= INDENT_CHARS:
        return (INDENT_CHARS * em, date_right * em)
    return ((INDENT_CHARS + d + INDENT_CHARS - s) * em, INDENT_CHARS * em)


TABLE_SMALL_SIZE = 12.0  # 小四: tables whose words would otherwise break
TABLE_SMALL_LEADING = 17.0
CELL_PADDING = 11.0  # left + right cell margins (Word's default 5.4 pt each; the PDF uses 4)
MIN_COLUMN_CHARS = 2.0

# A line may break after spaces and after these (closing punctuation, 年/月 of a date).
_BREAK_AFTER = re.compile(r"(?<=[\s，、；：。！？）》」』,;:!?)])|(?<=\d[年月])(?=\d)")


def unbreakable_units(text: str) -> float:
    """Width in characters of the longest piece of ``text`` that should not be broken."""
    pieces = (p for line in text.split("\n") for p in _BREAK_AFTER.split(line))
    return max((char_units(p.strip()) for p in pieces), default=0.0)


def _min_width(units: float, size: float) -> float:
    # Half a character to spare: Word and LibreOffice add space between CJK and digits, and
    # their Latin digits can be wider than half an em.
    return (max(units, MIN_COLUMN_CHARS) + 0.5) * size + CELL_PADDING


def _fit(base: list[float], mins: list[float], total: float) -> list[float] | None:
    """Widths proportional to ``base`` but none under its minimum; None when impossible."""
    if sum(mins) > total + 0.01:
        return None
    fixed: dict[int, float] = {}
    while True:
        free = [i for i in range(len(base)) if i not in fixed]
        room = total - sum(fixed.values())
        weight = sum(base[i] for i in free)
        widths = {i: room * base[i] / weight if weight else 0.0 for i in free}
        short = [i for i in free if widths[i] < mins[i] - 0.01]
        if not short:
            widths.update(fixed)
            return [widths[i] for i in range(len(base))]
        for i in short:
            fixed[i] = mins[i]


def table_layout(
    header: tuple[str, ...],
    rows: tuple[tuple[str, ...], ...],
    weights: tuple[float, ...] | None,
    total: float = TEXT_WIDTH,
) -> tuple[list[float], float, float]:
    """(column widths in pt summing to ``total``, font size, leading) of a table.

    Widths follow ``weights`` (or the text lengths), but a column is made at least as wide as
    its longest unbreakable piece (a team name such as 2026年省安全生产第一巡查组) where the
    others have room to give. Tried in order: 4号 with header and cells whole, 小四 likewise,
    小四 with only the cells whole (the header may wrap); then 小四 giving up the widest pieces
    one by one; failing all, the plain weights at 4号.
    """
    sample = [header, *rows[:200]]
    if weights is None:
        weights = tuple(
            min(max(max(char_units(r[i]) for r in sample), 2.0), 24.0) for i in range(len(header))
        )
    base = list(weights)
    cells = [max((unbreakable_units(r[i]) for r in rows[:200]), default=0.0)
             for i in range(len(header))]
    heads = [unbreakable_units(h) for h in header]
    attempts = (
        (TABLE_SIZE, TABLE_LEADING, [max(c, h) for c, h in zip(cells, heads, strict=True)]),
        (TABLE_SMALL_SIZE, TABLE_SMALL_LEADING,
         [max(c, h) for c, h in zip(cells, heads, strict=True)]),
        (TABLE_SMALL_SIZE, TABLE_SMALL_LEADING, cells),
    )
    for size, leading, units in attempts:
        mins = [_min_width(u, size) for u in units]
        widths = _fit(base, mins, total)
        if widths is not None:
            return widths, size, leading
    # Not all can stay whole: give up the widest pieces first, keep the rest whole at 小四.
    units = list(cells)
    while True:
        widest = max(range(len(units)), key=lambda i: units[i])
        if units[widest] <= MIN_COLUMN_CHARS:
            break
        units[widest] = MIN_COLUMN_CHARS
        mins = [_min_width(u, TABLE_SMALL_SIZE) for u in units]
        widths = _fit(base, mins, total)
        if widths is not None:
            return widths, TABLE_SMALL_SIZE, TABLE_SMALL_LEADING
    scale = total / sum(base)
    return [w * scale for w in base], TABLE_SIZE, TABLE_LEADING


def column_widths(
    header: tuple[str, ...],
    rows: tuple[tuple[str, ...], ...],
    weights: tuple[float, ...] | None,
    total: float = TEXT_WIDTH,
) -> list[float]:
    """Column widths (pt) summing to ``total``; see :func:`table_layout` (which also gives
    the font size the widths were chosen for)."""
    return table_layout(header, rows, weights, total)[0]


def png_pixel_size(png: bytes) -> tuple[int, int]:
    """(width, height) in pixels from a PNG's IHDR chunk."""
    if len(png) < 24 or png[12:16] != b"IHDR":
        raise ValueError("not a PNG image (no IHDR chunk)")
    width, height = struct.unpack(">II", png[16:24])
    if width <= 0 or height <= 0:
        raise ValueError("PNG image has no pixels")
    return int(width), int(height)


def figure_size(png: bytes, width_mm: float, *, caption: bool = False) -> tuple[float, float]:
    """(width, height) in pt of a figure: ``width_mm`` wide with the image's aspect ratio, but
    never wider than the 版心 nor taller than a page (less the caption's line when it has one)."""
    px_w, px_h = png_pixel_size(png)
    width = min(width_mm * MM, TEXT_WIDTH)
    height = width * px_h / px_w
    max_height = TEXT_HEIGHT - (CAPTION_LEADING if caption else 0.0) - 2.0
    if height > max_height:
        width, height = width * max_height / height, max_height
    return width, height
