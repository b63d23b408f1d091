"""ProcessPoolExtractor: two worker processes give the serial run's documents, even when one dies;
on Linux they are forked from a fork server that loaded the pipeline once."""

from __future__ import annotations

import os
import signal
import sys

import pytest

from tessera.ingest.driver import ingest
from tessera.scale.process_pool import ProcessPoolExtractor
from tessera.store import open_store
from tests.scale.helpers import by_id, stored_documents, worker_state


@pytest.fixture(scope="module")
def pool():
    with ProcessPoolExtractor(workers=2, chunk_size=2) as extractor:
        yield extractor


def test_pool_run_equals_serial(pool, demo, serial_documents) -> None:
    results = list(pool.extract_many(demo))
    assert [r.id for r in results] == [a.id for a in demo]
    assert by_id(results) == serial_documents


def test_pipelined_ingest_through_the_pool_stores_the_serial_documents(pool, demo, serial_documents, tmp_path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'store.sqlite'}")
    summary = ingest(store, demo, pool, batch_size=4)  # five batches, the next one coded while one is written
    assert (summary.new, summary.failed) == (len(demo), 0)
    order, stored = stored_documents(store)
    store.close()
    assert order == [a.id for a in demo]
    assert stored == serial_documents


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


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the fork server is the Linux start method")
def test_workers_are_forked_from_one_loaded_server(pool, demo) -> None:
    list(pool.extract_many(demo[:4]))  # both workers up
    states = [pool.backend.executor.submit(worker_state).result() for _ in range(4)]  # type: ignore[attr-defined]
    pids = set(pool.worker_pids())
    assert {s["pid"] for s in states} <= pids
    # Every worker's parent is the same fork server, not this process, and the server had
    # loaded the pipeline before it forked them: the model was loaded once for the pool.
    assert len({s["parent"] for s in states}) == 1 and states[0]["parent"] != os.getpid()
    assert all(s["forked_loaded"] and s["pipeline_loaded"] for s in states)
    # Forked without the parent's threads, and with OpenBLAS still at one thread a worker.
    assert all(s["python_threads"] == 1 and s["blas_threads"] in ([], [1]) for s in states)


def test_a_replacement_pool_forks_from_the_same_loaded_server(pool, demo) -> None:
    before = {pool.backend.executor.submit(worker_state).result()["parent"] for _ in range(2)}  # type: ignore[attr-defined]
    os.kill(pool.worker_pids()[0], signal.SIGKILL)
    assert len(list(pool.extract_many(demo[:4]))) == 4  # the pool is replaced and the chunks sent again
    state = pool.backend.executor.submit(worker_state).result()  # type: ignore[attr-defined]
    assert state["parent"] in before and state["forked_loaded"]
