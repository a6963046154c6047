"""Sample evidence for the demo database, generated in code (nothing is shipped or downloaded).

* site photos: JPEG files with EXIF ``DateTimeOriginal`` and a GPS position in Hainan;
* a scanned-looking sign-in sheet (签到表): a grey, slightly skewed page image in a PDF;
* a short audio clip (约谈录音): a WAV file written with :mod:`wave`.

:func:`attach_demo_evidence` attaches them to some findings, interviews and checklist results,
chosen deterministically from the seed, so that every archive feature can be tried on demo
data. The same photo is attached to two records once, to show that it is stored once.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import random
import struct
import tempfile
import wave
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PIL import ExifTags, Image, ImageDraw, ImageFilter
from sqlalchemy import select

from xuncha_desktop.archive.evidence import attach_many
from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.services.uow import read_session

#: Approximate centres of Hainan's cities and counties (latitude, longitude).
PLACES = {
    "海口": (20.0440, 110.1999), "三亚": (18.2528, 109.5119), "儋州": (19.5209, 109.5808),
    "三沙": (16.8310, 112.3486), "五指山": (18.7752, 109.5169), "琼海": (19.2584, 110.4746),
    "文昌": (19.5430, 110.7977), "万宁": (18.7960, 110.3893), "东方": (19.0952, 108.6537),
    "定安": (19.6812, 110.3593), "屯昌": (19.3517, 110.1032), "澄迈": (19.7384, 110.0071),
    "临高": (19.9123, 109.6902), "白沙": (19.2246, 109.4515), "昌江": (19.2983, 109.0557),
    "乐东": (18.7500, 109.1733), "陵水": (18.5060, 110.0372), "保亭": (18.6393, 109.7026),
    "琼中": (19.0335, 109.8384),
}
HAINAN = (19.2, 109.7)
PHOTO_SUBJECTS = ("消防通道", "配电箱", "危化品仓库", "脚手架", "灭火器", "安全出口", "燃气管道")


@dataclass(frozen=True)
class DemoEvidenceReport:
    links: int
    files: int

    def summary(self) -> str:
        return f"示例证据：{self.links} 项附件（{self.files} 个不同文件）"


def _position(region_name: str, rng: random.Random) -> tuple[float, float]:
    lat, lon = next((v for k, v in PLACES.items() if region_name.startswith(k)), HAINAN)
    return lat + rng.uniform(-0.03, 0.03), lon + rng.uniform(-0.03, 0.03)


def _dms(value: float) -> tuple[float, float, float]:
    value = abs(value)
    deg = int(value)
    minutes = int((value - deg) * 60)
    seconds = round(((value - deg) * 60 - minutes) * 60, 2)
    return float(deg), float(minutes), seconds


def make_photo(rng: random.Random, taken_at: dt.datetime | None,
               position: tuple[float, float] | None, size: tuple[int, int] = (800, 600)) -> bytes:
    """A JPEG "site photo" (sky, ground, a building, a red extinguisher) with EXIF."""
    w, h = size
    img = Image.new("RGB", size, (150 + rng.randrange(60), 190 + rng.randrange(40), 230))
    draw = ImageDraw.Draw(img)
    horizon = int(h * rng.uniform(0.45, 0.6))
    draw.rectangle((0, horizon, w, h), fill=(110 + rng.randrange(40), 100, 80))
    bx = rng.randrange(w // 8, w // 2)
    draw.rectangle((bx, horizon - h // 3, bx + w // 3, horizon), fill=(200, 200, 190),
                   outline=(90, 90, 90), width=3)
    for i in range(3):
        wx = bx + 20 + i * (w // 10)
        draw.rectangle((wx, horizon - h // 4, wx + w // 20, horizon - h // 6), fill=(60, 90, 120))
    ex = rng.randrange(w // 2, w - 60)
    draw.rounded_rectangle((ex, horizon + 20, ex + 36, horizon + 120), 10, fill=(200, 20, 20))
    draw.line((0, h - 40, w, h - 60), fill=(230, 200, 40), width=8)  # a yellow floor marking
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Xuncha"
    exif[ExifTags.Base.Model] = "Demo Camera"
    if taken_at is not None:
        stamp = taken_at.strftime("%Y:%m:%d %H:%M:%S")
        exif[ExifTags.Base.DateTime] = stamp
        exif.get_ifd(0x8769)[ExifTags.Base.DateTimeOriginal] = stamp
    if position is not None:
        lat, lon = position
        gps = exif.get_ifd(0x8825)
        gps[ExifTags.GPS.GPSLatitudeRef] = "N" if lat >= 0 else "S"
        gps[ExifTags.GPS.GPSLatitude] = _dms(lat)
        gps[ExifTags.GPS.GPSLongitudeRef] = "E" if lon >= 0 else "W"
        gps[ExifTags.GPS.GPSLongitude] = _dms(lon)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=80, exif=exif)
    return out.getvalue()


def make_scan_pdf(rng: random.Random, rows: int = 8) -> bytes:
    """A scanned-looking sign-in sheet: a grey, skewed, speckled page image in a PDF."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    pw, ph = 620, 877  # about 75 dpi: a small file that still looks like a page
    page = Image.new("L", (pw, ph), 238)
    draw = ImageDraw.Draw(page)
    draw.rectangle((200, 50, 420, 70), fill=70)  # the title
    top, left, right = 120, 50, pw - 50
    row_h = 50
    for r in range(rows + 2):
        y = top + r * row_h
        draw.line((left, y, right, y), fill=60, width=2)
    for x in (left, left + 60, left + 230, left + 400, right):
        draw.line((x, top, x, top + (rows + 1) * row_h), fill=60, width=2)
    for r in range(1, rows + 1):  # printed names and handwritten signatures
        y = top + r * row_h + row_h // 2
        draw.rectangle((left + 75, y - 6, left + 75 + rng.randrange(60, 140), y + 6), fill=90)
        points = [(left + 410 + i * 12, y + rng.randrange(-12, 12)) for i in range(10)]
        draw.line(points, fill=30, width=2)
    draw.ellipse((pw - 210, ph - 230, pw - 90, ph - 110), outline=120, width=6)  # the seal
    for _ in range(900):  # scanner dust
        x, y = rng.randrange(pw), rng.randrange(ph)
        draw.point((x, y), fill=rng.randrange(120, 200))
    page = page.rotate(rng.uniform(-1.2, 1.2), resample=Image.Resampling.BILINEAR,
                       fillcolor=250).filter(ImageFilter.GaussianBlur(0.7))
    buf = io.BytesIO()
    page.save(buf, "JPEG", quality=70)
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    c.setTitle("约谈签到表（扫描件）")
    c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    return out.getvalue()


def make_wav(rng: random.Random, seconds: float = 2.0, rate: int = 8000) -> bytes:
    """A short mono 16-bit WAV: a voice-like warbling tone with a little noise."""
    frames = bytearray()
    base = rng.uniform(160, 220)
    for i in range(int(seconds * rate)):
        t = i / rate
        f = base * (1 + 0.2 * math.sin(2 * math.pi * 3 * t))
        envelope = 0.5 + 0.5 * math.sin(2 * math.pi * 1.5 * t) ** 2
        v = 0.3 * envelope * math.sin(2 * math.pi * f * t) + rng.uniform(-0.02, 0.02)
        frames += struct.pack("<h", int(max(-1.0, min(1.0, v)) * 32767))
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(bytes(frames))
    return out.getvalue()


def _findings(db: Database) -> list[tuple[int, str, dt.date, str]]:
    with read_session(db) as s:
        return [(fid, code, found, region) for fid, code, found, region in s.execute(
            select(m.Finding.id, m.Finding.code, m.Finding.found_on, m.Region.name)
            .join(m.Region, m.Region.id == m.Finding.region_id).order_by(m.Finding.id))]


def _interviews(db: Database) -> list[tuple[int, dt.datetime | None]]:
    with read_session(db) as s:
        return [(i, when) for i, when in s.execute(
            select(m.Interview.id, m.Interview.scheduled_at).order_by(m.Interview.id))]


def _checklist_results(db: Database) -> list[int]:
    with read_session(db) as s:
        return list(s.scalars(select(m.ChecklistResult.id)
                              .where(m.ChecklistResult.result.is_not(None))
                              .order_by(m.ChecklistResult.id)))


def attach_demo_evidence(db: Database, archive_root: Path, *, seed: int = 2026,
                         operator: str = "演示", findings: int = 8, interviews: int = 2,
                         results: int = 4,
                         progress: Callable[[str], None] | None = None) -> DemoEvidenceReport:
    """Attach generated photos, a scanned sign-in sheet and an audio clip to demo records."""
    rng = random.Random(f"evidence:{seed}")
    links = 0
    shas: set[str] = set()
    with tempfile.TemporaryDirectory(prefix="xuncha-demo-evidence-") as tmp:
        folder = Path(tmp)

        def write(name: str, data: bytes) -> Path:
            path = folder / name
            path.write_bytes(data)
            return path

        def add(kind: str, owner: int, paths: list[Path]) -> None:
            nonlocal links
            for a in attach_many(db, archive_root, kind, owner, paths, operator):
                shas.add(a.stored.sha256)
                links += 1

        all_findings = _findings(db)
        chosen = sorted(rng.sample(all_findings, min(findings, len(all_findings))))
        if progress is not None and chosen:
            progress("正在生成示例证据（现场照片、签到表扫描件、约谈录音）……")
        first_photo: Path | None = None
        for n, (fid, code, found_on, region) in enumerate(chosen, start=1):
            subject = PHOTO_SUBJECTS[rng.randrange(len(PHOTO_SUBJECTS))]
            when = dt.datetime.combine(found_on, dt.time(9)) + dt.timedelta(
                minutes=rng.randrange(0, 8 * 60))
            photo = write(f"{code}-{subject}-现场照片{n}.jpg",
                          make_photo(rng, when, _position(region, rng)))
            paths = [photo]
            if n % 3 == 0:  # a second photo without GPS (a phone with location turned off)
                paths.append(write(f"{code}-{subject}-整改前.jpg",
                                   make_photo(rng, when + dt.timedelta(minutes=3), None)))
            add("finding", fid, paths)
            first_photo = first_photo or photo

        ivs = _interviews(db)
        chosen_iv = sorted(rng.sample(ivs, min(interviews, len(ivs))))
        for n, (iid, _when) in enumerate(chosen_iv, start=1):
            add("interview", iid, [write(f"约谈签到表（扫描件）{n}.pdf", make_scan_pdf(rng)),
                                   write(f"约谈录音{n}.wav", make_wav(rng))])

        rids = _checklist_results(db)
        chosen_r = sorted(rng.sample(rids, min(results, len(rids))))
        for n, rid in enumerate(chosen_r, start=1):
            paths = [write(f"检查记录照片{n}.jpg", make_photo(rng, None, None, (640, 480)))]
            if n == 1 and first_photo is not None:
                paths.append(first_photo)  # the same photo as a finding's: stored once
            add("checklist_result", rid, paths)
    return DemoEvidenceReport(links=links, files=len(shas))


__all__ = ["DemoEvidenceReport", "attach_demo_evidence", "make_photo", "make_scan_pdf",
           "make_wav"]
