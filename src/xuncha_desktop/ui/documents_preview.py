"""In-memory PDF preview (QPdfView with page navigation and zoom) and printing of PDF bytes.

The documents window renders a document to PDF bytes (ReportLab) and shows them here without
touching the disk. :func:`print_pdf` paints the same bytes onto a :class:`QPrinter`, page by
page, so that what is printed is exactly what was previewed and exported.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from xuncha_desktop.errors import ExportError

__all__ = ["MAX_PRINT_DPI", "PdfPreview", "load_pdf", "pdf_text", "print_pdf"]

#: Pages are rasterised at most at this resolution when printing (a 1200 dpi A4 page would
#: need more than 500 MB of memory; 300 dpi is what office laser printers print text at).
MAX_PRINT_DPI = 300
_ZOOM_STEP = 1.25


def _tr(text: str) -> str:
    return QCoreApplication.translate("PdfPreview", text)


def load_pdf(data: bytes) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument over ``data`` (kept in a QBuffer that must live as long as the document)."""
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise ExportError(
            _tr("生成的 PDF 无法打开（{0}）。").format(document.error().name),
            hint=_tr("请重试；如果仍然出错，请将日志发给系统管理员。"),
        )
    return document, buffer


def pdf_text(document: QPdfDocument) -> str:
    """All text of the document, page after page (what a reader would find by searching)."""
    return "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))


def print_pdf(pdf_bytes: bytes, printer: QPrinter, from_page: int = 0, to_page: int = 0) -> int:
    """Print pages ``from_page``..``to_page`` (1-based, inclusive; 0 = first/last) of a PDF.

    Each page is rendered at the printer's resolution (at most :data:`MAX_PRINT_DPI`) into an
    image and painted onto the whole sheet, keeping the page's proportions, so the margins of
    the document (GB/T 9704) are kept as they are. Returns the number of pages printed.
    """
    document, buffer = load_pdf(pdf_bytes)
    try:
        count = document.pageCount()
        first = max(1, from_page or 1)
        last = min(count, to_page or count)
        if first > last:
            raise ExportError(
                _tr("所选页码范围（{0}—{1}）超出了文件的页数（共 {2} 页）。").format(
                    from_page, to_page, count
                ),
                hint=_tr("请重新选择要打印的页码。"),
            )
        printer.setFullPage(True)
        if not printer.docName():
            printer.setDocName(_tr("公文"))
        painter = QPainter()
        if not painter.begin(printer):
            raise ExportError(
                _tr("无法开始打印。"), hint=_tr("请检查打印机是否已连接并处于就绪状态。")
            )
        printed = 0
        try:
            dpi = max(72, min(printer.resolution(), MAX_PRINT_DPI))
            for page in range(first - 1, last):
                if printed and not printer.newPage():
                    raise ExportError(_tr("打印机拒绝了下一页。"), hint=_tr("请检查打印机。"))
                size_pt = document.pagePointSize(page)
                image_size = QSize(
                    max(1, round(size_pt.width() / 72 * dpi)),
                    max(1, round(size_pt.height() / 72 * dpi)),
                )
                image = document.render(page, image_size)
                target = QRectF(painter.viewport())
                scale = min(
                    target.width() / image_size.width(), target.height() / image_size.height()
                )
                w, h = image_size.width() * scale, image_size.height() * scale
                top_left = QPointF(
                    target.x() + (target.width() - w) / 2, target.y() + (target.height() - h) / 2
                )
                painter.drawImage(QRectF(top_left.x(), top_left.y(), w, h), image)
                printed += 1
        finally:
            painter.end()
        return printed
    finally:
        document.close()
        buffer.close()
        document.deleteLater()
        buffer.deleteLater()


class PdfPreview(QWidget):
    """A PDF in memory: page view (fit to width), previous/next page, zoom, or a message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: bytes | None = None
        self._buffer: QBuffer | None = None
        self._document = QPdfDocument(self)

        self.view = QPdfView(self)
        self.view.setDocument(self._document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)

        self.message = QLabel(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.message)
        self._stack.addWidget(self.view)

        self.prevButton = QToolButton(self)
        self.prevButton.setText(_tr("上一页"))
        self.nextButton = QToolButton(self)
        self.nextButton.setText(_tr("下一页"))
        self.pageLabel = QLabel(self)
        self.fitButton = QToolButton(self)
        self.fitButton.setText(_tr("适合宽度"))
        self.fitButton.setCheckable(True)
        self.fitButton.setChecked(True)
        self.zoomInButton = QToolButton(self)
        self.zoomInButton.setText(_tr("放大"))
        self.zoomOutButton = QToolButton(self)
        self.zoomOutButton.setText(_tr("缩小"))

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for w in (self.prevButton, self.pageLabel, self.nextButton):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.zoomOutButton, self.zoomInButton, self.fitButton):
            bar.addWidget(w)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self._stack, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("国") * 24)

        self.prevButton.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.nextButton.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        self.fitButton.toggled.connect(self._fit_toggled)
        self.zoomInButton.clicked.connect(lambda: self._zoom(_ZOOM_STEP))
        self.zoomOutButton.clicked.connect(lambda: self._zoom(1 / _ZOOM_STEP))
        self.view.pageNavigator().currentPageChanged.connect(self._update_controls)
        self.show_message(_tr("没有可预览的文件。"))

    # -- content -----------------------------------------------------------------------------
    def document(self) -> QPdfDocument:
        return self._document

    def pdf_bytes(self) -> bytes | None:
        """The bytes shown, or None while a message is shown."""
        return self._data

    def page_count(self) -> int:
        return self._document.pageCount() if self._data is not None else 0

    def text(self) -> str:
        return pdf_text(self._document) if self._data is not None else ""

    def set_pdf(self, data: bytes) -> int:
        """Show ``data``; returns the number of pages. The page shown stays where it was."""
        keep_page = self.current_page() if self._data is not None else 0
        self._unload()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._document.load(buffer)
        if self._document.status() != QPdfDocument.Status.Ready:
            buffer.close()
            buffer.deleteLater()
            self.show_message(_tr("无法显示预览：生成的 PDF 无法打开。"))
            return 0
        self._buffer = buffer
        self._data = data
        self._stack.setCurrentWidget(self.view)
        self.go_to_page(min(keep_page, self._document.pageCount() - 1))
        self._update_controls()
        return self._document.pageCount()

    def show_message(self, text: str) -> None:
        """Show ``text`` instead of a document (nothing selected, an error …)."""
        self._unload()
        self.message.setText(text)
        self._stack.setCurrentWidget(self.message)
        self._update_controls()

    def _unload(self) -> None:
        self._data = None
        if self._document.status() != QPdfDocument.Status.Null:
            self._document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None

    # -- navigation --------------------------------------------------------------------------
    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        count = self.page_count()
        if count == 0:
            return
        page = max(0, min(page, count - 1))
        nav = self.view.pageNavigator()
        nav.jump(page, QPointF(), nav.currentZoom())
        self._update_controls()

    def _fit_toggled(self, on: bool) -> None:
        if on:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        else:
            factor = self.view.zoomFactor()
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(factor)

    def _zoom(self, step: float) -> None:
        factor = self.view.zoomFactor()
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom and self.page_count():
            # The effective factor in fit-to-width mode: viewport width over page width.
            page_w = self._document.pagePointSize(self.current_page()).width() / 72
            page_w *= self.logicalDpiX()
            if page_w > 0:
                factor = self.view.viewport().width() / page_w
        self.fitButton.blockSignals(True)
        self.fitButton.setChecked(False)
        self.fitButton.blockSignals(False)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.2, min(5.0, factor * step)))

    def _update_controls(self, *_args: object) -> None:
        count = self.page_count()
        page = self.current_page() if count else 0
        self.pageLabel.setText(_tr("第 {0} / {1} 页").format(page + 1, count) if count else "")
        self.prevButton.setEnabled(count > 0 and page > 0)
        self.nextButton.setEnabled(count > 0 and page < count - 1)
        for w in (self.fitButton, self.zoomInButton, self.zoomOutButton):
            w.setEnabled(count > 0)
