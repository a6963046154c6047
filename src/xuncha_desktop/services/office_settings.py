"""Office-wide settings shared by every workstation, stored in the ``setting`` table.

Every number that comes from practice rather than the regulation is a setting here, not a
constant in the code (DOMAIN.md).

The evaluation's result factors and deductions (评价的得分系数和扣分规则) used to be stored as
one JSON value under ``evaluation_rules``; a database that still has only that key is read
from it (:data:`LEGACY_EVALUATION_KEY`), and the first save writes the fields here and
removes the old key. No schema change is involved: both live in the ``setting`` table.
The share of the rectification period after which a 已交办 finding is 进度滞后 was likewise
its own setting ``finding_behind_share`` (:data:`LEGACY_BEHIND_SHARE_KEY`); it is now the field
:attr:`OfficeSettings.behind_share`, read from the old key while only that exists.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from sqlalchemy import select

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import ValidationError
from xuncha_desktop.services.uow import read_session, unit_of_work
from xuncha_desktop.services.workdays import parse_holidays

DOC_KINDS = {
    "plan": "年度巡查工作计划",
    "roster": "巡查组组成人员名单",
    "notice": "巡查通知",
    "checklist": "巡查检查表",
    "interview-notice": "约谈通知书",
    "interview-minutes": "约谈纪要",
    "rectification-notice": "整改通知书",
    "feedback": "巡查反馈意见",
    "report": "巡查报告",
    "annual-report": "年度巡查工作情况报告",
    "ledger": "问题隐患整改台账",
}


def _default_prefixes() -> dict[str, str]:
    return {kind: "琼安委办" for kind in DOC_KINDS}


#: Where the evaluation rules were kept before they became fields of :class:`OfficeSettings`.
LEGACY_EVALUATION_KEY = "evaluation_rules"
#: The scored results; 不适用 is left out of the score, not scored.
SCORED_RESULTS = ("符合", "基本符合", "不符合")
#: Old name in ``evaluation_rules`` → field of :class:`OfficeSettings`.
_LEGACY_FIELDS = {
    "factors": "score_factors",
    "major_points": "major_hazard_points",
    "major_cap": "major_hazard_cap",
    "overdue_points": "overdue_points",
    "overdue_cap": "overdue_cap",
    "breach_points": "breach_points",
    "breach_cap": "breach_cap",
}
#: The deduction fields and their names in messages.
DEDUCTION_LABELS = {
    "major_hazard_points": "未销号重大事故隐患每项扣分",
    "major_hazard_cap": "未销号重大事故隐患最多扣分",
    "overdue_points": "逾期未整改每项扣分",
    "overdue_cap": "逾期未整改最多扣分",
    "breach_points": "不配合巡查每项扣分",
    "breach_cap": "不配合巡查最多扣分",
}


#: The grades with a threshold, highest first (below the last one the grade is 差).
GRADES = ("好", "较好", "一般")
#: The periods in days and their names in messages.
PERIOD_LABELS = {
    "interview_report_working_days": "约谈后书面报告期限（工作日）",
    "tour_report_days": "巡查报告期限（天）",
    "rectification_plan_days": "整改方案期限（天）",
}


#: Where the 进度滞后 share was kept before it became :attr:`OfficeSettings.behind_share`.
LEGACY_BEHIND_SHARE_KEY = "finding_behind_share"
#: 进度滞后 once more than half of the rectification period has elapsed.
DEFAULT_BEHIND_SHARE = 0.5


def valid_behind_share(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and 0 < value < 1


def _default_factors() -> dict[str, float]:
    return {"符合": 1.0, "基本符合": 0.75, "不符合": 0.0}


@dataclass
class OfficeSettings:
    issuer: str = "海南省安全生产委员会办公室"
    issuer_mark: str = "海南省安全生产委员会办公室文件"
    doc_prefixes: dict[str, str] = field(default_factory=_default_prefixes)
    hotline: str = "12350"
    cycle_length_years: int = 3
    due_soon_days: int = 3
    interview_report_working_days: int = 5
    tour_report_days: int = 10
    rectification_plan_days: int = 15
    team_size_min: int = 5
    team_size_max: int = 8
    grade_thresholds: dict[str, float] = field(
        default_factory=lambda: {"好": 90.0, "较好": 80.0, "一般": 60.0}
    )
    holidays: list[str] = field(default_factory=list)
    # 评价: each scored result earns its factor of the item's share; deductions per case, capped
    score_factors: dict[str, float] = field(default_factory=_default_factors)
    major_hazard_points: float = 2.0
    major_hazard_cap: float = 10.0
    overdue_points: float = 1.0
    overdue_cap: float = 10.0
    breach_points: float = 3.0
    breach_cap: float = 15.0
    # 进度滞后: a 已交办 finding after more than this share of its rectification period
    behind_share: float = DEFAULT_BEHIND_SHARE

    def validate(self) -> None:
        if not 1 <= self.cycle_length_years <= 10:
            raise ValidationError("“巡查周期年限”必须在 1 到 10 年之间。", field="cycle_length_years")
        if self.due_soon_days < 0:
            raise ValidationError("“即将到期提醒天数”不能为负数。", field="due_soon_days")
        if not 1 <= self.team_size_min <= self.team_size_max:
            raise ValidationError("巡查组人数下限必须大于 0 且不大于上限。", field="team_size_min")
        for kind, prefix in self.doc_prefixes.items():
            if not prefix.strip():
                raise ValidationError(
                    f"“{DOC_KINDS.get(kind, kind)}”的机关代字不能为空。", field="doc_prefixes"
                )
        for result in SCORED_RESULTS:
            value = self.score_factors.get(result)
            if not isinstance(value, int | float) or not 0 <= value <= 1:
                raise ValidationError(f"“{result}”的得分系数必须在 0 到 1 之间。",
                                      field="score_factors")
        for name, label in DEDUCTION_LABELS.items():
            value = getattr(self, name)
            if not isinstance(value, int | float) or not 0 <= value <= 100:
                raise ValidationError(f"“{label}”必须在 0 到 100 分之间。", field=name)
        self._validate_more()

    def _validate_more(self) -> None:
        """Names, periods, grade lines and holidays (what the 办公室设置 dialog can change)."""
        if not self.issuer.strip():
            raise ValidationError("“发文机关”不能为空。", field="issuer")
        if not self.issuer_mark.strip():
            raise ValidationError("“发文机关标志”不能为空。", field="issuer_mark")
        for name, label in PERIOD_LABELS.items():
            value = getattr(self, name)
            if not isinstance(value, int) or not 1 <= value <= 365:
                raise ValidationError(f"“{label}”必须在 1 到 365 天之间。", field=name)
        lines = [self.grade_thresholds.get(grade) for grade in GRADES]
        for grade, line in zip(GRADES, lines, strict=True):
            if not isinstance(line, int | float) or not 0 <= line <= 100:
                raise ValidationError(f"评价等次“{grade}”的分数线必须在 0 到 100 分之间。",
                                      field="grade_thresholds")
        if not lines[0] > lines[1] > lines[2]:  # type: ignore[operator]
            raise ValidationError(
                "评价等次分数线必须从高到低：“好”高于“较好”，“较好”高于“一般”。",
                field="grade_thresholds", hint="低于“一般”分数线的评为“差”。")
        parse_holidays(self.holidays)
        if not valid_behind_share(self.behind_share):
            raise ValidationError(
                "“进度滞后比例”必须大于 0% 且小于 100%（例如 50% 表示整改期限过半）。",
                field="behind_share")


_FIELDS = {f.name for f in fields(OfficeSettings)}


def _legacy_evaluation(raw: str) -> dict[str, Any]:
    """The fields held by an old ``evaluation_rules`` value (unreadable parts are skipped)."""
    try:
        old = json.loads(raw)
    except ValueError:
        return {}
    if not isinstance(old, dict):
        return {}
    out: dict[str, Any] = {}
    for key, value in old.items():
        name = _LEGACY_FIELDS.get(key)
        if name == "score_factors" and isinstance(value, dict):
            factors = _default_factors()
            factors.update({str(k): float(v) for k, v in value.items()
                            if isinstance(v, int | float)})
            out[name] = factors
        elif name is not None and isinstance(value, int | float):
            out[name] = float(value)
    return out


def load_office_settings(db: Database) -> OfficeSettings:
    with read_session(db) as session:
        rows = session.execute(select(m.Setting.key, m.Setting.value)).all()
    values: dict[str, Any] = {}
    legacy: dict[str, Any] = {}
    old_share: Any = None
    for key, raw in rows:
        if key == LEGACY_EVALUATION_KEY:
            legacy = _legacy_evaluation(raw)
        elif key == LEGACY_BEHIND_SHARE_KEY:
            try:
                old_share = json.loads(raw)
            except ValueError:
                continue
        elif key in _FIELDS:
            try:
                values[key] = json.loads(raw)
            except ValueError:
                continue
    for name, value in legacy.items():
        values.setdefault(name, value)  # a field saved under its own key wins
    if "behind_share" not in values and valid_behind_share(old_share):
        values["behind_share"] = float(old_share)
    if not valid_behind_share(values.get("behind_share", DEFAULT_BEHIND_SHARE)):
        values["behind_share"] = DEFAULT_BEHIND_SHARE  # unreadable: the default, not a crash
    settings = OfficeSettings(**values)
    merged = _default_prefixes()
    merged.update(settings.doc_prefixes)
    settings.doc_prefixes = merged
    factors = _default_factors()
    factors.update(settings.score_factors)
    settings.score_factors = factors
    return settings


def save_office_settings(db: Database, settings: OfficeSettings,
                         operator: str | None = None) -> None:
    settings.validate()
    with unit_of_work(db, operator) as session:
        for key, value in asdict(settings).items():
            text = json.dumps(value, ensure_ascii=False, sort_keys=True)
            row = session.get(m.Setting, key)
            if row is None:
                session.add(m.Setting(key=key, value=text))
            elif row.value != text:
                row.value = text
        for legacy_key in (LEGACY_EVALUATION_KEY, LEGACY_BEHIND_SHARE_KEY):
            old = session.get(m.Setting, legacy_key)
            if old is not None:  # its values are now the fields above
                session.delete(old)
