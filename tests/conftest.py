"""Shared fixtures: the seed article (read from ../shared, never copied) and one pipeline per session."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED_ARTICLE = SHARED / "examples" / "seed-article.txt"
SEED_PUBLISHED = dt.date(2022, 2, 18)


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED_ARTICLE.exists():
        pytest.skip(f"seed article not found at {SEED_ARTICLE} (it lives in ../shared, outside the repo)")
    return SEED_ARTICLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def pipeline():
    from tessera.pipeline import Pipeline

    return Pipeline.default()


@pytest.fixture(scope="session")
def nlp():
    from tessera.parse import load_language

    return load_language()
