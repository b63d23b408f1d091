"""A toll told whole on one incident and broken down by side in a list of its own ("three police
officers and six squatters died in the incident", "9 morts dont trois policiers et six
manifestants"), where another incident of its type at its place and day, with no toll, is the act
against one of those sides: that incident takes that side's count, the one told keeps the rest
(`assemble._shares_told_apart`). Sentences written for these tests (the village names are made up)."""

from __future__ import annotations

import pytest

from tessera.records import Article, Document
from tests.incidents import assaults

PUBLISHED = "2024-03-09"


def code(pipeline, text: str, language: str = "en") -> Document:
    return pipeline.extract(Article(id="t", text=text, language=language, published=PUBLISHED))


def tolls(document: Document) -> list[tuple[int | None, str | None]]:
    return sorted(((i.fatalities, i.recipient.text if i.recipient else None) for i in assaults(document)),
                  key=lambda pair: (pair[0] is None, pair[0] or 0))


@pytest.mark.parametrize(
    ("text", "language", "shares"),
    [
        ("At least 9 people were killed on Friday in clashes that erupted when police tried to evict squatters "
         "from a farm near Zarvakoto. Three police officers and six squatters died in the incident, the minister "
         "said. The squatters shot at the police officers guarding the gate.", "en", [3, 6]),
        ("Au moins 9 personnes ont été tuées vendredi dans des heurts près de Zarvakoto. Le bilan est de 9 morts "
         "dont trois policiers et six manifestants. Les manifestants ont attaqué les policiers à coups de pierres.",
         "fr", [3, 6]),
    ],
)
def test_a_toll_broken_down_by_side_is_shared_with_the_act_against_that_side(pipeline, text, language, shares):
    found = tolls(code(pipeline, text, language))
    assert sorted(toll for toll, _ in found if toll is not None) == shares, found


@pytest.mark.parametrize(
    ("text", "language", "toll"),
    [
        # civilians, who may have fallen to either side, are no side's count
        ("At least 9 people were killed on Friday in clashes that erupted when police tried to evict squatters "
         "from a farm near Zarvakoto. Three police officers and six civilians died in the incident, the minister "
         "said. The squatters shot at the police officers guarding the gate.", "en", 9),
        # a list that does not make the toll (another occasion's dead, or a part of them)
        ("At least 9 people were killed on Friday in clashes that erupted when police tried to evict squatters "
         "from a farm near Zarvakoto. Two police officers and four squatters died last year in a similar "
         "eviction, the minister said. The squatters shot at the police officers guarding the gate.", "en", 9),
        # the dead of the side that struck only, no list
        ("At least 9 people were killed on Friday in clashes that erupted when police tried to evict squatters "
         "from a farm near Zarvakoto. The squatters shot at the police officers guarding the gate. Three of the "
         "squatters were also killed.", "en", 9),
        # the dead of one side only
        ("Au moins 9 personnes ont été tuées vendredi dans des heurts près de Zarvakoto. Le bilan est de 9 morts "
         "dont trois policiers et six gendarmes. Les manifestants ont attaqué les policiers à coups de pierres.",
         "fr", 9),
    ],
)
def test_no_share_of_a_list_not_told_by_side(pipeline, text, language, toll):
    found = tolls(code(pipeline, text, language))
    assert max((t for t, _ in found if t is not None), default=None) == toll, found
    assert toll in [t for t, _ in found], found


OPENING = ("At least 9 people were killed on Saturday in clashes that broke out when police tried to clear farmers "
           "from a plantation near Morvek. The farmers fired at the police officers at the entrance. ")
FRENCH_OPENING = ("Au moins 7 personnes ont été tuées samedi lors d'affrontements entre policiers et manifestants à "
                  "Kelvoune. ")


@pytest.mark.parametrize(
    ("text", "language", "toll"),
    [
        # a list of another fate than death: the wounded, the arrested
        (OPENING + "Three police officers and six farmers were wounded, the governor said.", "en", 9),
        (FRENCH_OPENING + "Deux policiers et cinq manifestants ont été blessés. Les manifestants ont attaqué un "
         "commissariat du centre-ville.", "fr", 7),
        (OPENING + "Police arrested three soldiers and six farmers after the clashes.", "en", 9),
        (FRENCH_OPENING + "La police a interpellé deux policiers et cinq manifestants. Les manifestants ont attaqué "
         "un commissariat du centre-ville.", "fr", 7),
        # the dead of another occasion or time
        (OPENING + "Three police officers and six farmers died in a similar eviction in 2019, the governor said.",
         "en", 9),
        (OPENING + "Three police officers and six farmers have died in land disputes in the region since January.",
         "en", 9),
    ],
)
def test_no_share_of_a_list_that_tells_no_dead_of_this_incident(pipeline, text, language, toll):
    """The list is read only where its sentence tells this incident's dead (`_tells_the_dead`)."""
    found = tolls(code(pipeline, text, language))
    assert max((t for t, _ in found if t is not None), default=None) == toll, found
    assert toll in [t for t, _ in found], found
