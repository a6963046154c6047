"""The ``checklist`` document: blank and filled forms contain every item; long notes run on."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from doc_helpers import PAGE_NUMBER, docx_text, pdf_text, squash
from sqlalchemy import select

from xuncha_desktop.cli import main
from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.documents import issue as issuing
from xuncha_desktop.documents.export import render_bytes
from xuncha_desktop.documents.fonts import FontSet
from xuncha_desktop.errors import ValidationError
from xuncha_desktop.services import checklists as cs
from xuncha_desktop.services.bootstrap import open_for_use
from xuncha_desktop.services.demo import generate_demo
from xuncha_desktop.services.uow import read_session

TODAY = dt.date(2026, 7, 14)


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


def finished(db: Database) -> int:
    with read_session(db) as s:
        cid = s.scalar(select(m.Checklist.id).where(m.Checklist.state == "已完成"))
    assert cid is not None
    return cid


def test_blank_and_filled_forms_contain_every_item(db: Database, fonts: FontSet) -> None:
    cid = finished(db)
    view = cs.checklist_view(db, cid)
    blank = issuing.build_document(db, "checklist", cid, date=TODAY, blank=True).document
    filled = issuing.build_document(db, "checklist", cid, date=TODAY).document
    for doc, fmt in ((blank, "pdf"), (blank, "docx"), (filled, "pdf"), (filled, "docx")):
        data = render_bytes(doc, fmt, fonts)  # type: ignore[arg-type]
        text = squash("".join(pdf_text(data)) if fmt == "pdf" else docx_text(data))
        for item in view.items:
            assert squash(item.item.title) in text, (fmt, item.item.number)
        assert "检查人（签字）" in text and view.region in text
        if doc is blank:
            assert text.count("□基本符合") == len(view.leaves)
            assert "情况记录" in text
        else:
            for item in view.leaves:
                assert squash(item.notes) in text
            assert "最终得分" in text and "计算等次" in text


def test_long_notes_print_whole_across_pages(db: Database, fonts: FontSet) -> None:
    with read_session(db) as s:
        tid = s.scalar(select(m.Target.id).where(m.Target.id.not_in(select(m.Checklist.target_id))))
    assert tid is not None
    cid = cs.create_checklist(db, tid)
    notes = ("经查阅资料和实地检查，" + "部分企业隐患排查治理台账记录不完整，整改闭环管理不到位；" * 800)[:20000]
    item = cs.checklist_view(db, cid).leaves[0].item.id
    cs.record_result(db, cid, item, cs.ResultInput("不符合", notes=notes, inspector="王五"))
    doc = issuing.build_document(db, "checklist", cid, date=TODAY).document
    pages = pdf_text(render_bytes(doc, "pdf", fonts))
    assert len(pages) > 10
    assert squash(notes) in squash("".join(PAGE_NUMBER.sub("", p) for p in pages))
    docx = squash(docx_text(render_bytes(doc, "docx", fonts)))
    assert squash(notes) in docx


def test_checklist_is_not_issued_with_a_number(db: Database) -> None:
    with pytest.raises(ValidationError, match="检查表不是公文"):
        issuing.issue(db, "checklist", finished(db), date=TODAY)


def test_cli_exports_filled_and_blank(db_path: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    db = open_for_use(db_path, operator="测试")
    try:
        cid = finished(db)
        titles = cs.checklist_view(db, cid).items
    finally:
        db.close()
    for extra, name in (([], "filled.docx"), (["--blank"], "blank.docx")):
        out = tmp_path / name
        code = main(["--db", str(db_path), "export", "checklist", str(cid), "--format", "docx",
                     "--out", str(out), *extra])
        assert code == 0
        text = squash(docx_text(out.read_bytes()))
        assert all(squash(i.item.title) in text for i in titles)
        assert ("□基本符合" in text) == bool(extra)
    assert "已写入" in capsys.readouterr().out
