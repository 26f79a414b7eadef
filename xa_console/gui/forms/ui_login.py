# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QFrame,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_LoginDialog(object):
    def setupUi(self, LoginDialog):
        if not LoginDialog.objectName():
            LoginDialog.setObjectName(u"LoginDialog")
        LoginDialog.resize(440, 330)
        self.main_layout = QVBoxLayout(LoginDialog)
        self.main_layout.setSpacing(0)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.login_banner = QFrame(LoginDialog)
        self.login_banner.setObjectName(u"login_banner")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.login_banner.sizePolicy().hasHeightForWidth())
        self.login_banner.setSizePolicy(sizePolicy)
        self.banner_layout = QVBoxLayout(self.login_banner)
        self.banner_layout.setSpacing(2)
        self.banner_layout.setObjectName(u"banner_layout")
        self.banner_layout.setContentsMargins(32, 24, 32, 20)
        self.login_title_label = QLabel(self.login_banner)
        self.login_title_label.setObjectName(u"login_title_label")

        self.banner_layout.addWidget(self.login_title_label)

        self.login_subtitle_label = QLabel(self.login_banner)
        self.login_subtitle_label.setObjectName(u"login_subtitle_label")

        self.banner_layout.addWidget(self.login_subtitle_label)


        self.main_layout.addWidget(self.login_banner)

        self.login_body = QWidget(LoginDialog)
        self.login_body.setObjectName(u"login_body")
        self.body_layout = QVBoxLayout(self.login_body)
        self.body_layout.setSpacing(10)
        self.body_layout.setObjectName(u"body_layout")
        self.body_layout.setContentsMargins(32, 22, 32, 22)
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setHorizontalSpacing(14)
        self.form_layout.setVerticalSpacing(12)
        self.username_label = QLabel(self.login_body)
        self.username_label.setObjectName(u"username_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username_edit = QLineEdit(self.login_body)
        self.username_edit.setObjectName(u"username_edit")
        self.username_edit.setMaxLength(64)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username_edit)

        self.password_label = QLabel(self.login_body)
        self.password_label.setObjectName(u"password_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(self.login_body)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaxLength(128)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password_edit)


        self.body_layout.addLayout(self.form_layout)

        self.error_label = QLabel(self.login_body)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.body_layout.addWidget(self.error_label)

        self.hint_label = QLabel(self.login_body)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)
        self.hint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.body_layout.addWidget(self.hint_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.buttons_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.cancel_button = QPushButton(self.login_body)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.cancel_button)

        self.login_button = QPushButton(self.login_body)
        self.login_button.setObjectName(u"login_button")

        self.buttons_layout.addWidget(self.login_button)


        self.body_layout.addLayout(self.buttons_layout)


        self.main_layout.addWidget(self.login_body)

        self.main_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.username_label.setBuddy(self.username_edit)
        self.password_label.setBuddy(self.password_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username_edit, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.login_button)
        QWidget.setTabOrder(self.login_button, self.cancel_button)

        self.retranslateUi(LoginDialog)

        self.login_button.setDefault(True)


        QMetaObject.connectSlotsByName(LoginDialog)
    # setupUi

    def retranslateUi(self, LoginDialog):
        LoginDialog.setWindowTitle(QCoreApplication.translate("LoginDialog", u"\u767b\u5f55 \u00b7 \u9650\u884c\u53d1\u5e03\u53f0", None))
        self.login_title_label.setText(QCoreApplication.translate("LoginDialog", u"\u9650\u884c\u53d1\u5e03\u53f0", None))
        self.login_subtitle_label.setText(QCoreApplication.translate("LoginDialog", u"XA Console \u00b7 \u8bf7\u4f7f\u7528\u672c\u4eba\u8d26\u53f7\u767b\u5f55", None))
        self.username_label.setText(QCoreApplication.translate("LoginDialog", u"\u7528\u6237\u540d", None))
        self.username_edit.setPlaceholderText(QCoreApplication.translate("LoginDialog", u"\u4f8b\u5982 zhang", None))
        self.password_label.setText(QCoreApplication.translate("LoginDialog", u"\u5bc6\u7801", None))
        self.cancel_button.setText(QCoreApplication.translate("LoginDialog", u"\u9000\u51fa", None))
        self.login_button.setText(QCoreApplication.translate("LoginDialog", u"\u767b\u5f55", None))
    # retranslateUi

