"""Fatalities read from an event's clause (tessera.extraction.fatalities), through the events stage."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def events_of(events_of):  # type: ignore[no-untyped-def]
    """The events stage with the text's own quantities (tolls are read from them)."""
    return lambda text: events_of(text, quantities=True)


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("A nurse said a third person was killed in the raid on Tuesday.", 1),
        ("Police said the 2nd victim was killed near the market.", 1),
        ("Gunmen killed three farmers near the river.", 3),
    ],
)
def test_an_ordinal_is_a_rank_not_a_count(events_of, text: str, fatalities: int) -> None:  # type: ignore[no-untyped-def]
    assert [e.fatalities for e in events_of(text) if e.type == "ASSAULT"] == [fatalities]


def test_a_victim_who_later_died_is_a_death(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of("A roadside bomb wounded five villagers including a boy who later died.")
    assault = next(e for e in events if e.type == "ASSAULT")
    assert (assault.fatalities, assault.injuries) == (1, 5)


def test_a_number_opening_the_victims_phrase_counts_them(events_of) -> None:  # type: ignore[no-untyped-def]
    # The parser reads "Sixteen" as a compound of the demonym, not as the count.
    events = events_of("Sixteen Nigerien soldiers were killed and another reported missing after an ambush.")
    assert [e.fatalities for e in events if e.type == "ASSAULT"] == [16]


def test_a_headline_run_into_the_lead_counts_its_victims_once(events_of) -> None:  # type: ignore[no-untyped-def]
    # No full stop after the headline: the parser gives the lead's verb both subjects.
    text = "Four soldiers killed in rebel attack\n\nBAMAKO - Four soldiers were killed in an attack on a base."
    tolls = [e.fatalities for e in events_of(text) if e.type == "ASSAULT" and e.fatalities]
    assert tolls and max(tolls) == 4


def test_a_second_subject_without_a_count_leaves_the_count(events_of) -> None:  # type: ignore[no-untyped-def]
    # "most of them women" is parsed as a second subject of the verb.
    events = events_of("Nine people, most of them traders, were killed when gunmen opened fire.")
    assert [e.fatalities for e in events if e.type == "ASSAULT"] == [9]


def test_a_verb_with_an_object_counts_the_object(events_of) -> None:  # type: ignore[no-untyped-def]
    # The tagger reads "killed" after a name as a participle; its object is still the victims.
    events = events_of("Al Shabaab fighters killed at least 15 soldiers in an attack on a base, officials said.")
    assert [e.fatalities for e in events if e.type == "ASSAULT"] == [15]


def test_fatally_shot_is_a_death(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of("Gunmen fatally shot two guards at a checkpoint near the market.")
    assert [e.fatalities for e in events if e.type == "ASSAULT"] == [2]
