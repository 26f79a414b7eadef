"""Settings are declared once; unknown keys and wrong types are refused with the key named."""

from __future__ import annotations

from pathlib import Path

import pytest

from xa_console.config import Settings, load_settings
from xa_console.context import resolve_db_url
from xa_console.domain.errors import DomainError
from xa_console.messages import describe_error


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "none.toml") == Settings()


def test_values_are_read(tmp_path: Path) -> None:
    f = tmp_path / "settings.toml"
    f.write_text(
        'db_url = "postgresql://desk@127.0.0.1/xa"\nreading_speed_cpm = 230\n', encoding="utf-8"
    )
    s = load_settings(f)
    assert (s.db_url, s.reading_speed_cpm, s.city_id) == (
        "postgresql://desk@127.0.0.1/xa",
        230,
        "xian",
    )


@pytest.mark.parametrize(
    ("content", "code", "words"),
    [
        ('db_ulr = "x"\n', "config.unknown_key", "未知设置项“db_ulr”"),
        ('reading_speed_cpm = "fast"\n', "config.bad_type", "“reading_speed_cpm”应为 int"),
        ("reading_speed_cpm = true\n", "config.bad_type", "reading_speed_cpm"),
        ("db_url = \n", "config.unreadable", "无法读取"),
    ],
)
def test_bad_settings_name_the_key(tmp_path: Path, content: str, code: str, words: str) -> None:
    f = tmp_path / "settings.toml"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(DomainError) as e:
        load_settings(f)
    assert e.value.code == code
    assert words in describe_error(e.value)


def test_db_url_precedence(monkeypatch: pytest.MonkeyPatch) -> None:
    s = Settings(db_url="sqlite:///from-settings.db")
    monkeypatch.setenv("XA_CONSOLE_DB", "sqlite:///from-env.db")
    assert resolve_db_url("sqlite:///explicit.db", s) == "sqlite:///explicit.db"
    assert resolve_db_url(None, s) == "sqlite:///from-env.db"
    monkeypatch.delenv("XA_CONSOLE_DB")
    assert resolve_db_url(None, s) == "sqlite:///from-settings.db"
    assert resolve_db_url(None, Settings()).endswith("/home/xa-console.db")
