"""Dates: temporal expressions in the article text, normalised to calendar values.

Input: a `ParsedArticle` from the parse stage and the article's publication date.
Output: `list[DateValue]` (article offsets, `value`, `precision`). Next: the events
stage, which dates each event from the expressions near its trigger.

How: rules over the whole text (every sentence, deep or shallow), not the model's
DATE entities alone, because most sentences are tokenised only. Each rule is a
regular expression with a function that normalises its match against the
publication date; where rules overlap the longest match wins. Deep sentences add
the model's DATE/TIME entities the rules missed, normalised with dateparser.

Values (see `records.DatePrecision`): "2022-02-18" day, "2022-02" month, "2021"
year, "2021-03-01/2021-03-31" interval, or None with precision "unknown" for an
expression found but not placed on the calendar. Choices, where the contract left
them open:

- A bare weekday, month or month-and-day is the latest one on or before the
  publication day ("Friday", "in March", "on December 23"), unless the words
  before it in its sentence speak of the future ("will meet on Friday"), when it
  is the next one on or after it.
- Weeks ("this week", "last week") and weekends are intervals Monday-Sunday and
  Saturday-Sunday, but a past "this week" runs only to publication ("earlier this week"
  to the day before), as the real-news gold reads it; seasons are intervals of meteorological seasons; quarters and
  halves are intervals; decades ("the 1990s") are intervals.
- "last year", "last month" are the calendar year and month before publication
  (year and month precision, as TimeML annotates them); "a year ago"/"a year
  earlier" likewise. "N days/weeks ago" is a day; "a few days ago", "several weeks
  ago" the interval of days that many back (a few: 2-6, several: 3-9).
- Modifiers "early", "mid-", "late", "the end of" widen the span but keep the
  value of the period they modify ("mid-2019" is "2019"), as TimeML does.
- "since X" is the interval from the start of X to publication; "over (about) six
  months" and "in the next six months" run forward from publication; "over the
  past six months" runs back to it. A duration with nothing to anchor it ("for
  three years") is not a date and is not returned.
- "the previous day", "the same day", "the next day", "soon after the attack", and "N
  days/weeks earlier/later/before" ("two days later", "a week earlier") are counted from
  the last day-precise date before them in the text, or from publication; "two days
  before the vote" (before a named event) is unplaced. So is "the following week" (the
  Monday-Sunday after that day), "the following month" / "year" (after the last told
  month or year); "next week" stays counted from publication.
- An article none of whose incidents states a day (`occasion_day`, read by the assemble
  stage) is dated by the first day the text tells within the week before publication,
  else by the report's occasion: publication and the day before; in English, an undated
  incident of an article whose dated incidents all end before the report's week takes
  that occasion too (`occasion_span`, `occasion_after_dated` in data/assemble.yaml); a
  span that ends within that week ("Only days ago, ...") counts as no dated incident.
- "The attack came a day after the rebels announced a truce": a distance before
  "after"/"before" and a clause (its own subject and verb, as the parse shows) dates
  the clause's event from the story's last named day, here one day before it; "less
  than two weeks after" is the span of 1-13 days before it. Before a noun ("a day
  after the attack") or unparsed, it is found but unplaced. Which event such a date
  is for (the clause's, not the main clause's) is told by the assemble stage
  (`anchor_prepositions` in data/assemble.yaml).
- A clock time or a part of a day standing alone ("a curfew from 10.30 am", "protests
  began during the night", "fighting raged overnight") is on the day the text last
  named before it, as TimeML anchors a time to the reference day (a night: that day
  and the one before); with no day named before it, it is unplaced.
- Present, past and future references ("now", "recently", "the future") are returned
  with value None, precision "unknown"; a recent period that leads up to publication ("in
  recent weeks", "in recent days": `recent_periods` in temporal.yaml) is the interval of
  that many days back (14, 6) to the day before publication, the part of it every reading
  shares.
- Without a publication date, absolute dates resolve and relative ones are
  "unknown", unless the page's address is dated as publishers file pages (`url_date`):
  "/2024/08/01/" stands in for publication, "/2024/08/" places only what needs a year
  ("on 1 August" is 2024-08-01, "in June" 2024-06; "on Friday" stays unplaced).
- The report's own date at the head of the text (`filing_span`): a dateline ("NIAMEY,
  Dec 22 (Xinhua) --", "DAKAR - 21 September 2017:", "December 1, 2024 (EL FASHER) --"),
  at the text's start or at the start of one of its first lines after a headline and
  byline, a posting stamp ("Posted: Jun 02, 2013 11:09 AM"), a line that is only a date
  with its year, or a byline ending on one. Its day anchors relative days instead of
  publication (a report filed before it was published; without a publication date, a
  stamp that gives its year), never one after publication (an update's); it is returned
  as a date, but it is when the report was filed, no incident's: the events and
  assemble stages drop it (`reported_dates`).

Which event a date belongs to is the events and assemble stages' question; this module
gives them `speech_day` and `reported_speech`: a day told between a verb of saying and its
complement clause ("said on Thursday it had killed ... on Wednesday"), or on a verb of
saying after the clause it reports ("..., police said on Monday", "..., a annoncé vendredi
la Mission"), is the saying's, wherever the parser hangs it.

Calendar words (month and weekday names, seasons, vague references) are data:
`tessera/data/en/temporal.yaml`; so is the grammar itself, `tessera/data/en/date_grammar.yaml`
(the rules' patterns in order, the resolver and key words each names, the contexts the
resolvers read and the words they count with, as HeidelTime keeps a resource file per
language). Both are read through `tessera.data.load`; the resolvers stay here.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token

from tessera.data import language_words
from tessera.data import load as load_data
from tessera.dedupe import value_window
from tessera.extraction.quantities import parse_number
from tessera.parse import SYNDICATION_CREDIT, ParsedArticle, longest_first_alternation
from tessera.records import DatePrecision, DateValue

# --------------------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class Calendar:
    months: dict[str, int]  # full names and abbreviations, lower case -> 1..12
    full_months: frozenset[str]
    weekdays: dict[str, int]  # full names and abbreviations -> 0 (Monday)..6
    full_weekdays: frozenset[str]
    seasons: dict[str, tuple[int, int]]
    parts_of_day: tuple[str, ...]
    unit_days: dict[str, int]
    vague_references: tuple[str, ...]
    # "recent weeks" -> 14: a vague past reference that leads up to publication, reaching
    # that many days back, to the day before it (`recent_periods` in temporal.yaml; optional).
    recent_periods: dict[str, int]
    # Verbs of telling as news copy inflects them ("said", "told"): a day right after one is
    # the report's, not the story's (`telling_verbs` in temporal.yaml).
    telling_verbs: tuple[str, ...] = ()


def calendar(language: str = "en") -> Calendar:
    """The calendar words of `language` (`tessera/data/<language>/temporal.yaml`), read once and checked."""
    return _calendar(language)


@functools.lru_cache(maxsize=4)
def _calendar(language: str) -> Calendar:
    raw = load_data("temporal", language)
    months: dict[str, int] = {}
    for name, entry in raw["months"].items():
        number = int(entry["number"])
        if not 1 <= number <= 12:
            raise ValueError(f"temporal.yaml: month {name!r} has number {number}; expected 1..12")
        for surface in [name, *entry.get("abbreviations", [])]:
            months[str(surface).casefold()] = number
    weekdays: dict[str, int] = {}
    for name, entry in raw["weekdays"].items():
        number = int(entry["number"])
        if not 0 <= number <= 6:
            raise ValueError(f"temporal.yaml: weekday {name!r} has number {number}; expected 0 (Monday)..6")
        for surface in [name, *entry.get("abbreviations", [])]:
            weekdays[str(surface).casefold()] = number
    if sorted(set(months.values())) != list(range(1, 13)) or sorted(set(weekdays.values())) != list(range(7)):
        raise ValueError("temporal.yaml: months must cover 1..12 and weekdays 0..6")
    seasons = {str(k): (int(v[0]), int(v[1])) for k, v in raw["seasons"].items()}
    return Calendar(
        months=months,
        full_months=frozenset(str(k) for k in raw["months"]),
        weekdays=weekdays,
        full_weekdays=frozenset(str(k) for k in raw["weekdays"]),
        seasons=seasons,
        parts_of_day=tuple(raw["parts_of_day"]),
        unit_days={str(k): int(v) for k, v in raw["unit_days"].items()},
        vague_references=tuple(raw["vague_references"]),
        recent_periods={
            " ".join(str(k).casefold().split()): int(v) for k, v in (raw.get("recent_periods") or {}).items()
        },
        telling_verbs=tuple(str(w).casefold() for w in raw["telling_verbs"]),
    )


@dataclass(frozen=True)
class _RuleSpec:
    """One rule of the date grammar as the data file states it (`date_grammar.yaml` `rules`)."""

    name: str
    resolver: str
    keys: tuple[str, ...]
    pattern: str  # with <<fragment>> placeholders
    case_sensitive: bool


@dataclass(frozen=True)
class Grammar:
    """A language's date grammar (`tessera/data/<language>/date_grammar.yaml`): the rules'
    patterns, the context patterns the resolvers read, and the words they count with."""

    fragments: dict[str, str]
    cues: dict[str, re.Pattern[str]]
    rules: tuple[_RuleSpec, ...]
    holidays: dict[str, tuple[int, int]]
    vague_amounts: dict[str, tuple[int, int]]
    bare_plural_amount: str
    amount_words: dict[str, float]
    relation_below: frozenset[str]
    ordinal_parts: dict[str, int]
    unit_words: tuple[str, ...]
    key_words: dict[str, tuple[str, ...]]


def _joined(pattern: str | list[str]) -> str:
    """A pattern written as one string or as pieces (for line length) joined with nothing."""
    return pattern if isinstance(pattern, str) else "".join(pattern)


def grammar(language: str = "en") -> Grammar:
    """The date grammar of `language`, read once and checked."""
    return _grammar(language)


@functools.lru_cache(maxsize=2)
def _grammar(language: str) -> Grammar:
    raw = load_data("date_grammar", language)
    cues = {
        str(name): re.compile(_joined(entry["pattern"]), 0 if entry.get("case") == "exact" else re.IGNORECASE)
        for name, entry in raw["cues"].items()
    }
    rules = []
    for entry in raw["rules"]:
        case = entry.get("case", "ignore")
        if case not in ("ignore", "exact"):
            raise ValueError(f"date_grammar.yaml: rule {entry['name']!r} has case {case!r}; expected ignore or exact")
        rules.append(
            _RuleSpec(
                name=str(entry["name"]),
                resolver=str(entry["resolver"]),
                keys=tuple(str(k) for k in entry["keys"]),
                pattern=_joined(entry["pattern"]),
                case_sensitive=case == "exact",
            )
        )
    return Grammar(
        fragments={str(k): _joined(v) for k, v in raw["fragments"].items()},
        cues=cues,
        rules=tuple(rules),
        holidays={str(k): (int(v[0]), int(v[1])) for k, v in raw["holidays"].items()},
        vague_amounts={str(k): (int(v[0]), int(v[1])) for k, v in raw["vague_amounts"].items()},
        bare_plural_amount=" ".join(str(raw["bare_plural_amount"]).casefold().split()),
        amount_words={str(k): float(v) for k, v in raw["amount_words"].items()},
        relation_below=frozenset(str(w) for w in raw["relation_below"]),
        ordinal_parts={str(k): int(v) for k, v in raw["ordinal_parts"].items()},
        unit_words=tuple(str(w) for w in raw["unit_words"]),
        key_words={str(k): tuple(str(w) for w in v) for k, v in raw["key_words"].items()},
    )


_GRAMMAR = grammar()


# --------------------------------------------------------------------------- calendar arithmetic


def _day(value: dt.date) -> str:
    return value.isoformat()


def _month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _interval(first: dt.date, last: dt.date) -> str:
    return f"{first.isoformat()}/{last.isoformat()}"


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _month_end(year: int, month: int) -> dt.date:
    next_year, next_month = _add_months(year, month, 1)
    return dt.date(next_year, next_month, 1) - dt.timedelta(days=1)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _week(monday_of: dt.date) -> tuple[dt.date, dt.date]:
    monday = monday_of - dt.timedelta(days=monday_of.weekday())
    return monday, monday + dt.timedelta(days=6)


def _period_start(value: str) -> dt.date | None:
    """First day of a normalised value (day, month, year or interval)."""
    first = value.split("/")[0]
    parts = first.split("-")
    try:
        if len(parts) == 3:
            return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
        if len(parts) == 2:
            return dt.date(int(parts[0]), int(parts[1]), 1)
        return dt.date(int(parts[0]), 1, 1)
    except ValueError:
        return None


# --------------------------------------------------------------------------- rule machinery


@dataclass(frozen=True)
class Resolved:
    value: str | None
    precision: DatePrecision
    # "date"; "weekday" (a day named by its weekday, which yields to a date it names:
    # "Saturday, April 25"); "time" (a clock time); "anaphor" (counted from the last day);
    # "shortly" ("two hours later": on the day told just before).
    kind: str = "date"
    offset_days: int = 0  # for anaphors
    # For a relation ("less than two weeks after ..."): the last day of its span, counted
    # like `offset_days` (None: the one day `offset_days` gives).
    last_offset_days: int | None = None
    # For a period counted from the story's time ("the following week"): its unit.
    period: str | None = None


UNKNOWN = Resolved(None, "unknown")


@dataclass(frozen=True)
class _Context:
    text: str
    published: dt.date | None
    # Without a publication day: the last day of the month the report is known to be from
    # (its address's "/2024/08/"), which places what needs only a year ("on 1 August",
    # "in June"), not what needs the day ("on Friday").
    month_of: dt.date | None = None

    @property
    def year_reference(self) -> dt.date | None:
        return self.published or self.month_of


Resolver = Callable[[re.Match[str], _Context], Resolved | None]


@dataclass(frozen=True)
class _Rule:
    name: str
    pattern: re.Pattern[str]
    resolve: Resolver


@dataclass
class _Candidate:
    start: int
    end: int
    priority: int
    resolved: Resolved


_FUTURE_CUE = _GRAMMAR.cues["future"]
_SENTENCE_BREAK = re.compile(r"[.!?;]\s|\n")


_PAST_CUE = _GRAMMAR.cues["past"]


def _sentence_before(text: str, start: int) -> str:
    window = text[max(0, start - 80) : start]
    breaks = list(_SENTENCE_BREAK.finditer(window))
    return window[breaks[-1].end() :] if breaks else window


def _future_context(text: str, start: int) -> bool:
    """Whether the words before `start`, in its sentence, speak of the future."""
    return bool(_FUTURE_CUE.search(_sentence_before(text, start)))


def _tense(text: str, start: int) -> str | None:
    """ "future", "past" or None (no cue) from the words before `start` in its sentence."""
    before = _sentence_before(text, start)
    if _FUTURE_CUE.search(before):
        return "future"
    if _PAST_CUE.search(before):
        return "past"
    return None


def _latest_weekday(published: dt.date, weekday: int) -> dt.date:
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


def _next_weekday(published: dt.date, weekday: int) -> dt.date:
    return published + dt.timedelta(days=(weekday - published.weekday()) % 7)


# Within a year, news names a date without its year: the nearer of the last and the
# next occurrence is meant, leaning to the past (a tie, or a future date as far away
# as a past one, reads as the past), unless the sentence speaks of the future.
FUTURE_LEAN = 1.5


def _month_near(published: dt.date, month: int, tense: str | None) -> tuple[int, int]:
    past_year = published.year if month <= published.month else published.year - 1
    future_year = published.year if month > published.month else published.year + 1
    past_distance = (published.month - month) % 12
    future_distance = (month - published.month) % 12 or 12
    if tense == "future" or (tense is None and future_distance * FUTURE_LEAN < past_distance):
        return future_year, month
    return past_year, month


def _month_day_near(published: dt.date, month: int, day: int, tense: str | None) -> dt.date | None:
    past = next(
        (
            d
            for y in range(published.year, published.year - 8, -1)
            if (d := _safe_date(y, month, day)) and d <= published
        ),
        None,
    )
    upcoming = next(
        (d for y in range(published.year, published.year + 8) if (d := _safe_date(y, month, day)) and d > published),
        None,
    )
    if past is None or upcoming is None:
        return past or upcoming
    if tense == "future" or (tense is None and (upcoming - published).days * FUTURE_LEAN < (published - past).days):
        return upcoming
    return past


def _plausible_year(year: int) -> bool:
    return 1800 <= year <= 2100


# --------------------------------------------------------------------------- patterns


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _title_alternation(words: list[str], case_sensitive: bool, dotted: bool = False) -> str:
    """Name alternation that, in ordinary text, only matches capitalised names."""
    forms = []
    for word in sorted(words, key=len, reverse=True):
        escaped = re.escape(word.capitalize())
        forms.append(escaped + (r"\.?" if dotted else ""))
    body = "|".join(forms)
    return f"(?-i:{body})" if case_sensitive else f"(?:{body})"


_NUMBER_WORDS = _GRAMMAR.fragments["number"]
_UNIT = _GRAMMAR.fragments["unit"]
_YEAR = _GRAMMAR.fragments["year"]
_DAY = _GRAMMAR.fragments["day"]

def _number_of(text: str) -> float | None:
    words = " ".join(text.casefold().split())
    if words in _GRAMMAR.amount_words:
        return _GRAMMAR.amount_words[words]
    return parse_number(words)


def _unit_name(unit: str) -> str:
    unit = unit.casefold()
    return unit[:-1] if unit.endswith("s") else unit


@functools.lru_cache(maxsize=2)
def _rules(case_sensitive: bool) -> tuple[_Rule, ...]:
    """The grammar's rules with their fragments filled in (`date_grammar.yaml` says which
    placeholder is which); month and weekday names match only capitalised where
    `case_sensitive` (the article is in mixed case)."""
    cal = calendar()
    full_months = sorted(cal.full_months)
    abbreviations = sorted(set(cal.months) - cal.full_months)
    # An abbreviated month needs its full stop or a day number after it; a full one stands alone.
    month_any = (
        "(?P<month>"
        + _title_alternation(full_months, case_sensitive)
        + "|"
        + _title_alternation(abbreviations, case_sensitive, dotted=True)
        + ")"
    )
    # A full weekday name is no other word: it is one in any case ("on saturday night" in
    # mixed-case copy), where a month's ("may", "march") or an abbreviation ("sun", "sat")
    # must be capitalised.
    weekdays = "(?i:" + _alternation(sorted(cal.full_weekdays)) + ")"
    fill = {
        **_GRAMMAR.fragments,
        "month_any": month_any,
        "month_full": "(?P<month>" + _title_alternation(full_months, case_sensitive) + ")",
        "weekday": "(?P<weekday>" + weekdays + ")",
        "weekday_first": "(?P<first>" + weekdays + ")",
        "weekday_second": "(?P<second>" + weekdays + ")",
        "parts_of_day": _alternation(list(cal.parts_of_day)),
        "seasons": _alternation(list(cal.seasons)),
        "vague_references": _alternation(list(cal.vague_references)),
    }

    def filled(pattern: str, rule: str) -> str:
        def one(m: re.Match[str]) -> str:
            if m[1] not in fill:
                raise ValueError(f"date_grammar.yaml: rule {rule!r} names no fragment <<{m[1]}>>")
            return fill[m[1]]

        return _PLACEHOLDER.sub(one, pattern)

    rules = []
    for spec in _GRAMMAR.rules:
        if spec.resolver not in _RESOLVERS:
            raise ValueError(f"date_grammar.yaml: rule {spec.name!r} names no resolver {spec.resolver!r}")
        flags = 0 if spec.case_sensitive else re.IGNORECASE
        rules.append(_Rule(spec.name, re.compile(filled(spec.pattern, spec.name), flags), _RESOLVERS[spec.resolver]))
    return tuple(rules)


_PLACEHOLDER = re.compile(r"<<(\w+)>>")


# --------------------------------------------------------------------------- resolvers


def _vague(m: re.Match[str], ctx: _Context) -> Resolved | None:
    """A vague reference is unplaced, except a recent period ("in recent weeks"): the
    days from `recent_periods` days before publication to the day before it. What "in
    recent days" tells is what led up to the report, over by the time it was written
    (as "earlier this week" is read, `_week_so_far`): the real-news gold ends such a
    span the day before publication, and the day of publication adds no day every
    reading shares."""
    back = calendar().recent_periods.get(" ".join(m[0].casefold().split()))
    if back is None or ctx.published is None:
        return UNKNOWN
    return Resolved(_interval(ctx.published - dt.timedelta(days=back), ctx.published - dt.timedelta(days=1)),
                    "interval")


def _month_number(name: str) -> int:
    return calendar().months[name.rstrip(".").casefold()]


def _day_number(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _iso(m: re.Match[str], ctx: _Context) -> Resolved | None:
    value = _safe_date(int(m["year"]), int(m["mnum"]), int(m["day"]))
    return Resolved(_day(value), "day") if value else None


def _month_day_year(m: re.Match[str], ctx: _Context) -> Resolved | None:
    year, month = int(m["year"]), _month_number(m["month"])
    first = _safe_date(year, month, _day_number(m["day"]))
    if first is None:
        return None
    if m["day2"]:
        last = _safe_date(year, month, _day_number(m["day2"]))
        if last is None or last <= first:
            return None
        return Resolved(_interval(first, last), "interval")
    return Resolved(_day(first), "day")


def _month_day(m: re.Match[str], ctx: _Context) -> Resolved | None:
    month, day = _month_number(m["month"]), _day_number(m["day"])
    if _safe_date(2000, month, day) is None:  # 2000 is a leap year: allows 29 February
        return None
    if ctx.year_reference is None:
        return UNKNOWN
    first = _month_day_near(ctx.year_reference, month, day, _tense(ctx.text, m.start()))
    if first is None:
        return UNKNOWN
    if m["day2"]:
        last = _safe_date(first.year, month, _day_number(m["day2"]))
        if last is None or last <= first:
            return None
        return Resolved(_interval(first, last), "interval")
    return Resolved(_day(first), "day")


def _month_year(m: re.Match[str], ctx: _Context) -> Resolved | None:
    year_text = m["year"]
    if year_text[0] in "'’":
        short = int(year_text[1:])
        century = (ctx.published.year // 100 * 100) if ctx.published else 2000
        year = century + short
        if ctx.published and year > ctx.published.year:
            year -= 100
    else:
        year = int(year_text)
    return Resolved(_month(year, _month_number(m["month"])), "month")


_PREPOSITION_BEFORE = _GRAMMAR.cues["month_preposition_before"]

def _named_month(m: re.Match[str], ctx: _Context) -> Resolved | None:
    name = m["month"].casefold()
    before = ctx.text[max(0, m.start() - 20) : m.start()]
    lowercased = not any(ch.isupper() for ch in ctx.text[max(0, m.start() - 200) : m.end() + 200])
    # "May" is also a verb and "March" a noun; lower-case text gives no capital to go by.
    needs_cue = name in ("may", "march") or lowercased
    cued = bool(m["rel"]) or bool(_PREPOSITION_BEFORE.search(before))
    if needs_cue and not cued:
        return None
    if name == "march" and not cued and re.match(r"\s+(?:on|to|through|against)\b", ctx.text[m.end() :]):
        return None  # a headline's "March on Bamako" is the noun
    published = ctx.year_reference
    if published is None:
        return UNKNOWN
    month = _month_number(name)
    rel = (m["rel"] or "").casefold().split()
    if rel == ["last"] or rel == ["this", "past"]:
        year = published.year if month < published.month else published.year - 1
    elif rel == ["next"] or rel == ["this", "coming"]:
        year = published.year if month > published.month else published.year + 1
    elif rel == ["this"]:
        year = published.year
    else:
        year, _ = _month_near(published, month, _tense(ctx.text, m.start()))
    return Resolved(_month(year, month), "month")


def _month_relative_year(m: re.Match[str], ctx: _Context) -> Resolved | None:
    if ctx.year_reference is None:
        return UNKNOWN
    shift = {"last": -1, "this": 0, "next": 1}[m["rel"].casefold()]
    return Resolved(_month(ctx.year_reference.year + shift, _month_number(m["month"])), "month")


def _spelled_year(m: re.Match[str], ctx: _Context) -> Resolved | None:
    if m["century"]:
        century = parse_number(m["century"])
        rest = parse_number(m["rest"])
        if century is None or rest is None:
            return None
        if _COUNTED_AFTER.match(ctx.text[m.end() : m.end() + 30]):
            return None  # "twenty forty-ton trucks"
        year = int(century) * 100 + int(rest)
    else:
        year = 2000 + int(parse_number(m["small"]) or 0) if m["small"] else 2000
    return Resolved(f"{year:04d}", "year")


def _year_range(m: re.Match[str], ctx: _Context) -> Resolved | None:
    first = int(m["year"])
    second_text = m["year2"]
    second = int(second_text) if len(second_text) == 4 else first // 100 * 100 + int(second_text)
    if not (_plausible_year(first) and first < second <= first + 50):
        return None
    return Resolved(_interval(dt.date(first, 1, 1), dt.date(second, 12, 31)), "interval")


# Words after a four-digit number that show it counts something ("2000 soldiers").
_COUNTED_AFTER = _GRAMMAR.cues["counted_after"]
_YEAR_CUE_BEFORE = _GRAMMAR.cues["year_cue_before"]


def _year(m: re.Match[str], ctx: _Context) -> Resolved | None:
    year = int(m["year"])
    after = ctx.text[m.end() : m.end() + 30]
    before = ctx.text[max(0, m.start() - 20) : m.start()]
    if not m["fiscal"]:
        if _COUNTED_AFTER.match(after) and not _YEAR_CUE_BEFORE.search(before):
            return None
        range_of = re.match(r"\s*(?:to|and|-|–)\s*(\d[\d,]*)", after)
        if range_of and not _YEAR_CUE_BEFORE.search(before):
            rest = ctx.text[m.end() + range_of.end() : m.end() + range_of.end() + 30]
            if not re.fullmatch(_YEAR, range_of.group(1)) or _COUNTED_AFTER.match(rest):
                return None  # "1500 to 2000 jobs": a range of counts
        if (
            re.search(r"(?:\bof|\bfrom|\bbetween|\bto|\bthan|\babout|\bsome|\bnearly|\bonly|\bat\s+least)\s+$", before)
            and re.match(r"\s+[a-z]", after)
            and _COUNTED_AFTER.match(after)
        ):
            return None
    if ctx.published is not None and year > ctx.published.year + 30:
        return None
    name_before = re.search(r"\b([A-Z][a-z]+)\s+$", before)
    if name_before and not _YEAR_CUE_BEFORE.search(before) and name_before.group(1).casefold() not in _calendar_names():
        return None  # "Flight 1990", "Resolution 2085": a name's number
    return Resolved(f"{year:04d}", "year")


@functools.lru_cache(maxsize=1)
def _calendar_names() -> frozenset[str]:
    cal = calendar()
    return frozenset(cal.months) | frozenset(cal.weekdays) | frozenset(cal.seasons)


def _decade(m: re.Match[str], ctx: _Context) -> Resolved | None:
    if m["long"]:
        start = int(m["long"])
    else:
        short = int(m["short"] or m["short2"])
        # The latest such decade begun by publication: "the '90s" is the 1990s, "the '10s" in 2022 the 2010s.
        century = 2000 if ctx.published is not None and 2000 + short <= ctx.published.year else 1900
        start = century + short
    return Resolved(_interval(dt.date(start, 1, 1), dt.date(start + 9, 12, 31)), "interval")


def _weekday(m: re.Match[str], ctx: _Context, relative: str | None = None) -> Resolved | None:
    weekday = calendar().weekdays[m["weekday"].casefold()]
    if ctx.published is None:
        return UNKNOWN
    rel = " ".join((m["rel"] or "").casefold().split()) if relative is None else relative
    published = ctx.published
    if rel in ("next", "this coming"):
        day = _next_weekday(published + dt.timedelta(days=1), weekday)
    elif rel in ("last", "this past"):
        day = _latest_weekday(published - dt.timedelta(days=1), weekday)
    elif rel == "this":
        day = _week(published)[0] + dt.timedelta(days=weekday)
    elif _future_context(ctx.text, m.start()):
        day = _next_weekday(published, weekday)
    else:
        day = _latest_weekday(published, weekday)
    return Resolved(_day(day), "day", kind="weekday")


def _night_span(m: re.Match[str], ctx: _Context) -> Resolved | None:
    """The two days of a night ("overnight Thursday to Friday") or the days of a range
    ("between Tuesday and Thursday"), the last one the latest on or before publication
    (or the dateline's day)."""
    if ctx.published is None:
        return UNKNOWN
    weekdays = calendar().weekdays
    second = _latest_weekday(ctx.published, weekdays[m["second"].casefold()])
    gap = (weekdays[m["second"].casefold()] - weekdays[m["first"].casefold()]) % 7 or 7
    return Resolved(_interval(second - dt.timedelta(days=gap), second), "interval")


_HOLIDAYS = _GRAMMAR.holidays


def _holiday(m: re.Match[str], ctx: _Context) -> Resolved | None:
    """"New Year's Eve": the latest one on or before publication, as a bare month-day."""
    if ctx.year_reference is None:
        return UNKNOWN
    month, day = _HOLIDAYS[" ".join(m["holiday"].casefold().replace("\u2019", "'").split())]
    value = _month_day_near(ctx.year_reference, month, day, _tense(ctx.text, m.start()))
    return Resolved(_day(value), "day") if value is not None else None


def _deictic_day(m: re.Match[str], ctx: _Context) -> Resolved | None:
    if ctx.published is None:
        return UNKNOWN
    word = " ".join(m["word"].casefold().split())
    offsets = {
        "today": 0,
        "tonight": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "last night": -1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }
    offset = offsets.get(word, 0)  # "this morning", "this evening": today
    return Resolved(_day(ctx.published + dt.timedelta(days=offset)), "day")


def _relative_period(m: re.Match[str], ctx: _Context) -> Resolved | None:
    rel = " ".join(m["rel"].casefold().split())
    unit = m["unit"].casefold()
    mod = (m["mod"] or "").casefold()
    if rel in ("the", "that", "the current") and unit in ("week", "month", "year"):
        # "the year" and "that week" need the narrative time; found, not placed.
        return UNKNOWN if rel != "the current" or ctx.published is None else _relative_period_value("this", unit, ctx)
    if rel == "past" and unit != "weekend":
        return None  # "past year" without "the" is usually an adjective phrase ("past year's results")
    if rel == "the following" and unit in ("week", "month", "year") and not mod:
        # "launched a counterattack the following week": the period after the story's last
        # told time, not after publication (`_resolve_anaphors_and_times`).
        return Resolved(None, "unknown", kind="anaphor", period=unit)
    if ctx.published is None:
        return UNKNOWN
    if mod in ("earlier", "later") and rel != "this":
        return None
    if rel == "this" and unit == "week" and mod != "later" and not _future_context(ctx.text, m.start()):
        return _week_so_far(ctx.published, earlier=mod == "earlier")
    return _relative_period_value(rel, unit, ctx)


def _week_so_far(published: dt.date, earlier: bool) -> Resolved:
    """A past "this week" is the part of the week told of: Monday to publication ("clashes
    this week"), and "earlier this week" Monday to the day before (on a Monday, Monday)."""
    monday = _week(published)[0]
    last = max(monday, published - dt.timedelta(days=1)) if earlier else published
    return Resolved(_interval(monday, last) if last > monday else _day(monday),
                    "interval" if last > monday else "day")


def _bare_weekend(m: re.Match[str], ctx: _Context) -> Resolved | None:
    if ctx.published is None:
        return UNKNOWN
    rel = "this coming" if _future_context(ctx.text, m.start()) else "the"
    return _relative_period_value(rel, "weekend", ctx)


def _relative_period_value(rel: str, unit: str, ctx: _Context) -> Resolved:
    published = ctx.published
    assert published is not None
    back = rel in ("last", "the last", "the past", "the previous", "past", "this past")
    forward = rel in ("next", "the next", "the coming", "the following", "this coming")
    # "the last year" / "the past year": the twelve months up to publication.
    if unit == "year":
        if rel in ("the past", "the last"):
            return Resolved(
                _interval(
                    _safe_date(published.year - 1, published.month, min(published.day, 28)) or published, published
                ),
                "interval",
            )
        year = published.year - 1 if back else published.year + 1 if forward else published.year
        return Resolved(f"{year:04d}", "year")
    if unit == "month":
        if rel in ("the past", "the last"):
            return Resolved(_interval(published - dt.timedelta(days=30), published), "interval")
        year, month = _add_months(published.year, published.month, -1 if back else 1 if forward else 0)
        return Resolved(_month(year, month), "month")
    if unit == "week":
        if rel in ("the past", "the last"):
            return Resolved(_interval(published - dt.timedelta(days=7), published), "interval")
        monday, sunday = _week(published + dt.timedelta(days=-7 if back else 7 if forward else 0))
        return Resolved(_interval(monday, sunday), "interval")
    if unit == "weekend":
        if forward:
            saturday = _next_weekday(published + dt.timedelta(days=1), 5)
        elif back:
            saturday = _latest_weekday(published - dt.timedelta(days=2), 5)
        elif rel == "this" and published.weekday() < 5:
            saturday = _next_weekday(published, 5)
        else:
            saturday = _latest_weekday(published - dt.timedelta(days=1 if published.weekday() == 5 else 0), 5)
            if published.weekday() == 6:
                saturday = published - dt.timedelta(days=1)
        return Resolved(_interval(saturday, saturday + dt.timedelta(days=1)), "interval")
    # A season: the one under way or last ended ("the summer", "this summer"), the one
    # before it ("last summer"), or the next one ("next summer").
    first_month, last_month = calendar().seasons[unit]
    year = published.year
    start = dt.date(year, first_month, 1)
    if start > published:
        start = dt.date(year - 1, first_month, 1)
    if back:
        start = dt.date(start.year - 1, first_month, 1)
    elif forward:
        start = dt.date(start.year + 1, first_month, 1)
    end_year = start.year + (1 if last_month < first_month else 0)
    return Resolved(_interval(start, _month_end(end_year, last_month)), "interval")


def _season_year(m: re.Match[str], ctx: _Context) -> Resolved | None:
    first_month, last_month = calendar().seasons[m["season"].casefold()]
    year = int(m["year"])
    end_year = year + (1 if last_month < first_month else 0)
    return Resolved(_interval(dt.date(year, first_month, 1), _month_end(end_year, last_month)), "interval")


# Counts news gives without a number: "a few days ago" is two to six days back, "several
# weeks ago" three to nine weeks back (the days or weeks between, as an interval).
_VAGUE_AMOUNTS = _GRAMMAR.vague_amounts


# Quantifiers of a relation that leave a span of days: "less than two weeks after" is
# 1-13 days after; "more than" has no bound and is not placed.
_RELATION_BELOW = _GRAMMAR.relation_below


def _event_relation(m: re.Match[str], ctx: _Context) -> Resolved | None:
    """ "The attack came a day after the rebels announced a truce": the clause after
    "after"/"before" tells another event, on the day this one's (the story's last named
    day) less/plus the distance: news writes this to date a second event from the
    first. Found only before an event's words; placed in
    `_relations_on_clauses` where the parse shows a clause (not "a day after the attack",
    where the noun names the known event and the main clause is the later one)."""
    if not _EVENT_AFTER.match(ctx.text, m.end()):
        return None
    amount = _number_of(m["n"])
    quantifier = " ".join((m["q"] or "").casefold().split())
    if amount is None or amount != int(amount) or quantifier == "more than":
        return UNKNOWN
    days = calendar().unit_days[_unit_name(m["unit"])] * int(amount)
    sign = -1 if m["dir"].casefold() == "after" else 1
    if quantifier in _RELATION_BELOW:
        # "less than two weeks after": from 13 days before to the day before.
        first, last = sorted((sign * (days - 1), sign))
        return Resolved(None, "unknown", kind="relation", offset_days=first, last_offset_days=last)
    return Resolved(None, "unknown", kind="relation", offset_days=sign * days)


def relation_distance(text: str) -> int | None:
    """The days from the event a relation's clause tells to the event of the clause it
    hangs on: "a day after the rebels announced a truce" is 1 (the main clause's event is
    a day later), "two days before ..." is -2. None for a text that is no counted relation
    ("less than two weeks after" is a span, "more than" has no bound)."""
    m = _relation_pattern().search(text)
    if m is None or m.end() != len(text.rstrip()):
        return None
    amount = _number_of(m["n"])
    if m["q"] or amount is None or amount != int(amount):
        return None
    days = calendar().unit_days[_unit_name(m["unit"])] * int(amount)
    return days if m["dir"].casefold() == "after" else -days


@functools.lru_cache(maxsize=1)
def _relation_pattern() -> re.Pattern[str]:
    return next(rule.pattern for rule in _rules(False) if rule.name == "event_relation")


def _ago(m: re.Match[str], ctx: _Context) -> Resolved | None:
    amount = _number_of(m["n"])
    direction = " ".join(m["dir"].casefold().split())
    unit = _unit_name(m["unit"])
    if direction in ("earlier", "before", "later") and unit in ("day", "week", "fortnight"):
        # "two days later", "a week earlier": counted from the day the story last named,
        # as "the next day" is (TimeML anchors them to the reference time, not to
        # publication). "two days before the vote" dates another event by name.
        if amount is None or amount != int(amount) or (direction == "before" and _EVENT_AFTER.match(ctx.text, m.end())):
            return UNKNOWN
        days = calendar().unit_days[unit] * int(amount)
        return Resolved(None, "unknown", kind="anaphor", offset_days=days if direction == "later" else -days)
    if direction in ("earlier", "before", "later") and m["n"].casefold() not in ("a", "an", "one"):
        # "three years later" is counted from a time in the story, not from publication.
        return UNKNOWN
    # "days ago" with no amount counts as `bare_plural_amount` of them ("a few days ago").
    vague = _VAGUE_AMOUNTS.get(" ".join(m["n"].casefold().split()) or _GRAMMAR.bare_plural_amount)
    if vague is not None and direction == "ago" and ctx.published is not None and unit in ("day", "week"):
        days = calendar().unit_days[unit]
        first = ctx.published - dt.timedelta(days=vague[1] * days)
        return Resolved(_interval(first, ctx.published - dt.timedelta(days=vague[0] * days)), "interval")
    if amount is None or ctx.published is None:
        return UNKNOWN
    sign = 1 if direction in ("from now", "later") else -1
    published = ctx.published
    if unit == "year":
        return Resolved(f"{published.year + sign * int(amount):04d}", "year") if amount == int(amount) else UNKNOWN
    if unit == "decade":
        return Resolved(f"{published.year + sign * int(amount * 10):04d}", "year")
    if unit == "month" and amount == int(amount):
        year, month = _add_months(published.year, published.month, sign * int(amount))
        return Resolved(_month(year, month), "month")
    days = calendar().unit_days.get(unit, 1) * amount
    return Resolved(_day(published + dt.timedelta(days=sign * round(days))), "day")


def _anchored_duration(m: re.Match[str], ctx: _Context) -> Resolved | None:
    prep = (m["prep"] or "").casefold()
    direction = (m["dir"] or "").casefold()
    if not direction and prep not in ("over", "within"):
        return None  # "for three years", "six months": a duration with nothing to anchor it
    if (
        not direction
        and prep == "over"
        and not re.search(r"\s(?:about|some|around|nearly|almost|roughly|approximately|the)\s", m.group(0) + " ")
    ):
        # "over six months" may also mean "more than six months"; only the forward
        # reading with a hedge ("over about six months") is taken as a date.
        if m["n"].casefold() in ("a", "an"):
            return None
    amount = _number_of(m["n"])
    if amount is None or ctx.published is None:
        return UNKNOWN
    unit = _unit_name(m["unit"])
    published = ctx.published
    sign = -1 if direction in ("past", "last", "previous") else 1
    if unit in ("month", "year", "decade") and amount == int(amount):
        months = int(amount) * {"month": 1, "year": 12, "decade": 120}[unit]
        year, month = _add_months(published.year, published.month, sign * months)
        other = _safe_date(year, month, min(published.day, _month_end(year, month).day)) or published
    else:
        days = round(calendar().unit_days.get(unit, 1) * amount)
        other = published + dt.timedelta(days=sign * days)
    first, last = sorted((published, other))
    return Resolved(_interval(first, last), "interval")


_ORDINAL_PART = _GRAMMAR.ordinal_parts


def _part_of_year(m: re.Match[str], ctx: _Context) -> Resolved | None:
    part = m["part"].casefold()
    count = 4 if part == "quarter" else 2
    ordinal = m["ord"].casefold()
    number = count if ordinal == "final" else _ORDINAL_PART.get(ordinal, 0)
    if not 1 <= number <= count:
        return None
    year: int | None = None
    explicit = m["year"] or m["pyear"]
    rel = (m["rel"] or m["prel"] or "").casefold()
    if explicit:
        year = int(explicit)
    elif ctx.published is not None:
        year = ctx.published.year + {"this": 0, "last": -1, "next": 1}.get(rel, 0)
        if not rel and _period_part_start(year, number, count) > ctx.published:
            year -= 1  # "the fourth quarter" in February is last year's
    if year is None:
        return UNKNOWN
    return Resolved(_part_interval(year, number, count), "interval")


def _period_part_start(year: int, number: int, count: int) -> dt.date:
    months = 12 // count
    return dt.date(year, (number - 1) * months + 1, 1)


def _part_interval(year: int, number: int, count: int) -> str:
    months = 12 // count
    first_month = (number - 1) * months + 1
    return _interval(dt.date(year, first_month, 1), _month_end(year, first_month + months - 1))


def _quarter_code(m: re.Match[str], ctx: _Context) -> Resolved | None:
    count = 4 if m["prefix"] == "Q" else 2
    number = int(m["qn"])
    if number > count:
        return None
    if m["year"]:
        year = int(m["year"])
    elif ctx.published is not None:
        year = ctx.published.year
        if _period_part_start(year, number, count) > ctx.published:
            year -= 1
    else:
        return UNKNOWN
    return Resolved(_part_interval(year, number, count), "interval")


# "a day after the ELN announced a ceasefire": counted from the event named next, not
# from the last day told; no calendar value. ("the day before the plunge" keeps the
# anaphoric reading: TimeBank annotates it so.)
_EVENT_AFTER = _GRAMMAR.cues["event_after"]
# "The clashes broke out on the same day the country was celebrating ...", "The kidnapping
# occurred on the same day that the minister ...": the clause after "the same day" tells
# which day it is, another event's, not the day last told. Not a sentence's opening time
# ("The same day police arrested ten people": the day last told).
_DAY_DEFINED_AFTER = _GRAMMAR.cues["day_defined_after"]
_FRONTED_BEFORE = _GRAMMAR.cues["fronted_before"]


def _day_defined_after(m: re.Match[str], ctx: _Context, phrase: str) -> bool:
    """ "the same day" followed by the clause that tells which day it is, not opening its sentence."""
    return ("same" in phrase.split() and _DAY_DEFINED_AFTER.match(ctx.text, m.end()) is not None
            and _FRONTED_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start()) is None)


def _anaphoric_day(m: re.Match[str], ctx: _Context) -> Resolved | None:
    phrase = " ".join(m["phrase"].casefold().split())
    if phrase.startswith("a ") and phrase.endswith(("before", "after")) and _EVENT_AFTER.match(ctx.text, m.end()):
        return UNKNOWN
    if _day_defined_after(m, ctx, phrase):
        return UNKNOWN
    if phrase.startswith("soon"):
        # "Soon after the incident, a mob gathered": the vague "soon" is on the day of the
        # incident last told ("will come soon after the elections" is left to "soon",
        # unplaced). TimeML marks "soon" alone; "shortly after" is no time expression.
        if _future_context(ctx.text, m.start()):
            return None
        return Resolved(None, "unknown", kind="anaphor", offset_days=0)
    if "previous" in phrase or "before" in phrase or "earlier" in phrase:
        offset = -1
    elif "next" in phrase or "following" in phrase or "after" in phrase or "later" in phrase:
        offset = 1
    else:
        offset = 0
    return Resolved(None, "unknown", kind="anaphor", offset_days=offset)


def _hours_of_day(m: re.Match[str], ctx: _Context) -> Resolved | None:
    """ "in the early hours of Sunday", "the pre-dawn hours of Monday": that day."""
    return _weekday(m, ctx, relative="")


def _part_of_day(m: re.Match[str], ctx: _Context) -> Resolved | None:
    """ "during the night", "overnight", "in the morning": a part of a day no day is named
    for, placed on the story's last day (a night: that day and the one before). "the night
    of Friday" is left to the weekday."""
    return Resolved(None, "unknown", kind="time", offset_days=-1 if (m["part"] or "night").casefold() == "night" else 0)


def _shortly_after(m: re.Match[str], ctx: _Context) -> Resolved | None:
    """ "Two hours later", "minutes later": a time shortly after what was just told, on the
    day told just before (`_resolve_anaphors_and_times`); no day of its own."""
    return Resolved(None, "unknown", kind="shortly")


def _clock_time(m: re.Match[str], ctx: _Context) -> Resolved | None:
    """A clock time ("10:30 a.m.", "at dawn"): no day of its own."""
    return Resolved(None, "unknown", kind="time")


# The resolver each rule of `date_grammar.yaml` names.
_RESOLVERS: dict[str, Resolver] = {
    "iso": _iso,
    "month_day_year": _month_day_year,
    "month_day": _month_day,
    "month_year": _month_year,
    "month_relative_year": _month_relative_year,
    "spelled_year": _spelled_year,
    "named_month": _named_month,
    "year_range": _year_range,
    "year": _year,
    "decade": _decade,
    "night_span": _night_span,
    "hours_of_day": _hours_of_day,
    "holiday": _holiday,
    "weekday": _weekday,
    "deictic_day": _deictic_day,
    "relative_period": _relative_period,
    "bare_weekend": _bare_weekend,
    "season_year": _season_year,
    "event_relation": _event_relation,
    "ago": _ago,
    "anchored_duration": _anchored_duration,
    "part_of_year": _part_of_year,
    "quarter_code": _quarter_code,
    "anaphoric_day": _anaphoric_day,
    "vague": _vague,
    "part_of_day": _part_of_day,
    "clock_time": _clock_time,
    "shortly_after": _shortly_after,
}


# --------------------------------------------------------------------------- spans


# Words that widen a date without changing its value ("mid-2019", "late last year",
# "the end of 1990"), and "since", which turns it into an interval up to publication.
_MODIFIER_BEFORE = _GRAMMAR.cues["modifier_before"]
_SINCE_BEFORE = _GRAMMAR.cues["since_before"]
_WEEKDAY_JOIN = _GRAMMAR.cues["weekday_join"]
_TIME_JOIN = _GRAMMAR.cues["time_join"]


# Every rule's match holds one of its key words (or, for numeric rules, a date-like
# digit group). Rules run only on windows around their keys, which keeps the cost
# low on the long stretches of news text that hold no temporal expression.
_WINDOW_REACH = 50
_RULE_KEYS: dict[str, tuple[str, ...]] = {spec.name: spec.keys for spec in _GRAMMAR.rules}
_WORD = re.compile(r"[A-Za-z]+\d?")
# Digits that can belong to a date or time: a four-digit year, a clock time, a decade.
# Other numbers are dates only next to a month name or unit word, which are keys already.
# What r"(?<!\d)\d{4}(?!\d)|\d[:.]\d\d|\d\s?[ap]\.?m\b|\d0s\b" finds under re.IGNORECASE,
# written to open on its digit, without the flag (the letters in both cases, and the long
# s the flag equates with "s"): the engine then skips to each digit instead of trying
# every position of the text (a tenth of the time).
_DIGIT_KEY = re.compile(r"\d(?:(?<!\d\d)\d{3}(?!\d)|[:.]\d\d|\s?[aApP]\.?[mM]\b|0[sS\u017f]\b)")


@functools.lru_cache(maxsize=1)
def _key_classes() -> dict[str, frozenset[str]]:
    """Lower-case key word -> the key classes it belongs to."""
    cal = calendar()
    words = _GRAMMAR.key_words
    classes: dict[str, set[str]] = {
        "month": set(cal.months),
        "weekday": set(cal.weekdays),
        "deictic": {*words["deictic"], *cal.parts_of_day},
        "period": {*words["period"], *cal.seasons},
        "season": set(cal.seasons),
        "unit": set(_GRAMMAR.unit_words),
        **{name: set(words[name]) for name in ("part", "code", "anaphor", "clock", "holiday", "spelled")},
        "vague": set(),
    }
    # A vague reference is a fixed phrase, so any one of its words marks where it can
    # be: its longest (the rarest, as a rule: "at the time" is keyed by "time", not
    # "the"), so that the rule reads the text around few words.
    for phrase in cal.vague_references:
        words = re.findall(r"[a-z]+", phrase.casefold())
        classes["vague"].add(max(reversed(words), key=len))
    by_word: dict[str, set[str]] = {}
    for name, words in classes.items():
        for word in words:
            by_word.setdefault(word, set()).add(name)
    return {word: frozenset(names) for word, names in by_word.items()}


@functools.lru_cache(maxsize=1)
def _key_word_pattern() -> re.Pattern[str]:
    """The words `_WORD` cuts from a text that are key words, found without cutting the
    others: over the text with its ASCII letters lowered, a key (`[a-z]+` and at most one
    digit, as a cut word folds; no other key can be one) not after a letter, and, unless it
    ends on its digit, before neither a letter nor a digit (where `_WORD` would cut a
    longer word). A trie (`longest_first_alternation`): the engine follows the letters once."""
    keys = [key for key in _key_classes() if re.fullmatch(r"[a-z]+\d?", key)]
    with_digit = [key for key in keys if not key[-1].isalpha()]
    letters = [key for key in keys if key[-1].isalpha()]
    alternatives = [rf"(?:{longest_first_alternation(letters)})(?![a-z\d])"]
    if with_digit:
        alternatives.insert(0, f"(?:{longest_first_alternation(with_digit)})")
    return re.compile(r"(?<![a-z])(?:" + "|".join(alternatives) + ")")


# str.translate table lowering the ASCII letters only, so that offsets stay the text's.
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _key_hits(text: str) -> dict[str, list[tuple[int, int]]]:
    """Positions of key words in the text, by key class: the words `_WORD` cuts whose
    folded form is a key (`_key_word_pattern` finds just those)."""
    classes = _key_classes()
    hits: dict[str, list[tuple[int, int]]] = {}
    for match in _key_word_pattern().finditer(text.translate(_ASCII_LOWER)):
        for name in classes[match.group()]:
            hits.setdefault(name, []).append(match.span())
    hits["digit"] = [match.span() for match in _DIGIT_KEY.finditer(text)]
    return hits


def _windows(text_length: int, hits: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Stretches of text around key words, merged where they overlap."""
    current: tuple[int, int] | None = None
    for hit_start, hit_end in sorted(hits):
        start = max(0, hit_start - _WINDOW_REACH)
        end = min(text_length, hit_end + _WINDOW_REACH)
        if current is not None and start <= current[1]:
            current = (current[0], end)
            continue
        if current is not None:
            yield current
        current = (start, end)
    if current is not None:
        yield current


def _widen_to_whitespace(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end


def _candidates(ctx: _Context, case_sensitive: bool) -> Iterator[_Candidate]:
    text = ctx.text
    hits = _key_hits(text)
    # Rules keyed alike (the seven of a month, the six of a weekday) read the same windows.
    windows: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for priority, rule in enumerate(_rules(case_sensitive)):
        keys = _RULE_KEYS[rule.name]
        if keys not in windows:
            rule_hits = [hit for name in keys for hit in hits.get(name, ())]
            windows[keys] = [_widen_to_whitespace(text, *window) for window in _windows(len(text), rule_hits)]
        for window_start, window_end in windows[keys]:
            for match in rule.pattern.finditer(text, window_start, window_end):
                if match.end() == match.start():
                    continue
                resolved = rule.resolve(match, ctx)
                if resolved is None:
                    continue
                start, end = match.start(), match.end()
                # Keep spans tight: leading "at " of "at noon" is not part of the time.
                lead = re.match(r"(?:at|the)\s+", match.group(0), re.IGNORECASE) if rule.name == "clock_time" else None
                if lead:
                    start += lead.end()
                yield _Candidate(start, end, priority, resolved)


def _select(candidates: list[_Candidate]) -> list[_Candidate]:
    """Longest match wins; among equal lengths, the earlier rule.

    The characters already taken are marked in one array, so each candidate costs its
    own length, not a scan of those chosen before it (issue 14).
    """
    chosen: list[_Candidate] = []
    taken = bytearray(max((c.end for c in candidates), default=0))
    for candidate in sorted(candidates, key=lambda c: (-(c.end - c.start), c.priority, c.start)):
        if candidate.end > candidate.start and taken.find(1, candidate.start, candidate.end) >= 0:
            continue
        chosen.append(candidate)
        taken[candidate.start : candidate.end] = b"\x01" * (candidate.end - candidate.start)
    return sorted(chosen, key=lambda c: c.start)


def _widen(text: str, chosen: list[_Candidate], published: dt.date | None) -> None:
    """Attach value-keeping modifiers and "since" to the dates they precede."""
    previous_end = 0
    for candidate in chosen:
        before = text[previous_end : candidate.start]
        modifier = _MODIFIER_BEFORE.search(before)
        if modifier and candidate.resolved.kind in ("date", "weekday"):
            candidate.start = previous_end + modifier.start()
            before = text[previous_end : candidate.start]
        since = _SINCE_BEFORE.search(before)
        value = candidate.resolved.value
        if since and candidate.resolved.kind in ("date", "weekday") and candidate.resolved.precision != "unknown":
            candidate.start = previous_end + since.start()
            first = _period_start(value) if value else None
            if first is not None and published is not None and first <= published:
                candidate.resolved = Resolved(_interval(first, published), "interval")
        previous_end = candidate.end


def _following_period(
    unit: str, last_day: dt.date | None, last_month: tuple[int, int] | None, last_year: int | None
) -> Resolved:
    """"The following week / month / year": the Monday-Sunday week after the story's last
    told day, the month after its last told month (TimeBank: "In March ... The following
    month" is April), the year after its last told year; unplaced with nothing told and no publication."""
    if unit == "week":
        if last_day is None:
            return UNKNOWN
        monday, sunday = _week(last_day + dt.timedelta(days=7))
        return Resolved(_interval(monday, sunday), "interval")
    if unit == "month":
        return Resolved(_month(*_add_months(*last_month, 1)), "month") if last_month is not None else UNKNOWN
    return Resolved(f"{last_year + 1:04d}", "year") if last_year is not None else UNKNOWN


# "... later in October": a month told after another in the same sentence (no break between).
_LATER_IN = re.compile(r"^[^.!?;\n]*\blater\s+in\s+$")


def _resolve_anaphors_and_times(text: str, chosen: list[_Candidate], published: dt.date | None) -> list[_Candidate]:
    """Count anaphoric days from the last day mentioned; join clock times to their day."""
    last_day = published
    last_month = (published.year, published.month) if published is not None else None
    last_year = published.year if published is not None else None
    told: _Candidate | None = None  # the last day or month the story told
    for candidate in chosen:
        resolved = candidate.resolved
        if (told is not None and last_month is not None and resolved.precision == "month" and resolved.value
                and _LATER_IN.search(text[told.end : candidate.start])):
            # "in April last year and ... later in October": the month after the one the
            # sentence just told, in that one's year (or the next), not the report's.
            month = int(resolved.value[5:7])
            year = last_month[0] if month >= last_month[1] else last_month[0] + 1
            candidate.resolved = resolved = Resolved(_month(year, month), "month")
        if resolved.period is not None:
            candidate.resolved = _following_period(resolved.period, last_day, last_month, last_year)
        elif resolved.kind in ("anaphor", "relation"):
            if last_day is None:
                candidate.resolved = UNKNOWN
            elif resolved.last_offset_days is not None:
                first = last_day + dt.timedelta(days=resolved.offset_days)
                candidate.resolved = Resolved(
                    _interval(first, last_day + dt.timedelta(days=resolved.last_offset_days)), "interval"
                )
            else:
                # It keeps its kind: "on Tuesday, a day after ..." or "on Tuesday, the day
                # before ..." is two days, not one date named twice ("Saturday, April 25").
                candidate.resolved = Resolved(
                    _day(last_day + dt.timedelta(days=resolved.offset_days)), "day", kind=resolved.kind
                )
        if candidate.resolved.precision == "day" and candidate.resolved.value:
            last_day = dt.date.fromisoformat(candidate.resolved.value)
            last_month = (last_day.year, last_day.month)
            last_year = last_day.year
        elif candidate.resolved.precision == "month" and candidate.resolved.value:
            last_month = (int(candidate.resolved.value[:4]), int(candidate.resolved.value[5:7]))
            last_year = last_month[0]
        elif candidate.resolved.precision == "year" and (candidate.resolved.value or "").isdigit():
            last_year = int(candidate.resolved.value)  # "In 2019 ... the following year"
        if candidate.resolved.precision in ("day", "month") and candidate.resolved.value:
            told = candidate
    merged: list[_Candidate] = []
    for candidate in chosen:
        if merged:
            previous = merged[-1]
            kinds = {previous.resolved.kind, candidate.resolved.kind}
            if (
                previous.resolved.kind == "weekday"
                and candidate.resolved.kind == "date"
                and candidate.resolved.precision == "day"
                and _WEEKDAY_JOIN.match(text[previous.end : candidate.start])
            ):
                merged[-1] = _Candidate(previous.start, candidate.end, previous.priority, candidate.resolved)
                continue
            if (
                "time" in kinds
                and _TIME_JOIN.match(text[previous.end : candidate.start])
                and (previous.resolved.precision == "day" or candidate.resolved.precision == "day")
            ):
                day = previous.resolved if previous.resolved.precision == "day" else candidate.resolved
                merged[-1] = _Candidate(previous.start, candidate.end, previous.priority, Resolved(day.value, "day"))
                continue
        merged.append(candidate)
    # A time or part of a day standing alone ("clamped a curfew from 10.30 am", "protests
    # began during the night") is on the day the story last named; a night runs from the
    # day before into it. Without a day named before it, it stays unplaced.
    # The day of a report's telling ("police said on Tuesday") is no day of the story:
    # a time told after it ("the gunmen arrived at around 10 pm") is on the story's last
    # day named before, the telling's day only when the story named none.
    told: dt.date | None = None
    telling: dt.date | None = None
    for index, candidate in enumerate(merged):
        resolved = candidate.resolved
        if resolved.kind == "time" and resolved.value is None:
            # "an overnight attack ... on Monday": a day named later in the time's own sentence
            # is its day, before any the story named earlier (a photo caption's "April 6, 2021").
            anchor = _day_later_in_sentence(text, merged, index) or told or telling
            if anchor is not None:
                first = anchor + dt.timedelta(days=resolved.offset_days)
                candidate.resolved = (
                    Resolved(_day(anchor), "day") if first == anchor else Resolved(_interval(first, anchor), "interval")
                )
        elif resolved.kind == "shortly" and resolved.value is None:
            # "Two hours later": on the story's day told just before, in its own sentence or
            # the one before (further back, what it follows may be another story's day).
            anchor = _day_just_before(text, merged, index)
            if anchor is not None:
                candidate.resolved = Resolved(_day(anchor), "day")
        elif resolved.precision == "day" and resolved.value:
            if _on_telling(text, candidate):
                telling = dt.date.fromisoformat(resolved.value)
            else:
                told = dt.date.fromisoformat(resolved.value)
    return merged


_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _day_later_in_sentence(text: str, merged: list[_Candidate], index: int) -> dt.date | None:
    """The day the first day-precise date after candidate `index` names, when it stands in
    the same sentence and is no day of telling ("said on Tuesday"); else None."""
    for later in merged[index + 1:]:
        if _SENTENCE_END.search(text[merged[index].end:later.start]):
            return None
        if later.resolved.precision == "day" and later.resolved.value:
            return None if _on_telling(text, later) else dt.date.fromisoformat(later.resolved.value)
    return None


# A break between sentences, a paragraph's counted once (". \n\n").
_SENTENCE_BREAK = re.compile(r"[.!?]\s+|\n\s*")


def _day_just_before(text: str, merged: list[_Candidate], index: int) -> dt.date | None:
    """The day the last day-precise date before candidate `index` names, no day of telling
    ("said on Tuesday"), when at most one sentence break stands between them; else None."""
    for earlier in reversed(merged[:index]):
        if len(_SENTENCE_BREAK.findall(text[earlier.end : merged[index].start])) > 1:
            return None
        if earlier.resolved.precision == "day" and earlier.resolved.value and not _on_telling(text, earlier):
            return dt.date.fromisoformat(earlier.resolved.value)
    return None


def _on_telling(text: str, candidate: _Candidate) -> bool:
    """The date is the day of a telling ("police said on Tuesday"), not of the story."""
    return bool(_telling_before().search(text[max(0, candidate.start - 40) : candidate.start]))


@functools.lru_cache(maxsize=1)
def _telling_before() -> re.Pattern[str]:
    """A verb of telling right before a day ("said on Tuesday", "told Reuters on Tuesday",
    "said in a statement on Tuesday", "said Tuesday"; temporal.yaml `telling_verbs`)."""
    verbs = "|".join(re.escape(verb) for verb in calendar().telling_verbs)
    return re.compile(r"\b(?:" + verbs + r")\b(?:[^.;:!?]{0,30}?\bon)?\s+$", re.IGNORECASE)


# The dash that ends a dateline: "--", "-", an em or an en dash.
_FILED_DASH = r"(?:-{1,2}|\u2014|\u2013)"
_DATELINE = re.compile(
    r"\A\s*[A-Z][A-Za-z .'\u2019-]{1,40},\s*(?:[A-Z][a-z]+\s*,\s*)?(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2})"
    r"(?:\s*,\s*(?P<year>\d{4}))?\s*(?:\([^)]{1,40}\)\s*)?" + _FILED_DASH
)


def dateline_end(text: str) -> int:
    """Where a dated dateline at the start of the text ends (0 without one): its date is
    when the report was filed, not when anything in it happened."""
    skip = 0
    found = _DATELINE.match(text[:200])
    if found is None and (credit := SYNDICATION_CREDIT.match(text)) is not None:
        # "(MENAFN- IANS) Baghdad, May 23 (IANS) ...": a syndicator's credit before the dateline
        skip = credit.end()
        found = _DATELINE.match(text[skip : skip + 200])
    return skip + found.end() if found is not None else 0


# The report's own date as news pages print it at the head of the text, after a headline
# or byline when not at its start (`filing_span`): a dateline ("NIAMEY, Dec 22 (Xinhua)
# --", "DAKAR - 21 September 2017:", "December 1, 2024 (EL FASHER) --"), a posting stamp
# ("Posted: Jun 02, 2013 11:09 AM", "Published 08:35 IST, March 7th 2024", "2024-06-27 |
# 06:26"), a line that holds only a dated year, or a byline that ends on one ("by the
# Newsroom, Lagos May 24, 2022").
_FILED_DATE_PARTS = (
    r"(?:(?:(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2})(?!\d)(?:st|nd|rd|th)?"
    r"|(?P<dday>\d{1,2})(?:st|nd|rd|th)?\s+(?P<dmonth>[A-Z][a-z]{2,8})\.?)"
    r"(?:\s*,?\s*(?P<year>\d{4}|\d\d)\b)?"
    # "2024-06-27": a page's stamp in ISO form
    r"|(?P<iyear>(?:19|20)\d\d)-(?P<imonth>0[1-9]|1[0-2])-(?P<iday>0[1-9]|[12]\d|3[01])\b)"
)
_FILED_DATE_RX = re.compile(_FILED_DATE_PARTS)
_FILED_DATE = re.sub(r"\(\?P<\w+>", "(?:", _FILED_DATE_PARTS)
_FILED_TIME = r"\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?"
# A clock time after the date ("Jun 02, 2013 11:09 AM", "2024-06-27 | 06:26"), or before
# it in a stamp ("Published 08:35 IST, March 7th 2024").
_FILED_CLOCK = rf"(?:(?:[ \t]*\|)?,?\s+(?:at\s+)?{_FILED_TIME})?"
_FILED_CLOCK_FIRST = rf"(?:{_FILED_TIME}[ \t]*[,|]?[ \t]*)?"
_FILED_PLACE = r"[A-Z][A-Za-z.'\u2019-]+(?:[ \t]+[A-Z][A-Za-z.'\u2019-]+){0,3}"
_FILED_FORMS = re.compile(
    # "NIAMEY, Dec 22 (Xinhua) --", "OUAGADOUGOU, Burkina Faso, 4 March --"
    rf"(?P<placed>{_FILED_PLACE}[ \t]*,[ \t]*(?:[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]*,[ \t]*)?{_FILED_DATE}"
    rf"[ \t]*(?:(?:\([^)\n]{{1,40}}\)[ \t]*)?(?:{_FILED_DASH}|:)\s|\([^)\n]{{1,40}}\)[ \t]*(?=[A-Z\"\u201c])))"
    # "CAIRO (UrduPoint News / Sputnik - 26th July, 2021) The ...": the date in the credit
    rf"|(?P<credited>{_FILED_PLACE}[ \t]*\([^)\n]{{1,40}}?{_FILED_DATE}\)[ \t]*(?=[A-Z\"\u201c]))"
    # "DAKAR - 21 September 2017:"
    rf"|(?P<dashed>{_FILED_PLACE}[ \t]+{_FILED_DASH}[ \t]+{_FILED_DATE}[ \t]*(?::|{_FILED_DASH})\s)"
    # "December 1, 2024 (EL FASHER) --", "April 3, 14 (BOR) -"
    rf"|(?P<dated>{_FILED_DATE}[ \t]*\([^)\n]{{1,40}}\)[ \t]*(?:{_FILED_DASH}|:)\s)"
    # "Posted: Jun 02, 2013 11:09 AM", "Published on Friday, 4 March 2022"
    # "Published 08:35 IST, March 7th 2024"
    rf"|(?P<stamp>(?:Posted|Published|First[ \t]+published)(?:[ \t]+on)?[ \t]*:?[ \t]*{_FILED_CLOCK_FIRST}"
    rf"(?:[A-Z][a-z]+,?[ \t]+)?{_FILED_DATE}{_FILED_CLOCK}[ \t]*(?=\n|\Z))"
    # a line that is only a date with its year, or a byline ending on one; its clock time
    # may come first ("04:53 PM | 27 Dec, 2020")
    rf"|(?P<line>(?:[Bb]y[ \t][^\n]{{1,60}}?[ \t,]+)?{_FILED_CLOCK_FIRST}(?:[A-Z][a-z]+,?[ \t]+)?"
    rf"{_FILED_DATE}{_FILED_CLOCK}[ \t]*(?=\n|\Z))"
)
# A filed date stands in the first lines: after a headline, a standfirst and a byline.
_FILED_LINES = 8
_FILED_HEAD = 600


@dataclass(frozen=True)
class _Filed:
    start: int
    end: int
    month: int
    day: int
    year: str | None


def _filed(text: str) -> _Filed | None:
    """The report's own date at the head of the text (see `_FILED_FORMS`), if any."""
    return next(_filings(text), None)


def _first_dated(head: str, start: int, end: int, months: Mapping[str, int]) -> re.Match[str] | None:
    """The first date between `start` and `end` that names a month (or is in ISO form),
    tried at every position: a weekday before a day ("Friday 25 November 2011") reads as a
    word and a day, and must not hide the date that starts on the day."""
    position = start
    while (date := _FILED_DATE_RX.search(head, position, end)) is not None:
        if date["iyear"] or (date["month"] or date["dmonth"]).casefold() in months:
            return date
        position = date.start() + 1
    return None


def _filings(text: str) -> Iterator[_Filed]:
    """Each of the report's own dates at the head of the text, in order: a page may print its
    posting stamp and then the wire's dateline ("Sep 28, 2022, 11:50 AM", a headline,
    "TEHRAN, Sep. 28 (MNA) -"), both the report's, no incident's."""
    head = text[:_FILED_HEAD]
    line_start = len(head) - len(head.lstrip())
    months = calendar().months
    for _ in range(_FILED_LINES + 1):
        found = _FILED_FORMS.match(head, line_start)
        # The first date of the form that names a month ("Published 08:35 IST, March 7th").
        date = None if found is None else _first_dated(head, found.start(), found.end(), months)
        if found is not None and date is not None:
            if date["iyear"]:
                month, day, year = int(date["imonth"]), int(date["iday"]), date["iyear"]
            else:
                month = months[(date["month"] or date["dmonth"]).casefold()]
                day, year = int(date["day"] or date["dday"]), date["year"]
            # A line of its own must be dated with its year; a dateline may leave it out.
            if year or not (found["line"] or found["stamp"]):
                if _safe_date(2000, month, day) is not None:
                    yield _Filed(line_start, found.end(), month, day, year)
        line_start = head.find("\n", line_start)
        if line_start < 0:
            return
        while line_start < len(head) and head[line_start].isspace():
            line_start += 1


def filing_span(text: str) -> tuple[int, int] | None:
    """Offsets of the report's own date at the head of the text, a dateline's or a
    posting stamp's ("NIAMEY, Dec 22 (Xinhua) --", "Headline\\nDecember 1, 2024 (EL
    FASHER) --", "Posted: Jun 02, 2013"): when the report was filed, no incident's date,
    and the anchor of its relative days (`dateline_day`)."""
    filed = _filed(text)
    return (filed.start, filed.end) if filed is not None else None


def reported_dates(text: str, dates: list[DateValue]) -> list[DateValue]:
    """`dates` less the report's own (each of its `_filings`, or a dateline at the text's start)."""
    spans = [(filed.start, filed.end) for filed in _filings(text)]
    opening = dateline_end(text)
    return [d for d in dates if d.start >= opening and not any(start <= d.start < end for start, end in spans)]


@functools.lru_cache(maxsize=4)
def _bound_pattern(language: str) -> re.Pattern[str] | None:
    words = language_words("temporal", language, "bound_words")
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:^|[\s(,])(?:{alternatives})\s*$", re.IGNORECASE)


def acts_dates(
    text: str, dates: Iterable[DateValue], language: str = "en", published: dt.date | None = None
) -> list[DateValue]:
    """`dates` less those that end a span after the report's day (`bound_words` of
    data/<language>/temporal.yaml: "a state of emergency until Jan. 5", "l'état d'urgence
    jusqu'au 5 janvier" in a December report): the day a measure runs to dates no act, and
    would make the act a plan. A past end ("fighting went on until Tuesday") may be the act's
    own last day and stays; without `published` every date stays."""
    if published is None:
        return list(dates)
    return [d for d in dates
            if not ((first := first_day(d.value)) is not None and first > published
                    and bounds_a_span(text, d, language))]


def bounds_a_span(text: str, date: DateValue, language: str = "en") -> bool:
    """The date ends a span (`bound_words` of data/<language>/temporal.yaml just before it:
    "until Tuesday", "autorisée jusqu'hier", "jusqu'au 5 janvier"): the last day of what the
    word it hangs on tells, not a day on which something happened."""
    pattern = _bound_pattern(language)
    return pattern is not None and pattern.search(
        text[max(0, date.start - 16) : date.start].replace("\u2019", "'")) is not None


def opens_a_span(text: str, date: DateValue, since_words: Collection[str]) -> bool:
    """The date opens a span: the word just before it is one of `since_words` ("depuis lundi",
    "since last year"; the `since_words` of data/<language>/assemble.yaml), the first day of
    what the sentence tells, not a day on which something happened."""
    words = text[max(0, date.start - 12) : date.start].replace("\u2019", "'").casefold().split()
    return bool(words) and words[-1] in since_words


# The start of a date value: "2024-04-30", "2024-04", "2024", "2023-09-11/2023-09-17".
_VALUE_START = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def first_day(value: str | None) -> dt.date | None:
    """The first day a date value can mean ("2024-04-30"; "2024-04" is 1 April, "2024" 1
    January, an interval its start); None for no value or an impossible day."""
    match = _VALUE_START.match(value or "")
    if match is None:
        return None
    return _safe_date(int(match[1]), int(match[2] or 1), int(match[3] or 1))


def dateline_day(text: str, published: dt.date | None) -> dt.date | None:
    """The day of a dateline or posting stamp (`filing_span`: "NIAMEY, Dec 22 (Xinhua)
    --"), the anchor of the article's relative days ("on Friday") when the report was
    filed before it was published, or when it has no publication date and the stamp
    gives its year; not one after publication."""
    filed = _filed(text)
    if filed is None:
        return None
    if filed.year is None:
        return _month_day_near(published, filed.month, filed.day, "past") if published is not None else None
    year = int(filed.year)
    if len(filed.year) == 2:  # "April 3, 14": in the century of publication, else this one
        year += published.year // 100 * 100 if published is not None else 2000
    day = _safe_date(year, filed.month, filed.day)
    # A stamp dated after publication (an update's) tells nothing of when it was filed.
    return None if day is None or (published is not None and day > published) else day


# A date in a news page's address: "/2024/08/01/", "/2024/08/", "/2024-08-01/".
_URL_DATE = re.compile(
    r"/(?P<year>(?:19|20)\d\d)(?:/(?P<month>0?[1-9]|1[0-2])(?:/(?P<day>0?[1-9]|[12]\d|3[01]))?"
    r"|-(?P<month2>0[1-9]|1[0-2])-(?P<day2>0[1-9]|[12]\d|3[01]))(?=/|$)"
)


def url_date(url: str | None) -> tuple[dt.date, bool] | None:
    """The date a news page's address gives ("/2024/08/01/": that day, True; "/2024/08/":
    the month's last day, False), as publishers file pages by date; None without one."""
    if not url:
        return None
    path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", url.split("?", 1)[0].split("#", 1)[0], flags=re.IGNORECASE)
    found = _URL_DATE.search(path)
    if found is None or not (found["month"] or found["month2"]):
        return None
    year, month = int(found["year"]), int(found["month"] or found["month2"])
    day = found["day"] or found["day2"]
    if day is not None:
        value = _safe_date(year, month, int(day))
        return (value, True) if value is not None else None
    return _month_end(year, month), False


def extract_dates(parsed: ParsedArticle, published: dt.date | None, url: str | None = None) -> list[DateValue]:
    """Every temporal expression in the article, normalised against `published`; without
    it, against the date in the page's address (`url_date`): a day stands in for
    publication, a month places only what needs a year ("on 1 August", "in June")."""
    text = parsed.text
    month_of = None
    if published is None and (addressed := url_date(url)) is not None:
        published, month_of = (addressed[0], None) if addressed[1] else (None, addressed[0])
    ctx = _Context(text, dateline_day(text, published) or published, month_of)
    case_sensitive = not parsed.is_lowercased
    chosen = _select(list(_candidates(ctx, case_sensitive)))
    chosen = _add_model_dates(parsed, ctx, chosen)
    _relations_on_clauses(parsed, chosen)
    _widen(text, chosen, published)
    chosen = _resolve_anaphors_and_times(text, chosen, published)
    return [
        DateValue(
            text=text[c.start : c.end],
            start=c.start,
            end=c.end,
            value=c.resolved.value,
            precision=c.resolved.precision,
        )
        for c in chosen
    ]


def _relations_on_clauses(parsed: ParsedArticle, chosen: list[_Candidate]) -> None:
    """A relation ("a day after ...") keeps its count only where the parse shows that a
    clause follows: its "after"/"before" marks a verb ("after the rebels announced a
    truce"); before a noun ("a day after the attack"), or unparsed, it is not placed."""
    for candidate in chosen:
        if candidate.resolved.kind != "relation":
            continue
        sentence = parsed.sentence_at(candidate.start)
        span = sentence.span_at(candidate.start, candidate.end) if sentence is not None and sentence.deep else None
        if span is None or len(span) == 0 or not (span[-1].dep_ == "mark" and span[-1].head.pos_ in ("VERB", "AUX")):
            candidate.resolved = UNKNOWN


# --------------------------------------------------------------------------- model entities


# The model also tags durations and ages as DATE ("three years", "52 years old"):
# those have no calendar value and are not dates here.
_MODEL_DURATION = _GRAMMAR.cues["model_duration"]
_MODEL_NOT_DATE = _GRAMMAR.cues["model_not_date"]
_HAS_CALENDAR_NUMBER = re.compile(r"\d")


def _add_model_dates(parsed: ParsedArticle, ctx: _Context, chosen: list[_Candidate]) -> list[_Candidate]:
    """The model's DATE/TIME entities in deep sentences that no rule found."""
    added: list[_Candidate] = []
    # `chosen` is sorted and disjoint: an overlap is found by binary search.
    starts = [c.start for c in chosen]
    for sentence in parsed.sentences:
        if not sentence.deep:
            continue
        for ent in sentence.doc.ents:
            if ent.label_ not in ("DATE", "TIME"):
                continue
            start, end = sentence.offsets(ent)
            k = bisect.bisect_left(starts, end) - 1  # the last chosen span starting before `end`
            if k >= 0 and start < chosen[k].end:
                continue
            text = ent.text
            if _MODEL_DURATION.search(text) or _MODEL_NOT_DATE.search(text) or not any(ch.isalnum() for ch in text):
                continue
            added.append(_Candidate(start, end, len(_rules(True)), _model_value(text, ctx.published)))
    return sorted([*chosen, *added], key=lambda c: c.start) if added else chosen


def _model_value(text: str, published: dt.date | None) -> Resolved:
    """Normalise a model entity with dateparser where it holds a number; else "unknown"."""
    if not _HAS_CALENDAR_NUMBER.search(text) or published is None:
        return UNKNOWN
    parsed = _dateparser(text, published)
    if parsed is None:
        return UNKNOWN
    if re.search(r"\b\d{1,2}\b", text) and any(name in text.casefold() for name in calendar().months):
        return Resolved(_day(parsed), "day")
    return UNKNOWN


@functools.lru_cache(maxsize=4096)
def _dateparser(text: str, published: dt.date) -> dt.date | None:
    import dateparser  # imported here: it takes a moment to load and most texts never need it

    settings = {
        "RELATIVE_BASE": dt.datetime(published.year, published.month, published.day),
        "PREFER_DATES_FROM": "past",
        "STRICT_PARSING": False,
    }
    result = dateparser.parse(text, languages=["en"], settings=settings)  # type: ignore[arg-type]
    return result.date() if result is not None else None


def speech_day(span: Span) -> Token | None:
    """The verb of saying whose day a date is, when it is told on that verb and not on
    the act its clause reports (None where the date is not so placed); `reported_speech`
    gives the reported clause too."""
    speech = reported_speech(span)
    return speech[0] if speech is not None else None


def reported_speech(span: Span) -> tuple[Token, frozenset[int]] | None:
    """The verb of saying a date is told on and the token indices of the clause it
    reports, in either order of news language (None where the date is not so placed):

    - before its clause: "The army said on Thursday it had killed 20 militants": the
      small model hangs "on Thursday" on "killed", but a date after the verb of saying
      and before its complement's subject, with no complementizer between ("said that
      on Monday gunmen attacked" dates the attack), is the report's day. Reads the parse
      only: a complement clause (ccomp) whose head verb precedes the date. So too a
      statement issued on a day and the saying it carries ("released a statement on
      Thursday claiming ...", "a publié jeudi un communiqué affirmant ...").
    - after its clause, set off by a comma: "Ten people were killed in the village,
      police said on Monday", "Dix personnes ont été tuées lundi, ont rapporté mercredi
      des sources locales": the parse hangs the reported clause on the verb of saying, or
      the saying on it (conj, parataxis), whatever the label.
    The verbs of saying and of issuing a statement are the language's data
    (triggers.yaml `reporting_verbs`, places.yaml `issuing_verbs` and `source_nouns`).

    Read once a span and kept on its doc (`Doc.user_data`, as `actors._kb_matches` keeps
    its matches): a pure reading of the parse, which no stage changes after the parse
    stage, and the events and assemble stages ask it again of the same date."""
    data: dict[Any, Any] = span.doc.user_data
    key = ("tessera.reported_speech", span.start, span.end)
    if key not in data:
        found = _reported_speech(span)
        data[key] = None if found is None else (found[0].i, found[1])
    kept: tuple[int, frozenset[int]] | None = data[key]
    return None if kept is None else (span.doc[kept[0]], kept[1])


def _reported_speech(span: Span) -> tuple[Token, frozenset[int]] | None:
    before = _saying_before(span)
    if before is not None:
        return before
    verb = _date_verb(span)
    words = _saying_words(span.doc.lang_)
    if verb is not None:
        lemma = verb.lemma_.casefold()
        if lemma in words.reporting:
            return _saying_after(span, verb) or _saying_beside(span, words)
        if lemma in words.issuing:
            return _statement_saying(span, verb, words) or _saying_beside(span, words)
    return _saying_beside(span, words)


# Words between the comma and the verb: its subject or its auxiliaries ("police said",
# "a annoncé", "ont rapporté").
_SAYING_LEAD_REACH = 4


# Words of an inverted subject between a verb of saying and its day (", rapporte la police
# vendredi"): at most this many, nouns, determiners and adjectives only.
_INVERTED_SUBJECT_REACH = 4
_INVERTED_SUBJECT_POS = frozenset({"DET", "NOUN", "PROPN", "ADJ"})


def _saying_form(token: Token, words: _SayingWords) -> bool:
    """A verb of saying by its lemma, or by its form where the tagger takes it for another
    part of speech (`saying_forms` of temporal.yaml: "rapporte" read as an adjective), not
    after a determiner or preposition ("l'annonce", "après annonce": a noun)."""
    if token.is_punct:
        return False
    if token.pos_ in ("VERB", "AUX") and token.lemma_.casefold() in words.reporting:
        return True
    before = token.doc[token.i - 1] if token.i > 0 else None
    return token.lower_ in words.forms and (before is None or before.pos_ not in ("DET", "ADP"))


def _saying_beside(span: Span, words: _SayingWords) -> tuple[Token, frozenset[int]] | None:
    """A date right after a verb of saying that follows, a comma before it, the clause it
    reports (", a annoncé lundi une autorité locale", ", police said on Monday"), where the
    parse hangs them otherwise (the small model may read "lundi" as a second predicate with
    "annoncé" its modifier): the report's day, read from the words alone. So too the
    inverted incise of French news, its day set off by commas (", a précisé, lundi, le
    ministre") or after the inverted subject that closes the sentence or clause (",
    rapporte la police vendredi."), and a statement a hearsay phrase names (", selon un
    communiqué publié samedi")."""
    doc = span.doc
    k = span.start - 1
    while k >= 0 and doc[k].lower_ in words.day_leads:
        k -= 1
    if k >= 0 and doc[k].text == "," and span.end < len(doc) and doc[span.end].text == ",":
        k -= 1  # ", a démenti, vendredi, le porte-parole"
    if k >= 1 and not _saying_form(doc[k], words):
        statement = _statement_named(doc, k, words)
        if statement is not None:
            return statement
        if span.end < len(doc) and not (doc[span.end].is_punct or doc[span.end].is_sent_end):
            return None
        # ", rapporte la police vendredi.": the inverted subject between the verb and its day.
        j = k
        while j > k - _INVERTED_SUBJECT_REACH and j >= 1 and doc[j].pos_ in _INVERTED_SUBJECT_POS:
            j -= 1
        if j == k or not _saying_form(doc[j], words):
            return None
        k = j
    if k < 1 or not _saying_form(doc[k], words):
        return None
    lead = doc[max(0, k - _SAYING_LEAD_REACH) : k]
    comma = next((t for t in reversed(lead) if t.text == ","), None)
    if comma is None or any(t.pos_ == "VERB" or t.is_punct for t in doc[comma.i + 1 : k]):
        return None
    start = doc[k].sent.start
    return doc[k], frozenset(range(start, comma.i))


def _statement_named(doc: Doc, k: int, words: _SayingWords) -> tuple[Token, frozenset[int]] | None:
    """"selon un communiqué publié samedi": a statement issued on the day (`issuing_verbs`,
    `source_nouns`) that a hearsay word (`source_preps`) names as the source of the rest of
    the sentence, which it reports."""
    verb = doc[k]
    if verb.lemma_.casefold() not in words.issuing or doc[k - 1].lower_ not in words.nouns:
        return None
    lead = next((t for t in doc[max(0, k - 4) : k - 1] if t.lower_ in words.hearsay), None)
    if lead is None or any(t.pos_ not in ("DET", "ADJ") for t in doc[lead.i + 1 : k - 1]):
        return None
    sentence = verb.sent
    end = next((t.i for t in doc[k + 1 : sentence.end] if t.is_punct), sentence.end)
    return verb, frozenset(i for i in range(sentence.start, sentence.end) if not lead.i <= i <= end)


def _saying_before(span: Span) -> tuple[Token, frozenset[int]] | None:
    root = span.root
    clause = root
    for _ in range(4):
        if clause.pos_ in ("VERB", "AUX") or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause.pos_ not in ("VERB", "AUX"):
        return None
    if clause.dep_ != "ccomp":
        # Hung on the verb itself: the verb's day when a complement clause follows it.
        complement = next((c for c in clause.rights if c.dep_ == "ccomp" and c.i > span.end), None)
        if complement is None:
            return None
        clause = complement
    verb = clause.head
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is None or not verb.i < span.start or span.end > subject.left_edge.i:
        return None
    # "said that on Monday ...": a complementizer before the date opens the clause.
    if any(t.dep_ == "mark" for t in span.doc[verb.i + 1 : span.start]):
        return None
    return verb, frozenset(t.i for t in clause.subtree)


# How far up from a date (through nouns and prepositions) the verb it is told on may be.
_DATE_VERB_STEPS = 4


def _date_verb(span: Span) -> Token | None:
    """The verb a date hangs on, through nouns and prepositions only."""
    node = span.root
    for _ in range(_DATE_VERB_STEPS):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node if not span.start <= node.i < span.end else None
    return None


# How the reported clause and a verb of saying after it are linked, either way.
_REPORTED_LINKS = frozenset({"ccomp", "advcl", "parataxis", "conj", "dep", "xcomp"})


def _saying_after(span: Span, verb: Token) -> tuple[Token, frozenset[int]] | None:
    """A verb of saying after the clause it reports, a comma between: the clause is the
    verb's head or child under one of `_REPORTED_LINKS`, and all words between the comma
    and the verb are the verb's own (its subject, auxiliaries), the date after the comma."""
    linked = [c for c in verb.children if c.dep_.split(":")[0] in _REPORTED_LINKS and c.i < verb.i]
    if verb.dep_.split(":")[0] in _REPORTED_LINKS and verb.head.i < verb.i:
        linked.append(verb.head)
    own = {t.i for t in verb.subtree}
    reported: set[int] = set()
    for clause in linked:
        if clause.pos_ not in ("VERB", "AUX"):
            continue
        comma = next((t for t in reversed(span.doc[clause.i + 1 : verb.i]) if t.text == ","), None)
        if comma is None or span.start < comma.i or not all(t.i in own for t in span.doc[comma.i + 1 : verb.i]):
            continue
        # Every clause the parse hangs on the verb before the comma is reported ("16 others were
        # wounded last week when armed men attacked a village, a group said on Tuesday": the
        # small model may hang "wounded" and "attacked" on "said" apart).
        reported |= {t.i for t in clause.subtree if t.i < comma.i}
    return (verb, frozenset(reported)) if reported else None


def _statement_saying(span: Span, verb: Token, words: _SayingWords) -> tuple[Token, frozenset[int]] | None:
    """A statement issued on the date and the saying it carries after the date ("released
    a statement on Thursday claiming ...", "saying ...")."""
    objects = (c for c in verb.children if c.dep_ in ("dobj", "obj"))
    statement = next((c for c in objects if c.lemma_.casefold() in words.nouns), None)
    if statement is None:
        return None
    for clause in [*verb.children, *statement.children]:
        if (
            clause.dep_.split(":")[0] in ("advcl", "acl", "ccomp", "xcomp")
            and clause.i > span.end
            and clause.lemma_.casefold() in words.reporting
        ):
            return verb, frozenset(t.i for t in clause.subtree)
    return None


@dataclass(frozen=True)
class _SayingWords:
    reporting: frozenset[str]
    issuing: frozenset[str]
    nouns: frozenset[str]
    day_leads: frozenset[str]
    forms: frozenset[str]
    hearsay: frozenset[str]


@functools.lru_cache(maxsize=4)
def _saying_words(language: str) -> _SayingWords:
    return _SayingWords(
        language_words("triggers", language, "reporting_verbs"),
        language_words("places", language, "issuing_verbs"),
        language_words("places", language, "source_nouns"),
        language_words("temporal", language, "saying_day_leads"),
        language_words("temporal", language, "saying_forms"),
        language_words("triggers", language, "source_preps"),
    )


# A report's occasion: the days a news report tells of when no incident states one, its
# day of publication and the day before (an attack in the night, reported the next day).
_OCCASION_DAYS = 2
# The widest date still read as the report's occasion, and the oldest (as assemble's).
_OCCASION_SPAN = 3
_OCCASION_RECENT = 7


def month_part(date: DateValue, parts: Mapping[str, tuple[int, int]]) -> DateValue:
    """A month told with a part ("early March", "mid-June", "late last month", "the end of
    October": `month_parts` of temporal.yaml, word -> first and last day) as the days of that
    part; any other date as it is. The dates stage keeps such a date's value the month's (a
    modifier beside the month, as TimeML annotates it); an incident is dated by the part."""
    if date.precision != "month" or not date.value or not parts:
        return date
    words = " ".join(date.text.casefold().replace("-", " ").split())
    span = next((days for word, days in parts.items() if words.startswith(word + " ")), None)
    period = _period_start(date.value)
    if span is None or period is None:
        return date
    first = _safe_date(period.year, period.month, span[0])
    end = dt.date(period.year, period.month, min(span[1], _month_end(period.year, period.month).day))
    if first is None or end < first:
        return date
    return date.model_copy(update={"value": _interval(first, end), "precision": "interval"})


def period_so_far(date: DateValue, published: dt.date | None) -> DateValue:
    """"earlier this month" / "earlier this year" (the report's own month or year) as the
    days from that period's first to the day before publication (on its first day, that
    day), as "earlier this week" is read: what came earlier is over by the report, and the
    rest of the period has not come. The dates stage keeps the month's or the year's value
    (TimeML's); an incident is dated by the days; any other date as it is."""
    if published is None or date.precision not in ("month", "year") or not date.value:
        return date
    words = " ".join(date.text.casefold().split())
    unit = date.precision
    if words != f"earlier this {unit}":
        return date
    first = published.replace(day=1) if unit == "month" else published.replace(month=1, day=1)
    if date.value != (f"{first.year:04d}-{first.month:02d}" if unit == "month" else f"{first.year:04d}"):
        return date
    last = max(first, published - dt.timedelta(days=1))
    if last == first:
        return date.model_copy(update={"value": _day(first), "precision": "day"})
    return date.model_copy(update={"value": _interval(first, last), "precision": "interval"})


def occasion_day(dates: Iterable[DateValue], published: dt.date) -> DateValue:
    """The day of an article whose incidents state none: the first day (or span of at most
    `_OCCASION_SPAN` days) the text tells within the week before `published`, on no
    mention's trigger ("The wedding was held on Saturday"), else the report's occasion,
    `published` and the day before (an empty span: no words state it)."""
    for date in sorted(dates, key=lambda d: d.start):
        window = value_window(date)
        if window is None or (window[1] - window[0]).days >= _OCCASION_SPAN:
            continue
        if 0 <= (published - window[1]).days <= _OCCASION_RECENT:
            return date
    return occasion_span(published)


def occasion_span(published: dt.date) -> DateValue:
    """The report's occasion stated by no words: `published` and the day before (an empty
    span)."""
    first = published - dt.timedelta(days=_OCCASION_DAYS - 1)
    return DateValue(text="", start=0, end=0, value=_interval(first, published), precision="interval")


__all__ = [
    "Calendar", "calendar", "extract_dates", "month_part", "occasion_day", "occasion_span", "period_so_far",
    "reported_speech",
    "speech_day",
]
