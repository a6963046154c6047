"""巡查计划: coverage cycles, annual plans with batches and targets, the approval flow, the
coverage matrix, warnings and the next-year suggestion.

Everything here is Qt-free and returns frozen dataclasses.

Rules
-----
* **Cycles** (三年全覆盖): a cycle has a start year and a length (office setting
  ``cycle_length_years``, default 3). Its 巡查对象 are all active regions minus the ones the
  office marked 不适用 for it, each with a reason.
* **Saving a plan** (:func:`save_plan`) checks the whole plan first and then writes the plan,
  its batches and targets in one unit of work: a plan is saved whole or not at all. Every
  breach is a :class:`ValidationError` whose message names the fields in Chinese and whose
  ``field`` lists the offending input paths (``batches[0].targets[1].exit_date``…), separated
  by commas when fields clash.
* **States**: 草拟 → 报批 → 已批准 → 实施中 → 已完成, or 已撤销 (from any state before 已完成);
  报批 can be sent back to 草拟. Each transition keeps operator, time and note
  (:data:`TRANSITIONS`). Only a 草拟 plan is edited freely; an approved or running plan is
  edited only through :func:`change_plan`, which needs a reason and keeps a
  :class:`~xuncha_desktop.db.models.PlanChange` with a summary of what changed.
* **Coverage**: a region is 已巡查 in a cycle when one of its tours in a plan of the cycle is
  finished (plan 已完成, or plan 实施中 and the 撤离 date reached); 实施中 while a running
  plan's tour is under way; 已计划 when an approved/running plan has it later; 拟安排 when only a
  草拟/报批 plan has it; otherwise 未安排. Cancelled plans do not count.
* **Repeats**: a region planned twice in one cycle needs a reason. The reason is written in the
  备注 of a plan as a line ``再次巡查 海口市：理由`` (no schema change needed); a repeat
  without such a line is a warning.
* **Risk score** of the next-year suggestion (:class:`RiskWeights`, computed with SQL
  aggregates)::

      score = 3 × open major hazards (重大事故隐患 not yet 已销号)
            + 2 × overdue rectifications (any finding not 已销号 whose 整改期限 has passed)
            + grade points of the last tour's 评价 (差 10, 一般 6, 较好 3, 好 0, none 4)
            + 2 × years since the last finished tour (capped at 5; never toured counts 5)
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, selectinload

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import ConflictError, NotFoundError, StateError, ValidationError
from xuncha_desktop.services.crud import validate
from xuncha_desktop.services.office_settings import load_office_settings
from xuncha_desktop.services.queries import (
    Choice,
    batch_label,
    chinese_number,
    format_date,
    format_date_range,
)
from xuncha_desktop.services.uow import read_session, unit_of_work

# ---------------------------------------------------------------------------------------------
# States and transitions
# ---------------------------------------------------------------------------------------------
DRAFT, SUBMITTED, APPROVED, RUNNING, DONE, CANCELLED = m.PLAN_STATES
EDITABLE_STATES = (DRAFT,)
CHANGEABLE_STATES = (APPROVED, RUNNING)
COUNTING_STATES = (DRAFT, SUBMITTED, APPROVED, RUNNING, DONE)


@dataclass(frozen=True)
class Action:
    """A state action the user can take: button text, target state, whether a note is needed."""

    name: str
    to_state: str
    note_required: bool
    confirm: str


ACTIONS: tuple[Action, ...] = (
    Action("报批", SUBMITTED, False, "将计划报省安委会审批？报批后不能直接修改。"),
    Action("退回修改", DRAFT, True, "将计划退回草拟状态修改？请写明退回理由。"),
    Action("批准", APPROVED, False, "确认省安委会已批准该计划？批准后修改须走“变更”。"),
    Action("开始实施", RUNNING, False, "开始实施该计划？"),
    Action("完成", DONE, False, "确认该计划的巡查已全部完成？完成后不能再修改。"),
    Action("撤销", CANCELLED, True, "撤销该计划？撤销后不能恢复，其中的市县不再计入覆盖。"),
)
_ACTION_BY_STATE = {a.to_state: a for a in ACTIONS}

TRANSITIONS: Mapping[str, tuple[str, ...]] = {
    DRAFT: (SUBMITTED, CANCELLED),
    SUBMITTED: (APPROVED, DRAFT, CANCELLED),
    APPROVED: (RUNNING, CANCELLED),
    RUNNING: (DONE, CANCELLED),
    DONE: (),
    CANCELLED: (),
}
"""Legal transitions: state → the states it may move to."""


def allowed_actions(state: str) -> list[Action]:
    return [_ACTION_BY_STATE[s] for s in TRANSITIONS.get(state, ())]


# ---------------------------------------------------------------------------------------------
# Plain data
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ExclusionRow:
    region_id: int
    region: str
    reason: str


@dataclass(frozen=True)
class CycleRow:
    id: int
    name: str
    start_year: int
    length_years: int
    exclusions: tuple[ExclusionRow, ...] = ()

    @property
    def end_year(self) -> int:
        return self.start_year + self.length_years - 1

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(range(self.start_year, self.end_year + 1))

    @property
    def label(self) -> str:
        return f"{self.name}（{self.start_year}—{self.end_year}年）"


@dataclass
class TargetInput:
    region_id: int
    entry_date: dt.date
    exit_date: dt.date
    team_id: int | None = None
    extension_scope: str = ""
    mobilization: str = ""
    id: int | None = None


@dataclass
class BatchInput:
    start_date: dt.date
    end_date: dt.date
    name: str = ""
    targets: list[TargetInput] = field(default_factory=list)
    id: int | None = None


@dataclass
class PlanInput:
    cycle_id: int
    year: int
    title: str
    basis: str = ""
    note: str = ""
    batches: list[BatchInput] = field(default_factory=list)


@dataclass(frozen=True)
class TransitionRow:
    from_state: str | None
    to_state: str
    operator: str
    at: dt.datetime
    note: str


@dataclass(frozen=True)
class ChangeRow:
    reason: str
    summary: str
    operator: str
    at: dt.datetime


@dataclass(frozen=True)
class PlanDetail:
    id: int
    version: int
    state: str
    cycle: CycleRow
    data: PlanInput
    regions: Mapping[int, str]
    teams: Mapping[int, str]
    transitions: tuple[TransitionRow, ...]
    changes: tuple[ChangeRow, ...]

    @property
    def title(self) -> str:
        return self.data.title


DEFAULT_BASIS = "《海南省安全生产巡查工作制度（试行）》（琼府〔2016〕71号）"


# ---------------------------------------------------------------------------------------------
# Reference choices
# ---------------------------------------------------------------------------------------------
def region_choices(db: Database, *, include_inactive: bool = False) -> list[Choice]:
    stmt = select(m.Region.id, m.Region.name).order_by(m.Region.sort_order, m.Region.id)
    if not include_inactive:
        stmt = stmt.where(m.Region.active.is_(True))
    with read_session(db) as session:
        return [Choice(i, n) for i, n in session.execute(stmt)]


def team_choices(db: Database) -> list[Choice]:
    stmt = select(m.Team.id, m.Team.name, m.Team.state).order_by(m.Team.id)
    with read_session(db) as session:
        return [Choice(i, f"{n}（{s}）") for i, n, s in session.execute(stmt)]


# ---------------------------------------------------------------------------------------------
# Cycles
# ---------------------------------------------------------------------------------------------
def _cycle_row(c: m.Cycle) -> CycleRow:
    excl = tuple(
        ExclusionRow(e.region_id, e.region.name, e.reason)
        for e in sorted(c.exclusions, key=lambda e: (e.region.sort_order, e.region_id))
    )
    return CycleRow(c.id, c.name, c.start_year, c.length_years, excl)


def _cycle_query() -> Any:
    return select(m.Cycle).options(
        selectinload(m.Cycle.exclusions).selectinload(m.CycleExclusion.region)
    )


def list_cycles(db: Database) -> list[CycleRow]:
    with read_session(db) as session:
        return [_cycle_row(c) for c in session.scalars(_cycle_query().order_by(m.Cycle.start_year))]


def get_cycle(db: Database, cycle_id: int) -> CycleRow:
    with read_session(db) as session:
        c = session.scalar(_cycle_query().where(m.Cycle.id == cycle_id))
        if c is None:
            raise NotFoundError(f"找不到编号为 {cycle_id} 的巡查周期，可能已被删除。")
        return _cycle_row(c)


def cycle_for_year(db: Database, year: int) -> CycleRow | None:
    """The cycle whose years contain ``year``, if any."""
    with read_session(db) as session:
        c = session.scalar(
            _cycle_query().where(
                m.Cycle.start_year <= year, m.Cycle.start_year + m.Cycle.length_years > year
            )
        )
        return _cycle_row(c) if c is not None else None


def create_cycle(db: Database, start_year: int, *, length_years: int | None = None,
                 name: str = "", operator: str | None = None) -> CycleRow:
    """A new cycle; the length defaults to the office setting (3 years)."""
    length = length_years or load_office_settings(db).cycle_length_years
    if not 2000 <= start_year <= 2100:
        raise ValidationError(f"巡查周期的“起始年度”{start_year} 不正确。", field="start_year")
    if not 1 <= length <= 10:
        raise ValidationError("巡查周期的“年限”必须在 1 到 10 年之间。", field="length_years")
    end = start_year + length - 1
    with unit_of_work(db, operator) as session:
        overlap = session.scalar(
            select(m.Cycle.name).where(
                m.Cycle.start_year <= end, m.Cycle.start_year + m.Cycle.length_years > start_year
            )
        )
        if overlap is not None:
            raise ValidationError(
                f"{start_year}—{end}年与已有的巡查周期“{overlap}”重叠。", field="start_year"
            )
        c = m.Cycle(name=name.strip() or f"{start_year}—{end}年安全生产巡查周期",
                    start_year=start_year, length_years=length)
        validate(session, c)
        session.add(c)
        session.flush()
        cycle_id = c.id
    return get_cycle(db, cycle_id)


def set_exclusion(db: Database, cycle_id: int, region_id: int, reason: str,
                  operator: str | None = None) -> CycleRow:
    """Mark a region 不适用 for a cycle (or change the reason)."""
    reason = reason.strip()
    if not reason:
        raise ValidationError("标为不适用必须填写“理由”。", field="reason")
    with unit_of_work(db, operator) as session:
        region = session.get(m.Region, region_id)
        if region is None:
            raise ValidationError("该市县不存在，可能已被删除。", field="region_id")
        row = session.scalar(
            select(m.CycleExclusion).where(
                m.CycleExclusion.cycle_id == cycle_id, m.CycleExclusion.region_id == region_id
            )
        )
        if row is None:
            if session.get(m.Cycle, cycle_id) is None:
                raise NotFoundError(f"找不到编号为 {cycle_id} 的巡查周期。")
            session.add(m.CycleExclusion(cycle_id=cycle_id, region_id=region_id, reason=reason))
        else:
            row.reason = reason
    return get_cycle(db, cycle_id)


def remove_exclusion(db: Database, cycle_id: int, region_id: int,
                     operator: str | None = None) -> CycleRow:
    with unit_of_work(db, operator) as session:
        row = session.scalar(
            select(m.CycleExclusion).where(
                m.CycleExclusion.cycle_id == cycle_id, m.CycleExclusion.region_id == region_id
            )
        )
        if row is not None:
            session.delete(row)
    return get_cycle(db, cycle_id)


# ---------------------------------------------------------------------------------------------
# Reading a plan
# ---------------------------------------------------------------------------------------------
def _names(session: Session, model: type[m.Region] | type[m.Team]) -> dict[int, str]:
    return {int(r[0]): str(r[1]) for r in session.execute(select(model.id, model.name))}


def _load_plan(session: Session, plan_id: int) -> m.Plan:
    plan = session.scalar(
        select(m.Plan)
        .where(m.Plan.id == plan_id)
        .options(
            selectinload(m.Plan.batches).selectinload(m.Batch.targets),
            selectinload(m.Plan.transitions),
            selectinload(m.Plan.cycle).selectinload(m.Cycle.exclusions)
            .selectinload(m.CycleExclusion.region),
        )
    )
    if plan is None:
        raise NotFoundError(f"找不到编号为 {plan_id} 的巡查计划，可能已被删除。")
    return plan


def _plan_input(plan: m.Plan) -> PlanInput:
    return PlanInput(
        cycle_id=plan.cycle_id, year=plan.year, title=plan.title, basis=plan.basis,
        note=plan.note,
        batches=[
            BatchInput(
                start_date=b.start_date, end_date=b.end_date, name=b.name, id=b.id,
                targets=[
                    TargetInput(t.region_id, t.entry_date, t.exit_date, t.team_id,
                                t.extension_scope, t.mobilization, t.id)
                    for t in sorted(b.targets, key=lambda t: (t.entry_date, t.id))
                ],
            )
            for b in plan.batches
        ],
    )


def load_plan(db: Database, plan_id: int) -> PlanDetail:
    with read_session(db) as session:
        plan = _load_plan(session, plan_id)
        regions = _names(session, m.Region)
        teams = _names(session, m.Team)
        changes = session.scalars(
            select(m.PlanChange).where(m.PlanChange.plan_id == plan_id).order_by(m.PlanChange.id)
        )
        return PlanDetail(
            id=plan.id, version=plan.version, state=plan.state, cycle=_cycle_row(plan.cycle),
            data=_plan_input(plan), regions=regions, teams=teams,
            transitions=tuple(
                TransitionRow(t.from_state, t.to_state, t.operator, t.at, t.note)
                for t in plan.transitions
            ),
            changes=tuple(ChangeRow(c.reason, c.summary, c.operator, c.at) for c in changes),
        )


def new_plan_input(db: Database, year: int) -> PlanInput:
    """An empty draft for ``year``: its cycle, a title and the regulation as the basis."""
    cycle = cycle_for_year(db, year)
    if cycle is None:
        raise ValidationError(
            f"还没有包含 {year} 年的巡查周期。", field="year",
            hint="请先在“覆盖情况”中新建巡查周期。",
        )
    return PlanInput(cycle_id=cycle.id, year=year, title=f"{year}年度全省安全生产巡查工作计划",
                     basis=DEFAULT_BASIS)


# ---------------------------------------------------------------------------------------------
# Checking a plan (before anything is written)
# ---------------------------------------------------------------------------------------------
def _b_label(i: int, b: BatchInput) -> str:
    return batch_label(i + 1, b.name)


def _fields(*paths: str) -> str:
    return ",".join(paths)


def _overlap(a0: dt.date, a1: dt.date, b0: dt.date, b1: dt.date) -> bool:
    return a0 <= b1 and b0 <= a1


def check_plan(session: Session, data: PlanInput, plan_id: int | None = None,
               existing_target_ids: Iterable[int] = ()) -> None:
    """Raise a :class:`ValidationError` naming the field(s) for the first breach found."""
    if not data.title or not data.title.strip():
        raise ValidationError("巡查计划的“标题”不能为空。", field="title")
    cycle = session.get(m.Cycle, data.cycle_id)
    if cycle is None:
        raise ValidationError("巡查计划必须属于一个巡查周期，请选择“巡查周期”。", field="cycle_id")
    if not cycle.start_year <= data.year <= cycle.end_year:
        raise ValidationError(
            f"巡查计划的“年度”{data.year} 不在巡查周期“{cycle.name}”"
            f"（{cycle.start_year}—{cycle.end_year}年）之内。",
            field="year", hint="请改正年度，或选择包含该年度的巡查周期。",
        )
    other = session.execute(
        select(m.Plan.title, m.Plan.state).where(
            m.Plan.year == data.year, m.Plan.state != CANCELLED, m.Plan.id != (plan_id or 0)
        )
    ).first()
    if other is not None:
        raise ValidationError(
            f"{data.year}年已有巡查计划“{other[0]}”（{other[1]}），每年只有一份年度计划。",
            field="year", hint="请修改该计划（已批准的请“变更”），或先撤销它。",
        )
    regions = {r.id: r for r in session.scalars(select(m.Region))}
    excluded = {
        e.region_id: e.reason
        for e in session.scalars(
            select(m.CycleExclusion).where(m.CycleExclusion.cycle_id == cycle.id)
        )
    }
    team_ids = set(session.scalars(select(m.Team.id)))
    keep = set(existing_target_ids)

    def region_name(rid: int) -> str:
        r = regions.get(rid)
        return r.name if r is not None else f"编号 {rid}"

    for i, b in enumerate(data.batches):
        bl, bp = _b_label(i, b), f"batches[{i}]"
        if b.start_date is None or b.end_date is None:
            raise ValidationError(f"{bl}的“开始日期”和“结束日期”必须填写。",
                                  field=_fields(f"{bp}.start_date", f"{bp}.end_date"))
        if b.end_date < b.start_date:
            raise ValidationError(
                f"{bl}的“结束日期”（{format_date(b.end_date)}）早于“开始日期”"
                f"（{format_date(b.start_date)}）。",
                field=_fields(f"{bp}.end_date", f"{bp}.start_date"),
            )
        if b.start_date.year != data.year:
            raise ValidationError(
                f"{bl}的“开始日期”（{format_date(b.start_date)}）不在计划年度 {data.year} 年内。",
                field=_fields(f"{bp}.start_date", "year"),
            )
        seen: dict[int, int] = {}
        for j, t in enumerate(b.targets):
            tp = f"{bp}.targets[{j}]"
            region = regions.get(t.region_id)
            if region is None:
                raise ValidationError(
                    f"{bl}第 {j + 1} 个巡查对象的“市县”已被删除，请重新选择。",
                    field=f"{tp}.region_id",
                )
            where = f"{bl} · {region.name}"
            if not region.active and t.id not in keep:
                raise ValidationError(f"{where}：该市县已停用，不能安排巡查。",
                                      field=f"{tp}.region_id")
            if t.region_id in excluded:
                raise ValidationError(
                    f"{where}：该市县在本巡查周期已标为不适用（{excluded[t.region_id]}），"
                    "不能安排巡查。",
                    field=f"{tp}.region_id",
                )
            if t.region_id in seen:
                raise ValidationError(
                    f"“{region.name}”在{bl}中重复安排（第 {seen[t.region_id] + 1} 个和第 {j + 1} 个"
                    "巡查对象），同一批次中每个市县只能安排一次。",
                    field=_fields(f"{tp}.region_id", f"{bp}.targets[{seen[t.region_id]}].region_id"),
                )
            seen[t.region_id] = j
            if t.entry_date is None or t.exit_date is None:
                raise ValidationError(f"{where}的“进驻日期”和“撤离日期”必须填写。",
                                      field=_fields(f"{tp}.entry_date", f"{tp}.exit_date"))
            if t.exit_date < t.entry_date:
                raise ValidationError(
                    f"{where}的“撤离日期”（{format_date(t.exit_date)}）早于“进驻日期”"
                    f"（{format_date(t.entry_date)}）。",
                    field=_fields(f"{tp}.exit_date", f"{tp}.entry_date"),
                )
            if t.entry_date < b.start_date or t.exit_date > b.end_date:
                raise ValidationError(
                    f"{where}的“进驻日期”—“撤离日期”（{format_date_range(t.entry_date, t.exit_date)}）"
                    f"超出了{bl}的“开始日期”—“结束日期”（{format_date_range(b.start_date, b.end_date)}）。",
                    field=_fields(f"{tp}.entry_date", f"{tp}.exit_date",
                                  f"{bp}.start_date", f"{bp}.end_date"),
                )
            if t.team_id is not None and t.team_id not in team_ids:
                raise ValidationError(f"{where}的“巡查组”已被删除，请重新选择。",
                                      field=f"{tp}.team_id")
    # Overlapping batches of this plan must not send a region twice.
    for i, a in enumerate(data.batches):
        for k in range(i + 1, len(data.batches)):
            b = data.batches[k]
            if not _overlap(a.start_date, a.end_date, b.start_date, b.end_date):
                continue
            a_regions = {t.region_id: j for j, t in enumerate(a.targets)}
            for j, t in enumerate(b.targets):
                if t.region_id in a_regions:
                    raise ValidationError(
                        f"{_b_label(i, a)}（{format_date_range(a.start_date, a.end_date)}）与"
                        f"{_b_label(k, b)}（{format_date_range(b.start_date, b.end_date)}）日期重叠，"
                        f"不能都安排“{region_name(t.region_id)}”。",
                        field=_fields(f"batches[{i}].targets[{a_regions[t.region_id]}].region_id",
                                      f"batches[{k}].targets[{j}].region_id",
                                      f"batches[{i}].start_date", f"batches[{i}].end_date",
                                      f"batches[{k}].start_date", f"batches[{k}].end_date"),
                    )
    # … nor may a batch of another (not cancelled) plan.
    for i, b in enumerate(data.batches):
        wanted = {t.region_id: j for j, t in enumerate(b.targets)}
        if not wanted:
            continue
        clash = session.execute(
            select(m.Target.region_id, m.Plan.title, m.Batch.seq, m.Batch.name,
                   m.Batch.start_date, m.Batch.end_date)
            .join(m.Batch, m.Batch.id == m.Target.batch_id)
            .join(m.Plan, m.Plan.id == m.Batch.plan_id)
            .where(
                m.Plan.id != (plan_id or 0),
                m.Plan.state != CANCELLED,
                m.Target.region_id.in_(wanted),
                m.Batch.start_date <= b.end_date,
                m.Batch.end_date >= b.start_date,
            )
            .limit(1)
        ).first()
        if clash is not None:
            rid, title, seq, name, s0, s1 = clash
            raise ValidationError(
                f"{_b_label(i, b)}（{format_date_range(b.start_date, b.end_date)}）与“{title}”"
                f"{batch_label(seq, name)}（{format_date_range(s0, s1)}）日期重叠，"
                f"不能重复安排“{region_name(rid)}”。",
                field=_fields(f"batches[{i}].targets[{wanted[rid]}].region_id",
                              f"batches[{i}].start_date", f"batches[{i}].end_date"),
            )


# ---------------------------------------------------------------------------------------------
# Writing a plan
# ---------------------------------------------------------------------------------------------
_TOUR_RECORDS: tuple[Any, ...] = (
    m.Finding.target_id, m.Interview.target_id, m.Checklist.target_id, m.Evaluation.target_id,
    m.UnitVisit.target_id, m.CooperationBreach.target_id,
)


def _has_tour_records(session: Session, target_id: int) -> bool:
    for col in _TOUR_RECORDS:
        if session.scalar(select(col).where(col == target_id).limit(1)) is not None:
            return True
    notice = session.scalar(
        select(m.IssuedDocument.id).where(
            m.IssuedDocument.kind == "notice", m.IssuedDocument.source_id == target_id
        ).limit(1)
    )
    return notice is not None


def _write(session: Session, plan: m.Plan, data: PlanInput) -> None:
    """Make ``plan`` equal to ``data`` (batches and targets matched by id)."""
    plan.cycle_id, plan.year = data.cycle_id, data.year
    plan.title, plan.basis, plan.note = data.title.strip(), data.basis.strip(), data.note.strip()
    validate(session, plan)
    old_batches = {b.id: b for b in plan.batches}
    wanted_batch_ids = {b.id for b in data.batches if b.id is not None}
    if wanted_batch_ids - set(old_batches):
        raise ConflictError("批次已被他人删除，您的修改没有保存。", hint="请刷新后重新修改。")
    names = _names(session, m.Region)
    # Remove batches and targets that are gone (refuse when tour work was recorded on them).
    for b in list(plan.batches):
        keep_targets = set()
        if b.id in wanted_batch_ids:
            bi = next(x for x in data.batches if x.id == b.id)
            keep_targets = {t.id for t in bi.targets if t.id is not None}
        for t in list(b.targets):
            if t.id not in keep_targets and _has_tour_records(session, t.id):
                raise ValidationError(
                    f"“{names.get(t.region_id, '')}”（{batch_label(b.seq, b.name)}）已有发文或巡查"
                    "记录（检查表、问题隐患、约谈等），不能从计划中删除。",
                    field="batches", hint="如确需调整，请先处理相关记录。",
                )
            if t.id not in keep_targets:
                b.targets.remove(t)
        if b.id not in wanted_batch_ids:
            plan.batches.remove(b)
    session.flush()
    # Free the sequence numbers when batches are renumbered (UNIQUE plan_id, seq).
    kept = [old_batches[b.id] for b in data.batches if b.id is not None]
    final_seq = {b.id: i + 1 for i, b in enumerate(data.batches) if b.id is not None}
    if any(b.seq != final_seq[b.id] for b in kept):
        for b in kept:
            b.seq = b.seq + 1000
        session.flush()
    for i, bi in enumerate(data.batches):
        if bi.id is not None:
            batch = old_batches[bi.id]
            batch.seq, batch.name = i + 1, bi.name.strip()
            batch.start_date, batch.end_date = bi.start_date, bi.end_date
        else:
            batch = m.Batch(seq=i + 1, name=bi.name.strip(), start_date=bi.start_date,
                            end_date=bi.end_date)
            plan.batches.append(batch)
        session.flush()
        validate(session, batch)
        old_targets = {t.id: t for t in batch.targets}
        for ti in bi.targets:
            if ti.id is not None and ti.id in old_targets:
                t = old_targets[ti.id]
            else:
                t = m.Target(batch_id=batch.id)
            t.region_id, t.team_id = ti.region_id, ti.team_id
            t.entry_date, t.exit_date = ti.entry_date, ti.exit_date
            t.extension_scope, t.mobilization = ti.extension_scope.strip(), ti.mobilization.strip()
            validate(session, t)
            if t.id is None:
                batch.targets.append(t)
            session.flush()


def _record(session: Session, plan: m.Plan, from_state: str | None, to_state: str,
            operator: str, note: str = "", at: dt.datetime | None = None) -> None:
    session.add(m.PlanTransition(plan_id=plan.id, from_state=from_state, to_state=to_state,
                                 operator=operator, at=at or dt.datetime.now().replace(microsecond=0),
                                 note=note))


def save_plan(db: Database, data: PlanInput, *, plan_id: int | None = None,
              expected_version: int | None = None, operator: str | None = None) -> int:
    """Create a draft plan, or save a 草拟 plan whole; returns the plan id."""
    who = operator or db.operator
    with unit_of_work(db, who) as session:
        if plan_id is None:
            check_plan(session, data)
            plan = m.Plan(cycle_id=data.cycle_id, year=data.year, title=data.title.strip(),
                          state=DRAFT)
            session.add(plan)
            session.flush()
            _record(session, plan, None, DRAFT, who, "新建计划")
        else:
            plan = _load_plan(session, plan_id)
            _check_version(plan, expected_version)
            if plan.state not in EDITABLE_STATES:
                raise StateError(
                    f"计划处于“{plan.state}”状态，不能直接修改。",
                    hint="已批准或实施中的计划请使用“变更…”，并写明变更理由。"
                    if plan.state in CHANGEABLE_STATES else "已完成或已撤销的计划不能修改。",
                )
            check_plan(session, data, plan.id, _target_ids(plan))
        _write(session, plan, data)
        return plan.id


def _target_ids(plan: m.Plan) -> list[int]:
    return [t.id for b in plan.batches for t in b.targets]


def _check_version(plan: m.Plan, expected: int | None) -> None:
    if expected is not None and plan.version != expected:
        raise ConflictError(
            f"计划“{plan.title}”已被其他人修改（版本 {plan.version}），您的修改没有保存。",
            hint="请刷新后查看最新内容，再重新修改。",
        )


def _describe_target(t: TargetInput, names: Mapping[int, str], teams: Mapping[int, str]) -> str:
    text = f"{names.get(t.region_id, t.region_id)}（{format_date_range(t.entry_date, t.exit_date)}"
    if t.team_id is not None:
        text += f"，{teams.get(t.team_id, '')}"
    return text + "）"


def change_summary(old: PlanInput, new: PlanInput, names: Mapping[int, str],
                   teams: Mapping[int, str]) -> list[str]:
    """What changed between two versions of a plan, one Chinese line per change."""
    lines: list[str] = []
    for key, lab in (("title", "标题"), ("year", "年度"), ("basis", "依据"), ("note", "备注")):
        a, b = getattr(old, key), getattr(new, key)
        if isinstance(a, str) and isinstance(b, str):
            a, b = a.strip(), b.strip()
        if a != b:
            lines.append(f"{lab}：{a or '（空）'} → {b or '（空）'}")
    old_b = {b.id: (i, b) for i, b in enumerate(old.batches)}
    new_ids = {b.id for b in new.batches if b.id is not None}
    for bid, (i, b) in old_b.items():
        if bid not in new_ids:
            lines.append(f"删除{_b_label(i, b)}（{format_date_range(b.start_date, b.end_date)}）")
    for k, nb in enumerate(new.batches):
        label = _b_label(k, nb)
        if nb.id is None or nb.id not in old_b:
            regions = "、".join(_describe_target(t, names, teams) for t in nb.targets)
            lines.append(f"增加{label}（{format_date_range(nb.start_date, nb.end_date)}）："
                         f"{regions or '暂无巡查对象'}")
            continue
        _i, ob = old_b[nb.id]
        if (ob.start_date, ob.end_date) != (nb.start_date, nb.end_date):
            lines.append(f"{label}日期：{format_date_range(ob.start_date, ob.end_date)} → "
                         f"{format_date_range(nb.start_date, nb.end_date)}")
        if ob.name.strip() != nb.name.strip():
            lines.append(f"{label}名称：{ob.name or '（空）'} → {nb.name or '（空）'}")
        old_t = {t.id: t for t in ob.targets}
        new_t = {t.id for t in nb.targets if t.id is not None}
        for tid, t in old_t.items():
            if tid not in new_t:
                lines.append(f"{label}删除{_describe_target(t, names, teams)}")
        for t in nb.targets:
            if t.id is None or t.id not in old_t:
                lines.append(f"{label}增加{_describe_target(t, names, teams)}")
                continue
            o = old_t[t.id]
            before = (o.region_id, o.entry_date, o.exit_date, o.team_id,
                      o.extension_scope.strip(), o.mobilization.strip())
            after = (t.region_id, t.entry_date, t.exit_date, t.team_id,
                     t.extension_scope.strip(), t.mobilization.strip())
            if before != after:
                lines.append(f"{label}调整{_describe_target(o, names, teams)} → "
                             f"{_describe_target(t, names, teams)}")
    return lines


def change_plan(db: Database, plan_id: int, data: PlanInput, reason: str, *,
                expected_version: int | None = None, operator: str | None = None) -> ChangeRow:
    """变更 of an approved or running plan: saved whole, with the reason and a summary."""
    reason = reason.strip()
    if not reason:
        raise ValidationError("变更计划必须填写“变更理由”。", field="reason")
    who = operator or db.operator
    with unit_of_work(db, who) as session:
        plan = _load_plan(session, plan_id)
        _check_version(plan, expected_version)
        if plan.state not in CHANGEABLE_STATES:
            raise StateError(
                f"计划处于“{plan.state}”状态，不能变更。",
                hint="草拟的计划可以直接修改；已完成或已撤销的计划不能修改。",
            )
        check_plan(session, data, plan.id, _target_ids(plan))
        names = _names(session, m.Region)
        teams = _names(session, m.Team)
        lines = change_summary(_plan_input(plan), data, names, teams)
        if not lines:
            raise ValidationError("没有修改任何内容，无需变更。", field="batches")
        _write(session, plan, data)
        now = dt.datetime.now().replace(microsecond=0)
        change = m.PlanChange(plan_id=plan.id, reason=reason, summary="\n".join(lines),
                              operator=who, at=now)
        session.add(change)
        session.flush()
        return ChangeRow(change.reason, change.summary, change.operator, change.at)


def transition(db: Database, plan_id: int, to_state: str, note: str = "", *,
               operator: str | None = None, at: dt.datetime | None = None) -> TransitionRow:
    """Move a plan to ``to_state`` if that is legal; the transition is recorded."""
    who = operator or db.operator
    note = note.strip()
    with unit_of_work(db, who) as session:
        plan = _load_plan(session, plan_id)
        legal = TRANSITIONS.get(plan.state, ())
        if to_state not in legal:
            allowed = "、".join(legal) or "无（已是最终状态）"
            raise StateError(
                f"计划“{plan.title}”处于“{plan.state}”状态，不能改为“{to_state}”。",
                hint=f"可以改为：{allowed}。",
            )
        action = _ACTION_BY_STATE[to_state]
        if action.note_required and not note:
            raise ValidationError(f"“{action.name}”必须填写理由。", field="note")
        if to_state == SUBMITTED:
            if not plan.batches:
                raise ValidationError("计划还没有批次，不能报批。", field="batches")
            empty = [batch_label(b.seq, b.name) for b in plan.batches if not b.targets]
            if empty:
                raise ValidationError(f"{'、'.join(empty)}还没有巡查对象，不能报批。",
                                      field="batches")
        when = at or dt.datetime.now().replace(microsecond=0)
        _record(session, plan, plan.state, to_state, who, note, when)
        from_state = plan.state
        plan.state = to_state
        session.flush()
        return TransitionRow(from_state, to_state, who, when, note)


# ---------------------------------------------------------------------------------------------
# Coverage matrix
# ---------------------------------------------------------------------------------------------
COVERED, IN_PROGRESS, PLANNED, TENTATIVE, NONE, NOT_APPLICABLE = (
    "已巡查", "实施中", "已计划", "拟安排", "未安排", "不适用",
)
CELL_ORDER = (COVERED, IN_PROGRESS, PLANNED, TENTATIVE, NONE)
"""Best first: a region-year cell shows the best status among its tours."""


@dataclass(frozen=True)
class CoverageCell:
    status: str
    detail: str = ""


@dataclass(frozen=True)
class CoverageRow:
    region_id: int
    region: str
    cells: tuple[CoverageCell, ...]
    overall: str
    reason: str = ""
    """The 不适用 reason, when excluded."""


@dataclass(frozen=True)
class Coverage:
    cycle: CycleRow
    today: dt.date
    rows: tuple[CoverageRow, ...]
    total: int
    covered: int
    in_progress: int
    planned: int
    unarranged: int
    warnings: tuple[str, ...]

    @property
    def years(self) -> tuple[int, ...]:
        return self.cycle.years

    @property
    def remaining(self) -> int:
        return self.total - self.covered

    @property
    def summary(self) -> str:
        return (f"应巡查 {self.total} 个市县：已巡查 {self.covered} 个，尚余 {self.remaining} 个"
                f"（其中实施中 {self.in_progress} 个、已列入计划 {self.planned} 个、"
                f"尚未安排 {self.unarranged} 个）")


def _tour_status(state: str, entry: dt.date, exit_: dt.date, today: dt.date) -> str:
    if state == DONE:
        return COVERED
    if state == RUNNING:
        if exit_ <= today:
            return COVERED
        return IN_PROGRESS if entry <= today else PLANNED
    if state == APPROVED:
        return PLANNED
    return TENTATIVE


REPEAT_RE = re.compile(r"再次巡查\s*(?P<region>[^\s:：，,]+)\s*[:：]\s*(?P<reason>\S.*)")


def repeat_reasons(note: str) -> dict[str, str]:
    """Reasons for touring a region again in a cycle, from a plan's 备注."""
    return {mt["region"]: mt["reason"].strip() for mt in REPEAT_RE.finditer(note or "")}


def coverage(db: Database, cycle_id: int, today: dt.date | None = None) -> Coverage:
    today = today or dt.date.today()
    cycle = get_cycle(db, cycle_id)
    with read_session(db) as session:
        tours = session.execute(
            select(m.Target.region_id, m.Plan.id, m.Plan.year, m.Plan.state, m.Plan.title,
                   m.Plan.note, m.Batch.id, m.Batch.seq, m.Batch.name, m.Target.entry_date,
                   m.Target.exit_date)
            .join(m.Batch, m.Batch.id == m.Target.batch_id)
            .join(m.Plan, m.Plan.id == m.Batch.plan_id)
            .where(m.Plan.cycle_id == cycle_id, m.Plan.state != CANCELLED)
            .order_by(m.Target.entry_date)
        ).all()
        toured_ids = {t[0] for t in tours}
        regions = session.execute(
            select(m.Region.id, m.Region.name)
            .where(or_(m.Region.active.is_(True), m.Region.id.in_(toured_ids)))
            .order_by(m.Region.sort_order, m.Region.id)
        ).all()
        plan_years = session.execute(
            select(m.Plan.year, func.count(func.distinct(m.Target.region_id)))
            .join(m.Batch, m.Batch.plan_id == m.Plan.id)
            .join(m.Target, m.Target.batch_id == m.Batch.id)
            .where(m.Plan.cycle_id == cycle_id, m.Plan.state != CANCELLED)
            .group_by(m.Plan.year)
        ).all()
        years_with_plan = set(session.scalars(
            select(m.Plan.year).where(m.Plan.cycle_id == cycle_id, m.Plan.state != CANCELLED)
        ))
    excluded = {e.region_id: e.reason for e in cycle.exclusions}
    by_cell: dict[tuple[int, int], list[tuple[str, str]]] = defaultdict(list)
    occurrences: dict[int, list[tuple[int, str]]] = defaultdict(list)
    reasons: dict[str, str] = {}
    for rid, pid, year, state, title, note, _bid, seq, bname, entry, exit_ in tours:
        status = _tour_status(state, entry, exit_, today)
        by_cell[(rid, year)].append(
            (status, f"{title}（{state}）{batch_label(seq, bname)} "
                     f"{format_date_range(entry, exit_)}")
        )
        occurrences[rid].append((pid, f"{year}年{batch_label(seq, bname)}"))
        reasons.update(repeat_reasons(note))
    rows: list[CoverageRow] = []
    counts = dict.fromkeys(CELL_ORDER, 0)
    for rid, name in regions:
        if rid in excluded:
            cell = CoverageCell(NOT_APPLICABLE, f"不适用：{excluded[rid]}")
            rows.append(CoverageRow(rid, name, (cell,) * len(cycle.years), NOT_APPLICABLE,
                                    excluded[rid]))
            continue
        cells = []
        for year in cycle.years:
            found = by_cell.get((rid, year), [])
            if not found:
                cells.append(CoverageCell(NONE))
                continue
            best = min(found, key=lambda f: CELL_ORDER.index(f[0]))[0]
            cells.append(CoverageCell(best, "\n".join(d for _s, d in found)))
        overall = min((c.status for c in cells), key=CELL_ORDER.index)
        counts[overall] += 1
        rows.append(CoverageRow(rid, name, tuple(cells), overall))
    total = sum(counts.values())
    unarranged = counts[NONE]
    warnings: list[str] = []
    # Pace: can the regions not yet arranged fit into the open years at the current pace?
    open_years = [y for y in cycle.years if y >= today.year and y not in years_with_plan]
    per_year = [n for _y, n in plan_years]
    pace = sum(per_year) / len(per_year) if per_year else 0.0
    if unarranged:
        if not open_years:
            if today.year > cycle.end_year:
                warnings.append(f"巡查周期已于{cycle.end_year}年结束，仍有 {unarranged} 个市县未安排"
                                "巡查，未实现全覆盖。")
            else:
                warnings.append(f"本周期各年度均已有计划，仍有 {unarranged} 个市县未安排巡查，"
                                "需通过计划变更补充安排。")
        elif per_year and unarranged > pace * len(open_years):
            need = math.ceil(unarranged / len(open_years))
            warnings.append(
                f"按目前每年约 {pace:.1f} 个市县的进度，尚未安排的 {unarranged} 个市县无法在剩余的"
                f" {len(open_years)} 个年度（{'、'.join(str(y) for y in open_years)}年）内完成全覆盖，"
                f"每年需安排至少 {need} 个。"
            )
    names = dict(regions)
    for rid, occ in occurrences.items():
        if len(occ) > 1 and rid not in excluded and names.get(rid, "") not in reasons:
            where = "、".join(label for _p, label in occ)
            warnings.append(
                f"“{names.get(rid, rid)}”在本周期内安排了 {len(occ)} 次（{where}），未写明再次巡查的"
                f"理由。请在计划备注中写明“再次巡查 {names.get(rid, rid)}：理由”。"
            )
    return Coverage(cycle=cycle, today=today, rows=tuple(rows), total=total,
                    covered=counts[COVERED], in_progress=counts[IN_PROGRESS],
                    planned=counts[PLANNED] + counts[TENTATIVE], unarranged=unarranged,
                    warnings=tuple(warnings))


# ---------------------------------------------------------------------------------------------
# Next-year suggestion
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RiskWeights:
    """Weights of the risk score; see the module docstring."""

    major_hazard: float = 3.0
    overdue: float = 2.0
    per_year: float = 2.0
    max_years: int = 5
    grade_points: Mapping[str, float] = field(
        default_factory=lambda: {"差": 10.0, "一般": 6.0, "较好": 3.0, "好": 0.0}
    )
    no_evaluation: float = 4.0

    def describe(self) -> str:
        grades = "、".join(f"{g} {p:g}" for g, p in self.grade_points.items())
        return (f"风险评分 = 未销号重大事故隐患数×{self.major_hazard:g} + 逾期未整改问题数×"
                f"{self.overdue:g} + 上次巡查评价（{grades}，无评价 {self.no_evaluation:g}）"
                f" + 距上次巡查年数×{self.per_year:g}（最多计 {self.max_years} 年，从未巡查按"
                f" {self.max_years} 年计）")


DEFAULT_WEIGHTS = RiskWeights()


@dataclass(frozen=True)
class Suggestion:
    region_id: int
    region: str
    open_major: int
    overdue: int
    last_grade: str | None
    last_tour: dt.date | None
    years_since: int
    score: float
    parts: tuple[tuple[str, float], ...]
    recommended: bool

    @property
    def breakdown(self) -> str:
        return " + ".join(f"{label} {points:g}" for label, points in self.parts)


@dataclass(frozen=True)
class SuggestionResult:
    year: int
    cycle: CycleRow
    quota: int
    items: tuple[Suggestion, ...]
    weights: RiskWeights


def suggest(db: Database, year: int, today: dt.date | None = None,
            weights: RiskWeights = DEFAULT_WEIGHTS) -> SuggestionResult:
    """The regions of ``year``'s cycle still to be arranged, highest risk first.

    The first ``quota`` (= ceil(candidates / years left in the cycle from ``year``)) are marked
    ``recommended``. Figures come from SQL aggregates, one query in all.
    """
    today = today or dt.date.today()
    cycle = cycle_for_year(db, year)
    if cycle is None:
        raise ValidationError(f"还没有包含 {year} 年的巡查周期。", field="year",
                              hint="请先新建巡查周期。")
    arranged = (
        select(m.Target.region_id)
        .join(m.Batch, m.Batch.id == m.Target.batch_id)
        .join(m.Plan, m.Plan.id == m.Batch.plan_id)
        .where(m.Plan.cycle_id == cycle.id, m.Plan.state != CANCELLED)
    )
    excluded = select(m.CycleExclusion.region_id).where(m.CycleExclusion.cycle_id == cycle.id)
    major = (
        select(m.Finding.region_id.label("rid"), func.count(m.Finding.id).label("n"))
        .join(m.FindingKind, m.FindingKind.id == m.Finding.kind_id)
        .where(m.FindingKind.is_major.is_(True), m.Finding.state != "已销号")
        .group_by(m.Finding.region_id)
        .subquery("major")
    )
    overdue = (
        select(m.Finding.region_id.label("rid"), func.count(m.Finding.id).label("n"))
        .where(m.Finding.state != "已销号", m.Finding.deadline < today)
        .group_by(m.Finding.region_id)
        .subquery("overdue")
    )
    finished = or_(m.Plan.state == DONE, and_(m.Plan.state == RUNNING, m.Target.exit_date <= today))
    last_target = (
        select(m.Target.id)
        .join(m.Batch, m.Batch.id == m.Target.batch_id)
        .join(m.Plan, m.Plan.id == m.Batch.plan_id)
        .where(m.Target.region_id == m.Region.id, finished)
        .order_by(m.Target.exit_date.desc(), m.Target.id.desc())
        .limit(1)
        .correlate(m.Region)
        .scalar_subquery()
    )
    last_exit = select(m.Target.exit_date).where(m.Target.id == last_target).scalar_subquery()
    last_grade = (
        select(m.Evaluation.grade).where(m.Evaluation.target_id == last_target).scalar_subquery()
    )
    stmt = (
        select(
            m.Region.id, m.Region.name, m.Region.sort_order,
            func.coalesce(major.c.n, 0), func.coalesce(overdue.c.n, 0),
            last_grade.label("grade"), last_exit.label("last_exit"),
        )
        .outerjoin(major, major.c.rid == m.Region.id)
        .outerjoin(overdue, overdue.c.rid == m.Region.id)
        .where(m.Region.active.is_(True), m.Region.id.not_in(arranged),
               m.Region.id.not_in(excluded))
    )
    with read_session(db) as session:
        rows = session.execute(stmt).all()
    items: list[tuple[float, int, int, Suggestion]] = []
    for rid, name, sort_order, n_major, n_overdue, grade, last_exit_v in rows:
        if isinstance(last_exit_v, str):  # SQLite returns a scalar subquery's date as text
            last_exit_v = dt.date.fromisoformat(last_exit_v)
        years = (min(weights.max_years, max(0, year - last_exit_v.year))
                 if last_exit_v is not None else weights.max_years)
        grade_pts = (weights.grade_points.get(grade, weights.no_evaluation)
                     if grade is not None else weights.no_evaluation)
        parts = (
            (f"重大隐患 {n_major} 项", n_major * weights.major_hazard),
            (f"逾期整改 {n_overdue} 项", n_overdue * weights.overdue),
            (f"上次评价“{grade}”" if grade else "无评价", grade_pts),
            (f"{'从未巡查' if last_exit_v is None else f'距上次巡查 {years} 年'}",
             years * weights.per_year),
        )
        score = round(sum(p for _l, p in parts), 2)
        items.append((score, years, sort_order, Suggestion(
            rid, name, int(n_major), int(n_overdue), grade, last_exit_v, years, score, parts,
            False,
        )))
    items.sort(key=lambda x: (-x[0], -x[1], x[2], x[3].region_id))
    years_left = cycle.end_year - year + 1
    quota = math.ceil(len(items) / years_left) if items else 0
    result = tuple(
        Suggestion(**{**s.__dict__, "recommended": i < quota})
        for i, (_sc, _y, _o, s) in enumerate(items)
    )
    return SuggestionResult(year, cycle, quota, result, weights)


def plan_for_year(db: Database, year: int) -> tuple[int, str] | None:
    """(id, state) of the plan of ``year`` that is not cancelled, if there is one."""
    with read_session(db) as session:
        row = session.execute(
            select(m.Plan.id, m.Plan.state)
            .where(m.Plan.year == year, m.Plan.state != CANCELLED)
            .order_by(m.Plan.id)
            .limit(1)
        ).first()
    return (int(row[0]), str(row[1])) if row is not None else None


@dataclass(frozen=True)
class SuggestedDraft:
    """Where accepted suggestions go: a new plan (``plan_id`` None) or the year's plan."""

    plan_id: int | None
    state: str
    version: int | None
    data: PlanInput


def draft_from_suggestion(db: Database, year: int, region_ids: Sequence[int], *,
                          start: dt.date | None = None, days: int = 10,
                          per_batch: int = 5) -> SuggestedDraft:
    """The chosen regions as new batches of ``per_batch``, ready for the plan editor.

    When ``year`` already has a plan (草拟, or 已批准/实施中 through a 变更) the batches are
    added to it; otherwise to a new draft. New batches start on 1 April (or a week after the
    plan's last batch) a month apart; each target gets ``days`` days. Nothing is saved: the
    clerk edits the dates in the editor and saves.
    """
    if not region_ids:
        raise ValidationError("请至少选择一个市县。", field="regions")
    existing = plan_for_year(db, year)
    if existing is not None:
        detail = load_plan(db, existing[0])
        if detail.state not in EDITABLE_STATES + CHANGEABLE_STATES:
            raise StateError(
                f"{year}年的计划“{detail.title}”处于“{detail.state}”状态，不能加入新的巡查对象。",
                hint="报批中的计划请先退回修改。",
            )
        data, plan_id, state, version = detail.data, detail.id, detail.state, detail.version
    else:
        data, plan_id, state, version = new_plan_input(db, year), None, DRAFT, None
    first = start or dt.date(year, 4, 1)
    if data.batches:
        first = max(first, max(b.end_date for b in data.batches) + dt.timedelta(days=7))
    offset = len(data.batches)
    for k in range(0, len(region_ids), per_batch):
        b_start = _add_months(first, k // per_batch)
        b_end = b_start + dt.timedelta(days=days + 4)
        batch = BatchInput(start_date=b_start, end_date=b_end,
                           name=f"第{chinese_number(offset + k // per_batch + 1)}批次")
        for rid in region_ids[k:k + per_batch]:
            batch.targets.append(TargetInput(rid, b_start, b_start + dt.timedelta(days=days - 1)))
        data.batches.append(batch)
    return SuggestedDraft(plan_id, state, version, data)


def _add_months(d: dt.date, n: int) -> dt.date:
    month = d.month - 1 + n
    return dt.date(d.year + month // 12, month % 12 + 1, min(d.day, 28))


# ---------------------------------------------------------------------------------------------
# Facts for the plan document and for batch issuing
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TargetFact:
    target_id: int
    region: str
    entry_date: dt.date
    exit_date: dt.date
    team: str
    leader: str
    extension_scope: str


@dataclass(frozen=True)
class BatchFact:
    id: int
    label: str
    start_date: dt.date
    end_date: dt.date
    targets: tuple[TargetFact, ...]


@dataclass(frozen=True)
class PlanFacts:
    plan_id: int
    year: int
    title: str
    state: str
    basis: str
    batches: tuple[BatchFact, ...]
    coverage: Coverage


def plan_facts(db: Database, plan_id: int, today: dt.date | None = None) -> PlanFacts:
    with read_session(db) as session:
        plan = session.scalar(
            select(m.Plan).where(m.Plan.id == plan_id).options(
                selectinload(m.Plan.batches).selectinload(m.Batch.targets)
                .selectinload(m.Target.region),
                selectinload(m.Plan.batches).selectinload(m.Batch.targets)
                .selectinload(m.Target.team).selectinload(m.Team.memberships)
                .selectinload(m.Membership.person),
            )
        )
        if plan is None:
            raise NotFoundError(f"找不到编号为 {plan_id} 的巡查计划。",
                                hint="请用“xuncha export --list”查看可导出的编号。")
        batches = []
        for b in plan.batches:
            facts = []
            for t in sorted(b.targets, key=lambda t: (t.entry_date, t.region.sort_order, t.id)):
                leader = next(
                    (ms.person.name for ms in t.team.memberships
                     if ms.role == "组长" and ms.leave_date is None), ""
                ) if t.team else ""
                facts.append(TargetFact(t.id, t.region.name, t.entry_date, t.exit_date,
                                        t.team.name if t.team else "", leader,
                                        t.extension_scope))
            batches.append(BatchFact(b.id, batch_label(b.seq, b.name), b.start_date, b.end_date,
                                     tuple(facts)))
        cycle_id, year, title, state, basis = (plan.cycle_id, plan.year, plan.title, plan.state,
                                               plan.basis)
    return PlanFacts(plan_id, year, title, state, basis, tuple(batches),
                     coverage(db, cycle_id, today))


@dataclass(frozen=True)
class BatchTarget:
    target_id: int
    region: str


def batch_targets(db: Database, batch_id: int) -> tuple[str, list[BatchTarget]]:
    """The plan state and the targets of a batch, in region order."""
    with read_session(db) as session:
        batch = session.get(m.Batch, batch_id)
        if batch is None:
            raise NotFoundError(f"找不到编号为 {batch_id} 的批次，可能已被删除。")
        state = batch.plan.state
        rows = session.execute(
            select(m.Target.id, m.Region.name)
            .join(m.Region, m.Region.id == m.Target.region_id)
            .where(m.Target.batch_id == batch_id)
            .order_by(m.Region.sort_order, m.Target.id)
        ).all()
    return state, [BatchTarget(i, n) for i, n in rows]


__all__ = [
    "ACTIONS",
    "COVERED",
    "DEFAULT_WEIGHTS",
    "IN_PROGRESS",
    "NONE",
    "NOT_APPLICABLE",
    "PLANNED",
    "TENTATIVE",
    "TRANSITIONS",
    "Action",
    "BatchInput",
    "ChangeRow",
    "Coverage",
    "CoverageCell",
    "CoverageRow",
    "CycleRow",
    "PlanDetail",
    "PlanFacts",
    "PlanInput",
    "RiskWeights",
    "SuggestedDraft",
    "Suggestion",
    "SuggestionResult",
    "TargetInput",
    "TransitionRow",
    "allowed_actions",
    "batch_targets",
    "change_plan",
    "check_plan",
    "coverage",
    "create_cycle",
    "cycle_for_year",
    "draft_from_suggestion",
    "get_cycle",
    "list_cycles",
    "load_plan",
    "new_plan_input",
    "plan_facts",
    "plan_for_year",
    "region_choices",
    "remove_exclusion",
    "repeat_reasons",
    "save_plan",
    "set_exclusion",
    "suggest",
    "team_choices",
    "transition",
]
