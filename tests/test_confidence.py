"""Incident confidence (tessera/confidence.py): the trained probability and the threshold
that keeps unlikely incidents out of `Document.incidents` (their mentions stay in `events`)."""

from __future__ import annotations

import datetime as dt

import pytest

from tessera.confidence import (
    FEATURES,
    features,
    filter_incidents,
    load_model,
    probability,
    score_incidents,
    threshold_for,
)
from tessera.records import Article, Event, Incident, SentenceSpan, Span

TEXT = (
    "Gunmen attacked a market in Maiduguri on Monday, killing 14 traders, police said. "
    "The attackers stormed the market at dawn and opened fire on shoppers. "
    "Separately, the governor said he had agreed to meet farmers' leaders next month."
)


def _event(event_id: str, start: int, event_type: str = "ASSAULT") -> Event:
    return Event(id=event_id, type=event_type, mode="asserted", trigger=Span(text="x", start=start, end=start + 1),
                 sentence=SentenceSpan(start=start, end=start + 10), confidence=0.8)


def _incident(incident_id: str, events: list[str], event_type: str = "ASSAULT", fatalities: int | None = None,
              mode: str = "asserted", context: bool = False) -> Incident:
    return Incident(id=incident_id, type=event_type, mode=mode, fatalities=fatalities, confidence=0.9,
                    events=events, context=context)


def test_model_data_lists_the_features_it_weighs() -> None:
    model = load_model()
    assert set(model["weights"]) == set(FEATURES)
    assert 0.0 <= model["threshold"] < 1.0


def test_a_toll_told_twice_is_likelier_than_a_lone_agreement() -> None:
    events = [_event("e1", 0), _event("e2", 90), _event("e3", 700, "AGREE")]
    attack = _incident("i1", ["e1", "e2"], fatalities=14)
    agreement = _incident("i2", ["e3"], "AGREE")
    model = load_model()
    p_attack = probability(features(attack, events, 1000, "en"), model)
    p_agreement = probability(features(agreement, events, 1000, "en"), model)
    assert 0.0 < p_agreement < p_attack < 1.0
    scored = score_incidents([attack, agreement], events, 1000, "en")
    assert [i.confidence for i in scored] == [round(p_attack, 3), round(p_agreement, 3)]


def test_threshold_zero_keeps_every_incident() -> None:
    events = [_event("e1", 0), _event("e3", 700, "AGREE")]
    incidents = score_incidents([_incident("i1", ["e1"]), _incident("i2", ["e3"], "AGREE")], events, 1000, "en")
    assert filter_incidents(incidents, 0.0) == incidents


def test_below_threshold_only_asserted_incidents_leave() -> None:
    low = _incident("i1", ["e1"]).model_copy(update={"confidence": 0.2})
    background = _incident("i2", ["e2"], context=True).model_copy(update={"confidence": 0.2})
    future = _incident("i3", ["e3"], mode="future").model_copy(update={"confidence": 0.2})
    high = _incident("i4", ["e4"]).model_copy(update={"confidence": 0.8})
    assert [i.id for i in filter_incidents([low, background, future, high], 0.5)] == ["i2", "i3", "i4"]


@pytest.fixture
def article() -> Article:
    return Article(id="conf-1", text=TEXT, published=dt.date(2024, 3, 6), language="en")


def test_pipeline_sets_the_probability_and_a_low_one_leaves_the_list(pipeline, article, monkeypatch) -> None:
    import tessera.pipeline

    monkeypatch.setattr(pipeline, "incident_threshold", 0.0)
    everything = pipeline.extract(article)
    assert everything.incidents
    # The sides given by the reports' conventions after the confidence (roles.place_authors,
    # place_addressee) change no incident's confidence: without them, each is the model's
    # probability of the incident's own features.
    with monkeypatch.context() as patched:
        patched.setattr(tessera.pipeline, "place_authors", lambda incidents, knowledge_base: incidents)
        patched.setattr(tessera.pipeline, "place_addressee", lambda incident, knowledge_base: incident)
        as_scored = pipeline.extract(article)
    assert [i.confidence for i in as_scored.incidents] == [i.confidence for i in everything.incidents]
    model = load_model()
    for incident in as_scored.incidents:
        values = features(incident, as_scored.events, len(TEXT), "en")
        assert incident.confidence == round(probability(values, model), 3)

    lowest = min(i.confidence for i in everything.incidents if i.mode == "asserted" and not i.context)
    monkeypatch.setattr(pipeline, "incident_threshold", lowest + 0.001)
    fewer = pipeline.extract(article)
    assert len(fewer.incidents) < len(everything.incidents)
    # Nothing is lost: the mentions of the incident left out are still the document's events.
    assert fewer.events == everything.events
    left_out = {i.id for i in everything.incidents} - {i.id for i in fewer.incidents}
    for incident in everything.incidents:
        if incident.id in left_out:
            assert set(incident.events) <= {e.id for e in fewer.events}


def test_each_language_has_its_own_threshold_and_others_the_shared_one() -> None:
    model = {"weights": {}, "bias": 0.0, "threshold": 0.2, "thresholds": {"en": 0.0, "fr": 0.5}}
    assert threshold_for("fr", model) == 0.5
    assert threshold_for("en", model) == 0.0
    assert threshold_for("de", model) == 0.2
    assert threshold_for(None, {"weights": {}, "bias": 0.0, "threshold": 0.3}) == 0.3


def test_the_default_filter_uses_the_language_threshold() -> None:
    model = load_model()
    incidents = [_incident(f"i{k}", [f"e{k}"]).model_copy(update={"confidence": round(0.05 * k, 2)})
                 for k in range(20)]
    for language in ("en", "fr"):
        kept = filter_incidents(incidents, language=language)
        assert [i.id for i in kept] == [i.id for i in incidents if i.confidence >= threshold_for(language, model)]


def test_a_withdrawal_weighs_as_a_deployment_not_as_a_concession() -> None:
    # forces pulling out are a force movement, MOBILIZE's mirror: the same type group
    events = [_event("e1", 500, "RETREAT"), _event("e2", 500, "MOBILIZE"), _event("e3", 500, "CONCEDE")]
    retreat, deployment, concession = (features(_incident(f"i{k}", [f"e{k}"], t), events, 1000, "fr")
                                       for k, t in ((1, "RETREAT"), (2, "MOBILIZE"), (3, "CONCEDE")))
    assert retreat == deployment
    model = load_model()
    assert probability(retreat, model) > probability(concession, model)
