"""Font fallback warnings, glyph coverage and atomic export."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any, BinaryIO

import pytest

from xuncha_desktop.documents import export as export_mod
from xuncha_desktop.documents.export import export_document
from xuncha_desktop.documents.fonts import FontSet, missing_glyph_warnings, resolve_fonts
from xuncha_desktop.documents.model import Document, Paragraph
from xuncha_desktop.errors import ExportError

SUNG = Path("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf")
KAI = Path("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf")


def test_missing_font_warning_names_the_substitute(tmp_path: Path) -> None:
    empty_windows = tmp_path / "Fonts"
    empty_windows.mkdir()
    missing = tmp_path / "nowhere" / "仿宋_GB2312.ttf"
    fs = resolve_fonts({"body": missing}, windows_font_dirs=[empty_windows])
    assert fs["body"].substitute
    assert fs["body"].source == "fontconfig"
    assert fs["body"].official_name == "仿宋_GB2312"  # what the DOCX names
    assert any(str(missing) in w and "不可用" in w for w in fs.warnings)
    family = fs["body"].family
    assert f"未找到字体“仿宋_GB2312/仿宋”，正文改用“{family}”" in fs.warnings
    assert family == "AR PL SungtiL GB"


def test_windows_folder_wins_over_fontconfig(tmp_path: Path) -> None:
    windows = tmp_path / "Fonts"
    windows.mkdir()
    (windows / "SimKai.ttf").symlink_to(KAI)  # case-insensitive file names
    fs = resolve_fonts(windows_font_dirs=[windows])
    assert fs["heading2"].source == "windows"
    assert fs["heading2"].official_name == "楷体"
    assert not fs["heading2"].substitute
    assert not any("二级标题" in w for w in fs.warnings)


def test_user_choice_first_and_ttc_index(tmp_path: Path) -> None:
    zenhei = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
    fs = resolve_fonts({"title": f"{zenhei}#1", "body": SUNG}, windows_font_dirs=[])
    assert fs["title"].source == "user" and fs["title"].subfont_index == 1
    assert fs["body"].source == "user" and fs["body"].path == SUNG


def test_non_truetype_choice_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "font.otf"
    fake.write_bytes(b"OTTO")
    fs = resolve_fonts({"heading1": fake}, windows_font_dirs=[])
    assert fs["heading1"].source == "fontconfig"
    assert any("TrueType" in w for w in fs.warnings)


def test_missing_glyphs_are_named(fonts: FontSet) -> None:
    doc = Document(issuer_mark="测试文件", title="测试", blocks=(Paragraph("生僻字㐀和𠀀"),))
    warnings = missing_glyph_warnings(doc, fonts)
    assert len(warnings) == 1
    assert "㐀" in warnings[0] and "U+3400" in warnings[0] and "U+20000" in warnings[0]
    assert "正文" in warnings[0]
    assert fonts.warnings_for(doc)[-1] == warnings[0]


def _doc() -> Document:
    return Document(issuer_mark="测试文件", title="测试", blocks=(Paragraph("正文。"),))


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_export_returns_sha256(tmp_path: Path, fonts: FontSet, fmt: Any) -> None:
    target = tmp_path / f"通知.{fmt}"
    digest = export_document(_doc(), target, fmt, fonts)
    assert digest == hashlib.sha256(target.read_bytes()).hexdigest()
    assert _leftovers(tmp_path) == []


def test_export_to_a_directory_fails_cleanly(tmp_path: Path, fonts: FontSet) -> None:
    folder = tmp_path / "a.pdf"
    folder.mkdir()
    with pytest.raises(ExportError) as err:
        export_document(_doc(), folder, "pdf", fonts)
    assert "文件夹" in err.value.message
    assert _leftovers(tmp_path) == [] and list(folder.iterdir()) == []


def test_export_to_a_missing_folder_fails_cleanly(tmp_path: Path, fonts: FontSet) -> None:
    with pytest.raises(ExportError) as err:
        export_document(_doc(), tmp_path / "missing" / "a.pdf", "pdf", fonts)
    assert "不存在" in err.value.message
    assert os.listdir(tmp_path) == []


def test_failed_render_leaves_existing_file_intact(
    tmp_path: Path, fonts: FontSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "通知.pdf"
    target.write_bytes(b"old version")

    def broken(doc: Document, fonts: FontSet, out: BinaryIO) -> None:
        out.write(b"%PDF-1.4 half written")
        raise RuntimeError("renderer crashed")

    monkeypatch.setattr(export_mod, "render_pdf", broken)
    with pytest.raises(RuntimeError):
        export_document(_doc(), target, "pdf", fonts)
    assert target.read_bytes() == b"old version"
    assert _leftovers(tmp_path) == []


def test_failed_write_leaves_existing_file_intact(
    tmp_path: Path, fonts: FontSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "通知.pdf"
    target.write_bytes(b"old version")

    def fail_replace(src: Any, dst: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail_replace)
    with pytest.raises(ExportError) as err:
        export_document(_doc(), target, "pdf", fonts)
    assert "磁盘空间不足" in err.value.message
    assert target.read_bytes() == b"old version"
    assert _leftovers(tmp_path) == []


def test_character_missing_from_body_font_is_drawn_with_another_font(fonts: FontSet) -> None:
    """A rare name character the body font lacks is printed with a fallback font, not a box."""
    import io

    from pypdf import PdfReader

    from xuncha_desktop.documents.fonts import covers
    from xuncha_desktop.documents.model import Document, Paragraph
    from xuncha_desktop.documents.pdf_render import render_pdf

    body = fonts.pdf_font("body")
    rare = next((c for c in "堃珺喆昇赟" if not covers(body, c)), None)
    if rare is None:
        pytest.skip("the body font on this machine has every test character")
    def fonts_used(text: str) -> tuple[set[str], str]:
        doc = Document(issuer_mark="测试文件", title="测试", blocks=(Paragraph(text),))
        buf = io.BytesIO()
        render_pdf(doc, fonts, buf)
        reader = PdfReader(io.BytesIO(buf.getvalue()))
        used = {str(f["/BaseFont"]).split("+")[-1] for page in reader.pages
                for f in page["/Resources"]["/Font"].values()}
        return used, reader.pages[0].extract_text().replace(" ", "")

    common, _ = fonts_used("联络员王明同志")
    rare_used, text = fonts_used(f"联络员王{rare}同志")
    assert f"王{rare}同志" in text
    assert rare_used - common  # one more font, embedded only to draw the rare character
    doc = Document(issuer_mark="测试文件", title="测试", blocks=(Paragraph(f"王{rare}"),))
    warnings = fonts.warnings_for(doc)
    assert any(rare in w and "改用其他已安装字体显示" in w for w in warnings), warnings
