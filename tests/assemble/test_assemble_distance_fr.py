"""French: a day told by its distance from another act named by a clause or an indefinite noun
("deux jours après une attaque similaire", "au lendemain d'une autre") dates that other act,
never the sentence's main one (`_stated_date`). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tessera.records import Article, Document

PUBLISHED = "2024-03-09"  # a Saturday


def code(pipeline, text: str) -> Document:
    # the session's pipeline (conftest) hands a French article to the French one
    return pipeline.extract(Article(id="t", text=text, language="fr", published=PUBLISHED))


def test_the_main_act_keeps_its_day_beside_the_day_after_another(pipeline):
    text = ("Des hommes armés ont tué quatre gendarmes jeudi 7 mars près de Dori. "
            "Cette attaque est survenue au lendemain d'une autre qui visait un convoi dans la même zone.")
    days = [i.date.value for i in code(pipeline, text).incidents
            if i.type == "ASSAULT" and i.fatalities == 4 and i.date is not None]
    assert days == ["2024-03-07"]


def test_the_other_act_takes_the_day_its_distance_tells(pipeline):
    text = ("Des hommes armés ont enlevé six passagers jeudi 7 mars près de Kaya, deux jours après une "
            "attaque contre un poste de gendarmerie.")
    incidents = code(pipeline, text).incidents
    assert [i.date.value for i in incidents if i.type == "COERCE" and i.date] == ["2024-03-07"]
    assert [i.date.value for i in incidents if i.type == "ASSAULT" and i.date] == ["2024-03-05"]


LEAD = ("Huit soldats ont été tués jeudi 7 mars dans une attaque près de Kaya. Cette attaque est intervenue au "
        "lendemain d'une autre qui s'est déroulée dans la même région contre une patrouille. ")


def test_the_other_act_named_back_keeps_the_day_its_distance_tells(pipeline):
    # "cet attentat" names the other act back: the next sentence's act keeps the day before.
    text = LEAD + "Au moins six assaillants ont été tués dans cet attentat, selon l'armée."
    days = [i.date.value if i.date else None for i in code(pipeline, text).incidents
            if i.type == "ASSAULT" and i.fatalities != 8 and not i.context]
    assert days == ["2024-03-06"]


def test_a_sentence_naming_nothing_back_takes_no_distance_day(pipeline):
    # "Des renforts seront envoyés": no act named back, no day counted from the other act.
    text = LEAD + "Des renforts seront envoyés dans la zone pour traquer les assaillants."
    days = [i.date.value if i.date else None for i in code(pipeline, text).incidents if i.type == "MOBILIZE"]
    assert "2024-03-06" not in days


@pytest.mark.parametrize(
    ("tail", "kind"),
    [
        # A demonstrative before a noun that names no act ("cette zone", "cette localité", "ce
        # communiqué") names nothing back: the act keeps the main attack's day.
        ("Des renforts ont été envoyés dans cette zone pour traquer les assaillants, selon l'armée.", "MOBILIZE"),
        ("Trois suspects ont été arrêtés dans cette localité, selon l'armée.", "COERCE"),
    ],
)
def test_a_demonstrative_naming_no_act_takes_no_distance_day(pipeline, tail, kind):
    days = [i.date.value if i.date else None for i in code(pipeline, LEAD + tail).incidents if i.type == kind]
    assert days == ["2024-03-07"]


def test_a_day_of_its_own_stands(pipeline):
    text = LEAD + "Au moins six assaillants ont été tués vendredi dans un autre accrochage, selon l'armée."
    days = [i.date.value if i.date else None for i in code(pipeline, text).incidents
            if i.type == "ASSAULT" and i.fatalities != 8 and not i.context]
    assert days == ["2024-03-08"]
