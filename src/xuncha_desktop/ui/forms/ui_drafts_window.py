# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'drafts_window.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTextEdit,
    QVBoxLayout, QWidget)

class Ui_DraftsWindow(object):
    def setupUi(self, DraftsWindow):
        if not DraftsWindow.objectName():
            DraftsWindow.setObjectName(u"DraftsWindow")
        self.mainLayout = QVBoxLayout(DraftsWindow)
        self.mainLayout.setObjectName(u"mainLayout")
        self.sourceLayout = QHBoxLayout()
        self.sourceLayout.setObjectName(u"sourceLayout")
        self.kindLabel = QLabel(DraftsWindow)
        self.kindLabel.setObjectName(u"kindLabel")

        self.sourceLayout.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(DraftsWindow)
        self.kindCombo.setObjectName(u"kindCombo")

        self.sourceLayout.addWidget(self.kindCombo)

        self.sourceLabel = QLabel(DraftsWindow)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.sourceLayout.addWidget(self.sourceLabel)

        self.sourceCombo = QComboBox(DraftsWindow)
        self.sourceCombo.setObjectName(u"sourceCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.sourceCombo.sizePolicy().hasHeightForWidth())
        self.sourceCombo.setSizePolicy(sizePolicy)
        self.sourceCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sourceCombo.setMinimumContentsLength(16)

        self.sourceLayout.addWidget(self.sourceCombo)

        self.draftButton = QPushButton(DraftsWindow)
        self.draftButton.setObjectName(u"draftButton")

        self.sourceLayout.addWidget(self.draftButton)

        self.previewButton = QPushButton(DraftsWindow)
        self.previewButton.setObjectName(u"previewButton")

        self.sourceLayout.addWidget(self.previewButton)


        self.mainLayout.addLayout(self.sourceLayout)

        self.summaryLabel = QLabel(DraftsWindow)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.splitter = QSplitter(DraftsWindow)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.sectionsPane = QWidget(self.splitter)
        self.sectionsPane.setObjectName(u"sectionsPane")
        self.sectionsLayout = QVBoxLayout(self.sectionsPane)
        self.sectionsLayout.setObjectName(u"sectionsLayout")
        self.sectionsLayout.setContentsMargins(0, 0, 0, 0)
        self.sectionsLabel = QLabel(self.sectionsPane)
        self.sectionsLabel.setObjectName(u"sectionsLabel")

        self.sectionsLayout.addWidget(self.sectionsLabel)

        self.sectionList = QListWidget(self.sectionsPane)
        self.sectionList.setObjectName(u"sectionList")
        self.sectionList.setWordWrap(True)

        self.sectionsLayout.addWidget(self.sectionList)

        self.splitter.addWidget(self.sectionsPane)
        self.editorPane = QWidget(self.splitter)
        self.editorPane.setObjectName(u"editorPane")
        self.editorLayout = QVBoxLayout(self.editorPane)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.sectionTitleLabel = QLabel(self.editorPane)
        self.sectionTitleLabel.setObjectName(u"sectionTitleLabel")
        self.sectionTitleLabel.setWordWrap(True)

        self.editorLayout.addWidget(self.sectionTitleLabel)

        self.sectionEdit = QPlainTextEdit(self.editorPane)
        self.sectionEdit.setObjectName(u"sectionEdit")

        self.editorLayout.addWidget(self.sectionEdit)

        self.editButtonsLayout = QHBoxLayout()
        self.editButtonsLayout.setObjectName(u"editButtonsLayout")
        self.saveButton = QPushButton(self.editorPane)
        self.saveButton.setObjectName(u"saveButton")

        self.editButtonsLayout.addWidget(self.saveButton)

        self.resetButton = QPushButton(self.editorPane)
        self.resetButton.setObjectName(u"resetButton")

        self.editButtonsLayout.addWidget(self.resetButton)

        self.editSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.editButtonsLayout.addItem(self.editSpacer)

        self.editedLabel = QLabel(self.editorPane)
        self.editedLabel.setObjectName(u"editedLabel")

        self.editButtonsLayout.addWidget(self.editedLabel)


        self.editorLayout.addLayout(self.editButtonsLayout)

        self.mergeBox = QGroupBox(self.editorPane)
        self.mergeBox.setObjectName(u"mergeBox")
        self.mergeLayout = QVBoxLayout(self.mergeBox)
        self.mergeLayout.setObjectName(u"mergeLayout")
        self.diffLabel = QLabel(self.mergeBox)
        self.diffLabel.setObjectName(u"diffLabel")
        self.diffLabel.setWordWrap(True)

        self.mergeLayout.addWidget(self.diffLabel)

        self.diffView = QTextEdit(self.mergeBox)
        self.diffView.setObjectName(u"diffView")
        self.diffView.setReadOnly(True)

        self.mergeLayout.addWidget(self.diffView)

        self.mergeButtonsLayout = QHBoxLayout()
        self.mergeButtonsLayout.setObjectName(u"mergeButtonsLayout")
        self.takeNewButton = QPushButton(self.mergeBox)
        self.takeNewButton.setObjectName(u"takeNewButton")

        self.mergeButtonsLayout.addWidget(self.takeNewButton)

        self.keepMineButton = QPushButton(self.mergeBox)
        self.keepMineButton.setObjectName(u"keepMineButton")

        self.mergeButtonsLayout.addWidget(self.keepMineButton)

        self.editNewButton = QPushButton(self.mergeBox)
        self.editNewButton.setObjectName(u"editNewButton")

        self.mergeButtonsLayout.addWidget(self.editNewButton)

        self.saveMergedButton = QPushButton(self.mergeBox)
        self.saveMergedButton.setObjectName(u"saveMergedButton")

        self.mergeButtonsLayout.addWidget(self.saveMergedButton)


        self.mergeLayout.addLayout(self.mergeButtonsLayout)


        self.editorLayout.addWidget(self.mergeBox)

        self.splitter.addWidget(self.editorPane)

        self.mainLayout.addWidget(self.splitter)

        self.buttonBox = QDialogButtonBox(DraftsWindow)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.sourceLabel.setBuddy(self.sourceCombo)
        self.sectionsLabel.setBuddy(self.sectionList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DraftsWindow)

        QMetaObject.connectSlotsByName(DraftsWindow)
    # setupUi

    def retranslateUi(self, DraftsWindow):
        DraftsWindow.setWindowTitle(QCoreApplication.translate("DraftsWindow", u"\u8d77\u8349\u5de1\u67e5\u53cd\u9988\u610f\u89c1\u3001\u5de1\u67e5\u62a5\u544a\u548c\u5e74\u5ea6\u62a5\u544a", None))
        self.kindLabel.setText(QCoreApplication.translate("DraftsWindow", u"\u6587\u79cd(&K)\uff1a", None))
        self.sourceLabel.setText(QCoreApplication.translate("DraftsWindow", u"\u5de1\u67e5\u5bf9\u8c61\u6216\u5e74\u5ea6(&O)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.draftButton.setToolTip(QCoreApplication.translate("DraftsWindow", u"\u4ece\u5f53\u524d\u6570\u636e\u8d77\u8349\u5404\u8282\uff1b\u5df2\u8d77\u8349\u8fc7\u7684\uff0c\u4fdd\u7559\u60a8\u4fee\u6539\u8fc7\u7684\u7ae0\u8282\u5e76\u5217\u51fa\u6709\u53d8\u5316\u7684\u7ae0\u8282\uff08F5\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.draftButton.setText(QCoreApplication.translate("DraftsWindow", u"\u8d77\u8349(&D)", None))
#if QT_CONFIG(tooltip)
        self.previewButton.setToolTip(QCoreApplication.translate("DraftsWindow", u"\u5728\u201c\u516c\u6587\u4e0e\u53d1\u6587\u767b\u8bb0\u201d\u4e2d\u9884\u89c8\u3001\u6b63\u5f0f\u53d1\u6587\u3001\u53e6\u5b58\u4e3a Word \u6216 PDF", None))
#endif // QT_CONFIG(tooltip)
        self.previewButton.setText(QCoreApplication.translate("DraftsWindow", u"\u9884\u89c8\u4e0e\u5bfc\u51fa(&P)\u2026", None))
        self.summaryLabel.setText(QCoreApplication.translate("DraftsWindow", u"\u9009\u62e9\u6587\u79cd\u548c\u5de1\u67e5\u5bf9\u8c61\uff08\u6216\u5e74\u5ea6\uff09\uff0c\u7136\u540e\u70b9\u201c\u8d77\u8349\u201d\u3002", None))
        self.sectionsLabel.setText(QCoreApplication.translate("DraftsWindow", u"\u7ae0\u8282(&S)\uff1a", None))
        self.sectionTitleLabel.setText("")
#if QT_CONFIG(tooltip)
        self.sectionEdit.setToolTip(QCoreApplication.translate("DraftsWindow", u"\u6bcf\u884c\u4e00\u6bb5\uff1b\u201c## \u201d\u5f00\u5934\u4e3a\u4e8c\u7ea7\u6807\u9898\uff0c\u201c+ \u201d\u5f00\u5934\u4e3a\u7f16\u53f7\u6761\u76ee\uff0c\u201c| \u2026 |\u201d\u4e3a\u8868\u683c\u884c", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("DraftsWindow", u"\u4fdd\u5b58\u672c\u8282\u7684\u6587\u5b57\uff08Ctrl+S\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("DraftsWindow", u"\u4fdd\u5b58\u672c\u8282(&V)", None))
        self.resetButton.setText(QCoreApplication.translate("DraftsWindow", u"\u6062\u590d\u4e3a\u751f\u6210\u7a3f(&G)", None))
        self.editedLabel.setText("")
        self.mergeBox.setTitle(QCoreApplication.translate("DraftsWindow", u"\u91cd\u65b0\u8d77\u8349\u540e\u672c\u8282\u6709\u53d8\u5316\uff08\u60a8\u4fee\u6539\u8fc7\u7684\u6587\u5b57\u5df2\u4fdd\u7559\uff09", None))
        self.diffLabel.setText(QCoreApplication.translate("DraftsWindow", u"\u6570\u636e\u5e26\u6765\u7684\u53d8\u5316\uff08\u201c\u2212\u201d\u4e3a\u539f\u7a3f\u5220\u53bb\u7684\u884c\uff0c\u201c+\u201d\u4e3a\u65b0\u7a3f\u589e\u52a0\u7684\u884c\uff09\uff1a", None))
        self.takeNewButton.setText(QCoreApplication.translate("DraftsWindow", u"\u91c7\u7528\u65b0\u7a3f(&N)", None))
        self.keepMineButton.setText(QCoreApplication.translate("DraftsWindow", u"\u4fdd\u7559\u6211\u7684\u6587\u5b57(&K)", None))
#if QT_CONFIG(tooltip)
        self.editNewButton.setToolTip(QCoreApplication.translate("DraftsWindow", u"\u628a\u65b0\u7a3f\u653e\u5165\u4e0a\u9762\u7684\u7f16\u8f91\u6846\uff0c\u6539\u597d\u540e\u70b9\u201c\u4fdd\u5b58\u5408\u5e76\u7ed3\u679c\u201d", None))
#endif // QT_CONFIG(tooltip)
        self.editNewButton.setText(QCoreApplication.translate("DraftsWindow", u"\u5728\u65b0\u7a3f\u4e0a\u4fee\u6539(&E)", None))
        self.saveMergedButton.setText(QCoreApplication.translate("DraftsWindow", u"\u4fdd\u5b58\u5408\u5e76\u7ed3\u679c(&M)", None))
    # retranslateUi

