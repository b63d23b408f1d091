"""French: a day told by its distance from another act named by a clause or an indefinite noun
("deux jours après une attaque similaire", "au lendemain d'une autre") dates that other act,
never the sentence's main one (`_stated_date`). Sentences written for these tests."""

from __future__ import annotations

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
