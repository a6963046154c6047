"""Work of the documents window that runs off the UI thread: exporting files and issuing.

A :class:`Job` runs a plain function in a :class:`QThreadPool` and reports back through the
signals of a :class:`JobSignals` object, which lives in the UI thread: the function never
touches a widget. Cancelling sets a flag that the function checks before it writes
anything final (:class:`Cancelled` ends it quietly).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QObject, QRunnable, Signal

from xuncha_desktop.db.engine import Database
from xuncha_desktop.documents.export import render_bytes
from xuncha_desktop.documents.fonts import FontSet
from xuncha_desktop.documents.issue import build_document, issued_document
from xuncha_desktop.documents.model import Document
from xuncha_desktop.errors import XunchaError
from xuncha_desktop.fsutil import atomic_write_bytes
from xuncha_desktop.services import issued as issued_register

Format = Literal["docx", "pdf"]

#: ReportLab keeps global state (registered fonts, caches): one rendering at a time, whether
#: it is the preview in the UI thread or an export in a worker.
RENDER_LOCK = threading.Lock()

_WINDOWS_FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f]')
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {
    f"{p}{i}" for p in ("COM", "LPT") for i in range(1, 10)
}


class Cancelled(Exception):
    """The clerk cancelled the job."""


def safe_filename(name: str, max_length: int = 150) -> str:
    """``name`` usable as a Windows file name: no \\/:*?"<>|, no trailing dot or space."""
    clean = _WINDOWS_FORBIDDEN.sub("_", name)
    clean = re.sub(r"\s+", " ", clean).strip().rstrip(". ")
    if len(clean) > max_length:
        clean = clean[:max_length].rstrip(". ")
    if not clean or clean.split(".")[0].upper() in _WINDOWS_RESERVED:
        clean = f"_{clean}" if clean else "公文"
    return clean


def render_locked(doc: Document, fmt: Format, fonts: FontSet) -> bytes:
    with RENDER_LOCK:
        return render_bytes(doc, fmt, fonts)


@dataclass(frozen=True)
class ExportRequest:
    """What to write: an issued document (``issued_id``) or a draft (``kind``/``source_id``)."""

    fmt: Format
    path: Path
    kind: str
    source_id: int
    issued_id: int | None = None
    date: dt.date | None = None  # 成文日期 of a draft
    record: bool = True  # record the file in the register (issued documents only)


@dataclass(frozen=True)
class ExportOutcome:
    path: Path
    sha256: str
    doc_number: str
    issued_id: int | None
    warnings: tuple[str, ...]


def export_file(
    db: Database,
    fonts: FontSet,
    request: ExportRequest,
    cancelled: Callable[[], bool],
    operator: str | None = None,
) -> ExportOutcome:
    """Render and write one file; nothing is written if ``cancelled()`` turns true first.

    Same result as ``documents.issue.export_issued`` / ``export_draft`` (the stored content of
    an issued document, the file's SHA-256 recorded in the register), with the cancel checks
    those functions do not offer.
    """
    number = ""
    if request.issued_id is not None:
        row, doc = issued_document(db, request.issued_id)
        number = row.number
    else:
        doc = build_document(db, request.kind, request.source_id, date=request.date).document
    if cancelled():
        raise Cancelled
    data = render_locked(doc, request.fmt, fonts)
    warnings = tuple(fonts.warnings_for(doc))
    if cancelled():
        raise Cancelled
    atomic_write_bytes(request.path, data)
    if cancelled():
        request.path.unlink(missing_ok=True)
        raise Cancelled
    digest = hashlib.sha256(data).hexdigest()
    if request.issued_id is not None and request.record:
        issued_register.record_file(
            db, request.issued_id, request.fmt, request.path.name, digest, operator
        )
    return ExportOutcome(request.path, digest, number, request.issued_id, warnings)


class JobSignals(QObject):
    """Signals of a :class:`Job`; created in (and delivered to) the UI thread."""

    done = Signal(object)  # the function's result
    failed = Signal(object)  # a XunchaError
    cancelled = Signal()
    crashed = Signal(object)  # (type, value, traceback) of a bug


class Job(QRunnable):
    """Runs ``fn(cancelled)`` in a pool thread and reports through ``signals``."""

    def __init__(self, fn: Callable[[Callable[[], bool]], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = JobSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self.fn(self._cancel.is_set)
        except Cancelled:
            self.signals.cancelled.emit()
        except XunchaError as err:
            self.signals.failed.emit(err)
        except BaseException:  # a bug: hand it to the UI thread's excepthook
            self.signals.crashed.emit(sys.exc_info())
        else:
            # Finished before the cancel reached it: the result stands (the file is written
            # and recorded), and the window says so.
            self.signals.done.emit(result)
