#!/usr/bin/env python3
"""Put one real-news article's text into the git-ignored cache from a `pages` search excerpt.

    python scripts/cache_realnews_text.py en-001 excerpt.json [--annotations F] [--texts DIR]
    python scripts/cache_realnews_text.py --missing en|fr [--annotations F] [--texts DIR]

The excerpt file holds the search tool's `excerpt` either as the JSON string literal it printed
(starting with a double quote, escapes kept: the safest copy) or as plain UTF-8 text. The text is
written to `<texts>/<id>.txt` only when one of the dev sets' recipes gives the record's sha256
(`tessera.evaluate.realnews.text_from_excerpt`); otherwise nothing is written and the exit status
is 1. Never edit a record's hash to fit a text: re-annotate or drop the article
(eval/realnews/README.md, "Rebuilding the text cache").

With --missing, nothing is written: the work list of a rebuild is printed instead, one line per
distinct `query` of the records whose text is absent or no longer fits (the query, a tab, their
ids), then how many ids and distinct queries that is. The search tool answers a limited number
of look-ups a session (1,000 at the thirty-fourth stop, helpers included), so a rebuild can be
planned, split between helpers and resumed where the last one stopped.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tessera.evaluate.realnews import join_texts, load_annotations, text_from_excerpt  # noqa: E402

REALNEWS = REPO / "eval" / "realnews"


def read_excerpt(path: Path) -> str:
    raw = path.read_text(encoding="utf-8").strip("\n")
    if raw.startswith('"'):
        value = json.loads(raw)
        if not isinstance(value, str):
            raise ValueError(f"{path}: not a JSON string")
        return value
    return raw


def missing(annotations: Path, texts: Path) -> list[tuple[str, list[str]]]:
    """The records of `annotations` whose text in `texts` is absent or differs from the one
    annotated, grouped by their `query` (in the order the records come): one search each."""
    joined = join_texts(load_annotations(annotations), texts)
    lacking = set(joined.missing) | set(joined.changed)
    plan: dict[str, list[str]] = {}
    for article in load_annotations(annotations):
        if article.id in lacking:
            plan.setdefault(article.query or article.id, []).append(article.id)
    return list(plan.items())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("id", nargs="?", help="the record's id, e.g. en-001 or fr-042")
    parser.add_argument("excerpt", nargs="?", type=Path, help="file with the excerpt (JSON string literal or text)")
    parser.add_argument("--missing", choices=("en", "fr"), default=None,
                        help="print the queries of the records whose text is absent or changed; write nothing")
    parser.add_argument("--annotations", type=Path, default=None, help="default eval/realnews/<language>.jsonl")
    parser.add_argument("--texts", type=Path, default=REALNEWS / "texts")
    args = parser.parse_args(argv)

    if args.missing:
        plan = missing(args.annotations or REALNEWS / f"{args.missing}.jsonl", args.texts)
        for query, ids in plan:
            print(f"{query}\t{','.join(ids)}")
        print(f"{sum(len(ids) for _, ids in plan)} ids without their text, {len(plan)} distinct queries")
        return 0
    if args.id is None or args.excerpt is None:
        parser.error("give an id and an excerpt file, or --missing en|fr")
    language = args.id.split("-", 1)[0]
    annotations = args.annotations or REALNEWS / f"{language}.jsonl"
    records = {article.id: article for article in load_annotations(annotations)}
    if args.id not in records:
        print(f"{args.id}: no such record in {annotations}", file=sys.stderr)
        return 2
    try:
        excerpt = read_excerpt(args.excerpt)
    except (OSError, ValueError) as error:
        print(f"{args.id}: cannot read the excerpt: {error}", file=sys.stderr)
        return 2
    record = records[args.id]
    text = text_from_excerpt(record, excerpt)
    if text is None:
        print(f"{args.id}: no recipe gives the annotated text ({record.chars} characters wanted, the excerpt has "
              f"{len(excerpt)}); nothing written", file=sys.stderr)
        return 1
    args.texts.mkdir(parents=True, exist_ok=True)
    (args.texts / f"{args.id}.txt").write_text(text, encoding="utf-8")
    print(f"{args.id}: {len(text)} characters written to {args.texts / (args.id + '.txt')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
