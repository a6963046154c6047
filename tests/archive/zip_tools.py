"""Building and tampering with zip files for the package tests."""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Callable
from pathlib import Path


def rewrite(src: Path, dst: Path, *, change: dict[str, Callable[[bytes], bytes | None]] | None = None,
            add: dict[str, bytes] | None = None) -> None:
    """Copy ``src`` to ``dst`` member by member; ``change`` maps a name to a new content
    (``None`` drops the member); ``add`` appends members."""
    change = change or {}
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data: bytes | None = zin.read(info)
            if info.filename in change:
                data = change[info.filename](data)  # type: ignore[arg-type]
            if data is not None:
                zout.writestr(info.filename, data)
        for name, data in (add or {}).items():
            zout.writestr(name, data)


def member(zip_path: Path, suffix: str) -> str:
    with zipfile.ZipFile(zip_path) as zf:
        return next(n for n in zf.namelist() if n.endswith(suffix))


def flip(data: bytes, at: int = 10) -> bytes:
    out = bytearray(data)
    out[at] ^= 0x01
    return bytes(out)


def raw_zip(path: Path, members: dict[str, bytes], compress: int = zipfile.ZIP_DEFLATED) -> Path:
    """A zip with exactly these member names (no checks on the names)."""
    with zipfile.ZipFile(path, "w", compress) as zf:
        for name, data in members.items():
            zf.writestr(zipfile.ZipInfo(name), data, compress_type=compress)
    return path


def lie_about_size(path: Path, name: str, declared: int) -> None:
    """Rewrite the uncompressed size of ``name`` in the central directory and local header."""
    data = bytearray(path.read_bytes())
    encoded = name.encode("utf-8")
    for signature, size_at, name_len_at, name_at in ((b"PK\x01\x02", 24, 28, 46),
                                                     (b"PK\x03\x04", 22, 26, 30)):
        start = 0
        while (pos := data.find(signature, start)) >= 0:
            start = pos + 4
            (n,) = struct.unpack_from("<H", data, pos + name_len_at)
            if bytes(data[pos + name_at: pos + name_at + n]) == encoded:
                struct.pack_into("<I", data, pos + size_at, declared)
    path.write_bytes(bytes(data))
