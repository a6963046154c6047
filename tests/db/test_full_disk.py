"""A nearly full disk: export, backup and evidence copy fail clearly and leave nothing behind.

A small tmpfs (size-limited) is mounted for the test; mounting needs root (CI runs as root).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from xuncha_desktop.db import backup as bk
from xuncha_desktop.db import models as m
from xuncha_desktop.errors import DatabaseError, ExportError
from xuncha_desktop.services import crud
from xuncha_desktop.services.bootstrap import open_for_use

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "documents"))
from doc_helpers import make_document

SIZE = 2 * 1024 * 1024


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "small"
    mount.mkdir()
    if not sys.platform.startswith("linux"):
        pytest.skip("小容量 tmpfs 只能在 Linux 上挂载")
    if os.geteuid() != 0:
        pytest.skip("挂载 tmpfs 需要 root 权限（CI 以 root 运行）；当前用户不是 root")
    out = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={SIZE}", "tmpfs", str(mount)],
                         capture_output=True, text=True, check=False)
    if out.returncode != 0:
        pytest.skip(f"无法挂载 tmpfs（{out.stderr.strip() or out.returncode}），例如容器缺少 CAP_SYS_ADMIN")
    try:
        # Fill it, leaving a little room: enough to start writing, not enough to finish.
        free = shutil.disk_usage(mount).free
        (mount / "filler.bin").write_bytes(b"\0" * (free - 8 * 1024))
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}


def test_export_backup_and_evidence_copy_fail_cleanly(tmp_path: Path, small_disk: Path) -> None:
    from xuncha_desktop.documents.export import export_document
    from xuncha_desktop.documents.fonts import resolve_fonts

    path = tmp_path / "x.db"
    db = open_for_use(path, operator="磁盘测试")
    for i in range(200):
        crud.create(db, m.Person, {"name": f"满{i}", "gender": "男", "unit": "单位",
                                   "note": os.urandom(1500).hex()})
    db.close()
    before_db = _digest(path)
    before_files = _files(small_disk)

    # 1. an export (a PDF with embedded fonts is far larger than the room left)
    doc = make_document()
    with pytest.raises(ExportError) as err:
        export_document(doc, small_disk / "通知.pdf", "pdf", resolve_fonts(windows_font_dirs=[]))
    assert "磁盘空间不足" in err.value.message and "原有文件未被改动" in err.value.hint
    assert _files(small_disk) == before_files

    # 2. a backup
    with pytest.raises(DatabaseError) as err2:
        bk.create_backup(path, small_disk / "备份", "手动")
    assert "磁盘空间不足" in err2.value.message and "未被改动" in err2.value.hint
    assert _files(small_disk) == before_files
    assert bk.list_backups(small_disk / "备份") == []

    # 3. an evidence file copied into the archive
    photo = tmp_path / "现场照片.jpg"
    photo.write_bytes(os.urandom(512 * 1024))
    (small_disk / "证据").mkdir()
    with pytest.raises(ExportError) as err3:
        bk.copy_file(photo, small_disk / "证据" / "现场照片.jpg")
    assert "磁盘空间不足" in err3.value.message
    assert _files(small_disk) == before_files

    # the database itself is unchanged and healthy
    assert _digest(path) == before_db
    assert not bk.check_copy(path)
    with contextlib.suppress(OSError):
        (small_disk / "filler.bin").unlink()
