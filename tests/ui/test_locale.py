"""Qt's own texts (standard buttons) read in Chinese once the catalogue is installed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from xuncha_desktop.ui.locale import install_chinese


def test_standard_buttons_are_chinese(qtbot: Any) -> None:
    app = QApplication.instance()
    assert app is not None
    before = QLocale()
    translators = install_chinese(app)
    try:
        assert translators, "qtbase_zh_CN.qm ships with PySide6 and must load"
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        texts = {b.text().replace("&", "") for b in box.buttons()}
        assert texts & {"确定", "确定(O)"} and any(t.startswith("取消") for t in texts)
        msg = QMessageBox(QMessageBox.Icon.Information, "标题", "内容",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        qtbot.addWidget(msg)
        answers = sorted(b.text().replace("&", "")[:1] for b in msg.buttons())
        assert answers == ["否", "是"]
        assert QLocale().language() == QLocale.Language.Chinese
    finally:
        for t in translators:
            app.removeTranslator(t)
        QLocale.setDefault(before)
