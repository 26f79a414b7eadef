"""Composition root of the desktop console: settings → database → services → main window.

Qt stays in ``xa_console.gui``; this module only wires the pieces and turns start-up failures
(bad settings, a database on a network share, an unreachable server) into a Chinese message.
"""

from __future__ import annotations

import sys

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError

from xa_console.config import load_settings
from xa_console.context import AppContext, build_context, resolve_db_url
from xa_console.db.database import NetworkPathError
from xa_console.domain.errors import DomainError, Issue
from xa_console.messages import describe, describe_error

STARTUP_ERRORS = (DomainError, NetworkPathError, OperationalError, ArgumentError, NoSuchModuleError)


def _redacted_db_url() -> str:
    """The database address in use, with any password hidden."""
    try:
        return make_url(resolve_db_url(None, load_settings())).render_as_string(hide_password=True)
    except Exception:  # only used to word an error message
        return "（未知）"


def startup_error_text(error: BaseException) -> str:
    """A Chinese explanation of an error that stops the console from starting."""
    if isinstance(error, DomainError):
        return describe_error(error)
    if isinstance(error, NetworkPathError):
        return describe(Issue("db.network_path", "数据库", {"value": str(error)}))
    if isinstance(error, OperationalError):
        orig = str(error.orig).strip() if error.orig is not None else ""
        reason = orig.splitlines()[0] if orig else type(error).__name__
        return describe(
            Issue("db.unreachable", "数据库", {"value": _redacted_db_url(), "reason": reason})
        )
    if isinstance(error, ArgumentError | NoSuchModuleError):
        return (
            f"数据库：地址“{_redacted_db_url()}”无法识别，"
            "请检查设置文件中的 db_url 或环境变量 XA_CONSOLE_DB。"
        )
    return f"启动失败：{error}"


def main(argv: list[str] | None = None) -> int:
    """Start the console; returns the process exit code (1 when it cannot start)."""
    from xa_console.gui.application import create_application, run_main_window, show_startup_error

    app = create_application(list(sys.argv[1:] if argv is None else argv))
    ctx: AppContext | None = None
    try:
        ctx = build_context()
        return run_main_window(app, ctx)
    except STARTUP_ERRORS as e:
        show_startup_error(startup_error_text(e))
        return 1
    finally:
        if ctx is not None:
            ctx.db.dispose()


if __name__ == "__main__":
    raise SystemExit(main())
