"""The results of the tours, as facts for the 巡查反馈意见, the 巡查报告 and the annual report.

Every count is an SQL aggregate (``GROUP BY`` in the database); only short lists (the findings
of one tour, its interviews, the 20-odd 市县 of a province) come back as rows.

Sources of each figure
----------------------
* Units and enterprises visited: ``unit_visit`` rows of the target (distinct units, by kind).
* Checklist results: ``checklist_result`` of the target's checklist, by result; the methods
  used are the distinct ``method`` values the team recorded.
* Problems by 巡查内容: a finding's ``checklist_result_id`` → template item → its top-level
  number (``4.2`` belongs to ``4``); findings not raised from a checklist item are “其他问题”.
* Documents read, people talked to and reports received (受理举报) have **no source in the
  schema** (no table records them); :data:`UNRECORDED` names them and the drafts say so.
* The annual 考核 row of a 市县 (year ``Y``, figures as of ``as_of`` = the earlier of today and
  31 December ``Y``): the tour of ``Y`` (a target of a plan of year ``Y`` that is not 已撤销);
  its evaluation (score, grade); findings *found in ``Y``* in the 市县: total, 重大 (kinds
  marked major: 重大事故隐患 and 非法违法行为), open on ``as_of`` (not closed by then) and
  overdue on ``as_of`` (open and the deadline before ``as_of``); interviews of that tour that
  were not cancelled.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import and_, case, distinct, func, or_, select
from sqlalchemy.orm import Session, aliased

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import NotFoundError, ValidationError
from xuncha_desktop.services import plans
from xuncha_desktop.services.queries import batch_label, format_date, format_date_range
from xuncha_desktop.services.uow import read_session

#: Figures the feedback and report name but that no table records.
UNRECORDED = ("查阅资料份数", "个别谈话人数", "受理举报件数")
OTHER_ITEM = "其他问题"
CLOSED = "已销号"
CANCELLED = "已撤销"
ROLE_ORDER = {role: i for i, role in enumerate(m.ROLES)}


# ---------------------------------------------------------------------------------------------
# Facts of one tour (one target)
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Count:
    label: str
    count: int


@dataclass(frozen=True)
class FindingLine:
    id: int
    code: str
    kind: str
    is_major: bool
    description: str
    unit: str
    sector: str
    state: str
    responsible_unit: str
    requirement: str
    deadline: dt.date | None
    closed_on: dt.date | None
    supervision: str
    overdue_days: int

    @property
    def action(self) -> str:
        """What was done about it, in one phrase (for the report)."""
        parts: list[str] = []
        if self.state == "已发现":
            parts.append("已督促属地政府研究整改")
        else:
            parts.append(f"已交办{self.responsible_unit}整改" if self.responsible_unit
                         else "已交办整改")
            if self.deadline is not None:
                parts.append(f"整改期限{format_date(self.deadline)}")
        if self.supervision:
            parts.append(self.supervision)
        if self.state == CLOSED:
            parts.append(f"已于{format_date(self.closed_on)}整改销号")
        elif self.overdue_days > 0:
            parts.append(f"已逾期{self.overdue_days}天")
        else:
            parts.append(f"目前{self.state}")
        return "，".join(parts)


@dataclass(frozen=True)
class ItemProblems:
    """The findings under one of the ten 巡查内容 (``number`` "" for 其他问题)."""

    number: str
    title: str
    findings: tuple[FindingLine, ...]


@dataclass(frozen=True)
class ItemResult:
    number: str
    title: str
    counts: tuple[Count, ...]  # by result, only results that occur

    @property
    def all_conform(self) -> bool:
        answered = [c for c in self.counts if c.label != "不适用"]
        return bool(answered) and all(c.label == "符合" for c in answered)


@dataclass(frozen=True)
class InterviewLine:
    id: int
    party: str
    state: str
    held_on: dt.date | None
    scheduled_on: dt.date | None
    reason: str
    findings: int
    commitments: int
    commitments_done: int


@dataclass(frozen=True)
class BreachLine:
    duty_no: int
    duty: str
    occurred_on: dt.date
    description: str
    responsible: str


@dataclass(frozen=True)
class EvaluationFact:
    score: Decimal
    computed_grade: str
    grade: str
    override_reason: str
    summary: str
    evaluated_on: dt.date | None


@dataclass(frozen=True)
class SubjectLine:
    kind: str
    name: str
    text: str


@dataclass(frozen=True)
class Member:
    role: str
    name: str
    unit: str
    post: str


@dataclass(frozen=True)
class TourFacts:
    target_id: int
    region: str
    addressee: str
    plan_year: int
    plan_title: str
    batch_id: int
    batch: str
    entry_date: dt.date
    exit_date: dt.date
    team_name: str
    members: tuple[Member, ...]
    extension_scope: str
    units: tuple[Count, ...]  # distinct units visited, by kind (乡镇, 部门, 企业)
    unit_names: tuple[str, ...]
    methods: tuple[str, ...]
    checklist_state: str | None
    results: tuple[Count, ...]  # checklist results by result (未填写 for blanks)
    item_results: tuple[ItemResult, ...]
    findings_by_kind: tuple[Count, ...]
    findings_by_state: tuple[Count, ...]
    findings_total: int
    findings_open: int
    findings_overdue: int
    problems: tuple[ItemProblems, ...]
    majors: tuple[FindingLine, ...]
    findings: tuple[FindingLine, ...]
    interviews: tuple[InterviewLine, ...]
    breaches: tuple[BreachLine, ...]
    evaluation: EvaluationFact | None
    subjects: tuple[SubjectLine, ...]

    @property
    def leader(self) -> Member | None:
        return next((x for x in self.members if x.role == "组长"), None)

    @property
    def units_total(self) -> int:
        return sum(c.count for c in self.units)

    @property
    def enterprises(self) -> int:
        return sum(c.count for c in self.units if c.label == "企业")

    @property
    def dates(self) -> str:
        return format_date_range(self.entry_date, self.exit_date)

    def count_of(self, counts: tuple[Count, ...], label: str) -> int:
        return next((c.count for c in counts if c.label == label), 0)


def addressee_for(region: str) -> str:
    return f"{region}管理委员会" if region.endswith("开发区") else f"{region}人民政府"


def _sort_number(number: str) -> tuple[int, str]:
    head = number.split(".", 1)[0].strip()
    return (int(head), number) if head.isdigit() else (10_000, number)


def _roots(session: Session, template_id: int) -> tuple[dict[int, str], dict[str, str]]:
    """Each item of a template → the number of the top-level item above it (any depth), and
    the titles of the top-level items by number."""
    items = session.execute(
        select(m.TemplateItem.id, m.TemplateItem.parent_id, m.TemplateItem.number,
               m.TemplateItem.title)
        .where(m.TemplateItem.template_id == template_id)
    ).all()
    parent = {i: p for i, p, _n, _t in items}
    number = {i: n for i, _p, n, _t in items}
    titles = {n: t for _i, p, n, t in items if p is None}
    roots: dict[int, str] = {}
    for item_id in parent:
        top = item_id
        for _ in range(len(parent)):
            up = parent.get(top)
            if up is None:
                break
            top = up
        roots[item_id] = number[top]
    return roots, titles


def _finding_lines(session: Session, where: object, today: dt.date) -> list[FindingLine]:
    unit = aliased(m.InspectedUnit)
    rows = session.execute(
        select(m.Finding.id, m.Finding.code, m.FindingKind.name, m.FindingKind.is_major,
               m.Finding.description, unit.name, m.Finding.unit_level, m.Sector.name,
               m.Finding.state, m.Finding.responsible_unit, m.Finding.requirement,
               m.Finding.deadline, m.Finding.closed_on, m.Finding.supervision_level,
               m.Finding.supervising_body, m.Finding.unsupervised_on)
        .join(m.FindingKind, m.FindingKind.id == m.Finding.kind_id)
        .outerjoin(unit, unit.id == m.Finding.unit_id)
        .outerjoin(m.Sector, m.Sector.id == m.Finding.sector_id)
        .where(where)  # type: ignore[arg-type]
        .order_by(m.Finding.code)
    ).all()
    out: list[FindingLine] = []
    for (fid, code, kind, major, desc, unit_name, level, sector, state, resp, req, deadline,
         closed_on, sup_level, sup_body, unsup) in rows:
        overdue = (today - deadline).days if (
            state != CLOSED and deadline is not None and deadline < today) else 0
        supervision = (f"{sup_level}挂牌督办（{sup_body}）"
                       if sup_level and unsup is None else "")
        out.append(FindingLine(fid, code, kind, bool(major), desc, unit_name or level,
                               sector or "", state, resp, req, deadline, closed_on,
                               supervision, overdue))
    return out


def _load_target(session: Session, target_id: int) -> m.Target:
    target = session.get(m.Target, target_id)
    if target is None:
        raise NotFoundError(
            f"找不到编号为 {target_id} 的巡查对象。",
            hint="请用“xuncha export --list feedback”查看可起草的巡查对象。",
        )
    return target


def _tour_facts(session: Session, target_id: int, today: dt.date) -> TourFacts:
    t = _load_target(session, target_id)
    batch = t.batch
    plan = batch.plan
    members: list[Member] = []
    if t.team is not None:
        active = [ms for ms in t.team.memberships
                  if ms.join_date <= t.exit_date and (ms.leave_date is None
                                                      or ms.leave_date > t.entry_date)]
        active.sort(key=lambda ms: (ROLE_ORDER.get(ms.role, 99), ms.id))
        members = [Member(ms.role, ms.person.name, ms.person.unit, ms.person.post)
                   for ms in active]
    units = session.execute(
        select(m.InspectedUnit.kind, func.count(distinct(m.UnitVisit.unit_id)))
        .join(m.InspectedUnit, m.InspectedUnit.id == m.UnitVisit.unit_id)
        .where(m.UnitVisit.target_id == target_id)
        .group_by(m.InspectedUnit.kind)
    ).all()
    kind_order = {k: i for i, k in enumerate(m.UNIT_KINDS)}
    unit_counts = tuple(Count(k, n) for k, n in sorted(units, key=lambda r: kind_order[r[0]]))
    unit_names = tuple(session.scalars(
        select(m.InspectedUnit.name)
        .join(m.UnitVisit, m.UnitVisit.unit_id == m.InspectedUnit.id)
        .where(m.UnitVisit.target_id == target_id)
        .group_by(m.InspectedUnit.id, m.InspectedUnit.name)
        .order_by(func.min(m.UnitVisit.visited_on), m.InspectedUnit.id)
    ))
    checklist = session.scalar(select(m.Checklist).where(m.Checklist.target_id == target_id))
    results: tuple[Count, ...] = ()
    item_results: tuple[ItemResult, ...] = ()
    methods: tuple[str, ...] = ()
    if checklist is not None:
        label = func.coalesce(m.ChecklistResult.result, "未填写")
        counts = dict(session.execute(
            select(label, func.count())
            .where(m.ChecklistResult.checklist_id == checklist.id)
            .group_by(label)
        ).all())
        results = tuple(Count(r, counts[r]) for r in (*m.RESULTS, "未填写") if counts.get(r))
        per_item = session.execute(
            select(m.ChecklistResult.item_id, label, func.count())
            .where(m.ChecklistResult.checklist_id == checklist.id)
            .group_by(m.ChecklistResult.item_id, label)
        ).all()
        roots, titles = _roots(session, checklist.template_id)
        folded: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for item_id, result, n in per_item:
            folded[roots[item_id]][result] += n
        item_results = tuple(
            ItemResult(num, titles.get(num, num),
                       tuple(Count(r, folded[num][r]) for r in (*m.RESULTS, "未填写")
                             if folded[num].get(r)))
            for num in sorted(folded, key=_sort_number)
        )
        raw_methods = session.scalars(
            select(m.ChecklistResult.method).distinct()
            .where(m.ChecklistResult.checklist_id == checklist.id,
                   m.ChecklistResult.method != "")
        ).all()
        seen: list[str] = []
        for text in sorted(raw_methods):
            for part in text.replace("，", "、").replace(",", "、").split("、"):
                if part.strip() and part.strip() not in seen:
                    seen.append(part.strip())
        methods = tuple(seen)
    by_kind = session.execute(
        select(m.FindingKind.name, func.count(m.Finding.id))
        .join(m.Finding, m.Finding.kind_id == m.FindingKind.id)
        .where(m.Finding.target_id == target_id)
        .group_by(m.FindingKind.name, m.FindingKind.sort_order)
        .order_by(m.FindingKind.sort_order)
    ).all()
    by_state = dict(session.execute(
        select(m.Finding.state, func.count())
        .where(m.Finding.target_id == target_id)
        .group_by(m.Finding.state)
    ).all())
    total, open_, overdue = session.execute(
        select(func.count(),
               func.coalesce(func.sum(case((m.Finding.state != CLOSED, 1), else_=0)), 0),
               func.coalesce(func.sum(case((and_(m.Finding.state != CLOSED,
                                                 m.Finding.deadline < today), 1), else_=0)), 0))
        .where(m.Finding.target_id == target_id)
    ).one()
    findings = _finding_lines(session, m.Finding.target_id == target_id, today)
    # 巡查内容 of each finding: top-level number of the checklist item it was raised from.
    item_of = dict(session.execute(
        select(m.Finding.id, m.ChecklistResult.item_id)
        .join(m.ChecklistResult, m.ChecklistResult.id == m.Finding.checklist_result_id)
        .where(m.Finding.target_id == target_id)
    ).all())
    top_titles: dict[str, str] = {}
    root_of: dict[int, str] = {}
    template_ids = set(session.scalars(
        select(m.TemplateItem.template_id).where(m.TemplateItem.id.in_(set(item_of.values())))))
    for template_id in sorted(template_ids):  # findings may come from older template versions
        roots, titles = _roots(session, template_id)
        root_of.update(roots)
        for number, title in titles.items():
            top_titles.setdefault(number, title)
    grouped: dict[str, list[FindingLine]] = defaultdict(list)
    for f in findings:
        grouped[root_of.get(item_of[f.id], "") if f.id in item_of else ""].append(f)
    problems = tuple(
        ItemProblems(num, top_titles.get(num, num) if num else OTHER_ITEM, tuple(grouped[num]))
        for num in sorted(grouped, key=lambda n: _sort_number(n) if n else (20_000, ""))
    )
    ivs = session.execute(
        select(m.Interview.id, m.Interview.party, m.Interview.state, m.Interview.held_on,
               m.Interview.scheduled_at, m.Interview.reason,
               select(func.count()).where(m.InterviewFinding.interview_id == m.Interview.id)
               .correlate(m.Interview).scalar_subquery(),
               select(func.count()).where(m.Commitment.interview_id == m.Interview.id)
               .correlate(m.Interview).scalar_subquery(),
               select(func.count()).where(m.Commitment.interview_id == m.Interview.id,
                                          m.Commitment.state == "已完成")
               .correlate(m.Interview).scalar_subquery())
        .where(m.Interview.target_id == target_id, m.Interview.state != "已取消")
        .order_by(m.Interview.held_on, m.Interview.scheduled_at, m.Interview.id)
    ).all()
    interviews = tuple(
        InterviewLine(i, party, state, held, sched.date() if sched else None, reason,
                      nf, nc, nd)
        for i, party, state, held, sched, reason, nf, nc, nd in ivs
    )
    breaches = tuple(
        BreachLine(b.duty_no, m.COOPERATION_DUTIES[b.duty_no - 1], b.occurred_on,
                   b.description, b.responsible)
        for b in session.scalars(
            select(m.CooperationBreach).where(m.CooperationBreach.target_id == target_id)
            .order_by(m.CooperationBreach.occurred_on, m.CooperationBreach.id))
    )
    ev = session.scalar(select(m.Evaluation).where(m.Evaluation.target_id == target_id))
    evaluation = None if ev is None else EvaluationFact(
        ev.score, ev.computed_grade, ev.grade, ev.override_reason, ev.summary, ev.evaluated_on)
    subjects = tuple(
        SubjectLine(s.subject_kind, s.subject_name, s.text)
        for s in session.scalars(
            select(m.SubjectEvaluation).where(m.SubjectEvaluation.target_id == target_id)
            .order_by(m.SubjectEvaluation.subject_kind, m.SubjectEvaluation.id))
    )
    return TourFacts(
        target_id=t.id, region=t.region.name, addressee=addressee_for(t.region.name),
        plan_year=plan.year, plan_title=plan.title, batch_id=batch.id,
        batch=batch_label(batch.seq, batch.name), entry_date=t.entry_date,
        exit_date=t.exit_date, team_name=t.team.name if t.team else "",
        members=tuple(members), extension_scope=t.extension_scope, units=unit_counts,
        unit_names=unit_names, methods=methods,
        checklist_state=checklist.state if checklist is not None else None,
        results=results, item_results=item_results,
        findings_by_kind=tuple(Count(k, n) for k, n in by_kind),
        findings_by_state=tuple(Count(s, by_state[s]) for s in m.FINDING_STATES
                                if by_state.get(s)),
        findings_total=int(total), findings_open=int(open_), findings_overdue=int(overdue),
        problems=problems, majors=tuple(f for f in findings if f.is_major),
        findings=tuple(findings), interviews=interviews, breaches=breaches,
        evaluation=evaluation, subjects=subjects,
    )


def _check_begun(t: TourFacts, today: dt.date) -> None:
    if t.entry_date > today:
        raise ValidationError(
            f"{t.region}的巡查{format_date(t.entry_date)}才进驻，尚不能起草巡查反馈意见或巡查报告。",
            hint="巡查组进驻后再起草；如进驻日期有误，请在巡查计划中修改。",
        )


def tour_facts(db: Database, target_id: int, today: dt.date | None = None) -> TourFacts:
    """Everything the 巡查反馈意见 and the 巡查报告 of one target say, from the database.
    A tour that has not begun by ``today`` is refused (ValidationError)."""
    when = today or dt.date.today()
    with read_session(db) as session:
        facts = _tour_facts(session, target_id, when)
    _check_begun(facts, when)
    return facts


@dataclass(frozen=True)
class BatchFacts:
    batch_id: int
    plan_year: int
    label: str
    start_date: dt.date
    end_date: dt.date
    tours: tuple[TourFacts, ...]


def batch_facts(db: Database, batch_id: int, today: dt.date | None = None) -> BatchFacts:
    """The facts of every target of a batch (the 巡查报告 of a whole batch)."""
    when = today or dt.date.today()
    with read_session(db) as session:
        batch = session.get(m.Batch, batch_id)
        if batch is None:
            raise NotFoundError(
                f"找不到编号为 {batch_id} 的批次。",
                hint="请用“xuncha export --list report”查看可起草的批次（写作 batch-编号）。",
            )
        if not batch.targets:
            raise ValidationError(f"{batch.plan.year}年{batch_label(batch.seq, batch.name)}"
                                  "还没有巡查对象，无法起草巡查报告。")
        tours = tuple(_tour_facts(session, t.id, when) for t in batch.targets)
        if all(t.entry_date > when for t in tours):
            _check_begun(min(tours, key=lambda t: t.entry_date), when)
        return BatchFacts(batch.id, batch.plan.year,
                          f"{batch.plan.year}年{batch_label(batch.seq, batch.name)}",
                          batch.start_date, batch.end_date, tours)


# ---------------------------------------------------------------------------------------------
# The year: one 考核 row per 市县, totals and the coverage of the cycle
# ---------------------------------------------------------------------------------------------
TOURED, TOURING, PLANNED, NOT_TOURED = "已巡查", "巡查中", "已列入计划", "未巡查"


@dataclass(frozen=True)
class AnnualRow:
    region_id: int
    region: str
    status: str  # 已巡查 / 巡查中 / 已列入计划 / 未巡查
    target_id: int | None
    tour_dates: str
    score: Decimal | None
    grade: str
    findings: int
    majors: int
    open: int
    overdue: int
    interviews: int

    @property
    def toured(self) -> bool:
        return self.status in (TOURED, TOURING)


@dataclass(frozen=True)
class CycleCoverage:
    name: str
    start_year: int
    end_year: int
    total: int
    covered: int
    remaining_regions: tuple[str, ...]
    excluded: tuple[str, ...]
    warnings: tuple[str, ...]

    @property
    def remaining(self) -> int:
        return len(self.remaining_regions)


@dataclass(frozen=True)
class AnnualFacts:
    year: int
    as_of: dt.date
    rows: tuple[AnnualRow, ...]
    coverage: CycleCoverage | None

    @property
    def toured(self) -> tuple[AnnualRow, ...]:
        return tuple(r for r in self.rows if r.toured)

    def total(self, field: str) -> int:
        return sum(int(getattr(r, field)) for r in self.rows)

    def grade_counts(self) -> dict[str, int]:
        return {g: sum(1 for r in self.rows if r.grade == g) for g in m.GRADES}


def annual_facts(db: Database, year: int, today: dt.date | None = None) -> AnnualFacts:
    """The 考核 row of every 市县 for ``year`` and the cycle's coverage (see module docstring)."""
    if not 2000 <= year <= 2100:
        raise ValidationError(f"年度“{year}”不正确。", hint="请写四位年份，例如 2026。")
    when = today or dt.date.today()
    as_of = min(when, dt.date(year, 12, 31))
    year_start, year_end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    with read_session(db) as session:
        has_plan = session.scalar(
            select(func.count(m.Plan.id)).where(m.Plan.year == year, m.Plan.state != CANCELLED))
        if not has_plan:
            raise NotFoundError(
                f"{year}年没有巡查计划（或计划已撤销），无法起草年度巡查工作情况报告。",
                hint="请用“xuncha export --list annual-report”查看可起草的年度。",
            )
        # The tour of each 市县 in the year (the latest, if it was toured twice).
        tours = session.execute(
            select(m.Target.region_id, m.Target.id, m.Target.entry_date, m.Target.exit_date,
                   m.Plan.state)
            .join(m.Batch, m.Batch.id == m.Target.batch_id)
            .join(m.Plan, m.Plan.id == m.Batch.plan_id)
            .where(m.Plan.year == year, m.Plan.state != CANCELLED)
            .order_by(m.Target.entry_date, m.Target.id)
        ).all()
        tour_of: dict[int, tuple[int, dt.date, dt.date, str]] = {}
        for rid, target_id, entry, exit_, state in tours:
            tour_of[rid] = (target_id, entry, exit_, state)
        target_ids = [v[0] for v in tour_of.values()]
        scores = dict(session.execute(
            select(m.Evaluation.target_id, m.Evaluation.score)
            .where(m.Evaluation.target_id.in_(target_ids))
        ).all()) if target_ids else {}
        grades = dict(session.execute(
            select(m.Evaluation.target_id, m.Evaluation.grade)
            .where(m.Evaluation.target_id.in_(target_ids))
        ).all()) if target_ids else {}
        is_open = and_(m.Finding.found_on <= as_of,
                       or_(m.Finding.closed_on.is_(None), m.Finding.closed_on > as_of))
        figures = {
            rid: (total, majors, open_, overdue)
            for rid, total, majors, open_, overdue in session.execute(
                select(m.Finding.region_id, func.count(m.Finding.id),
                       func.sum(case((m.FindingKind.is_major.is_(True), 1), else_=0)),
                       func.sum(case((is_open, 1), else_=0)),
                       func.sum(case((and_(is_open, m.Finding.deadline < as_of), 1), else_=0)))
                .join(m.FindingKind, m.FindingKind.id == m.Finding.kind_id)
                .where(m.Finding.found_on >= year_start, m.Finding.found_on <= year_end)
                .group_by(m.Finding.region_id)
            ).all()
        }
        interviews = dict(session.execute(
            select(m.Interview.target_id, func.count(m.Interview.id))
            .where(m.Interview.target_id.in_(target_ids), m.Interview.state != "已取消")
            .group_by(m.Interview.target_id)
        ).all()) if target_ids else {}
        regions = session.execute(
            select(m.Region.id, m.Region.name)
            .where(or_(m.Region.active.is_(True), m.Region.id.in_(list(tour_of))))
            .order_by(m.Region.sort_order, m.Region.id)
        ).all()
    rows: list[AnnualRow] = []
    for rid, name in regions:
        total, majors, open_, overdue = figures.get(rid, (0, 0, 0, 0))
        tour = tour_of.get(rid)
        tid: int | None = None
        if tour is None:
            status, dates = NOT_TOURED, ""
        else:
            tid, entry, exit_, state = tour
            dates = format_date_range(entry, exit_)
            if state in (plans.RUNNING, plans.DONE) and entry <= as_of:
                status = TOURED if (exit_ <= as_of or state == plans.DONE) else TOURING
            else:
                status = PLANNED
        rows.append(AnnualRow(
            region_id=rid, region=name, status=status, target_id=tid, tour_dates=dates,
            score=scores.get(tid) if tid is not None else None,
            grade=grades.get(tid, "") if tid is not None else "",
            findings=int(total or 0), majors=int(majors or 0), open=int(open_ or 0),
            overdue=int(overdue or 0),
            interviews=int(interviews.get(tid, 0)) if tid is not None else 0,
        ))
    return AnnualFacts(year, as_of, tuple(rows), _coverage(db, year, as_of))


def _coverage(db: Database, year: int, as_of: dt.date) -> CycleCoverage | None:
    cycle = plans.cycle_for_year(db, year)
    if cycle is None:
        return None
    cov = plans.coverage(db, cycle.id, as_of)
    remaining = tuple(r.region for r in cov.rows
                      if r.overall not in (plans.COVERED, plans.NOT_APPLICABLE))
    excluded = tuple(f"{r.region}（{r.reason}）" for r in cov.rows
                     if r.overall == plans.NOT_APPLICABLE)
    return CycleCoverage(cycle.name, cycle.start_year, cycle.start_year + cycle.length_years - 1,
                         cov.total, cov.covered, remaining, excluded, tuple(cov.warnings))


# ---------------------------------------------------------------------------------------------
# What can be drafted
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Source:
    key: str  # the ID of ``xuncha export KIND ID``: "12", "batch-3", "2026"
    title: str


def target_sources(db: Database, today: dt.date | None = None) -> list[Source]:
    """Targets of plans being carried out (or done) whose tour has begun by ``today``."""
    when = today or dt.date.today()
    with read_session(db) as session:
        rows = session.execute(
            select(m.Target.id, m.Region.name, m.Plan.year, m.Batch.seq, m.Batch.name)
            .join(m.Region, m.Region.id == m.Target.region_id)
            .join(m.Batch, m.Batch.id == m.Target.batch_id)
            .join(m.Plan, m.Plan.id == m.Batch.plan_id)
            .where(m.Plan.state.in_((plans.RUNNING, plans.DONE)), m.Target.entry_date <= when)
            .order_by(m.Plan.year, m.Batch.seq, m.Region.sort_order)
        ).all()
    return [Source(str(tid), f"{year}年{batch_label(seq, name)} {region}")
            for tid, region, year, seq, name in rows]


def batch_sources(db: Database, today: dt.date | None = None) -> list[Source]:
    """Batches of plans being carried out (or done) that have begun by ``today``."""
    when = today or dt.date.today()
    with read_session(db) as session:
        rows = session.execute(
            select(m.Batch.id, m.Plan.year, m.Batch.seq, m.Batch.name,
                   func.count(m.Target.id))
            .join(m.Plan, m.Plan.id == m.Batch.plan_id)
            .join(m.Target, m.Target.batch_id == m.Batch.id)
            .where(m.Plan.state.in_((plans.RUNNING, plans.DONE)), m.Batch.start_date <= when)
            .group_by(m.Batch.id, m.Plan.year, m.Batch.seq, m.Batch.name)
            .order_by(m.Plan.year, m.Batch.seq)
        ).all()
    return [Source(f"batch-{bid}", f"{year}年{batch_label(seq, name)}（{n} 个市县）")
            for bid, year, seq, name, n in rows]


def year_sources(db: Database) -> list[Source]:
    with read_session(db) as session:
        years = session.scalars(
            select(m.Plan.year).distinct().where(m.Plan.state != CANCELLED)
            .order_by(m.Plan.year)
        ).all()
    return [Source(str(y), f"{y}年度") for y in years]


__all__ = [
    "CLOSED",
    "NOT_TOURED",
    "OTHER_ITEM",
    "PLANNED",
    "TOURED",
    "TOURING",
    "UNRECORDED",
    "AnnualFacts",
    "AnnualRow",
    "BatchFacts",
    "BreachLine",
    "Count",
    "CycleCoverage",
    "EvaluationFact",
    "FindingLine",
    "InterviewLine",
    "ItemProblems",
    "ItemResult",
    "Member",
    "Source",
    "SubjectLine",
    "TourFacts",
    "addressee_for",
    "annual_facts",
    "batch_facts",
    "batch_sources",
    "target_sources",
    "tour_facts",
    "year_sources",
]
