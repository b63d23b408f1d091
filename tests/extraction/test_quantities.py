"""Quantities: numbers with their units, ranges and approximations, from tokens alone."""

from __future__ import annotations

import pytest

from tessera.extraction.quantities import extract_quantities, parse_number
from tessera.parse import ParsedArticle, Parser
from tessera.records import Quantity


@pytest.fixture(scope="module", params=["shallow", "deep"])
def parser(request: pytest.FixtureRequest) -> Parser:
    deep = request.param == "deep"
    return Parser(select=lambda doc: deep)


def quantities(parser: Parser, text: str) -> list[Quantity]:
    return extract_quantities(parser.parse(text))


def one(parser: Parser, text: str, phrase: str) -> Quantity:
    found = [q for q in quantities(parser, text) if phrase in q.text]
    assert found, f"{phrase!r} not in {[q.text for q in quantities(parser, text)]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "phrase", "value", "unit", "approximate", "upper"),
    [
        ("Gunmen killed 16 soldiers near the border.", "16 soldiers", 16, "soldiers", False, None),
        ("Sixteen soldiers were killed in the ambush.", "Sixteen soldiers", 16, "soldiers", False, None),
        ("Twenty-one villagers died in the raid.", "Twenty-one villagers", 21, "villagers", False, None),
        ("Rebels abducted a dozen students.", "a dozen students", 12, "students", False, None),
        ("Dozens of civilians fled the town.", "Dozens of civilians", 12, "civilians", True, None),
        ("Between 300 and 350 people were displaced.", "Between 300 and 350 people", 300, "people", False, 350),
        ("Officials said 300-350 homes burned.", "300-350 homes", 300, "homes", False, 350),
        ("About 4,300 French troops are deployed.", "About 4,300 French troops", 4300, "troops", True, None),
        ("At least 54 people died in the attack.", "At least 54 people", 54, "people", True, None),
        ("More than 100 protesters were arrested.", "More than 100 protesters", 100, "protesters", True, None),
        ("Nearly 20,000 refugees crossed the river.", "Nearly 20,000 refugees", 20000, "refugees", True, None),
        ("Some 300 militants took part.", "Some 300 militants", 300, "militants", True, None),
        ("The two countries share a 828-kilometer border.", "828-kilometer", 828, "kilometer", False, None),
        ("The camp lies 50 km from the capital.", "50 km", 50, "km", False, None),
        ("Donors pledged $40 billion in aid.", "$40 billion", 40e9, "USD", False, None),
        ("Food prices rose 12% in a month.", "12%", 12, "percent", False, None),
        ("Unemployment reached twelve percent.", "twelve percent", 12, "percent", False, None),
        ("Some 1.5 million people need aid.", "1.5 million people", 1.5e6, "people", True, None),
        ("Two or three houses were set on fire.", "Two or three houses", 2, "houses", True, 3),
        ("Some 40 pro-government fighters died.", "40 pro-government fighters", 40, "fighters", True, None),
        ("Police detained 3 ex-soldiers.", "3 ex-soldiers", 3, "ex-soldiers", False, None),
        # Number words: half of a multiple or a scale is a number, a multiple after a numeral multiplies it.
        ("Gunmen killed half a dozen villagers.", "half a dozen villagers", 6, "villagers", False, None),
        ("The war displaced half a million people.", "half a million people", 5e5, "people", False, None),
        ("Gunmen killed 2 dozen villagers.", "2 dozen villagers", 24, "villagers", False, None),
        ("Gunmen killed two dozen villagers.", "two dozen villagers", 24, "villagers", False, None),
        ("Gunmen killed a score of villagers.", "a score of villagers", 20, "villagers", False, None),
        ("A couple of policemen were killed.", "A couple of policemen", 2, "policemen", False, None),
        ("Tens of thousands of people fled.", "Tens of thousands of people", 1e4, "people", True, None),
        ("Hundreds of thousands of people fled.", "Hundreds of thousands of people", 1e5, "people", True, None),
    ],
)
def test_quantities(
    parser: Parser, text: str, phrase: str, value: float, unit: str, approximate: bool, upper: float | None
) -> None:
    quantity = one(parser, text, phrase)
    assert (quantity.value, quantity.unit, quantity.approximate, quantity.max) == (value, unit, approximate, upper)


def test_almost_half_is_a_relative_share(parser: Parser) -> None:
    quantity = one(parser, "They include about 4,300 troops, almost half of which are in the north.", "half")
    assert (quantity.text, quantity.value, quantity.unit, quantity.approximate) == (
        "almost half",
        0.5,
        "relative",
        True,
    )


@pytest.mark.parametrize(
    "text",
    [
        "The insurgency began in 2012 in the north.",
        "The attack took place on 3 March 2021.",
        "Fighting resumed at 10:30 a.m. on Friday.",
        "The 1st battalion and the third company moved in.",
        "A 52-year-old man was arrested.",
        "Resolution 2085 authorised the mission.",
        "date 2022-02-18 (Reuters) -- Talks resumed on 12/05/2021.",
        # A dateline's two-digit year after the month and day.
        "April 3, 14 (AFP) - Talks resumed in the capital.",
    ],
)
def test_years_dates_times_ordinals_and_ages_are_not_quantities(parser: Parser, text: str) -> None:
    assert quantities(parser, text) == []


def test_offsets_point_at_the_text(parser: Parser) -> None:
    text = "Militants killed 12 soldiers.\n\nAbout 3,000 people fled, and between 40 and 50 homes burned."
    found = quantities(parser, text)
    assert len(found) == 3
    for quantity in found:
        assert text[quantity.start : quantity.end] == quantity.text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("sixteen", 16),
        ("4,300", 4300),
        ("a dozen", 12),
        ("1.5 million", 1.5e6),
        ("twenty-one", 21),
        ("two hundred and fifty", 250),
        ("three thousand", 3000),
        ("40bn", 40e9),
        ("half", 0.5),
    ],
)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "soldiers", "a", "one two three", "twenty thirty", "5 six"])
def test_parse_number_rejects_non_numbers(text: str) -> None:
    assert parse_number(text) is None


def test_empty_article() -> None:
    assert extract_quantities(ParsedArticle(text="")) == []


def test_copyright_years_are_not_quantities():
    text = "The army said so. ©2023 Example News. Copyright 2021 Wire Service."
    parsed = Parser(select=lambda doc: False).parse(text)
    assert extract_quantities(parsed) == []


# --------------------------------------------------------------------------- absurd numbers (issue 14)
@pytest.mark.parametrize(
    "text",
    [
        "10^100 soldiers were killed.",
        "Gunmen killed 10 ^ 9 people.",
        "Gunmen killed 10**100 people.",
        "Gunmen killed 1e100 people.",
        "Gunmen killed 10⁹ people.",
    ],
)
def test_exponent_notation_is_refused_whole(parser: Parser, text: str) -> None:
    # Neither the whole ("10^100") nor a part of it ("10", "100") is a quantity.
    assert quantities(parser, text) == []


def test_a_number_too_large_to_be_a_quantity_gives_none_never_infinity(parser: Parser) -> None:
    text = f"Gunmen killed {'9' * 400} soldiers and 12 civilians."
    found = quantities(parser, text)
    assert [(q.text, q.value) for q in found] == [("12 civilians", 12)]
    assert parse_number("9" * 400) is None
    assert parse_number("1" + "0" * 16) is None  # past MAX_QUANTITY
    assert parse_number("40bn") == 4e10  # large sums are still read


def test_quantity_records_refuse_infinity_and_nan() -> None:
    from pydantic import ValidationError

    for bad in (float("inf"), float("-inf"), float("nan")):
        with pytest.raises(ValidationError):
            Quantity(text="x", start=0, end=1, value=bad)
        with pytest.raises(ValidationError):
            Quantity(text="x", start=0, end=1, value=1, max=bad)


def test_a_number_after_a_date_that_counts_something_stays_a_quantity(parser: Parser) -> None:
    text = "Rebels attacked the town on May 2, 12 soldiers died."
    assert [(q.text, q.value) for q in quantities(parser, text)] == [("12 soldiers", 12)]
