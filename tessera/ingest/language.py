"""Language identification at ingest: the same seeded detector the pipeline uses.

Ingest records each article's language before coding, so that articles in languages
the pipeline does not code yet are stored and reported as not coded. The detector
itself (langdetect, seeded, with an English function-word check for short texts)
lives in `tessera.language`, so ingest and extraction can never disagree.
"""

from __future__ import annotations

UNDETERMINED = "und"


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language ("en", "fr", ...), or "und" when unknown."""
    from tessera.language import detect_language as detect

    return detect(text)
