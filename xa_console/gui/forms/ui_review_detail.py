# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_detail.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QStackedWidget, QTextBrowser,
    QVBoxLayout, QWidget)

from xa_console.gui.errors import ErrorPanel
from xa_console.gui.pages.comments_view import CommentsView
from xa_console.gui.pages.review_chain import ChainView

class Ui_ReviewDetail(object):
    def setupUi(self, ReviewDetail):
        if not ReviewDetail.objectName():
            ReviewDetail.setObjectName(u"ReviewDetail")
        ReviewDetail.resize(780, 820)
        self.detail_layout = QVBoxLayout(ReviewDetail)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(6, 0, 0, 0)
        self.detail_stack = QStackedWidget(ReviewDetail)
        self.detail_stack.setObjectName(u"detail_stack")
        self.empty_page = QWidget()
        self.empty_page.setObjectName(u"empty_page")
        self.empty_layout = QVBoxLayout(self.empty_page)
        self.empty_layout.setObjectName(u"empty_layout")
        self.empty_label = QLabel(self.empty_page)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        self.empty_layout.addWidget(self.empty_label)

        self.detail_stack.addWidget(self.empty_page)
        self.content_page = QWidget()
        self.content_page.setObjectName(u"content_page")
        self.content_layout = QVBoxLayout(self.content_page)
        self.content_layout.setSpacing(6)
        self.content_layout.setObjectName(u"content_layout")
        self.content_layout.setContentsMargins(0, 0, 0, 0)
        self.title_label = QLabel(self.content_page)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.content_layout.addWidget(self.title_label)

        self.meta_layout = QHBoxLayout()
        self.meta_layout.setSpacing(10)
        self.meta_layout.setObjectName(u"meta_layout")
        self.state_label = QLabel(self.content_page)
        self.state_label.setObjectName(u"state_label")

        self.meta_layout.addWidget(self.state_label)

        self.meta_label = QLabel(self.content_page)
        self.meta_label.setObjectName(u"meta_label")

        self.meta_layout.addWidget(self.meta_label)

        self.meta_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.meta_layout.addItem(self.meta_spacer)

        self.hash_label = QLabel(self.content_page)
        self.hash_label.setObjectName(u"hash_label")
        self.hash_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.meta_layout.addWidget(self.hash_label)


        self.content_layout.addLayout(self.meta_layout)

        self.error_panel = ErrorPanel(self.content_page)
        self.error_panel.setObjectName(u"error_panel")

        self.content_layout.addWidget(self.error_panel)

        self.notice_label = QLabel(self.content_page)
        self.notice_label.setObjectName(u"notice_label")
        self.notice_label.setWordWrap(True)

        self.content_layout.addWidget(self.notice_label)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.submit_button = QPushButton(self.content_page)
        self.submit_button.setObjectName(u"submit_button")

        self.actions_layout.addWidget(self.submit_button)

        self.approve_button = QPushButton(self.content_page)
        self.approve_button.setObjectName(u"approve_button")

        self.actions_layout.addWidget(self.approve_button)

        self.reject_button = QPushButton(self.content_page)
        self.reject_button.setObjectName(u"reject_button")

        self.actions_layout.addWidget(self.reject_button)

        self.withdraw_button = QPushButton(self.content_page)
        self.withdraw_button.setObjectName(u"withdraw_button")

        self.actions_layout.addWidget(self.withdraw_button)

        self.emergency_button = QPushButton(self.content_page)
        self.emergency_button.setObjectName(u"emergency_button")

        self.actions_layout.addWidget(self.emergency_button)

        self.post_review_button = QPushButton(self.content_page)
        self.post_review_button.setObjectName(u"post_review_button")

        self.actions_layout.addWidget(self.post_review_button)

        self.actions_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)

        self.export_button = QPushButton(self.content_page)
        self.export_button.setObjectName(u"export_button")

        self.actions_layout.addWidget(self.export_button)


        self.content_layout.addLayout(self.actions_layout)

        self.action_hint_label = QLabel(self.content_page)
        self.action_hint_label.setObjectName(u"action_hint_label")
        self.action_hint_label.setWordWrap(True)

        self.content_layout.addWidget(self.action_hint_label)

        self.result_label = QLabel(self.content_page)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.content_layout.addWidget(self.result_label)

        self.chain_card = QFrame(self.content_page)
        self.chain_card.setObjectName(u"chain_card")
        self.chain_layout = QVBoxLayout(self.chain_card)
        self.chain_layout.setSpacing(4)
        self.chain_layout.setObjectName(u"chain_layout")
        self.chain_layout.setContentsMargins(12, 8, 12, 8)
        self.chain_title = QLabel(self.chain_card)
        self.chain_title.setObjectName(u"chain_title")

        self.chain_layout.addWidget(self.chain_title)

        self.chain_view = ChainView(self.chain_card)
        self.chain_view.setObjectName(u"chain_view")

        self.chain_layout.addWidget(self.chain_view)


        self.content_layout.addWidget(self.chain_card)

        self.body_splitter = QSplitter(self.content_page)
        self.body_splitter.setObjectName(u"body_splitter")
        self.body_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.body_splitter.setChildrenCollapsible(False)
        self.comments_card = QFrame(self.body_splitter)
        self.comments_card.setObjectName(u"comments_card")
        self.comments_card.setMinimumSize(QSize(240, 0))
        self.comments_layout = QVBoxLayout(self.comments_card)
        self.comments_layout.setObjectName(u"comments_layout")
        self.comments_layout.setContentsMargins(12, 10, 12, 10)
        self.comments_title = QLabel(self.comments_card)
        self.comments_title.setObjectName(u"comments_title")

        self.comments_layout.addWidget(self.comments_title)

        self.comments_view = CommentsView(self.comments_card)
        self.comments_view.setObjectName(u"comments_view")

        self.comments_layout.addWidget(self.comments_view)

        self.body_splitter.addWidget(self.comments_card)
        self.channels_card = QFrame(self.body_splitter)
        self.channels_card.setObjectName(u"channels_card")
        self.channels_card.setMinimumSize(QSize(300, 0))
        self.channels_layout = QVBoxLayout(self.channels_card)
        self.channels_layout.setObjectName(u"channels_layout")
        self.channels_layout.setContentsMargins(12, 10, 12, 10)
        self.channels_title = QLabel(self.channels_card)
        self.channels_title.setObjectName(u"channels_title")

        self.channels_layout.addWidget(self.channels_title)

        self.channels_body_layout = QHBoxLayout()
        self.channels_body_layout.setObjectName(u"channels_body_layout")
        self.channel_list = QListWidget(self.channels_card)
        self.channel_list.setObjectName(u"channel_list")
        self.channel_list.setMinimumSize(QSize(112, 0))
        self.channel_list.setMaximumSize(QSize(132, 16777215))

        self.channels_body_layout.addWidget(self.channel_list)

        self.channel_browser = QTextBrowser(self.channels_card)
        self.channel_browser.setObjectName(u"channel_browser")
        self.channel_browser.setOpenLinks(False)

        self.channels_body_layout.addWidget(self.channel_browser)

        self.channels_body_layout.setStretch(1, 1)

        self.channels_layout.addLayout(self.channels_body_layout)

        self.channels_layout.setStretch(1, 1)
        self.body_splitter.addWidget(self.channels_card)

        self.content_layout.addWidget(self.body_splitter)

        self.content_layout.setStretch(8, 1)
        self.detail_stack.addWidget(self.content_page)

        self.detail_layout.addWidget(self.detail_stack)


        self.retranslateUi(ReviewDetail)

        QMetaObject.connectSlotsByName(ReviewDetail)
    # setupUi

    def retranslateUi(self, ReviewDetail):
        ReviewDetail.setWindowTitle(QCoreApplication.translate("ReviewDetail", u"\u5ba1\u6838\u8be6\u60c5", None))
        self.empty_label.setText(QCoreApplication.translate("ReviewDetail", u"\u4ece\u5de6\u4fa7\u961f\u5217\u9009\u62e9\u4e00\u4efd\u901a\u544a\uff0c\u67e5\u770b\u5404\u6e20\u9053\u6587\u5b57\u3001\u5ba1\u6838\u6d41\u7a0b\u548c\u610f\u89c1\u3002", None))
        self.submit_button.setText(QCoreApplication.translate("ReviewDetail", u"\u63d0\u4ea4\u5ba1\u6838", None))
        self.approve_button.setText(QCoreApplication.translate("ReviewDetail", u"\u901a\u8fc7", None))
        self.reject_button.setText(QCoreApplication.translate("ReviewDetail", u"\u9000\u56de\u2026", None))
        self.withdraw_button.setText(QCoreApplication.translate("ReviewDetail", u"\u64a4\u56de\u2026", None))
        self.emergency_button.setText(QCoreApplication.translate("ReviewDetail", u"\u7d27\u6025\u53d1\u5e03\u2026", None))
        self.post_review_button.setText(QCoreApplication.translate("ReviewDetail", u"\u4e8b\u540e\u8865\u5ba1\u2026", None))
        self.export_button.setText(QCoreApplication.translate("ReviewDetail", u"\u5bfc\u51fa\u5ba1\u6838\u5355\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_button.setToolTip(QCoreApplication.translate("ReviewDetail", u"\u5bfc\u51fa\u672c\u901a\u544a\u7684\u5ba1\u6838\u5355\uff08.docx\uff09\uff1a\u5404\u6e20\u9053\u6587\u5b57\u3001\u8d77\u8349\u4eba\u3001\u5ba1\u6838\u4eba\u3001\u7b7e\u53d1\u4eba\u3001\u65f6\u95f4\u548c\u5185\u5bb9\u6458\u8981", None))
#endif // QT_CONFIG(tooltip)
        self.chain_title.setText(QCoreApplication.translate("ReviewDetail", u"\u5ba1\u6838\u6d41\u7a0b", None))
        self.comments_title.setText(QCoreApplication.translate("ReviewDetail", u"\u8bc4\u8bba", None))
        self.channels_title.setText(QCoreApplication.translate("ReviewDetail", u"\u5404\u6e20\u9053\u53d1\u5e03\u6587\u5b57\uff08\u53ea\u8bfb\uff09", None))
#if QT_CONFIG(tooltip)
        self.channels_title.setToolTip(QCoreApplication.translate("ReviewDetail", u"\u5ba1\u6838\u901a\u8fc7\u7684\u5c31\u662f\u8fd9\u91cc\u663e\u793a\u7684\u6587\u5b57\uff1a\u5185\u5bb9\u6458\u8981\u7531\u8fd9\u4e9b\u6587\u5b57\u8ba1\u7b97\u5f97\u51fa", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

