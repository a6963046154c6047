"""One writer per SQLite file, and no SQLite file on a network share."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from xuncha_desktop.db.safety import DatabaseLockedError, WriterLock, check_location, lock_path
from xuncha_desktop.errors import DatabaseError

SECOND = r"""
import sys
from pathlib import Path
from xuncha_desktop.db.safety import WriterLock, DatabaseLockedError
try:
    WriterLock(Path(sys.argv[1])).acquire()
except DatabaseLockedError as err:
    print(err.text)
    sys.exit(3)
print("acquired")
"""


def test_second_writer_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    with WriterLock(db) as first:
        info = json.loads(lock_path(db).read_text("utf-8"))
        assert info["pid"] == os.getpid()
        # another program (a second process) ...
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
        out = subprocess.run([sys.executable, "-c", SECOND, str(db)], env=env,
                             capture_output=True, text=True, check=False)
        assert out.returncode == 3, out.stdout + out.stderr
        assert "已由本机上的巡查桌面" in out.stdout and f"进程 {os.getpid()}" in out.stdout
        assert "不能同时由两个程序写入" in out.stdout
        # ... and a second window of this one are both refused
        with pytest.raises(DatabaseLockedError) as err:
            WriterLock(db).acquire()
        assert err.value.holder is not None and err.value.holder.pid == os.getpid()
        assert first.held
    assert not lock_path(db).exists()  # a clean exit leaves no lock behind
    with WriterLock(db) as again:
        assert again.held and not again.stale


def test_lock_left_by_a_crashed_program_is_stale_not_blocking(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    lock_path(db).write_text(json.dumps({"pid": 999999, "host": "旧电脑", "since": "2026-07-01"}))
    with WriterLock(db) as lock:
        assert lock.held and lock.stale  # the previous session did not end cleanly


@pytest.mark.parametrize("path", [r"\\server\share\巡查\xuncha.db", "//server/share/xuncha.db"])
def test_unc_paths_are_refused_pointing_to_postgresql(path: str) -> None:
    with pytest.raises(DatabaseError) as err:
        check_location(path, windows=True)
    assert "网络" in err.value.message and "PostgreSQL" in err.value.hint


def test_network_mounts_are_refused(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw,relatime 0 0\n"
        "//fileserver/office /mnt/office cifs rw,vers=3.0 0 0\n"
        "nas:/export/data /srv/nas\\040share nfs4 rw 0 0\n"
        "tmpfs /mnt/officework tmpfs rw 0 0\n"
    )
    for refused in ("/mnt/office/xuncha.db", "/mnt/office/sub/dir/x.db", "/srv/nas share/x.db"):
        with pytest.raises(DatabaseError) as err:
            check_location(refused, mounts_file=mounts, windows=False)
        assert "PostgreSQL" in err.value.hint
    assert check_location("/mnt/officework/x.db", mounts_file=mounts, windows=False) == []
    assert check_location("/home/clerk/x.db", mounts_file=mounts, windows=False) == []


@pytest.mark.parametrize(("path", "name"), [
    (r"C:\Users\clerk\OneDrive - 海南省应急管理厅\xuncha.db", "OneDrive"),
    (r"D:\Nutstore\xuncha.db", "坚果云"),
    (r"D:\我的坚果云\xuncha.db", "坚果云"),
    (r"D:\BaiduSyncdisk\xuncha.db", "百度网盘"),
])
def test_cloud_sync_folders_get_a_warning(path: str, name: str) -> None:
    warnings = check_location(path, windows=True)
    assert len(warnings) == 1 and name in warnings[0] and "同步" in warnings[0]
