"""A part of a country told by the compass ("northern Mali", "le nord du Niger"): `country_part`.
"""

from __future__ import annotations

import re

from tessera.records import Place
from tessera.resolve.gazetteer import (
    Gazetteer,
)

_COMPASS = r"(?:far[- ])?(?:(?:north|south)(?:[- ]?(?:east|west))?|east|west|centre|center)"
_COUNTRY_PART = re.compile(  # led by the letters it can start with ("the", a compass word, "country")
    rf"(?=[cefnstw])\b(?:the\s+)?(?:{_COMPASS}\s+of\s+the\s+country"
    rf"|{_COMPASS}(?:ern)?\s+(?:part|region|regions|parts)\s+of\s+the\s+country"
    rf"|country(?:'s|\u2019s)\s+{_COMPASS}(?:ern)?(?:\s+(?:region|regions|part))?)\b",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------- parts of countries

_LEADING_DIRECTION = re.compile(
    r"^(?:the\s+)?(?:far[- ])?(?:(?:north|south)(?:[- ]?(?:east|west))?|east|west)(?:ern)?\s+|^central\s+",
    re.IGNORECASE,
)


# Compass words of other languages, in English ("le sud-ouest du Niger").
_COMPASS_WORDS = {"nord": "north", "sud": "south", "est": "east", "ouest": "west", "extrême": "far"}
_FOREIGN_COMPASS = re.compile(
    r"^(?:le\s+|l['\u2019]|l['\u2019]extr[êe]me[- ])?(?:nord|sud|est|ouest|centre|extr[êe]me[- ]nord)"
    r"(?:-(?:est|ouest))?\s+(?:du|de\s+la|de\s+l['\u2019]|des)\s*",
    re.IGNORECASE,
)


def _compass(words: str) -> tuple[int, int] | None:
    """(north, east) of a compass word: "south-western" (-1, -1), "northern" (1, 0),
    "central", "the centre of" (0, 0), French "sud-ouest" (-1, -1); None without one."""
    lowered = " ".join(_COMPASS_WORDS.get(w, w) for w in re.split(r"[\s\-]+", words.casefold()))
    north = 1 if "north" in lowered else -1 if "south" in lowered else 0
    east = 1 if "east" in lowered else -1 if "west" in lowered else 0
    if north == 0 and east == 0 and not re.search(r"\bcent(?:re|er|ral)\b", lowered):
        return None
    return north, east


def country_part(place: Place, gazetteer: Gazetteer | None = None) -> Place | None:
    """The part of a country a compass word names, as an incident's place: "southwest Niger",
    "northern Togo", "the north of the country" are a region of the country (the real-news
    annotations' precision for them), its point the mean of the country's towns in that
    third of it (`Gazetteer.country_part`); the name and GeoNames id stay the country's.

    The toponym itself stays the country (`extract_places`: gold place sets point
    "northern Mali" at Mali); only the incident that happens there takes the part. None
    when `place` is no country named with a compass word ("South Sudan" is a name), or
    the country is too small to split.
    """
    if place.feature != "country" or place.country is None:
        return None
    gazetteer = gazetteer or Gazetteer.default()
    direction = _LEADING_DIRECTION.match(place.text) or _FOREIGN_COMPASS.match(place.text)
    if direction is not None and place.text[direction.end() :].strip() and place.text not in gazetteer:
        compass = _compass(direction.group())
    elif _COUNTRY_PART.fullmatch(place.text):
        compass = _compass(place.text)
    else:
        return None
    country = gazetteer.country(place.country)
    point = gazetteer.country_part(country.iso2, *compass) if country is not None and compass else None
    if point is None:
        return None
    return place.model_copy(update={"lat": round(point[0], 5), "lon": round(point[1], 5), "feature": "region"})
