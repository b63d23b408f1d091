"""Coercive acts of different kinds (`act_kinds` of data/assemble.yaml: an arrest, a ban,
an abduction, a seizure of power...) each naming its own patient are two incidents,
however near they are told (`assemble._kinds_apart`); one with no patient of its own, or
acts of one kind, stay one. Sentences written for these tests."""

from __future__ import annotations

from tessera.assemble import default_assemble_rules
from tessera.records import Article, Document

PUBLISHED = "2024-03-09"


def code(pipeline, text: str) -> Document:
    return pipeline.extract(Article(id="t", text=text, published=PUBLISHED))


def coercions(document: Document) -> list[Document]:
    return [i for i in document.incidents if i.type == "COERCE" and not i.context]


def test_kinds_are_data():
    kinds = default_assemble_rules("en").act_kinds
    assert "arrest" in kinds["arrest"] and "curfew" in kinds["curfew"] and "kidnap" in kinds["abduction"]
    french = default_assemble_rules("fr").act_kinds
    assert "arrestation" in french["arrest"] and "couvre-feu" in french["curfew"] and "enlever" in french["abduction"]


def test_an_abduction_and_an_arrest_with_their_own_patients_are_two_incidents(pipeline):
    document = code(pipeline, "Gunmen kidnapped two nurses in Kaduna on Monday. "
                              "Police arrested five suspected smugglers in Kaduna on Monday.")
    assert len(coercions(document)) == 2


def test_an_arrest_and_a_ban_with_their_own_patients_are_two_incidents(pipeline):
    document = code(pipeline, "Police arrested the opposition leader in Lahore on Tuesday. "
                              "The authorities banned all public rallies in Lahore on Tuesday.")
    assert len(coercions(document)) == 2


def test_two_arrests_stay_one_incident(pipeline):
    document = code(pipeline, "Police arrested the opposition leader in Lahore on Tuesday. "
                              "He was detained at his home in Lahore on Tuesday.")
    assert len(coercions(document)) == 1


def test_a_later_act_with_a_place_carried_over_stays_with_the_first(pipeline):
    # The arrest names no place of its own: it may be told of the abduction's occasion, whose
    # fields it then keeps (measured on the real-news study half).
    document = code(pipeline, "Gunmen kidnapped two nurses in Kaduna on Monday. "
                              "Police arrested five suspected smugglers on Monday.")
    assert len(coercions(document)) == 1


def test_a_ban_and_arrests_at_one_place_are_two_incidents(pipeline):
    # A ban and an arrest are kinds apart even at one place (`kinds_apart_in_place`).
    document = code(pipeline, "Police arrested the opposition leader in Lahore on Tuesday. "
                              "The authorities banned all public rallies on Tuesday.")
    assert len(coercions(document)) == 2


def test_a_dispersal_and_arrests_at_one_place_are_two_incidents(pipeline):
    # Tear gas on a crowd and people arrested are two coercive acts (`kinds_apart_in_place`),
    # even where the arrests take the dispersal's place from the sentence before.
    document = code(pipeline, "Riot police fired tear gas to disperse hundreds of students in Blantyre on Monday. "
                              "Officers later arrested twelve protesters.")
    assert len(coercions(document)) == 2


def test_dispersal_is_a_kind_apart_in_place_but_a_seizure_is_not():
    rules = default_assemble_rules("en")
    assert "gas" in rules.act_kinds["dispersal"] and "disperse" in rules.act_kinds["dispersal"]
    assert {"arrest", "ban", "dispersal"} <= rules.kinds_apart_in_place
    assert "seizure" not in rules.kinds_apart_in_place


def test_an_arrest_or_a_ban_is_no_antecedent_of_another_kind():
    # A definite noun of another kind ("the attack") never names back an arrest or a ban;
    # an abduction it may ("the raid").
    rules = default_assemble_rules("en")
    assert {"arrest", "ban"} <= rules.antecedent_kinds_apart and "abduction" not in rules.antecedent_kinds_apart
    assert default_assemble_rules("fr").antecedent_kinds_apart == rules.antecedent_kinds_apart


def test_a_state_of_emergency_and_an_arrest_are_two_incidents(pipeline):
    # A state of emergency is a measure over a territory with no patient, another incident
    # than an arrest told before it at the same place (`kinds_apart_bare`), its kind read in
    # the object's modifier ("a state of emergency").
    document = code(pipeline, "Soldiers detained the president in Conakry on Monday. "
                              "The junta declared a state of emergency.")
    assert len(coercions(document)) == 2


def test_an_emergency_declared_after_a_detention_is_its_own_incident(pipeline):
    document = code(pipeline, "On Monday, the commander of a brigade was detained by a rival militia in Tripoli. "
                              "The government declared an emergency in the city on Monday.")
    assert len(coercions(document)) == 2


def test_two_mentions_of_one_emergency_stay_one_incident(pipeline):
    document = code(pipeline, "The government declared a state of emergency in Bamako on Friday. "
                              "The state of emergency was declared for three months.")
    assert len(coercions(document)) == 1


def test_an_emergency_is_named_by_a_modifier_too():
    rules = default_assemble_rules("en")
    assert {"emergency", "martial"} <= rules.act_kinds["emergency"]
    assert rules.kinds_named_by_modifier == {"emergency"}


def test_measures_are_kinds_apart_with_no_patient():
    # A curfew, a state of emergency and a ban are each their own incident beside an act of
    # another kind, with no patient of their own (`kinds_apart_bare`).
    for language in ("en", "fr"):
        rules = default_assemble_rules(language)
        assert {"ban", "curfew", "emergency"} <= rules.kinds_apart_bare
        assert "seizure" not in rules.kinds_apart_bare and "arrest" not in rules.kinds_apart_bare
    assert "état" in default_assemble_rules("fr").act_kinds["emergency"]


def test_a_coup_and_a_curfew_are_two_incidents(pipeline):
    document = code(pipeline, "Soldiers seized power in Niamey on Tuesday. "
                              "The junta imposed a nationwide curfew on Tuesday.")
    assert len(coercions(document)) == 2


def test_two_curfews_of_one_place_stay_one_incident(pipeline):
    document = code(pipeline, "The governor imposed a curfew in Jos on Tuesday. "
                              "The curfew will run from dusk to dawn.")
    assert len(coercions(document)) == 1


def test_a_curfew_and_closed_borders_are_two_incidents(code_french):
    # Closing a border is a ban (`act_kinds` of data/fr/assemble.yaml): a kind apart from a
    # curfew told beside it, though neither names a patient (`kinds_apart_bare`).
    assert "fermer" in default_assemble_rules("fr").act_kinds["ban"]
    document = code_french("Mardi, la junte a imposé un couvre-feu à Niamey. "
                           "Mardi, la junte a aussi fermé les frontières du Niger.")
    assert len(coercions(document)) == 2
