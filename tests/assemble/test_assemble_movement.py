"""A movement of forces (`destination_kept_types` of data/assemble.yaml) is the act reported
where the context rules would read an ongoing activity or an aggregate: a present progressive
toward an end (`movement_end_prepositions`, `mentions._moved_to`), and a vague count in the
movement's object, which counts the forces moved. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tessera.assemble import default_assemble_rules
from tessera.records import Article, Document

PUBLISHED = "2024-03-09"


def code(pipeline, text: str) -> Document:
    return pipeline.extract(Article(id="t", text=text, language="en", published=PUBLISHED))


def deployments(document: Document) -> list:
    return [i for i in document.incidents if i.type == "MOBILIZE" and i.mode == "asserted"]


@pytest.fixture(scope="module")
def pipeline():
    from tessera.pipeline import Pipeline

    return Pipeline.default()


def test_the_words_are_data():
    rules = default_assemble_rules("en")
    assert "MOBILIZE" in rules.destination_kept_types
    assert {"to", "into"} <= rules.movement_end_prepositions


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Gunmen killed eight farmers in Dogo village on Thursday. "
         "The army is sending reinforcements to the district, a spokesman said.", False),
        ("Bandits raided a market in Kwari on Friday. The state is rushing extra police into the area.", False),
        # no end named: an activity going on, the setting
        ("Gunmen killed eight farmers in Dogo village on Thursday. "
         "The army is deploying soldiers across the country, a spokesman said.", True),
    ],
)
def test_a_progressive_movement_toward_an_end_is_reported(pipeline, text, context):
    found = deployments(code(pipeline, text))
    assert found
    assert all(i.context == context for i in found)


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Rioters burned shops in Lumo on Tuesday. The neighbouring state also sent in hundreds of soldiers.", False),
        # a count of people beside no movement stays an aggregate
        ("Rioters burned shops in Lumo on Tuesday. Fighting has displaced thousands of families.", None),
    ],
)
def test_a_count_of_the_forces_moved_is_no_aggregate(pipeline, text, context):
    found = deployments(code(pipeline, text))
    if context is None:
        assert not found
    else:
        assert found and all(i.context == context for i in found)
