"""Fatalities and injuries of a violent event, read from its clause.

Input: the tokens of one event's clause (a spaCy subtree in a deep sentence), the
sentence's `Quantity` records and the casualty vocabulary of the trigger lexicon.
Output: `Casualties(fatalities, injuries)`, each `None` when the text gives no count.
Called by `tessera.extraction.events` for every event it codes.

What counts: the victims of a kill verb ("killing sixteen soldiers", "54 soldiers
were killed"), the subject of a die verb ("at least 20 people died"), a count next
to a casualty word ("left 12 dead", "three deaths"), a death toll ("a toll of 141"),
and the same for injuries ("wounding 3", "12 injured"). A singular victim with an
article ("killed a policeman") counts one; a bare plural ("killed civilians") gives
no count, because guessing one would bias every total.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.tokens import Token

from tessera.extraction.quantities import in_exponent
from tessera.records import Quantity

# The smallest figure that is never read as a count of the killed or injured: a year
# ("killed in 2019 clashes") or a population, not a toll. No single incident a news
# report codes reaches it; far below the 10^9 bound on any count of people.
MAX_CASUALTY_COUNT = 100_000
# No quantity's text is longer than this (a range with approximators and a unit).
_LONGEST_QUANTITY_CHARS = 200

# Dependencies that hold the victims of an active kill verb, and of a passive one.
_OBJECT_DEPS = frozenset({"dobj", "obj", "dative", "attr", "oprd"})
_PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_SINGLE_DETERMINERS = frozenset({"a", "an", "the", "one", "this", "that", "another"})
_SINGLE_PRONOUNS = frozenset({"him", "her", "he", "she", "himself", "herself"})


@dataclass(frozen=True)
class CasualtyWords:
    """The casualty vocabulary (from `triggers.yaml`)."""

    kill_verbs: frozenset[str]
    die_verbs: frozenset[str]
    injure_verbs: frozenset[str]
    dead_words: frozenset[str]
    injured_words: frozenset[str]
    toll_words: frozenset[str]


@dataclass(frozen=True)
class Casualties:
    fatalities: int | None = None
    injuries: int | None = None
    # A count was stated but refused as no count of people ("killed 2,000,000,000",
    # "10^100 soldiers"): the caller must not stand in a guess ("at least one") for it.
    refused: bool = False


NumberReader = Callable[[str], float | None]


def count_casualties(
    clause: Iterable[Token],
    words: CasualtyWords,
    quantities: list[tuple[int, int, Quantity]],
    parse_number: NumberReader,
    stated: Callable[[Token], bool] = lambda token: True,
) -> Casualties:
    """Fatalities and injuries stated in `clause` (the largest count of each kind).

    `quantities` holds (doc char start, doc char end, Quantity) of the sentence's
    quantities, in the sentence doc's own character offsets. `stated` tells
    whether a verb reports a fact (not an intent, a possibility or a denial).
    """
    clause = list(clause)
    counter = _Counter(words, quantities, parse_number, frozenset(t.i for t in clause))
    dead: list[int] = []
    hurt: list[int] = []
    for token in clause:
        if token.pos_ == "VERB" and not stated(token):
            continue  # "a bid to kill him", "may have died": not a stated death
        kind, count = counter.read(token)
        if count is None:
            continue
        (dead if kind == "dead" else hurt).append(count)
    return Casualties(max(dead) if dead else None, max(hurt) if hurt else None, refused=counter.refused)


class _Counter:
    def __init__(
        self,
        words: CasualtyWords,
        quantities: list[tuple[int, int, Quantity]],
        parse_number: NumberReader,
        members: frozenset[int] = frozenset(),
    ) -> None:
        self.words = words
        self.members = members  # token indices of the event's clause
        self.quantities = quantities
        self.parse_number = parse_number
        self.refused = False  # a number was read and refused as a count (see `_as_count`)
        self._starts = [start for start, _, _ in quantities]

    def read(self, token: Token) -> tuple[str, int | None]:
        lemma = token.lemma_.lower()
        lower = token.lower_
        if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
            if lemma in self.words.kill_verbs or _to_death(token):
                return "dead", self._victims_of(token, passive_subject=True)
            if lemma in self.words.die_verbs:
                return "dead", self._count_subjects(token)
            if lemma in self.words.injure_verbs:
                return "hurt", self._victims_of(token, passive_subject=True)
        if lemma in self.words.toll_words:
            return "dead", self._toll(token)
        if lemma in self.words.dead_words or lower in self.words.dead_words:
            return "dead", self._count_next_to(token)
        if lemma in self.words.injured_words or lower in self.words.injured_words:
            return "hurt", self._count_next_to(token)
        return "dead", None

    # -- victims of verbs -------------------------------------------------------
    def _victims_of(self, verb: Token, passive_subject: bool) -> int | None:
        passive = any(child.dep_ in ("auxpass", "nsubjpass") for child in verb.children)
        if verb.tag_ == "VBN" and not any(child.dep_ in ("aux", "dobj", "obj") for child in verb.children):
            # "left 12 dead and 30 wounded": a bare participle counts its subject (not one
            # with an object, a past tense the tagger took for a participle: "Al Shabaab
            # fighters killed 15 soldiers").
            passive = True
            if not any(child.dep_ in _PASSIVE_SUBJECT_DEPS for child in verb.children):
                victims = [c for c in verb.children if c.dep_ == "nsubj"]
                if victims:
                    return self._sum(victims)
        deps = _PASSIVE_SUBJECT_DEPS if passive and passive_subject else _OBJECT_DEPS
        victims = [child for child in verb.children if child.dep_ in deps]
        if _several_subjects(victims):
            return self._nearest_count(victims, verb)
        if verb.dep_ == "relcl" and any(v.lower_ in ("who", "that", "which", "whom") for v in victims):
            # "84 persons who have been killed": the noun the clause describes.
            victims = [verb.head]
        if not victims and passive and verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN", "NUM"):
            # "the 12 people killed in the raid": the noun the participle modifies.
            victims = [verb.head]
        if not victims and verb.dep_ in ("xcomp", "oprd", "ccomp"):
            # "30 people were reported killed": the passive subject of the verb above.
            victims = [c for c in verb.head.children if c.dep_ in _PASSIVE_SUBJECT_DEPS]
        if not victims and verb.dep_ == "conj":
            # "were killed and 5 wounded": the shared subject of the first verb.
            victims = [c for c in verb.head.children if c.dep_ in _PASSIVE_SUBJECT_DEPS | _SUBJECT_DEPS]
        return self._sum(victims)

    def _count_subjects(self, verb: Token) -> int | None:
        subjects = [child for child in verb.children if child.dep_ in _SUBJECT_DEPS]
        if _several_subjects(subjects):
            return self._nearest_count(subjects, verb)
        if not subjects and verb.dep_ in ("relcl", "acl"):
            subjects = [verb.head]
        if (
            verb.dep_ == "relcl"
            and verb.head.i in self.members
            and any(s.lower_ in ("who", "that", "which") for s in subjects)
        ):
            # "wounded seven people including a soldier who later died": the noun the
            # clause describes, when it is one of the event's own (not "the persons who
            # died in the attack" around a mention of the attack).
            subjects = [verb.head]
        return self._sum(subjects)

    def _nearest_count(self, subjects: list[Token], verb: Token) -> int | None:
        """A verb has one subject: where the parse gives it several (a headline run into
        the lead: "Five soldiers killed ... Five soldiers were killed"; "Twelve people,
        most of them women, were killed"), the count of the nearest one before it that
        gives one, never their sum."""
        ordered = sorted(subjects, key=lambda t: (t.i > verb.i, abs(verb.i - t.i)))
        for subject in ordered:
            count = self._sum([subject])
            if count is not None:
                return count
        return None

    def _sum(self, heads: list[Token]) -> int | None:
        total: int | None = None
        for head in heads:
            for member in [head, *self._conjuncts(head)]:
                count = self._count_of_phrase(member)
                if count is not None:
                    total = (total or 0) + count
        return total

    @staticmethod
    def _conjuncts(token: Token) -> list[Token]:
        """ "3 soldiers and 2 civilians": every conjunct after the first."""
        found: list[Token] = []
        stack = [c for c in token.children if c.dep_ == "conj"]
        while stack:
            conjunct = stack.pop()
            found.append(conjunct)
            stack.extend(c for c in conjunct.children if c.dep_ == "conj")
        return found

    # -- counts -----------------------------------------------------------------
    def _count_of_phrase(self, head: Token) -> int | None:
        """How many people a noun phrase names: "sixteen soldiers" 16, "a policeman" 1."""
        if head.like_num or head.pos_ == "NUM":
            return self._number(head)
        for child in head.children:
            if child.dep_ in ("amod", "quantmod") and child.like_num and self._is_rank(child):
                continue  # "a third person", "the 2nd soldier": a rank, not a count
            if child.dep_ == "nummod" or (child.dep_ in ("amod", "quantmod") and child.like_num):
                return self._number(child)
        first = head.left_edge
        if (
            first.i < head.i
            and first.like_num
            and first.dep_ in ("compound", "nummod", "amod")
            and not self._is_rank(first)
            and not (first.text.isdigit() and len(first.text) == 4)  # "the 2019 victims": a year
        ):
            # "Sixteen Nigerien soldiers", parsed as compounds: the number opens the phrase
            # through modifiers of the head only.
            node = first
            while node.i != head.i and node.dep_ in ("compound", "nummod", "amod", "nmod"):
                node = node.head
            if node.i == head.i:
                return self._number(first)
        if head.lower_ in _SINGLE_PRONOUNS:
            return 1
        if head.pos_ == "PROPN" or head.ent_type_ == "PERSON":
            return 1
        if head.tag_ == "NN" and any(
            c.dep_ in ("det", "poss") and c.lower_ in _SINGLE_DETERMINERS | {"his", "her", "their", "its"}
            for c in head.children
        ):
            return 1
        return None

    def _is_rank(self, token: Token) -> bool:
        """An ordinal before a noun ("a third person", "the 2nd victim"): no count; the
        number reader takes "third" for a fraction, which no count of people is."""
        if token.text[:1].isdigit() and token.lower_.endswith(("st", "nd", "rd", "th")):
            return True
        value = self.parse_number(token.text)
        return value is not None and value != int(value)

    def _count_next_to(self, word: Token) -> int | None:
        """A count beside a casualty word: "12 dead", "three deaths", "left 12 dead"."""
        count = self._count_of_phrase(word) if word.pos_ in ("NOUN", "PROPN") else None
        if count is not None and word.lemma_.lower() in self.words.dead_words | self.words.injured_words:
            if not (word.tag_ == "NN" and not any(c.dep_ == "nummod" for c in word.children)):
                return count
        for child in word.children:
            if child.dep_ in ("nummod", "npadvmod", "nsubj") and (child.like_num or child.pos_ == "NUM"):
                return self._number(child)
        head = word.head
        if head.i != word.i and (head.like_num or head.pos_ == "NUM"):
            return self._number(head)
        if word.dep_ in ("amod", "acl") and head.pos_ in ("NOUN", "PROPN"):
            # "12 people dead", "three soldiers wounded".
            return self._count_of_phrase(head)
        if word.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and head.pos_ in ("VERB", "AUX"):
            # "left 12 dead", "left twelve people injured".
            for sibling in head.children:
                if sibling.dep_ in ("dobj", "nsubj", "nsubjpass") and sibling.i != word.i:
                    count = self._count_of_phrase(sibling)
                    if count is not None:
                        return count
        return None

    def _toll(self, toll: Token) -> int | None:
        """ "a toll of 141", "the death toll rose to 30", "toll stands at 12"."""
        for child in toll.children:
            if child.dep_ == "prep":
                for obj in child.children:
                    if obj.like_num or obj.pos_ == "NUM":
                        return self._number(obj)
        verb = toll.head
        for token in verb.subtree:
            if (
                token.i > toll.i
                and (token.like_num or token.pos_ == "NUM")
                and token.dep_ in ("pobj", "dobj", "attr", "nummod")
            ):
                return self._number(token)
        return None

    def _number(self, token: Token) -> int | None:
        start, end = token.idx, token.idx + len(token.text)
        # The sentence's quantities are in text order: those starting at or before the
        # token, nearest first (a binary search, not a scan per token).
        for k in range(bisect.bisect_right(self._starts, start) - 1, -1, -1):
            q_start, q_end, quantity = self.quantities[k]
            if q_start <= start and end <= q_end and quantity.value is not None:
                return self._count(quantity.value)
            if start - q_start > _LONGEST_QUANTITY_CHARS:
                break
        tokens = [t.lower_ for t in token.doc[max(0, token.i - 1) : token.i + 2]]
        if in_exponent(tokens, min(token.i, 1)):
            self.refused = True  # "10^100 soldiers": not a count, and not 10 or 100 either
            return None
        # Multi-word numbers ("twenty one"): the number's own subtree of numerals.
        words = [t.text for t in token.subtree if t.like_num or t.pos_ == "NUM"] or [token.text]
        value = self.parse_number(" ".join(words))
        if value is None:
            value = self.parse_number(token.text)
        if value is None and token.like_num and any(ch.isdigit() for ch in token.text):
            self.refused = True  # digits that are no number we accept (a 400-digit figure)
        return self._count(value) if value is not None else None

    def _count(self, value: float) -> int | None:
        count = _as_count(value)
        if count is None:
            self.refused = True
        return count


def _several_subjects(found: list[Token]) -> bool:
    return sum(1 for t in found if t.dep_ in _SUBJECT_DEPS | _PASSIVE_SUBJECT_DEPS) > 1


def _to_death(verb: Token) -> bool:
    """ "shot dead", "stabbed to death", "burnt alive", "fatally shot": a verb of harm that
    killed."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in ("fatally", "mortally"):
            return True
        if child.lower_ in ("dead", "alive") and child.dep_ in (
            "oprd",
            "acomp",
            "advmod",
            "xcomp",
            "dobj",
            "npadvmod",
            "ccomp",
            "advcl",
        ):
            return True
        if child.dep_ == "prep" and child.lower_ == "to" and any(g.lower_ == "death" for g in child.children):
            return True
    return False


def _as_count(value: float) -> int | None:
    """A count of people, or None for what cannot be one: negative, not finite, or at
    least `MAX_CASUALTY_COUNT` (years and other large figures next to a casualty word,
    "10^100", "2,000,000,000 people")."""
    if not math.isfinite(value) or value < 0:
        return None
    if value >= MAX_CASUALTY_COUNT:
        return None
    return int(value)
