"""巡查反馈意见, 巡查报告 and the annual report with its 考核 table: exact numbers of a
hand-built database in the text of the DOCX and the PDF, and the Excel cells."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from doc_helpers import PAGE_NUMBER, docx_text, pdf_text, squash

sys.path.insert(0, str(Path(__file__).parents[1] / "services"))

from results_fixture import TODAY, Ids, build

from xuncha_desktop.cli import main
from xuncha_desktop.db.engine import Database
from xuncha_desktop.documents import issue as issuing
from xuncha_desktop.documents.annual_report import ASSESSMENT_HEADER
from xuncha_desktop.documents.assessment_xlsx import FIRST_ROW, HEADER_ROW, export_assessment
from xuncha_desktop.documents.export import render_bytes
from xuncha_desktop.documents.fonts import FontSet
from xuncha_desktop.documents.model import Figure, document_text
from xuncha_desktop.errors import NotFoundError, ValidationError
from xuncha_desktop.services import document_data, results


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, Ids, Path]]:
    path = tmp_path_factory.mktemp("resdocs") / "r.db"
    db, ids = build(path)
    yield db, ids, path
    db.close()


def _texts(db: Database, kind: str, source_id: int, fonts: FontSet) -> dict[str, str]:
    """The squashed text of the DOCX and of the PDF (page numbers removed)."""
    doc = issuing.build_document(db, kind, source_id, date=TODAY).document
    pdf = PAGE_NUMBER.sub("", "".join(pdf_text(render_bytes(doc, "pdf", fonts))))
    return {"docx": squash(docx_text(render_bytes(doc, "docx", fonts))), "pdf": squash(pdf),
            "model": squash("".join(document_text(doc)))}


FEEDBACK_FACTS = [
    "关于对三亚市安全生产巡查情况的反馈意见",
    "三亚市人民政府：",
    "省安全生产第一巡查组于2026年3月2日至2026年3月12日对三亚市开展了安全生产巡查",
    "巡查组由4名同志组成，组长为省应急管理厅副厅长王建国",
    "采取听取汇报、查阅资料、实地检查等方式",
    "延伸巡查单位6个，其中乡镇1个、部门2个、企业3家",
    "巡查检查表共检查10项，其中符合5项、基本符合1项、不符合2项、不适用1项、尚未填写1项",
    "巡查共发现问题隐患5项，其中一般事故隐患2项、重大事故隐患1项、非法违法行为1项、管理问题1项",
    "查阅资料份数、个别谈话人数、受理举报件数在系统中没有登记",
    "（一）巡查内容第6项：依法依规",
    "（3项）",
    "1.储罐区防火堤破损未修复（三亚甲化工有限公司）。",
    "（二）巡查内容第9项：",
    "（三）其他问题（1项）",
    "巡查内容第6项、第9项等方面问题较为集中",
    "对2项重大事故隐患和非法违法行为",
    "于2026年7月29日前（15日内）将整改方案报送海南省安全生产委员会办公室",
    "抄送：省委组织部，省应急管理厅。",
]


def test_feedback_text_holds_the_fixture_numbers(built: tuple[Database, Ids, Path],
                                                  fonts: FontSet) -> None:
    db, ids, _ = built
    texts = _texts(db, "feedback", ids.sanya, fonts)
    for where, text in texts.items():
        for fact in FEEDBACK_FACTS:
            assert squash(fact) in text, (where, fact)


REPORT_FACTS = [
    "关于三亚市安全生产巡查情况的报告",
    "省安全生产委员会：",
    "发现问题隐患5项，其中重大事故隐患和非法违法行为2项",
    "三亚市1051211",  # checklist table row: 10 items, 5 / 1 / 2 / 1 / 1
    "三亚市：综合得分72.5分，评定等次为“差”（按得分计算为“一般”，调整理由：重大隐患整改不力）",
    "储罐区防火堤破损未修复（重大事故隐患，XC2026-0001）。处理情况：已交办三亚甲化工有限公司整改，"
    "整改期限2026年6月30日，已逾期14天",
    "无证储存危险化学品（非法违法行为，XC2026-0002）。处理情况：已交办三亚乙燃气有限公司整改，"
    "整改期限2026年4月30日，已于2026年5月1日整改销号",
    "2026年3月10日约谈三亚甲化工有限公司，事由：重大事故隐患整改不力；涉及问题1项，作出承诺2项、已完成1项",
    "2026年3月4日，未按要求提供执法案卷（责任人：三亚市应急管理局李某），违反“不得拒绝",
    "三亚市应急管理局（单位）：执法检查计划执行不力。",
    "巡查发现的5项问题隐患逐项整改",
    "其中已逾期的2项要限期整改到位",
    "附件：1.巡查发现问题隐患清单",
    "2.重点约谈情况清单",
    # annex 1: five rows; annex 2: one row
    "5XC2026-0005施工现场临边防护缺失（一般事故隐患）三亚丙建设工程有限公司2026年7月1日待核查，逾期13天",
    "1三亚甲化工有限公司2026年3月10日重大事故隐患整改不力1项2项，已完成1项已约谈",
    "抄送：省委组织部。",
]


def test_report_text_holds_the_fixture_numbers_and_annexes(
    built: tuple[Database, Ids, Path], fonts: FontSet,
) -> None:
    db, ids, _ = built
    texts = _texts(db, "report", ids.sanya, fonts)
    for where, text in texts.items():
        for fact in REPORT_FACTS:
            assert squash(fact) in text, (where, fact)
        assert "XC2026-0006" not in text  # 文昌市's findings are not in 三亚市's report
    doc = issuing.build_document(db, "report", ids.sanya, date=TODAY).document
    assert [a.title for a in doc.annexes] == ["巡查发现问题隐患清单", "重点约谈情况清单"]
    assert len(doc.annexes[0].blocks[0].rows) == 5  # type: ignore[union-attr]


def test_batch_report_covers_each_target(built: tuple[Database, Ids, Path],
                                         fonts: FontSet) -> None:
    db, ids, _ = built
    texts = _texts(db, "report", -ids.batch1, fonts)
    for text in texts.values():
        for fact in ("关于2026年第一批（三亚市、文昌市）安全生产巡查情况的报告",
                     "（一）三亚市", "（二）文昌市",
                     "本批次共巡查2个市县，延伸巡查单位6个（其中企业3家），发现问题隐患7项，"
                     "其中重大事故隐患和非法违法行为3项，开展重点约谈1次",
                     "文昌市：综合得分91.5分，评定等次为“好”。",
                     "文昌市：液氨储罐未设置泄漏报警（重大事故隐患，XC2026-0007）",
                     # annex 1: a table per 市县 under its heading
                     "（二）文昌市序号编号问题隐患（类别）责任单位整改期限状态1XC2026-0006",
                     "2XC2026-0007液氨储罐未设置泄漏报警（重大事故隐患）"):
            assert squash(fact) in text, fact


ANNUAL_FACTS = [
    "关于2026年度全省安全生产巡查工作情况的报告",
    "省安全生产委员会：",
    "数据截至2026年7月14日",
    "省安委会组织对2个市县开展了安全生产巡查（三亚市、文昌市），全省20个市县中尚有18个本年度未巡查",
    "各巡查组共开展重点约谈1次",
    "全年巡查发现问题隐患8项，其中重大事故隐患和非法违法行为3项。截至2026年7月14日，"
    "已整改销号2项，整改率25.0%；尚未整改6项，其中逾期未整改2项",
    "三亚市逾期未整改问题隐患2项",
    "评定为“好”的1个（文昌市），评定为“差”的1个（三亚市）",
    "2026—2028年巡查周期应巡查19个市县，截至2026年7月14日已巡查2个，尚余17个",
    "本周期不适用：三沙市（常住人口少，另行安排专项检查）",
    "附件：2026年度各市县安全生产巡查考核情况表",
    # the 考核 table: 三亚市, 文昌市, 海口市 (not toured) and 琼海市 (planned)
    "2三亚市已巡查2026年3月2日—3月12日72.5差52421",
    "7文昌市已巡查2026年3月16日—3月26日91.5好21100",
    "1海口市未巡查10100",
    "琼海市已列入计划2026年9月1日—9月10日00000",
    "抄送：省委组织部。",
]


def test_annual_report_text_holds_rows_totals_and_coverage(
    built: tuple[Database, Ids, Path], fonts: FontSet,
) -> None:
    db, _ids, _ = built
    texts = _texts(db, "annual-report", 2026, fonts)
    for where, text in texts.items():
        for fact in ANNUAL_FACTS:
            assert squash(fact) in text, (where, fact)
    doc = issuing.build_document(db, "annual-report", 2026, date=TODAY).document
    assert doc.addressee == "省安全生产委员会" and doc.cc == ("省委组织部",)
    figures = [b for b in doc.blocks if isinstance(b, Figure)]
    assert [f.caption.split(" ")[0] for f in figures] == ["图1", "图2", "图3"]
    assert all(f.png.startswith(b"\x89PNG") and len(f.png) > 5000 for f in figures)
    # The charts follow the section on problems, before the 考核 section.
    headings = [getattr(b, "text", "") for b in doc.blocks]
    first_figure = next(i for i, b in enumerate(doc.blocks) if isinstance(b, Figure))
    assert headings.index("二、巡查发现问题及整改情况") < first_figure < headings.index(
        "三、考核评价情况")


def test_assessment_excel_equals_the_service_figures(built: tuple[Database, Ids, Path],
                                                     tmp_path: Path) -> None:
    db, _ids, _ = built
    out = tmp_path / "考核.xlsx"
    result = export_assessment(db, 2026, out, today=TODAY)
    facts = results.annual_facts(db, 2026, today=TODAY)
    ws = openpyxl.load_workbook(out).active
    assert ws is not None
    assert ws.cell(1, 1).value == "2026年度各市县安全生产巡查考核情况表"
    assert tuple(c.value for c in ws[HEADER_ROW]) == ASSESSMENT_HEADER
    assert result.rows == len(facts.rows) == 20
    for i, r in enumerate(facts.rows):
        row = [c.value for c in ws[FIRST_ROW + i]]
        assert row[1] == r.region and row[2] == r.status
        assert row[4] == (float(r.score) if r.score is not None else None)
        assert (row[5] or "") == r.grade
        assert row[6:] == [r.findings, r.majors, r.open, r.overdue, r.interviews]
    sanya = [c.value for c in ws[FIRST_ROW + 1]]
    assert sanya[1:] == ["三亚市", "已巡查", "2026年3月2日—3月12日", 72.5, "差", 5, 2, 4, 2, 1]
    totals = [c.value for c in ws[FIRST_ROW + 20]]
    assert totals[0] == "合计" and totals[6:] == [8, 3, 6, 2, 1]


def test_issued_report_reproduces_annexes_and_figures(built: tuple[Database, Ids, Path],
                                                      tmp_path: Path) -> None:
    db, ids, _ = built
    for kind, source in (("report", ids.sanya), ("annual-report", 2026)):
        draft = issuing.build_document(db, kind, source, date=TODAY).document
        again = issuing.document_from_dict(issuing.document_to_dict(draft))
        assert again == draft
    row = issuing.issue(db, "report", -ids.batch1, date=TODAY, operator="文书张")
    assert row.number.startswith("琼安委办〔2026〕") and row.source_id == -ids.batch1
    _row, doc = issuing.issued_document(db, row.id)
    assert doc.doc_number == row.number and len(doc.annexes) == 2


def test_cli_exports_each_kind_and_refuses_bad_ids(
    built: tuple[Database, Ids, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    _db, ids, path = built
    base = ["--db", str(path), "export"]
    assert main([*base, "--list", "report", "--date", TODAY.isoformat()]) == 0
    listed = capsys.readouterr().out
    assert f"report\tbatch-{ids.batch1}\t巡查报告：2026年第一批（2 个市县）" in listed
    assert f"report\t{ids.sanya}\t巡查报告：2026年第一批 三亚市" in listed
    for kind, ident, fmt in (("feedback", str(ids.sanya), "docx"),
                             ("report", f"batch-{ids.batch1}", "pdf"),
                             ("annual-report", "2026", "xlsx")):
        out = tmp_path / f"{kind}.{fmt}"
        assert main([*base, kind, ident, "--format", fmt, "--out", str(out),
                     "--date", TODAY.isoformat()]) == 0, capsys.readouterr().err
        assert out.stat().st_size > 1000
    capsys.readouterr()
    cases = [
        (["report", "batch-x"], "“batch-x”不是有效的编号"),
        (["feedback", "batch-1"], "“batch-1”不是有效的编号，应为巡查对象编号"),
        (["notice", "batch-1"], "只能用于巡查报告"),
        (["annual-report", "2031"], "2031年没有巡查计划"),
        (["feedback", "4242"], "找不到编号为 4242 的巡查对象"),
        (["report", "batch-999"], "找不到编号为 999 的批次"),
    ]
    for args, message in cases:
        out = tmp_path / "x.pdf"
        assert main([*base, *args, "--format", "pdf", "--out", str(out)]) == 2
        assert message in capsys.readouterr().err
        assert not out.exists()
    assert main([*base, "feedback", str(ids.sanya), "--format", "xlsx",
                 "--out", str(tmp_path / "x.xlsx")]) == 2
    assert "考核情况表（annual-report）可以导出为 xlsx" in capsys.readouterr().err


def test_listed_in_the_exportables(built: tuple[Database, Ids, Path]) -> None:
    db, ids, _ = built
    items = {(r.kind, r.id) for r in document_data.list_exportables(db)}
    assert {("feedback", ids.sanya), ("report", -ids.batch1), ("annual-report", 2026)} <= items
    assert document_data.display_id("report", -ids.batch1) == f"batch-{ids.batch1}"
    with pytest.raises(ValidationError, match="年度“0”不正确"):
        issuing.build_document(db, "annual-report", 0)
    with pytest.raises(NotFoundError):
        issuing.build_document(db, "feedback", 4242)


def test_plan_deadline_of_the_feedback_is_an_office_setting(tmp_path: Path) -> None:
    from xuncha_desktop.services.office_settings import (
        load_office_settings,
        save_office_settings,
    )

    db, ids = build(tmp_path / "s.db")
    try:
        office = load_office_settings(db)
        office.rectification_plan_days = 20
        save_office_settings(db, office)
        doc = issuing.build_document(db, "feedback", ids.sanya, date=TODAY).document
        text = squash("".join(document_text(doc)))
        assert "于2026年8月3日前（20日内）将整改方案报送" in text
    finally:
        db.close()
