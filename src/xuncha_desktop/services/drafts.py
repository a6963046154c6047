"""Drafted documents whose sections the clerk edits (table ``document_draft``).

One row per (kind, source, section). ``generated`` is the text drafted from the data the last
time the clerk saw it; ``text`` is the clerk's text (equal to ``generated`` until edited).

Drafting again (:func:`redraft`) compares each newly drafted section with ``generated``:

* unchanged → nothing to do;
* changed, and the clerk has not edited the section → both are replaced (“已更新”);
* changed, and the clerk has edited it → the clerk's text stays, and the section is reported
  as a conflict (“待合并”) with the new draft and a diff. The clerk then merges it
  (:func:`resolve`): take the new draft, keep their own text, or save a merged text.

The new draft of a conflict is not stored until the clerk merges it: drafting is
deterministic, so every later redraft shows the same pending change again (the schema has no
column for a pending text). Nothing ever overwrites the clerk's text silently.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import NotFoundError, ValidationError
from xuncha_desktop.services.uow import read_session, unit_of_work

UNCHANGED, NEW, UPDATED, CONFLICT, REMOVED = "未变化", "新增", "已更新", "待合并", "已删除"
Choice = Literal["take_new", "keep_mine", "merged"]


@dataclass(frozen=True)
class SectionDraft:
    """A section as drafted from the data now."""

    key: str
    title: str
    text: str


@dataclass(frozen=True)
class Section:
    """A stored section."""

    id: int
    key: str
    title: str
    sort_order: int
    generated: str
    text: str
    edited: bool
    updated_at: dt.datetime | None
    updated_by: str
    version: int


@dataclass(frozen=True)
class Change:
    """What drafting again did to one section."""

    key: str
    title: str
    status: str  # 未变化 / 新增 / 已更新 / 待合并 / 已删除
    old: str  # the previous draft (``generated``)
    new: str  # the new draft ("" when the section is gone from the new draft)
    mine: str  # the clerk's text

    @property
    def diff(self) -> list[str]:
        """What the data changed: unified diff of the previous draft against the new one."""
        return diff_lines(self.old, self.new)


@dataclass(frozen=True)
class RedraftReport:
    kind: str
    source_key: str
    changes: tuple[Change, ...]

    def with_status(self, status: str) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.status == status)

    @property
    def conflicts(self) -> tuple[Change, ...]:
        return self.with_status(CONFLICT)

    @property
    def summary(self) -> str:
        counts = [(s, len(self.with_status(s))) for s in (UPDATED, NEW, REMOVED, CONFLICT)]
        parts = [f"{s} {n} 节" for s, n in counts if n]
        if not parts:
            return "数据没有变化，文稿各节与上次起草时相同。"
        text = "重新起草完成：" + "，".join(parts) + "。"
        if self.conflicts:
            text += "待合并的章节您已修改过，您的文字已保留，请逐节选择采用新稿、保留原文或合并修改。"
        return text


def diff_lines(old: str, new: str) -> list[str]:
    """Line diff (``-`` removed, ``+`` added, `` `` context), without the file headers."""
    out = list(difflib.unified_diff(old.splitlines(), new.splitlines(), "原稿", "新稿",
                                    lineterm="", n=1))
    return [line for line in out[2:]] if out else []


def _section(row: m.DocumentDraft) -> Section:
    return Section(row.id, row.section, row.title, row.sort_order, row.generated, row.text,
                   row.edited, row.updated_at, row.updated_by, row.version)


def _rows(session: Session, kind: str, source_key: str) -> list[m.DocumentDraft]:
    return list(session.scalars(
        select(m.DocumentDraft)
        .where(m.DocumentDraft.kind == kind, m.DocumentDraft.source_key == source_key)
        .order_by(m.DocumentDraft.sort_order, m.DocumentDraft.id)
    ))


def sections(db: Database, kind: str, source_key: str) -> list[Section]:
    """The stored sections in document order (empty when never drafted)."""
    with read_session(db) as session:
        return [_section(r) for r in _rows(session, kind, source_key)]


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _check_keys(drafted: Sequence[SectionDraft]) -> None:
    keys = [s.key for s in drafted]
    if len(set(keys)) != len(keys) or any(not k.strip() for k in keys):
        dup = sorted({k for k in keys if keys.count(k) > 1})
        raise ValidationError(
            "文稿中有重复或空白的章节标题：" + "、".join(dup or ["（空白）"]) + "。",
            hint="每个一级标题（如“一、……”）在文稿中只能出现一次，请修改文书模板。",
        )


def redraft(db: Database, kind: str, source_key: str, drafted: Sequence[SectionDraft], *,
            operator: str | None = None) -> RedraftReport:
    """Store a new draft (see the module docstring); returns what changed in each section."""
    _check_keys(drafted)
    who = operator or db.operator
    changes: list[Change] = []
    with unit_of_work(db, who) as session:
        stored = {r.section: r for r in _rows(session, kind, source_key)}
        for order, s in enumerate(drafted, start=1):
            row = stored.pop(s.key, None)
            if row is None:
                session.add(m.DocumentDraft(
                    kind=kind, source_key=source_key, section=s.key, title=s.title,
                    sort_order=order, generated=s.text, text=s.text, edited=False,
                    updated_at=_now(), updated_by=who))
                changes.append(Change(s.key, s.title, NEW, "", s.text, s.text))
                continue
            if row.sort_order != order:
                row.sort_order = order
            if row.title != s.title:
                row.title = s.title
            if row.generated == s.text:
                changes.append(Change(s.key, s.title, UNCHANGED, s.text, s.text, row.text))
            elif not row.edited or row.text == s.text:
                changes.append(Change(s.key, s.title, UPDATED, row.generated, s.text, s.text))
                row.edited = False
                row.generated = row.text = s.text
                row.updated_at, row.updated_by = _now(), who
            else:
                changes.append(Change(s.key, s.title, CONFLICT, row.generated, s.text, row.text))
        for row in stored.values():  # sections the new draft no longer has
            if row.edited:
                changes.append(Change(row.section, row.title, CONFLICT, row.generated, "",
                                      row.text))
            else:
                changes.append(Change(row.section, row.title, REMOVED, row.generated, "",
                                      row.text))
                session.delete(row)
    return RedraftReport(kind, source_key, tuple(changes))


def _get(session: Session, kind: str, source_key: str, key: str) -> m.DocumentDraft:
    row = session.scalar(select(m.DocumentDraft).where(
        m.DocumentDraft.kind == kind, m.DocumentDraft.source_key == source_key,
        m.DocumentDraft.section == key))
    if row is None:
        raise NotFoundError(f"找不到文稿章节“{key}”。", hint="请先起草文稿。")
    return row


def save_text(db: Database, kind: str, source_key: str, key: str, text: str, *,
              operator: str | None = None) -> Section:
    """The clerk's text of one section. Text equal to the draft counts as not edited."""
    who = operator or db.operator
    clean = text.replace("\r\n", "\n").strip("\n")
    if not clean.strip():
        raise ValidationError("章节内容不能为空。",
                              hint="如不需要这一节，可在文书模板中删去该标题后重新起草。")
    with unit_of_work(db, who) as session:
        row = _get(session, kind, source_key, key)
        if row.text != clean:
            row.text = clean
            row.edited = clean != row.generated
            row.updated_at, row.updated_by = _now(), who
        session.flush()
        return _section(row)


def resolve(db: Database, kind: str, source_key: str, key: str, choice: Choice, new: str,
            merged: str | None = None, *, operator: str | None = None) -> Section | None:
    """Merge a conflict: ``take_new`` (the new draft replaces the clerk's text), ``keep_mine``
    (the clerk's text stays; the new draft becomes the reference for the next redraft) or
    ``merged`` (the clerk's merged text). ``new`` is the new draft of the section ("" when the
    new draft has no such section: taking it deletes the section). Returns None if deleted."""
    who = operator or db.operator
    with unit_of_work(db, who) as session:
        row = _get(session, kind, source_key, key)
        if choice == "take_new":
            if not new:
                session.delete(row)
                return None
            row.generated = row.text = new
            row.edited = False
        elif choice == "keep_mine":
            row.generated = new
            row.edited = row.text != new
        elif choice == "merged":
            text = (merged or "").replace("\r\n", "\n").strip("\n")
            if not text.strip():
                raise ValidationError("合并后的章节内容不能为空。")
            row.generated, row.text = new, text
            row.edited = text != new
        else:
            raise ValidationError(f"未知的合并方式“{choice}”。")
        row.updated_at, row.updated_by = _now(), who
        session.flush()
        return _section(row)


def discard(db: Database, kind: str, source_key: str, *, operator: str | None = None) -> int:
    """Delete every stored section of a document (the next draft starts afresh)."""
    with unit_of_work(db, operator) as session:
        rows = _rows(session, kind, source_key)
        for row in rows:
            session.delete(row)
        return len(rows)


__all__ = [
    "CONFLICT",
    "NEW",
    "REMOVED",
    "UNCHANGED",
    "UPDATED",
    "Change",
    "Choice",
    "RedraftReport",
    "Section",
    "SectionDraft",
    "diff_lines",
    "discard",
    "redraft",
    "resolve",
    "save_text",
    "sections",
]
