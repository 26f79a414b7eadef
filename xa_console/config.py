"""Settings: each one declared once with its type and default; unknown keys are an error."""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from xa_console.domain.errors import fail


@dataclass(frozen=True)
class Settings:
    """User settings read from ``settings.toml`` in the user config directory."""

    db_url: str = ""  # empty: embedded SQLite in the user data directory
    city_id: str = "xian"
    reading_speed_cpm: int = 250  # 字/分钟, for radio/TV reading time
    public_link: str = "https://jj.xa.example.cn/xianxing"  # page on the Weibo app's safe domain


def config_dir() -> Path:
    """Where ``settings.toml`` lives (``XA_CONSOLE_HOME`` overrides it, e.g. for tests)."""
    home = os.environ.get("XA_CONSOLE_HOME")
    if home:
        return Path(home)
    from platformdirs import user_config_dir

    return Path(user_config_dir("xa-console", appauthor=False))


def load_settings(path: Path | None = None) -> Settings:
    """Read the settings file; a missing file gives the defaults.

    Raises :class:`DomainError` (``config.*``) naming the bad key or value.
    """
    path = path or config_dir() / "settings.toml"
    if not path.exists():
        return Settings()
    try:
        raw: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise fail("config.unreadable", str(path), reason=str(e)) from e
    fields = {f.name: f for f in dataclasses.fields(Settings)}
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in fields:
            raise fail("config.unknown_key", key, path=str(path))
        expected = type(getattr(Settings(), key))
        if not isinstance(value, expected) or isinstance(value, bool) != (expected is bool):
            raise fail("config.bad_type", key, expected=expected.__name__, value=value)
        values[key] = value
    return Settings(**values)
