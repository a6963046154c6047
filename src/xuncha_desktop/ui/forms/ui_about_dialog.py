# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
    QFormLayout, QLabel, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        self.aboutLayout = QVBoxLayout(AboutDialog)
        self.aboutLayout.setObjectName(u"aboutLayout")
        self.titleLabel = QLabel(AboutDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.aboutLayout.addWidget(self.titleLabel)

        self.subtitleLabel = QLabel(AboutDialog)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setWordWrap(True)

        self.aboutLayout.addWidget(self.subtitleLabel)

        self.infoForm = QFormLayout()
        self.infoForm.setObjectName(u"infoForm")
        self.versionLabel = QLabel(AboutDialog)
        self.versionLabel.setObjectName(u"versionLabel")

        self.infoForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.versionLabel)

        self.versionValue = QLabel(AboutDialog)
        self.versionValue.setObjectName(u"versionValue")
        self.versionValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.infoForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.versionValue)

        self.dbLabel = QLabel(AboutDialog)
        self.dbLabel.setObjectName(u"dbLabel")

        self.infoForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dbLabel)

        self.dbValue = QLabel(AboutDialog)
        self.dbValue.setObjectName(u"dbValue")
        self.dbValue.setWordWrap(True)
        self.dbValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.infoForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dbValue)

        self.revisionLabel = QLabel(AboutDialog)
        self.revisionLabel.setObjectName(u"revisionLabel")

        self.infoForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.revisionLabel)

        self.revisionValue = QLabel(AboutDialog)
        self.revisionValue.setObjectName(u"revisionValue")
        self.revisionValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.infoForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.revisionValue)

        self.qtLabel = QLabel(AboutDialog)
        self.qtLabel.setObjectName(u"qtLabel")

        self.infoForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.qtLabel)

        self.qtValue = QLabel(AboutDialog)
        self.qtValue.setObjectName(u"qtValue")
        self.qtValue.setWordWrap(True)
        self.qtValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.infoForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.qtValue)


        self.aboutLayout.addLayout(self.infoForm)

        self.basisLabel = QLabel(AboutDialog)
        self.basisLabel.setObjectName(u"basisLabel")
        self.basisLabel.setWordWrap(True)

        self.aboutLayout.addWidget(self.basisLabel)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.aboutLayout.addWidget(self.buttonBox)


        self.retranslateUi(AboutDialog)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"\u5173\u4e8e\u5de1\u67e5\u684c\u9762", None))
        self.titleLabel.setText(QCoreApplication.translate("AboutDialog", u"\u5de1\u67e5\u684c\u9762", None))
        self.subtitleLabel.setText(QCoreApplication.translate("AboutDialog", u"\u5b89\u5168\u751f\u4ea7\u5de1\u67e5\u6848\u5377\u7ba1\u7406", None))
        self.versionLabel.setText(QCoreApplication.translate("AboutDialog", u"\u7248\u672c\uff1a", None))
        self.dbLabel.setText(QCoreApplication.translate("AboutDialog", u"\u6570\u636e\u5e93\uff1a", None))
        self.revisionLabel.setText(QCoreApplication.translate("AboutDialog", u"\u6570\u636e\u5e93\u7ed3\u6784\u7248\u672c\uff1a", None))
        self.qtLabel.setText(QCoreApplication.translate("AboutDialog", u"\u8fd0\u884c\u73af\u5883\uff1a", None))
        self.basisLabel.setText(QCoreApplication.translate("AboutDialog", u"\u4f9d\u636e\u300a\u6d77\u5357\u7701\u5b89\u5168\u751f\u4ea7\u5de1\u67e5\u5de5\u4f5c\u5236\u5ea6\uff08\u8bd5\u884c\uff09\u300b\uff08\u743c\u5e9c\u30142016\u301571\u53f7\uff09\u3002", None))
    # retranslateUi

