"""DOCX renderer (python-docx) for GB/T 9704-2012 documents.

Fonts are written by their official names (``w:eastAsia="仿宋_GB2312"``) so that Word on an
office PC uses the real fonts; see :mod:`xuncha_desktop.documents.fonts`. Every paragraph has
an exact line height of 28.95 pt (22 lines per page), and the section carries a line document
grid with the same pitch so that paragraphs a clerk adds keep the rhythm.
"""

from __future__ import annotations

import datetime as _dt
import io
import math
import zipfile
from typing import Any, BinaryIO

from docx import Document as new_docx
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from xuncha_desktop.documents import layout as L
from xuncha_desktop.documents.fonts import FontRole, FontSet
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

__all__ = ["render_docx"]


_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}


def _twips(pt: float) -> int:
    return round(pt * 20)


def _el(tag: str, **attrs: str) -> Any:
    el = OxmlElement(tag)
    for key, value in attrs.items():
        el.set(qn(f"w:{key}"), value)
    return el


_ORDER = {
    "trPr": (
        "cnfStyle",
        "divId",
        "gridBefore",
        "gridAfter",
        "wBefore",
        "wAfter",
        "cantSplit",
        "trHeight",
        "tblHeader",
        "tblCellSpacing",
        "jc",
        "hidden",
    ),
    "tblPr": (
        "tblStyle",
        "tblpPr",
        "tblOverlap",
        "bidiVisual",
        "tblStyleRowBandSize",
        "tblStyleColBandSize",
        "tblW",
        "jc",
        "tblCellSpacing",
        "tblInd",
        "tblBorders",
        "shd",
        "tblLayout",
        "tblCellMar",
        "tblLook",
        "tblCaption",
        "tblDescription",
    ),
    "tcPr": (
        "cnfStyle",
        "tcW",
        "gridSpan",
        "hMerge",
        "vMerge",
        "tcBorders",
        "shd",
        "noWrap",
        "tcMar",
        "textDirection",
        "tcFitText",
        "vAlign",
        "hideMark",
    ),
    "pPr": (
        "pStyle",
        "keepNext",
        "keepLines",
        "pageBreakBefore",
        "framePr",
        "widowControl",
        "numPr",
        "suppressLineNumbers",
        "pBdr",
        "shd",
        "tabs",
        "suppressAutoHyphens",
        "kinsoku",
        "wordWrap",
        "overflowPunct",
        "topLinePunct",
        "autoSpaceDE",
        "autoSpaceDN",
        "bidi",
        "adjustRightInd",
        "snapToGrid",
        "spacing",
        "ind",
        "contextualSpacing",
        "mirrorIndents",
        "suppressOverlap",
        "jc",
        "textDirection",
        "textAlignment",
        "textboxTightWrap",
        "outlineLvl",
        "divId",
        "cnfStyle",
        "rPr",
        "sectPr",
        "pPrChange",
    ),
}


# The elements of w:settings that come after w:compat (schema order).
_AFTER_COMPAT = frozenset((
    "docVars", "rsids", "mathPr", "attachedSchema", "themeFontLang", "clrSchemeMapping",
    "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade", "captions",
    "readModeInkLockDown", "smartTagType", "schemaLibrary", "shapeDefaults",
    "doNotEmbedSmartTags", "decimalSymbol", "listSeparator",
))


def _local(el: Any) -> str:
    return str(el.tag).rsplit("}", 1)[-1]


def _set_char_spacing(rpr: Any, twips: int) -> None:
    """Set ``w:spacing`` (character spacing) in a run-properties element, in schema order:
    it comes before ``w:w``, ``w:kern``, ``w:position`` and ``w:sz``."""
    for old in rpr.findall(qn("w:spacing")):
        rpr.remove(old)
    spacing = _el("w:spacing", val=str(twips))
    for tag in ("w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u",
                "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs",
                "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath"):
        later = rpr.find(qn(tag))
        if later is not None:
            later.addprevious(spacing)
            return
    rpr.append(spacing)


def _put(parent: Any, child: Any) -> Any:
    """Insert ``child`` into ``parent`` at its schema position, replacing one of the same tag."""
    order = _ORDER[_local(parent)]
    name = _local(child)
    for old in parent.findall(child.tag):
        parent.remove(old)
    later = set(order[order.index(name) + 1 :])
    for existing in parent:
        if _local(existing) in later:
            existing.addprevious(child)
            return child
    parent.append(child)
    return child


def _no_autospace(ppr: Any) -> None:
    """No automatic space between CJK and Latin letters (``autoSpaceDE``) or digits
    (``autoSpaceDN``), so that Word sets ``2026年`` as the PDF does. (LibreOffice 7.4 reads
    neither attribute and always adds the space.)"""
    _put(ppr, _el("w:autoSpaceDE", val="0"))
    _put(ppr, _el("w:autoSpaceDN", val="0"))


def _set_rfonts(rpr: Any, name: str) -> None:
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = _el("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        rfonts.set(qn(f"w:{attr}"), name)
    for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        rfonts.attrib.pop(qn(f"w:{attr}"), None)


class _Writer:
    def __init__(self, doc: Document, fonts: FontSet) -> None:
        self.doc = doc
        self.fonts = fonts
        self.d = new_docx()
        self.body_el = self.d.element.body

    def font(self, role: FontRole) -> str:
        return self.fonts[role].official_name

    # -- page setup ---------------------------------------------------------------------
    def setup(self) -> None:
        sec = self.d.sections[0]
        sec.start_type = WD_SECTION.NEW_PAGE
        sec.page_width = Pt(L.PAGE_WIDTH)
        sec.page_height = Pt(L.PAGE_HEIGHT)
        sec.top_margin = Pt(L.MARGIN_TOP)
        sec.bottom_margin = Pt(L.MARGIN_BOTTOM)
        sec.left_margin = Pt(L.MARGIN_LEFT)
        sec.right_margin = Pt(L.MARGIN_RIGHT)
        sec.header_distance = Pt(15 * L.MM)
        # 页码 top edge 7 mm below the 版心: footer line box of 16 pt ends this far above the edge.
        sec.footer_distance = Pt(L.MARGIN_BOTTOM - L.PAGE_NUMBER_GAP - 16.0)
        sec.gutter = Pt(0)
        sect_pr = sec._sectPr
        for old in sect_pr.findall(qn("w:docGrid")):
            sect_pr.remove(old)
        # A line grid of 22 lines. The 28 characters per line come from a condensed character
        # spacing on the Normal style (below), not from a character grid: LibreOffice gives a
        # 16 pt glyph two cells of a 15.8 pt character grid, Word compresses it.
        sect_pr.append(_el("w:docGrid", type="lines", linePitch=str(_twips(L.LINE_PITCH))))

        # Normal style: 3号仿宋, exact 28.95 pt, no spacing, widow control off.
        normal = self.d.styles["Normal"]
        normal.font.size = Pt(L.BODY_SIZE)
        _set_rfonts(normal.element.get_or_add_rPr(), self.font("body"))
        # 28 characters per line: condense each character by a whole number of twips so that
        # 28 advances fit the 156 mm 版心 (-5 twips = -0.25 pt, 28 x 15.75 pt = 441 pt).
        _set_char_spacing(normal.element.get_or_add_rPr(), math.floor(L.BODY_CHAR_DELTA * 20) - 1)
        # No automatic space between CJK and Latin/digits: the PDF sets none either. Set in
        # the Normal style, the document defaults and every paragraph, so that no style a
        # clerk applies later brings it back.
        _no_autospace(normal.element.get_or_add_pPr())
        pf = normal.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(L.LINE_PITCH)
        pf.widow_control = False
        # The docDefaults of python-docx's template name a theme font; replace it.
        defaults = self.d.styles.element.find(qn("w:docDefaults"))
        if defaults is not None:
            rpr = defaults.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
            if rpr is not None:
                _set_rfonts(rpr, self.font("body"))
                lang = rpr.find(qn("w:lang"))
                if lang is not None:
                    lang.set(qn("w:eastAsia"), "zh-CN")
            ppr_default = defaults.find(qn("w:pPrDefault") + "/" + qn("w:pPr"))
            if ppr_default is None:
                ppr_default = _el("w:pPr")
                pprd = defaults.find(qn("w:pPrDefault"))
                if pprd is None:
                    pprd = _el("w:pPrDefault")
                    defaults.append(pprd)
                pprd.append(ppr_default)
            _no_autospace(ppr_default)
            if rpr is not None:
                # The character grid's pitch is reckoned from the default size: make it 3号.
                half_points = str(round(L.BODY_SIZE * 2))
                for tag in ("w:sz", "w:szCs"):
                    el = rpr.find(qn(tag))
                    if el is not None:
                        el.set(qn("w:val"), half_points)
        self.d.settings.odd_and_even_pages_header_footer = True
        # A line ended by a manual break (a "\n" in the text) is not stretched in a justified
        # paragraph, as in the PDF (Word and LibreOffice stretch it by default).
        settings = self.d.settings.element
        compat = settings.find(qn("w:compat"))
        if compat is None:
            compat = _el("w:compat")
            later = next((c for c in settings if _local(c) in _AFTER_COMPAT), None)
            if later is not None:
                later.addprevious(compat)
            else:
                settings.append(compat)
        if compat.find(qn("w:doNotExpandShiftReturn")) is None:
            compat.insert(0, _el("w:doNotExpandShiftReturn"))
        core = self.d.core_properties
        core.title = " ".join(title_lines(self.doc))
        core.author = ""
        core.comments = ""
        core.keywords = ""
        core.last_modified_by = ""

    # -- paragraphs ---------------------------------------------------------------------
    def para(
        self,
        text: str,
        *,
        role: FontRole = "body",
        size: float = L.BODY_SIZE,
        line: float = L.LINE_PITCH,
        align: str = "justify",
        indent_chars: float = L.INDENT_CHARS,
        left: float = 0.0,
        right: float = 0.0,
        hanging: float = 0.0,
        color: str | None = None,
        keep_next: bool = False,
        snap: bool = True,
        container: Any = None,
    ) -> Any:
        p = (container or self.d).add_paragraph()
        pf = p.paragraph_format
        pf.alignment = _ALIGN[align]
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        if keep_next:
            pf.keep_with_next = True
        _no_autospace(p._p.get_or_add_pPr())
        if not snap:  # not on the 28.95 pt line grid (title, issuer, tables, 版记)
            _put(p._p.get_or_add_pPr(), _el("w:snapToGrid", val="0"))
        ind = p._p.get_or_add_pPr().get_or_add_ind()
        if left:
            ind.set(qn("w:left"), str(_twips(left)))
        if right:
            ind.set(qn("w:right"), str(_twips(right)))
        if hanging:
            ind.set(qn("w:hanging"), str(_twips(hanging)))
        elif indent_chars:
            ind.set(qn("w:firstLineChars"), str(round(indent_chars * 100)))
            ind.set(qn("w:firstLine"), str(_twips(indent_chars * size)))
        if not len(ind.attrib):
            p._p.get_or_add_pPr().remove(ind)
        lines = text.split("\n")
        for n, chunk in enumerate(lines):
            run = p.add_run(chunk)
            rpr = run._r.get_or_add_rPr()
            _set_rfonts(rpr, self.font(role))
            run.font.size = Pt(size)
            if color:
                run.font.color.rgb = RGBColor.from_string(color)
            if n < len(lines) - 1:
                run.add_break()
        return p

    def blank(self, count: int = 1) -> None:
        for _ in range(count):
            self.para("", indent_chars=0)

    @staticmethod
    def border(p: Any, edge: str, size_pt: float, color: str = "000000", space: int = 0) -> None:
        ppr = p._p.get_or_add_pPr()
        pbdr = ppr.find(qn("w:pBdr"))
        if pbdr is None:
            pbdr = _put(ppr, _el("w:pBdr"))
        pbdr.append(
            _el(
                f"w:{edge}", val="single", sz=str(round(size_pt * 8)), space=str(space), color=color
            )
        )

    # -- document parts -----------------------------------------------------------------
    def write(self) -> None:
        self.setup()
        d = self.doc
        used = 0.0
        for line in header_lines(d):
            self.para(line, role="heading1", indent_chars=0, align="left")
            used += L.LINE_PITCH
        if d.letterhead:
            self.letterhead(used)
        self.para(
            "\n".join(title_lines(d)),
            role="title",
            size=L.TITLE_SIZE,
            line=L.TITLE_LEADING,
            align="center",
            indent_chars=0,
            snap=False,
        )
        if not d.letterhead:  # a form: one blank line under its title
            self.blank(1)
        addr = addressee_line(d)
        if addr:
            if d.letterhead:
                self.blank(1)
            self.para(addr, indent_chars=0, align="left")
        for block in d.blocks:
            self.block(block)
        atts = attachment_lines(d)
        if atts:
            self.blank(1)
            em = L.BODY_SIZE
            for n, line in enumerate(atts):
                self.para(
                    line,
                    left=(L.INDENT_CHARS + 3) * em,
                    hanging=3 * em if n == 0 else 0,
                    indent_chars=0,
                    align="left",
                )
        self.signature()
        for i, annex in enumerate(d.annexes, start=1):
            self.annex(annex, annex_label(d, i))
        self.imprint()
        self.footers()

    def letterhead(self, used: float) -> None:
        """发文机关标志 (red), 发文字号 (with the 签发人 of a 上行文) and the red rule."""
        d = self.doc
        size = L.issuer_font_size(d.issuer_mark)
        leading = size * 1.2
        gap = max(0.0, L.ISSUER_TOP - used - (leading - size) / 2)
        issuer = self.para(
            d.issuer_mark,
            role="issuer",
            size=size,
            line=leading,
            align="center",
            indent_chars=0,
            color=L.RED,
            snap=False,
        )
        issuer.paragraph_format.space_before = Pt(gap)
        self.blank(2)
        sign_off = sign_off_parts(d)
        if sign_off:
            number = self.sign_off_line(d.doc_number or "", sign_off)
        else:
            number = self.para(d.doc_number or "", indent_chars=0, align="center")
        self.border(number, "bottom", L.RED_RULE_WIDTH, L.RED, space=4)
        self.blank(2)

    def sign_off_line(self, number: str, sign_off: tuple[str, str]) -> Any:
        """上行文: 发文字号 居左空一字 and ``签发人：`` (仿宋) + name (楷体) 居右空一字, on one
        line through a right-aligned tab stop at the right indent."""
        em = L.BODY_SIZE
        p = self.para(number, indent_chars=0, align="left", left=em, right=em)
        tabs = _put(p._p.get_or_add_pPr(), _el("w:tabs"))
        tabs.append(_el("w:tab", val="right", pos=str(_twips(L.TEXT_WIDTH - em))))
        p.runs[0].add_tab()
        for text, role in ((sign_off[0], "body"), (sign_off[1], "heading2")):
            run = p.add_run(text)
            _set_rfonts(run._r.get_or_add_rPr(), self.font(role))  # type: ignore[arg-type]
            run.font.size = Pt(L.BODY_SIZE)
        return p

    def annex(self, annex: Annex, label: str) -> None:
        """附件 on a new page: 附件N in 3号黑体 顶格 on the first line, the title centred in
        2号小标宋 on the third, one blank line, then the annex's blocks (GB/T 9704 8)."""
        head = self.para(label, role="heading1", indent_chars=0, align="left", keep_next=True)
        head.paragraph_format.page_break_before = True
        self.blank(1)
        self.para(
            "\n".join(title_lines_of(annex.title)),
            role="title",
            size=L.TITLE_SIZE,
            line=L.TITLE_LEADING,
            align="center",
            indent_chars=0,
            snap=False,
        )
        if annex.blocks:
            self.blank(1)
        for block in annex.blocks:
            self.block(block)

    def block(self, block: Block) -> None:
        if isinstance(block, Heading):
            role: FontRole = {1: "heading1", 2: "heading2"}.get(block.level, "body")  # type: ignore[assignment]
            self.para(block.text, role=role, keep_next=True)
        elif isinstance(block, Paragraph):
            self.para(block.text)
        elif isinstance(block, ListBlock):
            for text in block.item_texts():
                self.para(text)
        elif isinstance(block, Figure):
            self.figure(block)
        else:
            self.table(block)

    def figure(self, fig: Figure) -> None:
        """The picture centred at its width in a paragraph of single (not exact) line spacing,
        so that it is not clipped; the caption (4号仿宋, centred) kept on the same page."""
        caption = fig.caption.strip()
        width, height = L.figure_size(fig.png, fig.width_mm, caption=bool(caption))
        p = self.d.add_paragraph()
        pf = p.paragraph_format
        pf.alignment = WD_ALIGN_PARAGRAPH.CENTER
        pf.line_spacing_rule = WD_LINE_SPACING.SINGLE
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.keep_with_next = bool(caption)
        _no_autospace(p._p.get_or_add_pPr())
        _put(p._p.get_or_add_pPr(), _el("w:snapToGrid", val="0"))
        p.add_run().add_picture(io.BytesIO(fig.png), width=Pt(width), height=Pt(height))
        if caption:
            self.para(caption, size=L.CAPTION_SIZE, line=L.CAPTION_LEADING, align="center",
                      indent_chars=0, snap=False)

    def _table(self, rows: int, cols: int, widths: list[float]) -> Any:
        table = self.d.add_table(rows=rows, cols=cols)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        tbl_pr = table._tbl.tblPr
        _put(tbl_pr, _el("w:tblW", w=str(_twips(sum(widths))), type="dxa"))
        _put(tbl_pr, _el("w:tblLayout", type="fixed"))
        grid = table._tbl.tblGrid
        for col, w in zip(grid.findall(qn("w:gridCol")), widths, strict=True):
            col.set(qn("w:w"), str(_twips(w)))
        return table

    @staticmethod
    def _cell_width(cell: Any, width: float) -> None:
        _put(cell._tc.get_or_add_tcPr(), _el("w:tcW", w=str(_twips(width)), type="dxa"))

    def _fill(self, cell: Any, text: str, role: FontRole, align: str, **kw: Any) -> None:
        p = cell.paragraphs[0]
        p._p.getparent().remove(p._p)
        self.para(text, role=role, container=cell, align=align, indent_chars=0, snap=False, **kw)

    def table(self, t: Table) -> None:
        widths, size, leading = L.table_layout(t.header, t.rows, t.col_widths)
        table = self._table(1 + len(t.rows), len(t.header), widths)
        borders = _el("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            borders.append(_el(f"w:{edge}", val="single", sz="4", space="0", color="000000"))
        _put(table._tbl.tblPr, borders)
        # 3 pt above and below the text of each cell and 4 pt either side, as in the PDF (Word's
        # defaults are none and 5.4 pt), so the text has the same width in both.
        margins = _el("w:tblCellMar")
        margins.append(_el("w:top", w=str(_twips(3)), type="dxa"))
        margins.append(_el("w:left", w=str(_twips(L.CELL_SIDE_MARGIN)), type="dxa"))
        margins.append(_el("w:bottom", w=str(_twips(3)), type="dxa"))
        margins.append(_el("w:right", w=str(_twips(L.CELL_SIDE_MARGIN)), type="dxa"))
        _put(table._tbl.tblPr, margins)
        for r, row in enumerate(table.rows):
            texts = t.header if r == 0 else t.rows[r - 1]
            if r == 0:
                _put(row._tr.get_or_add_trPr(), _el("w:tblHeader"))
            for c, (cell, text) in enumerate(zip(row.cells, texts, strict=True)):
                self._cell_width(cell, widths[c])
                self._fill(
                    cell,
                    text,
                    "heading1" if r == 0 else "body",
                    "center" if r == 0 else "justify",
                    size=size,
                    line=leading,
                )
                _put(cell._tc.get_or_add_tcPr(), _el("w:vAlign", val="center"))

    def signature(self) -> None:
        d = self.doc
        date_text = format_cn_date(d.date) if d.date is not None else None
        note = note_line(d)
        if d.signer or date_text:
            signer_right, date_right = L.signature_right_indents(d.signer, date_text)
            self.blank(1)
            if d.signer:
                self.para(
                    d.signer,
                    right=signer_right,
                    align="right",
                    indent_chars=0,
                    keep_next=bool(date_text or note),
                )
            if date_text:
                self.para(date_text, right=date_right, align="right", indent_chars=0,
                          keep_next=bool(note))
        if note:  # 附注: 成文日期下一行, 居左空二字, in parentheses
            self.para(note, align="left")

    def imprint(self) -> None:
        """版记: 4号 lines between 0.35/0.25/0.35 mm rules, as a borderless two-column table,
        floated to the foot of the last page's 版心 (GB/T 9704 7.4).

        The table is positioned against the bottom margin (``tblpYSpec="bottom"``) and
        horizontally against the page edge at the left margin: LibreOffice 7.4 keeps a floating
        table inline unless it is narrower than the text or placed relative to the page, and
        it drops a floating table that has no paragraph after it to anchor to. Text does not
        flow under it, so when the last page is full the 版记 moves to a page of its own.
        """
        d = self.doc
        cc = cc_line(d)
        printed = imprint_line_parts(d)
        if not cc and not printed:
            return
        em = L.IMPRINT_SIZE
        rows = (1 if cc else 0) + (1 if printed else 0)
        half = L.TEXT_WIDTH / 2
        table = self._table(rows, 2, [half, half])
        tbl_pr = table._tbl.tblPr
        _put(tbl_pr, _el("w:tblpPr", leftFromText="0", rightFromText="0", topFromText="0",
                         bottomFromText="0", vertAnchor="margin", horzAnchor="page",
                         tblpX=str(_twips(L.MARGIN_LEFT)), tblpYSpec="bottom"))
        _put(tbl_pr, _el("w:tblOverlap", val="never"))
        borders = _el("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            borders.append(_el(f"w:{edge}", val="nil"))
        _put(tbl_pr, borders)
        margins = _el("w:tblCellMar")
        for edge in ("left", "right"):
            margins.append(_el(f"w:{edge}", w="0", type="dxa"))
        _put(tbl_pr, margins)
        outer = str(round(L.IMPRINT_OUTER_RULE * 8))
        inner = str(round(L.IMPRINT_INNER_RULE * 8))
        all_rows = list(table.rows)
        for row in all_rows:
            _put(row._tr.get_or_add_trPr(), _el("w:cantSplit"))
        r = 0
        if cc:
            cells = all_rows[0].cells
            merged = cells[0].merge(cells[1])
            self._cell_width(merged, L.TEXT_WIDTH)
            self._fill(
                merged,
                cc,
                "body",
                "left",
                size=em,
                left=4 * em,
                right=em,
                hanging=3 * em,
                keep_next=True,
            )
            r = 1
        if printed:
            left_cell, right_cell = all_rows[r].cells
            self._fill(left_cell, printed[0], "body", "left", size=em, left=em)
            self._fill(right_cell, printed[1], "body", "right", size=em, right=em)
        for n, row in enumerate(all_rows):
            seen: set[int] = set()
            for cell in row.cells:
                if id(cell._tc) in seen:
                    continue  # a merged cell is listed twice
                seen.add(id(cell._tc))
                tcb = _el("w:tcBorders")
                top = outer if n == 0 else inner
                bottom = outer if n == len(all_rows) - 1 else inner
                tcb.append(_el("w:top", val="single", sz=top, space="0", color="000000"))
                tcb.append(_el("w:bottom", val="single", sz=bottom, space="0", color="000000"))
                _put(cell._tc.get_or_add_tcPr(), tcb)
        # The paragraph the floating table is anchored to: as small as a paragraph can be, so
        # that it never needs a page of its own.
        anchor = self.para("", indent_chars=0, size=1.0, line=1.0, snap=False)
        anchor.paragraph_format.keep_together = True

    def footers(self) -> None:
        """Page numbers "— N —", 4号宋体: odd pages 右空一字, even pages 左空一字."""
        sec = self.d.sections[0]
        for footer, odd in ((sec.footer, True), (sec.even_page_footer, False)):
            footer.is_linked_to_previous = False
            p = footer.paragraphs[0]
            pf = p.paragraph_format
            pf.alignment = WD_ALIGN_PARAGRAPH.RIGHT if odd else WD_ALIGN_PARAGRAPH.LEFT
            pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            pf.line_spacing = Pt(16)
            pf.space_before = Pt(0)
            pf.space_after = Pt(0)
            _no_autospace(p._p.get_or_add_pPr())
            _put(p._p.get_or_add_pPr(), _el("w:snapToGrid", val="0"))
            if odd:
                pf.right_indent = Pt(L.PAGE_NUMBER_SIZE)
            else:
                pf.left_indent = Pt(L.PAGE_NUMBER_SIZE)
            self._footer_runs(p)

    def _footer_runs(self, p: Any) -> None:
        name = self.font("page_number")

        def run(text: str = "") -> Any:
            r = p.add_run(text)
            _set_rfonts(r._r.get_or_add_rPr(), name)
            r.font.size = Pt(L.PAGE_NUMBER_SIZE)
            return r

        run("— ")
        run()._r.append(_el("w:fldChar", fldCharType="begin"))
        instr = _el("w:instrText")
        instr.set(qn("xml:space"), "preserve")
        instr.text = " PAGE "
        run()._r.append(instr)
        run()._r.append(_el("w:fldChar", fldCharType="separate"))
        run("1")
        run()._r.append(_el("w:fldChar", fldCharType="end"))
        run(" —")


def render_docx(doc: Document, fonts: FontSet, out: BinaryIO) -> None:
    """Write ``doc`` as a GB/T 9704 DOCX to ``out``.

    The output is byte-for-byte reproducible: the same document gives the same file, so a
    document exported again matches the SHA-256 recorded when it was issued. The package's
    time stamps (core properties and zip entries) come from the document's date.
    """
    writer = _Writer(doc, fonts)
    writer.write()
    stamp = _dt.datetime.combine(doc.date or _FIXED_DAY, _dt.time(0, 0))
    core = writer.d.core_properties
    core.created = core.modified = stamp
    core.revision = 1
    raw = io.BytesIO()
    writer.d.save(raw)
    _rewrite_zip(raw, out, stamp)


_FIXED_DAY = _dt.date(2000, 1, 1)


def _rewrite_zip(raw: io.BytesIO, out: BinaryIO, stamp: _dt.datetime) -> None:
    """Copy the zip with every entry's time set to ``stamp`` (python-docx uses "now")."""
    when = (max(stamp.year, 1980), stamp.month, stamp.day, 0, 0, 0)
    raw.seek(0)
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=when)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            dst.writestr(entry, src.read(info.filename))
