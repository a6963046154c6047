"""The wheel alone gives a working app: build it, install it into a fresh virtual
environment, and run ``xuncha demo`` and ``xuncha check`` from there (DESIGN rule 7)."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_installs_and_runs(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "-w", str(dist), str(ROOT)],
        capture_output=True, text=True, check=False,
    )
    assert build.returncode == 0, build.stdout + build.stderr
    wheels = list(dist.glob("xuncha_desktop-*.whl"))
    assert len(wheels) == 1
    names = set(zipfile.ZipFile(wheels[0]).namelist())
    for needed in (
        "xuncha_desktop/resources/reference/regions.csv",
        "xuncha_desktop/resources/reference/checklist_v1.json",
        "xuncha_desktop/db/migrations/env.py",
        "xuncha_desktop/db/migrations/versions/0001_initial_schema.py",
    ):
        assert needed in names, needed
    assert not any(n.endswith(".pyc") for n in names)

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    bindir = env_dir / ("Scripts" if sys.platform == "win32" else "bin")
    install = subprocess.run(
        [str(bindir / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check",
         str(wheels[0])],
        capture_output=True, text=True, check=False, timeout=1200,
    )
    assert install.returncode == 0, install.stdout + install.stderr

    db = tmp_path / "wheel-demo.db"
    workdir = tmp_path / "elsewhere"
    workdir.mkdir()  # run outside the checkout so nothing is imported from src/
    demo = subprocess.run([str(bindir / "xuncha"), "--db", str(db), "demo"], cwd=workdir,
                          capture_output=True, text=True, check=False, timeout=600)
    assert demo.returncode == 0, demo.stdout + demo.stderr
    check = subprocess.run([str(bindir / "xuncha"), "--db", str(db), "check"], cwd=workdir,
                           capture_output=True, text=True, check=False, timeout=600)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "结论：全部通过。" in check.stdout
    where = subprocess.run(
        [str(bindir / "python"), "-c", "import xuncha_desktop; print(xuncha_desktop.__file__)"],
        cwd=workdir, capture_output=True, text=True, check=False,
    )
    assert str(env_dir) in where.stdout
