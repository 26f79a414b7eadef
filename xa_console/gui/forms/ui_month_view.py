# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'month_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDateEdit, QFrame,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QToolButton,
    QVBoxLayout, QWidget)

class Ui_MonthView(object):
    def setupUi(self, month_view):
        if not month_view.objectName():
            month_view.setObjectName(u"month_view")
        month_view.resize(860, 720)
        self.month_layout = QVBoxLayout(month_view)
        self.month_layout.setSpacing(8)
        self.month_layout.setObjectName(u"month_layout")
        self.month_layout.setContentsMargins(12, 10, 8, 8)
        self.header_layout = QHBoxLayout()
        self.header_layout.setSpacing(6)
        self.header_layout.setObjectName(u"header_layout")
        self.prev_button = QToolButton(month_view)
        self.prev_button.setObjectName(u"prev_button")

        self.header_layout.addWidget(self.prev_button)

        self.month_label = QLabel(month_view)
        self.month_label.setObjectName(u"month_label")
        self.month_label.setMinimumSize(QSize(150, 0))
        self.month_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.header_layout.addWidget(self.month_label)

        self.next_button = QToolButton(month_view)
        self.next_button.setObjectName(u"next_button")

        self.header_layout.addWidget(self.next_button)

        self.today_button = QPushButton(month_view)
        self.today_button.setObjectName(u"today_button")

        self.header_layout.addWidget(self.today_button)

        self.header_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_layout.addItem(self.header_spacer)

        self.jump_label = QLabel(month_view)
        self.jump_label.setObjectName(u"jump_label")

        self.header_layout.addWidget(self.jump_label)

        self.jump_date_edit = QDateEdit(month_view)
        self.jump_date_edit.setObjectName(u"jump_date_edit")
        self.jump_date_edit.setCalendarPopup(True)

        self.header_layout.addWidget(self.jump_date_edit)

        self.city_label = QLabel(month_view)
        self.city_label.setObjectName(u"city_label")

        self.header_layout.addWidget(self.city_label)


        self.month_layout.addLayout(self.header_layout)

        self.month_table = QTableView(month_view)
        self.month_table.setObjectName(u"month_table")
        self.month_table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.month_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.month_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.month_table.setShowGrid(False)
        self.month_table.setCornerButtonEnabled(False)

        self.month_layout.addWidget(self.month_table)

        self.legend_frame = QFrame(month_view)
        self.legend_frame.setObjectName(u"legend_frame")
        self.legend_frame.setFrameShape(QFrame.Shape.NoFrame)

        self.month_layout.addWidget(self.legend_frame)

        self.summary_label = QLabel(month_view)
        self.summary_label.setObjectName(u"summary_label")

        self.month_layout.addWidget(self.summary_label)


        self.retranslateUi(month_view)

        QMetaObject.connectSlotsByName(month_view)
    # setupUi

    def retranslateUi(self, month_view):
        month_view.setWindowTitle(QCoreApplication.translate("MonthView", u"\u6708\u5386", None))
#if QT_CONFIG(tooltip)
        self.prev_button.setToolTip(QCoreApplication.translate("MonthView", u"\u4e0a\u4e2a\u6708\uff08PgUp / Alt+\u2190\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.prev_button.setText(QCoreApplication.translate("MonthView", u"\u25c0", None))
        self.month_label.setText(QCoreApplication.translate("MonthView", u"2023\u5e743\u6708", None))
#if QT_CONFIG(tooltip)
        self.next_button.setToolTip(QCoreApplication.translate("MonthView", u"\u4e0b\u4e2a\u6708\uff08PgDn / Alt+\u2192\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.next_button.setText(QCoreApplication.translate("MonthView", u"\u25b6", None))
#if QT_CONFIG(tooltip)
        self.today_button.setToolTip(QCoreApplication.translate("MonthView", u"\u56de\u5230\u4eca\u5929\uff08Ctrl+T\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.today_button.setText(QCoreApplication.translate("MonthView", u"\u4eca\u5929", None))
        self.jump_label.setText(QCoreApplication.translate("MonthView", u"\u8df3\u8f6c\u5230", None))
#if QT_CONFIG(tooltip)
        self.jump_date_edit.setToolTip(QCoreApplication.translate("MonthView", u"\u8f93\u5165\u6216\u9009\u62e9\u65e5\u671f\u540e\u8df3\u8f6c", None))
#endif // QT_CONFIG(tooltip)
        self.jump_date_edit.setDisplayFormat(QCoreApplication.translate("MonthView", u"yyyy-MM-dd", None))
        self.city_label.setText("")
        self.summary_label.setText("")
    # retranslateUi

