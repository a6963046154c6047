# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'finding_new_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_FindingNewDialog(object):
    def setupUi(self, FindingNewDialog):
        if not FindingNewDialog.objectName():
            FindingNewDialog.setObjectName(u"FindingNewDialog")
        self.dialogLayout = QVBoxLayout(FindingNewDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.infoLabel = QLabel(FindingNewDialog)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.infoLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.targetComboLabel = QLabel(FindingNewDialog)
        self.targetComboLabel.setObjectName(u"targetComboLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.targetComboLabel)

        self.targetCombo = QComboBox(FindingNewDialog)
        self.targetCombo.setObjectName(u"targetCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.targetCombo)

        self.kindComboLabel = QLabel(FindingNewDialog)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindComboLabel)

        self.kindCombo = QComboBox(FindingNewDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.sectorComboLabel = QLabel(FindingNewDialog)
        self.sectorComboLabel.setObjectName(u"sectorComboLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sectorComboLabel)

        self.sectorCombo = QComboBox(FindingNewDialog)
        self.sectorCombo.setObjectName(u"sectorCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sectorCombo)

        self.unitLevelComboLabel = QLabel(FindingNewDialog)
        self.unitLevelComboLabel.setObjectName(u"unitLevelComboLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.unitLevelComboLabel)

        self.unitLevelCombo = QComboBox(FindingNewDialog)
        self.unitLevelCombo.setObjectName(u"unitLevelCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.unitLevelCombo)

        self.unitComboLabel = QLabel(FindingNewDialog)
        self.unitComboLabel.setObjectName(u"unitComboLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.unitComboLabel)

        self.unitCombo = QComboBox(FindingNewDialog)
        self.unitCombo.setObjectName(u"unitCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.descriptionEditLabel = QLabel(FindingNewDialog)
        self.descriptionEditLabel.setObjectName(u"descriptionEditLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.descriptionEditLabel)

        self.descriptionEdit = QPlainTextEdit(FindingNewDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.legalBasisEditLabel = QLabel(FindingNewDialog)
        self.legalBasisEditLabel.setObjectName(u"legalBasisEditLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.legalBasisEditLabel)

        self.legalBasisEdit = QPlainTextEdit(FindingNewDialog)
        self.legalBasisEdit.setObjectName(u"legalBasisEdit")
        self.legalBasisEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.legalBasisEdit)

        self.foundOnEditLabel = QLabel(FindingNewDialog)
        self.foundOnEditLabel.setObjectName(u"foundOnEditLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.foundOnEditLabel)

        self.foundOnEdit = QDateEdit(FindingNewDialog)
        self.foundOnEdit.setObjectName(u"foundOnEdit")
        self.foundOnEdit.setCalendarPopup(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.foundOnEdit)

        self.foundByEditLabel = QLabel(FindingNewDialog)
        self.foundByEditLabel.setObjectName(u"foundByEditLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.foundByEditLabel)

        self.foundByEdit = QLineEdit(FindingNewDialog)
        self.foundByEdit.setObjectName(u"foundByEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.foundByEdit)

        self.responsibleUnitEditLabel = QLabel(FindingNewDialog)
        self.responsibleUnitEditLabel.setObjectName(u"responsibleUnitEditLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.responsibleUnitEditLabel)

        self.responsibleUnitEdit = QLineEdit(FindingNewDialog)
        self.responsibleUnitEdit.setObjectName(u"responsibleUnitEdit")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.responsibleUnitEdit)

        self.responsiblePersonEditLabel = QLabel(FindingNewDialog)
        self.responsiblePersonEditLabel.setObjectName(u"responsiblePersonEditLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.responsiblePersonEditLabel)

        self.responsiblePersonEdit = QLineEdit(FindingNewDialog)
        self.responsiblePersonEdit.setObjectName(u"responsiblePersonEdit")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.responsiblePersonEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(FindingNewDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b00020;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(FindingNewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.targetComboLabel.setBuddy(self.targetCombo)
        self.kindComboLabel.setBuddy(self.kindCombo)
        self.sectorComboLabel.setBuddy(self.sectorCombo)
        self.unitLevelComboLabel.setBuddy(self.unitLevelCombo)
        self.unitComboLabel.setBuddy(self.unitCombo)
        self.descriptionEditLabel.setBuddy(self.descriptionEdit)
        self.legalBasisEditLabel.setBuddy(self.legalBasisEdit)
        self.foundOnEditLabel.setBuddy(self.foundOnEdit)
        self.foundByEditLabel.setBuddy(self.foundByEdit)
        self.responsibleUnitEditLabel.setBuddy(self.responsibleUnitEdit)
        self.responsiblePersonEditLabel.setBuddy(self.responsiblePersonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FindingNewDialog)

        QMetaObject.connectSlotsByName(FindingNewDialog)
    # setupUi

    def retranslateUi(self, FindingNewDialog):
        FindingNewDialog.setWindowTitle(QCoreApplication.translate("FindingNewDialog", u"\u65b0\u589e\u95ee\u9898\u9690\u60a3", None))
        self.infoLabel.setText(QCoreApplication.translate("FindingNewDialog", u"\u767b\u8bb0\u5728\u5de1\u67e5\u4e2d\u53d1\u73b0\u7684\u95ee\u9898\u9690\u60a3\u3002\u5e26 * \u7684\u9879\u76ee\u5fc5\u987b\u586b\u5199\uff1b\u4fdd\u5b58\u540e\u72b6\u6001\u4e3a\u201c\u5df2\u53d1\u73b0\u201d\uff0c\u7f16\u53f7\u81ea\u52a8\u751f\u6210\u3002", None))
        self.targetComboLabel.setText(QCoreApplication.translate("FindingNewDialog", u"\u5de1\u67e5\u5bf9\u8c61(&T)\uff1a", None))
        self.kindComboLabel.setText(QCoreApplication.translate("FindingNewDialog", u"\u7c7b\u522b(&K)\uff1a", None))
        self.sectorComboLabel.setText(QCoreApplication.translate("FindingNewDialog", u"\u884c\u4e1a\u9886\u57df(&S)\uff1a", None))
        self.unitLevelComboLabel.setText(QCoreApplication.translate("FindingNewDialog", u"\u5355\u4f4d\u5c42\u7ea7(&L)\uff1a", None))
        self.unitComboLabel.setText(QCoreApplication.translate("FindingNewDialog", u"\u5355\u4f4d(&U)\uff1a", None))
        self.descriptionEditLabel.setText(QCoreApplication.translate("FindingNewDialog", u"\u95ee\u9898\u63cf\u8ff0(&D)\uff1a", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("FindingNewDialog", u"\u5fc5\u586b\uff1a\u53d1\u73b0\u7684\u95ee\u9898\u6216\u9690\u60a3\u7684\u5177\u4f53\u60c5\u51b5", None))
        self.legalBasisEditLabel.setText(QCoreApplication.translate("FindingNewDialog", u"\u4f9d\u636e(&B)\uff1a", None))
        self.legalBasisEdit.setPlaceholderText(QCoreApplication.translate("FindingNewDialog", u"\u8fdd\u53cd\u7684\u6cd5\u5f8b\u6cd5\u89c4\u3001\u6807\u51c6\u6761\u6b3e\uff08\u53ef\u4e0d\u586b\uff09", None))
        self.foundOnEditLabel.setText(QCoreApplication.translate("FindingNewDialog", u"\u53d1\u73b0\u65e5\u671f(&O)\uff1a", None))
        self.foundOnEdit.setDisplayFormat(QCoreApplication.translate("FindingNewDialog", u"yyyy\u5e74M\u6708d\u65e5", None))
        self.foundByEditLabel.setText(QCoreApplication.translate("FindingNewDialog", u"\u53d1\u73b0\u4eba(&F)\uff1a", None))
        self.responsibleUnitEditLabel.setText(QCoreApplication.translate("FindingNewDialog", u"\u8d23\u4efb\u5355\u4f4d(&R)\uff1a", None))
        self.responsibleUnitEdit.setPlaceholderText(QCoreApplication.translate("FindingNewDialog", u"\u53ef\u4e0d\u586b\uff0c\u4ea4\u529e\u65f6\u518d\u786e\u5b9a", None))
        self.responsiblePersonEditLabel.setText(QCoreApplication.translate("FindingNewDialog", u"\u8d23\u4efb\u4eba(&P)\uff1a", None))
        self.responsiblePersonEdit.setPlaceholderText(QCoreApplication.translate("FindingNewDialog", u"\u53ef\u4e0d\u586b", None))
        self.errorLabel.setText("")
    # retranslateUi

