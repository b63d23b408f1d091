"""DaskExtractor on a LocalCluster of two worker processes: the serial run's documents, even when one dies."""

from __future__ import annotations

import os
import signal

import pytest

pytest.importorskip("distributed")

from tessera.scale.dask import DaskExtractor  # noqa: E402
from tests.scale.helpers import by_id, stored_documents  # noqa: E402


@pytest.fixture(scope="module")
def cluster():
    with DaskExtractor("local", workers=2, chunk_size=2) as extractor:
        yield extractor


def test_local_cluster_run_equals_serial(cluster, demo, serial_documents) -> None:
    pairs = list(cluster(demo))
    assert sorted(a.id for a, _ in pairs) == sorted(a.id for a in demo)
    assert by_id([r for _, r in pairs]) == serial_documents


def test_ordered_results(cluster, demo) -> None:
    assert [r.id for r in cluster.extract_many(demo[:6])] == [a.id for a in demo[:6]]


def test_killed_worker_still_gives_every_article_once(cluster, demo, serial_documents) -> None:
    victim = cluster.worker_pids()[0]
    results = []
    for _, result in cluster(iter(demo)):
        if not results:
            os.kill(victim, signal.SIGKILL)  # the nanny starts a new worker; its tasks run again
        results.append(result)
    assert by_id(results) == serial_documents


def test_pipelined_ingest_on_the_cluster_stores_the_serial_documents(cluster, demo, serial_documents, tmp_path) -> None:
    """The cluster codes the next batches while the one writer stores the oldest (`BatchSubmitter`)."""
    from tessera.ingest.driver import BatchSubmitter, ingest
    from tessera.store import open_store

    assert isinstance(cluster, BatchSubmitter)
    store = open_store(f"sqlite:///{tmp_path / 'store.sqlite'}")
    summary = ingest(store, demo, cluster, batch_size=4, batches_in_flight=3)
    assert (summary.new, summary.failed) == (len(demo), 0)
    order, stored = stored_documents(store)
    store.close()
    assert order == [a.id for a in demo]
    assert stored == serial_documents
