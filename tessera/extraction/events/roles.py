"""Roles of an event: its actor, its recipient and the source that reports it.

From the dependency structure around a trigger: the agent is the active subject, the
passive "by" phrase, or the possessor of a nominal trigger; the recipient is the object,
the passive subject or an "against/on" phrase; the source is the subject of a reporting
verb above the trigger, or "according to X". Where the clause names no agent, the syntax
may imply one (`_implied_agent`): the subject of the verb a gerund hangs on ("responded by
condemning"), the issuer of a statement a participle qualifies ("issued a statement
condemning"), a force named before the act's noun ("a Saudi-led coalition air strike").
Last, where the small model mis-parses a clause-opening acronym ("ECOWAS imposed
sanctions": ECOWAS the root verb), a known actor's name right before a verb left without
a subject is its subject (`_adjacent_actor`). A pronoun agent stands for the subject of
the verb of saying above it ("the army said it killed"), the one nearest that verb when
a dateline is parsed as a second subject ("NAIROBI - The US military said it ..."), or
of the clause its own is conjoined to ("the army declined to comment, but it said it
had ..."). Conventions of the syntax of reports read here too: a past participle on a
noun is passive and the noun its patient ("civilians killed by rebels"), as is a verb
conjoined to a passive ("was cut down and beheaded"); a person's pronoun as patient is
a recipient ("He was beheaded"), of the event's country; a clash "between X and Y" is
done by X to Y; the subject of a verb of undergoing ("the camp suffered a raid", en
actors.yaml `undergoing_verbs`) is the recipient; whoever announces or declares a truce
or curfew makes it (no source); a withdrawal is from its recipient ("withdrew from
Mali", "pulled out of Kidal"); "anti-X" names whom a protest is against; an act noun's
"at"/"against" target hung on its verb is its recipient; a weapon as a passive's agent
("struck by a roadside bomb") is no actor, and what it hit is the recipient; people killed
in a fight "with" a side ("killed in clashes with jihadists") were killed by it. Last, an
attack on rebels, gunmen or gangs that a military or police speaker (or a state by name)
reports with no author is the speaker's own operation (`_reporting_force`: "the army
said 20 militants were killed in air strikes"). An act with no recipient of its own is
addressed to the state of its place where its type says so (`host_recipient`: a protest;
a force of another country that deploys or withdraws); an arrest, a ban or a curfew with
no agent named is the act of the state where it happens (`_state_actor`). Three more
conventions of the syntax: of two subjects the parse gives one verb, the one nearest before
it is its own (a headline run into the lead, as a dateline); a present participle on a noun
that names a side is that side's act ("M23 rebels fighting government forces"); a passive
with no subject in a clause added to another verb has that verb's subject as patient ("died
after being beaten by police"). Measured together at 8a6247b: EN study actor country
102 -> 104/119, complete 99 -> 100/229; EN score, French and every gold figure of both
halves unchanged. A weapon acts for no one: whoever a participle of use on it names as
agent ("an IED suspected to have been planted by al-Shabaab", en actors.yaml
`weapon_use_verbs`; not "found by") did what it did; and a name the knowledge base holds for
an armed body before the act's noun in which people died is its author ("killed in a suspected
ADF ambush"). Measured at 708971b: EN study actor country 104 -> 105/119; EN score, French and
gold halves unchanged. The "in" phrase coordinated participles share hangs on the last of them
("Two killed, one injured in a suspected Shabaab attack"; `_sharing_verbs`) and names the act of
each. Measured at 992f086: EN study actor country 130 -> 131/147; EN score, French and gold
halves unchanged. On the assembled
incident (`place_target`, called by the pipeline): a side given no country takes the country
of the incident's place, as a mention's does of its own (`place_country`; measured at f1281b6:
EN score recipient 120 -> 121/134, complete 64 -> 65/198; FR study complete 27 -> 29/92, actor
30 -> 33/44, recipient 41 -> 43/57; FR score recipient 30 -> 31/40; EN study and gold halves
unchanged); an attack or abduction none of whose mentions names a target struck its place,
which is its recipient. An attack, abduction or deployment told with no author (since b9e5e4d also
where the article names the author of another of that type) was done by an unnamed side of its
place's country (`place_authors`, after the
incidents' confidence; en actors.yaml `place_author_types`; fr actors.yaml names attacks,
abductions and (since ba933d1) deployments and protests, and French reports' one armed
group of `roles.story_author` comes first). Measured at
4243430: EN study complete 280 -> 282/681, actor 296 -> 299/348; EN score complete 201 -> 203/735,
actor 298 -> 308/373, every other figure, French and gold halves unchanged. French, measured at 1f8d631:
FR study complete 139 -> 147/544, actor 191 -> 212/245; FR score complete 115 -> 127/570, actor
158 -> 180/219 (place 223 -> 222, fatalities 313 -> 312 by re-pairing only: no predicted place or
toll changed). An act of word or policy
(a sanction, concession, agreement, rejection, request, accusation, withdrawal, meeting, threat,
aid; en and (since ba933d1) fr actors.yaml `place_addressee_types`) none of whose mentions names to whom
is addressed to the state of its place (`place_addressee`, after the incidents' confidence).
Measured at eb05a62: EN study complete 282 -> 285/681, recipient 406 -> 412/443; EN score complete
203 -> 206/735, recipient 390 -> 395/442, every other figure unchanged. Measured at 334b1db with
and without: real-news EN study recipient country 147 -> 151/159, complete 98 -> 99/229;
score recipient 114 -> 120/134, complete 63 -> 64/198; French and every gold figure of both
halves unchanged.
An act's noun with a participle of doing on it names its author in the "by" phrase ("an
ambush carried out by the Abu Sayyaf"; en actors.yaml `attribution_verbs`), and a casualty verb
takes the author an act in its "in" phrase is tied to ("killed in a strike attributed to
Israel"; `_implied_agent`). Measured at 5229cc3 with the two changes of `tessera.extraction.actors`
(issue #12 roles): EN study actor country 143 -> 147/176; EN score actor 134 -> 136/175.
A news agency credited in a dateline is the reporter, never a side (`_dateline_subject`): where
the parse makes the dateline's place the subject and its credit and the real subject its
appositions ("MOGADISHU (AP) - Al-Shabaab fighters attacked"), the actor is the phrase after the
dateline's dash, found from `places.dateline_span`; a dateline token alone is no actor. The
agency's country (USA for AP) no longer splits the lead from its follow-up mentions. No study
article has the misparse (5 have agency datelines, parsed right): real-news and gold figures
unchanged; tests with invented datelines.
Phrases become `Actor` records through `tessera.extraction.actors`. Part of
`tessera.extraction.events` (see its docstring).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from spacy.tokens import Token

from tessera.data import language_words, word_fields
from tessera.extraction.events.lexicon import (
    _RELATIVE_PRONOUNS,
    _is_casualty_word,
    _passive_agents,
    _temporal_phrase,
)
from tessera.extraction.events.proposal import _first, _Proposal, _reported_passive
from tessera.extraction.modes import clause_verb
from tessera.extraction.places import DATELINE_HEAD, dateline_span, place_phrases
from tessera.parse import ParsedArticle, ParsedSentence
from tessera.records import (
    UNNAMED_SIDE,
    Actor,
    Event,
    Incident,
    Place,
    Span,
)
from tessera.resolve.gazetteer import neighbouring

if TYPE_CHECKING:
    from tessera.extraction.events.lexicon import TriggerLexicon
    from tessera.extraction.events.proposal import _SentenceWork



@dataclass(frozen=True)
class _RoleWords:
    """The English words roles are read with (en actors.yaml; see their comments there)."""

    recipient_prepositions: frozenset[str]
    direction_prepositions: frozenset[str]
    person_pronouns: frozenset[str]
    personal_pronouns: frozenset[str]
    fired_nouns: frozenset[str]
    weapon_nouns: frozenset[str]
    thing_nouns: frozenset[str]
    meeting_nouns: frozenset[str]
    contact_verbs: frozenset[str]
    time_nouns: frozenset[str]
    object_verbs: frozenset[str]
    speaking_pronouns: frozenset[str]
    person_speaker_nouns: frozenset[str]


@functools.lru_cache(maxsize=1)
def _words() -> _RoleWords:
    """The role words of en actors.yaml, read once and checked."""
    return word_fields(_RoleWords, "actors", "en")


# Events of forces moving: the "of" phrase of their noun names who moves.
_MOVEMENT_TYPES = frozenset({"RETREAT", "MOBILIZE", "PROTEST"})


try:  # The actors stage is written alongside; events fall back on a plain phrase.
    from tessera.extraction.actors import ActorMemory
    from tessera.extraction.actors import actor_from_modifiers as _actor_from_modifiers
    from tessera.extraction.actors import actor_from_token as _actor_from_token
except ImportError:  # pragma: no cover - depends on the build state of the package
    _actor_from_token = None
    _actor_from_modifiers = None
    ActorMemory = None  # type: ignore[assignment,misc]


# What ends a dateline: a dash, or a colon after a headline ("NIAMEY: ..."; `dateline_span`).
_DATELINE_ENDS = frozenset({"-", "--", "\u2014", "\u2013", ":", "_"})
# A dateline's place, its country and its credit ("MAIDUGURI, Nigeria (AP) -") are a few tokens.
_DATELINE_TOKENS = 12


def _dateline_end(token: Token) -> int | None:
    """Index of the token that closes the dateline `token` stands in, if it does: the dash
    after the place, its country and the credit ("MOGADISHU (AP) \u2014", "KIDAL, Mali
    (Reuters) -"), found where `places.dateline_span` finds the place."""
    doc = token.doc
    if token.i >= _DATELINE_TOKENS or not any(t.text in _DATELINE_ENDS for t in doc[: _DATELINE_TOKENS + 1]):
        return None
    span = dateline_span(doc.text)
    if span is None or span[0] > token.idx:
        return None
    place_end = next((t.i for t in doc if t.idx >= span[1]), len(doc))
    ends = (t.i for t in doc[place_end : place_end + _DATELINE_TOKENS] if t.text in _DATELINE_ENDS)
    end = next(ends, None)
    return end if end is not None and token.i < end else None


def _dateline_subject(token: Token) -> Token | None:
    """What a dateline parsed as a clause's subject stands for: the phrase after its dash
    ("MOGADISHU (AP) - Al-Shabaab fighters attacked": the parse makes the place the subject,
    the agency and the fighters its appositions), or nothing. The place is where the report
    was filed, and a news agency credited in a dateline is the reporter, never a side."""
    end = _dateline_end(token)
    if end is None:
        return token
    while token.head.i < end and token.head.i != token.i:
        token = token.head  # from the credit up to the place it hangs on
    return _first(t for t in token.subtree if t.i > end and t.head.i <= end)


def _make_actor(sentence: ParsedSentence, token: Token, knowledge_base: Any, memory: Any = None) -> Actor | None:
    if sentence.start < DATELINE_HEAD:  # a dateline stands at the head of the report (where `dateline_span` looks)
        subject = _dateline_subject(token)
        if subject is None:
            return None
        token = subject
    if token.lower_ in _RELATIVE_PRONOUNS and token.head.dep_ in ("relcl", "acl"):
        token = token.head.head
    if token.lower_ in _words().person_pronouns and token.dep_ in _PATIENT_DEPS:
        # "He was beheaded", "gunmen shot them": people the text names before; the
        # pronoun is their phrase here (a country comes from where it happens).
        start, end = sentence.offsets(token)
        return Actor(text=token.text, start=start, end=end)
    if (
        _actor_from_modifiers is not None
        and knowledge_base is not None
        and token.dep_ in _MODIFIER_DEPS
        and token.i < token.head.i
    ):
        # "a Saudi-led coalition air strike", "a police raid": the modifiers before the
        # author's noun are its phrase ("Saudi-led" hangs on the strike in the parse),
        # not the act's noun after it.
        first = min(
            (t.i for c in token.head.lefts if c.dep_ in _MODIFIER_DEPS and c.i <= token.i for t in c.subtree),
            default=token.i,
        )
        return _actor_from_modifiers(sentence, token, first, knowledge_base, memory)
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


# The dependencies of a patient (a passive subject, an object).
_PATIENT_DEPS = frozenset({"nsubjpass", "dobj", "obj", "dative"})


def _antecedent(token: Token, lexicon: TriggerLexicon) -> Token:
    """A personal pronoun agent stands, in news, for the subject of the clause that
    frames it: "Israel mounted its invasion" (its = Israel), "militants said they
    attacked" (they = the militants)."""
    if token.lower_ not in _words().personal_pronouns:
        return token
    pronoun = token
    node = token
    for _ in range(12):
        if node.head.i == node.i:
            break
        below, node = node, node.head
        if node.pos_ not in ("VERB", "AUX"):
            continue
        # Two subjects are a misparse, most often of a dateline ("NAIROBI - The US military
        # said it ..." makes NAIROBI a subject too): the one nearest the verb is its own.
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != pronoun.i]
        subject = max((c for c in subjects if c.i < node.i), key=lambda c: c.i, default=_first(subjects))
        saying = node.lemma_.lower() in lexicon.reporting_verbs
        if subject is None or not _agrees(pronoun, subject, saying):
            continue
        # "The army has not commented, but it announced ...": the subject of a clause
        # the pronoun's own clause is conjoined to.
        conjoined = below.dep_ == "conj" and pronoun.head.i == below.i and pronoun.dep_ == "nsubj"
        if subject.lower_ in _words().personal_pronouns or subject.pos_ == "PRON":
            if saying and subject.lower_ in _words().personal_pronouns:
                pronoun = subject  # "it said it had ...": the same pronoun; look above it
            continue
        if pronoun.dep_ == "poss" or saying or conjoined:
            return subject
    return token


def _agrees(pronoun: Token, noun: Token, saying: bool = False) -> bool:
    """Number agreement: "they" for groups and plurals, "he"/"it" for singulars; a speaker
    quoted saying "we" speaks for the body they belong to ("'We attacked the base,' the
    group's spokesman said"), whatever their number."""
    if saying and pronoun.lower_ in ("we", "our"):
        return True
    plural = noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in noun.children)
    if pronoun.lower_ in ("they", "their", "we", "our"):
        return plural or noun.ent_type_ in ("ORG", "NORP", "GPE")
    return not plural


def _attributed_author(token: Token, knowledge_base: Any) -> Token | None:
    """Who an act is laid at the door of: "the bombing, blamed on the RSF", "attributed
    the airstrike to the army", "an attack claimed by JNIM", "IS claimed (responsibility
    for) the attack". The author is the act's actor; whoever blames is not."""
    if knowledge_base is None:
        return None
    verbs: list[Token] = [c for c in token.children if c.dep_ == "acl"]
    if token.dep_ in ("dobj", "obj", "nsubjpass"):
        verbs.append(token.head)
    # The parser often hangs the participle on a noun inside the act's phrase ("a bomb
    # attack near the border blamed on X"), and a relative clause about the act on
    # another word of the sentence ("following a raid ..., in which has been blamed on X").
    verbs += [
        t
        for t in token.subtree
        if t.dep_ in ("acl", "relcl") and t.head.i != token.i and knowledge_base.attribution_preps(t.lemma_)
    ]
    verbs += [
        c
        for c in token.doc[token.i + 1 : token.sent.end]
        if c.dep_ in ("advcl", "relcl", "acl")
        and knowledge_base.attribution_preps(c.lemma_)
        and any(g.dep_ == "nsubjpass" and g.lower_ in ("which", "that") for g in c.children)
    ]
    claimed = token.head if token.dep_ in ("dobj", "obj") else None
    if token.dep_ in ("pobj", "pcomp") and token.head.lower_ == "for":
        # "claimed responsibility for the attack" ("for" on the noun or on the verb), "for
        # targeting a post" (a gerund the claim is for)
        claimed = token.head.head.head if token.head.head.dep_ in ("dobj", "obj") else token.head.head
    for verb in verbs:
        preps = knowledge_base.attribution_preps(verb.lemma_ or verb.text)
        if not preps:
            continue
        # "blamed the attack on X": the parser may hang the preposition on the act.
        owners = [verb, token] if verb.i == token.head.i else [verb]
        for child in (c for owner in owners for c in owner.children):
            if child.dep_ == "agent" and "by" in preps or child.dep_ == "prep" and child.lower_ in preps:
                author = _first(g for g in child.children if g.dep_ == "pobj")
                if author is not None:
                    return author
    if claimed is not None and claimed.pos_ in ("VERB", "AUX") and knowledge_base.is_claim_verb(claimed.lemma_):
        return _first(c for c in claimed.children if c.dep_ in ("nsubj",))
    return None


# Sectors of a state's own forces and offices: with no country of their own they are
# the state's where the event happens.
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD"})
# Sectors of the people who carry out acts of force: a modifier of an act's noun that
# names one of them is the act's author ("a police raid", "a coalition air strike").
_FORCE_SECTORS = frozenset({"GOV", "MIL", "COP", "REB", "UAF", "CRM"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})


def _implied_agent(proposal: _Proposal, work: _SentenceWork, knowledge_base: Any) -> Token | None:
    """The author of an act whose clause names none of its own, where the syntax implies one.

    - "The council responded by condemning the attack", "Gunmen fled after attacking the
      post": a gerund after a preposition is done by the subject of the verb it hangs on.
    - "The president issued a statement condemning the killings", "his statement
      condemning ...": a participle on a statement noun (en actors.yaml `statement_nouns`)
      is the act of whoever issues the statement.
    - "a coalition air strike", "a police raid": a noun before an act's noun that names
      a force (`_FORCE_SECTORS`) and not a machine (`machine_nouns`: "a drone strike" says
      nothing of whose) is its author.
    - "was killed in a strike attributed to Israel", "died in an ambush carried out by the
      rebels": the author an act noun in the verb's "in" phrase is tied to
      (`_attributed_author`) did the killing.
    """
    token = proposal.token
    if knowledge_base is None:
        return None
    # The act's noun, one merged into it, or the act a verb's "in" phrase names ("were
    # wounded in a police raid").
    nouns = [p.token for p in (proposal, *proposal.merged) if p.nominal]
    if not proposal.nominal:
        nouns += _act_nouns_in(token, work)
        if not nouns:
            # "Two killed, one injured in a suspected Shabaab attack", "Five were killed and
            # ten wounded in an ADF ambush": the phrase shared by coordinated participles
            # hangs on the last of them (or, in a headline, on one parsed as a clause of its count).
            for verb in _sharing_verbs(token):
                nouns += _act_nouns_in(verb, work)
    for noun in nouns:
        for child in noun.lefts:
            if child.dep_ not in _MODIFIER_DEPS or child.pos_ not in ("NOUN", "PROPN", "ADJ"):
                continue
            if _is_stance(child):
                continue  # "anti-government protesters": the side opposed, not the author
            lemma = child.lemma_ or child.text
            if knowledge_base.is_machine_noun(lemma):
                continue
            if knowledge_base.sector_of_noun(lemma) in _FORCE_SECTORS or _names_armed_body(child, knowledge_base):
                return child
    for noun in nouns:
        # "was killed in a strike attributed to Israel", "died in an ambush carried out by the
        # rebels": whom the act in which people died is laid at the door of did the killing.
        author = _attributed_author(noun, knowledge_base) if noun.i != token.i else None
        if author is not None:
            return author
    if proposal.nominal:
        # "protests had started in some neighbourhoods": a protest whose people go unnamed
        # is made by people of where it happens; its own noun stands for them.
        return token if proposal.type == "PROTEST" else None
    if token.dep_ == "pcomp" and token.head.pos_ == "ADP" and token.head.head.pos_ in ("VERB", "AUX"):
        return work.subject_of(token.head.head)
    if token.dep_ == "acl" and token.tag_ == "VBG" and knowledge_base.is_statement_noun(token.head.lemma_):
        statement = token.head
        owner = _first(c for c in statement.children if c.dep_ == "poss")
        if owner is not None:
            return owner
        if statement.dep_ in ("dobj", "obj"):
            return work.subject_of(statement.head)
        if statement.dep_ == "pobj" and statement.head.head.pos_ in ("VERB", "AUX"):
            return work.subject_of(statement.head.head)  # "said in a statement condemning ..."
    return None


def _act_nouns_in(verb: Token, work: _SentenceWork) -> list[Token]:
    """Act nouns of a verb's "in"/"during" phrases ("were wounded in a police raid")."""
    return [
        obj
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in ("in", "during")
        for obj in prep.children
        if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and work.match(obj) is not None
    ]


def _sharing_verbs(token: Token) -> list[Token]:
    """Verbs coordinated with `token` that may carry a phrase it shares: its conjuncts, and a
    participle the parse hung on a count after it ("Two killed, one injured in ...")."""
    verbs = [verb for verb in token.conjuncts if verb.pos_ == "VERB"]
    verbs += [
        verb
        for count in token.children
        if count.dep_ in ("npadvmod", "conj") and count.pos_ == "NUM"
        for verb in count.children
        if verb.dep_ == "acl" and verb.pos_ == "VERB"
    ]
    return verbs


def _names_armed_body(token: Token, knowledge_base: Any) -> bool:
    """A name the knowledge base holds for an armed group, force or mission, not a country
    or a person ("a suspected Shabaab attack", "an ADF raid"): an act's noun it modifies is
    that body's act. A country before an act's noun is read by `_nominal_agent` where the
    noun is the trigger, and may name only where it happened ("a Mali attack")."""
    if token.pos_ != "PROPN":
        return False
    info = knowledge_base.lookup(token.text)
    return info is not None and info.kind not in ("country", "person") and info.sector in _FORCE_SECTORS


# Parts of speech Penn tags give a finite or participle verb: an act's noun right after
# one ("ECOWAS imposed sanctions") is its object, whatever the parse says.
_VERB_FORMS = frozenset({"VBD", "VBN", "VBZ", "VBP"})
_ACTOR_LABELS = frozenset({"ORG", "NORP", "GPE"})


def _adjacent_actor(proposal: _Proposal, work: _SentenceWork, knowledge_base: Any) -> Token | None:
    """A known actor's name right before a verb the parse gives no subject: its subject.

    The small model mis-parses a clause that opens on an all-capitals acronym ("ECOWAS
    imposed sanctions on Niger": ECOWAS the root verb, "imposed" an adjective of
    "sanctions"), so the act has no agent. Where the act's verb (the trigger, or the verb
    form right before a nominal trigger) has no subject, agent or passive subject, the
    word right before it (no punctuation between) is its subject when it names an actor:
    a name the knowledge base holds, or an ORG or NORP entity. Not a place the knowledge
    base does not hold ("Kidal"), not the object of a preposition ("In Mali soldiers
    ..."), not a date.
    """
    if knowledge_base is None:
        return None
    token = proposal.token
    doc = token.doc
    verb = token
    if proposal.nominal:
        if token.dep_ in ("nsubj", "nsubjpass") or token.i == 0:
            return None
        verb = doc[token.i - 1]
        if verb.tag_ not in _VERB_FORMS or verb.head.i not in (token.i, verb.i) and verb.dep_ != "ROOT":
            return None
    elif verb.tag_ not in _VERB_FORMS:
        return None  # an infinitive or a gerund ("forces began attacking") takes its subject from above
    if any(c.dep_ in ("nsubj", "nsubjpass", "agent", "csubj", "expl") for c in verb.children):
        return None
    if verb.i == token.sent.start:
        return None
    candidate = doc[verb.i - 1]
    if candidate.is_punct or candidate.ent_type_ in _NOT_AGENT_LABELS or candidate.dep_ == "pobj":
        return None
    if not (candidate.is_upper or candidate.is_title) or candidate.pos_ == "PRON":
        return None
    first = candidate.i
    while first > token.sent.start and doc[first].ent_iob_ == "I":
        first -= 1  # "the African Union imposed": the whole name
    if first > token.sent.start and doc[first - 1].dep_ == "prep":
        return None  # "near Gao", "In Mali": a prepositional object, however parsed
    name = doc[first : candidate.i + 1].text
    known = knowledge_base.lookup(name) or knowledge_base.lookup(candidate.text)
    if known is None and candidate.ent_type_ not in _ACTOR_LABELS - {"GPE"}:
        return None  # a place no actor is known by ("Kidal imposed ..." is no actor)
    return candidate


def rejecting_speaker(token: Token, lexicon: TriggerLexicon) -> Token | None:
    """Who calls a claim false (a REJECT told by its predicate, proposal._rejected_claim):
    the subject of the verb of saying the copula's clause is the complement of ("the
    spokesman said those allegations were false"), or that hangs on it ("The claims are
    false, the minister said"). None when no one is told saying it."""
    if token.dep_ not in ("acomp", "attr", "conj") or token.pos_ in ("VERB", "AUX"):
        return None
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    verb = token.head
    sayers = [verb.head] if verb.dep_ in ("ccomp", "parataxis") else []
    sayers += [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
    for sayer in sayers:
        if sayer.lemma_.lower() in lexicon.reporting_verbs:
            subject = next((c for c in sayer.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return subject
    return None


# The links by which a promise hangs on the clause of who makes it: "said (that) they will
# pay", "..., saying those responsible will pay", "vowed that ... and the perpetrators would
# be brought to justice", "The killers will face the law, the president said".
_PROMISE_LINKS = frozenset({"ccomp", "parataxis", "advcl", "conj", "xcomp"})


def vow_roles(token: Token, words: frozenset[str]) -> tuple[Token | None, Token | None]:
    """Who threatens and who is threatened in a punishment promised (proposal._punishment_vow):
    the author is the subject of the nearest clause the promise is told in ("the president
    said", "the minister, saying ..."), else the verb's own subject when it punishes someone
    ("we will bring them to justice"); the target is who is to be punished: the subject of a
    passive ("the perpetrators would be brought to justice") or of a verb the punished
    undergo ("those behind it will pay a heavy price"), the object of one that punishes ("will
    hold those responsible to account"); which it is, the object says: one of the verb's
    `words` (`punishment_phrases`: "a price", "the consequences") is the punishment, any
    other object the punished. Not the act left unpunished ("the attack cannot go
    unpunished": no one named)."""
    own_subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    passive_subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    obj = next((c for c in token.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None:
        # A small clause: "will hold the gunmen accountable" (the parser's "gunmen" subject of it).
        obj = next((g for c in token.children if c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() in words
                    for g in c.children if g.dep_ == "nsubj"), None)
    speaker = _promise_speaker(token, words)
    heads = [obj] if obj is not None else []
    heads += [g for p in (obj.children if obj is not None else ()) if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"]  # "the full force of the law"
    undergone = any(t.lemma_.lower() in words or t.lower_ in words for t in heads)
    punishes = passive_subject is None and obj is not None and not undergone and own_subject is not None
    if speaker is None and punishes:
        speaker = own_subject
    if passive_subject is not None:
        target = passive_subject
    elif punishes:
        target = obj
    elif undergone and own_subject is not None:
        target = own_subject  # "those behind it will pay a heavy price"
    else:
        target = None
    if target is not None and target.pos_ not in ("NOUN", "PROPN", "PRON", "DET"):
        target = None
    return speaker, target


def party_speaker(sentence: ParsedSentence, token: Token, knowledge_base: Any) -> bool:
    """Whether the speaker of a sanction promised (proposal._sanction_promised; `vow_roles`)
    is a party: a person pronoun ("he warned that ...") or an actor of a known type or name
    (a person, group, force or government), not a law, a decree or a rule ("the new law says
    anyone who insults the president will be jailed": a rule told, no threat)."""
    speaker, _ = vow_roles(token, frozenset())
    if speaker is None:
        return False
    if speaker.pos_ == "PRON":
        return speaker.lower_ in _words().person_pronouns
    actor = _make_actor(sentence, speaker, knowledge_base)
    return actor is not None and (actor.type is not None or actor.name is not None)


def _promise_speaker(token: Token, words: frozenset[str]) -> Token | None:
    """The subject of the clause a promise is told in: a saying after it ("The killers will
    face the law, the president said"), else the nearest clause it hangs on by
    `_PROMISE_LINKS` ("the minister said ...", "condemned the raid, saying ...")."""
    trailing = next((c for c in token.children if c.dep_ in ("ccomp", "parataxis") and c.i > token.i
                     and c.lemma_.lower() not in words and any(g.dep_ == "nsubj" for g in c.children)), None)
    if trailing is not None:
        return next(g for g in trailing.children if g.dep_ == "nsubj")
    node = token
    for _ in range(6):
        if node.dep_ not in _PROMISE_LINKS or node.head.i == node.i:
            return None
        node = node.head
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return None


def answer_accusers(events: list[Event], answered_types: frozenset[str]) -> list[Event]:
    """A rejection answers what was done or said against its speaker before it: "Ghani
    blamed the Taliban ... the group denied it", "the US imposed sanctions on the minister
    ... Kigali said the sanctions were unjustified", "the rebels said they seized the base;
    the junta said the claim was not true". A REJECT whose recipient is no party (none, or
    what is rejected: "denied the charges", "denied responsibility") takes as recipient the
    actor of the latest earlier asserted event of `answered_types` (triggers.yaml) aimed at
    the REJECT actor's country by another party: who is rejected is who made the charge,
    the measure or the claim. Events in text order; the rest are returned unchanged."""
    if not answered_types:
        return events
    charges: list[Event] = []
    answered: list[Event] = []
    for event in events:
        if event.type == "REJECT" and event.actor is not None and event.actor.country and not _a_party(event.recipient):
            rejecter = event.actor
            accuser = next(
                (c.actor for c in reversed(charges)
                 if c.trigger.start < event.trigger.start and c.recipient is not None and c.actor is not None
                 and c.recipient.country == rejecter.country
                 and (c.actor.name, c.actor.type) != (rejecter.name, rejecter.type)),
                None,
            )
            if accuser is not None:
                event = event.model_copy(update={"recipient": accuser})
        elif (event.type in answered_types and event.mode == "asserted" and event.actor is not None
              and event.actor.country and event.recipient is not None):
            charges.append(event)
        answered.append(event)
    return answered


def _a_party(actor: Actor | None) -> bool:
    """Whether an actor names a party (a sector or a known name), not a thing: "any
    involvement" may take a country from its setting, never a sector or a name."""
    return actor is not None and bool(actor.type or actor.name)


def _place_actor_country(
    sentence: ParsedSentence,
    actor: Actor,
    actor_token: Token,
    places: list[Place],
    knowledge_base: Any,
    location: Place | None,
) -> Actor:
    """A group the knowledge base cannot place ("security forces in Guinea",
    "police") takes the country of a place in its own phrase, else of the event; a
    place named as the side ("gunmen attacked Kwakta", "pulled out of Kidal") is of
    its own country."""
    start, end = sentence.offsets(actor_token)
    for place in places:
        if place.start <= start < place.end and place.country:
            return actor.model_copy(update={"country": place.country})
    # "Troops sent from Gao", "police who came from Kano": where a verb of coming or sending on
    # the side's noun says it came from (places.yaml `origin_verbs`) is of its own phrase as
    # "troops from Gao" is; the place stays the origin, not where the act is.
    origin = place_phrases(sentence.doc.lang_)
    sent = [g for c in actor_token.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
            and c.lemma_.casefold() in origin.origin_verbs
            for g in c.children if g.dep_ == "prep" and g.lower_ in origin.origin_prepositions]
    for child in [*actor_token.children, *sent]:
        if child in sent or (child.dep_ == "prep" and child.lower_ in ("in", "of", "from")):
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
    # outsiders takes no country from where the event happens. A name the knowledge base
    # does not know, held by a state's office or force ("Prime Minister Shehbaz Sharif
    # condemned the attack"), is of that state too.
    unknown_official = (
        actor.name is not None
        and actor.type in _STATE_SECTORS
        and knowledge_base is not None
        and knowledge_base.lookup(actor.name) is None
    )
    if (actor.name is None or unknown_official) and location is not None and location.country and not foreign:
        return actor.model_copy(update={"country": location.country})
    return actor


def host_recipient(
    event_type: str, actor: Actor | None, recipient: Actor | None, location: Place | None, knowledge_base: Any
) -> Actor | None:
    """The state an act with no recipient of its own is addressed to: the country of its
    place for a protest ("protests broke out in Nairobi"), and for a force that deploys or
    withdraws when the force is of another country ("Kenyan police arrived in
    Port-au-Prince"; <language>/actors.yaml `place_recipient_types`,
    `foreign_place_recipient_types`: French adds a foreign condemnation, demand, threat or
    sanction). Spanned by the place's mention; not a dateline's or a source's place. Shared
    by the English and the French extractors."""
    if recipient is not None or knowledge_base is None or location is None or not location.country:
        return recipient
    if location.role in ("dateline", "source"):
        return recipient
    if event_type not in knowledge_base.place_recipient_types and not (
        event_type in knowledge_base.foreign_place_recipient_types
        and actor is not None
        and actor.country is not None
        and actor.country != location.country
    ):
        return recipient
    return Actor(text=location.text, start=location.start, end=location.end, country=location.country, type="GOV")


def place_target(incident: Incident, knowledge_base: Any) -> Incident:
    """An incident of force none of whose mentions names a target ("An attack in Kidal
    killed 12", "gunmen opened fire in the market", "abductions were reported in Zamfara";
    <language>/actors.yaml `place_target_types`) struck the place where it happened: its
    recipient is that place, of its country and no sector, spanned by the place's mention, as
    a place named as the target is ("gunmen attacked Kwakta"). Not a dateline's or a source's
    place. First a side with no country takes the place's (`place_country`). Read on the
    assembled incident, not on each mention: a mention's own recipient,
    told anywhere in the incident, comes first, and the incident's mentions are grouped by what
    they name."""
    return _side_of_place(place_country(incident, knowledge_base), knowledge_base, "recipient", "place_target_types")


def _side_of_place(incident: Incident, knowledge_base: Any, role: Literal["actor", "recipient"], types: str,
                   name: str | None = None) -> Incident:
    """`incident` with a side of its place's country and no sector as its `role` (named `name`),
    spanned by the place's mention, which is also the role's evidence: where the role is empty,
    the incident's type is one of the actors.yaml list `types` and the place is no dateline's or
    source's (`place_target`, `place_addressee`, `place_author`)."""
    location = incident.location
    if (
        getattr(incident, role) is not None
        or knowledge_base is None
        or location is None
        or not location.country
        or location.role in ("dateline", "source")
        or incident.type not in getattr(knowledge_base, types, ())
    ):
        return incident
    side = Actor(text=location.text, start=location.start, end=location.end, name=name, country=location.country)
    evidence = incident.evidence.model_copy(update={role: incident.evidence.location})
    return incident.model_copy(update={role: side, "evidence": evidence})


def state_arms(incidents: list[Incident], events: list[Event], parsed: ParsedArticle,
               knowledge_base: Any) -> list[Incident]:
    """`state_actor` read on the assembled incident: one with no author, any of whose mentions
    tells an act only one arm of a state does (actors.yaml `arm_acts`: an inquiry opened), was
    done by that arm of its place's state, of that arm's sector, spanned by the place's mention.
    The place may come from another sentence than the act's ("Gunmen killed five villagers in
    Kaduna. An inquiry has been opened into the killings."), which the events stage, reading one
    sentence, cannot see. Not a dateline's or a source's place. Called by the pipeline before
    `place_authors`, whose unnamed side it names."""
    if knowledge_base is None:
        return incidents
    by_id = {event.id: event for event in events}
    return [_state_arm(incident, by_id, parsed, knowledge_base) for incident in incidents]


def _state_arm(incident: Incident, events: dict[str, Event], parsed: ParsedArticle, knowledge_base: Any) -> Incident:
    """One incident of `state_arms`."""
    if incident.actor is not None or incident.location is None:
        return incident
    for event_id in incident.events:
        event = events.get(event_id)
        sentence = parsed.sentence_at(event.trigger.start) if event is not None else None
        if event is None or sentence is None:
            continue
        span = sentence.span_at(event.trigger.start, event.trigger.end)
        actor = state_actor(span.root, incident.location, knowledge_base, incident.type) if span is not None else None
        if actor is not None:
            evidence = incident.evidence.model_copy(update={"actor": incident.evidence.location})
            return incident.model_copy(update={"actor": actor, "evidence": evidence})
    return incident


def place_authors(incidents: list[Incident], knowledge_base: Any) -> list[Incident]:
    """Each incident of a type (<language>/actors.yaml `place_author_types`) told with no author
    ("22 people were killed in an attack in Kidal", "troops were deployed in Nairobi") was done by
    an unnamed side of the country where it happened, as a side named by no name ("the gunmen",
    "soldiers") is of that country (`place_country`): its actor is of its place's country and of
    no sector, spanned by the place's mention (as `place_target`'s recipient and `state_actor`'s
    state are). Also where the article names the author of another act of that type: reports name
    a foreign author where one acted, and an act they tell with none is far more often the place's
    side's than the named author's (measured at d569843: EN study complete 292 -> 305/717, EN score
    213 -> 220/765; FR study 150 -> 155/567). Not a dateline's or a source's place. Called by the
    pipeline after the incidents' confidence, whose model was trained on incidents with the actors
    their mentions name."""
    return [place_author(incident, knowledge_base) for incident in incidents]


def place_addressee(incident: Incident, knowledge_base: Any) -> Incident:
    """An act of word or policy none of whose mentions names to whom it is addressed ("the
    junta lifted the curfew in Niamey", "sanctions were imposed on Mali's leaders" told with no
    recipient found; <language>/actors.yaml `place_addressee_types`) is addressed to the state of
    its place, as a protest is (`host_recipient`; a protest whose own sentence names no place, so
    that no mention addressed it, is in the list too): the recipient is of the place's country and
    no sector, spanned by the place's mention. Not a dateline's or a source's place. Called by the
    pipeline after the incidents' confidence, as `place_authors` is."""
    return _side_of_place(incident, knowledge_base, "recipient", "place_addressee_types")


def place_author(incident: Incident, knowledge_base: Any) -> Incident:
    """An incident with no author named, of a type of `place_author_types`, done by an unnamed
    side of its place's country (`place_authors`, over the article's incidents). The
    span is the place's words (the evidence the country comes from); the name says the side is
    unnamed, so that lists of actors and the store do not show the place as an actor."""
    return _side_of_place(incident, knowledge_base, "actor", "place_author_types", UNNAMED_SIDE)


def place_country(incident: Incident, knowledge_base: Any) -> Incident:
    """The events stage's convention read again on the assembled incident, whose place may
    come from another mention than the one that named a side: a side the text gives no
    country, named by no name (the gunmen, villagers, a market) or by a name the knowledge
    base does not hold (a person, an office, a local body: the events stage takes only an
    office's or a force's), is of the country of the incident's place;
    not a role that names outsiders (en actors.yaml `foreign_roles`), nor at a dateline's or a
    source's place."""
    location = incident.location
    if knowledge_base is None or location is None or not location.country or location.role in ("dateline", "source"):
        return incident
    update: dict[str, Actor] = {}
    for role in ("actor", "recipient"):
        side: Actor | None = getattr(incident, role)
        if side is None or side.country is not None:
            continue
        if side.name is not None and knowledge_base.lookup(side.name) is not None:
            # A name the knowledge base holds has its own country there (none for a
            # group tied to no country, "Islamic State"); one it does not hold ("Ben Ali
            # accused the protesters", "the rights centre CARD denounced ..."), whatever its
            # sector, is as unplaced as "the gunmen".
            continue
        words = [w.strip(".,;:'\"()").casefold() for w in side.text.split()]
        if any(knowledge_base.is_foreign_role(w) or knowledge_base.is_foreign_role(w.rstrip("s")) for w in words if w):
            continue
        update[role] = side.model_copy(update={"country": location.country})
    return incident.model_copy(update=update) if update else incident


# The words that may name the state's act ("imposed a curfew", "instaurer un couvre-feu"): the
# trigger and its object or passive subject, in spaCy's English labels and in UD's (French).
_STATE_ACT_OBJECTS = frozenset({"dobj", "obj", "nsubjpass", "nsubj:pass"})


def _state_actor(proposal: _Proposal, actor: Actor | None, location: Place | None, knowledge_base: Any) -> Actor | None:
    """Who arrests, detains, bans or imposes a curfew when the text names no one: `state_actor`
    for a COERCE proposal without an actor; else the actor as it is."""
    if actor is not None or proposal.type != "COERCE":
        return actor
    return state_actor(proposal.token, location, knowledge_base)


def state_actor(token: Token, location: Place | None, knowledge_base: Any,
                event_type: str = "COERCE") -> Actor | None:
    """Who arrests, detains, bans or imposes a curfew when the text names no one ("Dozens of
    protesters were arrested in Khartoum", "a curfew was imposed in Conakry", "des manifestants
    ont été interpellés à Dakar"): the state where it happens (actors.yaml `state_acts` of the
    language), spanned by the place's mention; not a dateline's or a source's place. An act
    only one arm of a state does (actors.yaml `arm_acts`: a coup, a prison sentence, an
    inquiry opened, "un coup d'État au Gabon", "une enquête a été ouverte") is that arm's, of
    its sector, and may be of another type than a coercion. English and French (events_fr)
    share it."""
    if knowledge_base is None or location is None or not location.country:
        return None
    if location.role in ("dateline", "source"):
        return None
    words = [token, *(c for c in token.children if c.dep_ in _STATE_ACT_OBJECTS)]
    sector = next((s for s in (knowledge_base.state_act_sector(event_type, word.lemma_ or word.text)
                               for word in words) if s is not None), None)
    if sector is None:
        return None
    return Actor(text=location.text, start=location.start, end=location.end, country=location.country, type=sector)


def _roles(
    proposal: _Proposal, lexicon: TriggerLexicon, work: _SentenceWork, knowledge_base: Any = None
) -> tuple[Token | None, Token | None]:
    token = proposal.token
    actor: Token | None = None
    recipient: Token | None = None
    struck: Token | None = None
    if not proposal.nominal:
        # "civilians killed by rebels", "farmers abducted last week": a past participle
        # qualifying a noun (a reduced relative) is passive, and the noun is its patient.
        passive = (
            any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)
            or _reduced_passive(token)
            or _shares_passive(token)
        )
        headline = not passive and _headline_passive(token)
        actor = _nearest_subject(token, work.subject_of(token))
        if actor is None and _acting_participle(token, knowledge_base):
            # "M23 rebels fighting government forces", "jihadists attacking a convoy": a
            # present participle on a noun that names a side is that side's act.
            actor = token.head
        if actor is not None and any(m.token.i == actor.i for m in proposal.merged):
            # "A roadside bombing killed one soldier": the bombing is the event,
            # its agent is the bombing's own possessor or modifier, if any.
            actor = _nominal_agent(actor)
        if headline:
            # "Three French engineers kidnapped near Gao": the subject is the patient; the
            # agent is only ever in a "by" phrase.
            actor, recipient = _first(_passive_agents(token)), _first(c for c in token.children if c.dep_ == "nsubj")
        if passive:
            recipient = _first(c for c in token.children if c.dep_ == "nsubjpass")
            actor = _first(_passive_agents(token))
            if recipient is None and token.dep_ == "conj":
                recipient = _first(c for c in token.head.children if c.dep_ in ("nsubjpass", "nsubj"))
            if recipient is None and token.dep_ in ("acl", "relcl"):
                recipient = token.head
            if recipient is None:
                recipient = _governing_patient(token)
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
                _words().recipient_prepositions - _words().direction_prepositions
                if proposal.type in _MOVEMENT_TYPES
                else _words().recipient_prepositions
            )
            if proposal.type == "RETREAT":
                preps = preps | {"from", "of"}  # "withdrew from Mali", "pulled out of the town"
            thing = recipient
            recipient = _prep_object(token, preps) or recipient
            if thing is not None and recipient is thing:
                # "imposed sanctions on two commanders": the parser hangs the phrase on the thing.
                recipient = _prep_object(thing, preps) or recipient
            if recipient is None and proposal.type == "RETREAT":
                out = _first(c for c in token.children if c.lower_ == "out" and c.dep_ in ("prep", "prt", "advmod"))
                recipient = _prep_object(out, {"of"}) if out is not None else None  # "pulled out of Kidal"
        if (
            recipient is not None
            and recipient.pos_ == "NOUN"
            and recipient.lemma_.lower() in _words().meeting_nouns
            and recipient.ent_type_ == ""
            and recipient.dep_ in ("dobj", "obj")
        ):
            # "held talks in Jeddah", "signed an agreement": the meeting or the accord is the
            # act, not its other side; that is a "with" phrase or the subject's partner
            # ("the army and the RSF held talks").
            recipient = (
                _prep_object(recipient, {"with"}) or _prep_object(token, {"with"}) or _partner(actor) or recipient
            )
        if (
            proposal.type == "ASSAULT"
            and actor is not None
            and recipient is not None
            and token.lemma_.lower() in _words().contact_verbs
            and _names_weapon(recipient)
        ):
            # "their convoy hit a roadside bomb": the subject is struck; the mine stands where
            # its planter would, as in "a roadside bomb killed four soldiers". The struck are
            # the recipient unless a casualty verb names victims ("a peacekeeper was killed when").
            actor, recipient, struck = recipient, None, actor
        if proposal.type == "ASSAULT" and recipient is not None and recipient.pos_ == "NOUN" and _is_fired(recipient):
            # "opened fire, killing five", "fired rockets": what is fired is no recipient;
            # the killing's victims are (`_casualty_roles`).
            recipient = None
    else:
        actor = _nominal_agent(token)
        if actor is None and proposal.type in _MOVEMENT_TYPES:
            # "the withdrawal of European troops": the troops are the ones moving.
            actor = _prep_object(token, {"of"})
        recipient_preps = {"against", "on", "upon", "at", "with", "into"}
        if proposal.type not in _MOVEMENT_TYPES:
            recipient_preps.add("of")
        if proposal.type == "RETREAT":
            recipient_preps.add("from")  # "the withdrawal from Niger": the country left
        recipient = _prep_object(token, recipient_preps) or _opposed(token)
        if recipient is None and actor is not None and proposal.type == "RETREAT":
            recipient = _prep_object(actor, {"from"})  # "the withdrawal of the mission from the DRC"
        verb = clause_verb(token)
        # The subject of a verb the noun is the object of ("carried out an attack",
        # "engaged in clashes"), not of one it is an adjunct to ("after the withdrawal").
        argument_of_verb = token.head.i == verb.i or (
            proposal.light_verb is not None and proposal.light_verb.i == verb.i
        )
        if recipient is None and token.dep_ in ("dobj", "obj") and token.head.i == verb.i:
            # "used tear gas against protesters", "launched rockets at the base": the
            # parser hangs the target on the verb.
            recipient = _prep_object(verb, {"against", "at", "upon"})
        undergoer = _undergoer(token, knowledge_base, work)
        if undergoer is not None:
            # "The camp suffered a raid": the subject is hit, and does nothing.
            recipient = recipient or undergoer
        elif (
            actor is None
            and argument_of_verb
            # "The attack was carried out by gunmen": a light verb's passive agent.
            and (token.dep_ not in ("nsubj", "nsubjpass") or token.dep_ == "nsubjpass" and proposal.light_verb)
            and not _another_act(verb, proposal, lexicon, work)
        ):
            # "carried out an attack", "engaged in clashes": the verb's subject.
            actor = work.subject_of(verb)
        if recipient is None and token.dep_ == "pobj" and token.head.dep_ == "agent":
            # "their vehicle was hit by an explosive device": what the device hit.
            recipient = _first(c for c in token.head.head.children if c.dep_ == "nsubjpass")
        opponent = _prep_object(token, {"with"}) if actor is None else None
        if opponent is not None and (
            recipient is None or recipient.i != opponent.i or not _names_a_side(opponent, knowledge_base)
        ):
            opponent = None  # "an attack with explosives": what it was made with
        in_act = token.dep_ == "pobj" and token.head.lower_ in ("in", "during")
        if (recipient is None or opponent is not None) and in_act:
            # "was killed during an air strike", "were wounded in the attack": the act's
            # victims are the casualty verb's. "Five soldiers were killed in clashes with
            # jihadists": the side the fight was with did the killing.
            harmed = token.head.head
            stated = [harmed, *(c for c in harmed.children if c.dep_ == "xcomp")]  # "was presumed killed"
            if harmed.dep_ == "xcomp":
                stated.append(harmed.head)
            if harmed.pos_ == "VERB" and any(_is_casualty_word(v, lexicon) for v in stated):
                victims = _first(c for v in stated for c in v.children if c.dep_ in ("nsubjpass", "dobj", "obj"))
                if opponent is None:
                    recipient = victims
                elif victims is not None and victims.i != opponent.i:
                    actor, recipient = opponent, victims
        if _heads_subject(token) and verb.i != token.i and recipient is None:
            # "The attack killed sixteen soldiers", "An explosion from a roadside bomb
            # killed four civilians": the victims are the recipient.
            recipient = _first(c for c in verb.children if c.dep_ in ("dobj", "obj"))
    parties = _between_parties(proposal)
    if parties is not None:
        # "clashes between the army and militants": the first party acts, the other receives.
        first, second = parties
        if actor is None:
            actor = first
            if second is not None and (recipient is None or recipient.i == first.i):
                recipient = second
    if proposal.type == "ASSAULT":
        actor, recipient = _casualty_roles(proposal, actor, recipient, lexicon, work)
        recipient = recipient or struck
    if (
        proposal.nominal
        and actor is not None
        and token.dep_ in ("dobj", "obj")
        and token.head.lemma_.lower() in _words().contact_verbs
        and _names_weapon(token)
        and actor.i == getattr(work.subject_of(token.head), "i", None)
    ):
        # "Their vehicle struck a landmine": the subject is struck, by the mine's user if told.
        actor, recipient = None, recipient or actor
    if actor is not None and recipient is not None and actor.i == recipient.i:
        recipient = None
    if actor is not None and (actor.i == token.i or actor.head.dep_ == "agent" and _is_weapon(actor)):
        actor = None  # "the convoy was struck by a roadside bomb": a weapon is no one
    if actor is None or _names_weapon(actor):
        # "A bomb planted by militants killed four soldiers": whoever used the weapon.
        actor = _weapon_user(token, knowledge_base) or actor
    return actor, recipient


def _partner(actor: Token | None) -> Token | None:
    """The second of two coordinated subjects ("Sudan's army and the RSF held talks")."""
    if actor is None:
        return None
    return _first(c for c in actor.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"))


def _names_weapon(token: Token) -> bool:
    """A weapon's noun, also where the model reads an acronym as a name ("an IED")."""
    return token.pos_ in ("NOUN", "PROPN") and (token.lemma_ or token.text).lower() in _words().weapon_nouns


def _weapon_user(token: Token, knowledge_base: Any) -> Token | None:
    """Who used a weapon the act's clause names, by a participle of use on it with a passive
    agent ("an IED suspected to have been planted by al-Shabaab militants", "rockets fired by
    the RSF"; en actors.yaml `weapon_use_verbs`): the weapon acts for no one, its user does."""
    if knowledge_base is None:
        return None
    for weapon in token.subtree:
        if not _names_weapon(weapon):
            continue
        verbs = [c for c in weapon.children if c.dep_ == "acl"]
        if weapon.dep_ in ("nsubj", "nsubjpass"):
            # "the bomb was planted by militants"; the small model also reads "a mine believed
            # to have been planted by ..." and "Rockets fired by ... struck" so.
            verbs.append(weapon.head)
        for participle in verbs:
            # "suspected to have been planted by": the participle of use under a verb of belief.
            for verb in (participle, *(c for c in participle.children if c.dep_ == "xcomp")):
                if not knowledge_base.uses_weapon(verb.lemma_ or verb.text):
                    continue
                user = _first(_passive_agents(verb))
                if user is not None:
                    return user
    return None


def _governing_patient(token: Token) -> Token | None:
    """The patient of a passive with no subject of its own, in a clause added to another verb
    ("A student died after being beaten by police", "were found dead after being abducted",
    "was killed while being taken to hospital"): the subject of the verb it hangs on."""
    if token.dep_ == "pcomp" and token.head.dep_ == "prep":
        verb = token.head.head
    elif token.dep_ == "advcl":
        verb = token.head
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    return _first(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))


def _acting_participle(token: Token, knowledge_base: Any) -> bool:
    """A present participle qualifying a noun that names a side, people or a body ("rebels
    fighting the army"); not one on what a body issues ("a statement condemning", read by
    `_implied_agent`)."""
    head = token.head
    return (
        token.dep_ == "acl"
        and token.tag_ == "VBG"
        and head.pos_ in ("NOUN", "PROPN")
        and knowledge_base is not None
        and not knowledge_base.is_statement_noun(head.lemma_ or head.text)
        and _names_a_side(head, knowledge_base)
    )


def _nearest_subject(verb: Token, subject: Token | None) -> Token | None:
    """Of two subjects the parse gives one verb, the one nearest before it: two are a
    misparse, most often of a headline run into the lead with no full stop between ("RSF
    attack on camp kills civilians / December 1 (EL FASHER) - The RSF bombarded the camp"
    makes the headline's noun a second subject of the lead's verb), as of a dateline."""
    if subject is None or subject.head.i != verb.i or subject.dep_ != "nsubj":
        return subject
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    return max(subjects, key=lambda c: c.i) if len(subjects) > 1 else subject


def _undergoer(token: Token, knowledge_base: Any, work: _SentenceWork) -> Token | None:
    """The subject of a verb that says its subject undergoes the act the trigger names
    ("the county experienced a raid", "the convoy came under fire", "the governor escaped an
    attack"; en actors.yaml `undergoing_verbs`)."""
    if knowledge_base is None:
        return None
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head  # "survived an assassination attempt": the phrase the act's noun heads
    if token.dep_ in ("dobj", "obj") and knowledge_base.undergoes(token.head.lemma_):
        return work.subject_of(token.head)
    prep = token.head
    if token.dep_ == "pobj" and prep.dep_ == "prep" and knowledge_base.undergoes(f"{prep.head.lemma_} {prep.lower_}"):
        return work.subject_of(prep.head)
    return None


def _is_stance(token: Token) -> bool:
    """The object of "anti-" written before a noun ("anti-government", "anti-junta")."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ == "anti"


def _in_stance(token: Token) -> bool:
    """A word of an "anti-X" modifier: X itself, or the "anti" or the hyphen before it."""
    doc = token.doc
    if _is_stance(token):
        return True
    if token.text == "-" and token.i >= 1 and doc[token.i - 1].lower_ == "anti":
        return True
    return token.lower_ == "anti" and token.i + 2 < len(doc) and doc[token.i + 1].text == "-"


def _opposed(token: Token) -> Token | None:
    """Whom an act's noun is against by its "anti-" modifier: "anti-government protests"
    (the government), "an anti-junta march", "anti-coup protesters" (the coup's makers are
    named elsewhere; the coup's word is what the text gives)."""
    return _first(t for t in token.doc[token.left_edge.i : token.i] if t.head.i == token.i and _is_stance(t))


def _reduced_passive(token: Token) -> bool:
    """A past participle that qualifies a noun ("civilians killed by rebels"): passive,
    unless it has an object (a misparsed active verb: "a bomb injured seven people")."""
    return (
        token.dep_ == "acl"
        and token.tag_ == "VBN"
        and token.head.pos_ in ("NOUN", "PROPN")
        and not any(c.dep_ in ("dobj", "obj") for c in token.children)
    )


def _headline_passive(token: Token) -> bool:
    """A verb of harm that always takes an object (en actors.yaml `object_verbs`) with a
    subject but no object, auxiliary or clause of its own ("Three French engineers kidnapped
    near Gao", "Soldiers killed in ambush"): a headline's or caption's past participle, which
    the parser reads as a past tense; its subject is its patient."""
    if token.dep_ != "ROOT" or token.tag_ not in ("VBD", "VBN") or token.lemma_.lower() not in _words().object_verbs:
        return False
    if not any(c.dep_ == "nsubj" for c in token.children):
        return False
    # "kidnapped and killed three people": the object is the last verb's
    verbs = [token, *(c for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    unsaid = ("aux", "auxpass", "dobj", "obj", "dative", "ccomp", "xcomp", "prt", "attr", "oprd")
    return not any(c.dep_ in unsaid or c.lower_ in ("who", "which", "that") for v in verbs for c in v.children)


def _shares_passive(token: Token) -> bool:
    """A verb conjoined to a passive one, with no subject or object of its own: "he was
    cut down and beheaded" (the parser tags "beheaded" a past tense)."""
    return (
        token.dep_ == "conj"
        and token.tag_ in ("VBN", "VBD")
        and any(c.dep_ == "auxpass" for c in token.head.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj") for c in token.children)
    )


def _between_parties(proposal: _Proposal) -> tuple[Token, Token | None] | None:
    """The two sides of a "between" phrase on the act ("clashes between the army and
    militants", "an exchange of fire between police and gunmen", "fighting broke out
    between X and Y"): the first named and the one conjoined to it (None when one plural
    names both, "clashes between rival groups")."""
    token = proposal.token
    holders = [token]
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
        holders.append(token.head.head)  # "an exchange of fire between ..."
    if token.dep_ == "nsubj" and token.head.pos_ == "VERB":
        holders.append(token.head)  # "fighting erupted between ..."
    if not proposal.nominal:
        # "were injured following an exchange of fire between ...", "killed in clashes between ..."
        holders += [
            obj
            for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ in ("in", "during", "following", "after", "amid")
            for obj in prep.children
            if obj.dep_ == "pobj" and obj.pos_ == "NOUN"
        ]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ != "between":
                continue
            first = _first(g for g in prep.children if g.dep_ == "pobj")
            if first is None:
                return None
            return first, _first(c for c in first.children if c.dep_ == "conj")
    return None


def _heads_subject(token: Token) -> bool:
    """The noun is its clause's subject, or the object of a preposition inside it ("an
    explosion from a roadside bomb killed ...")."""
    node = token
    for _ in range(4):
        if node.dep_ != "pobj" or node.head.dep_ != "prep" or node.head.head.pos_ not in ("NOUN", "PROPN"):
            break
        node = node.head.head
    return node.dep_ == "nsubj"


def _another_act(verb: Token, proposal: _Proposal, lexicon: TriggerLexicon, work: _SentenceWork) -> bool:
    """A verb whose object is the trigger but which reports an act of its own: "X
    condemned the attack" (ACCUSE), "X confirmed the fighting" (a reporting verb), or a
    copula ("it was fierce fighting").
    Its subject speaks about the event; it did not do it. Light verbs ("carried out
    an attack") lend their subject."""
    lemma = verb.lemma_.lower()
    if lemma == "be":
        return True  # "It was fierce fighting": a copula's subject did nothing
    rule = work.match(verb)
    if rule is not None and rule.predicates and rule.type != proposal.type:
        # "X called the attack an act of cowardice": a verb that judges the act by what it
        # ascribes to it (`predicates`) tells an act of its own, light verb or not.
        return True
    if lemma in lexicon.light_verbs:
        return False
    if lemma in lexicon.reporting_verbs:
        return True
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
    """A number standing alone as a noun phrase ("at least 22", "dozens"), or a count of
    "others" ("five were killed and 10 others wounded": more of the same victims)."""
    return token.pos_ == "NUM" or token.lower_ in {"dozens", "scores", "hundreds", "thousands", "others"}


def _nominal_agent(token: Token) -> Token | None:
    """The agent of a nominal trigger: "France's withdrawal", "the withdrawal by
    France", "the French withdrawal"."""
    # Not a time's possessive ("Saturday's attack", "last week's ambush"): a date (time_nouns).
    time_nouns = _words().time_nouns
    actor = _first(
        c
        for c in token.children
        if c.dep_ == "poss" and c.ent_type_ not in _NOT_AGENT_LABELS and c.lemma_.lower() not in time_nouns
    )
    if actor is None:
        actor = _first(
            g for c in token.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"
        )
    if actor is None:
        actor = _first(
            c
            for c in token.children
            if c.dep_ in ("compound", "amod", "nmod")
            and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN")
            and c.ent_type_ not in _NOT_AGENT_LABELS  # "a May 27 air strike": a date
            # "anti-UN protests", "anti-French protests": the side opposed (`_opposed`), and
            # the "anti" and the hyphen the parse may hang apart, are no author
            and not _in_stance(c)
        )
    return actor


_NOT_AGENT_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})


def _is_fired(token: Token) -> bool:
    """What a weapon fires ("opened fire", "fired rockets"), not whom it hits."""
    return token.ent_type_ == "" and token.lemma_.lower() in _words().fired_nouns


def _is_weapon(token: Token) -> bool:
    """A weapon or a blast ("a roadside bomb", "an explosive device"), which acts for no one."""
    return token.pos_ == "NOUN" and token.ent_type_ == "" and token.lemma_.lower() in _words().weapon_nouns



def _names_a_side(token: Token, knowledge_base: Any) -> bool:
    """A noun phrase that names people or a body: a sector noun ("jihadists", "the army"),
    a known name, or a name the model reads as a group or a person."""
    if knowledge_base is None:
        return False
    lemma = token.lemma_ or token.text
    return bool(
        knowledge_base.sector_of_noun(lemma)
        or knowledge_base.sector_of_noun(token.text)
        or knowledge_base.lookup(token.text)
        or token.ent_type_ in ("ORG", "NORP", "PERSON")
    )


def _is_thing(token: Token) -> bool:
    """What is sent, fired or imposed ("troops", "sanctions"), not whom the act is done to."""
    return token.ent_type_ == "" and token.lemma_.lower() in _words().thing_nouns


def _prep_object(token: Token, preps: Iterable[str]) -> Token | None:
    wanted = set(preps)
    for child in token.children:
        if child.dep_ in ("prep", "prt") and child.lower_ in wanted and not _temporal_phrase(child):
            obj = _first(g for g in child.children if g.dep_ == "pobj")
            if obj is not None:
                return obj
    return None


# Sectors of the state's armed enemies, and of the forces that report killing them.
_ENEMY_SECTORS = frozenset({"REB", "UAF", "CRM"})
_REPORTING_FORCES = frozenset({"MIL", "COP"})


def _reporting_force(
    sentence: ParsedSentence,
    source: Span | None,
    recipient: Actor | None,
    knowledge_base: Any,
    lexicon: TriggerLexicon,
) -> Token | None:
    """The force that reports an attack on its armed enemies, when the report names no
    other author: "The army said 20 militants were killed in air strikes", "the United
    States said a Shabaab leader was presumed killed in a strike" report the force's own
    operation (a convention of military communiqués). Only for rebels, gunmen or gangs as
    the recipients, and a military or police speaker (or a state's own: "the United States")."""
    if source is None or recipient is None or recipient.type not in _ENEMY_SECTORS or knowledge_base is None:
        return None
    span = sentence.span_at(source.start, source.end)
    if span is None:
        return None
    speaker = _antecedent(span.root, lexicon)
    actor = _make_actor(sentence, speaker, knowledge_base)
    if actor is None:
        return None
    state = actor.name is not None and knowledge_base.country_of_name(actor.name) is not None
    return speaker if actor.type in _REPORTING_FORCES or state else None


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
            if child.i == trigger.i and child.dep_ == "dobj" and node.lemma_.lower() in lexicon.light_verbs:
                break  # "the ELN announced a ceasefire": saying so is the act; its subject did it
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
        # The subject nearest the verb: a dateline parsed as a second subject is not it.
        subject = max(
            (c for c in reporter.children if c.dep_ == "nsubj" and c.i < reporter.i),
            key=lambda c: c.i,
            default=_first(c for c in reporter.children if c.dep_ == "nsubj"),
        )
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


# Sectors of an armed group that is no state's: the one an article names is the author of the
# attacks it tells with no author or an unnamed one (`story_author`).
_STORY_AUTHOR_SECTORS = frozenset({"REB", "CRM"})
# Sectors of an author that names no one ("des hommes armés", "des assaillants", "les
# rebelles"): the article's one group stands for them; and of the sides such a group
# loses fighters of ("vingt assaillants ont été tués"), whose deaths are not its act.
_UNNAMED_AUTHOR_SECTORS = frozenset({"UAF", "REB", "CRM"})


# The sentences that open a report (its headline and lead): the group the story is about is
# named there; one named only further down is background ("un casque bleu avait déjà été tué en
# avril dans une attaque attribuée à X").
LEAD_SENTENCES = 3
# A group told as a side of an act in this many sentences is the report's subject wherever the
# first of them stands ("Des assaillants ont tué cinq villageois à Y ... une reprise des attaques de X ... X
# avait visé un poste ... X traverse la rivière la nuit"); one named only once or twice past
# the lead is background.
RETOLD_SENTENCES = 3


def _article_group(events: list[Event], parsed: ParsedArticle, knowledge_base: Any) -> Actor | None:
    """The one armed group an article names (a name the knowledge base holds for a group
    that is no state's, `_STORY_AUTHOR_SECTORS`, with a country), spanned by its first
    mention; None where it names none or several, or names its one group only after its
    lead (`LEAD_SENTENCES`) and is a side of acts there in fewer than `RETOLD_SENTENCES` sentences."""
    groups: dict[str, Actor] = {}
    lead = {sentence.start for sentence in parsed.sentences[:LEAD_SENTENCES]}
    in_lead = False
    # The sentences that tell a group as a side of an act: one told acting or acted on again and
    # again further down is what the report is about even where its lead says only "les
    # assaillants" (`RETOLD_SENTENCES`); one only named ("X est affilié à Al-Qaïda") is not.
    told_in: set[int] = set()
    for sentence in parsed.sentences:
        for entity in sentence.doc.ents:
            info = knowledge_base.lookup(entity.text)
            if info is None or info.kind != "group" or info.sector not in _STORY_AUTHOR_SECTORS or not info.country:
                continue
            in_lead = in_lead or sentence.start in lead
            if info.name not in groups:
                start, end = sentence.offsets(entity)
                groups[info.name] = Actor(text=entity.text, start=start, end=end, name=info.name,
                                          country=info.country, type=info.sector)
    lead_end = parsed.sentences[LEAD_SENTENCES - 1].end if len(parsed.sentences) >= LEAD_SENTENCES else None
    for event in events:
        for side in (event.actor, event.recipient):
            if side is not None and side.name and side.type in _STORY_AUTHOR_SECTORS:
                info = knowledge_base.lookup(side.name)
                if info is not None and info.kind == "group" and info.country:
                    groups.setdefault(info.name, side)
                    # A name the actor reader finds and the entity recogniser misses
                    # ("des combattants shebab présumés") names the group in the lead too.
                    in_lead = in_lead or lead_end is None or side.start < lead_end
                    told = parsed.sentence_at(side.start)
                    if told is not None:
                        told_in.add(told.start)
    retold = len(told_in) >= RETOLD_SENTENCES
    return next(iter(groups.values())) if len(groups) == 1 and (in_lead or retold) else None


@functools.lru_cache(maxsize=4)
def _abduction_words(language: str) -> frozenset[str]:
    """The language's words of an abduction (<language>/triggers.yaml `abduction_words`), read once."""
    return language_words("triggers", language, "abduction_words")


def story_author(incidents: list[Incident], events: list[Event], parsed: ParsedArticle,
                 knowledge_base: Any, language: str = "en") -> list[Incident]:
    """The one armed group an article names (`_article_group`) is the author of the attacks
    and abductions it tells with no author or an unnamed one ("Un civil a été tué ... dans une
    série d'attaques attribuées à X", "des hommes armés ont pillé ...", "les ravisseurs,
    présumés appartenir à X"; "ADF rebels ... Gunmen killed six more on Friday"), as the
    article's reader reads them; a group of a country none of the article's acts lies in or
    borders is no such author (a name read wrong, another war's group named in passing).
    The abduction words are the language's (`abduction_words` of <language>/triggers.yaml). Not where the article
    names two such groups (whose is told by each sentence), nor a death on the armed side's
    own ranks ("trois assaillants ont été tués"), nor an arrest. Read on the assembled
    incidents: the mentions, and so which of them make one incident, are as told."""
    if knowledge_base is None or not incidents:
        return incidents
    author = _article_group(events, parsed, knowledge_base)
    places = {event.location.country for event in events if event.location is not None} - {None}
    if author is None or (places and not any(author.country == c or neighbouring(author.country, c) for c in places)):
        # (not a group of a country the article's acts lie in or border: "al Shabab" named in a
        # report from Basra, the "People's Defense Force" read in South Sudan's army's name)
        return incidents
    abductions = _abduction_words(language)
    triggers = {event.id: event.trigger.text.casefold() for event in events}
    found: list[Incident] = []
    for incident in incidents:
        actor, recipient = incident.actor, incident.recipient
        if (incident.type == "ASSAULT" or (incident.type == "COERCE" and any(
                triggers.get(event_id) in abductions for event_id in incident.events))) \
                and (actor is None or (actor.name is None and actor.type in _UNNAMED_AUTHOR_SECTORS)) \
                and (recipient is None or (recipient.type not in _UNNAMED_AUTHOR_SECTORS
                                           and recipient.name != author.name)):
            incident = incident.model_copy(update={"actor": author})
        found.append(incident)
    return found


# Entities a name may be that are no person ("he" or "she" never stands for them).
_PLACE_OR_PEOPLE = frozenset({"GPE", "NORP", "LOC", "FAC"})


def governing_speaker(pronoun: Token) -> Token | None:
    """The party a verbal act's pronoun subject stands for in a clause set under another
    ("Jonathan ordered tighter security after what he called a despicable assault"): the
    subject of the nearest verb above whose subject is a name or a noun of a party agreeing
    with it (`speaker_agrees`), the sentence's own speaker. Only a personal pronoun of one
    party (`speaking_pronouns`): a relative pronoun has its noun."""
    if pronoun.lower_ not in _words().speaking_pronouns:
        return None
    node = pronoun.head
    for _ in range(12):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        if subject.pos_ not in ("NOUN", "PROPN"):
            return None
        # Not where the verb's object could be meant as well ("police questioned the man
        # after he accused ..."): a party of the pronoun's number and kind.
        rival = any(c.dep_ in ("dobj", "dative") and c.pos_ in ("NOUN", "PROPN") and speaker_agrees(pronoun, c)
                    for c in node.children)
        return subject if speaker_agrees(pronoun, subject) and not rival else None
    return None


def speaker_agrees(pronoun: Token, speaker: Token) -> bool:
    """Whether a pronoun of one party (`speaking_pronouns`) can stand for a party named before
    it: "he"/"she" for a person (a person's name, a noun of one, `person_speaker_nouns`, or a
    name of no place or people), "it" for a singular that is no person; neither for a plural."""
    if speaker.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in speaker.children):
        return False
    person = speaker.ent_type_ == "PERSON" or speaker.lemma_.casefold() in _words().person_speaker_nouns
    if pronoun.lower_ == "it":
        return not person
    # A name the recogniser tells no place or people of may be a person's for "he": the small
    # model often reads an unknown surname as an organisation ("Cantiasa said").
    return person or (speaker.pos_ == "PROPN" and speaker.ent_type_ not in _PLACE_OR_PEOPLE)
