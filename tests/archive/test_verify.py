"""``archive verify`` as a library: every file re-hashed, each problem named by its record."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest
from archive_helpers import Tour, add_evidence

from xuncha_desktop.archive.layout import blob_path
from xuncha_desktop.archive.verify import (
    CHANGED,
    EXTRA,
    MISSING,
    VerifyCancelled,
    quick_check,
    verify_archive,
)
from xuncha_desktop.services.bootstrap import open_for_use


def _three_files(tour: Tour) -> tuple[str, str, str]:
    photo = add_evidence(tour.db, tour.archive, b"\xff\xd8photo" * 5000, "现场照片.jpg",
                         finding_id=tour.finding_id)
    scan = add_evidence(tour.db, tour.archive, b"%PDF-1.4 scan" * 300, "整改报告.pdf",
                        interview_id=tour.interview_id, media_type="application/pdf")
    audio = add_evidence(tour.db, tour.archive, b"RIFF....WAVE" * 700, "约谈录音.wav",
                         checklist_result_id=tour.result_id, media_type="audio/wav")
    return photo, scan, audio


def test_all_files_intact(tour: Tour) -> None:
    _three_files(tour)
    seen: list[tuple[int, int, int, int]] = []
    report = verify_archive(tour.db, tour.archive, progress=lambda *a: seen.append(a))
    assert report.ok, report.render()
    assert report.checked >= 3
    assert report.summary() == f"共核验 {report.checked} 个文件，全部完好。"
    assert seen and seen[-1][0] == seen[-1][1]  # progress reaches the total


def test_flipped_byte_is_reported_with_its_record(tour: Tour) -> None:
    photo, _scan, _audio = _three_files(tour)
    path = blob_path(tour.archive, photo)
    data = bytearray(path.read_bytes())
    data[100] ^= 0x01
    path.write_bytes(bytes(data))
    report = verify_archive(tour.db, tour.archive)
    assert not report.ok
    [problem] = report.problems
    assert problem.kind == CHANGED
    assert f"问题隐患 {tour.finding_code} 的附件“现场照片.jpg”" in problem.text
    assert "SHA-256 不符" in problem.text
    assert "已改动 1 个" in report.summary()


def test_deleted_and_truncated_files(tour: Tour) -> None:
    _photo, scan, audio = _three_files(tour)
    blob_path(tour.archive, scan).unlink()
    with blob_path(tour.archive, audio).open("r+b") as fh:
        fh.truncate(10)
    report = verify_archive(tour.db, tour.archive)
    kinds = {p.kind: p for p in report.problems}
    assert set(kinds) == {MISSING, CHANGED}
    assert "约谈" in kinds[MISSING].records and "整改报告.pdf" in kinds[MISSING].text
    assert "文件不存在" in kinds[MISSING].text
    assert "检查结果" in kinds[CHANGED].records
    assert "实际 10 字节" in kinds[CHANGED].text


def test_extra_files_are_reported_but_not_the_store_folders(tour: Tour) -> None:
    _three_files(tour)
    stray = tour.archive / "ab" / "cd" / ("ab" + "cd" + "0" * 60)
    stray.parent.mkdir(parents=True, exist_ok=True)
    stray.write_bytes(b"who put this here")
    (tour.archive / "说明.txt").write_text("不是证据", encoding="utf-8")
    for own in (".tmp", ".thumbs"):
        (tour.archive / own).mkdir(exist_ok=True)
        (tour.archive / own / "x.png").write_bytes(b"thumbnail")
    report = verify_archive(tour.db, tour.archive)
    extras = sorted(p.path for p in report.problems if p.kind == EXTRA)
    assert extras == [stray.relative_to(tour.archive).as_posix(), "说明.txt"]
    assert all(p.kind == EXTRA for p in report.problems)
    assert "数据库中没有对应的证据记录" in next(p.text for p in report.problems if "ab/" in p.path)


def test_no_evidence_and_no_folder_is_fine(tmp_path: Path) -> None:
    db = open_for_use(tmp_path / "空.db", operator="测试")
    try:
        report = verify_archive(db, tmp_path / "空.archive")
    finally:
        db.close()
    assert report.ok and report.checked == 0
    assert report.summary() == "共核验 0 个文件，全部完好。"
    with contextlib.closing(sqlite3.connect(f"file:{tmp_path / '空.db'}?mode=ro", uri=True)) as c:
        assert quick_check(c, tmp_path / "空.archive") == (True, "没有证据文件")
    assert not (tmp_path / "空.archive").exists()  # checking creates nothing


def test_quick_check_sees_presence_and_size_only(tour: Tour) -> None:
    photo, scan, _audio = _three_files(tour)
    with contextlib.closing(sqlite3.connect(f"file:{tour.db_path}?mode=ro", uri=True)) as conn:
        ok, detail = quick_check(conn, tour.archive)
        assert ok, detail
        path = blob_path(tour.archive, photo)
        data = bytearray(path.read_bytes())
        data[5] ^= 0xFF  # same size: the quick check does not hash
        path.write_bytes(bytes(data))
        assert quick_check(conn, tour.archive)[0]
        blob_path(tour.archive, scan).unlink()
        ok, detail = quick_check(conn, tour.archive)
    assert not ok
    assert "缺失" in detail and "xuncha archive verify" in detail


def test_cancel_stops_verification(tour: Tour) -> None:
    _three_files(tour)
    with pytest.raises(VerifyCancelled, match="核验已取消"):
        verify_archive(tour.db, tour.archive, cancelled=lambda: True)
