"""The personnel pool (人员库): people, their sectors, the four conditions and availability.

Writes go through units of work (audited). Sectors are written as ``PersonSector`` link rows
(``Person.sectors`` is read-only), so the audit log sees each link. ID numbers are validated
by :mod:`xuncha_desktop.services.validation` and only ever shown masked.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import NotFoundError, ValidationError
from xuncha_desktop.services import validation  # noqa: F401  (registers the Person validator)
from xuncha_desktop.services.crud import validate as run_validators
from xuncha_desktop.services.uow import read_session, unit_of_work


def clean_name(text: str) -> str:
    """Trim ordinary and full-width spaces at the ends and inside Chinese names.

    Rare characters (𠮷) and the middle dot of minority names (·, also written ･ or •) are kept;
    the dot variants are normalised to U+00B7.
    """
    text = unicodedata.normalize("NFC", text).replace("\u3000", " ").strip()
    for dot in ("\u30fb", "\uff65", "\u2022", "\u2027", "\u2219"):
        text = text.replace(dot, "\u00b7")
    parts = text.split()
    if all(_is_cjk_word(p) for p in parts):
        return "".join(parts)
    return " ".join(parts)


def _is_cjk_word(word: str) -> bool:
    return all(ord(ch) > 0x2E80 or ch == "\u00b7" for ch in word)


def mask_id(value: str | None) -> str:
    if not value:
        return ""
    return value[:3] + "*" * (len(value) - 7) + value[-4:]


@dataclass
class PersonData:
    """Everything the pool keeps about one person, as plain values."""

    name: str
    gender: str
    unit: str
    post: str = ""
    rank: str = "其他"
    phone: str = ""
    id_number: str | None = None
    home_region: str = ""
    sectors: list[str] = field(default_factory=list)
    pool_type: str = "工作人员"
    active: bool = True
    note: str = ""
    id: int | None = None


def _apply(s: Session, person: m.Person, data: PersonData) -> None:
    person.name = clean_name(data.name)
    person.gender = data.gender
    person.unit = data.unit.strip()
    person.post = data.post.strip()
    person.rank = data.rank
    person.phone = data.phone.strip()
    person.id_number = (data.id_number or "").strip().upper() or None
    person.pool_type = data.pool_type
    person.active = data.active
    person.note = data.note
    if data.pool_type not in m.POOL_TYPES:
        raise ValidationError(f"人员类别只能是：{'、'.join(m.POOL_TYPES)}。", field="pool_type")
    if data.home_region.strip():
        rid = s.scalar(select(m.Region.id).where(m.Region.name == data.home_region.strip()))
        if rid is None:
            raise ValidationError(f"未知的市县“{data.home_region}”。", field="home_region")
        person.home_region_id = rid
    else:
        person.home_region_id = None


def _set_sectors(s: Session, person_id: int, names: Sequence[str]) -> None:
    ids = []
    for name in names:
        sid = s.scalar(select(m.Sector.id).where(m.Sector.name == name.strip()))
        if sid is None:
            raise ValidationError(f"未知的行业领域“{name}”。", field="sectors")
        ids.append(sid)
    current = {ps.sector_id: ps for ps in s.scalars(
        select(m.PersonSector).where(m.PersonSector.person_id == person_id))}
    for sid, link in current.items():
        if sid not in ids:
            s.delete(link)
    for sid in dict.fromkeys(ids):
        if sid not in current:
            s.add(m.PersonSector(person_id=person_id, sector_id=sid))


def write_person(s: Session, data: PersonData) -> int:
    """Insert or update one person inside an open unit of work."""
    if data.id is None:
        person = m.Person()
        _apply(s, person, data)
        run_validators(s, person)
        s.add(person)
    else:
        found = s.get(m.Person, data.id)
        if found is None:
            raise NotFoundError(f"人员（编号 {data.id}）不存在。")
        person = found
        _apply(s, person, data)
        run_validators(s, person)
    s.flush()
    _set_sectors(s, person.id, data.sectors)
    return person.id


def save_person(db: Database, data: PersonData, operator: str | None = None) -> int:
    with unit_of_work(db, operator) as s:
        return write_person(s, data)


def load_person(db: Database, person_id: int) -> PersonData:
    with read_session(db) as s:
        p = s.get(m.Person, person_id)
        if p is None:
            raise NotFoundError(f"人员（编号 {person_id}）不存在。")
        return to_data(p)


def to_data(p: m.Person) -> PersonData:
    return PersonData(
        id=p.id, name=p.name, gender=p.gender, unit=p.unit, post=p.post, rank=p.rank,
        phone=p.phone, id_number=p.id_number,
        home_region=p.home_region.name if p.home_region is not None else "",
        sectors=[x.name for x in p.sectors], pool_type=p.pool_type, active=p.active,
        note=p.note,
    )


def set_condition(db: Database, person_id: int, condition_no: int, met: bool, *,
                  checked_by: str, checked_on: dt.date, operator: str | None = None) -> None:
    """Record that one of the four member conditions was checked (and by whom, when)."""
    with unit_of_work(db, operator) as s:
        _set_condition(s, person_id, condition_no, met, checked_by, checked_on)


def _set_condition(s: Session, person_id: int, condition_no: int, met: bool,
                   checked_by: str, checked_on: dt.date) -> None:
    if not 1 <= condition_no <= 4:
        raise ValidationError("条件序号应为 1 到 4。", field="condition_no")
    if met and not checked_by.strip():
        raise ValidationError("标记为符合条件时必须填写核查人。", field="checked_by")
    if s.get(m.Person, person_id) is None:
        raise NotFoundError(f"人员（编号 {person_id}）不存在。")
    row = s.scalar(select(m.PersonCondition).where(
        m.PersonCondition.person_id == person_id,
        m.PersonCondition.condition_no == condition_no))
    if row is None:
        row = m.PersonCondition(person_id=person_id, condition_no=condition_no)
        s.add(row)
    row.met = met
    row.checked_by = checked_by.strip() or None
    row.checked_on = checked_on


@dataclass(frozen=True)
class ConditionCheck:
    """One of the four conditions as the clerk set it in the person form."""

    condition_no: int
    met: bool
    checked_by: str
    checked_on: dt.date


@dataclass(frozen=True)
class NewPeriod:
    start: dt.date
    end: dt.date
    reason: str = ""


def save_person_form(db: Database, data: PersonData, *,
                     conditions: Sequence[ConditionCheck] = (),
                     new_periods: Sequence[NewPeriod] = (),
                     removed_periods: Sequence[int] = (),
                     operator: str | None = None) -> tuple[int, list[int]]:
    """Everything the person form changed, in one transaction: the person, the conditions
    checked, the unavailable periods added and removed (removed ones go to the trash).
    Returns the person's id and the new periods' ids. On any error nothing is saved."""
    from xuncha_desktop.services import trash

    for period in new_periods:
        if period.end < period.start:
            raise ValidationError("不可用时段的结束日期不能早于开始日期。", field="end_date")
    with unit_of_work(db, operator) as s:
        person_id = write_person(s, data)
        for c in conditions:
            _set_condition(s, person_id, c.condition_no, c.met, c.checked_by, c.checked_on)
        added = []
        for period in new_periods:
            row = m.PersonUnavailability(person_id=person_id, start_date=period.start,
                                         end_date=period.end, reason=period.reason)
            s.add(row)
            s.flush()
            added.append(row.id)
        for pid in removed_periods:
            trash.trash_in_session(s, m.PersonUnavailability, pid, reason="")
        return person_id, added


def set_all_conditions(db: Database, person_id: int, *, checked_by: str, checked_on: dt.date,
                       operator: str | None = None) -> None:
    for no in range(1, 5):
        set_condition(db, person_id, no, True, checked_by=checked_by, checked_on=checked_on,
                      operator=operator)


def add_unavailability(db: Database, person_id: int, start: dt.date, end: dt.date,
                       reason: str = "", operator: str | None = None) -> int:
    if end < start:
        raise ValidationError("不可用时段的结束日期不能早于开始日期。", field="end_date")
    with unit_of_work(db, operator) as s:
        row = m.PersonUnavailability(person_id=person_id, start_date=start, end_date=end,
                                     reason=reason)
        s.add(row)
        s.flush()
        return row.id


def set_active(db: Database, person_id: int, active: bool, operator: str | None = None) -> None:
    with unit_of_work(db, operator) as s:
        p = s.get(m.Person, person_id)
        if p is None:
            raise NotFoundError(f"人员（编号 {person_id}）不存在。")
        p.active = active


@dataclass(frozen=True)
class PersonHit:
    id: int
    name: str
    unit: str
    rank: str
    pool_type: str
    home_region: str
    sectors: str


def search(db: Database, text: str = "", *, unit: str = "", sector: str = "", region: str = "",
           pool_type: str = "", limit: int = 200) -> list[PersonHit]:
    """Search by name (or its pinyin initials), unit, sector and region."""
    with read_session(db) as s:
        stmt = select(m.Person).outerjoin(m.Region, m.Region.id == m.Person.home_region_id)
        word = text.strip()
        if word:
            stmt = stmt.where(m.Person.name.contains(word)
                              | m.Person.name_initials.startswith(word.upper()))
        if unit.strip():
            stmt = stmt.where(m.Person.unit.contains(unit.strip()))
        if region.strip():
            stmt = stmt.where(m.Region.name == region.strip())
        if pool_type:
            stmt = stmt.where(m.Person.pool_type == pool_type)
        if sector.strip():
            stmt = stmt.where(m.Person.id.in_(
                select(m.PersonSector.person_id).join(
                    m.Sector, m.Sector.id == m.PersonSector.sector_id)
                .where(m.Sector.name == sector.strip())))
        people = s.scalars(stmt.order_by(m.Person.name, m.Person.id).limit(limit)).all()
        return [PersonHit(p.id, p.name, p.unit, p.rank, p.pool_type,
                          p.home_region.name if p.home_region else "",
                          "、".join(x.name for x in p.sectors)) for p in people]
