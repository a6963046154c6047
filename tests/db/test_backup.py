"""Backups: online copy under load, kill mid-backup, restore over a stale WAL, retention."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from xuncha_desktop.config import LocalSettings
from xuncha_desktop.db import backup as bk
from xuncha_desktop.db import models as m
from xuncha_desktop.errors import DatabaseError
from xuncha_desktop.services import backups, crud
from xuncha_desktop.services.bootstrap import open_for_use


def _count(path: Path, table: str = "person") -> int:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _integrity(path: Path) -> str:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}


def test_backup_while_another_thread_writes_is_consistent(tmp_path: Path) -> None:
    path = tmp_path / "live.db"
    db = open_for_use(path, operator="备份测试")
    for i in range(200):
        crud.create(db, m.Person, {"name": f"甲{i}", "gender": "男", "unit": "单位", "note": "x" * 2000})
    stop = threading.Event()
    written: list[int] = []

    def writer() -> None:
        i = 0
        while not stop.is_set():
            i += 1
            written.append(crud.create(db, m.Person, {"name": f"乙{i}", "gender": "女",
                                                      "unit": "单位", "note": "y" * 1500}).id)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        time.sleep(0.1)
        before = len(written)
        info = bk.create_backup(path, tmp_path / "backups", "手动", pages_per_step=8)
        after = len(written)
    finally:
        stop.set()
        thread.join()
    db.close()
    assert after > before  # the writer really ran during the backup
    assert _integrity(info.path) == "ok"
    with contextlib.closing(sqlite3.connect(info.path)) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file
        copied = conn.execute("SELECT count(*) FROM person").fetchone()[0]
    assert 200 <= copied <= 200 + len(written)
    assert [b.path for b in bk.list_backups(tmp_path / "backups")] == [info.path]
    assert not list((tmp_path / "backups").glob(".*"))


KILLED_BACKUP = r"""
import sys, time
from pathlib import Path
from xuncha_desktop.db.backup import create_backup

def progress(done, total):
    print("step", done, total, flush=True)
    time.sleep(0.05)

create_backup(Path(sys.argv[1]), Path(sys.argv[2]), "手动", progress=progress, pages_per_step=2)
print("finished", flush=True)
"""


def test_killed_backup_leaves_previous_backup_and_no_partial_final_file(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    db = open_for_use(path, operator="备份测试")
    for i in range(300):
        crud.create(db, m.Person, {"name": f"丙{i}", "gender": "男", "unit": "单位", "note": "z" * 3000})
    db.close()
    folder = tmp_path / "backups"
    first = bk.create_backup(path, folder, "每日", now=dt.datetime(2026, 7, 13, 9, 0))
    digest = hashlib.sha256(first.path.read_bytes()).hexdigest()
    proc = subprocess.Popen([sys.executable, "-c", KILLED_BACKUP, str(path), str(folder)],
                            stdout=subprocess.PIPE, env=_env(), text=True)
    assert proc.stdout is not None
    for _ in range(5):  # let a few steps land in the temporary file
        line = proc.stdout.readline()
        assert line.startswith("step"), line
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    leftovers = [p for p in folder.iterdir() if p.name.startswith(".")]
    assert leftovers and all(".tmp" in p.name for p in leftovers)  # only temporary names
    assert [b.path for b in bk.list_backups(folder)] == [first.path]
    assert sorted(p.name for p in folder.glob("*.db")) == [first.path.name]
    assert hashlib.sha256(first.path.read_bytes()).hexdigest() == digest
    assert _integrity(first.path) == "ok"
    # The next backup clears the dead process's temporary file.
    second = bk.create_backup(path, folder, "手动")
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]
    assert {b.path for b in bk.list_backups(folder)} == {first.path, second.path}


STALE_WAL_WRITER = r"""
import os, signal, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA wal_autocheckpoint=0")
for i in range(50):
    conn.execute("INSERT INTO person (name, name_initials, gender, unit, post, rank, phone,"
                 " pool_type, active, note, version) VALUES (?, '', '男', '新单位', '', '其他',"
                 " '', '工作人员', 1, '', 1)", (f"新增{i}",))
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_restore_does_not_replay_a_stale_wal_and_keeps_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    db = open_for_use(path, operator="恢复测试")
    for i in range(10):
        crud.create(db, m.Person, {"name": f"丁{i}", "gender": "男", "unit": "单位"})
    db.close()
    cfg = backups.backup_settings(LocalSettings(backup_dir=str(tmp_path / "b")), path)
    saved = backups.back_up(path, cfg, now=dt.datetime(2026, 7, 13, 17, 30))
    # A writer dies with 50 committed rows only in the -wal: a WAL that must not be replayed
    # into the restored file.
    subprocess.run([sys.executable, "-c", STALE_WAL_WRITER, str(path)], env=_env(), check=False)
    wal = Path(str(path) + "-wal")
    assert wal.stat().st_size > 0
    wal_bytes = wal.read_bytes()
    main_bytes = path.read_bytes()

    result = backups.restore(saved.path, path, cfg, now=dt.datetime(2026, 7, 14, 8, 0))

    assert _count(path) == 10
    assert _integrity(path) == "ok"
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT count(*) FROM person WHERE unit = '新单位'").fetchone()[0] == 0
    aside = result.set_aside[0]
    assert aside.name == "r-恢复前-20260714-080000.db"
    assert aside.read_bytes() == main_bytes
    assert Path(str(aside) + "-wal").read_bytes() == wal_bytes  # kept with its own WAL
    assert _count(aside) == 60  # the set-aside file still holds everything it had
    text = backups.describe_restore(result)
    assert "2026年7月13日 17:30" in text and aside.name in text
    # a safety backup of the state before the restore was taken as well
    assert any(b.reason == "恢复前" for b in backups.list_backups(path, cfg))


def test_restore_refuses_a_damaged_backup_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "d.db"
    open_for_use(path, operator="恢复测试").close()
    before = path.read_bytes()
    bad = tmp_path / "d-20260701-120000-手动.db"
    data = bytearray(before)
    data[5000:9000] = os.urandom(4000)
    bad.write_bytes(bytes(data))
    cfg = backups.backup_settings(LocalSettings(), path)
    with pytest.raises(DatabaseError) as err:
        backups.restore(bad, path, cfg)
    assert "未被改动" in err.value.hint or "损坏" in err.value.message
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [bad.name, path.name]


def _info(folder: Path, when: dt.datetime, reason: str) -> bk.BackupInfo:
    p = folder / f"x-{when:%Y%m%d-%H%M%S}-{reason}.db"
    p.write_bytes(b"SQLite format 3\x00")
    return bk.BackupInfo(p, when, reason, 16)


def test_retention_keeps_daily_weekly_monthly_and_all_safety_copies(tmp_path: Path) -> None:
    start = dt.datetime(2026, 1, 1, 18, 0)
    for day in range(120):  # one automatic backup a day for four months
        _info(tmp_path, start + dt.timedelta(days=day), "每日")
    _info(tmp_path, dt.datetime(2026, 1, 10, 9, 0), "升级前-0001")
    removed = bk.prune(tmp_path, "x", daily=7, weekly=4, monthly=3)
    kept = bk.list_backups(tmp_path, "x")
    regular = sorted(b.created.date() for b in kept if b.regular)
    last = (start + dt.timedelta(days=119)).date()
    days = {last - dt.timedelta(days=i) for i in range(7)}
    assert days <= set(regular)
    weeks = {d.isocalendar()[:2] for d in regular}
    assert len(weeks) >= 4
    months = {(d.year, d.month) for d in regular}
    assert months == {(2026, 2), (2026, 3), (2026, 4)}
    assert len(regular) <= 7 + 4 + 3
    assert any(b.reason == "升级前-0001" for b in kept)  # safety copies are never pruned
    assert len(removed) == 120 - len(regular)
    assert all(not p.exists() for p in removed)


def test_backup_references_the_evidence_archive_with_hashes(tmp_path: Path) -> None:
    path = tmp_path / "e.db"
    open_for_use(path, operator="证据").close()
    archive = tmp_path / "证据档案"
    (archive / "2026").mkdir(parents=True)
    (archive / "2026" / "照片1.jpg").write_bytes(b"jpeg-bytes")
    cfg = backups.backup_settings(
        LocalSettings(backup_dir=str(tmp_path / "b"), archive_dir=str(archive)), path)
    info = backups.back_up(path, cfg)
    manifest = json.loads(info.manifest.read_text("utf-8"))
    assert manifest["included"] is False and manifest["archive"] == str(archive)
    assert manifest["files"] == [{
        "path": "2026/照片1.jpg", "size": 10,
        "mtime_ns": (archive / "2026" / "照片1.jpg").stat().st_mtime_ns,
        "sha256": hashlib.sha256(b"jpeg-bytes").hexdigest()}]


def test_backup_manifest_leaves_out_the_store_temp_and_thumbnail_folders(
        tmp_path: Path) -> None:
    path = tmp_path / "e.db"
    open_for_use(path, operator="证据").close()
    archive = tmp_path / "证据档案"
    (archive / "ab" / "cd").mkdir(parents=True)
    (archive / "ab" / "cd" / "abcd01").write_bytes(b"evidence")
    (archive / ".tmp").mkdir()
    (archive / ".tmp" / "half-copied").write_bytes(b"partial")
    (archive / ".thumbs" / "ab").mkdir(parents=True)
    (archive / ".thumbs" / "ab" / "abcd01.png").write_bytes(b"png")
    (archive / "ab" / ".thumbs").mkdir()  # only the store's own top-level folders are skipped
    (archive / "ab" / ".thumbs" / "x").write_bytes(b"x")
    cfg = backups.backup_settings(
        LocalSettings(backup_dir=str(tmp_path / "b"), archive_dir=str(archive)), path)
    info = backups.back_up(path, cfg)
    manifest = json.loads(info.manifest.read_text("utf-8"))
    assert [f["path"] for f in manifest["files"]] == ["ab/.thumbs/x", "ab/cd/abcd01"]


def test_backup_store_folder_names_agree_with_the_archive_layout() -> None:
    from xuncha_desktop.archive.layout import TEMP_DIR, THUMB_DIR

    assert frozenset({TEMP_DIR, THUMB_DIR}) == bk.ARCHIVE_STORE_DIRS


def test_cli_backup_and_restore_say_what_they_did(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from xuncha_desktop.cli import main

    path = tmp_path / "c.db"
    db = open_for_use(path, operator="命令行")
    crud.create(db, m.Person, {"name": "戊", "gender": "男", "unit": "单位"})
    db.close()
    out = tmp_path / "手动备份.db"
    assert main(["--db", str(path), "backup", "--out", str(out)]) == 0
    assert "通过完整性检查" in capsys.readouterr().out
    assert _integrity(out) == "ok"
    db = open_for_use(path, operator="命令行")
    crud.create(db, m.Person, {"name": "己", "gender": "女", "unit": "单位"})
    db.close()
    assert main(["--db", str(path), "restore", str(out)]) == 0
    said = capsys.readouterr().out
    assert "已从备份“手动备份.db”恢复" in said and "恢复的数据截至备份时间" in said
    assert _count(path) == 1
