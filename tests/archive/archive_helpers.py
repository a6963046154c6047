"""Helpers for the evidence archive tests: a demo database with evidence files of our own.

Evidence is created the way the store leaves it: the file written at its content address
(``archive/ab/cd/<sha256>``) and an ``evidence`` row with an ``evidence_link`` to one record.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from xuncha_desktop.archive.layout import blob_path
from xuncha_desktop.db import models as m
from xuncha_desktop.db.audit import SYSTEM_OPERATOR
from xuncha_desktop.db.engine import Database
from xuncha_desktop.services.bootstrap import open_for_use
from xuncha_desktop.services.demo import generate_demo
from xuncha_desktop.services.uow import read_session, unit_of_work

TODAY = dt.date(2026, 7, 14)


@dataclass
class Tour:
    db: Database
    db_path: Path
    archive: Path
    target_id: int
    finding_id: int
    finding_code: str
    interview_id: int
    result_id: int


def add_evidence(db: Database, archive: Path, content: bytes, name: str, *,
                 finding_id: int | None = None, interview_id: int | None = None,
                 checklist_result_id: int | None = None, media_type: str = "image/jpeg",
                 write_file: bool = True) -> str:
    """Store ``content`` under its hash and link it to one record; returns the SHA-256."""
    sha = hashlib.sha256(content).hexdigest()
    if write_file:
        path = blob_path(archive, sha)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    # As the internal operator: the test stands in for the store, whatever the roles say.
    with unit_of_work(db, SYSTEM_OPERATOR) as session:
        ev = session.scalar(select(m.Evidence).where(m.Evidence.sha256 == sha))
        if ev is None:
            ev = m.Evidence(sha256=sha, size=len(content), media_type=media_type)
            session.add(ev)
            session.flush()
        session.add(m.EvidenceLink(evidence_id=ev.id, original_name=name, attached_by="测试员",
                                   finding_id=finding_id, interview_id=interview_id,
                                   checklist_result_id=checklist_result_id))
    return sha


def pick_tour(db: Database) -> tuple[int, int, str, int, int]:
    with read_session(db) as session:
        row = session.execute(
            select(m.Interview.target_id, m.Finding.id, m.Finding.code, m.Interview.id)
            .join(m.Finding, m.Finding.target_id == m.Interview.target_id)
            .join(m.Checklist, m.Checklist.target_id == m.Interview.target_id)
            .order_by(m.Interview.id, m.Finding.id)
        ).first()
        assert row is not None, "the demo has a tour with an interview, findings and a checklist"
        target_id, finding_id, code, interview_id = row
        result_id = session.scalar(
            select(m.ChecklistResult.id).join(m.Checklist)
            .where(m.Checklist.target_id == target_id).order_by(m.ChecklistResult.id))
        assert result_id is not None
    return target_id, finding_id, code, interview_id, result_id



def clerk_login(db: Database) -> str:
    """An active 管理员 of the demo office (the roles allow them everything), else a name."""
    with read_session(db) as session:
        login = session.scalar(
            select(m.Operator.login)
            .where(m.Operator.role == m.OPERATOR_ROLES[0], m.Operator.active.is_(True))
            .order_by(m.Operator.id))
    return login or "测试员"


def make_demo(path: Path) -> Path:
    db = open_for_use(path, operator="测试")
    generate_demo(db, seed=5, today=TODAY)
    db.close()
    return path


def copy_demo(source: Path, folder: Path) -> tuple[Path, Path]:
    """A copy of the demo database (and of its archive folder, if the demo made one)."""
    db_path = folder / "巡查.db"
    shutil.copyfile(source, db_path)
    archive = folder / "巡查.archive"
    source_archive = source.with_name(source.stem + ".archive")
    if source_archive.is_dir():
        shutil.copytree(source_archive, archive)
    return db_path, archive
