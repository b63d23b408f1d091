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
A verbal act (PLOVER's verbal types, `verbal_types`) told as the circumstance of another
("a day after the government agreed to ...", "after the talks") is background, and
protesters met with force ("fired tear gas at demonstrators") were protesting: PROTEST too.

Intent: a cooperative act announced for the future ("will provide aid", "offered
to negotiate") is coded AGREE, as PLOVER codes promises: asserted when a promise verb
was used ("offered", "pledged"), else in mode future ("will provide aid"); hostile acts keep their
type with mode `future` ("will cease to work with" is SANCTION, future), and so
does a cooperative act conjoined to one ("... and instead support soldiers").

Rejections: a denial is an act (REJECT) beside the act it denies, which is negated ("denied
attacking the convoy"); a claim or a measure a speaker calls false is one too ("said the
allegations were false"; `rejection_predicates`), by that speaker; with no party rejected in
its sentence, a rejection answers the actor of the latest act aimed at its speaker's country
before it (`answered_types`: "blamed the Taliban ... the group denied it").

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

Layout (one module per seam; this package re-exports the public names):
    lexicon.py   `TriggerLexicon`, `TriggerRule`: the trigger words and the cues read with them
    proposal.py  trigger -> candidate event (`_propose`), pruning to what a sentence reports
                 (`_prune`), the per-sentence caps MAX_SENTENCE_TOKENS, MAX_TRIGGERS_PER_SENTENCE
    roles.py     actor, recipient and source of a candidate, from the dependency structure
    assembly.py  `extract_events`: the `Event` record (region, place, date, casualties, confidence)
"""

from tessera.extraction.events.assembly import extract_events
from tessera.extraction.events.lexicon import TriggerLexicon, TriggerRule, inflections
from tessera.extraction.events.proposal import MAX_SENTENCE_TOKENS, MAX_TRIGGERS_PER_SENTENCE

__all__ = [
    "MAX_SENTENCE_TOKENS",
    "MAX_TRIGGERS_PER_SENTENCE",
    "TriggerLexicon",
    "TriggerRule",
    "extract_events",
    "inflections",
]
