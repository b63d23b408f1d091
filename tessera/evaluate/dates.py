"""Date metrics (KIND `dates`: timebank, meantime): TimeML timexes vs predicted dates.

Input: `GoldItem[DatesGold]`s and their `Document`s (None = failed article, no dates).
Output: a `Score` with
- `span_recall`: DATE and TIME timexes (`timexes`, DCT excluded) overlapped by a
  predicted `DateValue`;
- `value_acc`: DATE timexes with an overlapping prediction whose `value` is exactly the
  TimeML value (any of several overlapping predictions may match); `value_acc_plain`: the
  same over DATE timexes whose value is plain `YYYY[-MM[-DD]]`. Undetected ones count
  as wrong: both are shares of all the gold timexes of their group;
- `precision`: predicted dates overlapping any gold timex of any type (DURATION and SET
  included) or the DCT when it is a span of the text.
Definitions follow ../shared/gold/README.md.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tessera.evaluate.gold import DatesGold, GoldItem, GoldTimex
from tessera.evaluate.scoring import ErrorNote, Score, overlaps, ratio
from tessera.records import DateValue, Document

PLAIN_VALUE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
SPAN_TYPES = ("DATE", "TIME")


def is_plain(value: str | None) -> bool:
    return value is not None and PLAIN_VALUE.fullmatch(value) is not None


def score(items: Sequence[GoldItem[DatesGold]], documents: Sequence[Document | None]) -> Score:
    span_total = span_found = 0
    value_total = value_right = plain_total = plain_right = 0
    predictions = correct_predictions = 0
    notes: list[ErrorNote] = []

    for item, document in zip(items, documents, strict=True):
        dates = document.dates if document is not None else []
        gold = item.annotations
        for timex in gold.timexes:
            if timex.type not in SPAN_TYPES or not timex.has_span:
                continue
            span_total += 1
            touching = [d for d in dates if _touches(timex, d)]
            span_found += bool(touching)
            if timex.type != "DATE":
                if not touching:
                    notes.append(_timex_note(item.id, "missed", timex))
                continue
            right = any(d.value == timex.value for d in touching)
            value_total += 1
            value_right += right
            if is_plain(timex.value):
                plain_total += 1
                plain_right += right
            if not touching:
                notes.append(_timex_note(item.id, "missed", timex))
            elif not right:
                found = ", ".join(f"{d.text!r}={d.value}" for d in touching)
                notes.append(_timex_note(item.id, "wrong", timex, f"predicted {found}"))

        anchors = [t for t in [*gold.timexes, *gold.other_timexes, gold.dct] if t is not None and t.has_span]
        for date in dates:
            predictions += 1
            if any(_touches(t, date) for t in anchors):
                correct_predictions += 1
            else:
                notes.append(ErrorNote.at(item.id, "spurious", date, f"value {date.value}"))

    return Score(
        figures={
            "span_recall": ratio(span_found, span_total),
            "precision": ratio(correct_predictions, predictions),
            "value_acc": ratio(value_right, value_total),
            "value_acc_plain": ratio(plain_right, plain_total),
        },
        counts={
            "items": len(items),
            "gold_timexes": span_total,
            "gold_dates": value_total,
            "gold_plain_dates": plain_total,
            "predictions": predictions,
        },
        errors=notes,
    )


def _touches(timex: GoldTimex, date: DateValue) -> bool:
    assert timex.start is not None and timex.end is not None
    return overlaps(timex.start, timex.end, date.start, date.end)


def _timex_note(item_id: str, category: str, timex: GoldTimex, detail: str = "") -> ErrorNote:
    return ErrorNote.at(item_id, category, timex, f"gold {timex.type} {timex.value} {detail}".strip())  # type: ignore[arg-type]
