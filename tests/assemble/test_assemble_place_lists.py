"""One act told of a list of places is one incident per place (`split_place_lists`), and
only there: a shared toll, a route, a deployment, a list of countries and a sentence
that tells no act keep one record or none. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tessera.records import Article, Document
from tests.incidents import occasions

PUBLISHED = "2024-03-09"


def code(pipeline, text: str) -> Document:
    return pipeline.extract(Article(id="t", text=text, published=PUBLISHED))


def places(document: Document) -> list[str | None]:
    return sorted(i.location.name if i.location else None for i in document.incidents if not i.context)


def test_one_protest_per_listed_town(pipeline):
    document = code(pipeline, "Protests broke out in Kano, Kaduna and Abuja on Monday.")
    assert places(document) == ["Abuja", "Kaduna", "Kano"]
    assert {i.type for i in document.incidents} == {"PROTEST"}
    # Each copy is a mention of the document's own, so every incident stays traceable.
    ids = {e.id for e in document.events}
    assert all(set(i.events) <= ids for i in document.incidents)
    assert len({i.id for i in document.incidents}) == 3


def test_one_attack_per_listed_town_in_an_oblique(pipeline):
    document = code(pipeline, "Gunmen attacked villages in Kano and Kaduna on Monday.")
    assert places(document) == ["Kaduna", "Kano"]


def test_each_district_of_a_list_is_its_own_curfew(pipeline):
    # The recogniser misses some names of the list: they are read from the gazetteer, in
    # the country and at the precision of the list's place the places stage took.
    document = code(pipeline, "A curfew was imposed in Imphal East, Bishnupur, Thoubal and Kakching districts "
                              "on Saturday.")
    assert places(document) == ["Bishnupur", "Imphal East", "Kakching", "Thoubal"]
    assert {i.type for i in document.incidents} == {"COERCE"}
    assert {i.geo_precision for i in document.incidents} == {"district"}


def test_a_listed_town_the_recogniser_missed_is_read_from_the_gazetteer(pipeline):
    document = code(pipeline, "Gunmen attacked Djibo and Arbinda on Monday.")
    assert places(document) == ["Aribinda", "Djibo"]


@pytest.mark.parametrize(
    "text",
    [
        # One toll for the list: copying it would count the dead twice.
        "Gunmen attacked Kano and Kaduna on Monday, killing 12 people.",
        # A route names one stretch of road, not two towns.
        "Troops clashed with bandits on the highway between Kano and Kaduna on Monday.",
        # A deployment to several towns is one MOBILIZE.
        "The army deployed soldiers to Kano and Kaduna on Monday.",
        # Countries are not split.
        "Protests were held in Nigeria and Ghana on Monday.",
    ],
)
def test_a_list_kept_whole(pipeline, text):
    assert len([i for i in occasions(code(pipeline, text).incidents) if not i.context]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked villages in Kano and in Kaduna on Monday.",
        "Protests broke out in Kano, in Kaduna and in Zaria on Monday.",
    ],
)
def test_an_english_list_the_parse_does_not_coordinate_is_one_incident_per_town(pipeline, text):
    # With a repeated preposition the English parse hangs a later town's preposition from the
    # verb or as a conjunct of the town before: the list is read in the order of the words
    # (`_chained_places`).
    document = code(pipeline, text)
    assert len({i.type for i in document.incidents if not i.context}) == 1
    assert {"Kaduna", "Kano"} <= set(places(document))


def test_a_french_list_whose_towns_the_recogniser_drops_is_one_protest_per_town(french):
    # The French recogniser takes no place of "Rosso" and "Kaédi" here and the parse hangs them
    # from the verb apart: each name chained to the list's town is read from the gazetteer.
    # What the protests turned into ("ont dégénéré en affrontements") is an act of its own, told
    # at each town of the list too.
    document = french_code(
        french, "Des manifestations ont dégénéré mardi en affrontements notamment à Nouakchott, Rosso et Kaédi."
    )
    towns = ["Kaédi", "Nouakchott", "Rosso"]
    assert sorted(i.location.name for i in document.incidents if i.type == "PROTEST" and not i.context) == towns
    assert {i.location.name for i in document.incidents if i.type == "ASSAULT" and not i.context} == set(towns)


def test_a_name_the_gazetteer_does_not_know_ends_a_french_list(french):
    # "Mohamed" is no town of Mauritania: it lists nothing and joins no town after it to the list.
    document = french_code(french, "Des manifestations ont eu lieu à Nouakchott, Mohamed et Kaédi mardi.")
    assert places(document) == ["Nouakchott"]


def test_a_name_after_a_french_town_that_is_no_place_is_not_listed(french):
    document = french_code(
        french, "Des manifestations ont eu lieu mardi à Nouakchott, Mohamed Ould Ahmed a été arrêté."
    )
    assert "Nouakchott" in places(document)
    assert len([i for i in document.incidents if i.type == "PROTEST" and not i.context]) == 1


def test_a_french_list_under_a_nominal_complement_is_one_protest_per_town(french):
    # "dégénérer en affrontements" : the French parse makes the noun an xcomp of the verb and
    # hangs the list's first town from it; the list is still the act's (`place_list_deps`).
    document = french_code(
        french, "Des manifestations ont dégénéré en affrontement intercommunautaires à Bouaké, Daloa et Korhogo."
    )
    assert places(document) == ["Bouaké", "Daloa", "Korhogo"]
    assert {i.type for i in document.incidents} == {"PROTEST"}


@pytest.mark.parametrize(
    "text",
    [
        # Words other than separators and one preposition between two towns: no list.
        "Bandits launched attacks on Kano on Monday, the army said in Kaduna.",
        "Bandits launched attacks on Kano on Monday, according to police in Kaduna.",
    ],
)
def test_an_english_town_outside_a_list_is_not_listed(pipeline, text):
    assert places(code(pipeline, text)) == ["Kano"]


def test_one_attack_per_listed_state(pipeline):
    # A list of regions of one country is one incident per region, as a list of towns is; a
    # list of countries stays whole (`test_a_list_kept_whole`).
    document = code(pipeline, "Gunmen attacked villages in Borno, Yobe and Adamawa states on Monday.")
    assert places(document) == ["Adamawa", "Borno", "Yobe"]
    assert {i.geo_precision for i in document.incidents} == {"region"}


def test_a_list_in_a_sentence_that_tells_no_act_gives_nothing(pipeline):
    assert code(pipeline, "Kano and Kaduna are the largest cities in northern Nigeria.").incidents == []


# French (issue 13): the French parse hangs the preposition from the town, as its case
# marker, and labels the list an oblique ("obl:arg", "obl:mod") or a noun's modifier.


@pytest.fixture(scope="module")
def french(unfiltered):
    from tessera.pipeline import Pipeline

    return Pipeline.for_language("fr")  # every incident kept: the assembly, not the confidence filter


def french_code(pipeline, text: str) -> Document:
    return pipeline.extract(Article(id="t", text=text, published=PUBLISHED, language="fr"))


def test_one_french_protest_per_listed_town(french):
    document = french_code(french, "Des manifestations ont eu lieu mardi à Nouakchott et à Rosso.")
    assert places(document) == ["Nouakchott", "Rosso"]
    assert {i.type for i in document.incidents} == {"PROTEST"}


@pytest.mark.parametrize(
    "text",
    [
        "Des manifestations ont eu lieu mardi à Nouakchott, à Rosso et à Kaédi.",
        "Des manifestations ont éclaté mardi à Nouakchott, à Rosso et à Kaédi.",
    ],
)
def test_a_french_list_the_parse_does_not_coordinate_is_one_protest_per_town(french, text):
    # With a repeated preposition the French parse hangs the second town from the verb, the
    # third from the second: the list is read in the order of the words (`_chained_places`).
    document = french_code(french, text)
    assert places(document) == ["Kaédi", "Nouakchott", "Rosso"]
    assert {i.type for i in document.incidents} == {"PROTEST"}


@pytest.mark.parametrize(
    "text",
    [
        # Words other than separators and one preposition between two towns: no list.
        "Des manifestations ont eu lieu mardi à Nouakchott, la capitale, puis à Rosso.",
        "Des manifestations ont eu lieu mardi à Nouakchott, selon la police de Rosso.",
        # A route of three towns names one stretch of road.
        "Des soldats ont été attaqués mardi sur la route entre Nouakchott, Rosso et Kaédi.",
    ],
)
def test_a_french_town_outside_a_list_is_not_listed(french, text):
    assert places(french_code(french, text)) == ["Nouakchott"]


@pytest.mark.parametrize(
    "text",
    [
        "Des affrontements ont eu lieu mardi entre Nouakchott et Rosso.",
        "Des soldats ont été attaqués mardi sur la route entre Nouakchott et Rosso.",
    ],
)
def test_a_french_route_names_one_place(french, text):
    # "entre" is the case marker of the first town: a route, one place (a two-sided clash is
    # one item per side, both there).
    assert len(set(places(french_code(french, text)))) == 1


def test_an_evacuation_to_several_towns_is_one_movement(french):
    document = french_code(
        french,
        "Des hommes armés ont attaqué lundi le village de Tanout. Six civils ont été blessés, dont certains "
        "ont été évacués à Niamey et à Ouallam.",
    )
    assert len([i for i in document.incidents if i.type == "RETREAT"]) == 1


# A toll list told with one verb: each verbless conjunct that counts its own dead at its own
# place is an incident of its own (`_gapped_tallies`), in a sentence that states tolls.


def tolls(document: Document) -> list[tuple[str | None, int | None]]:
    return sorted((i.location.name if i.location else None, i.fatalities)
                  for i in document.incidents if not i.context and i.type == "ASSAULT")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two officers were killed in Lagos, one in Ibadan and three in Kano on Monday.",
         [("Ibadan", 1), ("Kano", 3), ("Lagos", 2)]),
        ("Four protesters were killed in Sokoto and three in Kebbi on Monday, the police said.",
         [("Kebbi", 3), ("Sokoto", 4)]),
        ("Gunmen killed four villagers in Sokoto and three in Kebbi on Monday.", [("Kebbi", 3), ("Sokoto", 4)]),
    ],
)
def test_each_counted_place_of_a_toll_list_is_its_own_incident(pipeline, text, expected):
    assert tolls(code(pipeline, text)) == expected


def test_counted_abductions_at_two_places_are_two_incidents(pipeline):
    document = code(pipeline, "Ten farmers were abducted in Sokoto and six in Kebbi on Monday.")
    assert places(document) == ["Kebbi", "Sokoto"]


@pytest.mark.parametrize(
    "text",
    [
        # Two counts at one place: one incident.
        "Four soldiers were killed in Kano and three in Kano on Monday.",
        # A conjunct with a verb of its own is its own clause, not a gapped one.
        "Four soldiers were killed in Kano and three were freed on Monday.",
        # No count of the verb's own: a list of places is no toll list.
        "Soldiers were killed in Kano on Monday, the army said.",
    ],
)
def test_no_gapped_split_without_a_second_counted_place(pipeline, text):
    assert len(tolls(code(pipeline, text))) == 1


def test_four_soldiers_killed_and_others_who_died_elsewhere(pipeline):
    # A coordinated clause of dying with its own count and place; the events stage had summed
    # both counts into the first one's toll.
    document = code(pipeline, "Four soldiers were killed in Sokoto on Monday and three others died in Kebbi.")
    assert tolls(document) == [("Kebbi", 3), ("Sokoto", 4)]


def test_a_noun_trigger_subject_of_the_counting_verb(pipeline):
    document = code(pipeline, "Bandit attacks killed four villagers in Sokoto and three in Kebbi on Monday.")
    assert tolls(document) == [("Kebbi", 3), ("Sokoto", 4)]


def test_a_one_word_organisation_of_a_list_may_be_a_town():
    # The recogniser takes small towns of a list for organisations: a one-word name is read
    # from the gazetteer (`place_list_lone_orgs`), a name of several words is not.
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

    from tessera.assemble import default_assemble_rules
    from tessera.assemble.lists import _lone_org

    doc = Doc(Vocab(), words=["in", "Toribio", "and", "Ansar", "Dine"])
    doc.ents = [Span(doc, 1, 2, "ORG"), Span(doc, 3, 5, "ORG")]
    assert _lone_org(doc[1])
    assert not _lone_org(doc[3])
    assert default_assemble_rules("en").place_list_lone_orgs
    assert not default_assemble_rules("fr").place_list_lone_orgs


# The French toll list, read in the order of the words (`_tally_sequence`): the French parse
# hangs each verbless conjunct from any word of the one before.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trois manifestants ont été tués mardi à Conakry, deux à Kindia et un à Labé.",
         [("Conakry", 3), ("Kindia", 2), ("Labé", 1)]),
        ("Cinq personnes ont été tuées mardi à Diffa, deux tuées à Maradi et deux autres à Zinder.",
         [("Diffa", 5), ("Maradi", 2), ("Zinder", 2)]),
    ],
)
def test_each_counted_place_of_a_french_toll_list_is_its_own_incident(french, text, expected):
    assert tolls(french_code(french, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Others wounded, not killed, at the second place: no toll of the list.
        "Quatre soldats ont été tués mardi à Diffa, et deux autres blessés à Maradi.",
        # A count in a clause of its own verb ("ont fui") is no conjunct of the toll.
        "Cinq civils ont été tués mardi à Diffa, a indiqué un élu, qui a précisé que deux à Maradi ont fui.",
        # No count of the verb's own: no toll list.
        "Des civils ont été tués mardi à Diffa, deux à Maradi.",
    ],
)
def test_no_french_toll_list_without_counted_conjuncts(french, text):
    assert len(tolls(french_code(french, text))) == 1


# A toll told as a whole and then parted by place: the mention at a listed place counts that
# place's part, each other part is an incident of its own; the whole is kept only where no
# part is told.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Des hommes armés ont tué au moins 15 personnes lundi, quatre à Téra et onze à Ouallam.",
         [("Ouallam", 11), ("Téra", 4)]),
        ("Des jihadistes ont tué 18 civils dans la région de Tillabéri, dont 4 à Ouallam et 14 à Téra.",
         [("Ouallam", 4), ("Téra", 14)]),
        ("Au moins 18 civils ont été tués dans la région de Tillabéri, dont quatre à Ouallam et six à Téra.",
         [("Ouallam", 4), ("Téra", 6)]),
        # A participle qualifying a noun ("occupée") is no verb ending the list.
        ("Au moins 18 civils ont été tués dans la région occupée, dont 4 à Ouallam et 14 à Téra.",
         [("Ouallam", 4), ("Téra", 14)]),
    ],
)
def test_a_french_whole_parted_by_place_is_one_incident_per_part(french, text, expected):
    assert tolls(french_code(french, text)) == expected


def test_a_french_share_naming_its_people_is_no_part_by_place(french):
    # "dont six femmes à X": a share of people, no preposition after its count.
    document = french_code(french, "Des jihadistes ont tué 18 civils à Téra, dont six femmes à Ouallam.")
    assert [count for _, count in tolls(document)] == [18]


def test_an_english_whole_parted_by_place_is_one_incident_per_part(pipeline):
    document = code(pipeline, "Gunmen killed 15 people on Monday, four in Kaduna and eleven in Zaria.")
    assert tolls(document) == [("Kaduna", 4), ("Zaria", 11)]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 15 people on Monday, including four in Kaduna and eleven in Zaria.",
        "Bandits killed 15 villagers in Nigeria on Monday, including four in Kaduna and eleven in Zaria.",
    ],
)
def test_including_opens_an_english_toll_list_by_place(pipeline, text):
    # "including" opens the parts as a share does: its object is the first part.
    assert tolls(code(pipeline, text)) == [("Kaduna", 4), ("Zaria", 11)]


def test_a_french_weekday_the_parse_takes_for_a_verb_does_not_end_the_list(french):
    # The small model tags "jeudi" here a verb; the dates stage reads it as a date.
    document = french_code(french, "Dix civils ont été tués jeudi dans des attaques, quatre à Kaya et six à Djibo.")
    assert tolls(document) == [("Djibo", 6), ("Kaya", 4)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A colon opens the parts as a comma does.
        ("Selon le ministère, cinq soldats ont été tués dans d'autres localités : deux à Dori, un à Kaya "
         "et deux à Tenkodogo.", [("Dori", 2), ("Kaya", 1), ("Tenkodogo", 2)]),
        # A part at a camp the gazetteer lacks, then the town it lies near: placed at that town.
        ("Selon le ministère, cinq soldats ont été tués dans d'autres localités : deux dans le camp de "
         "Goudébo, près de Dori, un à Kaya et deux à Tenkodogo.", [("Dori", 2), ("Kaya", 1), ("Tenkodogo", 2)]),
    ],
)
def test_a_french_toll_list_after_a_colon_and_a_part_near_a_town(french, text, expected):
    assert tolls(french_code(french, text)) == expected


def test_a_french_part_with_an_unknown_place_and_no_town_near_adds_nothing(french):
    # No place for "un village voisin": the part is no incident of its own.
    document = french_code(french, "Six civils ont été tués à Kaya et deux dans un village voisin, selon un élu.")
    assert tolls(document) == [("Kaya", 6)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Each noun of a kind of place holds its own name: "the town of X and the town of Y".
        ("Protesters gathered in the town of Kisumu and the town of Siaya on Monday.", ["Kisumu", "Siaya"]),
        # A name apposed to its noun coordinated with a noun holding the next name.
        ("Protesters gathered on Monday in the capital Nairobi and the port city of Mombasa.",
         ["Mombasa", "Nairobi"]),
    ],
)
def test_a_list_of_kinds_of_place_holding_their_names_is_one_incident_per_place(pipeline, text, expected):
    assert places(code(pipeline, text)) == expected


def test_nouns_of_people_holding_town_names_list_no_places(pipeline):
    # "the governor of X and the mayor of Y" are two people, not two sites.
    document = code(pipeline, "Protesters denounced the governor of Kisumu and the mayor of Siaya on Monday.")
    assert len([i for i in document.incidents if not i.context]) == 1


@pytest.mark.parametrize(
    "text, expected",
    [
        # Each French noun of a kind of place holds its name through "de".
        ("Des manifestations ont eu lieu lundi dans la ville de Kankan et la ville de Siguiri.",
         ["Kankan", "Siguiri"]),
        # The second name told after an aside with its own "de": the parse hangs it from the verb.
        ("Des soldats ont arrêté mercredi des jeunes dans les villes de Kindia, au sud, et de Mamou, au centre.",
         ["Kindia", "Mamou"]),
    ],
)
def test_a_french_list_of_kinds_of_place_holding_their_names_is_one_incident_per_place(french, text, expected):
    assert places(french_code(french, text)) == expected


def test_french_nouns_of_people_holding_town_names_list_no_places(french):
    # "le gouverneur de X et le maire de Y" are two people, not two sites.
    document = french_code(french, "Des manifestants ont dénoncé lundi le gouverneur de Kankan et le maire de Siguiri.")
    assert len([i for i in document.incidents if i.type == "PROTEST" and not i.context]) == 1


def test_french_towns_named_as_examples_of_a_plural_are_one_protest_per_town(french):
    # "dont Kindia et Labé": the parse reads the first name as a relative clause of "villes".
    document = french_code(
        french, "Des manifestations ont éclaté lundi dans plusieurs villes de Guinée, dont Kindia et Labé."
    )
    assert places(document) == ["Kindia", "Labé"]
    assert {i.type for i in document.incidents} == {"PROTEST"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # The list hangs from a relative clause on the protesters, through a verb it chains.
        ("Police dispersed protesters who tried to gather on Tuesday in the capital Abuja and the port city of Lagos.",
         ["Abuja", "Lagos"]),
        ("Riot police broke up a crowd of protesters who had assembled on Sunday in Kano and Kaduna.",
         ["Kaduna", "Kano"]),
        # "Hold" and "occupy" of a gathering or a public space taken over.
        ("Police dispersed protesters who held a rally in Kano and Kaduna on Tuesday.", ["Kaduna", "Kano"]),
        ("Police dispersed protesters who occupied the streets in Kano and Kaduna on Tuesday.",
         ["Kaduna", "Kano"]),
        ("Police dispersed a protest that was held in Kano and Kaduna on Tuesday.", ["Kaduna", "Kano"]),
    ],
)
def test_protesters_gathered_in_a_list_of_towns_in_a_relative_clause_are_one_protest_per_town(
        pipeline, text, expected):
    document = code(pipeline, text)
    assert sorted(i.location.name for i in document.incidents
                  if i.type == "PROTEST" and not i.context and i.location) == expected
    # The dispersal is the police's act on the trigger's object: its own place only.
    assert len([i for i in document.incidents if i.type == "COERCE" and not i.context]) == 1


@pytest.mark.parametrize(
    "text",
    [
        # Where the people came from is no place of the act.
        "Protesters who came from Kano and Kaduna marched on Monday in Abuja.",
        # Nor where they live, work or were born: a relative clause's verb of no gathering.
        "Police dispersed protesters who work in Kano and Kaduna on Monday.",
        "Police detained protesters who were born in Kano and Kaduna on Monday.",
        # A relative clause that states a toll for the list: one figure, one incident.
        "The attack, which killed five people in Kano and Kaduna on Monday, was condemned.",
        # "Hold", "occupy" and "stage" of a job, a post or land: no gathering told.
        "Police dispersed protesters who hold jobs in Kano and Kaduna on Tuesday.",
        "Police dispersed protesters who hold positions in Kano and Kaduna on Tuesday.",
        "Police dispersed protesters who hold land in Kano and Kaduna on Tuesday.",
        "Police detained protesters who hold offices in Kano and Kaduna on Tuesday.",
        "Police dispersed protesters who occupy government posts in Kano and Kaduna on Tuesday.",
        "Police dispersed protesters who stage shows in Kano and Kaduna on Tuesday.",
        # Passive on the people, not the gathering: where they were held, their detention.
        "Police dispersed protesters who were held in Kano and Kaduna on Tuesday.",
        # A gathering negated, wished or not permitted did not take place in each town.
        "Police dispersed protesters who had not been allowed to gather in Kano and Kaduna on Tuesday.",
        "Police dispersed protesters who wanted to gather in Kano and Kaduna on Tuesday "
        "but were stopped at checkpoints.",
        "Police dispersed protesters who had planned to march in Kano and Kaduna on Tuesday.",
    ],
)
def test_a_relative_clause_of_origin_home_or_with_a_toll_splits_nothing(pipeline, text):
    document = code(pipeline, text)
    kinds = [i.type for i in document.incidents if not i.context and i.type in ("PROTEST", "ASSAULT")]
    assert len(kinds) == 1
