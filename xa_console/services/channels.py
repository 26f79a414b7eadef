"""Channel limits and compliance words: seeded from resources, edited by an administrator."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import case, func, select

from xa_console.db.database import Database
from xa_console.db.models import ChannelSpecRow, ComplianceWordRow
from xa_console.domain.channels.spec import FORMAT, ChannelBook, read_channel_book
from xa_console.domain.channels.validate import WordLists
from xa_console.domain.errors import fail
from xa_console.services.changes import Changes

RESOURCES = Path(__file__).resolve().parent.parent.parent / "resources"
SHIPPED_LIMITS = RESOURCES / "channels" / "limits.json"
SHIPPED_WORDS = RESOURCES / "data" / "words.json"
KEYWORD_TYPES = "_keyword_types"


@dataclass(frozen=True)
class WordEntry:
    """A compliance word as the admin sees it: level (forbidden/sensitive) and the reason."""

    word: str
    level: str
    note: str = ""


def shipped_limits() -> dict[str, Any]:
    """The limits document that ships with this version."""
    data: dict[str, Any] = json.loads(SHIPPED_LIMITS.read_text(encoding="utf-8"))
    return data


class ChannelService:
    """Reads the effective channel book (DB rows) and lets an admin change one channel."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._lock = threading.Lock()
        self._cached: tuple[tuple[object, ...], ChannelBook, WordLists] | None = None

    def seed(self) -> int:
        """Insert shipped channels and words that are missing; returns rows added."""
        doc = shipped_limits()
        words = json.loads(SHIPPED_WORDS.read_text(encoding="utf-8"))
        added = 0
        with self.db.write() as s:
            have = set(s.scalars(select(ChannelSpecRow.channel)))
            entries = {**doc["channels"], KEYWORD_TYPES: doc["keyword_types"]}
            for cid, body in entries.items():
                if cid not in have:
                    s.add(ChannelSpecRow(channel=cid, document=body, updated_by="shipped"))
                    added += 1
            known = set(s.scalars(select(ComplianceWordRow.word)))
            for level in ("forbidden", "sensitive"):
                for w in words[level]:
                    if w["word"] not in known:
                        s.add(
                            ComplianceWordRow(word=w["word"], level=level, note=w.get("note", ""))
                        )
                        added += 1
        return added

    def _signature(self) -> tuple[object, ...]:
        with self.db.read() as s:
            a = s.execute(
                select(
                    func.count(ChannelSpecRow.channel),
                    func.max(ChannelSpecRow.updated_at),
                    func.sum(ChannelSpecRow.row_version),
                )
            ).one()
            # the forbidden count notices a word that only changed level
            forbidden = func.sum(case((ComplianceWordRow.level == "forbidden", 1), else_=0))
            b = s.execute(
                select(func.count(ComplianceWordRow.id), func.max(ComplianceWordRow.id), forbidden)
            ).one()
        return (*a, *b)

    def _load(self) -> tuple[ChannelBook, WordLists]:
        sig = self._signature()
        with self._lock:
            if self._cached and self._cached[0] == sig:
                return self._cached[1], self._cached[2]
            with self.db.read() as s:
                rows = {r.channel: r.document for r in s.scalars(select(ChannelSpecRow))}
                words = list(s.scalars(select(ComplianceWordRow)))
            doc = {"format": FORMAT, "keyword_types": rows.pop(KEYWORD_TYPES, {}), "channels": rows}
            book = read_channel_book(doc) if rows else read_channel_book(shipped_limits())
            lists = WordLists(
                tuple(w.word for w in words if w.level == "forbidden"),
                tuple(w.word for w in words if w.level == "sensitive"),
            )
            self._cached = (sig, book, lists)
            return book, lists

    def book(self) -> ChannelBook:
        """All channel specs in display order."""
        return self._load()[0]

    def words(self) -> WordLists:
        """The compliance word lists."""
        return self._load()[1]

    def word_entries(self) -> list[WordEntry]:
        """Every compliance word with its level and note, sorted by word (for the admin table)."""
        with self.db.read() as s:
            rows = s.scalars(select(ComplianceWordRow).order_by(ComplianceWordRow.word))
            return [WordEntry(r.word, r.level, r.note) for r in rows]

    def document(self, channel: str) -> dict[str, Any]:
        """The raw JSON document of one channel (for the admin editor)."""
        with self.db.read() as s:
            row = s.get(ChannelSpecRow, channel)
            if row is None:
                raise fail("channel.unknown", "channel", value=channel)
            return dict(row.document)

    def save_channel(self, channel: str, document: dict[str, Any], user: str = "") -> Changes:
        """Replace one channel's limits after checking the whole book still reads cleanly."""
        with self.db.write() as s:
            rows = {r.channel: r for r in s.scalars(select(ChannelSpecRow))}
            if channel not in rows:
                raise fail("channel.unknown", "channel", value=channel)
            docs = {c: r.document for c, r in rows.items()}
            docs[channel] = document
            types = docs.pop(KEYWORD_TYPES, {})
            read_channel_book({"format": FORMAT, "keyword_types": types, "channels": docs})
            rows[channel].document = document
            rows[channel].updated_by = user
        return Changes(channels=True)

    def reset_channel(self, channel: str) -> Changes:
        """Restore the shipped limits of one channel."""
        doc = shipped_limits()
        body = doc["keyword_types"] if channel == KEYWORD_TYPES else doc["channels"].get(channel)
        if body is None:
            raise fail("channel.unknown", "channel", value=channel)
        return self.save_channel(channel, body, "shipped")

    def set_word(self, word: str, level: str, note: str = "") -> Changes:
        """Add or change a compliance word (level forbidden or sensitive)."""
        word = word.strip()
        if not word:
            raise fail("field.required", "word")
        if level not in ("forbidden", "sensitive"):
            raise fail("field.bad_choice", "level", value=level)
        with self.db.write() as s:
            row = s.scalars(select(ComplianceWordRow).where(ComplianceWordRow.word == word)).first()
            if row is None:
                s.add(ComplianceWordRow(word=word, level=level, note=note))
            else:
                row.level, row.note = level, note
        return Changes(channels=True)

    def remove_word(self, word: str) -> Changes:
        """Delete a compliance word."""
        with self.db.write() as s:
            row = s.scalars(select(ComplianceWordRow).where(ComplianceWordRow.word == word)).first()
            if row is not None:
                s.delete(row)
        return Changes(channels=True)
