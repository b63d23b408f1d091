"""The ingest driver with the real pipeline: the store keeps one row per assembled incident."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tessera.ingest.driver import ingest
from tessera.records import Article
from tessera.store import EventFilter, open_store

ANAPHORA = (
    "Gunmen killed nine soldiers on Tuesday in an attack on an army post near Gao, the army said. "
    "The assault began at dawn and lasted two hours. "
    "The attack was the deadliest in the region this month."
)
BACKGROUND = (
    "The country has been fighting an insurgency since 2012. "
    "Militants attacked a police station in Gao on Monday, killing four officers."
)


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory):
    path: Path = tmp_path_factory.mktemp("driver") / "store.sqlite"
    store = open_store(f"sqlite:///{path}")
    articles = [
        Article(id="anaphora", text=ANAPHORA, published=dt.date(2024, 5, 9), language="en"),
        Article(id="background", text=BACKGROUND, published=dt.date(2024, 6, 4), language="en"),
    ]
    ingest(store, articles)
    yield store
    store.close()


def test_mentions_of_one_attack_are_stored_as_one_incident(stored) -> None:
    assaults = [e for e in stored.events(EventFilter(type=["ASSAULT"]), limit=100) if e.date_value == "2024-05-07"]
    assert len(assaults) == 1
    assert assaults[0].fatalities == 9


def test_background_statements_are_not_stored_as_incidents(stored) -> None:
    assaults = stored.events(EventFilter(type=["ASSAULT"]), limit=100)
    june = [e for e in assaults if (e.date_value or "").startswith("2024-06")]
    assert len(june) == 1 and june[0].fatalities == 4
    assert all(e.date_value != "2012" for e in assaults)


ENGLISH_REPORT = (
    "NIAMEY, March 21 - Gunmen on motorcycles killed 17 soldiers in an ambush near Tillaberi "
    "in western Niger on Saturday, the defence ministry said on Sunday."
)
FRENCH_REPORT = (
    "NIAMEY, 21 mars - Des hommes armés à moto ont tué 17 soldats dans une embuscade près de "
    "Tillabéri, dans l'ouest du Niger, samedi, a annoncé dimanche le ministère de la Défense."
)


def test_an_english_and_a_french_report_of_one_attack_are_one_incident(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'bilingual.sqlite'}")
    try:
        articles = [
            Article(id="en", text=ENGLISH_REPORT, published=dt.date(2021, 3, 21), url="https://example.org/en"),
            Article(id="fr", text=FRENCH_REPORT, published=dt.date(2021, 3, 21), url="https://example.org/fr"),
        ]
        summary = ingest(store, articles)
        assert (summary.new, summary.not_coded, summary.failed) == (2, 0, 0), store.failures()
        assaults = store.events(EventFilter(type=["ASSAULT"]), limit=100)
        assert len(assaults) == 1
        assert assaults[0].source_count == 2 and assaults[0].fatalities == 17
        languages = {source.language for source in store.event(assaults[0].id).sources}
        assert languages == {"en", "fr"}
    finally:
        store.close()
