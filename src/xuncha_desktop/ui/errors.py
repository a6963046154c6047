"""The two kinds of error (DESIGN rule 10), as seen by the GUI.

:func:`install_excepthook` replaces ``sys.excepthook``: a :class:`XunchaError` that escapes to
the event loop is shown with :func:`~xuncha_desktop.ui.dialogs.show_error`; anything else is a
bug, written with its traceback to a rotating log file and shown in the crash dialog.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QWidget

from xuncha_desktop.errors import XunchaError
from xuncha_desktop.ui import dialogs

LOG_NAME = "xuncha-desktop.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 5
LOGGER = "xuncha_desktop"

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class ExceptHook:
    """Callable installed as ``sys.excepthook``; ``uninstall()`` restores the previous one."""

    def __init__(self, log_dir: Path) -> None:
        log_dir.mkdir(parents=True, exist_ok=True)
        self.log_file = log_dir / LOG_NAME
        self.handler = logging.handlers.RotatingFileHandler(
            self.log_file, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
        self.handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
        )
        self.logger = logging.getLogger(LOGGER)
        self.logger.addHandler(self.handler)
        if self.logger.level == logging.NOTSET or self.logger.level > logging.INFO:
            self.logger.setLevel(logging.INFO)
        self.previous = sys.excepthook
        self._busy = False

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self.previous(exc_type, exc, tb)
            return
        if self._busy:
            # An error while showing an error: log it and do not open another dialog.
            self.logger.error("处理错误时再次出错", exc_info=(exc_type, exc, tb))
            return
        self._busy = True
        try:
            if isinstance(exc, XunchaError):
                self.logger.warning("%s", exc)
                if QApplication.instance() is not None:
                    dialogs.show_error(_parent(), exc)
                return
            self.logger.error("程序错误", exc_info=(exc_type, exc, tb))
            self.handler.flush()
            text = "".join(traceback.format_exception(exc_type, exc, tb))
            if QApplication.instance() is None:
                self.previous(exc_type, exc, tb)
                return
            dialogs.CrashDialog.ask(_parent(), dialogs.crash_report(text), self.log_file)
        finally:
            self._busy = False

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self.previous
        self.logger.removeHandler(self.handler)
        self.handler.close()


def _parent() -> QWidget | None:
    return QApplication.activeWindow()


def install_excepthook(log_dir: Path) -> ExceptHook:
    """Route uncaught exceptions to the log file and the crash / error dialogs."""
    hook = ExceptHook(log_dir)
    sys.excepthook = hook
    return hook
