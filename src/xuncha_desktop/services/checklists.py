"""Checklist templates (versioned) and the checklist of each target (检查表).

Templates
---------
A template is a list of items (the ten 巡查内容 of version 1) with optional sub-items under
each, each with 检查要点 (guidance), 检查方式 (methods), 需调阅资料 (documents) and a weight.
A template version that a checklist uses is never edited: :func:`save_template` on a version
in use stores a *new* version (version_no + 1) and makes it current, so a checklist keeps the
version it started with and a finished checklist never changes. An unused version is edited
in place. Templates go to and come from Excel (:func:`export_template_xlsx`,
:func:`import_template_xlsx`) so that offices can share them.

Checklists
----------
A checklist is created from the current template for one target, with one (empty) result row
per item. Results are recorded on *leaf* items (items without sub-items); progress counts
the leaves that have a result. A result on an item of another template version is rejected
(the database's composite foreign keys would reject it too). A finished checklist
(``已完成``) is read-only. A 不符合 or 基本符合 result may raise a finding, pre-filled from the
item, the unit and the notes, and linked back through ``finding.checklist_result_id``.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import ConflictError, NotFoundError, StateError, ValidationError
from xuncha_desktop.services.uow import check_seen, read_session, unit_of_work

FILLING, FINISHED = m.CHECKLIST_STATES
RESULTS = m.RESULTS
#: Results that ask whether to raise a finding.
RAISING_RESULTS = ("不符合", "基本符合")
#: Methods offered in the editor (free text is allowed too).
METHODS = ("听取汇报", "查阅资料", "个别谈话", "座谈会", "受理举报", "实地检查", "暗查暗访")
EXCEL_HEADER = ("序号", "上级序号", "检查内容", "检查要点", "检查方式", "需调阅资料", "权重")


# ---------------------------------------------------------------------------------------------
# Templates
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ItemSpec:
    """One template item as edited or imported; ``parent_number`` names its parent item."""

    number: str
    title: str
    parent_number: str | None = None
    guidance: str = ""
    methods: str = ""
    documents: str = ""
    weight: Decimal = Decimal(10)


@dataclass(frozen=True)
class TemplateItemRow:
    id: int
    number: str
    title: str
    parent_id: int | None
    parent_number: str | None
    guidance: str
    methods: str
    documents: str
    weight: Decimal
    depth: int
    is_leaf: bool

    def spec(self) -> ItemSpec:
        return ItemSpec(self.number, self.title, self.parent_number, self.guidance,
                        self.methods, self.documents, self.weight)


@dataclass(frozen=True)
class TemplateInfo:
    id: int
    name: str
    version_no: int
    note: str
    is_current: bool
    checklists: int
    items: tuple[TemplateItemRow, ...]

    @property
    def label(self) -> str:
        return f"{self.name}（第{self.version_no}版）"

    @property
    def in_use(self) -> bool:
        return self.checklists > 0

    def specs(self) -> list[ItemSpec]:
        return [i.spec() for i in self.items]


@dataclass(frozen=True)
class SaveResult:
    template_id: int
    version_no: int
    new_version: bool

    @property
    def message(self) -> str:
        if self.new_version:
            return (f"该模板已被检查表使用，已另存为第{self.version_no}版并设为当前版本；"
                    "已有检查表仍使用原版本。")
        return f"已保存第{self.version_no}版。"


def _ordered_items(items: Iterable[m.TemplateItem]) -> list[TemplateItemRow]:
    """Items in tree order (parents before children, siblings by sort order)."""
    rows = sorted(items, key=lambda i: (i.sort_order, i.id))
    by_id = {i.id: i for i in rows}
    children: dict[int | None, list[m.TemplateItem]] = {}
    for i in rows:
        parent = i.parent_id if i.parent_id in by_id else None
        children.setdefault(parent, []).append(i)
    out: list[TemplateItemRow] = []

    def walk(parent: int | None, depth: int) -> None:
        for i in children.get(parent, []):
            out.append(TemplateItemRow(
                id=i.id, number=i.number, title=i.title, parent_id=i.parent_id,
                parent_number=by_id[i.parent_id].number if i.parent_id in by_id else None,
                guidance=i.guidance or "", methods=i.methods or "", documents=i.documents or "",
                weight=Decimal(i.weight if i.weight is not None else 0), depth=depth,
                is_leaf=i.id not in children,
            ))
            walk(i.id, depth + 1)

    walk(None, 0)
    return out


def _info(session: Session, tpl: m.ChecklistTemplate) -> TemplateInfo:
    used = session.scalar(
        select(func.count(m.Checklist.id)).where(m.Checklist.template_id == tpl.id)
    ) or 0
    return TemplateInfo(tpl.id, tpl.name, tpl.version_no, tpl.note or "", bool(tpl.is_current),
                        int(used), tuple(_ordered_items(tpl.items)))


def _current(session: Session) -> m.ChecklistTemplate:
    tpl = session.scalar(
        select(m.ChecklistTemplate)
        .order_by(m.ChecklistTemplate.is_current.desc(), m.ChecklistTemplate.version_no.desc(),
                  m.ChecklistTemplate.id.desc())
        .limit(1)
    )
    if tpl is None:
        raise NotFoundError("还没有检查表模板。", hint="请先导入检查表模板，或重新载入参考数据。")
    return tpl


def current_template(db: Database) -> TemplateInfo:
    with read_session(db) as session:
        return _info(session, _current(session))


def template_info(db: Database, template_id: int) -> TemplateInfo:
    with read_session(db) as session:
        tpl = session.get(m.ChecklistTemplate, template_id)
        if tpl is None:
            raise NotFoundError(f"找不到编号为 {template_id} 的检查表模板。")
        return _info(session, tpl)


def list_templates(db: Database) -> list[TemplateInfo]:
    with read_session(db) as session:
        tpls = session.scalars(
            select(m.ChecklistTemplate).order_by(m.ChecklistTemplate.name,
                                                 m.ChecklistTemplate.version_no)
        )
        return [_info(session, t) for t in tpls]


def check_specs(specs: Sequence[ItemSpec]) -> list[ItemSpec]:
    """Check numbers, parents, titles and weights; return the specs with text trimmed."""
    if not specs:
        raise ValidationError("检查表模板至少要有一个检查项。", field="items")
    seen: set[str] = set()
    out: list[ItemSpec] = []
    for k, s in enumerate(specs, start=1):
        number = (s.number or "").strip()
        title = (s.title or "").strip()
        parent = (s.parent_number or "").strip() or None
        if not number:
            raise ValidationError(f"第 {k} 个检查项没有填写“序号”。", field="number")
        if number in seen:
            raise ValidationError(f"检查项序号“{number}”重复，每个检查项的序号必须不同。",
                                  field="number")
        if not title:
            raise ValidationError(f"检查项“{number}”没有填写“检查内容”。", field="title")
        if parent is not None and parent not in seen:
            raise ValidationError(
                f"检查项“{number}”的上级序号“{parent}”不存在（上级项必须排在子项之前）。",
                field="parent_number")
        try:
            weight = Decimal(s.weight)
        except (InvalidOperation, TypeError, ValueError):
            raise ValidationError(f"检查项“{number}”的权重不是数字。", field="weight") from None
        if weight < 0 or weight >= Decimal(10000):
            raise ValidationError(f"检查项“{number}”的权重必须在 0 到 9999.99 之间。",
                                  field="weight")
        seen.add(number)
        out.append(ItemSpec(number, title, parent, (s.guidance or "").strip(),
                            (s.methods or "").strip(), (s.documents or "").strip(),
                            weight.quantize(Decimal("0.01"))))
    return out


def weight_problem(items: Sequence[TemplateItemRow] | Sequence[ItemSpec]) -> str | None:
    """Why a score cannot be computed from these weights, or None when they are usable.

    Each leaf's share is its weight within its siblings times its parent's share, so the
    weights of the top-level items, and of the sub-items under each parent, must not sum to
    zero.
    """
    groups: dict[str | None, Decimal] = {}
    for i in items:
        groups[i.parent_number] = groups.get(i.parent_number, Decimal(0)) + Decimal(i.weight)
    if not groups:
        return "检查表模板没有检查项，无法计算得分。"
    for parent, total in groups.items():
        if total <= 0:
            where = "一级检查项" if parent is None else f"检查项“{parent}”的子项"
            return (f"{where}的权重未填写或合计为零，无法计算得分。"
                    "请在检查表模板中为这些检查项填写权重。")
    return None


def _write_items(tpl: m.ChecklistTemplate, specs: Sequence[ItemSpec], session: Session) -> None:
    by_number: dict[str, m.TemplateItem] = {}
    for k, s in enumerate(specs, start=1):
        item = m.TemplateItem(number=s.number, title=s.title, guidance=s.guidance,
                              methods=s.methods, documents=s.documents, weight=s.weight,
                              sort_order=k)
        if s.parent_number is not None:
            session.flush()
            item.parent_id = by_number[s.parent_number].id
        tpl.items.append(item)
        session.flush()
        by_number[s.number] = item


def _new_version(session: Session, name: str, note: str) -> m.ChecklistTemplate:
    last = session.scalar(
        select(func.max(m.ChecklistTemplate.version_no)).where(m.ChecklistTemplate.name == name)
    ) or 0
    for other in session.scalars(select(m.ChecklistTemplate).where(m.ChecklistTemplate.is_current)):
        other.is_current = False
    tpl = m.ChecklistTemplate(name=name, version_no=int(last) + 1, note=note, is_current=True)
    session.add(tpl)
    session.flush()
    return tpl


def save_template(db: Database, template_id: int, specs: Sequence[ItemSpec], *,
                  note: str | None = None, operator: str | None = None) -> SaveResult:
    """Store the items of a template; a version in use is kept and a new version saved."""
    clean = check_specs(specs)
    with unit_of_work(db, operator) as session:
        tpl = session.get(m.ChecklistTemplate, template_id)
        if tpl is None:
            raise NotFoundError(f"找不到编号为 {template_id} 的检查表模板。")
        used = session.scalar(
            select(func.count(m.Checklist.id)).where(m.Checklist.template_id == tpl.id)
        ) or 0
        if used:
            new = _new_version(session, tpl.name, tpl.note if note is None else note)
            _write_items(new, clean, session)
            return SaveResult(new.id, new.version_no, True)
        if note is not None:
            tpl.note = note
        for item in tpl.items:
            item.parent_id = None
        session.flush()
        tpl.items.clear()  # delete-orphan: every old item is deleted (and audited)
        session.flush()
        _write_items(tpl, clean, session)
        return SaveResult(tpl.id, tpl.version_no, False)


def add_item(db: Database, template_id: int, spec: ItemSpec, *,
             operator: str | None = None) -> SaveResult:
    """Add an item (a sub-item when ``spec.parent_number`` is set) after its parent's subtree."""
    specs = template_info(db, template_id).specs()
    pos = len(specs)
    if spec.parent_number:
        idx = [k for k, s in enumerate(specs)
               if s.number == spec.parent_number or _under(specs, s, spec.parent_number)]
        if idx:
            pos = idx[-1] + 1
    specs.insert(pos, spec)
    return save_template(db, template_id, specs, operator=operator)


def _under(specs: Sequence[ItemSpec], s: ItemSpec, ancestor: str) -> bool:
    parents = {x.number: x.parent_number for x in specs}
    p = s.parent_number
    while p is not None:
        if p == ancestor:
            return True
        p = parents.get(p)
    return False


def update_item(db: Database, template_id: int, number: str, changes: Mapping[str, Any], *,
                operator: str | None = None) -> SaveResult:
    specs = template_info(db, template_id).specs()
    for k, s in enumerate(specs):
        if s.number == number:
            specs[k] = replace(s, **dict(changes))
            if "number" in changes and changes["number"] != number:
                specs = [replace(x, parent_number=changes["number"])
                         if x.parent_number == number else x for x in specs]
            return save_template(db, template_id, specs, operator=operator)
    raise NotFoundError(f"模板中没有序号为“{number}”的检查项。")


def remove_item(db: Database, template_id: int, number: str, *,
                operator: str | None = None) -> SaveResult:
    specs = template_info(db, template_id).specs()
    keep = [s for s in specs if s.number != number and not _under(specs, s, number)]
    if len(keep) == len(specs):
        raise NotFoundError(f"模板中没有序号为“{number}”的检查项。")
    return save_template(db, template_id, keep, operator=operator)


# -- Excel --------------------------------------------------------------------------------------
def export_template_xlsx(db: Database, template_id: int, path: str | os.PathLike[str]) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    from xuncha_desktop.fsutil import atomic_writer

    info = template_info(db, template_id)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "检查项"
    ws.append(list(EXCEL_HEADER))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for i in info.items:
        ws.append([i.number, i.parent_number or "", i.title, i.guidance, i.methods, i.documents,
                   float(i.weight)])
    for col, width in zip("ABCDEFG", (8, 10, 50, 40, 20, 30, 8), strict=True):
        ws.column_dimensions[col].width = width
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    meta = wb.create_sheet("模板信息")
    meta.append(["名称", info.name])
    meta.append(["版本", info.version_no])
    meta.append(["说明", info.note])
    import io

    buf = io.BytesIO()
    wb.save(buf)
    out = Path(path)
    with atomic_writer(out) as fh:
        fh.write(buf.getvalue())
    return out


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_template_xlsx(path: str | os.PathLike[str]) -> tuple[str | None, str, list[ItemSpec]]:
    """(name, note, items) from an Excel file written by :func:`export_template_xlsx`."""
    from openpyxl import load_workbook

    try:
        wb = load_workbook(Path(path), read_only=True, data_only=True)
    except (OSError, ValueError, KeyError) as exc:
        raise ValidationError(f"无法读取 Excel 文件“{Path(path).name}”：{exc}",
                              hint="请选择由本程序导出的检查表模板（.xlsx）。") from exc
    try:
        ws = wb["检查项"] if "检查项" in wb.sheetnames else wb.worksheets[0]
        rows = [tuple(r) for r in ws.iter_rows(values_only=True)]
        name: str | None = None
        note = ""
        if "模板信息" in wb.sheetnames:
            for r in wb["模板信息"].iter_rows(values_only=True):
                if r and r[0] == "名称" and len(r) > 1:
                    name = _text(r[1]) or None
                elif r and r[0] == "说明" and len(r) > 1:
                    note = _text(r[1])
    finally:
        wb.close()
    if not rows or tuple(_text(c) for c in rows[0][: len(EXCEL_HEADER)]) != EXCEL_HEADER:
        raise ValidationError(
            "Excel 文件的第一行不是检查表模板的表头。",
            hint="表头应为：" + "、".join(EXCEL_HEADER) + "。")
    specs: list[ItemSpec] = []
    for n, r in enumerate(rows[1:], start=2):
        cells = [_text(c) for c in (list(r) + [None] * 7)[:7]]
        if not any(cells):
            continue
        if not cells[6]:
            raise ValidationError(f"第 {n} 行（序号“{cells[0]}”）的权重未填写。", field="weight")
        try:
            weight = Decimal(cells[6])
        except InvalidOperation:
            raise ValidationError(f"第 {n} 行的权重“{cells[6]}”不是数字。", field="weight") from None
        specs.append(ItemSpec(cells[0], cells[2], cells[1] or None, cells[3], cells[4], cells[5],
                              weight))
    return name, note, check_specs(specs)


def import_template_xlsx(db: Database, path: str | os.PathLike[str], *,
                         operator: str | None = None) -> SaveResult:
    """Store the items of an Excel file as a new current version (earlier versions are kept)."""
    name, note, specs = read_template_xlsx(path)
    with unit_of_work(db, operator) as session:
        if name is None:
            name = _current(session).name
        tpl = _new_version(session, name, note)
        _write_items(tpl, specs, session)
        return SaveResult(tpl.id, tpl.version_no, True)


# ---------------------------------------------------------------------------------------------
# Checklists
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ResultInput:
    result: str | None
    notes: str = ""
    method: str = ""
    inspector: str = ""
    checked_on: dt.date | None = None
    place: str = ""
    unit_id: int | None = None


@dataclass(frozen=True)
class ChecklistItem:
    item: TemplateItemRow
    result_id: int | None
    result: str | None
    notes: str
    method: str
    inspector: str
    checked_on: dt.date | None
    place: str
    unit_id: int | None
    unit_name: str
    findings: tuple[str, ...]
    evidence: int
    #: The version of the result row as read (None: no result yet); a save passes it on.
    result_version: int | None = None

    @property
    def done(self) -> bool:
        return self.result is not None


@dataclass(frozen=True)
class ChecklistView:
    id: int
    version: int
    target_id: int
    region: str
    region_id: int
    template_id: int
    template_label: str
    state: str
    items: tuple[ChecklistItem, ...]

    @property
    def leaves(self) -> list[ChecklistItem]:
        return [i for i in self.items if i.item.is_leaf]

    @property
    def done(self) -> int:
        return sum(1 for i in self.leaves if i.done)

    @property
    def total(self) -> int:
        return len(self.leaves)

    @property
    def progress_text(self) -> str:
        return f"已填 {self.done} / {self.total} 项"

    @property
    def finished(self) -> bool:
        return self.state == FINISHED

    def item(self, item_id: int) -> ChecklistItem:
        for i in self.items:
            if i.item.id == item_id:
                return i
        raise NotFoundError(f"检查表中没有编号为 {item_id} 的检查项。")


def checklist_for_target(db: Database, target_id: int) -> int | None:
    with read_session(db) as session:
        return session.scalar(select(m.Checklist.id).where(m.Checklist.target_id == target_id))


def create_checklist(db: Database, target_id: int, *, operator: str | None = None) -> int:
    """Create the checklist of a target from the current template (one per target)."""
    with unit_of_work(db, operator) as session:
        target = session.get(m.Target, target_id)
        if target is None:
            raise NotFoundError(f"找不到编号为 {target_id} 的巡查对象。")
        existing = session.scalar(select(m.Checklist.id).where(m.Checklist.target_id == target_id))
        if existing is not None:
            raise ValidationError("该巡查对象已有检查表，每个巡查对象只有一张检查表。")
        tpl = _current(session)
        cl = m.Checklist(target_id=target_id, template_id=tpl.id, state=FILLING)
        session.add(cl)
        session.flush()
        for item in tpl.items:
            cl.results.append(m.ChecklistResult(item_id=item.id, template_id=tpl.id))
        session.flush()
        return cl.id


def _view(session: Session, cl: m.Checklist) -> ChecklistView:
    tpl = cl.template
    results = {r.item_id: r for r in cl.results}
    unit_names = dict(session.execute(
        select(m.InspectedUnit.id, m.InspectedUnit.name).where(
            m.InspectedUnit.id.in_([r.unit_id for r in cl.results if r.unit_id is not None]))
    ).all())
    codes: dict[int, list[str]] = {}
    rid = [r.id for r in cl.results]
    for result_id, code in session.execute(
        select(m.Finding.checklist_result_id, m.Finding.code)
        .where(m.Finding.checklist_result_id.in_(rid)).order_by(m.Finding.code)
    ):
        if result_id is not None:
            codes.setdefault(result_id, []).append(code)
    evidence = dict(session.execute(
        select(m.EvidenceLink.checklist_result_id, func.count(m.EvidenceLink.id))
        .where(m.EvidenceLink.checklist_result_id.in_(rid))
        .group_by(m.EvidenceLink.checklist_result_id)
    ).all())
    items: list[ChecklistItem] = []
    for row in _ordered_items(tpl.items):
        r = results.get(row.id)
        items.append(ChecklistItem(
            item=row, result_id=r.id if r else None, result=r.result if r else None,
            notes=r.notes or "" if r else "", method=r.method or "" if r else "",
            inspector=r.inspector or "" if r else "", checked_on=r.checked_on if r else None,
            place=r.place or "" if r else "", unit_id=r.unit_id if r else None,
            unit_name=unit_names.get(r.unit_id, "") if r and r.unit_id else "",
            findings=tuple(codes.get(r.id, ())) if r else (),
            evidence=int(evidence.get(r.id, 0)) if r else 0,
            result_version=int(r.version) if r else None,
        ))
    region = cl.target.region
    return ChecklistView(cl.id, cl.version, cl.target_id, region.name, region.id, tpl.id,
                         f"{tpl.name}（第{tpl.version_no}版）", cl.state, tuple(items))


def _load_checklist(session: Session, checklist_id: int) -> m.Checklist:
    cl = session.get(m.Checklist, checklist_id)
    if cl is None:
        raise NotFoundError(f"找不到编号为 {checklist_id} 的检查表，可能已被删除。")
    return cl


def checklist_view(db: Database, checklist_id: int) -> ChecklistView:
    with read_session(db) as session:
        return _view(session, _load_checklist(session, checklist_id))


def _version_no(session: Session, template_id: int) -> int:
    return int(session.scalar(select(m.ChecklistTemplate.version_no)
                              .where(m.ChecklistTemplate.id == template_id)) or 0)


def record_result(db: Database, checklist_id: int, item_id: int, data: ResultInput, *,
                  operator: str | None = None,
                  expected_version: int | None = None) -> ChecklistView:
    """Record (or clear, with ``result=None``) the result of one leaf item.

    ``expected_version``: the version of the item's result the operator saw (0: the item had
    no result then). A result somebody else saved since raises :class:`ConflictError` and
    nothing is saved. None: no check."""
    if data.result is not None and data.result not in RESULTS:
        raise ValidationError(f"检查结果只能是：{'、'.join(RESULTS)}。", field="result")
    with unit_of_work(db, operator) as session:
        cl = _load_checklist(session, checklist_id)
        if cl.state == FINISHED:
            raise StateError("该检查表已完成，内容不能再修改。",
                             hint="已完成的检查表保持原样，以备存档核查。")
        item = session.get(m.TemplateItem, item_id)
        if item is None:
            raise NotFoundError(f"找不到编号为 {item_id} 的检查项。")
        if item.template_id != cl.template_id:
            raise ValidationError(
                f"检查项“{item.number}”属于检查表模板第{_version_no(session, item.template_id)}版，"
                f"本检查表使用第{_version_no(session, cl.template_id)}版，不能在本检查表中记录该项结果。",
                field="item_id", hint="请在本检查表的检查项中填写结果。")
        has_children = session.scalar(
            select(func.count(m.TemplateItem.id)).where(m.TemplateItem.parent_id == item.id))
        if has_children:
            raise ValidationError(f"检查项“{item.number}”下设子项，请在各子项中填写结果。",
                                  field="item_id")
        if data.unit_id is not None and session.get(m.InspectedUnit, data.unit_id) is None:
            raise NotFoundError("所选检查单位不存在，可能已被删除。")
        res = session.scalar(select(m.ChecklistResult).where(
            m.ChecklistResult.checklist_id == cl.id, m.ChecklistResult.item_id == item.id))
        if expected_version == 0 and res is not None:
            raise ConflictError(
                f"检查项“{item.number}”的结果已由其他人填写，您的修改没有保存。",
                hint="请对照对方填写的内容后重新保存。")
        if res is not None:
            check_seen(session, res, expected_version or None)
        elif expected_version:
            raise ConflictError(
                f"检查项“{item.number}”的结果已被其他人清除，您的修改没有保存。",
                hint="请对照当前内容后重新保存。")
        if res is None:
            res = m.ChecklistResult(checklist_id=cl.id, template_id=cl.template_id,
                                    item_id=item.id)
            session.add(res)
        res.result = data.result
        res.notes = data.notes or ""  # kept whole: no trimming, no length limit
        res.method = (data.method or "").strip()[:80]
        res.inspector = (data.inspector or "").strip()[:64]
        res.checked_on = data.checked_on
        res.place = (data.place or "").strip()[:200]
        res.unit_id = data.unit_id
        session.flush()
        session.expire(cl, ["results"])
        return _view(session, cl)


def finish_checklist(db: Database, checklist_id: int, *, operator: str | None = None,
                     seen: ChecklistView | None = None) -> ChecklistView:
    """Mark a checklist 已完成 once every item has a result; it is read-only from then on.

    ``seen``: the checklist as the operator saw it. When somebody else has since changed it
    (its state, or any item's result), :class:`ConflictError` and it is not finished: the
    operator would otherwise close results they never saw. None: no check."""
    with unit_of_work(db, operator) as session:
        cl = _load_checklist(session, checklist_id)
        view = _view(session, cl)
        if seen is not None:
            _check_unchanged(view, seen)
        if cl.state == FINISHED:
            return view
        missing = [i.item.number for i in view.leaves if not i.done]
        if missing:
            shown = "、".join(missing[:10]) + ("等" if len(missing) > 10 else "")
            raise ValidationError(f"还有 {len(missing)} 项没有填写结果（{shown}），不能完成检查表。")
        cl.state = FINISHED
        session.flush()
        return _view(session, cl)


def _check_unchanged(now: ChecklistView, seen: ChecklistView) -> None:
    """ConflictError naming what changed since ``seen`` (state and results, by version)."""
    before = {i.item.id: i.result_version for i in seen.items}
    changed = [i.item.number for i in now.leaves
               if i.result_version != before.get(i.item.id)
               and not (i.result is None and before.get(i.item.id) is None)]
    if now.version == seen.version and now.state == seen.state and not changed:
        return
    what = (f"检查项{'、'.join(changed[:5])}{'等' if len(changed) > 5 else ''}的结果"
            if changed else f"检查表状态（现为“{now.state}”）")
    raise ConflictError(f"检查表已被其他人修改（{what}），没有标记为已完成。",
                        hint="请查看对方填写的内容后，再点“完成检查表”。")


# ---------------------------------------------------------------------------------------------
# Raising a finding from an item
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class FindingDraft:
    """The pre-filled finding for a 不符合/基本符合 item (the user may edit it)."""

    result_id: int
    item_label: str
    description: str
    unit_level: str
    unit_id: int | None
    unit_name: str
    sector_id: int | None
    found_on: dt.date
    found_by: str
    kinds: tuple[tuple[int, str], ...]
    default_kind_id: int


def asks_for_finding(result: str | None) -> bool:
    return result in RAISING_RESULTS


def finding_draft(db: Database, result_id: int, *, today: dt.date | None = None) -> FindingDraft:
    with read_session(db) as session:
        res = session.get(m.ChecklistResult, result_id)
        if res is None:
            raise NotFoundError(f"找不到编号为 {result_id} 的检查结果。")
        item = res.item
        unit = session.get(m.InspectedUnit, res.unit_id) if res.unit_id else None
        kinds = tuple(session.execute(
            select(m.FindingKind.id, m.FindingKind.name).order_by(m.FindingKind.sort_order)
        ).all())
        if not kinds:
            raise NotFoundError("还没有问题类别，请先载入参考数据。")
        mgmt = session.scalar(select(m.FindingKind.id).where(m.FindingKind.code == "management"))
        notes = (res.notes or "").strip()
        description = f"{item.title.rstrip('。；;')}方面：{notes}" if notes else \
            f"{item.title.rstrip('。；;')}方面存在{res.result or '不符合'}情况"
        return FindingDraft(
            result_id=res.id, item_label=f"{item.number} {item.title}", description=description,
            unit_level=unit.kind if unit is not None else "市县政府",
            unit_id=unit.id if unit is not None else None,
            unit_name=unit.name if unit is not None else "",
            sector_id=unit.sector_id if unit is not None else None,
            found_on=res.checked_on or today or dt.date.today(),
            found_by=res.inspector or db.operator,
            kinds=kinds, default_kind_id=mgmt or kinds[0][0],
        )


_CODE = re.compile(r"^XC(\d{4})-(\d+)$")


def _next_code(session: Session, year: int) -> str:
    codes = session.scalars(select(m.Finding.code).where(m.Finding.code.like(f"XC{year}-%")))
    last = max((int(mt.group(2)) for c in codes if (mt := _CODE.match(c))), default=0)
    return f"XC{year}-{last + 1:04d}"


def raise_finding(db: Database, result_id: int, *, kind_id: int, description: str | None = None,
                  today: dt.date | None = None, operator: str | None = None) -> tuple[int, str]:
    """Register a finding (已发现) from a checklist result, linked back to it: (id, 编号)."""
    draft = finding_draft(db, result_id, today=today)
    text = (description if description is not None else draft.description).strip()
    if not text:
        raise ValidationError("请填写问题描述。", field="description")
    who = operator or db.operator
    with unit_of_work(db, who, immediate=True) as session:
        res = session.get(m.ChecklistResult, result_id)
        if res is None:
            raise NotFoundError(f"找不到编号为 {result_id} 的检查结果。")
        if res.result not in RAISING_RESULTS:
            raise ValidationError("只有“不符合”或“基本符合”的检查项才能登记问题隐患。",
                                  field="result")
        if session.get(m.FindingKind, kind_id) is None:
            raise NotFoundError("所选问题类别不存在。")
        cl = res.checklist
        target = cl.target
        f = m.Finding(
            code=_next_code(session, draft.found_on.year), target_id=target.id,
            region_id=target.region_id, kind_id=kind_id, sector_id=draft.sector_id,
            unit_level=draft.unit_level, unit_id=draft.unit_id, checklist_result_id=res.id,
            description=text, found_on=draft.found_on, found_by=draft.found_by, state="已发现",
        )
        session.add(f)
        session.flush()
        session.add(m.FindingTransition(
            finding_id=f.id, from_state=None, to_state="已发现", operator=who,
            at=dt.datetime.now().replace(microsecond=0),
            note=f"由检查表第{res.item.number}项（{res.result}）登记",
        ))
        session.flush()
        return f.id, f.code


__all__ = [
    "EXCEL_HEADER", "FILLING", "FINISHED", "METHODS", "RAISING_RESULTS", "RESULTS",
    "ChecklistItem", "ChecklistView", "FindingDraft", "ItemSpec", "ResultInput", "SaveResult",
    "TemplateInfo", "TemplateItemRow", "add_item", "asks_for_finding", "check_specs",
    "checklist_for_target", "checklist_view", "create_checklist", "current_template",
    "export_template_xlsx", "finding_draft", "finish_checklist", "import_template_xlsx",
    "list_templates", "raise_finding", "read_template_xlsx", "record_result", "remove_item",
    "save_template", "template_info", "update_item", "weight_problem",
]
