"""Where the evidence archive lives and where a file sits inside it.

The archive is content-addressed: a file with SHA-256 ``abcdef…`` is stored at
``<archive>/ab/cd/abcdef…`` (no extension, never the user's file name). For a SQLite
database ``x.db`` the archive defaults to the folder ``x.archive`` beside it; the
workstation setting ``archive_dir`` and the ``--archive DIR`` option override that. A
server database (PostgreSQL) has no default: the office sets a shared folder.
"""

from __future__ import annotations

import re
from pathlib import Path

from xuncha_desktop.db.engine import Target
from xuncha_desktop.errors import XunchaError

SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
#: Files of the store itself that are not evidence (temporary copies, thumbnails).
TEMP_DIR = ".tmp"
THUMB_DIR = ".thumbs"


def blob_path(root: Path, sha256: str) -> Path:
    """The path of the file with this hash inside the archive ``root``."""
    if not SHA256_RE.match(sha256):
        raise ValueError(f"not a lower-case SHA-256: {sha256!r}")
    return root / sha256[:2] / sha256[2:4] / sha256


def default_archive_dir(target: Target) -> Path | None:
    """``x.db`` → ``x.archive`` beside it; ``None`` for a server database."""
    if target.path is None:
        return None
    return target.path.with_name(target.path.stem + ".archive")


def resolve_archive_dir(target: Target, configured: str = "",
                        override: str | None = None) -> Path:
    """The archive folder: ``--archive`` first, then the setting, then the default."""
    for choice in (override, configured):
        if choice and choice.strip():
            return Path(choice.strip()).expanduser().absolute()
    default = default_archive_dir(target)
    if default is None:
        raise XunchaError(
            "服务器数据库没有默认的证据档案文件夹。",
            hint="请在“设置”中指定各工作站都能访问的共享文件夹，或用 --archive 指定。",
        )
    return default
