"""Trigger lexicon: which words announce which PLOVER event type, and the cues read with them.

`TriggerLexicon` is built from `tessera/data/<language>/triggers.yaml` (`TriggerLexicon.default()`
for English), validated, with the surface forms and the words each rule needs in a sentence
(`has_trigger`: the tokenizer-only selection of sentences for the deep parse) and `match(token)`:
the first rule whose lemma, part of speech and constraints (objects, particles, subjects,
modifiers, complements) fit a parsed token; a passive's agent counts as its subject ("roads
were blocked by troops"). Roads blocked by forces or armed men are coercion (a restriction of
movement), by anyone else a protest (ninth wave; same tree d8e5ba8 without/with: real-news EN
study complete 125 -> 126/297, predicted right 218/275 -> 218/274; EN score summary and every
gold figure of both halves unchanged). Part of `tessera.extraction.events` (see its docstring).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from tessera.data import load as load_data
from tessera.data import word_set
from tessera.extraction.fatalities import CasualtyWords
from tessera.extraction.modes import ModeCues
from tessera.records import (
    EVENT_TYPES,
)


def _english_words(key: str) -> frozenset[str]:
    """A list of grammar words from data/en/triggers.yaml (its header says what each is), read
    by the English-only code of this package."""
    return word_set(_english_triggers(), key, "en/triggers.yaml")


@functools.lru_cache(maxsize=1)
def _english_triggers() -> Mapping[str, Any]:
    return load_data("triggers", "en")  # type: ignore[no-any-return]


_RULE_KEYS = frozenset(
    {
        "lemma",
        "preps",
        "objects",
        "not_objects",
        "subjects",
        "not_subjects",
        "modifiers",
        "not_modifiers",
        "complement",
        "not_complements",
        "weak",
        "active",
        "mention",
        "intransitive",
        "type",
        "predicates",
    }
)


_OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass", "oprd", "attr", "dative", "npadvmod", "acomp"})


_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})


_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "poss", "nummod"})


_NOMINAL_SLOTS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass"})


_RELATIVE_PRONOUNS = _english_words("relative_pronouns")


# Subjects that count or gather the doers: "hundreds of riot police arrived" (`_subject_words`).
_SUBJECT_COLLECTIVES = _english_words("subject_collectives")


_CLAUSE_COMPLEMENTS = frozenset({"xcomp", "ccomp"})


# Nominal mentions of violence or coercion are kept even under another trigger:
# "condemned the attack" also reports an attack.
_STRONG_NOMINAL_TYPES = frozenset({"ASSAULT", "COERCE"})


@dataclass(frozen=True)
class TriggerRule:
    """One way a lemma announces an event type, with the constraints that must hold."""

    type: str
    pos: str  # "verb" | "noun"
    lemma: str
    preps: frozenset[str] = frozenset()
    objects: frozenset[str] = frozenset()
    allow_no_object: bool = False
    not_objects: frozenset[str] = frozenset()
    needs_object: bool = False
    # `objects: [null]` alone: the verb used without a direct object only ("thousands
    # demonstrated", not "the army demonstrated its resolve": a transitive use that shows).
    no_object: bool = False
    subjects: frozenset[str] = frozenset()
    # No subject (nor passive agent) among these: a crowd that retreats down side streets is
    # the protest's course, no forces' withdrawal.
    not_subjects: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()
    # No modifier among these on the noun (a verb: on its object): a meeting of one side's own
    # body ("a cabinet meeting", "held an emergency meeting of his government") is no
    # consultation between sides.
    not_modifiers: frozenset[str] = frozenset()
    complement: bool | None = None
    # Verbs whose clause complement rules the trigger out ("declined to comment": a
    # reporter's formula, no refusal of anything).
    not_complements: frozenset[str] = frozenset()
    weak: bool = False
    # The verb in the active voice only: a passive "meet" is how something was received
    # ("the marchers were met with tear gas", "was met by armed police"), no meeting.
    active: bool = False
    mention: bool = False
    # Words the verb must ascribe to its object, in an "as" phrase or an object predicate:
    # "described the strike as a war crime", "called the killing a massacre" (`_predicates`).
    predicates: frozenset[str] = frozenset()

    @property
    def specificity(self) -> int:
        """Rules with positive constraints are tried first, negative-only ones next."""
        positive = sum(bool(x) for x in (self.preps, self.objects, self.subjects, self.modifiers, self.predicates))
        positive += self.complement is True
        negative = bool(self.not_objects) or self.needs_object or self.no_object or bool(self.not_complements)
        negative = negative or bool(self.not_modifiers) or self.active or bool(self.not_subjects)
        return positive * 2 + int(negative)


def inflections(lemma: str, pos: str) -> set[str]:
    """Regular surface forms of a lemma (over-generating is harmless: only a set look-up)."""
    forms = {lemma}
    if " " in lemma:
        return forms
    if pos == "noun":
        if lemma.endswith(("s", "x", "z", "ch", "sh")):
            forms.add(lemma + "es")
        elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
            forms.add(lemma[:-1] + "ies")
        else:
            forms.add(lemma + "s")
        return forms
    stem_e = lemma[:-1] if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")) else lemma
    forms |= {lemma + "s", lemma + "es", stem_e + "ed", stem_e + "ing", lemma + "ed", lemma + "ing"}
    if lemma.endswith("e"):
        forms.add(lemma + "d")
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if len(lemma) >= 3 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
        # "ban" -> "banned", "expel" -> "expelled": doubling is added for every
        # consonant-vowel-consonant ending; the wrong doubles never occur in text.
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


@dataclass(frozen=True)
class TriggerLexicon:
    """Trigger rules by (part of speech, lemma), and the cues the extractor reads."""

    rules: Mapping[tuple[str, str], tuple[TriggerRule, ...]]
    # Per indexed form, one entry per rule: groups of words, one word of each group
    # present in the sentence (an empty entry: nothing more needed).
    form_requirements: Mapping[str, tuple[tuple[frozenset[str], ...], ...]]
    form_lemmas: Mapping[str, frozenset[str]]
    light_verbs: frozenset[str]
    reporting_verbs: frozenset[str]
    denial_verbs: frozenset[str]
    # "asking not to be named": asking that is no demand (`anonymity_verbs` of
    # data/<language>/triggers.yaml).
    anonymity_verbs: frozenset[str]
    # "requesting anonymity": what is asked for is the source's own anonymity.
    anonymity_nouns: frozenset[str]
    # "vowed to keep fighting": verbs of vowing that are a threat only when the clause they
    # govern names an act.
    intent_verbs: frozenset[str]
    intent_threat_words: frozenset[str]
    disaster_words: frozenset[str]
    accident_agents: frozenset[str]
    accidental_triggers: frozenset[str]
    protester_nouns: frozenset[str]
    crowd_control_words: frozenset[str]
    perpetrator_forms: frozenset[str]
    armed_modifiers: frozenset[str]
    military_machines: frozenset[str]
    military_modifiers: frozenset[str]
    protest_absorbs: frozenset[str]
    intent_types: frozenset[str]
    promise_verbs: frozenset[str]
    outcome_verbs: frozenset[str]
    casualty_words: CasualtyWords
    mode_cues: ModeCues
    # Precision cues (issue 12): see their comments in triggers.yaml.
    travel_verbs: frozenset[str] = frozenset()
    # Light verbs that carry out an attack, not a walkout ("carried out the strikes",
    # "conducted strikes"): a bare "strike" under one is an air or drone strike.
    attack_light_verbs: frozenset[str] = frozenset()
    # Verbs whose object tells the dead an act left behind ("dispersed the crowd, leaving 13
    # dead", "the crackdown left three people dead"): force that killed (`toll_result_verbs`).
    toll_result_verbs: frozenset[str] = frozenset()
    # Prepositions that name what a coercion kept people from ("blocked them from marching").
    hindrance_prepositions: frozenset[str] = frozenset()
    # Prepositions that open an absolute clause beside an act ("killed him, with five of his
    # family abducted"): what is told there happened too (`proposal._absolute_clause`).
    absolute_prepositions: frozenset[str] = frozenset()
    # Verbs of having: a weapon they have is held, not used ("shouted that they had bombs").
    possession_verbs: frozenset[str] = frozenset()
    # Light verbs that in the simple present tell a standing state ("has a ceasefire in force").
    state_light_verbs: frozenset[str] = frozenset()
    # Verbs of asking: a request only with what is asked for, else a question (triggers.yaml).
    question_verbs: frozenset[str] = frozenset()
    # Where an emergency is a medical one ("declared in all hospitals"; triggers.yaml).
    medical_places: frozenset[str] = frozenset()
    visitor_nouns: frozenset[str] = frozenset()
    # What is left that is no place: an organisation, agreement, process, contest.
    membership_nouns: frozenset[str] = frozenset()
    # Verbs of compulsion: a retreat they force ("air strikes forced them to retreat") is the
    # outcome of the fighting, no retreat of its own.
    compulsion_verbs: frozenset[str] = frozenset()
    # Explosives a vehicle strikes ("his vehicle hit a mine"): that vehicle causes no accident.
    struck_explosives: frozenset[str] = frozenset()
    # The type of force used on protesters by crowd-control means alone ("fired tear gas
    # at demonstrators"); None: no event beside the protest (see triggers.yaml).
    crowd_control_type: str | None = None
    # Words of a fight between two sides ("clashed with protesters", "clashes between police
    # and demonstrators"): with protesters on one side and nobody hurt, the intervention in
    # a protest (`crowd_control_type`), as force by means of crowd control is.
    clash_words: frozenset[str] = frozenset()
    # Who speaks for a body or for a view ("the ministers", "lawmakers", "the two parties"): a
    # clash whose every side is one, with nobody hurt, is a dispute in words, no fight.
    dispute_sides: frozenset[str] = frozenset()
    # What tells the words of such a dispute (a topic's preposition, a venue of speech) and
    # what tells a fight all the same (a weapon, a blow, a thrown thing).
    dispute_topic_preps: frozenset[str] = frozenset()
    dispute_venues: frozenset[str] = frozenset()
    dispute_means: frozenset[str] = frozenset()
    figurative_nouns: frozenset[str] = frozenset()
    body_nouns: frozenset[str] = frozenset()
    link_markers: frozenset[str] = frozenset()
    # "after", "due to", "in the wake of": each phrase's words (`adjunct_prepositions`).
    adjunct_phrases: frozenset[tuple[str, ...]] = frozenset()
    # PLOVER's verbal categories (`verbal_types`): acts done by saying something.
    verbal_types: frozenset[str] = frozenset()
    # Verbal acts of confrontation that stay acts of their own when joined by "and" to another
    # type of verbal act (`separate_statement_types`; proposal._one_statement).
    separate_statement_types: frozenset[str] = frozenset()
    # Verbal acts that are a second act when they name whom they address beside an act of
    # confrontation (`addressed_statement_types`; proposal._one_statement).
    addressed_statement_types: frozenset[str] = frozenset()
    # Movements of forces whose subject is their sender, not their place (`sender_types`).
    sender_types: frozenset[str] = frozenset()
    # Conjunctions of a clause that sets another scene (`scene_conjunctions`).
    scene_marks: frozenset[str] = frozenset()
    # Of those, the ones whose past-tense clause beside a past-tense event tells the same
    # scene (`same_scene_conjunctions`).
    same_scene_marks: frozenset[str] = frozenset()
    # Conjunctions that set one statement against another (`contrast_conjunctions`).
    contrast_marks: frozenset[str] = frozenset()
    # Conjunctions of a clause that tells an act done just before the main one
    # (`told_before_conjunctions`).
    told_before_marks: frozenset[str] = frozenset()
    # Two events told in sequence ("The attack came days after militants killed 11
    # soldiers", "The raid follows an assault in which 20 died"): the verbs that set one
    # after the other (`sequence_verbs`) and the words that open the earlier or later one
    # (`sequence_marks`).
    sequence_verbs: frozenset[str] = frozenset()
    sequence_marks: frozenset[str] = frozenset()
    # units of a distance in time that set such a clause apart on any verb (`sequence_units`)
    sequence_units: frozenset[str] = frozenset()
    # "claimed responsibility": the nouns and the forms of the verbs (`responsibility_nouns`,
    # `claim_verbs`).
    responsibility_nouns: frozenset[str] = frozenset()
    claim_forms: frozenset[str] = frozenset()
    # A claim or a measure called false by a speaker ("said the allegations were false",
    # "the claim was not true"): a REJECT told by its predicate (`rejection_predicates`,
    # `truth_predicates` under a negation, `rejected_nouns`; see triggers.yaml).
    rejection_predicates: frozenset[str] = frozenset()
    truth_predicates: frozenset[str] = frozenset()
    rejected_nouns: frozenset[str] = frozenset()
    # An act called a crime in a clause of its own ("This was an act of cowardice", "the
    # killing is unacceptable"): an ACCUSE told by its predicate (`accusation_predicates`,
    # `accused_subjects`; see triggers.yaml and proposal._accused_act).
    accusation_predicates: frozenset[str] = frozenset()
    accused_subjects: frozenset[str] = frozenset()
    # What a rejection answers, whose actor it rejects (`answered_types`, triggers.yaml).
    answered_types: frozenset[str] = frozenset()
    # A punishment promised ("will pay a heavy price", "will be brought to justice"): a
    # THREATEN told by its verb (`punishment_phrases`: lemma -> the words that make it one;
    # an empty set, the verb alone). See proposal._punishment_vow.
    punishment_phrases: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # A sanction promised to whoever does something ("any gathering would be confronted by
    # the police"): passive verbs of force or sanction and the words of free choice their
    # subject takes (`sanction_verbs`, `free_choice_words`). See proposal._punishment_vow.
    sanction_verbs: frozenset[str] = frozenset()
    free_choice_words: frozenset[str] = frozenset()
    # The conjunctions of a clause told beside such a sanction, not its content ("would be shot,
    # after troops killed two smugglers"). See proposal._beside_a_sanction.
    sanction_scene_marks: frozenset[str] = frozenset()

    @classmethod
    def default(cls, language: str = "en") -> TriggerLexicon:
        """The packaged lexicon of `language` (`tessera/data/<language>/triggers.yaml`), read once."""
        return _default_lexicon(language)

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> TriggerLexicon:
        """Build and validate a lexicon from the YAML structure."""
        if not isinstance(data, Mapping) or not isinstance(data.get("types"), Mapping):
            raise ValueError("triggers.yaml: expected a mapping with a 'types' section")
        irregular = {str(k): {str(f).lower() for f in v} for k, v in (data.get("irregular_forms") or {}).items()}
        rules: dict[tuple[str, str], list[TriggerRule]] = {}
        form_lemmas: dict[str, set[str]] = {}
        reporting = _word_set(data, "reporting_verbs")
        light = _word_set(data, "light_verbs")
        # Surface form -> what else a sentence must hold for one of its rules to match.
        requirements: dict[str, set[tuple[frozenset[str], ...]]] = {}
        noun_forms: set[str] = set()
        unindexed = {"verb": _word_set(data, "unindexed_verbs"), "noun": _word_set(data, "unindexed_nouns")}
        protesters = _word_set(data, "protester_nouns")
        light_forms = frozenset(
            form for verb in light | _NOMINAL_HOSTS for form in inflections(verb, "verb") | irregular.get(verb, set())
        )
        for event_type, sections in data["types"].items():
            if event_type not in EVENT_TYPES:
                raise ValueError(f"triggers.yaml: unknown event type {event_type!r}; use one of {EVENT_TYPES}")
            for section, pos in (("verbs", "verb"), ("nouns", "noun")):
                for entry in (sections or {}).get(section) or []:
                    rule = _rule(entry, str(event_type), pos)
                    rules.setdefault((pos, rule.lemma), []).append(rule)
                    forms = inflections(rule.lemma, pos) | irregular.get(rule.lemma, set())
                    for form in forms:
                        form_lemmas.setdefault(form, set()).add(rule.lemma)
                    if pos == "noun":
                        noun_forms |= forms
                    needed = _required_words(rule, irregular)
                    if rule.weak and rule.lemma not in protesters:
                        if pos != "noun":
                            continue  # a weak verb codes nothing of its own
                        # "opened fire", "signed a memorandum": a weak noun is an event
                        # only as the object of a light verb.
                        needed = (*needed, light_forms)
                    elif not needed and rule.lemma in unindexed[pos]:
                        # Common words ("take", "hold") with nothing to narrow them would
                        # send most sentences to the deep pass; their events come with a
                        # word that is indexed ("took hostage", "held talks").
                        continue
                    elif not needed and rule.objects and rule.lemma in light | reporting:
                        continue  # a light verb whose object may be left out: through the object only
                    for form in forms:
                        requirements.setdefault(form, set()).add(needed)
        _add_rejection_forms(data, requirements)
        _add_accusation_forms(data, requirements)
        punishments = _punishment_phrases(data)
        _add_punishment_forms(punishments, irregular, requirements)
        _add_sanction_forms(data, irregular, requirements)
        for key in ("intent_types", "protest_absorbs", "verbal_types", "answered_types", "separate_statement_types",
                    "addressed_statement_types", "sender_types"):
            unknown = {w.upper() for w in _word_set(data, key)} - set(EVENT_TYPES)
            if unknown:
                raise ValueError(f"triggers.yaml: {key}: unknown event types {sorted(unknown)}")
        ordered = {key: tuple(sorted(group, key=lambda r: -r.specificity)) for key, group in rules.items()}
        casualty = CasualtyWords(
            kill_verbs=_word_set(data, "kill_verbs"),
            die_verbs=_word_set(data, "die_verbs"),
            injure_verbs=_word_set(data, "injure_verbs"),
            dead_words=_word_set(data, "dead_words"),
            injured_words=_word_set(data, "injured_words"),
            toll_words=_word_set(data, "toll_words"),
            killing_phrasals=_phrasal_pairs(data, "killing_phrasals"),
            other_outcome_words=_word_set(data, "other_outcome_words"),
            total_words=_word_set(data, "toll_total_words"),
        )
        cues = ModeCues(
            future_auxiliaries=_word_set(data, "future_auxiliaries"),
            hypothetical_auxiliaries=_word_set(data, "hypothetical_auxiliaries"),
            future_governors=_with_forms(_word_set(data, "future_governors"), irregular),
            negating_governors=_with_forms(_word_set(data, "negating_governors"), irregular),
            hypothetical_governors=_with_forms(_word_set(data, "hypothetical_governors"), irregular),
            hypothetical_marks=_word_set(data, "hypothetical_marks"),
            negation_words=_word_set(data, "negation_words"),
            reporting_verbs=reporting,
            preventing_verbs=_word_set(data, "preventing_verbs"),
            goal_nouns=_word_set(data, "goal_nouns"),
            attempt_nouns=_word_set(data, "attempt_nouns"),
            negating_nouns=_word_set(data, "negating_nouns"),
            hypothetical_nouns=_word_set(data, "hypothetical_nouns"),
            planning_verbs=_word_set(data, "planning_verbs"),
        )
        # Deaths and injuries are violence only with a human cause; the words that
        # carry them still select a sentence for the deep pass.
        for lemma in casualty.kill_verbs | casualty.injure_verbs:
            for form in inflections(lemma, "verb") | irregular.get(lemma, set()):
                requirements.setdefault(form, set()).add(())
        for form in reporting_forms(reporting, irregular):
            # A verb of saying selects nothing by itself; one that is an act only with its
            # own object ("recalled its ambassador", "announced sanctions") does with it.
            narrowed = {needed for needed in requirements.pop(form, set()) if needed}
            if narrowed and form not in noun_forms:
                requirements[form] = narrowed
        return cls(
            rules=ordered,
            form_requirements={form: tuple(needs) for form, needs in requirements.items()},
            form_lemmas={form: frozenset(lemmas) for form, lemmas in form_lemmas.items()},
            light_verbs=light,
            reporting_verbs=reporting,
            denial_verbs=_word_set(data, "denial_verbs"),
            anonymity_verbs=_word_set(data, "anonymity_verbs"),
            anonymity_nouns=_word_set(data, "anonymity_nouns"),
            intent_verbs=_word_set(data, "intent_verbs"),
            intent_threat_words=_word_set(data, "intent_threat_words"),
            disaster_words=_word_set(data, "disaster_words"),
            accident_agents=_word_set(data, "accident_agents"),
            accidental_triggers=_word_set(data, "accidental_triggers"),
            protester_nouns=_word_set(data, "protester_nouns"),
            crowd_control_words=_word_set(data, "crowd_control_words"),
            perpetrator_forms=frozenset(
                form for word in _word_set(data, "perpetrator_nouns") for form in inflections(word, "noun")
            ),
            armed_modifiers=_word_set(data, "armed_modifiers"),
            military_machines=_word_set(data, "military_machine_nouns"),
            military_modifiers=_word_set(data, "military_machine_modifiers"),
            protest_absorbs=frozenset(w.upper() for w in _word_set(data, "protest_absorbs")),
            intent_types=frozenset(w.upper() for w in _word_set(data, "intent_types")),
            promise_verbs=_word_set(data, "promise_verbs"),
            outcome_verbs=_word_set(data, "outcome_verbs"),
            casualty_words=casualty,
            mode_cues=cues,
            travel_verbs=_word_set(data, "travel_verbs"),
            attack_light_verbs=_word_set(data, "attack_light_verbs"),
            toll_result_verbs=_word_set(data, "toll_result_verbs"),
            hindrance_prepositions=_word_set(data, "hindrance_prepositions"),
            absolute_prepositions=_word_set(data, "absolute_prepositions"),
            possession_verbs=_word_set(data, "possession_verbs"),
            state_light_verbs=_word_set(data, "state_light_verbs"),
            question_verbs=_word_set(data, "question_verbs"),
            medical_places=_word_set(data, "medical_places"),
            visitor_nouns=_word_set(data, "visitor_nouns"),
            membership_nouns=_word_set(data, "membership_nouns"),
            compulsion_verbs=_word_set(data, "compulsion_verbs"),
            struck_explosives=_word_set(data, "struck_explosives"),
            crowd_control_type=_crowd_control_type(data),
            clash_words=_word_set(data, "clash_words"),
            dispute_sides=_word_set(data, "dispute_sides"),
            dispute_topic_preps=_word_set(data, "dispute_topic_preps"),
            dispute_venues=_word_set(data, "dispute_venues"),
            dispute_means=_word_set(data, "dispute_means"),
            figurative_nouns=_word_set(data, "figurative_nouns"),
            body_nouns=_word_set(data, "body_nouns"),
            link_markers=_word_set(data, "link_markers"),
            adjunct_phrases=frozenset(tuple(phrase.split()) for phrase in _word_set(data, "adjunct_prepositions")),
            verbal_types=frozenset(w.upper() for w in _word_set(data, "verbal_types")),
            separate_statement_types=frozenset(w.upper() for w in _word_set(data, "separate_statement_types")),
            addressed_statement_types=frozenset(w.upper() for w in _word_set(data, "addressed_statement_types")),
            sender_types=frozenset(w.upper() for w in _word_set(data, "sender_types")),
            scene_marks=_word_set(data, "scene_conjunctions"),
            same_scene_marks=_word_set(data, "same_scene_conjunctions"),
            contrast_marks=_word_set(data, "contrast_conjunctions"),
            told_before_marks=_word_set(data, "told_before_conjunctions"),
            sequence_verbs=_word_set(data, "sequence_verbs"),
            sequence_marks=_word_set(data, "sequence_marks"),
            sequence_units=_word_set(data, "sequence_units"),
            responsibility_nouns=_word_set(data, "responsibility_nouns"),
            claim_forms=frozenset(
                form for lemma in _word_set(data, "claim_verbs") for form in inflections(lemma, "verb")
            ),
            rejection_predicates=_word_set(data, "rejection_predicates"),
            truth_predicates=_word_set(data, "truth_predicates"),
            rejected_nouns=_word_set(data, "rejected_nouns"),
            accusation_predicates=_word_set(data, "accusation_predicates"),
            accused_subjects=_word_set(data, "accused_subjects"),
            answered_types=frozenset(w.upper() for w in _word_set(data, "answered_types")),
            punishment_phrases=punishments,
            sanction_verbs=_word_set(data, "sanction_verbs"),
            free_choice_words=_word_set(data, "free_choice_words"),
            sanction_scene_marks=_word_set(data, "sanction_scene_marks"),
        )

    # -- selection -------------------------------------------------------------
    def has_trigger(self, doc: Doc) -> bool:
        """Whether a tokenizer-only sentence may hold a trigger (a set look-up per token)."""
        # The lowercased forms read as an array of string hashes, compared as a set with the
        # hashes of the indexed forms and of the words they need: no string is looked up,
        # and a token object is made only for a month that may trigger.
        lowers = doc.to_array(LOWER).tolist()
        present = set(lowers)
        keys = self._requirement_keys
        heading: bool | None = None  # read once, for the first trigger inside a name
        for key in keys.keys() & present:
            form = keys[key]
            if form in _MONTH_TRIGGERS and all(
                _next_to_number(doc[i]) for i, lower in enumerate(lowers) if lower == key
            ):
                continue  # "march 7": the month
            if form in _NAME_WORD_FORMS and all(
                _inside_name(doc[i]) for i, lower in enumerate(lowers) if lower == key
            ):
                # "the California Army National Guard": a word that names bodies as the
                # later word of a capitalised name (`name_words`) tells no act there;
                # parsing the sentence for it would only change its entities. A heading set
                # in title case ("Police Guard Banks in Lagos") capitalises its verbs too, so
                # there every word still counts.
                if heading is None:
                    heading = _title_case_heading(doc)
                if not heading:
                    continue
            # "cut" is a trigger only with "ties", "aid"...; "travel" only with "to".
            if any(all(not group.isdisjoint(present) for group in need) for need in self._requirement_hashes[form]):
                return True
        return False

    @functools.cached_property
    def _requirement_keys(self) -> dict[int, str]:
        """The forms of `form_requirements` by their string-store key (`has_trigger`): a form's
        hash, or the id of a form that is one of spaCy's symbols, the same in every store."""
        return {get_string_id(form): form for form in self.form_requirements}

    @functools.cached_property
    def _requirement_hashes(self) -> dict[str, tuple[tuple[frozenset[int], ...], ...]]:
        """`form_requirements` with each needed word as its string-store key (`has_trigger`
        compares them with a sentence's lowercased forms' keys, as `_requirement_keys`)."""
        return {
            form: tuple(tuple(frozenset(get_string_id(word) for word in group) for group in need) for need in needs)
            for form, needs in self.form_requirements.items()
        }

    # -- matching --------------------------------------------------------------
    @functools.cached_property
    def _rule_lemmas(self) -> frozenset[str]:
        """Every lemma a rule is indexed by, of any part of speech (`match`'s pre-check)."""
        return frozenset(lemma for _, lemma in self.rules)

    @functools.cached_property
    def proposal_lemmas(self) -> frozenset[str]:
        """Every lowercased lemma that `proposal._propose` reads a token by: the rules' lemmas
        (`match`), the rejection and truth predicates (`_rejected_claim`) and the
        punishment and sanction verbs (`_punishment_vow`). A token with none of these lemmas, no form
        of `proposal_forms` and no predicate dependency proposes nothing."""
        return self._rule_lemmas | self.rejection_predicates | self.truth_predicates | frozenset(
            self.punishment_phrases) | self.sanction_verbs

    @functools.cached_property
    def accident_words(self) -> frozenset[str]:
        """`accident_agents` and `disaster_words` together: what names a cause of harm that is
        no one's act (`proposal._caused_by_disaster`, read per harm trigger)."""
        return self.accident_agents | self.disaster_words

    @functools.cached_property
    def protest_naming_nouns(self) -> frozenset[str]:
        """`protester_nouns` and the lemmas of the noun rules of PROTEST: the nouns that name
        protesters or a protest (`proposal._names_protest` reads every noun of a sentence)."""
        protests = {lemma for (pos, lemma), rules in self.rules.items()
                    if pos == "noun" and any(rule.type == "PROTEST" for rule in rules)}
        return self.protester_nouns | protests

    @functools.cached_property
    def sequence_mark_keys(self) -> frozenset[int]:
        """The string-store keys of `sequence_marks` (`proposal._sequence_scenes` compares a
        sentence's lowercased forms' keys with them, as `_requirement_keys`)."""
        return frozenset(get_string_id(mark) for mark in self.sequence_marks)

    @functools.cached_property
    def proposal_forms(self) -> frozenset[str]:
        """Every lowercased form `match` reads a token by besides its lemma."""
        return self._rule_lemmas | frozenset(self.form_lemmas)

    @functools.cached_property
    def proposal_hashes(self) -> tuple[dict[int, bool], dict[int, bool]]:
        """Per string-store hash of a lemma, then of a lowercased form, whether it is one of
        `proposal_lemmas`, `proposal_forms` (filled as `proposal._SentenceWork` meets them):
        a sentence's candidate triggers are found from its token arrays, with no token read."""
        return {}, {}

    def match(self, token: Token) -> TriggerRule | None:
        """The first trigger rule whose lemma, part of speech and constraints fit `token`."""
        lemma, lower = token.lemma_.lower(), token.lower_
        if lemma not in self._rule_lemmas and lower not in self._rule_lemmas and lower not in self.form_lemmas:
            return None  # most words: no rule is indexed by the lemma or the form, nor by an inflection
        pos = _trigger_pos(token)
        if pos is None:
            return None
        if lower in _MONTH_TRIGGERS and not token.is_lower and _next_to_number(token):
            return None  # a dateline or sentence opening "March 9, 2024": the month, no march
        lemmas = [lemma]
        forms = self.form_lemmas.get(lower)
        if forms:
            lemmas += sorted(forms - {lemma})
        for candidate in lemmas:
            for rule in self.rules.get((pos, candidate), ()):
                if _constraints_hold(rule, token):
                    return rule
        if pos == "verb" and token.tag_ == "VBG" and token.dep_ in _NOMINAL_SLOTS:
            # A gerund used as a noun: "died in police firing", "resorted to firing".
            for rule in self.rules.get(("noun", lower), ()):
                if _constraints_hold(rule, token):
                    return rule
        return None


@functools.lru_cache(maxsize=4)
def _default_lexicon(language: str) -> TriggerLexicon:
    return TriggerLexicon.from_data(load_data("triggers", language))


_MONTH_TRIGGERS = _english_words("month_triggers")
# Trigger words that are often the later word of a body's name ("National Guard"), in
# their noun forms: there they select no sentence (`has_trigger`).
_NAME_WORD_FORMS = frozenset(form for word in _english_words("name_words") for form in inflections(word, "noun"))


# Verbs whose prepositional object is the event: "engaged in clashes".
_NOMINAL_HOSTS = _english_words("nominal_hosts")


def _required_words(rule: TriggerRule, irregular: Mapping[str, set[str]]) -> tuple[frozenset[str], ...]:
    """Words a sentence must hold for `rule` to match: one of each group.

    Each positive constraint (preposition, object, subject, modifier word) names words
    that must be in the sentence, in some inflection; a rule without one needs nothing.
    Forms are over-generated (noun and verb inflections): a spare form costs nothing,
    a missing one would lose an event.
    """

    def forms(words: frozenset[str]) -> frozenset[str]:
        found: set[str] = set()
        for word in words:
            found |= inflections(word, "noun") | inflections(word, "verb") | irregular.get(word, set())
        return frozenset(found)

    groups = []
    if rule.preps:
        groups.append(rule.preps)
    if rule.objects and not rule.allow_no_object:
        groups.append(forms(rule.objects))
    if rule.subjects:
        groups.append(forms(rule.subjects))
    if rule.modifiers:
        groups.append(forms(rule.modifiers))
    return tuple(groups)


def _inside_name(token: Token) -> bool:
    """A capitalised word right after another capitalised word ("National Guard", "Support
    Forces"): a later word of a name, read on a tokenizer-only doc."""
    return token.i > 0 and token.is_title and token.doc[token.i - 1].is_title


def _title_case_heading(doc: Doc) -> bool:
    """A line set in title case: every lower-case word is a grammar word ("Police Arrest 12
    Protesters in Lagos"), where capitals do not mark names. The lower-case end of a hyphened
    word ("Saudi-led Coalition Air Strike") is no word of its own."""
    return all(token.is_stop for token in doc if token.is_alpha and token.is_lower
               and (token.i == 0 or doc[token.i - 1].whitespace_))


def _next_to_number(token: Token) -> bool:
    doc = token.doc
    return any(0 <= i < len(doc) and doc[i].like_num for i in (token.i - 1, token.i + 1))


def reporting_forms(reporting: frozenset[str], irregular: Mapping[str, set[str]]) -> set[str]:
    forms: set[str] = set()
    for lemma in reporting:
        forms |= inflections(lemma, "verb") | irregular.get(lemma, set())
    return forms


def _with_forms(verbs: frozenset[str], irregular: Mapping[str, set[str]]) -> frozenset[str]:
    """Verb lemmas and their inflected forms, for a word the lemmatiser got wrong
    ("hoping" read as "hop")."""
    return frozenset(verbs | {f for verb in verbs for f in inflections(verb, "verb") | irregular.get(verb, set())})


def _crowd_control_type(data: Mapping[str, Any]) -> str | None:
    value = data.get("crowd_control_type")
    if value is None:
        return None
    if not isinstance(value, str) or value.upper() not in EVENT_TYPES:
        raise ValueError(f"triggers.yaml: crowd_control_type: unknown event type {value!r}")
    return value.upper()


def _phrasal_pairs(data: Mapping[str, Any], key: str) -> frozenset[tuple[str, str]]:
    """A list of 'verb particle' phrases as (verb, particle) pairs."""
    pairs = set()
    for phrase in _word_set(data, key):
        words = phrase.split()
        if len(words) != 2:
            raise ValueError(f"triggers.yaml: {key}: {phrase!r} is not one verb and one particle")
        pairs.add((words[0], words[1]))
    return frozenset(pairs)


def _word_set(data: Mapping[str, Any], key: str) -> frozenset[str]:
    value = data.get(key) or []
    if not isinstance(value, list):
        raise ValueError(f"triggers.yaml: {key!r} must be a list of words")
    return _words_of(value, key)


def _words_of(values: Iterable[object], where: str) -> frozenset[str]:
    words = set()
    for value in values:
        if isinstance(value, bool):
            # YAML 1.1 reads on/off/yes/no as booleans.
            raise ValueError(f"triggers.yaml: {where}: quote the word read as {value!r} ('on', 'off', 'no', 'yes')")
        if value is not None:
            words.add(str(value).lower())
    return frozenset(words)


def _rule(entry: object, event_type: str, pos: str) -> TriggerRule:
    if isinstance(entry, str):
        return TriggerRule(type=event_type, pos=pos, lemma=entry.lower())
    if not isinstance(entry, Mapping) or "lemma" not in entry:
        raise ValueError(f"triggers.yaml: {event_type} {pos} entry {entry!r} needs a 'lemma'")
    unknown = set(entry) - _RULE_KEYS
    if unknown:
        raise ValueError(f"triggers.yaml: {event_type} {entry['lemma']!r}: unknown keys {sorted(unknown)}")
    target_type = str(entry.get("type", event_type))
    if target_type not in EVENT_TYPES:
        raise ValueError(f"triggers.yaml: {entry['lemma']!r}: unknown type {target_type!r}")
    objects = list(entry.get("objects") or [])
    not_objects = list(entry.get("not_objects") or [])
    where = f"{event_type} {entry['lemma']!r}"
    return TriggerRule(
        type=target_type,
        pos=pos,
        lemma=str(entry["lemma"]).lower(),
        preps=_words_of(entry.get("preps") or [], where),
        objects=_with_plurals(_words_of(objects, where)),
        allow_no_object=None in objects or bool(entry.get("intransitive", False)),
        not_objects=_with_plurals(_words_of(not_objects, where)),
        needs_object=None in not_objects,
        no_object=bool(objects) and all(o is None for o in objects),
        subjects=_with_plurals(_words_of(entry.get("subjects") or [], where)),
        not_subjects=_with_plurals(_words_of(entry.get("not_subjects") or [], where)),
        modifiers=_words_of(entry.get("modifiers") or [], where),
        not_modifiers=_words_of(entry.get("not_modifiers") or [], where),
        complement=entry.get("complement"),
        not_complements=_words_of(entry.get("not_complements") or [], where),
        weak=bool(entry.get("weak", False)),
        active=bool(entry.get("active", False)),
        mention=bool(entry.get("mention", False)),
        predicates=_with_plurals(_words_of(entry.get("predicates") or [], where)),
    )


def _with_plurals(words: frozenset[str]) -> frozenset[str]:
    """Object and subject words with their plurals: a token matches by lemma or by its
    own form, and the lemmatizer is sometimes wrong ("bases" -> "basis")."""
    return frozenset(form for word in words for form in inflections(word, "noun"))


def _trigger_pos(token: Token) -> str | None:
    if token.pos_ == "VERB" or (token.pos_ == "ADJ" and token.tag_ == "VBN"):
        return "verb"
    if token.pos_ == "NOUN":
        return "noun"
    if token.pos_ == "PROPN" and not token.ent_type_ and (token.is_lower or token.i == 0):
        # A capitalised proper noun is a name ("March 7", "the Paris Accord"); in
        # lowercased archives the tagger calls many common nouns PROPN.
        return "noun"
    return None


def _passive_agents(verb: Token) -> Iterator[Token]:
    """The agents of a passive, the objects of its "by" phrase ("blocked by troops")."""
    return (g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj")


def _words(token: Token) -> set[str]:
    return {token.lemma_.lower(), token.lower_}


def _subject_words(subject: Token) -> set[str]:
    """The words of a subject, with the noun after "of" when the subject counts or gathers the
    doers (`subject_collectives`, or a bare number): "hundreds of riot police", "a convoy of
    troops", "300 of the soldiers"."""
    words = _words(subject)
    if subject.pos_ == "NUM" or words & _SUBJECT_COLLECTIVES:
        words |= {w for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj" for w in _words(g)}
    return words


def _objects(token: Token) -> list[Token]:
    # A bare time ("withdrew last year", "pulled out Tuesday": an adverbial noun the
    # recogniser reads as a date or time) is no object of the verb.
    objects = [
        c
        for c in token.children
        if c.dep_ in _OBJECT_DEPS and not (c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME"))
    ]
    # "declared a state of emergency": the "of" phrase of the object counts too.
    for obj in list(objects):
        for prep in obj.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                objects += [p for p in prep.children if p.dep_ == "pobj"]
    return objects


def _predicates(token: Token) -> set[str]:
    """The words a verb ascribes to its object: the head of its "as" phrase ("described the
    strike as a war crime") or its object predicate ("called the attack a massacre"), with
    their noun modifiers ("a terrorist act": "terrorist")."""
    # The "as" phrase hangs on the verb or, as the parser often attaches it, on the verb's
    # object ("described [the attack as cowardly]"); its head a noun ("as a crime") or an
    # adjective ("as cowardly", "as inhuman"), and those coordinated with it ("as brutal and
    # senseless").
    holders = [token, *(c for c in token.children if c.dep_ == "dobj")]
    heads = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
             if g.dep_ in ("pobj", "pcomp", "amod")]
    heads += [c for c in token.children if c.dep_ in ("oprd", "xcomp", "acomp") and c.pos_ in ("NOUN", "PROPN", "ADJ")]
    heads += [c for h in heads for c in h.children if c.dep_ == "conj"]
    words: set[str] = set()
    for head in heads:
        words |= _words(head)
        words |= {w for c in head.children if c.dep_ in ("compound", "amod") for w in _words(c)}
        # "an act of terrorism", "crimes against humanity"
        words |= {w for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "against")
                  for g in c.children if g.dep_ == "pobj" for w in _words(g)}
    return words


def _temporal_phrase(prep: Token) -> bool:
    """ "on Monday", "at dawn": a time, not the target of "fire on"."""
    return any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children)


def _constraints_hold(rule: TriggerRule, token: Token) -> bool:
    children = list(token.children)
    if rule.preps:
        if not any(
            c.lower_ in rule.preps
            and c.dep_ in ("prep", "prt", "advmod", "acomp", "oprd", "dative", "agent", "advcl", "xcomp", "amod")
            and not _temporal_phrase(c)
            for c in children
        ) and not any(
            # "called for the government to sever ties": the preposition opens the clause it asks for
            c.dep_ in ("advcl", "ccomp", "xcomp") and c.i > token.i
            and any(m.dep_ == "mark" and m.lower_ in rule.preps and m.i < c.i for m in c.children)
            for c in children
        ):
            return False
    objects = _objects(token)
    if rule.preps and rule.objects and not objects:
        # "took to the streets": the object of the particle.
        objects = [g for c in children if c.lower_ in rule.preps for g in c.children if g.dep_ == "pobj"]
    object_words = set().union(*(_words(o) for o in objects)) if objects else set()
    if rule.objects:
        if not objects:
            if not rule.allow_no_object:
                return False
        elif not object_words & rule.objects:
            return False
    if rule.predicates and not _predicates(token) & rule.predicates:
        return False
    if rule.needs_object and not objects:
        return False
    if rule.no_object and objects:
        return False
    if rule.not_objects and object_words & rule.not_objects:
        return False
    if rule.active and any(c.dep_ in ("auxpass", "nsubjpass") for c in children):
        return False
    if rule.subjects:
        subjects = [c for c in children if c.dep_ in _SUBJECT_DEPS]
        # The agent of a passive is its subject too: "roads were blocked by troops".
        subjects += _passive_agents(token)
        if not any(_subject_words(s) & rule.subjects for s in subjects):
            return False
    if rule.not_subjects:
        subjects = [c for c in children if c.dep_ in _SUBJECT_DEPS] + list(_passive_agents(token))
        if any(_subject_words(s) & rule.not_subjects for s in subjects):
            return False
    if rule.modifiers or (rule.not_modifiers and rule.pos == "noun"):
        modifiers = _modifier_words(token)
        if rule.modifiers and not modifiers & rule.modifiers:
            return False
        if modifiers & rule.not_modifiers and not any(c.dep_ == "prep" and c.lower_ == "between" for c in children):
            # "a security meeting between the two armies" names two sides.
            return False
    if rule.not_modifiers and rule.pos == "verb" and any(_modifier_words(o) & rule.not_modifiers for o in objects):
        # "held a cabinet meeting": the verb's object is so qualified.
        return False
    if rule.complement is not None:
        has = any(c.dep_ in _CLAUSE_COMPLEMENTS for c in children)
        if has != rule.complement:
            return False
    if rule.not_complements and any(
        c.dep_ in _CLAUSE_COMPLEMENTS and c.lemma_.lower() in rule.not_complements for c in children
    ):
        return False
    return True


def _modifier_words(token: Token) -> set[str]:
    """The words that qualify a noun: its compound and adjective modifiers, the head of its
    "of" phrase ("a meeting of the cabinet") and the word just before it."""
    children = list(token.children)
    modifiers = {w for c in children if c.dep_ in _MODIFIER_DEPS for w in _words(c)}
    for prep in children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            modifiers |= {w for p in prep.children for w in _words(p)}
    if token.i > 0:
        # The tagger often leaves "air strike" as two nouns without a compound arc.
        modifiers |= _words(token.doc[token.i - 1])
    return modifiers


def _is_casualty_word(token: Token, lexicon: TriggerLexicon) -> bool:
    """ "killed", "wounded": a consequence; the attack or clash named beside it is the event."""
    words = lexicon.casualty_words
    return token.lemma_.lower() in words.kill_verbs | words.injure_verbs | words.die_verbs


def _punishment_phrases(data: Mapping[str, Any]) -> dict[str, frozenset[str]]:
    """`punishment_phrases` of triggers.yaml: verb lemma -> the words that make it a punishment."""
    raw = data.get("punishment_phrases") or {}
    if not isinstance(raw, Mapping):
        raise ValueError("triggers.yaml: punishment_phrases: expected a mapping of verb -> words")
    return {str(verb).lower(): frozenset(str(w).lower() for w in (words or [])) for verb, words in raw.items()}


def _add_punishment_forms(
    punishments: Mapping[str, frozenset[str]],
    irregular: Mapping[str, set[str]],
    requirements: dict[str, set[tuple[frozenset[str], ...]]],
) -> None:
    """Let a sentence that promises a punishment reach the deep pass: a form of the verb with
    one of its words ("will pay a heavy price"); a common verb alone ("pay", "hold") selects
    nothing."""
    for verb, words in punishments.items():
        needed: tuple[frozenset[str], ...] = ()
        if words:
            needed = (frozenset(f for w in words for f in inflections(w, "noun") | irregular.get(w, set())),)
        for form in inflections(verb, "verb") | irregular.get(verb, set()):
            requirements.setdefault(form, set()).add(needed)


def _add_sanction_forms(
    data: Mapping[str, Any],
    irregular: Mapping[str, set[str]],
    requirements: dict[str, set[tuple[frozenset[str], ...]]],
) -> None:
    """Let a sentence that promises a sanction to whoever does something reach the deep
    pass (`proposal._sanction_promised`): a form of a verb of `sanction_verbs` with a word of
    `free_choice_words` or "those" in the sentence."""
    chosen = _word_set(data, "free_choice_words")
    if not chosen:
        return
    needed = (chosen | {"those"},)
    for verb in _word_set(data, "sanction_verbs"):
        for form in inflections(verb, "verb") | irregular.get(verb, set()):
            requirements.setdefault(form, set()).add(needed)


_COPULA_FORMS = frozenset({"be", "is", "are", "was", "were", "been", "being", "'s", "'re"})


def _add_accusation_forms(
    data: Mapping[str, Any], requirements: dict[str, set[tuple[frozenset[str], ...]]]
) -> None:
    """Let a sentence that calls an act a crime reach the deep pass: a word of
    `accusation_predicates` ("cowardice", "unacceptable") with a form of "be" and an accused
    subject ("this", "attack") in the sentence. Without them the word selects nothing."""
    subjects = frozenset(
        form for word in _word_set(data, "accused_subjects") for form in inflections(word, "noun") | {word}
    )
    if not subjects:
        return
    for word in _word_set(data, "accusation_predicates"):
        for form in inflections(word, "noun") | {word}:
            requirements.setdefault(form, set()).add((_COPULA_FORMS, subjects))


def _add_rejection_forms(data: Mapping[str, Any], requirements: dict[str, set[tuple[frozenset[str], ...]]]) -> None:
    """Let a sentence that calls a claim false reach the deep pass: a rejection predicate
    ("false", "unfounded") with a rejected noun in the sentence, a truth predicate ("true")
    with one and a negation ("the claim was not true"). Without the noun the word is common
    ("false documents", "a true story") and selects nothing."""
    nouns = frozenset(form for noun in _word_set(data, "rejected_nouns") for form in inflections(noun, "noun"))
    if not nouns:
        return
    negations = _word_set(data, "negation_words")
    for word in _word_set(data, "rejection_predicates"):
        requirements.setdefault(word, set()).add((nouns,))
    for word in _word_set(data, "truth_predicates"):
        requirements.setdefault(word, set()).add((nouns, negations))

