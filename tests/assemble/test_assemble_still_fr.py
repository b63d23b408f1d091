"""French: "toujours" with a state tells that it still holds ("les otages sont toujours
retenus"), not that an act recurs; the adverbs of frequency (`frequency_adverbs` of
data/fr/assemble.yaml) make an act habitual ("les jihadistes attaquent régulièrement les
convois"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tessera.records import Article, Document

PUBLISHED = "2024-03-09"


def code(pipeline, text: str) -> Document:
    return pipeline.extract(Article(id="t", text=text, language="fr", published=PUBLISHED))


@pytest.fixture(scope="module")
def pipeline():
    from tessera.pipeline import Pipeline

    return Pipeline.for_language("fr")


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Les trois otages enlevés vendredi à Dori sont toujours retenus par leurs ravisseurs.", False),
        ("Les jihadistes enlèvent régulièrement des commerçants sur cette route près de Dori.", True),
    ],
)
def test_still_held_is_the_abduction_told_and_a_frequency_adverb_a_habit(pipeline, text, context):
    coercions = [i for i in code(pipeline, text).incidents if i.type == "COERCE"]
    assert coercions and all(i.context is context for i in coercions), [(i.context, i.events) for i in coercions]
