# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'interview_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCalendarWidget, QDateTimeEdit,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSplitter, QTabWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_InterviewTab(object):
    def setupUi(self, InterviewTab):
        if not InterviewTab.objectName():
            InterviewTab.setObjectName(u"InterviewTab")
        self.rootLayout = QVBoxLayout(InterviewTab)
        self.rootLayout.setObjectName(u"rootLayout")
        self.splitter = QSplitter(InterviewTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.prepareButton = QPushButton(self.listPane)
        self.prepareButton.setObjectName(u"prepareButton")

        self.listButtons.addWidget(self.prepareButton)

        self.followUpButton = QPushButton(self.listPane)
        self.followUpButton.setObjectName(u"followUpButton")

        self.listButtons.addWidget(self.followUpButton)

        self.listButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtons.addItem(self.listButtonsSpacer)


        self.listLayout.addLayout(self.listButtons)

        self.listTabs = QTabWidget(self.listPane)
        self.listTabs.setObjectName(u"listTabs")
        self.listPage = QWidget()
        self.listPage.setObjectName(u"listPage")
        self.listPageLayout = QVBoxLayout(self.listPage)
        self.listPageLayout.setObjectName(u"listPageLayout")
        self.listPageLayout.setContentsMargins(0, 0, 0, 0)
        self.listTabs.addTab(self.listPage, "")
        self.agendaPage = QWidget()
        self.agendaPage.setObjectName(u"agendaPage")
        self.agendaLayout = QVBoxLayout(self.agendaPage)
        self.agendaLayout.setObjectName(u"agendaLayout")
        self.agendaSplitter = QSplitter(self.agendaPage)
        self.agendaSplitter.setObjectName(u"agendaSplitter")
        self.agendaSplitter.setOrientation(Qt.Orientation.Vertical)
        self.agendaSplitter.setChildrenCollapsible(False)
        self.agendaCalendar = QCalendarWidget(self.agendaSplitter)
        self.agendaCalendar.setObjectName(u"agendaCalendar")
        self.agendaCalendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.agendaCalendar.setGridVisible(True)
        self.agendaCalendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.agendaSplitter.addWidget(self.agendaCalendar)
        self.agendaListPane = QWidget(self.agendaSplitter)
        self.agendaListPane.setObjectName(u"agendaListPane")
        self.agendaListLayout = QVBoxLayout(self.agendaListPane)
        self.agendaListLayout.setObjectName(u"agendaListLayout")
        self.agendaListLayout.setContentsMargins(0, 0, 0, 0)
        self.agendaLabel = QLabel(self.agendaListPane)
        self.agendaLabel.setObjectName(u"agendaLabel")
        self.agendaLabel.setWordWrap(True)

        self.agendaListLayout.addWidget(self.agendaLabel)

        self.agendaTable = QTableWidget(self.agendaListPane)
        self.agendaTable.setObjectName(u"agendaTable")
        self.agendaTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agendaTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agendaTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agendaTable.setAlternatingRowColors(True)

        self.agendaListLayout.addWidget(self.agendaTable)

        self.agendaSplitter.addWidget(self.agendaListPane)

        self.agendaLayout.addWidget(self.agendaSplitter)

        self.listTabs.addTab(self.agendaPage, "")

        self.listLayout.addWidget(self.listTabs)

        self.overdueLabel = QLabel(self.listPane)
        self.overdueLabel.setObjectName(u"overdueLabel")
        self.overdueLabel.setWordWrap(True)

        self.listLayout.addWidget(self.overdueLabel)

        self.splitter.addWidget(self.listPane)
        self.editorScroll = QScrollArea(self.splitter)
        self.editorScroll.setObjectName(u"editorScroll")
        self.editorScroll.setWidgetResizable(True)
        self.editorPane = QWidget()
        self.editorPane.setObjectName(u"editorPane")
        self.editorLayout = QVBoxLayout(self.editorPane)
        self.editorLayout.setObjectName(u"editorLayout")
        self.stateLabel = QLabel(self.editorPane)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setWordWrap(True)

        self.editorLayout.addWidget(self.stateLabel)

        self.deadlineLabel = QLabel(self.editorPane)
        self.deadlineLabel.setObjectName(u"deadlineLabel")
        self.deadlineLabel.setWordWrap(True)

        self.editorLayout.addWidget(self.deadlineLabel)

        self.infoBox = QGroupBox(self.editorPane)
        self.infoBox.setObjectName(u"infoBox")
        self.infoForm = QFormLayout(self.infoBox)
        self.infoForm.setObjectName(u"infoForm")
        self.partyLabel = QLabel(self.infoBox)
        self.partyLabel.setObjectName(u"partyLabel")

        self.infoForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.partyLabel)

        self.partyEdit = QLineEdit(self.infoBox)
        self.partyEdit.setObjectName(u"partyEdit")

        self.infoForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.partyEdit)

        self.reasonLabel = QLabel(self.infoBox)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.infoForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(self.infoBox)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.infoForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.basisLabel = QLabel(self.infoBox)
        self.basisLabel.setObjectName(u"basisLabel")

        self.infoForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.basisLabel)

        self.basisEdit = QPlainTextEdit(self.infoBox)
        self.basisEdit.setObjectName(u"basisEdit")
        self.basisEdit.setTabChangesFocus(True)

        self.infoForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.basisEdit)

        self.interviewersLabel = QLabel(self.infoBox)
        self.interviewersLabel.setObjectName(u"interviewersLabel")

        self.infoForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.interviewersLabel)

        self.interviewersEdit = QLineEdit(self.infoBox)
        self.interviewersEdit.setObjectName(u"interviewersEdit")

        self.infoForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.interviewersEdit)

        self.timeLabel = QLabel(self.infoBox)
        self.timeLabel.setObjectName(u"timeLabel")

        self.infoForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.timeEdit = QDateTimeEdit(self.infoBox)
        self.timeEdit.setObjectName(u"timeEdit")
        self.timeEdit.setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0, 0)))
        self.timeEdit.setCalendarPopup(True)

        self.infoForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.timeEdit)

        self.placeLabel = QLabel(self.infoBox)
        self.placeLabel.setObjectName(u"placeLabel")

        self.infoForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(self.infoBox)
        self.placeEdit.setObjectName(u"placeEdit")

        self.infoForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.materialsLabel = QLabel(self.infoBox)
        self.materialsLabel.setObjectName(u"materialsLabel")

        self.infoForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.materialsLabel)

        self.materialsEdit = QPlainTextEdit(self.infoBox)
        self.materialsEdit.setObjectName(u"materialsEdit")
        self.materialsEdit.setTabChangesFocus(True)

        self.infoForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.materialsEdit)

        self.copiedLabel = QLabel(self.infoBox)
        self.copiedLabel.setObjectName(u"copiedLabel")

        self.infoForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.copiedLabel)

        self.copiedToEdit = QLineEdit(self.infoBox)
        self.copiedToEdit.setObjectName(u"copiedToEdit")

        self.infoForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.copiedToEdit)

        self.saveButton = QPushButton(self.infoBox)
        self.saveButton.setObjectName(u"saveButton")

        self.infoForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.saveButton)


        self.editorLayout.addWidget(self.infoBox)

        self.detailTabs = QTabWidget(self.editorPane)
        self.detailTabs.setObjectName(u"detailTabs")
        self.attendeesTab = QWidget()
        self.attendeesTab.setObjectName(u"attendeesTab")
        self.attendeesTabLayout = QVBoxLayout(self.attendeesTab)
        self.attendeesTabLayout.setObjectName(u"attendeesTabLayout")
        self.attendeesTable = QTableWidget(self.attendeesTab)
        self.attendeesTable.setObjectName(u"attendeesTable")
        self.attendeesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attendeesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attendeesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attendeesTable.setWordWrap(True)

        self.attendeesTabLayout.addWidget(self.attendeesTable)

        self.attendeeButtons = QHBoxLayout()
        self.attendeeButtons.setObjectName(u"attendeeButtons")
        self.addAttendeeButton = QPushButton(self.attendeesTab)
        self.addAttendeeButton.setObjectName(u"addAttendeeButton")

        self.attendeeButtons.addWidget(self.addAttendeeButton)

        self.removeAttendeeButton = QPushButton(self.attendeesTab)
        self.removeAttendeeButton.setObjectName(u"removeAttendeeButton")

        self.attendeeButtons.addWidget(self.removeAttendeeButton)

        self.attendeeButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attendeeButtons.addItem(self.attendeeButtonsSpacer)


        self.attendeesTabLayout.addLayout(self.attendeeButtons)

        self.detailTabs.addTab(self.attendeesTab, "")
        self.findingsTab = QWidget()
        self.findingsTab.setObjectName(u"findingsTab")
        self.findingsTabLayout = QVBoxLayout(self.findingsTab)
        self.findingsTabLayout.setObjectName(u"findingsTabLayout")
        self.findingsList = QListWidget(self.findingsTab)
        self.findingsList.setObjectName(u"findingsList")
        self.findingsList.setWordWrap(True)

        self.findingsTabLayout.addWidget(self.findingsList)

        self.findingButtons = QHBoxLayout()
        self.findingButtons.setObjectName(u"findingButtons")
        self.editFindingsButton = QPushButton(self.findingsTab)
        self.editFindingsButton.setObjectName(u"editFindingsButton")

        self.findingButtons.addWidget(self.editFindingsButton)

        self.findingButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.findingButtons.addItem(self.findingButtonsSpacer)


        self.findingsTabLayout.addLayout(self.findingButtons)

        self.detailTabs.addTab(self.findingsTab, "")
        self.commitmentsTab = QWidget()
        self.commitmentsTab.setObjectName(u"commitmentsTab")
        self.commitmentsTabLayout = QVBoxLayout(self.commitmentsTab)
        self.commitmentsTabLayout.setObjectName(u"commitmentsTabLayout")
        self.commitmentsTable = QTableWidget(self.commitmentsTab)
        self.commitmentsTable.setObjectName(u"commitmentsTable")
        self.commitmentsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.commitmentsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.commitmentsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.commitmentsTable.setWordWrap(True)

        self.commitmentsTabLayout.addWidget(self.commitmentsTable)

        self.commitmentButtons = QHBoxLayout()
        self.commitmentButtons.setObjectName(u"commitmentButtons")
        self.addCommitmentButton = QPushButton(self.commitmentsTab)
        self.addCommitmentButton.setObjectName(u"addCommitmentButton")

        self.commitmentButtons.addWidget(self.addCommitmentButton)

        self.completeButton = QPushButton(self.commitmentsTab)
        self.completeButton.setObjectName(u"completeButton")

        self.commitmentButtons.addWidget(self.completeButton)

        self.carryButton = QPushButton(self.commitmentsTab)
        self.carryButton.setObjectName(u"carryButton")

        self.commitmentButtons.addWidget(self.carryButton)

        self.commitmentButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.commitmentButtons.addItem(self.commitmentButtonsSpacer)


        self.commitmentsTabLayout.addLayout(self.commitmentButtons)

        self.detailTabs.addTab(self.commitmentsTab, "")
        self.meetingTab = QWidget()
        self.meetingTab.setObjectName(u"meetingTab")
        self.meetingTabLayout = QVBoxLayout(self.meetingTab)
        self.meetingTabLayout.setObjectName(u"meetingTabLayout")
        self.meetingLabel = QLabel(self.meetingTab)
        self.meetingLabel.setObjectName(u"meetingLabel")
        self.meetingLabel.setWordWrap(True)

        self.meetingTabLayout.addWidget(self.meetingLabel)

        self.problemsLabel = QLabel(self.meetingTab)
        self.problemsLabel.setObjectName(u"problemsLabel")

        self.meetingTabLayout.addWidget(self.problemsLabel)

        self.problemsEdit = QPlainTextEdit(self.meetingTab)
        self.problemsEdit.setObjectName(u"problemsEdit")
        self.problemsEdit.setTabChangesFocus(True)

        self.meetingTabLayout.addWidget(self.problemsEdit)

        self.requirementsLabel = QLabel(self.meetingTab)
        self.requirementsLabel.setObjectName(u"requirementsLabel")

        self.meetingTabLayout.addWidget(self.requirementsLabel)

        self.requirementsEdit = QPlainTextEdit(self.meetingTab)
        self.requirementsEdit.setObjectName(u"requirementsEdit")
        self.requirementsEdit.setTabChangesFocus(True)

        self.meetingTabLayout.addWidget(self.requirementsEdit)

        self.detailTabs.addTab(self.meetingTab, "")

        self.editorLayout.addWidget(self.detailTabs)

        self.flowButtons = QHBoxLayout()
        self.flowButtons.setObjectName(u"flowButtons")
        self.notifyButton = QPushButton(self.editorPane)
        self.notifyButton.setObjectName(u"notifyButton")

        self.flowButtons.addWidget(self.notifyButton)

        self.recordButton = QPushButton(self.editorPane)
        self.recordButton.setObjectName(u"recordButton")

        self.flowButtons.addWidget(self.recordButton)

        self.trackButton = QPushButton(self.editorPane)
        self.trackButton.setObjectName(u"trackButton")

        self.flowButtons.addWidget(self.trackButton)

        self.reportButton = QPushButton(self.editorPane)
        self.reportButton.setObjectName(u"reportButton")

        self.flowButtons.addWidget(self.reportButton)

        self.flowButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.flowButtons.addItem(self.flowButtonsSpacer)


        self.editorLayout.addLayout(self.flowButtons)

        self.endButtons = QHBoxLayout()
        self.endButtons.setObjectName(u"endButtons")
        self.closeButton = QPushButton(self.editorPane)
        self.closeButton.setObjectName(u"closeButton")

        self.endButtons.addWidget(self.closeButton)

        self.cancelButton = QPushButton(self.editorPane)
        self.cancelButton.setObjectName(u"cancelButton")

        self.endButtons.addWidget(self.cancelButton)

        self.minutesButton = QPushButton(self.editorPane)
        self.minutesButton.setObjectName(u"minutesButton")

        self.endButtons.addWidget(self.minutesButton)

        self.documentsButton = QPushButton(self.editorPane)
        self.documentsButton.setObjectName(u"documentsButton")

        self.endButtons.addWidget(self.documentsButton)

        self.endButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.endButtons.addItem(self.endButtonsSpacer)


        self.editorLayout.addLayout(self.endButtons)

        self.editorScroll.setWidget(self.editorPane)
        self.splitter.addWidget(self.editorScroll)

        self.rootLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.agendaLabel.setBuddy(self.agendaTable)
        self.partyLabel.setBuddy(self.partyEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.basisLabel.setBuddy(self.basisEdit)
        self.interviewersLabel.setBuddy(self.interviewersEdit)
        self.timeLabel.setBuddy(self.timeEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.materialsLabel.setBuddy(self.materialsEdit)
        self.copiedLabel.setBuddy(self.copiedToEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InterviewTab)

        self.listTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(InterviewTab)
    # setupUi

    def retranslateUi(self, InterviewTab):
        InterviewTab.setWindowTitle(QCoreApplication.translate("InterviewTab", u"\u7ea6\u8c08", None))
        self.prepareButton.setText(QCoreApplication.translate("InterviewTab", u"\u51c6\u5907\u7ea6\u8c08(&Z)\u2026", None))
#if QT_CONFIG(tooltip)
        self.prepareButton.setToolTip(QCoreApplication.translate("InterviewTab", u"\u4ece\u95ee\u9898\u9690\u60a3\u51c6\u5907\u7ea6\u8c08\uff1a\u5e26\u51fa\u88ab\u7ea6\u8c08\u5355\u4f4d\u548c\u4e8b\u7531", None))
#endif // QT_CONFIG(tooltip)
        self.followUpButton.setText(QCoreApplication.translate("InterviewTab", u"\u518d\u6b21\u7ea6\u8c08(&Y)", None))
        self.listTabs.setTabText(self.listTabs.indexOf(self.listPage), QCoreApplication.translate("InterviewTab", u"\u5217\u8868(&T)", None))
#if QT_CONFIG(tooltip)
        self.listTabs.setTabToolTip(self.listTabs.indexOf(self.listPage), QCoreApplication.translate("InterviewTab", u"\u7ea6\u8c08\u5217\u8868\uff1a\u72b6\u6001\u548c\u4e0b\u4e00\u671f\u9650", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.agendaCalendar.setToolTip(QCoreApplication.translate("InterviewTab", u"\u7c97\u4f53\u65e5\u671f\u6709\u7ea6\u8c08\u6216\u671f\u9650\uff0c\u7ea2\u5e95\u8868\u793a\u6709\u903e\u671f\u4e8b\u9879\uff1b\u70b9\u51fb\u65e5\u671f\u8df3\u5230\u8be5\u65e5\u7684\u65e5\u7a0b", None))
#endif // QT_CONFIG(tooltip)
        self.agendaLabel.setText(QCoreApplication.translate("InterviewTab", u"\u65e5\u7a0b(&A)\uff1a\u5df2\u903e\u671f\u548c\u8fd1\u671f\u7684\u4e8b\u9879", None))
        self.listTabs.setTabText(self.listTabs.indexOf(self.agendaPage), QCoreApplication.translate("InterviewTab", u"\u65e5\u7a0b(&S)", None))
#if QT_CONFIG(tooltip)
        self.listTabs.setTabToolTip(self.listTabs.indexOf(self.agendaPage), QCoreApplication.translate("InterviewTab", u"\u65e5\u5386\u548c\u65e5\u7a0b\uff1a\u5f85\u5f00\u7684\u7ea6\u8c08\u3001\u627f\u8bfa\u671f\u9650\u548c\u4e66\u9762\u62a5\u544a\u671f\u9650", None))
#endif // QT_CONFIG(tooltip)
        self.overdueLabel.setText("")
        self.stateLabel.setText(QCoreApplication.translate("InterviewTab", u"\u8bf7\u5728\u5de6\u4fa7\u9009\u62e9\u4e00\u6b21\u7ea6\u8c08\uff0c\u6216\u4ece\u95ee\u9898\u9690\u60a3\u51c6\u5907\u7ea6\u8c08\u3002", None))
        self.deadlineLabel.setText("")
        self.infoBox.setTitle(QCoreApplication.translate("InterviewTab", u"\u7ea6\u8c08\u4fe1\u606f", None))
        self.partyLabel.setText(QCoreApplication.translate("InterviewTab", u"\u88ab\u7ea6\u8c08\u5355\u4f4d(&U)\uff1a", None))
        self.partyEdit.setPlaceholderText(QCoreApplication.translate("InterviewTab", u"\u5982\uff1a\u67d0\u5e02\u4eba\u6c11\u653f\u5e9c", None))
        self.reasonLabel.setText(QCoreApplication.translate("InterviewTab", u"\u7ea6\u8c08\u4e8b\u7531(&R)\uff1a", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("InterviewTab", u"\u4e3a\u4ec0\u4e48\u7ea6\u8c08\uff08\u53ef\u7531\u6240\u9009\u95ee\u9898\u81ea\u52a8\u751f\u6210\uff09", None))
        self.basisLabel.setText(QCoreApplication.translate("InterviewTab", u"\u7ea6\u8c08\u4f9d\u636e(&J)\uff1a", None))
        self.basisEdit.setPlaceholderText(QCoreApplication.translate("InterviewTab", u"\u4f9d\u636e\u7684\u5236\u5ea6\u6761\u6b3e", None))
        self.interviewersLabel.setText(QCoreApplication.translate("InterviewTab", u"\u7ea6\u8c08\u4eba(&N)\uff1a", None))
        self.interviewersEdit.setPlaceholderText(QCoreApplication.translate("InterviewTab", u"\u5de1\u67e5\u7ec4\u6210\u5458\uff0c\u7528\u987f\u53f7\u5206\u9694", None))
        self.timeLabel.setText(QCoreApplication.translate("InterviewTab", u"\u7ea6\u8c08\u65f6\u95f4(&I)\uff1a", None))
        self.timeEdit.setSpecialValueText(QCoreApplication.translate("InterviewTab", u"\u2014", None))
        self.timeEdit.setDisplayFormat(QCoreApplication.translate("InterviewTab", u"yyyy\u5e74M\u6708d\u65e5 HH:mm", None))
        self.placeLabel.setText(QCoreApplication.translate("InterviewTab", u"\u7ea6\u8c08\u5730\u70b9(&L)\uff1a", None))
        self.materialsLabel.setText(QCoreApplication.translate("InterviewTab", u"\u9700\u51c6\u5907\u6750\u6599(&M)\uff1a", None))
        self.materialsEdit.setPlaceholderText(QCoreApplication.translate("InterviewTab", u"\u6bcf\u884c\u4e00\u9879", None))
        self.copiedLabel.setText(QCoreApplication.translate("InterviewTab", u"\u6284\u9001(&C)\uff1a", None))
        self.copiedToEdit.setPlaceholderText(QCoreApplication.translate("InterviewTab", u"\u7eaa\u8981\u6284\u9001\u5355\u4f4d\uff0c\u7528\u987f\u53f7\u5206\u9694", None))
        self.saveButton.setText(QCoreApplication.translate("InterviewTab", u"\u4fdd\u5b58\u7ea6\u8c08\u4fe1\u606f(&V)", None))
        self.addAttendeeButton.setText(QCoreApplication.translate("InterviewTab", u"\u6dfb\u52a0\u4eba\u5458(&E)\u2026", None))
        self.removeAttendeeButton.setText(QCoreApplication.translate("InterviewTab", u"\u79fb\u9664", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.attendeesTab), QCoreApplication.translate("InterviewTab", u"\u53c2\u52a0\u4eba\u5458", None))
        self.editFindingsButton.setText(QCoreApplication.translate("InterviewTab", u"\u9009\u62e9\u95ee\u9898(&Q)\u2026", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.findingsTab), QCoreApplication.translate("InterviewTab", u"\u5173\u8054\u95ee\u9898", None))
        self.addCommitmentButton.setText(QCoreApplication.translate("InterviewTab", u"\u6dfb\u52a0\u627f\u8bfa(&K)\u2026", None))
        self.completeButton.setText(QCoreApplication.translate("InterviewTab", u"\u6807\u8bb0\u5df2\u5b8c\u6210\u2026", None))
        self.carryButton.setText(QCoreApplication.translate("InterviewTab", u"\u8f6c\u4e3a\u95ee\u9898\u2026", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.commitmentsTab), QCoreApplication.translate("InterviewTab", u"\u627f\u8bfa\u4e8b\u9879", None))
        self.meetingLabel.setText("")
        self.problemsLabel.setText(QCoreApplication.translate("InterviewTab", u"\u6307\u51fa\u7684\u95ee\u9898\uff1a", None))
        self.problemsEdit.setPlaceholderText(QCoreApplication.translate("InterviewTab", u"\u6bcf\u884c\u4e00\u9879", None))
        self.requirementsLabel.setText(QCoreApplication.translate("InterviewTab", u"\u63d0\u51fa\u7684\u8981\u6c42\uff1a", None))
        self.requirementsEdit.setPlaceholderText(QCoreApplication.translate("InterviewTab", u"\u6bcf\u884c\u4e00\u9879", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.meetingTab), QCoreApplication.translate("InterviewTab", u"\u7ea6\u8c08\u60c5\u51b5", None))
        self.notifyButton.setText(QCoreApplication.translate("InterviewTab", u"\u53d1\u51fa\u7ea6\u8c08\u901a\u77e5\u4e66(&G)", None))
#if QT_CONFIG(tooltip)
        self.notifyButton.setToolTip(QCoreApplication.translate("InterviewTab", u"\u767b\u8bb0\u7ea6\u8c08\u901a\u77e5\u4e66\u7684\u6587\u53f7\uff0c\u72b6\u6001\u6539\u4e3a\u5df2\u901a\u77e5", None))
#endif // QT_CONFIG(tooltip)
        self.recordButton.setText(QCoreApplication.translate("InterviewTab", u"\u767b\u8bb0\u7ea6\u8c08\u60c5\u51b5(&B)\u2026", None))
#if QT_CONFIG(tooltip)
        self.recordButton.setToolTip(QCoreApplication.translate("InterviewTab", u"\u51fa\u5e2d\u60c5\u51b5\u3001\u6307\u51fa\u7684\u95ee\u9898\u3001\u63d0\u51fa\u7684\u8981\u6c42\u548c\u627f\u8bfa\u4e8b\u9879", None))
#endif // QT_CONFIG(tooltip)
        self.trackButton.setText(QCoreApplication.translate("InterviewTab", u"\u8f6c\u5165\u6574\u6539\u8ddf\u8e2a", None))
        self.reportButton.setText(QCoreApplication.translate("InterviewTab", u"\u6536\u5230\u4e66\u9762\u62a5\u544a\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("InterviewTab", u"\u529e\u7ed3", None))
        self.cancelButton.setText(QCoreApplication.translate("InterviewTab", u"\u53d6\u6d88\u7ea6\u8c08\u2026", None))
        self.minutesButton.setText(QCoreApplication.translate("InterviewTab", u"\u751f\u6210\u7ea6\u8c08\u7eaa\u8981(&W)", None))
        self.documentsButton.setText(QCoreApplication.translate("InterviewTab", u"\u6253\u5f00\u516c\u6587(&X)\u2026", None))
    # retranslateUi

