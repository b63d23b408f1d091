"""scripts/compare_realnews.py: two runs of eval_realnews.py --json compared article by article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.script_loader import load_script

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "compare_realnews.py"


@pytest.fixture(scope="module")
def module():  # type: ignore[no-untyped-def]
    return load_script(SCRIPT, "compare_realnews_script_under_test")


def run(complete: list[int]) -> dict:
    """An eval_realnews.py --json payload: one gold incident and one prediction per article,
    complete (and right) where `complete` says 1."""
    per_article = {f"en-{n:03d}": {"gold_incidents": 1, "predicted": 1, "complete": c, "predicted_right": c}
                   for n, c in enumerate(complete)}
    counts = {"complete": sum(complete), "gold_incidents": len(complete), "predicted": len(complete),
              "predicted_right": sum(complete), "predicted_context_only": 0}
    share = round(sum(complete) / len(complete), 4)
    return {"score": {"figures": {"incidents_complete": share, "predicted_right": share}, "counts": counts,
                      "per_article": per_article}, "skipped": {"missing": [], "changed": []}}


def test_a_large_change_is_beyond_a_redraw_and_one_article_is_not(module, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    before, large, small = tmp_path / "a.json", tmp_path / "b.json", tmp_path / "c.json"
    before.write_text(json.dumps(run([1] * 20 + [0] * 20)), encoding="utf-8")
    large.write_text(json.dumps(run([1] * 35 + [0] * 5)), encoding="utf-8")
    small.write_text(json.dumps(run([1] * 21 + [0] * 19)), encoding="utf-8")
    assert module.main([str(before), str(large)]) == 0
    out = capsys.readouterr().out
    assert "== score: 40 articles in both runs" in out
    assert "incidents_complete: 0.5 -> 0.875  change +0.3750" in out and "beyond a redraw" in out
    assert "articles with more complete incidents: 15; with fewer: 0" in out
    assert module.main([str(before), str(small)]) == 0
    out = capsys.readouterr().out
    assert "change +0.0250" in out and "within a redraw" in out and "beyond" not in out


def test_a_file_without_per_article_counts_is_a_clear_error(module, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    old = tmp_path / "old.json"
    old.write_text(json.dumps({"score": {"figures": {}, "counts": {}}}), encoding="utf-8")
    with pytest.raises(SystemExit, match="no split with per-article counts"):
        module.main([str(old), str(old)])
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(SystemExit, match="not a JSON file"):
        module.main([str(broken), str(old)])
