"""A damaged database opens read-only, refuses every edit, and offers restore and repair."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from xuncha_desktop.config import LocalSettings, resolve_paths
from xuncha_desktop.db import models as m
from xuncha_desktop.db.safety import run_checks
from xuncha_desktop.services import backups, crud
from xuncha_desktop.services.bootstrap import open_for_use
from xuncha_desktop.services.uow import ReadOnlyDatabaseError
from xuncha_desktop.ui import backup_dialog as bd
from xuncha_desktop.ui import read_only as ro
from xuncha_desktop.ui import startup
from xuncha_desktop.ui.main_window import MainWindow
from xuncha_desktop.ui.person_dialog import PersonDialog


def _make(path: Path, n: int = 120) -> None:
    db = open_for_use(path, operator="只读测试")
    for i in range(n):
        crud.create(db, m.Person, {"name": f"人{i}", "gender": "男", "unit": "单位", "note": "x" * 300})
    db.close()


def _corrupt_audit_index(path: Path) -> None:
    """Garbage in one index page: the file fails its checks but every table can be read."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = "
                            "'ix_audit_log_entity'").fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    data[(root - 1) * size + 8 : root * size] = b"\x07" * (size - 8)
    path.write_bytes(bytes(data))


class Recorder:
    def __init__(self, monkeypatch: pytest.MonkeyPatch, *, restore: bool) -> None:
        self.notices: list[str] = []
        self.offered: list[Any] = []
        self.errors: list[str] = []
        monkeypatch.setattr(startup.Notice, "ask", classmethod(
            lambda cls, parent, title, text: self.notices.append(text)))
        monkeypatch.setattr(startup.CorruptionChoice, "ask", classmethod(
            lambda cls, parent, problem, backup: self.offered.append((problem, backup))
            or restore))
        monkeypatch.setattr(ro.Notice, "ask", classmethod(
            lambda cls, parent, title, text: self.notices.append(text)))
        monkeypatch.setattr(ro, "show_error", lambda parent, err: self.errors.append(err.text))


def _open(tmp_path: Path, path: Path, settings: LocalSettings) -> tuple[Any, startup.Guard]:
    paths = resolve_paths(tmp_path / "data", tmp_path / "config")
    opened = startup.open_checked(str(path), paths, settings)
    assert opened is not None
    return opened


def _window(qtbot: QtBot, tmp_path: Path, db: Any, settings: LocalSettings) -> MainWindow:
    window = MainWindow(db, resolve_paths(tmp_path / "data", tmp_path / "config"), settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_damaged_file_without_a_good_backup_opens_read_only_and_refuses_edits(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "x.db"
    _make(path)
    _corrupt_audit_index(path)
    # the weekly check is not due: the damage is found when the file is opened
    config = tmp_path / "config"
    config.mkdir()
    (config / "checks.json").write_text(json.dumps(
        {str(path): {"last_check": dt.datetime.now().isoformat(timespec="seconds")}}))
    before = path.read_bytes()
    rec = Recorder(monkeypatch, restore=True)
    settings = LocalSettings(operator="王小明", backup_dir=str(tmp_path / "备份"))
    db, guard = _open(tmp_path, path, settings)
    try:
        assert db.read_only and guard.readonly
        assert rec.offered and rec.offered[0][1] is None  # no good backup to offer
        assert "已损坏" in rec.offered[0][0]
        assert any("只读方式打开" in n for n in guard.notes)
        with pytest.raises(ReadOnlyDatabaseError) as info:
            crud.create(db, m.Person, {"name": "新人", "gender": "女", "unit": "单位"})
        assert "只读" in info.value.message and "恢复" in info.value.hint

        window = _window(qtbot, tmp_path, db, settings)
        assert window.read_only_banner.isVisible()
        assert "只读" in window.read_only_banner.text()
        assert window.windowTitle().endswith("（只读）")
        assert "修复数据库(&X)…" in [a.text() for a in window.ui.menuTools.actions()]
        assert window.teams_tab.people.model.rowCount() > 0  # everything can still be read
        # an edit through a dialog is refused with the read-only message, nothing saved
        dialog = PersonDialog(db, 1, "王小明", dt.date(2026, 7, 14), window)
        qtbot.addWidget(dialog)
        dialog.name.setText("改过的名字")
        dialog.accept()
        assert "只读" in dialog.error.text() and dialog.result() == 0
        window.close()
    finally:
        db.close()
        guard.release()
    assert path.read_bytes() == before
    assert not Path(str(path) + "-wal").exists()


def test_banner_restores_the_newest_good_backup(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "x.db"
    _make(path, 40)
    settings = LocalSettings(operator="王小明", backup_dir=str(tmp_path / "备份"))
    cfg = backups.backup_settings(settings, path)
    good = backups.back_up(path, cfg, "每日", now=dt.datetime(2026, 7, 12, 18, 0))
    bad = backups.back_up(path, cfg, "每日", now=dt.datetime(2026, 7, 13, 18, 0))
    _corrupt_audit_index(bad.path)  # the newest backup is damaged too: it must be passed over
    _corrupt_audit_index(path)
    (Path(str(path) + ".lock")).write_text('{"pid": 999999, "host": "x", "since": ""}')
    rec = Recorder(monkeypatch, restore=False)  # first look at it read-only
    db, guard = _open(tmp_path, path, settings)
    try:
        assert db.read_only and rec.offered[0][1].path == good.path
        window = _window(qtbot, tmp_path, db, settings)
        asked: list[str] = []
        told: list[str] = []
        monkeypatch.setattr(bd.RestoreConfirm, "ask",
                            classmethod(lambda cls, parent, text: asked.append(text) or True))
        monkeypatch.setattr(bd.RestoreDone, "ask",
                            classmethod(lambda cls, parent, text: told.append(text)))
        window.read_only_banner.restore_button.click()
        assert "2026年7月12日 18:00" in asked[0]
        assert "恢复的数据截至备份时间：2026年7月12日 18:00" in told[0]
        assert not window.db.read_only
        assert not window.read_only_banner.isVisible()
        assert "（只读）" not in window.windowTitle()
        crud.create(window.db, m.Person, {"name": "恢复后录入", "gender": "女", "unit": "单位"})
        assert crud.count(window.db, m.Person) == 41
        window.close()
        window.db.close()
    finally:
        db.close()
        guard.release()
    assert run_checks(path, full=True) == []


def test_repair_from_the_tools_menu_ends_read_only_mode(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "x.db"
    _make(path, 60)
    _corrupt_audit_index(path)
    damaged = path.read_bytes()
    (Path(str(path) + ".lock")).write_text('{"pid": 999999, "host": "x", "since": ""}')
    rec = Recorder(monkeypatch, restore=False)
    settings = LocalSettings(operator="王小明", backup_dir=str(tmp_path / "备份"))
    db, guard = _open(tmp_path, path, settings)
    try:
        window = _window(qtbot, tmp_path, db, settings)
        confirmations: list[str] = []
        monkeypatch.setattr(ro.RepairConfirm, "ask", classmethod(
            lambda cls, parent, text: confirmations.append(text) or True))
        window.repair_action.trigger()
        assert "先把当前数据库备份" in confirmations[0] and "不会删除" in confirmations[0]
        assert rec.errors == []
        done = rec.notices[-1]
        assert "已修复数据库" in done and "可修改" in done and "修复前" in done
        assert not window.db.read_only and not window.read_only_banner.isVisible()
        assert crud.count(window.db, m.Person) == 60
        window.close()
        window.db.close()
    finally:
        db.close()
        guard.release()
    assert run_checks(path, full=True) == []
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("x-修复前-")]
    assert len(aside) == 1 and aside[0].read_bytes() == damaged


def test_repair_cancelled_changes_nothing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "x.db"
    _make(path, 5)
    settings = LocalSettings(operator="王小明", backup_dir=str(tmp_path / "备份"))
    db = open_for_use(path, operator="王小明")
    window = _window(qtbot, tmp_path, db, settings)
    assert not window.read_only_banner.isVisible()
    monkeypatch.setattr(ro.RepairConfirm, "ask", classmethod(lambda cls, parent, text: False))
    assert ro.repair_database(window) is None
    assert window.db is db and crud.count(db, m.Person) == 5
    assert not (tmp_path / "备份").exists()
    window.close()
    db.close()


def test_leaving_the_app_stops_the_daily_backup_and_frees_the_file(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What ``app.main`` does at exit, with today's backup scheduled: no error, lock released."""
    path = tmp_path / "x.db"
    _make(path, 5)
    Recorder(monkeypatch, restore=False)
    settings = LocalSettings(operator="王小明", backup_dir=str(tmp_path / "备份"))
    db, guard = _open(tmp_path, path, settings)
    window = _window(qtbot, tmp_path, db, settings)
    guard.attach(window)
    thread = bd.schedule_daily_backup(window)
    assert thread is not None
    guard.release(window)
    assert thread.isFinished()
    assert not Path(str(path) + ".lock").exists()
    window.close()
    db.close()
    # the file is free again: a new start opens it for writing
    db2, guard2 = _open(tmp_path, path, settings)
    try:
        assert not db2.read_only
    finally:
        db2.close()
        guard2.release()
