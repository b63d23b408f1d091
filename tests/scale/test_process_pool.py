"""ProcessPoolExtractor: two worker processes give the serial run's documents, even when one dies."""

from __future__ import annotations

import os
import signal

import pytest

from tessera.scale.process_pool import ProcessPoolExtractor
from tests.scale.helpers import by_id


@pytest.fixture(scope="module")
def pool():
    with ProcessPoolExtractor(workers=2, chunk_size=2) as extractor:
        yield extractor


def test_pool_run_equals_serial(pool, demo, serial_documents) -> None:
    results = list(pool.extract_many(demo))
    assert [r.id for r in results] == [a.id for a in demo]
    assert by_id(results) == serial_documents


def test_killed_worker_still_gives_every_article_once(pool, demo, serial_documents, caplog) -> None:
    pairs = []
    for pair in pool(iter(demo)):
        if not pairs:  # mid-run: chunks are in flight on both workers
            os.kill(pool.worker_pids()[0], signal.SIGKILL)
        pairs.append(pair)
    assert all(article.id == result.id for article, result in pairs)
    assert by_id([result for _, result in pairs]) == serial_documents
    # One death, one new pool: the other chunks of the broken pool are simply sent again.
    assert sum("an extraction worker died" in r.getMessage() for r in caplog.records) == 1
