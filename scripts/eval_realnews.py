"""Score the pipeline on a real-news dev set (issue #12; eval/realnews/README.md).

    python scripts/eval_realnews.py --language en|fr [--split study|score|all]
                                    [--texts DIR] [--annotations FILE] [--json FILE]

Reads eval/realnews/<language>.jsonl, joins the cached texts (eval/realnews/texts/), skips
with a count the articles whose text is absent or changed, runs the pipeline once, and prints
the figures of each split asked for (with `all`: study, score and both together). The
per-incident error list is printed for the study split only: the score split is measured,
never studied.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tessera.evaluate.realnews import FIELDS, join_texts, load_annotations, predict, score  # noqa: E402

REALNEWS = REPO / "eval" / "realnews"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--language", choices=("en", "fr"), required=True)
    parser.add_argument("--split", choices=("study", "score", "all"), default="all")
    parser.add_argument("--annotations", type=Path, default=None, help="default eval/realnews/<language>.jsonl")
    parser.add_argument("--texts", type=Path, default=REALNEWS / "texts")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures as JSON")
    args = parser.parse_args(argv)

    annotations = args.annotations or REALNEWS / f"{args.language}.jsonl"
    joined = join_texts(load_annotations(annotations, args.split), args.texts)
    print(f"{annotations.name}: {len(joined.articles)} articles with their text; skipped "
          f"{len(joined.missing)} without text, {len(joined.changed)} whose text differs from the annotated one")
    if not joined.articles:
        print("nothing to score: rebuild the text cache (eval/realnews/README.md)", file=sys.stderr)
        return 0
    documents = predict(joined)
    splits = ("study", "score", "all") if args.split == "all" else (args.split,)
    results = {}
    for split in splits:
        articles = [a for a in joined.articles if split == "all" or a.split == split]
        result = score(articles, documents, notes=split == "study")
        results[split] = result
        c, f = result.counts, result.figures
        print(f"\n== {args.language} {split}: {c['articles']} articles, {c['gold_incidents']} gold incidents, "
              f"{c['predicted']} predicted, {c['failures']} failures")
        print(f"incidents complete and right  {_fmt(f['incidents_complete'])}  ({c['complete']}/{c['gold_incidents']})")
        print(f"predicted incidents right     {_fmt(f['predicted_right'])}  ({c['predicted_right']}/"
              f"{c['predicted'] - c['predicted_context_only']}; {c['predicted_context_only']} only match context)")
        print(f"type found                    {_fmt(f['type_found'])}  ({c['type_found']}/{c['gold_incidents']})")
        for name in FIELDS:
            print(f"  {name:<27} {_fmt(f[name])}  ({c[name + '_right']}/{c[name + '_total']})")
    if "study" in results:
        print("\n-- study split, per incident (gold | predicted | wrong fields)")
        for note in results["study"].notes:
            mark = "ok " if note["complete"] else "-- "
            print(f"{mark}{note['article']}: {note['gold']}\n      | {note['predicted'] or 'nothing'}"
                  f"\n      | {', '.join(note['wrong']) or '-'}")
    if args.json:
        payload = {split: {"figures": r.figures, "counts": r.counts} for split, r in results.items()}
        payload["skipped"] = {"missing": joined.missing, "changed": joined.changed}
        args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    return 0


def _fmt(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


if __name__ == "__main__":
    sys.exit(main())
