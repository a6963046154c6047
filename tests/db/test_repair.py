"""Repair: a damaged file is backed up, rebuilt into a verified new file, the old one kept."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from xuncha_desktop.config import LocalSettings
from xuncha_desktop.db import models as m
from xuncha_desktop.db.safety import run_checks
from xuncha_desktop.errors import DatabaseError
from xuncha_desktop.services import backups, crud
from xuncha_desktop.services.bootstrap import open_for_use


def make_db(path: Path, n: int = 300) -> None:
    db = open_for_use(path, operator="修复测试")
    for i in range(n):
        crud.create(db, m.Person, {"name": f"人{i}", "gender": "男", "unit": f"单位{i}",
                                   "note": "n" * 800})
    db.close()


def corrupt_index(path: Path, index: str) -> None:
    """Overwrite the root page of ``index`` with garbage (the table rows stay readable)."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                            (index,)).fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start + 8 : start + page_size] = b"\x07" * (page_size - 8)
    path.write_bytes(bytes(data))


def _rows(path: Path) -> list[tuple[str, str]]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT name, unit FROM person ORDER BY id").fetchall()


def _settings(tmp_path: Path, path: Path) -> backups.BackupSettings:
    return backups.backup_settings(LocalSettings(backup_dir=str(tmp_path / "备份")), path)


def test_repair_rebuilds_a_damaged_index_and_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    make_db(path)
    rows = _rows(path)
    corrupt_index(path, "ix_person_name_unit")
    damaged = path.read_bytes()
    assert run_checks(path, full=True)  # the damage is real

    result = backups.repair(path, _settings(tmp_path, path),
                            now=dt.datetime(2026, 7, 14, 9, 30))

    assert run_checks(path, full=True) == []  # integrity_check ok, foreign_key_check empty
    assert _rows(path) == rows
    assert result.method == "vacuum" and result.lost == {}
    assert result.kept["person"] == 300
    aside = result.set_aside[0]
    assert aside.name == "x-修复前-20260714-093000.db" and aside.read_bytes() == damaged
    text = backups.describe_repair(result)
    assert "已修复数据库" in text and "没有丢失记录" in text and aside.name in text
    # the repaired file opens for use again, with its index
    db = open_for_use(path, operator="修复测试")
    try:
        assert crud.count(db, m.Person) == 300
    finally:
        db.close()
    with contextlib.closing(sqlite3.connect(path)) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert "ix_person_name_unit" in names


def test_repair_salvages_a_damaged_table_page_and_names_what_was_lost(tmp_path: Path) -> None:
    path = tmp_path / "y.db"
    make_db(path)
    data = bytearray(path.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 8192] = b"\xff" * 8192
    path.write_bytes(bytes(data))
    assert run_checks(path, full=True)

    result = backups.repair(path, _settings(tmp_path, path))

    assert run_checks(path, full=True) == []
    assert result.method == "salvage"
    assert sum(result.kept.values()) > 0 and result.lost
    text = backups.describe_repair(result)
    assert "未能保留" in text and "无法生成通过校验的备份" in text
    assert result.safety_backup is None  # a damaged file cannot pass a verified backup
    assert result.set_aside[0].exists()


def test_repair_of_a_sound_file_takes_a_backup_first(tmp_path: Path) -> None:
    path = tmp_path / "z.db"
    make_db(path, 20)
    rows = _rows(path)
    cfg = _settings(tmp_path, path)
    result = backups.repair(path, cfg)
    assert result.safety_backup is not None and "修复前" in result.safety_backup.name
    assert [b.reason for b in backups.list_backups(path, cfg)] == ["修复前"]
    assert _rows(result.safety_backup) == rows == _rows(path)
    assert "修复前已备份" in backups.describe_repair(result)


def test_repair_refuses_a_file_whose_structure_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "w.db"
    make_db(path, 5)
    data = bytearray(path.read_bytes())
    data[100:3000] = b"\x5a" * 2900  # the schema page
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as info:
        backups.repair(path, _settings(tmp_path, path))
    assert "不能修复" in info.value.message and "备份恢复" in info.value.hint
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(("w", "."))) == [
        "w.db"]


def test_cli_repair_says_what_it_did(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from xuncha_desktop.cli import main

    path = tmp_path / "c.db"
    make_db(path, 50)
    corrupt_index(path, "ix_person_name_unit")
    assert main(["--db", str(path), "repair"]) == 0
    out = capsys.readouterr().out
    assert "已修复数据库" in out and "修复前的数据库已改名保存为" in out
    assert run_checks(path, full=True) == []
    assert main(["--db", str(tmp_path / "missing.db"), "repair"]) == 2
    assert "不存在" in capsys.readouterr().err
