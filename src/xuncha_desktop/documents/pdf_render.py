"""PDF renderer (ReportLab platypus) for GB/T 9704-2012 documents.

Text is set by :class:`TextBlock`, a small flowable with its own Chinese line breaker, because
ReportLab's ``wordWrap='CJK'`` only knows a few Japanese 禁则 characters (it lets ``，``/``；``/``”``
start a line and never keeps ``“``/``《``/``（`` from ending one). :func:`break_lines` applies the
Chinese rules by pushing characters to the next line (推出法) and justifies the line
(两端对齐). Fonts are TrueType, embedded as subsets (ReportLab's default).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageBreakIfNotEmpty,
    PageTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as RLTable

from xuncha_desktop.documents import layout as L
from xuncha_desktop.documents.fonts import FontRole, FontSet, covers, fallback_for
from xuncha_desktop.documents.model import (
    Annex,
    Block,
    Document,
    Figure,
    Heading,
    ListBlock,
    Paragraph,
    Table,
    addressee_line,
    annex_label,
    attachment_lines,
    cc_line,
    format_cn_date,
    header_lines,
    imprint_line_parts,
    note_line,
    sign_off_parts,
    title_lines,
    title_lines_of,
)

__all__ = [
    "CANNOT_END",
    "CANNOT_START",
    "TextBlock",
    "break_lines",
    "render_pdf",
]

# 行首禁则: may not start a line.
CANNOT_START = frozenset("，。、；：？！）》」』】〕〗〉”’…‥·％‰℃°,.;:?!)]}%'\"·々〃ー〆")
# 行尾禁则: may not end a line.
CANNOT_END = frozenset("（《「『【〔〖〈“‘([{￥$£")
_NO_SPLIT_PAIRS = frozenset("—…")
_FUZZ = 1e-6


@dataclass(frozen=True)
class Line:
    text: str
    indent: float  # from the left edge of the flowable
    width: float  # natural width of ``text``
    avail: float  # width available to this line
    justify: bool  # stretch to ``avail`` (all but the last line of a paragraph)


_WIDTH_CACHE: dict[tuple[str, float], dict[str, float]] = {}


_FONT_FOR: dict[tuple[str, str], str] = {}


def _font_for(font: str, ch: str) -> str:
    """``font`` if it can draw ``ch``, else the first registered font that can (no boxes)."""
    key = (font, ch)
    chosen = _FONT_FOR.get(key)
    if chosen is None:
        if ch.isspace() or covers(font, ch):
            chosen = font
        else:
            found = fallback_for(font, ch)
            if found is None:
                return font  # nothing can draw it (warned); a font registered later may
            chosen = found
        _FONT_FOR[key] = chosen
    return chosen


def _runs(text: str, font: str) -> list[tuple[str, str]]:
    """Split ``text`` into (font, text) runs, switching font only for characters it lacks."""
    runs: list[tuple[str, str]] = []
    for ch in text:
        f = _font_for(font, ch)
        if runs and runs[-1][0] == f:
            runs[-1] = (f, runs[-1][1] + ch)
        else:
            runs.append((f, ch))
    return runs


def _width_fn(font: str, size: float, delta: float = 0.0) -> Callable[[str], float]:
    """Advance of one character: its glyph width plus the character spacing ``delta``."""
    cache = _WIDTH_CACHE.setdefault((font, size), {})

    def width(ch: str) -> float:
        w = cache.get(ch)
        if w is None:
            w = pdfmetrics.stringWidth(ch, _font_for(font, ch), size)
            cache[ch] = w
        return w + delta

    return width


def _ascii_word(a: str, b: str) -> bool:
    return a.isascii() and b.isascii() and (a.isalnum() or a in ".-/") and b.isalnum()


def _no_break(chars: list[str], k: int) -> bool:
    """True when a line may not break before ``chars[k]`` (禁则, ——/……, a Latin word)."""
    return (
        chars[k] in CANNOT_START
        or chars[k - 1] in CANNOT_END
        or (chars[k] == chars[k - 1] and chars[k] in _NO_SPLIT_PAIRS)
        or _ascii_word(chars[k - 1], chars[k])
    )


def break_lines(
    text: str,
    width: Callable[[str], float],
    avail: float,
    *,
    first_indent: float = 0.0,
    left: float = 0.0,
    right: float = 0.0,
) -> list[Line]:
    """Break ``text`` into lines of at most ``avail`` points, applying Chinese 禁则.

    ``first_indent`` is added to ``left`` on the first line of each paragraph; ``\\n`` forces a
    break. A Latin word or a number is not split unless it is longer than a line; ``——`` and
    ``……`` stay together.
    """
    lines: list[Line] = []
    for segment in text.split("\n"):
        chars = list(segment)
        widths = [width(c) for c in chars]
        n = len(chars)
        i = 0
        first = True
        if n == 0:
            lines.append(Line("", left, 0.0, max(avail - left - right, 1.0), False))
            continue
        while i < n:
            indent = left + (first_indent if first else 0.0)
            room = max(avail - indent - right, 1.0)
            used = 0.0
            j = i
            while j < n and used + widths[j] <= room + _FUZZ:
                used += widths[j]
                j += 1
            if j == i:
                j = i + 1
            if j < n:
                k = j
                while k > i + 1 and _no_break(chars, k):
                    k -= 1
                # No break point in the line: keep it full rather than break the 禁则, and break
                # a Latin word longer than the line at the line's end, not a character a line.
                if k > i + 1 or not (chars[j] in CANNOT_START or chars[j - 1] in CANNOT_END
                                     or _ascii_word(chars[k - 1], chars[k])):
                    j = k
            line_text = "".join(chars[i:j])
            line_width = sum(widths[i:j])
            lines.append(Line(line_text, indent, line_width, room, j < n))
            i = j
            first = False
    return lines


class TextBlock(Flowable):  # type: ignore[misc]
    """A paragraph in one font, broken with :func:`break_lines`; splits across pages by line."""

    def __init__(
        self,
        text: str,
        font: str,
        size: float,
        leading: float,
        *,
        color: Any = colors.black,
        align: str = "justify",
        first_indent: float = 0.0,
        left: float = 0.0,
        right: float = 0.0,
        lines: list[Line] | None = None,
        lines_avail: float | None = None,
        char_delta: float = 0.0,
    ) -> None:
        super().__init__()
        self.char_delta = char_delta
        self.text = text
        self.font = font
        self.size = size
        self.leading = leading
        self.color = color
        self.align = align
        self.first_indent = first_indent
        self.left = left
        self.right = right
        self._lines = lines
        self._avail = lines_avail

    def _layout(self, avail: float) -> list[Line]:
        if self._lines is None or self._avail is None or abs(self._avail - avail) > 0.01:
            self._lines = break_lines(
                self.text,
                _width_fn(self.font, self.size, self.char_delta),
                avail,
                first_indent=self.first_indent,
                left=self.left,
                right=self.right,
            )
            self._avail = avail
        return self._lines

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        lines = self._layout(aw)
        self.width = aw
        self.height = len(lines) * self.leading
        return aw, self.height

    def _copy(self, lines: list[Line]) -> TextBlock:
        return TextBlock(
            "".join(ln.text for ln in lines),
            self.font,
            self.size,
            self.leading,
            color=self.color,
            align=self.align,
            left=self.left,
            right=self.right,
            lines=lines,
            lines_avail=self._avail,
            char_delta=self.char_delta,
        )

    def split(self, aw: float, ah: float) -> list[Flowable]:
        lines = self._layout(aw)
        fit = int((ah + 0.01) // self.leading)
        if fit <= 0:
            return []
        if fit >= len(lines):
            return [self]
        return [self._copy(lines[:fit]), self._copy(lines[fit:])]

    def draw(self) -> None:
        canv = self.canv
        lines = self._lines or []
        canv.setFillColor(self.color)
        text = canv.beginText()
        text.setFont(self.font, self.size, self.leading)
        # Centre the em box in the line box, as Word does with exact line spacing.
        first_base = self.height - (self.leading - self.size) / 2 - 0.88 * self.size
        char_space = 0.0
        for n, line in enumerate(lines):
            x = line.indent
            cs = self.char_delta
            if self.align == "center":
                x += (line.avail - line.width) / 2
            elif self.align == "right":
                x += line.avail - line.width
            elif self.align == "justify" and line.justify and len(line.text) > 1:
                extra = max(0.0, (line.avail - line.width) / (len(line.text) - 1))
                if extra <= self.size:  # not for a very short line (long Latin word pushed down)
                    cs += extra
            if cs != char_space:
                text.setCharSpace(cs)
                char_space = cs
            text.setTextOrigin(x, first_base - n * self.leading)
            runs = _runs(line.text, self.font)
            for run_font, run_text in runs:
                if run_font != self.font:
                    text.setFont(run_font, self.size, self.leading)
                text.textOut(run_text)
                if run_font != self.font:
                    text.setFont(self.font, self.size, self.leading)
        canv.drawText(text)


class SplitLine(Flowable):  # type: ignore[misc]
    """One line with text at the left and at the right, each a list of (text, font) pieces:
    the 发文字号 (居左空一字) and ``签发人：姓名`` (居右空一字) of a 上行文."""

    def __init__(
        self,
        left: list[tuple[str, str]],
        right: list[tuple[str, str]],
        size: float,
        leading: float,
        *,
        left_indent: float = 0.0,
        right_indent: float = 0.0,
        char_delta: float = 0.0,
    ) -> None:
        super().__init__()
        self.left_parts = left
        self.right_parts = right
        self.size = size
        self.leading = leading
        self.left_indent = left_indent
        self.right_indent = right_indent
        self.char_delta = char_delta

    def _width(self, parts: list[tuple[str, str]]) -> float:
        total = 0.0
        for text, font in parts:
            width = _width_fn(font, self.size, self.char_delta)
            total += sum(width(c) for c in text)
        return total

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = aw
        self.height = self.leading
        return aw, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.setFillColor(colors.black)
        base = self.height - (self.leading - self.size) / 2 - 0.88 * self.size
        right_x = self.width - self.right_indent - self._width(self.right_parts)
        for x, parts in ((self.left_indent, self.left_parts), (right_x, self.right_parts)):
            text = canv.beginText()
            text.setCharSpace(self.char_delta)
            text.setTextOrigin(x, base)
            for piece, font in parts:
                for run_font, run_text in _runs(piece, font):
                    text.setFont(run_font, self.size, self.leading)
                    text.textOut(run_text)
            canv.drawText(text)


class Rule(Flowable):  # type: ignore[misc]
    """A horizontal line across the frame, ``space_before`` below the previous flowable."""

    def __init__(self, thickness: float, color: Any, space_before: float) -> None:
        super().__init__()
        self.thickness = thickness
        self.color = color
        self.space_before = space_before

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = aw
        self.height = self.space_before + self.thickness
        return aw, self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.thickness)
        y = self.thickness / 2
        self.canv.line(0, y, self.width, y)


class BottomAligned(Flowable):  # type: ignore[misc]
    """Places its content at the bottom of the frame (版记 at the foot of the last page)."""

    def __init__(self, content: Flowable) -> None:
        super().__init__()
        self.content = content
        self._content_h = 0.0

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        _w, h = self.content.wrap(aw, ah)
        self._content_h = h
        self.width = aw
        self.height = max(h, ah - 0.5) if h <= ah else h
        return aw, self.height

    def draw(self) -> None:
        self.content.drawOn(self.canv, 0, 0)


class _GBDocTemplate(BaseDocTemplate):  # type: ignore[misc]
    pass


def _page_number_painter(font: str) -> Callable[[Any, Any], None]:
    def paint(canv: Any, _doc: Any) -> None:
        n = canv.getPageNumber()
        label = f"— {n} —"
        canv.saveState()
        canv.setFont(font, L.PAGE_NUMBER_SIZE)
        canv.setFillColor(colors.black)
        baseline = L.MARGIN_BOTTOM - L.PAGE_NUMBER_GAP - 0.88 * L.PAGE_NUMBER_SIZE
        em = L.PAGE_NUMBER_SIZE
        if n % 2:  # odd: 右空一字
            canv.drawRightString(L.MARGIN_LEFT + L.TEXT_WIDTH - em, baseline, label)
        else:  # even: 左空一字
            canv.drawString(L.MARGIN_LEFT + em, baseline, label)
        canv.restoreState()

    return paint


class _Builder:
    def __init__(self, doc: Document, fonts: FontSet) -> None:
        self.doc = doc
        self.fonts = fonts
        self.story: list[Flowable] = []
        self.red = colors.HexColor("#" + L.RED)
        for role in fonts.fonts:  # every role font is registered first: they are the fallbacks
            fonts.pdf_font(role)

    def f(self, role: FontRole) -> str:
        return self.fonts.pdf_font(role)

    def blank(self, lines: float = 1.0) -> None:
        self.story.append(Spacer(0, L.LINE_PITCH * lines))

    def body(self, text: str, role: FontRole = "body", **kw: Any) -> TextBlock:
        kw.setdefault("first_indent", L.INDENT_CHARS * L.CHAR_PITCH)
        kw.setdefault("char_delta", L.BODY_CHAR_DELTA)
        return TextBlock(text, self.f(role), L.BODY_SIZE, L.LINE_PITCH, **kw)

    def build(self) -> list[Flowable]:
        d = self.doc
        used = 0.0
        for line in header_lines(d):  # 份号 / 密级 / 紧急程度: 3号黑体, 顶格
            self.story.append(self.body(line, "heading1", first_indent=0, align="left"))
            used += L.LINE_PITCH
        if d.letterhead:
            self.letterhead(used)
        self.story.append(
            TextBlock(
                "\n".join(title_lines(d)),
                self.f("title"),
                L.TITLE_SIZE,
                L.TITLE_LEADING,
                align="center",
            )
        )
        if not d.letterhead:  # a form: one blank line under its title
            self.blank(1)
        addr = addressee_line(d)
        if addr:
            if d.letterhead:
                self.blank(1)
            self.story.append(self.body(addr, first_indent=0, align="left"))
        for i, block in enumerate(d.blocks):
            self.block(block, d.blocks[i + 1:])
        atts = attachment_lines(d)
        if atts:
            self.blank(1)
            em = L.CHAR_PITCH
            for n, line in enumerate(atts):
                # 附件：1.×× ; following names aligned under "1."
                self.story.append(
                    self.body(
                        line,
                        left=(L.INDENT_CHARS + 3) * em,
                        first_indent=-3 * em if n == 0 else 0.0,
                        align="left",
                    )
                )
        self.signature()
        for i, annex in enumerate(d.annexes, start=1):
            self.annex(annex, annex_label(d, i))
        self.imprint()
        return self.story

    def letterhead(self, used: float) -> None:
        """发文机关标志 (red), 发文字号 (with the 签发人 of a 上行文) and the red rule."""
        d = self.doc
        size = L.issuer_font_size(d.issuer_mark)
        leading = size * 1.2
        # Top edge of the issuer's glyphs ISSUER_TOP below the 版心 top.
        self.story.append(Spacer(0, max(0.0, L.ISSUER_TOP - used - (leading - size) / 2)))
        self.story.append(
            TextBlock(
                d.issuer_mark, self.f("issuer"), size, leading, color=self.red, align="center"
            )
        )
        self.blank(2)  # 发文字号: 发文机关标志下空二行
        sign_off = sign_off_parts(d)
        if sign_off:
            # 上行文: 发文字号 居左空一字, 签发人 居右空一字 on the same line (GB/T 9704 7.2.4).
            em = L.CHAR_PITCH
            self.story.append(SplitLine(
                [(d.doc_number or "", self.f("body"))],
                [(sign_off[0], self.f("body")), (sign_off[1], self.f("heading2"))],
                L.BODY_SIZE, L.LINE_PITCH, left_indent=em, right_indent=em,
                char_delta=L.BODY_CHAR_DELTA,
            ))
        elif d.doc_number:
            self.story.append(self.body(d.doc_number, first_indent=0, align="center"))
        self.story.append(Rule(L.RED_RULE_WIDTH, self.red, 6.0))  # 4 mm below the 文号
        self.blank(2)  # 标题: 红色分隔线下空二行

    def annex(self, annex: Annex, label: str) -> None:
        """附件 on a new page: 附件N in 3号黑体 顶格 on the first line, the title centred in
        2号小标宋 on the third, one blank line, then the annex's blocks (GB/T 9704 8)."""
        self.story.append(PageBreakIfNotEmpty())
        self.story.append(self.body(label, "heading1", first_indent=0, align="left"))
        self.blank(1)
        self.story.append(
            TextBlock(
                "\n".join(title_lines_of(annex.title)),
                self.f("title"),
                L.TITLE_SIZE,
                L.TITLE_LEADING,
                align="center",
            )
        )
        if annex.blocks:
            self.blank(1)
        for i, block in enumerate(annex.blocks):
            self.block(block, annex.blocks[i + 1:])

    def heading(self, block: Heading) -> TextBlock:
        role: FontRole = {1: "heading1", 2: "heading2"}.get(block.level, "body")  # type: ignore[assignment]
        return self.body(block.text, role)

    def keep_height(self, blocks: Sequence[Block]) -> float:
        """Height of the start of ``blocks`` that a heading before them must share a page with:
        a following heading with what follows it, a paragraph's or list's first line, or a
        table's header row plus its first row."""
        if not blocks:
            return 0.0
        first = blocks[0]
        if isinstance(first, Heading):
            para = self.heading(first)
            para.wrap(L.TEXT_WIDTH, L.TEXT_HEIGHT)
            return float(para.height) + self.keep_height(blocks[1:])
        if isinstance(first, Figure):
            return float(self.figure(first).wrap(L.TEXT_WIDTH, L.TEXT_HEIGHT)[1])
        if isinstance(first, Table):
            table = self.rl_table(Table(first.header, first.rows[:1], first.col_widths),
                                  L.table_layout(first.header, first.rows, first.col_widths))
            return float(table.wrap(L.TEXT_WIDTH, L.TEXT_HEIGHT)[1])
        return L.LINE_PITCH

    def block(self, block: Block, following: Sequence[Block] = ()) -> None:
        if isinstance(block, Heading):
            para = self.heading(block)
            para.wrap(L.TEXT_WIDTH, L.TEXT_HEIGHT)
            # Keep a heading with what follows: never alone at the foot of a page.
            need = para.height + (self.keep_height(following) or L.LINE_PITCH)
            self.story.append(CondPageBreak(min(need, L.TEXT_HEIGHT)))
            self.story.append(para)
        elif isinstance(block, Paragraph):
            self.story.append(self.body(block.text))
        elif isinstance(block, ListBlock):
            self.story.extend(self.body(t) for t in block.item_texts())
        elif isinstance(block, Figure):
            self.story.append(self.figure(block))
        else:
            self.table(block)

    def figure(self, fig: Figure) -> Flowable:
        """The picture centred at its width, the caption (4号仿宋, centred) kept below it."""
        width, height = L.figure_size(fig.png, fig.width_mm, caption=bool(fig.caption.strip()))
        parts: list[Flowable] = [
            Image(io.BytesIO(fig.png), width=width, height=height, hAlign="CENTER")
        ]
        if fig.caption.strip():
            parts.append(TextBlock(fig.caption.strip(), self.f("body"), L.CAPTION_SIZE,
                                   L.CAPTION_LEADING, align="center"))
        return KeepTogether(parts)

    def table(self, t: Table) -> None:
        self.story.append(self.rl_table(t, L.table_layout(t.header, t.rows, t.col_widths)))

    def rl_table(self, t: Table, layout: tuple[list[float], float, float]) -> RLTable:
        widths, size, leading = layout
        hei, body = self.f("heading1"), self.f("body")
        data: list[list[Flowable]] = [
            [TextBlock(c, hei, size, leading, align="center") for c in t.header]
        ]
        for row in t.rows:
            data.append([TextBlock(c, body, size, leading) for c in row])
        table = RLTable(data, colWidths=widths, repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), body),
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), L.CELL_SIDE_MARGIN),
                    ("RIGHTPADDING", (0, 0), (-1, -1), L.CELL_SIDE_MARGIN),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return table

    def signature(self) -> None:
        d = self.doc
        date_text = format_cn_date(d.date) if d.date is not None else None
        note = note_line(d)
        parts: list[Flowable] = []
        if d.signer or date_text:
            signer_right, date_right = L.signature_right_indents(d.signer, date_text)
            parts.append(Spacer(0, L.LINE_PITCH))  # 正文（或附件说明）下空一行
            if d.signer:
                parts.append(
                    self.body(d.signer, first_indent=0, right=signer_right, align="right"))
            if date_text:
                parts.append(
                    self.body(date_text, first_indent=0, right=date_right, align="right"))
        if note:  # 附注: 成文日期下一行, 居左空二字, in parentheses
            parts.append(self.body(note, align="left"))
        if parts:
            self.story.append(KeepTogether(parts))

    def imprint(self) -> None:
        d = self.doc
        cc = cc_line(d)
        printed = imprint_line_parts(d)
        if not cc and not printed:
            return
        em = L.IMPRINT_SIZE
        body = self.f("body")
        rows: list[list[Flowable]] = []
        if cc:
            # 抄送 indented one character; continuation lines align after "抄送：".
            rows.append(
                [
                    TextBlock(
                        cc,
                        body,
                        em,
                        L.LINE_PITCH,
                        left=4 * em,
                        right=em,
                        first_indent=-3 * em,
                        align="left",
                    ),
                    Spacer(0, 0),
                ]
            )
        if printed:
            rows.append(
                [
                    TextBlock(printed[0], body, em, L.LINE_PITCH, left=em, align="left"),
                    TextBlock(printed[1], body, em, L.LINE_PITCH, right=em, align="right"),
                ]
            )
        table = RLTable(rows, colWidths=[L.TEXT_WIDTH / 2] * 2)
        style: list[tuple[Any, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), body),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("LINEABOVE", (0, 0), (-1, 0), L.IMPRINT_OUTER_RULE, colors.black),
            ("LINEBELOW", (0, -1), (-1, -1), L.IMPRINT_OUTER_RULE, colors.black),
        ]
        if cc:
            style.append(("SPAN", (0, 0), (1, 0)))
            if printed:
                style.append(("LINEBELOW", (0, 0), (-1, 0), L.IMPRINT_INNER_RULE, colors.black))
        table.setStyle(TableStyle(style))
        self.story.append(BottomAligned(table))


def build_story(doc: Document, fonts: FontSet) -> list[Flowable]:
    """The platypus flowables for ``doc`` (exposed for the benchmark)."""
    return _Builder(doc, fonts).build()


def make_template(out: BinaryIO, fonts: FontSet, title: str = "") -> BaseDocTemplate:
    body_font = fonts.pdf_font("body")
    template = _GBDocTemplate(
        out,
        pagesize=(L.PAGE_WIDTH, L.PAGE_HEIGHT),
        leftMargin=L.MARGIN_LEFT,
        rightMargin=L.MARGIN_RIGHT,
        topMargin=L.MARGIN_TOP,
        bottomMargin=L.MARGIN_BOTTOM,
        title=title,
        creator="巡查桌面",
        author="",
        subject="",
        invariant=True,
        # Otherwise every page references a (non-embedded) Helvetica.
        initialFontName=body_font,
        initialFontSize=L.BODY_SIZE,
    )
    frame = Frame(
        L.MARGIN_LEFT,
        L.MARGIN_BOTTOM,
        L.TEXT_WIDTH,
        L.TEXT_HEIGHT,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    painter = _page_number_painter(fonts.pdf_font("page_number"))
    template.addPageTemplates([PageTemplate(id="gb", frames=[frame], onPageEnd=painter)])
    return template


def render_pdf(doc: Document, fonts: FontSet, out: BinaryIO) -> None:
    """Write ``doc`` as a GB/T 9704 PDF to ``out`` (fonts subset-embedded)."""
    story: Sequence[Flowable] = build_story(doc, fonts)
    title = " ".join(title_lines(doc))
    make_template(out, fonts, title).build(list(story))

