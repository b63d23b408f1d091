"""Hand-built records and a scripted stand-in for the pipeline, for the store tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from tessera.records import Actor, Article, DateValue, Document, Event, Place, SentenceSpan, Span


class ScriptedExtractor:
    """Stands in for the pipeline: events per article id, given by the test."""

    def __init__(
        self, events: dict[str, list[Event]] | None = None, *, crash_on: Iterable[str] = (), version: str = "t1"
    ):
        self.events = events or {}
        self.crash_on = set(crash_on)
        self.version = version
        self.seen: list[str] = []

    def extract_many(self, articles: Iterable[Article]) -> Iterator[Document]:
        for article in articles:
            self.seen.append(article.id)
            if article.id in self.crash_on:
                raise RuntimeError(f"pipeline bug on {article.id}")
            yield Document(id=article.id, language="en", events=self.events.get(article.id, []))


# --- record builders ---------------------------------------------------------------

GAO = Place(
    text="Gao",
    start=0,
    end=3,
    name="Gao",
    geonames_id=2457163,
    lat=16.27,
    lon=-0.04,
    country="MLI",
    admin1="Gao",
    feature="city",
)
ANSONGO = Place(
    text="Ansongo",
    start=0,
    end=7,
    name="Ansongo",
    geonames_id=2460954,
    lat=15.66,
    lon=0.50,
    country="MLI",
    admin1="Gao",
    feature="city",
)
MALI = Place(
    text="Mali", start=0, end=4, name="Mali", geonames_id=2453866, lat=17.0, lon=-4.0, country="MLI", feature="country"
)
NIAMEY = Place(
    text="Niamey",
    start=0,
    end=6,
    name="Niamey",
    geonames_id=2440485,
    lat=13.51,
    lon=2.11,
    country="NER",
    admin1="Niamey",
    feature="city",
)
ARMY = Actor(text="the army", start=0, end=8, name="Malian Armed Forces", country="MLI", type="MIL")
JIHADISTS = Actor(text="jihadists", start=0, end=9, name=None, country=None, type="REB")


def day(value: str) -> DateValue:
    return DateValue(text=value, start=0, end=len(value), value=value, precision="day")


def event(
    text: str,
    sentence: str,
    *,
    type: str = "ASSAULT",
    mode: str = "asserted",
    location: Place | None = None,
    date: DateValue | None = None,
    fatalities: int | None = None,
    actor: Actor | None = None,
    recipient: Actor | None = None,
    trigger: str | None = None,
) -> Event:
    """An event read from `sentence`, which must occur in the article `text`."""
    start = text.index(sentence)
    word = trigger or sentence.split()[1]
    at = text.index(word, start)
    return Event(
        id=f"ev-{start}-{type}",
        type=type,  # type: ignore[arg-type]
        mode=mode,  # type: ignore[arg-type]
        trigger=Span(text=word, start=at, end=at + len(word)),
        sentence=SentenceSpan(start=start, end=start + len(sentence)),
        location=location,
        date=date,
        fatalities=fatalities,
        actor=actor,
        recipient=recipient,
        confidence=0.8,
    )


def article(id: str, text: str, published: str | None = "2022-02-18", **extra: object) -> Article:
    return Article(id=id, text=text, published=dt.date.fromisoformat(published) if published else None, **extra)
