"""Shared fixtures: the seed article (read from ../shared, never copied) and one pipeline per session."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests draw the same examples on every run by default, so that a test suite which passed
# once passes again on the same code (CI must not fail at random). Set HYPOTHESIS_PROFILE=explore to
# draw fresh random examples when hunting for new failures.
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

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
def code_french(pipeline):
    """Codes a French text (published 2024-03-09 unless told) with the session's pipeline,
    which hands a French article to the French one."""
    from tessera.records import Article

    def code(text: str, published: str = "2024-03-09"):
        return pipeline.extract(Article(id="t", text=text, language="fr", published=published))

    return code


@pytest.fixture(scope="module")
def unfiltered():
    """The default pipelines (English, with French dispatched to its own) keeping every
    incident (threshold 0), for a module that tests what extraction and assembly build rather
    than what the trained confidence filter keeps (tessera/confidence.py; tests/test_confidence.py)."""
    from tessera.pipeline import Pipeline

    with pytest.MonkeyPatch.context() as patch:
        for pipeline in (Pipeline.default(), Pipeline.for_language("fr")):
            patch.setattr(pipeline, "incident_threshold", 0.0)
        yield Pipeline.default()


@pytest.fixture(scope="session")
def nlp():
    from tessera.parse import load_language

    return load_language()
