"""Tamper-evident audit log: each row's hash covers its content and the previous row's hash.

``hash = SHA-256(prev_hash || canonical_json(row without hash))``; verification walks the chain
and names the first row that was changed, removed or inserted out of order.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

GENESIS = "0" * 64
_SECRET_KEYS = {
    "password",
    "password_hash",
    "access_token",
    "appsecret",
    "secret",
    "authorization",
    "accesskeysecret",
}


def redact(payload: Mapping[str, Any]) -> dict[str, Any]:
    """Drop secrets from a payload before it is logged (recursively)."""
    out: dict[str, Any] = {}
    for k, v in payload.items():
        if k.lower() in _SECRET_KEYS:
            out[k] = "***"
        elif isinstance(v, Mapping):
            out[k] = redact(v)
        else:
            out[k] = v
    return out


@dataclass(frozen=True)
class AuditEntry:
    """One audit row as hashed (timestamps as ISO text so every database hashes alike)."""

    seq: int
    ts_utc: str
    actor_id: int | None
    action: str
    object_type: str
    object_id: str
    payload: Mapping[str, Any]
    prev_hash: str
    hash: str = ""

    def canonical(self) -> str:
        """The row without its hash, as canonical JSON."""
        body = {
            "seq": self.seq,
            "ts_utc": self.ts_utc,
            "actor_id": self.actor_id,
            "action": self.action,
            "object_type": self.object_type,
            "object_id": self.object_id,
            "payload": self.payload,
            "prev_hash": self.prev_hash,
        }
        return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    def computed_hash(self) -> str:
        """What the hash must be."""
        return hashlib.sha256((self.prev_hash + self.canonical()).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainBreak:
    """The first broken row and why."""

    seq: int
    reason: str  # changed | out_of_order | missing | bad_link


def verify_chain(entries: Iterable[AuditEntry]) -> ChainBreak | None:
    """None when intact; otherwise the first row whose hash, order or link is wrong."""
    prev_hash, expected_seq = GENESIS, 1
    for e in entries:
        if e.seq != expected_seq:
            return ChainBreak(e.seq, "missing" if e.seq > expected_seq else "out_of_order")
        if e.prev_hash != prev_hash:
            return ChainBreak(e.seq, "bad_link")
        if e.computed_hash() != e.hash:
            return ChainBreak(e.seq, "changed")
        prev_hash, expected_seq = e.hash, expected_seq + 1
    return None
