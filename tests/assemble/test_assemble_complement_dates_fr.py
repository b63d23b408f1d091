"""French: a date after a noun as its complement in "de" ("les législatives du 28 avril": the
case words `distinct_complement_cases` of data/fr/assemble.yaml) tells that noun's time, as a date
set before a noun does in English ("a 2018 peace deal"): not the day of an act the noun does not
hang on through nouns and prepositions only (assemble.dates._dates_other_act_noun). "tués dans
l'attaque du 3 mars" keeps its day. Sentences written for these tests."""

from __future__ import annotations

from tessera.records import Article, Document

PUBLISHED = "2024-03-09"  # a Saturday: "mardi" is 2024-03-05


def code(pipeline, text: str) -> Document:
    return pipeline.extract(Article(id="t", text=text, language="fr", published=PUBLISHED))


def _asserted(document: Document, kind: str):
    return [i for i in document.incidents if i.type == kind and not i.context and i.mode == "asserted"]


def test_the_day_of_another_nouns_complement_does_not_date_the_act(pipeline):
    text = ("Des heurts ont éclaté mardi à Parakou après l'arrestation de deux militants, "
            "accusés de fraudes lors des législatives du 28 janvier.")
    arrests = _asserted(code(pipeline, text), "COERCE")
    assert arrests, "no arrest coded"
    assert all(i.date is None or i.date.value != "2024-01-28" for i in arrests), [i.date for i in arrests]


def test_the_day_of_the_act_nouns_own_complement_still_dates_it(pipeline):
    text = "Cinq civils ont été tués dans l'attaque du 3 mars contre le village de Bouna."
    (incident,) = _asserted(code(pipeline, text), "ASSAULT")
    assert incident.date is not None and incident.date.value == "2024-03-03", incident.date


def test_a_part_of_the_day_with_its_date_is_the_acts_time(pipeline):
    # "dans la soirée du 5 mars": the part of the day is the act's, and so is its date, even
    # under a modal and beside another noun's date ("le scrutin du 4 mars").
    text = ("Mécontents des résultats du scrutin du 4 mars, des soldats ont voulu piller des "
            "magasins à Bunia dans la soirée du 5 mars.")
    incidents = [i for i in code(pipeline, text).incidents if not i.context]
    assert incidents, "nothing coded"
    assert {i.date.value for i in incidents if i.date} == {"2024-03-05"}, [(i.type, i.date) for i in incidents]
