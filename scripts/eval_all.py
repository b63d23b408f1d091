"""Run every gold dev set through the pipeline and write docs/ACCURACY.md.

    python scripts/eval_all.py [--gold-dir DIR] [--limit N] [--output docs/ACCURACY.md]
                               [--json FILE] [--no-throughput] [--update-expected]
                               [--split study|score|all]

Gold sets are found under --gold-dir, else $GOLD_DIR, else ../shared/gold beside the
repository; with none there it says so and exits 0 (gold data is never committed).
--update-expected instead rewrites tests/evaluate/expected_figures.json, the figures the
regression guard (tests/evaluate/test_regression_guard.py) holds the pipeline to, from
the guard's fast subset (the first items of each set, about --guard-characters of text).
--split study|score scores one half of every set (`gold.split_of`: sha1 of the item id, even =
study, odd = score; rules are studied on `study` only) and writes the figures of both halves
side by side as the marked section "split" of --output (with --split all, the default, the
page is rewritten as before and its marked sections are kept).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tessera.evaluate import (  # noqa: E402
    EvaluationReport,
    evaluate,
    find_gold_sets,
    replace_section,
    score_documents,
    sections,
)
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
    parser.add_argument(
        "--split",
        choices=("study", "score", "all"),
        default="all",
        help="score one half of each set (sha1 of the item id) and write the halves' section",
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
    if args.split != "all":
        return write_halves(gold_sets, args)

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

    throughput, note = (None, "Not measured in this run (--no-throughput): README.md (\"Accuracy and speed\") and "
                              "docs/ACCURACY-LOG.md give the throughput measured at the end of each stop.")
    if not args.no_throughput:
        # Last: measure() pins this process to one core.
        throughput, note = measure_throughput(args.throughput_articles)
    kept = sections(args.output.read_text(encoding="utf-8")) if args.output.exists() else {}
    write_accuracy(
        args.output,
        reports,
        commit=git_commit(),
        date=dt.date.today(),
        references=references,
        throughput=throughput,
        throughput_note=note,
    )
    text = args.output.read_text(encoding="utf-8")
    for name, block in kept.items():
        text = replace_section(text, name, block.split("\n", 1)[1].rsplit("<!-- /section:", 1)[0])
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output}", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps([r.model_dump() for r in reports], indent=2) + "\n", encoding="utf-8")
    return 0


def write_halves(gold_sets: list[GoldSet], args: argparse.Namespace) -> int:
    """Score one half of every set and write the section with both halves' figures.

    The section carries its figures as JSON in an HTML comment, so the study and the score
    runs can be made apart: each run replaces its own half and keeps the other.
    """
    page = args.output.read_text(encoding="utf-8") if args.output.exists() else "# Accuracy\n"
    found = re.search(r"<!-- halves: (.*?) -->", sections(page).get("split", ""))
    halves: dict[str, Any] = json.loads(found.group(1)) if found else {}
    for gold_set in gold_sets:
        report = evaluate(gold_set.kind, gold_set.path, limit=args.limit, split=args.split)
        print(f"{gold_set.dataset} {args.split}: {report.items} items, {report.seconds:.1f} s", file=sys.stderr)
        halves.setdefault(gold_set.dataset, {})[args.split] = {
            "items": report.items,
            "commit": git_commit(),
            "figures": {k: round(v, 4) for k, v in report.figures.items() if v is not None},
        }
    args.output.write_text(replace_section(page, "split", render_halves(halves)), encoding="utf-8")
    print(f"wrote the split section of {args.output}", file=sys.stderr)
    return 0


def render_halves(halves: dict[str, Any]) -> str:
    lines = [
        "## Gold sets: the studied half and the scored half",
        "",
        "Each gold dev set split by item id (`tessera.evaluate.gold.split_of`: sha1 of the id, even = "
        "`study`, odd = `score`). Rules may be fitted to `study` items only; `score` items are measured, "
        "never read. `python scripts/eval_all.py --split study` (then `--split score`) writes this section.",
        "",
        "| set | metric | study | score |",
        "|---|---|---|---|",
    ]
    for dataset in sorted(halves):
        study, scored = halves[dataset].get("study", {}), halves[dataset].get("score", {})
        names = list(dict.fromkeys([*study.get("figures", {}), *scored.get("figures", {})]))
        for name in names:
            cells = [_cell(half, name) for half in (study, scored)]
            lines.append(f"| {dataset} | {name} | {cells[0]} | {cells[1]} |")
        items = f"{study.get('items', '-')} / {scored.get('items', '-')} items"
        commits = {half.get("commit") for half in (study, scored) if half}
        lines.append(f"| {dataset} | (items; commit) | {items} | {', '.join(sorted(c for c in commits if c))} |")
    lines += ["", f"<!-- halves: {json.dumps(halves, sort_keys=True)} -->"]
    return "\n".join(lines)


def _cell(half: dict[str, Any], name: str) -> str:
    value = half.get("figures", {}).get(name)
    return "-" if value is None else f"{value:.3f}" if name != "median_error_km" else f"{value:,.1f}"


if __name__ == "__main__":
    sys.exit(main())
