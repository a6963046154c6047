# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cycle_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_CycleDialog(object):
    def setupUi(self, CycleDialog):
        if not CycleDialog.objectName():
            CycleDialog.setObjectName(u"CycleDialog")
        self.cycleDialogLayout = QVBoxLayout(CycleDialog)
        self.cycleDialogLayout.setObjectName(u"cycleDialogLayout")
        self.cycleForm = QFormLayout()
        self.cycleForm.setObjectName(u"cycleForm")
        self.startLabel = QLabel(CycleDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.cycleForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startSpin = QSpinBox(CycleDialog)
        self.startSpin.setObjectName(u"startSpin")
        self.startSpin.setMinimum(2000)
        self.startSpin.setMaximum(2100)

        self.cycleForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.startSpin)

        self.lengthLabel = QLabel(CycleDialog)
        self.lengthLabel.setObjectName(u"lengthLabel")

        self.cycleForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lengthLabel)

        self.lengthSpin = QSpinBox(CycleDialog)
        self.lengthSpin.setObjectName(u"lengthSpin")
        self.lengthSpin.setMinimum(1)
        self.lengthSpin.setMaximum(10)

        self.cycleForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lengthSpin)

        self.nameLabel = QLabel(CycleDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.cycleForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(CycleDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.cycleForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)


        self.cycleDialogLayout.addLayout(self.cycleForm)

        self.buttonBox = QDialogButtonBox(CycleDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.cycleDialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.startLabel.setBuddy(self.startSpin)
        self.lengthLabel.setBuddy(self.lengthSpin)
        self.nameLabel.setBuddy(self.nameEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.startSpin, self.lengthSpin)
        QWidget.setTabOrder(self.lengthSpin, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.buttonBox)

        self.retranslateUi(CycleDialog)

        QMetaObject.connectSlotsByName(CycleDialog)
    # setupUi

    def retranslateUi(self, CycleDialog):
        CycleDialog.setWindowTitle(QCoreApplication.translate("CycleDialog", u"\u65b0\u5efa\u5de1\u67e5\u5468\u671f", None))
        self.startLabel.setText(QCoreApplication.translate("CycleDialog", u"\u8d77\u59cb\u5e74\u5ea6(&S)\uff1a", None))
        self.lengthLabel.setText(QCoreApplication.translate("CycleDialog", u"\u5e74\u9650(&L)\uff1a", None))
        self.lengthSpin.setSuffix(QCoreApplication.translate("CycleDialog", u" \u5e74", None))
        self.nameLabel.setText(QCoreApplication.translate("CycleDialog", u"\u540d\u79f0(&N)\uff1a", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("CycleDialog", u"\u7559\u7a7a\u5219\u81ea\u52a8\u547d\u540d\uff0c\u5982\u201c2027\u20142029\u5e74\u5b89\u5168\u751f\u4ea7\u5de1\u67e5\u5468\u671f\u201d", None))
    # retranslateUi

