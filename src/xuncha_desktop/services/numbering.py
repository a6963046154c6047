"""The 发文字号 registry: 机关代字〔year〕number号, per 代字 per year, never reused.

A number is allocated inside the unit of work that issues the document. Two clerks issuing
at the same moment cannot get the same number: the UNIQUE (prefix, year, number) constraint
rejects the second insert, which then retries with the next number inside a savepoint.
A voided number stays on record with its reason and is skipped for ever.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from xuncha_desktop.db import audit
from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import NotFoundError, StateError, ValidationError
from xuncha_desktop.services.uow import read_session, unit_of_work

NUMBER_RE = re.compile(r"^(?P<prefix>[^〔〕\s]+)〔(?P<year>\d{4})〕(?P<number>[1-9]\d*)号$")
MAX_RETRIES = 50


def format_number(prefix: str, year: int, number: int) -> str:
    return f"{prefix}〔{year}〕{number}号"


def parse_number(text: str) -> tuple[str, int, int]:
    match = NUMBER_RE.match(text.strip())
    if not match:
        raise ValidationError(f"“{text}”不是规范的发文字号（例如 琼安委办〔2026〕12号）。")
    return match["prefix"], int(match["year"]), int(match["number"])


@dataclass(frozen=True)
class NumberRow:
    id: int
    text: str
    prefix: str
    year: int
    number: int
    state: str
    void_reason: str
    operator: str


def _row(n: m.DocNumber) -> NumberRow:
    return NumberRow(n.id, n.text, n.prefix, n.year, n.number, n.state, n.void_reason, n.operator)


def allocate(session: Session, prefix: str, year: int, operator: str) -> m.DocNumber:
    """Take the next number for (prefix, year) inside the caller's transaction."""
    prefix = prefix.strip()
    if not prefix:
        raise ValidationError("机关代字不能为空，请在设置中填写。", field="prefix")
    if not 2000 <= year <= 2100:
        raise ValidationError(f"发文年度 {year} 不正确。", field="year")
    # PostgreSQL: allocations (and audit appends) from all workstations take turns.
    audit.lock_chain(session.connection())
    for _attempt in range(MAX_RETRIES):
        current = session.scalar(
            select(func.max(m.DocNumber.number)).where(
                m.DocNumber.prefix == prefix, m.DocNumber.year == year
            )
        )
        number = m.DocNumber(prefix=prefix, year=year, number=(current or 0) + 1,
                             state="已使用", operator=operator)
        try:
            with session.begin_nested():
                session.add(number)
                session.flush()
        except IntegrityError:
            continue  # somebody else took it a moment ago: try the next one
        return number
    raise StateError("同时发文的人太多，暂时无法分配文号。", hint="请稍候再试。")


def allocate_number(db: Database, prefix: str, year: int | None = None,
                    operator: str | None = None) -> NumberRow:
    with unit_of_work(db, operator, immediate=True) as session:
        n = allocate(session, prefix, year or dt.date.today().year,
                     operator or db.operator)
        return _row(n)


def void_number(db: Database, number_id: int, reason: str, operator: str | None = None) -> NumberRow:
    if not reason.strip():
        raise ValidationError("作废文号必须填写理由。", field="void_reason")
    with unit_of_work(db, operator) as session:
        n = session.get(m.DocNumber, number_id)
        if n is None:
            raise NotFoundError(f"找不到编号为 {number_id} 的文号。")
        if n.state == "已作废":
            raise StateError(f"文号 {n.text} 已经作废。")
        n.state = "已作废"
        n.void_reason = reason.strip()
        session.flush()
        return _row(n)


def list_numbers(db: Database, prefix: str | None = None, year: int | None = None) -> list[NumberRow]:
    with read_session(db) as session:
        stmt = select(m.DocNumber).order_by(m.DocNumber.prefix, m.DocNumber.year,
                                            m.DocNumber.number)
        if prefix:
            stmt = stmt.where(m.DocNumber.prefix == prefix)
        if year:
            stmt = stmt.where(m.DocNumber.year == year)
        return [_row(n) for n in session.scalars(stmt)]
