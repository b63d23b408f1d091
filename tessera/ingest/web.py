"""Fetching article and feed URLs: http(s) only, bounded in time, size and redirects."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

ALLOWED_SCHEMES = ("http", "https")


class FetchError(Exception):
    """A URL could not be fetched; the message is the reason recorded in failures."""


@dataclass(frozen=True)
class FetchedPage:
    url: str  # the URL asked for
    final_url: str  # after redirects
    content_type: str
    body: bytes


def check_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise FetchError(f"refused URL scheme {parts.scheme!r}: only http and https are fetched")
    if not parts.netloc:
        raise FetchError(f"URL has no host: {url}")


class HttpFetcher:
    """Fetch one URL with a timeout, a size limit and at most `max_redirects` redirects.

    Redirects are followed by hand so that each hop's scheme is checked too (an
    http page must not be able to send us to file:// or ftp://).
    """

    def __init__(
        self,
        *,
        timeout: float = 15.0,
        max_bytes: int = 5_000_000,
        max_redirects: int = 3,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self._client = httpx.Client(
            timeout=httpx.Timeout(timeout),
            follow_redirects=False,
            transport=transport,
            headers={"User-Agent": "tessera-ingest/0.1 (+https://github.com/tessera)"},
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> HttpFetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch(self, url: str) -> FetchedPage:
        current = url
        for _hop in range(self.max_redirects + 1):
            check_url(current)
            try:
                with self._client.stream("GET", current) as response:
                    if response.is_redirect:
                        location = response.headers.get("location")
                        if not location:
                            raise FetchError(f"redirect without a Location header from {current}")
                        current = urljoin(current, location)
                        continue
                    if response.status_code >= 400:
                        raise FetchError(f"HTTP {response.status_code} {response.reason_phrase} for {current}")
                    declared = response.headers.get("content-length")
                    if declared and declared.isdigit() and int(declared) > self.max_bytes:
                        raise FetchError(f"page too large: {declared} bytes (limit {self.max_bytes})")
                    chunks: list[bytes] = []
                    size = 0
                    for chunk in response.iter_bytes():
                        size += len(chunk)
                        if size > self.max_bytes:
                            raise FetchError(f"page too large: over {self.max_bytes} bytes")
                        chunks.append(chunk)
                    return FetchedPage(
                        url=url,
                        final_url=current,
                        content_type=response.headers.get("content-type", "").split(";")[0].strip().lower(),
                        body=b"".join(chunks),
                    )
            except httpx.TimeoutException as exc:
                raise FetchError(f"timed out fetching {current} ({type(exc).__name__})") from exc
            except httpx.HTTPError as exc:
                raise FetchError(f"could not fetch {current}: {exc}") from exc
        raise FetchError(f"too many redirects (more than {self.max_redirects}) from {url}")
