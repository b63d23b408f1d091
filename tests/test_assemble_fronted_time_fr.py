"""French: a sentence that opens on a time of its own, resolved or not, and names a locality
none of the incident's sentences named tells another occasion (`fronted_time_elsewhere`,
`assemble._elsewhere` with `_Mention.time_fronted`): on a page with no publication day
"Samedi dernier" stays unresolved, and no date conflict keeps the two attacks apart. A
sentence with no fronted time, or one naming the attack's own village again, goes on
telling it. Sentences written for these tests (the village names are made up)."""

from __future__ import annotations

import pytest

from tessera.assemble import default_assemble_rules
from tessera.records import Article, Document

LEAD = ("Des hommes armés ont attaqué et incendié dans la nuit de dimanche à lundi la brigade de gendarmerie "
        "du village de Zarvakoto, dans la région de Tillabéri, selon des sources sécuritaires. "
        "L'attaque a eu lieu vers deux heures du matin. ")


def code(pipeline, text: str, published: str | None = None) -> Document:
    return pipeline.extract(Article(id="t", text=text, language="fr", published=published))


def assaults(document: Document) -> list:
    return [i for i in document.incidents if i.type == "ASSAULT" and not i.context and i.mode == "asserted"]


@pytest.mark.parametrize(
    "more",
    [
        "Samedi dernier, des hommes armés ont attaqué le marché du village de Meltirubi.",
        "Le 22 juillet, un kamikaze s'est fait exploser dans le village de Meltirubi.",
    ],
)
def test_a_fronted_time_and_a_new_village_is_another_attack(pipeline, more):
    assert len(assaults(code(pipeline, LEAD + more))) == 2


@pytest.mark.parametrize(
    "more",
    [
        # no fronted time: the attackers went on
        "Les assaillants ont ensuite incendié des maisons dans le village de Meltirubi.",
        # a fronted time at the village told before
        "Lundi matin, les assaillants ont incendié des maisons du village de Zarvakoto.",
    ],
)
def test_no_fronted_time_or_the_same_village_goes_on_telling_the_attack(pipeline, more):
    assert len(assaults(code(pipeline, LEAD + more))) == 1


def test_english_keeps_its_own_rules():
    assert default_assemble_rules("fr").fronted_time_elsewhere
    assert not default_assemble_rules("en").fronted_time_elsewhere
