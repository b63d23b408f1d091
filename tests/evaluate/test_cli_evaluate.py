"""`tessera evaluate KIND GOLD.jsonl` over a stub extractor (mirrors tessera/cli/evaluate.py)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

import tessera.evaluate
from tessera.cli import app
from tessera.records import Article, Document, Entity


def capital_words(articles: Iterable[Article]) -> Iterator[Document]:
    """Calls every capitalised word a person."""
    for article in articles:
        found, offset = [], 0
        for word in article.text.split():
            start = article.text.index(word, offset)
            offset = start + len(word)
            if word[:1].isupper():
                found.append(Entity(text=word, start=start, end=offset, label="PERSON"))
        yield Document(id=article.id, language="en", entities=found)


@pytest.fixture()
def gold_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(tessera.evaluate, "default_extractor", lambda: capital_words)
    text = "Minister Okoro met villagers in Jos."
    record = {
        "id": "d1",
        "text": text,
        "language": "en",
        "gold": {
            "entities": [
                {"text": "Okoro", "start": 9, "end": 14, "type": "Person", "confidence": 1},
                {"text": "villagers", "start": 19, "end": 28, "type": "Organisation", "confidence": 0.9},
            ]
        },
    }
    path = tmp_path / "re.dev.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def test_prints_figures_and_writes_report(gold_file: Path, tmp_path: Path) -> None:
    output = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["evaluate", "entities", str(gold_file), "--output", str(output)])
    assert result.exit_code == 0, result.output
    assert "entities re: 1 items" in result.output
    assert "recall" in result.output
    saved = json.loads(output.read_text())
    assert saved["figures"]["recall"] == 0.5
    assert saved["figures"]["precision"] == pytest.approx(1 / 3)


def test_verbose_lists_errors_with_their_text(gold_file: Path) -> None:
    result = CliRunner().invoke(app, ["evaluate", "entities", str(gold_file), "--verbose", "--limit", "1"])
    assert result.exit_code == 0, result.output
    assert "missed\td1 [19:28]\t'villagers'" in result.output
    assert "spurious\td1 [0:8]\t'Minister'" in result.output


def test_bad_kind_and_bad_gold_are_clear(gold_file: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["evaluate", "moods", str(gold_file)])
    assert result.exit_code == 2 and "choose one of" in result.output
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{not json\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", "entities", str(broken)])
    assert result.exit_code == 2 and "broken.jsonl:1" in result.output
