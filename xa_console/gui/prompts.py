"""Modal questions the editors ask: unsaved changes (保存/放弃/取消) and confirmations.

Kept in one module so tests can answer them with ``monkeypatch.setattr(prompts, ...)``.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtWidgets import QMessageBox, QWidget


class Unsaved(StrEnum):
    """The officer's answer to "save the changes?"."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved(parent: QWidget, what: str) -> Unsaved:
    """Ask whether to save, discard or keep editing ``what``."""
    box = QMessageBox(
        QMessageBox.Icon.Question, "未保存的修改", f"{what}有未保存的修改。", parent=parent
    )
    box.setInformativeText("要先保存吗？")
    save = box.addButton("保存", QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton("放弃修改", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton("取消", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return Unsaved.SAVE
    if clicked is discard:
        return Unsaved.DISCARD
    return Unsaved.CANCEL


def confirm(parent: QWidget, title: str, text: str, ok_text: str = "确定") -> bool:
    """A yes/no question; True when the officer confirms."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    ok = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton("取消", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is ok
