"""The issued-documents register (发文登记).

Each issued document keeps its kind, 文号, subject, recipient, date, operator, the content it
was rendered from (JSON, so exporting it again reproduces it exactly) and the SHA-256 of
every file written.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import NotFoundError
from xuncha_desktop.services.uow import read_session, unit_of_work


@dataclass(frozen=True)
class IssuedFileRow:
    format: str
    filename: str
    sha256: str


@dataclass(frozen=True)
class IssuedRow:
    id: int
    kind: str
    number: str
    number_state: str
    source_id: int
    subject: str
    recipient: str
    issued_on: dt.date
    operator: str
    files: tuple[IssuedFileRow, ...]


def _row(d: m.IssuedDocument) -> IssuedRow:
    return IssuedRow(
        id=d.id, kind=d.kind, number=d.number.text if d.number else "",
        number_state=d.number.state if d.number else "", source_id=d.source_id,
        subject=d.subject, recipient=d.recipient, issued_on=d.issued_on, operator=d.operator,
        files=tuple(IssuedFileRow(f.format, f.filename, f.sha256) for f in d.files),
    )


def register(session: Session, *, kind: str, source_id: int, subject: str, recipient: str,
             issued_on: dt.date, operator: str, content: dict[str, Any],
             number: m.DocNumber | None) -> m.IssuedDocument:
    doc = m.IssuedDocument(
        kind=kind, number=number, source_id=source_id, subject=subject, recipient=recipient,
        issued_on=issued_on, operator=operator,
        content_json=json.dumps(content, ensure_ascii=False, sort_keys=True),
    )
    session.add(doc)
    session.flush()
    return doc


def record_file(db: Database, document_id: int, fmt: str, filename: str, sha256: str,
                operator: str | None = None) -> None:
    with unit_of_work(db, operator) as session:
        if session.get(m.IssuedDocument, document_id) is None:
            raise NotFoundError(f"找不到编号为 {document_id} 的发文记录。")
        session.add(m.IssuedFile(document_id=document_id, format=fmt, filename=filename,
                                 sha256=sha256))


def list_issued(db: Database, kind: str | None = None) -> list[IssuedRow]:
    with read_session(db) as session:
        stmt = (
            select(m.IssuedDocument)
            .options(selectinload(m.IssuedDocument.number), selectinload(m.IssuedDocument.files))
            .order_by(m.IssuedDocument.issued_on.desc(), m.IssuedDocument.id.desc())
        )
        if kind:
            stmt = stmt.where(m.IssuedDocument.kind == kind)
        return [_row(d) for d in session.scalars(stmt)]


def issued_content(db: Database, document_id: int) -> tuple[IssuedRow, dict[str, Any]]:
    with read_session(db) as session:
        d = session.get(m.IssuedDocument, document_id)
        if d is None:
            raise NotFoundError(f"找不到编号为 {document_id} 的发文记录。")
        return _row(d), json.loads(d.content_json)
