"""评价 of a 市县: score from the checklist, visible deductions, grade, override with a reason.

Score
-----
Each leaf item's share is its weight among its siblings times its parent's share (the
top-level shares sum to 1). Items answered 不适用 and items not yet answered are left out and
the shares of the answered items are scaled back up to 100. An item earns
``share × factor(result)``; the factors (符合 1, 基本符合 0.75, 不符合 0 by default) are office
settings. A template whose weights are missing or sum to zero gives no score; the reason is
said instead (:func:`~xuncha_desktop.services.checklists.weight_problem`).

Deductions (rules are shown with the score; numbers are settings)
----------------------------------------------------------------
* each open 重大事故隐患 of the target (not 已销号): ``major_points`` each, at most ``major_cap``;
* each overdue rectification (not 已销号, deadline before today): ``overdue_points`` each, at most
  ``overdue_cap``;
* each cooperation breach (配合情况): ``breach_points`` each, at most ``breach_cap``.

The factors and the deduction numbers are fields of
:class:`~xuncha_desktop.services.office_settings.OfficeSettings` (a database that still has
the older ``evaluation_rules`` setting is read from it); :class:`EvaluationRules` is their view
here, with the short names the rules use.

The score is clamped to 0..100. The grade follows ``grade_thresholds`` of the office settings
(好 ≥ 90, 较好 ≥ 80, 一般 ≥ 60, else 差 by default). The team lead may set another grade only
with a written reason; the score, the computed grade, the grade and the reason are all kept.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import NotFoundError, ValidationError
from xuncha_desktop.services import checklists
from xuncha_desktop.services.office_settings import (
    LEGACY_EVALUATION_KEY,
    load_office_settings,
    save_office_settings,
)
from xuncha_desktop.services.uow import read_session, unit_of_work

#: The older setting that held the rules as one JSON value (read as a fallback only).
RULES_KEY = LEGACY_EVALUATION_KEY
GRADES = m.GRADES
HUNDRED = Decimal(100)
CENT = Decimal("0.01")


@dataclass
class EvaluationRules:
    factors: dict[str, float] = field(
        default_factory=lambda: {"符合": 1.0, "基本符合": 0.75, "不符合": 0.0})
    major_points: float = 2.0
    major_cap: float = 10.0
    overdue_points: float = 1.0
    overdue_cap: float = 10.0
    breach_points: float = 3.0
    breach_cap: float = 15.0

    def validate(self) -> None:
        for result in ("符合", "基本符合", "不符合"):
            value = self.factors.get(result)
            if value is None or not 0 <= value <= 1:
                raise ValidationError(f"“{result}”的得分系数必须在 0 到 1 之间。", field="factors")
        for f in fields(self):
            if f.name != "factors" and getattr(self, f.name) < 0:
                raise ValidationError("扣分分值和上限不能为负数。", field=f.name)


def load_rules(db: Database) -> EvaluationRules:
    """The rules as the office settings hold them."""
    office = load_office_settings(db)
    return EvaluationRules(
        factors={k: float(v) for k, v in office.score_factors.items()},
        major_points=float(office.major_hazard_points), major_cap=float(office.major_hazard_cap),
        overdue_points=float(office.overdue_points), overdue_cap=float(office.overdue_cap),
        breach_points=float(office.breach_points), breach_cap=float(office.breach_cap),
    )


def save_rules(db: Database, rules: EvaluationRules, operator: str | None = None) -> None:
    """Store the rules in the office settings (the other office settings are kept)."""
    rules.validate()
    office = load_office_settings(db)
    office.score_factors = dict(rules.factors)
    office.major_hazard_points, office.major_hazard_cap = rules.major_points, rules.major_cap
    office.overdue_points, office.overdue_cap = rules.overdue_points, rules.overdue_cap
    office.breach_points, office.breach_cap = rules.breach_points, rules.breach_cap
    save_office_settings(db, office, operator)


def grade_for(score: Decimal, thresholds: dict[str, float]) -> str:
    for grade in GRADES[:-1]:
        if score >= Decimal(str(thresholds.get(grade, 0))):
            return grade
    return GRADES[-1]


def _d(x: float) -> Decimal:
    return Decimal(str(x))


@dataclass(frozen=True)
class ItemContribution:
    number: str
    title: str
    result: str | None
    share: Decimal  # percent of the full score before scaling (0..100)
    earned: Decimal  # points earned after scaling to the answered items


@dataclass(frozen=True)
class Deduction:
    name: str
    rule: str
    count: int
    points: Decimal


@dataclass(frozen=True)
class ScoreBreakdown:
    target_id: int
    items: tuple[ItemContribution, ...]
    answered: int
    not_applicable: int
    pending: int
    base: Decimal
    deductions: tuple[Deduction, ...]
    score: Decimal
    grade: str
    thresholds: dict[str, float]

    @property
    def deducted(self) -> Decimal:
        return sum((d.points for d in self.deductions), Decimal(0))

    def lines(self) -> list[str]:
        """The computation, one line per part, as shown beside the score."""
        out = [f"检查表得分：{self.base} 分（已评 {self.answered} 项，不适用 {self.not_applicable} 项，"
               f"未填 {self.pending} 项）"]
        out += [f"扣分 · {d.name}：{d.count} 项，扣 {d.points} 分（{d.rule}）" for d in self.deductions]
        out.append(f"最终得分：{self.score} 分，计算等次：{self.grade}")
        t = self.thresholds
        out.append(f"等次标准：好 ≥ {t.get('好', 90):g}，较好 ≥ {t.get('较好', 80):g}，"
                   f"一般 ≥ {t.get('一般', 60):g}，其余为差")
        return out


def _shares(items: list[checklists.TemplateItemRow]) -> dict[int, Decimal]:
    """Each leaf's share of the whole (sums to 1)."""
    problem = checklists.weight_problem(items)
    if problem:
        raise ValidationError(problem, field="weight",
                              hint="请在“检查表模板”中为检查项填写权重后再计算得分。")
    by_parent: dict[int | None, list[checklists.TemplateItemRow]] = {}
    for i in items:
        by_parent.setdefault(i.parent_id, []).append(i)
    shares: dict[int, Decimal] = {}

    def walk(parent: int | None, share: Decimal) -> None:
        kids = by_parent.get(parent, [])
        total = sum((k.weight for k in kids), Decimal(0))
        for k in kids:
            s = share * k.weight / total
            if k.is_leaf:
                shares[k.id] = s
            else:
                walk(k.id, s)

    walk(None, Decimal(1))
    return shares


def _counts(session: Session, target_id: int, today: dt.date) -> tuple[int, int, int]:
    f = m.Finding
    open_ = f.state != "已销号"
    majors = session.scalar(
        select(func.count(f.id)).join(m.FindingKind, m.FindingKind.id == f.kind_id)
        .where(f.target_id == target_id, open_, m.FindingKind.is_major)) or 0
    overdue = session.scalar(
        select(func.count(f.id)).where(f.target_id == target_id, open_,
                                       f.deadline.is_not(None), f.deadline < today)) or 0
    breaches = session.scalar(
        select(func.count(m.CooperationBreach.id))
        .where(m.CooperationBreach.target_id == target_id)) or 0
    return int(majors), int(overdue), int(breaches)


def compute(db: Database, target_id: int, today: dt.date | None = None) -> ScoreBreakdown:
    """The score of a target as things stand; raises ValidationError when none can be given."""
    when = today or dt.date.today()
    cid = checklists.checklist_for_target(db, target_id)
    if cid is None:
        raise NotFoundError("该巡查对象还没有检查表，无法计算得分。", hint="请先创建检查表。")
    view = checklists.checklist_view(db, cid)
    rules = load_rules(db)
    thresholds = load_office_settings(db).grade_thresholds
    shares = _shares([i.item for i in view.items])
    factors = {k: _d(v) for k, v in rules.factors.items()}
    answered = [i for i in view.leaves if i.result in factors]
    na = sum(1 for i in view.leaves if i.result == "不适用")
    pending = sum(1 for i in view.leaves if i.result is None)
    if not answered:
        raise ValidationError("检查表还没有可计分的结果（已填项均为“不适用”或尚未填写）。",
                              field="result")
    scale = sum((shares[i.item.id] for i in answered), Decimal(0))
    if scale <= 0:
        raise ValidationError("已填写结果的检查项权重合计为零，无法计算得分。", field="weight",
                              hint="请在“检查表模板”中为检查项填写权重。")
    contributions: list[ItemContribution] = []
    base = Decimal(0)
    for i in view.leaves:
        share = shares[i.item.id]
        earned = Decimal(0)
        if i.result in factors:
            earned = HUNDRED * share / scale * factors[i.result]
            base += earned
        contributions.append(ItemContribution(i.item.number, i.item.title, i.result,
                                              (HUNDRED * share).quantize(CENT),
                                              earned.quantize(CENT)))
    base = base.quantize(CENT, ROUND_HALF_UP)
    with read_session(db) as session:
        majors, overdue, breaches = _counts(session, target_id, when)

    def ded(name: str, count: int, each: float, cap: float, what: str) -> Deduction:
        pts = min(_d(each) * count, _d(cap)).quantize(CENT)
        return Deduction(name, f"{what}每项扣 {each:g} 分，最多扣 {cap:g} 分", count, pts)

    deductions = (
        ded("未销号的重大事故隐患", majors, rules.major_points, rules.major_cap, "重大事故隐患"),
        ded("逾期未整改", overdue, rules.overdue_points, rules.overdue_cap, "超过整改期限的问题"),
        ded("不配合巡查", breaches, rules.breach_points, rules.breach_cap, "违反配合义务的情形"),
    )
    score = base - sum((d.points for d in deductions), Decimal(0))
    score = max(Decimal(0), min(HUNDRED, score)).quantize(CENT)
    return ScoreBreakdown(target_id, tuple(contributions), len(answered), na, pending, base,
                          deductions, score, grade_for(score, thresholds), dict(thresholds))


# ---------------------------------------------------------------------------------------------
# Stored evaluation
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class EvaluationRow:
    id: int
    version: int
    target_id: int
    score: Decimal
    computed_grade: str
    grade: str
    override_reason: str
    summary: str
    evaluated_by: str
    evaluated_on: dt.date | None

    @property
    def overridden(self) -> bool:
        return self.grade != self.computed_grade


def _row(e: m.Evaluation) -> EvaluationRow:
    return EvaluationRow(e.id, e.version, e.target_id, Decimal(e.score), e.computed_grade,
                         e.grade, e.override_reason or "", e.summary or "", e.evaluated_by or "",
                         e.evaluated_on)


def get_evaluation(db: Database, target_id: int) -> EvaluationRow | None:
    with read_session(db) as session:
        e = session.scalar(select(m.Evaluation).where(m.Evaluation.target_id == target_id))
        return _row(e) if e is not None else None


def save_evaluation(db: Database, target_id: int, *, grade: str | None = None,
                    override_reason: str = "", summary: str = "",
                    today: dt.date | None = None, operator: str | None = None) -> EvaluationRow:
    """Compute the score now and store it; ``grade`` other than the computed one needs a reason."""
    when = today or dt.date.today()
    b = compute(db, target_id, when)
    final = grade or b.grade
    if final not in GRADES:
        raise ValidationError(f"评价等次只能是：{'、'.join(GRADES)}。", field="grade")
    reason = (override_reason or "").strip()
    if final != b.grade and not reason:
        raise ValidationError(
            f"计算等次为“{b.grade}”，调整为“{final}”必须写明理由。", field="override_reason")
    who = operator or db.operator
    with unit_of_work(db, who) as session:
        e = session.scalar(select(m.Evaluation).where(m.Evaluation.target_id == target_id))
        if e is None:
            e = m.Evaluation(target_id=target_id)
            session.add(e)
        e.score = b.score
        e.computed_grade = b.grade
        e.grade = final
        e.override_reason = reason if final != b.grade else ""
        e.summary = summary.strip()
        e.evaluated_by = who
        e.evaluated_on = when
        session.flush()
        return _row(e)


# -- written evaluations of units and individuals (单位和个人) ----------------------------------
@dataclass(frozen=True)
class SubjectRow:
    id: int
    subject_kind: str
    subject_name: str
    text: str


def list_subject_evaluations(db: Database, target_id: int) -> list[SubjectRow]:
    with read_session(db) as session:
        rows = session.scalars(select(m.SubjectEvaluation)
                               .where(m.SubjectEvaluation.target_id == target_id)
                               .order_by(m.SubjectEvaluation.subject_kind, m.SubjectEvaluation.id))
        return [SubjectRow(r.id, r.subject_kind, r.subject_name, r.text or "") for r in rows]


def add_subject_evaluation(db: Database, target_id: int, kind: str, name: str, text: str, *,
                           operator: str | None = None) -> SubjectRow:
    if kind not in m.SUBJECT_KINDS:
        raise ValidationError("评价对象只能是“单位”或“个人”。", field="subject_kind")
    if not name.strip():
        raise ValidationError("请填写被评价的单位或个人名称。", field="subject_name")
    if not text.strip():
        raise ValidationError("请填写评价内容。", field="text")
    with unit_of_work(db, operator) as session:
        if session.get(m.Target, target_id) is None:
            raise NotFoundError(f"找不到编号为 {target_id} 的巡查对象。")
        r = m.SubjectEvaluation(target_id=target_id, subject_kind=kind,
                                subject_name=name.strip(), text=text.strip())
        session.add(r)
        session.flush()
        return SubjectRow(r.id, r.subject_kind, r.subject_name, r.text)


def delete_subject_evaluation(db: Database, row_id: int, *, operator: str | None = None) -> None:
    with unit_of_work(db, operator) as session:
        r = session.get(m.SubjectEvaluation, row_id)
        if r is not None:
            from xuncha_desktop.services.trash import trash_in_session

            trash_in_session(session, m.SubjectEvaluation, row_id)


__all__ = [
    "Deduction", "EvaluationRow", "EvaluationRules", "ItemContribution", "ScoreBreakdown",
    "SubjectRow", "add_subject_evaluation", "compute", "delete_subject_evaluation",
    "get_evaluation", "grade_for", "list_subject_evaluations", "load_rules", "save_evaluation",
    "save_rules",
]
