"""French coercive acts have kinds too (`act_kinds` of data/fr/assemble.yaml): a definite
noun of an arrest, a ban, an abduction, a seizure of power or an expulsion ("l'enlèvement du
chef", "l'état d'urgence") names back only an act of its own type (`anaphor_kinds_apart`),
not the killing told before it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tessera.records import Article, Document

PUBLISHED = "2024-03-06"


def code(pipeline, text: str) -> Document:
    return pipeline.extract(Article(id="t", text=text, language="fr", published=PUBLISHED))


@pytest.fixture(scope="module")
def pipeline():
    from tessera.pipeline import Pipeline

    return Pipeline.for_language("fr")


def told(document: Document, kind: str) -> list:
    return [i for i in document.incidents if i.type == kind and not i.context]


@pytest.mark.parametrize(
    "second",
    [
        "L'enlèvement du chef du village a été confirmé par la gendarmerie.",
        "L'état d'urgence a été décrété dans la région.",
        "L'arrestation du maire a été annoncée par la police.",
    ],
)
def test_a_definite_coercion_noun_is_no_killing_told_before(pipeline, second):
    document = code(pipeline, "Des hommes armés ont tué trois villageois lundi à Kaya. " + second)
    assert len(told(document, "ASSAULT")) == 1 and len(told(document, "COERCE")) == 1, [
        (i.type, i.events) for i in document.incidents
    ]


def test_a_definite_attack_noun_still_names_the_killing_back(pipeline):
    document = code(pipeline, "Des hommes armés ont tué trois villageois lundi à Kaya. "
                              "L'attaque a été revendiquée par un groupe jihadiste.")
    assert len(told(document, "ASSAULT")) == 1 and not told(document, "COERCE")


@pytest.mark.parametrize(
    "text",
    [
        "La gendarmerie a interpellé lundi à Kaya deux hommes soupçonnés d'avoir préparé l'attaque.",
        "La police a arrêté mardi à Kaya trois hommes soupçonnés d'avoir participé à l'attaque.",
    ],
)
def test_a_definite_attack_noun_names_back_no_arrest(pipeline, text):
    # The mirror of `anaphor_kinds_apart` (`antecedent_kinds_apart`): "l'attaque" is no
    # arrest or ban told before it, even in its sentence, so the arrest stays a COERCE.
    document = code(pipeline, text)
    assert len(told(document, "COERCE")) == 1, [(i.type, i.events) for i in document.incidents]


def test_a_definite_attack_noun_still_names_an_abduction_back(pipeline):
    document = code(pipeline, "Des hommes armés ont enlevé trois villageois lundi à Kaya. "
                              "L'attaque a été revendiquée par un groupe jihadiste.")
    assert len(document.incidents) == 1 and len(told(document, "ASSAULT")) == 1


def test_a_coup_a_curfew_and_a_ban_are_three_incidents(pipeline):
    # A curfew and a ban name no patient, yet each is its own COERCE beside the coup
    # (`kinds_apart_bare`; README-fr fr-041, fr-453).
    document = code(pipeline, "Des militaires ont pris le pouvoir à Bamako mardi. "
                              "La junte a instauré un couvre-feu dans tout le pays. "
                              "Elle a aussi interdit les manifestations.")
    assert len(told(document, "COERCE")) == 3


def test_arrests_told_with_a_toll_are_no_part_of_the_clashes(pipeline):
    """Arrests coordinated with the toll of clashes ("deux sont mortes dans les heurts et plus
    de 50 ont été arrêtées") are a measure only a state takes: a COERCE of their own, not
    joined to the clashes through the dispersal told before them."""
    document = code(
        pipeline,
        "Des soldats ont dispersé les manifestants à Kindia lundi. "
        "Deux personnes sont mortes dans les heurts et plus de 50 ont été arrêtées.",
    )
    arrests = [i for i in told(document, "COERCE") if len(i.events) == 1]
    assert arrests, [(i.type, i.events) for i in document.incidents]
    assert all(arrests[0].events[0] not in i.events for i in told(document, "ASSAULT"))
