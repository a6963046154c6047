"""工具 → 备份与恢复…, the single-instance hand-over and the GUI start-up checks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from xuncha_desktop.config import LocalSettings, resolve_paths
from xuncha_desktop.db import models as m
from xuncha_desktop.services import backups, crud
from xuncha_desktop.services.bootstrap import open_for_use
from xuncha_desktop.ui import backup_dialog as bd
from xuncha_desktop.ui import startup
from xuncha_desktop.ui.instance import InstanceServer, ask_running_instance


def _db_with_rows(path: Path, n: int = 50) -> None:
    db = open_for_use(path, operator="界面测试")
    for i in range(n):
        crud.create(db, m.Person, {"name": f"人{i}", "gender": "男", "unit": "单位", "note": "x" * 500})
    db.close()


def test_dialog_lists_backs_up_off_the_ui_thread_and_confirms_restore(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "x.db"
    _db_with_rows(path)
    cfg = backups.backup_settings(LocalSettings(backup_dir=str(tmp_path / "备份")), path)
    backups.back_up(path, cfg, "每日", now=dt.datetime(2026, 7, 13, 18, 0))
    dialog = bd.BackupDialog(path, cfg)
    qtbot.addWidget(dialog)
    assert dialog.ui.backupList.count() == 1
    assert "2026年7月13日 18:00" in dialog.ui.backupList.item(0).text()
    assert "证据档案不复制进备份" in dialog.ui.archiveLabel.text()
    assert str(tmp_path / "备份") in dialog.ui.folderLabel.text()

    with qtbot.waitSignal(dialog.ui.backupList.model().rowsInserted, timeout=10000, raising=False):
        dialog.back_up_now()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.ui.backupList.count() == 2, timeout=10000)
    assert "备份完成，已通过完整性检查" in dialog.ui.statusLabel.text()
    assert not dialog.ui.progressBar.isVisible()

    asked: list[str] = []
    monkeypatch.setattr(bd.RestoreConfirm, "ask",
                        classmethod(lambda cls, parent, text: asked.append(text) or True))
    dialog.ui.backupList.setCurrentRow(1)  # the older one
    with qtbot.waitSignal(dialog.restoreRequested) as sig:
        dialog.ui.restoreButton.click()
    assert sig.args[0].created == dt.datetime(2026, 7, 13, 18, 0)
    assert "2026年7月13日 18:00" in asked[0] and "不会删除" in asked[0]


def test_restore_from_the_main_window_says_what_was_restored(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from xuncha_desktop.ui.main_window import MainWindow

    path = tmp_path / "x.db"
    _db_with_rows(path, 5)
    settings = LocalSettings(operator="王小明", backup_dir=str(tmp_path / "b"))
    cfg = backups.backup_settings(settings, path)
    saved = backups.back_up(path, cfg, "每日", now=dt.datetime(2026, 7, 13, 18, 0))
    db = open_for_use(path, operator="王小明")
    crud.create(db, m.Person, {"name": "备份后录入", "gender": "女", "unit": "单位"})
    paths = resolve_paths(tmp_path / "data", tmp_path / "config")
    window = MainWindow(db, paths, settings)
    qtbot.addWidget(window)
    assert "备份与恢复…" in [a.text() for a in window.ui.menuTools.actions()]
    told: list[str] = []
    monkeypatch.setattr(bd.RestoreDone, "ask",
                        classmethod(lambda cls, parent, text: told.append(text)))
    result = bd.restore_into_window(window, saved.path)
    assert result is not None
    assert "恢复的数据截至备份时间：2026年7月13日 18:00" in told[0]
    assert window.db is not db and window.db.target.path == path
    assert crud.count(window.db, m.Person) == 5
    assert result.set_aside[0].exists()
    window.close()
    window.db.close()
    db.close()


def test_second_instance_brings_the_first_forward(qtbot: QtBot, tmp_path: Path) -> None:
    location = str(tmp_path / "x.db")
    assert not ask_running_instance(location, timeout_ms=200)
    server = InstanceServer(location)
    assert server.listen()
    try:
        with qtbot.waitSignal(server.activated, timeout=5000):
            assert ask_running_instance(location)
    finally:
        server.close()


def test_startup_refuses_a_second_writer_and_hands_over(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "x.db"
    _db_with_rows(path, 1)
    paths = resolve_paths(tmp_path / "data", tmp_path / "config")
    notices: list[str] = []
    monkeypatch.setattr(startup.Notice, "ask",
                        classmethod(lambda cls, parent, title, text: notices.append(text)))
    opened = startup.open_checked(str(path), paths, LocalSettings())
    assert opened is not None
    db, guard = opened
    try:
        assert startup.open_checked(str(path), paths, LocalSettings()) is None
        assert "已经打开了数据库" in notices[-1]
    finally:
        db.close()
        guard.release()


def test_startup_offers_the_newest_good_backup_for_a_corrupt_file(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "x.db"
    _db_with_rows(path, 300)
    settings = LocalSettings(backup_dir=str(tmp_path / "b"))
    backups.back_up(path, backups.backup_settings(settings, path), "每日",
                    now=dt.datetime(2026, 7, 13, 18, 0))
    data = bytearray(path.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 8192] = b"\xff" * 8192
    path.write_bytes(bytes(data))
    (Path(str(path) + ".lock")).write_text('{"pid": 999999, "host": "x", "since": ""}')
    offered: list[object] = []
    monkeypatch.setattr(startup.CorruptionChoice, "ask",
                        classmethod(lambda cls, parent, problem, backup: offered.append(backup)
                                    or True))
    paths = resolve_paths(tmp_path / "data", tmp_path / "config")
    opened = startup.open_checked(str(path), paths, settings)
    assert opened is not None
    db, guard = opened
    try:
        assert offered and offered[0] is not None
        assert any("恢复的数据截至备份时间：2026年7月13日 18:00" in n for n in guard.notes)
        assert crud.count(db, m.Person) == 300
    finally:
        db.close()
        guard.release()


def test_daily_backup_reports_in_the_status_bar_from_the_ui_thread(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The automatic backup runs in a worker; its result reaches the status bar through the
    UI thread (a Qt warning about a cross-thread parent would fail this test)."""
    from xuncha_desktop.ui.main_window import MainWindow

    path = tmp_path / "daily.db"
    _db_with_rows(path, 5)
    settings = LocalSettings(operator="王小明", backup_dir=str(tmp_path / "b"))
    db = open_for_use(path, operator="王小明")
    window = MainWindow(db, resolve_paths(tmp_path / "data", tmp_path / "config"), settings)
    qtbot.addWidget(window)
    window.show()
    thread = bd.schedule_daily_backup(window)
    assert thread is not None
    qtbot.waitUntil(lambda: "今日自动备份已完成" in window.statusBar().currentMessage(),
                    timeout=20000)
    qtbot.waitUntil(thread.isFinished, timeout=20000)
    assert list((tmp_path / "b").glob("*每日*.db"))
    window.close()
    db.close()


def _two_archives(tmp_path: Path) -> tuple[Path, Path]:
    """A folder named by the setting and another given as ``--archive DIR``."""
    configured, given = tmp_path / "设置档案", tmp_path / "命令行档案"
    for folder, name in ((configured, "设置里的.jpg"), (given, "命令行的.jpg")):
        folder.mkdir()
        (folder / name).write_bytes(name.encode())
    return configured, given


def test_backups_from_the_window_use_the_archive_given_on_the_command_line(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    from xuncha_desktop.ui.evidence_panel import ARCHIVE_OVERRIDE_PROPERTY
    from xuncha_desktop.ui.main_window import MainWindow

    configured, given = _two_archives(tmp_path)
    path = tmp_path / "daily.db"
    _db_with_rows(path, 5)
    settings = LocalSettings(operator="王小明", backup_dir=str(tmp_path / "b"),
                             archive_dir=str(configured))
    db = open_for_use(path, operator="王小明")
    window = MainWindow(db, resolve_paths(tmp_path / "data", tmp_path / "config"), settings)
    qtbot.addWidget(window)
    window.setProperty(ARCHIVE_OVERRIDE_PROPERTY, str(given))  # what app.py does for --archive
    window.show()

    # the start-up daily backup lists the command-line archive, not the configured one
    thread = bd.schedule_daily_backup(window)
    assert thread is not None
    qtbot.waitUntil(lambda: "今日自动备份已完成" in window.statusBar().currentMessage(),
                    timeout=20000)
    qtbot.waitUntil(thread.isFinished, timeout=20000)
    (daily,) = backups.list_backups(path, backups.backup_settings(settings, path))
    manifest = json.loads(daily.manifest.read_text("utf-8"))
    assert manifest["archive"] == str(given)
    assert [f["path"] for f in manifest["files"]] == ["命令行的.jpg"]

    # 工具 → 备份与恢复… shows the same folder
    shown: list[str] = []

    def fake_ask(cls, parent, db_path, cfg):  # type: ignore[no-untyped-def]
        dialog = bd.BackupDialog(db_path, cfg, parent)
        shown.append(dialog.ui.archiveLabel.text())
        dialog.deleteLater()
        return None

    monkeypatch.setattr(bd.BackupDialog, "ask", classmethod(fake_ask))
    bd.open_backup_dialog(window)
    assert shown and f"证据档案文件夹：{given}" in shown[0]
    assert str(configured) not in shown[0]

    # a restore's safety copy (恢复前) lists it too
    monkeypatch.setattr(bd.RestoreDone, "ask", classmethod(lambda cls, parent, text: None))
    result = bd.restore_into_window(window, daily.path)
    assert result is not None
    (before,) = [b for b in backups.list_backups(path, backups.backup_settings(settings, path))
                 if b.reason == "恢复前"]
    assert json.loads(before.manifest.read_text("utf-8"))["archive"] == str(given)
    window.close()
    window.db.close()
    db.close()


def test_startup_restore_uses_the_archive_given_on_the_command_line(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    configured, given = _two_archives(tmp_path)
    path = tmp_path / "x.db"
    _db_with_rows(path, 300)
    settings = LocalSettings(backup_dir=str(tmp_path / "b"), archive_dir=str(configured))
    backups.back_up(path, backups.backup_settings(settings, path), "每日",
                    now=dt.datetime(2026, 7, 13, 18, 0))
    data = bytearray(path.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 8192] = b"\xff" * 8192
    path.write_bytes(bytes(data))
    monkeypatch.setattr(startup.CorruptionChoice, "ask",
                        classmethod(lambda cls, parent, problem, backup: True))
    used: list[Path | None] = []
    real_restore = backups.restore

    def spy(backup: Path, db_path: Path, cfg: backups.BackupSettings, **kw):  # type: ignore[no-untyped-def]
        used.append(cfg.archive_dir)
        return real_restore(backup, db_path, cfg, **kw)

    monkeypatch.setattr(backups, "restore", spy)
    paths = resolve_paths(tmp_path / "data", tmp_path / "config")
    opened = startup.open_checked(str(path), paths, settings, archive=str(given))
    assert opened is not None
    db, guard = opened
    try:
        assert used == [given]
        assert crud.count(db, m.Person) == 300
    finally:
        db.close()
        guard.release()
