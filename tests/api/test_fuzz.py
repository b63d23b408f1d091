"""The drills of issue 14 kept as property tests: hostile bodies and query strings never
make the server answer 5xx (every refusal is a deliberate 4xx, or a 503 of the extraction
limits, which these small inputs never reach).

Hypothesis builds the inputs: arbitrary JSON (deep, huge numbers, lone surrogates, control
characters), article-shaped records with hostile fields, raw bytes, JSON Lines, and query
parameters of any text. A small budget keeps the suite fast; a deeper search:
TESSERA_FUZZ_EXAMPLES=1000 pytest tests/api/test_fuzz.py
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.api.conftest import TEXTS, ScriptedExtractor

EXAMPLES = int(os.environ.get("TESSERA_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))

# Any code point, lone surrogates included (JSON can carry them as \ud800 escapes).
ANY_TEXT = st.text(st.characters(codec=None, categories=None), max_size=80)
HOSTILE_STRINGS = st.sampled_from([
    "", " ", "\x00", "\ud800", "Gao \udfff", "\u2028", "\u0085", "%", "_", "'; DROP TABLE articles; --",
    "javascript:alert(1)", " JAVASCRIPT:alert(1)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd",
    "https://x.org/1", "http://127.0.0.1:1/", "<script>alert(1)</script>", "9" * 400, "1e999", "-1", "NaN",
    "2022-13-45", "0000-00-00", "20220102", "\u202e", "x" * 3000,
])
STRINGS = st.one_of(ANY_TEXT, HOSTILE_STRINGS)
JSON_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(10**400), max_value=10**400),
    st.floats(allow_nan=False, allow_infinity=False), STRINGS,
)
JSON = st.recursive(
    JSON_SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(STRINGS, inner, max_size=4)),
    max_leaves=20,
)
FIELD_VALUES = st.one_of(JSON_SCALARS, st.lists(JSON_SCALARS, max_size=2), st.dictionaries(STRINGS, JSON_SCALARS))


@st.composite
def article_records(draw: st.DrawFn) -> dict[str, Any]:
    """An article-shaped record: a known or hostile text, and each field valid, hostile or absent."""
    record: dict[str, Any] = {"text": draw(st.one_of(st.sampled_from(list(TEXTS.values())), STRINGS, FIELD_VALUES))}
    optional = {
        "id": st.one_of(STRINGS, FIELD_VALUES),
        "published": st.one_of(st.dates().map(str), STRINGS, FIELD_VALUES),
        "language": st.one_of(st.sampled_from(["en", "fr", "xx"]), STRINGS),
        "title": STRINGS,
        "url": st.one_of(st.just("https://news.example.invalid/a"), STRINGS),
        "extra": JSON,
    }
    for field, values in optional.items():
        if draw(st.booleans()):
            record[field] = draw(values)
    return record


def _encoded(value: Any) -> bytes:
    # ensure_ascii: lone surrogates travel as \u escapes, as a hostile client would send them.
    return json.dumps(value).encode("ascii")


def _deep(depth: int) -> bytes:
    return ("[" * depth + "]" * depth).encode()


BODIES = st.one_of(
    article_records().map(_encoded),
    st.lists(article_records(), max_size=3).map(_encoded),
    JSON.map(_encoded),
    st.binary(max_size=200),
    st.integers(min_value=1, max_value=5000).map(_deep),
    STRINGS.map(lambda s: s.encode("utf-8", "surrogatepass")),
)
JSON_LINES = st.lists(st.one_of(article_records().map(_encoded), st.binary(max_size=40)), max_size=4).map(
    lambda lines: b"\n".join(lines)
)


def _no_server_error(response: Any) -> None:
    assert response.status_code < 500, (response.status_code, response.text[:500])
    assert response.headers["x-content-type-options"] == "nosniff"


@pytest.fixture(scope="module")
def writable(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, str]]:
    from tessera.api import create_app
    from tessera.auth import create_token
    from tessera.store import open_store

    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'store.sqlite'}")
    token = create_token(store, "fuzzer")
    with TestClient(create_app(store=store, extractor=ScriptedExtractor())) as client:
        yield client, token
    store.close()


def test_extract_bodies_never_give_a_server_error(writable: tuple[TestClient, str]) -> None:
    client, _token = writable

    @FUZZ
    @given(body=BODIES, content_type=st.sampled_from(["application/json", "text/plain", ""]))
    def check(body: bytes, content_type: str) -> None:
        response = client.post("/api/extract", content=body, headers={"Content-Type": content_type})
        _no_server_error(response)
        if response.status_code == 200:
            assert "events" in response.json()

    check()


def test_article_bodies_never_give_a_server_error(writable: tuple[TestClient, str]) -> None:
    client, token = writable

    @FUZZ
    @given(
        body=st.one_of(
            BODIES.map(lambda b: (b, "application/json")), JSON_LINES.map(lambda b: (b, "application/x-ndjson"))
        )
    )
    def check(body: tuple[bytes, str]) -> None:
        content, content_type = body
        response = client.post(
            "/api/articles", content=content, headers={"Authorization": f"Bearer {token}", "Content-Type": content_type}
        )
        _no_server_error(response)
        if response.status_code == 200:
            result = response.json()
            # Every stored article can be read back, and no non-http(s) URL was kept.
            for article_id in result["article_ids"]:
                stored = client.get(f"/api/articles/{article_id}")
                assert stored.status_code == 200, stored.text
                url = stored.json()["url"]
                assert url is None or url.lower().startswith(("http://", "https://"))

    check()


READS = {
    "/api/events": ["country", "admin1", "type", "mode", "actor", "since", "until", "bbox", "text", "limit", "offset",
                    "sort"],
    "/api/aggregates": ["country", "type", "since", "until", "bbox", "by", "group"],
    "/api/actors": ["q", "actor", "limit", "since"],
    "/api/places": ["country", "limit", "bbox"],
    "/api/export": ["format", "country", "since", "until", "text"],
    "/api/meta": ["anything"],
}
QUERY_VALUES = st.one_of(
    STRINGS,
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.sampled_from(
        ["2023-05-01", "0", "ASSAULT", "negated", "NER", "1.5,14,3,17", "-date", "csv", "geojson", "month"]
    ),
)


def test_read_queries_never_give_a_server_error(client: TestClient) -> None:
    @FUZZ
    @given(
        path=st.sampled_from(sorted(READS)),
        data=st.data(),
    )
    def check(path: str, data: st.DataObject) -> None:
        names = data.draw(st.lists(st.sampled_from(READS[path]), max_size=4))
        params = [(name, data.draw(QUERY_VALUES)) for name in names]
        # Surrogates cannot be sent in a URL; a client would send their UTF-8 replacement.
        params = [(name, value.encode("utf-8", "replace").decode("utf-8")) for name, value in params]
        response = client.get(path, params=params)
        _no_server_error(response)

    check()


def test_ids_in_paths_never_give_a_server_error(client: TestClient) -> None:
    @FUZZ
    @given(kind=st.sampled_from(["events", "articles"]), ident=STRINGS)
    def check(kind: str, ident: str) -> None:
        from urllib.parse import quote

        response = client.get(f"/api/{kind}/" + quote(ident.encode("utf-8", "replace"), safe=""))
        _no_server_error(response)

    check()

