"""India Police Events metrics (KIND `ipe`): document labels read off predicted events.

Input: `GoldItem[IpeGold]`s and their `Document`s (None = failed article, no labels).
A document's predicted labels: KILL = any ASSAULT with `fatalities >= 1`, ARREST = any
COERCE, FORCE (police use of force) = any ASSAULT. Output: a `Score` with per-label
document-level `kill_*`, `arrest_*`, `force_*` precision/recall/F1, and sentence-level
`sentence_kill_*`: each KILL event goes to the gold sentence holding its
`trigger.start`, failing that to every gold sentence overlapping `event.sentence`.
Definitions follow ../shared/gold/README.md.
"""

from __future__ import annotations

from collections.abc import Sequence

from tessera.evaluate.gold import GoldItem, GoldSentence, IpeGold
from tessera.evaluate.scoring import ErrorNote, Score, overlaps, prf
from tessera.records import Document, Event

LABELS = ("KILL", "ARREST", "FORCE")


def is_kill(event: Event) -> bool:
    return event.type == "ASSAULT" and (event.fatalities or 0) >= 1


def document_labels(document: Document | None) -> set[str]:
    """The IPE labels a document's events amount to."""
    labels: set[str] = set()
    for event in document.events if document is not None else []:
        if event.type == "ASSAULT":
            labels.add("FORCE")
        if is_kill(event):
            labels.add("KILL")
        if event.type == "COERCE":
            labels.add("ARREST")
    return labels


def kill_sentences(events: Sequence[Event], sentences: Sequence[GoldSentence]) -> set[int]:
    """Gold sentence ids that the KILL events fall in."""
    found: set[int] = set()
    for event in events:
        if not is_kill(event):
            continue
        holding = [s for s in sentences if s.start <= event.trigger.start < s.end]
        if not holding:
            holding = [s for s in sentences if overlaps(s.start, s.end, event.sentence.start, event.sentence.end)]
        found.update(s.sent_id for s in holding)
    return found


def score(items: Sequence[GoldItem[IpeGold]], documents: Sequence[Document | None]) -> Score:
    counts = {label: [0, 0, 0] for label in LABELS}  # true pos., false pos., false neg.
    sentence_counts = [0, 0, 0]
    errors: list[ErrorNote] = []

    for item, document in zip(items, documents, strict=True):
        gold = set(item.annotations.doc_labels)
        predicted = document_labels(document)
        for label in LABELS:
            tally = counts[label]
            if label in gold and label in predicted:
                tally[0] += 1
            elif label in predicted:
                tally[1] += 1
                errors.append(
                    ErrorNote(item=item.id, category="spurious", text=label, detail=_evidence(document, label))
                )
            elif label in gold:
                tally[2] += 1
                errors.append(ErrorNote(item=item.id, category="missed", text=label))

        sentences = item.annotations.sentences
        gold_kill = {s.sent_id for s in sentences if "KILL" in s.labels}
        predicted_kill = kill_sentences(document.events if document else [], sentences)
        sentence_counts[0] += len(gold_kill & predicted_kill)
        sentence_counts[1] += len(predicted_kill - gold_kill)
        sentence_counts[2] += len(gold_kill - predicted_kill)
        by_id = {s.sent_id: s for s in sentences}
        for sent_id in sorted(gold_kill ^ predicted_kill):
            sentence = by_id[sent_id]
            errors.append(
                ErrorNote(
                    item=item.id,
                    category="missed" if sent_id in gold_kill else "spurious",
                    text=item.text[sentence.start : sentence.end][:160],
                    detail=f"KILL sentence {sent_id}",
                    start=sentence.start,
                    end=sentence.end,
                )
            )

    figures: dict[str, float | None] = {}
    for label in LABELS:
        precision, recall, f1 = prf(*counts[label])
        key = label.lower()
        figures |= {f"{key}_precision": precision, f"{key}_recall": recall, f"{key}_f1": f1}
    precision, recall, f1 = prf(*sentence_counts)
    figures |= {"sentence_kill_precision": precision, "sentence_kill_recall": recall, "sentence_kill_f1": f1}
    return Score(
        figures=figures,
        counts={"items": len(items)}
        | {f"gold_{label.lower()}": counts[label][0] + counts[label][2] for label in LABELS}
        | {"gold_kill_sentences": sentence_counts[0] + sentence_counts[2]},
        errors=errors,
    )


def _evidence(document: Document | None, label: str) -> str:
    events = document.events if document is not None else []
    wanted = {"KILL": is_kill, "FORCE": lambda e: e.type == "ASSAULT", "ARREST": lambda e: e.type == "COERCE"}[label]
    triggers = [e.trigger.text for e in events if wanted(e)]
    return "triggers: " + ", ".join(triggers[:5])
