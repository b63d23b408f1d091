"""An incident's fields from its mentions (`_incident`): the most specific place tied to it, the most
precise date stated, the toll stated first, its sides.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Collection, Mapping

from tessera.assemble.dates import (
    _FALLBACK_DAYS,
    _best_actor,
)
from tessera.assemble.links import (
    _LEAD_COARSE_FEATURES,
    _LOCALITY_FEATURES,
    _bounded,
    _lower_bound,
    _nearby_towns,
    _refers_back,
    _stated_toll,
    _tolls_agree,
)
from tessera.assemble.mentions import (
    _Draft,
    _Mention,
    _setting_act,
)
from tessera.dedupe import DedupeRules, value_window
from tessera.extraction.places import (
    LOCALITY_KM,
    POLITY_EVENT_TYPES,
    PlacePhrases,
    can_hold,
    country_part,
    is_national_capital,
    lies_inside,
    road_ends,
    sole_locality,
)
from tessera.extraction.places.nesting import DISTRICT_REACH_KM, REGION_REACH_KM
from tessera.records import (
    DateValue,
    GeoPrecision,
    Incident,
    IncidentEvidence,
    Place,
    geo_precision,
    make_id,
)
from tessera.resolve.gazetteer import distance_km, fold


def _incident(
    draft: _Draft,
    article_id: str,
    sentence_places: dict[int, list[Place]],
    rules: DedupeRules,
    exceeding: tuple[str, ...] = (),
    lower_bounds: tuple[str, ...] = (),
    speaker_types: frozenset[str] = frozenset(),
    names_site: Callable[[int], bool] = lambda index: False,
    upper_bounds: tuple[str, ...] = (),
    meeting_types: frozenset[str] = frozenset(),
    person_pronouns: frozenset[str] = frozenset(),
    far: frozenset[int] = frozenset(),
    aside: tuple[frozenset[int], frozenset[int], frozenset[str]] = (frozenset(), frozenset(), frozenset()),
    near_districts: bool = False,
    divisions: Mapping[int, Place] | None = None,
    telling_slack: int = 0,
    people_acts: frozenset[str] = frozenset(),
    phrases: PlacePhrases | None = None,
    text: str = "",
    lead: tuple[int, Place] | None = None,
    retold_finer: bool = False,
    distant: Mapping[int, float] | None = None,
    named_days: tuple[frozenset[str], frozenset[str], int] | None = None,
    day_acts: Mapping[int, frozenset[str]] | None = None,
) -> Incident:
    members = draft.members
    first = members[0]
    evidence: dict[str, str | None] = {}

    # Type: the act against people when the incident also tells acts against things
    # ("killed 30 villagers" beside "razed several houses": ASSAULT; "abducted students"
    # beside "stormed the school": COERCE); then the preferred type of a compatible
    # group (ASSAULT over COERCE), else the first told.
    types = [m.event.type for m in members if not _setting_act(m.event, person_pronouns, people_acts)] or [
        m.event.type for m in members
    ]
    event_type = types[0]
    for group in rules.compatible_types:
        present = [t for t in group if t in types]
        if present and event_type in group:
            event_type = present[0]
            break
    evidence["type"] = next(m.event.id for m in members if m.event.type == event_type)

    # `aside`: (destinations, captions' towns, the types a destination may place: a movement's end).
    gone_to, captions, moving = aside
    if event_type not in moving:
        far, own_aside = far | gone_to, gone_to | captions
    else:
        own_aside = captions
    ends = (road_ends(text, [p for found in sentence_places.values() for p in found], phrases)
            if phrases is not None else frozenset())
    location, location_from, at_dateline = _best_place(members, sentence_places, rules, event_type, names_site, far,
                                                        own_aside, near_districts, divisions, ends, retold_finer)
    if (lead is not None and location is not None and location.feature in _LEAD_COARSE_FEATURES
            and event_type not in POLITY_EVENT_TYPES and lies_inside(lead[1], location)
            and any(m.facts.sentence == lead[0] for m in members)):
        # A headline places the incident at the country ("Four killed in Cameroon
        # protests"); the lead that opens the story names the one town of it where it
        # happened ("... have died amid protests in Douala"): that town.
        location, at_dateline = lead[1], False
    evidence["location"] = location_from
    precision = (_measured_from_precision(location, distant) or _town_precision(location, phrases, text)
                 or geo_precision(location, dateline=at_dateline))

    # Starts of days told on an act of the article outside this incident ("The shooting,
    # condemned by rights groups on Sunday": the condemnation's day): no day it names.
    own = {m.event.id for m in members}
    taken = frozenset(start for start, acts in (day_acts or {}).items() if not acts & own)
    date, date_from = _best_date(members, telling_slack, named_days, taken)
    evidence["date"] = date_from

    fatalities = _best_toll(members, exceeding, lower_bounds, upper_bounds)
    injuries = next(((m.event.injuries, m.event.id) for m in members if m.event.injuries is not None), None)
    evidence["fatalities"] = fatalities[1] if fatalities else None
    evidence["injuries"] = injuries[1] if injuries else None

    actor, actor_from = _best_actor(members, "actor")
    recipient, recipient_from = _best_actor(members, "recipient")
    evidence["actor"], evidence["recipient"] = actor_from, recipient_from
    # A verbal act no mention says who did ("the attack was widely condemned", "calls
    # for calm grew") lacks the one participant such an act is: no incident to map.
    # Not a meeting that took place (`_meeting_held`): "Talks between the junta and the
    # bloc were held in Niamey on Monday" names no speaker, but it tells a meeting.
    unspoken = (
        (event_type in speaker_types or all(m.facts.unsaid for m in members))
        and actor is None
        and not (event_type in meeting_types and any(_meeting_held(m) for m in members))
        and not any(m.facts.enacted or m.facts.sourced for m in members)
    )

    return Incident(
        id=make_id(article_id, first.event.id, prefix="in-"),
        type=event_type,
        mode=first.event.mode,
        actor=actor,
        recipient=recipient,
        location=location,
        geo_precision=precision,
        date=date,
        fatalities=fatalities[0] if fatalities else None,
        injuries=injuries[0] if injuries else None,
        confidence=max(m.event.confidence for m in members),
        events=[m.event.id for m in members],
        context=draft.context or unspoken,
        evidence=IncidentEvidence(**evidence),
    )


def _measured_from_precision(place: Place | None, distant: Mapping[int, float] | None) -> GeoPrecision | None:
    """The precision of an incident placed at a locality a long distance is measured from
    (`distant`: `places.distant_references`, by start, in km): "à Ngouroundou, 600 km au
    nord-est de la capitale Bangui", the gazetteer holding no Ngouroundou, leaves the
    incident at Bangui for want of a place it holds. What happened there is only known to
    lie that far from the town: as a dateline's town stands for an unknown place in its
    region (`records.geo_precision`), the town stands for the area that distance reaches,
    its district within a district's reach (DISTRICT_REACH_KM: "à 50 km de Ménaka"), its
    region within a region's (REGION_REACH_KM), else its country. None for any other place:
    its feature's precision stands."""
    if place is None or not distant or place.start not in distant or place.feature not in _LOCALITY_FEATURES:
        return None
    kilometres = distant[place.start]
    return "district" if kilometres <= DISTRICT_REACH_KM else "region" if kilometres <= REGION_REACH_KM else "country"


def _town_precision(place: Place | None, phrases: PlacePhrases | None, text: str = "") -> GeoPrecision | None:
    """"town" for a district the words name bare, by the district's own name, with no kind
    word, where the language's news writes a district with one (`bare_districts_are_towns`:
    "the town of Bossaso", "the clashes in Curuguaty", the gazetteer holding only the
    district of that name): the town the district is named after, which the district's
    point stands for. Not a division whose own name carries its kind ("Kech District",
    "Département de Ouallam": the town goes by another name), nor words that differ from its
    name ("Dantewada" for "Dakshin Bastar Dantewada"), nor a dateline's or a speaker's place,
    nor a name after a division's kind word and "of" ("the province of Tapoa"), nor a name of a
    list that ends on a division's kind word (`text`, the article's: "in Imphal East, Bishnupur
    and Thoubal districts"). None otherwise: the feature's precision stands."""
    if (place is None or phrases is None or not phrases.bare_districts_are_towns or place.feature != "admin2"
            or place.role is not None or fold(place.text) != fold(place.name)):
        return None
    kinds = {phrase[0] for phrase in phrases.kind_phrases} | {k.split()[0] for k in phrases.kind_before}
    if phrases.kind_ending(place.name) is not None or kinds & set(fold(place.name).split()):
        return None
    division_of = phrases.division_of_before
    if division_of is not None and division_of.search(text[max(0, place.start - 60) : place.start]):
        return None  # "the province of Tapoa"
    return None if _listed_before_kind(text, place.end, phrases) else "town"


@functools.lru_cache(maxsize=4)
def _list_item(conjunctions: frozenset[str]) -> re.Pattern[str]:
    """One more name of a list after the name before it: a joiner (a comma, "and") and a
    capitalised name (`_listed_before_kind`)."""
    joiner = "|".join(re.escape(w) for w in sorted(conjunctions, key=len, reverse=True))
    name = r"[A-Z\u00C0-\u00DE][\w'\u2019-]*(?:[ \u00a0]+[A-Z\u00C0-\u00DE][\w'\u2019-]*)*"
    return re.compile(rf"(?:\s*(?:{joiner}))+\s*{name}")


def _listed_before_kind(text: str, end: int, phrases: PlacePhrases) -> bool:
    """Whether the name ending at `end` opens a list of names that ends on a division's kind
    word ("Imphal East[, Bishnupur, Thoubal and Kakching districts]"): the list says what
    kind of place each of its names is."""
    pattern = phrases.division_kind_after
    if pattern is None or not text:
        return False
    item = _list_item(phrases.conjunctions)
    position = end
    while (found := item.match(text, position)) is not None:
        position = found.end()
    return pattern.match(text, position) is not None


def _meeting_held(mention: _Mention) -> bool:
    """A meeting told as one that took place: its participants named by its own
    dependents (`MentionFacts.participants`), or a place and a day of its own (a day its
    sentence states for it and a place its sentence names, neither the dateline's nor
    lent to someone else: "Talks were held in Niamey on Monday")."""
    if mention.facts.participants:
        return True
    day = mention.date_stated and mention.date is not None and mention.date.precision == "day"
    place = mention.event.location is not None and not (
        mention.dateline or mention.place_lent or mention.place_inherited
    )
    return day and place


def _best_toll(
    members: list[_Mention], exceeding: tuple[str, ...], lower_bounds: tuple[str, ...] = (),
    upper_bounds: tuple[str, ...] = (),
) -> tuple[int, str] | None:
    """The toll stated for the incident, never a sum: the first stated; a strict bound
    ("more than 20 people dead", "over 20": a round figure) is refined by a later, larger
    toll that agrees with it ("21 civilians were killed", "at least 23"). A later toll
    that does not agree ("the rebels said at least 31 died in the attack", "one of the
    raiders was killed in the clash"), or that exceeds a figure stated as such ("killed
    at least 15 soldiers", then "al Shabaab said 21 were killed"), is another source's
    figure or a part of the toll. Without a toll stated in figures, the largest guessed
    one."""
    stated = [m for m in members if _stated_toll(m.event) is not None]
    # An upper bound ("up to 200") only where no other figure is stated.
    stated = [m for m in stated if not _bounded(m.event, upper_bounds)] or stated
    if not stated:
        guessed = [m for m in members if m.event.fatalities is not None]
        if not guessed:
            return None
        best = max(guessed, key=lambda m: (m.event.fatalities, -m.position))
        return best.event.fatalities or 0, best.event.id
    chosen = stated[0]
    for mention in stated[1:]:
        strict = _lower_bound(chosen.event, exceeding) > (chosen.event.fatalities or 0)
        if (
            strict
            and (mention.event.fatalities or 0) > (chosen.event.fatalities or 0)
            and _tolls_agree(chosen.event, mention.event, exceeding, lower_bounds)
        ):
            chosen = mention
    # A toll told as risen is the latest figure for the incident: the largest such wins.
    risen = [m for m in stated if m.raised_toll and (m.event.fatalities or 0) > (chosen.event.fatalities or 0)]
    if risen:
        chosen = max(risen, key=lambda m: (m.event.fatalities or 0, -m.position))
    return chosen.event.fatalities or 0, chosen.event.id


def _best_place(
    members: list[_Mention], sentence_places: dict[int, list[Place]], rules: DedupeRules,
    event_type: str | None = None, names_site: Callable[[int], bool] = lambda index: False,
    far: frozenset[int] = frozenset(),
    aside: frozenset[int] = frozenset(),
    near_districts: bool = False,
    divisions: Mapping[int, Place] | None = None,
    ends: frozenset[int] = frozenset(),
    retold_finer: bool = False,
) -> tuple[Place | None, str | None, bool]:
    """The most specific place tied to the incident; a dateline place only as a fallback.

    Tied: a mention's own location, or a place named in a mention's sentence that lies
    in a country one of the mentions gives (the sentence may name the site, the
    extraction the province). Not a town the parse gives to a speaker or an origin
    (`_participant_place`): a mention's own such town only where nothing else places it.
    Nor a place a long distance is measured from (`far`, starts of `far_references`), nor, even
    as a mention's own, a destination or a caption's town (`aside`, `places.aside_places`).
    `near_districts`: the language's places.yaml key of that name, for `sole_locality`.
    `divisions`: towns named as the division they are the seat of, by start ("the state of
    Guanajuato": `places.divisions_named`, each as that division); such a town gives way to a
    locality inside that division the incident's sentences name ("... in the city of Irapuato"),
    and is that division, not a town, where the incident placed only at a region takes the one
    locality the article names inside it (`sole_locality`: "in Katsina state ... the village lies
    in the Danmusa local government area of Katsina" stays in the division).
    `ends`: towns a road's compound joins (`places.road_ends`: "along the Kaduna-Abuja
    highway"); such a town gives way to a district or finer place of another of the
    incident's words ("... off the road in Kaduna state's Chikun local government").
    `retold_finer`: the language's assemble.yaml key `retold_town_finer`: a town nearby that a
    mention naming the incident back places it at comes before the town told first.
    """
    # (tier, rank, stated, own, order, place, mention id): at one precision, a locality a
    # mention's own sentence names comes before one the extraction carried over from the
    # sentences before (`_Mention.place_inherited`: "A Boghé, ... un manifestant a été tué"
    # over the capital a sentence with no place of its own inherited), and a place the
    # extraction gave a mention before one that only shares a mention's sentence.
    candidates: list[tuple[int, int, int, int, int, Place, str]] = []
    countries = {m.event.location.country for m in members if m.event.location and not m.dateline} - {None}
    order = 0
    for mention in members:
        own = mention.event.location
        if own is not None and not mention.dateline:
            # A speaker's or an origin's town the extraction gave the mention comes after
            # any place of the act itself.
            tier = 0 if own.start in mention.lent_places else 1
            # Only a locality: a country a sentence names is as often a party's ("Panama
            # suspended flights") as the setting the story inherited.
            stated = 2 if mention.site_restated else int(
                not mention.place_inherited or own.feature not in _LOCALITY_FEATURES)
            candidates.append((tier, rules.precision(own), stated, 1, -order, own, mention.event.id))
            order += 1
        for place in sentence_places.get(mention.facts.sentence, []):
            if place.start in mention.lent_places:
                continue
            if (place.country in countries and own is not None and place.start != own.start and place.role is None
                    and (own.feature not in ("admin1", "admin2") or lies_inside(place, own))):
                # Not a town outside the state or district the event names ("in the
                # Tillabéri region, security sources in Niamey said").
                candidates.append((1, rules.precision(place), 1, 0, -order, place, mention.event.id))
                order += 1
    if candidates:
        *_, place, source = max(candidates, key=lambda c: c[:5])
        # A natural feature of no one country (a sea, a desert: "Beijing's expansionism in the
        # South China Sea", "inland from the Caspian Sea") gives way to the place another
        # mention of the incident has in a country ("20 killed during rioting in Vietnam").
        # (Not a region of several countries, "the three-border area", which may be the site.)
        if place.country is None and place.feature == "natural":
            countried = [c for c in candidates if c[3] == 1 and c[5].country is not None and c[5].start not in far]
            if countried:
                *_, place, source = max(countried, key=lambda c: c[:5])
        # A town a long distance is measured from ("près de Wadikori, à environ 300 km au
        # nord-est de Niamey") is no finer place of the act; it gives way where what is left keeps the
        # country (a bearing dropped must not hand the incident another country's place).
        # A mention's own place stays unless it is one of `aside` (a destination, a caption's town).
        near = [c for c in candidates if c[5].start not in far or (c[3] == 1 and c[5].start not in aside)]
        if place.start in far and near:
            *_, other, other_source = max(near, key=lambda c: c[:5])
            if other.country == place.country:
                place, source = other, other_source
        # A road's end is where the road runs to, not where on it the act happened: any
        # other place of the incident's as fine as a district is nearer the site.
        off_road = [c for c in candidates if c[5].start not in ends and c[5].start not in far
                    and c[5].country == place.country and c[1] >= rules.precision_of("admin2")]
        if place.start in ends and off_road:
            *_, place, source = max(off_road, key=lambda c: c[:5])
        if event_type not in POLITY_EVENT_TYPES and can_hold(place):
            # Placed only at a country or region that a mention's words refer back to a town
            # inside of ("during a visit to the northern town"): that town.
            referred = [m for m in members if m.town_referred is not None and (
                lies_inside(m.town_referred, place)
                or (m.pointed and m.event.location is not None and m.event.location.start == place.start
                    and m.town_referred.country == place.country))]
            if referred:
                place, source = referred[0].town_referred, referred[0].event.id  # type: ignore[assignment]
        # A town nearby that a mention naming the incident back places it at ("a school in
        # Kasese" ... "launched the June 16 attack on the school in Mpondwe"): the finer site
        # the writer gives once the incident is told.
        if retold_finer and place.feature == "city" and place.start not in far:
            retold = [m.event.location for m in members
                      if _refers_back(m) and m.event.location is not None and not m.dateline
                      and not m.place_inherited and m.event.location.start not in far
                      and m.event.location.start not in aside and m.event.location.start not in m.lent_places
                      and m.event.location.geonames_id != place.geonames_id
                      and _nearby_towns(place, m.event.location)]
            if retold:
                place = retold[0]
                source = next(m.event.id for m in members if m.event.location is place)
        named = divisions or {}
        division = named.get(place.start)
        if division is not None:
            inside = [c for c in candidates
                      if c[5].start not in named and c[5].role is None and c[5].start not in far
                      and c[5].start not in aside and c[5].name.casefold() != division.name.casefold()
                      and lies_inside(c[5], division)]
            if inside:
                *_, place, source = max(inside, key=lambda c: c[:5])
        # Placed only at a country or region: the one locality the article names inside it;
        # else the part of the country its words name ("in southwest Niger").
        # A town a long distance is measured from is no such locality where the coarse place
        # names a country; a region across countries ("au Sahel") names none, and its one
        # locality, even a bearing, is the only country side the article gives.
        lent = {start for mention in members for start in mention.lent_places} | (far if place.country else set())
        narrowed = sole_locality(
            place, [_as_named(p, named) for found in sentence_places.values() for p in found if p.start not in lent],
            event_type, near_districts)
        # Not to the capital when the sentence that gives the coarse place puts the incident
        # at a locality no gazetteer holds inside it ("gunmen attacked the village of Kologa
        # in Niger", "à Tingara, au Niger"): such a village is no capital, and the capital is
        # where the news came from or the wounded were taken.
        if narrowed is not None and is_national_capital(narrowed) and any(
                place in found and names_site(index) for index, found in sentence_places.items()):
            narrowed = None
        place = narrowed or country_part(place) or place
        return place, source, False
    for mention in members:
        if mention.event.location is not None:
            return mention.event.location, mention.event.id, True
    return _story_locality(sentence_places, far | {start for m in members for start in m.lent_places}), None, False


def _as_named(place: Place, named: Mapping[int, Place]) -> Place:
    """`place`, or the division its words name it ("the state of Katsina", "Danmusa local
    government area of Katsina": `places.divisions_named`, the same mention as a division)."""
    division = named.get(place.start)
    return division if division is not None and division.start == place.start else place


def _story_locality(sentence_places: dict[int, list[Place]], left_out: Collection[int]) -> Place | None:
    """An incident no word places, in an article whose places all lie in one country and
    whose localities all lie within LOCALITY_KM of each other ("Les manifestants ont envahi
    les rues ... La préfecture a été incendiée" before "la ville de Kayes" is named): that
    locality, the story's site (its first-named place of a locality's feature). None where
    the article names places of several countries, far-apart towns, or no locality.
    `left_out`: starts of places that are no site of the story's acts (bearings, titles'
    and captions' towns, places lent to a speaker). A natural feature across countries (a
    desert, "au Sahara", where troops are usually stationed) frames the story and counts as
    no other country; a region of no one country ("Kashmir") still does."""
    named = [p for found in sentence_places.values() for p in found
             if p.role is None and p.start not in left_out and p.lat is not None and p.lon is not None]
    if len({p.country for p in named if p.country or p.feature != "natural"}) != 1:
        return None
    localities = [p for p in named if p.feature in _LOCALITY_FEATURES]
    if not localities:
        return None
    first = localities[0]
    if any(distance_km(first.lat, first.lon, p.lat, p.lon) > LOCALITY_KM for p in localities[1:]):  # type: ignore[arg-type]
        return None
    return first


def _date_rank(date: DateValue, window: tuple[dt.date, dt.date] | None) -> tuple[int, int]:
    """Smaller is more precise: a day, then narrower windows; unnormalised dates last."""
    if window is None:
        return (1, 0)
    return (0, (window[1] - window[0]).days)


_WORD = re.compile(r"[^\W\d_]+")


def _date_words(date: DateValue) -> set[str]:
    return set(_WORD.findall(date.text.casefold()))


def _named_day(
    chosen: _Mention, dated: list[_Mention], counted: frozenset[str], names: frozenset[str], slack: int,
    taken: frozenset[int] = frozenset(),
) -> _Mention | None:
    """The mention whose day the incident takes instead of `chosen`'s day counted from the
    page's date ("yesterday's explosion", "an overnight attack", "two days ago": a word of
    `counted` and no weekday or month): another mention's day named by a weekday or date
    (`names`) and not the same: stated for its own mention, at most `slack` days from it; only
    told in its mention's sentence (a fallback), inside the counted span ("overnight", then
    "late on Thursday night"); never the day the act was said on ("said on Saturday"). The
    writer's own calendar, where the page's date may be a day off the writing (a caption
    written the day after, an update, a time zone). Never a day told on another act of the
    article (`taken`: starts of such days), which the parse may hand the incident's noun
    as well ("The shooting, condemned by rights groups on Sunday, ...": the condemnation's
    day). None where no such day is told."""
    if not counted or chosen.date is None or (window := value_window(chosen.date)) is None:
        return None
    words = _date_words(chosen.date)
    if not words & counted or words & names:
        return None
    options = [
        (not m.date_stated, m.position, m)
        for m in dated
        if m is not chosen and m.date is not None and not m.date_said and m.date.start not in taken
        and _date_words(m.date) & names and not _date_words(m.date) & counted
        and (other := value_window(m.date)) is not None and other[0] == other[1] and other != window
        and (window[0] <= other[0] <= window[1] if not m.date_stated
             else window[0] - dt.timedelta(days=slack) <= other[0] <= window[1] + dt.timedelta(days=slack))
    ]
    return min(options, key=lambda o: (o[0], o[1]))[2] if options else None


def _best_date(
    members: list[_Mention], telling_slack: int = 0, named: tuple[frozenset[str], frozenset[str], int] | None = None,
    taken: frozenset[int] = frozenset(),
) -> tuple[DateValue | None, str | None]:
    """The most precise date stated for one of the incident's mentions; a date that
    only shares a mention's sentence ("buried on Monday") when no mention states one.
    Among such fallback days, the first told gives way to an earlier one at most
    `telling_slack` days before it: mentions dated only by their telling ("prosecutors
    said Wednesday", then "the office announced the deaths late Tuesday") tell an act
    that came by the earlier day. `named`: (`report_counted_words`, `named_day_words`,
    `named_day_slack_days`): a day counted from the page's date gives way to one named by
    its weekday or date (`_named_day`), none of `taken` (starts of days told on an act
    outside the incident)."""
    dated = [
        (not m.date.value, not m.date_stated, _date_rank(m.date, value_window(m.date)), m.position, m)
        for m in members
        if m.date is not None
    ]
    if not dated:
        return None, None
    # A day on the calendar first, even a fallback one, over an unplaced "overnight".
    best = min(dated, key=lambda d: (d[0], d[1], d[2], d[3]))
    chosen = best[4]
    if named is not None:
        renamed = _named_day(chosen, [d[4] for d in dated], *named, taken=taken)
        if renamed is not None:
            return renamed.date, renamed.event.id
    first = value_window(chosen.date) if best[1] and chosen.date is not None else None
    if first is not None and telling_slack and best[2] == (0, 0):
        earlier = [
            (window[0], d[3], d[4])
            for d in dated
            if d[:3] == best[:3] and d[4].date is not None and (window := value_window(d[4].date)) is not None
            and first[0] - dt.timedelta(days=telling_slack) <= window[0] < first[0]
        ]
        if earlier:
            chosen = min(earlier, key=lambda e: (e[0], e[1]))[2]
    said = value_window(chosen.date) if chosen.date_said and chosen.date is not None else None
    if said is not None:
        # "ont signé un accord, a annoncé samedi la Mission", then "Signé mi-décembre, cet
        # accord ...": the day the act was reported gives way to another mention's fallback
        # of a month at most that ends by that day, the act's own time.
        acts = [
            (window[1] - window[0], d[3], d[4])
            for d in dated
            if d[0] == best[0] and d[1] and not d[4].date_said and d[4].date is not None
            and (window := value_window(d[4].date)) is not None
            and window[1] <= said[0] and (window[1] - window[0]).days <= _FALLBACK_DAYS
        ]
        if acts:
            chosen = min(acts, key=lambda e: (e[0], e[1]))[2]
    return chosen.date, chosen.event.id
