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
* Dates are :class:`datetime.date`, printed as ``2026年7月14日`` (Arabic numerals, no zeros).
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

__all__ = [
    "Block",
    "Document",
    "Heading",
    "ListBlock",
    "Paragraph",
    "Table",
    "attachment_lines",
    "cc_line",
    "document_text",
    "format_cn_date",
    "imprint_line_parts",
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


Block = Heading | Paragraph | Table | ListBlock


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


def attachment_lines(doc: Document) -> list[str]:
    """附件说明: ``附件：1.××`` then ``2.××`` … (one attachment: ``附件：××``), no end punctuation."""
    names = [n.rstrip("。.，,；;") for n in doc.attachments]
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


def title_lines(doc: Document) -> list[str]:
    return [line.strip() for line in doc.title.split("\n") if line.strip()]


def block_lines(block: Block) -> list[str]:
    if isinstance(block, Heading | Paragraph):
        return [block.text]
    if isinstance(block, ListBlock):
        return list(block.item_texts())
    lines = [" ".join(block.header)]
    lines.extend(" ".join(row) for row in block.rows)
    return lines


def document_text(doc: Document) -> list[str]:
    """The canonical text lines, in reading order, as both renderers print them.

    Page numbers are not included. Table rows give one line each, cells joined by a space.
    """
    lines: list[str] = header_lines(doc)
    lines.append(doc.issuer_mark)
    if doc.doc_number:
        lines.append(doc.doc_number)
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
    cc = cc_line(doc)
    if cc:
        lines.append(cc)
    imprint = imprint_line_parts(doc)
    if imprint:
        lines.append(" ".join(p for p in imprint if p))
    return lines
