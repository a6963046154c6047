"""Drafting again keeps the clerk's edits and reports what changed (services.drafts and the
feedback drafted from the hand-built database)."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from results_fixture import TODAY, Ids, add_finding_item_9, build

from xuncha_desktop.db.engine import Database
from xuncha_desktop.documents import drafted
from xuncha_desktop.documents.model import document_text
from xuncha_desktop.errors import NotFoundError, ValidationError
from xuncha_desktop.services import drafts
from xuncha_desktop.services.drafts import SectionDraft

KIND, KEY = "feedback", "7"


@pytest.fixture
def built(tmp_path: Path) -> Iterator[tuple[Database, Ids]]:
    db, ids = build(tmp_path / "d.db")
    yield db, ids
    db.close()


def _draft(*texts: tuple[str, str]) -> list[SectionDraft]:
    return [SectionDraft(k, f"一、{k}", t) for k, t in texts]


def test_first_draft_stores_every_section_unedited(built: tuple[Database, Ids]) -> None:
    db, _ = built
    report = drafts.redraft(db, KIND, KEY, _draft(("概况", "甲"), ("问题", "乙\n丙")),
                            operator="文书张")
    assert [c.status for c in report.changes] == [drafts.NEW, drafts.NEW]
    stored = drafts.sections(db, KIND, KEY)
    assert [(s.key, s.text, s.generated, s.edited, s.updated_by) for s in stored] == [
        ("概况", "甲", "甲", False, "文书张"), ("问题", "乙\n丙", "乙\n丙", False, "文书张")]


def test_unedited_sections_follow_the_data_edited_ones_wait_for_a_merge(
    built: tuple[Database, Ids],
) -> None:
    db, _ = built
    drafts.redraft(db, KIND, KEY, _draft(("概况", "共5项"), ("问题", "乙\n丙"), ("要求", "丁")))
    drafts.save_text(db, KIND, KEY, "问题", "乙（已核实）\n丙")
    report = drafts.redraft(db, KIND, KEY,
                            _draft(("概况", "共6项"), ("问题", "乙\n丙\n戊"), ("要求", "丁")))
    status = {c.key: c.status for c in report.changes}
    assert status == {"概况": drafts.UPDATED, "问题": drafts.CONFLICT, "要求": drafts.UNCHANGED}
    conflict = report.conflicts[0]
    assert conflict.mine == "乙（已核实）\n丙" and conflict.new == "乙\n丙\n戊"
    assert "+戊" in conflict.diff and not any(line.startswith("-") for line in conflict.diff)
    assert "待合并 1 节" in report.summary and "您的文字已保留" in report.summary
    stored = {s.key: s for s in drafts.sections(db, KIND, KEY)}
    assert stored["概况"].text == "共6项" and not stored["概况"].edited
    assert stored["问题"].text == "乙（已核实）\n丙" and stored["问题"].generated == "乙\n丙"
    # Not merged yet: drafting again reports the same pending change, the text still kept.
    again = drafts.redraft(db, KIND, KEY,
                           _draft(("概况", "共6项"), ("问题", "乙\n丙\n戊"), ("要求", "丁")))
    assert [c.key for c in again.conflicts] == ["问题"]
    assert drafts.sections(db, KIND, KEY)[1].text == "乙（已核实）\n丙"


@pytest.mark.parametrize(
    ("choice", "merged", "text", "edited"),
    [
        ("take_new", None, "乙\n丙\n戊", False),
        ("keep_mine", None, "乙（已核实）\n丙", True),
        ("merged", "乙（已核实）\n丙\n戊", "乙（已核实）\n丙\n戊", True),
    ],
)
def test_merge_choices(built: tuple[Database, Ids], choice: drafts.Choice, merged: str | None,
                       text: str, edited: bool) -> None:
    db, _ = built
    drafts.redraft(db, KIND, KEY, _draft(("问题", "乙\n丙")))
    drafts.save_text(db, KIND, KEY, "问题", "乙（已核实）\n丙")
    drafts.redraft(db, KIND, KEY, _draft(("问题", "乙\n丙\n戊")))
    section = drafts.resolve(db, KIND, KEY, "问题", choice, "乙\n丙\n戊", merged)
    assert section is not None and (section.text, section.edited) == (text, edited)
    assert section.generated == "乙\n丙\n戊"
    # Merged: the next redraft of the same data has nothing to report.
    after = drafts.redraft(db, KIND, KEY, _draft(("问题", "乙\n丙\n戊")))
    assert [c.status for c in after.changes] == [drafts.UNCHANGED]


def test_a_section_gone_from_the_draft(built: tuple[Database, Ids]) -> None:
    db, _ = built
    drafts.redraft(db, KIND, KEY, _draft(("甲", "a"), ("乙", "b"), ("丙", "c")))
    drafts.save_text(db, KIND, KEY, "乙", "b（改）")
    report = drafts.redraft(db, KIND, KEY, _draft(("甲", "a")))
    assert {c.key: c.status for c in report.changes} == {
        "甲": drafts.UNCHANGED, "乙": drafts.CONFLICT, "丙": drafts.REMOVED}
    assert [s.key for s in drafts.sections(db, KIND, KEY)] == ["甲", "乙"]  # edited one kept
    assert drafts.resolve(db, KIND, KEY, "乙", "take_new", "") is None
    assert [s.key for s in drafts.sections(db, KIND, KEY)] == ["甲"]


def test_bad_inputs(built: tuple[Database, Ids]) -> None:
    db, _ = built
    with pytest.raises(ValidationError, match="重复或空白的章节标题：甲"):
        drafts.redraft(db, KIND, KEY, _draft(("甲", "a"), ("甲", "b")))
    drafts.redraft(db, KIND, KEY, _draft(("甲", "a")))
    with pytest.raises(ValidationError, match="章节内容不能为空"):
        drafts.save_text(db, KIND, KEY, "甲", "  \n")
    with pytest.raises(NotFoundError, match="找不到文稿章节“乙”"):
        drafts.save_text(db, KIND, KEY, "乙", "x")
    with pytest.raises(ValidationError, match="合并后的章节内容不能为空"):
        drafts.resolve(db, KIND, KEY, "甲", "merged", "a", "")
    assert drafts.sections(db, KIND, KEY)[0].text == "a"


def test_feedback_redrafted_after_new_data_keeps_the_clerks_paragraph(
    built: tuple[Database, Ids],
) -> None:
    """The issue's walk-through: draft, edit one paragraph, data changes, draft again."""
    db, ids = built
    first = drafted.draft_and_store(db, "feedback", ids.sanya, date=TODAY, operator="文书张")
    assert all(c.status == drafts.NEW for c in first.changes)
    key = str(ids.sanya)
    sections = {s.key: s for s in drafts.sections(db, "feedback", key)}
    assert list(sections) == ["开头", "巡查基本情况", "主要成效", "存在的主要问题", "意见建议",
                              "整改要求"]
    problems = sections["存在的主要问题"]
    mine = problems.text + "\n以上问题已与三亚市人民政府逐项交换意见。"
    drafts.save_text(db, "feedback", key, "存在的主要问题", mine, operator="文书张")

    add_finding_item_9(db, ids)
    # Even before drafting again, a section nobody edited says what the data says now.
    text = "\n".join(document_text(drafted.build(db, "feedback", ids.sanya, date=TODAY)))
    assert "巡查共发现问题隐患6项" in text and "以上问题已与三亚市人民政府逐项交换意见。" in text
    report = drafted.draft_and_store(db, "feedback", ids.sanya, date=TODAY)
    status = {c.key: c.status for c in report.changes}
    assert status["巡查基本情况"] == drafts.UPDATED  # not edited: follows the data (5 → 6)
    assert status["存在的主要问题"] == drafts.CONFLICT
    assert status["整改要求"] == drafts.UNCHANGED
    conflict = report.conflicts[0]
    assert any(line.startswith("+") and "事故信息报送不及时" in line for line in conflict.diff)
    assert conflict.mine == mine

    # The document as issued now: the clerk's paragraph is there, the overview has 6.
    doc = drafted.build(db, "feedback", ids.sanya, date=TODAY)
    text = "\n".join(document_text(doc))
    assert "以上问题已与三亚市人民政府逐项交换意见。" in text
    assert "巡查共发现问题隐患6项" in text
    assert "事故信息报送不及时" not in text  # pending until the clerk merges it

    drafts.resolve(db, "feedback", key, "存在的主要问题", "merged", conflict.new,
                   conflict.new + "\n以上问题已与三亚市人民政府逐项交换意见。")
    text = "\n".join(document_text(drafted.build(db, "feedback", ids.sanya, date=TODAY)))
    assert "事故信息报送不及时" in text and "逐项交换意见" in text
    assert not drafted.draft_and_store(db, "feedback", ids.sanya, date=TODAY).conflicts


def test_a_section_the_clerk_broke_is_refused_with_its_name(built: tuple[Database, Ids]) -> None:
    db, ids = built
    drafted.draft_and_store(db, "feedback", ids.sanya, date=dt.date(2026, 7, 14))
    with pytest.raises(ValidationError, match="“存在的主要问题”一节的格式有误"):
        drafted.check_section_text("| 甲 | 乙 |\n| 1 |", "存在的主要问题")
