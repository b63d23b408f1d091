"""Reading article records for `tessera extract`: JSONL files, text files, stdin.

Output: `Article`s, or `ExtractionFailure`s naming the file, line and id of a record
that cannot be read (malformed JSON, missing text, invalid UTF-8, oversize), so the
rest of the input is still coded. The `ingest` stage builds on these readers.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from tessera.pipeline import ArticleError, as_article
from tessera.records import Article, ExtractionFailure


def read_jsonl(stream: BinaryIO, source: str) -> Iterator[Article | ExtractionFailure]:
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        record_id = None
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            yield ExtractionFailure(id=None, line=number, source=source,
                                    reason=f"invalid UTF-8 at byte {error.start} of the line")
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield ExtractionFailure(id=None, line=number, source=source, reason=f"malformed JSON: {error.msg} "
                                    f"at column {error.colno}")
            continue
        if isinstance(record, dict) and record.get("id") is not None:
            record_id = str(record["id"])
        try:
            yield as_article(record, default_id=f"{Path(source).stem}:{number}")
        except ArticleError as error:
            yield ExtractionFailure(id=record_id, line=number, source=source, reason=str(error))


def read_text(data: bytes, source: str, published: dt.date | None = None) -> Article | ExtractionFailure:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return ExtractionFailure(id=Path(source).stem, source=source,
                                 reason=f"invalid UTF-8 at byte {error.start}: is this a text file?")
    try:
        return as_article({"id": Path(source).stem, "text": text, "published": published})
    except ArticleError as error:
        return ExtractionFailure(id=Path(source).stem, source=source, reason=str(error))


def read_input(name: str, stdin: BinaryIO, published: dt.date | None = None) -> Iterator[Article | ExtractionFailure]:
    """One INPUT of `tessera extract`: a .jsonl file, a text file, or "-" for stdin.

    Stdin holding JSON objects (first non-blank byte "{") is read as JSONL, anything
    else as one text article.
    """
    if name == "-":
        data = stdin.read()
        if data.lstrip()[:1] == b"{":
            import io

            yield from read_jsonl(io.BytesIO(data), "<stdin>")
        else:
            yield read_text(data, "stdin", published)
        return
    path = Path(name)
    try:
        if path.suffix.lower() == ".jsonl":
            with path.open("rb") as stream:
                yield from read_jsonl(stream, name)
        else:
            yield read_text(path.read_bytes(), name, published)
    except OSError as error:
        yield ExtractionFailure(id=None, source=name, reason=f"cannot read {name}: {error.strerror or error}")
