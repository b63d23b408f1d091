"""A verb whose object is a singular definite event noun ("launched the Tuesday attack")
names back the incident told before (`assemble._definite_act_object`); such a mention at a
town of the same province near the town told first is no other incident
(`assemble._nearby_told_back`), and in English that town, the finer site, places the incident
(`retold_town_finer`). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tessera.records import Article, Document
from tests.incidents import assaults

PUBLISHED = "2024-03-06"
LEAD = "Gunmen killed 12 people in an attack on a market in Maiduguri on Tuesday. "


def code(pipeline, text: str) -> Document:
    return pipeline.extract(Article(id="t", text=text, published=PUBLISHED))


def test_the_attack_launched_at_a_nearby_town_is_the_incident_told_there(pipeline):
    found = assaults(code(pipeline, LEAD + "Police said a small band of insurgents launched the Tuesday attack "
                                          "on the market in Konduga."))
    assert len(found) == 1
    assert found[0].location is not None and found[0].location.name == "Konduga"
    assert found[0].fatalities == 12


@pytest.mark.parametrize(
    "second",
    [
        # a town of another state, far from the first
        "Police said a small band of insurgents launched the Tuesday attack on the market in Damaturu.",
        # an indefinite attack names no incident back
        "Police said a small band of insurgents launched an attack on a church in Konduga on Tuesday.",
    ],
)
def test_a_far_town_or_an_indefinite_attack_is_another_incident(pipeline, second):
    found = assaults(code(pipeline, LEAD + second))
    assert len(found) == 2
    assert found[0].location is not None and found[0].location.name == "Maiduguri"
