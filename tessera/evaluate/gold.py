"""Reading gold evaluation sets: JSONL -> typed `GoldItem`s.

Input: a gold file, one JSON object a line (`{"id", "text", "published"?, "title"?,
"language", "gold": {...}}`, see ../shared/gold/README.md). Output: `GoldItem[G]`, whose
`annotations` are the `gold` object validated against the model of the set's KIND
(`EventsGold`, `IpeGold`, `PlacesGold`, `DatesGold`, `EntitiesGold`), and whose
`article()` is the `tessera.records.Article` the pipeline is run on.
Where it sits: first step of `tessera.evaluate.evaluate`; the metric modules read the
annotations, never the raw dicts.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Generic, NamedTuple, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from tessera.records import Article

# Gold records ignore keys they do not score (comments, markup, provenance), so a
# richer gold file still reads.
_LENIENT = ConfigDict(frozen=True, extra="ignore")


class GoldSpan(BaseModel):
    model_config = _LENIENT

    text: str
    start: int
    end: int


# --- events (plover_gsr, case2021) -------------------------------------------------


class GoldParticipant(BaseModel):
    model_config = _LENIENT

    text: str = ""
    country: str | None = None
    type: str | None = None


class GoldEvent(BaseModel):
    model_config = _LENIENT

    type: str
    trigger_text: str | None = None
    source: list[GoldParticipant] = Field(default_factory=list)
    target: list[GoldParticipant] = Field(default_factory=list)


class EventsGold(BaseModel):
    model_config = _LENIENT

    types: list[str]
    optional_types: list[str] = Field(default_factory=list)
    no_event: bool = False
    events: list[GoldEvent] = Field(default_factory=list)


# --- India Police Events ------------------------------------------------------------


class GoldSentence(BaseModel):
    model_config = _LENIENT

    sent_id: int
    start: int
    end: int
    labels: list[str] = Field(default_factory=list)


class IpeGold(BaseModel):
    model_config = _LENIENT

    doc_labels: list[str]
    sentences: list[GoldSentence] = Field(default_factory=list)


# --- places -------------------------------------------------------------------------


class GoldToponym(GoldSpan):
    type: str | None = None
    role: str  # scored | neutral | negative
    name: str | None = None
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None


class PlacesGold(BaseModel):
    model_config = _LENIENT

    toponyms: list[GoldToponym]


# --- dates --------------------------------------------------------------------------


class GoldTimex(BaseModel):
    model_config = _LENIENT

    text: str | None = None
    start: int | None = None  # the TimeBank DCT has no span in the text
    end: int | None = None
    type: str
    value: str | None = None
    tid: str | None = None

    @property
    def has_span(self) -> bool:
        return self.start is not None and self.end is not None


class DatesGold(BaseModel):
    model_config = _LENIENT

    timexes: list[GoldTimex]
    other_timexes: list[GoldTimex] = Field(default_factory=list)
    dct: GoldTimex | None = None


# --- entities -----------------------------------------------------------------------


class GoldEntity(GoldSpan):
    type: str
    confidence: float = 1.0


class EntitiesGold(BaseModel):
    model_config = _LENIENT

    entities: list[GoldEntity]


# --- the item -----------------------------------------------------------------------

G = TypeVar("G", bound=BaseModel)


class GoldItem(BaseModel, Generic[G]):
    """One gold article: the pipeline's input plus its annotations."""

    model_config = ConfigDict(frozen=True)

    id: str
    text: str
    published: dt.date | None = None
    title: str | None = None
    language: str | None = None
    url: str | None = None
    annotations: G

    def article(self) -> Article:
        return Article(
            id=self.id,
            text=self.text,
            published=self.published,
            language=self.language,
            title=self.title,
            url=self.url,
        )


# Gold sets whose KIND is not the name of the folder they sit in.
_KIND_OF_DATASET = {"india_police_events": "ipe"}
KIND_FOLDERS = ("entities", "places", "dates", "events")


def dataset_of(gold_path: Path) -> str:
    """`places/geowebnews.dev.jsonl` -> `geowebnews`."""
    return gold_path.name.split(".", 1)[0]


def kind_of(gold_path: Path) -> str | None:
    """KIND of a gold file laid out as ../shared/gold: `<kind folder>/<set>.<split>.jsonl`.

    None for files that are not scored (the synthetic `training/` stories).
    """
    dataset = dataset_of(gold_path)
    if dataset in _KIND_OF_DATASET:
        return _KIND_OF_DATASET[dataset]
    folder = gold_path.parent.name
    return folder if folder in KIND_FOLDERS else None


class GoldSet(NamedTuple):
    kind: str
    dataset: str
    path: Path


def find_gold_sets(folder: Path, split: str = "dev") -> list[GoldSet]:
    """The scored gold sets of one split under a gold folder, in a stable order."""
    found = []
    for path in sorted(folder.glob(f"*/*.{split}.jsonl")):
        kind = kind_of(path)
        if kind is not None:
            found.append(GoldSet(kind, dataset_of(path), path))
    return found


class GoldFormatError(ValueError):
    """A gold file line that is not JSON or lacks what its KIND needs."""


# Study/score halves of every gold set, fixed by the item id alone: rules are fitted on
# `study` items only, and `score` items are measured, never read (issue #12).
SPLITS = ("study", "score", "all")


def split_of(item_id: str) -> str:
    """`study` or `score`: sha1 of the id, even = study, odd = score."""
    return ("study", "score")[int(hashlib.sha1(item_id.encode("utf-8")).hexdigest(), 16) % 2]


def read_gold(
    path: Path, annotations: type[G], *, limit: int | None = None, split: str = "all"
) -> list[GoldItem[G]]:
    """The first `limit` items (all when None) of a gold JSONL file, of one `split`
    (`study`, `score`, or `all`, the default)."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; choose one of {', '.join(SPLITS)}")
    items: list[GoldItem[G]] = []
    for line_number, record in _records(path):
        if limit is not None and len(items) >= limit:
            break
        if split != "all" and split_of(str(record.get("id"))) != split:
            continue
        gold = record.get("gold")
        if not isinstance(gold, dict):
            raise GoldFormatError(f"{path}:{line_number}: no `gold` object")
        # The URL sits inside `gold` in these files; it is article metadata.
        url = record.get("url", gold.get("url"))
        try:
            items.append(
                GoldItem[annotations](  # type: ignore[valid-type]
                    id=record["id"],
                    text=record["text"],
                    published=record.get("published"),
                    title=record.get("title"),
                    language=record.get("language"),
                    url=url if isinstance(url, str) else None,
                    annotations=annotations.model_validate(gold),
                )
            )
        except (KeyError, ValidationError) as error:
            raise GoldFormatError(f"{path}:{line_number}: not a {annotations.__name__} item: {error}") from error
    return items


def _records(path: Path) -> Iterator[tuple[int, dict[str, object]]]:
    with path.open(encoding="utf-8") as lines:
        for line_number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise GoldFormatError(f"{path}:{line_number}: not JSON: {error}") from error
            if not isinstance(record, dict):
                raise GoldFormatError(f"{path}:{line_number}: not a JSON object")
            yield line_number, record
