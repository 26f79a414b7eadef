"""Password hashing with scrypt (memory-hard KDF from the standard library) and lockout rules."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from xa_console.domain.errors import fail

SCHEME = "scrypt"
N, R, P = 2**14, 8, 1
MIN_LENGTH = 8
MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def check_strength(password: str) -> None:
    """Refuse passwords shorter than 8 characters or made of one character class only."""
    if len(password) < MIN_LENGTH:
        raise fail("user.password_short", "password", min=MIN_LENGTH)
    classes = sum(
        any(f(c) for c in password) for f in (str.isdigit, str.isalpha, lambda c: not c.isalnum())
    )
    if classes < 2:
        raise fail("user.password_weak", "password")


def hash_password(password: str, *, n: int = N) -> str:
    """``scrypt$n$r$p$salt$hash`` with a random 16-byte salt."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=R, p=P, dklen=32)
    return f"{SCHEME}${n}${R}${P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    """Constant-time check of a password against a stored hash (False for malformed hashes)."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != SCHEME:
            return False
        expected = base64.b64decode(digest)
        got = hashlib.scrypt(
            password.encode("utf-8"),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


@dataclass(frozen=True)
class LoginState:
    """Failed attempts and lockout of one account."""

    failed_attempts: int = 0
    locked_until: datetime | None = None

    def locked(self, now: datetime) -> bool:
        """True while the lockout lasts."""
        return self.locked_until is not None and now < self.locked_until

    def after_failure(self, now: datetime) -> LoginState:
        """Count a failure; the fifth in a row locks the account for 15 minutes."""
        count = self.failed_attempts + 1
        if count >= MAX_FAILURES:
            return LoginState(0, now + LOCKOUT)
        return LoginState(count, None)
