# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'overview_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_OverviewTab(object):
    def setupUi(self, OverviewTab):
        if not OverviewTab.objectName():
            OverviewTab.setObjectName(u"OverviewTab")
        self.overviewTabLayout = QVBoxLayout(OverviewTab)
        self.overviewTabLayout.setObjectName(u"overviewTabLayout")
        self.overviewTabLayout.setContentsMargins(0, 0, 0, 0)
        self.scrollArea = QScrollArea(OverviewTab)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.contentsLayout = QVBoxLayout(self.scrollContents)
        self.contentsLayout.setObjectName(u"contentsLayout")
        self.headingLabel = QLabel(self.scrollContents)
        self.headingLabel.setObjectName(u"headingLabel")

        self.contentsLayout.addWidget(self.headingLabel)

        self.asOfLabel = QLabel(self.scrollContents)
        self.asOfLabel.setObjectName(u"asOfLabel")
        self.asOfLabel.setWordWrap(True)

        self.contentsLayout.addWidget(self.asOfLabel)

        self.boxesGrid = QGridLayout()
        self.boxesGrid.setObjectName(u"boxesGrid")
        self.plansBox = QGroupBox(self.scrollContents)
        self.plansBox.setObjectName(u"plansBox")
        self.plansGrid = QGridLayout(self.plansBox)
        self.plansGrid.setObjectName(u"plansGrid")

        self.boxesGrid.addWidget(self.plansBox, 0, 0, 1, 1)

        self.deadlineBox = QGroupBox(self.scrollContents)
        self.deadlineBox.setObjectName(u"deadlineBox")
        self.deadlineGrid = QGridLayout(self.deadlineBox)
        self.deadlineGrid.setObjectName(u"deadlineGrid")

        self.boxesGrid.addWidget(self.deadlineBox, 0, 1, 1, 1)

        self.findingsBox = QGroupBox(self.scrollContents)
        self.findingsBox.setObjectName(u"findingsBox")
        self.findingsGrid = QGridLayout(self.findingsBox)
        self.findingsGrid.setObjectName(u"findingsGrid")

        self.boxesGrid.addWidget(self.findingsBox, 1, 0, 1, 2)

        self.interviewsBox = QGroupBox(self.scrollContents)
        self.interviewsBox.setObjectName(u"interviewsBox")
        self.interviewsGrid = QGridLayout(self.interviewsBox)
        self.interviewsGrid.setObjectName(u"interviewsGrid")

        self.boxesGrid.addWidget(self.interviewsBox, 2, 0, 1, 1)

        self.coverageBox = QGroupBox(self.scrollContents)
        self.coverageBox.setObjectName(u"coverageBox")
        self.coverageGrid = QGridLayout(self.coverageBox)
        self.coverageGrid.setObjectName(u"coverageGrid")

        self.boxesGrid.addWidget(self.coverageBox, 2, 1, 1, 1)


        self.contentsLayout.addLayout(self.boxesGrid)

        self.chartsBox = QGroupBox(self.scrollContents)
        self.chartsBox.setObjectName(u"chartsBox")
        self.chartsLayout = QVBoxLayout(self.chartsBox)
        self.chartsLayout.setObjectName(u"chartsLayout")
        self.yearLayout = QHBoxLayout()
        self.yearLayout.setObjectName(u"yearLayout")
        self.yearLabel = QLabel(self.chartsBox)
        self.yearLabel.setObjectName(u"yearLabel")

        self.yearLayout.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(self.chartsBox)
        self.yearCombo.setObjectName(u"yearCombo")

        self.yearLayout.addWidget(self.yearCombo)

        self.chartsNoteLabel = QLabel(self.chartsBox)
        self.chartsNoteLabel.setObjectName(u"chartsNoteLabel")
        self.chartsNoteLabel.setWordWrap(True)

        self.yearLayout.addWidget(self.chartsNoteLabel)

        self.yearSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.yearLayout.addItem(self.yearSpacer)


        self.chartsLayout.addLayout(self.yearLayout)

        self.chartsGrid = QGridLayout()
        self.chartsGrid.setObjectName(u"chartsGrid")

        self.chartsLayout.addLayout(self.chartsGrid)


        self.contentsLayout.addWidget(self.chartsBox)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentsLayout.addItem(self.bottomSpacer)

        self.scrollArea.setWidget(self.scrollContents)

        self.overviewTabLayout.addWidget(self.scrollArea)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OverviewTab)

        QMetaObject.connectSlotsByName(OverviewTab)
    # setupUi

    def retranslateUi(self, OverviewTab):
        self.headingLabel.setText(QCoreApplication.translate("OverviewTab", u"\u5de5\u4f5c\u603b\u89c8", None))
        self.asOfLabel.setText("")
        self.plansBox.setTitle(QCoreApplication.translate("OverviewTab", u"\u5de1\u67e5\u8ba1\u5212", None))
        self.deadlineBox.setTitle(QCoreApplication.translate("OverviewTab", u"\u6574\u6539\u671f\u9650", None))
        self.findingsBox.setTitle(QCoreApplication.translate("OverviewTab", u"\u95ee\u9898\u9690\u60a3\uff08\u6309\u72b6\u6001\uff09", None))
        self.interviewsBox.setTitle(QCoreApplication.translate("OverviewTab", u"\u7ea6\u8c08", None))
        self.coverageBox.setTitle(QCoreApplication.translate("OverviewTab", u"\u5168\u8986\u76d6\u8fdb\u5ea6", None))
        self.chartsBox.setTitle(QCoreApplication.translate("OverviewTab", u"\u7edf\u8ba1\u56fe\u8868", None))
        self.yearLabel.setText(QCoreApplication.translate("OverviewTab", u"\u5e74\u5ea6(&Y)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.yearCombo.setToolTip(QCoreApplication.translate("OverviewTab", u"\u6309\u95ee\u9898\u9690\u60a3\u7684\u53d1\u73b0\u5e74\u5ea6\u7edf\u8ba1\uff1b\u201c\u5168\u90e8\u5e74\u5ea6\u201d\u7edf\u8ba1\u6240\u6709\u95ee\u9898\u9690\u60a3", None))
#endif // QT_CONFIG(tooltip)
        self.chartsNoteLabel.setText("")
        pass
    # retranslateUi

