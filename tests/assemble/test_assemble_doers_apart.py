"""One sentence's two acts of one type (`doers_apart_types` of data/assemble.yaml), told
by two triggers and done by doers of two sectors, are two incidents
(`assemble._doers_apart`): a coup and the court's sentence of one of its leaders.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tessera.assemble import default_assemble_rules
from tessera.records import Article, Document

PUBLISHED = "2024-03-09"


def code(pipeline, text: str) -> Document:
    return pipeline.extract(Article(id="t", text=text, language="fr", published=PUBLISHED))


def coercions(document: Document) -> list:
    return [i for i in document.incidents if i.type == "COERCE" and not i.context]


@pytest.fixture(scope="module")
def pipeline():
    from tessera.pipeline import Pipeline

    return Pipeline.for_language("fr")


def test_types_are_data():
    assert {"COERCE", "PROTEST"} <= default_assemble_rules("en").doers_apart_types
    assert default_assemble_rules("fr").doers_apart_types == default_assemble_rules("en").doers_apart_types


@pytest.mark.parametrize(
    "text",
    [
        "Le général, considéré comme l'un des cerveaux du putsch, a été condamné lundi à Ouagadougou "
        "à 20 ans de prison.",
        "Le colonel, l'un des chefs du coup d'État, a été condamné mardi à Bamako à 10 ans de prison.",
    ],
)
def test_a_coup_and_the_sentence_of_its_leader_are_two_incidents(pipeline, text):
    assert len(coercions(code(pipeline, text))) == 2


def test_one_doers_two_acts_stay_one_incident(pipeline):
    document = code(pipeline, "Des soldats ont arrêté le ministre lundi à Bamako et l'ont détenu au camp militaire.")
    assert len(coercions(document)) == 1
