"""The article's countries: its focus, capitals named bare or by demonym, and the countries the
gazetteer's namesakes are weighed against (`_article_countries`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Sequence

from spacy.tokens import Token

from tessera.extraction.places.compass import (
    _LEADING_DIRECTION,
)
from tessera.extraction.places.phrases import (
    _POSSESSIVE,
    PlacePhrases,
)
from tessera.parse import (
    ParsedArticle,
)
from tessera.records import Entity, Feature, Place, PlaceRole
from tessera.resolve.gazetteer import (
    Gazetteer,
    GazetteerEntry,
    fold,
)
from tessera.resolve.geocoder import Mention


def _focus_country(places: list[Place]) -> str | None:
    """The ISO alpha-3 code of the country the article's places (not its outlets', sources'
    or far sides of borders) name most, when one leads every other."""
    counts: dict[str, int] = {}
    for place in places:
        if place.country and place.role in (None, "dateline", "route"):
            counts[place.country] = counts.get(place.country, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _bare_capitals(parsed: ParsedArticle, places: list[Place], gazetteer: Gazetteer,
                   phrases: PlacePhrases) -> list[Place]:
    """ "Police fired tear gas at protesters in the capital", "dans la capitale" (no demonym,
    no name in apposition): the capital of the country the article's places name most, when
    one leads; not where the news is only told from ("an official said
    in the capital": role "source")."""
    assert phrases.bare_capital is not None
    text = parsed.text
    found: list[Place] = []
    focus: str | None = None
    best = None
    for match in phrases.bare_capital.finditer(text):
        span_start, span_end = match.span("capital")
        if any(p.start < span_end and span_start < p.end for p in places):
            continue
        sentence = parsed.sentence_at(span_start)
        if sentence is None or not sentence.deep:
            continue  # a sentence that tells no event (unparsed): its capital could only be a speaker's
        if best is None:
            focus = _focus_country(places)
            capital = phrases.capital_of_country.get(focus) if focus else None
            cities = [e for e in gazetteer.lookup(capital) if e.feature == "city" and e.primary] if capital else []
            cities = [e for e in cities if (c := gazetteer.country(e.country)) is not None and c.iso3 == focus]
            if not cities:
                return found
            best = max(cities, key=lambda e: e.population)
        words = text[span_start:span_end]
        mention = Mention(text=words, start=span_start, end=span_end, name=words)
        found.append(Place(text=words, start=span_start, end=span_end, name=best.name,
                           geonames_id=best.geonames_id, lat=round(best.lat, 5), lon=round(best.lon, 5),
                           country=focus, admin1=gazetteer.admin1_name(best.admin1), feature="city",
                           role=_told_from(parsed, mention, phrases)))
    return found


def _capital_city(capital: str, gazetteer: Gazetteer) -> GazetteerEntry | None:
    cities = [e for e in gazetteer.lookup(capital) if e.feature == "city" and e.primary]
    return max(cities, key=lambda e: e.population) if cities else None


# How far before a country's name the words for its capital are looked for.
CAPITAL_OF_REACH = 40
# A capitalised name, a comma and at most an article: what stands before a phrase in apposition.
_APPOSED_TO_NAME = re.compile(r"[A-ZÀ-Þ][\w'’.-]*\s*,\s*(?:[a-zà-ÿ]+(?:\s+|['’]))?$")


def _capitals_of_countries(text: str, places: list[Place], gazetteer: Gazetteer,
                           phrases: PlacePhrases) -> list[Place]:
    """ "In the capital of Burkina Faso", "dans la capitale des Comores": the country's
    capital, spanning the words for it and the country's name (the country is kept too)."""
    found: list[Place] = []
    assert phrases.capital_of_before is not None
    for place in places:
        if place.feature != "country" or place.country is None:
            continue
        capital = phrases.capital_of_country.get(place.country)
        reach = max(0, place.start - CAPITAL_OF_REACH)
        match = phrases.capital_of_before.search(text[reach:place.start])
        if capital is None or match is None:
            continue
        best = _capital_city(capital, gazetteer)
        if best is None:
            continue
        start = reach + match.start()
        if _APPOSED_TO_NAME.search(text[max(0, start - CAPITAL_OF_REACH):start]):
            # "Addis Ababa, the capital of Ethiopia": the name written before it is the place
            # (and may be its government: "asked Addis Ababa, the capital of Ethiopia, for help").
            continue
        found.append(place_of_entry(text[start:place.end], start, place.end, best, gazetteer))
    return found


def _capitals_of_divisions(text: str, places: list[Place], gazetteer: Gazetteer,
                           phrases: PlacePhrases) -> list[Place]:
    """ "Protesters marched through the capital of Nukus province", "la capitale de la région
    de Tillabéri": the words for a capital right before a division's name, where the
    gazetteer holds a town of that name in that division: the town (the division named after
    its seat names where the seat lies; the division is kept too). Not where a name in
    apposition comes first ("Quetta, the capital of Balochistan province": that name is the
    place), nor for a division whose capital bears another name ("the capital of North
    Darfur state"): no town of the division's name, nothing added."""
    found: list[Place] = []
    assert phrases.capital_of_before is not None
    for place in places:
        if place.feature not in ("admin1", "admin2") or place.country is None or place.role is not None:
            continue
        reach = max(0, place.start - CAPITAL_OF_REACH)
        match = phrases.capital_of_before.search(text[reach:place.start])
        if match is None:
            continue
        start = reach + match.start()
        if _APPOSED_TO_NAME.search(text[max(0, start - CAPITAL_OF_REACH):start]):
            continue
        surface = text[place.start:place.end]
        kind = phrases.kind_ending(surface)
        name = surface[: len(surface) - len(kind)].rstrip() if kind else surface
        seats = [town for town in (place_of_entry(text[start:place.end], start, place.end, e, gazetteer)
                                   for e in gazetteer.lookup(name) if e.feature == "city" and e.primary)
                 if town.country == place.country and town.admin1 == place.admin1]
        if seats:
            found.append(seats[0])
    return found


def _capitals_by_demonym(text: str, places: list[Place], gazetteer: Gazetteer, phrases: PlacePhrases) -> list[Place]:
    """ "In the Sudanese capital", "dans la capitale malienne": the country's capital, a
    place where no other is named (the capital's own name may follow: both are kept)."""
    found: list[Place] = []
    assert phrases.capital_phrase is not None
    for match in phrases.capital_phrase.finditer(text):
        if any(p.start < match.end() and match.start() < p.end for p in places):
            continue
        capital = phrases.capital_of.get(fold(match.group("demonym")))
        best = _capital_city(capital, gazetteer) if capital is not None else None
        if best is None:
            continue
        found.append(place_of_entry(match.group(), match.start(), match.end(), best, gazetteer))
    return found


def _article_countries(
    text: str,
    toponyms: Sequence[Entity],
    dateline: tuple[int, int] | None,
    gazetteer: Gazetteer,
    phrases: PlacePhrases | None = None,
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """ISO alpha-2 codes of the countries the article names and of its dateline's place;
    apart, those of the first-level divisions it names that only one country has ("Borno
    State", "Zamfara": a Nigerian story that never says "Nigeria"). The latter only bring
    their villages, and only when no country is named: "Texas" in a story about Toronto
    must not make the United States the article's country. A country named only as the far
    side of a border or opening a compound of affiliation ("the UK-based monitor") is none."""
    found: dict[str, None] = {}
    regional: dict[str, None] = {}
    if phrases is not None and phrases.settlement_phrase is not None:
        for match in phrases.settlement_phrase.finditer(text):  # "the Burkinabe town of Arbinda"
            demonym = next(group for group in match.groups() if group)
            country = gazetteer.country(phrases.country_of.get(fold(demonym)))
            if country is not None:
                found[country.iso2] = None
    for entity in toponyms:
        name = _without_direction(_POSSESSIVE.sub("", entity.text), gazetteer)
        kind = phrases.kind_ending(name) if phrases is not None else None
        # A division's kind word before the name (French "dans la province du Yagha"): a
        # second-level division so named brings its country's villages too.
        kinded = (phrases is not None and phrases.kind_before_outside
                  and _kind_before_outside(text, entity.start, phrases)[1] is not None)
        entries = gazetteer.lookup(name)
        if kind is not None and not entries:
            entries = gazetteer.lookup(name[: len(name) - len(kind)].rstrip())
        at_dateline = dateline is not None and entity.start < dateline[1] and dateline[0] < entity.end
        if at_dateline and entries:
            best = max(entries, key=lambda e: (e.primary, e.population))
            if best.country:
                found[best.country] = None
        # A country named as the far side of a border ("near the border with Niger") is where
        # the story is not: no country of the article, unless named otherwise too.
        far_side = phrases is not None and not at_dateline and (
            bool(phrases.border_before.search(text[max(0, entity.start - 40) : entity.start]))
            or bool(phrases.border_after.match(text, entity.end))
            or (phrases.country_near_before is not None
                and any(e.feature == "country" for e in entries)
                and bool(phrases.country_near_before.search(text[max(0, entity.start - 40) : entity.start]))))
        # Nor is one that opens a compound of affiliation ("the Britain-based monitor", "a
        # Qatar-brokered truce"): whose the monitor or the truce is, not where the story is.
        far_side = far_side or (phrases is not None and not at_dateline
                                and bool(phrases.affiliation_compound.match(text, entity.end)))
        for entry in entries:
            if entry.feature == "country" and entry.country and not far_side:
                found[entry.country] = None
        if not any(e.feature == "country" for e in entries):
            # "Jonglei state" is an alternate name of the state, "Jonglei" its own.
            own = [e for e in gazetteer.lookup(name[: len(name) - len(kind)].rstrip())
                   if e.feature == "admin1"] if kind is not None else []
            levels = ("admin1", "admin2") if kinded else ("admin1",)
            divisions = {e.country for e in [*entries, *own] if e.feature in levels and e.primary}
            if len(divisions) == 1 and None not in divisions:
                regional[divisions.pop()] = None  # type: ignore[index]
    return tuple(found), tuple(regional)


def _told_from(parsed: ParsedArticle, mention: Mention, phrases: PlacePhrases) -> PlaceRole | None:
    """ "source" for a place that only says where the news was told or issued from: the
    object of a locative preposition on a verb of saying or issuing, or on a noun of a
    report or its source, that stands before it ("an army official said in Bamako", "a
    statement released in Niamey", "de sources sécuritaires à Niamey", "a déclaré à
    Bamako"). A place before the verb ("In Gao, residents said ...") may be where the
    told events happened, and stays. Read on the parse, so only in parsed sentences."""
    if not phrases.source_prepositions:
        return None
    sentence = parsed.sentence_at(mention.start)
    if sentence is None or not sentence.deep or not sentence.doc.has_annotation("DEP"):
        return None  # only tokenised: no syntax to read (and none to walk safely)
    span = sentence.span_at(mention.start, mention.end)
    if span is None or len(span) == 0:
        return None
    head = span.root
    if head.dep_ == "pobj":  # English: the place under its preposition
        preposition, governor = head.head, head.head.head
    else:  # French (UD): the preposition is the place's case marker
        preposition = next((c for c in head.children if c.dep_ == "case"), None)
        governor = head.head
    if preposition is None or preposition.lower_ not in phrases.source_prepositions or governor.i > head.i:
        return None
    lemma = governor.lemma_.casefold()
    if (governor.pos_ in ("VERB", "AUX") and lemma in phrases.source_verbs
            and not _reported_there(governor, phrases.source_nouns)) or (
            governor.pos_ in ("NOUN", "PROPN") and lemma in phrases.source_nouns):
        return "source"
    return None


def _reported_there(verb: Token, told: Collection[str] = frozenset()) -> bool:
    """A passive verb of saying whose subject is a thing that happened ("clashes were
    reported in Kwakta", "fighting has been reported in Gao", "un décès a été signalé à
    Ziguinchor"): the place is where it happened, not where the news was told from ("it was
    announced in Bamako" is, and so is a report or its source, `told`: "a statement was
    issued in Niamey"). The French parse may label the subject of a passive verb a plain
    nsubj beside its aux:pass."""
    passive = any(c.dep_ in ("auxpass", "aux:pass") for c in verb.children)
    subjects = [c for c in verb.children
                if c.dep_ in ("nsubjpass", "nsubj:pass") or (passive and c.dep_ == "nsubj")]
    # A noun, or what the parse mistook for its head ("un 2e décès": the ordinal); not a
    # pronoun ("il a été annoncé à Bamako que ...").
    return passive and any(s.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") and s.lemma_.casefold() not in told
                           and s.lower_ not in told for s in subjects)


def _without_direction(name: str, gazetteer: Gazetteer) -> str:
    """The name a recognised span holds after its compass word ("northeast Nigeria",
    "Northern Burkina", "North-East Nigeria": the recogniser took the word in), unless the
    gazetteer knows the whole span ("North Kivu", "South Sudan", "Central African
    Republic"). The mention's span keeps the word, as when it stands before the span."""
    direction = _LEADING_DIRECTION.match(name)
    if direction is None or not name[direction.end() :].strip() or gazetteer.lookup(name):
        return name
    return name[direction.end() :].strip()


@functools.lru_cache(maxsize=8)
def _division_kinds(phrases: PlacePhrases) -> tuple[tuple[str, Feature], ...]:
    """The kind words before a name that make it a division (`kind_before` of admin1 or
    admin2), longest first: read once per language, not for every name."""
    return tuple(sorted(((k, f) for k, f in phrases.kind_before.items() if f in ("admin1", "admin2")),
                        key=lambda kv: -len(kv[0])))


def _kind_before_outside(text: str, start: int, phrases: PlacePhrases) -> tuple[int, Feature | None]:
    """A division's kind word just before the entity ("dans la région de Tillabéry"): the
    span's new start and the feature it demands. Only divisions: "un village du Tchad"
    is a village in the country, and a town's or a lake's kind word would narrow a name
    the recogniser already took whole."""
    before = text[max(0, start - 40) : start].replace("\u2019", "'").casefold()
    if not before.endswith(_division_joins(phrases)):
        return start, None  # no kind word ends the text before it (most entities)
    for prefix, feature in _division_kinds(phrases):
        for joined in (prefix + " ", prefix) if prefix.endswith("'") else (prefix + " ",):
            # A whole word: not the tail of a longer or hyphenated one ("sous-préfecture de").
            if before.endswith(joined) and (len(before) == len(joined) or not (
                    before[-len(joined) - 1].isalnum() or before[-len(joined) - 1] == "-")):
                return start - len(joined), feature
    return start, None


@functools.lru_cache(maxsize=8)
def _division_joins(phrases: PlacePhrases) -> tuple[str, ...]:
    """Every way `_kind_before_outside` joins a division's kind word to the name after it
    ("région de ", "région d'")."""
    return tuple(joined for prefix, _ in _division_kinds(phrases)
                 for joined in ((prefix + " ", prefix) if prefix.endswith("'") else (prefix + " ",)))


def place_of_entry(
    text: str, start: int, end: int, entry: GazetteerEntry, gazetteer: Gazetteer, role: PlaceRole | None = None
) -> Place:
    """The place the words `text` (at `start`..`end` of the article) name, resolved to the
    gazetteer entry `entry`: its name, point, country, first-level division and feature."""
    country = gazetteer.country(entry.country)
    return Place(
        text=text,
        start=start,
        end=end,
        name=entry.name,
        geonames_id=entry.geonames_id,
        lat=round(entry.lat, 5),
        lon=round(entry.lon, 5),
        country=country.iso3 if country else None,
        admin1=entry.name if entry.feature == "admin1" else gazetteer.admin1_name(entry.admin1),
        feature=entry.feature,
        role=role,
    )
