# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'trash_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_TrashDialog(object):
    def setupUi(self, TrashDialog):
        if not TrashDialog.objectName():
            TrashDialog.setObjectName(u"TrashDialog")
        self.trashLayout = QVBoxLayout(TrashDialog)
        self.trashLayout.setObjectName(u"trashLayout")
        self.introLabel = QLabel(TrashDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.trashLayout.addWidget(self.introLabel)

        self.tabWidget = QTabWidget(TrashDialog)
        self.tabWidget.setObjectName(u"tabWidget")
        self.trashTab = QWidget()
        self.trashTab.setObjectName(u"trashTab")
        self.trashTabLayout = QVBoxLayout(self.trashTab)
        self.trashTabLayout.setObjectName(u"trashTabLayout")
        self.trashView = QTableView(self.trashTab)
        self.trashView.setObjectName(u"trashView")
        self.trashView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.trashView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.trashView.setAlternatingRowColors(True)

        self.trashTabLayout.addWidget(self.trashView)

        self.trashButtons = QHBoxLayout()
        self.trashButtons.setObjectName(u"trashButtons")
        self.restoreButton = QPushButton(self.trashTab)
        self.restoreButton.setObjectName(u"restoreButton")

        self.trashButtons.addWidget(self.restoreButton)

        self.purgeButton = QPushButton(self.trashTab)
        self.purgeButton.setObjectName(u"purgeButton")

        self.trashButtons.addWidget(self.purgeButton)

        self.trashSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.trashButtons.addItem(self.trashSpacer)


        self.trashTabLayout.addLayout(self.trashButtons)

        self.tabWidget.addTab(self.trashTab, "")
        self.logTab = QWidget()
        self.logTab.setObjectName(u"logTab")
        self.logTabLayout = QVBoxLayout(self.logTab)
        self.logTabLayout.setObjectName(u"logTabLayout")
        self.logView = QTableView(self.logTab)
        self.logView.setObjectName(u"logView")
        self.logView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.logView.setAlternatingRowColors(True)

        self.logTabLayout.addWidget(self.logView)

        self.tabWidget.addTab(self.logTab, "")

        self.trashLayout.addWidget(self.tabWidget)

        self.messageLabel = QLabel(TrashDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.trashLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(TrashDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.trashLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.trashView, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.purgeButton)

        self.retranslateUi(TrashDialog)

        self.tabWidget.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(TrashDialog)
    # setupUi

    def retranslateUi(self, TrashDialog):
        TrashDialog.setWindowTitle(QCoreApplication.translate("TrashDialog", u"\u56de\u6536\u7ad9", None))
        self.introLabel.setText(QCoreApplication.translate("TrashDialog", u"\u5220\u9664\u7684\u8bb0\u5f55\u8fde\u540c\u5176\u5173\u8054\u8bb0\u5f55\uff08\u72b6\u6001\u53d8\u66f4\u3001\u5ef6\u671f\u3001\u8bc1\u636e\u5173\u8054\u7b49\uff09\u4fdd\u5b58\u5728\u8fd9\u91cc\uff0c\u53ef\u4ee5\u539f\u6837\u6062\u590d\u3002\u8bc1\u636e\u6587\u4ef6\u672c\u8eab\u4e0d\u4f1a\u88ab\u5220\u9664\u3002\u5f7b\u5e95\u5220\u9664\u53ea\u80fd\u7531\u7ba1\u7406\u5458\u8fdb\u884c\uff0c\u987b\u5199\u660e\u7406\u7531\uff0c\u5220\u9664\u524d\u81ea\u52a8\u5907\u4efd\u6570\u636e\u5e93\uff0c\u5e76\u8bb0\u5165\u5220\u9664\u8bb0\u5f55\u3002", None))
        self.restoreButton.setText(QCoreApplication.translate("TrashDialog", u"\u6062\u590d(&R)", None))
        self.purgeButton.setText(QCoreApplication.translate("TrashDialog", u"\u5f7b\u5e95\u5220\u9664(&D)\u2026", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.trashTab), QCoreApplication.translate("TrashDialog", u"\u56de\u6536\u7ad9", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.logTab), QCoreApplication.translate("TrashDialog", u"\u5f7b\u5e95\u5220\u9664\u8bb0\u5f55", None))
        self.messageLabel.setText("")
    # retranslateUi

