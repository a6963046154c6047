"""``xuncha people import/export`` and ``xuncha draw list/verify``, as a clerk runs them."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from openpyxl import Workbook

from xuncha_desktop.cli import main
from xuncha_desktop.services.bootstrap import open_for_use
from xuncha_desktop.services.demo import generate_demo
from xuncha_desktop.services.people_io import HEADERS


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = open_for_use(path, operator="测试")
    generate_demo(db, seed=7, today=dt.date(2026, 7, 14))
    db.close()
    return path


def run(tmp_path: Path, db: Path, *args: str) -> int:
    return main(["--db", str(db), "--data-dir", str(tmp_path / "d"),
                 "--config-dir", str(tmp_path / "c"), "--operator", "王小明", *args])


def test_people_import_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "p.db"
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(list(HEADERS))
    ws.append(["张三", "男", "省应急管理厅", "处长", "处级", "13800138000", "", "海口市",
               "", "工作人员", "是", ""])
    ws.append(["李四", "男", "省应急管理厅", "", "部级", "", "", "", "", "", "", ""])
    f = tmp_path / "pool.xlsx"
    wb.save(f)
    assert run(tmp_path, db, "people", "import", str(f), "--errors", str(tmp_path / "e.xlsx")) == 1
    out = capsys.readouterr()
    assert "第 3 行“职级”列：“部级”无效" in out.err and "人员库没有改动" in out.err
    assert (tmp_path / "e.xlsx").exists()
    assert run(tmp_path, db, "people", "import", str(f), "--valid-only") == 0
    assert "新增 1 人" in capsys.readouterr().out
    assert run(tmp_path, db, "people", "export", str(tmp_path / "out.xlsx")) == 0
    assert "已导出 1 人" in capsys.readouterr().out


def test_draw_list_and_verify(tmp_path: Path, demo_file: Path,
                              capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "t.db"
    shutil.copy(demo_file, db)
    assert run(tmp_path, db, "draw", "list") == 0
    out = capsys.readouterr().out
    assert "条抽取记录" in out and "组长×1" in out
    assert run(tmp_path, db, "draw", "verify", "--all") == 0
    assert "未通过 0 条" in capsys.readouterr().out
    assert run(tmp_path, db, "draw", "verify", "1") == 0
    con = sqlite3.connect(db)
    cands = json.loads(con.execute("select candidates_json from draw where id=1").fetchone()[0])
    con.execute("update draw set candidates_json=? where id=1", (json.dumps(cands[::-1][1:]),))
    con.commit()
    con.close()
    assert run(tmp_path, db, "draw", "verify", "1") == 1
    assert "复核未通过" in capsys.readouterr().err
    assert run(tmp_path, db, "draw", "verify", "--all") == 1
    assert run(tmp_path, db, "draw", "verify") == 2
