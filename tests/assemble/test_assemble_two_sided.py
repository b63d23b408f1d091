"""English: a fight told as two-sided (`two_sided_words` of data/assemble.yaml: a clash, a
firefight, a gunfight, a shootout) is one ASSAULT per side, with reversed sides and the toll
left on the side told, as in French (test_assemble_two_sided_fr.py); an attack told from one
side stays one item, and a clash denied, feared or told as background gives no second side.
Sentences written for these tests (the village names are made up)."""

from __future__ import annotations

import pytest

from tessera.records import Article, Document
from tests.incidents import assaults, told_as_two_sides

PUBLISHED = "2024-03-09"


def code(pipeline, text: str) -> Document:
    return pipeline.extract(Article(id="t", text=text, language="en", published=PUBLISHED))


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers clashed with bandits near the village of Zarvakoto in Kaduna State on Friday.",
        "Two soldiers were wounded in a clash with militants in Maiduguri on Friday.",
        "A shootout between police and armed robbers in Kano on Friday left two robbers dead.",
    ],
)
def test_a_two_sided_fight_is_one_assault_per_side(pipeline, text):
    found = assaults(code(pipeline, text))
    assert len(found) == 2, [(i.actor, i.recipient, i.events) for i in found]
    assert told_as_two_sides(*found)


def test_the_toll_stays_on_the_side_told(pipeline):
    text = "Three militants were killed in a firefight with soldiers in Maiduguri on Friday."
    found = assaults(code(pipeline, text))
    assert sorted(i.fatalities for i in found if i.fatalities is not None) == [3]
    assert sorted((i.fatalities is None) for i in found) == [False, True]


@pytest.mark.parametrize(
    "text",
    [
        # one side's act
        "Gunmen attacked a police station in Kano on Friday, killing two officers.",
        # denied, feared, or background with no one occasion
        "No clashes were reported in Kano on Friday.",
        "Residents fear clashes between the army and militants in Kano next week.",
        "Clashes between herders and farmers have killed thousands of people in Nigeria since 2015.",
    ],
)
def test_no_second_side_without_a_fight_told_as_an_act(pipeline, text):
    assert len(assaults(code(pipeline, text))) <= 1


@pytest.mark.parametrize(
    ("text", "tolls"),
    [
        ("Two soldiers and three protesters were killed in clashes between police and "
         "demonstrators in Zarvakoto on Monday.", [2, 3]),
        ("Clashes between the army and rebels killed four soldiers and seven rebels in Maiduguri on Friday.",
         [4, 7]),
        ("Three policemen and four rioters were killed in clashes between police and rioters in Kisumu on Saturday.",
         [3, 4]),
        ("Police said two officers and three attackers were killed in clashes with gunmen near Goma on Thursday.",
         [2, 3]),
        ("Two soldiers, three rebels and four insurgents were killed in clashes between the army and rebels "
         "near Goma on Thursday.", [2, 7]),
    ],
)
def test_a_toll_listed_by_kind_is_shared_between_the_sides(pipeline, text, tolls):
    # Each side's dead are that side's toll: the side told keeps the count its recipient
    # names, the other side's item the rest of the list.
    found = assaults(code(pipeline, text))
    assert len(found) == 2
    assert told_as_two_sides(*found)
    assert sorted(i.fatalities for i in found) == tolls


@pytest.mark.parametrize(
    "text",
    [
        # one count, of which a part is named
        "Five people, including two soldiers, were killed in clashes between troops and militants "
        "in Maiduguri on Friday.",
        # a cumulative toll told beside the count
        "Two soldiers were killed in clashes with militants in Maiduguri on Friday, bringing the death toll to 12.",
    ],
)
def test_no_share_without_a_list_of_two_counts_making_the_toll(pipeline, text):
    found = assaults(code(pipeline, text))
    assert sorted((i.fatalities is None) for i in found) == [False, True], [i.fatalities for i in found]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # the dead of one side, none of the other named
        ("Two policemen and three soldiers were killed in clashes with militants near Goma on Thursday.", 5),
        # nouns of no one side
        ("Two men and three women were killed in clashes between police and protesters in Kisumu on Saturday.", 5),
        # no side named but the place
        ("Four adults and two children were killed in clashes in Kisumu on Saturday.", 6),
        # dead of both sides beside the recipient's
        ("Three civilians, two soldiers and four militants were killed in clashes between troops and militants "
         "near Goma on Thursday.", 9),
        # the other dead of the recipient's side
        ("Five fighters and two bystanders were killed in clashes between rival militias near Goma on Thursday.", 7),
        # the other dead of no side named
        ("Two soldiers and three civilians were killed in clashes with militants near Goma on Thursday.", 5),
        ("Two soldiers and three civilians were killed in clashes between the army and militants near Goma "
         "on Thursday.", 5),
    ],
)
def test_no_share_of_a_list_not_told_by_side(pipeline, text, toll):
    # Each count must name one of the clash's sides: the recipient's alone on its side, the
    # others of a side the clash names; else the toll stays whole on the side told.
    found = assaults(pipeline.extract(Article(id="t", text=text, language="en", published="2024-03-10")))
    assert sorted(i.fatalities for i in found if i.fatalities is not None) == [toll], [
        (i.actor, i.recipient, i.fatalities) for i in found]
