"""Throughput, peak memory and storage overhead of `tessera ingest`.

    python benchmarks/ingest.py [--articles 2000] [--seed 0] [--db URL] [--skip-demo] [--stub]
    python benchmarks/ingest.py --record DOCS.jsonl ARTICLES.jsonl [--articles 2000] [--seed 0]
    python benchmarks/ingest.py --replay DOCS.jsonl ARTICLES.jsonl [--db URL] [--every 100] [--limit N]

Ingests the demo corpus (tessera/data/demo/articles.jsonl) and a generated corpus
(`benchmarks/corpus.py`) into fresh databases (temporary SQLite files unless --db is
given) and prints, for each: articles/s, events, time in extraction vs time writing to
the store (the target: storage under 20% of extraction time), and the peak RSS.
With --stub the extraction pipeline is replaced by one fixed event per article, to
measure the store alone. With --replay the pipeline is replaced by Documents extracted
earlier (one JSON `tessera.records.Document` per line, ids matching the articles'), so
the store is measured alone on real extraction output; it also prints the store's
seconds per `--every` articles as the store grows. --record writes such a pair of files
for the generated corpus (it runs the pipeline: minutes). Not a test: figures are
quoted in docs/STORE.md.
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
from tessera.ingest.driver import ingest  # noqa: E402
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


class ReplayExtractor:
    """Hands back Documents extracted earlier, by article id: the store alone on real events."""

    version = "replay"

    def __init__(self, documents: Path) -> None:
        self.documents: dict[str, str] = {}
        with documents.open(encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    # Parsed on demand: decoding is the pipeline's share, not the store's.
                    self.documents[json.loads(line)["id"]] = line

    def extract_many(self, articles: Iterable[Article]) -> Iterator[Document]:
        for article in articles:
            yield Document.model_validate_json(self.documents[article.id])


def read_articles(path: Path, ids: set[str]) -> Iterator[Article]:
    """The articles of a JSONL file of `Article` records that have a replayed Document."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                article = Article.model_validate_json(line)
                if article.id in ids:
                    yield article


class GrowthMeter:
    """A progress callback: store seconds for each `every` articles, as the store grows."""

    def __init__(self, every: int) -> None:
        self.every = every
        self.last = (0, 0.0)  # articles processed, store seconds, at the last mark
        self.intervals: list[dict[str, object]] = []

    def __call__(self, summary: IngestSummary) -> None:
        done, seconds = summary.processed, summary.store_seconds
        if done >= self.last[0] + self.every:  # the store reports once per batch of articles
            spent = seconds - self.last[1]
            self.intervals.append(
                {
                    "articles": done,
                    "store_s": round(spent, 2),
                    "store_ms_per_article": round(spent * 1000 / (done - self.last[0]), 1),
                }
            )
            self.last = (done, seconds)


def record(count: int, seed: int, documents: Path, articles: Path) -> None:
    """Write a generated corpus and what the pipeline extracts from it, for --replay."""
    from tessera.pipeline import extract_many

    corpus = generate_articles(count, seed=seed)
    with articles.open("w", encoding="utf-8") as out:
        for article in corpus:
            out.write(article.model_dump_json() + "\n")
    with documents.open("w", encoding="utf-8") as out:
        for document in extract_many(corpus):
            out.write(document.model_dump_json() + "\n")


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(
    name: str,
    items: Iterable[object],
    url: str,
    stub: bool,
    extractor: object | None = None,
    progress: GrowthMeter | None = None,
) -> dict[str, object]:
    store = open_store(url)
    started = time.perf_counter()
    extractor = extractor or (StubExtractor() if stub else None)
    summary: IngestSummary = ingest(store, items, extractor, progress=progress)  # type: ignore[arg-type]
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
    parser.add_argument(
        "--replay",
        nargs=2,
        type=Path,
        metavar=("DOCS", "ARTICLES"),
        help="store Documents extracted earlier (JSONL) for the articles of ARTICLES (JSONL), without the NLP",
    )
    parser.add_argument(
        "--record",
        nargs=2,
        type=Path,
        metavar=("DOCS", "ARTICLES"),
        help="write the generated corpus (--articles, --seed) and its extracted Documents, for --replay",
    )
    parser.add_argument("--limit", type=int, help="with --replay: only the first N articles")
    parser.add_argument("--every", type=int, default=100, help="with --replay: store seconds per this many articles")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="tessera-bench-"))
    results = []
    if args.record:
        record(args.articles, args.seed, *args.record)
        return
    if args.replay:
        documents, article_file = args.replay
        replay = ReplayExtractor(documents)
        items: Iterable[Article] = read_articles(article_file, set(replay.documents))
        if args.limit:
            items = list(items)[: args.limit]
        meter = GrowthMeter(args.every)
        url = args.db or f"sqlite:///{folder / 'replay.sqlite'}"
        result = run(f"replay-{documents.name}", items, url, False, replay, meter)
        print(json.dumps(result))
        for interval in meter.intervals:
            print(json.dumps(interval))
        return
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
