# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checklists_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QFormLayout, QFrame, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSplitter,
    QTabWidget, QTableView, QTreeView, QVBoxLayout,
    QWidget)

class Ui_ChecklistsTab(object):
    def setupUi(self, ChecklistsTab):
        if not ChecklistsTab.objectName():
            ChecklistsTab.setObjectName(u"ChecklistsTab")
        self.checklistsLayout = QVBoxLayout(ChecklistsTab)
        self.checklistsLayout.setObjectName(u"checklistsLayout")
        self.checklistsLayout.setContentsMargins(0, 0, 0, 0)
        self.vsplit = QSplitter(ChecklistsTab)
        self.vsplit.setObjectName(u"vsplit")
        self.vsplit.setOrientation(Qt.Orientation.Vertical)
        self.vsplit.setChildrenCollapsible(False)
        self.listPane = QWidget(self.vsplit)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.vsplit.addWidget(self.listPane)
        self.workPane = QWidget(self.vsplit)
        self.workPane.setObjectName(u"workPane")
        self.workLayout = QVBoxLayout(self.workPane)
        self.workLayout.setObjectName(u"workLayout")
        self.workLayout.setContentsMargins(0, 0, 0, 0)
        self.titleLayout = QHBoxLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(self.workPane)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.titleLayout.addWidget(self.titleLabel)

        self.progressLabel = QLabel(self.workPane)
        self.progressLabel.setObjectName(u"progressLabel")

        self.titleLayout.addWidget(self.progressLabel)

        self.titleLayout.setStretch(0, 1)

        self.workLayout.addLayout(self.titleLayout)

        self.barLayout = QHBoxLayout()
        self.barLayout.setObjectName(u"barLayout")
        self.filterLabel = QLabel(self.workPane)
        self.filterLabel.setObjectName(u"filterLabel")

        self.barLayout.addWidget(self.filterLabel)

        self.filterCombo = QComboBox(self.workPane)
        self.filterCombo.setObjectName(u"filterCombo")
        self.filterCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.barLayout.addWidget(self.filterCombo)

        self.newButton = QPushButton(self.workPane)
        self.newButton.setObjectName(u"newButton")

        self.barLayout.addWidget(self.newButton)

        self.finishButton = QPushButton(self.workPane)
        self.finishButton.setObjectName(u"finishButton")

        self.barLayout.addWidget(self.finishButton)

        self.printButton = QPushButton(self.workPane)
        self.printButton.setObjectName(u"printButton")

        self.barLayout.addWidget(self.printButton)

        self.blankButton = QPushButton(self.workPane)
        self.blankButton.setObjectName(u"blankButton")

        self.barLayout.addWidget(self.blankButton)

        self.editTemplateButton = QPushButton(self.workPane)
        self.editTemplateButton.setObjectName(u"editTemplateButton")

        self.barLayout.addWidget(self.editTemplateButton)

        self.tplExportButton = QPushButton(self.workPane)
        self.tplExportButton.setObjectName(u"tplExportButton")

        self.barLayout.addWidget(self.tplExportButton)

        self.tplImportButton = QPushButton(self.workPane)
        self.tplImportButton.setObjectName(u"tplImportButton")

        self.barLayout.addWidget(self.tplImportButton)

        self.barSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.barLayout.addItem(self.barSpacer)


        self.workLayout.addLayout(self.barLayout)

        self.hsplit = QSplitter(self.workPane)
        self.hsplit.setObjectName(u"hsplit")
        self.hsplit.setOrientation(Qt.Orientation.Horizontal)
        self.hsplit.setChildrenCollapsible(False)
        self.itemTree = QTreeView(self.hsplit)
        self.itemTree.setObjectName(u"itemTree")
        self.itemTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.itemTree.setWordWrap(True)
        self.itemTree.setUniformRowHeights(False)
        self.itemTree.setAllColumnsShowFocus(True)
        self.hsplit.addWidget(self.itemTree)
        self.itemTree.header().setStretchLastSection(False)
        self.editorScroll = QScrollArea(self.hsplit)
        self.editorScroll.setObjectName(u"editorScroll")
        self.editorScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.editorScroll.setWidgetResizable(True)
        self.editorPane = QWidget()
        self.editorPane.setObjectName(u"editorPane")
        self.editorForm = QFormLayout(self.editorPane)
        self.editorForm.setObjectName(u"editorForm")
        self.editorForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.itemCaption = QLabel(self.editorPane)
        self.itemCaption.setObjectName(u"itemCaption")

        self.editorForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.itemCaption)

        self.itemLabel = QLabel(self.editorPane)
        self.itemLabel.setObjectName(u"itemLabel")
        self.itemLabel.setWordWrap(True)

        self.editorForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.itemLabel)

        self.guidanceCaption = QLabel(self.editorPane)
        self.guidanceCaption.setObjectName(u"guidanceCaption")

        self.editorForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.guidanceCaption)

        self.guidanceLabel = QLabel(self.editorPane)
        self.guidanceLabel.setObjectName(u"guidanceLabel")
        self.guidanceLabel.setWordWrap(True)

        self.editorForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.guidanceLabel)

        self.resultCaption = QLabel(self.editorPane)
        self.resultCaption.setObjectName(u"resultCaption")

        self.editorForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.resultCaption)

        self.resultCombo = QComboBox(self.editorPane)
        self.resultCombo.setObjectName(u"resultCombo")

        self.editorForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.resultCombo)

        self.notesCaption = QLabel(self.editorPane)
        self.notesCaption.setObjectName(u"notesCaption")

        self.editorForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.notesCaption)

        self.notesEdit = QPlainTextEdit(self.editorPane)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.editorForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.methodCaption = QLabel(self.editorPane)
        self.methodCaption.setObjectName(u"methodCaption")

        self.editorForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.methodCaption)

        self.methodCombo = QComboBox(self.editorPane)
        self.methodCombo.setObjectName(u"methodCombo")
        self.methodCombo.setEditable(True)

        self.editorForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.methodCombo)

        self.inspectorCaption = QLabel(self.editorPane)
        self.inspectorCaption.setObjectName(u"inspectorCaption")

        self.editorForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.inspectorCaption)

        self.inspectorEdit = QLineEdit(self.editorPane)
        self.inspectorEdit.setObjectName(u"inspectorEdit")

        self.editorForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.inspectorEdit)

        self.dateCaption = QLabel(self.editorPane)
        self.dateCaption.setObjectName(u"dateCaption")

        self.editorForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.dateCaption)

        self.dateEdit = QDateEdit(self.editorPane)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setMinimumDate(QDate(2000, 1, 1))
        self.dateEdit.setCalendarPopup(True)

        self.editorForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.placeCaption = QLabel(self.editorPane)
        self.placeCaption.setObjectName(u"placeCaption")

        self.editorForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.placeCaption)

        self.placeEdit = QLineEdit(self.editorPane)
        self.placeEdit.setObjectName(u"placeEdit")

        self.editorForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.unitCaption = QLabel(self.editorPane)
        self.unitCaption.setObjectName(u"unitCaption")

        self.editorForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.unitCaption)

        self.unitCombo = QComboBox(self.editorPane)
        self.unitCombo.setObjectName(u"unitCombo")

        self.editorForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.unitCombo)

        self.editorButtons = QHBoxLayout()
        self.editorButtons.setObjectName(u"editorButtons")
        self.saveButton = QPushButton(self.editorPane)
        self.saveButton.setObjectName(u"saveButton")

        self.editorButtons.addWidget(self.saveButton)

        self.raiseButton = QPushButton(self.editorPane)
        self.raiseButton.setObjectName(u"raiseButton")

        self.editorButtons.addWidget(self.raiseButton)


        self.editorForm.setLayout(9, QFormLayout.ItemRole.SpanningRole, self.editorButtons)

        self.findingsCaption = QLabel(self.editorPane)
        self.findingsCaption.setObjectName(u"findingsCaption")

        self.editorForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.findingsCaption)

        self.findingsLabel = QLabel(self.editorPane)
        self.findingsLabel.setObjectName(u"findingsLabel")
        self.findingsLabel.setWordWrap(True)

        self.editorForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.findingsLabel)

        self.evidenceContainer = QWidget(self.editorPane)
        self.evidenceContainer.setObjectName(u"evidenceContainer")
        self.evidenceLayout = QVBoxLayout(self.evidenceContainer)
        self.evidenceLayout.setObjectName(u"evidenceLayout")
        self.evidenceLayout.setContentsMargins(0, 0, 0, 0)

        self.editorForm.setWidget(11, QFormLayout.ItemRole.SpanningRole, self.evidenceContainer)

        self.editorScroll.setWidget(self.editorPane)
        self.hsplit.addWidget(self.editorScroll)
        self.sideTabs = QTabWidget(self.hsplit)
        self.sideTabs.setObjectName(u"sideTabs")
        self.evaluationPage = QWidget()
        self.evaluationPage.setObjectName(u"evaluationPage")
        self.evaluationLayout = QVBoxLayout(self.evaluationPage)
        self.evaluationLayout.setObjectName(u"evaluationLayout")
        self.scoreLabel = QLabel(self.evaluationPage)
        self.scoreLabel.setObjectName(u"scoreLabel")
        self.scoreLabel.setWordWrap(True)

        self.evaluationLayout.addWidget(self.scoreLabel)

        self.breakdownLabel = QLabel(self.evaluationPage)
        self.breakdownLabel.setObjectName(u"breakdownLabel")
        self.breakdownLabel.setWordWrap(True)
        self.breakdownLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.evaluationLayout.addWidget(self.breakdownLabel)

        self.evalForm = QFormLayout()
        self.evalForm.setObjectName(u"evalForm")
        self.evalForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.gradeCaption = QLabel(self.evaluationPage)
        self.gradeCaption.setObjectName(u"gradeCaption")

        self.evalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.gradeCaption)

        self.gradeCombo = QComboBox(self.evaluationPage)
        self.gradeCombo.setObjectName(u"gradeCombo")

        self.evalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.gradeCombo)

        self.reasonCaption = QLabel(self.evaluationPage)
        self.reasonCaption.setObjectName(u"reasonCaption")

        self.evalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonCaption)

        self.reasonEdit = QPlainTextEdit(self.evaluationPage)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.evalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.summaryCaption = QLabel(self.evaluationPage)
        self.summaryCaption.setObjectName(u"summaryCaption")

        self.evalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.summaryCaption)

        self.summaryEdit = QPlainTextEdit(self.evaluationPage)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)

        self.evalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.summaryEdit)


        self.evaluationLayout.addLayout(self.evalForm)

        self.saveEvalButton = QPushButton(self.evaluationPage)
        self.saveEvalButton.setObjectName(u"saveEvalButton")

        self.evaluationLayout.addWidget(self.saveEvalButton)

        self.savedLabel = QLabel(self.evaluationPage)
        self.savedLabel.setObjectName(u"savedLabel")
        self.savedLabel.setWordWrap(True)

        self.evaluationLayout.addWidget(self.savedLabel)

        self.subjectsView = QTableView(self.evaluationPage)
        self.subjectsView.setObjectName(u"subjectsView")
        self.subjectsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.subjectsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.subjectsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.subjectsView.horizontalHeader().setStretchLastSection(True)
        self.subjectsView.verticalHeader().setVisible(False)

        self.evaluationLayout.addWidget(self.subjectsView)

        self.addSubjectButton = QPushButton(self.evaluationPage)
        self.addSubjectButton.setObjectName(u"addSubjectButton")

        self.evaluationLayout.addWidget(self.addSubjectButton)

        self.evaluationLayout.setStretch(5, 1)
        self.sideTabs.addTab(self.evaluationPage, "")
        self.visitsPage = QWidget()
        self.visitsPage.setObjectName(u"visitsPage")
        self.visitsLayout = QVBoxLayout(self.visitsPage)
        self.visitsLayout.setObjectName(u"visitsLayout")
        self.visitsView = QTableView(self.visitsPage)
        self.visitsView.setObjectName(u"visitsView")
        self.visitsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.visitsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.visitsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.visitsView.horizontalHeader().setStretchLastSection(True)
        self.visitsView.verticalHeader().setVisible(False)

        self.visitsLayout.addWidget(self.visitsView)

        self.addVisitButton = QPushButton(self.visitsPage)
        self.addVisitButton.setObjectName(u"addVisitButton")

        self.visitsLayout.addWidget(self.addVisitButton)

        self.visitsLayout.setStretch(0, 1)
        self.sideTabs.addTab(self.visitsPage, "")
        self.breachesPage = QWidget()
        self.breachesPage.setObjectName(u"breachesPage")
        self.breachesLayout = QVBoxLayout(self.breachesPage)
        self.breachesLayout.setObjectName(u"breachesLayout")
        self.breachesView = QTableView(self.breachesPage)
        self.breachesView.setObjectName(u"breachesView")
        self.breachesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.breachesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.breachesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.breachesView.horizontalHeader().setStretchLastSection(True)
        self.breachesView.verticalHeader().setVisible(False)

        self.breachesLayout.addWidget(self.breachesView)

        self.addBreachButton = QPushButton(self.breachesPage)
        self.addBreachButton.setObjectName(u"addBreachButton")

        self.breachesLayout.addWidget(self.addBreachButton)

        self.breachEvidenceContainer = QWidget(self.breachesPage)
        self.breachEvidenceContainer.setObjectName(u"breachEvidenceContainer")
        self.breachEvidenceLayout = QVBoxLayout(self.breachEvidenceContainer)
        self.breachEvidenceLayout.setObjectName(u"breachEvidenceLayout")
        self.breachEvidenceLayout.setContentsMargins(0, 0, 0, 0)

        self.breachesLayout.addWidget(self.breachEvidenceContainer)

        self.breachesLayout.setStretch(0, 1)
        self.breachesLayout.setStretch(2, 1)
        self.sideTabs.addTab(self.breachesPage, "")
        self.hsplit.addWidget(self.sideTabs)

        self.workLayout.addWidget(self.hsplit)

        self.workLayout.setStretch(2, 1)
        self.vsplit.addWidget(self.workPane)

        self.checklistsLayout.addWidget(self.vsplit)

#if QT_CONFIG(shortcut)
        self.filterLabel.setBuddy(self.filterCombo)
        self.resultCaption.setBuddy(self.resultCombo)
        self.notesCaption.setBuddy(self.notesEdit)
        self.methodCaption.setBuddy(self.methodCombo)
        self.inspectorCaption.setBuddy(self.inspectorEdit)
        self.dateCaption.setBuddy(self.dateEdit)
        self.placeCaption.setBuddy(self.placeEdit)
        self.unitCaption.setBuddy(self.unitCombo)
        self.gradeCaption.setBuddy(self.gradeCombo)
        self.reasonCaption.setBuddy(self.reasonEdit)
        self.summaryCaption.setBuddy(self.summaryEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.itemTree, self.resultCombo)
        QWidget.setTabOrder(self.resultCombo, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.methodCombo)
        QWidget.setTabOrder(self.methodCombo, self.inspectorEdit)
        QWidget.setTabOrder(self.inspectorEdit, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.unitCombo)
        QWidget.setTabOrder(self.unitCombo, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.raiseButton)

        self.retranslateUi(ChecklistsTab)

        self.sideTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ChecklistsTab)
    # setupUi

    def retranslateUi(self, ChecklistsTab):
        self.titleLabel.setText(QCoreApplication.translate("ChecklistsTab", u"\u8bf7\u5728\u4e0a\u65b9\u9009\u62e9\u4e00\u5f20\u68c0\u67e5\u8868\uff0c\u6216\u9009\u62e9\u5de1\u67e5\u5bf9\u8c61\u540e\u65b0\u5efa\u68c0\u67e5\u8868\u3002", None))
        self.progressLabel.setText("")
        self.filterLabel.setText(QCoreApplication.translate("ChecklistsTab", u"\u7b5b\u9009(&L)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.filterCombo.setToolTip(QCoreApplication.translate("ChecklistsTab", u"\u53ea\u770b\u672a\u586b\u5199\u7684\u68c0\u67e5\u9879\uff0c\u6216\u53ea\u770b\u201c\u4e0d\u7b26\u5408\u201d\u7684\u68c0\u67e5\u9879", None))
#endif // QT_CONFIG(tooltip)
        self.newButton.setText(QCoreApplication.translate("ChecklistsTab", u"\u65b0\u5efa\u68c0\u67e5\u8868(&C)", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("ChecklistsTab", u"\u7528\u5f53\u524d\u68c0\u67e5\u8868\u6a21\u677f\u4e3a\u6240\u9009\u5de1\u67e5\u5bf9\u8c61\u65b0\u5efa\u68c0\u67e5\u8868", None))
#endif // QT_CONFIG(tooltip)
        self.finishButton.setText(QCoreApplication.translate("ChecklistsTab", u"\u5b8c\u6210\u68c0\u67e5\u8868(&G)", None))
#if QT_CONFIG(tooltip)
        self.finishButton.setToolTip(QCoreApplication.translate("ChecklistsTab", u"\u5168\u90e8\u68c0\u67e5\u9879\u586b\u5199\u540e\u6807\u8bb0\u4e3a\u5df2\u5b8c\u6210\uff1b\u5df2\u5b8c\u6210\u7684\u68c0\u67e5\u8868\u4e0d\u80fd\u518d\u4fee\u6539", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("ChecklistsTab", u"\u5bfc\u51fa\u586b\u5199\u8868(&E)\u2026", None))
        self.blankButton.setText(QCoreApplication.translate("ChecklistsTab", u"\u5bfc\u51fa\u7a7a\u767d\u8868(&B)\u2026", None))
        self.editTemplateButton.setText(QCoreApplication.translate("ChecklistsTab", u"\u7f16\u8f91\u6a21\u677f(&M)\u2026", None))
#if QT_CONFIG(tooltip)
        self.editTemplateButton.setToolTip(QCoreApplication.translate("ChecklistsTab", u"\u7f16\u8f91\u68c0\u67e5\u8868\u6a21\u677f\u7684\u68c0\u67e5\u9879\uff08\u5df2\u88ab\u68c0\u67e5\u8868\u4f7f\u7528\u7684\u7248\u672c\u4f1a\u53e6\u5b58\u4e3a\u65b0\u7248\u672c\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.tplExportButton.setText(QCoreApplication.translate("ChecklistsTab", u"\u5bfc\u51fa\u6a21\u677f\u5230 Excel(&X)\u2026", None))
        self.tplImportButton.setText(QCoreApplication.translate("ChecklistsTab", u"\u4ece Excel \u5bfc\u5165\u6a21\u677f(&I)\u2026", None))
#if QT_CONFIG(tooltip)
        self.itemTree.setToolTip(QCoreApplication.translate("ChecklistsTab", u"\u6570\u5b57\u952e 1 \u7b26\u5408\u30012 \u57fa\u672c\u7b26\u5408\u30013 \u4e0d\u7b26\u5408\u30014 \u4e0d\u9002\u7528\uff1b\u56de\u8f66\u6216 N \u8f6c\u5230\u4e0b\u4e00\u9879", None))
#endif // QT_CONFIG(tooltip)
        self.itemCaption.setText(QCoreApplication.translate("ChecklistsTab", u"\u68c0\u67e5\u9879\uff1a", None))
        self.itemLabel.setText("")
        self.guidanceCaption.setText(QCoreApplication.translate("ChecklistsTab", u"\u68c0\u67e5\u8981\u70b9\uff1a", None))
        self.guidanceLabel.setText("")
        self.resultCaption.setText(QCoreApplication.translate("ChecklistsTab", u"\u68c0\u67e5\u7ed3\u679c(&Q)\uff1a", None))
        self.notesCaption.setText(QCoreApplication.translate("ChecklistsTab", u"\u60c5\u51b5\u8bb0\u5f55(&Z)\uff1a", None))
        self.methodCaption.setText(QCoreApplication.translate("ChecklistsTab", u"\u68c0\u67e5\u65b9\u5f0f(&Y)\uff1a", None))
        self.inspectorCaption.setText(QCoreApplication.translate("ChecklistsTab", u"\u68c0\u67e5\u4eba(&J)\uff1a", None))
        self.dateCaption.setText(QCoreApplication.translate("ChecklistsTab", u"\u68c0\u67e5\u65e5\u671f(&N)\uff1a", None))
        self.dateEdit.setSpecialValueText(QCoreApplication.translate("ChecklistsTab", u"\u2014", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("ChecklistsTab", u"yyyy\u5e74M\u6708d\u65e5", None))
        self.placeCaption.setText(QCoreApplication.translate("ChecklistsTab", u"\u68c0\u67e5\u5730\u70b9\uff1a", None))
        self.unitCaption.setText(QCoreApplication.translate("ChecklistsTab", u"\u68c0\u67e5\u5355\u4f4d\uff1a", None))
        self.saveButton.setText(QCoreApplication.translate("ChecklistsTab", u"\u4fdd\u5b58\u672c\u9879 (Ctrl+S)", None))
        self.raiseButton.setText(QCoreApplication.translate("ChecklistsTab", u"\u767b\u8bb0\u95ee\u9898\u9690\u60a3(&R)\u2026", None))
        self.findingsCaption.setText(QCoreApplication.translate("ChecklistsTab", u"\u5173\u8054\u95ee\u9898\uff1a", None))
        self.findingsLabel.setText("")
        self.scoreLabel.setText("")
        self.breakdownLabel.setText("")
        self.gradeCaption.setText(QCoreApplication.translate("ChecklistsTab", u"\u8bc4\u5b9a\u7b49\u6b21(&W)\uff1a", None))
        self.reasonCaption.setText(QCoreApplication.translate("ChecklistsTab", u"\u8c03\u6574\u7406\u7531\uff1a", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("ChecklistsTab", u"\u8c03\u6574\u7b49\u6b21\u65f6\u5fc5\u987b\u5199\u660e\u7406\u7531", None))
        self.summaryCaption.setText(QCoreApplication.translate("ChecklistsTab", u"\u8bc4\u4ef7\u610f\u89c1\uff1a", None))
        self.saveEvalButton.setText(QCoreApplication.translate("ChecklistsTab", u"\u4fdd\u5b58\u8bc4\u4ef7(&S)", None))
        self.savedLabel.setText("")
        self.addSubjectButton.setText(QCoreApplication.translate("ChecklistsTab", u"\u8bc4\u4ef7\u5355\u4f4d\u6216\u4e2a\u4eba(&U)\u2026", None))
        self.sideTabs.setTabText(self.sideTabs.indexOf(self.evaluationPage), QCoreApplication.translate("ChecklistsTab", u"\u8bc4\u4ef7", None))
        self.addVisitButton.setText(QCoreApplication.translate("ChecklistsTab", u"\u8bb0\u5f55\u5ef6\u4f38\u5de1\u67e5(&V)\u2026", None))
        self.sideTabs.setTabText(self.sideTabs.indexOf(self.visitsPage), QCoreApplication.translate("ChecklistsTab", u"\u5ef6\u4f38\u5de1\u67e5", None))
        self.addBreachButton.setText(QCoreApplication.translate("ChecklistsTab", u"\u8bb0\u5f55\u4e0d\u914d\u5408\u60c5\u51b5(&K)\u2026", None))
        self.sideTabs.setTabText(self.sideTabs.indexOf(self.breachesPage), QCoreApplication.translate("ChecklistsTab", u"\u914d\u5408\u60c5\u51b5", None))
        pass
    # retranslateUi

