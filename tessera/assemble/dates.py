"""The date a sentence states for a mention: its own clause's, a relation's or a setting's, and the
fallbacks that neither conflict nor tie (a reporting verb's day, a relative clause's).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from spacy.tokens import Span as DocSpan
from spacy.tokens import Token

from tessera.assemble.mentions import (
    _CLAUSE_POS,
    _REACHING_DEPS,
    _RELATIVE_DEPS,
    _SUBJECT_DEPS,
    _clause_head,
    _is_noun,
    _Mention,
    _superlative_before,
    _trigger_token,
)
from tessera.assemble.rules import (
    AssembleRules,
)
from tessera.dedupe import value_window
from tessera.extraction.dates import (
    bounds_a_span,
    opens_a_span,
    relation_distance,
    reported_speech,
    speech_day,
)
from tessera.extraction.dates_fr import told_at_a_distance
from tessera.extraction.events.assembly import title_line
from tessera.extraction.modes import clause_verb
from tessera.parse import ParsedArticle, ParsedSentence
from tessera.records import (
    Actor,
    DateValue,
    Event,
    Place,
)

# The oldest the report's occasion may be: news tells what happened within the week.
_REPORT_RECENT_DAYS = 7


# Dependencies under which a clause tells the same event as the clause it hangs on:
# "attacked the village, killing six" (advcl), "stormed the school and abducted
# students" (conj), "tried to flee" (xcomp), "died on Monday during an attack" /
# "as gunmen attacked" (pcomp). A complement ("said that ...": ccomp) or a relative
# clause ("the officers who seized power in July") tells another.
_SAME_EVENT_CLAUSE_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp"})


def _event_chain(token: Token, anchors: frozenset[str], own_subject_stops: bool = False) -> set[int]:
    """Indices of `token`, its clause head and the clauses that clause is part of
    (not across a preposition in `anchors`). With `own_subject_stops`, not from a
    coordinated clause with a subject of its own to the clause before it: "seized Rubaya,
    and on Wednesday they attacked Sake" dates the attack, not the seizure."""
    chain = {token.i}
    current = _clause_head(token)
    chain.add(current.i)
    for _ in range(4):
        if current.dep_ not in _SAME_EVENT_CLAUSE_DEPS or current.head.i == current.i:
            break
        if own_subject_stops and current.dep_ == "conj" and any(
                c.dep_ in _SUBJECT_DEPS for c in current.children):
            break
        if current.dep_ == "pcomp" and current.head.lower_ in anchors:
            break
        # "... attacked by the rebels since this crisis began in December": a clause
        # after "since"/"before" tells another event that dates this one.
        if current.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in anchors for c in current.children):
            break
        current = _clause_head(current.head)
        chain.add(current.i)
    return chain


def _stated_for(
    sentence: ParsedSentence, trigger: Token, date: DateValue | Place, rules: AssembleRules
) -> bool | None:
    """Whether the parse attaches `date` to the trigger's event (None: no span to tell).

    Tied: the date modifies the trigger ("the attack on 15 January", "the attack,
    which took place on Monday") or the clause telling it ("killed 16 people on
    Tuesday in an attack"), or a clause of the same event ("attacked the village on
    Sunday, killing six"). Not tied: a date of a reporting verb ("said Monday"), of a
    relative clause about something else, or of another clause ("would be buried on
    Monday")."""
    span = sentence.span_at(date.start, date.end)
    if span is None or len(span) == 0:
        return None
    if isinstance(date, DateValue) and (speech := reported_speech(span)) is not None:
        # "said on Thursday it had killed ...", "... were killed, police said on Monday":
        # the saying's day, not that of the act its clause reports.
        speaker, reported = speech
        if speaker.i == trigger.i:
            return True
        if trigger.i in reported:
            return False
    anchors = rules.anchor_prepositions
    is_date = isinstance(date, DateValue)
    if not is_date and _place_relative(span.root, trigger, rules.place_relative_words):
        return True
    if is_date and _charged_act(span, trigger, rules.charge_prepositions):
        return False
    if is_date and (fronted := _coordinated_clause(span)) is not None:
        # "were arrested and, on Thursday, the hostages were freed": the day opens the
        # clause after the coordinator, and dates that clause (and what hangs on it) only.
        return fronted.i in _event_chain(trigger, anchors)
    if is_date and (_dates_own_noun(span, trigger)
                    or _dates_other_act_noun(span, trigger, rules.distinct_complement_cases, rules.day_part_nouns)):
        return False
    node = span.root
    for _ in range(12):
        if node.i == trigger.i:
            return True
        if node.pos_ in _CLAUSE_POS and not span.start <= node.i < span.end:
            break
        if node.head.i == node.i:
            break
        node = node.head
    if is_date and _describes(node, trigger, rules.event_relative_pronouns, rules.reporting_verbs):
        # "an attack carried out on Wednesday", "l'attaque menée mercredi", "a coup attempt
        # foiled on Thursday": a clause on the event noun tells when it happened.
        return True
    return bool(_event_chain(node, anchors, own_subject_stops=is_date) & _event_chain(trigger, anchors))


def _dates_own_noun(span: DocSpan, trigger: Token) -> bool:
    """The date stands between another noun and that noun's own complement in "de" ("une
    manifestation contre la tenue samedi d'un référendum", "the holding on Saturday of a
    vote"): it can only tell that noun's time, not the trigger's it hangs under."""
    noun = span.root.head
    if noun.i == trigger.i or noun.pos_ != "NOUN" or not noun.i < span.start:
        return False
    return any(
        child.dep_ == "nmod" and child.i >= span.end
        and any(c.dep_ == "case" and c.i < child.i and c.lower_.rstrip("'’") in ("d", "de", "du", "des", "of")
                for c in child.children)
        for child in noun.children
    )


def _dates_other_act_noun(span: DocSpan, trigger: Token, complement_cases: frozenset[str] = frozenset(),
                          day_parts: frozenset[str] = frozenset()) -> bool:
    """"Clashes ... are seen as jeopardising a 2018 peace deal": a date set before a noun as
    its number or modifier tells that noun's time (the deal's), not the trigger's, unless
    the noun hangs on the trigger or its clause's verb through nouns and prepositions only
    ("killed in a 2018 attack", "the 2018 attack killed five"). So does a date after a noun
    as its complement in "de" (`complement_cases`, French: "accusées de violences lors des
    législatives du 28 avril", "tués dans l'attaque du 7 octobre" keeps its day), but not
    after a noun of a part of the day (`day_parts`: "dans la soirée du 5 mars" is the act's)."""
    root = span.root
    noun = root.head
    after = (root.dep_ == "nmod" and noun.i < span.start and noun.lower_ not in day_parts
             and any(c.dep_ == "case" and c.lower_ in complement_cases for c in root.children))
    if (root.dep_ not in ("nummod", "compound", "amod", "nmod") or noun.pos_ not in ("NOUN", "PROPN")
            or (noun.i < span.end and not after) or noun.i == trigger.i):
        return False
    targets = {trigger.i, clause_verb(trigger).i}
    node = noun
    for _ in range(12):
        if node.i in targets:
            return False
        if node.head.i == node.i or node.pos_ in ("VERB", "AUX"):
            return True
        node = node.head
    return True


def _owned_by_noun(sentence: ParsedSentence, date: DateValue, trigger: Token) -> bool:
    """`_dates_own_noun` for a date of the sentence, where the parse gives its span."""
    span = sentence.span_at(date.start, date.end)
    return span is not None and len(span) > 0 and _dates_own_noun(span, trigger)


def _place_relative(place: Token, trigger: Token, words: frozenset[str]) -> bool:
    """The trigger lies in a relative clause on the place opened by a relative adverb of
    place ("The situation was tenser in Kano, where protesters blocked the streets"): the
    clause tells what happened at that place, whatever the clause the place sits in."""
    return any(
        clause.dep_ in _RELATIVE_DEPS
        and (clause.i == trigger.i or clause.is_ancestor(trigger))
        and any(c.lower_ in words for c in clause.children if c.i < clause.i)
        for clause in place.children
    )


def _describes(
    clause: Token,
    trigger: Token,
    relative_pronouns: frozenset[str] = frozenset(),
    reporting_verbs: frozenset[str] = frozenset(),
) -> bool:
    """`clause` is a participle clause on the trigger's noun, or on the noun the trigger is a
    compound of ("coup attempt"); or a relative clause on the noun whose subject is a
    pronoun that stands for a thing (`event_relative_pronouns`: "an attack that left 20
    dead on Friday night", "the raid, which took place on Monday"): the clause says what
    the event itself did, so its date is the event's, not that of the clause the noun
    sits in ("On Sunday, the group claimed an attack that ..." dates the claim). Not a
    relative clause on someone ("the victims of the attack, who were buried on Friday"),
    which the parse may hang on the nearest noun, nor one whose subject is another noun
    ("the attack that the army launched on Monday" may date a reply), nor one that tells
    the event told of (`reporting_verbs`: "an attack which was claimed on Sunday by the
    group" dates the claim)."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    noun = clause.head
    on_noun = noun.i == trigger.i or (trigger.dep_ == "compound" and trigger.head.i == noun.i)
    if clause.dep_ == "relcl":
        return (
            on_noun
            and clause.lemma_.casefold() not in reporting_verbs
            and any(c.dep_ in _SUBJECT_DEPS and c.lower_ in relative_pronouns for c in clause.children)
        )
    return clause.dep_ == "acl" and on_noun


def _own_clause(
    sentence: ParsedSentence,
    trigger: Token,
    date: DateValue,
    relative_pronouns: frozenset[str] = frozenset(),
    reporting_verbs: frozenset[str] = frozenset(),
) -> int:
    """2: the date sits in a clause on the event noun (`_describes`); 1: in the trigger's
    own clause ("lundi l'armée a arrêté"); 0: only in a clause tied to it ("des tirs ont
    éclaté dimanche, et lundi l'armée a arrêté")."""
    span = sentence.span_at(date.start, date.end)
    if span is None or len(span) == 0:
        return 0
    head = _clause_head(trigger)
    if (fronted := _coordinated_clause(span)) is not None:
        return int(fronted.i == head.i)
    node = span.root
    for _ in range(12):
        if node.i in (trigger.i, head.i):
            return 1
        if node.pos_ in _CLAUSE_POS and not span.start <= node.i < span.end:
            return 2 if _describes(node, trigger, relative_pronouns, reporting_verbs) else 0
        if node.head.i == node.i:
            return 0
        node = node.head
    return 0


def _coordinated_clause(span: Any) -> Token | None:
    """The verb of the clause a date opens right after a coordinator, "and (on) Thursday
    the army freed ...", "et, lundi, tous les otages avaient été libérés": the first verb
    after the date, with its own subject between the date and it. None elsewhere."""
    doc = span.doc
    before = span.start - 1
    while before >= 0 and doc[before].pos_ in ("PUNCT", "ADP", "DET"):
        before -= 1
    if before < 0 or doc[before].pos_ != "CCONJ":
        return None
    for token in doc[span.end:min(len(doc), span.end + 12)]:
        if token.is_sent_start:
            return None
        if token.pos_ == "VERB":
            subjects = [c for c in token.children if c.dep_ in _SUBJECT_DEPS]
            return token if any(span.end <= c.i < token.i for c in subjects) else None
    return None


# The widest date (in days) that may stand in for a mention's own: a month.
_FALLBACK_DAYS = 31


def _width(date: DateValue) -> int:
    """Days a date covers (an unnormalised one counts as the widest)."""
    window = value_window(date)
    return (window[1] - window[0]).days if window is not None else 1 << 20


def _relation_main_day(
    event: Event, parsed: ParsedArticle, date: DateValue | None, dates: Sequence[DateValue] | None,
    published: dt.date | None,
) -> DateValue | None:
    """The day of the clause an unplaced counted relation hangs on, told before any day of
    the story but the report's own ("A curfew was imposed in the district, two days after
    the killings", "..., a day after clashes claimed eleven lives" where the parse shows
    no clause): a relation counts from the story's last named day (`extract_dates`), here
    the report's, so the event it hangs on (the curfew), later than the one it names, is
    the report's news of that day. None for the relation's own event (the killings, the
    clashes), a relation "before" ("a day before the vote"), or any other date."""
    relation = date if date is not None else event.date
    if relation is None or (distance := relation_distance(relation.text)) is None:
        return None
    sentence = parsed.sentence_at(relation.start)
    span = sentence.span_at(relation.start, relation.end) if sentence is not None and sentence.deep else None
    if span is None or sentence is None or len(span) == 0 or not sentence.start <= event.trigger.start < sentence.end:
        return None
    trigger = _trigger_token(sentence, event)
    word = span[-1]
    # "after"/"before" opens a clause or governs a noun; alone ("the claim a day before")
    # it is an adverb of the main clause, no relation.
    if word.dep_ != "mark" and not any(c.dep_ in ("pobj", "pcomp") for c in word.children):
        return None
    clause = word.head if word.dep_ == "mark" else word
    if trigger is None or trigger.i == clause.i or clause.is_ancestor(trigger):
        return None
    if relation.value or published is None or distance <= 0:
        return None
    told = [d for d in dates or () if d.value and d.precision == "day" and d.end <= relation.start]
    if told and told[-1].value != published.isoformat():
        return None
    return relation.model_copy(update={"value": published.isoformat(), "precision": "day"})


def _stated_date(
    event: Event, parsed: ParsedArticle, dates: Sequence[DateValue] | None, rules: AssembleRules
) -> tuple[DateValue | None, bool]:
    """The date the mention's sentence states for it, and whether it is tied to it.

    Extraction dates a mention with a date of its sentence; where the sentence was
    parsed, the date attached to the trigger's event is taken instead, and a date
    attached to something else is kept only as a fallback (`date_stated` False): the
    narrowest of the sentence's dates.
    Without a parse or the article's dates, the extraction's date stands."""
    if dates is None:
        return event.date, True
    sentence = parsed.sentence_at(event.trigger.start)
    if sentence is None:
        return event.date, True
    in_sentence = [d for d in dates if sentence.start <= d.start and d.end <= sentence.end and d.value]
    trigger = _trigger_token(sentence, event) if sentence.deep else None
    if trigger is None:
        # No parse to tell: the extraction's date, or for an unplaced one ("in a pre-dawn
        # raid on Sunday": "dawn") the nearest date of the sentence with a value.
        if event.date is not None and not event.date.value and in_sentence:
            return min(in_sentence, key=lambda d: abs(d.start - event.trigger.start)), True
        return event.date, True
    # "accused the militia of attacking the village on Thursday": the day of the act charged
    # is neither tied to the accusation (`_stated_for`) nor its fallback (`_charged_act`).
    # "depuis 2013", "since 2015": the day a state began ("en proie à une guerre civile depuis
    # 2013"), never the day of the act told.
    # "the worst riots to hit the country since 2008": a period a superlative compares the
    # act with is no date of it (`_compared_since`).
    in_sentence = [d for d in in_sentence if not _compared_since(sentence, d, rules)]
    # "Trois soldats sont morts lors des combats et un autre a succombé à ses blessures le 27
    # janvier": the day of a death from wounds is neither the fight's nor the wounding's.
    in_sentence = [d for d in in_sentence if not _wound_death_day(sentence, d, rules)]
    # "Cette attaque est intervenue au lendemain d'une autre", "... lundi, deux jours après
    # une attaque similaire": a day told by its distance dates the other act, the one the
    # extraction gave it (`events_fr.article._relation_mark`), never the sentence's other acts.
    in_sentence = [d for d in in_sentence if not (
        told_at_a_distance(d) and (event.date is None or event.date.start != d.start))]
    tied = [d for d in in_sentence if _stated_for(sentence, trigger, d, rules)
            and not _since_date(parsed.text, d, event.trigger.start, rules)
            and not _anchored_apart(sentence, trigger, d, rules.elapsed_prepositions)
            and not (rules.saying_day_not_acts and event.type not in rules.statement_types
                     and _saying_day_of_other(sentence, d, trigger))]
    if not tied:
        # A fallback: the sentence's narrowest date of a month at most (the report's day,
        # "said on Tuesday", lies near the incident; a relative clause's "seized power
        # in 2021" is background), the nearest to the trigger among equals.
        # Not a date after "since"/"before" ("since this crisis began in December"): it
        # dates another event by name; nor one wider than a day in a relative clause on another noun
        # ("against a takeover that took place last month"): it dates that noun's event.
        near = [
            d
            for d in in_sentence
            if _width(d) <= _FALLBACK_DAYS and not _under_anchor(sentence, d, rules.anchor_prepositions)
            and not _in_relative_clause(sentence, d, trigger, rules.person_relative_pronouns)
            and not _dates_coordinated_clause(sentence, d, trigger)
            and not _charged_act(sentence.span_at(d.start, d.end), trigger, rules.charge_prepositions)
            and not _owned_by_noun(sentence, d, trigger)
            and not _anchored_apart(sentence, trigger, d, rules.elapsed_prepositions)
            # "La marche autorisée jusqu'hier ... a été empêchée": the end of a span another
            # word tells (`bounds_a_span`) is no day of the sentence's other acts.
            and not bounds_a_span(parsed.text, d, rules.language)
        ]
        if not near:
            if (event.date is not None and event.date.value and told_at_a_distance(event.date)
                    and not sentence.start <= event.date.start < sentence.end
                    and _names_back(trigger, rules.event_nouns | rules.occasion_nouns)):
                # "Cette attaque est intervenue au lendemain d'une autre ... Au moins six
                # assaillants ont été tués dans cet attentat": the extraction dated the act a
                # later sentence names back ("cet attentat": `_names_back`) by the day counted
                # from the other act's (the relation's day, `told_at_a_distance`); its own
                # sentence tells no day against it: that day stays, a fallback. Not a sentence
                # that names nothing back ("Des renforts seront envoyés dans la zone").
                return event.date, False
            return (event.date, True) if event.date is None or not event.date.value else (None, True)
        # A date told on a verb of saying ("a annoncé mercredi") is the report's day: any
        # other comes first ("Des militaires ont arrêté début mars un journaliste, a annoncé
        # mercredi son employeur"). Among equals, a date that opens the sentence frames all
        # it tells ("Le 14 mai, une colonne a été prise à partie ... dans une attaque, selon
        # un communiqué lu mercredi").
        return min(near, key=lambda d: (_saying_day(sentence, d), _width(d), not _opens(parsed, sentence, d),
                                        abs(d.start - event.trigger.start))), False
    # A date of a clause on the event noun ("the attack carried out on Wednesday"), then one
    # of the trigger's own clause, over one of a clause tied to it.
    described = [
        d
        for d in tied
        if _own_clause(sentence, trigger, d, rules.event_relative_pronouns, rules.reporting_verbs) == 2
    ]
    own = [d for d in tied if _own_clause(sentence, trigger, d)]
    tied = described or own or tied
    if event.date is not None and any(d.start == event.date.start for d in tied):
        return event.date, True
    return min(tied, key=lambda d: abs(d.start - event.trigger.start)), True


def _names_back(trigger: Token, act_nouns: frozenset[str]) -> bool:
    """The trigger's sentence names an act back by a demonstrative ("cet attentat", "cette
    embuscade", "that assault"): a noun of an act or an occasion (`act_nouns`: the rules'
    `event_nouns` and `occasion_nouns`) with a demonstrative determiner (the parse's
    `PronType=Dem`). Not another thing so named ("dans cette zone", "selon ce communiqué")."""
    return any(
        token.dep_ == "det" and "Dem" in token.morph.get("PronType", []) and token.head.pos_ == "NOUN"
        and token.head.lemma_.casefold() in act_nouns
        for token in trigger.sent
    )


def _compared_since(sentence: ParsedSentence, date: DateValue, rules: AssembleRules) -> bool:
    """A "since" date a superlative shortly before compares an act with ("the deadliest
    attack since 2015", "the worst riots ... since 2008"; `_superlative_before`)."""
    span = sentence.span_at(date.start, date.end)
    if span is None or not len(span):
        return False
    since = span[0] if span[0].lower_ in rules.since_words else (
        span.doc[span.start - 1] if span.start > 0 and span.doc[span.start - 1].lower_ in rules.since_words else None)
    # Within the phrase the superlative opens, however long ("the worst riots to hit the
    # southern Africa country of 23-million people since 2008").
    return since is not None and _superlative_before(since, reach=16, within_phrase=True)


# Words that may stand between a noun of wounds and the day told on the death ("à ses
# blessures graves dimanche"): no clause, list or phrase of its own in between.
_WOUND_DAY_GAP_POS = frozenset({"DET", "ADJ"})


def _wound_death_day(sentence: ParsedSentence, date: DateValue, rules: AssembleRules) -> bool:
    """The date is told on a death from wounds (`wound_nouns` after a verb of `die_verbs`,
    directly or through "des suites de"): between the verb and its wounds ("est décédé
    dimanche de ses blessures") or right after the wounds ("a succombé à ses blessures le 27
    janvier", "décédé de ses blessures dimanche"). Read on the words, not the parse's tree,
    which often hangs such a day on the sentence's first verb."""
    if not rules.wound_nouns or not sentence.deep:
        return False
    span = sentence.span_at(date.start, date.end)
    if span is None or not len(span):
        return False
    doc = span.doc
    for wound in doc:
        if wound.lemma_.casefold() not in rules.wound_nouns and wound.lower_ not in rules.wound_nouns:
            continue
        # up through nouns only: "des suites de ses blessures", or a day the parse hung them on
        # ("décédé mercredi des suites de ses blessures")
        verb = wound.head
        for _ in range(3):
            if verb.lemma_.casefold() in rules.die_verbs or verb.pos_ not in ("NOUN", "PROPN", "NUM") \
                    or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.lemma_.casefold() not in rules.die_verbs or not verb.i < wound.i:
            continue
        if verb.i < span.start and span.end <= wound.i:
            return True
        gap = doc[wound.i + 1:span.start]
        if wound.i < span.start and len(gap) <= 2 and all(t.pos_ in _WOUND_DAY_GAP_POS for t in gap):
            return True
    return False


def _since_date(text: str, date: DateValue, trigger_start: int, rules: AssembleRules) -> bool:
    """The date follows a word of `since_words` ("depuis 2013", "since last year"), and the
    trigger is not told in a clause that date opens (`since_clause_openers`: "depuis 2013,
    quand une coalition a renversé le président": that year is the overthrow's)."""
    if not opens_a_span(text, date, rules.since_words):
        return False
    if date.end > trigger_start:
        return True
    opener = text[date.end : trigger_start].lstrip(" ,").split(maxsplit=1)
    return not (opener and opener[0].strip(",;").casefold() in rules.since_clause_openers)


def _said_on(parsed: ParsedArticle, date: DateValue | None) -> bool:
    """The date is a day told on a verb of saying (`_saying_day`)."""
    if date is None or not date.value or date.precision != "day":
        return False
    sentence = parsed.sentence_at(date.start)
    return sentence is not None and sentence.deep and _saying_day(sentence, date)


def _saying_day_of_other(sentence: ParsedSentence, date: DateValue, trigger: Token) -> bool:
    """The date is told on a verb of saying (`speech_day`) other than the trigger: the
    day of that statement, not of the act the trigger tells. Not where the trigger is that
    verb's object ("announced the blockade last week", "declared a curfew on Friday"):
    the saying enacts it."""
    span = sentence.span_at(date.start, date.end)
    if span is None or len(span) == 0:
        return False
    speaker = speech_day(span)
    if speaker is None or speaker.i == trigger.i:
        return False
    return not (trigger.head.i == speaker.i and trigger.dep_ in ("dobj", "obj"))


def _saying_day(sentence: ParsedSentence, date: DateValue) -> bool:
    """The date is told on a verb of saying, the report's day (`speech_day`)."""
    span = sentence.span_at(date.start, date.end)
    return span is not None and len(span) > 0 and speech_day(span) is not None


def _occurrence_date(
    event: Event,
    parsed: ParsedArticle,
    dates: Sequence[DateValue] | None,
    trigger_starts: frozenset[int],
    rules: AssembleRules,
) -> tuple[DateValue, bool] | None:
    """The date of the sentence after the mention's when that sentence only says when
    what was just told happened: it holds an occurrence verb ("took place", "happened",
    "a eu lieu", "s'est produit": `occurrence_verbs` of temporal.yaml), no event of its
    own ("The incident took place on Sunday afternoon", "L'opération s'est déroulée
    dimanche") and one date, of three days at most. For a mention its own sentence does
    not date, or dates only by a date not tied to it (the report's "said on Tuesday")."""
    if dates is None or rules.occurrence_pattern is None:
        return None
    sentence = parsed.sentence_at(event.trigger.start)
    if sentence is None:
        return None
    following = parsed.sentence_at(sentence.end) or parsed.sentence_at(sentence.end + 1)
    if following is None or following.start < sentence.end:
        return None
    if any(following.start <= start < following.end for start in trigger_starts):
        return None
    if not rules.occurrence_pattern.search(parsed.text[following.start : following.end]):
        return None
    in_sentence = [d for d in dates if following.start <= d.start and d.end <= following.end and d.value]
    if len(in_sentence) != 1 or _width(in_sentence[0]) > 2:
        return None
    return in_sentence[0], True


def _anaphor_copula_date(
    event: Event,
    parsed: ParsedArticle,
    dates: Sequence[DateValue] | None,
    rules: AssembleRules,
) -> tuple[DateValue, bool] | None:
    """The day of a later sentence that names what was just told by a definite noun, subject
    of a copula or a verb that weighs it, and dates it ("The incident on Wednesday was the
    first such attack in months", "The attack Sunday afternoon was the deadliest this
    year", "The bombing on Monday came a week after ..."): the sentence opens on a
    determiner (`anaphor_determiners`) and one of `anaphor_subject_nouns` (one word between at
    most), then the date (after one of `anaphor_date_openers` at most), of two days at most, then
    one of `anaphor_copulas` (temporal.yaml); the sentences
    between (at most one) undated. For a mention its own sentence does not date, or dates
    only by a date not tied to it. Read on the words: such a sentence tells no event and
    is seldom parsed."""
    pattern = _anaphor_copula_pattern(rules.anaphor_determiners, rules.anaphor_subject_nouns, rules.anaphor_copulas,
                                      rules.anaphor_date_openers)
    if dates is None or pattern is None:
        return None
    sentence = parsed.sentence_at(event.trigger.start)
    if sentence is None:
        return None
    for index in range(sentence.index + 1, min(sentence.index + 3, len(parsed.sentences))):
        later = parsed.sentences[index]
        in_sentence = [d for d in dates if later.start <= d.start and d.end <= later.end and d.value]
        if not in_sentence:
            continue
        first = in_sentence[0]
        if _width(first) > 2:
            return None
        before = parsed.text[later.start : first.start]
        after = parsed.text[first.end : later.end]
        if pattern[0].fullmatch(before) and pattern[1].match(after):
            return first, True
        return None
    return None


@lru_cache(maxsize=8)
def _anaphor_copula_pattern(
    determiners: frozenset[str], nouns: frozenset[str], copulas: frozenset[str], openers: frozenset[str]
) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """What comes before and after the date in `_anaphor_copula_date`."""
    if not determiners or not nouns or not copulas:
        return None
    determiner = "|".join(re.escape(d) for d in sorted(determiners, key=len, reverse=True))
    noun = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    copula = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in sorted(copulas, key=len, reverse=True))
    opener = "|".join(rf"{re.escape(o)}\s+" for o in sorted(openers))
    before = re.compile(rf"\W*(?:{determiner})\s+(?:[\w-]+\s+)?(?:{noun})\s+(?:{opener})?", re.IGNORECASE)
    after = re.compile(rf",?\s+(?:{copula})\b", re.IGNORECASE)
    return before, after


def _setting_date(
    event: Event,
    parsed: ParsedArticle,
    dates: Sequence[DateValue] | None,
    trigger_starts: frozenset[int],
) -> tuple[DateValue, bool] | None:
    """A fallback day for a mention its own sentence does not date at all: the day of the
    sentence just before when that sentence tells no event of its own and closes on its
    day, setting the scene of what follows ("Le culte touchait à sa fin quand des hommes
    armés ont surgi dans l'église, le 28 avril. Ils ont tiré sur le pasteur ...", "La
    deuxième s'était produite à Porga dans la nuit du 1er décembre. Une position de l'armée
    avait été attaquée ..."): its dates all name one day or night (two days at most). Not a
    day told on a verb of saying, in a quotation or on a title line. (Measured: a day that
    opens that sentence instead, "Le lendemain, mardi 26 août, tout a basculé.", cost the
    French score half a complete incident; any such day, two.)"""
    if dates is None:
        return None
    sentence = parsed.sentence_at(event.trigger.start)
    if sentence is None:
        return None
    if sentence.index == 0:
        return None
    previous = parsed.sentences[sentence.index - 1]
    if any(previous.start <= start < previous.end for start in trigger_starts):
        return None
    in_sentence = [d for d in dates if previous.start <= d.start and d.end <= previous.end and d.value]
    if not in_sentence or len({d.value for d in in_sentence}) != 1 or _width(in_sentence[0]) > 2:
        return None
    # Not a day told on a verb of saying ("a indiqué lundi"), nor one a quotation tells.
    if any((previous.deep and _saying_day(previous, d)) or _QUOTE_OPEN.search(parsed.text[previous.start : d.start])
           or title_line(parsed.text, d.start) for d in in_sentence):
        return None
    if parsed.text[in_sentence[-1].end : previous.end].strip(" ."):
        return None
    return in_sentence[-1], False


def _detail_date(
    event: Event,
    parsed: ParsedArticle,
    dates: Sequence[DateValue] | None,
    trigger_starts: frozenset[int],
    said: DateValue,
) -> tuple[DateValue, bool] | None:
    """A fallback day for a mention its sentence dates only by the day it was told ("Dix
    personnes ont été tuées dans le nord, rapporte la police vendredi. Des coups de feu ont
    été entendus jeudi dans la ville ..."): the one day of the next sentence when that
    sentence tells no event of its own, that day not told on a verb of saying nor in a
    quotation, and it falls within the week up to the saying's day: the lead's act, told
    in detail."""
    if dates is None:
        return None
    sentence = parsed.sentence_at(event.trigger.start)
    window = value_window(said)
    if sentence is None or window is None or sentence.index + 1 >= len(parsed.sentences):
        return None
    following = parsed.sentences[sentence.index + 1]
    if any(following.start <= start < following.end for start in trigger_starts):
        return None
    in_sentence = [d for d in dates if following.start <= d.start and d.end <= following.end and d.value]
    if not in_sentence or len({d.value for d in in_sentence}) != 1 or _width(in_sentence[0]) > 1:
        return None
    day = value_window(in_sentence[0])
    if day is None or not 0 < (window[0] - day[0]).days <= _REPORT_RECENT_DAYS:
        return None
    if any((following.deep and _saying_day(following, d)) or _QUOTE_OPEN.search(parsed.text[following.start : d.start])
           for d in in_sentence):
        return None
    return in_sentence[0], False


_QUOTE_OPEN = re.compile(r"[«\"“]")


def _dates_coordinated_clause(sentence: ParsedSentence, date: DateValue, trigger: Token) -> bool:
    """The date opens a coordinated clause (`_coordinated_clause`) that does not hold the
    trigger: it dates that clause's event, not the trigger's ("were arrested and, on
    Thursday, the hostages were freed"). One whose clause holds the trigger ("but a few
    days ago it announced that it had used drones") dates the telling, near the act."""
    span = sentence.span_at(date.start, date.end)
    if span is None or len(span) == 0 or (clause := _coordinated_clause(span)) is None:
        return False
    return not clause.left_edge.i <= trigger.i <= clause.right_edge.i


def _opens(parsed: ParsedArticle, sentence: ParsedSentence, date: DateValue) -> bool:
    """The date opens its sentence: at most one word before it, quotation marks and
    punctuation aside ("On Sunday, ...", "« Le 14 mai, ...")."""
    before = [w for w in parsed.text[sentence.start : date.start].split() if any(c.isalnum() for c in w)]
    return len(before) <= 1 and all(w.isalpha() for w in before)


def _in_relative_clause(
    sentence: ParsedSentence, date: DateValue, trigger: Token, person_pronouns: frozenset[str] = frozenset()
) -> bool:
    """The date is wider than a day and sits in a relative clause on another noun than the
    trigger, one that does not hold it: it tells when what that noun names happened
    ("protests against a takeover that took place last month"), background to the act.
    A day stays a fallback: "killed five in an operation that began on Monday" tells the
    act's frame, near it in time."""
    span = sentence.span_at(date.start, date.end)
    if span is None or len(span) == 0:
        return False
    if _width(date) < 1 and not person_pronouns:
        return False
    node = span.root
    for _ in range(12):
        if node.dep_ in _RELATIVE_DEPS:
            elsewhere = node.head.i != trigger.i and not node.left_edge.i <= trigger.i <= node.right_edge.i
            # A day stays a fallback, except in a clause on someone ("who took power ...").
            return elsewhere and (_width(date) >= 1 or any(
                c.dep_ in _SUBJECT_DEPS and c.lower_ in person_pronouns for c in node.children))
        if node.head.i == node.i:
            return False
        node = node.head
    return False


# An act told as the cause of what followed is background where it is this old (`_old_cause`).
_CAUSE_AGE_DAYS = 90


def _old_cause(event: Event, parsed: ParsedArticle, rules: AssembleRules) -> bool:
    """The trigger is what a preposition or clause marker of what came before
    (`cause_prepositions`) introduces: its object ("gathered pace in 2017 after a government
    crackdown"), a clause on that object ("after an uprising toppled Gadhafi in 2011"), or the
    clause it marks, the trigger its verb or subject ("after fighting reignited in 2016").
    The caller asks it only of a date more than `_CAUSE_AGE_DAYS` days before the report."""
    if not rules.cause_prepositions:
        return False
    sentence = parsed.sentence_at(event.trigger.start)
    token = _trigger_token(sentence, event) if sentence is not None else None
    if token is None:
        return False
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ in ("acl", "relcl") and _is_noun(token.head):
        token = token.head
    if token.dep_ in _SUBJECT_DEPS and token.head.i != token.i:
        token = token.head
    if token.dep_ == "pobj":
        return token.head.lower_ in rules.cause_prepositions
    return token.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in rules.cause_prepositions for c in token.children)


def _described_past(
    event: Event, parsed: ParsedArticle, date: DateValue | None, trigger_starts: frozenset[int], rules: AssembleRules
) -> bool:
    """The mention is what a relative clause tells a participant did, at the date the clause
    states: the clause hangs on a noun that is no event mention, its subject is a relative
    pronoun for that noun (`participant_relative_pronouns`), and the trigger is the clause's
    verb ("the junta, which seized power in 2021") or an event noun reached from it through
    objects and prepositions only ("the government, which came to power in a coup in 2022").
    The caller asks it only of a date that ends well before the report: the clause then
    describes who the participant is, background to the report's events. Not a clause on
    an event noun ("the attack that killed 20 in 2019" tells the event), nor a passive one
    on its victims ("Zahedi, who was killed in a strike in April"), nor an act nested in a
    clause of its own under the relative one ("which took the town after capturing it")."""
    if date is None or not rules.participant_relative_pronouns:
        return False
    sentence = parsed.sentence_at(event.trigger.start)
    if sentence is None:
        return False
    token = _trigger_token(sentence, event)
    if token is None:
        return False
    clause = token
    for _ in range(4):
        if clause.dep_ in _RELATIVE_DEPS or clause.dep_ not in _REACHING_DEPS or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause.dep_ not in _RELATIVE_DEPS:
        return False
    antecedent = clause.head
    if antecedent.pos_ not in ("NOUN", "PROPN") or sentence.start + antecedent.idx in trigger_starts:
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in rules.participant_relative_pronouns for c in clause.children):
        return False
    span = sentence.span_at(date.start, date.end)
    return span is not None and len(span) > 0 and clause.left_edge.i <= span.root.i <= clause.right_edge.i


def _charged_act(span: DocSpan | None, trigger: Token, prepositions: frozenset[str]) -> bool:
    """The date sits in a gerund clause under a preposition on the trigger
    (`charge_prepositions`): "accused the militia of attacking the village on Thursday",
    "blamed the army for shelling the market on Monday". It tells when the act charged
    happened, not when the charge was made (the report's day): neither the trigger's date
    nor its fallback."""
    if not prepositions or span is None or len(span) == 0:
        return False
    node = span.root
    for _ in range(12):
        if node.i == trigger.i or node.head.i == node.i:
            return False
        if node.dep_ == "pcomp" and node.pos_ == "VERB" and node.head.lower_ in prepositions:
            return _on_trigger_object(node.head, trigger)
        node = node.head
    return False


# The links from a preposition up to the trigger that stay within its object ("accused
# members of militias known as Janjaweed of attacking": the parse may hang "of attacking"
# on a word of the object), never across another clause.
_OBJECT_LINKS = frozenset({"prep", "pobj", "dobj", "acl", "appos", "compound", "amod"})


def _on_trigger_object(preposition: Token, trigger: Token) -> bool:
    node = preposition
    for _ in range(8):
        if node.dep_ not in _OBJECT_LINKS or node.head.i == node.i:
            return False
        node = node.head
        if node.i == trigger.i:
            return True
    return False


def _anchored_apart(sentence: ParsedSentence, trigger: Token, date: DateValue, anchors: frozenset[str]) -> bool:
    """The act sits in a phrase or clause an anchor introduces (`elapsed_prepositions`) and the
    date outside it ("the first such rally on Sunday since the army seized power", "for the first
    time since the coup"): the date is the governing clause's, and the act lies before it."""
    node = trigger
    for _ in range(12):
        anchored = None
        if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.lower_ in anchors:
            anchored = node.head
        elif any(c.dep_ == "mark" and c.lower_ in anchors for c in node.children):
            anchored = node
        if anchored is not None:
            span = sentence.span_at(date.start, date.end)
            if span is None or len(span) == 0:
                return False
            return not anchored.left_edge.i <= span.root.i <= anchored.right_edge.i
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _under_anchor(sentence: ParsedSentence, date: DateValue, anchors: frozenset[str]) -> bool:
    """The date sits in a phrase or clause introduced by an anchor ("since", "before")."""
    span = sentence.span_at(date.start, date.end)
    if span is None or len(span) == 0:
        return False
    node = span.root
    for _ in range(12):
        if node.lower_ in anchors and node.dep_ in ("prep", "mark"):
            return True
        if any(c.dep_ == "mark" and c.lower_ in anchors for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _best_actor(members: list[_Mention], role: str) -> tuple[Actor | None, str | None]:
    """One with a country over one without (a place or building named as the target, "the
    Ambassador Hotel", has none), then a named actor over a generic one ("JNIM" over
    "gunmen"), then one with a sector."""
    known = [
        (getattr(m.event, role), m)
        for m in members
        if getattr(m.event, role) is not None and not m.facts.borrowed_roles
    ]
    if not known:
        return None, None
    # A side named by the order of a "between" phrase only where no mention says who acted.
    # A country given only by a place the sentence does not name (`_Mention.place_inherited`)
    # after one the text ties to the act.
    actor, mention = max(
        known,
        key=lambda am: (not am[1].facts.mutual, am[0].country is not None,
                        not (am[1].place_inherited and am[0].name is None), am[0].name is not None,
                        am[0].type is not None, -am[1].position),
    )
    return actor, mention.event.id
