"""Killing an ingest with SIGKILL half-way, then running it again: every article exactly once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from tessera.store import open_store
from tessera.store.database import create_store_engine

REPO = Path(__file__).resolve().parents[2]
ARTICLES = 120

# A child process: ingest a JSONL file with a deliberately slow stand-in pipeline.
CHILD = """
import sys, time
from tessera.ingest import read_sources
from tessera.ingest.driver import ingest
from tessera.records import Document, Event, SentenceSpan, Span
from tessera.store import open_store
from tessera.store.database import create_store_engine

class SlowExtractor:
    version = "crash-test"
    def extract_many(self, articles):
        for a in articles:
            time.sleep(0.02)
            trigger = Span(text=a.text[:8], start=0, end=8)
            event = Event(id="e", type="ASSAULT", mode="asserted", trigger=trigger,
                          sentence=SentenceSpan(start=0, end=len(a.text)), confidence=0.5)
            yield Document(id=a.id, language="en", events=[event])

store = open_store(sys.argv[1])
summary = ingest(store, read_sources([sys.argv[2]]), SlowExtractor(), batch_size=4)
print(summary.new, summary.known, summary.failed)
"""


def _count(url: str) -> int:
    engine = create_store_engine(url)
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT count(*) FROM articles")).scalar_one()
    finally:
        engine.dispose()


@pytest.mark.slow
def test_kill_9_half_way_then_rerun_leaves_every_article_once(store_url: str, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w") as out:
        for n in range(ARTICLES):
            # Different days keep every article its own incident, whatever the order.
            out.write(
                json.dumps(
                    {
                        "id": f"n{n}",
                        "text": f"Report {n}: gunmen attacked the village number {n}.",
                        "published": f"2021-{1 + n % 12:02d}-{1 + n % 28:02d}",
                    }
                )
                + "\n"
            )
    open_store(store_url).close()  # migrate first, so the child's kill cannot land mid-migration
    command = [sys.executable, "-c", CHILD, store_url, str(corpus)]
    child = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while _count(store_url) < ARTICLES // 4:
        assert child.poll() is None, child.stderr.read().decode() if child.stderr else ""
        assert time.monotonic() < deadline, "the ingest made no progress"
        time.sleep(0.05)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    stored = _count(store_url)
    assert 0 < stored < ARTICLES

    rerun = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    new, known, failed = map(int, rerun.stdout.split())
    assert (new + known, failed) == (ARTICLES, 0)
    assert known >= stored  # everything committed before the kill was kept
    with open_store(store_url) as store, store.engine.connect() as connection:
        assert connection.execute(text("SELECT count(DISTINCT content_hash), count(*) FROM articles")).one() == (
            ARTICLES,
            ARTICLES,
        )
        # Each article's event was written with it: one mention per article, none orphaned.
        assert connection.execute(text("SELECT count(*) FROM event_sources")).scalar_one() == ARTICLES
        assert (
            connection.execute(
                text("SELECT count(*) FROM events WHERE id NOT IN (SELECT event_id FROM event_sources)")
            ).scalar_one()
            == 0
        )
        assert store.stats().articles == ARTICLES
        # The killed run was marked interrupted when the rerun started; the rerun finished.
        runs = connection.execute(text("SELECT status, finished_at IS NULL FROM ingest_runs ORDER BY id")).all()
        assert [tuple(run) for run in runs] == [("interrupted", True), ("finished", False)]
