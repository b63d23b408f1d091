"""scripts/cache_realnews_text.py and text_from_excerpt: the text cache rebuilt from search excerpts."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from types import ModuleType

import pytest

from tessera.evaluate.realnews import RealNewsArticle, text_from_excerpt
from tests.script_loader import load_script

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "cache_realnews_text.py"
BODY = "Gunmen killed 12 soldiers near Djibo on Friday.\n\nThe army said the attackers fled."


def record(text: str, article_id: str = "en-900") -> dict:
    return {"id": article_id, "url": "https://example.org/a", "language": "en", "published": None,
            "split": "study", "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "chars": len(text), "incidents": []}


def article(text: str) -> RealNewsArticle:
    return RealNewsArticle.model_validate(record(text))


@pytest.mark.parametrize("excerpt", [
    " date 2024-03-08 " + BODY,           # English recipe: marker dropped, whitespace stripped
    "  " + BODY + "\n",                    # whitespace around the text only
])
def test_the_english_recipe_cuts_marker_and_whitespace(excerpt: str) -> None:
    assert text_from_excerpt(article(BODY), excerpt) == BODY


def test_the_french_recipe_keeps_the_marker() -> None:
    annotated = " date 2024-03 " + BODY
    assert text_from_excerpt(article(annotated), annotated + "  ") == annotated


def test_a_blank_line_the_display_swallowed_is_put_back() -> None:
    shown = BODY.replace("\n\n", "\n")
    assert text_from_excerpt(article(BODY), shown) == BODY


def test_two_swallowed_line_breaks_are_put_back_together() -> None:
    annotated = BODY.replace("\n\n", "\n\n\n\n", 1)
    assert text_from_excerpt(article(annotated), BODY) == annotated
    assert text_from_excerpt(article(annotated + "\n\n\n"), BODY) is None


def test_an_excerpt_stored_longer_since_gives_its_annotated_opening() -> None:
    assert text_from_excerpt(article(BODY), " date 2024-03-08 " + BODY + "\n\nA paragraph added later.") == BODY


def test_any_other_difference_gives_none() -> None:
    assert text_from_excerpt(article(BODY), BODY.replace("12", "13")) is None
    assert text_from_excerpt(article(BODY), BODY.replace("12", "13") + " More words.") is None
    assert text_from_excerpt(article(BODY + " More words."), BODY) is None


@pytest.fixture()
def script() -> ModuleType:
    module = load_script(SCRIPT, "cache_realnews_text_under_test")
    return module


def test_the_script_writes_only_a_text_whose_hash_fits(script: ModuleType, tmp_path: Path) -> None:
    annotations = tmp_path / "en.jsonl"
    annotations.write_text(json.dumps(record(BODY)) + "\n", encoding="utf-8")
    texts = tmp_path / "texts"
    literal = tmp_path / "excerpt.json"
    literal.write_text(json.dumps(" date 2024-03-08 " + BODY, ensure_ascii=False), encoding="utf-8")
    assert script.main(["en-900", str(literal), "--annotations", str(annotations), "--texts", str(texts)]) == 0
    assert (texts / "en-900.txt").read_text(encoding="utf-8") == BODY

    wrong = tmp_path / "wrong.txt"
    wrong.write_text("Another story altogether.", encoding="utf-8")
    (texts / "en-900.txt").unlink()
    assert script.main(["en-900", str(wrong), "--annotations", str(annotations), "--texts", str(texts)]) == 1
    assert not (texts / "en-900.txt").exists()
    assert script.main(["en-999", str(wrong), "--annotations", str(annotations), "--texts", str(texts)]) == 2


def test_the_missing_list_groups_the_ids_without_their_text_by_query(
        script: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [dict(record(BODY, "en-901"), query="Djibo soldiers"),
            dict(record(BODY + "!", "en-902"), query="Djibo soldiers"),
            dict(record(BODY + "?", "en-903"), query="Kari post"),
            dict(record(BODY + ".", "en-904"), query="Kari post")]
    annotations = tmp_path / "en.jsonl"
    annotations.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "en-901.txt").write_text(BODY, encoding="utf-8")          # fits: not listed
    (texts / "en-903.txt").write_text("changed", encoding="utf-8")     # no longer fits: listed
    assert script.main(["--missing", "en", "--annotations", str(annotations), "--texts", str(texts)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == ["Djibo soldiers\ten-902", "Kari post\ten-903,en-904",
                     "3 ids without their text, 2 distinct queries"]
    assert sorted(p.name for p in texts.iterdir()) == ["en-901.txt", "en-903.txt"]
