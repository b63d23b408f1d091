"""Events in French articles: trigger words and the French dependency parse -> `Event`s.

Input: the deep sentences of a French `ParsedArticle` (UD labels: nsubj, obj,
nsubj:pass, obl:agent, obl:arg, nmod, acl:relcl...), the article's places, dates and
quantities, the French actor knowledge base and the French trigger lexicon
(`data/fr/triggers.yaml`). Output: `list[Event]`, the same records as the English
stage gives, which `tessera.assemble` groups into incidents.

A trigger is a verb or noun whose lemma the lexicon lists for a PLOVER type
("attaquer", "embuscade", "se retirer", "coup d'État"). Roles: an active verb's nsubj
is the actor and its obj the recipient; a passive verb's nsubj:pass is the recipient
and its obl:agent ("par des terroristes") the actor, also where the agent is told last,
after the time and place, and the parse hangs it on a noun of those complements ("tués
lundi dans un camp de déplacés par de présumés miliciens"), and a participle that shares
the auxiliary of another ("ont été tués et 135 enlevés par X") shares its agent (`_agent`);
a time phrase opening the sentence and set off by a comma ("Ce matin, des hommes armés
ont attaqué"), which the parse may make a second subject, is not the actor (`_set_off`);
a relative pronoun stands for the
noun the clause hangs on; a participle ("..., tuant onze soldats") and a conjoined verb
without a subject take the subject of the verb they depend on; a noun takes "par X" as
actor, "contre X" (or the "à X" of "tendre une embuscade à") as recipient, and the
subject of a light verb ("ont mené une attaque"). Modes: negation ("n'a pas attaqué",
"aucun civil n'a été tué", a trigger noun's own "aucun": "il n'y a eu aucune attaque"),
the future ("attaqueront", "va se retirer", "prévoit de se retirer"), hypotheses ("si
..." , "pourrait", "craindre que") are marked; the reporting conditional of French news
("auraient été tués", "selon des sources locales") reports an event as others tell it
and is asserted, with its source. Tolls: the dead and wounded of the sentence of an
assault ("tuant onze soldats", "au moins 12 morts", "un bilan de 15 morts", "trois
soldats et huit VDP ont été tués"); a singular victim ("un soldat a été tué") is one, and
so is a singular participle of killing or dying that agrees with its victim where no
countable noun is parsed ("le maire a été assassiné", "X, 19 ans, a été abattu", "il est
mort"; not "a tué", which agrees with no one: `_one_victim`).
The attackers killed in the fight ("..., ajoutant que 63 terroristes ont été tués") are
not the assault's toll nor an event of their own unless counted with the others in one
toll; told in a sentence of their own after the attack ("Vingt terroristes ont été
neutralisés") they are the riposte, an assault with its own toll (the annotation codes
the riposte as its own item);
dead added with "également" belong to the assault of their sentence; a sentence that
only gives a toll ("Le bilan provisoire fait état de 5 morts") counts the assault told
just before when the article has given none, and one told before any assault counts the
assault of the next sentence ("Le bilan est lourd : dix morts. Des chiffres qui illustrent la
violence des affrontements ..."). A recipient coordinating different
countries ("la Guinée et le Burkina Faso sont menacés") is one event per country.
Place: the sentence's most specific place, else the latest place named before (a region
across countries, "au Sahel", only where the sentence tells no place of one country, and
never from before); a place
under a verb of saying that does not govern the trigger ("a-t-on appris ... à Niamey") is
where the news was told, never the event's; date: the sentence's date, else the article's
first dated expression before it.

Beyond that: a noun the tagger called a verb ("une tentative de coup d'État") is read as
the noun; an attempt made ("avait tenté de renverser") is told in the attempt's own mode
and a failure mark ("tenté en vain") negates it; what a verb of asking governs ("exigent
le retrait") or a noun of plan completes ("la demande de retrait") is future; a side
falling back within the assault it is told in is no retreat; nothing after a "Related
posts" / "À lire aussi" line is the report's; tolls given per side ("5 morts côté FAMa et
trois côté terroristes") are not added; a place on a verb that only mentions the event
("publié à Niamey sur cette attaque") or after a word of direction ("avant de fuir vers le
Mali") is not its place. Countries of sides: a side of a home sector (state, domestic
politics, civilians) with none of its own takes the place's country - not a dateline's,
not for a side its words call foreign ("réfugiés", "mercenaires") - and such a guess
yields to the country another event of the type states in that country; with no place,
the country the article's words name most.

Sides no phrase names: a protest with no recipient is addressed to the state of its place,
and its unnamed protesters are people of that place; a force of another country that
withdraws or deploys with no recipient acts on the country of its place (actors.yaml
place_recipient_types, foreign_place_recipient_types, read by the convention the English
extractor shares, `host_recipient`; triggers.yaml implied_actor_types); the object of a
deploying verb is the force sent, not a recipient (moved_object_types); an arrest, ban,
expulsion or curfew no one is named for is the act of the state of its place (actors.yaml
state_acts, `roles.state_actor`, shared with English), and an act only one arm of a state does
is that arm's, of its sector: a coup the army's, a prison sentence the courts', an inquiry opened
the justice's (actors.yaml arm_acts); victims killed in a clash "entre A et B" were killed by the
first side named, or by the other where the victims are of the first side's kind ("deux
soldats tués dans des heurts entre l'armée et des rebelles": `_clash_side`, `_other_side`); an
attack or abduction none of whose mentions names a target struck its place (actors.yaml
place_target_types, read on the assembled incident by the shared `roles.place_target`).
Abductions ("enlever", "prendre en otage", "l'enlèvement") are COERCE, as in English and the
ontology. A plural trigger noun with no number is a kind of act (`_generic`), except a
definite plural object of a verb that names no act, no repetition (repetition_verbs:
"multiplient les attaques") and no fear: "poursuivent les ratissages" are the story's own
operations. A verb left without a
subject right after an opening quotation mark takes the name before it ("La Cédéao « engage
... »", `_quoted_author`); the "de" complement of a noun of arrest or killing is who
suffers it ("l'arrestation du journaliste", patient_nouns), not after an adverb ("près de la
frontière"). A capital that is the trigger's subject ("Paris a envoyé des renforts à Gao")
is not its place; a line giving another story's headline after a link heading ("→ À LIRE
AUSSI : ...") codes nothing; an article that names no place, only a country's people or
state, places its events at that country. Figures of speech of violence are no assault: a
trigger noun against an ill ("le combat contre le terrorisme", abstract_targets), a verb by
a blow of fortune ("frappée par la sécheresse", abstract_agents), "exploser" whose stated
subject is no bomb, vehicle or bomber ("les prix ont explosé", the rule's `subjects`).
A second group counted with "autres" after a passive participle, its auxiliary elided ("Cinq
personnes ont été tuées et 135 autres enlevées"), suffers a second act: the participle is read
as a verb whatever the tagger made of it (`FrenchLexicon.elided_participle`, triggers.yaml
other_group_words), unless it tells the same act ("et douze autres blessés": the toll's). The
noun before an aside set off by dashes is the subject the parse gave to the closing dash
("Treize soldats – sud-africains et tanzaniens – ont été tués": `_before_aside`).
What the parse hangs on a bare day name after a verb is the verb's ("a suspendu jeudi la
diffusion de RFI", "renversé dimanche par des militaires": `_arguments`); a plural trigger
noun a verb of imposing governs in a past tense is one act ("a imposé des sanctions au
Niger", triggers.yaml imposing_verbs); a count split from its noun by the parse ("Deux
casques bleus") counts it; those a side "lost" are its dead ("a perdu quinze soldats",
lost_nouns); the neutralised are killed (kill_verbs); an adjective after the act's noun
that names a side is its author ("une frappe israélienne", "une attaque jihadiste"); a verb
of saying conjoined with another of its type and given its own object is a statement of its
own ("a condamné l'attaque et accusé le JNIM", `_second_statement`).
Dispersing with force told ("à coups de gaz lacrymogène") is an assault; a negated verb of
claiming or confirming denies only itself ("aucun groupe n'a revendiqué l'attaque",
unnegating_governors); bodies and a death count the noun they are of ("les corps de 14
civils", "a causé la mort de 12 soldats").
A trigger noun that completes a verb's rule (`object_completes`: "a suspendu sa coopération
militaire", SANCTION) is what the verb acts on, no event of its own; a first-group "-erait"
verb is a present conditional, a hypothesis, where the tagger misses the mood.

Sentence selection (`FrenchLexicon.has_trigger`) runs on tokenizer-only docs: a token
is a candidate when the model's own lemma table (lemma_lookup) maps it to a trigger
lemma, when its ending makes it a regular -er form of one ("tiré", "dispersant": the
table files many participles as adjectives), or when `forms` lists it (irregular
participles), so no conjugation table is kept here.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from spacy.language import Language
from spacy.tokens import Doc, Token

from tessera.data import load as load_data
from tessera.data import word_fields, word_set
from tessera.extraction.actors_fr import (
    actor_from_token_fr,
    count_nouns,
    facility_nouns,
    french_knowledge_base,
    transnational_groups,
)
from tessera.extraction.dates import bounds_a_span, opens_a_span
from tessera.extraction.dates_fr import told_at_a_distance, told_next_to_a_day
from tessera.extraction.events.roles import host_recipient, state_actor
from tessera.extraction.fatalities import share_of_place, whole_of_share
from tessera.extraction.places import (
    aside_places,
    aside_words,
    far_references,
    page_marker_end,
    place_phrases,
    unplaced_sites,
)
from tessera.parse import ParsedArticle, ParsedSentence
from tessera.records import (
    EVENT_TYPES,
    NOT_EVENT_PLACE_ROLES,
    Actor,
    DateValue,
    Event,
    Place,
    Quantity,
    SentenceSpan,
    Span,
    make_id,
)
from tessera.resolve.actors import fold
from tessera.resolve.gazetteer import Gazetteer

_AGENT_DEPS = frozenset({"nsubj"})
_PASSIVE_SUBJECT_DEPS = frozenset({"nsubj:pass"})
_OBJECT_DEPS = frozenset({"obj"})
_NOMINAL_SLOTS = frozenset({"ROOT", "obj", "nsubj", "nsubj:pass", "obl:arg", "obl:mod", "obl", "nmod", "appos", "conj",
                            "obl:agent"})
# The mark of a photo credit: a sentence that holds it is a caption ("... à Lomé ©AFP").
_CREDIT = "\u00a9"
# Types told by a verb of saying or stance: in the imperfect they describe the scene
# ("l'opposition appelait à manifester", "des personnes qui refusaient"), not an event.
_SPEECH_TYPES = frozenset({"REQUEST", "REJECT", "SUPPORT", "ACCUSE", "CONSULT", "COOPERATE", "AGREE", "CONCEDE",
                           "THREATEN"})
_STRONG_NOMINAL_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})
# Sectors of the forces of order and the army: the side a protest clashes with, never its author.
_ORDER_TYPES = frozenset({"COP", "MIL"})
_PLACE_PRECISION = {"site": 0, "city": 0, "admin2": 1, "natural": 2, "admin1": 2, "region": 3, "country": 4}


@dataclass(frozen=True)
class _EventWords:
    """French words the event stage reads a trigger's surroundings with, beside the
    lexicon's own lists (fr/triggers.yaml; see their comments there)."""

    light_verbs: frozenset[str]
    perpetrating_verbs: frozenset[str]
    doing_verbs: frozenset[str]
    attributing_verbs: frozenset[str]
    targeting_verbs: frozenset[str]
    occurrence_verbs: frozenset[str]
    negative_arguments: frozenset[str]
    pointing_determiners: frozenset[str]
    degree_words: frozenset[str]
    etre_verbs: frozenset[str]
    bare_time_nouns: frozenset[str]
    habitual_relative_types: frozenset[str]
    relative_clause_openers: frozenset[str]
    aggregate_clause_words: frozenset[str]
    scene_nouns: frozenset[str]
    force_nouns: frozenset[str]
    dispatch_marks: frozenset[str]
    continuing_verbs: frozenset[str]
    frequency_words: frozenset[str]
    linking_verbs: frozenset[str]
    rescued_words: frozenset[str]
    force_words: frozenset[str]
    suffering_verbs: frozenset[str]
    suffering_nouns: frozenset[str]


@functools.lru_cache(maxsize=1)
def _words() -> _EventWords:
    """The event words of fr/triggers.yaml, read once and checked."""
    return word_fields(_EventWords, "triggers", "fr")


# The most entries a word cache of the lexicon holds before it starts again.
_MEMO_ENTRIES = 200_000

_K = TypeVar("_K")
_V = TypeVar("_V")


_UNREAD = object()


def _per_token(token: Token, key: tuple[str, int], read: Callable[[Any], _V], argument: Any) -> _V:
    """`read(argument)` for the token, read once and kept on its doc (`Doc.user_data`, as
    `actors._kb_matches` keeps its matches): a pure reading of the token's parse, which no
    stage changes after the parse stage, asked again for the same token."""
    data = token.doc.user_data
    at = (*key, token.i)
    found = data.get(at, _UNREAD)
    if found is _UNREAD:
        found = data[at] = read(argument)
    return found  # type: ignore[no-any-return]


def _memo(cache: dict[_K, _V], key: _K, read: Callable[[Any], _V], argument: Any) -> _V:
    """`cache[key]`, read once as `read(argument)`; a cache past `_MEMO_ENTRIES` starts again
    (long batches). No closure is built on a hit: the lexicon's caches sit on hot paths."""
    found = cache.get(key)
    if found is None:
        if len(cache) > _MEMO_ENTRIES:
            cache.clear()
        found = cache[key] = read(argument)
    return found


@functools.lru_cache(maxsize=8)
def _idioms(key: str) -> dict[str, frozenset[str]]:
    """Dying told with a verb and a noun (fr/triggers.yaml `dying_idioms`, `costing_idioms`,
    `lifeless_idioms`): the noun -> the verbs it is said with. One cache entry per key: a
    smaller cache than the keys asked for in one pass would copy the whole file on each call."""
    raw = load_data("triggers", "fr").get(key)
    if not isinstance(raw, Mapping) or not raw:
        raise ValueError(f"fr/triggers.yaml: {key} must be a mapping of nouns to lists of verbs")
    return {str(noun).casefold(): frozenset(str(verb).casefold() for verb in verbs) for noun, verbs in raw.items()}


@dataclass(frozen=True)
class FrenchRule:
    lemma: str
    pos: str  # "VERB" or "NOUN"
    type: str
    objects: frozenset[str] = frozenset()
    reflexive: bool | None = None
    modifiers: frozenset[str] = frozenset()
    complements: frozenset[str] = frozenset()
    not_modifiers: frozenset[str] = frozenset()
    infinitive: bool = False
    object_completes: bool = False
    named_by_modifier: bool = False
    subject: str | None = None  # "actor" or "recipient": the subject's role whatever the voice
    subjects: frozenset[str] = frozenset()  # a stated subject must be one of these ("une bombe a explosé")
    not_objects: frozenset[str] = frozenset()  # never with these objects ("détenir des réserves")
    acting: bool = False  # a noun of the people who do the act, a trigger only as an active verb's subject
    subject_needed: bool = False  # `subjects` must name the doer (subject, agent or the noun a participle qualifies)
    dative_recipient: bool = False  # the "à" complement is the recipient, the object what is done ("reprocher à X")
    clitics: frozenset[str] = frozenset()  # a clitic pronoun the idiom holds ("s'en prendre à": "en")
    not_complements: frozenset[str] = frozenset()  # never with these nouns in its phrase ("mort dans un accident")
    not_subjects: frozenset[str] = frozenset()  # never with a subject of these words ("des milliers sont morts")
    marks_after: frozenset[str] = frozenset()  # a phrase after it opens with one of these ("appeler au calme")
    suffered: bool = False  # an act only as what a frame of suffering tells undergone ("essuyer des tirs")
    named_subject: bool = False  # a proper-noun subject (a named group or leader) also meets `subjects`
    completed: bool = False  # a finite verb only in a perfective past ("se sont rassemblés"), `_completed`

    @property
    def constrained(self) -> bool:
        return bool(self.objects or self.modifiers or self.complements or self.infinitive
                    or self.reflexive is not None or self.subjects or self.not_objects or self.acting
                    or self.clitics or self.not_complements or self.not_subjects or self.marks_after
                    or self.suffered)


class FrenchLexicon:
    """The French trigger lexicon (`data/fr/triggers.yaml`), with the words of tolls and modes."""

    def __init__(self, data: Mapping[str, Any], lemma_table: Any = None) -> None:
        types = data.get("types")
        if not isinstance(types, Mapping):
            raise ValueError("fr/triggers.yaml: expected a mapping with a 'types' section")
        self.rules: dict[tuple[str, str], list[FrenchRule]] = {}
        for event_type, entries in types.items():
            if event_type not in EVENT_TYPES:
                raise ValueError(f"fr/triggers.yaml: unknown event type {event_type!r}")
            for pos, key in (("VERB", "verbs"), ("NOUN", "nouns")):
                for entry in entries.get(key) or []:
                    rule = self._rule(entry, event_type, pos)
                    self.rules.setdefault((rule.lemma, pos), []).append(rule)
        for rules in self.rules.values():  # constrained rules first, those asking for a word before the rest
            rules.sort(key=_rule_order)
        self.forms: dict[str, str] = {
            form: lemma for lemma, forms in (data.get("forms") or {}).items() for form in forms
        }
        self.lemmas = frozenset(lemma for lemma, _ in self.rules)
        words = {key: frozenset(str(w).casefold() for w in data.get(key) or []) for key in (
            "reporting_verbs", "kill_verbs", "die_verbs", "injure_verbs", "dead_words", "injured_words",
            "missing_words", "other_outcome_words", "toll_words", "future_governors", "negating_governors",
            "hypothetical_governors",
            "hypothetical_marks", "negation_words", "source_preps", "addition_words", "failure_marks",
            "link_headings", "side_words", "attempt_governors", "requesting_governors", "plan_nouns",
            "direction_words", "patient_nouns", "abstract_targets", "abstract_agents", "revision_verbs",
            "repetition_verbs", "other_group_words", "purpose_marks", "imposing_verbs", "carrying_verbs",
            "lost_nouns", "unnegating_governors", "attacker_nouns", "clash_nouns", "clash_verbs", "measure_nouns",
            "occasion_prepositions", "during_prepositions", "occasion_heads", "plural_object_pronouns", "charge_words",
            "charge_prepositions", "charge_prepositions_alone", "sum_nouns", "period_words", "period_nouns",
            "total_starts", "total_months", "year_prepositions", "total_phrases",
            "collective_victims", "one_determiners", "toll_result_verbs", "bound_passives",
            "reporter_addressees", "force_orders", "force_target_cases",
            "subjection_nouns", "subjection_prepositions", "subjection_participles",
            "defied_measures", "defying_verbs", "defiance_prepositions", "approach_verbs", "reply_verbs",
            "means_prepositions",
            "classifier_heads", "claiming_verbs", "street_sides", "turning_verbs",
            "turning_prepositions")}
        self.words = words
        self.moved_object_types = self._types(data, "moved_object_types")
        self.claim_bearing_types = self._types(data, "claim_bearing_types")
        implied = data.get("implied_actor_types") or {}
        self._types({"implied_actor_types": list(implied)}, "implied_actor_types")
        self.implied_actor_types: dict[str, str] = {str(t): str(sector) for t, sector in implied.items()}
        self._lemma_table = lemma_table
        self._candidate: dict[str, bool] = {}
        self._possible: dict[tuple[int, int], bool] = {}  # (form, lemma) hashes -> some rule may apply
        self._casualty: dict[tuple[int, int], bool] = {}  # (form, lemma) hashes -> a casualty word
        self._casualty_lemmas = words["kill_verbs"] | words["injure_verbs"] | words["die_verbs"]
        self._lemmas: dict[str, frozenset[str]] = {}

    @staticmethod
    def _types(data: Mapping[str, Any], key: str) -> frozenset[str]:
        types = frozenset(str(t) for t in data.get(key) or [])
        unknown = types - set(EVENT_TYPES)
        if unknown:
            raise ValueError(f"fr/triggers.yaml: {key}: unknown event types {sorted(unknown)}")
        return types

    @staticmethod
    def _rule(entry: object, event_type: str, pos: str) -> FrenchRule:
        if isinstance(entry, str):
            return FrenchRule(entry.casefold(), pos, event_type)
        if not isinstance(entry, Mapping) or "lemma" not in entry:
            raise ValueError(f"fr/triggers.yaml: {event_type} {pos} entry {entry!r} needs a 'lemma'")
        unknown = set(entry) - {"lemma", "objects", "reflexive", "modifiers", "type", "complements", "not_modifiers",
                                "infinitive", "object_completes", "named_by_modifier", "subject", "subjects",
                                "not_objects", "acting", "subject_needed", "dative_recipient", "clitics",
                                "not_complements", "not_subjects", "marks_after", "suffered",
                                "named_subject", "completed"}
        if unknown:
            raise ValueError(f"fr/triggers.yaml: {entry['lemma']!r}: unknown keys {sorted(unknown)}")
        return FrenchRule(
            str(entry["lemma"]).casefold(), pos, str(entry.get("type", event_type)),
            frozenset(str(w).casefold() for w in entry.get("objects") or []),
            entry.get("reflexive"),
            frozenset(str(w).casefold() for w in entry.get("modifiers") or []),
            frozenset(str(w).casefold() for w in entry.get("complements") or []),
            frozenset(str(w).casefold() for w in entry.get("not_modifiers") or []),
            bool(entry.get("infinitive", False)),
            bool(entry.get("object_completes", False)),
            bool(entry.get("named_by_modifier", False)),
            str(entry["subject"]) if entry.get("subject") in ("actor", "recipient") else None,
            frozenset(str(w).casefold() for w in entry.get("subjects") or []),
            frozenset(str(w).casefold() for w in entry.get("not_objects") or []),
            bool(entry.get("acting", False)),
            bool(entry.get("subject_needed", False)),
            bool(entry.get("dative_recipient", False)),
            frozenset(str(w).casefold() for w in entry.get("clitics") or []),
            frozenset(str(w).casefold() for w in entry.get("not_complements") or []),
            frozenset(str(w).casefold() for w in entry.get("not_subjects") or []),
            frozenset(str(w).casefold() for w in entry.get("marks_after") or []),
            bool(entry.get("suffered", False)),
            bool(entry.get("named_subject", False)),
            bool(entry.get("completed", False)),
        )

    @classmethod
    @functools.lru_cache(maxsize=2)
    def default(cls, nlp: Language | None = None) -> FrenchLexicon:
        """The packaged lexicon; with the French model, sentence selection reads its lemma table."""
        table = None
        if nlp is not None and "lemmatizer" in nlp.pipe_names:
            lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
            if lookups.has_table("lemma_lookup"):
                table = lookups.get_table("lemma_lookup")
        return cls(load_data("triggers", "fr"), table)

    def lemmas_of_form(self, form: str) -> frozenset[str]:
        """The lemmas a lower-cased word form can have: itself, the model's table's, the
        listed forms', and the infinitive a regular first-group form points to."""
        found = self._lemmas.get(form)  # read here first: no call to `_memo` on a hit
        return _memo(self._lemmas, form, self._read_lemmas, form) if found is None else found

    def _read_lemmas(self, form: str) -> frozenset[str]:
        lemmas = {form}
        if form in self.forms:
            lemmas.add(self.forms[form])
        if self._lemma_table is not None:
            found = self._lemma_table.get(form)
            if found:
                lemmas.update(found if isinstance(found, list) else [found])
        lemmas.update(_first_group_infinitives(form))
        return frozenset(lemmas)

    def has_trigger(self, doc: Doc) -> bool:
        """Whether a tokenizer-only sentence holds a word that can be a trigger or a toll word."""
        candidate = self._candidate  # read here first: no call to `_memo` on a hit (every word)
        for token in doc:
            form = token.lower_
            found = candidate.get(form)
            if found is None:
                found = _memo(candidate, form, self._candidate_form, form)
            if found:
                return True
        return False

    def _candidate_form(self, form: str) -> bool:
        """A trigger's form, or a toll word's ("Le bilan fait état de 5 morts", see _toll_told_after)."""
        return bool(self.lemmas_of_form(form) & self.lemmas) or form in self.words["toll_words"]

    def may_have_rule(self, token: Token) -> bool:
        """Whether some rule of some part of speech may apply to one of the word's lemmas (few
        words): keyed on the vocabulary's hashes, no strings to build, and read here rather
        than through `_memo`, as it runs on every token of every deep sentence."""
        key = (token.lower, token.lemma)
        possible = self._possible.get(key)
        return _memo(self._possible, key, self._may_have_rule, token) if possible is None else possible

    def rule_for(self, token: Token) -> FrenchRule | None:
        """The rule that makes the word a trigger, if any; read once per token and kept on its
        doc (`_per_token`): the events stage asks again for a trigger's rule where it places
        the act (`_destination`)."""
        if not self.may_have_rule(token):
            return None  # no rule of any part of speech for any of its lemmas (most words)
        return _per_token(token, ("tessera.fr_rule_for", id(self)), self._read_rule, token)

    def _read_rule(self, token: Token) -> FrenchRule | None:
        participle = token.pos_ == "ADJ" and "VerbForm" in token.morph
        if self.elided_participle(token):
            # "Cinq personnes ont été tuées et 135 autres enlevées": a second act on a
            # second group, whatever part of speech the tagger gave the participle; the
            # same act's other victims ("et quinze autres blessés" after a killing, an
            # assault both) are its toll, not another event.
            rule = self._rule_of(token, "VERB")
            head = self._rule_of(token.head, "VERB")
            return rule if rule is not None and (head is None or head.type != rule.type) else None
        if _noun_tagged_verb(token):
            pos = "NOUN"  # "une tentative de coup d'État" with "coup" tagged an infinitive
        elif token.pos_ in ("VERB", "AUX") or participle or _verb_tagged_other(token):
            pos = "VERB"
        elif token.pos_ in ("NOUN", "PROPN"):
            rule = self._rule_of(token, "NOUN")
            # "ce dernier nie toute implication": a word the lexicon knows as a verb only,
            # tagged a noun with no determiner or preposition of its own and a determiner
            # after it (its object), is that verb.
            return rule if rule is not None or not _bare_verb_form(token) else self._rule_of(token, "VERB")
        elif token.pos_ == "ADJ" and token.i > 0 and (
                token.doc[token.i - 1].dep_ == "det" or any(c.dep_ == "det" for c in token.children)):
            # "Les assauts meurtriers d'un gang": a noun of the act right after a determiner,
            # tagged an adjective of the word after it, is that noun; so is one that holds a
            # determiner of its own past an adjective ("De violents affrontements ont éclaté":
            # the plural article "de" before an adjective, the noun tagged an adjective)
            return self._rule_of(token, "NOUN")
        else:
            return None
        return self._rule_of(token, pos)

    def casualty_word(self, token: Token) -> bool:
        """Whether the word may tell a death or an injury (`_tolls`): a form or lemma of a
        verb of killing, injuring or dying, a word of the dead or the injured, or the noun of
        a dying or costing idiom ("trouver la mort", "coûter la vie"); cached on the token's
        form and lemma hashes."""
        key = (token.lower, token.lemma)
        found = self._casualty.get(key)
        return _memo(self._casualty, key, self._reads_casualty, token) if found is None else found

    def _reads_casualty(self, token: Token) -> bool:
        words, lower = self.words, token.lower_
        return bool({token.lemma_.casefold(), *self.lemmas_of_form(lower)} & self._casualty_lemmas) \
            or lower in words["dead_words"] or lower in words["injured_words"] \
            or lower in _idioms("dying_idioms") or lower in _idioms("costing_idioms")

    def _may_have_rule(self, token: Token) -> bool:
        return token.lemma_.casefold() in self.lemmas or bool(self.lemmas_of_form(token.lower_) & self.lemmas)

    def elided_participle(self, token: Token) -> bool:
        """A participle whose auxiliary is elided, told of a second group counted with
        "autres" and coordinated after a passive participle: "Cinq personnes ont été tuées et
        135 autres enlevées", "deux soldats ont été tués et quatre autres enlevés". The
        tagger often reads it as a noun or adjective with the count as its determiner."""
        head = token.head
        if token.dep_ != "conj" or head.i >= token.i or token.pos_ not in ("VERB", "NOUN", "ADJ"):
            return False
        # "Deux personnes ont été tuées, une blessée et huit autres enlevées": through the
        # groups between ("une blessée", itself elided) to the participle of the first
        verb = head
        while verb.dep_ == "conj" and verb.pos_ != "VERB" and verb.head.i < verb.i:
            verb = verb.head
        if verb.pos_ != "VERB" or "Part" not in verb.morph.get("VerbForm") or not _passive(verb):
            return False
        # the words since the group before it (the head, or a conjunct of the head in between)
        previous = max([head.i] + [c.i for c in head.children if c.dep_ == "conj" and c.i < token.i])
        between = token.doc[previous + 1:token.i]
        return any(t.lower_ in self.words["other_group_words"] for t in between) and not any(
            t.pos_ in ("NOUN", "PROPN", "VERB", "AUX") for t in between)

    def _rule_of(self, token: Token, pos: str) -> FrenchRule | None:
        candidates: list[FrenchRule] = []
        lemmas = self.lemmas_of_form(token.lower_)
        model = token.lemma_.casefold()
        if pos == "VERB" and model != token.lower_ and model.endswith(_INFINITIVE_ENDINGS):
            # the tagger's own infinitive ("sommes": être) over one guessed from the ending (sommer)
            lemmas = frozenset(lemma for lemma in lemmas
                               if lemma == model or lemma not in _first_group_infinitives(token.lower_))
        for lemma in {model, *lemmas}:
            candidates.extend(self.rules.get((lemma, pos), ()))
        for rule in sorted(candidates, key=_rule_order):
            if _constraints_hold(rule, token, self.words):
                return rule
        return None


# Endings of the first group's (-er) participles and commonest finite forms. The model's
# lemma table files many participles under the adjective or noun ("blessé", "tiré",
# "arrêté", "dispersant"), so a sentence whose only trigger is one would not be parsed.
_INFINITIVE_ENDINGS = ("er", "ir", "re", "oir")
_FIRST_GROUP_ENDINGS = ("ées", "és", "ée", "é", "ant", "aient", "ait", "ent", "es", "e")


def _rule_order(rule: FrenchRule) -> tuple[bool, bool]:
    """Constrained rules first, and among them those asking for a word ("s'emparer du
    pouvoir") before those asking only for a voice ("s'emparer de la ville")."""
    return not rule.constrained, not (rule.objects or rule.complements or rule.modifiers)


def _first_group_infinitives(form: str) -> set[str]:
    """The -er infinitives a form can belong to: "tiré" tirer, "dispersant" disperser,
    "menaçant" menacer, "exigeant" exiger, "libère" libérer. Only compared with the
    lexicon's lemmas, so a form that is no verb ("manifestant") costs nothing."""
    found = set()
    for ending in _FIRST_GROUP_ENDINGS:
        if form.endswith(ending) and len(form) - len(ending) >= 3:
            stem = form[:-len(ending)]
            found.add(stem + "er")
            if stem.endswith("ç"):
                found.add(stem[:-1] + "cer")
            elif stem.endswith("ge"):
                found.add(stem[:-1] + "r")
            at = stem.rfind("è")
            if at >= 0:
                found.add(stem[:at] + "é" + stem[at + 1:] + "er")
            break
    return found


def _noun_tagged_verb(token: Token) -> bool:
    """A word the tagger called a verb that heads a noun phrase: it has a determiner or a
    preposition of its own ("une tentative de coup d'État", "le coup"), which a French
    verb never has (an infinitive takes "de"/"à" as a marker, not a case)."""
    return token.pos_ == "VERB" and not any(c.dep_.startswith("aux") for c in token.children) and any(
        c.dep_ in ("det", "case") for c in token.children)


# Grammar words of the French event reader (fr/triggers.yaml), read once.
_GRAMMAR_WORDS = load_data("triggers", "fr")
_AUXILIARIES = word_set(_GRAMMAR_WORDS, "auxiliaries", "fr/triggers.yaml")


def _verb_tagged_other(token: Token) -> bool:
    """A participle the tagger called a noun or an adverb after its auxiliary: "la junte a
    dissous les partis" ("dissous" a noun with "a" as its auxiliary), "l'ambassadeur a été
    expulsé" ("expulsé" an adverb with its auxiliaries), "le Niger a expulsé l'ambassadeur"
    ("expulsé" an adverb of the verb "a")."""
    if token.pos_ not in ("NOUN", "ADV", "ADJ", "X", "DET") or (token.pos_ == "ADJ" and "VerbForm" in token.morph):
        return False
    if any(c.dep_ in ("det", "case") for c in token.children):
        return False
    if any(c.dep_ in ("aux:tense", "aux:pass") for c in token.children):
        return True
    if token.dep_ == "ROOT" and token.pos_ in ("ADJ", "NOUN") and any(
            c.dep_ == "nsubj" and c.i < token.i for c in token.children) and any(
            c.dep_ in ("obj", "obl:arg") and c.i > token.i for c in token.children):
        # "Le gouvernement attribue cette attaque à ...", "Le Conseil appelle à la retenue": a root
        # with a subject before it and an object or a verb's own complement after it
        return True
    return _aux_headed(token)


def _bare_verb_form(token: Token) -> bool:
    """A word tagged a noun with no determiner or preposition right before it and a
    determiner right after it ("ce dernier nie toute implication", "dénonce un mensonge":
    the parse may hang the subject's determiner on it)."""
    doc = token.doc
    if token.i == 0 or token.i + 1 >= len(doc) or doc[token.i + 1].pos_ != "DET":
        return False
    return doc[token.i - 1].pos_ not in ("DET", "ADP", "NUM", "PUNCT", "CCONJ", "SCONJ")


def _aux_headed(token: Token) -> bool:
    """A word right after a finite avoir/être where the parse lost the clause's verb: "a
    expulsé" with "a" the root and "expulsé" its adverb, "a dissous la commission" with
    "dissous" an adjective of the object, or "ont dissous les associations" with the object
    as the root holding the auxiliary and the subject (`_lost_frame`)."""
    return _lost_frame(token) is not None


def _lost_frame(token: Token) -> tuple[Token | None, Token | None] | None:
    """(subject, object) of the clause whose verb the parse lost (see `_aux_headed`)."""
    if token.i == 0 or token.pos_ not in ("ADV", "NOUN", "ADJ", "X") or any(
            c.dep_ in ("det", "case") for c in token.children):
        return None
    before = token.doc[token.i - 1]
    if before.pos_ not in ("VERB", "AUX") or before.lemma_.casefold() not in _AUXILIARIES \
            or "Fin" not in before.morph.get("VerbForm"):
        return None
    if not before.dep_.startswith(("aux", "cop")) and any(c.dep_ == "nsubj" for c in before.children):
        return _subject(before), next((c for c in _arguments(before) if c.dep_ in _OBJECT_DEPS and c is not token),
                                      None)
    holder = before.head
    if before.dep_ == "aux:tense" and holder is not token and holder.i > token.i and holder.pos_ in ("NOUN", "PROPN") \
            and token.head == holder:
        subject = next((c for c in holder.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return _antecedent(subject), holder
    return None


_REFLEXIVE_PRONOUNS = ("se", "s'", "s\u2019")


def _completed(verb: Token) -> bool:
    """A verb told as a completed act (the perfective aspect): a compound past ("se sont
    rassemblés", "s'étaient rassemblés") or the passé simple, or a form that is not finite (an
    infinitive or a participle, read by the modes); not the present nor the imperfect ("se
    rassemblent chaque vendredi", "se rassemblaient depuis des semaines": a habit, a state)."""
    if any(c.dep_.startswith("aux") and c.lemma_ in ("avoir", "être") for c in verb.children):
        return True
    form = verb.morph.get("VerbForm")
    if "Fin" not in form:
        # a form the tagger left without features ("se rassemblent" read as an adverb) is no past
        return bool(form)
    return "Past" in verb.morph.get("Tense") and not verb.lower_.endswith(_IMPERFECT_ENDINGS)


def _is_reflexive(token: Token) -> bool:
    if any(c.lower_ in _REFLEXIVE_PRONOUNS and c.dep_.startswith(("expl", "obj")) for c in token.children):
        return True
    # the parse may hang the pronoun elsewhere ("une foule s’est rassemblée", the typographic
    # apostrophe's "s’" hung on the subject): the word right before the verb, past its own
    # auxiliaries and adverbs ("ne s'est pas retiré"), is its reflexive pronoun all the same
    i = token.i - 1
    while i >= 0 and token.doc[i].head.i == token.i and token.doc[i].dep_.startswith(("aux", "advmod")):
        i -= 1
    return i >= 0 and token.doc[i].lower_ in _REFLEXIVE_PRONOUNS


def _constraints_hold(rule: FrenchRule, token: Token, words: dict[str, frozenset[str]]) -> bool:
    if rule.suffered and _suffering_frame(token) is None:
        return False  # "des tirs de joie", "les tirs ont cessé": fire told as undergone only ("a essuyé des tirs")
    if rule.acting and not (token.dep_ == "nsubj" and token.head.pos_ == "VERB" and not _passive(token.head)):
        return False  # "les manifestants ont envahi les rues" ("un manifestant a été tué" tells no protest)
    if rule.reflexive is not None and _is_reflexive(token) != rule.reflexive:
        return False
    if rule.completed and not _completed(token):
        return False  # "se rassemblent chaque vendredi", "se rassemblaient": a habit, a state
    if rule.clitics and not any(c.pos_ == "PRON" and c.lower_ in rule.clitics for c in token.children):
        return False  # "s'en prendre à" attacks; "se prendre" alone does not
    named: list[Token] = []
    if rule.objects:
        named = [o for o in _object_words(token) if o.lemma_.casefold() in rule.objects or o.lower_ in rule.objects]
        if not named:
            return False
    if rule.not_objects and any(_named_among(c, rule.not_objects) for c in _undergoers(token)):
        return False  # "le pays détient les plus grandes réserves": held as a possession
    if rule.marks_after and not any(t.i > token.i and t.dep_ in ("case", "mark") and t.lower_ in rule.marks_after
                                    for t in token.subtree):
        return False  # "ils les ont appelées" is a telephone call; "appeler au calme" asks
    if rule.modifiers:
        # the four words of its phrase nearest the noun: a source hung on the noun before it
        # ("Selon le communiqué du ministère, des opérations de ratissage ...") is no modifier
        modifiers = sorted((c for c in token.subtree if c != token), key=lambda c: abs(c.i - token.i))
        if not any(m.lower_ in rule.modifiers or m.lemma_.casefold() in rule.modifiers for m in modifiers[:4]):
            return False
    if rule.not_modifiers:
        # after the verb ("tirer en l'air") or after its named object ("des tirs de sommation ont été
        # entendus", "ont entendu des coups de semonce")
        for head in (token, *named):
            words = " ".join(t.lower_ for t in token.doc[head.i + 1:head.i + 6]).replace("' ", "'").replace(
                "\u2019 ", "\u2019")
            if any(words.startswith(w) for w in rule.not_modifiers):
                return False
    if rule.complements and _complement(rule, token) is None:
        return False
    if rule.not_complements and (act := _complement(rule, token, rule.not_complements)) is not None \
            and not _street_clash(act, words):
        return False  # "sont morts dans un accident de la circulation": no one's act
    if rule.not_subjects and any(
            w.lower_ in rule.not_subjects
            for c in token.children if c.dep_ in ("nsubj", "nsubj:pass")
            for w in (c, *(d for d in c.children if d.dep_ in ("amod", "det", "nummod")))):
        return False  # "des milliers de civils sont morts": a sum over time; "un autre a succombé": a toll told
    if rule.subjects:  # "les prix ont explosé": only a bomb, a vehicle, a bomber explodes
        stated = [c for c in token.children if c.dep_ in ("nsubj", "nsubj:pass") and not c.is_punct]
        if rule.subject_needed:
            # "des tirs ont visé la ville", "la ville a été visée par des obus", "des frappes de drones
            # visant le camp": the doer must be named and be one of them ("une loi visant à ..." is not)
            stated = [c for c in token.children if c.dep_ in ("nsubj", "obl:agent") and not c.is_punct] + (
                [token.head] if token.dep_ == "acl" else [])
            if not stated:
                return False
        # "les soldats qui sont arrivés sur place": the relative pronoun stands for its noun
        stated = [_antecedent(c) for c in stated]
        named = [c for c in stated if rule.named_subject and c.pos_ == "PROPN"]
        if rule.named_subject:
            # the subject's own words too, outside any clause of its own: "Plus de 460 Casques bleus"
            # parsed with "Casques" as the determiner of "bleus", "les éléments de la gendarmerie", "un
            # convoi terrestre de soldats" (not "les habitants qui fuyaient les rebelles")
            stated = [w for c in stated for w in c.subtree if not _in_own_clause(w, c)]
        if stated and not named and not any(
                c.lemma_.casefold() in rule.subjects or c.lower_ in rule.subjects for c in stated):
            return False
    if rule.infinitive and not any(
            t.i > token.i and "Inf" in t.morph.get("VerbForm")
            and (t.head == token or (t.head.head == token and t.head.dep_ in ("obj", "iobj")))
            and any(c.dep_ == "mark" and c.lower_ in ("à", "de", "d'", "d\u2019") for c in t.children)
            for t in token.subtree if t.i <= token.i + COMPLEMENT_REACH):
        return False  # "engage les autorités à s'inscrire", "sommé de libérer"
    return True


def _suffering_frame(noun: Token) -> Token | None:
    """The word of a frame of suffering that tells the noun undergone (fr/triggers.yaml
    `suffering_verbs`, `suffering_nouns`): the verb it is the object of ("le convoi a essuyé
    des tirs", "le village a subi une attaque"), or the noun whose "de" phrase it is, or the
    verb that noun is the object of ("a fait l'objet de tirs nourris", "a été la cible d'une
    attaque", "est victime d'une embuscade"; the parse may hang the "de" phrase on the verb)."""
    words = _words()
    head = noun.head
    if head is noun:
        return None
    lemma = head.lemma_.casefold()
    if lemma in words.suffering_verbs and noun.dep_ in ("obj", "obl:arg", "nsubj:pass"):
        return head
    if _case_of(noun) not in ("de", "d'", "d\u2019", "des", "du"):
        return None
    if lemma in words.suffering_nouns or head.lower_ in words.suffering_nouns:
        return head
    if head.pos_ in ("VERB", "AUX") and any(c.dep_ == "obj" and c.i < noun.i and c.lemma_.casefold()
                                            in words.suffering_nouns for c in head.children):
        return head  # "a fait l'objet de tirs" parsed with "de tirs" on the verb
    return None


def _undergone_once(noun: Token) -> bool:
    """Fire or attacks a subject underwent in a past tense ("le convoi a fait l'objet de tirs
    nourris", "a essuyé des rafales"): the shots of one act, not a kind of act ("le village
    subit des attaques")."""
    frame = _suffering_frame(noun)
    for verb in (frame, frame.head if frame is not None and frame.dep_ == "obj" else None):
        if verb is not None and (any(c.dep_ == "aux:tense" for c in verb.children)
                                 or "Past" in verb.morph.get("Tense")):
            return True
    return False


def _sufferer(noun: Token) -> Token | None:
    """Who undergoes the act a frame of suffering tells (`_suffering_frame`): the subject of
    its verb, of the copula of its noun ("le convoi a été la cible de tirs"), or of the verb
    its noun is the object of ("le convoi a fait l'objet de tirs")."""
    frame = _suffering_frame(noun)
    while frame is not None:
        subject = next((c for c in frame.children if c.dep_ in ("nsubj", "nsubj:pass") and not c.is_punct), None)
        if subject is not None:
            return _antecedent(subject)
        if frame.dep_ == "acl" and frame.head.pos_ in ("NOUN", "PROPN"):
            return frame.head  # "le convoi, victime d'une embuscade"
        frame = frame.head if frame.dep_ in ("obj", "xcomp") and frame.head is not frame else None
    return None


def _undergoers(token: Token) -> list[Token]:
    """Who or what undergoes a verb: its object or passive subject (a relative pronoun's noun),
    or the noun a participle qualifies ("les cas difficiles évacués vers l'hôpital")."""
    # a relative pronoun stands for its noun ("l'embuscade a fait quatre blessés, qui ont été évacués")
    found = [_antecedent(c) for c in token.children if c.dep_ in ("obj", "nsubj:pass")]
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if len(subjects) > 1 and subjects[0].i < token.i:
        # "Les rebelles ont violé l'accord": the small model files the object after the verb
        # as a second subject.
        found += [c for c in subjects[1:] if c.i > token.i]
    if token.dep_ == "acl" and token.pos_ == "VERB" and token.head.pos_ in ("NOUN", "PROPN"):
        found.append(token.head)
    counting = count_nouns()
    # "une trentaine de têtes de bétail": the counted noun, not the count
    return found + [c for f in found if f.lemma_.casefold() in counting
                    for c in f.children if c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN")]


def _named_among(noun: Token, words: frozenset[str]) -> bool:
    """The noun, or a word qualifying it ("les militaires blessés"), is one of `words`."""
    return any(w.lemma_.casefold() in words or w.lower_ in words
               for w in (noun, *(c for c in noun.children if c.dep_ in ("amod", "acl"))))


def _object_words(token: Token) -> list[Token]:
    """The verb's object (or passive subject) and the nouns and adjectives its phrase holds
    before its head: the parse may take a word after the object for its head ("ont renforcé
    leur dispositif autour de Tombouctou", "dispositif" an adjective of "autour") or file the
    object as "fixed" ("ont bouclé le quartier")."""
    heads = [c for c in _arguments(token) if c.dep_ in ("obj", "nsubj:pass")
             or (c.dep_ == "fixed" and c.i > token.i and c.pos_ in ("NOUN", "PROPN"))]
    if not heads and token.pos_ == "VERB":
        # "a dénoncé, samedi dans la soirée, l'accord de coopération": after an aside set off by
        # commas the parse may leave the object unlabelled ("dep") or take it for an apposition, a
        # noun with its determiner (a verb has no apposition of its own)
        heads = [c for c in token.children if c.dep_ in ("dep", "appos") and c.i > token.i and c.pos_ == "NOUN"
                 and any(d.dep_ == "det" for d in c.children)][:1]
    if token.dep_ == "acl" and "Part" in token.morph.get("VerbForm") and "Past" in token.morph.get("Tense") \
            and token.head.pos_ in ("NOUN", "PROPN"):
        heads.append(token.head)  # "un quartier bouclé par les gendarmes": the noun the participle qualifies
    words = list(heads)
    counting = count_nouns()
    for head in heads:
        words.extend(t for t in head.subtree if t.i < head.i and t.pos_ in ("NOUN", "ADJ", "PROPN"))
        if head.lemma_.casefold() in counting:  # "un millier de soldats": the soldiers
            words.extend(c for c in head.children if c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN"))
    return words


# A complement a rule asks for ("mettant un terme à près de dix années de présence")
# lies within this many words after its trigger.
COMPLEMENT_REACH = 10


def _street_clash(noun: Token, words: dict[str, frozenset[str]]) -> bool:
    """A clash noun with a crowd of protesters on one side ("est mort lors de heurts entre la
    police et des manifestants"): a protest, which is no assault, so the dead told with it
    are still their own killing (deaths in a protest with no named perpetrator are an
    assault of their own, as "ont été tués lors de heurts entre la police et des
    manifestants" reads). The clash nouns and the crowd sides: fr/triggers.yaml
    `clash_nouns`, `street_sides`."""
    clashes, sides = words["clash_nouns"], words["street_sides"]
    if noun.lemma_.casefold() not in clashes and noun.lower_ not in clashes:
        return False
    return any(t.i > noun.i and (t.lemma_.casefold() in sides or t.lower_ in sides)
               for t in (*noun.subtree, *_hung_between(noun)))


def _complement(rule: FrenchRule, token: Token, nouns: frozenset[str] | None = None) -> Token | None:
    """The noun of the trigger's phrase a rule's `complements` (or `nouns`) ask for, if any; for
    a verb of purpose, also one its main clause names before it ("ont lancé des grenades
    lacrymogènes pour disperser la foule": the means are the main clause's)."""
    wanted = rule.complements if nouns is None else nouns
    if token.dep_ in ("advcl", "acl", "xcomp") and any(c.dep_ == "mark" and c.lower_ == "pour" for c in token.children):
        for t in token.head.subtree:
            if token.i - COMPLEMENT_REACH <= t.i < token.i and t.pos_ in ("NOUN", "ADJ") \
                    and (t.lemma_.casefold() in wanted or t.lower_ in wanted):
                return t
    for t in (*token.subtree, *_hung_between(token)):
        # the small model may tag the noun a verb ("pris pour cible" with "cible" a verb)
        if token.i < t.i <= token.i + COMPLEMENT_REACH and (t.pos_ in ("NOUN", "PROPN", "ADJ") or (
                t.pos_ == "VERB" and t.lower_ in wanted)) \
                and (t.lemma_.casefold() in wanted or t.lower_ in wanted):
            return t
    return None


def _hung_between(noun: Token) -> list[Token]:
    """The words of the "entre" phrase the parse hangs on a noun's verb rather than on the
    noun: right after the noun ("tués dans de violents heurts entre la population et la
    police"), or told after the verb the noun is the subject of ("des heurts ont éclaté lundi
    entre les manifestants et la police"). Nouns only: a verb's own phrase is its subtree."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.head is noun:
        return []
    verb = noun.head
    for c in verb.children:
        if c is noun or c.i < noun.i or _case_of(c) != "entre":
            continue
        if c.left_edge.i == noun.right_edge.i + 1 or (noun.dep_ == "nsubj" and c.i > verb.i):
            return list(c.subtree)
    return []


# Endings of the imperfect (and of the present conditional, a hypothesis anyway) of
# every French verb; the present indicative of no verb ends so but for a few short
# ones ("fait", "sait", "plaît") that are no triggers.
_IMPERFECT_ENDINGS = ("ait", "aient", "ais")


def _describing_participle(verb: Token) -> bool:
    """A past participle that describes a noun, with no auxiliary and no agent ("un groupe
    appelé Front de libération", "le texte dit « de Bamako »"): it names or qualifies, it
    tells no act; "l'accord dénoncé par Bamako" does (its agent is named)."""
    return verb.dep_ in ("acl", "amod") and "Part" in verb.morph.get("VerbForm") \
        and "Past" in verb.morph.get("Tense") \
        and not any(c.dep_.startswith("aux") for c in verb.children) and _own_agent(verb) is None


# Types whose past participle describing a noun tells where or how its people stand, not
# an act ("treize soldats déployés au sein de la MINUSMA ont été tués", "les milliers de
# Burkinabés mobilisés pour la défense de la patrie").
_STATE_PARTICIPLE_TYPES = frozenset({"MOBILIZE"})
# Types whose infinitive after "pour" / "afin de" is what another act is for, as for speech
# acts (`_purpose`): "une patrouille organisée pour ratisser les buissons" tells the aim of
# the patrol, no sweep of its own; "se rendre à l'Assemblée pour interpeller les députés",
# "déployés afin d'arrêter les auteurs" no arrest (English's purpose clause codes neither).
# Not attacks: French tells the dispersal it did so ("ont tiré des gaz lacrymogènes pour
# disperser la foule").
_AIM_TYPES = frozenset({"MOBILIZE", "COERCE"})


# Where a participle stands as a noun: a subject, an object, a complement (not "et sept
# autres enlevés", a second act coordinated after the first).
_PEOPLE_SLOTS = frozenset({"nsubj", "nsubj:pass", "obj", "obl", "obl:arg", "obl:mod", "nmod", "appos"})


def _rescue(token: Token, actor: Actor | None) -> bool:
    """A freeing of hostages (`rescued_words`: the verb's object, the noun's "de" complement)
    by the forces of order (the act's actor, or for an infinitive the subject of the verb
    that governs it: "les forces ont annoncé avoir libéré quatre otages"): a rescue."""
    words = _words().rescued_words
    if token.pos_ == "NOUN":
        freed = [c for c in token.children if c.dep_ == "nmod"]
    else:
        freed = [c for c in token.children if c.dep_ in ("obj", "nsubj:pass")]
    if not any(_named_among(c, words) for c in freed):
        return False
    if actor is None and token.dep_ == "xcomp":
        subject = _subject(token.head)
        return subject is not None and subject.lemma_.casefold() in _words().force_words
    return actor is not None and actor.type in _ORDER_TYPES


def _dispatched(verb: Token) -> bool:
    """A participle told with the manner or the moment of its sending ("les forces de l'ordre
    massivement déployées dans la ville", "le détachement déployé dans l'après-midi"): a
    deployment the story tells, not where its people stand (triggers.yaml dispatch_marks)."""
    marks = _words().dispatch_marks
    return any(c.lemma_.casefold() in marks or c.lower_ in marks or any(
        g.dep_ in ("obl:mod", "nmod", "flat:name") and g.lower_ in marks for g in c.children)
        for c in verb.children if c.dep_ in ("advmod", "obl:mod", "obl", "nmod"))


def _counted_people(verb: Token) -> bool:
    """A past participle counted by a numeral of its own, with no auxiliary and no object:
    a noun naming people ("quatre accusés", "deux détenus"), not the act of its verb."""
    return "Part" in verb.morph.get("VerbForm") and verb.dep_ in _PEOPLE_SLOTS \
        and any(c.dep_ == "nummod" for c in verb.children) \
        and not any(c.dep_.startswith(("aux", "obj")) for c in verb.children)


def _bound_to(verb: Token, lexicon: FrenchLexicon) -> bool:
    """ "Les forces sont appelées à jouer un rôle", "est appelé à disparaître": a verb of
    `bound_passives` in the present passive, with no agent, before an infinitive with "à",
    tells what its subject is bound or expected to do, no one's call. A call told with its
    caller ("ont été appelés par l'armée à quitter le village") or in a past tense ("ont été
    appelés à la vigilance") is one."""
    if verb.lemma_.casefold() not in lexicon.words["bound_passives"] or _own_agent(verb) is not None:
        return False
    auxes = [c for c in verb.children if c.dep_.startswith("aux") or c.dep_ == "cop"]
    if not (len(auxes) == 1 and auxes[0].lemma_ == "être" and "Pres" in auxes[0].morph.get("Tense")):
        return False
    return any(c.dep_ in ("xcomp", "ccomp", "advcl", "obl", "obl:arg") and "Inf" in c.morph.get("VerbForm")
               and any(m.dep_ == "mark" and m.lower_ == "à" for m in c.children) for c in verb.children)


def _command(verb: Token, lexicon: FrenchLexicon) -> bool:
    """A verb of asking that is no request between the parties: one addressed to the reporter
    ("le commandant nous a demandé de nous référer au communiqué": a pronoun of
    `reporter_addressees` as its indirect object), or an order to use force down a chain of
    command ("le commissaire a demandé aux policiers de charger les militants", "ont demandé
    de tout faire pour les neutraliser": a verb of `force_orders` in the act asked for, on
    the verb's complement or its addressee's, or a purpose clause in that act)."""
    words = lexicon.words
    if any(c.dep_ in ("iobj", "obl:arg") and c.pos_ == "PRON" and c.lower_ in words["reporter_addressees"]
           for c in verb.children):
        return True
    asked = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
    asked += [a for c in verb.children if c.dep_ in ("iobj", "obl:arg") for a in c.children
              if a.dep_ in ("acl", "xcomp") and any(m.dep_ == "mark" and m.lower_ in ("de", "d'", "d\u2019")
                                                      for m in a.children)]
    for act in asked:
        acts = [act] + [c for c in act.children if c.dep_ in ("obl:mod", "advcl", "xcomp")
                        and any(m.dep_ in ("case", "mark") and m.lower_ in words["purpose_marks"] for m in c.children)]
        if any(a.lemma_.casefold() in words["force_orders"] or a.lower_ in words["force_orders"] for a in acts):
            return True
    return False


def _at_the_call_of(noun: Token) -> bool:
    """ "à l'appel de" + the caller ("la grève a été lancée à l'appel des syndicats",
    "manifestaient à l'appel de l'opposition"): the phrase names who called the act it
    hangs on, told in its own right; the call is no request of its own. Not a call with an
    "à" phrase of what is asked ("un appel à la retenue")."""
    return any(c.dep_ == "case" and c.lower_ == "à" and c.i < noun.i for c in noun.children) and any(
        c.dep_ in ("nmod", "obl") and c.i > noun.i and any(
            m.dep_ == "case" and m.lower_ in ("de", "d'", "d\u2019", "du", "des") for m in c.children)
        for c in noun.children)


def _heads_a_name(noun: Token) -> bool:
    """A capitalised trigger noun inside its sentence that opens an organisation's name of
    three words or more ("le Rassemblement des forces démocratiques", "membre du Rassemblement
    des républicains"): a party or a movement, no gathering. Not a capital at the sentence's
    start or after a colon or a dash (a headline's "Haïti – Manifestation : ...")."""
    if not noun.is_title or noun.ent_type_ != "ORG" or noun.ent_iob_ != "B" or noun.i == noun.sent.start:
        return False
    if noun.doc[noun.i - 1].is_punct and noun.doc[noun.i - 1].text not in (",", "(", "«", "\"", "“"):
        return False
    name = next((e for e in noun.doc.ents if e.start == noun.i), None)
    return name is not None and len(name) >= 3


def _degree_state(verb: Token) -> bool:
    """A past participle after "être" graded by an adverb of degree ("sont très mobilisés"),
    or after "être" in the imperfect ("étaient déployés"), or after "rester" ("à rester
    mobilisés"): an adjective of state, no act."""
    if "Part" in verb.morph.get("VerbForm") and verb.dep_ in ("xcomp", "acl") \
            and verb.head.lemma_.casefold() in ("rester", "demeurer"):
        return True
    degree = _words().degree_words
    if "Part" in verb.morph.get("VerbForm") and verb.lemma_.casefold() not in _words().etre_verbs and any(
            c.dep_ in ("aux:pass", "cop") and c.lemma_ == "être" and "Imp" in c.morph.get("Tense")
            for c in verb.children):
        return True  # "1 400 soldats étaient déployés au Niger": where they stood, no deployment told
    return "Part" in verb.morph.get("VerbForm") and any(
        c.dep_ in ("aux:pass", "cop") and c.lemma_ == "être" for c in verb.children) and any(
        c.dep_ == "advmod" and c.lower_ in degree for c in verb.children)


def _habitual_relative(verb: Token, event_type: str) -> bool:
    """A verb in the present indicative, with no auxiliary, in a relative clause on a noun
    ("des bandits qui terrorisent les populations et pillent les villages"), or conjoined to
    such a verb, says what the noun's people do, as who they are, not an act the story tells
    (that is told in the passé composé: "qui ont attaqué le village"). Only for the types of
    `habitual_relative_types` (not a deployment or a protest, whose present is under way: "les
    forces qui mènent des patrouilles dans le village"); a speech act only on an indefinite
    noun ("des séparatistes qui réclament l'indépendance"): "le gouvernement, qui réclame leur
    libération" speaks as it is reported."""
    if event_type.casefold() not in _words().habitual_relative_types or not _present_indicative(verb):
        return False
    if event_type not in _SPEECH_TYPES and _after_relative_subject(verb):
        return True
    node = verb
    for _ in range(3):
        if node.dep_ != "conj" or node.head is node:
            break
        node = node.head
    # the clause: on a noun, or with "qui" for its subject wherever the parse hangs it ("des
    # groupes, appelés bandits, qui pillent": on the participle)
    relative = node.dep_ == "acl:relcl" and node.head.pos_ in ("NOUN", "PROPN")
    if not relative and not any(c.dep_ == "nsubj" and c.lower_ == "qui" and "Rel" in c.morph.get("PronType", [])
                                for c in node.children):
        return False
    antecedent = node.head
    if event_type in _SPEECH_TYPES and (antecedent.pos_ in ("PROPN", "PRON") or _definite(antecedent) or any(
            c.dep_ == "det" and c.lower_ in _words().pointing_determiners for c in antecedent.children)
            or antecedent is node):
        return False
    return all(_present_indicative(v) for v in {node, verb})


def _after_relative_subject(verb: Token) -> bool:
    """The verb follows a relative "qui" of its sentence with only its own clause between:
    objects, adverbs, commas, "et" and other verbs in the present indicative ("des bandes
    qui rançonnent les voyageurs et enlèvent des éleveurs"), however the small parse hangs
    them. Not across another verb, an auxiliary, a clause opener (fr/triggers.yaml
    `relative_clause_openers`) or a quotation."""
    start = verb.sent.start if verb.doc.has_annotation("SENT_START") else 0
    openers = _words().relative_clause_openers
    for token in reversed(verb.doc[start:verb.i]):
        lower = token.lower_
        if lower == "qui":
            return token.i > start and "Int" not in token.morph.get("PronType", [])
        if lower in openers or token.is_quote or token.text in (".", ";", ":", "?", "!", "(", ")", "–", "—"):
            return False
        if token.pos_ in ("VERB", "AUX") and not _present_indicative(token):
            return False
    return False


def _present_indicative(verb: Token) -> bool:
    """A finite verb in the present indicative with no auxiliary. The small model may tag
    such a form imperfect ("enlèvent"): the imperfect's ending decides (`_imperfect`)."""
    if any(c.dep_.startswith("aux") for c in verb.children) or "Fin" not in verb.morph.get("VerbForm", []):
        return False
    tense, mood = verb.morph.get("Tense", []), verb.morph.get("Mood", [])
    if "Ind" not in mood or "Fut" in tense or verb.lower_.endswith(_IMPERFECT_ENDINGS):
        return False
    return "Pres" in tense or "Imp" in tense


def _imperfect(verb: Token) -> bool:
    """A verb in the indicative imperfect ("appelait", "refusaient"), no auxiliary. The
    small model often tags such a form present: its ending decides then."""
    if any(c.dep_.startswith("aux") for c in verb.children) or "Fin" not in verb.morph.get("VerbForm"):
        return False
    tense = verb.morph.get("Tense")
    return ("Imp" in tense and "Ind" in verb.morph.get("Mood")) or (
        "Fut" not in tense and verb.lower_.endswith(_IMPERFECT_ENDINGS) and len(verb.lower_) > 5)


def _generic(noun: Token, lexicon: FrenchLexicon | None = None) -> bool:
    """A plural trigger noun with no number names a kind of event, not one event:
    "des attaques contre les forces de l'ordre", "depuis 2015, ... dans les attaques";
    "deux attaques", "les trois attentats" are counted events, and so are "des dizaines
    d'arrestations", "une centaine d'interpellations" (a count noun: `count_nouns` of
    fr/actors.yaml); "ses sanctions", "ces frappes" (a possessive or demonstrative) point at
    particular ones."""
    words = _words()
    if noun.lemma_.casefold() in words.force_nouns or noun.lower_ in words.force_nouns:
        return False  # "des renforts ont été envoyés": the forces sent, no kind of act
    if noun.dep_ in ("nsubj", "nsubj:pass") and noun.head.lemma_.casefold() in words.continuing_verbs:
        return False  # "des ratissages se poursuivent": the story's operations, told as under way
    if "Plur" not in noun.morph.get("Number") or any(
            c.dep_ == "nummod" or c.like_num or (c.dep_ == "det" and c.lower_ in words.pointing_determiners)
            for c in noun.children):
        return False
    if noun.dep_ == "nmod" and noun.head.lower_ in count_nouns() and _case_of(noun) in ("de", "d'", "d\u2019"):
        return False
    if _said_frequent(noun, words):
        return True  # "les attaques des milices sont récurrentes dans la région": a pattern, no act told
    if any(_told_once(c, words) for c in noun.children):
        return False
    if _undergone_once(noun):
        return False
    if _scene_of(noun, words):
        return False
    if lexicon is not None and _died_in(noun, lexicon, killed=not _definite(noun)):
        # "quatre personnes ont trouvé la mort dans des affrontements"; a definite noun too ("sont
        # morts dans les affrontements", "lors des combats"): clashes told before, or known, are
        # still the act the dead fell in, and the dying verb is no trigger then (`not_complements`),
        # so without the noun the deaths would tell nothing; the assembly joins it to the clash told.
        # Not the definite noun of another type killed in ("tuée lors des manifestations"): the
        # killing tells its assault, and the protests are referred back to
        return False
    if lexicon is not None and _during(noun, lexicon) and not _definite(noun):
        return False
    # "poursuivent les ratissages": the definite article points at the operations of the
    # story, told as under way, when the verb names no act of its own ("a démenti les
    # accusations", "a dénoncé les exactions" speak of acts), is no light verb ("mènent les
    # attaques") and no repetition ("multiplient les attaques": `repetition_verbs`), and
    # tells no fear; a subject ("les manifestations se multiplient") tells a trend
    head = noun.head
    lemma = head.lemma_.casefold()
    if noun.dep_ == "obj" and any(c.dep_ == "det" and c.lower_ == "les" for c in noun.children) \
            and lexicon is not None and lexicon.rule_for(head) is None \
            and lemma not in words.light_verbs | lexicon.words["repetition_verbs"] \
            and lemma not in lexicon.words["reporting_verbs"] | lexicon.words["hypothetical_governors"]:
        return False
    # "a imposé des sanctions au Niger", "ont pris de nouvelles sanctions contre la Guinée":
    # what a verb of imposing (`imposing_verbs`) imposed in a past tense is the story's act;
    # so is what a verb of carrying out (`carrying_verbs`) carried out ("a procédé à des frappes
    # au Liban"; not "procède à des arrestations": what it does)
    if noun.dep_ in ("obj", "obl:arg") and lexicon is not None \
            and lemma in lexicon.words["imposing_verbs"] | lexicon.words["carrying_verbs"] \
            and head.pos_ == "VERB" and (any(c.dep_ == "aux:tense" for c in head.children)
                                         or "Past" in head.morph.get("Tense") or _participle_of_past(head)):
        return False
    # "Des manifestations ont éclaté lundi", "des affrontements ont opposé ...": plural events
    # that happened, told as the subject of a verb in a past tense
    head, slot = noun.head, _slot(noun)
    if slot != noun.dep_:
        head = head.head  # "les assauts répétés ont fait": the phrase the parse hung the noun in
    # (a head that holds the auxiliaries is the clause's verb, whatever the tagger called it:
    # "des heurts ont été signalé lundi" with the misspelt participle an adverb of "lundi")
    past = head != noun and (head.pos_ in ("VERB", "AUX") or any(
        c.dep_ == "aux:tense" and c.i < head.i for c in head.children)) and (
        any(c.dep_ in ("aux:tense", "aux:pass") for c in head.children)
        or "Past" in head.morph.get("Tense") or "Imp" in head.morph.get("Tense"))
    if noun.dep_ == "ROOT" and any(
            c.dep_ == "conj" and c.pos_ == "VERB" and (any(g.dep_ in ("aux:tense", "aux:pass") for g in c.children)
                                                      or "Past" in c.morph.get("Tense"))
            for c in noun.children):
        # "Des combats entre l'armée et les rebelles ont fait 30 morts": the parse read the
        # verb as a conjunct of the noun; the noun is still its subject
        return False
    if lexicon is not None and past and slot in ("obl", "obl:arg", "obl:mod") \
            and _case_of(noun) in lexicon.words["means_prepositions"]:
        # "la police a répondu par des tirs de gaz lacrymogène": the means of an act in a past
        # tense, used then (`means_prepositions`)
        return False
    return not (slot in ("nsubj", "nsubj:pass") and past)


def _said_frequent(noun: Token, words: _EventWords) -> bool:
    """A plural act noun whose predicate says how often such acts happen: "les attaques sont
    récurrentes dans la région", "les enlèvements y sont devenus fréquents", "les attaques de bandits
    sont quotidiennes" (`frequency_words`). The predicate, an adjective the small model may tag a past
    participle, is the noun's head or the complement of a linking verb; the sentence tells a
    pattern of the place, not one act, whatever the tense (a numeral or a pointing determiner
    has already made the noun acts told, in `_generic`)."""
    if noun.dep_ not in ("nsubj", "nsubj:pass"):
        return False
    head = noun.head
    if head.lemma_.casefold() in words.frequency_words or head.lower_ in words.frequency_words:
        return True
    # The predicate of a linking verb ("sont devenues courantes"), not any complement: "les
    # attaques ont eu lieu courant mars" ("during March") tells acts.
    return head.lemma_.casefold() in words.linking_verbs and any(
        c.dep_ == "xcomp" and (c.lemma_.casefold() in words.frequency_words or c.lower_ in words.frequency_words)
        for c in head.children)



def _participle_of_past(verb: Token) -> bool:
    """A present participle adjoined to a clause in a past tense tells an act of that past:
    "l'armée a repoussé l'attaque, lançant des opérations de ratissage dans la zone" (the
    parse hangs the participle on the verb, or on a noun of its clause: up to two nouns are
    climbed to reach the verb). Not a participle of a clause in the present ("lançant des
    opérations chaque semaine, l'armée traque ...")."""
    if verb.dep_ not in ("acl", "advcl") or "Part" not in verb.morph.get("VerbForm") \
            or "Pres" not in verb.morph.get("Tense") or any(c.dep_.startswith("aux") for c in verb.children):
        return False
    node = verb.head
    for _ in range(2):
        if node.pos_ not in ("NOUN", "PROPN") or node.head is node:
            break
        node = node.head
    return node is not verb and node.pos_ in ("VERB", "AUX") and (
        any(c.dep_ in ("aux:tense", "aux:pass") for c in node.children) or "Past" in node.morph.get("Tense"))


def _scene_of(noun: Token, words: _EventWords) -> bool:
    """A plural act noun a place was the scene of, in a past tense: "la ville a été le théâtre
    d'affrontements entre milices ce jeudi", "a de nouveau été le théâtre de heurts" tell
    acts that happened there (`scene_nouns`: the noun is the "de" complement of the scene
    noun, which a copula in a compound past makes the clause's predicate)."""
    scene = noun.head
    if noun.dep_ != "nmod" or scene.lemma_.casefold() not in words.scene_nouns:
        return False
    if not any(c.dep_ == "case" and c.lower_ in ("de", "d'", "d\u2019", "des") for c in noun.children):
        return False
    # "a été", "avait été": the past participle of the copula (the small model may tag the
    # auxiliary a second copula)
    return any(c.dep_ == "cop" and c.lower_ == "été" for c in scene.children)


def _told_once(clause: Token, words: _EventWords) -> bool:
    """A clause on a plural act noun in a compound past tells what these acts did, once
    ("après des combats ayant opposé la veille les rebelles aux soldats", "des heurts qui
    ont éclaté lundi"); not one that sums over time (`aggregate_clause_words`: "qui ont
    fait des milliers de morts depuis 2015")."""
    return (clause.dep_ in ("acl", "acl:relcl") and clause.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "aux:tense" for c in clause.children)
            and not any(t.lower_ in words.aggregate_clause_words for t in clause.subtree))


def _occasion_verb(noun: Token, lexicon: FrenchLexicon, prepositions: frozenset[str]) -> Token | None:
    """The verb in a past tense that an act noun is the occasion of: the verb the noun hangs
    on after one of `prepositions`, or after "lors"/"au cours" (`occasion_heads`); None when
    the noun is no such occasion or the verb is not in a past tense."""
    words = lexicon.words
    verb = noun.head
    if verb.lower_ in words["occasion_heads"] and verb.head is not verb and noun.dep_ in ("obl:arg", "nmod"):
        verb = verb.head  # "lors des combats", "au cours des affrontements"
        if verb.lower_ in _words().bare_time_nouns and verb.head is not verb:
            verb = verb.head  # "tuée lundi lors de manifestations": the parse hangs "lors" on the day
    elif noun.dep_ not in ("obl", "obl:mod", "obl:arg") or not any(
            c.dep_ == "case" and c.lower_ in prepositions for c in noun.children):
        return None
    if verb.pos_ not in ("VERB", "ADJ") or not (
            any(c.dep_ in ("aux:tense", "aux:pass") for c in verb.children) or "Past" in verb.morph.get("Tense")):
        return None
    return verb


def _during(noun: Token, lexicon: FrenchLexicon) -> bool:
    """A plural clash noun that an act in a past tense happened during: "la police a fait
    usage de gaz lacrymogène lundi pendant des heurts avec des manifestants", "a tiré lors
    d'affrontements": the clashes of the story, where the act took place, as English reads
    "during clashes" (`during_prepositions`; the clash nouns, `clash_nouns`, only: "pendant
    des manifestations" may be a season of protest)."""
    clash = lexicon.words["clash_nouns"]
    if noun.lemma_.casefold() not in clash and noun.lower_ not in clash:
        return False
    return _occasion_verb(noun, lexicon, lexicon.words["during_prepositions"]) is not None


def _died_in(noun: Token, lexicon: FrenchLexicon, killed: bool = True) -> bool:
    """A plural act noun that people told dead died in, in a past tense: "quatre personnes
    ont trouvé la mort dans des affrontements", "trois soldats sont morts lors d'accrochages".
    It is the story's act, where they fell, no kind of act; and the dying verb is no
    trigger, so without the noun the deaths would tell no event. "Depuis 2015, 1.300
    personnes sont mortes dans des attaques" is kept too: the assembly reads "depuis" as
    background, as it does for "ont été tuées dans des attaques". `killed` False: dying told
    alone ("sont morts", "ont trouvé la mort"), not the killing or wounding of the victims."""
    words = lexicon.words
    verb = _occasion_verb(noun, lexicon, words["occasion_prepositions"])
    if verb is None:
        return False
    lemmas = {verb.lemma_.casefold(), *lexicon.lemmas_of_form(verb.lower_)}
    if lemmas & words["die_verbs"]:
        return True  # "sont morts", "ont péri", "a succombé"
    if killed and lemmas & (words["kill_verbs"] | words["injure_verbs"]):
        # "ont été tués lors de manifestations", "tués dans de violents heurts entre la population
        # et la police": the killing is its own assault; an act of another type the victims fell
        # in (a protest) is the story's too, not a kind of act. An assault noun stays the
        # killing's own act (one assault).
        rule = lexicon.rule_for(noun)
        return rule is not None and rule.type != "ASSAULT"
    dying = _idioms("dying_idioms")  # "ont trouvé la mort", "ont perdu la vie"
    return any(c.dep_ == "obj" and verb.lemma_.casefold() in dying.get(c.lower_, ()) for c in verb.children)


def _definite(noun: Token) -> bool:
    """A noun with a definite article, or one contracted with its preposition ("des combats"
    as "de les", "aux affrontements")."""
    return any(c.dep_ in ("det", "case") and "Def" in c.morph.get("Definite") for c in noun.children)


def _adjectives_after(noun: Token) -> list[Token]:
    """The adjectives right after a noun ("une frappe aérienne israélienne"), each a bare
    word: not "près de la frontière malienne", whose adjective is another noun's."""
    found = []
    for word in noun.doc[noun.i + 1:noun.i + 4]:
        if word.head != noun or word.dep_ != "amod" or word.pos_ not in ("ADJ", "VERB") or any(
                True for _ in word.children):
            break
        found.append(word)
    return found


def _name_after(noun: Token, sentence: ParsedSentence, knowledge_base: Any) -> tuple[Token, Actor] | None:
    """The side a word right after an act's noun names: a demonym or sector adjective
    ("une attaque jihadiste"), or a group's name the parse took for a participle and hung a
    place on ("une attaque antibalaka à Mbrès"): that one word, read as the name it is."""
    for adjective in _adjectives_after(noun):
        side = actor_from_token_fr(sentence, adjective, knowledge_base)
        if side is not None:
            return adjective, side
    word = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if word is None or word.head != noun or word.dep_ not in ("amod", "acl") or not word.is_alpha:
        return None
    info = knowledge_base.lookup(word.text)
    if info is None or info.kind in ("country", "person"):
        return None
    start, end = sentence.offsets(word)
    country = None if info.name in transnational_groups() else info.country
    return word, Actor(text=word.text, start=start, end=end, name=info.name, country=country, type=info.sector)


def _second_statement(token: Token, rule: FrenchRule) -> bool:
    """A verb of saying coordinated with another of its type and given its own object: "a
    condamné l'attaque et accusé le JNIM d'en être responsable" names whom it accuses, which
    the first verb does not, and is a statement of its own."""
    return rule.pos == "VERB" and rule.type in _SPEECH_TYPES and token.dep_ == "conj" and any(
        c.dep_ == "obj" for c in token.children)


def _purpose(verb: Token, marks: frozenset[str]) -> bool:
    """An infinitive after "pour" / "afin de" tells what another act is for ("ont manifesté
    pour dénoncer les dérives de la junte", "un mois pour céder la place"), not an act of its
    own; a verb coordinated with it ("pour dénoncer ... et exiger ...") too."""
    node = verb
    if node.dep_ == "conj" and "Inf" in node.morph.get("VerbForm"):
        node = node.head
    if "Inf" not in node.morph.get("VerbForm"):
        return False
    if node.head.lower_ in marks and node.head.i < node.i:
        return True  # "afin de dénoncer": the parse hangs the infinitive on "afin"
    return node.dep_ in ("advcl", "acl", "obl", "xcomp") and any(
        c.dep_ == "mark" and c.lower_ in marks for c in node.children)


# A charge's noun lies at most this many noun phrases below the verb that lays it
# ("poursuivi pour complicité d'attentat à la sûreté de l'État, meurtre ...").
CHARGE_DEPTH = 4


def _defied_measure(noun: Token, lexicon: FrenchLexicon) -> bool:
    """A measure (`defied_measures`) told as defied, laid before the act that defies it and no
    act of coercion told: the object of a verb of `defying_verbs` ("ont bravé l'interdiction de
    manifester") or under a preposition of `defiance_prepositions` ("malgré l'interdiction de
    manifester des autorités"). A measure a verb tells laid ("ont décrété un couvre-feu") stays
    an act."""
    words = lexicon.words
    if noun.lemma_.casefold() not in words["defied_measures"] and noun.lower_ not in words["defied_measures"]:
        return False
    if any(c.dep_ == "case" and c.lower_ in words["defiance_prepositions"] for c in noun.children):
        return True
    return (noun.dep_ in ("obj", "nsubj:pass") and noun.head.i != noun.i
            and noun.head.lemma_.casefold() in words["defying_verbs"])


def _state_of_subjection(noun: Token, lexicon: FrenchLexicon) -> bool:
    """A noun of a lasting hold on a place (`subjection_nouns`) that names the state the place
    stands in, no act of coercion: under a preposition of `subjection_prepositions` on another
    noun ("les habitants de l'enclave sous blocus"), or told after a participle of being
    subjected and its "à" (`subjection_participles`: "des villes soumises à un blocus des
    jihadistes"; words read in order, the parse may hang the noun on the sentence's verb). A
    blockade a verb tells imposed ("ont imposé un blocus à Djibo") stays an act."""
    words = lexicon.words
    if noun.lemma_.casefold() not in words["subjection_nouns"] and noun.lower_ not in words["subjection_nouns"]:
        return False
    if noun.head.i != noun.i and noun.head.pos_ in ("NOUN", "PROPN") and noun.dep_ == "nmod" and any(
            c.dep_ == "case" and c.lower_ in words["subjection_prepositions"] for c in noun.children):
        return True
    before = [t for t in noun.doc[max(0, noun.i - 4):noun.i] if t.dep_ != "det" and t.pos_ != "DET"]
    return len(before) >= 2 and before[-1].lower_ == "à" and before[-2].lower_ in words["subjection_participles"]


def _classifier(noun: Token, lexicon: FrenchLexicon) -> bool:
    """A bare trigger noun in the "de" phrase of a noun of equipment, dress or units
    (`classifier_heads`) classes that thing, no act told: "trois hélicoptères de combat",
    "armés de fusils d'assaut", "en tenue de combat". With a determiner or a number it is a
    particular act ("le drone de l'attaque", "trois jours de combats" is no such head)."""
    if noun.dep_ != "nmod" or any(c.dep_ in ("det", "nummod") for c in noun.children):
        return False
    if _case_of(noun) not in ("de", "d'", "d\u2019"):
        return False
    return noun.head.lemma_.casefold() in lexicon.words["classifier_heads"] \
        or noun.head.lower_ in lexicon.words["classifier_heads"]


def _charge(noun: Token, lexicon: FrenchLexicon) -> bool:
    """A bare trigger noun in the "pour" or "de" phrase of a verb or noun of charging or
    judging (`charge_words`), or in a noun's phrase under it, names a charge, a class of crime,
    no act the story tells: "poursuivi pour meurtre", "inculpés de complicité d'attentat",
    "condamné pour assassinat". An act with its determiner ("condamné pour l'attaque de Solhan",
    "accusé de l'enlèvement des touristes") is a particular one and stays. The small parse may
    hang the charge on the verb itself ("poursuivi pour « complicité d'attentat »" with the
    quote and the apostrophe as punctuation): a "pour"/"de" between the verb and it counts."""
    if any(c.dep_ in ("det", "nummod") for c in noun.children):
        return False
    node = noun
    for _ in range(CHARGE_DEPTH):
        if node.dep_ not in ("nmod", "conj", "flat:name") or node.head.pos_ not in ("NOUN", "PROPN", "ADJ") \
                or node.head.i == node.i:
            break
        node = node.head
    head = node.head
    if head.i == node.i or head.lemma_.casefold() not in lexicon.words["charge_words"]:
        return False
    prepositions = lexicon.words["charge_prepositions"]
    if any(c.dep_ == "case" and c.lower_ in prepositions for c in node.children):
        return True
    # the charge's "pour" the parse hung elsewhere: "poursuivi pour complicité d'attentat à la
    # sûreté de l'État et meurtre" ("meurtre" under "sûreté"), or a bare noun hung on the verb
    between = node.doc[head.i + 1:node.i] if head.i < node.i else []
    marks = lexicon.words["charge_prepositions_alone"] if any(c.dep_ == "case" for c in node.children) else prepositions
    return any(t.lower_ in marks for t in between)


# What may tell the act a participle after a verb claims for, beside the verb: its subject ("les
# manifestants ont marché, réclamant ...") and its infinitive complement ("sont venus protester,
# réclamant ..."); for an aim ("pour exiger ..."), its subject and its object ("il y a eu une
# manifestation pour exiger ...").
_PARTICIPLE_BEARERS = ("nsubj", "nsubj:pass", "xcomp")
_AIM_BEARERS = ("nsubj", "nsubj:pass", "obj")


def _claim_bearers(verb: Token, deps: tuple[str, ...] = _PARTICIPLE_BEARERS) -> list[Token]:
    """A verb and its dependents of `deps`: what may tell the act a claim is made for; a
    count noun among them stands for its "de" complement ("des centaines de manifestations
    ont convergé vers la mairie en réclamant ...")."""
    bearers = [verb, *(c for c in verb.children if c.dep_ in deps)]
    return bearers + [c for b in bearers[1:] for c in _counted(b)]


def _counted(noun: Token) -> list[Token]:
    """The "de" complements of a count noun (`count_nouns`: "des milliers de manifestants")."""
    if noun.lemma_.casefold() not in count_nouns() and noun.lower_ not in count_nouns():
        return []
    return [c for c in noun.children if c.dep_ == "nmod" and _case_of(c) in ("de", "d'", "d\u2019")]


def _claimants(verb: Token, lexicon: FrenchLexicon) -> bool:
    """A verb of claiming (`claiming_verbs`) whose subject is the doers or the noun of an act
    of `claim_bearing_types` ("les manifestants réclamaient de meilleures conditions de vie",
    "des milliers de protestataires exigent son départ"): what the protest demands, no
    request of its own. A call ("les manifestants ont appelé à la grève") is no claim."""
    if verb.lemma_.casefold() not in lexicon.words["claiming_verbs"]:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(
        rule.type in lexicon.claim_bearing_types
        for subject in subjects + [c for s in subjects for c in _counted(s)]
        for rule in lexicon.rules.get((subject.lemma_.casefold(), "NOUN"), ())
    )


def _claim_of(verb: Token, lexicon: FrenchLexicon) -> bool:
    """A verb of demanding that tells what an act of `claim_bearing_types` (a protest)
    demands is that act's claim, no request of its own: "des manifestations exigeant le départ
    de la mission" (a participle on the protest's noun), "ont manifesté pour réclamer justice",
    "des manifestations se sont déroulées à Kindia pour réclamer sa libération", "il y a eu une
    manifestation pour exiger ..." (an aim of the protest's verb or of the verb its noun is the
    subject or object of). The annotation counts the protest
    alone; a call to protest ("a appelé à manifester") is a request and stays."""
    node = verb
    if node.dep_ == "conj" and node.head.pos_ == "VERB":
        node = node.head  # "pour dénoncer ... et exiger ..."
    present = "Part" in node.morph.get("VerbForm") and "Pres" in node.morph.get("Tense")
    if node.dep_ == "acl" and "Part" in node.morph.get("VerbForm"):
        bearers = [node.head]
        if present and node.head.dep_ in ("obl:arg", "obl:mod", "obl", "obj") and node.head.head.pos_ == "VERB":
            # "ont défilé à Conakry, exigeant le départ de la junte": the parse may hang the
            # participle set off by a comma on the verb's complement; the verb tells the protest
            bearers += _claim_bearers(node.head.head)
    elif node.dep_ == "advcl" and present:
        # "sont venus protester contre le régime, réclamant un État de droit"
        bearers = _claim_bearers(node.head)
    elif _purpose(node, lexicon.words["purpose_marks"]):
        governor = node.head
        while governor.pos_ == "ADV" and governor.head.i != governor.i:
            # "sont descendus pacifiquement dans les rues pour exiger ...": the small parse may
            # hang the aim on the adverb of the protest's verb
            governor = governor.head
        bearers = _claim_bearers(governor, _AIM_BEARERS)
    else:
        return _claimants(node, lexicon)
    return any((rule := lexicon.rule_for(b)) is not None and rule.type in lexicon.claim_bearing_types
               for b in bearers)


def _approach(verb: Token, found: list[tuple[Token, FrenchRule]], lexicon: FrenchLexicon) -> bool:
    """A verb of coming (`approach_verbs`) that its clause goes on with an attack by the same
    subject, a conjunct or a participle on it ("sont arrivés à pied et ont ouvert le feu sur les
    militaires", "sont arrivés par l'est de la ville, attaquant le camp"): the attackers'
    approach, part of the attack, no deployment. Not a reply (`reply_verbs`: "des renforts sont
    arrivés et ont riposté"): forces coming to answer an attack are deployed."""
    if verb.lemma_.casefold() not in lexicon.words["approach_verbs"]:
        return False
    return any(
        rule.type == "ASSAULT" and rule.pos == "VERB" and other.head == verb and other.dep_ in ("conj", "advcl")
        and not any(c.dep_.startswith("nsubj") for c in other.children)
        and other.lemma_.casefold() not in lexicon.words["reply_verbs"]
        for other, rule in found
    )


def _claim_noun_of(noun: Token, lexicon: FrenchLexicon) -> bool:
    """A noun of demanding whose "de" complement is a noun of an act of
    `claim_bearing_types` or of its doers, whatever that noun's own constraints ("la
    principale revendication des manifestants", "les exigences de la grève"): what the
    protest demands, no request of its own."""
    return any(
        c.dep_ == "nmod" and any(g.dep_ == "case" and g.lower_ in ("de", "des", "du", "d'") for g in c.children)
        and any(rule.type in lexicon.claim_bearing_types
                for rule in lexicon.rules.get((c.lemma_.casefold(), "NOUN"), ()))
        for c in noun.children
    )


_OPENING_QUOTES = frozenset({"«", "\u201c", "\u201e"})
_NAME_DEPS = frozenset({"flat:name", "nmod", "amod", "fixed", "appos", "nummod"})


def _quoted_author(verb: Token) -> Token | None:
    """The noun phrase right before an opening quotation mark that opens on the verb.

    French news quotes a statement in its author's words right after the author's name:
    'La Cédéao « engage les autorités à ... »', 'le gouvernement "dément formellement ..."'.
    The small model then takes the quotation mark for a word and leaves the verb without
    its subject (the name becomes a root or another verb's object). The name's phrase head
    is the subject."""
    doc = verb.doc
    at = verb.i - 1
    while at >= 0 and doc[at].is_space:
        at -= 1
    if at < 1:
        return None
    mark = doc[at].text
    if mark not in _OPENING_QUOTES and not (mark == '"' and sum(t.text == '"' for t in doc[:at]) % 2 == 0):
        return None
    before = at - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    if before < 0 or doc[before].pos_ not in ("NOUN", "PROPN"):
        return None
    name = doc[before]
    while name.dep_ in _NAME_DEPS and name.head.i < name.i and name.head.pos_ in ("NOUN", "PROPN"):
        name = name.head
    return name


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb a participle, conjunct or infinitive depends on;
    failing that, the author named before a quotation opening on one of them (`_quoted_author`)."""
    seen = 0
    current = verb
    chain = [verb]
    while current is not None and seen < 4:
        subjects = [c for c in current.children if c.dep_ in _AGENT_DEPS]
        if len(subjects) > 1 and _set_off(subjects[0]):
            # "Ce matin, des hommes armés ont attaqué ...": the parse may take the time
            # phrase that opens the sentence, set off by a comma, for a second subject
            subjects = subjects[1:]
        if subjects:
            return _antecedent(subjects[0])
        if current.dep_ == "parataxis" and current.head.pos_ == "ADJ" and current.head.i < current.i:
            # "L'armée malienne a tué ...": the parse took the adjective for the root and hung
            # the verb on it; the noun the adjective describes, its subject there, is the verb's
            head = current.head
            noun = next((c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i == head.i - 1
                         and c.pos_ in ("NOUN", "PROPN")), None)
            if noun is not None:
                return noun
        if current.dep_ == "acl" and current.head.pos_ == "NOUN" and current.head.head != current.head \
                and _bare_infinitive(current):
            # "X a déclaré dans un communiqué avoir tiré des roquettes": no noun governs a bare
            # infinitive; the parse hung on the verb's complement what the verb governs
            current = current.head.head
            chain.append(current)
            seen += 1
            continue
        if current.dep_ in ("conj", "advcl", "xcomp", "acl") and current.head != current:
            if current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN") and current.pos_ == "VERB" \
                    and "Part" in current.morph.get("VerbForm") and "Pres" in current.morph.get("Tense"):
                head = current.head
                if head.dep_ in ("nsubj", "nsubj:pass", "ROOT") or not _after_comma(current) \
                        or head.head == head:
                    return head  # "des hommes armés, tuant ..." hangs on its noun
                # "ont tendu une embuscade à un convoi, tuant douze soldats": the parse hung the
                # participle on the nearest noun; after a comma it tells what the clause's subject did
                current = head.head
                chain.append(current)
                seen += 1
                continue
            current = current.head
            chain.append(current)
            seen += 1
            continue
        break
    return next((author for author in map(_quoted_author, chain) if author is not None), None)


def _bare_infinitive(verb: Token) -> bool:
    """An infinitive with no preposition opening it: "avoir tiré", "tirer" (not "de tirer")."""
    if any(c.dep_ in ("mark", "case") for c in verb.children):
        return False
    if "Inf" in verb.morph.get("VerbForm"):
        return True
    return any(c.dep_ == "aux:tense" and "Inf" in c.morph.get("VerbForm") for c in verb.children)


def _set_off(phrase: Token) -> bool:
    """A phrase a comma closes: "Ce matin," at the head of a sentence."""
    after = phrase.right_edge.i + 1
    return after < len(phrase.doc) and phrase.doc[after].text == ","


def _after_comma(token: Token) -> bool:
    return token.i > 0 and token.doc[token.i - 1].text == ","


def _in_own_clause(word: Token, top: Token) -> bool:
    """`word` stands in a clause inside the phrase of `top` (a verb or a relative clause between them)."""
    while word != top and word.head != word:
        if word.pos_ in ("VERB", "AUX") or word.dep_ in ("acl:relcl", "punct"):
            return True
        word = word.head
    return False


def _antecedent(token: Token) -> Token:
    """A relative pronoun ("qui") stands for the noun its clause hangs on."""
    if token.pos_ == "PRON" and token.lower_ in ("qui", "lequel", "lesquels", "laquelle", "lesquelles"):
        clause = token.head
        if clause.dep_ == "acl:relcl":
            return clause.head
    return token


def _added(token: Token, lexicon: FrenchLexicon) -> bool:
    """The clause adds to what was told ("ont été également tués", "ont aussi été tués")."""
    return any(c.dep_ == "advmod" and c.lower_ in lexicon.words["addition_words"] for c in token.children)


def _hung_subject(verb: Token, subject: Token | None, subsets: bool = True) -> Token | None:
    """The subject a parse took for an apposition or a part of it.

    The parser may hang a long counted subject before the verb as a caseless modifier
    and take what follows it for the subject: the part of a "dont" ("Au moins 11
    personnes, dont trois soldats, ont été tuées") or an apposition between commas
    ("Huit membres des VDP, force anti-jihadiste, ont été tués"). The counted noun is the
    subject then; any other subject stands. Without `subsets`, a "dont" part stays: as a
    recipient it is the more specific ("trois soldats" among people)."""
    if subject is None:
        return None
    doc = subject.doc
    words = [t.i for t in subject.subtree if not t.is_punct]
    if not words:
        return subject
    left, right = words[0], words[-1]
    part = any(c.lower_ == "dont" for c in subject.children) or (left > 0 and doc[left - 1].lower_ == "dont")
    apposed = not part and left > 0 and doc[left - 1].text == "," and right + 1 < len(doc) \
        and doc[right + 1].text == ","
    if not ((part and subsets) or apposed):
        return subject
    if part:
        # "Quatre personnes, dont deux enfants, ont été tuées" parsed with the counted noun
        # as a root of its own or the verb as its relative clause: the noun before ", dont"
        # is the subject
        marker = next((c.i for c in subject.children if c.lower_ == "dont"), left - 1)
        if marker >= 2 and doc[marker - 1].text == ",":
            whole = doc[marker - 2]
            if whole.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "nummod" or c.like_num for c in whole.children):
                return whole
    for child in verb.children:
        if child.dep_ == "obl:mod" and child.i < left and child.pos_ in ("NOUN", "PROPN") \
                and not any(c.dep_ == "case" for c in child.children) \
                and any(c.dep_ == "nummod" or c.like_num for c in child.children):
            return child
    return subject


def _doer_told(token: Token, rule: FrenchRule) -> bool:
    """Whether the trigger's doer is told, named or not: a noun's act, a passive verb ("des
    renforts ont été déployés"), a participle on the noun that does it ("des soldats ... ont pris
    position") or a verb with its own subject; not an active verb whose doer is elided ("en
    renforçant sa présence"), whose object the roles may take for the force moved."""
    return rule.pos == "NOUN" or _passive(token) or token.dep_ in ("acl", "acl:relcl") \
        or any(c.dep_ == "nsubj" for c in token.children)


def _present_participle(verb: Token) -> bool:
    """"tuant", "faisant": active, its victims are its object, not the noun it hangs on."""
    return "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense")


def _passive(verb: Token) -> bool:
    """A passive verb; also a past participle the parse gave "être" as a copula ("Le
    Burkina Faso est sommé de libérer ..."), unless reflexive ("se sont retirés")."""
    if "Pass" in verb.morph.get("Voice") or any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children):
        return True
    participle = ("Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense")) or (
        verb.pos_ in ("ADV", "NOUN", "X") and _verb_tagged_other(verb))  # "a été expulsé" tagged an adverb
    return participle and any(
        c.dep_ == "cop" and c.lemma_ == "être" for c in verb.children) and not _is_reflexive(verb)


def _reduced_passive(verb: Token) -> bool:
    """A past participle that qualifies a noun, with no object and no "se" ("Deux géologues
    français enlevés au Mali", "des soldats tués dans une embuscade"): a reduced relative,
    passive, its noun the patient; the agent is only ever a "par" phrase."""
    return (
        verb.dep_ == "acl"
        and verb.head.pos_ in ("NOUN", "PROPN")
        and "Part" in verb.morph.get("VerbForm")
        and "Past" in verb.morph.get("Tense")
        and not any(c.dep_ in _OBJECT_DEPS for c in verb.children)
        and not _is_reflexive(verb)
    )


def _case_of(token: Token) -> str:
    return " ".join(c.lower_ for c in token.children if c.dep_ in ("case", "fixed")) or ""


def _bare_time(token: Token) -> bool:
    """A bare time noun the parse took for a head (fr/triggers.yaml `bare_time_nouns`)."""
    return token.pos_ in ("NOUN", "PROPN", "VERB") and token.lower_ in _words().bare_time_nouns and not any(
        c.dep_ == "case" for c in token.children)


def _arguments(token: Token) -> list[Token]:
    """A verb's children, with what the parse hung on a bare day name that follows it: the
    words after "jeudi" in "a suspendu jeudi la diffusion de RFI" or "renversé dimanche par
    des militaires" are the verb's, whether the day is the verb's dependent or its head."""
    children = list(token.children)
    if token.pos_ not in ("VERB", "AUX", "ADJ"):
        return children
    days = [c for c in children if c.i == token.i + 1 and _bare_time(c)]
    head = token.head
    if head is not token and head.i == token.i + 1 and _bare_time(head):
        days.append(head)
    for day in days:
        children.extend(c for c in day.children if c.i > day.i and not c.is_punct)
    return children


def _prep_child(
    token: Token, preps: Iterable[str], deps: Iterable[str] = ("nmod", "obl", "obl:arg", "obl:mod")
) -> Token | None:
    wanted = set(preps)
    for child in _arguments(token):
        if child.dep_ in deps and any(c.lower_ in wanted for c in child.children if c.dep_ == "case"):
            return child
    return None


def _prep_children(token: Token, preps: Iterable[str], deps: Iterable[str]) -> list[Token]:
    wanted = set(preps)
    return [c for c in token.children
            if c.dep_ in deps and any(g.lower_ in wanted for g in c.children if g.dep_ == "case")]


_NOMINAL_DEPS = frozenset({"obl", "obl:mod", "obl:arg", "nmod"})


def _own_agent(verb: Token) -> Token | None:
    """The agent the verb itself governs: its obl:agent, else its "par" complement. Of two
    phrases the parse labels agent, the one "par" opens is: "pris d'assaut ... par les
    rebelles" hangs "d'assaut" as an agent too, but a "de" phrase there is the idiom's word."""
    agents = [c for c in _arguments(verb) if c.dep_ == "obl:agent"]
    if len(agents) > 1:
        agents.sort(key=lambda c: _case_of(c) != "par")
    return next(iter(agents), None) or _prep_child(verb, ["par"])


def _agent(verb: Token, shared: bool = True) -> Token | None:
    """The agent of a passive verb: its obl:agent or "par" complement. French news tells
    the agent last, after the time and place ("ont été tués lundi dans un camp de déplacés
    par de présumés miliciens"), and the parse may hang that "par" phrase on the last noun
    of those complements: a "par" phrase found down a chain of nominal complements of the
    verb (no clause in between) is its agent. A participle coordinated with the verb that
    shares its auxiliary ("ont été tués et 135 enlevés ... par X") shares its agent, both ways."""
    own = _own_agent(verb)
    if own is not None:
        return own
    frontier = [c for c in verb.children if c.dep_ in _NOMINAL_DEPS and c.pos_ in ("NOUN", "PROPN")]
    while frontier:
        noun = frontier.pop(0)
        found = _prep_child(noun, ["par"], _NOMINAL_DEPS)
        if found is not None:
            return found
        frontier.extend(c for c in noun.children if c.dep_ in _NOMINAL_DEPS and c.pos_ in ("NOUN", "PROPN"))
    if not shared:
        return None
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and _elided(verb):
        return _agent(verb.head, shared=False)
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and _elided(c)):
        return _agent(conj, shared=False)
    return None


def _elided(participle: Token) -> bool:
    """A past participle with no auxiliary or subject of its own: it shares its head's."""
    return "Part" in participle.morph.get("VerbForm") and not any(
        c.dep_.startswith(("aux", "nsubj")) for c in participle.children)


def _clash_sides(noun: Token, lexicon: FrenchLexicon) -> tuple[Token | None, Token | None]:
    """The two sides of a clash noun's "entre" phrase ("des affrontements entre l'armée et
    les rebelles du M23"): the first named, and the other. Only a clash word: "une attaque
    entre Gao et Ansongo" names places."""
    if noun.lemma_.casefold() not in lexicon.words["clash_nouns"] and noun.lower_ not in lexicon.words["clash_nouns"]:
        return None, None
    first = _prep_child(noun, ["entre"], ("nmod", "obl", "obl:mod"))
    if first is None:
        return None, None
    return first, next((c for c in first.children if c.dep_ == "conj"), None)


def _clash_side(verb: Token, lexicon: FrenchLexicon) -> Token | None:
    """The first side named of the clash a passive verb's victims died in: the "entre" phrase
    of the clash noun ("tués dans des affrontements entre l'armée et les rebelles"), or the one
    the parse hangs on the verb right after the clash noun, also under "au cours de" ("tués
    dans de violents heurts entre la population et la police", "tué au cours de heurts entre
    des jeunes et les forces de l'ordre"); failing those, the side the clash was "avec"."""
    obliques = [c for c in _arguments(verb) if c.dep_ in ("obl", "obl:mod", "obl:arg", "nmod")]
    clashes = [noun for c in obliques for noun in (c, *(g for g in c.children if g.dep_ == "nmod"))
               if noun.lemma_.casefold() in lexicon.words["clash_nouns"] or noun.lower_ in lexicon.words["clash_nouns"]]
    for noun in clashes:
        first, _ = _clash_sides(noun, lexicon)
        if first is not None:
            return first
        hung = next((c for c in obliques if _case_of(c) == "entre" and c.left_edge.i == noun.right_edge.i + 1), None)
        if hung is not None:
            return hung
    for noun in clashes:
        # "tués dans des affrontements avec l'armée", "tué dans un accrochage avec des
        # terroristes": the side the victims' clash was with did the killing, as English reads
        # "killed in clashes with troops"
        opposite = _prep_child(noun, ["avec"], ("nmod", "obl", "obl:mod")) or next(
            (c for c in obliques if _case_of(c) == "avec" and c.left_edge.i == noun.right_edge.i + 1), None)
        if opposite is not None:
            return opposite
    return None


def _other_side(first: Token) -> Token | None:
    """The side named after the first in a clash's "entre" phrase: its conjunct, or the first
    conjunct inside it where the parse hangs the second side on the first's complement
    ("entre petits groupes de jeunes et forces de l'ordre"), or the conjunct the parse hangs
    on the clash noun itself ("affrontements entre l'armée et les rebelles")."""
    inside = next((t for t in first.subtree if t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN")), None)
    return inside or next((c for c in first.head.children
                           if c.dep_ == "conj" and c.i > first.i and c.pos_ in ("NOUN", "PROPN")), None)


def _roles(token: Token, rule: FrenchRule, lexicon: FrenchLexicon | None = None) -> tuple[Token | None, Token | None]:
    moved_types = lexicon.moved_object_types if lexicon is not None else frozenset()
    patient_nouns = lexicon.words["patient_nouns"] if lexicon is not None else frozenset()
    if rule.pos == "VERB" and lexicon is not None and lexicon.elided_participle(token):
        # "Cinq personnes ont été tuées et 135 autres enlevées par des hommes armés": the
        # second group ("autres") is of the first's kind; the agent is the participle's or,
        # failing that, the first participle's
        agent = _own_agent(token) or _own_agent(token.head)
        group = next((c for c in token.head.children if c.dep_ in _PASSIVE_SUBJECT_DEPS and not c.is_punct), None)
        return agent, (_antecedent(group) if group is not None else None)
    if rule.pos == "VERB" and _aux_headed(token):
        # "le Niger a expulsé l'ambassadeur" parsed with "a" as the verb: its subject and object
        return _lost_frame(token)
    if rule.pos == "VERB" and rule.subject is not None:
        # "un véhicule a sauté sur une mine" suffers it; "des milliers sont descendus dans la rue" do it
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubj:pass") and not c.is_punct), None)
        subject = _antecedent(subject) if subject is not None else _subject(token)
        return (subject, None) if rule.subject == "actor" else (None, subject)
    if rule.pos == "VERB" and rule.type in moved_types:
        # "Le Rwanda a déployé un bataillon à Bangui", "des soldats ont été dépêchés à Gao":
        # the force sent is the side that moves (the actor when no sender is named), no recipient
        sender = _own_agent(token)
        moved = next((c for c in token.children if c.dep_ in ("obj", "nsubj:pass") and not c.is_punct), None)
        if sender is None and not _passive(token):
            sender = _subject(token)
        return (sender or (_antecedent(moved) if moved is not None else None)), None
    if rule.pos == "VERB":
        # a pronominal idiom takes "être" as its tense's auxiliary, which the parse may label
        # passive ("ils s'en sont pris aux civils"): its subject acts
        # (and so does a fight verb's "se": "les soldats se sont affrontés avec des rebelles", `clash_verbs`)
        pronominal = (bool(rule.reflexive) or (lexicon is not None and rule.lemma in lexicon.words["clash_verbs"])) \
            and _is_reflexive(token)
        if (_passive(token) and not pronominal) or any(c.dep_ == "obl:agent" for c in token.children) or \
                _reduced_passive(token) or (
                token.dep_ == "conj" and _elided(token) and _passive(token.head)):  # "tués et 135 enlevés"
            copula = any(c.dep_ == "cop" for c in token.children)  # "est sommé de": its nsubj suffers it
            recipient = _hung_subject(token, next((c for c in token.children if not c.is_punct and (
                c.dep_ in _PASSIVE_SUBJECT_DEPS or (copula and c.dep_ == "nsubj"))), None), subsets=False)
            actor = _agent(token)
            if actor is None and lexicon is not None:
                # "tués dans des affrontements entre l'armée et les rebelles": the sides of the
                # clash the victims died in; the first named acts (`_other_side` may turn it)
                actor = _clash_side(token, lexicon)
            if recipient is None and token.dep_ == "acl":
                recipient = token.head  # "onze soldats tués"
            return actor, (_antecedent(recipient) if recipient is not None else None)
        actor = _subject(token)
        if actor is None and pronominal:
            # "les troupes françaises se sont retirées de Gao": the parse may read the "se" of a
            # pronominal verb as the passive's and label its subject nsubj:pass; that subject acts
            subject = next((c for c in token.children if c.dep_ in _PASSIVE_SUBJECT_DEPS and not c.is_punct), None)
            actor = _antecedent(subject) if subject is not None else None
        if rule.dative_recipient:
            # "reproche à la France son attitude", "attribue l'attaque à des éléments du PSF": who
            # is blamed is the "à" complement; the object is what they are blamed for
            # (the parse may hang it on the object: "a imputé l'attaque au groupe EI")
            blamed = _prep_child(token, ["à", "aux", "au"], ("obl:arg", "obl:mod", "obl", "iobj"))
            done = next((c for c in _arguments(token) if c.dep_ in _OBJECT_DEPS), None)
            if blamed is None and done is not None:
                blamed = _prep_child(done, ["à", "aux", "au"], ("nmod",))
            return actor, blamed
        recipient = next((c for c in _arguments(token) if c.dep_ in _OBJECT_DEPS), None)
        if recipient is not None and rule.object_completes and (recipient.lemma_.casefold() in rule.objects
                                                                or recipient.lower_ in rule.objects):
            # the object the rule asks for completes the verb ("prendre le pouvoir",
            # "remettre le camp aux autorités", "ouvrir le feu sur la foule"): whom it is done
            # to is the "à" complement, or the "sur"/"contre" one of the verb or the object
            done_to = recipient
            recipient = _prep_child(token, ["à", "aux", "au"], ("obl:arg", "iobj")) or _prep_child(
                token, ["sur", "contre"]) or _prep_child(done_to, ["sur", "contre"])
        if rule.complements and rule.type == "RETREAT":
            # "mettant un terme à ... la présence de l'armée française": whose presence ends
            # is who withdraws; the ended thing is no recipient
            owner = _complement(rule, token)
            while owner is not None and owner.lemma_.casefold() in rule.complements:  # "au mandat de la mission"
                owner = _prep_child(owner, ["de", "des", "du", "d'", "d\u2019"], ("nmod",))
            return (owner or actor), None
        if recipient is not None and rule.complements and _complement(rule, token) is recipient:
            recipient = None  # "ont pris en otage ...": the complement the rule asks for is no one
        if recipient is None:
            recipient = _prep_child(token, ["contre", "sur"]) or _prep_child(token, ["à", "aux", "au"], ("obl:arg",))
        if recipient is None and lexicon is not None and rule.lemma in lexicon.words["clash_verbs"]:
            # "ont échangé des tirs avec les assaillants", "se sont affrontés avec des rebelles":
            # the side fought "avec" is the other side (the parse may hang it on the object)
            recipient = _prep_child(token, ["avec"]) or (
                _prep_child(done, ["avec"], ("nmod",)) if (done := next(
                    (c for c in _arguments(token) if c.dep_ in _OBJECT_DEPS), None)) is not None else None)
        return actor, recipient
    actor = _prep_child(token, ["par"])
    recipient = _prep_child(token, ["contre", "visant"])
    if actor is None and recipient is None and lexicon is not None:
        actor, recipient = _clash_sides(token, lexicon)
    words = _words()
    if actor is None:  # "une attaque perpétrée par des éléments de Boko Haram"
        for clause in (c for c in token.children if c.dep_ == "acl" and c.lemma_.casefold() in words.light_verbs):
            actor = _own_agent(clause)
            if actor is not None:
                break
    if actor is None:
        actor = _blamed(token, words)
    host = token.head if token.dep_ in ("obj", "nsubj:pass", "obl:arg") and token.head.pos_ == "VERB" else None
    # (a verb of carrying out, `carrying_verbs`, too: "Israël a procédé à des frappes")
    carrying = lexicon.words["carrying_verbs"] if lexicon is not None and token.dep_ == "obl:arg" else frozenset()
    sufferer = _sufferer(token) if rule.type == "ASSAULT" else None
    if sufferer is not None:
        # "le convoi a fait l'objet de tirs", "le village a subi une attaque": the subject
        # undergoes the act; its author is only a "par" or "de" one
        recipient = recipient or sufferer
        host = None
    if host is not None and host.lemma_.casefold() in words.light_verbs | carrying:
        actor = actor or _subject(host)
        recipient = recipient or _prep_child(host, ["contre", "à", "aux", "au", "sur"])
        if recipient is None and token.dep_ == "obj":
            # "a lancé un ultimatum à la garde": the parse may hang the verb's "à" complement
            # on its object; a common noun there is whom it is addressed to (a name after
            # "à", "à Gao", is where)
            recipient = next((c for c in _prep_children(token, ["à", "aux", "au"], ("nmod",))
                              if c.pos_ == "NOUN"), None)
    if actor is None and token.dep_ in ("nsubj", "nsubj:pass") and token.head.pos_ == "VERB":
        # "L'attaque a été perpétrée par des rebelles", "L'attaque s'est produite jeudi et a été
        # menée par X": the agent of a passive verb of doing whose subject is the attack noun
        # (or of a conjunct sharing that subject) is the attack's author
        verbs = [token.head] + [c for c in token.head.children if c.dep_ in ("conj", "advcl") and c.pos_ == "VERB"
                                and c.i > token.i and not any(g.dep_.startswith("nsubj") for g in c.children)]
        for verb in verbs:
            if verb.lemma_.casefold() in words.perpetrating_verbs and _passive(verb):
                actor = _own_agent(verb)
                if actor is not None:
                    break
    if recipient is None and token.head.lemma_.casefold() in words.targeting_verbs:
        verb = token.head
        if token.dep_ == "nsubj":  # "l'attaque a visé un campement"
            recipient = next((c for c in verb.children if c.dep_ == "obj"), None)
        elif token.dep_ in ("obl:agent", "obl:mod", "obl") and _case_of(token) == "par":
            recipient = next((c for c in verb.children if c.dep_ == "nsubj:pass"), None)  # "ciblés par une attaque"
    patient = rule.lemma in patient_nouns
    if actor is None or (patient and recipient is None):
        of = _prep_child(token, ["de", "des", "du", "d'", "d\u2019"], ("nmod",))
        if of is not None and of.pos_ in ("NOUN", "PROPN") and not (rule.named_by_modifier and (
                of.lemma_.casefold() in rule.modifiers or of.lower_ in rule.modifiers)) \
                and not any(c.dep_ == "advmod" and c.i < of.i for c in of.children):
            # not "une attaque près de la frontière" ("près de", "loin de": a place, not an author)
            if patient:  # "l'arrestation de l'opposant": who suffers it
                recipient = recipient or of
            else:
                actor = of  # not the "État" of "coup d'État": it names the event, not its author
    return actor, recipient


_TO = ("à", "aux", "au")


def _blamed(noun: Token, words: _EventWords) -> Token | None:
    """Whom an act noun is laid at the door of: the "à" complement of an attributing verb
    on it ("une attaque attribuée aux rebelles", "une série d'attaques attribuée à X"), or of
    the passive verb it is the subject of ("l'attaque est imputée à des jihadistes"). The
    parse may hang that complement on the noun itself, after the participle. A place there
    ("à Beni") is where, not who."""
    holders = [noun]
    if noun.dep_ == "nmod" and noun.head.pos_ == "NOUN" and _case_of(noun) in ("de", "d'", "d\u2019"):
        holders.append(noun.head)  # "une série d'attaques attribuée à"
    for clause in (c for h in holders for c in h.children
                   if c.dep_ == "acl" and c.lemma_.casefold() in words.attributing_verbs):
        found = _prep_child(clause, _TO, ("obl:arg", "obl:mod", "obl", "nmod", "iobj")) or next(
            (c for h in holders for c in _prep_children(h, _TO, ("nmod",)) if c.i > clause.i), None)
        if found is not None and found.ent_type_ not in ("LOC", "GPE"):
            return found
    verb = noun.head
    if noun.dep_ == "nsubj:pass" and verb.pos_ == "VERB" and verb.lemma_.casefold() in words.attributing_verbs:
        found = _prep_child(verb, _TO, ("obl:arg", "obl:mod", "obl", "iobj"))
        if found is not None and found.ent_type_ not in ("LOC", "GPE"):
            return found
    return None


def _mode(token: Token, lexicon: FrenchLexicon) -> str:
    """The act's mode (asserted, negated, hypothetical, future), read once per token
    (`_per_token`): a protest met by force reads its act's mode before the act is coded."""
    return _per_token(token, ("tessera.fr_mode", id(lexicon)), lambda t: _read_mode(t, lexicon), token)


def _read_mode(token: Token, lexicon: FrenchLexicon) -> str:
    words = lexicon.words
    negative = _words().negative_arguments
    auxes = [c for c in token.children if c.dep_.startswith("aux")]
    chain = [token, *auxes]
    # Negation: "n'a pas attaqué", "ne se retireront jamais".
    if any(c.dep_ == "advmod" and c.lower_ in words["negation_words"] for c in token.children) and \
            any(c.lower_ in ("ne", "n'", "n\u2019") for c in token.children):
        return "negated"
    # "aucun civil n'a été tué", "personne n'a été blessé": the negation sits on an argument.
    if any(c.lower_ in ("ne", "n'", "n\u2019") for c in token.children) and any(
            d.lower_ in negative for c in token.children if c.dep_.startswith(("nsubj", "obj"))
            for d in (c, *c.children)):
        return "negated"
    # "Il n'y a eu aucune revendication", "sans aucune violence": the determiner denies the noun.
    if token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in negative for c in token.children):
        return "negated"
    # "aucun signe d'une menace", "aucune trace de combats": the determiner denies the noun
    # the trigger completes, and with it the trigger.
    if _denied_head(token):
        return "negated"
    # "il pourrait s'agir des assaillants qui ...", "il s'agirait d'une attaque": a guess at
    # what something is; what it holds is not told as fact.
    if _speculated(token):
        return "hypothetical"
    # Hypothesis: "si ...", "s'il attaque" (not a "si" of contrast, `_contrasting_si`).
    if any(c.dep_ == "mark" and c.lower_ in words["hypothetical_marks"] for c in token.children) \
            and not _contrasting_si(token):
        return "hypothetical"
    # A question asserts nothing: "Des personnes ont-elles été relâchées ?"
    if _question(token):
        return "hypothetical"
    if any("Fut" in t.morph.get("Tense") for t in chain):
        return "future"
    if token.pos_ == "NOUN" and token.dep_ == "nsubj" and token.head.lemma_.casefold() in words["future_governors"]:
        return "future"  # "Le retrait des soldats doit s'échelonner jusqu'au 31 décembre": planned
    governor = token.head if token.dep_ in ("xcomp", "ccomp", "obj", "acl") and token.head != token else None
    if governor is not None and token.dep_ == "acl" and governor.pos_ == "NOUN" and governor.dep_ == "obj" \
            and any(c.dep_ == "mark" and c.lower_ in ("à", "de", "d'", "d\u2019") for c in token.children):
        # "a appelé la population à descendre dans la rue": the parse hangs the infinitive on the
        # verb's object; the verb governs it
        governor = governor.head
    if governor is not None and governor.text in _OPENING_QUOTES and governor.head != governor:
        # "a appelé les Mauritaniens à « manifester pacifiquement »": the parse hangs the quoted
        # infinitive on the quotation mark, which it takes for a word; the verb governs it
        governor = governor.head
    if token.pos_ in ("NOUN", "PROPN") and token.head != token:
        head = token.head
        if token.dep_ == "obl:arg" and _requesting(head, lexicon):
            return "future"  # "appelle au retrait des troupes": asked for, not done
        if token.dep_ in ("obl:arg", "obl:mod", "nmod") and head.lemma_.casefold() in words["turning_verbs"] \
                and _negated(head) and any(c.dep_ == "case" and c.lower_ in words["turning_prepositions"]
                                           for c in token.children):
            # "la dispute n'a pas dégénéré en affrontement": it did not turn into one (the model
            # may tag "transformée" an adjective and hang its complement as a noun's)
            return "negated"
        if token.dep_ == "obl:arg" and head.lemma_.casefold() in words["hypothetical_governors"]:
            return "hypothetical"  # "avaient d'abord pensé à une prise d'otages": thought of, not told as done
        if token.dep_ == "nmod" and head.pos_ == "NOUN" and head.lemma_.casefold() in words["plan_nouns"]:
            return "future"  # "la demande de retrait de la Minusma", "un projet d'attaque"
    if token.pos_ == "VERB" and token.dep_ == "acl" and token.head.pos_ == "NOUN" \
            and token.head.lemma_.casefold() in words["plan_nouns"]:
        return "future"  # "dans le but de renverser le régime", "l'intention d'attaquer le camp"
    if _failed(token, words["failure_marks"]):
        return "negated"  # "ont tenté en vain d'obtenir le soutien": the attempt failed
    if token.pos_ == "NOUN" and token.dep_ == "obj" and governor is not None and governor.pos_ == "VERB" \
            and governor.lemma_.casefold() in _words().light_verbs and _future_tense(governor):
        # "l'armée va lancer une offensive", "ils mèneront une attaque": the act the light verb
        # carries out is to come with it (its tense only: "ont décidé d'infliger un gel des
        # avoirs" tells a sanction decided, "n'a pas revendiqué l'attaque" an attack)
        return "future"
    if governor is not None:
        lemma = governor.lemma_.casefold()
        if any(c.lower_ in ("ne", "n'", "n\u2019") for c in governor.children) and \
                any(c.lower_ in words["negation_words"] for c in governor.children) and \
                lemma not in words["unnegating_governors"]:
            return "negated"
        if lemma in words["negating_governors"] or _refusing_participle(governor, lexicon):
            return "negated"  # "Refusant de quitter le pays" (the model may lemmatise it as a noun)
        if lemma in words["attempt_governors"] and token.dep_ == "xcomp":
            # "avait tenté de renverser": the act was tried, in the attempt's own mode
            # ("vont tenter de renverser": future)
            return _mode(governor, lexicon)
        if lemma == "aller" or lemma in words["future_governors"] or _requesting(governor, lexicon) \
                or "Fut" in governor.morph.get("Tense"):
            return "future"
        if lemma in words["hypothetical_governors"]:
            return "hypothetical"
    if any(c.lemma_ == "aller" and c.dep_.startswith("aux") for c in token.children):
        return "future"
    # The reporting conditional ("auraient été tués", "aurait attaqué") reports a past
    # event; a present conditional without a perfect ("attaqueraient") is a hypothesis.
    conditional = [t for t in chain if "Cnd" in t.morph.get("Mood")]
    if not conditional and token.pos_ == "VERB" and token.lower_.endswith(("erait", "eraient")) \
            and "Part" not in token.morph.get("VerbForm") and "Inf" not in token.morph.get("VerbForm"):
        # the small model may miss the mood: a first-group "-erait" is a present conditional
        # ("riposterait", "attaqueraient"); the imperfect of such a verb ends in "-ait" after
        # its stem ("opérait", "libérait", "serrait")
        conditional = [token]
    if conditional and not any(c.dep_ in ("aux:tense", "aux:pass") for c in token.children):
        return "hypothetical"
    return "asserted"


def _future_tense(verb: Token) -> bool:
    """A verb in the future: the simple future ("lancera") or the near future of "aller" with
    the infinitive ("va lancer", whether the parse hangs the infinitive on "aller" or "aller"
    on it)."""
    if "Fut" in verb.morph.get("Tense"):
        return True
    if any(c.lemma_ == "aller" and c.dep_.startswith("aux") for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and head != verb and head.lemma_.casefold() == "aller" \
        and "Inf" in verb.morph.get("VerbForm")


# Main verbs that keep a "si" clause a condition even in the present ("ils doivent être
# poursuivis": `condition_keeping_verbs` of fr/triggers.yaml).
_CONDITIONED_MODALS = word_set(_GRAMMAR_WORDS, "condition_keeping_verbs", "fr/triggers.yaml")


def _contrasting_si(verb: Token) -> bool:
    """A "si" clause in the compound past set against a main clause in the present
    indicative: "Si plusieurs quartiers se sont soulevés ces derniers jours, Abobo reste le
    principal foyer de tension", "S'il n'a pas été revendiqué, il porte la marque de Boko
    Haram" contrast two facts (French "si" of opposition); "s'ils attaquent, l'armée
    ripostera", "s'ils avaient attaqué, ils auraient été tués", "si les manifestants ont
    attaqué, ils seront poursuivis" (or "doivent être poursuivis") are conditions. The parse
    hangs either clause on the other."""
    if not any(c.dep_ == "aux:tense" and "Pres" in c.morph.get("Tense") and "Ind" in c.morph.get("Mood")
               for c in verb.children):
        return False
    others = [verb.head] if verb.dep_ == "advcl" and verb.head != verb else [
        c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i]
    return any(
        other.pos_ in ("VERB", "AUX") and not any(c.dep_ == "mark" for c in other.children)
        and other.lemma_.casefold() not in _CONDITIONED_MODALS
        and all("Pres" in t.morph.get("Tense") and "Ind" in t.morph.get("Mood") and "Fut" not in t.morph.get("Tense")
                for t in (other, *(c for c in other.children if c.dep_.startswith("aux"))))
        for other in others)


def _refusing_participle(governor: Token, lexicon: FrenchLexicon) -> bool:
    """A present participle of a negating verb the model lemmatised as a noun ("Refusant de")."""
    return governor.lower_.endswith("ant") and bool(
        lexicon.lemmas_of_form(governor.lower_) & lexicon.words["negating_governors"])


def _denied_head(token: Token) -> bool:
    """The trigger noun completes a noun whose determiner denies it ("aucun signe d'une menace")."""
    negative = _words().negative_arguments
    return token.pos_ == "NOUN" and token.dep_ == "nmod" and token.head.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in negative for c in token.head.children)


def _speculated(token: Token) -> bool:
    """The trigger lies inside the complement of "s'agir" in the conditional ("il s'agirait
    de", "il pourrait s'agir de"): an identification offered as a guess."""
    node = token
    for _ in range(8):
        if node.head == node:
            return False
        node = node.head
        if node.lemma_.casefold() == "agir" and any(c.lower_ in ("se", "s'", "s\u2019") for c in node.children):
            if "Cnd" in node.morph.get("Mood"):
                return True
            head = node.head
            return node.dep_ == "xcomp" and head.lemma_.casefold() in ("pouvoir", "devoir") \
                and "Cnd" in head.morph.get("Mood")
    return False


def _requesting(verb: Token, lexicon: FrenchLexicon) -> bool:
    """A verb of asking, by its lemma or its form ("demande-t-il la libération": the model
    may give the finite verb the noun's lemma)."""
    wanted = lexicon.words["requesting_governors"]
    return verb.lemma_.casefold() in wanted or (
        verb.pos_ == "VERB" and bool(lexicon.lemmas_of_form(verb.lower_) & wanted))


def _question(token: Token) -> bool:
    """The trigger's clause ends with a question mark (the sentence's last word, or the
    last before a closing quotation mark)."""
    for word in reversed(token.doc):  # from the end: the last word that is no space or quotation mark
        if not word.is_space and word.text not in ("»", "\u201d", '"', "'"):
            return word.text == "?"
    return False


def _failed(token: Token, marks: frozenset[str]) -> bool:
    """A failure mark ("en vain", "sans succès") on the trigger or on the verbs of
    attempt above it ("ont tenté en vain d'obtenir le soutien": no support was had)."""
    node = token
    for _ in range(3):
        for child in node.children:
            if child.dep_ in ("advmod", "obl:mod", "obl", "mark") and abs(child.i - node.i) <= 3:
                words = [t.lower_ for t in child.subtree]
                if len(words) <= 3 and " ".join(words) in marks:
                    return True
        if node.dep_ not in ("xcomp", "obj", "ccomp") or node.head == node:
            break
        node = node.head
    return False


def _source(sentence: ParsedSentence, token: Token, lexicon: FrenchLexicon) -> Span | None:
    """Who tells it: "selon des sources locales", or the subject of "a déclaré que"."""
    root = token
    while root.head != root and root.dep_ not in ("ROOT",):
        root = root.head
    for candidate in (token, root):
        for child in candidate.children:
            if any(c.lower_ in lexicon.words["source_preps"] for c in child.children if c.dep_ == "case"):
                tokens = sorted(child.subtree, key=lambda t: t.i)
                start, _ = sentence.offsets(tokens[0])
                _, end = sentence.offsets(tokens[-1])
                return Span(text=sentence.text[start - sentence.start:end - sentence.start], start=start, end=end)
    if token.dep_ == "ccomp" and token.head.lemma_.casefold() in lexicon.words["reporting_verbs"]:
        subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            tokens = sorted(subject.subtree, key=lambda t: t.i)
            start, _ = sentence.offsets(tokens[0])
            _, end = sentence.offsets(tokens[-1])
            return Span(text=sentence.text[start - sentence.start:end - sentence.start], start=start, end=end)
    return None


def _count(
    noun: Token, sentence: ParsedSentence, quantities: list[Quantity], others: frozenset[str] = frozenset(),
    sides: frozenset[str] = frozenset(), attackers: frozenset[str] = frozenset(),
) -> int | None:
    """The number of a victims' noun and of the nouns conjoined with it: "trois soldats et huit VDP".

    A conjunct that is (or carries) a casualty word of another kind (`others`) is another
    count: "neuf morts, un blessé et six portés disparus" is nine dead. A conjunct that
    names a side (`sides`: "5 morts côté FAMa et trois côté terroristes") is another side's
    toll: the first side's stands. A conjunct of attackers (`attackers`: "douze soldats et
    trente assaillants") is not of the toll: French reports give the attacked side's dead."""
    total = None
    # "ont tué sept soldats et trois civils": the parse may hang the second count on the verb
    hung = [c for c in noun.head.children if c.dep_ == "conj" and c.i > noun.i and c.pos_ in ("NOUN", "PROPN")
            and any(g.dep_ == "nummod" for g in c.children)] \
        if noun.dep_ in ("obj", "nsubj", "nsubj:pass") and noun.head.pos_ == "VERB" else []
    # "Trois soldats et deux civils ont été tués" however the parser splits the list.
    listed = _listed_subjects(noun)
    doc = noun.doc
    conjuncts = [c for c in [*(c for c in [*noun.children, *hung] if c.dep_ == "conj"), *listed]
                 if c.lower_ not in others
                 and not any(g.lower_ in others for g in c.children)
                 # "70 morts et 200 blessés" with the number taken for the conjunct and its noun
                 # hung elsewhere: the word after the number says what it counts
                 and not (c.like_num and c.i + 1 < len(doc) and doc[c.i + 1].lower_ in others)
                 and not any(w.lower_ in attackers or w.lemma_.casefold() in attackers
                             for w in (c, *(g for g in c.children if g.dep_ in ("nmod", "amod"))))
                 and not (c.lower_ in sides or c.lemma_.casefold() in sides
                          or any(g.lower_ in sides for g in c.children))]
    for item in [noun, *conjuncts]:
        start, end = sentence.offsets(item)
        value = None
        for quantity in quantities:
            if quantity.value is not None and quantity.start <= start and end <= quantity.end + 1 and \
                    quantity.end >= start:
                value = int(quantity.value)
                break
        if value is None and item.pos_ in ("NOUN", "PROPN"):
            # a count the parse split from its noun: "Deux casques bleus" with "casques" taken
            # for a determiner of "bleus" (the quantity opens the noun's phrase and ends in it,
            # after the phrase's preposition or article: "un bilan de trois casques bleus tués",
            # "les trois casques bleus")
            opening = next((w for w in item.subtree if not (w.head.i == item.i and w.i < item.i
                                                            and w.dep_ in ("case", "det"))), item)
            left, _ = sentence.offsets(opening)
            value = next((int(q.value) for q in quantities if q.value is not None and q.start == left
                          and left < q.end <= end), None)
            if value is None:
                # a count the parse cut off before its noun: "Neuf militaires colombiens" with
                # "militaires" taken for an adjective and "colombiens" for the noun (the counted
                # words, that adjective last, end right before the noun, nothing but a space between)
                before = item.left_edge.i - 1
                if item is noun and before >= 0 and item.doc[before].pos_ == "ADJ" and not any(
                        c.dep_ == "det" for c in item.children):
                    at = sentence.offsets(item.doc[before])[0]
                    value = next((int(q.value) for q in quantities if q.value is not None
                                  and q.start < at < q.end <= left
                                  and not sentence.text[q.end - sentence.start:left - sentence.start].strip()),
                                 None)
        if value is None and item.pos_ in ("NOUN", "PROPN") and "Sing" in item.morph.get("Number"):
            determiner = next((c for c in item.children if c.dep_ == "det"), None)
            if determiner is not None and determiner.lower_ in ("un", "une"):
                value = 1
        if value is not None:
            total = (total or 0) + value
    return total


def _past_measure(token: Token | None, words: Mapping[str, frozenset[str]]) -> Token | None:
    """A side or victims the parse found, unless it is a distance or a subject that a
    preposition opens ("A Boghé, à 300 km de Nouakchott, un manifestant a été tué", "Près de
    Gao, à 30 km de la ville, douze soldats ont été tués", parsed with "km" or "Gao" as the
    subject): a subject is no prepositional phrase, so the first bare noun (no preposition of
    its own) the parse hung inside it is the one the verb is about, or none is."""
    if token is None:
        return None
    if not _measure(token, words) and not (token.dep_ in ("nsubj", "nsubj:pass") and _opened_by_preposition(token)):
        return token
    inside = next((c for c in token.subtree if c.i > token.i and c.dep_ in ("appos", "conj", "nmod")
                   and c.pos_ in ("NOUN", "PROPN") and not _measure(c, words)
                   and not any(g.dep_ == "case" for g in c.children)), None)
    if inside is not None or token.dep_ not in ("nsubj", "nsubj:pass"):
        return inside
    # "Près de Gao, une dizaine de soldats ont été tués": the parse gives the verb a second
    # subject beside the place; that bare one is the subject the verb is about
    return next((c for c in token.head.children if c.i != token.i and c.dep_ == token.dep_
                 and c.pos_ in ("NOUN", "PROPN") and not _measure(c, words)
                 and not _opened_by_preposition(c)), None)


_PARTITIVES = word_set(_GRAMMAR_WORDS, "partitives", "fr/triggers.yaml")
_MULTIPLIERS = word_set(_GRAMMAR_WORDS, "multiplier_words", "fr/triggers.yaml")
_DYING_SINGULAR = word_set(_GRAMMAR_WORDS, "dying_singular_forms", "fr/triggers.yaml")


# How the parse hangs a quoted noun phrase's head on an opening quotation mark it took for a
# noun (`_slot`); a noun it made the mark's object or subject keeps that slot.
_QUOTE_HUNG_DEPS = frozenset({"nmod", "appos", "dep", "flat:name"})


def _slot(token: Token) -> str:
    """The dependency a word fills, or for a noun the parse hung as an adjective of the
    multiplier right before it ("la double attaque": "double" the noun, "attaque" its amod),
    the one the multiplier fills: that phrase is the noun's. So too for a noun the parse hung
    as an adjective of the word right after it, which holds the determiner before the noun
    ("Les assauts répétés d'un gang ont fait 30 morts": "répétés" the subject with "Les",
    "assauts" its amod): the phrase the determiner opens is the noun's. So too for a noun
    phrase a quotation mark opens that the parse took for a word and hung the noun on
    ("« des opérations de ratissage » ont été engagées": the mark the subject, the noun its
    nmod): the slot the mark fills, where it is a noun's, is the quoted phrase's."""
    head = token.head
    if token.dep_ in _QUOTE_HUNG_DEPS and head.text in _OPENING_QUOTES and head.i < token.i \
            and head.head != head and head.pos_ != "PUNCT" and head.dep_ in _NOMINAL_SLOTS \
            and all(w.pos_ in ("DET", "ADJ", "NUM") for w in token.doc[head.i + 1:token.i]):
        return head.dep_
    if token.dep_ == "amod" and head.i == token.i - 1 and head.lower_ in _MULTIPLIERS:
        return head.dep_
    if token.dep_ == "amod" and token.pos_ in ("NOUN", "ADJ") and head.i == token.i + 1 \
            and any(c.dep_ == "det" and c.i == token.i - 1 for c in head.children):
        return head.dep_
    return token.dep_


def _opened_by_preposition(token: Token) -> bool:
    """A phrase a preposition opens ("à 300 km", "près de Gao"); not a partitive article the
    parse tagged a preposition ("des hommes armés", "est de 42 morts")."""
    cases = [c for c in token.children if c.dep_ == "case" and c.i < token.i]
    return any(c.lower_ not in _PARTITIVES for c in cases) or (bool(cases) and any(
        c.dep_ == "advmod" and c.i < cases[0].i for c in token.children))


def _measure(token: Token, words: Mapping[str, frozenset[str]]) -> bool:
    return token.lower_ in words["measure_nouns"] or token.lemma_.casefold() in words["measure_nouns"]


def _one_victim(token: Token, lemma: str, words: Mapping[str, frozenset[str]]) -> bool:
    """A past participle of killing or dying that agrees with one victim: passive ("le
    maire a été assassiné"), with "être" ("il est mort"), or beside its noun ("le chauffeur
    tué"). French makes such a participle agree in number with who suffers the act, so a
    singular one counts one victim when the parse gives no countable noun (a name, a
    definite noun, a subject hung elsewhere). Not a participle of killing after "avoir" ("a
    tué"), which agrees with no one; one of dying after "avoir" ("a succombé") and a singular
    present of dying (`dying_singular_forms`: "un soldat meurt") count one where their subject
    is one person (`_one_person`)."""
    if token.lower_ in _DYING_SINGULAR:
        # "un soldat meurt", "un étudiant succombe à ses blessures": the present agrees with its subject
        subject = _dying_subject(token)
        return subject is not None and not _negated(token) and _one_person(subject, words)
    if token.pos_ not in ("VERB", "ADJ") or "Part" not in token.morph.get("VerbForm"):
        return False
    if token.morph.get("Number") != ["Sing"]:
        return False
    if lemma in words["kill_verbs"]:
        return _passive(token) or token.dep_ in ("acl", "amod")
    if lemma in words["die_verbs"] or token.lower_ in ("mort", "morte"):
        auxiliaries = [c for c in token.children if c.dep_ in ("aux:tense", "aux:pass", "cop")]
        if any(c.lemma_ == "être" for c in auxiliaries):
            return True
        # "un étudiant a succombé", "elle a péri": a verb of dying said with "avoir" agrees
        # with no one, but its subject does; a singular one that is no group is one dead
        subject = _own_subject(token)
        return any(c.lemma_ == "avoir" for c in auxiliaries) and subject is not None and _one_person(subject, words)
    return False


def _own_subject(verb: Token) -> Token | None:
    """The verb's own subject (active or passive), none looked for elsewhere (`_subject` looks further)."""
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)


def _one_person(subject: Token, words: Mapping[str, frozenset[str]]) -> bool:
    """A subject that is one person: a singular noun, or a singular personal pronoun ("il",
    "elle"), neither a count ("une dizaine") nor a collective ("la famille", "un groupe") nor
    the indefinite "on" or a negative ("personne", "aucun")."""
    if subject.morph.get("Number") != ["Sing"] or subject.pos_ not in ("NOUN", "ADJ", "PRON"):
        return False
    noun = subject.lower_
    if subject.pos_ == "PRON":
        return noun in ("il", "elle")
    return not (noun in count_nouns() or noun in words["collective_victims"]
                or french_knowledge_base().is_collective_noun(noun)
                or any(c.dep_ == "det" and c.lower_ in ("aucun", "aucune", "nul", "nulle") for c in subject.children))


def _dying_subject(verb: Token) -> Token | None:
    """The subject of a present of dying, or where the parse took the verb for a word of the
    noun phrase, the noun right before it: the verb hung as its adjective ("Un soldat meurt":
    "meurt" an amod of "soldat"), or the noun hung under the verb between it and its
    determiner ("Un étudiant succombe": "étudiant" an amod of "succombe", which holds "Un")."""
    subject = _own_subject(verb)
    if subject is not None:
        return subject
    head = verb.head
    if verb.dep_ in ("amod", "acl") and head.i == verb.i - 1 and head.pos_ in ("NOUN", "ADJ"):
        return head
    return next((c for c in verb.children if c.i == verb.i - 1 and c.dep_ == "amod" and c.pos_ in ("NOUN", "ADJ")
                 and any(d.dep_ == "det" and d.i == verb.i - 2 for d in verb.children)), None)


def _negated(verb: Token) -> bool:
    """A verb said with a negation ("ne meurt pas", "n'a jamais succombé")."""
    doc = verb.doc
    return (verb.i > 0 and doc[verb.i - 1].lower_ in ("ne", "n'", "n\u2019")) or any(
        c.dep_ == "advmod" and c.lower_ in ("pas", "jamais", "plus") for c in verb.children)


def _one_object(verb: Token, victims: Token | None, words: Mapping[str, frozenset[str]]) -> bool:
    """The killing's direct object is one person: a singular noun with a determiner of one
    (`one_determiners`: "ont tué le pasteur", "a abattu un gendarme", as English "killed the
    pastor"), not a collective (`collective_victims`, the knowledge base's collective nouns:
    "une famille", "un groupe") nor a count ("une dizaine")."""
    if victims is None or victims.head.i != verb.i or victims.dep_ != "obj" or victims.pos_ != "NOUN":
        return False
    noun = victims.lower_
    if victims.morph.get("Number") != ["Sing"] or noun in count_nouns() or noun in words["collective_victims"] \
            or french_knowledge_base().is_collective_noun(noun):
        return False
    return any(c.dep_ == "det" and c.lower_ in words["one_determiners"] for c in victims.children)


def _tolls(
    sentence: ParsedSentence, quantities: list[Quantity], lexicon: FrenchLexicon
) -> tuple[int | None, int | None, Token | None, list[tuple[int, Token]], dict[int, int]]:
    """The sentence's dead and wounded, the noun of the first victims counted, each count of
    dead with the noun of its victims, and the dead a killing told with "également" counts
    (by the killing's token): no toll of the sentence's other events ("Au cours de cette
    attaque, ... une trentaine de terroristes ont été également tués"), but that killing's own
    where it is the event ("Une femme a également été tuée à Sarh")."""
    words = lexicon.words
    dying, costing, lifeless = _idioms("dying_idioms"), _idioms("costing_idioms"), _idioms("lifeless_idioms")
    dead: list[int] = []
    dead_by: list[tuple[int, Token]] = []
    added: dict[int, int] = {}
    hurt: list[int] = []
    counted: Token | None = None
    marked = _marker_tokens(sentence)
    not_counted = words["missing_words"] | words["other_outcome_words"]
    doc = sentence.doc
    casualty = lexicon._casualty  # `casualty_word`'s cache, read here first (every word)
    for word in sentence.tokens:
        told = casualty.get((word.lower, word.lemma))
        if not (lexicon.casualty_word(word) if told is None else told) and not (
                word.dep_ == "obj" and _lost(word)):
            continue  # no word of death or injury, nor what "perdre" lost: no toll (most words)
        # a token of its own, as iterating the doc gives: the sentence's shared tokens
        # (`ParsedSentence.tokens`) never leave a loop, so no two readings meet as one object
        token = doc[word.i]
        lower = token.lower_
        lemmas = {token.lemma_.casefold(), *lexicon.lemmas_of_form(lower)}
        lemma = next((w for w in lemmas if w in words["kill_verbs"] or w in words["injure_verbs"]
                      or w in words["die_verbs"]), token.lemma_.casefold())
        victims: Token | None = None
        bucket = None
        idiom_verb = _idiom_verb(token, dying)
        if idiom_verb is not None:
            # "ont trouvé la mort", "ont perdu la vie": the dead are the verb's subject
            bucket = dead
            victims = _own_subject(idiom_verb)
        elif lower in lifeless and any(c.dep_ == "case" and c.lower_ in lifeless[lower] for c in token.children):
            # "laissant trois personnes sans vie", "retrouvés sans vie": the lifeless are dead
            bucket = dead
            holder = token.head
            victims = holder if holder.pos_ in ("NOUN", "PROPN") and holder is not token else next(
                (c for c in holder.children if c.dep_ in ("obj", "nsubj:pass")), None)
        elif _lost(token) and (
                token.lemma_.casefold() in words["lost_nouns"] or lower in words["lost_nouns"] or any(
                    c.dep_ == "nmod" and (c.lemma_.casefold() in words["lost_nouns"] or c.lower_ in words["lost_nouns"])
                    for c in token.children)):
            # "l'armée a perdu quinze soldats", "a perdu une dizaine de ses hommes": the lost are dead
            bucket = dead
            victims = token
        elif token.dep_ == "obj" and token.head.lemma_.casefold() in costing.get(lower, ()):
            # "l'attaque a coûté la vie à neuf soldats": the dead are the "à" complement
            bucket = dead
            victims = _prep_child(token.head, ["à", "aux", "au"], ("obl:arg", "obl", "obl:mod", "iobj")) \
                or _prep_child(token, ["à", "aux", "au"], ("nmod",))  # or hung on "la vie"
        elif lemma in words["kill_verbs"] or lemma in words["injure_verbs"] or lower in words["dead_words"] \
                or lower in words["injured_words"]:
            injured = lemma in words["injure_verbs"] or lower in words["injured_words"]
            bucket = hurt if injured else dead
            if token.pos_ in ("VERB", "ADJ") and token.dep_ != "obj":
                if _passive(token) or (token.dep_ in ("acl", "amod") and not _present_participle(token)):
                    victims = _hung_subject(token, _passive_subject(token))
                    if victims is None and token.dep_ in ("acl", "amod"):
                        victims = token.head
                    if victims is None and token.dep_ == "ROOT":
                        victims = next((c for c in token.children if c.dep_ == "nsubj"), None)
                    if victims is None:  # a long subject the parser hung as a modifier before the verb
                        victims = next((c for c in token.children if c.dep_ in ("nsubj", "obl:mod")
                                        and c.i < token.i and c.pos_ in ("NOUN", "PROPN")), None)
                    # "Treize soldats – sud-africains et tanzaniens – ont été tués": the parse
                    # took the aside, or its closing dash, for the subject
                    victims = _before_aside(token) or victims
                elif lemma in words["kill_verbs"] or lemma in words["injure_verbs"]:
                    # "tuant douze soldats" (the object, or what the parser took for one); not
                    # a word of the dead the parse took for a verb, which has no object ("la
                    # commune est victime d'une attaque" counts no one dead in "une attaque")
                    victims = _pronoun_antecedent(next((c for c in token.children if c.dep_ == "obj"), None),
                                                  words) or next(
                        (c for c in token.children if c.dep_ == "obl:arg" and c.pos_ in ("NOUN", "PROPN")), None) \
                        or next((c for c in token.children if c.i > token.i and c.pos_ in ("NOUN", "PROPN", "NUM")
                                 and any(q.start <= sentence.offsets(c)[0] < q.end for q in quantities)), None) \
                        or _counted_head(token, sentence, quantities)
                    if victims is None or (_count(victims, sentence, quantities) is None and (
                            victims.dep_ != "obj" or _bare_time(victims) or _opened_by_preposition(victims))):
                        # "ont tué lundi à Kalo onze civils": a date or a place between the verb
                        # and its counted object, which the parse hung on them
                        victims = _object_past_adverbials(token, sentence, quantities, words) or victims
                if not _passive(token) and not (token.dep_ in ("acl", "amod") and not _present_participle(token)) \
                        and victims is None and not injured and lower in words["dead_words"]:
                    # "cinq civils sont morts": the dead are the subject
                    victims = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if victims is None and token.pos_ in ("VERB", "ADJ"):
                # "huit soldats ont été déclarés tués", "ont été retrouvés morts": the state the
                # passive verb of finding or declaring gives its subject (the word hung on that
                # verb, or that verb on it): the dead are that verb's passive subject
                stated = [token.head] if token.dep_ in ("xcomp", "advcl") else []
                stated += [c for c in token.children if c.dep_ in ("advmod", "xcomp") and c.pos_ == "VERB"]
                victims = next((subject for verb in stated if verb.pos_ == "VERB" and _passive(verb)
                                for subject in [_passive_subject(verb)] if subject is not None), None)
            if victims is None and (token.pos_ in ("ADJ", "VERB") or (
                    token.pos_ == "NOUN" and (lower in words["dead_words"] or lower in words["injured_words"]))):
                # "12 morts", "une vingtaine de blessés"; not a noun of the act that reads as a
                # verb's form ("un massacre ciblé" is no one dead)
                victims = token
            if victims is None and token.pos_ == "NOUN" and lemma in words["kill_verbs"] and not injured:
                # "le massacre de onze civils", "l'exécution de trois otages": the noun of the
                # killing counts the people its "de" complement counts (none where it names none)
                victims = _prep_child(token, ["de", "d'", "d\u2019"], ("nmod",))
        elif lemma in words["die_verbs"]:
            bucket = dead
            # "un policier est décédé", parsed as a passive: the subject all the same; a relative
            # pronoun stands for the noun its clause hangs on ("une fille qui a succombé à ses blessures")
            victims = _own_subject(token)
            if victims is not None:
                victims = _antecedent(victims)
            if victims is None and lower in _DYING_SINGULAR and _one_victim(token, lemma, words):
                victims = _dying_subject(token)  # "Un soldat meurt", the verb parsed as its adjective
        victims = _summed(_past_measure(victims, words), words)
        if victims is not None and victims.i < marked:
            victims = _past_marker(sentence, marked, token, quantities)
        if victims is None or bucket is None:
            continue
        if _over_period(token, victims, words) or _total_on_verb(token, lexicon):
            continue  # "la mort de 570 civils depuis novembre 2019": a running total, no toll
        also = _added(token, lexicon)  # "... ont été également tués": dead added to a toll told before
        if token.dep_ in ("acl", "amod") and victims.i == token.head.i and victims.dep_ == "conj" \
                and victims.head.i < victims.i and victims.head.pos_ in ("NOUN", "PROPN") \
                and _attacker_noun(victims, words) and not _attacker_noun(victims.head, words):
            # "quinze soldats et cinq assaillants tués": the participle after the list is of the
            # whole list, hung on its last conjunct; the list's first noun counts the toll
            victims = victims.head
        if _attacker_noun(victims, words):
            continue  # "Dix-huit assaillants ont été tués": the attackers' dead are no toll
        if victims.pos_ == "NOUN" and (victims.lemma_.casefold() in facility_nouns()
                                       or victims.lower_ in facility_nouns()):
            # "Quatre véhicules ont été victimes d'une embuscade", "deux positions victimes de
            # tirs": a count of things, places or units (`facility_nouns`) counts no one dead
            continue
        # Another casualty word, or what else befell people ("20 morts et 3 000 déplacés").
        others = (words["dead_words"] if bucket is hurt else words["injured_words"]) | not_counted
        count = _count(victims, sentence, quantities, others, words["side_words"], words["attacker_nouns"])
        if count is not None:
            count = _whole_of_share(victims, sentence, quantities, count)
        if count is None and victims is token and token.pos_ == "NOUN" and (
                lower in words["toll_words"] or lower in words["dead_words"]):
            # "les corps de 14 civils ont été retrouvés", "a causé la mort de 12 soldats":
            # the bodies, the death, are of the counted noun
            counted_of = _prep_child(token, ["de", "d'", "d\u2019"], ("nmod",))
            if counted_of is not None:
                count = _count(counted_of, sentence, quantities, others, words["side_words"], words["attacker_nouns"])
        if count is None and _one_victim(token, lemma, words):
            count = 1  # "le chauffeur a été tué", "X, 19 ans, a été abattu": the participle agrees with one
        if count is None and lemma in words["kill_verbs"] and _one_object(token, victims, words):
            count = 1  # "ont tué le pasteur", "a abattu un gendarme": one person, the object
        if count is None and victims.pos_ == "PROPN":
            # a name the parser took for the subject, the counted victims hung under it:
            # "..., Midjiyawa Bakari, cinq civils sont morts"
            counted_under = next((c for c in victims.children if c.dep_ in ("nmod", "appos") and c.pos_ == "NOUN"
                                  and any(g.dep_ == "nummod" for g in c.children)), None)
            if counted_under is not None:
                victims = counted_under
                count = _count(victims, sentence, quantities, others, words["side_words"], words["attacker_nouns"])
        if count is not None and also:
            if bucket is dead:
                added[token.i] = count  # the toll of its own killing only, none of the sentence's
            continue
        if count is not None:
            bucket.append(count)
            if bucket is dead:
                dead_by.append((count, victims))
            if counted is None and victims is not token:
                counted = victims
    return (max(dead) if dead else None), (max(hurt) if hurt else None), counted, dead_by, added


def _idiom_verb(noun: Token, idioms: Mapping[str, frozenset[str]]) -> Token | None:
    """The verb a noun of dying is said with (`dying_idioms`: "ont trouvé la mort"): the verb
    it is the object of, or the verb right before its article where the parse hung the noun
    elsewhere ("28 personnes ont trouvé la mort et des dizaines ont été blessées", "la mort"
    taken for the subject of "blessées")."""
    verbs = idioms.get(noun.lower_)
    if not verbs:
        return None
    if noun.dep_ == "obj" and noun.head.lemma_.casefold() in verbs:
        return noun.head
    if noun.i >= 2 and noun.doc[noun.i - 1].dep_ == "det":
        verb = noun.doc[noun.i - 2]
        if verb.pos_ == "VERB" and verb.lemma_.casefold() in verbs:
            return verb
    return None


def _lost(token: Token) -> bool:
    """The word is what "perdre" lost, its object ("l'armée a perdu quinze soldats")."""
    return token.dep_ == "obj" and token.head.lemma_.casefold() == "perdre"


def _wounding(token: Token, lexicon: FrenchLexicon) -> bool:
    """The word tells a wounding (a form or lemma of a verb of injuring, a word of the injured)."""
    words, lower = lexicon.words, token.lower_
    return lower in words["injured_words"] or bool(
        {token.lemma_.casefold(), *lexicon.lemmas_of_form(lower)} & words["injure_verbs"])


def _own_toll(token: Token, dead: list[tuple[int, Token]]) -> int | None:
    """The dead a killing verb counts as its own subject or object ("sept personnes ont été
    tuées", "tuant douze soldats"), if the sentence's tolls hold it."""
    if token.pos_ != "VERB":
        return None
    own = [count for count, victims in dead if victims.head.i == token.i and victims.i != token.i]
    return max(own) if own else None


def _marker_tokens(sentence: ParsedSentence) -> int:
    """How many tokens a page's leading date marker takes at the head of the sentence ("date
    2022-12 Sept civils ont été tués"): 0 for a sentence that does not open the page with one."""
    if sentence.start > 8:
        return 0
    end = page_marker_end(sentence.text)
    return next((t.i for t in sentence.tokens if t.idx >= end), len(sentence.doc)) if end else 0


def _past_marker(sentence: ParsedSentence, marked: int, token: Token, quantities: list[Quantity]) -> Token | None:
    """The victims of a killing whose subject the parse took inside a page's date marker
    ("date 2023-07 Douze soldats ont été tués": "date" or "07" the subject, the counted noun
    hung under it or beside it): the first noun between the marker and the killing that a
    count covers, or none (the marker's own numbers count no one)."""
    doc = sentence.doc
    for candidate in doc[marked : max(token.i, marked)]:
        if candidate.pos_ not in ("NOUN", "PROPN", "ADJ"):
            continue
        start, end = sentence.offsets(candidate)
        if any(q.value is not None and q.start <= start and end <= q.end + 1 for q in quantities):
            return candidate
    return None


def _listed_subjects(noun: Token) -> list[Token]:
    """The other counted subjects of a listing the parser split ("Trois soldats et deux civils
    ont été tués"): the noun the verb hangs on as its conjunct, or the verb's other subject,
    with the "et" between them on the verb; or the phrases of a list a comma opens or closes
    on the subject (`comma_listed`, `comma_fronted`); none unless `noun` is a subject."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubj:pass") or verb is noun:
        return []

    def counted(other: Token) -> bool:
        return any(g.dep_ == "nummod" for g in other.children)

    def and_joined(phrase: Token) -> list[Token]:
        # the nouns conjoined to the phrase with a coordinator of their own ("... et un chauffeur")
        return [c for c in phrase.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                and any(g.dep_ == "cc" for g in c.children)]

    def counted_and_joined(other: Token) -> bool:
        low, high = sorted((other.i, noun.i))
        return counted(other) and any(c.dep_ == "cc" and low < c.i < high for c in verb.children)

    def comma_listed(other: Token) -> list[Token]:
        # "Six soldats, deux douaniers et un chauffeur ont été tués" parsed as two subjects:
        # a comma right after the first phrase, the second counted and opening there a list
        # of its own that "et" closes: it and its conjuncts
        doc = noun.doc
        comma = noun.right_edge.i if noun.right_edge.text == "," else noun.right_edge.i + 1
        if not (other.i > noun.i and comma + 1 == other.left_edge.i and doc[comma].text == "," and counted(other)):
            return []
        joined = and_joined(other)
        return [other, *joined] if joined else []

    def comma_fronted() -> list[Token]:
        # "Cinq militaires, deux gendarmes et un interprète ont été tués" with the first phrase
        # hung on the verb as a complement: a counted noun whose phrase ends at a comma right
        # before the subject's, the subject's own conjunct closed by "et" and the list ending
        # on the verb, not on a comma (an apposition that breaks a whole down is no list)
        doc = noun.doc
        if not and_joined(noun) or noun.left_edge.i < 2 or doc[noun.left_edge.i - 1].text != "," \
                or (noun.right_edge.i + 1 < len(doc) and doc[noun.right_edge.i + 1].text == ","):
            return []
        return [c for c in verb.children if c.dep_ in ("obl:mod", "obl", "nmod") and c.pos_ == "NOUN"
                and c.right_edge.i == noun.left_edge.i - 2 and c.left_edge.i == c.i - 1
                and any(g.dep_ == "nummod" and g.i == c.i - 1 for g in c.children)]

    first = verb.head
    fronted = [first] if (verb.dep_ == "conj" and first.pos_ in ("NOUN", "PROPN") and first.i < noun.i
                          and counted_and_joined(first)) else comma_fronted()
    others = [c for c in verb.children if c is not noun and c.dep_ == noun.dep_]
    return fronted + [c for c in others if counted_and_joined(c)] + [
        t for c in others if not counted_and_joined(c) for t in comma_listed(c)]


def _whole_of_share(victims: Token, sentence: ParsedSentence, quantities: list[Quantity], count: int) -> int:
    """The toll of victims counted as a share of a whole told before them ("tuant onze civils,
    dont huit enfants", "ont tué douze personnes parmi lesquelles cinq femmes", parsed with the
    share's noun the verb's object or the noun after it): the whole (fatalities
    `whole_of_share`), never the share; else `count`. The figure counting the victims' noun is
    the one right before it (or holding it)."""
    start, end = sentence.offsets(victims)
    share = max((q for q in quantities if q.value is not None and q.start <= start and end <= q.end + 1
                 and q.end >= start), key=lambda q: q.start, default=None)
    if share is None:
        return count
    whole = whole_of_share(sentence, quantities, share, "fr")
    return int(whole.value) if whole is not None and whole.value is not None else count


def _object_past_adverbials(verb: Token, sentence: ParsedSentence, quantities: list[Quantity],
                            words: Mapping[str, frozenset[str]]) -> Token | None:
    """The counted object of an active killing verb told after the adverbials that follow the
    verb ("ont tué lundi à Kalo onze civils", "ont tué, à 30 km de Kalo, onze civils"), which
    the parse often hangs on the date or the place: the first figure after the verb in the
    verb's clause that no preposition opens and that counts no measure ("à 30 km"), reading on
    past day names, adverbs and prepositional phrases only. None where a bare noun (an object
    the figure is not of), another verb or a clause's end comes first."""
    doc = sentence.doc
    end = sentence.tokens[-1].i + 1 if sentence.tokens else len(doc)
    in_phrase = False
    days = _words().bare_time_nouns
    figures = {q.start for q in quantities if q.value is not None}
    for token in doc[verb.i + 1:end]:
        lower = token.lower_
        if not in_phrase and sentence.offsets(token)[0] in figures:
            # the figure (whatever the parse tagged it: "neuf" may read as a verb), unless
            # it measures a distance
            after = doc[token.i + 1] if token.i + 1 < end else None
            return None if after is not None and _measure(after, words) else token
        if token.pos_ in ("VERB", "AUX") or token.dep_ in ("cc", "mark") or lower in ("dont", ";", ":") \
                or (token.is_punct and lower not in (",", "\u2013", "-")):
            return None
        if token.pos_ == "ADP" and token.dep_ not in ("advmod", "fixed"):
            in_phrase = True  # not "au moins", an adverb
            continue
        if token.is_punct:
            in_phrase = False
            continue
        dated = token.i > verb.i + 1 and doc[token.i - 1].like_num  # "le 4 avril": a date, no count
        if token.pos_ == "NOUN" and not in_phrase and lower not in days and not dated:
            return None  # an object that no figure counts: "ont tué lundi le chef du village"
        if in_phrase and token.pos_ in ("NOUN", "PROPN"):
            in_phrase = False  # the phrase's noun: "à Kalo", "à 30 km", then "de Kalo"
            continue
        if token.pos_ in ("DET", "NUM", "ADJ", "ADV", "PROPN", "NOUN") or lower in days or in_phrase:
            continue
        return None
    return None


def _counted_head(verb: Token, sentence: ParsedSentence, quantities: list[Quantity]) -> Token | None:
    """The counted noun a killing verb hangs on where the parser made the verb a dependent of
    its object ("Un kamikaze a tué onze personnes ...": "tué" a "case" of "personnes"): the
    verb's head, after it, counted by a quantity."""
    head = verb.head
    if head is verb or head.i < verb.i or head.pos_ not in ("NOUN", "PROPN", "NUM"):
        return None
    start = sentence.offsets(head)[0]
    return head if any(q.start <= start < q.end for q in quantities) else None


def _summed(victims: Token | None, words: Mapping[str, frozenset[str]]) -> Token | None:
    """The counted noun of a sum ("Un total de onze militaires", `sum_nouns`): its "de"
    complement, else the sum itself. The sum's article "Un" would count one victim."""
    if victims is None or victims.lemma_.casefold() not in words["sum_nouns"]:
        return victims
    counted = _prep_child(victims, ["de", "d'", "d\u2019"], ("nmod",))
    return counted if counted is not None else victims


def _over_period(token: Token, victims: Token, words: Mapping[str, frozenset[str]]) -> bool:
    """A count of dead told over a period ("responsables de la mort de 570 civils depuis
    novembre 2019", "un bilan de 2 000 morts depuis 2012"): a "depuis" phrase
    (`period_words`) of a time (a number or a `period_nouns` word) on the noun of the dead,
    on its victims, or on the word the noun of the dead completes ("accusés de la mort de 570
    civils depuis 2019", the parse hanging the period on "accusés"). Such a total sums up a
    conflict's incidents, none of which it is. Not one on a verb of killing ("Depuis quelques
    semaines, l'armée a neutralisé une quarantaine de terroristes le 11 juillet"): the frame
    of a clause that may tell one day's act."""
    nouns = [t for t in (token, victims) if t.pos_ in ("NOUN", "PROPN", "NUM")]
    holders = {*nouns, *(c for t in nouns for c in t.children if c.dep_ == "nmod")}
    if token.pos_ == "NOUN" and token.dep_ in ("obl:arg", "obl", "obj", "nmod") and token.head is not token:
        holders.add(token.head)
    for holder in holders:
        for phrase in holder.children:
            if not any(c.dep_ == "case" and c.lower_ in words["period_words"] for c in phrase.children):
                continue
            if phrase.like_num or phrase.lemma_.casefold() in words["period_nouns"] \
                    or phrase.lower_ in words["period_nouns"]:
                return True
    return False


def _total_on_verb(token: Token, lexicon: FrenchLexicon) -> bool:
    """A count of dead told over a period on the verb of killing or of the toll ("300 civils ont
    été tués depuis le début de l'année", "ont tué 180 civils depuis juillet", "ont fait plus de
    500 morts en 2022", "ont été tués cette année"): a running total, no toll. "depuis" with a
    start (`total_starts`), a month or a year, never a spell of days ("depuis mardi", "Depuis
    quelques semaines, l'armée a neutralisé ... le 11 juillet": one act's frame); "en" with a
    year alone, where the clause places the dead in no occasion ("tués dans une embuscade en
    2017": the ambush, one act); a phrase of `total_phrases`."""
    words = lexicon.words
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    phrases = [c for c in verb.children if c.dep_ in ("obl", "obl:mod", "advmod", "obl:arg")]
    # "ont tué 20 policiers et une dizaine de civils depuis mai": the period hung on the
    # victims, or on another of their list
    victims = [c for c in verb.children if c.dep_ in ("obj", "nsubj:pass")]
    victims += [c for v in (verb, *victims) for c in v.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
    since = [c for v in victims for c in v.children if c.dep_ == "nmod"
             and any(g.dep_ == "case" and g.lower_ in words["period_words"] for g in c.children)]
    # the act the dead fell in ("dans une embuscade", "lors de l'attaque"), or the one act that
    # is the subject ("L'attaque a fait 30 morts en 2019"): an event noun of the lexicon
    acts = [g for c in phrases if c.lower_ in words["occasion_heads"] for g in c.children if g.dep_ in ("nmod", "obl")]
    acts += [c for c in phrases if any(g.dep_ == "case" and g.lower_ in words["occasion_prepositions"]
                                       for g in c.children)]
    acts += [c for c in verb.children if c.dep_ == "nsubj" and "Sing" in c.morph.get("Number")]
    occasion = any(lexicon.rule_for(a) is not None for a in acts)
    for phrase in phrases + since:
        cases = {g.lower_ for g in phrase.children if g.dep_ == "case"}
        year = phrase.like_num and len(phrase.text) == 4 and phrase.text.isdigit()
        if cases & words["period_words"] and (
                year or phrase.lemma_.casefold() in words["total_starts"] or (
                phrase.lower_ in words["total_months"] and not any(g.like_num and len(g.text) <= 2
                                                                   for g in phrase.children))):
            return True
        if cases & words["year_prepositions"] and year and not occasion:
            return True
        written = " ".join(t.lower_ for t in phrase.subtree).replace("' ", "'").replace("\u2019 ", "'")
        if written in words["total_phrases"]:
            return True
    return False


def _pronoun_antecedent(victims: Token | None, words: Mapping[str, frozenset[str]]) -> Token | None:
    """The victims a plural object pronoun of a killing stands for: the object (or passive
    subject) of the verb the killing is coordinated with or follows ("ont capturé trois
    gendarmes et les ont tués", "ont enlevé cinq villageois avant de les tuer"). The
    pronoun itself counts no one; another pronoun or no noun there keeps it."""
    if victims is None or victims.lower_ not in words["plural_object_pronouns"]:
        return victims
    verb = victims.head
    if verb.dep_ not in ("conj", "advcl", "xcomp") or verb.head is verb:
        return victims
    if verb.dep_ == "conj" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < victims.i:
        return verb.head  # "ont capturé deux gendarmes et les ont exécutés" hung on the noun
    antecedent = next((c for c in verb.head.children if c.dep_ in ("obj", "nsubj:pass") and c.i < victims.i
                       and c.pos_ in ("NOUN", "PROPN")), None)
    return antecedent if antecedent is not None else victims


def _attacker_noun(victims: Token, words: Mapping[str, frozenset[str]]) -> bool:
    """Victims named by a noun of attackers (`attacker_nouns`), or by a count the parse
    took for their head ("Dix-huit assaillants": "Dix-huit" a participle or a name,
    "assaillants" its adjective or the rest of the name), or by the attackers' side
    (`side_words`: "sept morts du côté des assaillants", "dans les rangs des agresseurs")."""
    attackers = words["attacker_nouns"]

    def attacker(w: Token) -> bool:
        return w.lower_ in attackers or w.lemma_.casefold() in attackers

    return any(attacker(w) for w in (victims, *(c for c in victims.children if c.dep_ in ("amod", "flat:name")))) \
        or any(c.dep_ == "nmod" and (c.lower_ in words["side_words"] or c.lemma_.casefold() in words["side_words"])
               and any(attacker(g) for g in c.children if g.dep_ in ("nmod", "amod", "appos"))
               for c in victims.children)


def _passive_subject(verb: Token) -> Token | None:
    """The subject of a participle of dying or killing after "être": its passive subject,
    or the subject the parse gave a copula ("que quatre personnes sont mortes", the
    participle hung on the clause before, whose noun is no victim)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj:pass" and not c.is_punct]
    if not subjects and any(c.dep_ == "cop" for c in verb.children):
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and not c.is_punct]
    return subjects[0] if subjects else None


# Dashes that enclose an aside ("Treize soldats – sud-africains et tanzaniens – ont été tués").
_ASIDE_DASHES = frozenset({"\u2013", "\u2014", "-", "--"})


def _before_aside(verb: Token) -> Token | None:
    """The noun before an aside set off by dashes, where the parse took the closing dash for
    the verb's subject ("Treize soldats – sud-africains et tanzaniens – ont été tués"): the
    aside describes that noun, which is the subject."""
    closing = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i
                    and c.text in _ASIDE_DASHES), None)
    if closing is None:
        return None
    opening = next((t for t in reversed(verb.doc[:closing.i]) if t.text == closing.text), None)
    if opening is None or opening.i == 0:
        return None
    noun = verb.doc[opening.i - 1]
    return noun if noun.pos_ in ("NOUN", "PROPN") else None


def _where_told(sentence: ParsedSentence, place: Place, trigger: Token, reporting: frozenset[str]) -> bool:
    """The place belongs to a verb of saying that does not govern the trigger: where the
    news was told ("..., a-t-on appris de sources sécuritaires à Niamey")."""
    span = sentence.span_at(place.start, place.end)
    if span is None or len(span) == 0:
        return False
    governing = {trigger.i, *(t.i for t in trigger.ancestors)}
    return any(a.lemma_.casefold() in reporting and a.i not in governing for a in span.root.ancestors)


def _of_host_verb(sentence: ParsedSentence, place: Place, trigger: Token, lexicon: FrenchLexicon | None) -> bool:
    """The place modifies a verb that only mentions the event named by a noun in its
    oblique, and is no event of its own nor a verb of occurrence: "aucun communiqué n'a
    été publié à Niamey sur cette attaque" (Niamey is where nothing was published)."""
    if lexicon is None or trigger.pos_ not in ("NOUN", "PROPN", "VERB") or \
            trigger.dep_ not in ("obl", "obl:mod", "obl:arg", "nmod"):
        return False
    host = trigger.head
    words = _words()
    if host.pos_ != "VERB" or host == trigger or host.lemma_.casefold() in words.light_verbs | words.occurrence_verbs \
            or lexicon.rule_for(host) is not None:
        return False
    span = sentence.span_at(place.start, place.end)
    return span is not None and len(span) > 0 and span.root.head == host and span.root.dep_.startswith("obl")


@functools.lru_cache(maxsize=1)
def _doing_verbs() -> frozenset[str]:
    """Verbs of doing an act told by its object noun: those of perpetrating and the others of
    `doing_verbs` (fr/triggers.yaml), which lists only what perpetrating does not."""
    return _words().perpetrating_verbs | _words().doing_verbs


def _acting(sentence: ParsedSentence, place: Place, trigger: Token) -> bool:
    """The place is the trigger's subject or agent ("Paris a envoyé", "démenti par Bamako"),
    or that of the verb of doing whose object the trigger noun is (`doing_verbs`: "Israël a
    lancé une attaque", "des frappes menées par la France"): who acts, not where."""
    span = sentence.span_at(place.start, place.end)
    if span is None or span.root.dep_ not in ("nsubj", "obl:agent"):
        return False
    head = span.root.head
    if head == trigger:
        return True
    if trigger.pos_ not in ("NOUN", "PROPN") or head.lemma_.casefold() not in _doing_verbs():
        return False
    noun = trigger.head if trigger.dep_ == "conj" else trigger  # "a mené des raids et des frappes"
    if span.root.dep_ == "nsubj":
        return noun.dep_ == "obj" and noun.head == head
    return head.dep_ == "acl" and head.head == noun


def _destination(sentence: ParsedSentence, place: Place, trigger: Token, lexicon: FrenchLexicon) -> bool:
    """The place is where someone went ("avant de fuir vers le Mali", "en direction de
    Gao"), told after a preposition of direction, for a trigger that is no movement."""
    rule = lexicon.rule_for(trigger)
    if rule is not None and rule.type in ("RETREAT", "MOBILIZE"):
        return False
    span = sentence.span_at(place.start, place.end)
    if span is None or len(span) == 0 or span.start == 0:
        return False
    doc = span.doc
    before = " ".join(t.lower_ for t in doc[max(0, span.start - 4):span.start])
    return any(before.endswith(word) or before.endswith(word + " le") or before.endswith(word + " la")
               or before.endswith(word + " les") or before.endswith(word + " l'")
               for word in lexicon.words["direction_words"])


@functools.lru_cache(maxsize=1)
def _since_words() -> frozenset[str]:
    """The words that open a span before a day (`since_words` of fr/assemble.yaml: "depuis")."""
    return word_set(load_data("assemble", "fr"), "since_words", "fr/assemble.yaml")


# Statements told in a sentence with no day of their own: the latest past day told before
# them (`_Article.date`).
_LATEST_DAY_TYPES = frozenset(load_data("temporal", "fr").get("latest_day_types", ()))


class _Article:
    """The article's places, dates and quantities by sentence, for one pass over its events."""

    def __init__(self, parsed: ParsedArticle, places: list[Place], dates: list[DateValue],
                 quantities: list[Quantity], published: dt.date | None = None) -> None:
        self.published = published
        # A country named as the far side of a border ("près de la frontière avec le
        # Nigeria"), where news was told from, a journey's end: not where anything happened.
        self.places = sorted((p for p in places if p.role not in NOT_EVENT_PLACE_ROLES),
                             key=lambda p: p.start)
        # their starts, in that order: a sentence's places, and those before it, are a slice
        self._starts = [p.start for p in self.places]
        self.dates = sorted(dates, key=lambda d: d.start)
        # Days that end a span ("la marche autorisée jusqu'hier": `bounds_a_span`) or open one
        # ("depuis lundi": `opens_a_span`): the first or last day of a state, not a scene the
        # sentences after it are told on.
        self.bounds = {d.start for d in self.dates
                       if bounds_a_span(parsed.text, d, "fr") or opens_a_span(parsed.text, d, _since_words())}
        self.quantities = quantities
        self.sentences = parsed.sentences
        self._told_with: dict[int, Place | None] = {}  # sentence start -> `_site_told_before`
        self.told: set[int] = set()  # starts of places where news was told or someone went, not where it happened
        # Places a distance of 50 km or more is measured from ("à 300 km de Nouakchott"):
        # bearings, not where an event told beside another place happened.
        self.far = far_references(parsed.text, self.places, place_phrases("fr"))
        # Towns named only aside: a destination ("vers la commune de Dori"), an official's or a
        # hospital's town ("le gouverneur de Mopti"), a photo caption's: no event's place, so
        # no sentence that names no place of its own takes one of them from before it.
        gone_to, _titles, captions = aside_places(parsed, self.places, aside_words("fr"))
        self.aside = gone_to | captions
        counts: dict[str, int] = {}
        for place in places:
            if place.country:
                counts[place.country] = counts.get(place.country, 0) + 1
        self.main_country = max(counts, key=lambda c: counts[c]) if counts else None
        # The story's country named only as a state ("la succession à la tête du Tchad") is
        # still where its unplaced events happen, as a last resort.
        self.states = [p.model_copy(update={"role": None}) for p in places
                       if p.role == "affiliation" and p.feature == "country"
                       and p.country == self.main_country]

    def place(self, sentence: ParsedSentence, trigger_start: int, trigger: Token | None = None,
              reporting: frozenset[str] = frozenset(), lexicon: FrenchLexicon | None = None) -> Place | None:
        inside = self.places[bisect.bisect_left(self._starts, sentence.start):
                             bisect.bisect_left(self._starts, sentence.end)]
        if trigger is not None and reporting:
            told = [p for p in inside if _where_told(sentence, p, trigger, reporting)]
            self.told.update(p.start for p in told)
            inside = [p for p in inside if p not in told] or inside
            inside = [p for p in inside if not _of_host_verb(sentence, p, trigger, lexicon)]
            # "Paris a envoyé des renforts à Gao": a capital that acts stands for its government
            inside = [p for p in inside if not _acting(sentence, p, trigger)] or inside
            if lexicon is not None:  # "... ont ouvert le feu avant de fuir vers le Mali"
                gone_to = [p for p in inside if _destination(sentence, p, trigger, lexicon)]
                self.told.update(p.start for p in gone_to)
                inside = [p for p in inside if p not in gone_to]
        # "au Sahel", "en Afrique de l'Ouest": a region across countries frames the story,
        # it does not place one act where a place of one country is told
        inside = [p for p in inside if p.country] or inside
        inside = [p for p in inside if p.start not in self.far] or inside
        if inside:
            # The dateline's place is where the report was filed: a fallback only.
            return min(inside, key=lambda p: (p.role == "dateline", _PLACE_PRECISION.get(p.feature, 5),
                                              abs(p.start - trigger_start)))
        if sentence.start not in self._told_with:  # once per sentence, however many events it tells
            self._told_with[sentence.start] = self._site_told_before(sentence)
        told_with = self._told_with[sentence.start]
        if told_with is not None:
            return told_with
        before = [p for p in self.places[:bisect.bisect_right(self._starts, sentence.start)]
                  if p.end <= sentence.start and p.feature != "country"
                  and p.start not in self.told and p.start not in self.far and p.start not in self.aside
                  and p.country]
        if before:
            return before[-1]
        countries = [p for p in self.places if p.country == self.main_country and p.feature == "country"
                     and p.start not in self.told] or self.states
        return countries[0] if countries else None

    def _site_told_before(self, sentence: ParsedSentence) -> Place | None:
        """A sentence that places its event only at a locality no gazetteer holds ("dans la
        localité de Diallassagou") is where an earlier sentence that named that locality put
        it ("les villages de Diallassagou ..., situés dans le cercle de Bankass"): the finest
        place of the first such sentence, not the last town named before (which may be
        where the news came from or people fled to)."""
        sites = unplaced_sites(sentence, self.places)
        if not sites:
            return None  # (no earlier sentence can name one)
        for earlier in self.sentences:
            if earlier.start >= sentence.start:
                break
            if not any(site.name in earlier.text for site in sites):
                continue
            inside = [p for p in self.places if earlier.start <= p.start < earlier.end and p.country
                      and p.start not in self.told and p.start not in self.far and p.role != "dateline"]
            if inside:
                return min(inside, key=lambda p: (_PLACE_PRECISION.get(p.feature, 5), p.start))
        return None

    def date(self, sentence: ParsedSentence, trigger: Token | None = None, latest: bool = False) -> DateValue | None:
        inside = [d for d in self.dates if sentence.start <= d.start < sentence.end and d.value]
        relations = [(d, mark) for d in inside if (mark := _relation_mark(sentence, d)) is not None]
        if relations:
            # "lundi, deux jours après que des bandits ont enlevé ...": the act of that clause is
            # dated by its distance; the others of the sentence are not
            for relation, mark in relations:
                if trigger is not None and _in_relation_clause(sentence, mark, trigger):
                    return relation
            inside = [d for d in inside if all(d is not relation for relation, _ in relations)]
        if inside:
            return min(inside, key=lambda d: ("day", "interval", "month", "year").index(d.precision)
                       if d.precision in ("day", "interval", "month", "year") else 9)
        before = [d for d in self.dates if d.end <= sentence.start and d.value and d.precision in ("day", "interval")
                  and d.start not in self.bounds]
        if not before:
            return None
        # The nearest past day told before: not the first one (often the day of the
        # report, "ce matin"), nor one after it (a day announced ahead), but for a day told
        # as next to one before it ("Dimanche 16 mars ... Le lendemain, ..."). For a statement
        # (`latest`: `latest_day_types` of data/fr/temporal.yaml) a day after the first and
        # before the report's ("arrêtés le jeudi 28 septembre ... a répondu le samedi 30
        # septembre" in a paper of 2 October), or any day on a page that gives no report's day, is past
        # too: the latest such one.
        first = (before[0].value or "")[:10]
        report = self.published.isoformat() if self.published is not None else None

        def past_day(day: str) -> bool:
            return day <= first or (latest and (report is None or day < report))

        past = [d for d in before if past_day((d.value or "")[:10]) or told_next_to_a_day(d)]
        return past[-1] if past else before[0]

    def in_sentence(self, sentence: ParsedSentence) -> list[Quantity]:
        return [q for q in self.quantities if sentence.start <= q.start < sentence.end]


# Sectors whose side takes the country of the event's place when its phrase states none:
# a state's forces and offices, domestic politics ("l'opposition" in Dakar) and civilians
# ("des milliers de personnes" protesting in Niamey), unless its words call it foreign.
_ACTOR_HOME_SECTORS = ("MIL", "GOV", "COP", "JUD", "OPP", "PTY", "CVL")
_RECIPIENT_HOME_SECTORS = _ACTOR_HOME_SECTORS


def _with_country(actor: Actor | None, place: Place | None, sectors: Iterable[str],
                  foreign: frozenset[str] = frozenset()) -> Actor | None:
    """A side of a home sector with no country of its own takes the event's place's; not
    a dateline's, which says where the report was filed ("ABUJA - ... des militaires ont
    renversé le président nigérien"), nor a side its words call foreign (`foreign`: "un
    campement de réfugiés", "des mercenaires")."""
    if actor is None or actor.country is not None or place is None or not place.country or place.role == "dateline":
        return actor
    if foreign and any(fold(word.strip(".,;:()«»\"'")) in foreign for word in actor.text.split()):
        return actor
    if actor.type in sectors:
        return actor.model_copy(update={"country": place.country})
    return actor


def _within(place: Place | None, side: Actor | None, other: Actor | None) -> bool:
    """The place is the country a side's own words name ("à la France"; not a town, "à
    Cotonou", where the act is): inside its phrase, of the country the side states, a phrase clear of the other
    side's (a parse that gave one side the whole clause bounds nothing)."""
    return place is not None and side is not None and side.country is not None and place.feature == "country" \
        and side.country == place.country and side.start <= place.start and place.end <= side.end \
        and (other is None or other.end <= side.start or side.end <= other.start)


def _article_country(parsed: ParsedArticle, knowledge_base: Any) -> str | None:
    """The country an article that names no place is about: the one its words name most
    ("Le gouvernement béninois ...", "au Bénin"), counted over its parsed sentences."""
    found = _article_country_mention(parsed, knowledge_base)
    return found[0] if found else None


def _article_country_mention(parsed: ParsedArticle, knowledge_base: Any) -> tuple[str, int, int] | None:
    """`_article_country` with the offsets of its first mention."""
    counts: dict[str, int] = {}
    first: dict[str, tuple[int, int]] = {}
    for sentence in parsed.sentences:
        if not sentence.deep:
            continue
        for token in sentence.tokens:
            if token.is_alpha and (token.pos_ in ("ADJ", "PROPN") or token.text[:1].isupper()):
                code = knowledge_base.country_of_demonym(token.lower_) or (
                    knowledge_base.country_of_name(token.text) if token.text[:1].isupper() else None)
                if code is not None and len(code) == 3 and code != "IGO":
                    counts[code] = counts.get(code, 0) + 1
                    first.setdefault(code, sentence.offsets(token))
    if not counts:
        return None
    code = max(counts, key=lambda c: counts[c])
    return code, *first[code]


def _placed_in_article_country(events: list[Event], parsed: ParsedArticle, places: list[Place],
                               knowledge_base: Any) -> list[Event]:
    """An article that names no place at all, only a country's people or state ("Le
    gouvernement béninois affirme ..."), tells its events in that country: they are placed
    at the country (its gazetteer point), spanned by its first mention."""
    if not events or places or any(e.location is not None for e in events):
        return events
    found = _article_country_mention(parsed, knowledge_base)
    country = Gazetteer.default().country(found[0]) if found else None
    if found is None or country is None:
        return events
    code, start, end = found
    place = Place(text=parsed.text[start:end], start=start, end=end, name=country.name,
                  geonames_id=country.geonames_id, lat=country.entry.lat, lon=country.entry.lon,
                  country=country.iso3, feature="country")
    return [e.model_copy(update={"location": place}) for e in events]


def _same_country(first: Place | None, second: Place | None) -> bool:
    return first is not None and second is not None and first.country is not None \
        and first.country == second.country


def _settle_countries(events: list[Event], inferred: dict[str, tuple[bool, bool]], parsed: ParsedArticle,
                      knowledge_base: Any) -> list[Event]:
    """Countries given to sides from where their event happened, checked against the article.

    A country a side took from the event's place yields to the one the article states for
    the same side of another event of that type in the same country ("des civils ont été ciblés ... dans la
    zone de Tillia" beside "un campement de réfugiés maliens": the civilians are not
    Nigerien for being in Niger). An event with no place of a country gives a state's
    side the country the article's words name most."""
    home: str | None = None
    looked = False
    settled = []
    for event in events:
        flags = inferred.get(event.id, (False, False))
        update: dict[str, Actor | None] = {}
        for role, was_inferred, sectors in (("actor", flags[0], _ACTOR_HOME_SECTORS),
                                            ("recipient", flags[1], _RECIPIENT_HOME_SECTORS)):
            side: Actor | None = getattr(event, role)
            if side is None:
                continue
            if was_inferred and any(
                    other is not event and other.type == event.type and other.mode == event.mode
                    and _same_country(other.location, event.location)
                    and getattr(other, role) is not None and getattr(other, role).country not in (None, side.country)
                    and not inferred.get(other.id, (False, False))[role == "recipient"]
                    for other in events):
                update[role] = side.model_copy(update={"country": None})
            elif side.country is None and side.type in sectors and (event.location is None
                                                                     or not event.location.country):
                if not looked:
                    home, looked = _article_country(parsed, knowledge_base), True
                if home is not None:
                    update[role] = side.model_copy(update={"country": home})
        settled.append(event.model_copy(update=update) if update else event)
    return settled


def extract_events_fr(
    parsed: ParsedArticle,
    *,
    places: list[Place],
    dates: list[DateValue],
    quantities: list[Quantity],
    knowledge_base: Any,
    lexicon: FrenchLexicon,
    article_id: str,
    published: dt.date | None = None,
) -> list[Event]:
    """Events of every deep sentence of a French article (see the module docstring)."""
    links = _link_lines(parsed.text, lexicon.words["link_headings"])

    def linked(start: int) -> bool:
        return any(a <= start < b for a, b in links)

    if links:
        places = [p for p in places if not linked(p.start)]
        dates = [d for d in dates if not linked(d.start)]
    article = _Article(parsed, places, dates, quantities, published)
    index_of = {s.start: s.index for s in parsed.sentences}
    report_end = _links_start(parsed.text, lexicon.words["link_headings"])
    events: list[Event] = []
    inferred: dict[str, tuple[bool, bool]] = {}  # event id -> (actor, recipient) country from its place
    opening_toll: tuple[int, int, list[Quantity]] | None = None  # a toll told before any assault
    may_have = lexicon._possible  # `may_have_rule`'s cache (cleared in place, never replaced)
    for sentence in parsed.sentences:
        if opening_toll is not None and sentence.index - opening_toll[0] > OPENING_TOLL_REACH_SENTENCES:
            opening_toll = None
        if not sentence.deep or sentence.start >= report_end:
            continue
        if _CREDIT in sentence.text:
            continue  # "Manifestation à Lomé le 5 octobre ©AFP": a photo caption, not the report
        found: list[tuple[Token, FrenchRule]] = []
        doc = sentence.doc
        for word in sentence.tokens:
            # `lexicon.may_have_rule`, its cache read here first (every word of every deep sentence)
            possible = may_have.get((word.lower, word.lemma))
            if not (lexicon.may_have_rule(word) if possible is None else possible):
                continue  # no rule of any part of speech for any of its lemmas (most words)
            # a token of its own, as iterating the doc gives (see `_tolls`)
            token = doc[word.i]
            rule = lexicon.rule_for(token)
            if rule is None or (links and linked(sentence.start + token.idx)):
                continue
            if _crosshead(parsed.text, sentence, token):
                continue  # "Revendication du JNIM" above a paragraph: a topic, no act
            slot = _slot(token)
            central = slot in ("ROOT", "obj", "nsubj", "nsubj:pass") or (
                slot == "obl:arg" and token.head.lemma_.casefold()
                in lexicon.words["imposing_verbs"] | lexicon.words["carrying_verbs"])
            if rule.pos == "NOUN" and rule.type not in _STRONG_NOMINAL_TYPES and not central:
                continue  # "un appel", "un accord" in passing name no event of their own
            if rule.pos == "NOUN" and slot not in _NOMINAL_SLOTS:
                continue
            if rule.pos == "VERB" and rule.type in _SPEECH_TYPES and _imperfect(token):
                continue  # "alors que l'opposition appelait à manifester": a background state
            if rule.pos == "VERB" and (rule.type in _SPEECH_TYPES or (
                    # "des militaires venus en renfort": the complement tells the sending
                    rule.type in _STATE_PARTICIPLE_TYPES and not rule.complements and not _dispatched(token))) \
                    and _describing_participle(token):
                continue  # "un groupe appelé Front de libération": a name, no call
            if rule.pos == "VERB" and rule.type != "ASSAULT" and _counted_people(token):
                continue  # "quatre accusés ont pris la fuite", "trois détenus": people named, no act
            if rule.pos == "VERB" and rule.type in _STATE_PARTICIPLE_TYPES and _degree_state(token):
                continue  # "les forces de l'ordre sont très mobilisées": a state of readiness
            if rule.pos == "NOUN" and _heads_a_name(token):
                continue  # "le Rassemblement des forces démocratiques (RAFD)": an organisation's name
            if rule.pos == "NOUN" and _generic(token, lexicon):
                continue  # "mènent des attaques", "morts dans les attaques de jihadistes": a class
            if rule.pos == "VERB" and _habitual_relative(token, rule.type):
                continue  # "des bandes armées qui pillent les villages": what they do, no act told
            if rule.pos == "NOUN" and _charge(token, lexicon):
                continue  # "poursuivi pour meurtre", "inculpé de complicité d'attentat": a charge
            if rule.pos == "NOUN" and _classifier(token, lexicon):
                continue  # "des hélicoptères de combat", "des fusils d'assaut": a kind of thing
            if rule.pos == "VERB" and rule.type in (_SPEECH_TYPES - {"REQUEST"}) | _AIM_TYPES \
                    and _purpose(token, lexicon.words["purpose_marks"]):
                continue  # "ont manifesté pour dénoncer la junte", "un mois pour céder la place": an aim
            if rule.type == "COERCE" and rule.pos == "NOUN" and _state_of_subjection(token, lexicon):
                continue  # "des villes soumises à un blocus", "l'enclave sous blocus": a state, no act
            if rule.type == "COERCE" and rule.pos == "NOUN" and _defied_measure(token, lexicon):
                continue  # "ont bravé l'interdiction de manifester", "malgré le couvre-feu": laid before
            if rule.type == "REQUEST" and rule.pos == "NOUN" and _at_the_call_of(token):
                continue  # "la grève a été lancée à l'appel des syndicats": who called the strike
            if rule.type == "REQUEST" and rule.pos == "VERB" and _bound_to(token, lexicon):
                continue  # "les FARDC sont appelées à lancer des opérations": what they are to do
            if rule.type == "REQUEST" and rule.pos == "VERB" and _command(token, lexicon):
                continue  # "a demandé aux policiers de charger", "nous a demandé de": no request between parties
            if rule.type == "REQUEST" and (_claim_of(token, lexicon) if rule.pos == "VERB"
                                           else _claim_noun_of(token, lexicon)):
                continue  # "des manifestations exigeant le départ de la mission": the protest's claim
            found.append((token, rule))
        # A trigger noun that is the object a speech verb's rule asks for is what that verb
        # acts on: "a dénoncé son accord militaire" rejects an agreement, it makes none.
        found = [(token, rule) for token, rule in found
                 if not (rule.pos == "NOUN" and any(
                     other == token.head and other_rule.objects and other_rule.type != rule.type
                     and (other_rule.type in _SPEECH_TYPES or other_rule.object_completes)
                     # a gathering dispersed did take place; "a suspendu sa coopération" ends it
                     and (token.lemma_.casefold() in other_rule.objects or token.lower_ in other_rule.objects)
                     for other, other_rule in found))]
        # "les éléments de Boko Haram sont arrivés à pied et ont ouvert le feu": the attackers'
        # coming is their attack's approach, no deployment of its own (`_approach`).
        found = [(token, rule) for token, rule in found
                 if not (rule.type == "MOBILIZE" and rule.pos == "VERB" and _approach(token, found, lexicon))]
        # One event per clause and type: a noun that is the object or subject of a
        # trigger of its type ("ont mené une attaque", "l'attaque a tué") is that event.
        kept = []
        absorbed: dict[int, tuple[Token, FrenchRule]] = {}  # trigger -> a noun of its type it governs
        for token, rule in found:
            if any(other == token.head and other != token and other_rule.type == rule.type
                   for other, other_rule in found) and not _second_statement(token, rule):
                absorbed.setdefault(token.head.i, (token, rule))
                continue  # "ont attaqué le poste, tuant douze soldats": one assault
            kept.append((token, rule))
        # "Au cours de cette attaque, ... une trentaine de terroristes ont été également
        # tués": a killing added to another event of the sentence is part of it.
        kept = [(token, rule) for token, rule in kept
                if not (_added(token, lexicon) and any(o is not token and r.type == rule.type for o, r in kept))]
        # "le combat contre le terrorisme", "frappé par une grave crise": a campaign against an
        # ill or a blow of fortune, no act against anyone
        found_kept = []
        for token, rule in kept:
            target = _prep_child(token, ["contre"]) if rule.pos == "NOUN" else None
            agent = next((c for c in token.children if c.dep_ == "obl:agent"), None) or (
                _prep_child(token, ["par"]) if rule.pos == "VERB" else None)
            if (target is not None and target.lemma_.casefold() in lexicon.words["abstract_targets"]) or (
                    agent is not None and agent.lemma_.casefold() in lexicon.words["abstract_agents"]):
                continue
            found_kept.append((token, rule))
        kept = found_kept
        quantities_here = article.in_sentence(sentence)
        fatalities, injuries, victims, dead, added_dead = _tolls(sentence, quantities_here, lexicon)
        told: list[tuple[Token, FrenchRule, Token | None, Actor | None, Token | None, Actor | None]] = []
        for token, rule in kept:
            actor_token, recipient_token = _roles(token, rule, lexicon)
            actor_token = _past_measure(actor_token, lexicon.words)
            recipient_token = _past_measure(recipient_token, lexicon.words)
            if actor_token is None and token.i in absorbed:  # "tués dans une attaque perpétrée par X"
                actor_token = _roles(*absorbed[token.i], lexicon)[0]
            actor = actor_from_token_fr(sentence, actor_token, knowledge_base) if actor_token is not None else None
            if actor is not None and actor.name is None and actor.country is None and actor_token is not None \
                    and any(_blamed(noun, _words()) == actor_token
                            for noun in (token, absorbed[token.i][0] if token.i in absorbed else None)
                            if noun is not None and noun.pos_ == "NOUN"):
                # "une attaque attribuée à des jihadistes", "... au groupe <a name the parse
                # broke>": a phrase blamed that names no known side nor country says nothing of
                # the author's country; the article may name the author elsewhere
                actor_token, actor = None, None
            if rule.pos == "NOUN" and actor is not None and actor.name is None and actor.country \
                    and actor_token is not None and actor_token.pos_ == "PROPN" \
                    and actor_token.head == token and actor_token.dep_ == "nmod" \
                    and any(a.i < actor_token.i for a in _adjectives_after(token)):
                # "le retrait français du Mali": the country the adjective names acts; the
                # country of the "de" complement after it is where the act is
                for adjective in _adjectives_after(token):
                    side = actor_from_token_fr(sentence, adjective, knowledge_base)
                    if side is not None and side.country and side.country != actor.country:
                        actor, actor_token = side, adjective
                        break
            if actor is None and rule.pos == "NOUN" and actor_token in (None, token):
                # "une frappe aérienne israélienne", "une attaque jihadiste", "le retrait français":
                # an adjective of the act's noun that names a side (a demonym, a sector) is its author
                for adjective in _adjectives_after(token):
                    actor = actor_from_token_fr(sentence, adjective, knowledge_base)
                    if actor is not None:
                        actor_token = adjective
                        break
            if actor is None and actor_token is None and token.i in absorbed:
                # "trois Casques bleus ont été blessés dans une attaque antibalaka": the group
                # named after the attack noun the verb governs is the author of both
                named = _name_after(absorbed[token.i][0], sentence, knowledge_base)
                if named is not None:
                    actor_token, actor = named
            if rule.infinitive and actor_token is not None and actor is None and actor_token.pos_ != "PRON":
                continue  # "le texte engage les signataires à ...": a text binds, only someone urges
            if recipient_token is None and rule.type == "ASSAULT" and victims is not None \
                    and victims is not actor_token:
                recipient_token = victims  # "onze soldats ont été tués dans une attaque": the attack's target
            recipient = (actor_from_token_fr(sentence, recipient_token, knowledge_base)
                         if recipient_token is not None else None)
            if actor_token is not None and _case_of(actor_token) == "entre" and actor is not None \
                    and recipient is not None and actor.type is not None and actor.type == recipient.type:
                # "deux soldats tués dans des heurts entre l'armée et des rebelles": victims of
                # the first side's kind were killed by the other side
                other = _other_side(actor_token)
                side = actor_from_token_fr(sentence, other, knowledge_base) if other is not None else None
                if side is not None and side.type is not None and side.type != recipient.type:
                    actor_token, actor = other, side
            if rule.type == "PROTEST" and actor_token is not None and _case_of(actor_token) == "entre" \
                    and actor is not None and recipient is not None and actor.type in _ORDER_TYPES \
                    and recipient.type not in _ORDER_TYPES:
                # "des échauffourées entre la police et des manifestants": the protest is the
                # protesters', whichever side the clash names first
                actor_token, actor, recipient_token, recipient = recipient_token, recipient, actor_token, actor
            told.append((token, rule, actor_token, actor, recipient_token, recipient))
        # "Les terroristes ont attaqué nos forces ..., ajoutant que 63 terroristes ont été
        # tués": the attackers killed in the fight are part of the assault, not another one.
        # Only a killing: "Des habitants ont attaqué les policiers, qui ont tué un commerçant"
        # still tells the attack on the police.
        told = [t for t in told if not (t[1].type == "ASSAULT" and _kills(t, lexicon) and any(
            o[0] is not t[0] and o[1].type == "ASSAULT" and _attackers(o[3], o[5], killed)
            for killed in _killed(t, dead, sentence, knowledge_base) for o in told))]
        # "Dix-huit assaillants ont été neutralisés lors d'une attaque contre le camp": attackers
        # killed in an attack the sentence tells are part of it, whose target is the camp.
        told = [t for t in told if not (_killing_attackers(t, lexicon) and any(
            o[0] is not t[0] and o[1].type == "ASSAULT" and not _killing_attackers(o, lexicon) for o in told))]
        # "... pour disperser un groupe ..., se repliant plus loin", "ont attaqué le poste
        # avant de se replier": a side falling back in the fight it is told in is part of it.
        told = [t for t in told if not (t[1].type == "RETREAT" and t[1].pos == "VERB" and any(
            o[1].type == "ASSAULT" and _same_side(t, o) for o in told))]
        # "les militaires ont libéré quatre otages", "la force a revendiqué la libération de 900
        # otages": hostages freed by the forces are rescued, not released by those who held them
        told = [t for t in told if not (t[1].type == "CONCEDE" and _rescue(t[0], t[3]))]
        told += _deaths_of_force(told, fatalities, lexicon)
        # the places of this sentence, for a toll it gives (`_toll_of_its_own_place`, `_toll_told_after`)
        own_places = [p for p in article.places if sentence.start <= p.start < sentence.end] \
            if fatalities is not None else []
        told += _toll_of_its_own_place(told, events, sentence, fatalities, own_places, lexicon)
        told += _protest_met_by_force(told, lexicon)
        first_here = len(events)
        for token, rule, _actor_token, actor, recipient_token, recipient in told:
            event_dead = fatalities
            if rule.type == "ASSAULT" and dead and not (_actor_token is not None and _case_of(_actor_token) == "entre"):
                # the attackers' own dead are not the assault's toll unless counted with others
                # (a clash's first side is no attacker: "affrontements entre éleveurs et agriculteurs")
                own = [n for n, killed in dead
                       if not _attackers(actor, recipient, actor_from_token_fr(sentence, killed, knowledge_base))]
                event_dead = max(own) if own else None
            if rule.type == "ASSAULT" and event_dead is None and token.i in added_dead:
                event_dead = added_dead[token.i]
            if rule.type == "ASSAULT" and event_dead is not None and (own_count := _own_toll(token, dead)) is not None \
                    and own_count < event_dead:
                # "Au moins sept personnes ont été tuées à Kolofata, ..., également frappée le 3
                # septembre par un double attentat ayant fait 20 morts": a killing that counts its
                # own dead has that toll, not a greater one the sentence gives another act
                event_dead = own_count
            if rule.type == "ASSAULT" and event_dead is not None and _wounding(token, lexicon) and any(
                    o[0] is not token and o[1].type == "ASSAULT" and _own_toll(o[0], dead) is not None for o in told):
                # "Quinze soldats ont été tués et cinq civils blessés": the dead are the killing's,
                # the wounding counts none of them
                event_dead = None
            start, end = sentence.offsets(token)
            sentence_place = article.place(sentence, start, token, lexicon.words["reporting_verbs"], lexicon)
            if actor is None and rule.type in lexicon.implied_actor_types and (_actor_token is None or (
                    rule.type in lexicon.moved_object_types and _doer_told(token, rule))):
                # "des manifestations ont éclaté": those who protest, named by the act's word;
                # "des renforts ont été déployés", "des soldats ont pris position": a force
                # that names no side is still the state's forces (`moved_object_types`); not
                # the object of an active verb whose doer is elided ("en renforçant sa présence")
                actor = Actor(text=token.text, start=start, end=end, type=lexicon.implied_actor_types[rule.type])
            stated_actor = actor
            # "La junte reproche à la France ...": a place the other side's words name is that
            # side's, not where the actor is from
            actor = _with_country(actor, None if _within(sentence_place, recipient, actor) else sentence_place,
                                  _ACTOR_HOME_SECTORS, knowledge_base.foreign_roles)
            if actor is None and _actor_token is None:
                actor = state_actor(token, sentence_place, knowledge_base, rule.type)
            mode = _mode(token, lexicon)
            assault = rule.type == "ASSAULT"
            subtree = [t for t in token.subtree]
            first, _ = sentence.offsets(subtree[0])
            _, last = sentence.offsets(subtree[-1])
            sides = _coordinated(sentence, recipient_token, recipient, knowledge_base)
            for number, (side, side_token) in enumerate(sides):
                location = sentence_place
                if len(sides) > 1:  # each country of "la Guinée et le Burkina Faso" at itself
                    location = _place_of(sentence, side_token, article.places) or sentence_place
                stated_side = side
                side = _with_country(side, None if _within(location, stated_actor, stated_side) else location,
                                     _RECIPIENT_HOME_SECTORS, knowledge_base.foreign_roles)
                if side is None and (recipient_token is None or recipient is None):
                    # also where the word found names no one ("ont manifesté leur colère")
                    side = host_recipient(rule.type, actor, side, location, knowledge_base)
                event_id = make_id(article_id, start, rule.type, *((number,) if number else ()), prefix="ev-")
                inferred[event_id] = (actor is not stated_actor, side is not stated_side)
                own = [q for q in quantities_here if first <= q.start < last]
                toll = event_dead
                share = share_of_place(sentence, quantities_here, own_places or [
                    p for p in article.places if sentence.start <= p.start < sentence.end], toll, location, "fr") \
                    if assault and toll is not None else None
                if share is not None and share.value is not None:
                    # "neuf morts dont sept à Ségué et deux à Sonfounou": the share told for the
                    # event's own place is its toll
                    toll = int(share.value)
                    own = [*(q for q in own if q.value != event_dead and q is not share), share]
                if assault and toll is not None and not any(q.value == toll for q in own):
                    # the toll's figure where the parse hung it outside the verb's words ("Neuf
                    # militaires colombiens ont été tués" with "Neuf militaires" a root of its own):
                    # the figure it was read from, the nearest before them, is the event's too
                    own += [q for q in quantities_here if q.value == toll and q.end <= first][-1:]
                events.append(_event(
                    event_id, rule, mode, token, sentence, actor, side, location,
                    article.date(sentence, token, rule.type in _LATEST_DAY_TYPES),
                    toll if assault else None, injuries if assault else None,
                    own, _source(sentence, token, lexicon)))
        if opening_toll is not None and _toll_told_before(events, first_here, opening_toll):
            opening_toll = None
        if fatalities is not None and not any(rule.type == "ASSAULT" for _, rule, *_ in told):
            if _toll_told_after(events, sentence, fatalities, quantities_here, lexicon, index_of, own_places):
                # a later statement before any assault (a headline's toll, then the body's) is
                # the one nearest the assault it counts, and reaches on from its own sentence
                opening_toll = (sentence.index, fatalities, [q for q in quantities_here if q.value == fatalities])
    events = _settle_countries(events, inferred, parsed, knowledge_base)
    return _placed_in_article_country(events, parsed, places, knowledge_base)


def _relation_mark(sentence: ParsedSentence, date: DateValue) -> Token | None:
    """The "que" or indefinite article after a date of distance ("deux jours après que des
    bandits ont enlevé ...", "deux jours après une attaque similaire", "au lendemain d'une
    autre"), None for any other date."""
    if not told_at_a_distance(date):
        return None
    for token in sentence.doc:
        if sentence.start + token.idx >= date.end:
            if token.lower_ in ("d'", "d’", "de") and token.i + 1 < len(sentence.doc):
                token = sentence.doc[token.i + 1]  # "au lendemain d'une autre"
            return token if token.lower_ in _RELATION_MARKS else None
    return None


# The words that open the other act of a date of distance: a clause, an indefinite noun phrase.
_RELATION_MARKS = frozenset({"que", "qu'", "qu’", "un", "une"})


def _in_relation_clause(sentence: ParsedSentence, mark: Token, trigger: Token) -> bool:
    """The trigger lies in the clause a date of distance opens: after its "que" (`mark`), with
    no comma or semicolon between (the small parse often makes that clause the sentence's root,
    so its words are read in order, not from the tree)."""
    if trigger.i <= mark.i:
        return False
    return not any(t.text in (",", ";") for t in sentence.doc[mark.i + 1:trigger.i])


# A crosshead is a short line: at most this many words.
CROSSHEAD_WORDS = 8
_LINE_END_MARKS = ".!?…:;,"
_CLOSING_MARKS = "»\"”’')]*"


def _deaths_of_force(told: list[Any], fatalities: int | None, lexicon: FrenchLexicon) -> list[Any]:
    """The killing a coercion's own clause tells by its dead (`toll_result_verbs`: "la police a
    dispersé la manifestation, faisant 13 morts", "la répression de la marche a fait trois
    morts"), where the sentence tells no attack: the dispersal stays a coercion, and its dead
    are an attack (ASSAULT) of the same words, with the sentence's toll."""
    verbs = lexicon.words["toll_result_verbs"]
    if fatalities is None or not verbs or any(t[1].type == "ASSAULT" for t in told):
        return []
    for item in told:
        token, rule = item[0], item[1]
        if rule.type != "COERCE":
            continue
        results = [token.head] if rule.pos == "NOUN" and token.dep_ in ("nsubj", "nsubj:pass") else [
            t for t in token.subtree if t.i > token.i]
        for verb in results:
            if verb.lemma_.casefold() in verbs and any(
                    t.lower_ in lexicon.words["dead_words"] for t in verb.doc[verb.i + 1 : verb.i + 6]):
                return [(token, dataclasses.replace(rule, type="ASSAULT"), *item[2:])]
    return []


# Where a target of force hangs on the act's word: its object, the subject of its passive, a
# phrase of `force_target_cases` (fr/triggers.yaml: "ont tiré sur des manifestants", "la
# répression des manifestants", "des tirs contre les protestataires").
_FORCE_TARGET_DEPS = frozenset({"obj", "nsubj:pass"})


def _protest_met_by_force(told: list[Any], lexicon: FrenchLexicon) -> list[Any]:
    """A protest that the sentence reports only through the force used against its people:
    "les forces de l'ordre ont tiré sur des manifestants", "la police a dispersé des dizaines
    de protestataires", "trois manifestants ont été tués par la police". Protesters met with
    force were protesting there and then (ACLED: protest with intervention), so the sentence
    reports a PROTEST as well, once, unless it tells one already; as what protesters do is
    a protest (the `acting` nouns), what is done to them shows one."""
    if any(t[1].type == "PROTEST" for t in told):
        return []
    for item in told:
        token, rule = item[0], item[1]
        if rule.type not in ("ASSAULT", "COERCE") or _mode(token, lexicon) != "asserted":
            continue
        targets = [c for c in token.children if (c.dep_ in _FORCE_TARGET_DEPS and rule.pos == "VERB") or (
            c.dep_.startswith(("obl", "nmod")) and any(
                g.dep_ == "case" and g.lower_ in lexicon.words["force_target_cases"] for g in c.children))]
        # "des dizaines de manifestants": the "de" phrase of a quantity too
        targets += [g for c in targets for g in c.children if g.dep_ == "nmod" and any(
            k.dep_ == "case" and k.lower_ in ("de", "d'", "d\u2019") for k in g.children)]
        for word in targets:
            protest = next((r for lemma in {word.lemma_.casefold(), *lexicon.lemmas_of_form(word.lower_)}
                            for r in lexicon.rules.get((lemma, "NOUN"), ()) if r.type == "PROTEST" and r.acting),
                           None)
            if protest is not None:
                return [(word, protest, None, None, None, None)]
    return []


def _crosshead(text: str, sentence: ParsedSentence, token: Token) -> bool:
    """Whether the trigger stands in a crosshead: a short line inside the report, with no
    full stop and no finite verb, that more text follows ("Revendication du JNIM", "«Boycott
    actif»", "Pneus brûlés" above a paragraph). It names the topic of the paragraphs below,
    which tell the acts themselves; its words are no act of their own. The article's first
    line (its headline) is not one: it tells the story's act."""
    at = sentence.start + token.idx
    line_start = text.rfind("\n", 0, at) + 1
    if not text[:line_start].strip():
        return False
    line_end = text.find("\n", at)
    if line_end < 0 or not text[line_end:].strip():
        return False
    line = text[line_start:line_end].strip()
    if not line or line.rstrip(_CLOSING_MARKS)[-1:] in _LINE_END_MARKS or len(line.split()) > CROSSHEAD_WORDS:
        return False
    return not any(line_start <= sentence.start + t.idx < line_end and "Fin" in t.morph.get("VerbForm")
                   for t in sentence.tokens)


def _link_lines(text: str, headings: frozenset[str]) -> list[tuple[int, int]]:
    """Lines that give another story's headline after a link heading ("→ À LIRE AUSSI :
    Expulsion de ...", "Lire aussi: ..."), as pages insert them inside a report: their
    words, places and dates are not the report's."""
    spans = []
    at = 0
    for line in text.splitlines(keepends=True):
        head, colon, rest = line.partition(":")
        if colon and rest.strip() and head.strip(" \t→►▶»>*•-–—").strip().casefold() in headings:
            spans.append((at, at + len(line)))
        at += len(line)
    return spans


def _links_start(text: str, headings: frozenset[str]) -> int:
    """Where the page's list of links to other stories begins: a line that is only a
    heading such as "Related posts" or "À lire aussi" (the end of the text if none)."""
    at = 0
    for line in text.splitlines(keepends=True):
        if line.strip().rstrip(":").strip().casefold() in headings:
            return at
        at += len(line)
    return len(text)


# A toll sentence names the assault it counts within this many sentences after it.
TOLL_REACH_SENTENCES = 2
# A toll told before any assault reaches the next sentence only (`_toll_told_before`): further
# on, the sentences between tell what the toll counted no more closely.
OPENING_TOLL_REACH_SENTENCES = 1


def _toll_told_after(events: list[Event], sentence: ParsedSentence, fatalities: int, quantities: list[Quantity],
                     lexicon: FrenchLexicon, index_of: dict[int, int], own_places: Sequence[Place] = ()) -> bool:
    """A sentence that gives a toll ("Le bilan provisoire fait état de 5 morts") and tells
    no assault of its own counts the dead of the assault told just before, when the
    article has given no toll yet (a second figure is an update the assembly would split
    on, not a first statement). A toll whose own verb revises it ("le bilan s'est alourdi
    à 15 morts", "est passé à 23": a revision verb with the toll word as its subject) is
    the latest figure of the assault told last. The event credited keeps the toll's
    quantities, so its figure points to the words that state it. True where the toll has no
    assault told before it at all: it may open the story ("Le bilan est lourd : dix morts.
    Des chiffres qui illustrent la violence des affrontements ...", `_toll_told_before`)."""
    toll_words = lexicon.words["toll_words"]
    if not any(t.lower_ in toll_words for t in sentence.tokens):
        return False
    figures = [q for q in quantities if q.value == fatalities]

    if any(t.lemma_.casefold() in lexicon.words["revision_verbs"]
           and any(c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ in toll_words for c in t.children)
           for t in sentence.tokens):
        latest = next((at for at in range(len(events) - 1, -1, -1)
                       if events[at].type == "ASSAULT" and events[at].mode == "asserted"), None)
        if latest is None:
            # no assault told yet ("Le bilan des heurts de la veille s'est alourdi à 20 morts.
            # Les affrontements ont éclaté vendredi ..."): the revised figure opens the story
            return True
        if (events[latest].fatalities or 0) < fatalities:
            events[latest] = _credited(events[latest], fatalities, figures)
        return False
    if any(e.fatalities is not None for e in events if e.type == "ASSAULT"):
        # a toll given for a place of its own sentence ("Le maire de X a fait état d'un bilan de
        # 4 morts dans sa commune") counts the latest assault told at that place with none of
        # its own, though the article gave another place's toll before
        named = {p.geonames_id for p in own_places if p.feature != "country" and p.geonames_id is not None}
        for at in range(len(events) - 1, -1, -1):
            event = events[at]
            if event.type == "ASSAULT" and event.mode == "asserted" and event.fatalities is None \
                    and event.location is not None and event.location.geonames_id in named:
                events[at] = _credited(event, fatalities, figures)
                break
        return False
    for at in range(len(events) - 1, -1, -1):
        event = events[at]
        if event.type != "ASSAULT" or event.mode != "asserted":
            continue
        if event.fatalities is None and \
                sentence.index - index_of.get(event.sentence.start, -99) <= TOLL_REACH_SENTENCES:
            events[at] = _credited(event, fatalities, figures)
        return False
    return True


def _toll_of_its_own_place(told: list[Any], events: list[Event], sentence: ParsedSentence, fatalities: int | None,
                           places: Sequence[Place], lexicon: FrenchLexicon) -> list[Any]:
    """A toll statement that tells no act ("Le maire de X a fait état d'un bilan de 4 morts dans
    sa commune") for a place of its own sentence (`places`, the sentence's) at which no assault
    was told before, in an article that told an assault and its toll elsewhere already: the dead
    of that place are an attack (ASSAULT) of their own, told by the toll word. Not a toll the
    article gave no figure before (it counts the assault told before or after it,
    `_toll_told_after`), nor one that revises a figure ("le bilan s'est alourdi à 15 morts"),
    nor one at a place where an assault was told (`_toll_told_after` credits it, or it was
    counted there already)."""
    toll_words = lexicon.words["toll_words"]
    if fatalities is None or any(t[1].type == "ASSAULT" for t in told):
        return []
    word = next((t for t in sentence.tokens if t.lower_ in toll_words), None)
    if word is None or not any(e.type == "ASSAULT" and e.mode == "asserted" and e.fatalities is not None
                               for e in events):
        return []
    if any(t.lemma_.casefold() in lexicon.words["revision_verbs"]
           and any(c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ in toll_words for c in t.children)
           for t in sentence.tokens):
        return []
    named = {p.geonames_id for p in places
             if p.feature != "country" and p.geonames_id is not None and _counted_at(sentence, p, toll_words)}
    if not named or any(e.type == "ASSAULT" and e.location is not None and e.location.geonames_id in named
                        for e in events):
        return []
    return [(word, FrenchRule(lemma=word.lemma_.casefold(), pos="NOUN", type="ASSAULT"), None, None, None, None)]


def _counted_at(sentence: ParsedSentence, place: Place, toll_words: frozenset[str]) -> bool:
    """Whether a toll statement counts the dead of `place`: a place outside any subject but the
    toll's own ("un bilan de 4 morts à X", "Le bilan à X est de 11 morts"), or the "de" phrase
    of the subject that states it (the official of a place: "Le maire de X a fait état d'un
    bilan ..."); not where that speaker is otherwise ("un responsable basé à X a affirmé que
    le bilan était de 50 morts": where the source sits, not where the dead fell)."""
    token = next((t for t in sentence.tokens if sentence.offsets(t)[0] == place.start), None)
    if token is None:
        return False
    subject = next((t for t in (token, *token.ancestors) if t.dep_ in ("nsubj", "nsubj:pass")), None)
    if subject is None or subject.lower_ in toll_words:
        return True
    return token.head.i == subject.i and token.dep_.startswith("nmod") and any(
        c.dep_ == "case" and c.lower_ == "de" for c in token.children)


def _toll_told_before(events: list[Event], first: int, toll: tuple[int, int, list[Quantity]]) -> bool:
    """A toll that opens the story with no assault before it (`_toll_told_after` True) is the
    toll of the first assault told in the sentence right after it, where that assault counts
    none of its own ("Le bilan est lourd : dix morts et 41 blessés. Des chiffres qui illustrent
    la violence des affrontements qui ont eu lieu jeudi ..."). `events[first:]` are the
    sentence's events (the caller drops a toll out of reach, OPENING_TOLL_REACH_SENTENCES);
    True where the sentence tells an assault (credited if it counts none of its own)."""
    _, fatalities, figures = toll
    for at in range(first, len(events)):
        event = events[at]
        if event.type != "ASSAULT" or event.mode != "asserted":
            continue
        if event.fatalities is None:
            events[at] = _credited(event, fatalities, figures)
        return True
    return False


def _credited(event: Event, fatalities: int, figures: list[Quantity]) -> Event:
    """`event` counting a toll told apart from it, with the quantities that state the toll."""
    return event.model_copy(update={"fatalities": fatalities, "quantities": [*event.quantities, *figures]})


def _same_side(retreat: tuple[Token, FrenchRule, Token | None, Actor | None, Token | None, Actor | None],
               assault: tuple[Token, FrenchRule, Token | None, Actor | None, Token | None, Actor | None]) -> bool:
    """The retreat is the attacking side's own move in the assault: the same subject, or a
    participle or infinitive told in the assault's sentence without a subject of its own."""
    if retreat[2] is not None and assault[2] is not None:
        return retreat[2].i == assault[2].i
    token = retreat[0]
    return token.dep_ in ("advcl", "xcomp", "conj", "acl") and bool(
        {"Part", "Inf"} & set(token.morph.get("VerbForm"))) and not any(
        c.dep_ in ("nsubj", "nsubj:pass") for c in token.children)


def _killed(told: tuple[Token, FrenchRule, Token | None, Actor | None, Token | None, Actor | None],
            dead: list[tuple[int, Token]], sentence: ParsedSentence, knowledge_base: Any) -> list[Actor]:
    """Who a killing trigger kills: its recipient, else the victims counted under it."""
    if told[5] is not None:
        return [told[5]]
    token = told[0]
    under = [v for _, v in dead if v is not token and token in v.ancestors]
    return [a for a in (actor_from_token_fr(sentence, v, knowledge_base) for v in under) if a is not None]


def _kills(told: tuple[Token, FrenchRule, Token | None, Actor | None, Token | None, Actor | None],
           lexicon: FrenchLexicon) -> bool:
    """The trigger is a verb of killing ("tuer", "abattre"), not of attacking."""
    token, rule = told[0], told[1]
    return rule.pos == "VERB" and bool({rule.lemma, token.lemma_.casefold()} & lexicon.words["kill_verbs"])


def _killing_attackers(told: tuple[Token, FrenchRule, Token | None, Actor | None, Token | None, Actor | None],
                       lexicon: FrenchLexicon) -> bool:
    """A killing verb whose victims are named as attackers ("des assaillants ont été tués")."""
    token, rule, recipient_token = told[0], told[1], told[4]
    if rule.type != "ASSAULT" or not _kills(told, lexicon):
        return False
    # the recipient found, else who the verb's passive subject or object names
    killed = [recipient_token] if recipient_token is not None else [
        c for c in token.children if c.dep_ in ("nsubj:pass", "obj")]
    return any(_attacker_noun(victims, lexicon.words) for victims in killed)


def _attackers(actor: Actor | None, recipient: Actor | None, killed: Actor | None) -> bool:
    """The killed are the attacking side: of the actor's kind, and the target of another."""
    if actor is None or killed is None or actor.type is None or killed.type != actor.type:
        return False
    return recipient is None or recipient.type != actor.type


def _coordinated(
    sentence: ParsedSentence, token: Token | None, recipient: Actor | None, knowledge_base: Any
) -> list[tuple[Actor | None, Token | None]]:
    """The recipients of one event, one per country when the recipient is a coordination
    of different countries' sides ("la Guinée et le Burkina Faso sont menacés de
    sanctions": two threats); conjuncts of one country ("trois soldats et huit VDP") are
    one recipient."""
    if token is None or recipient is None or recipient.country is None:
        return [(recipient, token)]
    sides = [(recipient, token)]
    for conjunct in (c for c in token.children if c.dep_ == "conj"):
        other = actor_from_token_fr(sentence, conjunct, knowledge_base)
        if other is None or other.country is None:
            return [(recipient, token)]
        sides.append((other, conjunct))
    countries = [side.country for side, _ in sides if side is not None]
    if len(set(countries)) < len(countries):
        return [(recipient, token)]
    return sides


def _place_of(sentence: ParsedSentence, token: Token | None, places: list[Place]) -> Place | None:
    """The place named by the words of `token` itself ("le Burkina Faso"), if any."""
    if token is None:
        return None
    name = [token, *(c for c in token.children if c.dep_.startswith("flat"))]
    start, _ = sentence.offsets(min(name, key=lambda t: t.i))
    _, end = sentence.offsets(max(name, key=lambda t: t.i))
    return next((p for p in places if p.start < end and start < p.end), None)


def _event(
    event_id: str, rule: FrenchRule, mode: str, token: Token, sentence: ParsedSentence, actor: Actor | None,
    recipient: Actor | None, location: Place | None, date: DateValue | None, fatalities: int | None,
    injuries: int | None, quantities: list[Quantity], source: Span | None,
) -> Event:
    start, end = sentence.offsets(token)
    confidence = 0.5 + (0.2 if rule.pos == "VERB" else 0.05) + (0.1 if actor else 0.0) + (
        0.1 if recipient or location else 0.0) - (0.1 if mode == "hypothetical" else 0.0)
    return Event(
        id=event_id,
        type=rule.type,  # type: ignore[arg-type]
        mode=mode,  # type: ignore[arg-type]
        trigger=Span(text=token.text, start=start, end=end),
        sentence=SentenceSpan(start=sentence.start, end=sentence.end),
        actor=actor,
        recipient=recipient,
        location=location,
        date=date,
        fatalities=fatalities,
        injuries=injuries,
        quantities=quantities,
        confidence=round(min(0.95, max(0.05, confidence)), 2),
        source=source,
    )
