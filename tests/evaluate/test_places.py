"""Place metrics on hand-made gold and predictions."""

from __future__ import annotations

import math

import pytest

from tessera.evaluate import places
from tessera.evaluate.gold import GoldItem, GoldToponym, PlacesGold
from tessera.records import Document, Place

TEXT = "Flooding hit Kano and Kaduna; the Nigerian capital sent aid to the north."
#       0         1         2         3         4         5         6
#       0123456789012345678901234567890123456789012345678901234567890123456789

KANO = GoldToponym(text="Kano", start=13, end=17, role="scored", name="Kano", lat=12.0, lon=8.5)
KADUNA = GoldToponym(text="Kaduna", start=22, end=28, role="scored", name="Kaduna", lat=10.5, lon=7.4)
CAPITAL = GoldToponym(text="Nigerian capital", start=34, end=50, role="neutral")
NORTH = GoldToponym(text="north", start=67, end=72, role="negative")


def item(*toponyms: GoldToponym) -> GoldItem[PlacesGold]:
    return GoldItem[PlacesGold](id="a", text=TEXT, annotations=PlacesGold(toponyms=list(toponyms)))


def place(start: int, end: int, lat: float | None, lon: float | None) -> Place:
    return Place(text=TEXT[start:end], start=start, end=end, name=TEXT[start:end], lat=lat, lon=lon, feature="city")


def test_great_circle_distance() -> None:
    # One degree of latitude is about 111.2 km anywhere.
    assert places.great_circle_km(0, 0, 1, 0) == pytest.approx(111.19, abs=0.05)
    assert places.great_circle_km(10, 20, 10, 20) == 0.0
    assert places.great_circle_km(0, 0, 0, 180) == pytest.approx(20015.1, abs=1)


def test_auc_follows_gritta_definition() -> None:
    errors = [0.0, 10.0, 20039.0]
    logs = sorted(math.log(1 + e) for e in errors)
    expected = ((logs[0] + logs[1]) / 2 + (logs[1] + logs[2]) / 2) / (math.log(20039) * 2)
    assert places.auc_of_errors(errors) == pytest.approx(expected)
    assert places.auc_of_errors([0.0, 0.0]) == 0.0
    assert places.auc_of_errors([]) is None


def test_detection_precision_and_accuracy() -> None:
    gold = item(KANO, KADUNA, CAPITAL, NORTH)
    predicted = Document(
        id="a",
        language="en",
        places=[
            place(13, 17, 12.0, 8.5),  # Kano, right point
            place(34, 42, 9.07, 7.4),  # "Nigerian" inside a neutral toponym: not wrong
            place(67, 72, 11.0, 8.0),  # a negative: spurious
        ],
    )
    score = places.score([gold], [predicted])
    figures = score.figures
    assert figures["detection_recall"] == pytest.approx(0.5)
    assert figures["precision"] == pytest.approx(2 / 3)
    assert figures["acc161_all"] == pytest.approx(0.5)
    assert figures["acc161_detected"] == pytest.approx(1.0)
    assert figures["median_error_km"] == pytest.approx(0.0)
    assert {(n.category, n.text) for n in score.errors} == {("missed", "Kaduna"), ("spurious", "north")}


def test_prediction_without_point_is_max_error() -> None:
    score = places.score([item(KANO)], [Document(id="a", language="en", places=[place(13, 17, None, None)])])
    assert score.figures["median_error_km"] == pytest.approx(places.MAX_ERROR_KM)
    assert score.figures["acc161_detected"] == 0.0
    assert score.figures["auc"] == pytest.approx(1.0, abs=1e-4)  # log(1 + e) / log(e)
    assert score.errors[0].category == "wrong"


def test_161_km_is_inclusive_and_far_is_wrong() -> None:
    near = place(13, 17, 12.0 + 160 / 111.19, 8.5)
    far = place(22, 28, 10.5 + 300 / 111.19, 7.4)
    score = places.score([item(KANO, KADUNA)], [Document(id="a", language="en", places=[near, far])])
    assert score.figures["acc161_all"] == pytest.approx(0.5)
    assert score.figures["median_error_km"] == pytest.approx(230, abs=1)


def test_the_prediction_sharing_most_characters_is_scored() -> None:
    wide = GoldToponym(text="Kano and Kaduna", start=13, end=28, role="scored", lat=12.0, lon=8.5)
    small = place(13, 17, 0.0, 0.0)
    large = place(13, 28, 12.0, 8.5)
    assert places.best_match(wide, [small, large]) is large
    score = places.score([item(wide)], [Document(id="a", language="en", places=[small, large])])
    assert score.figures["acc161_all"] == 1.0


def test_failed_article_misses_everything() -> None:
    figures = places.score([item(KANO)], [None]).figures
    assert figures["detection_recall"] == 0.0
    assert figures["precision"] is None
    assert figures["median_error_km"] is None
