"""Tail-digit inputs per selector key: 周一…周五, 日期尾数 0–9, 单/双号日 or 全部号码.

Each input takes "1,6", "1和6", "1 6" or "1、6". Tokens that are not digits are passed on as
typed so the codec reports them ("尾号“12”无效") instead of the form dropping them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from xa_console.domain.rules import Selector

_WEEKDAYS = tuple((str(i), name) for i, name in enumerate("一二三四五六日", start=1))
KEY_LABELS: dict[Selector, tuple[tuple[str, str], ...]] = {
    Selector.WEEKDAY: tuple((k, f"周{name}") for k, name in _WEEKDAYS),
    Selector.DATE_LAST_DIGIT: tuple((str(d), f"尾数{d}日") for d in (*range(1, 10), 0)),
    Selector.ODD_EVEN: (("odd", "单号日"), ("even", "双号日")),
    Selector.ALL_NUMBERS: (("all", "全部日期"),),
}
_DEFAULT_TEXT = {Selector.ALL_NUMBERS: {"all": "0、1、2、3、4、5、6、7、8、9"}}
_SEPARATORS = re.compile(r"[\s,，、;；/]+|和|及|与")
_PER_ROW = 5
_SLOTS = 10


def parse_digits(text: str) -> list[int | str]:
    """``"1和6"`` → ``[1, 6]``; anything else is kept as text for the codec to report."""
    out: list[int | str] = []
    for token in _SEPARATORS.split(text.strip()):
        if not token:
            continue
        out.append(int(token) if token.isdecimal() else token)
    return out


def digits_text(digits: Iterable[int]) -> str:
    """``[0, 5]`` → ``"5和0"`` (notices list 0 last)."""
    ordered = sorted(digits, key=lambda d: d if d else 10)
    if len(ordered) == 2:
        return f"{ordered[0]}和{ordered[1]}"
    return "、".join(str(d) for d in ordered)


class DigitsEditor(QWidget):
    """A grid of labelled line edits, one per selector key (five per row)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        self._labels: list[QLabel] = []
        self._edits: list[QLineEdit] = []
        for slot in range(_SLOTS):
            label, edit = QLabel(self), QLineEdit(self)
            edit.setObjectName(f"digit_edit_{slot}")
            edit.setMinimumWidth(64)
            edit.textEdited.connect(self.changed)
            row, col = divmod(slot, _PER_ROW)
            grid.addWidget(label, row, col * 2)
            grid.addWidget(edit, row, col * 2 + 1)
            self._labels.append(label)
            self._edits.append(edit)
        self._selector = Selector.WEEKDAY
        self._keys: list[str] = []
        self._cache: dict[Selector, dict[str, str]] = {}
        self._show([])

    def load(self, selector: Selector, groups: dict[str, list[int]], keys: Iterable[str]) -> None:
        """Show ``selector``'s inputs for ``keys`` (plus any key that has digits)."""
        self._cache = {selector: {k: digits_text(v) for k, v in groups.items()}}
        self._selector = selector
        wanted = set(keys) | set(groups)
        self._show([k for k, _ in KEY_LABELS[selector] if k in wanted])

    def set_selector(self, selector: Selector, keys: Iterable[str]) -> None:
        """Switch to another selector, keeping what was typed for each one."""
        if selector is self._selector:
            return
        self._cache[self._selector] = self.texts()
        self._selector = selector
        texts = self._cache.get(selector, _DEFAULT_TEXT.get(selector, {}))
        wanted = set(keys) | {k for k, v in texts.items() if v}
        self._show([k for k, _ in KEY_LABELS[selector] if k in wanted])

    def _show(self, keys: list[str]) -> None:
        texts = self._cache.get(self._selector, _DEFAULT_TEXT.get(self._selector, {}))
        labels = dict(KEY_LABELS[self._selector])
        self._keys = keys
        for slot, (label, edit) in enumerate(zip(self._labels, self._edits, strict=True)):
            visible = slot < len(keys)
            label.setVisible(visible)
            edit.setVisible(visible)
            if visible:
                label.setText(labels[keys[slot]])
                edit.setText(texts.get(keys[slot], ""))
                edit.setObjectName(f"digit_edit_{keys[slot]}")

    def visible_keys(self) -> list[str]:
        """The keys shown, in order."""
        return list(self._keys)

    def edits(self) -> list[QLineEdit]:
        """The inputs shown, in order."""
        return self._edits[: len(self._keys)]

    def texts(self) -> dict[str, str]:
        """What each shown input holds."""
        return {k: self._edits[i].text() for i, k in enumerate(self._keys)}

    def groups(self) -> dict[str, list[int | str]]:
        """The codec's ``groups`` dict: keys with something typed."""
        out = {k: parse_digits(t) for k, t in self.texts().items()}
        return {k: v for k, v in out.items() if v}

    def edit_for(self, key: str) -> QLineEdit | None:
        """The input of a key, if shown."""
        return self._edits[self._keys.index(key)] if key in self._keys else None

    def label_for(self, key: str) -> str:
        """The Chinese name of a key under the current selector ("周一")."""
        return dict(KEY_LABELS[self._selector]).get(key, key)
