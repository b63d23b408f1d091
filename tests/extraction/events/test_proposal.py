"""Proposal and pruning (tessera.extraction.events.proposal): which events a sentence reports."""

from __future__ import annotations

import pytest

from tessera.extraction.events.proposal import _phrase_on_path
from tessera.records import Event


def _types(events: list[Event], mode: str | None = "asserted") -> set[str]:
    return {e.type for e in events if mode is None or e.mode == mode}


# ------------------------------------------------------------------- accidents and weapons


@pytest.mark.parametrize(
    "text",
    [
        "Last month a car bomb in the market district killed about 80 people.",
        "A truck bomb outside the ministry killed nine guards on Monday.",
    ],
)
def test_a_vehicle_that_carries_a_bomb_is_no_accident(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" in _types(events_of(text))


def test_a_vehicle_that_crashes_is_still_an_accident(events_of) -> None:  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in _types(events_of("A bus crash on the highway killed twelve passengers."), None)


# ------------------------------------------------------------------- protests met by force


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas at demonstrators in the capital on Friday.",
        "Soldiers opened fire on protesters outside the governor's office.",
        "The gendarmes used batons and tear gas against striking protesters, wounding four.",
        "Riot police arrested dozens of protesters in the port city.",
    ],
)
def test_protesters_met_with_force_were_protesting(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    types = _types(events_of(text))
    assert "PROTEST" in types
    assert types & {"ASSAULT", "COERCE"}


def test_a_prevented_demonstration_is_no_protest(events_of) -> None:  # type: ignore[no-untyped-def]
    assert "PROTEST" not in _types(events_of("The police prevented the demonstration planned by the students."), None)


def test_force_against_others_implies_no_protest(events_of) -> None:  # type: ignore[no-untyped-def]
    assert "PROTEST" not in _types(events_of("Gunmen opened fire on villagers near the market, killing six."), None)


# ------------------------------------------------------------------- background nouns


@pytest.mark.parametrize(
    ("phrase", "path", "found"),
    [
        (("after",), ["after", "closed"], True),
        (("due", "to"), ["to", "due", "months"], True),
        (("in", "the", "wake", "of"), ["of", "wake", "in", "suspended"], True),
        (("in", "response", "to"), ["to", "response", "in"], True),
        (("due", "to"), ["to", "went"], False),
        (("because", "of"), ["of", "members"], False),
    ],
)
def test_adjunct_phrases_are_read_up_the_heads(phrase: tuple[str, ...], path: list[str], found: bool) -> None:
    assert _phrase_on_path(phrase, path) is found


@pytest.mark.parametrize(
    "text",
    [
        "The border was reopened shortly after the talks between the two governments.",
        "Flights resumed in the wake of the agreement between the rival factions.",
        "Security was tightened ahead of the president's visit to the northern city.",
    ],
)
def test_a_cooperative_noun_that_dates_another_event_is_background(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    types = _types(events_of(text), None)
    assert not types & {"CONSULT", "AGREE"}


def test_violence_and_protest_nouns_in_an_adjunct_stay(events_of) -> None:  # type: ignore[no-untyped-def]
    assert "PROTEST" in _types(events_of("Schools stayed shut for a week after a popular uprising in the capital."))
    assert "ASSAULT" in _types(events_of("Two soldiers were killed during clashes with rebels on Sunday."))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Fighting broke out in the north a day after the government agreed to resume talks.", "AGREE"),
        ("The officers were overwhelmed as they called for reinforcements.", "REQUEST"),
        ("The new council swung into action with a call for national unity.", "REQUEST"),
        ("The new council took office with a call for national unity.", "REQUEST"),
    ],
)
def test_a_verbal_act_told_as_a_circumstance_is_no_event(events_of, text: str, absent: str) -> None:  # type: ignore[no-untyped-def]
    assert absent not in _types(events_of(text), None)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("The minister called for calm after the clashes in the capital.", "REQUEST"),
        ("The envoy condemned the attack, blaming the rebels for the deaths.", "ACCUSE"),
        ("The rebels agreed to a ceasefire and released twenty prisoners.", "AGREE"),
        ("The meeting in the capital ended with an agreement on prisoner exchanges.", "AGREE"),
    ],
)
def test_a_verbal_act_in_a_main_clause_stays(events_of, text: str, present: str) -> None:  # type: ignore[no-untyped-def]
    assert present in _types(events_of(text))


# ------------------------------------------------------------------- the object that makes the verb a trigger


@pytest.mark.parametrize(
    "text",
    [
        "Last week the navy launched a strike that killed 30 pirates on the coast.",
        "The coalition launched a strike on the depot before dawn.",
    ],
)
def test_a_strike_launched_is_the_attack_not_a_labour_strike(events_of, text: str) -> None:  # type: ignore[no-untyped-def]
    types = _types(events_of(text), None)
    assert "ASSAULT" in types
    assert "PROTEST" not in types


def test_a_strike_staged_is_still_a_protest(events_of) -> None:  # type: ignore[no-untyped-def]
    assert "PROTEST" in _types(events_of("Dock workers staged a strike at the port on Monday."))
