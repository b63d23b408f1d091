"""Places inside places: how fine a place is (`fineness`), whether one can hold another and lies
inside it (`can_hold`, `lies_inside`), the most specific place inside a chosen one, the sole
locality of a story, the towns a division is named after, and the sites named with no place.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.attrs import ORTH, SPACY
from spacy.tokens import Doc, Token

from tessera.extraction.places.phrases import (
    _POSSESSIVES,
    PlacePhrases,
    place_phrases,
)
from tessera.parse import (
    ParsedSentence,
)
from tessera.records import Feature, Place
from tessera.resolve.gazetteer import (
    Gazetteer,
    capital_names,
    continent_holds,
    distance_km,
)


def _capitalised(token: Token) -> bool:
    return _capitalised_text(token.text)


def _capitalised_text(text: str) -> bool:
    return text[:1].isupper() and text[:1].isalpha() and any(ch.islower() for ch in text)


@dataclass(frozen=True)
class _Words:
    """A sentence's words as lists (text, followed by a space, `_capitalised`), read once
    from the doc's arrays for the scans that walk every token."""

    texts: list[str]
    spaces: list[bool]
    capitals: list[bool]


_WORD_FORMS: dict[int, tuple[str, bool]] = {}  # orth -> (text, capitalised), by word form


def _words(doc: Doc) -> _Words:
    strings = doc.vocab.strings
    if len(_WORD_FORMS) > 500_000:
        _WORD_FORMS.clear()
    # Both attributes in one array: each `to_array` call costs more than reading a short
    # sentence's values out of it.
    rows = doc.to_array([ORTH, SPACY]).tolist()
    known = _WORD_FORMS.get
    forms = [known(orth) or _word_form(strings, orth) for orth, _ in rows]
    return _Words([form[0] for form in forms], [bool(space) for _, space in rows], [form[1] for form in forms])


def _sentence_words(sentence: ParsedSentence) -> _Words:
    """`_words` of the sentence's doc, read once a sentence: the places scan, and
    `unplaced_sites` for the events and the incidents, each walk it."""
    held = sentence.__dict__.get("_place_words")
    if held is None:
        held = sentence.__dict__["_place_words"] = _words(sentence.doc)
    return held  # type: ignore[no-any-return]


def _word_form(strings: Any, orth: int) -> tuple[str, bool]:
    """A word form's entry of `_WORD_FORMS`, read and kept."""
    text = strings[orth]
    form = _WORD_FORMS[orth] = (text, _capitalised_text(text))
    return form


# A capital letter and an apostrophe, a particle the tokeniser splits off the word it is
# glued to ("N'" of "Fada N'Gourma", "D'" of "Ville D'Avray").
_ELIDED = re.compile("[A-Z]['\u2019]")


def _run_end(words: _Words, i: int, particles: frozenset[str] = frozenset()) -> int:
    """End (exclusive) of the capitalised words from i, "Nord-Kivu" as one; with
    `particles`, across a lower-case one between two of them ("Mocímboa da Praia") or an
    elided capital one glued to the next ("Fada N'Gourma", as French tokenises it)."""
    texts, spaces, capitals = words.texts, words.spaces, words.capitals
    j = i + 1
    while j < len(texts):
        if capitals[j] and spaces[j - 1]:
            j += 1
        elif texts[j] in particles and spaces[j - 1] and spaces[j] and j + 1 < len(texts) and capitals[j + 1]:
            j += 2
        elif particles and _ELIDED.fullmatch(texts[j]) and spaces[j - 1] and not spaces[j] \
                and j + 1 < len(texts) and capitals[j + 1]:
            j += 2  # an elided capital particle glued to the next word: "Fada N'Gourma"
        elif texts[j] == "-" and j + 1 < len(texts) and not spaces[j - 1] and not spaces[j] and capitals[j + 1]:
            j += 2
        else:
            break
    return j


def _locative(
    doc: Doc | Sequence[Token], i: int, chain_end: int, phrases: PlacePhrases,
    prepositions: frozenset[str] | None = None,
) -> bool:
    """The words before token i put a place there: "near", "at the", "the town of", "and"
    (one of `prepositions`, by default the language's locative ones)."""
    k = i - 1
    if k >= 0 and doc[k].lower_ in phrases.conjunctions and k == chain_end:
        return True
    if k >= 1 and doc[k].lower_ in phrases.of_words and doc[k - 1].lower_ in phrases.conjunctions \
            and k - 1 == chain_end:
        return True  # "de Goz Beïda et d'Am Timan": the second name in the first one's position
    if k >= 1 and doc[k].text in _POSSESSIVES and _capitalised(doc[k - 1]):
        k -= 1  # "in Balochistan's Kech": the possessor's name, then its locative word
        while k >= 1 and _capitalised(doc[k - 1]):
            k -= 1
        k -= 1
    if k >= 0 and doc[k].lower_ in phrases.modifiers:
        k -= 1  # "in downtown Niamey", "the nearby town"
    if k >= 0 and doc[k].lower_ in phrases.articles:
        k -= 1
    if k < 0:
        return False
    word = doc[k].lower_
    if word in (phrases.locative_prepositions if prepositions is None else prepositions):
        return True
    return word in phrases.of_words and k >= 1 and doc[k - 1].lower_ in phrases.locative_nouns


# --------------------------------------------------------------------------- nesting

# How fine each feature is: a town inside a district inside a region inside a country.
_FINENESS: dict[str, int] = {"country": 0, "region": 1, "natural": 1, "admin1": 2, "admin2": 3, "city": 4, "site": 4}


def fineness(place: Place) -> int:
    """How fine a place's feature is: 0 a country ... 4 a town or a site."""
    return _FINENESS.get(place.feature, 0)


# A town "inside" a district lies within this distance of the district's point.
DISTRICT_REACH_KM = 100.0
# A place "inside" a region of one country that no division code bounds (Darfur, Casamance,
# the Sinai Peninsula, Puntland: gazetteer.yaml's curated regions) lies within this distance of
# the region's point: such regions span one or a few first-level divisions.
REGION_REACH_KM = 300.0


# The features `lies_inside` lets hold another place: a town, a site or a natural feature holds none.
_HOLDING_FEATURES = frozenset({"country", "admin1", "admin2", "region"})


def can_hold(outer: Place) -> bool:
    """Whether any place can lie inside `outer` (`lies_inside`), by its feature alone."""
    return outer.feature in _HOLDING_FEATURES


def lies_inside(inner: Place, outer: Place) -> bool:
    """Whether `inner` is a finer place inside `outer` (a town in its state, a state in its
    country), by the codes the gazetteer gave both; a continent holds its countries and what
    lies in them; a region of one country, the finer places of that country within
    `REGION_REACH_KM` of its point ("Casamance" holds Ziguinchor); another region or a natural
    feature holds nothing."""
    if outer.country is None and outer.feature == "region" and continent_holds(outer.geonames_id, inner.country):
        return True  # "the military in Africa ... took place in Niger"
    if inner.country is None or inner.country != outer.country:
        return False
    if _FINENESS.get(inner.feature, 0) <= _FINENESS.get(outer.feature, 0):
        return False
    if outer.feature == "country":
        return True
    if outer.feature == "admin1":
        return inner.admin1 is not None and inner.admin1 == outer.admin1
    if outer.feature == "admin2":
        return inner.admin1 == outer.admin1 and _within(inner, outer, DISTRICT_REACH_KM)
    if outer.feature == "region":
        return _within(inner, outer, REGION_REACH_KM)
    return False


def _within(inner: Place, outer: Place, km: float) -> bool:
    """Both places have points and `inner`'s lies within `km` of `outer`'s."""
    if inner.lat is None or inner.lon is None or outer.lat is None or outer.lon is None:
        return False
    return distance_km(inner.lat, inner.lon, outer.lat, outer.lon) <= km


def is_national_capital(place: Place) -> bool:
    """A country's capital ("a spokesman in Bamako said" speaks from the capital)."""
    return place.feature == "city" and place.name.casefold() in capital_names()


def most_specific_inside(chosen: Place, others: Sequence[Place], spoken: Sequence[Place] = ()) -> Place:
    """The finest of `others` that lies inside `chosen` ("in Shinkafi local government area of
    Zamfara state": Shinkafi), else `chosen`. `spoken` are places the sentence gives its
    speaker ("authorities in Sennar state said", "a resident of the Bukkuyum district"):
    they make `chosen` more precise too, unless they are a capital, where officials speak from."""
    inside = [p for p in others if p.role is None and lies_inside(p, chosen)]
    inside += [p for p in spoken if p.role is None and not is_national_capital(p) and lies_inside(p, chosen)]
    if not inside:
        return chosen
    return max(inside, key=lambda p: _FINENESS.get(p.feature, 0))


# Places of an article that lie within this distance of each other are one locality.
LOCALITY_KM = 50.0
# How often an article names the locality it keeps coming back to (`sole_locality`).
DOMINANT_MENTIONS = 3


# Event types that are acts of or towards a polity (verbal acts, agreements, sanctions,
# concessions: "ECOWAS condemned the coup in Niger", "sanctions on Mali"): placed at the
# country the text gives (the real-news annotations' convention: a sanction or a
# condemnation is at its target country), never narrowed to a town the article names
# for another reason (the capital a coup happened in, the news was told from).
POLITY_EVENT_TYPES = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "ACCUSE", "REQUEST", "REJECT", "THREATEN", "SANCTION"}
)


# Labels of a model entity that is no locality, whatever word stands before it: "in January",
# "at the Ambassador Hotel" (a building of a town the article may name elsewhere). Not
# PERSON or ORG: the model gives those to most village names it does not know ("at
# Wadikori", "à Baley Beri"); an acronym ("at MSF") stays out.
_NOT_PLACE_LABELS = frozenset({"DATE", "TIME", "FAC", "NORP", "MONEY", "PERCENT", "CARDINAL", "ORDINAL",
                               "QUANTITY", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "LANGUAGE", "MISC"})


def unplaced_sites(
    sentence: ParsedSentence, places: Sequence[Place], gazetteer: Gazetteer | None = None
) -> list[Place]:
    """Names of one sentence in a site's position that no place of the article covers:
    a locality no gazetteer holds ("gunmen attacked the village of Kologa", "at Kologa",
    "à Tingara", "près de Tingara"), as places with no point (feature "site").

    A site position is one of the language's `site_prepositions` (or "the village of",
    "la localité de") before a capitalised name that the model does not read as a date or
    a building, holds no word of a building (`building_words`: "the Ambassador Hotel"),
    is no acronym, and that `gazetteer` (when given) does not know (a known name left out
    for another reason says nothing). The sentence then tells where its incident is, and
    that is not the capital the article names elsewhere (see `assemble._best_place`).
    """
    found: list[Place] = []
    for start, end, name in _site_names(sentence):
        if not any(p.start < end and start < p.end for p in places) and not (
                gazetteer is not None and gazetteer.lookup(name)):
            found.append(Place(text=name, start=start, end=end, name=name, feature="site"))
    return found


def _site_names(sentence: ParsedSentence) -> tuple[tuple[int, int, str], ...]:
    """The names in a site's position of the sentence (`unplaced_sites` before it sets aside
    the ones a place covers or the gazetteer knows): start, end and text each, read once a
    sentence (the events stage and the assembly each ask, the assembly for every sentence
    it compares)."""
    held = sentence.__dict__.get("_site_names")
    if held is None:
        held = sentence.__dict__["_site_names"] = tuple(_read_site_names(sentence))
    return held  # type: ignore[no-any-return]


def _read_site_names(sentence: ParsedSentence) -> Iterator[tuple[int, int, str]]:
    doc = sentence.doc
    phrases = place_phrases(doc.lang_)
    if not phrases.site_prepositions:
        return
    labels: dict[int, str] | None = None  # the entities' labels by token, read at the first site word
    chain_end = -1
    words = _sentence_words(sentence)
    capitals = words.capitals
    tokens = sentence.tokens
    size = len(tokens)
    i = 0
    while i < size:
        if not capitals[i]:
            i += 1
            continue
        lower = tokens[i].lower_
        if lower in phrases.locative_prepositions or lower in phrases.articles:
            i += 1
            continue
        j = _run_end(words, i)
        if not _locative(tokens, i, chain_end, phrases, phrases.site_prepositions):
            i = j
            continue
        # After "the village of" any name is a place's ("the town of Ishaq", a person's name too).
        kinded = i >= 2 and tokens[i - 1].lower_ in phrases.of_words and tokens[i - 2].lower_ in phrases.locative_nouns
        if not kinded and labels is None:
            labels = {t.i: ent.label_ for ent in doc.ents for t in ent}
        if (kinded or all(labels.get(k) not in _NOT_PLACE_LABELS and not tokens[k].is_upper  # type: ignore[union-attr]
                          for k in range(i, j))
                ) and not any(tokens[k].lower_ in phrases.building_words for k in range(i, j)):
            start, end = sentence.offsets(doc[i:j])
            chain_end = j
            yield start, end, sentence.text[start - sentence.start : end - sentence.start]
        i = j


def divisions_named(text: str, places: Sequence[Place], phrases: PlacePhrases) -> dict[int, Place]:
    """The towns named after a division's kind word and "of" ("the Mexican state of Guanajuato",
    "the region of Tillabéri": `division_of_before`), and that town's other mentions ("Yemen's
    Marib" before "the province of Marib"), by start: each the division it names, the
    gazetteer's town taken as the seat of a division of the kind word's level (feature admin1
    or admin2, the town's point and codes). Not after another place's kind word ("the Al Jubah
    district of Marib": a division above that one, of no level the words give)."""
    pattern = phrases.division_of_before
    if pattern is None:
        return {}
    named: dict[int, Feature] = {}
    for place in places:
        if place.feature != "city" or place.geonames_id is None or place.geonames_id in named:
            continue
        match = pattern.search(text, max(0, place.start - 60), place.start)
        if match is None:
            continue
        # "a district of Kabul", "a Shiite district of Kabul": one of the town's parts, not the
        # division named after it (an indefinite word a few words before the kind word).
        if _indefinite_before(text, match.start(), phrases):
            continue
        feature = phrases.kind_after.get(" ".join(match.group("kind").casefold().split()))
        # The kind word of another place ("the Al Jubah district of Marib"): the town names some
        # division above that one, of no level the words give; read only where a kind word is its own.
        if feature is not None and not any(q.start < match.start() <= q.end + 1 for q in places):
            named[place.geonames_id] = feature
    return {p.start: p.model_copy(update={"feature": named[p.geonames_id]})
            for p in places if p.feature == "city" and p.geonames_id in named}


def _indefinite_before(text: str, start: int, phrases: PlacePhrases, reach: int = 3) -> bool:
    """One of `indefinite_words` among the `reach` words before `start`, within its clause and
    with no article after it ("a district of", "a busy Shiite district of"; not "the district of",
    nor "a day after the district of")."""
    if not phrases.indefinite_words:
        return False
    clause = re.split(r"[,;:()\u2013\u2014]", text[max(0, start - 60) : start])[-1]
    for word in reversed(clause.split()[-reach:]):
        lowered = word.casefold()
        if lowered in phrases.indefinite_words:
            return True
        if lowered in phrases.articles:
            return False
    return False


def towns_as_divisions(places: Sequence[Place]) -> dict[int, Place]:
    """The towns that share their name with a division the article names and that lie in it
    (the seat it is named after: "Tahoua au Niger - ..." above "le département de Tillia (région
    de Tahoua)"), by start: each that division. Which one a bare name means the words do not
    say, so such a town only gives way to a finer place inside the division the incident's
    sentences name (`assemble._best_place`'s `divisions`), never the other way round."""
    divisions: dict[tuple[str, str], Place] = {}
    for place in places:
        if place.feature in ("admin1", "admin2") and place.country and place.role is None:
            divisions.setdefault((place.country, place.name.casefold()), place)
    if not divisions:
        return {}
    named: dict[int, Place] = {}
    for place in places:
        if place.feature != "city" or not place.country:
            continue
        division = divisions.get((place.country, place.name.casefold()))
        if division is not None and division.admin1 is not None and place.admin1 == division.admin1:
            named[place.start] = division
    return named


# The roles of a town's mention that still name the town a story is about: none, or a
# journey's end ("police were deployed to Ambon"). Not a dateline's: where the report was
# filed, the town the words refer to may be one no gazetteer holds ("BANGUI - ... the town of
# Moyenne Sido ... stormed the town").
_STORY_TOWN_ROLES: frozenset[str | None] = frozenset({None, "route"})


def refers_to_town(token: Token, phrases: PlacePhrases) -> bool:
    """Whether `token` is a settlement's noun that refers back to a town where something takes
    place: singular, after "the", the object of a locative preposition, with no name, "of"
    phrase or apposition of its own ("in the town", "on a visit to the northern town", "across
    the city", "on the outskirts of the city": `anaphor_parts`; not "a town", "the town of
    Boni", "the city Kidal", "the Kano city", nor the town as a party or a thing acted on:
    "seized the town", "the city's governor")."""
    if token.lower_ not in phrases.settlement_anaphors or token.tag_ != "NN":
        return False
    if token.dep_ != "pobj":
        return False
    head, prepositions = token.head, phrases.anaphor_prepositions
    if head.lower_ in phrases.of_words and head.head.lower_ in phrases.anaphor_parts and head.head.dep_ == "pobj":
        # "on the outskirts of the city": the part's own preposition puts the act there.
        head, prepositions = head.head.head, prepositions | phrases.anaphor_part_prepositions
    if head.lower_ not in prepositions:
        return False
    determiners = [c for c in token.children if c.dep_ == "det"]
    if not determiners or determiners[0].lower_ not in phrases.articles:
        return False
    return not any(
        c.dep_ in ("appos", "compound") or (c.dep_ == "prep" and c.lower_ in phrases.of_words) for c in token.children
    )


def town_referred(tokens: Iterable[Token], offset: int, places: Sequence[Place], phrases: PlacePhrases,
                  left_out: Collection[int] = frozenset()) -> Place | None:
    """The town one of `tokens` refers back to (`refers_to_town`: "clashes broke out during the
    minister's visit to the northern town"): the locality the article names last before
    `offset`, where that is a town; a journey's end counts ("police were sent to Ambon"), no
    dateline's, speaker's, border's or party's place, nor one of `left_out` (starts: bearings).
    None without such a word, or where the last locality is a district or a site ("in Mpigi
    District ... the city": the words refer to no town of the article)."""
    if not phrases.settlement_anaphors or not any(refers_to_town(t, phrases) for t in tokens):
        return None
    latest = None
    for place in places:
        if (place.end <= offset and place.feature in ("city", "admin2", "site") and place.role in _STORY_TOWN_ROLES
                and place.start not in left_out):
            latest = place
    if latest is None or latest.feature != "city" or latest.geonames_id is None:
        return None
    return latest.model_copy(update={"role": None})


def _near(inner: Place, outer: Place) -> bool:
    """Whether `inner` lies within `LOCALITY_KM` of `outer` where `outer` is a district (the
    district's reach, `DISTRICT_REACH_KM`, is wider than one locality); any other holder: True."""
    if outer.feature != "admin2" or None in (inner.lat, inner.lon, outer.lat, outer.lon):
        return True
    return distance_km(inner.lat, inner.lon, outer.lat, outer.lon) <= LOCALITY_KM  # type: ignore[arg-type]


def sole_locality(
    coarse: Place, places: Sequence[Place], event_type: str | None = None, near_districts: bool = False
) -> Place | None:
    """The one locality an article names inside `coarse` (a country or region), if it names one.

    A report placed only at "Zamfara state" or "Niger" that names, anywhere, finer places
    inside it (those that hold none of the others) that all lie within `LOCALITY_KM` of
    each other ("Shinkafi", "Shinkafi town"; "Bakura and Maradun LGAs"; "downtown
    Niamey") is about that locality: the finest of
    them, first named. With finer places far apart (two towns of the country, each its own
    incident) or none, None: the coarse place stays, unless one town stands out
    (`_dominant_locality`: named at least `DOMINANT_MENTIONS` times, it and the towns near
    it more than twice as often as the places far from it) and is not named like `coarse`
    ("Tahoua" town in the Tahoua region). Dateline and border places are not
    the event's and do not count. An act of or towards a polity (`POLITY_EVENT_TYPES`) placed
    at a country stays there: None. With `near_districts` (places.yaml), a district holds only
    a town within `LOCALITY_KM` of its point: "the district of X" and a town of its province
    80 km off (where the wounded were taken) are two localities, and the coarse place stays.
    """
    if event_type in POLITY_EVENT_TYPES and coarse.feature == "country":
        return None
    if _FINENESS.get(coarse.feature, 4) > _FINENESS["admin1"]:
        return None
    inside = [p for p in places
              if p.role is None and p.lat is not None and p.lon is not None and lies_inside(p, coarse)]
    # Only the places that hold none of the others: "Zamfara State" beside "Bakura" is
    # the way to Bakura, not another locality.
    inside = [p for p in inside if not (can_hold(p) and any(
        q is not p and lies_inside(q, p) and (not near_districts or _near(q, p)) for q in inside))]
    if not inside:
        return None
    inside = _beside_the_capital(inside)
    first = inside[0]
    if any(distance_km(first.lat, first.lon, p.lat, p.lon) > LOCALITY_KM for p in inside[1:]):  # type: ignore[arg-type]
        inside = _dominant_locality(inside)
        # Not a seat named like the coarse division: its mentions may be the division's own.
        if not inside or any(p.name.casefold() == coarse.name.casefold() for p in inside):
            return None
    finest = max(_FINENESS.get(p.feature, 0) for p in inside)
    return next(p for p in inside if _FINENESS.get(p.feature, 0) == finest)


def _beside_the_capital(inside: list[Place]) -> list[Place]:
    """Without the national capital, where one locality far from it is named at least twice and
    more often than the capital ("the attack in Rutshuru ... the army in Rutshuru", once "the
    government in Kinshasa"): the capital is where officials spoke or the news came from, the
    locality the story's site. Otherwise `inside` unchanged."""
    capitals = [p for p in inside if is_national_capital(p)]
    if not capitals or len({p.name.casefold() for p in capitals}) != 1:
        return inside
    capital = capitals[0]
    rest = [p for p in inside if p.name.casefold() != capital.name.casefold()]
    if len(rest) < 2 or len(rest) <= len(capitals) or not all(
            distance_km(rest[0].lat, rest[0].lon, p.lat, p.lon) <= LOCALITY_KM  # type: ignore[arg-type]
            and distance_km(capital.lat, capital.lon, p.lat, p.lon) > LOCALITY_KM  # type: ignore[arg-type]
            for p in rest):
        return inside
    return rest


def _dominant_locality(inside: Sequence[Place]) -> list[Place]:
    """Of far-apart places, the mentions of the locality the article keeps coming back to: a
    town (no division) named at least `DOMINANT_MENTIONS` times, whose mentions and those of
    the towns within `LOCALITY_KM` of it outnumber more than twice all the other places
    ("the church massacre in Eldoret ... most parts of Eldoret", once "150 miles northwest
    of Nairobi"). A division counts among the others, wherever its point lies. Empty where
    no town stands out so."""
    best: list[Place] = []
    mentions = Counter(p.name.casefold() for p in inside)
    # A natural feature (a valley, a river, a range) is the setting around its towns, wherever
    # its point lies ("Andijan is in the Fergana Valley"): no other locality that outweighs one.
    others = [p for p in inside if p.feature != "natural"]
    seen: set[str] = set()
    for place in inside:
        name = place.name.casefold()
        if name in seen or can_hold(place) or mentions[name] < DOMINANT_MENTIONS:
            continue
        seen.add(name)  # another mention of a town already weighed weighs the same
        near = [p for p in others if not can_hold(p)
                and distance_km(place.lat, place.lon, p.lat, p.lon) <= LOCALITY_KM]  # type: ignore[arg-type]
        if len(near) > 2 * (len(others) - len(near)) and len(near) > len(best):
            best = near
    return best
