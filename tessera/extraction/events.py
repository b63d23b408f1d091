"""Events: PLOVER events read from the dependency structure around trigger words.

Input: a `ParsedArticle` (deep sentences carry tags, lemmas, dependencies and NER),
the article's places, dates and quantities from the other extraction modules, the
actor knowledge base and the trigger lexicon (`tessera/data/en/triggers.yaml`).
Output: `list[Event]`, each with its type, mode, trigger span, actor, recipient,
location, date, casualties, quantities, source and a confidence. Next stage:
`tessera.resolve` / `tessera.dedupe`.

How: every token of a deep sentence whose lemma and part of speech match a trigger
rule (with the rule's constraints on objects, particles, subjects or modifiers)
proposes an event. Roles come from dependencies: the agent is the active subject,
the passive "by" phrase, or the possessor of a nominal trigger; the recipient is
the object, the passive subject or an "against/on" phrase. Then the sentence's
proposals are pruned, because a news sentence usually reports one main event:
the content of a threat, request or agreement ("threatened to ban ...") is not
coded on its own; weak nominal mentions under another trigger are dropped; and
triggers of one type in one sentence are one event ("carried out an attack that
killed ..."). Reporting verbs are never events: their subject is the event's source.

Intent: a cooperative act announced for the future ("will provide aid", "offered
to negotiate") is coded AGREE, as PLOVER codes promises; hostile acts keep their
type with mode `future` ("will cease to work with" is SANCTION, future), and so
does a cooperative act conjoined to one ("... and instead support soldiers").

Outcomes: a nominal trigger that is what a clause came to ("culminated in the
expulsion", "led to a coup"; `outcome_verbs`) is an event even in a subordinate
or relative clause. Actors: one `ActorMemory` per article lets "the force" take
the name and country of the earlier "Takuba force".

Fatalities are those the clause counts; an asserted killing with no count
("police are killing pilgrims") is recorded as at least one death.

Date choice: an event's `date` is a `DateValue` found in its clause, else in its
sentence, else `None`. The publication date is not copied in, because every
`DateValue` must point at real words of the text; consumers fall back on the
article's `published` date themselves.

Confidence: 0.5 to start; +0.2 for a verbal trigger (or a noun under a light
verb, or the subject of its clause), +0.1 for an actor, +0.1 for a recipient or a location, +0.05 for a trigger
rule with constraints that held; -0.15 for a bare nominal mention, -0.1 for
hypothetical mode; clipped to [0.05, 0.95].
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Token

from tessera.data import load as load_data
from tessera.extraction.dates import dateline_end
from tessera.extraction.fatalities import Casualties, CasualtyWords, count_casualties
from tessera.extraction.modes import ModeCues, clause_verb, event_mode
from tessera.parse import ParsedArticle, ParsedSentence
from tessera.records import (
    EVENT_TYPES,
    Actor,
    DateValue,
    Event,
    Place,
    Quantity,
    SentenceSpan,
    Span,
    make_id,
)

log = logging.getLogger(__name__)

# Work caps per sentence (issue 14: one sentence of 1,600 violent clauses took 43 s).
# A news sentence holds a handful of triggers in a few dozen words; past these caps
# the rest of the sentence is not searched for triggers, and a warning names the
# article, the sentence and the cap. Everything per trigger is linear in the
# sentence, so the caps bound the time per sentence, not the correctness of a
# normal one (the gold sets never reach them: see docs/RELIABILITY.md).
MAX_SENTENCE_TOKENS = 512
MAX_TRIGGERS_PER_SENTENCE = 48

_RULE_KEYS = frozenset(
    {
        "lemma",
        "preps",
        "objects",
        "not_objects",
        "subjects",
        "modifiers",
        "complement",
        "weak",
        "mention",
        "intransitive",
        "type",
    }
)
_OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass", "oprd", "attr", "dative", "npadvmod", "acomp"})
_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "poss", "nummod"})
_NOMINAL_SLOTS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass"})
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
_RECIPIENT_PREPS = frozenset({"against", "on", "upon", "at", "with", "to", "into", "toward", "towards"})
_LOCATION_PREPS = frozenset(
    {
        "in",
        "at",
        "near",
        "from",
        "across",
        "outside",
        "inside",
        "throughout",
        "around",
        "into",
        "on",
        "off",
        "along",
        "within",
        "of",
        "to",
        "over",
    }
)
_CLAUSE_COMPLEMENTS = frozenset({"xcomp", "ccomp"})
# Nominal mentions of violence or coercion are kept even under another trigger:
# "condemned the attack" also reports an attack.
_STRONG_NOMINAL_TYPES = frozenset({"ASSAULT", "COERCE"})


# Nouns that name an undertaking whose kind their modifier gives: "a mediation
# effort", "a bombing campaign", "a protest movement".
_EVENT_HEAD_NOUNS = frozenset(
    {
        "effort",
        "campaign",
        "operation",
        "bid",
        "drive",
        "attempt",
        "mission",
        "initiative",
        "round",
        "wave",
        "spree",
        "series",
        "spate",
        "action",
        "movement",
    }
)
# Events of forces moving: the "of" phrase of their noun names who moves.
_MOVEMENT_TYPES = frozenset({"RETREAT", "MOBILIZE", "PROTEST"})
# What a protest says: coded as the protest, not as an event of its own.
_SPEECH_ACT_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT"})


# --------------------------------------------------------------------------- lexicon
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
    subjects: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()
    complement: bool | None = None
    weak: bool = False
    mention: bool = False

    @property
    def specificity(self) -> int:
        """Rules with positive constraints are tried first, negative-only ones next."""
        positive = sum(bool(x) for x in (self.preps, self.objects, self.subjects, self.modifiers))
        positive += self.complement is True
        negative = bool(self.not_objects) or self.needs_object
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
    disaster_words: frozenset[str]
    accident_agents: frozenset[str]
    accidental_triggers: frozenset[str]
    protester_nouns: frozenset[str]
    perpetrator_forms: frozenset[str]
    protest_absorbs: frozenset[str]
    intent_types: frozenset[str]
    promise_verbs: frozenset[str]
    outcome_verbs: frozenset[str]
    casualty_words: CasualtyWords
    mode_cues: ModeCues

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
        ordered = {key: tuple(sorted(group, key=lambda r: -r.specificity)) for key, group in rules.items()}
        casualty = CasualtyWords(
            kill_verbs=_word_set(data, "kill_verbs"),
            die_verbs=_word_set(data, "die_verbs"),
            injure_verbs=_word_set(data, "injure_verbs"),
            dead_words=_word_set(data, "dead_words"),
            injured_words=_word_set(data, "injured_words"),
            toll_words=_word_set(data, "toll_words"),
        )
        cues = ModeCues(
            future_auxiliaries=_word_set(data, "future_auxiliaries"),
            hypothetical_auxiliaries=_word_set(data, "hypothetical_auxiliaries"),
            future_governors=_word_set(data, "future_governors"),
            negating_governors=_word_set(data, "negating_governors"),
            hypothetical_governors=_word_set(data, "hypothetical_governors"),
            hypothetical_marks=_word_set(data, "hypothetical_marks"),
            negation_words=_word_set(data, "negation_words"),
            reporting_verbs=reporting,
            preventing_verbs=_word_set(data, "preventing_verbs"),
        )
        # Deaths and injuries are violence only with a human cause; the words that
        # carry them still select a sentence for the deep pass.
        for lemma in casualty.kill_verbs | casualty.injure_verbs:
            for form in inflections(lemma, "verb") | irregular.get(lemma, set()):
                requirements.setdefault(form, set()).add(())
        for form in reporting_forms(reporting, irregular):
            requirements.pop(form, None)
        return cls(
            rules=ordered,
            form_requirements={form: tuple(needs) for form, needs in requirements.items()},
            form_lemmas={form: frozenset(lemmas) for form, lemmas in form_lemmas.items()},
            light_verbs=light,
            reporting_verbs=reporting,
            denial_verbs=_word_set(data, "denial_verbs"),
            disaster_words=_word_set(data, "disaster_words"),
            accident_agents=_word_set(data, "accident_agents"),
            accidental_triggers=_word_set(data, "accidental_triggers"),
            protester_nouns=_word_set(data, "protester_nouns"),
            perpetrator_forms=frozenset(
                form for word in _word_set(data, "perpetrator_nouns") for form in inflections(word, "noun")
            ),
            protest_absorbs=frozenset(w.upper() for w in _word_set(data, "protest_absorbs")),
            intent_types=frozenset(w.upper() for w in _word_set(data, "intent_types")),
            promise_verbs=_word_set(data, "promise_verbs"),
            outcome_verbs=_word_set(data, "outcome_verbs"),
            casualty_words=casualty,
            mode_cues=cues,
        )

    # -- selection -------------------------------------------------------------
    def has_trigger(self, doc: Doc) -> bool:
        """Whether a tokenizer-only sentence may hold a trigger (a set look-up per token)."""
        requirements = self.form_requirements
        words: set[str] | None = None
        for token in doc:
            needs = requirements.get(token.lower_)
            if needs is None:
                continue
            if token.lower_ in _MONTH_TRIGGERS and _next_to_number(token):
                continue  # "march 7": the month
            if words is None:
                words = {t.lower_ for t in doc}
            # "cut" is a trigger only with "ties", "aid"...; "travel" only with "to".
            if any(all(group & words for group in need) for need in needs):
                return True
        return False

    # -- matching --------------------------------------------------------------
    def match(self, token: Token) -> TriggerRule | None:
        """The first trigger rule whose lemma, part of speech and constraints fit `token`."""
        pos = _trigger_pos(token)
        if pos is None:
            return None
        lemmas = [token.lemma_.lower()]
        lemmas += sorted(self.form_lemmas.get(token.lower_, frozenset()) - {lemmas[0]})
        for lemma in lemmas:
            for rule in self.rules.get((pos, lemma), ()):
                if _constraints_hold(rule, token):
                    return rule
        if pos == "verb" and token.tag_ == "VBG" and token.dep_ in _NOMINAL_SLOTS:
            # A gerund used as a noun: "died in police firing", "resorted to firing".
            for rule in self.rules.get(("noun", token.lower_), ()):
                if _constraints_hold(rule, token):
                    return rule
        return None


@functools.lru_cache(maxsize=4)
def _default_lexicon(language: str) -> TriggerLexicon:
    return TriggerLexicon.from_data(load_data("triggers", language))


_MONTH_TRIGGERS = frozenset({"march"})
# Verbs whose prepositional object is the event: "engaged in clashes".
_NOMINAL_HOSTS = frozenset({"engage", "involve", "participate"})


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


def _next_to_number(token: Token) -> bool:
    doc = token.doc
    return any(0 <= i < len(doc) and doc[i].like_num for i in (token.i - 1, token.i + 1))


def reporting_forms(reporting: frozenset[str], irregular: Mapping[str, set[str]]) -> set[str]:
    forms: set[str] = set()
    for lemma in reporting:
        forms |= inflections(lemma, "verb") | irregular.get(lemma, set())
    return forms


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
        objects=_words_of(objects, where),
        allow_no_object=None in objects or bool(entry.get("intransitive", False)),
        not_objects=_words_of(not_objects, where),
        needs_object=None in not_objects,
        subjects=_words_of(entry.get("subjects") or [], where),
        modifiers=_words_of(entry.get("modifiers") or [], where),
        complement=entry.get("complement"),
        weak=bool(entry.get("weak", False)),
        mention=bool(entry.get("mention", False)),
    )


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


def _words(token: Token) -> set[str]:
    return {token.lemma_.lower(), token.lower_}


def _objects(token: Token) -> list[Token]:
    objects = [c for c in token.children if c.dep_ in _OBJECT_DEPS]
    # "declared a state of emergency": the "of" phrase of the object counts too.
    for obj in list(objects):
        for prep in obj.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                objects += [p for p in prep.children if p.dep_ == "pobj"]
    return objects


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
    if rule.needs_object and not objects:
        return False
    if rule.not_objects and object_words & rule.not_objects:
        return False
    if rule.subjects:
        subjects = [c for c in children if c.dep_ in _SUBJECT_DEPS]
        if not any(_words(s) & rule.subjects for s in subjects):
            return False
    if rule.modifiers:
        modifiers = {w for c in children if c.dep_ in _MODIFIER_DEPS for w in _words(c)}
        for prep in children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                modifiers |= {w for p in prep.children for w in _words(p)}
        if token.i > 0:
            # The tagger often leaves "air strike" as two nouns without a compound arc.
            modifiers |= _words(token.doc[token.i - 1])
        if not modifiers & rule.modifiers:
            return False
    if rule.complement is not None:
        has = any(c.dep_ in _CLAUSE_COMPLEMENTS for c in children)
        if has != rule.complement:
            return False
    return True


# --------------------------------------------------------------------------- actors
try:  # The actors stage is written alongside; events fall back on a plain phrase.
    from tessera.extraction.actors import ActorMemory
    from tessera.extraction.actors import actor_from_token as _actor_from_token
except ImportError:  # pragma: no cover - depends on the build state of the package
    _actor_from_token = None
    ActorMemory = None  # type: ignore[assignment,misc]


def _make_actor(sentence: ParsedSentence, token: Token, knowledge_base: Any, memory: Any = None) -> Actor | None:
    if token.lower_ in _RELATIVE_PRONOUNS and token.head.dep_ in ("relcl", "acl"):
        token = token.head.head
    if _actor_from_token is not None and knowledge_base is not None:
        return _actor_from_token(sentence, token, knowledge_base, memory)
    left = min(
        (
            t.i
            for t in token.subtree
            if t.i <= token.i and t.dep_ in ("compound", "amod", "det", "poss", "nummod", "case")
        ),
        default=token.i,
    )
    span = token.doc[left : token.i + 1]
    start, end = sentence.offsets(span)
    name = country = sector = None
    if knowledge_base is not None:
        info = knowledge_base.lookup(span.text)
        if info is not None:
            name, country, sector = info.name, info.country, info.sector
    return Actor(text=span.text, start=start, end=end, name=name, country=country, type=sector)


# --------------------------------------------------------------------------- extraction
@dataclass
class _Proposal:
    """A trigger found in a sentence, before pruning."""

    token: Token
    rule: TriggerRule
    type: str
    nominal: bool
    light_verb: Token | None
    mode: str = "asserted"
    drop: bool = False
    merged: list[_Proposal] = field(default_factory=list)


def extract_events(
    parsed: ParsedArticle,
    *,
    places: list[Place],
    dates: list[DateValue],
    quantities: list[Quantity],
    knowledge_base: Any,
    lexicon: TriggerLexicon,
    published: dt.date | None = None,
    article_id: str,
) -> list[Event]:
    """Events of every deep sentence of `parsed` (see the module docstring).

    Time is linear in the length of each sentence and of the article: per-sentence
    facts (the disaster words, trigger matches, depths) are computed once per
    sentence, and the article's places, dates and quantities are indexed by offset
    once. Past `MAX_SENTENCE_TOKENS` tokens or `MAX_TRIGGERS_PER_SENTENCE` triggers
    the rest of a sentence is not searched, with a warning in the log.
    """
    del published  # see "Date choice" above: dates come from the text only
    events: list[Event] = []
    work = {
        sentence.index: _SentenceWork(sentence, lexicon, article_id) for sentence in parsed.sentences if sentence.deep
    }
    proposed = [
        (sentence, _propose(sentence, lexicon, work[sentence.index])) for sentence in parsed.sentences if sentence.deep
    ]
    if not _about_violence(parsed, proposed, lexicon, work):
        # An article with explosions, fires or deaths but no attack and no
        # perpetrator reports an accident: its harm words are not assaults.
        proposed = [
            (sentence, [p for p in proposals if not (p.type == "ASSAULT" and _accidental(p.rule, lexicon))])
            for sentence, proposals in proposed
        ]
    # Actors named so far, for "the force" that refers back to "the Takuba force".
    memory = ActorMemory() if ActorMemory is not None else None
    # A dateline's date ("BAMAKO, March 2 (Reuters) -") is when the report was filed.
    filed = dateline_end(parsed.text)
    context = _ArticleContext(places, [d for d in dates if d.start >= filed], quantities)
    for sentence, proposals in proposed:
        for proposal in _prune(proposals, lexicon):
            events.append(
                _build_event(
                    sentence, proposal, context, knowledge_base, lexicon, article_id, memory, work[sentence.index]
                )
            )
    return events


class _SentenceWork:
    """What one deep sentence knows once, so nothing per trigger rescans the sentence:
    trigger matches per token, the disaster words of each parser sentence, depths."""

    def __init__(self, sentence: ParsedSentence, lexicon: TriggerLexicon, article_id: str) -> None:
        self.sentence = sentence
        self.lexicon = lexicon
        self.article_id = article_id
        doc = sentence.doc
        # The tokens searched for triggers (MAX_SENTENCE_TOKENS).
        self.examined = doc[: min(len(doc), MAX_SENTENCE_TOKENS)]
        self._matches: dict[int, TriggerRule | None] = {}
        self._sentence_of: list[int] | None = None
        self._sentence_end: dict[int, int] = {}
        self._disaster: dict[int, bool] = {}
        self._depths: list[int] | None = None
        self._modes: dict[int, str] = {}
        self.mode_cache: dict[tuple[str, int], Any] = {}
        self._subjects: dict[tuple[int, int], Token | None] = {}

    def mode(self, token: Token) -> str:
        """`event_mode(token)`, once per token, sharing what is read from governing verbs."""
        if token.i not in self._modes:
            self._modes[token.i] = event_mode(token, self.lexicon.mode_cues, self.mode_cache)
        return self._modes[token.i]

    def subject_of(self, verb: Token, hops: int = 6) -> Token | None:
        """`_subject_of(verb)`, kept per verb (many clauses share the verbs above them)."""
        key = (verb.i, hops)
        if key not in self._subjects:
            self._subjects[key] = _subject_of(verb, hops, self)
        return self._subjects[key]

    def match(self, token: Token) -> TriggerRule | None:
        """`lexicon.match(token)`, once per token."""
        try:
            return self._matches[token.i]
        except KeyError:
            rule = self._matches[token.i] = self.lexicon.match(token)
            return rule

    def names_disaster(self, token: Token) -> bool:
        """Whether the parser sentence of `token` names a disaster (one scan per sentence)."""
        if self._sentence_of is None:
            doc = self.sentence.doc
            self._sentence_of = [0] * len(doc)
            for sent in doc.sents:
                self._sentence_end[sent.start] = sent.end
                for i in range(sent.start, sent.end):
                    self._sentence_of[i] = sent.start
        start = self._sentence_of[token.i]
        if start not in self._disaster:
            tokens = self.sentence.doc[start : self._sentence_end[start]]
            self._disaster[start] = _names_disaster(tokens, self.lexicon)
        return self._disaster[start]

    def depth(self, token: Token) -> int:
        """Exact depth of `token` in its tree, all depths computed in one pass."""
        if self._depths is None:
            doc = self.sentence.doc
            depths = [-1] * len(doc)
            for token_ in doc:
                path = []
                node = token_
                while depths[node.i] < 0 and node.head.i != node.i and len(path) <= len(doc):
                    path.append(node.i)
                    node = node.head
                base = depths[node.i] if depths[node.i] >= 0 else 0
                depths[node.i] = base
                for offset, i in enumerate(reversed(path), start=1):
                    depths[i] = base + offset
            self._depths = depths
        return self._depths[token.i]


def _names_disaster(tokens: Iterable[Token], lexicon: TriggerLexicon) -> bool:
    """ "the earthquake", "floods": a sentence that names a disaster (see `_caused_by_disaster`)."""
    return any(t.pos_ in ("NOUN", "PROPN") and _words(t) & lexicon.disaster_words for t in tokens)


class _ArticleContext:
    """The article's places, dates and quantities, indexed by offset once, so that
    finding those of a sentence is a binary search, not a scan of the article."""

    def __init__(self, places: list[Place], dates: list[DateValue], quantities: list[Quantity]) -> None:
        self.places = places
        self._places = _OffsetIndex(places)
        self._dates = _OffsetIndex(dates)
        self._quantities = _OffsetIndex(quantities)
        # Country mentions by end offset, for the article's focus country.
        self._countries = sorted(
            ((p.end, n) for n, p in enumerate(places) if p.feature == "country" and p.country and p.role is None),
        )
        self._focus_upto = -1
        self._focus_seen = 0
        self._focus_counts: dict[str, int] = {}
        self._focus_last: dict[str, int] = {}

    def places_in(self, sentence: ParsedSentence) -> list[Place]:
        return self._places.within(sentence.start, sentence.end)

    def dates_in(self, sentence: ParsedSentence) -> list[DateValue]:
        return self._dates.within(sentence.start, sentence.end)

    def quantities_in(self, sentence: ParsedSentence) -> list[Quantity]:
        return self._quantities.within(sentence.start, sentence.end)

    def focus_country(self, sentence: ParsedSentence) -> Place | None:
        """Where an event is, when its own sentence names no place: the country the article
        has named most often up to here (the latest mention of it, so the span is nearby).

        News reports state the setting once and then narrate ("Mali ... Its former allies
        say the junta has allowed the deployment of a Russian force"); leaving such events
        unplaced would drop them from maps and from cross-article matching.
        """
        if sentence.start < self._focus_upto:  # sentences out of order: count again
            self._focus_upto, self._focus_seen = -1, 0
            self._focus_counts, self._focus_last = {}, {}
        self._focus_upto = sentence.start
        while self._focus_seen < len(self._countries) and self._countries[self._focus_seen][0] <= sentence.start:
            n = self._countries[self._focus_seen][1]
            country: str = self.places[n].country  # type: ignore[assignment]
            self._focus_counts[country] = self._focus_counts.get(country, 0) + 1
            self._focus_last[country] = max(self._focus_last.get(country, -1), n)
            self._focus_seen += 1
        if not self._focus_counts:
            return None
        best = max(self._focus_counts.values())
        latest = max(self._focus_last[c] for c, count in self._focus_counts.items() if count == best)
        return self.places[latest]


class _OffsetIndex:
    """Spans (in their given order) found by the article range that holds them."""

    def __init__(self, items: list[Any]) -> None:
        self.items = items
        self._order = sorted(range(len(items)), key=lambda n: items[n].start)
        self._starts = [items[n].start for n in self._order]

    def within(self, start: int, end: int) -> list[Any]:
        """Items with `start <= item.start` and `item.end <= end`, in their given order."""
        first = bisect.bisect_left(self._starts, start)
        last = bisect.bisect_left(self._starts, end, lo=first)
        chosen = sorted(n for n in self._order[first:last] if self.items[n].end <= end)
        return [self.items[n] for n in chosen]


def _propose(sentence: ParsedSentence, lexicon: TriggerLexicon, work: _SentenceWork | None = None) -> list[_Proposal]:
    work = work or _SentenceWork(sentence, lexicon, "")
    proposals: list[_Proposal] = []
    protest_verbs: list[tuple[Token, TriggerRule]] = []
    if len(work.examined) < len(sentence.doc):
        log.warning(
            "article %s: sentence at %d-%d has %d tokens; triggers searched in the first %d (MAX_SENTENCE_TOKENS)",
            work.article_id,
            sentence.start,
            sentence.end,
            len(sentence.doc),
            MAX_SENTENCE_TOKENS,
        )
    for token in work.examined:
        if len(proposals) + len(protest_verbs) >= MAX_TRIGGERS_PER_SENTENCE:
            log.warning(
                "article %s: sentence at %d-%d: stopped at %d triggers (MAX_TRIGGERS_PER_SENTENCE), token %d of %d",
                work.article_id,
                sentence.start,
                sentence.end,
                MAX_TRIGGERS_PER_SENTENCE,
                token.i,
                len(sentence.doc),
            )
            break
        lemma = token.lemma_.lower()
        if lemma in lexicon.reporting_verbs and token.pos_ == "VERB" and not _objects(token):
            continue
        rule = work.match(token)
        if rule is None:
            continue
        if _caused_by_disaster(token, rule, lexicon, work):
            continue
        if rule.pos == "verb" and token.tag_ in ("VBN", "VBG") and token.dep_ in ("amod", "compound"):
            continue  # "US-backed forces", "the besieged territory": a description
        if (
            rule.pos == "verb"
            and token.dep_ == "acl"
            and token.tag_ == "VBN"
            and rule.type not in _STRONG_NOMINAL_TYPES
        ):
            continue  # "a man accused of ...", "a clinic supported by ..."
        nominal = rule.pos == "noun"
        if (
            nominal
            and token.dep_ in ("compound", "amod", "nmod")
            and token.head.pos_ in ("NOUN", "PROPN")
            and token.head.lemma_.lower() not in _EVENT_HEAD_NOUNS
        ):
            continue  # "riot police", "peacekeeping force": the word describes a noun
        light = None
        if nominal:
            head = token.head
            if token.dep_ in ("dobj", "obj", "nsubjpass") and head.lemma_.lower() in lexicon.light_verbs:
                light = head
            elif token.dep_ == "pobj" and head.head.lemma_.lower() in lexicon.light_verbs | _NOMINAL_HOSTS:
                light = head.head
        if rule.weak and light is None:
            if rule.type == "PROTEST" and token.dep_ == "nsubj":
                protest_verbs.append((token.head, rule))
            continue
        event_type = rule.type
        if event_type in lexicon.protest_absorbs and _done_by_protesters(token, lexicon, work):
            # "rioters clashed with police", "protesters defied the ban": a protest.
            event_type = "PROTEST"
        mode = work.mode(token)
        if mode == "future" and event_type in lexicon.intent_types and not _planned_change(token, lexicon, work):
            # "will provide aid", "offered to negotiate": the promise is the event,
            # as PLOVER codes it (on the PLOVER dev records, keeping the type in
            # mode future for every "will" scores F1 0.683 against 0.702).
            event_type, mode = "AGREE", "asserted"
        proposals.append(_Proposal(token, rule, event_type, nominal, light, mode))
    taken = {p.token.i for p in proposals}
    for verb, rule in protest_verbs:
        # "Protesters poured into the streets": what protesters do is a protest.
        if verb.i in taken or verb.pos_ != "VERB" or verb.lemma_.lower() in lexicon.reporting_verbs:
            continue
        taken.add(verb.i)
        proposals.append(_Proposal(verb, rule, "PROTEST", False, None, work.mode(verb)))
    return proposals


def _planned_change(token: Token, lexicon: TriggerLexicon, work: _SentenceWork) -> bool:
    """A future cooperative act conjoined to a non-cooperative one ("will cease to
    work with the army and instead support soldiers in Niger"): a change of plan
    stated as a fact, not a promise; it keeps its type, in mode future. An act
    under a promise verb ("pledged to ... and support") is still a promise."""
    if token.dep_ != "conj" or token.head.i == token.i:
        return False
    node = token
    for _ in range(6):
        if node.lemma_.lower() in lexicon.promise_verbs:
            return False
        if node.head.i == node.i:
            break
        node = node.head
    rule = work.match(token.head)
    return rule is not None and rule.type not in lexicon.intent_types and rule.type != "AGREE"


def _about_violence(
    parsed: ParsedArticle,
    proposed: list[tuple[ParsedSentence, list[_Proposal]]],
    lexicon: TriggerLexicon,
    work: Mapping[int, _SentenceWork],
) -> bool:
    for sentence, proposals in proposed:
        if any(p.type == "ASSAULT" and (not _accidental(p.rule, lexicon) or _a_killing(p, lexicon)) for p in proposals):
            return True
        sentence_work = work[sentence.index]
        for token in sentence_work.examined:
            # Words that were not proposed as events still tell: "a car bomb explosion".
            rule = sentence_work.match(token)
            if rule is not None and rule.type == "ASSAULT" and not _accidental(rule, lexicon):
                return True
    return any(token.lower_ in lexicon.perpetrator_forms for sentence in parsed.sentences for token in sentence.doc)


def _a_killing(proposal: _Proposal, lexicon: TriggerLexicon) -> bool:
    """ "Twelve people were killed in Mali", "armed men killed twelve civilians": a
    stated killing of someone, in a sentence that names no disaster and no accident's
    cause (those were dropped when proposed, `_caused_by_disaster`), reports violence
    by itself, with or without a known armed actor."""
    token = proposal.token
    if any(_words(t) & (lexicon.accident_agents | lexicon.disaster_words) for t in token.sent):
        return False  # "... killed when a chemical plant exploded": may be an accident
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in lexicon.accidental_triggers for c in token.children):
        return False  # "the blasts killed 50": a blast is no attack by itself
    return (
        not proposal.nominal
        and token.lemma_.lower() in lexicon.casualty_words.kill_verbs
        and (any(c.dep_ in ("dobj", "nsubjpass") for c in token.children) or _reported_passive(token, lexicon))
        and proposal.mode == "asserted"
    )


def _reported_passive(token: Token, lexicon: TriggerLexicon) -> bool:
    """A verb reported in the passive: "30 people were confirmed killed"."""
    head = token.head
    return (
        token.dep_ in ("xcomp", "oprd", "ccomp")
        and head.lemma_.lower() in lexicon.reporting_verbs
        and any(c.dep_ == "nsubjpass" for c in head.children)
    )


def _accidental(rule: TriggerRule, lexicon: TriggerLexicon) -> bool:
    """A harm word that may describe an accident ("explosion", "killed"); one with
    a qualifying modifier ("air strike", "mortar shell") is unambiguous."""
    return rule.lemma in lexicon.accidental_triggers and not rule.modifiers


def _done_by_protesters(token: Token, lexicon: TriggerLexicon, work: _SentenceWork) -> bool:
    verb = clause_verb(token) if token.pos_ in ("NOUN", "PROPN") else token
    agent = work.subject_of(verb) if not any(c.dep_ == "nsubjpass" for c in verb.children) else None
    if agent is None:
        return False
    heads = [agent] + [
        g for c in agent.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
    ]
    return any(_words(h) & lexicon.protester_nouns for h in heads)


def _caused_by_disaster(token: Token, rule: TriggerRule, lexicon: TriggerLexicon, work: _SentenceWork) -> bool:
    """ "The earthquake killed 20", "a chemical plant exploded": harm with no human cause.

    Only words that also describe accidents are checked (an "ambush" is never one):
    they are dropped in a sentence that names a disaster (read once per sentence),
    or when a thing that causes accidents is their subject, cause or modifier.
    """
    if rule.type not in _STRONG_NOMINAL_TYPES or rule.lemma not in lexicon.accidental_triggers:
        return False
    if work.names_disaster(token):
        return True
    verb = clause_verb(token)
    near: list[Token] = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "agent", "prep")]
    # "were injured when a boiler exploded": the subject of the clause of cause.
    near += [g for c in verb.children if c.dep_ == "advcl" for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
    near += [g for c in list(near) if c.dep_ in ("agent", "prep") for g in c.children if g.dep_ == "pobj"]
    near += [g for c in list(near) if c.pos_ in ("NOUN", "PROPN") for g in c.children if g.dep_ in ("compound", "amod")]
    if token.pos_ in ("NOUN", "PROPN"):
        near += [c for c in token.children if c.dep_ in ("compound", "amod")]
    return any(_words(t) & (lexicon.accident_agents | lexicon.disaster_words) for t in near)


def _prune(proposals: list[_Proposal], lexicon: TriggerLexicon) -> list[_Proposal]:
    """One sentence's proposals -> the events to code (see the module docstring)."""
    by_index = {p.token.i: p for p in proposals}
    for proposal in proposals:
        governor = _governing_proposal(proposal, by_index)
        if governor is None:
            continue
        token, gov = proposal.token, governor.token
        if gov.lemma_.lower() in lexicon.denial_verbs and not governor.nominal:
            # "denied attacking": the attack, negated; the denial is its mode.
            governor.drop = True
            proposal.mode = "negated"
            continue
        if governor.type == proposal.type:
            continue  # merged below
        if _is_outcome(token, lexicon):
            continue  # "withdrew after ties culminated in the expulsion ...": both events
        if governor.type == "PROTEST" and proposal.type in _SPEECH_ACT_TYPES:
            # "rallied demanding reforms", "took to the streets to decry": what
            # protesters ask or denounce is the content of the protest.
            proposal.drop = True
            continue
        link = _link_to(token, gov)
        reported_violence = (
            proposal.nominal
            and proposal.type in _STRONG_NOMINAL_TYPES
            and not proposal.rule.mention
            and link in ("dobj", "obj", "attr")
        )
        if link in _COMPLEMENT_LINKS and not reported_violence:
            # "threatened to ban voting", "agreed to withdraw": the content of the
            # speech act is not an event of its own. Violence named as the object
            # of another act is ("condemned the killing"); as its background
            # ("after battles", "over the raids") it is not.
            proposal.drop = True
        elif proposal.nominal and proposal.light_verb is None and proposal.type not in _STRONG_NOMINAL_TYPES:
            proposal.drop = True
    kept = [p for p in proposals if not p.drop]
    # The main event of a sentence is in its main clauses: triggers inside a
    # relative or participle clause describe a participant ("the guard involved in
    # a shooting") and bare nominal mentions are background ("after the protests")
    # when a verbal trigger is there.
    # A killing stays even there: "the town, where two people were killed".
    # So does an outcome: "relations that culminated in the expulsion of ...".
    main = [
        p
        for p in kept
        if not _in_description(p.token) or _is_casualty_word(p.token, lexicon) or _is_outcome(p.token, lexicon)
    ]
    if main:
        kept = main
    if any(not p.nominal or p.light_verb is not None for p in kept):
        # A bare nominal mention is background when its clause already reports
        # another event ("ordered patrols after the protests"); a clause whose verb
        # is no trigger reports it as its own event ("culminated in the expulsion").
        hosts = {p.token.i for p in kept if not p.nominal} | {p.light_verb.i for p in kept if p.light_verb is not None}
        kept = [
            p
            for p in kept
            if not p.nominal
            or p.light_verb is not None
            or p.type in _STRONG_NOMINAL_TYPES
            or (clause_verb(p.token).i not in hosts and clause_verb(p.token).pos_ == "VERB" and not _adjunct(p.token))
        ]
    if any(not p.rule.mention for p in kept):
        kept = [p for p in kept if not p.rule.mention or p.light_verb is not None]
    # A light verb that is itself a trigger of the same type ("launched an attack")
    # and any other same-type trigger in the sentence are one event: keep the one
    # highest in the tree, and prefer a verbal one at equal height.
    result: list[_Proposal] = []
    for event_type in dict.fromkeys(p.type for p in kept):
        group = [p for p in kept if p.type == event_type]
        for mode in dict.fromkeys(p.mode for p in group):
            members = [p for p in group if p.mode == mode]
            main = min(
                members,
                key=lambda p: (
                    _is_casualty_word(p.token, lexicon),
                    _depth(p.token),
                    p.nominal and p.light_verb is None,
                    p.token.i,
                ),
            )
            main.merged = [p for p in members if p is not main]
            result.append(main)
    # Modes of one type: a negated or hypothetical mention beside an asserted one
    # of the same type is usually the same event seen twice; keep the asserted.
    types_asserted = {p.type for p in result if p.mode == "asserted"}
    result = [
        p for p in result if p.mode == "asserted" or p.type not in types_asserted or not _same_clause_family(p, result)
    ]
    return sorted(result, key=lambda p: p.token.i)


def _is_stated(verb: Token, work: _SentenceWork) -> bool:
    """A verb that reports a fact: not an infinitive of intent nor a non-asserted mode."""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return work.mode(verb) == "asserted"


def _states_a_killing(region: set[Token], lexicon: TriggerLexicon, work: _SentenceWork) -> bool:
    kill_verbs = lexicon.casualty_words.kill_verbs
    return any(
        t.lemma_.lower() in kill_verbs
        and t.pos_ == "VERB"
        and _is_stated(t, work)
        and any(c.dep_ in ("dobj", "nsubjpass") for c in t.children)
        for t in region
    )


def _is_casualty_word(token: Token, lexicon: TriggerLexicon) -> bool:
    """ "killed", "wounded": a consequence; the attack or clash named beside it is the event."""
    words = lexicon.casualty_words
    return token.lemma_.lower() in words.kill_verbs | words.injure_verbs | words.die_verbs


def _is_outcome(token: Token, lexicon: TriggerLexicon) -> bool:
    """A nominal trigger named as what something came to: "culminated in the
    expulsion", "led to a coup", "ended with the withdrawal"."""
    if token.dep_ != "pobj" or token.pos_ not in ("NOUN", "PROPN"):
        return False
    prep = token.head
    return (
        prep.lower_ in ("in", "to", "into", "with")
        and prep.head.pos_ == "VERB"
        and prep.head.lemma_.lower() in lexicon.outcome_verbs
    )


def _adjunct(token: Token) -> bool:
    """ "after the protests", "amid clashes": a nominal that dates or explains."""
    return token.dep_ == "pobj" and token.head.lower_ in (
        "after",
        "following",
        "since",
        "amid",
        "despite",
        "during",
        "over",
        "before",
        "until",
        "for",
    )


def _in_description(token: Token) -> bool:
    node = token
    for _ in range(12):
        described = node.dep_ in ("relcl", "appos") or (node.dep_ == "acl" and node.tag_ in ("VBN", "VBG"))
        if described and node.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _same_clause_family(proposal: _Proposal, result: list[_Proposal]) -> bool:
    for other in result:
        if other is proposal or other.type != proposal.type or other.mode != "asserted":
            continue
        # One dominates the other (an ancestor walk, not a subtree scan).
        if other.token.is_ancestor(proposal.token) or proposal.token.is_ancestor(other.token):
            return True
    return False


def _governing_proposal(proposal: _Proposal, by_index: Mapping[int, _Proposal]) -> _Proposal | None:
    node = proposal.token
    steps = 0
    while node.head.i != node.i and steps < 12:
        node = node.head
        steps += 1
        if node.i in by_index:
            return by_index[node.i]
        if node.lemma_.lower() in ("say", "tell", "report") and node.pos_ == "VERB":
            return None
    return None


_COMPLEMENT_LINKS = frozenset(
    {"xcomp", "ccomp", "pcomp", "dobj", "obj", "prep", "advcl", "nsubjpass", "attr", "dative", "acomp", "oprd"}
)


def _link_to(token: Token, governor: Token) -> str:
    """The dependency by which `token`'s branch hangs on `governor` (content, object...)."""
    node = token
    while node.head.i != governor.i and node.head.i != node.i:
        node = node.head
    return node.dep_


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token = token.head
        depth += 1
    return depth


# --------------------------------------------------------------------------- roles
def _build_event(
    sentence: ParsedSentence,
    proposal: _Proposal,
    context: _ArticleContext,
    knowledge_base: Any,
    lexicon: TriggerLexicon,
    article_id: str,
    memory: Any,
    work: _SentenceWork,
) -> Event:
    token = proposal.token
    t_start, t_end = sentence.offsets(token)
    trigger = Span(text=token.text, start=t_start, end=t_end)
    actor_token, recipient_token = _roles(proposal, lexicon, work)
    source_span, source_tokens = _source(sentence, token, lexicon)
    if actor_token is not None and actor_token.i in source_tokens:
        # "..., a security source told AFP", "Human Rights Watch said": who reports
        # the event is not who did it (a pronoun that refers back to the speaker,
        # "the army said it killed", is resolved below and stays).
        actor_token = None
    if actor_token is not None:
        actor_token = _antecedent(actor_token, lexicon)
    actor = _make_actor(sentence, actor_token, knowledge_base, memory) if actor_token is not None else None
    recipient = _make_actor(sentence, recipient_token, knowledge_base, memory) if recipient_token is not None else None
    region = _event_region(proposal, lexicon, work)
    places = context.places_in(sentence)
    location = _location(sentence, token, region, source_tokens, places)
    located_in_sentence = location is not None
    if actor is not None and actor.country is None and actor_token is not None:
        actor = _place_actor_country(sentence, actor, actor_token, places, knowledge_base, location)
    if location is None:
        location = context.focus_country(sentence)
    if recipient is not None and recipient.country is None and recipient_token is not None:
        # Villagers, soldiers, a market: a recipient the text gives no country is of
        # the country where the event happens (the article's focus when the sentence
        # names no place), unless its role names outsiders ("foreign troops").
        recipient = _place_actor_country(sentence, recipient, recipient_token, places, knowledge_base, location)
    date = _date(sentence, region, context.dates_in(sentence))
    sentence_quantities = _sentence_quantities(sentence, context.quantities_in(sentence))
    casualties = Casualties()
    region_tokens = sorted(region, key=lambda t: t.i)
    region_starts = [t.idx for t in region_tokens]
    region_ends = [t.idx + len(t.text) for t in region_tokens]
    if proposal.type == "ASSAULT":
        casualties = count_casualties(
            region_tokens,
            lexicon.casualty_words,
            sentence_quantities,
            _parse_number,
            stated=lambda verb: _is_stated(verb, work),
        )
        if (
            casualties.fatalities is None
            and not casualties.refused
            and proposal.mode == "asserted"
            and _states_a_killing(region, lexicon, work)
        ):
            # "police are killing peaceful pilgrims": a killing with no count is
            # at least one death.
            casualties = Casualties(1, casualties.injuries)
    event_quantities = [
        q for q_start, q_end, q in sentence_quantities if _overlaps(region_starts, region_ends, q_start, q_end)
    ]
    confidence = 0.5
    main_word = not proposal.nominal or proposal.light_verb is not None or token.dep_ in ("nsubj", "ROOT")
    confidence += 0.2 if main_word else -0.15
    confidence += 0.1 if actor is not None else 0.0
    confidence += 0.1 if (recipient is not None or located_in_sentence) else 0.0
    confidence += 0.05 if proposal.rule.specificity > 0 else 0.0
    confidence -= 0.1 if proposal.mode == "hypothetical" else 0.0
    return Event(
        id=make_id(article_id, t_start, proposal.type, prefix="ev-"),
        type=proposal.type,  # type: ignore[arg-type]
        mode=proposal.mode,  # type: ignore[arg-type]
        trigger=trigger,
        sentence=SentenceSpan(start=sentence.start, end=sentence.end),
        actor=actor,
        recipient=recipient,
        location=location,
        date=date,
        fatalities=casualties.fatalities,
        injuries=casualties.injuries,
        quantities=event_quantities,
        confidence=round(min(0.95, max(0.05, confidence)), 2),
        source=source_span,
    )


_PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "its", "their", "his", "her", "our"})


def _antecedent(token: Token, lexicon: TriggerLexicon) -> Token:
    """A personal pronoun agent stands, in news, for the subject of the clause that
    frames it: "Israel mounted its invasion" (its = Israel), "militants said they
    attacked" (they = the militants)."""
    if token.lower_ not in _PERSONAL_PRONOUNS:
        return token
    node = token
    for _ in range(12):
        if node.head.i == node.i:
            break
        node = node.head
        if node.pos_ not in ("VERB", "AUX"):
            continue
        subject = _first(c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != token.i)
        if (
            subject is not None
            and subject.lower_ not in _PERSONAL_PRONOUNS
            and subject.pos_ != "PRON"
            and _agrees(token, subject)
        ):
            if token.dep_ == "poss" or node.lemma_.lower() in lexicon.reporting_verbs:
                return subject
    return token


def _agrees(pronoun: Token, noun: Token) -> bool:
    """Number agreement: "they" for groups and plurals, "he"/"it" for singulars."""
    plural = noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in noun.children)
    if pronoun.lower_ in ("they", "their", "we", "our"):
        return plural or noun.ent_type_ in ("ORG", "NORP", "GPE")
    return not plural


def _place_actor_country(
    sentence: ParsedSentence,
    actor: Actor,
    actor_token: Token,
    places: list[Place],
    knowledge_base: Any,
    location: Place | None,
) -> Actor:
    """A group the knowledge base cannot place ("security forces in Guinea",
    "police") takes the country of a place in its own phrase, else of the event."""
    for child in actor_token.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "of", "from"):
            for obj in child.subtree:
                if obj.dep_ != "pobj":
                    continue
                start, end = sentence.offsets(obj)
                for place in places:
                    if place.start <= start < place.end and place.country:
                        return actor.model_copy(update={"country": place.country})
                if knowledge_base is not None and obj.ent_type_ in ("GPE", "LOC", "NORP"):
                    info = knowledge_base.lookup(obj.text)
                    if info is not None and info.country:
                        return actor.model_copy(update={"country": info.country})
    foreign = knowledge_base is not None and any(
        knowledge_base.is_foreign_role(t.lemma_ or t.text) for t in actor_token.subtree
    )
    # "foreign troops ... redeployed to Benin" are not Benin's: a role that names
    # outsiders takes no country from where the event happens.
    if actor.name is None and location is not None and location.country and not foreign:
        return actor.model_copy(update={"country": location.country})
    return actor


def _first(tokens: Iterable[Token]) -> Token | None:
    for token in tokens:
        return token
    return None


def _subject_of(verb: Token, hops: int = 6, work: _SentenceWork | None = None) -> Token | None:
    """The agent of a verb: its subject, a passive "by" phrase, or a controlling subject
    (up to `hops` governing verbs; with `work`, each governor's answer is kept)."""
    node = verb
    for hop in range(hops):
        subject = _first(c for c in node.children if c.dep_ in _SUBJECT_DEPS)
        if subject is not None:
            if subject.lower_ in _RELATIVE_PRONOUNS and node.dep_ == "relcl":
                return node.head
            return subject
        agent = _first(g for c in node.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj")
        if agent is not None:
            return agent
        if node.dep_ == "relcl" and not any(c.dep_ == "nsubjpass" for c in node.children):
            return node.head
        if node.dep_ in ("xcomp", "conj", "advcl", "pcomp") and node.head.i != node.i:
            # "agreed to withdraw", "attacked and burned", "opened fire, killing":
            # the subject of the governing verb.
            node = node.head
            if node.pos_ not in ("VERB", "AUX"):
                return None
            if work is not None:
                return work.subject_of(node, hops - hop - 1) if hops - hop - 1 > 0 else None
            continue
        return None
    return None


def _roles(proposal: _Proposal, lexicon: TriggerLexicon, work: _SentenceWork) -> tuple[Token | None, Token | None]:
    token = proposal.token
    actor: Token | None = None
    recipient: Token | None = None
    if not proposal.nominal:
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)
        actor = work.subject_of(token)
        if actor is not None and any(m.token.i == actor.i for m in proposal.merged):
            # "A roadside bombing killed one soldier": the bombing is the event,
            # its agent is the bombing's own possessor or modifier, if any.
            actor = _nominal_agent(actor)
        if passive:
            recipient = _first(c for c in token.children if c.dep_ == "nsubjpass")
            actor = _first(g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj")
            if recipient is None and token.dep_ == "conj":
                recipient = _first(c for c in token.head.children if c.dep_ in ("nsubjpass", "nsubj"))
            if recipient is None and token.dep_ in ("acl", "relcl"):
                recipient = token.head
            if proposal.type in _MOVEMENT_TYPES and actor is None:
                # "Troops will be sent to Benin": the forces that move act.
                actor, recipient = recipient, None
        if recipient is None:
            recipient = _first(
                c for c in token.children if c.dep_ in ("dobj", "obj", "dative") and c.pos_ in ("NOUN", "PROPN", "PRON")
            )
        if recipient is None and _reported_passive(token, lexicon):
            # "30 people were confirmed killed": the reporting verb's passive subject.
            recipient = _first(c for c in token.head.children if c.dep_ == "nsubjpass")
        if recipient is None or recipient.pos_ == "NOUN" and _is_thing(recipient):
            # Forces are sent or withdrawn *to* and *from* places, not people.
            preps = (
                _RECIPIENT_PREPS - {"to", "into", "toward", "towards"}
                if proposal.type in _MOVEMENT_TYPES
                else _RECIPIENT_PREPS
            )
            recipient = _prep_object(token, preps) or recipient
    else:
        actor = _nominal_agent(token)
        if actor is None and proposal.type in _MOVEMENT_TYPES:
            # "the withdrawal of European troops": the troops are the ones moving.
            actor = _prep_object(token, {"of"})
        recipient_preps = {"against", "on", "upon", "at", "with", "into"}
        if proposal.type not in _MOVEMENT_TYPES:
            recipient_preps.add("of")
        recipient = _prep_object(token, recipient_preps)
        verb = clause_verb(token)
        # The subject of a verb the noun is the object of ("carried out an attack",
        # "engaged in clashes"), not of one it is an adjunct to ("after the withdrawal").
        argument_of_verb = token.head.i == verb.i or (
            proposal.light_verb is not None and proposal.light_verb.i == verb.i
        )
        if (
            actor is None
            and argument_of_verb
            # "The attack was carried out by gunmen": a light verb's passive agent.
            and (token.dep_ not in ("nsubj", "nsubjpass") or token.dep_ == "nsubjpass" and proposal.light_verb)
            and not _another_act(verb, proposal, lexicon, work)
        ):
            # "carried out an attack", "engaged in clashes": the verb's subject.
            actor = work.subject_of(verb)
        if token.dep_ == "nsubj" and verb.i != token.i and recipient is None:
            # "The attack killed sixteen soldiers": the victims are the recipient.
            recipient = _first(c for c in verb.children if c.dep_ in ("dobj", "obj"))
    if proposal.type == "ASSAULT":
        actor, recipient = _casualty_roles(proposal, actor, recipient, lexicon, work)
    if actor is not None and recipient is not None and actor.i == recipient.i:
        recipient = None
    if actor is not None and actor.i == token.i:
        actor = None
    return actor, recipient


def _another_act(verb: Token, proposal: _Proposal, lexicon: TriggerLexicon, work: _SentenceWork) -> bool:
    """A verb whose object is the trigger but which reports an act of its own: "X
    condemned the attack" (ACCUSE), "X confirmed the fighting" (a reporting verb), or a
    copula ("it was fierce fighting").
    Its subject speaks about the event; it did not do it. Light verbs ("carried out
    an attack") lend their subject."""
    lemma = verb.lemma_.lower()
    if lemma == "be":
        return True  # "It was fierce fighting": a copula's subject did nothing
    if lemma in lexicon.light_verbs:
        return False
    if lemma in lexicon.reporting_verbs:
        return True
    rule = work.match(verb)
    return rule is not None and rule.type != proposal.type


def _casualty_roles(
    proposal: _Proposal,
    actor: Token | None,
    recipient: Token | None,
    lexicon: TriggerLexicon,
    work: _SentenceWork,
) -> tuple[Token | None, Token | None]:
    """Roles an attack takes from the killing it is stated with.

    "Gunmen killed 14 soldiers in an attack": the attack is the event and the verb
    of killing, merged into it, names both sides. "At least 22 killed following an
    airstrike" (a headline's passive without "were"): a bare count as subject is
    the victims, never the actor.
    """
    for merged in proposal.merged:
        if merged.nominal or not _is_casualty_word(merged.token, lexicon):
            continue
        merged_actor, merged_recipient = _roles(
            _Proposal(merged.token, merged.rule, merged.type, False, None, merged.mode), lexicon, work
        )
        if actor is None and merged_actor is not None and merged_actor.i != proposal.token.i:
            actor = merged_actor
        if recipient is None:
            recipient = merged_recipient
    if actor is not None and _bare_count(actor):
        actor, recipient = None, recipient or actor
    return actor, recipient


def _bare_count(token: Token) -> bool:
    """A number standing alone as a noun phrase ("at least 22", "dozens")."""
    return token.pos_ == "NUM" or token.lower_ in {"dozens", "scores", "hundreds", "thousands"}


def _nominal_agent(token: Token) -> Token | None:
    """The agent of a nominal trigger: "France's withdrawal", "the withdrawal by
    France", "the French withdrawal"."""
    actor = _first(c for c in token.children if c.dep_ == "poss")
    if actor is None:
        actor = _first(
            g for c in token.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"
        )
    if actor is None:
        actor = _first(
            c
            for c in token.children
            if c.dep_ in ("compound", "amod", "nmod") and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN")
        )
    return actor


def _is_thing(token: Token) -> bool:
    return token.ent_type_ == "" and token.lemma_.lower() in {
        "fire",
        "shot",
        "round",
        "rocket",
        "missile",
        "shell",
        "bomb",
        "grenade",
        "aid",
        "weapon",
        "troop",
        "force",
        "soldier",
        "sanction",
    }


def _prep_object(token: Token, preps: Iterable[str]) -> Token | None:
    wanted = set(preps)
    for child in token.children:
        if child.dep_ in ("prep", "prt") and child.lower_ in wanted and not _temporal_phrase(child):
            obj = _first(g for g in child.children if g.dep_ == "pobj")
            if obj is not None:
                return obj
    return None


# --------------------------------------------------------------------------- source, place, date
def _source(sentence: ParsedSentence, trigger: Token, lexicon: TriggerLexicon) -> tuple[Span | None, set[int]]:
    """Who reports the event: a reporting verb's subject above it, or "according to X"."""
    doc = sentence.doc
    node = trigger
    reporter: Token | None = None
    for _ in range(12):
        if node.head.i == node.i:
            break
        child, node = node, node.head
        if (
            node.lemma_.lower() in lexicon.reporting_verbs
            and node.pos_ == "VERB"
            and child.dep_ in ("ccomp", "parataxis", "xcomp", "advcl", "dobj", "conj")
        ):
            reporter = node
            break
    if reporter is None and trigger.sent.root.i != trigger.i:
        root = trigger.sent.root
        for child in root.children:
            if (
                child.dep_ in ("parataxis", "ccomp")
                and child.lemma_.lower() in lexicon.reporting_verbs
                and child.i > trigger.i
            ):
                reporter = child
    claimed: set[int] = set()
    span_tokens: list[Token] = []
    if reporter is not None:
        # "30 people were reported killed": a passive reporting verb's subject is
        # what is reported, not who reports it.
        subject = _first(c for c in reporter.children if c.dep_ == "nsubj")
        if subject is not None:
            span_tokens = list(subject.subtree)
        claimed = {
            t.i for t in reporter.children if t.dep_ not in ("ccomp", "parataxis", "xcomp", "conj") for t in t.subtree
        } | {reporter.i}
    for token in doc if "according" in sentence.text.lower() else ():
        if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            objects = [g for g in doc[token.i + 1].children if g.dep_ == "pobj"]
            if objects:
                if not span_tokens:
                    span_tokens = list(objects[0].subtree)
                claimed |= {t.i for t in objects[0].subtree} | {token.i, token.i + 1}
    if not span_tokens:
        return None, claimed
    first, last = min(t.i for t in span_tokens), max(t.i for t in span_tokens)
    span = doc[first : last + 1]
    start, end = sentence.offsets(span)
    return Span(text=span.text, start=start, end=end), claimed


def _event_region(proposal: _Proposal, lexicon: TriggerLexicon, work: _SentenceWork) -> set[Token]:
    """The tokens of the event's own clause: its trigger's verb and what hangs on it,
    less reported-speech frames and the clauses of other reporting verbs.

    Linear in the sentence: subtrees are taken shallowest first and one whose root is
    already in (or already out of) the region is skipped, since its tokens are too.
    """
    token = proposal.token
    top = clause_verb(token) if proposal.nominal else token
    if top.lemma_.lower() in lexicon.reporting_verbs:
        top = token
    region = set(top.subtree)
    if top.dep_ in ("advcl", "conj") and _is_casualty_word(top.head, lexicon):
        # "20 people died when militants stormed the village".
        region |= set(top.head.subtree)
    verbs = {verb.i: verb for verb in (clause_verb(merged.token) for merged in proposal.merged)}
    for verb in sorted(verbs.values(), key=work.depth):
        if verb not in region:
            region |= set(verb.subtree)
    reporters = [
        t
        for t in region
        if t.lemma_.lower() in lexicon.reporting_verbs and t.pos_ == "VERB" and t.i != token.i and t.i != top.i
    ]
    for reporter in sorted(reporters, key=work.depth):
        if reporter in region:
            region -= set(reporter.subtree)
    return region


def _overlaps(starts: list[int], ends: list[int], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted, disjoint token spans (starts[k], ends[k])."""
    k = bisect.bisect_right(starts, start) - 1
    if k >= 0 and start < ends[k]:
        return True  # a token holds `start`
    k += 1
    return k < len(starts) and starts[k] < end  # a token starts inside [start, end)


def _location(
    sentence: ParsedSentence,
    trigger: Token,
    region: set[Token],
    claimed: set[int],
    places: list[Place],
) -> Place | None:
    candidates: list[tuple[tuple[int, int], Place]] = []
    region_ids = {t.i for t in region}
    for place in places:
        if not (sentence.start <= place.start and place.end <= sentence.end):
            continue
        span = sentence.span_at(place.start, place.end)
        if span is None:
            continue
        ids = {t.i for t in span}
        if ids & claimed or place.role == "border":
            continue  # the speaker's place, or the far side of a border: not the event's
        in_region = bool(ids & region_ids)
        head = span.root
        prepositional = head.dep_ == "pobj" and head.head.lower_ in _LOCATION_PREPS
        if not prepositional and head.dep_ in ("compound", "poss", "amod") and head.head.dep_ == "pobj":
            prepositional = head.head.head.lower_ in _LOCATION_PREPS
        # "France's diplomat": a possessor says whose, not where.
        possessor = head.dep_ == "poss"
        rank = (
            4 if place.role == "dateline" else 3 if possessor
            else 0 if in_region and prepositional else 1 if in_region else 2 if prepositional else 3,
            abs(span.start - trigger.i),
        )
        candidates.append((rank, place))
    if not candidates:
        return None
    return min(candidates, key=lambda c: c[0])[1]


def _date(sentence: ParsedSentence, region: set[Token], dates: list[DateValue]) -> DateValue | None:
    in_sentence = [d for d in dates if sentence.start <= d.start and d.end <= sentence.end]
    if not in_sentence:
        return None
    region_chars = {sentence.start + t.idx for t in region}
    for date in in_sentence:
        if any(date.start <= c < date.end for c in region_chars):
            return date
    return in_sentence[0]


def _sentence_quantities(sentence: ParsedSentence, quantities: list[Quantity]) -> list[tuple[int, int, Quantity]]:
    return [
        (q.start - sentence.start, q.end - sentence.start, q)
        for q in quantities
        if sentence.start <= q.start and q.end <= sentence.end
    ]


def _parse_number(text: str) -> float | None:
    try:
        from tessera.extraction.quantities import parse_number
    except ImportError:  # pragma: no cover - the quantities stage is written alongside
        try:
            return float(text.replace(",", ""))
        except ValueError:
            return None
    return parse_number(text)


__all__ = ["TriggerLexicon", "TriggerRule", "extract_events", "inflections"]
