"""Places given by distance and bearing ("40 km north of Gao": `offset_points`, `far_references`)
and towns misspelt by one letter.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections.abc import Sequence

from tessera.extraction.places.compass import (
    _compass,
)
from tessera.extraction.places.nesting import (
    _sentence_words,
)
from tessera.extraction.places.phrases import (
    GROUPED_THOUSANDS,
    MISLABELS,
    PlacePhrases,
)
from tessera.parse import (
    ParsedArticle,
)
from tessera.records import Entity, Place
from tessera.resolve.gazetteer import (
    fold,
)

# A misspelt town (`_misspelt_towns`) is this long at least: a short name one letter off
# another is as likely another name.
MISSPELT_MIN_LENGTH = 6


def _misspelt_towns(
    parsed: ParsedArticle, places: Sequence[Place], entities: Sequence[Entity], phrases: PlacePhrases,
) -> list[Place]:
    """An unknown capitalised word right after a locative preposition ("A Bougouanou, des
    commerces ont été pillés") one letter off a town the article names and resolves
    (Bongouanou), or with two letters swapped: that town, misspelt. Not a word the
    recogniser named a person or an organisation, nor one of fewer than MISSPELT_MIN_LENGTH
    letters."""
    if parsed.is_lowercased:
        return []
    towns: dict[str, Place] = {}
    for place in places:
        if place.feature == "city" and place.role is None and place.geonames_id is not None \
                and len(place.text) >= MISSPELT_MIN_LENGTH and " " not in place.text:
            towns.setdefault(place.text, place)
    if not towns:
        return []
    prepositions = {fold(w) for w in phrases.locative_prepositions}
    taken = [(p.start, p.end) for p in places] + [(e.start, e.end) for e in entities if e.label in MISLABELS]
    found: list[Place] = []
    for sentence in parsed.sentences:
        # The words' texts as read once a sentence for the scan (`_sentence_words`): asking
        # each token for its text again makes a new string each time.
        texts = _sentence_words(sentence).texts
        for k in range(1, len(texts)):
            word = texts[k]
            if len(word) < MISSPELT_MIN_LENGTH or not word[:1].isupper() or not word[1:].islower() \
                    or word in towns or fold(texts[k - 1]) not in prepositions:
                continue
            start, end = sentence.offsets(sentence.tokens[k])
            if any(s < end and start < e for s, e in taken):
                continue
            town = next((t for name, t in towns.items() if _one_edit(word, name)), None)
            if town is not None:
                found.append(town.model_copy(update={"text": word, "start": start, "end": end}))
    return found


def _one_edit(a: str, b: str) -> bool:
    """`a` and `b` differ by one letter put in, left out or changed, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
    if len(a) < len(b):
        return a[i:] == b[i + 1 :]
    return a[i + 1 :] == b[i + 1 :] or (i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i]
                                        and a[i + 2 :] == b[i + 2 :])


# A point this far or farther from the named place is a bearing, not a locality near it
# ("400 kilometres north of the capital"): the name keeps its own point.
MAX_OFFSET_KM = 150.0
# Features whose point is a locality's, which a distance and a compass word can move.
_OFFSET_FEATURES = frozenset({"city", "admin2", "site"})
# Features a distance in apposition may locate (`far_references`): a locality's, or a
# province's ("dans la province de Bubanza (25 km de Bujumbura)").
_APPOSED_FEATURES = _OFFSET_FEATURES | {"admin1"}


def offset_points(text: str, places: list[Place], phrases: PlacePhrases) -> list[Place]:
    """A distance and a compass word right before a town ("20km west of Shinkafi", "some
    10 kilometres (6 miles) north-east of the town of Gao", "à 65 km au nord-ouest de
    Tillia") put the point that far that way from the town: the place keeps its name and
    span, takes that point, and becomes a site (precision "town") with no GeoNames id
    (the point is no longer the town's). Beyond MAX_OFFSET_KM the name is a bearing and
    keeps its point; without a compass word ("22 km from Alindao") too."""
    pattern = phrases.distance_before
    if pattern is None:
        return places
    units = phrases.distance_unit
    moved: list[Place] = []
    for place in places:
        match = None
        if place.feature in _OFFSET_FEATURES and place.lat is not None and place.lon is not None \
                and _unit_within(units, text, max(0, place.start - 120), place.start):
            match = pattern.search(text, max(0, place.start - 120), place.start)
        compass = _compass(match.group("compass")) if match is not None else None
        if match is None or compass is None or compass == (0, 0):
            moved.append(place)
            continue
        if any(_APPOSED_DISTANCE.fullmatch(text, q.end, match.start()) for q in places
               if q.end <= match.start() and q.feature in _OFFSET_FEATURES and q.lat is not None and q.role is None):
            # "in Tillia, about 65 km north of Tahoua": the distance says where the town just
            # named lies, not where a site off Tahoua is.
            moved.append(place)
            continue
        unit = phrases.distance_units.get(match.group("unit").casefold(), 1.0)
        number = match.group("number")
        # "1,200 km" is twelve hundred, "1,5 km" (French) one and a half.
        number = _digits(number)
        distance = float(number) * unit
        if not 0 < distance < MAX_OFFSET_KM:
            moved.append(place)
            continue
        north, east = compass
        norm = math.hypot(north, east)
        lat = place.lat + distance * north / norm / KM_PER_DEGREE  # type: ignore[operator]
        lon = place.lon + distance * east / norm / (KM_PER_DEGREE * math.cos(math.radians(place.lat)))  # type: ignore[arg-type,operator]
        moved.append(place.model_copy(update={"lat": round(lat, 5), "lon": round(lon, 5), "feature": "site",
                                              "geonames_id": None}))
    return moved


# A name this far or farther from where something happened is a bearing ("à environ 300 km
# au sud-est de Nouakchott"), not the place of an event told beside another place.
BEARING_KM = 50.0


def far_references(text: str, places: Sequence[Place], phrases: PlacePhrases) -> set[int]:
    """The starts of the places named as the far end of a distance of BEARING_KM or more
    ("A Boghé, à environ 300 km au sud-est de Nouakchott", "à une centaine de kilomètres
    de la capitale Port-au-Prince"), or at any distance when it says where a town just
    named lies ("Zaouïa, située à quelque 45 km à l'ouest de Tripoli"): where the distance
    is measured from, not where anything happened. Also the towns named as a bearing for the
    town before them ("in Beoumi, near Bouake": `_bearings`). A town `offset_points` moved (a
    distance and a compass word within MAX_OFFSET_KM: now a site at that point) is no
    reference: its point is the event's."""
    return set(bearing_references(text, places, phrases)[0])


def bearing_references(text: str, places: Sequence[Place],
                       phrases: PlacePhrases) -> tuple[frozenset[int], dict[int, float]]:
    """`far_references` and `distant_references` from one reading of the text's distances, for
    a stage that needs both (assemble)."""
    apposed, distant = _distance_references(text, places, phrases)
    return frozenset(apposed | set(distant) | _bearings(text, places, phrases)), distant


def distant_references(text: str, places: Sequence[Place], phrases: PlacePhrases) -> dict[int, float]:
    """The places named as the far end of a distance of BEARING_KM or more that locates no
    place the text names ("à Ngouroundou, 600 km au nord-est de la capitale Bangui", where
    the gazetteer holds no Ngouroundou), by start, with that distance in kilometres: an
    incident placed at such a town is only known to lie that far from it (assemble
    `_incident`)."""
    return _distance_references(text, places, phrases)[1]


def _distance_references(text: str, places: Sequence[Place],
                         phrases: PlacePhrases) -> tuple[set[int], dict[int, float]]:
    """`far_references`' distances: the starts of the places a distance in apposition to a
    place just named is measured from (any distance), and the places a distance of BEARING_KM
    or more is measured from otherwise, with that distance."""
    pattern = phrases.distance_from
    if pattern is None:
        return set(), {}
    units = phrases.distance_unit
    apposed: set[int] = set()
    distant: dict[int, float] = {}
    for place in places:
        if place.feature == "site" and place.geonames_id is None:
            continue
        if not _unit_within(units, text, max(0, place.start - 120), place.start):
            continue
        match = pattern.search(text, max(0, place.start - 120), place.start)
        if match is None:
            continue
        if any(_APPOSED_DISTANCE.fullmatch(text, q.end, match.start()) for q in places
               if q.end <= match.start() and q.feature in _APPOSED_FEATURES and q.lat is not None):
            # "Zaouïa, située à quelque 45 km à l'ouest de Tripoli", "dans la province de
            # Bubanza (25 km de Bujumbura)": the distance locates the town or province just named
            apposed.add(place.start)
            continue
        number = match.group("number").casefold()
        # The longest collective the number starts with: "centaines" (200), not "centaine" (100).
        key = max((k for k in phrases.distance_collectives if number.startswith(k)), key=len, default=None)
        count = phrases.distance_collectives[key] if key is not None else None
        if count is None:
            number = _digits(number)
            try:
                count = float(number)
            except ValueError:
                continue
        kilometres = count * phrases.distance_units.get(match.group("unit").casefold(), 1.0)
        if kilometres >= BEARING_KM:
            distant[place.start] = kilometres
    return apposed, distant


def _unit_within(units: re.Pattern[str] | None, text: str, start: int, end: int) -> bool:
    """Whether a unit of distance (`PlacePhrases.distance_unit`) stands in `text[start:end]`,
    the window a distance pattern is searched in: a match of the pattern holds one, so a
    window without one need not be searched (the full pattern tries every position of its
    window, and most windows before a place hold no distance). True without `units`.

    The units' matches over the whole text are read once (`_unit_spans`); a unit inside the
    window is found there, or lies inside a match found there, so a window that overlaps
    none of them holds none."""
    if units is None:
        return True
    starts, ends = _unit_spans(units, text)
    index = bisect.bisect_right(ends, start)  # the first match that ends inside or after the window
    return index < len(starts) and starts[index] < end


@functools.lru_cache(maxsize=16)  # an article's text, asked of by each stage that reads its distances
def _unit_spans(units: re.Pattern[str], text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The starts and the ends of `units`' matches in `text`, in order (they do not overlap)."""
    spans = [match.span() for match in units.finditer(text)]
    return tuple(s for s, _ in spans), tuple(e for _, e in spans)


def _bearings(text: str, places: Sequence[Place], phrases: PlacePhrases) -> set[int]:
    """The starts of the towns named as a bearing for a town of the same country just
    before them ("in Beoumi, near Bouake", "à Siguiri, non loin de la ville de Kankan"):
    the words say where the first town lies; what happened there happened in it."""
    pattern = phrases.bearing_before
    if pattern is None:
        return set()
    found: set[int] = set()
    for place in places:
        if place.feature not in _OFFSET_FEATURES:
            continue
        match = pattern.search(text, max(0, place.start - 60), place.start)
        if match is not None and any(
                q.end <= match.start() and not text[q.end : match.start()].strip() and q.country == place.country
                and q.feature in _OFFSET_FEATURES and q.lat is not None and q.role is None for q in places):
            found.add(place.start)
    return found


def _digits(number: str) -> str:
    """A distance's number as float() reads it: "1,200" and "1 200" (grouped thousands) are
    twelve hundred, "1,5" (French) one and a half."""
    if GROUPED_THOUSANDS.fullmatch(number):
        return re.sub(r"[, \u00a0\u202f]", "", number)
    return number.replace(",", ".")
# Between a town and a distance in apposition to it: a comma or an opening bracket and at
# most three lower-case words ("Tillia, about 65 km north of", "Zaouïa, située à quelque 45
# km à l'ouest de", "Sikensi (quelque 60 kilomètres au nord-ouest d'Abidjan)").
_APPOSED_DISTANCE = re.compile(r"\s*[,(\[]\s*(?:[a-zà-ÿ]+\s+){0,3}")
# Kilometres in a degree of latitude (and of longitude at the equator).
KM_PER_DEGREE = 111.195
