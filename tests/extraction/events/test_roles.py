"""Roles of an event (tessera.extraction.events.roles): authors the syntax implies."""

from __future__ import annotations

import pytest

from tessera.extraction.events import TriggerLexicon, extract_events
from tessera.parse import Parser
from tessera.records import Event
from tessera.resolve.actors import ActorKnowledgeBase


@pytest.fixture(scope="module")
def lexicon() -> TriggerLexicon:
    return TriggerLexicon.default()


@pytest.fixture(scope="module")
def events_of(lexicon: TriggerLexicon):  # type: ignore[no-untyped-def]
    parser = Parser(select=lexicon.has_trigger)
    knowledge_base = ActorKnowledgeBase.default()

    def run(text: str) -> list[Event]:
        return extract_events(
            parser.parse(text),
            places=[],
            dates=[],
            quantities=[],
            knowledge_base=knowledge_base,
            lexicon=lexicon,
            published=None,
            article_id="test",
        )

    return run


def _event(events: list[Event], trigger: str) -> Event:
    return next(e for e in events if e.trigger.text == trigger)


def test_a_gerund_after_a_preposition_is_done_by_the_governing_subject(events_of) -> None:  # type: ignore[no-untyped-def]
    event = _event(events_of("The Malian government responded by condemning the raid on the market."), "condemning")
    assert event.type == "ACCUSE"
    assert event.actor is not None and event.actor.country == "MLI"


def test_a_participle_on_a_statement_is_the_issuers_act(events_of) -> None:  # type: ignore[no-untyped-def]
    event = _event(events_of("The Chadian army issued a statement on Monday condemning the ambush."), "condemning")
    assert event.actor is not None and event.actor.text == "The Chadian army" and event.actor.country == "TCD"
    # A participle on a noun that is no statement is not its subject's act.
    event = _event(events_of("The Chadian army found villagers condemning the ambush."), "condemning")
    assert event.actor is None or event.actor.country != "TCD"


def test_a_force_before_an_act_noun_is_its_author(events_of) -> None:  # type: ignore[no-untyped-def]
    event = _event(events_of("Nine people died in a Kenyan-led coalition air strike on the town."), "strike")
    assert event.actor is not None and event.actor.country == "KEN" and event.actor.type == "MIL"
    event = _event(events_of("Two traders were wounded in a police raid on the market."), "wounded")
    assert event.actor is not None and event.actor.type == "COP"
    # A machine names no author: whose drone is not said.
    events = [e for e in events_of("Two traders were wounded in a drone strike on the market.") if e.type == "ASSAULT"]
    assert events and all(e.actor is None for e in events)
