# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plans_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QSplitter, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_PlansTab(object):
    def setupUi(self, PlansTab):
        if not PlansTab.objectName():
            PlansTab.setObjectName(u"PlansTab")
        self.mainLayout = QVBoxLayout(PlansTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.innerTabs = QTabWidget(PlansTab)
        self.innerTabs.setObjectName(u"innerTabs")
        self.plansPage = QWidget()
        self.plansPage.setObjectName(u"plansPage")
        self.plansPageLayout = QVBoxLayout(self.plansPage)
        self.plansPageLayout.setObjectName(u"plansPageLayout")
        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.newButton = QPushButton(self.plansPage)
        self.newButton.setObjectName(u"newButton")

        self.actionsLayout.addWidget(self.newButton)

        self.editButton = QPushButton(self.plansPage)
        self.editButton.setObjectName(u"editButton")

        self.actionsLayout.addWidget(self.editButton)

        self.changeButton = QPushButton(self.plansPage)
        self.changeButton.setObjectName(u"changeButton")

        self.actionsLayout.addWidget(self.changeButton)

        self.actionsLine = QFrame(self.plansPage)
        self.actionsLine.setObjectName(u"actionsLine")
        self.actionsLine.setFrameShape(QFrame.Shape.VLine)
        self.actionsLine.setFrameShadow(QFrame.Shadow.Sunken)

        self.actionsLayout.addWidget(self.actionsLine)

        self.stateButtonsLayout = QHBoxLayout()
        self.stateButtonsLayout.setObjectName(u"stateButtonsLayout")

        self.actionsLayout.addLayout(self.stateButtonsLayout)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.plansPageLayout.addLayout(self.actionsLayout)

        self.splitter = QSplitter(self.plansPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.listHolder = QWidget(self.splitter)
        self.listHolder.setObjectName(u"listHolder")
        self.listLayout = QVBoxLayout(self.listHolder)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.listHolder)
        self.detailBox = QGroupBox(self.splitter)
        self.detailBox.setObjectName(u"detailBox")
        self.detailLayout = QVBoxLayout(self.detailBox)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLabel = QLabel(self.detailBox)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailLayout.addWidget(self.detailLabel)

        self.targetsView = QTableView(self.detailBox)
        self.targetsView.setObjectName(u"targetsView")
        self.targetsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.targetsView.setAlternatingRowColors(True)
        self.targetsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.targetsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.targetsView.horizontalHeader().setStretchLastSection(True)
        self.targetsView.verticalHeader().setVisible(False)

        self.detailLayout.addWidget(self.targetsView)

        self.issueLayout = QHBoxLayout()
        self.issueLayout.setObjectName(u"issueLayout")
        self.batchLabel = QLabel(self.detailBox)
        self.batchLabel.setObjectName(u"batchLabel")

        self.issueLayout.addWidget(self.batchLabel)

        self.batchCombo = QComboBox(self.detailBox)
        self.batchCombo.setObjectName(u"batchCombo")

        self.issueLayout.addWidget(self.batchCombo)

        self.issueButton = QPushButton(self.detailBox)
        self.issueButton.setObjectName(u"issueButton")

        self.issueLayout.addWidget(self.issueButton)

        self.issueSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.issueLayout.addItem(self.issueSpacer)


        self.detailLayout.addLayout(self.issueLayout)

        self.historyLabel = QLabel(self.detailBox)
        self.historyLabel.setObjectName(u"historyLabel")
        self.historyLabel.setWordWrap(True)
        self.historyLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailLayout.addWidget(self.historyLabel)

        self.splitter.addWidget(self.detailBox)

        self.plansPageLayout.addWidget(self.splitter)

        self.innerTabs.addTab(self.plansPage, "")
        self.coveragePage = QWidget()
        self.coveragePage.setObjectName(u"coveragePage")
        self.coverageLayout = QVBoxLayout(self.coveragePage)
        self.coverageLayout.setObjectName(u"coverageLayout")
        self.cycleLayout = QHBoxLayout()
        self.cycleLayout.setObjectName(u"cycleLayout")
        self.cycleLabel = QLabel(self.coveragePage)
        self.cycleLabel.setObjectName(u"cycleLabel")

        self.cycleLayout.addWidget(self.cycleLabel)

        self.cycleCombo = QComboBox(self.coveragePage)
        self.cycleCombo.setObjectName(u"cycleCombo")

        self.cycleLayout.addWidget(self.cycleCombo)

        self.newCycleButton = QPushButton(self.coveragePage)
        self.newCycleButton.setObjectName(u"newCycleButton")

        self.cycleLayout.addWidget(self.newCycleButton)

        self.excludeButton = QPushButton(self.coveragePage)
        self.excludeButton.setObjectName(u"excludeButton")

        self.cycleLayout.addWidget(self.excludeButton)

        self.includeButton = QPushButton(self.coveragePage)
        self.includeButton.setObjectName(u"includeButton")

        self.cycleLayout.addWidget(self.includeButton)

        self.cycleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cycleLayout.addItem(self.cycleSpacer)


        self.coverageLayout.addLayout(self.cycleLayout)

        self.countLabel = QLabel(self.coveragePage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setWordWrap(True)

        self.coverageLayout.addWidget(self.countLabel)

        self.warningsLabel = QLabel(self.coveragePage)
        self.warningsLabel.setObjectName(u"warningsLabel")
        self.warningsLabel.setWordWrap(True)

        self.coverageLayout.addWidget(self.warningsLabel)

        self.matrixView = QTableView(self.coveragePage)
        self.matrixView.setObjectName(u"matrixView")
        self.matrixView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrixView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrixView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.matrixView.verticalHeader().setVisible(False)

        self.coverageLayout.addWidget(self.matrixView)

        self.legendLabel = QLabel(self.coveragePage)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setWordWrap(True)

        self.coverageLayout.addWidget(self.legendLabel)

        self.innerTabs.addTab(self.coveragePage, "")
        self.suggestionPage = QWidget()
        self.suggestionPage.setObjectName(u"suggestionPage")
        self.suggestionLayout = QVBoxLayout(self.suggestionPage)
        self.suggestionLayout.setObjectName(u"suggestionLayout")
        self.yearLayout = QHBoxLayout()
        self.yearLayout.setObjectName(u"yearLayout")
        self.yearLabel = QLabel(self.suggestionPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.yearLayout.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(self.suggestionPage)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.yearLayout.addWidget(self.yearSpin)

        self.quotaLabel = QLabel(self.suggestionPage)
        self.quotaLabel.setObjectName(u"quotaLabel")
        self.quotaLabel.setWordWrap(True)

        self.yearLayout.addWidget(self.quotaLabel)

        self.yearSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.yearLayout.addItem(self.yearSpacer)


        self.suggestionLayout.addLayout(self.yearLayout)

        self.suggestionView = QTableView(self.suggestionPage)
        self.suggestionView.setObjectName(u"suggestionView")
        self.suggestionView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.suggestionView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.suggestionView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.suggestionView.horizontalHeader().setStretchLastSection(True)
        self.suggestionView.verticalHeader().setVisible(False)

        self.suggestionLayout.addWidget(self.suggestionView)

        self.weightsLabel = QLabel(self.suggestionPage)
        self.weightsLabel.setObjectName(u"weightsLabel")
        self.weightsLabel.setWordWrap(True)

        self.suggestionLayout.addWidget(self.weightsLabel)

        self.acceptLayout = QHBoxLayout()
        self.acceptLayout.setObjectName(u"acceptLayout")
        self.acceptSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.acceptLayout.addItem(self.acceptSpacer)

        self.acceptButton = QPushButton(self.suggestionPage)
        self.acceptButton.setObjectName(u"acceptButton")

        self.acceptLayout.addWidget(self.acceptButton)


        self.suggestionLayout.addLayout(self.acceptLayout)

        self.innerTabs.addTab(self.suggestionPage, "")

        self.mainLayout.addWidget(self.innerTabs)

#if QT_CONFIG(shortcut)
        self.batchLabel.setBuddy(self.batchCombo)
        self.cycleLabel.setBuddy(self.cycleCombo)
        self.yearLabel.setBuddy(self.yearSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.innerTabs, self.newButton)
        QWidget.setTabOrder(self.newButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.changeButton)
        QWidget.setTabOrder(self.changeButton, self.targetsView)
        QWidget.setTabOrder(self.targetsView, self.batchCombo)
        QWidget.setTabOrder(self.batchCombo, self.issueButton)
        QWidget.setTabOrder(self.issueButton, self.cycleCombo)
        QWidget.setTabOrder(self.cycleCombo, self.newCycleButton)
        QWidget.setTabOrder(self.newCycleButton, self.excludeButton)
        QWidget.setTabOrder(self.excludeButton, self.includeButton)
        QWidget.setTabOrder(self.includeButton, self.matrixView)
        QWidget.setTabOrder(self.matrixView, self.yearSpin)
        QWidget.setTabOrder(self.yearSpin, self.suggestionView)
        QWidget.setTabOrder(self.suggestionView, self.acceptButton)

        self.retranslateUi(PlansTab)

        self.innerTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(PlansTab)
    # setupUi

    def retranslateUi(self, PlansTab):
        self.newButton.setText(QCoreApplication.translate("PlansTab", u"\u65b0\u5efa\u8ba1\u5212(&N)\u2026", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("PlansTab", u"\u65b0\u5efa\u5e74\u5ea6\u5de1\u67e5\u5de5\u4f5c\u8ba1\u5212\uff08Ctrl+N\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("PlansTab", u"\u7f16\u8f91(&E)\u2026", None))
        self.changeButton.setText(QCoreApplication.translate("PlansTab", u"\u53d8\u66f4(&G)\u2026", None))
#if QT_CONFIG(tooltip)
        self.changeButton.setToolTip(QCoreApplication.translate("PlansTab", u"\u4fee\u6539\u5df2\u6279\u51c6\u6216\u5b9e\u65bd\u4e2d\u7684\u8ba1\u5212\uff0c\u987b\u5199\u660e\u53d8\u66f4\u7406\u7531", None))
#endif // QT_CONFIG(tooltip)
        self.detailBox.setTitle(QCoreApplication.translate("PlansTab", u"\u8ba1\u5212\u8be6\u60c5", None))
        self.detailLabel.setText(QCoreApplication.translate("PlansTab", u"\u8bf7\u5728\u4e0a\u65b9\u9009\u62e9\u4e00\u4efd\u8ba1\u5212\u3002", None))
        self.batchLabel.setText(QCoreApplication.translate("PlansTab", u"\u6279\u6b21(&B)\uff1a", None))
        self.issueButton.setText(QCoreApplication.translate("PlansTab", u"\u5370\u53d1\u672c\u6279\u6b21\u5de1\u67e5\u901a\u77e5(&I)\u2026", None))
#if QT_CONFIG(tooltip)
        self.issueButton.setToolTip(QCoreApplication.translate("PlansTab", u"\u4e3a\u672c\u6279\u6b21\u6bcf\u4e2a\u5e02\u53bf\u5404\u5370\u53d1\u4e00\u4efd\u5de1\u67e5\u901a\u77e5\uff0c\u5404\u5360\u4e00\u4e2a\u6587\u53f7", None))
#endif // QT_CONFIG(tooltip)
        self.historyLabel.setText("")
        self.innerTabs.setTabText(self.innerTabs.indexOf(self.plansPage), QCoreApplication.translate("PlansTab", u"\u5e74\u5ea6\u8ba1\u5212", None))
        self.cycleLabel.setText(QCoreApplication.translate("PlansTab", u"\u5de1\u67e5\u5468\u671f(&C)\uff1a", None))
        self.newCycleButton.setText(QCoreApplication.translate("PlansTab", u"\u65b0\u5efa\u5468\u671f(&N)\u2026", None))
        self.excludeButton.setText(QCoreApplication.translate("PlansTab", u"\u6807\u4e3a\u4e0d\u9002\u7528(&X)\u2026", None))
#if QT_CONFIG(tooltip)
        self.excludeButton.setToolTip(QCoreApplication.translate("PlansTab", u"\u6240\u9009\u5e02\u53bf\u672c\u5468\u671f\u4e0d\u5217\u5165\u5de1\u67e5\uff0c\u987b\u5199\u660e\u7406\u7531", None))
#endif // QT_CONFIG(tooltip)
        self.includeButton.setText(QCoreApplication.translate("PlansTab", u"\u6062\u590d\u9002\u7528(&R)", None))
        self.countLabel.setText("")
        self.warningsLabel.setText("")
        self.legendLabel.setText(QCoreApplication.translate("PlansTab", u"\u56fe\u4f8b\uff1a\u2714 \u5df2\u5de1\u67e5\u3000\u25d0 \u5b9e\u65bd\u4e2d\u3000\u25cb \u5df2\u8ba1\u5212\uff08\u5df2\u6279\u51c6\uff09\u3000\u25cc \u62df\u5b89\u6392\uff08\u8349\u62df\u6216\u62a5\u6279\u4e2d\uff09\u3000\u2014 \u672a\u5b89\u6392\u3000\u2715 \u4e0d\u9002\u7528", None))
        self.innerTabs.setTabText(self.innerTabs.indexOf(self.coveragePage), QCoreApplication.translate("PlansTab", u"\u8986\u76d6\u60c5\u51b5", None))
        self.yearLabel.setText(QCoreApplication.translate("PlansTab", u"\u8ba1\u5212\u5e74\u5ea6(&Y)\uff1a", None))
        self.quotaLabel.setText("")
        self.weightsLabel.setText("")
        self.acceptButton.setText(QCoreApplication.translate("PlansTab", u"\u91c7\u7eb3\u52fe\u9009\u7684\u5e02\u53bf\uff0c\u7f16\u5165\u8ba1\u5212\u8349\u7a3f(&A)\u2026", None))
        self.innerTabs.setTabText(self.innerTabs.indexOf(self.suggestionPage), QCoreApplication.translate("PlansTab", u"\u4e0b\u4e00\u5e74\u5ea6\u5efa\u8bae", None))
        pass
    # retranslateUi

