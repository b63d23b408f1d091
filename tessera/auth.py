"""API tokens: who may write to the store through the HTTP API (format, hashing, naming policy).

Input: a store and a token name; output: the token string, shown once (`tessera token
create NAME`). Only a salted hash of the secret part is kept, by the store
(`Store.add_token`, table `api_tokens` in `tessera/store/models.py`, Alembic migration
0002), so a copy of the database lets no one write. This module holds no table and
opens no session: the store keeps the rows, this module decides what goes in them.

A token reads `tsr_<key>_<secret>`: the key finds the row without scanning every
hash; the secret is 256 random bits, so one round of salted SHA-256 is enough (slow
password hashes defend low-entropy secrets, which these are not) and keeps each
authenticated request cheap. Comparison is constant-time.

Used by `tessera.api` (write endpoints) and `tessera.cli.serve`.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from typing import Protocol

from tessera.store.records import StoredToken, TokenInfo

__all__ = ["TokenError", "TokenInfo", "TokenStore", "create_token", "list_tokens", "revoke_token", "verify_token"]

TOKEN_PREFIX = "tsr"
NAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}$")
_TOKEN_PATTERN = re.compile(rf"^{TOKEN_PREFIX}_([0-9a-f]{{12}})_([A-Za-z0-9_-]{{43}})$")


class TokenStore(Protocol):
    """What tokens need of the store (`tessera.store.Store` has it)."""

    def add_token(self, name: str, key: str, salt: str, secret_hash: str) -> bool: ...
    def token_by_key(self, key: str) -> StoredToken | None: ...
    def mark_token_used(self, name: str) -> None: ...
    def remove_token(self, name: str) -> bool: ...
    def tokens(self) -> list[TokenInfo]: ...


class TokenError(ValueError):
    """A token operation that cannot be done as asked; the message says why."""


def _hash(salt: str, secret: str) -> str:
    return hashlib.sha256(f"{salt}:{secret}".encode()).hexdigest()


def create_token(store: TokenStore, name: str) -> str:
    """Make a token called `name` and return it; it cannot be shown again."""
    if not NAME_PATTERN.match(name):
        raise TokenError(
            f"invalid token name {name!r}: use 1-64 letters, digits, '_', '.', '@' or '-', "
            "starting with a letter or digit"
        )
    key = secrets.token_hex(6)
    secret = secrets.token_urlsafe(32)
    salt = secrets.token_hex(16)
    if not store.add_token(name, key, salt, _hash(salt, secret)):
        raise TokenError(f"a token named {name!r} exists: revoke it first (tessera token revoke {name})")
    return f"{TOKEN_PREFIX}_{key}_{secret}"


def revoke_token(store: TokenStore, name: str) -> None:
    """Delete the token called `name`; requests carrying it get 401 from now on."""
    if not store.remove_token(name):
        raise TokenError(f"no token named {name!r} (see tessera token list)")


def list_tokens(store: TokenStore) -> list[TokenInfo]:
    return store.tokens()


def verify_token(store: TokenStore, token: str | None) -> str | None:
    """The name of the token if it is valid, else None; a valid use is recorded."""
    if not token:
        return None
    match = _TOKEN_PATTERN.match(token.strip())
    if match is None:
        return None
    key, secret = match.groups()
    stored = store.token_by_key(key)
    if stored is None or not hmac.compare_digest(stored.secret_hash, _hash(stored.salt, secret)):
        return None
    store.mark_token_used(stored.name)
    return stored.name
