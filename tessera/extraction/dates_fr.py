"""Dates in French articles: time expressions -> `DateValue`s, anchored on the publication day.

Input: a `ParsedArticle` of a French text and its publication date. Output:
`list[DateValue]` in text order, the same records as `extraction.dates` gives English
(value "YYYY-MM-DD", "YYYY-MM", "YYYY" or "first/last", with a precision). Next: the
events stage, which dates an event from the dates of its sentence.

The French words are dateparser's: month and weekday names and the relative phrases
("hier", "la semaine dernière", "le mois dernier") come from its French locale, and
dateparser resolves the expressions found ("jeudi 28 septembre", "le 1er mai",
"septembre 2023") against the publication day, preferring the past as news does. What
dateparser does not read is handled here, with its words in `data/fr/temporal.yaml`:
"dans la nuit de samedi à dimanche" (the day it ends; also a night ending "hier" or a
given day, "la nuit de mardi à mercredi 3 mai"; "la nuit du 9 janvier", the night from that
day, the day it ends), a run of weekdays ("entre dimanche et lundi", "du samedi au lundi": the
days between them, the latest such run, as English "between Sunday and Monday"), parts of a month ("fin décembre",
"début mars", "mi-juin": an interval), a weekday alone (the latest such day on or before
publication), "en 2023" (a year), "ce matin" (the publication day), a month named alone
after a preposition or with "dernier" ("en septembre", "courant mars", "en juin dernier":
the latest such month on or before publication), numeric dates ("26/09/2023"), "il y a
deux jours" and "le week-end dernier" (the latest Saturday and Sunday before publication),
"la veille" / "le lendemain" / "le même jour" (next to, or on, the day told before them; not "à la veille de",
"au lendemain de", next to an event they name). A report without a publication date is
anchored on the page's leading date marker (" date 2019-12"), as pages keep it: with its
month only, a day named by its distance from publication ("cette nuit", "hier") is that
month, and a weekday the days of that month that are that weekday ("samedi" under
2019-12: 2019-12-07/2019-12-28) unless the text tells a whole day of that month on that
weekday ("lundi 3 juin": "Lundi" is that day, "aujourd'hui" the latest such day told:
`_named_in_month`); a night told by its weekdays ("la nuit de dimanche à lundi") the days of
that month it can end on, a night told by its days ("la nuit du 13 au 14") that day; a day of
that month told as the present one ("a indiqué ce vendredi 4 octobre") anchors the page as a
publication day (`_present_day`), and so does the page's address right after it where it carries
the day (".../20230805/...") (real-news FR study date 0.850 -> 0.900, score 0.630 -> 0.667; the
weekday span: study date 113 -> 116, score 101 -> 102). A report with neither a publication
date nor a marker is anchored on the latest whole day it tells with its year ("vendredi"
after "samedi 3 décembre 2022" is 2 December; "le 3 novembre" before "mercredi 6 novembre
2019" is in 2019, the nearest such day: `_told_anchor`), but for words counted from the
writing ("hier", "il y a deux jours": `_FROM_NOW_KINDS`, left unplaced). "mardi dernier" in a
Tuesday paper is a week back; "cette année-là", "ce soir-là" are the story's, not now.
"prochain" points forward ("lundi prochain", "le 20 mai prochain", "en juin prochain"); a
weekday and its day joined to a whole day ("lundi 24 et mardi 25 avril") take its month; and
a weekday told with a day and month picks the year whose calendar agrees ("demain jeudi 9
mars" in a 2023 paper is 2023, not the latest 9 March before publication).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import importlib
import re
from collections.abc import Iterator, Mapping
from typing import Any

from tessera.data import load as load_data
from tessera.extraction.dates import url_date
from tessera.parse import ParsedArticle, longest_first_alternation
from tessera.parse import first_letters_lookahead as _led_by
from tessera.records import DateValue

_MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december")
_WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _month_numbers(info: Mapping[str, Any]) -> dict[str, int]:
    """A dateparser locale's month names (three letters or more) and their numbers."""
    return {name: number for number, key in enumerate(_MONTH_KEYS, 1) for name in info[key] if len(name) >= 3}


def locale_month_names(language: str) -> frozenset[str]:
    """The month names of dateparser's locale for `language` ("janvier", "janv."), case-folded,
    as the French date rules read them; none for a language dateparser does not know."""
    from dateparser.languages import default_loader

    try:
        info = default_loader.get_locale(language).info
    except (KeyError, ValueError):
        return frozenset()
    return frozenset(str(name).casefold() for name in _month_numbers(info))


@functools.lru_cache(maxsize=1)
def _vocabulary() -> dict[str, Any]:
    from dateparser.languages import default_loader

    info = default_loader.get_locale("fr").info
    months = _month_numbers(info)
    weekdays = {name: number for number, key in enumerate(_WEEKDAY_KEYS) for name in info[key] if len(name) >= 5}
    relative: dict[str, tuple[int, str]] = {}
    for key, phrases in info["relative-type"].items():
        match = re.fullmatch(r"(?:in )?(\d+) (day|week|month|year)(?: ago)?", key)
        if match is None:
            continue
        amount = int(match.group(1)) * (1 if key.endswith("ago") else -1)
        for phrase in phrases:
            if not phrase.startswith("il y a") and not phrase.startswith("dans"):
                relative[phrase] = (amount, match.group(2))
    data = load_data("temporal", "fr")
    for phrase in data["today_words"]:
        relative[phrase] = (0, "day")
    for phrase in data["yesterday_words"]:
        relative[phrase] = (1, "day")
    for phrase in data["last_year_words"]:
        relative[phrase] = (1, "year")
    relative.setdefault("avant-hier", (2, "day"))
    for phrase in data.get("last_week_words") or ():
        relative[str(phrase)] = (1, "week")
    # "ces derniers jours", "ces dernières semaines": from that many days back to the day before
    # publication, as English "in recent days" (`recent_periods` of en/temporal.yaml)
    for phrase, days in (data.get("recent_periods") or {}).items():
        relative[str(phrase)] = (int(days), "recent")
    parts = {word: (int(first), int(last)) for word, (first, last) in data["month_parts"].items()}
    return {"months": months, "weekdays": weekdays, "relative": relative, "parts": parts,
            "month_preps": list(data["month_preps"]), "weekend": list(data["weekend_words"]),
            "next_to": {str(k): int(v) for k, v in data["next_day_words"].items()},
            "ago": str(data["ago"]), "units": {str(k): str(v) for k, v in data["ago_units"].items()},
            "sequence_marks": {str(k): int(v) for k, v in (data.get("sequence_marks") or {}).items()},
            "sequence_units": {str(k): int(v) for k, v in (data.get("sequence_units") or {}).items()},
            "sequence_nouns": {str(k): int(v) for k, v in (data.get("sequence_nouns") or {}).items()},
            "vague": {str(k).casefold(): (int(v[0]), int(v[1])) for k, v in (data.get("vague_amounts") or {}).items()},
            "day_parts": _day_parts(data)}


def _day_parts(data: Mapping[str, Any]) -> list[str]:
    """The phrases of a part of a day (temporal.yaml `parts_of_day`): each noun after each
    lead, with its article ("dans la soirée", "dans l'après-midi") or without ("en soirée",
    "en fin d'après-midi"), and the fixed phrases ("au petit matin")."""
    phrases = [str(p) for p in data.get("part_of_day_phrases") or ()]
    for noun in (str(n) for n in data.get("parts_of_day") or ()):
        vowel = noun[:1] in "aeiouéèêh"
        for lead in (str(w) for w in data.get("part_of_day_leads") or ()):
            phrases += [f"{lead} l'{noun}", f"{lead} l’{noun}"] if vowel else [f"{lead} la {noun}"]
        for lead in (str(w) for w in data.get("part_of_day_bare_leads") or ()):
            if vowel and lead.endswith(" de"):
                phrases += [f"{lead[:-1]}'{noun}", f"{lead[:-1]}’{noun}"]
            else:
                phrases.append(f"{lead} {noun}")
    return phrases


def told_next_to_a_day(date: DateValue) -> bool:
    """The date is told as next to the day before it ("le lendemain", "la veille":
    temporal.yaml `next_day_words`, read once with the rest of the vocabulary)."""
    return " ".join(date.text.split()).casefold() in _vocabulary()["next_to"]


def _alternation(words: Any) -> str:
    """The words as one alternation, the longest first where several fit (as a trie:
    `longest_first_alternation` finds what the plain sorted alternation finds, faster)."""
    return longest_first_alternation(str(w) for w in words)


@functools.lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    vocabulary = _vocabulary()
    # A shortened month name stands only with its dot ("sept. 2023"): French abbreviates
    # with a dot, and "sept" without one is the number ("2022-12 Sept civils ont été tués").
    months = vocabulary["months"]
    longest = {number: max((n for n, v in months.items() if v == number), key=len) for number in months.values()}
    full = [name for name, number in months.items() if name == longest[number]]
    short = [name for name in months if name not in full]
    month = rf"(?:{_alternation(full)}|(?:{_alternation(short)})\.)"
    weekday = f"(?:{_alternation(vocabulary['weekdays'])})"
    # "1er", and "1ᵉʳ" as typeset pages write it (superscript letters)
    day = r"(?:1(?:er|\u1d49\u02b3)|[12]\d|3[01]|0?[1-9])"
    year = r"(?:19\d\d|20\d\d)"
    part = _alternation(vocabulary["parts"])
    flags = re.IGNORECASE
    patterns = [
        # "deux jours après que des bandits ont enlevé ...": another act, that far from the day
        # told before it (`_next_to`); only before "que" (a clause with its own verb) or an
        # indefinite article ("deux jours après une attaque similaire", "au lendemain d'une
        # autre": an act not told yet; "deux jours après l'attaque" names one already told)
        ("relation", re.compile(
            rf"\b(?P<n>\d+|[a-zéèêû-]+)\s+(?P<u>{_alternation(vocabulary['sequence_units'])})\s+"
            rf"(?P<dir>{_alternation(vocabulary['sequence_marks'])})(?={_RELATION_NEXT})"
            + (rf"|\b(?:{_alternation(vocabulary['sequence_nouns'])})(?=\s+d['’]\s*une?\b)"
               if vocabulary["sequence_nouns"] else ""), flags)),
        # "dans la nuit de samedi à dimanche", "la nuit du 27 au 28 septembre"; "à" written
        # without its accent before a weekday too, as pages typed on keyboards without accents
        # do ("la nuit de jeudi a vendredi"; not "la nuit de samedi a été calme": a verb)
        ("night", re.compile(
            rf"\bnuit\s+(?:du|de)\s+(?P<w1>{weekday})?\s*(?P<d1>{day})?\s+(?:au|à|a(?=\s+(?:{weekday})\b))\s+"
            rf"(?:(?P<rel>hier|aujourd'hui|aujourd’hui)\b|(?P<w2>{weekday})?(?:\s*"
            rf"(?P<d2>{day}))?(?:\s+(?P<m>{month}))?(?:\s+(?P<y>{year}))?)", flags)),
        # "entre dimanche et ce lundi", "du samedi au lundi": the days from the first weekday to
        # the second, the latest such run on or before publication (English "between Sunday
        # and Monday"); not a weekday told with its day ("du jeudi 12 au vendredi 13 janvier")
        ("weekday_range", re.compile(
            rf"\b(?:entre\s+(?:le\s+)?(?P<w1>{weekday})\s+et\s+(?:le\s+|ce\s+)?(?P<w2>{weekday})"
            rf"|du\s+(?P<w3>{weekday})\s+au\s+(?P<w4>{weekday}))\b(?!\s*{day}\b)", flags)),
        # "dans la nuit du jeudi 9 janvier 2020", "la nuit du 27 août": the night from that day
        ("night_of", re.compile(
            rf"\bnuit\s+du\s+(?:(?P<w>{weekday})\s+)?(?P<d>{day})\s+(?P<m>{month})(?:\s+(?P<y>{year}))?(?!\w)",
            flags)),
        # "fin décembre", "début mars 2022", "mi-juin"
        ("part", re.compile(rf"\b(?P<part>{part})[\s-]+(?P<m>{month})(?:\s+(?P<y>{year}))?(?!\w)", flags)),
        # "lundi 24 et mardi 25 avril", "du jeudi 12 au vendredi 13 janvier 2023": a weekday and its
        # day told with the month (and year) of the day joined to it (the text is the first day
        # only; not a weekday told alone, `weekday`)
        ("shared", re.compile(
            rf"\b(?P<w>{weekday})\s+(?P<d>{day})(?=\s*(?:,|et|au)\s+(?:{weekday}\s+)?{day}\s+"
            rf"(?P<m>{month})(?:\s+(?P<y>{year}))?(?!\w))", flags)),
        # "jeudi 28 septembre 2023", "le 1er mai", "28 septembre", "septembre 2023"; a day
        # written as a holiday's name, joined to its capitalised month ("à l'occasion du
        # 1er-Mai", "le 14-Juillet"; not inside a name, `_NAMED_BY`)
        ("calendar", re.compile(
            rf"\b(?:(?P<w>{weekday})\s+)?(?P<d>{day})(?:\s+|(?P<joined>-)(?=(?-i:[A-Z])))(?P<m>{month})"
            rf"(?:\s+(?P<y>{year}))?(?!\w)"
            rf"(?:\s+(?P<next>prochain)\b)?"
            rf"|\b(?P<m2>{month})\s+(?P<y2>{year})\b", flags)),
        # "26/09/2023", "26-09-2023", "26.09.2023"
        ("numeric", re.compile(rf"\b(?P<d>{day})[/.-](?P<mo>0?[1-9]|1[0-2])[/.-](?P<y>{year})\b", flags)),
        # "il y a deux jours", "il y a trois semaines"
        ("ago", re.compile(rf"\b{re.escape(vocabulary['ago'])}\s+(?P<n>\d+|[a-zéèêû-]+)\s+"
                           rf"(?P<u>{_alternation(vocabulary['units'])})\b", flags)),
        # "le week-end dernier", "ce week-end"
        ("weekend", re.compile(rf"(?<!\w)(?:{_alternation(vocabulary['weekend'])})(?!\w)", flags)),
        # not "cette année-là", "cette nuit-là": that year, that night of the story, not this one
        ("relative", re.compile(rf"(?<!\w)(?:{_alternation(vocabulary['relative'])})(?!\w)(?!-l[àa]\b)", flags)),
        # "en septembre", "courant mars", "au mois de juin", "septembre dernier"
        ("month", re.compile(
            rf"\b(?:(?:{_alternation(vocabulary['month_preps'])})\s+(?P<m>{month})(?:\s+(?:dernier|passé|(?P<next>prochain)))?"
            rf"|(?P<m2>{month})\s+(?:dernier|passé|(?P<next2>prochain)))(?!\w)", flags)),
        # "la veille", "le lendemain": next to the day told before (not "à la veille de
        # l'élection", "au lendemain du coup d'État": next to an event named there)
        ("next_to", re.compile(rf"(?<![àÀ] )\b(?P<n>{_alternation(vocabulary['next_to'])})\b"
                               r"(?!\s+(?:de|du|des|d'|d’)\b)", flags)),
        # "dans l'après-midi", "en fin de soirée", "au petit matin": a part of the day told last
        # (`_next_to`); not "dans la nuit du 5 au 6" (`night`), "dans la matinée de lundi"
        ("part_of_day", re.compile(rf"(?<!\w)(?:{_alternation(vocabulary['day_parts'])})(?![\w-])"
                                   r"(?!\s+(?:de|du|des)\b|\s+d['’])", flags)),
        ("weekday", re.compile(rf"\b(?P<w>{weekday})\b(?:\s+(?:(?P<last>dernier|passé)|(?P<next>prochain))\b)?",
                               flags)),
        ("year", re.compile(rf"\b(?:{'|'.join(_YEAR_WORDS)})\s+(?P<y>{year})\b", flags)),
    ]
    # Each pattern but "relation" (any word may count there) led by the letters it can start
    # with (`_led_by`, `parse.first_letters_lookahead`): the same matches, found faster (a
    # French article runs all of them).
    digits = "0123456789"
    weekdays = vocabulary["weekdays"]
    leads = {
        "night": _led_by(("nuit",)), "night_of": _led_by(("nuit",)), "weekday_range": _led_by(("entre", "du")),
        "part": _led_by(vocabulary["parts"]), "shared": _led_by(weekdays),
        "calendar": _led_by(weekdays, months, digits), "numeric": _led_by(digits),
        "ago": _led_by((vocabulary["ago"],)), "weekend": _led_by(vocabulary["weekend"]),
        "relative": _led_by(vocabulary["relative"]), "month": _led_by(vocabulary["month_preps"], months),
        "next_to": _led_by(vocabulary["next_to"]),
        "part_of_day": _led_by(vocabulary["day_parts"]), "weekday": _led_by(weekdays), "year": _led_by(_YEAR_WORDS),
    }
    return [(kind, re.compile(leads[kind] + pattern.pattern, pattern.flags) if leads.get(kind) else pattern)
            for kind, pattern in patterns]


@functools.lru_cache(maxsize=1)
def _needed() -> dict[str, re.Pattern[str]]:
    """For a pattern no first letters lead ("relation": any word may count there), a shorter
    one that every match of it holds ("jours après qu"), led by a space: searched once over
    the whole text, which it scans fast (the engine skips to each space), it tells when the
    pattern cannot match in any sentence, and the sentences are not read for it. It finds
    no fewer: whatever the pattern matches within a sentence, it matches there too."""
    vocabulary = _vocabulary()
    nouns = (rf"|\s(?:{_alternation(vocabulary['sequence_nouns'])})\s+d['’]"
             if vocabulary["sequence_nouns"] else "")
    return {"relation": re.compile(
        rf"\s(?:{_alternation(vocabulary['sequence_units'])})\s+(?:{_alternation(vocabulary['sequence_marks'])})"
        rf"\s+(?:qu|un){nouns}",
        re.IGNORECASE)}


# --------------------------------------------------------------------------- sentence gates
#
# Each pattern is tried at every position of every sentence (some 50 ns a position under
# re.IGNORECASE, which keeps the engine from skipping ahead), though most sentences hold
# nothing it can match: a month name, a weekday, "nuit". A pattern's gate is the set of
# strings one of which every match of it holds (read from the compiled pattern's parse, so
# it follows the data's words), searched once over the lowered text, case-sensitively (the
# engine skips to each string's first letters); a sentence no gate string overlaps is not
# read for that pattern. The sentences read find the same matches, in the same order.

# The stdlib's own parse of a pattern is a private module (re._parser since Python 3.11): where
# it is missing, or parses into a shape this reading does not know, a pattern has no gate and
# reads every sentence, as before the gates.
try:
    _sre: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - another Python
    _sre = None
# Largest set of strings a gate is built of (a product of alternations grows fast).
_GATE_STRINGS = 256
# The characters re.IGNORECASE equates with an ASCII letter though str.lower() does not
# lower them to it ("ı", "ſ", the Kelvin sign; "İ" lowers to two): a text holding one is
# read ungated (`_lowered`).
_CASE_ODD = frozenset("\u0131\u017f\u212a")


def _gate_safe(ch: str) -> bool:
    """A gate may hold the character: one whose matches under re.IGNORECASE are the text
    characters str.lower() lowers to its own lower case (`_CASE_ODD` aside): ASCII, the
    Latin-1 letters of French's accents, and characters without case."""
    return ch.isascii() or "\u00c0" <= ch <= "\u00ff" or ch.lower() == ch.upper() == ch


def _exact(items: Any) -> frozenset[str] | None:
    """The strings a sequence of parsed pattern items can match, when they are few; else None."""
    strings = frozenset({""})
    for op, av in items:
        one = _exact_item(op, av)
        if one is None or len(strings) * len(one) > _GATE_STRINGS:
            return None
        strings = frozenset(a + b for a in strings for b in one)
    return strings


def _exact_item(op: Any, av: Any) -> frozenset[str] | None:
    if op is _sre.LITERAL:
        return frozenset({chr(av)})
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return frozenset({""})  # a boundary or a lookaround holds no text of the match
    if op is _sre.IN and all(kind is _sre.LITERAL for kind, _ in av):
        return frozenset(chr(code) for _, code in av)
    if op is _sre.SUBPATTERN:
        return _exact(av[3])
    if op is _sre.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            strings = _exact(branch)
            if strings is None or len(union) + len(strings) > _GATE_STRINGS:
                return None
            union |= strings
        return frozenset(union)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[1] == 1:
        body = _exact(av[2])
        return None if body is None else body | ({""} if av[0] == 0 else set())
    return None


def _need(items: Any) -> frozenset[str] | None:
    """Strings one of which every match of a sequence of parsed items holds (None: no such
    set found): a run of items with few strings, or what one item needs; the longest kept."""
    found: list[frozenset[str]] = []
    run = frozenset({""})
    for op, av in items:
        one = _exact_item(op, av)
        if one is not None and len(run) * len(one) <= _GATE_STRINGS:
            run = frozenset(a + b for a in run for b in one)
            continue
        found.append(run)
        run = one if one is not None else frozenset({""})
        if one is None:
            inner = _need_item(op, av)
            if inner is not None:
                found.append(inner)
    found.append(run)
    useful = [strings for strings in found if "" not in strings]
    return max(useful, key=lambda strings: (min(map(len, strings)), -len(strings)), default=None)


def _need_item(op: Any, av: Any) -> frozenset[str] | None:
    if op is _sre.SUBPATTERN:
        return _need(av[3])
    if op is _sre.ATOMIC_GROUP:
        return _need(av)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _need(av[2])
    if op is _sre.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            strings = _need(branch)
            if strings is None:
                return None
            union |= strings
        return frozenset(union)
    return None


def _gate(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The pattern's gate over the lowered text: an alternation of strings one of which each
    match holds (None where none is found, or one holds a character of odd case)."""
    if _sre is None:
        return None
    try:
        strings = _need(_sre.parse(pattern.pattern, pattern.flags).data)
    except (AttributeError, IndexError, TypeError, ValueError):  # a parse of another shape
        return None
    if strings is None or not all(_gate_safe(ch) for string in strings for ch in string):
        return None
    # As a trie (`longest_first_alternation`): the engine follows the text's letters once.
    return re.compile(longest_first_alternation(string.lower() for string in strings))


@functools.lru_cache(maxsize=1)
def _gates() -> dict[str, re.Pattern[str] | None]:
    return {kind: _gate(pattern) for kind, pattern in _patterns()}


def _lowered(text: str) -> str | None:
    """The text in lower case, character for character, for the gates; None where a
    character lowers to more than one or is of odd case (`_CASE_ODD`)."""
    lowered = text.lower()
    if len(lowered) != len(text) or not _CASE_ODD.isdisjoint(text):
        return None
    return lowered


def _gated(bounds: tuple[tuple[int, int], ...], lowered: str | None, gate: re.Pattern[str] | None,
           scanned: dict[re.Pattern[str], list[tuple[int, int]]]) -> tuple[tuple[int, int], ...]:
    """The sentences of `bounds` (in their order) that a string of the gate overlaps: a
    match of the pattern in a sentence holds one, which the gate's scan finds or steps over
    with an overlapping one. `scanned` keeps each gate's strings found in this text (the
    patterns of a day and of a month share theirs)."""
    if gate is None or lowered is None:
        return bounds
    spans = scanned.get(gate)
    if spans is None:
        spans = scanned[gate] = [match.span() for match in gate.finditer(lowered)]
    ends = [end for _, end in spans]
    kept = []
    for start, end in bounds:
        k = bisect.bisect_right(ends, start)  # the first string ending after the sentence starts
        if k < len(spans) and spans[k][0] < end:
            kept.append((start, end))
    return tuple(kept)


# What follows a distance told of another act ("deux jours après"): a clause ("que") or an
# indefinite noun phrase ("une attaque similaire"), not a definite one (an act already told).
_RELATION_NEXT = r"\s+(?:qu(?:e\b|['’])|une?\b)"


# The words before a year told alone ("en 2023", "depuis 2021").
_YEAR_WORDS = ("en", "depuis", "de", "au début de", "fin")


def _day(value: dt.date) -> str:
    return value.isoformat()


def _night(first: dt.date) -> tuple[str, str]:
    """A night from `first` to the next day: the day it ends, the calendar day of its
    small hours and the day the report's follow-ups take (the army's sweep "mercredi
    matin", the statement the next day), as the report's day (`_report_day`,
    tessera/assemble/) reaches the incidents it leaves undated. (Both days, as the English
    "overnight Thursday to Friday" gives them and as annotators date a night attack, lost
    the night to a day told in the same sentence: the events stage prefers a date of
    precision "day" to an interval, events_fr/article.py; either day lies within both.)
    (real-news FR study complete 112 -> 113/453, date 224 -> 226/296; score complete
    93 -> 94/469, date 203 -> 204/278.)"""
    return _day(first + dt.timedelta(days=1)), "day"


def _month_end(year: int, month: int) -> dt.date:
    return (dt.date(year + month // 12, month % 12 + 1, 1)) - dt.timedelta(days=1)



def _units_back(published: dt.date, amount: int, unit: str) -> tuple[str, str]:
    """The day, week (Monday to Sunday, this week's up to `published`), month or year
    `amount` units before `published` ("hier", "la semaine dernière", "il y a deux mois"), or
    a recent period from `amount` days back to the day before it ("ces derniers jours": unit
    "recent")."""
    if unit == "day":
        return _day(published - dt.timedelta(days=amount)), "day"
    if unit == "recent":
        # to the day before the report's, as English "in recent days" (dates.py `_vague`)
        end = published - dt.timedelta(days=1)
        return f"{(published - dt.timedelta(days=amount)).isoformat()}/{end.isoformat()}", "interval"
    if unit == "week":
        monday = published - dt.timedelta(days=published.weekday() + 7 * amount)
        # "cette semaine": its days up to the report's, as English "this week"
        end = min(monday + dt.timedelta(days=6), published)
        return f"{monday.isoformat()}/{end.isoformat()}", "interval"
    if unit == "month":
        index = published.year * 12 + published.month - 1 - amount
        return f"{index // 12:04d}-{index % 12 + 1:02d}", "month"
    return f"{published.year - amount:04d}", "year"

def _latest_weekday(published: dt.date, weekday: int) -> dt.date:
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


def _number(text: str) -> int:
    return 1 if text.casefold() in ("1er", "1\u1d49\u02b3") else int(text)


def _parse(expression: str, published: dt.date | None) -> dt.date | None:
    """The day `expression` names, counted from `published`; None without a year where there
    is no publication day (dateparser would count from the day it runs)."""
    if published is None and not re.search(r"\b\d{4}\b", expression):
        return None
    import dateparser

    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if published is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(published, dt.time())
    try:
        value = dateparser.parse(expression, languages=["fr"], settings=settings)
    except (ValueError, OverflowError):
        return None
    return value.date() if value is not None else None


def _resolve(kind: str, match: re.Match[str], published: dt.date | None, near: bool = False) -> tuple[str | None, str]:
    vocabulary = _vocabulary()
    groups = match.groupdict()
    if kind in ("calendar", "shared"):
        if groups.get("m2"):
            month = vocabulary["months"][groups["m2"].casefold().rstrip(".")]
            return f"{int(groups['y2']):04d}-{month:02d}", "month"
        if groups["y"] is None and published is None:
            return None, "unknown"
        if groups["y"] is None and published is not None:
            value = _day_of_year_told(groups, published, near)
        else:
            value = _parse(f"{_number(groups['d'])} {groups['m']}" + (f" {groups['y']}" if groups["y"] else ""),
                           published)
        return (_day(value), "day") if value else (None, "unknown")
    if kind == "night_of":  # the night from the day told to the next
        value_text, _ = _resolve("calendar", match, published, near)
        return _night(dt.date.fromisoformat(value_text)) if value_text else (None, "unknown")
    if kind == "night":
        if groups["d1"] and (groups["m"] or published):
            month_text = groups["m"] or ""
            if near and groups["m"] and not groups["y"] and published is not None:
                # Beside a day the text tells (`_told_anchor`), the nearest such night, either
                # side of it ("la nuit du 1er au 2 décembre" after "mardi 30 novembre 2021"),
                # as a day and month told alone (`_day_of_year_told`).
                value = _day_of_year_told({"d": groups["d1"], "m": groups["m"], "w": groups["w1"]}, published, near)
            else:
                value = _parse(f"{_number(groups['d1'])} {month_text} {groups['y'] or ''}".strip(), published)
            if value is None and published is not None:  # "du 27 au 28" of the current month
                value = published.replace(day=min(_number(groups["d1"]), 28))
            return _night(value) if value else (None, "unknown")
        if groups.get("d2") and groups.get("m") and (groups.get("y") or published):
            # "la nuit de mardi à mercredi 3 mai": the night before the day given
            if near and not groups["y"] and published is not None:
                told_day = {"d": groups["d2"], "m": groups["m"], "w": groups["w2"]}
                second_day = _day_of_year_told(told_day, published, near)
            else:
                second_day = _parse(f"{_number(groups['d2'])} {groups['m']} {groups['y'] or ''}".strip(), published)
            return _night(second_day - dt.timedelta(days=1)) if second_day else (None, "unknown")
        if groups["w1"] and groups.get("rel") and published is not None:
            # "dans la nuit de dimanche à hier": the night ended the day before publication
            end = published - dt.timedelta(days=1 if groups["rel"].casefold() == "hier" else 0)
            return _night(end - dt.timedelta(days=1))
        if groups["w1"] and published is not None:
            # The night ended on the second day, on or before publication.
            second = vocabulary["weekdays"][(groups["w2"] or groups["w1"]).casefold()]
            end = _latest_weekday(published, second)
            first = vocabulary["weekdays"][groups["w1"].casefold()]
            start = end - dt.timedelta(days=(second - first) % 7)
            return (_night(start) if (end - start).days == 1 else (_day(start), "day"))
        return None, "unknown"
    if kind == "part":
        month = vocabulary["months"][groups["m"].casefold().rstrip(".")]
        first_day, last_day = vocabulary["parts"][groups["part"].casefold()]
        if groups["y"]:
            year = int(groups["y"])
        elif published is not None:
            year = published.year if month <= published.month else published.year - 1
        else:
            return None, "unknown"
        last = min(_month_end(year, month), dt.date(year, month, min(last_day, 28)) if last_day < 28
                   else _month_end(year, month))
        return f"{dt.date(year, month, first_day).isoformat()}/{last.isoformat()}", "interval"
    if kind == "relative":
        if published is None:
            return None, "unknown"
        amount, unit = vocabulary["relative"][match.group().casefold()]
        return _units_back(published, amount, unit)
    if kind == "numeric":
        try:
            return dt.date(int(groups["y"]), int(groups["mo"]), _number(groups["d"])).isoformat(), "day"
        except ValueError:
            return None, "unknown"
    if kind == "ago":
        if published is None:
            return None, "unknown"
        amount = _count(groups["n"])
        unit = vocabulary["units"].get(groups["u"].casefold())
        vague = vocabulary["vague"].get(groups["n"].casefold())
        if amount is None and vague is not None and unit in ("day", "week"):
            # "il y a quelques jours": two to six days back, as English "a few days ago"
            days = 7 if unit == "week" else 1
            first = published - dt.timedelta(days=vague[1] * days)
            return f"{first.isoformat()}/{(published - dt.timedelta(days=vague[0] * days)).isoformat()}", "interval"
        if amount is None or unit is None:
            return None, "unknown"
        if unit == "week":
            # "il y a deux semaines": the day that many weeks back, as English "two weeks ago";
            # not the calendar week ("la semaine dernière" names one, a count of weeks does not)
            return _day(published - dt.timedelta(days=7 * amount)), "day"
        return _units_back(published, amount, unit)
    if kind == "weekday_range":
        if published is None:
            return None, "unknown"
        second = vocabulary["weekdays"][(groups["w2"] or groups["w4"]).casefold()]
        first = vocabulary["weekdays"][(groups["w1"] or groups["w3"]).casefold()]
        end = _latest_weekday(published, second)
        start = end - dt.timedelta(days=(second - first) % 7)
        return f"{start.isoformat()}/{end.isoformat()}", "interval"
    if kind == "weekend":
        if published is None:
            return None, "unknown"
        sunday = _latest_weekday(published, 6)
        if sunday == published and "dernier" in match.group().casefold():
            sunday -= dt.timedelta(days=7)
        return f"{(sunday - dt.timedelta(days=1)).isoformat()}/{sunday.isoformat()}", "interval"
    if kind == "month":
        if published is None:
            return None, "unknown"
        month = vocabulary["months"][(groups["m"] or groups["m2"]).casefold().rstrip(".")]
        if groups.get("next") or groups.get("next2"):  # "en juin prochain": the next June
            year = published.year if month > published.month else published.year + 1
        else:
            year = published.year if month <= published.month else published.year - 1
        return f"{year:04d}-{month:02d}", "month"
    if kind in ("next_to", "relation", "part_of_day"):  # resolved against the day told before it (`_next_to`,
        # `_parts_of_day`)
        return None, "unknown"
    if kind == "weekday":
        if published is None:
            return None, "unknown"
        day = _latest_weekday(published, vocabulary["weekdays"][groups["w"].casefold()])
        # "mercredi dernier" in a Wednesday paper is a week back; beside a Wednesday the text
        # tells (`near`: `_told_anchor`), written later, it is that day
        if groups.get("last") and day == published and not near:
            day -= dt.timedelta(days=7)
        elif groups.get("next"):  # "lundi prochain": the next Monday after publication
            day += dt.timedelta(days=7)
        return _day(day), "day"
    return f"{int(groups['y']):04d}", "year"  # year


def _day_of_year_told(groups: dict[str, str | None], published: dt.date, near: bool = False) -> dt.date | None:
    """A day and month told without a year: the one nearest before publication, the next
    one for "prochain" ("le 20 mai prochain"); a weekday told with it picks the year whose
    calendar agrees ("demain jeudi 9 mars" in a 2023 paper: 2023, not 2022). `near`: `published`
    is a day the text tells, not the publication (`_told_anchor`), and the story's other days
    lie on either side of it: the nearest one ("le 11 juillet" after "le 10 juillet 2022")."""
    month = _vocabulary()["months"][str(groups["m"]).casefold().rstrip(".")]
    days = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            days.append(dt.date(year, month, _number(str(groups["d"]))))
        except ValueError:
            continue
    if groups.get("next"):
        return min((d for d in days if d > published), default=None)
    if groups.get("w"):
        weekday = _vocabulary()["weekdays"][str(groups["w"]).casefold()]
        days = [d for d in days if d.weekday() == weekday] or days
    elif not near:
        days = [d for d in days if d <= published] or days
        return max(days) if days and days[-1] <= published else min(days, default=None)
    # a weekday, or a day beside a told one: the nearest
    return min(days, key=lambda d: abs((d - published).days), default=None)


def _count(text: str) -> int | None:
    """A count in figures or in words ("3", "trois")."""
    if text.isdigit():
        return int(text)
    from text_to_num import text2num

    try:
        return int(text2num(text.casefold(), "fr"))
    except ValueError:
        return None


def _next_to(found: list[tuple[str, DateValue]], published: dt.date | None) -> list[tuple[str, DateValue]]:
    """"la veille" / "le lendemain": the day before or after the latest day told before it
    in the text, not itself told as such a neighbour ("fermées la veille" after "a annoncé
    lundi": Sunday); with none, "la veille" is the day before publication."""
    steps = _vocabulary()["next_to"]
    resolved: list[tuple[str, DateValue]] = []
    for kind, date in found:
        bases = [(k, d) for k, d in resolved if k not in _NEIGHBOUR_KINDS and d.precision == "day" and d.value] \
            if kind in _NEIGHBOUR_KINDS else []
        days = [d for _, d in bases]
        if kind == "relation":
            # "lundi, deux jours après que ...": that far from the latest day told before it,
            # or from publication
            base = dt.date.fromisoformat(days[-1].value) if days else published  # type: ignore[arg-type]
            offset = _relation_days(date.text)
            if base is not None and offset is not None:
                date = date.model_copy(update={"value": _day(base + dt.timedelta(days=offset)), "precision": "day"})
        elif kind == "next_to":
            step = steps.get(date.text.casefold())
            # with no day told before, "la veille" is the eve of the report; "le lendemain" nothing yet
            base = dt.date.fromisoformat(days[-1].value) if days else (  # type: ignore[arg-type]
                published if step is not None and step < 0 else None)
            if base is not None and step is not None:
                date = date.model_copy(update={"value": _day(base + dt.timedelta(days=step)), "precision": "day"})
                if step >= 0 and bases and bases[-1][0] not in _DAY_KINDS:
                    # "le 24 janvier ... Le lendemain": the day after one the text tells whole,
                    # not counted from publication, keeps its day on a page dated by month
                    # (`_coarsened`); "la veille" looks back from the story's moment, often
                    # the report's own day, and stays with the page's month
                    kind = "next_to_told"
        resolved.append((kind, date))
    return resolved


# Days told as a neighbour of another ("la veille", "deux jours après que"): not a base for another.
_NEIGHBOUR_KINDS = frozenset({"next_to", "next_to_told", "relation", "part_of_day"})


def told_at_a_distance(date: DateValue) -> bool:
    """The date is told by its distance from another day ("deux jours après" before "que":
    temporal.yaml `sequence_marks`, `sequence_units`)."""
    return _relation_days(date.text) is not None


def _relation_days(text: str) -> int | None:
    """The signed days of "deux jours après" (-2), "une semaine avant" (+7); None for an
    amount that is no number ("quelques jours après")."""
    vocabulary = _vocabulary()
    words = text.casefold().split()
    if len(words) == 1 and words[0] in vocabulary["sequence_nouns"]:
        return vocabulary["sequence_nouns"][words[0]]  # "au lendemain d'une autre attaque": -1
    if len(words) != 3:
        return None
    amount = _count(words[0])
    unit = vocabulary["sequence_units"].get(words[1])
    sign = vocabulary["sequence_marks"].get(words[2])
    if amount is None or unit is None or sign is None:
        return None
    return sign * amount * unit


# Sentence bounds to read within (`_found`); None: the whole text.
Spans = tuple[tuple[int, int], ...] | None


def sentence_spans(parsed: ParsedArticle) -> Spans:
    """The bounds of the parse's sentences (its parts: a header or headline line is its own),
    within which the date patterns read; None for an article not split into sentences."""
    return tuple((sentence.start, sentence.end) for sentence in parsed.sentences) or None


def _found(text: str, published: dt.date | None, near: bool = False,
           spans: Spans = None) -> Iterator[tuple[str, DateValue]]:
    """The text's date expressions, read within each of `spans` (the parse's sentences: a day
    and its month never run across a sentence's end, nor across the line break that ends a
    header or headline, "... le 14\nMars"); the whole text where none are given."""
    taken: list[tuple[int, int]] = []
    bounds = spans or ((0, len(text)),)
    needed = _needed()
    gates = _gates()
    lowered = _lowered(text)
    scanned: dict[re.Pattern[str], list[tuple[int, int]]] = {}
    for kind, pattern in _patterns():
        if kind in needed and needed[kind].search(text) is None:
            continue  # the text holds no match of it anywhere (`_needed`)
        read = _gated(bounds, lowered, gates[kind], scanned)  # the sentences that can hold a match
        for match in (m for start, end in read for m in pattern.finditer(text, start, end)):
            start, end = match.span()
            if kind == "year":
                start = match.start("y")
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            if kind == "calendar" and match.group("joined") and _NAMED_BY.search(text, max(0, start - 40), start):
                continue  # "le Mouvement du 23-Juin", "la place du 13-Mai": a name, no day
            value, precision = _resolve(kind, match, published, near)
            taken.append((start, end))
            yield kind, DateValue(text=text[start:end], start=start, end=end, value=value,
                                  precision=precision)  # type: ignore[arg-type]


# "du" before a holiday's day ("le Mouvement du 23-Juin", "la place du 13-Mai", "les
# attentats du 11-Septembre"): the day names a movement, a place, a past event; only "à
# l'occasion du 1er-Mai", "lors du 14-Juillet" tell when.
_NAMED_BY = re.compile(r"(?<!occasion)(?<!lors)\s+du\s+\Z")


# A page's own date marker ahead of its text (" date 2019-12 « Cette nuit, ..."): the
# publication day or month as the page gives it.
_MARKER = re.compile(r"\A\s*date\s+(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])(?:-(?P<d>0[1-9]|[12]\d|3[01]))?(?!\d)")
# Expressions that name a day by its distance from the publication day: with only the
# publication month known, they name a day of that month.
_DAY_KINDS = frozenset({"night", "weekday", "weekend", "relative", "ago", "next_to"})


# A page address right after the marker, dated as news sites date theirs
# (".../20230805/...", ".../2023/08/05/...").
_URL_DAY = re.compile(r"\s*https?://\S*?/(?P<y>(?:19|20)\d\d)/?(?P<m>0[1-9]|1[0-2])/?(?P<d>0[1-9]|[12]\d|3[01])(?=[/\-_.]|\D)")


def _marked_publication(text: str) -> tuple[dt.date, bool] | None:
    """The publication day of a page's leading date marker, and whether it gives the day
    (else its month's last day stands for it); the page's address after a month-only
    marker gives the day when it carries one of that month."""
    match = _MARKER.match(text)
    if match is None:
        return None
    year, month = int(match.group("y")), int(match.group("m"))
    day = match.group("d")
    if day is None and (url := _URL_DAY.match(text, match.end())) is not None \
            and (int(url.group("y")), int(url.group("m"))) == (year, month):
        day = url.group("d")
    if day:
        try:
            return dt.date(year, month, int(day)), True
        except ValueError:
            return None
    return _month_end(year, month), False


def page_month(text: str, url: str | None = None, spans: Spans = None) -> dt.date | None:
    """The last day of the only month a page gives as its own, a month-only leading date
    marker (" date 2024-03") or, without a marker, a month-only page address
    (".../2024/03/titre") on a page that tells no whole day with its year (`_page_anchor`);
    None where either gives the day, or there is none."""
    marked = _page_anchor(text, url, spans)
    return marked[0] if marked is not None and not marked[1] else None


def _page_anchor(text: str, url: str | None, spans: Spans = None) -> tuple[dt.date, bool] | None:
    """The publication day or month a page gives itself: its leading date marker, else the
    date its address carries (`dates.url_date`: publishers file pages by month or day),
    where the text tells no whole day with its year, which anchors it more closely
    (`_told_anchor`). Either giving the month only, a day of that month the text tells as
    the present one is the publication day (`_present_day`)."""
    if (marked := _marked_publication(text)) is None:
        if (marked := url_date(url)) is None or _told_anchor(_sorted_found(text, None, spans=spans)) is not None:
            return None
    if not marked[1] and (present := _present_day(text, marked[0], spans)) is not None:
        return present, True
    return marked


def _coarsened(date: DateValue, month: dt.date, kind: str) -> DateValue:
    """A day named by its distance from a publication day known only by its month: that
    month ("hier" in a page dated 2019-12); a weekday, the days of that month that are that
    weekday ("samedi" in a page dated 2019-12: 2019-12-07/2019-12-28), the annotation's
    reading of a weekday under a month-only date; a night told by its weekdays ("dans la nuit
    de samedi à dimanche"), the days of that month that are the weekday it ends on."""
    if date.value is None or date.precision not in ("day", "interval"):
        return date
    if kind == "night" and _DAY_NUMBER.search(date.text):  # "la nuit du 13 au 14": a day told
        return date
    if kind in ("weekday", "night") and date.precision == "day":
        day = dt.date.fromisoformat(date.value)
        if (day.year, day.month) == (month.year, month.month):
            first = day - dt.timedelta(days=7 * ((day.day - 1) // 7))
            last = day + dt.timedelta(days=7 * ((_month_end(day.year, day.month).day - day.day) // 7))
            if first != last:
                span = f"{first.isoformat()}/{last.isoformat()}"
                return date.model_copy(update={"value": span, "precision": "interval"})
            return date
    return date.model_copy(update={"value": f"{month.year:04d}-{month.month:02d}", "precision": "month"})


def extract_dates_fr(parsed: ParsedArticle, published: dt.date | None, url: str | None = None) -> list[DateValue]:
    """Every date expression of a French article, resolved against `published`; without
    one, against the day of the page's publication stamp ("Publié le 8 août 2015",
    `_stamps`) unless its leading date marker gives the day, else against that marker
    (" date 2019-12") or its address's date (".../2021/06/titre", `_page_anchor`), its month
    standing for the day where it gives no day; without any, against the latest whole day
    the text tells (`_told_anchor`) or a post it quotes was posted (`_posted_day`), all but
    the expressions counted from the moment of writing (`_FROM_NOW_KINDS`). The dates of the
    page's stamps are the page's, no day of its story, and are left out."""
    if isinstance(published, dt.datetime):
        published = published.date()
    spans = sentence_spans(parsed)
    stamp_day, stamped = _stamps(parsed.text, spans)
    if published is None and stamp_day is not None and not ((marked := _marked_publication(parsed.text))
                                                              is not None and marked[1]):
        published = stamp_day
    found = _extract_dates_fr(parsed, published, url, spans)
    return [d for d in found if d.start not in stamped] if stamped else found


# How far into a page its stamps are read: a headline, a rubric and a byline may come first.
_STAMP_HEAD = 1000


@functools.lru_cache(maxsize=1)
def _stamp_pattern() -> re.Pattern[str] | None:
    """A page stamp's words (temporal.yaml `stamp_words`), capitalised as a page prints
    them, and what may stand between them and the date ("le", a colon); the group "pub"
    holds a publication stamp's words."""
    words = load_data("temporal", "fr").get("stamp_words") or {}
    publication = [str(w) for w in words.get("publication") or ()]
    update = [str(w) for w in words.get("update") or ()]
    if not publication and not update:
        return None
    alternatives = [f"(?P<pub>{_alternation(publication)})"] if publication else []
    if update:
        alternatives.append(f"(?:{_alternation(update)})")
    # the words matched whatever their case, but the stamp led by a capital
    return re.compile(rf"(?<![\w’'])(?=[A-ZÀ-Ý])(?i:{'|'.join(alternatives)})(?:[ \t]+le\b)?[ \t]*:?[ \t]*")


# What follows a stamp's date: the line's end, a separator ("| RFI", "– 16h30"), the hour
# ("à 14h30", ", 14h30", "14:30"), its author ("par la rédaction") or the next stamp ("Mis à
# jour le ..."); not a sentence running on (", le rapport ...").
_STAMP_END = re.compile(r"[ \t]*(?:\n|\Z|[|–—-]|(?:à|,)?[ \t]*\d|par\b|[A-ZÀ-Ý])")


def _stamps(text: str, spans: Spans) -> tuple[dt.date | None, frozenset[int]]:
    """The page's stamps in its head ("Publié le 8 août 2015", "Politique Publié le jeudi 24
    février 2011 | RFI", "Publié le : 11/10/2021 – 16h30", "Mis à jour le ..."): the day
    of the first publication stamp whose date is a whole day with its year (an update's is
    later than publication and anchors nothing), and where each stamp's date starts. A stamp's
    date carries its year and ends its line or gives the hour (`_STAMP_END`)."""
    pattern = _stamp_pattern()
    if pattern is None or pattern.search(text, 0, _STAMP_HEAD) is None:
        return None, frozenset()
    told = {date.start: (kind, date) for kind, date in _sorted_found(text, None, spans=spans)}
    day: dt.date | None = None
    starts: set[int] = set()
    for match in pattern.finditer(text, 0, _STAMP_HEAD):
        kind, date = told.get(match.end(), ("", None))
        if date is None or "\n" in date.text:  # a day and its month on the stamp's line only
            continue
        if not _YEAR.search(date.text) or not _STAMP_END.match(text, date.end):
            # a stamp dates the page in full and ends its line, or gives the hour: "Publié le 8
            # août par Amnesty International, le rapport ..." opens a sentence, no stamp
            continue
        starts.add(date.start)
        if day is None and match.groupdict().get("pub") and kind in _TOLD_KINDS and date.precision == "day" \
                and date.value and _YEAR.search(date.text):
            day = dt.date.fromisoformat(date.value)
    return day, frozenset(starts)


def _extract_dates_fr(parsed: ParsedArticle, published: dt.date | None, url: str | None,
                      spans: Spans) -> list[DateValue]:
    text = parsed.text
    if published is not None:
        return _parts_of_day(_next_to(_sorted_found(text, published, spans=spans), published), text, spans)
    if (marked := _page_anchor(text, url, spans)) is not None:
        anchor, exact = marked
        found = _next_to(_sorted_found(text, anchor, spans=spans), anchor)
        if not exact:
            found = _named_in_month(found, anchor)
        return _parts_of_day([(kind, _coarsened(d, anchor, kind) if kind in _DAY_KINDS and not exact else d)
                              for kind, d in found], text, spans)
    found = _sorted_found(text, None, spans=spans)
    if (told := _latest(_told_anchor(found), _posted_day(text)) or _calendar_anchor(found)) is not None:
        unanchored = {d.start: (kind, d) for kind, d in found}
        anchored = [
            unanchored.get(d.start, (kind, d)) if kind in _FROM_NOW_KINDS else (kind, d)
            for kind, d in _sorted_found(text, told, near=True, spans=spans)
        ]
        return _parts_of_day(_next_to(_told_nights(anchored), told), text, spans)
    return _parts_of_day(_next_to(found, None), text, spans)


# Only spaces or a comma between two dates: one told time ("mardi dans la nuit").
_JOINED = re.compile(r"[\s,]*")


def _parts_of_day(found: list[tuple[str, DateValue]], text: str, spans: Spans = None) -> list[DateValue]:
    """A part of a day told alone ("Une seconde frappe a touché le secteur dans l'après-midi",
    temporal.yaml `parts_of_day`) is on the day the story told last, as resolved (on a page
    dated by its month, that day's span: `_coarsened`), as English places one
    (`dates._resolve_anaphors_and_times`): not a day a span starts or ends at ("depuis le 13
    juillet"), nor the day a source spoke ("ont rapporté mardi"), both no day of the story.
    One told beside a date ("mardi dans la nuit", "lundi, dans la matinée") belongs to that
    date and is left out, as is one with no day told before it: the stages read them as
    before, the sentence's other date or none. So is one whose sentence (`spans`) tells a date
    of its own ("Vendredi, des hommes armés ont attaqué, en fin de soirée, ..."): that date
    dates the sentence."""
    dated = [(d.start, d.end) for kind, d in found if kind != "part_of_day" and d.value]
    out: list[DateValue] = []
    base: DateValue | None = None
    for index, (kind, date) in enumerate(found):
        if kind != "part_of_day":
            out.append(date)
            spanned = date.precision == "interval" and kind in ("weekday", "night")  # `_coarsened`
            if date.value and (date.precision == "day" or spanned) and not _no_story_day(text, date):
                base = date
            continue
        before = found[index - 1][1] if index else None
        after = found[index + 1][1] if index + 1 < len(found) else None
        if (before is not None and _JOINED.fullmatch(text[before.end:date.start])) or (
                after is not None and _JOINED.fullmatch(text[date.end:after.start])):
            continue
        sentence = next(((a, b) for a, b in spans or () if a <= date.start < b), None)
        if sentence is not None and any(sentence[0] <= a and b <= sentence[1] for a, b in dated):
            continue
        if base is not None:
            out.append(date.model_copy(update={"value": base.value, "precision": base.precision}))
    return out


def _no_story_day(text: str, date: DateValue) -> bool:
    """The day bounds a span ("depuis le 13 juillet", "jusqu'au 5 mai") or is told on a verb of
    saying ("ont rapporté mardi", "a annoncé ce lundi": temporal.yaml `saying_forms`)."""
    return bool(_not_story_before().search(text, max(0, date.start - 40), date.start))


@functools.lru_cache(maxsize=1)
def _not_story_before() -> re.Pattern[str]:
    data = load_data("temporal", "fr")
    bounds = _alternation(["depuis", *(str(w) for w in data.get("bound_words") or ())])
    saying = _alternation(str(w) for w in data.get("saying_forms") or ())
    leads = _alternation(str(w) for w in data.get("saying_day_leads") or ())
    return re.compile(rf"(?:(?<!\w)(?:{bounds})\s*(?:(?:le|la|les|ce|cette)\s+|l['’])?"
                      rf"|\b(?:{saying})\s+(?:(?:{leads})\s+)?)\Z", re.IGNORECASE)


def _told_nights(found: list[tuple[str, DateValue]]) -> list[tuple[str, DateValue]]:
    """A page anchored on a day it tells (`_told_anchor`) that tells a night by its weekdays
    and days ("dans la nuit du lundi 12 au mardi 13 mars"): a night told by the same weekdays
    alone ("Trois gendarmes ont été tués dans la nuit du lundi au mardi") is that night, not
    the latest such night before the anchor, which is the story's latest day, not its
    writing."""
    night = dict(_patterns())["night"]
    told: dict[tuple[str, str], DateValue] = {}
    for kind, date in found:
        match = night.search(date.text) if kind == "night" and date.value else None
        if match is not None and match.group("w1") and match.group("w2") and _DAY_NUMBER.search(date.text):
            told.setdefault((match.group("w1").casefold(), match.group("w2").casefold()), date)
    if not told:
        return found
    named: list[tuple[str, DateValue]] = []
    for kind, date in found:
        match = night.search(date.text) if kind == "night" and not _DAY_NUMBER.search(date.text) else None
        same = told.get((match.group("w1").casefold(), match.group("w2").casefold())) \
            if match is not None and match.group("w1") and match.group("w2") else None
        if same is not None:
            date = date.model_copy(update={"value": same.value, "precision": same.precision})
        named.append((kind, date))
    return named


# Expressions that count days back from the moment of writing ("hier", "ce matin", "il y a
# trois jours", "le week-end dernier"): a day the text tells (`_told_anchor`) is the story's
# day, not that moment, and counting from it puts "hier" before the attack it follows. They
# stay unplaced where only such a day anchors the report, as before that anchor.
_FROM_NOW_KINDS = frozenset({"relative", "ago", "weekend"})


def _sorted_found(text: str, published: dt.date | None, near: bool = False,
                  spans: Spans = None) -> list[tuple[str, DateValue]]:
    return list(_read_once(text, published, near, spans))


@functools.lru_cache(maxsize=16)
def _read_once(text: str, published: dt.date | None, near: bool,
               spans: Spans = None) -> tuple[tuple[str, DateValue], ...]:
    """The text's date expressions against one anchor, read once (each may cost a dateparser
    call): the page's anchor, its present day, the extraction and the pipeline's `page_month`
    all read the same article's expressions."""
    return tuple(sorted(_found(text, published, near, spans), key=lambda kd: kd[1].start))


# Kinds of expression that can tell a whole day by themselves ("le dimanche 10 juillet 2022",
# "10/07/2022", "dans la nuit du 11 au 12 juin 2022").
_TOLD_KINDS = frozenset({"calendar", "shared", "numeric", "night", "night_of"})
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _named_in_month(found: list[tuple[str, DateValue]], month: dt.date) -> list[tuple[str, DateValue]]:
    """A page dated by its month only (`month`: its last day) that tells a whole day of
    that month by its number ("lundi 3 juin", "le 11 avril"): a weekday told alone that
    is that day's weekday is that day ("Lundi, le Conseil a démenti" beside "lundi 3
    juin"), the latest such told day if several, not the span of that weekday over the
    month (`_coarsened`). A weekday no told day matches keeps its span."""
    told: dict[int, dt.date] = {}
    for kind, date in found:
        if (kind in _TOLD_KINDS and date.precision == "day" and date.value and _DAY_NUMBER.search(date.text)
                and "prochain" not in date.text.casefold()):
            day = dt.date.fromisoformat(date.value)
            if (day.year, day.month) == (month.year, month.month):
                told[day.weekday()] = max(day, told.get(day.weekday(), day))
    if not told:
        return found
    weekdays, relative = _vocabulary()["weekdays"], _vocabulary()["relative"]
    named: list[tuple[str, DateValue]] = []
    for kind, date in found:
        match = _WEEKDAY_ALONE.fullmatch(date.text) if kind == "weekday" else None
        named_day = told.get(weekdays.get(match.group(1).casefold(), -1)) if match else None
        if kind == "relative" and relative.get(date.text.casefold()) == (0, "day"):
            named_day = max(told.values())
        if named_day is not None:
            kind, date = "calendar", date.model_copy(update={"value": _day(named_day), "precision": "day"})
        named.append((kind, date))
    return named


# "ce vendredi 4 octobre", "aujourd'hui dimanche 8 mai": a day told as the present one.
_PRESENT = re.compile(r"(?:\bce|\baujourd['’]hui,?)\s+\Z", re.IGNORECASE)


def _present_day(text: str, month: dt.date, spans: Spans = None) -> dt.date | None:
    """A page dated by its month only (`month`: its last day) that tells a whole day of that
    month as the present one ("a indiqué ce vendredi 4 octobre", "aujourd'hui dimanche 8
    mai"): the report is written that day, which anchors it as a publication day does
    ("jeudi" before it is the day before, not every Thursday of the month)."""
    days = [
        dt.date.fromisoformat(date.value)
        for kind, date in _sorted_found(text, month, spans=spans)
        if kind in _TOLD_KINDS and date.precision == "day" and date.value and _DAY_NUMBER.search(date.text)
        and _PRESENT.search(text, max(0, date.start - 20), date.start)
    ]
    return max((d for d in days if (d.year, d.month) == (month.year, month.month)), default=None)


def _calendar_anchor(found: list[tuple[str, DateValue]]) -> dt.date | None:
    """A page that tells no year with its days, but tells weekdays with them ("jeudi 21
    octobre") and names a year elsewhere ("en novembre 2023", "depuis 2021"): the report is
    written in or after the latest year it names, most often in it or the next, and a
    weekday falls on a given day and month once in 5 to 11 years: the one of those two years
    where every such day falls on its weekday is the report's. Its latest such day stands in
    for publication, as `_told_anchor`'s day. Where neither agrees (the story is years after
    the latest year it names, or the days disagree) or no year is named, nothing bounds the
    year: the days stay unplaced."""
    calendar = dict(_patterns())["calendar"]
    weekdays, months = _vocabulary()["weekdays"], _vocabulary()["months"]
    told: list[tuple[int, int, int]] = []
    for kind, date in found:
        match = calendar.fullmatch(date.text) if kind == "calendar" and date.value is None else None
        if match is not None and match.group("w") and match.group("m") and not match.group("y") \
                and not match.group("next"):
            told.append((weekdays[match.group("w").casefold()], months[match.group("m").casefold().rstrip(".")],
                         _number(match.group("d"))))
    named = [int(date.value[:4]) for kind, date in found
             if kind in ("year", "calendar", "month", "part") and date.value and _YEAR.search(date.text)]
    if not told or not named:
        return None
    for year in (max(named), max(named) + 1):
        days = [_safe_day(year, month, day) for _, month, day in told]
        if all(d is not None and d.weekday() == weekday for d, (weekday, _, _) in zip(days, told, strict=True)):
            return max(d for d in days if d is not None)
    return None


def _safe_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_DAY_NUMBER = re.compile(r"\d")
_WEEKDAY_ALONE = re.compile(r"(\w+)")


def _latest(*days: dt.date | None) -> dt.date | None:
    return max((d for d in days if d is not None), default=None)


@functools.lru_cache(maxsize=1)
def _post_signature() -> tuple[re.Pattern[str], dict[str, int]] | None:
    """A quoted social-media post's signature: its account in brackets, then the day the
    platform prints in English (temporal.yaml `post_signature_months`); with each month's
    number. Read once."""
    months = [str(m) for m in load_data("temporal", "fr").get("post_signature_months") or ()]
    if len(months) != 12:
        return None
    pattern = re.compile(rf"\(@\w+\)\s*(?P<m>{'|'.join(months)})\s+(?P<d>[12]\d|3[01]|0?[1-9]),"
                         r"\s*(?P<y>(?:19|20)\d\d)(?!\d)")
    return pattern, {month: number for number, month in enumerate(months, 1)}


def _posted_day(text: str) -> dt.date | None:
    """The latest day a post quoted in the page was posted ("— Forces Armées Maliennes
    (@FAMa_DIRPA) January 26, 2020"): a whole day with its year the page tells, as its own
    words do (`_told_anchor`); a report is written on or after the posts it quotes."""
    signature = _post_signature()
    if signature is None or "(@" not in text:
        return None
    pattern, months = signature
    days = [_safe_day(int(m.group("y")), months[m.group("m")], int(m.group("d"))) for m in pattern.finditer(text)]
    return _latest(*days)


def _told_anchor(found: list[tuple[str, DateValue]]) -> dt.date | None:
    """A page with no publication date and no date marker: the latest whole day the text
    tells with its year stands in for publication. A report is published on or after the
    past days it tells, and the latest is its occasion or next to it: "vendredi" after
    "samedi 3 décembre 2022" is 2 December and "le 3 novembre" before "mercredi 6 novembre
    2019" is in 2019, where without it neither is placed at all. Not a day told as coming
    ("le 20 mai 2024 prochain")."""
    told = [
        dt.date.fromisoformat(date.value)
        for kind, date in found
        if kind in _TOLD_KINDS
        and date.precision == "day"
        and date.value
        and _YEAR.search(date.text)
        and "prochain" not in date.text.casefold()
    ]
    return max(told, default=None)
