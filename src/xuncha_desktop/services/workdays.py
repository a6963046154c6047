"""Working days: weekends and the office's holiday list (setting ``holidays``) are skipped."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from xuncha_desktop.errors import ValidationError


def parse_holidays(values: Iterable[str | dt.date]) -> frozenset[dt.date]:
    """ISO dates from the settings; a bad entry is an error that names it."""
    out: set[dt.date] = set()
    for v in values:
        if isinstance(v, dt.date):
            out.add(v)
            continue
        try:
            out.add(dt.date.fromisoformat(str(v).strip()))
        except ValueError as err:
            raise ValidationError(
                f"节假日设置中的“{v}”不是日期。",
                field="holidays",
                hint="请按 2026-10-01 的格式填写。",
            ) from err
    return frozenset(out)


def is_working_day(day: dt.date, holidays: Iterable[str | dt.date] = ()) -> bool:
    return day.weekday() < 5 and day not in parse_holidays(holidays)


def add_working_days(start: dt.date, days: int, holidays: Iterable[str | dt.date] = ()) -> dt.date:
    """The ``days``-th working day after ``start`` (``start`` itself does not count)."""
    if days < 0:
        raise ValidationError("工作日数不能为负数。", field="days")
    off = parse_holidays(holidays)
    day, left = start, days
    while left > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5 and day not in off:
            left -= 1
    return day


__all__ = ["add_working_days", "is_working_day", "parse_holidays"]
