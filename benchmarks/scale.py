"""Scale-out throughput: serial vs a 2-process pool vs a 2-worker Dask LocalCluster, in one run.

    python benchmarks/scale.py [--articles 2000] [--words 600] [--workers 2] [--seed 11]

Codes the same synthetic corpus (`benchmarks/corpus.py`) three ways and prints a JSON
of figures: articles/s (steady state: the timer starts once every worker has loaded
its pipeline; start-up is reported apart), speed-up over serial, and the peak resident
memory of each process (the parent and every worker; Linux VmHWM, else ru_maxrss).
Targets on a 2-core machine: the pool >= 1.7x serial; Dask within 15% of the pool.
Not a test: the figures are quoted in docs/SCALING.md.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
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
        # One short chunk per worker: every worker starts and loads its pipeline before the timer.
        list(extractor(articles[: 2 * workers]))
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--skip", action="append", default=[], choices=["serial", "pool", "dask"],
                        help="leave out one way of running (repeatable)")
    args = parser.parse_args()

    articles = generate_articles(args.articles, seed=args.seed, words=args.words)
    figures: dict[str, object] = {
        "articles": args.articles,
        "words_per_article": round(sum(len(a.text.split()) for a in articles) / max(args.articles, 1)),
        "workers": args.workers,
        "cpus": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "load_average_at_start": round(os.getloadavg()[0], 2),
    }
    # The parallel runs go first: the serial one loads spaCy into this process, and workers
    # forked from a forkserver would not see it anyway, but the parent's peak would mix.
    runs = {"pool": lambda: run_pool(articles, args.workers), "dask": lambda: run_dask(articles, args.workers),
            "serial": lambda: run_serial(articles)}
    for name, run in runs.items():
        if name not in args.skip:
            figures[name] = run()
            print(f"{name}: {figures[name]}", file=sys.stderr, flush=True)
    figures["load_average_at_end"] = round(os.getloadavg()[0], 2)
    serial = figures.get("serial", {}).get("articles_per_s")  # type: ignore[union-attr]
    pool = figures.get("pool", {}).get("articles_per_s")  # type: ignore[union-attr]
    dask = figures.get("dask", {}).get("articles_per_s")  # type: ignore[union-attr]
    if serial and pool:
        figures["pool_speedup"] = round(pool / serial, 2)
    if serial and dask:
        figures["dask_speedup"] = round(dask / serial, 2)
    if pool and dask:
        figures["dask_to_pool"] = round(dask / pool, 3)
    per_cpu = {name: figures[name]["articles_per_cpu_s"] for name in ("serial", "pool", "dask")  # type: ignore[index]
               if name in figures}
    if "serial" in per_cpu:
        # Parallel efficiency from CPU time: the speed-up N workers would give on N idle cores.
        for name in ("pool", "dask"):
            if name in per_cpu:
                figures[f"{name}_speedup_on_idle_cores"] = round(args.workers * per_cpu[name] / per_cpu["serial"], 2)
    print(json.dumps(figures, indent=2))
    checks = []
    if "pool_speedup" in figures:
        checks.append(f"pool >= 1.7x serial: {'met' if figures['pool_speedup'] >= 1.7 else 'NOT met'}")
    if "dask_to_pool" in figures:
        checks.append(f"Dask within 15% of the pool: {'met' if figures['dask_to_pool'] >= 0.85 else 'NOT met'}")
    print("; ".join(checks))


if __name__ == "__main__":
    main()
