"""Fixtures of the scale tests: demo articles and the documents a serial run gives them."""

from __future__ import annotations

import pytest

N_ARTICLES = 20


@pytest.fixture(scope="session")
def demo():
    from tests.scale.helpers import demo_articles

    return demo_articles(N_ARTICLES)


@pytest.fixture(scope="session")
def serial_documents(demo, pipeline) -> dict[str, dict]:
    from tests.scale.helpers import by_id

    return by_id(list(pipeline.extract_many(demo)))
