"""The ``checklist`` document: blank and filled forms contain every item; long notes run on."""

from __future__ import annotations

import datetime as dt
import io
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
from xuncha_desktop.documents.model import Table, document_text
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


def _content(data: bytes) -> list[bytes]:
    from pypdf import PdfReader

    return [page.get_contents().get_data() for page in PdfReader(io.BytesIO(data)).pages]


def test_checklist_is_a_form_not_an_official_document(db: Database, fonts: FontSet) -> None:
    """No red 发文机关标志, rule or 文号: the plain title on the first line of the page."""
    import docx as python_docx
    from docx.oxml.ns import qn

    cid = finished(db)
    for blank in (True, False):
        doc = issuing.build_document(db, "checklist", cid, date=TODAY, blank=blank).document
        lines = document_text(doc)
        assert doc.issuer_mark not in lines
        assert lines[0] == ("安全生产巡查检查表（现场填写用）" if blank else "安全生产巡查检查表")
        pdf = render_bytes(doc, "pdf", fonts)
        text = squash(PAGE_NUMBER.sub("", pdf_text(pdf)[0]))
        assert text.startswith(squash(lines[0] + lines[1])), text[:40]
        assert "委员会办公室文件" not in text
        for content in _content(pdf):  # nothing drawn in red
            assert b"1 0 0 rg" not in content and b"1 0 0 RG" not in content
        d = python_docx.Document(io.BytesIO(render_bytes(doc, "docx", fonts)))
        first = next(p for p in d.paragraphs if p.text)
        assert first.text.startswith("安全生产巡查检查表")
        assert first.paragraph_format.space_before in (None, 0)
        assert not d.element.body.findall(".//" + qn("w:pBdr"))  # no red rule
        assert all(r.font.color.rgb is None for p in d.paragraphs for r in p.runs)


def test_checklist_columns_are_sized_to_their_content(db: Database, fonts: FontSet) -> None:
    import docx as python_docx
    from docx.oxml.ns import qn

    from xuncha_desktop.documents import layout as L

    cid = finished(db)
    blank = issuing.build_document(db, "checklist", cid, date=TODAY, blank=True).document
    table = next(b for b in blank.blocks if isinstance(b, Table) and b.header[0] == "序号")
    widths, size, _leading = L.table_layout(table.header, table.rows, table.col_widths)
    number, content, result, notes = widths
    assert number < result < notes < content
    assert content > 0.45 * L.TEXT_WIDTH
    assert number < 3.5 * size + L.CELL_PADDING  # 序号 narrow
    assert result >= L.char_units("□基本符合") * size + L.CELL_PADDING  # the longest choice fits
    d = python_docx.Document(io.BytesIO(render_bytes(blank, "docx", fonts)))
    grid = [int(c.get(qn("w:w"))) for c in d.tables[0]._tbl.tblGrid.findall(qn("w:gridCol"))]
    assert grid == [round(w * 20) for w in widths]
    filled = issuing.build_document(db, "checklist", cid, date=TODAY).document
    table = next(b for b in filled.blocks if isinstance(b, Table) and b.header[0] == "序号")
    widths = L.column_widths(table.header, table.rows, table.col_widths)
    # 检查内容 is (about) the widest; 方式及地点 may be as wide where a unit name must stay whole.
    assert widths[0] == min(widths) and widths[1] >= 0.95 * max(widths)
    assert widths[2] >= L.char_units("基本符合") * L.TABLE_SMALL_SIZE + L.CELL_PADDING


def test_checklist_header_row_repeats_on_every_page(db: Database, fonts: FontSet) -> None:
    import docx as python_docx
    from docx.oxml.ns import qn

    cid = finished(db)
    blank = issuing.build_document(db, "checklist", cid, date=TODAY, blank=True).document
    pages = [squash(PAGE_NUMBER.sub("", p)) for p in pdf_text(render_bytes(blank, "pdf", fonts))]
    assert len(pages) >= 2
    head = "序号检查内容及检查要点检查结果情况记录"
    assert head in pages[0]
    for page in pages[1:]:
        assert page.startswith(head), page[:40]
    d = python_docx.Document(io.BytesIO(render_bytes(blank, "docx", fonts)))
    assert d.tables[0].rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    # The signature places are a table of their own after the items.
    assert [c.text for c in d.tables[-1].rows[0].cells] == ["检查人（签字）", "组长（签字）", "日期"]
