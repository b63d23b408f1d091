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

Conventions of news writing it follows (each tested with invented sentences in
tests/extraction/test_fatalities.py):
- a list of victim groups is one toll, summed ("a soldier and five assailants were
  killed" 6; "Two policemen, a soldier and four civilians", which the parser hangs on
  the first noun as an apposition, 7); a part named beside the victims is not added
  ("12 people, including three children" 12; "10 people, among them four children" 10;
  "two soldiers, a captain and a sergeant," names the two);
- a group with its own casualty word of the other kind is not among the dead ("5
  killed and 2 injured" 5), and a headline run into the lead (no full stop) is the
  same victims told twice, never summed across the line break;
- a quantifier without a figure ("several", "many", "dozens of", "thousands", "a
  number of", `vague_quantifiers` in data/<lang>/number_words.yaml) and "no one" /
  "nobody" / "no soldiers" (`no_quantifiers`) give no count, marked `refused` so that the
  events stage guesses no "at least one" in its place; "a total of four officers"
  counts the officers (`aggregate_nouns`);
- a toll placed in several incidents at once ("killed in two separate attacks", "in a
  series of raids": the summary lead before the details) is the toll of none of them;
- victims told as more ("two more died in hospital", "another seven were found dead")
  are added to the count told before them; a kill participle the tagger takes for a noun
  counts the counted phrase after it ("the compound killing at least 15"); set phrases of dying
  ("lost their lives", "taking the lives of nine passengers") and number words ("half a
  dozen" 6, "a couple of policemen" 2, "more than a dozen" 12) count; a share ("half of
  the soldiers") is no figure;
- a count told up to now sums up several incidents and is no incident's toll ("soldiers
  have killed some 27 people so far", "to date", "since the start of the conflict",
  "since 2015", "have killed 40 people this year": `running_total_*` in
  data/<lang>/number_words.yaml), unless the clause names its one event ("the attack has
  killed 30 people so far"). Incident assembly reads the same phrases to mark such a
  clause context (`tessera.assemble`). So is a count on a verb of killing or dying in the
  perfect over a recent period ("have killed 50 people over the past week", "had died over
  the last six weeks", "in recent months": `running_period_*`).
"""

from __future__ import annotations

import bisect
import functools
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Token

from tessera.data import language_words, word_fields
from tessera.extraction.quantities import in_exponent, number_words, parse_number
from tessera.records import Place, Quantity

if TYPE_CHECKING:
    from tessera.parse import ParsedSentence

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


@dataclass(frozen=True)
class _TollWords:
    """The English words a toll is counted with (en triggers.yaml; see their comments there)."""

    single_determiners: frozenset[str]
    single_pronouns: frozenset[str]
    group_nouns: frozenset[str]
    several_occasions: frozenset[str]
    series_nouns: frozenset[str]
    list_words: frozenset[str]
    life_nouns: frozenset[str]
    lose_verbs: frozenset[str]
    life_claim_verbs: frozenset[str]
    more_words: frozenset[str]
    consequence_phrases: frozenset[str]


@functools.lru_cache(maxsize=1)
def _words() -> _TollWords:
    """The toll words of en triggers.yaml, read once and checked."""
    return word_fields(_TollWords, "triggers", "en")


@dataclass(frozen=True)
class CasualtyWords:
    """The casualty vocabulary (from `triggers.yaml`)."""

    kill_verbs: frozenset[str]
    die_verbs: frozenset[str]
    injure_verbs: frozenset[str]
    dead_words: frozenset[str]
    injured_words: frozenset[str]
    toll_words: frozenset[str]
    # Phrasal verbs of harm that tell a killing, (lemma, particle): "gunned down".
    killing_phrasals: frozenset[tuple[str, str]] = frozenset()
    # What else befalls people, counted beside the dead ("20 dead and 3,000 displaced"):
    # a phrase with one of these words is never among the dead nor the injured.
    other_outcome_words: frozenset[str] = frozenset()
    # Words that make a toll a sum ("a total death toll of eight", "the overall toll"): where
    # the clause's other counts of the dead fall short of it, it adds dead told elsewhere
    # ("one of the attackers was killed, making for a total death toll of eight": 1).
    total_words: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Casualties:
    fatalities: int | None = None
    injuries: int | None = None
    # A count was stated but refused as no count of people ("killed 2,000,000,000",
    # "10^100 soldiers", "several", "no one", "in two separate attacks"): the caller
    # must not stand in a guess ("at least one") for it.
    refused: bool = False


NumberReader = Callable[[str], float | None]


def count_casualties(
    clause: Iterable[Token],
    words: CasualtyWords,
    quantities: list[tuple[int, int, Quantity]],
    parse_number: NumberReader,
    stated: Callable[[Token], bool] = lambda token: True,
    names_one_event: Callable[[Token], bool] = lambda token: False,
    in_dateline: Callable[[Token], bool] = lambda token: False,
) -> Casualties:
    """Fatalities and injuries stated in `clause` (the largest count of each kind;
    for the dead, plus the counts told as more victims: "36 people were killed and two
    more died in hospital" 38, "eight were killed in the vehicle and another seven were
    found dead" 15).

    `quantities` holds (doc char start, doc char end, Quantity) of the sentence's
    quantities, in the sentence doc's own character offsets. `stated` tells
    whether a verb reports a fact (not an intent, a possibility or a denial);
    `names_one_event` whether a noun names one event ("the attack"), which makes a count
    told "so far" that event's toll rather than a running total; `in_dateline` whether a
    token is of the report's dateline ("NAIROBI - Three people died": no victim, and no
    word of the victims' phrase either).
    """
    clause = list(clause)
    members = frozenset(t.i for t in clause)
    counter = _Counter(words, quantities, parse_number, members, names_one_event, in_dateline)
    dead: list[_Dead] = []
    hurt: list[int] = []
    totals: list[int] = []  # tolls told as a sum ("a total death toll of eight")
    for token in sorted(clause, key=lambda t: t.i):
        if not counter.may_count(token):
            continue  # no casualty word: `read` would find nothing (most of the clause's tokens)
        if token.pos_ == "VERB" and not stated(token):
            continue  # "a bid to kill him", "may have died": not a stated death
        kind, count = counter.read(token)
        if count is None:
            continue
        if kind == "dead":
            if lemma_total(token, words):
                totals.append(count)
                continue
            if counter.additive and any(d.victims == counter.additive_at for d in dead if d.more):
                continue  # "another seven were found dead": "found" and "dead" read the same seven
            dead.append(_Dead(token, count, counter.additive, counter.additive_at))
        else:
            hurt.append(count)
    toll = _dead_toll(dead)
    if totals and (toll is None or sum(d.count for d in dead) >= max(totals)):
        # A sum the clause's own counts make up ("six were killed and five later died,
        # taking the total death toll to 11"), or the only count: the clause's toll.
        toll = max([*totals, *([toll] if toll is not None else [])])
    return Casualties(toll, max(hurt) if hurt else None, refused=counter.refused)


def lemma_total(token: Token, words: CasualtyWords) -> bool:
    """`token` is a toll word marked as a sum by a modifier of its own (`total_words`: "a
    total death toll", "the overall toll")."""
    return token.lemma_.lower() in words.toll_words and any(
        c.lower_ in words.total_words for c in token.children if c.dep_ in ("amod", "compound", "nmod"))


@dataclass(frozen=True)
class _Dead:
    """A count of the dead read at `word`; `more`: told as more victims, `victims` the
    head of that phrase."""

    word: Token
    count: int
    more: bool
    victims: int


def _dead_toll(dead: list[_Dead]) -> int | None:
    """The largest count of the dead; a count told as more victims in a clause joined to
    one that counts ("36 were killed and two more died in hospital", "a soldier was
    killed and three others died of their wounds") is added to that count, when the sum
    is larger than every count ("five were killed and another died later, bringing the
    toll to six": 6, not 7). Not across clauses that are not joined ("while two were
    killed in one town, another victim died in another": two places, two incidents)."""
    if not dead:
        return None
    largest = max(d.count for d in dead)
    plain = [d for d in dead if not d.more]
    added: dict[int, int] = {}  # the plain count's word -> the counts added to it
    for more in (d for d in dead if d.more):
        joined = _joined_verbs(more.word)
        base = [d for d in plain if d.word.i < more.word.i and d.word.i in joined]
        if base:
            first = max(base, key=lambda d: d.count)
            added[first.word.i] = added.get(first.word.i, 0) + more.count
    sums = [d.count + added[d.word.i] for d in plain if d.word.i in added]
    return max([largest, *sums])


def _joined_verbs(word: Token) -> set[int]:
    """The verbs `word` is coordinated with ("killed ... and two more died"): up and down
    the chain of conjuncts. Two clauses a reporting verb takes, the first holding the "and"
    ("Twenty men were killed in the village and 10 others were killed as they fled, he
    said": the parser hangs both on "said"), are coordinated too."""
    top = word
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if top.dep_ == "ccomp" and top.head.i != top.i:
        # The sibling clause before it whose "and" stands between them.
        for sibling in top.head.children:
            if sibling.i < top.i and sibling.dep_ == "ccomp" and any(
                c.dep_ == "cc" and sibling.i < c.i < top.i for c in sibling.children
            ):
                top = sibling
                break
    found = {top.i}
    stack = [top]
    while stack:
        node = stack.pop()
        for child in node.children:
            if child.dep_ == "conj" and child.i not in found:
                found.add(child.i)
                stack.append(child)
    return found


# The children that can make a verb of harm a killing in `_to_death` ("fatally shot", "shot
# dead", "burnt alive", "stabbed to death"), besides a particle of `killing_phrasals`.
_TO_DEATH_CHILDREN = frozenset({"fatally", "mortally", "dead", "alive", "to"})


@functools.lru_cache(maxsize=8)
def _start_words(
    words: CasualtyWords, aggregates: frozenset[str]
) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The words `_Counter.read` starts from, for `_Counter.may_count`: the lemmas read on
    any token (toll, dead and injured words), the forms read on any token (aggregate,
    dead and injured words) and the lemmas read on a verb (of killing, dying, injuring,
    losing a life, claiming lives, and the verbs of `killing_phrasals`). Kept per
    vocabulary: the union is made once, not at every event."""
    toll = _words()
    lemmas = words.toll_words | words.dead_words | words.injured_words
    forms = aggregates | words.dead_words | words.injured_words
    verbs = (words.kill_verbs | words.die_verbs | words.injure_verbs | toll.lose_verbs | toll.life_claim_verbs
             | {lemma for lemma, _ in words.killing_phrasals})
    return lemmas, forms, verbs


class _Counter:
    def __init__(
        self,
        words: CasualtyWords,
        quantities: list[tuple[int, int, Quantity]],
        parse_number: NumberReader,
        members: frozenset[int] = frozenset(),
        names_one_event: Callable[[Token], bool] = lambda token: False,
        in_dateline: Callable[[Token], bool] = lambda token: False,
    ) -> None:
        self.words = words
        self.in_dateline = in_dateline
        self.names_one_event = names_one_event
        self.members = members  # token indices of the event's clause
        self.quantities = quantities
        self.parse_number = parse_number
        self.refused = False  # a number was read and refused as a count (see `_as_count`)
        self._starts = [start for start, _, _ in quantities]
        self._kind = "dead"  # the kind of count being read ("dead" or "hurt")
        self.additive = False  # the count read last is of more victims ("two more", "another")
        self.additive_at = -1  # the head of that phrase
        numbers = number_words()
        self._vague, self._none, self._aggregates = numbers.vague, numbers.none, numbers.aggregates
        self._totals, self._totals_perfect = numbers.running_totals, numbers.running_totals_perfect
        self._total_starts = numbers.running_total_starts
        self._perfect_auxiliaries, self._since_words = numbers.running_total_auxiliaries, numbers.running_total_since
        self._period_preps, self._period_recent = numbers.running_period_preps, numbers.running_period_recent
        self._period_nouns = numbers.running_period_nouns
        self._period_counted = numbers.running_period_counted
        self._multiples = frozenset(numbers.multiples)
        self._fractions = frozenset(numbers.fractions)
        self.dead_kind = words.kill_verbs | words.die_verbs | words.dead_words
        self._hurt_kind = words.injure_verbs | words.injured_words
        self._start_lemmas, self._start_forms, self._verb_lemmas = _start_words(words, self._aggregates)

    def may_count(self, token: Token) -> bool:
        """Whether `read(token)` can find a count or mark one refused: the token is a word
        `read` starts from (a casualty, toll or aggregate word, a noun of a killing, a verb
        of killing, dying, injuring, losing or claiming lives, or one with a child that may
        make it a killing, "shot dead", "fatally shot", "stabbed to death"). A token that
        is none of these reads ("dead", None) and changes nothing, so the caller skips it,
        and the check of whether its verb is stated, which is dearer than this one."""
        lemma = token.lemma_.lower()
        if lemma in self._start_lemmas or token.lower_ in self._start_forms:
            return True
        pos = token.pos_
        if pos == "NOUN" and self._names_a_killing(lemma):
            return True
        if pos in ("VERB", "AUX") or token.tag_.startswith("VB"):
            return lemma in self._verb_lemmas or (
                any(c.lower_ in _TO_DEATH_CHILDREN for c in token.children)
                and _to_death(token, self.words.killing_phrasals)
            )
        return False

    def read(self, token: Token) -> tuple[str, int | None]:
        lemma = token.lemma_.lower()
        lower = token.lower_
        self._kind = "dead"
        self.additive = False
        if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
            if lemma in self.words.kill_verbs or _to_death(token, self.words.killing_phrasals):
                return "dead", self._unless_several(token, lambda: self._victims_of(token, passive_subject=True))
            if lemma in self.words.die_verbs or loses_life(token):
                return "dead", self._unless_several(token, lambda: self._count_subjects(token))
            if claims_lives(token):
                return "dead", self._unless_several(token, lambda: self._lives_claimed(token))
            if lemma in self.words.injure_verbs:
                self._kind = "hurt"
                return "hurt", self._victims_of(token, passive_subject=True)
        if lemma in self.words.toll_words or (lower in self._aggregates and self._counts_the_dead(token)):
            return "dead", self._toll(token)
        if token.pos_ == "NOUN" and (self._names_a_killing(lemma) or lemma in self.words.dead_words) \
                and _brought_about(token) and (victims := _of_objects(token)):
            return "dead", self._sum(victims)
        if token.pos_ == "NOUN" and self._names_a_killing(lemma):
            return "dead", self._victims_of_noun(token)
        if lemma in self.words.dead_words or lower in self.words.dead_words:
            return "dead", self._count_next_to(token)
        if lemma in self.words.injured_words or lower in self.words.injured_words:
            self._kind = "hurt"
            return "hurt", self._count_next_to(token)
        return "dead", None

    def _lives_claimed(self, verb: Token) -> int | None:
        """ "claimed the lives of 15 people": the object of "of"; "claimed 15 lives": the
        count of "lives"."""
        for obj in verb.children:
            if obj.dep_ in _OBJECT_DEPS and obj.lower_ in _words().life_nouns:
                for prep in obj.children:
                    if prep.dep_ == "prep" and prep.lower_ == "of":
                        return self._sum([c for c in prep.children if c.dep_ == "pobj"])
                return self._count_of_phrase(obj) if any(c.dep_ == "nummod" for c in obj.children) else None
        return None

    def _names_a_killing(self, lemma: str) -> bool:
        """A noun of a kill verb: the verb itself ("massacre", "murder") or its "-ing" or
        "-ion" noun ("killing", "beheading", "execution", "assassination")."""
        kill = self.words.kill_verbs
        return (
            lemma in kill
            or (lemma.endswith("ing") and lemma[:-3] in kill)
            or (lemma.endswith("ion") and lemma[:-3] + "e" in kill)
        )

    def _victims_of_noun(self, noun: Token) -> int | None:
        """ "fighting inside the complex killing at least 15 people": a participle the tagger
        took for a noun counts the counted phrase right after it. (Not "the killing of 58
        pilgrims", "the massacre of 30 villagers": a noun of a killing is as often a
        reference to one told elsewhere, "criticised for their silence on the killing of
        58", as the event's own toll; measured on the India Police Events sentences, it
        put kills in sentences without one.)"""
        if noun.lower_.endswith("ing") and noun.i + 1 < len(noun.doc):
            after = noun.doc[noun.i + 1]
            phrase = after
            while phrase.head.i != phrase.i and phrase.head.i > noun.i and phrase.pos_ not in ("NOUN", "PROPN"):
                phrase = phrase.head
            if phrase.pos_ in ("NOUN", "PROPN") and phrase.left_edge.i == after.i:
                if any(c.dep_ == "nummod" for c in phrase.children):
                    return self._count_of_phrase(phrase)
        return None

    def _unless_several(self, verb: Token, count: Callable[[], int | None]) -> int | None:
        """`count()`, unless the verb is placed in several incidents at once ("were killed
        in two separate attacks", "in a series of raids"): a summary toll of several
        incidents is the toll of none of them, and no guess stands in for it."""
        if _several_occasions(verb) or self._running_total(verb):
            self.refused = True
            return None
        return count()

    def _running_total(self, verb: Token) -> bool:
        """A count told up to now sums up several incidents: "have killed 27 people so
        far", "to date", "since the start of the conflict", "since 2015", "have killed 40
        people this year" (`running_total_*` in data/<lang>/number_words.yaml); not when
        the clause names its one event ("the attack has killed 30 people so far")."""
        perfect = any(c.dep_ == "aux" and c.lemma_.lower() in self._perfect_auxiliaries for c in verb.children)
        found = False
        for child in verb.children:
            if child.dep_ in ("advmod", "prep", "npadvmod"):
                phrase = " ".join(t.lower_ for t in child.subtree)
                if phrase in self._totals or (perfect and phrase in self._totals_perfect):
                    found = True
            if child.dep_ == "prep" and child.lower_ in self._since_words:
                found = found or any(
                    obj.dep_ == "pobj"
                    and (obj.lemma_.lower() in self._total_starts or (obj.text.isdigit() and len(obj.text) == 4))
                    for obj in child.children
                )
            since = any(m.dep_ == "mark" and m.lower_ in self._since_words for m in child.children)
            if child.dep_ == "advcl" and perfect and since:
                found = True  # "have been killed since the war began"
        if perfect and not found:
            # "have killed 50 people over the past week", "had died over the last six weeks"; also
            # on a conjunct, where the parser hangs what ends the sentence ("have killed 50 and
            # injured 100 over the past week").
            found = any(self._recent_period(prep) for node in (verb, *(c for c in verb.children if c.dep_ == "conj"))
                        for prep in node.children)
        return found and not self._one_event_named(verb)

    def _recent_period(self, prep: Token) -> bool:
        """ "over the past week", "in the last six weeks", "in recent months": a period reaching
        back from now (`running_period_*` in data/<lang>/number_words.yaml)."""
        return prep.dep_ == "prep" and prep.lower_ in self._period_preps and any(
            obj.dep_ == "pobj"
            and (obj.lemma_.lower() in self._period_nouns or self._counted_period(obj))
            and any(c.dep_ in ("amod", "det") and c.lower_ in self._period_recent for c in obj.children)
            for obj in prep.children
        )

    def _counted_period(self, noun: Token) -> bool:
        """ "the past ten days": a period noun that sums up only from `running_period_counted`
        of them on ("the past two days" is one bout of fighting, its toll)."""
        least = self._period_counted.get(noun.lemma_.lower())
        if least is None:
            return False
        counts = [parse_number(c.text) for c in noun.children if c.dep_ == "nummod"]
        return any(n is not None and n >= least for n in counts)

    def _one_event_named(self, verb: Token) -> bool:
        """The clause names its one event: as the subject ("the attack has killed"), the
        agent, or the occasion ("were killed in the attack")."""
        nouns = [c for c in verb.children if c.dep_ == "nsubj"]
        nouns += [
            g for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "in", "during")
            for g in c.children if g.dep_ == "pobj"
        ]
        return any(n.tag_ in ("NN", "NNP") and self.names_one_event(n) for n in nouns)

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
        if len(victims) > 1:
            return self._combine(victims, verb)
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
        if len(subjects) > 1:
            return self._combine(subjects, verb)
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

    def _combine(self, heads: list[Token], verb: Token) -> int | None:
        """A verb has one set of victims: where the parse gives it several heads, those
        joined by "and" are one list, summed ("Three soldiers, including a captain, and
        two civilians were killed": 5); heads not joined so are one group told twice or
        a part of it (a headline run into the lead: "Five soldiers killed ... Five
        soldiers were killed"; "Twelve people, most of them women, were killed"; "killed
        10 people, among them four children"), and the group nearest the verb (before
        it first) counts, never their sum."""
        heads = sorted(heads, key=lambda t: t.i)
        groups = [[heads[0]]]
        for head in heads[1:]:
            if _listed_with(groups[-1][-1], head):
                groups[-1].append(head)
            else:
                groups.append([head])
        ordered = sorted(groups, key=lambda g: (g[0].i > verb.i, min(abs(verb.i - t.i) for t in g)))
        for group in ordered:
            count = self._sum(group)
            if count is not None:
                return count
        return None

    def _sum(self, heads: list[Token]) -> int | None:
        """The people of a list of noun phrases: "3 soldiers and 2 civilians" 5, "Two
        policemen, a soldier and four civilians" 7. A member with its own casualty word
        of the other kind is not among them: "5 killed and 2 injured" kills 5."""
        total: int | None = None
        for head in (past for h in heads if (past := self._past_dateline(h)) is not None):
            members = [head, *self._conjuncts(head)]
            breakdown = self._breakdown(head)
            if breakdown:
                members = [m for m in members if m.i not in breakdown]
            first = self._count_of_phrase(head) if len(members) > 1 else None
            for member in members:
                if self._other_kind(member) or self._other_outcome(member):
                    continue
                count = self._count_of_phrase(member)
                if count is None and member is not head and first == 1 and _shares_article(head, member):
                    count = 1  # "a mother and child", "a soldier and police officer": two people
                if count is not None:
                    total = (total or 0) + count
        return total

    def _past_dateline(self, head: Token) -> Token | None:
        """The victims' head, unless it is the dateline's place, which the parser takes for
        the subject ("NAIROBI - Six fighters were killed": "NAIROBI" the passive subject,
        "fighters" a subject beside it, or one the parser hangs on the auxiliary): then the
        subject beside it after the dateline, or the place's apposition after it; None if
        there is neither."""
        if not self.in_dateline(head):
            return head
        subjects = _SUBJECT_DEPS | _PASSIVE_SUBJECT_DEPS
        verb = head.head
        around = [*verb.children, *(g for c in verb.children if c.dep_ in ("aux", "auxpass") for g in c.children)]
        beside = [
            t
            for t in sorted(around, key=lambda t: t.i)
            if t.i > head.i and head.dep_ in subjects and t.dep_ in subjects and not self.in_dateline(t)
        ]
        beside += [t for t in head.children if t.dep_ == "appos" and not self.in_dateline(t)]
        return beside[0] if beside else None

    def _breakdown(self, head: Token) -> set[int]:
        """The members of a list set beside a counted phrase that add up to its count: its
        parts, told again, not more victims ("15 Afghan forces — seven army commandos and
        eight policemen", "15 people: seven soldiers and eight civilians": 15, not 30).
        Empty where they do not add up ("Two policemen, a soldier and four civilians")."""
        lists = [c for c in head.children if c.dep_ == "appos" and _open_list(c)]
        if not lists:
            return set()
        whole = self._count_of_phrase(head)
        if whole is None:
            return set()
        parts = [lists[0]]
        stack = [c for c in lists[0].children if c.dep_ == "conj"]
        while stack:
            conjunct = stack.pop()
            parts.append(conjunct)
            stack.extend(c for c in conjunct.children if c.dep_ == "conj")
        counts = [self._count_of_phrase(part) for part in parts]
        if any(count is None for count in counts) or sum(c for c in counts if c is not None) != whole:
            return set()
        return {part.i for part in parts}

    def _other_kind(self, member: Token) -> bool:
        """ "2 injured", "two others wounded": a phrase that carries its own casualty word
        of the other kind than the count being read."""
        other = self._hurt_kind if self._kind == "dead" else self.dead_kind
        return any(
            child.dep_ in ("acl", "amod", "relcl") and (child.lemma_.lower() in other or child.lower_ in other)
            for child in member.children
        )

    def _other_outcome(self, member: Token) -> bool:
        """ "3,000 displaced", "3,000 were displaced": a phrase that counts people something
        else befell (`other_outcome_words`), by its own word, the words right after it or
        the verb it is the subject of."""
        other = self.words.other_outcome_words
        if not other:
            return False

        def said(token: Token) -> bool:
            return token.lower_ in other or token.lemma_.lower() in other

        if said(member):
            return True
        # "20 people and 3,000 were displaced" parsed with "3,000" a conjunct of "people":
        # the words right after the count say what befell them (not "displaced people",
        # victims who had been displaced before).
        for word in member.doc[member.i + 1 : member.i + 4]:
            if said(word):
                return True
            if word.pos_ not in ("AUX", "PART", "ADV"):
                break
        return member.dep_ in _SUBJECT_DEPS and member.i != member.head.i and said(member.head)

    @staticmethod
    def _conjuncts(token: Token) -> list[Token]:
        """ "3 soldiers and 2 civilians": every conjunct after the first; and a list the
        parse hangs on the first noun as an apposition ("Two policemen, a soldier and four
        civilians": "soldier" an apposition, "civilians" its conjunct), not one that a
        comma closes ("two soldiers, a captain and a sergeant, were killed" names the
        two). Never across a line break: a headline's phrase and the lead's are the same
        victims told twice, not a list."""
        found: list[Token] = []
        stack = [c for c in token.children if c.dep_ == "conj" and not _line_break_between(token, c)]
        stack += [c for c in token.children if c.dep_ == "appos" and _open_list(c)]
        while stack:
            conjunct = stack.pop()
            found.append(conjunct)
            stack.extend(c for c in conjunct.children if c.dep_ == "conj" and not _line_break_between(conjunct, c))
        return found

    # -- counts -----------------------------------------------------------------
    def _count_of_phrase(self, head: Token) -> int | None:
        """How many people a noun phrase names: "sixteen soldiers" 16, "a policeman" 1,
        "a total of four officers" 4. None for a phrase that states no figure ("several
        soldiers", "dozens of villagers", "thousands") or none at all ("no one",
        "nobody", "no soldiers"); for the dead, such a phrase also marks the count
        refused, so that no "at least one" is guessed in its place."""
        if self._no_figure(head):
            if self._kind == "dead":
                self.refused = True
            return None
        more = _words().more_words
        if head.lower_ in more or any(
            child.lower_ in more and child.dep_ in ("det", "amod", "advmod", "nummod") for child in head.children
        ):
            self.additive = True  # "two more", "another seven people", "three others"
            self.additive_at = head.i
        if head.lower_ in self._aggregates:
            for prep in head.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            count = self._count_of_phrase(obj)
                            if count is None and self._kind == "dead":
                                self.refused = True  # "a number of soldiers": no figure
                            return count
        if head.like_num or head.pos_ == "NUM" or head.lower_ in self._multiples:
            return self._number(head)  # "two", "a couple of policemen", "a dozen"
        for child in head.children:
            if child.dep_ in ("amod", "quantmod") and child.like_num and self._is_rank(child):
                continue  # "a third person", "the 2nd soldier": a rank, not a count
            if child.dep_ == "nummod" and _year_before_count(child):
                continue  # "In 2019 two soldiers were killed": the year the parser hung on the noun
            if child.dep_ == "nummod" or (child.dep_ in ("amod", "quantmod") and child.like_num):
                return self._number(_partitive(child))
            if child.dep_ in ("compound", "nmod", "amod") and child.lower_ in self._multiples:
                return self._number(child)  # "More than a dozen soldiers": "dozen" a compound
        first = head.left_edge
        while first.i < head.i and (self.in_dateline(first) or first.is_punct):
            first = first.doc[first.i + 1]  # "NAIROBI - Three people": the phrase after the dateline
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
        if head.lower_ in _words().single_pronouns:
            return 1
        if head.pos_ == "PROPN" or head.ent_type_ == "PERSON":
            return 1
        if head.tag_ == "NN" and head.lemma_.lower() in _words().group_nouns:
            # "killed a 12-member patrol", "a family": one group of people, not one person,
            # and no figure of how many of them died.
            if self._kind == "dead":
                self.refused = True
            return None
        if head.tag_ == "NN" and any(
            c.dep_ in ("det", "poss") and c.lower_ in _words().single_determiners | {"his", "her", "their", "its"}
            for c in head.children
        ):
            return 1
        return None

    def _no_figure(self, head: Token) -> bool:
        """ "no one", "nobody", "none of them", "no soldiers"; "several", "many of the
        guards", "dozens of villagers", "thousands": a phrase with no figure of people."""
        words = {head.lower_} | {
            child.lower_ for child in head.children if child.dep_ in ("det", "amod", "quantmod", "advmod", "nummod")
        }
        if head.lower_ in self._vague or (words & self._none and not head.like_num):
            return True  # "several", "dozens of villagers", "nobody", "none of them", "no soldiers"
        if head.lower_ in self._fractions and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
            return True  # "half of the soldiers", "a third of the victims": a share of a number not given
        if any(child.dep_ == "nummod" or (child.like_num and child.dep_ != "det") for child in head.children):
            return False  # "some 300 militants", "no fewer than 20 people": a figure
        if words & self._none:
            return True  # "no one" ("one" with "no")
        return bool(words & self._vague) and head.lower_ not in self._aggregates

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
        for child in word.children:
            if child.dep_ == "nsubj" and child.pos_ in ("NOUN", "PROPN"):
                # "..., at least 15 people dead, police say": the absolute construction.
                return self._count_of_phrase(child)
        head = word.head
        if head.i != word.i and (head.like_num or head.pos_ == "NUM"):
            return self._number(head)
        if word.dep_ in ("amod", "acl") and head.pos_ in ("NOUN", "PROPN"):
            # "12 people dead", "three soldiers wounded".
            return self._count_of_phrase(head)
        if word.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and head.pos_ in ("VERB", "AUX"):
            # "left 12 dead", "left twelve people injured": the object the word describes; the
            # subject only where the verb has none ("12 people lay dead"), never beside one:
            # "Three gunmen shot dead a soldier" kills the soldier, not the gunmen.
            siblings = [c for c in head.children if c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.i != word.i]
            if any(c.dep_ == "dobj" for c in siblings):
                siblings = [c for c in siblings if c.dep_ != "nsubj"]
            for sibling in siblings:
                count = self._count_of_phrase(sibling)
                if count is not None:
                    return count
        return None

    def _toll(self, toll: Token) -> int | None:
        """ "a toll of 141", "the death toll rose to 30", "toll stands at 12"; the figure
        the toll's own verb gives, not one of a clause about the toll ("the toll, which
        officials first put at 12, rose to 25": 25, the revised toll)."""
        for child in toll.children:
            if child.dep_ == "prep":
                for obj in child.children:
                    if obj.like_num or obj.pos_ == "NUM":
                        return self._number(obj)
                    if obj.dep_ == "pobj" and any(c.dep_ == "nummod" for c in obj.children):
                        return self._count_of_phrase(obj)  # "a death toll of 141 people"
        verb = toll.head
        own = {t.i for t in toll.subtree}
        for token in verb.subtree:
            if (
                token.i > toll.i
                and token.i not in own
                and (token.like_num or token.pos_ == "NUM")
                and token.dep_ in ("pobj", "dobj", "attr", "nummod")
            ):
                return self._number(token)
        return None

    def _counts_the_dead(self, noun: Token) -> bool:
        """ "the number of dead", "the number of people killed", "the total of deaths": an
        aggregate noun of the dead, read as a toll."""
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ != "pobj":
                        continue
                    if obj.lemma_.lower() in self.dead_kind or obj.lower_ in self.dead_kind:
                        return True
                    if any(
                        c.dep_ in ("acl", "relcl", "amod") and c.lemma_.lower() in self.dead_kind for c in obj.children
                    ):
                        return True
        return False

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


def loses_life(verb: Token) -> bool:
    """ "20 people lost their lives": a verb of losing with "life" as its object dies."""
    return verb.lemma_.lower() in _words().lose_verbs and any(
        c.dep_ in _OBJECT_DEPS and c.lower_ in _words().life_nouns and not any(n.like_num for n in c.children)
        for c in verb.children
    )


def claims_lives(verb: Token) -> bool:
    """ "The attack claimed the lives of 15 people", "claimed 15 lives": a verb of claiming
    with "lives" as its object kills (the events stage reads it so too: the subject of
    such a "claim" is the killing, not a speaker)."""
    return verb.lemma_.lower() in _words().life_claim_verbs and any(
        c.dep_ in _OBJECT_DEPS and c.lower_ in _words().life_nouns for c in verb.children
    )


def _of_objects(noun: Token) -> list[Token]:
    """The people "of" a noun of death names: "the deaths of 12 civilians"."""
    return [obj for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for obj in prep.children if obj.dep_ == "pobj"]


def _brought_about(noun: Token) -> bool:
    """A death or a killing told as what an event brought about: the object of "cause" or
    of "result in", "lead to" (`consequence_phrases` in data/en/triggers.yaml): "the clashes
    resulted in the deaths of 12 civilians", "causing the deaths of four soldiers"."""
    phrases = _words().consequence_phrases
    head = noun.head
    if noun.dep_ in _OBJECT_DEPS:
        return head.lemma_.lower() in phrases
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.i != head.i:
        verb = head.head
        return f"{verb.lemma_.lower()} {head.lower_}" in phrases or any(
            f"{verb.lemma_.lower()} {p.lower_}" in phrases for p in verb.children if p.dep_ == "prt"
        )
    return False


def _several_occasions(verb: Token) -> bool:
    """The verb is placed in several incidents: "in two separate attacks", "in separate
    incidents", "in a series of raids"."""
    words = _words()
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            if noun.tag_ == "NNS" and any(
                c.lower_ in words.several_occasions for c in noun.children if c.dep_ == "amod"
            ):
                return True
            if noun.lower_ in words.series_nouns and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
                return True
    return False


def _year_before_count(number: Token) -> bool:
    """A year ("2019", four digits from 1900 to 2099) right before another figure that counts
    the same noun ("In 2019 two Mauritanians were killed": the parser hangs both on
    "Mauritanians"): the year dates the clause and the figure after it is the count. A year
    alone before its noun ("2000 people were killed") is a count, and stays one."""
    if not (number.text.isdigit() and len(number.text) == 4 and number.text[:2] in ("19", "20")):
        return False
    following = number.doc[number.i + 1] if number.i + 1 < len(number.doc) else None
    return following is not None and following.head.i == number.head.i and following.dep_ == "nummod" \
        and (following.like_num or following.pos_ == "NUM")


def _partitive(number: Token) -> Token:
    """The count of a share told before the whole ("three of 10 attackers were killed": three,
    which the parser hangs on "10" with "of"); else the number itself."""
    if number.i >= 2:
        of, part = number.doc[number.i - 1], number.doc[number.i - 2]
        if of.lower_ == "of" and of.head.i == number.i and part.like_num and part.head.i == number.i:
            return part
    return number


def _listed_with(first: Token, second: Token) -> bool:
    """Two heads of one list: "and" between them (a child of the first, "Three soldiers,
    including a captain, and two civilians"), and no line break."""
    if _line_break_between(first, second):
        return False
    return any(c.dep_ == "cc" and c.lower_ in _words().list_words and first.i < c.i < second.i for c in first.children)


def _line_break_between(first: Token, second: Token) -> bool:
    low, high = sorted((first.i, second.i))
    return any(t.is_space and "\n" in t.text for t in first.doc[low:high])


def _open_list(appos: Token) -> bool:
    """An apposition that is a list continuing the noun before it ("Two policemen, a
    soldier and four civilians were killed"): it has conjuncts, and no comma closes it."""
    if not any(c.dep_ == "conj" for c in appos.children):
        return False
    after = appos.right_edge.i + 1
    return after >= len(appos.doc) or appos.doc[after].text not in (",", ")", "-", "–", "—")


def _to_death(verb: Token, phrasals: frozenset[tuple[str, str]]) -> bool:
    """ "shot dead", "stabbed to death", "burnt alive", "fatally shot", "gunned down" (one
    of `phrasals`, `killing_phrasals` in data/<lang>/triggers.yaml): a verb of harm that
    killed."""
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "prt" and (lemma, c.lower_) in phrasals for c in verb.children):
        return True
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in ("fatally", "mortally"):
            return True
        if child.lower_ in ("dead", "alive") and any(c.dep_ == "nsubj" for c in child.children):
            continue  # "attacked a hotel, 15 people dead": an absolute phrase, not "shot dead"
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


# A toll's share for one place ("neuf morts dont sept à Ségué et deux à Sonfounou", "nine
# killed, including seven in Segue", "seven of them in Segue"): the place opens at most this
# many tokens after the share's figure, with only prepositions, articles and pronouns between,
# besides the noun of the place's kind and its adjectives ("dont sept dans la seule ville de
# Ségué", `share_place_nouns`), which are the place's own words.
SHARE_PLACE_REACH_TOKENS = 4
_SHARE_LINK_POS = frozenset({"ADP", "DET", "PRON"})


@functools.lru_cache(maxsize=8)
def _share_phrases(language: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The phrases that open a toll's shares (`share_openers`: "dont", "including") and those
    told after a share's figure (`share_closers`: "of them", "d'entre eux"), from
    data/<language>/number_words.yaml; none where the language names none."""
    openers = tuple(sorted(language_words("number_words", language, "share_openers")))
    closers = tuple(sorted(language_words("number_words", language, "share_closers")))
    return openers, closers


@functools.lru_cache(maxsize=8)
def _share_place_nouns(language: str) -> frozenset[str]:
    return language_words("number_words", language, "share_place_nouns")


def _share_place_word(token: Token, language: str) -> bool:
    """`token` names the kind of the place a share is told at ("dans la ville de Ségué", "in the
    village of Segue", `share_place_nouns` of data/<language>/number_words.yaml), or is an
    adjective of that noun ("la seule ville de", "le village voisin de")."""
    nouns = _share_place_nouns(language)
    word = token.head if token.pos_ == "ADJ" else token
    return word.lower_ in nouns and word.pos_ == "NOUN"


def share_of_place(sentence: ParsedSentence, quantities: Sequence[Quantity], places: Sequence[Place],
                   whole: int, location: Place | None, language: str) -> Quantity | None:
    """The figure of a toll's share told for the event's own place, where the sentence parts
    its toll by place: "le bilan s'élève à neuf morts dont sept à Ségué et deux à Sonfounou",
    "killing nine people, including seven in Segue", "nine died, seven of them in Segue". The
    incident at Ségué has seven dead; an event placed elsewhere (the district holding both)
    keeps the whole. None where the sentence parts no toll so, or names no share at the place.
    `quantities` and `places` are the sentence's (article offsets)."""
    if location is None:
        return None
    openers, closers = _share_phrases(language)
    if not openers and not closers:
        return None
    figures = sorted((q for q in quantities if q.value is not None and sentence.start <= q.start < sentence.end),
                     key=lambda q: q.start)
    at = next((k for k, q in enumerate(figures) if q.value == whole), None)
    if at is None:
        return None
    text = sentence.doc.text.casefold()
    tokens = sentence.tokens
    whole_end = figures[at].end - sentence.start
    later = figures[at + 1:]
    shares: list[Quantity] = []
    opened = False
    for token in tokens:
        if token.idx < whole_end:
            continue
        before = [q for q in later if q.start - sentence.start < token.idx]
        opener = _phrase_at(text, token, openers)
        closer = _phrase_at(text, token, closers)
        if opener is not None and not before:
            shares = [q for q in later if q.start - sentence.start >= token.idx + len(opener)]
            opened = True
            break
        if closer is not None and len(before) == 1:
            shares = later  # "seven of them in Segue and two in Sonfounou"
            break
        if len(before) > 1:
            return None  # another figure before any share word: no parting of this toll
    listed: list[tuple[Quantity, Place]] = []
    for share in shares:
        place = _place_after(sentence, share, places, closers, text, language)
        if place is None:
            break  # the list of places has ended
        listed.append((share, place))
    if not listed or any((q.value or 0) >= whole for q, _ in listed) or sum(q.value or 0 for q, _ in listed) > whole:
        return None
    parted = sum(q.value or 0 for q, _ in listed) == whole
    if opened and not parted and any(_names_its_people(sentence, q) for q, _ in listed):
        # "tuant treize villageois dont six femmes à Bankass": a share that names its people
        # (the figure's counted noun) is a share of people told where they died, unless the
        # shares part the whole ("dont huit enfants à Ségué et trois adultes à Sonfounou")
        return None
    return next((q for q, place in listed if _same_place(place, location)), None)


def _names_its_people(sentence: ParsedSentence, figure: Quantity) -> bool:
    """The figure's words hold the noun of what it counts ("six femmes"; not "sept à")."""
    start, end = figure.start - sentence.start, figure.end - sentence.start
    return any(start <= t.idx < end and t.pos_ in ("NOUN", "PROPN") and not t.like_num for t in sentence.tokens)


def _phrase_at(text: str, token: Token, phrases: tuple[str, ...]) -> str | None:
    """The phrase of `phrases` that the (case-folded) sentence text holds from the token on,
    ending at a word's end. Read at every token of a sentence with a toll, where most
    tokens open no phrase: one test of all the phrases at once rules that out first."""
    start = token.idx
    if not text.startswith(phrases, start):
        return None
    for phrase in phrases:
        end = start + len(phrase)
        if text.startswith(phrase, start) and (end >= len(text) or not text[end].isalnum()):
            return phrase
    return None


def _place_after(sentence: ParsedSentence, share: Quantity, places: Sequence[Place], closers: tuple[str, ...],
                 text: str, language: str) -> Place | None:
    """The place told right after a share's figure ("sept à Ségué", "seven of them in Segue"):
    only prepositions, articles, pronouns or a closing phrase between, and the noun of the
    place's kind with its adjectives ("sept dans la seule ville de Ségué")."""
    start = share.end - sentence.start
    between = 0
    tokens = sentence.tokens
    k = next((t.i for t in tokens if t.idx >= start), len(tokens))
    while k < len(tokens) and between <= SHARE_PLACE_REACH_TOKENS:
        token = tokens[k]
        place = next((p for p in places if p.start - sentence.start == token.idx), None)
        if place is not None:
            return place
        closer = _phrase_at(text, token, closers)
        if closer is not None:
            end = token.idx + len(closer)
            while k < len(tokens) and tokens[k].idx < end:
                k += 1
                between += 1
            continue
        if _share_place_word(token, language):
            k += 1  # the place's own words ("la ville de X"): not counted against the reach
            continue
        if token.pos_ not in _SHARE_LINK_POS:
            return None
        between += 1
        k += 1
    return None


def _same_place(place: Place, location: Place) -> bool:
    if place.geonames_id is not None and location.geonames_id is not None:
        return place.geonames_id == location.geonames_id
    return place.name.casefold() == location.name.casefold()


# A share of people told after its whole ("tuant onze civils, dont huit enfants", "killing 11
# civilians, including eight children"): at most this many tokens (the whole's counted noun, a
# comma) between the whole's figure and the phrase opening the share.
SHARE_WHOLE_REACH_TOKENS = 4
_SHARE_WHOLE_GAP_POS = frozenset({"NOUN", "PROPN", "ADJ", "PUNCT", "DET"})


def whole_of_share(sentence: ParsedSentence, quantities: Sequence[Quantity], share: Quantity,
                   language: str) -> Quantity | None:
    """The whole a share's figure is part of, where a share opener (`share_openers`: "dont",
    "parmi lesquels", "including") comes right before the share ("tuant onze civils, dont huit
    enfants", "a tué douze personnes parmi lesquelles cinq femmes"): the figure closest before
    the opener, with only its counted noun, adjectives and a comma between (no verb: "ont tué
    onze civils et blessé vingt autres, dont huit enfants" parts the wounded), and larger than
    the share. A share never replaces its whole: the toll is the whole's. None where no opener
    comes right before `share`, or no such whole. `quantities` and `share` in article offsets."""
    openers, _ = _share_phrases(language)
    if not openers or share.value is None:
        return None
    text = sentence.doc.text
    at = share.start - sentence.start
    before = text[:at].rstrip()
    folded = before.casefold()
    opener = next((o for o in openers if folded.endswith(o)
                   and (len(folded) == len(o) or not folded[-len(o) - 1].isalnum())), None)
    if opener is None:
        return None
    opener_at = len(before) - len(opener)
    wholes = [q for q in quantities if q.value is not None and sentence.start <= q.start
              and q.end - sentence.start <= opener_at]
    if not wholes:
        return None
    whole = max(wholes, key=lambda q: q.end)
    if whole.value is None or whole.value <= share.value:
        return None
    gap = [t for t in sentence.tokens if whole.end - sentence.start <= t.idx < opener_at]
    if len(gap) > SHARE_WHOLE_REACH_TOKENS or any(t.pos_ not in _SHARE_WHOLE_GAP_POS for t in gap):
        return None
    return whole


def _shares_article(head: Token, member: Token) -> bool:
    """A bare singular noun conjoined to a phrase that a singular determiner opens ("a mother
    and child were killed", "the driver and conductor"): the determiner counts it too, one
    more person. Not a noun with a determiner, a possessive or a figure of its own (counted
    by itself), nor one of a phrase a singular determiner (`single_determiners`) does not
    open ("mother and child": a bare noun may be read otherwise)."""
    if member.tag_ != "NN" or any(c.dep_ in ("det", "poss", "nummod") for c in member.children):
        return False
    return any(c.dep_ == "det" and c.lower_ in _words().single_determiners for c in head.children)
