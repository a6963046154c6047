# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_editor.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTableView, QVBoxLayout, QWidget)

class Ui_PlanEditor(object):
    def setupUi(self, PlanEditor):
        if not PlanEditor.objectName():
            PlanEditor.setObjectName(u"PlanEditor")
        self.editorLayout = QVBoxLayout(PlanEditor)
        self.editorLayout.setObjectName(u"editorLayout")
        self.planBox = QGroupBox(PlanEditor)
        self.planBox.setObjectName(u"planBox")
        self.planForm = QFormLayout(self.planBox)
        self.planForm.setObjectName(u"planForm")
        self.cycleLabel = QLabel(self.planBox)
        self.cycleLabel.setObjectName(u"cycleLabel")

        self.planForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.cycleLabel)

        self.cycleCombo = QComboBox(self.planBox)
        self.cycleCombo.setObjectName(u"cycleCombo")

        self.planForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.cycleCombo)

        self.yearLabel = QLabel(self.planBox)
        self.yearLabel.setObjectName(u"yearLabel")

        self.planForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(self.planBox)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.planForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.titleLabel = QLabel(self.planBox)
        self.titleLabel.setObjectName(u"titleLabel")

        self.planForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.planBox)
        self.titleEdit.setObjectName(u"titleEdit")

        self.planForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.basisLabel = QLabel(self.planBox)
        self.basisLabel.setObjectName(u"basisLabel")

        self.planForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.basisLabel)

        self.basisEdit = QLineEdit(self.planBox)
        self.basisEdit.setObjectName(u"basisEdit")

        self.planForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.basisEdit)

        self.noteLabel = QLabel(self.planBox)
        self.noteLabel.setObjectName(u"noteLabel")

        self.planForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(self.planBox)
        self.noteEdit.setObjectName(u"noteEdit")

        self.planForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.reasonLabel = QLabel(self.planBox)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.planForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(self.planBox)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.planForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.editorLayout.addWidget(self.planBox)

        self.middleLayout = QHBoxLayout()
        self.middleLayout.setObjectName(u"middleLayout")
        self.batchBox = QGroupBox(PlanEditor)
        self.batchBox.setObjectName(u"batchBox")
        self.batchBoxLayout = QVBoxLayout(self.batchBox)
        self.batchBoxLayout.setObjectName(u"batchBoxLayout")
        self.batchesView = QTableView(self.batchBox)
        self.batchesView.setObjectName(u"batchesView")
        self.batchesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.batchesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.batchesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.batchesView.setTabKeyNavigation(False)
        self.batchesView.horizontalHeader().setStretchLastSection(True)
        self.batchesView.verticalHeader().setVisible(False)

        self.batchBoxLayout.addWidget(self.batchesView)

        self.batchButtons = QHBoxLayout()
        self.batchButtons.setObjectName(u"batchButtons")
        self.addBatchButton = QPushButton(self.batchBox)
        self.addBatchButton.setObjectName(u"addBatchButton")
        self.addBatchButton.setAutoDefault(False)

        self.batchButtons.addWidget(self.addBatchButton)

        self.removeBatchButton = QPushButton(self.batchBox)
        self.removeBatchButton.setObjectName(u"removeBatchButton")
        self.removeBatchButton.setAutoDefault(False)

        self.batchButtons.addWidget(self.removeBatchButton)


        self.batchBoxLayout.addLayout(self.batchButtons)

        self.batchForm = QFormLayout()
        self.batchForm.setObjectName(u"batchForm")
        self.batchNameLabel = QLabel(self.batchBox)
        self.batchNameLabel.setObjectName(u"batchNameLabel")

        self.batchForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.batchNameLabel)

        self.batchNameEdit = QLineEdit(self.batchBox)
        self.batchNameEdit.setObjectName(u"batchNameEdit")

        self.batchForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.batchNameEdit)

        self.batchStartLabel = QLabel(self.batchBox)
        self.batchStartLabel.setObjectName(u"batchStartLabel")

        self.batchForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.batchStartLabel)

        self.batchStartEdit = QDateEdit(self.batchBox)
        self.batchStartEdit.setObjectName(u"batchStartEdit")
        self.batchStartEdit.setMinimumDate(QDate(2000, 1, 1))
        self.batchStartEdit.setCalendarPopup(True)

        self.batchForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.batchStartEdit)

        self.batchEndLabel = QLabel(self.batchBox)
        self.batchEndLabel.setObjectName(u"batchEndLabel")

        self.batchForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.batchEndLabel)

        self.batchEndEdit = QDateEdit(self.batchBox)
        self.batchEndEdit.setObjectName(u"batchEndEdit")
        self.batchEndEdit.setMinimumDate(QDate(2000, 1, 1))
        self.batchEndEdit.setCalendarPopup(True)

        self.batchForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.batchEndEdit)


        self.batchBoxLayout.addLayout(self.batchForm)


        self.middleLayout.addWidget(self.batchBox)

        self.targetBox = QGroupBox(PlanEditor)
        self.targetBox.setObjectName(u"targetBox")
        self.targetBoxLayout = QVBoxLayout(self.targetBox)
        self.targetBoxLayout.setObjectName(u"targetBoxLayout")
        self.targetsView = QTableView(self.targetBox)
        self.targetsView.setObjectName(u"targetsView")
        self.targetsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.targetsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.targetsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.targetsView.setTabKeyNavigation(False)
        self.targetsView.horizontalHeader().setStretchLastSection(True)
        self.targetsView.verticalHeader().setVisible(False)

        self.targetBoxLayout.addWidget(self.targetsView)

        self.targetButtons = QHBoxLayout()
        self.targetButtons.setObjectName(u"targetButtons")
        self.addTargetButton = QPushButton(self.targetBox)
        self.addTargetButton.setObjectName(u"addTargetButton")
        self.addTargetButton.setAutoDefault(False)

        self.targetButtons.addWidget(self.addTargetButton)

        self.removeTargetButton = QPushButton(self.targetBox)
        self.removeTargetButton.setObjectName(u"removeTargetButton")
        self.removeTargetButton.setAutoDefault(False)

        self.targetButtons.addWidget(self.removeTargetButton)


        self.targetBoxLayout.addLayout(self.targetButtons)

        self.targetForm = QFormLayout()
        self.targetForm.setObjectName(u"targetForm")
        self.regionLabel = QLabel(self.targetBox)
        self.regionLabel.setObjectName(u"regionLabel")

        self.targetForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.regionLabel)

        self.regionCombo = QComboBox(self.targetBox)
        self.regionCombo.setObjectName(u"regionCombo")

        self.targetForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.regionCombo)

        self.entryLabel = QLabel(self.targetBox)
        self.entryLabel.setObjectName(u"entryLabel")

        self.targetForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.entryLabel)

        self.entryEdit = QDateEdit(self.targetBox)
        self.entryEdit.setObjectName(u"entryEdit")
        self.entryEdit.setMinimumDate(QDate(2000, 1, 1))
        self.entryEdit.setCalendarPopup(True)

        self.targetForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.entryEdit)

        self.exitLabel = QLabel(self.targetBox)
        self.exitLabel.setObjectName(u"exitLabel")

        self.targetForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.exitLabel)

        self.exitEdit = QDateEdit(self.targetBox)
        self.exitEdit.setObjectName(u"exitEdit")
        self.exitEdit.setMinimumDate(QDate(2000, 1, 1))
        self.exitEdit.setCalendarPopup(True)

        self.targetForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.exitEdit)

        self.teamLabel = QLabel(self.targetBox)
        self.teamLabel.setObjectName(u"teamLabel")

        self.targetForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.teamLabel)

        self.teamCombo = QComboBox(self.targetBox)
        self.teamCombo.setObjectName(u"teamCombo")

        self.targetForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.teamCombo)

        self.scopeLabel = QLabel(self.targetBox)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.targetForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.scopeLabel)

        self.scopeEdit = QLineEdit(self.targetBox)
        self.scopeEdit.setObjectName(u"scopeEdit")

        self.targetForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.scopeEdit)

        self.mobilizationLabel = QLabel(self.targetBox)
        self.mobilizationLabel.setObjectName(u"mobilizationLabel")

        self.targetForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.mobilizationLabel)

        self.mobilizationEdit = QLineEdit(self.targetBox)
        self.mobilizationEdit.setObjectName(u"mobilizationEdit")

        self.targetForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.mobilizationEdit)


        self.targetBoxLayout.addLayout(self.targetForm)


        self.middleLayout.addWidget(self.targetBox)


        self.editorLayout.addLayout(self.middleLayout)

        self.errorLabel = QLabel(PlanEditor)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.editorLayout.addWidget(self.errorLabel)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.undoButton = QPushButton(PlanEditor)
        self.undoButton.setObjectName(u"undoButton")
        self.undoButton.setAutoDefault(False)

        self.bottomLayout.addWidget(self.undoButton)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(PlanEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.bottomLayout.addWidget(self.buttonBox)


        self.editorLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.cycleLabel.setBuddy(self.cycleCombo)
        self.yearLabel.setBuddy(self.yearSpin)
        self.titleLabel.setBuddy(self.titleEdit)
        self.basisLabel.setBuddy(self.basisEdit)
        self.noteLabel.setBuddy(self.noteEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.batchNameLabel.setBuddy(self.batchNameEdit)
        self.batchStartLabel.setBuddy(self.batchStartEdit)
        self.batchEndLabel.setBuddy(self.batchEndEdit)
        self.regionLabel.setBuddy(self.regionCombo)
        self.entryLabel.setBuddy(self.entryEdit)
        self.exitLabel.setBuddy(self.exitEdit)
        self.teamLabel.setBuddy(self.teamCombo)
        self.scopeLabel.setBuddy(self.scopeEdit)
        self.mobilizationLabel.setBuddy(self.mobilizationEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.cycleCombo, self.yearSpin)
        QWidget.setTabOrder(self.yearSpin, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.basisEdit)
        QWidget.setTabOrder(self.basisEdit, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.batchesView)
        QWidget.setTabOrder(self.batchesView, self.addBatchButton)
        QWidget.setTabOrder(self.addBatchButton, self.removeBatchButton)
        QWidget.setTabOrder(self.removeBatchButton, self.batchNameEdit)
        QWidget.setTabOrder(self.batchNameEdit, self.batchStartEdit)
        QWidget.setTabOrder(self.batchStartEdit, self.batchEndEdit)
        QWidget.setTabOrder(self.batchEndEdit, self.targetsView)
        QWidget.setTabOrder(self.targetsView, self.addTargetButton)
        QWidget.setTabOrder(self.addTargetButton, self.removeTargetButton)
        QWidget.setTabOrder(self.removeTargetButton, self.regionCombo)
        QWidget.setTabOrder(self.regionCombo, self.entryEdit)
        QWidget.setTabOrder(self.entryEdit, self.exitEdit)
        QWidget.setTabOrder(self.exitEdit, self.teamCombo)
        QWidget.setTabOrder(self.teamCombo, self.scopeEdit)
        QWidget.setTabOrder(self.scopeEdit, self.mobilizationEdit)
        QWidget.setTabOrder(self.mobilizationEdit, self.undoButton)
        QWidget.setTabOrder(self.undoButton, self.buttonBox)

        self.retranslateUi(PlanEditor)

        QMetaObject.connectSlotsByName(PlanEditor)
    # setupUi

    def retranslateUi(self, PlanEditor):
        PlanEditor.setWindowTitle(QCoreApplication.translate("PlanEditor", u"\u5de1\u67e5\u8ba1\u5212", None))
        self.planBox.setTitle(QCoreApplication.translate("PlanEditor", u"\u8ba1\u5212", None))
        self.cycleLabel.setText(QCoreApplication.translate("PlanEditor", u"\u5de1\u67e5\u5468\u671f(&C)\uff1a", None))
        self.yearLabel.setText(QCoreApplication.translate("PlanEditor", u"\u5e74\u5ea6(&Y)\uff1a", None))
        self.titleLabel.setText(QCoreApplication.translate("PlanEditor", u"\u6807\u9898(&T)\uff1a", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("PlanEditor", u"\u5982\uff1a2027\u5e74\u5ea6\u5168\u7701\u5b89\u5168\u751f\u4ea7\u5de1\u67e5\u5de5\u4f5c\u8ba1\u5212", None))
        self.basisLabel.setText(QCoreApplication.translate("PlanEditor", u"\u4f9d\u636e(&J)\uff1a", None))
        self.noteLabel.setText(QCoreApplication.translate("PlanEditor", u"\u5907\u6ce8(&N)\uff1a", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("PlanEditor", u"\u540c\u4e00\u5468\u671f\u5185\u518d\u6b21\u5de1\u67e5\u67d0\u5e02\u53bf\u65f6\u5199\u660e\uff1a\u518d\u6b21\u5de1\u67e5 \u6d77\u53e3\u5e02\uff1a\u7406\u7531", None))
        self.reasonLabel.setText(QCoreApplication.translate("PlanEditor", u"\u53d8\u66f4\u7406\u7531(&R)\uff1a", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("PlanEditor", u"\u53d8\u66f4\u5df2\u6279\u51c6\u7684\u8ba1\u5212\u987b\u5199\u660e\u7406\u7531", None))
        self.batchBox.setTitle(QCoreApplication.translate("PlanEditor", u"\u6279\u6b21", None))
        self.addBatchButton.setText(QCoreApplication.translate("PlanEditor", u"\u6dfb\u52a0\u6279\u6b21(&A)", None))
        self.removeBatchButton.setText(QCoreApplication.translate("PlanEditor", u"\u5220\u9664\u6279\u6b21", None))
        self.batchNameLabel.setText(QCoreApplication.translate("PlanEditor", u"\u6279\u6b21\u540d\u79f0\uff1a", None))
        self.batchNameEdit.setPlaceholderText(QCoreApplication.translate("PlanEditor", u"\u5982\uff1a\u7b2c\u4e00\u6279\u6b21", None))
        self.batchStartLabel.setText(QCoreApplication.translate("PlanEditor", u"\u5f00\u59cb\u65e5\u671f\uff1a", None))
        self.batchStartEdit.setSpecialValueText(QCoreApplication.translate("PlanEditor", u"\u2014", None))
        self.batchStartEdit.setDisplayFormat(QCoreApplication.translate("PlanEditor", u"yyyy\u5e74M\u6708d\u65e5", None))
        self.batchEndLabel.setText(QCoreApplication.translate("PlanEditor", u"\u7ed3\u675f\u65e5\u671f\uff1a", None))
        self.batchEndEdit.setSpecialValueText(QCoreApplication.translate("PlanEditor", u"\u2014", None))
        self.batchEndEdit.setDisplayFormat(QCoreApplication.translate("PlanEditor", u"yyyy\u5e74M\u6708d\u65e5", None))
        self.targetBox.setTitle(QCoreApplication.translate("PlanEditor", u"\u5de1\u67e5\u5bf9\u8c61\uff08\u5e02\u53bf\uff09", None))
        self.addTargetButton.setText(QCoreApplication.translate("PlanEditor", u"\u6dfb\u52a0\u5e02\u53bf(&D)", None))
        self.removeTargetButton.setText(QCoreApplication.translate("PlanEditor", u"\u5220\u9664\u5e02\u53bf", None))
        self.regionLabel.setText(QCoreApplication.translate("PlanEditor", u"\u5e02\u53bf\uff1a", None))
        self.entryLabel.setText(QCoreApplication.translate("PlanEditor", u"\u8fdb\u9a7b\u65e5\u671f\uff1a", None))
        self.entryEdit.setSpecialValueText(QCoreApplication.translate("PlanEditor", u"\u2014", None))
        self.entryEdit.setDisplayFormat(QCoreApplication.translate("PlanEditor", u"yyyy\u5e74M\u6708d\u65e5", None))
        self.exitLabel.setText(QCoreApplication.translate("PlanEditor", u"\u64a4\u79bb\u65e5\u671f\uff1a", None))
        self.exitEdit.setSpecialValueText(QCoreApplication.translate("PlanEditor", u"\u2014", None))
        self.exitEdit.setDisplayFormat(QCoreApplication.translate("PlanEditor", u"yyyy\u5e74M\u6708d\u65e5", None))
        self.teamLabel.setText(QCoreApplication.translate("PlanEditor", u"\u5de1\u67e5\u7ec4\uff1a", None))
        self.scopeLabel.setText(QCoreApplication.translate("PlanEditor", u"\u5ef6\u4f38\u8303\u56f4\uff1a", None))
        self.scopeEdit.setPlaceholderText(QCoreApplication.translate("PlanEditor", u"\u4e61\u9547\u3001\u90e8\u95e8\u3001\u4f01\u4e1a", None))
        self.mobilizationLabel.setText(QCoreApplication.translate("PlanEditor", u"\u52a8\u5458\u4f1a\u5b89\u6392\uff1a", None))
        self.mobilizationEdit.setPlaceholderText(QCoreApplication.translate("PlanEditor", u"\u65f6\u95f4\u3001\u5730\u70b9", None))
        self.errorLabel.setText("")
        self.errorLabel.setStyleSheet(QCoreApplication.translate("PlanEditor", u"color: #b00000;", None))
        self.undoButton.setText(QCoreApplication.translate("PlanEditor", u"\u64a4\u9500\u4e0a\u4e00\u6b65(&U)", None))
#if QT_CONFIG(tooltip)
        self.undoButton.setToolTip(QCoreApplication.translate("PlanEditor", u"\u64a4\u9500\u4e0a\u4e00\u6b21\u6dfb\u52a0\u6216\u5220\u9664\u6279\u6b21\u3001\u5e02\u53bf\uff08Ctrl+Z\uff09", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

