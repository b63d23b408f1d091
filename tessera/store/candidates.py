"""Which stored incidents a new one is compared with: an in-memory index of the events table.

Used by `Store` (repository.py) while it clusters an article's incidents into the
store. It answers the question the store used to ask SQL for every incident: the
events of a compatible type and the same mode whose dates overlap (with slack), in
the same country or none, near a precise place, the most recently updated first, at
most `limit` of them. SQL answered it with a scan of every event of the type, so the
cost per article grew with the store; here events are filed by type, mode and week,
and a question reads only the weeks its dates reach.

The index holds a few fields per event (no incident JSON). The store loads it from
the database when it first needs it, keeps it in step with its own writes, and reads
it again when another store has started a run since (one writer at a time).
"""

from __future__ import annotations

import datetime as dt
import math
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

from tessera.dedupe import DedupeRules, Incident

# Events whose dates span more weeks than this are checked by every dated question
# of their kind instead of being filed under each week (a handful of open intervals).
MAX_FILED_WEEKS = 1_000

Kind = tuple[str, str]  # event type, mode


class IndexedEvent(NamedTuple):
    """The columns of an `events` row that choose candidates (a tuple: small and quick to build)."""

    id: str
    type: str
    mode: str
    date_start: dt.date | None
    date_end: dt.date | None
    country: str | None
    lat: float | None
    lon: float | None
    geo_precision: str | None
    updated_at: dt.datetime

    @classmethod
    def of(cls, incident: Incident, updated_at: dt.datetime) -> IndexedEvent:
        place = incident.location
        return cls(
            incident.id,
            incident.type,
            incident.mode,
            incident.date_start,
            incident.date_end,
            place.country if place else None,
            place.lat if place else None,
            place.lon if place else None,
            place.feature if place else None,
            updated_at,
        )

    def interned(self) -> IndexedEvent:
        """The same, its repeated words shared: one string for all "ASSAULT"s of a big index."""
        return self._replace(
            type=sys.intern(self.type),
            mode=sys.intern(self.mode),
            country=sys.intern(self.country) if self.country else self.country,
            geo_precision=sys.intern(self.geo_precision) if self.geo_precision else self.geo_precision,
        )


Accept = Callable[[IndexedEvent, list[Kind]], bool]


def _weeks(start: dt.date, end: dt.date) -> range:
    return range(start.toordinal() // 7, end.toordinal() // 7 + 1)


class CandidateIndex:
    """Events by (type, mode), filed under each week their dates cover."""

    def __init__(self, rules: DedupeRules) -> None:
        self.rules = rules
        self._events: dict[str, IndexedEvent] = {}
        # (type, mode) -> ids, least recently updated first (dicts keep insertion order).
        self._by_kind: dict[Kind, dict[str, None]] = {}
        self._by_week: dict[tuple[str, str, int], set[str]] = {}
        # (type, mode) -> ids of events with an open or very long date range.
        self._unfiled: dict[Kind, set[str]] = {}
        admin1 = rules.precision_of("admin1")
        self._fine_features = frozenset(f for f, rank in rules.feature_precision.items() if rank > admin1)

    def __len__(self) -> int:
        return len(self._events)

    def __contains__(self, event_id: str) -> bool:
        return event_id in self._events

    def get(self, event_id: str) -> IndexedEvent | None:
        return self._events.get(event_id)

    @property
    def latest_update(self) -> dt.datetime | None:
        return max((e.updated_at for e in self._events.values()), default=None)

    def load(self, rows: Iterable[IndexedEvent]) -> None:
        """Fill the index from stored rows (in any order)."""
        # Least recent first, and among equal times the highest id first, so that the
        # recency order read backwards is the SQL order `updated_at DESC, id`.
        ordered = sorted((row.interned() for row in rows), key=lambda e: e.id, reverse=True)
        ordered.sort(key=lambda e: e.updated_at)
        for entry in ordered:
            self.put(entry)

    def put(self, entry: IndexedEvent) -> None:
        """Add an event, or move a changed one to its new place (and to the most recent end)."""
        self.remove(entry.id)
        self._events[entry.id] = entry
        kind = (entry.type, entry.mode)
        self._by_kind.setdefault(kind, {})[entry.id] = None
        weeks = self._filed_weeks(entry)
        if weeks is None:
            self._unfiled.setdefault(kind, set()).add(entry.id)
        else:
            for week in weeks:
                self._by_week.setdefault((*kind, week), set()).add(entry.id)

    def remove(self, event_id: str) -> None:
        entry = self._events.pop(event_id, None)
        if entry is None:
            return
        kind = (entry.type, entry.mode)
        del self._by_kind[kind][event_id]
        weeks = self._filed_weeks(entry)
        if weeks is None:
            self._unfiled[kind].discard(event_id)
        else:
            for week in weeks:
                cell = self._by_week[(*kind, week)]
                cell.discard(event_id)
                if not cell:
                    del self._by_week[(*kind, week)]

    @staticmethod
    def _filed_weeks(entry: IndexedEvent) -> range | None:
        if entry.date_start is None or entry.date_end is None:
            return None
        weeks = _weeks(entry.date_start, entry.date_end)
        return weeks if len(weeks) <= MAX_FILED_WEEKS else None

    # --- questions ----------------------------------------------------------------

    def candidates(self, single: Incident, own: Iterable[str], limit: int) -> list[str]:
        """Ids of the events `single` may join, the most recently updated first (ties by id).

        `own`: the events the article being stored has written to so far. A mention
        whose own fields cannot reach the merge threshold against another article (no
        place, no actor, no exact day) can only join one of those.
        """
        rules = self.rules
        types = {t for group in rules.compatible_types if single.type in group for t in group} | {single.type}
        kinds: list[Kind] = [(t, single.mode) for t in sorted(types)]
        window = None
        if single.date_start is not None and single.date_end is not None:
            window = (single.date_start - rules.date_slack, single.date_end + rules.date_slack)
        accept = self._filter(single, window)
        if not self._reaches_threshold(single):
            hits = [e for e in (self._events.get(i) for i in set(own)) if e is not None and accept(e, kinds)]
        elif window is None:
            return self._most_recent(kinds, accept, limit)
        else:
            hits = [e for e in self._dated(kinds, window) if accept(e, kinds)]
        hits.sort(key=lambda e: e.id)
        hits.sort(key=lambda e: e.updated_at, reverse=True)
        return [e.id for e in hits[:limit]]

    def _reaches_threshold(self, single: Incident) -> bool:
        rules = self.rules
        reachable = (
            (rules.score("same_place") if single.location is not None else 0.0)
            + rules.score("same_actor") * ((single.actor is not None) + (single.recipient is not None))
            + (rules.score("same_day") if single.date is not None and single.date_start == single.date_end else 0.0)
        )
        return reachable >= rules.min_score

    def _dated(self, kinds: list[Kind], window: tuple[dt.date, dt.date]) -> Iterator[IndexedEvent]:
        found: set[str] = set()
        weeks = _weeks(*window)
        for kind in kinds:
            found.update(self._unfiled.get(kind, ()))
            for week in weeks:
                cell = self._by_week.get((*kind, week))
                if cell:
                    found.update(cell)
        return (self._events[i] for i in found)

    def _most_recent(self, kinds: list[Kind], accept: Accept, limit: int) -> list[str]:
        """Without dates to narrow by: walk each kind from its most recent end."""
        hits: list[IndexedEvent] = []
        for kind in kinds:
            taken = 0
            for event_id in reversed(self._by_kind.get(kind, {})):
                entry = self._events[event_id]
                if accept(entry, kinds):
                    hits.append(entry)
                    taken += 1
                    if taken == limit:
                        break
        hits.sort(key=lambda e: e.id)
        hits.sort(key=lambda e: e.updated_at, reverse=True)
        return [e.id for e in hits[:limit]]

    def _filter(self, single: Incident, window: tuple[dt.date, dt.date] | None) -> Accept:
        """The SQL conditions the store used to ask, as a predicate (NULLs as SQL reads them)."""
        rules = self.rules
        place = single.location
        country = place.country if place is not None and place.country else None
        box = None
        if (
            place is not None
            and place.lat is not None
            and place.lon is not None
            and rules.precision(place) > rules.precision_of("admin1")
        ):
            # A box a little larger than the merge distance; coarse or unplaced events stay in.
            lat_span = rules.max_distance_km / 110.0 * 1.2
            lon_span = lat_span / max(0.1, math.cos(math.radians(place.lat)))
            box = (place.lat - lat_span, place.lat + lat_span, place.lon - lon_span, place.lon + lon_span)
        fine = self._fine_features

        def accept(e: IndexedEvent, kinds: list[Kind]) -> bool:
            if (e.type, e.mode) not in kinds:
                return False
            if window is not None:
                if e.date_start is not None and e.date_start > window[1]:
                    return False
                if e.date_end is not None and e.date_end < window[0]:
                    return False
            if country is not None and e.country is not None and e.country != country:
                return False
            if box is not None and e.lat is not None:
                if e.geo_precision is not None and e.geo_precision not in fine:
                    return True
                return e.lon is not None and box[0] <= e.lat <= box[1] and box[2] <= e.lon <= box[3]
            return True

        return accept
