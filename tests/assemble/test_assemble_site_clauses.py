"""A relative clause of occurrence on an event's noun ("the attack, which occurred in X")
states the incident's site: its place comes before a place of the same precision another
mention gave first (`assemble._site_restated`). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tessera.records import Article, Document
from tests.incidents import assaults

PUBLISHED = "2024-03-06"


def code(pipeline, text: str) -> Document:
    return pipeline.extract(Article(id="t", text=text, published=PUBLISHED))


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed five soldiers in Bannu district on Monday. The attack, which happened in a "
        "village of Lakki Marwat district, was claimed by no group.",
        "Gunmen killed five soldiers in Bannu district on Monday. The ambush, which took place in "
        "Lakki Marwat district, was the third this month.",
        "Gunmen killed five soldiers in Bannu district on Monday. The raid, which occurred in "
        "Lakki Marwat district, lasted two hours.",
    ],
)
def test_a_site_told_in_an_occurrence_clause_is_the_incidents(pipeline, text):
    found = assaults(code(pipeline, text))
    assert len(found) == 1
    assert found[0].location is not None and found[0].location.name.startswith("Lakki Marwat")


def test_a_relative_clause_of_another_kind_states_no_site(pipeline):
    text = ("Gunmen killed five soldiers in Bannu district on Monday. The attack, which was claimed "
            "by a group based in Lakki Marwat district, drew condemnation.")
    found = assaults(code(pipeline, text))
    assert found and found[0].location is not None and found[0].location.name.startswith("Bannu")
