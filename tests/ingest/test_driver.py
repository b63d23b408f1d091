"""The ingest driver with the real pipeline: the store keeps one row per assembled incident."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tessera.ingest.driver import ingest
from tessera.records import Article
from tessera.store import EventFilter, open_store

ANAPHORA = (
    "Gunmen killed nine soldiers on Tuesday in an attack on an army post near Gao, the army said. "
    "The assault began at dawn and lasted two hours. "
    "The attack was the deadliest in the region this month."
)
BACKGROUND = (
    "The country has been fighting an insurgency since 2012. "
    "Militants attacked a police station in Gao on Monday, killing four officers."
)


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory):
    path: Path = tmp_path_factory.mktemp("driver") / "store.sqlite"
    store = open_store(f"sqlite:///{path}")
    articles = [
        Article(id="anaphora", text=ANAPHORA, published=dt.date(2024, 5, 9), language="en"),
        Article(id="background", text=BACKGROUND, published=dt.date(2024, 6, 4), language="en"),
    ]
    ingest(store, articles)
    yield store
    store.close()


def test_mentions_of_one_attack_are_stored_as_one_incident(stored) -> None:
    assaults = [e for e in stored.events(EventFilter(type=["ASSAULT"]), limit=100) if e.date_value == "2024-05-07"]
    assert len(assaults) == 1
    assert assaults[0].fatalities == 9


def test_background_statements_are_not_stored_as_incidents(stored) -> None:
    assaults = stored.events(EventFilter(type=["ASSAULT"]), limit=100)
    june = [e for e in assaults if (e.date_value or "").startswith("2024-06")]
    assert len(june) == 1 and june[0].fatalities == 4
    assert all(e.date_value != "2012" for e in assaults)


ENGLISH_REPORT = (
    "NIAMEY, March 21 - Gunmen on motorcycles killed 17 soldiers in an ambush near Tillaberi "
    "in western Niger on Saturday, the defence ministry said on Sunday."
)
FRENCH_REPORT = (
    "NIAMEY, 21 mars - Des hommes armés à moto ont tué 17 soldats dans une embuscade près de "
    "Tillabéri, dans l'ouest du Niger, samedi, a annoncé dimanche le ministère de la Défense."
)


def test_an_english_and_a_french_report_of_one_attack_are_one_incident(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'bilingual.sqlite'}")
    try:
        articles = [
            Article(id="en", text=ENGLISH_REPORT, published=dt.date(2021, 3, 21), url="https://example.org/en"),
            Article(id="fr", text=FRENCH_REPORT, published=dt.date(2021, 3, 21), url="https://example.org/fr"),
        ]
        summary = ingest(store, articles)
        assert (summary.new, summary.not_coded, summary.failed) == (2, 0, 0), store.failures()
        assaults = store.events(EventFilter(type=["ASSAULT"]), limit=100)
        assert len(assaults) == 1
        assert assaults[0].source_count == 2 and assaults[0].fatalities == 17
        languages = {source.language for source in store.event(assaults[0].id).sources}
        assert languages == {"en", "fr"}
    finally:
        store.close()


# --- pipelined with workers: the next batch is coded while the last one is written ---

from sqlalchemy import text as sql  # noqa: E402

from tessera.records import Document, ExtractionFailure  # noqa: E402
from tests.scale.helpers import ThreadedExtractor, stand_in_document  # noqa: E402


def _reports(n: int, poison: set[int] = frozenset()) -> list[Article]:  # type: ignore[assignment]
    # Different days keep every article its own incident, whatever the order.
    return [
        Article(
            id=f"{'poison' if i in poison else 'n'}-{i:02d}",
            text=f"Report {i}: gunmen attacked the village number {i}.",
            published=dt.date(2021, 1 + i % 12, 1 + i % 28),
            language="en",
        )
        for i in range(n)
    ]


def _stored_order(store) -> list[str]:  # type: ignore[no-untyped-def]
    with store.engine.connect() as connection:
        return list(connection.execute(sql("SELECT source_id FROM articles ORDER BY rowid")).scalars())


class LoggedExtractor(ThreadedExtractor):
    """Notes when each batch is handed over, beside the writes the progress callback notes."""

    def __init__(self, log: list[str], **options) -> None:  # type: ignore[no-untyped-def]
        super().__init__(**options)
        self.log = log

    def submit(self, articles):  # type: ignore[no-untyped-def]
        self.log.append("submit " + ",".join(a.id for a in articles))
        return super().submit(articles)


def test_pipelined_ingest_hands_over_the_next_batch_before_writing_and_writes_in_input_order(tmp_path: Path) -> None:
    log: list[str] = []
    reports = _reports(12)
    # The first batch's articles code slowest, so later batches are done before it.
    delay = {a.id: 0.2 if i < 4 else 0.0 for i, a in enumerate(reports)}
    with LoggedExtractor(log, delay=lambda a: delay[a.id]) as extractor:
        store = open_store(f"sqlite:///{tmp_path / 'store.sqlite'}")
        summary = ingest(store, reports, extractor, batch_size=4, progress=lambda s: log.append(f"written {s.new}"))
    assert (summary.new, summary.known, summary.failed, summary.events_added) == (12, 0, 0, 12)
    # The second batch went out before the first was written, and never more than two ahead.
    assert log[:2] == ["submit n-00,n-01,n-02,n-03", "submit n-04,n-05,n-06,n-07"]
    assert log[2] == "written 1"
    assert log.index("submit n-08,n-09,n-10,n-11") == 2 + 4
    assert _stored_order(store) == [a.id for a in reports]
    store.close()


def test_pipelined_ingest_stores_what_a_serial_ingest_stores(tmp_path: Path) -> None:
    reports = _reports(10)
    serial = open_store(f"sqlite:///{tmp_path / 'serial.sqlite'}")
    ingest(serial, reports, _StandIn(), batch_size=3)
    with ThreadedExtractor() as extractor:
        pipelined = open_store(f"sqlite:///{tmp_path / 'pipelined.sqlite'}")
        ingest(pipelined, reports, extractor, batch_size=3)
    assert _stored_order(pipelined) == _stored_order(serial) == [a.id for a in reports]
    for store in (serial, pipelined):
        assert store.stats().articles == 10
    assert [(e.date_value, e.location, e.source_count) for e in pipelined.events(EventFilter(), limit=100)] == [
        (e.date_value, e.location, e.source_count) for e in serial.events(EventFilter(), limit=100)
    ]
    serial.close()
    pipelined.close()


class _StandIn:
    """The stand-in coding in this process, one article at a time (no look-ahead)."""

    version = "stand-in"

    def extract_many(self, articles):  # type: ignore[no-untyped-def]
        for article in articles:
            yield stand_in_document(article)


def test_a_crashing_article_in_the_next_batch_loses_neither_batch(tmp_path: Path) -> None:
    reports = _reports(8, poison={5})
    with ThreadedExtractor(max_attempts=2) as extractor:
        store = open_store(f"sqlite:///{tmp_path / 'store.sqlite'}")
        summary = ingest(store, reports, extractor, batch_size=4)
    assert (summary.new, summary.failed) == (7, 1)
    assert _stored_order(store) == [a.id for a in reports]
    (failure,) = store.failures()
    assert failure.stage == "extract" and "cannot code poison-05" in failure.reason
    store.close()


class CrashingBatches(_StandIn):
    """Takes batches ahead, but a batch holding a poison article crashes as a whole."""

    def submit(self, articles):  # type: ignore[no-untyped-def]
        return _Crashing(list(articles))


class _Crashing:
    def __init__(self, articles: list[Article]) -> None:
        self.articles = articles

    def results(self) -> list[Document | ExtractionFailure]:
        return [stand_in_document(article) for article in self.articles]

    def cancel(self) -> None:
        pass


def test_a_batch_that_crashes_whole_is_retried_article_by_article(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'store.sqlite'}")
    summary = ingest(store, _reports(8, poison={6}), CrashingBatches(), batch_size=4)
    assert (summary.new, summary.failed) == (7, 1)
    assert [f.reason for f in store.failures()] == ["extraction crashed: ValueError: cannot code poison-06"]
    store.close()


def test_look_ahead_keeps_repeats_known_and_updates_in_order(tmp_path: Path) -> None:
    reports = _reports(4)
    first = reports[0].model_copy(update={"url": "https://example.org/a"})
    # Read while `first` is not written yet: the same text again, then a new text at its URL.
    repeat = first.model_copy(update={"id": "repeat", "url": None})
    update = first.model_copy(update={"id": "update", "text": first.text + " Two died."})
    items = [first, reports[1], repeat, update, reports[2], reports[3]]
    with ThreadedExtractor() as extractor:
        store = open_store(f"sqlite:///{tmp_path / 'store.sqlite'}")
        summary = ingest(store, items, extractor, batch_size=2)
    assert (summary.new, summary.known, summary.updated, summary.failed) == (5, 1, 1, 0), store.failures()
    # The update replaced the first text in place (the store keeps that one as a version).
    assert _stored_order(store) == ["update", "n-01", "n-02", "n-03"]
    with store.engine.connect() as connection:
        texts = connection.execute(sql("SELECT text FROM articles WHERE url = 'https://example.org/a'")).scalars()
        assert list(texts) == [update.text]
        versions = connection.execute(sql("SELECT content_hash FROM article_versions")).scalars()
        assert len(list(versions)) == 1
    store.close()


# A child process: a pipelined ingest of a JSONL file, coding slow stand-ins in two threads.
PIPELINED_CHILD = """
import sys
from tessera.ingest import read_sources
from tessera.ingest.driver import ingest
from tessera.store import open_store
from tests.scale.helpers import ThreadedExtractor

with ThreadedExtractor(delay=lambda _: 0.02) as extractor:
    summary = ingest(open_store(sys.argv[1]), read_sources([sys.argv[2]]), extractor, batch_size=4)
print(summary.new, summary.known, summary.failed)
"""


@pytest.mark.slow
def test_kill_9_during_a_pipelined_ingest_leaves_whole_articles_and_a_rerun_finishes(tmp_path: Path) -> None:
    """As tests/store/test_crash.py, with batches coded ahead of the writes when the kill lands."""
    import json
    import os
    import signal
    import subprocess
    import sys
    import time

    n = 120
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    corpus = tmp_path / "corpus.jsonl"
    records = [{"id": a.id, "text": a.text, "published": str(a.published)} for a in _reports(n)]
    corpus.write_text("".join(json.dumps(record) + "\n" for record in records))
    open_store(url).close()  # migrate first, so the kill cannot land mid-migration

    def count(query: str) -> int:
        with open_store(url, upgrade=False) as store, store.engine.connect() as connection:
            return connection.execute(sql(query)).scalar_one()

    repo = Path(__file__).resolve().parents[2]
    command = [sys.executable, "-c", PIPELINED_CHILD, url, str(corpus)]
    child = subprocess.Popen(command, cwd=repo, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while count("SELECT count(*) FROM articles") < n // 4:
        assert child.poll() is None, child.stderr.read().decode() if child.stderr else ""
        assert time.monotonic() < deadline, "the ingest made no progress"
        time.sleep(0.05)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    stored = count("SELECT count(*) FROM articles")
    assert 0 < stored < n
    # Whole articles only: every stored article is coded, with its one event mention.
    assert count("SELECT count(*) FROM articles WHERE status = 'coded'") == stored
    assert count("SELECT count(*) FROM event_sources") == stored
    # Written in input order: what is stored is the first articles, with no gap.
    first = ",".join(f"'n-{i:02d}'" for i in range(stored))
    assert count(f"SELECT count(*) FROM articles WHERE source_id IN ({first})") == stored

    rerun = subprocess.run(command, cwd=repo, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    new, known, failed = map(int, rerun.stdout.split())
    assert (new, known, failed) == (n - stored, stored, 0)
    assert count("SELECT count(DISTINCT content_hash) FROM articles") == count("SELECT count(*) FROM articles") == n
    assert count("SELECT count(*) FROM event_sources") == n
    assert count("SELECT count(*) FROM events WHERE id NOT IN (SELECT event_id FROM event_sources)") == 0
