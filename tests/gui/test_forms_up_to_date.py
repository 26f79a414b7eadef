"""Committed forms (xa_console/gui/forms/ui_*.py) must equal pyside6-uic's output for ui/**/*.ui."""

from __future__ import annotations

from pathlib import Path

import pytest

from xa_console.gui.build_forms import FORMS_DIR, compile_form, form_path, normalised, ui_sources

SOURCES = ui_sources()


@pytest.mark.parametrize("source", SOURCES, ids=[s.stem for s in SOURCES])
def test_form_matches_its_ui_source(source: Path, tmp_path: Path) -> None:
    committed = form_path(source)
    assert committed.exists(), f"{committed.name} missing: run python -m xa_console.gui.build_forms"
    fresh = tmp_path / committed.name
    compile_form(source, fresh)
    assert normalised(committed.read_text(encoding="utf-8")) == normalised(
        fresh.read_text(encoding="utf-8")
    ), f"{committed.name} is stale: run python -m xa_console.gui.build_forms"


def test_every_form_has_a_source() -> None:
    expected = {form_path(s).name for s in SOURCES}
    present = {p.name for p in FORMS_DIR.glob("ui_*.py")}
    assert present <= expected, f"forms without a ui/ source: {sorted(present - expected)}"


def test_main_forms_exist() -> None:
    assert {"main_window", "month_view"} <= {s.stem for s in SOURCES}
