"""Event metrics on hand-made gold and predictions."""

from __future__ import annotations

import pytest

from tessera.evaluate import events
from tessera.evaluate.gold import EventsGold, GoldEvent, GoldItem, GoldParticipant
from tessera.records import Actor, Document, Event, SentenceSpan, Span

TEXT = "Rebels shelled the town on Sunday, the army said."


def item(item_id: str, types: list[str], **gold: object) -> GoldItem[EventsGold]:
    return GoldItem[EventsGold](id=item_id, text=TEXT, annotations=EventsGold(types=types, **gold))


def event(event_type: str, country: str | None = None) -> Event:
    actor = Actor(text="Rebels", start=0, end=6, country=country) if country else None
    return Event(
        id=f"e-{event_type}",
        type=event_type,
        mode="asserted",
        trigger=Span(text="shelled", start=7, end=14),
        sentence=SentenceSpan(start=0, end=len(TEXT)),
        actor=actor,
        confidence=0.9,
    )


def document(item_id: str, *found: Event) -> Document:
    return Document(id=item_id, language="en", events=list(found))


def test_micro_scores_count_item_type_pairs_once() -> None:
    items = [item("a", ["ASSAULT"]), item("b", ["PROTEST"]), item("c", ["AGREE"])]
    predictions = [
        document("a", event("ASSAULT"), event("ASSAULT")),  # a type counts once per item
        document("b", event("ASSAULT")),  # wrong type: one FP, one FN
        None,  # failed article: a miss
    ]
    score = events.score(items, predictions)
    assert score.counts["true_positives"] == 1
    assert score.counts["false_positives"] == 1
    assert score.counts["false_negatives"] == 2
    assert score.figures["precision"] == pytest.approx(0.5)
    assert score.figures["recall"] == pytest.approx(1 / 3)
    assert score.figures["f1"] == pytest.approx(0.4)
    categories = sorted(note.category for note in score.errors)
    assert categories == ["missed", "missed", "spurious"]


def test_optional_types_are_neither_required_nor_false_positives() -> None:
    items = [item("a", ["COERCE"], optional_types=["ASSAULT", "COERCE"])]
    score = events.score(items, [document("a", event("ASSAULT"))])
    # ASSAULT is optional: ignored; COERCE is both listed and required: still required.
    assert score.counts == score.counts | {"false_positives": 0, "false_negatives": 1}
    assert score.figures["precision"] is None
    assert score.figures["f1"] == 0.0


def test_noevent_fpr_is_share_of_no_event_items_with_any_event() -> None:
    items = [item("q", [], no_event=True), item("f", [], no_event=True), item("x", ["PROTEST"])]
    score = events.score(items, [document("q", event("ACCUSE")), document("f"), document("x")])
    assert score.figures["noevent_fpr"] == pytest.approx(0.5)
    assert score.counts["false_positives"] == 1


def test_noevent_fpr_is_none_without_no_event_items() -> None:
    score = events.score([item("a", ["ASSAULT"])], [document("a")])
    assert score.figures["noevent_fpr"] is None


def gsr_item(item_id: str, event_type: str, countries: list[str]) -> GoldItem[EventsGold]:
    gold_event = GoldEvent(type=event_type, source=[GoldParticipant(text="x", country=c) for c in countries])
    return item(item_id, [event_type], events=[gold_event])


def test_actor_country_accuracy_over_items_whose_type_was_predicted() -> None:
    items = [
        gsr_item("a", "ASSAULT", ["SYR"]),
        gsr_item("b", "ASSAULT", ["ISR", "PSE"]),
        gsr_item("c", "ASSAULT", ["UGA"]),
        gsr_item("d", "PROTEST", ["FRA"]),  # type not predicted: not counted
    ]
    predictions = [
        document("a", event("ASSAULT", "SYR")),
        document("b", event("ASSAULT", "EGY"), event("ASSAULT", "PSE")),  # any one will do
        document("c", event("ASSAULT", "KEN")),
        document("d", event("ASSAULT", "FRA")),
    ]
    score = events.score(items, predictions)
    assert score.counts["actor_country_checked"] == 3
    assert score.figures["actor_country_acc"] == pytest.approx(2 / 3)
    wrong = [note for note in score.errors if note.category == "wrong"]
    assert [note.item for note in wrong] == ["c"]
    assert "KEN" in wrong[0].detail


def test_actor_country_needs_an_actor_on_an_event_of_the_gold_type() -> None:
    items = [gsr_item("a", "ASSAULT", ["SYR"])]
    predictions = [document("a", event("ASSAULT"), event("ACCUSE", "SYR"))]
    assert events.score(items, predictions).figures["actor_country_acc"] == 0.0
