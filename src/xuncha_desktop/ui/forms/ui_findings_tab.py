# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'findings_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_FindingsTab(object):
    def setupUi(self, FindingsTab):
        if not FindingsTab.objectName():
            FindingsTab.setObjectName(u"FindingsTab")
        self.findingsLayout = QVBoxLayout(FindingsTab)
        self.findingsLayout.setObjectName(u"findingsLayout")
        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchLabel = QLabel(FindingsTab)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(FindingsTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)

        self.stateCombo = QComboBox(FindingsTab)
        self.stateCombo.setObjectName(u"stateCombo")
        self.stateCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.searchLayout.addWidget(self.stateCombo)

        self.kindCombo = QComboBox(FindingsTab)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.searchLayout.addWidget(self.kindCombo)

        self.regionCombo = QComboBox(FindingsTab)
        self.regionCombo.setObjectName(u"regionCombo")
        self.regionCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.searchLayout.addWidget(self.regionCombo)

        self.sectorCombo = QComboBox(FindingsTab)
        self.sectorCombo.setObjectName(u"sectorCombo")
        self.sectorCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.searchLayout.addWidget(self.sectorCombo)

        self.statusCombo = QComboBox(FindingsTab)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.searchLayout.addWidget(self.statusCombo)

        self.clearFiltersButton = QPushButton(FindingsTab)
        self.clearFiltersButton.setObjectName(u"clearFiltersButton")

        self.searchLayout.addWidget(self.clearFiltersButton)

        self.countLabel = QLabel(FindingsTab)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.searchLayout.addWidget(self.countLabel)


        self.findingsLayout.addLayout(self.searchLayout)

        self.splitter = QSplitter(FindingsTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.tableView = QTableView(self.splitter)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setWordWrap(False)
        self.splitter.addWidget(self.tableView)
        self.tableView.horizontalHeader().setHighlightSections(False)
        self.tableView.verticalHeader().setVisible(False)
        self.detailPane = QWidget(self.splitter)
        self.detailPane.setObjectName(u"detailPane")
        self.detailLayout = QVBoxLayout(self.detailPane)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.detailBrowser = QTextBrowser(self.detailPane)
        self.detailBrowser.setObjectName(u"detailBrowser")
        self.detailBrowser.setOpenLinks(False)

        self.detailLayout.addWidget(self.detailBrowser)

        self.timelineLabel = QLabel(self.detailPane)
        self.timelineLabel.setObjectName(u"timelineLabel")

        self.detailLayout.addWidget(self.timelineLabel)

        self.timelineView = QTableView(self.detailPane)
        self.timelineView.setObjectName(u"timelineView")
        self.timelineView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timelineView.setAlternatingRowColors(True)
        self.timelineView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timelineView.setWordWrap(True)
        self.timelineView.horizontalHeader().setStretchLastSection(True)
        self.timelineView.verticalHeader().setVisible(False)

        self.detailLayout.addWidget(self.timelineView)

        self.splitter.addWidget(self.detailPane)

        self.findingsLayout.addWidget(self.splitter)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.assignButton = QPushButton(FindingsTab)
        self.assignButton.setObjectName(u"assignButton")

        self.actionsLayout.addWidget(self.assignButton)

        self.startButton = QPushButton(FindingsTab)
        self.startButton.setObjectName(u"startButton")

        self.actionsLayout.addWidget(self.startButton)

        self.reportButton = QPushButton(FindingsTab)
        self.reportButton.setObjectName(u"reportButton")

        self.actionsLayout.addWidget(self.reportButton)

        self.verifyPassButton = QPushButton(FindingsTab)
        self.verifyPassButton.setObjectName(u"verifyPassButton")

        self.actionsLayout.addWidget(self.verifyPassButton)

        self.verifyFailButton = QPushButton(FindingsTab)
        self.verifyFailButton.setObjectName(u"verifyFailButton")

        self.actionsLayout.addWidget(self.verifyFailButton)

        self.closeButton = QPushButton(FindingsTab)
        self.closeButton.setObjectName(u"closeButton")

        self.actionsLayout.addWidget(self.closeButton)

        self.reopenButton = QPushButton(FindingsTab)
        self.reopenButton.setObjectName(u"reopenButton")

        self.actionsLayout.addWidget(self.reopenButton)

        self.extendButton = QPushButton(FindingsTab)
        self.extendButton.setObjectName(u"extendButton")

        self.actionsLayout.addWidget(self.extendButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.findingsLayout.addLayout(self.actionsLayout)

        self.documentsLayout = QHBoxLayout()
        self.documentsLayout.setObjectName(u"documentsLayout")
        self.planButton = QPushButton(FindingsTab)
        self.planButton.setObjectName(u"planButton")

        self.documentsLayout.addWidget(self.planButton)

        self.superviseButton = QPushButton(FindingsTab)
        self.superviseButton.setObjectName(u"superviseButton")

        self.documentsLayout.addWidget(self.superviseButton)

        self.noticeButton = QPushButton(FindingsTab)
        self.noticeButton.setObjectName(u"noticeButton")

        self.documentsLayout.addWidget(self.noticeButton)

        self.exportXlsxButton = QPushButton(FindingsTab)
        self.exportXlsxButton.setObjectName(u"exportXlsxButton")

        self.documentsLayout.addWidget(self.exportXlsxButton)

        self.exportPdfButton = QPushButton(FindingsTab)
        self.exportPdfButton.setObjectName(u"exportPdfButton")

        self.documentsLayout.addWidget(self.exportPdfButton)

        self.messageLabel = QLabel(FindingsTab)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.documentsLayout.addWidget(self.messageLabel)

        self.documentsLayout.setStretch(5, 1)

        self.findingsLayout.addLayout(self.documentsLayout)

        self.findingsLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FindingsTab)

        QMetaObject.connectSlotsByName(FindingsTab)
    # setupUi

    def retranslateUi(self, FindingsTab):
        self.searchLabel.setText(QCoreApplication.translate("FindingsTab", u"\u641c\u7d22(&S)\uff1a", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("FindingsTab", u"\u7f16\u53f7\u3001\u95ee\u9898\u63cf\u8ff0\u3001\u8d23\u4efb\u5355\u4f4d\u2026\u2026\u591a\u4e2a\u5173\u952e\u5b57\u7528\u7a7a\u683c\u5206\u9694", None))
#if QT_CONFIG(tooltip)
        self.stateCombo.setToolTip(QCoreApplication.translate("FindingsTab", u"\u6309\u72b6\u6001\u7b5b\u9009", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.kindCombo.setToolTip(QCoreApplication.translate("FindingsTab", u"\u6309\u95ee\u9898\u7c7b\u522b\u7b5b\u9009", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.regionCombo.setToolTip(QCoreApplication.translate("FindingsTab", u"\u6309\u5e02\u53bf\u7b5b\u9009", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.sectorCombo.setToolTip(QCoreApplication.translate("FindingsTab", u"\u6309\u884c\u4e1a\u9886\u57df\u7b5b\u9009", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.statusCombo.setToolTip(QCoreApplication.translate("FindingsTab", u"\u6309\u671f\u9650\u72b6\u6001\u7b5b\u9009\uff1a\u903e\u671f\uff08\u7ea2\uff09\u3001\u5373\u5c06\u5230\u671f\uff08\u84dd\uff09\u3001\u8fdb\u5ea6\u6ede\u540e\uff08\u9ec4\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.clearFiltersButton.setText(QCoreApplication.translate("FindingsTab", u"\u6e05\u9664\u7b5b\u9009(&C)", None))
        self.countLabel.setText("")
        self.timelineLabel.setText(QCoreApplication.translate("FindingsTab", u"\u529e\u7406\u8fc7\u7a0b", None))
        self.assignButton.setText(QCoreApplication.translate("FindingsTab", u"\u4ea4\u529e(&J)\u2026", None))
#if QT_CONFIG(tooltip)
        self.assignButton.setToolTip(QCoreApplication.translate("FindingsTab", u"\u628a\u9009\u4e2d\u7684\u95ee\u9898\u9690\u60a3\u4ea4\u529e\u7ed9\u8d23\u4efb\u5355\u4f4d\uff08\u53ef\u591a\u9009\uff0c\u4e00\u6b21\u4ea4\u529e\u7ed9\u540c\u4e00\u5355\u4f4d\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.startButton.setText(QCoreApplication.translate("FindingsTab", u"\u5f00\u59cb\u6574\u6539(&K)\u2026", None))
#if QT_CONFIG(tooltip)
        self.startButton.setToolTip(QCoreApplication.translate("FindingsTab", u"\u8d23\u4efb\u5355\u4f4d\u5df2\u62a5\u544a\u5f00\u59cb\u6574\u6539", None))
#endif // QT_CONFIG(tooltip)
        self.reportButton.setText(QCoreApplication.translate("FindingsTab", u"\u62a5\u544a\u6574\u6539\u5b8c\u6210(&B)\u2026", None))
#if QT_CONFIG(tooltip)
        self.reportButton.setToolTip(QCoreApplication.translate("FindingsTab", u"\u8bb0\u5f55\u8d23\u4efb\u5355\u4f4d\u7684\u6574\u6539\u60c5\u51b5\u62a5\u544a\uff0c\u8f6c\u5165\u5f85\u6838\u67e5", None))
#endif // QT_CONFIG(tooltip)
        self.verifyPassButton.setText(QCoreApplication.translate("FindingsTab", u"\u6838\u67e5\u901a\u8fc7(&G)\u2026", None))
#if QT_CONFIG(tooltip)
        self.verifyPassButton.setToolTip(QCoreApplication.translate("FindingsTab", u"\u6838\u67e5\u6574\u6539\u60c5\u51b5\uff1a\u901a\u8fc7", None))
#endif // QT_CONFIG(tooltip)
        self.verifyFailButton.setText(QCoreApplication.translate("FindingsTab", u"\u6838\u67e5\u672a\u901a\u8fc7(&U)\u2026", None))
#if QT_CONFIG(tooltip)
        self.verifyFailButton.setToolTip(QCoreApplication.translate("FindingsTab", u"\u6838\u67e5\u6574\u6539\u60c5\u51b5\uff1a\u4e0d\u901a\u8fc7\uff0c\u9000\u56de\u6574\u6539\u5e76\u91cd\u65b0\u786e\u5b9a\u671f\u9650", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("FindingsTab", u"\u9500\u53f7(&X)\u2026", None))
#if QT_CONFIG(tooltip)
        self.closeButton.setToolTip(QCoreApplication.translate("FindingsTab", u"\u6838\u67e5\u901a\u8fc7\u540e\u9500\u53f7", None))
#endif // QT_CONFIG(tooltip)
        self.reopenButton.setText(QCoreApplication.translate("FindingsTab", u"\u91cd\u65b0\u6253\u5f00(&R)\u2026", None))
#if QT_CONFIG(tooltip)
        self.reopenButton.setToolTip(QCoreApplication.translate("FindingsTab", u"\u5df2\u9500\u53f7\u7684\u95ee\u9898\u91cd\u65b0\u6253\u5f00\uff0c\u9000\u56de\u6574\u6539", None))
#endif // QT_CONFIG(tooltip)
        self.extendButton.setText(QCoreApplication.translate("FindingsTab", u"\u5ef6\u671f(&Y)\u2026", None))
#if QT_CONFIG(tooltip)
        self.extendButton.setToolTip(QCoreApplication.translate("FindingsTab", u"\u5ef6\u957f\u6574\u6539\u671f\u9650\uff08\u987b\u5199\u660e\u7406\u7531\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.planButton.setText(QCoreApplication.translate("FindingsTab", u"\u4e94\u843d\u5b9e\u65b9\u6848(&W)\u2026", None))
#if QT_CONFIG(tooltip)
        self.planButton.setToolTip(QCoreApplication.translate("FindingsTab", u"\u91cd\u5927\u4e8b\u6545\u9690\u60a3\u7684\u6574\u6539\u65b9\u6848\uff1a\u8d23\u4efb\u3001\u63aa\u65bd\u3001\u8d44\u91d1\u3001\u65f6\u9650\u3001\u9884\u6848", None))
#endif // QT_CONFIG(tooltip)
        self.superviseButton.setText(QCoreApplication.translate("FindingsTab", u"\u6302\u724c\u7763\u529e(&M)\u2026", None))
#if QT_CONFIG(tooltip)
        self.superviseButton.setToolTip(QCoreApplication.translate("FindingsTab", u"\u91cd\u5927\u4e8b\u6545\u9690\u60a3\u6302\u724c\u7763\u529e\u6216\u6458\u724c", None))
#endif // QT_CONFIG(tooltip)
        self.noticeButton.setText(QCoreApplication.translate("FindingsTab", u"\u53d1\u6574\u6539\u901a\u77e5\u4e66(&N)\u2026", None))
#if QT_CONFIG(tooltip)
        self.noticeButton.setToolTip(QCoreApplication.translate("FindingsTab", u"\u4e3a\u9009\u4e2d\u7684\u95ee\u9898\u9690\u60a3\uff08\u540c\u4e00\u5e02\u53bf\uff09\u53d1\u51fa\u6574\u6539\u901a\u77e5\u4e66\u6216\u7763\u529e\u51fd", None))
#endif // QT_CONFIG(tooltip)
        self.exportXlsxButton.setText(QCoreApplication.translate("FindingsTab", u"\u5bfc\u51fa\u53f0\u8d26 Excel(&E)\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportXlsxButton.setToolTip(QCoreApplication.translate("FindingsTab", u"\u5bfc\u51fa\u95ee\u9898\u9690\u60a3\u6574\u6539\u53f0\u8d26\uff08Excel\uff09\uff0c\u6309\u5f53\u524d\u7684\u5de1\u67e5\u8ba1\u5212\u8303\u56f4", None))
#endif // QT_CONFIG(tooltip)
        self.exportPdfButton.setText(QCoreApplication.translate("FindingsTab", u"\u5bfc\u51fa\u53f0\u8d26 PDF(&L)\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportPdfButton.setToolTip(QCoreApplication.translate("FindingsTab", u"\u5bfc\u51fa\u95ee\u9898\u9690\u60a3\u6574\u6539\u53f0\u8d26\uff08PDF\uff0c\u6a2a\u5411\u8868\u683c\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.messageLabel.setText("")
        pass
    # retranslateUi

