"""Commands of this group (placeholder until the group is written)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this module's commands to the `tessera` app."""
