"""The window's start-up with bad database files: a dialog in Chinese, exit 1, file unchanged."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import sys
from pathlib import Path

import pytest

from xuncha_desktop import app
from xuncha_desktop.db.migrate import open_database
from xuncha_desktop.errors import XunchaError


def _not_a_db(tmp_path: Path) -> Path:
    p = tmp_path / "记录.db"
    p.write_bytes(b"PK\x03\x04 this is a zip, not a database" * 20)
    return p


def _corrupt(tmp_path: Path) -> Path:
    p = tmp_path / "corrupt.db"
    open_database(p).close()
    data = bytearray(p.read_bytes())
    data[100:4000] = b"\x5a" * 3900
    p.write_bytes(bytes(data))
    return p


def _read_only(tmp_path: Path) -> Path:
    p = tmp_path / "ro.db"
    open_database(p).close()
    os.chmod(p, stat.S_IREAD)
    return p


def _directory(tmp_path: Path) -> Path:
    p = tmp_path / "dir.db"
    p.mkdir()
    return p


def _newer(tmp_path: Path) -> Path:
    p = tmp_path / "newer.db"
    open_database(p).close()
    with contextlib.closing(sqlite3.connect(p)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_2030'")
    return p


CASES = {
    "not-a-database": (_not_a_db, "不是巡查桌面的数据库文件"),
    "corrupt": (_corrupt, "已损坏"),
    "read-only": (_read_only, "只读"),
    "directory": (_directory, "是一个文件夹"),
    "newer-schema": (_newer, "更新版本"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_window_refuses_bad_database_with_a_dialog(case: str, tmp_path: Path, qapp: object,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    make, expected = CASES[case]
    path = make(tmp_path)
    before = sorted(os.listdir(path)) if path.is_dir() else path.read_bytes()
    shown: list[XunchaError] = []
    monkeypatch.setattr("xuncha_desktop.ui.dialogs.show_error",
                        lambda parent, err: shown.append(err))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    try:
        rc = app.main(["--db", str(path)])
        assert rc == 1
        assert len(shown) == 1
        assert expected in shown[0].message
        assert shown[0].hint  # says what to do next
        after = sorted(os.listdir(path)) if path.is_dir() else path.read_bytes()
        assert after == before
    finally:
        if path.is_file():
            os.chmod(path, stat.S_IREAD | stat.S_IWRITE)
