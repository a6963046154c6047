"""工具 → 核验证据档案… and 生成归档案卷…: off the UI thread, with progress, cancel and results."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "archive"))  # tests are not a package

from archive_helpers import Tour, add_evidence, clerk_login, copy_demo, make_demo, pick_tour

from xuncha_desktop.archive import verify as verify_module
from xuncha_desktop.archive.bagit import check_package
from xuncha_desktop.archive.layout import blob_path
from xuncha_desktop.archive.package import PackageCancelled
from xuncha_desktop.archive.verify import VerifyCancelled
from xuncha_desktop.db import models as m
from xuncha_desktop.documents.fonts import FontSet, resolve_fonts
from xuncha_desktop.services.bootstrap import open_for_use
from xuncha_desktop.services.uow import read_session
from xuncha_desktop.ui import archive_dialogs
from xuncha_desktop.ui.archive_dialogs import (
    ConfirmOverwrite,
    PackageDialog,
    SaveFile,
    VerifyDialog,
)

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform, on show()


@pytest.fixture(scope="module")
def demo_source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo(tmp_path_factory.mktemp("ui-archive") / "demo.db")


@pytest.fixture(scope="module")
def fonts() -> FontSet:
    return resolve_fonts(windows_font_dirs=[])


@pytest.fixture
def tour(demo_source: Path, tmp_path: Path) -> Iterator[Tour]:
    db_path, archive = copy_demo(demo_source, tmp_path)
    db = open_for_use(db_path, operator="测试员")
    db.operator = clerk_login(db)
    try:
        yield Tour(db, db_path, archive, *pick_tour(db))
    finally:
        db.close()


def _plan_of(tour: Tour) -> int:
    with read_session(tour.db) as session:
        target = session.get(m.Target, tour.target_id)
        assert target is not None
        return target.batch.plan_id


def test_verify_dialog_lists_a_changed_file_by_record(qtbot: Any, qtmodeltester: Any,
                                                      tour: Tour) -> None:
    sha = add_evidence(tour.db, tour.archive, b"\xff\xd8photo" * 4000, "现场照片.jpg",
                       finding_id=tour.finding_id)
    add_evidence(tour.db, tour.archive, b"minutes" * 100, "纪要扫描.pdf",
                 interview_id=tour.interview_id, media_type="application/pdf")
    path = blob_path(tour.archive, sha)
    data = bytearray(path.read_bytes())
    data[7] ^= 0x40
    path.write_bytes(bytes(data))

    dialog = VerifyDialog(tour.db, tour.archive)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.verifyFinished, timeout=60000) as blocker:
        dialog.ui.startButton.click()
    report = blocker.args[0]
    assert report is not None and not report.ok
    model = dialog.model
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    row = [model.index(0, c).data() for c in range(4)]
    assert row[0] == "已改动"
    assert row[1] == f"问题隐患 {tour.finding_code} 的附件“现场照片.jpg”"
    assert "SHA-256 不符" in row[2]
    assert row[3] == blob_path(tour.archive, sha).relative_to(tour.archive).as_posix()
    assert "发现 1 个问题" in dialog.ui.statusLabel.text()
    assert dialog.ui.progressBar.value() == dialog.ui.progressBar.maximum()
    assert dialog.ui.startButton.isEnabled() and not dialog.ui.cancelButton.isVisible()
    shots = os.environ.get("XUNCHA_SHOTS")
    if shots:  # for looking at the screen by hand
        dialog.grab().save(str(Path(shots) / "verify.png"))


def _wait_for_cancel(started: threading.Event, exc: type[Exception]) -> Callable[..., Any]:
    def fake(*_args: Any, cancelled: Callable[[], bool] | None = None, **_kw: Any) -> Any:
        started.set()
        assert cancelled is not None
        while not cancelled():
            threading.Event().wait(0.01)
        raise exc()
    return fake


def test_verify_can_be_cancelled(qtbot: Any, tour: Tour, monkeypatch: pytest.MonkeyPatch) -> None:
    started = threading.Event()
    monkeypatch.setattr(archive_dialogs, "verify_archive", _wait_for_cancel(started, VerifyCancelled))
    dialog = VerifyDialog(tour.db, tour.archive)
    qtbot.addWidget(dialog)
    dialog.start()
    assert dialog.ui.cancelButton.isVisible() is False or dialog.busy()
    qtbot.waitUntil(started.is_set)
    with qtbot.waitSignal(dialog.verifyFinished, timeout=10000) as blocker:
        dialog.ui.cancelButton.click()
    assert blocker.args == [None]
    assert dialog.ui.statusLabel.text() == "核验已取消，未完成的部分没有检查。"
    assert dialog.model.rowCount() == 0
    assert verify_module.verify_archive is not archive_dialogs.verify_archive


def test_package_dialog_writes_a_package_that_checks(qtbot: Any, tour: Tour, fonts: FontSet,
                                                     tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    add_evidence(tour.db, tour.archive, b"\xff\xd8photo" * 4000, "现场照片.jpg",
                 finding_id=tour.finding_id)
    dialog = PackageDialog(tour.db, tour.archive, fonts=fonts, plan_id=_plan_of(tour),
                           target_id=tour.target_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.selected_target() == tour.target_id
    assert dialog.ui.outEdit.text().endswith(".zip")  # a name is suggested
    out = tmp_path / "出口" / "临时名"
    out.parent.mkdir()
    monkeypatch.setattr(SaveFile, "ask", classmethod(lambda cls, *a: str(out)))
    dialog.ui.browseButton.click()
    assert dialog.ui.outEdit.text() == str(out) + ".zip"
    with qtbot.waitSignal(dialog.packageFinished, timeout=120000) as blocker:
        dialog.ui.buildButton.click()
    result = blocker.args[0]
    assert result is not None, dialog.ui.statusLabel.text()
    zip_path = out.with_name("临时名.zip")
    assert os.listdir(out.parent) == ["临时名.zip"]
    assert check_package(zip_path).ok
    assert dialog.ui.statusLabel.text().startswith(f"已生成归档案卷：{zip_path}")
    assert dialog.ui.buildButton.isEnabled()

    # An existing file is replaced only when the clerk agrees.
    asked: list[str] = []
    monkeypatch.setattr(ConfirmOverwrite, "ask",
                        classmethod(lambda cls, parent, text: asked.append(text) or False))
    before = zip_path.stat().st_mtime_ns
    dialog.ui.buildButton.click()
    assert asked == ["“临时名.zip”已存在，要替换它吗？"]
    assert not dialog.busy() and zip_path.stat().st_mtime_ns == before


def test_package_cancel_leaves_no_file(qtbot: Any, tour: Tour, fonts: FontSet, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    started = threading.Event()
    monkeypatch.setattr(archive_dialogs, "build_package",
                        _wait_for_cancel(started, PackageCancelled))
    dialog = PackageDialog(tour.db, tour.archive, fonts=fonts, plan_id=_plan_of(tour),
                           target_id=tour.target_id)
    qtbot.addWidget(dialog)
    dialog.ui.outEdit.setText(str(tmp_path / "案卷.zip"))
    dialog.ui.buildButton.click()
    qtbot.waitUntil(started.is_set)
    assert not dialog.ui.buildButton.isEnabled()
    with qtbot.waitSignal(dialog.packageFinished, timeout=10000) as blocker:
        dialog.ui.cancelButton.click()
    assert blocker.args == [None]
    assert dialog.ui.statusLabel.text() == "已取消生成归档案卷，没有留下文件。"
    assert not (tmp_path / "案卷.zip").exists()


def test_menu_actions_open_the_dialogs_on_the_default_archive(
        window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [a.text() for a in window.ui.menuTools.actions()]
    assert "核验证据档案(&V)…" in texts and "生成归档案卷(&K)…" in texts
    calls: list[tuple[str, Path, dict[str, Any]]] = []
    monkeypatch.setattr(VerifyDialog, "ask", classmethod(
        lambda cls, parent, db, folder: calls.append(("verify", folder, {}))))
    monkeypatch.setattr(PackageDialog, "ask", classmethod(
        lambda cls, parent, db, folder, **kw: calls.append(("package", folder, kw))))
    window.archive_verify_action.trigger()
    window.archive_package_action.trigger()
    beside = window.db.target.path.with_name(window.db.target.path.stem + ".archive")
    assert [(c[0], c[1]) for c in calls] == [("verify", beside), ("package", beside)]
    assert calls[1][2]["plan_id"] == window.selected_plan_id()
