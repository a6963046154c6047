"""Settings, About and Crash dialogs, and domain-error message boxes."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox

from xuncha_desktop import __version__
from xuncha_desktop.config import LocalSettings, load_settings
from xuncha_desktop.errors import DatabaseError
from xuncha_desktop.services.queries import schema_revision
from xuncha_desktop.ui import dialogs
from xuncha_desktop.ui.dialogs import AboutDialog, CrashDialog, SettingsDialog


def test_settings_dialog_saves_operator(qtbot, paths) -> None:
    settings = LocalSettings(operator="王小明", db="")
    dialog = SettingsDialog(paths, settings, current_db=str(paths.default_db))
    qtbot.addWidget(dialog)
    assert dialog.ui.operatorEdit.text() == "王小明"
    assert dialog.ui.dbEdit.text() == str(paths.default_db)
    assert dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).text() == "确定"
    assert dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    dialog.ui.operatorEdit.setText("  李四 ")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.saved is not None and dialog.saved.operator == "李四"
    on_disk = load_settings(paths)
    assert on_disk.operator == "李四"
    assert on_disk.db == str(paths.default_db)
    assert json.loads(paths.settings_file.read_text("utf-8"))["operator"] == "李四"
    assert settings.operator == "王小明"  # the caller decides when to apply it


def test_settings_dialog_refuses_blank_operator(qtbot, paths, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, err: shown.append(err))
    dialog = SettingsDialog(paths, LocalSettings(operator="王小明"))
    qtbot.addWidget(dialog)
    dialog.ui.operatorEdit.setText("   ")
    dialog.accept()
    assert dialog.saved is None
    assert shown[0].message == "操作员姓名不能为空。"
    assert not paths.settings_file.exists()


def test_settings_browse_fills_the_path(qtbot, paths, tmp_path, monkeypatch) -> None:
    chosen = tmp_path / "别处" / "巡查.db"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(chosen), ""))
    )
    dialog = SettingsDialog(paths, LocalSettings(operator="王小明"))
    qtbot.addWidget(dialog)
    dialog.ui.browseButton.click()
    assert dialog.ui.dbEdit.text() == str(chosen)


def test_settings_ask_returns_none_when_cancelled(qtbot, paths, monkeypatch) -> None:
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: SettingsDialog.DialogCode.Rejected)
    assert SettingsDialog.ask(None, paths, LocalSettings(operator="x")) is None


def test_about_dialog_shows_version_and_database(qtbot, db) -> None:
    dialog = AboutDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "关于巡查桌面"
    assert dialog.ui.titleLabel.text() == "巡查桌面"
    assert dialog.ui.versionValue.text() == __version__
    assert dialog.ui.dbValue.text() == str(db.target.path)
    assert dialog.ui.revisionValue.text() == schema_revision(db)
    assert dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).text() == "关闭"


def test_crash_dialog_shows_and_copies_the_report(qtbot, tmp_path) -> None:
    report = dialogs.crash_report("Traceback (most recent call last):\nZeroDivisionError: 除零")
    log = tmp_path / "logs" / "xuncha-desktop.log"
    dialog = CrashDialog(report, log)
    qtbot.addWidget(dialog)
    edit = dialog.ui.reportEdit
    assert edit.isReadOnly()
    assert "ZeroDivisionError: 除零" in edit.toPlainText()
    assert f"巡查桌面 {__version__}" in edit.toPlainText()
    assert str(log) in dialog.ui.logLabel.text()
    dialog.ui.copyButton.click()
    assert QApplication.clipboard().text() == report
    assert dialog.ui.copiedLabel.text() == "已复制到剪贴板"


def test_error_box_shows_message_and_hint(qtbot) -> None:
    err = DatabaseError("数据库文件是只读的。", hint="请取消文件的只读属性。")
    box = dialogs.build_error_box(None, err)
    qtbot.addWidget(box)
    assert box.windowTitle() == "巡查桌面"
    assert box.text() == "数据库文件是只读的。"
    assert box.informativeText() == "请取消文件的只读属性。"
    assert box.icon() == QMessageBox.Icon.Warning
    assert [b.text() for b in box.buttons()] == ["确定"]


def test_show_error_runs_the_box(qtbot, monkeypatch) -> None:
    seen = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda self: seen.append((self.text(), self.informativeText())) or 0
    )
    dialogs.show_error(None, DatabaseError("出错了。", hint="请重试。"))
    assert seen == [("出错了。", "请重试。")]
