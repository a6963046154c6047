"""Excel import/export of the pool: every bad input of issue 5 leaves the pool unchanged."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import ValidationError
from xuncha_desktop.services import people, people_io
from xuncha_desktop.services.bootstrap import open_for_use
from xuncha_desktop.services.people_io import HEADERS, ImportError_
from xuncha_desktop.services.uow import read_session

GOOD_ID = "11010519491231002X"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_for_use(tmp_path / "p.db", operator="测试")
    yield database
    database.close()


def count(db: Database) -> int:
    with read_session(db) as s:
        return int(s.scalar(select(func.count(m.Person.id))) or 0)


def row(name: str = "张三", unit: str = "省应急管理厅", **kw: str) -> list[object]:
    values = {"姓名": name, "性别": "男", "单位": unit, "职务": "处长", "职级": "处级",
              "电话": "13800138000", "身份证号": "", "籍贯/工作地市县": "海口市",
              "专业领域": "", "人员类别": "工作人员", "在库": "是", "备注": ""}
    values.update(kw)
    return [values.get(h, "") for h in HEADERS]


def workbook(path: Path, rows: list[list[object]], header: list[str] | None = None) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(header or list(HEADERS))
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_import_all_or_nothing_and_valid_only(db: Database, tmp_path: Path) -> None:
    f = workbook(tmp_path / "a.xlsx", [row("张三"), row("李四", 电话="12345"), row("王五")])
    preview, result = people_io.import_pool(db, f)
    assert result is None and count(db) == 0
    (err,) = preview.errors
    assert (err.row, err.column) == (3, "电话") and "不是有效的手机号" in err.reason
    with pytest.raises(ValidationError, match="1 行数据有错误，人员库没有改动"):
        people_io.apply_import(db, preview)
    assert count(db) == 0
    _, result = people_io.import_pool(db, f, valid_only=True)
    assert result is not None and result.text == "已导入：新增 2 人，更新 0 人，无变化 0 人；有错误的 1 行未导入。"
    assert {h.name for h in people.search(db)} == {"王五", "张三"}


def test_duplicates_are_matched_and_changes_shown(db: Database, tmp_path: Path) -> None:
    people_io.import_pool(db, workbook(tmp_path / "a.xlsx", [row("张三", 身份证号=GOOD_ID)]))
    f = workbook(tmp_path / "b.xlsx", [
        row("张三", 电话="13900139000", 身份证号=GOOD_ID),     # same name+unit and ID
        row("张三丰", unit="别的单位", 身份证号=GOOD_ID.lower()),  # same ID, new name: would clash
    ])
    preview = people_io.read_pool_file(db, f)
    assert any("与第 2 行重复" in e.reason for e in preview.errors)
    f = workbook(tmp_path / "c.xlsx", [row("张三", 电话="13900139000", 身份证号=GOOD_ID)])
    preview = people_io.read_pool_file(db, f)
    (plan,) = preview.rows
    assert plan.action == "更新" and plan.changes == ("电话：13800138000 → 13900139000",)
    people_io.apply_import(db, preview)
    assert count(db) == 1


def test_error_workbook(db: Database, tmp_path: Path) -> None:
    f = workbook(tmp_path / "a.xlsx", [row("", 性别="未知")])
    preview = people_io.read_pool_file(db, f)
    out = tmp_path / "errors.xlsx"
    people_io.save_errors(preview.errors, out)
    ws = load_workbook(out).active
    assert ws is not None
    rows = [tuple(c.value for c in r) for r in ws.iter_rows()]
    assert rows[0] == ("行号", "列", "原因")
    assert (2, "姓名", "不能为空") in rows
    assert (2, "性别", "“未知”无效，只能填“男”或“女”") in rows


def test_wrong_and_swapped_header(db: Database, tmp_path: Path) -> None:
    wrong = workbook(tmp_path / "w.xlsx", [row()], header=["名字", *HEADERS[1:]])
    with pytest.raises(ImportError_, match="缺少列：姓名"):
        people_io.read_pool_file(db, wrong)
    swapped = [HEADERS[1], HEADERS[0], *HEADERS[2:]]
    f = workbook(tmp_path / "s.xlsx", [row()], header=swapped)
    with pytest.raises(ImportError_, match="列顺序不对：第 1 列应为“姓名”，实为“性别”"):
        people_io.read_pool_file(db, f)
    assert count(db) == 0


def test_empty_truncated_and_header_only(db: Database, tmp_path: Path) -> None:
    empty = tmp_path / "e.xlsx"
    empty.write_bytes(b"")
    with pytest.raises(ImportError_, match="是空的"):
        people_io.read_pool_file(db, empty)
    full = workbook(tmp_path / "f.xlsx", [row()])
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(full.read_bytes()[: full.stat().st_size // 2])
    with pytest.raises(ImportError_, match="不完整或已损坏"):
        people_io.read_pool_file(db, cut)
    with pytest.raises(ImportError_, match="只有表头"):
        people_io.read_pool_file(db, workbook(tmp_path / "h.xlsx", []))
    assert count(db) == 0


def test_password_xls_and_csv_renamed(db: Database, tmp_path: Path) -> None:
    ole = bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 512
    enc = tmp_path / "pw.xlsx"
    enc.write_bytes(ole + "EncryptionInfo".encode("utf-16-le") + b"\0" * 100)
    with pytest.raises(ImportError_, match="受密码保护"):
        people_io.read_pool_file(db, enc)
    xls = tmp_path / "old.xlsx"
    xls.write_bytes(ole + b"Workbook" + b"\0" * 100)
    with pytest.raises(ImportError_, match=r"旧版 Excel（\.xls）"):
        people_io.read_pool_file(db, xls)
    csv = tmp_path / "c.xlsx"
    csv.write_text("姓名,性别,单位\n张三,男,省应急管理厅\n", encoding="utf-8")
    with pytest.raises(ImportError_, match="CSV"):
        people_io.read_pool_file(db, csv)
    assert count(db) == 0


def test_ten_thousand_rows_one_bad_near_the_end(db: Database, tmp_path: Path) -> None:
    rows = [row(f"测试{chr(0x4E00 + i % 2000)}{chr(0x4E00 + i // 2000)}", unit=f"单位{i}",
                电话="") for i in range(10_000)]
    rows[9_990] = row("坏行", 职级="部级")
    f = workbook(tmp_path / "big.xlsx", rows)
    preview, result = people_io.import_pool(db, f)
    assert result is None and count(db) == 0
    (err,) = preview.errors
    assert err.row == 9_992 and err.column == "职级"
    assert preview.summary().startswith("共 10000 行：新增 9999 人")


def test_formulas_in_cells_are_refused(db: Database, tmp_path: Path) -> None:
    f = workbook(tmp_path / "f.xlsx", [row(电话="=1+1")])
    preview = people_io.read_pool_file(db, f)
    (err,) = preview.errors
    assert err.column == "电话" and "单元格是公式" in err.reason
    assert count(db) == 0


def test_xml_bomb_is_refused(db: Database, tmp_path: Path) -> None:
    good = workbook(tmp_path / "g.xlsx", [row()])
    bomb = tmp_path / "bomb.xlsx"
    lol = ('<!DOCTYPE lolz [<!ENTITY lol "lol">'
           '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><worksheet')
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bomb, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<worksheet", lol.encode(), 1).replace(
                    "张三".encode(), b"&lol2;")
            dst.writestr(info, data)
    with pytest.raises(ImportError_, match="XML 炸弹"):
        people_io.read_pool_file(db, bomb)
    assert count(db) == 0


def test_rare_characters_and_spaces(db: Database, tmp_path: Path) -> None:
    f = workbook(tmp_path / "r.xlsx", [
        row("吉𠮷"), row("买买提・艾力"), row(" 李　四 "), row("王 五", unit=" 省应急管理厅　"),
    ])
    preview, result = people_io.import_pool(db, f)
    assert not preview.errors and result is not None
    names = {h.name for h in people.search(db)}
    assert names == {"吉𠮷", "买买提·艾力", "李四", "王五"}
    assert [h.unit for h in people.search(db, "王五")] == ["省应急管理厅"]


def test_export_is_formula_safe_masks_ids_and_round_trips(db: Database, tmp_path: Path) -> None:
    for name, note, id_number in (("张三", '=HYPERLINK("http://x")', GOOD_ID),
                                  ("李四", "+1", None), ("王五", "@SUM(A1)", None),
                                  ("赵六", "-2", None)):
        people.save_person(db, people.PersonData(name=name, gender="男", unit="省应急管理厅",
                                                 id_number=id_number, note=note))
    out = tmp_path / "out.xlsx"
    assert people_io.export_pool(db, out) == 4
    with zipfile.ZipFile(out) as zf:
        sheet = zf.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet
    ws = load_workbook(out).active
    assert ws is not None
    values = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    assert {v[11] for v in values} == {'=HYPERLINK("http://x")', "+1", "@SUM(A1)", "-2"}
    assert values[0][6] == "110***********002X"
    assert ws["L2"].data_type == "s"
    preview = people_io.read_pool_file(db, out)
    assert not preview.errors and {r.action for r in preview.rows} == {"无变化"}
    with read_session(db) as s:
        assert s.scalar(select(m.Person.id_number).where(m.Person.name == "张三")) == GOOD_ID


def test_template_imports_nothing_but_has_the_header(db: Database, tmp_path: Path) -> None:
    t = tmp_path / "模板.xlsx"
    people_io.write_template(t)
    wb = load_workbook(t)
    assert [c.value for c in wb["人员库"][1]] == list(HEADERS)
    assert wb.sheetnames == ["人员库", "填写说明"]
    with pytest.raises(ImportError_, match="只有表头"):
        people_io.read_pool_file(db, t)



# ---------------------------------------------------------------------------------------------
# The four member conditions (四个条件) as 是/否 columns
# ---------------------------------------------------------------------------------------------
C1, C2, C3, C4 = people_io.CONDITION_HEADERS
JULY = dt.date(2026, 7, 1)


def conditions(db: Database, name: str) -> dict[int, tuple[bool, str | None, dt.date | None]]:
    with read_session(db) as s:
        rows = s.execute(select(m.PersonCondition.condition_no, m.PersonCondition.met,
                                m.PersonCondition.checked_by, m.PersonCondition.checked_on)
                         .join(m.Person).where(m.Person.name == name)).all()
    return {no: (met, by, on) for no, met, by, on in rows}


def test_condition_columns_on_export_and_in_the_template(db: Database, tmp_path: Path) -> None:
    assert HEADERS[-4:] == ("条件一（理想信念）", "条件二（作风廉洁）", "条件三（业务能力）",
                            "条件四（身体健康）")
    pid = people.save_person(db, people.PersonData(name="张三", gender="男", unit="省应急管理厅"))
    people.save_person(db, people.PersonData(name="李四", gender="女", unit="省应急管理厅"))
    people.set_condition(db, pid, 1, True, checked_by="李科长", checked_on=JULY)
    people.set_condition(db, pid, 4, True, checked_by="李科长", checked_on=JULY)
    out = tmp_path / "out.xlsx"
    people_io.export_pool(db, out)
    ws = load_workbook(out).active
    assert ws is not None
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    assert rows[0] == list(HEADERS)
    assert [r[-4:] for r in rows[1:]] == [["是", "否", "否", "是"], ["否", "否", "否", "否"]]
    # the export reads back as no change: 否 on a condition never checked records nothing
    preview = people_io.read_pool_file(db, out)
    assert not preview.errors and {r.action for r in preview.rows} == {"无变化"}
    t = tmp_path / "模板.xlsx"
    people_io.write_template(t)
    notes = {r[0]: r[1] for r in load_workbook(t)["填写说明"].iter_rows(values_only=True)}
    assert "身体健康，能胜任工作" in notes[C4] and "空白不改变" in notes[C4]


def test_import_sets_and_withdraws_conditions(db: Database, tmp_path: Path) -> None:
    f = workbook(tmp_path / "a.xlsx", [row("张三", **{C1: "是", C2: "是", C3: "否"}),
                                       row("李四")])
    preview, result = people_io.import_pool(db, f, operator="王小明", today=JULY)
    assert not preview.errors and result is not None and result.added == 2
    assert conditions(db, "张三") == {1: (True, "王小明", JULY), 2: (True, "王小明", JULY)}
    assert conditions(db, "李四") == {}
    # 是 again keeps who checked it and when; 否 withdraws a met one; blank leaves it
    later = dt.date(2026, 8, 3)
    f = workbook(tmp_path / "b.xlsx", [row("张三", **{C1: "是", C2: "否", C4: "是"})])
    preview = people_io.read_pool_file(db, f)
    (plan,) = preview.rows
    assert plan.action == "更新"
    assert plan.changes == (f"{C2}：是 → 否", f"{C4}：否 → 是")
    people_io.apply_import(db, preview, operator="赵科长", today=later)
    assert conditions(db, "张三") == {1: (True, "王小明", JULY), 2: (False, "赵科长", later),
                                      4: (True, "赵科长", later)}
    (again,) = people_io.read_pool_file(db, f).rows
    assert again.action == "无变化"


def test_bad_condition_value_is_a_row_error_and_nothing_is_written(db: Database,
                                                                   tmp_path: Path) -> None:
    f = workbook(tmp_path / "a.xlsx", [row("张三", **{C1: "是"}), row("李四", **{C3: "符合"}),
                                       row("王五", **{C4: "=1=1"})])
    preview, result = people_io.import_pool(db, f)
    assert result is None and count(db) == 0
    assert [(e.row, e.column, e.reason) for e in preview.errors] == [
        (3, C3, "“符合”无效，只能填“是”或“否”（空白表示不变）"),
        (4, C4, "单元格是公式（=1=1），请改为直接填写的文字"),
    ]
    _, result = people_io.import_pool(db, f, valid_only=True, operator="王小明", today=JULY)
    assert result is not None and result.added == 1 and result.skipped_rows == 2
    assert conditions(db, "张三") == {1: (True, "王小明", JULY)}


def test_older_layout_without_condition_columns_is_accepted(db: Database,
                                                            tmp_path: Path) -> None:
    pid = people.save_person(db, people.PersonData(name="张三", gender="男", unit="省应急管理厅",
                                                   post="处长", rank="处级", phone="13800138000",
                                                   home_region="海口市"))
    people.set_condition(db, pid, 2, True, checked_by="李科长", checked_on=JULY)
    old = [v for v, h in zip(row("张三", 电话="13900139000"), HEADERS, strict=True)
           if h in people_io.BASE_HEADERS]
    f = workbook(tmp_path / "old.xlsx", [[*old, "是", "是"]],
                 header=list(people_io.BASE_HEADERS))  # stray cells past the header are ignored
    preview, result = people_io.import_pool(db, f)
    assert not preview.errors and result is not None and result.updated == 1
    assert preview.rows[0].changes == ("电话：13800138000 → 13900139000",)
    assert conditions(db, "张三") == {2: (True, "李科长", JULY)}
    partial = workbook(tmp_path / "p.xlsx", [row()], header=list(HEADERS[:-1]))
    with pytest.raises(ImportError_, match="缺少列：条件四（身体健康）"):
        people_io.read_pool_file(db, partial)
