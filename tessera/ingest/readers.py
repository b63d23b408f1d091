"""Readers: one per kind of source, each yielding `Article | SourceFailure`."""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from tessera.ingest.web import FetchError, HttpFetcher
from tessera.records import Article, make_id

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})
SUPPORTED = sorted(TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES)
# A feed item shorter than this is a teaser: the article behind its link is fetched.
MIN_FEED_ITEM_CHARS = 400

FailureStage = Literal["read", "fetch", "parse"]


class SourceFailure(BaseModel):
    """A source (file, line, URL, feed item) that yielded no article, and why."""

    model_config = ConfigDict(frozen=True)

    source: str
    reason: str
    stage: FailureStage = "read"


Item = Article | SourceFailure


def read_sources(sources: Iterable[str | Path], *, fetcher: HttpFetcher | None = None) -> Iterator[Item]:
    """Articles from paths, folders (recursively, sorted) and http(s) URLs, in order."""
    own_fetcher = fetcher is None
    active = fetcher
    try:
        for source in sources:
            text = str(source)
            if _is_url(text):
                if active is None:
                    active = HttpFetcher()
                yield from read_url(text, active)
            else:
                yield from read_path(Path(text))
    finally:
        if own_fetcher and active is not None:
            active.close()


def read_source(source: str | Path) -> list[Item]:
    """Everything one source yields (convenience for small sources and tests)."""
    return list(read_sources([source]))


def _is_url(text: str) -> bool:
    # Any scheme counts as a URL here, so that ftp:// or file:// is refused by the fetcher
    # with a clear reason rather than looked up as a local path.
    return re.match(r"[A-Za-z][A-Za-z0-9+.-]*://", text) is not None


def read_path(path: Path) -> Iterator[Item]:
    if not path.exists():
        yield SourceFailure(source=str(path), reason="no such file or folder")
        return
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            if any(part.startswith(".") for part in child.relative_to(path).parts):
                continue  # hidden files and folders (.git, editor swap files)
            yield from read_file(child)
        return
    yield from read_file(path)


def read_file(path: Path) -> Iterator[Item]:
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield SourceFailure(source=source, reason=f"cannot read file: {exc.strerror or exc}")
        return
    if not data.strip():
        yield SourceFailure(source=source, reason="empty file")
        return
    if b"\x00" in data[:8192]:
        yield SourceFailure(source=source, reason="binary file (not text, HTML, JSON Lines or a feed)")
        return
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield SourceFailure(source=source, reason=f"not UTF-8 text (byte {exc.start}): binary or other encoding")
        return
    suffix = path.suffix.lower()
    kind = _sniff(content) if suffix not in SUPPORTED else None
    if suffix in JSONL_SUFFIXES or kind == "jsonl":
        yield from read_jsonl(content, source)
    elif suffix in FEED_SUFFIXES or kind == "feed":
        yield from read_feed(data, source)
    elif suffix in HTML_SUFFIXES or kind == "html":
        yield from _one(article_from_html(content, source, url=None))
    elif suffix in TEXT_SUFFIXES:
        yield Article(id=source, text=content)
    else:
        yield SourceFailure(
            source=source,
            reason=f"unsupported file type {suffix or '(none)'!r}: expected one of {', '.join(SUPPORTED)}",
        )


def _one(item: Item) -> Iterator[Item]:
    yield item


def _sniff(content: str) -> str | None:
    head = content.lstrip()[:500].lower()
    if head.startswith("{"):
        return "jsonl"
    if "<rss" in head or "<feed" in head or "<rdf:rdf" in head:
        return "feed"
    if head.startswith("<!doctype html") or "<html" in head:
        return "html"
    return None


def read_jsonl(content: str, source: str) -> Iterator[Item]:
    """Lines of {"id","text","published"?,"language"?,"title"?,"url"?}; a bad line fails alone."""
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield SourceFailure(source=where, reason=f"invalid JSON on line {number}: {exc.msg}", stage="parse")
            continue
        if not isinstance(record, dict):
            yield SourceFailure(source=where, reason=f"line {number} is not a JSON object", stage="parse")
            continue
        if not isinstance(record.get("text"), str) or not record["text"].strip():
            yield SourceFailure(source=where, reason=f'line {number} has no "text"', stage="parse")
            continue
        record.setdefault("id", make_id(source, number, prefix="line-"))
        record["id"] = str(record["id"])
        try:
            yield Article.model_validate({k: v for k, v in record.items() if k in Article.model_fields})
        except ValidationError as exc:
            problem = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
            yield SourceFailure(source=where, reason=f"line {number}: {problem}", stage="parse")


def article_from_html(html: str | bytes, source: str, url: str | None) -> Item:
    import trafilatura

    try:
        extracted = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura raises many types on malformed markup
        return SourceFailure(source=source, reason=f"could not parse HTML: {exc}", stage="parse")
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not text or not text.strip():
        return SourceFailure(source=source, reason="no article text found in the HTML page", stage="parse")
    return Article(
        id=url or source,
        text=text,
        title=getattr(extracted, "title", None) or None,
        published=_parse_date(getattr(extracted, "date", None)),
        url=url,
    )


def _parse_date(value: object) -> dt.date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def read_url(url: str, fetcher: HttpFetcher) -> Iterator[Item]:
    try:
        page = fetcher.fetch(url)
    except FetchError as exc:
        yield SourceFailure(source=url, reason=str(exc), stage="fetch")
        return
    head = page.body[:1000].lstrip().lower()
    is_feed = any(t in page.content_type for t in ("rss", "atom", "xml")) and b"<html" not in head
    if is_feed or b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        yield from read_feed(page.body, url, fetcher=fetcher)
    else:
        yield from _one(article_from_html(page.body, url, url=page.final_url))


def read_feed(data: bytes, source: str, fetcher: HttpFetcher | None = None) -> Iterator[Item]:
    """Entries of an RSS/Atom feed; teaser entries are completed from their link when online."""
    import defusedxml.ElementTree as SafeET
    import feedparser
    from defusedxml import DefusedXmlException

    try:
        SafeET.fromstring(data)
    except DefusedXmlException as exc:
        yield SourceFailure(source=source, reason=f"feed refused: unsafe XML ({type(exc).__name__})", stage="parse")
        return
    except SafeET.ParseError as exc:
        yield SourceFailure(source=source, reason=f"feed is not well-formed XML: {exc}", stage="parse")
        return
    feed = feedparser.parse(data)
    if not feed.entries:
        yield SourceFailure(source=source, reason="feed has no entries", stage="parse")
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
                    yield SourceFailure(source=where, reason=str(exc), stage="fetch")
                    continue
            else:
                item = article_from_html(page.body, link, url=page.final_url)
                if isinstance(item, Article):
                    yield item.model_copy(
                        update={"published": item.published or published, "title": item.title or title}
                    )
                    continue
        if not text:
            yield SourceFailure(source=where, reason="feed entry has no text", stage="parse")
            continue
        yield Article(id=entry.get("id") or where, text=text, title=title, published=published, url=link)


def _entry_date(entry: dict) -> dt.date | None:  # type: ignore[type-arg]
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
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
