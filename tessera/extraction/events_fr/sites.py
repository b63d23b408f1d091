"""Where a French mention's place is told: the reporting verb's, a host verb's, a destination, a
place of the act (`_where_told`, `_acting`, `_destination`).
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from tessera.data import load as load_data
from tessera.data import word_set
from tessera.extraction.events_fr.grammar import (
    _words,
)
from tessera.extraction.events_fr.lexicon import (
    FrenchLexicon,
)
from tessera.parse import ParsedSentence
from tessera.records import (
    Place,
)


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
