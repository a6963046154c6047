"""GB/T 9704-2012 layout numbers shared by the DOCX and PDF renderers (all lengths in points)."""

from __future__ import annotations

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


def column_widths(
    header: tuple[str, ...],
    rows: tuple[tuple[str, ...], ...],
    weights: tuple[float, ...] | None,
    total: float = TEXT_WIDTH,
) -> list[float]:
    """Column widths (pt) summing to ``total``; from ``weights`` or from the text lengths."""
    if weights is None:
        sample = [header, *rows[:200]]
        weights = tuple(
            min(max(max(char_units(r[i]) for r in sample), 2.0), 24.0) for i in range(len(header))
        )
    scale = total / sum(weights)
    return [w * scale for w in weights]
