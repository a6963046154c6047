"""Per-entity rules checked before the database constraints, so messages name the field."""

from __future__ import annotations

import datetime as dt
import re

from pypinyin import Style, lazy_pinyin
from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from xuncha_desktop.db import models as m
from xuncha_desktop.errors import ValidationError
from xuncha_desktop.services.crud import validator

PHONE_RE = re.compile(r"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$")
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def valid_id_number(value: str) -> bool:
    """National ID (GB 11643-1999) with its ISO 7064 MOD 11-2 check digit."""
    if not re.fullmatch(r"\d{17}[\dX]", value):
        return False
    try:
        dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    total = sum(int(d) * w for d, w in zip(value[:17], _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11] == value[17]


def _blank(value: str | None) -> bool:
    return value is None or not value.strip()


def _require(value: str | None, entity: str, name: str, field: str) -> None:
    if _blank(value):
        raise ValidationError(f"{entity}的“{name}”不能为空。", field=field)


def _dates(start: dt.date | None, end: dt.date | None, entity: str, start_name: str,
           end_name: str, field: str) -> None:
    if start and end and end < start:
        raise ValidationError(
            f"{entity}的“{end_name}”（{end:%Y-%m-%d}）早于“{start_name}”（{start:%Y-%m-%d}）。",
            field=field,
        )


@validator(m.Region)
def _region(session: Session, obj: m.Region) -> None:
    _require(obj.name, "市县", "名称", "name")
    if obj.code is not None and obj.code != "" and not re.fullmatch(r"\d{6}", obj.code):
        raise ValidationError("市县的“区划代码”必须是 6 位数字，或留空。", field="code")
    if obj.code == "":
        obj.code = None
    if obj.kind not in m.REGION_KINDS:
        raise ValidationError(
            f"市县的“类别”只能是：{'、'.join(m.REGION_KINDS)}。", field="kind"
        )


@validator(m.Plan)
def _plan(session: Session, obj: m.Plan) -> None:
    _require(obj.title, "巡查计划", "标题", "title")
    cycle = session.get(m.Cycle, obj.cycle_id)
    if cycle is None:
        raise ValidationError("巡查计划必须属于一个巡查周期。", field="cycle_id")
    if not cycle.start_year <= obj.year <= cycle.end_year:
        raise ValidationError(
            f"巡查计划的“年度”{obj.year} 不在巡查周期 {cycle.start_year}—{cycle.end_year} 年之内。",
            field="year",
        )
    if obj.state not in m.PLAN_STATES:
        raise ValidationError("巡查计划的“状态”取值无效。", field="state")


@validator(m.Batch)
def _batch(session: Session, obj: m.Batch) -> None:
    _dates(obj.start_date, obj.end_date, "批次", "开始日期", "结束日期", "end_date")


@validator(m.Target)
def _target(session: Session, obj: m.Target) -> None:
    _dates(obj.entry_date, obj.exit_date, "巡查对象", "进驻日期", "撤离日期", "exit_date")
    batch = session.get(m.Batch, obj.batch_id)
    if batch is None:
        raise ValidationError("巡查对象必须属于一个批次。", field="batch_id")
    if obj.entry_date and obj.exit_date and not (
        batch.start_date <= obj.entry_date and obj.exit_date <= batch.end_date
    ):
        raise ValidationError(
            f"巡查对象的进驻、撤离日期必须在批次 {batch.start_date:%Y-%m-%d}"
            f" 至 {batch.end_date:%Y-%m-%d} 之内。",
            field="entry_date",
        )
    region = session.get(m.Region, obj.region_id)
    if region is None:
        raise ValidationError("巡查对象的“市县”不存在。", field="region_id")
    dup = session.scalar(
        select(m.Target.id).where(
            m.Target.batch_id == obj.batch_id, m.Target.region_id == obj.region_id,
            m.Target.id != (obj.id or 0),
        )
    )
    if dup is not None:
        raise ValidationError(f"“{region.name}”在本批次中已经安排，不能重复。", field="region_id")
    clash = session.scalar(
        select(m.Batch.seq).join(m.Target, m.Target.batch_id == m.Batch.id)
        .join(m.Plan, m.Plan.id == m.Batch.plan_id).where(
            m.Target.region_id == obj.region_id,
            m.Target.id != (obj.id or 0),
            m.Batch.id != batch.id,
            m.Plan.state != "已撤销",
            and_(m.Batch.start_date <= batch.end_date, m.Batch.end_date >= batch.start_date),
        )
    )
    if clash is not None:
        raise ValidationError(
            f"“{region.name}”已安排在日期重叠的第 {clash} 批次中，不能重复安排。",
            field="region_id",
        )


@validator(m.Person)
def _person(session: Session, obj: m.Person) -> None:
    _require(obj.name, "人员", "姓名", "name")
    _require(obj.unit, "人员", "单位", "unit")
    if obj.gender not in m.GENDERS:
        raise ValidationError("人员的“性别”只能是“男”或“女”。", field="gender")
    if obj.rank not in m.RANKS:
        raise ValidationError(f"人员的“职级”只能是：{'、'.join(m.RANKS)}。", field="rank")
    if obj.phone and not PHONE_RE.match(obj.phone):
        raise ValidationError(
            f"电话号码“{obj.phone}”格式不正确，请填写 11 位手机号或带区号的固定电话。",
            field="phone",
        )
    if obj.id_number == "":
        obj.id_number = None
    if obj.id_number is not None:
        obj.id_number = obj.id_number.upper()
        if not valid_id_number(obj.id_number):
            raise ValidationError("身份证号码不正确（位数、出生日期或校验位有误）。", field="id_number")
    obj.name_initials = "".join(
        p[0] for p in lazy_pinyin(obj.name, style=Style.FIRST_LETTER, errors="ignore") if p
    ).upper()


@validator(m.Membership)
def _membership(session: Session, obj: m.Membership) -> None:
    if obj.selection == "指定" and _blank(obj.selection_reason):
        raise ValidationError("指定人选必须填写指定理由。", field="selection_reason")
    _dates(obj.join_date, obj.leave_date, "巡查组成员", "加入日期", "离组日期", "leave_date")


@validator(m.Finding)
def _finding(session: Session, obj: m.Finding) -> None:
    _require(obj.description, "问题隐患", "问题描述", "description")
    if obj.state != "已发现":
        _require(obj.responsible_unit, "问题隐患", "责任单位", "responsible_unit")
        if obj.deadline is None:
            raise ValidationError("交办后的问题隐患必须有“整改期限”。", field="deadline")


@validator(m.Interview)
def _interview(session: Session, obj: m.Interview) -> None:
    _require(obj.party, "约谈", "被约谈单位", "party")


@validator(m.Cycle)
def _cycle(session: Session, obj: m.Cycle) -> None:
    if not 1 <= (obj.length_years or 0) <= 10:
        raise ValidationError("巡查周期的“年限”必须在 1 到 10 年之间。", field="length_years")


@validator(m.Evaluation)
def _evaluation(session: Session, obj: m.Evaluation) -> None:
    if obj.grade != obj.computed_grade and _blank(obj.override_reason):
        raise ValidationError("调整评价等次必须写明理由。", field="override_reason")
