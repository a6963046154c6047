# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'five_plan_dialog.ui'
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
    QFormLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_FivePlanDialog(object):
    def setupUi(self, FivePlanDialog):
        if not FivePlanDialog.objectName():
            FivePlanDialog.setObjectName(u"FivePlanDialog")
        self.dialogLayout = QVBoxLayout(FivePlanDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.infoLabel = QLabel(FivePlanDialog)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.infoLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.responsibilityEditLabel = QLabel(FivePlanDialog)
        self.responsibilityEditLabel.setObjectName(u"responsibilityEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.responsibilityEditLabel)

        self.responsibilityEdit = QPlainTextEdit(FivePlanDialog)
        self.responsibilityEdit.setObjectName(u"responsibilityEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.responsibilityEdit)

        self.measuresEditLabel = QLabel(FivePlanDialog)
        self.measuresEditLabel.setObjectName(u"measuresEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.measuresEditLabel)

        self.measuresEdit = QPlainTextEdit(FivePlanDialog)
        self.measuresEdit.setObjectName(u"measuresEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.measuresEdit)

        self.fundingEditLabel = QLabel(FivePlanDialog)
        self.fundingEditLabel.setObjectName(u"fundingEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fundingEditLabel)

        self.fundingEdit = QPlainTextEdit(FivePlanDialog)
        self.fundingEdit.setObjectName(u"fundingEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fundingEdit)

        self.timelineEditLabel = QLabel(FivePlanDialog)
        self.timelineEditLabel.setObjectName(u"timelineEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.timelineEditLabel)

        self.timelineEdit = QPlainTextEdit(FivePlanDialog)
        self.timelineEdit.setObjectName(u"timelineEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.timelineEdit)

        self.contingencyEditLabel = QLabel(FivePlanDialog)
        self.contingencyEditLabel.setObjectName(u"contingencyEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contingencyEditLabel)

        self.contingencyEdit = QPlainTextEdit(FivePlanDialog)
        self.contingencyEdit.setObjectName(u"contingencyEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.contingencyEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(FivePlanDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.responsibilityEditLabel.setBuddy(self.responsibilityEdit)
        self.measuresEditLabel.setBuddy(self.measuresEdit)
        self.fundingEditLabel.setBuddy(self.fundingEdit)
        self.timelineEditLabel.setBuddy(self.timelineEdit)
        self.contingencyEditLabel.setBuddy(self.contingencyEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FivePlanDialog)

        QMetaObject.connectSlotsByName(FivePlanDialog)
    # setupUi

    def retranslateUi(self, FivePlanDialog):
        FivePlanDialog.setWindowTitle(QCoreApplication.translate("FivePlanDialog", u"\u91cd\u5927\u4e8b\u6545\u9690\u60a3\u6574\u6539\u65b9\u6848\uff08\u4e94\u843d\u5b9e\uff09", None))
        self.infoLabel.setText("")
        self.responsibilityEditLabel.setText(QCoreApplication.translate("FivePlanDialog", u"\u8d23\u4efb\u843d\u5b9e(&Z)\uff1a", None))
        self.measuresEditLabel.setText(QCoreApplication.translate("FivePlanDialog", u"\u63aa\u65bd\u843d\u5b9e(&C)\uff1a", None))
        self.fundingEditLabel.setText(QCoreApplication.translate("FivePlanDialog", u"\u8d44\u91d1\u843d\u5b9e(&J)\uff1a", None))
        self.timelineEditLabel.setText(QCoreApplication.translate("FivePlanDialog", u"\u65f6\u9650\u843d\u5b9e(&S)\uff1a", None))
        self.contingencyEditLabel.setText(QCoreApplication.translate("FivePlanDialog", u"\u9884\u6848\u843d\u5b9e(&Y)\uff1a", None))
    # retranslateUi

