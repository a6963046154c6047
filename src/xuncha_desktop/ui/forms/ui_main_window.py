# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QMainWindow, QMenu, QMenuBar, QPushButton,
    QSizePolicy, QStatusBar, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        self.actionDatabase = QAction(MainWindow)
        self.actionDatabase.setObjectName(u"actionDatabase")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionSettings = QAction(MainWindow)
        self.actionSettings.setObjectName(u"actionSettings")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QVBoxLayout(self.centralwidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.selectorLayout = QHBoxLayout()
        self.selectorLayout.setObjectName(u"selectorLayout")
        self.planLabel = QLabel(self.centralwidget)
        self.planLabel.setObjectName(u"planLabel")

        self.selectorLayout.addWidget(self.planLabel)

        self.planCombo = QComboBox(self.centralwidget)
        self.planCombo.setObjectName(u"planCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(3)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.planCombo.sizePolicy().hasHeightForWidth())
        self.planCombo.setSizePolicy(sizePolicy)
        self.planCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.planCombo.setMinimumContentsLength(20)

        self.selectorLayout.addWidget(self.planCombo)

        self.targetLabel = QLabel(self.centralwidget)
        self.targetLabel.setObjectName(u"targetLabel")

        self.selectorLayout.addWidget(self.targetLabel)

        self.targetCombo = QComboBox(self.centralwidget)
        self.targetCombo.setObjectName(u"targetCombo")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(2)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.targetCombo.sizePolicy().hasHeightForWidth())
        self.targetCombo.setSizePolicy(sizePolicy1)
        self.targetCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.targetCombo.setMinimumContentsLength(16)

        self.selectorLayout.addWidget(self.targetCombo)

        self.refreshButton = QPushButton(self.centralwidget)
        self.refreshButton.setObjectName(u"refreshButton")

        self.selectorLayout.addWidget(self.refreshButton)


        self.centralLayout.addLayout(self.selectorLayout)

        self.tabWidget = QTabWidget(self.centralwidget)
        self.tabWidget.setObjectName(u"tabWidget")
        self.tabWidget.setDocumentMode(True)
        self.overviewPage = QWidget()
        self.overviewPage.setObjectName(u"overviewPage")
        self.overviewLayout = QVBoxLayout(self.overviewPage)
        self.overviewLayout.setObjectName(u"overviewLayout")
        self.tabWidget.addTab(self.overviewPage, "")
        self.plansPage = QWidget()
        self.plansPage.setObjectName(u"plansPage")
        self.plansLayout = QVBoxLayout(self.plansPage)
        self.plansLayout.setObjectName(u"plansLayout")
        self.tabWidget.addTab(self.plansPage, "")
        self.teamsPage = QWidget()
        self.teamsPage.setObjectName(u"teamsPage")
        self.teamsLayout = QVBoxLayout(self.teamsPage)
        self.teamsLayout.setObjectName(u"teamsLayout")
        self.tabWidget.addTab(self.teamsPage, "")
        self.checklistsPage = QWidget()
        self.checklistsPage.setObjectName(u"checklistsPage")
        self.checklistsLayout = QVBoxLayout(self.checklistsPage)
        self.checklistsLayout.setObjectName(u"checklistsLayout")
        self.tabWidget.addTab(self.checklistsPage, "")
        self.findingsPage = QWidget()
        self.findingsPage.setObjectName(u"findingsPage")
        self.findingsLayout = QVBoxLayout(self.findingsPage)
        self.findingsLayout.setObjectName(u"findingsLayout")
        self.tabWidget.addTab(self.findingsPage, "")
        self.interviewsPage = QWidget()
        self.interviewsPage.setObjectName(u"interviewsPage")
        self.interviewsLayout = QVBoxLayout(self.interviewsPage)
        self.interviewsLayout.setObjectName(u"interviewsLayout")
        self.tabWidget.addTab(self.interviewsPage, "")

        self.centralLayout.addWidget(self.tabWidget)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuTools = QMenu(self.menubar)
        self.menuTools.setObjectName(u"menuTools")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)
#if QT_CONFIG(shortcut)
        self.planLabel.setBuddy(self.planCombo)
        self.targetLabel.setBuddy(self.targetCombo)
#endif // QT_CONFIG(shortcut)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuTools.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionDatabase)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuTools.addAction(self.actionSettings)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        self.tabWidget.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"\u5de1\u67e5\u684c\u9762", None))
        self.actionDatabase.setText(QCoreApplication.translate("MainWindow", u"\u6570\u636e\u5e93\u4f4d\u7f6e(&D)\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionDatabase.setToolTip(QCoreApplication.translate("MainWindow", u"\u67e5\u770b\u6216\u66f4\u6539\u6570\u636e\u5e93\u4f4d\u7f6e\uff0c\u6253\u5f00\u5176\u4ed6\u6570\u636e\u5e93", None))
#endif // QT_CONFIG(tooltip)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"\u9000\u51fa(&X)", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionSettings.setText(QCoreApplication.translate("MainWindow", u"\u8bbe\u7f6e(&S)\u2026", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"\u5173\u4e8e\u5de1\u67e5\u684c\u9762(&A)", None))
        self.planLabel.setText(QCoreApplication.translate("MainWindow", u"\u5de1\u67e5\u8ba1\u5212(&P)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.planCombo.setToolTip(QCoreApplication.translate("MainWindow", u"\u9009\u62e9\u5f53\u524d\u5de1\u67e5\u8ba1\u5212\uff1b\u68c0\u67e5\u8868\u3001\u95ee\u9898\u9690\u60a3\u548c\u7ea6\u8c08\u53ea\u663e\u793a\u8be5\u8ba1\u5212\u7684\u8bb0\u5f55", None))
#endif // QT_CONFIG(tooltip)
        self.targetLabel.setText(QCoreApplication.translate("MainWindow", u"\u5de1\u67e5\u5bf9\u8c61(&O)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.targetCombo.setToolTip(QCoreApplication.translate("MainWindow", u"\u9009\u62e9\u5f53\u524d\u5de1\u67e5\u5bf9\u8c61\uff1b\u9009\u62e9\u201c\u5168\u90e8\u5de1\u67e5\u5bf9\u8c61\u201d\u663e\u793a\u8ba1\u5212\u5185\u7684\u5168\u90e8\u8bb0\u5f55", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("MainWindow", u"\u91cd\u65b0\u8bfb\u53d6\u6570\u636e\u5e93\u4e2d\u7684\u6700\u65b0\u6570\u636e\uff08F5\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("MainWindow", u"\u5237\u65b0", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.overviewPage), QCoreApplication.translate("MainWindow", u"\u603b\u89c8", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.plansPage), QCoreApplication.translate("MainWindow", u"\u5de1\u67e5\u8ba1\u5212", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.teamsPage), QCoreApplication.translate("MainWindow", u"\u5de1\u67e5\u7ec4", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.checklistsPage), QCoreApplication.translate("MainWindow", u"\u68c0\u67e5\u8868", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.findingsPage), QCoreApplication.translate("MainWindow", u"\u95ee\u9898\u9690\u60a3", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.interviewsPage), QCoreApplication.translate("MainWindow", u"\u7ea6\u8c08", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"\u6587\u4ef6(&F)", None))
        self.menuTools.setTitle(QCoreApplication.translate("MainWindow", u"\u5de5\u5177(&T)", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"\u5e2e\u52a9(&H)", None))
    # retranslateUi

