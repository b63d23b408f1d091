"""Places: toponyms of an article, each resolved to a GeoNames point.

Input: the parsed article, its entities (from `extraction.entities`, already corrected
by the gazetteer's phrase matcher) and a `Gazetteer`. Output: `list[Place]` in text
order. Next: `extraction.events` takes an event's location from these places.

What counts as a toponym: entities labelled GPE, LOC or FAC, and entities the model
labelled otherwise (PERSON, ORG, PRODUCT...) whose text is a name the gazetteer says is
safe to read as a place anywhere ("Mali" tagged PERSON). Demonyms (NORP: "Nigerien",
"Malian") are not places.

The words around a name shape the mention (see `tessera.resolve.geocoder.Mention`):
- a direction before it ("northern Mali", "south-eastern Niger") joins the span; the
  place stays the one named, with its own feature and point: "northern Mali" is Mali,
  feature "country". A point for "the north of Mali" would be a guess, and the span
  keeps the words for a reader;
- a kind word after it ("Borno State", "Clarke County", "Niger River", "Tillaberi
  region") or before it ("Lake Chad", "River Niger") is a hint the feature must agree
  with;
- "Athens, Ga." or "Gao, Mali": the first lies inside the second;
- "the north of the country", "the country's east": the country the article has
  spoken of most until then (feature "country", the span keeps the words).
Names the gazetteer does not know are left out: a place with no point misleads a map
more than a missing one (pass `keep_unresolved=True` to keep them, feature "site").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from tessera.parse import ParsedArticle
from tessera.records import Entity, Feature, Place
from tessera.resolve.gazetteer import Gazetteer, GazetteerEntry, fold
from tessera.resolve.geocoder import Geocoder, Mention, Resolution

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Labels the small model gives place names it does not know; such an entity is a place
# only when its whole text is a gazetteer matcher term.
MISLABELS = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})

_DIRECTION = re.compile(
    r"(?:\b(?:(?:north|south)(?:[- ]?(?:east|west))?|east|west)(?:ern)?|\bcentral|\bfar[- ](?:north|south|east|west))"
    r"\s+$",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)$")

# Kind words after a name and the feature they demand.
_SUFFIX_HINTS: dict[str, Feature] = {
    "county": "admin2",
    "parish": "admin2",
    "borough": "admin2",
    "district": "admin2",
    "state": "admin1",
    "province": "admin1",
    "region": "admin1",
    "governorate": "admin1",
    "prefecture": "admin1",
    "department": "admin1",
    "oblast": "admin1",
    "territory": "admin1",
    "river": "natural",
    "lake": "natural",
    "mountains": "natural",
    "mountain": "natural",
    "desert": "natural",
    "forest": "natural",
    "valley": "natural",
    "sea": "natural",
    "ocean": "natural",
    "island": "natural",
    "islands": "natural",
    "bay": "natural",
    "gulf": "natural",
    "basin": "natural",
    "park": "site",
    "reserve": "site",
}
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

_PREFIX_HINTS: dict[str, Feature] = {
    "lake": "natural",
    "river": "natural",
    "mount": "natural",
    "mt": "natural",
    "gulf of": "natural",
    "bay of": "natural",
    "sea of": "natural",
    "isle of": "natural",
}


def extract_places(
    parsed: ParsedArticle,
    entities: Sequence[Entity],
    gazetteer: Gazetteer,
    *,
    geocoder: Geocoder | None = None,
    keep_unresolved: bool = False,
    country_anaphora: bool = True,
) -> list[Place]:
    """Every toponym of the article, resolved with the whole article as context.

    With `country_anaphora`, a part of "the country" ("the north of the country",
    "the country's east") is a place too: the country the article has spoken of most
    until then.
    """
    text = parsed.text
    geocoder = geocoder or _geocoder(gazetteer)
    toponyms = sorted(
        (e for e in entities if e.label in PLACE_LABELS or (e.label in MISLABELS and _is_safe_term(gazetteer, e.text))),
        key=lambda e: (e.start, -e.end),
    )
    toponyms = _merge_conjoined(text, _drop_nested(toponyms), gazetteer)
    if not parsed.is_lowercased:
        # In ordinary text a name is capitalised: "metro", "gulf" in lower case are nouns.
        toponyms = [e for e in toponyms if e.text[:1].isupper() or e.text[:4].casefold() == "the "]
    mentions = [_mention(text, e) for e in toponyms]
    mentions = _link_qualifiers(text, mentions)
    resolutions = geocoder.resolve(mentions)
    places = []
    for mention, resolution in zip(mentions, resolutions, strict=True):
        place = _place(text, mention, resolution, gazetteer, keep_unresolved)
        if place is not None and not _names_an_institution(text, place):
            places.append(place)
    if country_anaphora:
        places = sorted(places + _country_anaphora(text, places, gazetteer), key=lambda p: p.start)
    return places


@functools.lru_cache(maxsize=4)
def _geocoder(gazetteer: Gazetteer) -> Geocoder:
    return Geocoder(gazetteer)


@functools.lru_cache(maxsize=4)
def _safe_terms(gazetteer: Gazetteer) -> frozenset[str]:
    return frozenset(fold(surface) for surface, _ in gazetteer.matcher_terms())


def _is_safe_term(gazetteer: Gazetteer, surface: str) -> bool:
    return bool(surface[:1].isupper()) and fold(surface) in _safe_terms(gazetteer)


def _drop_nested(entities: list[Entity]) -> list[Entity]:
    kept: list[Entity] = []
    for entity in entities:
        if kept and entity.start < kept[-1].end:
            continue  # overlaps the longer, earlier one
        kept.append(entity)
    return kept


_COMPASS = r"(?:far[- ])?(?:(?:north|south)(?:[- ]?(?:east|west))?|east|west|centre|center)"
_COUNTRY_PART = re.compile(
    rf"\b(?:the\s+)?(?:{_COMPASS}\s+of\s+the\s+country"
    rf"|{_COMPASS}(?:ern)?\s+(?:part|region|regions|parts)\s+of\s+the\s+country"
    rf"|country(?:'s|\u2019s)\s+{_COMPASS}(?:ern)?(?:\s+(?:region|regions|part))?)\b",
    re.IGNORECASE,
)


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


def _merge_conjoined(text: str, entities: list[Entity], gazetteer: Gazetteer) -> list[Entity]:
    """ "Trinidad and Tobago", "Bosnia and Herzegovina": one name the model may split in two."""
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


def _mention(text: str, entity: Entity) -> Mention:
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
    words = lookup.split()
    if len(words) > 1 and words[-1].casefold() in _SUFFIX_HINTS:
        hint = _SUFFIX_HINTS[words[-1].casefold()]
        name = " ".join(words[:-1])
    else:
        lowered = lookup.casefold()
        for prefix, feature in _PREFIX_HINTS.items():
            if lowered.startswith(prefix + " ") and len(lowered) > len(prefix) + 1:
                hint = feature
                name = lookup[len(prefix) + 1 :]
                break
    return Mention(text=lookup, start=start, end=end, name=name, hint=hint)


def _link_qualifiers(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Athens, Ga.": a mention followed by ", " and another lies inside the other."""
    linked = list(mentions)
    for i in range(len(mentions) - 1):
        between = text[mentions[i].end : mentions[i + 1].start]
        if between.strip() == "," and len(between) <= 3:
            m = mentions[i]
            linked[i] = Mention(m.text, m.start, m.end, m.name, m.hint, inside=i + 1)
    return linked


def _place(
    text: str,
    mention: Mention,
    resolution: Resolution | None,
    gazetteer: Gazetteer,
    keep_unresolved: bool,
) -> Place | None:
    span = text[mention.start : mention.end]
    if resolution is None:
        if not keep_unresolved:
            return None
        return Place(text=span, start=mention.start, end=mention.end, name=mention.text, feature=mention.hint or "site")
    entry: GazetteerEntry = resolution.entry
    country = gazetteer.country(entry.country)
    admin1 = entry.name if entry.feature == "admin1" else gazetteer.admin1_name(entry.admin1)
    return Place(
        text=span,
        start=mention.start,
        end=mention.end,
        name=entry.name,
        geonames_id=entry.geonames_id,
        lat=round(entry.lat, 5),
        lon=round(entry.lon, 5),
        country=country.iso3 if country else None,
        admin1=admin1,
        feature=entry.feature,
    )
