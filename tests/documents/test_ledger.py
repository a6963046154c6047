"""The ledger (Excel and landscape PDF) and the 整改通知书 as the clerk gets them."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from xuncha_desktop.db import models as m
from xuncha_desktop.documents import issue as issuing
from xuncha_desktop.documents.fonts import FontSet
from xuncha_desktop.documents.ledger import LedgerCancelled, export_ledger
from xuncha_desktop.documents.model import document_text
from xuncha_desktop.errors import StateError, ValidationError
from xuncha_desktop.services import findings as fs
from xuncha_desktop.services.bootstrap import open_for_use
from xuncha_desktop.services.demo import generate_demo
from xuncha_desktop.services.ledger import LEDGER_COLUMNS
from xuncha_desktop.services.queries import format_date, plan_choices
from xuncha_desktop.services.uow import read_session, unit_of_work

TODAY = dt.date(2026, 7, 14)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = open_for_use(path, operator="测试")
    generate_demo(db, seed=11, today=TODAY)
    db.close()
    return path


@pytest.fixture
def db(demo_file: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "l.db"
    shutil.copy(demo_file, path)
    database = open_for_use(path, operator="测试")
    yield database
    database.close()


def test_excel_ledger_columns_rows_and_text_cells(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with unit_of_work(db, "测试") as s:
        f = s.scalar(select(m.Finding).where(m.Finding.state == "整改中").order_by(m.Finding.id))
        assert f is not None
        f.description = "=1+1"
        f.requirement = "@SUM(A1)"
        code = f.code
        total = len(list(s.scalars(select(m.Finding.id))))
    out = tmp_path / "台账.xlsx"
    seen: list[int] = []
    result = export_ledger(db, None, "xlsx", out, today=TODAY,
                           progress=lambda done, _t: seen.append(done))
    assert result.rows == total and seen[-1] == total
    ws = openpyxl.load_workbook(out).active
    headers = [c.value for c in ws[1]]
    assert headers == [label for _k, label in LEDGER_COLUMNS]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:T{total + 1}"
    assert ws.max_row == total + 1
    col = {h: i for i, h in enumerate(headers)}
    row = next(r for r in ws.iter_rows(min_row=2) if r[col["编号"]].value == code)
    assert row[col["问题描述"]].value == "=1+1"
    assert row[col["问题描述"]].data_type == "s"
    assert row[col["整改要求"]].value == "@SUM(A1)"
    assert row[col["整改要求"]].data_type == "s"
    assert row[col["状态"]].value == "整改中"
    assert "交办" in row[col["办理过程"]].value
    overdue = [r for r in ws.iter_rows(min_row=2) if r[col["期限状态"]].value == "逾期"]
    assert overdue and all(r[col["逾期天数"]].value > 0 for r in overdue)
    # widths fit Chinese text: the description column is wider than the sequence column
    assert ws.column_dimensions["G"].width > ws.column_dimensions["A"].width >= 4


def test_cancelled_export_leaves_no_file(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "x.xlsx"
    with pytest.raises(LedgerCancelled):
        export_ledger(db, None, "xlsx", out, today=TODAY, cancelled=lambda: True)
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".x.xlsx")]


def test_pdf_ledger_is_landscape_a4_with_the_codes(db, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                   fonts: FontSet) -> None:
    plan_id = next(c.id for c in plan_choices(db) if "2026" in c.label)
    out = tmp_path / "台账.pdf"
    result = export_ledger(db, plan_id, "pdf", out, fonts=fonts, today=TODAY)
    reader = PdfReader(out)
    page = reader.pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    assert width > height and abs(width - 841.89) < 1 and abs(height - 595.27) < 1
    text = "".join(p.extract_text() for p in reader.pages)
    assert "问题隐患整改台账" in text
    with read_session(db) as s:
        codes = list(s.scalars(
            select(m.Finding.code).join(m.Target).join(m.Batch).where(m.Batch.plan_id == plan_id)))
    assert result.rows == len(codes) > 0
    for code in codes[:20]:
        assert code in text


def test_pdf_ledger_keeps_short_columns_on_one_line(db, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                    fonts: FontSet) -> None:
    """编号, 类别, 整改期限, 状态 and 期限状态 are never split across lines (the fixed column
    weights used to print 重大事故隐/患 and 2026年7月/14日)."""
    from xuncha_desktop.services.findings import load_behind_share
    from xuncha_desktop.services.ledger import iter_ledger
    from xuncha_desktop.services.office_settings import load_office_settings

    out = tmp_path / "台账.pdf"
    result = export_ledger(db, None, "pdf", out, fonts=fonts, today=TODAY)
    lines = {line.strip() for page in PdfReader(out).pages
             for line in page.extract_text().splitlines()}
    rows = [r for chunk in iter_ledger(db, None, today=TODAY,
                                       due_soon_days=load_office_settings(db).due_soon_days,
                                       behind_share=load_behind_share(db)) for r in chunk]
    assert len(rows) == result.rows > 0
    for key in ("code", "kind", "deadline", "state", "deadline_status"):
        values = {"" if getattr(r, key) is None else (
            format_date(getattr(r, key)) if key == "deadline" else str(getattr(r, key)))
            for r in rows} - {""}
        assert values and values <= lines, (key, sorted(values - lines)[:5])
    assert "重大事故隐患" in lines


def test_rectification_notice_lists_findings_and_how_to_report(db) -> None:  # type: ignore[no-untyped-def]
    rows = fs.FindingListQuery(TODAY).page(
        db, 0, 500, flt=fs.FindingFilter(state="整改中", deadline_status="正常"))
    region = rows[0].region
    ids = [r.id for r in rows if r.region == region][:3]
    draft = issuing.build_document(db, "rectification-notice", ids[0], finding_ids=ids,
                                   date=TODAY, supervision=False)
    text = "\n".join(document_text(draft.document))
    assert "整改通知书" in draft.subject
    for fid in ids:
        d = fs.finding_detail(db, fid, TODAY)
        assert d.code in text and d.requirement in text
        assert format_date(d.deadline) in text
    assert "书面报送" in text and "请于" in text
    supervision = issuing.build_document(db, "rectification-notice", ids[0], finding_ids=ids,
                                         date=TODAY, supervision=True)
    assert "督办函" in supervision.subject
    row = issuing.issue(db, "rectification-notice", ids[0], date=TODAY, finding_ids=ids)
    assert row.number.startswith("琼安委办〔2026〕")
    for fid in ids:
        last = fs.finding_detail(db, fid, TODAY).timeline[-1]
        assert last.event == "发出整改通知书" and row.number in last.note


def test_notice_refuses_findings_of_two_regions_or_unassigned(db) -> None:  # type: ignore[no-untyped-def]
    q = fs.FindingListQuery(TODAY)
    rows = q.page(db, 0, 1000, flt=fs.FindingFilter(state="整改中"))
    by_region: dict[str, int] = {}
    for r in rows:
        by_region.setdefault(r.region, r.id)
    two = list(by_region.values())[:2]
    with pytest.raises(ValidationError, match="一个市县"):
        issuing.build_document(db, "rectification-notice", two[0], finding_ids=two, date=TODAY)
    found = q.page(db, 0, 1, flt=fs.FindingFilter(state="已发现"))[0].id
    with pytest.raises(StateError, match="尚未交办"):
        issuing.build_document(db, "rectification-notice", found, date=TODAY)
