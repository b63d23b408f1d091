"""Place metrics (KIND `places`: geowebnews, lgl): toponym detection and resolution.

Input: `GoldItem[PlacesGold]`s and their `Document`s (None = failed article, no places).
Gold toponyms have a `role`: `scored` (required, with coordinates), `neutral` (a toponym:
finding it is not wrong, not finding it is not a miss) or `negative`. A predicted
`Place` matches a gold toponym when their spans overlap. Output: a `Score` with
- `detection_recall`: scored toponyms overlapped by a prediction;
- `precision`: predictions overlapping a scored or neutral toponym;
- `acc161_all` / `acc161_detected`: scored toponyms resolved within 161 km, over all
  scored ones (undetected = miss) and over the detected ones only;
- `median_error_km`, `auc`: over detected scored toponyms; AUC is Gritta et al.'s area
  under the sorted log(1 + error km) curve (trapezoid rule, unit spacing) divided by
  log(20039) * (n - 1); lower is better.
A prediction without lat/lon is 20,039 km off (half the Earth's circumference). When
several predictions overlap one toponym, the one sharing most characters is scored.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence

from tessera.evaluate.gold import GoldItem, GoldToponym, PlacesGold
from tessera.evaluate.scoring import ErrorNote, Score, overlap_length, overlaps, ratio
from tessera.records import Document, Place

MAX_ERROR_KM = 20039.0
ACCURACY_KM = 161.0
EARTH_RADIUS_KM = 6371.0088  # mean radius, as geopy's great_circle uses


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance between two points in degrees."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi = phi2 - phi1
    d_lambda = math.radians(lon2 - lon1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def error_km(place: Place, toponym: GoldToponym) -> float:
    if place.lat is None or place.lon is None or toponym.lat is None or toponym.lon is None:
        return MAX_ERROR_KM
    return great_circle_km(place.lat, place.lon, toponym.lat, toponym.lon)


def auc_of_errors(errors_km: Sequence[float]) -> float | None:
    """Gritta et al. (2018/2019) AUC of log errors: 0 is perfect, 1 all at the antipode."""
    if not errors_km:
        return None
    logs = sorted(math.log(1.0 + e) for e in errors_km)
    if len(logs) == 1:  # one point has no area; take its normalised height
        return logs[0] / math.log(MAX_ERROR_KM)
    area = sum((logs[i] + logs[i + 1]) / 2 for i in range(len(logs) - 1))
    return area / (math.log(MAX_ERROR_KM) * (len(logs) - 1))


def best_match(toponym: GoldToponym, places: Sequence[Place]) -> Place | None:
    """The overlapping prediction sharing most characters (earliest on ties)."""
    best: Place | None = None
    best_overlap = 0
    for place in places:
        shared = overlap_length(toponym.start, toponym.end, place.start, place.end)
        if shared > best_overlap:
            best, best_overlap = place, shared
    return best


def score(items: Sequence[GoldItem[PlacesGold]], documents: Sequence[Document | None]) -> Score:
    scored_total = detected = within = 0
    predictions = correct_predictions = 0
    detected_errors: list[float] = []
    notes: list[ErrorNote] = []

    for item, document in zip(items, documents, strict=True):
        places = document.places if document is not None else []
        toponyms = item.annotations.toponyms
        for toponym in toponyms:
            if toponym.role != "scored":
                continue
            scored_total += 1
            place = best_match(toponym, places)
            if place is None:
                notes.append(_note(item.id, "missed", toponym, f"gold {toponym.name}"))
                continue
            detected += 1
            error = error_km(place, toponym)
            detected_errors.append(error)
            if error <= ACCURACY_KM:
                within += 1
            else:
                notes.append(
                    _note(
                        item.id,
                        "wrong",
                        toponym,
                        f"resolved to {place.name} ({place.geonames_id}), {error:,.0f} km from "
                        f"{toponym.name} ({toponym.geonames_id})",
                    )
                )
        toponym_spans = [t for t in toponyms if t.role in ("scored", "neutral")]
        for place in places:
            predictions += 1
            if any(overlaps(t.start, t.end, place.start, place.end) for t in toponym_spans):
                correct_predictions += 1
            else:
                notes.append(ErrorNote.at(item.id, "spurious", place, f"resolved to {place.name}"))

    return Score(
        figures={
            "detection_recall": ratio(detected, scored_total),
            "precision": ratio(correct_predictions, predictions),
            "acc161_all": ratio(within, scored_total),
            "acc161_detected": ratio(within, detected),
            "median_error_km": statistics.median(detected_errors) if detected_errors else None,
            "auc": auc_of_errors(detected_errors),
        },
        counts={"items": len(items), "scored": scored_total, "detected": detected, "predictions": predictions},
        errors=notes,
    )


def _note(item_id: str, category: str, toponym: GoldToponym, detail: str) -> ErrorNote:
    return ErrorNote.at(item_id, category, toponym, detail)  # type: ignore[arg-type]
