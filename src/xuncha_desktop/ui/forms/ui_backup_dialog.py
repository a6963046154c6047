# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backup_dialog.ui'
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
    QListWidget, QListWidgetItem, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_BackupDialog(object):
    def setupUi(self, BackupDialog):
        if not BackupDialog.objectName():
            BackupDialog.setObjectName(u"BackupDialog")
        self.mainLayout = QVBoxLayout(BackupDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.folderLabel = QLabel(BackupDialog)
        self.folderLabel.setObjectName(u"folderLabel")
        self.folderLabel.setWordWrap(True)
        self.folderLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.folderLabel)

        self.archiveLabel = QLabel(BackupDialog)
        self.archiveLabel.setObjectName(u"archiveLabel")
        self.archiveLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.archiveLabel)

        self.listLabel = QLabel(BackupDialog)
        self.listLabel.setObjectName(u"listLabel")

        self.mainLayout.addWidget(self.listLabel)

        self.backupList = QListWidget(BackupDialog)
        self.backupList.setObjectName(u"backupList")

        self.mainLayout.addWidget(self.backupList)

        self.progressBar = QProgressBar(BackupDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.mainLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(BackupDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.backupButton = QPushButton(BackupDialog)
        self.backupButton.setObjectName(u"backupButton")

        self.buttonLayout.addWidget(self.backupButton)

        self.cancelButton = QPushButton(BackupDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)

        self.restoreButton = QPushButton(BackupDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonLayout.addWidget(self.restoreButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(BackupDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)


        self.retranslateUi(BackupDialog)

        QMetaObject.connectSlotsByName(BackupDialog)
    # setupUi

    def retranslateUi(self, BackupDialog):
        BackupDialog.setWindowTitle(QCoreApplication.translate("BackupDialog", u"\u5907\u4efd\u4e0e\u6062\u590d", None))
        self.listLabel.setText(QCoreApplication.translate("BackupDialog", u"\u5df2\u6709\u5907\u4efd\uff08\u6700\u65b0\u7684\u5728\u6700\u4e0a\u9762\uff09\uff1a", None))
        self.backupButton.setText(QCoreApplication.translate("BackupDialog", u"\u7acb\u5373\u5907\u4efd(&B)", None))
        self.cancelButton.setText(QCoreApplication.translate("BackupDialog", u"\u53d6\u6d88\u5907\u4efd(&C)", None))
        self.restoreButton.setText(QCoreApplication.translate("BackupDialog", u"\u6062\u590d\u6240\u9009\u5907\u4efd(&R)\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("BackupDialog", u"\u5173\u95ed", None))
    # retranslateUi

