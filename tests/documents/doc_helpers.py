"""Helpers for the document engine tests: sample documents and text extraction."""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

from xuncha_desktop.documents.model import Document, Heading, ListBlock, Paragraph, Table

SEED_SENTENCE = (
    "巡查工作原则上不直接查处具体问题和事故隐患，对巡查中发现的重大隐患和非法违法行为，"
    "及时督促市县政府和相关部门依法依规整改处理。"
)

PAGE_NUMBER = re.compile(r"—\s*\d+\s*—")


def make_document(paragraphs: int = 6, *, table_rows: int = 2) -> Document:
    blocks: list[Any] = [
        Heading(1, "一、巡查依据"),
        Paragraph(
            "根据《海南省安全生产巡查工作制度（试行）》（琼府〔2016〕71号）和省安委会2026年度"
            "安全生产巡查工作计划，经省安委会同意，省安全生产第一巡查组将于2026年7月20日至"
            "7月31日对三亚市开展安全生产巡查。现将有关事项通知如下："
        ),
        Heading(2, "（一）巡查时间"),
        Paragraph("2026年7月20日至7月31日。"),
        Heading(3, "1.进驻安排"),
        Heading(4, "（1）动员会"),
        Table(
            ("组内职务", "姓名", "单位及职务"),
            tuple(
                (("组长" if i == 0 else "成员"), f"王某{i}", "省应急管理厅综合处四级调研员")
                for i in range(table_rows)
            ),
            (2, 2, 6),
        ),
        ListBlock(("听取汇报", "查阅资料"), numbered=True),
    ]
    blocks += [Paragraph(SEED_SENTENCE * 3) for _ in range(paragraphs)]
    return Document(
        issuer_mark="海南省安全生产委员会办公室文件",
        doc_number="琼安委办〔2026〕12号",
        title="关于对三亚市开展\n安全生产巡查的通知",
        addressee="三亚市人民政府",
        blocks=tuple(blocks),
        attachments=("巡查组成员名单", "巡查内容"),
        signer="海南省安全生产委员会办公室",
        date=dt.date(2026, 7, 4),
        cc=("省委组织部", "省应急管理厅"),
        printer="海南省安全生产委员会办公室",
        print_date=dt.date(2026, 7, 4),
    )


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_text(data: bytes) -> list[str]:
    """Text of each PDF page (pypdf)."""
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def docx_text(data: bytes) -> str:
    """Body text of a DOCX in document order, paragraphs and table cells (python-docx)."""
    import docx
    from docx.oxml.ns import qn

    d = docx.Document(io.BytesIO(data))
    out: list[str] = []
    for child in d.element.body.iterchildren():
        if child.tag == qn("w:p"):
            out.append("".join(t.text or "" for t in child.iter(qn("w:t"))))
        elif child.tag == qn("w:tbl"):
            for tr in child.iter(qn("w:tr")):
                seen: list[str] = []
                for tc in tr.iter(qn("w:tc")):
                    seen.append("".join(t.text or "" for t in tc.iter(qn("w:t"))))
                out.append(" ".join(seen))
    return "\n".join(out)
