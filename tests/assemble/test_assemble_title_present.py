"""A title's simple present tells the news, not a habit ("EU imposes sanctions on junta
leaders", "Army suspends activities of political parties"): a headline's verb is no
habitual present (`assemble.mentions`), while a present verb in a sentence of the body
still is. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tessera.records import Article, Document

PUBLISHED = "2024-03-10"


def code(pipeline, text: str) -> Document:
    return pipeline.extract(Article(id="t", text=text, language="en", published=PUBLISHED))


@pytest.fixture(scope="module")
def pipeline():
    from tessera.pipeline import Pipeline

    return Pipeline.for_language("en")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("EU imposes sanctions on junta leaders\n\nThe bloc said the measures target five members of the "
         "junta.", "SANCTION"),
        ("Washington imposes sanctions on militia commanders\n\nThe Treasury named three commanders in its "
         "statement.", "SANCTION"),
        ("Gunmen kill 12 villagers\n\nThe attackers arrived on motorcycles and opened fire on residents, police "
         "said.", "ASSAULT"),
    ],
)
def test_a_title_present_tells_an_incident(pipeline, text, kind):
    told = [i for i in code(pipeline, text).incidents if i.type == kind]
    assert told and not told[0].context, [(i.type, i.context) for i in told]


def test_a_present_in_the_body_stays_habitual(pipeline):
    document = code(pipeline, "Residents say soldiers routinely arrest young men at checkpoints.")
    assert all(i.context for i in document.incidents if i.type == "COERCE")
