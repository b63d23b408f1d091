"""The store's API-token rows: add, find by key, mark used, remove, list.

Only storage: the token format, the hashing and the naming policy are `tessera.auth`'s.
Mixed into `tessera.store.Store`; the table is made by migration 0002.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from tessera.store.models import ApiTokenRow
from tessera.store.records import StoredToken, TokenInfo


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class StoreTokens:
    _session: sessionmaker[Session]

    def add_token(self, name: str, key: str, salt: str, secret_hash: str) -> bool:
        """Store a token's hash under `name`; False if a token of that name (or key) exists."""
        try:
            with self._session() as session, session.begin():
                if session.get(ApiTokenRow, name) is not None:
                    return False
                session.add(ApiTokenRow(name=name, key=key, salt=salt, secret_hash=secret_hash, created_at=_now()))
        except IntegrityError:  # the same name or key written by another process meanwhile
            return False
        return True

    def token_by_key(self, key: str) -> StoredToken | None:
        with self._session() as session:
            row = session.scalars(select(ApiTokenRow).where(ApiTokenRow.key == key)).one_or_none()
            if row is None:
                return None
            return StoredToken(name=row.name, salt=row.salt, secret_hash=row.secret_hash)

    def mark_token_used(self, name: str) -> None:
        with self._session() as session, session.begin():
            session.execute(update(ApiTokenRow).where(ApiTokenRow.name == name).values(last_used_at=_now()))

    def remove_token(self, name: str) -> bool:
        """Delete the token `name`; False if there is none."""
        with self._session() as session, session.begin():
            return bool(session.execute(delete(ApiTokenRow).where(ApiTokenRow.name == name)).rowcount)  # type: ignore[attr-defined]

    def tokens(self) -> list[TokenInfo]:
        """Every token's name and dates (never its hash), by name."""
        with self._session() as session:
            rows = session.scalars(select(ApiTokenRow).order_by(ApiTokenRow.name))
            return [TokenInfo(name=r.name, created_at=r.created_at, last_used_at=r.last_used_at) for r in rows]
