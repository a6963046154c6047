"""Evidence records: which stored file is attached to which record, by whom and when.

The files themselves are copied into the content-addressed archive by
:mod:`xuncha_desktop.archive.store` (file-system work, a layer above this one). This module only
records what was stored: one :class:`~xuncha_desktop.db.models.Evidence` row per distinct
content (SHA-256) and one :class:`~xuncha_desktop.db.models.EvidenceLink` per attachment. The
original file name is kept as text for display; it is never used as a path.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import NotFoundError, ValidationError
from xuncha_desktop.services.uow import read_session, unit_of_work

#: Owner kinds → (link column, model, what the record is called in messages).
OWNERS: dict[str, tuple[str, type[Any], str]] = {
    "finding": ("finding_id", m.Finding, "问题隐患"),
    "checklist_result": ("checklist_result_id", m.ChecklistResult, "检查结果"),
    "interview": ("interview_id", m.Interview, "约谈"),
    "finding_transition": ("finding_transition_id", m.FindingTransition, "办理记录"),
    "cooperation_breach": ("cooperation_breach_id", m.CooperationBreach, "配合情况记录"),
}
#: The length of ``evidence_link.original_name``.
NAME_MAX = 400
ATTACHED_BY_MAX = 64


@dataclass(frozen=True)
class StoredFile:
    """A file already copied into the archive: what the database records about it."""

    sha256: str
    size: int
    original_name: str
    media_type: str = ""
    taken_at: dt.datetime | None = None
    gps_lat: float | None = None
    gps_lon: float | None = None


@dataclass(frozen=True)
class AttachmentRow:
    """One attachment of a record, as the evidence panel lists it."""

    link_id: int
    evidence_id: int
    sha256: str
    original_name: str
    size: int
    media_type: str
    attached_by: str
    attached_at: dt.datetime | None
    taken_at: dt.datetime | None
    gps_lat: float | None
    gps_lon: float | None
    note: str
    #: Where the attachment hangs when it is not on the record itself: for a finding, the
    #: transition it came with ("办理：整改中→待核查，2026年7月10日"); "" otherwise.
    via: str = ""

    @property
    def is_image(self) -> bool:
        return self.media_type.startswith("image/")


def display_name(name: str, limit: int = NAME_MAX) -> str:
    """The original name as safe text: control characters dropped, at most ``limit`` chars.

    A name that is too long is shortened in the middle so that its extension survives
    (``很长的名字…….jpg``). The result is only ever shown, never used as a path.
    """
    text = "".join(ch for ch in str(name) if ch.isprintable() or ch == " ").strip()
    if not text:
        text = "未命名文件"
    if len(text) <= limit:
        return text
    stem, dot, ext = text.rpartition(".")
    suffix = f".{ext}" if dot and stem and 0 < len(ext) <= 16 else ""
    keep = limit - len(suffix) - 1
    return text[: keep] + "…" + suffix


def owner_column(owner_kind: str) -> str:
    try:
        return OWNERS[owner_kind][0]
    except KeyError:
        raise ValueError(f"unknown evidence owner kind: {owner_kind!r}") from None


def _check_owner(session: Session, owner_kind: str, owner_id: int) -> None:
    _column, model, label = OWNERS[owner_kind]
    if session.get(model, owner_id) is None:
        raise NotFoundError(
            f"找不到要添加证据的{label}（编号 {owner_id}），可能已被删除。",
            hint="请刷新列表后重新选择。",
        )


def record_link(session: Session, stored: StoredFile, attached_by: str, owner_kind: str,
                owner_id: int, *, note: str = "",
                now: dt.datetime | None = None) -> m.EvidenceLink:
    """Record one attachment inside an open unit of work (the file is already archived)."""
    column = owner_column(owner_kind)
    if stored.size < 0:
        raise ValidationError("证据文件的大小不正确。")
    ev = session.scalar(select(m.Evidence).where(m.Evidence.sha256 == stored.sha256))
    if ev is None:
        ev = m.Evidence(sha256=stored.sha256, size=stored.size,
                        media_type=stored.media_type[:120], taken_at=stored.taken_at,
                        gps_lat=stored.gps_lat, gps_lon=stored.gps_lon)
        session.add(ev)
        session.flush()
    else:
        # The same content attached again: fill in what an earlier attachment did not know.
        if not ev.media_type and stored.media_type:
            ev.media_type = stored.media_type[:120]
        if ev.taken_at is None and stored.taken_at is not None:
            ev.taken_at = stored.taken_at
        if ev.gps_lat is None and stored.gps_lat is not None and stored.gps_lon is not None:
            ev.gps_lat, ev.gps_lon = stored.gps_lat, stored.gps_lon
    link = m.EvidenceLink(
        evidence_id=ev.id,
        original_name=display_name(stored.original_name),
        attached_by=(attached_by or "系统")[:ATTACHED_BY_MAX],
        note=note,
        created_at=(now or dt.datetime.now()).replace(microsecond=0),
        **{column: owner_id},
    )
    session.add(link)
    session.flush()
    return link


def attach(db: Database, owner_kind: str, owner_id: int, files: Sequence[StoredFile], *,
           operator: str | None = None, note: str = "",
           now: dt.datetime | None = None) -> list[int]:
    """Attach archived files to one record in one unit of work; the new link ids."""
    owner_column(owner_kind)
    who = operator or db.operator or "系统"
    with unit_of_work(db, who) as session:
        _check_owner(session, owner_kind, owner_id)
        return [record_link(session, f, who, owner_kind, owner_id, note=note, now=now).id
                for f in files]


def _row(link: m.EvidenceLink, ev: m.Evidence, via: str = "") -> AttachmentRow:
    return AttachmentRow(
        link_id=link.id, evidence_id=ev.id, sha256=ev.sha256, original_name=link.original_name,
        size=ev.size, media_type=ev.media_type, attached_by=link.attached_by,
        attached_at=link.created_at, taken_at=ev.taken_at, gps_lat=ev.gps_lat,
        gps_lon=ev.gps_lon, note=link.note, via=via,
    )


def _transition_label(t: m.FindingTransition) -> str:
    states = t.to_state if t.from_state in (None, t.to_state) else f"{t.from_state}→{t.to_state}"
    return f"办理：{states}，{t.at.year}年{t.at.month}月{t.at.day}日"


def list_attachments(db: Database, owner_kind: str, owner_id: int, *,
                     with_transitions: bool = True) -> list[AttachmentRow]:
    """The attachments of one record, oldest first.

    For a finding, the attachments of its transitions (办理过程) are listed too, with
    ``via`` naming the transition, unless ``with_transitions`` is False.
    """
    column = getattr(m.EvidenceLink, owner_column(owner_kind))
    with read_session(db) as session:
        condition = column == owner_id
        labels: dict[int, str] = {}
        if owner_kind == "finding" and with_transitions:
            transitions = session.scalars(
                select(m.FindingTransition).where(m.FindingTransition.finding_id == owner_id))
            labels = {t.id: _transition_label(t) for t in transitions}
            if labels:
                condition = condition | m.EvidenceLink.finding_transition_id.in_(list(labels))
        rows = session.execute(
            select(m.EvidenceLink, m.Evidence)
            .join(m.Evidence, m.Evidence.id == m.EvidenceLink.evidence_id)
            .where(condition)
            .order_by(m.EvidenceLink.id)
        ).all()
        return [_row(link, ev, labels.get(link.finding_transition_id or 0, ""))
                for link, ev in rows]


def get_attachment(db: Database, link_id: int) -> AttachmentRow:
    with read_session(db) as session:
        link = session.get(m.EvidenceLink, link_id)
        if link is None:
            raise NotFoundError("找不到这份证据，可能已被删除。", hint="请刷新后重试。")
        return _row(link, link.evidence)


def is_recorded(db: Database, sha256: str) -> bool:
    """Whether any evidence row refers to this content (its file must then be kept)."""
    with read_session(db) as session:
        return session.scalar(
            select(func.count()).select_from(m.Evidence).where(m.Evidence.sha256 == sha256)
        ) != 0


def links_count(db: Database) -> int:
    with read_session(db) as session:
        return int(session.scalar(select(func.count()).select_from(m.EvidenceLink)) or 0)


__all__ = [
    "NAME_MAX",
    "OWNERS",
    "AttachmentRow",
    "StoredFile",
    "attach",
    "display_name",
    "get_attachment",
    "is_recorded",
    "links_count",
    "list_attachments",
    "owner_column",
    "record_link",
]
