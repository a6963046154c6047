# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'office_settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDateEdit,
    QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTabWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_OfficeSettingsDialog(object):
    def setupUi(self, OfficeSettingsDialog):
        if not OfficeSettingsDialog.objectName():
            OfficeSettingsDialog.setObjectName(u"OfficeSettingsDialog")
        self.mainLayout = QVBoxLayout(OfficeSettingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.roleLabel = QLabel(OfficeSettingsDialog)
        self.roleLabel.setObjectName(u"roleLabel")
        self.roleLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.roleLabel)

        self.tabs = QTabWidget(OfficeSettingsDialog)
        self.tabs.setObjectName(u"tabs")
        self.issueTab = QWidget()
        self.issueTab.setObjectName(u"issueTab")
        self.issueLayout = QVBoxLayout(self.issueTab)
        self.issueLayout.setObjectName(u"issueLayout")
        self.issueForm = QFormLayout()
        self.issueForm.setObjectName(u"issueForm")
        self.issueForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.issuerLabel = QLabel(self.issueTab)
        self.issuerLabel.setObjectName(u"issuerLabel")

        self.issueForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.issuerLabel)

        self.issuerEdit = QLineEdit(self.issueTab)
        self.issuerEdit.setObjectName(u"issuerEdit")
        self.issuerEdit.setMaxLength(100)

        self.issueForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.issuerEdit)

        self.issuerMarkLabel = QLabel(self.issueTab)
        self.issuerMarkLabel.setObjectName(u"issuerMarkLabel")

        self.issueForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.issuerMarkLabel)

        self.issuerMarkEdit = QLineEdit(self.issueTab)
        self.issuerMarkEdit.setObjectName(u"issuerMarkEdit")
        self.issuerMarkEdit.setMaxLength(100)

        self.issueForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.issuerMarkEdit)

        self.hotlineLabel = QLabel(self.issueTab)
        self.hotlineLabel.setObjectName(u"hotlineLabel")

        self.issueForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.hotlineLabel)

        self.hotlineEdit = QLineEdit(self.issueTab)
        self.hotlineEdit.setObjectName(u"hotlineEdit")
        self.hotlineEdit.setMaxLength(40)

        self.issueForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.hotlineEdit)


        self.issueLayout.addLayout(self.issueForm)

        self.prefixLabel = QLabel(self.issueTab)
        self.prefixLabel.setObjectName(u"prefixLabel")

        self.issueLayout.addWidget(self.prefixLabel)

        self.prefixTable = QTableWidget(self.issueTab)
        self.prefixTable.setObjectName(u"prefixTable")
        self.prefixTable.setAlternatingRowColors(True)
        self.prefixTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.prefixTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.issueLayout.addWidget(self.prefixTable)

        self.tabs.addTab(self.issueTab, "")
        self.periodsTab = QWidget()
        self.periodsTab.setObjectName(u"periodsTab")
        self.periodsLayout = QVBoxLayout(self.periodsTab)
        self.periodsLayout.setObjectName(u"periodsLayout")
        self.periodsForm = QFormLayout()
        self.periodsForm.setObjectName(u"periodsForm")
        self.periodsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.cycleLabel = QLabel(self.periodsTab)
        self.cycleLabel.setObjectName(u"cycleLabel")

        self.periodsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.cycleLabel)

        self.cycleSpin = QSpinBox(self.periodsTab)
        self.cycleSpin.setObjectName(u"cycleSpin")
        self.cycleSpin.setMinimum(1)
        self.cycleSpin.setMaximum(10)

        self.periodsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.cycleSpin)

        self.dueSoonLabel = QLabel(self.periodsTab)
        self.dueSoonLabel.setObjectName(u"dueSoonLabel")

        self.periodsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dueSoonLabel)

        self.dueSoonSpin = QSpinBox(self.periodsTab)
        self.dueSoonSpin.setObjectName(u"dueSoonSpin")
        self.dueSoonSpin.setMinimum(0)
        self.dueSoonSpin.setMaximum(365)

        self.periodsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dueSoonSpin)

        self.interviewReportLabel = QLabel(self.periodsTab)
        self.interviewReportLabel.setObjectName(u"interviewReportLabel")

        self.periodsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.interviewReportLabel)

        self.interviewReportSpin = QSpinBox(self.periodsTab)
        self.interviewReportSpin.setObjectName(u"interviewReportSpin")
        self.interviewReportSpin.setMinimum(1)
        self.interviewReportSpin.setMaximum(365)

        self.periodsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.interviewReportSpin)

        self.tourReportLabel = QLabel(self.periodsTab)
        self.tourReportLabel.setObjectName(u"tourReportLabel")

        self.periodsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.tourReportLabel)

        self.tourReportSpin = QSpinBox(self.periodsTab)
        self.tourReportSpin.setObjectName(u"tourReportSpin")
        self.tourReportSpin.setMinimum(1)
        self.tourReportSpin.setMaximum(365)

        self.periodsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.tourReportSpin)

        self.rectPlanLabel = QLabel(self.periodsTab)
        self.rectPlanLabel.setObjectName(u"rectPlanLabel")

        self.periodsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.rectPlanLabel)

        self.rectPlanSpin = QSpinBox(self.periodsTab)
        self.rectPlanSpin.setObjectName(u"rectPlanSpin")
        self.rectPlanSpin.setMinimum(1)
        self.rectPlanSpin.setMaximum(365)

        self.periodsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.rectPlanSpin)

        self.behindShareLabel = QLabel(self.periodsTab)
        self.behindShareLabel.setObjectName(u"behindShareLabel")

        self.periodsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.behindShareLabel)

        self.behindShareSpin = QDoubleSpinBox(self.periodsTab)
        self.behindShareSpin.setObjectName(u"behindShareSpin")
        self.behindShareSpin.setDecimals(1)
        self.behindShareSpin.setMinimum(0.000000000000000)
        self.behindShareSpin.setMaximum(100.000000000000000)
        self.behindShareSpin.setSingleStep(5.000000000000000)

        self.periodsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.behindShareSpin)


        self.periodsLayout.addLayout(self.periodsForm)

        self.periodsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.periodsLayout.addItem(self.periodsSpacer)

        self.tabs.addTab(self.periodsTab, "")
        self.teamTab = QWidget()
        self.teamTab.setObjectName(u"teamTab")
        self.teamLayout = QVBoxLayout(self.teamTab)
        self.teamLayout.setObjectName(u"teamLayout")
        self.teamForm = QFormLayout()
        self.teamForm.setObjectName(u"teamForm")
        self.teamForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.sizeMinLabel = QLabel(self.teamTab)
        self.sizeMinLabel.setObjectName(u"sizeMinLabel")

        self.teamForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sizeMinLabel)

        self.sizeMinSpin = QSpinBox(self.teamTab)
        self.sizeMinSpin.setObjectName(u"sizeMinSpin")
        self.sizeMinSpin.setMinimum(1)
        self.sizeMinSpin.setMaximum(99)

        self.teamForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sizeMinSpin)

        self.sizeMaxLabel = QLabel(self.teamTab)
        self.sizeMaxLabel.setObjectName(u"sizeMaxLabel")

        self.teamForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sizeMaxLabel)

        self.sizeMaxSpin = QSpinBox(self.teamTab)
        self.sizeMaxSpin.setObjectName(u"sizeMaxSpin")
        self.sizeMaxSpin.setMinimum(1)
        self.sizeMaxSpin.setMaximum(99)

        self.teamForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sizeMaxSpin)


        self.teamLayout.addLayout(self.teamForm)

        self.teamSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.teamLayout.addItem(self.teamSpacer)

        self.tabs.addTab(self.teamTab, "")
        self.evaluationTab = QWidget()
        self.evaluationTab.setObjectName(u"evaluationTab")
        self.evaluationLayout = QVBoxLayout(self.evaluationTab)
        self.evaluationLayout.setObjectName(u"evaluationLayout")
        self.evaluationTop = QHBoxLayout()
        self.evaluationTop.setObjectName(u"evaluationTop")
        self.gradeBox = QGroupBox(self.evaluationTab)
        self.gradeBox.setObjectName(u"gradeBox")
        self.gradeForm = QFormLayout(self.gradeBox)
        self.gradeForm.setObjectName(u"gradeForm")
        self.gradeForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.goodLabel = QLabel(self.gradeBox)
        self.goodLabel.setObjectName(u"goodLabel")

        self.gradeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.goodLabel)

        self.goodSpin = QDoubleSpinBox(self.gradeBox)
        self.goodSpin.setObjectName(u"goodSpin")
        self.goodSpin.setDecimals(1)
        self.goodSpin.setMinimum(0.000000000000000)
        self.goodSpin.setMaximum(100.000000000000000)
        self.goodSpin.setSingleStep(1.000000000000000)

        self.gradeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.goodSpin)

        self.fairGoodLabel = QLabel(self.gradeBox)
        self.fairGoodLabel.setObjectName(u"fairGoodLabel")

        self.gradeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fairGoodLabel)

        self.fairGoodSpin = QDoubleSpinBox(self.gradeBox)
        self.fairGoodSpin.setObjectName(u"fairGoodSpin")
        self.fairGoodSpin.setDecimals(1)
        self.fairGoodSpin.setMinimum(0.000000000000000)
        self.fairGoodSpin.setMaximum(100.000000000000000)
        self.fairGoodSpin.setSingleStep(1.000000000000000)

        self.gradeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fairGoodSpin)

        self.averageLabel = QLabel(self.gradeBox)
        self.averageLabel.setObjectName(u"averageLabel")

        self.gradeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.averageLabel)

        self.averageSpin = QDoubleSpinBox(self.gradeBox)
        self.averageSpin.setObjectName(u"averageSpin")
        self.averageSpin.setDecimals(1)
        self.averageSpin.setMinimum(0.000000000000000)
        self.averageSpin.setMaximum(100.000000000000000)
        self.averageSpin.setSingleStep(1.000000000000000)

        self.gradeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.averageSpin)


        self.evaluationTop.addWidget(self.gradeBox)

        self.factorBox = QGroupBox(self.evaluationTab)
        self.factorBox.setObjectName(u"factorBox")
        self.factorForm = QFormLayout(self.factorBox)
        self.factorForm.setObjectName(u"factorForm")
        self.factorForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.compliantLabel = QLabel(self.factorBox)
        self.compliantLabel.setObjectName(u"compliantLabel")

        self.factorForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.compliantLabel)

        self.compliantSpin = QDoubleSpinBox(self.factorBox)
        self.compliantSpin.setObjectName(u"compliantSpin")
        self.compliantSpin.setDecimals(2)
        self.compliantSpin.setMinimum(0.000000000000000)
        self.compliantSpin.setMaximum(1.000000000000000)
        self.compliantSpin.setSingleStep(0.050000000000000)

        self.factorForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.compliantSpin)

        self.mostlyLabel = QLabel(self.factorBox)
        self.mostlyLabel.setObjectName(u"mostlyLabel")

        self.factorForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.mostlyLabel)

        self.mostlySpin = QDoubleSpinBox(self.factorBox)
        self.mostlySpin.setObjectName(u"mostlySpin")
        self.mostlySpin.setDecimals(2)
        self.mostlySpin.setMinimum(0.000000000000000)
        self.mostlySpin.setMaximum(1.000000000000000)
        self.mostlySpin.setSingleStep(0.050000000000000)

        self.factorForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.mostlySpin)

        self.noncompliantLabel = QLabel(self.factorBox)
        self.noncompliantLabel.setObjectName(u"noncompliantLabel")

        self.factorForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noncompliantLabel)

        self.noncompliantSpin = QDoubleSpinBox(self.factorBox)
        self.noncompliantSpin.setObjectName(u"noncompliantSpin")
        self.noncompliantSpin.setDecimals(2)
        self.noncompliantSpin.setMinimum(0.000000000000000)
        self.noncompliantSpin.setMaximum(1.000000000000000)
        self.noncompliantSpin.setSingleStep(0.050000000000000)

        self.factorForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.noncompliantSpin)


        self.evaluationTop.addWidget(self.factorBox)


        self.evaluationLayout.addLayout(self.evaluationTop)

        self.deductionBox = QGroupBox(self.evaluationTab)
        self.deductionBox.setObjectName(u"deductionBox")
        self.deductionForm = QFormLayout(self.deductionBox)
        self.deductionForm.setObjectName(u"deductionForm")
        self.deductionForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.majorPointsLabel = QLabel(self.deductionBox)
        self.majorPointsLabel.setObjectName(u"majorPointsLabel")

        self.deductionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.majorPointsLabel)

        self.majorPointsSpin = QDoubleSpinBox(self.deductionBox)
        self.majorPointsSpin.setObjectName(u"majorPointsSpin")
        self.majorPointsSpin.setDecimals(1)
        self.majorPointsSpin.setMinimum(0.000000000000000)
        self.majorPointsSpin.setMaximum(100.000000000000000)
        self.majorPointsSpin.setSingleStep(0.500000000000000)

        self.deductionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.majorPointsSpin)

        self.majorCapLabel = QLabel(self.deductionBox)
        self.majorCapLabel.setObjectName(u"majorCapLabel")

        self.deductionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.majorCapLabel)

        self.majorCapSpin = QDoubleSpinBox(self.deductionBox)
        self.majorCapSpin.setObjectName(u"majorCapSpin")
        self.majorCapSpin.setDecimals(1)
        self.majorCapSpin.setMinimum(0.000000000000000)
        self.majorCapSpin.setMaximum(100.000000000000000)
        self.majorCapSpin.setSingleStep(0.500000000000000)

        self.deductionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.majorCapSpin)

        self.overduePointsLabel = QLabel(self.deductionBox)
        self.overduePointsLabel.setObjectName(u"overduePointsLabel")

        self.deductionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.overduePointsLabel)

        self.overduePointsSpin = QDoubleSpinBox(self.deductionBox)
        self.overduePointsSpin.setObjectName(u"overduePointsSpin")
        self.overduePointsSpin.setDecimals(1)
        self.overduePointsSpin.setMinimum(0.000000000000000)
        self.overduePointsSpin.setMaximum(100.000000000000000)
        self.overduePointsSpin.setSingleStep(0.500000000000000)

        self.deductionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.overduePointsSpin)

        self.overdueCapLabel = QLabel(self.deductionBox)
        self.overdueCapLabel.setObjectName(u"overdueCapLabel")

        self.deductionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.overdueCapLabel)

        self.overdueCapSpin = QDoubleSpinBox(self.deductionBox)
        self.overdueCapSpin.setObjectName(u"overdueCapSpin")
        self.overdueCapSpin.setDecimals(1)
        self.overdueCapSpin.setMinimum(0.000000000000000)
        self.overdueCapSpin.setMaximum(100.000000000000000)
        self.overdueCapSpin.setSingleStep(0.500000000000000)

        self.deductionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.overdueCapSpin)

        self.breachPointsLabel = QLabel(self.deductionBox)
        self.breachPointsLabel.setObjectName(u"breachPointsLabel")

        self.deductionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.breachPointsLabel)

        self.breachPointsSpin = QDoubleSpinBox(self.deductionBox)
        self.breachPointsSpin.setObjectName(u"breachPointsSpin")
        self.breachPointsSpin.setDecimals(1)
        self.breachPointsSpin.setMinimum(0.000000000000000)
        self.breachPointsSpin.setMaximum(100.000000000000000)
        self.breachPointsSpin.setSingleStep(0.500000000000000)

        self.deductionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.breachPointsSpin)

        self.breachCapLabel = QLabel(self.deductionBox)
        self.breachCapLabel.setObjectName(u"breachCapLabel")

        self.deductionForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.breachCapLabel)

        self.breachCapSpin = QDoubleSpinBox(self.deductionBox)
        self.breachCapSpin.setObjectName(u"breachCapSpin")
        self.breachCapSpin.setDecimals(1)
        self.breachCapSpin.setMinimum(0.000000000000000)
        self.breachCapSpin.setMaximum(100.000000000000000)
        self.breachCapSpin.setSingleStep(0.500000000000000)

        self.deductionForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.breachCapSpin)


        self.evaluationLayout.addWidget(self.deductionBox)

        self.evaluationSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.evaluationLayout.addItem(self.evaluationSpacer)

        self.tabs.addTab(self.evaluationTab, "")
        self.holidaysTab = QWidget()
        self.holidaysTab.setObjectName(u"holidaysTab")
        self.holidaysLayout = QVBoxLayout(self.holidaysTab)
        self.holidaysLayout.setObjectName(u"holidaysLayout")
        self.holidayIntro = QLabel(self.holidaysTab)
        self.holidayIntro.setObjectName(u"holidayIntro")
        self.holidayIntro.setWordWrap(True)

        self.holidaysLayout.addWidget(self.holidayIntro)

        self.holidayListLabel = QLabel(self.holidaysTab)
        self.holidayListLabel.setObjectName(u"holidayListLabel")

        self.holidaysLayout.addWidget(self.holidayListLabel)

        self.holidayList = QListWidget(self.holidaysTab)
        self.holidayList.setObjectName(u"holidayList")
        self.holidayList.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.holidaysLayout.addWidget(self.holidayList)

        self.holidayButtons = QHBoxLayout()
        self.holidayButtons.setObjectName(u"holidayButtons")
        self.holidayDateLabel = QLabel(self.holidaysTab)
        self.holidayDateLabel.setObjectName(u"holidayDateLabel")

        self.holidayButtons.addWidget(self.holidayDateLabel)

        self.holidayDateEdit = QDateEdit(self.holidaysTab)
        self.holidayDateEdit.setObjectName(u"holidayDateEdit")
        self.holidayDateEdit.setCalendarPopup(True)

        self.holidayButtons.addWidget(self.holidayDateEdit)

        self.addHolidayButton = QPushButton(self.holidaysTab)
        self.addHolidayButton.setObjectName(u"addHolidayButton")

        self.holidayButtons.addWidget(self.addHolidayButton)

        self.removeHolidayButton = QPushButton(self.holidaysTab)
        self.removeHolidayButton.setObjectName(u"removeHolidayButton")

        self.holidayButtons.addWidget(self.removeHolidayButton)

        self.holidaySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.holidayButtons.addItem(self.holidaySpacer)


        self.holidaysLayout.addLayout(self.holidayButtons)

        self.tabs.addTab(self.holidaysTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.errorLabel = QLabel(OfficeSettingsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(OfficeSettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.issuerLabel.setBuddy(self.issuerEdit)
        self.issuerMarkLabel.setBuddy(self.issuerMarkEdit)
        self.hotlineLabel.setBuddy(self.hotlineEdit)
        self.prefixLabel.setBuddy(self.prefixTable)
        self.cycleLabel.setBuddy(self.cycleSpin)
        self.dueSoonLabel.setBuddy(self.dueSoonSpin)
        self.interviewReportLabel.setBuddy(self.interviewReportSpin)
        self.tourReportLabel.setBuddy(self.tourReportSpin)
        self.rectPlanLabel.setBuddy(self.rectPlanSpin)
        self.behindShareLabel.setBuddy(self.behindShareSpin)
        self.sizeMinLabel.setBuddy(self.sizeMinSpin)
        self.sizeMaxLabel.setBuddy(self.sizeMaxSpin)
        self.goodLabel.setBuddy(self.goodSpin)
        self.fairGoodLabel.setBuddy(self.fairGoodSpin)
        self.averageLabel.setBuddy(self.averageSpin)
        self.compliantLabel.setBuddy(self.compliantSpin)
        self.mostlyLabel.setBuddy(self.mostlySpin)
        self.noncompliantLabel.setBuddy(self.noncompliantSpin)
        self.majorPointsLabel.setBuddy(self.majorPointsSpin)
        self.majorCapLabel.setBuddy(self.majorCapSpin)
        self.overduePointsLabel.setBuddy(self.overduePointsSpin)
        self.overdueCapLabel.setBuddy(self.overdueCapSpin)
        self.breachPointsLabel.setBuddy(self.breachPointsSpin)
        self.breachCapLabel.setBuddy(self.breachCapSpin)
        self.holidayListLabel.setBuddy(self.holidayList)
        self.holidayDateLabel.setBuddy(self.holidayDateEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OfficeSettingsDialog)

        QMetaObject.connectSlotsByName(OfficeSettingsDialog)
    # setupUi

    def retranslateUi(self, OfficeSettingsDialog):
        OfficeSettingsDialog.setWindowTitle(QCoreApplication.translate("OfficeSettingsDialog", u"\u529e\u516c\u5ba4\u8bbe\u7f6e", None))
        self.roleLabel.setText("")
        self.issuerLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u53d1\u6587\u673a\u5173(&I)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.issuerLabel.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u53d1\u6587\u673a\u5173\u540d\u79f0\uff0c\u7528\u4e8e\u843d\u6b3e\u548c\u7b7e\u53d1\uff0c\u5982\u201c\u6d77\u5357\u7701\u5b89\u5168\u751f\u4ea7\u59d4\u5458\u4f1a\u529e\u516c\u5ba4\u201d\u3002", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.issuerEdit.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u53d1\u6587\u673a\u5173\u540d\u79f0\uff0c\u7528\u4e8e\u843d\u6b3e\u548c\u7b7e\u53d1\uff0c\u5982\u201c\u6d77\u5357\u7701\u5b89\u5168\u751f\u4ea7\u59d4\u5458\u4f1a\u529e\u516c\u5ba4\u201d\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.issuerMarkLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u53d1\u6587\u673a\u5173\u6807\u5fd7(&K)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.issuerMarkLabel.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u6587\u4ef6\u9996\u9875\u7ea2\u8272\u7684\u53d1\u6587\u673a\u5173\u6807\u5fd7\uff0c\u5982\u201c\u6d77\u5357\u7701\u5b89\u5168\u751f\u4ea7\u59d4\u5458\u4f1a\u529e\u516c\u5ba4\u6587\u4ef6\u201d\u3002", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.issuerMarkEdit.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u6587\u4ef6\u9996\u9875\u7ea2\u8272\u7684\u53d1\u6587\u673a\u5173\u6807\u5fd7\uff0c\u5982\u201c\u6d77\u5357\u7701\u5b89\u5168\u751f\u4ea7\u59d4\u5458\u4f1a\u529e\u516c\u5ba4\u6587\u4ef6\u201d\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.hotlineLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u4e3e\u62a5\u7535\u8bdd(&L)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.hotlineLabel.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u5de1\u67e5\u901a\u77e5\u4e2d\u516c\u5e03\u7684\u4e3e\u62a5\u7535\u8bdd\uff08\u5982 12350\uff09\u3002", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.hotlineEdit.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u5de1\u67e5\u901a\u77e5\u4e2d\u516c\u5e03\u7684\u4e3e\u62a5\u7535\u8bdd\uff08\u5982 12350\uff09\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.prefixLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u5404\u6587\u79cd\u7684\u673a\u5173\u4ee3\u5b57(&P)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.prefixLabel.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u6bcf\u79cd\u516c\u6587\u7684\u673a\u5173\u4ee3\u5b57\uff0c\u53d1\u6587\u5b57\u53f7\u4e3a \u4ee3\u5b57\u3014\u5e74\u4efd\u3015\u5e8f\u53f7\u53f7\uff0c\u5982 \u743c\u5b89\u59d4\u529e\u30142026\u301512\u53f7\u3002\u53cc\u51fb\u201c\u4ee3\u5b57\u201d\u4e00\u5217\u4fee\u6539\u3002", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.prefixTable.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u6bcf\u79cd\u516c\u6587\u7684\u673a\u5173\u4ee3\u5b57\uff0c\u53d1\u6587\u5b57\u53f7\u4e3a \u4ee3\u5b57\u3014\u5e74\u4efd\u3015\u5e8f\u53f7\u53f7\uff0c\u5982 \u743c\u5b89\u59d4\u529e\u30142026\u301512\u53f7\u3002\u53cc\u51fb\u201c\u4ee3\u5b57\u201d\u4e00\u5217\u4fee\u6539\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.issueTab), QCoreApplication.translate("OfficeSettingsDialog", u"\u53d1\u6587(&1)", None))
        self.cycleLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u5de1\u67e5\u5468\u671f(&Y)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.cycleLabel.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u5de1\u67e5\u5468\u671f\u7684\u5e74\u6570\uff1a\u6bcf\u4e2a\u5468\u671f\u5185\u6240\u6709\u5e02\u53bf\u81f3\u5c11\u5de1\u67e5\u4e00\u904d\uff08\u901a\u5e38 3 \u5e74\uff09\u3002", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.cycleSpin.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u5de1\u67e5\u5468\u671f\u7684\u5e74\u6570\uff1a\u6bcf\u4e2a\u5468\u671f\u5185\u6240\u6709\u5e02\u53bf\u81f3\u5c11\u5de1\u67e5\u4e00\u904d\uff08\u901a\u5e38 3 \u5e74\uff09\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.cycleSpin.setSuffix(QCoreApplication.translate("OfficeSettingsDialog", u" \u5e74", None))
        self.dueSoonLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u5373\u5c06\u5230\u671f\u63d0\u9192(&D)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.dueSoonLabel.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u6574\u6539\u671f\u9650\u5728\u4eca\u540e\u8fd9\u4e48\u591a\u5929\u5185\u7684\u95ee\u9898\u9690\u60a3\u663e\u793a\u4e3a\u201c\u5373\u5c06\u5230\u671f\u201d\uff08\u84dd\u8272\uff09\u30020 \u8868\u793a\u53ea\u63d0\u9192\u903e\u671f\u3002", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.dueSoonSpin.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u6574\u6539\u671f\u9650\u5728\u4eca\u540e\u8fd9\u4e48\u591a\u5929\u5185\u7684\u95ee\u9898\u9690\u60a3\u663e\u793a\u4e3a\u201c\u5373\u5c06\u5230\u671f\u201d\uff08\u84dd\u8272\uff09\u30020 \u8868\u793a\u53ea\u63d0\u9192\u903e\u671f\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.dueSoonSpin.setSuffix(QCoreApplication.translate("OfficeSettingsDialog", u" \u5929", None))
        self.interviewReportLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u7ea6\u8c08\u540e\u4e66\u9762\u62a5\u544a(&W)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.interviewReportLabel.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u7ea6\u8c08\u540e\u88ab\u7ea6\u8c08\u5355\u4f4d\u63d0\u4ea4\u4e66\u9762\u62a5\u544a\u7684\u671f\u9650\uff0c\u6309\u5de5\u4f5c\u65e5\u8ba1\u7b97\uff08\u5468\u672b\u548c\u201c\u8282\u5047\u65e5\u201d\u9875\u4e2d\u7684\u65e5\u671f\u4e0d\u8ba1\uff09\u3002", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.interviewReportSpin.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u7ea6\u8c08\u540e\u88ab\u7ea6\u8c08\u5355\u4f4d\u63d0\u4ea4\u4e66\u9762\u62a5\u544a\u7684\u671f\u9650\uff0c\u6309\u5de5\u4f5c\u65e5\u8ba1\u7b97\uff08\u5468\u672b\u548c\u201c\u8282\u5047\u65e5\u201d\u9875\u4e2d\u7684\u65e5\u671f\u4e0d\u8ba1\uff09\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.interviewReportSpin.setSuffix(QCoreApplication.translate("OfficeSettingsDialog", u" \u4e2a\u5de5\u4f5c\u65e5", None))
        self.tourReportLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u5de1\u67e5\u62a5\u544a\u671f\u9650(&R)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.tourReportLabel.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u5de1\u67e5\u7ed3\u675f\u540e\u5de1\u67e5\u7ec4\u63d0\u4ea4\u5de1\u67e5\u62a5\u544a\u7684\u671f\u9650\uff08\u5929\uff09\uff0c\u5199\u5165\u5e74\u5ea6\u5de1\u67e5\u5de5\u4f5c\u8ba1\u5212\u3002", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.tourReportSpin.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u5de1\u67e5\u7ed3\u675f\u540e\u5de1\u67e5\u7ec4\u63d0\u4ea4\u5de1\u67e5\u62a5\u544a\u7684\u671f\u9650\uff08\u5929\uff09\uff0c\u5199\u5165\u5e74\u5ea6\u5de1\u67e5\u5de5\u4f5c\u8ba1\u5212\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.tourReportSpin.setSuffix(QCoreApplication.translate("OfficeSettingsDialog", u" \u5929", None))
        self.rectPlanLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u6574\u6539\u65b9\u6848\u671f\u9650(&Z)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.rectPlanLabel.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u6536\u5230\u5de1\u67e5\u53cd\u9988\u610f\u89c1\u540e\u5e02\u53bf\u62a5\u9001\u6574\u6539\u65b9\u6848\u7684\u671f\u9650\uff08\u5929\uff09\uff0c\u5199\u5165\u53cd\u9988\u610f\u89c1\u548c\u6574\u6539\u901a\u77e5\u4e66\u3002", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.rectPlanSpin.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u6536\u5230\u5de1\u67e5\u53cd\u9988\u610f\u89c1\u540e\u5e02\u53bf\u62a5\u9001\u6574\u6539\u65b9\u6848\u7684\u671f\u9650\uff08\u5929\uff09\uff0c\u5199\u5165\u53cd\u9988\u610f\u89c1\u548c\u6574\u6539\u901a\u77e5\u4e66\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.rectPlanSpin.setSuffix(QCoreApplication.translate("OfficeSettingsDialog", u" \u5929", None))
        self.behindShareLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u8fdb\u5ea6\u6ede\u540e\u6bd4\u4f8b(&S)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.behindShareLabel.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u5df2\u4ea4\u529e\u7684\u95ee\u9898\u9690\u60a3\uff0c\u6574\u6539\u671f\u9650\u8fc7\u53bb\u8fd9\u4e2a\u6bd4\u4f8b\u4ecd\u672a\u62a5\u544a\u6574\u6539\u4e2d\u7684\uff0c\u663e\u793a\u4e3a\u201c\u8fdb\u5ea6\u6ede\u540e\u201d\uff08\u9ec4\u8272\uff09\u3002\u987b\u5927\u4e8e 0% \u4e14\u5c0f\u4e8e 100%\uff0c\u901a\u5e38 50%\u3002", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.behindShareSpin.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u5df2\u4ea4\u529e\u7684\u95ee\u9898\u9690\u60a3\uff0c\u6574\u6539\u671f\u9650\u8fc7\u53bb\u8fd9\u4e2a\u6bd4\u4f8b\u4ecd\u672a\u62a5\u544a\u6574\u6539\u4e2d\u7684\uff0c\u663e\u793a\u4e3a\u201c\u8fdb\u5ea6\u6ede\u540e\u201d\uff08\u9ec4\u8272\uff09\u3002\u987b\u5927\u4e8e 0% \u4e14\u5c0f\u4e8e 100%\uff0c\u901a\u5e38 50%\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.behindShareSpin.setSuffix(QCoreApplication.translate("OfficeSettingsDialog", u" %", None))
        self.tabs.setTabText(self.tabs.indexOf(self.periodsTab), QCoreApplication.translate("OfficeSettingsDialog", u"\u671f\u9650(&2)", None))
        self.sizeMinLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u6bcf\u7ec4\u4eba\u6570\u4e0b\u9650(&N)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.sizeMinLabel.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u6bcf\u4e2a\u5de1\u67e5\u7ec4\u81f3\u5c11\u7684\u4eba\u6570\uff08\u542b\u7ec4\u957f\uff09\uff1b\u62bd\u53d6\u548c\u62a5\u6279\u540d\u5355\u65f6\u68c0\u67e5\u3002", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.sizeMinSpin.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u6bcf\u4e2a\u5de1\u67e5\u7ec4\u81f3\u5c11\u7684\u4eba\u6570\uff08\u542b\u7ec4\u957f\uff09\uff1b\u62bd\u53d6\u548c\u62a5\u6279\u540d\u5355\u65f6\u68c0\u67e5\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.sizeMinSpin.setSuffix(QCoreApplication.translate("OfficeSettingsDialog", u" \u4eba", None))
        self.sizeMaxLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u6bcf\u7ec4\u4eba\u6570\u4e0a\u9650(&M)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.sizeMaxLabel.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u6bcf\u4e2a\u5de1\u67e5\u7ec4\u6700\u591a\u7684\u4eba\u6570\uff08\u542b\u7ec4\u957f\uff09\u3002", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.sizeMaxSpin.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u6bcf\u4e2a\u5de1\u67e5\u7ec4\u6700\u591a\u7684\u4eba\u6570\uff08\u542b\u7ec4\u957f\uff09\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.sizeMaxSpin.setSuffix(QCoreApplication.translate("OfficeSettingsDialog", u" \u4eba", None))
        self.tabs.setTabText(self.tabs.indexOf(self.teamTab), QCoreApplication.translate("OfficeSettingsDialog", u"\u5de1\u67e5\u7ec4(&3)", None))
        self.gradeBox.setTitle(QCoreApplication.translate("OfficeSettingsDialog", u"\u8bc4\u4ef7\u7b49\u6b21\u5206\u6570\u7ebf", None))
        self.goodLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u597d(&G)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.goodLabel.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u5f97\u5206\u4e0d\u4f4e\u4e8e\u6b64\u5206\u6570\u7ebf\u8bc4\u4e3a\u201c\u597d\u201d\uff1b\u5206\u6570\u7ebf\u987b\u4ece\u9ad8\u5230\u4f4e\uff08\u597d > \u8f83\u597d > \u4e00\u822c\uff09\uff0c\u4f4e\u4e8e\u201c\u4e00\u822c\u201d\u8bc4\u4e3a\u201c\u5dee\u201d\u3002", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.goodSpin.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u5f97\u5206\u4e0d\u4f4e\u4e8e\u6b64\u5206\u6570\u7ebf\u8bc4\u4e3a\u201c\u597d\u201d\uff1b\u5206\u6570\u7ebf\u987b\u4ece\u9ad8\u5230\u4f4e\uff08\u597d > \u8f83\u597d > \u4e00\u822c\uff09\uff0c\u4f4e\u4e8e\u201c\u4e00\u822c\u201d\u8bc4\u4e3a\u201c\u5dee\u201d\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.goodSpin.setSuffix(QCoreApplication.translate("OfficeSettingsDialog", u" \u5206", None))
        self.fairGoodLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u8f83\u597d(&B)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.fairGoodLabel.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u5f97\u5206\u4e0d\u4f4e\u4e8e\u6b64\u5206\u6570\u7ebf\u8bc4\u4e3a\u201c\u8f83\u597d\u201d\uff1b\u5206\u6570\u7ebf\u987b\u4ece\u9ad8\u5230\u4f4e\uff08\u597d > \u8f83\u597d > \u4e00\u822c\uff09\uff0c\u4f4e\u4e8e\u201c\u4e00\u822c\u201d\u8bc4\u4e3a\u201c\u5dee\u201d\u3002", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.fairGoodSpin.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u5f97\u5206\u4e0d\u4f4e\u4e8e\u6b64\u5206\u6570\u7ebf\u8bc4\u4e3a\u201c\u8f83\u597d\u201d\uff1b\u5206\u6570\u7ebf\u987b\u4ece\u9ad8\u5230\u4f4e\uff08\u597d > \u8f83\u597d > \u4e00\u822c\uff09\uff0c\u4f4e\u4e8e\u201c\u4e00\u822c\u201d\u8bc4\u4e3a\u201c\u5dee\u201d\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.fairGoodSpin.setSuffix(QCoreApplication.translate("OfficeSettingsDialog", u" \u5206", None))
        self.averageLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u4e00\u822c(&C)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.averageLabel.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u5f97\u5206\u4e0d\u4f4e\u4e8e\u6b64\u5206\u6570\u7ebf\u8bc4\u4e3a\u201c\u4e00\u822c\u201d\uff1b\u5206\u6570\u7ebf\u987b\u4ece\u9ad8\u5230\u4f4e\uff08\u597d > \u8f83\u597d > \u4e00\u822c\uff09\uff0c\u4f4e\u4e8e\u201c\u4e00\u822c\u201d\u8bc4\u4e3a\u201c\u5dee\u201d\u3002", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.averageSpin.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u5f97\u5206\u4e0d\u4f4e\u4e8e\u6b64\u5206\u6570\u7ebf\u8bc4\u4e3a\u201c\u4e00\u822c\u201d\uff1b\u5206\u6570\u7ebf\u987b\u4ece\u9ad8\u5230\u4f4e\uff08\u597d > \u8f83\u597d > \u4e00\u822c\uff09\uff0c\u4f4e\u4e8e\u201c\u4e00\u822c\u201d\u8bc4\u4e3a\u201c\u5dee\u201d\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.averageSpin.setSuffix(QCoreApplication.translate("OfficeSettingsDialog", u" \u5206", None))
        self.factorBox.setTitle(QCoreApplication.translate("OfficeSettingsDialog", u"\u5f97\u5206\u7cfb\u6570", None))
        self.compliantLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u7b26\u5408(&F)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.compliantLabel.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u68c0\u67e5\u7ed3\u679c\u4e3a\u201c\u7b26\u5408\u201d\u7684\u68c0\u67e5\u9879\u5f97\u5230\u5176\u5206\u503c\u7684\u8fd9\u4e00\u6bd4\u4f8b\uff080 \u5230 1\uff09\u3002", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.compliantSpin.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u68c0\u67e5\u7ed3\u679c\u4e3a\u201c\u7b26\u5408\u201d\u7684\u68c0\u67e5\u9879\u5f97\u5230\u5176\u5206\u503c\u7684\u8fd9\u4e00\u6bd4\u4f8b\uff080 \u5230 1\uff09\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.mostlyLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u57fa\u672c\u7b26\u5408(&J)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.mostlyLabel.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u68c0\u67e5\u7ed3\u679c\u4e3a\u201c\u57fa\u672c\u7b26\u5408\u201d\u7684\u68c0\u67e5\u9879\u5f97\u5230\u5176\u5206\u503c\u7684\u8fd9\u4e00\u6bd4\u4f8b\uff080 \u5230 1\uff09\u3002", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.mostlySpin.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u68c0\u67e5\u7ed3\u679c\u4e3a\u201c\u57fa\u672c\u7b26\u5408\u201d\u7684\u68c0\u67e5\u9879\u5f97\u5230\u5176\u5206\u503c\u7684\u8fd9\u4e00\u6bd4\u4f8b\uff080 \u5230 1\uff09\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.noncompliantLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u4e0d\u7b26\u5408(&U)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.noncompliantLabel.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u68c0\u67e5\u7ed3\u679c\u4e3a\u201c\u4e0d\u7b26\u5408\u201d\u7684\u68c0\u67e5\u9879\u5f97\u5230\u5176\u5206\u503c\u7684\u8fd9\u4e00\u6bd4\u4f8b\uff080 \u5230 1\uff09\u3002", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.noncompliantSpin.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u68c0\u67e5\u7ed3\u679c\u4e3a\u201c\u4e0d\u7b26\u5408\u201d\u7684\u68c0\u67e5\u9879\u5f97\u5230\u5176\u5206\u503c\u7684\u8fd9\u4e00\u6bd4\u4f8b\uff080 \u5230 1\uff09\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.deductionBox.setTitle(QCoreApplication.translate("OfficeSettingsDialog", u"\u6263\u5206", None))
        self.majorPointsLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u672a\u9500\u53f7\u91cd\u5927\u4e8b\u6545\u9690\u60a3\u6bcf\u9879\u6263(&H)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.majorPointsLabel.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u672a\u9500\u53f7\u91cd\u5927\u4e8b\u6545\u9690\u60a3\u6bcf\u9879\u6263\u5206\uff080 \u5230 100 \u5206\uff09\u3002", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.majorPointsSpin.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u672a\u9500\u53f7\u91cd\u5927\u4e8b\u6545\u9690\u60a3\u6bcf\u9879\u6263\u5206\uff080 \u5230 100 \u5206\uff09\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.majorPointsSpin.setSuffix(QCoreApplication.translate("OfficeSettingsDialog", u" \u5206", None))
        self.majorCapLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u91cd\u5927\u4e8b\u6545\u9690\u60a3\u6700\u591a\u6263(&X)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.majorCapLabel.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u672a\u9500\u53f7\u91cd\u5927\u4e8b\u6545\u9690\u60a3\u6700\u591a\u6263\u5206\uff080 \u5230 100 \u5206\uff09\u3002", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.majorCapSpin.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u672a\u9500\u53f7\u91cd\u5927\u4e8b\u6545\u9690\u60a3\u6700\u591a\u6263\u5206\uff080 \u5230 100 \u5206\uff09\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.majorCapSpin.setSuffix(QCoreApplication.translate("OfficeSettingsDialog", u" \u5206", None))
        self.overduePointsLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u903e\u671f\u672a\u6574\u6539\u6bcf\u9879\u6263(&Q)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.overduePointsLabel.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u903e\u671f\u672a\u6574\u6539\u6bcf\u9879\u6263\u5206\uff080 \u5230 100 \u5206\uff09\u3002", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.overduePointsSpin.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u903e\u671f\u672a\u6574\u6539\u6bcf\u9879\u6263\u5206\uff080 \u5230 100 \u5206\uff09\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.overduePointsSpin.setSuffix(QCoreApplication.translate("OfficeSettingsDialog", u" \u5206", None))
        self.overdueCapLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u903e\u671f\u672a\u6574\u6539\u6700\u591a\u6263(&V)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.overdueCapLabel.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u903e\u671f\u672a\u6574\u6539\u6700\u591a\u6263\u5206\uff080 \u5230 100 \u5206\uff09\u3002", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.overdueCapSpin.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u903e\u671f\u672a\u6574\u6539\u6700\u591a\u6263\u5206\uff080 \u5230 100 \u5206\uff09\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.overdueCapSpin.setSuffix(QCoreApplication.translate("OfficeSettingsDialog", u" \u5206", None))
        self.breachPointsLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u4e0d\u914d\u5408\u5de1\u67e5\u6bcf\u9879\u6263(&P)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.breachPointsLabel.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u4e0d\u914d\u5408\u5de1\u67e5\u6bcf\u9879\u6263\u5206\uff080 \u5230 100 \u5206\uff09\u3002", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.breachPointsSpin.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u4e0d\u914d\u5408\u5de1\u67e5\u6bcf\u9879\u6263\u5206\uff080 \u5230 100 \u5206\uff09\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.breachPointsSpin.setSuffix(QCoreApplication.translate("OfficeSettingsDialog", u" \u5206", None))
        self.breachCapLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u4e0d\u914d\u5408\u5de1\u67e5\u6700\u591a\u6263(&O)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.breachCapLabel.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u4e0d\u914d\u5408\u5de1\u67e5\u6700\u591a\u6263\u5206\uff080 \u5230 100 \u5206\uff09\u3002", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.breachCapSpin.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u4e0d\u914d\u5408\u5de1\u67e5\u6700\u591a\u6263\u5206\uff080 \u5230 100 \u5206\uff09\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.breachCapSpin.setSuffix(QCoreApplication.translate("OfficeSettingsDialog", u" \u5206", None))
        self.tabs.setTabText(self.tabs.indexOf(self.evaluationTab), QCoreApplication.translate("OfficeSettingsDialog", u"\u8bc4\u4ef7(&4)", None))
        self.holidayIntro.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u5468\u516d\u3001\u5468\u65e5\u5df2\u4e0d\u8ba1\u4e3a\u5de5\u4f5c\u65e5\uff1b\u5728\u6b64\u767b\u8bb0\u5176\u4f59\u7684\u6cd5\u5b9a\u8282\u5047\u65e5\u7b49\u975e\u5de5\u4f5c\u65e5\u3002\u8c03\u4f11\u4e0a\u73ed\u7684\u5468\u672b\u4e0d\u5fc5\u767b\u8bb0\u3002", None))
        self.holidayListLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u975e\u5de5\u4f5c\u65e5(&L)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.holidayListLabel.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u5468\u672b\u4ee5\u5916\u7684\u975e\u5de5\u4f5c\u65e5\uff08\u6cd5\u5b9a\u8282\u5047\u65e5\u7b49\uff09\u3002\u8ba1\u7b97\u201c\u7ea6\u8c08\u540e\u4e66\u9762\u62a5\u544a\u201d\u7b49\u6309\u5de5\u4f5c\u65e5\u8ba1\u7684\u671f\u9650\u65f6\u8df3\u8fc7\u3002", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.holidayList.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u5468\u672b\u4ee5\u5916\u7684\u975e\u5de5\u4f5c\u65e5\uff08\u6cd5\u5b9a\u8282\u5047\u65e5\u7b49\uff09\u3002\u8ba1\u7b97\u201c\u7ea6\u8c08\u540e\u4e66\u9762\u62a5\u544a\u201d\u7b49\u6309\u5de5\u4f5c\u65e5\u8ba1\u7684\u671f\u9650\u65f6\u8df3\u8fc7\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.holidayDateLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u65e5\u671f(&T)\uff1a", None))
#if QT_CONFIG(tooltip)
        self.holidayDateLabel.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u8981\u6dfb\u52a0\u7684\u975e\u5de5\u4f5c\u65e5\u3002", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.holidayDateEdit.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u8981\u6dfb\u52a0\u7684\u975e\u5de5\u4f5c\u65e5\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.holidayDateEdit.setDisplayFormat(QCoreApplication.translate("OfficeSettingsDialog", u"yyyy-MM-dd", None))
        self.addHolidayButton.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u6dfb\u52a0(&A)", None))
#if QT_CONFIG(tooltip)
        self.addHolidayButton.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u628a\u5de6\u8fb9\u7684\u65e5\u671f\u52a0\u5165\u975e\u5de5\u4f5c\u65e5", None))
#endif // QT_CONFIG(tooltip)
        self.removeHolidayButton.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u5220\u9664(&E)", None))
#if QT_CONFIG(tooltip)
        self.removeHolidayButton.setToolTip(QCoreApplication.translate("OfficeSettingsDialog", u"\u4ece\u975e\u5de5\u4f5c\u65e5\u4e2d\u5220\u9664\u9009\u4e2d\u7684\u65e5\u671f\uff08Delete\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.holidaysTab), QCoreApplication.translate("OfficeSettingsDialog", u"\u8282\u5047\u65e5(&5)", None))
        self.errorLabel.setText("")
        self.errorLabel.setStyleSheet(QCoreApplication.translate("OfficeSettingsDialog", u"color: #b00000;", None))
    # retranslateUi

