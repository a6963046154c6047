"""Regenerate ``src/xuncha_desktop/ui/forms/ui_*.py`` from ``forms/*.ui`` with pyside6-uic.

Run from anywhere: ``python scripts/compile_forms.py``. The generated files are committed;
``tests/ui/test_forms_fresh.py`` fails when one is out of date.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
OUT = ROOT / "src" / "xuncha_desktop" / "ui" / "forms"


def find_uic() -> str:
    """pyside6-uic next to this interpreter, else on PATH."""
    bindir = Path(sys.executable).parent
    for name in ("pyside6-uic", "pyside6-uic.exe"):
        candidate = bindir / name
        if candidate.exists():
            return str(candidate)
    found = shutil.which("pyside6-uic")
    if found is None:
        raise SystemExit("找不到 pyside6-uic，请先安装 PySide6。")
    return found


def output_name(ui_file: Path) -> str:
    return f"ui_{ui_file.stem}.py"


def compile_all(out_dir: Path = OUT, forms_dir: Path = FORMS) -> list[Path]:
    uic = find_uic()
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for ui_file in sorted(forms_dir.glob("*.ui")):
        target = out_dir / output_name(ui_file)
        subprocess.run([uic, str(ui_file), "-o", str(target)], check=True)
        written.append(target)
    return written


def main() -> int:
    for path in compile_all():
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
