"""The ``xuncha`` command, run as a subprocess the way a clerk or a script would."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from xuncha_desktop import __version__
from xuncha_desktop.db.migrate import open_database

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


def _not_a_db(tmp_path: Path) -> Path:
    p = tmp_path / "文档.db"
    p.write_text("巡查工作记录\n" * 50, encoding="utf-8")
    return p


def _corrupt(tmp_path: Path) -> Path:
    p = tmp_path / "corrupt.db"
    open_database(p).close()
    data = bytearray(p.read_bytes())
    data[100:3000] = os.urandom(2900)
    p.write_bytes(bytes(data))
    return p


def _read_only(tmp_path: Path) -> Path:
    p = tmp_path / "readonly.db"
    open_database(p).close()
    os.chmod(p, stat.S_IREAD)
    return p


def _directory(tmp_path: Path) -> Path:
    p = tmp_path / "folder.db"
    p.mkdir()
    return p


def _newer(tmp_path: Path) -> Path:
    p = tmp_path / "newer.db"
    open_database(p).close()
    with contextlib.closing(sqlite3.connect(p)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    return p


BAD_INPUTS = {
    "not-a-database": (_not_a_db, "不是巡查桌面的数据库文件"),
    "corrupt": (_corrupt, "已损坏"),
    "read-only": (_read_only, "只读"),
    "directory": (_directory, "是一个文件夹"),
    "newer-schema": (_newer, "更新版本"),
}


def _fingerprint(path: Path) -> bytes | list[str]:
    return sorted(os.listdir(path)) if path.is_dir() else path.read_bytes()


@pytest.mark.parametrize("kind", sorted(BAD_INPUTS))
@pytest.mark.parametrize("command", ["migrate", "demo", "check"])
def test_bad_database_inputs(kind: str, command: str, tmp_path: Path) -> None:
    make, message = BAD_INPUTS[kind]
    path = make(tmp_path)
    before = _fingerprint(path)
    try:
        result = xuncha("--db", str(path), command)
        output = result.stdout + result.stderr
        assert result.returncode != 0, output
        assert "Traceback" not in output
        if command == "check":
            assert "问题" in output or "错误" in output
        else:
            assert message in result.stderr
        assert _fingerprint(path) == before
        assert not Path(str(path) + "-wal").exists()
    finally:
        if path.is_file():
            os.chmod(path, stat.S_IREAD | stat.S_IWRITE)
