"""Datelines ("NIAMEY, Dec 22 (Xinhua) --", "BAMAKO (AFP) -"), page stamps, and places told
aside (a speaker's or a body's seat: `aside_places`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from tessera.data import UnknownLanguageError
from tessera.data import layered as layered_data
from tessera.data import load as load_data
from tessera.extraction.places.phrases import (
    _alternation,
    place_phrases,
)
from tessera.language import CODED_LANGUAGES
from tessera.parse import (
    SYNDICATION_CREDIT,
    ParsedArticle,
)
from tessera.records import Place
from tessera.resolve.gazetteer import (
    Gazetteer,
    fold,
)

# Nouns that head a longer proper name containing a place ("Florida Atlantic University",
# "Embassy of France"); diplomatic missions are by definition in another country.
_ELSEWHERE_HEADS = frozenset({"embassy", "consulate"})
_INSTITUTION_HEADS = _ELSEWHERE_HEADS | frozenset({"university", "college", "institute", "academy", "mall"})
_HEADS = "|".join(sorted(_INSTITUTION_HEADS))
# "<Head> of [the] [Capitalised words [of]] <place>", immediately before the place.
_NAME_BEFORE = re.compile(
    rf"\b(?P<head>(?i:{_HEADS}))\s+of\s+(?:the\s+)?(?:[A-Z][\w'\u2019.-]*\s+(?:of\s+(?:the\s+)?)?)*$"
)
# "<place> [Capitalised words] <Head>", immediately after the place.
_NAME_AFTER = re.compile(rf"(?:\s+[A-Z][\w'\u2019.-]*)*?\s+(?P<head>(?i:{_HEADS}))\b")

# "OUAGADOUGOU, March 4 (AFP) --": capitals, optional date and agency, then a dash.
_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z'.\- ]*[A-Z](?:\s*,\s*[A-Z][A-Za-z'.\- ]*?)?)"
    r"\s*(?:,\s*[^\n()\-–—_]{0,40}?)?\s*(?:\([^)\n]{0,40}\))?\s*(?:--|—|–|-|_)\s"
)


# The same after a headline, at the start of one of the next lines ("Gunmen storm school\n
# KADUNA — Unidentified gunmen..."), where a colon also ends it ("NIAMEY: Niger's new
# rulers"), and a place in title case before a long dash, or an agency and a dash ("Addis
# Abeba — Ethiopian forces", "Bogota (AFP) – Five soldiers"); a title-case word before a
# colon only when a long line follows ("Maputo: Suspected Islamists in northern ..."), as a
# label's line is short ("Posted: Jun 02, 2013 11:09 AM").
_DATELINE_LINE = re.compile(
    r"(?:^|\n)[ \t]*(?:(?P<place>[A-Z][A-Z'.\- ]*[A-Z])\s*(?:,\s*[^\n()\-–—:_]{0,40}?)?\s*(?:\([^)\n]{0,40}\))?"
    r"\s*(?:--|—|–|-|:|_)\s"
    r"|(?P<titled>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?:\s*,\s*[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})?"
    r"(?:\s+(?:--|—|–)|\s*\([^)\n]{1,40}\)\s*(?:--|—|–|-))\s"
    r"|(?P<labelled>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}):[ \t]+(?=[A-Z][^\n]{80}))"
)
DATELINE_LINES = 8  # a dateline after a headline (and a byline) stands within the first lines (not blank)
# A town in title case, its country after a comma, then a spaced hyphen before the report's
# first word ("Niamey - Une attaque ...", "Kidal, Mali - Mali sent in troops"): a dateline
# where the gazetteer knows the name as a town (`_labelled_town`), a headline's topic else
# ("Burkina Faso - ...").
_HYPHEN_DATELINE = re.compile(
    r"[ \t]*(?P<place>[A-Z][a-z\u00e0-\u00ff]+(?:[ -][A-Z][a-z\u00e0-\u00ff]+){0,2})"
    r"(?:\s*,\s*[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})?[ \t]+-[ \t]+(?=[A-Z])"
)
# A town in parentheses alone at the very start of the text, before the report's first word
# ("(Beyrouth) Une frappe a visé ...", as the Canadian French pages write their dateline): a
# dateline where the gazetteer knows the name as a town and no country (`_dateline_town`),
# so an agency's credit ("(Belga) Au moins ...") or a label is none.
_PARENTHESISED_DATELINE = re.compile(
    r"[ \t]*\((?P<place>[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+"
    r"(?:['\u2019 -][A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+){0,2})\)"
    r"[ \t]+(?=[A-Z\u00c0-\u00de\"\u00ab\u201c])"
)
DATELINE_HEAD = 600  # ... and within the first characters (the headline, a byline and the dateline)
_DATELINE_START = 200  # a dateline at the start of the text


# A page's own date marker ahead of its text, as the pages corpus keeps it (" date 2022-02
# Dakar | Quatre soldats ..."; the French dates stage reads it as the publication month): a
# dateline may follow it.
_PAGE_MARKER = re.compile(r"\s*date\s+(?:19|20)\d\d-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?(?!\d)[ \t]+")


def page_marker_end(text: str) -> int:
    """The offset where a page's leading date marker (" date 2022-12 ") ends, 0 without one."""
    marker = _PAGE_MARKER.match(text)
    return marker.end() if marker is not None else 0


@dataclass(frozen=True)
class AsideWords:
    """Words that tell a place named aside, no event's place (`aside_places`): the keys of
    these names in data/assemble.yaml, the language's data/<language>/assemble.yaml replacing
    them (`aside_words`; the assembly's `AssembleRules.aside_words` reads the same keys). The
    events stage reads them too, so both stages agree on what is named aside."""

    language: str = "en"
    destination_words: tuple[str, ...] = ()
    destination_lemmas: frozenset[str] = frozenset()
    title_nouns: frozenset[str] = frozenset()
    place_kind_nouns: frozenset[str] = frozenset()
    caption_marks: tuple[str, ...] = ()
    holder_relatives: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=8)
def aside_words(language: str = "en") -> AsideWords:
    """The language's `AsideWords` (see there): English's from data/assemble.yaml, another
    language's keys from its own assemble.yaml replacing them."""
    raw = layered_data("assemble", language)
    return AsideWords(
        language=language,
        destination_words=tuple(raw.get("destination_words") or ()),
        destination_lemmas=frozenset(raw.get("destination_lemmas") or ()),
        title_nouns=frozenset(raw.get("title_nouns") or ()),
        place_kind_nouns=frozenset(raw.get("place_kind_nouns") or ()),
        caption_marks=tuple(raw.get("caption_marks") or ()),
        holder_relatives=frozenset(raw.get("holder_relatives") or ()),
    )


_ASIDE_DEPS = ("obl", "obl:arg", "obl:mod")


def aside_places(
    parsed: ParsedArticle, places: Sequence[Place], rules: AsideWords
) -> tuple[frozenset[int], frozenset[int], frozenset[int]]:
    """Starts of the places the article names that are no event's place: a destination told
    after a word of direction ("vers la commune de X", "en direction de X") or as the
    oblique of a verb of being taken or going somewhere ("des blessés évacués à X et à Y"),
    a town an official's title names ("le député-maire de la ville de X"), a town in a photo
    caption (a sentence with a caption mark: "Des soldats à X (illustration)"). Not a town a relative
    puts the site in ("le maire de X, où se trouve Y": `holder_relatives`). The words are
    the language's (`AsideWords`: `destination_words`, `destination_lemmas`, `title_nouns`,
    `place_kind_nouns`, `caption_marks`); none for a language that lists none. Three sets:
    the destinations, the titles' towns, the captions' towns."""
    if not (rules.destination_words or rules.destination_lemmas or rules.title_nouns or rules.caption_marks):
        return frozenset(), frozenset(), frozenset()
    sets: dict[str, set[int]] = {"gone_to": set(), "titles": set(), "captions": set()}
    # Each place's reading depends only on the parse, its own span and the words: kept on the
    # parse by those words, as the events stage and the assembly each ask for the article's
    # places (the same ones, or the assembly's more).
    held = parsed.__dict__.setdefault("_aside_places", {}).setdefault(rules, {})
    for place in places:
        key = (place.start, place.end)
        kind = held.get(key, _UNREAD_ASIDE)
        if kind is _UNREAD_ASIDE:
            kind = held[key] = _aside_kind(parsed, place, rules)
        if kind is not None:
            sets[kind].add(place.start)
    return frozenset(sets["gone_to"]), frozenset(sets["titles"]), frozenset(sets["captions"])


_UNREAD_ASIDE = object()


def _aside_kind(parsed: ParsedArticle, place: Place, rules: AsideWords) -> str | None:
    """Which of `aside_places`'s sets the place falls in ("gone_to", "titles", "captions"), or None."""
    # The language's articles and its "of" ("la commune de X", "le maire du village de X"):
    # the places stage's words (`articles`, `of_words` of data/<language>/places.yaml).
    phrases = place_phrases(rules.language)
    articles, of_words = phrases.articles, phrases.of_words
    sentence = parsed.sentence_at(place.start)
    if sentence is None:
        return None
    captioned = sentence.__dict__.get("_captioned")  # holds a caption mark (read once a sentence)
    if captioned is None or captioned[0] != rules.caption_marks:
        folded = sentence.text.casefold()
        captioned = sentence.__dict__["_captioned"] = (
            rules.caption_marks, any(mark in folded for mark in rules.caption_marks))
    if captioned[1]:
        return "captions"
    span = sentence.span_at(place.start, place.end)
    if span is None or len(span) == 0:
        return None
    doc = span.doc
    # "l'hôpital de X, la commune dont dépend Y", "le maire de X, où se trouve Y": X holds the site.
    after = [t.lower_ for t in doc[span.end:span.end + 5] if not t.is_punct]
    while after and (after[0] in articles or after[0] in rules.place_kind_nouns):
        after = after[1:]
    if after and after[0] in rules.holder_relatives:
        return None
    # The words before the name, past a kind of place and its "de" ("la commune de X").
    i = span.start
    words = [t.lower_ for t in doc[max(0, i - 6):i]]
    while len(words) >= 2 and words[-1] in of_words and words[-2] in rules.place_kind_nouns:
        words = words[:-2]
        while words and words[-1] in articles:
            words = words[:-1]
    bare = words
    while bare and bare[-1] in articles:
        bare = bare[:-1]
    before = " ".join(bare)
    if any(before == w or before.endswith(" " + w) for w in rules.destination_words):
        return "gone_to"
    if len(words) >= 2 and words[-1] in of_words and words[-2] in rules.title_nouns:
        return "titles"
    # "évacués à Niamey et à X": the oblique (or one coordinated with it) of such a verb.
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ in _ASIDE_DEPS and root.head.lemma_.casefold() in rules.destination_lemmas:
        return "gone_to"
    return None


def dateline_span(text: str) -> tuple[int, int] | None:
    """Offsets of the dateline's place ("NIAMEY" in "NIAMEY, Dec 22 (Xinhua) --"), if any:
    at the start of the text (after a page's date marker), or at the start of one of its
    first lines after a headline; in the forms every language shares, or in one a coded
    language writes (`_written_dateline`: "Kinshasa, 14 février 2025 -", "Dakar | ...")."""
    marker = _PAGE_MARKER.match(text)
    skip = marker.end() if marker is not None else 0
    span = _dateline_in(text[skip : skip + DATELINE_HEAD])
    if span is None and (credit := SYNDICATION_CREDIT.match(text, skip)) is not None:
        # "(MENAFN- Kuwait News Agency (KUNA)) ISLAMABAD, Sep 6 (KUNA) -": a syndicator's
        # credit before the wire's own dateline
        skip = credit.end()
        span = _dateline_in(text[skip : skip + DATELINE_HEAD])
    return None if span is None else (span[0] + skip, span[1] + skip)


def _dateline_in(head: str) -> tuple[int, int] | None:
    found = _DATELINE.match(head[:_DATELINE_START])
    if found:
        return found.start("place"), found.end("place")
    barred, dated = _written_datelines()
    wired = _wire_dateline()
    line = _DATELINE_LINE.match(head)
    if line is not None and line.group("titled"):  # "Addis Abeba — Ethiopian forces"
        return line.start("titled"), line.end("titled")
    if line is not None and line.group("labelled") and _labelled_town(line.group("labelled")):
        return line.start("labelled"), line.end("labelled")  # "Cairo: Militants killed ..."
    if (hyphened := _HYPHEN_DATELINE.match(head)) is not None and _labelled_town(hyphened.group("place")):
        return hyphened.start("place"), hyphened.end("place")  # "Niamey - Une attaque ..."
    bracketed = _PARENTHESISED_DATELINE.match(head)
    if bracketed is not None and _dateline_town(bracketed.group("place")):
        return bracketed.start("place"), bracketed.end("place")  # "(Beyrouth) Une frappe ..."
    for written in (barred, dated, wired):
        if written is not None and (line := _dateline_match(written, head, 0)) is not None:
            return line.start("place"), line.end("place")
    lines_end, lines = 0, 0
    while lines < DATELINE_LINES:
        lines_end = head.find("\n", lines_end + 1)
        if lines_end < 0:
            return None
        if (placed := _dateline_at_line(head, lines_end)) is not None:
            return placed
        following = head.find("\n", lines_end + 1)
        lines += bool(head[lines_end + 1 : following if following >= 0 else len(head)].strip())
    return None


@functools.lru_cache(maxsize=1024)
def _labelled_town(name: str) -> bool:
    """Whether a title-case name before a colon at the very start of a text is a dateline's
    town ("Cairo: Militants killed ..."), not a headline's label: the gazetteer knows the name
    as a place's own name, not through an alternate ("Abbas: No peace without ..." is a
    speaker, whatever "Fort Abbas" is called for short), and as no country ("Tchad: Le
    président ...", "Central African Republic: At least 15 killed ..." open a headline on the
    country it is about). The default gazetteer's: `dateline_span` reads the text alone."""
    entries = Gazetteer.default().lookup(name)
    key = fold(name)
    return any(e.primary and fold(e.name) == key for e in entries) and not any(e.feature == "country" for e in entries)


def dateline_repeats(text: str, dateline: tuple[int, int] | None) -> list[tuple[int, int]]:
    """Offsets of the dateline's place where a later line opens with the same dateline
    again ("OUAGADOUGOU: Nine people ..." repeated inside the page, as pages that print
    their lead twice do). Why: the repeated dateline is still where the report was filed,
    not a place of its events; read only at line starts with the dateline's exact text."""
    if dateline is None:
        return []
    name = text[dateline[0] : dateline[1]]
    repeats = []
    for found in re.finditer(rf"\n[ \t]*(?P<name>{re.escape(name)})", text):
        start = found.start("name")
        if start <= dateline[0]:
            continue
        if _dateline_at_line(text, found.start()) == (start, start + len(name)):
            repeats.append((start, start + len(name)))
    return repeats


def _dateline_at_line(text: str, newline: int) -> tuple[int, int] | None:
    """Offsets of the place of a dateline that opens the line after `newline`, if one does,
    in any of the forms read after a headline (`_DATELINE_LINE`, the written and wire forms,
    a known town before a spaced hyphen: `_HYPHEN_DATELINE`)."""
    line = _DATELINE_LINE.match(text, newline)
    if line is not None:
        group = next(g for g in ("place", "titled", "labelled") if line.group(g))
        return line.start(group), line.end(group)
    hyphened = _HYPHEN_DATELINE.match(text, newline + 1)
    if hyphened is not None and _labelled_town(hyphened.group("place")):
        return hyphened.start("place"), hyphened.end("place")
    for written in (_written_datelines()[1], _wire_dateline(), _credited_line()):
        if written is not None and (line := _dateline_match(written, text, newline)) is not None:
            return line.start("place"), line.end("place")
    return None


def _dateline_match(pattern: re.Pattern[str], text: str, start: int) -> re.Match[str] | None:
    """`pattern` matched at `start`, where a wire dateline that ends its line (the town and
    the agency's credit alone, "Nairobi (AFP)\n\nDeux gardes ...") names a town
    (`_dateline_town`): a headline's last words before a credit are none."""
    found = pattern.match(text, start)
    if found is None or "alone" not in pattern.groupindex or found.group("alone") is None:
        return found
    return found if _dateline_town(found.group("place").split(",")[0].strip()) else None


@functools.lru_cache(maxsize=1024)
def _dateline_town(name: str) -> bool:
    """Whether a name read where a dateline stands with no dash to tell it is a town's: the
    gazetteer knows it as a town under any of its names ("Beyrouth", "Jénine") and as no
    country ("(Liban)"), and it is no agency's credit ("(Belga)", `dateline_agencies`)."""
    if name.casefold() in {a.casefold() for a in _coded_words("dateline_agencies")}:
        return False
    entries = Gazetteer.default().lookup(name)
    return any(e.feature == "city" for e in entries) and not any(e.feature == "country" for e in entries)


def _coded_words(key: str) -> set[str]:
    """The words of places.yaml list `key` in every coded language together: a dateline's
    words are the page's, whatever language its report is in."""
    words: set[str] = set()
    for language in sorted(CODED_LANGUAGES):
        try:
            data = load_data("places", language)
        except (FileNotFoundError, UnknownLanguageError):
            continue
        words |= {str(w) for w in data.get(key) or ()}
    return words


@functools.lru_cache(maxsize=1)
def _wire_dateline() -> re.Pattern[str] | None:
    """A dateline as the wire services write it, which the shared forms miss: the place
    (capitals or title case, its country after a comma or in parentheses, a date after a
    comma), then the agency's credit in parentheses or between bars, then a dash or the
    report's first words on the same line ("Bishkek (Kyrgyzstan) (AFP) –", "Juba, South
    Sudan | AFP |", "CAIRO (Sputnik - 26th July) The ...", "Baghdad, Feb 16 (IANS) A ...", the day before
    the month and a year too, "Abidjan, 10 jan 2015 (AFP) -";
    a town and its credit alone on their line too, "Nairobi (AFP)\n", where the gazetteer knows
    the town (group `alone`, read by `_dateline_match`), so not a headline's last words before a
    credit and the line's end, "Gunmen Kill Ten (AFP)"). The credit must name an agency of the
    coded languages' places.yaml (`dateline_agencies`), so a headline's name with its acronym ("Rapid Support Forces
    (RSF) Kill ...") is none. Why: a dateline missed leaves
    the town where the report was filed as the place of the events it reports."""
    agencies = _coded_words("dateline_agencies")
    if not agencies:
        return None
    word = r"[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u00ff]*(?:['\u2019.-][A-Za-z\u00c0-\u00ff]+)*"
    name = rf"{word}(?: {word}){{0,2}}"
    agency = rf"(?<![A-Za-z])(?:{_alternation(agencies)})(?![A-Za-z])"
    credit = (rf"(?:\([^()\n]{{0,60}}?{agency}[^()\n]{{0,60}}\)"
              rf"|\|[ \t]*{agency}[ \t]*\|)")
    return re.compile(
        rf"(?:^|\n)[ \t]*(?P<place>{name}(?:,[ \t]*{name})?)"
        r"(?:,?[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}"  # "Baghdad, Feb 16 (IANS)"
        r"|,?[ \t]*\d{1,2}[ \t]+[A-Za-z\u00e0-\u00ff]{3,9}\.?(?:[ \t]+\d{4})?)?"  # "Abidjan, 10 jan 2015 (AFP)"
        rf"(?:[ \t]*\({name}\))?,?[ \t]*{credit}"  # "Bishkek (Kyrgyzstan) (AFP)"
        r"[ \t]*(?:(?:--|\u2014|\u2013|-|_)\s|(?=[A-Z\"\u201c])|(?P<alone>(?=\r?\n)))")


# A word of a town's name in title case on a dateline or a byline ("Dakar", "N'Djamena",
# "Bobo-Dioulasso"), not an outlet's brand ("APAnews | ...", "LeFaso.net | ...").
_TOWN_WORD = r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]*(?:['\u2019-][A-Za-z\u00c0-\u00ff][a-z\u00df-\u00ff]+)*"


@functools.lru_cache(maxsize=1)
def _credited_line() -> re.Pattern[str] | None:
    """A byline of an agency and the town it filed from, on a line of its own after the
    headline ("Press Trust of India Islamabad", "Reuters Nairobi"): the town is where the
    report was filed, as a dateline's. The agency must be one of `dateline_agencies`."""
    agencies = _coded_words("dateline_agencies")
    if not agencies:
        return None
    # Not the agency's own words ("AP News", "Reuters Staff", "AFP Photo"): `byline_words`.
    not_place = _coded_words("byline_words")
    barred = rf"(?!(?:{_alternation(not_place)})\b)" if not_place else ""
    return re.compile(
        rf"\n[ \t]*(?:{_alternation(agencies)})[ \t]+{barred}"
        rf"(?P<place>{_TOWN_WORD}(?: {_TOWN_WORD}){{0,2}})[ \t]*(?=\n)"
    )


@functools.lru_cache(maxsize=1)
def _written_datelines() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """Datelines as the coded languages' pages write them beyond the shared forms, from
    each language's places.yaml: a town in title case before a bar, at the start of the
    text only ("Dakar | Quatre soldats ...": `dateline_bars`; a bar on a later line is a
    menu's, "Accueil | Politique"), and a town before a comma, its date and a dash, after a
    headline too ("Kinshasa, 14 février 2025 -", "Niamey, le 3 mars (ANP) -":
    `dateline_months`, `dateline_day_words`). The date must name a month of the list, so an
    ordinary sentence ("Dakar, 12 morts -") is none. Read for every text, whatever its
    language: a dateline's words are the page's, and English writes its months
    capitalised, which these lists are not."""
    bars = _coded_words("dateline_bars")
    months = _coded_words("dateline_months")
    day_words = _coded_words("dateline_day_words")
    name = rf"(?:^|\n)[ \t]*(?P<place>{_TOWN_WORD}(?: {_TOWN_WORD}){{0,2}})"
    barred = re.compile(rf"{name}[ \t]*(?:{_alternation(bars)})[ \t]") if bars else None
    day = rf"(?:(?:{_alternation(day_words)})\s+)?" if day_words else ""
    dated = re.compile(
        rf"{name}\s*,\s*{day}\d{{1,2}}(?:er)?\s+(?:{_alternation(months)})(?:\s+(?:19|20)\d\d)?"
        r"\s*(?:\([^)\n]{1,40}\))?\s*(?:--|\u2014|\u2013|-|_)\s") if months else None
    return barred, dated
