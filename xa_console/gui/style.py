"""Application look: Fusion, a light palette, the bundled font and resources/styles/app.qss."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from xa_console.gui.fonts import apply_app_font

STYLE_SHEET = Path(__file__).resolve().parents[2] / "resources" / "styles" / "app.qss"


def apply_style(app: QApplication) -> None:
    """Give the whole application the console's look (idempotent)."""
    app.setStyle("Fusion")
    # The painted calendar assumes light backgrounds; do not follow a dark system theme.
    app.styleHints().setColorScheme(Qt.ColorScheme.Light)
    apply_app_font(app)
    if STYLE_SHEET.exists():
        app.setStyleSheet(STYLE_SHEET.read_text(encoding="utf-8"))
