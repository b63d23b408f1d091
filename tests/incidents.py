"""Helpers shared by the assembly tests: what an analyst reads of a coded document."""

from __future__ import annotations

from tessera.records import Document, Incident


def assaults(document: Document) -> list[Incident]:
    """The asserted assaults told as incidents (not context)."""
    return [i for i in document.incidents if i.type == "ASSAULT" and not i.context and i.mode == "asserted"]
