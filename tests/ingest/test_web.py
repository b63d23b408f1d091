"""The fetcher: only public hosts (checked on every hop, pinned for the connection), one deadline a fetch."""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from typer.testing import CliRunner

from tessera.cli import app
from tessera.ingest import FetchError, HttpFetcher, read_sources
from tessera.ingest.web import address_refusal
from tessera.records import Article

REPORT = "Gunmen attacked a market in Mopti on Tuesday, killing five traders, the regional governor said."
PAGE = f"<html><head><title>Market attack</title></head><body><article><p>{REPORT}</p></article></body></html>"


# --- the address policy ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("127.8.9.10", "loopback"),
        ("::1", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),  # IPv4-mapped IPv6
        ("2002:7f00:1::", "loopback"),  # 6to4 around 127.0.0.1
        ("10.1.2.3", "private"),
        ("172.16.0.9", "private"),
        ("192.168.1.20", "private"),
        ("::ffff:10.0.0.5", "private"),
        ("fd12:3456::1", "private"),
        ("169.254.169.254", "link-local"),  # cloud metadata service
        ("::ffff:169.254.169.254", "link-local"),
        ("64:ff9b::a9fe:a9fe", "link-local"),  # NAT64 to the metadata service
        ("fe80::1", "link-local"),
        ("fe80::1%eth0", "link-local"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("ff02::1", "multicast"),
        ("240.0.0.1", "reserved"),
        ("255.255.255.255", ""),
        ("100.64.0.1", "not globally routable"),  # carrier-grade NAT
        ("192.0.2.10", ""),  # documentation
        ("2001:db8::1", ""),
    ],
)
def test_addresses_that_are_not_public_are_refused(address: str, kind: str) -> None:
    reason = address_refusal(address)
    assert reason is not None and kind in reason


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8"])
def test_public_addresses_pass(address: str) -> None:
    assert address_refusal(address) is None


# --- a local server -------------------------------------------------------------------


class _Handler(http.server.BaseHTTPRequestHandler):
    seen: list[tuple[str, str]] = []  # (path, Host header) of every request

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self.seen.append((self.path, self.headers.get("Host", "")))
        parts = urlsplit(self.path)
        query = parse_qs(parts.query)
        if parts.path == "/article":
            self._send(200, PAGE.encode())
        elif parts.path == "/to":  # a redirect to ?url=
            self.send_response(302)
            self.send_header("Location", query["url"][0])
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif parts.path == "/drip":  # headers at once, then one byte every 0.1 s for up to 10 s
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100")
            self.end_headers()
            self._drip(100, 0.1)
        elif parts.path == "/late":  # nothing for 3 s, then the page
            time.sleep(3)
            self._send(200, PAGE.encode())
        elif parts.path == "/hop":  # wait 0.4 s, then redirect to the next hop
            time.sleep(0.4)
            self.send_response(302)
            self.send_header("Location", f"/hop?n={int(query['n'][0]) + 1}")
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            self._send(404, b"not found")

    def _send(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # a client that gave up at its deadline

    def _drip(self, count: int, every: float) -> None:
        try:
            for _ in range(count):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(every)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as it should

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture()
def seen() -> Iterator[list[tuple[str, str]]]:
    _Handler.seen.clear()
    yield _Handler.seen


def _port(base: str) -> int:
    return urlsplit(base).port  # type: ignore[return-value]


# --- which hosts are fetched -----------------------------------------------------------


def test_loopback_is_refused_by_default_without_a_request(server: str, seen: list) -> None:
    with HttpFetcher() as fetcher, pytest.raises(FetchError, match=r"127\.0\.0\.1.*not public \(loopback\)"):
        fetcher.fetch(server + "/article")
    assert seen == []


def test_a_name_is_judged_by_the_addresses_it_resolves_to(server: str, seen: list) -> None:
    resolver = {"news.example": ["127.0.0.1"]}
    with HttpFetcher(resolver=lambda host, port: resolver[host]) as fetcher:
        with pytest.raises(FetchError, match=r"'news\.example'.*loopback"):
            fetcher.fetch(f"http://news.example:{_port(server)}/article")
    assert seen == []


def test_the_operator_may_allow_private_hosts(server: str) -> None:
    with HttpFetcher(allow_private_hosts=True) as fetcher:
        page = fetcher.fetch(server + "/article")
    assert REPORT.encode() in page.body and page.final_url == server + "/article"


@pytest.mark.parametrize(
    "target",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://127.0.0.2:{port}/article",  # another loopback address: also refused
        "http://[::ffff:127.0.0.2]:{port}/article",
        "http://intranet.example:{port}/article",  # a name that resolves to a private address
    ],
)
def test_a_redirect_from_an_allowed_host_to_a_private_one_is_refused(server: str, seen: list, target: str) -> None:
    # Only the test server's own address is let through, as an operator's allow-list would.
    names = {"news.example": ["127.0.0.1"], "intranet.example": ["10.0.0.5"]}

    def resolver(host: str, port: int) -> list[str]:
        return names.get(host) or [host]

    url = f"http://news.example:{_port(server)}/to?url=" + target.format(port=_port(server))
    with HttpFetcher(allowed_networks=["127.0.0.1/32"], resolver=resolver) as fetcher:
        with pytest.raises(FetchError, match="not public"):
            fetcher.fetch(url)
    assert [path for path, _ in seen] == [urlsplit(url).path + "?" + urlsplit(url).query]


def test_the_connection_goes_to_the_checked_address_with_the_hosts_name(server: str, seen: list) -> None:
    # The system cannot resolve pinned.example: the page only arrives if the fetcher connects to
    # the address it checked, and resolves the name once, never again behind the check's back.
    calls: list[str] = []

    def resolver(host: str, port: int) -> list[str]:
        calls.append(host)
        return ["127.0.0.1"]

    with HttpFetcher(allowed_networks=["127.0.0.0/8"], resolver=resolver) as fetcher:
        page = fetcher.fetch(f"http://pinned.example:{_port(server)}/article")
    assert REPORT.encode() in page.body
    assert calls == ["pinned.example"]
    assert seen == [("/article", f"pinned.example:{_port(server)}")]


def test_an_unresolvable_name_is_a_clear_failure() -> None:
    def resolver(host: str, port: int) -> list[str]:
        raise OSError("Name or service not known")

    with HttpFetcher(resolver=resolver) as fetcher, pytest.raises(FetchError, match="cannot resolve host"):
        fetcher.fetch("http://nowhere.example/")


def test_only_http_and_https_on_every_hop(server: str) -> None:
    with HttpFetcher(allow_private_hosts=True) as fetcher:
        with pytest.raises(FetchError, match="only http and https"):
            fetcher.fetch("gopher://127.0.0.1/")
        with pytest.raises(FetchError, match="only http and https"):
            fetcher.fetch(server + "/to?url=file:///etc/passwd")


def test_feed_teaser_links_to_private_hosts_are_not_fetched(tmp_path: Path, server: str, seen: list) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(
        "<rss version='2.0'><channel><title>t</title>"
        f"<item><title>Mopti</title><link>{server}/article</link><description>Teaser.</description></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    with HttpFetcher() as fetcher:
        [item] = list(read_sources([feed], fetcher=fetcher))
    # The teaser is kept (nothing is lost), the private page is neither fetched nor stored.
    assert isinstance(item, Article) and item.text == "Teaser."
    assert seen == []


def test_ingest_refuses_private_hosts_unless_allowed(tmp_path: Path, server: str) -> None:
    runner = CliRunner()
    db = f"sqlite:///{tmp_path / 'events.db'}"
    refused = runner.invoke(app, ["ingest", server + "/article", "--db", db])
    assert refused.exit_code == 1
    failures = runner.invoke(app, ["failures", "--db", db, "--format", "json"])
    assert "not public (loopback)" in failures.stdout
    allowed = runner.invoke(app, ["ingest", server + "/article", "--db", db, "--allow-private-hosts"])
    assert allowed.exit_code == 0, allowed.output


# --- one deadline for the whole fetch -----------------------------------------------------


@pytest.mark.parametrize(
    ("path", "what"),
    [
        ("/drip", "a body that trickles in a byte at a time"),
        ("/late", "headers that never come in time"),
        ("/hop?n=0", "redirects that are each quick but add up"),
    ],
)
def test_a_fetch_is_cut_at_its_deadline(server: str, path: str, what: str) -> None:
    started = time.monotonic()
    with HttpFetcher(allow_private_hosts=True, deadline=1.0, max_redirects=10) as fetcher:
        with pytest.raises(FetchError, match=r"deadline of 1 s exceeded"):
            fetcher.fetch(server + path)
    # Each read is well within the 15 s per-read timeout: only the deadline stops these (10 s of drip).
    assert time.monotonic() - started < 5, what


def test_a_slow_resolver_counts_against_the_deadline() -> None:
    def resolver(host: str, port: int) -> list[str]:
        time.sleep(3)
        return ["93.184.216.34"]

    with HttpFetcher(deadline=0.5, resolver=resolver) as fetcher:
        with pytest.raises(FetchError, match="deadline of 0.5 s exceeded"):
            fetcher.fetch("http://slow-dns.example/")


def test_the_deadline_is_per_fetch(server: str) -> None:
    # A fetcher reused for many teaser links gives each its own deadline.
    with HttpFetcher(allow_private_hosts=True, deadline=1.0) as fetcher:
        with pytest.raises(FetchError, match="deadline"):
            fetcher.fetch(server + "/drip")
        assert REPORT.encode() in fetcher.fetch(server + "/article").body


def test_the_per_read_timeout_still_has_its_own_reason(server: str) -> None:
    with HttpFetcher(allow_private_hosts=True, timeout=0.3, deadline=10) as fetcher:
        with pytest.raises(FetchError, match="timed out fetching"):
            fetcher.fetch(server + "/late")


def test_nonsense_deadline_is_rejected() -> None:
    with pytest.raises(ValueError, match="deadline"):
        HttpFetcher(deadline=0)
