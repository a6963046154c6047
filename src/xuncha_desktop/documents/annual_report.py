"""年度巡查工作情况报告 (kind ``annual-report``, ID = the year) with its 考核 table.

Addressed to 省安委会 with a copy to 省委组织部 (seed: results are reported to 省安委会, count
for each 市县's annual 安全生产责任目标考核 and are sent to 省委组织部). Sections (template
``annual-report.j2``): the year's work, problems and rectification, the 考核 results, the
coverage of the three-year cycle, next steps. The 考核 table (one row per 市县, from
:func:`xuncha_desktop.services.results.annual_facts`) is annex 1 and is also exported alone
as Excel (:mod:`.assessment_xlsx`). Charts (findings by sector, rectification rate by 市县,
overdue findings over the year) follow the section on problems.
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path
from typing import Any

from xuncha_desktop.db.engine import Database
from xuncha_desktop.documents import charts
from xuncha_desktop.documents.drafted import ANNUAL, Drafted, render_sections
from xuncha_desktop.documents.feedback import score_text
from xuncha_desktop.documents.model import Annex, Figure, Paragraph, Table
from xuncha_desktop.errors import XunchaError
from xuncha_desktop.services import results, statistics
from xuncha_desktop.services.office_settings import OfficeSettings, load_office_settings
from xuncha_desktop.services.queries import format_date

KIND = ANNUAL
TABLE_TITLE = "各市县安全生产巡查考核情况表"
FIGURES_AFTER = "巡查发现问题及整改情况"
FIGURE_WIDTH_MM = 150.0
ASSESSMENT_HEADER = ("序号", "市县", "巡查情况", "巡查时间", "得分", "等次", "发现问题",
                     "重大隐患和非法违法行为", "未整改", "逾期未整改", "约谈")


def rate(closed: int, total: int) -> str:
    """Closed share in per cent with one decimal ("87.5%"); "—" when nothing was found."""
    return f"{100 * closed / total:.1f}%" if total else "—"


def assessment_rows(facts: results.AnnualFacts) -> list[tuple[str, ...]]:
    """The 考核 table's rows as printed (the Excel export writes the same figures as numbers)."""
    return [
        (str(i), r.region, r.status, r.tour_dates, score_text(r.score), r.grade,
         str(r.findings), str(r.majors), str(r.open), str(r.overdue), str(r.interviews))
        for i, r in enumerate(facts.rows, start=1)
    ]


def annual_context(facts: results.AnnualFacts, office: OfficeSettings, *,
                   doc_number: str | None, date: dt.date) -> dict[str, Any]:
    findings = facts.total("findings")
    open_ = facts.total("open")
    cov = facts.coverage
    grades = facts.grade_counts()
    return {
        "issuer_mark": office.issuer_mark,
        "doc_number": doc_number,
        "addressee": "省安全生产委员会",
        "year": facts.year,
        "as_of": facts.as_of,
        "regions": [
            {"region": r.region, "status": r.status, "dates": r.tour_dates,
             "score": score_text(r.score), "grade": r.grade, "findings": r.findings,
             "majors": r.majors, "open": r.open, "overdue": r.overdue,
             "interviews": r.interviews}
            for r in facts.rows
        ],
        "toured": [r.region for r in facts.toured],
        "not_toured": [r.region for r in facts.rows if not r.toured],
        "totals": {
            "regions": len(facts.rows),
            "toured": len(facts.toured),
            "findings": findings,
            "majors": facts.total("majors"),
            "closed": findings - open_,
            "open": open_,
            "overdue": facts.total("overdue"),
            "interviews": facts.total("interviews"),
            "rate": rate(findings - open_, findings),
        },
        "grades": [{"grade": g, "count": n,
                    "regions": [r.region for r in facts.rows if r.grade == g]}
                   for g, n in grades.items() if n],
        "unevaluated": [r.region for r in facts.toured if not r.grade],
        "cycle": None if cov is None else {
            "name": cov.name, "start_year": cov.start_year, "end_year": cov.end_year,
            "total": cov.total, "covered": cov.covered, "remaining": cov.remaining,
            "remaining_regions": list(cov.remaining_regions),
            "excluded": list(cov.excluded), "warnings": list(cov.warnings),
        },
        "table_title": TABLE_TITLE,
        "attachments": [],
        "signer": office.issuer,
        "date": date,
        "cc": ["省委组织部"],
        "printer": office.issuer,
        "print_date": date,
    }


def assessment_annex(facts: results.AnnualFacts) -> Annex:
    table = Table(ASSESSMENT_HEADER, tuple(assessment_rows(facts)),
                  (2.5, 7, 5.5, 7.5, 3.5, 3, 3.5, 5, 3.5, 4, 2.5))
    return Annex(f"{facts.year}年度{TABLE_TITLE}",
                 (Paragraph(f"统计截至{format_date(facts.as_of)}。"), table))


@functools.lru_cache(maxsize=1)
def _chart_font() -> tuple[Path, int] | None:
    from xuncha_desktop.documents.fonts import resolve_fonts

    try:
        body = resolve_fonts()["body"]
    except (XunchaError, KeyError):
        return None
    return body.path, body.subfont_index


def figures(db: Database, year: int, today: dt.date) -> tuple[Figure, ...]:
    """The three charts of the year (a chart with no data is left out)."""
    font = _chart_font()
    path, index = font if font is not None else (None, 0)
    out: list[Figure] = []
    sectors = statistics.findings_by_sector(db, year=year, today=today)
    if sectors:
        top = sorted(sectors, key=lambda r: -r[1])[:12]
        out.append(Figure(charts.bar_chart([(n, float(c)) for n, c in top],
                                           width_mm=FIGURE_WIDTH_MM, font_path=path,
                                           font_index=index, suffix="项"),
                          FIGURE_WIDTH_MM, f"图1 {year}年巡查发现问题隐患的行业领域分布（项）"))
    regions = [(name, 100.0 * closed / total)
               for name, closed, total in statistics.rectification_by_region(
                   db, year=year, today=today) if total]
    if regions:
        out.append(Figure(charts.bar_chart(regions, width_mm=FIGURE_WIDTH_MM, font_path=path,
                                           font_index=index, suffix="%", maximum=100.0,
                                           decimals=1),
                          FIGURE_WIDTH_MM, f"图{len(out) + 1} {year}年各市县问题隐患整改率（%）"))
    overdue = statistics.overdue_over_time(db, year=year, today=today)
    if overdue and any(v for _m, v in overdue):
        points = [(label[5:].lstrip("0") + "月", int(v)) for label, v in overdue]
        out.append(Figure(charts.line_chart(points, width_mm=FIGURE_WIDTH_MM, font_path=path,
                                            font_index=index),
                          FIGURE_WIDTH_MM,
                          f"图{len(out) + 1} {year}年各月末逾期未整改问题隐患数（项）"))
    return tuple(out)


def draft(db: Database, year: int, *, doc_number: str | None, date: dt.date,
          text: str | None = None, with_figures: bool = True) -> Drafted:
    facts = results.annual_facts(db, year, today=date)
    ctx = annual_context(facts, load_office_settings(db), doc_number=doc_number, date=date)
    frame, sections = render_sections(KIND, ctx, text, (assessment_annex(facts),))
    figs = figures(db, year, facts.as_of) if with_figures else ()
    return Drafted(frame, sections, figs, FIGURES_AFTER)


__all__ = ["ASSESSMENT_HEADER", "FIGURES_AFTER", "KIND", "TABLE_TITLE", "annual_context",
           "assessment_annex", "assessment_rows", "draft", "figures", "rate"]
