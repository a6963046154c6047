"""Fixtures for the UI tests: a small populated database and a main window over it."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from xuncha_desktop.config import LocalSettings, Paths, resolve_paths
from xuncha_desktop.db.engine import Database


def _load_dataset() -> ModuleType:
    name = "xuncha_test_dataset"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name("dataset.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


dataset = _load_dataset()
TODAY = dataset.TODAY


@pytest.fixture
def populated(tmp_path: Path) -> Iterator[tuple[Database, object]]:
    db, ids = dataset.make_database(tmp_path / "t.db")
    try:
        yield db, ids
    finally:
        db.close()


@pytest.fixture
def db(populated: tuple[Database, object]) -> Database:
    return populated[0]


@pytest.fixture
def ids(populated: tuple[Database, object]) -> object:
    return populated[1]


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    p = resolve_paths(tmp_path / "data", tmp_path / "config")
    p.ensure()
    return p


@pytest.fixture
def settings() -> LocalSettings:
    return LocalSettings(operator="王小明")


@pytest.fixture
def window(qtbot, db: Database, paths: Paths, settings: LocalSettings):  # type: ignore[no-untyped-def]
    from xuncha_desktop.ui.main_window import MainWindow

    w = MainWindow(db, paths, settings, today=TODAY)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def today():  # type: ignore[no-untyped-def]
    """The fixed "today" of the dataset (deadline statuses depend on it)."""
    return TODAY
