"""`tessera extract`: inputs, output order, per-record errors and exit status."""

import json

import pytest
from typer.testing import CliRunner

from tessera.cli import app

REPORT = "Gunmen attacked a village near Djibo on Friday, killing nine civilians, local officials said."


@pytest.fixture(scope="module")
def runner(pipeline):  # the session pipeline is loaded once and reused by the command
    return CliRunner()


def _documents(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_jsonl_in_input_order(runner, tmp_path):
    path = tmp_path / "articles.jsonl"
    rows = [{"id": f"n{i}", "text": REPORT, "published": "2023-03-10"} for i in range(5)]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    assert [d["id"] for d in _documents(result.stdout)] == [f"n{i}" for i in range(5)]


def test_text_file_with_published_date_and_output_file(runner, tmp_path):
    article = tmp_path / "report.txt"
    article.write_text(REPORT)
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(article), "--published", "2023-03-10", "--output", str(out)])
    assert result.exit_code == 0, result.output
    (document,) = _documents(out.read_text())
    assert document["id"] == "report"
    assert any(d["value"] == "2023-03-10" for d in document["dates"])


def test_stdin_text(runner):
    result = runner.invoke(app, ["extract", "-"], input=REPORT)
    assert result.exit_code == 0
    assert len(_documents(result.stdout)) == 1


def test_bad_records_are_reported_with_line_and_id_and_the_rest_is_coded(runner, tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(
        b'{"id": "good-1", "text": "Troops withdrew from Menaka on Monday."}\n'
        b'{"id": "broken", "text": \n'
        b'{"id": "no-text-here"}\n'
        b'{"id": "bad-utf8", "text": "caf\xe9"}\n'
        b'{"id": "good-2", "text": "Police arrested twelve protesters in Niamey."}\n'
    )
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 1
    assert [d["id"] for d in _documents(result.stdout)] == ["good-1", "good-2"]
    errors = result.stderr
    assert f"{path}:2" in errors and "malformed JSON" in errors
    assert f"{path}:3" in errors and "no-text-here" in errors and "text" in errors
    assert f"{path}:4" in errors and "UTF-8" in errors


def test_bad_published_option_is_refused(runner, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(REPORT)
    result = runner.invoke(app, ["extract", str(article), "--published", "last friday"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


def test_missing_file_is_a_failure_not_a_crash(runner, tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "nowhere.jsonl")])
    assert result.exit_code == 1
    assert "no such file" in result.stderr


def test_output_dir_writes_parquet_parts(runner, tmp_path):
    import pyarrow.parquet as pq

    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(json.dumps({"id": f"p{i}", "text": REPORT}) for i in range(3)) + "\n")
    out = tmp_path / "parts"
    result = runner.invoke(app, ["extract", str(path), "--output-dir", str(out)])
    assert result.exit_code == 0, result.output
    table = pq.read_table(out)
    assert sorted(table.column("id").to_pylist()) == ["p0", "p1", "p2"]
    assert all(n >= 1 for n in table.column("n_events").to_pylist())
