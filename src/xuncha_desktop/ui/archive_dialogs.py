"""工具 → 核验证据档案… and 工具 → 生成归档案卷…: long work off the UI thread, with cancel.

The work is done by :mod:`xuncha_desktop.archive` in a :class:`~ui.documents_jobs.Job`; the
progress comes back through a relay object that lives in the UI thread, so the worker never
touches a widget.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QMessageBox, QWidget

from xuncha_desktop.archive.layout import resolve_archive_dir
from xuncha_desktop.archive.package import PackageCancelled, PackageResult, build_package, safe_name
from xuncha_desktop.archive.verify import Problem, VerifyCancelled, VerifyReport, verify_archive
from xuncha_desktop.db.engine import Database
from xuncha_desktop.documents.fonts import FontSet, resolve_fonts
from xuncha_desktop.errors import XunchaError
from xuncha_desktop.services.queries import plan_choices, target_choices
from xuncha_desktop.ui.dialogs import show_error
from xuncha_desktop.ui.documents_jobs import Cancelled, Job, render_locked
from xuncha_desktop.ui.forms.ui_archive_package_dialog import Ui_ArchivePackageDialog
from xuncha_desktop.ui.forms.ui_archive_verify_dialog import Ui_ArchiveVerifyDialog

if TYPE_CHECKING:
    from xuncha_desktop.ui.main_window import MainWindow

Index = QModelIndex | QPersistentModelIndex
PERMILLE = 1000


class ProgressRelay(QObject):
    """Lives in the UI thread; the worker emits, the dialog's slot runs in the UI thread."""

    progress = Signal(int, str)  # permille, text


def _permille(done: int, total: int) -> int:
    return PERMILLE if total <= 0 else min(PERMILLE, done * PERMILLE // total)


class ProblemModel(QAbstractTableModel):
    """The problems of a verification: kind, record, detail, file."""

    HEADERS = ("问题", "所属记录", "说明", "文件")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Problem] = []

    def set_problems(self, problems: list[Problem]) -> None:
        self.beginResetModel()
        self._rows = list(problems)
        self.endResetModel()

    def problem(self, row: int) -> Problem:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        p = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (p.kind, p.records or self.tr("（无记录）"), p.detail, p.path)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return p.text
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            return self.tr(self.HEADERS[section])
        return None


class _JobDialog(QDialog):
    """What both dialogs share: one job at a time in a private pool, progress, cancel."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._job: Job | None = None
        self.relay = ProgressRelay(self)

    def busy(self) -> bool:
        return self._job is not None

    def wait(self, msecs: int = 30000) -> bool:
        return self._pool.waitForDone(msecs)

    def _run(self, fn: Callable[[Callable[[], bool]], Any]) -> None:
        job = Job(fn)
        job.signals.done.connect(self._job_done)
        job.signals.failed.connect(self._job_failed)
        job.signals.cancelled.connect(self._job_cancelled)
        job.signals.crashed.connect(self._job_crashed)
        self._job = job
        self._set_running(True)
        self._pool.start(job)

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._status(self.tr("正在取消……"))

    def _end(self) -> None:
        self._job = None
        self._set_running(False)

    @Slot(object)
    def _job_done(self, result: object) -> None:
        self._end()
        self._finished(result)

    @Slot(object)
    def _job_failed(self, err: object) -> None:
        self._end()
        if isinstance(err, XunchaError):
            self._status(err.message)
            show_error(self, err)
        self._failed(err)

    @Slot()
    def _job_cancelled(self) -> None:
        self._end()
        self._was_cancelled()

    @Slot(object)
    def _job_crashed(self, info: object) -> None:
        self._end()
        self._status(self.tr("操作出错。"))
        self._failed(info)
        if isinstance(info, tuple) and len(info) == 3:
            sys.excepthook(*info)

    def reject(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.wait()
        super().reject()

    # -- for the subclasses -----------------------------------------------------------------
    def _set_running(self, running: bool) -> None:
        raise NotImplementedError

    def _status(self, text: str) -> None:
        raise NotImplementedError

    def _finished(self, result: object) -> None:
        raise NotImplementedError

    def _failed(self, err: object) -> None:
        raise NotImplementedError

    def _was_cancelled(self) -> None:
        raise NotImplementedError


class VerifyDialog(_JobDialog):
    """Re-hash every evidence file and list each missing, changed or unknown file."""

    #: The :class:`VerifyReport`, or None when cancelled or failed.
    verifyFinished = Signal(object)

    def __init__(self, db: Database, archive_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.archive_dir = db, archive_dir
        self.ui = Ui_ArchiveVerifyDialog()
        self.ui.setupUi(self)
        self.ui.folderLabel.setText(self.tr("证据档案文件夹：") + str(archive_dir))
        self.model = ProblemModel(self)
        self.ui.resultView.setModel(self.model)
        header = self.ui.resultView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.ui.resultView.verticalHeader().setVisible(False)
        self.ui.progressBar.setRange(0, PERMILLE)
        self.ui.progressBar.setVisible(False)
        self.ui.cancelButton.setVisible(False)
        self.ui.startButton.clicked.connect(self.start)
        self.ui.cancelButton.clicked.connect(self.cancel)
        self.ui.closeButton.clicked.connect(self.reject)
        self.relay.progress.connect(self._progress)
        self.report: VerifyReport | None = None
        char, line = self.fontMetrics().horizontalAdvance("国"), self.fontMetrics().height()
        self.resize(char * 60, line * 28)
        for column, chars in enumerate((5, 22, 18)):
            self.ui.resultView.setColumnWidth(column, char * chars)
        self._status(self.tr("按“开始核验”重新计算每个证据文件的 SHA-256 并与记录比对。"))

    def start(self) -> None:
        if self.busy():
            return
        db, folder, relay = self.db, self.archive_dir, self.relay
        self.model.set_problems([])
        self.report = None

        def work(cancelled: Callable[[], bool]) -> VerifyReport:
            last = [-1]

            def progress(done: int, total: int, files_done: int, files_total: int) -> None:
                permille = _permille(done, total)
                if permille != last[0]:
                    last[0] = permille
                    relay.progress.emit(permille, f"{files_done}/{files_total}")

            try:
                return verify_archive(db, folder, progress=progress, cancelled=cancelled)
            except VerifyCancelled:
                raise Cancelled from None

        self._status(self.tr("正在核验……"))
        self._run(work)

    @Slot(int, str)
    def _progress(self, permille: int, text: str) -> None:
        self.ui.progressBar.setValue(permille)
        self._status(self.tr("正在核验……已完成 %1 个文件").replace("%1", text))

    def _set_running(self, running: bool) -> None:
        self.ui.progressBar.setVisible(running or self.ui.progressBar.value() > 0)
        self.ui.cancelButton.setVisible(running)
        self.ui.startButton.setEnabled(not running)
        if running:
            self.ui.progressBar.setValue(0)

    def _status(self, text: str) -> None:
        self.ui.statusLabel.setText(text)

    def _finished(self, result: object) -> None:
        assert isinstance(result, VerifyReport)
        self.report = result
        self.model.set_problems(result.problems)
        self.ui.progressBar.setValue(PERMILLE)
        self._status(self.tr(result.summary()))
        self.verifyFinished.emit(result)

    def _failed(self, err: object) -> None:
        self.verifyFinished.emit(None)

    def _was_cancelled(self) -> None:
        self._status(self.tr("核验已取消，未完成的部分没有检查。"))
        self.verifyFinished.emit(None)

    @classmethod
    def ask(cls, parent: QWidget | None, db: Database, archive_dir: Path) -> VerifyReport | None:
        dialog = cls(db, archive_dir, parent)
        dialog.start()
        dialog.exec()
        report = dialog.report
        dialog.deleteLater()
        return report


class SaveFile:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, start: str) -> str:
        """The chosen .zip path, "" when cancelled. Tests monkeypatch this."""
        path, _ = QFileDialog.getSaveFileName(parent, title, start, "归档案卷 (*.zip)")
        return path


class ConfirmOverwrite:
    @classmethod
    def ask(cls, parent: QWidget | None, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, "文件已存在", text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
        box.button(QMessageBox.StandardButton.Yes).setText("替换")
        box.button(QMessageBox.StandardButton.No).setText("取消")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes


class PackageDialog(_JobDialog):
    """Pick a tour and a file; write its archive package."""

    #: The :class:`PackageResult`, or None when cancelled or failed.
    packageFinished = Signal(object)

    def __init__(self, db: Database, archive_dir: Path, parent: QWidget | None = None, *,
                 fonts: FontSet | None = None, font_choice: dict[str, str] | None = None,
                 plan_id: int | None = None, target_id: int | None = None) -> None:
        super().__init__(parent)
        self.db, self.archive_dir = db, archive_dir
        self._fonts, self._font_choice = fonts, font_choice
        self.ui = Ui_ArchivePackageDialog()
        self.ui.setupUi(self)
        self.ui.progressBar.setRange(0, PERMILLE)
        self.ui.progressBar.setVisible(False)
        self.ui.cancelButton.setVisible(False)
        self.ui.outEdit.setPlaceholderText(self.tr("选择保存位置和文件名（.zip）"))
        self._suggested = ""
        for choice in plan_choices(db):
            self.ui.planCombo.addItem(choice.label, choice.id)
        self.ui.planCombo.currentIndexChanged.connect(self._plan_changed)
        self.ui.targetCombo.currentIndexChanged.connect(self._suggest_name)
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.buildButton.clicked.connect(self.build)
        self.ui.cancelButton.clicked.connect(self.cancel)
        self.ui.closeButton.clicked.connect(self.reject)
        self.relay.progress.connect(self._progress)
        self.package_result: PackageResult | None = None
        if plan_id is not None:
            self.ui.planCombo.setCurrentIndex(max(self.ui.planCombo.findData(plan_id), 0))
        self._plan_changed()
        if target_id is not None:
            self.ui.targetCombo.setCurrentIndex(max(self.ui.targetCombo.findData(target_id), 0))
        char, line = self.fontMetrics().horizontalAdvance("国"), self.fontMetrics().height()
        self.resize(char * 50, line * 16)

    def selected_target(self) -> int | None:
        value: Any = self.ui.targetCombo.currentData()
        return int(value) if value is not None else None

    def _plan_changed(self, _index: int = -1) -> None:
        combo = self.ui.targetCombo
        combo.blockSignals(True)
        combo.clear()
        plan: Any = self.ui.planCombo.currentData()
        if plan is not None:
            for choice in target_choices(self.db, int(plan)):
                combo.addItem(choice.label, choice.id)
        combo.blockSignals(False)
        self._suggest_name()

    def _suggest_name(self, _index: int = -1) -> None:
        if self.ui.outEdit.text() and self.ui.outEdit.text() != self._suggested:
            return  # the clerk typed or chose a name: keep it
        label = self.ui.targetCombo.currentText().split(" (")[0]
        if not label:
            return
        folder = self.db.target.path.parent if self.db.target.path is not None else Path.home()
        self._suggested = str(folder / (safe_name("归档案卷_" + label.replace(" · ", "_")) + ".zip"))
        self.ui.outEdit.setText(self._suggested)

    def browse(self) -> None:
        path = SaveFile.ask(self, self.tr("保存归档案卷"), self.ui.outEdit.text())
        if path:
            self.ui.outEdit.setText(path if path.lower().endswith(".zip") else path + ".zip")

    def build(self) -> None:
        if self.busy():
            return
        target = self.selected_target()
        if target is None:
            self._status(self.tr("请先选择巡查对象。"))
            return
        text = self.ui.outEdit.text().strip()
        if not text:
            self._status(self.tr("请选择保存位置。"))
            return
        out = Path(text)
        if out.suffix.lower() != ".zip":
            out = out.with_name(out.name + ".zip")
            self.ui.outEdit.setText(str(out))
        if out.exists() and not ConfirmOverwrite.ask(
                self, self.tr("“%1”已存在，要替换它吗？").replace("%1", out.name)):
            return
        db, folder, relay = self.db, self.archive_dir, self.relay
        fonts, choice = self._fonts, self._font_choice
        self.package_result = None

        def work(cancelled: Callable[[], bool]) -> PackageResult:
            last = [-1]

            def progress(done: int, total: int, what: str) -> None:
                permille = _permille(done, total)
                if permille != last[0]:
                    last[0] = permille
                    relay.progress.emit(permille, what)

            try:
                return build_package(db, target, out, folder, fonts or resolve_fonts(choice or None),
                                     progress=progress, cancelled=cancelled, render=render_locked)
            except PackageCancelled:
                raise Cancelled from None

        self._status(self.tr("正在生成归档案卷……"))
        self._run(work)

    @Slot(int, str)
    def _progress(self, permille: int, what: str) -> None:
        self.ui.progressBar.setValue(permille)
        self._status(self.tr("正在写入：") + what)

    def _set_running(self, running: bool) -> None:
        self.ui.progressBar.setVisible(running or self.ui.progressBar.value() > 0)
        self.ui.cancelButton.setVisible(running)
        for w in (self.ui.buildButton, self.ui.planCombo, self.ui.targetCombo, self.ui.outEdit,
                  self.ui.browseButton):
            w.setEnabled(not running)
        if running:
            self.ui.progressBar.setValue(0)

    def _status(self, text: str) -> None:
        self.ui.statusLabel.setText(text)

    def _finished(self, result: object) -> None:
        assert isinstance(result, PackageResult)
        self.package_result = result
        self.ui.progressBar.setValue(PERMILLE)
        text = result.summary()
        if result.warnings:
            text += "\n" + self.tr("字体提示：") + "；".join(result.warnings[:3])
        self._status(text)
        self.packageFinished.emit(result)

    def _failed(self, err: object) -> None:
        self.packageFinished.emit(None)

    def _was_cancelled(self) -> None:
        self.ui.progressBar.setValue(0)
        self._status(self.tr("已取消生成归档案卷，没有留下文件。"))
        self.packageFinished.emit(None)


    @classmethod
    def ask(cls, parent: QWidget | None, db: Database, archive_dir: Path, *,
            font_choice: dict[str, str] | None = None, plan_id: int | None = None,
            target_id: int | None = None) -> PackageResult | None:
        """Show the dialog; the package written last, or None."""
        dialog = cls(db, archive_dir, parent, font_choice=font_choice, plan_id=plan_id,
                     target_id=target_id)
        dialog.exec()
        result = dialog.package_result
        dialog.deleteLater()
        return result


# -- the main window's menu -------------------------------------------------------------------
def archive_dir_of(window: MainWindow) -> Path | None:
    try:
        return resolve_archive_dir(window.db.target, window.settings.archive_dir)
    except XunchaError as err:
        show_error(window, err)
        return None


def open_verify(window: MainWindow) -> None:
    folder = archive_dir_of(window)
    if folder is not None:
        VerifyDialog.ask(window, window.db, folder)


def open_package(window: MainWindow) -> None:
    folder = archive_dir_of(window)
    if folder is None:
        return
    PackageDialog.ask(window, window.db, folder, font_choice=window.settings.fonts,
                      plan_id=window.selected_plan_id(), target_id=window.selected_target_id())


def install_archive_actions(window: MainWindow) -> tuple[QAction, QAction]:
    """工具 → 核验证据档案…, 生成归档案卷…"""
    verify = QAction(window.tr("核验证据档案(&V)…"), window)
    verify.setStatusTip(window.tr("重新计算每个证据文件的 SHA-256，报告缺失、改动和多余的文件"))
    verify.triggered.connect(lambda _=False: open_verify(window))
    package = QAction(window.tr("生成归档案卷(&K)…"), window)
    package.setStatusTip(window.tr("把一个巡查对象的记录、公文和证据写成一个可核验的 zip 文件"))
    package.triggered.connect(lambda _=False: open_package(window))
    window.ui.menuTools.addSeparator()
    window.ui.menuTools.addAction(verify)
    window.ui.menuTools.addAction(package)
    setattr(window, "archive_verify_action", verify)  # noqa: B010
    setattr(window, "archive_package_action", package)  # noqa: B010
    return verify, package


__all__ = [
    "ConfirmOverwrite",
    "PackageDialog",
    "ProblemModel",
    "SaveFile",
    "VerifyDialog",
    "install_archive_actions",
]
