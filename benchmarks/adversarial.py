"""Extraction time on adversarial input: one sentence made of N short violent clauses.

    python benchmarks/adversarial.py [--sizes 200 400 800 1600] [--shape kill|mixed|places]

Each text is one sentence ("Gunmen killed two, Gunmen killed two, ..., the army said.")
so every clause hangs in the same dependency tree: a stage that scans the whole sentence
(or a whole subtree) once per trigger word grows with the square of N. Prints, per N,
the seconds `Pipeline.extract` takes (parse included, model load and warm-up excluded),
the number of words, and the events coded. Shapes: `kill` ("Gunmen killed two, "),
`mixed` (attacks, protests, arrests and threats in turn, so pruning keeps several
events), `places` (each clause also names a place and a day), `numbers` (clock times,
numeric dates and counts) and `article` (N short sentences instead of one long one).

Not a test: the figures are quoted in docs/RELIABILITY.md (issue 14). Linear time shows
as seconds that double, not quadruple, when N doubles; past the per-sentence caps of
`tessera.extraction.events.proposal`
(MAX_SENTENCE_TOKENS, MAX_TRIGGERS_PER_SENTENCE) the
extraction part stays flat and only the parse grows.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SHAPES = {
    "kill": ["Gunmen killed two, "],
    "mixed": [
        "gunmen attacked a village, ",
        "students protested in the capital, ",
        "police arrested a journalist, ",
        "rebels threatened to attack the town, ",
    ],
    "places": ["gunmen killed two in Gao on Friday, ", "soldiers attacked a camp near Djibo, "],
    "numbers": ["at 10:30 on 12/05/2020 gunmen killed 3 of 40 soldiers, ", "about 1,500 fled on 13/05/2020, "],
}
# Not one sentence: N short sentences, for the stages that index the whole article.
ARTICLE = "Gunmen killed {n} soldiers in Gao on Friday 12 May 2020. "


def sentence(shape: str, clauses: int) -> str:
    if shape == "article":
        return "".join(ARTICLE.format(n=2 + i % 50) for i in range(clauses))
    parts = SHAPES[shape]
    body = "".join(parts[i % len(parts)] for i in range(clauses))
    return body + "the army said."


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 400, 800, 1600])
    parser.add_argument("--shape", choices=[*sorted(SHAPES), "article"], default="kill")
    args = parser.parse_args(argv)

    from tessera.pipeline import Pipeline
    from tessera.records import Article

    logging.basicConfig(level=logging.ERROR)
    pipeline = Pipeline.default()
    pipeline.extract(Article(id="warm-up", text="Gunmen killed two soldiers in Gao on Friday.", language="en"))
    for clauses in args.sizes:
        text = sentence(args.shape, clauses)
        article = Article(id=f"adversarial-{clauses}", text=text, language="en")
        started = time.perf_counter()
        document = pipeline.extract(article)
        seconds = time.perf_counter() - started
        print(
            json.dumps(
                {
                    "shape": args.shape,
                    "clauses": clauses,
                    "words": len(text.split()),
                    "seconds": round(seconds, 2),
                    "events": len(document.events),
                }
            ),
            flush=True,
        )


if __name__ == "__main__":
    main()
