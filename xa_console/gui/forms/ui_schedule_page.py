# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'schedule_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QStackedWidget, QTableView, QToolBar,
    QVBoxLayout, QWidget)

from xa_console.gui.errors import ErrorPanel
from xa_console.gui.pages.schedule_timeline import Timeline

class Ui_SchedulePage(object):
    def setupUi(self, SchedulePage):
        if not SchedulePage.objectName():
            SchedulePage.setObjectName(u"SchedulePage")
        SchedulePage.resize(1250, 840)
        self.main_layout = QVBoxLayout(SchedulePage)
        self.main_layout.setSpacing(6)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(12, 10, 12, 6)
        self.header_layout = QHBoxLayout()
        self.header_layout.setSpacing(12)
        self.header_layout.setObjectName(u"header_layout")
        self.period_label = QLabel(SchedulePage)
        self.period_label.setObjectName(u"period_label")

        self.header_layout.addWidget(self.period_label)

        self.count_label = QLabel(SchedulePage)
        self.count_label.setObjectName(u"count_label")

        self.header_layout.addWidget(self.count_label)

        self.header_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_layout.addItem(self.header_spacer)

        self.scheduler_chip = QLabel(SchedulePage)
        self.scheduler_chip.setObjectName(u"scheduler_chip")

        self.header_layout.addWidget(self.scheduler_chip)


        self.main_layout.addLayout(self.header_layout)

        self.scheduler_detail_label = QLabel(SchedulePage)
        self.scheduler_detail_label.setObjectName(u"scheduler_detail_label")
        self.scheduler_detail_label.setWordWrap(True)

        self.main_layout.addWidget(self.scheduler_detail_label)

        self.nav_layout = QHBoxLayout()
        self.nav_layout.setSpacing(0)
        self.nav_layout.setObjectName(u"nav_layout")
        self.prev_button = QPushButton(SchedulePage)
        self.prev_button.setObjectName(u"prev_button")

        self.nav_layout.addWidget(self.prev_button)

        self.today_button = QPushButton(SchedulePage)
        self.today_button.setObjectName(u"today_button")

        self.nav_layout.addWidget(self.today_button)

        self.next_button = QPushButton(SchedulePage)
        self.next_button.setObjectName(u"next_button")

        self.nav_layout.addWidget(self.next_button)

        self.nav_gap = QSpacerItem(16, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.nav_layout.addItem(self.nav_gap)

        self.week_button = QPushButton(SchedulePage)
        self.week_button.setObjectName(u"week_button")
        self.week_button.setCheckable(True)
        self.week_button.setChecked(True)

        self.nav_layout.addWidget(self.week_button)

        self.month_button = QPushButton(SchedulePage)
        self.month_button.setObjectName(u"month_button")
        self.month_button.setCheckable(True)

        self.nav_layout.addWidget(self.month_button)

        self.nav_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.nav_layout.addItem(self.nav_spacer)

        self.tool_bar = QToolBar(SchedulePage)
        self.tool_bar.setObjectName(u"tool_bar")
        self.tool_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.nav_layout.addWidget(self.tool_bar)


        self.main_layout.addLayout(self.nav_layout)

        self.result_label = QLabel(SchedulePage)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setWordWrap(True)

        self.main_layout.addWidget(self.result_label)

        self.error_panel = ErrorPanel(SchedulePage)
        self.error_panel.setObjectName(u"error_panel")

        self.main_layout.addWidget(self.error_panel)

        self.splitter = QSplitter(SchedulePage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.timeline_stack = QStackedWidget(self.splitter)
        self.timeline_stack.setObjectName(u"timeline_stack")
        self.timeline = Timeline()
        self.timeline.setObjectName(u"timeline")
        self.timeline_stack.addWidget(self.timeline)
        self.empty_page = QWidget()
        self.empty_page.setObjectName(u"empty_page")
        self.empty_layout = QVBoxLayout(self.empty_page)
        self.empty_layout.setObjectName(u"empty_layout")
        self.empty_top = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.empty_layout.addItem(self.empty_top)

        self.empty_label = QLabel(self.empty_page)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        self.empty_layout.addWidget(self.empty_label)

        self.empty_button_layout = QHBoxLayout()
        self.empty_button_layout.setObjectName(u"empty_button_layout")
        self.empty_left = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.empty_button_layout.addItem(self.empty_left)

        self.empty_new_button = QPushButton(self.empty_page)
        self.empty_new_button.setObjectName(u"empty_new_button")

        self.empty_button_layout.addWidget(self.empty_new_button)

        self.empty_right = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.empty_button_layout.addItem(self.empty_right)


        self.empty_layout.addLayout(self.empty_button_layout)

        self.empty_bottom = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.empty_layout.addItem(self.empty_bottom)

        self.timeline_stack.addWidget(self.empty_page)
        self.splitter.addWidget(self.timeline_stack)
        self.list_panel = QWidget(self.splitter)
        self.list_panel.setObjectName(u"list_panel")
        self.list_layout = QVBoxLayout(self.list_panel)
        self.list_layout.setObjectName(u"list_layout")
        self.list_layout.setContentsMargins(0, 4, 0, 0)
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.list_title_label = QLabel(self.list_panel)
        self.list_title_label.setObjectName(u"list_title_label")

        self.filter_layout.addWidget(self.list_title_label)

        self.filter_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)

        self.filter_label = QLabel(self.list_panel)
        self.filter_label.setObjectName(u"filter_label")

        self.filter_layout.addWidget(self.filter_label)

        self.state_combo = QComboBox(self.list_panel)
        self.state_combo.setObjectName(u"state_combo")
        self.state_combo.setMinimumSize(QSize(150, 0))

        self.filter_layout.addWidget(self.state_combo)


        self.list_layout.addLayout(self.filter_layout)

        self.sends_table = QTableView(self.list_panel)
        self.sends_table.setObjectName(u"sends_table")

        self.list_layout.addWidget(self.sends_table)

        self.splitter.addWidget(self.list_panel)

        self.main_layout.addWidget(self.splitter)

        self.main_layout.setStretch(5, 1)
#if QT_CONFIG(shortcut)
        self.filter_label.setBuddy(self.state_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SchedulePage)

        QMetaObject.connectSlotsByName(SchedulePage)
    # setupUi

    def retranslateUi(self, SchedulePage):
        SchedulePage.setWindowTitle(QCoreApplication.translate("SchedulePage", u"\u53d1\u5e03\u8ba1\u5212", None))
        self.period_label.setText(QCoreApplication.translate("SchedulePage", u"\u672c\u5468", None))
        self.scheduler_chip.setText(QCoreApplication.translate("SchedulePage", u"\u6b63\u5728\u542f\u52a8\u8c03\u5ea6\u2026", None))
        self.prev_button.setText(QCoreApplication.translate("SchedulePage", u"\u4e0a\u4e00\u5468", None))
#if QT_CONFIG(tooltip)
        self.prev_button.setToolTip(QCoreApplication.translate("SchedulePage", u"\u4e0a\u4e00\u5468\uff08Alt+\u2190\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.today_button.setText(QCoreApplication.translate("SchedulePage", u"\u672c\u5468", None))
#if QT_CONFIG(tooltip)
        self.today_button.setToolTip(QCoreApplication.translate("SchedulePage", u"\u56de\u5230\u4eca\u5929\u6240\u5728\u7684\u4e00\u5468\uff08Ctrl+T\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.next_button.setText(QCoreApplication.translate("SchedulePage", u"\u4e0b\u4e00\u5468", None))
#if QT_CONFIG(tooltip)
        self.next_button.setToolTip(QCoreApplication.translate("SchedulePage", u"\u4e0b\u4e00\u5468\uff08Alt+\u2192\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.week_button.setText(QCoreApplication.translate("SchedulePage", u"\u5468", None))
#if QT_CONFIG(tooltip)
        self.week_button.setToolTip(QCoreApplication.translate("SchedulePage", u"\u6309\u5468\u67e5\u770b", None))
#endif // QT_CONFIG(tooltip)
        self.month_button.setText(QCoreApplication.translate("SchedulePage", u"\u6708", None))
#if QT_CONFIG(tooltip)
        self.month_button.setToolTip(QCoreApplication.translate("SchedulePage", u"\u6309\u6708\u67e5\u770b", None))
#endif // QT_CONFIG(tooltip)
        self.empty_new_button.setText(QCoreApplication.translate("SchedulePage", u"\u65b0\u5efa\u53d1\u5e03\u2026", None))
        self.list_title_label.setText(QCoreApplication.translate("SchedulePage", u"\u672c\u671f\u53d1\u9001\u660e\u7ec6", None))
        self.filter_label.setText(QCoreApplication.translate("SchedulePage", u"\u72b6\u6001\uff1a", None))
    # retranslateUi

