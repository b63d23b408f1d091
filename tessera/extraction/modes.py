"""Mode of an event: how the text presents it (asserted, future, hypothetical, negated).

Input: the trigger token of an event in a deep sentence and the mode cues of the
trigger lexicon. Output: one of `tessera.records.MODES`. Called by
`tessera.extraction.events` for every event.

The mode is read from the trigger's own clause and from the chain of verbs that
govern it through clausal complements ("plans to deploy", "could be redeployed"),
stopping at a reporting verb: "officials said the force is withdrawing" is asserted
whatever the tense of "said". Order of precedence: negation, then condition or
possibility, then futurity; "will not attack" is negated, "may attack" hypothetical.
A governing verb is known by its lemma or its form (the cue lists hold inflected forms:
the lemmatiser reads "hoping" as "hop").

Goals and purposes are not facts (`purposive`): a trigger that states the content of a goal
noun ("the task of fighting armed groups", "the goal remained to complete the withdrawal",
"in a bid to seize the town") or a verbal trigger in an infinitive of purpose ("stealing
cattle to fund their operations") is future; a trigger in a question ("How can an attack
happen on our camp?") is hypothetical.

What is feared or lacked is not what happened: a nominal trigger in the "of" or "for" phrase
of a noun of fear, foresight or need (`hypothetical_nouns`: "fears of an attack", "the danger
of an offensive", "the risk of a coup", "in need of assistance") is hypothetical. A verbal
trigger whose own subject says no one took part ("no one was killed", "none of the
passengers were abducted") is negated; a negative subject
of another verb is not the event's ("no group has claimed the attack"). A nominal trigger that
is the direct object of a verb of planning or fearing (`planning_verbs`: "were planning an
attack", "is considering sanctions", "residents fear a fresh attack") is future, or
hypothetical for a fear or a weighing; the complement of a verb of prevention ("foiled a plot to
bomb", "prevented the gunmen from attacking") is negated. A relative clause on a trigger noun
is no modifier of its mode ("the raid it had planned" was carried out).

Scope. "Without" negates what it governs, not the verb it hangs on: "withdrew without a fight"
and "killed ten villagers without warning" report the withdrawal and the killing, "passed
without incident" and "left without firing a shot" deny the incident and the firing. What
ends is a noun's complement ("an end to the fighting", also when the parser hangs "to" on
the verb: "put an end to the fighting"), not that of the verb "end" ("marches often end in
clashes"). A participle that hedges who did an event (`data/en/modes.yaml`
`hedging_participles`) leaves it asserted, as French news's reporting conditional does: in a
clause on the trigger noun ("a bomb suspected to have been planted by insurgents"), or as a
reduced relative on the subject that the parser made the head of the sentence ("Gunmen
suspected to be bandits attacked ...", a bare participle governing a finite past verb); "the
police suspected that the gang attacked the bank" stays hypothetical. An imperative (a bare
base form with no subject or auxiliary opening its sentence: "'Withdraw your troops,' the
chief said", "Let them lay down their arms") asks for what it names: future.
Measured (real-news EN study, the same tree without/with): predicted incidents right 182/219
-> 183/219, fatalities 159 -> 160/173, the rest unchanged; the score half and every gold
figure of both halves unchanged.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Token

from tessera import data

# Dependencies through which a governing verb passes its mode to a complement.
_COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "csubj", "advcl", "acl", "relcl"})
# Dependencies from a nominal trigger up to the verb whose clause it belongs to.
_NOMINAL_DEPS = frozenset(
    {
        "dobj",
        "obj",
        "pobj",
        "prep",
        "nsubj",
        "nsubjpass",
        "attr",
        "appos",
        "compound",
        "conj",
        "oprd",
        "agent",
        "dative",
        "npadvmod",
    }
)


def _cue_words(key: str) -> frozenset[str]:
    """A list of English mode cue words of en/triggers.yaml (see their comments there),
    checked; read once, when this module is imported."""
    return data.word_set(data.load("triggers", "en"), key, "en/triggers.yaml")


_FUTURE_MODIFIERS = _cue_words("future_modifiers")
_ASPECTUAL = _cue_words("aspectual_verbs")
_ATTEMPT = _cue_words("attempt_verbs")
_ADJUNCT_PREPS = _cue_words("background_prepositions")
_HYPOTHETICAL_MODIFIERS = _cue_words("hypothetical_modifiers")


@dataclass(frozen=True)
class ModeCues:
    """Mode vocabulary (from `triggers.yaml`)."""

    future_auxiliaries: frozenset[str]
    hypothetical_auxiliaries: frozenset[str]
    future_governors: frozenset[str]
    negating_governors: frozenset[str]
    hypothetical_governors: frozenset[str]
    hypothetical_marks: frozenset[str]
    negation_words: frozenset[str]
    reporting_verbs: frozenset[str]
    preventing_verbs: frozenset[str] = frozenset()
    goal_nouns: frozenset[str] = frozenset()
    attempt_nouns: frozenset[str] = frozenset()
    negating_nouns: frozenset[str] = frozenset()
    hypothetical_nouns: frozenset[str] = frozenset()
    planning_verbs: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ScopeWords:
    """Words that limit a mode's reach (`data/<language>/modes.yaml`): participles that
    only hedge who did an event."""

    hedging_participles: frozenset[str]
    # Nouns of hearsay: what they claim or say is told unverified (`_hearsay_report`).
    hearsay_nouns: frozenset[str]


@functools.cache
def scope_words(language: str = "en") -> ScopeWords:
    """The words of `data/<language>/modes.yaml`, read once per language."""
    raw = data.load("modes", language) or {}
    unknown = set(raw) - set(ScopeWords.__dataclass_fields__)
    if unknown:
        raise ValueError(f"tessera/data/{language}/modes.yaml: unknown keys {sorted(unknown)}")
    return ScopeWords(**{name: frozenset(str(w).casefold() for w in raw.get(name) or ())
                         for name in ScopeWords.__dataclass_fields__})


def clause_verb(trigger: Token) -> Token:
    """The verb whose clause a trigger belongs to (a verbal trigger is its own)."""
    node = trigger
    steps = 0
    while _is_nominal(node) and node.dep_ in _NOMINAL_DEPS and node.head.i != node.i and steps < 8:
        node = node.head
        steps += 1
    return node


def _is_nominal(token: Token) -> bool:
    # A gerund in a noun's slot ("died in police firing") is a noun here.
    if token.tag_ == "VBG" and token.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass"):
        return True
    return token.pos_ not in ("VERB", "AUX")


def event_mode(
    trigger: Token, cues: ModeCues, cache: dict[tuple[str, int], Any] | None = None, questions: bool = True
) -> str:
    """asserted | future | hypothetical | negated for the event named by `trigger`.

    `cache` (one dict per sentence doc) keeps what is read from each governing verb,
    so that many triggers under one verb do not each scan its children again.
    `questions=False` says the sentence has no question mark, so no clause of it is
    searched for one.
    """
    if cache is None:
        cache = {}
    words = scope_words("en")
    found: set[str] = set()
    if trigger.pos_ in ("NOUN", "PROPN"):
        for child in trigger.children:
            word = child.lower_
            if child.dep_ == "relcl":
                continue  # "the raid it had planned": a clause of its own, not a modifier
            if child.dep_ == "det" and word == "no":
                found.add("negated")
            elif word in _FUTURE_MODIFIERS:
                found.add("future")
            elif word in _HYPOTHETICAL_MODIFIERS and not (child.dep_ == "acl" and word in words.hedging_participles):
                # not "a bomb suspected to have been planted by insurgents": who, not whether
                found.add("hypothetical")
    if trigger.dep_ == "pobj" and trigger.head.lower_ in ("of", "to", "in") and (
        (trigger.head.head.pos_ in ("NOUN", "PROPN") and trigger.head.head.lemma_.lower() in cues.negating_nouns)
        or (
            # "put an end to the fighting": the parser hangs "to" on the verb
            trigger.head.lower_ == "to"
            and trigger.head.head.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "dobj" and c.lemma_.lower() in cues.negating_nouns for c in trigger.head.head.children)
        )
    ):
        # "a cessation of hostilities", "an end to the fighting": what stops is not an event.
        return "negated"
    if (
        trigger.dep_ == "pobj"
        and trigger.head.lower_ in ("of", "for")
        and trigger.head.head.lemma_.lower() in cues.hypothetical_nouns
    ):
        # "fears of an attack", "the threat of a coup", "in need of assistance".
        found.add("hypothetical")
    if (
        trigger.dep_ == "pcomp"
        and trigger.head.lower_ == "from"
        and trigger.head.head.lemma_.lower() in cues.preventing_verbs
    ):
        found.add("negated")  # "prevented the gunmen from attacking the village"
    if _negative_subject(trigger):
        found.add("negated")  # "no one was killed", "none of the hostages were harmed"
    if trigger.dep_ == "pobj" and trigger.head.lower_ in _ADJUNCT_PREPS:
        # "after the withdrawal": a background event, whatever the clause's mode.
        return _first_mode(found)
    if questions and _in_question(trigger):
        found.add("hypothetical")
    if (
        trigger.pos_ in ("NOUN", "PROPN")
        and trigger.dep_ == "pobj"
        and trigger.head.lower_ == "for"
        and trigger.head.head.lemma_.lower() in cues.future_governors
    ):
        found.add("future")  # "forces prepare for an offensive", "plans for a withdrawal"
    if purposive(trigger, cues):
        found.add("future")
    node = clause_verb(trigger)
    path = _path(trigger, node)
    if any(t.dep_ == "prep" and t.lower_ == "without" for t in path):
        found.add("negated")  # "passed without incident", "ended without an agreement"
    if node.i != trigger.i and node.lemma_.lower() in cues.preventing_verbs and trigger.dep_ in ("dobj", "obj"):
        # "prevented attacks", "foiled a coup": it did not happen.
        found.add("negated")
    if (
        node.i != trigger.i
        and trigger.dep_ in ("dobj", "obj")
        and node.lemma_.lower() in cues.planning_verbs
        and not any(c.pos_ in ("VERB", "AUX") for c in trigger.children)
    ):
        # "were planning an attack", "is considering sanctions", "residents fear reprisals";
        # not "wants the attack probed", where what is wanted is the probe.
        words = (node.lemma_.lower(), node.lower_)
        found.add("hypothetical" if any(w in cues.hypothetical_governors for w in words) else "future")
    steps = 0
    while True:
        found |= _cached(cache, "cues", node, lambda verb: _clause_cues(verb, cues))
        if node.dep_ == "conj" and node.head.pos_ in ("VERB", "AUX"):
            # "will meet and discuss": the auxiliaries of the first conjunct.
            if not any(c.dep_ in ("aux", "auxpass", "neg", "nsubj") for c in node.children) and not _own_tense(node):
                found |= _cached(cache, "cues", node.head, lambda verb: _clause_cues(verb, cues))
                first = node.head
                if (first.dep_ in ("ccomp", "xcomp") and first.head.lemma_.lower() in cues.reporting_verbs
                        and _hearsay_report(first.head, scope_words("en"))):
                    # "rumours claimed he had been attacked and killed": a bare conjunct shares
                    # what the rumour claims; "..., and rioters looted shops" is told apart.
                    found.add("hypothetical")
            break
        if node.dep_ not in _COMPLEMENT_DEPS or node.head.i == node.i or steps > 6:
            break
        governor = node.head
        lemma = governor.lemma_.lower()
        if lemma in cues.reporting_verbs:
            if node.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in governor.children) \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children) \
                    and not any(c.lower_ == "have" for c in node.children):
                # "told France to withdraw its troops": a directive, what is told is to be done
                found.add("future")
            if _hearsay_report(governor, scope_words("en")):
                # "Rumours claimed that a driver had been killed": hearsay, not a report.
                found.add("hypothetical")
            # The report's own tense and negation are not the event's, but a
            # condition the parser hung on the reporting verb belongs to what is
            # reported ("troops will be redeployed ..., if they ask, he said").
            if _cached(cache, "conditional report", governor, lambda verb: _conditional_report(verb, cues)):
                found.add("hypothetical")
            # "would" inside reported speech is a reported future.
            if (
                "hypothetical" in found
                and not _cached(cache, "condition", node, lambda verb: _has_condition(verb, cues))
                and _has_aux(node, {"would"})
            ):
                found.discard("hypothetical")
                found.add("future")
            break
        if node.dep_ in ("xcomp", "ccomp", "pcomp") and not _begun(governor) and not _hedged_subject(node, words):
            # The lemma, or the word itself where the lemmatiser failed ("hoping" -> "hop");
            # the governor lists hold their inflected forms too (`TriggerLexicon.from_data`).
            forms = (lemma, governor.lower_)
            if any(w in cues.negating_governors for w in forms):
                found.add("negated")
            elif any(w in cues.hypothetical_governors for w in forms):
                found.add("hypothetical")
            elif any(w in cues.future_governors for w in forms):
                found.add("future")
        if node.dep_ in ("advcl", "acl", "relcl"):
            break
        node = governor
        steps += 1
    return _first_mode(found)


def _own_tense(conjunct: Token) -> bool:
    """A conjunct with a tense of its own, which the first conjunct's modal or "do" cannot
    govern: "could not confirm the toll and denied ...", "will not talk but says ...".
    Under a modal or "do" a shared verb is bare ("will meet and discuss"); under "have" or
    "be" a past form may be the participle ("has not attacked and killed"), so it is shared.
    """
    if conjunct.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    return any(
        c.dep_ == "aux" and (c.tag_ == "MD" or c.lemma_.lower() == "do") for c in conjunct.head.children
    )


def _path(trigger: Token, verb: Token) -> list[Token]:
    """The tokens from `trigger` up to `verb` (its clause verb), `verb` left out."""
    path: list[Token] = []
    node = trigger
    while node.i != verb.i and len(path) < 9:
        path.append(node)
        node = node.head
    return path


def _hearsay_report(verb: Token, words: ScopeWords) -> bool:
    """The reporting verb's subject is a noun of hearsay (`hearsay_nouns`: "Rumours that
    circulated on Saturday claimed that ...", "speculation said"): what it reports is
    unverified talk, not an event the report tells (a source's "said" stays a report)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.casefold() in words.hearsay_nouns
               for c in verb.children)


def _hedged_subject(node: Token, words: ScopeWords) -> bool:
    """A finite past verb that the parser hung as the complement of a bare participle of
    hedging on its subject ("Gunmen suspected to be bandits attacked nine villages": a
    reduced relative, "suspected" heading the sentence): the hedge is on who, not whether."""
    governor = node.head
    return (
        node.dep_ == "ccomp"
        and node.tag_ == "VBD"
        and governor.tag_ == "VBN"
        and governor.lower_ in words.hedging_participles
        and governor.i < node.i
        and not any(c.dep_ in ("aux", "auxpass") for c in governor.children)
    )


_NEGATIVE_PRONOUNS = _cue_words("negative_pronouns")


def _negative_subject(trigger: Token) -> bool:
    """A verbal trigger whose own subject denies that anyone took part: "no one was killed",
    "nobody was hurt", "none of the hostages were harmed", "no soldier died". Only the
    trigger's own subject counts ("no group has claimed the attack" still reports one)."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    for child in trigger.children:
        if child.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if child.lower_ in _NEGATIVE_PRONOUNS:
            return True
        if any(g.dep_ in ("det", "neg") and g.lower_ == "no" for g in child.children):
            return True
    return False


def purposive(trigger: Token, cues: ModeCues) -> bool:
    """Whether `trigger` states a goal or a purpose rather than a fact: `goal_frame` or
    `purpose_clause`."""
    return goal_frame(trigger, cues) or purpose_clause(trigger, cues)


def goal_frame(trigger: Token, cues: ModeCues) -> bool:
    """The content of a goal noun (`cues.goal_nouns`): "the task of fighting", "with the
    aim of attacking", "in a bid to seize", "the goal is to withdraw", "the goal remained
    to have completed the withdrawal" (a nominal trigger through its clause's verb)."""
    verb = clause_verb(trigger)
    return any(_goal_content(node, cues.goal_nouns) for node in {trigger.i: trigger, verb.i: verb}.values())


def purpose_clause(trigger: Token, cues: ModeCues) -> bool:
    """A verbal trigger that is an infinitive of purpose with no subject of its own:
    "stealing cattle to fund their operations", "a commodity to fund their operations"
    (an adverbial clause, or an infinitive on a noun other than an attempt: "an attempt
    to storm the base" reports the assault)."""
    if clause_verb(trigger).i != trigger.i or trigger.dep_ not in ("advcl", "acl"):
        return False
    head = trigger.head
    if trigger.dep_ == "advcl" and head.pos_ not in ("VERB", "AUX"):
        return False
    if trigger.dep_ == "acl" and (head.pos_ not in ("NOUN", "PROPN") or head.lemma_.lower() in cues.attempt_nouns):
        return False
    children = list(trigger.children)
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in children
    )


def _goal_content(node: Token, goal_nouns: frozenset[str]) -> bool:
    head = node.head
    if head.i == node.i:
        return False
    if node.dep_ == "pcomp" and head.lower_ in ("of", "for") and head.head.i != head.i:
        noun = head.head  # "the task of fighting"
    elif node.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
        noun = head  # "in a bid to seize"
    elif node.dep_ in ("xcomp", "ccomp", "attr", "advcl") and head.lemma_.lower() in ("be", "remain"):
        # "the goal is to withdraw", "the aim remained to complete"
        noun = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), head)
    else:
        return False
    return noun.lemma_.lower() in goal_nouns


def _begun(governor: Token) -> bool:
    """An aspectual verb in the past or perfect: "convoys began leaving bases", "have
    started withdrawing" report what is under way, not a plan; a verb of attempt so
    ("rebels tried to seize the town", "had attempted to storm the base") reports the act
    attempted, as "an attempt to storm the base" does. Not "will try to", "are trying to"."""
    return governor.lemma_.lower() in _ASPECTUAL | _ATTEMPT and governor.tag_ in ("VBD", "VBN")


def _in_question(token: Token) -> bool:
    """Whether `token` is in a question: a question mark closes its clause before any
    full stop or quotation mark ("How can an attack happen on our camp?" he asked)."""
    doc = token.doc
    for i in range(token.i + 1, token.sent.end):
        word = doc[i]
        if word.text == "?":
            return True
        if word.is_quote or word.text in (".", "!", ";"):
            return False
    return False


def _cached(cache: dict[tuple[str, int], Any], kind: str, token: Token, read: Callable[[Token], Any]) -> Any:
    key = (kind, token.i)
    if key not in cache:
        cache[key] = read(token)
    return cache[key]


def _conditional_report(verb: Token, cues: ModeCues) -> bool:
    """A reporting verb with a condition hung on it ("..., if they ask, he said")."""
    return any(
        c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in cues.hypothetical_marks for g in c.children)
        for c in verb.children
    )


def _first_mode(found: set[str]) -> str:
    for mode in ("negated", "hypothetical", "future"):
        if mode in found:
            return mode
    return "asserted"


def _clause_cues(verb: Token, cues: ModeCues) -> set[str]:
    found: set[str] = set()
    for child in verb.children:
        word = child.lower_
        if child.dep_ == "neg" or (child.dep_ in ("advmod", "det", "preconj") and word in ("never", "neither")):
            found.add("negated")
        elif child.dep_ in ("aux", "auxpass"):
            if word in cues.future_auxiliaries:
                found.add("future")
            elif word in cues.hypothetical_auxiliaries:
                found.add("hypothetical")
            elif child.lemma_ == "go" and any(c.lower_ == "to" for c in verb.children):
                found.add("future")
        elif child.dep_ == "mark" and word in cues.hypothetical_marks:
            found.add("hypothetical")
        elif child.dep_ == "advcl" and any(
            g.dep_ == "mark" and g.lower_ in cues.hypothetical_marks for g in child.children
        ):
            # "could be redeployed ... if they request": a condition on the event.
            found.add("hypothetical")
    # "was going to attack", "is set to withdraw", "is expected to meet".
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("go", "set", "due", "expect", "schedule"):
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            found.add("future")
    if _be_to(verb):
        found.add("future")  # "the army is to send troops", "troops are to be sent": arranged, not done
    if verb.dep_ == "pcomp" and verb.head.lower_ == "without":
        found.add("negated")
    if _imperative(verb):
        found.add("future")  # "Release the hostages", "Let them lay down their arms": asked for
    if _headline_infinitive(verb, cues):
        found.add("future")  # "Army to send troops to the north": announced, not done
    return found


def _has_to(verb: Token) -> bool:
    """The verb is an infinitive with its "to" ("to send", "to be sent")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _be_to(verb: Token) -> bool:
    """An infinitive that "be" with a subject of its own takes ("the army is to send troops",
    "parliament is to vote on sanctions", "troops were to be sent"): an arrangement for the
    future. Not a pseudo-cleft ("what they did was to attack"), whose subject is a clause."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() != "be" or head.pos_ not in ("AUX", "VERB"):
        return False
    if not _has_to(verb):
        return False
    if any(c.dep_ in ("csubj", "csubjpass") for c in head.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("what", "all") for c in head.children)


def _headline_infinitive(verb: Token, cues: ModeCues) -> bool:
    """The infinitive of a headline that announces an act ("Army to send troops to the
    north", "Troops to be sent north", "UN to impose sanctions on junta, says envoy"): a verb
    with "to" and its own subject, heading its sentence or the report a trailing reporting
    verb gives; or, where the parser made the subject the head of a fragment ("Nigeria's
    army to launch offensive"), an infinitive on that head noun. Prose gives such an
    infinitive a finite verb to hang on ("the army is to send", "ordered the army to
    send"), so it never heads its sentence there."""
    if verb.tag_ not in ("VB", "VBN") or not _has_to(verb):
        return False
    if any(c.dep_ == "mark" for c in verb.children):
        return False  # "for the army to send troops would ..."
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    head = verb.head
    if verb.dep_ == "ROOT":
        return subject
    if verb.dep_ in ("ccomp", "parataxis"):
        # "France to withdraw troops, says Macron"
        return subject and head.i > verb.i and head.lemma_.lower() in cues.reporting_verbs
    if verb.dep_ in ("acl", "relcl"):
        return (
            not subject
            and head.dep_ == "ROOT"
            and head.pos_ in ("NOUN", "PROPN")
            and head.i < verb.i
            and head.lemma_.lower() not in cues.attempt_nouns
        )
    return False


_IMPERATIVE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "parataxis"})
_SUBJECT_OR_AUX = frozenset({"nsubj", "nsubjpass", "expl", "aux", "auxpass", "mark", "csubj"})


def _imperative(verb: Token) -> bool:
    """A verb in the imperative: a bare base form with no subject, auxiliary or
    subordinator that opens its sentence, after at most quotation marks and "please"
    ("Withdraw your troops," the chief said). It tells what is asked, not what happened."""
    if verb.tag_ != "VB" or verb.dep_ not in _IMPERATIVE_DEPS:
        return False
    if any(c.dep_ in _SUBJECT_OR_AUX for c in verb.children):
        return False
    doc = verb.doc
    return all(doc[i].is_punct or doc[i].is_quote or doc[i].pos_ == "INTJ" for i in range(verb.sent.start, verb.i))


def _has_condition(verb: Token, cues: ModeCues) -> bool:
    return any(t.dep_ == "mark" and t.lower_ in cues.hypothetical_marks for t in verb.subtree)


def _has_aux(verb: Token, words: set[str]) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in words for c in verb.children)
