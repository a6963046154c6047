"""The import preview of the personnel pool: what would change, and the error list."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from xuncha_desktop.errors import XunchaError
from xuncha_desktop.services import people_io
from xuncha_desktop.ui.dialogs import _min_width_chars, show_error

ALL, VALID_ONLY = "all", "valid"


class ImportPreviewDialog(QDialog):
    def __init__(self, preview: people_io.ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.choice: str | None = None
        self.setWindowTitle(self.tr("导入人员库：检查结果"))
        box = QVBoxLayout(self)
        self.summary = QLabel(preview.summary(), self)
        self.summary.setWordWrap(True)
        box.addWidget(self.summary)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        lines = [self.tr("【错误】") + e.text for e in preview.errors[:500]]
        lines += [f"第 {r.row} 行 {r.data.name}：{r.action}" +
                  ("（" + "；".join(r.changes) + "）" if r.changes else "")
                  for r in preview.rows if r.action != "新增"][:500]
        self.details.setPlainText("\n".join(lines) or self.tr("全部为新增人员，没有错误。"))
        box.addWidget(self.details)
        buttons = QDialogButtonBox(self)
        self.import_all = buttons.addButton(self.tr("导入"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_valid = buttons.addButton(self.tr("只导入正确的行"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_errors = QPushButton(self.tr("错误清单另存为 Excel…"), self)
        buttons.addButton(self.save_errors, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.import_all.setEnabled(not preview.errors)
        self.import_valid.setVisible(bool(preview.errors) and bool(preview.rows))
        self.save_errors.setVisible(bool(preview.errors))
        self.import_all.clicked.connect(lambda: self._choose(ALL))
        self.import_valid.clicked.connect(lambda: self._choose(VALID_ONLY))
        self.save_errors.clicked.connect(self._save_errors)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        _min_width_chars(self, 60)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def _save_errors(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存错误清单"), "导入错误.xlsx",
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            try:
                people_io.save_errors(self.preview.errors, path)
            except XunchaError as err:
                show_error(self, err)

    @classmethod
    def ask(cls, parent: QWidget | None, preview: people_io.ImportPreview) -> str | None:
        """``"all"``, ``"valid"`` or None (cancelled)."""
        dlg = cls(preview, parent)
        dlg.exec()
        return dlg.choice
