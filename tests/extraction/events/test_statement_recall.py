"""Statements (PLOVER's verbal acts) that English wire reports tell and that were lost
(issue #12), in sentences written for these tests:

- a denial's "and" partner is the speaker's second act, not denied with the first ("denied
  any involvement and called for a probe");
- a statement in a participle clause on a verb of saying is what was said, and the
  speaker does it ("the general told a radio station, blaming the rebels");
- a statement in the present simple by a named or definite speaker is made as reported,
  not a habit ("Panama demands her release"); a vague speaker keeps it general;
- asking that is no demand ("asking not to be named", "asked whether ...") is no REQUEST.

Each sentence runs through the whole pipeline; the reported incidents (asserted, not
context) are checked as (type, actor text)."""

from __future__ import annotations

import datetime as dt

import pytest

from tessera.pipeline import Pipeline
from tessera.records import Article

PUBLISHED = dt.date(2024, 5, 6)
ANY = object()


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _reported(pipeline, text: str) -> list[tuple[str, str | None]]:
    document = pipeline.extract(Article(id="statements", text=text, language="en", published=PUBLISHED))
    return sorted(
        (i.type, i.actor.text if i.actor else None)
        for i in document.incidents
        if i.mode == "asserted" and not i.context
    )


CASES = [
    # A denial joined by "and" to a call: both acts are the speaker's, both asserted.
    (
        "The governor denied any involvement and called for an inquiry.",
        ("REJECT", "The governor"),
    ),
    ("The rebel group has denied the reports and urged an independent investigation.", ("REJECT", ANY)),
    # A participle clause on a verb of saying: the speaker's own statement.
    (
        "\"Four of our men were killed,\" Colonel Amadou Diallo told a local radio station, blaming jihadists.",
        ("ACCUSE", "Colonel Amadou Diallo"),
    ),
    ("Kenya's foreign ministry said on Monday, condemning the raid on the border post.", ("ACCUSE", ANY)),
    # A named or definite speaker's present simple: the statement as made.
    ("\"Chile demands the immediate release of the journalist,\" the president wrote.", ("REQUEST", "Chile")),
    ("The mission urgently calls on both communities to stop the fighting.", ("REQUEST", "The mission")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[text[:60] for text, _ in CASES])
def test_statement_reported(pipeline, text: str, expected) -> None:
    found = _reported(pipeline, text)
    kind, actor = expected
    assert any(t == kind and (actor is ANY or a == actor) for t, a in found), found


@pytest.mark.parametrize(
    "text",
    [
        # A habit or a vague speaker's present stays general.
        "Many residents denounce the conditions in the camps.",
        "Rights groups regularly condemn the abuses.",
        # Asking that is no demand.
        "\"We are leaving the town,\" a trader said, asking not to be named.",
        "Asked whether the troops would withdraw, the minister smiled.",
        "Reporters asked about the curfew.",
    ],
)
def test_no_statement(pipeline, text: str) -> None:
    assert not [t for t, _ in _reported(pipeline, text) if t in ("REQUEST", "ACCUSE")]


def test_denial_still_negates_its_content(pipeline) -> None:
    # The denied act itself stays negated: "denied attacking the convoy" reports no attack.
    assert not [t for t, _ in _reported(pipeline, "The militia denied attacking the convoy.") if t == "ASSAULT"]


def test_asking_for_an_act_is_a_request(pipeline) -> None:
    assert ("REQUEST", "The government") in _reported(pipeline, "The government asked Rwanda to withdraw its troops.")
