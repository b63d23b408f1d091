"""Score the pipeline on a real-news dev set (issue #12; eval/realnews/README.md).

    python scripts/eval_realnews.py --language en|fr [--split study|score|all]
                                    [--texts DIR] [--annotations FILE] [--json FILE]
                                    [--docs docs/ACCURACY.md]

Reads eval/realnews/<language>.jsonl, joins the cached texts (eval/realnews/texts/), skips
with a count the articles whose text is absent or changed, runs the pipeline once, and prints
the figures of each split asked for (with `all`: study, score and both together). The
per-incident error list is printed for the study split only: the score split is measured,
never studied. With --docs (and --split all) the figures of both splits are written to the
marked section `realnews-<language>` of that page (scripts/eval_all.py keeps it).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tessera.evaluate import replace_section  # noqa: E402
from tessera.evaluate.realnews import (  # noqa: E402
    BOOTSTRAP_ROUNDS,
    FIELDS,
    HEADLINE_SHARES,
    RealNewsArticle,
    RealNewsScore,
    interval,
    join_texts,
    load_annotations,
    predict,
    score,
)
from tessera.records import Document  # noqa: E402

REALNEWS = REPO / "eval" / "realnews"


def _id_range(parser: argparse.ArgumentParser, text: str) -> Callable[[str], bool]:
    """ "en-501..en-520": a test of an article id for that range (same prefix, numbers inclusive)."""
    try:
        first, last = text.split("..")
        prefix, low = first.rsplit("-", 1)
        last_prefix, high = last.rsplit("-", 1)
        bounds = int(low), int(high)
    except ValueError:
        parser.error(f"--ids takes FIRST..LAST, as en-501..en-520, not {text!r}")
    if prefix != last_prefix or bounds[0] > bounds[1]:
        parser.error(f"--ids: {text!r} is no range of one prefix")

    def chosen(article_id: str) -> bool:
        head, _, number = article_id.rpartition("-")
        return head == prefix and number.isdigit() and bounds[0] <= int(number) <= bounds[1]

    return chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--language", choices=("en", "fr"), required=True)
    parser.add_argument("--split", choices=("study", "score", "all"), default="all")
    parser.add_argument("--annotations", type=Path, default=None, help="default eval/realnews/<language>.jsonl")
    parser.add_argument("--texts", type=Path, default=REALNEWS / "texts")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures as JSON")
    parser.add_argument("--docs", type=Path, default=None, help="write the figures' section into this page")
    parser.add_argument("--ids", default=None, metavar="FIRST..LAST",
                        help="score only the articles with ids in this range (one batch: en-501..en-520)")
    args = parser.parse_args(argv)
    if args.ids and args.docs:
        parser.error("--docs writes the whole set's section: not with --ids")
    chosen = _id_range(parser, args.ids) if args.ids else None

    annotations = args.annotations or REALNEWS / f"{args.language}.jsonl"
    articles = load_annotations(annotations, args.split)
    if chosen is not None:
        articles = [a for a in articles if chosen(a.id)]
    joined = join_texts(articles, args.texts)
    print(f"{annotations.name}: {len(joined.articles)} articles with their text; skipped "
          f"{len(joined.missing)} without text, {len(joined.changed)} whose text differs from the annotated one")
    if not joined.articles:
        print("nothing to score: rebuild the text cache (eval/realnews/README.md)", file=sys.stderr)
        return 0
    documents = predict(joined)
    splits = ("study", "score", "all") if args.split == "all" else (args.split,)
    results = {}
    by_publication: dict[str, dict[str, tuple[int, int]]] = {}
    bounds: dict[str, dict[str, tuple[float, float] | None]] = {}  # each headline share's interval
    for split in splits:
        articles = [a for a in joined.articles if split == "all" or a.split == split]
        result = score(articles, documents, notes=split == "study")
        results[split] = result
        bounds[split] = {name: interval(result, name) for name in HEADLINE_SHARES}
        by_publication[split] = _date_by_publication(articles, documents)
        c, f = result.counts, result.figures
        print(f"\n== {args.language} {split}: {c['articles']} articles, {c['gold_incidents']} gold incidents, "
              f"{c['predicted']} predicted, {c['failures']} failures")
        print(f"incidents complete and right  {_fmt(f['incidents_complete'])}  ({c['complete']}/{c['gold_incidents']}; "
              f"95% interval {_bounds(bounds[split]['incidents_complete'])})")
        print(f"predicted incidents right     {_fmt(f['predicted_right'])}  ({c['predicted_right']}/"
              f"{c['predicted'] - c['predicted_context_only']}; {c['predicted_context_only']} only match context; "
              f"95% interval {_bounds(bounds[split]['predicted_right'])})")
        print(f"  wrong: {c['predicted_wrong_paired']} paired with a gold incident of their type (another place "
              f"or day), {c['predicted_wrong_extra']} paired with none")
        print(f"  right: {c['predicted_repeat']} repeat a gold incident another right record already tells")
        print(f"type found                    {_fmt(f['type_found'])}  ({c['type_found']}/{c['gold_incidents']})")
        for name in FIELDS:
            print(f"  {name:<27} {_fmt(f[name])}  ({c[name + '_right']}/{c[name + '_total']})")
        for kind, (right, total) in by_publication[split].items():
            print(f"    date, {PUBLICATION[kind]:<34} {_share(right, total)}")
    if "study" in results:
        print("\n-- study split, per incident (gold | predicted | wrong fields)")
        for note in results["study"].notes:
            mark = "ok " if note["complete"] else "-- "
            print(f"{mark}{note['article']}: {note['gold']}\n      | {note['predicted'] or 'nothing'}"
                  f"\n      | {', '.join(note['wrong']) or '-'}")
    if args.json:
        payload = {split: {"figures": r.figures, "counts": r.counts,
                           "intervals": bounds[split],
                           "date_by_publication": {kind: {"right": right, "total": total}
                                                   for kind, (right, total) in by_publication[split].items()},
                           "per_article": r.per_article}
                   for split, r in results.items()}
        payload["skipped"] = {"missing": joined.missing, "changed": joined.changed}
        args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    if args.docs:
        page = args.docs.read_text(encoding="utf-8") if args.docs.exists() else "# Accuracy\n"
        body = render_section(args.language, results, skipped=len(joined.missing) + len(joined.changed), bounds=bounds,
                              by_publication=by_publication)
        args.docs.write_text(replace_section(page, f"realnews-{args.language}", body), encoding="utf-8")
        print(f"wrote the realnews-{args.language} section of {args.docs}")
    return 0


LANGUAGES = {"en": "English", "fr": "French"}
ROWS = {
    "incidents_complete": "incidents complete and right",
    "predicted_right": "predicted incidents right",
    "type_found": "type found (a prediction of the type)",
    "place": "place precise to the annotated level",
    "date": "date",
    "fatalities": "fatalities",
    "actor_country": "actor country",
    "recipient_country": "recipient country",
    "country": "country of the place",
}
COUNTED = {"incidents_complete": ("complete", "gold_incidents"), "type_found": ("type_found", "gold_incidents")}


PUBLICATION = {"dated": "articles with a publication date", "undated": "articles with none"}


def _date_by_publication(articles: list[RealNewsArticle],
                         documents: dict[str, Document | None]) -> dict[str, tuple[int, int]]:
    """The date field's (right, total) over the articles with a publication date and over
    those without one. An undated page states a weekday and a day of the month but often no
    year; the annotator took the year from what they knew, which no reading of the text
    gives, so the two are reported apart."""
    split: dict[str, tuple[int, int]] = {}
    for kind in PUBLICATION:
        chosen = [a for a in articles if (a.published is not None) == (kind == "dated")]
        counts = score(chosen, documents).counts if chosen else {"date_right": 0, "date_total": 0}
        split[kind] = (counts["date_right"], counts["date_total"])
    return split


def _share(right: int, total: int) -> str:
    return f"{right / total:.3f} ({right}/{total})" if total else "n/a"


def render_section(language: str, results: dict[str, RealNewsScore], *, skipped: int,
                   by_publication: dict[str, dict[str, tuple[int, int]]] | None = None,
                   bounds: dict[str, dict[str, tuple[float, float] | None]] | None = None) -> str:
    """The docs section of the splits' figures (`bounds`: each split's headline intervals, as
    main computed them; computed here where not given)."""
    if bounds is None:
        bounds = {split: {name: interval(r, name) for name in HEADLINE_SHARES} for split, r in results.items()}
    splits = [split for split in ("study", "score", "all") if split in results]
    lines = [
        f"## Real news ({LANGUAGES[language]})",
        "",
        f"`eval/realnews/{language}.jsonl`: real wire reports annotated by hand before any output was seen "
        "(eval/realnews/README.md). `study` articles may be read to fix rules; `score` articles are only "
        f"measured. `python scripts/eval_realnews.py --language {language} --docs docs/ACCURACY.md` "
        f"writes this section ({skipped} articles skipped for a missing or changed text).",
        "",
        "| | " + " | ".join(splits) + " |",
        "|---" * (len(splits) + 1) + "|",
        "| articles | " + " | ".join(str(results[s].counts["articles"]) for s in splits) + " |",
        "| gold incidents | " + " | ".join(str(results[s].counts["gold_incidents"]) for s in splits) + " |",
        "| predicted incidents | " + " | ".join(str(results[s].counts["predicted"]) for s in splits) + " |",
    ]
    for name, label in ROWS.items():
        cells = []
        for split in splits:
            counts, value = results[split].counts, results[split].figures[name]
            right, total = COUNTED.get(name, (f"{name}_right", f"{name}_total"))
            if name == "predicted_right":
                right, total = counts["predicted_right"], counts["predicted"] - counts["predicted_context_only"]
            else:
                right, total = counts[right], counts[total]
            # the share from the counts themselves: the figure is rounded to 4 places already
            spread = f"; 95% {_bounds(bounds[split][name])}" if name in HEADLINE_SHARES else ""
            cells.append("n/a" if value is None or not total else f"{right / total:.3f} ({right}/{total}{spread})")
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
        if name == "date" and by_publication:
            for kind, words in PUBLICATION.items():
                lines.append(f"| date, {words} | "
                             + " | ".join(_share(*by_publication[s][kind]) for s in splits) + " |")
    lines.append("| wrong predictions: paired with a gold incident of their type / paired with none | "
                 + " | ".join(f"{results[s].counts['predicted_wrong_paired']} / "
                              f"{results[s].counts['predicted_wrong_extra']}" for s in splits) + " |")
    lines.append("| right predictions repeating a gold incident another right one tells (one incident, "
                 "several records) | " + " | ".join(str(results[s].counts["predicted_repeat"]) for s in splits) + " |")
    lines += [
        "",
        "Per field: over gold incidents paired one-to-one with a prediction of the same type, those for "
        "which the gold states the field. 95%: a percentile bootstrap interval over the articles "
        f"({BOOTSTRAP_ROUNDS:,} resamples), how far the share could move on another draw of as many "
        "articles; `scripts/compare_realnews.py` tells whether two runs differ by more. "
        "Definitions: `tessera/evaluate/realnews.py`.",
    ]
    return "\n".join(lines)


def _bounds(bounds: tuple[float, float] | None) -> str:
    """A headline share's bootstrap interval over the articles (`realnews.interval`), printed."""
    return "n/a" if bounds is None else f"{bounds[0]:.3f}-{bounds[1]:.3f}"


def _fmt(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


if __name__ == "__main__":
    sys.exit(main())
