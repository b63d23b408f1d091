"""Quantities: counted amounts in the article text ("16 soldiers", "about 4,300 troops").

Input: a `ParsedArticle` from the parse stage. Output: `list[Quantity]` with article
offsets: the number, its unit noun, whether it is approximate, and the upper bound
of a range. Next: the events stage, which reads fatalities and injuries from these.

Why token shapes and not the model: most sentences are parsed shallowly (tokens only,
no tags or NER), so a quantity is found from the shape of its tokens: a numeral
("4,300", "1.5") or number words ("twenty-one", "a dozen"; "half a dozen" is 6, "2
dozen" 24), optional scale words ("million"), an optional approximation or range before
it ("about", "at least", "between ... and"), and the unit: the next word, when it is a noun-like word
(the first word after the number that is not a function word or an adjective the
number-word list knows). Where a sentence is deep, the part-of-speech tags decide
the unit noun instead. Years (also a dateline's "April 3, 14"), dates, times, ordinals
and ages are not quantities.

Number words (units, tens, scales, multiples, fractions, ordinals) are data:
`tessera/data/en/number_words.yaml` (read through `tessera.data.load`).
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from dataclasses import dataclass, field

from spacy.attrs import ORTH

from tessera.data import load as load_data
from tessera.parse import ParsedArticle, ParsedSentence, longest_first_alternation
from tessera.records import Quantity


@dataclass(frozen=True)
class NumberWords:
    units: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, int]
    multiples: dict[str, int]
    fractions: dict[str, float]
    ordinals: frozenset[str]
    # Quantifiers with no figure ("several", "dozens"), words for none ("no one",
    # "nobody") and nouns that hold the count after "of" ("a total of four"): read by
    # the casualty stage (`tessera.extraction.fatalities`); empty where a language's
    # file does not list them.
    vague: frozenset[str] = frozenset()
    none: frozenset[str] = frozenset()
    aggregates: frozenset[str] = frozenset()
    # Frames of a running total ("so far", "to date", "since the start of"): a count told
    # with one sums up several incidents (read by the casualty stage).
    running_totals: frozenset[str] = frozenset()
    running_totals_perfect: frozenset[str] = frozenset()
    running_total_starts: frozenset[str] = frozenset()
    running_total_auxiliaries: frozenset[str] = frozenset()
    running_total_since: frozenset[str] = frozenset()
    # A recent period on a verb in the perfect ("have killed 50 in the past week", "had died
    # over the last six weeks"): the period's prepositions, its modifiers and its nouns.
    running_period_preps: frozenset[str] = frozenset()
    running_period_recent: frozenset[str] = frozenset()
    running_period_nouns: frozenset[str] = frozenset()
    # Period nouns that sum up only from this many of them on ("the past ten days", not "the
    # past two days": one bout of fighting).
    running_period_counted: dict[str, int] = field(default_factory=dict)

    @property
    def cardinals(self) -> frozenset[str]:
        return frozenset(self.units) | frozenset(self.tens)


def number_words(language: str = "en") -> NumberWords:
    """The number-word lexicon of `language` (`tessera/data/<language>/number_words.yaml`), read once and checked."""
    return _number_words(language)


@functools.lru_cache(maxsize=4)
def _number_words(language: str) -> NumberWords:
    raw = load_data("number_words", language)
    words = NumberWords(
        units={str(k): int(v) for k, v in raw["units"].items()},
        tens={str(k): int(v) for k, v in raw["tens"].items()},
        scales={str(k): int(v) for k, v in raw["scales"].items()},
        multiples={str(k): int(v) for k, v in raw["multiples"].items()},
        fractions={str(k): float(v) for k, v in raw["fractions"].items()},
        ordinals=frozenset(str(w) for w in raw["ordinals"]),
        vague=frozenset(str(w) for w in raw.get("vague_quantifiers", [])),
        none=frozenset(str(w) for w in raw.get("no_quantifiers", [])),
        aggregates=frozenset(str(w) for w in raw.get("aggregate_nouns", [])),
        running_totals=frozenset(str(w) for w in raw.get("running_total_phrases", [])),
        running_totals_perfect=frozenset(str(w) for w in raw.get("running_total_perfect", [])),
        running_total_starts=frozenset(str(w) for w in raw.get("running_total_starts", [])),
        running_total_auxiliaries=frozenset(str(w) for w in raw.get("running_total_auxiliaries", [])),
        running_total_since=frozenset(str(w) for w in raw.get("running_total_since", [])),
        running_period_preps=frozenset(str(w) for w in raw.get("running_period_preps", [])),
        running_period_recent=frozenset(str(w) for w in raw.get("running_period_recent", [])),
        running_period_nouns=frozenset(str(w) for w in raw.get("running_period_nouns", [])),
        running_period_counted={str(k): int(v) for k, v in (raw.get("running_period_counted") or {}).items()},
    )
    for name, table in (("units", words.units), ("tens", words.tens), ("scales", words.scales)):
        if not table or any(value < 0 for value in table.values()):
            raise ValueError(f"number_words.yaml: {name} must be a non-empty map of word -> non-negative number")
    return words


_NUMERAL = re.compile(r"^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
# The largest value read as a quantity: more than any count or sum a news report states
# (world output is about 1e14 dollars). A larger figure ("10^100", a 400-digit number)
# is not a quantity, so no value is ever infinite; the casualty stage bounds counts of
# people much lower (`tessera.extraction.fatalities`).
MAX_QUANTITY = 1e15
# Exponent notation ("10^100", "10**9", "1e9", "10⁹") is not how news counts: such a
# number, and the numbers on either side of its operator, are refused, never read in part.
_EXPONENT_OPERATORS = frozenset({"^", "**"})
_EXPONENT_TOKEN = re.compile(r"^[-+]?\d[\d.,]*(?:\^|\*\*|[eE][-+]?\d)|[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]")
# "40bn", "1.5m", "3k": a numeral with its scale glued on.
_GLUED_SCALE = re.compile(r"^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(bn|mn|m|k)$")
_GLUED_SCALES = {"bn": 1e9, "mn": 1e6, "m": 1e6, "k": 1e3}


def _numeral_value(token: str) -> float | None:
    if _NUMERAL.match(token):
        return _bounded(float(token.replace(",", "")))
    glued = _GLUED_SCALE.match(token)
    if glued:
        return _bounded(float(glued.group(1).replace(",", "")) * _GLUED_SCALES[glued.group(2)])
    return None


def _bounded(value: float) -> float | None:
    """`value` if it is a finite number no larger than `MAX_QUANTITY`, else None."""
    return value if math.isfinite(value) and abs(value) <= MAX_QUANTITY else None


def in_exponent(tokens: list[str], i: int) -> bool:
    """Whether token `i` of `tokens` is part of a number in exponent notation ("10 ^ 100")."""
    if tokens[i] in _EXPONENT_OPERATORS or _EXPONENT_TOKEN.search(tokens[i]):
        return True
    return (i > 0 and tokens[i - 1] in _EXPONENT_OPERATORS) or (
        i + 1 < len(tokens) and tokens[i + 1] in _EXPONENT_OPERATORS
    )


def parse_number(text: str) -> float | None:
    """The value of a number written in digits, words or both; None if it is not one.

    "sixteen" -> 16, "4,300" -> 4300, "a dozen" -> 12, "1.5 million" -> 1.5e6,
    "twenty-one" -> 21, "two hundred and fifty" -> 250, "half" -> 0.5.
    None too for exponent notation ("10^100", "1e9") and for values that are not finite
    or exceed `MAX_QUANTITY`.
    """
    words = number_words()
    tokens = [t for t in re.split(r"[\s\-]+", text.strip().casefold()) if t]
    if tokens and tokens[0] in ("a", "an"):
        tokens = tokens[1:] or tokens
        if tokens == ["a"] or tokens == ["an"]:
            return None
    if not tokens:
        return None
    joined = "-".join(tokens)
    if joined in words.fractions and len(tokens) <= 2:
        return words.fractions[joined]
    total = 0.0
    current: float | None = None
    seen_any = False
    # What the last word was, to refuse sequences that are not one number ("one two").
    last = ""
    for token in tokens:
        if token == "and" and seen_any:
            continue
        numeral = _numeral_value(token)
        if numeral is not None:
            if current is not None or last in ("unit", "tens"):
                return None  # two numbers in a row
            current, last = numeral, "numeral"
        elif token in words.units:
            if last in ("unit", "numeral") or (last == "tens" and words.units[token] >= 10):
                return None
            current, last = (current or 0) + words.units[token], "unit"
        elif token in words.tens:
            if last in ("unit", "tens", "numeral"):
                return None
            current, last = (current or 0) + words.tens[token], "tens"
        elif token in words.multiples:
            current, last = (current if current is not None else 1) * words.multiples[token], "scale"
        elif token == "hundred":
            current, last = (current if current is not None else 1) * 100, "hundred"
        elif token in words.scales:
            total += (current if current is not None else 1) * words.scales[token]
            current, last = None, "scale"
        else:
            return None
        seen_any = True
    if not seen_any:
        return None
    return _bounded(total + (current or 0))


# Words before a number that make it approximate or a bound, and those of them that are
# exact ("a total of": listed to join the span): `approximators` and `exact_leads` of
# data/en/number_words.yaml. Longest first, so that "at least another" wins over "at least".
_QUANTITY_WORDS = load_data("number_words", "en")
_APPROXIMATORS = tuple(str(w) for w in _QUANTITY_WORDS["approximators"])
_APPROXIMATOR_WORDS = sorted(((p, p.split()) for p in _APPROXIMATORS), key=lambda item: -len(item[1]))
_EXACT_LEADS = frozenset(str(w) for w in _QUANTITY_WORDS["exact_leads"])
_CURRENCY_SYMBOLS = {
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "¥": "JPY",
    "c$": "CAD",
    "a$": "AUD",
    "rs": "INR",
    "rs.": "INR",
    "₹": "INR",
    "₦": "NGN",
}
_PERCENT_WORDS = tuple(str(w) for w in _QUANTITY_WORDS["percent_words"])
# Words between a number and its unit noun that describe the unit, not replace it; function
# words; words that make a number part of a date (number_words.yaml).
_UNIT_MODIFIERS = frozenset(str(w) for w in _QUANTITY_WORDS["unit_modifiers"])
_FUNCTION_WORDS = frozenset(str(w) for w in _QUANTITY_WORDS["function_words"])
_DATE_WORDS = frozenset(str(w) for w in _QUANTITY_WORDS["date_words"])
_AGE_AFTER = re.compile(r"^(?:-?\s*years?\s*-?\s*old|-?\s*year-old|-year-olds?)", re.IGNORECASE)
# Numeric dates and clock times, not after a digit, comma or point: "2022-02-18", "3/4/2022",
# "3/4 Monday", "10:30". Written to open on the first digit (the lookbehind after it), so
# that the engine skips to each digit instead of trying every position of the sentence:
# it finds what r"(?<![\d,.])(?:\d{4}-\d\d-\d\d|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|
# \d{1,2}/\d{1,2}(?=\s+[A-Z])|\d{1,2}:\d\d)(?![\d,])" finds, in a fifth of the time.
_NUMERIC_DATE = re.compile(
    r"\d(?<![\d,.]\d)(?:\d{3}-\d\d-\d\d|\d?[/.-]\d{1,2}[/.-]\d{2,4}|\d?/\d{1,2}(?=\s+[A-Z])|\d?:\d\d)(?![\d,])"
)
_DIGIT = re.compile(r"\d")
_WORD_TOKEN = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
_ORDINAL_NUMERAL = re.compile(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)
_YEAR_LIKE = re.compile(r"^(?:1[89]\d\d|20\d\d)s?$")
_RANGE_TOKEN = re.compile(r"^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)[-–]((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)$")
_VAGUE_PLURALS = {str(k): int(v) for k, v in _QUANTITY_WORDS["vague_plurals"].items()}


_MAX_NUMBER_WORDS = 24


@functools.lru_cache(maxsize=1)
def _number_start_words() -> frozenset[str]:
    """The words without a digit that `_SentenceScanner._number_at` can read a number from:
    every other digitless token fails each of its tests (a numeral, a range, a glued scale
    all hold a digit), so the scan passes over it at once. Each branch of `_number_at` is
    here: a vague plural ("dozens of"), "half", a fraction's first word ("a third of",
    "two-thirds" as "two", "-", "thirds"), "a"/"an" before a multiple or scale, and the
    number words `_is_number_token` accepts."""
    w = number_words()
    # "two-thirds" read from "two": every part before one of a fraction's hyphens.
    fraction_heads = {key[:k] for key in w.fractions for k, ch in enumerate(key) if ch == "-"}
    return frozenset(
        {*_VAGUE_PLURALS, "half", "a", "an", "one", "hundred", *w.units, *w.tens, *w.multiples, *w.scales,
         *fraction_heads}
    )


@dataclass
class _Number:
    """A number found among a sentence's tokens: tokens [start, end) of the doc."""

    start: int
    end: int
    value: float
    approximate: bool = False
    is_fraction: bool = False
    vague: bool = False


class _SentenceScanner:
    """Finds quantities among one sentence's tokens."""

    def __init__(self, sentence: ParsedSentence, text: str) -> None:
        self.sentence = sentence
        self.doc = sentence.doc
        self.text = text  # the sentence's text (doc.text rebuilds it from tokens on every call)
        # Character spans of numeric dates and clock times ("2022-02-18", "3/4", "10:30").
        self.date_spans = [m.span() for m in _NUMERIC_DATE.finditer(self.text)]  # sorted, disjoint
        self.date_starts = [start for start, _ in self.date_spans]
        strings = self.doc.vocab.strings  # the texts read as an array, with no token objects made
        self.tokens = [strings[orth] for orth in self.doc.to_array(ORTH).tolist()]
        self.lower = [t.casefold() for t in self.tokens]
        self.words = number_words()
        # Where a number may start (`_may_start_number`): most tokens are plain words, and the
        # scan skips them without the regular expressions `_number_at` tries on each.
        starts = _number_start_words()
        self.may_start = [word in starts or _DIGIT.search(word) is not None for word in self.lower]

    # -- number words and numerals

    def _is_number_token(self, i: int) -> bool:
        word = self.lower[i]
        w = self.words
        if in_exponent(self.lower, i):
            return False
        if _numeral_value(word) is not None or _RANGE_TOKEN.match(word):
            return True
        return word in w.units or word in w.tens or word in w.multiples or word in w.scales or word == "hundred"

    def _number_at(self, i: int) -> _Number | None:
        """The longest number phrase starting at token i."""
        n = len(self.tokens)
        w = self.words
        word = self.lower[i]
        if word in _VAGUE_PLURALS and i + 1 < n and self.lower[i + 1] == "of":
            if i + 2 < n and self.lower[i + 2] in _VAGUE_PLURALS and _VAGUE_PLURALS[self.lower[i + 2]] > 1:
                # "tens of thousands", "hundreds of thousands": the two multiplied.
                value = float(_VAGUE_PLURALS[word] * _VAGUE_PLURALS[self.lower[i + 2]])
                return _Number(i, i + 3, value, approximate=True, vague=True)
            return _Number(i, i + 1, float(_VAGUE_PLURALS[word]), approximate=True, vague=True)
        if (
            word == "half"
            and i + 2 < n
            and self.lower[i + 1] in ("a", "an")
            and (self.lower[i + 2] in w.multiples or self.lower[i + 2] in w.scales)
        ):
            # "half a dozen" 6, "half a million" 500,000: a half of the number, not a share.
            size = w.multiples.get(self.lower[i + 2]) or w.scales[self.lower[i + 2]]
            return _Number(i, i + 3, 0.5 * size)
        fraction = self._fraction_at(i)
        if fraction is not None:
            return fraction
        start = i
        if word in ("a", "an"):
            if i + 1 < n and (self.lower[i + 1] in w.multiples or self.lower[i + 1] in w.scales):
                i += 1
            else:
                return None
        if not self._is_number_token(i) or self.lower[i] in ("m", "mn", "bn"):
            return None
        if self.lower[i] in w.scales and self.lower[i] != "hundred" and start == i:
            return None  # a scale word alone ("million") is not a number
        end = i + 1
        # A number phrase is a few words ("two hundred and fifty - three thousand"); a run
        # of number words longer than this is not one number, and reading it again from
        # each of its words would be quadratic.
        while end < n and end - start < _MAX_NUMBER_WORDS:
            nxt = self.lower[end]
            if nxt in ("-", "–") and end + 1 < n and self._word_number(end + 1) and self._word_number(end - 1):
                end += 2  # "twenty - one"
                continue
            if nxt == "and" and end + 1 < n and self._word_number(end + 1) and self._word_number(end - 1):
                end += 2  # "two hundred and fifty"
                continue
            if self._word_number(end) and (self._word_number(end - 1) or nxt in w.scales):
                end += 1
                continue
            if (nxt in w.scales or nxt in w.multiples) and _numeral_value(self.lower[end - 1]) is not None:
                end += 1  # "1.5 million", "2 dozen"
                continue
            break
        text = " ".join(self.tokens[start:end]).replace(" - ", "-")
        if _RANGE_TOKEN.match(self.lower[start]) and end == start + 1:
            return None  # handled as a range by the caller
        value = parse_number(text)
        if value is None:
            return None
        return _Number(start, end, value)

    def _word_number(self, i: int) -> bool:
        word = self.lower[i]
        w = self.words
        return word in w.units or word in w.tens or word == "hundred" or word in w.multiples or word in w.scales

    def _fraction_at(self, i: int) -> _Number | None:
        """ "half", "a third", "two-thirds", "one in five"-style shares of a whole."""
        w = self.words
        n = len(self.tokens)
        word = self.lower[i]
        if word == "half" and (i + 1 < n and self.lower[i + 1] in ("of", "the", "a", "an", "their", "its", "them")):
            return _Number(i, i + 1, 0.5, is_fraction=True)
        if word in ("a", "one") and i + 2 < n and self.lower[i + 1] in w.fractions and self.lower[i + 2] == "of":
            return _Number(i, i + 2, w.fractions[self.lower[i + 1]], is_fraction=True)
        if i + 2 < n and self.lower[i + 1] == "-" and f"{word}-{self.lower[i + 2]}" in w.fractions:
            return _Number(i, i + 3, w.fractions[f"{word}-{self.lower[i + 2]}"], is_fraction=True)
        return None

    # -- exclusions

    def _is_date_or_ordinal(self, number: _Number) -> bool:
        first, last = number.start, number.end - 1
        char_start = self.doc[first].idx
        char_end = self.doc[last].idx + len(self.doc[last].text)
        k = bisect.bisect_left(self.date_starts, char_end) - 1  # the last date span starting before char_end
        if k >= 0 and char_start < self.date_spans[k][1]:
            return True
        word = self.lower[first]
        prev = self.lower[first - 1] if first > 0 else ""
        nxt = self.lower[number.end] if number.end < len(self.tokens) else ""
        if _ORDINAL_NUMERAL.match(word) or word in self.words.ordinals and not number.is_fraction:
            return True
        if (
            prev in _DATE_WORDS
            or prev.rstrip(".") in _DATE_WORDS
            or nxt in _DATE_WORDS
            or nxt.rstrip(".") in _DATE_WORDS
        ):
            return True
        if nxt in (":",) or re.match(r"^:\d", nxt):
            return True
        if (
            prev == ","
            and first >= 3
            and self.lower[first - 2].isdigit()
            and self.lower[first - 3].rstrip(".") in _DATE_WORDS
            and number.end - number.start == 1
            and nxt != "of"
            and self._unit_after(number.end) is None
        ):
            return True  # "April 3, 14 (BOR)": the year of a date (two digits in some datelines)
        if _YEAR_LIKE.match(self.lower[last]) and number.start == number.end - 1:
            # A four-digit number is a year unless a unit noun follows and no date cue precedes it.
            unit = self._unit_after(number.end)
            if unit is None or prev in (
                "in",
                "since",
                "of",
                "by",
                "until",
                "from",
                "during",
                "early",
                "late",
                "mid",
                "before",
                "after",
                "year",
                "fiscal",
                "©",
                "copyright",
            ):
                return True
        rest = self.text[self.doc[last].idx + len(self.doc[last].text) :][:20]
        if _AGE_AFTER.match(rest):
            return True
        if prev in (
            "no",
            "no.",
            "number",
            "#",
            "resolution",
            "article",
            "chapter",
            "section",
            "page",
            "flight",
            "route",
            "highway",
        ):
            return True
        return False

    # -- units

    def _unit_after(self, i: int) -> tuple[int, str] | None:
        """(token index, unit) of the unit noun after token i, if any."""
        n = len(self.tokens)
        doc = self.doc
        if i < n and self.lower[i] in ("-", "–") and i + 1 < n and self.tokens[i + 1].isalpha():
            i += 1  # "828-kilometer"
        if i < n and self.lower[i] in _PERCENT_WORDS:
            return i, "percent"
        if i + 1 < n and self.lower[i] == "per" and self.lower[i + 1] == "cent":
            return i + 1, "percent"
        if self.sentence.deep and i > 0:
            number_token = doc[i - 1]
            head = number_token.head
            # The parser links a number to the noun it counts ("16 Malian soldiers").
            if number_token.dep_ == "nummod" and i <= head.i < i + 6 and head.pos_ in ("NOUN", "PROPN"):
                return self._compound(head.i)
        j = i
        while j < min(n, i + 6):
            token = doc[j]
            word = self.lower[j]
            if word in ("-", "–") and j > i and j + 1 < n and self.tokens[j + 1].isalpha():
                j += 1  # inside a hyphenated modifier ("pro - government fighters")
                continue
            if not _WORD_TOKEN.fullmatch(token.text):
                return None
            if (
                self.sentence.deep
                and token.pos_ in ("NOUN", "PROPN")
                and token.tag_ != "NNP"
                and word not in _FUNCTION_WORDS
            ):
                return self._compound(j)
            if word in _FUNCTION_WORDS or word in _DATE_WORDS:
                return None
            if not self.sentence.deep and word.endswith("ed") and word not in _UNIT_MODIFIERS:
                return None  # most likely the verb ("20,000 fled", "16 died"); no tags to tell
            following = self.lower[j + 1] if j + 1 < n else ""
            plural_follows = (
                following.isalpha()
                and len(following) > 3
                and following.endswith("s")
                and following not in _FUNCTION_WORDS
                and not self.sentence.deep
            )
            capitalised = token.text[:1].isupper() and j > 0
            if (
                word in _UNIT_MODIFIERS
                or plural_follows
                or (capitalised and ((following.isalpha() and following not in _FUNCTION_WORDS) or following == "-"))
            ):
                j += 1  # a modifier of the noun after it ("French troops", "suicide bombers")
                continue
            if self.sentence.deep and token.pos_ in ("ADJ", "NUM", "ADV", "VERB", "AUX"):
                if token.pos_ == "ADJ":
                    j += 1
                    continue
                return None
            last, unit = self._compound(j)
            after = self.lower[last + 1] if last + 1 < n else ""
            if last > j and after.isalpha() and after not in _FUNCTION_WORDS and not after.endswith("ed"):
                j = last + 1  # the compound modifies the noun after it ("40 pro-government fighters")
                continue
            return last, unit
        return None

    def _compound(self, j: int) -> tuple[int, str]:
        """The unit word at j, joined with hyphenated parts the tokenizer split off ("ex-soldiers")."""
        last, unit = j, self.lower[j]
        while last + 2 < len(self.tokens) and self.lower[last + 1] == "-" and self.tokens[last + 2].isalpha():
            last += 2
            unit += "-" + self.lower[last]
        return last, unit

    def _unit_after_of(self, i: int) -> tuple[int, str] | None:
        """Unit of "dozens of people", "half of the troops": the noun after "of"."""
        n = len(self.tokens)
        if i < n and self.lower[i] == "of":
            j = i + 1
            while j < n and self.lower[j] in (
                "the",
                "these",
                "those",
                "their",
                "its",
                "his",
                "her",
                "our",
                "them",
                "which",
                "whom",
            ):
                if self.lower[j] in ("them", "which", "whom"):
                    return None
                j += 1
            return self._unit_after(j)
        return None

    # -- the scan

    def quantities(self) -> list[Quantity]:
        found: list[Quantity] = []
        n = len(self.tokens)
        i = 0
        may_start = self.may_start
        while i < n:
            if not may_start[i]:
                i += 1  # no range and no number starts here (`_number_start_words`)
                continue
            range_match = _RANGE_TOKEN.match(self.lower[i])
            number = None if range_match else self._number_at(i)
            if range_match:
                first = _bounded(float(range_match.group(1).replace(",", "")))
                second = _bounded(float(range_match.group(2).replace(",", "")))
                if first is None or second is None or _YEAR_LIKE.match(range_match.group(1)) or second <= first:
                    i += 1
                    continue
                number = _Number(i, i + 1, first)
                upper: float | None = second
            else:
                upper = None
            if number is None:
                i += 1
                continue
            if self._is_date_or_ordinal(number):
                i = number.end
                continue
            start, end = number.start, number.end
            approximate = number.approximate
            # Ranges: "between 300 and 350", "300 to 350", "300-350", "two or three".
            lead_between = start > 0 and self.lower[start - 1] in ("between", "from")
            if (
                upper is None
                and end + 1 < n
                and self.lower[end] in ("and", "to", "-", "–", "or")
                and (self.lower[end] != "and" or lead_between)
            ):
                second_number = self._number_at(end + 1)
                if (
                    second_number is not None
                    and second_number.value > number.value
                    and not self._is_date_or_ordinal(second_number)
                ):
                    upper = second_number.value
                    end = second_number.end
                    approximate = approximate or self.lower[number.end] == "or"
            if lead_between and upper is not None:
                start -= 1
            # Approximators and bounds before the number.
            lead, lead_exact = self._lead_before(start)
            if lead is not None:
                start = lead
                approximate = approximate or not lead_exact
            # Currency before the number.
            unit: str | None = None
            if start > 0 and self.lower[start - 1] in _CURRENCY_SYMBOLS:
                unit = _CURRENCY_SYMBOLS[self.lower[start - 1]]
                start -= 1
                lead, lead_exact = self._lead_before(start)
                if lead is not None:
                    start, approximate = lead, approximate or not lead_exact
            unit_token: int | None = None
            if unit is None:
                found_unit = self._unit_after_of(end) if number.vague or number.is_fraction else self._unit_after(end)
                if found_unit is None and not (number.vague or number.is_fraction):
                    found_unit = self._unit_after_of(end) if self.lower[end - 1] in self.words.multiples else None
                if found_unit is not None:
                    unit_token, unit = found_unit
            value = number.value
            if number.is_fraction and unit is None:
                unit = "relative"
            elif number.is_fraction:
                unit = "relative"
                unit_token = None
            if unit is None and self._is_bare_word_number(number):
                i = number.end
                continue
            last = unit_token if unit_token is not None else end - 1
            if number.vague:
                approximate = True
            char_start = self.sentence.start + self.doc[start].idx
            char_end = self.sentence.start + self.doc[last].idx + len(self.doc[last].text)
            found.append(
                Quantity(
                    text=self.text[self.doc[start].idx : self.doc[last].idx + len(self.doc[last].text)],
                    start=char_start,
                    end=char_end,
                    value=value,
                    unit=unit,
                    approximate=approximate,
                    max=upper,
                )
            )
            i = max(end, (unit_token or 0) + 1, number.end)
        return found

    def _lead_before(self, start: int) -> tuple[int | None, bool]:
        """Token index where an approximator before `start` begins, and whether it is exact."""
        for phrase, words in _APPROXIMATOR_WORDS:
            first = start - len(words)
            if first >= 0 and self.lower[first:start] == words:
                return first, phrase in _EXACT_LEADS
        return None, False

    def _is_bare_word_number(self, number: _Number) -> bool:
        """A word number with no unit ("one of them", "a dozen"): kept only when it is a count on its own."""
        text = self.lower[number.start]
        if _numeral_value(text) is not None:
            return False
        return text in ("one", "a", "an") and number.end - number.start <= 1


def extract_quantities(parsed: ParsedArticle) -> list[Quantity]:
    """Every counted amount in the article, in text order."""
    found: list[Quantity] = []
    for sentence in parsed.sentences:
        text = parsed.text[sentence.start : sentence.end]
        if not _DIGIT.search(text) and not _HAS_NUMBER_WORD.search(text):
            continue
        found.extend(_SentenceScanner(sentence, text).quantities())
    return found


@functools.lru_cache(maxsize=1)
def _number_word_pattern() -> re.Pattern[str]:
    w = number_words()
    words = set(w.units) | set(w.tens) | set(w.scales) | set(w.multiples) | set(w.fractions) | set(_VAGUE_PLURALS)
    return re.compile(r"\b(?:" + longest_first_alternation(words) + r")\b", re.IGNORECASE)


class _LazyNumberWordSearch:
    def search(self, text: str) -> re.Match[str] | None:
        return _number_word_pattern().search(text)


_HAS_NUMBER_WORD = _LazyNumberWordSearch()


__all__ = ["MAX_QUANTITY", "NumberWords", "extract_quantities", "in_exponent", "number_words", "parse_number"]
