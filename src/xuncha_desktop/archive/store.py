"""The content-addressed evidence store: copy a file in while hashing it, in one pass.

A file is read in chunks (1 MiB), each chunk hashed (SHA-256) and written to a temporary file
in ``<archive>/.tmp/``; the temporary file is flushed to disk and then renamed to its blob path
``<archive>/ab/cd/<sha256>`` (:func:`~xuncha_desktop.archive.layout.blob_path`). The same
content stored twice is kept once: the second copy is discarded. A cancelled or failed copy
(the source deleted or changed while it is read, a full disk, no permission) removes its
temporary file, so nothing is left behind, and raises a :class:`StoreError` in Chinese.

The user's file name is never used as a path inside the archive. When a file is opened for
viewing, :func:`copy_out` writes a copy under a sanitised name into a folder the caller
provides (a fresh temporary folder), so the archived file itself is never handed out.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from xuncha_desktop.archive.layout import SHA256_RE, TEMP_DIR, THUMB_DIR, blob_path
from xuncha_desktop.errors import XunchaError
from xuncha_desktop.services.evidence import display_name

CHUNK_SIZE = 1024 * 1024
#: ``progress(bytes_done, bytes_total)``
Progress = Callable[[int, int], None]
#: ``cancelled() -> True`` stops the copy at the next chunk.
Cancelled = Callable[[], bool]

_WINDOWS_RESERVED = re.compile(r"^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])$", re.IGNORECASE)
_UNSAFE_CHARS = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')


class StoreError(XunchaError):
    """The evidence archive could not take (or give back) a file."""


class CopyCancelled(StoreError):
    """The operator cancelled the copy; nothing was stored."""

    def __init__(self, name: str = "") -> None:
        what = f"“{name}”" if name else ""
        super().__init__(f"已取消，证据文件{what}没有保存。", hint="档案中没有留下任何部分文件。")


@dataclass(frozen=True)
class StoreResult:
    sha256: str
    size: int
    path: Path
    #: False when the archive already held this content (the new copy was discarded).
    created: bool


def _archive_error(exc: OSError, root: Path, name: str) -> StoreError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StoreError(
            f"磁盘空间不足，证据文件“{name}”没有保存。",
            hint=f"请清理证据档案文件夹“{root}”所在的磁盘后重试；档案中没有留下不完整的文件。",
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StoreError(
            f"没有权限写入证据档案文件夹“{root}”，证据文件“{name}”没有保存。",
            hint="请检查该文件夹的权限，或在“设置”中换一个证据档案文件夹。",
        )
    if exc.errno in (errno.ENOTDIR, errno.EEXIST, errno.ENOENT):
        return StoreError(
            f"证据档案文件夹“{root}”不可用，证据文件“{name}”没有保存。",
            hint="请确认该位置是一个文件夹（而不是文件）并且磁盘已连接，或在“设置”中另选文件夹。",
        )
    return StoreError(
        f"写入证据档案失败（{exc.strerror or exc}），证据文件“{name}”没有保存。",
        hint="请检查证据档案文件夹所在的磁盘后重试。",
    )


def _source_error(exc: OSError, name: str) -> StoreError:
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return StoreError(f"找不到文件“{name}”，没有保存。",
                          hint="文件可能已被移动或删除，请重新选择。")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return StoreError(f"无法读取文件“{name}”：没有权限或文件被其他程序占用。",
                          hint="请关闭正在使用该文件的程序，或先把文件复制到本机后再添加。")
    return StoreError(f"读取文件“{name}”失败（{exc.strerror or exc}），没有保存。",
                      hint="请确认文件所在的磁盘或 U 盘仍然连接，然后重试。")


def _changed_error(name: str) -> StoreError:
    return StoreError(
        f"文件“{name}”在复制过程中被删除或改动，没有保存。",
        hint="请等文件保存完毕（例如相机或扫描仪写完）后重新添加。",
    )


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def temp_folder(root: Path) -> Path:
    return root / TEMP_DIR


#: A temporary copy older than this was left by a crash (or a pulled plug), not by a copy
#: still running on another workstation that shares the archive folder.
STALE_AFTER_S = 24 * 3600


def clean_stale(root: Path, now: float | None = None) -> list[Path]:
    """Remove temporary copies left in ``.tmp/`` by a crash; returns what was removed."""
    folder = temp_folder(root)
    limit = (time.time() if now is None else now) - STALE_AFTER_S
    removed = []
    with contextlib.suppress(OSError):
        for p in folder.glob("copy-*.part"):
            with contextlib.suppress(OSError):
                if p.stat().st_mtime < limit:
                    p.unlink()
                    removed.append(p)
    return removed


def store_file(root: Path, source: str | os.PathLike[str], *, progress: Progress | None = None,
               cancelled: Cancelled | None = None, chunk_size: int = CHUNK_SIZE) -> StoreResult:
    """Copy ``source`` into the archive ``root`` under its SHA-256 (see the module doc)."""
    src = Path(source)
    name = display_name(src.name, 120)
    try:
        before = os.stat(src)
    except OSError as exc:
        raise _source_error(exc, name) from exc
    if not os.path.isfile(src):
        raise StoreError(f"“{name}”不是文件，不能作为证据添加。",
                         hint="请选择文件；如需添加文件夹中的文件，请打开文件夹后选中它们。")
    total = before.st_size
    tmp_dir = temp_folder(root)
    clean_stale(root)
    try:
        tmp_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix="copy-", suffix=".part", dir=tmp_dir)
    except OSError as exc:
        raise _archive_error(exc, root, name) from exc
    tmp = Path(tmp_name)
    try:
        digest = hashlib.sha256()
        done = 0
        try:
            # Reading errors become StoreError inside; any OSError left is the archive's.
            with os.fdopen(fd, "wb") as out:
                try:
                    reader = open(src, "rb")  # noqa: SIM115 - closed below; errors told apart
                except OSError as exc:
                    raise _source_error(exc, name) from exc
                with reader:
                    if progress is not None:
                        progress(0, total)
                    while True:
                        if cancelled is not None and cancelled():
                            raise CopyCancelled(name)
                        try:
                            chunk = reader.read(chunk_size)
                        except OSError as exc:
                            raise _source_error(exc, name) from exc
                        if not chunk:
                            break
                        digest.update(chunk)
                        out.write(chunk)
                        done += len(chunk)
                        if progress is not None:
                            progress(done, max(total, done))
                out.flush()
                os.fsync(out.fileno())
        except OSError as exc:
            raise _archive_error(exc, root, name) from exc
        # The source must still be the file we started with (not deleted, not rewritten).
        try:
            after = os.stat(src)
        except OSError as exc:
            raise _changed_error(name) from exc
        if (after.st_size, after.st_mtime_ns) != (before.st_size, before.st_mtime_ns) or (
            done != before.st_size
        ):
            raise _changed_error(name)
        sha = digest.hexdigest()
        final = blob_path(root, sha)
        try:
            if final.is_file() and final.stat().st_size == done:
                tmp.unlink()
                return StoreResult(sha, done, final, created=False)
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp, final)
        except OSError as exc:
            raise _archive_error(exc, root, name) from exc
        _fsync_dir(final.parent)
        return StoreResult(sha, done, final, created=True)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise


def thumbnail_path(root: Path, sha256: str) -> Path:
    if not SHA256_RE.match(sha256):
        raise ValueError(f"not a lower-case SHA-256: {sha256!r}")
    return root / THUMB_DIR / sha256[:2] / f"{sha256}.png"


def remove_blob(root: Path, sha256: str) -> None:
    """Remove a stored file and its thumbnail (used to undo a store whose record failed)."""
    for path in (blob_path(root, sha256), thumbnail_path(root, sha256)):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        # Tidy the empty fan-out folders, but never the archive root itself.
        parent = path.parent
        while parent != root and root in parent.parents:
            try:
                parent.rmdir()
            except OSError:
                break
            parent = parent.parent


def safe_filename(name: str, limit: int = 120) -> str:
    """A file name that is safe on Windows and POSIX, for a copy in a private temp folder.

    Only the last component of ``name`` is kept; reserved device names (``CON``, ``NUL``…),
    separators, ``:`` (NTFS streams) and control characters are neutralised.
    """
    last = re.split(r"[\\/]", str(name))[-1]
    text = _UNSAFE_CHARS.sub("_", last).strip().rstrip(". ")
    text = "".join(ch for ch in text if ch.isprintable())
    stem, dot, ext = text.rpartition(".")
    if not dot:
        stem, ext = text, ""
    ext = ext[:16]
    if not stem.strip("._ "):
        stem = "证据"
    if _WINDOWS_RESERVED.match(stem.split(".")[0].strip()):
        stem = "_" + stem
    suffix = f".{ext}" if ext else ""
    stem = stem[: max(1, limit - len(suffix))]
    while len((stem + suffix).encode("utf-8")) > 200 and len(stem) > 1:  # NAME_MAX is 255 bytes
        stem = stem[:-1]
    return stem + suffix


def copy_out(root: Path, sha256: str, original_name: str, dest_dir: Path, *,
             progress: Progress | None = None, cancelled: Cancelled | None = None,
             chunk_size: int = CHUNK_SIZE) -> Path:
    """Copy an archived file to ``dest_dir`` under a safe form of its original name.

    The copy is checked against the hash while it is written: a file changed in the archive
    is reported rather than opened.
    """
    src = blob_path(root, sha256)
    target = dest_dir / safe_filename(original_name)
    name = display_name(original_name, 120)
    if target.resolve().parent != dest_dir.resolve():  # belt and braces: never leave dest_dir
        raise StoreError(f"文件名“{name}”不能用于打开。")
    digest = hashlib.sha256()
    try:
        total = os.stat(src).st_size
        done = 0
        with open(src, "rb") as reader, open(target, "wb") as out:
            while chunk := reader.read(chunk_size):
                if cancelled is not None and cancelled():
                    raise CopyCancelled(name)
                digest.update(chunk)
                out.write(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(done, max(total, done))
    except CopyCancelled:
        target.unlink(missing_ok=True)
        raise
    except FileNotFoundError as exc:
        target.unlink(missing_ok=True)
        raise StoreError(
            f"证据档案中缺少文件“{name}”（SHA-256 {sha256[:16]}…）。",
            hint="请检查证据档案文件夹是否正确（设置或 --archive），或运行“xuncha archive verify”。",
        ) from exc
    except OSError as exc:
        target.unlink(missing_ok=True)
        raise StoreError(f"无法复制证据文件“{name}”以供查看（{exc.strerror or exc}）。",
                         hint="请检查临时文件夹所在磁盘的空间和权限。") from exc
    if digest.hexdigest() != sha256:
        target.unlink(missing_ok=True)
        raise StoreError(
            f"证据档案中的文件“{name}”已被改动，与登记的 SHA-256 不一致，未打开。",
            hint="请运行“xuncha archive verify”检查证据档案，并从备份中恢复该文件。",
        )
    return target


__all__ = [
    "CHUNK_SIZE",
    "CopyCancelled",
    "StoreError",
    "StoreResult",
    "clean_stale",
    "copy_out",
    "remove_blob",
    "safe_filename",
    "store_file",
    "temp_folder",
    "thumbnail_path",
]
