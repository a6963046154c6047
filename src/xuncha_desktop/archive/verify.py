"""Integrity of the evidence archive: every stored file re-hashed and compared with its record.

:func:`verify_archive` re-reads every file (in 1 MiB chunks) and reports, by the records that
link it, each file that is missing, changed (size or SHA-256 differs) or unknown (a file in the
archive tree that no evidence row names). :func:`quick_check` only looks at presence and size,
for ``xuncha check``; it reads the database through a read-only SQLite connection.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from xuncha_desktop.archive.layout import SHA256_RE, TEMP_DIR, THUMB_DIR, blob_path
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import XunchaError
from xuncha_desktop.services.archive_records import EvidenceEntry, evidence_index

CHUNK = 1024 * 1024
MISSING, CHANGED, EXTRA = "缺失", "已改动", "多余"

#: ``progress(bytes_done, bytes_total, files_done, files_total)``
Progress = Callable[[int, int, int, int], None]


class VerifyCancelled(XunchaError):
    def __init__(self) -> None:
        super().__init__("核验已取消，未完成的部分没有检查。")


@dataclass(frozen=True)
class Problem:
    kind: str  # 缺失 / 已改动 / 多余
    path: str  # relative to the archive folder, with "/"
    detail: str
    records: str  # which records link the file ("" for an unknown file)

    @property
    def text(self) -> str:
        if self.kind == EXTRA:
            return f"多余文件：{self.path}（{self.detail}）"
        return f"{self.kind}：{self.records}（{self.path}；{self.detail}）"


@dataclass
class VerifyReport:
    archive_dir: Path
    checked: int = 0
    bytes_checked: int = 0
    problems: list[Problem] = field(default_factory=list)
    quick: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems

    def count(self, kind: str) -> int:
        return sum(1 for p in self.problems if p.kind == kind)

    def summary(self) -> str:
        what = "核对" if self.quick else "核验"
        if self.ok:
            return f"共{what} {self.checked} 个文件，全部完好。"
        return (f"共{what} {self.checked} 个文件，发现 {len(self.problems)} 个问题："
                f"缺失 {self.count(MISSING)} 个，已改动 {self.count(CHANGED)} 个，"
                f"多余 {self.count(EXTRA)} 个。")

    def render(self) -> str:
        lines = [f"证据档案文件夹：{self.archive_dir}"]
        lines += [p.text for p in self.problems]
        lines.append(self.summary())
        return "\n".join(lines)


def _relative(root: Path, path: Path) -> str:
    return path.relative_to(root).as_posix()


def hash_file(path: Path, cancelled: Callable[[], bool] | None = None,
              on_bytes: Callable[[int], None] | None = None) -> tuple[str, int]:
    """SHA-256 (hex) and size of ``path``, streamed in 1 MiB chunks."""
    digest = hashlib.sha256()
    buf = bytearray(CHUNK)
    view = memoryview(buf)
    size = 0
    with path.open("rb", buffering=0) as fh:
        while True:
            n = fh.readinto(buf)
            if not n:
                break
            digest.update(view[:n])
            size += n
            if on_bytes is not None:
                on_bytes(n)
            if cancelled is not None and cancelled():
                raise VerifyCancelled()
    return digest.hexdigest(), size


def archive_files(root: Path) -> Iterator[Path]:
    """Every file in the archive tree, except the store's own ``.tmp`` and ``.thumbs``."""
    if not root.is_dir():
        return
    stack = [root]
    while stack:
        folder = stack.pop()
        with os.scandir(folder) as entries:
            for entry in sorted(entries, key=lambda e: e.name):
                if folder == root and entry.name in (TEMP_DIR, THUMB_DIR):
                    continue
                if entry.is_dir(follow_symlinks=False):
                    stack.append(Path(entry.path))
                else:
                    yield Path(entry.path)


def _expected(root: Path, entries: list[EvidenceEntry]) -> dict[Path, EvidenceEntry]:
    return {blob_path(root, e.sha256): e for e in entries if SHA256_RE.match(e.sha256)}


def _extras(root: Path, expected: dict[Path, EvidenceEntry]) -> list[Problem]:
    problems = []
    for path in archive_files(root):
        if path not in expected:
            why = ("数据库中没有对应的证据记录" if SHA256_RE.match(path.name)
                   else "不是证据档案中的文件")
            problems.append(Problem(EXTRA, _relative(root, path), why, ""))
    return problems


def check_entries(root: Path, entries: list[EvidenceEntry], *, quick: bool = False,
                  progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None) -> VerifyReport:
    """Check the files of ``entries`` in ``root``; also report files no entry names."""
    report = VerifyReport(root, quick=quick)
    expected = _expected(root, entries)
    total_bytes = sum(e.size for e in entries)
    done_bytes = 0
    files_total = len(entries)

    def tick(n: int) -> None:
        nonlocal done_bytes
        done_bytes += n
        if progress is not None:
            progress(min(done_bytes, total_bytes), total_bytes, report.checked, files_total)

    for path, entry in expected.items():
        if cancelled is not None and cancelled():
            raise VerifyCancelled()
        rel = _relative(root, path)
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            report.problems.append(Problem(MISSING, rel, "文件不存在", entry.described))
            report.checked += 1
            continue
        except OSError as exc:
            report.problems.append(Problem(MISSING, rel, f"无法读取：{exc.strerror}",
                                           entry.described))
            report.checked += 1
            continue
        if size != entry.size:
            report.problems.append(Problem(
                CHANGED, rel, f"大小应为 {entry.size} 字节，实际 {size} 字节", entry.described))
            report.checked += 1
            tick(entry.size)
            continue
        if not quick:
            try:
                digest, _ = hash_file(path, cancelled, tick if progress is not None else None)
            except OSError as exc:
                report.problems.append(Problem(MISSING, rel, f"无法读取：{exc.strerror}",
                                               entry.described))
                report.checked += 1
                continue
            if digest != entry.sha256:
                report.problems.append(Problem(
                    CHANGED, rel, f"SHA-256 不符（实际 {digest[:12]}…）", entry.described))
            report.bytes_checked += size
        report.checked += 1
        if progress is not None:
            progress(min(done_bytes, total_bytes), total_bytes, report.checked, files_total)
    for entry in entries:
        if not SHA256_RE.match(entry.sha256):  # pragma: no cover - the schema forbids it
            report.problems.append(Problem(CHANGED, entry.sha256, "哈希格式不正确",
                                           entry.described))
    report.problems += _extras(root, expected)
    return report


def verify_archive(db: Database, archive_dir: Path, *, progress: Progress | None = None,
                   cancelled: Callable[[], bool] | None = None) -> VerifyReport:
    """Re-hash every evidence file of ``db`` in ``archive_dir`` (``xuncha archive verify``)."""
    entries = evidence_index(db)
    if archive_dir.exists() and not archive_dir.is_dir():
        raise XunchaError(f"证据档案位置“{archive_dir}”不是文件夹。",
                          hint="请在“设置”中或用 --archive 指定证据档案文件夹。")
    return check_entries(archive_dir, entries, progress=progress, cancelled=cancelled)


def quick_check(conn: sqlite3.Connection, archive_dir: Path) -> tuple[bool, str]:
    """Presence and size of every evidence file, for ``xuncha check`` (read-only ``conn``)."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "evidence" not in tables:
        return True, "没有证据文件"
    rows = conn.execute("SELECT id, sha256, size FROM evidence ORDER BY id").fetchall()
    if not rows:
        return True, "没有证据文件"
    entries = [EvidenceEntry(int(i), str(s), int(n), "", ()) for i, s, n in rows]
    report = check_entries(archive_dir, entries, quick=True)
    if report.ok:
        return True, f"{report.checked} 个文件齐全，大小正确（{archive_dir}）"
    first = "；".join(p.text.replace("证据 #", "证据记录 #") for p in report.problems[:3])
    more = "……" if len(report.problems) > 3 else ""
    return False, (f"{report.summary()}{first}{more}。"
                   "请运行“xuncha archive verify”查看全部问题及其所属记录。")


__all__ = [
    "CHANGED",
    "CHUNK",
    "EXTRA",
    "MISSING",
    "Problem",
    "VerifyCancelled",
    "VerifyReport",
    "archive_files",
    "check_entries",
    "hash_file",
    "quick_check",
    "verify_archive",
]
