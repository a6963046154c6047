"""Charts for the printed reports, drawn with Pillow (no Qt: the documents layer has none).

Charts print in black and grey (they must read on a monochrome printer) with the body font
of the document (a CJK TrueType font found by :mod:`.fonts`). Each function returns PNG bytes
at 200 dpi for the given width in millimetres, ready for a :class:`~.model.Figure`.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

DPI = 200
INK = (30, 30, 30)
BAR = (90, 90, 90)
BAR_LIGHT = (175, 175, 175)
GRID = (215, 215, 215)
_FontType = ImageFont.FreeTypeFont | ImageFont.ImageFont


def _px(mm: float) -> int:
    return round(mm / 25.4 * DPI)


def _font(path: Path | None, index: int, size_pt: float) -> _FontType:
    size = max(8, round(size_pt / 72 * DPI))
    if path is None:
        return ImageFont.load_default(size)
    return ImageFont.truetype(str(path), size, index=index)


def _png(image: Image.Image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, "PNG", dpi=(DPI, DPI))
    return buf.getvalue()


def _text_width(draw: ImageDraw.ImageDraw, text: str, font: _FontType) -> float:
    return float(draw.textlength(text, font=font))


def _fit(draw: ImageDraw.ImageDraw, text: str, font: _FontType, width: float) -> str:
    if _text_width(draw, text, font) <= width:
        return text
    while text and _text_width(draw, text + "…", font) > width:
        text = text[:-1]
    return text + "…"


def bar_chart(rows: Sequence[tuple[str, float]], *, width_mm: float = 150,
              font_path: Path | None = None, font_index: int = 0, suffix: str = "",
              maximum: float | None = None, decimals: int = 0) -> bytes:
    """Horizontal bars, one row per (label, value), value printed at the bar's end."""
    label_font = _font(font_path, font_index, 9)
    width = _px(width_mm)
    row_h = _px(6.5)
    pad = _px(3)
    height = pad * 2 + row_h * max(1, len(rows))
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    label_w = min(width * 0.38, max((_text_width(draw, r[0], label_font) for r in rows),
                                    default=0.0) + pad)
    value_w = _text_width(draw, f"{max((r[1] for r in rows), default=0):.{decimals}f}{suffix}",
                          label_font) + pad
    x0 = pad + label_w
    span = max(1.0, width - x0 - value_w - pad)
    top = maximum if maximum is not None else max((r[1] for r in rows), default=0.0)
    top = top or 1.0
    for i in range(5):  # vertical grid at 0, 25, 50, 75, 100 %
        x = x0 + span * i / 4
        draw.line([(x, pad), (x, height - pad)], fill=GRID, width=2)
    for i, (label, value) in enumerate(rows):
        y = pad + i * row_h
        text = _fit(draw, label, label_font, label_w - pad)
        draw.text((x0 - pad // 2, y + row_h / 2), text, font=label_font, fill=INK, anchor="rm")
        bar = span * max(0.0, value) / top
        draw.rectangle([x0, y + row_h * 0.18, x0 + bar, y + row_h * 0.82],
                       fill=BAR if i % 2 == 0 else BAR_LIGHT, outline=INK)
        draw.text((x0 + bar + pad // 3, y + row_h / 2), f"{value:.{decimals}f}{suffix}",
                  font=label_font, fill=INK, anchor="lm")
    draw.line([(x0, pad), (x0, height - pad)], fill=INK, width=3)
    return _png(image)


def line_chart(points: Sequence[tuple[str, int]], *, width_mm: float = 150,
               height_mm: float = 60, font_path: Path | None = None,
               font_index: int = 0) -> bytes:
    """A line with markers over time (label, value), values printed above the markers."""
    font = _font(font_path, font_index, 8)
    width, height = _px(width_mm), _px(height_mm)
    pad = _px(4)
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    bottom = height - pad - _px(6)
    top_y = pad + _px(4)
    left, right = pad * 2, width - pad * 2
    peak = max((v for _l, v in points), default=0) or 1
    draw.line([(left, bottom), (right, bottom)], fill=INK, width=3)
    n = len(points)
    coords: list[tuple[float, float]] = []
    for i, (label, value) in enumerate(points):
        x = left + (right - left) * (i + 0.5) / max(n, 1)
        y = bottom - (bottom - top_y) * value / peak
        coords.append((x, y))
        draw.line([(x, bottom), (x, bottom + _px(1))], fill=INK, width=2)
        draw.text((x, bottom + _px(1.5)), label, font=font, fill=INK, anchor="mt")
        draw.text((x, y - _px(1.5)), str(value), font=font, fill=INK, anchor="mb")
    if len(coords) > 1:
        draw.line(coords, fill=BAR, width=5)
    for x, y in coords:
        r = _px(1.1)
        draw.ellipse([x - r, y - r, x + r, y + r], fill="white", outline=INK, width=3)
    return _png(image)


__all__ = ["DPI", "bar_chart", "line_chart"]
