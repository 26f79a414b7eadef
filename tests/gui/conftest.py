"""GUI tests run offscreen with the bundled CJK font."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if TYPE_CHECKING:
    from xa_console.context import AppContext


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database (team and review history), built once and copied for each test."""
    from xa_console.context import build_context

    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XA_CONSOLE_HOME", str(folder / "home"))
        mp.delenv("XA_CONSOLE_DB", raising=False)
        build_context(f"sqlite:///{folder / 'demo.db'}", demo=True).db.dispose()
    return folder / "demo.db"


@pytest.fixture
def demo_ctx(demo_template: Path, tmp_path: Path) -> Iterator[AppContext]:
    """A fresh copy of the demo database: several accounts, nobody signed in."""
    from xa_console.context import build_context

    shutil.copy(demo_template, tmp_path / "demo.db")
    context = build_context(f"sqlite:///{tmp_path / 'demo.db'}", demo=True)
    yield context
    context.db.dispose()
