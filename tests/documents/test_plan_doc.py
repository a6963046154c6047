"""The `plan` document and batch issuing of 巡查通知, on the demo database."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from doc_helpers import docx_text, squash

from xuncha_desktop.db.engine import Database
from xuncha_desktop.documents import issue as issuing
from xuncha_desktop.documents import plan_doc
from xuncha_desktop.documents.fonts import FontSet
from xuncha_desktop.documents.model import Heading, ListBlock, Paragraph, Table
from xuncha_desktop.errors import StateError, ValidationError
from xuncha_desktop.services import document_data, issued, numbering, plans
from xuncha_desktop.services.bootstrap import open_for_use
from xuncha_desktop.services.demo import generate_demo

TODAY = dt.date(2026, 7, 14)
NUMBER = re.compile(r"^琼安委办〔2026〕([1-9]\d*)号$")


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("plan_doc") / "demo.db"
    db = open_for_use(path, operator="测试")
    generate_demo(db, seed=11, today=TODAY)
    db.close()
    return path


@pytest.fixture
def db(demo_path: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "demo.db"
    copy.write_bytes(demo_path.read_bytes())
    database = open_for_use(copy, operator="文书张")
    yield database
    database.close()


def text_of(doc) -> str:  # type: ignore[no-untyped-def]
    parts: list[str] = []
    for b in doc.blocks:
        if isinstance(b, Heading | Paragraph):
            parts.append(b.text)
        elif isinstance(b, Table):
            parts += [" ".join(b.header)] + [" ".join(r) for r in b.rows]
        elif isinstance(b, ListBlock):
            parts += list(b.item_texts())
    return "\n".join(parts)


def cn(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def plan_of_year(db: Database, year: int) -> int:
    found = plans.plan_for_year(db, year)
    assert found is not None
    return found[0]


def test_plan_document_lists_batches_regions_dates_teams_and_coverage(db, fonts: FontSet,
                                                                       tmp_path: Path) -> None:
    pid = plan_of_year(db, 2026)
    facts = plans.plan_facts(db, pid, TODAY)
    draft = issuing.build_document(db, "plan", pid, date=TODAY)
    doc = draft.document
    text = text_of(doc)
    assert doc.title.replace("\n", "") == f"关于报请审定{facts.title}的请示"
    assert doc.addressee == "省安全生产委员会"
    assert doc.doc_number is None
    for b in facts.batches:
        assert b.label in text
        for t in b.targets:
            row = next(r for r in text.splitlines() if f" {t.region} " in f" {r} ")
            assert cn(t.entry_date) in row and cn(t.exit_date) in row
            assert t.team and t.team in row
            assert t.leader and t.leader in row
    cov = facts.coverage
    assert f"本巡查周期应巡查市县{cov.total}个" in text
    assert f"已完成巡查{cov.covered}个，尚余{cov.remaining}个" in text
    assert "以上请示，请审定。" in text
    # Exported as DOCX: the same words reach the file.
    out = tmp_path / "plan.docx"
    issuing.export_draft(db, "plan", pid, "docx", out, fonts)
    body = squash(docx_text(out.read_bytes()))
    assert squash(facts.batches[0].targets[0].region) in body
    assert "全覆盖工作进展" in body


def test_plan_is_issued_with_a_well_formed_number_and_listed(db) -> None:
    pid = plan_of_year(db, 2027)
    assert any(e.kind == "plan" and e.id == pid for e in document_data.list_exportables(db))
    row = issuing.issue(db, "plan", pid, date=TODAY)
    assert NUMBER.match(row.number)
    _row, doc = issuing.issued_document(db, row.id)
    assert doc.doc_number == row.number
    assert "2027年度" in doc.title


def test_notice_names_region_dates_and_team_leader_and_contact(db) -> None:
    pid = plan_of_year(db, 2026)
    facts = plans.plan_facts(db, pid, TODAY)
    target = facts.batches[0].targets[0]
    row = issuing.issue(db, "notice", target.target_id, date=TODAY)
    assert NUMBER.match(row.number)
    _row, doc = issuing.issued_document(db, row.id)
    text = text_of(doc)
    assert doc.doc_number == row.number
    assert doc.addressee == f"{target.region}人民政府"
    assert f"{cn(target.entry_date)}至{cn(target.exit_date)}" in text
    assert target.team in text
    assert f"{target.leader}同志担任" in text
    assert "举报电话：12350" in text
    assert "不得对反映问题人员进行打击、报复、陷害" in text


def approved_batch(db: Database) -> tuple[int, list[plans.BatchTarget]]:
    pid = plan_of_year(db, 2027)
    for state in ("报批", "已批准"):
        plans.transition(db, pid, state)
    batch_id = plans.load_plan(db, pid).data.batches[0].id
    assert batch_id is not None
    _state, targets = plans.batch_targets(db, batch_id)
    return batch_id, targets


def test_batch_issuing_gives_each_notice_its_own_consecutive_number(db) -> None:
    batch_id, targets = approved_batch(db)
    before = {n.number for n in numbering.list_numbers(db, "琼安委办", 2026)}
    result = plan_doc.issue_batch_notices(db, batch_id, TODAY, operator="文书张")
    assert len(result.issued) == len(targets) >= 2 and result.skipped == ()
    numbers = [int(NUMBER.match(r.number).group(1)) for r in result.issued]  # type: ignore[union-attr]
    start = max(before, default=0) + 1
    assert numbers == list(range(start, start + len(targets)))
    assert [r.recipient for r in result.issued] == [f"{t.region}人民政府" for t in targets]
    for r, t in zip(result.issued, targets, strict=True):
        _row, doc = issuing.issued_document(db, r.id)
        assert doc.doc_number == r.number and t.region in doc.title
    # Issuing again skips the notices already issued.
    again = plan_doc.issue_batch_notices(db, batch_id, TODAY)
    assert again.issued == ()
    assert [region for region, _n in again.skipped] == [t.region for t in targets]


def test_batch_issuing_is_all_or_nothing(db, monkeypatch: pytest.MonkeyPatch) -> None:
    batch_id, targets = approved_batch(db)
    numbers_before = numbering.list_numbers(db)
    register_before = issued.list_issued(db)
    real = issuing.build_document
    calls = {"n": 0}

    def failing(*args, **kwargs):  # type: ignore[no-untyped-def]
        if kwargs.get("doc_number"):
            calls["n"] += 1
            if calls["n"] == 2:
                raise ValidationError("模板出错：测试")
        return real(*args, **kwargs)

    monkeypatch.setattr(issuing, "build_document", failing)
    with pytest.raises(ValidationError):
        plan_doc.issue_batch_notices(db, batch_id, TODAY)
    assert numbering.list_numbers(db) == numbers_before
    assert issued.list_issued(db) == register_before
    assert calls["n"] == 2 and len(targets) >= 2


def test_batch_issuing_needs_an_approved_plan(db) -> None:
    pid = plan_of_year(db, 2027)  # 草拟 in the demo
    batch_id = plans.load_plan(db, pid).data.batches[0].id
    assert batch_id is not None
    with pytest.raises(StateError) as err:
        plan_doc.issue_batch_notices(db, batch_id, TODAY)
    assert "批准" in err.value.hint
    assert issued.list_issued(db, "notice") == []
