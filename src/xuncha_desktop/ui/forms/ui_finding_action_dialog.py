# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'finding_action_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_FindingActionDialog(object):
    def setupUi(self, FindingActionDialog):
        if not FindingActionDialog.objectName():
            FindingActionDialog.setObjectName(u"FindingActionDialog")
        self.dialogLayout = QVBoxLayout(FindingActionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.infoLabel = QLabel(FindingActionDialog)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.infoLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.unitEditLabel = QLabel(FindingActionDialog)
        self.unitEditLabel.setObjectName(u"unitEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitEditLabel)

        self.unitEdit = QLineEdit(FindingActionDialog)
        self.unitEdit.setObjectName(u"unitEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitEdit)

        self.personEditLabel = QLabel(FindingActionDialog)
        self.personEditLabel.setObjectName(u"personEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.personEditLabel)

        self.personEdit = QLineEdit(FindingActionDialog)
        self.personEdit.setObjectName(u"personEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.personEdit)

        self.requirementEditLabel = QLabel(FindingActionDialog)
        self.requirementEditLabel.setObjectName(u"requirementEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.requirementEditLabel)

        self.requirementEdit = QPlainTextEdit(FindingActionDialog)
        self.requirementEdit.setObjectName(u"requirementEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.requirementEdit)

        self.deadlineEditLabel = QLabel(FindingActionDialog)
        self.deadlineEditLabel.setObjectName(u"deadlineEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.deadlineEditLabel)

        self.deadlineEdit = QDateEdit(FindingActionDialog)
        self.deadlineEdit.setObjectName(u"deadlineEdit")
        self.deadlineEdit.setCalendarPopup(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.deadlineEdit)

        self.levelComboLabel = QLabel(FindingActionDialog)
        self.levelComboLabel.setObjectName(u"levelComboLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.levelComboLabel)

        self.levelCombo = QComboBox(FindingActionDialog)
        self.levelCombo.setObjectName(u"levelCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.levelCombo)

        self.bodyEditLabel = QLabel(FindingActionDialog)
        self.bodyEditLabel.setObjectName(u"bodyEditLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.bodyEditLabel)

        self.bodyEdit = QLineEdit(FindingActionDialog)
        self.bodyEdit.setObjectName(u"bodyEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.bodyEdit)

        self.dateEditLabel = QLabel(FindingActionDialog)
        self.dateEditLabel.setObjectName(u"dateEditLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.dateEditLabel)

        self.dateEdit = QDateEdit(FindingActionDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.textEditLabel = QLabel(FindingActionDialog)
        self.textEditLabel.setObjectName(u"textEditLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.textEditLabel)

        self.textEdit = QPlainTextEdit(FindingActionDialog)
        self.textEdit.setObjectName(u"textEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.attachmentListLabel = QLabel(FindingActionDialog)
        self.attachmentListLabel.setObjectName(u"attachmentListLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.attachmentListLabel)

        self.attachmentList = QListWidget(FindingActionDialog)
        self.attachmentList.setObjectName(u"attachmentList")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.attachmentList)


        self.dialogLayout.addLayout(self.formLayout)

        self.extraLayout = QHBoxLayout()
        self.extraLayout.setObjectName(u"extraLayout")
        self.addAttachmentButton = QPushButton(FindingActionDialog)
        self.addAttachmentButton.setObjectName(u"addAttachmentButton")

        self.extraLayout.addWidget(self.addAttachmentButton)

        self.supervisionCheck = QCheckBox(FindingActionDialog)
        self.supervisionCheck.setObjectName(u"supervisionCheck")

        self.extraLayout.addWidget(self.supervisionCheck)

        self.extraSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.extraLayout.addItem(self.extraSpacer)


        self.dialogLayout.addLayout(self.extraLayout)

        self.buttonBox = QDialogButtonBox(FindingActionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.unitEditLabel.setBuddy(self.unitEdit)
        self.personEditLabel.setBuddy(self.personEdit)
        self.requirementEditLabel.setBuddy(self.requirementEdit)
        self.deadlineEditLabel.setBuddy(self.deadlineEdit)
        self.levelComboLabel.setBuddy(self.levelCombo)
        self.bodyEditLabel.setBuddy(self.bodyEdit)
        self.dateEditLabel.setBuddy(self.dateEdit)
        self.textEditLabel.setBuddy(self.textEdit)
        self.attachmentListLabel.setBuddy(self.attachmentList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FindingActionDialog)

        QMetaObject.connectSlotsByName(FindingActionDialog)
    # setupUi

    def retranslateUi(self, FindingActionDialog):
        FindingActionDialog.setWindowTitle(QCoreApplication.translate("FindingActionDialog", u"\u95ee\u9898\u9690\u60a3", None))
        self.infoLabel.setText("")
        self.unitEditLabel.setText(QCoreApplication.translate("FindingActionDialog", u"\u8d23\u4efb\u5355\u4f4d(&U)\uff1a", None))
        self.personEditLabel.setText(QCoreApplication.translate("FindingActionDialog", u"\u8d23\u4efb\u4eba\uff1a", None))
        self.requirementEditLabel.setText(QCoreApplication.translate("FindingActionDialog", u"\u6574\u6539\u8981\u6c42(&R)\uff1a", None))
        self.deadlineEditLabel.setText(QCoreApplication.translate("FindingActionDialog", u"\u6574\u6539\u671f\u9650(&D)\uff1a", None))
        self.deadlineEdit.setDisplayFormat(QCoreApplication.translate("FindingActionDialog", u"yyyy\u5e74M\u6708d\u65e5", None))
        self.levelComboLabel.setText(QCoreApplication.translate("FindingActionDialog", u"\u7763\u529e\u7ea7\u522b\uff1a", None))
        self.bodyEditLabel.setText(QCoreApplication.translate("FindingActionDialog", u"\u7763\u529e\u673a\u5173\uff1a", None))
        self.dateEditLabel.setText(QCoreApplication.translate("FindingActionDialog", u"\u65e5\u671f\uff1a", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("FindingActionDialog", u"yyyy\u5e74M\u6708d\u65e5", None))
        self.textEditLabel.setText(QCoreApplication.translate("FindingActionDialog", u"\u8bf4\u660e(&T)\uff1a", None))
        self.attachmentListLabel.setText(QCoreApplication.translate("FindingActionDialog", u"\u9644\u4ef6\uff1a", None))
        self.addAttachmentButton.setText(QCoreApplication.translate("FindingActionDialog", u"\u6dfb\u52a0\u9644\u4ef6(&A)\u2026", None))
        self.supervisionCheck.setText(QCoreApplication.translate("FindingActionDialog", u"\u4ee5\u7763\u529e\u51fd\u5f62\u5f0f\u53d1\u51fa", None))
    # retranslateUi

