"""French: a mention that nothing but proximity ties to the attack told just before tells
another attack when its sentence names a locality none of that attack's sentences named and
a word telling one more (`additive_words`: également, aussi, autre(s); `assemble._elsewhere`);
a sentence naming a new place with no such word, or the attack's own village again, goes on
telling it. Sentences written for these tests (the village names are made up)."""

from __future__ import annotations

import pytest

from tessera.records import Article, Document
from tests.incidents import assaults

PUBLISHED = "2024-03-09"
LEAD = ("Des hommes armés ont attaqué le village de Zarvakoto dans la région de Tillabéri dimanche, "
        "tuant six civils. Les assaillants ont emporté du bétail. ")


def code(pipeline, text: str) -> Document:
    return pipeline.extract(Article(id="t", text=text, language="fr", published=PUBLISHED))


@pytest.mark.parametrize(
    "more",
    [
        "Des hommes armés ont également incendié le village de Meltirubi.",
        "Des jihadistes ont aussi attaqué le village de Meltirubi.",
        "D'autres hommes armés ont incendié des maisons dans le village de Meltirubi.",
    ],
)
def test_a_new_village_with_a_word_telling_one_more_is_another_attack(pipeline, more):
    attacks = assaults(code(pipeline, LEAD + more))
    assert len(attacks) == 2
    assert [a.fatalities for a in attacks] == [6, None]


@pytest.mark.parametrize(
    "more",
    [
        # a new village with no such word: the attackers went on
        "Les assaillants ont ensuite incendié des maisons dans le village de Meltirubi.",
        # "aussi" at the village told before
        "Les assaillants ont aussi incendié des maisons à Zarvakoto.",
    ],
)
def test_no_word_telling_one_more_or_the_same_village_goes_on_telling_the_attack(pipeline, more):
    assert len(assaults(code(pipeline, LEAD + more))) == 1


def test_a_sentence_that_opens_on_a_new_town_tells_another_attack(pipeline):
    # "À Arbinda, ...": a fronted locative phrase (the French parse hangs "À" on its noun) opens
    # another occasion, as "In Tank district, ..." does in English
    lead = ("Des hommes armés ont attaqué la ville de Djibo dans la province du Soum dimanche, "
            "tuant six civils. Les assaillants ont emporté du bétail. ")
    attacks = assaults(code(pipeline, lead + "À Arbinda, des hommes armés ont incendié des maisons."))
    assert len(attacks) == 2
    # the same town again goes on telling the attack
    assert len(assaults(code(pipeline, lead + "À Djibo, les assaillants ont incendié des maisons."))) == 1


def test_a_place_the_news_was_told_from_is_no_locality_of_the_attack(pipeline):
    # "de sources sécuritaires à Niamey": where the news came from (role "source"), no
    # locality told apart from the village of the ambush the next sentence names
    text = ("Dix soldats ont été tués mardi dans une attaque dans la région de Tillabéri, a-t-on appris "
            "mercredi de sources sécuritaires à Niamey. Selon ces sources, la patrouille est tombée dans "
            "une embuscade tendue par des assaillants près de Filingué.")
    attacks = assaults(code(pipeline, text))
    assert len(attacks) == 1
    assert attacks[0].fatalities == 10


def test_others_that_only_finish_a_list_of_victims_tell_no_other_attack(pipeline):
    # "un chef de village et cinq autres hommes": the rest of the attack's victims, listed
    # in its own sentence, not one more attack somewhere else
    text = ("Six villageois ont été tués dimanche dans une attaque dans l'ouest du Niger. L'attaque du "
            "village de Zarvakoto, dans la région de Tillabéri, a tué un chef de village et cinq autres hommes.")
    attacks = assaults(code(pipeline, text))
    assert len(attacks) == 1
    assert attacks[0].fatalities == 6
