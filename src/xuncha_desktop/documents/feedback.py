"""巡查反馈意见 (kind ``feedback``, ID = the target): the tour's results fed back to the 市县.

Sections (template ``feedback.j2``): the overview (dates, team, units and enterprises visited,
methods, checklist results, findings; the figures that no table records are named as such),
the achievements (the 巡查内容 found fully in order), the problems grouped by the ten
巡查内容, suggestions, and the 整改 requirements: by default a 整改方案 within
``rectification_plan_days`` (15) days of the feedback, then progress reports until every item
is closed.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from xuncha_desktop.db.engine import Database
from xuncha_desktop.documents.drafted import FEEDBACK, Drafted, render_sections
from xuncha_desktop.services import results
from xuncha_desktop.services.office_settings import OfficeSettings, load_office_settings

KIND = FEEDBACK


def score_text(score: Decimal | None) -> str:
    """87.50 → "87.5", 90.00 → "90"; "" for no score."""
    if score is None:
        return ""
    text = f"{Decimal(score):.2f}".rstrip("0").rstrip(".")
    return text or "0"


def _count(counts: tuple[results.Count, ...], label: str) -> int:
    return next((c.count for c in counts if c.label == label), 0)


def finding_phrase(f: results.FindingLine) -> str:
    where = f"（{f.unit}）" if f.unit and f.unit not in ("市县政府",) else ""
    return f"{f.description.rstrip('。；;，,')}{where}。"


def tour_dict(t: results.TourFacts) -> dict[str, Any]:
    """One tour's facts as template data (shared by the feedback and the report)."""
    leader = t.leader
    ev = t.evaluation
    return {
        "target_id": t.target_id,
        "region": t.region,
        "addressee": t.addressee,
        "year": t.plan_year,
        "batch": t.batch,
        "team_name": t.team_name or "省安全生产巡查组",
        "leader": f"{leader.unit}{leader.post}{leader.name}" if leader else "",
        "member_count": len(t.members),
        "start_date": t.entry_date,
        "end_date": t.exit_date,
        "extension_scope": t.extension_scope,
        "methods": list(t.methods),
        "units": {
            "total": t.units_total,
            "towns": _count(t.units, "乡镇"),
            "departments": _count(t.units, "部门"),
            "enterprises": t.enterprises,
        },
        "checklist": {
            "state": t.checklist_state or "",
            "total": sum(c.count for c in t.results),
            "conform": _count(t.results, "符合"),
            "basic": _count(t.results, "基本符合"),
            "nonconform": _count(t.results, "不符合"),
            "na": _count(t.results, "不适用"),
            "blank": _count(t.results, "未填写"),
        },
        "checks": [
            {"number": r.number, "title": r.title,
             "results": "、".join(f"{c.label}{c.count}项" for c in r.counts)}
            for r in t.item_results
        ],
        "achievements": [r.title for r in t.item_results if r.all_conform],
        "findings": {
            "total": t.findings_total,
            "by_kind": [{"kind": c.label, "count": c.count} for c in t.findings_by_kind],
            "major": len(t.majors),
            "open": t.findings_open,
            "closed": _count(t.findings_by_state, results.CLOSED),
            "overdue": t.findings_overdue,
        },
        "problems": [
            {"number": g.number, "title": g.title, "count": len(g.findings),
             "lines": [finding_phrase(f) for f in g.findings]}
            for g in t.problems
        ],
        "majors": [
            {"code": f.code, "kind": f.kind, "description": f.description.rstrip("。"),
             "unit": f.unit, "action": f.action}
            for f in t.majors
        ],
        "interviews": [
            {"party": i.party, "date": i.held_on or i.scheduled_on, "state": i.state,
             "reason": i.reason, "findings": i.findings, "commitments": i.commitments,
             "commitments_done": i.commitments_done}
            for i in t.interviews
        ],
        "breaches": [
            {"duty": b.duty, "date": b.occurred_on, "description": b.description.rstrip("。"),
             "responsible": b.responsible}
            for b in t.breaches
        ],
        "evaluation": None if ev is None else {
            "score": score_text(ev.score), "grade": ev.grade,
            "computed_grade": ev.computed_grade, "override_reason": ev.override_reason,
            "summary": ev.summary,
        },
        "subjects": [{"kind": s.kind, "name": s.name, "text": s.text} for s in t.subjects],
    }


def feedback_context(t: results.TourFacts, office: OfficeSettings, *, doc_number: str | None,
                     date: dt.date) -> dict[str, Any]:
    ctx = tour_dict(t)
    top = sorted((g for g in t.problems if g.number), key=lambda g: -len(g.findings))[:3]
    ctx.update({
        "issuer_mark": office.issuer_mark,
        "doc_number": doc_number,
        "unrecorded": list(results.UNRECORDED),
        "top_items": [f"第{g.number}项" for g in top],
        "plan_days": office.rectification_plan_days,
        "plan_due": date + dt.timedelta(days=office.rectification_plan_days),
        "report_to": office.issuer,
        "attachments": [],
        "signer": office.issuer,
        "date": date,
        "cc": ["省委组织部", "省应急管理厅"],
        "printer": office.issuer,
        "print_date": date,
    })
    return ctx


def draft(db: Database, target_id: int, *, doc_number: str | None, date: dt.date,
          text: str | None = None) -> Drafted:
    facts = results.tour_facts(db, target_id, today=date)
    ctx = feedback_context(facts, load_office_settings(db), doc_number=doc_number, date=date)
    frame, sections = render_sections(KIND, ctx, text)
    return Drafted(frame, sections)


__all__ = ["KIND", "draft", "feedback_context", "finding_phrase", "score_text", "tour_dict"]
