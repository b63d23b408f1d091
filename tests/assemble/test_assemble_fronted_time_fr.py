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
from tests.incidents import assaults

LEAD = ("Des hommes armés ont attaqué et incendié dans la nuit de dimanche à lundi la brigade de gendarmerie "
        "du village de Zarvakoto, dans la région de Tillabéri, selon des sources sécuritaires. "
        "L'attaque a eu lieu vers deux heures du matin. ")


def code(pipeline, text: str, published: str | None = None) -> Document:
    return pipeline.extract(Article(id="t", text=text, language="fr", published=published))


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


# A headline's toll, then an attack told on a day of its own in one sentence and on in the
# next; the town of Ouahigouya is known, the hamlet of Tanlokoudi is made up (no gazetteer
# holds it, so its sentence inherits the town told before).
TOLL_LEAD = ("Burkina Faso : quatre morts dans une attaque contre un marché\n\n"
             "Des hommes armés ont surgi dans le marché de Ouahigouya, le 14 mars. "
             "Ils ont tiré sur les commerçants, tués sur le coup. ")


def test_the_same_toll_on_a_fronted_day_apart_is_another_attack(pipeline):
    """The same toll ties nothing where the sentence opens on a day of its own apart from
    the day the incident carries (`assemble._ties`, `_other_day`)."""
    text = TOLL_LEAD + "Mardi 12 mars, à Tanlokoudi, quatre personnes ont été tuées par des hommes armés."
    found = assaults(code(pipeline, text, "2024-03-16"))
    assert sorted(i.date.value for i in found if i.date is not None) == ["2024-03-12", "2024-03-14"]


def test_the_same_toll_on_the_same_fronted_day_goes_on_telling_the_attack(pipeline):
    text = TOLL_LEAD + "Jeudi 14 mars, quatre personnes ont été tuées par ces hommes armés."
    found = assaults(code(pipeline, text, "2024-03-16"))
    assert len(found) == 1
