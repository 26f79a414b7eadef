"""GUI tests run offscreen with the bundled CJK font."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
