"""Import a compliance word list from a .txt file (one word per line), reporting every skipped line.

Empty lines, repeated words, over-long lines and words already in the list are named with their
line numbers before anything is stored; nothing is dropped silently.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from xa_console.gui.models.word_model import LEVEL_LABELS

MAX_WORD = 64  # compliance_word.word is VARCHAR(64)
MAX_NOTE = 200
_SHOWN = 8  # list at most this many lines per kind of skip


@dataclass(frozen=True)
class WordImport:
    """A parsed word file: new words to add and every line that will not be."""

    words: tuple[str, ...] = ()  # new, unique, in file order
    empty: tuple[int, ...] = ()  # 1-based line numbers
    duplicates: tuple[tuple[int, str, int], ...] = ()  # (line, word, first line)
    existing: tuple[tuple[int, str], ...] = ()  # already in the list: left as they are
    too_long: tuple[tuple[int, str], ...] = ()
    lines: int = 0
    problems: list[str] = field(default_factory=list)

    def skipped_text(self) -> str:
        """Chinese sentences naming every skipped line (empty string when none)."""
        parts = []
        if self.empty:
            parts.append(f"空行 {len(self.empty)} 行（{_lines(self.empty)}）")
        if self.duplicates:
            shown = "、".join(
                f"第 {n} 行“{w}”与第 {first} 行重复" for n, w, first in self.duplicates[:_SHOWN]
            )
            more = f" 等 {len(self.duplicates)} 行" if len(self.duplicates) > _SHOWN else ""
            parts.append(f"重复 {len(self.duplicates)} 行（{shown}{more}）")
        if self.existing:
            words = "、".join(f"“{w}”" for _, w in self.existing[:_SHOWN])
            more = f" 等 {len(self.existing)} 个" if len(self.existing) > _SHOWN else ""
            parts.append(f"已在词表中、不改动 {len(self.existing)} 个（{words}{more}）")
        if self.too_long:
            where = _lines(n for n, _ in self.too_long)
            parts.append(f"超过 {MAX_WORD} 字 {len(self.too_long)} 行（{where}）")
        return "；".join(parts)


def _lines(numbers: Iterable[int]) -> str:
    nums = list(numbers)
    shown = "、".join(str(n) for n in nums[:_SHOWN])
    return f"第 {shown} 行" + (f" 等 {len(nums)} 行" if len(nums) > _SHOWN else "")


def parse_word_lines(text: str, known: set[str] | frozenset[str] = frozenset()) -> WordImport:
    """One word per line; leading/trailing spaces are ignored, nothing else is changed."""
    words: list[str] = []
    first: dict[str, int] = {}
    empty, dups, existing, long_ = [], [], [], []
    lines = text.lstrip("\ufeff").splitlines()
    for n, raw in enumerate(lines, start=1):
        word = raw.strip()
        if not word:
            empty.append(n)
        elif word in first:
            dups.append((n, word, first[word]))
        elif len(word) > MAX_WORD:
            long_.append((n, word))
        else:
            first[word] = n
            if word in known:
                existing.append((n, word))
            else:
                words.append(word)
    return WordImport(
        tuple(words), tuple(empty), tuple(dups), tuple(existing), tuple(long_), len(lines)
    )


def read_word_file(path: Path) -> str:
    """The file's text: UTF-8 (with or without BOM), else GB18030 as saved by Chinese Windows."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030")


class WordImportDialog(QDialog):
    """Choose a file and a level, see what will be imported and what skipped, then import."""

    def __init__(self, known: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("word_import_dialog")
        self.setWindowTitle("导入合规词")
        self.setMinimumWidth(560)
        self._known = known
        self.result_import = WordImport()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("path_edit")
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText("选择 .txt 文件：每行一个词")
        browse = QPushButton("选择文件…")
        browse.setObjectName("browse_button")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.level_combo = QComboBox()
        self.level_combo.setObjectName("import_level_combo")
        for code, label in LEVEL_LABELS.items():
            self.level_combo.addItem(label, code)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("import_note_edit")
        self.note_edit.setMaxLength(MAX_NOTE)
        self.note_edit.setPlaceholderText("说明（可不填），如：2025年宣传口径")
        form = QFormLayout()
        form.addRow("文件：", row)
        form.addRow("级别：", self.level_combo)
        form.addRow("说明：", self.note_edit)
        self.report_label = QLabel()
        self.report_label.setObjectName("report_label")
        self.report_label.setWordWrap(True)
        self.report_label.setMinimumHeight(60)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.report_label)
        layout.addWidget(self.buttons)
        self._update()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "选择词表文件", "", "文本文件 (*.txt);;所有文件 (*)"
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        """Read and check ``path``; the report shows what will and will not be imported."""
        self.path_edit.setText(str(path))
        try:
            text = read_word_file(path)
        except (OSError, UnicodeDecodeError) as exc:
            self.result_import = WordImport(problems=[f"无法读取文件：{exc}"])
        else:
            self.result_import = parse_word_lines(text, self._known)
        self._update()

    def level(self) -> str:
        """The chosen level code (forbidden / sensitive)."""
        return str(self.level_combo.currentData())

    def note(self) -> str:
        """The note given to every imported word."""
        return self.note_edit.text().strip()

    def report(self) -> str:
        """The report shown (plain text)."""
        return self.report_label.text()

    def _update(self) -> None:
        r = self.result_import
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(r.words))
        ok.setText(f"导入 {len(r.words)} 个词" if r.words else "导入")
        if r.problems:
            self.report_label.setText("\n".join(r.problems))
        elif not self.path_edit.text():
            self.report_label.setText("每行一个词；空行和重复的行会列出来，不会导入。")
        else:
            skipped = r.skipped_text()
            head = f"共 {r.lines} 行，可导入 {len(r.words)} 个新词。"
            rows = [f"• {part}" for part in skipped.split("；")] if skipped else []
            self.report_label.setText("\n".join([head, *(["不导入："] if rows else []), *rows]))
        self.adjustSize()  # the report may have grown by several lines
