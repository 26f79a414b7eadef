"""Local accounts: create, sign in (scrypt, lockout), roles; the signed-in user of this desk."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from xa_console.db.database import Database
from xa_console.db.models import UserRow
from xa_console.domain.errors import DomainError, fail
from xa_console.domain.review.passwords import (
    LoginState,
    check_strength,
    hash_password,
    verify_password,
)
from xa_console.domain.review.workflow import Role
from xa_console.services import audit
from xa_console.services.changes import Changes

LOCAL_ADMIN = "admin"
NO_PASSWORD = "!"  # never matches: the single-seat administrator signs in without one


@dataclass(frozen=True)
class User:
    """A user as the rest of the console sees it."""

    id: int
    username: str
    display_name: str
    roles: tuple[Role, ...]
    active: bool = True

    def has(self, role: Role) -> bool:
        """True when the user holds ``role``."""
        return role in self.roles


def _user(row: UserRow) -> User:
    return User(
        row.id, row.username, row.display_name, tuple(Role(r) for r in row.roles), row.active
    )


def _roles(roles: list[str] | tuple[str, ...]) -> list[str]:
    out = []
    for r in roles:
        try:
            out.append(Role(r).value)
        except ValueError:
            raise fail("user.bad_role", "roles", value=r) from None
    if not out:
        raise fail("user.no_role", "roles")
    return sorted(set(out))


class CurrentUser:
    """Who is signed in at this desk (one per running console)."""

    def __init__(self) -> None:
        self.user: User | None = None

    def require(self) -> User:
        """The signed-in user, or ``auth.required``."""
        if self.user is None:
            raise fail("auth.required", "user")
        return self.user


class UserService:
    """Accounts and sign-in."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def ensure_local_admin(self) -> None:
        """Create the single-seat administrator when there is no user at all."""
        with self.db.write() as s:
            if s.scalar(select(func.count(UserRow.id))):
                return
            row = UserRow(
                username=LOCAL_ADMIN,
                display_name="本机管理员",
                password_hash=NO_PASSWORD,
                roles=[r.value for r in Role],
            )
            s.add(row)
            s.flush()
            audit.append(
                s,
                None,
                "user.create",
                "user",
                row.id,
                {"username": LOCAL_ADMIN, "single_seat": True},
            )

    def count(self) -> int:
        """Active users."""
        with self.db.read() as s:
            return int(s.scalar(select(func.count(UserRow.id)).where(UserRow.active)) or 0)

    def single_seat(self) -> bool:
        """Only one account exists: the console starts signed in as it."""
        return self.count() <= 1

    def users(self) -> list[User]:
        """Every account, by username."""
        with self.db.read() as s:
            return [_user(r) for r in s.scalars(select(UserRow).order_by(UserRow.username))]

    def get(self, username: str) -> User | None:
        """An account by username."""
        with self.db.read() as s:
            row = s.scalars(select(UserRow).where(UserRow.username == username)).first()
            return None if row is None else _user(row)

    def create(
        self,
        actor: User | None,
        username: str,
        display_name: str,
        password: str,
        roles: list[str] | tuple[str, ...],
    ) -> tuple[User, Changes]:
        """Create an account (administrators only, once any account exists)."""
        username = username.strip()
        if not username or len(username) > 64:
            raise fail("field.required", "username")
        check_strength(password)
        wanted = _roles(roles)
        with self.db.write() as s:
            if s.scalar(select(func.count(UserRow.id))) and (
                actor is None or not actor.has(Role.ADMIN)
            ):
                raise fail("workflow.role_required", "role", role=Role.ADMIN.value)
            acting = s.get(UserRow, actor.id) if actor else None
            if acting is not None and acting.password_hash == NO_PASSWORD:
                raise fail("user.admin_password_first", "password")  # else nobody could sign in
            if s.scalars(select(UserRow).where(UserRow.username == username)).first() is not None:
                raise fail("user.exists", "username", value=username)
            row = UserRow(
                username=username,
                display_name=display_name.strip() or username,
                password_hash=hash_password(password),
                roles=wanted,
            )
            s.add(row)
            s.flush()
            audit.append(
                s,
                actor.id if actor else None,
                "user.create",
                "user",
                row.id,
                {"username": username, "roles": wanted},
            )
            return _user(row), Changes()

    def set_roles(self, actor: User, user_id: int, roles: list[str]) -> Changes:
        """Change someone's roles (administrators only; audited)."""
        if not actor.has(Role.ADMIN):
            raise fail("workflow.role_required", "role", role=Role.ADMIN.value)
        wanted = _roles(roles)
        with self.db.write() as s:
            row = s.get(UserRow, user_id)
            if row is None:
                raise fail("user.unknown", "user", value=user_id)
            old, row.roles = list(row.roles), wanted
            audit.append(s, actor.id, "user.roles", "user", user_id, {"from": old, "to": wanted})
        return Changes()

    def set_password(self, actor: User, user_id: int, password: str) -> Changes:
        """Set a password (one's own, or anyone's as administrator); clears a lockout."""
        if actor.id != user_id and not actor.has(Role.ADMIN):
            raise fail("workflow.role_required", "role", role=Role.ADMIN.value)
        check_strength(password)
        with self.db.write() as s:
            row = s.get(UserRow, user_id)
            if row is None:
                raise fail("user.unknown", "user", value=user_id)
            row.password_hash = hash_password(password)
            row.failed_attempts, row.locked_until = 0, None
            audit.append(s, actor.id, "user.password", "user", user_id, {})
        return Changes()

    def authenticate(self, username: str, password: str, now: datetime | None = None) -> User:
        """Sign in; wrong passwords count towards a 15-minute lockout (5 in a row).

        The failure is committed (count and audit row) before the error is raised.
        """
        now = now or datetime.now(UTC)
        with self.db.write() as s:
            outcome = self._attempt(s, username, password, now)
        if isinstance(outcome, DomainError):
            raise outcome
        return outcome

    @staticmethod
    def _attempt(s: Session, username: str, password: str, now: datetime) -> User | DomainError:
        row = s.scalars(select(UserRow).where(UserRow.username == username)).first()
        if row is None or not row.active:
            audit.append(s, None, "auth.fail", "user", username, {"reason": "unknown"}, now)
            return fail("auth.bad_login", "password")
        state = LoginState(row.failed_attempts, _aware(row.locked_until))
        if state.locked(now):
            audit.append(s, row.id, "auth.fail", "user", row.id, {"reason": "locked"}, now)
            return fail("auth.locked", "user", until=state.locked_until)
        if not verify_password(password, row.password_hash):
            new = state.after_failure(now)
            row.failed_attempts, row.locked_until = new.failed_attempts, new.locked_until
            audit.append(
                s,
                row.id,
                "auth.fail",
                "user",
                row.id,
                {"reason": "password", "locked": new.locked_until is not None},
                now,
            )
            if new.locked_until is not None:
                return fail("auth.locked", "user", until=new.locked_until)
            return fail("auth.bad_login", "password")
        row.failed_attempts, row.locked_until = 0, None
        audit.append(s, row.id, "auth.login", "user", row.id, {}, now)
        return _user(row)


def _aware(d: datetime | None) -> datetime | None:
    if d is not None and d.tzinfo is None:  # SQLite returns naive datetimes
        return d.replace(tzinfo=UTC)
    return d
