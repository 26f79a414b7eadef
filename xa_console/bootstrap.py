"""First-run set-up: create the virtual environment, install the project, then run it.

Standard library only, because it runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MIN_PYTHON = (3, 11)


def _venv_dir() -> Path:
    return Path(os.environ.get("XA_CONSOLE_VENV", ROOT / ".venv"))


def _venv_python(vdir: Path) -> Path:
    if os.name == "nt":
        return vdir / "Scripts" / "python.exe"
    return vdir / "bin" / "python"


def _requirements_digest() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def _inside(vdir: Path) -> bool:
    return Path(sys.prefix).resolve() == vdir.resolve()


def _ensure_installed(vdir: Path) -> Path:
    """Create the venv and (re)install the project when pyproject.toml changed."""
    python = _venv_python(vdir)
    if not python.exists():
        print(f"[xa-console] 正在创建虚拟环境 {vdir} …", flush=True)
        venv.EnvBuilder(with_pip=True).create(vdir)
    stamp = vdir / ".xa-console-installed"
    digest = _requirements_digest()
    if not stamp.exists() or stamp.read_text(encoding="utf-8").strip() != digest:
        print("[xa-console] 正在安装依赖（仅首次或依赖变更时）…", flush=True)
        pip = [str(python), "-m", "pip", "--disable-pip-version-check"]
        subprocess.check_call([*pip, "install", "--quiet", "--upgrade", "pip"])
        subprocess.check_call([*pip, "install", "--quiet", "-e", f"{ROOT}[dev]"])
        stamp.write_text(digest, encoding="utf-8")
    return python


def _run_inside(argv: list[str]) -> int:
    if argv[:1] == ["test"]:
        import pytest

        os.chdir(ROOT)
        return int(pytest.main(argv[1:]))
    if argv[:1] == ["cli"]:
        from xa_console.cli import main as cli_main

        return cli_main(argv[1:])
    from xa_console.app import main as app_main

    return int(app_main(argv))


def launch(argv: list[str]) -> int:
    """Entry point of main.py: ``[]`` starts the GUI, ``test ...`` pytest, ``cli ...`` the CLI."""
    if sys.version_info < MIN_PYTHON:
        print("XA Console 需要 Python 3.11 或更高版本。", file=sys.stderr)
        return 2
    vdir = _venv_dir()
    if _inside(vdir) or os.environ.get("XA_CONSOLE_NO_VENV") == "1":
        return _run_inside(argv)
    python = _ensure_installed(vdir)
    return subprocess.call([str(python), str(ROOT / "main.py"), *argv])
