"""The 问题隐患整改台账 as Excel (openpyxl) and as a landscape PDF table (ReportLab).

Excel: one real column per field, a frozen and filterable header row, column widths measured
on the text (a Chinese character counts two), dates as date cells, and every text cell written
as text — a value such as ``=1+1`` or ``@SUM(A1)`` is never a formula. The workbook is written
in openpyxl's streaming mode, so 100,000 findings fit in modest memory.

PDF: A4 landscape, the header row drawn on every page, the rows in small tables of a page or
so each (ReportLab lays out a huge single table slowly). The PDF is meant to be printed; above
:data:`PDF_MAX_ROWS` findings the Excel ledger is the right tool and the PDF is refused.

Both writers take ``progress(done, total)`` and ``cancelled()`` callbacks; cancelling raises
:class:`LedgerCancelled` and leaves no file behind (the output is written atomically).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import os
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageTemplate, TableStyle
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable

from xuncha_desktop.db.engine import Database
from xuncha_desktop.documents.fonts import FontSet
from xuncha_desktop.documents.table_widths import (
    CELL_SIDE_MARGIN,
    SAMPLE_ROWS,
    TABLE_SIZE,
    TABLE_SMALL_SIZE,
    TABLE_TINY_SIZE,
    line_units,
    table_layout,
)
from xuncha_desktop.errors import ExportError
from xuncha_desktop.fsutil import atomic_writer
from xuncha_desktop.services.findings import load_behind_share
from xuncha_desktop.services.ledger import LEDGER_COLUMNS, LedgerRow, iter_ledger, ledger_scope
from xuncha_desktop.services.office_settings import load_office_settings
from xuncha_desktop.services.queries import format_date

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
LedgerFormat = Literal["xlsx", "pdf"]

PDF_MAX_ROWS = 5000
"""Above this many findings the PDF ledger is refused (use Excel, or one plan's ledger)."""

#: Widest a column may become (in characters of Latin width; a Chinese character is 2).
_MAX_WIDTH = {"description": 60, "history": 70, "requirement": 44, "legal_basis": 36,
              "responsible_unit": 30, "unit": 30, "supervision": 30}
_WRAP = {"description", "history", "requirement", "legal_basis", "responsible_unit", "unit",
         "supervision"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_DATE_FORMAT = 'yyyy"年"m"月"d"日"'


class LedgerCancelled(Exception):
    """The export was cancelled (the clerk asked for it); nothing was written."""


@dataclass(frozen=True)
class LedgerResult:
    path: Path
    rows: int
    sha256: str


def text_width(text: str) -> int:
    """Display width: East Asian wide and full-width characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return format_date(value)
    return str(value)


def _fit_widths(sample: list[LedgerRow]) -> list[float]:
    widths: list[float] = []
    for key, header in LEDGER_COLUMNS:
        longest = text_width(header)
        for row in sample[:500]:
            value = _cell_text(getattr(row, key))
            for line in value.split("\n"):
                longest = max(longest, text_width(line))
        widths.append(min(longest, _MAX_WIDTH.get(key, 24)) + 2)
    return widths


def _xlsx_cell(ws: Worksheet, value: Any, wrap: bool) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws)
    if isinstance(value, str):
        cell.value = value
        cell.data_type = "s"  # never a formula, whatever the text starts with
        if value.startswith(_FORMULA_START):
            cell.quotePrefix = True  # Excel keeps it text when the cell is edited
    else:
        cell.value = value
        if isinstance(value, dt.date):
            cell.number_format = _DATE_FORMAT
    cell.alignment = Alignment(vertical="top", wrap_text=wrap)
    return cell


def write_xlsx(chunks: Iterable[list[LedgerRow]], fh: Any, *, title: str, total: int,
               progress: Progress | None = None, cancelled: IsCancelled | None = None) -> int:
    """Write the ledger workbook to the binary file ``fh``; returns the number of rows."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("整改台账")
    it = iter(chunks)
    first = next(it, [])
    for i, width in enumerate(_fit_widths(first), start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDE4EE")
    header = []
    for _key, label in LEDGER_COLUMNS:
        cell = WriteOnlyCell(ws, value=label)
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        header.append(cell)
    ws.append(header)
    written = 0
    chunk = first
    while chunk:
        if cancelled is not None and cancelled():
            ws.close()  # finish the streamed sheet cleanly; the file is then discarded
            raise LedgerCancelled
        for row in chunk:
            ws.append([_xlsx_cell(ws, getattr(row, key), key in _WRAP)
                       for key, _label in LEDGER_COLUMNS])
        written += len(chunk)
        if progress is not None:
            progress(written, total)
        chunk = next(it, [])
    last = get_column_letter(len(LEDGER_COLUMNS))
    ws.auto_filter.ref = f"A1:{last}{written + 1}"
    wb.properties.title = title
    wb.save(fh)
    return written


# -- PDF ---------------------------------------------------------------------------------------
#: (key, header, relative width) of the PDF columns. The widths are hints to
#: :func:`~xuncha_desktop.documents.table_widths.table_layout`: short columns (序号, 编号,
#: 状态, dates…) get what their longest value needs on one line, whatever their weight, and
#: the text columns share the rest in these proportions.
PDF_COLUMNS: tuple[tuple[str, str, float], ...] = (
    ("seq", "序号", 1),
    ("code", "编号", 1),
    ("region", "市县", 1),
    ("kind", "类别", 1),
    ("description", "问题描述", 24),
    ("responsible_unit", "责任单位", 8),
    ("deadline", "整改期限", 1),
    ("state", "状态", 1),
    ("deadline_status", "期限状态", 1),
    ("overdue_days", "逾期天数", 1),
    ("history", "办理过程", 40),
)
#: Font size of the PDF ledger's cells; the column layout is that of a document table at
#: 4号/小四, scaled down to this size (paddings included).
PDF_CELL_SIZE = 7.5
#: Share of the table the widest text column (办理过程) must get before short columns wrap;
#: less than a portrait document table asks for, as the ledger has three text columns.
PDF_MAIN_SHARES = (0.25, 0.2)
_PAGE = landscape(A4)
_MARGIN = 12 * mm
_HEADER_H = 8 * mm
_FOOTER_H = 8 * mm
_TITLE_H = 12 * mm


class _LedgerDoc(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, fh: Any, *, title: str, subtitle: str, fonts: FontSet,
                 cancelled: IsCancelled | None, col_widths: list[float]) -> None:
        super().__init__(fh, pagesize=_PAGE, leftMargin=_MARGIN, rightMargin=_MARGIN,
                         topMargin=_MARGIN, bottomMargin=_MARGIN, title=title,
                         author="巡查桌面")
        self.body_font = fonts.pdf_font("body")
        self.head_font = fonts.pdf_font("heading1")
        self.title_font = fonts.pdf_font("title")
        self.subtitle = subtitle
        self.cancelled = cancelled
        width = _PAGE[0] - 2 * _MARGIN
        self.col_widths = col_widths
        self.title_text = title
        self.templates = [
            PageTemplate(name, [Frame(
                _MARGIN, _MARGIN + _FOOTER_H, width,
                _PAGE[1] - 2 * _MARGIN - _HEADER_H - _FOOTER_H - extra,
                leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=name,
            )], onPage=self._decorate)
            for name, extra in (("first", _TITLE_H), ("later", 0))
        ]
        self.addPageTemplates(self.templates)

    def _decorate(self, canvas: Canvas, doc: Any) -> None:
        if self.cancelled is not None and self.cancelled():
            raise LedgerCancelled
        top = _PAGE[1] - _MARGIN
        x = _MARGIN
        canvas.saveState()
        if doc.page == 1:
            canvas.setFont(self.title_font, 15)
            canvas.drawCentredString(_PAGE[0] / 2, top - _TITLE_H + 4 * mm, self.title_text)
            top -= _TITLE_H
        canvas.setFillColor(colors.HexColor("#DDE4EE"))
        canvas.rect(_MARGIN, top - _HEADER_H, sum(self.col_widths), _HEADER_H, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        canvas.setLineWidth(0.5)
        canvas.setFont(self.head_font, 7.5)
        for (_key, header, _w), w in zip(PDF_COLUMNS, self.col_widths, strict=True):
            canvas.rect(x, top - _HEADER_H, w, _HEADER_H, stroke=1, fill=0)
            canvas.drawCentredString(x + w / 2, top - _HEADER_H / 2 - 3, header)
            x += w
        canvas.setFont(self.body_font, 8)
        canvas.drawString(_MARGIN, _MARGIN, self.subtitle)
        canvas.drawRightString(_PAGE[0] - _MARGIN, _MARGIN, f"第 {doc.page} 页")
        canvas.restoreState()


def _pdf_text(row: LedgerRow, key: str) -> str:
    return _cell_text(getattr(row, key))


def _layout_sample(rows: list[tuple[str, ...]]) -> tuple[tuple[str, ...], ...]:
    """At most ``SAMPLE_ROWS`` rows for the layout: the one with the longest line of each
    column (rows come sorted by 市县, so the first rows would miss a long county name), then
    rows spread evenly over the chunk."""
    if len(rows) <= SAMPLE_ROWS:
        return tuple(rows)
    picked: set[int] = set()
    for col in range(len(PDF_COLUMNS)):
        picked.add(max(range(len(rows)), key=lambda i: line_units(rows[i][col])))
    step = len(rows) / (SAMPLE_ROWS - len(picked))
    picked.update(int(n * step) for n in range(SAMPLE_ROWS - len(picked)))
    return tuple(rows[i] for i in sorted(picked)[:SAMPLE_ROWS])


def pdf_layout(sample: list[LedgerRow]) -> tuple[list[float], float, float]:
    """(column widths in pt, font size, side padding) of the PDF ledger's table.

    :func:`table_layout` lays a document table out at 4号 or 小四 (五号 at worst); the ledger
    is printed smaller, so the layout is made for a page enlarged by that ratio and scaled
    back: the same characters fit on a line, and 编号, 状态 or a date are never split.
    """
    header = tuple(h for _k, h, _w in PDF_COLUMNS)
    rows = _layout_sample([tuple(_pdf_text(r, k) for k, _h, _w in PDF_COLUMNS) for r in sample])
    weights = tuple(w for _k, _h, w in PDF_COLUMNS)
    total = _PAGE[0] - 2 * _MARGIN
    sizes = (TABLE_SIZE, TABLE_SMALL_SIZE, TABLE_TINY_SIZE)
    for assumed in sizes:
        scale = PDF_CELL_SIZE / assumed
        widths, size, _leading = table_layout(header, rows, weights, total / scale,
                                              main_shares=PDF_MAIN_SHARES)
        if size == assumed or assumed == sizes[-1]:
            break
    widths = [w * scale for w in widths]
    widths[-1] += total - sum(widths)  # rounding: the table is exactly the text width
    return widths, size * scale, CELL_SIDE_MARGIN * scale


def _check_pdf_size(total: int) -> None:
    if total > PDF_MAX_ROWS:
        raise ExportError(
            f"台账共有 {total} 项问题隐患，超过 PDF 台账的上限（{PDF_MAX_ROWS} 项）。",
            hint="请导出 Excel 台账，或只导出一个巡查计划的台账。",
        )


def write_pdf(chunks: Iterable[list[LedgerRow]], fh: Any, fonts: FontSet, *, title: str,
              subtitle: str, total: int, progress: Progress | None = None,
              cancelled: IsCancelled | None = None) -> int:
    """Write the landscape PDF ledger to ``fh``; returns the number of rows."""
    _check_pdf_size(total)
    it = iter(chunks)
    first = next(it, [])
    col_widths, size, padding = pdf_layout(first)
    doc = _LedgerDoc(fh, title=title, subtitle=subtitle, fonts=fonts, cancelled=cancelled,
                     col_widths=col_widths)
    cell = ParagraphStyle("cell", fontName=doc.body_font, fontSize=size,
                          leading=size * 9.5 / 7.5, wordWrap="CJK")
    flow: list[Any] = [NextPageTemplate("later")]
    style = TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ])
    written = 0
    for chunk in itertools.chain([first], it):
        if cancelled is not None and cancelled():
            raise LedgerCancelled
        for start in range(0, len(chunk), 20):
            rows = [
                [RLParagraph(escape(_pdf_text(r, key)).replace("\n", "<br/>"), cell)
                 for key, _h, _w in PDF_COLUMNS]
                for r in chunk[start:start + 20]
            ]
            flow.append(RLTable(rows, colWidths=doc.col_widths, style=style, splitByRow=1))
        written += len(chunk)
        if progress is not None:
            progress(written, total)
    if written == 0:
        flow.append(RLParagraph("（没有问题隐患）", cell))
    doc.build(flow)
    return written


# -- the export --------------------------------------------------------------------------------
def ledger_title(label: str) -> str:
    return f"问题隐患整改台账（{label}）"


def export_ledger(db: Database, plan_id: int | None, fmt: LedgerFormat,
                  out: str | os.PathLike[str], *, fonts: FontSet | None = None,
                  today: dt.date | None = None, progress: Progress | None = None,
                  cancelled: IsCancelled | None = None) -> LedgerResult:
    """Write the ledger of ``plan_id`` (None: every finding) to ``out`` as xlsx or pdf."""
    if fmt not in ("xlsx", "pdf"):
        raise ExportError(f"台账不支持“{fmt}”格式。", hint="请选择 Excel（.xlsx）或 PDF。")
    today = today or dt.date.today()
    scope = ledger_scope(db, plan_id)
    office = load_office_settings(db)
    share = load_behind_share(db)
    title = ledger_title(scope.label)
    subtitle = f"{office.issuer}　统计日期：{format_date(today)}　共 {scope.total} 项"
    if fmt == "pdf":
        _check_pdf_size(scope.total)
    chunks = iter_ledger(db, plan_id, today=today, due_soon_days=office.due_soon_days,
                         behind_share=share)
    path = Path(out)
    with atomic_writer(path) as fh:
        if fmt == "xlsx":
            rows = write_xlsx(chunks, fh, title=title, total=scope.total, progress=progress,
                              cancelled=cancelled)
        else:
            rows = write_pdf(chunks, fh, fonts or _fonts(), title=title, subtitle=subtitle,
                             total=scope.total, progress=progress, cancelled=cancelled)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return LedgerResult(path, rows, digest)


def _fonts() -> FontSet:
    from xuncha_desktop.documents.fonts import resolve_fonts

    return resolve_fonts()


__all__ = [
    "LEDGER_COLUMNS",
    "PDF_MAX_ROWS",
    "LedgerCancelled",
    "LedgerResult",
    "export_ledger",
    "ledger_title",
    "text_width",
    "write_pdf",
    "write_xlsx",
]
