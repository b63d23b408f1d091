"""French: a fight told as two-sided (clashes between protesters and the police, a riposte:
`two_sided_words` of data/fr/assemble.yaml; an exchange of fire) is one ASSAULT per side, with reversed sides and
the toll left on the side told; an attack told from one side stays one item (English reads
its own words: test_assemble_two_sided.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tessera.records import Article, Document
from tests.incidents import told_as_two_sides

PUBLISHED = "2024-03-09"


def code(pipeline, text: str, language: str = "fr") -> Document:
    return pipeline.extract(Article(id="t", text=text, language=language, published=PUBLISHED))


@pytest.fixture(scope="module")
def pipeline():
    from tessera.pipeline import Pipeline

    return Pipeline.for_language("fr")


def assaults(document: Document):
    return [i for i in document.incidents if i.type == "ASSAULT" and not i.context]


@pytest.mark.parametrize(
    "text",
    [
        "Vendredi à Kindia, les commerçants se sont affrontés avec les gendarmes.",
        "Vendredi à Kindia, les gendarmes ont tiré des gaz lacrymogènes sur les commerçants. "
        "Ces derniers ripostent avec des jets de pierres.",
        "Jeudi à Kindia, des échanges de tirs entre soldats et bandits ont fait trois blessés.",
        "Jeudi à Kindia, un échange de tirs a éclaté entre douaniers et contrebandiers.",
        "Jeudi à Kindia, des soldats ont échangé des tirs avec des bandits.",
        "Jeudi à Kindia, des douaniers ont échangé des coups de feu avec des contrebandiers armés.",
    ],
)
def test_a_two_sided_fight_is_one_assault_per_side(pipeline, text):
    found = assaults(code(pipeline, text))
    assert len(found) == 2, [(i.actor, i.recipient, i.events) for i in found]
    assert told_as_two_sides(*found)


def test_the_toll_stays_on_the_side_told(pipeline):
    text = "Vendredi à Kindia, deux manifestants ont été tués lors d'affrontements avec la police."
    found = assaults(code(pipeline, text))
    assert sorted((i.fatalities is None) for i in found) == [False, True], [(i.fatalities, i.events) for i in found]


def test_a_one_sided_attack_stays_one_item(pipeline):
    text = "Vendredi à Kindia, des hommes armés ont attaqué un poste de police, tuant deux agents."
    assert len(assaults(code(pipeline, text))) == 1


def test_a_protest_clash_with_harm_on_both_sides_gives_the_other_side(pipeline):
    text = (
        "Samedi à Kindia, les manifestants ont incendié le poste de police. "
        "Les affrontements entre les manifestants et les policiers ont fait des blessés de part et d'autre."
    )
    found = assaults(code(pipeline, text))
    assert len(found) == 2, [(i.actor, i.recipient, i.events) for i in found]


@pytest.mark.parametrize(
    ("text", "tolls"),
    [
        ("Trois jeunes et deux gendarmes ont été tués lundi dans de violents heurts entre la "
         "population et les forces de l'ordre à Kindia.", [2, 3]),
        ("Deux adolescents et trois soldats ont été tués lundi dans de violents heurts entre la "
         "population et les forces de l'ordre à Kindia.", [2, 3]),
    ],
)
def test_a_toll_listed_by_kind_is_shared_between_the_sides(pipeline, text, tolls):
    # "Deux adolescents et deux soldats": each side's dead are that side's toll.
    found = assaults(code(pipeline, text))
    assert len(found) == 2
    assert told_as_two_sides(*found)
    assert sorted(i.fatalities for i in found) == tolls


@pytest.mark.parametrize(
    "text",
    [
        # one count, of which a part is named
        "Vendredi à Kindia, cinq personnes, dont deux soldats, ont été tuées lors d'affrontements avec des rebelles.",
        # one kind of dead
        "Vendredi à Kindia, cinq manifestants ont été tués lors d'affrontements avec la police.",
    ],
)
def test_no_share_without_a_list_of_two_counts_making_the_toll(pipeline, text):
    found = assaults(code(pipeline, text))
    assert 5 in [i.fatalities for i in found]
    assert not any(i.fatalities in (2, 3) for i in found)


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # the dead of one side, none of the other named
        ("Deux policiers et trois gendarmes ont été tués jeudi lors d'affrontements avec des jihadistes "
         "près de Diffa.", 5),
        # nouns of no one side
        ("Deux hommes et trois femmes ont été tués samedi lors d'affrontements entre la police et des "
         "manifestants à Conakry.", 5),
        # no side named but the place
        ("Quatre adultes et deux enfants ont été tués samedi lors de heurts à Conakry.", 6),
    ],
)
def test_no_share_of_a_list_not_told_by_side(pipeline, text, toll):
    # Each count must name one of the clash's sides: else the toll stays whole on the side told.
    found = assaults(code(pipeline, text))
    assert sorted(i.fatalities for i in found if i.fatalities is not None) == [toll], [
        (i.actor, i.recipient, i.fatalities) for i in found]
