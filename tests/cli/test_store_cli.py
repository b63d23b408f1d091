"""`tessera ingest | failures | events | export | recode` through the real command line app."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tessera.cli import app
from tessera.ingest.driver import DefaultExtractor
from tessera.records import Article, Document
from tests.store.store_builders import GAO, day, event

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "tessera" / "data" / "demo" / "articles.jsonl"
runner = CliRunner()


class _AttacksInGao:
    """Stand-in pipeline: every article's first sentence is an attack in Gao on 17 Feb 2022."""

    def extract_many(self, articles: Iterable[Article]) -> Iterator[Document]:
        for article in articles:
            sentence = article.text.split(". ")[0]
            events = [event(article.text, sentence, location=GAO, date=day("2022-02-17"))] if " " in sentence else []
            yield Document(id=article.id, language="en", events=events)


@pytest.fixture
def scripted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(DefaultExtractor, "extract_many", _AttacksInGao.extract_many)


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.sqlite'}"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "one.txt").write_text("Gunmen attacked a convoy near Gao on Thursday. Eight soldiers died.")
    (folder / "two.jsonl").write_text(
        '{"id": "w1", "text": "Militants attacked troops in Gao on Thursday, officials said. The toll rose."}\n'
        "{not json\n"
    )
    (folder / "empty.txt").write_text("")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    return folder


def test_ingest_mixed_folder_stores_good_articles_and_reports_bad_ones(scripted: None, db: str, tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    result = runner.invoke(app, ["ingest", str(folder), "--db", db])
    assert result.exit_code == 1
    assert "articles: 2 new, 0 already known, 3 failed" in result.stdout
    assert "tessera failures" in result.stderr

    failures = runner.invoke(app, ["failures", "--db", db, "--format", "json"])
    reasons = {Path(f["source"]).name: f["reason"] for f in json.loads(failures.stdout)}
    assert reasons["empty.txt"] == "empty file"
    assert "binary" in reasons["photo.jpg"]
    assert reasons["two.jsonl:2"].startswith("malformed JSON")

    again = runner.invoke(app, ["ingest", str(folder), "--db", db])
    assert "articles: 0 new, 2 already known, 3 failed" in again.stdout


def test_events_list_show_and_formats(scripted: None, db: str, tmp_path: Path) -> None:
    runner.invoke(app, ["ingest", str(_folder(tmp_path)), "--db", db])
    listed = json.loads(runner.invoke(app, ["events", "--db", db, "--format", "json"]).stdout)
    [only] = listed  # two reports of one attack
    assert only["source_count"] == 2 and only["location"] == "Gao"

    table = runner.invoke(app, ["events", "--db", db, "--country", "MLI"])
    assert only["id"] in table.stdout and "ASSAULT" in table.stdout
    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, ["events", "--db", db, "--format", "csv"]).stdout)))
    assert [r["id"] for r in rows] == [only["id"]]
    assert runner.invoke(app, ["events", "--db", db, "--country", "NER", "--format", "json"]).stdout.strip() == "[]"

    shown = runner.invoke(app, ["events", "--db", db, "show", only["id"]])
    assert shown.exit_code == 0
    assert "sources (2 articles, 2 mentions)" in shown.stdout
    assert '"Gunmen attacked a convoy near Gao on Thursday' in shown.stdout
    assert "merged because:" in shown.stdout
    missing = runner.invoke(app, ["events", "show", "nope", "--db", db])
    assert missing.exit_code == 1 and "no event" in missing.stderr


def test_bad_filters_are_clear_errors(db: str) -> None:
    result = runner.invoke(app, ["events", "--db", db, "--type", "FIGHTING"])
    assert result.exit_code == 2 and "unknown type 'FIGHTING'" in result.stderr
    result = runner.invoke(app, ["events", "--db", db, "--bbox", "1,2,3"])
    assert result.exit_code == 2 and "four numbers" in result.stderr


def test_export_and_recode(scripted: None, db: str, tmp_path: Path) -> None:
    runner.invoke(app, ["ingest", str(_folder(tmp_path)), "--db", db])
    out = tmp_path / "events.geojson"
    result = runner.invoke(app, ["export", "--format", "geojson", "--output", str(out), "--db", db])
    assert result.exit_code == 0 and "1 events written" in result.stderr
    assert json.loads(out.read_text())["features"][0]["geometry"]["type"] == "Point"
    acled = runner.invoke(app, ["export", "--format", "acled", "--db", db])
    assert acled.stdout.startswith("event_id_cnty,event_date,event_type")
    assert runner.invoke(app, ["export", "--format", "xml", "--db", db]).exit_code == 2

    recoded = runner.invoke(app, ["recode", "--db", db])
    assert recoded.exit_code == 0 and "articles recoded: 2" in recoded.stdout
    assert len(json.loads(runner.invoke(app, ["events", "--db", db, "--format", "json"]).stdout)) == 1


@pytest.mark.slow
def test_demo_corpus_with_the_real_pipeline_twice_gives_the_same_counts(db: str) -> None:
    if not DEMO.exists():
        pytest.skip(f"demo corpus not found at {DEMO}")
    first = runner.invoke(app, ["ingest", str(DEMO), "--db", db])
    assert first.exit_code == 0, first.stdout + first.stderr
    new = int(re.search(r"articles: (\d+) new", first.stdout).group(1))  # type: ignore[union-attr]
    assert new == sum(1 for line in DEMO.read_text().splitlines() if line.strip())
    events_before = json.loads(
        runner.invoke(app, ["events", "--db", db, "--format", "json", "--limit", "100000"]).stdout
    )
    second = runner.invoke(app, ["ingest", str(DEMO), "--db", db])
    assert f"articles: 0 new, {new} already known, 0 failed" in second.stdout
    events_after = json.loads(
        runner.invoke(app, ["events", "--db", db, "--format", "json", "--limit", "100000"]).stdout
    )
    assert events_after == events_before
    # The demo corpus holds several incidents reported more than once.
    assert any(e["source_count"] >= 2 for e in events_after)


def test_every_store_command_is_documented() -> None:
    doc = (REPO / "docs" / "STORE.md").read_text()
    for command in ("tessera ingest", "tessera recode", "tessera failures", "tessera events", "tessera export"):
        assert command in doc, command
    for format in ("csv", "jsonl", "parquet", "geojson", "acled", "plover"):
        assert format in doc


@pytest.mark.slow
def test_recode_on_a_process_pool_codes_every_article_again(db: str, tmp_path: Path) -> None:
    """`recode --workers 2`: the real pipeline in two worker processes, one writer."""
    assert runner.invoke(app, ["ingest", str(_folder(tmp_path)), "--db", db]).exit_code == 1  # "{not json" fails
    before = json.loads(runner.invoke(app, ["events", "--db", db, "--format", "json"]).stdout)
    recoded = runner.invoke(app, ["recode", "--db", db, "--workers", "2"])
    assert recoded.exit_code == 0, recoded.stdout + recoded.stderr
    assert "articles recoded: 2, failed: 0" in recoded.stdout
    after = json.loads(runner.invoke(app, ["events", "--db", db, "--format", "json"]).stdout)
    assert after and sorted(e["type"] for e in after) == sorted(e["type"] for e in before)
