"""Date metrics on hand-made gold and predictions."""

from __future__ import annotations

import pytest

from tessera.evaluate import dates
from tessera.evaluate.gold import DatesGold, GoldItem, GoldTimex
from tessera.records import DateValue, Document

TEXT = "Talks resumed on Tuesday after a week of clashes, and a vote is set for March 2021 now."
#       0         1         2         3         4         5         6         7         8
#       012345678901234567890123456789012345678901234567890123456789012345678901234567890123456

TUESDAY = GoldTimex(text="Tuesday", start=17, end=24, type="DATE", value="2021-02-16")
MARCH = GoldTimex(text="March 2021", start=72, end=82, type="DATE", value="2021-03")
NOW = GoldTimex(text="now", start=83, end=86, type="DATE", value="PRESENT_REF")
WEEK = GoldTimex(text="a week", start=31, end=37, type="DURATION", value="P1W")


def item(dct: GoldTimex | None = None) -> GoldItem[DatesGold]:
    return GoldItem[DatesGold](
        id="a", text=TEXT, annotations=DatesGold(timexes=[TUESDAY, MARCH, NOW], other_timexes=[WEEK], dct=dct)
    )


def date(start: int, end: int, value: str | None) -> DateValue:
    return DateValue(text=TEXT[start:end], start=start, end=end, value=value, precision="day")


def test_plain_values() -> None:
    assert dates.is_plain("2021") and dates.is_plain("2021-03") and dates.is_plain("2021-03-01")
    assert not dates.is_plain("2021-W07") and not dates.is_plain("PRESENT_REF")
    assert not dates.is_plain("2021-03-01T10:00") and not dates.is_plain(None)


def test_span_recall_value_accuracy_and_precision() -> None:
    predicted = Document(
        id="a",
        language="en",
        dates=[
            date(17, 24, "2021-02-16"),  # right span, right value
            date(72, 77, "2022-03"),  # overlapping span, wrong value
            date(31, 37, None),  # a DURATION: overlaps a gold timex, not wrong
            date(0, 5, "2021-01-01"),  # nothing there: spurious
        ],
    )
    score = dates.score([item()], [predicted])
    figures = score.figures
    assert figures["span_recall"] == pytest.approx(2 / 3)
    assert figures["value_acc"] == pytest.approx(1 / 3)
    assert figures["value_acc_plain"] == pytest.approx(1 / 2)
    assert figures["precision"] == pytest.approx(3 / 4)
    assert {(n.category, n.text) for n in score.errors} == {
        ("wrong", "March 2021"),
        ("missed", "now"),
        ("spurious", "Talks"),
    }


def test_any_overlapping_prediction_with_the_value_counts() -> None:
    predicted = Document(id="a", language="en", dates=[date(72, 77, "2021-03-01"), date(72, 82, "2021-03")])
    assert dates.score([item()], [predicted]).figures["value_acc_plain"] == pytest.approx(0.5)


def test_dct_span_counts_for_precision_only() -> None:
    dct = GoldTimex(text="Talks", start=0, end=5, type="DATE", value="2021-02-18")
    predicted = Document(id="a", language="en", dates=[date(0, 5, "2021-02-18")])
    score = dates.score([item(dct)], [predicted])
    assert score.figures["precision"] == 1.0
    assert score.figures["span_recall"] == 0.0
    # A DCT without a span (TimeBank) anchors nothing.
    spanless = GoldTimex(type="DATE", value="2021-02-18")
    assert dates.score([item(spanless)], [predicted]).figures["precision"] == 0.0


def test_time_timexes_count_for_span_recall_not_values() -> None:
    evening = GoldTimex(text="vote", start=56, end=60, type="TIME", value="2021-02-16TEV")
    gold = GoldItem[DatesGold](id="a", text=TEXT, annotations=DatesGold(timexes=[evening]))
    score = dates.score([gold], [Document(id="a", language="en", dates=[date(56, 60, "2021-02-16")])])
    assert score.figures["span_recall"] == 1.0
    assert score.figures["value_acc"] is None
