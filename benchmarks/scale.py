"""Scale-out throughput: serial vs a 2-process pool vs a 2-worker Dask LocalCluster, in one run.

    python benchmarks/scale.py [--articles 2000] [--words 600] [--workers 2] [--seed 11]
                               [--corpus FILE.jsonl ...] [--skip serial|pool|dask] [--no-steady] [--ingest]

Codes the same articles three ways, each in a fresh Python process, and prints a JSON of
figures. The articles are the synthetic corpus (`benchmarks/corpus.py`), or the first
`--articles` records of the `--corpus` JSONL files (real news: `id`, `text`, optional
`published`; repeat the flag to concatenate files).

- `job`: the whole job as a command line pays for it, from creating the extractor to the
  last result, start-up included (loading spaCy, the gazetteer and the lexicons in this
  process or in every worker). `job_speedup` compares it with the serial job.
- `--ingest`: the whole job is a `tessera ingest` run instead (`run_ingest`: the extractor
  entered, a new SQLite store opened, the ingest driver reading a JSONL file, detecting
  languages, coding and writing), with its own idle-core projection.
- steady state (`articles_per_s`, unless `--no-steady`): a second fresh process whose timer
  starts once every worker has loaded its pipeline; start-up is reported apart.

Also CPU seconds and the peak resident memory of each process (the parent and every
worker; Linux VmHWM, else ru_maxrss). Targets on a 2-core machine: the pool >= 1.7x serial
in steady state and >= 1.6x on a whole job of 200 articles; Dask within 15% of the pool.
Not a test: the figures are quoted in docs/SCALING.md.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus import generate_articles  # noqa: E402


def peak_rss_mb(pid: int | None = None) -> float:
    """Peak resident memory of a process (this one by default) in MiB."""
    try:
        for line in Path(f"/proc/{pid or 'self'}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    if pid is None:
        return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    import psutil

    return round(psutil.Process(pid).memory_info().rss / 1024 / 1024, 1)  # current, not peak


def _worker_peak_rss_mb() -> float:
    return peak_rss_mb()


def cpu_seconds(pid: int | None = None) -> float:
    """User + system CPU time of a process (this one by default) so far."""
    import psutil

    times = psutil.Process(pid).cpu_times()
    return times.user + times.system


def _rates(n: int, seconds: float, cpu: float) -> dict[str, float]:
    # On a shared machine wall-clock rates depend on the neighbours; CPU time per article
    # does much less, so it shows the parallel overhead (pickling, scheduling) apart.
    return {"seconds": round(seconds, 1), "articles_per_s": round(n / seconds, 2),
            "cpu_seconds": round(cpu, 1), "articles_per_cpu_s": round(n / cpu, 2) if cpu else 0.0}


def _count(results, n: int) -> dict[str, int]:  # type: ignore[no-untyped-def]
    from tessera.records import Document

    documents = [r for r in results if isinstance(r, Document)]
    if len(results) != n or len({r.id for r in results}) != n:
        raise SystemExit(f"expected {n} distinct results, got {len(results)}")
    return {"documents": len(documents), "events": sum(len(d.events) for d in documents)}


def run_serial(articles) -> dict[str, object]:  # type: ignore[no-untyped-def]
    from tessera.scale import SerialExtractor

    started = time.perf_counter()
    extractor = SerialExtractor()
    list(extractor.extract_many(articles[:4]))  # load the pipeline and its lazy parts
    startup = time.perf_counter() - started
    started, cpu = time.perf_counter(), cpu_seconds()
    results = [result for _, result in extractor(articles)]
    seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    return {"startup_s": round(startup, 1), **_rates(len(articles), seconds, cpu),
            **_count(results, len(articles)), "peak_rss_mb": {"parent": peak_rss_mb()}}


def run_pool(articles, workers: int) -> dict[str, object]:  # type: ignore[no-untyped-def]
    from tessera.scale.process_pool import ProcessPoolExtractor

    with ProcessPoolExtractor(workers) as extractor:
        started = time.perf_counter()
        # A short chunk per worker (a known batch is cut into chunks of at least 4): every
        # worker starts, with its pipeline loaded, before the timer.
        list(extractor(articles[: 4 * workers]))
        startup = time.perf_counter() - started
        pids = extractor.worker_pids()
        started, cpu = time.perf_counter(), sum(cpu_seconds(pid) for pid in [*pids, os.getpid()])
        results = [result for _, result in extractor(articles)]
        seconds = time.perf_counter() - started
        cpu = sum(cpu_seconds(pid) for pid in [*pids, os.getpid()]) - cpu
        memory = {f"worker {pid}": peak_rss_mb(pid) for pid in extractor.worker_pids()}
    return {"startup_s": round(startup, 1), **_rates(len(articles), seconds, cpu),
            **_count(results, len(articles)), "peak_rss_mb": {"parent": peak_rss_mb(), **memory}}


def run_dask(articles, workers: int) -> dict[str, object]:  # type: ignore[no-untyped-def]
    from tessera.scale.dask import DaskExtractor

    with DaskExtractor("local", workers=workers) as extractor:
        started = time.perf_counter()
        extractor.client  # noqa: B018 - starts the cluster; its plugin loads each worker's pipeline
        startup = time.perf_counter() - started
        # Workers, the scheduler (a thread of this process in a LocalCluster) and this client.
        started = time.perf_counter()
        cpu = sum(extractor.client.run(cpu_seconds).values()) + cpu_seconds()
        results = [result for _, result in extractor(articles)]
        seconds = time.perf_counter() - started
        cpu = sum(extractor.client.run(cpu_seconds).values()) + cpu_seconds() - cpu
        memory = {f"worker {address.rsplit(':', 1)[-1]}": mb
                  for address, mb in extractor.client.run(_worker_peak_rss_mb).items()}
    return {"startup_s": round(startup, 1), **_rates(len(articles), seconds, cpu),
            **_count(results, len(articles)), "peak_rss_mb": {"parent": peak_rss_mb(), **memory}}


def read_corpus(paths: list[str], limit: int):  # type: ignore[no-untyped-def]
    """The first `limit` records of the JSONL files, in order, as articles."""
    from tessera.records import Article

    articles = []
    for path in paths:
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                if line.strip() and len(articles) < limit:
                    record = json.loads(line)
                    articles.append(Article(id=str(record["id"]), text=record["text"], language="en",
                                            published=record.get("published")))
    return articles


def _extractor(mode: str, workers: int):  # type: ignore[no-untyped-def]
    if mode == "serial":
        from tessera.scale import SerialExtractor

        return SerialExtractor()
    if mode == "pool":
        from tessera.scale.process_pool import ProcessPoolExtractor

        return ProcessPoolExtractor(workers)
    from tessera.scale.dask import DaskExtractor

    return DaskExtractor("local", workers=workers)


def run_job(articles, mode: str, workers: int) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """One whole job in this (fresh) process: create the extractor, code every article, in input order.

    Besides the wall-clock time, `job_s_on_idle_cores` projects the job onto idle cores from
    CPU time, which the neighbours on a shared machine disturb much less: for the serial
    run, this process's CPU time; for the pool, its critical path, the fork server's CPU
    time (what it loaded before forking) plus the busiest worker's, or the parent's if more.
    """
    import psutil

    started, cpu = time.perf_counter(), cpu_seconds()
    projection: dict[str, float] = {}
    with _extractor(mode, workers) as extractor:
        first = None
        results = []
        for result in extractor.extract_many(articles):
            if first is None:
                first = time.perf_counter() - started
            results.append(result)
        seconds = time.perf_counter() - started
        parent = cpu_seconds() - cpu
        if mode == "serial":
            projection = {"cpu_s": round(parent, 2), "job_s_on_idle_cores": round(parent, 2)}
        elif mode == "pool":
            pids = extractor.worker_pids()
            busiest = max(cpu_seconds(pid) for pid in pids)
            server = psutil.Process(pids[0]).ppid()
            server_cpu = cpu_seconds(server) if server != os.getpid() else 0.0
            projection = {"cpu_s": {"parent": round(parent, 2), "fork_server": round(server_cpu, 2),
                                    "busiest_worker": round(busiest, 2)},
                          "job_s_on_idle_cores": round(max(parent, server_cpu + busiest), 2)}
    _count(results, len(articles))
    return {"job_s": round(seconds, 2), "job_articles_per_s": round(len(articles) / seconds, 2),
            "first_result_s": round(first or 0.0, 2), **projection}


class _TimedExtractor:
    """The extractor as the ingest driver sees it, noting this process's CPU time as batches
    are handed over and as their results come back (for `run_ingest`'s projection)."""

    def __init__(self, inner) -> None:  # type: ignore[no-untyped-def]
        self.inner = inner
        self.version = getattr(inner, "version", None)
        self.workers = getattr(inner, "workers", 1)
        self.first_handover: float | None = None
        self.last_result = 0.0

    def handed_over(self) -> None:
        if self.first_handover is None:
            self.first_handover = cpu_seconds()

    def returned(self) -> None:
        self.last_result = cpu_seconds()

    def extract_many(self, articles):  # type: ignore[no-untyped-def]
        self.handed_over()
        yield from self.inner.extract_many(articles)
        self.returned()


class _TimedSubmitter(_TimedExtractor):
    """The same for an extractor that takes batches ahead (`submit`, the pipelined driver)."""

    def submit(self, articles):  # type: ignore[no-untyped-def]
        self.handed_over()
        return _TimedPending(self, self.inner.submit(articles))


class _TimedPending:
    def __init__(self, owner: _TimedExtractor, inner) -> None:  # type: ignore[no-untyped-def]
        self.owner, self.inner = owner, inner

    def results(self):  # type: ignore[no-untyped-def]
        found = self.inner.results()
        self.owner.returned()
        return found

    def cancel(self) -> None:
        self.inner.cancel()


def run_ingest(articles, mode: str, workers: int) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """A whole `tessera ingest` job in this (fresh) process, start-up included: the extractor
    entered first, then a new SQLite store opened, then the ingest driver reading a JSONL file
    (no language given, so it is detected, as for the gold files) in batches of 16 a worker.

    The idle-core projection follows the job's critical path from CPU times: this process
    until it hands over the first batch, or the fork server's load if longer; then the
    workers' coding (the busiest worker's CPU time) and this process's reading and writing
    in between, side by side when the driver submits batches ahead of its writes
    (`pipelined`), one after the other when it waits for each batch before reading on;
    then this process's writing after the last result.
    """
    import tempfile

    import psutil

    folder = Path(tempfile.mkdtemp(prefix="scale-ingest-"))
    corpus = folder / "articles.jsonl"
    with corpus.open("w", encoding="utf-8") as out:
        for article in articles:
            record = {"id": article.id, "text": article.text}
            if article.published is not None:
                record["published"] = article.published.isoformat()
            out.write(json.dumps(record) + "\n")
    started, cpu = time.perf_counter(), cpu_seconds()
    from tessera.ingest import read_sources
    from tessera.ingest.driver import ingest
    from tessera.store import open_store

    with _extractor(mode, workers) as extractor:
        timed = (_TimedSubmitter if hasattr(extractor, "submit") else _TimedExtractor)(extractor)
        store = open_store(f"sqlite:///{folder / 'store.sqlite'}")
        summary = ingest(store, read_sources([str(corpus)]), timed if mode == "pool" else extractor,
                         sources=[str(corpus)], batch_size=16 * workers if mode == "pool" else 16)
        seconds = time.perf_counter() - started
        parent = cpu_seconds() - cpu
        figures: dict[str, object] = {"cpu_s": round(parent, 2)}
        if mode == "serial":
            figures["job_s_on_idle_cores"] = round(parent, 2)
        if mode == "pool":
            pids = extractor.worker_pids()
            busiest = max(cpu_seconds(pid) for pid in pids)
            server = psutil.Process(pids[0]).ppid()
            server_cpu = cpu_seconds(server) if server != os.getpid() else 0.0
            first = (timed.first_handover or cpu) - cpu
            between, tail = timed.last_result - cpu - first, parent - (timed.last_result - cpu)
            pipelined = hasattr(timed, "submit")
            coding = max(busiest, between) if pipelined else busiest + between
            figures = {"pipelined": pipelined,
                       "cpu_s": {"parent": round(parent, 2), "parent_before_first_batch": round(first, 2),
                                 "parent_after_last_result": round(tail, 2), "fork_server": round(server_cpu, 2),
                                 "busiest_worker": round(busiest, 2)},
                       "job_s_on_idle_cores": round(max(server_cpu, first) + coding + tail, 2)}
        store.close()
    shutil.rmtree(folder, ignore_errors=True)
    if summary.new + summary.known != len(articles) or summary.failed:
        raise SystemExit(f"ingest stored {summary.new} new and {summary.known} known articles, "
                         f"{summary.failed} failed, of {len(articles)}")
    return {"job_s": round(seconds, 2), "job_articles_per_s": round(len(articles) / seconds, 2),
            "events": summary.events_added, "store_s": round(summary.store_seconds, 2), **figures}


def _child(args: argparse.Namespace) -> None:
    articles = _articles(args)
    mode, phase = args.child
    if phase == "job":
        figures = run_job(articles, mode, args.workers)
    elif phase == "ingest":
        figures = run_ingest(articles, mode, args.workers)
    else:
        figures = {"serial": lambda: run_serial(articles), "pool": lambda: run_pool(articles, args.workers),
                   "dask": lambda: run_dask(articles, args.workers)}[mode]()
    print(json.dumps(figures))


def _articles(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    if args.corpus:
        return read_corpus(args.corpus, args.articles)
    return generate_articles(args.articles, seed=args.seed, words=args.words)


def _in_fresh_process(argv: list[str], mode: str, phase: str) -> dict[str, object]:
    # A fresh interpreter per run: nothing loaded by an earlier run (spaCy in this process,
    # a forkserver) helps or burdens the next one.
    done = subprocess.run([sys.executable, __file__, *argv, "--child", mode, phase],
                          check=True, stdout=subprocess.PIPE, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--corpus", action="append", default=[],
                        help="a JSONL file of real articles instead of the generated corpus (repeatable)")
    parser.add_argument("--skip", action="append", default=[], choices=["serial", "pool", "dask"],
                        help="leave out one way of running (repeatable)")
    parser.add_argument("--no-steady", action="store_true", help="time whole jobs only")
    parser.add_argument("--ingest", action="store_true",
                        help="time whole `tessera ingest` jobs into a new SQLite store instead of bare extraction")
    parser.add_argument("--child", nargs=2, metavar=("MODE", "PHASE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args)
        return

    articles = _articles(args)
    figures: dict[str, object] = {
        "articles": len(articles),
        "corpus": args.corpus or "generated",
        "words_per_article": round(sum(len(a.text.split()) for a in articles) / max(len(articles), 1)),
        "workers": args.workers,
        "cpus": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "load_average_at_start": round(os.getloadavg()[0], 2),
    }
    argv = ["--articles", str(args.articles), "--words", str(args.words), "--workers", str(args.workers),
            "--seed", str(args.seed)]
    for path in args.corpus:
        argv += ["--corpus", path]
    for name in ("serial", "pool", "dask"):
        if name in args.skip:
            continue
        run: dict[str, object] = _in_fresh_process(argv, name, "ingest" if args.ingest else "job")
        if not args.no_steady:
            run.update(_in_fresh_process(argv, name, "steady"))
        figures[name] = run
        print(f"{name}: {run}", file=sys.stderr, flush=True)
    figures["load_average_at_end"] = round(os.getloadavg()[0], 2)

    def figure(name: str, key: str) -> float | None:
        return figures.get(name, {}).get(key)  # type: ignore[union-attr,no-any-return]

    if figure("serial", "job_s_on_idle_cores") and figure("pool", "job_s_on_idle_cores"):
        figures["pool_job_speedup_on_idle_cores"] = round(
            figure("serial", "job_s_on_idle_cores") / figure("pool", "job_s_on_idle_cores"), 2)  # type: ignore[operator]
    for name in ("pool", "dask"):
        if figure("serial", "job_s") and figure(name, "job_s"):
            figures[f"{name}_job_speedup"] = round(figure("serial", "job_s") / figure(name, "job_s"), 2)  # type: ignore[operator]
        if figure("serial", "articles_per_s") and figure(name, "articles_per_s"):
            figures[f"{name}_speedup"] = round(figure(name, "articles_per_s") / figure("serial", "articles_per_s"), 2)  # type: ignore[operator]
    if figure("pool", "articles_per_s") and figure("dask", "articles_per_s"):
        figures["dask_to_pool"] = round(figure("dask", "articles_per_s") / figure("pool", "articles_per_s"), 3)  # type: ignore[operator]
    if figure("serial", "articles_per_cpu_s"):
        # Parallel efficiency from CPU time: the speed-up N workers would give on N idle cores.
        for name in ("pool", "dask"):
            if figure(name, "articles_per_cpu_s"):
                figures[f"{name}_speedup_on_idle_cores"] = round(
                    args.workers * figure(name, "articles_per_cpu_s") / figure("serial", "articles_per_cpu_s"), 2)  # type: ignore[operator]
    print(json.dumps(figures, indent=2))
    checks = []
    if "pool_speedup" in figures:
        checks.append(f"pool >= 1.7x serial: {'met' if figures['pool_speedup'] >= 1.7 else 'NOT met'}")  # type: ignore[operator]
    if "pool_job_speedup" in figures:
        met = figures["pool_job_speedup"] >= 1.6  # type: ignore[operator]
        checks.append(f"pool job >= 1.6x serial job: {'met' if met else 'NOT met'}")
    if "dask_to_pool" in figures:
        checks.append(f"Dask within 15% of the pool: {'met' if figures['dask_to_pool'] >= 0.85 else 'NOT met'}")  # type: ignore[operator]
    print("; ".join(checks))


if __name__ == "__main__":
    main()
