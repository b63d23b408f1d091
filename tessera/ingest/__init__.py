"""Ingest: news sources in, `Article` records (or `ExtractionFailure`s) out, and the ingest driver.

First stage of the flow (`ingest/ -> pipeline (extraction, resolve) -> dedupe -> store/`).
`read_sources` (in `readers.py`, the one reader set of `extract`, `ingest` and the API)
turns paths, folders, stdin and http(s) URLs into a stream of `Article`s: plain text,
HTML (reduced to text, title and date with trafilatura), JSON Lines, RSS/Atom feeds
(the XML is checked with defusedxml before feedparser sees it). A source that cannot
be read becomes an `ExtractionFailure` with a reason a person can act on; the stream
goes on. `driver.ingest` then runs read -> language policy -> extract -> cluster ->
write (`driver.py`). Importing this package loads neither the pipeline nor httpx.
"""

from __future__ import annotations

from typing import Any

from tessera.ingest.readers import read_source, read_sources

__all__ = ["FetchError", "HttpFetcher", "read_source", "read_sources"]


def __getattr__(name: str) -> Any:
    # Lazy: the fetcher needs httpx, which reading files does not.
    if name in ("FetchError", "HttpFetcher"):
        from tessera.ingest import web

        return getattr(web, name)
    raise AttributeError(f"module 'tessera.ingest' has no attribute {name!r}")
