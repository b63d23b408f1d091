"""API fixtures: a real SQLite file store holding a few hand-made reports, and a client.

Events are handed to the store by `ScriptedExtractor` (events built by hand from the
test texts), so these tests exercise the API and the store, not the NLP pipeline.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tessera.records import Actor, Article, DateValue, Document, Event, Place, Quantity, SentenceSpan, Span

TILLABERI_TOWN = Place(text="Ouallam", start=0, end=7, name="Ouallam", geonames_id=2439155, lat=14.32, lon=2.09,
                       country="NER", admin1="Tillaberi", feature="city")
MENAKA = Place(text="Menaka", start=0, end=6, name="Menaka", geonames_id=2453348, lat=15.92, lon=2.40,
               country="MLI", admin1="Menaka", feature="city")
KAYA = Place(text="Kaya", start=0, end=4, name="Kaya", geonames_id=2359304, lat=13.09, lon=-1.08,
             country="BFA", admin1="Centre-Nord", feature="city")

# Three short reports in our own words; two of them describe the same ambush near Ouallam.
TEXTS = {
    "r1": "Gunmen killed 12 soldiers near Ouallam on Monday, the defence ministry said. "
          "The army later sent reinforcements to the area.",
    "r2": "Twelve troops died when militants ambushed a patrol near Ouallam on Monday, officials said. "
          "The group claimed it had killed 20.",
    "r3": "Police arrested 30 protesters in Kaya on Saturday after a march against insecurity.",
    "r4": "Fighters attacked a market in Menaka on 3 March, killing five traders, residents said.",
}
PUBLISHED = {"r1": "2023-05-02", "r2": "2023-05-03", "r3": "2023-06-12", "r4": "2024-03-04"}


def span(text: str, word: str, after: int = 0) -> tuple[int, int]:
    start = text.index(word, after)
    return start, start + len(word)


def make_event(article_id: str, index: int, sentence_no: int, *, type: str, trigger: str, place: Place,
               date: str, fatalities: int | None = None, actor: tuple[str, str | None, str | None] | None = None,
               recipient: tuple[str, str | None, str | None] | None = None) -> Event:
    text = TEXTS[article_id]
    sentences = [s + "." for s in text.split(". ")]
    start = sum(len(s) + 1 for s in sentences[:sentence_no])
    end = start + len(sentences[sentence_no].rstrip("."))
    t0, t1 = span(text, trigger, start)
    where_start, where_end = span(text, place.text, start)

    def role(found: tuple[str, str | None, str | None] | None) -> Actor | None:
        if found is None:
            return None
        words, country, sector = found
        a, b = span(text, words, start)
        return Actor(text=words, start=a, end=b, name=words.title(), country=country, type=sector)  # type: ignore[arg-type]

    quantities = []
    if fatalities is not None:
        number = next((w for w in (str(fatalities), "Twelve", "five") if w in text[start:end]), None)
        if number:
            a, b = span(text, number, start)
            quantities.append(Quantity(text=number, start=a, end=b, value=float(fatalities)))
    return Event(
        id=f"{article_id}-e{index}",
        type=type,  # type: ignore[arg-type]
        mode="asserted",
        trigger=Span(text=trigger, start=t0, end=t1),
        sentence=SentenceSpan(start=start, end=end),
        actor=role(actor),
        recipient=role(recipient),
        location=place.model_copy(update={"start": where_start, "end": where_end}),
        date=DateValue(text=date, start=0, end=0, value=date, precision="day"),
        fatalities=fatalities,
        quantities=quantities,
        confidence=0.8,
    )


EVENTS: dict[str, list[Event]] = {
    "r1": [
        make_event("r1", 0, 0, type="ASSAULT", trigger="killed", place=TILLABERI_TOWN, date="2023-05-01",
                   fatalities=12, actor=("Gunmen", None, "UAF"), recipient=("soldiers", "NER", "MIL")),
    ],
    "r2": [
        make_event("r2", 0, 0, type="ASSAULT", trigger="ambushed", place=TILLABERI_TOWN, date="2023-05-01",
                   fatalities=12, actor=("militants", None, "UAF"), recipient=("troops", "NER", "MIL")),
    ],
    "r3": [
        make_event("r3", 0, 0, type="COERCE", trigger="arrested", place=KAYA, date="2023-06-10",
                   actor=("Police", "BFA", "COP"), recipient=("protesters", "BFA", "CVL")),
    ],
    "r4": [
        make_event("r4", 0, 0, type="ASSAULT", trigger="attacked", place=MENAKA, date="2024-03-03",
                   fatalities=5, actor=("Fighters", None, "REB"), recipient=("traders", "MLI", "CVL")),
    ],
}


class ScriptedExtractor:
    """Stands in for the pipeline: the events above for known texts, none for others."""

    version = "api-tests"

    def __init__(self) -> None:
        self.by_text = {text: EVENTS[key] for key, text in TEXTS.items()}
        self.calls = 0

    def extract_many(self, articles: Iterable[Article | dict[str, Any]]) -> Iterator[Document]:
        for article in articles:
            self.calls += 1
            text = article.text if isinstance(article, Article) else article["text"]
            ident = article.id if isinstance(article, Article) else "posted"
            yield Document(id=ident, language="en", events=self.by_text.get(text, []))


def demo_articles() -> list[Article]:
    return [
        Article(id=key, text=TEXTS[key], published=dt.date.fromisoformat(PUBLISHED[key]), language="en",
                title=f"Report {key}", url=f"https://news.example.invalid/{key}")
        for key in TEXTS
    ]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("api") / "store.sqlite"


@pytest.fixture(scope="module")
def loaded_store(store_path: Path) -> Iterator[Any]:
    from tessera.ingest.driver import ingest
    from tessera.store import open_store

    store = open_store(f"sqlite:///{store_path}")
    ingest(store, demo_articles(), ScriptedExtractor(), sources=["tests"])
    yield store
    store.close()


@pytest.fixture(scope="module")
def app(loaded_store: Any) -> Any:
    from tessera.api import create_app

    return create_app(store=loaded_store, extractor=ScriptedExtractor())


@pytest.fixture(scope="module")
def client(app: Any) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def token(loaded_store: Any) -> str:
    from tessera.auth import create_token

    return create_token(loaded_store, "api-tests")
