# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evidence_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_EvidencePanel(object):
    def setupUi(self, EvidencePanel):
        if not EvidencePanel.objectName():
            EvidencePanel.setObjectName(u"EvidencePanel")
        self.panelLayout = QVBoxLayout(EvidencePanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(EvidencePanel)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerLayout.addWidget(self.titleLabel)

        self.countLabel = QLabel(EvidencePanel)
        self.countLabel.setObjectName(u"countLabel")

        self.headerLayout.addWidget(self.countLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.addButton = QPushButton(EvidencePanel)
        self.addButton.setObjectName(u"addButton")

        self.headerLayout.addWidget(self.addButton)

        self.openButton = QPushButton(EvidencePanel)
        self.openButton.setObjectName(u"openButton")

        self.headerLayout.addWidget(self.openButton)


        self.panelLayout.addLayout(self.headerLayout)

        self.tableView = QTableView(EvidencePanel)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setWordWrap(False)
        self.tableView.horizontalHeader().setStretchLastSection(True)
        self.tableView.verticalHeader().setVisible(False)

        self.panelLayout.addWidget(self.tableView)

        self.hintLabel = QLabel(EvidencePanel)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.hintLabel)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.tableView)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tableView, self.addButton)
        QWidget.setTabOrder(self.addButton, self.openButton)

        self.retranslateUi(EvidencePanel)

        QMetaObject.connectSlotsByName(EvidencePanel)
    # setupUi

    def retranslateUi(self, EvidencePanel):
        EvidencePanel.setWindowTitle(QCoreApplication.translate("EvidencePanel", u"\u8bc1\u636e", None))
        self.titleLabel.setText(QCoreApplication.translate("EvidencePanel", u"\u8bc1\u636e\u6750\u6599", None))
        self.countLabel.setText("")
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("EvidencePanel", u"\u590d\u5236\u6587\u4ef6\u5230\u8bc1\u636e\u6863\u6848\u5e76\u5173\u8054\u5230\u5f53\u524d\u8bb0\u5f55\uff08Ctrl+Shift+A\uff09\uff1b\u4e5f\u53ef\u4ee5\u628a\u6587\u4ef6\u62d6\u5230\u5217\u8868\u4e0a", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("EvidencePanel", u"\u6dfb\u52a0\u8bc1\u636e(&A)\u2026", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("EvidencePanel", u"\u7528\u7cfb\u7edf\u7a0b\u5e8f\u6253\u5f00\u4e00\u4efd\u4e34\u65f6\u526f\u672c\uff08\u6863\u6848\u4e2d\u7684\u6587\u4ef6\u4e0d\u4f1a\u88ab\u6539\u52a8\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("EvidencePanel", u"\u6253\u5f00(&O)", None))
        self.hintLabel.setText(QCoreApplication.translate("EvidencePanel", u"\u628a\u6587\u4ef6\u62d6\u5230\u8fd9\u91cc\u5373\u53ef\u6dfb\u52a0\u4e3a\u8bc1\u636e\u3002", None))
    # retranslateUi

