"""A town named as a division ("the region of Mopti": `places.divisions_named`) is that division
too when two mentions' places are compared (`assemble._conflict`): a finer place inside the
division tells the same incident, a place outside it another one. Sentences written for these
tests."""

from __future__ import annotations

from tessera.records import Article, Document
from tests.incidents import assaults

PUBLISHED = "2024-03-06"
LEAD = ("Suspected jihadists on Monday killed three gendarmes in an ambush in the central region of Mopti, "
        "the army said. ")


def code(pipeline, text: str) -> Document:
    return pipeline.extract(Article(id="t", text=text, published=PUBLISHED))


def test_a_district_inside_the_region_named_tells_the_same_ambush(pipeline):
    found = assaults(code(pipeline, LEAD + "The raid took place near a village of Douentza district, a local "
                                           "official said."))
    assert len(found) == 1
    assert found[0].fatalities == 3
    assert found[0].location is not None and found[0].location.name.startswith("Douentza")


def test_a_district_outside_the_region_named_is_another_attack(pipeline):
    found = assaults(code(pipeline, "Jihadists attacked an army post on Monday in the central region of Mopti, "
                                    "the army said. Jihadists also attacked a checkpoint in Kita district on Monday."))
    assert len(found) == 2
