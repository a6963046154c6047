"""Shared test configuration.

Qt runs offscreen in tests; this is set here, before any test module imports Qt, rather
than in the test modules themselves.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.fonts.warning=false")


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test gets its own data and config folders; nothing touches the real profile."""
    monkeypatch.setenv("XUNCHA_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XUNCHA_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("XUNCHA_DB", raising=False)
    yield
