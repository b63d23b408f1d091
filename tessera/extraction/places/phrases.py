"""The places stage's language data (`data/<lang>/places.yaml`), validated: `PlacePhrases`, and
the label sets and thresholds the stage reads toponyms with.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml
from spacy.tokens import Doc

from tessera.data import UnknownLanguageError, language_words
from tessera.data import load as load_data
from tessera.parse import (
    first_letters_lookahead,
    longest_first_alternation,
)
from tessera.records import Feature
from tessera.resolve.gazetteer import (
    fold,
)

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
    # A capitalised run that is, whole, the name of a toponym read elsewhere in the article
    # ("Grabo avait déjà été frappée" after "près de Grabo") is that place again, though
    # nothing before it says so and the recogniser took it for a person (`repeated_names`).
    repeated_names: bool = False
    # Titles before a person's name ("le colonel Bamba", "M. Kaya"): a run after one is no
    # repeat of a place (`repeated_name_titles`).
    repeated_name_titles: frozenset[str] = frozenset()
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
    # The lemmas of verbs of coming or sending whose origin object is where someone came from:
    # French (UD, the preposition a case marker on the name), its "de" object ("des renforts
    # venus de Bouaké", "arrivés de Gao": `origin_verbs`, with `origin_verb_cases`), and the
    # prepositions that alone say so ("dépêchés depuis la ville de Bouaké": `origin_cases`);
    # English, the object of an origin preposition on the verb ("reinforcements were sent
    # from Makeni"): an origin, as above.
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
    # What a French word of carrying may carry whose end stays the act's place (a deployment's,
    # a delivery's): forces (triggers.yaml `force_words`, `force_nouns`, and `carried_forces`)
    # and supplies, unless told wounded or dead (`carried_hurt`: triggers.yaml `injured_words`,
    # `dead_words`); a noun's "de" complement (`of_words`), and the collectives read through to theirs
    # (actors.yaml `collective_nouns`, `count_nouns`).
    carried_forces: frozenset[str] = frozenset()
    carried_hurt: frozenset[str] = frozenset()
    carried_cases: frozenset[str] = frozenset()
    carried_collectives: frozenset[str] = frozenset()
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
    # The same zone told in a parenthesis after the local time, with a plain locative word
    # ("vers 7 heures (9 heures à Paris)", "(NDLR : 6 heures à Paris)", "at 6 a.m. (4 a.m. in
    # London)"): a time's figures (`zone_hour_words` may follow them) and `zone_in_parenthesis`
    # right before the name, inside a parenthesis opened just before the time. Outside one,
    # "samedi à 15 heures à Paris" is where something happened.
    zone_in_parenthesis: re.Pattern[str] | None = None
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
    # A name, a comma, then a settlement's noun after an article and at most one adjective
    # ("Kumba, chef-lieu du département", "Grabo, une petite ville"): the name is that
    # settlement, read as after a locative word (`described_after`), the whole capitalised run only.
    described_after: re.Pattern[str] | None = None
    # Verbs whose subject or object, when a capital, is its government ("Kinshasa accuses
    # Kigali"), besides the verbs of saying.
    metonymy_verbs: frozenset[str] = frozenset()
    # Prepositions of opposition: a capital after one ("demonstrated against Paris") is its
    # government, not a scene (`_is_opponent`).
    opponent_prepositions: frozenset[str] = frozenset()
    # Case markers of a passive's agent where the parse does not label it ("imposée par
    # Washington" hung on the noun): read after a participle only (`_is_agent`).
    agent_prepositions: frozenset[str] = frozenset()
    # Verbs that lay an act at an author's door, with the prepositions that name the author
    # (actors.yaml `attribution_verbs`: "a strike attributed to Israel", "blamed on Kigali"):
    # a place there is who did it, not where (`_attributed`).
    attribution_preps: dict[str, frozenset[str]] = field(default_factory=dict)
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
    # A unit of `distance_units` as a word, which a match of either pattern above holds
    # inside its window: where no unit is near a place, the full pattern, which tries every
    # position of its window, is not run (`distances._unit_within`).
    distance_unit: re.Pattern[str] | None = None
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
        # words then a space before the name, or an elided article that runs on into it ("avec l'Ouganda")
        border_before=re.compile(rf"\b(?:{alternatives('border_before')})(?:\s+(?:the\s+)?|(?<=['\u2019]))$",
                                 re.IGNORECASE),
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
        repeated_names=bool(data.get("repeated_names", False)),
        repeated_name_titles=words("repeated_name_titles"),
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
        carried_forces=words("carried_forces") | language_words("triggers", language, "force_words")
        | language_words("triggers", language, "force_nouns"),
        carried_hurt=language_words("triggers", language, "injured_words")
        | language_words("triggers", language, "dead_words"),
        carried_cases=words("of_words"),
        carried_collectives=language_words("actors", language, "collective_nouns")
        | language_words("actors", language, "count_nouns"),
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
        zone_in_parenthesis=_zone_in_parenthesis(data),
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
        described_after=re.compile(
            rf"\s*,\s+(?:(?:{alternatives('described_after_articles')})\s*)?(?:[a-zà-öø-ÿ]+\s+)?"
            rf"(?:{alternatives('described_after_nouns')})(?![\w-])")
        if data.get("described_after_nouns") and data.get("described_after_articles") else None,
        metonymy_verbs=words("metonymy_verbs"),
        opponent_prepositions=words("opponent_prepositions"),
        agent_prepositions=words("agent_prepositions"),
        attribution_preps=_attribution_preps(language),
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


# A distance's number: thousands grouped by commas ("1,200") or, as French writes them, by a
# space, a no-break space or a narrow one ("1 200"), else digits with a decimal part or none.
_COMMA_THOUSANDS = r"\d{1,3}(?:,\d{3})+"
_SPACE_THOUSANDS = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+"
GROUPED_THOUSANDS = re.compile(rf"{_COMMA_THOUSANDS}|{_SPACE_THOUSANDS}")
_NUMBER = rf"{_COMMA_THOUSANDS}(?![\d,])|{_SPACE_THOUSANDS}(?!\d)|\d+(?:[.,]\d+)?"


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
        rf"(?<![\w.,])(?P<number>{_NUMBER})\s*(?P<unit>{_alternation(units)})(?![\w])"
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
    number = _NUMBER
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
            "distance_from": re.compile(reference, re.IGNORECASE), "distance_collectives": collectives,
            # Led by the units' first letters: the same matches, found faster (a text is
            # scanned whole for them; see `distances._unit_within`).
            "distance_unit": re.compile(first_letters_lookahead(units) + rf"(?:{_alternation(units)})(?![\w])",
                                        re.IGNORECASE)}


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


def _attribution_preps(language: str) -> dict[str, frozenset[str]]:
    """The language's actors.yaml `attribution_verbs`: lemma -> the prepositions that name
    the author, case-folded (none where the language has no such key)."""
    try:
        data = load_data("actors", language)
    except (FileNotFoundError, UnknownLanguageError):
        return {}
    verbs = data.get("attribution_verbs") or {}
    return {str(verb).casefold(): frozenset(str(p).casefold() for p in preps or ()) for verb, preps in verbs.items()}


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


def _zone_in_parenthesis(data: dict[str, Any]) -> re.Pattern[str] | None:
    """`PlacePhrases.zone_in_parenthesis` from places.yaml's `zone_hour_words` and
    `zone_in_parenthesis`: "(" and at most a short note ("NDLR :"), a time's figures ("9",
    "04H15", "6.30"), an hour word, the locative word, the end (where the name starts)."""
    if not data.get("zone_in_parenthesis"):
        return None
    figure = r"(?<!\d)\d{1,2}(?:\s*[:.hH]\s*\d{2}|\s*[hH](?![^\W\d_]))?"
    if data.get("zone_hour_words"):
        figure += rf"(?:\s*(?:{_alternation(data['zone_hour_words'])})(?![^\W\d_]))?"
    return re.compile(rf"\((?:[^()\d]{{0,12}}:\s*)?{figure}\s+(?:{_alternation(data['zone_in_parenthesis'])})\s+$",
                      re.IGNORECASE)


def _alternation(words: Collection[object]) -> str:
    """A regex alternation of `words`, longest first, a space matching any run of whitespace."""
    ordered = sorted((str(w) for w in words), key=len, reverse=True)
    return "|".join(re.escape(w).replace("\\ ", r"\s+") for w in ordered)


_ROAD_PART = r"[A-ZÀ-ÖØ-Þ][\w'\u2019]*(?: N['\u2019][A-Z]\w*)?"
_ROAD_COMPOUND = rf"{_ROAD_PART}(?:[-\u2013]{_ROAD_PART})+\b"


def _road_pattern(before: str | None, after: str | None) -> re.Pattern[str] | None:
    """Where a road's hyphened compound of towns starts: after one of the road nouns that
    lead it (French "l'axe Djibo-Bourzanga"), or before one of those that follow it
    (English "the Djibo-Bourzanga road"); the match ends where the compound starts."""
    parts = [rf"(?i:\b(?:{before})\s+(?={_ROAD_COMPOUND}))"] if before else []
    if after:  # the compound's towns capitalised, the noun in any case
        parts.append(rf"(?<![-\u2013\w])(?={_ROAD_COMPOUND}\s+(?i:{after})\b)")
    return re.compile("|".join(parts)) if parts else None
