"""Issuing documents from the demo database: 文号, register, reproduction, wording overrides."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from doc_helpers import docx_text, pdf_text, squash

from xuncha_desktop.db.engine import Database
from xuncha_desktop.documents import issue as issuing
from xuncha_desktop.documents.fonts import FontSet
from xuncha_desktop.documents.templates import load_template_text
from xuncha_desktop.errors import ExportError, NotFoundError, ValidationError
from xuncha_desktop.services import document_data, issued, numbering
from xuncha_desktop.services.bootstrap import open_for_use
from xuncha_desktop.services.demo import generate_demo

TODAY = dt.date(2026, 7, 14)
NUMBER = re.compile(r"^琼安委办〔2026〕[1-9]\d*号$")


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("issue") / "demo.db"
    db = open_for_use(path, operator="测试")
    generate_demo(db, seed=5, today=TODAY)
    db.close()
    return path


@pytest.fixture
def db(demo_path: Path, tmp_path: Path) -> Database:
    copy = tmp_path / "demo.db"
    copy.write_bytes(demo_path.read_bytes())
    database = open_for_use(copy, operator="文书张")
    yield database
    database.close()


def _first(db: Database, kind: str) -> int:
    return next(r.id for r in document_data.list_exportables(db) if r.kind == kind)


def test_notice_names_region_dates_team_and_contacts(db: Database) -> None:
    target = _first(db, "notice")
    facts = document_data.notice_facts(db, target)
    draft = issuing.build_document(db, "notice", target, date=TODAY)
    text = "\n".join(b.text for b in draft.document.blocks if hasattr(b, "text"))
    assert draft.document.addressee == f"{facts.region}人民政府"
    assert facts.region in draft.subject
    leader = next(x for x in facts.members if x.role == "组长")
    assert leader.name in text
    assert f"{facts.entry_date.year}年{facts.entry_date.month}月{facts.entry_date.day}日" in text
    assert "12350" in text  # 举报电话 from the office settings
    assert "不得隐瞒不报" in text  # duties of cooperation from the regulation
    assert len(facts.checklist) == 10
    assert draft.document.doc_number is None  # a draft carries no 文号


def test_issue_allocates_number_and_reexport_reproduces(db: Database, fonts: FontSet,
                                                        tmp_path: Path) -> None:
    target = _first(db, "notice")
    row = issuing.issue(db, "notice", target, date=TODAY)
    assert NUMBER.match(row.number)
    assert row.operator == "文书张" and row.issued_on == TODAY
    first = issuing.export_issued(db, row.id, "pdf", tmp_path / "a.pdf", fonts)
    again = issuing.export_issued(db, row.id, "pdf", tmp_path / "b.pdf", fonts)
    assert first.sha256 == again.sha256  # PDF rendering is invariant
    files = next(r for r in issued.list_issued(db) if r.id == row.id).files
    assert [f.sha256 for f in files] == [first.sha256, again.sha256]
    assert row.number in squash("".join(pdf_text((tmp_path / "a.pdf").read_bytes())))
    # The data changes afterwards; the issued document does not.
    from xuncha_desktop.db import models as m
    from xuncha_desktop.services import crud

    crud.update(db, m.Target, target, {"mobilization": "另一个会议室"})
    later = issuing.export_issued(db, row.id, "pdf", tmp_path / "c.pdf", fonts)
    assert later.sha256 == first.sha256
    docx = issuing.export_issued(db, row.id, "docx", tmp_path / "a.docx", fonts)
    assert squash(docx_text(docx.path.read_bytes())).find(squash(row.number)) >= 0
    # Word files are reproducible too: the package's time stamps come from the document.
    docx_again = issuing.export_issued(db, row.id, "docx", tmp_path / "b.docx", fonts)
    assert docx_again.sha256 == docx.sha256
    import zipfile

    with zipfile.ZipFile(docx.path) as z:
        assert {i.date_time for i in z.infolist()} == {(TODAY.year, TODAY.month, TODAY.day,
                                                        0, 0, 0)}


def test_each_issue_gets_the_next_number(db: Database) -> None:
    ids = [r.id for r in document_data.list_exportables(db) if r.kind == "notice"][:3]
    numbers = [issuing.issue(db, "notice", t, date=TODAY).number for t in ids]
    assert [numbering.parse_number(n)[2] for n in numbers] == [1, 2, 3]


def test_interview_notice_lists_problems_and_attendees(db: Database) -> None:
    iv = _first(db, "interview-notice")
    facts = document_data.interview_facts(db, iv)
    draft = issuing.build_document(db, "interview-notice", iv, date=TODAY)
    body = "\n".join(b.text for b in draft.document.blocks if hasattr(b, "text"))
    assert draft.document.title == "约谈通知书"
    assert draft.document.addressee == facts.party
    for problem in facts.problems:
        assert problem in body
    for person in facts.interviewees:
        assert person in body
    assert "不得委托他人代替" in body


def test_unknown_kind_and_id_are_explained(db: Database,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValidationError, match="未知的文书种类“memo”"):
        issuing.build_document(db, "memo", 1)
    with pytest.raises(ValidationError, match="年度“1”不正确"):
        issuing.build_document(db, "annual-report", 1)
    monkeypatch.delitem(document_data.IMPLEMENTED_KINDS, "annual-report")
    with pytest.raises(ValidationError, match="尚不能导出"):
        issuing.build_document(db, "annual-report", 2026)
    with pytest.raises(NotFoundError, match="找不到编号为 999999 的巡查对象"):
        issuing.build_document(db, "notice", 999999)


def test_failed_export_takes_no_number(db: Database, fonts: FontSet, tmp_path: Path) -> None:
    target = _first(db, "notice")
    with pytest.raises(ExportError):
        issuing.export_draft(db, "notice", target, "pdf", tmp_path / "nope" / "x.pdf", fonts)
    assert numbering.list_numbers(db) == []
    assert not list(tmp_path.glob("**/*.tmp"))


def test_wording_override_is_validated_used_and_reverted(db: Database) -> None:
    target = _first(db, "notice")
    text = load_template_text("notice").replace("现将有关事项通知如下", "特此通知如下")
    issuing.save_wording(db, "notice", text)
    body = " ".join(b.text for b in issuing.build_document(db, "notice", target).document.blocks
                    if hasattr(b, "text"))
    assert "特此通知如下" in body
    bad = text + "\n联系人：{{ leader_phone }}\n"
    with pytest.raises(ValidationError, match=re.escape("未知的占位符“{{ leader_phone }}”")):
        issuing.save_wording(db, "notice", bad)
    from xuncha_desktop.services import wording

    assert wording.get_override(db, "notice") == text  # the bad text was not stored
    assert wording.revert_override(db, "notice") is True
    assert wording.get_override(db, "notice") is None
