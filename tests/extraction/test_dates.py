"""Dates: temporal expressions found in every sentence and normalised against publication."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tessera.extraction.dates import (
    dateline_day,
    extract_dates,
    filing_span,
    month_part,
    occasion_day,
    period_so_far,
    reported_dates,
    reported_speech,
    speech_day,
    url_date,
)
from tessera.parse import ParsedArticle, Parser
from tessera.records import DateValue

PUBLISHED = dt.date(2022, 2, 18)  # a Friday
SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "examples" / "seed-article.txt"


@pytest.fixture(scope="module")
def shallow() -> Parser:
    return Parser(select=lambda doc: False)


@pytest.fixture(scope="module")
def deep() -> Parser:
    return Parser(select=lambda doc: True)


def dates_of(parser: Parser, text: str, published: dt.date | None = PUBLISHED) -> list[DateValue]:
    return extract_dates(parser.parse(text), published)


def one(parser: Parser, text: str, phrase: str, published: dt.date | None = PUBLISHED) -> DateValue:
    found = [d for d in dates_of(parser, text, published) if phrase in d.text]
    assert found, f"{phrase!r} not found in {[d.text for d in dates_of(parser, text, published)]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "phrase", "value", "precision"),
    [
        ("The minister spoke to reporters on Friday.", "Friday", "2022-02-18", "day"),
        ("Rebels attacked the town on Tuesday.", "Tuesday", "2022-02-15", "day"),
        ("Thursday's attack killed four people.", "Thursday", "2022-02-17", "day"),
        ("The army seized power in a coup last year.", "last year", "2021", "year"),
        ("Prices doubled last month.", "last month", "2022-01", "month"),
        ("Talks collapsed last week.", "last week", "2022-02-07/2022-02-13", "interval"),
        # A past "this week" runs from Monday to publication; "earlier this week" to the day before;
        # a planned one, or "later this week", is the whole week.
        ("Fighting spread this week.", "this week", "2022-02-14/2022-02-18", "interval"),
        ("Soldiers arrested two mayors earlier this week.", "this week", "2022-02-14/2022-02-17", "interval"),
        ("The envoys will meet in Niamey this week.", "this week", "2022-02-14/2022-02-20", "interval"),
        ("The court rules on the appeal later this week.", "this week", "2022-02-14/2022-02-20", "interval"),
        ("The convoy was ambushed in March near the border.", "March", "2021-03", "month"),
        ("The camp was raided on December 23.", "December 23", "2021-12-23", "day"),
        ("The force has operated in the region since 2013.", "since 2013", "2013-01-01/2022-02-18", "interval"),
        ("The force will withdraw over about six months.", "six months", "2022-02-18/2022-08-18", "interval"),
        ("Elections were held in January 2022.", "January 2022", "2022-01", "month"),
        ("The insurgency began in 2012.", "2012", "2012", "year"),
        ("Protests erupted earlier this month.", "earlier this month", "2022-02", "month"),
        ("The village was attacked on 3 March 2021.", "3 March 2021", "2021-03-03", "day"),
        ("Gunmen struck on the night of 3/4 May 2021.", "3/4 May 2021", "2021-05-03/2021-05-04", "interval"),
        ("Police arrested two men yesterday.", "yesterday", "2022-02-17", "day"),
        ("The president will speak today.", "today", "2022-02-18", "day"),
        ("The group grew stronger in mid-2019.", "mid-2019", "2019", "year"),
        ("Violence surged in late 2020.", "late 2020", "2020", "year"),
        ("The war lasted through the 1990s.", "1990s", "1990-01-01/1999-12-31", "interval"),
        ("The treaty was signed on Aug. 7, 1998.", "Aug. 7, 1998", "1998-08-07", "day"),
        ("A ceasefire took effect on 2021-06-01.", "2021-06-01", "2021-06-01", "day"),
        ("Two soldiers died a year ago.", "a year ago", "2021", "year"),
        ("The rally was held in July last year.", "July last year", "2021-07", "month"),
        ("The results came out in the third quarter of 2021.", "third quarter", "2021-07-01/2021-09-30", "interval"),
        ("Troops returned over the weekend.", "the weekend", "2022-02-12/2022-02-13", "interval"),
        ("The bomb went off in nineteen ninety-six.", "nineteen ninety-six", "1996", "year"),
    ],
)
def test_expressions_are_normalised_against_publication(
    shallow: Parser, text: str, phrase: str, value: str, precision: str
) -> None:
    date = one(shallow, text, phrase)
    assert (date.value, date.precision) == (value, precision)


@pytest.mark.parametrize(
    "text",
    ["The crowd gathered outside a 1970s tower block in the suburb.", "They met in a 1980s office building downtown."],
)
def test_a_decade_describing_a_thing_dates_nothing(shallow: Parser, text: str) -> None:
    # "a 1970s tower block" tells when the building was made, not when anything told happened.
    assert not [d for d in dates_of(shallow, text, PUBLISHED) if "0s" in d.text]


def test_future_context_picks_the_next_occurrence(shallow: Parser) -> None:
    assert one(shallow, "The leaders will meet on Tuesday.", "Tuesday").value == "2022-02-22"


def test_the_previous_day_counts_from_the_last_day_mentioned(shallow: Parser) -> None:
    text = "The attack took place on Tuesday. Soldiers had arrived in the town the previous day."
    assert one(shallow, text, "the previous day").value == "2022-02-14"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # The clause after "the same day" tells which day it is: another event's, unplaced.
        ("The mayor spoke on Tuesday. The riot broke out on the same day the town was holding its festival.", None),
        ("The mayor spoke on Tuesday. The ambush happened the same day that two engineers were abducted.", None),
        # Told alone, after a place, or opening its sentence: the day last told.
        ("The mayor spoke on Tuesday. A second man was shot on the same day in the market.", "2022-02-15"),
        ("The mayor spoke on Tuesday. A second man died of his wounds the same day.", "2022-02-15"),
        ("The mayor spoke on Tuesday. The same day police arrested ten people.", "2022-02-15"),
        ("The mayor spoke on Tuesday. On the same day gunmen burned a church.", "2022-02-15"),
        ("The mayor spoke on Tuesday. Later the same day police arrested ten people.", "2022-02-15"),
        ("The mayor spoke on Tuesday. Also on the same day gunmen burned a church.", "2022-02-15"),
        ("The mayor spoke on Tuesday. A guard died the same day according to the police.", "2022-02-15"),
        ("The mayor spoke on Tuesday. A second man was shot the same day around noon.", "2022-02-15"),
    ],
)
def test_the_same_day_a_clause_defines_is_not_the_last_day_told(shallow: Parser, text: str, value: str | None) -> None:
    assert one(shallow, text, "same day").value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Counted from the day the story last named (Tuesday 15th), not from publication.
        ("Rebels seized the port on Tuesday. A day earlier, they shelled the airport.", "A day earlier", "2022-02-14"),
        ("Rebels seized the port on Tuesday. Two days later, troops retook it.", "Two days later", "2022-02-17"),
        ("Rebels seized the port on Tuesday. The navy had left it a week earlier.", "a week earlier", "2022-02-08"),
        ("Rebels seized the port on Tuesday. The navy had left three days before.", "three days before", "2022-02-12"),
    ],
)
def test_days_earlier_or_later_count_from_the_last_day_mentioned(
    shallow: Parser, text: str, phrase: str, value: str
) -> None:
    assert one(shallow, text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # The clause's event, counted back from the story's last named day (Tuesday 15th).
        ("Rebels seized the port on Tuesday. It came two days after the navy withdrew its ships.", "two days after",
         "2022-02-13"),
        ("The raid on Tuesday came a day after the governor imposed a curfew.", "a day after", "2022-02-14"),
        ("The raid on Tuesday came less than two weeks after the army launched an offensive.",
         "less than two weeks after", "2022-02-02/2022-02-14"),
        ("Rebels seized the port on Tuesday, three days before voters go to the polls.", "three days before",
         "2022-02-18"),
    ],
)
def test_a_distance_before_a_clause_dates_the_clauses_event(deep: Parser, text: str, phrase: str, value: str) -> None:
    assert one(deep, text, phrase).value == value


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # Before a noun, the noun names the known event: the later one is the main clause's.
        ("Rebels seized the port on Tuesday. A wounded sailor died a day after the raid.", "a day after"),
        # No bound to count.
        ("Rebels seized the port on Tuesday, more than a week after the navy withdrew.", "more than a week after"),
    ],
)
def test_a_distance_before_a_noun_or_without_bound_is_not_placed(deep: Parser, text: str, phrase: str) -> None:
    assert one(deep, text, phrase).value is None


def test_days_before_a_named_event_are_not_placed(shallow: Parser) -> None:
    # "two days before the vote" dates the vote's eve, which the vote's own day must give.
    text = "Rebels seized the port on Tuesday. The navy had left two days before the vote."
    assert one(shallow, text, "two days before").value is None


def test_offsets_point_at_the_text(shallow: Parser) -> None:
    text = "On Monday, gunmen attacked a market.\n\nThe army responded on 5 February 2022."
    for date in dates_of(shallow, text):
        assert text[date.start : date.end] == date.text


def test_without_publication_only_absolute_dates_resolve(shallow: Parser) -> None:
    found = {d.text: d for d in dates_of(shallow, "Clashes on Friday followed the 3 March 2021 accord.", None)}
    assert (found["Friday"].value, found["Friday"].precision) == (None, "unknown")
    assert found["3 March 2021"].value == "2021-03-03"


@pytest.mark.parametrize(
    "text",
    [
        "Demonstrators staged a march through Bamako.",
        "Officials said the talks may resume.",
        "He was jailed for three years.",
        "About 2000 soldiers were deployed.",
        "The company earned $2015 in profit.",
        "Flight 1990 landed safely and 25,000 troops left.",
    ],
)
def test_not_dates(shallow: Parser, text: str) -> None:
    assert [d.text for d in dates_of(shallow, text) if d.precision != "unknown"] == []


def test_durations_without_anchor_are_not_dates(shallow: Parser) -> None:
    assert not [d for d in dates_of(shallow, "The siege lasted six months.") if "six months" in d.text]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Gunmen raided the market on Tuesday. Two hours later, a mortar round hit the police post.",
         "Two hours later", "2022-02-15"),
        ("Gunmen raided the market on Tuesday.\n\nJust under an hour later a mortar round hit the police post.",
         "under an hour later", "2022-02-15"),
        ("Gunmen raided the market on Tuesday and minutes later a mortar round hit the police post.",
         "minutes later", "2022-02-15"),
        # further back, what it follows may be another day's news: left unplaced
        ("Gunmen raided the market on Tuesday. The traders fled. Two hours later, a mortar round hit the post.",
         "Two hours later", None),
        # nor a span of two days
        ("Gunmen raided the market on Tuesday. 48 hours later, a mortar round hit the police post.",
         "48 hours later", None),
    ],
)
def test_hours_later_is_on_the_day_told_just_before(shallow: Parser, text: str, phrase: str, value: str | None) -> None:
    values = [d.value for d in dates_of(shallow, text) if phrase in d.text]
    assert (values == [value]) if value else not any(values), values


def test_vague_references_are_found_but_not_placed(shallow: Parser) -> None:
    date = one(shallow, "The group now controls the area.", "now")
    assert (date.value, date.precision) == (None, "unknown")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The militia has in recent weeks taken three villages.", "recent weeks", "2022-02-04/2022-02-17"),
        ("In recent days, soldiers have fired on marchers in the port.", "recent days", "2022-02-12/2022-02-17"),
        ("Over recent weeks the army shelled the valley.", "recent weeks", "2022-02-04/2022-02-17"),
    ],
)
def test_recent_period_ends_the_day_before_publication(
        shallow: Parser, deep: Parser, text: str, phrase: str, value: str) -> None:
    for parser in (shallow, deep):
        date = one(parser, text, phrase)
        assert (date.value, date.precision) == (value, "interval")


def test_recent_period_stops_the_day_before_publication_across_a_month(shallow: Parser) -> None:
    # What "in recent days" tells led up to the report: the six days back to the day before it.
    date = one(shallow, "Herders say raiders have taken cattle in recent days.", "recent days",
               published=dt.date(2024, 3, 1))
    assert (date.value, date.precision) == ("2024-02-24/2024-02-29", "interval")


def test_recent_period_without_publication_is_unplaced(shallow: Parser) -> None:
    date = one(shallow, "The militia has in recent weeks taken three villages.", "recent weeks", published=None)
    assert (date.value, date.precision) == (None, "unknown")
    months = one(shallow, "Raids have grown in recent months.", "recent months")
    assert (months.value, months.precision) == (None, "unknown")


def test_lowercased_text(shallow: Parser) -> None:
    date = one(shallow, "the attack happened on friday in the north.", "friday")
    assert date.value == "2022-02-18"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Gunmen raided a police post on wednesday night, officials said.", "wednesday night", "2022-02-16"),
        ("The Army said the convoy was ambushed last sunday near the river.", "last sunday", "2022-02-13"),
    ],
)
def test_a_lowercase_weekday_in_mixed_case_text_is_a_day(shallow: Parser, text: str, phrase: str, value: str) -> None:
    """A full weekday name is no other word: in mixed-case copy it is a day uncapitalised too."""
    assert one(shallow, text, phrase).value == value


def test_a_lowercase_month_or_abbreviation_in_mixed_case_text_is_no_date(shallow: Parser) -> None:
    assert not dates_of(shallow, "Troops may march to the sun gate and sat down, the Army said.")


def test_deep_and_shallow_agree(shallow: Parser, deep: Parser) -> None:
    text = "Militants killed 12 soldiers on Wednesday, a week after an attack on 3 February."
    assert [(d.text, d.value) for d in dates_of(shallow, text)] == [(d.text, d.value) for d in dates_of(deep, text)]


def test_seed_article(shallow: Parser) -> None:
    if not SEED.exists():
        pytest.skip("seed article not available (../shared/examples)")
    text = SEED.read_text("utf-8")
    found = {d.text: d for d in extract_dates(shallow.parse(text), PUBLISHED)}
    assert found["since 2013"].value == "2013-01-01/2022-02-18"
    assert found["Friday"].value == "2022-02-18"
    assert found["last year"].value == "2021"
    assert found["2012"].value == "2012"
    assert any("six months" in t and d.precision == "interval" for t, d in found.items())


def test_empty_article() -> None:
    assert extract_dates(ParsedArticle(text=""), PUBLISHED) == []


# --------------------------------------------------------------------------- incident dates (#12 item 4)
def test_a_night_across_two_days_is_both_days(shallow: Parser) -> None:
    found = dates_of(shallow, "Gunmen attacked Kari overnight Thursday to Friday.", dt.date(2024, 3, 6))
    assert [(d.text, d.value, d.precision) for d in found] == [
        ("overnight Thursday to Friday", "2024-02-29/2024-03-01", "interval")
    ]


@pytest.mark.parametrize(("words", "value"), [("New Year's Eve", "2023-12-31"), ("Christmas Day", "2023-12-25")])
def test_named_days_are_the_latest_before_publication(shallow: Parser, words: str, value: str) -> None:
    found = dates_of(shallow, f"Gunmen killed twelve people in Mali on {words}.", dt.date(2024, 3, 6))
    assert [(d.text, d.value) for d in found] == [(words, value)]


@pytest.mark.parametrize(
    ("text", "found_words"),
    [
        ("Gunmen attacked a church in Mali on Christmas, killing nine worshippers.", [("Christmas", "2023-12-25")]),
        ("Gunmen attacked a church in Mali on Christmas morning.", [("Christmas", "2023-12-25")]),
        # Not a day: a season or a modifier.
        ("Attacks on churches in Mali rose over Christmas.", []),
        ("Gunmen attacked Christmas shoppers in Mali.", []),
    ],
)
def test_christmas_after_on_is_the_day(shallow: Parser, text: str, found_words: list[tuple[str, str]]) -> None:
    found = dates_of(shallow, text, dt.date(2024, 3, 6))
    assert [(d.text, d.value) for d in found] == found_words


def test_relative_days_count_from_the_dateline_when_it_is_earlier_than_publication(shallow: Parser) -> None:
    text = "NIAMEY, Dec. 22 (Xinhua) -- Gunmen killed 12 people on Sunday, officials said."
    found = dates_of(shallow, text, dt.date(2024, 1, 5))
    assert ("Sunday", "2023-12-17") in [(d.text, d.value) for d in found]


@pytest.mark.parametrize(
    ("text", "stamp"),
    [
        ("NIAMEY, Dec. 22 (Xinhua) -- Gunmen killed 12 people.", "NIAMEY, Dec. 22 (Xinhua) -- "),
        # After a headline (and a byline) at the head of the page.
        ("Gunmen kill twelve in western Niger\nNIAMEY, Niger, Dec. 22 (AFP) - Gunmen killed 12 people.",
         "NIAMEY, Niger, Dec. 22 (AFP) - "),
        ("Troops fire on marchers\nLOME - 14 March 2019: Troops fired on marchers.", "LOME - 14 March 2019: "),
        ("Camp shelled\n\nJune 9, 2023 (KADUGLI) \u2014 Artillery hit a camp.", "June 9, 2023 (KADUGLI) \u2014 "),
        ("Police station attacked\n\nWire Service\nPosted: Oct 04, 2016 08:15 PM\n\nGunmen attacked a station.",
         "Posted: Oct 04, 2016 08:15 PM"),
        ("Police station attacked\nOctober 4, 2016\nGunmen attacked a station.", "October 4, 2016"),
        ("Police station attacked\n\nby Staff Writer, Jos October 4, 2016\n\nGunmen attacked a station.",
         "by Staff Writer, Jos October 4, 2016"),
        # A stamp whose clock time comes before the date, and a stamp in ISO form.
        ("Published 21:40 GMT, October 4th 2016\nPolice station attacked\nGunmen attacked a station.",
         "Published 21:40 GMT, October 4th 2016"),
        ("Police station attacked\n\n2016-10-04 | 21:40\nGunmen attacked a station.", "2016-10-04 | 21:40"),
        # A line whose clock time comes before the date.
        ("Police station attacked\n09:15 AM | 4 Oct, 2016\nGunmen attacked a station.", "09:15 AM | 4 Oct, 2016"),
        # A wire's credit and then the report's first word, with no dash between.
        ("Mosul, Mar 3 (IANS) A roadside bomb killed two soldiers.", "Mosul, Mar 3 (IANS) "),
        # The day inside the credit's parentheses.
        ("MOSUL (Wire News / Agency - 3rd March, 2021) A roadside bomb killed two soldiers.",
         "MOSUL (Wire News / Agency - 3rd March, 2021) "),
    ],
)
def test_the_reports_own_date_is_found_at_the_head_of_the_text(text: str, stamp: str) -> None:
    span = filing_span(text)
    assert span is not None and text[span[0] : span[1]] == stamp


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 12 people on Friday, October 4, 2016, in a village.",
        "Police station attacked\nOn October 4, 2016 gunmen attacked a police station.",
        "Police station attacked\n- Gunmen on Saturday, June 15 attacked a police station",
        "Police station attacked\nOctober 4\nGunmen attacked a station.",  # a line of its own needs its year
        "Police station attacked\n2016-10-04 gunmen attacked a station.",  # a date that opens a sentence
        "Published 21:40 GMT\nPolice station attacked on Tuesday.",  # a clock time without a date
        "Mosul, Mar 3 and Mosul, Mar 4 saw bombs.",  # a date without a credit runs on as a sentence
    ],
)
def test_a_lead_that_opens_on_a_date_is_no_stamp(text: str) -> None:
    assert filing_span(text) is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # A weekday before the day reads as a month's place and a day; the date starts on the day.
        ("Police station attacked\n\nStaff Writer\nFriday 25 November 2011 01:00 GMT\nGunmen attacked a station.",
         dt.date(2011, 11, 25)),
        ("Police station attacked\nMonday, 3 March 2014\nGunmen attacked a station.", dt.date(2014, 3, 3)),
    ],
)
def test_a_byline_date_after_its_weekday_is_the_reports_day(text: str, day: dt.date) -> None:
    # not "November 20" with the year's last digits ('11), five days before publication
    assert dateline_day(text, dt.date(2014, 12, 31)) == day


def test_relative_days_count_from_a_dateline_after_the_headline(shallow: Parser) -> None:
    text = "Gunmen kill twelve\nNIAMEY, Niger, Dec. 22 (AFP) - Gunmen killed 12 people on Sunday."
    found = dates_of(shallow, text, dt.date(2024, 1, 5))
    assert ("Sunday", "2023-12-17") in [(d.text, d.value) for d in found]


def test_a_stamp_with_its_year_anchors_a_report_without_publication_date(shallow: Parser) -> None:
    text = "Camp shelled\n\nJune 9, 2023 (KADUGLI) \u2014 Artillery hit a camp on Wednesday."
    found = dates_of(shallow, text, None)
    assert ("Wednesday", "2023-06-07") in [(d.text, d.value) for d in found]


def test_a_clock_first_stamp_anchors_relative_days_and_is_no_incidents_date(shallow: Parser) -> None:
    text = "Published 21:40 GMT, October 4th 2016\nPolice station attacked\nGunmen attacked a station on Monday."
    found = dates_of(shallow, text, dt.date(2016, 10, 6))
    assert ("Monday", "2016-10-03") in [(d.text, d.value) for d in found]
    assert reported_dates(text, found) == [d for d in found if d.text == "Monday"]


def test_a_page_stamp_and_a_wire_dateline_after_it_are_both_the_reports(shallow: Parser) -> None:
    # The page prints its posting stamp, a headline, then the wire's dateline: neither
    # dates an incident; the day the lead tells does.
    text = ("Oct 6, 2016, 10:20 AM\n\nPolice station attacked in the north\n\n"
            "KANO, Oct. 6 (Wire) - Gunmen attacked a police station on Tuesday.")
    found = dates_of(shallow, text, dt.date(2016, 10, 6))
    assert [d.text for d in reported_dates(text, found)] == ["Tuesday"]


def test_a_stamp_after_publication_anchors_nothing(shallow: Parser) -> None:
    # An update's stamp is not when the report was filed: relative days stay counted
    # from publication.
    text = "Police station attacked\nOctober 14, 2016\nGunmen attacked a station on Tuesday."
    found = dates_of(shallow, text, dt.date(2016, 10, 6))
    assert ("Tuesday", "2016-10-04") in [(d.text, d.value) for d in found]


def test_the_incident_takes_the_leads_day_not_the_dateline_after_the_headline() -> None:
    from tessera.pipeline import Pipeline
    from tessera.records import Article

    text = (
        "Gunmen kill twelve in central Mali\n"
        "BAMAKO, Mali, Feb 20 (Reuters) - Gunmen killed 12 people in central Mali on Friday, the army said."
    )
    document = Pipeline.default().extract(Article(id="dl2", text=text, published=dt.date(2024, 3, 6)))
    assert [i.date.value for i in document.incidents if i.date is not None and not i.context] == ["2024-02-16"]


@pytest.mark.parametrize(
    ("url", "value"),
    [
        ("https://news.example.org/world/2023/05/17/troops-deployed/", ("2023-05-17", True)),
        ("https://news.example.org/en/2023/05/troops-deployed/", ("2023-05-31", False)),
        ("https://news.example.org/a/2023-05-17/troops-deployed", ("2023-05-17", True)),
        ("https://news.example.org/2023/troops-deployed", None),
        ("https://news.example.org/story?id=2023/05/17", None),
        ("https://news.example.org/story/2023/13/troops", None),
        (None, None),
    ],
)
def test_a_pages_address_gives_its_date(url: str | None, value: tuple[str, bool] | None) -> None:
    found = url_date(url)
    assert (None if found is None else (found[0].isoformat(), found[1])) == value


def test_without_publication_a_month_in_the_address_places_what_needs_only_a_year(shallow: Parser) -> None:
    text = "Police fired on marchers on 2 May. Similar marches were held in March. More came on Friday."
    parsed = shallow.parse(text)
    found = {d.text: d.value for d in extract_dates(parsed, None, url="https://news.example.org/2023/05/marches/")}
    # The day of "Friday" is not known from a month: it stays unplaced.
    assert found == {"2 May": "2023-05-02", "March": "2023-03", "Friday": None}
    # Publication, where given, stays the anchor.
    found = {d.text: d.value for d in extract_dates(parsed, dt.date(2022, 6, 1), url="https://x.example/2023/05/a/")}
    assert found["2 May"] == "2022-05-02"


def test_without_publication_a_day_in_the_address_anchors_relative_days(shallow: Parser) -> None:
    parsed = shallow.parse("Gunmen killed 12 people on Sunday.")
    found = extract_dates(parsed, None, url="https://news.example.org/2023/05/17/gunmen-kill-12/")
    assert [(d.text, d.value) for d in found] == [("Sunday", "2023-05-14")]


def test_an_undated_article_takes_its_year_from_its_address() -> None:
    from tessera.pipeline import Pipeline
    from tessera.records import Article

    text = "Police shot dead two marchers in the capital on 2 May, witnesses said."
    article = Article(id="url", text=text, url="https://news.example.org/africa/2023/05/marchers-shot/")
    document = Pipeline.default().extract(article)
    assert document.incidents
    assert {i.date.value if i.date is not None else None for i in document.incidents} == {"2023-05-02"}


def test_the_incident_takes_the_day_of_the_report_not_the_dateline() -> None:
    from tessera.pipeline import Pipeline
    from tessera.records import Article

    text = "BAMAKO, Feb 20 (Reuters) - Gunmen killed 12 people in Mali on Friday."
    document = Pipeline.default().extract(Article(id="dl", text=text, published=dt.date(2024, 3, 6)))
    assert [i.date.value for i in document.incidents if i.date is not None] == ["2024-02-16"]


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Bandits attacked nine villages between Tuesday and Thursday night.", "between Tuesday and Thursday night",
         "2022-02-15/2022-02-17"),
        ("Fighting raged from Saturday to Monday in the town.", "from Saturday to Monday", "2022-02-12/2022-02-14"),
        ("Raids went on between late Wednesday and Thursday.", "between late Wednesday and Thursday",
         "2022-02-16/2022-02-17"),
    ],
)
def test_a_range_of_weekdays_is_the_days_between(shallow: Parser, text: str, words: str, value: str) -> None:
    found = dates_of(shallow, text)
    assert [(d.text, d.value, d.precision) for d in found] == [(words, value, "interval")]


def test_vague_references_are_no_day(shallow: Parser) -> None:
    found = dates_of(shallow, "Gunmen recently attacked the town; more raids came this month.")
    assert [(d.text, d.precision) for d in found] == [("recently", "unknown"), ("this month", "month")]


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Gunmen attacked the camp on Saturday night into Sunday.", "Saturday night into Sunday",
         "2022-02-12/2022-02-13"),
        ("Militants struck in the pre-dawn hours of Sunday.", "the pre-dawn hours of Sunday", "2022-02-13"),
        ("The raid began in the early hours of Monday morning.", "the early hours of Monday morning", "2022-02-14"),
    ],
)
def test_nights_and_small_hours_are_their_days(shallow: Parser, text: str, words: str, value: str) -> None:
    found = dates_of(shallow, text)
    assert [(d.text, d.value) for d in found] == [(words, value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Gunmen attacked on Tuesday. The attack came a day after the rebels announced a ceasefire.", None),
        ("Gunmen attacked on Tuesday. A soldier died the day after, officials said.", "2022-02-16"),
    ],
)
def test_a_day_after_an_event_named_next_is_no_calendar_day(shallow: Parser, text: str, value: str | None) -> None:
    found = [d for d in dates_of(shallow, text) if "after" in d.text]
    assert [d.value for d in found] == [value]


def test_a_time_alone_is_on_the_day_the_story_last_named(shallow: Parser) -> None:
    text = (
        "Soldiers fired on marchers on Wednesday. Residents said clashes had begun during the night. "
        "The governor imposed a curfew from 10.30 am."
    )
    found = [(d.text, d.value) for d in dates_of(shallow, text)]
    assert found == [
        ("Wednesday", "2022-02-16"),
        ("during the night", "2022-02-15/2022-02-16"),
        ("10.30 am", "2022-02-16"),
    ]


def test_a_time_alone_with_no_day_named_before_stays_unplaced(shallow: Parser) -> None:
    found = dates_of(shallow, "Fighting raged overnight near the camp. The curfew starts at 6 pm on Monday.")
    assert [(d.text, d.value) for d in found] == [("overnight", None), ("6 pm on Monday", "2022-02-14")]
    # "the night of" is left to the day it names; an overnight curfew is no time.
    found = dates_of(shallow, "Gunmen came during the night of Tuesday. An overnight curfew followed on Monday.")
    assert [d.text for d in found] == ["Tuesday", "Monday"]


def test_a_time_takes_the_day_named_later_in_its_own_sentence(shallow: Parser) -> None:
    # A photo caption's old date before it is no day of this attack.
    text = ("A soldier stands guard in the province, April 6, 2021.\n\n"
            "Eleven soldiers were killed in an overnight attack on an army post on Monday.")
    found = [(d.text, d.value) for d in dates_of(shallow, text)]
    assert ("overnight", "2022-02-13/2022-02-14") in found and ("Monday", "2022-02-14") in found
    # A day of telling later in the sentence is not the time's day.
    text = "Rebels shelled the town on Sunday. Overnight, gunmen attacked a post, police said on Tuesday."
    found = [(d.text, d.value) for d in dates_of(shallow, text)]
    assert ("Overnight", "2022-02-12/2022-02-13") in found
    # So too a day told on another verb of telling ("mentioned", "noted", "tweeted").
    for verb in ("mentioned", "noted", "tweeted"):
        text = f"Rebels shelled the town on Sunday. Overnight, gunmen attacked a post, the mayor {verb} on Tuesday."
        found = [(d.text, d.value) for d in dates_of(shallow, text)]
        assert ("Overnight", "2022-02-12/2022-02-13") in found


def test_soon_after_a_told_event_is_on_its_day(shallow: Parser) -> None:
    text = "Rebels raided the camp on Tuesday. Soon after the raid, a crowd gathered at the gate."
    found = [(d.text, d.value) for d in dates_of(shallow, text)]
    assert found == [("Tuesday", "2022-02-15"), ("Soon after", "2022-02-15")]
    # Spoken of the future, it is no day.
    found = dates_of(shallow, "The army will withdraw soon after the vote.")
    assert [(d.text, d.value) for d in found] == [("soon", None)]


def test_a_few_days_ago_is_the_days_that_many_back(shallow: Parser) -> None:
    found = dates_of(shallow, "A few days ago the army said it had struck rebel positions.")
    assert [(d.text, d.value, d.precision) for d in found] == [
        ("A few days ago", "2022-02-12/2022-02-16", "interval")
    ]
    # Years stay unplaced: "a few years ago" is no span an incident can use.
    assert [(d.text, d.value) for d in dates_of(shallow, "A few years ago the town was calm.")] == [
        ("A few years ago", None)
    ]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # Days or weeks with no amount count as a few of them (`bare_plural_amount`).
        ("Days ago, soldiers burned the market in the town.", "Days ago", "2022-02-12/2022-02-16"),
        ("The militia seized the mine weeks ago, residents said.", "weeks ago", "2022-01-07/2022-02-04"),
    ],
)
def test_days_or_weeks_ago_without_an_amount_are_a_few(shallow: Parser, text: str, phrase: str, value: str) -> None:
    date = one(shallow, text, phrase)
    assert (date.text, date.value, date.precision) == (phrase, value, "interval")


def test_a_counted_amount_before_days_ago_keeps_its_number(shallow: Parser) -> None:
    # The bare reading is only for a plural with nothing before it: "two days ago" is one day;
    # months and years with no amount stay unplaced.
    assert one(shallow, "Gunmen killed a farmer two days ago.", "two days ago").value == "2022-02-16"
    months = dates_of(shallow, "The rebels left the town months ago.")
    assert [d.value for d in months if "months" in d.text] in ([], [None])


@pytest.mark.parametrize(
    ("text", "day", "verb"),
    [
        # The small model hangs the report's day on the reported clause: the saying's day.
        ("The army said on Thursday it had killed 20 militants on Wednesday.", "Thursday", "said"),
        ("Police announced on Monday they had arrested six suspects on Sunday.", "Monday", "announced"),
        ("The army said Thursday it had killed 20 militants.", "Thursday", "said"),
        # The reported clause's own day, and one after a complementizer, are the clause's.
        ("The army said on Thursday it had killed 20 militants on Wednesday.", "Wednesday", None),
        ("The army said on Thursday that on Wednesday gunmen had killed 20 soldiers.", "Wednesday", None),
        ("Gunmen killed 12 villagers on Monday.", "Monday", None),
    ],
)
def test_a_day_told_between_a_verb_of_saying_and_its_clause_is_the_sayings(
    deep: Parser, text: str, day: str, verb: str | None
) -> None:
    sentence = deep.parse(text).sentences[0]
    start = text.index(day)
    span = sentence.span_at(sentence.start + start, sentence.start + start + len(day))
    assert span is not None
    speaker = speech_day(span)
    assert (speaker.text if speaker is not None else None) == verb


@pytest.mark.parametrize(
    ("text", "day", "verb", "act"),
    [
        # The verb of saying after the clause it reports, set off by a comma.
        ("Three soldiers were killed in an ambush near the town, police said on Monday.", "Monday", "said", "killed"),
        ("Two traders were abducted on the road to the market, officials said Friday.", "Friday", "said", "abducted"),
        # Every clause the parse hangs on the verb before the comma is reported, the act in a
        # "when" clause too.
        ("Six Nigerian farmers were killed and 11 others were wounded last week when armed men attacked a "
         "village in Benue State, a group representing farmers said on Tuesday.", "Tuesday", "said", "attacked"),
        # A statement issued on the day and the saying it carries.
        ("On Thursday, the group released another statement, claiming the murder of 40 soldiers.",
         "Thursday", "released", "murder"),
        # Other verbs of speaking: commenting, reiterating, clarifying a figure.
        ("Four guards were shot dead at the depot, the company commented on Monday.", "Monday", "commented", "shot"),
        ("Nine miners were kidnapped near the pit, the governor reiterated on Friday.", "Friday", "reiterated",
         "kidnapped"),
        # The reported clause's own day is the act's; a day of no saying is nobody's speech.
        ("Three soldiers were killed on Sunday near the town, police said on Monday.", "Sunday", None, None),
        ("Gunmen attacked the village on Monday, and troops arrived on Tuesday.", "Tuesday", None, None),
    ],
)
def test_a_day_told_on_a_verb_of_saying_after_its_clause_is_the_sayings(
    deep: Parser, text: str, day: str, verb: str | None, act: str | None
) -> None:
    sentence = deep.parse(text).sentences[0]
    start = text.index(day)
    span = sentence.span_at(sentence.start + start, sentence.start + start + len(day))
    assert span is not None
    speech = reported_speech(span)
    assert (speech[0].text if speech is not None else None) == verb
    if speech is not None and act is not None:
        assert any(span.doc[i].text == act for i in speech[1])


# --- "the following week" and the report's occasion (issue 12, ninth wave) ---------------


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        # Counted from the story's last told day, not from publication.
        ("The first clash on February 4 left ten dead. Rebels struck back the following week.",
         "2022-02-07/2022-02-13", "interval"),
        # From the last told month (TimeBank: "In March ... The following month" is April).
        ("The talks began in November 2021. The following month, the deal collapsed.", "2021-12", "month"),
        ("The group was founded in 2019. The following year, it split.", "2020", "year"),
        # Nothing told before it: counted from publication, as before.
        ("Rebels struck back the following week.", "2022-02-21/2022-02-27", "interval"),
    ],
)
def test_following_period_counts_from_the_story(shallow: Parser, text: str, value: str, precision: str) -> None:
    date = one(shallow, text, "following")
    assert (date.value, date.precision) == (value, precision)


def test_the_next_week_is_still_counted_from_publication(shallow: Parser) -> None:
    date = one(shallow, "The first clash on February 4 left ten dead. Talks open next week.", "next week")
    assert date.value == "2022-02-21/2022-02-27"


def test_occasion_day_is_the_first_day_of_the_reports_week(shallow: Parser) -> None:
    text = "Gunmen killed six guests. The wedding was held on Wednesday. In 2019 a market was burned."
    day = occasion_day(dates_of(shallow, text), PUBLISHED)
    assert (day.text, day.value) == ("Wednesday", "2022-02-16")


def test_occasion_day_without_a_day_told_is_publication_and_the_day_before(shallow: Parser) -> None:
    text = "Gunmen killed six guests. A market was burned three weeks ago. In 2019 a bridge was blown up."
    day = occasion_day(dates_of(shallow, text), PUBLISHED)
    assert (day.text, day.start, day.end, day.value, day.precision) == ("", 0, 0, "2022-02-17/2022-02-18", "interval")


def test_an_article_whose_incidents_state_no_day_takes_the_reports_occasion() -> None:
    from tessera.pipeline import extract

    document = extract("Gunmen stormed a police station in Gao, killing four officers.", published=PUBLISHED)
    assert [i.date.value for i in document.incidents if i.date] == ["2022-02-17/2022-02-18"]
    # No words state it: the evidence names the publication date, not a mention.
    assert [i.evidence.date for i in document.incidents if i.date] == ["published"]
    undated = extract("Gunmen stormed a police station in Gao, killing four officers.")
    assert all(i.date is None for i in undated.incidents)


def test_an_article_with_a_dated_incident_lends_no_occasion_to_the_others() -> None:
    from tessera.pipeline import extract

    text = ("Gunmen killed 12 soldiers in Gao on 2 January. "
            "Separately, rebels stormed a police station in Kidal, the army said.")
    document = extract(text, published=PUBLISHED)
    assert "2022-02-17/2022-02-18" not in [i.date.value for i in document.incidents if i.date]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Sunday 2024-03-10 and Saturday 2024-03-09 are the latest weekend before Tuesday 12 March.
        ("Police blamed the rebels' weekend raid on a depot for the blackout.", "2024-03-09/2024-03-10"),
        ("The deal came after a weekend of talks in the capital.", "2024-03-09/2024-03-10"),
        ("Ministers will hold a weekend summit on the crisis.", "2024-03-16/2024-03-17"),
    ],
)
def test_a_weekend_named_without_the_is_the_latest_one(shallow: Parser, text: str, value: str) -> None:
    found = [d for d in dates_of(shallow, text, dt.date(2024, 3, 12)) if "weekend" in d.text]
    assert [d.value for d in found] == [value]


@pytest.mark.parametrize("text", ["Markets open every weekend in the town.", "Traders work weekends in the town."])
def test_a_weekend_habit_is_no_date(shallow: Parser, text: str) -> None:
    assert [d for d in dates_of(shallow, text, dt.date(2024, 3, 12)) if "weekend" in d.text] == []


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("early March", "2024-03", "2024-03-01/2024-03-10"),
        ("mid-June 2023", "2023-06", "2023-06-11/2023-06-20"),
        ("late February", "2024-02", "2024-02-21/2024-02-29"),
        ("the end of April", "2023-04", "2023-04-21/2023-04-30"),
        ("the beginning of May", "2023-05", "2023-05-01/2023-05-10"),
        ("March", "2024-03", "2024-03"),  # no part: the month
        ("early 2022", "2022", "2022"),  # a year's part is left as the year
    ],
)
def test_a_month_part_dates_by_its_days(text: str, value: str, expected: str) -> None:
    from tessera.assemble import default_assemble_rules

    precision = "month" if len(value) == 7 else "year"
    date = DateValue(text=text, start=0, end=len(text), value=value, precision=precision)
    assert month_part(date, default_assemble_rules("en").month_parts).value == expected


@pytest.mark.parametrize(
    ("text", "value", "published", "expected"),
    [
        # "earlier this month/year": from the period's first day to the day before the report.
        ("earlier this month", "2022-02", dt.date(2022, 2, 18), "2022-02-01/2022-02-17"),
        ("Earlier this year", "2022", dt.date(2022, 2, 18), "2022-01-01/2022-02-17"),
        ("earlier this month", "2022-02", dt.date(2022, 2, 2), "2022-02-01"),
        ("earlier this month", "2022-02", dt.date(2022, 2, 1), "2022-02-01"),
        ("this month", "2022-02", dt.date(2022, 2, 18), "2022-02"),  # no "earlier": the month
        ("earlier this month", "2022-01", dt.date(2022, 2, 18), "2022-01"),  # another month's value
    ],
)
def test_earlier_this_month_dates_an_incident_by_the_days_before_the_report(
    text: str, value: str, published: dt.date, expected: str
) -> None:
    precision = "month" if len(value) == 7 else "year"
    date = DateValue(text=text, start=0, end=len(text), value=value, precision=precision)
    assert period_so_far(date, published).value == expected
    assert period_so_far(date, None).value == value


def test_earlier_this_month_keeps_the_month_value_in_the_dates_stage(shallow: Parser) -> None:
    """TimeML annotates the month: the days are the incident's (`period_so_far`, assembly)."""
    assert one(shallow, "Protests erupted earlier this month.", "earlier this month").value == "2022-02"



def test_the_english_date_grammar_is_data_every_rule_resolvable() -> None:
    """The rules live in data/en/date_grammar.yaml: each names a resolver of the module, key
    classes the key index knows, and only placeholders the grammar fills."""
    from tessera.extraction import dates

    grammar = dates.grammar("en")
    classes = {name for names in dates._key_classes().values() for name in names} | {"digit"}
    fillable = set(grammar.fragments) | {
        "month_any",
        "month_full",
        "weekday",
        "weekday_first",
        "weekday_second",
        "parts_of_day",
        "seasons",
        "vague_references",
    }
    for spec in grammar.rules:
        assert spec.resolver in dates._RESOLVERS, spec.name
        assert set(spec.keys) <= classes, spec.name
        assert set(dates._PLACEHOLDER.findall(spec.pattern)) <= fillable, spec.name
    assert [rule.name for rule in dates._rules(True)] == [spec.name for spec in grammar.rules]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # holidays, vague amounts, amount words and ordinal parts are read from the grammar file
        ("Gunmen struck the church on Christmas Eve.", "Christmas Eve", "2021-12-24"),
        ("Troops arrived in the town a few days ago.", "a few days ago", "2022-02-12/2022-02-16"),
        ("The convoy left a couple of weeks ago.", "a couple of weeks ago", "2022-02-04"),
        ("Raids rose in the second half of 2020.", "second half", "2020-07-01/2020-12-31"),
    ],
)
def test_the_grammar_words_drive_resolution(shallow: Parser, text: str, phrase: str, value: str) -> None:
    assert one(shallow, text, phrase).value == value


def test_a_wires_dateline_without_a_dash_dates_the_report(shallow: Parser) -> None:
    # "Mosul, Mar 3 (IANS) A ...": filed on 3 March, published on the 4th; "on Monday" is
    # counted from the day filed, and the dateline's day is no incident's.
    text = "Mosul, Mar 3 (IANS) A roadside bomb killed two soldiers on Monday, police said."
    assert dateline_day(text, dt.date(2021, 3, 4)) == dt.date(2021, 3, 3)
    found = dates_of(shallow, text, dt.date(2021, 3, 4))
    assert [d.value for d in found if d.text == "Monday"] == ["2021-03-01"]



@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "later in November" after a month the sentence told: that month's year.
        ("Rebels raided a camp in March 2020 and stormed a town later in November.", "2020-11"),
        # A month before the one told is in the next year.
        ("Rebels raided a camp in September 2019 and stormed a town later in January.", "2020-01"),
    ],
)
def test_later_in_a_month_follows_the_month_just_told(shallow: Parser, text: str, value: str) -> None:
    month = text.rsplit(" ", 1)[1].rstrip(".")
    assert one(shallow, text, month).value == value
