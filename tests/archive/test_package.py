"""The archive package (案卷归档): build, check on "another machine", tamper, refuse bad zips."""

from __future__ import annotations

import hashlib
import io
import json
import os
import zipfile
from pathlib import Path

import docx
import pytest
from archive_helpers import TODAY, Tour, add_evidence
from openpyxl import load_workbook
from pypdf import PdfReader
from zip_tools import flip, lie_about_size, member, raw_zip, rewrite

from xuncha_desktop.archive.bagit import (
    Limits,
    PackageError,
    check_package,
    unsafe_reason,
)
from xuncha_desktop.archive.layout import blob_path
from xuncha_desktop.archive.package import PackageCancelled, build_package
from xuncha_desktop.documents import issue as issuing
from xuncha_desktop.documents.fonts import FontSet, resolve_fonts
from xuncha_desktop.errors import XunchaError

PHOTO = b"\xff\xd8photo" * 9000
BAD_NAMES = ["..\\..\\Windows\\x.dll", "CON.jpg", "a/b", "x.txt:ads", "长" * 300 + ".jpg"]


@pytest.fixture(scope="session")
def fonts() -> FontSet:
    return resolve_fonts(windows_font_dirs=[])


def _evidence(tour: Tour) -> dict[str, str]:
    shas = {
        "photo": add_evidence(tour.db, tour.archive, PHOTO, "现场照片.jpg",
                              finding_id=tour.finding_id),
        "scan": add_evidence(tour.db, tour.archive, b"%PDF-1.4 scanned" * 400, "整改报告.pdf",
                             interview_id=tour.interview_id, media_type="application/pdf"),
        "empty": add_evidence(tour.db, tour.archive, b"", "空文件.txt",
                              checklist_result_id=tour.result_id, media_type="text/plain"),
    }
    for i, name in enumerate(BAD_NAMES):
        add_evidence(tour.db, tour.archive, f"bad name {i}".encode(), name,
                     finding_id=tour.finding_id, media_type="application/octet-stream")
    return shas


def _issue_notice(tour: Tour, fonts: FontSet, folder: Path) -> issuing.issued.IssuedRow:
    row = issuing.issue(tour.db, "notice", tour.target_id, date=TODAY)
    issuing.export_issued(tour.db, row.id, "pdf", folder / "通知.pdf", fonts)
    issuing.export_issued(tour.db, row.id, "docx", folder / "通知.docx", fonts)
    return row


def _docx_text(data: bytes) -> str:
    return "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)


def _build(tour: Tour, fonts: FontSet, out: Path, **kw: object) -> object:
    return build_package(tour.db, tour.target_id, out, tour.archive, fonts, today=TODAY, **kw)


def test_round_trip_then_one_altered_byte_fails(tour: Tour, fonts: FontSet,
                                                tmp_path: Path) -> None:
    shas = _evidence(tour)
    row = _issue_notice(tour, fonts, tmp_path)
    out = tmp_path / "out" / "案卷.zip"
    out.parent.mkdir()
    steps: list[tuple[int, int, str]] = []
    result = _build(tour, fonts, out, progress=lambda *a: steps.append(a))
    assert out.is_file() and os.listdir(out.parent) == ["案卷.zip"]  # no temporary file left
    assert steps[-1][0] == steps[-1][1]
    assert "已生成归档案卷" in result.summary()  # type: ignore[attr-defined]

    check = check_package(out)
    assert check.ok, [p.text for p in check.problems]
    assert check.summary().startswith("案卷“案卷.zip”完好：共核对 ")
    assert check.bag_info["External-Identifier"] == f"xuncha-target-{tour.target_id}"

    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        records = json.loads(zf.read(member(out, "data/records.json")))
        xlsx = zf.read(member(out, "data/目录.xlsx"))
        catalogue_pdf = zf.read(member(out, "data/目录.pdf"))
        manifest = zf.read(member(out, "manifest-sha256.txt")).decode("utf-8")
    root = names[0].split("/")[0] + "/"
    assert all(n.startswith(root) and unsafe_reason(n) is None for n in names)
    # records
    assert records["target"]["id"] == tour.target_id
    assert tour.finding_code in [f["code"] for f in records["findings"]]
    assert row.number in [d["number"] for d in records["issued_documents"]]
    files = next(d for d in records["package"]["documents"] if d["issued_id"] == row.id)["files"]
    assert {f["format"] for f in files} == {"docx", "pdf"}
    pdf = next(f for f in files if f["format"] == "pdf")
    assert pdf["matches_register"] is True  # the PDF is re-rendered byte for byte
    docx_member = next(f for f in files if f["format"] == "docx")["file"]
    with zipfile.ZipFile(out) as zf:
        docx_again = zf.read(root + docx_member)
    # Word files carry their zip entries' times; the text is what was issued.
    assert _docx_text(docx_again) == _docx_text((tmp_path / "通知.docx").read_bytes())
    assert row.number in _docx_text(docx_again)
    owners = {e["original_name"]: e["owner"] for e in records["evidence"]}
    assert owners["现场照片.jpg"] == f"问题隐患 {tour.finding_code}"
    assert owners["整改报告.pdf"].startswith("约谈 ")
    assert owners["空文件.txt"].startswith("检查结果 ")
    # every evidence file under its hash, each name one safe component
    evidence = [n for n in names if "/data/evidence/" in n]
    # (the demo may bring evidence of its own: count what the records list)
    assert len(evidence) == len({e["file"] for e in records["evidence"]})
    assert len([e for e in records["evidence"] if e["attached_by"] == "测试员"]) == 3 + len(BAD_NAMES)
    for sha in shas.values():
        assert any(n.split("/")[-1].startswith(sha + "_") for n in evidence)
    for n in evidence:
        leaf = n.split("/data/evidence/")[1]
        assert "/" not in leaf and "\\" not in leaf and ":" not in leaf and len(leaf) <= 150
    assert any(n.endswith("__CON.jpg") for n in evidence)
    # manifest lists every payload file
    listed = {line.split("  ", 1)[1] for line in manifest.splitlines()}
    assert listed == {n[len(root):] for n in names if n.startswith(root + "data/")}
    # catalogue, Excel and PDF
    ws = load_workbook(io.BytesIO(xlsx)).active
    table = [[c.value for c in r] for r in ws.iter_rows(min_row=3)]
    documents = 2 * len(records["issued_documents"])  # Word and PDF of each
    assert len(table) == 1 + documents + len(records["evidence"])  # and a row per attachment
    assert table[0][3] == "data/records.json"
    assert any(r[1] == "证据" and r[2] == f"问题隐患 {tour.finding_code}：现场照片.jpg"
               and r[5] == shas["photo"] for r in table)
    pdf_text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(catalogue_pdf)).pages)
    assert "归档案卷目录" in pdf_text.replace(" ", "") and "records.json" in pdf_text

    # Alter one byte of one member (the zip rewritten, so its CRC is right): caught by hash.
    photo = next(n for n in evidence if n.endswith("现场照片.jpg"))
    altered = tmp_path / "改过.zip"
    rewrite(out, altered, change={photo: flip})
    check = check_package(altered)
    assert not check.ok
    actual = hashlib.sha256(flip(PHOTO)).hexdigest()
    assert [p.text for p in check.problems] == [
        f"已改动：{photo}（SHA-256 应为 {shas['photo'][:12]}…，实际为 {actual[:12]}…）"]


def test_flipped_byte_in_the_zip_file_itself(tour: Tour, fonts: FontSet, tmp_path: Path) -> None:
    shas = _evidence(tour)
    out = tmp_path / "案卷.zip"
    _build(tour, fonts, out)
    data = bytearray(out.read_bytes())
    at = data.find(b"\xff\xd8photo\xff\xd8photo")  # the photo is stored, not deflated
    assert at > 0
    data[at + 100] ^= 0x20
    out.write_bytes(bytes(data))
    check = check_package(out)
    [problem] = check.problems
    assert problem.name.endswith(f"{shas['photo']}_现场照片.jpg")
    assert problem.kind == "已损坏" and "CRC" in problem.text


def test_missing_and_extra_members_and_tag_files(tour: Tour, fonts: FontSet,
                                                 tmp_path: Path) -> None:
    _evidence(tour)
    out = tmp_path / "案卷.zip"
    _build(tour, fonts, out)
    records = member(out, "data/records.json")
    root = records.split("/")[0] + "/"
    changed = tmp_path / "改过.zip"
    rewrite(out, changed, change={records: lambda _d: None, root + "bag-info.txt": flip},
            add={root + "data/evidence/多出来的.jpg": b"extra", root + "readme.txt": b"x"})
    texts = [p.text for p in check_package(changed).problems]
    assert f"缺失：{records}（清单中有此文件，案卷中没有）" in texts
    assert f"多余：{root}data/evidence/多出来的.jpg（清单中没有这个文件）" in texts
    assert f"多余：{root}readme.txt（不是案卷的组成部分）" in texts
    assert any(t.startswith(f"已改动：{root}bag-info.txt") for t in texts)


def test_cancel_leaves_no_file(tour: Tour, fonts: FontSet, tmp_path: Path) -> None:
    _evidence(tour)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 3  # part-way through

    with pytest.raises(PackageCancelled, match="没有留下文件"):
        _build(tour, fonts, out_dir / "案卷.zip", cancelled=cancelled)
    assert os.listdir(out_dir) == []


def test_missing_or_changed_evidence_stops_the_package(tour: Tour, fonts: FontSet,
                                                       tmp_path: Path) -> None:
    shas = _evidence(tour)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    path = blob_path(tour.archive, shas["photo"])
    path.write_bytes(flip(path.read_bytes()))
    with pytest.raises(XunchaError, match=f"证据文件已改动：问题隐患 {tour.finding_code} 的附件"):
        _build(tour, fonts, out_dir / "案卷.zip")
    path.unlink()
    with pytest.raises(XunchaError, match=f"证据文件缺失：问题隐患 {tour.finding_code} 的附件"):
        _build(tour, fonts, out_dir / "案卷.zip")
    assert os.listdir(out_dir) == []


def test_unknown_target_is_explained(tour: Tour, fonts: FontSet, tmp_path: Path) -> None:
    with pytest.raises(XunchaError, match="找不到编号为 999999 的巡查对象"):
        build_package(tour.db, 999999, tmp_path / "x.zip", tour.archive, fonts)
    assert not (tmp_path / "x.zip").exists()


# -- bad zips -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("name", "reason"), [
    ("bag/../../evil.txt", "含有“../”"),
    ("/etc/evil.txt", "是绝对路径"),
    ("bag\\data\\evil.txt", "反斜杠"),
    ("C:/Windows/evil.dll", "盘符"),
])
def test_unsafe_member_names_are_refused(tmp_path: Path, name: str, reason: str) -> None:
    path = raw_zip(tmp_path / "坏.zip", {"bag/bagit.txt": b"BagIt-Version: 1.0\n", name: b"x"})
    check = check_package(path)
    assert check.refused and not check.ok
    [problem] = check.problems
    assert (problem.kind, problem.name) == ("不安全路径", name)
    assert reason in problem.text
    assert "没有解压任何文件" in check.summary()
    assert sorted(os.listdir(tmp_path)) == ["坏.zip"]


def test_zip_bomb_by_ratio_is_refused_before_reading(tmp_path: Path) -> None:
    path = raw_zip(tmp_path / "炸弹.zip", {"bag/bagit.txt": b"BagIt-Version: 1.0\n",
                                          "bag/data/zeros.bin": bytes(30 * 1024 * 1024)})
    check = check_package(path)
    assert check.refused
    [problem] = check.problems
    assert problem.kind == "压缩炸弹" and problem.name == "bag/data/zeros.bin"
    assert "压缩比" in problem.detail and "超过上限 200:1" in problem.detail


def test_zip_bomb_of_many_small_members_is_refused(tmp_path: Path) -> None:
    members = {f"bag/data/{i}.bin": bytes(60 * 1024) for i in range(100)}
    path = raw_zip(tmp_path / "碎弹.zip", {"bag/bagit.txt": b"BagIt-Version: 1.0\n", **members})
    check = check_package(path)
    assert check.refused
    assert [(p.kind, p.name) for p in check.problems] == [("压缩炸弹", "")]
    assert "整体压缩比" in check.problems[0].detail


def test_zip_bomb_by_total_size_is_refused(tmp_path: Path) -> None:
    path = raw_zip(tmp_path / "大.zip", {"bag/bagit.txt": b"BagIt-Version: 1.0\n",
                                        "bag/data/a.bin": os.urandom(300_000)})
    check = check_package(path, limits=Limits(max_total=100_000))
    assert check.refused
    assert [p.kind for p in check.problems] == ["压缩炸弹"]
    assert "解压后总大小" in check.problems[0].detail


def test_a_member_is_never_read_past_its_declared_size(tmp_path: Path) -> None:
    """A central directory that understates a member's size: reading stops at the declared
    size, and the member is reported, not expanded."""
    payload = bytes(8 * 1024 * 1024)
    sha = hashlib.sha256(payload).hexdigest()
    path = raw_zip(tmp_path / "说谎.zip", {
        "bag/bagit.txt": b"BagIt-Version: 1.0\n",
        "bag/manifest-sha256.txt": f"{sha}  data/zeros.bin\n".encode(),
        "bag/data/zeros.bin": payload,
    })
    lie_about_size(path, "bag/data/zeros.bin", 4096)
    check = check_package(path, limits=Limits(max_ratio=10_000))
    assert not check.ok
    problem = next(p for p in check.problems if p.name == "bag/data/zeros.bin")
    assert problem.kind in ("已损坏", "已改动")
    assert check.bytes_checked <= 4096


def test_not_a_zip_truncated_and_folder(tmp_path: Path, tour: Tour, fonts: FontSet) -> None:
    text = tmp_path / "说明.zip"
    text.write_text("这不是压缩包", encoding="utf-8")
    with pytest.raises(PackageError, match="不是 zip 文件"):
        check_package(text)
    _evidence(tour)
    out = tmp_path / "案卷.zip"
    _build(tour, fonts, out)
    cut = tmp_path / "截断.zip"
    cut.write_bytes(out.read_bytes()[: out.stat().st_size // 2])
    with pytest.raises(PackageError, match=r"不完整.*被截断"):
        check_package(cut)
    with pytest.raises(PackageError, match="是一个文件夹"):
        check_package(tmp_path)
    with pytest.raises(PackageError, match="找不到文件"):
        check_package(tmp_path / "没有.zip")
