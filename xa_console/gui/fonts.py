"""Bundled fonts: Noto Sans CJK SC ships with the console, so Chinese never depends on luck."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
FONT_FILES = ("NotoSansSC-Regular.otf", "NotoSansSC-Bold.otf")
FAMILY = "Noto Sans CJK SC"
_LOADED_PROPERTY = "xa_console_fonts_loaded"


def install_fonts(app: QApplication) -> list[str]:
    """Register the bundled font files once per application; returns the families Qt reports."""
    families: set[str] = set()
    if not app.property(_LOADED_PROPERTY):
        for name in FONT_FILES:
            font_id = QFontDatabase.addApplicationFont(str(FONT_DIR / name))
            if font_id >= 0:
                families.update(QFontDatabase.applicationFontFamilies(font_id))
        app.setProperty(_LOADED_PROPERTY, True)
    if FAMILY in QFontDatabase.families():
        families.add(FAMILY)
    return sorted(families)


def app_font(point_size: float = 10.0) -> QFont:
    """The console's UI font (falls back to the system sans-serif when the family is missing)."""
    font = QFont(FAMILY)
    font.setPointSizeF(point_size)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font


def apply_app_font(app: QApplication, point_size: float = 10.0) -> QFont:
    """Install the bundled fonts and make the CJK face the application font."""
    install_fonts(app)
    font = app_font(point_size)
    app.setFont(font)
    return font
