# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'teams_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QGroupBox, QSizePolicy, QSplitter,
    QTabWidget, QVBoxLayout, QWidget)

class Ui_TeamsTab(object):
    def setupUi(self, TeamsTab):
        if not TeamsTab.objectName():
            TeamsTab.setObjectName(u"TeamsTab")
        self.teamsTabLayout = QVBoxLayout(TeamsTab)
        self.teamsTabLayout.setObjectName(u"teamsTabLayout")
        self.teamsTabLayout.setContentsMargins(0, 0, 0, 0)
        self.innerTabs = QTabWidget(TeamsTab)
        self.innerTabs.setObjectName(u"innerTabs")
        self.teamsInnerPage = QWidget()
        self.teamsInnerPage.setObjectName(u"teamsInnerPage")
        self.teamsInnerLayout = QVBoxLayout(self.teamsInnerPage)
        self.teamsInnerLayout.setObjectName(u"teamsInnerLayout")
        self.splitter = QSplitter(self.teamsInnerPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.teamsBox = QGroupBox(self.splitter)
        self.teamsBox.setObjectName(u"teamsBox")
        self.teamsBoxLayout = QVBoxLayout(self.teamsBox)
        self.teamsBoxLayout.setObjectName(u"teamsBoxLayout")
        self.splitter.addWidget(self.teamsBox)
        self.rosterBox = QGroupBox(self.splitter)
        self.rosterBox.setObjectName(u"rosterBox")
        self.rosterBoxLayout = QVBoxLayout(self.rosterBox)
        self.rosterBoxLayout.setObjectName(u"rosterBoxLayout")
        self.splitter.addWidget(self.rosterBox)

        self.teamsInnerLayout.addWidget(self.splitter)

        self.innerTabs.addTab(self.teamsInnerPage, "")
        self.peoplePage = QWidget()
        self.peoplePage.setObjectName(u"peoplePage")
        self.peopleLayout = QVBoxLayout(self.peoplePage)
        self.peopleLayout.setObjectName(u"peopleLayout")
        self.innerTabs.addTab(self.peoplePage, "")

        self.teamsTabLayout.addWidget(self.innerTabs)


        self.retranslateUi(TeamsTab)

        self.innerTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(TeamsTab)
    # setupUi

    def retranslateUi(self, TeamsTab):
        self.teamsBox.setTitle(QCoreApplication.translate("TeamsTab", u"\u5de1\u67e5\u7ec4", None))
        self.rosterBox.setTitle(QCoreApplication.translate("TeamsTab", u"\u7ec4\u6210\u4eba\u5458\uff08\u5168\u90e8\u5de1\u67e5\u7ec4\uff09", None))
        self.innerTabs.setTabText(self.innerTabs.indexOf(self.teamsInnerPage), QCoreApplication.translate("TeamsTab", u"\u5de1\u67e5\u7ec4\u53ca\u6210\u5458", None))
        self.innerTabs.setTabText(self.innerTabs.indexOf(self.peoplePage), QCoreApplication.translate("TeamsTab", u"\u4eba\u5458\u5e93", None))
        pass
    # retranslateUi

