"""API tokens: shown once, stored only as a salted hash, revocable."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from tessera.auth import TokenError, create_token, list_tokens, revoke_token, verify_token
from tessera.store.models import ApiTokenRow


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Any]:
    from tessera.store import open_store

    opened = open_store(f"sqlite:///{tmp_path / 'tokens.sqlite'}")
    yield opened
    opened.close()


def test_a_token_verifies_until_revoked(store: Any) -> None:
    token = create_token(store, "newsroom-bot")
    assert verify_token(store, token) == "newsroom-bot"
    revoke_token(store, "newsroom-bot")
    assert verify_token(store, token) is None


def test_only_a_salted_hash_is_stored(store: Any) -> None:
    first = create_token(store, "a")
    second = create_token(store, "b")
    with Session(store.engine) as session:
        rows = session.scalars(select(ApiTokenRow)).all()
    stored = " ".join(f"{r.key} {r.salt} {r.secret_hash}" for r in rows)
    for token in (first, second):
        secret = token.split("_", 2)[2]  # the secret itself may hold "_"
        assert len(secret) >= 40
        assert secret not in stored
    assert len({r.salt for r in rows}) == 2


@pytest.mark.parametrize(
    "forged",
    ["", "tsr_", "Bearer x", "tsr_000000000000_" + "A" * 43, "x" * 500],
)
def test_wrong_tokens_do_not_verify(store: Any, forged: str) -> None:
    real = create_token(store, "real")
    assert verify_token(store, forged) is None
    assert verify_token(store, real[:-1] + ("B" if real[-1] != "B" else "C")) is None


def test_names_are_unique_and_checked(store: Any) -> None:
    create_token(store, "ops")
    with pytest.raises(TokenError, match="exists"):
        create_token(store, "ops")
    with pytest.raises(TokenError, match="invalid token name"):
        create_token(store, "two words")
    with pytest.raises(TokenError, match="no token named"):
        revoke_token(store, "ghost")
    assert [t.name for t in list_tokens(store)] == ["ops"]


def test_the_migration_makes_the_table(store: Any) -> None:
    from sqlalchemy import inspect

    assert "api_tokens" in inspect(store.engine).get_table_names()
