"""French mentions that tell no reported incident (issue 13: predicted incidents right), in
sentences of our own.

Each case names a general shape: a photo caption (a sentence with a credit mark), a past
participle counted as a noun ("quatre accusés": defendants), the typographic apostrophe in a
negation ("Il n’y a pas eu de revendication"), a guess ("il pourrait s'agir de ..."), a
negated noun that the trigger completes ("aucun signe d'une menace"), a refusal told by a
present participle ("Refusant de quitter"), a period ("ces dernières années"), and the
wounded or freed hostages evacuated.
Controls keep the event of the same words in a plain report.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tessera.records import Article


@pytest.fixture(scope="module")
def pipeline(unfiltered):
    return unfiltered  # what the rules report, before the confidence filter


def _reported(pipeline, text: str) -> list[str]:
    """Types of the asserted, non-context incidents of `text`."""
    article = Article(id="t", text=text, language="fr", published=dt.date(2024, 5, 10))
    return [i.type for i in pipeline.extract(article).incidents if i.mode == "asserted" and not i.context]


NOT_REPORTED = [
    ("PROTEST", "Manifestation contre la vie chère le 3 mai 2024 à Abidjan ©AFP"),
    ("ACCUSE", "Trois accusés se sont évadés samedi de la prison de Conakry."),
    ("REQUEST", "Des hommes armés ont attaqué un poste de police à Kandi mardi. Il n’y a pas eu de "
                "revendication après cette attaque."),
    ("RETREAT", "Deux gendarmes ont été tués lundi à Dori. Il pourrait s'agir des mêmes assaillants qui se "
                "seraient repliés vers la frontière."),
    ("THREATEN", "Il n'y avait aucun signe de menace contre le village, selon un élu."),
    ("RETREAT", "Refusant de quitter le pays dans le délai fixé, le consul sera expulsé de force."),
    ("ASSAULT", "Le pays, qui a été frappé ces dernières années par des violences jihadistes, vote dimanche."),
    ("RETREAT", "Les blessés ont été évacués vers Gao jeudi pour y être soignés."),
    ("RETREAT", "Libérés samedi, les deux otages ont été évacués vers Niamey."),
]


@pytest.mark.parametrize(("kind", "text"), NOT_REPORTED)
def test_not_a_reported_incident(pipeline, kind, text):
    assert kind not in _reported(pipeline, text)


REPORTED = [
    ("PROTEST", "Des milliers de personnes ont manifesté contre la vie chère samedi à Abidjan."),
    ("ASSAULT", "Des hommes armés ont attaqué un poste de police à Kandi mardi, tuant deux policiers."),
    ("RETREAT", "Les soldats se sont repliés vers la frontière lundi après l'attaque de Dori."),
    ("RETREAT", "Les derniers soldats français ont quitté le pays vendredi."),
    ("RETREAT", "L'armée a évacué le camp de Boulkessi vendredi."),
    ("ASSAULT", "Le pays a été frappé le mois dernier par une attaque jihadiste contre un camp à Kidal."),
]


@pytest.mark.parametrize(("kind", "text"), REPORTED)
def test_still_reported(pipeline, kind, text):
    assert kind in _reported(pipeline, text)
