"""A mention that nothing but proximity ties to the incident told just before tells another
incident when its sentence names a locality none of that incident's sentences named and
either says "also"/"another" or opens on that locality (`assemble._elsewhere`); a sentence
naming a finer place without such a word, or the incident's own locality again, goes on
telling it. Sentences written for these tests (the village names are made up: no gazetteer
holds them)."""

from __future__ import annotations

import pytest

from tessera.records import Article, Document
from tests.incidents import assaults, occasions

PUBLISHED = "2024-03-09"


def code(pipeline, text: str) -> Document:
    return pipeline.extract(Article(id="t", text=text, published=PUBLISHED))


@pytest.mark.parametrize(
    "text",
    [
        # "also" with a village the incident's sentences never named
        "Gunmen burned forty houses in the village of Zarvakoto in Zamfara State on Sunday. "
        "The attackers stole cattle from the residents. "
        "Also in Zamfara State, the gunmen burned a school in the village of Meltirubi.",
        # a sentence opening on a district the incident's sentences never named
        "Militants attacked a police post in Zarvakoto district on Friday, wounding two "
        "officers. In Meltirubi district, the militants burned an army post.",
    ],
)
def test_a_new_locality_with_also_or_up_front_is_another_incident(pipeline, text):
    assert len(assaults(code(pipeline, text))) == 2


@pytest.mark.parametrize(
    "text",
    [
        # a finer place with no such word goes on telling the incident
        "Gunmen killed six people in Zamfara State on Sunday. "
        "The bandits stormed the village of Zarvakoto around noon.",
        # "also" at the locality told before goes on telling it
        "Gunmen attacked the village of Zarvakoto on Sunday. "
        "The gunmen also burned houses in Zarvakoto.",
    ],
)
def test_no_new_locality_or_no_such_word_goes_on_telling_the_incident(pipeline, text):
    assert len(assaults(code(pipeline, text))) == 1


@pytest.mark.parametrize(
    ("text", "opener", "without"),
    [
        # "Elsewhere" moves the report to another place even where the sentence names no
        # locality of its own (`elsewhere_openers`)
        ("Gunmen attacked a police post in the village of Zarvakoto on Sunday, wounding two "
         "officers. Elsewhere in the country, the gunmen attacked a school, killing three guards.",
         "Elsewhere in the country, the", "The"),
        # "Meanwhile" moves it to another scene
        ("Militants attacked a police post on the road to Zarvakoto on Monday night, killing three "
         "officers. Meanwhile, an official said the militants raided a farm, wounding a herder.",
         "Meanwhile, an official", "An official"),
    ],
)
def test_a_sentence_opened_by_elsewhere_or_meanwhile_is_another_incident(pipeline, text, opener, without):
    assert len(assaults(code(pipeline, text))) == 2
    # without the opener, the next sentence goes on telling the same attack
    assert len(assaults(code(pipeline, text.replace(opener, without)))) == 1


def test_a_district_and_a_town_of_the_province_far_from_it_leave_the_province(pipeline):
    # An incident placed only at a province is narrowed to the one locality the article names
    # in it; a district and a town some 70 km from its point are two localities (English
    # `near_districts`), so the province stays. These names are real: the distance is the
    # gazetteer's.
    told = ("Gunmen killed twelve passengers in Balochistan province on Tuesday, officials said. "
            "The train had left Quetta in the morning.")
    [alone] = assaults(code(pipeline, told))
    assert alone.location is not None and alone.location.name == "Quetta"
    [both] = assaults(code(pipeline, told + " Troops later searched the hills of Kachhi district."))
    assert both.location is not None and both.location.name == "Balochistan"


def test_a_town_named_as_its_division_gives_way_to_a_town_inside_it(pipeline):
    # "the state of X" names the state the gazetteer's town X is the seat of: the incident is at
    # the town of that state its sentence names. Bare, the name stays the town. The names are
    # real (a Mexican state named after its seat and another town of it); the sentences are not.
    told = ("Gunmen killed nine guests at a wedding in the Mexican state of Zacatecas on Saturday "
            "after storming a hall in the city of Fresnillo, prosecutors said.")
    [incident] = assaults(code(pipeline, told))
    assert incident.location is not None and incident.location.name == "Fresnillo"
    bare = told.replace("the Mexican state of Zacatecas", "Zacatecas")
    [incident] = assaults(code(pipeline, bare))
    assert incident.location is not None and incident.location.name == "Zacatecas"


def test_an_incident_no_word_places_takes_the_storys_one_locality(pipeline):
    # The lead tells the riot before naming any place; the article's places all lie in one
    # country and its localities in one town, so the unplaced incident is that town's.
    text = ("Protesters set fire to the prefecture on Wednesday after the funeral of three young men. "
            "Since Monday the town of Kayes has been shaken by protests over the death of a youth. "
            "Residents said Kayes was calm on Thursday.")
    placed = [i for i in code(pipeline, text).incidents if not i.context]
    assert placed and all(i.location is not None and i.location.name == "Kayes" for i in placed)


def test_a_region_across_countries_leaves_the_storys_one_locality(pipeline):
    # "the Sahara" belongs to no one country: it frames the story and is no second country,
    # so the unplaced riot is still the one town's.
    text = ("Protesters set fire to the prefecture on Wednesday after the funeral of three young men. "
            "Gendarmes who are usually stationed in the Sahara were sent in as reinforcements. "
            "Since Monday the town of Kayes has been shaken by protests over the death of a youth.")
    riots = [i for i in code(pipeline, text).incidents if not i.context and i.type != "MOBILIZE"]
    assert riots and all(i.location is not None and i.location.name == "Kayes" for i in riots)


def test_an_unplaced_incident_stays_unplaced_beside_far_apart_towns(pipeline):
    # Two towns some 700 km apart: no one site for the story, so no place is guessed.
    text = ("Protesters set fire to the prefecture on Wednesday. "
            "Officials in Kayes and in Gao said the situation was tense.")
    unplaced = code(pipeline, text).incidents
    assert unplaced and all(i.location is None for i in unplaced)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # "in the town" with no name refers back to the town named last: the incident the
        # sentence tells is there, not in the country it inherited (Gao, named later, keeps the
        # article from having one locality only). The names are real; the sentences are not.
        ("Mali's prime minister visited Kidal on Friday. Eight soldiers were killed on Saturday in "
         "clashes that broke out in the town during his visit. He later flew to Gao.", "Kidal"),
        # an indefinite "a town" refers to none: the country stays
        ("Mali's prime minister visited Kidal on Friday. Eight soldiers were killed on Saturday in "
         "clashes that broke out in a town nearby during his visit. He later flew to Gao.", "Mali"),
    ],
)
def test_the_town_refers_back_to_the_town_named_last(pipeline, text, place):
    [incident] = occasions(assaults(code(pipeline, text)))
    assert incident.location is not None and incident.location.name == place


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        # English news writes a district with its kind word: a name the gazetteer holds only as
        # a district, written bare, is the town the district is named after (the names are
        # real, the sentences are not)
        ("A car bomb exploded in the town of Bossaso on Tuesday, killing four guards, police said.", "town"),
        ("Gunmen killed six farmers in Curuguaty on Monday, police said.", "town"),
        # with its kind word it stays the district
        ("A car bomb exploded in Bossaso district on Tuesday, killing four guards, police said.", "district"),
        ("Gunmen killed six farmers in the district of Curuguaty on Monday, police said.", "district"),
        # a division whose own name carries its kind ("Kech District") is no town's name, even bare
        ("Gunmen killed six farmers in Kech on Monday, police said.", "district"),
    ],
)
def test_a_district_named_bare_places_the_incident_at_a_town(pipeline, text, precision):
    [incident] = assaults(code(pipeline, text))
    assert incident.location is not None and incident.location.feature == "admin2"
    assert incident.geo_precision == precision


@pytest.mark.parametrize(
    "second",
    [
        "The gunmen abducted the travellers in Kaduna State, where the bus had stopped in Makarfi local "
        "government area.",
        "The gunmen abducted the travellers in Kaduna State on Monday, police in Makarfi local government area said.",
    ],
)
def test_a_roads_end_gives_way_to_a_district_the_incident_names(pipeline, second):
    """A town a road's compound joins ("along the Kano-Zaria highway") is where the road runs,
    not the site: a district another sentence of the incident names is (`places.road_ends`)."""
    told = "Twelve travellers were kidnapped by gunmen on Monday night from a bus along the Kano-Zaria highway."
    [alone] = [i for i in code(pipeline, told + " Police in Nigeria confirmed it.").incidents if not i.context]
    assert alone.location is not None and alone.location.name == "Zaria"
    [incident] = [i for i in code(pipeline, told + " " + second).incidents if i.type == "COERCE" and not i.context]
    assert incident.location is not None and incident.location.name == "Makarfi"


@pytest.mark.parametrize(
    "text",
    [
        # two towns a few kilometres apart, each the own place of its act
        "Gunmen attacked a police station in Sevare on Monday. "
        "Gunmen attacked a checkpoint in Mopti on Monday night.",
    ],
)
def test_two_near_towns_each_an_acts_own_place_are_two_incidents(pipeline, text):
    places = sorted(i.location.name for i in assaults(code(pipeline, text)))
    assert places == ["Mopti", "Sévaré"]


def test_a_town_and_its_region_stay_one_incident(pipeline):
    text = ("Gunmen attacked a police station in Sevare on Monday. "
            "The gunmen attacked the station in Mopti region around midnight.")
    assert len(assaults(code(pipeline, text))) == 1


def test_towns_apart_reads_two_settlements_only():
    from tessera.assemble.links import _towns_apart
    from tessera.dedupe import default_rules
    from tessera.records import Place

    def place(name: str, feature: str, gid: int) -> Place:
        return Place(text=name, start=0, end=len(name), name=name, geonames_id=gid, lat=14.5, lon=-4.1,
                     country="MLI", feature=feature)

    rules = default_rules()
    assert _towns_apart(place("Sevare", "city", 1), place("Mopti", "city", 2), rules)
    assert not _towns_apart(place("Sevare", "city", 1), place("Sevare", "city", 1), rules)
    assert not _towns_apart(place("Sevare", "city", 1), place("Mopti", "admin1", 3), rules)
    assert not _towns_apart(place("Sevare", "city", 1), place("Djenne", "admin2", 4), rules)
