"""Event records (tessera.extraction.events.assembly): the place an event takes."""

from __future__ import annotations

import pytest

from tessera.extraction.events import TriggerLexicon, extract_events
from tessera.parse import Parser
from tessera.records import Event, Place
from tessera.resolve.actors import ActorKnowledgeBase


@pytest.fixture(scope="module")
def events_of():  # type: ignore[no-untyped-def]
    lexicon = TriggerLexicon.default()
    parser = Parser(select=lexicon.has_trigger)
    knowledge_base = ActorKnowledgeBase.default()

    def run(text: str, places: list[Place]) -> list[Event]:
        return extract_events(
            parser.parse(text),
            places=places,
            dates=[],
            quantities=[],
            knowledge_base=knowledge_base,
            lexicon=lexicon,
            published=None,
            article_id="test",
        )

    return run


def _place(text: str, name: str, country: str) -> Place:
    start = text.index(name)
    return Place(text=name, start=start, end=start + len(name), name=name, country=country, feature="city")


def test_a_place_in_a_clause_that_sets_another_scene_is_not_the_events(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "The latest bombing comes as government forces prepare for an offensive on Kandala."
    events = events_of(text, [_place(text, "Kandala", "MLI")])
    bombing = next(e for e in events if e.trigger.text == "bombing")
    assert bombing.location is None or bombing.location.name != "Kandala"


def test_a_place_in_a_clause_of_the_same_incident_stays(events_of) -> None:  # type: ignore[no-untyped-def]
    text = "Six villagers were killed when gunmen stormed a market in Kandala."
    events = events_of(text, [_place(text, "Kandala", "MLI")])
    killed = next(e for e in events if e.type == "ASSAULT")
    assert killed.location is not None and killed.location.name == "Kandala"
