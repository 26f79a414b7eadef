# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_page.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_AuditPage(object):
    def setupUi(self, AuditPage):
        if not AuditPage.objectName():
            AuditPage.setObjectName(u"AuditPage")
        AuditPage.resize(1200, 800)
        self.main_layout = QVBoxLayout(AuditPage)
        self.main_layout.setObjectName(u"main_layout")
        self.toolbar_layout = QHBoxLayout()
        self.toolbar_layout.setSpacing(12)
        self.toolbar_layout.setObjectName(u"toolbar_layout")
        self.verify_button = QPushButton(AuditPage)
        self.verify_button.setObjectName(u"verify_button")

        self.toolbar_layout.addWidget(self.verify_button)

        self.verify_label = QLabel(AuditPage)
        self.verify_label.setObjectName(u"verify_label")
        self.verify_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.toolbar_layout.addWidget(self.verify_label)

        self.toolbar_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar_layout.addItem(self.toolbar_spacer)

        self.refresh_button = QPushButton(AuditPage)
        self.refresh_button.setObjectName(u"refresh_button")

        self.toolbar_layout.addWidget(self.refresh_button)

        self.count_label = QLabel(AuditPage)
        self.count_label.setObjectName(u"count_label")

        self.toolbar_layout.addWidget(self.count_label)


        self.main_layout.addLayout(self.toolbar_layout)

        self.audit_table = QTableView(AuditPage)
        self.audit_table.setObjectName(u"audit_table")

        self.main_layout.addWidget(self.audit_table)

        self.hint_label = QLabel(AuditPage)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.main_layout.setStretch(1, 1)

        self.retranslateUi(AuditPage)

        QMetaObject.connectSlotsByName(AuditPage)
    # setupUi

    def retranslateUi(self, AuditPage):
        AuditPage.setWindowTitle(QCoreApplication.translate("AuditPage", u"\u5ba1\u8ba1\u65e5\u5fd7", None))
        self.verify_button.setText(QCoreApplication.translate("AuditPage", u"\u6821\u9a8c\u54c8\u5e0c\u94fe", None))
#if QT_CONFIG(tooltip)
        self.verify_button.setToolTip(QCoreApplication.translate("AuditPage", u"\u9010\u6761\u91cd\u65b0\u8ba1\u7b97\u54c8\u5e0c\uff0c\u68c0\u67e5\u5ba1\u8ba1\u65e5\u5fd7\u662f\u5426\u88ab\u4fee\u6539\u3001\u5220\u9664\u6216\u63d2\u5165", None))
#endif // QT_CONFIG(tooltip)
        self.refresh_button.setText(QCoreApplication.translate("AuditPage", u"\u5237\u65b0", None))
        self.hint_label.setText(QCoreApplication.translate("AuditPage", u"\u5ba1\u8ba1\u65e5\u5fd7\u53ea\u8ffd\u52a0\u3001\u4e0d\u4fee\u6539\uff1a\u6bcf\u6761\u8bb0\u5f55\u7684\u54c8\u5e0c\u90fd\u5305\u542b\u4e0a\u4e00\u6761\u8bb0\u5f55\u7684\u54c8\u5e0c\uff0c\u4efb\u4f55\u4fee\u6539\u3001\u5220\u9664\u6216\u63d2\u5165\u90fd\u4f1a\u5728\u6821\u9a8c\u65f6\u88ab\u53d1\u73b0\u3002\u65f6\u95f4\u4e3a\u5317\u4eac\u65f6\u95f4\u3002", None))
    # retranslateUi

