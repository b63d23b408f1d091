"""Shared by the scale tests: the first demo articles and their serial documents."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from tessera.pipeline import as_article
from tessera.records import Article, Document

DEMO = Path(__file__).resolve().parents[2] / "tessera" / "data" / "demo" / "articles.jsonl"


def demo_articles(n: int) -> list[Article]:
    lines = DEMO.read_text(encoding="utf-8").splitlines()[:n]
    return [as_article(json.loads(line)) for line in lines]


def by_id(results: list) -> dict[str, dict]:
    """Documents keyed by id; fails on a failure or a duplicate."""
    counts = Counter(r.id for r in results)
    assert all(c == 1 for c in counts.values()), f"articles coded more than once: {counts.most_common(3)}"
    assert all(isinstance(r, Document) for r in results), [r for r in results if not isinstance(r, Document)]
    return {r.id: r.model_dump(mode="json") for r in results}


def worker_state() -> dict[str, object]:
    """Run in a worker: where it came from and what it holds (for the start-up tests)."""
    import os
    import sys
    import threading

    from threadpoolctl import threadpool_info

    from tessera.scale import core

    preload = sys.modules.get("tessera.scale.preload")
    return {
        "pid": os.getpid(),
        "parent": os.getppid(),
        "forked_loaded": bool(preload is not None and preload.LOADED),
        "pipeline_loaded": core._pipeline.cache_info().currsize == 1,
        "python_threads": threading.active_count(),
        "blas_threads": sorted({i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"}),
    }
