"""Acceptance on the motivating article (read from ../shared; skipped where it is absent).

These are examples of the general behaviour that the per-stage tests cover with
texts of our own.
"""

import pytest

from tests.conftest import SEED_PUBLISHED


@pytest.fixture(scope="module")
def seed(pipeline, seed_text):
    from tessera.records import Article

    return pipeline.extract(Article(id="seed", text=seed_text, published=SEED_PUBLISHED))


def _events(seed, type_, modes=("asserted",)):
    return [e for e in seed.events if e.type == type_ and e.mode in modes]


def _actor_named(event, word):
    return event.actor is not None and word.lower() in (event.actor.text + " " + (event.actor.name or "")).lower()


def test_takuba_retreat_from_mali(seed):
    retreats = [e for e in _events(seed, "RETREAT") if _actor_named(e, "takuba")]
    assert retreats, [e.model_dump() for e in seed.events]
    event = retreats[0]
    assert event.actor.country in {"FRA", "EUR"} and event.actor.type == "MIL"
    assert event.location is not None and event.location.country == "MLI"


def test_barkhane_retreat_in_mali(seed):
    retreats = [e for e in _events(seed, "RETREAT") if _actor_named(e, "barkhane")]
    assert retreats
    assert retreats[0].actor.country == "FRA" and retreats[0].actor.type == "MIL"
    assert any(e.location is not None and e.location.country == "MLI" for e in retreats)


def test_expulsion_of_the_french_diplomat(seed):
    sanctions = _events(seed, "SANCTION")
    assert any(e.recipient is not None and e.recipient.country == "FRA" for e in sanctions)


def test_russian_force_mobilised_in_mali(seed):
    russian = [
        e
        for e in _events(seed, "MOBILIZE")
        if e.actor is not None and e.actor.country == "RUS" or e.recipient is not None and e.recipient.country == "RUS"
    ]
    assert russian
    assert russian[0].location is not None and russian[0].location.country == "MLI"


def test_future_support_toward_benin(seed):
    toward_benin = [
        e
        for e in seed.events
        if e.type in {"MOBILIZE", "AID"} and e.mode in {"future", "hypothetical"}
        and e.location is not None and e.location.country == "BEN"
    ]
    assert toward_benin


def test_coup_in_mali_dated_last_year(seed):
    coups = [e for e in seed.events if e.type == "COERCE" and "coup" in e.trigger.text.lower()]
    assert all(e.mode == "asserted" for e in coups)
    assert coups
    assert coups[0].date is not None and coups[0].date.value == "2021"
    assert coups[0].location is not None and coups[0].location.country == "MLI"


def test_takuba_future_support_in_niger(seed):
    support = [
        e for e in seed.events
        if e.type in {"AID", "MOBILIZE", "COOPERATE", "SUPPORT"} and e.mode in {"future", "asserted"}
        and (e.location is not None and e.location.country == "NER"
             or e.recipient is not None and e.recipient.country == "NER")
    ]
    assert support


def test_places_resolved_with_no_place_in_nigeria(seed):
    by_name = {p.text: p for p in seed.places}
    for name, country in [("Mali", "MLI"), ("Niger", "NER"), ("Benin", "BEN")]:
        assert by_name[name].country == country and by_name[name].lat is not None
    assert any("Sahel" in p.text and p.lat is not None for p in seed.places)
    assert not [p for p in seed.places if p.country == "NGA"]


def test_relative_dates(seed):
    values = {d.text: d.value for d in seed.dates}
    assert any("Friday" in text and value == "2022-02-18" for text, value in values.items())
    assert any("last year" in text and value == "2021" for text, value in values.items())


def test_quantities(seed):
    values = {q.value for q in seed.quantities}
    assert {25000, 4300, 828} <= values
