"""GB/T 9704-2012 layout numbers shared by the DOCX and PDF renderers (all lengths in points)."""

from __future__ import annotations

import struct

from xuncha_desktop.documents import table_widths as _tw
from xuncha_desktop.documents.table_widths import char_units

# Table sizes live with the width code; the renderers and tests read them from here.
CELL_PADDING = _tw.CELL_PADDING
CELL_SIDE_MARGIN = _tw.CELL_SIDE_MARGIN
TABLE_SIZE = _tw.TABLE_SIZE  # 4号
TABLE_LEADING = _tw.TABLE_LEADING
TABLE_SMALL_SIZE = _tw.TABLE_SMALL_SIZE  # 小四
TABLE_SMALL_LEADING = _tw.TABLE_SMALL_LEADING
unbreakable_units = _tw.unbreakable_units

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


def table_layout(
    header: tuple[str, ...],
    rows: tuple[tuple[str, ...], ...],
    weights: tuple[float, ...] | None,
    total: float = TEXT_WIDTH,
) -> tuple[list[float], float, float]:
    """(column widths in pt summing to ``total``, font size, leading) of a table; see
    :mod:`xuncha_desktop.documents.table_widths`. The PDF and the DOCX both use these widths."""
    return _tw.table_layout(header, rows, weights, total)


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
