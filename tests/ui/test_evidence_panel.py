"""The evidence panel as a clerk uses it: drop a photo on a finding, see its thumbnail, open it."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon
from PySide6.QtWidgets import QProgressDialog
from sqlalchemy import select

from xuncha_desktop.archive import samples
from xuncha_desktop.archive.layout import blob_path
from xuncha_desktop.archive.store import CopyCancelled
from xuncha_desktop.db import models as m
from xuncha_desktop.db.engine import Database
from xuncha_desktop.errors import XunchaError
from xuncha_desktop.services import evidence as ev
from xuncha_desktop.services import findings as fs
from xuncha_desktop.services.uow import read_session
from xuncha_desktop.ui import evidence_panel as panel_module
from xuncha_desktop.ui import findings_tab as findings_module
from xuncha_desktop.ui.evidence_panel import EvidencePanel
from xuncha_desktop.ui.findings_dialogs import ActionInput, FindingActionDialog


def finding_id(db: Database, code: str) -> int:
    with read_session(db) as s:
        fid = s.scalar(select(m.Finding.id).where(m.Finding.code == code))
    assert fid is not None
    return int(fid)


def write_photo(path: Path, seed: int = 1) -> Path:
    path.write_bytes(samples.make_photo(random.Random(seed), dt.datetime(2026, 3, 3, 10, 15),
                                        (20.04, 110.2)))
    return path


def drop(qtbot, widget, paths: list[Path]) -> tuple[bool, bool]:  # type: ignore[no-untyped-def]
    """Drag local files onto ``widget`` and drop them, as the file manager would."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = widget.rect().center()
    enter = QDragEnterEvent(QPointF(centre), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    widget.dragEnterEvent(enter)
    event = QDropEvent(QPointF(centre), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(event)
    return enter.isAccepted(), event.isAccepted()


@pytest.fixture
def findings(window):  # type: ignore[no-untyped-def]
    window.ui.tabWidget.setCurrentWidget(window.ui.tabWidget.widget(4))
    tab = window.findings_tab
    return tab


def test_drop_a_photo_on_a_finding_and_see_its_thumbnail(qtbot, window, findings, db,  # type: ignore[no-untyped-def]
                                                         tmp_path: Path, qtmodeltester) -> None:
    fid = finding_id(db, "2026-HK-001")
    assert findings.select_id(fid)
    panel = findings.evidence_panel
    assert panel.owner_kind == "finding" and panel.owner_id == fid
    assert panel.isVisible() and panel.model.rowCount() == 0
    photo = write_photo(tmp_path / "消防通道堵塞.jpg")

    with qtbot.waitSignal(panel.attachmentsChanged, timeout=20000):
        assert drop(qtbot, panel, [photo]) == (True, True)
    model = panel.model
    assert model.rowCount() == 1
    texts = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert texts[0] == "消防通道堵塞.jpg"
    assert texts[1].endswith("KB") and texts[2] == "图片" and texts[3] == "王小明"
    assert texts[5] == "2026年3月3日 10:15"
    icon = model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()
    pixmap = icon.pixmap(64, 64)
    assert not pixmap.isNull() and pixmap.width() > 32  # the thumbnail, not a tiny type icon
    tip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert "北纬 20.04000°" in tip and "SHA-256" in tip
    qtmodeltester.check(model)

    # the file is in the archive beside the database, under its hash
    digest = hashlib.sha256(photo.read_bytes()).hexdigest()
    root = tmp_path / "t.archive"
    assert blob_path(root, digest).read_bytes() == photo.read_bytes()
    assert (root / ".thumbs" / digest[:2] / f"{digest}.png").is_file()
    assert "已添加 1 个证据文件" in findings.ui.messageLabel.text()
    # and the finding's detail lists it
    assert "消防通道堵塞.jpg" in findings.ui.detailBrowser.toPlainText()
    window.grab().save(str(tmp_path / "evidence.png"))


def test_add_by_file_dialog_shortcut_and_open_a_copy(qtbot, window, findings, db,  # type: ignore[no-untyped-def]
                                                     tmp_path: Path, monkeypatch) -> None:
    fid = finding_id(db, "2026-HK-002")
    findings.select_id(fid)
    panel = findings.evidence_panel
    scan = tmp_path / "整改通知书回执.pdf"
    scan.write_bytes(samples.make_scan_pdf(random.Random(2)))
    monkeypatch.setattr(EvidencePanel, "ask_files", classmethod(lambda cls, parent: [str(scan)]))
    assert panel.add_action.shortcut().toString() == "Ctrl+Shift+A"
    with qtbot.waitSignal(panel.attachmentsChanged, timeout=20000):
        panel.add_action.trigger()
    assert panel.model.data(panel.model.index(0, 2)) == "PDF 文档"
    icon = panel.model.data(panel.model.index(0, 0), Qt.ItemDataRole.DecorationRole)
    assert not icon.isNull()  # an icon by type

    opened: list[QUrl] = []
    monkeypatch.setattr(EvidencePanel, "open_url", classmethod(lambda cls, url: opened.append(url)
                                                              or True))
    panel.ui.tableView.selectRow(0)
    assert panel.ui.openButton.isEnabled()
    with qtbot.waitSignal(panel.opened, timeout=20000) as sig:
        panel.ui.openButton.click()
    copy = sig.args[0]
    root = tmp_path / "t.archive"
    assert opened == [QUrl.fromLocalFile(str(copy))]
    assert copy.name == "整改通知书回执.pdf" and root not in copy.parents
    assert copy.read_bytes() == scan.read_bytes()
    copy.write_bytes(b"the viewer changed its copy")  # the archived file is untouched
    [row] = ev.list_attachments(db, "finding", fid)
    assert blob_path(root, row.sha256).read_bytes() == scan.read_bytes()
    import shutil

    shutil.rmtree(copy.parent)


def test_drop_is_refused_without_a_record_and_failures_are_shown(qtbot, db, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                 monkeypatch) -> None:
    root = tmp_path / "is-a-file.archive"
    root.write_text("not a folder")
    panel = EvidencePanel(db, archive_root=lambda: root)
    qtbot.addWidget(panel)
    photo = write_photo(tmp_path / "a.jpg")
    assert drop(qtbot, panel, [photo]) == (False, False)  # no record selected
    assert not panel.ui.addButton.isEnabled()

    shown: list[XunchaError] = []
    monkeypatch.setattr(panel_module, "show_error", lambda _p, err: shown.append(err))
    panel.set_owner("finding", finding_id(db, "2026-HK-001"))
    with qtbot.waitSignal(panel.message, timeout=20000) as sig:
        drop(qtbot, panel, [photo])
    assert "证据档案文件夹" in sig.args[0] and "不可用" in shown[0].message
    assert panel.model.rowCount() == 0 and panel.ui.addButton.isEnabled()
    assert ev.list_attachments(db, "finding", finding_id(db, "2026-HK-001")) == []


def test_cancel_a_long_copy(qtbot, db, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()

    def slow_attach(_db, _root, _kind, _owner, _paths, _operator, progress, cancelled):  # type: ignore[no-untyped-def]
        progress(1, 100)
        release.set()
        while not cancelled():
            release.wait(0.01)
        raise CopyCancelled("录像.mp4")

    monkeypatch.setattr(panel_module.arch, "attach_many", slow_attach)
    panel = EvidencePanel(db, archive_root=lambda: tmp_path / "x.archive")
    qtbot.addWidget(panel)
    panel.set_owner("interview", 1)
    video = tmp_path / "录像.mp4"
    video.write_bytes(b"video")
    assert panel.add_files([video])
    assert panel.busy() and not panel.ui.addButton.isEnabled()
    qtbot.waitUntil(release.is_set, timeout=20000)
    dialog = panel.findChild(QProgressDialog)
    assert dialog is not None
    with qtbot.waitSignal(panel.message, timeout=20000) as sig:
        dialog.canceled.emit()  # the 取消 button
    assert sig.args[0] == "已取消，没有添加证据。"
    assert not panel.busy() and panel.ui.addButton.isEnabled()


def test_transition_attachments_are_archived(qtbot, window, findings, db, tmp_path: Path,  # type: ignore[no-untyped-def]
                                             monkeypatch) -> None:
    fid = finding_id(db, "2026-HK-003")  # 整改中
    findings.select_id(fid)
    report = tmp_path / "整改报告.docx"
    report.write_bytes(b"PK report")
    monkeypatch.setattr(FindingActionDialog, "ask", classmethod(
        lambda cls, _parent, action, *_a, **_k: ActionInput(
            action=action, text="已整改完毕", attachments=[report])))
    assert findings.run_action(fs.REPORT)
    detail = fs.finding_detail(db, fid, dt.date(2026, 7, 14))
    assert detail.timeline[-1].attachments == ("整改报告.docx",)
    with read_session(db) as s:
        sha = s.scalar(select(m.Evidence.sha256).join(m.EvidenceLink)
                       .where(m.EvidenceLink.original_name == "整改报告.docx"))
    assert sha is not None
    assert blob_path(tmp_path / "t.archive", sha).read_bytes() == b"PK report"
    # the finding's evidence panel shows it, with the transition it came with
    model = findings.evidence_panel.model
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0)) == "整改报告.docx"
    assert model.data(model.index(0, 6)).startswith("办理：整改中→待核查")
    assert findings_module.evidence_store is not None


def test_archive_folder_default_setting_and_override(window, findings, db,  # type: ignore[no-untyped-def]
                                                     tmp_path: Path) -> None:
    from xuncha_desktop.services.backups import backup_settings
    from xuncha_desktop.ui.evidence_panel import ARCHIVE_OVERRIDE_PROPERTY

    panel = findings.evidence_panel
    db_path = tmp_path / "t.db"
    # default: beside the database; backups list the same folder
    assert panel.archive_root() == tmp_path / "t.archive"
    assert backup_settings(window.settings, db_path).archive_dir == tmp_path / "t.archive"
    # the setting (设置 → 证据档案文件夹)
    window.settings.archive_dir = str(tmp_path / "共享" / "证据")
    assert panel.archive_root() == tmp_path / "共享" / "证据"
    assert backup_settings(window.settings, db_path).archive_dir == tmp_path / "共享" / "证据"
    # --archive DIR (app.py puts it on the window) wins
    window.setProperty(ARCHIVE_OVERRIDE_PROPERTY, str(tmp_path / "命令行"))
    assert panel.archive_root() == tmp_path / "命令行"
    assert window.interviews_tab.evidence_panel.archive_root() == tmp_path / "命令行"
    assert window.checklists_tab.evidence_panel.archive_root() == tmp_path / "命令行"


def test_interviews_and_checklist_results_show_their_evidence(qtbot, window, db,  # type: ignore[no-untyped-def]
                                                              tmp_path: Path) -> None:
    from xuncha_desktop.app import parse_args
    from xuncha_desktop.archive import evidence as arch

    assert parse_args(["--archive", "D:/证据"]).archive == "D:/证据"
    root = tmp_path / "t.archive"
    with read_session(db) as s:
        iid = s.scalar(select(m.Interview.id).order_by(m.Interview.id))
        result = s.scalars(select(m.ChecklistResult).where(m.ChecklistResult.result.is_not(None))
                           .order_by(m.ChecklistResult.id)).first()
        assert iid is not None and result is not None
        rid, clid, item_id = result.id, result.checklist_id, result.item_id
    audio = tmp_path / "约谈录音.wav"
    audio.write_bytes(samples.make_wav(random.Random(3), seconds=0.1))
    arch.attach(db, root, "interview", iid, audio, "记录员")
    arch.attach(db, root, "checklist_result", rid, write_photo(tmp_path / "检查照片.jpg"))

    tab = window.interviews_tab
    window.ui.tabWidget.setCurrentWidget(window.ui.tabWidget.widget(5))
    tab.set_scope(None, None)
    assert tab.select_id(iid)
    panel = tab.evidence_panel
    assert (panel.owner_kind, panel.owner_id) == ("interview", iid)
    assert [panel.model.data(panel.model.index(0, c)) for c in (0, 2, 3)] == [
        "约谈录音.wav", "音频", "记录员"]

    cl = window.checklists_tab
    window.ui.tabWidget.setCurrentWidget(window.ui.tabWidget.widget(3))
    cl.set_scope(None, None)
    cl.open_checklist(clid)
    cl.tree.setCurrentIndex(cl.items.index_of(item_id))
    panel = cl.evidence_panel
    assert (panel.owner_kind, panel.owner_id) == ("checklist_result", rid)
    assert panel.model.data(panel.model.index(0, 0)) == "检查照片.jpg"
    assert not panel.model.data(panel.model.index(0, 0), Qt.ItemDataRole.DecorationRole).isNull()
