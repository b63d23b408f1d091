#!/usr/bin/env python3
"""Behaviour fingerprint: the pipeline's whole output over fixed inputs, to show that a change
meant to leave behaviour alone (a speed-up, a split of a module) does.

    python scripts/fingerprint.py OUT_DIR [--sets NAME ...] [--compare BASE_DIR] [--limit N]

Codes each input set with `Pipeline.extract_many` and writes every result (a `Document` or an
`ExtractionFailure`) as one JSON line to `OUT_DIR/<set>.jsonl`, then prints the set's article count
and the sha256 of its lines. Two checkouts give the same hash for a set exactly when they give the
same output for every article of it, field for field and offset for offset. With --compare, each
set's lines are compared with `BASE_DIR/<set>.jsonl` (another run's OUT_DIR): the sets that differ
are listed with the ids of their first differing articles, and the exit status is 1.

The sets (a set whose input is absent on this machine is skipped and said so):
- `generated`: the benchmark corpus (`benchmarks/corpus.py`, 120 articles, seed 7, 600 words),
  event-dense, English;
- `demo-en`, `demo-fr`: the demo corpus of each language (tessera/data/demo/articles.jsonl);
- `gold-<name>`: each gold set of `--gold-dir` (default ../shared/gold), English;
- `realnews-en`, `realnews-fr`: the real-news dev sets' texts in the git-ignored cache
  (eval/realnews/texts; README there), both splits.
Publishers' texts pass through OUT_DIR: keep it outside the repository.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from tessera.records import Article  # noqa: E402

GOLD_SETS = {
    "gold-case2021": "events/case2021.dev.jsonl",
    "gold-plover": "events/plover_gsr.dev.jsonl",
    "gold-ipe": "events/india_police_events.dev.jsonl",
    "gold-re3d": "entities/re3d.dev.jsonl",
    "gold-timebank": "dates/timebank.dev.jsonl",
    "gold-meantime": "dates/meantime.dev.jsonl",
    "gold-geowebnews": "places/geowebnews.dev.jsonl",
    "gold-lgl": "places/lgl.dev.jsonl",
}


def _records(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def _articles(path: Path, language: str | None = None) -> list[Article] | None:
    if not path.is_file():
        return None
    return [Article(id=str(r["id"]), text=r["text"], published=r.get("published"), language=r.get("language"),
                    url=r.get("url"))
            for r in _records(path) if language is None or r.get("language", "en") == language]


def _generated() -> list[Article]:
    from corpus import generate_articles

    return generate_articles(120, seed=7, words=600)


def _realnews(language: str) -> list[Article] | None:
    from tessera.evaluate.realnews import join_texts, load_annotations

    annotations = REPO / "eval" / "realnews" / f"{language}.jsonl"
    joined = join_texts(load_annotations(annotations), REPO / "eval" / "realnews" / "texts")
    if not joined.articles:
        return None
    return [Article(id=a.id, text=joined.texts[a.id], published=a.published, language=a.language, url=a.url)
            for a in joined.articles]


def input_sets(gold_dir: Path) -> dict[str, tuple[str, Callable[[], list[Article] | None]]]:
    """Each set's name -> (language it is coded in, a function giving its articles or None)."""
    demo = REPO / "tessera" / "data" / "demo" / "articles.jsonl"
    sets: dict[str, tuple[str, Callable[[], list[Article] | None]]] = {
        "generated": ("en", _generated),
        "demo-en": ("en", lambda: _articles(demo, "en")),
        "demo-fr": ("fr", lambda: _articles(demo, "fr")),
    }
    for name, relative in GOLD_SETS.items():
        sets[name] = ("en", functools.partial(_articles, gold_dir / relative))
    sets["realnews-en"] = ("en", lambda: _realnews("en"))
    sets["realnews-fr"] = ("fr", lambda: _realnews("fr"))
    return sets


def fingerprint(articles: list[Article], language: str, out: Path) -> str:
    """Code `articles`, write their results to `out` as JSON lines, and return the lines' sha256."""
    from tessera.pipeline import Pipeline

    digest = hashlib.sha256()
    with out.open("w", encoding="utf-8") as lines:
        for result in Pipeline.for_language(language).extract_many(articles):
            line = result.model_dump_json() + "\n"
            lines.write(line)
            digest.update(line.encode("utf-8"))
    return digest.hexdigest()


def differences(path: Path, base: Path, limit: int = 5) -> list[str]:
    """Ids of the first `limit` results of `path` that differ from `base`'s (by position)."""
    ours = path.read_text(encoding="utf-8").splitlines()
    theirs = base.read_text(encoding="utf-8").splitlines()
    found = [json.loads(mine).get("id") or f"line {number}"
             for number, (mine, other) in enumerate(zip(ours, theirs, strict=False), start=1) if mine != other]
    if len(ours) != len(theirs):
        found.append(f"{len(ours)} results against {len(theirs)}")
    return found[:limit]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder for <set>.jsonl (outside the repository)")
    parser.add_argument("--sets", nargs="+", default=None, help="names of the sets to run (default: all)")
    parser.add_argument("--compare", type=Path, default=None, help="another run's folder to compare with")
    parser.add_argument("--gold-dir", type=Path, default=REPO.parent / "shared" / "gold")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles of each set")
    args = parser.parse_args(argv)

    sets = input_sets(args.gold_dir)
    unknown = sorted(set(args.sets or ()) - set(sets))
    if unknown:
        parser.error(f"unknown sets {unknown}; known: {sorted(sets)}")
    args.out.mkdir(parents=True, exist_ok=True)
    differing = []
    for name, (language, make) in sets.items():
        if args.sets and name not in args.sets:
            continue
        articles = make()
        if not articles:
            print(f"{name}: skipped (no input here)")
            continue
        articles = articles[: args.limit] if args.limit else articles
        out = args.out / f"{name}.jsonl"
        print(f"{name}: {len(articles)} articles, sha256 {fingerprint(articles, language, out)}", flush=True)
        if args.compare is not None:
            base = args.compare / f"{name}.jsonl"
            if not base.is_file():
                print(f"  {name}: no {base} to compare with")
                continue
            changed = differences(out, base)
            if changed:
                differing.append(name)
                print(f"  {name} DIFFERS from {base}: {', '.join(map(str, changed))}")
    if args.compare is not None:
        print("identical" if not differing else f"{len(differing)} sets differ: {', '.join(differing)}")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
