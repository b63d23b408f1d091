"""Incident confidence: the probability, from a small trained model, that an assembled
incident is one the article reports (issues #12, #13).

Input: a `Document`'s incidents, its event mentions and the article's length. Output: each
incident with `confidence` set to that probability, and the incident list without the
asserted incidents whose probability is below the threshold (`filter_incidents`). Their
event mentions stay in `document.events`, so nothing is lost and every field stays traceable.

The model is a logistic regression over a few general features of an incident (`features`):
whether one mention tells it or several (and how many), whether it is a lone act (one mention,
no attack, no toll), its type group, whether it has a toll, an actor and a recipient, whether
its first mention stands in the lead and how far into the article, and the language. Its
weights and the threshold are data, `tessera/data/incident_confidence.json`, written by
`scripts/train_incident_confidence.py` from the real-news STUDY halves only. Each language
has its own threshold, the one that served its study half best out of fold (`threshold_for`):
the model ranks French incidents far better than English ones (out-of-fold AUC 0.71 against
0.56), so French keeps those under 0.46 out of the list and English keeps all (0.0). On the
French score half that left complete unchanged (51/269) and raised predicted right from 0.561
to 0.603 (docs/ACCURACY-LOG.md, the thirteenth stop).
A threshold of 0 keeps every incident (the list before this stage).
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Sequence
from importlib import resources
from typing import Any

from tessera import learn
from tessera.records import Event, Incident

# Type groups: PLOVER's material conflict split where the dev sets show different reliability.
TYPE_GROUPS: dict[str, str] = {
    "ASSAULT": "assault",
    "COERCE": "coerce",
    "PROTEST": "protest",
    "MOBILIZE": "protest",
    "SANCTION": "verbal_conflict",
    "ACCUSE": "verbal_conflict",
    "REQUEST": "verbal_conflict",
    "REJECT": "verbal_conflict",
    "THREATEN": "verbal_conflict",
    "AGREE": "cooperation",
    "CONSULT": "cooperation",
    "SUPPORT": "cooperation",
    "COOPERATE": "cooperation",
    "AID": "cooperation",
    "CONCEDE": "cooperation",
    # A withdrawal is a force movement, the mirror of a deployment: MOBILIZE's group, not the
    # concessions' (forces falling back, rebels pulling out of a town, troops leaving a country).
    "RETREAT": "protest",
}
GROUPS: tuple[str, ...] = ("coerce", "protest", "verbal_conflict", "cooperation")  # "assault" is the base

FEATURES: tuple[str, ...] = (
    "one_mention",
    "log_mentions",
    "lone_act",
    *(f"group_{g}" for g in GROUPS),
    "toll",
    "actor",
    "recipient",
    "lead",
    "position",
    "french",
)


def features(incident: Incident, events: Sequence[Event], text_length: int, language: str) -> dict[str, float]:
    """The model's features of one incident of an article (`events`: all the article's mentions)."""
    by_id = {event.id: event for event in events}
    members = [by_id[i] for i in incident.events if i in by_id]
    n = max(len(incident.events), 1)
    first = min((m.trigger.start for m in members), default=0)
    group = TYPE_GROUPS.get(incident.type, "assault")
    values: dict[str, float] = {
        "one_mention": float(n == 1),
        "log_mentions": math.log(n),
        # An act told once that is no attack and kills no one: the dev sets' least reliable.
        "lone_act": float(n == 1 and group != "assault" and not incident.fatalities),
        **{f"group_{g}": float(group == g) for g in GROUPS},
        "toll": float(bool(incident.fatalities)),
        "actor": float(incident.actor is not None),
        "recipient": float(incident.recipient is not None),
        # The lead: the headline and first paragraph, where a report tells what it is about.
        "lead": float(first < 400),
        "position": first / max(text_length, 1),
        "french": float(language == "fr"),
    }
    return values


@functools.lru_cache(maxsize=1)
def load_model() -> dict[str, Any]:
    """The trained weights, bias and threshold (tessera/data/incident_confidence.json)."""
    text = resources.files("tessera.data").joinpath("incident_confidence.json").read_text(encoding="utf-8")
    return json.loads(text)


def probability(values: dict[str, float], model: dict[str, Any]) -> float:
    return learn.probability(values, model)


def score_incidents(incidents: Sequence[Incident], events: Sequence[Event], text_length: int, language: str,
                    model: dict[str, Any] | None = None) -> list[Incident]:
    """The incidents with `confidence` set to the model's probability (rounded to 3 places)."""
    model = model or load_model()
    scored = []
    for incident in incidents:
        values = features(incident, events, text_length, language)
        scored.append(incident.model_copy(update={"confidence": round(probability(values, model), 3)}))
    return scored


def threshold_for(language: str | None, model: dict[str, Any] | None = None) -> float:
    """The trained threshold of `language` (each language's is chosen on its own study half),
    or the shared one for a language the model has none for."""
    model = model or load_model()
    return float(model.get("thresholds", {}).get(language, model["threshold"]))


def filter_incidents(incidents: Sequence[Incident], threshold: float | None = None,
                     language: str | None = None) -> list[Incident]:
    """The incidents kept for the list: an asserted, non-context incident whose confidence is
    below `threshold` (default: the trained one of `language`) is left out; background and
    incidents not asserted are kept as they are flagged. A threshold of 0 keeps all."""
    if threshold is None:
        threshold = threshold_for(language)
    return [incident for incident in incidents
            if incident.context or incident.mode != "asserted" or incident.confidence >= threshold]
