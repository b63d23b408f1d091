"""French: a modifier that announces another incident of the same occasion (`same_time_modifiers`
of data/fr/assemble.yaml: "d'autres manifestations", "une manifestation distincte", "une attaque
similaire") leaves an undated mention the report's day, as English "Other protests were held in
Doba" does; the singular "une autre" (perhaps another day) and "précédente" (an earlier time) do
not. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tessera.records import Article, Document

PUBLISHED = "2024-03-06"


def code(pipeline, text: str) -> Document:
    # the session's pipeline (conftest) hands a French article to the French one
    return pipeline.extract(Article(id="t", text=text, language="fr", published=PUBLISHED))


LEAD = "Des manifestants ont été dispersés mardi à Lomé par la police. "


@pytest.mark.parametrize(
    ("second", "dated"),
    [
        ("D'autres manifestations ont eu lieu à Kara.", True),
        ("Une manifestation distincte a eu lieu à Kara.", True),
        ("La manifestation précédente avait eu lieu à Kara.", False),
    ],
)
def test_same_occasion_modifier_keeps_the_report_day(pipeline, second, dated):
    protests = [i for i in code(pipeline, LEAD + second).incidents
                if i.type == "PROTEST" and i.location is not None and i.location.name == "Kara"]
    assert protests, code(pipeline, LEAD + second).incidents
    assert all((i.date is not None and i.date.value == "2024-03-05") is dated for i in protests), \
        [i.date for i in protests]


def test_an_ordinal_incident_told_by_a_part_of_a_day_takes_the_day_told(pipeline):
    # "une seconde frappe ... dans l'après-midi": another incident (its ordinal keeps it off the
    # report's day), dated by its part of a day on the day the story told last (dates_fr
    # `_parts_of_day`), as English "a second strike ... in the afternoon".
    text = ("Des avions ont bombardé mardi un dépôt d'armes à Homs, tuant trois soldats. "
            "Une seconde frappe a touché une caserne à Hama dans l'après-midi.")
    strikes = [i for i in code(pipeline, text).incidents
               if i.type == "ASSAULT" and i.location is not None and i.location.name == "Ḩamāh"]
    assert strikes, code(pipeline, text).incidents
    assert all(i.date is not None and i.date.value == "2024-03-05" for i in strikes), [i.date for i in strikes]
