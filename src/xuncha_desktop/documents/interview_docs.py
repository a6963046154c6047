"""约谈纪要 (kind ``interview-minutes``): the template context from an interview's record.

The 约谈通知书 (``interview-notice``) is built in ``documents.issue``; both take the
attendee list and the linked findings from the database.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from xuncha_desktop.db.engine import Database
from xuncha_desktop.documents.model import format_cn_date
from xuncha_desktop.errors import ValidationError
from xuncha_desktop.services import document_data as data
from xuncha_desktop.services import interviews
from xuncha_desktop.services.office_settings import OfficeSettings

MINUTES_KIND = "interview-minutes"
NOTICE_KIND = "interview-notice"
DEFAULT_CC = ("省安全生产委员会办公室", "省应急管理厅")
DEFAULT_MATERIALS = interviews.DEFAULT_MATERIALS

_NUMBER = re.compile(r"^\s*(?:\d+|[一二三四五六七八九十]+)[.、．)）]\s*|^\s*[（(]\d+[)）]\s*")


def items(text: str) -> list[str]:
    """Free text to items: one per line or ；, numbers typed in are dropped."""
    parts = (_NUMBER.sub("", p).strip() for p in re.split(r"[；;\n]", text or ""))
    return [p for p in parts if p]


def _time(detail: interviews.InterviewDetail) -> str:
    if detail.held_on is not None:
        return format_cn_date(detail.held_on)
    if detail.scheduled_at is not None:
        return format_cn_date(detail.scheduled_at.date())
    return "约谈当日"


def minutes_context(
    db: Database,
    interview_id: int,
    office: OfficeSettings,
    *,
    doc_number: str | None,
    date: dt.date,
) -> dict[str, Any]:
    detail = interviews.interview_detail(db, interview_id)
    if detail.state in (interviews.DRAFT, interviews.NOTIFIED, interviews.CANCELLED):
        raise ValidationError(
            f"约谈当前为“{detail.state}”，还没有举行，不能生成约谈纪要。",
            hint="请先登记约谈情况（参加人员、问题、要求和承诺）。",
        )
    facts = data.interview_facts(db, interview_id)
    findings = [f"{f.description}（{f.code}）" for f in detail.findings]
    return {
        "issuer_mark": office.issuer_mark,
        "doc_number": doc_number,
        "addressee": detail.party,
        "party": detail.party,
        "region": detail.region,
        "team_name": facts.team_name or "省安全生产巡查组",
        "held_time": _time(detail),
        "place": detail.place or "巡查组驻地",
        "basis": detail.basis or interviews.DEFAULT_BASIS,
        "reason": detail.reason or "巡查中发现影响安全生产的突出问题和重大隐患",
        "findings": findings,
        "interviewers": items(detail.interviewers.replace("、", "；")),
        "attendees": [
            {
                "side": a.side,
                "name": a.name,
                "unit": a.unit,
                "post": a.post,
                "role": a.role,
                "attendance": a.attendance_text if a.attendance_text != "未登记" else "",
            }
            for a in detail.attendees
        ],
        "problems": items(detail.problems) or findings or ["（无）"],
        "requirements": items(detail.requirements) or ["（无）"],
        "commitments": [
            {
                "content": c.content,
                "owner": c.owner,
                "deadline": format_cn_date(c.due_date) if c.due_date else "",
            }
            for c in detail.commitments
        ],
        "report_due": format_cn_date(detail.report_due) if detail.report_due else "规定期限",
        "report_days": office.interview_report_working_days,
        "attachments": [],
        "signer": office.issuer,
        "date": date,
        "cc": items(detail.copied_to.replace("、", "；").replace("，", "；")) or list(DEFAULT_CC),
        "printer": office.issuer,
        "print_date": date,
    }


__all__ = [
    "DEFAULT_CC",
    "DEFAULT_MATERIALS",
    "MINUTES_KIND",
    "NOTICE_KIND",
    "items",
    "minutes_context",
]
