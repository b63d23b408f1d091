"""Two statements of one type (`speakers_apart_types` of data/assemble.yaml) made by two
people the text names are two incidents (`links._speakers_apart`); one person's statements
stay one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tessera.assemble import default_assemble_rules
from tessera.records import Article, Document

PUBLISHED = "2024-05-03"
LEAD = "Gunmen killed four policemen at a checkpoint in Mastung on Wednesday, officials said. "


def code(pipeline, text: str) -> Document:
    return pipeline.extract(Article(id="t", text=text, language="en", published=PUBLISHED))


def accusations(document: Document) -> list:
    return [i for i in document.incidents if i.type == "ACCUSE" and i.mode == "asserted" and not i.context]


@pytest.fixture(scope="module")
def pipeline():
    from tessera.pipeline import Pipeline

    return Pipeline.default()


def test_the_types_are_data():
    assert "ACCUSE" in default_assemble_rules("en").speakers_apart_types


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (LEAD + "Prime Minister Ahmed Karim condemned the attack on the checkpoint. "
         "Provincial governor Bilal Saeed also condemned the attack.", 2),
        (LEAD + "Interior minister Sara Malik condemned the killing of the policemen. "
         "Opposition leader Omar Javed blamed the government for the attack.", 2),
        # one speaker named twice: one statement
        (LEAD + "Prime Minister Ahmed Karim condemned the attack on the checkpoint. "
         "Karim also condemned the attackers as cowards.", 1),
    ],
)
def test_two_speakers_make_two_accusations(pipeline, text, count):
    assert len(accusations(code(pipeline, text))) == count
