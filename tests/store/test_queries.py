"""The store's queries (store/queries.py) on SQLite and PostgreSQL: facets, sorts, filters, codings, tokens.

The facets are computed by the database; each is checked against the same count
made in Python over the events the store lists (what the API used to do per request).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

import pytest

from tessera.ingest.driver import ingest, recode
from tessera.records import Actor, DateValue, Place
from tessera.store import EventFilter
from tessera.store.queries import _MISSING, ResultCache, like_pattern
from tests.store.store_builders import ANSONGO, ARMY, GAO, NIAMEY, ScriptedExtractor, article, day, event

KIDAL = Place(text="Kidal", start=0, end=5, name="Kidal", geonames_id=2455290, lat=18.44, lon=1.41,
              country="MLI", admin1="Kidal", feature="city")
UNDERSCORE = Actor(text="Group_7", start=0, end=7, name="Group_7", country=None, type="REB")
PERCENT = Actor(text="100% Brigade", start=0, end=12, name="100% Brigade", country="NER", type="MIL")
VILLAGERS = Actor(text="villagers", start=0, end=9, name="Villagers", country="MLI", type="CVL")

# (id, published, type, place, date, fatalities, actor, recipient): far apart in time or
# place, so each report is an incident of its own.
REPORTS: list[tuple[str, str, str, Place | None, str | None, int | None, Actor | None, Actor | None]] = [
    ("r1", "2022-01-04", "ASSAULT", GAO, "2022-01-03", 8, ARMY, VILLAGERS),
    ("r2", "2022-01-12", "ASSAULT", NIAMEY, "2022-01-10", None, PERCENT, None),
    ("r3", "2022-03-02", "PROTEST", KIDAL, "2022-03-01", None, VILLAGERS, None),
    ("r4", "2022-05-20", "ASSAULT", ANSONGO, "2022-05-19", 3, UNDERSCORE, ARMY),
    ("r5", "2022-05-27", "COERCE", GAO, "2022-05-26", 0, ARMY, VILLAGERS),
    ("r6", "2023-08-08", "ASSAULT", KIDAL, "2023-08-06", 20, UNDERSCORE, VILLAGERS),
    ("r7", "2023-08-09", "PROTEST", None, None, None, None, None),
]


def _load(store: Any) -> None:
    articles, events = [], {}
    for key, published, kind, place, date, deaths, actor, recipient in REPORTS:
        text = f"Report {key}: fighters attacked the area, residents said in report {key}."
        articles.append(article(key, text, published, url=f"https://news.example.invalid/{key}"))
        events[key] = [
            event(text, text, type=kind, location=place, date=day(date) if date else None, fatalities=deaths,
                  actor=actor, recipient=recipient, trigger="attacked")
        ]
    ingest(store, articles, ScriptedExtractor(events))
    assert store.count_events() == len(REPORTS)


def _monday(value: dt.date) -> str:
    return (value - dt.timedelta(days=value.weekday())).isoformat()


@pytest.mark.parametrize("by", ["day", "week", "month"])
@pytest.mark.parametrize("group", ["type", "country", "none"])
def test_aggregates_match_a_count_over_the_listed_events(store: Any, by: str, group: str) -> None:
    _load(store)
    for filters in (EventFilter(), EventFilter(type=["ASSAULT"]), EventFilter(since=dt.date(2022, 5, 1))):
        counts: Counter[tuple[str, str | None]] = Counter()
        deaths: Counter[tuple[str, str | None]] = Counter()
        for listed in store.iter_events(filters):
            if listed.date_start is None:
                continue
            start = listed.date_start
            period = {"day": start.isoformat(), "week": _monday(start), "month": start.replace(day=1).isoformat()}[by]
            key = (period, None if group == "none" else getattr(listed, group))
            counts[key] += 1
            deaths[key] += listed.fatalities or 0
        found = store.aggregates(filters, by=by, group=group)
        assert [(c.period, c.key, c.events, c.fatalities) for c in found] == [
            (period, key, n, deaths[(period, key)])
            for (period, key), n in sorted(counts.items(), key=lambda item: (item[0][0], item[0][1] or ""))
        ]


def test_actor_counts_count_each_role_and_rank_by_events(store: Any) -> None:
    _load(store)
    reference: Counter[tuple[str, str | None, str | None]] = Counter()
    for listed in store.iter_events():
        for name, country, sector in (
            (listed.actor, listed.actor_country, listed.actor_type),
            (listed.recipient, listed.recipient_country, listed.recipient_type),
        ):
            if name:
                reference[(name, country, sector)] += 1
    ranked = sorted(reference.items(), key=lambda item: (-item[1], item[0][0], item[0][1] or "", item[0][2] or ""))
    found = store.actor_counts()
    assert [(a.name, a.country, a.sector, a.events) for a in found] == [(*key, n) for key, n in ranked]
    assert found[0].name == "Villagers" and found[0].events == 4  # 3 as recipient, 1 as actor
    assert [a.name for a in store.actor_counts(limit=2)] == [a.name for a in found[:2]]
    assert [a.name for a in store.actor_counts(query="ARMED")] == ["Malian Armed Forces"]
    assert [a.name for a in store.actor_counts(EventFilter(country="NER"))] == ["100% Brigade"]


@pytest.mark.parametrize(
    ("words", "expected"),
    [("_", {"Group_7"}), ("%", {"100% Brigade"}), ("p_7", {"Group_7"}), ("0% b", {"100% Brigade"}), ("\\", set())],
)
def test_name_filters_match_wildcards_literally(store: Any, words: str, expected: set[str]) -> None:
    _load(store)
    assert {a.name for a in store.actor_counts(query=words)} == expected
    listed = store.events(EventFilter(actor=words))
    assert {name for e in listed for name in (e.actor, e.recipient) if name in expected} == expected
    assert all(any(words.lower() in (n or "").lower() for n in (e.actor, e.recipient)) for e in listed)


def test_like_pattern_escapes_its_wildcards() -> None:
    assert like_pattern("a%b_c\\d") == "%a\\%b\\_c\\\\d%"


def test_place_counts_and_filter_menu(store: Any) -> None:
    _load(store)
    places = store.place_counts()
    assert [(p.name, p.events) for p in places[:2]] == [("Gao", 2), ("Kidal", 2)]
    assert {p.name for p in places} == {"Gao", "Kidal", "Niamey", "Ansongo"}
    assert [p.name for p in store.place_counts(EventFilter(country="NER"))] == ["Niamey"]
    assert len(store.place_counts(limit=1)) == 1
    menu = store.filter_menu()
    assert menu.countries == {"MLI": 5, "NER": 1}
    assert menu.admin1 == {"MLI": ["Gao", "Kidal"], "NER": ["Niamey"]}
    assert (menu.date_min, menu.date_max, menu.total_events) == (dt.date(2022, 1, 3), dt.date(2023, 8, 6), 7)


@pytest.mark.parametrize("sort", ["-date", "date", "-fatalities", "fatalities", "-sources", "sources"])
def test_sorts_order_the_whole_selection_and_pages_do_not_overlap(store: Any, sort: str) -> None:
    _load(store)
    everything = store.events(limit=None)
    undated = sorted(e.id for e in everything if e.date_start is None)
    dated = [e for e in everything if e.date_start is not None]
    if sort == "-date":
        expected = [e.id for e in sorted(dated, key=lambda e: (-e.date_start.toordinal(), e.id))] + undated
    elif sort == "date":
        expected = [e.id for e in sorted(dated, key=lambda e: (e.date_start, e.id))] + undated
    else:
        field = {"fatalities": "fatalities", "sources": "source_count"}[sort.lstrip("-")]
        ordered = sorted(everything, key=lambda e: (getattr(e, field) or 0, e.id), reverse=sort.startswith("-"))
        expected = [e.id for e in ordered]
    assert [e.id for e in store.events(sort=sort)] == expected
    paged = [e.id for offset in range(0, 7, 3) for e in store.events(limit=3, offset=offset, sort=sort)]
    assert paged == expected


def test_event_detail_carries_each_mentions_record_and_listing_matches_it(store: Any) -> None:
    _load(store)
    listed = store.events(EventFilter(country="NER"))[0]
    detail = store.event(listed.id)
    assert detail is not None
    assert detail.model_dump(include=set(type(listed).model_fields)) == listed.model_dump()
    assert (listed.actor, listed.actor_country, listed.actor_type) == ("100% Brigade", "NER", "MIL")
    (source,) = detail.sources
    assert source.mention is not None and source.mention.location is not None
    assert source.mention.location.name == "Niamey"
    assert store.event("missing") is None


def test_article_coding_maps_extracted_events_to_their_incidents(store: Any) -> None:
    _load(store)
    listed = store.events(EventFilter(country="NER"))[0]
    (source,) = store.event(listed.id).sources
    coding = store.article_coding(source.article_id)
    assert coding is not None and coding.document is not None
    assert coding.event_ids == {coding.document.events[0].id: listed.id}
    assert store.article_coding("missing") is None


def test_token_rows_add_find_mark_remove(store: Any) -> None:
    assert store.add_token("bot", "0123456789ab", "salt", "hash")
    assert not store.add_token("bot", "ba9876543210", "salt", "hash")
    found = store.token_by_key("0123456789ab")
    assert (found.name, found.salt, found.secret_hash) == ("bot", "salt", "hash")
    assert store.tokens()[0].last_used_at is None
    store.mark_token_used("bot")
    assert store.tokens()[0].last_used_at is not None
    assert store.remove_token("bot") and not store.remove_token("bot")
    assert store.token_by_key("0123456789ab") is None and store.tokens() == []


def test_event_lists_are_read_in_index_order(store: Any) -> None:
    """The default list and the sorts read an index in order: no sort of every event per page."""
    if store.dialect != "sqlite":
        pytest.skip("EXPLAIN QUERY PLAN is SQLite's")
    from sqlalchemy import select, text

    from tessera.store.models import EventRow

    _load(store)
    with store.engine.connect() as connection:
        for sort in ("-date", "-fatalities", "fatalities", "-sources"):
            query = select(EventRow.id).order_by(*store._order(sort)).limit(10)
            sql = str(query.compile(store.engine, compile_kwargs={"literal_binds": True}))
            plan = " ".join(str(row) for row in connection.execute(text("EXPLAIN QUERY PLAN " + sql)))
            assert "TEMP B-TREE" not in plan, (sort, plan)


ATTACK_EN = "Gunmen attacked an army post in Gao on Thursday, killing eight soldiers."
ATTACK_FR = "Des hommes armés ont attaqué jeudi un poste de l'armée à Gao, tuant huit soldats."
ELSEWHERE_EN = "Gunmen attacked a police station in Niamey on Thursday, killing three officers."


def _two_languages(store: Any) -> None:
    """One attack in Gao reported in English and in French; another in Niamey, in English only."""
    articles = [
        article("gao-en", ATTACK_EN, "2022-02-18", language="en"),
        article("gao-fr", ATTACK_FR, "2022-02-18", language="fr"),
        article("niamey-en", ELSEWHERE_EN, "2022-02-18", language="en"),
    ]
    events = {
        "gao-en": [event(ATTACK_EN, ATTACK_EN, location=GAO, date=day("2022-02-17"), fatalities=8, actor=ARMY)],
        "gao-fr": [
            event(ATTACK_FR, ATTACK_FR, location=GAO, date=day("2022-02-17"), fatalities=8, trigger="attaqué")
        ],
        "niamey-en": [event(ELSEWHERE_EN, ELSEWHERE_EN, location=NIAMEY, date=day("2022-02-17"), fatalities=3)],
    }
    ingest(store, articles, ScriptedExtractor(events))


def test_language_filter_keeps_incidents_with_a_source_in_that_language(store: Any) -> None:
    _two_languages(store)
    everything = store.events()
    assert sorted((e.location, e.source_count) for e in everything) == [("Gao", 2), ("Niamey", 1)]
    [french] = store.events(EventFilter(language="fr"))
    assert (french.location, french.source_count) == ("Gao", 2)  # one French source is enough
    assert {e.location for e in store.events(EventFilter(language="en"))} == {"Gao", "Niamey"}
    assert store.events(EventFilter(language="de")) == []
    assert store.events(EventFilter(language="FR")) == [french]  # codes are read in lower case
    # Every read goes through the same filter: counts, facets, aggregates.
    only_fr = EventFilter(language="fr")
    assert store.count_events(only_fr) == 1 and store.count_events(EventFilter(language="en")) == 2
    assert store.counts_by("country", only_fr) == {"MLI": 1}
    assert [(p.name, p.events) for p in store.place_counts(only_fr)] == [("Gao", 1)]
    assert [a.name for a in store.actor_counts(only_fr)] == ["Malian Armed Forces"]
    assert sum(c.events for c in store.aggregates(only_fr, by="day", group="none")) == 1
    # It narrows the other filters, never widens them.
    assert store.events(EventFilter(language="fr", country="NER")) == []
    assert [e.location for e in store.events(EventFilter(language="en", country="NER"))] == ["Niamey"]


def test_event_sources_carry_their_articles_language_and_the_menu_lists_languages(store: Any) -> None:
    _two_languages(store)
    [gao] = store.events(EventFilter(country="MLI"))
    detail = store.event(gao.id)
    by_text = {store.article(s.article_id).text: s.language for s in detail.sources}
    assert by_text == {ATTACK_EN: "en", ATTACK_FR: "fr"}
    assert store.filter_menu().languages == {"en": 2, "fr": 1}  # events with a source in each


def test_since_finds_an_event_that_started_before_it_and_ends_after(store: Any) -> None:
    """`since` keeps an event whose range reaches it; the index bound uses the longest event."""
    text = "Fighters attacked villages around Gao throughout the month, residents said."
    other = "Fighters attacked a market in Niamey, residents said."
    articles = [article("month", text, "2022-02-02"), article("day", other, "2021-12-31")]
    events = {
        "month": [event(text, text, location=GAO, date=DateValue(text="month", start=0, end=5, value="2022-01",
                                                                 precision="month"), trigger="attacked")],
        "day": [event(other, other, location=NIAMEY, date=day("2021-12-31"), trigger="attacked")],
    }
    ingest(store, articles, ScriptedExtractor(events))
    (month,) = store.events(EventFilter(country="MLI"))
    assert (month.date_start, month.date_end) == (dt.date(2022, 1, 1), dt.date(2022, 1, 31))
    assert [e.id for e in store.events(EventFilter(since=dt.date(2022, 1, 20)))] == [month.id]
    assert store.count_events(EventFilter(since=dt.date(2021, 12, 31))) == 2
    assert store.count_events(EventFilter(since=dt.date(2022, 2, 1))) == 0
    assert [c.events for c in store.aggregates(EventFilter(since=dt.date(2022, 1, 31)), by="month")] == [1]


def _facets_match_the_listed_events(store: Any) -> None:
    """Every cached facet and count equals the same count over the events the store lists now."""
    listed = store.events(limit=None)  # event lists are never cached: the reference
    assert store.count_events() == len(listed)
    assert store.count_events(EventFilter(type=["ASSAULT"])) == sum(e.type == "ASSAULT" for e in listed)
    assert store.counts_by("country") == Counter(e.country or "" for e in listed)
    daily: Counter[tuple[str, str | None]] = Counter()
    for e in listed:
        if e.date_start is not None:
            daily[(e.date_start.isoformat(), e.type)] += 1
    assert {(c.period, c.key): c.events for c in store.aggregates(by="day", group="type")} == daily
    roles: Counter[str] = Counter(name for e in listed for name in (e.actor, e.recipient) if name)
    assert {a.name: a.events for a in store.actor_counts()} == roles
    places: Counter[str] = Counter(e.location for e in listed if e.location)
    assert {p.name: p.events for p in store.place_counts()} == places
    menu = store.filter_menu()
    assert menu.total_events == len(listed)
    assert menu.countries == Counter(e.country for e in listed if e.country)


def test_cached_facets_follow_ingest_recode_updates_and_deletions(store: Any) -> None:
    """Facets and counts are kept per store generation; every article's write moves it on."""
    _load(store)
    _facets_match_the_listed_events(store)
    generations = [store.generation()]
    _facets_match_the_listed_events(store)  # asked twice: kept
    hits, misses = store._results.hits, store._results.misses
    _facets_match_the_listed_events(store)
    assert store._results.hits == hits + 7 and store._results.misses == misses  # all 7 from the cache
    assert store.generation() == generations[0]

    # Ingest: a new incident in Niamey.
    text = "Report r8: soldiers attacked a convoy near Niamey, residents said in report r8."
    ingest(store, [article("r8", text, "2024-02-02")], ScriptedExtractor(
        {"r8": [event(text, text, location=NIAMEY, date=day("2024-02-01"), fatalities=4, actor=ARMY,
                      trigger="attacked")]}))
    assert store.count_events() == len(REPORTS) + 1
    _facets_match_the_listed_events(store)
    generations.append(store.generation())

    # Recode: r1 is now a protest in Kidal, r3 has no event left (its incident is deleted).
    r1 = store.events(EventFilter(actor="Villagers", type=["ASSAULT"], until=dt.date(2022, 2, 1)))[0]
    r1_text = store.article(store.event(r1.id).sources[0].article_id).text
    r3_article = store.event(store.events(EventFilter(type=["PROTEST"], country="MLI"))[0].id).sources[0].article_id
    recode(store, ScriptedExtractor({
        "r1": [event(r1_text, r1_text, type="PROTEST", location=KIDAL, date=day("2022-01-03"), trigger="attacked")],
        "r3": [],
    }, version="t2"), article_ids=[store.event(r1.id).sources[0].article_id, r3_article])
    assert store.count_events(EventFilter(type=["PROTEST"], country="MLI")) == 1
    _facets_match_the_listed_events(store)
    generations.append(store.generation())

    # An update at r2's URL whose new text has no event: r2's incident goes.
    ingest(store, [article("r2-update", "Report r2 corrected: nothing happened in Niamey.", "2022-01-13",
                           url="https://news.example.invalid/r2")], ScriptedExtractor({}))
    assert store.count_events(EventFilter(actor="100% Brigade")) == 0
    _facets_match_the_listed_events(store)
    generations.append(store.generation())
    assert generations == sorted(set(generations)), generations  # each write moved it on


def test_result_cache_keeps_repeated_queries_within_bounds_for_one_generation() -> None:
    cache = ResultCache(queries=3, rows=50)

    def offer(generation: int, key: tuple[Any, ...], value: Any) -> None:
        cache.put(generation, key, value)  # the first time, only noted
        cache.put(generation, key, value)

    cache.put(1, ("once",), [1])
    assert cache.get(1, ("once",)) is _MISSING  # a query asked once keeps nothing
    for n in range(4):
        offer(1, ("q", n), [n])
    assert len(cache) == 3 and cache.get(1, ("q", 0)) is _MISSING  # least recently used first out
    assert cache.get(1, ("q", 3)) == [3]
    offer(1, ("big",), list(range(6)))  # over a tenth of the rows: computed, not kept
    assert cache.get(1, ("big",)) is _MISSING
    offer(2, ("q", 9), [9])  # a newer generation forgets the older one's results
    assert len(cache) == 1 and cache.get(2, ("q", 3)) is _MISSING
    offer(1, ("q", 3), [3])  # computed at an older generation: dropped
    assert cache.get(2, ("q", 3)) is _MISSING and cache.get(1, ("q", 9)) is _MISSING
    cache = ResultCache(queries=100, rows=50)
    for n in range(20):
        offer(2, ("r", n), [0] * 5)
    assert cache._rows <= 50 and len(cache) == 10  # the row budget binds before the query count
