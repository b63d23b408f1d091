"""Drills over the extractor (issue 14): hostile sentences never break extraction.

Hypothesis writes sentences from trigger words, numbers of every shape (exponents,
hundreds of digits, ranges), names and punctuation; extraction must not raise, every
number it reports must be finite, and every span must point inside the text.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tessera.pipeline import Pipeline
from tessera.records import Article

WORDS = [
    "gunmen",
    "killed",
    "attacked",
    "soldiers",
    "protesters",
    "marched",
    "police",
    "arrested",
    "the",
    "army",
    "said",
    "in",
    "Gao",
    "Djibo",
    "Mali",
    "on",
    "Friday",
    "at",
    "least",
    "about",
    "dozens",
    "of",
    "civilians",
    "were",
    "wounded",
    "explosion",
    "earthquake",
    "and",
    "not",
    "will",
    "threatened",
    "to",
    "bomb",
    "between",
    "hundred",
    "twenty-one",
    "March",
]
NUMBERS = st.one_of(
    st.integers(min_value=0, max_value=10**6).map(str),
    st.integers(min_value=1, max_value=400).map(lambda n: "9" * n),
    st.tuples(st.integers(0, 99), st.integers(0, 999)).map(lambda t: f"{t[0]}^{t[1]}"),
    st.tuples(st.integers(0, 99), st.integers(0, 999)).map(lambda t: f"{t[0]}e{t[1]}"),
    st.sampled_from(["1,000,000,000,000,000,000", "300-350", "10:30", "12/05/2020", "40bn", "nan", "inf"]),
)
TOKENS = st.one_of(st.sampled_from(WORDS), NUMBERS, st.sampled_from([",", ".", "^", "**", "-", "(", ")"]))


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.default()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(TOKENS, min_size=1, max_size=60))
def test_hostile_sentences_code_without_error_and_with_finite_numbers(pipeline: Pipeline, words: list[str]) -> None:
    text = " ".join(words)
    document = pipeline.extract(Article(id="drill", text=text, language="en"))
    for quantity in document.quantities:
        assert quantity.value is None or math.isfinite(quantity.value)
        assert quantity.max is None or math.isfinite(quantity.max)
        assert text[quantity.start : quantity.end] == quantity.text
    for event in document.events:
        assert event.fatalities is None or 0 <= event.fatalities < 100_000
        assert event.injuries is None or 0 <= event.injuries < 100_000
        assert text[event.trigger.start : event.trigger.end] == event.trigger.text
        assert 0 <= event.sentence.start <= event.sentence.end <= len(text)
