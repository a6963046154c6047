# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'operators_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_OperatorsDialog(object):
    def setupUi(self, OperatorsDialog):
        if not OperatorsDialog.objectName():
            OperatorsDialog.setObjectName(u"OperatorsDialog")
        self.operatorsLayout = QVBoxLayout(OperatorsDialog)
        self.operatorsLayout.setObjectName(u"operatorsLayout")
        self.currentLabel = QLabel(OperatorsDialog)
        self.currentLabel.setObjectName(u"currentLabel")
        self.currentLabel.setWordWrap(True)

        self.operatorsLayout.addWidget(self.currentLabel)

        self.rolesLabel = QLabel(OperatorsDialog)
        self.rolesLabel.setObjectName(u"rolesLabel")
        self.rolesLabel.setWordWrap(True)

        self.operatorsLayout.addWidget(self.rolesLabel)

        self.tableView = QTableView(OperatorsDialog)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setAlternatingRowColors(True)

        self.operatorsLayout.addWidget(self.tableView)

        self.editBox = QGroupBox(OperatorsDialog)
        self.editBox.setObjectName(u"editBox")
        self.editLayout = QFormLayout(self.editBox)
        self.editLayout.setObjectName(u"editLayout")
        self.loginLabel = QLabel(self.editBox)
        self.loginLabel.setObjectName(u"loginLabel")

        self.editLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.loginLabel)

        self.loginEdit = QLineEdit(self.editBox)
        self.loginEdit.setObjectName(u"loginEdit")
        self.loginEdit.setMaxLength(64)

        self.editLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.loginEdit)

        self.nameLabel = QLabel(self.editBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.editLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.editBox)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(64)

        self.editLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.roleLabel = QLabel(self.editBox)
        self.roleLabel.setObjectName(u"roleLabel")

        self.editLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(self.editBox)
        self.roleCombo.setObjectName(u"roleCombo")

        self.editLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.activeCheck = QCheckBox(self.editBox)
        self.activeCheck.setObjectName(u"activeCheck")
        self.activeCheck.setChecked(True)

        self.editLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.activeCheck)


        self.operatorsLayout.addWidget(self.editBox)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.newButton = QPushButton(OperatorsDialog)
        self.newButton.setObjectName(u"newButton")

        self.buttonsLayout.addWidget(self.newButton)

        self.saveButton = QPushButton(OperatorsDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)


        self.operatorsLayout.addLayout(self.buttonsLayout)

        self.errorLabel = QLabel(OperatorsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.operatorsLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(OperatorsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.operatorsLayout.addWidget(self.buttonBox)

        self.operatorsLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.loginLabel.setBuddy(self.loginEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tableView, self.loginEdit)
        QWidget.setTabOrder(self.loginEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.activeCheck)
        QWidget.setTabOrder(self.activeCheck, self.newButton)
        QWidget.setTabOrder(self.newButton, self.saveButton)

        self.retranslateUi(OperatorsDialog)

        QMetaObject.connectSlotsByName(OperatorsDialog)
    # setupUi

    def retranslateUi(self, OperatorsDialog):
        OperatorsDialog.setWindowTitle(QCoreApplication.translate("OperatorsDialog", u"\u64cd\u4f5c\u5458\u4e0e\u6743\u9650", None))
        self.currentLabel.setText("")
        self.rolesLabel.setText(QCoreApplication.translate("OperatorsDialog", u"\u6ca1\u6709\u542f\u7528\u7684\u64cd\u4f5c\u5458\u65f6\uff0c\u4efb\u4f55\u4eba\u90fd\u6309\u7ba1\u7406\u5458\u64cd\u4f5c\uff08\u5355\u4eba\u4f7f\u7528\u65e0\u9700\u8bbe\u7f6e\uff09\u3002\u767b\u8bb0\u64cd\u4f5c\u5458\u540e\uff0c\u53ea\u6709\u767b\u8bb0\u4e14\u542f\u7528\u7684\u64cd\u4f5c\u5458\u53ef\u4ee5\u4fee\u6539\u6570\u636e\uff1a\u7ba1\u7406\u5458\u53ef\u505a\u4e00\u5207\uff08\u542b\u5f7b\u5e95\u5220\u9664\u548c\u529e\u516c\u5ba4\u8bbe\u7f6e\uff09\uff1b\u529e\u516c\u5ba4\u53ef\u4fee\u6539\u5de1\u67e5\u8ba1\u5212\u3001\u4eba\u5458\u5e93\u3001\u5de1\u67e5\u7ec4\u3001\u516c\u6587\u548c\u57fa\u7840\u6570\u636e\uff1b\u7ec4\u957f\u53ef\u4fee\u6539\u68c0\u67e5\u8868\u3001\u95ee\u9898\u9690\u60a3\u548c\u7ea6\u8c08\uff1b\u53ea\u8bfb\u53ea\u80fd\u67e5\u770b\u3002\u767b\u5f55\u540d\u5373\u8bbe\u7f6e\u4e2d\u7684\u64cd\u4f5c\u5458\uff08\u9ed8\u8ba4\u662f Windows \u7528\u6237\u540d\uff09\u3002", None))
        self.editBox.setTitle(QCoreApplication.translate("OperatorsDialog", u"\u64cd\u4f5c\u5458", None))
        self.loginLabel.setText(QCoreApplication.translate("OperatorsDialog", u"\u767b\u5f55\u540d(&L)\uff1a", None))
        self.loginEdit.setPlaceholderText(QCoreApplication.translate("OperatorsDialog", u"Windows \u7528\u6237\u540d\u6216\u8bbe\u7f6e\u4e2d\u7684\u64cd\u4f5c\u5458", None))
        self.nameLabel.setText(QCoreApplication.translate("OperatorsDialog", u"\u59d3\u540d(&M)\uff1a", None))
        self.roleLabel.setText(QCoreApplication.translate("OperatorsDialog", u"\u89d2\u8272(&J)\uff1a", None))
        self.activeCheck.setText(QCoreApplication.translate("OperatorsDialog", u"\u542f\u7528(&Q)", None))
        self.newButton.setText(QCoreApplication.translate("OperatorsDialog", u"\u65b0\u5efa(&N)", None))
        self.saveButton.setText(QCoreApplication.translate("OperatorsDialog", u"\u4fdd\u5b58(&S)", None))
        self.errorLabel.setText("")
        self.errorLabel.setStyleSheet(QCoreApplication.translate("OperatorsDialog", u"color: #b00000;", None))
    # retranslateUi

