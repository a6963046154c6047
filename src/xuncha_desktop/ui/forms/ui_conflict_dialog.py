# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflict_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ConflictDialog(object):
    def setupUi(self, ConflictDialog):
        if not ConflictDialog.objectName():
            ConflictDialog.setObjectName(u"ConflictDialog")
        self.dialogLayout = QVBoxLayout(ConflictDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.messageLabel = QLabel(ConflictDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.compareTable = QTableWidget(ConflictDialog)
        self.compareTable.setObjectName(u"compareTable")
        self.compareTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compareTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.compareTable.setWordWrap(True)
        self.compareTable.horizontalHeader().setStretchLastSection(True)
        self.compareTable.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.compareTable)

        self.hintLabel = QLabel(ConflictDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.copyButton = QPushButton(ConflictDialog)
        self.copyButton.setObjectName(u"copyButton")

        self.buttonLayout.addWidget(self.copyButton)

        self.copiedLabel = QLabel(ConflictDialog)
        self.copiedLabel.setObjectName(u"copiedLabel")

        self.buttonLayout.addWidget(self.copiedLabel)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.reloadButton = QPushButton(ConflictDialog)
        self.reloadButton.setObjectName(u"reloadButton")

        self.buttonLayout.addWidget(self.reloadButton)

        self.keepButton = QPushButton(ConflictDialog)
        self.keepButton.setObjectName(u"keepButton")

        self.buttonLayout.addWidget(self.keepButton)


        self.dialogLayout.addLayout(self.buttonLayout)


        self.retranslateUi(ConflictDialog)

        self.keepButton.setDefault(True)


        QMetaObject.connectSlotsByName(ConflictDialog)
    # setupUi

    def retranslateUi(self, ConflictDialog):
        ConflictDialog.setWindowTitle(QCoreApplication.translate("ConflictDialog", u"\u4fdd\u5b58\u51b2\u7a81\uff1a\u8bb0\u5f55\u5df2\u88ab\u5176\u4ed6\u4eba\u4fee\u6539", None))
        self.messageLabel.setText(QCoreApplication.translate("ConflictDialog", u"\u60a8\u6253\u5f00\u8fd9\u6761\u8bb0\u5f55\u4e4b\u540e\uff0c\u5176\u4ed6\u64cd\u4f5c\u5458\u5df2\u7ecf\u4fee\u6539\u5e76\u4fdd\u5b58\u4e86\u5b83\u3002\u60a8\u7684\u4fee\u6539\u6ca1\u6709\u4fdd\u5b58\uff0c\u4e5f\u6ca1\u6709\u8986\u76d6\u5bf9\u65b9\u7684\u5185\u5bb9\u3002", None))
        self.hintLabel.setText(QCoreApplication.translate("ConflictDialog", u"\u201c\u91cd\u65b0\u8f7d\u5165\u201d\u653e\u5f03\u60a8\u7684\u4fee\u6539\uff0c\u663e\u793a\u6570\u636e\u5e93\u4e2d\u7684\u6700\u65b0\u5185\u5bb9\uff1b\u201c\u8fd4\u56de\u4fee\u6539\u201d\u56de\u5230\u60a8\u7684\u8868\u5355\uff0c\u4fdd\u7559\u60a8\u586b\u5199\u7684\u5185\u5bb9\uff0c\u53ef\u5728\u6700\u65b0\u5185\u5bb9\u7684\u57fa\u7840\u4e0a\u518d\u4fdd\u5b58\u3002", None))
        self.copyButton.setText(QCoreApplication.translate("ConflictDialog", u"\u590d\u5236\u6211\u7684\u4fee\u6539(&C)", None))
        self.copiedLabel.setText("")
        self.reloadButton.setText(QCoreApplication.translate("ConflictDialog", u"\u91cd\u65b0\u8f7d\u5165(&R)", None))
        self.keepButton.setText(QCoreApplication.translate("ConflictDialog", u"\u8fd4\u56de\u4fee\u6539(&B)", None))
    # retranslateUi

