"""Modes (tessera.extraction.modes): how the text presents an event."""

from __future__ import annotations

import pytest

from tessera.extraction.events import TriggerLexicon


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # The lemmatiser reads "hoping" as "hop": the governor is known by its form too.
        ("The president is hoping to reach a peace deal with the rebel force.", "AGREE"),
        ("The army is planning to deploy more troops to the border.", "MOBILIZE"),
    ],
)
def test_a_plan_or_hope_is_future_whatever_the_lemma(events_of, text: str, event_type: str) -> None:  # type: ignore[no-untyped-def]
    modes = {e.mode for e in events_of(text) if e.type == event_type}
    assert modes == {"future"}


def test_governor_lists_hold_inflected_forms() -> None:
    cues = TriggerLexicon.default().mode_cues
    assert {"hope", "hoping", "hoped", "plans"} <= cues.future_governors
    assert {"refused", "denying"} <= cues.negating_governors
