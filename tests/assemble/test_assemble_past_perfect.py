"""Assemble stage: a call or charge told in the past perfect is what came before the
report's events, told in passing (context), not an incident of the report.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tessera.records import Article, Document, Incident

PUBLISHED = "2024-03-09"


def _code(pipeline, text: str, language: str = "en") -> Document:
    return pipeline.extract(Article(id="t", text=text, published=PUBLISHED, language=language))


def _of_type(document: Document, kind: str) -> list[Incident]:
    return [i for i in document.incidents if i.type == kind]


@pytest.fixture(scope="module")
def french():
    from tessera.pipeline import Pipeline

    return Pipeline.for_language("fr")


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of workers marched in Harare on Friday. A coalition of unions had called for the "
        "release of three jailed union leaders.",
        "Police fired tear gas at students in Dakar on Friday. The student union had urged its members to "
        "demand the reopening of the campus.",
    ],
)
def test_a_call_in_the_past_perfect_is_context(pipeline, text):
    document = _code(pipeline, text)
    requests = _of_type(document, "REQUEST")
    assert requests, [(e.type, e.trigger.text) for e in document.events]
    assert all(i.context for i in requests)


@pytest.mark.parametrize(
    "text",
    [
        "The opposition leader called on Friday for the release of three jailed activists.",
        "The opposition leader has called for the release of three jailed activists.",
    ],
)
def test_a_call_in_the_past_or_present_perfect_is_reported(pipeline, text):
    document = _code(pipeline, text)
    requests = _of_type(document, "REQUEST")
    assert requests, [(e.type, e.trigger.text) for e in document.events]
    assert not any(i.context for i in requests)


def test_a_french_call_in_the_pluperfect_and_its_infinitives_are_context(french):
    text = (
        "Des centaines de commerçants ont manifesté vendredi à Bamako. Le collectif avait demandé aux "
        "habitants de manifester pour dénoncer la vie chère et exiger la baisse des prix."
    )
    document = _code(french, text, "fr")
    verbal = [i for i in document.incidents if i.type in ("REQUEST", "ACCUSE")]
    assert verbal, [(e.type, e.trigger.text) for e in document.events]
    assert all(i.context for i in verbal)


def test_a_french_call_in_the_passe_compose_is_reported(french):
    document = _code(french, "Le collectif a demandé aux habitants de manifester vendredi à Bamako.", "fr")
    requests = _of_type(document, "REQUEST")
    assert requests, [(e.type, e.trigger.text) for e in document.events]
    assert not any(i.context for i in requests)


def test_an_attack_told_in_the_past_perfect_is_another_occasion(french):
    # The report's attack in the passé composé; the one before it in the plus-que-parfait.
    document = _code(
        french,
        "Des hommes armés ont attaqué lundi le village de Tanout, tuant six civils. Des assaillants avaient "
        "déjà attaqué une caserne de l'armée dans la même zone.",
        "fr",
    )
    assert len(_of_type(document, "ASSAULT")) == 2


def test_a_past_perfect_mention_placed_in_the_attack_joins_it(french):
    # "lors de l'attaque" names the incident back: the victims' past perfect is no other occasion.
    document = _code(
        french,
        "Des hommes armés ont attaqué lundi le village de Tanout. Six civils avaient été tués lors de "
        "l'attaque, selon le maire.",
        "fr",
    )
    attacks = _of_type(document, "ASSAULT")
    assert len(attacks) == 1
    assert attacks[0].fatalities == 6
