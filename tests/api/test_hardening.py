"""What keeps the server up and its pages safe under hostile input (issue 14).

- POST /api/extract runs in worker processes: a time budget (the worker is killed past it,
  503), a bounded queue (503 with Retry-After), a text limit (413); a running extraction
  never blocks a write or a read.
- Malformed JSON is a 422 naming the line and column; JSON nested too deeply is a 422.
- Every response carries a Content-Security-Policy, X-Frame-Options, nosniff and
  Referrer-Policy; /docs is served from local files.
- The OpenAPI schema's references all resolve (POST /api/articles' body included).
"""

from __future__ import annotations

import concurrent.futures
import json
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import TEXTS, ScriptedExtractor

SLOW_WORD = "interminably"
VENDOR = Path(__file__).resolve().parents[2] / "tessera" / "web" / "static" / "vendor"


class SlowExtractor(ScriptedExtractor):
    """The scripted extractor, except that a text with SLOW_WORD takes a minute (as a
    pathological sentence would), so the budget, the queue and the locks can be seen."""

    def extract_many(self, articles: Iterable[Any]) -> Iterator[Any]:
        for article in articles:
            text = article.text if hasattr(article, "text") else article["text"]
            if SLOW_WORD in text:
                time.sleep(60)
            yield from super().extract_many([article])


def _wait_for(condition: Any, what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.02)


@pytest.fixture(scope="module")
def slow(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, Any, str]]:
    from tessera.api import create_app
    from tessera.auth import create_token
    from tessera.store import open_store

    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('slow') / 'store.sqlite'}")
    token = create_token(store, "writer")
    app = create_app(
        store=store, extractor=SlowExtractor(), extract_workers=1, extract_queue=1, extract_budget_s=2.0,
        max_extract_chars=5_000,
    )
    with TestClient(app) as client:
        yield client, store, token
    store.close()


def _article(key: str) -> dict[str, Any]:
    return {"id": key, "text": TEXTS[key], "published": "2023-05-02", "title": f"Report {key}"}


# --- extraction: budget, queue, locks -------------------------------------------------------


def test_extraction_past_its_budget_is_stopped_and_writes_and_reads_go_on(slow: tuple[TestClient, Any, str]) -> None:
    client, store, token = slow
    workers = client.app.state.extraction  # type: ignore[attr-defined]
    assert client.post("/api/extract", json={"text": TEXTS["r3"]}).status_code == 200  # a worker is up
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        stuck = pool.submit(client.post, "/api/extract", json={"text": f"Troops waited {SLOW_WORD}."})
        _wait_for(lambda: workers.in_flight == 1, "the slow extraction to start")
        # While it runs: a write and a read are answered, before the extraction is.
        wrote = client.post("/api/articles", json=[_article("r1")], headers={"Authorization": f"Bearer {token}"})
        assert wrote.status_code == 200, wrote.text
        assert wrote.json()["articles_new"] == 1
        assert client.get("/api/events").json()["total"] == 1
        assert not stuck.done()
        stopped = stuck.result(timeout=60)
    assert stopped.status_code == 503
    assert "2 s budget" in stopped.json()["detail"] and "tessera extract" in stopped.json()["detail"]
    # The killed worker is replaced: the next text is coded.
    again = client.post("/api/extract", json={"text": TEXTS["r3"], "published": "2023-06-12"})
    assert again.status_code == 200, again.text
    assert [e["type"] for e in again.json()["events"]] == ["COERCE"]
    assert store.stats().articles == 1


def test_extractions_past_the_queue_are_refused_with_retry_after(slow: tuple[TestClient, Any, str]) -> None:
    client, _store, _token = slow
    workers = client.app.state.extraction  # type: ignore[attr-defined]
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        # One running and one waiting fill this server (1 worker, a queue of 1).
        running = [pool.submit(client.post, "/api/extract", json={"text": f"Rain fell {SLOW_WORD}."}) for _ in range(2)]
        _wait_for(lambda: workers.in_flight == 2, "two extractions in flight")
        refused = client.post("/api/extract", json={"text": TEXTS["r3"]})
        assert refused.status_code == 503
        assert refused.headers["retry-after"] == "2"
        assert "busy" in refused.json()["detail"]
        answers = [future.result(timeout=60) for future in running]
    assert [answer.status_code for answer in answers] == [503, 503]
    assert workers.in_flight == 0


def test_a_loaded_worker_is_reused_before_another_starts(client: TestClient) -> None:
    for _ in range(3):
        assert client.post("/api/extract", json={"text": TEXTS["r3"]}).status_code == 200
    assert client.app.state.extraction.processes == 1  # type: ignore[attr-defined]


def test_extract_text_over_the_limit_is_413(slow: tuple[TestClient, Any, str]) -> None:
    client, _store, _token = slow
    response = client.post("/api/extract", json={"text": "word " * 2_000})
    assert response.status_code == 413
    assert "10,000 characters, the limit is 5,000" in response.json()["detail"]


# --- bodies: malformed JSON, deep nesting, bad fields -----------------------------------------


@pytest.mark.parametrize(
    ("body", "where"),
    [
        (b'{"text": x}', "line 1 column 10: Expecting value"),
        (b'{\n  "text": "Troops left.",\n  "published": 2023-05-01\n}', "line 3 column 20: Expecting ',' delimiter"),
        (b'{"text": "Troops left."', "line 1 column 24: Expecting ',' delimiter"),
    ],
)
def test_malformed_json_names_line_and_column(client: TestClient, body: bytes, where: str) -> None:
    response = client.post("/api/extract", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 422
    assert response.json()["detail"] == f"body: malformed JSON at {where}"
    assert "body[" not in response.text


def test_malformed_json_lines_name_the_line(client: TestClient, token: str) -> None:
    body = '{"text": "Troops left."}\n\n{"text": "Rebels came.",}\n'
    lines = {"Authorization": f"Bearer {token}", "Content-Type": "application/x-ndjson"}
    response = client.post("/api/articles", content=body, headers=lines)
    assert response.status_code == 422
    assert response.json()["detail"] == (
        "body: malformed JSON at line 3 column 25: Expecting property name enclosed in double quotes"
    )


@pytest.mark.parametrize("content_type", ["application/json", "application/x-ndjson"])
def test_deep_nesting_is_422_on_both_posts(client: TestClient, token: str, content_type: str) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    auth = {"Authorization": f"Bearer {token}"}
    for path in ("/api/extract", "/api/articles"):
        response = client.post(path, content=deep, headers={**auth, "Content-Type": content_type})
        assert response.status_code == 422, (path, response.text)
        assert "nested too deeply" in response.json()["detail"]


def test_jsonl_lines_end_at_newlines_only(fresh_store: tuple[TestClient, Any, str]) -> None:
    client, store, token = fresh_store
    # U+2028, U+2029 and U+0085 are legal inside a JSON string: one record, not two failures.
    record = {"text": "Troops left Gao.\u2028Rebels came.\u2029Then\u0085rain.", "title": "Gao"}
    body = json.dumps(record, ensure_ascii=False) + "\r\n" + json.dumps({"text": TEXTS["r3"]}) + "\n"
    lines = {"Authorization": f"Bearer {token}", "Content-Type": "application/x-ndjson"}
    response = client.post("/api/articles", content=body.encode(), headers=lines)
    assert response.status_code == 200, response.text
    assert response.json()["articles_new"] == 2
    assert store.stats().articles == 2


@pytest.mark.parametrize(
    ("record", "field", "words"),
    [
        ({"text": "Gunmen killed 12 in Gao \ud800."}, "body[0].text", "unicode"),
        ({"text": "Gunmen killed 12 in Gao.", "title": "Gao \udfff"}, "body[0].title", "unicode"),
        ({"text": "Gunmen killed 12 in Gao.", "published": 20220102}, "body[0].published", "YYYY-MM-DD"),
        ({"text": "Gunmen killed 12 in Gao.", "url": "javascript:alert(1)"}, "body[0].url", "http"),
        ({"text": "Gunmen killed 12 in Gao.", "url": " JavaScript:alert(1)"}, "body[0].url", "http"),
        ({"text": "Gunmen killed 12 in Gao.", "url": "data:text/html,<b>x</b>"}, "body[0].url", "http"),
    ],
)
def test_bad_article_fields_are_422_and_nothing_is_stored(
    fresh_store: tuple[TestClient, Any, str], record: dict[str, Any], field: str, words: str
) -> None:
    client, store, token = fresh_store
    body = json.dumps([record])  # ensure_ascii: a lone surrogate travels as its \u escape, as JSON allows
    response = client.post(
        "/api/articles", content=body, headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    )
    assert response.status_code == 422, response.text
    assert response.json()["errors"][0]["field"] == field
    assert words.lower() in response.json()["detail"].lower()
    assert store.stats().articles == 0


def test_extract_refuses_a_lone_surrogate_and_a_numeric_date(client: TestClient) -> None:
    surrogate = client.post("/api/extract", content=json.dumps({"text": "Gunmen killed 12 in Gao \ud800."}))
    assert surrogate.status_code == 422 and surrogate.json()["errors"][0]["field"] == "body.text"
    number = client.post("/api/extract", json={"text": "Troops left.", "published": 20220102})
    assert number.status_code == 422 and "YYYY-MM-DD" in number.json()["detail"]


def test_blank_url_is_no_url(fresh_store: tuple[TestClient, Any, str]) -> None:
    client, store, token = fresh_store
    response = client.post(
        "/api/articles", json=[{"text": TEXTS["r3"], "url": ""}], headers={"Authorization": f"Bearer {token}"}
    )
    assert response.status_code == 200, response.text
    assert client.get(f"/api/articles/{response.json()['article_ids'][0]}").json()["url"] is None


@pytest.fixture
def fresh_store(tmp_path: Path) -> Iterator[tuple[TestClient, Any, str]]:
    from tessera.api import create_app
    from tessera.auth import create_token
    from tessera.store import open_store

    store = open_store(f"sqlite:///{tmp_path / 'fresh.sqlite'}")
    token = create_token(store, "writer")
    with TestClient(create_app(store=store, extractor=ScriptedExtractor())) as fresh:
        yield fresh, store, token
    store.close()


# --- headers, /docs, the OpenAPI schema ------------------------------------------------------


@pytest.mark.parametrize("path", ["/", "/ui/app.js", "/docs", "/api/events", "/api/events/nope", "/openapi.json"])
def test_every_response_has_the_security_headers(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"
    policy = response.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in policy and "default-src 'none'" in policy
    assert "'unsafe-inline'" not in policy.split("script-src", 1)[-1].split(";")[0]
    assert "unsafe-eval" not in policy


def test_the_app_policy_allows_only_this_server(client: TestClient) -> None:
    policy = client.get("/").headers["content-security-policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["connect-src"] == "'self'"
    # The data API runs nothing and loads nothing.
    assert client.get("/api/meta").headers["content-security-policy"].startswith("default-src 'none';")


def test_refusals_carry_the_headers_too(client: TestClient) -> None:
    response = client.post("/api/extract", content=b"x" * 10, headers={"Content-Length": "999999999999"})
    assert response.status_code == 413
    assert response.headers["x-content-type-options"] == "nosniff"


def test_page_shell_has_no_inline_script(client: TestClient) -> None:
    for path in ("/", "/docs"):
        html = client.get(path).text
        for tag in html.split("<script")[1:]:
            assert "src=" in tag.split(">", 1)[0], f"{path} has an inline script"
        assert "https://" not in html and "http://" not in html, f"{path} loads something from elsewhere"


def test_docs_are_served_from_local_files(client: TestClient) -> None:
    html = client.get("/docs").text
    swagger = "/ui/static/vendor/swagger-ui"
    assets = ["/ui/docs.js", f"{swagger}/swagger-ui-bundle.js", f"{swagger}/swagger-ui.css"]
    for asset in assets:
        assert asset in html
    assert client.get("/ui/docs.js").status_code == 200
    if not (VENDOR / "swagger-ui").exists():
        pytest.skip("front-end assets missing: run bash scripts/install-web-assets.sh")
    for asset in assets[1:]:
        assert client.get(asset).status_code == 200


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


def test_every_schema_reference_resolves(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    components = schema["components"]["schemas"]
    refs = set(_refs(schema))
    assert "#/components/schemas/ArticleIn" in refs and "#/components/schemas/ExtractRequest" in refs
    missing = [ref for ref in refs if ref.removeprefix("#/components/schemas/") not in components]
    assert missing == []
    article_in = components["ArticleIn"]
    assert article_in["required"] == ["text"]
    assert set(article_in["properties"]) == {"id", "text", "published", "language", "title", "url"}
    body = schema["paths"]["/api/extract"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/components/schemas/ExtractRequest"}
