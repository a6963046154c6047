# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        self.settingsLayout = QVBoxLayout(SettingsDialog)
        self.settingsLayout.setObjectName(u"settingsLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.operatorLabel = QLabel(SettingsDialog)
        self.operatorLabel.setObjectName(u"operatorLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.operatorLabel)

        self.operatorEdit = QLineEdit(SettingsDialog)
        self.operatorEdit.setObjectName(u"operatorEdit")
        self.operatorEdit.setMaxLength(64)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.operatorEdit)

        self.dbLabel = QLabel(SettingsDialog)
        self.dbLabel.setObjectName(u"dbLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dbLabel)

        self.dbRow = QHBoxLayout()
        self.dbRow.setObjectName(u"dbRow")
        self.dbEdit = QLineEdit(SettingsDialog)
        self.dbEdit.setObjectName(u"dbEdit")

        self.dbRow.addWidget(self.dbEdit)

        self.browseButton = QPushButton(SettingsDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.dbRow.addWidget(self.browseButton)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.dbRow)


        self.settingsLayout.addLayout(self.formLayout)

        self.dbHint = QLabel(SettingsDialog)
        self.dbHint.setObjectName(u"dbHint")
        self.dbHint.setWordWrap(True)

        self.settingsLayout.addWidget(self.dbHint)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.settingsLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.settingsLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.operatorLabel.setBuddy(self.operatorEdit)
        self.dbLabel.setBuddy(self.dbEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"\u8bbe\u7f6e", None))
        self.operatorLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u64cd\u4f5c\u5458\u59d3\u540d(&N)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.operatorEdit.setToolTip(QCoreApplication.translate("SettingsDialog", u"\u8bb0\u5165\u5ba1\u8ba1\u65e5\u5fd7\u548c\u53d1\u6587\u767b\u8bb0\u7684\u64cd\u4f5c\u5458\u59d3\u540d", None))
#endif // QT_CONFIG(tooltip)
        self.dbLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u6570\u636e\u5e93\u4f4d\u7f6e(&D)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.dbEdit.setToolTip(QCoreApplication.translate("SettingsDialog", u"\u6570\u636e\u5e93\u6587\u4ef6\uff08.db\uff09\u7684\u5b8c\u6574\u8def\u5f84\uff0c\u6216 PostgreSQL \u670d\u52a1\u5668\u5730\u5740", None))
#endif // QT_CONFIG(tooltip)
        self.browseButton.setText(QCoreApplication.translate("SettingsDialog", u"\u6d4f\u89c8(&B)\u2026", None))
        self.dbHint.setText(QCoreApplication.translate("SettingsDialog", u"\u66f4\u6539\u6570\u636e\u5e93\u4f4d\u7f6e\u540e\uff0c\u70b9\u51fb\u201c\u786e\u5b9a\u201d\u4f1a\u7acb\u5373\u5173\u95ed\u5f53\u524d\u6570\u636e\u5e93\u5e76\u6253\u5f00\u65b0\u7684\u6570\u636e\u5e93\uff1b\u6307\u5b9a\u7684\u6587\u4ef6\u4e0d\u5b58\u5728\u65f6\u4f1a\u65b0\u5efa\u4e00\u4e2a\u7a7a\u6570\u636e\u5e93\u3002", None))
    # retranslateUi

