"""A relative clause opened by a relative adverb of place on a town ("in Kano, where
protesters blocked the streets", "à Labé, où les manifestants ont envahi les rues") tells
what happened in that town: its place is the act's own, not one the parse lends it from
the clause the town sits in, so a protest there is not folded into one told in another
town the same day (`assemble._place_relative`, `place_relative_words` of assemble.yaml).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tessera.records import Article

PUBLISHED = "2019-10-15"

CASES = [
    ("en", "On Monday thousands of people protested in Lagos against the new tax. "
           "The situation was much tenser in Kano, where protesters blocked the streets and chanted slogans.",
     {"Lagos", "Kano"}),
    ("fr", "Lundi, des milliers de personnes ont manifesté à Conakry contre un troisième mandat du président. "
           "La situation était beaucoup plus tendue à Labé, où les manifestants ont envahi les rues.",
     {"Conakry", "Labé"}),
]


def _protests(pipeline, text: str, language: str) -> list:
    document = pipeline.extract(Article(id="t", text=text, language=language, published=PUBLISHED))
    return [i for i in document.incidents if i.type == "PROTEST" and not i.context]


@pytest.mark.parametrize(("language", "text", "towns"), CASES)
def test_an_act_in_a_where_clause_on_another_town_is_another_incident(pipeline, language, text, towns):
    protests = _protests(pipeline, text, language)
    assert len(protests) == 2
    assert {i.location.name for i in protests if i.location is not None} == towns


def test_a_where_clause_on_the_same_town_goes_on_telling_the_protest(pipeline):
    text = ("On Monday thousands of people protested in Lagos against the new tax. "
            "Police fired tear gas in Lagos, where protesters blocked the streets.")
    protests = _protests(pipeline, text, "en")
    assert len(protests) == 1
    assert protests[0].location is not None and protests[0].location.name == "Lagos"
