"""scripts/eval_all.py over a made-up gold folder and a stub extractor."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

import tessera.evaluate
from tessera.records import Article, Document
from tests.script_loader import load_script

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "eval_all.py"


@pytest.fixture()
def eval_all(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    module = load_script(SCRIPT, "eval_all_under_test")

    def nothing_found(articles: Iterable[Article]) -> Iterator[Document]:
        return (Document(id=a.id, language="en") for a in articles)

    monkeypatch.setattr(tessera.evaluate, "default_extractor", lambda: nothing_found)
    return module


@pytest.fixture()
def gold_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "gold"
    (folder / "events").mkdir(parents=True)
    (folder / "training").mkdir()
    record = {
        "id": "g1",
        "text": "Crowds rallied in the square.",
        "language": "en",
        "gold": {"types": ["PROTEST"], "no_event": False},
    }
    for path in (folder / "events" / "rallies.dev.jsonl", folder / "training" / "fake.dev.jsonl"):
        path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return folder


def test_skips_cleanly_without_gold(eval_all: ModuleType, tmp_path: Path) -> None:
    output = tmp_path / "ACCURACY.md"
    assert eval_all.main(["--gold-dir", str(tmp_path / "absent"), "--output", str(output)]) == 0
    assert not output.exists()


def test_writes_accuracy_table(eval_all: ModuleType, gold_dir: Path, tmp_path: Path) -> None:
    output = tmp_path / "ACCURACY.md"
    code = eval_all.main(["--gold-dir", str(gold_dir), "--output", str(output), "--no-throughput"])
    assert code == 0
    text = output.read_text()
    assert "| events | rallies | 1 | f1 | 0.000 |" in text
    assert "fake" not in text  # training stories are not scored


def test_update_expected_records_guard_figures(
    eval_all: ModuleType, gold_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected_file = tmp_path / "expected.json"
    monkeypatch.setattr(eval_all, "EXPECTED_FIGURES", expected_file)
    assert eval_all.main(["--gold-dir", str(gold_dir), "--update-expected"]) == 0
    expected = json.loads(expected_file.read_text())
    assert expected["tolerance"] == 0.02
    assert expected["sets"]["rallies"]["limit"] == 1  # all there is
    assert expected["sets"]["rallies"]["figures"]["recall"] == 0.0
    assert "precision" not in expected["sets"]["rallies"]["figures"]  # not measured: not held


def test_guard_limit_takes_leading_items_up_to_a_text_budget(eval_all: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "long.dev.jsonl"
    path.write_text("".join(json.dumps({"id": str(i), "text": "x" * 1000}) + "\n" for i in range(60)))
    assert eval_all.guard_limit(path, characters=15_000) == 15
    assert eval_all.guard_limit(path, characters=1_000) == eval_all.GUARD_MIN_ITEMS
    assert eval_all.guard_limit(path, characters=10**9) == eval_all.GUARD_MAX_ITEMS


def test_halves_are_written_side_by_side_and_kept_by_a_full_run(
    eval_all: ModuleType, gold_dir: Path, tmp_path: Path
) -> None:
    path = gold_dir / "events" / "rallies.dev.jsonl"
    record = json.loads(path.read_text())
    path.write_text("".join(json.dumps(dict(record, id=f"g{i}")) + "\n" for i in range(8)), encoding="utf-8")
    output = tmp_path / "ACCURACY.md"
    output.write_text("# Accuracy\n\nold table\n", encoding="utf-8")
    assert eval_all.main(["--gold-dir", str(gold_dir), "--output", str(output), "--split", "study"]) == 0
    assert "| rallies | recall | 0.000 | - |" in output.read_text()
    assert eval_all.main(["--gold-dir", str(gold_dir), "--output", str(output), "--split", "score"]) == 0
    text = output.read_text()
    assert "old table" in text and "| rallies | recall | 0.000 | 0.000 |" in text
    study = sum(tessera.evaluate.gold.split_of(f"g{i}") == "study" for i in range(8))
    assert f"| {study} / {8 - study} items |" in text
    assert eval_all.main(["--gold-dir", str(gold_dir), "--output", str(output), "--no-throughput"]) == 0
    rewritten = output.read_text()
    assert "old table" not in rewritten and "| events | rallies | 8 | f1 | 0.000 |" in rewritten
    assert "| rallies | recall | 0.000 | 0.000 |" in rewritten  # the marked section survives


def test_replace_section_sets_or_appends_a_marked_block() -> None:
    page = tessera.evaluate.replace_section("# Page\n", "realnews", "first")
    assert page.endswith("<!-- section:realnews -->\nfirst\n<!-- /section:realnews -->\n")
    page = tessera.evaluate.replace_section(page + "tail\n", "realnews", "second")
    assert "first" not in page and "second" in page and page.endswith("tail\n")
    assert list(tessera.evaluate.sections(page)) == ["realnews"]
