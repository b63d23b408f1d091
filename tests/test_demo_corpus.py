"""The demo corpus (tessera/data/demo/articles.jsonl) and the benchmark corpus generator."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tessera.language import detect_language
from tessera.records import Article

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "tessera" / "data" / "demo" / "articles.jsonl"
SEED_ARTICLE = REPO.parent / "shared" / "examples" / "seed-article.txt"

REQUIRED = ("id", "title", "published", "language", "url", "text", "incident")
# Two id series, each numbered in order of publication: demo-001... (mostly English, two early
# French reports) and demo-fr-001... (French wire reports added for issue #13).
ID = re.compile(r"demo-(fr-)?\d{3}")
# A French wire dateline: "NIAMEY, 3 janv. - ", "BAMAKO, 1er nov. - ", "N'DJAMENA, 9 janv. - ".
FRENCH_DATELINE = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý' -]+, \d{1,2}(er)? [a-zéû]+\.? - ")
FRENCH_MONTHS = ("janv", "févr", "mars", "avril", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc")


@pytest.fixture(scope="module")
def demo() -> list[dict[str, Any]]:
    with DEMO.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="module")
def corpus() -> ModuleType:
    # benchmarks/ is a folder of scripts, not a package: load the module from its path.
    spec = importlib.util.spec_from_file_location("benchmarks_corpus", REPO / "benchmarks" / "corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _words(text: str) -> int:
    return len(text.split())


# --- demo corpus -------------------------------------------------------------------


def test_demo_has_enough_articles_with_required_fields(demo: list[dict[str, Any]]) -> None:
    assert len(demo) >= 48
    for record in demo:
        assert set(REQUIRED) <= set(record), record.get("id")
        for field in ("id", "title", "published", "language", "url", "text"):
            assert isinstance(record[field], str) and record[field].strip(), (record["id"], field)


def test_demo_ids_and_urls_are_unique(demo: list[dict[str, Any]]) -> None:
    ids = [record["id"] for record in demo]
    assert len(ids) == len(set(ids))
    assert all(ID.fullmatch(i) for i in ids), [i for i in ids if not ID.fullmatch(i)]
    urls = [record["url"] for record in demo]
    assert len(urls) == len(set(urls))
    assert all(url.startswith("https://demo.tessera.invalid/") for url in urls)


def test_demo_records_are_articles(demo: list[dict[str, Any]]) -> None:
    # "incident" is corpus metadata for evaluating deduplication, not part of Article.
    for record in demo:
        article = Article.model_validate({k: v for k, v in record.items() if k != "incident"})
        assert article.text == record["text"]


def test_demo_dates_are_valid_and_spread_over_2021_2025(demo: list[dict[str, Any]]) -> None:
    dates = [dt.date.fromisoformat(record["published"]) for record in demo]
    assert all(dt.date(2021, 1, 1) <= d <= dt.date(2025, 12, 31) for d in dates)
    assert {d.year for d in dates} == {2021, 2022, 2023, 2024, 2025}


def test_demo_ids_follow_publication_order_within_each_series(demo: list[dict[str, Any]]) -> None:
    for series in ("demo-fr-", "demo-0"):
        records = [r for r in demo if r["id"].startswith(series)]
        assert records, series
        assert [r["id"] for r in records] == sorted(r["id"] for r in records), series
        dates = [r["published"] for r in records]
        assert dates == sorted(dates), series


def test_demo_languages(demo: list[dict[str, Any]]) -> None:
    languages = [record["language"] for record in demo]
    assert set(languages) <= {"en", "fr"}
    assert languages.count("fr") >= 17
    # The demo-fr series is French, stored with language "fr".
    french_series = [r for r in demo if r["id"].startswith("demo-fr-")]
    assert len(french_series) >= 15
    assert all(r["language"] == "fr" for r in french_series)


def test_demo_stored_language_is_the_detected_language(demo: list[dict[str, Any]]) -> None:
    # The language field is what the ingest stage's detector finds in the text: an English
    # report mislabelled "fr" (or the reverse) would be routed to the wrong pipeline.
    for record in demo:
        assert detect_language(record["text"]) == record["language"], record["id"]


def test_french_demo_articles_read_as_french_wire_reports(demo: list[dict[str, Any]]) -> None:
    for record in demo:
        if not record["id"].startswith("demo-fr-"):
            continue
        text = record["text"]
        dateline = FRENCH_DATELINE.match(text)
        assert dateline, (record["id"], text[:40])
        assert any(month in dateline.group(0) for month in FRENCH_MONTHS), record["id"]
        # The published date's day is the dateline's day.
        day = int(re.search(r"\d{1,2}", dateline.group(0)).group(0))  # type: ignore[union-attr]
        assert day == dt.date.fromisoformat(record["published"]).day, record["id"]
        # Place names keep their accents, as French outlets write them.
        assert re.search(r"[éèêàâçôûî]", text), record["id"]


def test_demo_articles_are_short_news_reports(demo: list[dict[str, Any]]) -> None:
    for record in demo:
        text = record["text"]
        # French runs longer than English for the same report: the demo-fr series allows 150-400.
        low, high = (150, 400) if record["id"].startswith("demo-fr-") else (120, 350)
        assert low <= _words(text) <= high, (record["id"], _words(text))
        # A wire report states figures; every article carries at least one number.
        assert re.search(r"\d", text), record["id"]


def test_demo_has_multi_report_incidents(demo: list[dict[str, Any]]) -> None:
    clusters: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in demo:
        incident = record["incident"]
        assert incident is None or (isinstance(incident, str) and re.fullmatch(r"\d{4}-[a-z0-9-]+", incident))
        if incident:
            clusters[incident].append(record)
    assert len(clusters) >= 6
    for incident, reports in clusters.items():
        assert 2 <= len(reports) <= 3, incident
        days = sorted(dt.date.fromisoformat(r["published"]) for r in reports)
        # Reports of one incident come out within days of each other.
        assert (days[-1] - days[0]).days <= 3, incident
        # Different outlets' wording: no two reports share a text.
        assert len({r["text"] for r in reports}) == len(reports), incident


def test_demo_has_incidents_reported_in_english_and_french(demo: list[dict[str, Any]]) -> None:
    # So that deduplication can be shown merging an English and a French report of one incident.
    languages: dict[str, set[str]] = defaultdict(set)
    for record in demo:
        if record["incident"]:
            languages[record["incident"]].add(record["language"])
    bilingual = sorted(incident for incident, langs in languages.items() if langs == {"en", "fr"})
    assert len(bilingual) >= 5, bilingual


def test_french_reports_of_shared_incidents_carry_the_english_figures(demo: list[dict[str, Any]]) -> None:
    # Same incident, same facts: each French report of a shared incident carries at least one of
    # the figures (day, toll, distance) that its English reports give.
    by_incident: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in demo:
        if record["incident"]:
            by_incident[record["incident"]].append(record)
    for incident, reports in by_incident.items():
        french = [r for r in reports if r["language"] == "fr" and r["id"].startswith("demo-fr-")]
        english = [r for r in reports if r["language"] == "en"]
        for fr in french:
            english_numbers = {n for r in english for n in re.findall(r"\b\d+\b", r["text"])}
            french_numbers = set(re.findall(r"\b\d+\b", fr["text"]))
            assert english_numbers & french_numbers, (incident, fr["id"])


def test_demo_does_not_reuse_the_seed_article(demo: list[dict[str, Any]]) -> None:
    if not SEED_ARTICLE.exists():
        pytest.skip(f"seed article not found at {SEED_ARTICLE}")

    def shingles(text: str, n: int = 10) -> set[tuple[str, ...]]:
        words = re.findall(r"\w+", text.lower())
        return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}

    seed = shingles(SEED_ARTICLE.read_text(encoding="utf-8"))
    for record in demo:
        assert not shingles(record["text"]) & seed, record["id"]


# --- benchmark corpus generator ------------------------------------------------------

EVENT_WORDS = re.compile(
    r"\b(killed|killing|attacked|ambushed|raided|stormed|struck|hit|abducted|arrested|protested|"
    r"withdraw|deployed|condemned|accused|imposed|expelled|claimed|pledged|repelled|released|declared)\b"
)


def test_generator_returns_n_articles(corpus: ModuleType) -> None:
    articles = corpus.generate_articles(5, seed=3)
    assert len(articles) == 5
    assert all(isinstance(a, Article) for a in articles)
    assert len({a.id for a in articles}) == 5
    assert corpus.generate_articles(0) == []


def test_generator_is_deterministic_for_a_seed(corpus: ModuleType) -> None:
    first = corpus.generate_articles(4, seed=7)
    assert first == corpus.generate_articles(4, seed=7)
    assert [a.text for a in first] != [a.text for a in corpus.generate_articles(4, seed=8)]
    # Article k does not depend on how many are asked for.
    assert corpus.generate_articles(2, seed=7) == first[:2]


def test_generator_articles_are_about_600_words(corpus: ModuleType) -> None:
    for article in corpus.generate_articles(20, seed=1):
        assert 600 <= _words(article.text) <= 700, _words(article.text)
        assert article.published is not None and dt.date(2021, 1, 1) <= article.published <= dt.date(2025, 12, 31)
        assert article.language == "en" and article.title
    short = corpus.generate_articles(3, seed=1, words=150)
    assert all(150 <= _words(a.text) <= 220 for a in short)


def test_generator_is_varied_with_a_realistic_event_share(corpus: ModuleType) -> None:
    articles = corpus.generate_articles(30, seed=0)
    assert len({a.text for a in articles}) == 30
    assert len({a.title for a in articles}) >= 25
    sentences = [s for a in articles for s in re.split(r"(?<=[.!?\"])\s+", a.text) if s.strip()]
    share = sum(bool(EVENT_WORDS.search(s)) for s in sentences) / len(sentences)
    assert 0.3 <= share <= 0.6, share


def test_generator_cli_writes_jsonl(corpus: ModuleType, tmp_path: Path) -> None:
    out = tmp_path / "bench.jsonl"
    assert corpus.main(["3", str(out), "--seed", "2"]) == 0
    records = [Article.model_validate_json(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records == corpus.generate_articles(3, seed=2)
