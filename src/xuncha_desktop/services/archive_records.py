"""The records of a tour as plain data, and every evidence file with the records it belongs to.

Used by the archive package (``records.json`` and its catalogue) and by the integrity check of
the evidence archive, which names each missing or changed file by the records that link it
("问题隐患 FX-12 的附件“照片.jpg”"). Everything returned here is JSON-ready: dates are ISO
strings, decimals are strings, personal ID numbers are masked.
"""

from __future__ import annotations

import datetime as dt
import decimal
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect, or_, select
from sqlalchemy.orm import Session

from xuncha_desktop.db import models as m
from xuncha_desktop.db.audit import mask
from xuncha_desktop.db.base import Base
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import NotFoundError
from xuncha_desktop.services.office_settings import load_office_settings
from xuncha_desktop.services.uow import read_session

RECORDS_FORMAT = "xuncha-tour-records/1"


def plain(value: Any) -> Any:
    """A column value as JSON: ISO dates, decimals as text."""
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return format(value.normalize(), "f")
    return value


def row_dict(obj: Base, *, skip: Iterable[str] = ()) -> dict[str, Any]:
    """Every column of ``obj`` (sensitive ones masked), without the ``version`` counter."""
    leave_out = {"version", *skip}
    out: dict[str, Any] = {}
    for attr in inspect(type(obj)).column_attrs:
        if attr.key in leave_out:
            continue
        value = getattr(obj, attr.key)
        column = attr.columns[0]
        if column.info.get("sensitive") and isinstance(value, str):
            value = mask(value)
        out[attr.key] = plain(value)
    return out


# ---------------------------------------------------------------------------------------------
# Who owns an evidence link
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class LinkInfo:
    """One attachment of an evidence file to a record."""

    link_id: int
    owner: str  # "问题隐患 FX-12"
    original_name: str
    attached_by: str
    attached_at: str | None

    @property
    def text(self) -> str:
        return f"{self.owner} 的附件“{self.original_name}”"


@dataclass(frozen=True)
class EvidenceEntry:
    """One stored file (one ``evidence`` row) and every record that links it."""

    evidence_id: int
    sha256: str
    size: int
    media_type: str
    links: tuple[LinkInfo, ...]

    @property
    def described(self) -> str:
        """"问题隐患 FX-12 的附件“照片.jpg”；约谈 …" or "证据 #3（未关联记录）"."""
        if not self.links:
            return f"证据 #{self.evidence_id}（未关联任何记录）"
        return "；".join(link.text for link in self.links)


def _owner_labels(session: Session, links: list[m.EvidenceLink]) -> dict[int, str]:
    """link id → "问题隐患 FX-12" and the like, with few queries."""

    def ids(column: str) -> set[int]:
        return {v for v in (getattr(link, column) for link in links) if v is not None}

    findings: dict[int, str] = {}
    transitions: dict[int, str] = {}
    results: dict[int, str] = {}
    interviews: dict[int, str] = {}
    breaches: dict[int, str] = {}
    finding_ids = ids("finding_id")
    transition_ids = ids("finding_transition_id")
    if transition_ids:
        for t_id, f_code, from_state, to_state, at in session.execute(
            select(m.FindingTransition.id, m.Finding.code, m.FindingTransition.from_state,
                   m.FindingTransition.to_state, m.FindingTransition.at)
            .join(m.Finding, m.Finding.id == m.FindingTransition.finding_id)
            .where(m.FindingTransition.id.in_(transition_ids))
        ):
            step = f"{from_state or '—'}→{to_state}"
            transitions[t_id] = f"问题隐患 {f_code} 的办理记录（{step}，{at:%Y-%m-%d}）"
    if finding_ids:
        for f_id, code in session.execute(
            select(m.Finding.id, m.Finding.code).where(m.Finding.id.in_(finding_ids))
        ):
            findings[f_id] = f"问题隐患 {code}"
    result_ids = ids("checklist_result_id")
    if result_ids:
        for r_id, number, region in session.execute(
            select(m.ChecklistResult.id, m.TemplateItem.number, m.Region.name)
            .join(m.TemplateItem, m.TemplateItem.id == m.ChecklistResult.item_id)
            .join(m.Checklist, m.Checklist.id == m.ChecklistResult.checklist_id)
            .join(m.Target, m.Target.id == m.Checklist.target_id)
            .join(m.Region, m.Region.id == m.Target.region_id)
            .where(m.ChecklistResult.id.in_(result_ids))
        ):
            results[r_id] = f"检查结果 {region}检查表第 {number} 项"
    interview_ids = ids("interview_id")
    if interview_ids:
        for i_id, party in session.execute(
            select(m.Interview.id, m.Interview.party).where(m.Interview.id.in_(interview_ids))
        ):
            interviews[i_id] = f"约谈 {party}（约谈编号 {i_id}）"
    breach_ids = ids("cooperation_breach_id")
    if breach_ids:
        for b_id, region, occurred in session.execute(
            select(m.CooperationBreach.id, m.Region.name, m.CooperationBreach.occurred_on)
            .join(m.Target, m.Target.id == m.CooperationBreach.target_id)
            .join(m.Region, m.Region.id == m.Target.region_id)
            .where(m.CooperationBreach.id.in_(breach_ids))
        ):
            breaches[b_id] = f"配合情况记录 {region} {occurred:%Y-%m-%d}（编号 {b_id}）"
    out: dict[int, str] = {}
    for link in links:
        if link.finding_id is not None:
            out[link.id] = findings.get(link.finding_id, f"问题隐患 #{link.finding_id}")
        elif link.finding_transition_id is not None:
            out[link.id] = transitions.get(link.finding_transition_id,
                                           f"办理记录 #{link.finding_transition_id}")
        elif link.checklist_result_id is not None:
            out[link.id] = results.get(link.checklist_result_id,
                                       f"检查结果 #{link.checklist_result_id}")
        elif link.interview_id is not None:
            out[link.id] = interviews.get(link.interview_id, f"约谈 #{link.interview_id}")
        elif link.cooperation_breach_id is not None:
            out[link.id] = breaches.get(link.cooperation_breach_id,
                                        f"配合情况记录 #{link.cooperation_breach_id}")
        else:  # pragma: no cover - the CHECK constraint forbids it
            out[link.id] = "（无关联记录）"
    return out


def _link_infos(session: Session, links: list[m.EvidenceLink]) -> dict[int, list[LinkInfo]]:
    """evidence id → its links, each with the owner's description."""
    owners = _owner_labels(session, links)
    by_evidence: dict[int, list[LinkInfo]] = defaultdict(list)
    for link in sorted(links, key=lambda x: x.id):
        by_evidence[link.evidence_id].append(LinkInfo(
            link_id=link.id, owner=owners[link.id], original_name=link.original_name,
            attached_by=link.attached_by, attached_at=plain(link.created_at),
        ))
    return by_evidence


def evidence_index(db: Database) -> list[EvidenceEntry]:
    """Every stored file with the records that link it (for ``xuncha archive verify``)."""
    with read_session(db) as session:
        rows = list(session.scalars(select(m.Evidence).order_by(m.Evidence.id)))
        links = list(session.scalars(select(m.EvidenceLink)))
        infos = _link_infos(session, links)
        return [
            EvidenceEntry(ev.id, ev.sha256, ev.size, ev.media_type,
                          tuple(infos.get(ev.id, ())))
            for ev in rows
        ]


# ---------------------------------------------------------------------------------------------
# A tour's records
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TourEvidence:
    """One attachment of a tour's record to a stored file."""

    link_id: int
    owner: str
    original_name: str
    attached_by: str
    attached_at: str | None
    note: str
    sha256: str
    size: int
    media_type: str
    taken_at: str | None
    gps_lat: float | None
    gps_lon: float | None


@dataclass(frozen=True)
class TourIssued:
    """An issued document of the tour: the register row and the SHA-256 recorded per format."""

    issued_id: int
    kind: str
    number: str
    number_state: str
    subject: str
    issued_on: dt.date
    recorded: dict[str, tuple[str, ...]]  # format → SHA-256 of files written when issued


@dataclass(frozen=True)
class TourRecords:
    target_id: int
    title: str  # "2026年第一批 · 海口市"
    region: str
    records: dict[str, Any]  # everything, JSON-ready
    evidence: tuple[TourEvidence, ...]
    issued: tuple[TourIssued, ...]
    issuer: str  # the office, for bag-info


def _tour_links(session: Session, target_id: int, finding_ids: set[int],
                result_ids: set[int], interview_ids: set[int],
                transition_ids: set[int], breach_ids: set[int]) -> list[m.EvidenceLink]:
    clauses = []
    for column, values in (
        (m.EvidenceLink.finding_id, finding_ids),
        (m.EvidenceLink.checklist_result_id, result_ids),
        (m.EvidenceLink.interview_id, interview_ids),
        (m.EvidenceLink.finding_transition_id, transition_ids),
        (m.EvidenceLink.cooperation_breach_id, breach_ids),
    ):
        if values:
            clauses.append(column.in_(values))
    if not clauses:
        return []
    return list(session.scalars(
        select(m.EvidenceLink).where(or_(*clauses)).order_by(m.EvidenceLink.id)
    ))


def tour_records(db: Database, target_id: int) -> TourRecords:
    """Every record of the tour of ``target_id`` as plain data, with its evidence and documents."""
    with read_session(db) as session:
        target = session.get(m.Target, target_id)
        if target is None:
            raise NotFoundError(
                f"找不到编号为 {target_id} 的巡查对象。",
                hint="请用“xuncha export --list notice”查看巡查对象的编号。",
            )
        batch = target.batch
        plan = batch.plan
        region = target.region.name
        title = f"{plan.year}年第{batch.seq}批 · {region}"
        rec: dict[str, Any] = {
            "format": RECORDS_FORMAT,
            "title": title,
            "target": {**row_dict(target), "region": region, "region_code": target.region.code},
            "plan": row_dict(plan),
            "plan_transitions": [row_dict(t) for t in plan.transitions],
            "batch": row_dict(batch),
        }
        team = target.team
        if team is not None:
            rec["team"] = row_dict(team)
            rec["team_members"] = [
                {**row_dict(ms),
                 "person": {k: v for k, v in row_dict(ms.person).items()
                            if k in ("id", "name", "gender", "unit", "post", "rank",
                                     "pool_type")}}
                for ms in team.memberships
            ]
            rec["draws"] = [row_dict(d) for d in session.scalars(
                select(m.Draw).where(m.Draw.team_id == team.id).order_by(m.Draw.id))]
        else:
            rec["team"] = None
            rec["team_members"] = []
            rec["draws"] = []

        findings = list(session.scalars(
            select(m.Finding).where(m.Finding.target_id == target_id).order_by(m.Finding.code)))
        finding_ids = {f.id for f in findings}
        extensions: dict[int, list[dict[str, Any]]] = defaultdict(list)
        if finding_ids:
            for ext in session.scalars(
                select(m.DeadlineExtension)
                .where(m.DeadlineExtension.finding_id.in_(finding_ids))
                .order_by(m.DeadlineExtension.id)
            ):
                extensions[ext.finding_id].append(row_dict(ext))
        transition_ids: set[int] = set()
        rec["findings"] = []
        for f in findings:
            transition_ids |= {t.id for t in f.transitions}
            rec["findings"].append({
                **row_dict(f), "kind": f.kind.name, "region": f.region.name,
                "sector": f.sector.name if f.sector else None,
                "unit": f.unit.name if f.unit else None,
                "transitions": [row_dict(t) for t in f.transitions],
                "extensions": extensions.get(f.id, []),
            })

        result_ids: set[int] = set()
        rec["checklists"] = []
        for cl in session.scalars(select(m.Checklist).where(m.Checklist.target_id == target_id)):
            results = []
            for r in cl.results:
                result_ids.add(r.id)
                results.append({**row_dict(r), "item_number": r.item.number,
                                "item_title": r.item.title})
            rec["checklists"].append({
                **row_dict(cl), "template": {"name": cl.template.name,
                                             "version_no": cl.template.version_no},
                "results": results,
            })

        interviews = list(session.scalars(
            select(m.Interview).where(m.Interview.target_id == target_id)
            .order_by(m.Interview.id)))
        interview_ids = {iv.id for iv in interviews}
        rec["interviews"] = [
            {**row_dict(iv),
             "finding_codes": sorted(f.code for f in iv.findings),
             "attendees": [row_dict(a) for a in iv.attendees],
             "commitments": [row_dict(c) for c in iv.commitments]}
            for iv in interviews
        ]
        rec["unit_visits"] = [
            {**row_dict(v), "unit": row_dict(v.unit)}
            for v in session.scalars(select(m.UnitVisit).where(m.UnitVisit.target_id == target_id)
                                     .order_by(m.UnitVisit.id))
        ]
        breaches = list(session.scalars(
            select(m.CooperationBreach).where(m.CooperationBreach.target_id == target_id)
            .order_by(m.CooperationBreach.id)))
        breach_ids = {b.id for b in breaches}
        rec["cooperation_breaches"] = [
            {**row_dict(b), "duty": m.COOPERATION_DUTIES[b.duty_no - 1]
             if 1 <= b.duty_no <= len(m.COOPERATION_DUTIES) else ""}
            for b in breaches
        ]
        evaluation = session.scalar(select(m.Evaluation).where(m.Evaluation.target_id == target_id))
        rec["evaluation"] = row_dict(evaluation) if evaluation is not None else None
        rec["subject_evaluations"] = [
            row_dict(s) for s in session.scalars(
                select(m.SubjectEvaluation).where(m.SubjectEvaluation.target_id == target_id)
                .order_by(m.SubjectEvaluation.id))
        ]

        # Issued documents of the tour: its notice, feedback and report (also the report of its
        # whole batch, which the register keeps as the negative batch id), the plan and team
        # line-up behind it, the interviews' notices and minutes, and the rectification
        # notices of its findings.
        sources: list[tuple[str, set[int]]] = [
            ("notice", {target_id}), ("feedback", {target_id}),
            ("report", {target_id, -batch.id}), ("plan", {plan.id}),
            ("roster", {team.id} if team is not None else set()),
            ("interview-notice", interview_ids), ("interview-minutes", interview_ids),
            ("rectification-notice", finding_ids),
        ]
        issued_rows: list[m.IssuedDocument] = []
        for kind, ids in sources:
            if ids:
                issued_rows += session.scalars(
                    select(m.IssuedDocument)
                    .where(m.IssuedDocument.kind == kind, m.IssuedDocument.source_id.in_(ids))
                    .order_by(m.IssuedDocument.id))
        issued: list[TourIssued] = []
        rec["issued_documents"] = []
        for d in issued_rows:
            recorded: dict[str, list[str]] = defaultdict(list)
            for file in d.files:
                if file.sha256 not in recorded[file.format]:
                    recorded[file.format].append(file.sha256)
            number = d.number.text if d.number else ""
            state = d.number.state if d.number else ""
            issued.append(TourIssued(d.id, d.kind, number, state, d.subject, d.issued_on,
                                     {k: tuple(v) for k, v in recorded.items()}))
            rec["issued_documents"].append({
                **row_dict(d, skip=("content_json",)), "number": number, "number_state": state,
                "content": json.loads(d.content_json),
                "files_recorded": [row_dict(file) for file in d.files],
            })

        links = _tour_links(session, target_id, finding_ids, result_ids, interview_ids,
                            transition_ids, breach_ids)
        owners = _owner_labels(session, links)
        evidence: list[TourEvidence] = []
        for link in links:
            ev = link.evidence
            evidence.append(TourEvidence(
                link_id=link.id, owner=owners[link.id], original_name=link.original_name,
                attached_by=link.attached_by, attached_at=plain(link.created_at),
                note=link.note, sha256=ev.sha256, size=ev.size, media_type=ev.media_type,
                taken_at=plain(ev.taken_at), gps_lat=ev.gps_lat, gps_lon=ev.gps_lon,
            ))
    return TourRecords(target_id, title, region, rec, tuple(evidence), tuple(issued),
                       load_office_settings(db).issuer)


__all__ = [
    "RECORDS_FORMAT",
    "EvidenceEntry",
    "LinkInfo",
    "TourEvidence",
    "TourIssued",
    "TourRecords",
    "evidence_index",
    "plain",
    "row_dict",
    "tour_records",
]
