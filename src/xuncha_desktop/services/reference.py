"""Reference data shipped in ``resources/reference`` and loaded into a new database.

After loading, the data is ordinary rows: the office edits it like anything else.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from xuncha_desktop.db import models as m
from xuncha_desktop.db.base import Base
from xuncha_desktop.db.engine import Database
from xuncha_desktop.resources import resource_path
from xuncha_desktop.services.uow import unit_of_work


@dataclass(frozen=True)
class LoadReport:
    regions: int
    sectors: int
    finding_kinds: int
    template_items: int

    @property
    def total(self) -> int:
        return self.regions + self.sectors + self.finding_kinds + self.template_items


def _empty(session: Session, model: type[Base]) -> bool:
    return not session.scalar(select(func.count()).select_from(model))


def load_regions(session: Session) -> int:
    with resource_path("reference", "regions.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for i, row in enumerate(rows, start=1):
        session.add(m.Region(name=row["name"], code=row["code"] or None, kind=row["kind"],
                             sort_order=i, active=True))
    return len(rows)


def load_sectors(session: Session) -> int:
    names = [
        line.strip()
        for line in resource_path("reference", "sectors.txt").read_text("utf-8").splitlines()
        if line.strip()
    ]
    for i, name in enumerate(names, start=1):
        session.add(m.Sector(name=name, sort_order=i, active=True))
    return len(names)


def load_finding_kinds(session: Session) -> int:
    kinds: list[dict[str, Any]] = json.loads(
        resource_path("reference", "finding_kinds.json").read_text("utf-8")
    )
    for i, k in enumerate(kinds, start=1):
        session.add(m.FindingKind(code=k["code"], name=k["name"], description=k["description"],
                                  is_major=k["is_major"], sort_order=i))
    return len(kinds)


def load_checklist_template(session: Session) -> int:
    data: dict[str, Any] = json.loads(
        resource_path("reference", "checklist_v1.json").read_text("utf-8")
    )
    tpl = m.ChecklistTemplate(name=data["name"], version_no=1, note=data["note"], is_current=True)
    for i, item in enumerate(data["items"], start=1):
        tpl.items.append(m.TemplateItem(
            number=item["number"], title=item["title"], guidance=item.get("guidance", ""),
            methods=item.get("methods", ""), documents=item.get("documents", ""),
            weight=Decimal(str(item.get("weight", 10))), sort_order=i,
        ))
    session.add(tpl)
    return len(data["items"])


def load_reference_data(db: Database) -> LoadReport:
    """Fill each empty reference table from the shipped files; leave filled ones alone."""
    with unit_of_work(db, "系统") as session:
        regions = load_regions(session) if _empty(session, m.Region) else 0
        sectors = load_sectors(session) if _empty(session, m.Sector) else 0
        kinds = load_finding_kinds(session) if _empty(session, m.FindingKind) else 0
        items = (
            load_checklist_template(session) if _empty(session, m.ChecklistTemplate) else 0
        )
    return LoadReport(regions, sectors, kinds, items)
