"""Places: toponym entities -> geocoded `Place`s, with qualifiers and article context."""

from __future__ import annotations

import re

import pytest

from tessera.extraction.places import extract_places
from tessera.parse import ParsedArticle
from tessera.records import Entity, Place
from tessera.resolve.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    from tessera.parse import load_language
    from tessera.pipeline import model_words

    return Gazetteer.default().with_words(model_words(load_language()))


def _entities(text: str, spans: list[tuple[str, str]]) -> list[Entity]:
    """Entities for the first occurrence (after the previous one) of each (surface, label)."""
    entities, cursor = [], 0
    for surface, label in spans:
        start = text.index(surface, cursor)
        entities.append(Entity(text=surface, start=start, end=start + len(surface), label=label))
        cursor = start + len(surface)
    return entities


def _places(text: str, spans: list[tuple[str, str]], gazetteer: Gazetteer) -> list[Place]:
    # extract_places reads only the article text from the parse; sentences are not needed.
    return extract_places(ParsedArticle(text=text), _entities(text, spans), gazetteer)


def test_places_carry_offsets_point_country_and_feature(gazetteer: Gazetteer) -> None:
    text = "Gunmen attacked a village in the Tillaberi region of Niger on Sunday."
    places = _places(text, [("Tillaberi region", "LOC"), ("Niger", "GPE")], gazetteer)
    assert [p.text for p in places] == ["Tillaberi region", "Niger"]
    for place in places:
        assert text[place.start:place.end] == place.text
        assert place.lat is not None and place.lon is not None
    tillaberi, niger = places
    assert tillaberi.feature == "admin1" and tillaberi.country == "NER" and tillaberi.admin1 == "Tillabéri"
    assert niger.feature == "country" and niger.country == "NER" and niger.geonames_id == 2440476


def test_niger_is_the_country_beside_nigeria_unless_words_say_state_or_river(gazetteer: Gazetteer) -> None:
    text = "Troops from Nigeria and Niger patrol the border. Fighting spread to Niger State and the Niger River."
    places = _places(text, [("Nigeria", "GPE"), ("Niger", "GPE"), ("Niger State", "GPE"), ("Niger River", "LOC")],
                     gazetteer)
    by_text = {p.text: p for p in places}
    assert by_text["Nigeria"].country == "NGA"
    assert by_text["Niger"].country == "NER" and by_text["Niger"].feature == "country"
    assert by_text["Niger State"].country == "NGA" and by_text["Niger State"].feature == "admin1"
    assert by_text["Niger River"].feature == "natural"


def test_demonyms_are_not_places(gazetteer: Gazetteer) -> None:
    text = "Nigerien soldiers and Nigerian police met in Niamey."
    places = _places(text, [("Nigerien", "NORP"), ("Nigerian", "NORP"), ("Niamey", "GPE")], gazetteer)
    assert [p.name for p in places] == ["Niamey"]


def test_direction_joins_the_span_and_keeps_the_place(gazetteer: Gazetteer) -> None:
    text = "The convoy was ambushed in northern Mali, far from south-eastern Niger."
    places = _places(text, [("Mali", "GPE"), ("Niger", "GPE")], gazetteer)
    assert [p.text for p in places] == ["northern Mali", "south-eastern Niger"]
    assert places[0].name == "Mali" and places[0].feature == "country" and places[0].country == "MLI"
    assert places[1].country == "NER"


def test_possessive_is_not_part_of_the_name(gazetteer: Gazetteer) -> None:
    text = "Mali's junta expelled the ambassador."
    (place,) = _places(text, [("Mali's", "GPE")], gazetteer)
    assert place.text == "Mali" and place.country == "MLI"


def test_mislabelled_safe_names_are_places_and_other_names_are_not(gazetteer: Gazetteer) -> None:
    text = "Mali said the attack near Tillaberi was claimed by Amadou Koufa."
    places = _places(text, [("Mali", "PERSON"), ("Tillaberi", "PRODUCT"), ("Amadou Koufa", "PERSON")], gazetteer)
    assert [(p.text, p.country) for p in places] == [("Mali", "MLI"), ("Tillaberi", "NER")]


def test_comma_qualifier_and_article_context_choose_the_local_reading(gazetteer: Gazetteer) -> None:
    text = "A fire in Athens, Ga., closed roads; Clarke County officials said."
    places = _places(text, [("Athens", "GPE"), ("Ga.", "GPE"), ("Clarke County", "GPE")], gazetteer)
    athens, georgia, clarke = places
    assert athens.country == "USA" and athens.admin1 == "Georgia"
    assert georgia.feature == "admin1"
    assert clarke.feature == "admin2" and clarke.admin1 == "Georgia"


def test_sahel_regions_and_features(gazetteer: Gazetteer) -> None:
    text = ("Jihadists operate across the Sahel, in the Liptako-Gourma area and around Lake Chad, "
            "and near W National Park on the Benin border.")
    places = _places(text, [("Sahel", "LOC"), ("Liptako-Gourma", "LOC"), ("Lake Chad", "LOC"),
                            ("W National Park", "FAC"), ("Benin", "GPE")], gazetteer)
    features = {p.text: p.feature for p in places}
    assert features == {"Sahel": "region", "Liptako-Gourma": "region", "Lake Chad": "natural",
                        "W National Park": "site", "Benin": "country"}


def test_unknown_names_are_left_out_unless_asked(gazetteer: Gazetteer) -> None:
    text = "They met at Qwxyzzy Camp."
    entities = _entities(text, [("Qwxyzzy Camp", "FAC")])
    parsed = ParsedArticle(text=text)
    assert extract_places(parsed, entities, gazetteer) == []
    (kept,) = extract_places(parsed, entities, gazetteer, keep_unresolved=True)
    assert kept.lat is None and kept.text == "Qwxyzzy Camp"


def test_resolving_an_article_is_fast(gazetteer: Gazetteer) -> None:
    import time

    names = ["Mali", "Niger", "Gao", "Menaka", "Tillaberi", "Burkina Faso", "Ouagadougou", "Bamako", "Niamey"]
    text = " ".join(f"Soldiers were seen in {name} on Monday." for name in names * 6)
    entities = [Entity(text=m.group(), start=m.start(), end=m.end(), label="GPE")
                for m in re.finditer("|".join(names), text)]
    extract_places(ParsedArticle(text=text), entities, gazetteer)  # warm the lazy tables
    started = time.perf_counter()
    places = extract_places(ParsedArticle(text=text), entities, gazetteer)
    assert len(places) == len(entities)
    assert time.perf_counter() - started < 0.05


def test_seed_article_places(seed_text: str, gazetteer: Gazetteer) -> None:
    from tessera.extraction.entities import EntityCorrector, extract_entities
    from tessera.parse import Parser, load_language

    nlp = load_language()
    corrector = EntityCorrector(nlp.vocab, gazetteer.matcher_terms(), nlp.make_doc)
    parsed = Parser(nlp, select=lambda doc: True, correct_entities=corrector).parse(seed_text)
    places = extract_places(parsed, extract_entities(parsed), gazetteer)
    countries = {p.name: p.country for p in places if p.feature == "country"}
    assert countries.get("Mali") == "MLI"
    assert countries.get("Niger") == "NER"
    assert countries.get("Benin") == "BEN"
    assert all(p.lat is not None for p in places)
    assert not any(p.text.startswith("Niger") and p.country == "NGA" for p in places)


def test_part_of_the_country_is_the_country_spoken_of(gazetteer: Gazetteer) -> None:
    text = ("Mali's army said soldiers died near Gao. Attacks are rising in the north of the country "
            "and in the country's centre.")
    places = _places(text, [("Mali's", "GPE"), ("Gao", "GPE")], gazetteer)
    parts = [p for p in places if "country" in p.text]
    assert [p.text for p in parts] == ["the north of the country", "the country's centre"]
    assert all(p.country == "MLI" and p.feature == "country" for p in parts)
    assert not extract_places(ParsedArticle(text="The north of the country is calm."), [], gazetteer)


def test_a_country_or_region_inside_an_institution_name_is_not_where_it_stands(gazetteer):
    text = (
        "Protesters gathered outside the Embassy of the Republic of Armenia, near the SM Mall of Asia "
        "and Florida Atlantic University, then marched to Manila."
    )
    spans = [("Armenia", "GPE"), ("Asia", "LOC"), ("Atlantic", "LOC"), ("Manila", "GPE")]
    assert [p.name for p in _places(text, spans, gazetteer)] == ["Manila"]


def test_a_town_or_state_inside_an_institution_name_is_where_it_stands(gazetteer):
    text = "Lecturers at the University of Maiduguri and at Ohio State University said classes resumed."
    spans = [("Maiduguri", "GPE"), ("Ohio", "GPE")]
    assert [p.name for p in _places(text, spans, gazetteer)] == ["Maiduguri", "Ohio"]


# --------------------------------------------------------------- names beyond the model's entities


@pytest.fixture(scope="module")
def parsed_places(gazetteer: Gazetteer):  # type: ignore[no-untyped-def]
    from tessera.extraction.entities import extract_entities
    from tessera.pipeline import Pipeline

    parser = Pipeline.default().parser

    def run(text: str) -> list[Place]:
        parsed = parser.parse(text)
        return extract_places(parsed, extract_entities(parsed), gazetteer)

    return run


def test_a_town_after_a_locative_word_is_found_in_any_sentence(parsed_places) -> None:  # type: ignore[no-untyped-def]
    # No trigger in the second sentence: it is only tokenised, with no model entities.
    places = parsed_places("Burkina Faso is voting today. Lorries queued for hours outside Djibo and Arbinda.")
    found = {p.text: (p.country, p.feature) for p in places}
    assert found["Djibo"] == ("BFA", "city") and found["Arbinda"] == ("BFA", "city")


def test_a_capitalised_english_word_after_a_preposition_is_no_place(parsed_places) -> None:  # type: ignore[no-untyped-def]
    places = parsed_places("The talks in March at Parliament were held near Home Office buildings.")
    assert [p.text for p in places] == []


def test_a_name_strictly_inside_a_division_never_goes_abroad(parsed_places) -> None:  # type: ignore[no-untyped-def]
    places = parsed_places("Islamist fighters shot seven herders near Boni in the Mopti region on Monday.")
    assert [(p.name, p.country, p.feature) for p in places] == [("Mopti", "MLI", "admin1")]


def test_an_unknown_post_in_a_province_leaves_the_province(parsed_places) -> None:  # type: ignore[no-untyped-def]
    text = "Soldiers guarding the Wendou post in Burkina Faso's Soum province came under fire."
    places = parsed_places(text)
    soum = [p for p in places if p.feature == "admin2"]
    assert [(p.name, p.country) for p in soum] == [("Soum", "BFA")]
    assert "Wendou" not in {p.text for p in places}


def test_a_district_without_towns_of_its_own_is_placed_at_its_seat(parsed_places) -> None:  # type: ignore[no-untyped-def]
    place = next(p for p in parsed_places("Convoys left the Douentza cercle of Mali at dawn.") if p.feature == "admin2")
    assert place.name == "Douentza Cercle" and abs(place.lat - 15.0) < 0.1 and abs(place.lon + 2.95) < 0.1


def test_the_far_side_of_a_border_and_the_dateline_are_marked(parsed_places) -> None:  # type: ignore[no-untyped-def]
    text = "NIAMEY, March 3 (Wire) -- Troops patrolled near the border with Mali and along the Benin border."
    roles = {p.name: p.role for p in parsed_places(text)}
    assert roles == {"Niamey": "dateline", "Mali": "border", "Benin": "border"}


def test_the_dateline_country_brings_its_villages_and_its_namesakes(parsed_places) -> None:  # type: ignore[no-untyped-def]
    # Nanom: a village of 533 people in Burkina Faso (cities500 only); Bobo-Dioulasso's
    # country is the article's through the dateline.
    places = parsed_places("BOBO-DIOULASSO, May 2 (Wire) -- Herders fled from Nanom after the raid.")
    assert ("Nanom", "BFA") in {(p.name, p.country) for p in places}
    assert not [p for p in parsed_places("Herders fled from Nanom after the raid.") if p.text == "Nanom"]
