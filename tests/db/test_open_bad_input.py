"""Files that must be refused with a Chinese message, leaving their bytes unchanged."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from xuncha_desktop.db.migrate import open_database
from xuncha_desktop.errors import DatabaseError


def _make_db(path: Path) -> Path:
    open_database(path).close()
    return path


def test_text_file_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("这不是数据库\n", encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="不是巡查桌面的数据库文件"):
        open_database(path)
    assert path.read_bytes() == before


def test_corrupt_database_is_refused(tmp_path: Path) -> None:
    path = _make_db(tmp_path / "corrupt.db")
    data = bytearray(path.read_bytes())
    # keep the header, destroy the schema page
    data[100:2000] = b"\xff" * 1900
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError) as err:
        open_database(path)
    assert "已损坏" in err.value.message
    assert "未被改动" in err.value.hint
    assert path.read_bytes() == bytes(data)


def test_read_only_file_is_refused(tmp_path: Path) -> None:
    path = _make_db(tmp_path / "ro.db")
    before = path.read_bytes()
    os.chmod(path, stat.S_IREAD)
    try:
        with pytest.raises(DatabaseError) as err:
            open_database(path)
        assert "只读" in err.value.message
        assert "取消“只读”" in err.value.hint
        assert path.read_bytes() == before
    finally:
        os.chmod(path, stat.S_IREAD | stat.S_IWRITE)


def test_directory_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "folder.db"
    folder.mkdir()
    with pytest.raises(DatabaseError, match="是一个文件夹"):
        open_database(folder)
    assert list(folder.iterdir()) == []


def test_other_programs_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="其他程序的数据库"):
        open_database(path)
    assert path.read_bytes() == before


def test_missing_folder_is_explained(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="不存在"):
        open_database(tmp_path / "no" / "such" / "x.db")
