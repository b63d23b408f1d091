"""Places: toponyms of an article, each resolved to a GeoNames point.

Input: the parsed article, its entities (from `extraction.entities`, already corrected
by the gazetteer's phrase matcher) and a `Gazetteer`. Output: `list[Place]` in text
order. Next: `extraction.events` takes an event's location from these places.

What counts as a toponym: entities labelled GPE, LOC or FAC, and entities the model
labelled otherwise (PERSON, ORG, PRODUCT...) whose text is a name the gazetteer says is
safe to read as a place anywhere ("Mali" tagged PERSON). Demonyms (NORP: "Nigerien",
"Malian") are not places. Besides the entities, every sentence (parsed deeply or not) is
read for capitalised names in a place's position, which the gazetteer knows: after a
locative word ("near Djibo", "at the Kari post", "the town of Boni", "residents of Djibo",
"in Bakura and Maradun", "in downtown Niamey": a few modifiers may come between), after a
verb or noun of attack that makes it the place struck ("gunmen raided Mangu", "an attack
on Gwoza", "the siege of Djibo": the whole capitalised run only, and not a name the model
reads as a person's), set after a settlement's noun and a comma ("in the capital,
N'Djamena", "in Chad's second-largest city, Moundou": `apposition_nouns`, the whole run
only) or before a kind word ("Soum province", "Shiroro local government
area"; a division the model took only in part, "Cameroon's Far [North] region", is read
whole when the gazetteer knows the longer name as such a division; a name across a
lower-case particle, "Mocímboa da Praia", "Santander de Quilichao", when the gazetteer
knows it whole, over the part the model took; so across an elided capital particle glued
to the next word, "Fada N'Gourma" as French tokenises it); a name after a
locative word must be plausible there (a town of the article's countries, a division, or
a town of 20,000 people or more) and not an English word; a name the model's lexicon lists
as a noun (WordNet's, which lists "Goma", "Omdurman", "Maiduguri" beside "Union" and
"Bath") counts when it is the whole capitalised run there, not the first words of a longer
name ("Union Station", "the University of X"), and a town of 20,000 people or more of the
article's countries. The words are language data (`data/<language>/places.yaml`).
A settlement's word in lower case after a name ("Goma city", "Shinkafi town":
`settlement_after`) is read off it, and puts a place there like a locative word, so the scan
reads the run before it wherever it stands ("rebels will keep Goma city", which the recogniser
may label a person's or miss): the name is the town (over a division named after it),
one of the article's countries; not after an indefinite article, before "of" or after a
country's name ("a Borno village", "the Niger town of Diffa": a place that holds the town).

The article's countries (those its toponyms name, but not as the far side of a border
only, and its dateline's; and those a demonym before a settlement's noun names: "the
Burkinabe town of Arbinda", "la localité burkinabè d'Arbinda", places.yaml
`settlement_phrases`) are passed to
the geocoder: their villages (GeoNames cities500) become candidates, and their towns win
over namesakes elsewhere. An article that names no country brings the villages of the
country of the first-level divisions it names ("Borno State": Rann, Nigeria). The
dateline's place ("NIAMEY, Dec 22 (Xinhua) --", or after a headline, at the start of one
of the next lines: "KADUNA —", "NIAMEY:"; after a page's date marker too, and as French pages write them:
"Dakar | ...", "Kinshasa, 14 février 2025 -"; as wire services credit an agency: "Bishkek
(Kyrgyzstan) (AFP) –", "Juba, South Sudan | AFP |"; and where a later line repeats it) is a
place with `role` "dateline" (a fallback for an event's place only); a town set before ", <X
State>" lies in that division strictly (no namesake abroad); a place named as the far side of a border ("near the border
with Mali", "the Mali border") has `role` "border"; a place that only says where an
organisation or outlet is from ("the UK-based monitor", "SOS Médias Burundi": a name the
model reads up to the place) has `role` "affiliation", never an event's place; a place
after a verb of saying or issuing, or a noun of a report or its source, on a locative
preposition ("an official said in Bamako", "un communiqué publié à Niamey", "de sources
sécuritaires à Niamey": the parse says so) is where the news was told from, `role`
"source", never an event's place nor the one locality an incident narrows to (but a thing
that happened, reported there in the passive, happened there: "clashes were reported in
Gao"). A place
a journey is told as going to or coming from ("waiting to travel to Rawalpindi", "going
from Quetta to Peshawar", "the Peshawar-bound train": places.yaml `journey_words`,
`goal_prepositions`, `route_compounds`) has `role` "route", never an event's place nor the
one locality an incident narrows to. A country
named only as whose forces or government act ("the US military launched a strike", a
compound of a noun of actors.yaml's MIL/COP/GOV sectors: places.yaml `affiliation_sectors`),
in a story that names a setting in another country, has `role` "affiliation" too; a
country also named as a setting keeps its mentions (a domestic coup by "the Burkina Faso
military"). A demonym with the word for a capital ("in the Sudanese capital", "dans la
capitale malienne": places.yaml `capital_phrases`) is the country's capital, and so are the
words for a capital before a country's name ("the capital of Burkina Faso", "la capitale des
Comores": `capital_of_before`). A name
with a hyphened Arabic article ("in the nearby al-Souki town") is scanned like a
capitalised one (the gazetteer knows the article's other spellings). The gazetteer's
curated names written in lower case ("the three-border area", "la zone des trois
frontières") are found wherever they stand. In a story that
names its countries, a town abroad of fewer than SCANNED_TOWN_POPULATION people is left
out unless another name of the article lies in its country ("Lith" in a South Sudan story),
and a town only the scan read, which the recogniser labelled otherwise, outside the
story's countries and their neighbours is left out too ("between the Modena militia" in
an Ethiopia story is no Italian town: `_contested_abroad`). A capital as the subject or
object of a verb of saying or of addressing a state ("Kigali claims", "Kinshasa accuses
Kigali", "asked Addis Ababa for help": places.yaml `metonymy_verbs` and the reporting
verbs) stands for its government: role "affiliation".

Nesting, for the stages that choose an event's place: `lies_inside(a, b)` (a town in its
state, a state in its country, by the gazetteer's codes; a country in its continent: "the
military in Africa ... took place in Niger" is Niger), `most_specific_inside` (the
finest of a clause's places inside the chosen one: "in Shinkafi local government area of
Zamfara state" is Shinkafi; a region the speaker is in, "authorities in Sennar state
said", narrows "southeastern Sudan") and `sole_locality` (a country or region narrowed to
the one locality the article names inside it; an act of or towards a polity, such as a
condemnation or a sanction, stays at its country: `POLITY_EVENT_TYPES`). `unplaced_sites`
finds the names in a site's position no gazetteer holds ("in the village of Kologa"), which
keep assemble from narrowing such an incident to the capital; `country_place` is a country
as a place, for an article that names its country only through its towns.

The words around a name shape the mention (see `tessera.resolve.geocoder.Mention`):
- a direction before it ("northern Mali", "south-eastern Niger") joins the span, and one
  the recogniser took in ("northeast Nigeria", "Northern Burkina") stays in it, unless the
  gazetteer knows the whole ("North Kivu"); the
  toponym stays the one named, with its own feature and point: "northern Mali" is Mali,
  feature "country" (as the gold place sets annotate it). An incident placed there takes
  `country_part`: a region of the country, its point the mean of the country's towns in
  that third of it (the real-news annotations place "southwest Niger" at region level);
- a kind word after it ("Borno State", "Clarke County", "Niger River", "Tillaberi
  region") or before it ("Lake Chad", "River Niger") is a hint the feature must agree
  with; a division's or natural feature's kind word right after a name the recogniser
  took alone joins it ("Manipur's [Bishnupur] district" is the district, not the town).
  Where the gazetteer knows the name only as a town, a natural feature's word after it
  makes the area named after the town ("the Imphal valley": feature "natural" at the
  town's point, never the town), and so does a division's word in the plural ("the twin
  Imphal districts": the districts' level);
- words of a point before it ("near Tillaberi", "on the outskirts of Gao": places.yaml
  `point_before`) make a name shared by a town and the region or district named after
  it the town;
- "Athens, Ga." or "Gao, Mali": the first lies inside the second; "Boni in the Mopti
  region", "à Boma, dans la province du Lac" and "Burkina Faso's Soum province" strictly
  so: with no candidate inside, the first is left out (not Bonn, Germany), and with a
  division around it, so are its other mentions' namesakes in other countries
  (`_no_namesake_abroad`: "la presqu'île de Boma" is no Boma, DR Congo);
- "the north of the country", "the country's east": the country the article has
  spoken of most until then (feature "country", the span keeps the words);
- a distance and a compass word before a town ("20km west of Shinkafi", "à 65 km au
  nord-ouest de Tillia": places.yaml `distance_*`) move its point that far that way
  (`offset_points`: a site, precision "town", the span and name the town's; the
  real-news annotations place such an incident at the moved point). Under
  MAX_OFFSET_KM only ("400 kilometres north of the capital" is a bearing), and not where
  the distance stands in apposition to a town just named ("in Tillia, about 65 km north
  of Tahoua": it says where Tillia lies).
Names the gazetteer does not know are left out: a place with no point misleads a map
more than a missing one (pass `keep_unresolved=True` to keep them, feature "site").
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml
from spacy.attrs import ORTH, SPACY
from spacy.tokens import Doc, Token

from tessera.data import UnknownLanguageError, language_words
from tessera.data import layered as layered_data
from tessera.data import load as load_data
from tessera.language import CODED_LANGUAGES
from tessera.parse import (
    SYNDICATION_CREDIT,
    ParsedArticle,
    ParsedSentence,
    first_letters_lookahead,
    longest_first_alternation,
)
from tessera.records import Entity, Feature, Place, PlaceRole
from tessera.resolve.gazetteer import (
    Gazetteer,
    GazetteerEntry,
    capital_names,
    continent_holds,
    distance_km,
    fold,
    is_arabic_article,
    lowercase_names,
)
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

# A name after a locative word, with no kind word, must be one of the article's
# countries' places, a division or region, or a town of at least this many people.
SCANNED_TOWN_POPULATION = 20_000
# A town abroad, far from the story's countries (neither one of them nor a neighbour of
# one), with no tie to the story, is no reading of the name below this many people
# (`_without_strangers`, with places.yaml `far_divisions`): "Kaïta" in a Centrafrique story
# is no Japanese town.
FAR_TOWN_POPULATION = 100_000
_SCAN_FEATURES = frozenset({"country", "admin1", "admin2", "region", "natural"})
# Labels of the model that make a name after a verb a person's or a people's ("attacked Musa").
_PERSON_LABELS = frozenset({"PERSON", "NORP"})
_POSSESSIVES = frozenset({"'s", "\u2019s", "'", "\u2019"})


@dataclass(frozen=True, eq=False)
class PlacePhrases:
    """The words around place names in one language (`data/<language>/places.yaml`)."""

    locative_prepositions: frozenset[str]
    locative_nouns: frozenset[str]
    conjunctions: frozenset[str]
    kind_after: dict[str, Feature]  # "province" -> admin1
    kind_before: dict[str, Feature]  # "lake" -> natural
    border_before: re.Pattern[str]
    border_after: re.Pattern[str]
    of_words: frozenset[str] = frozenset({"of"})  # "the town of X"; French "de", "du"
    articles: frozenset[str] = frozenset({"the"})  # "at the X"; French "le", "la", "l'"
    # Words that may stand between a locative word and the name: "in downtown Niamey".
    modifiers: frozenset[str] = frozenset()
    # The kind words before a name are read outside the recogniser's entity too ("la
    # région de [Tillabéry]"); words before a town's name that make it a thing ("une Toyota").
    kind_before_outside: bool = False
    # A first- or second-level division in a country that is neither one of the story's nor a
    # neighbour of one, with no other name of the story in it, is no reading of the name (see
    # `_without_strangers`).
    far_divisions: bool = False
    # A district holds, as one locality with it (`sole_locality`), only a town within
    # `LOCALITY_KM` of its point, not every town within its reach (`DISTRICT_REACH_KM`).
    near_districts: bool = False
    # Kind words of a division the gazetteer holds at no level (English "township"): the name
    # before one resolves only to a namesake (a town, a county), a reading only where another
    # name of the article lies in the namesake's first-level division (`_unheld_divisions`).
    unheld_kinds: frozenset[str] = frozenset()
    # Countries where a division of another kind named like it stands for such a division
    # (Myanmar's districts, named after their chief township): `_unheld_divisions`.
    unheld_division_countries: frozenset[str] = frozenset()
    # A district named bare, by its own name with no kind word, is the town it is named after
    # as an incident's place (`assemble._town_precision`; places.yaml `bare_districts_are_towns`).
    bare_districts_are_towns: bool = False
    # A town's name after a division's kind word and "of" ("the Mexican state of Guanajuato",
    # "the region of Tillabéri") names the division the gazetteer's town is the seat of:
    # as an incident's place it gives way to a locality of that division its sentences name
    # (`divisions_named`, `assemble._best_place`).
    divisions_named_before: bool = False
    thing_determiners: frozenset[str] = frozenset()
    # Where news is told from: verbs of saying (the language's `reporting_verbs`, from
    # triggers.yaml) and of issuing a text, nouns of a report or its source, and the
    # prepositions that put a place on them ("said in Bamako", "un communiqué publié à
    # Niamey", "security sources in Niamey").
    source_verbs: frozenset[str] = frozenset()
    source_nouns: frozenset[str] = frozenset()
    source_prepositions: frozenset[str] = frozenset()
    # A compass word and "of" before a country, in languages that put it there ("le nord
    # du Mali"): the country's part (see `country_part`).
    compass_before: re.Pattern[str] | None = None
    # Prepositions that, on a noun, say where something comes from ("help from Egypt",
    # "troops from Chad"): the place is an origin, not where anything happens.
    origin_prepositions: frozenset[str] = frozenset()
    # French (UD, the preposition a case marker on the name): the lemmas of verbs of coming
    # whose "de" object is where someone came from ("des renforts venus de Bouaké", "arrivés
    # de Gao": `origin_verbs`, with `origin_verb_cases`), and the prepositions that alone say
    # so ("dépêchés depuis la ville de Bouaké": `origin_cases`): an origin, as above.
    origin_verbs: frozenset[str] = frozenset()
    origin_verb_cases: frozenset[str] = frozenset()
    origin_cases: frozenset[str] = frozenset()
    # Nouns of leaving a place ("the withdrawal from Niger", "the pullout from Gao"): the
    # place after the origin preposition on one is where the act is, not an origin.
    leaving_nouns: frozenset[str] = frozenset()
    # Where a journey goes or comes from ("travel to Rawalpindi", "on his way to Senegal",
    # "from Quetta to Peshawar", "the Peshawar-bound train"): role "route" (`_route`).
    goal_prepositions: frozenset[str] = frozenset()
    journey_prepositions: frozenset[str] = frozenset()  # on a journey word only ("bound for Kano")
    journey_words: frozenset[str] = frozenset()
    route_compound: re.Pattern[str] | None = None
    # "between Paris and N'Djamena": two capitals after one of these words are their
    # governments (metonymy), not places where anything happens.
    between_words: frozenset[str] = frozenset()
    # Nouns of a road before the two towns it joins, hyphened ("l'axe Djibo-Bourzanga",
    # "la route Ndu-Magba"): each town the gazetteer knows in the story's countries is a
    # place of its own (`_road_ends`), where the compound whole is no known name.
    road_before: re.Pattern[str] | None = None
    # Prepositions that put the site of what a sentence tells at a name ("attacked the
    # village of Kologa", "in Kologa", "près de Tingara"): a name there that no gazetteer
    # holds is the incident's own locality (`unplaced_sites`).
    site_prepositions: frozenset[str] = frozenset()
    # Verbs whose object is a place taken or struck ("gunmen raided Mangu", "stormed Gwoza"),
    # and nouns of an attack with the prepositions that put its target after them ("an
    # attack on Boulkessi", "the siege of Djibo"): a known name right after one, the whole
    # capitalised run, is scanned as after a locative word (not a name the recogniser reads
    # as a person's: "attacked Musa").
    site_verbs: frozenset[str] = frozenset()
    site_nouns: frozenset[str] = frozenset()
    # Lower-case words inside a place's name ("Mocímboa da Praia", "Santander de Quilichao",
    # "Dar es Salaam"): the scan reads a name across them when the gazetteer knows it whole.
    name_particles: frozenset[str] = frozenset()
    # Words that put a point at the name after them ("near Tillaberi", "on the outskirts of
    # Gao"): a town there, not the region named after it (`Mention.point`).
    point_before: re.Pattern[str] | None = None
    site_noun_prepositions: frozenset[str] = frozenset()
    # The last word of a building's name ("the Ambassador Hotel"): a building stands in a
    # town the article may name elsewhere, it is no locality of its own.
    building_words: frozenset[str] = frozenset()
    # A building's common noun before "of" and a name ("un hôtel de Sévaré", "la mosquée
    # d'Abankor"): the name is the town the building stands in (`building_of_nouns`).
    building_of_nouns: frozenset[str] = frozenset()
    # The lower-case common noun of a building, a street or a neighbourhood right before a name
    # ("la paroisse Saint-Benoît", "l'hôtel Byblos", "le quartier Plateau"): the name is that
    # facility's, no town of its own, though a namesake stands in the gazetteer.
    facility_before: frozenset[str] = frozenset()
    # A clock's zone named by a town ("04H15 heure de Paris", "0700 Sanaa time"): the words
    # before such a name and after it; the town is no place of the story.
    zone_before: re.Pattern[str] | None = None
    zone_after: re.Pattern[str] | None = None
    # A settlement's word in lower case right after a name ("Goma city", "Shinkafi town"):
    # the name is looked up without it, and is the town rather than a division named after
    # it (as after `point_before`; a capitalised one is part of a name: "Mexico City").
    settlement_after: frozenset[str] = frozenset()
    # A settlement's noun in the singular after the definite article, with no name of its own
    # ("the northern town", "across the city"): the town the article has named last
    # (`town_referred`).
    settlement_anaphors: frozenset[str] = frozenset()
    # The prepositions such a noun is the object of when it refers back to a town: the locative
    # ones and `settlement_anaphor_prepositions` ("a visit to the town", "through the city").
    anaphor_prepositions: frozenset[str] = frozenset()
    # Nouns of a part of a town whose "of" phrase names the town as the site ("on the
    # outskirts of the city", "in the centre of the town"): `settlement_anaphor_parts`.
    anaphor_parts: frozenset[str] = frozenset()
    # Prepositions besides `anaphor_prepositions` that put an act at such a part ("on the
    # outskirts of"): `settlement_anaphor_part_prepositions`.
    anaphor_part_prepositions: frozenset[str] = frozenset()
    # Words before such a name that make it one of a kind, a place holding the town ("a Kano
    # village"), and the kind words the name is of ("the Niger town of Diffa"): patterns of
    # `indefinite_words` and `of_words`, for `_names_the_settlement` and the scan.
    indefinite_words: frozenset[str] = frozenset()
    indefinite_before: re.Pattern[str] | None = None
    of_after: re.Pattern[str] | None = None
    # A settlement's noun before a comma: the name after it is that settlement ("the
    # capital, N'Djamena"), the whole capitalised run only.
    apposition_nouns: frozenset[str] = frozenset()
    # Verbs whose subject or object, when a capital, is its government ("Kinshasa accuses
    # Kigali"), besides the verbs of saying.
    metonymy_verbs: frozenset[str] = frozenset()
    # Prepositions of opposition: a capital after one ("demonstrated against Paris") is its
    # government, not a scene (`_is_opponent`).
    opponent_prepositions: frozenset[str] = frozenset()
    # Case markers of a passive's agent where the parse does not label it ("imposée par
    # Washington" hung on the noun): read after a participle only (`_is_agent`).
    agent_prepositions: frozenset[str] = frozenset()
    # Nouns of a government and the articles before them: a capital joined to one after
    # "between" stands for its own ("between Paris and the junta": `_government_follows`).
    government_nouns: frozenset[str] = frozenset()
    government_articles: frozenset[str] = frozenset()
    # Nouns of a state's forces or government ("military", "troops", "police", "government"):
    # a country's name modifying one ("the US military") says whose they are.
    affiliated_heads: frozenset[str] = frozenset()
    # "the Sudanese capital", "la capitale malienne": a demonym with the word for a capital
    # names the country's capital (`capital_phrases`, {demonym} where the demonym stands).
    capital_phrase: re.Pattern[str] | None = None
    capital_of: dict[str, str] = field(default_factory=dict)  # folded demonym -> capital
    capital_of_country: dict[str, str] = field(default_factory=dict)  # ISO alpha-3 -> capital
    # "in the capital", "dans la capitale" with no demonym or name (`bare_capital_phrases`,
    # not before `bare_capital_not_before`): the capital of the article's one country.
    bare_capital: re.Pattern[str] | None = None
    # "the capital of Burkina Faso", "la capitale des Comores": the words for a capital right
    # before a country's name (`capital_of_before`) name that country's capital.
    capital_of_before: re.Pattern[str] | None = None
    # "the Malian town of Timbuktu", "la ville malienne de Tombouctou": a demonym with a
    # settlement's noun names the country the town lies in (`settlement_phrases`): one of
    # the article's countries, as if named.
    settlement_phrase: re.Pattern[str] | None = None
    country_of: dict[str, str] = field(default_factory=dict)  # folded demonym -> ISO alpha-3
    # A distance and a compass word right before a name ("20km west of Shinkafi", "à 65 km
    # au nord-ouest de Tillia"): groups "number", "unit" and "compass" (`offset_points`).
    distance_before: re.Pattern[str] | None = None
    distance_units: dict[str, float] = field(default_factory=dict)  # unit -> km
    # A distance, with or without a compass word, right before a name ("à environ 300 km au
    # sud-est de Nouakchott", "à une centaine de kilomètres de la capitale Port-au-Prince"):
    # the name is where the distance is measured from (see `far_references`); the
    # collective numerals it may be told with ("une centaine": 100).
    distance_from: re.Pattern[str] | None = None
    # A comma after a town, then words of nearness (`bearing_after_town`: "in Beoumi, near
    # [the city of] Bouake", "à Béoumi, près de Bouaké"), right before a name: the name is
    # a bearing for the town before it (see `far_references`).
    bearing_before: re.Pattern[str] | None = None
    # Words before a country's name that make it its state, not a place: "la succession à la
    # tête du Tchad" (who rules it): role "affiliation".
    ruled_before: re.Pattern[str] | None = None
    # Words right before a country's name that put the event beside it, not in it (French
    # "près du Burkina Faso"): the country is the far side of a border, as after border_before.
    country_near_before: re.Pattern[str] | None = None
    # Words right before a name that make it where someone or something came from ("un groupe
    # armé en provenance du Rwanda"; `origin_before`): role "affiliation", as an origin.
    origin_before: re.Pattern[str] | None = None
    # The words of a mission's name right before the country it serves ("l'Opération des
    # Nations unies en Côte d'Ivoire", "la Mission des Nations unies pour la stabilisation en
    # Haïti"; `mission_before`): the name says whose force it is, not where anything happens:
    # role "affiliation".
    mission_before: re.Pattern[str] | None = None
    # A noun of a country right after the name of an area that spans countries ("the
    # impoverished Sahel nation", "the Lake Chad countries"; `country_nouns`): the area says
    # what kind of country one is, not where anything happens: role "affiliation".
    country_noun_after: re.Pattern[str] | None = None
    # Nouns besides `kind_after`'s that head an apposition describing a division or country
    # ("Guerrero, a southwestern state beset by ..."; `apposition_division_nouns`): a town
    # named inside it describes the division, it is not where the act happened.
    apposition_division_nouns: frozenset[str] = frozenset()
    distance_collectives: dict[str, float] = field(default_factory=dict)
    # The second half of a hyphenated compound a place opens ("the UK-based monitor", "a
    # Beijing-brokered truce", "the Saudi-led coalition"): the place says who is behind
    # something or where it is from, not where anything happens (`_affiliation`).
    affiliation_compound: re.Pattern[str] = re.compile(r"[-\u2010\u2011]based\b", re.IGNORECASE)
    # What stands between a town and the division it lies in, strictly ("Boni in the Mopti
    # region", "à Boma, dans la province du Lac": `inside_prepositions`): with no town of
    # that name inside the division, the name is none abroad (`_link_qualifiers`).
    inside_between: re.Pattern[str] = re.compile(r"^\s+(?:in|inside|within)\s+(?:the\s+)?$", re.IGNORECASE)
    # What stands between a place with its kind word and the division it is part of ("the
    # Daglica district of Hakkari province", "the Hisar region of Hakkari":
    # `division_of_prepositions`): strictly inside, as `inside_between` is.
    division_of: re.Pattern[str] | None = None

    @functools.cached_property
    def kind_phrases(self) -> tuple[tuple[str, ...], ...]:
        """The kind words after a name as token sequences, longest first ("local government area")."""
        return tuple(sorted((tuple(k.split()) for k in self.kind_after), key=len, reverse=True))

    @functools.cached_property
    def _kind_phrases_by_first_word(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self.kind_phrases:  # longest first, kept within each first word
            by_first.setdefault(phrase[0], []).append(phrase)
        return {word: tuple(phrases) for word, phrases in by_first.items()}

    def kind_at(self, doc: Doc, end: int) -> int:
        """How many tokens from doc[end] are a kind word after a name (0: none). The kind word
        of a division the gazetteer holds at no level (`unheld_kinds`) only capitalised, as part
        of the name ("Kanbalu Township"): "the Harare township of X" is the town."""
        if end >= len(doc):
            return 0
        lowered = doc[end].text[:1].islower()
        for phrase in self._kind_phrases_by_first_word.get(doc[end].lower_, ()):
            if lowered and " ".join(phrase) in self.unheld_kinds:
                continue
            if end + len(phrase) <= len(doc) and all(doc[end + n].lower_ == w for n, w in enumerate(phrase)):
                return len(phrase)
        return 0

    @functools.cached_property
    def division_kind_after(self) -> re.Pattern[str] | None:
        """A division's or natural feature's kind word right after a name ("[Bishnupur]
        district", "the [Imphal] valley"), not leading a longer name ("Borno State
        Government"); the kind word is group 1. Not a division the gazetteer holds at no level
        (`unheld_kinds`): "the Harare township" is the town the recogniser took."""
        kinds = sorted((k for k, f in self.kind_after.items()
                        if f in ("admin1", "admin2", "natural") and k not in self.unheld_kinds),
                       key=len, reverse=True)
        if not kinds:
            return None
        words = "|".join(r"\s+".join(re.escape(w) for w in k.split()) for k in kinds)
        return re.compile(rf"[ \u00a0]+((?i:{words}))\b(?![ \u00a0]+[A-Z\u00C0-\u00DE])")

    @functools.cached_property
    def division_of_before(self) -> re.Pattern[str] | None:
        """A division's kind word (group "kind") and "of" (and an article) ending right before a
        name ("the state of [Guanajuato]", "the region of [Tillabéri]"), where `divisions_named_before`."""
        kinds = sorted((k for k, f in self.kind_after.items() if f in ("admin1", "admin2")), key=len, reverse=True)
        if not self.divisions_named_before or not kinds:
            return None
        words = "|".join(r"\s+".join(re.escape(w) for w in k.split()) for k in kinds)
        return re.compile(rf"(?<!\w)(?P<kind>{words})\s+(?:{_alternation(self.of_words)})\s+"
                          rf"(?:(?:{_alternation(self.articles)})\s+)?$", re.IGNORECASE)

    def plural_kind(self, kind: str) -> bool:
        """A kind word in the plural ("districts", "counties", "local government areas"):
        its singular is a kind word too."""
        return kind.endswith("s") and (kind[:-1] in self.kind_after or kind[:-3] + "y" in self.kind_after)

    def kind_ending(self, name: str) -> str | None:
        """The kind word that ends `name` ("Shiroro Local Government Area" -> "local government area")."""
        lowered = name.casefold()
        # Kept per name: the stages ask of the same names again (each toponym, mention and
        # place), and the kind words are many.
        known = self._kind_ending_of
        if lowered in known:
            return known[lowered]
        found = None
        for ending, kind in self._kind_endings:
            if lowered.endswith(ending) and len(lowered) > len(ending):
                found = kind
                break
        if len(known) > 100_000:
            known.clear()
        known[lowered] = found
        return found

    @functools.cached_property
    def _kind_ending_of(self) -> dict[str, str | None]:
        """`kind_ending`'s answers, by casefolded name."""
        return {}

    @functools.cached_property
    def _kind_endings(self) -> tuple[tuple[str, str], ...]:
        """(" " + kind word, kind word) in `kind_phrases` order, for `kind_ending`."""
        return tuple((" " + " ".join(phrase), " ".join(phrase)) for phrase in self.kind_phrases)


@functools.lru_cache(maxsize=8)
def place_phrases(language: str = "en") -> PlacePhrases:
    """The place words of `language`; English's where the language has no file."""
    try:
        data = load_data("places", language)
    except (FileNotFoundError, UnknownLanguageError):
        data = load_data("places", "en")
    features = set(Feature.__args__)  # type: ignore[attr-defined]
    for key in ("kind_after", "kind_before"):
        wrong = {k: v for k, v in data[key].items() if v not in features}
        if wrong:
            raise ValueError(f"places.yaml ({language}): {key} features must be one of {sorted(features)}: {wrong}")

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).casefold() for w in data.get(key) or ())

    def alternatives(key: str) -> str:
        return _alternation(data[key])

    def ending(key: str) -> re.Pattern[str] | None:
        """The words of `key` ending right before a name, or None where the language has none."""
        return re.compile(rf"(?<!\w)(?:{alternatives(key)})\s*$", re.IGNORECASE) if data.get(key) else None

    return PlacePhrases(
        locative_prepositions=words("locative_prepositions"),
        locative_nouns=words("locative_nouns"),
        conjunctions=words("conjunctions"),
        kind_after={str(k).casefold(): v for k, v in data["kind_after"].items()},
        kind_before={str(k).casefold(): v for k, v in data["kind_before"].items()},
        border_before=re.compile(rf"\b(?:{alternatives('border_before')})\s+(?:the\s+)?$", re.IGNORECASE),
        ruled_before=ending("ruled_before"),
        country_near_before=ending("country_near_before"),
        mission_before=ending("mission_before"),
        origin_before=ending("origin_before"),
        border_after=re.compile(rf"(?:-|\s+)(?:{alternatives('border_after')})\b", re.IGNORECASE),
        country_noun_after=re.compile(rf"\s+(?-i:{alternatives('country_nouns')})\b", re.IGNORECASE)
        if data.get("country_nouns") else None,
        apposition_division_nouns=words("apposition_division_nouns"),
        of_words=words("of_words") or frozenset({"of"}),
        articles=words("articles") or frozenset({"the"}),
        modifiers=words("locative_modifiers"),
        kind_before_outside=bool(data.get("kind_before_outside", False)),
        far_divisions=bool(data.get("far_divisions", False)),
        near_districts=bool(data.get("near_districts", False)),
        unheld_kinds=words("unheld_kinds"),
        unheld_division_countries=frozenset(str(c) for c in data.get("unheld_division_countries") or ()),
        bare_districts_are_towns=bool(data.get("bare_districts_are_towns", False)),
        divisions_named_before=bool(data.get("divisions_named_before", False)),
        thing_determiners=words("thing_determiners"),
        source_verbs=words("issuing_verbs") | language_words("triggers", language, "reporting_verbs"),
        source_nouns=words("source_nouns"),
        source_prepositions=words("source_prepositions"),
        origin_prepositions=words("origin_prepositions"),
        leaving_nouns=words("leaving_nouns"),
        origin_verbs=words("origin_verbs"),
        origin_verb_cases=words("origin_verb_cases"),
        origin_cases=words("origin_cases"),
        goal_prepositions=words("goal_prepositions"),
        journey_prepositions=words("journey_prepositions"),
        journey_words=words("journey_words"),
        route_compound=re.compile(rf"[-\u2010\u2011](?:{alternatives('route_compounds')})\b", re.IGNORECASE)
        if data.get("route_compounds") else None,
        between_words=words("between_words"),
        road_before=_road_pattern(data.get("road_nouns") and alternatives("road_nouns"),
                                  data.get("road_nouns_after") and alternatives("road_nouns_after")),
        site_prepositions=words("site_prepositions"),
        site_verbs=words("site_verbs"),
        site_nouns=words("site_nouns"),
        name_particles=words("name_particles"),
        point_before=re.compile(rf"\b(?:{alternatives('point_before')})\s+(?:the\s+)?$", re.IGNORECASE)
        if data.get("point_before") else None,
        site_noun_prepositions=words("site_noun_prepositions"),
        building_words=words("building_words"),
        building_of_nouns=words("building_of_nouns"),
        facility_before=words("facility_before"),
        zone_before=re.compile(rf"\b(?:{alternatives('zone_before')})\s*$", re.IGNORECASE)
        if data.get("zone_before") else None,
        zone_after=re.compile(rf"^\s+(?:{alternatives('zone_after')})\b") if data.get("zone_after") else None,
        settlement_after=words("settlement_after"),
        settlement_anaphors=words("settlement_anaphors"),
        anaphor_prepositions=words("locative_prepositions") | words("settlement_anaphor_prepositions"),
        anaphor_parts=words("settlement_anaphor_parts"),
        anaphor_part_prepositions=words("settlement_anaphor_part_prepositions"),
        indefinite_words=words("indefinite_words"),
        indefinite_before=re.compile(rf"\b(?:{alternatives('indefinite_words')})\s+$", re.IGNORECASE)
        if data.get("indefinite_words") else None,
        of_after=re.compile(rf"\s+(?:{_alternation(words('of_words') or frozenset({'of'}))})\b"),
        apposition_nouns=words("apposition_nouns"),
        metonymy_verbs=words("metonymy_verbs"),
        opponent_prepositions=words("opponent_prepositions"),
        agent_prepositions=words("agent_prepositions"),
        government_nouns=words("government_nouns"),
        government_articles=words("government_articles"),
        affiliated_heads=_sector_nouns(language, data.get("affiliation_sectors") or ()),
        **({"affiliation_compound": re.compile(
            rf"[-\u2010\u2011](?:{alternatives('affiliation_compounds')})\b", re.IGNORECASE)}
           if data.get("affiliation_compounds") else {}),
        **_capital_phrases(language, data.get("capital_phrases") or ()),
        bare_capital=re.compile(
            rf"\b(?:{alternatives('bare_capital_before')})\s+(?P<capital>{alternatives('bare_capital_phrases')})\b"
            rf"(?!\s*,\s*(?-i:[A-ZÀ-Ý])|\s*(?:{alternatives('bare_capital_not_before')})(?![\w'’]))", re.IGNORECASE)
        if data.get("bare_capital_phrases") and data.get("bare_capital_before") else None,
        capital_of_before=re.compile(rf"\b(?:{alternatives('capital_of_before')})\s*$", re.IGNORECASE)
        if data.get("capital_of_before") else None,
        **_settlement_phrases(language, data.get("settlement_phrases") or (), data.get("apposition_nouns") or ()),
        **_distance_phrases(data),
        **({"inside_between": re.compile(
            r"^\s*,?\s+"
            # "à Palma, située dans ...": the words that say where a place lies
            + (rf"(?:(?:{alternatives('inside_participles')})\s+)?" if data.get("inside_participles") else "")
            + rf"(?:{alternatives('inside_prepositions')})\s+(?:(?:{alternatives('articles')})\s*)?"
            # "à Palma, dans le nord du Mozambique": a part of the division named by its compass point
            + (rf"(?:(?:{alternatives('compass_words')})\s+(?:{alternatives('compass_of')})\s*)?"
               if data.get("compass_words") and data.get("compass_of") else "")
            # "à Koka, dans la commune de Malanville": a division's or town's kind word the
            # recogniser leaves out of the name (`kind_before_outside`)
            + (rf"(?:(?:{_alternation([k for k, f in data['kind_before'].items() if f != 'natural'])})\s*)?"
               if data.get("kind_before_outside") else "") + "$",
            re.IGNORECASE)} if data.get("inside_prepositions") and data.get("articles") else {}),
        compass_before=re.compile(
            rf"\b(?:{alternatives('compass_words')})\s+(?:{alternatives('compass_of')})\s*$", re.IGNORECASE)
        if data.get("compass_words") and data.get("compass_of") else None,
        division_of=re.compile(rf"^\s+(?:{alternatives('division_of_prepositions')})\s+(?:the\s+)?$", re.IGNORECASE)
        if data.get("division_of_prepositions") else None,
        bearing_before=re.compile(
            rf"(?:,\s*(?:{alternatives('bearing_after_town')})"
            + (rf"|\s+(?:{alternatives('bearing_after_town_direct')})" if data.get("bearing_after_town_direct") else "")
            # "à Kenscoff, un faubourg de la capitale Port-au-Prince", "Tondobi, une localité
            # de la commune de Seytenga": what the town is a part of
            + (rf"|,\s*(?:{alternatives('bearing_part_nouns')})\b[^,.;:()\d]{{0,30}}?"
               rf"(?<![\w'’])(?:{_alternation(words('of_words') or frozenset({'of'}))})"
               if data.get("bearing_part_nouns") else "")
            + r")\s*"
            rf"(?:(?:{_alternation(words('articles') or frozenset({'the'}))})\s*)?"
            + (rf"(?:(?:{alternatives('bearing_part_capital')})\s+)?" if data.get("bearing_part_capital") else "")
            + rf"(?:(?:{_alternation(words('locative_nouns'))})\s+"
            rf"(?:{_alternation(words('of_words') or frozenset({'of'}))})\s*)?$",
            re.IGNORECASE)
        if data.get("bearing_after_town") and data.get("locative_nouns") else None,
    )


def _distance_phrases(data: dict[str, Any]) -> dict[str, Any]:
    """The pattern of a distance and a compass word that ends right before a name, from
    places.yaml's `distance_*` words (the article and a locative noun may stand between:
    "north of the town of Gao", "au nord du village de"), and the units' lengths in km."""
    units = {str(k).casefold(): float(v) for k, v in (data.get("distance_units") or {}).items()}
    if not units or not data.get("distance_compass") or not data.get("distance_after_compass"):
        return {}

    before = data.get("distance_before_compass") or ()
    nouns = [*(data.get("locative_nouns") or ()), "capital", "capitale"]
    articles = data.get("articles") or ["the"]
    of_words = data.get("of_words") or ["of"]
    pattern = (
        rf"(?<![\w.,])(?P<number>\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:[.,]\d+)?)\s*(?P<unit>{_alternation(units)})(?![\w])"
        r"(?:\s*\([^()]{0,40}\))?\s+"
        + (rf"(?:(?:{_alternation(before)})\s*)?" if before else "")
        + rf"(?P<compass>{_alternation(data['distance_compass'])})\s+"
        rf"(?:{_alternation(data['distance_after_compass'])})\s*"
        rf"(?:(?:{_alternation(articles)})\s*)?"
        rf"(?:(?:[\w-]+\s+)?(?:{_alternation(nouns)})\s*(?:(?:{_alternation(of_words)})\s*)?,?\s*)?$"
    )
    # How the distance is measured, between the unit and the words after it ("470 km à vol
    # d'oiseau de Bangui", "200 km by road from Niamey").
    manners = data.get("distance_manners") or ()
    manner = rf"(?:(?:{_alternation(manners)})\s*,?\s*)?" if manners else ""
    collectives = {str(k).casefold(): float(v) for k, v in (data.get("distance_collectives") or {}).items()}
    number = r"\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:[.,]\d+)?"
    if collectives:
        number += rf"|(?:{_alternation(collectives)})\s+(?:{_alternation(of_words)})"
    reference = (
        rf"(?<![\w.,])(?P<number>{number})\s*(?P<unit>{_alternation(units)})(?![\w])"
        r"(?:\s*\([^()]{0,40}\))?\s+" + manner
        + rf"(?:(?:(?:{_alternation(before)})\s*)?(?P<compass>{_alternation(data['distance_compass'])})\s+)?"
        rf"(?:{_alternation(data['distance_after_compass'])})\s*"
        rf"(?:(?:{_alternation(articles)})\s*)?"
        rf"(?:(?:[\w-]+\s+)?(?:{_alternation(nouns)})\s*(?:(?:{_alternation(of_words)})\s*)?,?\s*)?$"
    )
    return {"distance_before": re.compile(pattern, re.IGNORECASE), "distance_units": units,
            "distance_from": re.compile(reference, re.IGNORECASE), "distance_collectives": collectives}


def _country_entries(language: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The countries of data/actors.yaml (capitals, English demonyms) and of the language's
    own actors.yaml (its demonyms: "malienne"; empty where it has none)."""
    from tessera.resolve.actors import DATA_FILE

    shared = (yaml.safe_load(DATA_FILE.read_text(encoding="utf-8")) or {}).get("countries") or {}
    try:
        own = (load_data("actors", language) or {}).get("countries") or {}
    except (FileNotFoundError, UnknownLanguageError):
        own = {}
    return shared, own


def _capital_phrases(language: str, templates: Sequence[str]) -> dict[str, Any]:
    """The pattern of the language's `capital_phrases` and each demonym's capital, from the
    countries of data/actors.yaml (English demonyms, the capitals) and of the language's
    own actors.yaml (its demonyms: "malienne"); only countries with one capital."""
    if not templates:
        return {}
    shared, own = _country_entries(language)
    capital_of: dict[str, str] = {}
    capital_of_country: dict[str, str] = {}
    forms: set[str] = set()
    for code, entry in shared.items():
        capitals = list((entry or {}).get("capitals") or ())
        if not capitals:
            continue
        demonyms = (own.get(code) or {}).get("demonyms") or () if own else (entry or {}).get("demonyms") or ()
        for demonym in demonyms:
            capital_of.setdefault(fold(str(demonym)), str(capitals[0]))
            forms.add(str(demonym))
        capital_of_country[str(code)] = str(capitals[0])
    if not capital_of:
        return {}
    demonyms = longest_first_alternation(forms)  # a trie: a plain alternation cost ~4 ms an article
    alternatives = "|".join(
        re.escape(str(t)).replace("\\ ", r"\s+").replace(re.escape("{demonym}"), rf"(?P<demonym>{demonyms})")
        for t in templates)
    return {"capital_phrase": re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE), "capital_of": capital_of,
            "capital_of_country": capital_of_country}


def _settlement_phrases(language: str, templates: Sequence[str], nouns: Sequence[str]) -> dict[str, Any]:
    """The pattern of the language's `settlement_phrases` ({demonym} and {noun}, a noun of
    `apposition_nouns`, where they stand) and each demonym's country (ISO alpha-3), from the
    language's own actors.yaml where it has one, else data/actors.yaml."""
    if not templates or not nouns:
        return {}
    shared, own = _country_entries(language)
    country_of: dict[str, str] = {}
    for code, entry in (own or shared).items():
        for demonym in (entry or {}).get("demonyms") or ():
            country_of.setdefault(fold(str(demonym)), str(code))
    if not country_of:
        return {}
    country_of_words = {d for e in (own or shared).values() for d in (e or {}).get("demonyms") or ()}
    demonyms = longest_first_alternation(country_of_words)
    noun_words = "|".join(re.escape(str(n)) for n in sorted(nouns, key=len, reverse=True))
    # One capturing group, the demonym, in each template (read as the match's only group).
    alternatives = "|".join(
        re.escape(str(t)).replace("\\ ", r"\s+")
        .replace(re.escape("{demonym}"), rf"({demonyms})").replace(re.escape("{noun}"), rf"(?:{noun_words})")
        for t in templates)
    # A lookahead for the letters a phrase can start with: the same matches, found faster.
    led = first_letters_lookahead(*(
        country_of_words if t.startswith("{demonym}") else nouns if t.startswith("{noun}") else (t,)
        for t in map(str, templates)))
    return {"settlement_phrase": re.compile(rf"{led}\b(?:{alternatives})(?!\w)", re.IGNORECASE),
            "country_of": country_of}


def _sector_nouns(language: str, sectors: Sequence[str]) -> frozenset[str]:
    """The one-word nouns of these sectors in the language's actors.yaml (`sector_nouns`),
    less the words of a division or a country ("state")."""
    if not sectors:
        return frozenset()
    try:
        data = load_data("actors", language)
    except (FileNotFoundError, UnknownLanguageError):
        return frozenset()
    nouns = {str(w).casefold() for sector in sectors for w in (data.get("sector_nouns") or {}).get(sector) or ()}
    excluded = {str(w).casefold() for key in ("division_words", "country_nouns") for w in data.get(key) or ()}
    return frozenset(w for w in nouns - excluded if " " not in w)


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

# "OUAGADOUGOU, March 4 (AFP) --": capitals, optional date and agency, then a dash.
_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z'.\- ]*[A-Z](?:\s*,\s*[A-Z][A-Za-z'.\- ]*?)?)"
    r"\s*(?:,\s*[^\n()\-–—_]{0,40}?)?\s*(?:\([^)\n]{0,40}\))?\s*(?:--|—|–|-|_)\s"
)


# The same after a headline, at the start of one of the next lines ("Gunmen storm school\n
# KADUNA — Unidentified gunmen..."), where a colon also ends it ("NIAMEY: Niger's new
# rulers"), and a place in title case before a long dash, or an agency and a dash ("Addis
# Abeba — Ethiopian forces", "Bogota (AFP) – Five soldiers"); a title-case word before a
# colon only when a long line follows ("Maputo: Suspected Islamists in northern ..."), as a
# label's line is short ("Posted: Jun 02, 2013 11:09 AM").
_DATELINE_LINE = re.compile(
    r"(?:^|\n)[ \t]*(?:(?P<place>[A-Z][A-Z'.\- ]*[A-Z])\s*(?:,\s*[^\n()\-–—:_]{0,40}?)?\s*(?:\([^)\n]{0,40}\))?"
    r"\s*(?:--|—|–|-|:|_)\s"
    r"|(?P<titled>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?:\s*,\s*[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})?"
    r"(?:\s+(?:--|—|–)|\s*\([^)\n]{1,40}\)\s*(?:--|—|–|-))\s"
    r"|(?P<labelled>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}):[ \t]+(?=[A-Z][^\n]{80}))"
)
DATELINE_LINES = 8  # a dateline after a headline (and a byline) stands within the first lines (not blank)
# A town in title case, its country after a comma, then a spaced hyphen before the report's
# first word ("Niamey - Une attaque ...", "Kidal, Mali - Mali sent in troops"): a dateline
# where the gazetteer knows the name as a town (`_labelled_town`), a headline's topic else
# ("Burkina Faso - ...").
_HYPHEN_DATELINE = re.compile(
    r"[ \t]*(?P<place>[A-Z][a-z\u00e0-\u00ff]+(?:[ -][A-Z][a-z\u00e0-\u00ff]+){0,2})"
    r"(?:\s*,\s*[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})?[ \t]+-[ \t]+(?=[A-Z])"
)
# A town in parentheses alone at the very start of the text, before the report's first word
# ("(Beyrouth) Une frappe a visé ...", as the Canadian French pages write their dateline): a
# dateline where the gazetteer knows the name as a town and no country (`_dateline_town`),
# so an agency's credit ("(Belga) Au moins ...") or a label is none.
_PARENTHESISED_DATELINE = re.compile(
    r"[ \t]*\((?P<place>[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+"
    r"(?:['\u2019 -][A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+){0,2})\)"
    r"[ \t]+(?=[A-Z\u00c0-\u00de\"\u00ab\u201c])"
)
DATELINE_HEAD = 600  # ... and within the first characters (the headline, a byline and the dateline)
_DATELINE_START = 200  # a dateline at the start of the text


# A page's own date marker ahead of its text, as the pages corpus keeps it (" date 2022-02
# Dakar | Quatre soldats ..."; the French dates stage reads it as the publication month): a
# dateline may follow it.
_PAGE_MARKER = re.compile(r"\s*date\s+(?:19|20)\d\d-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?(?!\d)[ \t]+")


def page_marker_end(text: str) -> int:
    """The offset where a page's leading date marker (" date 2022-12 ") ends, 0 without one."""
    marker = _PAGE_MARKER.match(text)
    return marker.end() if marker is not None else 0


@dataclass(frozen=True)
class AsideWords:
    """Words that tell a place named aside, no event's place (`aside_places`): the keys of
    these names in data/assemble.yaml, the language's data/<language>/assemble.yaml replacing
    them (`aside_words`; the assembly's `AssembleRules.aside_words` reads the same keys). The
    events stage reads them too, so both stages agree on what is named aside."""

    language: str = "en"
    destination_words: tuple[str, ...] = ()
    destination_lemmas: frozenset[str] = frozenset()
    title_nouns: frozenset[str] = frozenset()
    place_kind_nouns: frozenset[str] = frozenset()
    caption_marks: tuple[str, ...] = ()
    holder_relatives: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=8)
def aside_words(language: str = "en") -> AsideWords:
    """The language's `AsideWords` (see there): English's from data/assemble.yaml, another
    language's keys from its own assemble.yaml replacing them."""
    raw = layered_data("assemble", language)
    return AsideWords(
        language=language,
        destination_words=tuple(raw.get("destination_words") or ()),
        destination_lemmas=frozenset(raw.get("destination_lemmas") or ()),
        title_nouns=frozenset(raw.get("title_nouns") or ()),
        place_kind_nouns=frozenset(raw.get("place_kind_nouns") or ()),
        caption_marks=tuple(raw.get("caption_marks") or ()),
        holder_relatives=frozenset(raw.get("holder_relatives") or ()),
    )


_ASIDE_DEPS = ("obl", "obl:arg", "obl:mod")


def aside_places(
    parsed: ParsedArticle, places: Sequence[Place], rules: AsideWords
) -> tuple[frozenset[int], frozenset[int], frozenset[int]]:
    """Starts of the places the article names that are no event's place: a destination told
    after a word of direction ("vers la commune de X", "en direction de X") or as the
    oblique of a verb of being taken or going somewhere ("des blessés évacués à X et à Y"),
    a town an official's title names ("le député-maire de la ville de X"), a town in a photo
    caption (a sentence with a caption mark: "Des soldats à X (illustration)"). Not a town a relative
    puts the site in ("le maire de X, où se trouve Y": `holder_relatives`). The words are
    the language's (`AsideWords`: `destination_words`, `destination_lemmas`, `title_nouns`,
    `place_kind_nouns`, `caption_marks`); none for a language that lists none. Three sets:
    the destinations, the titles' towns, the captions' towns."""
    if not (rules.destination_words or rules.destination_lemmas or rules.title_nouns or rules.caption_marks):
        return frozenset(), frozenset(), frozenset()
    sets: dict[str, set[int]] = {"gone_to": set(), "titles": set(), "captions": set()}
    # Each place's reading depends only on the parse, its own span and the words: kept on the
    # parse by those words, as the events stage and the assembly each ask for the article's
    # places (the same ones, or the assembly's more).
    held = parsed.__dict__.setdefault("_aside_places", {}).setdefault(rules, {})
    for place in places:
        key = (place.start, place.end)
        kind = held.get(key, _UNREAD_ASIDE)
        if kind is _UNREAD_ASIDE:
            kind = held[key] = _aside_kind(parsed, place, rules)
        if kind is not None:
            sets[kind].add(place.start)
    return frozenset(sets["gone_to"]), frozenset(sets["titles"]), frozenset(sets["captions"])


_UNREAD_ASIDE = object()


def _aside_kind(parsed: ParsedArticle, place: Place, rules: AsideWords) -> str | None:
    """Which of `aside_places`'s sets the place falls in ("gone_to", "titles", "captions"), or None."""
    # The language's articles and its "of" ("la commune de X", "le maire du village de X"):
    # the places stage's words (`articles`, `of_words` of data/<language>/places.yaml).
    phrases = place_phrases(rules.language)
    articles, of_words = phrases.articles, phrases.of_words
    sentence = parsed.sentence_at(place.start)
    if sentence is None:
        return None
    captioned = sentence.__dict__.get("_captioned")  # holds a caption mark (read once a sentence)
    if captioned is None or captioned[0] != rules.caption_marks:
        folded = sentence.text.casefold()
        captioned = sentence.__dict__["_captioned"] = (
            rules.caption_marks, any(mark in folded for mark in rules.caption_marks))
    if captioned[1]:
        return "captions"
    span = sentence.span_at(place.start, place.end)
    if span is None or len(span) == 0:
        return None
    doc = span.doc
    # "l'hôpital de X, la commune dont dépend Y", "le maire de X, où se trouve Y": X holds the site.
    after = [t.lower_ for t in doc[span.end:span.end + 5] if not t.is_punct]
    while after and (after[0] in articles or after[0] in rules.place_kind_nouns):
        after = after[1:]
    if after and after[0] in rules.holder_relatives:
        return None
    # The words before the name, past a kind of place and its "de" ("la commune de X").
    i = span.start
    words = [t.lower_ for t in doc[max(0, i - 6):i]]
    while len(words) >= 2 and words[-1] in of_words and words[-2] in rules.place_kind_nouns:
        words = words[:-2]
        while words and words[-1] in articles:
            words = words[:-1]
    bare = words
    while bare and bare[-1] in articles:
        bare = bare[:-1]
    before = " ".join(bare)
    if any(before == w or before.endswith(" " + w) for w in rules.destination_words):
        return "gone_to"
    if len(words) >= 2 and words[-1] in of_words and words[-2] in rules.title_nouns:
        return "titles"
    # "évacués à Niamey et à X": the oblique (or one coordinated with it) of such a verb.
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ in _ASIDE_DEPS and root.head.lemma_.casefold() in rules.destination_lemmas:
        return "gone_to"
    return None


def dateline_span(text: str) -> tuple[int, int] | None:
    """Offsets of the dateline's place ("NIAMEY" in "NIAMEY, Dec 22 (Xinhua) --"), if any:
    at the start of the text (after a page's date marker), or at the start of one of its
    first lines after a headline; in the forms every language shares, or in one a coded
    language writes (`_written_dateline`: "Kinshasa, 14 février 2025 -", "Dakar | ...")."""
    marker = _PAGE_MARKER.match(text)
    skip = marker.end() if marker is not None else 0
    span = _dateline_in(text[skip : skip + DATELINE_HEAD])
    if span is None and (credit := SYNDICATION_CREDIT.match(text, skip)) is not None:
        # "(MENAFN- Kuwait News Agency (KUNA)) ISLAMABAD, Sep 6 (KUNA) -": a syndicator's
        # credit before the wire's own dateline
        skip = credit.end()
        span = _dateline_in(text[skip : skip + DATELINE_HEAD])
    return None if span is None else (span[0] + skip, span[1] + skip)


def _dateline_in(head: str) -> tuple[int, int] | None:
    found = _DATELINE.match(head[:_DATELINE_START])
    if found:
        return found.start("place"), found.end("place")
    barred, dated = _written_datelines()
    wired = _wire_dateline()
    line = _DATELINE_LINE.match(head)
    if line is not None and line.group("titled"):  # "Addis Abeba — Ethiopian forces"
        return line.start("titled"), line.end("titled")
    if line is not None and line.group("labelled") and _labelled_town(line.group("labelled")):
        return line.start("labelled"), line.end("labelled")  # "Cairo: Militants killed ..."
    if (hyphened := _HYPHEN_DATELINE.match(head)) is not None and _labelled_town(hyphened.group("place")):
        return hyphened.start("place"), hyphened.end("place")  # "Niamey - Une attaque ..."
    bracketed = _PARENTHESISED_DATELINE.match(head)
    if bracketed is not None and _dateline_town(bracketed.group("place")):
        return bracketed.start("place"), bracketed.end("place")  # "(Beyrouth) Une frappe ..."
    for written in (barred, dated, wired):
        if written is not None and (line := _dateline_match(written, head, 0)) is not None:
            return line.start("place"), line.end("place")
    lines_end, lines = 0, 0
    while lines < DATELINE_LINES:
        lines_end = head.find("\n", lines_end + 1)
        if lines_end < 0:
            return None
        if (placed := _dateline_at_line(head, lines_end)) is not None:
            return placed
        following = head.find("\n", lines_end + 1)
        lines += bool(head[lines_end + 1 : following if following >= 0 else len(head)].strip())
    return None


@functools.lru_cache(maxsize=1024)
def _labelled_town(name: str) -> bool:
    """Whether a title-case name before a colon at the very start of a text is a dateline's
    town ("Cairo: Militants killed ..."), not a headline's label: the gazetteer knows the name
    as a place's own name, not through an alternate ("Abbas: No peace without ..." is a
    speaker, whatever "Fort Abbas" is called for short), and as no country ("Tchad: Le
    président ...", "Central African Republic: At least 15 killed ..." open a headline on the
    country it is about). The default gazetteer's: `dateline_span` reads the text alone."""
    entries = Gazetteer.default().lookup(name)
    key = fold(name)
    return any(e.primary and fold(e.name) == key for e in entries) and not any(e.feature == "country" for e in entries)


def dateline_repeats(text: str, dateline: tuple[int, int] | None) -> list[tuple[int, int]]:
    """Offsets of the dateline's place where a later line opens with the same dateline
    again ("OUAGADOUGOU: Nine people ..." repeated inside the page, as pages that print
    their lead twice do). Why: the repeated dateline is still where the report was filed,
    not a place of its events; read only at line starts with the dateline's exact text."""
    if dateline is None:
        return []
    name = text[dateline[0] : dateline[1]]
    repeats = []
    for found in re.finditer(rf"\n[ \t]*(?P<name>{re.escape(name)})", text):
        start = found.start("name")
        if start <= dateline[0]:
            continue
        if _dateline_at_line(text, found.start()) == (start, start + len(name)):
            repeats.append((start, start + len(name)))
    return repeats


def _dateline_at_line(text: str, newline: int) -> tuple[int, int] | None:
    """Offsets of the place of a dateline that opens the line after `newline`, if one does,
    in any of the forms read after a headline (`_DATELINE_LINE`, the written and wire forms,
    a known town before a spaced hyphen: `_HYPHEN_DATELINE`)."""
    line = _DATELINE_LINE.match(text, newline)
    if line is not None:
        group = next(g for g in ("place", "titled", "labelled") if line.group(g))
        return line.start(group), line.end(group)
    hyphened = _HYPHEN_DATELINE.match(text, newline + 1)
    if hyphened is not None and _labelled_town(hyphened.group("place")):
        return hyphened.start("place"), hyphened.end("place")
    for written in (_written_datelines()[1], _wire_dateline(), _credited_line()):
        if written is not None and (line := _dateline_match(written, text, newline)) is not None:
            return line.start("place"), line.end("place")
    return None


def _dateline_match(pattern: re.Pattern[str], text: str, start: int) -> re.Match[str] | None:
    """`pattern` matched at `start`, where a wire dateline that ends its line (the town and
    the agency's credit alone, "Nairobi (AFP)\n\nDeux gardes ...") names a town
    (`_dateline_town`): a headline's last words before a credit are none."""
    found = pattern.match(text, start)
    if found is None or "alone" not in pattern.groupindex or found.group("alone") is None:
        return found
    return found if _dateline_town(found.group("place").split(",")[0].strip()) else None


@functools.lru_cache(maxsize=1024)
def _dateline_town(name: str) -> bool:
    """Whether a name read where a dateline stands with no dash to tell it is a town's: the
    gazetteer knows it as a town under any of its names ("Beyrouth", "Jénine") and as no
    country ("(Liban)"), and it is no agency's credit ("(Belga)", `dateline_agencies`)."""
    if name.casefold() in {a.casefold() for a in _coded_words("dateline_agencies")}:
        return False
    entries = Gazetteer.default().lookup(name)
    return any(e.feature == "city" for e in entries) and not any(e.feature == "country" for e in entries)


def _coded_words(key: str) -> set[str]:
    """The words of places.yaml list `key` in every coded language together: a dateline's
    words are the page's, whatever language its report is in."""
    words: set[str] = set()
    for language in sorted(CODED_LANGUAGES):
        try:
            data = load_data("places", language)
        except (FileNotFoundError, UnknownLanguageError):
            continue
        words |= {str(w) for w in data.get(key) or ()}
    return words


@functools.lru_cache(maxsize=1)
def _wire_dateline() -> re.Pattern[str] | None:
    """A dateline as the wire services write it, which the shared forms miss: the place
    (capitals or title case, its country after a comma or in parentheses, a date after a
    comma), then the agency's credit in parentheses or between bars, then a dash or the
    report's first words on the same line ("Bishkek (Kyrgyzstan) (AFP) –", "Juba, South
    Sudan | AFP |", "CAIRO (Sputnik - 26th July) The ...", "Baghdad, Feb 16 (IANS) A ...", the day before
    the month and a year too, "Abidjan, 10 jan 2015 (AFP) -";
    a town and its credit alone on their line too, "Nairobi (AFP)\n", where the gazetteer knows
    the town (group `alone`, read by `_dateline_match`), so not a headline's last words before a
    credit and the line's end, "Gunmen Kill Ten (AFP)"). The credit must name an agency of the
    coded languages' places.yaml (`dateline_agencies`), so a headline's name with its acronym ("Rapid Support Forces
    (RSF) Kill ...") is none. Why: a dateline missed leaves
    the town where the report was filed as the place of the events it reports."""
    agencies = _coded_words("dateline_agencies")
    if not agencies:
        return None
    word = r"[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u00ff]*(?:['\u2019.-][A-Za-z\u00c0-\u00ff]+)*"
    name = rf"{word}(?: {word}){{0,2}}"
    agency = rf"(?<![A-Za-z])(?:{_alternation(agencies)})(?![A-Za-z])"
    credit = (rf"(?:\([^()\n]{{0,60}}?{agency}[^()\n]{{0,60}}\)"
              rf"|\|[ \t]*{agency}[ \t]*\|)")
    return re.compile(
        rf"(?:^|\n)[ \t]*(?P<place>{name}(?:,[ \t]*{name})?)"
        r"(?:,?[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}"  # "Baghdad, Feb 16 (IANS)"
        r"|,?[ \t]*\d{1,2}[ \t]+[A-Za-z\u00e0-\u00ff]{3,9}\.?(?:[ \t]+\d{4})?)?"  # "Abidjan, 10 jan 2015 (AFP)"
        rf"(?:[ \t]*\({name}\))?,?[ \t]*{credit}"  # "Bishkek (Kyrgyzstan) (AFP)"
        r"[ \t]*(?:(?:--|\u2014|\u2013|-|_)\s|(?=[A-Z\"\u201c])|(?P<alone>(?=\r?\n)))")


# A word of a town's name in title case on a dateline or a byline ("Dakar", "N'Djamena",
# "Bobo-Dioulasso"), not an outlet's brand ("APAnews | ...", "LeFaso.net | ...").
_TOWN_WORD = r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]*(?:['\u2019-][A-Za-z\u00c0-\u00ff][a-z\u00df-\u00ff]+)*"


@functools.lru_cache(maxsize=1)
def _credited_line() -> re.Pattern[str] | None:
    """A byline of an agency and the town it filed from, on a line of its own after the
    headline ("Press Trust of India Islamabad", "Reuters Nairobi"): the town is where the
    report was filed, as a dateline's. The agency must be one of `dateline_agencies`."""
    agencies = _coded_words("dateline_agencies")
    if not agencies:
        return None
    # Not the agency's own words ("AP News", "Reuters Staff", "AFP Photo"): `byline_words`.
    not_place = _coded_words("byline_words")
    barred = rf"(?!(?:{_alternation(not_place)})\b)" if not_place else ""
    return re.compile(
        rf"\n[ \t]*(?:{_alternation(agencies)})[ \t]+{barred}"
        rf"(?P<place>{_TOWN_WORD}(?: {_TOWN_WORD}){{0,2}})[ \t]*(?=\n)"
    )


@functools.lru_cache(maxsize=1)
def _written_datelines() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """Datelines as the coded languages' pages write them beyond the shared forms, from
    each language's places.yaml: a town in title case before a bar, at the start of the
    text only ("Dakar | Quatre soldats ...": `dateline_bars`; a bar on a later line is a
    menu's, "Accueil | Politique"), and a town before a comma, its date and a dash, after a
    headline too ("Kinshasa, 14 février 2025 -", "Niamey, le 3 mars (ANP) -":
    `dateline_months`, `dateline_day_words`). The date must name a month of the list, so an
    ordinary sentence ("Dakar, 12 morts -") is none. Read for every text, whatever its
    language: a dateline's words are the page's, and English writes its months
    capitalised, which these lists are not."""
    bars = _coded_words("dateline_bars")
    months = _coded_words("dateline_months")
    day_words = _coded_words("dateline_day_words")
    name = rf"(?:^|\n)[ \t]*(?P<place>{_TOWN_WORD}(?: {_TOWN_WORD}){{0,2}})"
    barred = re.compile(rf"{name}[ \t]*(?:{_alternation(bars)})[ \t]") if bars else None
    day = rf"(?:(?:{_alternation(day_words)})\s+)?" if day_words else ""
    dated = re.compile(
        rf"{name}\s*,\s*{day}\d{{1,2}}(?:er)?\s+(?:{_alternation(months)})(?:\s+(?:19|20)\d\d)?"
        r"\s*(?:\([^)\n]{1,40}\))?\s*(?:--|\u2014|\u2013|-|_)\s") if months else None
    return barred, dated


def _alternation(words: Collection[object]) -> str:
    """A regex alternation of `words`, longest first, a space matching any run of whitespace."""
    ordered = sorted((str(w) for w in words), key=len, reverse=True)
    return "|".join(re.escape(w).replace("\\ ", r"\s+") for w in ordered)


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
    phrases = place_phrases(language)
    geocoder = geocoder or _geocoder(gazetteer)
    toponyms = sorted(
        [*(_facility_tail(_trimmed(e), phrases, parsed.is_lowercased) for e in entities
           if e.label in PLACE_LABELS or (e.label in MISLABELS and _is_safe_term(gazetteer, e.text))),
         *_institutions_towns(text, entities, gazetteer, phrases, parsed.is_lowercased)],
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
    if phrases.road_before is not None and village_countries and not parsed.is_lowercased:
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
    if not parsed.is_lowercased:
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
    areas = _areas_named_after(mentions, resolutions, geocoder, phrases, countries, village_countries)
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
                or _route(parsed, text, mention, phrases)
                or ("route" if any(start <= mention.start < end for start, end in roads) else None))
        if role is None and _names_a_kind_of_country(text, mention, resolution, phrases):
            role = "affiliation"
        if role is None and resolution is not None and resolution.entry.feature == "country" \
                and phrases.country_near_before is not None \
                and phrases.country_near_before.search(text[max(0, mention.start - 40) : mention.start]):
            role = "border"  # "près du Burkina Faso": beside the country, not in it
        place = _place(text, mention, resolution, gazetteer, keep_unresolved, role)
        if place is not None and index in areas:
            place = place.model_copy(update={"name": mention.text, "geonames_id": None, "feature": areas[index][1]})
        if place is not None and role is None and place.feature == "country" \
                and _whose(parsed, mention, phrases):
            whose.append(place)
        if place is not None and role is None and is_national_capital(place) and _speaks(parsed, mention, phrases):
            place = place.model_copy(update={"role": "affiliation"})
        if place is not None and not _names_an_institution(text, place) \
                and not _a_thing_named(text, mention, resolution, countries, phrases):
            places.append(place)
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
    if phrases.bare_capital is not None:
        places = sorted(places + _bare_capitals(parsed, places, gazetteer, phrases), key=lambda p: p.start)
    return places


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
        tokens = sentence.tokens  # the sentence's tokens, made once (`ParsedSentence.tokens`)
        for k in range(1, len(tokens)):
            token = tokens[k]
            word = token.text
            if len(word) < MISSPELT_MIN_LENGTH or not word[:1].isupper() or not word[1:].islower() \
                    or word in towns or fold(tokens[k - 1].text) not in prepositions:
                continue
            start, end = sentence.offsets(token)
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
    moved: list[Place] = []
    for place in places:
        match = None
        if place.feature in _OFFSET_FEATURES and place.lat is not None and place.lon is not None:
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
        number = number.replace(",", "") if _THOUSANDS.fullmatch(number) else number.replace(",", ".")
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
    pattern = phrases.distance_from
    if pattern is None:
        return set()
    far: set[int] = set()
    for place in places:
        if place.feature == "site" and place.geonames_id is None:
            continue
        match = pattern.search(text, max(0, place.start - 120), place.start)
        if match is None:
            continue
        if any(_APPOSED_DISTANCE.fullmatch(text, q.end, match.start()) for q in places
               if q.end <= match.start() and q.feature in _APPOSED_FEATURES and q.lat is not None):
            # "Zaouïa, située à quelque 45 km à l'ouest de Tripoli", "dans la province de
            # Bubanza (25 km de Bujumbura)": the distance locates the town or province just named
            far.add(place.start)
            continue
        number = match.group("number").casefold()
        count = next((v for k, v in phrases.distance_collectives.items() if number.startswith(k)), None)
        if count is None:
            number = number.replace(",", "") if _THOUSANDS.fullmatch(number) else number.replace(",", ".")
            try:
                count = float(number)
            except ValueError:
                continue
        if count * phrases.distance_units.get(match.group("unit").casefold(), 1.0) >= BEARING_KM:
            far.add(place.start)
    return far | _bearings(text, places, phrases)


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


_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
# Between a town and a distance in apposition to it: a comma or an opening bracket and at
# most three lower-case words ("Tillia, about 65 km north of", "Zaouïa, située à quelque 45
# km à l'ouest de", "Sikensi (quelque 60 kilomètres au nord-ouest d'Abidjan)").
_APPOSED_DISTANCE = re.compile(r"\s*[,(\[]\s*(?:[a-zà-ÿ]+\s+){0,3}")
# Kilometres in a degree of latitude (and of longitude at the equator).
KM_PER_DEGREE = 111.195


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
    forms = [_WORD_FORMS.get(orth) or _word_form(strings, orth) for orth in doc.to_array(ORTH).tolist()]
    return _Words([form[0] for form in forms], [bool(space) for space in doc.to_array(SPACY).tolist()],
                  [form[1] for form in forms])


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


def _scan(
    parsed: ParsedArticle,
    entities: Sequence[Entity],
    toponyms: Sequence[Entity],
    gazetteer: Gazetteer,
    phrases: PlacePhrases,
    countries: Collection[str],
) -> list[Entity]:
    """Names in a place's position that the entities missed (see the module docstring)."""
    if parsed.is_lowercased:
        return []
    taken = [(e.start, e.end) for e in toponyms]
    others = [e for e in entities if e.label not in PLACE_LABELS]
    words = gazetteer.words
    found: list[Entity] = []
    for sentence in parsed.sentences:
        doc = sentence.doc
        chain_end = -1  # token index just after the last name taken, for "in Bakura and Maradun"
        words_at = _sentence_words(sentence)  # where a name can start, read once (most tokens cannot)
        # Token indices where a toponym of the sentence ends: a name conjoined with it across
        # "and of" ("de Goz Beïda et d'Am Timan") stands where it does (entity spans only).
        ends = _toponym_ends(sentence, taken)
        texts, capitals = words_at.texts, words_at.capitals
        size = len(doc)
        i = 0
        while i < size:
            if not (capitals[i] or (i + 2 < size and capitals[i + 2] and texts[i + 1] == "-"
                                    and is_arabic_article(texts[i]) and _arabic_article_at(doc, i))):
                i += 1
                continue
            if doc[i].lower_ in phrases.locative_prepositions or doc[i].lower_ in phrases.articles:
                # A capitalised locative word or article opens the sentence ("In Rafah, ...",
                # "Near Djibo, ...", "À Bamako, ..."): the name starts after it.
                i += 1
                continue
            j = _run_end(words_at, i)
            # Across lower-case particles ("Mocímboa da Praia"): tried first, kept only if known.
            longest = _run_end(words_at, i, phrases.name_particles) if phrases.name_particles else j
            chain = i - 2 if i - 2 in ends else chain_end  # "Goz Beïda et d'[Am Timan]"
            located = _locative(doc, i, chain, phrases) or _building_of(doc, i, phrases)
            struck = not located and _struck(doc, i, phrases)
            apposed = not located and not struck and _in_apposition(doc, i, phrases)
            settled = not (located or struck or apposed) and _settlement_word_after(doc, i, j, phrases)
            located = located or struck or apposed or settled
            kinded = phrases.kind_before_outside and _division_word_before(doc, i, phrases)
            taken_run = None
            for end in range(longest, i, -1):  # the longest known name from i: "near Djibo Friday" -> Djibo
                if end < longest and not doc[end - 1].whitespace_:
                    continue  # not inside a hyphenated word ("Arab-Israeli")
                if end > j and not _capitalised(doc[end - 1]):
                    continue  # a name does not end on a particle ("Santander de")
                kind_length = phrases.kind_at(doc, end)
                if (struck or apposed) and end not in (j, longest) and not kind_length:
                    continue  # after a verb, only the whole run: "attacked Musa Ibrahim" is no "Musa"
                if settled and end != j:
                    continue  # "Goma city": the whole run before the settlement's word
                kind = kind_length > 0
                if kind and end + kind_length < len(doc) and _capitalised(doc[end + kind_length]):
                    break  # a longer name: "Lansing State Journal", "Lake Region Hospital"
                if not (located or kind):
                    continue
                start_char, end_char = sentence.offsets(doc[i:end])
                name = parsed.text[start_char:end_char]
                entries = gazetteer.lookup(name, countries)
                if kind and not entries:  # known only with its kind word: "Northwest province"
                    kind_end = sentence.offsets(doc[end + kind_length - 1])[1]
                    entries = gazetteer.lookup(parsed.text[start_char:kind_end])
                # The whole run, not the first words of an institution's name ("the University of X").
                whole_run = end == j and not (end + 1 < size and texts[end] in phrases.of_words and capitals[end + 1])
                if not entries:
                    continue
                placed = located and whole_run  # "the town of Al-Haffah in Latakia province"
                if not _plausible(name, entries, kind or kinded, countries, words, whole_run) and not (
                        placed and _placed_in_division(parsed.text, end_char, entries, gazetteer, phrases)):
                    continue
                if kind:
                    end_char = sentence.offsets(doc[end + kind_length - 1])[1]
                elif settled:
                    end_char = sentence.offsets(doc[end])[1]  # read off by `_mention`
                # A division the recogniser took only in part ("Cameroon's Far [North] region")
                # is read whole when the gazetteer knows the longer name as that kind of
                # place: it wins (`_drop_nested`). Any other overlap stops the scan.
                kind_word = " ".join(t.lower_ for t in doc[end : end + kind_length])
                # A name read across a particle is known whole too ("Mocímboa da [Praia]").
                whole = (kind and _kind_agrees(phrases.kind_after[kind_word], entries)) or end > j
                if any(s < end_char and start_char < e and not (whole and start_char <= s and e <= end_char
                                                                 and e - s < end_char - start_char)
                       for s, e in taken):
                    break
                clash = [e for e in others if e.start < end_char and start_char < e.end]
                # A model entity of another label may be this name mislabelled ("Djibo"
                # as ORG, "Burkina Faso's"), never a longer name holding it ("Boko Haram"),
                # but for a span the model ran over a locative word ("El Aguaje in Aguililla").
                # The model may also take the article in: "in [the Marte Local Government
                # Area] of Borno State" is the division with its kind word.
                text = parsed.text
                after_preposition = i > 0 and doc[i - 1].text in phrases.locative_prepositions
                if any((e.start < start_char and not after_preposition
                        and not (kind and _LEADING_ARTICLE.fullmatch(text[e.start : start_char])))
                       or (e.end > end_char and text[end_char : e.end] not in _POSSESSIVES)
                       for e in clash):
                    break
                if struck and any(e.label in _PERSON_LABELS for e in clash) and not _town_of(entries, countries):
                    break  # "attacked Musa": a person's name, unless a town of the story's countries
                taken_run = Entity(text=parsed.text[start_char:end_char], start=start_char, end=end_char, label="GPE")
                break
            if taken_run is not None and longest > j and taken_run.end > sentence.offsets(doc[j - 1])[1]:
                j = longest  # the name ran across a particle
            if taken_run is not None:
                found.append(taken_run)
                taken.append((taken_run.start, taken_run.end))
                chain_end = j + phrases.kind_at(doc, j)
            i = j
    return found


def _toponym_ends(sentence: ParsedSentence, spans: Sequence[tuple[int, int]]) -> frozenset[int]:
    """Indices of the tokens right after the toponyms `spans` (article offsets) of the sentence."""
    ends = set()
    for start, end in spans:
        if sentence.start <= start and end <= sentence.end:
            span = sentence.span_at(start, end)
            if span is not None:
                ends.add(span.end)
    return frozenset(ends)


_DIVISION_AFTER = re.compile(r"(?:\s*,\s*|\s+(?:in|inside|within)\s+(?:the\s+)?)((?:[A-Z][\w'\u2019-]*\s+){1,3})(\w+)")


def _placed_in_division(
    text: str, end: int, entries: Sequence[GazetteerEntry], gazetteer: Gazetteer, phrases: PlacePhrases
) -> bool:
    """A town the scan found is a place however small when the next words put it in a
    division with its kind word that holds it: "the town of Al-Haffah in Latakia province",
    "Maga, Kebbi State"."""
    match = _DIVISION_AFTER.match(text, end)
    if match is None or phrases.kind_after.get(match.group(2).casefold()) not in ("admin1", "admin2"):
        return False
    divisions = {e.admin1 for e in gazetteer.lookup(match.group(1).strip())
                 if e.feature in ("admin1", "admin2") and e.admin1}
    return any(e.feature == "city" and e.admin1 in divisions for e in entries)


def _kind_agrees(feature: Feature, entries: Sequence[GazetteerEntry]) -> bool:
    """Whether one of `entries` is the kind of place a kind word demands (a region's or a
    province's word names either level of division)."""
    divisions = ("admin1", "admin2", "region")
    return any(e.feature == feature or (feature in divisions and e.feature in divisions) for e in entries)


def _without_strangers(
    mentions: Sequence[Mention],
    resolutions: Sequence[Resolution | None],
    countries: Collection[str],
    neighbours: Callable[[str], frozenset[str]] | None = None,
    geocoder: Geocoder | None = None,
) -> list[Resolution | None]:
    """A small town abroad with no tie to the article is no reading of the name: in a
    story that names its countries (or, naming none, divisions of one country only:
    "Jonglei state"), a town of fewer than SCANNED_TOWN_POPULATION people outside them
    stays out unless another name of the article lies in its country or its own words
    place it ("Lith" in a South Sudan story is no Dutch village; "Baga, Nigeria" is no
    Spanish village, which the words put in another country); nor is a town abroad
    matched only through another spelling a reading of a name with a division's kind word.
    With `neighbours` (places.yaml `far_divisions`), nor is a first- or second-level
    division in a country that is neither one of the story's nor a neighbour of one, with no
    tie ("au Nord-Ouest de la localité" in a Togo story is no Haitian department, "Lemba"
    in a Kinshasa story no province of São Tomé). With `neighbours`, nor is a town of fewer
    than FAR_TOWN_POPULATION people, no capital, in such a far country with no tie ("La
    Carlota" in a Venezuela story is no Philippine town, "Kaïta" in a Centrafrique story no
    Japanese one)."""
    if not countries:
        return list(resolutions)
    by_country: dict[str, set[str]] = {}
    for mention, resolution in zip(mentions, resolutions, strict=True):
        if resolution is not None and resolution.entry.country:
            by_country.setdefault(resolution.entry.country, set()).add(fold(mention.name))
    # The story's countries and their neighbours (`far_divisions`): a division elsewhere is far.
    near = set(countries).union(*(neighbours(c) for c in countries)) if neighbours is not None else set()
    kept: list[Resolution | None] = []
    for mention, resolution in zip(mentions, resolutions, strict=True):
        entry = resolution.entry if resolution is not None else None
        # Its own words place it where they name a place of its country ("Baga, Nigeria" is no
        # Spanish village); a place the words name that no gazetteer holds ("Lith payam of Twic
        # East") or one in another country ("Baga, Nigeria" for the Spanish Baga) is no tie.
        container = resolutions[mention.inside] if mention.inside is not None else None
        placed = container is not None and entry is not None and container.entry.country == entry.country
        stranger = (
            entry is not None and entry.feature == "city" and entry.population < SCANNED_TOWN_POPULATION
            and entry.country not in countries and not placed
            and not by_country.get(entry.country or "", set()) - {fold(mention.name)}
        )
        # A division's kind word names a division: a town abroad that another spelling of
        # its name happens to match is no reading of it ("Mambasa territory" is no Mombasa).
        stranger = stranger or (
            entry is not None and entry.feature == "city" and not entry.primary and entry.country not in countries
            and mention.hint in ("admin1", "admin2")
        )
        if neighbours is not None and not stranger and entry is not None and not placed:
            far = (entry.country is not None and entry.country not in near
                   and not by_country.get(entry.country, set()) - {fold(mention.name)})
            stranger = far and (
                entry.feature in ("admin1", "admin2")
                or (entry.feature == "city" and entry.population < FAR_TOWN_POPULATION
                    and not (geocoder is not None and geocoder.is_capital(entry)))
            )
        kept.append(None if stranger else resolution)
    return kept


def _unheld_divisions(
    mentions: Sequence[Mention], resolutions: Sequence[Resolution | None], phrases: PlacePhrases
) -> list[Resolution | None]:
    """A name before the kind word of a division the gazetteer holds at no level (places.yaml
    `unheld_kinds`: "Kanbalu Township") resolves only to a namesake. Only the town the division
    is named after is a reading of it (`_areas_named_after` then reads the division at its
    level), and only where another name of the article, not its own, lies in the town's
    first-level division ("Kanbalu Township" beside "Sagaing Region"); a division of another
    kind only in the countries whose districts are named after their chief township
    (`unheld_division_countries`: Myanmar's "Maungdaw District"), elsewhere none ("Jackson
    Township, Ohio" is no "Jackson County": Ohio has dozens of Jackson Townships); nor a town of
    the same name three states away."""
    kinds = [phrases.kind_ending(mention.text) for mention in mentions]
    if not any(kind in phrases.unheld_kinds for kind in kinds if kind is not None):
        return list(resolutions)  # no township named: nothing to weigh (most articles)
    regions: dict[tuple[str, str], set[str]] = {}
    for mention, resolution in zip(mentions, resolutions, strict=True):
        if resolution is not None and resolution.entry.country and resolution.entry.admin1:
            regions.setdefault((resolution.entry.country, resolution.entry.admin1), set()).add(fold(mention.name))
    kept: list[Resolution | None] = []
    for mention, resolution, kind in zip(mentions, resolutions, kinds, strict=True):
        if resolution is not None and kind is not None and kind in phrases.unheld_kinds:
            entry = resolution.entry
            others = regions.get((entry.country or "", entry.admin1 or ""), set()) - {fold(mention.name)}
            if not others or (entry.feature != "city" and entry.country not in phrases.unheld_division_countries):
                resolution = None
        kept.append(resolution)
    return kept


def _contested_abroad(
    mentions: Sequence[Mention],
    resolutions: Sequence[Resolution | None],
    contested: Sequence[tuple[int, int]],
    countries: Collection[str],
    geocoder: Geocoder,
) -> list[Resolution | None]:
    """A name only the scan read as a town, which the recogniser labelled otherwise (an
    organisation's, a people's), is no town outside the countries the story names and
    their neighbours: the name of an Ethiopian militia is not a town in Italy, whatever
    word stands before it ("between the Fano militia"). A division with its kind word
    ("Barrow County") keeps its reading."""
    near = set(countries)
    for code in countries:
        near |= geocoder.neighbours(code)
    kept: list[Resolution | None] = []
    for mention, resolution in zip(mentions, resolutions, strict=True):
        abroad = (resolution is not None and resolution.entry.feature == "city"
                  and resolution.entry.country is not None and resolution.entry.country not in near)
        if abroad and any(s < mention.end and mention.start < e for s, e in contested):
            kept.append(None)
        else:
            kept.append(resolution)
    return kept


def _arabic_article_at(doc: Doc, i: int) -> bool:
    """Token i is an Arabic article hyphened to a name: "al-Souki", "el-Geneina"."""
    return (
        i + 2 < len(doc) and is_arabic_article(doc[i].text) and doc[i + 1].text == "-"
        and not doc[i].whitespace_ and not doc[i + 1].whitespace_ and _capitalised(doc[i + 2])
    )


def _arabic_led(name: str) -> bool:
    head, hyphen, rest = name.partition("-")
    return bool(hyphen) and is_arabic_article(head) and rest[:1].isupper()


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


def _building_of(doc: Doc, i: int, phrases: PlacePhrases) -> bool:
    """A building's common noun and "of" before token i ("un hôtel de Sévaré", "la mosquée
    d'Abankor": `building_of_nouns`): the name is the town the building stands in."""
    return (i >= 2 and doc[i - 1].lower_ in phrases.of_words and doc[i - 2].text.islower()
            and doc[i - 2].text in phrases.building_of_nouns)


def _in_apposition(doc: Doc, i: int, phrases: PlacePhrases) -> bool:
    """A comma and a noun of a settlement before token i set the name there beside it: "in
    the capital, N'Djamena", "in Chad's second-largest city, Moundou" (`apposition_nouns`);
    so does the noun in lower case right before it, with an article, a locative modifier or
    preposition before the noun ("in northern city Makeni", "the resort Dahab")."""
    if i >= 2 and doc[i - 1].text == "," and doc[i - 2].lower_ in phrases.apposition_nouns:
        return True
    if i < 2 or doc[i - 1].text not in phrases.apposition_nouns:
        return False
    before = doc[i - 2].lower_
    return before in phrases.articles or before in phrases.modifiers or before in phrases.locative_prepositions


def _settlement_word_after(doc: Doc, i: int, j: int, phrases: PlacePhrases) -> bool:
    """A settlement's word in lower case ends the capitalised run i..j ("taking over Goma
    city", "Shinkafi town was attacked"): the run names that settlement, wherever it
    stands in the sentence, as `_mention` reads such a span. Not a place holding one
    ("a Kano village", "the Niger town of Diffa": an indefinite article before, "of" after)."""
    if j >= len(doc) or doc[j].text not in phrases.settlement_after:
        return False
    if j + 1 < len(doc) and doc[j + 1].lower_ in phrases.of_words:
        return False
    return not (i > 0 and doc[i - 1].lower_ in phrases.indefinite_words)


def _struck(doc: Doc, i: int, phrases: PlacePhrases) -> bool:
    """The words before token i say a place there is taken or struck: a verb of attack
    ("raided Mangu", "overran the Boulkessi"), or a noun of attack and its preposition
    ("an attack on Boulkessi", "the siege of Djibo")."""
    k = i - 1
    if k >= 0 and doc[k].lower_ in phrases.articles:
        k -= 1
    if k < 0:
        return False
    if doc[k].lower_ in phrases.site_verbs:
        return True
    return doc[k].lower_ in phrases.site_noun_prepositions and k >= 1 and doc[k - 1].lower_ in phrases.site_nouns


def _plausible(
    name: str,
    entries: Sequence[GazetteerEntry],
    kind: bool,
    countries: Collection[str],
    words: object,
    whole: bool = True,
) -> bool:
    """Whether a name the scan found after a locative word (or with a kind word) is a place;
    `whole`: the name is the whole capitalised run there, not its first words nor those of
    a longer name across "of"."""
    if name.isupper():
        return False  # an acronym ("AU", "UN"): the matcher knows the ones that are places
    if kind:
        return True
    key = name.casefold()
    if " " not in key and key in getattr(words, "common", ()):
        return False  # "in March", "at Home"
    if " " not in key and key in getattr(words, "nouns", ()):
        # The model's noun index is WordNet's, which lists many towns ("Goma", "Omdurman",
        # "Maiduguri") beside common nouns ("Union", "Bath"): after a locative word, the
        # whole capitalised run is the town when one of that name of some size lies in the
        # article's own countries.
        return whole and any(
            e.primary and e.feature == "city" and e.country in countries and e.population >= SCANNED_TOWN_POPULATION
            for e in entries
        )
    # Another spelling ("Arbinda" for Aribinda) counts in the article's own countries only.
    return any(
        e.country in countries
        or (e.primary and (e.feature in _SCAN_FEATURES or e.population >= SCANNED_TOWN_POPULATION))
        for e in entries
    )


def _town_of(entries: Sequence[GazetteerEntry], countries: Collection[str]) -> bool:
    """Whether one of `entries` is a town of some size in the article's own countries."""
    return any(e.feature == "city" and e.country in countries and e.population >= SCANNED_TOWN_POPULATION
               for e in entries)


def _role(text: str, mention: Mention, dateline: tuple[int, int] | None, phrases: PlacePhrases) -> PlaceRole | None:
    if dateline is not None and mention.start < dateline[1] and dateline[0] < mention.end:
        return "dateline"
    before = text[max(0, mention.start - 40) : mention.start]
    if phrases.border_before.search(before) or phrases.border_after.match(text, mention.end):
        return "border"
    # Whose head ("à la tête du Mali"), whose force ("l'Opération des Nations unies en Côte
    # d'Ivoire"), where it came from ("un groupe armé en provenance du Rwanda"): not where
    # anything happens.
    affiliations = (phrases.ruled_before, phrases.mission_before, phrases.origin_before)
    if any(pattern is not None and pattern.search(before) for pattern in affiliations):
        return "affiliation"
    return None


def _names_a_kind_of_country(
    text: str, mention: Mention, resolution: Resolution | None, phrases: PlacePhrases
) -> bool:
    """Whether an area that spans countries (a region or natural feature of no country) is
    named before a lower-case noun of a country ("the impoverished Sahel nation", "the Lake
    Chad countries", "the Sahel state of Burkina Faso"): what kind of country one is, not a
    place of the story."""
    if phrases.country_noun_after is None or resolution is None or resolution.entry.country:
        return False
    return resolution.entry.feature in ("region", "natural") and bool(
        phrases.country_noun_after.match(text, mention.end))


def _repeated_dateline(mention: Mention, repeats: Sequence[tuple[int, int]]) -> PlaceRole | None:
    """"dateline" for a mention of the dateline's place where a later line repeats the dateline."""
    return "dateline" if any(mention.start < end and start < mention.end for start, end in repeats) else None


# Labels of the names a place may end: "SOS Médias Burundi" (an outlet the model reads as a
# product), "Amnesty International Nigeria".
_NAME_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART"})


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


def _speaks(parsed: ParsedArticle, mention: Mention, phrases: PlacePhrases) -> bool:
    """A capital as the subject or object of a verb of saying or of addressing a state
    (`metonymy_verbs`) stands for its government: "Kigali claims", "Kinshasa accuses
    Kigali", "asked Addis Ababa for help", "Paris a déploré" (role "affiliation", never an
    event's place). So does one that is the agent of a passive verb ("rebels backed by
    Kigali", "imposée par Washington"), the opponent after "against" ("demonstrated
    against Paris", "contre Kampala": `opponent_prepositions`), and a capital coordinated
    with one of these ("officials from Islamabad and New Delhi"): a scene is no agent, and
    no one acts against a town's streets."""
    if not phrases.metonymy_verbs or (head := _parsed_head(parsed, mention)) is None:
        return False
    head = _first_conjunct(head)
    if _is_agent(head, phrases) or _is_opponent(head, phrases) or _origin_of(head, phrases):
        return True
    if head.dep_ not in ("nsubj", "dobj", "obj", "iobj", "dative"):
        return False
    verb = head.head
    lemma = verb.lemma_.casefold()
    return verb.pos_ in ("VERB", "AUX") and (lemma in phrases.metonymy_verbs or lemma in phrases.source_verbs)


def _first_conjunct(token: Token) -> Token:
    """The first of the names coordinated with `token` ("Islamabad and New Delhi": Islamabad),
    whose place in the clause the later ones share."""
    while token.dep_ == "conj" and token.head.i < token.i and token.head.pos_ == "PROPN":
        token = token.head
    return token


def _is_agent(token: Token, phrases: PlacePhrases) -> bool:
    """The agent of a passive verb: "backed by Kigali" (English: pobj of an `agent` "by"),
    "imposée par Washington" (UD: obl:agent; or, where the parse hung the name elsewhere,
    its `agent_prepositions` case marker right after a participle)."""
    if token.dep_ == "obl:agent" or (token.dep_ == "pobj" and token.head.dep_ == "agent"):
        return True
    marker = next((c for c in token.children if c.dep_ == "case" and c.lower_ in phrases.agent_prepositions), None)
    if marker is None or marker.i == 0:
        return False
    before = marker.doc[marker.i - 1]
    return before.pos_ == "VERB" and "Part" in before.morph.get("VerbForm")


def _is_opponent(token: Token, phrases: PlacePhrases) -> bool:
    """The object of a preposition of opposition ("against Paris", "contre Kampala")."""
    if not phrases.opponent_prepositions:
        return False
    if token.dep_ == "pobj":
        return token.head.lower_ in phrases.opponent_prepositions
    return any(c.dep_ == "case" and c.lower_ in phrases.opponent_prepositions for c in token.children)


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


def _parsed_head(parsed: ParsedArticle, mention: Mention) -> Token | None:
    """The syntactic head of the mention's words, where its sentence was parsed."""
    sentence = parsed.sentence_at(mention.start)
    if sentence is None or not sentence.deep or not sentence.doc.has_annotation("DEP"):
        return None
    span = sentence.span_at(mention.start, mention.end)
    return None if span is None or len(span) == 0 else span.root


def _origin(parsed: ParsedArticle, mention: Mention, phrases: PlacePhrases) -> PlaceRole | None:
    """ "affiliation" for a place that says where something or someone comes from: the
    object of an origin preposition on a noun ("a truce brokered with help from Egypt",
    "troops from Chad", "refugees from Mali"), not on a verb ("fled from Gao" tells a
    movement there) nor on a noun of leaving (places.yaml `leaving_nouns`: "the withdrawal
    from Niger" is in Niger). Read on the parse, so only in parsed sentences."""
    if not (phrases.origin_prepositions or phrases.origin_cases) or (head := _parsed_head(parsed, mention)) is None:
        return None
    return "affiliation" if _origin_of(head, phrases) or _came_from(head, phrases) else None


# How many nouns a place may hang below the word that says it is an origin ("depuis [la
# ville voisine de [Bouaké]]").
_ORIGIN_DEPTH = 3


def _came_from(head: Token, phrases: PlacePhrases) -> bool:
    """French (UD): whether `head`, or the first of the names coordinated with it, is
    where someone came from: under an origin preposition (`origin_cases`: "dépêchés depuis
    Bouaké"), or the "de" object of a verb of coming ("des renforts venus de Bouaké,
    Yamoussoukro et Abidjan"), directly or through the nouns it hangs on ("depuis la ville
    voisine de Bouaké")."""
    if not phrases.origin_cases and not phrases.origin_verbs:
        return False
    node = _first_conjunct(head)
    for _ in range(_ORIGIN_DEPTH):
        cases = {c.lower_ for c in node.children if c.dep_ == "case"}
        if cases & phrases.origin_cases and cases <= phrases.origin_cases:
            return True  # not the adverb before another preposition ("qui vit depuis en Côte d'Ivoire")
        governor = node.head
        if cases & phrases.origin_verb_cases and governor.pos_ == "VERB" and governor.i < node.i \
                and governor.lemma_.casefold() in phrases.origin_verbs:
            return True
        if node.dep_ != "nmod" or governor.pos_ != "NOUN" or governor.i == node.i:
            return False
        node = governor
    return False


def _origin_of(head: Token, phrases: PlacePhrases) -> bool:
    """Whether `head` is the object of an origin preposition on a noun before it, not a
    noun of leaving (`_origin`)."""
    preposition = head.head
    return bool(head.dep_ == "pobj" and preposition.lower_ in phrases.origin_prepositions
                and preposition.dep_ == "prep" and preposition.head.pos_ == "NOUN"
                and preposition.head.i < preposition.i
                and preposition.head.lower_ not in phrases.leaving_nouns)


# How many nouns a place may hang below the preposition that puts it on a journey ("to
# [the garrison city of [Rawalpindi]]", "for [an official ceremony in [Nkambe]]").
_ROUTE_DEPTH = 3


def _route(parsed: ParsedArticle, text: str, mention: Mention, phrases: PlacePhrases) -> PlaceRole | None:
    """ "route" for a place a journey is told as going to or coming from, not where anything
    on the way happens: the object of a goal preposition on a word of a journey ("waiting
    to travel to Rawalpindi", "on his way to Senegal", "forced to flee towards Shaqra"), or
    of a goal or an origin preposition on a word that has both ("going from Quetta to
    Peshawar", "the road from Kayes to Bamako"), directly or through the common nouns it
    hangs on ("to the garrison city of Rawalpindi", "travelling for a ceremony in Nkambe";
    not through a name, which it locates: in "travelling to Parachinar in Kurram district"
    the district may hold what happened on the way); and a
    place opening a compound of a journey ("the Peshawar-bound train"). The goal of a
    deployment or a march stays where the act is ("deployed to Gao": not a journey word).
    Read on the parse, so only in parsed sentences (the compound on the text)."""
    if phrases.route_compound is not None and phrases.route_compound.match(text, mention.end):
        return "route"
    if not phrases.goal_prepositions or (head := _parsed_head(parsed, mention)) is None:
        return None
    node = _first_conjunct(head)
    for _ in range(_ROUTE_DEPTH):
        if node.dep_ != "pobj":
            return None
        preposition, governor = node.head, node.head.head
        word = preposition.lower_
        if (word in phrases.goal_prepositions or word in phrases.journey_prepositions) \
                and governor.lemma_.casefold() in phrases.journey_words:
            return "route"
        if word in phrases.goal_prepositions | phrases.origin_prepositions and _both_ends(governor, phrases):
            return "route"
        if governor.pos_ != "NOUN" or governor.i == preposition.i:
            return None
        node = governor
    return None


def _both_ends(word: Token, phrases: PlacePhrases) -> bool:
    """Whether both a goal and an origin preposition hang on `word` ("from Quetta to
    Peshawar"): the two ends of a route it names."""
    prepositions = {c.lower_ for c in word.children if c.dep_ == "prep"}
    return bool(prepositions & phrases.goal_prepositions) and bool(prepositions & phrases.origin_prepositions)


def _foreign_forces(places: list[Place], whose: list[Place]) -> list[Place]:
    """A country named only as whose forces or government act ("the US military launched a
    strike", every time), in a story set in another country (a place of another country
    named otherwise: "in central Somalia"), is no place of the story's events: role
    "affiliation". A country also named as a setting keeps its mentions ("the Burkina Faso
    military seized power ... in Burkina Faso": a domestic story)."""
    marked = {id(p) for p in whose}
    settings = {p.country for p in places if p.role is None and id(p) not in marked and p.country}
    foreign = {p.country for p in whose} - settings
    if not foreign or not settings:
        return places
    return [p.model_copy(update={"role": "affiliation"}) if id(p) in marked and p.country in foreign else p
            for p in places]


def _whose(parsed: ParsedArticle, mention: Mention, phrases: PlacePhrases) -> bool:
    """The name modifies a noun of a state's forces or government that follows it ("the US
    military launched a strike", "Rwanda troops", "the Sudan government"): it says whose
    they are, not where anything happens (a country's army acts abroad too). Read on the
    parse, so only in parsed sentences; a noun that itself modifies another ("a Mali army
    base") is left alone."""
    if not phrases.affiliated_heads or (head := _parsed_head(parsed, mention)) is None:
        return False
    if head.dep_ != "compound":
        return False
    noun = head.head
    while noun.dep_ == "compound" and noun.lemma_.casefold() in phrases.affiliated_heads \
            and noun.head.i > noun.i and noun.head.lemma_.casefold() in phrases.affiliated_heads:
        noun = noun.head  # "Niger army troops"
    return (noun.i > head.i and noun.pos_ == "NOUN" and noun.dep_ != "compound"
            and (noun.lemma_.casefold() in phrases.affiliated_heads or noun.lower_ in phrases.affiliated_heads))


def _affiliation(text: str, mention: Mention, names: Sequence[Entity], phrases: PlacePhrases) -> PlaceRole | None:
    """Where an organisation or an outlet is from, not where anything happens: a place
    opening a hyphenated compound ("the UK-based monitor", "a Beijing-brokered truce",
    `affiliation_compounds`), or ending an organisation's name the model
    reads up to it ("SOS Médias Burundi", "Amnesty International Nigeria")."""
    if phrases.affiliation_compound.match(text, mention.end):
        return "affiliation"
    if any(e.end + 1 == mention.start and text[e.end] == " " for e in names):
        return "affiliation"
    return None


@functools.lru_cache(maxsize=4)
def _geocoder(gazetteer: Gazetteer) -> Geocoder:
    return Geocoder(gazetteer)


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


_ROAD_PART = r"[A-ZÀ-ÖØ-Þ][\w'\u2019]*(?: N['\u2019][A-Z]\w*)?"
_ROAD_COMPOUND = rf"{_ROAD_PART}(?:[-\u2013]{_ROAD_PART})+\b"
_ROAD_COMPOUND_AT = re.compile(_ROAD_COMPOUND)


def _road_pattern(before: str | None, after: str | None) -> re.Pattern[str] | None:
    """Where a road's hyphened compound of towns starts: after one of the road nouns that
    lead it (French "l'axe Djibo-Bourzanga"), or before one of those that follow it
    (English "the Djibo-Bourzanga road"); the match ends where the compound starts."""
    parts = [rf"(?i:\b(?:{before})\s+(?={_ROAD_COMPOUND}))"] if before else []
    if after:  # the compound's towns capitalised, the noun in any case
        parts.append(rf"(?<![-\u2013\w])(?={_ROAD_COMPOUND}\s+(?i:{after})\b)")
    return re.compile("|".join(parts)) if parts else None


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


_COMPASS = r"(?:far[- ])?(?:(?:north|south)(?:[- ]?(?:east|west))?|east|west|centre|center)"
_COUNTRY_PART = re.compile(  # led by the letters it can start with ("the", a compass word, "country")
    rf"(?=[cefnstw])\b(?:the\s+)?(?:{_COMPASS}\s+of\s+the\s+country"
    rf"|{_COMPASS}(?:ern)?\s+(?:part|region|regions|parts)\s+of\s+the\s+country"
    rf"|country(?:'s|\u2019s)\s+{_COMPASS}(?:ern)?(?:\s+(?:region|regions|part))?)\b",
    re.IGNORECASE,
)


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


_LEADING_ARTICLE = re.compile(r"(?:the|le|la|les)\s+|l['\u2019]", re.IGNORECASE)


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


def _areas_named_after(
    mentions: Sequence[Mention],
    resolutions: Sequence[Resolution | None],
    geocoder: Geocoder,
    phrases: PlacePhrases,
    countries: Collection[str],
    villages: Collection[str],
) -> dict[int, tuple[Resolution, Feature]]:
    """Mentions whose kind word after the name decides what they are, though the gazetteer
    holds the name only as something else; by index, the namesake's resolution (its point,
    country and division) and the feature the words demand:
    - a natural feature's word ("the Imphal valley", "the Benue river") with no such feature
      known: the area named after the town or division, feature "natural", never the town;
    - a division's word in the plural ("the twin Imphal districts": Imphal East and West)
      where the name reads only as a town: the divisions around it, at their level, never
      the town (a single "X district" with no such division stays the town);
    - the word of a division the gazetteer holds at no level (`unheld_kinds`: "Kanbalu
      Township"), singular too: the division named after the town, at its level, not the town.
    """
    areas: dict[int, tuple[Resolution, Feature]] = {}
    natural: list[int] = []
    for index, (mention, resolution) in enumerate(zip(mentions, resolutions, strict=True)):
        kind = phrases.kind_ending(mention.text)
        if kind is None or mention.hint is None:
            continue
        if mention.hint == "natural" and resolution is None:
            natural.append(index)
        elif (mention.hint in ("admin1", "admin2") and resolution is not None and resolution.entry.feature == "city"
              and (phrases.plural_kind(kind) or kind in phrases.unheld_kinds)):
            areas[index] = (resolution, mention.hint)
    if natural:
        # Resolved again, with the article's other names as context, without the hint
        # that keeps the namesake out.
        bare = [dataclasses.replace(m, hint=None) if i in natural else m for i, m in enumerate(mentions)]
        again = geocoder.resolve(bare, countries, villages=villages)
        for index in natural:
            namesake = again[index]
            if namesake is not None and namesake.entry.feature in _NAMESAKE_FEATURES:
                areas[index] = (namesake, "natural")
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
    (0700 Sanaa time)"): when it is that hour there, not where anything happened."""
    return bool(
        (phrases.zone_before is not None and phrases.zone_before.search(text, max(0, entity.start - 20), entity.start))
        or (phrases.zone_after is not None and phrases.zone_after.match(text[entity.end : entity.end + 12]))
    )


def _capitalised_after_direction(name: str) -> bool:
    direction = _LEADING_DIRECTION.match(name)
    return direction is not None and name[direction.end() :][:1].isupper()


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


def _division_word_before(doc: Doc, i: int, phrases: PlacePhrases) -> bool:
    """A division's kind word stands right before token i ("dans le cercle de Macina"):
    the name is that division's, wherever the article is."""
    before = " ".join(t.lower_ for t in doc[max(0, i - 3) : i]).replace("\u2019", "'").replace("' ", "'")
    words, ends = _division_ends(phrases)
    return before in words or before.endswith(ends)


@functools.lru_cache(maxsize=8)
def _division_ends(phrases: PlacePhrases) -> tuple[frozenset[str], tuple[str, ...]]:
    """The division kind words (`_division_kinds`) as a set, and each after a space, for
    `_division_word_before`'s test in two calls instead of two per word."""
    kinds = [k for k, _ in _division_kinds(phrases)]
    return frozenset(kinds), tuple(" " + k for k in kinds)


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
        feature = phrases.kind_after.get(" ".join(match.group("kind").casefold().split()))
        # The kind word of another place ("the Al Jubah district of Marib"): the town names some
        # division above that one, of no level the words give; read only where a kind word is its own.
        if feature is not None and not any(q.start < match.start() <= q.end + 1 for q in places):
            named[place.geonames_id] = feature
    return {p.start: p.model_copy(update={"feature": named[p.geonames_id]})
            for p in places if p.feature == "city" and p.geonames_id in named}


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
    seen: set[str] = set()
    for place in inside:
        name = place.name.casefold()
        if name in seen or can_hold(place) or mentions[name] < DOMINANT_MENTIONS:
            continue
        seen.add(name)  # another mention of a town already weighed weighs the same
        near = [p for p in inside if not can_hold(p)
                and distance_km(place.lat, place.lon, p.lat, p.lon) <= LOCALITY_KM]  # type: ignore[arg-type]
        if len(near) > 2 * (len(inside) - len(near)) and len(near) > len(best):
            best = near
    return best


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
