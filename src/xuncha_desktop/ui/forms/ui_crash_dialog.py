# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'crash_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_CrashDialog(object):
    def setupUi(self, CrashDialog):
        if not CrashDialog.objectName():
            CrashDialog.setObjectName(u"CrashDialog")
        self.crashLayout = QVBoxLayout(CrashDialog)
        self.crashLayout.setObjectName(u"crashLayout")
        self.messageLabel = QLabel(CrashDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.crashLayout.addWidget(self.messageLabel)

        self.reportEdit = QPlainTextEdit(CrashDialog)
        self.reportEdit.setObjectName(u"reportEdit")
        self.reportEdit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.reportEdit.setReadOnly(True)

        self.crashLayout.addWidget(self.reportEdit)

        self.logLabel = QLabel(CrashDialog)
        self.logLabel.setObjectName(u"logLabel")
        self.logLabel.setWordWrap(True)
        self.logLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.crashLayout.addWidget(self.logLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.copyButton = QPushButton(CrashDialog)
        self.copyButton.setObjectName(u"copyButton")

        self.buttonRow.addWidget(self.copyButton)

        self.copiedLabel = QLabel(CrashDialog)
        self.copiedLabel.setObjectName(u"copiedLabel")

        self.buttonRow.addWidget(self.copiedLabel)

        self.horizontalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.horizontalSpacer)

        self.closeButton = QPushButton(CrashDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.crashLayout.addLayout(self.buttonRow)


        self.retranslateUi(CrashDialog)

        self.closeButton.setDefault(True)


        QMetaObject.connectSlotsByName(CrashDialog)
    # setupUi

    def retranslateUi(self, CrashDialog):
        CrashDialog.setWindowTitle(QCoreApplication.translate("CrashDialog", u"\u5de1\u67e5\u684c\u9762\u9047\u5230\u4e86\u7a0b\u5e8f\u9519\u8bef", None))
        self.messageLabel.setText(QCoreApplication.translate("CrashDialog", u"\u7a0b\u5e8f\u9047\u5230\u4e86\u4e00\u4e2a\u610f\u5916\u9519\u8bef\u3002\u8fd9\u4e0d\u662f\u60a8\u7684\u64cd\u4f5c\u9020\u6210\u7684\u3002\u5df2\u4fdd\u5b58\u7684\u6570\u636e\u4e0d\u53d7\u5f71\u54cd\uff0c\u4f46\u521a\u624d\u7684\u64cd\u4f5c\u53ef\u80fd\u6ca1\u6709\u5b8c\u6210\u3002\u8bf7\u70b9\u51fb\u201c\u590d\u5236\u201d\uff0c\u628a\u4e0b\u9762\u7684\u9519\u8bef\u62a5\u544a\u53d1\u7ed9\u7cfb\u7edf\u7ba1\u7406\u5458\u3002", None))
        self.copyButton.setText(QCoreApplication.translate("CrashDialog", u"\u590d\u5236(&C)", None))
        self.copiedLabel.setText("")
        self.closeButton.setText(QCoreApplication.translate("CrashDialog", u"\u5173\u95ed", None))
    # retranslateUi

