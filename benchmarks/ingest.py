"""Throughput, peak memory and storage overhead of `tessera ingest`.

    python benchmarks/ingest.py [--articles 2000] [--seed 0] [--db URL] [--skip-demo] [--stub]

Ingests the demo corpus (tessera/data/demo/articles.jsonl) and a generated corpus
(`benchmarks/corpus.py`) into fresh databases (temporary SQLite files unless --db is
given) and prints, for each: articles/s, events, time in extraction vs time writing to
the store (the target: storage under 20% of extraction time), and the peak RSS.
With --stub the extraction pipeline is replaced by one fixed event per article, to
measure the store alone. Not a test: figures are quoted in docs/STORE.md.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus import generate_articles  # noqa: E402

from tessera.ingest import read_sources  # noqa: E402
from tessera.records import Article, Document, Event, SentenceSpan, Span  # noqa: E402
from tessera.store import IngestSummary, open_store  # noqa: E402

DEMO = Path(__file__).resolve().parent.parent / "tessera" / "data" / "demo" / "articles.jsonl"


class StubExtractor:
    """One ASSAULT per article, no NLP: isolates the cost of storing and clustering."""

    version = "stub"

    def extract_many(self, articles: Iterable[Article]) -> Iterator[Document]:
        for article in articles:
            end = article.text.find(".") + 1 or len(article.text)
            event = Event(
                id="stub",
                type="ASSAULT",
                mode="asserted",
                trigger=Span(text=article.text[:1], start=0, end=1),
                sentence=SentenceSpan(start=0, end=end),
                confidence=0.5,
            )
            yield Document(id=article.id, language="en", events=[event])


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(name: str, items: Iterable[object], url: str, stub: bool) -> dict[str, object]:
    store = open_store(url)
    started = time.perf_counter()
    summary: IngestSummary = store.ingest(items, StubExtractor() if stub else None)  # type: ignore[arg-type]
    wall = time.perf_counter() - started
    stats = store.stats()
    store.close()
    return {
        "corpus": name,
        "articles": summary.processed,
        "new": summary.new,
        "failed": summary.failed,
        "events": stats.events,
        "event_mentions": stats.sources,
        "seconds": round(wall, 2),
        "articles_per_s": round(summary.processed / wall, 1) if wall else None,
        "extract_s": round(summary.extract_seconds, 2),
        "store_s": round(summary.store_seconds, 2),
        "storage_overhead": round(summary.store_seconds / summary.extract_seconds, 3)
        if summary.extract_seconds
        else None,
        "peak_rss_mb": round(_peak_rss_mb(), 1),
    }


def dedupe_agreement(url: str) -> dict[str, object]:
    """Article pairs sharing an event vs the demo corpus's `incident` answer key.

    Pair precision: of the article pairs the store put in one event, how many report
    one incident; pair recall: of the pairs that report one incident, how many share
    an event. (Articles can share an event without the key's incident when they
    mention the same earlier event, e.g. a coup, in background sentences.)
    """
    from itertools import combinations

    from sqlalchemy import text

    key: dict[str, str] = {}
    for line in DEMO.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            if record.get("incident"):
                key[record["id"]] = record["incident"]
    truth = {frozenset(p) for p in combinations(sorted(key), 2) if key[p[0]] == key[p[1]]}
    store = open_store(url)
    with store.engine.connect() as connection:
        rows = connection.execute(
            text("SELECT s.event_id, a.source_id FROM event_sources s JOIN articles a ON a.id = s.article_id")
        ).all()
    store.close()
    by_event: dict[str, set[str]] = {}
    for event_id, source_id in rows:
        by_event.setdefault(event_id, set()).add(source_id)
    found = {frozenset(p) for ids in by_event.values() for p in combinations(sorted(ids), 2)}
    hits = len(found & truth)
    return {
        "corpus": "demo dedupe",
        "incident_pairs": len(truth),
        "pairs_sharing_an_event": len(found),
        "pair_precision": round(hits / len(found), 3) if found else None,
        "pair_recall": round(hits / len(truth), 3) if truth else None,
        "missed": sorted(sorted(p) for p in truth - found),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--db", help="database URL prefix (default: fresh temporary SQLite files)")
    parser.add_argument("--skip-demo", action="store_true")
    parser.add_argument("--stub", action="store_true", help="replace extraction with a fixed stub")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="tessera-bench-"))
    results = []
    if not args.skip_demo and DEMO.exists():
        url = args.db or f"sqlite:///{folder / 'demo.sqlite'}"
        results.append(run("demo", read_sources([DEMO]), url, args.stub))
        if not args.stub:
            results.append(dedupe_agreement(url))
    if args.articles:
        url = args.db or f"sqlite:///{folder / 'generated.sqlite'}"
        results.append(
            run(f"generated-{args.articles}", generate_articles(args.articles, seed=args.seed), url, args.stub)
        )
    for result in results:
        print(json.dumps(result))


if __name__ == "__main__":
    main()
