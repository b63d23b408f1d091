"""`tessera.evaluate.evaluate`: gold file -> extractor -> report, with a stub extractor."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from tessera.evaluate import KINDS, EvaluationReport, evaluate, predict
from tessera.evaluate.gold import EventsGold, read_gold
from tessera.evaluate.scoring import f1, prf
from tessera.records import Article, Document, Event, ExtractionFailure, SentenceSpan, Span

RECORDS = [
    {"id": "s1", "text": "Gunmen attacked a bus.", "language": "en", "gold": {"types": ["ASSAULT"], "no_event": False}},
    {
        "id": "s2",
        "text": "Students marched downtown.",
        "language": "en",
        "gold": {"types": ["PROTEST"], "no_event": False},
    },
    {"id": "s3", "text": "Floods swept the valley.", "language": "en", "gold": {"types": [], "no_event": True}},
]


@pytest.fixture()
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "events" / "demo.dev.jsonl"
    path.parent.mkdir()
    path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    return path


def keyword_extractor(articles: Iterable[Article]) -> Iterator[Document | ExtractionFailure]:
    """A stand-in for the pipeline: 'attacked' is an ASSAULT; 'marched' breaks."""
    for article in articles:
        if "marched" in article.text:
            yield ExtractionFailure(id=article.id, reason="stub failure")
            continue
        found = []
        if "attacked" in article.text:
            start = article.text.index("attacked")
            found.append(
                Event(
                    id="e1",
                    type="ASSAULT",
                    mode="asserted",
                    trigger=Span(text="attacked", start=start, end=start + 8),
                    sentence=SentenceSpan(start=0, end=len(article.text)),
                    confidence=0.9,
                )
            )
        yield Document(id=article.id, language="en", events=found)


def test_evaluate_runs_extractor_and_scores(gold_file: Path) -> None:
    report = evaluate("events", gold_file, extractor=keyword_extractor, verbose=True)
    assert isinstance(report, EvaluationReport)
    assert report.dataset == "demo" and report.items == 3 and report.failures == 1
    assert report.figures["precision"] == 1.0
    assert report.figures["recall"] == pytest.approx(0.5)
    assert report.figures["noevent_fpr"] == 0.0
    assert report.error_counts == {"missed": 1}
    assert [(e.item, e.text) for e in report.errors] == [("s2", "PROTEST")]
    quiet = evaluate("events", gold_file, extractor=keyword_extractor, limit=1)
    assert quiet.items == 1 and quiet.errors == [] and quiet.limit == 1


def test_unknown_kind_is_refused(gold_file: Path) -> None:
    with pytest.raises(ValueError, match="unknown KIND"):
        evaluate("sentiment", gold_file, extractor=keyword_extractor)
    assert set(KINDS) == {"entities", "places", "dates", "events", "ipe"}


def test_predict_refuses_reordered_results(gold_file: Path) -> None:
    items = read_gold(gold_file, EventsGold)

    def reversed_extractor(articles: Iterable[Article]) -> list[Document]:
        return [Document(id=a.id, language="en") for a in reversed(list(articles))]

    with pytest.raises(RuntimeError, match="in the place of"):
        predict(items, reversed_extractor)


def test_prf_edges() -> None:
    assert prf(0, 0, 0) == (None, None, None)
    assert prf(0, 0, 3) == (None, 0.0, 0.0)
    assert prf(2, 2, 0) == (0.5, 1.0, pytest.approx(2 / 3))
    assert f1(0.0, 0.0) == 0.0
