"""The store's library API, on SQLite and PostgreSQL: ingest, dedupe, recode, queries."""

from __future__ import annotations

import datetime as dt

from tessera.ingest.driver import ingest, recode
from tessera.records import ExtractionFailure
from tessera.store import EventFilter
from tests.store.store_builders import (
    ANSONGO,
    ARMY,
    GAO,
    JIHADISTS,
    MALI,
    NIAMEY,
    ScriptedExtractor,
    article,
    day,
    event,
)

FIRST = "Gunmen attacked an army post in Gao on Thursday, killing eight soldiers."
SECOND = "Jihadists stormed a military camp in Gao, killing 54 soldiers, officials said. The raid shocked Mali."
THIRD = "The group claimed it killed 70 soldiers in the Gao assault on Thursday."
ELSEWHERE = "Gunmen attacked a police station in Niamey on Thursday, killing three officers."


def _attack_reports():
    a = article("first", FIRST, "2022-02-17")
    b = article("second", SECOND, "2022-02-18")
    c = article("third", THIRD, "2022-02-19")
    events = {
        "first": [event(FIRST, FIRST, location=GAO, date=day("2022-02-17"), fatalities=8)],
        "second": [
            event(
                SECOND,
                SECOND.split(". ")[0] + ".",
                location=GAO,
                date=day("2022-02-17"),
                fatalities=54,
                actor=JIHADISTS,
                recipient=ARMY,
            ),
            event(SECOND, "The raid shocked Mali.", location=MALI, trigger="raid"),
        ],
        "third": [event(THIRD, THIRD, location=GAO, date=day("2022-02-17"), fatalities=70, trigger="killed")],
    }
    return [a, b, c], ScriptedExtractor(events)


def test_two_reports_of_one_attack_make_one_event_with_two_sources(store) -> None:
    articles, extractor = _attack_reports()
    summary = ingest(store, articles[:2], extractor)
    assert (summary.new, summary.known, summary.failed, summary.events_added) == (2, 0, 0, 3)
    [only] = store.events()
    assert only.source_count == 2
    assert (only.location, only.country, only.date_value) == ("Gao", "MLI", "2022-02-17")
    detail = store.event(only.id)
    assert {s.article_id for s in detail.sources} == set(detail.incident.article_ids)
    assert len(detail.sources) == 3  # two mentions in the second article: one incident
    assert any("same place" in r for s in detail.sources for r in s.match_reasons)


def test_fatalities_keep_best_figure_range_and_claims(store) -> None:
    articles, extractor = _attack_reports()
    ingest(store, articles, extractor)
    [only] = store.events()
    assert (only.fatalities, only.fatalities_min, only.fatalities_max) == (54, 8, 70)
    claims = {c.claimant: c.value for c in store.event(only.id).incident.fatality_claims}
    assert claims["first report"] == 8
    assert claims["officials"] == 54
    assert 70 in claims.values()


def test_ingesting_again_adds_nothing(store) -> None:
    articles, extractor = _attack_reports()
    ingest(store, articles, extractor)
    before = store.stats()
    again = ingest(store, [a.model_copy(update={"text": "  " + a.text.upper() + "\n"}) for a in articles], extractor)
    assert (again.new, again.known, again.events_added) == (0, 3, 0)
    assert store.stats() == before


def test_a_new_text_at_a_known_url_updates_the_article_and_keeps_the_old_one(store) -> None:
    from sqlalchemy import text

    url = "https://news.example/djibo"
    first = "Gunmen killed 12 in Djibo on Monday, residents said."
    second = "Gunmen killed 14 in Djibo on Monday, residents said."
    extractor = ScriptedExtractor(
        {
            "v1": [event(first, first, location=GAO, fatalities=12)],
            "v2": [event(second, second, location=GAO, fatalities=14)],
        }
    )
    ingest(store, [article("v1", first, url=url)], extractor)
    [before] = store.events()
    summary = ingest(store, [article("v2", second, url=url)], extractor)
    assert (summary.new, summary.updated, summary.known, summary.failed) == (1, 1, 0, 0)
    assert store.stats().articles == 1
    [after] = store.events()
    assert after.fatalities == 14 and after.source_count == 1  # re-coded: the old mention is gone
    [only_id] = store.article_ids()
    assert store.article(only_id).text == second
    with store.engine.connect() as connection:
        kept = connection.execute(text("SELECT version, text FROM article_versions")).all()
    assert [tuple(row) for row in kept] == [(1, first)]
    # Either text again is known: nothing is re-coded, no version added.
    assert ingest(store, [article("v2", second, url=url), article("v1", first, url=url)], extractor).known == 2
    assert before.fatalities == 12


def test_same_url_twice_in_one_batch_and_empty_urls_never_lose_the_run(store) -> None:
    url = "https://x.org/1"
    rows = [
        article("one", "Gunmen killed 12 in Djibo.", url=url),
        article("two", "Gunmen killed 14 in Djibo.", url=url),
        article("three", "Troops left Menaka.", url=""),
        article("four", "Police closed a market in Gao.", url=""),
        article("five", "Police closed a market in Gao.", url="javascript:alert(1)"),
    ]
    summary = ingest(store, rows, ScriptedExtractor())
    assert (summary.new, summary.updated, summary.known, summary.failed) == (4, 1, 1, 0)
    assert store.stats().articles == 3
    urls = sorted((store.article(i).url or "") for i in store.article_ids())
    assert urls == ["", "", url]  # "" and javascript: are stored as no URL
    again = ingest(store, rows, ScriptedExtractor())  # idempotent: the older text is known too
    assert (again.new, again.known, again.failed) == (0, 5, 0)


def test_distant_attacks_stay_apart(store) -> None:
    a, b = article("gao", FIRST), article("niamey", ELSEWHERE)
    extractor = ScriptedExtractor(
        {
            "gao": [event(FIRST, FIRST, location=GAO, date=day("2022-02-17"))],
            "niamey": [event(ELSEWHERE, ELSEWHERE, location=NIAMEY, date=day("2022-02-17"))],
        }
    )
    ingest(store, [a, b], extractor)
    assert sorted(e.location for e in store.events()) == ["Gao", "Niamey"]


def test_attacks_on_different_days_stay_apart(store) -> None:
    a, b = article("mon", FIRST), article("fri", FIRST.replace("eight", "nine"))
    extractor = ScriptedExtractor(
        {
            "mon": [event(a.text, a.text, location=GAO, date=day("2022-02-14"))],
            "fri": [event(b.text, b.text, location=GAO, date=day("2022-02-18"))],
        }
    )
    ingest(store, [a, b], extractor)
    assert store.count_events() == 2


def test_nearby_town_within_a_few_km_merges_but_another_town_does_not(store) -> None:
    near_gao = GAO.model_copy(
        update={"geonames_id": None, "name": "Gao airport", "lat": 16.25, "lon": -0.01, "feature": "site"}
    )
    a, b, c = article("a", FIRST), article("b", SECOND), article("c", THIRD)
    extractor = ScriptedExtractor(
        {
            "a": [event(FIRST, FIRST, location=GAO, date=day("2022-02-17"))],
            "b": [event(SECOND, SECOND.split(". ")[0] + ".", location=near_gao, date=day("2022-02-17"))],
            "c": [event(THIRD, THIRD, location=ANSONGO, date=day("2022-02-17"), trigger="killed")],
        }
    )
    ingest(store, [a, b, c], extractor)
    events = store.events()
    assert sorted(e.source_count for e in events) == [1, 2]
    # The merged incident keeps the most precise location any source gives.
    assert {e.geo_precision for e in events if e.source_count == 2} == {"site"}


def test_an_article_in_a_language_without_a_model_is_stored_but_not_coded(store) -> None:
    german = "Bewaffnete griffen am Donnerstag einen Militärposten in Gao an und töteten acht Soldaten."
    extractor = ScriptedExtractor()
    summary = ingest(store, [article("de", german)], extractor)
    assert (summary.new, summary.not_coded) == (1, 1)
    assert summary.not_coded_languages == {"de": 1}
    assert extractor.seen == []


def test_a_french_article_goes_to_the_extractor(store) -> None:
    french = "Des hommes armés ont attaqué un poste militaire à Gao jeudi, tuant huit soldats selon les autorités."
    extractor = ScriptedExtractor()
    summary = ingest(store, [article("fr", french)], extractor)
    assert (summary.new, summary.not_coded) == (1, 0)
    assert extractor.seen == ["fr"]
    stats = store.stats()
    assert (stats.articles, stats.not_coded) == (1, 0)


def test_a_crashing_article_is_recorded_and_the_run_goes_on(store) -> None:
    articles, extractor = _attack_reports()
    extractor.crash_on = {"second"}
    summary = ingest(store, articles, extractor)
    assert (summary.new, summary.failed) == (2, 1)
    [failure] = store.failures()
    assert failure.stage == "extract" and "pipeline bug on second" in failure.reason
    # Once the pipeline is fixed, ingesting again codes the failed article.
    extractor.crash_on = set()
    again = ingest(store, articles, extractor)
    assert (again.new, again.known, again.failed) == (1, 2, 0)
    assert store.failures() == []


def test_source_failures_are_recorded_once_per_source(store) -> None:
    bad = ExtractionFailure(source="feeds/broken.xml", reason="feed is not well-formed XML", stage="parse")
    ingest(store, [bad], ScriptedExtractor())
    ingest(store, [bad], ScriptedExtractor())
    [failure] = store.failures()
    assert (failure.source, failure.attempts) == ("feeds/broken.xml", 2)


def test_recode_replaces_an_articles_events(store) -> None:
    articles, extractor = _attack_reports()
    ingest(store, articles[:2], extractor)
    upgraded = ScriptedExtractor(
        {
            "first": [event(FIRST, FIRST, location=GAO, date=day("2022-02-17"), fatalities=8)],
            "second": [
                event(
                    SECOND,
                    SECOND.split(". ")[0] + ".",
                    type="COERCE",
                    mode="negated",
                    location=GAO,
                    date=day("2022-02-17"),
                )
            ],
        },
        version="t2",
    )
    summary = recode(store, upgraded)
    assert (summary.new, summary.failed) == (2, 0)
    events = store.events()
    assert sorted((e.type, e.mode, e.source_count) for e in events) == [
        ("ASSAULT", "asserted", 1),
        ("COERCE", "negated", 1),
    ]
    assert store.stats().sources == 2
    assert recode(store, upgraded, outdated_only=True).new == 0


def test_failed_recode_keeps_the_old_events(store) -> None:
    articles, extractor = _attack_reports()
    ingest(store, articles[:2], extractor)
    before = store.events()
    summary = recode(store, ScriptedExtractor(crash_on={"first", "second"}, version="broken"))
    assert summary.failed == 2
    assert store.events() == before


def test_event_filters(store) -> None:
    a, b = article("gao", SECOND), article("niamey", ELSEWHERE)
    extractor = ScriptedExtractor(
        {
            "gao": [
                event(
                    SECOND,
                    SECOND.split(". ")[0] + ".",
                    location=GAO,
                    date=day("2022-02-17"),
                    actor=JIHADISTS,
                    recipient=ARMY,
                )
            ],
            "niamey": [
                event(ELSEWHERE, ELSEWHERE, type="PROTEST", mode="future", location=NIAMEY, date=day("2022-02-20"))
            ],
        }
    )
    ingest(store, [a, b], extractor)

    def found(**kwargs: object) -> list[str | None]:
        return sorted(e.location or "" for e in store.events(EventFilter(**kwargs)))

    assert found(country="mli") == ["Gao"]
    assert found(admin1="niamey") == ["Niamey"]
    assert found(type=["PROTEST"]) == ["Niamey"]
    assert found(mode=["asserted"]) == ["Gao"]
    assert found(actor="malian armed") == ["Gao"]
    assert found(since=dt.date(2022, 2, 18)) == ["Niamey"]
    assert found(until=dt.date(2022, 2, 17)) == ["Gao"]
    assert found(bbox=(-1.0, 15.0, 1.0, 17.0)) == ["Gao"]
    assert found(text="officials") == ["Gao"]
    assert found(text="police station") == ["Niamey"]
    assert found(text="nothing-like-this") == []
    assert store.count_events(EventFilter(country="NER")) == 1


def test_article_view_lists_its_events(store) -> None:
    articles, extractor = _attack_reports()
    ingest(store, articles[:1], extractor)
    [stored_id] = store.article_ids()
    stored = store.article(stored_id)
    assert stored.source_id == "first" and stored.status == "coded" and stored.language == "en"
    assert stored.event_ids == [e.id for e in store.events()]
    assert store.article("missing") is None and store.event("missing") is None


def test_counts_by_field(store) -> None:
    a, b = article("gao", SECOND), article("niamey", ELSEWHERE)
    extractor = ScriptedExtractor(
        {
            "gao": [event(SECOND, SECOND.split(". ")[0] + ".", location=GAO, date=day("2022-02-17"))],
            "niamey": [event(ELSEWHERE, ELSEWHERE, type="PROTEST", location=NIAMEY, date=day("2022-03-20"))],
        }
    )
    ingest(store, [a, b], extractor)
    assert store.counts_by("type") == {"ASSAULT": 1, "PROTEST": 1}
    assert store.counts_by("month") == {"2022-02": 1, "2022-03": 1}
    assert store.counts_by("country", EventFilter(type=["ASSAULT"])) == {"MLI": 1}


def test_events_another_store_wrote_are_candidates_in_the_next_run(store, store_url) -> None:
    from tessera.store import open_store

    articles, extractor = _attack_reports()
    ingest(store, articles[:1], extractor)
    with open_store(store_url) as other:
        ingest(other, articles[1:2], extractor)
    # This store's candidate index predates the other's write: the next run sees it.
    ingest(store, articles[2:], extractor)
    [only] = store.events()
    assert only.source_count == 3
    assert (only.fatalities_min, only.fatalities_max) == (8, 70)


def test_an_incident_another_process_stores_mid_run_merges_with_the_next_report(store, store_url) -> None:
    """Two writers at once (`tessera serve --workers 2`, or an ingest beside the server): while
    this run is between two articles, another store writes the first report of an attack."""
    from tessera.store import open_store

    articles, scripted = _attack_reports()
    scripted.events["niamey"] = [event(ELSEWHERE, ELSEWHERE, type="PROTEST", location=NIAMEY, date=day("2022-03-20"))]

    class WriterInBetween(ScriptedExtractor):
        def extract_many(self, batch):  # type: ignore[no-untyped-def]
            for document in scripted.extract_many(batch):
                if document.id == "second":  # this store has written "niamey" and read its index
                    with open_store(store_url) as other:
                        ingest(other, articles[:1], scripted)
                yield document

    ingest(store, [article("niamey", ELSEWHERE), articles[1]], WriterInBetween(), batch_size=1)
    attacks = store.events(EventFilter(type=["ASSAULT"]))
    assert len(attacks) == 1
    assert attacks[0].source_count == 2


def test_an_article_another_process_stores_mid_run_is_known_not_stored_twice(store, store_url) -> None:
    """The same report sent to two processes at the same moment: both look it up before either
    writes it; the one whose turn comes second finds it stored and counts it as known."""
    from tessera.store import open_store

    articles, scripted = _attack_reports()

    class WriterInBetween(ScriptedExtractor):
        def extract_many(self, batch):  # type: ignore[no-untyped-def]
            for document in scripted.extract_many(batch):
                if document.id == "second":  # looked up as new, not written yet
                    with open_store(store_url) as other:
                        ingest(other, articles[1:2], scripted)
                yield document

    summary = ingest(store, articles[:2], WriterInBetween(), batch_size=2)
    assert (summary.new, summary.known, summary.failed) == (1, 1, 0)
    [attack] = store.events(EventFilter(type=["ASSAULT"]))
    assert attack.source_count == 2
    assert len(store.event(attack.id).sources) == 3  # "second" told it twice, stored once


def test_a_rolled_back_article_leaves_no_candidate_behind(store, monkeypatch) -> None:
    import pytest

    articles, extractor = _attack_reports()
    ingest(store, articles[:1], extractor)
    send = store._send

    def fail_after_staging(session, writes) -> None:  # type: ignore[no-untyped-def]
        raise RuntimeError("database went away")

    monkeypatch.setattr(store, "_send", fail_after_staging)
    with pytest.raises(RuntimeError):
        ingest(store, articles[1:2], extractor)
    monkeypatch.setattr(store, "_send", send)
    ingest(store, articles[1:], extractor)
    [only] = store.events()
    detail = store.event(only.id)
    assert only.source_count == 3 and len(detail.sources) == 4
    assert detail.incident.article_ids == sorted({s.article_id for s in detail.sources})


def test_two_incidents_of_one_article_joining_one_event_without_the_mention_cache(store, monkeypatch) -> None:
    import tessera.store.repository as repository

    monkeypatch.setattr(repository, "MENTION_CACHE_SIZE", 0)  # every merge reads its event's mentions
    earlier = "Gunmen attacked an army post in Gao on Monday."
    later = "Gunmen attacked the army post in Gao again. The first raid on the post came on Sunday."
    undated, sunday = later.split(". ")[0] + ".", "The first raid on the post came on Sunday."
    extractor = ScriptedExtractor(
        {
            "earlier": [event(earlier, earlier, location=GAO, date=day("2022-02-14"))],
            # Undated: the days before publication, which reach Monday but not Sunday,
            # so the two stay apart within the article and join the Monday event in turn.
            "later": [
                event(later, undated, location=GAO),
                event(later, sunday, location=GAO, date=day("2022-02-13"), trigger="raid"),
            ],
        }
    )
    ingest(store, [article("earlier", earlier, "2022-02-14"), article("later", later, "2022-02-18")], extractor)
    [only] = store.events()
    detail = store.event(only.id)
    assert len(detail.sources) == 3
    assert sorted(detail.incident.mention_ids) == sorted(s.mention_id for s in detail.sources)
