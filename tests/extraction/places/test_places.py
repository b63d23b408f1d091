"""Places: toponym entities -> geocoded `Place`s, with qualifiers and article context."""

from __future__ import annotations

import re

import pytest

from tessera.extraction.places import extract_places
from tessera.parse import ParsedArticle
from tessera.records import Article, Entity, Place
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


def test_a_town_that_names_a_clocks_zone_is_no_place(gazetteer: Gazetteer) -> None:
    # "(0700 Paris time)": when it was that hour in Paris, not a place of the story
    text = "Jets struck a village near Taiz at 10 a.m. (0700 Paris time), killing six, witnesses said."
    places = _places(text, [("Taiz", "GPE"), ("Paris", "GPE")], gazetteer)
    assert [p.text for p in places] == ["Taiz"]


def test_a_town_whose_hour_a_parenthesis_gives_is_no_place_but_one_told_outside_is(gazetteer: Gazetteer) -> None:
    # "(4 a.m. in London)" after the local time: London's clock, not a place of the story
    text = "Gunmen stormed a hotel in Mopti at 6 a.m. (4 a.m. in London) on Friday, killing two guards."
    places = _places(text, [("Mopti", "GPE"), ("London", "GPE")], gazetteer)
    assert [p.text for p in places] == ["Mopti"]
    # outside a parenthesis the hour and the town tell where and when something happened
    text = "Thousands marched at 3 p.m. in London on Saturday against the war in Sudan."
    assert "London" in [p.text for p in _places(text, [("London", "GPE"), ("Sudan", "GPE")], gazetteer)]
    # a parenthesis that gives no hour is no clock ("(in London)")
    text = "Exiled leaders met (in London) on Monday to plan the transition in Sudan."
    assert "London" in [p.text for p in _places(text, [("London", "GPE"), ("Sudan", "GPE")], gazetteer)]


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


@pytest.mark.parametrize(("name", "country", "feature"), [
    ("Casamance", "SEN", "region"), ("Puntland", "SOM", "region"), ("Sinai Peninsula", "EGY", "region"),
    ("Kordofan", "SDN", "region"), ("Nagorno-Karabakh", "AZE", "region"), ("Mindanao", "PHL", "natural"),
])
def test_conflict_regions_the_registry_lacks_are_curated(gazetteer: Gazetteer, name: str, country: str,
                                                         feature: str) -> None:
    text = f"Fighting was reported in {name} on Monday."
    (place,) = _places(text, [(name, "GPE")], gazetteer)
    assert (place.country, place.feature) == (country, feature)


def test_unknown_names_are_left_out_unless_asked(gazetteer: Gazetteer) -> None:
    text = "They met at Qwxyzzy Camp."
    entities = _entities(text, [("Qwxyzzy Camp", "FAC")])
    parsed = ParsedArticle(text=text)
    assert extract_places(parsed, entities, gazetteer) == []
    (kept,) = extract_places(parsed, entities, gazetteer, keep_unresolved=True)
    assert kept.lat is None and kept.text == "Qwxyzzy Camp"


def test_repeated_names_resolve_alike(gazetteer: Gazetteer) -> None:
    # Every mention of a name resolves, and to the same place, however often it comes back
    # (the lookups are memoised per name). How fast is the throughput benchmark's business
    # (benchmarks/throughput.py), not a test's: a timed assertion failed on a busy machine.
    names = ["Mali", "Niger", "Gao", "Menaka", "Tillaberi", "Burkina Faso", "Ouagadougou", "Bamako", "Niamey"]
    text = " ".join(f"Soldiers were seen in {name} on Monday." for name in names * 6)
    entities = [Entity(text=m.group(), start=m.start(), end=m.end(), label="GPE")
                for m in re.finditer("|".join(names), text)]
    places = extract_places(ParsedArticle(text=text), entities, gazetteer)
    assert len(places) == len(entities)
    resolved: dict[str, set[tuple[object, ...]]] = {}
    for place in places:
        resolved.setdefault(place.text, set()).add((place.name, place.country, place.lat, place.lon, place.feature))
    assert set(resolved) == set(names)
    assert all(len(found) == 1 for found in resolved.values()), resolved
    assert {next(iter(resolved[name]))[1] for name in ("Gao", "Menaka", "Bamako")} == {"MLI"}


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


def test_a_town_the_lexicon_lists_as_a_noun_is_found_in_its_country(parsed_places) -> None:  # type: ignore[no-untyped-def]
    # The model's noun index (WordNet's) lists "Goma" and "Omdurman": after a locative word,
    # in a story about their country, they are the towns.
    places = parsed_places("Congo's government is under pressure. Lorries queued for hours outside Goma.")
    assert ("Goma", "COD", "city") in {(p.text, p.country, p.feature) for p in places}
    places = parsed_places("Sudan is voting today. Queues formed early in Omdurman.")
    assert ("Omdurman", "SDN", "city") in {(p.text, p.country, p.feature) for p in places}


def test_a_name_after_parts_of_is_a_place(parsed_places) -> None:  # type: ignore[no-untyped-def]
    # "parts of", "a rural part of" set a place after them, as "the outskirts of" does.
    places = parsed_places("Nigeria deployed soldiers on Sunday. Gunmen roam parts of Zurmi, officials said.")
    assert ("Zurmi", "NGA") in {(p.text, p.country) for p in places}
    places = parsed_places("Paraguay deployed soldiers on Sunday. Rebels roam a rural part of Concepcion, "
                           "officials said.")
    assert ("Concepcion", "PRY") in {(p.text, p.country) for p in places}


def test_a_noun_named_town_is_not_the_first_word_of_a_longer_name(parsed_places) -> None:  # type: ignore[no-untyped-def]
    # "Union" (a town of New Jersey) and "University" (Florida) are nouns: only the whole
    # capitalised run after the locative word can be the town, not the start of a station's
    # or an institution's name.
    places = parsed_places("The United States is voting today. Queues formed at Union Station and at "
                           "University of Wisconsin halls.")
    assert {p.name for p in places} & {"Union", "University"} == set()


def test_a_name_set_after_a_settlements_noun_and_a_comma_is_that_settlement(parsed_places) -> None:  # type: ignore[no-untyped-def]
    places = parsed_places("Chad is voting today. Queues were long in its second city, Moundou, and calm in "
                           "the capital, N\u2019Djamena.")
    found = {p.text: (p.name, p.country, p.feature) for p in places}
    assert found["Moundou"] == ("Moundou", "TCD", "city")
    assert found["N\u2019Djamena"] == ("N'Djamena", "TCD", "city")  # the typeset apostrophe too


def test_a_country_opening_a_compound_of_affiliation_is_not_the_articles(parsed_places) -> None:  # type: ignore[no-untyped-def]
    # "a Britain-based monitor" says whose the monitor is: the story's country is that of the
    # division it names, where another spelling of a town ("Saraqeb" for Saraqib) counts.
    places = parsed_places("Shelling killed nine people in the town of Saraqeb in Idlib province on Monday, "
                           "a Britain-based monitor said.")
    assert ("Saraqeb", "Saraqib", "SYR") in {(p.text, p.name, p.country) for p in places}


def test_a_name_right_after_a_settlements_noun_is_that_settlement(parsed_places) -> None:  # type: ignore[no-untyped-def]
    # No comma between the noun and the name: "in northern city Makeni", "the resort of Dahab".
    places = parsed_places("Sierra Leone counted its dead. Another man, Sheku, was shot in northern city Makeni.")
    assert ("Makeni", "SLE", "city") in {(p.text, p.country, p.feature) for p in places}
    places = parsed_places("Egypt mourned on Tuesday. Three blasts shook the Sinai resort of Dahab at dusk.")
    assert ("Dahab", "EGY", "city") in {(p.text, p.country, p.feature) for p in places}


def test_a_settlements_noun_qualifying_a_capitalised_word_makes_no_place(parsed_places) -> None:  # type: ignore[no-untyped-def]
    # The noun with no article nor locative word before it is no description of a name.
    places = parsed_places("Sierra Leone counted its dead. Protesters said city Makeni officials fled.")
    assert all(p.name != "Makeni" for p in places)


def test_only_the_whole_run_after_a_settlements_noun_and_a_comma_is_read(parsed_places) -> None:  # type: ignore[no-untyped-def]
    # "Moundou Adoum" is no known place; its first word alone is not read as one.
    places = parsed_places("Chad is voting today. A trader in the town, Moundou Adoum, said queues were long.")
    assert all(p.name != "Moundou" for p in places)


def test_a_name_the_recogniser_labels_otherwise_is_no_town_far_abroad(parsed_places) -> None:  # type: ignore[no-untyped-def]
    # "between the Modena militia": the scan reads a name after "between", the recogniser
    # calls it a person's; in an Ethiopia story it is no Italian town. A town of a
    # neighbouring country, or one the recogniser calls a place, keeps its reading.
    places = parsed_places("Fighting in Ethiopia between the Modena militia and federal troops left ten dead.")
    assert [p.country for p in places] == ["ETH"]
    places = parsed_places("Clashes in Sudan pitted the army against a militia near Kassala.")
    assert ("Kassala", "SDN") in {(p.name, p.country) for p in places}


def test_a_division_word_never_reads_a_town_abroad_through_another_spelling(gazetteer: Gazetteer) -> None:
    # "Bombay" is another spelling of Mumbai: with a district's word, in a Niger story, it
    # names some district the gazetteer lacks, not India's city.
    text = "Troops entered Bombay district on Monday, the army of Niger said."
    places = _places(text, [("Bombay district", "GPE"), ("Niger", "GPE")], gazetteer)
    assert [p.country for p in places] == ["NER"]


def test_a_village_abroad_is_not_placed_by_a_comma_naming_another_country(gazetteer: Gazetteer) -> None:
    # "Lith, South Sudan": the words put the name in South Sudan; the Dutch village of that
    # name lies elsewhere, so they are no tie to it.
    text = "Fighters crossed the river from Lith, South Sudan, on Monday, officials said."
    places = _places(text, [("Lith", "GPE"), ("South Sudan", "GPE")], gazetteer)
    assert [p.country for p in places] == ["SSD"]


def test_english_circle_is_malis_cercle(parsed_places) -> None:  # type: ignore[no-untyped-def]
    # The division makes Mali the article's country, so its villages are candidates.
    places = parsed_places("Jihadists attacked the town of Tessit in the Ansongo circle on Thursday.")
    found = {(p.name, p.country, p.feature) for p in places}
    assert ("Tessit", "MLI", "city") in found
    assert any(p.feature == "admin2" and p.country == "MLI" for p in places)


def test_the_capital_of_a_country_is_its_capital(parsed_places) -> None:  # type: ignore[no-untyped-def]
    places = parsed_places("Gunmen killed three police officers in the capital of Burkina Faso on Monday.")
    assert [(p.text, p.name, p.country) for p in places] == [
        ("capital of Burkina Faso", "Ouagadougou", "BFA"), ("Burkina Faso", "Burkina Faso", "BFA")]
    # In apposition to a written name, the name is the place (here addressed: its government).
    places = parsed_places("The governor asked Niamey, the capital of Niger, for more troops on Monday.")
    assert [(p.name, p.role) for p in places if p.feature == "city"] == [("Niamey", "affiliation")]


def test_the_capital_of_a_division_named_after_its_seat_is_the_seat(parsed_places) -> None:  # type: ignore[no-untyped-def]
    # The words for a capital before a division that bears its seat's name: the seat (the
    # division is kept too).
    for text, town, country in (
            ("Police fired on a crowd in the capital of Kaduna state on Sunday.", "Kaduna", "NGA"),
            ("Soldiers patrolled the capital of Tillaberi region after the attack.", "Tillabéri", "NER"),
            ("Gunmen stormed a bank in the capital city of Diffa region on Tuesday.", "Diffa", "NER")):
        places = parsed_places(text)
        seats = [p for p in places if p.feature == "city"]
        assert [(p.name, p.country) for p in seats] == [(town, country)], text
        assert seats[0].text.startswith("capital")
        assert any(p.feature in ("admin1", "admin2") for p in places), text
    # Not a division whose capital bears another name, nor one a written name stands in
    # apposition to (that name is the place).
    places = parsed_places("Militias shelled the capital of North Darfur state on Sunday.")
    assert not [p for p in places if p.feature == "city"]
    places = parsed_places("Gunmen attacked Damaturu, the capital of Yobe state, on Friday.")
    assert [p.name for p in places if p.feature == "city"] == ["Damaturu"]


def test_a_capital_that_speaks_or_is_addressed_is_its_government(parsed_places) -> None:  # type: ignore[no-untyped-def]
    places = parsed_places("Kinshasa accuses Kigali of backing the rebels. The governor asked Niamey for troops.")
    assert {p.name: p.role for p in places} == {"Kinshasa": "affiliation", "Kigali": "affiliation",
                                                 "Niamey": "affiliation"}
    places = parsed_places("Gunmen attacked Bamako on Monday, killing four people.")
    assert [(p.name, p.role) for p in places] == [("Bamako", None)]


def test_a_settlement_word_after_a_name_makes_it_the_town(parsed_places) -> None:  # type: ignore[no-untyped-def]
    places = parsed_places("Rebels seized Goma city on Monday, officials in the Democratic Republic of Congo said.")
    goma = next(p for p in places if p.text == "Goma city")
    assert (goma.name, goma.country, goma.feature) == ("Goma", "COD", "city")


def test_a_settlement_word_after_a_country_or_before_of_names_no_town(parsed_places) -> None:  # type: ignore[no-untyped-def]
    places = parsed_places("Fighters raided the Niger town of Diffa on Sunday, and a Borno village was hit.")
    found = {p.name: p.feature for p in places}
    assert found.get("Diffa") == "city"
    assert "Niger" not in found or found["Niger"] == "country"
    assert all(p.feature != "city" for p in places if "Borno" in p.text)


def test_a_name_strictly_inside_a_division_never_goes_abroad(parsed_places) -> None:  # type: ignore[no-untyped-def]
    places = parsed_places("Islamist fighters shot seven herders near Boni in the Mopti region on Monday.")
    # Boni is the Malian village of the Mopti region (GeoNames' own tables), never Bonn.
    found = [(p.name, p.country, p.feature, p.admin1) for p in places]
    assert found[0] == ("Boni", "MLI", "city", "Mopti")  # admin1: the division's name
    assert [f[0] for f in found] == ["Boni", "Mopti"]


def test_a_division_of_another_is_strictly_inside_it(parsed_places) -> None:  # type: ignore[no-untyped-def]
    # "the Hisar region of Hakkari": the Hisar of Hakkari province, which the gazetteer lacks, not
    # the Indian district of that name; the province stays.
    places = parsed_places("Troops killed nine militants in the Hisar region of Hakkari on Sunday.")
    assert [(p.name, p.country) for p in places] == [("Hakkâri", "TUR")]
    # A division the gazetteer holds inside the other is kept.
    places = parsed_places("Gunmen raided villages in the Gwoza local government area of Borno State.")
    assert [(p.name, p.country, p.feature) for p in places][0] == ("Gwoza", "NGA", "admin2")


def test_an_unknown_post_in_a_province_leaves_the_province(parsed_places) -> None:  # type: ignore[no-untyped-def]
    text = "Soldiers guarding the Wendou post in Burkina Faso's Soum province came under fire."
    places = parsed_places(text)
    soum = [p for p in places if p.feature == "admin2"]
    assert [(p.name, p.country) for p in soum] == [("Soum", "BFA")]
    assert "Wendou" not in {p.text for p in places}


def test_a_country_joined_to_the_far_side_of_a_border_is_the_far_side_too(parsed_places) -> None:  # type: ignore[no-untyped-def]
    roles = {p.text: p.role for p in parsed_places(
        "Rebels attacked a village in South Sudan near the borders with Uganda and Congo, killing ten.")}
    assert roles["Uganda"] == "border" and roles["Congo"] == "border" and roles["South Sudan"] is None
    # a comma, or a clause of its own, joins no border
    roles = {p.text: p.role for p in parsed_places(
        "Rebels attacked a village in South Sudan near the border with Uganda, and Kenya sent troops.")}
    assert roles["Uganda"] == "border" and roles["Kenya"] is None
    roles = {p.text: p.role for p in parsed_places("Gunmen struck near the border with Niger, Mali's army said.")}
    assert roles["Niger"] == "border" and roles.get("Mali") != "border"


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


# --------------------------------------------------------------- datelines, kind words, namesakes


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("NIAMEY, Dec 22 (Wire) -- Troops patrolled.", "NIAMEY"),
        ("Gunmen storm a school\nKADUNA — Gunmen attacked a school.", "KADUNA"),
        ("Soldiers take power\n\nNIAMEY: The junta dissolved the government.", "NIAMEY"),
        ("A headline\n\nAddis Abeba — Forces struck a camp.", "Addis Abeba"),
        ("BREAKING: Gunmen kill farmers\n\nSeveral bodies were found.", None),
        ("A headline\n\nThe army said - nothing more.\nGunmen attacked.", None),
        ("A headline\n\nBy A Writer, Wire\n\n(Wire) — An airstrike hit a market.", None),
        ("A headline\n\nWire News\nPosted: Jun 02, 2013 11:09 AM\n\nKABUL, Afghanistan (AP) — Gunmen.", "KABUL"),
        ("Soldiers killed\n\nBogota (Wire) – Five soldiers were killed.", "Bogota"),
        ("Addis Abeba — Forces struck a camp.", "Addis Abeba"),
        ("Militants attack\n\n\nMaputo: Suspected Islamists in the north killed sixteen people on Tuesday in "
         "their deadliest attack this year.", "Maputo"),
        ("A headline\n\nNote: short label line\nThe army said troops were deployed.", None),
        ("Kaduna: Gunmen attacked a school in the south of the state on Wednesday and abducted dozens of pupils.",
         "Kaduna"),
        ("Niger: Gunmen attacked a school in the south of the country on Wednesday and abducted dozens of pupils.",
         None),
        # a known town before a spaced hyphen, at the start or after a headline and blank lines
        ("Niamey - Gunmen attacked a school on Wednesday.", "Niamey"),
        ("Troops retake a town\n\nA caption under a photo.\n\nA caption again.\n\nPublished May 19\n\nShare\n\n"
         "Kidal, Mali - Troops were sent in on Sunday.", "Kidal"),
        ("Burkina Faso - Gunmen attacked a school on Wednesday.", None),
        # the day before the month, a year after it (French wires)
        ("Un titre\nBamako, 4 jan 2019 (AFP) - Des hommes armés ont attaqué un poste.", "Bamako"),
        ("Un titre\nNIAMEY, 3 févr. (AFP) - Un convoi a été attaqué.", "NIAMEY"),
    ],
)
def test_the_dateline_may_follow_a_headline(text: str, place: str | None) -> None:
    from tessera.extraction.places import dateline_span

    span = dateline_span(text)
    assert (text[span[0]:span[1]] if span else None) == place


def test_a_dateline_after_a_headline_is_marked(parsed_places) -> None:  # type: ignore[no-untyped-def]
    places = parsed_places("Gunmen storm a school\nKADUNA — Gunmen attacked a school in Kagara on Wednesday.")
    roles = {p.name: p.role for p in places}
    assert roles["Kaduna"] == "dateline" and roles["Kagara"] is None


def test_local_government_area_is_a_kind_word(parsed_places) -> None:  # type: ignore[no-untyped-def]
    places = parsed_places("Fighters attacked Boftari ward of Chibok Local Government Area of Borno State. "
                           "Others raided farms in Shiroro local government area of Niger state.")
    found = {p.text: (p.name, p.feature, p.country) for p in places}
    assert found["Chibok Local Government Area"] == ("Chibok", "admin2", "NGA")
    assert found["Shiroro local government area"] == ("Shiroro", "admin2", "NGA")


def test_a_modifier_may_stand_between_the_locative_word_and_the_name(parsed_places) -> None:  # type: ignore[no-untyped-def]
    # No trigger: the sentence is only tokenised, and the scan alone finds the town.
    places = parsed_places("Traders said the market in downtown Djibo reopened on Monday.")
    assert ("Djibo", "BFA") in {(p.name, p.country) for p in places}


@pytest.mark.parametrize("part", ["centre", "heart", "streets", "entrance"])
def test_a_part_of_a_town_puts_the_town_there(parsed_places, part) -> None:  # type: ignore[no-untyped-def]
    # "in the centre of X", as "the outskirts of X": the scan reads the name after the part's "of"
    places = parsed_places(f"Traders said soldiers fired on a crowd in the {part} of Djibo on Monday.")
    assert ("Djibo", "BFA") in {(p.name, p.country) for p in places}


def test_a_state_brings_its_country_villages_though_the_country_is_never_named(parsed_places) -> None:  # type: ignore[no-untyped-def]
    # Rann (Borno, Nigeria) is a GeoNames cities500 village: a candidate only in a Nigerian story.
    places = parsed_places("Insurgents killed farmers in Rann, Kala-Balge Local Government Area of Borno State.")
    assert ("Rann", "NGA", "city") in {(p.name, p.country, p.feature) for p in places}


def test_congo_is_the_republic_its_places_are_in(parsed_places) -> None:  # type: ignore[no-untyped-def]
    east = parsed_places("Rebels killed twelve people in eastern Congo. "
                         "The raid near Beni in North Kivu was blamed on them.")
    assert {p.country for p in east} == {"COD"}
    west = parsed_places("Police in Brazzaville fired tear gas. Congo has held protests since Monday.")
    assert {p.country for p in west} == {"COG"}
    alone = parsed_places("Congo's army said it repelled an attack.")
    assert [p.country for p in alone] == ["COD"]  # the larger, far more often in the news


# --------------------------------------------------------------- the finest place tied to an event


def _at(name: str, feature: str, lat: float, lon: float, admin1: str | None, country: str = "NGA",
        role: str | None = None, start: int = 0) -> Place:
    return Place(text=name, start=start, end=start + len(name), name=name, lat=lat, lon=lon, country=country,
                 admin1=admin1, feature=feature, role=role)  # type: ignore[arg-type]


NIGERIA = _at("Nigeria", "country", 9.1, 8.7, None)
ZAMFARA = _at("Zamfara", "admin1", 12.1, 6.2, "Zamfara")
SHINKAFI = _at("Shinkafi", "city", 13.07, 6.51, "Zamfara", start=30)
BAKURA = _at("Bakura", "city", 12.71, 5.87, "Zamfara", start=40)
MARADUN = _at("Maradun", "admin2", 12.57, 6.24, "Zamfara", start=50)
GUSAU = _at("Gusau", "city", 12.16, 6.66, "Zamfara", start=60)
MAIDUGURI = _at("Maiduguri", "city", 11.85, 13.16, "Borno", start=70)
ABUJA = _at("Abuja", "city", 9.06, 7.49, "FCT", start=80)


def test_lies_inside_by_the_gazetteer_codes() -> None:
    from tessera.extraction.places import lies_inside

    assert lies_inside(SHINKAFI, ZAMFARA) and lies_inside(ZAMFARA, NIGERIA) and lies_inside(SHINKAFI, NIGERIA)
    assert not lies_inside(MAIDUGURI, ZAMFARA) and not lies_inside(ZAMFARA, SHINKAFI)
    assert lies_inside(BAKURA, MARADUN)  # a town near a district of its state
    assert not lies_inside(_at("Niamey", "city", 13.5, 2.1, "Niamey", country="NER"), NIGERIA)


def test_a_region_of_one_country_holds_its_places_within_reach() -> None:
    from tessera.extraction.places import lies_inside, sole_locality

    # A region no division code bounds (a curated one: Casamance, the Sinai Peninsula) holds the
    # finer places of its country near its point; not a place of another country, nor one of its
    # country far off, nor another region.
    casamance = _at("Casamance", "region", 12.7, -15.5, None, country="SEN")
    ziguinchor = _at("Ziguinchor", "city", 12.58, -16.27, "Ziguinchor", country="SEN", start=20)
    banjul = _at("Banjul", "city", 13.45, -16.58, "Banjul", country="GMB", start=40)
    dakar = _at("Dakar", "city", 14.69, -17.44, "Dakar", country="SEN", start=60)
    sahel = _at("Sahel", "region", 14.5, 0.5, None, country=None)  # type: ignore[arg-type]
    assert lies_inside(ziguinchor, casamance)
    assert not lies_inside(banjul, casamance) and not lies_inside(casamance, ziguinchor)
    assert not lies_inside(dakar, casamance)  # 305 km off, beyond REGION_REACH_KM
    assert not lies_inside(casamance, sahel)
    # An act placed only at the region narrows to the one town the article names inside it.
    assert sole_locality(casamance, [casamance, ziguinchor, banjul]) == ziguinchor


def test_the_finest_place_inside_the_chosen_one_and_the_speakers_unless_a_capital() -> None:
    from tessera.extraction.places import most_specific_inside

    assert most_specific_inside(ZAMFARA, [ZAMFARA, SHINKAFI]) == SHINKAFI
    assert most_specific_inside(ZAMFARA, [MAIDUGURI]) == ZAMFARA
    assert most_specific_inside(NIGERIA, [], spoken=[ZAMFARA]) == ZAMFARA
    assert most_specific_inside(NIGERIA, [], spoken=[ABUJA]) == NIGERIA  # officials speak from the capital


def test_a_coarse_place_narrows_to_the_one_locality_the_article_names_in_it() -> None:
    from tessera.extraction.places import sole_locality

    assert sole_locality(ZAMFARA, [ZAMFARA, SHINKAFI, SHINKAFI]) == SHINKAFI
    # Bakura and Maradun lie 43 km apart: one locality, the town first named.
    assert sole_locality(NIGERIA, [ZAMFARA, BAKURA, MARADUN]) == BAKURA
    assert sole_locality(ZAMFARA, [SHINKAFI, GUSAU]) is None  # two localities: two incidents, maybe
    assert sole_locality(NIGERIA, [SHINKAFI, MAIDUGURI]) is None
    assert sole_locality(SHINKAFI, [SHINKAFI]) is None  # a town is as fine as it gets
    dateline = _at("Gusau", "city", 12.16, 6.66, "Zamfara", role="dateline")
    assert sole_locality(ZAMFARA, [dateline]) is None  # where the reporter files from


def test_a_coarse_place_narrows_to_the_town_the_article_keeps_coming_back_to() -> None:
    from tessera.extraction.places import sole_locality

    # Far-apart towns, but one named again and again ("the raid on Shinkafi ... in Shinkafi
    # ... Shinkafi residents", once "600 km from Maiduguri"): that town.
    shinkafis = [SHINKAFI.model_copy(update={"start": start}) for start in (10, 90, 120)]
    assert sole_locality(NIGERIA, [*shinkafis, MAIDUGURI]) == shinkafis[0]
    # Not where it is named no more than twice as often as the places far from it.
    assert sole_locality(NIGERIA, [*shinkafis, MAIDUGURI, ABUJA]) is None
    # Nor a town named twice only, nor one named like the division it is the seat of
    # (its mentions may be the division's own: "Zamfara" town in "Zamfara" state).
    assert sole_locality(NIGERIA, [*shinkafis[:2], MAIDUGURI]) is None
    zamfara_town = _at("Zamfara", "city", 12.17, 6.25, "Zamfara")
    seats = [zamfara_town.model_copy(update={"start": start}) for start in (10, 90, 120)]
    assert sole_locality(ZAMFARA, [*seats, BAKURA]) is None
    assert sole_locality(ZAMFARA, [*shinkafis, BAKURA]) == shinkafis[0]


def test_a_natural_feature_does_not_outweigh_the_town_the_article_keeps_coming_back_to() -> None:
    from tessera.extraction.places import sole_locality

    # "Troops fired on the crowd in Shinkafi ... Shinkafi ... Shinkafi", then "Shinkafi lies on
    # the edge of the Rima valley" and once "as in Maiduguri": a valley is the setting around
    # its towns wherever its point lies, no other locality weighed against the town.
    shinkafis = [SHINKAFI.model_copy(update={"start": start}) for start in (10, 90, 120)]
    valley = _at("Rima Valley", "natural", 13.9, 5.2, None, start=150)
    lake = _at("Lake Chad", "natural", 13.0, 14.0, None, start=160)
    assert sole_locality(NIGERIA, [*shinkafis, valley, MAIDUGURI]) == shinkafis[0]
    assert sole_locality(NIGERIA, [*shinkafis, MAIDUGURI, lake]) == shinkafis[0]
    assert sole_locality(NIGERIA, [*shinkafis, valley, lake]) == shinkafis[0]
    # Towns far off still weigh as before: named as often as the far places, no town stands out.
    assert sole_locality(NIGERIA, [*shinkafis, valley, MAIDUGURI, ABUJA]) is None
    assert sole_locality(NIGERIA, [*shinkafis[:2], valley, MAIDUGURI]) is None


def test_a_capital_named_less_often_than_the_one_other_locality_gives_way_to_it() -> None:
    from tessera.extraction.places import sole_locality

    # "Bandits raided Shinkafi ... the Shinkafi council chairman said", once "the presidency in
    # Abuja condemned it": the capital is where officials spoke, Shinkafi the story's site.
    shinkafis = [SHINKAFI.model_copy(update={"start": start}) for start in (10, 90)]
    assert sole_locality(NIGERIA, [*shinkafis, ABUJA]) == shinkafis[0]
    assert sole_locality(NIGERIA, [ABUJA, *shinkafis]) == shinkafis[0]
    # Not where the capital is named as often: either may be the site.
    assert sole_locality(NIGERIA, [SHINKAFI, ABUJA]) is None
    abujas = [ABUJA.model_copy(update={"start": start}) for start in (100, 110)]
    assert sole_locality(NIGERIA, [*shinkafis, *abujas]) is None
    # Nor where the other places are far apart themselves: no one locality is left.
    assert sole_locality(NIGERIA, [*shinkafis, MAIDUGURI, ABUJA]) is None


def test_a_district_and_a_town_beyond_a_localitys_span_of_it_are_two_localities() -> None:
    from tessera.extraction.places import lies_inside, sole_locality

    # A district 58 km from a town of its state: within the district's reach (it may hold
    # the town), but with `near_districts` (English) not one locality with it: the coarse
    # place stays. Without the key the district holds the town, which is the locality.
    district = _at("Kaura Namoda", "admin2", 12.55, 6.55, "Zamfara", start=90)
    assert lies_inside(SHINKAFI, district)
    assert sole_locality(ZAMFARA, [district, SHINKAFI], near_districts=True) is None
    assert sole_locality(ZAMFARA, [district, SHINKAFI]) == SHINKAFI
    # A town close to the district is inside it: one locality, the town.
    near = _at("Kasuwar Daji", "city", 12.70, 6.50, "Zamfara", start=100)
    assert sole_locality(ZAMFARA, [district, near], near_districts=True) == near


@pytest.fixture(scope="module")
def events_of():  # type: ignore[no-untyped-def]
    from tessera.pipeline import Pipeline
    from tessera.records import Article

    pipeline = Pipeline.default()
    return lambda text: pipeline.extract(Article(id="t", text=text, language="en")).events


def test_an_event_takes_the_finest_place_of_its_clause(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of("Gunmen stormed three villages in Shinkafi local government area of Zamfara state on "
                       "Saturday, killing twenty farmers.")
    assert {e.location.name for e in events if e.location is not None} == {"Shinkafi"}


def test_the_speakers_region_narrows_the_event_place(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of("An airstrike killed twenty civilians in southeastern Sudan on Sunday, "
                       "authorities in the embattled Sennar state said.")
    assert [(e.location.name, e.location.feature) for e in events if e.type == "ASSAULT" and e.location] == [
        ("Sennar", "admin1")]


def test_a_possessor_between_the_locative_word_and_the_name(parsed_places) -> None:  # type: ignore[no-untyped-def]
    places = parsed_places("Pakistan held talks. Traders said the market in Balochistan's Kech reopened on Monday.")
    assert ("Kech District", "PAK", "admin2") in {(p.name, p.country, p.feature) for p in places}


def test_another_spelling_of_a_town_is_not_a_stranger_alternate_name() -> None:
    from tessera.resolve.geocoder import Geocoder, Mention

    geocoder = Geocoder(Gazetteer.default())
    # GeoNames lists "Sloviansk" among the other names of Slovyansk, and of Nikopol too.
    resolution = geocoder.resolve([Mention("Sloviansk", 0, 9, "Sloviansk")])[0]
    assert resolution is not None and resolution.entry.name == "Slovyansk"


def test_a_compass_named_region_is_found_with_its_kind_word(parsed_places) -> None:  # type: ignore[no-untyped-def]
    places = parsed_places("Cameroon held talks. On Sunday, in anglophone Northwest province, a bomb hurt a soldier.")
    assert ("North-West", "CMR", "admin1") in {(p.name, p.country, p.feature) for p in places}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sudan's army denied it. A jet struck a market in the nearby al-Souki town on Monday.", "As Sūkī"),
        ("Sudan's army denied it. Shells fell in el-Fasher on Monday.", "El Fasher"),
    ],
)
def test_a_name_led_by_a_hyphened_arabic_article_is_scanned(parsed_places, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert (name, "SDN") in {(p.name, p.country) for p in parsed_places(text)}


def test_a_model_span_run_over_a_locative_word_does_not_hide_the_town(gazetteer: Gazetteer) -> None:
    from tessera.pipeline import Pipeline

    text = "Gunmen killed police in Michoacán. Banners were left in the hamlet of El Aguaje in Aguililla on Monday."
    parsed = Pipeline.default().parser.parse(text)
    # The recogniser read "El Aguaje in Aguililla" as one organisation's name.
    entities = _entities(text, [("Michoacán", "GPE"), ("El Aguaje in Aguililla", "ORG")])
    found = {(p.text, p.country) for p in extract_places(parsed, entities, gazetteer)}
    assert ("Aguililla", "MEX") in found
    # A name the span really holds is no place of its own: "Bank of Kano" stays a bank.
    text = "Gunmen killed police in Michoacán. Money was left at the Bank of Aguililla on Monday."
    parsed = Pipeline.default().parser.parse(text)
    entities = _entities(text, [("Michoacán", "GPE"), ("Bank of Aguililla", "ORG")])
    assert "Aguililla" not in {p.text for p in extract_places(parsed, entities, gazetteer)}


def test_a_place_that_says_where_an_organisation_is_from_is_an_affiliation(gazetteer: Gazetteer) -> None:
    text = ("A blast hit a depot in Idlib, the UK-based monitor said. "
            "Rebels abducted farmers near Beni, Kivu Press Nigeria reported, citing Radio Okapi.")
    spans = [("Idlib", "GPE"), ("UK", "GPE"), ("Beni", "GPE"), ("Kivu Press", "ORG"), ("Nigeria", "GPE")]
    roles = {p.text: p.role for p in _places(text, spans, gazetteer)}
    assert roles["UK"] == "affiliation" and roles["Nigeria"] == "affiliation"
    assert roles["Idlib"] is None and roles["Beni"] is None


def test_a_place_opening_a_hyphenated_compound_is_an_affiliation(gazetteer: Gazetteer) -> None:
    # "X-backed", "X-led", "X-brokered": who is behind something, not where it happens.
    text = ("A Moscow-brokered ceasefire collapsed as Turkish-backed fighters shelled Idlib. "
            "Kenya-led police officers patrolled Port-au-Prince, and Iran-backed gunmen fired on Erbil.")
    spans = [("Moscow", "GPE"), ("Idlib", "GPE"), ("Kenya", "GPE"), ("Port-au-Prince", "GPE"), ("Iran", "GPE"),
             ("Erbil", "GPE")]
    roles = {p.text: p.role for p in _places(text, spans, gazetteer)}
    assert roles == {"Moscow": "affiliation", "Idlib": None, "Kenya": "affiliation", "Port-au-Prince": None,
                     "Iran": "affiliation", "Erbil": None}


def test_an_event_is_not_placed_where_its_broker_is(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of("Rebels attacked a base in Lashio on Monday, ending a Beijing-brokered truce.")
    assert events and all(e.location is None or e.location.country != "CHN" for e in events)


def test_an_event_is_not_placed_where_its_source_is_based(events_of) -> None:  # type: ignore[no-untyped-def]
    events = events_of("A car bomb exploded on Sunday in a market, the UK-based monitor said.")
    assert events and all(e.location is None or e.location.country != "GBR" for e in events)


def test_a_small_town_placed_in_its_division_is_read(parsed_places) -> None:  # type: ignore[no-untyped-def]
    # Al Haffah, a Syrian town GeoNames gives no population, is read when the words after
    # it put it in the province that holds it; a month before the division stays no place.
    for text in ("Gunmen ambushed a patrol in the town of Al-Haffah in Latakia province on Sunday.",
                 "Gunmen ambushed a patrol near Al-Haffah, Latakia province, on Sunday."):
        assert ("Al Ḩaffah", "SYR") in {(p.name, p.country) for p in parsed_places(text)}
    found = parsed_places("Gunmen ambushed a patrol in March in Latakia province.")
    assert [p.feature for p in found] == ["admin1"]


def test_a_small_town_abroad_with_no_tie_to_the_article_is_left_out(gazetteer: Gazetteer) -> None:
    # Lith is a Dutch village of 3,000 people; the story names South Sudan only.
    text = "South Sudan's army said raiders attacked a cattle camp in Lith payam on Thursday."
    found = _places(text, [("South Sudan", "GPE"), ("Lith", "GPE")], gazetteer)
    assert [p.name for p in found] == ["South Sudan"]
    # Named beside another place of its country, or in a story about that country, it stays.
    tied = "South Sudan's army said raiders attacked a cattle camp. Farmers in Nijmegen and Lith protested."
    found = _places(tied, [("South Sudan", "GPE"), ("Nijmegen", "GPE"), ("Lith", "GPE")], gazetteer)
    assert ("Lith", "NLD") in {(p.name, p.country) for p in found}
    own = "Police in the Netherlands said a barn burned in Lith on Thursday."
    found = _places(own, [("Netherlands", "GPE"), ("Lith", "GPE")], gazetteer)
    assert ("Lith", "NLD") in {(p.name, p.country) for p in found}


def test_an_indonesian_regency_is_read_with_its_kind_word(parsed_places) -> None:  # type: ignore[no-untyped-def]
    # GeoNames knows the regency as "Kabupaten Maybrat" (alternate "Maybrat Regency"): the
    # name alone resolves to nothing, with its lower-case kind word to the second-level division.
    places = parsed_places("Armed men burned a health post in Maybrat regency on Monday, the police said.")
    assert [(p.name, p.feature, p.country) for p in places] == [("Kabupaten Maybrat", "admin2", "IDN")]


def test_an_area_across_countries_before_a_noun_of_a_country_is_no_place_of_the_story(parsed_places) -> None:  # type: ignore[no-untyped-def]
    # "the troubled Sahel nation" says what kind of country Niger is; "the Lake Chad countries"
    # which countries: neither is where anything happens.
    places = parsed_places("Gunmen killed ten villagers in Niger on Friday, the latest attack in the troubled "
                           "Sahel nation. The Lake Chad countries met in Abuja.")
    assert {(p.name, p.role) for p in places if p.country is None} == {("Sahel", "affiliation"),
                                                                      ("Lake Chad", "affiliation")}
    # The area itself, or a division's capitalised kind word, stays a place.
    places = parsed_places("Gunmen killed ten villagers in the Sahel on Friday. Troops deployed around Lake Chad.")
    assert {(p.name, p.role) for p in places} == {("Sahel", None), ("Lake Chad", None)}


def test_a_story_naming_only_a_division_of_one_country_leaves_small_towns_abroad_out(gazetteer: Gazetteer) -> None:
    # No country is named; "Jonglei state" lies in South Sudan only, so the Dutch village stays out.
    text = "Raiders attacked a cattle camp in Lith payam of Jonglei state on Thursday, officials said."
    found = _places(text, [("Lith", "GPE"), ("Jonglei state", "GPE")], gazetteer)
    assert [p.name for p in found] == ["Jonglei"]


def test_a_place_the_words_name_that_no_gazetteer_holds_is_no_tie_abroad(gazetteer: Gazetteer) -> None:
    # "Lith payam of Twic East": the words put Lith inside Twic East, which no gazetteer
    # holds; that says nothing of the Netherlands, so the Dutch village stays out.
    text = "Raiders attacked a cattle camp in Lith payam of Twic East in Jonglei state on Thursday."
    found = _places(text, [("Lith", "GPE"), ("Twic East", "LOC"), ("Jonglei state", "GPE")], gazetteer)
    assert "NLD" not in {p.country for p in found}
    # A container of its own country still ties it ("Lith, Noord-Brabant" in the same story).
    text = "Raiders attacked a cattle camp in Jonglei state. In Lith, North Brabant, farmers protested."
    found = _places(text, [("Jonglei state", "GPE"), ("Lith", "GPE"), ("North Brabant", "GPE")], gazetteer)
    assert ("Lith", "NLD") in {(p.name, p.country) for p in found}


def _km(a: Place, b: Place) -> float:
    from tessera.resolve.gazetteer import distance_km

    assert None not in (a.lat, a.lon, b.lat, b.lon)
    return distance_km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]


@pytest.mark.parametrize(("before", "km", "bearing"), [
    ("Gunmen killed five herders 20km west of ", 20.0, "west"),
    ("Soldiers were ambushed some 30 kilometres (19 miles) north-east of the town of ", 30.0, "north-east"),
    ("The convoy hit a mine about 10 miles south of ", 16.09, "south"),
])
def test_a_distance_and_a_compass_word_move_the_point(gazetteer: Gazetteer, before: str, km: float,
                                                     bearing: str) -> None:
    plain = _places("Gunmen killed five herders in Gusau.", [("Gusau", "GPE")], gazetteer)[0]
    text = before + "Gusau in Nigeria on Sunday."
    moved = _places(text, [("Gusau", "GPE"), ("Nigeria", "GPE")], gazetteer)[0]
    assert moved.text == "Gusau" and moved.name == plain.name and moved.country == "NGA"
    assert moved.feature == "site" and moved.geonames_id is None
    assert _km(moved, plain) == pytest.approx(km, rel=0.02)
    assert (moved.lon < plain.lon) == ("west" in bearing) and (moved.lat > plain.lat) == ("north" in bearing)


@pytest.mark.parametrize("before", [
    "Gunmen killed five herders 20km from ",  # no compass word: the town's own point
    "Gunmen killed five herders 400 kilometres north of ",  # a bearing, not a locality near it
    "Gunmen killed five herders 1,200 km north of ",
])
def test_a_distance_without_a_compass_word_or_too_far_keeps_the_point(gazetteer: Gazetteer, before: str) -> None:
    plain = _places("Gunmen killed five herders in Gusau.", [("Gusau", "GPE")], gazetteer)[0]
    kept = _places(before + "Gusau on Sunday.", [("Gusau", "GPE")], gazetteer)[0]
    assert (kept.lat, kept.lon, kept.feature, kept.geonames_id) == (plain.lat, plain.lon, "city", plain.geonames_id)


def test_an_act_towards_a_polity_stays_at_its_country() -> None:
    from tessera.extraction.places import sole_locality

    # "The regional bloc condemned the coup in Nigeria" in a story told from Abuja: the
    # condemnation is placed at the country, an attack at the one locality named.
    assert sole_locality(NIGERIA, [ABUJA], "ACCUSE") is None
    assert sole_locality(NIGERIA, [ABUJA], "SANCTION") is None
    assert sole_locality(NIGERIA, [ABUJA], "ASSAULT") == ABUJA
    assert sole_locality(ZAMFARA, [SHINKAFI], "REQUEST") == SHINKAFI  # only a country stays


def test_a_division_word_after_the_models_name_demands_the_division(parsed_places) -> None:  # type: ignore[no-untyped-def]
    places = parsed_places("Gunmen killed four farmers in Manipur's Bishnupur district on Friday, police said.")
    bishnupur = next(p for p in places if p.name == "Bishnupur")
    assert (bishnupur.text, bishnupur.feature) == ("Bishnupur district", "admin2")
    # A kind word that leads a longer name is no division word: "Borno State Government House".
    places = parsed_places("Gunmen fired at the Borno State Government House in Maiduguri on Monday.")
    assert not any(p.text.endswith("State") for p in places)


def test_a_compass_part_of_a_country_is_a_region_of_it_for_an_incident(gazetteer: Gazetteer) -> None:
    from tessera.extraction.places import country_part

    text = "Convoys left bases in southwest Niger. Later, soldiers patrolled northern Niger and South Sudan."
    places = _places(text, [("Niger", "GPE"), ("Niger", "GPE"), ("South Sudan", "GPE")], gazetteer)
    southwest, north, south_sudan = places
    # The toponym stays the country (gold place sets point "northern Mali" at Mali) ...
    assert (southwest.text, southwest.feature) == ("southwest Niger", "country")
    # ... the incident placed there takes the part: a region of Niger, in that part of it.
    part = country_part(southwest, gazetteer)
    assert part is not None and (part.feature, part.country, part.name) == ("region", "NER", "Niger")
    assert part.lat is not None and part.lon is not None
    assert 12.0 < part.lat < 15.0 and 0.0 < part.lon < 5.0  # the Tillabéri and Dosso side
    upper = country_part(north, gazetteer)
    assert upper is not None and upper.lat is not None and upper.lat > part.lat + 2
    assert country_part(south_sudan, gazetteer) is None  # a name, not a direction
    assert country_part(NIGERIA, gazetteer) is None



def test_a_name_after_a_capitalised_locative_word_opening_the_sentence(parsed_places) -> None:  # type: ignore[no-untyped-def]
    # "In", "Near" open the sentence with a capital: the scan starts the name after them.
    places = parsed_places("Near Djibo, gunmen shot four herders. In Kidal, a man was found dead.")
    assert {p.name for p in places} >= {"Djibo", "Kidal"}
    assert not any(p.text.startswith(("Near", "In ")) for p in places)


def test_where_the_news_is_told_from_is_a_source(parsed_places) -> None:  # type: ignore[no-untyped-def]
    roles = {p.text: p.role for p in parsed_places(
        "Ten soldiers were killed on Tuesday in an ambush near Douentza, an army official said in Bamako.")}
    assert roles == {"Douentza": None, "Bamako": "source"}
    roles = {p.text: p.role for p in parsed_places(
        "According to a statement released in Niamey, gunmen killed twelve soldiers near Tillia.")}
    assert roles["Niamey"] == "source" and roles["Tillia"] is None
    # Before the verb of saying, the place may be where the told events happened.
    roles = {p.text: p.role for p in parsed_places("In Gao, residents said gunmen attacked the market on Friday.")}
    assert roles == {"Gao": None}


def test_an_incident_is_not_placed_where_the_news_was_told_from() -> None:
    from tessera.pipeline import Pipeline
    from tessera.records import Article

    text = ("Mali has seen a wave of attacks this year. Ten soldiers were killed on Tuesday in a jihadist "
            "attack, an army official said in Bamako.")
    document = Pipeline.default().extract(Article(id="t", text=text, language="en"))
    assert document.incidents and all(i.location is not None and i.location.name == "Mali"
                                      for i in document.incidents)


def test_a_curated_name_written_in_lower_case_is_found(gazetteer: Gazetteer) -> None:
    text = "Chad deployed troops in the area of the three borders, and later near the three-border zone."
    places = _places(text, [("Chad", "GPE")], gazetteer)
    found = [(p.text, p.name, p.feature) for p in places if p.feature == "region"]
    assert found == [("area of the three borders", "Liptako-Gourma", "region"),
                     ("three-border zone", "Liptako-Gourma", "region")]


def test_a_place_a_thing_comes_from_is_an_affiliation(parsed_places) -> None:  # type: ignore[no-untyped-def]
    roles = {p.text: p.role for p in parsed_places("Troops from Chad attacked the militants near Gao on Monday.")}
    assert roles == {"Chad": "affiliation", "Gao": None}
    # On a verb, "from" tells a movement from the place: it stays a place of the event.
    roles = {p.text: p.role for p in parsed_places("Soldiers fled from Gao after the attack on Tuesday.")}
    assert roles == {"Gao": None}


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # the goal of a journey word, through the common nouns it hangs on
        ("A bomb killed nine people in Quetta as they waited to travel to the city of Rawalpindi.",
         {"Quetta": None, "Rawalpindi": "route"}),
        ("Gunmen killed two officials in Kumba while they were travelling for a wedding in Buea.",
         {"Kumba": None, "Buea": "route"}),
        ("The minister, who was on his way to Ghana, visited the wounded in Kaduna on Friday.",
         {"Ghana": "route", "Kaduna": None}),
        # both ends of a route on one word; a compound of a journey
        ("Bandits ambushed a bus going from Katsina to Kano on Sunday.", {"Katsina": "route", "Kano": "route"}),
        ("Militants fired on a Gao-bound convoy near Ansongo on Monday.", {"Gao": "route", "Ansongo": None}),
    ],
)
def test_where_a_journey_goes_or_comes_from_is_a_route(parsed_places, text, roles) -> None:  # type: ignore[no-untyped-def]
    found = {p.text: p.role for p in parsed_places(text)}
    assert {name: found.get(name, "absent") for name in roles} == roles


@pytest.mark.parametrize(
    "text",
    [
        "Troops were deployed to Gao on Monday after the attack.",  # a deployment's goal is where it is
        "Thousands of protesters took to the streets of Bamako on Friday.",
        "Gunmen went to Kwakta on Sunday and killed six farmers.",  # "go" alone: the site
        "Soldiers fled from Gao after the attack on Tuesday.",
    ],
)
def test_a_goal_that_is_where_the_act_is_is_no_route(parsed_places, text) -> None:  # type: ignore[no-untyped-def]
    assert all(p.role != "route" for p in parsed_places(text))


def test_an_incident_is_not_placed_where_a_journey_goes() -> None:
    from tessera.pipeline import Pipeline
    from tessera.records import Article

    text = ("A suicide bomber killed 14 people at the bus station in Maiduguri on Saturday. The blast came as "
            "passengers were waiting for a bus to travel to the city of Kano, police said.")
    document = Pipeline.default().extract(Article(id="t", text=text, language="en"))
    places = {i.location.name for i in document.incidents if i.type == "ASSAULT" and i.location is not None}
    assert places == {"Maiduguri"}


def test_two_capitals_after_between_are_their_governments(gazetteer: Gazetteer) -> None:
    text = "Tensions between Paris and Bamako rose after soldiers attacked a post in Mali."
    roles = {p.text: p.role for p in _places(text, [("Paris", "GPE"), ("Bamako", "GPE"), ("Mali", "GPE")], gazetteer)}
    assert roles == {"Paris": "affiliation", "Bamako": "affiliation", "Mali": None}
    text = "Fighting broke out between Gao and Kidal."  # towns, not capitals: places
    assert all(p.role is None for p in _places(text, [("Gao", "GPE"), ("Kidal", "GPE")], gazetteer))


def test_a_capital_joined_to_a_government_after_between_is_its_government(gazetteer: Gazetteer) -> None:
    text = "Relations between Paris and the junta soured after soldiers attacked a post in Mali."
    roles = {p.text: p.role for p in _places(text, [("Paris", "GPE"), ("Mali", "GPE")], gazetteer)}
    assert roles == {"Paris": "affiliation", "Mali": None}
    text = "Fighting broke out between Bamako and the town of Kati."  # a place joined: no government
    roles = {p.text: p.role for p in _places(text, [("Bamako", "GPE"), ("Kati", "GPE")], gazetteer)}
    assert roles["Bamako"] is None


@pytest.mark.parametrize(
    ("text", "capital", "role"),
    [
        # the opponent after "against", the agent of a passive, a capital joined to one
        ("Thousands marched against Paris in the streets of Niamey on Friday.", "Paris", "affiliation"),
        ("The fighters, who are armed by Kigali, entered the village on Sunday.", "Kigali", "affiliation"),
        ("Envoys from Kinshasa and Kigali condemned the attack on the camp.", "Kigali", "affiliation"),
        ("Moscow claimed that its forces had attacked the town.", "Moscow", "affiliation"),
        # the scene stays a place
        ("Thousands marched in Niamey against the new constitution on Friday.", "Niamey", None),
        ("Clashes broke out in Bamako on Tuesday.", "Bamako", None),
    ],
)
def test_a_capital_that_acts_is_its_government(parsed_places, text, capital, role) -> None:  # type: ignore[no-untyped-def]
    roles = {p.text: p.role for p in parsed_places(text)}
    assert roles[capital] == role


def test_a_division_the_model_read_with_its_article_as_a_name_is_found(gazetteer: Gazetteer) -> None:
    # The model may take "the <Name> Local Government Area" as an organisation: the
    # article before the name does not make it a longer name holding the division.
    from tessera.pipeline import Pipeline

    text = "Troops repelled an attack on their base in the Gwoza Local Government Area of Borno State on Friday."
    parsed = Pipeline.default().parser.parse(text)
    entities = _entities(text, [("the Gwoza Local Government Area", "ORG"), ("Borno State", "GPE")])
    found = {p.text: (p.name, p.feature, p.country) for p in extract_places(parsed, entities, gazetteer)}
    assert found["Gwoza Local Government Area"] == ("Gwoza", "admin2", "NGA")
    # A longer organisation's name still holds its place word: not the town.
    text = "Officials of the Gwoza Local Government Area Council met in Maiduguri."
    parsed = Pipeline.default().parser.parse(text)
    entities = _entities(text, [("the Gwoza Local Government Area Council", "ORG"), ("Maiduguri", "GPE")])
    assert [p.name for p in extract_places(parsed, entities, gazetteer)] == ["Maiduguri"]


def test_a_country_named_only_as_whose_forces_act_is_no_setting(parsed_places) -> None:  # type: ignore[no-untyped-def]
    # A foreign force named by its country, in a story set elsewhere: the country says
    # whose the forces are, not where anything happens.
    text = ("The Chad military said it had killed 30 militants in an air strike in western Sudan. "
            "The Chad government sent more troops to the area.")
    roles = [(p.name, p.role) for p in parsed_places(text)]
    assert ("Chad", "affiliation") in roles and ("Chad", None) not in roles
    assert ("Sudan", None) in roles


def test_a_country_also_named_as_a_setting_keeps_its_mentions(parsed_places) -> None:  # type: ignore[no-untyped-def]
    # A domestic story: the army's country is where things happen.
    text = ("Members of the Guinea military said they had seized power. "
            "Shops stayed shut across Guinea on Tuesday, and flights to Mali were halted.")
    assert all(p.role is None for p in parsed_places(text) if p.name == "Guinea")
    # A country before a noun that is not a force or a government stays a place.
    assert [p.role for p in parsed_places("Protesters marched through the Niger capital and in Mali.")] \
        == [None, None]


def test_a_continent_holds_its_countries_and_their_places() -> None:
    from tessera.extraction.places import lies_inside, most_specific_inside

    africa = Place(text="Africa", start=0, end=6, name="Africa", geonames_id=6255146, lat=7.2, lon=21.1,
                   country=None, feature="region")
    asia = africa.model_copy(update={"name": "Asia", "geonames_id": 6255147})
    west_africa = africa.model_copy(update={"name": "West Africa", "geonames_id": None})  # a curated region
    assert lies_inside(NIGERIA, africa) and lies_inside(SHINKAFI, africa)
    assert not lies_inside(NIGERIA, asia) and not lies_inside(NIGERIA, west_africa)
    assert not lies_inside(africa, NIGERIA)
    assert most_specific_inside(africa, [africa, NIGERIA]) == NIGERIA


def test_a_coup_in_a_continent_that_took_place_in_a_country_is_in_the_country() -> None:
    from tessera.pipeline import Pipeline
    from tessera.records import Article

    for text in ("The most recent seizure of power by soldiers in Africa took place in Guinea in September.",
                 "The latest coup by soldiers in Africa happened in Guinea, where the army seized power in September."):
        document = next(iter(Pipeline.default().extract_many([Article(id="t", text=text, language="en")])))
        assert [e.location.name for e in document.events if e.location is not None] == ["Guinea"]


def test_a_demonym_with_the_word_capital_is_the_countrys_capital(parsed_places) -> None:  # type: ignore[no-untyped-def]
    places = parsed_places("Police fired tear gas at marchers in the Chadian capital on Sunday.")
    assert [(p.text, p.name, p.country, p.feature) for p in places] == [
        ("Chadian capital", "N'Djamena", "TCD", "city")]
    # Named as well: both mentions are kept, one place each.
    places = parsed_places("Troops deployed across the Nigerien capital, Niamey, on Monday.")
    assert [(p.text, p.name) for p in places] == [("Nigerien capital", "Niamey"), ("Niamey", "Niamey")]
    # A demonym before another noun is no place.
    assert parsed_places("The Chadian army said it had repelled the attack.") == []


@pytest.mark.parametrize(
    ("language", "text", "sites"),
    [
        ("en", "Gunmen killed eleven villagers in the village of Wadikori in Niger on Saturday.", ["Wadikori"]),
        ("en", "Gunmen killed eleven villagers at Wadikori and Tamasari, in Niger.", ["Wadikori", "Tamasari"]),
        ("en", "Gunmen attacked the town of Ibrahim Musa, in Niger.", ["Ibrahim Musa"]),
        # Not a site: a month, a building, an acronym, a town a gazetteer knows, a destination.
        ("en", "Gunmen struck in January at the Ambassador Hotel and near MSF offices in Niamey.", []),
        ("en", "Survivors of the attack fled to Wadikori.", []),
        ("fr", "Des hommes armés ont tué onze civils à Wadikori, au Niger, samedi.", ["Wadikori"]),
        ("fr", "L'attaque a eu lieu près de Wadikori, dans la localité de Tamasari.", ["Wadikori", "Tamasari"]),
        ("fr", "Les rescapés ont fui vers Wadikori.", []),
    ],
)
def test_a_name_in_a_site_position_no_gazetteer_holds_is_an_unplaced_site(language, text, sites):
    from tessera.extraction.entities import extract_entities
    from tessera.extraction.places import unplaced_sites
    from tessera.pipeline import Pipeline

    pipeline = Pipeline.default() if language == "en" else Pipeline.for_language(language)
    parsed = pipeline.parser.parse(text)
    places = extract_places(parsed, extract_entities(parsed), pipeline.gazetteer, language=language)
    found = [s for sentence in parsed.sentences for s in unplaced_sites(sentence, places, pipeline.gazetteer)]
    assert [s.name for s in found] == sites
    assert all(s.lat is None and s.feature == "site" and text[s.start : s.end] == s.name for s in found)


def test_a_division_the_recogniser_cut_short_is_read_whole(parsed_places) -> None:  # type: ignore[no-untyped-def]
    # The model may take only "North" of "Far North region": that is another region.
    places = parsed_places("Armed men burned a school in Cameroon's Far North region on Thursday.")
    assert [(p.name, p.feature) for p in places if p.country == "CMR" and p.feature != "country"] == [
        ("Far North", "admin1")]


@pytest.mark.parametrize("text", [
    "The militants raided Gwoza before dawn and burned the market.",
    "The insurgents launched an attack on Gwoza before dawn.",
    "Residents fled after the siege of Gwoza ended.",
])
def test_a_town_struck_by_an_attack_is_found_without_a_locative_word(parsed_places, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [(p.text, p.country, p.feature) for p in parsed_places(text)] == [("Gwoza", "NGA", "city")]


def test_after_a_verb_of_attack_only_the_whole_name_is_a_place(parsed_places) -> None:  # type: ignore[no-untyped-def]
    # "Gwoza" alone is a town; the run "Gwoza Abdullahi" is a person's name.
    assert parsed_places("The gunmen attacked Gwoza Abdullahi, a trader, at his shop.") == []


def test_residents_of_a_town_name_it(parsed_places) -> None:  # type: ignore[no-untyped-def]
    places = parsed_places("Residents of Djibo said the convoy was late.")
    assert [(p.text, p.country) for p in places] == [("Djibo", "BFA")]


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Fishermen left their boats at Mocimboa da Praia before dawn.", "Mocímboa da Praia", "MOZ"),
    ("A police post in Santander de Quilichao came under fire.", "Santander de Quilichao", "COL"),
])
def test_a_name_is_read_across_its_lower_case_particle(parsed_places, text: str, name: str, country: str) -> None:  # type: ignore[no-untyped-def]
    assert [(p.name, p.country, p.feature) for p in parsed_places(text)] == [(name, country, "city")]


@pytest.mark.parametrize(("text", "name", "country"), [
    # Arabic and Dari particles: "wa" (and), the article assimilated to the next letter.
    ("Fighting went on in the remote Tala wa Barfak district on Tuesday.", "Tālah wa Barfak", "AFG"),
    ("Troops moved through Salah ad Din province on Friday.", "Şalāḩ ad Dīn", "IRQ"),
])
def test_a_division_is_read_across_an_arabic_particle(parsed_places, text: str, name: str, country: str) -> None:  # type: ignore[no-untyped-def]
    assert (name, country) in {(p.name, p.country) for p in parsed_places(text)}


def test_near_a_name_shared_by_a_region_and_its_capital_is_the_town(parsed_places) -> None:  # type: ignore[no-untyped-def]
    places = parsed_places("Soldiers of Niger patrolled near Tillaberi on Tuesday.")
    assert ("Tillabéri", "city") in {(p.name, p.feature) for p in places}


def test_a_kind_word_that_does_not_fit_the_name_keeps_the_recognised_towns_point(parsed_places) -> None:  # type: ignore[no-untyped-def]
    # "valley" demands a natural feature; the gazetteer knows Imphal only as a town, so the
    # valley is the area named after it: the town's point (not a place with no point), but
    # a natural feature, not the town.
    places = parsed_places("Across Imphal valley in India, protesters burned tyres and blocked roads.")
    (valley,) = [p for p in places if p.text == "Imphal valley"]
    assert (valley.feature, valley.country) == ("natural", "IND") and abs(valley.lat - 24.8) < 0.1
    assert ("Imphal", "city") not in {(p.name, p.feature) for p in places}


@pytest.mark.parametrize(("name", "kind"), [
    ("Shiroro Local Government Area", "local government area"),  # the longest kind word first
    ("Borno State", "state"),
    ("State", None),  # a kind word alone ends no name
    ("Djibo", None),
])
def test_the_kind_word_ending_a_name(name: str, kind: str | None) -> None:
    from tessera.extraction.places import place_phrases

    assert place_phrases("en").kind_ending(name) == kind


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("Militants raided a base in Yobe State, northeast Nigeria, on Friday.", "northeast Nigeria", "NGA"),
    ("Suicide bombers struck in North-East Nigeria on Friday.", "North-East Nigeria", "NGA"),
    ("Soldiers died in an ambush in Northern Burkina on Monday.", "Northern Burkina", "BFA"),
])
def test_a_compass_word_the_recogniser_took_in_leaves_the_country(gazetteer: Gazetteer, text: str, surface: str,
                                                                  country: str) -> None:
    found = _places(text, [(surface, "GPE")], gazetteer)
    assert [(p.text, p.country, p.feature) for p in found] == [(surface, country, "country")]


def test_a_name_that_holds_its_compass_word_stays_whole(gazetteer: Gazetteer) -> None:
    text = "Rebels attacked Rutshuru in North Kivu on Monday."
    found = _places(text, [("Rutshuru", "GPE"), ("North Kivu", "GPE")], gazetteer)
    assert ("North Kivu", "Nord-Kivu", "admin1") in {(p.text, p.name, p.feature) for p in found}


@pytest.mark.parametrize(("text", "surface", "role"), [
    ("The army completed its withdrawal from Niger on Friday.", "Niger", None),
    ("The mission began its pullout from Mali last week.", "Mali", None),
    ("A truce was brokered with help from Egypt on Sunday.", "Egypt", "affiliation"),
])
def test_from_on_a_noun_of_leaving_names_the_place_left(parsed_places, text: str, surface: str,  # type: ignore[no-untyped-def]
                                                        role: str | None) -> None:
    assert [(p.text, p.role) for p in parsed_places(text)] == [(surface, role)]


@pytest.mark.parametrize(("text", "surface", "role"), [
    # "from" on a verb of coming or sending: where the people came or were sent from.
    ("Extra police were sent from Kano after the riot.", "Kano", "affiliation"),
    ("More troops arrived from Gao on Tuesday.", "Gao", "affiliation"),
    ("Gunmen who came from Mali attacked the village at night.", "Mali", "affiliation"),
    ("Soldiers were dispatched from the regional capital, Mopti, on Monday.", "Mopti", "affiliation"),
    # Not a verb of fleeing or leaving: the movement is told at the place left.
    ("Hundreds of families fled from Djibo overnight.", "Djibo", None),
    ("The army withdrew from Menaka last year.", "Menaka", None),
])
def test_from_on_a_verb_of_coming_or_sending_names_an_origin(parsed_places, text: str, surface: str,  # type: ignore[no-untyped-def]
                                                             role: str | None) -> None:
    assert (surface, role) in {(p.text, p.role) for p in parsed_places(text)}


def test_forces_sent_from_another_town_are_deployed_in_the_story_s_town(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen killed nine villagers in Boni on Sunday. Reinforcements were dispatched from the "
            "regional capital, Mopti, and were patrolling the streets.")
    document = pipeline.extract(Article(id="t", text=text, language="en"))
    deployed = [i for i in document.incidents if i.type == "MOBILIZE"]
    assert deployed and all(i.location is not None and i.location.name == "Boni" for i in deployed)


@pytest.mark.parametrize(("text", "role"), [
    ("Heavy clashes were reported in Gao on Sunday, a resident said.", None),
    ("Fighting has been reported in Gao since dawn.", None),
    ("It was announced in Gao that the talks had failed.", "source"),
    ("An army spokesman said in Gao that the talks had failed.", "source"),
])
def test_a_thing_reported_somewhere_happened_there(parsed_places, text: str, role: str | None) -> None:  # type: ignore[no-untyped-def]
    assert [(p.text, p.role) for p in parsed_places(text)] == [("Gao", role)]


def test_a_comma_the_recogniser_took_in_does_not_lose_the_name(gazetteer: Gazetteer) -> None:
    text = "Gunmen killed 12 people in Timbuktu, Mali, on Sunday."
    found = _places(text, [("Timbuktu,", "GPE"), ("Mali", "GPE")], gazetteer)
    assert [(p.text, p.feature, p.country) for p in found] == [("Timbuktu", "city", "MLI"), ("Mali", "country", "MLI")]
    assert text[found[0].start:found[0].end] == "Timbuktu"


@pytest.mark.parametrize(("text", "surface", "name", "country"), [
    ("Gunmen attacked a police post in Suarez municipality, Cauca, Colombia, on Sunday.", "Suarez municipality",
     "Suárez", "COL"),
    ("The attack happened in Kalat tehsil of Balochistan, Pakistan.", "Kalat tehsil", "Kalat", "PAK"),
])
def test_local_division_words_name_a_district(parsed_places, text: str, surface: str, name: str,  # type: ignore[no-untyped-def]
                                              country: str) -> None:
    assert (surface, name, "admin2", country) in {(p.text, p.name, p.feature, p.country) for p in parsed_places(text)}


def test_a_division_the_scan_finds_also_leaves_small_towns_abroad_out(parsed_places) -> None:  # type: ignore[no-untyped-def]
    # The recogniser reads "Jonglei" as an organisation; the scan finds "Jonglei state"
    # (South Sudan only), so the Dutch village Lith is no reading of the payam's name.
    places = parsed_places("Raiders attacked a camp in Lith payam of Jonglei state.")
    assert [(p.name, p.country) for p in places] == [("Jonglei", "SSD")]


# ------------------------------------------------------- kind words after a name known as a town


def test_a_natural_feature_word_after_a_town_names_the_area_not_the_town(parsed_places) -> None:  # type: ignore[no-untyped-def]
    # "Kurram" and "Swat" are divisions and towns of Pakistan, no valley in the gazetteer:
    # the valley is the area named after them, a natural feature, never a town's point.
    for text, surface in [("Shelling hit several hamlets in the Kurram valley of Pakistan.", "Kurram valley"),
                          ("A suicide bomber struck a market in the Swat valley on Friday.", "Swat valley")]:
        (place,) = [p for p in parsed_places(text) if p.text == surface]
        assert (place.feature, place.country, place.geonames_id) == ("natural", "PAK", None)
        assert place.lat is not None


def test_a_natural_feature_word_after_a_country_is_no_country(parsed_places) -> None:  # type: ignore[no-untyped-def]
    # A valley named after a country is not the country (nor its point).
    assert [p.feature for p in parsed_places("Settlers clashed with farmers along the Jordan valley.")] == []


def test_a_plural_division_word_after_a_town_is_the_division_level(parsed_places) -> None:  # type: ignore[no-untyped-def]
    # No district is called Imphal (they are Imphal East and Imphal West): "the Imphal
    # districts" are divisions at the town's point, not the town; a single district with
    # its own entry is that district as before.
    (imphal,) = [p for p in parsed_places("Curfew was extended across the twin Imphal districts on Tuesday.")
                 if p.text.startswith("Imphal")]
    assert (imphal.text, imphal.feature, imphal.country) == ("Imphal districts", "admin2", "IND")
    places = parsed_places("Police patrolled Kaduna and Kano states after the riots.")
    assert ("Kano", "admin1") in {(p.name, p.feature) for p in places}


def test_a_name_the_recogniser_misreads_before_a_settlement_word_is_that_town(parsed_places) -> None:  # type: ignore[no-untyped-def]
    # No locative word before it: the settlement's word after the whole capitalised run
    # says it is a town, wherever it stands in the sentence, as `_mention` reads it.
    # The recogniser takes no entity there; the scan reads the run before "city".
    places = parsed_places("Residents of Congo fear M23 fighters will keep Kanyabayonga city for months.")
    found = {p.text: (p.name, p.country, p.feature) for p in places}
    assert found["Kanyabayonga city"] == ("Kanyobagonga", "COD", "city")
    # Only a town of the story's countries: "Kanyabayonga" with no Congo named is left out.
    places = parsed_places("Rebels say they took over Kanyabayonga city which lies on the border with Rwanda.")
    assert [p.name for p in places] == ["Rwanda"]
    # A city of 670,000 whose name the model's word index lists as a noun is a soft
    # matcher term (`Gazetteer.soft_matcher_terms`): read wherever the recogniser misses it.
    places = parsed_places("Rebels say they took over Goma city which lies on the border with Rwanda.")
    assert {p.name for p in places} == {"Goma", "Rwanda"}


def test_a_settlement_word_after_a_name_read_by_the_scan_still_names_no_holder(parsed_places) -> None:  # type: ignore[no-untyped-def]
    # An indefinite article before, "of" after: the name holds the town, it is not one.
    places = parsed_places("Residents of Congo fear that a Kanyabayonga village will fall.")
    assert [p.name for p in places] == ["Democratic Republic of the Congo"]


# --------------------------------------------------------------- wire datelines, namesakes beside a division


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ceasefire holds\n\nTashkent (Uzbekistan) (AFP) –\n\nOfficials said two guards died.", "Tashkent"),
        ("Gulu, Uganda | AFP | Gunmen ambushed a bus on the northern road.", "Gulu, Uganda"),
        ("LAGOS (City Desk / Sputnik - 3rd May, 2020) The police said five people died.", "LAGOS"),
        ("Mosul, Mar 4 (IANS) A rocket struck a base near the airport.", "Mosul"),
        ("A headline\n\nAgadez, (APP - Wire Desk - 9th Jan, 2021) Troops repelled an attack.", "Agadez"),
        # A headline's name and its acronym is no agency's credit.
        ("A headline\nRapid Support Forces (RSF) Shell A Market\nSeveral people died.", None),
        # A headline's last words before a credit end no dateline.
        ("A headline\nGunmen Kill Ten (AFP)\nSeveral people died.", None),
        # A syndicator's credit before the wire's dateline.
        ("(MENAFN- Gulf Wire (GW)) KANO, Mar 4 (GW) - Gunmen killed three traders.", "KANO"),
        ("(Syndicated) Kano, Mar 4 (IANS) Gunmen killed three traders near the market.", "Kano"),
        # A byline of an agency and the town it filed from, on a line of its own.
        ("A headline\n\nPress Trust of India Peshawar\nLast Updated: May 3\n\nGunmen killed two.", "Peshawar"),
        # ... but not the agency's own words.
        ("A headline\n\nAP News\nPosted: May 3\n\nGunmen killed two.", None),
    ],
)
def test_a_wire_dateline_credits_an_agency(text: str, place: str | None) -> None:
    from tessera.extraction.places import dateline_span

    span = dateline_span(text)
    assert (text[span[0]:span[1]] if span else None) == place


def test_a_dateline_repeated_inside_the_page_is_the_dateline_again(parsed_places) -> None:  # type: ignore[no-untyped-def]
    from tessera.extraction.places import dateline_repeats, dateline_span

    text = ("Menu line\nNIAMEY: Gunmen killed four herders near Tillaberi, officials said.\n"
            "More stories\nNIAMEY: Gunmen killed four herders near Tillaberi, officials said.\n"
            "Niamey residents were calm.")
    dateline = dateline_span(text)
    assert dateline is not None and text[dateline[0]:dateline[1]] == "NIAMEY"
    second = text.index("NIAMEY", dateline[1])
    assert dateline_repeats(text, dateline) == [(second, second + len("NIAMEY"))]
    roles = {(p.start, p.role) for p in parsed_places(text) if p.name == "Niamey"}
    assert (second, "dateline") in roles
    # A mention of the town inside a sentence is no dateline.
    assert (text.index("Niamey residents"), None) in roles


def test_a_division_named_beside_a_town_chooses_among_its_namesakes(parsed_places) -> None:  # type: ignore[no-untyped-def]
    # No Maga in Kebbi State is known: the town is none abroad (Maga, Cameroon), and the
    # events fall back on the state.
    places = parsed_places("Bandits abducted pupils from a school in Maga, Kebbi State, on Monday.")
    assert "CMR" not in {p.country for p in places}
    assert ("Kebbi", "admin1", "NGA") in {(p.name, p.feature, p.country) for p in places}
    # A town inside the division named beside it stays the town.
    places = parsed_places("Gunmen attacked a market in Gusau, Zamfara State, on Monday.")
    assert ("Gusau", "city", "NGA") in {(p.name, p.feature, p.country) for p in places}
    # A division beside a division is no town in it.
    places = parsed_places("In adjacent Tennessee counties, Benton County was up 0.1 percent.")
    assert "Tennessee" in {p.name for p in places}


def test_a_town_after_a_division_word_and_of_names_that_division() -> None:
    from tessera.extraction.places import divisions_named, place_phrases

    text = "Troops clashed in the northern state of Gusau, and later the Gusau market was shut."
    first = text.index("Gusau")
    second = text.index("Gusau", first + 1)
    named = [_at("Gusau", "city", 12.16, 6.66, "Zamfara", start=first),
             _at("Gusau", "city", 12.16, 6.66, "Zamfara", start=second)]
    named = [p.model_copy(update={"geonames_id": 2329562}) for p in named]
    divisions = divisions_named(text, named, place_phrases("en"))
    # The kind word's level, for this mention and the town's other one.
    assert {start: p.feature for start, p in divisions.items()} == {first: "admin1", second: "admin1"}
    # A town's kind word before "of" is that town's: the name after it is no division of that level.
    text = "Shells fell on the Bakura district of Gusau."
    places = [_at("Bakura district", "admin2", 12.71, 5.87, "Zamfara", start=text.index("Bakura")),
              _at("Gusau", "city", 12.16, 6.66, "Zamfara", start=text.index("Gusau"))]
    places = [p.model_copy(update={"geonames_id": i}) for i, p in enumerate(places, start=1)]
    assert divisions_named(text, places, place_phrases("en")) == {}
    # Not a language that does not list the key, nor a town named with no kind word.
    assert divisions_named(text, places, place_phrases("fr")) == {}
    text = "Troops clashed in Gusau."
    plain = [_at("Gusau", "city", 12.16, 6.66, "Zamfara", start=text.index("Gusau")).model_copy(
        update={"geonames_id": 2329562})]
    assert divisions_named(text, plain, place_phrases("en")) == {}


def test_a_large_city_of_the_storys_country_mislabelled_by_the_recogniser_is_read(gazetteer: Gazetteer) -> None:
    # "Hargeisa" (GeoNames' primary name is "Hargeysa", so no matcher term tags it) labelled
    # ORG in a Somalia story is the city of 470,000; the same label outside such a story is not.
    text = "Bombs hit Hargeisa and Bossaso in Somalia on Wednesday, killing 19 people."
    found = _places(text, [("Hargeisa", "ORG"), ("Bossaso", "GPE"), ("Somalia", "GPE")], gazetteer)
    assert ("Hargeysa", "SOM") in {(p.name, p.country) for p in found}
    # A name labelled a person stays a person ("Jackson" in a US story is no city).
    text = "Police in Mississippi said Jackson was arrested on Wednesday in Biloxi, United States."
    found = _places(text, [("Mississippi", "GPE"), ("Jackson", "PERSON"), ("Biloxi", "GPE"),
                           ("United States", "GPE")], gazetteer)
    assert "Jackson" not in {p.name for p in found}
    text = "Bombs hit Hargeisa and Lyon in France on Wednesday."
    found = _places(text, [("Hargeisa", "ORG"), ("Lyon", "GPE"), ("France", "GPE")], gazetteer)
    assert "SOM" not in {p.country for p in found}


def test_a_town_after_a_comma_inside_a_division_its_kind_word_names_never_goes_abroad(parsed_places) -> None:  # type: ignore[no-untyped-def]
    # ", in Mocimboa da Praia district": this Manila is no Philippine capital.
    places = parsed_places("Insurgents beheaded four villagers in Manila, in Mocimboa da Praia district, on Thursday.")
    assert not [p for p in places if p.country == "PHL"]
    assert [p.country for p in places] == ["MOZ"]


def test_towns_listed_after_commas_are_no_containers(parsed_places) -> None:  # type: ignore[no-untyped-def]
    # ", in Abuja": a list of towns, not Lagos inside Abuja.
    places = parsed_places("Protesters marched in Lagos, in Abuja and in Kano on Monday.")
    assert {p.name for p in places} >= {"Lagos", "Abuja", "Kano"}


# --------------------------------------------------------------- the old AP underscore, a name the recogniser cut


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # The old AP wire's spaced underscore closes a dateline as a dash does.
        ("Rebels driven back\n\nMay 4, 1998\n\nBOGANDA FALLS, Erewhon (AP) _ Troops took the town today.",
         "BOGANDA FALLS"),
        ("ROCKVALE (AP) _ Two soldiers were killed on Monday.", "ROCKVALE"),
        ("A headline\n\nRockvale, Erewhon (AP) _ Two soldiers were killed on Monday.", "Rockvale, Erewhon"),
        # ... not an ordinary sentence's opening, nor an underscore inside one.
        ("A headline\n\nParis - based analysts said the attack killed two.", None),
        ("A headline\n\nMali - a country torn by war - saw new attacks.", None),
        ("A headline\n\nThe rebels _ who attacked the post _ fled north.", None),
        ("A headline\n\nKidal _ a town in the north _ was hit on Monday.", None),
        ("Un titre\nBouaflé, 12 morts - un drame selon la police.", None),
    ],
)
def test_an_underscore_closes_a_dateline(text: str, place: str | None) -> None:
    from tessera.extraction.places import dateline_span

    span = dateline_span(text)
    assert (text[span[0]:span[1]] if span else None) == place


def test_a_dateline_name_the_recogniser_cut_is_read_whole(parsed_places) -> None:  # type: ignore[no-untyped-def]
    # The recogniser may take "KATIMA" alone: the dateline's whole name stands for it.
    places = parsed_places("Rebels repelled\n\nKATIMA MULILO, Namibia (AP) _ Police arrested nine men on Monday.")
    roles = {p.name: p.role for p in places}
    assert roles.get("Katima Mulilo") == "dateline"


def test_the_towns_a_hyphened_road_noun_follows_are_places(pipeline) -> None:  # type: ignore[no-untyped-def]
    from tessera.records import Article

    def places(text: str) -> list[Place]:
        return pipeline.extract(Article(id="t", text=text, published="2020-03-02", language="en")).places

    # The road noun after the towns it joins (English order), with or without its adjective.
    found = {(p.text, p.country) for p in places(
        "In Burkina Faso, twelve soldiers were killed on Tuesday on the Djibo-Bourzanga road by a mine.")}
    assert ("Djibo", "BFA") in found and ("Bourzanga", "BFA") in found
    found = {(p.text, p.country) for p in places(
        "In Burkina Faso, a convoy was ambushed on Tuesday on the Djibo-Bourzanga national highway.")}
    assert ("Djibo", "BFA") in found and ("Bourzanga", "BFA") in found
    # Beside another town of the country, the road only says where that town lies.
    roles = {p.text: p.role for p in places(
        "In Mali, gunmen attacked a convoy on Monday near Kati, on the Kayes-Bamako road, the army said.")}
    assert roles.get("Kayes") == "route" and roles.get("Bamako") == "route"
    assert roles.get("Kati", "absent") is None


def test_a_town_sharing_its_name_with_a_division_named_in_the_article_may_be_that_division() -> None:
    from tessera.extraction.places import towns_as_divisions

    division = _at("Tahoua", "admin1", 15.5, 5.5, "Tahoua", country="NER", start=80)
    town = _at("Tahoua", "city", 14.89, 5.26, "Tahoua", country="NER", start=0)
    # The town lies in the division of its name: read as that division where the words allow.
    assert towns_as_divisions([town, division]) == {0: division}
    # Not a namesake in another division or country, nor with no division named.
    elsewhere = _at("Tahoua", "city", 13.0, 2.0, "Tillabéri", country="NER", start=0)
    assert towns_as_divisions([elsewhere, division]) == {}
    abroad = _at("Tahoua", "city", 14.89, 5.26, "Tahoua", country="MLI", start=0)
    assert towns_as_divisions([abroad, division]) == {}
    assert towns_as_divisions([town]) == {}


def test_a_township_is_read_as_its_namesake_only_inside_a_region_the_article_names(parsed_places) -> None:  # type: ignore[no-untyped-def]
    # The gazetteer holds no township: "Kanbalu Township" reads as the division named after the
    # town (its point, at the division's level, not the town's), a reading where another name of
    # the story lies in the town's region.
    places = parsed_places("A jet bombed a monastery in Kanbalu Township in Sagaing Region on Tuesday.")
    assert [(p.name, p.feature, p.country) for p in places if p.text == "Kanbalu Township"] == [
        ("Kanbalu Township", "admin2", "MMR")]
    # Where GeoNames holds only the division of that name, the division.
    places = parsed_places("Troops shelled a school in Maungdaw Township, in Rakhine State, on Friday.")
    assert [(p.name, p.feature) for p in places if p.text == "Maungdaw Township"] == [("Maungdaw District", "admin2")]
    # A namesake in no region the story names is no reading: a county of the same name elsewhere.
    # a US township is no county of the same name, even in its own state
    places = parsed_places("A shooting in Jackson Township, Ohio, killed two people on Tuesday.")
    assert [p for p in places if p.text == "Jackson Township"] == []
    places = parsed_places("The fire hall in Jackson Township near Lebanon, Pennsylvania, burned down on Friday.")
    assert [p.text for p in places if "Jackson" in p.text] == []


def test_a_lower_case_township_after_a_town_leaves_the_town(parsed_places) -> None:  # type: ignore[no-untyped-def]
    places = parsed_places("Police fought protesters in the Harare township of Highfield on Sunday.")
    assert [(p.name, p.feature) for p in places if p.name == "Harare"] == [("Harare", "city")]


@pytest.mark.parametrize(("text", "place"), [
    # The object of a verb of reporting is what is reported: a place in it is the act's.
    ("Troops patrolled Mopti on Sunday. The army confirmed the deaths of four soldiers killed in an ambush "
     "near Djibo on Friday.", "Djibo"),
    ("Troops patrolled Mopti on Sunday. Activists shared photographs of a school that was burned by militants "
     "in Gao.", "Gao"),
    # The speaker's own place stays the speaker's where the act is told in a clause of its own.
    ("Troops patrolled Mopti on Sunday. Journalists in Gao said gunmen had killed ten people on Monday.", "Mopti"),
])
def test_a_place_in_what_a_verb_of_reporting_reports_is_the_acts(pipeline, text: str,  # type: ignore[no-untyped-def]
                                                                  place: str) -> None:
    document = pipeline.extract(Article(id="t", text=text, language="en"))
    assert [i.location.name for i in document.incidents if i.type == "ASSAULT" and i.location] == [place]


@pytest.mark.parametrize(("text", "surface", "role"), [
    # A place an act is laid at the door of is who did it, not where.
    ("Three people were killed in a strike attributed to Israel on Monday.", "Israel", "affiliation"),
    ("Gunmen killed five villagers in an attack that officials blamed on Rwanda.", "Rwanda", "affiliation"),
    ("The bombing, which police pinned on Pakistan, killed four people.", "Pakistan", "affiliation"),
    # Not the place of the act itself, nor a place after "to" on another verb.
    ("Three people died in a bombing in Kabul, which police attributed to the Taliban.", "Kabul", None),
    ("Protesters marched to Kampala on Monday.", "Kampala", None),
])
def test_a_place_an_act_is_attributed_to_is_its_author(parsed_places, text: str, surface: str,  # type: ignore[no-untyped-def]
                                                        role: str | None) -> None:
    assert (surface, role) in {(p.text, p.role) for p in parsed_places(text)}
