"""Quantities in French articles: counted amounts ("onze soldats", "au moins 12 morts",
"une vingtaine de civils", "entre 5 et 7 véhicules") -> `Quantity` records.

Input: a `ParsedArticle` of a French text. Output: `list[Quantity]` with article offsets,
the same records as `extraction.quantities` gives English: the number, its unit noun
(the word after it, or after "de"), whether it is approximate, the upper bound of a range.
Next: the events stage, which reads tolls from these.

Numbers written in words are read by text2num ("vingt-trois", "deux cent cinquante");
collective numerals ("une vingtaine", "plusieurs dizaines"), the words that make a
count approximate and the words that make a number a date or time are data
(`data/fr/number_words.yaml`). French numerals use a space or a point between
thousands ("1 200", "1.200") and a comma before decimals ("1,5").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

from tessera.data import load as load_data
from tessera.parse import ParsedArticle, first_letters_lookahead, longest_first_alternation
from tessera.records import Quantity

_WORD = r"[^\W\d_][\w'\u2019-]*"
# An opening quotation mark before the counted noun, a word the writer keeps at a distance
# ("l'armée a tué deux « terroristes »", 'deux "terroristes"'): the noun is still the unit.
_QUOTE = r"(?:[\"\u00ab\u201c]\s*)?"
# The noun counted after a scale word ("2,6 millions de déplacés"), read from the figure's end.
_SCALED_NOUN = re.compile(rf"\s+(?:de\s+|d['\u2019])({_WORD})")


@functools.lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return load_data("number_words", "fr")


def _alternation(words: Any) -> str:
    """The words as one alternation, the longest first where several fit (as a trie:
    `longest_first_alternation` finds what the plain sorted alternation finds, faster)."""
    return longest_first_alternation(str(w) for w in words)


@functools.lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    data = _data()
    words = [w for w in data["number_words"] if w != "et"]
    # A number word is a whole word: not the start of "Centrafrique", "deuxième" or "septembre".
    word_number = rf"(?:{_alternation(words)})(?:(?:[\s-]+(?:et[\s-]+)?)(?:{_alternation(words)}|un|une))*(?![^\W\d_])"
    digits = r"\d{1,3}(?:[\u00a0\u202f .]\d{3})+(?!\d)|\d+(?:,\d+)?"
    number = rf"(?:{digits}|{word_number})"
    collective = (
        r"(?P<cdet>une?|des|plusieurs|quelques|de nombreuses|plus d'une|plus d'un|)\s*"
        rf"(?P<coll>{_alternation(data['collectives'])})(?P<plural>s)?"
    )
    approx = _alternation(data["approximators"])
    # A lookahead for what a match can start with (an approximator, "entre" or "de", a digit
    # or number word, a collective or its determiner, or the space before a bare collective):
    # the same matches, found faster.
    cdets = ("une", "un", "des", "plusieurs", "quelques", "de nombreuses", "plus d'une", "plus d'un")
    led = first_letters_lookahead(data["approximators"], ("entre", "de"), words, cdets, data["collectives"],
                                  also=r"\s\d")
    return re.compile(
        rf"{led}(?<![\w-])(?:(?P<approx>{approx})\s+)?"
        rf"(?:(?:entre|de)\s+(?P<low>{number})\s+(?:et|à)\s+(?P<high>{number})|(?P<low2>{number})\s+à\s+(?P<high2>{number})"
        rf"|{collective}|(?P<num>{number}))"
        rf"(?:\s+(?:de\s+|d['\u2019])?{_QUOTE}(?P<unit>{_WORD}))?",
        re.IGNORECASE,
    )


def parse_number_fr(text: str) -> float | None:
    """A French numeral or number words as a number: "1 200" 1200, "1,5" 1.5, "onze" 11."""
    cleaned = re.sub(r"[\u00a0\u202f ](?=\d{3}\b)|\.(?=\d{3}\b)", "", text.strip())
    if re.fullmatch(r"\d+(?:,\d+)?", cleaned):
        return float(cleaned.replace(",", "."))
    from text_to_num import text2num

    try:
        return float(text2num(text.casefold().replace("\u2019", "'"), "fr"))
    except ValueError:
        return None


_YEAR = re.compile(r"(?:19|20)\d\d")


def _a_year(match: re.Match[str]) -> bool:
    """The match's figure is a year, told without an approximation ("en 2019"; "plus de 2000
    déplacés" is a count)."""
    return bool(match.group("num")) and not match.group("approx") and _YEAR.fullmatch(match.group("num")) is not None


def _matches(pattern: re.Pattern[str], text: str, spans: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """The pattern's matches in each span, left to right. A match that opens with a year and
    takes the word after it for its unit is read again from the year's end: that word may open
    a count of its own ("En 2019 deux Mauritaniens ont été tués": the year is no count, the
    caller skips it, and "deux Mauritaniens" is one), where `finditer` would resume past it."""
    for start, end in spans:
        position = start
        while (match := pattern.search(text, position, end)) is not None:
            position = max(match.end(), match.start() + 1)
            if match.group("unit") and _a_year(match):
                position = match.end("num")
            yield match


def extract_quantities_fr(parsed: ParsedArticle) -> list[Quantity]:
    data = _data()
    not_units = {w.casefold() for w in data["not_units"]}
    text = parsed.text
    found: list[Quantity] = []
    # Read sentence by sentence (the parse's parts): a figure and its noun never run across a
    # sentence's end, nor across a line break that ends a header, headline or byline ("... le
    # 14/02\nDeux personnes ont été tuées" is "Deux personnes", not "02 Deux").
    # An article not split into sentences is read whole.
    spans = [(sentence.start, sentence.end) for sentence in parsed.sentences] or [(0, len(text))]
    pattern = _pattern()
    for match in _matches(pattern, text, spans):
        groups = match.groupdict()
        unit = groups["unit"]
        approximate = bool(groups["approx"])
        maximum = None
        if unit is not None and unit.casefold() in not_units:
            continue  # a date, a time, a distance, a sum: "à une dizaine de kilomètres" counts no one
        if groups["coll"]:
            base = data["collectives"][groups["coll"].casefold()]
            plural = bool(groups["plural"]) or (groups["cdet"] or "").casefold() in ("des", "plusieurs", "quelques")
            value: float | None = float(base * 2 if plural else base)
            approximate = True
        else:
            low = groups["low"] or groups["low2"]
            if low is not None:
                value, maximum = parse_number_fr(low), parse_number_fr(groups["high"] or groups["high2"])
            else:
                value = parse_number_fr(groups["num"])
            if value is None:
                continue
            number_text = groups["num"] or ""
            scale = data.get("scale_words", {}).get(unit.casefold()) if unit else None
            if scale and re.fullmatch(r"[\d\u00a0\u202f .,]+", number_text):
                # "2,6 millions de déplacés": the figure times the scale word, counting the
                # noun after "de" (text2num reads the scale word only after number words).
                counted = _SCALED_NOUN.match(text, match.end(), match.endpos)
                if counted and counted.group(1).casefold() in not_units:
                    continue  # "1,5 million de francs": a sum, no count
                end = counted.end() if counted else match.end()
                found.append(Quantity(text=text[match.start():end], start=match.start(), end=end,
                                      value=value * scale, unit=counted.group(1).casefold() if counted else None,
                                      approximate=approximate, max=None))
                continue
            if _a_year(match):
                continue  # a year ("plus de 2000 déplacés" is a count); `_matches` reads on after it
        if groups["approx"] and groups["approx"].casefold() in ("un", "une") and not groups["coll"]:
            approximate = False  # "un bilan de": "un" was no approximation
        start, end = match.span()
        if unit is None:
            end = match.end("coll") if groups["coll"] else match.end("num") if groups["num"] else end
        found.append(Quantity(text=text[start:end], start=start, end=end, value=value,
                              unit=unit.casefold() if unit else None, approximate=approximate, max=maximum))
    return found
