"""Guard against the PySide6 6.12.0 / Python 3.11 ``none_dealloc`` abort.

Each call to a Qt method returning None leaked one reference to None; after ~5,000 calls the
interpreter aborted with "Fatal Python error: none_dealloc". We run 20,000 such calls in a child
process so that a regression fails this test instead of killing the whole test run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication, QPlainTextEdit
    app = QApplication([])
    edit = QPlainTextEdit()
    before = sys.getrefcount(None)
    for i in range(20_000):
        edit.setPlainText(str(i))
        app.processEvents()
    print("ok", sys.getrefcount(None) - before)
    """
)


def test_twenty_thousand_void_qt_calls_do_not_abort() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.startswith("ok")
    growth = int(run.stdout.split()[1])
    assert abs(growth) < 1_000, f"None refcount moved by {growth} over 20,000 calls"
