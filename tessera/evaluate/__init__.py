"""Evaluation on gold standards: gold JSONL -> pipeline -> figures.

Input: a gold file of one KIND (`entities`, `places`, `dates`, `events`, `ipe`; formats
and metric definitions in ../shared/gold/README.md). Output: an `EvaluationReport`
(figures, counts, and with `verbose` the errors: missed, wrong, spurious).
Where it sits: beside the pipeline, not in it. `evaluate()` reads the gold
(`gold.read_gold`), runs `Pipeline.default().extract_many` over the articles, and hands
gold and predictions to the KIND's metric module, whose `score()` is pure so it can be
tested on hand-made documents. `tessera evaluate` (cli/evaluate.py) and
scripts/eval_all.py (docs/ACCURACY.md) are thin layers over this.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from pydantic import BaseModel, Field

from tessera.evaluate import dates, entities, events, ipe, places
from tessera.evaluate.gold import (
    DatesGold,
    EntitiesGold,
    EventsGold,
    GoldItem,
    IpeGold,
    PlacesGold,
    dataset_of,
    find_gold_sets,
    kind_of,
    read_gold,
)
from tessera.evaluate.scoring import ErrorNote, Score
from tessera.records import Article, Document, ExtractionFailure

__all__ = [
    "KINDS",
    "ErrorNote",
    "EvaluationReport",
    "Extractor",
    "dataset_of",
    "find_gold_sets",
    "default_extractor",
    "evaluate",
    "kind_of",
    "predict",
    "replace_section",
    "score_documents",
    "sections",
]

Extractor = Callable[[Iterable[Article]], Iterable[Document | ExtractionFailure]]


class _Kind(NamedTuple):
    annotations: type[BaseModel]
    score: Callable[[Sequence[Any], Sequence[Document | None]], Score]


_KINDS: dict[str, _Kind] = {
    "entities": _Kind(EntitiesGold, entities.score),
    "places": _Kind(PlacesGold, places.score),
    "dates": _Kind(DatesGold, dates.score),
    "events": _Kind(EventsGold, events.score),
    "ipe": _Kind(IpeGold, ipe.score),
}
KINDS: tuple[str, ...] = tuple(_KINDS)


class EvaluationReport(BaseModel):
    """Figures of one run of the pipeline over one gold set."""

    kind: str
    dataset: str
    gold_path: str
    limit: int | None = None
    split: str = "all"
    items: int
    failures: int = 0
    seconds: float = 0.0
    articles_per_second: float | None = None
    figures: dict[str, float | None]
    counts: dict[str, int] = Field(default_factory=dict)
    error_counts: dict[str, int] = Field(default_factory=dict)
    errors: list[ErrorNote] = Field(default_factory=list)


class UnknownKindError(ValueError):
    pass


def _kind(kind: str) -> _Kind:
    try:
        return _KINDS[kind]
    except KeyError:
        raise UnknownKindError(f"unknown KIND {kind!r}; choose one of {', '.join(KINDS)}") from None


def score_documents(kind: str, items: Sequence[GoldItem[Any]], documents: Sequence[Document | None]) -> Score:
    """Pure scoring: gold items and their predictions (None = failed article) -> figures."""
    return _kind(kind).score(items, documents)


def default_extractor() -> Extractor:
    """The real pipeline's `extract_many` (loads spaCy and the gazetteer once)."""
    from tessera.pipeline import Pipeline

    return Pipeline.default().extract_many


def predict(items: Sequence[GoldItem[Any]], extractor: Extractor | None = None) -> list[Document | None]:
    """Run the pipeline over the gold articles; a failed article becomes None (empty)."""
    results = list((extractor or default_extractor())(item.article() for item in items))
    if len(results) != len(items):
        raise RuntimeError(f"the pipeline returned {len(results)} results for {len(items)} articles")
    # extract_many keeps input order; the id check guards against a reordering bug.
    documents: list[Document | None] = []
    for item, result in zip(items, results, strict=True):
        if isinstance(result, Document):
            if result.id != item.id:
                raise RuntimeError(f"result {result.id!r} came back in the place of {item.id!r}")
            documents.append(result)
        else:
            documents.append(None)
    return documents


def evaluate(
    kind: str,
    gold_path: Path,
    *,
    limit: int | None = None,
    verbose: bool = False,
    extractor: Extractor | None = None,
    split: str = "all",
) -> EvaluationReport:
    """Score the pipeline (or `extractor`) on the first `limit` items of a gold file, of one
    `split` (`study`, `score` or `all`; see `gold.split_of`)."""
    spec = _kind(kind)
    items = read_gold(Path(gold_path), spec.annotations, limit=limit, split=split)
    # Loading the model is not coding: keep it out of the articles/s figure.
    extractor = extractor or default_extractor()
    started = time.perf_counter()
    documents = predict(items, extractor)
    seconds = time.perf_counter() - started
    score = spec.score(items, documents)
    return EvaluationReport(
        kind=kind,
        dataset=dataset_of(Path(gold_path)),
        gold_path=str(gold_path),
        limit=limit,
        split=split,
        items=len(items),
        failures=sum(document is None for document in documents),
        seconds=round(seconds, 3),
        articles_per_second=round(len(items) / seconds, 2) if seconds > 0 else None,
        figures=score.figures,
        counts=score.counts,
        error_counts=dict(Counter(note.category for note in score.errors)),
        errors=score.errors if verbose else [],
    )


# Sections of docs/ACCURACY.md written by other scripts (scripts/eval_realnews.py, the
# study/score halves of scripts/eval_all.py) sit between these markers; a rewrite of the
# page by scripts/eval_all.py keeps them.
_SECTION = re.compile(r"<!-- section:(?P<name>[\w-]+) -->\n.*?<!-- /section:(?P=name) -->\n", re.S)


def sections(text: str) -> dict[str, str]:
    """The marked sections of a page, by name, markers included."""
    return {found.group("name"): found.group(0) for found in _SECTION.finditer(text)}


def replace_section(text: str, name: str, body: str) -> str:
    """`text` with section `name` set to `body` (appended at the end when it is not there)."""
    block = f"<!-- section:{name} -->\n{body.rstrip()}\n<!-- /section:{name} -->\n"
    if name in sections(text):
        return _SECTION.sub(lambda found: block if found.group("name") == name else found.group(0), text)
    return text.rstrip("\n") + "\n\n" + block
