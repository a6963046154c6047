"""Font lookup for official documents.

Each *role* (标题, 正文, 一级标题, …) has an official font from GB/T 9704-2012 practice. A role is
resolved in this order:

1. the user's choice (``{role: path}`` passed in by the caller — this module reads no settings);
2. the Windows Fonts folders (``%WINDIR%\\Fonts`` and the per-user fonts folder);
3. fontconfig (``fc-list :lang=zh-cn``), official family names first;
4. a substitute of the nearest style (宋 for 仿宋, …), Windows first, then fontconfig.

Only TrueType outlines (``.ttf``/``.ttc``) are used: ReportLab cannot embed OpenType/CFF fonts
(e.g. Noto CJK), so those are skipped. Every fallback is reported in ``FontSet.warnings`` naming
the official font and the substitute. :func:`missing_glyph_warnings` names characters of a
document that the chosen PDF fonts cannot draw, so nothing is silently lost.

The DOCX always names the official font (``w:eastAsia="仿宋_GB2312"``): the file is edited on
office PCs, where Word finds it. The PDF embeds the file actually found.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from xuncha_desktop.documents.model import (
    Document,
    Figure,
    Heading,
    ListBlock,
    Paragraph,
    Table,
    addressee_line,
    annex_label,
    attachment_lines,
    cc_line,
    format_cn_date,
    header_lines,
    imprint_line_parts,
    note_line,
    sign_off_parts,
    title_lines,
    title_lines_of,
)
from xuncha_desktop.errors import ExportError

__all__ = [
    "ROLES",
    "ROLE_LABELS",
    "FontRole",
    "FontSet",
    "ResolvedFont",
    "missing_glyph_warnings",
    "resolve_fonts",
]

FontRole = Literal["issuer", "title", "body", "heading1", "heading2", "page_number"]
ROLES: tuple[FontRole, ...] = ("issuer", "title", "body", "heading1", "heading2", "page_number")
ROLE_LABELS: dict[FontRole, str] = {
    "issuer": "发文机关标志",
    "title": "标题",
    "body": "正文",
    "heading1": "一级标题",
    "heading2": "二级标题",
    "page_number": "页码",
}

Style = Literal["xbs", "fangsong", "hei", "kai", "song"]

# Official fonts per style: (name used in Word, file names in the Windows Fonts folder,
# family names as fontconfig reports them).
_OFFICIAL: dict[Style, tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]] = {
    "xbs": (
        (
            "方正小标宋简体",
            ("FZXBSJW.TTF", "FZXBSJW--GB1-0.TTF", "方正小标宋简体.TTF"),
            ("方正小标宋简体", "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05"),
        ),
        ("方正小标宋_GBK", ("FZXBSK.TTF",), ("方正小标宋_GBK", "FZXiaoBiaoSong-B05K")),
    ),
    "fangsong": (
        (
            "仿宋_GB2312",
            ("仿宋_GB2312.TTF", "FS_GB2312.TTF", "SIMFANG_GB2312.TTF"),
            ("仿宋_GB2312", "FangSong_GB2312"),
        ),
        ("仿宋", ("SIMFANG.TTF",), ("仿宋", "FangSong")),
    ),
    "hei": (("黑体", ("SIMHEI.TTF",), ("黑体", "SimHei")),),
    "kai": (
        (
            "楷体_GB2312",
            ("楷体_GB2312.TTF", "KAI_GB2312.TTF", "SIMKAI_GB2312.TTF"),
            ("楷体_GB2312", "KaiTi_GB2312"),
        ),
        ("楷体", ("SIMKAI.TTF",), ("楷体", "KaiTi")),
    ),
    "song": (("宋体", ("SIMSUN.TTC", "SIMSUN.TTF"), ("宋体", "SimSun")),),
}

# Words that identify a style in a fontconfig family name (for substitutes).
_STYLE_KEYWORDS: dict[Style, tuple[str, ...]] = {
    "xbs": ("小标宋", "xiaobiaosong"),
    "fangsong": ("仿宋", "fangsong"),
    "hei": ("黑", "hei"),
    "kai": ("楷", "kai"),
    "song": ("宋", "song", "sung", "ming"),
}

_ROLE_STYLE: dict[FontRole, Style] = {
    "issuer": "xbs",
    "title": "xbs",
    "body": "fangsong",
    "heading1": "hei",
    "heading2": "kai",
    "page_number": "song",
}

# Substitute order when a role's official font is missing.
_FALLBACK: dict[Style, tuple[Style, ...]] = {
    "xbs": ("song", "hei", "kai", "fangsong"),
    "fangsong": ("song", "kai", "hei"),
    "hei": ("song", "kai", "fangsong"),
    "kai": ("fangsong", "song", "hei"),
    "song": ("fangsong", "kai", "hei"),
}

_ENGLISH_TO_CHINESE = {
    fam.lower(): name
    for entries in _OFFICIAL.values()
    for name, _files, fams in entries
    for fam in fams
}


@dataclass(frozen=True)
class ResolvedFont:
    """The font used for one role."""

    role: FontRole
    official_name: str  # written into the DOCX (w:eastAsia), e.g. 仿宋_GB2312
    path: Path  # TrueType file embedded in the PDF
    subfont_index: int  # face index inside a .ttc
    family: str  # family name of the file actually used, for messages
    source: Literal["user", "windows", "fontconfig"]
    substitute: bool  # True when ``path`` is not the official font

    @property
    def pdf_name(self) -> str:
        """The name under which the file is registered with ReportLab."""
        return _pdf_font_name(self.path, self.subfont_index)


@dataclass(frozen=True)
class FontSet:
    fonts: Mapping[FontRole, ResolvedFont]
    warnings: tuple[str, ...] = field(default=())

    def __getitem__(self, role: FontRole) -> ResolvedFont:
        return self.fonts[role]

    def pdf_font(self, role: FontRole) -> str:
        """Register the role's font with ReportLab (once per process) and return its name."""
        font = self.fonts[role]
        register_pdf_font(font.path, font.subfont_index)
        return font.pdf_name

    def warnings_for(self, doc: Document) -> list[str]:
        """Lookup warnings plus missing-glyph warnings for ``doc``."""
        return [*self.warnings, *missing_glyph_warnings(doc, self)]


@dataclass(frozen=True)
class _Candidate:
    path: Path
    index: int
    family: str
    official_name: str | None  # set when this file is an official font
    style: Style | None
    source: Literal["user", "windows", "fontconfig"]


# --------------------------------------------------------------------------------------------
# ReportLab registration


def _pdf_font_name(path: Path, index: int) -> str:
    import hashlib

    digest = hashlib.sha1(f"{path.resolve()}#{index}".encode()).hexdigest()[:10]
    return f"XC-{digest}"


def register_pdf_font(path: Path, index: int = 0) -> object:
    """Register ``path`` with ReportLab (idempotent); returns the TTFont."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    name = _pdf_font_name(path, index)
    try:
        return pdfmetrics.getFont(name)
    except KeyError:
        pass
    font = TTFont(name, str(path), subfontIndex=index)
    pdfmetrics.registerFont(font)
    _REGISTERED.append(name)
    return font


#: Every font registered so far, in order: the fallbacks for a character a role's font lacks.
_REGISTERED: list[str] = []


def covers(pdf_name: str, ch: str) -> bool:
    """Whether the registered font ``pdf_name`` has a glyph for ``ch``."""
    from reportlab.pdfbase import pdfmetrics

    cmap = getattr(getattr(pdfmetrics.getFont(pdf_name), "face", None), "charToGlyph", None)
    return cmap is None or ord(ch) in cmap


def fallback_for(pdf_name: str, ch: str) -> str | None:
    """The first other registered font that can draw ``ch`` (None if none can)."""
    return next((f for f in list(_REGISTERED) if f != pdf_name and covers(f, ch)), None)


def _loadable(path: Path, index: int) -> str | None:
    """``None`` if ReportLab can embed the face, otherwise a reason (in Chinese)."""
    if not path.is_file():
        return "文件不存在"
    if path.suffix.lower() not in (".ttf", ".ttc"):
        return "不是 TrueType 字体（.ttf/.ttc）"
    try:
        register_pdf_font(path, index)
    except Exception as exc:  # ReportLab raises TTFError, struct.error, …
        return f"无法嵌入 PDF（{exc}）"
    return None


def _face_family(path: Path, index: int) -> str:
    font = register_pdf_font(path, index)
    raw = getattr(getattr(font, "face", None), "familyName", b"")
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", "replace")
    return str(raw) or path.stem


def _char_map(role_font: ResolvedFont) -> Mapping[int, int]:
    font = register_pdf_font(role_font.path, role_font.subfont_index)
    cmap: Mapping[int, int] = font.face.charToGlyph  # type: ignore[attr-defined]
    return cmap


# --------------------------------------------------------------------------------------------
# Candidate discovery


def default_windows_font_dirs() -> list[Path]:
    """``%WINDIR%\\Fonts`` and ``%LOCALAPPDATA%\\Microsoft\\Windows\\Fonts`` (Windows only)."""
    if os.name != "nt":
        return []
    dirs = [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"]
    local = os.environ.get("LOCALAPPDATA")
    if local:
        dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    return dirs


def _windows_candidates(dirs: Iterable[Path]) -> list[_Candidate]:
    found: list[_Candidate] = []
    for folder in dirs:
        try:
            by_upper = {p.name.upper(): p for p in folder.iterdir() if p.is_file()}
        except OSError:
            continue
        for style, entries in _OFFICIAL.items():
            for name, files, _fams in entries:
                for fname in files:
                    path = by_upper.get(fname.upper())
                    if path is not None:
                        found.append(_Candidate(path, 0, name, name, style, "windows"))
    return found


def _style_of(family: str) -> Style | None:
    low = family.lower()
    for style in ("xbs", "fangsong", "kai", "hei", "song"):  # xbs/fangsong before song
        st: Style = style
        if any(k in low for k in _STYLE_KEYWORDS[st]):
            return st
    return None


def _fontconfig_candidates() -> list[_Candidate]:
    exe = shutil.which("fc-list")
    if exe is None:
        return []
    fmt = "%{file}\t%{family}\t%{index}\t%{fontformat}\n"
    try:
        out = subprocess.run(
            [exe, "-f", fmt, ":lang=zh-cn"],
            capture_output=True,
            text=True,
            timeout=20,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    found: list[_Candidate] = []
    for line in sorted(out.splitlines()):
        parts = line.split("\t")
        if len(parts) != 4:
            continue
        file, families, index, fmt_name = parts
        if fmt_name.strip() != "TrueType" or not file.lower().endswith((".ttf", ".ttc")):
            continue  # CFF (Noto CJK OTF/OTC) cannot be embedded by ReportLab
        names = [f.strip() for f in families.split(",") if f.strip()]
        if not names:
            continue
        official = next(
            (_ENGLISH_TO_CHINESE[n.lower()] for n in names if n.lower() in _ENGLISH_TO_CHINESE),
            None,
        )
        style = None
        for n in names:
            style = _style_of(n)
            if style:
                break
        if official is not None:
            style = next(s for s, es in _OFFICIAL.items() if any(e[0] == official for e in es))
        found.append(
            _Candidate(
                Path(file),
                int(index or 0),
                names[0],
                official,
                style,
                "fontconfig",
            )
        )
    # Prefer the plain face of a family over "Sharp"/"Mono" variants.
    found.sort(key=lambda c: (c.path.as_posix(), c.index))
    return found


# --------------------------------------------------------------------------------------------
# Resolution


def _official_names(style: Style) -> list[str]:
    return [e[0] for e in _OFFICIAL[style]]


def resolve_fonts(
    user_choice: Mapping[str, str | os.PathLike[str]] | None = None,
    *,
    windows_font_dirs: Iterable[Path] | None = None,
    use_fontconfig: bool = True,
) -> FontSet:
    """Find a font for every role.

    ``user_choice`` maps a role (``"body"``, ``"title"``, …; see :data:`ROLES`) to a font file;
    a ``.ttc`` may carry ``#N`` for the face index (``simsun.ttc#0``). ``windows_font_dirs``
    defaults to the Windows Fonts folders on Windows and to nothing elsewhere.
    Raises :class:`ExportError` when no usable Chinese font exists at all.
    """
    warnings: list[str] = []
    dirs = list(windows_font_dirs) if windows_font_dirs is not None else default_windows_font_dirs()
    pool: list[_Candidate] = _windows_candidates(dirs)
    if use_fontconfig:
        pool.extend(_fontconfig_candidates())
    usable: dict[tuple[Path, int], bool] = {}

    def ok(c: _Candidate) -> bool:
        key = (c.path, c.index)
        if key not in usable:
            usable[key] = _loadable(c.path, c.index) is None
        return usable[key]

    fonts: dict[FontRole, ResolvedFont] = {}
    for role in ROLES:
        style = _ROLE_STYLE[role]
        label = ROLE_LABELS[role]
        wanted = "/".join(_official_names(style))
        choice = (user_choice or {}).get(role)
        if choice:
            raw = os.fspath(choice)
            index = 0
            if "#" in raw and raw.rsplit("#", 1)[1].isdigit():
                raw, idx = raw.rsplit("#", 1)
                index = int(idx)
            path = Path(raw)
            problem = _loadable(path, index)
            if problem is None:
                family = _face_family(path, index)
                official = _ENGLISH_TO_CHINESE.get(family.lower(), _official_names(style)[0])
                fonts[role] = ResolvedFont(
                    role, official, path, index, family, "user", substitute=False
                )
                continue
            warnings.append(f"所选{label}字体“{path}”不可用（{problem}），改为自动查找。")

        # Official fonts, in order of preference, from Windows then fontconfig.
        chosen: _Candidate | None = None
        for official in _official_names(style):
            chosen = next(
                (c for c in pool if c.official_name == official and ok(c)),
                None,
            )
            if chosen:
                break
        if chosen is not None:
            fonts[role] = ResolvedFont(
                role,
                chosen.official_name or wanted,
                chosen.path,
                chosen.index,
                chosen.family,
                chosen.source,
                substitute=False,
            )
            continue

        for sub_style in (style, *_FALLBACK[style]):
            chosen = next((c for c in pool if c.style == sub_style and ok(c)), None)
            if chosen:
                break
        if chosen is None:
            chosen = next((c for c in pool if ok(c)), None)
        if chosen is None:
            raise ExportError(
                f"找不到可用于{label}的中文 TrueType 字体（需要“{wanted}”或其替代字体）。",
                hint="请在“设置 → 字体”中指定字体文件（.ttf 或 .ttc），或安装仿宋、黑体、楷体、宋体。",
            )
        fonts[role] = ResolvedFont(
            role,
            _official_names(style)[0],
            chosen.path,
            chosen.index,
            chosen.family,
            chosen.source,
            substitute=True,
        )
        warnings.append(f"未找到字体“{wanted}”，{label}改用“{chosen.family}”")
    return FontSet(fonts, tuple(warnings))


# --------------------------------------------------------------------------------------------
# Glyph coverage


def role_texts(doc: Document) -> dict[FontRole, str]:
    """The text each font role has to draw in ``doc`` (used for the glyph check)."""
    body: list[str] = []
    hei: list[str] = [*header_lines(doc)]
    kai: list[str] = []
    titles: list[str] = []
    blocks = list(doc.blocks)
    for i, annex in enumerate(doc.annexes, start=1):  # 附件N in 黑体, its title in 小标宋
        hei.append(annex_label(doc, i))
        titles.extend(title_lines_of(annex.title))
        blocks.extend(annex.blocks)
    sign_off = sign_off_parts(doc)
    if sign_off:  # 签发人： in 仿宋, the name in 楷体
        body.append(sign_off[0])
        kai.append(sign_off[1])
    for block in blocks:
        if isinstance(block, Figure):
            body.append(block.caption)
        elif isinstance(block, Heading):
            {1: hei, 2: kai}.get(block.level, body).append(block.text)
        elif isinstance(block, Paragraph):
            body.append(block.text)
        elif isinstance(block, ListBlock):
            body.extend(block.item_texts())
        elif isinstance(block, Table):
            hei.extend(block.header)
            body.extend(c for row in block.rows for c in row)
    if doc.doc_number:
        body.append(doc.doc_number)
    body.extend(x for x in (addressee_line(doc), doc.signer, cc_line(doc), note_line(doc)) if x)
    body.extend(attachment_lines(doc))
    if doc.date is not None:
        body.append(format_cn_date(doc.date))
    imprint = imprint_line_parts(doc)
    if imprint:
        body.extend(imprint)
    return {
        "issuer": doc.issuer_mark if doc.letterhead else "",
        "title": "".join(title_lines(doc) + titles),
        "body": "".join(body),
        "heading1": "".join(hei),
        "heading2": "".join(kai),
        "page_number": "— 0123456789 —",
    }


def missing_glyph_warnings(doc: Document, fonts: FontSet) -> list[str]:
    """One warning per role whose PDF font cannot draw some characters of ``doc``."""
    out: list[str] = []
    for role, text in role_texts(doc).items():
        font = fonts[role]
        cmap = _char_map(font)
        missing: list[str] = []
        for ch in dict.fromkeys(text):
            if ch.isspace() or ord(ch) < 0x20:
                continue
            if ord(ch) not in cmap:
                missing.append(ch)
        if missing:
            for r in fonts.fonts.values():  # every role font is a candidate fallback
                register_pdf_font(r.path, r.subfont_index)
            lost = [c for c in missing if fallback_for(font.pdf_name, c) is None]
            shown = "".join(missing[:20]) + ("…" if len(missing) > 20 else "")
            codes = " ".join(f"U+{ord(c):04X}" for c in missing[:20])
            head = (f"字体“{font.family}”（{ROLE_LABELS[role]}）缺少 {len(missing)} 个字符："
                    f"“{shown}”（{codes}）")
            if lost:
                out.append(
                    f"{head}，其中“{''.join(lost[:20])}”没有任何已安装字体能显示，"
                    "PDF 中将显示为方框，请另选字体。"
                )
            else:
                out.append(f"{head}，PDF 中这些字符改用其他已安装字体显示，字形可能略有不同。")
    return out
