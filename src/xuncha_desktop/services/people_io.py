"""Excel import and export of the personnel pool (openpyxl, with defusedxml for safe XML).

Import is two steps. :func:`read_pool_file` checks the file and every row and returns an
:class:`ImportPreview` (errors with row, column and reason; for each valid row whether it is
new or which fields of the matched person would change). Nothing is written. Then
:func:`apply_import` writes, in one unit of work: only when there is no error, or only the
valid rows when the user chose that. A person already in the pool (same ID number, or same
name plus unit) is updated, not duplicated.

Export writes text cells that begin with ``= + - @`` as text (never formulas).

The four member conditions (四个条件, :data:`xuncha_desktop.db.models.CONDITIONS`) are the
last four columns, 是 or 否. On import 是 records the condition as checked and met (by the
importing operator, on the day of the import) unless it already is; 否 withdraws a condition
that was met; a blank cell leaves it as it is. A workbook in the older layout without these
four columns is still accepted and leaves every condition unchanged.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import defusedxml
import defusedxml.ElementTree
from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Font
from sqlalchemy import select
from sqlalchemy.orm import Session

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import ValidationError, XunchaError
from xuncha_desktop.services.people import PersonData, clean_name, mask_id, to_data, write_person
from xuncha_desktop.services.uow import read_session, unit_of_work
from xuncha_desktop.services.validation import PHONE_RE, valid_id_number

BASE_HEADERS = ("姓名", "性别", "单位", "职务", "职级", "电话", "身份证号", "籍贯/工作地市县",
                "专业领域", "人员类别", "在库", "备注")
#: One 是/否 column per member condition, in the order of ``m.CONDITIONS``.
CONDITION_HEADERS = ("条件一（理想信念）", "条件二（作风廉洁）", "条件三（业务能力）",
                     "条件四（身体健康）")
HEADERS = BASE_HEADERS + CONDITION_HEADERS
REQUIRED = ("姓名", "性别", "单位")
SECTOR_SPLIT = re.compile(r"[、,，;；/\s]+")
MAX_ROWS = 50_000
MAX_UNCOMPRESSED = 200 * 1024 * 1024
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
OLE2_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")

Progress = Callable[[int, int], bool]
"""Called with (done, total); returning False cancels."""


class ImportError_(XunchaError):
    """The file cannot be read as a pool workbook."""


class Cancelled(XunchaError):
    pass


@dataclass(frozen=True)
class RowError:
    row: int
    column: str
    reason: str

    @property
    def text(self) -> str:
        where = f"第 {self.row} 行" if self.row else "文件"
        return f"{where}" + (f"“{self.column}”列" if self.column else "") + f"：{self.reason}"


@dataclass(frozen=True)
class RowPlan:
    row: int
    data: PersonData
    action: str  # 新增 / 更新 / 无变化
    changes: tuple[str, ...] = ()
    #: Per condition (1..4): True 是, False 否, None blank (leave as it is).
    conditions: tuple[bool | None, ...] = (None, None, None, None)


@dataclass
class ImportPreview:
    rows: list[RowPlan] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    total_rows: int = 0

    @property
    def bad_rows(self) -> set[int]:
        return {e.row for e in self.errors}

    def summary(self) -> str:
        new = sum(1 for r in self.rows if r.action == "新增")
        upd = sum(1 for r in self.rows if r.action == "更新")
        same = sum(1 for r in self.rows if r.action == "无变化")
        text = f"共 {self.total_rows} 行：新增 {new} 人，更新 {upd} 人，无变化 {same} 人"
        if self.errors:
            text += f"；{len(self.bad_rows)} 行有错误（共 {len(self.errors)} 处）"
        return text + "。"


# ---------------------------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------------------------
def _check_container(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except FileNotFoundError as err:
        raise ImportError_(f"找不到文件“{path.name}”。") from err
    except OSError as err:
        raise ImportError_(f"无法读取文件“{path.name}”：{err.strerror}。") from err
    if not data:
        raise ImportError_(f"文件“{path.name}”是空的（0 字节），没有可导入的内容。",
                           hint="请选择填写好的人员库 Excel 文件。")
    if data.startswith(OLE2_SIGNATURE):
        if "EncryptionInfo".encode("utf-16-le") in data:
            raise ImportError_(f"“{path.name}”是受密码保护的工作簿，无法读取。",
                               hint="请在 Excel 中打开并取消密码（文件→信息→保护工作簿），"
                                    "另存后再导入。")
        raise ImportError_(f"“{path.name}”是旧版 Excel（.xls）文件，只是扩展名改成了 .xlsx。",
                           hint="请在 Excel 中打开，另存为“Excel 工作簿（*.xlsx）”后再导入。")
    if not data.startswith(b"PK"):
        raise ImportError_(f"“{path.name}”不是 Excel（.xlsx）文件（可能是改了扩展名的 CSV 或文本）。",
                           hint="请用“下载模板”得到的工作簿填写，保存为 .xlsx 后再导入。")
    return data


def _check_zip(data: bytes, name: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            if sum(i.file_size for i in infos) > MAX_UNCOMPRESSED:
                raise ImportError_(f"“{name}”解压后过大，疑似恶意文件，已拒绝导入。")
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    with zf.open(info) as fh:
                        head = fh.read(8192)
                    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                        raise ImportError_(
                            f"“{name}”含有不安全的 XML 内容（实体声明，可能是“XML 炸弹”），已拒绝导入。"
                        )
            bad = zf.testzip()
            if bad is not None:
                raise ImportError_(f"“{name}”已损坏（{bad} 校验失败）。")
    except zipfile.BadZipFile as err:
        raise ImportError_(f"“{name}”不完整或已损坏，无法打开。",
                           hint="文件可能没有完整复制或下载，请重新获取后再导入。") from err


def _cell_text(cell: object) -> tuple[str, bool]:
    """The cell's text and whether it is a formula."""
    value = getattr(cell, "value", None)
    is_formula = getattr(cell, "data_type", "") == "f"
    if value is None:
        return "", is_formula
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value), is_formula


def read_pool_file(db: Database, path: str | Path, progress: Progress | None = None
                   ) -> ImportPreview:
    """Check the workbook and every row; nothing is written."""
    path = Path(path)
    data = _check_container(path)
    _check_zip(data, path.name)
    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except defusedxml.DefusedXmlException as err:
        raise ImportError_(f"“{path.name}”含有不安全的 XML 内容，已拒绝导入。") from err
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError) as err:
        raise ImportError_(f"“{path.name}”不是有效的 Excel 工作簿，无法打开。",
                           hint="请在 Excel 中打开并另存为 .xlsx 后再导入。") from err
    try:
        ws = wb.worksheets[0]
        rows = ws.iter_rows()
        header_cells = next(rows, None)
        if header_cells is None:
            raise ImportError_(f"“{path.name}”的第一个工作表是空的，没有表头和数据。",
                               hint="请用“下载模板”得到的工作簿填写。")
        header = [clean_name(_cell_text(c)[0]) for c in header_cells]
        while header and not header[-1]:
            header.pop()
        _check_header(header)
        width = len(header)  # the older layout stops before the condition columns
        raw: list[tuple[int, list[tuple[str, bool]]]] = []
        for number, cells in enumerate(rows, start=2):
            values = [_cell_text(c) for c in cells][:width]
            if all(not v.strip() for v, _f in values):
                continue
            values += [("", False)] * (len(HEADERS) - len(values))
            raw.append((number, values))
            if len(raw) > MAX_ROWS:
                raise ImportError_(f"一次最多导入 {MAX_ROWS} 行，请分批导入。")
    finally:
        wb.close()
    if not raw:
        raise ImportError_(f"“{path.name}”只有表头，没有人员数据。")
    return _validate_rows(db, raw, progress)


def _check_header(header: list[str]) -> None:
    expected = list(HEADERS)
    if header in (expected, list(BASE_HEADERS)):  # the older layout has no condition columns
        return
    if sorted(header) == sorted(expected):
        wrong = [f"第 {i + 1} 列应为“{e}”，实为“{h}”"
                 for i, (h, e) in enumerate(zip(header, expected, strict=True)) if h != e]
        raise ImportError_("表头的列顺序不对：" + "；".join(wrong[:4]) + "。",
                           hint="请按模板的列顺序排列，或直接使用“下载模板”得到的工作簿。")
    missing = [h for h in expected if h not in header]
    extra = [h for h in header if h and h not in expected]
    parts = []
    if missing:
        parts.append("缺少列：" + "、".join(missing))
    if extra:
        parts.append("多出或无法识别的列：" + "、".join(extra))
    if not parts:
        parts.append("列顺序或列数与模板不一致")
    raise ImportError_("表头不正确（" + "；".join(parts) + "）。",
                       hint="第一行应为：" + "、".join(HEADERS) + "。")


def _validate_rows(db: Database, raw: list[tuple[int, list[tuple[str, bool]]]],
                   progress: Progress | None) -> ImportPreview:
    with read_session(db) as s:
        regions = set(s.scalars(select(m.Region.name)))
        sectors = set(s.scalars(select(m.Sector.name)))
        people = s.scalars(select(m.Person)).all()
        by_id = {p.id_number: to_data(p) for p in people if p.id_number}
        by_name = {(p.name, p.unit): to_data(p) for p in people}
        met: dict[int, set[int]] = {}
        for pid, no in s.execute(select(m.PersonCondition.person_id,
                                        m.PersonCondition.condition_no)
                                 .where(m.PersonCondition.met)):
            met.setdefault(pid, set()).add(no)
    preview = ImportPreview(total_rows=len(raw))
    seen_ids: dict[str, int] = {}
    seen_names: dict[tuple[str, str], int] = {}
    for done, (row, values) in enumerate(raw, start=1):
        if progress is not None and done % 500 == 0 and not progress(done, len(raw)):
            raise Cancelled("已取消导入，人员库没有改动。")
        errs: list[RowError] = []

        def err(col: str, reason: str, row: int = row, errs: list[RowError] = errs) -> None:
            errs.append(RowError(row, col, reason))

        cols = {}
        for (text, is_formula), header in zip(values, HEADERS, strict=True):
            if is_formula:
                err(header, f"单元格是公式（{text[:30]}），请改为直接填写的文字")
                text = ""
            cols[header] = text.replace("\u3000", " ").strip()
        name = clean_name(cols["姓名"])
        cols["单位"] = " ".join(cols["单位"].split())
        for req in REQUIRED:
            if not (name if req == "姓名" else cols[req]):
                err(req, "不能为空")
        if len(name) > 40:
            err("姓名", "不能超过 40 个字")
        if name and any(ch in name for ch in "0123456789=+@<>") :
            err("姓名", f"“{name}”含有数字或符号")
        gender = cols["性别"]
        if gender and gender not in m.GENDERS:
            err("性别", f"“{gender}”无效，只能填“男”或“女”")
        rank = cols["职级"] or "其他"
        if rank not in m.RANKS:
            err("职级", f"“{rank}”无效，只能填：{'、'.join(m.RANKS)}")
        phone = cols["电话"].replace(" ", "")
        if phone and not PHONE_RE.match(phone):
            err("电话", f"“{phone}”不是有效的手机号或固定电话")
        id_text = cols["身份证号"].upper().replace(" ", "")
        keep_id = "*" in id_text  # a masked ID from our own export: keep what is stored
        if id_text and not keep_id and not valid_id_number(id_text):
            err("身份证号", "号码不正确（位数、出生日期或校验位有误）")
        region = cols["籍贯/工作地市县"]
        if region and region not in regions:
            err("籍贯/工作地市县", f"“{region}”不是已登记的市县")
        sector_list = [x for x in SECTOR_SPLIT.split(cols["专业领域"]) if x]
        unknown = [x for x in sector_list if x not in sectors]
        if unknown:
            err("专业领域", f"未知的行业领域：{'、'.join(unknown)}")
        pool = cols["人员类别"] or "工作人员"
        if pool not in m.POOL_TYPES:
            err("人员类别", f"“{pool}”无效，只能填：{'、'.join(m.POOL_TYPES)}")
        active_text = cols["在库"] or "是"
        if active_text not in ("是", "否"):
            err("在库", f"“{active_text}”无效，只能填“是”或“否”")
        conditions: list[bool | None] = []
        for header in CONDITION_HEADERS:
            text = cols[header]
            if text not in ("", "是", "否"):
                err(header, f"“{text}”无效，只能填“是”或“否”（空白表示不变）")
            conditions.append(None if text == "" else text == "是")
        key = (name, cols["单位"])
        if id_text and not keep_id:
            if id_text in seen_ids:
                err("身份证号", f"与第 {seen_ids[id_text]} 行重复")
            seen_ids.setdefault(id_text, row)
        if name and key in seen_names:
            err("姓名", f"姓名和单位与第 {seen_names[key]} 行重复")
        seen_names.setdefault(key, row)
        if errs:
            preview.errors.extend(errs)
            continue
        existing = (by_id.get(id_text) if id_text and not keep_id else None) or by_name.get(key)
        data = PersonData(
            name=name, gender=gender, unit=cols["单位"], post=cols["职务"], rank=rank,
            phone=phone,
            id_number=(existing.id_number if existing else None) if keep_id
            else (id_text or (existing.id_number if existing else None)),
            home_region=region, sectors=sector_list, pool_type=pool,
            active=active_text == "是", note=cols["备注"],
            id=existing.id if existing else None,
        )
        had = met.get(existing.id, set()) if existing is not None and existing.id else set()
        wanted = tuple(conditions)
        if existing is None:
            preview.rows.append(RowPlan(row, data, "新增", conditions=wanted))
        else:
            changes = _changes(existing, data) + _condition_changes(had, wanted)
            preview.rows.append(RowPlan(row, data, "更新" if changes else "无变化", changes,
                                        wanted))
    return preview


def _condition_changes(had: set[int], wanted: Sequence[bool | None]) -> tuple[str, ...]:
    out = []
    for no, (header, want) in enumerate(zip(CONDITION_HEADERS, wanted, strict=True), start=1):
        if want is not None and want != (no in had):
            out.append(f"{header}：{'否' if want else '是'} → {'是' if want else '否'}")
    return tuple(out)


def _write_conditions(s: Session, person_id: int, wanted: Sequence[bool | None], who: str,
                      on: dt.date) -> None:
    """是 marks a condition met (checked by ``who`` on ``on``); 否 withdraws a met one."""
    rows = {r.condition_no: r for r in s.scalars(
        select(m.PersonCondition).where(m.PersonCondition.person_id == person_id))}
    for no, want in enumerate(wanted, start=1):
        row = rows.get(no)
        if want is None or want == bool(row is not None and row.met):
            continue
        if row is None:
            row = m.PersonCondition(person_id=person_id, condition_no=no)
            s.add(row)
        row.met = want
        row.checked_by = who
        row.checked_on = on


_COMPARED = (("name", "姓名"), ("gender", "性别"), ("unit", "单位"), ("post", "职务"),
             ("rank", "职级"), ("phone", "电话"), ("id_number", "身份证号"),
             ("home_region", "籍贯/工作地市县"), ("sectors", "专业领域"),
             ("pool_type", "人员类别"), ("active", "在库"), ("note", "备注"))


def _show(key: str, value: object) -> str:
    if key == "id_number":
        return mask_id(value if isinstance(value, str) else None) or "（空）"
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list):
        return "、".join(value) or "（空）"
    return str(value) if value not in (None, "") else "（空）"


def _changes(old: PersonData, new: PersonData) -> tuple[str, ...]:
    out = []
    for key, label in _COMPARED:
        a, b = getattr(old, key), getattr(new, key)
        if key == "sectors":
            a, b = sorted(a), sorted(b)
        if a != b:
            out.append(f"{label}：{_show(key, a)} → {_show(key, b)}")
    return tuple(out)


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    unchanged: int
    skipped_rows: int

    @property
    def text(self) -> str:
        text = f"已导入：新增 {self.added} 人，更新 {self.updated} 人，无变化 {self.unchanged} 人"
        if self.skipped_rows:
            text += f"；有错误的 {self.skipped_rows} 行未导入"
        return text + "。"


def apply_import(db: Database, preview: ImportPreview, *, valid_only: bool = False,
                 operator: str | None = None, progress: Progress | None = None,
                 today: dt.date | None = None) -> ImportResult:
    """Write the previewed rows in one unit of work (all or nothing).

    Conditions marked 是 are recorded as checked by the operator on ``today``.
    """
    if preview.errors and not valid_only:
        raise ValidationError(
            f"有 {len(preview.bad_rows)} 行数据有错误，人员库没有改动。",
            hint="请改正后重新导入，或选择“只导入正确的行”。",
        )
    todo = [r for r in preview.rows if r.action != "无变化"]
    who = operator or db.operator
    on = today or dt.date.today()
    with unit_of_work(db, operator) as s:
        for done, plan in enumerate(todo, start=1):
            if progress is not None and done % 200 == 0 and not progress(done, len(todo)):
                raise Cancelled("已取消导入，人员库没有改动。")
            try:
                person_id = write_person(s, plan.data)
                _write_conditions(s, person_id, plan.conditions, who, on)
            except ValidationError as err:
                raise ValidationError(f"第 {plan.row} 行：{err.message}",
                                      hint="人员库没有改动。") from err
    return ImportResult(
        added=sum(1 for r in todo if r.action == "新增"),
        updated=sum(1 for r in todo if r.action == "更新"),
        unchanged=len(preview.rows) - len(todo),
        skipped_rows=len(preview.bad_rows),
    )


def import_pool(db: Database, path: str | Path, *, valid_only: bool = False,
                operator: str | None = None, today: dt.date | None = None
                ) -> tuple[ImportPreview, ImportResult | None]:
    """Read and, when allowed, write. The result is None when nothing was written."""
    preview = read_pool_file(db, path)
    if preview.errors and not valid_only:
        return preview, None
    return preview, apply_import(db, preview, valid_only=valid_only, operator=operator,
                                 today=today)


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------
def safe_cell(cell: Cell, value: object) -> None:
    """Put ``value`` in ``cell``; text that Excel would run as a formula stays text."""
    cell.value = value
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        cell.data_type = "s"
        cell.quotePrefix = True


def _sheet(wb: Workbook, title: str, header: Sequence[str]) -> object:
    ws = wb.active
    assert ws is not None
    ws.title = title
    ws.append(list(header))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    ws.freeze_panes = "A2"
    for i, h in enumerate(header):
        ws.column_dimensions[chr(ord("A") + i)].width = max(10, len(h) * 2 + 4)
    return ws


def _save(wb: Workbook, path: Path) -> None:
    try:
        wb.save(path)
    except PermissionError as err:
        raise XunchaError(f"无法写入“{path.name}”：文件可能正在 Excel 中打开。",
                          hint="请关闭该文件后重试。") from err
    except OSError as err:
        raise XunchaError(f"无法写入“{path.name}”：{err.strerror}。") from err


def export_pool(db: Database, path: str | Path, *, full_ids: bool = False) -> int:
    """The pool as a workbook in the import layout. ID numbers are masked unless asked."""
    path = Path(path)
    wb = Workbook()
    ws = _sheet(wb, "人员库", HEADERS)
    with read_session(db) as s:
        people = [to_data(p) for p in s.scalars(select(m.Person).order_by(m.Person.id))]
        met: dict[int, set[int]] = {}
        for pid, no in s.execute(select(m.PersonCondition.person_id,
                                        m.PersonCondition.condition_no)
                                 .where(m.PersonCondition.met)):
            met.setdefault(pid, set()).add(no)
    for row, p in enumerate(people, start=2):
        values = [p.name, p.gender, p.unit, p.post, p.rank, p.phone,
                  (p.id_number or "") if full_ids else mask_id(p.id_number), p.home_region,
                  "、".join(p.sectors), p.pool_type, "是" if p.active else "否", p.note]
        values += ["是" if no in met.get(p.id or 0, set()) else "否"
                   for no in range(1, len(CONDITION_HEADERS) + 1)]
        for col, value in enumerate(values, start=1):
            safe_cell(ws.cell(row=row, column=col), value)  # type: ignore[attr-defined]
    _save(wb, path)
    return len(people)


def write_template(path: str | Path) -> None:
    """The empty import workbook, with a sheet explaining each column."""
    path = Path(path)
    wb = Workbook()
    ws = _sheet(wb, "人员库", HEADERS)
    for col in range(1, len(HEADERS) + 1):
        ws.cell(row=2, column=col).number_format = "@"  # type: ignore[attr-defined]
    notes = wb.create_sheet("填写说明")
    notes.append(["列", "说明"])
    for header, text in (
        ("姓名", "必填。少数民族姓名中的间隔号写作“·”。"),
        ("性别", "必填：男 或 女。"),
        ("单位", "必填。与姓名一起用于识别已在库的人员。"),
        ("职级", "厅级、处级、科级 或 其他（空白按“其他”）。"),
        ("电话", "11 位手机号，或带区号的固定电话。"),
        ("身份证号", "可不填；填写时校验 18 位号码及校验位。"),
        ("籍贯/工作地市县", "用于回避，须为已登记的市县名称。"),
        ("专业领域", "多个领域用“、”分隔，须为已登记的行业领域。"),
        ("人员类别", "工作人员 或 专家（空白按“工作人员”）。"),
        ("在库", "是 或 否（空白按“是”）。"),
        *((header, f"巡查组成员条件：{text}。填“是”记为已核查、符合（核查人为导入的操作员，"
                   "日期为导入当天）；填“否”撤销已登记的“符合”；空白不改变。")
          for header, text in zip(CONDITION_HEADERS, m.CONDITIONS, strict=True)),
    ):
        notes.append([header, text])
    notes.column_dimensions["B"].width = 60
    _save(wb, path)


def save_errors(errors: Sequence[RowError], path: str | Path) -> None:
    """The error list as a workbook: 行号, 列, 原因."""
    wb = Workbook()
    ws = _sheet(wb, "导入错误", ("行号", "列", "原因"))
    for e in errors:
        r = ws.max_row + 1  # type: ignore[attr-defined]
        safe_cell(ws.cell(row=r, column=1), e.row)  # type: ignore[attr-defined]
        safe_cell(ws.cell(row=r, column=2), e.column)  # type: ignore[attr-defined]
        safe_cell(ws.cell(row=r, column=3), e.reason)  # type: ignore[attr-defined]
    ws.column_dimensions["C"].width = 60  # type: ignore[attr-defined]
    _save(wb, Path(path))


__all__ = ["BASE_HEADERS", "CONDITION_HEADERS", "HEADERS", "Cancelled", "ImportError_", "ImportPreview", "ImportResult", "RowError",
           "RowPlan", "apply_import", "defusedxml", "export_pool", "import_pool",
           "read_pool_file", "save_errors", "write_template"]
