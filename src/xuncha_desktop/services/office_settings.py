"""Office-wide settings shared by every workstation, stored in the ``setting`` table.

Every number that comes from practice rather than the regulation is a setting here, not a
constant in the code (DOMAIN.md).
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


_FIELDS = {f.name for f in fields(OfficeSettings)}


def load_office_settings(db: Database) -> OfficeSettings:
    with read_session(db) as session:
        rows = session.execute(select(m.Setting.key, m.Setting.value)).all()
    values: dict[str, Any] = {}
    for key, raw in rows:
        if key in _FIELDS:
            try:
                values[key] = json.loads(raw)
            except ValueError:
                continue
    settings = OfficeSettings(**values)
    merged = _default_prefixes()
    merged.update(settings.doc_prefixes)
    settings.doc_prefixes = merged
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
