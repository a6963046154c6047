"""``xuncha-desktop`` / ``python -m xuncha_desktop``: the window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

from xuncha_desktop import APP_NAME, __version__


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="xuncha-desktop", description="巡查桌面")
    p.add_argument("--db", help="数据库文件路径或服务器地址（也可用环境变量 XUNCHA_DB）")
    p.add_argument("--data-dir", help="数据文件夹（也可用环境变量 XUNCHA_DATA_DIR）")
    p.add_argument("--config-dir", help="设置文件夹（也可用环境变量 XUNCHA_CONFIG_DIR）")
    p.add_argument("--archive", help="证据档案文件夹（默认：数据库文件旁的 <名称>.archive 文件夹）")
    p.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    args, _qt_args = p.parse_known_args(list(argv))
    return args


def main(argv: Sequence[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from xuncha_desktop.config import load_settings, resolve_db, resolve_paths
    from xuncha_desktop.errors import XunchaError
    from xuncha_desktop.ui.backup_dialog import schedule_daily_backup
    from xuncha_desktop.ui.dialogs import show_error
    from xuncha_desktop.ui.errors import install_excepthook
    from xuncha_desktop.ui.main_window import MainWindow
    from xuncha_desktop.ui.startup import open_checked

    argv = sys.argv if argv is None else [sys.argv[0], *argv]
    args = parse_args(argv[1:])
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("xuncha-desktop")
    from xuncha_desktop.ui.locale import install_chinese

    app.setProperty("xuncha_translators", len(install_chinese(app)))

    paths = resolve_paths(args.data_dir, args.config_dir)
    try:
        paths.ensure()
    except OSError as exc:
        show_error(None, XunchaError(f"无法创建数据文件夹“{paths.data_dir}”：{exc.strerror}。",
                                     hint="请用 --data-dir 指定一个可写的文件夹。"))
        return 1
    install_excepthook(paths.log_dir)
    try:
        settings = load_settings(paths)
        target = resolve_db(args.db, settings, paths)
        opened = open_checked(target, paths, settings, archive=args.archive)
    except XunchaError as err:
        show_error(None, err)
        return 1
    if opened is None:  # the file is open in another window, which was brought forward
        return 0
    db, guard = opened
    from xuncha_desktop.services.office_settings import load_office_settings

    window = MainWindow(db, paths, settings,
                        due_soon_days=load_office_settings(db).due_soon_days)
    if args.archive:  # read by the evidence panels (ui.evidence_panel.archive_root_for)
        from xuncha_desktop.ui.evidence_panel import ARCHIVE_OVERRIDE_PROPERTY

        window.setProperty(ARCHIVE_OVERRIDE_PROPERTY, args.archive)
    _fit_to_screen(window)
    window.show()
    guard.attach(window)
    if not guard.readonly:
        schedule_daily_backup(window)
    try:
        return int(app.exec())
    finally:
        guard.release(window)
        db.close()


def _fit_to_screen(window: QWidget) -> None:
    """Open at a comfortable size on the current screen (most of it, centred)."""
    screen = window.screen()
    if screen is None:
        return
    avail = screen.availableGeometry()
    width = min(max(window.minimumWidth(), int(avail.width() * 0.85)), 1600)
    height = min(max(window.minimumHeight(), int(avail.height() * 0.85)), 1000)
    window.resize(width, height)
    window.move(avail.x() + (avail.width() - width) // 2, avail.y() + (avail.height() - height) // 2)


if __name__ == "__main__":
    raise SystemExit(main())
