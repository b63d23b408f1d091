"""scripts/eval_realnews.py: one batch scored alone (--ids), and what it refuses."""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

import pytest

from tests.script_loader import load_script

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "eval_realnews.py"


@pytest.fixture(scope="module")
def module():  # type: ignore[no-untyped-def]
    return load_script(SCRIPT, "eval_realnews_script_under_test")


def test_an_id_range_keeps_one_prefix_and_its_numbers(module) -> None:  # type: ignore[no-untyped-def]
    chosen = module._id_range(argparse.ArgumentParser(), "en-501..en-520")
    assert chosen("en-501") and chosen("en-520") and chosen("en-510")
    assert not chosen("en-500") and not chosen("en-521") and not chosen("fr-510")


@pytest.mark.parametrize("text", ["en-501", "en-520..en-501", "en-501..fr-520", "en-x..en-9"])
def test_a_malformed_range_is_a_usage_error(module, text: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit):
        module._id_range(argparse.ArgumentParser(), text)


def test_ids_and_docs_together_are_refused(module, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit):
        module.main(["--language", "en", "--ids", "en-1..en-2", "--docs", str(tmp_path / "A.md")])


def test_only_the_batch_is_scored(module, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    texts = tmp_path / "texts"
    texts.mkdir()
    rows = []
    for number, sentence in [(1, "Gunmen killed four soldiers in Mali on Monday."),
                             (2, "Police arrested ten protesters in Bamako on Tuesday."),
                             (3, "Troops killed six fighters near Gao on Friday.")]:
        article_id = f"en-{number:03d}"
        (texts / f"{article_id}.txt").write_text(sentence, encoding="utf-8")
        rows.append({"id": article_id, "url": f"https://example.org/{number}", "language": "en",
                     "published": "2024-03-08", "split": "study" if number % 2 else "score",
                     "text_sha256": hashlib.sha256(sentence.encode("utf-8")).hexdigest(),
                     "chars": len(sentence), "incidents": []})
    annotations = tmp_path / "en.jsonl"
    annotations.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    out = tmp_path / "figures.json"
    assert module.main(["--language", "en", "--annotations", str(annotations), "--texts", str(texts),
                        "--ids", "en-002..en-003", "--json", str(out)]) == 0
    assert "2 articles with their text" in capsys.readouterr().out
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["all"]["counts"]["articles"] == 2
    assert figures["study"]["counts"]["articles"] == 1 and figures["score"]["counts"]["articles"] == 1
    # each article's own counts travel with the figures, for scripts/compare_realnews.py
    assert set(figures["all"]["per_article"]) == {"en-002", "en-003"}
    assert set(figures["all"]["intervals"]) == {"incidents_complete", "predicted_right"}


def test_the_date_is_reported_apart_for_undated_articles(module, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    texts = tmp_path / "texts"
    texts.mkdir()
    gold = {"type": "ASSAULT", "date": {"start": "2024-03-04", "end": "2024-03-04"}}
    rows = []
    for number, (sentence, published) in enumerate([
            ("Gunmen killed four soldiers in Gao on Monday.", "2024-03-08"),
            ("Gunmen killed four soldiers in Gao on Monday 4 March.", None)], start=1):
        article_id = f"en-{number:03d}"
        (texts / f"{article_id}.txt").write_text(sentence, encoding="utf-8")
        rows.append({"id": article_id, "url": f"https://example.org/{number}", "language": "en",
                     "published": published, "split": "study",
                     "text_sha256": hashlib.sha256(sentence.encode("utf-8")).hexdigest(),
                     "chars": len(sentence), "incidents": [gold]})
    annotations = tmp_path / "en.jsonl"
    annotations.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    out, page = tmp_path / "figures.json", tmp_path / "ACCURACY.md"
    assert module.main(["--language", "en", "--annotations", str(annotations), "--texts", str(texts),
                        "--json", str(out), "--docs", str(page)]) == 0
    split = json.loads(out.read_text(encoding="utf-8"))["study"]["date_by_publication"]
    # The dated article's Monday is counted back from its publication date; the undated one
    # states no year, so it cannot be placed in time.
    assert split["dated"] == {"right": 1, "total": 1}
    assert split["undated"]["total"] == 1 and split["undated"]["right"] == 0
    section = page.read_text(encoding="utf-8")
    assert "| date, articles with a publication date | 1.000 (1/1) |" in section
    assert "| date, articles with none | 0.000 (0/1) |" in section
