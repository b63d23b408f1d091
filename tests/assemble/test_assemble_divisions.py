"""A town named as a division ("the region of Mopti": `places.divisions_named`) is that division
too when two mentions' places are compared (`assemble._conflict`): a finer place inside the
division tells the same incident, a place outside it another one. Sentences written for these
tests."""

from __future__ import annotations

import pytest

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


# An incident placed only at a region takes the one locality the article names inside it
# (`places.sole_locality`); a town the words name as a division ("the province of X", "the
# local government area of X") is that division there, not a town where the act happened.

def _only(document: Document):
    found = assaults(document)
    assert len(found) == 1
    return found[0]


def test_a_town_named_as_a_province_is_no_locality_of_the_incident(pipeline):
    found = _only(code(pipeline, "Rebels killed four soldiers on Tuesday in south-eastern Turkey, officials said. "
                                 "The village lies in the province of Hakkari, near the Iraqi border."))
    assert found.location is not None and found.location.name.startswith("Hakk")
    assert found.geo_precision == "region"


def test_a_town_named_after_another_divisions_kind_word_is_no_locality_either(pipeline):
    found = _only(code(pipeline, "Gunmen killed seven people on Saturday in north-western Katsina state, police "
                                 "said. Residents said the village lies in the Danmusa local government area of "
                                 "Katsina, near the border."))
    # "<kind word> of Katsina" is read as the division of that name at the kind word's level
    # (Katsina's own local government area, inside the state): coarser than a town, finer than
    # the state the first sentence gives. Danmusa, in no gazetteer, cannot be placed.
    assert found.location is not None and found.location.name == "Katsina"
    assert found.geo_precision == "district"


@pytest.mark.parametrize(
    "text",
    [
        "A suicide bomber killed eleven worshippers on Friday in Afghanistan, officials said. The blast tore "
        "through a mosque in a Shiite district of Kabul.",
        "Gunmen killed five traders on Monday in Borno state, police said. The victims lived in a ward of "
        "Maiduguri close to the market.",
    ],
)
def test_an_indefinite_part_of_a_town_names_no_division(pipeline, text):
    # "a district of Kabul", "a ward of Maiduguri": one of the town's parts, so the act is in
    # the town, not in a division named after it.
    found = _only(code(pipeline, text))
    assert found.geo_precision == "town"


def test_a_town_named_as_a_city_is_still_the_sole_locality(pipeline):
    found = _only(code(pipeline, "Gunmen killed seven people on Saturday in north-western Katsina state, police "
                                 "said. Residents said the village lies close to the city of Katsina, near the "
                                 "border."))
    assert found.geo_precision == "town"


def test_a_bare_town_is_still_the_sole_locality(pipeline):
    found = _only(code(pipeline, "Rebels killed four soldiers on Tuesday in south-eastern Turkey, officials said. "
                                 "The village lies near the town of Hakkari, close to the Iraqi border."))
    assert found.geo_precision == "town"
