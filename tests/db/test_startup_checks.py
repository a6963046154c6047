"""Start-up checks: full check after a crash, weekly quick check, corruption handling."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
from pathlib import Path

from xuncha_desktop.config import LocalSettings
from xuncha_desktop.db import models as m
from xuncha_desktop.db.safety import newest_good, open_readonly, startup_check, wal_not_empty
from xuncha_desktop.services import backups, crud
from xuncha_desktop.services.bootstrap import open_for_use

DIE = r"""
import os, signal, sys
from xuncha_desktop.db import models as m
from xuncha_desktop.db.migrate import open_database
from xuncha_desktop.services import crud
db = open_database(sys.argv[1])
crud.create(db, m.Person, {"name": "临终", "gender": "男", "unit": "单位"})
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_unclean_shutdown_triggers_a_full_check(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    open_for_use(path, operator="检查").close()
    state = tmp_path / "checks.json"
    now = dt.datetime(2026, 7, 14, 9, 0)
    first = startup_check(path, state, now=now)
    assert first.checked == "quick" and first.ok and not first.unclean
    assert startup_check(path, state, now=now + dt.timedelta(days=3)).checked == ""
    assert startup_check(path, state, now=now + dt.timedelta(days=7)).checked == "quick"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.run([sys.executable, "-c", DIE, str(path)], env=env, check=False)
    assert proc.returncode == -signal.SIGKILL
    assert wal_not_empty(path)
    report = startup_check(path, state, now=now + dt.timedelta(days=8))
    assert report.unclean and report.checked == "full" and report.ok
    assert startup_check(tmp_path / "x.db", state, stale_lock=True,
                         now=now + dt.timedelta(days=8)).checked == "full"


def test_corruption_opens_read_only_and_finds_the_newest_good_backup(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    db = open_for_use(path, operator="检查")
    for i in range(300):
        crud.create(db, m.Person, {"name": f"人{i}", "gender": "男", "unit": "单位", "note": "n" * 800})
    db.close()
    cfg = backups.backup_settings(LocalSettings(backup_dir=str(tmp_path / "b")), path)
    good = backups.back_up(path, cfg, now=dt.datetime(2026, 7, 13, 18, 0))
    bad_backup = backups.back_up(path, cfg, now=dt.datetime(2026, 7, 14, 8, 0))
    for victim in (path, bad_backup.path):
        data = bytearray(victim.read_bytes())
        data[len(data) // 2 : len(data) // 2 + 8192] = b"\xff" * 8192
        victim.write_bytes(bytes(data))
    report = startup_check(path, tmp_path / "checks.json", stale_lock=True)
    assert not report.ok and "已损坏" in report.describe()
    before = path.read_bytes()
    ro = open_readonly(path)
    try:
        with ro.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM region").scalar() == 20
    finally:
        ro.close()
    assert path.read_bytes() == before
    found = backups.newest_good_backup(path, cfg)
    assert found is not None and found.path == good.path
    assert newest_good([bad_backup.path, good.path]) == good.path
    result = backups.restore(found.path, path, cfg)
    assert not startup_check(path, tmp_path / "checks.json", stale_lock=True).problems
    assert result.set_aside[0].read_bytes() == before
