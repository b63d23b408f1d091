"""`extract_places`: the places stage, toponyms of an article resolved to GeoNames points.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from tessera.extraction.places.countries import (
    _article_countries,
    _bare_capitals,
    _capitals_by_demonym,
    _capitals_of_countries,
    _capitals_of_divisions,
    _told_from,
)
from tessera.extraction.places.datelines import (
    dateline_repeats,
    dateline_span,
)
from tessera.extraction.places.distances import (
    _misspelt_towns,
    offset_points,
)
from tessera.extraction.places.mentions import (
    _a_thing_named,
    _areas_named_after,
    _capitalised_after_direction,
    _capitals_between,
    _country_anaphora,
    _drop_nested,
    _facility_name,
    _facility_tail,
    _institutions_towns,
    _is_safe_term,
    _kind_before_at,
    _known_cities_mislabelled,
    _link_qualifiers,
    _lowercase_phrases,
    _mention,
    _merge_conjoined,
    _names_an_institution,
    _no_namesake_abroad,
    _place,
    _road_ends,
    _trimmed,
    _with_compass_before,
    _with_division_word,
    _zone_name,
)
from tessera.extraction.places.nesting import (
    is_national_capital,
)
from tessera.extraction.places.phrases import (
    _POSSESSIVE,
    MISLABELS,
    PLACE_LABELS,
    PlacePhrases,
    place_phrases,
)
from tessera.extraction.places.roles import (
    _NAME_LABELS,
    _affiliation,
    _attributed,
    _foreign_forces,
    _geocoder,
    _names_a_kind_of_country,
    _origin,
    _repeated_dateline,
    _role,
    _route,
    _speaks,
    _whose,
)
from tessera.extraction.places.scan import (
    _arabic_led,
    _contested_abroad,
    _scan,
    _unheld_divisions,
    _without_strangers,
)
from tessera.parse import (
    ParsedArticle,
)
from tessera.records import Entity, Place
from tessera.resolve.gazetteer import (
    Gazetteer,
)
from tessera.resolve.geocoder import Geocoder


def extract_places(
    parsed: ParsedArticle,
    entities: Sequence[Entity],
    gazetteer: Gazetteer,
    *,
    geocoder: Geocoder | None = None,
    keep_unresolved: bool = False,
    country_anaphora: bool = True,
    language: str = "en",
) -> list[Place]:
    """Every toponym of the article, resolved with the whole article as context.

    With `country_anaphora`, a part of "the country" ("the north of the country",
    "the country's east") is a place too: the country the article has spoken of most
    until then.
    """
    text = parsed.text
    # Read once: `is_lowercased` walks the text on every call, and each place entity asks.
    lowercased = parsed.is_lowercased
    phrases = place_phrases(language)
    geocoder = geocoder or _geocoder(gazetteer)
    toponyms = sorted(
        [*(_facility_tail(_trimmed(e), phrases, lowercased) for e in entities
           if e.label in PLACE_LABELS or (e.label in MISLABELS and _is_safe_term(gazetteer, e.text))),
         *_institutions_towns(text, entities, gazetteer, phrases, lowercased)],
        key=lambda e: (e.start, -e.end),
    )
    dateline = dateline_span(text)
    # The dateline's city is the name before any comma ("MAIDUGURI, Nigeria"): the country
    # after it, which the recogniser may take alone, does not stand for the city.
    name = text[dateline[0] : dateline[1]].split(",")[0].strip() if dateline is not None else ""
    # The recogniser may take a part of a capitalised name alone ("KATIMA" of "KATIMA MULILO"):
    # the dateline's whole name, where the gazetteer knows it, stands for the part.
    inside = [e for e in toponyms if dateline is not None and e.start < dateline[0] + len(name) and dateline[0] < e.end]
    partial = bool(inside) and all(dateline is not None and dateline[0] <= e.start and e.end <= dateline[0] + len(name)
                                   and e.end - e.start < len(name) for e in inside)
    if dateline is not None and (not inside or partial):
        # A title-case dateline that is an English word is a label ("Note: ..."), unless
        # the matcher knows it as a place anywhere ("Bogota").
        words, key = gazetteer.words, name.casefold()
        label = (not name.isupper() and words is not None and (key in words.common or key in words.nouns)
                 and not _is_safe_term(gazetteer, name))
        if name and gazetteer.lookup(name) and not label:
            toponyms = [e for e in toponyms if not any(e is i for i in inside)]
            toponyms.append(Entity(text=name, start=dateline[0], end=dateline[0] + len(name), label="GPE"))
    countries, regional = _article_countries(text, toponyms, dateline, gazetteer, phrases)
    # Whose villages are candidates: the named countries', else those of the divisions named.
    village_countries = countries or regional
    if village_countries:
        toponyms += _known_cities_mislabelled(entities, toponyms, gazetteer, village_countries)
    scanned = _scan(parsed, entities, toponyms, gazetteer, phrases, village_countries)
    roads: list[tuple[int, int]] = []  # road compounds in a sentence that names another town
    if phrases.road_before is not None and village_countries and not lowercased:
        ends, roads = _road_ends(parsed, [*toponyms, *scanned], gazetteer, phrases.road_before, village_countries)
        if ends:
            # The towns replace any span the recogniser or the scan took over the compound.
            def clear(found: list[Entity]) -> list[Entity]:
                return [e for e in found if not any(r.start < e.end and e.start < r.end for r in ends)]
            toponyms, scanned = clear(toponyms), clear(scanned) + ends
    # Names only the scan read as places, over the recogniser's other label ("the Fano
    # militia" as ORG): see `_contested_abroad`.
    contested = [(e.start, e.end) for e in scanned
                 if any(o.start < e.end and e.start < o.end and o.label not in PLACE_LABELS for o in entities)]
    toponyms += scanned
    toponyms.sort(key=lambda e: (e.start, -e.end))
    toponyms = _merge_conjoined(text, _drop_nested(toponyms), gazetteer, phrases.name_particles)
    if not lowercased:
        # In ordinary text a name is capitalised: "metro", "gulf" in lower case are nouns.
        # A kind word may lead a name: "the Gulf ...", French "province du Namentenga".
        # A compass word the recogniser took in leads a name too ("northeast Nigeria").
        toponyms = [e for e in toponyms if e.text[:1].isupper() or e.text[:4].casefold() == "the "
                    or _capitalised_after_direction(e.text)
                    or _arabic_led(e.text) or _kind_before_at(e.text, phrases) is not None]
    toponyms = [e for e in toponyms if not _facility_name(text, e, phrases) and not _zone_name(text, e, phrases)]
    toponyms = _lowercase_phrases(text, toponyms, gazetteer)
    toponyms = _with_division_word(text, toponyms, phrases)
    mentions = [_mention(text, e, phrases, gazetteer) for e in toponyms]
    repeats = dateline_repeats(text, dateline)
    if dateline is not None:
        starts = {dateline[0]} | {start for start, _ in repeats}
        mentions = [dataclasses.replace(m, dateline=True) if m.start in starts else m for m in mentions]
    mentions = _link_qualifiers(text, mentions, phrases)
    resolutions = _no_namesake_abroad(mentions, geocoder.resolve(mentions, countries, villages=village_countries))
    areas = _areas_named_after(mentions, resolutions, geocoder, phrases, countries, village_countries, text)
    resolutions = [areas[i][0] if i in areas else r for i, r in enumerate(resolutions)]
    if not village_countries:  # the scan may have found the article's divisions ("Jonglei state")
        named, regional = _article_countries(text, toponyms, dateline, gazetteer, phrases)
        village_countries = named or regional
    resolutions = _without_strangers(mentions, resolutions, village_countries,
                                     geocoder.neighbours if phrases.far_divisions else None, geocoder)
    if phrases.unheld_kinds:
        resolutions = _unheld_divisions(mentions, resolutions, phrases)
    if contested and countries:
        resolutions = _contested_abroad(mentions, resolutions, contested, countries, geocoder)
    if village_countries:
        # A name read without its settlement's word ("Goma city") is a town of the story's
        # countries; the recogniser's span, unknown whole, said nothing of one abroad.
        resolutions = [None if r is not None and m.settlement and r.entry.country not in village_countries else r
                       for m, r in zip(mentions, resolutions, strict=True)]
    places = []
    whose: list[Place] = []  # countries named as whose forces or government act
    # A place's name in the possessive that the model labelled otherwise ("in [Burkina Faso's]
    # Soum province") is the division's possessor, not an organisation's name running on.
    names = [e for e in entities if e.label in _NAME_LABELS
             and not (_POSSESSIVE.search(e.text) and _is_safe_term(gazetteer, _POSSESSIVE.sub("", e.text)))]
    for index, (mention, resolution) in enumerate(zip(mentions, resolutions, strict=True)):
        role = (_role(text, mention, dateline, phrases) or _repeated_dateline(mention, repeats)
                or _affiliation(text, mention, names, phrases)
                or _told_from(parsed, mention, phrases) or _origin(parsed, mention, phrases)
                or _attributed(parsed, mention, phrases)
                or _route(parsed, text, mention, phrases)
                or ("route" if any(start <= mention.start < end for start, end in roads) else None))
        if role is None and _names_a_kind_of_country(text, mention, resolution, phrases):
            role = "affiliation"
        if role is None and resolution is not None and resolution.entry.feature == "country" \
                and phrases.country_near_before is not None \
                and phrases.country_near_before.search(text[max(0, mention.start - 40) : mention.start]):
            role = "border"  # "près du Burkina Faso": beside the country, not in it
        place = _place(text, mention, resolution, gazetteer, keep_unresolved, role)
        if place is not None and index in areas and areas[index][1] != place.feature:
            # (a division read as the town it is named after is that town: its own name and id)
            place = place.model_copy(update={"name": mention.text, "geonames_id": None, "feature": areas[index][1]})
        if place is not None and role is None and place.feature == "country" \
                and _whose(parsed, mention, phrases):
            whose.append(place)
        if place is not None and role is None and is_national_capital(place) and _speaks(parsed, mention, phrases):
            place = place.model_copy(update={"role": "affiliation"})
        if place is not None and not _names_an_institution(text, place) \
                and not _a_thing_named(text, mention, resolution, countries, phrases):
            places.append(place)
    places = _conjoined_borders(text, places, phrases)
    if whose:
        places = _foreign_forces(places, whose)
    places = sorted(places + _misspelt_towns(parsed, places, entities, phrases), key=lambda p: p.start)
    if phrases.distance_before is not None:
        places = offset_points(text, places, phrases)
    if phrases.compass_before is not None:
        places = [_with_compass_before(text, p, phrases.compass_before) for p in places]
    if phrases.between_words:
        places = _capitals_between(text, places, phrases)
    if country_anaphora:
        places = sorted(places + _country_anaphora(text, places, gazetteer), key=lambda p: p.start)
    if phrases.capital_phrase is not None:
        places = sorted(places + _capitals_by_demonym(text, places, gazetteer, phrases), key=lambda p: p.start)
    if phrases.capital_of_before is not None and phrases.capital_of_country:
        places = sorted(places + _capitals_of_countries(text, places, gazetteer, phrases), key=lambda p: p.start)
    if phrases.capital_of_before is not None:
        places = sorted(places + _capitals_of_divisions(text, places, gazetteer, phrases), key=lambda p: p.start)
    if phrases.bare_capital is not None:
        places = sorted(places + _bare_capitals(parsed, places, gazetteer, phrases), key=lambda p: p.start)
    return places


def _conjoined_borders(text: str, places: list[Place], phrases: PlacePhrases) -> list[Place]:
    """A country joined by a conjunction to the far side of a border is that border's far side
    too: "non loin des frontières avec l'Ouganda et la République démocratique du Congo",
    "near the borders with Uganda and Congo" (the border words stand before the first only)."""
    marked = list(places)
    for index in range(1, len(marked)):
        first, second = marked[index - 1], marked[index]
        if first.role != "border" or second.role is not None or second.feature != "country":
            continue
        # a word of conjunction, not a bare comma: "the border with Niger, Mali's army said"
        words = text[first.end : second.start].split()
        if not words or words[0] == "," or words[0].casefold() not in phrases.conjunctions:
            continue
        rest = words[1:]
        if len(rest) > 1 or (rest and rest[0].casefold() not in phrases.articles):
            continue
        marked[index] = second.model_copy(update={"role": "border"})
    return marked
