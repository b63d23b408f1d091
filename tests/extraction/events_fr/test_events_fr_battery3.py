"""French tolls and actors in common wire shapes, in sentences of our own.

The toll of the first reported ASSAULT: the counted whole before ", dont" ("Onze civils, dont
trois femmes, ont été tués": 11), the dead without the wounded after them ("plus de 70 morts
et 200 blessés": 70), and never the attackers' dead (README-fr: attackers killed are not
added, fr-086): "Douze soldats et trente assaillants" is 12, "Dix-huit assaillants ont été
tués" states no toll. The actor of a verb the parse hung as parataxis on the adjective of its
subject ("L'armée malienne a tué ...": the adjective taken for the root) is that subject; the
sides of a clash ("affrontements entre A et B", also "tués dans des heurts entre A et B") are
A acting on B, and a clash's dead are its toll; "a coûté la vie à onze soldats" is 11.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tessera.pipeline import Pipeline
from tessera.records import Article


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _assaults(pipeline, text: str):
    article = Article(id="t", text=text, language="fr", published=dt.date(2024, 5, 6))
    incidents = [i for i in pipeline.extract(article).incidents if not i.context and i.type == "ASSAULT"]
    assert incidents, "no reported ASSAULT incident"
    return incidents


TOLLS = [
    (11, "Onze civils, dont trois femmes, ont été tués par des hommes armés près de Beni lundi."),
    # one person, the killing's object with a determiner of one (as English "killed the pastor")
    (1, "Des assaillants ont tué le catéchiste du village de Débé, près de Djibasso, dimanche."),
    (4, "Quatre personnes, dont deux enfants, ont été tuées dans l'attaque d'un car près de Mopti mardi."),
    (11, "Au moins 11 personnes, dont trois soldats, ont été tuées dans une embuscade près de Fada N'Gourma."),
    (9, "Neuf villageois, dont un chef coutumier, ont été tués par des jihadistes près de Kaya dimanche."),
    (70, "L'attaque de Niamey, mardi, a fait, selon des sources sécuritaires, plus de 70 morts et 200 blessés."),
    (40, "L'attaque a fait 40 morts et 65 blessés à Djibo dimanche, selon un élu local."),
    (12, "Douze soldats et trente assaillants ont été tués lors de l'attaque d'une base militaire au Mali lundi."),
    (15, "Des jihadistes ont attaqué un poste militaire près de Tillabéri mardi. Quinze soldats et une "
         "vingtaine d'assaillants ont été tués."),
    (None, "Dix-huit assaillants ont été tués lors d'une attaque contre la présidence à N'Djamena mercredi."),
    (None, "Trois agresseurs ont été abattus par la police après l'attaque d'un commissariat à Bamako samedi."),
    (10, "Des hommes armés ont tué sept soldats et trois civils près de Kaya samedi."),
    (15, "L'armée malienne a tué quinze terroristes lors d'une opération près de Ménaka mardi."),
    (11, "L'attaque d'un camp militaire près de Tahoua jeudi a coûté la vie à onze soldats, selon l'armée."),
    (7, "Une embuscade a coûté la vie à sept soldats près de Kidal lundi."),
    (4, "Au moins quatre personnes ont trouvé la mort et plusieurs autres ont été blessées dans des "
        "affrontements entre des éleveurs et des agriculteurs dans le village de Gagalao, au Tchad."),
    (30, "Au moins 30 personnes ont été tuées dans des affrontements entre l'armée et les rebelles du M23 "
         "dans le Nord-Kivu mardi."),
]


@pytest.mark.parametrize(("expected", "text"), TOLLS)
def test_french_toll(pipeline, expected, text):
    assert _assaults(pipeline, text)[0].fatalities == expected


ACTORS = [
    ("MLI", "L'armée malienne a tué quinze terroristes lors d'une opération près de Ménaka mardi."),
    ("MLI", "L'armée malienne a bombardé des positions jihadistes près de Léré jeudi."),
    ("BFA", "L'armée burkinabè a tué une vingtaine de terroristes dans la région du Sahel jeudi."),
    ("NER", "L'armée nigérienne a tué douze jihadistes près de Tillabéri samedi."),
    ("TCD", "L'armée tchadienne a abattu une dizaine de rebelles près de la frontière libyenne lundi."),
    # a clash's sides: "entre A et B", A acting, also for the dead "tués dans des heurts entre ..."
    ("COD", "Au moins 30 personnes ont été tuées dans des affrontements entre l'armée et les rebelles du M23 "
            "dans le Nord-Kivu mardi."),
    ("NGA", "Dix civils ont été tués dans des heurts entre éleveurs et agriculteurs dans l'État du Plateau, "
            "au Nigeria."),
    ("CAF", "Des affrontements entre l'armée et des rebelles ont fait dix morts à Bambari, en Centrafrique."),
    ("SDN", "De violents combats entre l'armée soudanaise et les Forces de soutien rapide ont eu lieu à "
            "El-Facher jeudi."),
]


@pytest.mark.parametrize(("actor", "text"), ACTORS)
def test_french_actor(pipeline, actor, text):
    assert any(i.actor is not None and i.actor.country == actor for i in _assaults(pipeline, text))
