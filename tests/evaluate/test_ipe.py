"""India Police Events metrics on hand-made gold and predictions."""

from __future__ import annotations

import pytest

from tessera.evaluate import ipe
from tessera.evaluate.gold import GoldItem, GoldSentence, IpeGold
from tessera.records import Document, Event, SentenceSpan, Span

# Two sentences: [0, 40) and [41, 90).
TEXT = "police fired on a crowd, killing two men. three people were arrested later in the evening."
SENTENCES = [(0, 40), (41, 90)]


def item(item_id: str, doc_labels: list[str], kill_sentences: tuple[int, ...] = ()) -> GoldItem[IpeGold]:
    sentences = [
        GoldSentence(sent_id=i, start=s, end=e, labels=["KILL"] if i in kill_sentences else [])
        for i, (s, e) in enumerate(SENTENCES)
    ]
    return GoldItem[IpeGold](id=item_id, text=TEXT, annotations=IpeGold(doc_labels=doc_labels, sentences=sentences))


def event(
    event_type: str, trigger_start: int, fatalities: int | None = None, sentence: tuple[int, int] = (0, 40)
) -> Event:
    return Event(
        id="e",
        type=event_type,
        mode="asserted",
        trigger=Span(text="x", start=trigger_start, end=trigger_start + 1),
        sentence=SentenceSpan(start=sentence[0], end=sentence[1]),
        fatalities=fatalities,
        confidence=0.8,
    )


def test_document_labels_follow_the_mapping() -> None:
    document = Document(
        id="a",
        language="en",
        events=[event("ASSAULT", 7, fatalities=2), event("COERCE", 60), event("ASSAULT", 8, fatalities=0)],
    )
    assert ipe.document_labels(document) == {"KILL", "FORCE", "ARREST"}
    assert ipe.document_labels(Document(id="b", language="en", events=[event("ASSAULT", 7)])) == {"FORCE"}
    assert ipe.document_labels(None) == set()


def test_document_level_f1_per_label() -> None:
    items = [item("a", ["KILL", "FORCE"], (0,)), item("b", ["ARREST"]), item("c", [])]
    predictions = [
        Document(id="a", language="en", events=[event("ASSAULT", 25, fatalities=2)]),
        Document(id="b", language="en", events=[event("ASSAULT", 3)]),  # FORCE is spurious
        None,
    ]
    figures = ipe.score(items, predictions).figures
    assert figures["kill_f1"] == pytest.approx(1.0)
    assert figures["force_precision"] == pytest.approx(0.5)
    assert figures["force_recall"] == pytest.approx(1.0)
    assert figures["arrest_recall"] == 0.0
    assert figures["arrest_precision"] is None
    assert figures["arrest_f1"] == 0.0


def test_kill_event_goes_to_the_sentence_of_its_trigger() -> None:
    gold = item("a", ["KILL", "FORCE"], (1,)).annotations.sentences
    assert ipe.kill_sentences([event("ASSAULT", 50, fatalities=1)], gold) == {1}
    # Not killings: no sentence.
    assert ipe.kill_sentences([event("ASSAULT", 50)], gold) == set()


def test_kill_event_outside_any_sentence_falls_back_to_overlapping_sentences() -> None:
    gold = [GoldSentence(sent_id=0, start=0, end=40), GoldSentence(sent_id=1, start=41, end=90)]
    # Trigger in the gap between sentences; the event sentence overlaps both.
    assert ipe.kill_sentences([event("ASSAULT", 40, fatalities=1, sentence=(30, 60))], gold) == {0, 1}


def test_sentence_kill_f1() -> None:
    items = [item("a", ["KILL", "FORCE"], (0,)), item("b", ["KILL", "FORCE"], (1,))]
    predictions = [
        Document(id="a", language="en", events=[event("ASSAULT", 25, fatalities=2)]),
        Document(id="b", language="en", events=[event("ASSAULT", 10, fatalities=1)]),  # wrong sentence
    ]
    figures = ipe.score(items, predictions).figures
    assert figures["sentence_kill_precision"] == pytest.approx(0.5)
    assert figures["sentence_kill_recall"] == pytest.approx(0.5)
    assert figures["sentence_kill_f1"] == pytest.approx(0.5)
    assert figures["kill_f1"] == pytest.approx(1.0)
