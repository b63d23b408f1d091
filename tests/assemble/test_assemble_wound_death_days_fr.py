"""French: a day told on a death from wounds ("a succombé à ses blessures le 27 janvier", "est
décédé de ses blessures dimanche": `wound_nouns` of data/fr/assemble.yaml after a verb of
`die_verbs`) is the day of that death, later than the act that wounded: it dates no mention of
its sentence (assemble.dates._wound_death_day), which keeps the act's day. Other days of the
sentence, and deaths not from wounds, keep theirs. Sentences written for these tests."""

from __future__ import annotations

from tessera.records import Article, Document

PUBLISHED = "2024-03-09"  # a Saturday: "lundi" is 2024-03-04, "mercredi" 2024-03-06


def code(pipeline, text: str) -> Document:
    return pipeline.extract(Article(id="t", text=text, language="fr", published=PUBLISHED))


def _dates(document: Document, kind: str = "ASSAULT") -> set[str | None]:
    return {i.date.value if i.date else None for i in document.incidents
            if i.type == kind and not i.context and i.mode == "asserted"}


def test_the_day_of_a_death_from_wounds_does_not_date_the_fight(pipeline):
    text = ("Quatre gendarmes ont été tués lundi dans une embuscade près de Kaya. "
            "Trois sont morts sur place et un quatrième a succombé à ses blessures le 6 mars "
            "à l'hôpital de Ouahigouya.")
    assert _dates(code(pipeline, text)) == {"2024-03-04"}


def test_a_day_told_between_the_dying_and_the_wounds(pipeline):
    text = ("Des hommes armés ont attaqué lundi un poste de police à Dori, tuant deux agents. "
            "Un troisième policier est décédé mercredi des suites de ses blessures.")
    assert _dates(code(pipeline, text)) == {"2024-03-04"}


def test_a_weekday_right_after_the_wounds(pipeline):
    text = ("Six soldats ont été tués lundi dans l'attaque de leur base à Fotokol. "
            "Cinq ont péri pendant l'assaut, un sixième est décédé de ses blessures mercredi, selon l'armée.")
    assert _dates(code(pipeline, text)) == {"2024-03-04"}


def test_a_death_not_from_wounds_keeps_its_day(pipeline):
    # no wounds: the day told with the dying is the act's
    text = "Trois civils sont morts mercredi dans l'explosion d'une mine près de Djibo."
    assert _dates(code(pipeline, text)) == {"2024-03-06"}


def test_another_day_of_the_sentence_still_dates_its_act(pipeline):
    # the wounds' day goes, the fight's own day in the same sentence stays
    text = ("Deux soldats ont été tués lundi dans des combats à Menaka et un troisième a succombé "
            "à ses blessures mercredi.")
    assert _dates(code(pipeline, text)) == {"2024-03-04"}
