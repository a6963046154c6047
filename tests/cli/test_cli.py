"""The ``xuncha`` command, run as a subprocess the way a clerk or a script would."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from xuncha_desktop import __version__

TODAY = "2026-07-14"


def xuncha(*args: str, env: dict[str, str] | None = None,
           timeout: float = 300) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "xuncha_desktop.cli", *args],
        capture_output=True, text=True, encoding="utf-8", env=full_env, timeout=timeout,
        check=False,
    )


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    result = xuncha("--db", str(path), "demo", "--today", TODAY)
    assert result.returncode == 0, result.stderr
    return path


def test_version() -> None:
    result = xuncha("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"巡查桌面 xuncha {__version__}"


def test_no_command_prints_help_and_fails() -> None:
    result = xuncha()
    assert result.returncode == 2
    assert "demo" in result.stdout and "check" in result.stdout


def test_unknown_option_is_explained_in_chinese() -> None:
    result = xuncha("demo", "--sclae", "3")
    assert result.returncode == 2
    assert "命令参数不正确" in result.stderr
    assert "Traceback" not in result.stderr


def test_demo_then_check_passes(demo_db: Path) -> None:
    result = xuncha("--db", str(demo_db), "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "结论：全部通过。" in result.stdout
    assert "[通过] 审计日志" in result.stdout
    with sqlite3.connect(demo_db) as conn:
        states = {r[0] for r in conn.execute("SELECT DISTINCT state FROM finding")}
        people = conn.execute("SELECT count(*) FROM person").fetchone()[0]
    assert states == {"已发现", "已交办", "整改中", "待核查", "已销号"}
    assert 150 <= people <= 250


def test_demo_refuses_a_non_empty_database(demo_db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    shutil.copy(demo_db, copy)
    before = copy.read_bytes()
    result = xuncha("--db", str(copy), "demo")
    assert result.returncode == 2
    assert "已有数据" in result.stderr and "--force" in result.stderr
    assert copy.read_bytes() == before


def test_demo_force_backs_up_then_regenerates(demo_db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    shutil.copy(demo_db, copy)
    result = xuncha("--db", str(copy), "demo", "--force", "--seed", "7", "--today", TODAY)
    assert result.returncode == 0, result.stderr
    assert "原数据库已备份到" in result.stdout
    backups = list((tmp_path / "copy.backups").glob("*.db"))
    assert len(backups) == 1
    assert xuncha("--db", str(copy), "check").returncode == 0


def test_check_on_a_damaged_copy_fails_and_leaves_it_unchanged(demo_db: Path,
                                                               tmp_path: Path) -> None:
    copy = tmp_path / "damaged.db"
    shutil.copy(demo_db, copy)
    data = bytearray(copy.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 64] = b"\x00\xff" * 32
    data[8192:8192 + 16] = b"\xde\xad\xbe\xef" * 4
    copy.write_bytes(bytes(data))
    result = xuncha("--db", str(copy), "check")
    assert result.returncode != 0
    assert "问题" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    assert copy.read_bytes() == bytes(data)


def test_demo_with_same_seed_is_identical(tmp_path: Path) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    for p in (a, b):
        assert xuncha("--db", str(p), "demo", "--seed", "11", "--today", TODAY).returncode == 0
    query = "SELECT code, description, state, deadline FROM finding ORDER BY code"
    with sqlite3.connect(a) as ca, sqlite3.connect(b) as cb:
        assert ca.execute(query).fetchall() == cb.execute(query).fetchall()


def test_db_from_environment_variable(tmp_path: Path) -> None:
    path = tmp_path / "env.db"
    result = xuncha("migrate", env={"XUNCHA_DB": str(path)})
    assert result.returncode == 0, result.stderr
    assert path.exists()
    assert "已是最新版本" in result.stdout


@pytest.mark.parametrize("command", ["migrate", "demo", "check"])
def test_bad_database_inputs(bad_database: Any, command: str) -> None:
    path = bad_database.path
    before = bad_database.fingerprint()
    result = xuncha("--db", str(path), command)
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "Traceback" not in output
    if command == "check":
        assert "问题" in output or "错误" in output
    else:
        assert bad_database.message in result.stderr
    assert bad_database.fingerprint() == before
    assert not Path(str(path) + "-wal").exists()
