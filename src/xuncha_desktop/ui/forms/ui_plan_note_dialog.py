# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_note_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_PlanNoteDialog(object):
    def setupUi(self, PlanNoteDialog):
        if not PlanNoteDialog.objectName():
            PlanNoteDialog.setObjectName(u"PlanNoteDialog")
        self.noteLayout = QVBoxLayout(PlanNoteDialog)
        self.noteLayout.setObjectName(u"noteLayout")
        self.promptLabel = QLabel(PlanNoteDialog)
        self.promptLabel.setObjectName(u"promptLabel")
        self.promptLabel.setWordWrap(True)

        self.noteLayout.addWidget(self.promptLabel)

        self.noteEdit = QPlainTextEdit(PlanNoteDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.noteLayout.addWidget(self.noteEdit)

        self.errorLabel = QLabel(PlanNoteDialog)
        self.errorLabel.setObjectName(u"errorLabel")

        self.noteLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PlanNoteDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.noteLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.noteEdit, self.buttonBox)

        self.retranslateUi(PlanNoteDialog)

        QMetaObject.connectSlotsByName(PlanNoteDialog)
    # setupUi

    def retranslateUi(self, PlanNoteDialog):
        PlanNoteDialog.setWindowTitle(QCoreApplication.translate("PlanNoteDialog", u"\u8bf7\u786e\u8ba4", None))
        self.promptLabel.setText("")
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("PlanNoteDialog", u"\u8bf4\u660e\uff08\u53ef\u9009\uff09", None))
        self.errorLabel.setText("")
        self.errorLabel.setStyleSheet(QCoreApplication.translate("PlanNoteDialog", u"color: #b00000;", None))
    # retranslateUi

