"""scripts/fingerprint.py: the pipeline's whole output over fixed inputs, hashed and compared."""

from __future__ import annotations

import json
from pathlib import Path

from tests.script_loader import load_script

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "fingerprint.py"
fingerprint = load_script(SCRIPT, "fingerprint_script")


def test_the_same_code_gives_the_same_hash_and_compares_identical(tmp_path: Path, capsys) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    assert fingerprint.main([str(first), "--sets", "demo-fr", "--limit", "2"]) == 0
    assert fingerprint.main([str(second), "--sets", "demo-fr", "--limit", "2", "--compare", str(first)]) == 0
    printed = capsys.readouterr().out.splitlines()
    hashes = [line.split("sha256 ")[1] for line in printed if "sha256" in line]
    assert len(hashes) == 2 and hashes[0] == hashes[1]
    assert printed[-1] == "identical"
    lines = (first / "demo-fr.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and all(json.loads(line)["language"] == "fr" for line in lines)


def test_a_changed_output_is_named_by_its_article(tmp_path: Path, capsys) -> None:
    base, now = tmp_path / "base", tmp_path / "now"
    fingerprint.main([str(base), "--sets", "demo-fr", "--limit", "2"])
    lines = (base / "demo-fr.jsonl").read_text(encoding="utf-8").splitlines()
    changed = json.loads(lines[1])
    changed["events"] = []
    (base / "demo-fr.jsonl").write_text(lines[0] + "\n" + json.dumps(changed) + "\n", encoding="utf-8")
    assert fingerprint.main([str(now), "--sets", "demo-fr", "--limit", "2", "--compare", str(base)]) == 1
    printed = capsys.readouterr().out
    assert f"DIFFERS from {base / 'demo-fr.jsonl'}: {changed['id']}" in printed
    assert printed.rstrip().endswith("1 sets differ: demo-fr")


def test_an_absent_input_is_skipped_and_an_unknown_set_refused(tmp_path: Path, capsys) -> None:
    assert fingerprint.main([str(tmp_path), "--sets", "gold-plover", "--gold-dir", str(tmp_path / "none")]) == 0
    assert "gold-plover: skipped (no input here)" in capsys.readouterr().out
    try:
        fingerprint.main([str(tmp_path), "--sets", "no-such-set"])
    except SystemExit as exit:
        assert exit.code == 2
    else:
        raise AssertionError("an unknown set name was accepted")
