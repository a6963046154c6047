"""Evidence copies off the UI thread, with a progress dialog and cancel.

:class:`EvidenceJob` runs ``fn(progress, cancelled)`` in the :class:`QThreadPool`; ``progress``
takes ``(bytes_done, bytes_total)`` and is reported to the UI thread as per-mille (a file of
several GB does not fit a Qt ``int``). The function never touches a widget. A cancelled copy
raises :class:`~xuncha_desktop.archive.store.CopyCancelled` in the worker and leaves nothing
behind (the archive layer sees to that).

:func:`start_job` is asynchronous (the evidence panel); :func:`run_blocking` waits in a local
event loop, the window staying responsive, for callers that need the result before they go on
(attachments of a finding's transition are copied, then the transition is saved).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from xuncha_desktop.archive.store import CopyCancelled
from xuncha_desktop.errors import XunchaError

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]
SHOW_AFTER_MS = 400


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("EvidenceJobs", text)


class EvidenceJobSignals(QObject):
    progress = Signal(int)  # per mille
    done = Signal(object)
    failed = Signal(object)  # a XunchaError
    cancelled = Signal()
    crashed = Signal(object)  # sys.exc_info() of a bug


class EvidenceJob(QRunnable):
    """Runs ``fn(progress, cancelled)`` in a pool thread and reports through ``signals``."""

    def __init__(self, fn: Work) -> None:
        super().__init__()
        self.fn = fn
        self.signals = EvidenceJobSignals()
        self._cancel = threading.Event()
        self._last = -1
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int) -> None:
        value = 1000 if total <= 0 else min(1000, done * 1000 // total)
        if value != self._last:
            self._last = value
            self.signals.progress.emit(value)

    def run(self) -> None:
        try:
            result = self.fn(self._progress, self._cancel.is_set)
        except CopyCancelled:
            self.signals.cancelled.emit()
        except XunchaError as err:
            self.signals.failed.emit(err)
        except BaseException:  # a bug: handed to the UI thread's excepthook
            self.signals.crashed.emit(sys.exc_info())
        else:
            self.signals.done.emit(result)


def _crash(info: object) -> None:
    assert isinstance(info, tuple) and len(info) == 3
    sys.excepthook(info[0], info[1], info[2])


def start_job(parent: QWidget, title: str, fn: Work, *,
              on_done: Callable[[Any], None],
              on_failed: Callable[[XunchaError], None],
              on_cancelled: Callable[[], None]) -> EvidenceJob:
    """Start ``fn`` in the pool with a window-modal progress dialog (shown after a moment)."""
    job = EvidenceJob(fn)
    dialog = QProgressDialog(title, _tr("取消"), 0, 1000, parent)
    dialog.setWindowTitle(_tr("正在复制证据"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    dialog.canceled.connect(job.cancel)

    def finish() -> None:
        dialog.canceled.disconnect(job.cancel)
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()

    def done(result: Any) -> None:
        finish()
        on_done(result)

    def failed(err: object) -> None:
        finish()
        assert isinstance(err, XunchaError)
        on_failed(err)

    def cancelled() -> None:
        finish()
        on_cancelled()

    def crashed(info: object) -> None:
        finish()
        on_cancelled()
        _crash(info)

    job.signals.progress.connect(dialog.setValue)
    job.signals.done.connect(done)
    job.signals.failed.connect(failed)
    job.signals.cancelled.connect(cancelled)
    job.signals.crashed.connect(crashed)
    QThreadPool.globalInstance().start(job)
    return job


def run_blocking(parent: QWidget, title: str, fn: Work) -> Any:
    """Run ``fn`` off the UI thread and wait for it; raises its XunchaError or CopyCancelled."""
    loop = QEventLoop(parent)
    outcome: dict[str, Any] = {}

    def done(result: Any) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(err: XunchaError) -> None:
        outcome["error"] = err
        loop.quit()

    def cancelled() -> None:
        outcome["error"] = CopyCancelled()
        loop.quit()

    job = start_job(parent, title, fn, on_done=done, on_failed=failed, on_cancelled=cancelled)
    if not outcome:
        loop.exec()
    del job
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")


__all__ = ["EvidenceJob", "run_blocking", "start_job"]
