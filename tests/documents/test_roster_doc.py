"""The ``roster`` document: each member with role, unit and 抽取/指定 (附件1); the draw record
(附件2); both annexes after the 署名."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from doc_helpers import docx_text, pdf_text, squash
from pypdf import PdfReader
from sqlalchemy import select

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.documents import issue as issuing
from xuncha_desktop.documents.export import render_bytes
from xuncha_desktop.documents.fonts import FontSet
from xuncha_desktop.documents.model import document_text
from xuncha_desktop.services import document_data
from xuncha_desktop.services.bootstrap import open_for_use
from xuncha_desktop.services.demo import DRAW_ALGORITHM, generate_demo
from xuncha_desktop.services.uow import read_session

TODAY = dt.date(2026, 7, 14)
SRC = Path(__file__).resolve().parents[2] / "src"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = open_for_use(path, operator="测试")
    generate_demo(db, seed=7, today=TODAY)
    db.close()
    return path


@pytest.fixture
def db_path(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "d.db"
    shutil.copy(demo_file, path)
    return path


@pytest.fixture
def db(db_path: Path):  # type: ignore[no-untyped-def]
    database = open_for_use(db_path, operator="测试")
    yield database
    database.close()


def team_with_appointee(db: Database) -> int:
    with read_session(db) as s:
        tid = s.scalar(
            select(m.Membership.team_id)
            .where(m.Membership.selection == "指定", m.Membership.leave_date.is_(None))
            .where(m.Membership.team_id.in_(select(m.Draw.team_id)))
            .order_by(m.Membership.team_id)
        )
    assert tid is not None, "the demo has a team with a drawn and an appointed member"
    return tid


def test_roster_names_members_selection_and_annex(db: Database, fonts: FontSet) -> None:
    tid = team_with_appointee(db)
    doc = issuing.build_document(db, "roster", tid, date=TODAY).document
    lines = document_text(doc)
    with read_session(db) as s:
        members = [ms for ms in s.scalars(select(m.Membership).where(
            m.Membership.team_id == tid, m.Membership.leave_date.is_(None)))]
        expected = [(ms.role, ms.person.name, ms.person.unit, ms.selection,
                     ms.selection_reason) for ms in members]
        records = [(d.seed, len(json.loads(d.candidates_json)), d.operator)
                   for d in s.scalars(select(m.Draw).where(m.Draw.team_id == tid))]
    assert {"抽取", "指定"} <= {sel for *_x, sel, _r in expected}
    for role, name, unit, selection, reason in expected:
        row = next(x for x in lines if x.startswith(f"{role} {name} "))
        assert unit in row and row.endswith(selection), row
        if selection == "指定":
            assert any(name in x and "指定" in x and reason.rstrip("。") in x for x in lines)
    # 请示 body, then 署名 and 成文日期, then 附件1 (the roster) and 附件2 (the draw record),
    # each on new pages, then the 版记.
    assert doc.signer is not None and doc.has_imprint
    signed = lines.index(doc.signer)
    roster_at = lines.index("附件1")
    annex_at = lines.index("附件2")
    assert lines[signed + 1] == "2026年7月14日"
    assert lines[roster_at - 1] == "2026年7月14日"
    assert lines[roster_at + 1] == "巡查组组成人员名单"
    assert lines[annex_at + 1] == "巡查组成员随机抽取记录"
    assert lines[signed - 3:signed] == [  # 附件说明 between the body and the 署名
        "以上请示，请审批。", "附件：1.巡查组组成人员名单", "2.巡查组成员随机抽取记录"]
    assert all(not x.startswith(f"{role} {name} ") for x in lines[:signed]
               for role, name, *_r in expected)  # the table is not in the body any more
    assert lines[-1].endswith("印发") and lines[-2].startswith("抄送：")
    annex = lines[annex_at:]
    assert records
    for seed, count, operator in records:
        assert f"随机种子 {seed}" in annex
        assert any(x.startswith("候选人数") and x.endswith(f" {count}人") for x in annex)
        assert f"操作员 {operator}" in annex
    assert f"抽取算法 {DRAW_ALGORITHM}" in annex
    assert any(x.startswith("复核结果 复核通过") for x in annex)
    # Both files carry the text (the test machine's PDF fonts lack some rare name characters,
    # so names are compared in the DOCX only).
    docx = docx_text(render_bytes(doc, "docx", fonts))
    pdf = squash("".join(pdf_text(render_bytes(doc, "pdf", fonts))))
    for _role, name, unit, _sel, _reason in expected:
        assert name in docx and unit in docx
    for text in (squash(docx), pdf):
        assert squash(records[0][0]) in text and "附件2巡查组成员随机抽取记录" in text
    # In the PDF each annex starts a page.
    pages = [squash(p) for p in pdf_text(render_bytes(doc, "pdf", fonts))]
    starts = [n for n, p in enumerate(pages) if p.startswith(("附件1", "附件2"))]
    assert len(starts) == 2 and pages[starts[0]].startswith("附件1巡查组组成人员名单")
    assert "以上请示，请审批" not in "".join(pages[starts[0]:])


def test_roster_is_listed_and_issuable(db: Database) -> None:
    tid = team_with_appointee(db)
    assert "roster" in document_data.IMPLEMENTED_KINDS
    assert any(e.kind == "roster" and e.id == tid for e in document_data.list_exportables(db))
    row = issuing.issue(db, "roster", tid, date=TODAY, operator="测试")
    _row, doc = issuing.issued_document(db, row.id)
    assert doc.doc_number == row.number and doc.addressee == "省安全生产委员会"


def test_export_roster_pdf_from_the_command_line(db_path: Path, tmp_path: Path) -> None:
    db = open_for_use(db_path, operator="测试")
    try:
        tid = team_with_appointee(db)
    finally:
        db.close()
    out = tmp_path / "roster.pdf"
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run(
        [sys.executable, "-m", "xuncha_desktop.cli", "--db", str(db_path), "export", "roster",
         str(tid), "--format", "pdf", "--out", str(out)],
        capture_output=True, text=True, env=env, timeout=180, check=False,
    )
    assert done.returncode == 0, done.stderr
    text = squash("".join(page.extract_text() for page in PdfReader(out).pages))
    assert "组成人员名单" in text and "随机种子" in text
