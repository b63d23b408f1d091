"""scripts/train_type_classifier.py: its training units and its figures, on invented items.

Nothing is trained here and ../shared is not read: the script's pure parts are checked.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest
import spacy

from tessera.evaluate.gold import EventsGold, GoldItem
from tests.script_loader import load_script

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_type_classifier.py"


@pytest.fixture(scope="module")
def script() -> ModuleType:
    module = load_script(SCRIPT, "train_type_classifier_under_test")
    return module


@pytest.fixture(scope="module")
def splitter() -> spacy.language.Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def _story(text: str, types: list[str], title: str = "") -> dict[str, object]:
    return {"id": "s", "title": title, "text": text, "gold": {"types": types}}


STORIES = [
    _story("Riot police detained forty students in Osterby. The union called it unjust.", ["COERCE"],
           title="Students Held After March"),
    _story("Farmers blocked the ring road at dawn. Traffic stopped for hours.", ["PROTEST"]),
    _story("Two kinds at once.", ["PROTEST", "COERCE"]),  # not single-label: left out
    _story("An unknown label.", ["DOCUMENT"]),  # not a PLOVER type here: left out
]


def test_lead_units_are_the_title_and_the_first_sentence(script: ModuleType, splitter: object) -> None:
    units = script.training_units(STORIES, "lead", splitter)
    assert units == [
        ("Students Held After March", "COERCE"),
        ("Riot police detained forty students in Osterby.", "COERCE"),
        ("Farmers blocked the ring road at dawn.", "PROTEST"),
    ]


def test_sentence_and_story_units(script: ModuleType, splitter: object) -> None:
    sentences = script.training_units(STORIES, "sentence", splitter)
    assert ("The union called it unjust.", "COERCE") in sentences
    assert len(sentences) == 5
    stories = script.training_units(STORIES, "story", splitter)
    assert [label for _, label in stories] == ["COERCE", "PROTEST"]
    assert stories[0][0].startswith("Students Held After March\n\nRiot police")


def _item(item_id: str, types: list[str], optional: list[str] | None = None, no_event: bool = False) -> GoldItem:
    return GoldItem[EventsGold](
        id=item_id, text=f"Invented text {item_id}.",
        annotations=EventsGold(types=types, optional_types=optional or [], no_event=no_event),
    )


ITEMS = [
    _item("a", ["PROTEST"]),
    _item("b", ["COERCE"], optional=["ACCUSE"]),
    _item("c", [], no_event=True),
]


def test_table_counts_recall_precision_and_no_event_items(script: ModuleType) -> None:
    classifier = {"a": ["PROTEST"], "b": ["ACCUSE"], "c": ["ASSAULT"]}
    rules = {"a": ["PROTEST", "ASSAULT"], "b": ["COERCE"], "c": []}
    table = script._table(ITEMS, classifier, rules)
    rows = {line.split()[0]: line for line in table.splitlines()}
    # PROTEST: one gold item, both found it; the classifier's ACCUSE on b is optional there.
    assert rows["PROTEST"].split("|")[1].split()[:2] == ["1.00", "1.00"]
    assert rows["COERCE"].split("|")[1].split()[:2] == ["0.00", "nan"]
    assert rows["COERCE"].split("|")[2].split()[:2] == ["1.00", "1.00"]
    assert "clf: micro P 0.500 R 0.500 F1 0.500" in table  # tp 1 (a), fp 1 (c), fn 1 (b)
    assert "rules: micro P 0.667 R 1.000 F1 0.800" in table  # ASSAULT on a is the false positive
    assert "clf: no-event items with a type 1/1" in table
    assert "rules: no-event items with a type 0/1" in table


def test_complement_counts_recovered_types_and_fills(script: ModuleType) -> None:
    docs = [
        SimpleNamespace(cats={"PROTEST": 0.8, "COERCE": 0.2}),  # a: the rules found nothing
        SimpleNamespace(cats={"PROTEST": 0.4, "COERCE": 0.6}),  # b: the rules missed COERCE
        SimpleNamespace(cats={"PROTEST": 0.95, "COERCE": 0.05}),  # c: no event, rules empty
    ]
    rules = {"a": [], "b": ["ASSAULT"], "c": []}
    line = script._complement(ITEMS, docs, rules)
    assert "rules miss the gold type of 2 items, the classifier's top type is that type on 2" in line
    assert ">=0.7: 1 right / 1 wrong" in line
    assert ">=0.9: 0 right / 1 wrong" in line
