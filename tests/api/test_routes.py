"""The read endpoints, /api/extract and /api/articles against a real SQLite store."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import TEXTS, ScriptedExtractor, demo_articles

# --- events ------------------------------------------------------------------------


def test_events_lists_canonical_events_latest_first(client: TestClient) -> None:
    page = client.get("/api/events").json()
    # The two reports of the Ouallam ambush are one event with two sources.
    assert page["total"] == 3
    assert [e["date"]["value"] for e in page["events"]] == ["2024-03-03", "2023-06-10", "2023-05-01"]
    ambush = page["events"][-1]
    assert ambush["source_count"] == 2
    assert ambush["place"]["name"] == "Ouallam" and ambush["place"]["country"] == "NER"


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"country": "NER"}, ["Ouallam"]),
        ({"country": "bfa"}, ["Kaya"]),
        ({"admin1": "menaka"}, ["Menaka"]),
        ({"type": "COERCE"}, ["Kaya"]),
        ({"type": ["COERCE", "ASSAULT"]}, ["Menaka", "Kaya", "Ouallam"]),
        ({"mode": "negated"}, []),
        ({"actor": "police"}, ["Kaya"]),
        ({"since": "2023-06-01"}, ["Menaka", "Kaya"]),
        ({"until": "2023-06-01"}, ["Ouallam"]),
        ({"since": "2023-06-01", "until": "2023-12-31"}, ["Kaya"]),
        ({"bbox": "1.5,14,3,17"}, ["Menaka", "Ouallam"]),
        ({"text": "market traders"}, ["Menaka"]),
    ],
)
def test_event_filters(client: TestClient, params: dict[str, Any], expected: list[str]) -> None:
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    assert [e["place"]["name"] for e in response.json()["events"]] == expected


def test_pagination_and_sort(client: TestClient) -> None:
    first = client.get("/api/events", params={"limit": 2}).json()
    second = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert first["total"] == second["total"] == 3
    assert len(first["events"]) == 2 and len(second["events"]) == 1
    assert {e["id"] for e in first["events"]}.isdisjoint({e["id"] for e in second["events"]})
    by_deaths = client.get("/api/events", params={"sort": "-fatalities"}).json()["events"]
    assert [e["fatalities"] for e in by_deaths] == [12, 5, None]
    oldest = client.get("/api/events", params={"sort": "date"}).json()["events"]
    assert oldest[0]["place"]["name"] == "Ouallam"


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"bbox": "3,14,1,17"}, "bbox"),
        ({"bbox": "west"}, "bbox"),
        ({"since": "yesterday"}, "since"),
        ({"since": "2024-01-02", "until": "2024-01-01"}, "since"),
        ({"type": "BRAWL"}, "type"),
        ({"country": "Mali"}, "country"),
        ({"limit": 0}, "limit"),
        ({"sort": "place"}, "sort"),
        ({"language": "french"}, "language"),
        ({"language": "zz"}, "language"),
    ],
)
def test_bad_filters_are_422_naming_the_field(client: TestClient, params: dict[str, Any], field: str) -> None:
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    body = response.json()
    named = body["errors"][0]["field"]
    assert named.split("[")[0] == field  # "type[0]" names the first value of a repeated parameter
    assert body["detail"].startswith(f"{named}:")


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"since": "0"}, "since"),  # once read as a Unix time: 1970-01-01
        ({"until": "1700000000"}, "until"),
        ({"since": "2024-1-2"}, "since"),
        ({"until": "2024-02-30"}, "until"),
    ],
)
def test_days_are_only_yyyy_mm_dd(client: TestClient, params: dict[str, Any], field: str) -> None:
    for path in ("/api/events", "/api/aggregates", "/api/actors", "/api/places"):
        response = client.get(path, params=params)
        assert response.status_code == 422, (path, response.text)
        assert response.json()["errors"][0]["field"] == field


@pytest.mark.parametrize("pattern", ["%", "_", "%%", "Pol_ce", "po%ce", "\\"])
def test_name_filters_match_like_wildcards_literally(client: TestClient, pattern: str) -> None:
    # No actor name holds these characters: a wildcard read as LIKE syntax matched every event.
    assert client.get("/api/events", params={"actor": pattern}).json()["total"] == 0
    assert client.get("/api/actors", params={"q": pattern}).json() == []
    assert client.get("/api/events", params={"actor": "Pol"}).json()["total"] == 1


def test_sorts_are_whole_store_orders_across_pages(client: TestClient) -> None:
    for sort in ("date", "-date", "fatalities", "-fatalities", "sources", "-sources"):
        whole = [e["id"] for e in client.get("/api/events", params={"sort": sort}).json()["events"]]
        paged = [
            e["id"]
            for offset in range(3)
            for e in client.get("/api/events", params={"sort": sort, "limit": 1, "offset": offset}).json()["events"]
        ]
        assert paged == whole and len(whole) == 3
    by_sources = client.get("/api/events", params={"sort": "-sources"}).json()["events"]
    assert by_sources[0]["source_count"] == 2


def test_api_package_opens_no_database_session_and_names_no_table() -> None:
    """The API reads the store through `Store` methods only (issue 11, item 4)."""
    import ast

    import tessera.api

    package = Path(tessera.api.__file__).parent
    for source in sorted(package.glob("*.py")):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                if isinstance(node, ast.Attribute):
                    assert node.attr not in ("engine", "_session", "__table__"), f"{source.name}: .{node.attr}"
                continue
            for name in names:
                assert not name.startswith("sqlalchemy"), f"{source.name} imports {name}"
                assert name not in ("tessera.store.models", "tessera.store.database"), f"{source.name} imports {name}"


def test_event_detail_has_sources_with_evidence_spans_and_claims(client: TestClient) -> None:
    ambush_id = client.get("/api/events", params={"country": "NER"}).json()["events"][0]["id"]
    detail = client.get(f"/api/events/{ambush_id}").json()
    assert len(detail["sources"]) == 2
    assert {s["title"] for s in detail["sources"]} == {"Report r1", "Report r2"}
    for source in detail["sources"]:
        text = TEXTS[source["title"].split()[-1]]
        mention = source["mention"]
        sentence = text[mention["sentence"]["start"] : mention["sentence"]["end"]]
        assert source["evidence"].startswith(sentence[:20])
        assert text[mention["trigger"]["start"] : mention["trigger"]["end"]] == mention["trigger"]["text"]
        assert text[mention["location"]["start"] : mention["location"]["end"]] == "Ouallam"
    assert detail["fatalities"] == 12
    assert all(claim["value"] == 12 for claim in detail["fatality_claims"])


def test_missing_event_and_article_are_404(client: TestClient) -> None:
    assert client.get("/api/events/nope").status_code == 404
    assert client.get("/api/articles/nope").status_code == 404


def test_article_has_text_and_extracted_spans(client: TestClient) -> None:
    ambush = client.get("/api/events", params={"country": "NER"}).json()["events"][0]
    detail = client.get(f"/api/events/{ambush['id']}").json()
    article_id = detail["sources"][0]["article_id"]
    article = client.get(f"/api/articles/{article_id}").json()
    assert article["text"] in TEXTS.values()
    assert article["status"] == "coded"
    events = article["document"]["events"]
    assert len(events) == 1
    assert article["event_ids"] == {events[0]["id"]: ambush["id"]}


def test_aggregates_by_week_and_month(client: TestClient) -> None:
    weekly = client.get("/api/aggregates", params={"by": "week", "group": "type"}).json()
    assert weekly["buckets"] == [
        {"period": "2023-05-01", "key": "ASSAULT", "events": 1, "fatalities": 12},
        {"period": "2023-06-05", "key": "COERCE", "events": 1, "fatalities": 0},
        {"period": "2024-02-26", "key": "ASSAULT", "events": 1, "fatalities": 5},
    ]
    by_country = client.get("/api/aggregates", params={"by": "month", "group": "country", "type": "ASSAULT"}).json()
    assert [(b["period"], b["key"], b["fatalities"]) for b in by_country["buckets"]] == [
        ("2023-05-01", "NER", 12),
        ("2024-03-01", "MLI", 5),
    ]
    per_area = client.get("/api/aggregates", params={"by": "day", "group": "admin1"}).json()
    assert {b["key"] for b in per_area["buckets"]} == {"Tillaberi", "Centre-Nord", "Menaka"}


def test_actors_places_and_meta(client: TestClient) -> None:
    actors = client.get("/api/actors").json()
    assert {"name": "Police", "country": "BFA", "sector": "COP", "events": 1, "id": None} in actors
    assert [a["name"] for a in client.get("/api/actors", params={"q": "TRAD"}).json()] == ["Traders"]
    places = client.get("/api/places").json()
    assert places[0]["name"] in {"Ouallam", "Kaya", "Menaka"} and places[0]["events"] == 1
    meta = client.get("/api/meta").json()
    assert {c["code"]: c["numeric"] for c in meta["countries"]} == {"BFA": "854", "MLI": "466", "NER": "562"}
    assert meta["admin1"]["NER"] == ["Tillaberi"]
    assert meta["date_min"] == "2023-05-01" and meta["total_events"] == 3
    assert "ASSAULT" in meta["event_types"] and "negated" in meta["modes"]


# --- languages: the second report of the Ouallam ambush as a French wire's ---------


@pytest.fixture(scope="module")
def bilingual(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    from tessera.api import create_app
    from tessera.ingest.driver import ingest
    from tessera.store import open_store

    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('bilingual') / 'store.sqlite'}")
    articles = [a.model_copy(update={"language": "fr"}) if a.id == "r2" else a for a in demo_articles()]
    ingest(store, articles, ScriptedExtractor(), sources=["tests"])
    with TestClient(create_app(store=store, extractor=ScriptedExtractor())) as client:
        yield client
    store.close()


@pytest.mark.parametrize(
    ("language", "expected"),
    [("fr", ["Ouallam"]), ("FR", ["Ouallam"]), ("fra", ["Ouallam"]), ("en", ["Menaka", "Kaya", "Ouallam"]), ("de", [])],
)
def test_language_filter_keeps_events_with_a_source_in_it(
    bilingual: TestClient, language: str, expected: list[str]
) -> None:
    page = bilingual.get("/api/events", params={"language": language}).json()
    assert [e["place"]["name"] for e in page["events"]] == expected
    assert page["total"] == len(expected)


def test_language_filter_reaches_every_read_of_events(bilingual: TestClient) -> None:
    french = {"language": "fr"}
    buckets = bilingual.get("/api/aggregates", params={**french, "by": "month", "group": "none"}).json()["buckets"]
    assert [(b["period"], b["events"]) for b in buckets] == [("2023-05-01", 1)]
    # The ambush is the one event with a French source: its actor and recipient only.
    assert {a["name"] for a in bilingual.get("/api/actors", params=french).json()} == {"Gunmen", "Soldiers"}
    assert [p["name"] for p in bilingual.get("/api/places", params=french).json()] == ["Ouallam"]
    rows = list(csv.DictReader(io.StringIO(bilingual.get("/api/export", params={**french, "format": "csv"}).text)))
    assert len(rows) == 1
    assert bilingual.get("/api/events", params={"language": "fr", "country": "BFA"}).json()["total"] == 0


@pytest.mark.parametrize("path", ["/api/events", "/api/aggregates", "/api/actors", "/api/places", "/api/export"])
@pytest.mark.parametrize("language", ["f", "french", "e1", "zz", "fr-FR"])
def test_bad_language_codes_are_422(bilingual: TestClient, path: str, language: str) -> None:
    response = bilingual.get(path, params={"language": language})
    assert response.status_code == 422, response.text
    assert response.json()["errors"][0]["field"] == "language"


def test_meta_lists_source_languages_and_detail_shows_each_sources(bilingual: TestClient) -> None:
    meta = bilingual.get("/api/meta").json()
    assert meta["languages"] == [
        {"code": "en", "name": "English", "events": 3},
        {"code": "fr", "name": "French", "events": 1},
    ]
    ambush = bilingual.get("/api/events", params={"country": "NER"}).json()["events"][0]
    detail = bilingual.get(f"/api/events/{ambush['id']}").json()
    assert {s["title"]: s["language"] for s in detail["sources"]} == {"Report r1": "en", "Report r2": "fr"}


def test_extract_takes_a_language(client: TestClient) -> None:
    response = client.post("/api/extract", json={"text": TEXTS["r3"], "language": "fr"})
    assert response.status_code == 200, response.text


# --- export --------------------------------------------------------------------------


def test_export_formats(client: TestClient) -> None:
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export", params={"format": "csv"}).text)))
    assert len(rows) == 3
    acled = client.get("/api/export", params={"format": "acled", "country": "NER"})
    assert acled.headers["content-type"].startswith("text/csv")
    assert "fatalities" in acled.text.splitlines()[0]
    geojson = client.get("/api/export", params={"format": "geojson"}).json()
    assert geojson["type"] == "FeatureCollection" and len(geojson["features"]) == 3
    lines = client.get("/api/export", params={"format": "jsonl", "type": "COERCE"}).text.splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["type"] == "COERCE"
    assert client.get("/api/export", params={"format": "plover"}).status_code == 200
    parquet = client.get("/api/export", params={"format": "parquet"})
    assert parquet.content[:4] == b"PAR1"
    assert "attachment" in parquet.headers["content-disposition"]
    assert client.get("/api/export", params={"format": "xlsx"}).status_code == 422


# --- extract -------------------------------------------------------------------------


def test_extract_returns_the_document_and_stores_nothing(client: TestClient) -> None:
    before = client.get("/api/events").json()["total"]
    response = client.post("/api/extract", json={"text": TEXTS["r3"], "published": "2023-06-12"})
    assert response.status_code == 200, response.text
    document = response.json()
    assert [e["type"] for e in document["events"]] == ["COERCE"]
    assert client.get("/api/events").json()["total"] == before


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"published": "2023-06-12"}, "body.text"),
        ({"text": "Troops left.", "published": "12 June"}, "body.published"),
        ({"text": ""}, "body.text"),
        ({"text": "Troops left.", "colour": "red"}, "body.colour"),
    ],
)
def test_extract_rejects_malformed_input_naming_the_field(client: TestClient, body: dict[str, Any], field: str) -> None:
    response = client.post("/api/extract", json=body)
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == field
    assert field in response.json()["detail"]


# --- ingest (writes: each test gets its own store) ----------------------------------


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[tuple[TestClient, Any, str]]:
    from tessera.api import create_app
    from tessera.auth import create_token
    from tessera.store import open_store

    store = open_store(f"sqlite:///{tmp_path / 'fresh.sqlite'}")
    token = create_token(store, "writer")
    with TestClient(create_app(store=store, extractor=ScriptedExtractor(), max_body_bytes=4096)) as client:
        yield client, store, token
    store.close()


def _article_json(key: str) -> dict[str, Any]:
    return json.loads(next(a for a in demo_articles() if a.id == key).model_dump_json())


def test_ingest_needs_a_valid_token_and_writes_nothing_without_one(fresh: tuple[TestClient, Any, str]) -> None:
    client, store, token = fresh
    body = [_article_json("r1")]
    missing = client.post("/api/articles", json=body)
    assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
    wrong = client.post("/api/articles", json=body, headers={"Authorization": f"Bearer {token[:-2]}xx"})
    assert wrong.status_code == 401
    # Even a malformed body gets 401, not 422: nothing is read before the token is checked.
    assert client.post("/api/articles", content=b"{", headers={"Content-Type": "application/json"}).status_code == 401
    assert store.stats().articles == 0


def test_ingest_json_array_object_and_jsonl(fresh: tuple[TestClient, Any, str]) -> None:
    client, store, token = fresh
    auth = {"Authorization": f"Bearer {token}"}
    first = client.post("/api/articles", json=[_article_json("r1"), _article_json("r3")], headers=auth).json()
    assert (first["articles_new"], first["events_added"]) == (2, 2)
    single = client.post("/api/articles", json=_article_json("r2"), headers=auth).json()
    assert single["articles_new"] == 1
    # r2 reports the ambush r1 reported: one event, two sources.
    assert client.get("/api/events", params={"country": "NER"}).json()["events"][0]["source_count"] == 2
    jsonl = "\n".join(json.dumps(_article_json(k)) for k in ("r4", "r1")) + "\n"
    lines = client.post("/api/articles", content=jsonl, headers={**auth, "Content-Type": "application/x-ndjson"})
    assert lines.status_code == 200, lines.text
    assert (lines.json()["articles_new"], lines.json()["articles_known"]) == (1, 1)
    assert store.stats().articles == 4
    stored = client.get(f"/api/articles/{first['article_ids'][0]}").json()
    assert stored["text"] == TEXTS["r1"]


@pytest.mark.parametrize(
    ("content", "content_type", "field"),
    [
        (json.dumps([{"text": "Troops left.", "published": "June"}]), "application/json", "body[0].published"),
        (json.dumps([{"id": "x"}]), "application/json", "body[0].text"),
        ('{"text": "Troops left."}\n{oops\n', "application/x-ndjson", "body"),
        ("[]", "application/json", "body"),
        ('"just a string"', "application/json", "body"),
    ],
)
def test_ingest_rejects_malformed_input_and_writes_nothing(
    fresh: tuple[TestClient, Any, str], content: str, content_type: str, field: str
) -> None:
    client, store, token = fresh
    response = client.post(
        "/api/articles", content=content, headers={"Authorization": f"Bearer {token}", "Content-Type": content_type}
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == field
    assert store.stats().articles == 0


def test_bodies_past_the_limit_are_413(fresh: tuple[TestClient, Any, str]) -> None:
    client, store, token = fresh
    big = {"text": "word " * 2000}
    declared = client.post("/api/extract", json=big)
    assert declared.status_code == 413 and "limit" in declared.json()["detail"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        yield b'[{"text": "'
        for _ in range(100):
            yield b"x" * 100
        yield b'"}]'

    streamed = client.post(
        "/api/articles",
        content=chunks(),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )
    assert streamed.status_code == 413
    assert store.stats().articles == 0


def test_revoked_token_is_refused(fresh: tuple[TestClient, Any, str]) -> None:
    from tessera.auth import revoke_token

    client, store, token = fresh
    revoke_token(store, "writer")
    response = client.post("/api/articles", json=_article_json("r1"), headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401


# --- the web app's shell -------------------------------------------------------------


def test_web_app_is_served(client: TestClient) -> None:
    index = client.get("/")
    assert index.status_code == 200 and "<title>Tessera" in index.text
    assert "https://" not in index.text.replace("https://demo", "")  # nothing from a CDN
    assert client.get("/ui/app.js").status_code == 200
    assert client.get("/ui/app.css").status_code == 200
    assert client.get("/docs").status_code == 200
    assert "/api/events" in client.get("/openapi.json").json()["paths"]
