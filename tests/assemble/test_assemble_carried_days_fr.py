"""French: a mention stating a day of its own does not go on telling an incident whose
undated mentions were told on another day, one their sentence or the one before gives
(`carried_days_apart`, `assemble._day_apart`, `_Mention.carried_day`), even where no fronted
time moves on. A mention stating that same day, or no day, goes on telling it. Sentences
written for these tests."""

from __future__ import annotations

from tessera.assemble import default_assemble_rules
from tessera.records import Article, Document

LEAD = ("Au Tchad, la ville d'Abéché vit depuis ce mardi une nuit de violences. "
        "Deux groupes armés s'affrontent dans le quartier du marché. ")


def code(pipeline, text: str) -> Document:
    return pipeline.extract(Article(id="t", text=text, language="fr", published="2024-03-08"))


def assaults(document: Document) -> dict[tuple[str, ...], str | None]:
    """The asserted assaults, by their mentions: each with its day."""
    return {tuple(i.events): i.date.value if i.date is not None else None
            for i in document.incidents if i.type == "ASSAULT" and not i.context and i.mode == "asserted"}


def test_another_day_of_its_own_is_another_occasion(pipeline):
    text = LEAD + ("C'est dans ce même quartier que la voiture du gouverneur a fait l'objet de tirs nourris "
                   "samedi dernier.")
    assert sorted(assaults(code(pipeline, text)).values()) == ["2024-03-02", "2024-03-05"]


def test_the_same_day_or_none_goes_on_telling_it(pipeline):
    for day in ("mardi", ""):
        more = f"C'est dans ce même quartier que la voiture du gouverneur a fait l'objet de tirs nourris {day}."
        assert list(assaults(code(pipeline, LEAD + more.replace(" .", "."))).values()) == ["2024-03-05"]


def test_english_keeps_its_own_rules():
    assert default_assemble_rules("fr").carried_days_apart
    assert not default_assemble_rules("en").carried_days_apart


SAID = ("Au moins douze personnes ont été tuées lors de l'attaque d'un village du centre du Mali par des hommes "
        "armés, a déclaré jeudi un responsable local. Il s'agit de la dernière attaque violente en date dans "
        "la région touchée par le conflit. ")


def test_a_day_of_saying_carries_its_eve(pipeline):
    # "a déclaré jeudi": the day the source spoke; the attack it reports may have fallen the
    # day before, so "mercredi soir" goes on telling it and dates it.
    text = SAID + "Les assaillants ont attaqué les villageois mercredi soir dans le village de Sali."
    assert list(assaults(code(pipeline, text)).values()) == ["2024-03-06"]


def test_a_day_further_back_is_another_occasion(pipeline):
    text = SAID + "Les assaillants ont attaqué les villageois le 25 février dans le village de Sali."
    assert sorted(assaults(code(pipeline, text)).values()) == ["2024-02-25", "2024-03-07"]
