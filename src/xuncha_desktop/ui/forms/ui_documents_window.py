# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'documents_window.ui'
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
    QDialog, QDialogButtonBox, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QStackedWidget, QTabWidget, QTableView, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

from xuncha_desktop.ui.documents_preview import PdfPreview

class Ui_DocumentsWindow(object):
    def setupUi(self, DocumentsWindow):
        if not DocumentsWindow.objectName():
            DocumentsWindow.setObjectName(u"DocumentsWindow")
        DocumentsWindow.resize(1200, 760)
        DocumentsWindow.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(DocumentsWindow)
        self.mainLayout.setObjectName(u"mainLayout")
        self.tabs = QTabWidget(DocumentsWindow)
        self.tabs.setObjectName(u"tabs")
        self.draftsTab = QWidget()
        self.draftsTab.setObjectName(u"draftsTab")
        self.draftsTabLayout = QVBoxLayout(self.draftsTab)
        self.draftsTabLayout.setObjectName(u"draftsTabLayout")
        self.draftsSplitter = QSplitter(self.draftsTab)
        self.draftsSplitter.setObjectName(u"draftsSplitter")
        self.draftsSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.draftsSplitter.setChildrenCollapsible(False)
        self.draftsListPane = QWidget(self.draftsSplitter)
        self.draftsListPane.setObjectName(u"draftsListPane")
        self.draftsListLayout = QVBoxLayout(self.draftsListPane)
        self.draftsListLayout.setObjectName(u"draftsListLayout")
        self.draftsListLayout.setContentsMargins(0, 0, 0, 0)
        self.draftFilterLayout = QHBoxLayout()
        self.draftFilterLayout.setObjectName(u"draftFilterLayout")
        self.draftFilterLabel = QLabel(self.draftsListPane)
        self.draftFilterLabel.setObjectName(u"draftFilterLabel")

        self.draftFilterLayout.addWidget(self.draftFilterLabel)

        self.draftFilterEdit = QLineEdit(self.draftsListPane)
        self.draftFilterEdit.setObjectName(u"draftFilterEdit")
        self.draftFilterEdit.setClearButtonEnabled(True)

        self.draftFilterLayout.addWidget(self.draftFilterEdit)

        self.draftCountLabel = QLabel(self.draftsListPane)
        self.draftCountLabel.setObjectName(u"draftCountLabel")
        self.draftCountLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.draftFilterLayout.addWidget(self.draftCountLabel)


        self.draftsListLayout.addLayout(self.draftFilterLayout)

        self.draftsView = QTableView(self.draftsListPane)
        self.draftsView.setObjectName(u"draftsView")
        self.draftsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.draftsView.setAlternatingRowColors(True)
        self.draftsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.draftsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.draftsView.setSortingEnabled(True)
        self.draftsView.setWordWrap(False)
        self.draftsView.horizontalHeader().setHighlightSections(False)
        self.draftsView.horizontalHeader().setStretchLastSection(True)
        self.draftsView.verticalHeader().setVisible(False)

        self.draftsListLayout.addWidget(self.draftsView)

        self.draftsSplitter.addWidget(self.draftsListPane)
        self.draftPane = QWidget(self.draftsSplitter)
        self.draftPane.setObjectName(u"draftPane")
        self.draftPaneLayout = QVBoxLayout(self.draftPane)
        self.draftPaneLayout.setObjectName(u"draftPaneLayout")
        self.draftPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.draftStateLabel = QLabel(self.draftPane)
        self.draftStateLabel.setObjectName(u"draftStateLabel")
        self.draftStateLabel.setWordWrap(True)
        self.draftStateLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.draftPaneLayout.addWidget(self.draftStateLabel)

        self.draftInfoLabel = QLabel(self.draftPane)
        self.draftInfoLabel.setObjectName(u"draftInfoLabel")
        self.draftInfoLabel.setWordWrap(True)
        self.draftInfoLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.draftPaneLayout.addWidget(self.draftInfoLabel)

        self.draftPreview = PdfPreview(self.draftPane)
        self.draftPreview.setObjectName(u"draftPreview")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.draftPreview.sizePolicy().hasHeightForWidth())
        self.draftPreview.setSizePolicy(sizePolicy)

        self.draftPaneLayout.addWidget(self.draftPreview)

        self.draftButtonsLayout = QHBoxLayout()
        self.draftButtonsLayout.setObjectName(u"draftButtonsLayout")
        self.issueButton = QPushButton(self.draftPane)
        self.issueButton.setObjectName(u"issueButton")

        self.draftButtonsLayout.addWidget(self.issueButton)

        self.saveWordButton = QPushButton(self.draftPane)
        self.saveWordButton.setObjectName(u"saveWordButton")

        self.draftButtonsLayout.addWidget(self.saveWordButton)

        self.savePdfButton = QPushButton(self.draftPane)
        self.savePdfButton.setObjectName(u"savePdfButton")

        self.draftButtonsLayout.addWidget(self.savePdfButton)

        self.printButton = QPushButton(self.draftPane)
        self.printButton.setObjectName(u"printButton")

        self.draftButtonsLayout.addWidget(self.printButton)

        self.openWordButton = QPushButton(self.draftPane)
        self.openWordButton.setObjectName(u"openWordButton")

        self.draftButtonsLayout.addWidget(self.openWordButton)

        self.draftButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.draftButtonsLayout.addItem(self.draftButtonsSpacer)


        self.draftPaneLayout.addLayout(self.draftButtonsLayout)

        self.draftsSplitter.addWidget(self.draftPane)

        self.draftsTabLayout.addWidget(self.draftsSplitter)

        self.tabs.addTab(self.draftsTab, "")
        self.registerTab = QWidget()
        self.registerTab.setObjectName(u"registerTab")
        self.registerTabLayout = QVBoxLayout(self.registerTab)
        self.registerTabLayout.setObjectName(u"registerTabLayout")
        self.registerCountLabel = QLabel(self.registerTab)
        self.registerCountLabel.setObjectName(u"registerCountLabel")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.registerCountLabel.sizePolicy().hasHeightForWidth())
        self.registerCountLabel.setSizePolicy(sizePolicy1)

        self.registerTabLayout.addWidget(self.registerCountLabel)

        self.registerSplitter = QSplitter(self.registerTab)
        self.registerSplitter.setObjectName(u"registerSplitter")
        self.registerSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.registerSplitter.setChildrenCollapsible(False)
        self.registerView = QTableView(self.registerSplitter)
        self.registerView.setObjectName(u"registerView")
        self.registerView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.registerView.setAlternatingRowColors(True)
        self.registerView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.registerView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.registerView.setSortingEnabled(True)
        self.registerView.setWordWrap(False)
        self.registerSplitter.addWidget(self.registerView)
        self.registerView.horizontalHeader().setHighlightSections(False)
        self.registerView.horizontalHeader().setStretchLastSection(True)
        self.registerView.verticalHeader().setVisible(False)
        self.registerPreview = PdfPreview(self.registerSplitter)
        self.registerPreview.setObjectName(u"registerPreview")
        self.registerSplitter.addWidget(self.registerPreview)

        self.registerTabLayout.addWidget(self.registerSplitter)

        self.registerButtonsLayout = QHBoxLayout()
        self.registerButtonsLayout.setObjectName(u"registerButtonsLayout")
        self.registerSaveWordButton = QPushButton(self.registerTab)
        self.registerSaveWordButton.setObjectName(u"registerSaveWordButton")

        self.registerButtonsLayout.addWidget(self.registerSaveWordButton)

        self.registerSavePdfButton = QPushButton(self.registerTab)
        self.registerSavePdfButton.setObjectName(u"registerSavePdfButton")

        self.registerButtonsLayout.addWidget(self.registerSavePdfButton)

        self.registerPrintButton = QPushButton(self.registerTab)
        self.registerPrintButton.setObjectName(u"registerPrintButton")

        self.registerButtonsLayout.addWidget(self.registerPrintButton)

        self.registerOpenWordButton = QPushButton(self.registerTab)
        self.registerOpenWordButton.setObjectName(u"registerOpenWordButton")

        self.registerButtonsLayout.addWidget(self.registerOpenWordButton)

        self.registerButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.registerButtonsLayout.addItem(self.registerButtonsSpacer)

        self.voidButton = QPushButton(self.registerTab)
        self.voidButton.setObjectName(u"voidButton")

        self.registerButtonsLayout.addWidget(self.voidButton)


        self.registerTabLayout.addLayout(self.registerButtonsLayout)

        self.registerTabLayout.setStretch(1, 1)
        self.tabs.addTab(self.registerTab, "")
        self.wordingTab = QWidget()
        self.wordingTab.setObjectName(u"wordingTab")
        self.wordingTabLayout = QVBoxLayout(self.wordingTab)
        self.wordingTabLayout.setObjectName(u"wordingTabLayout")
        self.wordingSplitter = QSplitter(self.wordingTab)
        self.wordingSplitter.setObjectName(u"wordingSplitter")
        self.wordingSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.wordingSplitter.setChildrenCollapsible(False)
        self.wordingEditPane = QWidget(self.wordingSplitter)
        self.wordingEditPane.setObjectName(u"wordingEditPane")
        self.wordingEditLayout = QVBoxLayout(self.wordingEditPane)
        self.wordingEditLayout.setObjectName(u"wordingEditLayout")
        self.wordingEditLayout.setContentsMargins(0, 0, 0, 0)
        self.kindLayout = QHBoxLayout()
        self.kindLayout.setObjectName(u"kindLayout")
        self.kindLabel = QLabel(self.wordingEditPane)
        self.kindLabel.setObjectName(u"kindLabel")

        self.kindLayout.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(self.wordingEditPane)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.kindLayout.addWidget(self.kindCombo)

        self.wordingSourceLabel = QLabel(self.wordingEditPane)
        self.wordingSourceLabel.setObjectName(u"wordingSourceLabel")

        self.kindLayout.addWidget(self.wordingSourceLabel)

        self.kindSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindLayout.addItem(self.kindSpacer)


        self.wordingEditLayout.addLayout(self.kindLayout)

        self.wordingLeftSplitter = QSplitter(self.wordingEditPane)
        self.wordingLeftSplitter.setObjectName(u"wordingLeftSplitter")
        self.wordingLeftSplitter.setOrientation(Qt.Orientation.Vertical)
        self.wordingLeftSplitter.setChildrenCollapsible(False)
        self.templateEdit = QPlainTextEdit(self.wordingLeftSplitter)
        self.templateEdit.setObjectName(u"templateEdit")
        self.templateEdit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.templateEdit.setTabChangesFocus(True)
        self.wordingLeftSplitter.addWidget(self.templateEdit)
        self.variablesBox = QGroupBox(self.wordingLeftSplitter)
        self.variablesBox.setObjectName(u"variablesBox")
        self.variablesLayout = QVBoxLayout(self.variablesBox)
        self.variablesLayout.setObjectName(u"variablesLayout")
        self.variablesTree = QTreeWidget(self.variablesBox)
        self.variablesTree.setObjectName(u"variablesTree")
        self.variablesTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.variablesTree.setRootIsDecorated(False)
        self.variablesTree.setAlternatingRowColors(True)
        self.variablesTree.setUniformRowHeights(True)

        self.variablesLayout.addWidget(self.variablesTree)

        self.wordingLeftSplitter.addWidget(self.variablesBox)

        self.wordingEditLayout.addWidget(self.wordingLeftSplitter)

        self.wordingButtonsLayout = QHBoxLayout()
        self.wordingButtonsLayout.setObjectName(u"wordingButtonsLayout")
        self.saveWordingButton = QPushButton(self.wordingEditPane)
        self.saveWordingButton.setObjectName(u"saveWordingButton")

        self.wordingButtonsLayout.addWidget(self.saveWordingButton)

        self.revertWordingButton = QPushButton(self.wordingEditPane)
        self.revertWordingButton.setObjectName(u"revertWordingButton")

        self.wordingButtonsLayout.addWidget(self.revertWordingButton)

        self.wordingButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.wordingButtonsLayout.addItem(self.wordingButtonsSpacer)

        self.cursorLabel = QLabel(self.wordingEditPane)
        self.cursorLabel.setObjectName(u"cursorLabel")

        self.wordingButtonsLayout.addWidget(self.cursorLabel)


        self.wordingEditLayout.addLayout(self.wordingButtonsLayout)

        self.wordingSplitter.addWidget(self.wordingEditPane)
        self.wordingPreviewPane = QWidget(self.wordingSplitter)
        self.wordingPreviewPane.setObjectName(u"wordingPreviewPane")
        self.wordingPreviewLayout = QVBoxLayout(self.wordingPreviewPane)
        self.wordingPreviewLayout.setObjectName(u"wordingPreviewLayout")
        self.wordingPreviewLayout.setContentsMargins(0, 0, 0, 0)
        self.wordingSampleLabel = QLabel(self.wordingPreviewPane)
        self.wordingSampleLabel.setObjectName(u"wordingSampleLabel")
        self.wordingSampleLabel.setWordWrap(True)

        self.wordingPreviewLayout.addWidget(self.wordingSampleLabel)

        self.wordingStack = QStackedWidget(self.wordingPreviewPane)
        self.wordingStack.setObjectName(u"wordingStack")
        self.wordingPreviewPage = QWidget()
        self.wordingPreviewPage.setObjectName(u"wordingPreviewPage")
        self.wordingPreviewPageLayout = QVBoxLayout(self.wordingPreviewPage)
        self.wordingPreviewPageLayout.setObjectName(u"wordingPreviewPageLayout")
        self.wordingPreviewPageLayout.setContentsMargins(0, 0, 0, 0)
        self.wordingPreview = PdfPreview(self.wordingPreviewPage)
        self.wordingPreview.setObjectName(u"wordingPreview")

        self.wordingPreviewPageLayout.addWidget(self.wordingPreview)

        self.wordingStack.addWidget(self.wordingPreviewPage)
        self.wordingErrorPage = QWidget()
        self.wordingErrorPage.setObjectName(u"wordingErrorPage")
        self.wordingErrorPageLayout = QVBoxLayout(self.wordingErrorPage)
        self.wordingErrorPageLayout.setObjectName(u"wordingErrorPageLayout")
        self.wordingErrorLabel = QLabel(self.wordingErrorPage)
        self.wordingErrorLabel.setObjectName(u"wordingErrorLabel")
        self.wordingErrorLabel.setWordWrap(True)
        self.wordingErrorLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.wordingErrorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.wordingErrorPageLayout.addWidget(self.wordingErrorLabel)

        self.wordingHintLabel = QLabel(self.wordingErrorPage)
        self.wordingHintLabel.setObjectName(u"wordingHintLabel")
        self.wordingHintLabel.setWordWrap(True)
        self.wordingHintLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.wordingHintLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.wordingErrorPageLayout.addWidget(self.wordingHintLabel)

        self.wordingErrorSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.wordingErrorPageLayout.addItem(self.wordingErrorSpacer)

        self.wordingStack.addWidget(self.wordingErrorPage)

        self.wordingPreviewLayout.addWidget(self.wordingStack)

        self.wordingSplitter.addWidget(self.wordingPreviewPane)

        self.wordingTabLayout.addWidget(self.wordingSplitter)

        self.tabs.addTab(self.wordingTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.statusLabel = QLabel(DocumentsWindow)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy2.setHorizontalStretch(1)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy2)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.bottomLayout.addWidget(self.statusLabel)

        self.buttonBox = QDialogButtonBox(DocumentsWindow)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottomLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.bottomLayout)

        self.fontHintLabel = QLabel(DocumentsWindow)
        self.fontHintLabel.setObjectName(u"fontHintLabel")
        self.fontHintLabel.setWordWrap(True)
        self.fontHintLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.fontHintLabel)

#if QT_CONFIG(shortcut)
        self.draftFilterLabel.setBuddy(self.draftFilterEdit)
        self.kindLabel.setBuddy(self.kindCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.draftFilterEdit)
        QWidget.setTabOrder(self.draftFilterEdit, self.draftsView)
        QWidget.setTabOrder(self.draftsView, self.issueButton)
        QWidget.setTabOrder(self.issueButton, self.saveWordButton)
        QWidget.setTabOrder(self.saveWordButton, self.savePdfButton)
        QWidget.setTabOrder(self.savePdfButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.openWordButton)
        QWidget.setTabOrder(self.openWordButton, self.registerView)
        QWidget.setTabOrder(self.registerView, self.registerSaveWordButton)
        QWidget.setTabOrder(self.registerSaveWordButton, self.registerSavePdfButton)
        QWidget.setTabOrder(self.registerSavePdfButton, self.registerPrintButton)
        QWidget.setTabOrder(self.registerPrintButton, self.registerOpenWordButton)
        QWidget.setTabOrder(self.registerOpenWordButton, self.voidButton)
        QWidget.setTabOrder(self.voidButton, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.templateEdit)
        QWidget.setTabOrder(self.templateEdit, self.variablesTree)
        QWidget.setTabOrder(self.variablesTree, self.saveWordingButton)
        QWidget.setTabOrder(self.saveWordingButton, self.revertWordingButton)

        self.retranslateUi(DocumentsWindow)

        self.tabs.setCurrentIndex(0)
        self.wordingStack.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(DocumentsWindow)
    # setupUi

    def retranslateUi(self, DocumentsWindow):
        DocumentsWindow.setWindowTitle(QCoreApplication.translate("DocumentsWindow", u"\u516c\u6587\u4e0e\u53d1\u6587\u767b\u8bb0", None))
        self.draftFilterLabel.setText(QCoreApplication.translate("DocumentsWindow", u"\u7b5b\u9009(&F)\uff1a", None))
        self.draftFilterEdit.setPlaceholderText(QCoreApplication.translate("DocumentsWindow", u"\u8f93\u5165\u5e02\u53bf\u3001\u6587\u79cd\u6216\u6807\u9898\u4e2d\u7684\u5b57\u8bcd", None))
        self.draftCountLabel.setText("")
        self.draftStateLabel.setText(QCoreApplication.translate("DocumentsWindow", u"\u8bf7\u5728\u5de6\u4fa7\u9009\u62e9\u8981\u9884\u89c8\u6216\u53d1\u6587\u7684\u6587\u4ef6\u3002", None))
        self.draftInfoLabel.setText("")
        self.issueButton.setText(QCoreApplication.translate("DocumentsWindow", u"\u6b63\u5f0f\u53d1\u6587(&I)\u2026", None))
#if QT_CONFIG(tooltip)
        self.issueButton.setToolTip(QCoreApplication.translate("DocumentsWindow", u"\u5206\u914d\u53d1\u6587\u5b57\u53f7\u5e76\u767b\u8bb0\uff0c\u4e4b\u540e\u9884\u89c8\u548c\u5bfc\u51fa\u90fd\u4f7f\u7528\u767b\u8bb0\u7684\u5185\u5bb9", None))
#endif // QT_CONFIG(tooltip)
        self.saveWordButton.setText(QCoreApplication.translate("DocumentsWindow", u"\u53e6\u5b58\u4e3a Word(&W)\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveWordButton.setToolTip(QCoreApplication.translate("DocumentsWindow", u"Ctrl+Shift+S", None))
#endif // QT_CONFIG(tooltip)
        self.savePdfButton.setText(QCoreApplication.translate("DocumentsWindow", u"\u53e6\u5b58\u4e3a PDF(&D)\u2026", None))
#if QT_CONFIG(tooltip)
        self.savePdfButton.setToolTip(QCoreApplication.translate("DocumentsWindow", u"Ctrl+S", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("DocumentsWindow", u"\u6253\u5370(&P)\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("DocumentsWindow", u"Ctrl+P", None))
#endif // QT_CONFIG(tooltip)
        self.openWordButton.setText(QCoreApplication.translate("DocumentsWindow", u"\u7528 Word \u6253\u5f00(&O)", None))
#if QT_CONFIG(tooltip)
        self.openWordButton.setToolTip(QCoreApplication.translate("DocumentsWindow", u"\u5bfc\u51fa\u5230\u4e34\u65f6\u6587\u4ef6\u5939\uff0c\u7528\u672c\u673a\u9ed8\u8ba4\u7684 .docx \u7a0b\u5e8f\u6253\u5f00", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.draftsTab), QCoreApplication.translate("DocumentsWindow", u"\u53ef\u53d1\u6587\u4ef6", None))
        self.registerCountLabel.setText("")
        self.registerSaveWordButton.setText(QCoreApplication.translate("DocumentsWindow", u"\u53e6\u5b58\u4e3a Word(&W)\u2026", None))
#if QT_CONFIG(tooltip)
        self.registerSaveWordButton.setToolTip(QCoreApplication.translate("DocumentsWindow", u"Ctrl+Shift+S", None))
#endif // QT_CONFIG(tooltip)
        self.registerSavePdfButton.setText(QCoreApplication.translate("DocumentsWindow", u"\u53e6\u5b58\u4e3a PDF(&D)\u2026", None))
#if QT_CONFIG(tooltip)
        self.registerSavePdfButton.setToolTip(QCoreApplication.translate("DocumentsWindow", u"Ctrl+S", None))
#endif // QT_CONFIG(tooltip)
        self.registerPrintButton.setText(QCoreApplication.translate("DocumentsWindow", u"\u6253\u5370(&P)\u2026", None))
#if QT_CONFIG(tooltip)
        self.registerPrintButton.setToolTip(QCoreApplication.translate("DocumentsWindow", u"Ctrl+P", None))
#endif // QT_CONFIG(tooltip)
        self.registerOpenWordButton.setText(QCoreApplication.translate("DocumentsWindow", u"\u7528 Word \u6253\u5f00(&O)", None))
#if QT_CONFIG(tooltip)
        self.registerOpenWordButton.setToolTip(QCoreApplication.translate("DocumentsWindow", u"\u5bfc\u51fa\u5230\u4e34\u65f6\u6587\u4ef6\u5939\uff0c\u7528\u672c\u673a\u9ed8\u8ba4\u7684 .docx \u7a0b\u5e8f\u6253\u5f00", None))
#endif // QT_CONFIG(tooltip)
        self.voidButton.setText(QCoreApplication.translate("DocumentsWindow", u"\u4f5c\u5e9f\u6587\u53f7(&V)\u2026", None))
#if QT_CONFIG(tooltip)
        self.voidButton.setToolTip(QCoreApplication.translate("DocumentsWindow", u"\u6587\u53f7\u4f5c\u5e9f\u540e\u6c38\u4e0d\u518d\u7528\uff1b\u8be5\u6587\u4ef6\u53ef\u91cd\u65b0\u53d1\u6587\u5e76\u53d6\u5f97\u65b0\u6587\u53f7", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.registerTab), QCoreApplication.translate("DocumentsWindow", u"\u53d1\u6587\u767b\u8bb0", None))
        self.kindLabel.setText(QCoreApplication.translate("DocumentsWindow", u"\u6587\u79cd(&K)\uff1a", None))
        self.wordingSourceLabel.setText("")
        self.variablesBox.setTitle(QCoreApplication.translate("DocumentsWindow", u"\u53ef\u7528\u7684\u5360\u4f4d\u7b26\uff08\u53cc\u51fb\u63d2\u5165\uff09", None))
        ___qtreewidgetitem = self.variablesTree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("DocumentsWindow", u"\u8bf4\u660e", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("DocumentsWindow", u"\u5360\u4f4d\u7b26", None))
        self.saveWordingButton.setText(QCoreApplication.translate("DocumentsWindow", u"\u4fdd\u5b58\u6a21\u677f(&S)", None))
#if QT_CONFIG(tooltip)
        self.saveWordingButton.setToolTip(QCoreApplication.translate("DocumentsWindow", u"\u68c0\u67e5\u901a\u8fc7\u540e\u4fdd\u5b58\u4e3a\u672c\u5355\u4f4d\u7684\u63aa\u8f9e", None))
#endif // QT_CONFIG(tooltip)
        self.revertWordingButton.setText(QCoreApplication.translate("DocumentsWindow", u"\u6062\u590d\u9ed8\u8ba4(&R)\u2026", None))
#if QT_CONFIG(tooltip)
        self.revertWordingButton.setToolTip(QCoreApplication.translate("DocumentsWindow", u"\u5220\u9664\u672c\u5355\u4f4d\u4fee\u6539\u7684\u63aa\u8f9e\uff0c\u6539\u7528\u7cfb\u7edf\u81ea\u5e26\u7684\u6a21\u677f", None))
#endif // QT_CONFIG(tooltip)
        self.cursorLabel.setText("")
        self.wordingSampleLabel.setText("")
        self.wordingErrorLabel.setText("")
        self.wordingHintLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.wordingTab), QCoreApplication.translate("DocumentsWindow", u"\u6587\u4e66\u6a21\u677f", None))
        self.statusLabel.setText("")
        self.fontHintLabel.setText("")
    # retranslateUi

