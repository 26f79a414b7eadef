# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

from xa_console.gui.errors import ErrorPanel

class Ui_UsersPage(object):
    def setupUi(self, UsersPage):
        if not UsersPage.objectName():
            UsersPage.setObjectName(u"UsersPage")
        UsersPage.resize(1200, 800)
        self.main_layout = QHBoxLayout(UsersPage)
        self.main_layout.setSpacing(16)
        self.main_layout.setObjectName(u"main_layout")
        self.list_layout = QVBoxLayout()
        self.list_layout.setObjectName(u"list_layout")
        self.me_label = QLabel(UsersPage)
        self.me_label.setObjectName(u"me_label")
        self.me_label.setWordWrap(True)

        self.list_layout.addWidget(self.me_label)

        self.users_table = QTableView(UsersPage)
        self.users_table.setObjectName(u"users_table")

        self.list_layout.addWidget(self.users_table)

        self.count_label = QLabel(UsersPage)
        self.count_label.setObjectName(u"count_label")

        self.list_layout.addWidget(self.count_label)

        self.list_layout.setStretch(1, 1)

        self.main_layout.addLayout(self.list_layout)

        self.side_panel = QWidget(UsersPage)
        self.side_panel.setObjectName(u"side_panel")
        self.side_panel.setMinimumSize(QSize(380, 0))
        self.side_panel.setMaximumSize(QSize(420, 16777215))
        self.side_layout = QVBoxLayout(self.side_panel)
        self.side_layout.setObjectName(u"side_layout")
        self.side_layout.setContentsMargins(0, 0, 0, 0)
        self.error_panel = ErrorPanel(self.side_panel)
        self.error_panel.setObjectName(u"error_panel")

        self.side_layout.addWidget(self.error_panel)

        self.result_label = QLabel(self.side_panel)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setWordWrap(True)

        self.side_layout.addWidget(self.result_label)

        self.add_group = QGroupBox(self.side_panel)
        self.add_group.setObjectName(u"add_group")
        self.add_form = QFormLayout(self.add_group)
        self.add_form.setObjectName(u"add_form")
        self.username_label = QLabel(self.add_group)
        self.username_label.setObjectName(u"username_label")

        self.add_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username_edit = QLineEdit(self.add_group)
        self.username_edit.setObjectName(u"username_edit")
        self.username_edit.setMaxLength(64)

        self.add_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username_edit)

        self.name_label = QLabel(self.add_group)
        self.name_label.setObjectName(u"name_label")

        self.add_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(self.add_group)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(64)

        self.add_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.password_label = QLabel(self.add_group)
        self.password_label.setObjectName(u"password_label")

        self.add_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(self.add_group)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.add_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.password2_label = QLabel(self.add_group)
        self.password2_label.setObjectName(u"password2_label")

        self.add_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.password2_label)

        self.password2_edit = QLineEdit(self.add_group)
        self.password2_edit.setObjectName(u"password2_edit")
        self.password2_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.add_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.password2_edit)

        self.add_roles_label = QLabel(self.add_group)
        self.add_roles_label.setObjectName(u"add_roles_label")

        self.add_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.add_roles_label)

        self.add_roles_box = QWidget(self.add_group)
        self.add_roles_box.setObjectName(u"add_roles_box")

        self.add_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.add_roles_box)

        self.add_button = QPushButton(self.add_group)
        self.add_button.setObjectName(u"add_button")

        self.add_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.add_button)


        self.side_layout.addWidget(self.add_group)

        self.roles_group = QGroupBox(self.side_panel)
        self.roles_group.setObjectName(u"roles_group")
        self.roles_layout = QVBoxLayout(self.roles_group)
        self.roles_layout.setObjectName(u"roles_layout")
        self.selected_label = QLabel(self.roles_group)
        self.selected_label.setObjectName(u"selected_label")

        self.roles_layout.addWidget(self.selected_label)

        self.edit_roles_box = QWidget(self.roles_group)
        self.edit_roles_box.setObjectName(u"edit_roles_box")

        self.roles_layout.addWidget(self.edit_roles_box)

        self.save_roles_button = QPushButton(self.roles_group)
        self.save_roles_button.setObjectName(u"save_roles_button")

        self.roles_layout.addWidget(self.save_roles_button)


        self.side_layout.addWidget(self.roles_group)

        self.password_group = QGroupBox(self.side_panel)
        self.password_group.setObjectName(u"password_group")
        self.password_form = QFormLayout(self.password_group)
        self.password_form.setObjectName(u"password_form")
        self.current_password_label = QLabel(self.password_group)
        self.current_password_label.setObjectName(u"current_password_label")

        self.password_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.current_password_label)

        self.current_password_edit = QLineEdit(self.password_group)
        self.current_password_edit.setObjectName(u"current_password_edit")
        self.current_password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.password_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.current_password_edit)

        self.new_password_label = QLabel(self.password_group)
        self.new_password_label.setObjectName(u"new_password_label")

        self.password_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.new_password_label)

        self.new_password_edit = QLineEdit(self.password_group)
        self.new_password_edit.setObjectName(u"new_password_edit")
        self.new_password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.password_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.new_password_edit)

        self.new_password2_label = QLabel(self.password_group)
        self.new_password2_label.setObjectName(u"new_password2_label")

        self.password_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.new_password2_label)

        self.new_password2_edit = QLineEdit(self.password_group)
        self.new_password2_edit.setObjectName(u"new_password2_edit")
        self.new_password2_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.password_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.new_password2_edit)

        self.set_password_button = QPushButton(self.password_group)
        self.set_password_button.setObjectName(u"set_password_button")

        self.password_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.set_password_button)


        self.side_layout.addWidget(self.password_group)

        self.side_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.side_layout.addItem(self.side_spacer)


        self.main_layout.addWidget(self.side_panel)

        self.main_layout.setStretch(0, 1)

        self.retranslateUi(UsersPage)

        QMetaObject.connectSlotsByName(UsersPage)
    # setupUi

    def retranslateUi(self, UsersPage):
        UsersPage.setWindowTitle(QCoreApplication.translate("UsersPage", u"\u7528\u6237", None))
        self.add_group.setTitle(QCoreApplication.translate("UsersPage", u"\u65b0\u589e\u7528\u6237", None))
        self.username_label.setText(QCoreApplication.translate("UsersPage", u"\u7528\u6237\u540d", None))
        self.username_edit.setPlaceholderText(QCoreApplication.translate("UsersPage", u"\u767b\u5f55\u7528\uff0c\u5982 liu", None))
        self.name_label.setText(QCoreApplication.translate("UsersPage", u"\u59d3\u540d", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("UsersPage", u"\u663e\u793a\u5728\u5ba1\u6838\u5355\u548c\u5ba1\u8ba1\u65e5\u5fd7\u4e2d", None))
        self.password_label.setText(QCoreApplication.translate("UsersPage", u"\u5bc6\u7801", None))
        self.password_edit.setPlaceholderText(QCoreApplication.translate("UsersPage", u"\u81f3\u5c11 8 \u4f4d\uff0c\u542b\u5b57\u6bcd\u548c\u6570\u5b57", None))
        self.password2_label.setText(QCoreApplication.translate("UsersPage", u"\u518d\u6b21\u8f93\u5165", None))
        self.add_roles_label.setText(QCoreApplication.translate("UsersPage", u"\u89d2\u8272", None))
        self.add_button.setText(QCoreApplication.translate("UsersPage", u"\u65b0\u589e\u7528\u6237", None))
        self.roles_group.setTitle(QCoreApplication.translate("UsersPage", u"\u6240\u9009\u7528\u6237\u7684\u89d2\u8272", None))
        self.save_roles_button.setText(QCoreApplication.translate("UsersPage", u"\u4fdd\u5b58\u89d2\u8272", None))
        self.password_group.setTitle(QCoreApplication.translate("UsersPage", u"\u91cd\u7f6e\u6240\u9009\u7528\u6237\u7684\u5bc6\u7801", None))
        self.current_password_label.setText(QCoreApplication.translate("UsersPage", u"\u5f53\u524d\u5bc6\u7801", None))
        self.new_password_label.setText(QCoreApplication.translate("UsersPage", u"\u65b0\u5bc6\u7801", None))
        self.new_password_edit.setPlaceholderText(QCoreApplication.translate("UsersPage", u"\u81f3\u5c11 8 \u4f4d\uff0c\u542b\u5b57\u6bcd\u548c\u6570\u5b57", None))
        self.new_password2_label.setText(QCoreApplication.translate("UsersPage", u"\u518d\u6b21\u8f93\u5165", None))
        self.set_password_button.setText(QCoreApplication.translate("UsersPage", u"\u8bbe\u7f6e\u5bc6\u7801", None))
    # retranslateUi

