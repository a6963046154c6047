"""Fixtures for the evidence archive tests (helpers in ``archive_helpers``)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # tests are not a package

from archive_helpers import Tour, clerk_login, copy_demo, make_demo, pick_tour

from xuncha_desktop.services.bootstrap import open_for_use


@pytest.fixture(scope="session")
def demo_source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo(tmp_path_factory.mktemp("archive-demo") / "demo.db")


@pytest.fixture
def tour(demo_source: Path, tmp_path: Path) -> Iterator[Tour]:
    db_path, archive = copy_demo(demo_source, tmp_path)
    db = open_for_use(db_path, operator="测试员")
    db.operator = clerk_login(db)
    try:
        yield Tour(db, db_path, archive, *pick_tour(db))
    finally:
        db.close()
