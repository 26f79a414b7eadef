# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QMainWindow, QMenu,
    QMenuBar, QSizePolicy, QStackedWidget, QStatusBar,
    QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, main_window):
        if not main_window.objectName():
            main_window.setObjectName(u"main_window")
        main_window.resize(1400, 900)
        self.action_refresh = QAction(main_window)
        self.action_refresh.setObjectName(u"action_refresh")
        self.action_quit = QAction(main_window)
        self.action_quit.setObjectName(u"action_quit")
        self.action_page_calendar = QAction(main_window)
        self.action_page_calendar.setObjectName(u"action_page_calendar")
        self.action_page_notices = QAction(main_window)
        self.action_page_notices.setObjectName(u"action_page_notices")
        self.action_page_review = QAction(main_window)
        self.action_page_review.setObjectName(u"action_page_review")
        self.action_page_schedule = QAction(main_window)
        self.action_page_schedule.setObjectName(u"action_page_schedule")
        self.action_page_push = QAction(main_window)
        self.action_page_push.setObjectName(u"action_page_push")
        self.action_page_reports = QAction(main_window)
        self.action_page_reports.setObjectName(u"action_page_reports")
        self.action_page_settings = QAction(main_window)
        self.action_page_settings.setObjectName(u"action_page_settings")
        self.central_widget = QWidget(main_window)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QHBoxLayout(self.central_widget)
        self.central_layout.setSpacing(0)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.nav_panel = QFrame(self.central_widget)
        self.nav_panel.setObjectName(u"nav_panel")
        self.nav_panel.setMinimumSize(QSize(150, 0))
        self.nav_panel.setMaximumSize(QSize(150, 16777215))
        self.nav_layout = QVBoxLayout(self.nav_panel)
        self.nav_layout.setSpacing(0)
        self.nav_layout.setObjectName(u"nav_layout")
        self.nav_layout.setContentsMargins(0, 0, 0, 0)
        self.app_title_label = QLabel(self.nav_panel)
        self.app_title_label.setObjectName(u"app_title_label")
        self.app_title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.nav_layout.addWidget(self.app_title_label)

        self.app_subtitle_label = QLabel(self.nav_panel)
        self.app_subtitle_label.setObjectName(u"app_subtitle_label")
        self.app_subtitle_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.nav_layout.addWidget(self.app_subtitle_label)

        self.nav_list = QListWidget(self.nav_panel)
        QListWidgetItem(self.nav_list)
        QListWidgetItem(self.nav_list)
        QListWidgetItem(self.nav_list)
        QListWidgetItem(self.nav_list)
        QListWidgetItem(self.nav_list)
        QListWidgetItem(self.nav_list)
        QListWidgetItem(self.nav_list)
        self.nav_list.setObjectName(u"nav_list")
        self.nav_list.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.nav_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav_list.setUniformItemSizes(True)

        self.nav_layout.addWidget(self.nav_list)


        self.central_layout.addWidget(self.nav_panel)

        self.pages = QStackedWidget(self.central_widget)
        self.pages.setObjectName(u"pages")

        self.central_layout.addWidget(self.pages)

        main_window.setCentralWidget(self.central_widget)
        self.menu_bar = QMenuBar(main_window)
        self.menu_bar.setObjectName(u"menu_bar")
        self.menu_bar.setGeometry(QRect(0, 0, 1400, 24))
        self.menu_file = QMenu(self.menu_bar)
        self.menu_file.setObjectName(u"menu_file")
        self.menu_edit = QMenu(self.menu_bar)
        self.menu_edit.setObjectName(u"menu_edit")
        self.menu_view = QMenu(self.menu_bar)
        self.menu_view.setObjectName(u"menu_view")
        main_window.setMenuBar(self.menu_bar)
        self.status_bar = QStatusBar(main_window)
        self.status_bar.setObjectName(u"status_bar")
        main_window.setStatusBar(self.status_bar)

        self.menu_bar.addAction(self.menu_file.menuAction())
        self.menu_bar.addAction(self.menu_edit.menuAction())
        self.menu_bar.addAction(self.menu_view.menuAction())
        self.menu_file.addAction(self.action_refresh)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_quit)
        self.menu_view.addAction(self.action_page_calendar)
        self.menu_view.addAction(self.action_page_notices)
        self.menu_view.addAction(self.action_page_review)
        self.menu_view.addAction(self.action_page_schedule)
        self.menu_view.addAction(self.action_page_push)
        self.menu_view.addAction(self.action_page_reports)
        self.menu_view.addAction(self.action_page_settings)

        self.retranslateUi(main_window)

        QMetaObject.connectSlotsByName(main_window)
    # setupUi

    def retranslateUi(self, main_window):
        main_window.setWindowTitle(QCoreApplication.translate("MainWindow", u"\u9650\u884c\u53d1\u5e03\u53f0 \u00b7 XA Console", None))
        self.action_refresh.setText(QCoreApplication.translate("MainWindow", u"\u5237\u65b0(&R)", None))
#if QT_CONFIG(shortcut)
        self.action_refresh.setShortcut(QCoreApplication.translate("MainWindow", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.action_quit.setText(QCoreApplication.translate("MainWindow", u"\u9000\u51fa(&Q)", None))
#if QT_CONFIG(shortcut)
        self.action_quit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.action_page_calendar.setText(QCoreApplication.translate("MainWindow", u"\u65e5\u5386", None))
#if QT_CONFIG(shortcut)
        self.action_page_calendar.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+1", None))
#endif // QT_CONFIG(shortcut)
        self.action_page_notices.setText(QCoreApplication.translate("MainWindow", u"\u901a\u544a", None))
#if QT_CONFIG(shortcut)
        self.action_page_notices.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+2", None))
#endif // QT_CONFIG(shortcut)
        self.action_page_review.setText(QCoreApplication.translate("MainWindow", u"\u5ba1\u6838", None))
#if QT_CONFIG(shortcut)
        self.action_page_review.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+3", None))
#endif // QT_CONFIG(shortcut)
        self.action_page_schedule.setText(QCoreApplication.translate("MainWindow", u"\u53d1\u5e03\u8ba1\u5212", None))
#if QT_CONFIG(shortcut)
        self.action_page_schedule.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+4", None))
#endif // QT_CONFIG(shortcut)
        self.action_page_push.setText(QCoreApplication.translate("MainWindow", u"\u63a8\u9001", None))
#if QT_CONFIG(shortcut)
        self.action_page_push.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+5", None))
#endif // QT_CONFIG(shortcut)
        self.action_page_reports.setText(QCoreApplication.translate("MainWindow", u"\u62a5\u8868", None))
#if QT_CONFIG(shortcut)
        self.action_page_reports.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+6", None))
#endif // QT_CONFIG(shortcut)
        self.action_page_settings.setText(QCoreApplication.translate("MainWindow", u"\u8bbe\u7f6e", None))
#if QT_CONFIG(shortcut)
        self.action_page_settings.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+7", None))
#endif // QT_CONFIG(shortcut)
        self.app_title_label.setText(QCoreApplication.translate("MainWindow", u"\u9650\u884c\u53d1\u5e03\u53f0", None))
        self.app_subtitle_label.setText(QCoreApplication.translate("MainWindow", u"XA Console", None))

        __sortingEnabled = self.nav_list.isSortingEnabled()
        self.nav_list.setSortingEnabled(False)
        ___qlistwidgetitem = self.nav_list.item(0)
        ___qlistwidgetitem.setText(QCoreApplication.translate("MainWindow", u"\u65e5\u5386", None))
#if QT_CONFIG(tooltip)
        ___qlistwidgetitem.setToolTip(QCoreApplication.translate("MainWindow", u"\u9650\u884c\u65e5\u5386\u3001\u901a\u544a\u4e0e\u89c4\u5219\u3001\u8282\u5047\u65e5\u5b89\u6392\uff08Ctrl+1\uff09", None))
#endif // QT_CONFIG(tooltip)
        ___qlistwidgetitem1 = self.nav_list.item(1)
        ___qlistwidgetitem1.setText(QCoreApplication.translate("MainWindow", u"\u901a\u544a", None))
#if QT_CONFIG(tooltip)
        ___qlistwidgetitem1.setToolTip(QCoreApplication.translate("MainWindow", u"\u901a\u544a\u8d77\u8349\u4e0e\u5404\u6e20\u9053\u7248\u672c\uff08Ctrl+2\uff09", None))
#endif // QT_CONFIG(tooltip)
        ___qlistwidgetitem2 = self.nav_list.item(2)
        ___qlistwidgetitem2.setText(QCoreApplication.translate("MainWindow", u"\u5ba1\u6838", None))
#if QT_CONFIG(tooltip)
        ___qlistwidgetitem2.setToolTip(QCoreApplication.translate("MainWindow", u"\u5ba1\u6838\u4e0e\u7b7e\u53d1\uff1a\u5f85\u6211\u5904\u7406\u3001\u5ba1\u6838\u6d41\u7a0b\u3001\u6279\u91cf\u7b7e\u53d1\uff08Ctrl+3\uff09", None))
#endif // QT_CONFIG(tooltip)
        ___qlistwidgetitem3 = self.nav_list.item(3)
        ___qlistwidgetitem3.setText(QCoreApplication.translate("MainWindow", u"\u53d1\u5e03\u8ba1\u5212", None))
#if QT_CONFIG(tooltip)
        ___qlistwidgetitem3.setToolTip(QCoreApplication.translate("MainWindow", u"\u5b9a\u65f6\u53d1\u5e03\u4e0e\u5404\u5e73\u53f0\u540c\u6b65\uff08Ctrl+4\uff09", None))
#endif // QT_CONFIG(tooltip)
        ___qlistwidgetitem4 = self.nav_list.item(4)
        ___qlistwidgetitem4.setText(QCoreApplication.translate("MainWindow", u"\u63a8\u9001", None))
#if QT_CONFIG(tooltip)
        ___qlistwidgetitem4.setToolTip(QCoreApplication.translate("MainWindow", u"\u670d\u52a1\u53f7\u63d0\u9192\u4e0e\u77ed\u4fe1\u63a8\u9001\uff08Ctrl+5\uff09", None))
#endif // QT_CONFIG(tooltip)
        ___qlistwidgetitem5 = self.nav_list.item(5)
        ___qlistwidgetitem5.setText(QCoreApplication.translate("MainWindow", u"\u62a5\u8868", None))
#if QT_CONFIG(tooltip)
        ___qlistwidgetitem5.setToolTip(QCoreApplication.translate("MainWindow", u"\u63a8\u9001\u7edf\u8ba1\u4e0e\u6708\u5ea6\u62a5\u8868\uff08Ctrl+6\uff09", None))
#endif // QT_CONFIG(tooltip)
        ___qlistwidgetitem6 = self.nav_list.item(6)
        ___qlistwidgetitem6.setText(QCoreApplication.translate("MainWindow", u"\u8bbe\u7f6e", None))
#if QT_CONFIG(tooltip)
        ___qlistwidgetitem6.setToolTip(QCoreApplication.translate("MainWindow", u"\u6570\u636e\u5e93\u4e0e\u8fd0\u884c\u73af\u5883\uff08Ctrl+7\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.nav_list.setSortingEnabled(__sortingEnabled)

        self.menu_file.setTitle(QCoreApplication.translate("MainWindow", u"\u6587\u4ef6(&F)", None))
        self.menu_edit.setTitle(QCoreApplication.translate("MainWindow", u"\u7f16\u8f91(&E)", None))
        self.menu_view.setTitle(QCoreApplication.translate("MainWindow", u"\u89c6\u56fe(&V)", None))
    # retranslateUi

