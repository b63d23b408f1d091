"""A definite act noun placed after or before another act ("The attack came following another one
last week, which killed five soldiers", "Cette attaque intervient au lendemain de la mort de cinq
soldats"): the toll or day told in that phrase is the other act's (`assemble._sequel_fields`,
`sequel_verbs` and `sequel_markers` of data/assemble.yaml and data/fr/assemble.yaml). Told there
only, the other act is an incident of its own; told by a trigger of its own, the subject names
its incident back with neither. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tessera.records import Article, Document
from tests.incidents import assaults

PUBLISHED = "2024-03-09"  # a Saturday


def code(pipeline, text: str, language: str = "en") -> Document:
    return pipeline.extract(Article(id="t", text=text, language=language, published=PUBLISHED))


@pytest.mark.parametrize(
    ("language", "text", "lead_toll", "earlier_toll"),
    [
        (
            "en",
            "A roadside bomb killed a policeman near Kirkuk on Thursday. The attack came following another one "
            "in the province last week, which killed an officer and four soldiers.",
            1,
            5,
        ),
        (
            "en",
            "Gunmen shot dead two guards at a bank in Kano on Friday. The shooting comes just days after a similar "
            "one in the city that left seven people dead.",
            2,
            7,
        ),
        (
            "fr",
            "Des assaillants ont tué deux gendarmes vendredi à Kaya. Cette attaque intervient au lendemain de la "
            "mort de cinq soldats dans la région voisine du Nord.",
            2,
            5,
        ),
    ],
)
def test_a_toll_told_of_the_act_an_attack_came_after_is_another_incident(
    pipeline, language, text, lead_toll, earlier_toll
):
    document = code(pipeline, text, language)
    tolls = sorted(i.fatalities for i in assaults(document) if i.fatalities is not None)
    assert tolls == sorted([lead_toll, earlier_toll]), [(i.fatalities, i.events) for i in assaults(document)]


def test_the_earlier_act_told_by_its_own_trigger_leaves_the_subject_its_incident(pipeline):
    # "another attack ... that killed five" is a mention of its own: the subject "The attack"
    # names the lead back and takes neither its toll nor its day.
    text = (
        "Gunmen killed three farmers in Kano on Friday. The attack came after another attack in the area "
        "last week that killed five soldiers."
    )
    document = code(pipeline, text)
    lead = next(i for i in assaults(document) if i.fatalities == 3)
    subject = next(e for e in document.events if e.trigger.start == text.index("attack came"))
    assert subject.id in lead.events
    assert lead.date is not None and lead.date.value == "2024-03-08"


@pytest.mark.parametrize(
    "text",
    [
        # its own toll, in its own phrase
        "Gunmen attacked a market in Kano on Friday. The attack, which killed six traders, came after weeks of "
        "threats.",
        # a time alone after the marker: no other act
        "Gunmen killed six traders in Kano on Friday. The attack came after midnight.",
    ],
)
def test_an_attack_placed_after_no_other_act_told_with_a_toll_stays_one_incident(pipeline, text):
    document = code(pipeline, text)
    assert len(assaults(document)) == 1, [(i.fatalities, i.events) for i in assaults(document)]
