"""Language: which languages are coded (the one policy), and identifying an article's language.

The policy: an article is coded when its language is in `CODED_LANGUAGES`; any other
article is stored (and `extract` prints an empty document for it) and reported as
"not coded: language xx". An article whose language cannot be told ("und": no
letters, or a detector failure) is not coded either: there is nothing to code it
with. A language joins the set when the pipeline has a model for it (French, issue 13).
The ingest driver, the pipeline and the API all decide through `coding_decision`.

Detection runs before parsing and never loads a model: short English snippets are
told by their function words, longer texts by langdetect (seeded, deterministic).
"""

from __future__ import annotations

import functools
import re
from typing import Any, NamedTuple

# The languages the pipeline has a model for (tessera.parse.MODELS); French since issue 13.
CODED_LANGUAGES: frozenset[str] = frozenset({"en", "fr"})
UNDETERMINED = "und"

# Short English snippets (a headline, a two-line wire) often fool character-n-gram
# detectors; common English function words are reliable evidence at that length.
_ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to in a is was were that for on with as by at from has have had said "
    "it its are be been this which after".split()
)
_WORD = re.compile(r"[^\W\d_]+")
SAMPLE_CHARS = 2000
SHORT_TEXT_WORDS = 8


class CodingDecision(NamedTuple):
    """The language an article is taken to be in, and whether it is coded."""

    language: str
    coded: bool

    @property
    def reason(self) -> str:
        return "coded" if self.coded else f"not coded: language {self.language}"


def normalise_language(code: str) -> str:
    """ISO 639-1 primary subtag, lower case: "EN-us" -> "en"; empty -> "und"."""
    primary = code.strip().split("-")[0].split("_")[0].lower()
    return primary or UNDETERMINED


def coding_decision(text: str, given: str | None = None) -> CodingDecision:
    """The policy for one article: its language (as given, else detected) and whether it is coded."""
    language = normalise_language(given) if given else _detect_cached(text)
    return CodingDecision(language, language in CODED_LANGUAGES)


@functools.lru_cache(maxsize=1)
def _detector_factory() -> Any:
    from langdetect import DetectorFactory
    from langdetect.detector_factory import PROFILES_DIRECTORY

    DetectorFactory.seed = 0  # deterministic results across runs
    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    return factory


def english_word_share(text: str) -> float:
    words = [w.casefold() for w in _WORD.findall(text[:SAMPLE_CHARS])]
    if not words:
        return 0.0
    return sum(w in _ENGLISH_FUNCTION_WORDS for w in words) / len(words)


@functools.lru_cache(maxsize=4096)
def _detect_cached(text: str) -> str:
    return detect_language(text)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language, or "und" when it cannot be told."""
    sample = text[:SAMPLE_CHARS]
    if not _WORD.search(sample):
        return UNDETERMINED
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
        return UNDETERMINED
