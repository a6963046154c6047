"""Atomic file writes: write a temporary file in the target folder, fsync, then rename.

A full disk or a target held open by another program (Word on Windows) raises
:class:`ExportError` with a Chinese message, and the previous file stays intact.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from xuncha_desktop.errors import ExportError


def _explain(exc: OSError, target: Path) -> ExportError:
    if exc.errno == errno.ENOSPC:
        return ExportError(
            f"磁盘空间不足，未能写入“{target.name}”。",
            hint="请清理磁盘或换一个保存位置后重试；原有文件未被改动。",
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ExportError(
            f"无法写入“{target}”：文件被其他程序占用或没有写入权限。",
            hint="如果该文件已在 Word 或 PDF 阅读器中打开，请先关闭它，或换一个保存位置。",
        )
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return ExportError(
            f"保存位置“{target.parent}”不存在。", hint="请先创建该文件夹，或换一个保存位置。"
        )
    if exc.errno == errno.EISDIR:
        return ExportError(f"“{target}”是一个文件夹，不能作为文件保存。", hint="请换一个文件名。")
    return ExportError(f"写入“{target}”失败：{exc.strerror or exc}。", hint="请换一个保存位置后重试。")


@contextlib.contextmanager
def atomic_writer(target: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Yield a binary file; on clean exit it replaces ``target`` atomically."""
    path = Path(target)
    if path.is_dir():
        raise _explain(OSError(errno.EISDIR, "is a directory"), path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise _explain(exc, path) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _explain(exc, path) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def atomic_write_bytes(target: str | os.PathLike[str], data: bytes) -> None:
    with atomic_writer(target) as fh:
        fh.write(data)


def atomic_write_with(target: str | os.PathLike[str], write: Callable[[BinaryIO], None]) -> None:
    """Let ``write`` fill a file object; the result replaces ``target`` only on success."""
    with atomic_writer(target) as fh:
        write(fh)
