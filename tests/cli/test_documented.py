"""Every command of the CLI is shown in the README, so users can find it."""

from pathlib import Path

from typer.main import get_command

from tessera.cli import app

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme():
    commands = get_command(app).commands  # type: ignore[attr-defined]
    assert {"extract", "ingest", "events", "export", "serve"} <= set(commands)
    missing = [name for name in commands if f"tessera {name}" not in README]
    assert not missing, f"commands missing from README.md: {missing}"
