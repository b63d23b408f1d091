"""A movement of forces (`sender_types` of data/en/triggers.yaml) is not placed at the country
named as its subject, the sender, when the story is set in another ("New Zealand sent in extra
police" in a story of the Solomon Islands): where the forces come from, not where they go. A
state that calls up its own forces at home stays their place. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tessera.records import Article


def test_the_types_are_data(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert "MOBILIZE" in lexicon.sender_types


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        ("Rioters burned shops in Honiara, the capital of the Solomon Islands, on Tuesday. "
         "New Zealand also sent in extra police and troops.", "NZL"),
        ("Gangs attacked a police station in Port-au-Prince, Haiti, on Monday. "
         "Kenya dispatched more officers on Tuesday.", "KEN"),
    ],
)
def test_a_sender_named_as_subject_is_not_the_place(pipeline, text, sender) -> None:  # type: ignore[no-untyped-def]
    document = pipeline.extract(Article(id="sender", text=text, language="en", published=dt.date(2024, 5, 9)))
    moves = [e for e in document.events if e.type == "MOBILIZE"]
    assert moves
    assert all(e.location is None or e.location.country != sender for e in moves)


def test_a_place_reinforced_stays_the_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the subject of a passive is what the movement reaches
    text = "Gunmen attacked a market in Bamako, Mali, on Monday. Bamako was reinforced with extra soldiers."
    document = pipeline.extract(Article(id="sender", text=text, language="en", published=dt.date(2024, 5, 9)))
    moves = [e for e in document.events if e.type == "MOBILIZE"]
    assert all(e.location is None or e.location.country == "MLI" for e in moves)


def test_a_state_calling_up_its_own_forces_stays_their_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Ghana called up army reservists on Friday after gunmen killed six people in Ghana's north."
    document = pipeline.extract(Article(id="sender", text=text, language="en", published=dt.date(2024, 5, 11)))
    moves = [e for e in document.events if e.type == "MOBILIZE"]
    assert moves and all(e.location is not None and e.location.country == "GHA" for e in moves)
