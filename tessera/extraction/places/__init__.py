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
from Quetta to Peshawar", "the Peshawar-bound train", French "les blessés ont été évacués
sur Bangui": places.yaml `journey_words`, `goal_prepositions`, `route_compounds`) has `role`
"route", never an event's place nor the
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

from tessera.extraction.places.compass import country_part
from tessera.extraction.places.countries import place_of_entry
from tessera.extraction.places.datelines import (
    DATELINE_HEAD,
    AsideWords,
    aside_places,
    aside_words,
    dateline_repeats,
    dateline_span,
    page_marker_end,
)
from tessera.extraction.places.distances import bearing_references, distant_references, far_references
from tessera.extraction.places.extract import extract_places
from tessera.extraction.places.mentions import country_place, road_ends
from tessera.extraction.places.nesting import (
    LOCALITY_KM,
    POLITY_EVENT_TYPES,
    can_hold,
    divisions_named,
    fineness,
    is_national_capital,
    lies_inside,
    most_specific_inside,
    sole_locality,
    town_referred,
    towns_as_divisions,
    unplaced_sites,
)
from tessera.extraction.places.phrases import PlacePhrases, place_phrases

__all__ = [
    "AsideWords",
    "DATELINE_HEAD",
    "LOCALITY_KM",
    "POLITY_EVENT_TYPES",
    "PlacePhrases",
    "aside_places",
    "aside_words",
    "can_hold",
    "country_part",
    "country_place",
    "dateline_repeats",
    "dateline_span",
    "divisions_named",
    "extract_places",
    "bearing_references",
    "distant_references",
    "far_references",
    "fineness",
    "is_national_capital",
    "lies_inside",
    "most_specific_inside",
    "page_marker_end",
    "place_of_entry",
    "place_phrases",
    "road_ends",
    "sole_locality",
    "town_referred",
    "towns_as_divisions",
    "unplaced_sites",
]
