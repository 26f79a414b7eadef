"""Word documents: the TV/radio announcer script and the press release (python-docx).

Documents are deterministic: core properties are dated from the facts, and the ZIP container is
rewritten with fixed member timestamps (python-docx stamps every member with the current time).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping
from datetime import UTC, datetime, time
from typing import Any

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from xa_console.domain.channels.counting import mmss, reading_seconds
from xa_console.domain.channels.validate import Variant
from xa_console.domain.drafting.facts import WEEKDAYS_ZH, NoticeFacts, cn_date

BODY_FONT = "宋体"
HEADING_FONT = "黑体"
LATIN_FONT = "Arial"
AUTHOR = "XA Console"
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)

# (channel, field, heading, target seconds or None), in the order an editor reads them
SCRIPTS: tuple[tuple[str, str, str, int | None], ...] = (
    ("tv", "script", "电视播报稿", None),
    ("radio", "spot15", "广播15秒口播", 15),
    ("radio", "spot30", "广播30秒口播", 30),
)


def _set_font(target: Any, east_asia: str, size: float | None = None, bold: bool = False) -> None:
    """Font of a style or run; East Asian text takes ``east_asia`` through ``w:eastAsia``."""
    target.font.name = LATIN_FONT
    if size is not None:
        target.font.size = Pt(size)
    target.font.bold = bold
    rfonts = target.element.get_or_add_rPr().get_or_add_rFonts()
    rfonts.set(qn("w:eastAsia"), east_asia)
    # theme fonts override named ones in Word: drop them so 黑体/宋体 really apply
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)


def _new_document(facts: NoticeFacts, title: str, body_size: float) -> Any:
    doc = Document()
    normal = doc.styles["Normal"]
    _set_font(normal, BODY_FONT, body_size)
    normal.paragraph_format.line_spacing = 1.5
    normal.paragraph_format.space_after = Pt(6)
    for name in ("Heading 1", "Heading 2"):
        _set_font(doc.styles[name], HEADING_FONT, bold=True)
        doc.styles[name].font.color.rgb = RGBColor(0, 0, 0)
        doc.styles[name].paragraph_format.line_spacing = 1.2
    stamp = datetime.combine(facts.issue_date or facts.day, time(0, 0), tzinfo=UTC)
    cp = doc.core_properties
    cp.author = cp.last_modified_by = AUTHOR
    cp.title = title
    cp.created = cp.modified = stamp
    cp.revision = 1
    cp.comments = cp.keywords = cp.subject = cp.category = ""
    return doc


def _heading(doc: Any, text: str, size: float, level: int, *, centre: bool = False) -> None:
    """A real Word heading (it shows in the navigation pane) in 黑体 at ``size``."""
    p = doc.add_paragraph(style=f"Heading {level}")
    p.paragraph_format.space_before = Pt(size * 0.6)
    p.paragraph_format.space_after = Pt(size * 0.4)
    p.paragraph_format.keep_with_next = True
    if centre:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _set_font(p.add_run(text), HEADING_FONT, size, bold=True)


def _line(doc: Any, text: str, size: float, *, align: Any = None, grey: bool = False) -> Any:
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    run = p.add_run(text)
    _set_font(run, BODY_FONT, size)
    if grey:
        run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    return p


def _paragraphs(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


def _save(doc: Any) -> bytes:
    raw = io.BytesIO()
    doc.save(raw)
    return _normalise_zip(raw.getvalue())


def _normalise_zip(data: bytes) -> bytes:
    """The same archive with fixed timestamps and attributes, so equal documents are equal bytes."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_ZIP_EPOCH)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def _day_line(facts: NoticeFacts) -> str:
    return f"{cn_date(facts.day)} {WEEKDAYS_ZH[facts.day.weekday()]}"


def script_docx(
    variants: Mapping[str, Variant], facts: NoticeFacts, *, chars_per_minute: int = 250
) -> bytes:
    """The announcer's document: each TV/radio script in large type with its reading time.

    Scripts missing from ``variants`` (or empty) are left out; reading time follows
    :func:`reading_seconds` at ``chars_per_minute``.
    """
    title = f"{facts.city_name}机动车尾号限行 播报稿"
    doc = _new_document(facts, title, body_size=16)
    _heading(doc, title, 22, 1, centre=True)
    meta = f"播出日期：{_day_line(facts)}　　语速：每分钟{chars_per_minute}字"
    _line(doc, meta, 12, align=WD_ALIGN_PARAGRAPH.CENTER, grey=True)
    for channel, field, heading, target in SCRIPTS:
        variant = variants.get(channel)
        text = variant.get(field).strip() if variant is not None else ""
        if not text:
            continue
        seconds = reading_seconds(text, chars_per_minute)
        _heading(doc, heading, 18, 2)
        timing = f"预计时长 {mmss(seconds)}"
        if target is not None:
            timing += f"（限长 {mmss(target)}）"
        _line(doc, timing, 12, grey=True)
        for para in _paragraphs(text):
            _line(doc, para, 18)
    return _save(doc)


def _has_source_line(paragraphs: list[str]) -> bool:
    return bool(paragraphs) and paragraphs[-1].lstrip("（(").startswith("来源")


def press_docx(variant: Variant, facts: NoticeFacts) -> bytes:
    """The press release: title, body paragraphs indented two characters, source and date."""
    title = variant.get("title").strip() or facts.title or f"{facts.city_name}机动车尾号限行"
    doc = _new_document(facts, title, body_size=14)
    _heading(doc, title, 20, 1, centre=True)
    paragraphs = _paragraphs(variant.get("body"))
    for para in paragraphs:
        p = _line(doc, para, 14)
        p.paragraph_format.first_line_indent = Pt(28)  # two characters at 14 pt
    if not _has_source_line(paragraphs):
        source = "、".join(facts.issuers) or facts.city_name
        _line(doc, f"（来源：{source}）", 14)
    _line(doc, cn_date(facts.issue_date or facts.day), 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return _save(doc)
