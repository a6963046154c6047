"""`xuncha export` as a subprocess: list, draft, issue, re-export and bad input."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from test_cli import TODAY, xuncha


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "demo.db"
    result = xuncha("--db", str(path), "demo", "--today", TODAY)
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture
def db(demo_db: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "demo.db"
    shutil.copy(demo_db, copy)
    return copy


def test_list_as_json_names_kinds_ids_and_titles(db: Path) -> None:
    result = xuncha("--db", str(db), "export", "--list", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    kinds = {r["kind"] for r in rows}
    assert {"notice", "interview-notice"} <= kinds
    notice = next(r for r in rows if r["kind"] == "notice")
    assert notice["title"].startswith("关于对") and isinstance(notice["id"], int)
    plain = xuncha("--db", str(db), "export", "--list")
    assert f"notice\t{notice['id']}\t{notice['title']}" in plain.stdout


def _first_notice(db: Path) -> int:
    rows = json.loads(xuncha("--db", str(db), "export", "notice", "--list", "--json").stdout)
    return int(rows[0]["id"])


def test_issue_then_reexport(db: Path, tmp_path: Path) -> None:
    target = str(_first_notice(db))
    draft = xuncha("--db", str(db), "export", "notice", target, "--format", "pdf",
                   "--out", str(tmp_path / "draft.pdf"))
    assert draft.returncode == 0, draft.stderr
    assert "草稿" in draft.stdout
    issued = xuncha("--db", str(db), "export", "notice", target, "--format", "docx",
                    "--out", str(tmp_path / "通知.docx"), "--issue", "--date", "2026-07-14")
    assert issued.returncode == 0, issued.stderr
    assert "已发文：琼安委办〔2026〕1号" in issued.stdout
    assert (tmp_path / "通知.docx").stat().st_size > 10_000
    again = xuncha("--db", str(db), "export", "notice", target, "--format", "pdf",
                   "--out", str(tmp_path / "again.pdf"))
    assert again.returncode == 0
    assert "按已登记的发文 琼安委办〔2026〕1号 重新导出" in again.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["memo", "1", "--out", "x.pdf"], "未知的文书种类“memo”"),
        (["notice", "999999", "--out", "x.pdf"], "找不到编号为 999999 的巡查对象"),
        (["interview-notice", "999999", "--out", "x.pdf"], "找不到编号为 999999 的约谈"),
        (["notice", "1"], "请指定要导出的文书种类、编号和输出文件"),
        (["notice", "1", "--format", "pdf", "--out", "x.docx"], "扩展名应为 .pdf"),
    ],
)
def test_bad_export_requests(db: Path, tmp_path: Path, args: list[str], message: str) -> None:
    args = [str(tmp_path / a) if a.startswith("x.") else a for a in args]
    result = xuncha("--db", str(db), "export", *args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not list(tmp_path.glob("x.*"))


def test_unwritable_output_leaves_no_partial_file_and_takes_no_number(db: Path,
                                                                      tmp_path: Path) -> None:
    target = str(_first_notice(db))
    folder = tmp_path / "out"
    folder.mkdir()
    existing = folder / "通知.pdf"
    existing.mkdir()  # a folder where the file should go
    result = xuncha("--db", str(db), "export", "notice", target, "--out", str(existing))
    assert result.returncode == 2
    assert "是一个文件夹" in result.stderr
    missing = xuncha("--db", str(db), "export", "notice", target,
                     "--out", str(tmp_path / "no" / "x.pdf"))
    assert missing.returncode == 2 and "不存在" in missing.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["通知.pdf"]
    listing = xuncha("--db", str(db), "export", "--list")
    assert listing.returncode == 0
