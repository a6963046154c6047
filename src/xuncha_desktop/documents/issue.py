"""From database records to issued documents: template context, 文号, register, files.

``build_document`` drafts a document from current data (wording from the office's override
or the shipped template). ``issue`` allocates the 文号 and records the drafted content in the
register in one unit of work; ``export_issued`` renders a registered document again from
the stored content, so it reproduces exactly what was issued, whatever the data or wording
has become since.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from xuncha_desktop.db.engine import Database
from xuncha_desktop.documents import drafted, interview_docs, rectification
from xuncha_desktop.documents.export import export_document
from xuncha_desktop.documents.fonts import FontSet
from xuncha_desktop.documents.model import (
    Annex,
    Block,
    Document,
    Figure,
    Heading,
    ListBlock,
    Paragraph,
    Table,
    format_cn_date,
)
from xuncha_desktop.documents.plan_doc import plan_context
from xuncha_desktop.documents.templates import (
    TEMPLATE_VARIABLES,
    load_template_text,
    render_template,
    validate_template,
)
from xuncha_desktop.errors import ValidationError
from xuncha_desktop.services import document_data as data
from xuncha_desktop.services import findings, issued, numbering, plans, wording
from xuncha_desktop.services.office_settings import DOC_KINDS, OfficeSettings
from xuncha_desktop.services.uow import unit_of_work

Format = Literal["docx", "pdf"]
WEEKDAY_HALF = ("上午", "下午")


def _member_dict(x: data.MemberFact | None) -> dict[str, str]:
    if x is None:
        return {"name": "", "unit": "", "post": "", "phone": ""}
    return {"name": x.name, "unit": x.unit, "post": x.post, "phone": x.phone}


_ITEM_NUMBER = re.compile(r"^\s*(?:\d+|[一二三四五六七八九十]+)[.、．)）]\s*|^\s*[（(]\d+[)）]\s*")


def _items(text: str) -> list[str]:
    """Split free text into items; the template numbers them, so drop numbers typed in."""
    parts = re.split(r"[；;\n]", text)
    return [_ITEM_NUMBER.sub("", p).strip() for p in parts if _ITEM_NUMBER.sub("", p).strip()]


def _cn_time(when: dt.datetime | None) -> str:
    if when is None:
        return "另行通知"
    half = WEEKDAY_HALF[0] if when.hour < 12 else WEEKDAY_HALF[1]
    hour = when.hour if when.hour <= 12 else when.hour - 12
    return f"{format_cn_date(when.date())}{half}{hour}:{when.minute:02d}"


def _common(office: OfficeSettings, doc_number: str | None, date: dt.date) -> dict[str, Any]:
    return {
        "issuer_mark": office.issuer_mark,
        "doc_number": doc_number,
        "signer": office.issuer,
        "date": date,
        "cc": ["省委组织部", "省应急管理厅"],
        "printer": office.issuer,
        "print_date": date,
    }


def notice_context(facts: data.NoticeFacts, office: OfficeSettings, *,
                   doc_number: str | None, date: dt.date) -> dict[str, Any]:
    leader = next((x for x in facts.members if x.role == "组长"), None)
    contact = next((x for x in facts.members if x.role == "联络员"), None) or leader
    mobilization_time = dt.datetime.combine(facts.entry_date, dt.time(9, 0))
    ctx = _common(office, doc_number, date)
    ctx.update({
        "region": facts.region,
        "addressee": f"{facts.region}人民政府" if not facts.region.endswith("开发区")
        else f"{facts.region}管理委员会",
        "team_name": facts.team_name or "省安全生产巡查组",
        "start_date": facts.entry_date,
        "end_date": facts.exit_date,
        "leader": {k: v for k, v in _member_dict(leader).items() if k != "phone"},
        "contact": {"name": _member_dict(contact)["name"], "phone": _member_dict(contact)["phone"]},
        "members": [{"role": x.role, "name": x.name, "unit": x.unit, "post": x.post}
                    for x in facts.members],
        "checklist": list(facts.checklist),
        "mobilization": {
            "time": _cn_time(mobilization_time),
            "place": facts.mobilization or f"{facts.region}人民政府会议室",
            "attendees": f"{facts.region}人民政府主要负责同志、分管安全生产工作负责同志，"
                         "各有关部门主要负责同志",
        },
        "materials_due": facts.entry_date - dt.timedelta(days=3),
        "team_phone": facts.team_phone,
        "report_phone": office.hotline,
        "report_mailbox": facts.team_mailbox,
        "report_hours": "每日8:00—18:00",
        "attachments": ["巡查组成员名单"] if facts.members else [],
    })
    return ctx


def interview_notice_context(facts: data.InterviewFacts, office: OfficeSettings, *,
                             doc_number: str | None, date: dt.date) -> dict[str, Any]:
    ctx = _common(office, doc_number, date)
    ctx.update({
        "addressee": facts.party,
        "team_name": facts.team_name or "省安全生产巡查组",
        "tour_dates": f"{format_cn_date(facts.tour_start)}至{format_cn_date(facts.tour_end)}",
        "region": facts.region,
        "reason": facts.reason or "巡查中发现影响安全生产的突出问题和重大隐患",
        "problems": list(facts.problems),
        "interview_time": _cn_time(facts.scheduled_at),
        "interview_place": facts.place or "另行通知",
        "interviewees": list(facts.interviewees) or [f"{facts.party}主要负责人"],
        "materials": _items(facts.materials) or list(interview_docs.DEFAULT_MATERIALS),
        "report_days": office.interview_report_working_days,
        "contact": {"name": _member_dict(facts.contact)["name"],
                    "phone": _member_dict(facts.contact)["phone"]},
        "attachments": [],
    })
    return ctx


@dataclass(frozen=True)
class Draft:
    kind: str
    source_id: int
    subject: str
    recipient: str
    document: Document


def template_text(db: Database, kind: str) -> str:
    return wording.get_override(db, kind) or load_template_text(kind)


def save_wording(db: Database, kind: str, text: str, operator: str | None = None) -> None:
    """Store the office's wording for ``kind`` after checking it (syntax, placeholders)."""
    if kind not in TEMPLATE_VARIABLES:
        raise ValidationError(f"没有名为“{kind}”的文书模板。")
    validate_template(text, set(TEMPLATE_VARIABLES[kind]))
    wording.save_override(db, kind, text, operator)


def _check_kind(kind: str) -> None:
    if kind not in DOC_KINDS:
        raise ValidationError(
            f"未知的文书种类“{kind}”。", hint=f"可用的种类：{'、'.join(DOC_KINDS)}。"
        )
    if kind not in data.IMPLEMENTED_KINDS:
        raise ValidationError(
            f"“{DOC_KINDS[kind]}”（{kind}）尚不能导出。",
            hint=f"目前可导出：{'、'.join(data.IMPLEMENTED_KINDS)}。",
        )


def build_document(db: Database, kind: str, source_id: int, *, doc_number: str | None = None,
                   date: dt.date | None = None, text: str | None = None,
                   finding_ids: Sequence[int] | None = None,
                   supervision: bool | None = None, blank: bool = False) -> Draft:
    """``finding_ids``/``supervision``: the findings of a rectification-notice (default: the
    one ``source_id``) and whether it is a 督办函 (default: when one is overdue or supervised).
    For ``ledger``, ``source_id`` is a plan id, 0 for every finding."""
    _check_kind(kind)
    office = data.office(db)
    when = date or dt.date.today()
    if kind == rectification.LEDGER_KIND:
        ledger = rectification.ledger_document(db, source_id or None, office, when)
        return Draft(kind, source_id, ledger.title.replace("\n", ""), "", ledger)
    if kind == "checklist":  # source_id is a checklist id; ``blank``: the form for the field
        from xuncha_desktop.documents import checklist_doc

        form = checklist_doc.checklist_document(db, source_id, office, blank=blank, date=when)
        return Draft(kind, source_id, form.title.replace("\n", ""), "", form)
    if kind == "roster":  # source_id is a team id; built directly, no wording template
        from xuncha_desktop.documents import roster

        doc = roster.roster_document(db, source_id, office, doc_number=doc_number, date=when)
        return Draft(kind, source_id, doc.title.replace("\n", ""), doc.addressee or "", doc)
    if kind in drafted.DRAFTED_KINDS:  # drafted in sections the clerk edits
        doc = drafted.build(db, kind, source_id, doc_number=doc_number, date=when, text=text)
        return Draft(kind, source_id, doc.title.replace("\n", ""), doc.addressee or "", doc)
    wording_text = text if text is not None else template_text(db, kind)
    if kind == "notice":
        nf = data.notice_facts(db, source_id)
        ctx = notice_context(nf, office, doc_number=doc_number, date=when)
    elif kind == "plan":
        pf = plans.plan_facts(db, source_id, when)
        ctx = plan_context(pf, office, doc_number=doc_number, date=when)
    elif kind == rectification.KIND:
        ctx = rectification.notice_context_for(
            db, finding_ids or [source_id], office, doc_number=doc_number, date=when,
            supervision=supervision)
    elif kind == interview_docs.MINUTES_KIND:
        ctx = interview_docs.minutes_context(db, source_id, office, doc_number=doc_number,
                                             date=when)
    else:
        inf = data.interview_facts(db, source_id)
        ctx = interview_notice_context(inf, office, doc_number=doc_number, date=when)
    doc = render_template(wording_text, ctx, set(TEMPLATE_VARIABLES[kind]))
    subject = doc.title.replace("\n", "")
    return Draft(kind, source_id, subject, doc.addressee or "", doc)


def issue(db: Database, kind: str, source_id: int, *, date: dt.date | None = None,
          operator: str | None = None, finding_ids: Sequence[int] | None = None,
          supervision: bool | None = None) -> issued.IssuedRow:
    """Allocate the 文号 and register the drafted document, in one unit of work."""
    _check_kind(kind)
    if kind == rectification.LEDGER_KIND:
        raise ValidationError("整改台账不是公文，不编发文字号。", hint="请直接导出台账。")
    if kind == "checklist":
        raise ValidationError("检查表不是公文，不编发文字号。", hint="请直接导出检查表。")
    extra: dict[str, Any] = (
        {"finding_ids": finding_ids, "supervision": supervision}
        if kind == rectification.KIND else {}
    )
    when = date or dt.date.today()
    office = data.office(db)
    who = operator or db.operator
    build_document(db, kind, source_id, date=when, **extra)  # fail early, before a number
    with unit_of_work(db, who, immediate=True) as session:
        number = numbering.allocate(session, office.doc_prefixes[kind], when.year, who)
        draft = build_document(db, kind, source_id, doc_number=number.text, date=when, **extra)
        doc = issued.register(
            session, kind=kind, source_id=source_id, subject=draft.subject,
            recipient=draft.recipient, issued_on=when, operator=who,
            content=document_to_dict(draft.document), number=number,
        )
        doc_id = doc.id
        if kind == rectification.KIND:
            findings.record_notice(session, finding_ids or [source_id], number.text,
                                   draft.subject, who)
    return next(r for r in issued.list_issued(db, kind) if r.id == doc_id)


def issued_document(db: Database, issued_id: int) -> tuple[issued.IssuedRow, Document]:
    row, content = issued.issued_content(db, issued_id)
    return row, document_from_dict(content)


def latest_issued(db: Database, kind: str, source_id: int) -> issued.IssuedRow | None:
    rows = [r for r in issued.list_issued(db, kind)
            if r.source_id == source_id and r.number_state != "已作废"]
    return rows[0] if rows else None


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sha256: str
    doc_number: str
    issued_id: int | None
    warnings: tuple[str, ...]


def export_issued(db: Database, issued_id: int, fmt: Format, out: str | os.PathLike[str],
                  fonts: FontSet, operator: str | None = None) -> ExportResult:
    row, doc = issued_document(db, issued_id)
    digest = export_document(doc, out, fmt, fonts)
    issued.record_file(db, row.id, fmt, Path(out).name, digest, operator)
    return ExportResult(Path(out), digest, row.number, row.id, tuple(fonts.warnings_for(doc)))


def export_draft(db: Database, kind: str, source_id: int, fmt: Format,
                 out: str | os.PathLike[str], fonts: FontSet, *,
                 finding_ids: Sequence[int] | None = None,
                 supervision: bool | None = None, blank: bool = False,
                 date: dt.date | None = None) -> ExportResult:
    """``date``: the 成文日期 of the draft (default today)."""
    extra: dict[str, Any] = (
        {"finding_ids": finding_ids, "supervision": supervision}
        if kind == rectification.KIND else {}
    )
    if kind == "checklist":
        extra["blank"] = blank
    draft = build_document(db, kind, source_id, date=date, **extra)
    digest = export_document(draft.document, out, fmt, fonts)
    return ExportResult(Path(out), digest, "", None, tuple(fonts.warnings_for(draft.document)))


# -- serialisation of the document model (the register keeps what was issued) ---------------
_BLOCKS: dict[str, type[Block]] = {
    "heading": Heading, "paragraph": Paragraph, "table": Table, "list": ListBlock,
    "figure": Figure,
}
_BLOCK_NAMES = {cls: name for name, cls in _BLOCKS.items()}


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bytes):  # a figure's PNG
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def _blocks_to_list(blocks: Sequence[Block]) -> list[dict[str, Any]]:
    return [
        {"type": _BLOCK_NAMES[type(b)],
         **{bf.name: _plain(getattr(b, bf.name)) for bf in dataclasses.fields(b)}}
        for b in blocks
    ]


def document_to_dict(doc: Document) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in dataclasses.fields(doc):
        value = getattr(doc, f.name)
        if f.name == "blocks":
            out["blocks"] = _blocks_to_list(value)
        elif f.name == "annexes":
            out["annexes"] = [{"title": a.title, "blocks": _blocks_to_list(a.blocks)}
                              for a in value]
        else:
            out[f.name] = _plain(value)
    return out


def _tuples(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_tuples(v) for v in value)
    return value


def _blocks_from_list(raw: list[dict[str, Any]]) -> tuple[Block, ...]:
    blocks: list[Block] = []
    for b in raw:
        cls = _BLOCKS[b["type"]]
        kwargs = {k: _tuples(v) for k, v in b.items() if k != "type"}
        if cls is Figure:
            kwargs["png"] = base64.b64decode(kwargs["png"])
        blocks.append(cls(**kwargs))
    return tuple(blocks)


def document_from_dict(content: dict[str, Any]) -> Document:
    values: dict[str, Any] = {}
    for f in dataclasses.fields(Document):
        if f.name not in content:
            continue
        raw = content[f.name]
        if f.name == "blocks":
            values["blocks"] = _blocks_from_list(raw)
        elif f.name == "annexes":
            values["annexes"] = tuple(Annex(a["title"], _blocks_from_list(a["blocks"]))
                                      for a in raw)
        elif f.name in ("date", "print_date") and raw:
            values[f.name] = dt.date.fromisoformat(raw)
        else:
            values[f.name] = _tuples(raw)
    return Document(**values)


def document_json(doc: Document) -> str:
    return json.dumps(document_to_dict(doc), ensure_ascii=False, sort_keys=True)

