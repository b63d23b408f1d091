"""Entity metrics on hand-made gold and predictions."""

from __future__ import annotations

import pytest

from tessera.evaluate import entities
from tessera.evaluate.gold import EntitiesGold, GoldEntity, GoldItem
from tessera.records import Document, Entity

TEXT = "Kenyan police said Amina Yusuf of the Red Cross left Mombasa port on Friday."
#       0         1         2         3         4         5         6         7
#       0123456789012345678901234567890123456789012345678901234567890123456789012345


def gold(text: str, family: str, confidence: float = 1.0) -> GoldEntity:
    start = TEXT.index(text)
    return GoldEntity(text=text, start=start, end=start + len(text), type=family, confidence=confidence)


def predicted(text: str, label: str) -> Entity:
    start = TEXT.index(text)
    return Entity(text=text, start=start, end=start + len(text), label=label)


def item(*spans: GoldEntity) -> GoldItem[EntitiesGold]:
    return GoldItem[EntitiesGold](id="a", text=TEXT, annotations=EntitiesGold(entities=list(spans)))


def test_families() -> None:
    assert entities.family_of(predicted("Mombasa", "FAC")) == "Location"
    assert entities.family_of(predicted("Mombasa", "GPE")) == "Location"
    assert entities.family_of(predicted("Kenyan", "NORP")) == "Nationality"
    assert entities.family_of(predicted("Friday", "DATE")) is None


def test_micro_scores_by_overlap_within_family() -> None:
    gold_item = item(
        gold("Kenyan", "Nationality"),
        gold("Amina Yusuf", "Person"),
        gold("Red Cross", "Organisation"),
        gold("Mombasa port", "Location"),
        gold("Friday", "Temporal"),  # not one of the 4 families
    )
    document = Document(
        id="a",
        language="en",
        entities=[
            predicted("Kenyan", "NORP"),
            predicted("Amina", "PERSON"),  # partial overlap is a match
            predicted("Red Cross", "GPE"),  # wrong family
            predicted("Friday", "DATE"),  # label outside the families: ignored
            predicted("police", "ORG"),  # nothing there: spurious
        ],
    )
    score = entities.score([gold_item], [document])
    figures = score.figures
    assert figures["recall"] == pytest.approx(2 / 4)
    assert figures["precision"] == pytest.approx(2 / 4)
    assert figures["f1"] == pytest.approx(0.5)
    assert figures["person_f1"] == 1.0
    assert figures["location_precision"] == 0.0
    assert figures["location_recall"] == 0.0
    assert {(n.category, n.text) for n in score.errors} == {
        ("wrong", "Red Cross"),
        ("missed", "Mombasa port"),
        ("spurious", "police"),
    }


def test_low_confidence_gold_is_not_required_and_not_wrong() -> None:
    gold_item = item(gold("Mombasa port", "Location", confidence=0.3), gold("Red Cross", "Organisation"))
    document = Document(id="a", language="en", entities=[predicted("Mombasa", "GPE"), predicted("Red Cross", "ORG")])
    figures = entities.score([gold_item], [document]).figures
    assert figures["recall"] == 1.0  # only the confident span is required
    assert figures["precision"] == 1.0  # the unsure span's prediction is set aside
    assert entities.score([gold_item], [document]).counts["predictions"] == 1


def test_low_confidence_gold_of_another_family_does_not_excuse() -> None:
    gold_item = item(gold("Mombasa port", "Organisation", confidence=0.2))
    document = Document(id="a", language="en", entities=[predicted("Mombasa", "GPE")])
    figures = entities.score([gold_item], [document]).figures
    assert figures["precision"] == 0.0
    assert figures["recall"] is None
    assert figures["f1"] == 0.0
