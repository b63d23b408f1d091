"""Ingest: news sources in, `Article` records (or `SourceFailure`s) out.

First stage of the flow (`ingest/ -> parse.py -> extraction/ -> ... -> store/`).
`read_sources` turns paths and URLs into a stream of `Article`s: plain text, HTML
(reduced to text, title and date with trafilatura), JSON Lines in the format of
`tessera extract`, folders (recursively), http(s) article URLs and RSS/Atom feeds
(files or URLs; the XML is checked with defusedxml before feedparser sees it).
A source that cannot be read becomes a `SourceFailure` with a reason a person can
act on; the stream goes on. `detect_language` records each article's language.
"""

from __future__ import annotations

from tessera.ingest.language import detect_language
from tessera.ingest.readers import SourceFailure, read_source, read_sources
from tessera.ingest.web import FetchError, HttpFetcher

__all__ = ["FetchError", "HttpFetcher", "SourceFailure", "detect_language", "read_source", "read_sources"]
