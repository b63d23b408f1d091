"""Tolls an article states (`_toll_statements`), the deaths told of one person, and later
revisions of a toll (`_revise_tolls`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span as DocSpan
from spacy.tokens import Token

from tessera.assemble.mentions import (
    _Draft,
)
from tessera.assemble.rules import (
    AssembleRules,
)
from tessera.parse import ParsedArticle, ParsedSentence
from tessera.records import (
    Incident,
    Quantity,
    Span,
)


@dataclass(frozen=True)
class _TollStatement:
    """A toll stated in a sentence that tells no event: `span` from the toll word to its
    figure ("toll has since climbed to 40"), `raised` when the sentence says it went up.
    `summed` when a verb of adding (`toll_sum_lemmas`) before the toll word carries it up
    from what was told before, and the sentence counts no dead of its own besides ("This
    brings the death toll in the clashes to 26"): the act told before is what it adds, so
    the figure is a sum over that act and earlier ones, no revision of a toll that act
    states ("At least three people were killed this week": still three). Not where the
    sentence counts its own added dead ("five later died, taking the total death toll to
    11": the same act's toll, revised)."""

    sentence: int
    span: Span
    value: int
    raised: bool
    summed: bool = False


# A figure this large after a toll word is no count of the dead (the casualty stage's bound).
_MAX_TOLL = 100_000


@lru_cache(maxsize=8)
def _toll_word_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """One search for any of the toll words (`AssembleRules.toll_words`), compiled once."""
    alternatives = "|".join(re.escape(w) for w in sorted(words))
    return re.compile(rf"\b(?:{alternatives})\b", flags=re.IGNORECASE)


def _toll_statements(
    parsed: ParsedArticle, quantities: Sequence[Quantity], rules: AssembleRules
) -> list[_TollStatement]:
    """The tolls stated in the article's sentences (the caller keeps those of sentences
    that hold no mention; one in a mention's sentence marks that mention's toll as risen):
    a figure within `toll_reach_tokens` after a toll word, with no modal, negation or
    hedge between ("The death toll has risen to 25.", "residents said that the death toll
    was 85"; not "the toll could hit 20"), in a sentence that names no natural or accidental
    cause ("the toll of the floods"), nor one told as a figure the count falls short of
    ("the toll stands at nearly 40": `_below`). A range is its lower figure, or after a verb of
    revision the figure it went up to ("le bilan est passé de cinq à onze": 11). The toll words
    are found by one search of the article's text, not a pass over its tokens."""
    if not (rules.toll_words and rules.toll_types and rules.toll_reach_tokens):
        return []
    if not quantities:
        return _death_of_one(parsed, set(), rules)  # "confirmed the death of a demonstrator": no figure
    ordered = sorted(quantities, key=lambda q: q.start)
    starts = [q.start for q in ordered]
    found: list[_TollStatement] = []
    done: set[int] = set()
    for match in _toll_word_pattern(rules.toll_words).finditer(parsed.text):
        sentence = parsed.sentence_at(match.start())
        if sentence is None or sentence.index in done:
            continue
        k = bisect.bisect_left(starts, match.end())
        if k == len(ordered) or ordered[k].end > sentence.end:
            continue
        quantity = ordered[k]
        word, figure = sentence.span_at(match.start(), match.end()), sentence.span_at(quantity.start, quantity.end)
        if word is None or figure is None or figure.start < word.end:
            continue
        if any(t.lower_ in rules.disaster_words or t.lower_.removesuffix("s") in rules.disaster_words
               for t in sentence.tokens):
            continue  # "the toll of last year's floods reached 120": a disaster's
        # A revision verb just before the toll word ("ce qui a porté le bilan à 195",
        # "bringing the death toll to 12") says the toll went up.
        lead = [t for t in sentence.doc[max(0, word.start - 3) : word.start] if _revises(t, rules)]
        raised = bool(lead)
        summed = any(t.lemma_.casefold() in rules.toll_sum_lemmas for t in lead)
        # "Le bilan, initialement de 32 morts, est passé à 195": a revision verb after the
        # first figure tells the toll it went up to, the figure after it.
        revision = next((t for t in sentence.doc[figure.end : figure.end + rules.toll_reach_tokens]
                         if _revises(t, rules)), None)
        if revision is not None:
            later = next((q for q in ordered[k + 1 :] if q.end <= sentence.end
                          and (s := sentence.span_at(q.start, q.end)) is not None and s.start > revision.i), None)
            later_span = sentence.span_at(later.start, later.end) if later is not None else None
            if later is not None and later_span is not None and \
                    later_span.start - revision.i <= rules.toll_reach_tokens:
                quantity, figure, raised, summed = later, later_span, True, False
        between = sentence.doc[word.end : figure.start]
        forms = {t.lower_ for t in between}
        value = quantity.value
        if revision is None and len(between) > rules.toll_reach_tokens:
            # "le bilan de l'attaque de la nuit dans le Sinaï, qui comprenait un attentat, a
            # atteint 11": the toll word the subject of a verb of reaching whose figure is its
            # complement, however long the toll word's own complements between them
            reached = _reached(sentence.doc[word.end - 1], figure, rules)
            if reached is not None:
                between = sentence.doc[reached.i : figure.start]
                forms = {t.lower_ for t in between}
        if len(between) > 2 * rules.toll_reach_tokens or (revision is None and len(between) > rules.toll_reach_tokens) \
                or forms & rules.toll_hedge_words or _below(quantity, rules):
            continue
        if quantity.max is not None:
            # A range: after a verb of revision, told "from X to Y", its upper figure is the toll the
            # count went up to ("le bilan est passé de cinq à onze", "the toll rose from five to 11");
            # otherwise its lower figure is the toll stated ("un bilan de 30 à 32 morts": at least 30;
            # "the toll rose to between 20 and 25": 20).
            if any(_revises(t, rules) for t in between) and _from_range(between, quantity, rules):
                value = quantity.max
        if value is None or value != int(value) or not 0 < value < _MAX_TOLL or _vague_count(quantity, rules):
            continue
        done.add(sentence.index)
        span = Span(text=parsed.text[match.start() : quantity.end], start=match.start(), end=quantity.end)
        raised = raised or bool(forms & rules.toll_revision_words) or any(_revises(t, rules) for t in between)
        if summed:
            # Another figure in the sentence counts the dead it adds: the same act's toll revised.
            summed = not any(q is not quantity and sentence.start <= q.start and q.end <= sentence.end
                             for q in ordered)
        found.append(_TollStatement(sentence.index, span, int(value), raised, summed))
    return found + _dead_counts(parsed, ordered, done, rules)


def _dead_counts(
    parsed: ParsedArticle, quantities: Sequence[Quantity], done: set[int], rules: AssembleRules
) -> list[_TollStatement]:
    """Counts of the dead told with no toll word ("Le procureur a fait état d'environ 60
    morts", "Les habitants parlent d'une trentaine de victimes", "Hospital officials reported
    12 deaths"): a figure whose unit is a noun of the dead (`dead_count_nouns`), the first in a
    sentence with no toll statement, no hedge, no running count ("so far", "depuis 2012")
    and no natural or accidental cause, nor one the count falls short of (`_below`); a range
    gives its lower figure. The caller keeps those of sentences that hold no mention: such a
    count fills the toll of the incident told before that states none, or raises it where a verb
    of revision comes right before it (`_raised_to`)."""
    found: list[_TollStatement] = []
    seen = set(done)
    for quantity in quantities:
        unit = (quantity.unit or "").casefold()
        sentence = parsed.sentence_at(quantity.start)
        if sentence is None or sentence.index in seen:
            continue
        if unit not in rules.dead_count_nouns and _word_after(sentence, quantity) not in rules.dead_count_nouns \
                and not _count_of_dying(sentence, quantity, rules) and not _death_of(sentence, quantity, rules):
            continue
        seen.add(sentence.index)
        # A range's lower figure ("des sources locales confirment 30 à 32 morts": at least 30).
        value = quantity.value
        if value is None or value != int(value) or not 0 < value < _MAX_TOLL:
            continue
        if _vague_count(quantity, rules) or _below(quantity, rules):
            continue  # "Après avoir fait des milliers de victimes, le conflit ...": no one incident's dead
        forms = {t.lower_ for t in sentence.doc}
        text = sentence.text.casefold()
        if forms & (rules.toll_hedge_words | rules.toll_period_words) or any(
            f" {phrase} " in f" {text} " for phrase in rules.running_count_phrases
        ) or any(t.lower_ in rules.disaster_words or t.lower_.removesuffix("s") in rules.disaster_words
                 for t in sentence.tokens):
            continue
        span = Span(text=quantity.text, start=quantity.start, end=quantity.end)
        found.append(_TollStatement(sentence.index, span, int(value), _raised_to(sentence, quantity, rules)))
    return found + _death_of_one(parsed, seen, rules)


def _raised_to(sentence: ParsedSentence, quantity: Quantity, rules: AssembleRules) -> bool:
    """A verb of revision stands shortly before the count of the dead, with no other figure
    between ("Ce qui a augmenté les chiffres à 195 morts"): the
    count is what the toll told before went up to. Not a verb of adding up (`toll_sum_lemmas`:
    "This brings the number to 26 deaths"), whose figure sums up more than the act told before."""
    figure = sentence.span_at(quantity.start, quantity.end)
    if figure is None:
        return False
    for token in reversed(sentence.doc[max(0, figure.start - rules.toll_reach_tokens) : figure.start]):
        if token.like_num or token.is_punct:
            return False
        if _revises(token, rules):
            return token.lemma_.casefold() not in rules.toll_sum_lemmas
    return False


def _folded(text: str) -> str:
    """Case-folded, with a typographic apostrophe as a plain one ("près d’une centaine")."""
    return text.casefold().replace("’", "'")


def _below(quantity: Quantity, rules: AssembleRules) -> bool:
    """The figure is told as one the count falls short of ("près de 100 morts", "nearly 40
    deaths": `toll_below_words` of data/<language>/number_words.yaml): no lower bound, so no toll
    (the dev sets' convention: "near 250" is null, where "at least 250" and "about 250" are 250)."""
    text = " ".join(_folded(quantity.text).split())
    return any(text.startswith(f"{w} ") or (w.endswith("'") and text.startswith(w)) for w in rules.toll_below_words)


def _from_range(between: DocSpan, quantity: Quantity, rules: AssembleRules) -> bool:
    """The range is told as a revision's "from X to Y": the word that opens it, the range's own
    first word or the one right before its lower figure, is `revision_range_from` of
    data/<language>/number_words.yaml ("from", "de")."""
    words = rules.revision_range_from
    first = _folded(quantity.text).split(maxsplit=1)
    if first and (first[0] in words or first[0].split("'")[0] + "'" in words):
        return True
    return bool(len(between)) and _folded(between[-1].text) in words


def _death_of_one(parsed: ParsedArticle, seen: set[int], rules: AssembleRules) -> list[_TollStatement]:
    """A singular noun of a death whose "of" is one person told with an indefinite article
    ("The commission confirmed the death of a demonstrator": `death_of_one_nouns`,
    `death_of_one_words`) in a sentence with no count of the dead: one dead, found by one
    search of the article's text. Not a death told as the time or cause of the news
    (`death_of_aside` among the four words before it), nor beside a hedge, a period or a
    natural or accidental cause, as for `_dead_counts`."""
    if not (rules.death_of_one_nouns and rules.death_of_joins and rules.death_of_one_words):
        return []
    found: list[_TollStatement] = []
    for match in _death_of_one_pattern(rules.death_of_one_nouns, rules.death_of_joins,
                                       rules.death_of_one_words).finditer(parsed.text):
        sentence = parsed.sentence_at(match.start())
        if sentence is None or sentence.index in seen:
            continue
        words = parsed.text[sentence.start : match.start()].casefold().split()[-4:]
        if any(w.strip(",;:'\"()") in rules.death_of_aside for w in words):
            continue
        forms = {t.lower_ for t in sentence.doc}
        if forms & (rules.toll_hedge_words | rules.toll_period_words) or any(
                t.lower_ in rules.disaster_words or t.lower_.removesuffix("s") in rules.disaster_words
                for t in sentence.tokens):
            continue
        seen.add(sentence.index)
        span = Span(text=match.group(0), start=match.start(), end=match.end())
        found.append(_TollStatement(sentence.index, span, 1, False))
    return found


@lru_cache(maxsize=8)
def _death_of_one_pattern(nouns: frozenset[str], joins: frozenset[str], ones: frozenset[str]) -> re.Pattern[str]:
    """ "death of a", compiled once from `death_of_one_nouns`, `death_of_joins`, `death_of_one_words`."""
    def either(words: frozenset[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words))
    return re.compile(rf"\b(?:{either(nouns)})\s+(?:{either(joins)})\s+(?:{either(ones)})\b", flags=re.IGNORECASE)


def _count_of_dying(sentence: ParsedSentence, quantity: Quantity, rules: AssembleRules) -> bool:
    """The figure counts the subject of a verb of dying ("Eleven people died, including eight
    children", "Eleven have died", "Onze personnes sont mortes"): a form of a verb of dying
    (`die_forms`) right after the figure or one word on, read from the words alone (a sentence
    that tells no event is not parsed). Not victims added to those told before ("two more
    died", "three others died": `more_words`), nor a share ("Two of the wounded died": the
    verb further on)."""
    figure = sentence.span_at(quantity.start, quantity.end)
    if figure is None or not rules.die_forms:
        return False
    doc = sentence.doc
    if any(t.lower_ in rules.more_words for t in figure):
        return False
    for k in range(figure.end, min(figure.end + 2, len(doc))):
        word = doc[k]
        if word.lower_ in rules.die_forms:
            return True
        if word.is_punct or word.like_num or word.lower_ in rules.more_words:
            return False
    return False


def _death_of(sentence: ParsedSentence, quantity: Quantity, rules: AssembleRules) -> bool:
    """The figure counts the complement of a noun of a death ("The army confirmed the deaths
    of three soldiers": `death_of_nouns`, joined by `death_of_joins`), read from the words
    alone. Not a death told as the time or cause of what the sentence tells (`death_of_aside`
    among the four words before the noun: "protests erupted after the death of two
    students"): that death is another act's."""
    figure = sentence.span_at(quantity.start, quantity.end)
    if figure is None or not rules.death_of_nouns or figure.start < 2:
        return False
    doc = sentence.doc
    join, noun = doc[figure.start - 1], doc[figure.start - 2]
    if join.lower_ not in rules.death_of_joins or noun.lower_ not in rules.death_of_nouns:
        return False
    before = doc[max(0, noun.i - 4) : noun.i]
    return not any(t.lower_ in rules.death_of_aside for t in before)


def _word_after(sentence: ParsedSentence, quantity: Quantity) -> str:
    """The word right after a figure with no unit ("We counted 19 dead", "It is twenty-two
    dead"), lower-cased: "dead" there is no unit of the quantity stage, but counts the dead."""
    figure = sentence.span_at(quantity.start, quantity.end)
    if figure is None or figure.end >= len(sentence.doc):
        return ""
    return str(sentence.doc[figure.end].lower_)


def _vague_count(quantity: Quantity, rules: AssembleRules) -> bool:
    """A count told by a plural of a round number alone ("des milliers de victimes", "hundreds
    of deaths", `vague_counts`): an aggregate, no incident's toll to fill or revise."""
    return any(word.casefold() in rules.vague_counts for word in quantity.text.split())


def _reached(word: Token, figure: DocSpan, rules: AssembleRules) -> Token | None:
    """The verb of reaching (`toll_revision_lemmas`) the toll word is the subject of, where
    the figure is that verb's complement ("le bilan ... a atteint 11"), or none."""
    verb = word.head
    if word.dep_ not in ("nsubj", "nsubj:pass") or not _revises(verb, rules) or verb.i <= word.i:
        return None
    return verb if any(t.head.i == verb.i or t.i == verb.i for t in figure) else None


def _revises(token: Token, rules: AssembleRules) -> bool:
    """`token` is a verb saying a toll went up (`toll_revision_words`, `toll_revision_lemmas`)."""
    return token.lower_ in rules.toll_revision_words or (
        token.pos_ in ("VERB", "AUX") and token.lemma_.casefold() in rules.toll_revision_lemmas)


def _revise_tolls(
    drafts: list[_Draft], incidents: list[Incident], statements: list[_TollStatement], rules: AssembleRules
) -> list[Incident]:
    """Each toll statement is the toll of the incident of a `toll_types` type told last
    before it (a reported, asserted one, at most `anaphor_window_sentences` back): where
    that incident states none, or states a smaller one and the statement says the toll went
    up ("The death toll has since risen to 25"). Another figure for a stated toll is another
    source's ("Organizers placed the toll higher, at 40"): the first stays."""
    incidents = list(incidents)
    for statement in statements:
        best: tuple[int, int] | None = None  # (position of its latest mention before the statement, index)
        for index, (draft, incident) in enumerate(zip(drafts, incidents, strict=True)):
            if draft.context or incident.context or incident.mode != "asserted":
                continue
            if incident.type not in rules.toll_types:
                continue
            before = [m for m in draft.members if m.facts.sentence <= statement.sentence]
            if not before or statement.sentence - before[-1].facts.sentence > rules.anaphor_window_sentences:
                continue
            if best is None or before[-1].position > best[0]:
                best = (before[-1].position, index)
        if best is None:
            continue
        incident = incidents[best[1]]
        toll = incident.fatalities
        if statement.summed:
            continue  # a sum over the act told before and earlier ones, no one act's toll
        if toll is None or (statement.raised and statement.value > toll) or (
                statement.value > toll and _vague_toll(drafts[best[1]], incident, rules)):
            evidence = incident.evidence.model_copy(update={"fatalities": None, "toll_statement": statement.span})
            incidents[best[1]] = incident.model_copy(update={"fatalities": statement.value, "evidence": evidence})
    return incidents


def _vague_toll(draft: _Draft, incident: Incident, rules: AssembleRules) -> bool:
    """The incident's toll is a round figure guessed from a plural of a round number ("des
    dizaines de civils ont été exécutés": 20; "dozens were killed"): a figure a later toll
    statement gives ("Le bilan provisoire est d'au moins 58 morts") states it."""
    source = next((m.event for m in draft.members if m.event.id == incident.evidence.fatalities), None)
    return source is not None and any(
        q.value == incident.fatalities and _vague_count(q, rules) for q in source.quantities)
