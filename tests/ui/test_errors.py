"""The excepthook: bugs go to the log file and the crash dialog, domain errors to a message."""

from __future__ import annotations

import sys

import pytest

from xuncha_desktop.errors import ValidationError
from xuncha_desktop.ui import dialogs
from xuncha_desktop.ui.errors import LOG_NAME, install_excepthook


@pytest.fixture
def hook(tmp_path, qapp):  # type: ignore[no-untyped-def]
    previous = sys.excepthook
    h = install_excepthook(tmp_path / "logs")
    yield h
    h.uninstall()
    assert sys.excepthook is previous


def _raise(exc: BaseException):  # type: ignore[no-untyped-def]
    try:
        raise exc
    except BaseException as caught:
        return type(caught), caught, caught.__traceback__


def test_bug_is_logged_and_shown_in_crash_dialog(hook, tmp_path, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(
        dialogs.CrashDialog,
        "ask",
        classmethod(lambda cls, parent, report, log_file: shown.append((report, log_file))),
    )
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, err: errors.append(err))
    assert sys.excepthook is hook
    sys.excepthook(*_raise(ZeroDivisionError("division by zero")))
    assert errors == []
    assert len(shown) == 1
    report, log_file = shown[0]
    assert "ZeroDivisionError: division by zero" in report
    assert "Traceback (most recent call last)" in report
    assert log_file == tmp_path / "logs" / LOG_NAME
    logged = log_file.read_text("utf-8")
    assert "ZeroDivisionError: division by zero" in logged
    assert "ERROR" in logged


def test_domain_error_is_shown_not_crashed(hook, monkeypatch) -> None:
    crashes = []
    monkeypatch.setattr(dialogs.CrashDialog, "ask", classmethod(lambda cls, *a: crashes.append(a)))
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, err: errors.append(err))
    err = ValidationError("巡查计划的“标题”不能为空。", hint="请填写标题。")
    sys.excepthook(*_raise(err))
    assert crashes == []
    assert errors == [err]


def test_error_while_showing_an_error_does_not_loop(hook, monkeypatch) -> None:
    calls = []

    def failing_ask(cls, parent, report, log_file):  # type: ignore[no-untyped-def]
        calls.append(report)
        hook(*_raise(RuntimeError("again")))

    monkeypatch.setattr(dialogs.CrashDialog, "ask", classmethod(failing_ask))
    hook(*_raise(RuntimeError("first")))
    assert len(calls) == 1
    assert "again" in hook.log_file.read_text("utf-8")


def test_log_file_rotates(hook, monkeypatch) -> None:
    monkeypatch.setattr(dialogs.CrashDialog, "ask", classmethod(lambda cls, *a: None))
    hook.handler.maxBytes = 2000
    for i in range(10):
        hook(*_raise(RuntimeError(f"bug {i} " + "x" * 300)))
    rotated = hook.log_file.with_name(LOG_NAME + ".1")
    assert rotated.exists()
