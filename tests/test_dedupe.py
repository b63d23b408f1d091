"""Deduplication rules on hand-built mentions: what merges, what does not, and why."""

from __future__ import annotations

import datetime as dt

from tessera.dedupe import (
    Mention,
    assign_clusters,
    compare,
    date_window,
    fatality_claimant,
    incident_id,
    summarise,
)
from tessera.records import DateValue
from tests.store.store_builders import ANSONGO, ARMY, GAO, JIHADISTS, MALI, NIAMEY, day, event

TEXT = "Gunmen attacked an army post in Gao on Thursday, killing eight soldiers."


def mention(article_id: str, published: str = "2022-02-18", text: str = TEXT, **fields: object) -> Mention:
    return Mention.of(article_id, 0, event(text, text, **fields), text, dt.date.fromisoformat(published))  # type: ignore[arg-type]


def single(m: Mention):
    return summarise(incident_id(m.id), [m])


def test_date_windows() -> None:
    month = DateValue(text="in May", start=0, end=6, value="2023-05", precision="month")
    interval = DateValue(text="x", start=0, end=1, value="2023-05-01/2023-05-03", precision="interval")
    assert date_window(day("2023-05-02"), None) == (dt.date(2023, 5, 2), dt.date(2023, 5, 2))
    assert date_window(month, None) == (dt.date(2023, 5, 1), dt.date(2023, 5, 31))
    assert date_window(interval, None) == (dt.date(2023, 5, 1), dt.date(2023, 5, 3))
    # Undated: shortly before publication.
    assert date_window(None, dt.date(2023, 5, 10)) == (dt.date(2023, 5, 7), dt.date(2023, 5, 10))


def test_same_place_and_day_merge_with_reasons() -> None:
    match = compare(
        single(mention("a", location=GAO, date=day("2022-02-17"))),
        single(mention("b", location=GAO, date=day("2022-02-17"))),
    )
    assert not match.conflicts and match.score >= 2
    assert any("same place" in r for r in match.reasons) and any("same day" in r for r in match.reasons)


def test_a_day_of_slack_but_not_more() -> None:
    a = single(mention("a", location=GAO, date=day("2022-02-17")))
    assert not compare(a, single(mention("b", location=GAO, date=day("2022-02-18")))).conflicts
    assert compare(a, single(mention("c", location=GAO, date=day("2022-02-20")))).conflicts


def test_coarse_location_merges_with_a_place_inside_it_only_with_more_evidence() -> None:
    city = single(mention("a", location=GAO, date=day("2022-02-17"), actor=ARMY))
    country = single(mention("b", location=MALI, date=day("2022-02-17"), actor=ARMY))
    match = compare(city, country)
    assert not match.conflicts and any("lies in Mali" in r for r in match.reasons)
    assert match.score >= 2  # same area + same actor (+ same day)
    other_country = single(mention("c", location=NIAMEY, date=day("2022-02-17")))
    assert any("different countries" in c for c in compare(country, other_country).conflicts)


def test_towns_far_apart_conflict() -> None:
    match = compare(single(mention("a", location=GAO)), single(mention("b", location=ANSONGO)))
    assert any("km apart" in c for c in match.conflicts)


def test_type_mode_and_actor_conflicts() -> None:
    base = single(mention("a", location=GAO, actor=ARMY))
    assert compare(base, single(mention("b", location=GAO, type="PROTEST"))).conflicts
    assert compare(base, single(mention("c", location=GAO, mode="negated"))).conflicts
    assert compare(base, single(mention("d", location=GAO, actor=JIHADISTS))).conflicts


def test_fatality_claimants() -> None:
    assert fatality_claimant("Eight soldiers were killed, officials said.") == "officials"
    assert fatality_claimant("According to the regional governor, 12 died.") == "the regional governor"
    assert fatality_claimant("The group claimed it killed 70 soldiers.") == "The group"
    assert fatality_claimant("Gunmen killed eight soldiers on Thursday.") is None


def test_best_figure_prefers_officials_then_latest_and_keeps_the_range() -> None:
    first = mention("a", "2022-02-17", fatalities=8, location=GAO)
    official_text = "At least 54 soldiers died in the attack in Gao, army officials said."
    official = mention("b", "2022-02-18", text=official_text, fatalities=54, location=GAO)
    party_text = "The group claimed it killed 70 soldiers in Gao."
    party = mention("c", "2022-02-19", text=party_text, fatalities=70, location=GAO)
    incident = summarise("e1", [party, first, official])
    assert (incident.fatalities, incident.fatalities_min, incident.fatalities_max) == (54, 8, 70)
    claims = {c.claimant: (c.value, c.official, c.party) for c in incident.fatality_claims}
    assert claims == {
        "first report": (8, False, False),
        "army officials": (54, True, False),
        "The group": (70, False, True),
    }


def test_incident_keeps_the_most_precise_place_and_date() -> None:
    vague = mention(
        "a", location=MALI, date=DateValue(text="in February", start=0, end=11, value="2022-02", precision="month")
    )
    precise = mention("b", location=GAO, date=day("2022-02-17"))
    incident = summarise("e1", [vague, precise])
    assert incident.location == GAO and incident.date == day("2022-02-17")
    assert (incident.date_start, incident.date_end) == (dt.date(2022, 2, 17), dt.date(2022, 2, 17))


def test_clustering_is_deterministic_and_within_an_article_too() -> None:
    mentions = [
        mention("a", location=GAO, date=day("2022-02-17")),
        mention("b", location=NIAMEY, date=day("2022-02-17")),
        mention("c", location=GAO, date=day("2022-02-17")),
        Mention.of("a", 1, event(TEXT, TEXT, location=None, date=None), TEXT, dt.date(2022, 2, 18)),
    ]
    incidents = assign_clusters(mentions)
    assert sorted(len(i.mention_ids) for i in incidents) == [1, 3]
    assert assign_clusters(mentions) == incidents


def test_an_unidentified_armed_group_fits_a_named_one() -> None:
    gunmen = JIHADISTS.model_copy(update={"text": "gunmen", "type": "UAF"})
    match = compare(
        single(mention("a", location=GAO, actor=JIHADISTS)), single(mention("b", location=GAO, actor=gunmen))
    )
    assert not match.conflicts


def test_merge_score_agrees_with_compare() -> None:
    """`best_match` ranks with the lean `merge_score`; it must say what `compare` says."""
    import itertools
    import random

    from tessera.dedupe import default_rules, merge_score

    gao_area = GAO.model_copy(update={"name": "Gao region", "geonames_id": None, "feature": "admin1"})
    menaka_area = gao_area.model_copy(update={"name": "Menaka", "admin1": "Menaka"})
    airport = GAO.model_copy(update={"geonames_id": None, "name": "Gao airport", "lat": 16.25, "lon": -0.01})
    unplaced_point = GAO.model_copy(update={"geonames_id": None, "lat": None, "lon": None, "feature": "site"})
    gunmen = JIHADISTS.model_copy(update={"text": "gunmen", "type": "UAF"})
    police = ARMY.model_copy(update={"text": "police", "name": None, "type": "COP"})
    month = DateValue(text="in February", start=0, end=11, value="2022-02", precision="month")
    options = {
        "location": [None, GAO, ANSONGO, MALI, NIAMEY, gao_area, menaka_area, airport, unplaced_point],
        "date": [None, day("2022-02-17"), day("2022-02-18"), day("2022-02-20"), month],
        "actor": [None, ARMY, JIHADISTS, gunmen, police],
        "recipient": [None, ARMY, police],
        "type": ["ASSAULT", "COERCE", "PROTEST"],
        "mode": ["asserted", "negated"],
    }
    combos = list(itertools.product(*options.values()))
    chooser = random.Random(7)
    incidents = []
    for n, values in enumerate(chooser.sample(combos, 300)):
        fields = dict(zip(options, values, strict=True))
        article_id = "shared" if n % 5 == 0 else f"a{n}"
        incidents.append(single(mention(article_id, published=f"2022-02-{17 + n % 4}", **fields)))
    rules = default_rules()
    for a, b in itertools.product(incidents[:60], incidents):
        match = compare(a, b, rules)
        assert merge_score(a, b, rules) == (None if match.conflicts else match.score), (a, b)


# --- incidents assembled per article (tessera.assemble) -------------------------------

FIRST_REPORT = (
    "Gunmen killed 14 soldiers on Friday in an attack in Burkina Faso, the army said. The assault took "
    "place at an army post in Soum province. Attacks have killed more than 2,000 people since 2019."
)
SECOND_REPORT = (
    "An attack on an army post in Soum province killed 14 soldiers on Friday. The raid was the deadliest "
    "this year, a security source said."
)


def coded(pipeline, article_id: str, text: str):
    from tessera.records import Article

    return pipeline.extract(Article(id=article_id, text=text, published="2024-03-09"))


def test_document_mentions_are_one_per_reported_incident(pipeline) -> None:
    from tessera.dedupe import document_mentions

    document = coded(pipeline, "a1", FIRST_REPORT)
    published = dt.date(2024, 3, 9)
    mentions = document_mentions("a1", document, FIRST_REPORT, published)
    reported = [i for i in document.incidents if not i.context]
    assert len(mentions) == len(reported) == 1
    (only,) = mentions
    assert only.event.fatalities == 14 and only.event.location is not None
    assert only.event.location.name == "Soum" and only.event.date is not None
    assert "Soum province" in only.evidence and "the army said" in only.evidence
    # Background is kept only when asked for, and never joins a reported incident.
    everything = document_mentions("a1", document, FIRST_REPORT, published, include_context=True)
    assert len(everything) == len(document.incidents) > len(mentions)
    incidents = assign_clusters(everything)
    assert sorted(i.context for i in incidents) == [False, True]
    # A document coded before incidents existed gives one mention per event.
    bare = document.model_copy(update={"incidents": []})
    assert len(document_mentions("a1", bare, FIRST_REPORT, published)) == len(document.events)


def test_two_articles_on_one_incident_give_one_incident(pipeline) -> None:
    from tessera.dedupe import document_mentions

    published = dt.date(2024, 3, 9)
    mentions = [
        *document_mentions("a1", coded(pipeline, "a1", FIRST_REPORT), FIRST_REPORT, published),
        *document_mentions("a2", coded(pipeline, "a2", SECOND_REPORT), SECOND_REPORT, published),
    ]
    incidents = assign_clusters(mentions)
    assert len(incidents) == 1
    assert incidents[0].article_ids == ["a1", "a2"] and incidents[0].fatalities == 14


def test_background_never_merges_with_a_reported_incident() -> None:
    reported = mention("a1")
    background = reported.model_copy(update={"id": "m-bg", "context": True})
    assert compare(single(reported), single(background)).conflicts
    assert len(assign_clusters([reported, background])) == 2


def test_two_unnamed_sides_are_no_evidence_of_one_incident() -> None:
    from tessera.dedupe import default_rules, merge_score
    from tessera.records import UNNAMED_SIDE, Actor

    # Sides given by convention (no text names the author) in two towns of one country: being
    # "unnamed" twice says nothing of one author, while one named author twice does.
    unnamed = Actor(text="Gao", start=0, end=3, name=UNNAMED_SIDE, country="MLI")
    a = single(mention("a", location=GAO, date=day("2022-02-17"), actor=unnamed))
    b = single(mention("b", location=GAO, date=day("2022-02-17"), actor=unnamed))
    match = compare(a, b)
    assert not match.conflicts and not any("same actor" in r for r in match.reasons)
    named = compare(single(mention("c", location=GAO, date=day("2022-02-17"), actor=ARMY)),
                    single(mention("d", location=GAO, date=day("2022-02-17"), actor=ARMY)))
    assert any("same actor" in r for r in named.reasons)
    assert merge_score(a, b, default_rules()) == match.score  # the clustering loops' score agrees
