"""Run every gold dev set through the pipeline and write docs/ACCURACY.md.

    python scripts/eval_all.py [--gold-dir DIR] [--limit N] [--output docs/ACCURACY.md]
                               [--json FILE] [--no-throughput] [--update-expected]

Gold sets are found under --gold-dir, else $GOLD_DIR, else ../shared/gold beside the
repository; with none there it says so and exits 0 (gold data is never committed).
--update-expected instead rewrites tests/evaluate/expected_figures.json, the figures the
regression guard (tests/evaluate/test_regression_guard.py) holds the pipeline to, from
the guard's fast subset (the first items of each set, about --guard-characters of text).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tessera.evaluate import EvaluationReport, evaluate, find_gold_sets, score_documents  # noqa: E402
from tessera.evaluate.gold import EntitiesGold, GoldSet, read_gold  # noqa: E402
from tessera.evaluate.report import LOWER_IS_BETTER, write_accuracy  # noqa: E402

EXPECTED_FIGURES = REPO / "tests" / "evaluate" / "expected_figures.json"
# The guard's subset of each set: its first items up to about this many characters of
# text (at least GUARD_MIN_ITEMS, at most GUARD_MAX_ITEMS), so that the whole guard
# runs well under a minute and long-article sets do not dominate.
GUARD_CHARACTERS = 20_000
GUARD_MIN_ITEMS = 10
GUARD_MAX_ITEMS = 40
GUARD_TOLERANCE = 0.02  # 2 points
# Figures the guard holds: shares (0-1), where "2 points" means something.
UNGUARDED = frozenset({"median_error_km"})


def default_gold_dir() -> Path:
    return Path(os.environ.get("GOLD_DIR") or REPO.parent / "shared" / "gold")


def git_commit() -> str:
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, check=True, capture_output=True, text=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=REPO,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return f"{commit}-dirty" if dirty else commit


def spacy_small_reference(gold_set: GoldSet, limit: int | None) -> dict[str, float | None]:
    """Entity figures of the small English model as is (all components, no corrections)."""
    from tessera.parse import load_language
    from tessera.records import Document, Entity

    items = read_gold(gold_set.path, EntitiesGold, limit=limit)
    documents = [
        Document(
            id=item.id,
            language="en",
            entities=[Entity(text=e.text, start=e.start_char, end=e.end_char, label=e.label_) for e in doc.ents],
        )
        for item, doc in zip(items, load_language().pipe(item.text for item in items), strict=True)
    ]
    return score_documents(gold_set.kind, items, documents).figures


def measure_throughput(articles: int) -> tuple[dict[str, float] | None, str]:
    script = REPO / "benchmarks" / "throughput.py"
    if not script.exists():
        return None, "benchmarks/throughput.py is not there yet: throughput not measured."
    spec = importlib.util.spec_from_file_location("tessera_throughput", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not hasattr(module, "measure"):
        return None, "benchmarks/throughput.py has no measure(n_articles): throughput not measured."
    figures = module.measure(articles)
    return figures, f"`benchmarks/throughput.py` measure({articles}), synthetic news, one core."


def guard_limit(path: Path, characters: int = GUARD_CHARACTERS) -> int:
    """How many leading items of a gold file the regression guard scores."""
    count = total = 0
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            total += len(json.loads(line)["text"])
            if count >= GUARD_MIN_ITEMS and (total > characters or count >= GUARD_MAX_ITEMS):
                break
            count += 1
    return count


def update_expected(gold_sets: list[GoldSet], characters: int) -> None:
    sets: dict[str, Any] = {}
    for gold_set in gold_sets:
        limit = guard_limit(gold_set.path, characters)
        report = evaluate(gold_set.kind, gold_set.path, limit=limit)
        print(f"{gold_set.dataset}: {report.items} items in {report.seconds:.1f} s", file=sys.stderr)
        sets[gold_set.dataset] = {
            "kind": gold_set.kind,
            "file": str(gold_set.path.relative_to(gold_set.path.parent.parent)),
            "limit": limit,
            "failures": report.failures,
            "figures": {
                name: round(value, 4)
                for name, value in report.figures.items()
                if value is not None and name not in UNGUARDED
            },
        }
    expected = {
        "about": "Figures of the first `limit` items of each gold dev set; the regression guard "
        "fails when one gets more than `tolerance` worse. Rewrite with "
        "`python scripts/eval_all.py --update-expected`.",
        "commit": git_commit(),
        "tolerance": GUARD_TOLERANCE,
        "lower_is_better": sorted(LOWER_IS_BETTER - UNGUARDED),
        "sets": sets,
    }
    EXPECTED_FIGURES.write_text(json.dumps(expected, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {EXPECTED_FIGURES}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold-dir", type=Path, default=None)
    parser.add_argument("--limit", type=int, default=None, help="first N items of each set")
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "ACCURACY.md")
    parser.add_argument("--json", type=Path, default=None, help="also write all reports as JSON")
    parser.add_argument("--no-throughput", action="store_true")
    parser.add_argument("--throughput-articles", type=int, default=200)
    parser.add_argument(
        "--update-expected", action="store_true", help="rewrite tests/evaluate/expected_figures.json and stop"
    )
    parser.add_argument(
        "--guard-characters",
        type=int,
        default=GUARD_CHARACTERS,
        help="text per set in the guard's subset (with --update-expected)",
    )
    args = parser.parse_args(argv)

    gold_dir = args.gold_dir or default_gold_dir()
    gold_sets = find_gold_sets(gold_dir) if gold_dir.is_dir() else []
    if not gold_sets:
        print(f"no gold dev sets under {gold_dir}: nothing to evaluate (set $GOLD_DIR or --gold-dir)", file=sys.stderr)
        return 0
    if args.update_expected:
        update_expected(gold_sets, args.guard_characters)
        return 0

    reports: list[EvaluationReport] = []
    references: dict[tuple[str, str], str] = {}
    for gold_set in gold_sets:
        report = evaluate(gold_set.kind, gold_set.path, limit=args.limit)
        reports.append(report)
        print(f"{gold_set.dataset}: {report.items} items, {report.seconds:.1f} s", file=sys.stderr)
        if gold_set.kind == "entities":
            figures = spacy_small_reference(gold_set, args.limit)
            for name, value in figures.items():
                if value is not None:
                    references[(gold_set.dataset, name)] = f"spaCy small as is: {value:.3f}"

    throughput, note = (None, "Not measured in this run (--no-throughput).")
    if not args.no_throughput:
        # Last: measure() pins this process to one core.
        throughput, note = measure_throughput(args.throughput_articles)
    write_accuracy(
        args.output,
        reports,
        commit=git_commit(),
        date=dt.date.today(),
        references=references,
        throughput=throughput,
        throughput_note=note,
    )
    print(f"wrote {args.output}", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps([r.model_dump() for r in reports], indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
