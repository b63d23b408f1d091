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


BACK = ("Des hommes armés ont attaqué un poste militaire à Porga dans la nuit du lundi 4 mars 2024. "
        "Deux soldats ont été blessés. ")


def test_a_noun_naming_back_the_act_of_another_carried_day_is_that_act(pipeline):
    # "cette attaque" names back the act the sentence before tells for 20 February (told by
    # no mention of its own), not the attack on Porga told before it for 4 March: another
    # incident (`assemble._carried_apart`), dated that day where told in the past perfect.
    told = ("Le 20 février 2024, c'était le commissariat de Kalalé qui avait subi la cruauté de ces "
            "criminels. Un policier {} dans cette attaque.")
    days = assaults(code(pipeline, BACK + told.format("avait été tué")))
    assert len(days) == 2 and "2024-02-20" in days.values()
    assert len(assaults(code(pipeline, BACK + told.format("a été tué")))) == 2


def test_a_noun_naming_back_on_the_same_day_goes_on_telling_it(pipeline):
    text = BACK + ("Le 4 mars 2024, c'était aussi le commissariat de Porga qui avait subi la cruauté de ces "
                   "criminels. Un policier a été tué dans cette attaque.")
    assert len(assaults(code(pipeline, text))) == 1



AMBUSH = ("Des jihadistes ont tendu une embuscade à une patrouille près de Banikoara dans la nuit du "
          "jeudi 29 février 2024. Trois gendarmes ont été blessés. ")
# The act "cette attaque" names back is told by no mention of its own in the sentence before.
TOWN_HALL = "c'était la mairie de Malanville qui avait connu la même violence. Un agent {} dans cette attaque."


def days_told(text: str, pipeline) -> list[str]:
    return sorted(str(day) for day in assaults(code(pipeline, text)).values())


def test_the_act_named_back_on_another_day_takes_that_day_or_none(pipeline):
    # Kept apart by the day the sentence before tells with its year, the act "cette attaque"
    # names back is dated by that day when told in the past perfect; in the passé composé it
    # takes no day: never the day of the ambush told before it.
    text = AMBUSH + "Le 10 février 2024, " + TOWN_HALL
    assert days_told(text.format("avait été tué"), pipeline) == ["2024-02-10", "2024-03-01"]
    assert days_told(text.format("a été tué"), pipeline) == ["2024-03-01", "None"]


def test_the_act_named_back_on_a_day_told_without_its_year_has_no_day(pipeline):
    # A day told without its year may be read in the wrong year: the act kept apart by it
    # takes no day rather than the ambush's.
    for verb in ("a été tué", "avait été tué"):
        text = AMBUSH + "Le 10 février, " + TOWN_HALL.format(verb)
        assert days_told(text, pipeline) == ["2024-03-01", "None"]


def test_the_act_named_back_on_the_ambush_day_is_the_ambush(pipeline):
    # The day after the night of the ambush is one of its days: "cette attaque" names it back.
    for told in ("Le 1er mars 2024, " + TOWN_HALL.format("a été tué"),
                 "Le 1er mars 2024, le ministre s'est rendu sur place. Un quatrième gendarme a été tué dans "
                 "cette attaque."):
        assert days_told(AMBUSH + told, pipeline) == ["2024-03-01"]
