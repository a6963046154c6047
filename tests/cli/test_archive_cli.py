"""``xuncha archive verify | package | check-package`` and the archive part of ``xuncha check``,
run as subprocesses the way a clerk or a script would."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "archive"))  # tests are not a package

from archive_helpers import Tour, add_evidence, clerk_login, copy_demo, make_demo, pick_tour
from zip_tools import flip, member, raw_zip, rewrite

from xuncha_desktop.archive.layout import blob_path
from xuncha_desktop.services.bootstrap import open_for_use


def xuncha(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "xuncha_desktop.cli", *args],
        capture_output=True, text=True, encoding="utf-8", env=dict(os.environ), timeout=300,
        check=False,
    )


@pytest.fixture(scope="module")
def demo_source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo(tmp_path_factory.mktemp("cli-archive") / "demo.db")


@dataclass
class CliTour(Tour):
    photo: str = ""  # SHA-256 of a photo attached to the finding
    scan: str = ""  # SHA-256 of a scan attached to the interview


@pytest.fixture
def tour(demo_source: Path, tmp_path: Path) -> Iterator[CliTour]:
    """A copy of the demo with two evidence files; the database is closed for the commands."""
    db_path, archive = copy_demo(demo_source, tmp_path)
    db = open_for_use(db_path, operator="测试员")
    db.operator = clerk_login(db)
    try:
        t = CliTour(db, db_path, archive, *pick_tour(db))
        t.photo = add_evidence(db, archive, b"\xff\xd8photo" * 3000, "现场照片.jpg",
                               finding_id=t.finding_id)
        t.scan = add_evidence(db, archive, b"%PDF scan" * 3000, "约谈记录.pdf",
                              interview_id=t.interview_id, media_type="application/pdf")
    finally:
        db.close()
    yield t


def test_verify_all_fine(tour: CliTour) -> None:
    result = xuncha("--db", str(tour.db_path), "archive", "verify")
    assert result.returncode == 0, result.stderr
    last = result.stdout.strip().splitlines()[-1]
    assert last.startswith("共核验 ") and last.endswith(" 个文件，全部完好。")
    assert f"证据档案文件夹：{tour.archive}" in result.stdout


def test_verify_reports_flipped_deleted_and_extra(tour: CliTour) -> None:
    photo = blob_path(tour.archive, tour.photo)
    photo.write_bytes(flip(photo.read_bytes()))
    result = xuncha("--db", str(tour.db_path), "archive", "verify")
    assert result.returncode == 1
    assert f"已改动：问题隐患 {tour.finding_code} 的附件“现场照片.jpg”" in result.stderr
    assert "已改动 1 个" in result.stdout

    blob_path(tour.archive, tour.scan).unlink()
    (tour.archive / "12" / "34").mkdir(parents=True)
    (tour.archive / "12" / "34" / ("1234" + "f" * 60)).write_bytes(b"stray")
    result = xuncha("--db", str(tour.db_path), "archive", "verify")
    assert result.returncode == 1
    assert "缺失：约谈 " in result.stderr and "的附件“约谈记录.pdf”" in result.stderr
    assert f"多余文件：12/34/1234{'f' * 60}（数据库中没有对应的证据记录）" in result.stderr
    assert "缺失 1 个，已改动 1 个，多余 1 个。" in result.stdout
    assert "Traceback" not in result.stderr


def test_archive_option_overrides_the_folder(tour: CliTour, tmp_path: Path) -> None:
    moved = tmp_path / "别处的档案"
    tour.archive.rename(moved)
    result = xuncha("--db", str(tour.db_path), "archive", "verify")
    assert result.returncode == 1 and "文件不存在" in result.stderr
    result = xuncha("--db", str(tour.db_path), "--archive", str(moved), "archive", "verify")
    assert result.returncode == 0, result.stderr


def test_check_includes_the_quick_archive_check(tour: CliTour, tmp_path: Path) -> None:
    result = xuncha("--db", str(tour.db_path), "check")
    assert result.returncode == 0, result.stdout
    assert "[通过] 证据档案：" in result.stdout and "大小正确" in result.stdout
    blob_path(tour.archive, tour.scan).unlink()
    result = xuncha("--db", str(tour.db_path), "check")
    assert result.returncode == 1
    assert "[问题] 证据档案：" in result.stdout and "缺失 1 个" in result.stdout
    assert "xuncha archive verify" in result.stdout


def test_check_passes_without_evidence_and_without_archive_folder(tmp_path: Path) -> None:
    db = tmp_path / "新.db"
    open_for_use(db, operator="测试").close()
    result = xuncha("--db", str(db), "check")
    assert result.returncode == 0, result.stdout
    assert "[通过] 证据档案：没有证据文件" in result.stdout
    assert not (tmp_path / "新.archive").exists()


def test_package_and_check_package(tour: CliTour, tmp_path: Path) -> None:
    out = tmp_path / "案卷.zip"
    result = xuncha("--db", str(tour.db_path), "archive", "package", str(tour.target_id),
                    "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert f"已生成归档案卷：{out}" in result.stdout
    result = xuncha("archive", "check-package", str(out))  # no database needed
    assert result.returncode == 0, result.stderr
    assert "完好" in result.stdout

    records = member(out, "data/records.json")
    altered = tmp_path / "改过.zip"
    rewrite(out, altered, change={records: lambda d: d.replace(b"\"id\"", b"\"ID\"", 1)})
    result = xuncha("archive", "check-package", str(altered))
    assert result.returncode == 1
    assert f"已改动：{records}" in result.stderr
    assert "未通过检查" in result.stdout

    result = xuncha("archive", "check-package", "--max-gb", "0.0000001", str(out))
    assert result.returncode == 1
    assert "压缩炸弹" in result.stderr and "没有解压任何文件" in result.stdout


def test_package_bad_inputs(tour: CliTour, tmp_path: Path) -> None:
    result = xuncha("--db", str(tour.db_path), "archive", "package", str(tour.target_id),
                    "--out", str(tmp_path / "案卷.rar"))
    assert result.returncode == 2 and "扩展名应为 .zip" in result.stderr
    result = xuncha("--db", str(tour.db_path), "archive", "package", "999999",
                    "--out", str(tmp_path / "x.zip"))
    assert result.returncode == 2 and "找不到编号为 999999 的巡查对象" in result.stderr
    blob_path(tour.archive, tour.photo).unlink()
    result = xuncha("--db", str(tour.db_path), "archive", "package", str(tour.target_id),
                    "--out", str(tmp_path / "x.zip"))
    assert result.returncode == 2
    assert f"证据文件缺失：问题隐患 {tour.finding_code} 的附件“现场照片.jpg”" in result.stderr
    assert not (tmp_path / "x.zip").exists()
    assert not list(tmp_path.glob(".x.zip*"))


@pytest.mark.parametrize(("make", "message"), [
    ("text", "不是 zip 文件"),
    ("truncated", "不完整"),
    ("dotdot", "不安全路径：bag/../evil.txt"),
    ("absolute", "不安全路径：/evil.txt"),
    ("backslash", "不安全路径：bag\\evil.txt"),
    ("drive", "不安全路径：C:/evil.txt"),
    ("bomb", "压缩炸弹：bag/data/zeros.bin"),
])
def test_check_package_refuses_bad_zips(tmp_path: Path, make: str, message: str) -> None:
    path = tmp_path / "来件.zip"
    names = {"dotdot": "bag/../evil.txt", "absolute": "/evil.txt", "backslash": "bag\\evil.txt",
             "drive": "C:/evil.txt"}
    if make == "text":
        path.write_text("不是压缩包", encoding="utf-8")
    elif make == "truncated":
        raw_zip(path, {"bag/bagit.txt": b"BagIt-Version: 1.0\n", "bag/data/a.bin": os.urandom(5000)})
        path.write_bytes(path.read_bytes()[:3000])
    elif make == "bomb":
        raw_zip(path, {"bag/bagit.txt": b"x", "bag/data/zeros.bin": bytes(20 * 1024 * 1024)})
    else:
        raw_zip(path, {"bag/bagit.txt": b"x", names[make]: b"evil"})
    result = xuncha("archive", "check-package", str(path))
    assert result.returncode != 0
    assert message in result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["来件.zip"]  # nothing extracted
    assert not zipfile.is_zipfile(path) or make not in ("text", "truncated")
