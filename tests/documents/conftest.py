"""Fixtures for the document engine tests."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # for doc_helpers (tests are not a package)

from doc_helpers import make_document

from xuncha_desktop.documents.fonts import FontSet, resolve_fonts
from xuncha_desktop.documents.model import Document


@pytest.fixture(scope="session")
def fonts() -> FontSet:
    # No Windows fonts on the test machine: fontconfig only.
    return resolve_fonts(windows_font_dirs=[])


@pytest.fixture
def sample_doc() -> Document:
    return make_document()


@pytest.fixture
def doc_factory() -> Callable[..., Document]:
    return make_document
