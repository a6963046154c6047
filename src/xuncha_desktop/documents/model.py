"""The document model shared by the DOCX and PDF renderers (GB/T 9704-2012 公文).

A :class:`Document` is plain immutable data. Both renderers lay out exactly the text returned by
:func:`document_text`, in that order, so a test can extract the text of either file and compare.

Conventions
-----------
* **Heading numbers are part of the text the caller gives** (``Heading(1, "一、总体要求")``,
  ``Heading(2, "（一）巡查时间")``, ``Heading(3, "1.巡查内容")``, ``Heading(4, "（1）资料")``). The
  renderers never number headings, so what the clerk typed in a template is what is printed.
* ``ListBlock`` items are printed one paragraph each, body style. With ``numbered=True`` each
  item is prefixed ``1.`` ``2.`` … (GB/T 9704 third-level numbering); otherwise as given.
* ``Document.title`` may contain ``\\n`` to force a line break (GB/T 9704: 回行时词意完整).
* ``Figure`` is a PNG centred at ``width_mm`` (capped at the 版心 width); only its caption
  is text.
* Dates are :class:`datetime.date`, printed as ``2026年7月14日`` (Arabic numerals, no zeros).
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

__all__ = [
    "Annex",
    "Block",
    "Document",
    "Figure",
    "Heading",
    "ListBlock",
    "Paragraph",
    "Table",
    "annex_label",
    "attachment_lines",
    "attachment_names",
    "cc_line",
    "document_text",
    "format_cn_date",
    "imprint_line_parts",
    "note_line",
    "sign_off_parts",
]


@dataclass(frozen=True)
class Heading:
    """A heading of level 1-4 (一、 黑体; （一） 楷体; 1. 仿宋; （1） 仿宋)."""

    level: int
    text: str

    def __post_init__(self) -> None:
        if self.level not in (1, 2, 3, 4):
            raise ValueError(f"heading level must be 1..4, got {self.level}")


@dataclass(frozen=True)
class Paragraph:
    """A body paragraph: 3号仿宋, first line indented two characters."""

    text: str


@dataclass(frozen=True)
class Table:
    """A table spanning the 版心. ``col_widths`` are relative weights (any positive numbers)."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...] = ()
    col_widths: tuple[float, ...] | None = None

    def __post_init__(self) -> None:
        n = len(self.header)
        if n == 0:
            raise ValueError("a table needs at least one column")
        for row in self.rows:
            if len(row) != n:
                raise ValueError(f"table row has {len(row)} cells, header has {n}: {row!r}")
        if self.col_widths is not None and (
            len(self.col_widths) != n or any(w <= 0 for w in self.col_widths)
        ):
            raise ValueError("col_widths must give one positive weight per column")


@dataclass(frozen=True)
class ListBlock:
    """Items printed one paragraph each; ``numbered`` prefixes ``1.`` ``2.`` …"""

    items: tuple[str, ...]
    numbered: bool = False

    def item_texts(self) -> tuple[str, ...]:
        if not self.numbered:
            return self.items
        return tuple(f"{i}.{text}" for i, text in enumerate(self.items, start=1))


PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class Figure:
    """A PNG picture centred on the page, ``width_mm`` wide (never wider than the 版心), with an
    optional caption below it in 仿宋, 4号."""

    png: bytes
    width_mm: float
    caption: str = ""

    def __post_init__(self) -> None:
        if not self.png.startswith(PNG_SIGNATURE):
            raise ValueError("a figure needs PNG image data")
        if not self.width_mm > 0:
            raise ValueError(f"figure width must be positive, got {self.width_mm}")


Block = Heading | Paragraph | Table | ListBlock | Figure


@dataclass(frozen=True)
class Annex:
    """An annex (附件) printed on its own pages after the 署名 and 成文日期: "附件1" (or "附件"
    when there is only one) in 3号黑体 top left, ``title`` centred in 2号小标宋, then ``blocks``.
    ``title`` may contain ``\\n`` to force a line break."""

    title: str
    blocks: tuple[Block, ...] = ()

    def __post_init__(self) -> None:
        if not self.title.strip():
            raise ValueError("an annex needs a title")


@dataclass(frozen=True)
class Document:
    """One official document (公文). Optional parts are simply left out when empty."""

    issuer_mark: str  # 发文机关标志, e.g. 海南省安全生产委员会办公室文件
    title: str  # 标题
    blocks: tuple[Block, ...] = ()
    doc_number: str | None = None  # 发文字号, e.g. 琼安委办〔2026〕12号
    copy_number: str | None = None  # 份号
    secrecy: str | None = None  # 密级和保密期限
    urgency: str | None = None  # 紧急程度
    addressee: str | None = None  # 主送机关
    attachments: tuple[str, ...] = ()  # 附件说明: names only
    signer: str | None = None  # 署名 (发文机关署名)
    date: _dt.date | None = None  # 成文日期
    cc: tuple[str, ...] = ()  # 抄送机关
    printer: str | None = None  # 印发机关
    print_date: _dt.date | None = None  # 印发日期
    annexes: tuple[Annex, ...] = ()  # 附件, each on new pages after the 成文日期
    sign_off: str | None = None  # 签发人 (上行文): printed on the 发文字号 line
    note: str | None = None  # 附注, e.g. 联系人：张三，电话：0898-65300000
    # False for a form (检查表) that is not a 公文: no 发文机关标志, 发文字号 or red rule; the
    # title is printed on the first line of the page.
    letterhead: bool = True

    @property
    def has_imprint(self) -> bool:
        """True when the document ends with a 版记 (抄送 and/or 印发机关/日期)."""
        return bool(self.cc) or bool(self.printer) or self.print_date is not None


def format_cn_date(d: _dt.date) -> str:
    """``date(2026, 7, 4)`` → ``2026年7月4日`` (GB/T 9704: Arabic numerals, no leading zeros)."""
    return f"{d.year}年{d.month}月{d.day}日"


def addressee_line(doc: Document) -> str | None:
    if not doc.addressee:
        return None
    text = doc.addressee.rstrip("：:")
    return text + "："


def attachment_names(doc: Document) -> list[str]:
    """The names in the 附件说明: ``doc.attachments``, or else the annex titles."""
    names = doc.attachments or tuple(" ".join(title_lines_of(a.title)) for a in doc.annexes)
    return [n.strip().rstrip("。.，,；;") for n in names if n.strip()]


def attachment_lines(doc: Document) -> list[str]:
    """附件说明: ``附件：1.××`` then ``2.××`` … (one attachment: ``附件：××``), no end punctuation.

    Generated from the annex titles when the document has annexes and no explicit 附件说明.
    """
    names = attachment_names(doc)
    if not names:
        return []
    if len(names) == 1:
        return [f"附件：{names[0]}"]
    return [("附件：" if i == 1 else "") + f"{i}.{n}" for i, n in enumerate(names, start=1)]


def cc_line(doc: Document) -> str | None:
    """``抄送：省委组织部，省应急管理厅。`` (names separated by full-width commas, ends with 。)."""
    if not doc.cc:
        return None
    return "抄送：" + "，".join(doc.cc) + "。"


def imprint_line_parts(doc: Document) -> tuple[str, str] | None:
    """(印发机关, ``2026年7月14日印发``) — printed left and right on one line of the 版记."""
    if not doc.printer and doc.print_date is None:
        return None
    right = format_cn_date(doc.print_date) + "印发" if doc.print_date is not None else ""
    return (doc.printer or "", right)


def header_lines(doc: Document) -> list[str]:
    """份号, 密级, 紧急程度 (top left of the first page), in that order."""
    return [x for x in (doc.copy_number, doc.secrecy, doc.urgency) if x]


def title_lines_of(title: str) -> list[str]:
    return [line.strip() for line in title.split("\n") if line.strip()]


def title_lines(doc: Document) -> list[str]:
    return title_lines_of(doc.title)


def annex_label(doc: Document, index: int) -> str:
    """``附件1`` … for the ``index``-th annex (from 1), ``附件`` when there is only one."""
    return "附件" if len(doc.annexes) == 1 else f"附件{index}"


def sign_off_parts(doc: Document) -> tuple[str, str] | None:
    """(``签发人：``, name) of a 上行文, printed at the right of the 发文字号 line."""
    if not doc.sign_off or not doc.sign_off.strip():
        return None
    return ("签发人：", doc.sign_off.strip())


def note_line(doc: Document) -> str | None:
    """附注 in full-width parentheses: ``（联系人：张三，电话：65300000）``."""
    if not doc.note or not doc.note.strip():
        return None
    text = doc.note.strip()
    if text[0] in "（(" and text[-1] in "）)":
        text = text[1:-1].strip()
    return f"（{text}）"


def block_lines(block: Block) -> list[str]:
    if isinstance(block, Heading | Paragraph):
        return [block.text]
    if isinstance(block, ListBlock):
        return list(block.item_texts())
    if isinstance(block, Figure):
        return [block.caption] if block.caption.strip() else []
    lines = [" ".join(block.header)]
    lines.extend(" ".join(row) for row in block.rows)
    return lines


def document_text(doc: Document) -> list[str]:
    """The canonical text lines, in reading order, as both renderers print them.

    Page numbers are not included. Table rows give one line each, cells joined by a space.
    """
    lines: list[str] = header_lines(doc)
    if doc.letterhead:
        lines.append(doc.issuer_mark)
        sign_off = sign_off_parts(doc)
        if doc.doc_number or sign_off:
            lines.append(" ".join(x for x in (doc.doc_number, "".join(sign_off or ())) if x))
    lines.extend(title_lines(doc))
    addr = addressee_line(doc)
    if addr:
        lines.append(addr)
    for block in doc.blocks:
        lines.extend(block_lines(block))
    lines.extend(attachment_lines(doc))
    if doc.signer:
        lines.append(doc.signer)
    if doc.date is not None:
        lines.append(format_cn_date(doc.date))
    note = note_line(doc)
    if note:
        lines.append(note)
    for i, annex in enumerate(doc.annexes, start=1):
        lines.append(annex_label(doc, i))
        lines.extend(title_lines_of(annex.title))
        for block in annex.blocks:
            lines.extend(block_lines(block))
    cc = cc_line(doc)
    if cc:
        lines.append(cc)
    imprint = imprint_line_parts(doc)
    if imprint:
        lines.append(" ".join(p for p in imprint if p))
    return lines
