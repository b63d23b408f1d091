"""API tokens: who may write to the store through the HTTP API.

Input: a store (anything with a SQLAlchemy `engine`) and a token name; output: the
token string, shown once (`tessera token create NAME`). Only a salted hash of the
secret part is kept, in the `api_tokens` table (Alembic migration 0002 in
`tessera/store/migrations/versions/`), so a copy of the database lets no one write.

A token reads `tsr_<key>_<secret>`: the key finds the row without scanning every
hash; the secret is 256 random bits, so one round of salted SHA-256 is enough (slow
password hashes defend low-entropy secrets, which these are not) and keeps each
authenticated request cheap. Comparison is constant-time.

Sits beside the store; used by `tessera.api` (write endpoints) and `tessera.cli.serve`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import secrets
import weakref
from typing import Protocol

from pydantic import BaseModel, ConfigDict
from sqlalchemy import DateTime, Engine, String, delete, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from tessera.store.models import Base

__all__ = ["TokenError", "TokenInfo", "create_token", "list_tokens", "revoke_token", "verify_token"]

TOKEN_PREFIX = "tsr"
NAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}$")
_TOKEN_PATTERN = re.compile(rf"^{TOKEN_PREFIX}_([0-9a-f]{{12}})_([A-Za-z0-9_-]{{43}})$")


class ApiTokenRow(Base):
    __tablename__ = "api_tokens"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    key: Mapped[str] = mapped_column(String(12), unique=True)
    salt: Mapped[str] = mapped_column(String(32))
    secret_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    last_used_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class HasEngine(Protocol):
    engine: Engine


class TokenError(ValueError):
    """A token operation that cannot be done as asked; the message says why."""


class TokenInfo(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: str
    created_at: dt.datetime
    last_used_at: dt.datetime | None = None


_READY: weakref.WeakSet[Engine] = weakref.WeakSet()


def _engine(store: HasEngine | Engine) -> Engine:
    engine = store if isinstance(store, Engine) else store.engine
    if engine not in _READY:
        # The migration makes the table; this covers a database migrated before it existed.
        ApiTokenRow.__table__.create(engine, checkfirst=True)  # type: ignore[attr-defined]
        _READY.add(engine)
    return engine


def _hash(salt: str, secret: str) -> str:
    return hashlib.sha256(f"{salt}:{secret}".encode()).hexdigest()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def create_token(store: HasEngine | Engine, name: str) -> str:
    """Make a token called `name` and return it; it cannot be shown again."""
    if not NAME_PATTERN.match(name):
        raise TokenError(
            f"invalid token name {name!r}: use 1-64 letters, digits, '_', '.', '@' or '-', "
            "starting with a letter or digit"
        )
    key = secrets.token_hex(6)
    secret = secrets.token_urlsafe(32)
    salt = secrets.token_hex(16)
    with Session(_engine(store)) as session, session.begin():
        if session.get(ApiTokenRow, name) is not None:
            raise TokenError(f"a token named {name!r} exists: revoke it first (tessera token revoke {name})")
        session.add(ApiTokenRow(name=name, key=key, salt=salt, secret_hash=_hash(salt, secret), created_at=_now()))
    return f"{TOKEN_PREFIX}_{key}_{secret}"


def revoke_token(store: HasEngine | Engine, name: str) -> None:
    """Delete the token called `name`; requests carrying it get 401 from now on."""
    with Session(_engine(store)) as session, session.begin():
        result = session.execute(delete(ApiTokenRow).where(ApiTokenRow.name == name))
        if result.rowcount == 0:  # type: ignore[attr-defined]
            raise TokenError(f"no token named {name!r} (see tessera token list)")


def list_tokens(store: HasEngine | Engine) -> list[TokenInfo]:
    with Session(_engine(store)) as session:
        rows = session.scalars(select(ApiTokenRow).order_by(ApiTokenRow.name))
        return [TokenInfo(name=r.name, created_at=r.created_at, last_used_at=r.last_used_at) for r in rows]


def verify_token(store: HasEngine | Engine, token: str | None) -> str | None:
    """The name of the token if it is valid, else None."""
    if not token:
        return None
    match = _TOKEN_PATTERN.match(token.strip())
    if match is None:
        return None
    key, secret = match.groups()
    with Session(_engine(store)) as session, session.begin():
        row = session.scalars(select(ApiTokenRow).where(ApiTokenRow.key == key)).one_or_none()
        if row is None or not hmac.compare_digest(row.secret_hash, _hash(row.salt, secret)):
            return None
        row.last_used_at = _now()
        return row.name
