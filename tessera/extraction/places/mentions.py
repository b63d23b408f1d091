"""Toponyms -> resolved places: the geocoder, roads, country anaphora, conjoined and lowercase
names, division and facility words, namesakes abroad (`_mention`, `_place`, `place_of_entry`).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Collection, Iterable, Sequence

from tessera.extraction.places.compass import (
    _COUNTRY_PART,
    _LEADING_DIRECTION,
)
from tessera.extraction.places.countries import (
    _kind_before_outside,
    _without_direction,
    place_of_entry,
)
from tessera.extraction.places.datelines import (
    _ELSEWHERE_HEADS,
    _NAME_AFTER,
    _NAME_BEFORE,
)
from tessera.extraction.places.nesting import (
    is_national_capital,
)
from tessera.extraction.places.phrases import (
    _DIRECTION,
    _POSSESSIVE,
    _ROAD_COMPOUND,
    MISLABELS,
    PlacePhrases,
)
from tessera.extraction.places.scan import (
    _LEADING_ARTICLE,
)
from tessera.parse import (
    ParsedArticle,
    first_letters_lookahead,
)
from tessera.records import Entity, Feature, Place, PlaceRole
from tessera.resolve.gazetteer import (
    Gazetteer,
    capital_names,
    fold,
    lowercase_names,
)
from tessera.resolve.geocoder import Geocoder, Mention, Resolution


@functools.lru_cache(maxsize=4)
def _safe_terms(gazetteer: Gazetteer) -> frozenset[str]:
    return frozenset(fold(surface) for surface, _ in gazetteer.matcher_terms())


# A city of the article's countries this large is the reading of its name however the
# recogniser labelled it (`_known_cities_mislabelled`), but for a person's label.
MISLABELLED_CITY_POPULATION = 100_000
_CITY_MISLABELS = MISLABELS - {"PERSON"}


def _known_cities_mislabelled(
    entities: Sequence[Entity], toponyms: Sequence[Entity], gazetteer: Gazetteer, countries: Collection[str],
) -> list[Entity]:
    """Names the recogniser labelled an organisation, a product or the like (`MISLABELS`)
    that are, under any of their names, a city of at least MISLABELLED_CITY_POPULATION people
    in one of the article's countries ("Hargeisa" as ORG in a Somalia story: GeoNames'
    primary name is "Hargeysa", so no matcher term tags it): that city. Not a name labelled
    a person (a surname shared with a city: the LGL gold set's precision fell with them), nor
    names the toponyms already hold."""
    taken = [(e.start, e.end) for e in toponyms]
    found = []
    for entity in entities:
        if entity.label not in _CITY_MISLABELS or any(s < entity.end and entity.start < e for s, e in taken):
            continue
        if not entity.text[:1].isupper() or len(entity.text.split()) > 3:
            continue
        if any(e.feature == "city" and e.country in countries and e.population >= MISLABELLED_CITY_POPULATION
               for e in gazetteer.lookup(entity.text)):
            found.append(entity.model_copy(update={"label": "GPE"}))
    return found


def _is_safe_term(gazetteer: Gazetteer, surface: str) -> bool:
    return bool(surface[:1].isupper()) and fold(surface) in _safe_terms(gazetteer)
_ROAD_COMPOUND_AT = re.compile(_ROAD_COMPOUND)


def _road_ends(
    parsed: ParsedArticle, named: Sequence[Entity], gazetteer: Gazetteer, road_before: re.Pattern[str],
    countries: Collection[str],
) -> tuple[list[Entity], list[tuple[int, int]]]:
    """The towns a road noun's hyphened compound joins ("l'axe Djibo-Bourzanga", "l'axe
    Dori-Gorom-Gorom"): from each part, the longest run of parts the gazetteer knows in the
    story's countries; none where the compound whole is a known name ("Gorom-Gorom").
    Where its sentence names another town of those countries (`named`: "à Kaya, sur l'axe
    Djibo-Bourzanga" is at Kaya, not at either end), no town, and the compound's span comes
    back among the second list's: the road only says where that town lies."""
    text = parsed.text
    found: list[Entity] = []
    beside: list[tuple[int, int]] = []
    for before in road_before.finditer(text):
        compound = _ROAD_COMPOUND_AT.match(text, before.end())
        if compound is None or _known_in(gazetteer, compound.group(0), countries):
            continue
        sentence = parsed.sentence_at(compound.start())
        if sentence is None or any(
                sentence.start <= e.start < sentence.end and not (compound.start() <= e.start < compound.end())
                and any(g.feature == "city" and g.country in countries for g in gazetteer.lookup(e.text, countries))
                for e in named):
            beside.append((compound.start(), compound.end()))
            continue
        bounds = [(m.start(), m.end()) for m in re.finditer(r"[^-\u2013]+", compound.group(0))]
        offset, i = compound.start(), 0
        while i < len(bounds):
            for k in range(len(bounds), i, -1):
                start, end = offset + bounds[i][0], offset + bounds[k - 1][1]
                if (k - i < len(bounds)) and _known_in(gazetteer, text[start:end], countries):
                    found.append(Entity(text=text[start:end], start=start, end=end, label="GPE"))
                    i = k
                    break
            else:
                i += 1
    return found, beside


def road_ends(text: str, places: Iterable[Place], phrases: PlacePhrases) -> frozenset[int]:
    """The starts of the places that are towns a road's hyphened compound joins ("along the
    Kaduna-Abuja highway", "l'axe Djibo-Bourzanga": `road_before`): where the road runs, each
    end a bearing, not the site of what happened on it."""
    pattern = phrases.road_before
    if pattern is None:
        return frozenset()
    spans = _road_spans(text, pattern)
    if not spans:
        return frozenset()
    return frozenset(p.start for p in places if any(start <= p.start < end for start, end in spans))


@functools.lru_cache(maxsize=64)
def _road_spans(text: str, pattern: re.Pattern[str]) -> tuple[tuple[int, int], ...]:
    """The spans of the hyphened road compounds of `text` (`road_ends`), read once per article:
    the assembly asks for them once per incident."""
    return tuple((m.start(), m.end()) for before in pattern.finditer(text)
                 if (m := _ROAD_COMPOUND_AT.match(text, before.end())) is not None)


def _known_in(gazetteer: Gazetteer, name: str, countries: Collection[str]) -> bool:
    return any(e.country in countries for e in gazetteer.lookup(name, countries))


def _drop_nested(entities: list[Entity]) -> list[Entity]:
    kept: list[Entity] = []
    for entity in entities:
        if kept and entity.start < kept[-1].end:
            continue  # overlaps the longer, earlier one
        kept.append(entity)
    return kept


def _capitals_between(text: str, places: list[Place], phrases: PlacePhrases) -> list[Place]:
    """Two national capitals joined after "between" ("the military accord between Paris and
    N'Djamena", "les relations entre Niamey et Paris"), or a capital joined there to a
    government ("relations between Paris and the junta", "le divorce entre Paris et le
    régime": `government_nouns`), stand for their governments: role "affiliation", never
    where an event happens."""
    marked = list(places)
    for n, first in enumerate(places):
        if first.role is not None or not is_national_capital(first):
            continue
        before = text[max(0, first.start - 12) : first.start].split()
        if not before or before[-1].casefold() not in phrases.between_words:
            continue
        second = places[n + 1] if n + 1 < len(places) else None
        if second is not None and second.role is None and is_national_capital(second) \
                and text[first.end : second.start].strip().casefold() in phrases.conjunctions - {","}:
            marked[n] = first.model_copy(update={"role": "affiliation"})
            marked[n + 1] = second.model_copy(update={"role": "affiliation"})
        elif _government_follows(text, first.end, phrases):
            marked[n] = first.model_copy(update={"role": "affiliation"})
    return marked


def _government_follows(text: str, end: int, phrases: PlacePhrases) -> bool:
    """Whether a conjunction and a noun of a government follow `end` ("Paris and the
    junta", "Paris et le régime militaire"), an article or two allowed between."""
    if not phrases.government_nouns:
        return False
    words = [w.casefold() for w in re.findall(r"[\w’']+", text[end : end + 40])[:4]]
    if not words or words[0] not in phrases.conjunctions:
        return False
    rest = [w for w in words[1:] if w not in phrases.government_articles]
    for word in words[1:]:
        for article in phrases.government_articles:
            if word.startswith(article) and word[len(article):] in phrases.government_nouns:
                return True  # "l'armée" read as one word
    return bool(rest) and rest[0] in phrases.government_nouns


def _with_compass_before(text: str, place: Place, pattern: re.Pattern[str]) -> Place:
    """A country after a compass word and "of" ("le nord du Mali", "l'est du Burkina Faso")
    takes the words into its span, as "northern Mali" does in English; it stays the country."""
    if place.feature != "country":
        return place
    found = pattern.search(text, max(0, place.start - 30), place.start)
    if found is None:
        return place
    return place.model_copy(update={"text": text[found.start() : place.end], "start": found.start()})


def _country_anaphora(text: str, places: list[Place], gazetteer: Gazetteer) -> list[Place]:
    """ "The north of the country": the country of the places just before it."""
    found: list[Place] = []
    for match in _COUNTRY_PART.finditer(text):
        if any(p.start < match.end() and match.start() < p.end for p in places):
            continue
        before = [p for p in places if p.end <= match.start() and p.country]
        if not before:
            continue
        # The country most spoken of so far, the latest on a tie.
        counts: dict[str, int] = {}
        for place in before:
            counts[place.country] = counts.get(place.country, 0) + 1  # type: ignore[index]
        latest = {p.country: i for i, p in enumerate(before)}
        code = max(counts, key=lambda c: (counts[c], latest[c]))
        country = gazetteer.country(code)
        if country is None:
            continue
        entry = country.entry
        found.append(
            Place(
                text=match.group(),
                start=match.start(),
                end=match.end(),
                name=country.name,
                geonames_id=country.geonames_id,
                lat=entry.lat,
                lon=entry.lon,
                country=country.iso3,
                feature="country",
            )
        )
    return found


def country_place(code: str, named: Place, gazetteer: Gazetteer | None = None) -> Place | None:
    """The country `code` (ISO alpha-3) as a place, its span `named`'s (the town or district
    it is known by: "Omdurman" for Sudan in a report that never names Sudan); None when
    the gazetteer (by default `Gazetteer.default()`) does not know it."""
    country = (gazetteer or Gazetteer.default()).country(code)
    if country is None:
        return None
    return Place(text=named.text, start=named.start, end=named.end, name=country.name,
                 geonames_id=country.geonames_id, lat=country.entry.lat, lon=country.entry.lon,
                 country=country.iso3, feature="country")


def _merge_conjoined(text: str, entities: list[Entity], gazetteer: Gazetteer,
                     particles: frozenset[str] = frozenset()) -> list[Entity]:
    """ "Trinidad and Tobago", "Bosnia and Herzegovina": one name the model may split in two.

    So is a name split at a lower-case particle of names (`name_particles`: "Mocímboa da
    Praia", "[Province de Norte] de [Santander]"), where the gazetteer knows the whole
    name: it runs from the first word of the first part from which the gazetteer knows it.
    """
    merged: list[Entity] = []
    for entity in entities:
        if merged:
            previous = merged[-1]
            between = text[previous.end : entity.start]
            if between in (" and ", " & ") and text[previous.start : entity.end] in gazetteer:
                merged[-1] = Entity(
                    text=text[previous.start : entity.end], start=previous.start, end=entity.end, label=previous.label
                )
                continue
            if between[:1] == " " and between[-1:] == " " and between.strip() in particles:
                starts = [i for i in range(previous.start, previous.end)
                          if i == previous.start or text[i - 1] == " "]
                start = next((i for i in starts if text[i : entity.end] in gazetteer), None)
                if start is not None:
                    merged[-1] = Entity(text=text[start : entity.end], start=start, end=entity.end,
                                        label=previous.label)
                    continue
        merged.append(entity)
    return merged


def _names_an_institution(text: str, place: Place) -> bool:
    """The place is only part of an institution's name, and not where it is.

    "the Embassy of the Republic of Armenia" is not in Armenia; "Florida Atlantic
    University" is not in the ocean nor "the SM Mall of Asia" at the centre of a
    continent. A town or a state in the name ("University of Maiduguri", "Ohio State
    University") is where the institution is, and stays: gold sets such as LGL code the
    state there.
    """
    before = _NAME_BEFORE.search(text, max(0, place.start - 80), place.start)
    after = _NAME_AFTER.match(text, place.end)
    heads = [m.group("head").casefold() for m in (before, after) if m is not None]
    if any(head in _ELSEWHERE_HEADS for head in heads):
        return True
    return bool(heads) and place.feature in ("natural", "region")


@functools.lru_cache(maxsize=1)
def _lowercase_pattern() -> re.Pattern[str] | None:
    names = lowercase_names()
    if not names:
        return None
    words = "|".join(r"\s+".join(re.escape(w) for w in n.split()) for n in names)
    # led by the letters the names start with: the same matches, found faster
    led = first_letters_lookahead([n.split()[0] if n.split() else "" for n in names])
    return re.compile(rf"{led}(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE)


def _lowercase_phrases(text: str, toponyms: list[Entity], gazetteer: Gazetteer) -> list[Entity]:
    """`toponyms` with the gazetteer's curated names written in lower case, wherever they
    stand ("troops in the three-border area", "dans la zone des trois frontières"), which
    no recogniser or capitalised scan finds; such a name replaces the names it holds ("une
    île du lac Tchad" is the lake, not the country), never one that crosses it."""
    pattern = _lowercase_pattern()
    if pattern is None:
        return toponyms
    for match in pattern.finditer(text):
        if match.group() not in gazetteer:
            continue
        start, end = match.span()
        article = _LEADING_ARTICLE.match(match.group())
        if article is not None and article.end() < end - start:
            start += article.end()  # "the Sahel": the name is "Sahel", as the recogniser reads it
        crossing = [e for e in toponyms if e.start < end and start < e.end]
        if any(e.start < start or e.end > end for e in crossing):
            continue
        toponyms = [e for e in toponyms if e not in crossing]
        toponyms.append(Entity(text=text[start:end], start=start, end=end, label="LOC"))
    return sorted(toponyms, key=lambda e: (e.start, -e.end))


def _with_division_word(text: str, toponyms: list[Entity], phrases: PlacePhrases) -> list[Entity]:
    """A division's kind word right after a name the recogniser took alone joins it, as a
    hint for the geocoder: "in Manipur's Bishnupur district" is the district, not the town
    of the same name (the words demand a division; with no such division the town stays,
    but see `_areas_named_after`: "the Imphal valley", "the twin Imphal districts")."""
    pattern = phrases.division_kind_after
    if pattern is None:
        return toponyms
    joined: list[Entity] = []
    for index, entity in enumerate(toponyms):
        after = pattern.match(text, entity.end)
        following = toponyms[index + 1].start if index + 1 < len(toponyms) else len(text)
        if (after is not None and after.end() <= following and not _POSSESSIVE.search(entity.text)
                and phrases.kind_ending(entity.text) is None):
            entity = Entity(text=text[entity.start : after.end()], start=entity.start, end=after.end(),
                            label=entity.label)
        joined.append(entity)
    return joined


# The features a kind word after a name may demand of a division ("Kebbi State", "Bui Division").
_DIVISION_FEATURES = frozenset({"admin1", "admin2"})


# What a place named after a town may be: a town's, district's or region's name before a
# kind word of a natural feature names the area around it ("the Imphal valley").
_NAMESAKE_FEATURES = frozenset({"city", "admin2", "admin1"})


def _unheld_kind_before(text: str, start: int, phrases: PlacePhrases) -> str | None:
    """The kind word of a division the gazetteer holds at no level (`unheld_kinds`) that leads
    the span at `start`, before an "of" word ("arrondissement d'Akwaya"), folded; else None.
    Not after an ordinal: "le 18e arrondissement de Paris" is a part of the town, the town."""
    word = _LEADING_WORD.match(text, start)
    if word is None or word.group(1).casefold() not in phrases.unheld_kinds:
        return None
    if _ORDINAL_BEFORE.search(text, max(0, start - 12), start):
        return None
    after = text[word.end() : word.end() + 8].casefold().replace("\u2019", "'")
    if not any(after.startswith(of if of.endswith("'") else of + " ") for of in phrases.of_words):
        return None
    return word.group(1).casefold()


# A word (hyphens inside: "sous-préfecture") and the spaces after it.
_LEADING_WORD = re.compile(r"([^\W\d_]+(?:-[^\W\d_]+)*)\s*")
# A number written as an ordinal ("18e", "1er", "XVe") right before a word.
_ORDINAL_BEFORE = re.compile(r"\b(?:\d+|[IVXL]+)[^\W\d_]{1,3}\s+$")


def _areas_named_after(
    mentions: Sequence[Mention],
    resolutions: Sequence[Resolution | None],
    geocoder: Geocoder,
    phrases: PlacePhrases,
    countries: Collection[str],
    villages: Collection[str],
    text: str = "",
) -> dict[int, tuple[Resolution, Feature]]:
    """Mentions whose kind word after the name decides what they are, though the gazetteer
    holds the name only as something else; by index, the namesake's resolution (its point,
    country and division) and the feature the words demand (the kind word before the name,
    in `text`, as French writes it: "l'arrondissement de X", a division named after its chief
    town that GeoNames holds at no level, is the division at the town's point, not the town):
    - a natural feature's word ("the Imphal valley", "the Benue river") with no such feature
      known: the area named after the town or division, feature "natural", never the town;
    - a division's word in the plural ("the twin Imphal districts": Imphal East and West)
      where the name reads only as a town: the divisions around it, at their level, never
      the town (a single "X district" with no such division stays the town);
    - the word of a division the gazetteer holds at no level (`unheld_kinds`: "Kanbalu
      Township"), singular too: the division named after the town, at its level, not the town;
    - a second-level division's word ("le département de Mora", "X department") where the
      story's countries hold no such division of that name, only a division abroad or none:
      the town of the story's countries the division is named after, the town (a district
      named for its chief town, which the gazetteer holds as the town only).
    """
    areas: dict[int, tuple[Resolution, Feature]] = {}
    natural: list[int] = []
    towns: list[int] = []
    for index, (mention, resolution) in enumerate(zip(mentions, resolutions, strict=True)):
        kind = phrases.kind_ending(mention.text)
        if kind is None and text and phrases.unheld_kinds and resolution is not None \
                and resolution.entry.feature == "city" and _unheld_kind_before(text, mention.start, phrases):
            # Resolved as the town (the kind word's hint, so no division abroad named like it
            # wins), read as the division below the first level that is named after it.
            areas[index] = (resolution, "admin2")
            continue
        if mention.hint == "admin2" and countries and (resolution is None or resolution.entry.country not in countries):
            towns.append(index)
            continue
        if kind is None or mention.hint is None:
            continue
        if mention.hint == "natural" and resolution is None:
            natural.append(index)
        elif (mention.hint in ("admin1", "admin2") and resolution is not None and resolution.entry.feature == "city"
              and (phrases.plural_kind(kind) or kind in phrases.unheld_kinds)):
            areas[index] = (resolution, mention.hint)
    if natural or towns:
        # Resolved again, with the article's other names as context, without the hint
        # that keeps the namesake out.
        bare = [dataclasses.replace(m, hint=None) if i in natural or i in towns else m
                for i, m in enumerate(mentions)]
        again = geocoder.resolve(bare, countries, villages=villages)
        for index in natural:
            namesake = again[index]
            if namesake is not None and namesake.entry.feature in _NAMESAKE_FEATURES:
                areas[index] = (namesake, "natural")
        for index in towns:
            namesake = again[index]
            if namesake is not None and namesake.entry.feature == "city" and namesake.entry.country in countries:
                areas[index] = (namesake, "city")
    return areas


def _mention(text: str, entity: Entity, phrases: PlacePhrases, gazetteer: Gazetteer | None = None) -> Mention:
    start, end = entity.start, entity.end
    surface = text[start:end]
    # "Mali's", "the Sahel's": the possessive is not part of the name.
    possessive = _POSSESSIVE.search(surface)
    if possessive and len(surface) > 3:
        surface = surface[: possessive.start()]
        end = start + len(surface)
    lookup = surface
    direction = _DIRECTION.search(text, max(0, start - 24), start)
    if direction is not None and direction.end() == start:
        start = direction.start()
    hint: Feature | None = None
    name = lookup
    kind = phrases.kind_ending(lookup)
    if kind is not None:
        hint = phrases.kind_after[kind]
        name = lookup[: len(lookup) - len(kind)].rstrip()
    else:
        led = _kind_before_at(lookup, phrases)
        if led is not None:
            hint, name = led
    if hint is None and phrases.kind_before_outside:
        start, hint = _kind_before_outside(text, start, phrases)
    settlement = False
    if hint is None and phrases.settlement_after:
        head, _, last = name.rpartition(" ")
        if (head and last in phrases.settlement_after
                and _names_the_settlement(text, start, end, head, gazetteer, phrases)):
            settlement, name = True, head
    if gazetteer is not None:
        name = _without_direction(name, gazetteer)
    point = settlement or (phrases.point_before is not None and phrases.point_before.search(
        text, max(0, entity.start - 40), entity.start) is not None)
    return Mention(text=lookup, start=start, end=end, name=name, hint=hint, point=point, settlement=settlement)


def _kind_before_at(span: str, phrases: PlacePhrases) -> tuple[Feature, str] | None:
    """A kind word that leads a span ("province du Namentenga"): the feature it demands and the
    name after it. An elided "de" joins the name without a space ("la base d'Ouallam", with
    either apostrophe)."""
    lowered = span.casefold().replace("\u2019", "'")
    for joined, feature in _kind_leads(phrases).get(lowered[:1], ()):
        if lowered.startswith(joined) and len(lowered) > len(joined):
            return feature, span[len(joined) :].lstrip()
    return None


@functools.lru_cache(maxsize=8)
def _kind_leads(phrases: PlacePhrases) -> dict[str, tuple[tuple[str, Feature], ...]]:
    """The kind words that may lead a span (`_kind_before_at`), each as it joins the name
    ("province " , "base d'"), by their first letter and in the phrases' order: a span is
    compared with those that start as it does only (it runs for every entity)."""
    leads: dict[str, list[tuple[str, Feature]]] = {}
    for prefix, feature in phrases.kind_before.items():
        joined = prefix if prefix.endswith("'") else prefix + " "
        leads.setdefault(joined[:1], []).append((joined, feature))
    return {first: tuple(words) for first, words in leads.items()}


def _names_the_settlement(
    text: str, start: int, end: int, name: str, gazetteer: Gazetteer | None, phrases: PlacePhrases
) -> bool:
    """Whether "<name> town" (a settlement's word after a name) is the town of that name:
    not a place that holds it ("a Kano village", "the Niger town of Diffa", "the Mali
    town": an indefinite article before, "of" after, or a country's name)."""
    if (phrases.of_after is not None and phrases.of_after.match(text, end)) or (
            phrases.indefinite_before is not None and phrases.indefinite_before.search(text, max(0, start - 8), start)):
        return False
    return gazetteer is None or not any(e.feature == "country" for e in gazetteer.lookup(name))


_TRAILING_PUNCTUATION = re.compile(r"[\s,;:]+$")


def _trimmed(entity: Entity) -> Entity:
    """The entity without the comma the recogniser sometimes takes in ("Timbuktu," before
    ", Mali"): a name never ends on one."""
    trailing = _TRAILING_PUNCTUATION.search(entity.text)
    if trailing is None or trailing.start() == 0:
        return entity
    return entity.model_copy(update={"text": entity.text[: trailing.start()],
                                     "end": entity.end - (len(entity.text) - trailing.start())})


def _facility_tail(entity: Entity, phrases: PlacePhrases, lowercased: bool) -> Entity:
    """A place the recogniser took with the common noun of a building or a site before it
    ("palais présidentiel de Mogadiscio", "the central prison of Kaloum"): the capitalised
    name after the last "of" word (`of_words`) is the place; the lower-case head is no name
    and would hide it. Only in ordinary text, for a span that opens in lower case."""
    if lowercased or not entity.text[:1].islower() or _kind_before_at(entity.text, phrases) is not None:
        return entity  # "arrondissement de Sindian", "province du Bam": a division, read with its kind
    if entity.text.replace("\u2019", "'").split(" ")[0].casefold() in phrases.locative_nouns:
        return entity  # "île de Choua", "camp de Kwala": a place's own kind, read by `_mention`
    return _tail_after_of(entity, phrases) or entity


def _tail_after_of(entity: Entity, phrases: PlacePhrases) -> Entity | None:
    """The capitalised name after the last "of" word (`of_words`) of the entity's span
    ("palais présidentiel de [Mogadiscio]", "aéroport d'[Abidjan]"), if one is."""
    words = entity.text.replace("\u2019", "'").split(" ")
    elided = tuple(w for w in phrases.of_words if w.endswith("'"))  # "l'aéroport d'Abidjan"
    for k in range(len(words) - 1, 0, -1):
        word, tail = words[k], None
        if words[k - 1].casefold() in phrases.of_words and word[:1].isupper():
            tail = " ".join(words[k:])
        elif (prefix := next((e for e in elided if word.casefold().startswith(e)), None)) is not None \
                and word[len(prefix) :][:1].isupper():
            tail = " ".join([word[len(prefix) :], *words[k + 1 :]])
        if tail is not None:
            return entity.model_copy(update={"text": tail, "start": entity.end - len(tail)})
    return None


def _institutions_towns(
    text: str, entities: Sequence[Entity], gazetteer: Gazetteer, phrases: PlacePhrases, lowercased: bool,
) -> list[Entity]:
    """The town ending an institution's name that the recogniser read as an organisation's
    or a person's, from or after the facility's lower-case noun (`facility_before`:
    "[université Cheikh Anta Diop de Dakar]", "l'université [Joseph Ki-Zerbo de
    Ouagadougou]"): the capitalised name after the last "of" word, when the gazetteer knows
    it, is where the institution stands, as `_facility_tail` reads it in a place's span."""
    if lowercased or not phrases.facility_before:
        return []
    found = []
    for entity in entities:
        if entity.label not in MISLABELS:
            continue
        first = entity.text.split(" ", 1)[0]
        if not (first.islower() and first in phrases.facility_before) \
                and not _facility_name(text, entity, phrases):
            continue
        tail = _tail_after_of(_trimmed(entity), phrases)
        if tail is not None and _is_safe_term(gazetteer, tail.text):
            found.append(tail.model_copy(update={"label": "GPE"}))
    return found


_WORD_BEFORE = re.compile(r"(\w[\w-]*)\s+$")


def _facility_name(text: str, entity: Entity, phrases: PlacePhrases) -> bool:
    """A name written right after the lower-case noun of a facility (`facility_before`: "la
    paroisse Saint-Benoît", "à l'hôtel Byblos", "le quartier Zaria"): the facility's own name,
    no place of the article, whatever namesake the gazetteer holds."""
    if not phrases.facility_before:
        return False
    before = _WORD_BEFORE.search(text, max(0, entity.start - 40), entity.start)
    return before is not None and before.group(1).islower() and before.group(1) in phrases.facility_before


def _zone_name(text: str, entity: Entity, phrases: PlacePhrases) -> bool:
    """A town named for a clock's zone ("vers 10H15 (04H15 heure de Paris)", "at 10 a.m.
    (0700 Sanaa time)", "vers 7 heures (9 heures à Paris)"): when it is that hour there, not
    where anything happened."""
    return bool(
        (phrases.zone_before is not None and phrases.zone_before.search(text, max(0, entity.start - 20), entity.start))
        or (phrases.zone_after is not None and phrases.zone_after.match(text[entity.end : entity.end + 12]))
        or (phrases.zone_in_parenthesis is not None
            and phrases.zone_in_parenthesis.search(text[max(0, entity.start - 40) : entity.start]))
    )


def _capitalised_after_direction(name: str) -> bool:
    direction = _LEADING_DIRECTION.match(name)
    return direction is not None and name[direction.end() :][:1].isupper()


_OPENING_QUOTES = ('"', "\u00ab", "\u201c", "\u201e")
_CLOSING_QUOTES = ('"', "\u00bb", "\u201d")
_SPACES = " \u00a0\u202f"


def _a_thing_named(
    text: str, mention: Mention, resolution: Resolution | None, countries: Collection[str], phrases: PlacePhrases
) -> bool:
    """A town abroad (outside the article's countries, not a capital) named in quote marks
    ("quatre « Toyota » de l'armée") or after a word of the language that makes a name a
    thing ("une Toyota a sauté sur une mine") is a thing named after it, not a place."""
    if resolution is None or resolution.entry.feature != "city" or resolution.entry.country in countries:
        return False
    if resolution.entry.name.casefold() in capital_names():
        return False
    before = text[max(0, mention.start - 16) : mention.start].rstrip(_SPACES)
    after = text[mention.end : mention.end + 16].lstrip(_SPACES)
    if before.endswith(_OPENING_QUOTES) and after.startswith(_CLOSING_QUOTES):
        return True
    words = before.replace("\u2019", "'").split()
    return bool(words) and words[-1].split("'")[-1].casefold() in phrases.thing_determiners


_POSSESSED = re.compile(r"^(?:'s|\u2019s|'|\u2019)\s+$")


def _link_qualifiers(text: str, mentions: list[Mention], phrases: PlacePhrases) -> list[Mention]:
    """ "Athens, Ga.": a mention followed by ", " and another lies inside the other, and
    strictly so where the other's kind word says it is a division ("Maga, Kebbi State" is
    no Maga abroad: the division named beside a town chooses among its namesakes);
    "Boni in the Mopti region" strictly so (`PlacePhrases.inside_between`: "à Boma, dans la
    province du Lac" is no Boma abroad), as is a place with its kind word before "of" ("the
    Hisar region of Hakkari": `PlacePhrases.division_of`), and "Burkina Faso's Soum province"
    the other way."""
    linked = list(mentions)
    for i in range(len(mentions) - 1):
        m, n = mentions[i], mentions[i + 1]
        between = text[m.end : n.start]
        if between.strip() == "," and len(between) <= 3:
            # a bare name beside a division its kind word names ("Tennessee counties, Benton
            # County" is no town in a county)
            division = m.hint is None and n.hint in _DIVISION_FEATURES and n.name != n.text
            linked[i] = dataclasses.replace(m, inside=i + 1, strict=division)
        elif phrases.inside_between.match(between) or (
                # "in Kari, in Soum province": after a comma, only a division its kind word names
                # (", in Aleppo" may go on a list of towns)
                between.lstrip().startswith(",") and n.hint in _DIVISION_FEATURES and n.name != n.text
                and phrases.inside_between.match(between.lstrip()[1:])) or (
                phrases.division_of is not None and m.hint is not None and m.name != m.text
                and phrases.division_of.match(between)):
            # "Boni in the Mopti region"; "the Hisar region of Hakkari" (a kind word, then "of")
            linked[i] = dataclasses.replace(m, inside=i + 1, strict=True)
        elif _POSSESSED.match(between) and n.hint is not None:
            linked[i + 1] = dataclasses.replace(n, inside=i, strict=True)
    return linked


def _no_namesake_abroad(mentions: Sequence[Mention], resolutions: list[Resolution | None]) -> list[Resolution | None]:
    """A name put strictly inside a first- or second-level division, or a country, that holds
    no place of that name ("à Boma, dans la province du Lac", "Palma, située dans le nord-est
    du Mozambique": the geocoder leaves it unresolved) is the same unknown place wherever the
    article names it again ("la presqu'île de Boma", "se sont retirées de Palma"): not a
    namesake outside that division's country (Boma, DR Congo; Palma, Spain)."""
    unknown: dict[str, set[str]] = {}
    for mention, resolution in zip(mentions, resolutions, strict=True):
        if mention.strict and resolution is None and mention.inside is not None:
            container = resolutions[mention.inside]
            if container is not None and container.entry.country and container.entry.feature in (
                    "admin1", "admin2", "country"):
                unknown.setdefault(fold(mention.text), set()).add(container.entry.country)
    if not unknown:
        return resolutions
    return [None if r is not None and r.entry.country not in unknown.get(fold(m.text), {r.entry.country}) else r
            for m, r in zip(mentions, resolutions, strict=True)]


def _place(
    text: str,
    mention: Mention,
    resolution: Resolution | None,
    gazetteer: Gazetteer,
    keep_unresolved: bool,
    role: PlaceRole | None = None,
) -> Place | None:
    span = text[mention.start : mention.end]
    if resolution is None:
        if not keep_unresolved:
            return None
        feature = mention.hint or "site"
        return Place(text=span, start=mention.start, end=mention.end, name=mention.text, feature=feature, role=role)
    return place_of_entry(span, mention.start, mention.end, resolution.entry, gazetteer, role)
