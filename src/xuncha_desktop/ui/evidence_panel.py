"""The evidence panel (forms/evidence_panel.ui): the attachments of one record.

Embedded in the detail area of a finding, an interview and a checklist result. It lists the
attachments (a thumbnail for images, an icon by type otherwise; name, size, type, who added it
and when, the time and place a photo was taken), adds files by file dialog (Ctrl+Shift+A) or by
drag and drop, and opens a file with the system viewer through a temporary copy, so that the
archived file is never touched. Copies run off the UI thread with progress and cancel.

The panel never opens a database session: it calls :mod:`xuncha_desktop.services.evidence` to
list and :mod:`xuncha_desktop.archive.evidence` to attach.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
    QPixmap,
)
from PySide6.QtWidgets import QFileDialog, QHeaderView, QStyle, QWidget

from xuncha_desktop.archive import evidence as arch
from xuncha_desktop.archive import media
from xuncha_desktop.archive.layout import resolve_archive_dir
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import XunchaError
from xuncha_desktop.services import evidence as ev
from xuncha_desktop.services.queries import format_datetime
from xuncha_desktop.ui.dialogs import show_error
from xuncha_desktop.ui.evidence_jobs import EvidenceJob, start_job
from xuncha_desktop.ui.forms.ui_evidence_panel import Ui_EvidencePanel

AnyIndex = QModelIndex | QPersistentModelIndex
#: The main window's dynamic property that carries ``--archive DIR`` (set by ``app.py``).
ARCHIVE_OVERRIDE_PROPERTY = "archiveOverride"


def _tr(text: str) -> str:
    return QCoreApplication.translate("EvidencePanel", text)


def format_size(size: int) -> str:
    if size < 1024:
        return f"{size} 字节"
    value = float(size)
    for unit in ("KB", "MB", "GB", "TB"):
        value /= 1024
        if value < 1024 or unit == "TB":
            return f"{value:.1f} {unit}"
    return f"{size} 字节"  # pragma: no cover


def archive_root_for(widget: QWidget, db: Database) -> Path:
    """The archive folder of ``db`` as the main window sees it (``--archive``, setting, default)."""
    window = widget.window()
    settings = getattr(window, "settings", None)
    configured = str(getattr(settings, "archive_dir", "") or "")
    override = window.property(ARCHIVE_OVERRIDE_PROPERTY)
    return resolve_archive_dir(db.target, configured, str(override) if override else None)


class EvidenceModel(QAbstractTableModel):
    """The attachments of one record; icons are thumbnails (images) or icons by type."""

    HEADERS = ("名称", "大小", "类型", "添加人", "添加时间", "拍摄时间", "来源")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ev.AttachmentRow] = []
        self._icons: dict[str, QIcon] = {}
        self.root: Path | None = None
        self.type_icon: Callable[[str], QIcon] = lambda _m: QIcon()

    def set_rows(self, rows: Sequence[ev.AttachmentRow], root: Path | None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if root != self.root and root is not None:
            self._icons.clear()  # another archive folder: thumbnails may differ
        self.root = root if root is not None else self.root
        self.endResetModel()

    def row(self, index: int) -> ev.AttachmentRow:
        return self._rows[index]

    def rows(self) -> list[ev.AttachmentRow]:
        return list(self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def icon(self, r: ev.AttachmentRow) -> QIcon:
        if r.sha256 in self._icons:
            return self._icons[r.sha256]
        icon = QIcon()
        if r.is_image and self.root is not None:
            thumb = arch.thumbnail(self.root, r)
            if thumb is not None:
                pix = QPixmap(str(thumb))
                if not pix.isNull():
                    icon = QIcon(pix)
        if icon.isNull():
            icon = self.type_icon(r.media_type)
        self._icons[r.sha256] = icon
        return icon

    def cell_text(self, r: ev.AttachmentRow, column: int) -> str:
        if column == 0:
            return r.original_name
        if column == 1:
            return format_size(r.size)
        if column == 2:
            return _tr(media.type_label(r.media_type))
        if column == 3:
            return r.attached_by
        if column == 4:
            return format_datetime(r.attached_at)
        if column == 5:
            return format_datetime(r.taken_at)
        if column == 6:
            return r.via or _tr("本记录")
        return ""

    def tooltip(self, r: ev.AttachmentRow) -> str:
        lines = [r.original_name, f"SHA-256：{r.sha256}", f"{_tr('大小')}：{r.size:,} 字节"]
        if r.media_type:
            lines.append(f"{_tr('类型')}：{r.media_type}")
        if r.taken_at is not None:
            lines.append(f"{_tr('拍摄时间')}：{format_datetime(r.taken_at)}")
        if r.gps_lat is not None and r.gps_lon is not None:
            lines.append(f"{_tr('拍摄位置')}：北纬 {r.gps_lat:.5f}°，东经 {r.gps_lon:.5f}°"
                         if r.gps_lat >= 0 and r.gps_lon >= 0
                         else f"{_tr('拍摄位置')}：{r.gps_lat:.5f}, {r.gps_lon:.5f}")
        if r.via:
            lines.append(r.via)
        if r.note:
            lines.append(r.note)
        return "\n".join(lines)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(r, index.column())
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return self.icon(r)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(r)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            return _tr(self.HEADERS[section])
        return None


class EvidencePanel(QWidget):
    """Attachments of one record (``set_owner``); ``attachmentsChanged`` after an addition."""

    attachmentsChanged = Signal()
    #: A message for the status line after a job (added, cancelled, failed).
    message = Signal(str)
    #: The temporary copy handed to the system viewer.
    opened = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None, *,
                 archive_root: Callable[[], Path] | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EvidencePanel()
        self.ui.setupUi(self)
        self.db = db
        self._archive_root = archive_root
        self.owner_kind: str | None = None
        self.owner_id: int | None = None
        self._empty_hint = ""
        self._job: EvidenceJob | None = None
        self.model = EvidenceModel(self)
        self.model.type_icon = self._type_icon
        view = self.ui.tableView
        view.setModel(self.model)
        line = self.fontMetrics().height()
        view.setIconSize(view.iconSize().expandedTo(self._icon_size(line)))
        view.verticalHeader().setDefaultSectionSize(int(line * 2.6))
        view.setMinimumHeight(line * 7)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        char = self.fontMetrics().horizontalAdvance("国")
        for column, chars in enumerate((12, 5, 5, 4, 11, 11)):
            view.setColumnWidth(column, char * chars)
        view.doubleClicked.connect(lambda _i: self.open_current())
        view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.setAcceptDrops(True)

        self.add_action = QAction(_tr("添加证据…"), self)
        self.add_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        # Only the panel on the visible tab is active: hidden panels do not claim the key.
        self.add_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.add_action.triggered.connect(self.choose_files)
        self.addAction(self.add_action)
        self.open_action = QAction(_tr("打开证据"), self)
        self.open_action.setShortcut(QKeySequence(Qt.Key.Key_Return))
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.open_action.triggered.connect(self.open_current)
        view.addAction(self.open_action)
        self.ui.addButton.clicked.connect(self.choose_files)
        self.ui.openButton.clicked.connect(self.open_current)
        self._update_buttons()

    # -- helpers ------------------------------------------------------------------------------
    @staticmethod
    def _icon_size(line: int) -> Any:
        from PySide6.QtCore import QSize

        return QSize(int(line * 2.4), int(line * 2.4))

    def _type_icon(self, media_type: str) -> QIcon:
        sp = QStyle.StandardPixmap
        if media_type.startswith("audio/"):
            which = sp.SP_MediaVolume
        elif media_type.startswith("video/"):
            which = sp.SP_MediaPlay
        elif media_type.startswith("image/"):
            which = sp.SP_FileDialogContentsView
        elif media_type == "application/pdf" or "word" in media_type or media_type.startswith(
                "text/"):
            which = sp.SP_FileDialogDetailedView
        else:
            which = sp.SP_FileIcon
        return self.style().standardIcon(which)

    def archive_root(self) -> Path:
        """Raises XunchaError when there is none (a server database without the setting)."""
        if self._archive_root is not None:
            return self._archive_root()
        return archive_root_for(self, self.db)

    def _root_or_none(self) -> Path | None:
        try:
            return self.archive_root()
        except XunchaError:
            return None

    def busy(self) -> bool:
        return self._job is not None

    def _update_buttons(self, *_args: object) -> None:
        has_owner = self.owner_kind is not None and self.owner_id is not None
        self.ui.addButton.setEnabled(has_owner and not self.busy())
        self.add_action.setEnabled(has_owner and not self.busy())
        current = self.current_row() is not None
        self.ui.openButton.setEnabled(current and not self.busy())
        self.open_action.setEnabled(current and not self.busy())
        n = self.model.rowCount()
        self.ui.countLabel.setText(_tr("（%1 个）").replace("%1", str(n)) if has_owner else "")
        self.ui.hintLabel.setText(
            _tr("把文件拖到这里即可添加为证据；双击一项用系统程序打开副本。") if has_owner
            else self._empty_hint or _tr("选择一条记录后可添加证据。"))

    # -- the record ----------------------------------------------------------------------------
    def set_database(self, db: Database) -> None:
        self.db = db
        self.set_owner(None, None)

    def set_owner(self, owner_kind: str | None, owner_id: int | None, *,
                  empty_hint: str = "") -> None:
        """Show the attachments of one record; ``None`` (with ``empty_hint``) for none."""
        if owner_kind is not None:
            ev.owner_column(owner_kind)
        self.owner_kind, self.owner_id = owner_kind, owner_id
        self._empty_hint = empty_hint
        self.refresh()

    def refresh(self) -> None:
        rows: list[ev.AttachmentRow] = []
        if self.owner_kind is not None and self.owner_id is not None:
            try:
                rows = ev.list_attachments(self.db, self.owner_kind, self.owner_id)
            except XunchaError as err:
                self.ui.hintLabel.setText(err.message)
        self.model.set_rows(rows, self._root_or_none() if rows else None)
        self._update_buttons()

    def current_row(self) -> ev.AttachmentRow | None:
        index = self.ui.tableView.currentIndex()
        selected = self.ui.tableView.selectionModel().hasSelection()
        if not index.isValid() or not selected:
            return None
        return self.model.row(index.row())

    # -- adding ---------------------------------------------------------------------------------
    @classmethod
    def ask_files(cls, parent: QWidget) -> list[str]:
        """The file dialog (tests monkeypatch this)."""
        files, _filter = QFileDialog.getOpenFileNames(
            parent, _tr("选择要添加的证据文件"), "",
            _tr("所有文件 (*);;图片 (*.jpg *.jpeg *.png *.heic);;文档 (*.pdf *.docx *.doc *.ofd);;"
                "音视频 (*.mp3 *.wav *.m4a *.mp4 *.mov)"))
        return list(files)

    def choose_files(self) -> bool:
        if self.owner_kind is None or self.owner_id is None or self.busy():
            return False
        files = self.ask_files(self)
        return self.add_files([Path(f) for f in files]) if files else False

    def add_files(self, paths: Sequence[Path]) -> bool:
        """Copy ``paths`` into the archive and attach them (off the UI thread)."""
        if self.owner_kind is None or self.owner_id is None or not paths or self.busy():
            return False
        try:
            root = self.archive_root()
        except XunchaError as err:
            show_error(self, err)
            return False
        db, kind, owner, files = self.db, self.owner_kind, self.owner_id, list(paths)

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            attached = arch.attach_many(db, root, kind, owner, files, db.operator, progress,
                                        cancelled)
            for a in attached:  # thumbnails now, while still off the UI thread
                if a.stored.media_type.startswith("image/"):
                    media.thumbnail(root, a.stored.sha256)
            return attached

        names = "、".join(p.name for p in files[:3]) + ("等" if len(files) > 3 else "")
        title = _tr("正在复制“%1”到证据档案……").replace("%1", names)
        self._job = start_job(self, title, work, on_done=self._added, on_failed=self._failed,
                              on_cancelled=self._cancelled)
        self._update_buttons()
        return True

    def _finish(self, text: str) -> None:
        self._job = None
        self.refresh()
        self.message.emit(text)

    def _added(self, attached: object) -> None:
        items = attached if isinstance(attached, list) else []
        again = sum(1 for a in items if not a.new_file)
        text = _tr("已添加 %1 个证据文件。").replace("%1", str(len(items)))
        if again:
            text += _tr("其中 %1 个与档案中已有文件内容相同，只保存一份。").replace("%1", str(again))
        self._finish(text)
        self.attachmentsChanged.emit()

    def _failed(self, err: XunchaError) -> None:
        self._finish(err.message)
        show_error(self, err)

    def _cancelled(self) -> None:
        self._finish(_tr("已取消，没有添加证据。"))

    # -- drag and drop -----------------------------------------------------------------------
    @staticmethod
    def _local_files(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]

    def _accepts(self, event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> bool:
        return (self.owner_kind is not None and self.owner_id is not None and not self.busy()
                and bool(self._local_files(event)))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = self._local_files(event)
        if not self._accepts(event):
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_files(files)

    # -- opening ------------------------------------------------------------------------------
    @classmethod
    def open_url(cls, url: QUrl) -> bool:
        """Hand a file to the system viewer (tests monkeypatch this)."""
        return QDesktopServices.openUrl(url)

    def open_current(self) -> bool:
        """Copy the selected file to a private temporary folder (off the UI thread), then
        open the copy with the system viewer; ``opened`` carries the copy's path."""
        row = self.current_row()
        if row is None or self.busy():
            return False
        try:
            root = self.archive_root()
        except XunchaError as err:
            show_error(self, err)
            return False

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            return arch.open_copy(root, row, progress, cancelled)

        def done(copy: object) -> None:
            assert isinstance(copy, Path)
            self._job = None
            self._update_buttons()
            if not self.open_url(QUrl.fromLocalFile(str(copy))):
                show_error(self, XunchaError(
                    _tr("没有找到能打开“%1”的程序。").replace("%1", row.original_name),
                    hint=_tr("副本已保存在：%1").replace("%1", str(copy))))
            self.message.emit(_tr("已打开副本（档案中的文件未被改动）：%1").replace("%1", copy.name))
            self.opened.emit(copy)

        def failed(err: XunchaError) -> None:
            self._job = None
            self._update_buttons()
            show_error(self, err)

        def cancelled() -> None:
            self._job = None
            self._update_buttons()

        title = _tr("正在准备“%1”的临时副本……").replace("%1", row.original_name)
        self._job = start_job(self, title, work, on_done=done, on_failed=failed,
                              on_cancelled=cancelled)
        self._update_buttons()
        return True


__all__ = ["EvidenceModel", "EvidencePanel", "archive_root_for", "format_size"]
