"""Load on the read endpoints of `tessera serve`: requests/s, errors and latency per endpoint.

    python benchmarks/load.py [--incidents 2000] [--seconds 60] [--readers 20] [--db PATH] [--seed 0]
                              [--server-workers 1] [--build-only]

Builds (or reuses, with --db) a SQLite store of about `--incidents` canonical events,
starts the real server (`tessera serve`, uvicorn) on 127.0.0.1 at a free port, runs
`--readers` concurrent clients for `--seconds` over the read endpoints (events lists
with filters and sorts, event detail, aggregates, actors, places, meta) and prints
requests/s, errors and p50/p95/p99 latency per endpoint, then stops the server.
Bounded and loopback only: nothing else is contacted, and the run ends on time.

It also prints the server's CPU time per request (user + system of the server process
and its workers over the run, from /proc; Linux only): on a machine shared with other
work, latency measures the queue as much as the server, CPU per request does not.

The store is written through the store's own write path (the ingest driver): synthetic
reports from `benchmarks/corpus.py`, each with a few events made by `SyntheticExtractor`
(places, actors, dates and counts drawn from the corpus's theatres), so clustering
merges some of them as it would real reports. No NLP runs; a 20,000-incident store
takes a few minutes to build, so keep it with --db and reuse it. Not a test: figures
are quoted in docs/STORE.md ("Reading under load").
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus import THEATRES, generate_articles  # noqa: E402

from tessera.records import Actor, Article, DateValue, Document, Event, Place, SentenceSpan, Span  # noqa: E402

COUNTRY_CODES = {
    "Mali": ("MLI", 17.0, -4.0),
    "Burkina Faso": ("BFA", 12.3, -1.6),
    "Niger": ("NER", 16.0, 8.0),
    "Nigeria": ("NGA", 9.5, 8.0),
    "Benin": ("BEN", 9.5, 2.3),
    "Togo": ("TGO", 8.6, 1.0),
    "Chad": ("TCD", 15.0, 19.0),
}
TYPES = ("ASSAULT", "ASSAULT", "ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "THREATEN", "SEIZE")
VICTIMS = (("civilians", "CVL"), ("soldiers", "MIL"), ("traders", "CVL"), ("police officers", "COP"))
EVENTS_PER_ARTICLE = 3
REQUEST_TIMEOUT_S = 30  # a request past this counts as an error (status 0)


def _offset(name: str, scale: float) -> float:
    """A fixed pseudo-random offset per name, so a town always sits at the same point."""
    return ((zlib.crc32(name.encode()) % 1000) / 1000 - 0.5) * scale


class SyntheticExtractor:
    """A few events per article drawn from its theatre; spans point at real sentences of the text."""

    version = "load-benchmark"

    def extract_many(self, articles: Iterable[Article]) -> Iterator[Document]:
        for article in articles:
            yield self.document(article)

    def document(self, article: Article) -> Document:
        rng = random.Random(article.id)
        theatre = next((t for t in THEATRES if t.capital.upper() in article.text[:60]), THEATRES[0])
        code, lat, lon = COUNTRY_CODES.get(theatre.country, ("MLI", 17.0, -4.0))
        sentences: list[tuple[int, int]] = []
        start = 0
        for end in range(len(article.text)):
            if article.text[end] == "." and end - start > 20:
                sentences.append((start, end + 1))
                start = end + 2
        events = []
        published = article.published or dt.date(2024, 1, 1)
        for index in range(EVENTS_PER_ARTICLE):
            s0, s1 = rng.choice(sentences) if sentences else (0, len(article.text))
            word_end = article.text.find(" ", s0, s1)
            word_end = s1 if word_end < 0 else word_end
            region, towns = rng.choice(list(theatre.regions.items()))
            town = rng.choice(towns)
            place = Place(
                text=article.text[s0:word_end], start=s0, end=word_end, name=town,
                geonames_id=zlib.crc32(f"{code}/{town}".encode()) % 9_000_000 + 1_000_000,
                lat=round(lat + _offset(town, 6.0), 4), lon=round(lon + _offset(town[::-1], 6.0), 4),
                country=code, admin1=region.removeprefix("the ").removesuffix(" region").title(), feature="city",
            )
            actor_name = rng.choice((theatre.army, *theatre.armed_groups))
            actor = Actor(text=article.text[s0:word_end], start=s0, end=word_end, name=actor_name,
                          country=code if actor_name == theatre.army else None,
                          type="MIL" if actor_name == theatre.army else "REB")
            victim, sector = rng.choice(VICTIMS)
            recipient = Actor(text=article.text[s0:word_end], start=s0, end=word_end, name=victim.title(),
                              country=code, type=sector)
            day = (published - dt.timedelta(days=rng.randint(0, 6))).isoformat()
            kind = rng.choice(TYPES)
            events.append(
                Event(
                    id=f"{article.id}-e{index}",
                    type=kind,  # type: ignore[arg-type]
                    mode="asserted",
                    trigger=Span(text=article.text[s0:word_end], start=s0, end=word_end),
                    sentence=SentenceSpan(start=s0, end=s1),
                    actor=actor,
                    recipient=recipient,
                    location=place,
                    date=DateValue(text=article.text[s0:word_end], start=s0, end=word_end, value=day,
                                   precision="day"),
                    fatalities=rng.choice((None, 0, 1, 2, 3, 5, 8, 12, 20, 40)) if kind == "ASSAULT" else None,
                    confidence=round(rng.uniform(0.4, 0.95), 2),
                )
            )
        return Document(id=article.id, language="en", events=events)


def build_store(path: Path, incidents: int, seed: int) -> dict[str, Any]:
    """A store of about `incidents` canonical events at `path` (reused if it has enough)."""
    from tessera.ingest.driver import ingest
    from tessera.store import open_store

    with open_store(f"sqlite:///{path}") as store:
        have = store.stats().events
        if have >= incidents:
            return {"built": False, "events": have, "articles": store.stats().articles}
        started = time.perf_counter()
        batch = 500
        offset = store.stats().articles
        extractor = SyntheticExtractor()
        while store.stats().events < incidents:
            missing = incidents - store.stats().events
            count = min(batch, max(20, missing // EVENTS_PER_ARTICLE + 10))
            # Same seed and growing offsets: article k is the same whatever the batch size.
            articles = generate_articles(offset + count, seed=seed, words=300)[offset:]
            ingest(store, articles, extractor, sources=["benchmarks/load.py"])
            offset += count
            print(f"  built {store.stats().events} events from {offset} articles", file=sys.stderr)
        stats = store.stats()
        return {"built": True, "events": stats.events, "articles": stats.articles,
                "seconds": round(time.perf_counter() - started, 1)}


# --- the server -------------------------------------------------------------------


def server_cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds of process `pid` and its descendants (Linux /proc), None elsewhere."""
    try:
        stats = {}
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue  # gone meanwhile
                # After the name: state, ppid (field 4), ... utime (14), stime (15).
                stats[int(entry.name)] = (int(fields[1]), int(fields[11]) + int(fields[12]))
    except OSError:
        return None
    family = {pid}
    for _ in range(4):  # the server, its workers, their children
        family |= {child for child, (parent, _) in stats.items() if parent in family}
    ticks = sum(stats[member][1] for member in family if member in stats)
    return ticks / os.sysconf("SC_CLK_TCK")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(db: Path, port: int, workers: int = 1) -> subprocess.Popen[bytes]:
    launcher = "import sys; from tessera.cli import main; sys.argv[0] = 'tessera'; main()"
    command = [sys.executable, "-c", launcher, "serve", "--host", "127.0.0.1", "--port", str(port),
               "--db", str(db), "--log-level", "warning", "--workers", str(workers)]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    server = subprocess.Popen(command, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/api/meta")
            if connection.getresponse().status == 200:
                connection.close()
                return server
        except OSError:
            time.sleep(0.2)
        if server.poll() is not None:
            raise SystemExit(f"server exited with {server.returncode}")
    server.terminate()
    raise SystemExit("server did not answer within 60 s")


# --- the readers ------------------------------------------------------------------


class Workload:
    """What a reader asks for: the read endpoints with filters drawn from the store's own values."""

    def __init__(self, meta: dict[str, Any], event_ids: list[str], actors: list[str]) -> None:
        self.countries = [c["code"] for c in meta["countries"]] or ["MLI"]
        self.admin1 = meta["admin1"]
        self.types = ["ASSAULT", "COERCE", "PROTEST"]
        self.first = dt.date.fromisoformat(meta["date_min"] or "2021-01-01")
        self.last = dt.date.fromisoformat(meta["date_max"] or "2025-12-31")
        self.event_ids = event_ids or ["none"]
        self.actors = actors or ["army"]

    def _filters(self, rng: random.Random) -> dict[str, Any]:
        params: dict[str, Any] = {}
        roll = rng.random()
        if roll < 0.35:
            params["country"] = rng.choice(self.countries)
        if rng.random() < 0.3:
            params["type"] = rng.choice(self.types)
        if rng.random() < 0.3:
            start = self.first + dt.timedelta(days=rng.randint(0, max(0, (self.last - self.first).days)))
            params["since"] = start.isoformat()
            params["until"] = (start + dt.timedelta(days=rng.choice((30, 90, 365)))).isoformat()
        if rng.random() < 0.1:
            params["actor"] = rng.choice(self.actors).split()[-1]
        if rng.random() < 0.05:
            # One word in most reports, a rarer word, town names (a few hundred reports each).
            params["text"] = rng.choice(("attack", "market", "Djibo", "Ogossagou"))
        return params

    def next(self, rng: random.Random) -> tuple[str, str]:
        roll = rng.random()
        if roll < 0.35:
            params = self._filters(rng)
            params["limit"] = rng.choice((20, 50, 100))
            if rng.random() < 0.2:
                params["offset"] = rng.choice((100, 500))
            if rng.random() < 0.15:
                params["sort"] = rng.choice(("-fatalities", "date", "-sources"))
            return "events", "/api/events?" + urllib.parse.urlencode(params, doseq=True)
        if roll < 0.55:
            return "event", f"/api/events/{rng.choice(self.event_ids)}"
        if roll < 0.70:
            params = {**self._filters(rng), "by": rng.choice(("week", "month")),
                      "group": rng.choice(("type", "country", "none"))}
            return "aggregates", "/api/aggregates?" + urllib.parse.urlencode(params, doseq=True)
        if roll < 0.82:
            params = {**self._filters(rng), "limit": rng.choice((20, 100))}
            if rng.random() < 0.2:
                params["q"] = rng.choice(("army", "civ", "state"))
            return "actors", "/api/actors?" + urllib.parse.urlencode(params, doseq=True)
        if roll < 0.94:
            params = {**self._filters(rng), "limit": rng.choice((20, 100))}
            return "places", "/api/places?" + urllib.parse.urlencode(params, doseq=True)
        return "meta", "/api/meta"


def _get(connection: http.client.HTTPConnection, path: str) -> tuple[int, bytes]:
    connection.request("GET", path)
    response = connection.getresponse()
    return response.status, response.read()


def prepare(port: int) -> Workload:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)  # before the clock starts
    meta = json.loads(_get(connection, "/api/meta")[1])
    page = json.loads(_get(connection, "/api/events?limit=500")[1])
    actors = json.loads(_get(connection, "/api/actors?limit=30")[1])
    connection.close()
    return Workload(meta, [e["id"] for e in page["events"]], [a["name"] for a in actors if a.get("name")])


def reader(port: int, workload: Workload, seed: int, deadline: float, results: list[tuple[str, float, int]]) -> None:
    rng = random.Random(seed)
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT_S)
    while time.monotonic() < deadline:
        name, path = workload.next(rng)
        tick = time.perf_counter()
        try:
            status, _ = _get(connection, path)
        except (OSError, http.client.HTTPException):
            status = 0
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT_S)
        results.append((name, time.perf_counter() - tick, status))
    connection.close()


def _percentile(values: list[float], share: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def summarise(results: list[tuple[str, float, int]], seconds: float) -> dict[str, Any]:
    def figures(rows: list[tuple[str, float, int]]) -> dict[str, Any]:
        times = [t * 1000 for _, t, _ in rows]
        return {
            "requests": len(rows),
            "per_s": round(len(rows) / seconds, 1),
            "errors": sum(1 for _, _, status in rows if status != 200),
            "p50_ms": round(statistics.median(times), 1) if times else 0.0,
            "p95_ms": round(_percentile(times, 0.95), 1),
            "p99_ms": round(_percentile(times, 0.99), 1),
        }

    report = {"all": figures(results)}
    for name in sorted({name for name, _, _ in results}):
        report[name] = figures([r for r in results if r[0] == name])
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--incidents", type=int, default=2000, help="canonical events in the store")
    parser.add_argument("--seconds", type=float, default=60.0, help="how long the readers run")
    parser.add_argument("--readers", type=int, default=20, help="concurrent clients")
    parser.add_argument("--db", type=Path, help="SQLite file to build or reuse (default: a temporary one)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--server-workers", type=int, default=1, help="`tessera serve --workers`")
    parser.add_argument("--build-only", action="store_true", help="build the store and stop")
    args = parser.parse_args()
    if not 1 <= args.readers <= 200 or not 0 < args.seconds <= 3600:
        raise SystemExit("--readers must be 1-200 and --seconds 0-3600")

    temporary = None
    db = args.db
    if db is None:
        import tempfile

        temporary = tempfile.TemporaryDirectory(prefix="tessera-load-")
        db = Path(temporary.name) / "load.sqlite"
    build = build_store(db, args.incidents, args.seed)
    print(f"store {db}: {build}", file=sys.stderr)
    if args.build_only:
        return
    port = _free_port()
    server = start_server(db, port, args.server_workers)
    try:
        workload = prepare(port)
        results: list[tuple[str, float, int]] = []
        cpu_before = server_cpu_seconds(server.pid)
        load_before = os.getloadavg()[0]
        started = time.monotonic()
        deadline = started + args.seconds
        threads = [
            threading.Thread(target=reader, args=(port, workload, args.seed * 1000 + i, deadline, results))
            for i in range(args.readers)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
        cpu_after = server_cpu_seconds(server.pid)
        load_after = os.getloadavg()[0]
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:  # requests still running: uvicorn waits for them
            server.kill()
            server.wait()
        if temporary is not None:
            temporary.cleanup()
    report = summarise(results, elapsed)
    cpu_ms = None
    if cpu_before is not None and cpu_after is not None and results:
        cpu_ms = round(1000 * (cpu_after - cpu_before) / len(results), 2)
    print(json.dumps({"store": build, "readers": args.readers, "server_workers": args.server_workers,
                      "seconds": round(elapsed, 1), "server_cpu_ms_per_request": cpu_ms,
                      "load_average": [round(load_before, 2), round(load_after, 2)], "endpoints": report}))
    print(f"server CPU per request: {cpu_ms} ms; load average (1 min) {load_before:.1f} at the start, "
          f"{load_after:.1f} at the end", file=sys.stderr)
    print(f"{'endpoint':<12}{'requests':>9}{'req/s':>8}{'errors':>7}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}",
          file=sys.stderr)
    for name, row in report.items():
        print(f"{name:<12}{row['requests']:>9}{row['per_s']:>8}{row['errors']:>7}"
              f"{row['p50_ms']:>9}{row['p95_ms']:>9}{row['p99_ms']:>9}", file=sys.stderr)


if __name__ == "__main__":
    main()
