"""The committed ui_*.py files are exactly what pyside6-uic makes of forms/*.ui today."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "forms"
GENERATED = ROOT / "src" / "xuncha_desktop" / "ui" / "forms"
VERSION_LINE = "## Created by: Qt User Interface Compiler version"


def find_uic() -> str:
    bindir = Path(sys.executable).parent
    for name in ("pyside6-uic", "pyside6-uic.exe"):
        if (bindir / name).exists():
            return str(bindir / name)
    found = shutil.which("pyside6-uic")
    if found is None:
        pytest.fail("pyside6-uic not found")
    return found


def normalised(path: Path) -> list[str]:
    """Lines with line endings unified, minus the uic version comment."""
    text = path.read_bytes().decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    return [line for line in text.split("\n") if not line.startswith(VERSION_LINE)]


UI_FILES = sorted(FORMS.glob("*.ui"))


def test_there_are_forms() -> None:
    names = {p.name for p in UI_FILES}
    assert {
        "main_window.ui",
        "settings_dialog.ui",
        "about_dialog.ui",
        "crash_dialog.ui",
        "list_tab.ui",
    } <= names


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda p: p.name)
def test_generated_form_is_fresh(ui_file: Path, tmp_path: Path) -> None:
    out = tmp_path / f"ui_{ui_file.stem}.py"
    subprocess.run([find_uic(), str(ui_file), "-o", str(out)], check=True)
    committed = GENERATED / out.name
    assert committed.exists(), f"{committed} missing: run scripts/compile_forms.py"
    assert normalised(committed) == normalised(out), (
        f"{committed.name} is stale: run scripts/compile_forms.py"
    )


def test_no_orphan_generated_files() -> None:
    expected = {f"ui_{p.stem}.py" for p in UI_FILES}
    present = {p.name for p in GENERATED.glob("ui_*.py")}
    assert present == expected
