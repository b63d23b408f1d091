"""Tessera: structured, geocoded, deduplicated PLOVER event data from news text."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["Article", "Document", "extract", "extract_many"]
__version__ = "0.1.0"

if TYPE_CHECKING:
    from tessera.records import Article, Document


def __getattr__(name: str) -> Any:
    # Lazy: importing tessera must not load spaCy or the gazetteer.
    if name in ("extract", "extract_many"):
        from tessera import pipeline

        return getattr(pipeline, name)
    if name in ("Article", "Document"):
        from tessera import records

        return getattr(records, name)
    raise AttributeError(f"module 'tessera' has no attribute {name!r}")
