"""Settings, About and Crash dialogs, and domain-error message boxes."""

from __future__ import annotations

import errno
import json
import os
import sys

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox

from xuncha_desktop import __version__
from xuncha_desktop.config import LocalSettings, load_settings, save_settings
from xuncha_desktop.errors import DatabaseError
from xuncha_desktop.services.backups import backup_settings
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


def test_settings_dialog_saves_backup_settings(qtbot, paths, tmp_path, monkeypatch) -> None:
    backups = tmp_path / "备份"
    archive = tmp_path / "证据档案"
    backups.mkdir()
    archive.mkdir()
    picks = iter([str(backups), str(archive)])
    titles = []

    def fake_choose(parent, title, start):
        titles.append(title)
        return next(picks)

    monkeypatch.setattr(dialogs, "choose_directory", fake_choose)
    dialog = SettingsDialog(paths, LocalSettings(operator="王小明"), current_db="")
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.backupGroup.title() == "备份"
    assert ui.backupDirEdit.text() == ""
    assert ui.backupDirEdit.placeholderText() == "数据库旁的 xuncha.backups 文件夹"
    ui.dbEdit.setText(str(tmp_path / "海口.db"))
    assert ui.backupDirEdit.placeholderText() == "数据库旁的 海口.backups 文件夹"
    assert [ui.keepDailySpin.value(), ui.keepWeeklySpin.value(), ui.keepMonthlySpin.value()] == [
        7,
        4,
        12,
    ]
    assert (ui.keepDailySpin.minimum(), ui.keepDailySpin.maximum()) == (1, 365)
    assert (ui.keepWeeklySpin.minimum(), ui.keepWeeklySpin.maximum()) == (1, 104)
    assert (ui.keepMonthlySpin.minimum(), ui.keepMonthlySpin.maximum()) == (1, 120)
    ui.backupDirBrowseButton.click()
    ui.archiveDirBrowseButton.click()
    assert titles == ["选择备份文件夹", "选择证据档案文件夹"]
    assert ui.backupDirEdit.text() == str(backups)
    assert ui.archiveDirEdit.text() == str(archive)
    ui.keepDailySpin.setValue(30)
    ui.keepWeeklySpin.setValue(8)
    ui.keepMonthlySpin.setValue(24)
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    on_disk = json.loads(paths.settings_file.read_text("utf-8"))
    assert on_disk["backup_dir"] == str(backups)
    assert on_disk["archive_dir"] == str(archive)
    assert (
        on_disk["backup_keep_daily"],
        on_disk["backup_keep_weekly"],
        on_disk["backup_keep_monthly"],
    ) == (30, 8, 24)
    assert on_disk["operator"] == "王小明"
    cfg = backup_settings(load_settings(paths), tmp_path / "海口.db")
    assert (cfg.folder, cfg.keep_daily, cfg.keep_weekly, cfg.keep_monthly, cfg.archive_dir) == (
        backups,
        30,
        8,
        24,
        archive,
    )


def test_settings_dialog_empty_backup_folder_means_default(qtbot, paths) -> None:
    settings = LocalSettings(operator="王小明", backup_dir="/旧/备份", archive_dir="/旧/档案")
    dialog = SettingsDialog(paths, settings, current_db=str(paths.default_db))
    qtbot.addWidget(dialog)
    assert dialog.ui.backupDirEdit.text() == "/旧/备份"
    dialog.ui.backupDirEdit.setText("  ")
    dialog.ui.archiveDirEdit.clear()
    dialog.accept()
    saved = load_settings(paths)
    assert (saved.backup_dir, saved.archive_dir) == ("", "")
    cfg = backup_settings(saved, paths.default_db)
    assert cfg.folder == paths.data_dir / "xuncha.backups"
    assert cfg.archive_dir == paths.data_dir / "xuncha.archive"  # beside the database


def test_settings_dialog_keeps_out_of_range_counts_it_did_not_touch(qtbot, paths) -> None:
    settings = LocalSettings(operator="王小明", backup_keep_weekly=0, backup_keep_daily=400)
    dialog = SettingsDialog(paths, settings)
    qtbot.addWidget(dialog)
    assert dialog.ui.keepWeeklySpin.value() == 1
    dialog.ui.keepMonthlySpin.setValue(6)
    dialog.accept()
    saved = load_settings(paths)
    assert (saved.backup_keep_daily, saved.backup_keep_weekly, saved.backup_keep_monthly) == (
        400,
        0,
        6,
    )


def _refused(qtbot, paths, monkeypatch, **fields):  # type: ignore[no-untyped-def]
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, err: shown.append(err))
    save_settings(paths, LocalSettings(operator="王小明"))
    before = paths.settings_file.read_bytes()
    dialog = SettingsDialog(paths, LocalSettings(operator="王小明"))
    qtbot.addWidget(dialog)
    dialog.ui.operatorEdit.setText("李四")
    dialog.ui.keepDailySpin.setValue(3)
    dialog.ui.backupDirEdit.setText(fields.get("backup_dir", ""))
    dialog.ui.archiveDirEdit.setText(fields.get("archive_dir", ""))
    dialog.accept()
    assert dialog.saved is None
    assert dialog.result() != dialog.DialogCode.Accepted
    assert paths.settings_file.read_bytes() == before
    assert len(shown) == 1
    return shown[0]


def test_settings_dialog_refuses_missing_backup_folder(qtbot, paths, tmp_path, monkeypatch) -> None:
    missing = tmp_path / "不存在"
    err = _refused(qtbot, paths, monkeypatch, backup_dir=str(missing))
    assert err.message == f"文件夹“{missing}”不存在。"
    assert "建好" in err.hint


def test_settings_dialog_refuses_file_as_backup_folder(qtbot, paths, tmp_path, monkeypatch) -> None:
    a_file = tmp_path / "备份.txt"
    a_file.write_text("x", "utf-8")
    err = _refused(qtbot, paths, monkeypatch, backup_dir=str(a_file))
    assert err.message == f"文件夹“{a_file}”不存在。"


def test_settings_dialog_refuses_relative_backup_folder(qtbot, paths, monkeypatch) -> None:
    err = _refused(qtbot, paths, monkeypatch, backup_dir="备份")
    assert err.message == "“备份”不是完整的文件夹路径。"


def test_settings_dialog_refuses_unwritable_backup_folder(
    qtbot, paths, tmp_path, monkeypatch
) -> None:
    folder = tmp_path / "只读"
    folder.mkdir()

    def denied(path):
        assert path == folder
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(dialogs, "probe_writable", denied)
    err = _refused(qtbot, paths, monkeypatch, backup_dir=str(folder))
    assert err.message == f"无法在文件夹“{folder}”中写入文件：Permission denied"
    assert "写入权限" in err.hint


def test_settings_dialog_refuses_missing_archive_folder(
    qtbot, paths, tmp_path, monkeypatch
) -> None:
    missing = tmp_path / "档案"
    err = _refused(qtbot, paths, monkeypatch, archive_dir=str(missing))
    assert err.message == f"文件夹“{missing}”不存在。"


def test_probe_writable(tmp_path) -> None:
    dialogs.probe_writable(tmp_path)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(OSError):
        dialogs.probe_writable(tmp_path / "不存在")


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root ignores folder permissions"
)
def test_probe_writable_read_only_folder(tmp_path) -> None:
    folder = tmp_path / "只读"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(PermissionError):
            dialogs.probe_writable(folder)
    finally:
        folder.chmod(0o700)
