"""Attaching evidence: copy then record, path-safe names, nothing left behind on failure."""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import os
import random
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from sqlalchemy import func, select

from xuncha_desktop.archive import evidence as arch
from xuncha_desktop.archive import samples, store
from xuncha_desktop.archive.layout import blob_path
from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import NotFoundError, StateError
from xuncha_desktop.services import evidence as ev
from xuncha_desktop.services import findings as fs
from xuncha_desktop.services import interviews as ivs
from xuncha_desktop.services.uow import read_session


def _dataset() -> ModuleType:
    name = "xuncha_test_dataset"
    if name in sys.modules:
        return sys.modules[name]
    path = Path(__file__).resolve().parent.parent / "ui" / "dataset.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database, _ids = _dataset().make_database(tmp_path / "t.db")
    database.operator = "张三"
    yield database
    database.close()


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return tmp_path / "t.archive"


def first_id(db: Database, stmt: object) -> int:
    with read_session(db) as s:
        value = s.scalar(stmt)  # type: ignore[call-overload]
    assert value is not None
    return int(value)


def finding_id(db: Database, code: str = "2026-HK-001") -> int:
    return first_id(db, select(m.Finding.id).where(m.Finding.code == code))


def count(db: Database, model: type[object]) -> int:
    with read_session(db) as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def archive_files(root: Path) -> set[str]:
    if not root.exists():
        return set()
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def blobs(root: Path) -> set[str]:
    return {f for f in archive_files(root) if not f.startswith(".")}


def outside(tmp_path: Path, root: Path) -> set[str]:
    """Files under tmp_path that are neither in the archive nor the database."""
    return {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")
            if p.is_file() and root not in p.parents and not p.name.startswith("t.db")}


def test_attach_a_photo_to_a_finding(db: Database, root: Path, tmp_path: Path) -> None:
    photo = tmp_path / "消防通道.jpg"
    photo.write_bytes(samples.make_photo(random.Random(5), dt.datetime(2026, 3, 3, 10, 15),
                                         (20.04, 110.2)))
    digest = hashlib.sha256(photo.read_bytes()).hexdigest()
    fid = finding_id(db)
    steps: list[tuple[int, int]] = []
    attached = arch.attach(db, root, "finding", fid, photo, "李四",
                           progress=lambda d, t: steps.append((d, t)))
    assert attached.new_file and attached.stored.sha256 == digest
    assert blob_path(root, digest).read_bytes() == photo.read_bytes()
    assert steps[-1] == (photo.stat().st_size, photo.stat().st_size)

    [row] = ev.list_attachments(db, "finding", fid)
    assert (row.original_name, row.size, row.media_type, row.attached_by) == (
        "消防通道.jpg", photo.stat().st_size, "image/jpeg", "李四")
    assert row.taken_at == dt.datetime(2026, 3, 3, 10, 15)
    assert row.gps_lat == pytest.approx(20.04, abs=1e-4)
    assert row.gps_lon == pytest.approx(110.2, abs=1e-4)
    assert row.attached_at is not None and abs(row.attached_at - dt.datetime.now()) < dt.timedelta(
        minutes=5)
    assert arch.leftovers(root) == []
    # the attachment appears in the finding's detail too
    assert fs.finding_detail(db, fid, dt.date(2026, 7, 14)).evidence == ("消防通道.jpg",)


def test_same_file_twice_is_stored_once_and_linked_twice(db: Database, root: Path,
                                                         tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4 scan")
    (tmp_path / "a-副本.pdf").write_bytes(b"%PDF-1.4 scan")
    f1, f2 = finding_id(db, "2026-HK-001"), finding_id(db, "2026-HK-002")
    first = arch.attach(db, root, "finding", f1, tmp_path / "a.pdf")
    second = arch.attach(db, root, "finding", f2, tmp_path / "a-副本.pdf")
    again = arch.attach(db, root, "finding", f1, tmp_path / "a.pdf")
    assert first.new_file and not second.new_file and not again.new_file
    assert len(blobs(root)) == 1
    assert count(db, m.Evidence) == 1 and count(db, m.EvidenceLink) == 3
    assert [r.original_name for r in ev.list_attachments(db, "finding", f1)] == ["a.pdf", "a.pdf"]
    assert [r.attached_by for r in ev.list_attachments(db, "finding", f2)] == ["张三"]


LONG = "很长的文件名" * 50 + ".jpg"  # 304 characters


@pytest.mark.parametrize(("name", "stored"), [
    ("..\\..\\Windows\\x.dll", "..\\..\\Windows\\x.dll"),
    ("CON.jpg", "CON.jpg"),
    ("a/b", "a/b"),
    ("x.txt:ads", "x.txt:ads"),
    (LONG, LONG),
    ("长" * 500 + ".jpeg", None),  # longer than the 400-character column: shortened
    ("控制\x00字符\n.txt", "控制字符.txt"),
])
def test_bad_names_are_text_only(db: Database, root: Path, tmp_path: Path, name: str,
                                 stored: str | None) -> None:
    src = tmp_path / "incoming" / "file.bin"
    src.parent.mkdir()
    src.write_bytes(b"content of " + name.encode("utf-8", "replace"))
    fid = finding_id(db)
    before = outside(tmp_path, root)
    [attached] = arch.attach_many(db, root, "finding", fid, [src], names=[name])
    [row] = ev.list_attachments(db, "finding", fid)
    if stored is None:
        assert len(row.original_name) == ev.NAME_MAX and row.original_name.endswith("….jpeg")
    else:
        assert row.original_name == stored
    # only the hash names the file inside the archive; nothing was written elsewhere
    assert blobs(root) == {blob_path(root, attached.stored.sha256).relative_to(root).as_posix()}
    assert outside(tmp_path, root) == before
    assert not (tmp_path.parent / "Windows").exists() and not (root / "a").exists()
    # opening makes a copy in a private temporary folder under a safe name
    copy = arch.open_copy(root, row)
    try:
        assert copy.read_bytes() == src.read_bytes()
        assert copy.name == store.safe_filename(row.original_name)
        assert "/" not in copy.name and "\\" not in copy.name and ":" not in copy.name
    finally:
        shutil.rmtree(copy.parent)


def test_real_files_with_awkward_names(db: Database, root: Path, tmp_path: Path) -> None:
    """On POSIX these names are legal file names: attach them as they are."""
    fid = finding_id(db)
    names = ["..\\..\\Windows\\x.dll", "CON.jpg", "x.txt:ads", "空文件.txt"]
    paths = []
    for i, name in enumerate(names):
        p = tmp_path / name
        p.write_bytes(b"" if i == 3 else f"file {i}".encode())
        paths.append(p)
    arch.attach_many(db, root, "finding", fid, paths)
    rows = ev.list_attachments(db, "finding", fid)
    assert [r.original_name for r in rows] == names
    assert rows[3].size == 0
    assert len(blobs(root)) == 4 and all(len(Path(b).name) == 64 for b in blobs(root))


def test_a_failed_record_removes_the_new_file(db: Database, root: Path, tmp_path: Path) -> None:
    (tmp_path / "a.jpg").write_bytes(b"new content")
    with pytest.raises(NotFoundError, match="找不到要添加证据的问题隐患"):
        arch.attach(db, root, "finding", 999_999, tmp_path / "a.jpg")
    assert blobs(root) == set() and arch.leftovers(root) == []
    assert count(db, m.EvidenceLink) == 0 and count(db, m.Evidence) == 0


def test_a_failed_record_keeps_a_file_that_is_already_referenced(db: Database, root: Path,
                                                                 tmp_path: Path) -> None:
    (tmp_path / "a.jpg").write_bytes(b"shared content")
    arch.attach(db, root, "finding", finding_id(db), tmp_path / "a.jpg")
    with pytest.raises(NotFoundError):
        arch.attach(db, root, "finding", 999_999, tmp_path / "a.jpg")
    assert len(blobs(root)) == 1 and count(db, m.EvidenceLink) == 1


def test_cancel_or_failure_among_several_files_leaves_nothing(db: Database, root: Path,
                                                             tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"{i}.bin").write_bytes(os.urandom(1024 + i))
    paths = [tmp_path / f"{i}.bin" for i in range(3)]
    fid = finding_id(db)

    def cancel_at_third(done: int, total: int) -> None:
        if done > 2048:
            state["cancel"] = True

    state = {"cancel": False}
    with pytest.raises(store.CopyCancelled):
        arch.attach_many(db, root, "finding", fid, paths, progress=cancel_at_third,
                         cancelled=lambda: state["cancel"])
    assert blobs(root) == set() and arch.leftovers(root) == []
    with pytest.raises(store.StoreError, match="找不到文件"):
        arch.attach_many(db, root, "finding", fid, [*paths[:2], tmp_path / "gone.bin"])
    assert blobs(root) == set() and count(db, m.EvidenceLink) == 0


def test_transition_attachments_go_through_the_store(db: Database, root: Path,
                                                     tmp_path: Path) -> None:
    fid = finding_id(db, "2026-HK-003")  # 整改中
    report = tmp_path / "整改报告.pdf"
    report.write_bytes(b"%PDF report")
    version = fs.finding_detail(db, fid, dt.date(2026, 7, 14)).version
    with arch.staged(db, root, [report]) as files:
        fs.report(db, fid, "已清理消防通道", expected_version=version, attachments=files)
    [row] = ev.list_attachments(db, "finding_transition",
                                first_id(db, select(func.max(m.FindingTransition.id))))
    assert row.original_name == "整改报告.pdf" and row.attached_by == "张三"
    assert blob_path(root, row.sha256).read_bytes() == b"%PDF report"
    # the finding lists its transitions' attachments too, saying where they came from
    [listed] = ev.list_attachments(db, "finding", fid)
    assert listed.link_id == row.link_id and listed.via.startswith("办理：整改中→待核查，")
    assert ev.list_attachments(db, "finding", fid, with_transitions=False) == []
    # an action refused by the state machine leaves no file and no link
    other = tmp_path / "核查照片.jpg"
    other.write_bytes(b"another photo")
    with pytest.raises(StateError), arch.staged(db, root, [other]) as files:
        fs.start(db, fid, attachments=files)  # 待核查 cannot 开始整改
    assert len(blobs(root)) == 1 and count(db, m.EvidenceLink) == 1


def test_interview_evidence(db: Database, root: Path, tmp_path: Path) -> None:
    iid = first_id(db, select(func.min(m.Interview.id)))
    audio = tmp_path / "约谈录音.wav"
    audio.write_bytes(samples.make_wav(random.Random(1), seconds=0.2))
    with arch.staged(db, root, [audio]) as files:
        assert ivs.attach_evidence(db, iid, files, operator="王五") == 1
    [row] = ev.list_attachments(db, "interview", iid)
    assert (row.original_name, row.attached_by) == ("约谈录音.wav", "王五")
    assert row.media_type.startswith("audio/")
    assert ivs.interview_detail(db, iid).evidence == ("约谈录音.wav",)


def test_demo_evidence_is_deterministic(tmp_path: Path) -> None:
    made = []
    for n in (1, 2):
        database, _ids = _dataset().make_database(tmp_path / f"d{n}.db")
        try:
            report = samples.attach_demo_evidence(database, tmp_path / f"d{n}.archive", seed=7)
            with read_session(database) as s:
                made.append(sorted((
                    (lk.finding_id, lk.interview_id, lk.checklist_result_id, lk.original_name,
                     e.sha256, e.media_type, e.taken_at)
                    for lk, e in s.execute(select(m.EvidenceLink, m.Evidence).join(m.Evidence))
                ), key=repr))
        finally:
            database.close()
    assert made[0] == made[1]
    links = made[0]
    assert report.links == len(links) and report.files < report.links  # one photo reused
    assert any(r[0] for r in links) and any(r[1] for r in links) and any(r[2] for r in links)
    kinds = {r[5] for r in links}
    assert {"image/jpeg", "application/pdf"} <= kinds and any(k.startswith("audio/") for k in kinds)
    assert any(r[6] is not None for r in links)  # EXIF time taken
    root = tmp_path / "d1.archive"
    for *_rest, digest, _kind, _taken in links:
        assert hashlib.sha256(blob_path(root, digest).read_bytes()).hexdigest() == digest


def test_cli_demo_attaches_sample_evidence_into_the_archive_option(tmp_path: Path) -> None:
    import subprocess

    archive = tmp_path / "共享证据"
    out = subprocess.run(
        [sys.executable, "-m", "xuncha_desktop.cli", "--db", str(tmp_path / "demo.db"),
         "--archive", str(archive), "demo", "--today", "2026-07-14", "--seed", "11"],
        capture_output=True, text=True, encoding="utf-8", timeout=600, check=False,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert out.returncode == 0, out.stderr
    assert f"示例证据：19 项附件（18 个不同文件），保存在证据档案文件夹：{archive}" in out.stdout
    assert not (tmp_path / "demo.archive").exists()  # --archive wins over the default
    assert len(blobs(archive)) == 18 and arch.leftovers(archive) == []
    import sqlite3

    with sqlite3.connect(tmp_path / "demo.db") as conn:
        owners = conn.execute(
            "SELECT count(finding_id), count(interview_id), count(checklist_result_id) "
            "FROM evidence_link").fetchone()
        shas = {r[0] for r in conn.execute("SELECT sha256 FROM evidence")}
    assert all(n > 0 for n in owners)
    assert {Path(b).name for b in blobs(archive)} == shas
