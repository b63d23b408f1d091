"""The store's candidate index: which stored events a new incident is compared with, in what order."""

from __future__ import annotations

import datetime as dt

from tessera.dedupe import Incident, default_rules
from tessera.store.candidates import MAX_FILED_WEEKS, CandidateIndex, IndexedEvent
from tests.store.store_builders import GAO, MALI, NIAMEY, day

T0 = dt.datetime(2026, 1, 1)


def stored(
    event_id: str,
    start: str | None,
    end: str | None = None,
    *,
    type: str = "ASSAULT",
    mode: str = "asserted",
    place=GAO,  # type: ignore[no-untyped-def]
    minute: int = 0,
) -> IndexedEvent:
    return IndexedEvent(
        id=event_id,
        type=type,
        mode=mode,
        date_start=dt.date.fromisoformat(start) if start else None,
        date_end=dt.date.fromisoformat(end or start) if (end or start) else None,
        country=place.country if place else None,
        lat=place.lat if place else None,
        lon=place.lon if place else None,
        geo_precision=place.feature if place else None,
        updated_at=T0 + dt.timedelta(minutes=minute),
    )


def incident(day_value: str | None = "2022-02-17", *, place=GAO, type: str = "ASSAULT", **extra) -> Incident:  # type: ignore[no-untyped-def]
    when = day(day_value) if day_value else None
    start = dt.date.fromisoformat(day_value) if day_value else None
    return Incident(
        id="new",
        type=type,  # type: ignore[arg-type]
        mode="asserted",
        location=place,
        date=when,
        date_start=start,
        date_end=start,
        article_ids=["this-article"],
        **extra,
    )


def index_of(*events: IndexedEvent) -> CandidateIndex:
    index = CandidateIndex(default_rules())
    index.load(events)
    return index


def test_dates_within_reach_across_a_week_boundary_and_long_intervals() -> None:
    index = index_of(
        stored("sunday", "2022-02-13"),  # 2022-02-14 is a Monday: another week
        stored("too-early", "2022-02-10"),
        stored("two-years", "2020-06-01", "2022-06-01"),
        stored("open", None),
        stored("very-long", "1990-01-01", str(dt.date(1990, 1, 1) + dt.timedelta(weeks=MAX_FILED_WEEKS + 5))),
        stored("later", "2022-02-16", "2022-02-20"),
    )
    # One day of slack: 2022-02-13 is within reach of 2022-02-14, 2022-02-10 is not.
    found = index.candidates(incident("2022-02-14"), own=(), limit=100)
    assert sorted(found) == ["open", "sunday", "two-years"]
    assert sorted(index.candidates(incident("2022-02-17"), own=(), limit=100)) == ["later", "open", "two-years"]
    assert "very-long" in index.candidates(incident("2000-01-01"), own=(), limit=100)


def test_type_mode_country_and_box() -> None:
    far_in_mali = MALI.model_copy(update={"name": "Kidal", "lat": 18.44, "lon": 1.41, "feature": "city"})
    index = index_of(
        stored("gao", "2022-02-17"),
        stored("coerce", "2022-02-17", type="COERCE"),  # compatible with ASSAULT
        stored("protest", "2022-02-17", type="PROTEST"),
        stored("negated", "2022-02-17", mode="negated"),
        stored("niger", "2022-02-17", place=NIAMEY),
        stored("mali", "2022-02-17", place=MALI),  # coarse: stays in
        stored("kidal", "2022-02-17", place=far_in_mali),  # precise and far: out
        stored("unplaced", "2022-02-17", place=None),
    )
    assert sorted(index.candidates(incident(), own=(), limit=100)) == ["coerce", "gao", "mali", "unplaced"]


def test_most_recent_first_ties_by_id_and_limit() -> None:
    index = index_of(
        stored("b", "2022-02-17", minute=5),
        stored("a", "2022-02-17", minute=5),
        stored("c", "2022-02-17", minute=1),
        stored("d", "2022-02-17", minute=9),
    )
    assert index.candidates(incident(), own=(), limit=3) == ["d", "a", "b"]
    # Undated: no dates to narrow by, the same order.
    assert index.candidates(incident(None, place=GAO, actor=None), own=(), limit=3) == ["d", "a", "b"]


def test_a_changed_event_moves() -> None:
    index = index_of(stored("x", "2022-02-17"), stored("y", "2022-02-17", minute=1))
    index.put(stored("x", "2022-03-30", minute=2))
    assert index.candidates(incident(), own=(), limit=100) == ["y"]
    assert index.candidates(incident("2022-03-30"), own=(), limit=100) == ["x"]
    index.remove("y")
    assert index.candidates(incident(), own=(), limit=100) == []
    assert len(index) == 1


def test_a_mention_that_cannot_reach_the_threshold_only_sees_its_own_articles_events() -> None:
    index = index_of(stored("other", "2022-02-17", place=None), stored("own", "2022-02-17", place=None))
    weak = incident(None, place=None)
    weak = weak.model_copy(update={"date_start": dt.date(2022, 2, 15), "date_end": dt.date(2022, 2, 18)})
    assert index.candidates(weak, own={"own"}, limit=100) == ["own"]
    assert index.candidates(weak, own=set(), limit=100) == []
