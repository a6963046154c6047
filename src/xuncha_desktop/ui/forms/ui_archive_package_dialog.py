# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'archive_package_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ArchivePackageDialog(object):
    def setupUi(self, ArchivePackageDialog):
        if not ArchivePackageDialog.objectName():
            ArchivePackageDialog.setObjectName(u"ArchivePackageDialog")
        self.mainLayout = QVBoxLayout(ArchivePackageDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(ArchivePackageDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.planLabel = QLabel(ArchivePackageDialog)
        self.planLabel.setObjectName(u"planLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.planLabel)

        self.planCombo = QComboBox(ArchivePackageDialog)
        self.planCombo.setObjectName(u"planCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.planCombo)

        self.targetLabel = QLabel(ArchivePackageDialog)
        self.targetLabel.setObjectName(u"targetLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.targetLabel)

        self.targetCombo = QComboBox(ArchivePackageDialog)
        self.targetCombo.setObjectName(u"targetCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.targetCombo)

        self.outLabel = QLabel(ArchivePackageDialog)
        self.outLabel.setObjectName(u"outLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.outLabel)

        self.outRow = QHBoxLayout()
        self.outRow.setObjectName(u"outRow")
        self.outEdit = QLineEdit(ArchivePackageDialog)
        self.outEdit.setObjectName(u"outEdit")

        self.outRow.addWidget(self.outEdit)

        self.browseButton = QPushButton(ArchivePackageDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.outRow.addWidget(self.browseButton)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.outRow)


        self.mainLayout.addLayout(self.formLayout)

        self.progressBar = QProgressBar(ArchivePackageDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.mainLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(ArchivePackageDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.statusLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buildButton = QPushButton(ArchivePackageDialog)
        self.buildButton.setObjectName(u"buildButton")

        self.buttonLayout.addWidget(self.buildButton)

        self.cancelButton = QPushButton(ArchivePackageDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(ArchivePackageDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.planLabel.setBuddy(self.planCombo)
        self.targetLabel.setBuddy(self.targetCombo)
        self.outLabel.setBuddy(self.outEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.planCombo, self.targetCombo)
        QWidget.setTabOrder(self.targetCombo, self.outEdit)
        QWidget.setTabOrder(self.outEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.buildButton)

        self.retranslateUi(ArchivePackageDialog)

        QMetaObject.connectSlotsByName(ArchivePackageDialog)
    # setupUi

    def retranslateUi(self, ArchivePackageDialog):
        ArchivePackageDialog.setWindowTitle(QCoreApplication.translate("ArchivePackageDialog", u"\u751f\u6210\u5f52\u6863\u6848\u5377", None))
        self.introLabel.setText(QCoreApplication.translate("ArchivePackageDialog", u"\u4e3a\u4e00\u4e2a\u5de1\u67e5\u5bf9\u8c61\u751f\u6210\u4e00\u4e2a zip \u5f52\u6863\u6848\u5377\uff1a\u5168\u90e8\u8bb0\u5f55\uff08JSON\uff09\u3001\u5df2\u53d1\u516c\u6587\uff08Word \u548c PDF\uff09\u3001\u5168\u90e8\u8bc1\u636e\u6587\u4ef6\u3001\u76ee\u5f55\uff08PDF \u548c Excel\uff09\u4ee5\u53ca SHA-256 \u6e05\u5355\u3002\u5728\u4efb\u4f55\u4e00\u53f0\u8ba1\u7b97\u673a\u4e0a\u90fd\u53ef\u4ee5\u7528\u201cxuncha archive check-package\u201d\u6838\u5bf9\u3002", None))
        self.planLabel.setText(QCoreApplication.translate("ArchivePackageDialog", u"\u5de1\u67e5\u8ba1\u5212(&P)\uff1a", None))
        self.targetLabel.setText(QCoreApplication.translate("ArchivePackageDialog", u"\u5de1\u67e5\u5bf9\u8c61(&T)\uff1a", None))
        self.outLabel.setText(QCoreApplication.translate("ArchivePackageDialog", u"\u4fdd\u5b58\u4e3a(&F)\uff1a", None))
        self.browseButton.setText(QCoreApplication.translate("ArchivePackageDialog", u"\u6d4f\u89c8(&B)\u2026", None))
        self.buildButton.setText(QCoreApplication.translate("ArchivePackageDialog", u"\u751f\u6210(&G)", None))
        self.cancelButton.setText(QCoreApplication.translate("ArchivePackageDialog", u"\u53d6\u6d88\u751f\u6210(&C)", None))
        self.closeButton.setText(QCoreApplication.translate("ArchivePackageDialog", u"\u5173\u95ed", None))
    # retranslateUi

