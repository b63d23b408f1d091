"""Readers: the one reader set of `tessera extract`, `tessera ingest` and the API.

Each reader yields `Article | ExtractionFailure` and never raises for a bad record: a
file, line, URL or feed item that cannot be read becomes an `ExtractionFailure`
(stage read, fetch or parse) naming the source, the line and the reason, and the
stream goes on. Articles are built by `tessera.records.as_article` (ids, dates, text
limits, lone surrogates, URL schemes are all decided there).

- `read_sources(names, stdin=, published=)`: paths, folders (recursively, sorted,
  hidden files skipped), http(s) article and feed URLs, and "-" for stdin.
- `read_jsonl(lines, source)`: JSON Lines from an iterable of byte lines. Lines are
  split on "\\n" only (a "\\r" before it is dropped): U+0085, U+2028 and U+2029 are
  legal inside JSON strings and do not end a record. Each line is decoded and parsed
  alone (invalid UTF-8, malformed or too deeply nested JSON fail that line only).
- `split_jsonl(text)`: the same split for a body already in memory (the API).

Reading never imports the pipeline or spaCy (tests/ingest/test_readers.py checks).
"""

from __future__ import annotations

import datetime as dt
import errno
import io
import json
import re
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from tessera.records import (
    Article,
    ArticleError,
    ExtractionFailure,
    FailureStage,
    as_article,
    file_article_id,
    line_article_id,
)

if TYPE_CHECKING:
    from tessera.ingest.web import HttpFetcher

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})
SUPPORTED = sorted(TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES)
# A feed item shorter than this is a teaser: the article behind its link is fetched.
MIN_FEED_ITEM_CHARS = 400
STDIN = "-"

Item = Article | ExtractionFailure


def _failure(source: str, reason: str, stage: FailureStage = "read", **where: Any) -> ExtractionFailure:
    return ExtractionFailure(source=source, reason=reason, stage=stage, **where)


def read_sources(
    sources: Iterable[str | Path],
    *,
    fetcher: HttpFetcher | None = None,
    stdin: BinaryIO | None = None,
    published: dt.date | None = None,
) -> Iterator[Item]:
    """Articles from paths, folders, http(s) URLs and "-" (stdin), in order.

    `published` is the date of text articles that carry none (text files, stdin).
    """
    own_fetcher = fetcher is None
    active = fetcher
    try:
        for source in sources:
            text = str(source)
            if text == STDIN and stdin is not None:
                yield from read_stdin(stdin, published)
            elif _is_url(text):
                if active is None:
                    from tessera.ingest.web import HttpFetcher

                    active = HttpFetcher()
                yield from read_url(text, active)
            else:
                yield from read_path(Path(text), published)
    finally:
        if own_fetcher and active is not None:
            active.close()


def read_source(source: str | Path) -> list[Item]:
    """Everything one source yields (convenience for small sources and tests)."""
    return list(read_sources([source]))


def read_stdin(stream: BinaryIO, published: dt.date | None = None) -> Iterator[Item]:
    """Stdin holding JSON objects (first non-blank byte "{") is JSONL, anything else one text article."""
    data = stream.read()
    if data.lstrip()[:1] == b"{":
        yield from read_jsonl(io.BytesIO(data), "<stdin>")
    else:
        yield read_text(data, "stdin", published)


def _is_url(text: str) -> bool:
    # Any scheme counts as a URL here, so that ftp:// or file:// is refused by the fetcher
    # with a clear reason rather than looked up as a local path.
    return re.match(r"[A-Za-z][A-Za-z0-9+.-]*://", text) is not None


def _os_reason(error: OSError) -> str:
    if error.errno == errno.ELOOP:
        return "symlink loop: the path leads back to itself"
    if error.errno == errno.ENOENT:
        return "no such file or folder"
    return f"cannot read: {error.strerror or error}"


def read_path(path: Path, published: dt.date | None = None) -> Iterator[Item]:
    try:
        path.stat()
    except OSError as error:
        yield _failure(str(path), _os_reason(error))
        return
    if path.is_dir():
        try:
            # Files, and links that lead nowhere (broken, or a loop): those are reported, not skipped.
            children = sorted(p for p in path.rglob("*") if p.is_file() or (p.is_symlink() and not p.exists()))
        except OSError as error:
            yield _failure(str(path), _os_reason(error))
            return
        for child in children:
            if any(part.startswith(".") for part in child.relative_to(path).parts):
                continue  # hidden files and folders (.git, editor swap files)
            yield from read_file(child, published)
        return
    yield from read_file(path, published)


def read_file(path: Path, published: dt.date | None = None) -> Iterator[Item]:
    source = str(path)
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            with path.open("rb") as stream:
                yield from read_jsonl(stream, source)
            return
        data = path.read_bytes()
    except OSError as error:
        yield _failure(source, _os_reason(error))
        return
    if not data.strip():
        yield _failure(source, "empty file")
        return
    if b"\x00" in data[:8192]:
        yield _failure(source, "binary file (not text, HTML, JSON Lines or a feed)")
        return
    kind = _sniff(data) if suffix not in SUPPORTED else None
    if kind == "jsonl":
        yield from read_jsonl(io.BytesIO(data), source)
    elif suffix in FEED_SUFFIXES or kind == "feed":
        yield from read_feed(data, source)
    elif suffix in HTML_SUFFIXES or kind == "html":
        try:
            content = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            yield _failure(source, f"not UTF-8 text (byte {error.start}): binary or other encoding")
            return
        yield article_from_html(content, source, url=None)
    elif suffix in TEXT_SUFFIXES:
        yield read_text(data, source, published)
    else:
        yield _failure(
            source, f"unsupported file type {suffix or '(none)'!r}: expected one of {', '.join(SUPPORTED)}"
        )


def read_text(data: bytes, source: str, published: dt.date | None = None) -> Item:
    """One text article; its id is the file's stem. Empty text is an error, as everywhere."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return _failure(source, f"not UTF-8 text (byte {error.start}): binary or other encoding")
    if not text.strip():
        return _failure(source, "empty file")
    try:
        return as_article({"id": file_article_id(source), "text": text, "published": published})
    except ArticleError as error:
        return _failure(source, str(error), "parse", id=file_article_id(source))


def _sniff(data: bytes) -> str | None:
    head = data.lstrip()[:500].decode("utf-8", errors="replace").lower()
    if head.startswith("{"):
        return "jsonl"
    if "<rss" in head or "<feed" in head or "<rdf:rdf" in head:
        return "feed"
    if head.startswith("<!doctype html") or "<html" in head:
        return "html"
    return None


def split_jsonl(body: bytes | str) -> Iterator[tuple[int, bytes]]:
    """(line number, line) of a JSON Lines body: split on "\\n" only, "\\r\\n" allowed."""
    raw = body.encode("utf-8", errors="surrogatepass") if isinstance(body, str) else body
    yield from enumerate(raw.split(b"\n"), start=1)


def read_jsonl(lines: Iterable[bytes], source: str) -> Iterator[Item]:
    """Lines of {"id"?, "text", "published"?, "language"?, "title"?, "url"?}; a bad line fails alone.

    A record without an id gets `line_article_id(source, line)`. Blank lines are skipped
    but counted, so line numbers are the file's.
    """
    for number, raw in enumerate(lines, start=1):
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]  # a byte-order mark
        if not raw.strip():
            continue
        yield parse_jsonl_line(raw, source, number)


def parse_jsonl_line(raw: bytes, source: str, number: int) -> Item:
    """One JSON Lines record: an `Article`, or a failure naming the line and the reason."""
    record_id = None
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return _failure(source, f"invalid UTF-8 at byte {error.start} of the line", "parse", line=number)
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return _failure(source, f"malformed JSON: {error.msg} at column {error.colno}", "parse", line=number)
    except RecursionError:
        return _failure(source, "malformed JSON: nested too deeply", "parse", line=number)
    if not isinstance(record, dict):
        return _failure(source, f"expected a JSON object, got {_json_type(record)}", "parse", line=number)
    if record.get("id") is not None:
        record_id = str(record["id"])
    try:
        return as_article(record, default_id=line_article_id(source, number))
    except ArticleError as error:
        return _failure(source, str(error), "parse", line=number, id=record_id)


def _json_type(value: object) -> str:
    names = {list: "an array", str: "a string", int: "a number", float: "a number", bool: "true/false"}
    return names.get(type(value), "null")


def article_from_html(html: str | bytes, source: str, url: str | None) -> Item:
    import trafilatura

    try:
        extracted = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura raises many types on malformed markup
        return _failure(source, f"could not parse HTML: {exc}", "parse")
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not text or not text.strip():
        return _failure(source, "no article text found in the HTML page", "parse")
    try:
        return as_article(
            {
                "id": url or source,
                "text": text,
                "title": getattr(extracted, "title", None) or None,
                "published": _parse_date(getattr(extracted, "date", None)),
                "url": url,
            }
        )
    except ArticleError as error:
        return _failure(source, str(error), "parse")


def _parse_date(value: object) -> dt.date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def read_url(url: str, fetcher: HttpFetcher) -> Iterator[Item]:
    from tessera.ingest.web import FetchError

    try:
        page = fetcher.fetch(url)
    except FetchError as exc:
        yield _failure(url, str(exc), "fetch")
        return
    head = page.body[:1000].lstrip().lower()
    is_feed = any(t in page.content_type for t in ("rss", "atom", "xml")) and b"<html" not in head
    if is_feed or b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        yield from read_feed(page.body, url, fetcher=fetcher)
    else:
        yield article_from_html(page.body, url, url=page.final_url)


def read_feed(data: bytes, source: str, fetcher: HttpFetcher | None = None) -> Iterator[Item]:
    """Entries of an RSS/Atom feed; teaser entries are completed from their link when online."""
    import defusedxml.ElementTree as SafeET
    import feedparser
    from defusedxml import DefusedXmlException

    from tessera.ingest.web import FetchError

    try:
        SafeET.fromstring(data)
    except DefusedXmlException as exc:
        yield _failure(source, f"feed refused: unsafe XML ({type(exc).__name__})", "parse")
        return
    except SafeET.ParseError as exc:
        yield _failure(source, f"feed is not well-formed XML: {exc}", "parse")
        return
    feed = feedparser.parse(data)
    if not feed.entries:
        yield _failure(source, "feed has no entries", "parse")
        return
    for index, entry in enumerate(feed.entries):
        link = entry.get("link")
        where = link or f"{source}#{index}"
        html = ""
        if entry.get("content"):
            html = " ".join(part.get("value", "") for part in entry["content"])
        html = html or entry.get("summary", "")
        text = _html_to_text(html)
        published = _entry_date(entry)
        title = entry.get("title") or None
        if len(text) < MIN_FEED_ITEM_CHARS and link and _is_url(link) and fetcher is not None:
            try:
                page = fetcher.fetch(link)
            except FetchError as exc:
                if not text:
                    yield _failure(where, str(exc), "fetch")
                    continue
            else:
                item = article_from_html(page.body, link, url=page.final_url)
                if isinstance(item, Article):
                    yield item.model_copy(
                        update={"published": item.published or published, "title": item.title or title}
                    )
                    continue
        if not text:
            yield _failure(where, "feed entry has no text", "parse")
            continue
        try:
            yield as_article(
                {"id": entry.get("id") or where, "text": text, "title": title, "published": published, "url": link}
            )
        except ArticleError as error:
            yield _failure(where, str(error), "parse")


def _entry_date(entry: Any) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            try:
                return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
            except ValueError:
                return None
    return None


def _html_to_text(html: str) -> str:
    if "<" not in html:
        return html.strip()
    from lxml import html as lxml_html

    try:
        root = lxml_html.fromstring(f"<div>{html}</div>")
    except Exception:  # lxml raises ParserError/XMLSyntaxError on junk fragments
        return ""
    for block in root.iter("p", "br", "div", "li", "h1", "h2", "h3"):
        block.tail = "\n" + (block.tail or "")
    return "\n".join(line.strip() for line in root.text_content().splitlines() if line.strip())
