# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'template_editor.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
    QDoubleSpinBox, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QVBoxLayout, QWidget)

class Ui_TemplateEditor(object):
    def setupUi(self, TemplateEditor):
        if not TemplateEditor.objectName():
            TemplateEditor.setObjectName(u"TemplateEditor")
        TemplateEditor.setSizeGripEnabled(True)
        self.editorLayout = QVBoxLayout(TemplateEditor)
        self.editorLayout.setObjectName(u"editorLayout")
        self.templateRow = QHBoxLayout()
        self.templateRow.setObjectName(u"templateRow")
        self.templateLabel = QLabel(TemplateEditor)
        self.templateLabel.setObjectName(u"templateLabel")

        self.templateRow.addWidget(self.templateLabel)

        self.templateCombo = QComboBox(TemplateEditor)
        self.templateCombo.setObjectName(u"templateCombo")

        self.templateRow.addWidget(self.templateCombo)

        self.templateRow.setStretch(1, 1)

        self.editorLayout.addLayout(self.templateRow)

        self.usageLabel = QLabel(TemplateEditor)
        self.usageLabel.setObjectName(u"usageLabel")
        self.usageLabel.setWordWrap(True)

        self.editorLayout.addWidget(self.usageLabel)

        self.splitter = QSplitter(TemplateEditor)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.itemsPane = QWidget(self.splitter)
        self.itemsPane.setObjectName(u"itemsPane")
        self.itemsLayout = QVBoxLayout(self.itemsPane)
        self.itemsLayout.setObjectName(u"itemsLayout")
        self.itemsLayout.setContentsMargins(0, 0, 0, 0)
        self.itemsView = QTableView(self.itemsPane)
        self.itemsView.setObjectName(u"itemsView")
        self.itemsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.itemsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.itemsView.setWordWrap(False)
        self.itemsView.verticalHeader().setVisible(False)

        self.itemsLayout.addWidget(self.itemsView)

        self.itemButtons = QHBoxLayout()
        self.itemButtons.setObjectName(u"itemButtons")
        self.addButton = QPushButton(self.itemsPane)
        self.addButton.setObjectName(u"addButton")

        self.itemButtons.addWidget(self.addButton)

        self.addChildButton = QPushButton(self.itemsPane)
        self.addChildButton.setObjectName(u"addChildButton")

        self.itemButtons.addWidget(self.addChildButton)

        self.removeButton = QPushButton(self.itemsPane)
        self.removeButton.setObjectName(u"removeButton")

        self.itemButtons.addWidget(self.removeButton)

        self.upButton = QPushButton(self.itemsPane)
        self.upButton.setObjectName(u"upButton")

        self.itemButtons.addWidget(self.upButton)

        self.downButton = QPushButton(self.itemsPane)
        self.downButton.setObjectName(u"downButton")

        self.itemButtons.addWidget(self.downButton)

        self.itemButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.itemButtons.addItem(self.itemButtonsSpacer)


        self.itemsLayout.addLayout(self.itemButtons)

        self.itemsLayout.setStretch(0, 1)
        self.splitter.addWidget(self.itemsPane)
        self.detailBox = QGroupBox(self.splitter)
        self.detailBox.setObjectName(u"detailBox")
        self.detailForm = QFormLayout(self.detailBox)
        self.detailForm.setObjectName(u"detailForm")
        self.detailForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.numberLabel = QLabel(self.detailBox)
        self.numberLabel.setObjectName(u"numberLabel")

        self.detailForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberEdit = QLineEdit(self.detailBox)
        self.numberEdit.setObjectName(u"numberEdit")
        self.numberEdit.setMaxLength(20)

        self.detailForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.parentLabel = QLabel(self.detailBox)
        self.parentLabel.setObjectName(u"parentLabel")

        self.detailForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.parentLabel)

        self.parentCombo = QComboBox(self.detailBox)
        self.parentCombo.setObjectName(u"parentCombo")

        self.detailForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.parentCombo)

        self.titleLabel = QLabel(self.detailBox)
        self.titleLabel.setObjectName(u"titleLabel")

        self.detailForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QPlainTextEdit(self.detailBox)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setTabChangesFocus(True)

        self.detailForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.guidanceLabel = QLabel(self.detailBox)
        self.guidanceLabel.setObjectName(u"guidanceLabel")

        self.detailForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.guidanceLabel)

        self.guidanceEdit = QPlainTextEdit(self.detailBox)
        self.guidanceEdit.setObjectName(u"guidanceEdit")
        self.guidanceEdit.setTabChangesFocus(True)

        self.detailForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.guidanceEdit)

        self.methodsLabel = QLabel(self.detailBox)
        self.methodsLabel.setObjectName(u"methodsLabel")

        self.detailForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.methodsLabel)

        self.methodsEdit = QLineEdit(self.detailBox)
        self.methodsEdit.setObjectName(u"methodsEdit")

        self.detailForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.methodsEdit)

        self.documentsLabel = QLabel(self.detailBox)
        self.documentsLabel.setObjectName(u"documentsLabel")

        self.detailForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.documentsLabel)

        self.documentsEdit = QPlainTextEdit(self.detailBox)
        self.documentsEdit.setObjectName(u"documentsEdit")
        self.documentsEdit.setTabChangesFocus(True)

        self.detailForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.documentsEdit)

        self.weightLabel = QLabel(self.detailBox)
        self.weightLabel.setObjectName(u"weightLabel")

        self.detailForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.weightLabel)

        self.weightSpin = QDoubleSpinBox(self.detailBox)
        self.weightSpin.setObjectName(u"weightSpin")
        self.weightSpin.setDecimals(2)
        self.weightSpin.setMaximum(9999.989999999999782)

        self.detailForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.weightSpin)

        self.shareCaption = QLabel(self.detailBox)
        self.shareCaption.setObjectName(u"shareCaption")

        self.detailForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.shareCaption)

        self.shareLabel = QLabel(self.detailBox)
        self.shareLabel.setObjectName(u"shareLabel")

        self.detailForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.shareLabel)

        self.splitter.addWidget(self.detailBox)

        self.editorLayout.addWidget(self.splitter)

        self.noteRow = QHBoxLayout()
        self.noteRow.setObjectName(u"noteRow")
        self.noteLabel = QLabel(TemplateEditor)
        self.noteLabel.setObjectName(u"noteLabel")

        self.noteRow.addWidget(self.noteLabel)

        self.noteEdit = QLineEdit(TemplateEditor)
        self.noteEdit.setObjectName(u"noteEdit")

        self.noteRow.addWidget(self.noteEdit)

        self.noteRow.setStretch(1, 1)

        self.editorLayout.addLayout(self.noteRow)

        self.problemLabel = QLabel(TemplateEditor)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.editorLayout.addWidget(self.problemLabel)

        self.messageLabel = QLabel(TemplateEditor)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.editorLayout.addWidget(self.messageLabel)

        self.dialogButtons = QHBoxLayout()
        self.dialogButtons.setObjectName(u"dialogButtons")
        self.dialogButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dialogButtons.addItem(self.dialogButtonsSpacer)

        self.saveButton = QPushButton(TemplateEditor)
        self.saveButton.setObjectName(u"saveButton")

        self.dialogButtons.addWidget(self.saveButton)

        self.closeButton = QPushButton(TemplateEditor)
        self.closeButton.setObjectName(u"closeButton")

        self.dialogButtons.addWidget(self.closeButton)


        self.editorLayout.addLayout(self.dialogButtons)

        self.editorLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.templateLabel.setBuddy(self.templateCombo)
        self.numberLabel.setBuddy(self.numberEdit)
        self.parentLabel.setBuddy(self.parentCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.guidanceLabel.setBuddy(self.guidanceEdit)
        self.methodsLabel.setBuddy(self.methodsEdit)
        self.documentsLabel.setBuddy(self.documentsEdit)
        self.weightLabel.setBuddy(self.weightSpin)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.templateCombo, self.itemsView)
        QWidget.setTabOrder(self.itemsView, self.addButton)
        QWidget.setTabOrder(self.addButton, self.addChildButton)
        QWidget.setTabOrder(self.addChildButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.upButton)
        QWidget.setTabOrder(self.upButton, self.downButton)
        QWidget.setTabOrder(self.downButton, self.numberEdit)
        QWidget.setTabOrder(self.numberEdit, self.parentCombo)
        QWidget.setTabOrder(self.parentCombo, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.guidanceEdit)
        QWidget.setTabOrder(self.guidanceEdit, self.methodsEdit)
        QWidget.setTabOrder(self.methodsEdit, self.documentsEdit)
        QWidget.setTabOrder(self.documentsEdit, self.weightSpin)
        QWidget.setTabOrder(self.weightSpin, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.closeButton)

        self.retranslateUi(TemplateEditor)

        QMetaObject.connectSlotsByName(TemplateEditor)
    # setupUi

    def retranslateUi(self, TemplateEditor):
        TemplateEditor.setWindowTitle(QCoreApplication.translate("TemplateEditor", u"\u68c0\u67e5\u8868\u6a21\u677f", None))
        self.templateLabel.setText(QCoreApplication.translate("TemplateEditor", u"\u6a21\u677f\u7248\u672c(&V)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.templateCombo.setToolTip(QCoreApplication.translate("TemplateEditor", u"\u5168\u90e8\u6a21\u677f\u7248\u672c\uff1b\u65b0\u5efa\u7684\u68c0\u67e5\u8868\u4f7f\u7528\u201c\u5f53\u524d\u201d\u7248\u672c\uff0c\u5df2\u6709\u68c0\u67e5\u8868\u4fdd\u6301\u521b\u5efa\u65f6\u7684\u7248\u672c", None))
#endif // QT_CONFIG(tooltip)
        self.usageLabel.setText("")
#if QT_CONFIG(tooltip)
        self.itemsView.setToolTip(QCoreApplication.translate("TemplateEditor", u"\u68c0\u67e5\u9879\u6309\u5c42\u7ea7\u6392\u5217\uff1a\u5b50\u9879\u7f29\u8fdb\u663e\u793a\u5728\u4e0a\u7ea7\u9879\u4e4b\u4e0b", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("TemplateEditor", u"\u65b0\u589e\u68c0\u67e5\u9879(&A)", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("TemplateEditor", u"\u5728\u672b\u5c3e\u65b0\u589e\u4e00\u4e2a\u4e00\u7ea7\u68c0\u67e5\u9879", None))
#endif // QT_CONFIG(tooltip)
        self.addChildButton.setText(QCoreApplication.translate("TemplateEditor", u"\u65b0\u589e\u5b50\u9879(&C)", None))
#if QT_CONFIG(tooltip)
        self.addChildButton.setToolTip(QCoreApplication.translate("TemplateEditor", u"\u5728\u6240\u9009\u68c0\u67e5\u9879\u4e0b\u65b0\u589e\u4e00\u4e2a\u5b50\u9879", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("TemplateEditor", u"\u5220\u9664(&D)", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("TemplateEditor", u"\u5220\u9664\u6240\u9009\u68c0\u67e5\u9879\u53ca\u5176\u5168\u90e8\u5b50\u9879", None))
#endif // QT_CONFIG(tooltip)
        self.upButton.setText(QCoreApplication.translate("TemplateEditor", u"\u4e0a\u79fb(&K)", None))
#if QT_CONFIG(tooltip)
        self.upButton.setToolTip(QCoreApplication.translate("TemplateEditor", u"\u4e0e\u540c\u7ea7\u7684\u4e0a\u4e00\u9879\u4ea4\u6362\u4f4d\u7f6e\uff08\u8fde\u540c\u5b50\u9879\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.downButton.setText(QCoreApplication.translate("TemplateEditor", u"\u4e0b\u79fb(&J)", None))
#if QT_CONFIG(tooltip)
        self.downButton.setToolTip(QCoreApplication.translate("TemplateEditor", u"\u4e0e\u540c\u7ea7\u7684\u4e0b\u4e00\u9879\u4ea4\u6362\u4f4d\u7f6e\uff08\u8fde\u540c\u5b50\u9879\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.detailBox.setTitle(QCoreApplication.translate("TemplateEditor", u"\u68c0\u67e5\u9879", None))
        self.numberLabel.setText(QCoreApplication.translate("TemplateEditor", u"\u5e8f\u53f7(&N)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.numberEdit.setToolTip(QCoreApplication.translate("TemplateEditor", u"\u5982 1\u30012 \u6216 1.1\uff1b\u6bcf\u4e2a\u68c0\u67e5\u9879\u7684\u5e8f\u53f7\u5fc5\u987b\u4e0d\u540c", None))
#endif // QT_CONFIG(tooltip)
        self.parentLabel.setText(QCoreApplication.translate("TemplateEditor", u"\u4e0a\u7ea7\u68c0\u67e5\u9879(&P)\uff1a", None))
        self.titleLabel.setText(QCoreApplication.translate("TemplateEditor", u"\u68c0\u67e5\u5185\u5bb9(&T)\uff1a", None))
        self.guidanceLabel.setText(QCoreApplication.translate("TemplateEditor", u"\u68c0\u67e5\u8981\u70b9(&G)\uff1a", None))
        self.methodsLabel.setText(QCoreApplication.translate("TemplateEditor", u"\u68c0\u67e5\u65b9\u5f0f(&M)\uff1a", None))
        self.methodsEdit.setPlaceholderText(QCoreApplication.translate("TemplateEditor", u"\u5982\uff1a\u67e5\u9605\u8d44\u6599\u3001\u4e2a\u522b\u8c08\u8bdd\u3001\u5b9e\u5730\u68c0\u67e5", None))
        self.documentsLabel.setText(QCoreApplication.translate("TemplateEditor", u"\u9700\u8c03\u9605\u8d44\u6599(&L)\uff1a", None))
        self.weightLabel.setText(QCoreApplication.translate("TemplateEditor", u"\u6743\u91cd\uff08\u5206\u503c\uff09(&W)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.weightSpin.setToolTip(QCoreApplication.translate("TemplateEditor", u"\u540c\u4e00\u4e0a\u7ea7\u4e0b\u5404\u9879\u6309\u6743\u91cd\u5206\u914d\u4e0a\u7ea7\u9879\u7684\u5206\u503c\uff1b\u4e00\u7ea7\u68c0\u67e5\u9879\u6309\u6743\u91cd\u5206\u914d 100 \u5206", None))
#endif // QT_CONFIG(tooltip)
        self.shareCaption.setText(QCoreApplication.translate("TemplateEditor", u"\u5360\u603b\u5206\uff1a", None))
        self.shareLabel.setText("")
        self.noteLabel.setText(QCoreApplication.translate("TemplateEditor", u"\u7248\u672c\u8bf4\u660e(&E)\uff1a", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("TemplateEditor", u"\u672c\u7248\u672c\u4fee\u8ba2\u4e86\u4ec0\u4e48\uff08\u53ef\u4e0d\u586b\uff09", None))
        self.problemLabel.setText("")
        self.messageLabel.setText("")
        self.saveButton.setText(QCoreApplication.translate("TemplateEditor", u"\u4fdd\u5b58(&S)", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("TemplateEditor", u"\u4fdd\u5b58\u672c\u6a21\u677f\u7684\u68c0\u67e5\u9879\uff08Ctrl+S\uff09\uff1b\u5df2\u88ab\u68c0\u67e5\u8868\u4f7f\u7528\u7684\u7248\u672c\u4f1a\u53e6\u5b58\u4e3a\u65b0\u7248\u672c", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("TemplateEditor", u"\u5173\u95ed", None))
    # retranslateUi

