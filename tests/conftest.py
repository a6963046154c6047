"""Shared test configuration.

Qt runs offscreen in tests; this is set here, before any test module imports Qt, rather
than in the test modules themselves.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.fonts.warning=false")


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test gets its own data and config folders; nothing touches the real profile."""
    monkeypatch.setenv("XUNCHA_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XUNCHA_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("XUNCHA_DB", raising=False)
    yield


@pytest.fixture(autouse=True)
def _no_unexpected_conflict_dialog(request: pytest.FixtureRequest,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A conflict dialog nobody expected fails the test at once instead of waiting for a
    click offscreen until the timeout. Tests about conflicts patch ``ConflictDialog.ask``
    themselves, which replaces this."""
    if "qtbot" not in request.fixturenames:
        return
    from xuncha_desktop.ui import conflict_dialog

    def unexpected(cls: object, *args: object, **kwargs: object) -> object:
        raise AssertionError(f"unexpected conflict dialog: {args[2:4] if len(args) > 3 else args}")

    monkeypatch.setattr(conflict_dialog.ConflictDialog, "ask", classmethod(unexpected))


@dataclass(frozen=True)
class BadDatabase:
    """A file (or folder) given as the database that must be refused untouched."""

    kind: str
    path: Path
    message: str  # what the Chinese message must contain

    def fingerprint(self) -> bytes | list[str]:
        return sorted(os.listdir(self.path)) if self.path.is_dir() else self.path.read_bytes()


def _make_bad_database(kind: str, folder: Path) -> BadDatabase:
    from xuncha_desktop.db.migrate import open_database

    if kind == "directory":
        path = folder / "文件夹.db"
        path.mkdir()
        return BadDatabase(kind, path, "是一个文件夹")
    if kind == "not-a-database":
        path = folder / "巡查记录.db"
        path.write_text("巡查工作记录\n" * 50, encoding="utf-8")
        return BadDatabase(kind, path, "不是巡查桌面的数据库文件")
    path = folder / f"{kind}.db"
    open_database(path).close()
    if kind == "corrupt":
        data = bytearray(path.read_bytes())
        data[100:3000] = b"\x5a" * 2900  # keep the header, destroy the schema page
        path.write_bytes(bytes(data))
        return BadDatabase(kind, path, "已损坏")
    if kind == "read-only":
        os.chmod(path, stat.S_IREAD)
        return BadDatabase(kind, path, "只读")
    if kind == "newer-schema":
        with contextlib.closing(sqlite3.connect(path)) as conn, conn:
            conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        return BadDatabase(kind, path, "更新版本")
    raise ValueError(kind)


@pytest.fixture(params=["not-a-database", "corrupt", "read-only", "directory", "newer-schema"])
def bad_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[BadDatabase]:
    """Each bad input the Foundation issue names, one per parameter."""
    bad = _make_bad_database(request.param, tmp_path)
    yield bad
    if bad.path.is_file():
        os.chmod(bad.path, stat.S_IREAD | stat.S_IWRITE)
