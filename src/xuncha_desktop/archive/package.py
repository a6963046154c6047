"""The archive package (案卷归档) of one tour: one zip that proves itself.

Layout inside the zip (one top-level folder, a BagIt bag)::

    巡查案卷_2026_海口市_12/
      bagit.txt  bag-info.txt  manifest-sha256.txt  tagmanifest-sha256.txt
      data/records.json                       every record of the tour
      data/documents/<id>_<文号>_<标题>.docx|.pdf   each issued document, re-rendered
      data/evidence/<sha256>_<name>            each evidence file
      data/目录.pdf  data/目录.xlsx             the catalogue

The zip is written to a temporary file in the target folder and renamed when complete, so a
cancelled or failed package leaves no file behind. Every evidence file is re-hashed while it
is copied in; one that no longer matches its record stops the package.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Literal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from xuncha_desktop import __version__
from xuncha_desktop.archive.bagit import (
    BAG_INFO,
    BAGIT_TXT,
    MANIFEST,
    TAGMANIFEST,
    Limits,
    check_package,
    manifest_text,
)
from xuncha_desktop.archive.layout import blob_path
from xuncha_desktop.db.engine import Database
from xuncha_desktop.documents.export import render_bytes
from xuncha_desktop.documents.fonts import FontSet
from xuncha_desktop.documents.issue import issued_document
from xuncha_desktop.documents.model import Document, Paragraph, Table
from xuncha_desktop.errors import XunchaError
from xuncha_desktop.fsutil import atomic_writer
from xuncha_desktop.services.archive_records import TourEvidence, TourRecords, tour_records
from xuncha_desktop.services.office_settings import load_office_settings
from xuncha_desktop.services.people_io import safe_cell

CHUNK = 1024 * 1024
Format = Literal["docx", "pdf"]
Render = Callable[[Document, Format, FontSet], bytes]
#: ``progress(done, total, what)``: steps, weighted by bytes for evidence files
Progress = Callable[[int, int, str], None]

_FORBIDDEN = re.compile(r'[\\/:*?"<>|%\x00-\x1f\x7f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{i}" for p in ("COM", "LPT") for i in range(10)}
#: Already-compressed media are stored, not deflated again.
_STORED_TYPES = ("image/", "video/", "audio/", "application/pdf", "application/zip")
_DOC_WEIGHT = 256 * 1024


class PackageCancelled(XunchaError):
    def __init__(self) -> None:
        super().__init__("已取消生成归档案卷，没有留下文件。")


def safe_name(name: str, max_length: int = 80, fallback: str = "文件") -> str:
    """Text usable as one path component on Windows: no separators, no ADS, no CON."""
    base = re.split(r"[\\/]", name)[-1]
    clean = _FORBIDDEN.sub("_", base)
    clean = re.sub(r"\s+", " ", clean).strip().strip(".").strip()
    if len(clean) > max_length:
        stem, dot, ext = clean.rpartition(".")
        if dot and 0 < len(ext) <= 10:
            clean = stem[: max_length - len(ext) - 1].rstrip(". ") + "." + ext
        else:
            clean = clean[:max_length].rstrip(". ")
    if not clean or clean.split(".")[0].upper() in _RESERVED:
        clean = f"_{clean}" if clean else fallback
    return clean


def _size_text(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    if size < 1024 ** 3:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{size / 1024 ** 3:.2f} GB"


@dataclass(frozen=True)
class CatalogueRow:
    category: str
    name: str
    path: str  # inside the bag
    size: int
    sha256: str


@dataclass
class PackageResult:
    path: Path
    title: str
    files: int = 0
    payload_bytes: int = 0
    documents: int = 0
    evidence: int = 0
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"已生成归档案卷：{self.path}\n{self.title}：公文 {self.documents} 个文件，"
                f"证据 {self.evidence} 个文件，共 {self.files} 个文件"
                f"（{_size_text(self.payload_bytes)}），清单为 manifest-sha256.txt。")


def _unreadable(what: str, exc: OSError) -> XunchaError:
    return XunchaError(
        f"无法读取证据文件：{what}（{exc.strerror or exc}），未生成归档案卷。",
        hint="请运行“xuncha archive verify”（或“工具 → 核验证据档案”）查看详情。",
    )


class _Writer:
    """Adds members to the zip, hashing each as it goes, with cancel and progress."""

    def __init__(self, zf: zipfile.ZipFile, root: str, stamp: tuple[int, ...],
                 progress: Progress | None, cancelled: Callable[[], bool] | None,
                 total: int) -> None:
        self.zf, self.root, self.stamp = zf, root, stamp
        self.progress, self.cancelled, self.total = progress, cancelled, total
        self.done = 0
        self.manifest: list[tuple[str, str]] = []
        self.payload_bytes = 0

    def _info(self, name: str, size: int, compress: bool) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(self.root + name, date_time=self.stamp[:6])  # type: ignore[arg-type]
        info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
        info.file_size = size
        info.external_attr = 0o644 << 16
        return info

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise PackageCancelled()

    def tick(self, n: int, what: str) -> None:
        self.done += n
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total, what)

    def put_bytes(self, name: str, data: bytes, *, payload: bool = True,
                  compress: bool = True) -> str:
        self.check()
        self.zf.writestr(self._info(name, len(data), compress), data)
        digest = hashlib.sha256(data).hexdigest()
        if payload:
            self.manifest.append((name, digest))
            self.payload_bytes += len(data)
        return digest

    def put_file(self, name: str, source: Path, size: int, expected_sha: str, compress: bool,
                 what: str) -> None:
        self.check()
        digest = hashlib.sha256()
        copied = 0
        info = self._info(name, size, compress)
        try:
            src = source.open("rb")
        except OSError as exc:
            raise _unreadable(what, exc) from exc
        with src, self.zf.open(info, "w", force_zip64=size > 2 ** 31) as dst:
            while True:
                try:
                    chunk = src.read(CHUNK)
                except OSError as exc:
                    raise _unreadable(what, exc) from exc
                if not chunk:
                    break
                digest.update(chunk)
                dst.write(chunk)
                copied += len(chunk)
                self.tick(len(chunk), what)
                self.check()
        if copied != size or digest.hexdigest() != expected_sha:
            raise XunchaError(
                f"证据文件已改动：{what}（{source.name}）与记录的大小或 SHA-256 不符，"
                "未生成归档案卷。",
                hint="请运行“xuncha archive verify”（或“工具 → 核验证据档案”）查看详情，"
                     "从备份恢复该文件后再生成。",
            )
        self.manifest.append((name, expected_sha))
        self.payload_bytes += size


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _short_path(path: str) -> str:
    """``data/evidence/<64 hex>_name`` → ``evidence/<12 hex>…_name`` (the PDF column is narrow;
    the Excel catalogue and the manifest keep the full name)."""
    folder, _, name = path.rpartition("/")
    folder = folder.removeprefix("data/").removeprefix("data")
    if re.match(r"^[0-9a-f]{64}_", name):
        name = name[:12] + "…" + name[64:]
    return _short((folder + "/" if folder else "") + name, 60)


def _catalogue_document(tour: TourRecords, rows: list[CatalogueRow], issuer_mark: str,
                        today: dt.date) -> Document:
    table = Table(
        ("序号", "类别", "名称", "文件", "大小", "SHA-256"),
        tuple(
            (str(i), r.category, _short(r.name, 60), _short_path(r.path), _size_text(r.size),
             r.sha256[:12] + "…")
            for i, r in enumerate(rows, 1)
        ),
        (3, 3, 14, 14, 5, 8),
    )
    total = sum(r.size for r in rows)
    return Document(
        issuer_mark=issuer_mark,
        title=f"归档案卷目录\n（{tour.title}）",
        blocks=(
            Paragraph(f"本案卷共收录 {len(rows)} 项（{_size_text(total)}），文件均在案卷的 data "
                      "文件夹中。表中的文件名和 SHA-256 为缩写，完整的见目录.xlsx 和案卷中的 "
                      "manifest-sha256.txt；可用“xuncha archive check-package”在任何一台计算机上"
                      "核对每个文件。"),
            table,
        ),
        date=today,
        letterhead=False,  # a catalogue is a form, not a 公文: no red header or rule
    )


def _catalogue_xlsx(tour: TourRecords, rows: list[CatalogueRow]) -> bytes:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "目录"
    ws.append([f"归档案卷目录（{tour.title}）"])
    ws["A1"].font = Font(bold=True, size=14)
    header = ["序号", "类别", "名称", "文件", "大小（字节）", "SHA-256"]
    ws.append(header)
    for cell in ws[2]:
        cell.font = Font(bold=True)
    for i, r in enumerate(rows, 1):
        ws.append([i, "", "", "", r.size, r.sha256])
        line = ws.max_row
        for col, value in ((2, r.category), (3, r.name), (4, r.path)):
            safe_cell(ws.cell(row=line, column=col), value)
        for cell in ws[line]:
            cell.alignment = Alignment(vertical="top", wrap_text=True)
    for letter, width in zip("ABCDEF", (6, 10, 48, 60, 14, 68), strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A3"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _bag_info(tour: TourRecords, payload_bytes: int, files: int, today: dt.date) -> bytes:
    fields = [
        ("Source-Organization", tour.issuer or "巡查桌面"),
        ("Bagging-Date", today.isoformat()),
        ("External-Identifier", f"xuncha-target-{tour.target_id}"),
        ("External-Description", f"安全生产巡查归档案卷：{tour.title}"),
        ("Bag-Software-Agent", f"xuncha-desktop {__version__}"),
        ("Payload-Oxum", f"{payload_bytes}.{files}"),
    ]
    return "".join(f"{k}: {v}\n" for k, v in fields).encode("utf-8")


def _find_evidence(tour: TourRecords, archive_dir: Path) -> None:
    missing = [e for e in tour.evidence if not blob_path(archive_dir, e.sha256).is_file()]
    if missing:
        names = "；".join(f"{e.owner} 的附件“{e.original_name}”" for e in missing[:5])
        more = f"等 {len(missing)} 个" if len(missing) > 5 else ""
        raise XunchaError(
            f"证据文件缺失：{names}{more}，未生成归档案卷。",
            hint=f"证据档案文件夹：{archive_dir}。请运行“xuncha archive verify”查看详情，"
                 "从备份恢复缺失的文件后再生成。",
        )


def build_package(db: Database, target_id: int, out: Path, archive_dir: Path,
                  fonts: FontSet, *, progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None, render: Render = render_bytes,
                  today: dt.date | None = None) -> PackageResult:
    """Write the archive package of the tour ``target_id`` to ``out`` (atomically)."""
    when = today or dt.date.today()
    tour = tour_records(db, target_id)
    _find_evidence(tour, archive_dir)
    office = load_office_settings(db)
    root = safe_name(f"巡查案卷_{tour.title.replace(' · ', '_')}_{target_id}", 120) + "/"
    unique_files: dict[tuple[str, str], TourEvidence] = {}
    for e in tour.evidence:
        key = (e.sha256, safe_name(e.original_name))
        unique_files.setdefault(key, e)
    total = (_DOC_WEIGHT * (2 * len(tour.issued) + 3)
             + sum(e.size for e in unique_files.values()))
    result = PackageResult(out, tour.title)
    now = dt.datetime.now()
    stamp = (max(now.year, 1980), now.month, now.day, now.hour, now.minute, now.second)
    records = tour.records
    catalogue: list[CatalogueRow] = []
    if out.is_dir():
        raise XunchaError(f"“{out}”是一个文件夹。", hint="请给出要保存的 .zip 文件名。")

    def write(fh: IO[bytes]) -> None:
        with zipfile.ZipFile(fh, "w", allowZip64=True) as zf:
            w = _Writer(zf, root, stamp, progress, cancelled, total)
            # Issued documents, re-rendered from the register's content.
            docs_info: list[dict[str, object]] = []
            for doc_row in tour.issued:
                _row, doc = issued_document(db, doc_row.issued_id)
                label = doc_row.number or "无文号"
                base = safe_name(f"{doc_row.issued_id}_{label}_{doc_row.subject}", 100)
                files: list[dict[str, object]] = []
                formats: tuple[Format, ...] = ("docx", "pdf")
                for fmt in formats:
                    w.check()
                    data = render(doc, fmt, fonts)
                    name = f"data/documents/{base}.{fmt}"
                    digest = w.put_bytes(name, data, compress=fmt == "docx")
                    recorded = doc_row.recorded.get(fmt, ())
                    files.append({"format": fmt, "file": name, "sha256": digest, "size": len(data),
                                  "matches_register": (digest in recorded) if recorded else None})
                    w.tick(_DOC_WEIGHT, f"公文 {label}")
                    state = "（文号已作废）" if doc_row.number_state == "已作废" else ""
                    catalogue.append(CatalogueRow("公文", f"{label} {doc_row.subject}{state}"
                                                  f"（{fmt.upper()}）", name, len(data), digest))
                for warning in fonts.warnings_for(doc):
                    if warning not in result.warnings:
                        result.warnings.append(warning)
                docs_info.append({"issued_id": doc_row.issued_id, "files": files})
                result.documents += 2
            # Evidence files, copied from the archive and re-hashed on the way.
            paths: dict[tuple[str, str], str] = {}
            for key, e in unique_files.items():
                name = f"data/evidence/{e.sha256}_{key[1]}"
                compress = not e.media_type.startswith(_STORED_TYPES)
                w.put_file(name, blob_path(archive_dir, e.sha256), e.size, e.sha256, compress,
                           f"{e.owner} 的附件“{e.original_name}”")
                paths[key] = name
                result.evidence += 1
            evidence_rows = []
            for e in tour.evidence:
                name = paths[(e.sha256, safe_name(e.original_name))]
                evidence_rows.append({
                    "link_id": e.link_id, "owner": e.owner, "original_name": e.original_name,
                    "attached_by": e.attached_by, "attached_at": e.attached_at, "note": e.note,
                    "sha256": e.sha256, "size": e.size, "media_type": e.media_type,
                    "taken_at": e.taken_at, "gps_lat": e.gps_lat, "gps_lon": e.gps_lon,
                    "file": name,
                })
                catalogue.append(CatalogueRow("证据", f"{e.owner}：{e.original_name}", name,
                                              e.size, e.sha256))
            # The records, with where each document and evidence file is in the package.
            payload = {
                **records,
                "package": {"generated_on": when.isoformat(),
                            "software": f"xuncha-desktop {__version__}",
                            "documents": docs_info},
                "evidence": evidence_rows,
            }
            data = json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8")
            digest = w.put_bytes("data/records.json", data)
            catalogue.insert(0, CatalogueRow("记录", "巡查对象的全部记录（JSON）",
                                             "data/records.json", len(data), digest))
            w.tick(_DOC_WEIGHT, "记录")
            # The catalogue, as PDF and Excel.
            cat_doc = _catalogue_document(tour, catalogue, office.issuer_mark, when)
            w.put_bytes("data/目录.pdf", render(cat_doc, "pdf", fonts), compress=False)
            w.tick(_DOC_WEIGHT, "目录")
            w.put_bytes("data/目录.xlsx", _catalogue_xlsx(tour, catalogue), compress=False)
            w.tick(_DOC_WEIGHT, "目录")
            # BagIt tag files.
            manifest = manifest_text(w.manifest)
            bagit = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
            info = _bag_info(tour, w.payload_bytes, len(w.manifest), when)
            tags = [(BAGIT_TXT, bagit), (BAG_INFO, info), (MANIFEST, manifest)]
            for name, content in tags:
                w.put_bytes(name, content, payload=False)
            w.put_bytes(TAGMANIFEST, manifest_text(
                (n, hashlib.sha256(c).hexdigest()) for n, c in tags), payload=False)
            w.tick(_DOC_WEIGHT, "清单")
            result.files = len(w.manifest)
            result.payload_bytes = w.payload_bytes
            w.check()

    with atomic_writer(out) as fh:
        write(fh)
    return result

__all__ = [
    "CatalogueRow",
    "Limits",
    "PackageCancelled",
    "PackageResult",
    "build_package",
    "check_package",
    "safe_name",
]
