"""Event metrics (KIND `events`: plover_gsr, case2021): gold types vs predicted events.

Input: `GoldItem[EventsGold]`s and, for each, the pipeline's `Document` (None when the
article failed: an empty prediction). Output: a `Score` with
- `precision`, `recall`, `f1`: micro over (item, type) pairs, the gold type set against
  the set of predicted `events[].type`; types in `optional_types` are neither required
  nor counted as false positives (secondary events a single-label snippet also holds);
- `noevent_fpr`: share of no-event items (`no_event`) that got any event at all;
- `actor_country_acc` (sets with gold `events`): over items whose gold type was predicted,
  share where a predicted event of that type has `actor.country` among the gold source
  countries of that type.
Definitions follow ../shared/gold/README.md so figures agree with independent scorers.
"""

from __future__ import annotations

from collections.abc import Sequence

from tessera.evaluate.gold import EventsGold, GoldItem
from tessera.evaluate.scoring import ErrorNote, Score, prf, ratio
from tessera.records import Document, Event


def score(items: Sequence[GoldItem[EventsGold]], documents: Sequence[Document | None]) -> Score:
    true_positives = false_positives = false_negatives = 0
    no_event_items = no_event_with_events = 0
    country_checked = country_right = 0
    errors: list[ErrorNote] = []

    for item, document in zip(items, documents, strict=True):
        gold = item.annotations
        events = document.events if document is not None else []
        predicted = {event.type for event in events}
        wanted = set(gold.types)
        ignored = set(gold.optional_types) - wanted

        true_positives += len(predicted & wanted)
        false_negatives += len(wanted - predicted)
        spurious = predicted - wanted - ignored
        false_positives += len(spurious)

        for event_type in sorted(wanted - predicted):
            errors.append(ErrorNote(item=item.id, category="missed", text=event_type, detail=_excerpt(item.text)))
        for event_type in sorted(spurious):
            for event in _of_type(events, event_type)[:1]:
                errors.append(_event_note(item.id, "spurious", event))

        if gold.no_event:
            no_event_items += 1
            no_event_with_events += bool(events)

        for event_type in sorted(wanted & predicted):
            countries = {
                source.country
                for gold_event in gold.events
                if gold_event.type == event_type
                for source in gold_event.source
                if source.country
            }
            if not countries:
                continue
            country_checked += 1
            candidates = _of_type(events, event_type)
            if any(e.actor is not None and e.actor.country in countries for e in candidates):
                country_right += 1
            else:
                found = sorted({str(e.actor.country) for e in candidates if e.actor is not None})
                errors.append(
                    ErrorNote(
                        item=item.id,
                        category="wrong",
                        text=event_type,
                        detail=f"actor country {found or 'none'}, gold {sorted(countries)}",
                    )
                )

    precision, recall, f1 = prf(true_positives, false_positives, false_negatives)
    return Score(
        figures={
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "noevent_fpr": ratio(no_event_with_events, no_event_items),
            "actor_country_acc": ratio(country_right, country_checked),
        },
        counts={
            "items": len(items),
            "true_positives": true_positives,
            "false_positives": false_positives,
            "false_negatives": false_negatives,
            "no_event_items": no_event_items,
            "actor_country_checked": country_checked,
        },
        errors=errors,
    )


def _of_type(events: Sequence[Event], event_type: str) -> list[Event]:
    return [event for event in events if event.type == event_type]


def _event_note(item_id: str, category: str, event: Event) -> ErrorNote:
    return ErrorNote(
        item=item_id,
        category=category,  # type: ignore[arg-type]
        text=f"{event.type} ({event.trigger.text})",
        detail=f"mode {event.mode}",
        start=event.trigger.start,
        end=event.trigger.end,
    )


def _excerpt(text: str, width: int = 100) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
