"""Compare two real-news runs article by article: is a change larger than a redraw of the articles?

    python scripts/eval_realnews.py --language en --split score --json /tmp/before.json   # on the old code
    python scripts/eval_realnews.py --language en --split score --json /tmp/after.json    # on the new code
    python scripts/compare_realnews.py /tmp/before.json /tmp/after.json

For each split both files hold, prints each headline share (incidents complete and right,
predicted incidents right) before and after, the change, and a paired bootstrap interval of the
change over the articles both runs scored (`tessera.evaluate.realnews.paired_difference`): the
same resampled articles in both runs, so that only what changed is uncertain. A change whose
interval holds 0 is no larger than another draw of the articles could make it. Also prints how
many articles gained or lost a complete incident. Reads the `per_article` counts that
`eval_realnews.py --json` writes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tessera.evaluate.realnews import HEADLINE_SHARES, RealNewsScore, paired_difference  # noqa: E402


def load_runs(path: Path) -> dict[str, RealNewsScore]:
    """The splits of one `eval_realnews.py --json` file as scores (figures, counts, per-article counts)."""
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise SystemExit(f"{path}: not a JSON file of eval_realnews.py --json ({error})") from error
    runs = {}
    for split, body in payload.items():
        if not isinstance(body, dict) or "per_article" not in body:
            continue
        runs[split] = RealNewsScore(figures=body["figures"], counts=body["counts"], per_article=body["per_article"])
    if not runs:
        raise SystemExit(f"{path}: no split with per-article counts (write it with eval_realnews.py --json)")
    return runs


def report(before: dict[str, RealNewsScore], after: dict[str, RealNewsScore]) -> list[str]:
    lines = []
    for split in [s for s in ("study", "score", "all") if s in before and s in after]:
        old, new = before[split], after[split]
        shared = set(old.per_article) & set(new.per_article)
        lines.append(f"== {split}: {len(shared)} articles in both runs")
        for figure in HEADLINE_SHARES:
            result = paired_difference(old, new, figure)
            if result is None:
                lines.append(f"  {figure}: nothing to compare")
                continue
            change, low, high = result
            verdict = "within a redraw of the articles" if low <= 0 <= high else "beyond a redraw of the articles"
            lines.append(f"  {figure}: {old.figures.get(figure)} -> {new.figures.get(figure)}  "
                         f"change {change:+.4f}, 95% interval {low:+.4f} to {high:+.4f} ({verdict})")
        gained = sum(new.per_article[k].get("complete", 0) > old.per_article[k].get("complete", 0) for k in shared)
        lost = sum(new.per_article[k].get("complete", 0) < old.per_article[k].get("complete", 0) for k in shared)
        lines.append(f"  articles with more complete incidents: {gained}; with fewer: {lost}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    lines = report(load_runs(args.before), load_runs(args.after))
    if not lines:
        print("the two files share no split", file=sys.stderr)
        return 1
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
