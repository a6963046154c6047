"""BagIt-style manifests (RFC 8493) inside a zip, and the check of such a package.

A package is one top-level folder holding ``bagit.txt``, ``bag-info.txt``,
``manifest-sha256.txt`` (SHA-256 and path of every payload file under ``data/``) and
``tagmanifest-sha256.txt`` (the same for the three tag files). :func:`check_package` verifies
it on any machine, without the database and without extracting anything: each member is
hashed from the zip stream. Unsafe member names (``../``, absolute paths, backslashes, drive
letters) and zip bombs (compression ratio or total size over a limit, taken from the central
directory and enforced again while reading) are refused before a byte is decompressed.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from xuncha_desktop.errors import XunchaError

CHUNK = 1024 * 1024
BAGIT_TXT = "bagit.txt"
BAG_INFO = "bag-info.txt"
MANIFEST = "manifest-sha256.txt"
TAGMANIFEST = "tagmanifest-sha256.txt"
TAG_FILES = (BAGIT_TXT, BAG_INFO, MANIFEST)
GIB = 1024 ** 3

_DRIVE = re.compile(r"^[A-Za-z]:")
_MANIFEST_LINE = re.compile(r"^([0-9a-fA-F]{64})[ \t]+\*?(.+)$")

#: ``progress(bytes_done, bytes_total, member name)``
Progress = Callable[[int, int, str], None]


class PackageError(XunchaError):
    """The file cannot be read as a package at all (not a zip, truncated…)."""


class CheckCancelled(XunchaError):
    def __init__(self) -> None:
        super().__init__("检查已取消。")


def encode_path(path: str) -> str:
    """A path as written in a manifest: CR, LF and % percent-encoded (RFC 8493 2.1.3)."""
    return path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def decode_path(text: str) -> str:
    return text.replace("%0A", "\n").replace("%0a", "\n").replace("%0D", "\r") \
        .replace("%0d", "\r").replace("%25", "%")


def manifest_text(entries: Iterable[tuple[str, str]]) -> bytes:
    """``sha256  path`` lines (UTF-8, LF) for ``(path, sha256)`` pairs, sorted by path."""
    lines = [f"{sha}  {encode_path(path)}\n" for path, sha in sorted(entries)]
    return "".join(lines).encode("utf-8")


def unsafe_reason(name: str) -> str | None:
    """Why a member name could write outside the folder it is extracted to, or None."""
    if "\\" in name:
        return "路径中含有反斜杠“\\”"
    if name.startswith("/"):
        return "是绝对路径"
    if _DRIVE.match(name):
        return "含有盘符"
    if "\x00" in name:
        return "路径中含有空字符"
    parts = name.rstrip("/").split("/")
    if any(p == ".." for p in parts):
        return "含有“../”，会写到目标文件夹之外"
    if any(p in ("", ".") for p in parts):
        return "路径中含有空的或“.”的部分"
    return None


@dataclass(frozen=True)
class Limits:
    """What a package may claim before it is refused as a zip bomb."""

    max_ratio: float = 200.0  # uncompressed / compressed, for members over ``ratio_min_size``
    ratio_min_size: int = 64 * 1024
    max_total: int = 200 * GIB  # total uncompressed size
    max_members: int = 200_000

    @classmethod
    def with_total_gb(cls, gb: float) -> Limits:
        if gb <= 0:
            raise XunchaError("--max-gb 必须大于 0。")
        return cls(max_total=int(gb * GIB))


@dataclass(frozen=True)
class PackageProblem:
    kind: str  # 缺失 / 多余 / 已改动 / 已损坏 / 不安全路径 / 压缩炸弹 / 清单
    name: str
    detail: str

    @property
    def text(self) -> str:
        return f"{self.kind}：{self.name}（{self.detail}）" if self.name else \
            f"{self.kind}：{self.detail}"


@dataclass
class PackageCheck:
    path: Path
    checked: int = 0
    bytes_checked: int = 0
    problems: list[PackageProblem] = field(default_factory=list)
    bag_info: dict[str, str] = field(default_factory=dict)
    refused: bool = False  # nothing was read: unsafe names or a zip bomb

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, kind: str, name: str, detail: str) -> None:
        self.problems.append(PackageProblem(kind, name, detail))

    def summary(self) -> str:
        if self.refused:
            return (f"已拒绝检查“{self.path.name}”：发现 {len(self.problems)} 个问题，"
                    "没有解压任何文件。请勿打开或解压此文件，并向发送方核实。")
        if self.ok:
            return (f"案卷“{self.path.name}”完好：共核对 {self.checked} 个文件，"
                    "与清单中的 SHA-256 全部一致。")
        return (f"案卷“{self.path.name}”未通过检查：共核对 {self.checked} 个文件，"
                f"发现 {len(self.problems)} 个问题（见上）。")


def _open_zip(path: Path) -> zipfile.ZipFile:
    if path.is_dir():
        raise PackageError(f"“{path}”是一个文件夹，不是归档案卷文件。", hint="请选择 .zip 文件。")
    try:
        with path.open("rb") as fh:
            head = fh.read(4)
    except FileNotFoundError:
        raise PackageError(f"找不到文件“{path}”。", hint="请检查文件路径。") from None
    except OSError as exc:
        raise PackageError(f"无法读取“{path}”：{exc.strerror}。") from exc
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        if head == b"PK\x03\x04":
            raise PackageError(
                f"“{path.name}”不完整：zip 文件的目录缺失或损坏（文件可能被截断或未传输完整）。",
                hint="请向发送方重新索取完整的案卷文件。",
            ) from exc
        raise PackageError(
            f"“{path.name}”不是 zip 文件，不是巡查桌面生成的归档案卷。",
            hint="请选择“生成归档案卷”得到的 .zip 文件。",
        ) from exc


def _preflight(zf: zipfile.ZipFile, check: PackageCheck, limits: Limits) -> None:
    """Refuse unsafe names and zip bombs from the central directory, before reading."""
    infos = zf.infolist()
    if len(infos) > limits.max_members:
        check.add("压缩炸弹", "", f"包含 {len(infos)} 个条目，超过上限 {limits.max_members} 个")
    total = packed = 0
    seen: set[str] = set()
    for info in infos:
        name = info.filename
        reason = unsafe_reason(name)
        if reason is not None:
            check.add("不安全路径", name, reason)
            continue
        if name in seen:
            check.add("不安全路径", name, "同名条目出现了不止一次")
        seen.add(name)
        if info.flag_bits & 0x1:
            check.add("已损坏", name, "条目已加密，无法核对")
        mode = (info.external_attr >> 16) & 0o170000
        if mode == 0o120000:
            check.add("不安全路径", name, "是符号链接")
        total += info.file_size
        packed += info.compress_size
        if info.file_size > limits.ratio_min_size:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > limits.max_ratio:
                check.add("压缩炸弹", name,
                          f"压缩比 {ratio:.0f}:1 超过上限 {limits.max_ratio:.0f}:1"
                          f"（解压后 {info.file_size} 字节）")
    if (total > limits.ratio_min_size and total / max(packed, 1) > limits.max_ratio
            and not any(p.kind == "压缩炸弹" for p in check.problems)):
        check.add("压缩炸弹", "", f"整体压缩比 {total / max(packed, 1):.0f}:1 超过上限 "
                  f"{limits.max_ratio:.0f}:1")
    if total > limits.max_total:
        check.add("压缩炸弹", "",
                  f"解压后总大小 {total / GIB:.2f} GB 超过上限 {limits.max_total / GIB:.2f} GB")
    if check.problems:
        check.refused = True


def _bag_root(names: list[str]) -> str:
    """The prefix of the bag ("folder/" or "") — where ``bagit.txt`` is."""
    candidates = sorted(n[: -len(BAGIT_TXT)] for n in names
                        if n == BAGIT_TXT or (n.endswith("/" + BAGIT_TXT) and n.count("/") == 1))
    return candidates[0] if candidates else ""


class _Budget:
    """Bytes actually decompressed, against the declared sizes and the total limit."""

    def __init__(self, limits: Limits, total_declared: int, progress: Progress | None,
                 cancelled: Callable[[], bool] | None) -> None:
        self.limits, self.total_declared = limits, total_declared
        self.progress, self.cancelled = progress, cancelled
        self.done = 0


def _hash_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, budget: _Budget) -> str:
    """SHA-256 of one member, streamed; a member larger than declared is a bomb."""
    digest = hashlib.sha256()
    size = 0
    with zf.open(info) as src:
        while True:
            chunk = src.read(CHUNK)
            if not chunk:
                break
            size += len(chunk)
            budget.done += len(chunk)
            if size > info.file_size or budget.done > budget.limits.max_total:
                raise _BombError(f"解压出的数据超过声明的大小（{info.file_size} 字节）或总上限")
            digest.update(chunk)
            if budget.progress is not None:
                budget.progress(budget.done, budget.total_declared, info.filename)
            if budget.cancelled is not None and budget.cancelled():
                raise CheckCancelled()
    return digest.hexdigest()


class _BombError(Exception):
    pass


def _read_small(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int = 64 * 1024 * 1024) -> bytes:
    if info.file_size > limit:
        raise _BombError(f"标签文件过大（{info.file_size} 字节）")
    with zf.open(info) as src:
        data = src.read(limit + 1)
    if len(data) > limit:
        raise _BombError("标签文件过大")
    return data


def _parse_manifest(data: bytes, label: str, check: PackageCheck) -> dict[str, str]:
    entries: dict[str, str] = {}
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        check.add("清单", label, "不是 UTF-8 文本")
        return entries
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        match = _MANIFEST_LINE.match(line)
        if match is None:
            check.add("清单", label, f"第 {number} 行格式不正确")
            continue
        path = decode_path(match.group(2))
        reason = unsafe_reason(path)
        if reason is not None:
            check.add("不安全路径", path, f"{label} 第 {number} 行{reason}")
            continue
        entries[path] = match.group(1).lower()
    return entries


def _parse_bag_info(data: bytes) -> dict[str, str]:
    info: dict[str, str] = {}
    key = ""
    for line in data.decode("utf-8", errors="replace").splitlines():
        if line[:1] in (" ", "\t") and key:
            info[key] += " " + line.strip()
        elif ":" in line:
            key, _, value = line.partition(":")
            key = key.strip()
            info[key] = value.strip()
    return info


def check_package(path: Path, *, limits: Limits | None = None,
                  progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None) -> PackageCheck:
    """Verify a package zip against its manifests; nothing is extracted to disk."""
    limits = limits or Limits()
    check = PackageCheck(path)
    with _open_zip(path) as zf:
        _preflight(zf, check, limits)
        if check.refused:
            return check
        infos = {i.filename: i for i in zf.infolist() if not i.is_dir()}
        root = _bag_root(list(infos))
        tags: dict[str, bytes] = {}
        for tag in (*TAG_FILES, TAGMANIFEST):
            info = infos.get(root + tag)
            if info is None:
                check.add("缺失", root + tag, "BagIt 标签文件不存在")
                continue
            try:
                tags[tag] = _read_small(zf, info)
            except _BombError as exc:
                check.add("压缩炸弹", info.filename, str(exc))
                check.refused = True
                return check
            except (zipfile.BadZipFile, OSError, EOFError, zlib.error) as exc:
                check.add("已损坏", info.filename, f"无法读取：{exc}")
        if MANIFEST not in tags:
            check.add("清单", root + MANIFEST, "没有文件清单，无法核对")
            return check
        if BAG_INFO in tags:
            check.bag_info = _parse_bag_info(tags[BAG_INFO])
        manifest = _parse_manifest(tags[MANIFEST], MANIFEST, check)
        tag_manifest = (_parse_manifest(tags[TAGMANIFEST], TAGMANIFEST, check)
                        if TAGMANIFEST in tags else {})
        for tag in TAG_FILES:
            if tag in tags and tag in tag_manifest:
                if hashlib.sha256(tags[tag]).hexdigest() != tag_manifest[tag]:
                    check.add("已改动", root + tag, "与 tagmanifest-sha256.txt 中的 SHA-256 不符")
            elif tag in tags and TAGMANIFEST in tags:
                check.add("清单", root + tag, "tagmanifest-sha256.txt 中没有这个标签文件")
        expected = {root + p: sha for p, sha in manifest.items()}
        known_tags = {root + t for t in (*TAG_FILES, TAGMANIFEST)}
        budget = _Budget(limits, sum(infos[n].file_size for n in expected if n in infos),
                         progress, cancelled)
        for name, sha in sorted(expected.items()):
            info = infos.get(name)
            if info is None:
                check.add("缺失", name, "清单中有此文件，案卷中没有")
                continue
            try:
                actual = _hash_member(zf, info, budget)
            except _BombError as exc:
                check.add("压缩炸弹", name, str(exc))
                continue
            except (zipfile.BadZipFile, OSError, EOFError, zlib.error) as exc:
                check.add("已损坏", name, f"无法读取（{_explain_read(exc)}）")
                continue
            check.checked += 1
            check.bytes_checked += info.file_size
            if actual != sha:
                check.add("已改动", name, f"SHA-256 应为 {sha[:12]}…，实际为 {actual[:12]}…")
        for name in sorted(infos):
            if name not in expected and name not in known_tags:
                where = "清单中没有这个文件" if name.startswith(root + "data/") else \
                    "不是案卷的组成部分"
                check.add("多余", name, where)
    return check


def _explain_read(exc: BaseException) -> str:
    text = str(exc)
    if "CRC" in text or "Bad CRC" in text:
        return "CRC 校验失败，文件内容已损坏或被改动"
    return text or type(exc).__name__


__all__ = [
    "BAGIT_TXT",
    "BAG_INFO",
    "MANIFEST",
    "TAGMANIFEST",
    "CheckCancelled",
    "Limits",
    "PackageCheck",
    "PackageError",
    "PackageProblem",
    "check_package",
    "decode_path",
    "encode_path",
    "manifest_text",
    "unsafe_reason",
]
