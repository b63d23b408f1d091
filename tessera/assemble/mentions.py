"""What one mention says about itself (`MentionFacts`, `mention_facts`): its clause's tense and
determiners, whether it is reported, background or a sequel, and the `_Mention` and `_Draft`
records the assembly works on.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Token

from tessera.assemble.rules import (
    AssembleRules,
    default_assemble_rules,
)
from tessera.extraction.events.assembly import title_line
from tessera.extraction.quantities import parse_number
from tessera.extraction.quantities_fr import parse_number_fr
from tessera.parse import ParsedArticle, ParsedSentence
from tessera.records import (
    DateValue,
    Event,
    Place,
)

# --- what one mention says about itself ---------------------------------------------

# A subject or object of the trigger's clause.
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj"})
# A clause's own subject (ClearNLP and UD labels).
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass", "csubj", "csubj:pass"})
_PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "nsubj:pass", "csubjpass", "csubj:pass"})
_CLAUSE_POS = frozenset({"VERB", "AUX"})

@dataclass(frozen=True)
class MentionFacts:
    """What the grammar around one mention's trigger says (see the module docstring)."""

    sentence: int  # index of the sentence in the article
    anaphor: bool = False  # a definite event noun: refers back
    distinct: bool = False  # announced as another incident
    distinct_by: str = ""  # the modifier that announced it ("another"), "" for an ordinal
    context: bool = False  # background, not one incident
    # A noun trigger that is an argument of another mention's trigger ("condemned the
    # attack"): the actor and recipient extraction gave it belong to that other event.
    borrowed_roles: bool = False
    # Its two sides are named by a "between" phrase ("clashes between UN peacekeepers and
    # former Seleka fighters"): which one is the actor is the order of naming, not a claim.
    # The lower-cased lemmas of the sides' head nouns ("peacekeeper", "fighter").
    sides: frozenset[str] = frozenset()

    @property
    def mutual(self) -> bool:
        return bool(self.sides)
    # Placed in a definite event noun ("killed during the attack"): it refers back to an
    # incident of its own type, as an anaphor does.
    placed: bool = False
    # A plural event noun ("the gunbattles"): refers back to its own kind only.
    plural: bool = False
    # A verb whose subject is another mention's event noun ("The attack demolished
    # numerous homes"): it tells what that event did, part of its incident.
    done_by_event: bool = False
    # An asserted passive of an enacting verb (`AssembleRules.enacting_verbs`: "An
    # investigation into the killings was opened on Monday"): an act that took place,
    # the authorities', though no mention names who did it.
    enacted: bool = False
    # A passive verbal act whose source the sentence names though not as its agent
    # ("The militias have been accused of the massacre, according to the rights group"):
    # someone said it (`_sourced`).
    sourced: bool = False
    # A verbal act of `AssembleRules.passive_speaker_types` told in the passive with no agent.
    unsaid: bool = False
    # Its participants are named by the trigger's own dependents ("talks between the junta
    # and the bloc", "the summit, attended by eight heads of state"): `_participants`.
    participants: bool = False
    # Told under "after"/"before" with a distance ("The attack came days after militants
    # ambushed a convoy"): another occasion than the main clause's event (`_sequenced`).
    sequenced: bool = False
    # An event noun that a verb orders against the incident just told ("This followed
    # clashes between troops and militiamen"): another occasion, maybe of the same day
    # (`_follows`); it joins no incident told before.
    ordered: bool = False
    # A measure only a state takes (`AssembleRules.state_acts`: "arrested 11 persons",
    # "imposed a curfew", "banned meetings"), by its trigger or the trigger's object: its
    # object naming no sector does not make it an act against a thing, the setting of an
    # attack told beside it. An arrest, a curfew or a ban after an attack is an incident of
    # its own (the real-news annotation's COERCE), not that attack's setting.
    state_act: bool = False
    # The kind of coercive act it tells (`AssembleRules.act_kinds`: "arrest", "ban"), if any.
    act_kind: str | None = None
    # Told in the past perfect ("had called for protests", "avait demandé"), or in a
    # clause under such a verb: what happened before the report's events (`_past_perfect`).
    past_perfect: bool = False
    # Its own verb (not an infinitive under one: "avait demandé de manifester") is in the
    # past perfect: an act told as what came before (`_told_before`).
    own_past_perfect: bool = False
    # A noun of a state of affairs (`AssembleRules.condition_nouns`: "unrest"): it may
    # describe an incident already told ("a bank was set on fire during the unrest in the
    # town"), never tells one of its own (`_setting`).
    condition: bool = False
    # A visit paid in the visitor's own country with no counterpart of another one
    # (`_visit_at_home`): in a report of another incident, a tour of its scene (`_tours_at_home`).
    visit_at_home: bool = False
    reasons: tuple[str, ...] = ()  # why context / distinct, for tests and notes


def _trigger_token(sentence: ParsedSentence, event: Event) -> Token | None:
    """The root of the event's trigger span, read once a trigger (the assembly asks for
    each event many times: `span.root` walks the span's heads on every call)."""
    roots: dict[tuple[int, int], Token | None] | None = sentence.__dict__.get("_trigger_roots")
    if roots is None:
        roots = sentence.__dict__["_trigger_roots"] = {}
    key = (event.trigger.start, event.trigger.end)
    if key not in roots:
        span = sentence.span_at(*key)
        roots[key] = None if span is None or len(span) == 0 else span.root
    return roots[key]


def _clause_head(token: Token) -> Token:
    """The verb whose clause holds `token` (the token itself when it is one)."""
    current = token
    for _ in range(8):
        if current.pos_ in _CLAUSE_POS or current.head.i == current.i:
            return current
        current = current.head
    return current


def _determiner(token: Token) -> str | None:
    for child in token.children:
        if child.dep_ in ("det", "poss", "predet"):
            return child.lower_
    previous = token.nbor(-1) if token.i > 0 else None
    if previous is not None and previous.tag_ in ("DT", "PDT", "PRP$"):
        return previous.lower_
    return None


def _possessed(token: Token) -> bool:
    """A noun with a possessive determiner ("Friday's assault", "its attack", "the
    group's raid") is definite, as with "the": it names a known occasion."""
    return any(child.dep_ == "poss" for child in token.children)


def _modifiers(token: Token) -> set[str]:
    """Lower-cased determiners and adjectives before a noun, with or without a parse."""
    words = {c.lower_ for c in token.children if c.dep_ in ("amod", "det", "nummod", "compound", "advmod")}
    for left in reversed(list(token.doc[max(0, token.i - 3) : token.i])):
        if left.is_punct or left.pos_ in ("VERB", "ADP"):
            break
        words.add(left.lower_)
    return words


def _struck(noun: Token, rules: AssembleRules) -> list[Token]:
    """The complements of an event noun that name what the act struck or used, through a
    case word of `distinct_complement_cases` ("l'explosion d'un autre engin")."""
    return [c for c in noun.children if c.dep_ == "nmod"
            and any(g.dep_ == "case" and g.lower_ in rules.distinct_complement_cases for g in c.children)]


def _is_noun(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN") or token.tag_.startswith("NN")


def _range_ends(start: Token, months: frozenset[str]) -> str | None:
    """The month or year coordinated with a month or a year that opens a range ("janvier et
    octobre", "2015 et 2017"), if `start` is one and has one."""
    def dated(token: Token) -> bool:
        return token.lower_ in months or (token.is_digit and len(token.text) == 4)

    if not dated(start):
        return None
    end = next((c for c in start.children if c.dep_ == "conj" and dated(c)), None)
    return end.text if end is not None else None


def _date_range(preposition: Token, months: frozenset[str]) -> str | None:
    """The two months or years a range preposition joins ("between January and August",
    "between 2015 and 2020"): its object and a conjunct of it (`months`: the language's month
    names, `AssembleRules.month_words`). Days ("between Monday and Tuesday") are one night's
    or two days' act, no period."""

    for obj in preposition.children:
        if obj.dep_ == "pobj" and (end := _range_ends(obj, months)) is not None:
            return f"{obj.text} and {end}"
    return None


def _governing_verb(clause: Token, rules: AssembleRules) -> Token | None:
    """The aspectual verb or verb of attempt (`frame_governors`) whose infinitive complement
    the clause verb is ("rebels tried to seize the town", "the army began to disarm the
    militia"), if any: the clause's words of time and frequency hang on it ("months after
    rebels tried to seize ...")."""
    head = clause.head
    if clause.dep_ == "xcomp" and head.i != clause.i and head.pos_ in _CLAUSE_POS \
            and head.lemma_.casefold() in rules.frame_governors:
        return head
    return None


def _durative(clause: Token, trigger: Token, rules: AssembleRules, governing: Token | None = None) -> str | None:
    """A period frame governed by the clause verb, the trigger noun or the verb governing the
    clause verb (`_governing_verb`), if any."""
    # `_perfect(clause)`, read at need and once (a Token's label is read once a child too:
    # each read looks the label up in the vocabulary again).
    perfect: bool | None = None
    governors = {clause, trigger} if governing is None else {clause, trigger, governing}
    for governor in governors:
        # The clause's own frame: on its verb, or on the verb that governs it
        clausal = governor.i == clause.i or governor is governing
        for child in governor.children:
            word = child.lower_
            dep = child.dep_
            if rules.since_clause_acts and dep == "mark" and clausal \
                    and word in rules.since_words:
                # "... since the military coup dethroned the government in February": the clause
                # "since" opens tells the act the period starts from, one act of its own day
                continue
            if word in rules.since_words and dep in ("prep", "mark", "advmod", "advcl"):
                if not (
                    _since_a_day(child, rules)
                    or _in_comparison(governor)
                    or _superlative_before(child)
                    or _in_aside(child, governor)
                ):
                    return f"'{word}' frames a period"
            if word in rules.period_prepositions and dep == "prep":
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.lemma_.lower() in rules.period_units:
                        mods = {c.lower_ for c in obj.children}
                        if obj.tag_ == "NNS" or mods & rules.period_modifiers:
                            return f"'{word} ... {obj.text}' frames a period"
            if word in rules.range_prepositions and dep == "prep" \
                    and (span := _date_range(child, rules.month_words)):
                return f"'{word} {span}' frames a period"
            if dep == "npadvmod" and child.lemma_.lower() in rules.period_units and child.tag_ == "NNS":
                return f"'{child.text}' frames a period"
            # Universal Dependencies (the French model): "depuis 2015", "depuis des années"
            # is an oblique whose case marker is the since word; a period when it holds a
            # year or a period unit, not a day an act began ("depuis lundi") nor a place.
            # (The label first: only an oblique's case markers are read.)
            since = [c for c in child.children if c.dep_ == "case" and c.lower_ in rules.since_words] \
                if dep in ("obl", "obl:mod", "nmod") else []
            if since and (any(
                (t.is_digit and len(t.text) == 4) or t.lemma_.lower() in rules.period_units for t in child.subtree
            ) or child.lemma_.lower() in rules.since_start_nouns or _month_alone(child, rules)):
                return f"'{since[0].text} {child.text}' frames a period"
            if dep in ("obl", "obl:mod", "obj") and _period_oblique(child, rules):
                return f"'{child.text}' frames a period"
            # Universal Dependencies: "entre janvier et octobre", "entre 2015 et 2017" (the
            # range's first date an oblique with the range word as its case marker)
            if dep in ("obl", "obl:mod", "nmod") and any(
                    c.dep_ == "case" and c.lower_ in rules.range_prepositions for c in child.children) \
                    and (end := _range_ends(child, rules.month_words)) is not None:
                return f"'{child.text} ... {end}' frames a period"
            # "Since peace talks broke down, the rebels have carried out ...": a clause
            # introduced by "since" frames a period for a perfect main clause (a causal
            # "since" goes with a simple past).
            if dep == "advcl" and clausal and (
                    _perfect(governor) if governor is governing
                    else perfect if perfect is not None else (perfect := _perfect(clause))):
                marks = [m for m in child.children if m.dep_ == "mark" and m.lower_ in rules.since_words]
                if marks and not _superlative_before(marks[0]):
                    return f"'{marks[0].text} {child.text}' frames a period"
    if (perfect if perfect is not None else _perfect(clause)):
        # "346 have been killed and 15,000 have been injured since protests began": the parse
        # hangs the period on the last of two perfect clauses joined by "and"; it frames both.
        for conj in clause.children:
            if conj.dep_ == "conj" and conj.i > clause.i and conj.pos_ in ("VERB", "AUX") and _perfect(conj):
                frame = _durative(conj, conj, rules)
                if frame is not None and frame.endswith("frames a period"):
                    return frame
    if clause.tag_ == "VBG":
        auxes = [c.lower_ for c in clause.children if c.dep_ == "aux"]
        if "been" in auxes and any(a in ("has", "have", "had") for a in auxes):
            return "perfect progressive"
        if _present_progressive(clause) and not _named_ground(clause) and not _act_goes_on(clause, trigger):
            return "present progressive"
    return None


def _month_alone(since_object: Token, rules: AssembleRules) -> bool:
    """The object of a UD "since" phrase is a month with no day of it ("depuis décembre dernier",
    "depuis janvier"), as English "since January" is a period (`_since_a_day`); not "depuis le
    3 janvier" (a day: the parse heads it on the number, or hangs the number on the month)."""
    return since_object.lower_ in rules.month_words and not any(
        c.like_num and c.text.isdigit() and 1 <= int(c.text) <= 31 for c in since_object.children)


def _states_count(clause: Token) -> bool:
    """The clause counts its people with a figure, as its subject or object ("au moins 195
    civils avaient été tués", "ont tué 40 civils"): a toll, which a frame up to now makes a
    running one (Universal Dependencies labels)."""
    return any(
        c.dep_ in ("nsubj", "nsubj:pass", "obj")
        and (c.pos_ == "NUM" or any(n.dep_ == "nummod" for n in c.children))
        for c in clause.children
    )


def _since_a_day(since: Token, rules: AssembleRules) -> bool:
    """A "since" phrase whose object is a day or a time of one, with no year: "since Monday",
    "since July 3", "since early morning" (its own words, not a clause hung on it). Fighting
    told since then is one incident over the days to the report ("Fighting has rocked the
    town since July 3"), not the setting of a conflict ("since 2019", "since January",
    "since the coup" stay a period)."""
    if since.dep_ != "prep":
        return False
    objects = [c for c in since.children if c.dep_ == "pobj"]
    words = [w for o in objects for w in (o, *(c for c in o.children if c.dep_ in _DAY_MODIFIER_DEPS))]
    if not words or any(w.text.isdigit() and len(w.text) == 4 for w in words):
        return False
    lowered = {w.lower_ for w in words}
    if lowered & rules.since_day_words:
        return True
    return bool(lowered & rules.month_words) and any(w.text.isdigit() and 1 <= int(w.text) <= 31 for w in words)


# What names the day of a "since" object: "July 3" (nummod), "early morning" (amod),
# "last Monday" (amod), a compound.
_DAY_MODIFIER_DEPS = frozenset({"nummod", "amod", "compound", "npadvmod"})


def _period_oblique(child: Token, rules: AssembleRules) -> bool:
    """ "frappé ces dernières années", "pendant des mois" (Universal Dependencies): a plural
    period unit as an oblique, with a word of recency or a period preposition; not "le mois
    dernier" (one month, singular). The small model may call such a phrase without a
    preposition the verb's object."""
    return (child.dep_ in ("obl", "obl:mod", "obj") and child.lemma_.lower() in rules.period_units
            and ("Number=Plur" in child.morph
                 or any(c.dep_ == "det" and "Number=Plur" in c.morph for c in child.children))
            and bool({c.lower_ for c in child.children} & rules.period_modifiers
                     or any(c.dep_ == "case" and c.lower_ in rules.period_prepositions for c in child.children)))


def _present_progressive(clause: Token) -> bool:
    """ "are urging the government", "is supporting the police": what goes on as the report
    is written, an ongoing activity with no one time (not "were firing": a past occasion)."""
    return clause.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in clause.children)


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _moved_to(clause: Token, event: Event, rules: AssembleRules) -> bool:
    """A movement of forces (`destination_kept_types`) toward an end its clause names in a
    phrase of `movement_end_prepositions` ("is sending troops to the region", "are deploying
    police into the capital"); not one with no end ("is deploying troops")."""
    return event.type in rules.destination_kept_types and any(
        c.dep_ == "prep" and c.lower_ in rules.movement_end_prepositions and any(o.dep_ == "pobj" for o in c.children)
        for c in clause.children
    )


def _act_goes_on(clause: Token, trigger: Token) -> bool:
    """A singular event noun that is the subject of a present progressive: "fighting is going
    on between the army and the militia", "the shelling is approaching the village". The act
    itself goes on as the report is written: the incident told, not a participant's ongoing
    activity ("the army is battling an insurgency"); a bare plural ("Protests are spreading")
    is left to the generic-subject rule."""
    return trigger.i != clause.i and trigger.tag_ == "NN" and trigger.dep_ == "nsubj" and trigger.head.i == clause.i


def _named_ground(clause: Token) -> bool:
    """A present progressive act on a named place: "the Taliban are attacking in Nad Ali
    district", "rebels are shelling the city of Goma". An act going on as the report is
    written where it names its ground is the incident the report tells, not an activity with
    no one time ("is battling an insurgency", "is shelling residential areas")."""
    def place(token: Token) -> bool:
        return token.ent_type_ in _PLACE_LABELS or (token.tag_ == "NNP" and token.ent_type_ not in ("ORG", "NORP"))

    def named(token: Token) -> bool:
        return place(token) or any(place(c) for c in token.children if c.dep_ in ("compound", "poss"))

    for child in clause.children:
        if child.dep_ == "prep" and any(o.dep_ == "pobj" and named(o) for o in child.children):
            return True
        if child.dep_ == "dobj" and (
            named(child)
            or any(
                p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and named(o) for o in p.children)
                for p in child.children
            )
        ):
            return True
    return False


def _in_comparison(token: Token) -> bool:
    """A superlative frame ("the deadliest since 2015") compares; it does not last."""
    return token.tag_ == "JJS" or any(c.tag_ == "JJS" for c in token.children)


def _in_aside(since: Token, governor: Token) -> bool:
    """ "accused X, in exile since 2023, of ...": a "since" phrase inside an aside set off by
    commas, after other words of that aside, dates the aside's state (the exile), not the
    clause's act, though the parse hangs it on the verb.
    (Not a comma inside a phrase that began before it: "in the gas-rich, Muslim-majority
    region since 2017" frames the clause.)"""
    doc = since.doc
    before = next((t for t in reversed(doc[governor.i + 1 : since.i]) if t.text == ","), None)
    if before is None or before.i + 1 >= since.i:
        return False
    end = since.right_edge.i + 1
    if end >= len(doc) or doc[end].text != ",":
        return False
    # The aside opens a phrase of its own on the clause: the word after the comma hangs,
    # through words after the comma only, on the governor.
    first = doc[before.i + 1]
    for _ in range(8):
        if first.head.i == governor.i:
            return first.left_edge.i > before.i
        if first.head.i == first.i:
            return False
        first = first.head
    return False


# Punctuation that closes the phrase a superlative opens (`_superlative_before`).
_PHRASE_BREAKS = frozenset({",", ";", ":", "(", ")", "\u2014", "\u2013"})


def _superlative_before(since: Token, reach: int = 6, within_phrase: bool = False) -> bool:
    """ "their deadliest attack since launching an insurgency": a superlative shortly
    before "since" compares one event with a period; the event itself is one. A bound on a
    number is no comparison: "At least 195 people have been killed since December" ("least"
    counts the dead) is a running toll. `within_phrase`: not past a comma, a colon, a dash
    or a bracket before "since"."""
    doc = since.doc
    start = max(0, since.i - reach)
    if within_phrase:
        start = next((t.i + 1 for t in reversed(doc[start : since.i]) if t.text in _PHRASE_BREAKS), start)
    return any(t.tag_ == "JJS" and not (t.head.like_num or t.head.head.like_num) for t in doc[start : since.i])


def _present_simple(clause: Token) -> bool:
    if clause.tag_ not in ("VBZ", "VBP") or clause.pos_ != "VERB":
        return False
    if clause.dep_ in ("ccomp", "xcomp") and clause.head.lemma_.lower() in _PERCEPTION_VERBS \
            and clause.head.tag_ in ("VBD", "VBN"):
        return False  # "saw officers seize power in September": a bare infinitive, the tagger's present
    return not any(c.dep_ in ("aux", "auxpass") for c in clause.children)


# Verbs whose bare-infinitive complement ("saw officers seize power") tells an act they witnessed.
_PERCEPTION_VERBS = frozenset({"see", "watch", "hear", "witness", "notice"})


def _placed_by_name(noun: Token) -> bool:
    """A noun a place's name modifies, as a compound ("Kenya protests turn deadly", "East Timor
    leader critically wounded") or in an "in" phrase ("anti-government protests in DR Congo"):
    that place's protests or leader, the report's own, not a generic subject nor events of a
    kind."""
    places = ("GPE", "LOC")
    return any(c.dep_ == "compound" and c.ent_type_ in places for c in noun.children) or any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and g.ent_type_ in places for g in c.children)
        for c in noun.children)


def _performative(event: Event, clause: Token, rules: AssembleRules) -> bool:
    """A statement in the present simple by a named or definite speaker ("Panama demands
    her release", "The mission calls for a halt to the fighting"): the statement made as it
    is reported, not a habit ("Many of them denounce ...", "advocates vow ..." stay general)."""
    if event.type not in rules.statement_types:
        return False
    node = clause
    for _ in range(3):
        subjects = [c for c in node.children if c.dep_ in _SUBJECT_DEPS]
        if subjects:
            subject = subjects[0]
            if subject.dep_ in _PASSIVE_SUBJECT_DEPS:
                # "The army has been accused of abuses": the passive's subject is the one
                # accused, no speaker; the speaker is the agent's ("... by the UN"), if any.
                agents = [g for c in node.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
                if not agents:
                    return False
                subject = agents[0]
            if any(c.dep_ in ("amod", "det") and c.lower_ in rules.group_quantifiers for c in subject.children):
                return False  # "Many Kenyans blame the governor": people in general
            named = subject.pos_ == "PROPN" or subject.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")
            # "Regional authorities accuse ...": a bare noun of a state body of a known
            # country (`body_sectors`) is that body, not people in general.
            actor = event.actor
            body = actor is not None and actor.country is not None and actor.type in rules.body_sectors
            return named or body or _determiner(subject) in rules.definite_determiners or _possessed(subject)
        if node.dep_ != "conj" or node.head.i == node.i:
            return False
        node = node.head
    return False


def _perfect(clause: Token) -> bool:
    """ "has carried out", "have been fighting": the present perfect, simple or progressive."""
    if _present_perfect(clause):
        return True
    auxes = [c.lower_ for c in clause.children if c.dep_ == "aux"]
    return clause.tag_ == "VBG" and "been" in auxes and any(a in ("has", "have", "'ve") for a in auxes)


def _present_perfect(clause: Token) -> bool:
    """ "has burned", "have accused", "has been accused" (a verb of a coordination
    shares its first verb's auxiliaries); not the past perfect, not the progressive."""
    verb = clause
    for _ in range(4):
        auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if auxes:
            return verb.tag_ == "VBN" and any(a in ("has", "have", "'ve") for a in auxes)
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


_PAST_PERFECT_AUX = frozenset({"had", "'d"})
_PAST_PERFECT_AUX_LEMMAS = frozenset({"avoir", "être"})


def _infinitive(verb: Token) -> bool:
    # The tag first: cheaper to read. A feature is asked of the analysis as "Field=Value"
    # (`MorphAnalysis.__contains__`, one look-up), as `"Inf" in morph.get("VerbForm")` reads
    # it: spaCy keeps each value of a field as a feature of its own.
    return verb.tag_ == "VB" or "VerbForm=Inf" in verb.morph


def _past_perfect(trigger: Token) -> bool:
    """ "had called", "had been banned", "avait demandé", "s'était retiré": the past perfect.
    A verb of a coordination shares its first verb's auxiliaries (not one in the simple
    past), and an infinitive the tense of the verb it depends on ("avait demandé aux Guinéens de manifester pour
    dénoncer ...", "had urged supporters to protest")."""
    verb = trigger
    for _ in range(6):
        auxes = [c for c in verb.children if c.dep_.startswith("aux")]
        if auxes and not _infinitive(verb):
            english = any(a.lower_ in _PAST_PERFECT_AUX for a in auxes) and verb.tag_ in ("VBN", "VBG")
            french = "VerbForm=Part" in verb.morph and any(  # (as `_infinitive` reads a feature)
                a.lemma_ in _PAST_PERFECT_AUX_LEMMAS and "Tense=Imp" in a.morph for a in auxes
            )
            return english or french
        if verb.head.i == verb.i:
            return False
        # "had repulsed an attack and blamed Sudan": a conjunct in the simple past shares no
        # perfect's auxiliary.
        if verb.pos_ in ("VERB", "AUX") and not _infinitive(verb) and (verb.dep_ != "conj" or verb.tag_ == "VBD"):
            return False
        verb = verb.head
    return False


# A relative clause (the French model's label too), and what an event noun is reached from
# it through: objects and prepositions, English and French labels.
_RELATIVE_DEPS = frozenset({"relcl", "acl:relcl"})
_REACHING_DEPS = frozenset({"dobj", "pobj", "prep", "obj", "obl", "obl:arg", "obl:mod", "nmod"})


# Clauses that tell another event than the one they hang on.
_OTHER_CLAUSE_DEPS = frozenset({"ccomp", "relcl", "advcl", "acl", "parataxis"})


def _generic_objects(clause: Token, trigger: Token, trigger_offsets: set[int],
                     elaborations: frozenset[str] = frozenset()) -> list[Token]:
    """Bare plural objects of the clause or of its complements ("has burned down
    villages", "have accused both sides of atrocities", "has been accused of hitting
    schools"): a kind of target, not the ones of one event. Not the event noun itself
    ("has imposed sanctions": `trigger_offsets` are the sentence's trigger offsets); nor a
    noun in the agent of a passive ("have been killed by separatists"): the doers, no
    target; nor the members of an object already told (`elaborations`: "have abducted 50
    people, including women and children")."""
    found = []
    for token in clause.subtree:
        if token.dep_ not in ("dobj", "pobj") or token.tag_ != "NNS" or not _bare(token):
            continue
        if token.dep_ == "pobj" and token.head.lower_ in elaborations:
            continue
        if token.i == trigger.i or (token.dep_ == "dobj" and token.head.i == clause.i and token.idx in trigger_offsets):
            continue
        node = token.head  # spaCy makes a new Token at each access: compare indices
        agent = False
        while node.i != clause.i and node.dep_ not in _OTHER_CLAUSE_DEPS and node.head.i != node.i:
            agent = agent or node.dep_ == "agent"
            node = node.head
        if node.i == clause.i and not agent:
            found.append(token)
    return found


def _reacts_to_one(verb: Token, rules: AssembleRules, trigger_words: frozenset[str]) -> bool:
    """A verb whose direct object is one event named with a definite determiner ("have
    condemned the incident", "condemn the attack"): a reaction to an incident the report
    tells, an act of its own, whatever the tense; not background ("the violence has killed
    thousands" has the event as its subject)."""
    return any(
        c.dep_ == "dobj"
        and c.tag_ == "NN"
        and _determiner(c) in rules.definite_determiners
        and (_event_noun(c, rules, trigger_words) or c.lemma_.casefold() in rules.occasion_nouns)
        and not _modifiers(c) & (rules.distinct_modifiers | rules.ordinals)
        for c in verb.children
    )


def _bare(token: Token) -> bool:
    """A common noun with no determiner, possessive or number: a generic reading."""
    if not _is_noun(token) or token.pos_ == "PROPN" or token.ent_type_:
        return False
    return not any(c.dep_ in ("det", "poss", "nummod", "predet") for c in token.children)


def _visit_at_home(event: Event, token: Token, rules: AssembleRules) -> bool:
    """A visit paid in the visitor's own country with no counterpart of another one
    ("the president visited the prison attacked by gunmen", "the prime minister arrived in
    Peshawar", "the governor, after visiting the scene of the raid"): in a report of an
    incident, a leader's tour of its scene, not a consultation between parties (none of the
    annotated consultations is one). Both countries must be known: a visit with no visitor stays.
    `_tours_at_home` asks for another incident in the report."""
    if token.lemma_.casefold() not in rules.visit_lemmas or event.actor is None or event.location is None:
        return False
    home = event.actor.country
    if home is None or event.location.country != home:
        return False
    return event.recipient is None or event.recipient.country in (None, home)


def mention_facts(
    event: Event,
    parsed: ParsedArticle,
    trigger_starts: frozenset[int],
    rules: AssembleRules | None = None,
    trigger_words: frozenset[str] = frozenset(),
    statement_starts: frozenset[int] = frozenset(),
    places: Sequence[Place] = (),
) -> MentionFacts:
    """Anaphor / distinct / context for one mention, from its sentence's grammar.

    `trigger_starts` holds the article offsets of every mention's trigger, so that an
    event noun is known as one without an event word list; `statement_starts` those of
    the statements' (`statement_types`), so that a speaker's second statement is known;
    `places` the article's places, so that an event noun's own phrase is known to name one
    (`_placed_and_dated`).
    """
    rules = rules or default_assemble_rules()
    sentence = parsed.sentence_at(event.trigger.start)
    if sentence is None:
        return MentionFacts(sentence=-1)
    token = _trigger_token(sentence, event)
    if token is None:
        return MentionFacts(sentence=sentence.index)
    parsed_deeply = sentence.deep
    noun = _is_noun(token)
    determiner = _determiner(token) if noun else None
    modifiers = _modifiers(token) if noun else set()
    ordinal = bool(modifiers & rules.ordinals) or any(
        c.dep_ == "amod" and c.lower_.endswith(("nd", "rd", "th")) and c.lower_[:1].isdigit() for c in token.children
    )
    definite = determiner in rules.definite_determiners or (noun and _possessed(token))
    reasons: list[str] = []

    distinct = False
    distinct_by = ""
    # "in a separate attack, gunmen ambushed ...": the marker may sit on an event noun
    # of the trigger's clause rather than on the trigger itself.
    clause = _clause_head(token) if parsed_deeply else token
    nouns = [token] + [t for t in sentence.tokens_at(trigger_starts) if t.i != token.i and _is_noun(t)]
    if parsed_deeply:
        # "In another incident, three people were injured": the frame of the clause, an
        # occasion noun that need not be an event word ("incident", "development").
        nouns += [
            obj
            for prep in clause.children
            if prep.dep_ == "prep" and prep.lower_ in rules.occasion_prepositions
            for obj in prep.children
            if obj.dep_ == "pobj" and obj.tag_ == "NN"
        ]
    for candidate in nouns:
        if candidate.i != token.i and _clause_head(candidate).i != clause.i and candidate.head.head.i != clause.i:
            continue
        # A verb takes no such modifier: the words before it are its subject's ("Nine other
        # civilians were wounded": other victims of the same attack, not another attack).
        if parsed_deeply and not _is_noun(candidate):
            continue
        marked = _modifiers(candidate) & rules.distinct_modifiers
        if not marked and candidate.i == token.i and _is_noun(candidate):
            marked = {word for part in _struck(candidate, rules)
                      for word in _modifiers(part) & rules.distinct_complement_modifiers}
        if marked:
            distinct = True
            distinct_by = sorted(marked)[0]
            reasons.append(f"'{sorted(marked)[0]} {candidate.text}' announces another incident")
            break
    if ordinal and not definite and token.dep_ not in ("appos", "attr"):
        distinct = True
        reasons.append(f"ordinal '{token.text}' with '{determiner or 'no'}' determiner: a new incident")

    anchored = _anchored(event) or (noun and _placed_and_dated(token, event, sentence, places))
    context_reasons: list[str] = []
    caption = _file_caption(sentence.text, rules.file_photo_words)
    if caption:
        context_reasons.append(f"'{caption}': the caption of a file picture, an old scene")
    if event.type in rules.context_types:
        context_reasons.append(f"{event.type}: backing or aid, the setting of a conflict, not an incident of it")
    # Talked to the report's sources ("reporters", "eyewitnesses", "a local radio station"), no
    # party ("talked to the rebels", "talked to Museveni" are talks between sides).
    interviewed = [] if noun or token.lemma_.casefold() not in rules.interview_verbs else [
        c.text for c in token.children if c.dep_ == "prep" and c.lower_ in rules.interview_prepositions
        and any(g.dep_ == "pobj" and g.lemma_.casefold() in rules.interview_sources for g in c.children)]
    if interviewed:
        context_reasons.append(f"'{token.text} {interviewed[0]}': an interview, a source of the report")
    if parsed_deeply:
        governing = _governing_verb(clause, rules)
        durative = _durative(clause, token, rules, governing)
        # "The government is sending reinforcements to the region": a movement of forces
        # going on as the report is written, toward its end, is the deployment the report
        # tells, whether or not the end is named (`_moved_to`).
        if durative == "present progressive" and _moved_to(clause, event, rules):
            durative = None
        if durative:
            context_reasons.append(durative)
        subordinate = _subordinate_statement(
            event, clause, rules, _speech_act(clause.head, sentence.start, statement_starts, rules)
        )
        if subordinate:
            context_reasons.append(subordinate)
        # (Those of the clause hang on the verb governing it, if any: "repeatedly tried to
        # storm the base", "tried three times to seize the town".)
        frame_verbs = (clause,) if governing is None else (clause, governing)
        frequent = [c.text for verb in frame_verbs for c in verb.children
                    if c.dep_ == "advmod" and c.lower_ in rules.frequency_adverbs]
        frequent += [found for verb in frame_verbs for found in _repeated(verb, rules)]
        if frequent:
            context_reasons.append(f"'{frequent[0]}': repeated")
        running = _running_count(clause, rules)
        if running:
            context_reasons.append(f"'{running}': a running count")
        plunged = _cause_of_state(token, rules)
        if plunged:
            context_reasons.append(f"'{plunged}': the cause of a lasting state")
        setting = _set_against(token, event, sentence, places, rules)
        if setting:
            context_reasons.append(f"'{setting} {token.text}': the setting of the report")
        described = _takeover_described(token, sentence.start, trigger_starts, rules)
        if described:
            context_reasons.append(described)
        # "the third coup"; not "The second attack ... killed one person" (its own toll).
        if ordinal and (definite or token.dep_ in ("appos", "attr")) and not _exact_toll(event):
            context_reasons.append(f"ordinal '{token.text}': one of a series")
        # "killed dozens of protesters overnight", "on Tuesday night": told as the act of one
        # day or night (`unplaced_day_words`), one incident, whatever its count.
        anchored = anchored or _within_a_day(clause, rules)
        if not anchored:
            arguments = [c for c in clause.children if c.dep_ in _ARGUMENT_DEPS | {"dobj"}]
            # (The object of a movement of forces counts those moved, not occurrences: "sent in
            # hundreds of extra police" is one deployment.)
            counting = [c for c in arguments
                        if not (c.dep_ == "dobj" and event.type in rules.destination_kept_types)]
            vague = [t.text for c in counting for t in c.subtree if t.lower_ in rules.vague_counts and t.tag_ == "NNS"]
            subjects = [c for c in clause.children if c.dep_ in _SUBJECT_DEPS]
            # One event named: a singular definite event noun, as the trigger ("repudiation
            # of the cowardly attack") or as the subject of a simple past ("The attack
            # demolished homes and left dozens of civilians injured"); not "the violence
            # has killed thousands" (a perfect sums up).
            # So is a definite plural told in a simple past ("The strikes also wounded dozens
            # of people": the strikes just told).
            one_named = noun and definite and (
                token.tag_ in ("NN", "NNP") or (token.tag_ == "NNS" and not _perfect(clause))
            )
            # "The EU has condemned the incident", "Officials condemn the attack": an act
            # done to one event named, the report's own, not a kind of act.
            reaction = not noun and _reacts_to_one(token, rules, trigger_words)
            one_named = one_named or reaction
            named_subject = not _perfect(clause) and any(
                s.tag_ in ("NN", "NNP")
                and sentence.start + s.idx in trigger_starts
                and _determiner(s) in rules.definite_determiners
                for s in subjects
            )
            # A toll in figures beside it ("left more than 20 people dead and dozens of
            # others wounded") is one event's count: the vague one counts the wounded.
            if (vague and event.fatalities is None and not ((one_named or named_subject) and not _perfect(clause))) or (
                noun and token.lower_ in rules.vague_counts
            ):
                context_reasons.append(f"'{vague[0] if vague else token.text}': an aggregate count")
            # "Israeli air strikes killed 20 people in Rafah overnight", "Clashes between
            # herders and farmers left 18 dead": a bare plural event noun that states an
            # exact toll in a simple past, for no period wider than a day ("overnight"),
            # tells one report's strikes or clashes, not a kind of event (as the plural
            # rule below).
            # (A title's present is the news's: "Georgia, South Ossetia clashes kill 15".)
            one_report = (
                _exact_toll(event)
                and not _perfect(clause)
                and (not _present_simple(clause) or title_line(parsed.text, event.trigger.start))
                and (event.date is None or event.date.value is None or event.date.precision == "day")
            )
            generic = [
                s
                for s in subjects
                if _bare(s)
                and (s.tag_ == "NN" or sentence.start + s.idx in trigger_starts)
                and not one_named
                and not (one_report and s.tag_ == "NNS")
                and not _placed_by_name(s)
            ]
            if noun and _bare(token) and token.tag_ == "NNS" and token.dep_ in _SUBJECT_DEPS and not one_report \
                    and not _placed_by_name(token):
                generic.append(token)
            if generic:
                context_reasons.append(f"'{generic[0].text}': a generic subject")
            # (A title's present is the news's: "EU imposes sanctions on junta leaders".)
            if (not noun and _present_simple(clause) and not _performative(event, clause, rules) and not reaction
                    and not _news_title(parsed.text, event.trigger.start, rules)):
                context_reasons.append(f"'{clause.text}': habitual present")
            generic_objects = (
                _generic_objects(clause, token, {t - sentence.start for t in trigger_starts},
                                 rules.elaboration_prepositions)
                if event.fatalities is None
                and not reaction
                and event.type in rules.target_types
                and token.lemma_.casefold() not in rules.prohibition_words
                and _present_perfect(clause)
                # "Omer has accused Oromia officials of ...": a named speaker's statement is one
                # statement whatever it accuses ("rights groups have accused both sides" stays general)
                and not (event.type in rules.statement_types and _performative(event, clause, rules))
                else []
            )
            if generic_objects:
                context_reasons.append(f"'{clause.text} ... {generic_objects[0].text}': generic present perfect")
            # "Attacks killed ...": several events; "the gunbattles that accompanied the
            # coup" (definite) are the ones of one incident.
            # (Not "..., the latest in a string of attacks" beside the clause's own toll;
            # nor "fired at hundreds of protesters", "used mortars": a plural that counts
            # people or rounds, `counted_nouns`.)
            series = event.fatalities is not None and _series(token, rules)
            counted = token.lemma_.casefold() in rules.counted_nouns
            # "imposed sanctions on Mali", "held talks": a plural that names one act.
            one_act = token.lower_ in rules.plural_acts
            if (noun and token.tag_ == "NNS" and not _exact_toll(event) and not definite and not series and not counted
                    and not one_act and not _placed_by_name(token)):
                context_reasons.append(f"plural '{token.text}': several events")
    context = bool(context_reasons)
    if context:
        reasons.extend(context_reasons)
        distinct = False
    anaphor = noun and definite and not distinct and not context and not ordinal
    placed = False
    if not (anaphor or distinct or context) and parsed_deeply:
        # "those killed during the attack", "were kidnapped in the raid": the event is
        # placed in one already told (an event noun: a word the article's mentions use).
        occasion = _occasion_noun(token, rules, trigger_words)
        if occasion is not None:
            placed = True
            reasons.append(f"'{occasion}' refers back")
    if not (anaphor or distinct or context or placed) and parsed_deeply and not noun:
        # "rebels launched the June 16 attack on a school in X", "carried out the raid": a
        # verb whose object is a singular definite event noun does the incident told before.
        told = _definite_act_object(token, rules, trigger_words)
        if told is not None:
            placed = True
            reasons.append(f"'{told.text}': a definite act done")
    if not (anaphor or distinct or context or placed) and event.recipient is not None:
        # "these victims were shot last Sunday", "those killed": the people of an
        # incident already told, pointed at.
        first = event.recipient.text.split(maxsplit=1)[:1]
        if first and first[0].casefold() in rules.demonstratives:
            placed = True
            reasons.append(f"'{event.recipient.text}' refers back")
    borrowed = (
        noun
        and parsed_deeply
        and token.head.i != token.i
        and sentence.start + token.head.idx in trigger_starts
        and token.dep_ in ("dobj", "pobj", "nsubjpass", "attr", "appos")
    )
    past_perfect = parsed_deeply and not noun and _past_perfect(token)
    return MentionFacts(
        sentence=sentence.index,
        anaphor=anaphor,
        distinct=distinct,
        distinct_by=distinct_by if distinct else "",
        context=context,
        borrowed_roles=borrowed,
        sides=_mutual(token, rules) if parsed_deeply else frozenset(),
        participants=parsed_deeply and event.type in rules.meeting_types and _participants(token, rules),
        sequenced=parsed_deeply and _sequenced(token, rules),
        ordered=parsed_deeply and _follows(token, rules),
        state_act=_state_act(token, rules),
        act_kind=_act_kind(token, rules),
        past_perfect=past_perfect,
        own_past_perfect=past_perfect and not _infinitive(token),
        condition=noun and token.lemma_.casefold() in rules.condition_nouns,
        visit_at_home=_visit_at_home(event, token, rules),
        placed=placed,
        plural=noun and token.tag_ in ("NNS", "NNPS"),
        done_by_event=not noun
        and parsed_deeply
        and any(
            c.dep_ in _SUBJECT_DEPS and _is_noun(c) and sentence.start + c.idx in trigger_starts
            for c in token.children
        ),
        enacted=not noun
        and parsed_deeply
        and event.mode == "asserted"
        and token.lemma_.casefold() in rules.enacting_verbs
        and any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children),
        sourced=not noun and parsed_deeply and event.type in rules.speaker_types and _sourced(token, rules),
        unsaid=not noun and parsed_deeply and event.type in rules.passive_speaker_types and _agentless_passive(token),
        reasons=tuple(reasons),
    )


# Clauses that add to what another verb tells: coordinated after it ("condemned the attack
# and called for calm"), its complement ("vowed to cooperate", "urged Santos to resume
# negotiations"), a relative clause on a participant ("the ELN, which announced a truce").
_ADDED_CLAUSE_DEPS = frozenset({"conj", "xcomp", "relcl"})


def _news_title(text: str, offset: int, rules: AssembleRules) -> bool:
    """The line holding `offset` is a title that tells news in the present ("EU imposes
    sanctions on junta leaders"), not one that asks or explains ("Why jihadists attack schools",
    "How bandits kidnap travellers": `title_question_words`), whose present stays habitual."""
    if not title_line(text, offset):
        return False
    start = text.rfind("\n", 0, offset) + 1
    first = re.match(r"\s*([^\W\d_]+)", text[start:offset + 1])
    return first is None or first.group(1).casefold() not in rules.title_question_words


@functools.lru_cache(maxsize=4)
def _in_order(words: frozenset[str]) -> tuple[str, ...]:
    """`words` sorted once, not at every mention."""
    return tuple(sorted(words))


def _file_caption(text: str, words: frozenset[str]) -> str | None:
    """The file picture's credit a sentence holds (`AssembleRules.file_photo_words`), if any."""
    if not words:
        return None
    lowered = text.casefold()
    for word in _in_order(words):
        at = lowered.find(word)
        while at >= 0:
            if at == 0 or not lowered[at - 1].isalnum() or not word[0].isalnum():
                return word  # a word of its own: not "profile photo"
            at = lowered.find(word, at + 1)
    return None


def _agentless_passive(verb: Token) -> bool:
    """A verb told in the passive (a passive subject or auxiliary, in either scheme of
    labels) with no agent ("sont accusés d'avoir mené l'attaque", not "a été imputée aux
    jihadistes par les autorités")."""
    return any(c.dep_ in ("nsubjpass", "auxpass", "nsubj:pass", "aux:pass") for c in verb.children) and not any(
        c.dep_ in ("agent", "obl:agent") for c in verb.children)


def _sourced(verb: Token, rules: AssembleRules) -> bool:
    """A passive verb ("have been accused") told on a source's word, an "according to"
    phrase on it (`source_prepositions`): the statement has a speaker, though no agent;
    not the unspoken "the attack was widely condemned". (A verb of saying over it, "...,
    the army said", was tried too: English score half predicted right 230/351 -> 231/353,
    date and actor country rates down.)"""
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return False
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in rules.source_prepositions
        and any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") for to in prep.children for o in to.children)
        for prep in verb.children
    )


def _state_act(trigger: Token, rules: AssembleRules) -> bool:
    """The trigger, its direct object ("imposed a curfew") or, for either that is a noun, the
    object of its "of" ("a state of emergency was declared"), is a word of an act only a
    state does (`AssembleRules.state_acts`)."""
    words = [trigger] + [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    words += [g for w in words if w.pos_ == "NOUN" for c in w.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
    return any(w.lemma_.casefold() in rules.state_acts or w.lower_ in rules.state_acts for w in words)


_KIND_DEPS = frozenset({"dobj", "obj", "nsubjpass", "nsubj:pass", "obl"})


def _act_kind(trigger: Token, rules: AssembleRules) -> str | None:
    """The kind of coercive act (`AssembleRules.act_kinds`) its trigger's lemma names, or
    its object's or its preposition's object's ("seized power", "the seizure of power",
    "taken into custody"): the first word that names one, the trigger first."""
    if not rules.act_kinds:
        return None
    words = [trigger] + [c for c in trigger.children if c.dep_ in _KIND_DEPS]
    words += [g for c in trigger.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    # (A word's lemma and form read once, not once a kind: each read is a vocabulary look-up.)
    for word in words:
        lemma, lower = word.lemma_.casefold(), word.lower_
        for kind, lemmas in rules.act_kinds.items():
            if lemma in lemmas or lower in lemmas:
                return kind
    # A kind named by a modifier of the trigger or of its object (`kinds_named_by_modifier`):
    # "declared a state of emergency" (of-object), "imposed martial law" (adjective).
    modifiers = [m for w in words for m in w.children if m.dep_ in ("amod", "compound")]
    modifiers += [g for w in words for c in w.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"]
    for word in modifiers:
        lemma = word.lemma_.casefold()
        for kind in rules.kinds_named_by_modifier:
            if lemma in rules.act_kinds.get(kind, frozenset()):
                return kind
    return None


def _subordinate_statement(
    event: Event, clause: Token, rules: AssembleRules, after_speech: bool = False
) -> str | None:
    """A statement or an undertaking (`statement_types`: a call, a pledge, a truce,
    talks) told in a clause that adds to another verb's: part of another act's report
    (the main verb's speaker saying more, a participant described), not an incident.

    `after_speech`: the verb it adds to is a speech act (`_speech_act`): a statement
    coordinated after it or in a participle on it by the same named speaker is that
    speaker's own statement ("The ministry condemned the raid and called for calm"; "the
    president issued a statement, blaming the rebels"), an incident by the dev sets'
    convention (a condemnation with an appeal: ACCUSE + REQUEST), not a deed's aside."""
    if event.type not in rules.statement_types:
        return None
    # "..., promising to turn Niger into a beacon of democracy": a participle clause with no
    # conjunction adds to the report before it, as a coordinated verb does.
    participle = clause.dep_ == "advcl" and clause.tag_ == "VBG" and not any(c.dep_ == "mark" for c in clause.children)
    if clause.dep_ not in _ADDED_CLAUSE_DEPS and not participle:
        return None
    if clause.dep_ == "conj" and _rejoinder(clause, rules):
        return None
    # "ECOWAS announced lifting the sanctions on Guinea": what a verb of announcing takes
    # as its complement is the act made public, the incident itself.
    if clause.dep_ == "xcomp" and clause.head.lemma_.casefold() in rules.announcing_verbs:
        return None
    aimed = any(c.dep_ in ("dobj", "obj", "dative", "prep") for c in clause.children)
    if (clause.dep_ == "conj" or (participle and aimed)) and after_speech and _named_speaker(clause.head, rules):
        return None
    # "X said the police were complicit, accusing them of ...", "the minister said troops had
    # repulsed an attack and blamed Sudan": a clause the parse hangs on the reported words
    # that adds to the saying itself (`_adds_to_saying`): the speaker's own statement.
    saying = _adds_to_saying(clause, participle, rules)
    if saying is not None and aimed and _named_speaker(saying, rules):
        return None
    # "..., Gomez told the radio, blaming the rebels": a participle on a verb of saying that
    # names whom it is aimed at (an object, a "for"/"on" phrase) is what was said, the report
    # itself (the saying is no incident to add to). One with only an infinitive ("...,
    # vowing to go after those responsible", "promising to hold elections") tells an intent.
    if participle and clause.head.lemma_.casefold() in rules.reporting_verbs and aimed:
        return None
    return f"'{clause.text}' ({clause.dep_} of '{clause.head.text}'): a statement added to another"


def _adds_to_saying(clause: Token, participle: bool, rules: AssembleRules) -> Token | None:
    """The verb of saying a clause adds to, where the parse hangs it on that verb's reported
    words (their clause the verb's complement, the clause after them): a participle with no
    subject after a comma ("said the police were complicit, accusing them of ..."), or a
    conjunct in the simple past with no subject of its own after a perfect it cannot share
    the auxiliary of ("said troops had repulsed an attack and blamed Sudan")."""
    reported = clause.head
    if reported.dep_ != "ccomp" or clause.i < reported.i:
        return None
    saying = reported.head
    if saying.lemma_.casefold() not in rules.reporting_verbs or saying.i > reported.i:
        return None
    if participle:
        before = clause.doc[clause.i - 1] if clause.i > 0 else None
        return saying if before is not None and before.text == "," else None
    if clause.dep_ != "conj" or clause.tag_ != "VBD" or any(c.dep_ in _SUBJECT_DEPS for c in clause.children):
        return None
    perfect = reported.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.casefold() == "have" for c in reported.children
    )
    return saying if perfect else None


def _speech_act(verb: Token, sentence_start: int, statement_starts: frozenset[int], rules: AssembleRules) -> bool:
    """The verb is a speech act: itself a statement's trigger ("condemned the attack and
    called for calm"), a verb of saying (`reporting_verbs`), or one that utters
    (`speech_act_verbs`: "expressed concern ... and urged calm", "issued a statement,
    blaming the rebels"); not a deed ("the gunmen entered the school and met no one")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.casefold()
    return (
        sentence_start + verb.idx in statement_starts
        or lemma in rules.reporting_verbs
        or lemma in rules.speech_act_verbs
    )


def _named_speaker(verb: Token, rules: AssembleRules) -> bool:
    """The verb's speaker is named: its subject a noun ("The ministry", "Several
    countries"), or, a pronoun in quoted words, the noun subject of the verb of saying
    that reports them ("'We ... call on the army to act,' the president said"). Not one
    with no subject, nor a pronoun the sentence does not resolve. A later conjunct
    ("we pray ..., extend ... and ask") shares the first one's subject."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if any(s.pos_ in ("NOUN", "PROPN") for s in subjects):
        return True
    if not subjects or verb.dep_ != "ccomp" or verb.head.lemma_.casefold() not in rules.reporting_verbs:
        return False
    return any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in verb.head.children)


def _rejoinder(clause: Token, rules: AssembleRules) -> bool:
    """A coordinated clause set against the one before (`rejoinder_conjunctions`) that
    names a subject of its own ("India accused the group of the attack, but Islamabad has
    denied any involvement"; "the army claimed a victory, but aid groups have condemned the
    killings"): another party's act in answer, a report in its own right, not the first
    speaker saying more. A pronoun subject ("but it called for calm") points back at the
    first speaker, and the clause still adds to that report."""
    conjunctions = [c for c in (*clause.children, *clause.head.children) if c.dep_ == "cc"]
    if not any(c.lower_ in rules.rejoinder_conjunctions for c in conjunctions):
        return False
    return any(c.dep_ in _SUBJECT_DEPS and c.pos_ in ("NOUN", "PROPN") for c in clause.children)


def _running_count(clause: Token, rules: AssembleRules) -> str | None:
    """ "have killed some 27 people so far", "has killed 120 people to date": a count
    kept since the conflict began, over its incidents, not one incident's toll."""
    if not rules.running_count_phrases:
        return None
    counts: bool | None = None  # `_states_count(clause)`, read at need and once
    for child in clause.children:
        dep = child.dep_
        if dep not in ("advmod", "prep", "npadvmod", "obl", "obl:mod"):
            continue
        if _subtree_starts_with(child, rules.running_count_phrases):
            return " ".join(t.lower_ for t in child.subtree)
        # Universal Dependencies (the French model) hangs the phrase as an oblique or an
        # adverb ("jusqu'ici", "à ce jour", "jusqu'à présent"): read as written from its first
        # word, the parse may split an elided "jusqu'" from the rest.
        # Only of a count the clause states ("40 civils ont été tués jusqu'ici"), not of
        # what has not happened up to now ("aucune revendication jusqu'ici après l'attaque").
        if (dep in ("obl", "obl:mod") or child.lower_.endswith(("'", "\u2019"))) and (
                counts if counts is not None else (counts := _states_count(clause))):
            written = child.doc.text[child.left_edge.idx:].lower().replace("\u2019", "'")
            for phrase in rules.running_count_phrases:
                if written.startswith(phrase) and not written[len(phrase):len(phrase) + 1].isalnum():
                    return phrase
    return None


def _subtree_starts_with(head: Token, phrases: tuple[str, ...]) -> bool:
    """The lower-cased words of `head`'s subtree, joined by spaces, start with one of
    `phrases`: as `" ".join(t.lower_ for t in head.subtree).startswith(phrases)`, reading
    only as many words as the longest phrase can span (a preposition's subtree may run on
    for a clause)."""
    longest = max(map(len, phrases), default=0)
    words: list[str] = []
    length = -1
    for token in head.subtree:
        words.append(token.lower_)
        length += len(words[-1]) + 1
        if length >= longest:
            break
    return " ".join(words).startswith(phrases)


def _cause_of_state(trigger: Token, rules: AssembleRules) -> str | None:
    """ "Le renversement du président a plongé le pays dans la crise", "le pays a été plongé
    dans la guerre civile après un coup d'État", "a sombré dans le chaos" (Universal
    Dependencies): an act that is the subject or an oblique of a verb of falling into a
    lasting state (`plunge_verbs`), or the state it falls into, is told as the origin of the
    country's condition, background to the report's incidents."""
    if not rules.plunge_verbs:
        return None
    node = trigger
    for _ in range(2):
        if node.dep_ not in _SUBJECT_DEPS | {"obl", "obl:mod", "obl:arg", "advcl", "nmod"} or node.head.i == node.i:
            return None
        node = node.head
        if node.lemma_.casefold() in rules.plunge_verbs:
            return node.text
        if not _is_noun(node):
            return None  # one noun between at most: "après la chute du régime"
    return None


def _set_against(
    trigger: Token, event: Event, sentence: ParsedSentence, places: Sequence[Place], rules: AssembleRules
) -> str | None:
    """ "The violence comes amid fighting between the army and rebels", "the strike comes amid
    some of the fiercest fighting in years", "amid a surge in fighting": an act noun under a
    preposition of a setting (`setting_prepositions`), directly or through one noun between
    (a partitive, "some of", or a measure, "a surge in"), is the background the report is set
    against, not an incident of it, whether or not the sentence tells another event. Not one
    that states its own place and day ("amid clashes in Kisumu on Monday": one occasion), nor
    one that holds a toll or is set for deaths (`die_verbs`, `kill_verbs`: "five people died
    amid clashes": the deaths are its incident)."""
    if not rules.setting_prepositions or not _is_noun(trigger) or event.fatalities is not None:
        return None
    node = trigger
    for _ in range(2):
        if node.dep_ != "pobj" or node.head.i == node.i:
            return None
        prep = node.head
        if prep.lower_ in rules.setting_prepositions:
            if prep.head.lemma_.casefold() in rules.die_verbs | rules.kill_verbs:
                return None  # "four people have died amid protests": the deaths are its own
            return None if _own_place_and_day(trigger, event, sentence, places) else prep.text
        if node.i != trigger.i or prep.lower_ not in rules.setting_links:
            return None
        node = prep.head  # "some of the fiercest fighting", "a surge in fighting"
    return None


def _own_place_and_day(token: Token, event: Event, sentence: ParsedSentence, places: Sequence[Place]) -> bool:
    """Whether an event noun's own phrase names a place and the mention is stated for a day
    within it ("clashes in Kisumu on Monday")."""
    if event.date is None or event.date.precision != "day":
        return False
    spans = [(p.start, p.end) for p in places]
    words = [t for t in token.subtree if t.i != token.i]
    return (any(_names_place(t, sentence, spans) for t in words)
            and any(t.ent_type_ in ("DATE", "TIME") for t in words))


def _names_place(word: Token, sentence: ParsedSentence, spans: Sequence[tuple[int, int]]) -> bool:
    """The word is a place: the recogniser's, or inside one of the article's place spans."""
    start = sentence.start + word.idx
    return word.ent_type_ in _PLACE_LABELS or any(first <= start < last for first, last in spans)


def _takeover_described(
    trigger: Token, offset: int, trigger_starts: frozenset[int], rules: AssembleRules
) -> str | None:
    """A takeover (`ousting_verbs`; `seizing_verbs` with one of `power_nouns` as object) told
    in a relative clause on those who did it, the clause's subject a relative pronoun for them
    (`participant_relative_pronouns`): "les militaires qui ont renversé le président", "la
    junte qui a pris le pouvoir". It says who the participant is, whatever its date:
    background, not an incident. Not a clause on an event noun or on the takeover's own name
    (`takeover_nouns`: "le coup d'État qui a renversé le président" tells the event), nor a
    takeover told in a clause of its own ("les militaires ont renversé le président"). A
    takeover told in a clause that dates another (`since_clause_openers`: "la crise dure depuis
    2013, lorsque les rebelles ont renversé le président") is background too.
    (Measured on the French real-news study half: the bare participle on the ruler ousted,
    "le président, renversé en septembre", and a relative clause the parse hangs on the main
    verb also carry lucky pairings of annotated incidents, and stay.)"""
    lemma = trigger.lemma_.casefold()
    seized = lemma in rules.seizing_verbs and any(
        c.lemma_.casefold() in rules.power_nouns for c in trigger.children if c.dep_ in _REACHING_DEPS
    )
    if lemma not in rules.ousting_verbs and not seized:
        return None
    if trigger.dep_ == "advcl" and trigger.head.i != trigger.i and any(
            c.dep_ == "mark" and c.lower_ in rules.since_clause_openers for c in trigger.children):
        # "les violences ont débuté en 2013 lorsque les rebelles ont renversé le président":
        # the takeover dates another clause's state, background
        return f"'{trigger.text}': a takeover in a clause that dates another"
    if trigger.dep_ not in _RELATIVE_DEPS or trigger.head.i == trigger.i:
        return None
    antecedent = trigger.head
    if (
        antecedent.pos_ not in ("NOUN", "PROPN")
        or offset + antecedent.idx in trigger_starts
        or antecedent.lemma_.casefold() in rules.takeover_nouns | rules.event_nouns
    ):
        return None
    if not any(c.dep_ in _SUBJECT_DEPS and c.lower_ in rules.participant_relative_pronouns for c in trigger.children):
        return None
    return f"'{antecedent.text} {trigger.text}': a takeover in a relative clause on a participant"


def _repeated(clause: Token, rules: AssembleRules) -> list[str]:
    """ "has been attacked three times": a count of occasions (two or more) on the clause
    tells several events, as a frequency adverb does."""
    found = []
    for child in clause.children:
        if child.dep_ == "npadvmod" and child.lemma_.casefold() in rules.repetition_nouns and child.tag_ == "NNS":
            counts = [c for c in child.children if c.dep_ == "nummod"]
            if counts:
                found.append(f"{counts[0].text} {child.text}")
    return found


def _mutual(trigger: Token, rules: AssembleRules) -> frozenset[str]:
    """The lemmas of the nouns naming the two sides of a "between" phrase on the trigger, or
    on the verb it is the subject of ("clashes between the army and militants": army,
    militant; "between former Seleka fighters and ...": Seleka, fighter; "fighting erupted
    between ..."); empty without one."""
    holders = [trigger, trigger.head] if trigger.dep_ in _SUBJECT_DEPS else [trigger]
    sides: set[str] = set()
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in rules.mutual_prepositions:
                for side in prep.children:
                    if side.dep_ == "pobj":
                        for head in (side, *side.conjuncts):
                            sides.update(t.lemma_.casefold() for t in head.subtree if _is_noun(t) and t.i <= head.i)
    return frozenset(sides)


def _participants(trigger: Token, rules: AssembleRules) -> bool:
    """Whether the trigger's own dependents name who took part: a `participant_prepositions`
    phrase ("talks between the junta and the bloc", "talks with the rebels") or an agent
    ("the summit, attended by eight heads of state"), on the trigger, on a participle
    qualifying it, or on the verb it is the subject of ("talks were held with ...", "the
    summit was attended by ..."). Only a meeting told as the subject of its clause or as
    a headline's head noun: one that is a verb's object is what that verb tells, often
    an aim or a call ("towards resuming dialogue with the juntas", "urged talks with the
    rebels"), not a meeting held."""
    if trigger.dep_ not in _SUBJECT_DEPS and trigger.dep_ != "ROOT":
        return False
    holders = [trigger, *(c for c in trigger.children if c.dep_ == "acl")]
    if trigger.dep_ in _SUBJECT_DEPS:
        holders.append(trigger.head)
    elif trigger.pos_ in _CLAUSE_POS:
        # "An agreement between the government and the rebels was reached in May": the
        # verb's subject is the act's noun, and its dependents name the parties.
        holders.extend(c for c in trigger.children if c.dep_ in _SUBJECT_DEPS and c.pos_ == "NOUN")
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in rules.participant_prepositions):
                if any(obj.dep_ == "pobj" for obj in child.children):
                    return True
    return False


def _sequenced(trigger: Token, rules: AssembleRules) -> bool:
    """Whether the trigger is told in a clause or as a noun under "after"/"before"
    (`sequence_prepositions`) with a distance in days, weeks or months (`sequence_units`):
    "The attack came days after militants ambushed a convoy" (ambushed), "..., a week
    after the killing of two activists" (killing). The nearest such word up the trigger's
    heads decides; a clause under it ("..., killing seven soldiers") is in it too."""
    current = trigger
    for _ in range(8):
        marks = [c for c in current.children if c.dep_ == "mark" and c.lower_ in rules.sequence_prepositions]
        if current.dep_ == "pobj" and current.head.lower_ in rules.sequence_prepositions:
            marks.append(current.head)
        if marks:
            holders = [current, *marks]
            return any(
                c.dep_ == "npadvmod" and c.lemma_.casefold() in rules.sequence_units
                for holder in holders
                for c in holder.children
            )
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _follows(trigger: Token, rules: AssembleRules) -> bool:
    """The trigger, a noun, is the object of a verb of `sequence_verbs` whose subject is an
    event noun or one of `sequence_subjects` ("The attack followed clashes between troops
    and militiamen", "This follows the murders of two soldiers"): another occasion than
    the subject's, before it (or after it, with "precede")."""
    verb = trigger.head
    if trigger.dep_ != "dobj" or verb.i == trigger.i or verb.lemma_.casefold() not in rules.sequence_verbs:
        return False
    return any(
        c.dep_ == "nsubj" and (c.lower_ in rules.sequence_subjects or c.lemma_.casefold() in rules.event_nouns)
        for c in verb.children
    )


def _sequel_phrases(trigger: Token, sentence: ParsedSentence, rules: AssembleRules) -> list[tuple[int, int]]:
    """The article span of the phrase that tells another act against which the trigger's,
    a noun subject of a verb of `sequel_verbs`, is placed: from one of `sequel_markers` just
    after the verb to the sentence's end ("The attack came two days after ...", "came
    following another one ...", "intervient au lendemain de ...", "survient deux semaines
    après ..."), or the object of a verb of `sequence_verbs` ("The attack followed a weekend
    assault that killed 15"). Read in word order: the parse often hangs the marker above the
    verb ("came" an auxiliary of "following"). What the phrase states is the other act's."""
    verb = trigger.head
    if (
        not _is_noun(trigger)
        or trigger.dep_ not in ("nsubj", "nsubj:pass")
        or verb.i <= trigger.i
        or (verb.lemma_.casefold() not in rules.sequel_verbs and verb.lower_ not in rules.sequel_verbs)
    ):
        return []
    tokens = sentence.tokens
    offset = tokens[0].i
    after = list(tokens[verb.i - offset + 1:verb.i - offset + 6])
    if verb.lemma_.casefold() in rules.sequence_verbs or verb.lower_ in rules.sequence_verbs:
        start = after[0] if after else None
    else:
        start = next((t for t in after if t.lower_ in rules.sequel_markers), None)
    if start is None:
        return []
    return [(sentence.start + start.idx, sentence.end)]


def _sequel_fields(
    event: Event, parsed: ParsedArticle, date: DateValue | None, trigger_starts: frozenset[int], rules: AssembleRules
) -> tuple[bool, bool, bool, bool]:
    """Four answers about the phrase that tells another act than the mention's own
    (`_sequel_phrases`):
    - toll: the mention's toll is stated there ("The attack came following another one in the
      province last week, which killed an army officer and four soldiers"), not a time alone
      ("came after midnight");
    - day: its date is stated there;
    - named: a trigger of its own tells the other act there ("The attack came after another
      attack last week that killed five"): that act is a mention of its own, and the subject
      keeps neither toll nor day;
    - other: the subject is a definite noun and a modifier of another incident ("another",
      "autre") is in the phrase, not on it: the other act is "another", the subject names the
      incident told."""
    sentence = parsed.sentence_at(event.trigger.start)
    if sentence is None or not sentence.deep:
        return False, False, False, False
    token = _trigger_token(sentence, event)
    if token is None:
        return False, False, False, False
    spans = _sequel_phrases(token, sentence, rules)
    if not spans:
        return False, False, False, False

    def inside(start: int) -> bool:
        return any(a <= start < b for a, b in spans)

    # The toll's figure: a quantity of the event, or (where the events stage keeps none, as
    # the French one) a number word of the sentence of that value.
    figures = [(q.start, q.value) for q in event.quantities] or [
        (sentence.start + t.idx, _whole(t, rules.language))
        for t in sentence.tokens
        if t.like_num or t.pos_ == "NUM"
    ]
    # (A figure there and none of the toll's value outside it: "killed an officer and four
    # soldiers" sums to five.)
    toll = event.fatalities is not None and any(inside(start) for start, _ in figures) and not any(
        value == event.fatalities and not inside(start) for start, value in figures
    )
    day = date is not None and bool(date.value) and date.start is not None and inside(date.start)
    named = any(inside(start) for start in trigger_starts if start != event.trigger.start)
    definite = _determiner(token) in rules.definite_determiners or _possessed(token)
    other = (
        definite
        and not _modifiers(token) & rules.distinct_modifiers
        and any(inside(sentence.start + t.idx) and t.lower_ in rules.distinct_modifiers for t in sentence.tokens)
    )
    return toll, day, named, other


def _series(token: Token, rules: AssembleRules) -> bool:
    """ "..., the latest in a string of attacks": the plural names the series the clause's
    own event belongs to (the mention tells that event), not several events told."""
    of = token.head
    return (
        token.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.i != of.i
        and of.head.lemma_.casefold() in rules.series_nouns
        and of.head.dep_ not in ("nsubj", "nsubjpass", "dobj")  # "A string of attacks has killed ..."
        and _clause_head(token).i != token.i
    )


def _trigger_words(events: Sequence[Event], parsed: ParsedArticle) -> frozenset[str]:
    """The words and lemmas of the article's triggers ("attacked": "attack"): its event words."""
    words: set[str] = set()
    for event in events:
        words.add(event.trigger.text.casefold())
        sentence = parsed.sentence_at(event.trigger.start)
        token = _trigger_token(sentence, event) if sentence is not None else None
        if token is not None and sentence is not None and sentence.deep:
            words.add(token.lemma_.casefold())
    return frozenset(words)


def _occasion_noun(trigger: Token, rules: AssembleRules, trigger_words: frozenset[str]) -> str | None:
    """A definite event noun the trigger is placed in ("killed during the attack")."""
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ not in rules.occasion_prepositions:
            continue
        for noun in prep.children:
            if (
                noun.dep_ == "pobj"
                and _is_noun(noun)
                and _event_noun(noun, rules, trigger_words)
                and _determiner(noun) in rules.definite_determiners
                and not _modifiers(noun) & (rules.distinct_modifiers | rules.ordinals)
            ):
                return f"{prep.text} {_determiner(noun)} {noun.text}"
    # Universal Dependencies (the French model): the noun hangs on the trigger, or on the
    # adverb or noun of a compound preposition ("tué lors de l'attaque", "au cours de
    # cette embuscade"); the preposition is the words just before its determiner.
    hosts = [trigger, *(c for c in trigger.children if c.pos_ in ("ADV", "NOUN"))]
    for noun in (c for host in hosts for c in host.children):
        if noun.dep_ not in ("obl", "obl:mod", "obl:arg", "nmod") or not _is_noun(noun):
            continue
        if not (noun.lower_ in trigger_words or noun.lemma_.casefold() in trigger_words):
            continue
        determiner = next((c for c in noun.children if c.dep_ == "det" and c.i < noun.i), None)
        if determiner is None or determiner.lower_ not in rules.definite_determiners:
            continue
        if _modifiers(noun) & (rules.distinct_modifiers | rules.ordinals):
            continue
        before = " ".join(t.lower_ for t in noun.doc[max(0, determiner.i - 3) : determiner.i]).replace("’", "'")
        for words in rules.occasion_prepositions:
            if before == words or before.endswith(" " + words):
                return f"{words} {determiner.text} {noun.text}"
    return None


def _event_noun(noun: Token, rules: AssembleRules, trigger_words: frozenset[str]) -> bool:
    """A word of the article's triggers, or an event noun of the lexicon the events stage
    made no mention of (its sentence's verb told the act: "two passengers who were also
    killed during the assault" after "The attack ... claimed the life of one official")."""
    lemma = noun.lemma_.casefold()
    return noun.lower_ in trigger_words or lemma in trigger_words or lemma in rules.event_nouns


def _definite_act_object(verb: Token, rules: AssembleRules, trigger_words: frozenset[str]) -> Token | None:
    """The verb's direct object when it is a singular event noun under a definite
    determiner, with no ordinal ("launched the attack", not "a second attack")."""
    for child in verb.children:
        if child.dep_ != "dobj" or child.tag_ != "NN" or not _event_noun(child, rules, trigger_words):
            continue
        if _determiner(child) not in rules.definite_determiners:
            continue
        if _modifiers(child) & rules.ordinals:
            continue
        return child
    return None


def _setting_act(event: Event, person_pronouns: frozenset[str] = frozenset(),
                 people_acts: frozenset[str] = frozenset()) -> bool:
    """An act against a thing or a place, not people: its recipient is no actor (no
    sector, no name: "razed several houses", "stormed the school") and it states no
    toll. Told beside an act against people of a compatible type ("killed 30 villagers",
    "abducted students"), it is the setting of that raid, one incident with it. Not an
    act against people a pronoun names (`person_pronouns`: "police dispersed them",
    "fired tear gas at them"): an act of its own beside the raid or the shooting. Nor an
    act only people undergo (`people_acts`: "abducting three others")."""
    recipient = event.recipient
    return (
        recipient is not None
        and event.trigger.text.casefold() not in people_acts
        and recipient.type is None
        and recipient.name is None
        and recipient.text.casefold() not in person_pronouns
        and event.fatalities is None
        and event.injuries is None
    )


def _setting_of(thing: Event, people: Event, person_pronouns: frozenset[str] = frozenset(),
                people_acts: frozenset[str] = frozenset()) -> bool:
    """`thing` is an act against a thing or a place and `people` one against people
    (a toll, the wounded, or a recipient with a sector: "30 villagers", "students")."""
    return _setting_act(thing, person_pronouns, people_acts) and _against_people(people)


def _against_people(event: Event) -> bool:
    """An act against people: a toll, the wounded, or a recipient with a sector ("30
    villagers", "students"); the second half of `_setting_of`, for a caller that has read
    the first (`_setting_act`) once for many pairs."""
    recipient = event.recipient
    return (
        event.fatalities is not None
        or event.injuries is not None
        or (recipient is not None and recipient.type is not None)
    )


def _exact_toll(event: Event) -> bool:
    """The mention states a toll in figures, not an approximate or vague one."""
    if event.fatalities is None:
        return False
    return not any(q.approximate for q in event.quantities if q.value == event.fatalities)


def _toll_floor(event: Event, sentence: ParsedSentence | None, rules: AssembleRules) -> bool:
    """The mention's toll of one is the events stage's guess for a killing told with no
    figure, of plural victims ("killing residents with machetes", "the villagers were
    murdered"): several died, how many the sentence does not say. News states a toll in
    figures; such a mention gives none (the real-news annotation: null when no toll is
    stated), so it neither conflicts with nor ties to one ("At least 25 people were killed
    when rebels attacked a village", then "The rebels raided the village, killing
    residents"). Not "killed a policeman" (one, stated), nor a sentence where a figure
    or a single victim is told."""
    if event.fatalities != 1 or sentence is None or not sentence.deep or not rules.kill_verbs:
        return False
    if any(q.value == 1 for q in event.quantities):
        return False
    victims = [
        child
        for token in sentence.tokens
        if token.pos_ == "VERB" and token.lemma_.lower() in rules.kill_verbs
        for child in token.children
        if child.dep_ in ("dobj", "nsubjpass")
    ]
    return bool(victims) and all(
        (v.tag_ in ("NNS", "NNPS") or v.lower_ in rules.plural_pronouns)
        and not any(c.dep_ in ("nummod", "quantmod") or c.like_num for c in v.children)
        for v in victims
    )


def _toll_part(event: Event, sentence: ParsedSentence | None, rules: AssembleRules) -> bool:
    """The mention's dead are told as some of a toll ("Among the dead was the village imam,
    who was killed outside the mosque", "Three children were among those killed"): a
    part of an incident's toll, no toll of its own.  A preposition of `part_prepositions`
    whose object is a word of the dead (the casualty stage's `dead_words`, or
    `part_nouns`: "victims") or is qualified by a kill verb ("those killed")."""
    if event.fatalities is None or sentence is None or not sentence.deep or not rules.part_prepositions:
        return False
    dead = rules.dead_words | rules.part_nouns
    killed = rules.kill_verbs | rules.dead_words
    for token in sentence.tokens:
        if token.lower_ not in rules.part_prepositions:
            continue
        for obj in token.children:
            if obj.dep_ != "pobj":
                continue
            if obj.lemma_.lower() in dead or obj.lower_ in dead:
                return True
            if any(c.lemma_.lower() in killed for c in obj.children):
                return True
    return False


def _placed_and_dated(token: Token, event: Event, sentence: ParsedSentence, places: Sequence[Place]) -> bool:
    """An event noun (a plural, mostly) that names its place in its own phrase and is stated for a month
    ("Similar clashes in Moyen-Chari in February left a dozen dead", "protests in Kenya in
    June"): the events of one occasion, told as such, not a kind of event. (A day already
    anchors a mention; a year or no time, "attacks in Mali have killed thousands", stays a
    kind.)"""
    if event.date is None or event.date.precision != "month":
        return False
    spans = [(p.start, p.end) for p in places]
    return any(
        _names_place(o, sentence, spans)
        for p in token.children
        if p.dep_ == "prep"
        for o in p.children
        if o.dep_ == "pobj"
    )


def _within_a_day(clause: Token, rules: AssembleRules) -> bool:
    """The clause tells its act within a part of one day: an adverb or noun of one
    (`unplaced_day_words`: "overnight", "this morning", "on Sunday night") hung on its verb,
    directly or in a preposition's phrase."""
    words = [c for c in clause.children if c.dep_ in ("advmod", "npadvmod")]
    words += [g for c in clause.children if c.dep_ == "prep" for g in c.children if g.dep_ in ("pobj", "advmod")]
    return any(w.lower_ in rules.unplaced_day_words for w in words)


def _anchored(event: Event) -> bool:
    """The mention states its own day or a place finer than a region."""
    day = event.date is not None and event.date.precision == "day"
    place = event.location is not None and event.location.feature in ("site", "city", "admin2")
    return day or place


# --- assembling ----------------------------------------------------------------------


@dataclass
class _Mention:
    position: int
    event: Event
    facts: MentionFacts
    dateline: bool  # its location is the article's dateline place
    date: DateValue | None  # the date its sentence states for it (see `_stated_date`)
    date_stated: bool  # False: a date of its sentence not tied to its trigger (a fallback only)
    window: tuple[dt.date, dt.date] | None  # days of `date` when stated, else None
    # Its sentence opens on its own time ("Two weeks ago, al Shabaab attacked ...", "On 29
    # March, the county experienced ..."): a writer fronts a time to move to another
    # occasion, so proximity alone does not join it to the incident told before.
    reframed: bool = False
    # Its place is named in its sentence but the parse ties it to something else than its
    # event ("..., the secretary general of the governorate of Tahoua announced"): like
    # a dateline place, it neither conflicts nor ties.
    place_lent: bool = False
    # Starts of the towns of its sentence that the parse gives to a speaker or an origin,
    # not to its act ("The government in Bamako condemned the killings", "..., adding that
    # the assailants came from X"): not where its incident happened (`_best_place`).
    lent_places: frozenset[int] = frozenset()
    # Its place is not named in its sentence: the extraction gave it the region or country
    # the article was about so far (a sentence such as "Al Shabaab attacked our base early
    # today" names none). It is no claim of the sentence's: it conflicts with nothing.
    place_inherited: bool = False
    # It states days that end more than `_REPORT_RECENT_DAYS` before the report's day ("In
    # 2023, a drone strike killed 85 villagers in Kaduna"): another occasion than the one an
    # undated incident of the report tells (`_moves_on`).
    past: bool = False
    # Its toll is told as risen ("The death toll from the attack rose to 25", a headline's
    # "Death toll in Kano mosque attack rises to 25"): a revision of the incident's toll.
    raised_toll: bool = False
    # Its sentence opens on a time, resolved or not ("Samedi dernier, ...", "Le 22 juillet, ..."):
    # with a locality the incident's sentences never named, another occasion (`_elsewhere`).
    time_fronted: bool = False
    # Its sentence names no place of its act but refers back to a town ("the northern town",
    # "in the city": `places.town_referred`): that town, finer than the country it inherited.
    town_referred: Place | None = None
    # Its date is a fallback told on a verb of saying ("..., a annoncé samedi la Mission"):
    # the day the act was reported, which gives way to another mention's fallback of the
    # act itself (`_best_date`).
    date_said: bool = False
    # Its own place is a country or region named after a word that puts a point near it
    # ("near Chechnya"): a bearing, which a town its words refer back to replaces
    # (`town_referred`, even one outside it).
    pointed: bool = False
    # The index of the sentence its inherited place was named in (`place_inherited`), -1
    # when none or when that sentence tells an act: a town named after its incident was
    # told, in a sentence of no act, moved the story on (`_moved_on`).
    inherited_at: int = -1
    # The extraction's day for it where its sentence ties none to it: one its sentence or the
    # one before tells ("connaît depuis ce jeudi une violente bataille. Deux milices
    # s'affrontent ..."): the day its incident was told on, which a mention stating another
    # day of its own does not go on telling (`_day_apart`).
    carried_day: tuple[dt.date, dt.date] | None = None
    # Its own place is stated in a relative clause of occurrence on its noun ("the attack,
    # which occurred in X") or is the noun such a clause tells it in ("the village where the
    # attack took place"): the report's own statement of the site (`_site_restated`).
    site_restated: bool = False
    # Its own place is a town named as a division ("the region of Timbuktu", "Tahoua" above
    # "(région de Tahoua)": `places.divisions_named`, `places.towns_as_divisions`): that
    # division, which holds the finer places of the incident told in it (`_conflict`).
    division: Place | None = None
    # The last word of the person its actor names ("Prime Minister Jane Doe" -> "doe"), for a
    # type of `speakers_apart_types`: two such acts of two people are two statements
    # (`links._speakers_apart`).
    speaker: str | None = None


@dataclass
class _Draft:
    members: list[_Mention] = field(default_factory=list)
    context: bool = False
    # Founded by a mention kept apart by the day it carries (`links._carried_apart`), and
    # kept apart so from an incident of a kindred type (another act of its kind).
    carried_apart: bool = False
    carried_from_kin: bool = False

    @property
    def last_sentence(self) -> int:
        return self.members[-1].facts.sentence

    @property
    def last_position(self) -> int:
        return self.members[-1].position


def _whole(number: Token, language: str = "en") -> int | None:
    value = parse_number_fr(number.text) if language == "fr" else parse_number(number.text)
    return int(value) if value is not None and value == int(value) else None


def _speaker(event: Event, parsed: ParsedArticle, rules: AssembleRules) -> str | None:
    """The last word of the person that `event`'s actor names, when its type is one of
    `speakers_apart_types` and the parse labels the actor's words a person's name; else None."""
    actor = event.actor
    if actor is None or event.type not in rules.speakers_apart_types:
        return None
    sentence = parsed.sentence_at(actor.start)
    span = sentence.span_at(actor.start, actor.end) if sentence is not None else None
    if span is None:
        return None
    names = [t for t in span if t.ent_type_ == "PERSON"]
    return names[-1].lower_ if names else None
