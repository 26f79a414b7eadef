# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QVBoxLayout, QWidget)

from xa_console.gui.errors import ErrorPanel
from xa_console.gui.pages.review_detail import ReviewDetail

class Ui_ReviewPage(object):
    def setupUi(self, ReviewPage):
        if not ReviewPage.objectName():
            ReviewPage.setObjectName(u"ReviewPage")
        ReviewPage.resize(1250, 840)
        self.main_layout = QHBoxLayout(ReviewPage)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(8, 8, 8, 4)
        self.splitter = QSplitter(ReviewPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.queue_panel = QWidget(self.splitter)
        self.queue_panel.setObjectName(u"queue_panel")
        self.queue_panel.setMinimumSize(QSize(380, 0))
        self.queue_layout = QVBoxLayout(self.queue_panel)
        self.queue_layout.setObjectName(u"queue_layout")
        self.queue_layout.setContentsMargins(0, 0, 4, 0)
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setSpacing(0)
        self.filter_layout.setObjectName(u"filter_layout")
        self.mine_button = QPushButton(self.queue_panel)
        self.mine_button.setObjectName(u"mine_button")
        self.mine_button.setCheckable(True)

        self.filter_layout.addWidget(self.mine_button)

        self.all_button = QPushButton(self.queue_panel)
        self.all_button.setObjectName(u"all_button")
        self.all_button.setCheckable(True)

        self.filter_layout.addWidget(self.all_button)

        self.post_button = QPushButton(self.queue_panel)
        self.post_button.setObjectName(u"post_button")
        self.post_button.setCheckable(True)

        self.filter_layout.addWidget(self.post_button)

        self.filter_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)

        self.batch_button = QPushButton(self.queue_panel)
        self.batch_button.setObjectName(u"batch_button")

        self.filter_layout.addWidget(self.batch_button)


        self.queue_layout.addLayout(self.filter_layout)

        self.batch_result_label = QLabel(self.queue_panel)
        self.batch_result_label.setObjectName(u"batch_result_label")
        self.batch_result_label.setWordWrap(True)

        self.queue_layout.addWidget(self.batch_result_label)

        self.batch_error_panel = ErrorPanel(self.queue_panel)
        self.batch_error_panel.setObjectName(u"batch_error_panel")

        self.queue_layout.addWidget(self.batch_error_panel)

        self.queue_table = QTableView(self.queue_panel)
        self.queue_table.setObjectName(u"queue_table")

        self.queue_layout.addWidget(self.queue_table)

        self.count_label = QLabel(self.queue_panel)
        self.count_label.setObjectName(u"count_label")

        self.queue_layout.addWidget(self.count_label)

        self.queue_layout.setStretch(3, 1)
        self.splitter.addWidget(self.queue_panel)
        self.detail = ReviewDetail(self.splitter)
        self.detail.setObjectName(u"detail")
        self.splitter.addWidget(self.detail)

        self.main_layout.addWidget(self.splitter)


        self.retranslateUi(ReviewPage)

        QMetaObject.connectSlotsByName(ReviewPage)
    # setupUi

    def retranslateUi(self, ReviewPage):
        ReviewPage.setWindowTitle(QCoreApplication.translate("ReviewPage", u"\u5ba1\u6838", None))
        self.mine_button.setText(QCoreApplication.translate("ReviewPage", u"\u5f85\u6211\u5904\u7406", None))
#if QT_CONFIG(tooltip)
        self.mine_button.setToolTip(QCoreApplication.translate("ReviewPage", u"\u7b49\u5f85\u6211\u8fd9\u4e00\u7ea7\u5ba1\u6838\u6216\u7b7e\u53d1\u3001\u4e14\u4e0d\u662f\u6211\u8d77\u8349\u6216\u6700\u540e\u4fee\u6539\u7684\u901a\u544a", None))
#endif // QT_CONFIG(tooltip)
        self.all_button.setText(QCoreApplication.translate("ReviewPage", u"\u5168\u90e8", None))
#if QT_CONFIG(tooltip)
        self.all_button.setToolTip(QCoreApplication.translate("ReviewPage", u"\u6240\u6709\u901a\u544a\u8349\u7a3f", None))
#endif // QT_CONFIG(tooltip)
        self.post_button.setText(QCoreApplication.translate("ReviewPage", u"\u4e8b\u540e\u8865\u5ba1", None))
#if QT_CONFIG(tooltip)
        self.post_button.setToolTip(QCoreApplication.translate("ReviewPage", u"\u7d27\u6025\u53d1\u5e03\u540e\u7b49\u5f85\u8865\u5ba1\u7684\u901a\u544a", None))
#endif // QT_CONFIG(tooltip)
        self.batch_button.setText(QCoreApplication.translate("ReviewPage", u"\u6279\u91cf\u7b7e\u53d1\u2026", None))
#if QT_CONFIG(tooltip)
        self.batch_button.setToolTip(QCoreApplication.translate("ReviewPage", u"\u9009\u4e2d\u591a\u4efd\u7b49\u5f85\u7b7e\u53d1\u7684\u901a\u544a\uff08\u6309\u4f4f Ctrl \u6216 Shift \u70b9\u9009\uff09\uff0c\u4e00\u6b21\u7b7e\u53d1", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

