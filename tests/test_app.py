"""The window's start-up with bad database files: a dialog in Chinese, exit 1, file unchanged."""

from __future__ import annotations

import sys
from typing import Any

import pytest

from xuncha_desktop import app
from xuncha_desktop.errors import XunchaError


def test_window_refuses_bad_database_with_a_dialog(bad_database: Any, qapp: object,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    before = bad_database.fingerprint()
    shown: list[XunchaError] = []
    monkeypatch.setattr("xuncha_desktop.ui.dialogs.show_error",
                        lambda parent, err: shown.append(err))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    rc = app.main(["--db", str(bad_database.path)])
    assert rc == 1
    assert len(shown) == 1
    assert bad_database.message in shown[0].message
    assert shown[0].hint  # says what to do next
    assert bad_database.fingerprint() == before
