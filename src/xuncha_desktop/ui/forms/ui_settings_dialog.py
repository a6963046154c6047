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
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

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

        self.backupGroup = QGroupBox(SettingsDialog)
        self.backupGroup.setObjectName(u"backupGroup")
        self.backupGroupLayout = QVBoxLayout(self.backupGroup)
        self.backupGroupLayout.setObjectName(u"backupGroupLayout")
        self.backupForm = QFormLayout()
        self.backupForm.setObjectName(u"backupForm")
        self.backupForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.backupDirLabel = QLabel(self.backupGroup)
        self.backupDirLabel.setObjectName(u"backupDirLabel")

        self.backupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.backupDirLabel)

        self.backupDirRow = QHBoxLayout()
        self.backupDirRow.setObjectName(u"backupDirRow")
        self.backupDirEdit = QLineEdit(self.backupGroup)
        self.backupDirEdit.setObjectName(u"backupDirEdit")

        self.backupDirRow.addWidget(self.backupDirEdit)

        self.backupDirBrowseButton = QPushButton(self.backupGroup)
        self.backupDirBrowseButton.setObjectName(u"backupDirBrowseButton")

        self.backupDirRow.addWidget(self.backupDirBrowseButton)


        self.backupForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.backupDirRow)

        self.keepDailyLabel = QLabel(self.backupGroup)
        self.keepDailyLabel.setObjectName(u"keepDailyLabel")

        self.backupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.keepDailyLabel)

        self.keepDailySpin = QSpinBox(self.backupGroup)
        self.keepDailySpin.setObjectName(u"keepDailySpin")
        self.keepDailySpin.setMinimum(1)
        self.keepDailySpin.setMaximum(365)

        self.backupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.keepDailySpin)

        self.keepWeeklyLabel = QLabel(self.backupGroup)
        self.keepWeeklyLabel.setObjectName(u"keepWeeklyLabel")

        self.backupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.keepWeeklyLabel)

        self.keepWeeklySpin = QSpinBox(self.backupGroup)
        self.keepWeeklySpin.setObjectName(u"keepWeeklySpin")
        self.keepWeeklySpin.setMinimum(1)
        self.keepWeeklySpin.setMaximum(104)

        self.backupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.keepWeeklySpin)

        self.keepMonthlyLabel = QLabel(self.backupGroup)
        self.keepMonthlyLabel.setObjectName(u"keepMonthlyLabel")

        self.backupForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.keepMonthlyLabel)

        self.keepMonthlySpin = QSpinBox(self.backupGroup)
        self.keepMonthlySpin.setObjectName(u"keepMonthlySpin")
        self.keepMonthlySpin.setMinimum(1)
        self.keepMonthlySpin.setMaximum(120)

        self.backupForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.keepMonthlySpin)

        self.archiveDirLabel = QLabel(self.backupGroup)
        self.archiveDirLabel.setObjectName(u"archiveDirLabel")

        self.backupForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.archiveDirLabel)

        self.archiveDirRow = QHBoxLayout()
        self.archiveDirRow.setObjectName(u"archiveDirRow")
        self.archiveDirEdit = QLineEdit(self.backupGroup)
        self.archiveDirEdit.setObjectName(u"archiveDirEdit")

        self.archiveDirRow.addWidget(self.archiveDirEdit)

        self.archiveDirBrowseButton = QPushButton(self.backupGroup)
        self.archiveDirBrowseButton.setObjectName(u"archiveDirBrowseButton")

        self.archiveDirRow.addWidget(self.archiveDirBrowseButton)


        self.backupForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.archiveDirRow)


        self.backupGroupLayout.addLayout(self.backupForm)

        self.backupHint = QLabel(self.backupGroup)
        self.backupHint.setObjectName(u"backupHint")
        self.backupHint.setWordWrap(True)

        self.backupGroupLayout.addWidget(self.backupHint)


        self.settingsLayout.addWidget(self.backupGroup)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.settingsLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.settingsLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.operatorLabel.setBuddy(self.operatorEdit)
        self.dbLabel.setBuddy(self.dbEdit)
        self.backupDirLabel.setBuddy(self.backupDirEdit)
        self.keepDailyLabel.setBuddy(self.keepDailySpin)
        self.keepWeeklyLabel.setBuddy(self.keepWeeklySpin)
        self.keepMonthlyLabel.setBuddy(self.keepMonthlySpin)
        self.archiveDirLabel.setBuddy(self.archiveDirEdit)
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
        self.backupGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"\u5907\u4efd", None))
        self.backupDirLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u5907\u4efd\u6587\u4ef6\u5939(&F)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.backupDirEdit.setToolTip(QCoreApplication.translate("SettingsDialog", u"\u5b58\u653e\u6570\u636e\u5e93\u5907\u4efd\u7684\u6587\u4ef6\u5939\uff1b\u7559\u7a7a\u5219\u4f7f\u7528\u6570\u636e\u5e93\u6587\u4ef6\u65c1\u7684\u201c<\u6570\u636e\u5e93\u540d>.backups\u201d\u6587\u4ef6\u5939", None))
#endif // QT_CONFIG(tooltip)
        self.backupDirBrowseButton.setText(QCoreApplication.translate("SettingsDialog", u"\u6d4f\u89c8(&R)\u2026", None))
        self.keepDailyLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u4fdd\u7559\u6bcf\u65e5\u5907\u4efd(&A)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.keepDailySpin.setToolTip(QCoreApplication.translate("SettingsDialog", u"\u6bcf\u5929\u6700\u591a\u4fdd\u7559\u4e00\u4efd\uff0c\u4fdd\u7559\u6700\u8fd1\u82e5\u5e72\u5929\u7684", None))
#endif // QT_CONFIG(tooltip)
        self.keepDailySpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" \u4efd", None))
        self.keepWeeklyLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u4fdd\u7559\u6bcf\u5468\u5907\u4efd(&W)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.keepWeeklySpin.setToolTip(QCoreApplication.translate("SettingsDialog", u"\u6bcf\u5468\u6700\u591a\u4fdd\u7559\u4e00\u4efd\uff0c\u4fdd\u7559\u6700\u8fd1\u82e5\u5e72\u5468\u7684", None))
#endif // QT_CONFIG(tooltip)
        self.keepWeeklySpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" \u4efd", None))
        self.keepMonthlyLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u4fdd\u7559\u6bcf\u6708\u5907\u4efd(&M)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.keepMonthlySpin.setToolTip(QCoreApplication.translate("SettingsDialog", u"\u6bcf\u6708\u6700\u591a\u4fdd\u7559\u4e00\u4efd\uff0c\u4fdd\u7559\u6700\u8fd1\u82e5\u5e72\u4e2a\u6708\u7684", None))
#endif // QT_CONFIG(tooltip)
        self.keepMonthlySpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" \u4efd", None))
        self.archiveDirLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u8bc1\u636e\u6863\u6848\u6587\u4ef6\u5939(&E)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.archiveDirEdit.setToolTip(QCoreApplication.translate("SettingsDialog", u"\u53ef\u9009\u3002\u8bbe\u7f6e\u540e\uff0c\u6bcf\u6b21\u5907\u4efd\u90fd\u4f1a\u751f\u6210\u4e00\u4efd\u8bc1\u636e\u6863\u6848\u7684\u6587\u4ef6\u6e05\u5355\uff08\u542b SHA-256 \u54c8\u5e0c\uff09\uff1b\u8bc1\u636e\u6863\u6848\u672c\u8eab\u4e0d\u590d\u5236\u8fdb\u5907\u4efd", None))
#endif // QT_CONFIG(tooltip)
        self.archiveDirBrowseButton.setText(QCoreApplication.translate("SettingsDialog", u"\u6d4f\u89c8(&O)\u2026", None))
        self.backupHint.setText(QCoreApplication.translate("SettingsDialog", u"\u5907\u4efd\u6587\u4ef6\u5939\u5fc5\u987b\u5df2\u5b58\u5728\u4e14\u53ef\u5199\u5165\u3002\u8d85\u8fc7\u4fdd\u7559\u4efd\u6570\u7684\u5b9a\u671f\u5907\u4efd\u4f1a\u5728\u4e0b\u6b21\u5907\u4efd\u540e\u81ea\u52a8\u5220\u9664\uff1b\u5347\u7ea7\u3001\u6062\u590d\u7b49\u64cd\u4f5c\u524d\u7684\u5b89\u5168\u5907\u4efd\u4e0d\u4f1a\u5220\u9664\u3002\u8bc1\u636e\u6863\u6848\u53ea\u751f\u6210\u6e05\u5355\uff0c\u4e0d\u590d\u5236\u8fdb\u5907\u4efd\uff0c\u8bf7\u53e6\u884c\u5907\u4efd\u3002", None))
    # retranslateUi

