"""The annual 考核 table alone as an Excel workbook (``xuncha export annual-report YEAR
--format xlsx``): one row per 市县 with the same figures as annex 1 of the annual report,
written as numbers (score as a decimal, counts as integers) so the office can sort and sum.

Layout: row 1 the title, row 2 the statistics date and source, row 3 the header, then one
row per 市县 and a 合计 row. Written through a temporary file and renamed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from xuncha_desktop.db.engine import Database
from xuncha_desktop.documents.annual_report import ASSESSMENT_HEADER, TABLE_TITLE
from xuncha_desktop.documents.ledger import text_width
from xuncha_desktop.fsutil import atomic_write_bytes
from xuncha_desktop.services import results
from xuncha_desktop.services.office_settings import load_office_settings
from xuncha_desktop.services.queries import format_date

HEADER_ROW = 3
FIRST_ROW = HEADER_ROW + 1
_FORMULA_START = ("=", "+", "-", "@")


@dataclass(frozen=True)
class AssessmentResult:
    path: Path
    rows: int
    sha256: str


def workbook_bytes(facts: results.AnnualFacts, issuer: str) -> bytes:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "考核情况表"
    title = f"{facts.year}年度{TABLE_TITLE}"
    ws.cell(1, 1, title).font = Font(bold=True, size=14)
    ws.cell(2, 1, f"统计截至{format_date(facts.as_of)}　{issuer}")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(ASSESSMENT_HEADER))
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(ASSESSMENT_HEADER))
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    fill = PatternFill("solid", fgColor="DDE4EE")
    for col, name in enumerate(ASSESSMENT_HEADER, start=1):
        cell = ws.cell(HEADER_ROW, col, name)
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.border = border
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    widths = [text_width(h) for h in ASSESSMENT_HEADER]
    row_no = FIRST_ROW
    for i, r in enumerate(facts.rows, start=1):
        values: list[object] = [
            i, r.region, r.status, r.tour_dates,
            float(r.score) if r.score is not None else None, r.grade,
            r.findings, r.majors, r.open, r.overdue, r.interviews,
        ]
        for col, value in enumerate(values, start=1):
            cell = ws.cell(row_no, col, value)
            cell.border = border
            if isinstance(value, str):
                cell.data_type = "s"  # a name typed as "=…" stays text, never a formula
                cell.quotePrefix = value.startswith(_FORMULA_START)
            if col == 5 and value is not None:
                cell.number_format = "0.00"
            widths[col - 1] = max(widths[col - 1], text_width(str(value or "")))
        row_no += 1
    totals: list[object] = ["合计", f"{len(facts.rows)}个市县", f"已巡查{len(facts.toured)}个", "",
                            None, "", facts.total("findings"), facts.total("majors"),
                            facts.total("open"), facts.total("overdue"),
                            facts.total("interviews")]
    for col, value in enumerate(totals, start=1):
        cell = ws.cell(row_no, col, value)
        cell.font = Font(bold=True)
        cell.border = border
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = min(width, 40) + 2
    ws.freeze_panes = ws.cell(FIRST_ROW, 3)
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def export_assessment(db: Database, year: int, out: str | os.PathLike[str], *,
                      today: dt.date | None = None) -> AssessmentResult:
    """Write the 考核 table of ``year`` to ``out`` (.xlsx), atomically."""
    facts = results.annual_facts(db, year, today=today)
    data = workbook_bytes(facts, load_office_settings(db).issuer)
    path = Path(out)
    atomic_write_bytes(path, data)
    return AssessmentResult(path, len(facts.rows), hashlib.sha256(data).hexdigest())


__all__ = ["FIRST_ROW", "HEADER_ROW", "AssessmentResult", "export_assessment",
           "workbook_bytes"]
