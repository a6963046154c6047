# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'archive_verify_dialog.ui'
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
    QHeaderView, QLabel, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_ArchiveVerifyDialog(object):
    def setupUi(self, ArchiveVerifyDialog):
        if not ArchiveVerifyDialog.objectName():
            ArchiveVerifyDialog.setObjectName(u"ArchiveVerifyDialog")
        self.mainLayout = QVBoxLayout(ArchiveVerifyDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.folderLabel = QLabel(ArchiveVerifyDialog)
        self.folderLabel.setObjectName(u"folderLabel")
        self.folderLabel.setWordWrap(True)
        self.folderLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.folderLabel)

        self.resultLabel = QLabel(ArchiveVerifyDialog)
        self.resultLabel.setObjectName(u"resultLabel")

        self.mainLayout.addWidget(self.resultLabel)

        self.resultView = QTableView(ArchiveVerifyDialog)
        self.resultView.setObjectName(u"resultView")
        self.resultView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.resultView.setWordWrap(True)

        self.mainLayout.addWidget(self.resultView)

        self.progressBar = QProgressBar(ArchiveVerifyDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.mainLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(ArchiveVerifyDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.startButton = QPushButton(ArchiveVerifyDialog)
        self.startButton.setObjectName(u"startButton")

        self.buttonLayout.addWidget(self.startButton)

        self.cancelButton = QPushButton(ArchiveVerifyDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(ArchiveVerifyDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.resultLabel.setBuddy(self.resultView)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ArchiveVerifyDialog)

        QMetaObject.connectSlotsByName(ArchiveVerifyDialog)
    # setupUi

    def retranslateUi(self, ArchiveVerifyDialog):
        ArchiveVerifyDialog.setWindowTitle(QCoreApplication.translate("ArchiveVerifyDialog", u"\u6838\u9a8c\u8bc1\u636e\u6863\u6848", None))
        self.resultLabel.setText(QCoreApplication.translate("ArchiveVerifyDialog", u"\u53d1\u73b0\u7684\u95ee\u9898(&R)\uff1a", None))
        self.startButton.setText(QCoreApplication.translate("ArchiveVerifyDialog", u"\u5f00\u59cb\u6838\u9a8c(&S)", None))
        self.cancelButton.setText(QCoreApplication.translate("ArchiveVerifyDialog", u"\u53d6\u6d88\u6838\u9a8c(&C)", None))
        self.closeButton.setText(QCoreApplication.translate("ArchiveVerifyDialog", u"\u5173\u95ed", None))
    # retranslateUi

