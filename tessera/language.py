"""Language identification of article text, before parsing.

Only English is coded today; other languages are recognised so they can be stored
and reported as not yet coded rather than coded wrongly.
"""

from __future__ import annotations

import functools
import re

# Short English snippets (a headline, a two-line wire) often fool character-n-gram
# detectors; common English function words are reliable evidence at that length.
_ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to in a is was were that for on with as by at from has have had said "
    "it its are be been this which after".split()
)
_WORD = re.compile(r"[^\W\d_]+")
SAMPLE_CHARS = 2000
SHORT_TEXT_WORDS = 8


@functools.lru_cache(maxsize=1)
def _detector_factory():  # type: ignore[no-untyped-def]
    from langdetect import DetectorFactory

    DetectorFactory.seed = 0  # deterministic results across runs
    factory = DetectorFactory()
    from langdetect.detector_factory import PROFILES_DIRECTORY

    factory.load_profile(PROFILES_DIRECTORY)
    return factory


def english_word_share(text: str) -> float:
    words = [w.casefold() for w in _WORD.findall(text[:SAMPLE_CHARS])]
    if not words:
        return 0.0
    return sum(w in _ENGLISH_FUNCTION_WORDS for w in words) / len(words)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language, or "und" when it cannot be told."""
    sample = text[:SAMPLE_CHARS]
    if not _WORD.search(sample):
        return "und"
    if english_word_share(sample) >= 0.12:
        return "en"
    if len(_WORD.findall(sample)) < SHORT_TEXT_WORDS:
        # Too short to tell apart reliably (a name, a headline): take the language
        # the pipeline codes, rather than refusing to code it.
        return "en"
    from langdetect.lang_detect_exception import LangDetectException

    detector = _detector_factory().create()
    detector.append(sample)
    try:
        return str(detector.detect())
    except LangDetectException:
        return "und"
