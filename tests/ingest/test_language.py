"""Language detection at ingest: deterministic, and "und" when there is nothing to tell."""

from __future__ import annotations

from tessera.ingest import detect_language


def test_detects_english_and_french_repeatably() -> None:
    english = "Soldiers clashed with armed men near the border on Sunday, the defence ministry said."
    french = "Des soldats ont affronté des hommes armés près de la frontière dimanche, selon le ministère."
    assert [detect_language(english) for _ in range(3)] == ["en"] * 3
    assert [detect_language(french) for _ in range(3)] == ["fr"] * 3


def test_text_without_words_is_undetermined() -> None:
    assert detect_language("12 345 -- 67") == "und"
