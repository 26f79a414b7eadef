"""Compile every Designer source ``ui/**/*.ui`` into ``xa_console/gui/forms/ui_<name>.py``.

Run ``python -m xa_console.gui.build_forms`` after editing a ``.ui`` file and commit the result;
``tests/gui/test_forms_up_to_date.py`` fails when a generated form drifts from its source.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = ROOT / "ui"
FORMS_DIR = Path(__file__).resolve().parent / "forms"
_VERSION_LINE = "## Created by: Qt User Interface Compiler version"


def uic_executable() -> Path:
    """``pyside6-uic`` of the running interpreter's environment (falls back to PATH)."""
    name = "pyside6-uic.exe" if os.name == "nt" else "pyside6-uic"
    candidates = [
        Path(sys.executable).parent / name,
        Path(sys.executable).parent / "Scripts" / name,
    ]
    for candidate in candidates:
        if candidate.exists():
            return candidate
    found = shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} not found next to {sys.executable} or on PATH")
    return Path(found)


def ui_sources(ui_dir: Path = UI_DIR) -> list[Path]:
    """Every ``.ui`` file under ``ui_dir``, sorted; two sources may not share a file name."""
    sources = sorted(ui_dir.rglob("*.ui"))
    seen: dict[str, Path] = {}
    for src in sources:
        if src.stem in seen:
            raise ValueError(
                f"two forms would both become ui_{src.stem}.py: {seen[src.stem]}, {src}"
            )
        seen[src.stem] = src
    return sources


def form_path(source: Path, forms_dir: Path = FORMS_DIR) -> Path:
    """Where the compiled form of ``source`` goes."""
    return forms_dir / f"ui_{source.stem}.py"


def compile_form(source: Path, output: Path) -> None:
    """Run ``pyside6-uic`` on one file (raises ``CalledProcessError`` with uic's message)."""
    output.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [str(uic_executable()), "-g", "python", str(source), "-o", str(output)],
        check=True,
        capture_output=True,
        text=True,
    )


def normalised(code: str) -> str:
    """Generated code without the uic version line, so a Qt patch release is not a diff."""
    return "\n".join(line for line in code.splitlines() if not line.startswith(_VERSION_LINE))


def build_all(ui_dir: Path = UI_DIR, forms_dir: Path = FORMS_DIR) -> list[Path]:
    """Compile every form; returns the files written."""
    written = []
    for source in ui_sources(ui_dir):
        target = form_path(source, forms_dir)
        compile_form(source, target)
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    del argv  # no options
    for path in build_all():
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
