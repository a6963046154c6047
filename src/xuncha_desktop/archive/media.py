"""What a file is: its media type, the time and place a photo was taken, and thumbnails.

The media type is guessed from the name (:mod:`mimetypes`, with a few office formats added).
For photos, Pillow reads EXIF ``DateTimeOriginal`` (or ``DateTime``) and the GPS position.
Thumbnails are PNG files in ``<archive>/.thumbs/``; they are a cache, made on demand and
rebuilt when missing. A file Pillow cannot read (or a decompression bomb) has no thumbnail.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import mimetypes
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import ExifTags, Image, ImageOps, UnidentifiedImageError

from xuncha_desktop.archive.layout import blob_path
from xuncha_desktop.archive.store import thumbnail_path
from xuncha_desktop.fsutil import atomic_write_with

THUMB_SIZE = 256
#: Images larger than this many pixels get no thumbnail (Pillow's bomb guard is 89 M).
MAX_PIXELS = 80_000_000

_EXTRA_TYPES = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".doc": "application/msword",
    ".xls": "application/vnd.ms-excel",
    ".wps": "application/vnd.ms-works",
    ".heic": "image/heic",
    ".m4a": "audio/mp4",
    ".amr": "audio/amr",
    ".mp4": "video/mp4",
    ".mov": "video/quicktime",
    ".3gp": "video/3gpp",
    ".ofd": "application/ofd",
}
_EXIF_IFD = 0x8769
_GPS_IFD = 0x8825


@dataclass(frozen=True)
class PhotoInfo:
    taken_at: dt.datetime | None = None
    gps_lat: float | None = None
    gps_lon: float | None = None


def media_type(name: str) -> str:
    """``image/jpeg`` for ``照片.JPG``; ``""`` when unknown. Only the extension is looked at."""
    suffix = Path(name.replace("\\", "/").rsplit("/", 1)[-1]).suffix.lower()
    if suffix in _EXTRA_TYPES:
        return _EXTRA_TYPES[suffix]
    guessed = mimetypes.guess_type("x" + suffix)[0] if suffix else None
    return guessed or ""


def type_label(media: str) -> str:
    """A short Chinese word for the kind of file."""
    if media.startswith("image/"):
        return "图片"
    if media.startswith("video/"):
        return "视频"
    if media.startswith("audio/"):
        return "音频"
    if media == "application/pdf":
        return "PDF 文档"
    if "word" in media or media == "application/msword":
        return "Word 文档"
    if "sheet" in media or "excel" in media:
        return "表格"
    if media.startswith("text/"):
        return "文本"
    return "文件"


def _rational(value: Any) -> float:
    if isinstance(value, tuple) and len(value) == 2:
        return float(value[0]) / float(value[1]) if value[1] else 0.0
    return float(value)


def _coordinate(parts: Any, ref: Any, negative: str) -> float | None:
    try:
        d, mi, s = (_rational(p) for p in parts)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    value = d + mi / 60 + s / 3600
    if str(ref).strip().upper().startswith(negative):
        value = -value
    return round(value, 7)


def _exif_time(text: Any) -> dt.datetime | None:
    if isinstance(text, bytes):
        text = text.decode("ascii", "replace")
    if not isinstance(text, str):
        return None
    with contextlib.suppress(ValueError):
        return dt.datetime.strptime(text.strip("\0 ")[:19], "%Y:%m:%d %H:%M:%S")
    return None


def photo_info(path: Path) -> PhotoInfo:
    """EXIF time taken and GPS position of a photo; empty for other files or bad EXIF."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(path) as img:
                exif = img.getexif()
                taken = _exif_time(exif.get_ifd(_EXIF_IFD).get(
                    ExifTags.Base.DateTimeOriginal)) or _exif_time(exif.get(ExifTags.Base.DateTime))
                gps = exif.get_ifd(_GPS_IFD)
    except (OSError, UnidentifiedImageError, ValueError, SyntaxError, Image.DecompressionBombError):
        return PhotoInfo()
    except Exception:  # a malformed EXIF block in a camera file must not stop an attachment
        return PhotoInfo()
    lat = lon = None
    if gps:
        lat = _coordinate(gps.get(ExifTags.GPS.GPSLatitude), gps.get(ExifTags.GPS.GPSLatitudeRef,
                                                                        "N"), "S")
        lon = _coordinate(gps.get(ExifTags.GPS.GPSLongitude),
                          gps.get(ExifTags.GPS.GPSLongitudeRef, "E"), "W")
        if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            lat = lon = None
    return PhotoInfo(taken_at=taken, gps_lat=lat, gps_lon=lon)


def thumbnail(root: Path, sha256: str, size: int = THUMB_SIZE) -> Path | None:
    """The thumbnail of an archived image (made if missing); ``None`` if it is no image."""
    target = thumbnail_path(root, sha256)
    if target.is_file():
        return target
    source = blob_path(root, sha256)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(source) as img:
                if img.width * img.height > MAX_PIXELS:
                    return None
                img.draft("RGB", (size, size))  # JPEG: decode at a reduced scale, fast
                small = ImageOps.exif_transpose(img)
                small.thumbnail((size, size))
                if small.mode not in ("RGB", "RGBA", "L", "LA"):
                    small = small.convert("RGBA" if "A" in small.getbands() else "RGB")
                target.parent.mkdir(parents=True, exist_ok=True)
                atomic_write_with(target, lambda fh: small.save(fh, "PNG"))
    except (OSError, UnidentifiedImageError, ValueError, SyntaxError, Image.DecompressionBombError,
            Image.DecompressionBombWarning):
        return None
    except Exception:  # a thumbnail is a convenience; it never fails an attachment
        return None
    return target


__all__ = ["PhotoInfo", "media_type", "photo_info", "thumbnail", "type_label"]
