"""Readers: files, folders, JSON Lines, HTML, feeds (files and URLs), with clear failures."""

from __future__ import annotations

import datetime as dt
import http.server
import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tessera.ingest import HttpFetcher, read_source, read_sources
from tessera.ingest.readers import read_jsonl, read_text
from tessera.records import Article
from tessera.records import ExtractionFailure as SourceFailure

REPORT = "Gunmen attacked a market in Mopti on Tuesday, killing five traders, the regional governor said."
PAGE = (
    "<html><head><title>Market attack in Mopti</title>"
    '<meta property="article:published_time" content="2023-05-02"></head>'
    f"<body><nav>Home | World</nav><article><h1>Market attack in Mopti</h1><p>{REPORT}</p>"
    "<p>Residents said the gunmen arrived on motorbikes and left before soldiers came.</p></article>"
    "<footer>Copyright</footer></body></html>"
)


def _feed(base: str, items: list[tuple[str, str, str]]) -> str:
    entries = "".join(
        f"<item><title>{title}</title><link>{base}{link}</link><description>{summary}</description>"
        "<pubDate>Tue, 02 May 2023 10:00:00 GMT</pubDate></item>"
        for title, link, summary in items
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>{entries}</channel></rss>'


def test_text_html_and_jsonl_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(REPORT)
    (tmp_path / "b.html").write_text(PAGE)
    (tmp_path / "c.jsonl").write_text(
        '{"id": "c1", "text": "Police arrested ten protesters in Dakar.", '
        '"published": "2023-05-03", "title": "Arrests"}\n'
        "\n"
        '{"id": "c2", "text": "Troops withdrew from the border town.", "language": "en"}\n'
    )
    items = read_source(tmp_path)
    assert all(isinstance(i, Article) for i in items)
    by_id = {i.id.rsplit("/", 1)[-1]: i for i in items}
    assert by_id["a"].text == REPORT  # a text file's id is its stem, as `extract` prints it
    html = by_id["b.html"]
    assert REPORT in html.text and "Copyright" not in html.text
    assert html.title == "Market attack in Mopti" and html.published == dt.date(2023, 5, 2)
    assert by_id["c1"].published == dt.date(2023, 5, 3) and by_id["c1"].title == "Arrests"
    assert by_id["c2"].language == "en"


def test_bad_files_fail_with_reasons_and_the_rest_is_read(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(REPORT)
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 attack".encode("latin-1"))
    (tmp_path / "mixed.jsonl").write_text(
        '{"id": "ok", "text": "Fighting in Goma."}\n{"id": 2, "text": \n[1, 2]\n{"id": "x"}\n'
    )
    (tmp_path / "notes.docx").write_text("not a format we read")
    (tmp_path / ".hidden.txt").write_text(REPORT)
    items = read_source(tmp_path)
    articles = sorted(i.id.rsplit("/", 1)[-1] for i in items if isinstance(i, Article))
    assert articles == ["good", "ok"]
    reasons = {f.where.rsplit("/", 1)[-1]: f.reason for f in items if isinstance(f, SourceFailure)}
    assert reasons["empty.txt"] == "empty file"
    assert "binary" in reasons["image.png"]
    assert "UTF-8" in reasons["latin1.txt"]
    assert reasons["mixed.jsonl:2"].startswith("malformed JSON")
    assert "expected a JSON object, got an array" in reasons["mixed.jsonl:3"]
    assert "missing required field 'text'" in reasons["mixed.jsonl:4"]
    assert "unsupported file type" in reasons["notes.docx"]


def test_missing_path_fails() -> None:
    [failure] = read_source("/no/such/folder/anywhere")
    assert isinstance(failure, SourceFailure) and failure.reason == "no such file or folder"


def test_feed_file_entries_become_articles(tmp_path: Path) -> None:
    long_summary = REPORT + " " + "Witnesses described heavy gunfire across the market for an hour. " * 6
    feed = tmp_path / "news.rss"
    feed.write_text(_feed("https://news.example", [("Mopti attack", "/mopti", long_summary)]))
    [item] = read_source(feed)
    assert isinstance(item, Article)
    assert item.url == "https://news.example/mopti" and item.title == "Mopti attack"
    assert item.published == dt.date(2023, 5, 2) and item.text.startswith("Gunmen attacked")


def test_feed_with_entity_expansion_is_refused(tmp_path: Path) -> None:
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
        "<rss><channel><item><title>&lol2;</title></item></channel></rss>"
    )
    (tmp_path / "bomb.xml").write_text(bomb)
    [failure] = read_source(tmp_path / "bomb.xml")
    assert isinstance(failure, SourceFailure) and "unsafe XML" in failure.reason


# --- URLs, through a local server ---------------------------------------------------


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, str, bytes, dict[str, str]]] = {}

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        status, content_type, body, headers = self.routes.get(self.path, (404, "text/plain", b"not found", {}))
        if self.path == "/slow":
            time.sleep(1.5)
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    _Handler.routes = {
        "/article": (200, "text/html; charset=utf-8", PAGE.encode(), {}),
        "/feed": (
            200,
            "application/rss+xml",
            _feed(
                base,
                [
                    ("Mopti attack", "/article", "Teaser only."),
                    ("Gone", "/missing", "Short teaser."),
                ],
            ).encode(),
            {},
        ),
        "/moved": (302, "text/plain", b"", {"Location": "/article"}),
        "/loop": (302, "text/plain", b"", {"Location": "/loop"}),
        "/to-ftp": (302, "text/plain", b"", {"Location": "ftp://127.0.0.1/file"}),
        "/huge": (200, "text/html", b"<html><body>" + b"x" * 300_000 + b"</body></html>", {}),
        "/slow": (200, "text/html", PAGE.encode(), {}),
        "/error": (500, "text/plain", b"oops", {}),
    }
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield base
    httpd.shutdown()


def _read(url: str, **limits: float) -> list[Article | SourceFailure]:
    # The test server is on loopback, which only an operator's flag lets the fetcher reach.
    with HttpFetcher(allow_private_hosts=True, **limits) as fetcher:  # type: ignore[arg-type]
        return list(read_sources([url], fetcher=fetcher))


def test_article_url_is_reduced_to_text(server: str) -> None:
    [item] = _read(server + "/article")
    assert isinstance(item, Article) and REPORT in item.text
    assert item.url == server + "/article" and item.published == dt.date(2023, 5, 2)


def test_feed_url_fetches_teaser_links_and_records_broken_ones(server: str) -> None:
    first, second = _read(server + "/feed")
    assert isinstance(first, Article) and REPORT in first.text and first.title == "Market attack in Mopti"
    # The dead link still has its teaser text, which is kept rather than lost.
    assert isinstance(second, Article) and second.text == "Short teaser."


def test_redirects_are_followed_a_few_times_only(server: str) -> None:
    [moved] = _read(server + "/moved")
    assert isinstance(moved, Article) and moved.url == server + "/article"
    [loop] = _read(server + "/loop")
    assert isinstance(loop, SourceFailure) and "too many redirects" in loop.reason
    [ftp] = _read(server + "/to-ftp")
    assert isinstance(ftp, SourceFailure) and "only http and https" in ftp.reason


@pytest.mark.parametrize(
    ("path", "limits", "reason"),
    [
        ("/huge", {"max_bytes": 100_000}, "too large"),
        ("/slow", {"timeout": 0.3}, "timed out"),
        ("/error", {}, "HTTP 500"),
        ("/nowhere", {}, "HTTP 404"),
    ],
)
def test_fetch_failures_have_reasons(server: str, path: str, limits: dict[str, float], reason: str) -> None:
    [failure] = _read(server + path, **limits)
    assert isinstance(failure, SourceFailure) and failure.stage == "fetch" and reason in failure.reason


def test_only_http_and_https_are_fetched() -> None:
    [failure] = list(read_sources(["file:///etc/passwd"]))
    assert isinstance(failure, SourceFailure) and "only http and https" in failure.reason


# --- hostile and unlucky records (issue 14): each fails alone, never raises ------------


def _jsonl(tmp_path: Path, data: bytes) -> list[Article | SourceFailure]:
    path = tmp_path / "records.jsonl"
    path.write_bytes(data)
    return read_source(path)


def test_line_separators_inside_json_strings_do_not_split_records(tmp_path: Path) -> None:
    text = "Gunmen killed 12 in Gao.\u2028Troops arrived.\u0085Calm returned.\u2029"
    data = (json.dumps({"id": "a", "text": text}, ensure_ascii=False) + "\r\n" + '{"id": "b"\n').encode()
    first, second = _jsonl(tmp_path, data)
    assert isinstance(first, Article) and first.text == text
    assert isinstance(second, SourceFailure) and second.line == 2


def test_one_bad_line_of_utf8_or_nesting_fails_alone(tmp_path: Path) -> None:
    data = (
        b'{"id": "ok-1", "text": "Troops left Gao."}\n'
        b'{"id": "latin", "text": "caf\xe9"}\n'
        + b"[" * 100_000 + b"]" * 100_000 + b"\n"
        b'{"id": "ok-2", "text": "Police closed a market in Mopti."}\n'
    )
    items = _jsonl(tmp_path, data)
    assert [type(i).__name__ for i in items] == ["Article", "ExtractionFailure", "ExtractionFailure", "Article"]
    assert "invalid UTF-8" in items[1].reason and items[1].line == 2
    assert "nested too deeply" in items[2].reason and items[2].line == 3
    assert items[3].id == "ok-2"


def test_lone_surrogates_numbers_as_dates_and_bad_urls(tmp_path: Path) -> None:
    data = (
        b'{"id": "s", "text": "Gunmen killed 12 in Gao \\ud800.", "title": "Gao \\udc00"}\n'
        b'{"id": "n", "text": "Troops left Gao.", "published": 20220102}\n'
        b'{"id": "j", "text": "Troops left Gao.", "url": "javascript:alert(1)"}\n'
        b'{"id": "e", "text": "Troops left Menaka.", "url": ""}\n'
    )
    surrogate, number, script, empty = _jsonl(tmp_path, data)
    assert isinstance(surrogate, Article) and surrogate.text == "Gunmen killed 12 in Gao \ufffd."
    assert surrogate.title == "Gao \ufffd" and len(surrogate.text) == len("Gunmen killed 12 in Gao x.")
    assert isinstance(number, SourceFailure) and "not as the number 20220102" in number.reason
    assert isinstance(script, Article) and script.url is None
    assert isinstance(empty, Article) and empty.url is None


def test_empty_text_file_and_symlink_loop_have_clear_reasons(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    [empty] = read_source(tmp_path / "empty.txt")
    assert isinstance(empty, SourceFailure) and empty.reason == "empty file"
    [looped] = read_source(loop)
    assert isinstance(looped, SourceFailure) and "symlink loop" in looped.reason
    in_folder = {f.source.rsplit("/", 1)[-1]: f.reason for f in read_source(tmp_path)}
    assert "symlink loop" in in_folder["loop.txt"]


def test_reading_does_not_load_the_pipeline_or_spacy(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "a", "text": "Troops left Gao."}\n')
    code = (
        "import sys\n"
        "from tessera.ingest.readers import read_sources\n"
        f"items = list(read_sources([{str(path)!r}]))\n"
        "assert items[0].id == 'a', items\n"
        "print(sorted(m for m in ('spacy', 'tessera.pipeline', 'httpx') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.one_of(
        st.binary(max_size=300),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=40),
            lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(
                ["id", "text", "published", "language", "title", "url", "x"]), inner, max_size=6),
            max_leaves=12,
        ).map(lambda value: json.dumps(value).encode()),
    )
)
def test_no_record_ever_raises_out_of_a_reader(tmp_path: Path, line: bytes) -> None:
    items = list(read_jsonl([line], "fuzz.jsonl"))
    assert all(isinstance(item, Article | SourceFailure) for item in items)
    text_items = read_text(line, "fuzz.txt")
    assert isinstance(text_items, Article | SourceFailure)
