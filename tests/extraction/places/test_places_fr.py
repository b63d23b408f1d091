"""Places in French articles: French country names (pycountry's French ISO 3166 names),
French locative and kind words (data/fr/places.yaml), the far side of a border."""

import pytest

from tessera.records import Article


@pytest.fixture(scope="module")
def pipeline():
    from tessera.pipeline import Pipeline

    return Pipeline.for_language("fr")


def _places(pipeline, text):
    return pipeline.extract(Article(id="t", text=text, language="fr")).places


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Des hommes armés ont attaqué un village du Tchad lundi.", "Tchad", "TCD"),
        ("Le Cameroun a fermé sa frontière.", "Cameroun", "CMR"),
        ("Les élections en Guinée ont été reportées.", "Guinée", "GIN"),
        ("Une patrouille a été visée au Burkina mardi.", "Burkina", "BFA"),
        ("La Côte d'Ivoire a envoyé des renforts.", "Côte d'Ivoire", "CIV"),
        ("La Mauritanie a fermé ses frontières.", "Mauritanie", "MRT"),
    ],
)
def test_french_country_names(pipeline, text, surface, country):
    found = {(p.text, p.country, p.feature) for p in _places(pipeline, text)}
    assert (surface, country, "country") in found


@pytest.mark.parametrize(
    ("text", "surface", "country", "feature"),
    [
        ("Des hommes armés ont attaqué un poste de police dans le Nord-Sinaï lundi.", "Nord-Sinaï", "EGY", "admin1"),
        ("Des rebelles ont attaqué un camp militaire en Casamance mardi.", "Casamance", "SEN", "region"),
        ("Les combats ont repris au Darfour.", "Darfour", "SDN", "region"),
        ("Les combats ont repris au Tigré.", "Tigré", "ETH", "admin1"),  # not Tigre, Argentina
    ],
)
def test_french_names_of_conflict_regions(pipeline, text, surface, country, feature):
    found = {(p.text, p.country, p.feature) for p in _places(pipeline, text)}
    assert (surface, country, feature) in found


def test_kind_word_before_a_name_is_read(pipeline):
    text = ("Des soldats ont été tués au Burkina Faso, dans la province du Namentenga, "
            "lors d'une embuscade tendue samedi.")
    places = _places(pipeline, text)
    namentenga = [p for p in places if p.name == "Namentenga"]
    assert namentenga and namentenga[0].country == "BFA"
    assert namentenga[0].feature in ("admin1", "admin2")


@pytest.mark.parametrize(
    ("text", "name"),
    [("Le palais présidentiel de Mogadiscio a été attaqué hier par des hommes armés.", "Mogadishu"),
     ("Des missiles ont frappé l'aéroport de Damas mardi.", "Damascus")],
)
def test_a_building_the_recogniser_takes_with_its_town_leaves_the_town(pipeline, text, name):
    # the recogniser's "palais présidentiel de Mogadiscio" is no name; the town after "de" is
    assert name in {p.name for p in _places(pipeline, text)}


@pytest.mark.parametrize(
    ("span", "tail"),
    [("palais présidentiel de Mogadiscio", "Mogadiscio"), ("aéroport d'Abidjan", "Abidjan"),
     ("aéroport d\u2019Abidjan", "Abidjan"), ("île de Choua", "île de Choua"),
     ("arrondissement de Sindian", "arrondissement de Sindian"), ("hôtel Muna", "hôtel Muna")],
)
def test_a_buildings_head_gives_way_to_its_town_and_a_kind_stays(span, tail):
    from tessera.extraction.places import place_phrases
    from tessera.extraction.places.mentions import _facility_tail
    from tessera.records import Entity

    entity = _facility_tail(Entity(text=span, start=5, end=5 + len(span), label="LOC"), place_phrases("fr"), False)
    assert entity.text == tail and entity.end == 5 + len(span) and entity.end - entity.start == len(tail)


def test_a_town_ending_an_institutions_name_read_as_an_organisation_is_a_place():
    # the recogniser reads "université Marien Ngouabi de Brazzaville" as an organisation from
    # its lower-case noun on, or "Marien Ngouabi de Brazzaville" after it as a person; the town
    # after the last "de" is where the university stands. A name with no facility's noun says
    # nothing of one.
    from tessera.extraction.places import place_phrases
    from tessera.extraction.places.mentions import _institutions_towns
    from tessera.pipeline import Pipeline
    from tessera.records import Entity

    gazetteer = Pipeline.for_language("fr").gazetteer
    text = ("Ils ont marché vers l'université Marien Ngouabi de Brazzaville puis vers l'université "
            "Marien Ngouabi de Brazzaville, chez Marien Ngouabi de Brazzaville.")
    spans = [("ORG", "université Marien Ngouabi de Brazzaville", 0), ("PERSON", "Marien Ngouabi de Brazzaville", 1),
             ("PERSON", "Marien Ngouabi de Brazzaville", 2)]
    entities, at = [], 0
    for label, span, _ in spans:
        start = text.index(span, at)
        entities.append(Entity(text=span, start=start, end=start + len(span), label=label))
        at = start + len(span)
    found = _institutions_towns(text, entities, gazetteer, place_phrases("fr"), False)
    assert [(e.text, e.end, e.label) for e in found] == [
        ("Brazzaville", entities[0].end, "GPE"), ("Brazzaville", entities[1].end, "GPE")]


@pytest.mark.parametrize(
    ("text", "town"),
    [("Des heurts ont éclaté mardi entre étudiants et policiers devant l'université Abdou Moumouni de Niamey.",
      "Niamey"),
     ("Des heurts ont éclaté mardi entre étudiants et policiers devant l'université Joseph Ki-Zerbo de "
      "Ouagadougou.", "Ouagadougou")],
)
def test_a_town_ending_an_institutions_name_places_the_act(pipeline, text, town):
    document = pipeline.extract(Article(id="t", text=text, language="fr"))
    assert town in {p.name for p in document.places}
    assert [i.location.name for i in document.incidents if i.location] == [town]


@pytest.mark.parametrize(
    ("text", "facility", "town"),
    [("Un policier a tiré sur un fidèle dans l'enceinte de la paroisse Saint-Benoît, à Kinshasa.",
      "Saint-Benoît", "Kinshasa"),
     ("Les manifestants se sont rassemblés dans le quartier Plateau d'Abidjan mardi.", "Plateau", "Abidjan")],
)
def test_a_name_after_a_facilitys_noun_is_the_facilitys_not_a_town(pipeline, text, facility, town):
    # a parish, a hotel, a neighbourhood named like a town abroad (Saint-Benoît of Réunion,
    # Plateau State of Nigeria) puts no pin there; the town after it stays
    places = _places(pipeline, text)
    assert not any(p.text == facility for p in places)
    assert town in {p.name for p in places}


def test_a_town_that_names_a_clocks_zone_is_no_place(pipeline):
    # "04H15 heure de Paris" is Paris time: the strikes were in Burma
    text = ("Des frappes aériennes ont touché un village de Birmanie vers 10H15 (04H15 heure de Paris), "
            "faisant 15 morts.")
    assert "Paris" not in {p.name for p in _places(pipeline, text)}


def test_a_town_whose_hour_a_parenthesis_gives_is_no_place(pipeline):
    # "(9 heures à Paris)", "(NDLR : 6 heures à Paris)": Paris's clock, not where the attack was
    for text in ("Des hommes armés ont attaqué un hôtel de Mopti vendredi vers 7 heures (9 heures à Paris), "
                 "tuant deux gardes.",
                 "Les assaillants sont arrivés à Kidal à 5 heures (NDLR : 6 heures à Paris) et ont tué deux soldats.",
                 "L'attaque de Gao a commencé vers 6h30 (8h30 à Paris), selon un témoin."):
        assert "Paris" not in {p.name for p in _places(pipeline, text)}
    # outside a parenthesis the hour and the town tell where and when something happened
    text = "Une manifestation a réuni samedi à 15 heures à Paris des centaines de Maliens de la diaspora."
    assert "Paris" in {p.name for p in _places(pipeline, text)}


def test_a_capital_that_speaks_through_a_quoted_verb_is_its_government(pipeline):
    # "Paris a « déploré »": the quotation marks around the verb change nothing
    for text in ("Paris a « déploré » vendredi l’expulsion de son ambassadeur par la junte nigérienne.",
                 "Paris a déploré vendredi l’expulsion de son ambassadeur par la junte nigérienne."):
        assert {p.name: p.role for p in _places(pipeline, text)}.get("Paris") == "affiliation"
    # a quoted word that is no verb of saying leaves a town where things happened
    text = "Des manifestants ont « envahi » samedi les rues de Paris."
    assert {p.name: p.role for p in _places(pipeline, text)}.get("Paris", "absent") is None


def test_far_side_of_a_border(pipeline):
    text = "L'attaque a eu lieu à Fotokol, au Cameroun, près de la frontière avec le Nigeria."
    roles = {p.name: p.role for p in _places(pipeline, text)}
    assert roles.get("Nigeria") == "border"
    assert roles.get("Cameroon") is None


def test_the_far_side_of_a_border_after_an_elided_article(pipeline):
    # "avec l'Ouganda": the article runs on into the name, with either apostrophe
    for text in ("Des rebelles ont attaqué un village du Soudan du Sud près de la frontière avec l'Ouganda.",
                 "Des rebelles ont attaqué un village du Soudan du Sud non loin des frontières avec l’Ouganda.",
                 "Des rebelles ont attaqué un village du Soudan du Sud à la frontière de l'Ouganda."):
        roles = {p.name: p.role for p in _places(pipeline, text)}
        assert roles.get("Uganda") == "border" and roles.get("South Sudan", "absent") is None
    # a country joined to the far side is the far side too; one told in a clause of its own is not
    text = ("Des rebelles ont attaqué un village du Soudan du Sud non loin des frontières avec l'Ouganda "
            "et la République démocratique du Congo.")
    roles = {p.name: p.role for p in _places(pipeline, text)}
    assert roles.get("Uganda") == roles.get("Democratic Republic of the Congo") == "border"
    text = ("Des rebelles ont attaqué un village du Soudan du Sud près de la frontière avec l'Ouganda, "
            "et le Kenya a dépêché des troupes.")
    assert {p.name: p.role for p in _places(pipeline, text)}.get("Kenya", "absent") is None
    # the same country with an elided article and no border word is where the act was
    text = "Des rebelles ont attaqué des villages de l'Ouganda la semaine dernière."
    assert {p.name: p.role for p in _places(pipeline, text)}.get("Uganda", "absent") is None


def test_a_country_the_event_is_near_is_its_far_side(pipeline):
    # "près du Niger": beside the country, not in it; "près de Kayes", a town, is the landmark
    text = "Des hommes armés ont tué cinq villageois lundi près du Niger, dans le nord du Mali."
    roles = {p.name: p.role for p in _places(pipeline, text)}
    assert roles.get("Niger") == "border"
    assert roles.get("Mali") is None
    text = "Des hommes armés ont tué cinq villageois lundi près de Kayes."
    assert {p.name: p.role for p in _places(pipeline, text)}.get("Kayes", "absent") is None


def test_kind_word_before_the_recognised_name_demands_a_region(pipeline):
    # The recogniser takes only "Tillabéri"; "la région de" before it asks for the region,
    # not the town of the same name.
    text = "Des soldats ont été tués mercredi dans une attaque dans la région de Tillabéri, au Niger."
    (place,) = [p for p in _places(pipeline, text) if p.name.startswith("Till")]
    assert place.feature == "admin1" and place.country == "NER"
    assert place.text == "région de Tillabéri"


def test_a_kind_word_of_a_town_before_a_country_keeps_the_country(pipeline):
    # "un village du Tchad" is a village in Chad: the country stays the place.
    places = _places(pipeline, "Des hommes armés ont attaqué un village du Tchad lundi.")
    assert [(p.text, p.feature) for p in places] == [("Tchad", "country")]


@pytest.mark.parametrize(
    "text",
    [
        "Au Niger, quatre « Toyota » de l'armée ont été détruites lors de l'attaque près de Tillabéri.",
        "Au Niger, une Toyota de l'armée a sauté sur une mine près de Tillabéri.",
        "Au Niger, l'armée a perdu un véhicule \u201cToyota\u201d près de Tillabéri.",
    ],
)
def test_a_town_abroad_named_as_a_thing_is_no_place(pipeline, text):
    places = _places(pipeline, text)
    assert not [p for p in places if p.country == "JPN"]
    assert any(p.country == "NER" for p in places)


def test_a_quoted_town_of_the_article_country_stays_a_place(pipeline):
    text = "Au Niger, des jihadistes ont attaqué la ville de « Tillabéri » mercredi."
    assert any(p.name == "Tillabéri" and p.country == "NER" for p in _places(pipeline, text))


def test_a_division_named_after_its_kind_word_in_an_article_naming_no_country(pipeline):
    # no country is named: "Macina" is found only because "le cercle de" says what it is
    text = "Une patrouille de militaires est tombée dans une embuscade dimanche dans le cercle de Macina."
    places = _places(pipeline, text)
    assert [(p.name, p.feature, p.country) for p in places] == [("Cercle de Macina", "admin2", "MLI")]



def test_a_name_after_a_capitalised_preposition_opening_the_sentence(pipeline):
    places = _places(pipeline, "À Ménaka, des hommes armés ont tué dix civils mardi.")
    assert [(p.text, p.country) for p in places] == [("Ménaka", "MLI")]


@pytest.mark.parametrize(
    "text",
    [
        "Le Mali a connu de nombreuses attaques. Dix soldats ont été tués mardi dans une attaque, "
        "a déclaré à Bamako un responsable de l'armée.",
        "Au Mali, quinze civils ont été tués samedi dans une attaque, a-t-on appris dimanche de sources "
        "sécuritaires à Bamako.",
    ],
)
def test_where_the_news_is_told_from_is_no_incident_place(pipeline, text):
    document = pipeline.extract(Article(id="t", text=text, language="fr"))
    assert [p.role for p in document.places if p.text == "Bamako"] == ["source"]
    assert document.incidents and all(i.location is not None and i.location.name == "Mali"
                                      for i in document.incidents)


def test_the_three_border_zone_in_french(pipeline):
    places = _places(pipeline, "Des soldats ont été tués lundi dans la zone des trois frontières.")
    assert [(p.text, p.name) for p in places] == [("zone des trois frontières", "Liptako-Gourma")]


def test_a_lower_case_name_holding_the_recognisers_name_replaces_it(pipeline):
    # The recogniser reads "Tchad" alone: the lake's French name holds it.
    places = _places(pipeline, "Des jihadistes ont attaqué mardi une île du lac Tchad, tuant dix soldats.")
    assert [(p.text, p.name, p.feature) for p in places] == [("lac Tchad", "Lake Chad", "natural")]


def test_a_compass_part_of_a_country_in_french(pipeline):
    text = "Des hommes armés ont tué six soldats mardi dans une attaque dans le sud-ouest du Niger."
    document = pipeline.extract(Article(id="t", text=text, language="fr"))
    # The toponym keeps the country (with the words in its span) ...
    assert [(p.text, p.feature) for p in document.places] == [("sud-ouest du Niger", "country")]
    # ... the incident takes the part of the country, a region of it.
    (incident,) = document.incidents
    assert incident.location is not None and incident.location.feature == "region"
    assert incident.location.country == "NER" and incident.location.lon is not None and incident.location.lon < 5


def test_an_accord_between_two_capitals_is_between_governments(pipeline):
    text = ("Cent soldats français ont quitté le Tchad vendredi, après la fin de l'accord militaire entre "
            "Paris et N'Djamena.")
    document = pipeline.extract(Article(id="t", text=text, language="fr"))
    assert {p.text: p.role for p in document.places} == {"Tchad": None, "Paris": "affiliation",
                                                         "N'Djamena": "affiliation"}
    assert all(i.location is None or i.location.country == "TCD" for i in document.incidents)


def test_capitale_before_a_countrys_name_is_its_capital(pipeline):
    places = _places(pipeline, "Des policiers ont dispersé une marche dans la capitale du Tchad jeudi.")
    assert [(p.text, p.name, p.country) for p in places] == [
        ("capitale du Tchad", "N'Djamena", "TCD"), ("Tchad", "Chad", "TCD")]
    places = _places(pipeline, "Une centaine de femmes ont manifesté dans la capitale des Comores samedi.")
    assert ("Moroni", "COM") in [(p.name, p.country) for p in places]
    # A region is no country: "la capitale du Borno" names no national capital.
    places = _places(pipeline, "Des tirs ont visé Maiduguri, la capitale du Borno, lundi.")
    assert "Abuja" not in [p.name for p in places]


def test_a_demonym_after_capitale_is_the_countrys_capital(pipeline):
    places = _places(pipeline, "Des centaines de manifestants ont défilé samedi dans la capitale nigérienne.")
    assert [(p.text, p.name, p.country) for p in places] == [("capitale nigérienne", "Niamey", "NER")]


def test_a_distance_and_a_compass_word_move_the_point(pipeline):
    from tessera.resolve.gazetteer import distance_km

    plain = next(p for p in _places(pipeline, "Des soldats ont été tués à Tillia mercredi.") if p.name == "Tillia")
    text = "Des soldats ont été tués mercredi à 40 km au sud-est de Tillia, dans la région de Tahoua."
    moved = next(p for p in _places(pipeline, text) if p.name == "Tillia")
    assert moved.feature == "site" and moved.country == "NER"
    assert distance_km(moved.lat, moved.lon, plain.lat, plain.lon) == pytest.approx(40, rel=0.02)
    assert moved.lat < plain.lat and moved.lon > plain.lon


def test_the_word_for_a_town_before_a_name_makes_it_the_town(pipeline):
    # Tillabéri is a town and the region named after it: "la ville de" says the town,
    # "la région de" the region.
    town = [p for p in _places(pipeline, "Des hommes armés ont attaqué la ville de Tillabéri lundi.")
            if p.name.startswith("Till")]
    assert [(p.feature, p.country) for p in town] == [("city", "NER")]
    region = [p for p in _places(pipeline, "Des soldats ont été tués dans la région de Tillabéri.")
              if p.name.startswith("Till")]
    assert [(p.feature, p.country) for p in region] == [("admin1", "NER")]


def test_the_streets_of_a_name_make_it_the_town(pipeline):
    # A region and its chief town share the name: its streets are the town's, even after
    # the article named the region ("dans la région de Tillabéri ... dans les rues de Tillabéri").
    text = ("La colère monte dans la région de Tillabéri depuis des mois. Mardi, des centaines de jeunes "
            "ont manifesté dans les rues de Tillabéri.")
    found = [(p.feature, p.country) for p in _places(pipeline, text) if p.name.startswith("Till")]
    assert found == [("admin1", "NER"), ("city", "NER")]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # A death reported at a town happened there; the parse may label the passive
        # subject a plain nsubj, or take an ordinal for its head ("un 2e décès").
        ("Après l'explosion, un 2e décès a été signalé à Tillabéri mardi.", None),
        ("Des affrontements ont été signalés à Tillabéri mardi.", None),
        # What was announced at a town (a pronoun's passive) is news told from there.
        ("Il a été annoncé à Niamey que le couvre-feu est levé.", "source"),
    ],
)
def test_what_a_passive_report_places_happened_there(pipeline, text, role):
    town = next(p for p in _places(pipeline, text) if p.country == "NER")
    assert town.role == role


def test_a_territory_is_the_division_not_its_namesake_town(pipeline):
    text = "Des rebelles ont tué six civils à Oicha, dans le territoire de Beni, au Congo."
    beni = [p for p in _places(pipeline, text) if p.name.startswith("Beni")]
    assert [(p.feature, p.country, p.text) for p in beni] == [("admin2", "COD", "territoire de Beni")]


def test_a_district_is_the_second_level_division(pipeline):
    # "le district de X" names a second-level division, as "the district of X" does in English:
    # the incident is placed there, not only in the state told after it.
    text = "Des hommes armés ont tué six agriculteurs lundi dans le district de Gwoza, dans l'Etat de Borno."
    gwoza = [p for p in _places(pipeline, text) if p.name.startswith("Gwoza")]
    assert [(p.feature, p.country) for p in gwoza] == [("admin2", "NGA")]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # A distance of 50 km or more before a name makes it a bearing: the town told beside it
        # is where the act happened.
        ("Trois civils ont été tués mardi à Bambari, à plus de 300 kilomètres de la capitale Bangui.", "Bambari"),
        ("À Kaya, à environ 100 km au nord-est de Ouagadougou, deux policiers ont été tués lundi.", "Kaya"),
        # ... a collective numeral too.
        ("Deux gendarmes ont été tués jeudi à Moundou, à une centaine de kilomètres de N'Djamena.", "Moundou"),
        # ... and how the distance is measured may stand between the unit and the name; a later
        # sentence with no place of its own stays at the town, not at the bearing.
        ("Un soldat a été tué dimanche à Bambari (400 km à vol d'oiseau de Bangui). "
         "L'attaque a eu lieu alors que les soldats escortaient un convoi.", "Bambari"),
    ],
)
def test_a_town_a_long_distance_is_measured_from_is_a_bearing(pipeline, text, town):
    document = pipeline.extract(Article(id="t", text=text, language="fr"))
    assert document.incidents
    assert all(i.location is not None and i.location.name == town for i in document.incidents)


@pytest.mark.parametrize(
    ("text", "name", "feature"),
    [
        # A distance in apposition to a province says where the province lies: the town it is
        # measured from is no place of the act, however near.
        ("Des bandits ont abattu deux commerçants jeudi dans la province de Bubanza (30 km de Bujumbura).",
         "Bubanza", "admin1"),
        ("Trois soldats ont été tués mardi dans la région de Tahoua, à 20 km de Tillia.", "Tahoua", "admin1"),
    ],
)
def test_the_town_a_distance_is_measured_from_is_not_where_the_act_happened(pipeline, text, name, feature):
    document = pipeline.extract(Article(id="t", text=text, language="fr"))
    assert document.incidents
    assert {(i.location.name, i.location.feature) for i in document.incidents if i.location} == {(name, feature)}


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        # A village no gazetteer holds, told by its distance from a town: the incident stays at the
        # town for want of another place, at the precision that distance allows.
        ("Des rebelles ont tué quatre personnes dimanche à Ngalakoro, à 80 km de Bambari.", "district"),
        ("Des rebelles ont tué quatre personnes dimanche à Ngalakoro, à 200 km de la capitale Bangui.", "region"),
        ("Des rebelles ont tué quatre personnes dimanche à Ngalakoro, 600 km au nord-est de la capitale Bangui.",
         "country"),
        # French groups thousands with a space (or a narrow no-break one): 1 200 km, not 200.
        ("Des rebelles ont tué quatre personnes dimanche à Ngalakoro, à 1 200 km de la capitale Bangui.", "country"),
        ("Des rebelles ont tué quatre personnes dimanche à Ngalakoro, à 1\u202f200 km de la capitale Bangui.",
         "country"),
        # A collective number: "une centaine" is about 100 km, "quelques centaines" at least 200.
        ("Des rebelles ont tué quatre personnes dimanche à Ngalakoro, à une centaine de km de Bambari.", "district"),
        ("Des rebelles ont tué quatre personnes dimanche à Ngalakoro, à quelques centaines de km de Bambari.",
         "region"),
    ],
)
def test_an_incident_at_a_town_a_long_distance_is_measured_from_is_only_that_near(pipeline, text, precision):
    document = pipeline.extract(Article(id="t", text=text, language="fr"))
    assert [(i.location.feature, i.geo_precision) for i in document.incidents if i.location] == [("city", precision)]


def test_a_town_named_beside_a_long_distance_keeps_its_own_precision(pipeline):
    # The act's own town is placed: the town the distance is measured from is a bearing, and
    # the town keeps a town's precision.
    text = "Trois civils ont été tués mardi à Bambari, à plus de 300 kilomètres de la capitale Bangui."
    document = pipeline.extract(Article(id="t", text=text, language="fr"))
    assert [(i.location.name, i.geo_precision) for i in document.incidents if i.location] == [("Bambari", "town")]


def test_distant_references_give_the_distance_of_a_bearing_that_locates_no_named_place():
    from tessera.extraction.places import distant_references, place_phrases
    from tessera.records import Place

    text = "à Ngalakoro, à 120 km de Bangui ; à Bambari, à 90 km de Bangui ; à 20 km de Bangui."
    starts = [i for i in range(len(text)) if text.startswith("Bangui", i)]
    bangui = [Place(text="Bangui", start=s, end=s + 6, name="Bangui", lat=4.36, lon=18.55, country="CAF",
                    feature="city") for s in starts]
    bambari = Place(text="Bambari", start=text.index("Bambari"), end=text.index("Bambari") + 7, name="Bambari",
                    lat=5.76, lon=20.67, country="CAF", feature="city")
    found = distant_references(text, [*bangui, bambari], place_phrases("fr"))
    # The first is measured from Bangui for an unknown village (120 km); the second locates
    # Bambari, a town the text names; the third is too near to be a bearing.
    assert found == {starts[0]: 120.0}


def test_a_town_no_gazetteer_holds_near_a_town_is_an_offset_point_from_it(pipeline):
    # Within the offset reach, the distance and compass word still move the town's point.
    text = "Des miliciens ont tué cinq villageois lundi à Ndolobo, 40 km au nord-est de Bangui."
    document = pipeline.extract(Article(id="t", text=text, language="fr"))
    assert [(i.location.name, i.location.feature) for i in document.incidents if i.location] == [("Bangui", "site")]


def test_a_town_named_as_what_the_town_before_is_part_of_is_a_bearing(pipeline):
    # "Sévaré, un faubourg de la ville de Mopti": Mopti says where Sévaré lies, so a later
    # sentence with no place of its own stays at Sévaré.
    text = ("Au Mali, des hommes armés ont attaqué mardi un poste à Sévaré, un faubourg de la ville de Mopti. "
            "La police a demandé de l'aide pour repousser l'assaut, qui a fait dix morts.")
    document = pipeline.extract(Article(id="t", text=text, language="fr"))
    assert {i.type for i in document.incidents} == {"ASSAULT", "REQUEST"}
    assert all(i.location is not None and i.location.name == "Sévaré" for i in document.incidents)


@pytest.mark.parametrize(
    "text",
    ["Des hommes armés ont tué quatre gendarmes lundi à Béoumi, au nord de Bouaké. "
     "Un couvre-feu a été instauré mardi.",
     "Des hommes armés ont tué quatre gendarmes lundi à Béoumi, à l'ouest de Bouaké. "
     "Un couvre-feu a été instauré mardi."],
)
def test_a_town_a_compass_word_alone_points_from_is_a_bearing(pipeline, text):
    # "à Béoumi, au nord de Bouaké" with no distance: Bouaké says where Béoumi lies, and the
    # curfew of the next sentence, with no place of its own, is at Béoumi too.
    document = pipeline.extract(Article(id="t", text=text, language="fr"))
    assert {p.name for p in document.places} >= {"Béoumi", "Bouaké"}
    assert sorted((i.type, i.location.name) for i in document.incidents if i.location) == [
        ("ASSAULT", "Béoumi"), ("COERCE", "Béoumi")]


@pytest.mark.parametrize(
    ("a", "b", "near"),
    [("Bougouanou", "Bongouanou", True), ("Toummour", "Toumour", True), ("Kaeidi", "Kaédi", False),
     ("Sévaré", "Séavré", True), ("Sévaré", "Sévaré", False), ("Niamey", "Niamay", True),
     ("Niamey", "Mamey", False), ("Niamey", "Niameys", True), ("Niamey", "Nimy", False)],
)
def test_one_edit_apart(a, b, near):
    from tessera.extraction.places.distances import _one_edit

    assert _one_edit(a, b) is near and _one_edit(b, a) is near


def test_a_town_misspelt_after_a_preposition_is_the_town_the_article_names(pipeline):
    # "A Dimbrokro" one letter off Dimbokro, named before: the looting is there, and so is the
    # barricade of the next sentence, not at the village whose chief spoke.
    text = ("Des affrontements ont fait deux morts samedi à Dimbokro, a indiqué le chef du village de Brobo. "
            "A Dimbrokro, de nombreux commerces ont été pillés et brûlés. "
            "Des jeunes ont érigé des barricades sur les routes.")
    document = pipeline.extract(Article(id="t", text=text, language="fr"))
    misspelt = [p for p in document.places if p.text == "Dimbrokro"]
    assert [(p.name, p.country) for p in misspelt] == [("Dimbokro", "CIV")]
    assert {i.location.name for i in document.incidents if i.location and i.type == "PROTEST"} == {"Dimbokro"}


def test_a_word_one_letter_off_a_town_after_no_preposition_or_too_short_is_no_place(pipeline):
    text = ("Des affrontements ont fait deux morts samedi à Bouaké et à Daloa. Bouakké a dit que la ville "
            "était calme. A Dalao, rien.")
    document = pipeline.extract(Article(id="t", text=text, language="fr"))
    assert not any(p.text in ("Bouakké", "Dalao") for p in document.places)


def test_a_distance_in_apposition_says_where_the_town_just_named_lies(pipeline):
    # Three words between the comma and the distance ("située à environ"): the distance places
    # Gharyan, it moves no point off Tripoli, and a later sentence with no place is still at Gharyan.
    text = ("Des affrontements ont éclaté jeudi à Gharyan, située à environ 80 km au sud de Tripoli. "
            "Les combats ont fait trois morts parmi les miliciens.")
    document = pipeline.extract(Article(id="t", text=text, language="fr"))
    tripoli = [p for p in document.places if p.text == "Tripoli"]
    assert tripoli and tripoli[0].feature == "city"
    assert document.incidents
    assert all(i.location is not None and i.location.name == "Gharyan" for i in document.incidents)


def test_a_french_spelling_of_a_libyan_town(pipeline):
    places = _places(pipeline, "Des miliciens se sont affrontés mardi à Zaouïa, dans l'ouest de la Libye.")
    assert ("Zaouïa", "Zawiya", "LBY", "city") in {(p.text, p.name, p.country, p.feature) for p in places}


def test_a_name_after_the_word_for_an_island_is_read(pipeline):
    text = ("En Tunisie, un gendarme a ouvert le feu mardi soir près d'une synagogue sur l'île de Djerba, "
            "tuant deux fidèles.")
    document = pipeline.extract(Article(id="t", text=text, language="fr"))
    assert ("Djerba", "TUN", "city") in {(p.text, p.country, p.feature) for p in document.places}
    assert document.incidents and all(i.location is not None and i.location.feature == "city"
                                      for i in document.incidents)


def test_a_country_after_a_la_tete_de_is_its_state(pipeline):
    # Who rules a country is no place: the protest stays in the town named before.
    text = ("Samedi, la police a dispersé une marche à Moundou. Des milliers de personnes y ont manifesté "
            "contre la succession du président à la tête du Tchad.")
    document = pipeline.extract(Article(id="t", text=text, language="fr"))
    assert [p.role for p in document.places if p.text == "Tchad"] == ["affiliation"]
    protests = [i for i in document.incidents if i.type == "PROTEST"]
    assert protests and all(i.location is not None and i.location.name == "Moundou" for i in protests)


@pytest.mark.parametrize("mission", [
    "les casques bleus de la Mission des Nations unies pour la stabilisation au Mali",
    "des soldats de l'Opération des Nations unies en Côte d'Ivoire",
])
def test_a_country_in_a_missions_name_is_whose_force_it_is(pipeline, mission):
    # The country a UN mission serves, named in the mission's name, is no place of the act:
    # the troops deployed "dans toute la ville" stay in the town told before.
    country = "Mali" if "Mali" in mission else "Côte d'Ivoire"
    town = "Kati" if country == "Mali" else "Bouaflé"
    text = (f"Lundi, deux jeunes ont été tués lors d'affrontements à {town}. En fin de journée, des policiers "
            f"ont été déployés dans toute la ville, appuyés par {mission}.")
    document = pipeline.extract(Article(id="t", text=text, language="fr"))
    assert [p.role for p in document.places if p.text == country] == ["affiliation"]
    deployments = [i for i in document.incidents if i.type == "MOBILIZE"]
    assert deployments and all(i.location is not None and i.location.name == town for i in deployments)


def test_a_country_after_en_provenance_de_is_where_the_attackers_came_from(pipeline):
    # "un groupe armé en provenance du Rwanda": an origin, not where the attack happened.
    text = "Un groupe armé en provenance du Rwanda a attaqué mardi une position de l'armée burundaise au Burundi."
    document = pipeline.extract(Article(id="t", text=text, language="fr"))
    assert [p.role for p in document.places if p.text == "Rwanda"] == ["affiliation"]
    assert [(i.type, i.location.name) for i in document.incidents if i.location] == [("ASSAULT", "Burundi")]


@pytest.mark.parametrize(
    ("text", "origins"),
    [
        # The "de" object of a verb of coming, with the towns coordinated with it.
        ("Des heurts ont fait deux morts à Katiola. Des soldats venus de Korhogo, Séguéla et Bouaké "
         "ont été déployés.", {"Korhogo", "Séguéla", "Bouaké"}),
        # A name under "depuis", through the nouns it hangs on.
        ("Des heurts ont fait deux morts à Katiola. Des gendarmes dépêchés depuis la ville voisine de Bouaké "
         "ont patrouillé toute la nuit.", {"Bouaké"}),
    ],
)
def test_a_town_people_came_from_is_no_place_of_the_act(pipeline, text, origins):
    document = pipeline.extract(Article(id="t", text=text, language="fr"))
    assert {p.text for p in document.places if p.role == "affiliation"} == origins
    # The deployment is in the town of the clashes, not where the forces came from.
    deployed = [i for i in document.incidents if i.type in ("MOBILIZE", "PATROL")]
    assert deployed and all(i.location is not None and i.location.name == "Katiola" for i in deployed)


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        # The direction on a verb of carrying, directly or through a noun of a settlement.
        ("Trois soldats ont été tués mardi dans une attaque à Djibo. Les blessés ont été évacués sur "
         "Ouagadougou.", {"Ouagadougou"}),
        ("Une bombe a tué deux civils samedi à Ansongo. Les blessés ont été transférés vers la ville voisine "
         "de Gao.", {"Gao"}),
        ("Deux gendarmes ont été tués jeudi à Kidal ; leurs corps ont été rapatriés jusqu'à Bamako.", {"Bamako"}),
        # On a noun of carrying.
        ("Quatre civils ont été tués lundi à Kaya. Lors de leur évacuation vers Ouagadougou, deux blessés "
         "sont morts.", {"Ouagadougou"}),
        # Soldiers told wounded are carried as the wounded are, not sent as a force.
        ("Trois soldats ont été tués mardi à Djibo. Les soldats blessés ont été évacués vers Ouagadougou.",
         {"Ouagadougou"}),
    ],
)
def test_where_the_wounded_are_carried_to_is_no_place_of_the_act(pipeline, text, ends):
    document = pipeline.extract(Article(id="t", text=text, language="fr"))
    assert {p.text for p in document.places if p.role == "route"} == ends
    assert all(i.location is None or i.location.name not in ends for i in document.incidents)


@pytest.mark.parametrize(
    "text",
    [
        # "à" also says where one is; a hospital or a camp of a town may be where the act was.
        "Deux civils ont été tués samedi dans une attaque. Les blessés ont été hospitalisés à Kaya.",
        "Deux civils ont été tués samedi. Les blessés ont été évacués vers l'hôpital de Kaya.",
        # The place left, and the goal of a deployment, are where the act is.
        "Deux soldats ont été tués samedi à Djibo. Les autres ont été évacués de Djibo mardi.",
        "Des renforts ont été déployés vers Djibo après l'attaque de lundi.",
        "L'armée a mené une opération sur Djibo lundi.",
        # Forces or their supplies carried somewhere are deployed or delivered there.
        "Des centaines de soldats ont été acheminés vers Djibo après l'attaque de lundi.",
        "Des vivres et des munitions ont été acheminés vers Djibo après l'attaque de lundi.",
        "Les renforts acheminés vers Djibo mardi ont repoussé l'attaque.",
    ],
)
def test_a_place_a_carrying_verb_does_not_point_to_stays_a_place(pipeline, text):
    assert all(p.role != "route" for p in _places(pipeline, text))


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # "acheminer" and "transférer" also send troops: a deployment's end is its place.
        ("Des renforts militaires ont été acheminés vers Djibo après l'attaque de lundi.", "Djibo"),
        ("Des renforts ont été transférés vers Djibo après l'attaque.", "Djibo"),
        ("Des troupes supplémentaires ont été acheminées sur Gao mardi.", "Gao"),
    ],
)
def test_where_forces_are_carried_to_is_the_place_of_the_act(pipeline, text, town):
    document = pipeline.extract(Article(id="t", text=text, language="fr", published="2024-03-09"))
    assert all(p.role != "route" for p in document.places)
    assert any(i.location is not None and i.location.name == town for i in document.incidents)


def test_depuis_as_an_adverb_before_another_preposition_is_no_origin(pipeline):
    # "qui vit depuis en Côte d'Ivoire": since then, not from there.
    text = "L'ancien président, renversé en 2014, vit depuis en Côte d'Ivoire."
    document = pipeline.extract(Article(id="t", text=text, language="fr"))
    assert [p.role for p in document.places if p.country == "CIV"] == [None]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Dakar | Trois gendarmes ont été blessés jeudi.", "Dakar"),
        (" date 2021-04 Dakar | Trois gendarmes ont été blessés jeudi.", "Dakar"),  # a page's date marker first
        ("Kinshasa, 14 février 2025 - Des miliciens ont incendié un marché.", "Kinshasa"),
        ("Niamey, le 3 mars (ANP) - Le gouverneur a visité le camp.", "Niamey"),
        (" date 2019-05 BAMAKO (AFP) - Une patrouille a sauté sur une mine.", "BAMAKO"),
        (" date 2019-05 Niamey — Une patrouille a sauté sur une mine.", "Niamey"),
        ("Un camp attaqué dans l'Est\nN’Djamena, 2 mai 2021 (AFP) - Des soldats ont été tués.", "N’Djamena"),
        ("Bobo-Dioulasso, 1er juin 2020 – Un marché a brûlé.", "Bobo-Dioulasso"),
        # A town in parentheses alone at the start, under any of its names.
        (" date 2022-09 (Beyrouth) Deux obus sont tombés près d'un poste frontalier.", "Beyrouth"),
        ("(Kaboul) Une explosion a visé un marché lundi.", "Kaboul"),
        # The town and the agency's credit on a line of their own after the headline.
        ("Un poste attaqué\n\nNairobi (AFP)\n\nDeux gardes ont été blessés mardi.", "Nairobi"),
        ("Un poste attaqué\nKaboul (Afghanistan) (AFP)\nDeux gardes ont été blessés.", "Kaboul"),
    ],
)
def test_french_datelines(text, town):
    from tessera.extraction.places import dateline_span

    span = dateline_span(text)
    assert span is not None and text[span[0] : span[1]] == town


@pytest.mark.parametrize(
    "text",
    [
        "Dakar, 12 blessés - le bilan est provisoire.",  # no month: a sentence, not a date
        "APAnews | Dix soldats ont été tués.",  # an outlet's brand before the bar
        "Un titre\nAccueil | Politique | Société",  # a bar on a later line is a menu's
        "Mali: l'armée se retire d'un camp",
        "(Belga) Deux gardes ont été blessés mardi.",  # an agency's credit, no town
        "(Liban) Deux gardes ont été blessés mardi.",  # a country is no dateline's town
        "(Reportage) Deux gardes ont été blessés mardi.",
        "Un titre\nDes Gardes Blessés (AFP)\nDeux gardes ont été blessés.",  # a headline before its credit
    ],
)
def test_no_french_dateline(text):
    from tessera.extraction.places import dateline_span

    assert dateline_span(text) is None


def test_a_french_dateline_town_is_a_fallback_only(pipeline):
    text = ("Dakar | Deux soldats ont été tués lundi lors d'affrontements avec des rebelles en Gambie, "
            "a annoncé l'armée.")
    document = pipeline.extract(Article(id="t", text=text, language="fr"))
    assert [p.role for p in document.places if p.text == "Dakar"] == ["dateline"]
    assert document.incidents and all(i.location is not None and i.location.name == "Gambia"
                                      for i in document.incidents)


def test_a_parenthesised_dateline_town_is_a_fallback_only(pipeline):
    # "(Beyrouth)" says where the report was filed: the village named is the event's place.
    text = (" date 2022-09 (Beyrouth) Deux civils ont été tués lundi par une frappe de drone sur le village "
            "de Khiam, dans le sud du Liban, a annoncé l'armée.")
    document = pipeline.extract(Article(id="t", text=text, language="fr"))
    assert [p.role for p in document.places if p.text == "Beyrouth"] == ["dateline"]
    assert document.incidents and all(i.location is not None and i.location.name != "Beirut"
                                      for i in document.incidents)


def test_a_town_inside_a_named_division_is_no_namesake_abroad(pipeline):
    # Boma is a Congolese town in the gazetteer; the one in Chad's Lac province is not.
    text = ("Des jihadistes ont attaqué dimanche une position de l'armée à Boma, dans la province du Lac, "
            "tuant douze soldats. La presqu'île de Boma est difficile d'accès.")
    document = pipeline.extract(Article(id="t", text=text, language="fr"))
    assert not [p for p in document.places if p.country == "COD"]
    assert ("Lac", "TCD") in {(p.name, p.country) for p in document.places}
    assert document.incidents and all(i.location is not None and i.location.country == "TCD"
                                      for i in document.incidents)


@pytest.mark.parametrize("between", [", dans le nord du", ", située dans le nord-est du",
                                     ", localisée dans le centre du"])
def test_a_town_the_words_put_in_a_country_is_no_namesake_abroad(pipeline, between):
    # The gazetteer knows Palma only in Spain and Brazil; the words put this one in Mozambique,
    # and the town named again later is the same one.
    text = (f"Des insurgés ont pris jeudi la ville de Palma{between} Mozambique, tuant au moins douze civils. "
            "Les forces gouvernementales se sont retirées de Palma vendredi.")
    document = pipeline.extract(Article(id="t", text=text, language="fr"))
    assert not [p for p in document.places if p.country in ("ESP", "BRA")]
    assert document.incidents and all(i.location is not None and i.location.country == "MOZ"
                                      for i in document.incidents)


@pytest.mark.parametrize("noun", ["habitants", "populations", "résidents"])
def test_the_people_of_a_town_name_it(pipeline, noun):
    # As English reads "residents of Djibo".
    places = _places(pipeline, f"Les {noun} de Bankass ont manifesté mardi contre l'insécurité.")
    assert ("Bankass", "MLI", "city") in {(p.text, p.country, p.feature) for p in places}


@pytest.mark.parametrize(
    ("text", "capital", "role"),
    [
        ("Rome a déploré mardi l’attaque du camp par des hommes armés.", "Rome", "affiliation"),
        ("Le retrait serait une mesure imposée par Washington après l’attaque du camp.", "Washington", "affiliation"),
        ("Des milliers de personnes ont manifesté contre Paris samedi à Niamey.", "Paris", "affiliation"),
        ("Le retrait scelle la rupture entre Paris et le régime militaire au pouvoir.", "Paris", "affiliation"),
        # la scène reste un lieu
        ("Des milliers de personnes ont manifesté à Paris samedi contre la réforme.", "Paris", None),
        ("Le convoi est passé par Bamako avant de rejoindre Kati.", "Bamako", None),
    ],
)
def test_a_capital_that_acts_is_its_government(pipeline, text, capital, role):
    roles = {p.text: p.role for p in _places(pipeline, text)}
    assert roles[capital] == role


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        # a post of the forces or a camp is at its town, the kind word read with the name
        ("Au Mali, les derniers soldats ont quitté la base d’Ansongo jeudi.", "Ansongo", "Ansongo"),
        ("Au Mali, les derniers soldats ont quitté la base d'Ansongo jeudi.", "Ansongo", "Ansongo"),
        ("Au Burkina Faso, le détachement de Kaya a été la cible d'une attaque samedi.", "Kaya", "Kaya"),
        # an elided division word joins its name without a space
        ("Au Niger, trois soldats ont été tués mardi dans la région d’Agadez.", "Agadez", "Agadez"),
    ],
)
def test_a_post_or_elided_kind_word_names_its_town(pipeline, text, surface, name):
    document = pipeline.extract(Article(id="t", text=text, language="fr"))
    assert any(surface in p.text and p.name == name for p in document.places)
    assert document.incidents and all(i.location is not None and i.location.name == name
                                      for i in document.incidents)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Huit soldats ont été tués jeudi au Togo dans une embuscade. L'embuscade a eu lieu près du village de "
         "Tiwoli, à 15 km au Nord-Ouest de la localité.", "TGO"),
        ("Trois civils ont été tués mercredi au Mali par des hommes armés. Ils ont été tués au Nord-Ouest de la "
         "commune, selon un élu local.", "MLI"),
    ],
)
def test_a_division_far_abroad_with_no_tie_is_no_place(pipeline, text, country):
    # "Nord-Ouest" is a Haitian department in the gazetteer: in a story about a West African
    # country that names nothing else in Haiti (nor in a neighbour of it), a compass word.
    document = pipeline.extract(Article(id="t", text=text, language="fr"))
    assert not [p for p in document.places if p.country == "HTI"]
    assert document.incidents and all(i.location is not None and i.location.country == country
                                      for i in document.incidents)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Trois civils ont été tués samedi en Centrafrique lors d'une attaque à Kaïta, selon la Minusca.", "CAF"),
        ("Cinq soldats ont été tués lundi au Mali dans une embuscade près de Kaïta, selon l'armée.", "MLI"),
    ],
)
def test_a_town_far_abroad_with_no_tie_is_no_place(pipeline, text, country):
    # Kaitaichi is a Japanese town of some 25,000 people: in a story about a country far from
    # Japan (neither it nor a neighbour) that names nothing else there, no reading of "Kaïta".
    document = pipeline.extract(Article(id="t", text=text, language="fr"))
    assert not [p for p in document.places if p.country == "JPN"]
    assert document.incidents and all(i.location is not None and i.location.country == country
                                      for i in document.incidents)


def test_a_division_of_a_neighbouring_country_stays_a_place(pipeline):
    text = ("Des hommes armés ont attaqué lundi un poste de police au Niger, près de la frontière. "
            "Les assaillants venaient de l'État de Borno, selon une source sécuritaire.")
    assert ("Borno", "NGA", "admin1") in {(p.name, p.country, p.feature) for p in _places(pipeline, text)}


def test_far_divisions_is_french_data_only():
    from tessera.extraction.places import place_phrases

    assert place_phrases("fr").far_divisions
    assert not place_phrases("en").far_divisions


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_events_stage_and_the_assembly_read_the_same_aside_words(language: str) -> None:
    # events_fr keeps a sentence from inheriting a town named aside, the assembly keeps such a
    # town from being an incident's place: one list of words, read alike by both stages.
    from tessera.assemble import default_assemble_rules
    from tessera.extraction.places import aside_words

    assert aside_words(language) == default_assemble_rules(language).aside_words()



def test_a_town_inside_a_commune_named_with_its_kind_word_is_no_namesake_abroad(pipeline):
    # Kōka is a Japanese city; "dans la commune de Malanville" (the kind word outside the name)
    # puts this Koka in Benin, where the gazetteer holds none: the incident is at Malanville.
    text = "Trois bergers ont été tués lundi à Koka, dans la commune de Malanville, selon la police."
    document = pipeline.extract(Article(id="t", text=text, published="2016-05-26", language="fr"))
    assert not [p for p in document.places if p.country == "JPN"]
    assert document.incidents and all(i.location is not None and i.location.country == "BEN"
                                      for i in document.incidents)


def test_the_towns_a_hyphened_road_joins_are_places(pipeline):
    text = ("Au Burkina Faso, douze soldats ont été tués mardi sur l'axe Djibo-Bourzanga "
            "par un engin explosif, selon l'armée.")
    found = {(p.text, p.country) for p in _places(pipeline, text)}
    assert ("Djibo", "BFA") in found and ("Bourzanga", "BFA") in found


def test_a_road_in_a_sentence_naming_another_town_adds_no_end(pipeline):
    text = ("Au Burkina Faso, des hommes armés ont attaqué mardi Kaya, "
            "sur l'axe Djibo-Bourzanga, selon l'armée.")
    names = {p.text for p in _places(pipeline, text)}
    assert "Kaya" in names and "Djibo" not in names and "Bourzanga" not in names


def test_a_road_beside_another_town_names_no_site(pipeline):
    text = ("Au Mali, des jihadistes ont attaqué lundi un convoi entre Kati et Kolokani, "
            "sur l'axe Kayes-Bamako, selon l'armée.")
    roles = {p.text: p.role for p in _places(pipeline, text)}
    assert roles.get("Kayes") == "route" and roles.get("Bamako") == "route"
    assert roles.get("Kati", "absent") is None


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Le calme est revenu à Abéché, dans l'est du Tchad. Les rebelles se sont emparés d'Am Timan.", "Am Timan"),
        ("Au Mali, la situation reste tendue. Des jihadistes se sont emparés de Ménaka dimanche.", "Ménaka"),
        ("Au Tchad, des rebelles cherchent à s'emparer de Goz Beida avant la saison des pluies.", "Goz Beida"),
    ],
)
def test_the_place_a_verb_of_seizing_takes_after_its_preposition(pipeline, text, town):
    # "s'emparer de X": the place taken stands after the verb's preposition, as after
    # "la prise de X"; a town the recogniser leaves out is still read there.
    assert town in {p.name for p in _places(pipeline, text) if p.feature == "city"}


@pytest.mark.parametrize(
    "text",
    [
        "En octobre, des rebelles se sont emparés de Goz Beïda et d'Am Timan, dans l'est du Tchad.",
    ],
)
def test_a_name_conjoined_with_a_place_is_a_place(pipeline, text):
    # "d'Am Timan" after "et" stands where the place before it stands, which the scan
    # reads off the recogniser's toponym (the recogniser may take the second for a person).
    names = {p.name for p in _places(pipeline, text)}
    assert "Am Timan" in names


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Des hommes armés ont ouvert le feu mardi dans un hôtel de Sévaré, au Mali.", "Sévaré"),
        ("Trois fidèles ont été tués jeudi dans la mosquée de Dablo, au Burkina Faso.", "Dablo"),
    ],
)
def test_a_building_of_a_town_names_the_town(pipeline, text, town):
    # "un hôtel de X", "la mosquée de X" (data/fr/places.yaml `building_of_nouns`): the
    # building stands in the town, read even where the recogniser takes the name for a person's.
    assert town in {p.name for p in _places(pipeline, text) if p.feature == "city"}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Mardi, des hommes armés ont pris d'assaut le collège privé «Saint Pierre» de Kumba, chef-lieu du "
         "département, dans la région du Sud-Ouest du Cameroun.", "Kumba"),
        ("Au Togo, un habitant de Mandouri, chef-lieu de la préfecture de Kpendjal, dit que le calme est revenu.",
         "Mandouri"),
        ("Au Burkina Faso, des orpailleurs ont été tués sur l'axe Dori, chef-lieu de la région du Sahel, "
         "et Gorom-Gorom.", "Dori"),
        ("En Côte d'Ivoire, un camp militaire a été attaqué samedi. Grabo, une petite ville proche de la frontière, "
         "est calme.", "Grabo"),
    ],
)
def test_a_name_described_after_a_comma_as_a_settlement_is_that_town(pipeline, text, town):
    # "X, chef-lieu de ...", "X, une petite ville ..." (data/fr/places.yaml `described_after_nouns`):
    # the name is the town, however the recogniser labelled it and wherever it stands.
    assert town in {p.name for p in _places(pipeline, text) if p.feature == "city"}


@pytest.mark.parametrize(
    "text",
    [
        "Au Mali, Moussa Traoré, un habitant du village, a été tué lundi.",
        "Au Niger, Amadou Issa, le maire de la commune, a condamné l'attaque.",
        # "cité" after a comma is the participle of "citer"
        "Au Mali, le général Koné, cité par l'AFP, a affirmé que des jihadistes avaient attaqué un poste lundi.",
    ],
)
def test_a_person_described_after_a_comma_is_no_town(pipeline, text):
    # a comma and a noun that is no settlement's (an inhabitant, a mayor "de la commune")
    assert {p.feature for p in _places(pipeline, text)} <= {"country"}


@pytest.mark.parametrize(
    ("text", "town", "start"),
    [
        ("En Côte d'Ivoire, un camp situé près de Grabo a été attaqué samedi. Grabo avait déjà été frappée "
         "en 2014.", "Grabo", 68),
        ("Au Mali, des soldats ont été tués à Sokolo mardi. Sokolo est situé dans le cercle de Niono.", "Sokolo", 50),
        ("Au Bénin, des violences ont éclaté à Tchaourou. Boni Yayi, natif de Tchaourou, a appelé au calme.",
         "Tchaourou", 68),
    ],
)
def test_a_name_repeating_a_place_of_the_article_is_that_place(pipeline, text, town, start):
    # `repeated_names`: the whole capitalised run repeats a toponym the article reads elsewhere
    assert (town, start) in {(p.name, p.start) for p in _places(pipeline, text)}


def test_a_longer_name_holding_a_place_of_the_article_is_no_repeat(pipeline):
    # "Boni Yayi" is no "Boni", nor "Kaya Traoré" the town of Kaya: the whole run only
    text = "Au Burkina Faso, des soldats ont été tués à Kaya lundi. Kaya Traoré, un commerçant, a témoigné."
    assert [p.start for p in _places(pipeline, text) if p.name == "Kaya"] == [text.index("Kaya")]


def test_described_after_is_french_data_only():
    from tessera.extraction.places import place_phrases

    assert place_phrases("fr").described_after is not None
    assert place_phrases("en").described_after is None


@pytest.mark.parametrize(
    ("text", "name", "feature"),
    [
        # an elided kind word outside the name: the division, as with "de" before a consonant
        ("En RDC, des miliciens ont tué six civils jeudi dans le territoire d'Uvira, au Sud-Kivu.", "Uvira",
         "admin2"),
        ("Au Mali, des soldats ont été tués lundi dans le cercle d'Ansongo, selon l'armée.", "Ansongo Cercle",
         "admin2"),
    ],
)
def test_an_elided_kind_word_names_its_division(pipeline, text, name, feature):
    document = pipeline.extract(Article(id="t", text=text, language="fr"))
    assert any(p.name == name and p.feature == feature for p in document.places)
    assert document.incidents and all(i.location is not None and i.location.name == name
                                      for i in document.incidents)


def test_a_hyphenated_kind_word_is_not_read_as_its_tail():
    # "sous-préfecture de" is no "préfecture de" (a first-level division's word)
    from tessera.extraction.places import place_phrases
    from tessera.extraction.places.countries import _kind_before_outside

    text = "dans la sous-préfecture de Mongo"
    phrases = place_phrases("fr")
    assert _kind_before_outside(text, text.index("Mongo"), phrases) == (text.index("Mongo"), None)
    text = "dans la préfecture de Mongo"
    assert _kind_before_outside(text, text.index("Mongo"), phrases) == (text.index("préfecture"), "admin1")


def test_a_name_split_at_a_particle_is_one_name_where_the_gazetteer_knows_it():
    # the recogniser may cut a name at "de"/"du" ("[Province de Norte] de [Santander]"): the
    # whole name, from a word of the first part, where the gazetteer knows it; not otherwise
    from tessera.extraction.places import place_phrases
    from tessera.extraction.places.mentions import _merge_conjoined
    from tessera.records import Entity
    from tessera.resolve.gazetteer import Gazetteer

    gazetteer, particles = Gazetteer.default(), place_phrases("fr").name_particles
    text = "Des soldats ont été tués dans la Province de Norte de Santander mardi."
    first, second = text.index("Province"), text.index("Santander")
    entities = [Entity(text="Province de Norte", start=first, end=first + len("Province de Norte"), label="LOC"),
                Entity(text="Santander", start=second, end=second + len("Santander"), label="LOC")]
    merged = _merge_conjoined(text, entities, gazetteer, particles)
    assert [(e.text, e.start) for e in merged] == [("Norte de Santander", text.index("Norte"))]
    text = "Les soldats de Gao de retour à Kidal."
    entities = [Entity(text="Gao", start=text.index("Gao"), end=text.index("Gao") + 3, label="LOC"),
                Entity(text="Kidal", start=text.index("Kidal"), end=text.index("Kidal") + 5, label="LOC")]
    assert _merge_conjoined(text, entities, gazetteer, particles) == entities


def test_a_name_after_a_title_repeats_no_town(pipeline):
    # "Selon le colonel Bamba" after "à Bamba": the officer, not the town again
    text = "Deux soldats ont été tués lundi à Bamba. Selon le colonel Bamba, les assaillants étaient nombreux."
    assert [p.name for p in _places(pipeline, text) if p.feature == "city"] == ["Bamba"]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Des séparatistes ont tué trois gendarmes mardi dans l'arrondissement de Mora, au Cameroun.", "Mora",
         "CMR"),
        ("Des rebelles ont attaqué un poste jeudi dans l'arrondissement de Bignona, en Casamance.", "Bignona",
         "SEN"),
    ],
)
def test_an_arrondissement_is_the_division_named_after_its_town(pipeline, text, name, country):
    # GeoNames holds no arrondissement: the town it is named after, read at the division's
    # level (district precision at the town's point), not the town, nor a division abroad
    # named like it (Mora, Costa Rica)
    document = pipeline.extract(Article(id="t", text=text, language="fr"))
    places = [p for p in document.places if p.text.startswith("arrondissement")]
    assert [(p.country, p.feature, p.geonames_id) for p in places] == [(country, "admin2", None)]
    assert name in places[0].text
    assert document.incidents and document.incidents[0].geo_precision == "district"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Des séparatistes ont tué deux enseignants lundi au Cameroun, dans le département de Mora.", "Mora",
         "CMR"),
        ("Des bandits ont enlevé cinq commerçants dans le département de Kolo, au Niger.", "Kolo", "NER"),
    ],
)
def test_a_department_the_gazetteer_does_not_hold_is_the_town_it_is_named_after(pipeline, text, name, country):
    # no second-level division of that name in the story's country (only one abroad: Mora,
    # Costa Rica): the town of the story's country, at town precision, not the country
    document = pipeline.extract(Article(id="t", text=text, language="fr"))
    places = [p for p in document.places if p.text.startswith("département")]
    assert [(p.name, p.country, p.feature) for p in places] == [(name, country, "city")]
    assert places[0].geonames_id is not None
    assert document.incidents and document.incidents[0].geo_precision == "town"


def test_a_department_the_gazetteer_holds_stays_the_division(pipeline):
    places = _places(pipeline, "Des soldats ont été tués mardi dans le département du Mayo-Sava, au Cameroun.")
    assert [(p.country, p.feature) for p in places if p.text.startswith("département")] == [("CMR", "admin2")]


def test_a_numbered_arrondissement_is_its_town(pipeline):
    # "le 18e arrondissement de Paris" is a part of the town, not a division named after it
    places = _places(pipeline, "Une manifestation a dégénéré samedi dans le 18e arrondissement de Paris.")
    assert [(p.name, p.feature) for p in places] == [("Paris", "city")]


@pytest.mark.parametrize(
    ("text", "name", "feature"),
    [
        # the first-level divisions of North Africa by their own words
        ("Deux militaires ont été tués lundi dans le gouvernorat de Kasserine, en Tunisie.", "Kasserine", "admin1"),
        ("Des hommes armés ont attaqué une caserne dans la wilaya de Médéa, en Algérie.", "Médéa", "admin1"),
        # a sous-préfecture and a rural commune are named after their chief town
        ("Les rebelles ont attaqué la sous-préfecture de Bocaranga, en Centrafrique, mardi.", "Bocaranga", "city"),
        ("Des jihadistes ont tué dix civils dans la commune rurale de Pissila, au Burkina Faso.", "Pissila", "city"),
    ],
)
def test_french_division_words_before_a_name(pipeline, text, name, feature):
    assert any(p.name == name and p.feature == feature for p in _places(pipeline, text))
