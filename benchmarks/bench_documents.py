"""Benchmark the PDF export (run on demand: ``PYTHONPATH=src python benchmarks/bench_documents.py``).

1. Our PDF export of a ~100-page report vs the floor: plain ReportLab platypus setting the same
   paragraphs with the same font (``wordWrap='CJK'``, no 禁则, no page furniture). Target ≤ 1.3×.
2. LibreOffice converting our DOCX of the same report to PDF vs our PDF export. Target ≥ 10×.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import SimpleDocTemplate

from xuncha_desktop.documents import layout as L
from xuncha_desktop.documents.docx_render import render_docx
from xuncha_desktop.documents.fonts import resolve_fonts
from xuncha_desktop.documents.model import Document, Heading, Paragraph, Table
from xuncha_desktop.documents.pdf_render import render_pdf

SENTENCE = (
    "巡查工作原则上不直接查处具体问题和事故隐患，对巡查中发现的重大隐患和非法违法行为，"
    "及时督促市县政府和相关部门依法依规整改处理。"
)


def report(sections: int = 42) -> Document:
    blocks: list[Heading | Paragraph | Table] = []
    for s in range(1, sections + 1):
        blocks.append(Heading(1, f"{s}.巡查发现的问题"))
        for p in range(6):
            blocks.append(Paragraph(f"（{p + 1}）" + SENTENCE * 3))
        if s % 4 == 0:
            blocks.append(
                Table(
                    ("序号", "问题", "责任单位", "整改时限"),
                    tuple(
                        (str(i), SENTENCE[:30], "市应急管理局", "2026年9月30日") for i in range(8)
                    ),
                )
            )
    return Document(
        issuer_mark="海南省安全生产委员会办公室文件",
        doc_number="琼安委办〔2026〕12号",
        title="关于三亚市安全生产巡查情况的报告",
        addressee="省安委会",
        blocks=tuple(blocks),
    )


def best_of(n: int, fn: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(n):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main() -> int:
    fonts = resolve_fonts()
    doc = report()
    body_font = fonts.pdf_font("body")

    def ours() -> bytes:
        buf = io.BytesIO()
        render_pdf(doc, fonts, buf)
        return buf.getvalue()

    texts = [b.text for b in doc.blocks if isinstance(b, Heading | Paragraph)]
    texts += [" ".join(r) for b in doc.blocks if isinstance(b, Table) for r in b.rows]
    style = ParagraphStyle(
        "body",
        fontName=body_font,
        fontSize=L.BODY_SIZE,
        leading=L.LINE_PITCH,
        firstLineIndent=2 * L.BODY_SIZE,
        wordWrap="CJK",
    )

    def floor() -> bytes:
        buf = io.BytesIO()
        SimpleDocTemplate(
            buf,
            pagesize=(L.PAGE_WIDTH, L.PAGE_HEIGHT),
            leftMargin=L.MARGIN_LEFT,
            rightMargin=L.MARGIN_RIGHT,
            topMargin=L.MARGIN_TOP,
            bottomMargin=L.MARGIN_BOTTOM,
        ).build([RLParagraph(t, style) for t in texts])
        return buf.getvalue()

    ours(), floor()  # warm up: font loading, width caches
    pages = len(PdfReader(io.BytesIO(ours())).pages)
    floor_pages = len(PdfReader(io.BytesIO(floor())).pages)
    t_ours = best_of(5, ours)
    t_floor = best_of(5, floor)
    print(f"report: {pages} pages (plain ReportLab: {floor_pages} pages)")
    print(f"our PDF export        {t_ours * 1000:8.1f} ms")
    print(f"plain ReportLab floor {t_floor * 1000:8.1f} ms")
    print(f"ratio ours/floor      {t_ours / t_floor:8.2f}x   (target <= 1.3x)")

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("LibreOffice not installed: skipped the DOCX conversion comparison")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "report.docx"
        with src.open("wb") as fh:
            render_docx(doc, fonts, fh)
        profile = f"-env:UserInstallation=file://{tmp}/profile"
        cmd = [soffice, "--headless", profile, "--convert-to", "pdf", "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, capture_output=True)  # first run creates the profile
        t_lo = best_of(3, lambda: subprocess.run(cmd, check=True, capture_output=True))
        lo_pages = len(PdfReader(Path(tmp) / "report.pdf").pages)
    print(f"LibreOffice DOCX->PDF {t_lo * 1000:8.1f} ms ({lo_pages} pages)")
    print(f"ratio LibreOffice/ours{t_lo / t_ours:8.2f}x   (target >= 10x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
