"""QtCharts panels of the 总览 tab: bar and line charts that can be saved as PNG and printed.

A :class:`ChartPanel` is a chart view with 另存为图片… (PNG rendered at twice the screen size,
so that it prints sharply and can go into a report) and 打印… (the print dialog, then the
chart drawn as vectors on the page), both also in the view's context menu and on Ctrl+S /
Ctrl+P while the chart has the focus. Sizes follow the font, so the charts fit at 150%.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCharts import (
    QAbstractAxis,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPoint, QRectF, Qt
from PySide6.QtGui import QAction, QColor, QCursor, QFont, QImage, QKeySequence, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from xuncha_desktop.errors import ExportError, XunchaError
from xuncha_desktop.fsutil import atomic_write_bytes

#: PNG images are rendered at this multiple of the on-screen size (print quality).
PNG_SCALE = 2.0
#: Height of a chart in text lines (so that it grows with the font at 150%).
CHART_LINES = 26
#: Category labels longer than this are shortened with "…" (the tooltip shows them whole).
LABEL_CHARS = 14
BAR_COLOUR = QColor("#3f7cc0")
LINE_COLOUR = QColor("#c0392b")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChartPanel", text)


def short_label(text: str, chars: int = LABEL_CHARS) -> str:
    """``text`` cut to ``chars`` characters with "…" when longer."""
    return text if len(text) <= chars else text[: chars - 1] + "…"


def _axis_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(base.pointSizeF() * 0.9, 7.0))
    return font


def _value_axis(title: str, maximum: float, *, percent: bool = False) -> QAbstractAxis:
    """The value axis; room is left after the largest bar for its label."""
    if percent:  # 0%–100% ticks, with room for a "100.0%" label after a full bar
        axis = QCategoryAxis()
        axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for v in range(0, 101, 20):
            axis.append(f"{v}%", v)
        axis.setRange(0, 118)
        axis.setTitleText(title)
        return axis
    values = QValueAxis()
    values.setTitleText(title)
    values.setRange(0, max(maximum * 1.15, 4.0))
    values.setLabelFormat("%d")
    values.applyNiceNumbers()
    return values


class SaveImage:
    """Where to save a chart picture (tests monkeypatch :meth:`ask`)."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            parent, _tr("另存为图片"), suggested, _tr("PNG 图片 (*.png)")
        )
        if not path:
            return None
        out = Path(path)
        return out if out.suffix.lower() == ".png" else out.with_name(out.name + ".png")


class AskPrinter:
    """The print dialog (tests monkeypatch :meth:`ask`); a ready printer or None."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(_tr("打印图表"))
        return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None


class ChartPanel(QWidget):
    """One chart with its 另存为图片… and 打印… buttons."""

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.title = title
        self.labels: list[str] = []
        self.values: list[float] = []
        self.last_message = ""
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().hide()
        self.view = QChartView(self.chart, self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.setAccessibleName(title)
        line = self.fontMetrics().height()
        self.view.setMinimumHeight(line * CHART_LINES)
        self.view.setMinimumWidth(self.fontMetrics().horizontalAdvance("国") * 24)

        self.save_action = QAction(_tr("另存为图片…"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save_as)
        self.print_action = QAction(_tr("打印…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_action.triggered.connect(self.print_chart)
        self.addAction(self.save_action)
        self.addAction(self.print_action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)

        self.save_button = QPushButton(_tr("另存为图片…"), self)
        self.save_button.setToolTip(_tr("把图表保存为 PNG 图片（高分辨率，可用于报告）；图表有焦点时按 Ctrl+S"))
        self.save_button.clicked.connect(self.save_as)
        self.print_button = QPushButton(_tr("打印…"), self)
        self.print_button.setToolTip(_tr("打印图表；图表有焦点时按 Ctrl+P"))
        self.print_button.clicked.connect(self.print_chart)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    # -- filling ------------------------------------------------------------------------------
    def _reset(self, labels: Sequence[str], values: Sequence[float]) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.labels = list(labels)
        self.values = [float(v) for v in values]
        empty = _tr("（暂无数据）") if not self.labels else ""
        self.chart.setTitle(self.title + empty)
        title_font = QFont(self.font())
        title_font.setBold(True)
        self.chart.setTitleFont(title_font)

    def set_bars(
        self,
        labels: Sequence[str],
        values: Sequence[float],
        *,
        category_title: str,
        value_title: str,
        horizontal: bool = False,
        percent: bool = False,
        tooltips: Sequence[str] | None = None,
    ) -> None:
        """A bar per label (horizontal bars read long Chinese labels best)."""
        self._reset(labels, values)
        tips = list(tooltips) if tooltips is not None else [
            f"{label}：{_fmt(v, percent)}" for label, v in zip(labels, values, strict=True)]
        bar_set = QBarSet(value_title)
        bar_set.setColor(BAR_COLOUR)
        bar_set.setLabelColor(QColor("black"))
        if horizontal:  # the first label on top
            bar_set.append([float(v) for v in reversed(self.values)])
            shown = [short_label(x) for x in reversed(self.labels)]
            tips = list(reversed(tips))
        else:
            bar_set.append(self.values)
            shown = [short_label(x, 8) for x in self.labels]
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
        series.append(bar_set)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value%" if percent else "@value")
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        if percent:
            series.setLabelsPrecision(4)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(shown if shown else [""])
        categories.setTitleText(category_title)
        categories.setLabelsFont(_axis_font(self.font()))
        categories.setTruncateLabels(False)
        values_axis = _value_axis(value_title, max(self.values, default=0), percent=percent)
        values_axis.setLabelsFont(_axis_font(self.font()))
        if horizontal:
            self.chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
            self.chart.addAxis(values_axis, Qt.AlignmentFlag.AlignBottom)
            line = self.fontMetrics().height()
            self.view.setMinimumHeight(max(line * CHART_LINES, int(line * 1.7 * (len(shown) + 6))))
        else:
            if len(shown) > 6:
                categories.setLabelsAngle(-45)
            self.chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
            self.chart.addAxis(values_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values_axis)

        def hovered(status: bool, index: int) -> None:
            if status and 0 <= index < len(tips):
                QToolTip.showText(QCursor.pos(), tips[index], self.view)
            else:
                QToolTip.hideText()

        bar_set.hovered.connect(hovered)

    def set_line(
        self, labels: Sequence[str], values: Sequence[float], *, category_title: str,
        value_title: str,
    ) -> None:
        """A line over categories (months), with the value at each point."""
        self._reset(labels, values)
        series = QLineSeries()
        series.setName(value_title)
        series.setColor(LINE_COLOUR)
        for i, v in enumerate(self.values):
            series.append(float(i), float(v))
        series.setPointsVisible(True)
        series.setPointLabelsVisible(True)
        series.setPointLabelsFormat("@yPoint")
        series.setPointLabelsClipping(False)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(self.labels if self.labels else [""])
        categories.setTitleText(category_title)
        categories.setLabelsFont(_axis_font(self.font()))
        categories.setTruncateLabels(False)
        if len(self.labels) > 8:
            categories.setLabelsAngle(-45)
        values_axis = _value_axis(value_title, max(self.values, default=0))
        values_axis.setLabelsFont(_axis_font(self.font()))
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(values_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values_axis)

    # -- output -------------------------------------------------------------------------------
    def image(self, scale: float = PNG_SCALE) -> QImage:
        """The chart as drawn on screen, at ``scale`` times its size, on white."""
        size = self.view.size()
        width = max(size.width(), self.view.minimumWidth())
        height = max(size.height(), self.view.minimumHeight())
        if size.width() < width or size.height() < height:
            self.view.resize(width, height)
        img = QImage(int(width * scale), int(height * scale), QImage.Format.Format_ARGB32)
        img.fill(QColor("white"))
        painter = QPainter(img)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.view.render(painter, QRectF(img.rect()), self.view.rect())
        painter.end()
        return img

    def save_png(self, path: Path, scale: float = PNG_SCALE) -> Path:
        """Write the chart as a PNG file (atomically: nothing half-written on error)."""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not self.image(scale).save(buffer, "PNG"):  # type: ignore[call-overload]
            raise ExportError(f"未能生成图表“{self.title}”的图片。", hint="请重试。")
        buffer.close()
        atomic_write_bytes(path, bytes(data.data()))
        return path

    def print_to(self, printer: QPrinter) -> None:
        """Draw the chart on one page of ``printer``, as large as fits, keeping its shape."""
        painter = QPainter()
        if not painter.begin(printer):
            raise ExportError("无法开始打印。", hint="请检查打印机是否可用，或打印到 PDF 文件。")
        try:
            page = printer.pageLayout().paintRectPixels(printer.resolution())
            source = self.view.rect()
            ratio = min(page.width() / max(source.width(), 1),
                        page.height() / max(source.height(), 1))
            target = QRectF(0, 0, source.width() * ratio, source.height() * ratio)
            self.view.render(painter, target, source)
        finally:
            painter.end()

    def save_as(self) -> bool:
        path = SaveImage.ask(self, self.title + ".png")
        if path is None:
            return False
        try:
            self.save_png(path)
        except XunchaError as err:
            from xuncha_desktop.ui.dialogs import show_error

            show_error(self, err)
            return False
        self.last_message = _tr("已保存图片：") + str(path)
        return True

    def print_chart(self) -> bool:
        printer = AskPrinter.ask(self, self.title)
        if printer is None:
            return False
        try:
            self.print_to(printer)
        except XunchaError as err:
            from xuncha_desktop.ui.dialogs import show_error

            show_error(self, err)
            return False
        self.last_message = _tr("已发送打印：") + self.title
        return True

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.save_action)
        menu.addAction(self.print_action)
        menu.exec(self.view.mapToGlobal(pos))


def _fmt(value: float, percent: bool) -> str:
    return f"{value:.1f}%" if percent else f"{value:g}"


__all__ = ["AskPrinter", "ChartPanel", "SaveImage", "short_label"]
