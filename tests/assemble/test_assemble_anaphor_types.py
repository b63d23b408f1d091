"""A definite noun of a type in `anaphor_types_apart` (data/assemble.yaml: a protest, a
deployment) names back only an act of its own type, though reports may give one incident
either type (data/dedupe.yaml `compatible_types`). Sentences written for these tests."""

from __future__ import annotations

from tessera.assemble import default_assemble_rules
from tessera.records import Article, Document

PUBLISHED = "2024-03-09"


def code(pipeline, text: str) -> Document:
    return pipeline.extract(Article(id="t", text=text, published=PUBLISHED))


def reported(document: Document) -> list[str]:
    return sorted(i.type for i in document.incidents if not i.context)


def test_the_types_are_data():
    assert {"PROTEST", "MOBILIZE"} <= default_assemble_rules("en").anaphor_types_apart


def test_the_rioting_names_no_deployment_told_before(pipeline):
    document = code(pipeline, "Neighbouring countries rushed troops and police into the capital on Tuesday "
                              "after two days of rioting. The rioting erupted after the surprise election "
                              "of a new prime minister.")
    assert reported(document) == ["MOBILIZE", "PROTEST"]


def test_the_rioting_still_names_back_a_riot(pipeline):
    document = code(pipeline, "Rioters burned shops in the capital on Tuesday. The rioting erupted after "
                              "the surprise election of a new prime minister.")
    assert reported(document).count("PROTEST") == 1
