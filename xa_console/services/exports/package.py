"""The package a person publishes by hand on an export-and-confirm channel.

Toutiao, WeChat Channels, Douyin, Kuaishou, TV, radio and the press release have no publishing
API we may use: the console prepares exactly the signed text (one ``.txt`` per field), the
channel's cards (PNG) and, for TV/radio/press, the ``.docx`` the studio or newsroom expects. The
officer publishes it and confirms on the schedule page (optionally with the published URL).
"""

from __future__ import annotations

from pathlib import Path

from xa_console.domain.errors import fail
from xa_console.services.drafting import DraftingService
from xa_console.services.exports.cards import card_for_channel, render_card
from xa_console.services.exports.docx_export import press_docx, script_docx


def package_files(drafting: DraftingService, draft_id: int, channel: str) -> dict[str, bytes]:
    """File name → content for ``channel``'s package of a stored notice."""
    wb = drafting.load(draft_id)
    try:
        cd = wb.channel(channel)
    except KeyError:
        raise fail("release.unknown_channel", "channel", channel=channel) from None
    name = cd.spec.name_zh
    files: dict[str, bytes] = {}
    for field, text in cd.current.fields.items():
        if text.strip():
            rule = cd.spec.field(field)
            label = rule.label if rule is not None else field
            files[f"{name}_{label}.txt"] = (text.strip() + "\n").encode("utf-8")
    for size in card_for_channel(channel):
        files[f"{name}_图片_{size.width}x{size.height}.png"] = render_card(wb.facts, size)
    if channel in ("tv", "radio"):
        variants = {c.spec.id: c.current for c in wb.channels if c.spec.id == channel}
        files[f"{name}_播报稿.docx"] = script_docx(
            variants, wb.facts, chars_per_minute=drafting.cpm
        )
    if channel == "press":
        files[f"{name}.docx"] = press_docx(cd.current, wb.facts)
    return files


def write_package(files: dict[str, bytes], folder: Path) -> list[Path]:
    """Write the package into ``folder`` (created when missing); returns the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in files.items():
        path = folder / name
        path.write_bytes(data)
        written.append(path)
    return written
