"""The content-addressed store: copy while hashing, deduplicate, and leave nothing behind."""

from __future__ import annotations

import errno
import hashlib
import os
import random
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from xuncha_desktop.archive import media, store
from xuncha_desktop.archive.layout import blob_path
from xuncha_desktop.archive.samples import make_photo
from xuncha_desktop.errors import XunchaError

SIZE = 2 * 1024 * 1024


def files_under(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return tmp_path / "x.archive"


def test_copy_while_hashing_stores_under_the_hash(tmp_path: Path, root: Path) -> None:
    data = os.urandom(3 * 1024 * 1024 + 17)  # several chunks and a partial one
    src = tmp_path / "现场照片.jpg"
    src.write_bytes(data)
    seen: list[tuple[int, int]] = []
    result = store.store_file(root, src, progress=lambda d, t: seen.append((d, t)),
                              chunk_size=1024 * 1024)
    assert result.sha256 == sha(data) and result.size == len(data) and result.created
    assert result.path == blob_path(root, sha(data))
    assert result.path.read_bytes() == data
    assert files_under(root) == {f"{sha(data)[:2]}/{sha(data)[2:4]}/{sha(data)}"}
    assert seen[0] == (0, len(data)) and seen[-1] == (len(data), len(data))
    assert src.read_bytes() == data  # the source is untouched


def test_same_content_is_stored_once(tmp_path: Path, root: Path) -> None:
    data = b"the same scan" * 1000
    (tmp_path / "a.pdf").write_bytes(data)
    (tmp_path / "b-副本.pdf").write_bytes(data)
    first = store.store_file(root, tmp_path / "a.pdf")
    second = store.store_file(root, tmp_path / "b-副本.pdf")
    assert first.created and not second.created
    assert first.path == second.path
    assert files_under(root) == {blob_path(root, sha(data)).relative_to(root).as_posix()}


def test_zero_byte_file(tmp_path: Path, root: Path) -> None:
    (tmp_path / "空白.txt").write_bytes(b"")
    result = store.store_file(root, tmp_path / "空白.txt")
    assert result.size == 0 and result.sha256 == sha(b"")
    assert result.path.is_file() and result.path.stat().st_size == 0


def test_a_damaged_blob_of_the_same_size_is_kept_but_a_truncated_one_is_replaced(
        tmp_path: Path, root: Path) -> None:
    data = b"0123456789" * 100
    (tmp_path / "f.bin").write_bytes(data)
    path = store.store_file(root, tmp_path / "f.bin").path
    path.write_bytes(data[:10])  # truncated in the archive
    again = store.store_file(root, tmp_path / "f.bin")
    assert again.created and path.read_bytes() == data


def test_cancel_leaves_nothing(tmp_path: Path, root: Path) -> None:
    (tmp_path / "录像.mp4").write_bytes(os.urandom(5 * 1024))
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 2  # after two chunks

    with pytest.raises(store.CopyCancelled) as err:
        store.store_file(root, tmp_path / "录像.mp4", cancelled=cancelled, chunk_size=1024)
    assert "已取消" in err.value.message and "录像.mp4" in err.value.message
    assert files_under(root) == set()


def test_source_deleted_during_the_copy(tmp_path: Path, root: Path) -> None:
    src = tmp_path / "正在写入.jpg"
    src.write_bytes(os.urandom(8 * 1024))

    def progress(done: int, _total: int) -> None:
        if done >= 1024 and src.exists():
            src.unlink()  # another program deletes the file mid-copy

    with pytest.raises(store.StoreError) as err:
        store.store_file(root, src, progress=progress, chunk_size=1024)
    assert "在复制过程中被删除或改动" in err.value.message and err.value.hint
    assert files_under(root) == set()


def test_source_growing_during_the_copy(tmp_path: Path, root: Path) -> None:
    src = tmp_path / "扫描中.pdf"
    src.write_bytes(os.urandom(4 * 1024))

    def progress(done: int, _total: int) -> None:
        if done == 1024:
            with src.open("ab") as fh:  # the scanner is still writing
                fh.write(b"more pages")

    with pytest.raises(store.StoreError, match="被删除或改动"):
        store.store_file(root, src, progress=progress, chunk_size=1024)
    assert files_under(root) == set()


def test_missing_source_and_a_folder_are_refused(tmp_path: Path, root: Path) -> None:
    with pytest.raises(store.StoreError, match=r"找不到文件“不存在\.jpg”"):
        store.store_file(root, tmp_path / "不存在.jpg")
    (tmp_path / "文件夹").mkdir()
    with pytest.raises(store.StoreError, match="不是文件"):
        store.store_file(root, tmp_path / "文件夹")
    assert not root.exists() or files_under(root) == set()


def test_no_permission_to_write_the_archive(tmp_path: Path, root: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.jpg").write_bytes(b"photo")

    def refuse(*_args: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(store.os, "replace", refuse)
    with pytest.raises(store.StoreError) as err:
        store.store_file(root, tmp_path / "a.jpg")
    assert "没有权限写入证据档案文件夹" in err.value.message and "设置" in err.value.hint
    assert files_under(root) == set()


def test_archive_path_is_a_file(tmp_path: Path) -> None:
    root = tmp_path / "x.archive"
    root.write_text("not a folder")
    (tmp_path / "a.jpg").write_bytes(b"photo")
    with pytest.raises(XunchaError) as err:
        store.store_file(root, tmp_path / "a.jpg")
    assert "不可用" in err.value.message and "文件夹" in err.value.hint
    assert root.read_text() == "not a folder"


@pytest.mark.parametrize(("name", "expected"), [
    ("..\\..\\Windows\\x.dll", "x.dll"),
    ("CON.jpg", "_CON.jpg"),
    ("nul", "_nul"),
    ("a/b", "b"),
    ("x.txt:ads", "x.txt_ads"),
    ("../../etc/passwd", "passwd"),
    ("..", "证据"),
    ("", "证据"),
    ("报告. ", "报告"),
])
def test_safe_filename(name: str, expected: str) -> None:
    assert store.safe_filename(name) == expected


def test_safe_filename_keeps_the_extension_of_a_long_name() -> None:
    name = "很" * 300 + ".jpeg"
    safe = store.safe_filename(name)
    assert len(safe) <= 120 and safe.endswith(".jpeg")


@pytest.mark.parametrize("name", ["..\\..\\Windows\\x.dll", "CON.jpg", "a/b", "x.txt:ads",
                                  "长" * 300 + ".png", "../../../outside.txt"])
def test_copy_out_never_leaves_the_folder(tmp_path: Path, root: Path, name: str) -> None:
    (tmp_path / "src.bin").write_bytes(b"evidence")
    digest = store.store_file(root, tmp_path / "src.bin").sha256
    dest = tmp_path / "view"
    dest.mkdir()
    before = files_under(tmp_path)
    copy = store.copy_out(root, digest, name, dest)
    assert copy.parent == dest and copy.read_bytes() == b"evidence"
    assert files_under(tmp_path) - before == {copy.relative_to(tmp_path).as_posix()}


def test_copy_out_refuses_a_changed_file(tmp_path: Path, root: Path) -> None:
    (tmp_path / "src.bin").write_bytes(b"evidence")
    result = store.store_file(root, tmp_path / "src.bin")
    result.path.write_bytes(b"evidencE")
    dest = tmp_path / "view"
    dest.mkdir()
    with pytest.raises(store.StoreError, match="已被改动"):
        store.copy_out(root, result.sha256, "src.bin", dest)
    assert list(dest.iterdir()) == []
    result.path.unlink()
    with pytest.raises(store.StoreError, match="缺少文件"):
        store.copy_out(root, result.sha256, "src.bin", dest)


def test_remove_blob_tidies_up(tmp_path: Path, root: Path) -> None:
    src = tmp_path / "p.jpg"
    src.write_bytes(make_photo(random.Random(1), None, None, (200, 100)))
    result = store.store_file(root, src)
    assert media.thumbnail(root, result.sha256) is not None
    store.remove_blob(root, result.sha256)
    assert files_under(root) == set()
    assert root.is_dir() and not (root / result.sha256[:2]).exists()


def test_photo_metadata_and_thumbnail(tmp_path: Path, root: Path) -> None:
    import datetime as dt

    src = tmp_path / "p.jpg"
    src.write_bytes(make_photo(random.Random(2), dt.datetime(2026, 7, 10, 9, 30, 5),
                               (18.2528, -109.5119)))
    info = media.photo_info(src)
    assert info.taken_at == dt.datetime(2026, 7, 10, 9, 30, 5)
    assert info.gps_lat == pytest.approx(18.2528, abs=1e-4)
    assert info.gps_lon == pytest.approx(-109.5119, abs=1e-4)
    digest = store.store_file(root, src).sha256
    thumb = media.thumbnail(root, digest)
    assert thumb is not None and thumb.parent.parent == root / ".thumbs"
    from PIL import Image

    with Image.open(thumb) as img:
        assert max(img.size) == media.THUMB_SIZE


def test_no_thumbnail_or_exif_for_other_or_broken_files(tmp_path: Path, root: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"text")
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(make_photo(random.Random(3), None, None)[:300])
    for src in (tmp_path / "a.txt", broken):
        assert media.photo_info(src) == media.PhotoInfo()
        assert media.thumbnail(root, store.store_file(root, src).sha256) is None
    assert media.media_type("照片.JPG") == "image/jpeg"
    assert media.media_type("约谈录音.wav").startswith("audio/")
    assert media.media_type("x.txt:ads") == ""
    assert media.type_label("video/mp4") == "视频"


# -- a nearly full disk (the approach of tests/db/test_full_disk.py) -------------------------
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
        (mount / "x.archive").mkdir()
        free = shutil.disk_usage(mount).free
        (mount / "filler.bin").write_bytes(b"\0" * (free - 64 * 1024))
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_disk_fills_during_the_copy(tmp_path: Path, small_disk: Path) -> None:
    root = small_disk / "x.archive"
    small = tmp_path / "小照片.jpg"
    small.write_bytes(os.urandom(4 * 1024))
    kept = store.store_file(root, small)  # there is room for a small file
    before = files_under(small_disk)
    video = tmp_path / "现场录像.mp4"
    video.write_bytes(os.urandom(512 * 1024))
    with pytest.raises(store.StoreError) as err:
        store.store_file(root, video, chunk_size=64 * 1024)
    assert "磁盘空间不足" in err.value.message and "现场录像.mp4" in err.value.message
    assert "没有留下不完整的文件" in err.value.hint
    assert files_under(small_disk) == before
    assert kept.path.read_bytes() == small.read_bytes()


def test_a_crash_leftover_is_cleaned_but_a_running_copy_is_not(tmp_path: Path,
                                                              root: Path) -> None:
    (root / ".tmp").mkdir(parents=True)
    old = root / ".tmp" / "copy-crashed.part"
    old.write_bytes(b"half a video")
    os.utime(old, (1_000_000, 1_000_000))
    running = root / ".tmp" / "copy-running.part"  # another workstation, right now
    running.write_bytes(b"in progress")
    (tmp_path / "a.jpg").write_bytes(b"photo")
    store.store_file(root, tmp_path / "a.jpg")
    assert not old.exists() and running.exists()
