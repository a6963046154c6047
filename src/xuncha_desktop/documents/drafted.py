"""Documents drafted in sections that the clerk edits: 巡查反馈意见 (``feedback``), 巡查报告
(``report``) and 年度巡查工作情况报告 (``annual-report``).

How a drafted document is made
------------------------------
1. The kind's wording template (``resources/templates/<kind>.j2``, or the office's override)
   is rendered with the facts of :mod:`xuncha_desktop.services.results`.
2. The body is cut into sections at each level-1 heading (``# 一、巡查基本情况``). A section's
   key is its heading without the number (“巡查基本情况”); text before the first heading is
   the section “开头”. Each section's text is kept in the template's own body format (one
   paragraph per line, ``## `` sub-headings, ``+ `` numbered items, ``| … |`` table rows).
3. The sections the clerk edited (table ``document_draft``,
   :mod:`xuncha_desktop.services.drafts`) replace the drafted ones; every other section is
   the fresh draft, so a document never drafted, or a section never edited, says what the
   data says today.
4. Parts that are data, not prose, are added by the kind: annexes (the findings and
   interview lists of the report, the 考核 table of the annual report) and the charts.

Source keys
-----------
The key of a drafted document is the ID of ``xuncha export KIND ID``: the target id for
``feedback`` and ``report`` (``12``), ``batch-<batch id>`` for the report of a whole batch
(``batch-3``) and the year for ``annual-report`` (``2026``). In the register of issued
documents (an integer ``source_id``) a batch is stored as the negative batch id.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from xuncha_desktop.db.engine import Database
from xuncha_desktop.documents.model import (
    Annex,
    Block,
    Document,
    Figure,
    Heading,
    ListBlock,
    Paragraph,
    Table,
)
from xuncha_desktop.documents.templates import (
    TEMPLATE_VARIABLES,
    load_template_text,
    parse_document_text,
    render_template,
)
from xuncha_desktop.errors import ValidationError
from xuncha_desktop.services import drafts, wording
from xuncha_desktop.services.drafts import RedraftReport, SectionDraft

FEEDBACK, REPORT, ANNUAL = "feedback", "report", "annual-report"
DRAFTED_KINDS = (FEEDBACK, REPORT, ANNUAL)
INTRO = "开头"
BATCH_PREFIX = "batch-"

_HEADING_NUMBER = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[.、．])\s*")


def source_key(kind: str, source_id: int) -> str:
    """The ID text of a source: ``12``, ``batch-3`` (a report's batch) or ``2026``."""
    if kind == REPORT and source_id < 0:
        return f"{BATCH_PREFIX}{-source_id}"
    return str(source_id)


def parse_source(kind: str, text: str | int) -> int:
    """``12`` → 12; ``batch-3`` → -3 for a report (how the register stores a batch)."""
    raw = str(text).strip()
    if kind == REPORT and raw.lower().startswith(BATCH_PREFIX):
        number = raw[len(BATCH_PREFIX):]
        if number.isdigit() and int(number) > 0:
            return -int(number)
    elif raw.isdigit() and int(raw) > 0:
        return int(raw)
    what = {FEEDBACK: "巡查对象编号（如 12）",
            REPORT: "巡查对象编号（如 12）或批次（如 batch-3）",
            ANNUAL: "年度（如 2026）"}.get(kind, "记录编号")
    raise ValidationError(f"“{raw}”不是有效的编号，应为{what}。",
                          hint=f"请用“xuncha export --list {kind}”查看可用的编号。")


def section_key(heading: str) -> str:
    return _HEADING_NUMBER.sub("", heading).strip() or heading.strip()


# -- blocks ↔ section text ----------------------------------------------------------------------
def _cell(text: str) -> str:
    return text.replace("|", "｜").replace("\n", " ")


def blocks_to_text(blocks: Sequence[Block]) -> str:
    """The body format of the wording templates, for the blocks of one section."""
    lines: list[str] = []
    previous: Block | None = None
    for block in blocks:
        if previous is not None and type(previous) is type(block) and isinstance(
                block, Table | ListBlock):
            lines.append("")  # keep two tables (or two lists) apart
        if isinstance(block, Heading):
            lines.append("#" * block.level + " " + block.text)
        elif isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, ListBlock):
            mark = "+ " if block.numbered else "- "
            lines.extend(mark + item for item in block.items)
        elif isinstance(block, Table):
            if block.col_widths:
                lines.append("|" + "|".join(f"={w:g}" for w in block.col_widths) + "|")
            lines.append("| " + " | ".join(_cell(c) for c in block.header) + " |")
            lines.extend("| " + " | ".join(_cell(c) for c in row) + " |" for row in block.rows)
        previous = block
    return "\n".join(lines)


def text_to_blocks(text: str, title: str = "") -> tuple[Block, ...]:
    """Parse a section's text (raises ValidationError naming the section on a bad table)."""
    try:
        doc = parse_document_text("发文机关标志: -\n标题: -\n---\n" + text)
    except ValidationError as err:
        where = f"“{title}”一节" if title else "文稿"
        message = re.sub(r"文书第 (\d+) 行", lambda mt: f"第 {int(mt[1]) - 3} 行", err.message)
        raise ValidationError(f"{where}的格式有误：{message}", hint=err.hint) from None
    return doc.blocks


def split_sections(blocks: Sequence[Block]) -> list[SectionDraft]:
    """Cut a body into sections at its level-1 headings (see the module docstring)."""
    out: list[tuple[str, str, list[Block]]] = []
    current: tuple[str, str, list[Block]] = (INTRO, "", [])
    for block in blocks:
        if isinstance(block, Heading) and block.level == 1:
            if current[2] or current[0] != INTRO:
                out.append(current)
            current = (section_key(block.text), block.text, [])
        else:
            current[2].append(block)
    if current[2] or current[0] != INTRO:
        out.append(current)
    return [SectionDraft(key, title, blocks_to_text(body)) for key, title, body in out]


# -- drafting -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Drafted:
    """A document freshly drafted from the data: its frame (front matter, annexes), the
    sections, and figures to place after a given section."""

    frame: Document
    sections: tuple[SectionDraft, ...]
    figures: tuple[Figure, ...] = ()
    figures_after: str = ""


def wording_text(db: Database, kind: str) -> str:
    return wording.get_override(db, kind) or load_template_text(kind)


def render_sections(kind: str, context: dict[str, object], text: str | None = None,
                    annexes: tuple[Annex, ...] = ()) -> tuple[Document, tuple[SectionDraft, ...]]:
    source = text if text is not None else load_template_text(kind)
    doc = render_template(source, context, set(TEMPLATE_VARIABLES[kind]))
    sections = tuple(split_sections(doc.blocks))
    frame = dataclasses.replace(doc, blocks=(), annexes=annexes)
    return frame, sections


def assemble(drafted: Drafted, stored: Sequence[drafts.Section]) -> Document:
    """The document as the clerk will issue it: the clerk's text in each section they edited,
    the fresh draft elsewhere (a section nobody edited always says what the data says)."""
    mine = {s.key: s for s in stored if s.edited}
    ordered: list[tuple[str, str, str]] = []
    for s in drafted.sections:
        kept = mine.pop(s.key, None)
        ordered.append((s.key, s.title, kept.text if kept is not None else s.text))
    # Sections the clerk edited that the new draft no longer has stay until merged.
    ordered.extend((s.key, s.title, s.text) for s in stored if s.key in mine)
    blocks: list[Block] = []
    placed = not drafted.figures
    for key, title, text in ordered:
        if title:
            blocks.append(Heading(1, title))
        blocks.extend(text_to_blocks(text, title or INTRO))
        if not placed and key == drafted.figures_after:
            blocks.extend(drafted.figures)
            placed = True
    if not placed:
        blocks.extend(drafted.figures)
    return dataclasses.replace(drafted.frame, blocks=tuple(blocks))


def redraft(db: Database, kind: str, source_id: int, drafted: Drafted, *,
            operator: str | None = None) -> RedraftReport:
    return drafts.redraft(db, kind, source_key(kind, source_id), drafted.sections,
                          operator=operator)


def draft_for(db: Database, kind: str, source_id: int, *, doc_number: str | None,
              date: dt.date, text: str | None = None, figures: bool = True) -> Drafted:
    """Draft ``kind`` from the data now (wording: ``text``, the override or the shipped one).
    ``figures=False`` leaves the charts out (storing the sections does not need them)."""
    if text is None:
        text = wording_text(db, kind)
    if kind == FEEDBACK:
        from xuncha_desktop.documents import feedback

        return feedback.draft(db, source_id, doc_number=doc_number, date=date, text=text)
    if kind == REPORT:
        from xuncha_desktop.documents import report

        return report.draft(db, source_id, doc_number=doc_number, date=date, text=text)
    if kind == ANNUAL:
        from xuncha_desktop.documents import annual_report

        return annual_report.draft(db, source_id, doc_number=doc_number, date=date, text=text,
                                   with_figures=figures)
    raise ValidationError(f"“{kind}”不是分节起草的文书。")


def build(db: Database, kind: str, source_id: int, *, doc_number: str | None = None,
          date: dt.date | None = None, text: str | None = None) -> Document:
    """The document with the clerk's sections (a fresh draft where there are none)."""
    drafted = draft_for(db, kind, source_id, doc_number=doc_number,
                        date=date or dt.date.today(), text=text)
    return assemble(drafted, drafts.sections(db, kind, source_key(kind, source_id)))


def draft_and_store(db: Database, kind: str, source_id: int, *, date: dt.date | None = None,
                    operator: str | None = None) -> RedraftReport:
    """起草 / 重新起草: draft from the data now and store it (keeping the clerk's edits)."""
    drafted = draft_for(db, kind, source_id, doc_number=None, date=date or dt.date.today(),
                        figures=False)
    return redraft(db, kind, source_id, drafted, operator=operator)


def check_section_text(text: str, title: str) -> None:
    """Raise ValidationError if the clerk's text of a section cannot be printed."""
    text_to_blocks(text, title)


__all__ = [
    "ANNUAL",
    "BATCH_PREFIX",
    "DRAFTED_KINDS",
    "FEEDBACK",
    "INTRO",
    "REPORT",
    "Drafted",
    "assemble",
    "blocks_to_text",
    "build",
    "check_section_text",
    "draft_and_store",
    "draft_for",
    "parse_source",
    "redraft",
    "render_sections",
    "section_key",
    "source_key",
    "split_sections",
    "text_to_blocks",
    "wording_text",
]
