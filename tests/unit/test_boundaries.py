"""The layer rules of the house style, checked on the source (ruff's TID251 checks Qt too)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "xa_console"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _files(sub: str) -> list[Path]:
    return sorted((PACKAGE / sub).rglob("*.py")) if sub else sorted(PACKAGE.rglob("*.py"))


def test_only_gui_imports_qt() -> None:
    offenders = [
        str(p.relative_to(PACKAGE))
        for p in _files("")
        if "gui" not in p.relative_to(PACKAGE).parts[:1]
        and p.name != "app.py"
        and any(n.split(".")[0] == "PySide6" for n in _imports(p))
    ]
    assert offenders == []


def test_gui_does_not_reach_into_storage_or_network() -> None:
    banned = {"sqlalchemy", "openpyxl", "apscheduler", "requests", "psycopg"}
    offenders = {
        str(p.relative_to(PACKAGE)): sorted(n for n in _imports(p) if n.split(".")[0] in banned)
        for p in _files("gui")
        if "forms" not in p.parts
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_domain_imports_nothing_of_ours_but_domain() -> None:
    offenders = {
        str(p.relative_to(PACKAGE)): sorted(
            n
            for n in _imports(p)
            if (n.startswith("xa_console") and not n.startswith("xa_console.domain"))
            or n.split(".")[0] in {"sqlalchemy", "PySide6", "requests"}
        )
        for p in _files("domain")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_every_module_has_a_docstring() -> None:
    missing = [
        str(p.relative_to(PACKAGE))
        for p in _files("")
        if "forms" not in p.parts
        and "migrations" not in p.parts
        and ast.get_docstring(ast.parse(p.read_text(encoding="utf-8"))) is None
    ]
    assert missing == []
