"""Entity metrics (KIND `entities`: re3d): named entities in 4 families, matched by overlap.

Input: `GoldItem[EntitiesGold]`s and their `Document`s (None = failed article, no entities).
Families: Person <-> PERSON, Organisation <-> ORG, Location <-> GPE | LOC | FAC,
Nationality <-> NORP; other gold types and predicted labels are not scored.
Output: a `Score` with micro `precision`, `recall`, `f1` over the 4 families and the same
per family (`person_f1`, ...):
- recall: gold spans with confidence >= 0.5 overlapped by a prediction of their family;
- precision: predictions overlapping a confident gold span of their family, over all
  predictions except those that only overlap a low-confidence (< 0.5) span of their
  family (annotators were unsure: such a prediction is not counted wrong).
Definitions follow ../shared/gold/README.md.
"""

from __future__ import annotations

from collections.abc import Sequence

from tessera.evaluate.gold import EntitiesGold, GoldEntity, GoldItem
from tessera.evaluate.scoring import ErrorNote, Score, f1, overlaps, ratio
from tessera.records import Document, Entity

FAMILIES = ("Person", "Organisation", "Location", "Nationality")
FAMILY_OF_LABEL = {
    "PERSON": "Person",
    "ORG": "Organisation",
    "GPE": "Location",
    "LOC": "Location",
    "FAC": "Location",
    "NORP": "Nationality",
}
CONFIDENT = 0.5


def family_of(entity: Entity) -> str | None:
    return FAMILY_OF_LABEL.get(entity.label)


def score(items: Sequence[GoldItem[EntitiesGold]], documents: Sequence[Document | None]) -> Score:
    gold_total = dict.fromkeys(FAMILIES, 0)
    gold_found = dict.fromkeys(FAMILIES, 0)
    predicted_total = dict.fromkeys(FAMILIES, 0)
    predicted_right = dict.fromkeys(FAMILIES, 0)
    notes: list[ErrorNote] = []

    for item, document in zip(items, documents, strict=True):
        predicted = [
            (e, family) for e in (document.entities if document else []) if (family := family_of(e)) is not None
        ]
        gold = [g for g in item.annotations.entities if g.type in FAMILIES]
        confident = [g for g in gold if g.confidence >= CONFIDENT]

        for span in confident:
            gold_total[span.type] += 1
            if any(f == span.type and _touch(span, e) for e, f in predicted):
                gold_found[span.type] += 1
            else:
                others = [f"{e.text!r} {e.label}" for e, _ in predicted if _touch(span, e)]
                notes.append(
                    ErrorNote(
                        item=item.id,
                        category="wrong" if others else "missed",
                        text=span.text,
                        detail=f"gold {span.type}" + (f", predicted {', '.join(others)}" if others else ""),
                        start=span.start,
                        end=span.end,
                    )
                )

        for entity, family in predicted:
            same_family = [g for g in gold if g.type == family and _touch(g, entity)]
            if any(g.confidence >= CONFIDENT for g in same_family):
                predicted_total[family] += 1
                predicted_right[family] += 1
            elif same_family:
                continue  # only an unsure gold span there: neither right nor wrong
            else:
                predicted_total[family] += 1
                # Wrong-family predictions are already listed from the gold side.
                if not any(_touch(g, entity) for g in confident):
                    notes.append(ErrorNote.at(item.id, "spurious", entity, f"predicted {entity.label}"))

    figures: dict[str, float | None] = {}
    micro_precision = ratio(sum(predicted_right.values()), sum(predicted_total.values()))
    micro_recall = ratio(sum(gold_found.values()), sum(gold_total.values()))
    figures |= {"precision": micro_precision, "recall": micro_recall, "f1": f1(micro_precision, micro_recall)}
    for family in FAMILIES:
        precision = ratio(predicted_right[family], predicted_total[family])
        recall = ratio(gold_found[family], gold_total[family])
        key = family.lower()
        figures |= {f"{key}_precision": precision, f"{key}_recall": recall, f"{key}_f1": f1(precision, recall)}
    return Score(
        figures=figures,
        counts={"items": len(items), "gold": sum(gold_total.values()), "predictions": sum(predicted_total.values())}
        | {f"gold_{family.lower()}": gold_total[family] for family in FAMILIES},
        errors=notes,
    )


def _touch(gold: GoldEntity, entity: Entity) -> bool:
    return overlaps(gold.start, gold.end, entity.start, entity.end)
