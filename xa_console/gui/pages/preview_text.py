"""Text as the platforms print it: paragraphs, Weibo links and topics, template-message values.

Plain functions from text to (rich) text, shared by the preview mocks; no widgets here.
"""

from __future__ import annotations

import html
import re

URL = re.compile(r"https?://[A-Za-z0-9._~:/?#\[\]@!$&'()*+,;=%-]+")
_TOPIC = re.compile(r"#[^#\s]+#?")
_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f\u200d]")
_ZWSP = "\u200b"
KEYWORD_MAX = 20


def breakable(text: str) -> str:
    """Allow line breaks inside long URLs and Latin runs (a label would overflow otherwise)."""

    def split(m: re.Match[str]) -> str:
        s = re.sub(r"([/?&=._-])", rf"\1{_ZWSP}", m.group(0))
        return re.sub(r"([^\u200b]{16})", rf"\1{_ZWSP}", s)

    return re.sub(r"[\x21-\x7e]{17,}", split, text)


def paragraphs_html(text: str, line_height: int = 140) -> str:
    """Plain text as HTML paragraphs (blank lines separate paragraphs, newlines break lines)."""
    blocks = [b for b in re.split(r"\n\s*\n", text.strip()) if b.strip()]
    out = []
    for b in blocks:
        body = html.escape(breakable(b)).replace("\n", "<br>")
        out.append(f'<p style="margin:0 0 8px 0; line-height:{line_height}%;">{body}</p>')
    return "".join(out)


def keyword_value(text: str) -> str:
    """A template-message value as WeChat shows it: one line, no emoji, cut at 20 字."""
    one = _EMOJI.sub("", " ".join(text.split()))
    return one if len(one) <= KEYWORD_MAX else one[:KEYWORD_MAX] + "…"


def weibo_html(text: str) -> str:
    """Weibo text: links become a blue 网页链接, topics blue, line breaks kept."""
    parts: list[str] = []
    last = 0
    for m in URL.finditer(text):
        parts.append(topics_html(text[last : m.start()]))
        parts.append('<span style="color:#507DAF">↗网页链接</span>')
        last = m.end()
    parts.append(topics_html(text[last:]))
    return f'<div style="line-height:145%;">{"".join(parts).replace(chr(10), "<br>")}</div>'


def topics_html(text: str, colour: str = "#507DAF") -> str:
    """Escape ``text`` and colour its #topics#."""
    out, last = [], 0
    for m in _TOPIC.finditer(text):
        out.append(html.escape(text[last : m.start()]))
        out.append(f'<span style="color:{colour}">{html.escape(m.group(0))}</span>')
        last = m.end()
    out.append(html.escape(text[last:]))
    return "".join(out)
