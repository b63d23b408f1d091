"""Actor knowledge base: who a name, demonym or role noun stands for.

Input: surface strings from the extraction stage ("the Takuba force", "Malian",
"soldiers", "Bamako"). Output: `ActorInfo` (canonical name, country code, sector
code, kind) or the country/sector a single word implies. Used by
`tessera.extraction.actors` (noun phrase -> `Actor`) and by the entity corrector
(`matcher_terms()`: names safe to tag as entities in any sentence).

Knowledge comes from two places: ISO 3166-1 country names and codes (pycountry)
the curated file `tessera/data/actors.yaml` (short names, demonyms, capitals as
metonyms, international organisations and missions, armed groups, prominent people)
and the words of one language that phrases are read with (`tessera/data/en/actors.yaml`:
the sector of common nouns, titles, role heads ...; `actor_data(language)` merges the
two). The files are loaded and validated once per process and language, on first use.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import yaml

from tessera.data import load as load_data
from tessera.records import EVENT_TYPES, SECTORS

# The names and codes, shared by every language; the words are per language (`actor_data`).
DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "actors.yaml"
# Codes for groupings that have no ISO 3166 code (see ONTOLOGY.md).
REGIONAL_CODES = frozenset({"IGO", "EUR", "AFR", "WAF", "MEA", "ASA"})
# What an entry is: a state, or one of the kinds the data file lists (`_LABEL_OF_KIND`).
KINDS = frozenset({"country", "igo", "mission", "group", "party", "ngo", "media", "company", "person"})
# spaCy labels `matcher_terms` gives each kind.
_LABEL_OF_KIND = {
    "igo": "ORG",
    "mission": "ORG",
    "group": "ORG",
    "party": "ORG",
    "ngo": "ORG",
    "media": "ORG",
    "company": "ORG",
    "person": "PERSON",
}
_K = TypeVar("_K")
_V = TypeVar("_V")
_MEMO_LIMIT = 500_000  # answers kept per memo: bounded memory on endless streams


def _kept(memo: dict[_K, _V], key: _K, value: _V) -> _V:
    """`value`, kept as `memo[key]`; the memo is emptied first when it holds `_MEMO_LIMIT`
    answers. The memos are read inline (`try: return memo[key]`): the queries are asked of
    every word of every phrase, and a call with a closure per query cost more than most
    answers."""
    if len(memo) > _MEMO_LIMIT:
        memo.clear()
    memo[key] = value
    return value


_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})


@dataclass(frozen=True)
class ActorInfo:
    """What the knowledge base knows of one actor."""

    name: str
    country: str | None
    sector: str | None
    kind: str
    # Region of an organisation coded IGO (EUR for the EU, WAF for ECOWAS), if any.
    region: str | None = None


@functools.lru_cache(maxsize=4)
def _default_knowledge_base(language: str) -> ActorKnowledgeBase:
    return ActorKnowledgeBase.from_data(actor_data(language))


def actor_data(language: str = "en") -> dict[str, Any]:
    """The shared names of `data/actors.yaml` with the words of `language`
    (`data/<language>/actors.yaml`) as one mapping; a section in both is an error."""
    shared = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))
    words = load_data("actors", language)
    if not isinstance(shared, Mapping) or not isinstance(words, Mapping):
        raise ActorDataError("actors.yaml and <language>/actors.yaml must be mappings of sections")
    both = sorted(set(shared) & set(words))
    if both:
        raise ActorDataError(f"sections {both} are in both actors.yaml and {language}/actors.yaml")
    return {**shared, **words}


class ActorDataError(ValueError):
    """`data/actors.yaml` does not have the expected shape."""


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lookup key: accents stripped, case-folded, "the" and a final "'s" removed.

    Dots of abbreviations go ("U.N." = "UN"), hyphens become spaces ("al-Shabaab" =
    "al Shabaab"), so the spellings news agencies use meet on one key.
    """
    text = text.translate(_APOSTROPHES)
    decomposed = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    text = text.replace(".", "")
    text = re.sub(r"[-\u2010-\u2015/_,()]", " ", text)
    text = " ".join(text.split())
    text = _LEADING_ARTICLE.sub("", text)
    if text.endswith("'s"):
        text = text[:-2].rstrip()
    elif text.endswith("'"):
        text = text[:-1].rstrip()
    return text


def _folded(words: Iterable[str]) -> frozenset[str]:
    """The lookup keys (`fold`) of a list of words from the data."""
    return frozenset(fold(word) for word in words)


def _is_acronym(alias: str) -> bool:
    """Short all-capital names ("US", "IS", "CAR", "LeT"): often a word in lower case.

    Longer acronyms ("ECOWAS", "JNIM") rarely are, and are folded like other names;
    the few that are words ("FACT") are listed as `exact` aliases in the data file.
    """
    letters = [ch for ch in alias if ch.isalpha()]
    if not letters or " " in alias.strip() or len(letters) > 3:
        return False
    upper = sum(ch.isupper() for ch in letters)
    return upper >= 2 and upper >= len(letters) - 1


def _acronym_key(alias: str) -> str:
    return unicodedata.normalize("NFKD", alias).replace(".", "").replace("-", " ").strip()


class ActorKnowledgeBase:
    """Names -> `ActorInfo`, demonyms -> country, common nouns -> sector."""

    def __init__(
        self,
        actors: Iterable[tuple[str, ActorInfo]],
        demonyms: Mapping[str, str],
        country_names: Mapping[str, str],
        sector_nouns: Mapping[str, str],
        role_heads: Iterable[str] = (),
        unidentified_armed_modifiers: Iterable[str] = (),
        non_state_modifiers: Mapping[str, str] | None = None,
        tag_names: Iterable[tuple[str, str]] = (),
        collective_nouns: Iterable[str] = (),
        foreign_roles: Iterable[str] = (),
        exact: Iterable[str] = (),
        titles: Mapping[str, str | None] | None = None,
        relational_nouns: Iterable[str] = (),
        role_body_prepositions: Iterable[str] = (),
        function_words: Iterable[str] = (),
        division_words: Iterable[str] = (),
        country_nouns: Iterable[str] = (),
        attribution_verbs: Mapping[str, Iterable[str]] | None = None,
        claim_verbs: Iterable[str] = (),
        language_words: Iterable[str] = (),
        statement_nouns: Iterable[str] = (),
        machine_nouns: Iterable[str] = (),
        undergoing_verbs: Iterable[str] = (),
        patient_prepositions: Iterable[str] = (),
        border_nouns: Iterable[str] = (),
        organisation_nouns: Iterable[str] = (),
        continuing_pronouns: Iterable[str] = (),
        locative_prepositions: Iterable[str] = (),
        place_recipient_types: Iterable[str] = (),
        foreign_place_recipient_types: Iterable[str] = (),
        place_target_types: Iterable[str] = (),
        place_author_types: Iterable[str] = (),
        place_addressee_types: Iterable[str] = (),
        state_acts: Iterable[str] = (),
        arm_acts: Mapping[str, Mapping[str, Iterable[str]]] | None = None,
        weapon_use_verbs: Iterable[str] = (),
    ) -> None:
        exact = set(exact)
        self._folded: dict[str, ActorInfo] = {}
        self._acronyms: dict[str, ActorInfo] = {}
        for surface, info in actors:
            if _is_acronym(surface) or surface in exact:
                self._acronyms.setdefault(_acronym_key(surface), info)
            else:
                self._folded.setdefault(fold(surface), info)
        # First words of every name, so a scan over a sentence can skip the rest fast.
        self._first_words = frozenset(
            key.split()[0] for key in [*self._folded, *(fold(acronym) for acronym in self._acronyms)] if key
        )
        self._demonyms = {fold(word): code for word, code in demonyms.items()}
        self._country_names = {fold(name): code for name, code in country_names.items()}
        self._sector_nouns = {fold(noun): sector for noun, sector in sector_nouns.items()}
        self.role_heads = _folded(role_heads)
        self.unidentified_armed_modifiers = _folded(unidentified_armed_modifiers)
        self._non_state_modifiers = {fold(w): s for w, s in (non_state_modifiers or {}).items()}
        self._tag_names = list(tag_names)
        self.collective_nouns = _folded(collective_nouns)
        self.foreign_roles = _folded(foreign_roles)
        self.relational_nouns = _folded(relational_nouns)
        # After a role's noun, the prepositions whose object is the body the role is held in
        # or for ("a spokesperson for the government"): extraction.actors `_role_body_end`.
        self.role_body_prepositions = _folded(role_body_prepositions)
        # Short words of the language an acronym may be spelled as ("is", "us"): data, so
        # resolve/ needs no language model.
        self.function_words = _folded(function_words)
        # Kind words of a country's divisions: "Niger state" is Nigeria's state, not Niger.
        self.division_words = _folded(division_words)
        # Nouns for one country ("the West African nation"): a region's adjective on them
        # describes a country of the region, not the region's states together.
        self.country_nouns = _folded(country_nouns)
        # Verbs that tie an act to its author by a preposition ("blamed on", "attributed to").
        self.attribution_verbs = {
            fold(verb): _folded(preps) for verb, preps in (attribution_verbs or {}).items()
        }
        self.claim_verbs = _folded(claim_verbs)
        # Words after a demonym that make it name a language ("French-speaking"), not a country.
        self.language_words = _folded(language_words)
        # What an actor issues ("a statement condemning ..."): the issuer does what it says.
        self.statement_nouns = _folded(statement_nouns)
        # Force nouns that name machines ("drone"): before an act's noun they name no author.
        self.machine_nouns = _folded(machine_nouns)
        # Verbs whose subject undergoes the act their object names ("the camp suffered a raid").
        self.undergoing_verbs = _folded(undergoing_verbs)
        # Prepositions whose object an act is done to ("the attack on X", "a raid against X").
        self.patient_prepositions = _folded(patient_prepositions)
        # Nouns for a border: a country's name or demonym on one names its far side.
        self.border_nouns = _folded(border_nouns)
        # Nouns a report calls a body it named before ("the group", "the movement").
        self.organisation_nouns = _folded(organisation_nouns)
        # Pronoun subjects that may continue the force or body named as subject before ("They").
        self.continuing_pronouns = _folded(continuing_pronouns)
        # Prepositions after which a proper noun names a place ("in Rutshuru").
        self.locative_prepositions = _folded(locative_prepositions)
        # Event types addressed to the state of their place when no recipient is named (a
        # protest), or when the actor is of another country (a force that deploys or leaves).
        self.place_recipient_types = frozenset(place_recipient_types)
        self.foreign_place_recipient_types = frozenset(foreign_place_recipient_types)
        # Acts of force that land where they happen when no target is named (an attack, an
        # abduction): the recipient is the place, of its country.
        self.place_target_types = frozenset(place_target_types)
        # Acts whose author, when none is named, is an unnamed side of the place's country.
        self.place_author_types = frozenset(place_author_types)
        # Acts of word or policy (a sanction, a concession, an agreement) that, when none of
        # their mentions names to whom, are addressed to the state of their place.
        self.place_addressee_types = frozenset(place_addressee_types)
        # Acts only a state does (arrests, bans, curfews): with no agent named, its own.
        self.state_acts = _folded(state_acts)
        # Acts of one arm of a state, by event type and sector (a coup the army's, a prison
        # sentence or an inquiry the courts'): with no agent named, that arm's where it happens.
        self._arm_acts = {(event_type, fold(word)): sector for event_type, sectors in (arm_acts or {}).items()
                          for sector, words in sectors.items() for word in words}
        # Verbs of using a weapon ("planted", "fired"): their agent on a weapon is its user.
        self.weapon_use_verbs = _folded(weapon_use_verbs)
        self._titles = {fold(word): sector for word, sector in (titles or {}).items()}
        self._lookups: dict[tuple[str, bool], ActorInfo | None] = {}  # `lookup`'s answers
        self._name_starts: dict[str, bool] = {}  # `could_start_name`'s answers
        # The answers of the noun queries the actor rules ask of every word of a phrase,
        # again for each phrase and article (`sector_of_noun`, the classes read through
        # `_in`): a memo lookup instead of folding the word and trying its singular forms.
        self._noun_sectors: dict[str, str | None] = {}
        self._class_answers: dict[frozenset[str], dict[str, bool]] = {}
        self._country_info = {
            code: info for info in self._folded.values() if info.kind == "country" for code in [info.country]
        }

    # -- construction -------------------------------------------------------

    @classmethod
    def default(cls, language: str = "en") -> ActorKnowledgeBase:
        """The knowledge base from pycountry, `data/actors.yaml` and the words of
        `language` (`data/<language>/actors.yaml`), built once per language."""
        return _default_knowledge_base(language)

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> ActorKnowledgeBase:
        """Build from the parsed YAML mapping (validated here; errors say which entry)."""
        import pycountry

        if not isinstance(data, Mapping):
            raise ActorDataError("actors.yaml must be a mapping of sections")
        actors: list[tuple[str, ActorInfo]] = []
        demonyms: dict[str, str] = {}
        country_names: dict[str, str] = {}
        curated = data.get("countries") or {}
        iso3 = {country.alpha_3 for country in pycountry.countries} | {"XKX"}

        for code, entry in curated.items():
            if code not in iso3:
                raise ActorDataError(f"countries: {code!r} is not an ISO 3166-1 alpha-3 code")
            if not isinstance(entry, Mapping):
                raise ActorDataError(f"countries.{code}: expected a mapping with names/demonyms/capitals")
            names = _strings(entry.get("names"), f"countries.{code}.names")
            if not names:
                raise ActorDataError(f"countries.{code}: give at least one name")
            info = ActorInfo(name=names[0], country=code, sector="GOV", kind="country")
            for name in names:
                actors.append((name, info))
                country_names[name] = code
            for word in _strings(entry.get("demonyms"), f"countries.{code}.demonyms"):
                demonyms[word] = code
            for capital in _strings(entry.get("capitals"), f"countries.{code}.capitals"):
                actors.append((capital, info))
                country_names[capital] = code

        # "European troops", "African states": a region's adjective gives the
        # regional code, as for a coalition of that region's states.
        for code, words in (data.get("regional_demonyms") or {}).items():
            if code not in REGIONAL_CODES or code == "IGO":
                raise ActorDataError(f"regional_demonyms: {code!r} is not one of {sorted(REGIONAL_CODES - {'IGO'})}")
            for word in _strings(words, f"regional_demonyms.{code}"):
                demonyms[word] = code

        # pycountry fills in the countries the curated table leaves out, and the
        # formal names of those it has ("Republic of Mali").
        for country in pycountry.countries:
            code = country.alpha_3
            given = [getattr(country, "common_name", None), country.name, getattr(country, "official_name", None)]
            forms: list[str] = [form for form in given if form and "," not in form and "(" not in form]
            if not forms:
                continue
            existing = curated.get(code)
            display = (existing or {}).get("names", [None])[0] if existing else None
            info = ActorInfo(name=display or forms[0], country=code, sector="GOV", kind="country")
            for form in forms:
                actors.append((form, info))
                country_names.setdefault(form, code)

        tag_names: list[tuple[str, str]] = []
        exact: set[str] = set()
        for section in ("organisations", "groups"):
            for index, entry in enumerate(data.get(section) or []):
                where = f"{section}[{index}]"
                info = ActorInfo(
                    name=_required(entry, "name", where),
                    country=_country(entry.get("country"), iso3, where),
                    sector=_sector(entry.get("sector"), where),
                    kind=_kind(entry.get("kind"), where),
                    region=_country(entry.get("region"), set(), where),
                )
                exact_aliases = _strings(entry.get("exact"), f"{where}.exact")
                exact.update(exact_aliases)
                surfaces = [info.name, *_strings(entry.get("aliases"), f"{where}.aliases"), *exact_aliases]
                actors.extend((surface, info) for surface in surfaces)
                if entry.get("tag", True):
                    tag_names.extend(
                        (surface, _LABEL_OF_KIND[info.kind]) for surface in surfaces if surface not in exact_aliases
                    )

        for index, entry in enumerate(data.get("people") or []):
            where = f"people[{index}]"
            info = ActorInfo(
                name=_required(entry, "name", where),
                country=_country(entry.get("country"), iso3, where),
                sector=_sector(entry.get("sector"), where),
                kind="person",
                region=_country(entry.get("region"), set(), where),
            )
            surfaces = [info.name, *_strings(entry.get("aliases"), f"{where}.aliases")]
            actors.extend((surface, info) for surface in surfaces)
            # A lone surname ("Bazoum") is a safe lookup once the parser found a
            # name, but not safe to tag blindly; full names are.
            tag_names.extend((surface, "PERSON") for surface in surfaces if " " in surface.strip())

        sector_nouns: dict[str, str] = {}
        for sector, nouns in (data.get("sector_nouns") or {}).items():
            _sector(sector, "sector_nouns")
            for noun in _strings(nouns, f"sector_nouns.{sector}"):
                previous = sector_nouns.get(noun.casefold())
                if previous is not None and previous != sector:
                    raise ActorDataError(f"sector_nouns: {noun!r} is under both {previous} and {sector}")
                sector_nouns[noun.casefold()] = sector

        non_state: dict[str, str] = {}
        for sector, words in (data.get("non_state_modifiers") or {}).items():
            _sector(sector, "non_state_modifiers")
            non_state.update((word, sector) for word in _strings(words, f"non_state_modifiers.{sector}"))

        titles: dict[str, str | None] = {}
        for sector, words in (data.get("titles") or {}).items():
            if sector != "none":
                _sector(sector, "titles")
            titles.update((word, None if sector == "none" else sector) for word in _strings(words, f"titles.{sector}"))

        tag_names.extend((word, "NORP") for word in demonyms)
        return cls(
            actors=actors,
            demonyms=demonyms,
            country_names=country_names,
            sector_nouns=sector_nouns,
            role_heads=_strings(data.get("role_heads"), "role_heads"),
            unidentified_armed_modifiers=_strings(
                data.get("unidentified_armed_modifiers"), "unidentified_armed_modifiers"
            ),
            non_state_modifiers=non_state,
            tag_names=tag_names,
            collective_nouns=_strings(data.get("collective_nouns"), "collective_nouns"),
            foreign_roles=_strings(data.get("foreign_roles"), "foreign_roles"),
            titles=titles,
            exact=exact,
            relational_nouns=_strings(data.get("relational_nouns"), "relational_nouns"),
            role_body_prepositions=_strings(data.get("role_body_prepositions"), "role_body_prepositions"),
            function_words=_strings(data.get("function_words"), "function_words"),
            division_words=_strings(data.get("division_words"), "division_words"),
            country_nouns=_strings(data.get("country_nouns"), "country_nouns"),
            attribution_verbs=_attributions(data.get("attribution_verbs")),
            claim_verbs=_strings(data.get("claim_verbs"), "claim_verbs"),
            language_words=_strings(data.get("language_words"), "language_words"),
            statement_nouns=_strings(data.get("statement_nouns"), "statement_nouns"),
            machine_nouns=_strings(data.get("machine_nouns"), "machine_nouns"),
            undergoing_verbs=_strings(data.get("undergoing_verbs"), "undergoing_verbs"),
            patient_prepositions=_strings(data.get("patient_prepositions"), "patient_prepositions"),
            border_nouns=_strings(data.get("border_nouns"), "border_nouns"),
            organisation_nouns=_strings(data.get("organisation_nouns"), "organisation_nouns"),
            continuing_pronouns=_strings(data.get("continuing_pronouns"), "continuing_pronouns"),
            locative_prepositions=_strings(data.get("locative_prepositions"), "locative_prepositions"),
            place_recipient_types=_event_types(data.get("place_recipient_types"), "place_recipient_types"),
            foreign_place_recipient_types=_event_types(
                data.get("foreign_place_recipient_types"), "foreign_place_recipient_types"
            ),
            place_target_types=_event_types(data.get("place_target_types"), "place_target_types"),
            place_author_types=_event_types(data.get("place_author_types"), "place_author_types"),
            place_addressee_types=_event_types(data.get("place_addressee_types"), "place_addressee_types"),
            state_acts=_strings(data.get("state_acts"), "state_acts"),
            arm_acts=_arm_acts(data.get("arm_acts")),
            weapon_use_verbs=_strings(data.get("weapon_use_verbs"), "weapon_use_verbs"),
        )

    # -- queries --------------------------------------------------------------

    def lookup(self, text: str, lowercased: bool = False) -> ActorInfo | None:
        """The actor a name stands for ("the UN", "Al-Shabab", "Bamako"), or None.

        Short capitalised acronyms match only as written ("US", not "us"; "CAR", not
        "car"). When `lowercased` says the text is lower case throughout, case carries
        no evidence, and only acronyms unlikely to be words match: two letters that
        are no function word ("un", "eu"), or three consonants ("rsf").

        Kept per text: a sentence scan asks for every run of words that may be a name
        (`tessera.extraction.actors`), and the same runs come back in every article.
        """
        key = (text, lowercased)
        try:
            return self._lookups[key]
        except KeyError:
            return _kept(self._lookups, key, self._lookup(text, lowercased))

    def _lookup(self, text: str, lowercased: bool) -> ActorInfo | None:
        stripped = text.strip()
        if not stripped:
            return None
        key = fold(stripped)
        info = self._folded.get(key)
        if info is not None:
            return info
        candidate = _LEADING_ARTICLE.sub("", stripped.translate(_APOSTROPHES), count=1)
        if candidate.endswith("'s"):
            candidate = candidate[:-2]
        info = self._acronyms.get(_acronym_key(candidate))
        if info is not None:
            return info
        if lowercased and self._unlikely_word(key):
            return self._lowercase_acronyms.get(key)
        return None

    def _unlikely_word(self, key: str) -> bool:
        return _unlikely_word(key, self.function_words)

    @functools.cached_property
    def _lowercase_acronyms(self) -> dict[str, ActorInfo]:
        return {fold(acronym): info for acronym, info in self._acronyms.items() if _is_acronym(acronym)}

    def could_start_name(self, word: str) -> bool:
        """Whether some known name begins with this word (a fast pre-check for scans)."""
        try:
            return self._name_starts[word]
        except KeyError:
            return _kept(self._name_starts, word, self._starts_name(word))

    def _starts_name(self, word: str) -> bool:
        key = fold(word)
        return bool(key) and key.split()[0] in self._first_words

    def country_of_demonym(self, word: str) -> str | None:
        """ISO3 code of a demonym, singular or plural ("Malian", "Nigeriens", "French")."""
        return self._demonyms.get(fold(word))

    def country_of_name(self, name: str) -> str | None:
        """ISO3 code of a country name or its capital used as a metonym ("Mali", "Bamako")."""
        key = fold(name)
        code = self._country_names.get(key)
        if code is not None:
            return code
        info = self.lookup(name)
        return info.country if info is not None and info.kind == "country" else None

    def country_of_misspelling(self, word: str) -> str | None:
        """ISO3 code of a country name written one letter off ("Ethopia", "Quatar").

        Only single-word names of six letters or more, and only when one country is
        that close: shorter names have too many real words one letter away.
        """
        key = fold(word)
        if len(key) < 5 or " " in key or key in self._country_names:
            return None
        index = self._misspelling_index
        codes = {index.get(key)} | {index.get(form) for form in _deletions(key)}
        codes |= {self._country_names.get(form) for form in _deletions(key)}
        codes.discard(None)
        codes.discard("")
        return codes.pop() if len(codes) == 1 else None

    @functools.cached_property
    def _misspelling_index(self) -> dict[str, str]:
        """Every one-letter deletion of a single-word country name -> its code ("" if shared)."""
        index: dict[str, str] = {}
        for name, code in self._country_names.items():
            if len(name) < 6 or " " in name:
                continue
            for form in {name, *_deletions(name)}:
                index[form] = code if index.get(form, code) == code else ""
        return index

    def country_info(self, code: str) -> ActorInfo | None:
        """The country entry for an ISO3 code (its display name, GOV sector)."""
        return self._country_info.get(code)

    def sector_of_noun(self, lemma: str) -> str | None:
        """Sector of a common noun or noun phrase ("army" MIL, "armed men" UAF).

        Plurals are accepted as well as lemmas, since shallow sentences have none.
        """
        try:
            return self._noun_sectors[lemma]
        except KeyError:
            return _kept(self._noun_sectors, lemma, self._sector_of_noun(lemma))

    def _sector_of_noun(self, lemma: str) -> str | None:
        key = fold(lemma)
        sector = self._sector_nouns.get(key)
        if sector is not None:
            return sector
        for singular in _singulars(key):
            sector = self._sector_nouns.get(singular)
            if sector is not None:
                return sector
        return None

    def sector_of_modifier(self, word: str) -> str | None:
        """Sector an adjective gives its noun ("jihadist fighters" REB, "armed men" UAF)."""
        key = fold(word)
        if key in self.unidentified_armed_modifiers:
            return "UAF"
        return self._non_state_modifiers.get(key)

    def is_title(self, word: str) -> bool:
        """A word written before a name ("Colonel", "President", "Mr")."""
        return fold(word) in self._titles

    def sector_of_title(self, word: str) -> str | None:
        """Sector a title gives the person it names ("Colonel" MIL, "Mr" none)."""
        return self._titles.get(fold(word))

    def is_role_head(self, lemma: str) -> bool:
        """A noun that names a role ("leader", "spokesman"): its modifier says the sector."""
        return self._in_class(self.role_heads, lemma)

    def is_collective_noun(self, lemma: str) -> bool:
        """A noun that counts or gathers people ("dozens", "group"): the actor follows "of"."""
        return self._in_class(self.collective_nouns, lemma)

    def is_relational_noun(self, lemma: str) -> bool:
        """A noun for a relation to its possessor ("Israel's ally" is not Israel)."""
        return self._in_class(self.relational_nouns, lemma)

    def attribution_preps(self, lemma: str) -> frozenset[str]:
        """Prepositions that name who did an act a verb attributes ("blame" -> on)."""
        return self.attribution_verbs.get(fold(lemma), frozenset())

    def is_claim_verb(self, lemma: str) -> bool:
        """A verb whose subject owns up to an act ("Al-Shabaab claimed the attack")."""
        return fold(lemma) in self.claim_verbs

    def is_language_word(self, word: str) -> bool:
        """A word after a demonym that makes it a language ("French-speaking", "Arabic speakers")."""
        return fold(word) in self.language_words

    def is_statement_noun(self, lemma: str) -> bool:
        """A noun for what an actor issues ("statement", "communique")."""
        return self._in_class(self.statement_nouns, lemma)

    def uses_weapon(self, lemma: str) -> bool:
        """A verb of using a weapon ("a bomb planted by militants", "rockets fired by the
        army"): its agent is who used it; not one of finding or stopping it ("found by")."""
        return fold(lemma) in self.weapon_use_verbs

    def is_machine_noun(self, lemma: str) -> bool:
        """A force noun that names a machine ("drone", "warplane"), not who uses it."""
        return self._in_class(self.machine_nouns, lemma)

    def undergoes(self, lemma: str) -> bool:
        """A verb whose subject undergoes the act its object names ("the village suffered
        an attack", "the province has seen fighting"): the subject is the act's recipient;
        a two-word entry is a verb and its preposition ("come under" attack)."""
        return fold(lemma) in self.undergoing_verbs

    def is_patient_preposition(self, word: str) -> bool:
        """A preposition whose object an act is done to ("the attack on Chinese workers",
        "a campaign against Malian jihadists")."""
        return fold(word) in self.patient_prepositions

    def is_border_noun(self, lemma: str) -> bool:
        """A noun for a border ("the Ugandan border"): the country named on it is across it."""
        return fold(lemma) in self.border_nouns

    def is_state_act(self, lemma: str) -> bool:
        """A word for an act only a state does ("arrest", "curfew"): with no agent named,
        the state where it happens did it."""
        return fold(lemma) in self.state_acts

    def state_act_sector(self, event_type: str, lemma: str) -> str | None:
        """The sector of the state's side that does an act of `event_type` told by `lemma` when
        the text names no one: the arm's own for a word of `arm_acts` ("coup" MIL, "condamner"
        JUD), GOV for a coercion among `state_acts` ("arrest", "curfew"); None for a word of
        neither."""
        folded = fold(lemma)
        sector = self._arm_acts.get((event_type, folded))
        if sector is None and event_type == "COERCE" and folded in self.state_acts:
            sector = "GOV"
        return sector

    def is_organisation_noun(self, lemma: str) -> bool:
        """A noun for a body as such ("the group", "the movement"): written alone, it refers
        back to a body the text named."""
        return fold(lemma) in self.organisation_nouns

    def is_country_noun(self, lemma: str) -> bool:
        """A noun for one country ("nation"): a region's adjective on it names no region."""
        return fold(lemma) in self.country_nouns

    def names_division(self, word: str) -> bool:
        """A division's kind word ("state", "province") written after its name."""
        return fold(word) in self.division_words

    def is_foreign_role(self, lemma: str) -> bool:
        """A role usually held by another country's people ("ambassador", "peacekeeper")."""
        return self._in_class(self.foreign_roles, lemma)

    def _in_class(self, words: frozenset[str], lemma: str) -> bool:
        """`_in(fold(lemma), words)`, kept per class of words and lemma."""
        answers = self._class_answers.get(words)
        if answers is None:
            answers = self._class_answers[words] = {}
        try:
            return answers[lemma]
        except KeyError:
            return _kept(answers, lemma, _in(fold(lemma), words))

    def matcher_terms(self) -> list[tuple[str, str]]:
        """(surface, spaCy label) pairs safe to tag as entities wherever they occur.

        Organisations and groups (ORG), full names of known people (PERSON) and
        demonyms (NORP). Country and city names are left to the gazetteer; acronyms
        that are English words in lower case ("IS", "US") are left out.
        """
        terms = []
        for surface, label in self._tag_names:
            # Taggers match on lower case: an acronym that is a word there ("IS"),
            # or that needs its mixed case to be told apart ("LeT"), is left out.
            if _is_acronym(surface) and (
                surface.casefold().replace(".", "") in self.function_words or not surface.replace(".", "").isupper()
            ):
                continue
            terms.append((surface, label))
        return terms


def _unlikely_word(key: str, function_words: frozenset[str]) -> bool:
    """Whether a lower-case token is unlikely to be a word of the language (for acronyms)."""
    if not key.isalpha():
        return False
    if len(key) == 2:
        return key not in function_words
    return len(key) == 3 and not any(vowel in key for vowel in "aeiouy")


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _in(key: str, words: frozenset[str]) -> bool:
    return key in words or any(form in words for form in _singulars(key))


def _singulars(word: str) -> list[str]:
    forms = []
    if word.endswith("men"):
        forms.append(word[:-3] + "man")
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        forms.append(word[:-1])
    return forms


def _attributions(value: object) -> dict[str, list[str]]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise ActorDataError(f"attribution_verbs: expected a mapping of verb to prepositions, got {value!r}")
    return {str(verb): _strings(preps, f"attribution_verbs.{verb}") for verb, preps in value.items()}


def _strings(value: object, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ActorDataError(f"{where}: expected a list of strings, got {value!r}")
    return value


def _arm_acts(value: object) -> dict[str, dict[str, list[str]]]:
    """`arm_acts`: event type -> sector -> words, each checked."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ActorDataError(f"arm_acts: expected a mapping of event types, got {value!r}")
    _event_types(list(value), "arm_acts")
    acts: dict[str, dict[str, list[str]]] = {}
    for event_type, sectors in value.items():
        if not isinstance(sectors, dict):
            raise ActorDataError(f"arm_acts.{event_type}: expected a mapping of sectors, got {sectors!r}")
        for sector, words in sectors.items():
            _sector(sector, f"arm_acts.{event_type}")
            acts.setdefault(event_type, {})[sector] = _strings(words, f"arm_acts.{event_type}.{sector}")
    return acts


def _event_types(value: object, where: str) -> list[str]:
    types = _strings(value, where)
    unknown = set(types) - set(EVENT_TYPES)
    if unknown:
        raise ActorDataError(f"{where}: unknown event types {sorted(unknown)}")
    return types


def _required(entry: object, key: str, where: str) -> str:
    if not isinstance(entry, Mapping) or not isinstance(entry.get(key), str) or not entry[key].strip():
        raise ActorDataError(f"{where}: missing {key!r}")
    return str(entry[key])


def _country(value: object, iso3: set[str], where: str) -> str | None:
    if value is None:
        return None
    if value not in iso3 and value not in REGIONAL_CODES:
        raise ActorDataError(f"{where}: country {value!r} is neither ISO3 nor one of {sorted(REGIONAL_CODES)}")
    return str(value)


def _sector(value: object, where: str) -> str | None:
    if value is None:
        return None
    if value not in SECTORS:
        raise ActorDataError(f"{where}: sector {value!r} is not one of {list(SECTORS)}")
    return str(value)


def _kind(value: object, where: str) -> str:
    if value not in _LABEL_OF_KIND:
        raise ActorDataError(f"{where}: kind {value!r} is not one of {sorted(_LABEL_OF_KIND)}")
    return str(value)
