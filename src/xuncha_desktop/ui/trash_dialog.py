"""工具 → 回收站…: deleted records, restore, and purge (管理员 only, with a reason).

Purging takes a verified backup of the database first, so it runs in a worker thread with a
progress dialog and cancel; a cancelled purge changes nothing.
"""

from __future__ import annotations

import threading
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QInputDialog,
    QProgressDialog,
    QWidget,
)

from xuncha_desktop import APP_NAME
from xuncha_desktop.config import LocalSettings
from xuncha_desktop.db import backup as bk
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import XunchaError
from xuncha_desktop.services import roles, trash
from xuncha_desktop.ui.backup_dialog import start_worker
from xuncha_desktop.ui.dialogs import _chinese_buttons, show_error
from xuncha_desktop.ui.forms.ui_trash_dialog import Ui_TrashDialog
from xuncha_desktop.ui.plans_models import Col, RowsModel

if TYPE_CHECKING:
    from xuncha_desktop.ui.main_window import MainWindow


def _when(value: Any) -> str:
    return f"{value.year}年{value.month}月{value.day}日 {value:%H:%M}"


class PurgeWorker(QObject):
    """Backs up the database, then purges one trash item (in a worker thread)."""

    progress = Signal(int, int)
    done = Signal(object)  # trash.PurgeResult
    failed = Signal(object)  # XunchaError

    def __init__(self, db: Database, trash_id: int, reason: str, settings: LocalSettings
                 ) -> None:
        super().__init__()
        self.db, self.trash_id, self.reason, self.settings = db, trash_id, reason, settings
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def _step(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise bk.BackupCancelled()
        self.progress.emit(done, total)

    def run(self) -> None:
        s = self.settings
        try:
            result = trash.purge(
                self.db, self.trash_id, self.reason,
                backup_dir=Path(s.backup_dir).expanduser() if s.backup_dir else None,
                archive_dir=Path(s.archive_dir).expanduser() if s.archive_dir else None,
                progress=self._step,
            )
        except XunchaError as err:
            self.failed.emit(err)
        else:
            self.done.emit(result)


class TrashDialog(QDialog):
    #: Emitted after a record was restored (the main window refreshes its lists).
    restored = Signal()

    def __init__(self, db: Database, settings: LocalSettings, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.db, self.settings = db, settings
        self.ui = Ui_TrashDialog()
        self.ui.setupUi(self)
        _chinese_buttons(self.ui.buttonBox)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.model = RowsModel([
            Col(self.tr("类别"), lambda r: r.kind),
            Col(self.tr("名称"), lambda r: r.title),
            Col(self.tr("删除人"), lambda r: r.deleted_by),
            Col(self.tr("删除时间"), lambda r: _when(r.deleted_at)),
            Col(self.tr("删除原因"), lambda r: r.reason),
            Col(self.tr("数据条数"), lambda r: r.rows, align_right=True),
        ], self)
        self.log_model = RowsModel([
            Col(self.tr("类别"), lambda r: r.kind),
            Col(self.tr("名称"), lambda r: r.title),
            Col(self.tr("删除人"), lambda r: r.deleted_by),
            Col(self.tr("删除时间"), lambda r: _when(r.deleted_at)),
            Col(self.tr("清除人"), lambda r: r.purged_by),
            Col(self.tr("清除时间"), lambda r: _when(r.purged_at)),
            Col(self.tr("清除原因"), lambda r: r.reason),
            Col(self.tr("内容哈希"), lambda r: r.payload_sha256[:16] + "…"),
        ], self)
        self.ui.trashView.setModel(self.model)
        self.ui.logView.setModel(self.log_model)
        for view in (self.ui.trashView, self.ui.logView):
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            # 名称 takes the spare width (not the narrow last column, 数据条数 / 内容哈希)
            header.setStretchLastSection(False)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            header.setMinimumSectionSize(view.fontMetrics().horizontalAdvance("国国国") + 8)
        self.ui.restoreButton.clicked.connect(self.restore_selected)
        self.ui.purgeButton.clicked.connect(self.purge_selected)
        self.ui.trashView.doubleClicked.connect(lambda _i: self.restore_selected())
        self.role = roles.current_role(db)
        if not self.role.is_admin:
            self.ui.purgeButton.setEnabled(False)
            self.ui.purgeButton.setToolTip(self.tr("只有管理员可以彻底删除。"))
        self._worker: PurgeWorker | None = None
        self._thread: QThread | None = None
        self._progress: QProgressDialog | None = None
        line = self.fontMetrics().height()
        char = self.fontMetrics().horizontalAdvance("国")
        self.resize(char * 64, line * 26)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(trash.list_trash(self.db))
        self.log_model.set_rows(trash.list_purge_log(self.db))
        for view in (self.ui.trashView, self.ui.logView):
            view.resizeColumnsToContents()
        if self.model.rowCount():
            self.ui.trashView.selectRow(0)
        has_rows = self.model.rowCount() > 0
        self.ui.restoreButton.setEnabled(has_rows)
        self.ui.purgeButton.setEnabled(has_rows and self.role.is_admin)
        if not has_rows:
            self.ui.messageLabel.setText(self.tr("回收站是空的。"))

    def selected(self) -> trash.TrashRow | None:
        index = self.ui.trashView.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        return row if isinstance(row, trash.TrashRow) else None

    def _need_selection(self) -> trash.TrashRow | None:
        row = self.selected()
        if row is None:
            self.ui.messageLabel.setText(self.tr("请先选中回收站中的一条记录。"))
        return row

    def restore_selected(self) -> None:
        row = self._need_selection()
        if row is None:
            return
        try:
            result = trash.restore(self.db, row.id)
        except XunchaError as err:
            self.ui.messageLabel.setText(err.message)
            show_error(self, err)
            return
        self.reload()
        self.ui.messageLabel.setText(result.text)
        self.restored.emit()

    @classmethod
    def ask_reason(cls, parent: QWidget, row: trash.TrashRow) -> str | None:
        """The reason for purging (None: cancelled). Tests replace this."""
        text, ok = QInputDialog.getMultiLineText(
            parent, parent.tr("彻底删除"),
            parent.tr("彻底删除{0}“{1}”后将无法恢复。删除前会自动备份数据库，"
                      "并在删除记录中保存：删除的内容、删除人、时间和理由。\n\n"
                      "请写明彻底删除的理由：").format(row.kind, row.title))
        return text if ok else None

    def purge_selected(self) -> None:
        row = self._need_selection()
        if row is None:
            return
        if not self.role.is_admin:
            show_error(self, roles.denied(self.role, "purge_log", "彻底删除"))
            return
        reason = type(self).ask_reason(self, row)
        if reason is None:
            return
        if not reason.strip():
            self.ui.messageLabel.setText(self.tr("彻底删除必须写明理由，未删除。"))
            return
        self._start_purge(row, reason)

    def _start_purge(self, row: trash.TrashRow, reason: str) -> None:
        progress = QProgressDialog(self.tr("正在备份数据库，然后彻底删除……"), self.tr("取消"),
                                   0, 0, self)
        progress.setWindowTitle(APP_NAME)
        progress.setMinimumDuration(0)
        worker = PurgeWorker(self.db, row.id, reason, self.settings)
        worker.progress.connect(self._on_progress)
        worker.done.connect(self._on_done)
        worker.failed.connect(self._on_failed)
        progress.canceled.connect(worker.cancel)
        self._worker, self._progress = worker, progress
        self.ui.purgeButton.setEnabled(False)
        self._thread = start_worker(self, worker)  # type: ignore[arg-type]
        progress.show()

    def _on_progress(self, done: int, total: int) -> None:
        if self._progress is not None and total > 0:
            self._progress.setMaximum(total)
            self._progress.setValue(done)

    def _finish(self) -> None:
        if self._thread is not None:
            self._thread.wait()
            self._thread = None
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
        self._worker = None

    def _on_done(self, result: trash.PurgeResult) -> None:
        self._finish()
        self.reload()
        self.ui.messageLabel.setText(result.text)

    def _on_failed(self, err: XunchaError) -> None:
        self._finish()
        self.reload()
        self.ui.messageLabel.setText(err.message)
        if not isinstance(err, bk.BackupCancelled):
            show_error(self, err)

    def wait_for_purge(self) -> None:
        if self._thread is not None:
            self._thread.wait()

    @classmethod
    def ask(cls, window: MainWindow) -> None:
        dialog = cls(window.db, window.settings, window)
        dialog.restored.connect(window.refresh)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()


class DeleteConfirm:
    """Asks before a record goes to the trash; returns the reason ("" allowed) or None."""

    @classmethod
    def ask(cls, parent: QWidget, kind: str, title: str) -> str | None:
        text, ok = QInputDialog.getText(
            parent, parent.tr("删除"),
            parent.tr("删除{0}“{1}”？\n它和它的状态变更、证据关联等会一起移入回收站，"
                      "可在 工具 → 回收站 中原样恢复。\n\n删除原因（可选）：").format(kind, title))
        return text if ok else None


_DELETABLE = {"finding": "Finding", "interview": "Interview", "plan": "Plan"}


def delete_selected(window: MainWindow) -> bool:
    """Move the plan, finding or interview selected in the current tab to the trash."""
    from xuncha_desktop.db import models as m
    from xuncha_desktop.services import crud
    from xuncha_desktop.ui.history_panel import selected_record

    record = selected_record(window)
    if record is None:
        window.statusBar().showMessage(
            window.tr("请先在“巡查计划”“问题隐患”或“约谈”中选中要删除的记录。"), 8000)
        return False
    entity, ident, title = record
    kind = trash.kind_label(entity)
    reason = DeleteConfirm.ask(window, kind, title or window.tr("编号 {0}").format(ident))
    if reason is None:
        return False
    try:
        crud.delete(window.db, getattr(m, _DELETABLE[entity]), ident, reason=reason)
    except XunchaError as err:
        show_error(window, err)
        return False
    window.refresh()
    window.statusBar().showMessage(
        window.tr("已把{0}“{1}”移入回收站；可在 工具 → 回收站 中恢复。").format(
            kind, title or ident), 10000)
    return True


def _delete_from_tab(window: MainWindow, tab: int, _checked: bool = False) -> None:
    window.ui.tabWidget.setCurrentIndex(tab)
    delete_selected(window)


def _delete_buttons(window: MainWindow) -> dict[int, QWidget]:
    from PySide6.QtWidgets import QPushButton

    from xuncha_desktop.ui.history_panel import _insert_after

    buttons: dict[int, QWidget] = {}
    for tab, anchor in getattr(window, "history_buttons", {}).items():
        button = QPushButton(window.tr("删除…"), anchor.parentWidget())
        button.setToolTip(window.tr("移入回收站（可恢复）"))
        button.clicked.connect(partial(_delete_from_tab, window, tab))
        if _insert_after(anchor, button):
            buttons[tab] = button
        else:
            button.deleteLater()
    return buttons


def install_records_actions(window: MainWindow) -> None:
    """工具 → 回收站…, 操作员与权限…, 记录历史… (Ctrl+H)."""
    from xuncha_desktop.ui.history_panel import install_history_action
    from xuncha_desktop.ui.operators_dialog import OperatorsDialog

    window.ui.menuTools.addSeparator()
    trash_action = QAction(window.tr("回收站(&T)…"), window)
    trash_action.triggered.connect(lambda _=False: TrashDialog.ask(window))
    window.ui.menuTools.addAction(trash_action)
    operators_action = QAction(window.tr("操作员与权限(&P)…"), window)
    operators_action.triggered.connect(lambda _=False: OperatorsDialog.ask(window))
    window.ui.menuTools.addAction(operators_action)
    history_action = install_history_action(window)
    setattr(window, "trash_action", trash_action)  # noqa: B010
    setattr(window, "operators_action", operators_action)  # noqa: B010
    setattr(window, "history_action", history_action)  # noqa: B010
    setattr(window, "delete_buttons", _delete_buttons(window))  # noqa: B010
