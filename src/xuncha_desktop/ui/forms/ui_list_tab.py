# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'list_tab.ui'
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
    QLabel, QLineEdit, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_ListTab(object):
    def setupUi(self, ListTab):
        if not ListTab.objectName():
            ListTab.setObjectName(u"ListTab")
        self.listLayout = QVBoxLayout(ListTab)
        self.listLayout.setObjectName(u"listLayout")
        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchLabel = QLabel(ListTab)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(ListTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)

        self.countLabel = QLabel(ListTab)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.searchLayout.addWidget(self.countLabel)


        self.listLayout.addLayout(self.searchLayout)

        self.tableView = QTableView(ListTab)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setWordWrap(False)
        self.tableView.horizontalHeader().setHighlightSections(False)
        self.tableView.horizontalHeader().setStretchLastSection(True)
        self.tableView.verticalHeader().setVisible(False)

        self.listLayout.addWidget(self.tableView)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ListTab)

        QMetaObject.connectSlotsByName(ListTab)
    # setupUi

    def retranslateUi(self, ListTab):
        self.searchLabel.setText(QCoreApplication.translate("ListTab", u"\u641c\u7d22(&S)\uff1a", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ListTab", u"\u8f93\u5165\u5173\u952e\u5b57\u7b5b\u9009\uff0c\u591a\u4e2a\u5173\u952e\u5b57\u7528\u7a7a\u683c\u5206\u9694", None))
        self.countLabel.setText("")
        pass
    # retranslateUi

