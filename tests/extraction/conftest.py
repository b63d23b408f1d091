"""Shared fixtures of the extraction tests: the events stage run alone on a text."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from tessera.extraction.events import TriggerLexicon, extract_events
from tessera.extraction.quantities import extract_quantities
from tessera.parse import Parser
from tessera.records import Event, Place
from tessera.resolve.actors import ActorKnowledgeBase


@pytest.fixture(scope="session")
def lexicon() -> TriggerLexicon:
    return TriggerLexicon.default()


@pytest.fixture(scope="session")
def parser(lexicon: TriggerLexicon) -> Parser:
    return Parser(select=lexicon.has_trigger)


@pytest.fixture(scope="session")
def knowledge_base() -> ActorKnowledgeBase:
    return ActorKnowledgeBase.default()


EventsOf = Callable[..., list[Event]]


@pytest.fixture(scope="session")
def events_of(parser: Parser, lexicon: TriggerLexicon, knowledge_base: ActorKnowledgeBase) -> EventsOf:
    """`events_of(text, places=None, quantities=False)`: the English events stage on `text`,
    given those places (none by default) and, with `quantities`, the text's own quantities."""

    def run(text: str, places: Sequence[Place] | None = None, quantities: bool = False) -> list[Event]:
        parsed = parser.parse(text)
        return extract_events(
            parsed,
            places=list(places or []),
            dates=[],
            quantities=extract_quantities(parsed) if quantities else [],
            knowledge_base=knowledge_base,
            lexicon=lexicon,
            published=None,
            article_id="test",
        )

    return run
