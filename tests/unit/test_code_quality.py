"""The gates of the house style run with the suite: ruff (lint + format) and mypy strict."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def test_ruff_lint_is_clean() -> None:
    run = _run("ruff", "check", "--output-format", "concise", ".")
    assert run.returncode == 0, run.stdout[-3000:]


def test_ruff_format_is_clean() -> None:
    run = _run("ruff", "format", "--check", ".")
    assert run.returncode == 0, run.stdout[-3000:]


def test_mypy_is_clean() -> None:
    run = _run("mypy")
    assert run.returncode == 0, run.stdout[-3000:]
