"""French: a day that ends a span ("autorisée jusqu'hier", "jusqu'au 5 janvier") is the last day of a
state, not a day on which something happened: it dates none of the sentence's other acts and is no
report occasion. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tessera.extraction.dates import bounds_a_span
from tessera.records import Article, DateValue, Document

PUBLISHED = "2024-03-08"


def code(pipeline, text: str) -> Document:
    return pipeline.extract(Article(id="t", text=text, language="fr", published=PUBLISHED))


@pytest.mark.parametrize(
    ("text", "word", "bounds"),
    [
        ("La marche autorisée jusqu'hier a été empêchée.", "hier", True),
        ("La marche autorisée jusqu\u2019hier a été empêchée.", "hier", True),
        ("Le couvre-feu court jusqu'au 5 janvier.", "5 janvier", True),
        ("La marche a été empêchée hier.", "hier", False),
    ],
)
def test_a_day_after_jusque_ends_a_span(text, word, bounds):
    start = text.index(word)
    date = DateValue(text=word, start=start, end=start + len(word), value="2024-03-07", precision="day")
    assert bounds_a_span(text, date, "fr") is bounds


def test_the_end_of_an_authorisation_does_not_date_the_act_it_frames(pipeline):
    text = ("La marche autorisée jusqu'hier par le maire de Kindia a été empêchée par les forces de l'ordre. "
            "Plusieurs militants ont été arrêtés par la police.")
    incidents = [i for i in code(pipeline, text).incidents if i.type == "COERCE"]
    assert incidents
    assert all(i.date is None or i.date.value != "2024-03-07" for i in incidents), [i.date for i in incidents]
