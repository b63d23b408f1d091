"""French: "depuis le début de ..." (the start, or the end, of something named: `since_start_nouns` of
data/fr/assemble.yaml) frames a period up to the report, as "depuis 2015" does and as English
"since the protests began" does: a toll told over it is a running total, background. A day
("depuis lundi") still dates one act. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tessera.records import Article, Document

PUBLISHED = "2024-03-09"


def code(pipeline, text: str) -> Document:
    # the session's pipeline (conftest) hands a French article to the French one
    return pipeline.extract(Article(id="t", text=text, language="fr", published=PUBLISHED))


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Au moins 120 personnes ont été tuées depuis le début des manifestations à Dakar.", True),
        ("Au moins 40 soldats ont été tués depuis le déclenchement de la crise dans le Nord.", True),
        # the end of a month or of something named opens a period as its start does
        ("Ce décès porte à 9 le nombre de gendarmes tués dans la région depuis la fin janvier.", True),
        ("Une trentaine de civils ont été tués depuis la fin de la trêve autour de Kidal.", True),
        ("Des hommes armés ont tué cinq civils lundi près de Dori, le pire bilan depuis le début de l'année.",
         False),
        ("Les combats ont fait trois morts depuis lundi à Kidal.", False),
    ],
)
def test_since_the_start_of_something_frames_a_period(pipeline, text, context):
    assaults = [i for i in code(pipeline, text).incidents if i.type == "ASSAULT"]
    assert assaults and all(i.context is context for i in assaults), [(i.context, i.date) for i in assaults]


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Entre janvier et octobre, au moins 200 civils ont été tués dans la région de Mopti.", True),
        ("Au moins 200 civils ont été tués entre 2015 et 2017 dans la région de Mopti.", True),
        ("Des combats ont opposé l'armée et les rebelles entre lundi et mardi à Kidal.", False),
    ],
)
def test_a_span_from_one_month_or_year_to_another_frames_a_period(pipeline, text, context):
    # English "between January and August" (`range_prepositions`); two days are one act's time.
    assaults = [i for i in code(pipeline, text).incidents if i.type == "ASSAULT"]
    assert assaults and all(i.context is context for i in assaults), [(i.context, i.date) for i in assaults]


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # a month with no day of it opens a period up to the report, as English "since January"
        ("Au moins 40 civils ont été tués depuis janvier dans la province de Mopti.", True),
        ("Le porte-parole a indiqué que 195 déplacés avaient été tués depuis décembre dernier dans le territoire.",
         True),
        ("Depuis mars, une trentaine de soldats ont été tués dans la région de Tillabéri.", True),
        # a day of a month still dates one act
        ("Trois soldats ont été tués depuis le 3 janvier à Gao.", False),
    ],
)
def test_since_a_month_frames_a_period(pipeline, text, context):
    assaults = [i for i in code(pipeline, text).incidents if i.type == "ASSAULT"]
    assert assaults and all(i.context is context for i in assaults), [(i.context, i.date) for i in assaults]
