"""Platform secrets in the OS keyring, never in the database, config or logs.

The database keeps only a key *name* (``secret_ref``); the value lives in the keyring under the
service ``xa-console``. When no secure keyring exists the console says so plainly and refuses
to store secrets anywhere else (reliability.md §4).
"""

from __future__ import annotations

from dataclasses import dataclass

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from xa_console.domain.errors import fail

SERVICE = "xa-console"
# Backends that store nothing or store plaintext: a warning blocks secret entry.
_INSECURE = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt.file.Plaintext")
# The fake platforms' fixed test value, not a credential.
REHEARSAL_SECRET = "rehearsal-secret"


@dataclass(frozen=True)
class KeyringStatus:
    """Whether secrets can be kept safely, and which backend would keep them."""

    usable: bool
    backend: str
    problem: str = ""  # message code when not usable


def _name(backend: KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


class SecretStore:
    """Reads and writes platform secrets through one keyring backend."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend

    @property
    def backend(self) -> KeyringBackend:
        """The backend in use (the OS default unless one was given)."""
        return self._backend or keyring.get_keyring()

    def status(self) -> KeyringStatus:
        """``usable`` is False for the fail, null and plaintext backends (and chains of them)."""
        backend = self.backend
        inner = list(getattr(backend, "backends", [])) or [backend]
        names = [_name(b) for b in inner]
        secure = [n for n in names if not n.startswith(_INSECURE)]
        if not secure:
            return KeyringStatus(False, ", ".join(names), "keyring.unavailable")
        return KeyringStatus(True, secure[0])

    def get(self, ref: str) -> str:
        """The secret stored under ``ref``; ``secret.missing`` when there is none."""
        if not ref:
            raise fail("secret.missing", "secret_ref", ref=ref)
        try:
            value = self.backend.get_password(SERVICE, ref)
        except keyring.errors.KeyringError as e:
            raise fail("keyring.unavailable", "secret_ref", reason=type(e).__name__) from e
        if not value:
            raise fail("secret.missing", "secret_ref", ref=ref)
        return value

    def set(self, ref: str, value: str) -> None:
        """Store a secret; refused on an insecure backend (nothing is written)."""
        status = self.status()
        if not status.usable:
            raise fail("keyring.unavailable", "secret", reason=status.backend)
        if not ref or not value.strip():
            raise fail("secret.empty", "secret")
        try:
            self.backend.set_password(SERVICE, ref, value)
        except keyring.errors.KeyringError as e:
            raise fail("keyring.unavailable", "secret", reason=type(e).__name__) from e

    def has(self, ref: str) -> bool:
        """True when a secret is stored under ``ref`` (False when the keyring is unusable)."""
        try:
            return bool(ref) and bool(self.backend.get_password(SERVICE, ref))
        except keyring.errors.KeyringError:
            return False
