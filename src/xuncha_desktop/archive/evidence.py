"""Attaching evidence: copy into the archive, then record, as one use case.

:func:`attach` stores a file (:func:`~xuncha_desktop.archive.store.store_file`) and records the
link (:func:`xuncha_desktop.services.evidence.attach`). If recording fails, the file it just
added to the archive is removed again unless a record already refers to that content, so a
failure leaves neither a row nor an orphan file. :func:`staged` does the same for services that
record attachments inside their own unit of work (the transitions of a finding).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from xuncha_desktop.archive import media
from xuncha_desktop.archive.store import (
    Cancelled,
    CopyCancelled,
    StoreResult,
    copy_out,
    remove_blob,
    store_file,
    temp_folder,
)
from xuncha_desktop.db.engine import Database
from xuncha_desktop.services import evidence as ev
from xuncha_desktop.services.evidence import StoredFile

#: ``progress(bytes_done, bytes_total)`` over all files of one call.
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Attached:
    link_id: int
    stored: StoredFile
    #: False when the archive already held the same content (stored once).
    new_file: bool


def describe(result: StoreResult, source: Path, name: str | None = None) -> StoredFile:
    """What the database records about a file just stored (name, type, EXIF).

    ``name`` is the original name to record when it differs from the source's (a file
    dropped from another program); it is text only, never a path.
    """
    shown = source.name if name is None else name
    mtype = media.media_type(shown)
    info = media.photo_info(result.path) if mtype.startswith("image/") else media.PhotoInfo()
    return StoredFile(sha256=result.sha256, size=result.size, original_name=shown,
                      media_type=mtype, taken_at=info.taken_at, gps_lat=info.gps_lat,
                      gps_lon=info.gps_lon)


def _undo(db: Database, root: Path, results: Sequence[StoreResult]) -> None:
    for r in results:
        if r.created and not ev.is_recorded(db, r.sha256):
            remove_blob(root, r.sha256)


def _total(paths: Sequence[Path]) -> int:
    total = 0
    for p in paths:
        with contextlib.suppress(OSError):  # reported by store_file with a proper message
            total += os.stat(p).st_size
    return total


def store_many(db: Database, root: Path, paths: Sequence[str | os.PathLike[str]], *,
               progress: Progress | None = None, cancelled: Cancelled | None = None,
               names: Sequence[str] | None = None) -> list[tuple[StoreResult, StoredFile]]:
    """Store several files; on failure or cancel, the ones stored by this call are removed."""
    sources = [Path(p) for p in paths]
    if names is not None and len(names) != len(sources):
        raise ValueError("names must match paths")
    total = _total(sources)
    offset = 0
    results: list[tuple[StoreResult, StoredFile]] = []

    def step(done: int, _size: int) -> None:
        if progress is not None:
            progress(offset + done, max(total, offset + done))

    try:
        for i, src in enumerate(sources):
            r = store_file(root, src, progress=step, cancelled=cancelled)
            results.append((r, describe(r, src, None if names is None else names[i])))
            offset += r.size
    except BaseException:
        _undo(db, root, [r for r, _ in results])
        raise
    return results


def attach_many(db: Database, archive_root: Path, owner_kind: str, owner_id: int,
                paths: Sequence[str | os.PathLike[str]], operator: str | None = None,
                progress: Progress | None = None, cancelled: Cancelled | None = None, *,
                note: str = "", names: Sequence[str] | None = None) -> list[Attached]:
    """Copy the files into the archive, then record them on one record (all or nothing)."""
    ev.owner_column(owner_kind)
    stored = store_many(db, archive_root, paths, progress=progress, cancelled=cancelled,
                        names=names)
    try:
        if cancelled is not None and cancelled():
            raise CopyCancelled()
        ids = ev.attach(db, owner_kind, owner_id, [s for _, s in stored], operator=operator,
                        note=note)
    except BaseException:
        _undo(db, archive_root, [r for r, _ in stored])
        raise
    return [Attached(i, s, r.created) for i, (r, s) in zip(ids, stored, strict=True)]


def attach(db: Database, archive_root: Path, owner_kind: str, owner_id: int,
           path: str | os.PathLike[str], operator: str | None = None,
           progress: Progress | None = None, cancelled: Cancelled | None = None) -> Attached:
    """Attach one file to a record (``owner_kind`` is a key of ``services.evidence.OWNERS``)."""
    return attach_many(db, archive_root, owner_kind, owner_id, [path], operator, progress,
                       cancelled)[0]


@contextmanager
def staged(db: Database, archive_root: Path, paths: Sequence[str | os.PathLike[str]], *,
           progress: Progress | None = None,
           cancelled: Cancelled | None = None) -> Iterator[tuple[StoredFile, ...]]:
    """Store files for a service that records them itself::

        with staged(db, root, paths) as files:
            findings.report(db, fid, text, attachments=files)

    If the body raises, the files this call added to the archive are removed again (unless a
    record refers to them).
    """
    stored = store_many(db, archive_root, paths, progress=progress, cancelled=cancelled)
    with removed_on_error(db, archive_root, stored) as files:
        yield files


@contextmanager
def removed_on_error(db: Database, archive_root: Path,
                     stored: Sequence[tuple[StoreResult, StoredFile]],
                     ) -> Iterator[tuple[StoredFile, ...]]:
    """Files already stored by :func:`store_many` (e.g. in a worker thread), for a body that
    records them: if it raises, the files are removed again unless a record refers to them."""
    try:
        yield tuple(s for _, s in stored)
    except BaseException:
        _undo(db, archive_root, [r for r, _ in stored])
        raise


def open_copy(archive_root: Path, row: ev.AttachmentRow, progress: Progress | None = None,
              cancelled: Cancelled | None = None) -> Path:
    """A private temporary copy of an attachment for the system viewer (the archive is untouched).

    The copy goes into a new folder under the system temp folder; the viewer may change or
    delete it without consequence. A failed or cancelled copy removes the folder again.
    """
    folder = Path(tempfile.mkdtemp(prefix="xuncha-evidence-"))
    try:
        return copy_out(archive_root, row.sha256, row.original_name, folder, progress=progress,
                        cancelled=cancelled)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def thumbnail(archive_root: Path, row: ev.AttachmentRow) -> Path | None:
    if not row.is_image:
        return None
    return media.thumbnail(archive_root, row.sha256)


def leftovers(archive_root: Path) -> list[Path]:
    """Temporary files in the archive (there should be none once every copy has finished)."""
    folder = temp_folder(archive_root)
    return sorted(p for p in folder.iterdir() if p.is_file()) if folder.is_dir() else []


__all__ = [
    "Attached",
    "attach",
    "attach_many",
    "describe",
    "leftovers",
    "open_copy",
    "removed_on_error",
    "staged",
    "store_many",
    "thumbnail",
]
