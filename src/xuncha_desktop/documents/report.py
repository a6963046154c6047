"""巡查报告 to 省安委会 (kind ``report``): one target (ID = target id) or a whole batch
(ID ``batch-<batch id>``; stored in the register as the negative batch id).

Sections (template ``report.j2``): basis and facts, checklist results, the evaluation (score,
grade and reasons), major hazards and illegal acts with what was done about each, interviews,
cooperation breaches, evaluations of units and individuals, suggestions. Annexes (built from
the data, not editable): 1. the findings list, 2. the interview list.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from xuncha_desktop.db.engine import Database
from xuncha_desktop.documents.drafted import REPORT, Drafted, render_sections
from xuncha_desktop.documents.feedback import tour_dict
from xuncha_desktop.documents.model import Annex, Block, Heading, Paragraph, Table
from xuncha_desktop.services import results
from xuncha_desktop.services.office_settings import OfficeSettings, load_office_settings
from xuncha_desktop.services.queries import chinese_number, format_date

KIND = REPORT
FINDINGS_ANNEX = "巡查发现问题隐患清单"
INTERVIEWS_ANNEX = "重点约谈情况清单"


def _tours(db: Database, source_id: int, date: dt.date) -> tuple[str, tuple[results.TourFacts,
                                                                            ...]]:
    if source_id < 0:
        batch = results.batch_facts(db, -source_id, today=date)
        regions = "、".join(t.region for t in batch.tours)
        return f"{batch.label}（{regions}）", batch.tours
    tour = results.tour_facts(db, source_id, today=date)
    return tour.region, (tour,)


def report_context(scope: str, tours: tuple[results.TourFacts, ...], office: OfficeSettings, *,
                   doc_number: str | None, date: dt.date) -> dict[str, Any]:
    items = [tour_dict(t) for t in tours]
    return {
        "issuer_mark": office.issuer_mark,
        "doc_number": doc_number,
        "addressee": "省安全生产委员会",
        "scope": scope,
        "year": tours[0].plan_year,
        "tours": items,
        "region_count": len(items),
        "totals": {
            "findings": sum(t.findings_total for t in tours),
            "majors": sum(len(t.majors) for t in tours),
            "open": sum(t.findings_open for t in tours),
            "overdue": sum(t.findings_overdue for t in tours),
            "interviews": sum(len(t.interviews) for t in tours),
            "breaches": sum(len(t.breaches) for t in tours),
            "units": sum(t.units_total for t in tours),
            "enterprises": sum(t.enterprises for t in tours),
        },
        "unrecorded": list(results.UNRECORDED),
        "attachments": [],
        "signer": office.issuer,
        "date": date,
        "cc": ["省委组织部"],
        "printer": office.issuer,
        "print_date": date,
    }


def _findings_table(t: results.TourFacts) -> Table | Paragraph:
    rows = tuple(
        (str(i), f.code, f"{f.description.rstrip('。')}（{f.kind}）", f.responsible_unit,
         format_date(f.deadline),
         f.state + (f"，逾期{f.overdue_days}天" if f.overdue_days else ""))
        for i, f in enumerate(t.findings, start=1)
    )
    if not rows:
        return Paragraph("巡查中未发现问题隐患。")
    return Table(("序号", "编号", "问题隐患（类别）", "责任单位", "整改期限", "状态"), rows,
                 (2.0, 6.0, 18.0, 8.0, 5.0, 5.0))


def _interviews_table(t: results.TourFacts) -> Table | Paragraph:
    rows = tuple(
        (str(n), iv.party, format_date(iv.held_on or iv.scheduled_on), iv.reason,
         f"{iv.findings}项", f"{iv.commitments}项，已完成{iv.commitments_done}项", iv.state)
        for n, iv in enumerate(t.interviews, start=1)
    )
    if not rows:
        return Paragraph("巡查期间未开展重点约谈。")
    return Table(("序号", "被约谈单位", "约谈日期", "事由", "关联问题", "承诺事项", "状态"), rows,
                 (2.0, 10.0, 6.0, 14.0, 4.0, 6.0, 4.0))


def annexes(tours: tuple[results.TourFacts, ...]) -> tuple[Annex, ...]:
    """附件1 the findings list, 附件2 the interview list; for a batch, one table per 市县
    under its own heading ((一) 三亚市 …)."""
    def blocks(table: Any) -> tuple[Block, ...]:
        if len(tours) == 1:
            return (table(tours[0]),)
        out: list[Block] = []
        for i, t in enumerate(tours, start=1):
            out += [Heading(2, f"（{chinese_number(i)}）{t.region}"), table(t)]
        return tuple(out)

    return (Annex(FINDINGS_ANNEX, blocks(_findings_table)),
            Annex(INTERVIEWS_ANNEX, blocks(_interviews_table)))


def draft(db: Database, source_id: int, *, doc_number: str | None, date: dt.date,
          text: str | None = None) -> Drafted:
    scope, tours = _tours(db, source_id, date)
    ctx = report_context(scope, tours, load_office_settings(db), doc_number=doc_number,
                         date=date)
    frame, sections = render_sections(KIND, ctx, text, annexes(tours))
    return Drafted(frame, sections)


__all__ = ["FINDINGS_ANNEX", "INTERVIEWS_ANNEX", "KIND", "annexes", "draft", "report_context"]
