"""Place lists and tallies: a mention naming several places ("in Kano, Kaduna and Zamfara") or a
tally per place ("five in X and three in Y") split into one mention per place (`split_place_lists`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from spacy.tokens import Token

from tessera.assemble.mentions import (
    _clause_head,
    _trigger_token,
    _whole,
)
from tessera.assemble.rules import (
    AssembleRules,
    default_assemble_rules,
)
from tessera.extraction.places import (
    dateline_span,
    place_of_entry,
)
from tessera.parse import ParsedArticle, ParsedSentence
from tessera.records import (
    FEATURE_PRECISION,
    DateValue,
    Event,
    Place,
    geo_precision,
    make_id,
)
from tessera.resolve.gazetteer import Gazetteer


def split_place_lists(
    events: Sequence[Event],
    parsed: ParsedArticle,
    places: Iterable[Place],
    rules: AssembleRules | None = None,
    gazetteer: Gazetteer | None = None,
    dates: Iterable[DateValue] = (),
) -> list[Event]:
    """The mentions, each act told of a list of places made one mention per place.

    "Protests broke out in Kano, Kaduna and Abuja", "gunmen attacked police stations in the
    municipalities of Suarez, Mondomo and Cajibio", "a curfew was imposed in Bishnupur and
    Thoubal districts": the dev sets' annotation counts one incident per listed town or
    district ("one PROTEST per town", "each district's curfew its own COERCE"), while the
    events stage gives the mention one place, the list's first, and the other towns are
    lost. A copy of the mention for each other place (its own id, the rest unchanged)
    lets assembly keep them apart, as it keeps places named apart (`_one_place`).
    Kept whole: a list whose places differ in precision or country, a route ("between X
    and Y"), a list not tied to the act as its object or oblique, an act of
    `place_list_whole_types`, and a sentence that states a toll (one figure for the list
    is one incident: copying it would count the dead again). Run before assembly, on the
    mentions the document keeps, so every incident's mentions stay traceable.
    A listed name the places stage did not take (the recogniser often drops the small
    towns of a long list: "in Imphal East, Bishnupur, Thoubal and Kakching districts") is
    read from `gazetteer` (the pipeline's), in the country and at the precision of the
    mention's own place: the list itself says what kind of place it names. `dates` (the dates
    stage's) mark the words that tell a date: no clause of their own in a toll list, whatever
    the parse tags them ("quatre à X jeudi et onze à Y", `_tally_sequence`)."""
    rules = rules or default_assemble_rules()
    date_spans = [(d.start, d.end) for d in dates]
    if not rules.place_list_deps:
        return list(events)
    dateline = dateline_span(parsed.text)
    sentence_places = _places_by_sentence(places, parsed, dateline)
    # Sentences that state a toll for any of their acts: a list there shares that figure.
    tolled = {
        sentence.index
        for sentence in (parsed.sentence_at(e.trigger.start) for e in events if e.fatalities is not None)
        if sentence is not None
    }
    result: list[Event] = []
    for event in events:
        result.append(event)
        sentence = parsed.sentence_at(event.trigger.start)
        if sentence is None:
            continue
        listed = sentence_places.get(sentence.index, ())
        own, tallies, parted = _gapped_tallies(event, sentence, listed, rules, gazetteer)
        if not tallies and rules.gapped_tally_sequence:
            own, tallies, parted = _tally_sequence(event, sentence, listed, rules, gazetteer, date_spans)
        if own is not None and (
            (tallies and event.fatalities == own + sum(c or 0 for _, c in tallies))
            or (parted and event.fatalities is not None and event.fatalities > own)
        ):
            # The events stage summed the list ("four ... and three others died": 7), or gave
            # the mention the whole a list parts by place: its own count.
            result[-1] = event.model_copy(update={"fatalities": own})
        for place, count in tallies:
            update: dict[str, Any] = {"id": make_id(event.id, place.start, prefix="ev-"), "location": place}
            if event.fatalities is not None:
                update["fatalities"] = count
            elif event.injuries is not None:
                update["injuries"] = count
            result.append(event.model_copy(update=update))
        if sentence.index in tolled:
            continue
        listed = _listed_places(event, sentence, sentence_places.get(sentence.index, ()), rules, gazetteer)
        for place in listed:
            if event.location is not None and not _one_place(place, event.location):
                copy_id = make_id(event.id, place.start, prefix="ev-")
                result.append(event.model_copy(update={"id": copy_id, "location": place}))
    return result


def _listed_places(
    event: Event,
    sentence: ParsedSentence,
    places: Sequence[Place],
    rules: AssembleRules,
    gazetteer: Gazetteer | None = None,
) -> list[Place]:
    """The places coordinated with the mention's own place, its own among them, when the
    list is the act's object or oblique and its places are alike; else none."""
    location = event.location
    if location is None or event.type in rules.place_list_whole_types:
        return []
    if not sentence.start <= location.start < sentence.end:
        return []
    precision = geo_precision(location)
    if precision not in rules.place_list_precisions:
        return []
    trigger = _trigger_token(sentence, event)
    span = sentence.span_at(location.start, location.end)
    if trigger is None or span is None or len(span) == 0:
        return []
    first = span.root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    members = {first.i, *(t.i for t in first.conjuncts)} | _named_members(first, rules)
    if not _governed_by(first, trigger, rules):
        return []
    members |= _chained_places(sentence, location, places, trigger, rules, gazetteer)
    if len(members) < 2:
        return []
    listed: list[Place] = []
    covered: set[int] = set()
    for place in places:
        place_span = sentence.span_at(place.start, place.end)
        if place_span is None or len(place_span) == 0:
            continue
        covered.update(t.i for t in place_span)
        if (
            any(t.i in members for t in place_span)
            and place.role is None
            and geo_precision(place) == precision
            and place.country == location.country
        ):
            listed.append(place)
    if gazetteer is not None:
        for i in sorted(members - covered):
            found = _listed_name(sentence, sentence.doc[i], location, gazetteer, rules.place_list_lone_orgs)
            if found is not None:
                listed.append(found)
    kept: list[Place] = []
    for place in sorted(listed, key=lambda p: p.start):
        if not any(_one_place(place, other) for other in kept):
            kept.append(place)
    return kept if len(kept) > 1 and any(_one_place(p, location) for p in kept) else []


def _named_members(first: Token, rules: AssembleRules) -> set[int]:
    """The names a list of common nouns of places holds, one each: "in the town of Kisumu and
    the town of Siaya" (the parse coordinates the two "town"s, each holding its name through
    "of"), "in the capital Nairobi and the port city of Mombasa" (the name's conjunct is the
    second noun, holding its own). `first` is the list's first name; its noun is the common
    noun it is apposed to or that holds it through a preposition of
    `place_list_name_prepositions`. Each conjunct of that noun or of the name that is a noun
    of a kind of place (`place_list_kind_nouns`: not "the governor of Kisumu") gives the
    name apposed to it or held through such a preposition. French hangs the name from its
    noun as an `nmod` whose case marker is the preposition ("la ville de Kankan et la ville de
    Siguiri"), and after an aside from the noun or from the word the noun hangs from ("les
    villes de Kindia, au sud, et de Mamou")."""
    if not rules.place_list_name_prepositions:
        return set()

    def held(name: Token) -> bool:
        # French hangs the name from the noun, the preposition its case marker ("la ville de X").
        return name.pos_ == "PROPN" and any(
            c.dep_ == "case" and c.lemma_.casefold() in rules.place_list_name_prepositions for c in name.children)

    nouns = [first, *first.conjuncts]
    # (The place's span may be the noun with its name: "the capital Nairobi", whose name
    # the parse coordinates with "the port city".)
    nouns += [c for t in first.children if t.dep_ == "appos" and t.pos_ == "PROPN" for c in t.conjuncts]
    holder = None
    if first.dep_ == "appos" and first.head.pos_ == "NOUN":
        holder = first.head
    elif (first.dep_ == "pobj" and first.head.lemma_.casefold() in rules.place_list_name_prepositions
          and first.head.head.pos_ == "NOUN" and first.head.head.i != first.head.i):
        holder = first.head.head
    elif first.dep_ == "nmod" and held(first) and first.head.pos_ == "NOUN" and first.head.i != first.i:
        holder = first.head
    named: set[int] = set()
    if holder is not None:
        while holder.dep_ == "conj" and holder.head.i != holder.i and holder.head.pos_ == "NOUN":
            holder = holder.head
        nouns += [holder, *holder.conjuncts]
        if holder.lemma_.casefold() in rules.place_list_kind_nouns:
            # "dans les villes de X, au nord, et de Y": the French parse hangs the name after
            # the aside, with its own "de", from the noun or from the word the noun hangs from.
            named.update(t.i for t in holder.head.children if t.i > first.i and t.dep_ == "conj" and held(t))
            named.update(t.i for t in holder.children if t.i > first.i and t.dep_ == "conj" and held(t))
    for noun in nouns:
        if noun.pos_ != "NOUN" or noun.lemma_.casefold() not in rules.place_list_kind_nouns:
            continue
        for child in noun.children:
            if (child.dep_ == "appos" and child.pos_ == "PROPN") or (child.dep_ == "nmod" and held(child)):
                named.add(child.i)
            elif child.dep_ == "prep" and child.lemma_.casefold() in rules.place_list_name_prepositions:
                named.update(t.i for t in child.children if t.dep_ == "pobj" and t.pos_ == "PROPN")
    return named


class _Link(NamedTuple):
    """A name of a list read in the order of the words (`_chained_places`): its offsets, and
    whether the places stage did not take it (a name only, which the gazetteer must know)."""

    start: int
    end: int
    name_only: bool = False


def _chained_places(
    sentence: ParsedSentence,
    location: Place,
    places: Sequence[Place],
    trigger: Token,
    rules: AssembleRules,
    gazetteer: Gazetteer | None = None,
) -> set[int]:
    """The head tokens of the places listed one after another with the mention's own place
    where the parse does not coordinate them ("à Bouaké, à Daloa et à Korhogo"): between two
    neighbours only separators (`place_list_chain_separators`, one at least) and then at most
    one preposition (`place_list_chain_prepositions`), each place tied to the act as the list
    is (`_governed_by`). With `place_list_chain_names`, a capitalised name the places stage
    did not take is a link too, where the gazetteer knows it in the list's country and
    precision (`_listed_name`); one it does not know ends the chain ("à Nouakchott, Mohamed
    et Kaédi" lists no Kaédi)."""
    if not rules.place_list_chain_separators:
        return set()
    spans = [(p.start, p.end, False) for p in places if sentence.start <= p.start and p.end <= sentence.end]
    covered = {i for start, end, _ in spans for i in range(start, end)}
    for token in sentence.tokens if rules.place_list_chain_names and gazetteer is not None else ():
        # A name the places stage did not take (the recogniser drops small towns of a list:
        # "à Nouakchott, Rosso et Kaédi") is a link of the chain too; the gazetteer decides
        # whether it is a place (`_listed_name`, as for the parse's conjuncts).
        if token.pos_ == "PROPN" and token.is_title and token.dep_ not in ("flat:name", "compound"):
            words = [t for t in token.lefts if t.dep_ == "compound"] + [token]
            words += [t for t in token.rights if t.dep_ == "flat:name"]
            start, end = sentence.offsets(words[0])[0], sentence.offsets(words[-1])[1]
            if not covered.intersection(range(start, end)):
                spans.append((start, end, True))
    ordered = [_Link(start, end, name_only) for start, end, name_only in sorted(spans)]
    at = next((k for k, p in enumerate(ordered) if p.start == location.start), None)
    if at is None:
        return set()
    text = sentence.text

    def chained(before: _Link, after: _Link) -> bool:
        words = re.findall(r",|[^\s,]+", text[before.end - sentence.start : after.start - sentence.start].casefold())
        seps = 0
        while seps < len(words) and words[seps] in rules.place_list_chain_separators:
            seps += 1
        rest = words[seps:]
        return seps > 0 and (not rest or (len(rest) == 1 and rest[0] in rules.place_list_chain_prepositions))

    found: set[int] = set()
    for step in (1, -1):
        k = at
        while 0 <= k + step < len(ordered):
            before, after = (ordered[k], ordered[k + step]) if step == 1 else (ordered[k + step], ordered[k])
            if not chained(before, after):
                break
            k += step
            span = sentence.span_at(ordered[k].start, ordered[k].end)
            if span is None or len(span) == 0 or not _governed_by(span.root, trigger, rules):
                break
            if ordered[k].name_only and (
                gazetteer is None
                or _listed_name(sentence, span.root, location, gazetteer, rules.place_list_lone_orgs) is None
            ):
                break
            found.add(span.root.i)
    return found


def _counted_clause(
    event: Event, sentence: ParsedSentence, rules: AssembleRules, *, noun_subject: bool
) -> tuple[Place, Token, Token] | None:
    """The mention's own place, the verb of its toll list and the verb's own count
    (its numeral, `gapped_count_deps`: "Four were killed"), where the mention is placed in its sentence;
    with `noun_subject`, a trigger noun that is the subject of the verb that counts ("Bandit
    attacks killed four villagers in X and three in Y") gives that verb."""
    own = event.location
    if own is None or not sentence.start <= own.start < sentence.end:
        return None
    trigger = _trigger_token(sentence, event)
    if trigger is None:
        return None
    if trigger.pos_ not in ("VERB", "AUX"):
        if not noun_subject or trigger.dep_ not in rules.gapped_count_deps or trigger.head.pos_ not in ("VERB", "AUX"):
            return None
        trigger = trigger.head
    own_number = next((n for c in trigger.children if c.dep_ in rules.gapped_count_deps
                       for n in [_count_of(c)] if n is not None), None)
    return None if own_number is None else (own, trigger, own_number)


def _gapped_tallies(
    event: Event,
    sentence: ParsedSentence,
    places: Sequence[Place],
    rules: AssembleRules,
    gazetteer: Gazetteer | None = None,
) -> tuple[int | None, list[tuple[Place, int | None]], bool]:
    """The other places of a toll list told with one verb, each with its own count: "Four
    were killed in Kano and three in Kaduna", "Two officers died in X, one in Y and three
    in Z". The parse hangs each verbless conjunct ("three in Kaduna") from the verb, from
    the first place or from the conjunct before it (`gapped_tally_deps`); one that counts
    people (a number, or a noun it counts: "three others") and names a place of its own
    (`gapped_tally_prepositions`) tells an incident of its own, when the verb's own clause
    is counted too (`gapped_count_deps`: "Four were killed") and names the mention's place.
    A conjunct with a verb of its own is a clause of its own (the events stage reads it);
    a place like the mention's own, or one already listed, adds nothing. Returns the verb's
    own count with the places and counts of the others; where the list parts the verb's
    count and names the mention's own place ("killed 15 people, four in X and eleven in Y",
    the mention at X), that part's count instead, and True."""
    counted = _counted_clause(event, sentence, rules, noun_subject=True) if rules.gapped_tally_deps else None
    if counted is None:
        return None, [], False
    own, trigger, own_number = counted
    found: list[tuple[Place, int | None]] = []
    own_part: int | None = None
    for token in trigger.subtree:
        if token.i == trigger.i:
            continue
        if token.lemma_.casefold() in rules.die_verbs and token.head.i == trigger.i and token.dep_ in ("conj", "advcl"):
            # A coordinated clause of dying ("..., while three others died in Y"): no trigger
            # of the events stage, its count and place are an incident of its own.
            number = next((n for c in token.children if c.dep_ in rules.gapped_count_deps
                           for n in [_count_of(c)] if n is not None), None)
        elif _tally_part(token, rules) and _gapped_from(token, trigger, rules):
            number = _count_of(token)
        else:
            continue
        if number is None:
            continue
        place = _tally_place(token, sentence, places, own, rules, gazetteer)
        if place is not None and _one_place(place, own) and own_part is None:
            own_part = _whole(number)  # "killed 15 people, four in X and eleven in Y" (at X)
            continue
        if place is None or _one_place(place, own) or any(_one_place(place, p) for p, _ in found):
            continue
        found.append((place, _whole(number)))
    return _own_count(_whole(own_number), own_part, found)


def _tally_sequence(
    event: Event,
    sentence: ParsedSentence,
    places: Sequence[Place],
    rules: AssembleRules,
    gazetteer: Gazetteer | None = None,
    date_spans: Sequence[tuple[int, int]] = (),
) -> tuple[int | None, list[tuple[Place, int | None]], bool]:
    """`_gapped_tallies` read in the order of the words, for a parse that hangs a toll list's
    verbless conjuncts from any word of the one before (French: "Trois manifestants ont été
    tués à Hamdallaye, deux à Lambanyi et un à Matam", "six tuées à X, deux tuées à Y"): after
    the verb, each separator followed by a count, then only filler words or the verb again
    ("deux autres", "deux tuées"), then a preposition of `gapped_tally_prepositions` and a place
    (from the places stage, else the gazetteer like the mention's own) before the next
    separator. The verb's own subject or object must be counted ("Trois manifestants") and
    its own place named in the sentence; another verb ends the list (a clause of its own),
    not a word of a date the dates stage found (`date_spans`: "jeudi", which the small
    French model often tags a verb).
    A list that parts the verb's count ("ont tué quinze personnes, quatre à X et onze à Y",
    "dix-huit tués dont quatre à X et six à Y": a separator may be a share opener) gives
    the mention at a listed place that place's part, not the whole; the third value says so."""
    counted = _counted_clause(event, sentence, rules, noun_subject=False)
    if counted is None:
        return None, [], False
    own, trigger, own_number = counted
    doc = sentence.doc
    end = len(doc)

    def again(token: Token) -> bool:
        return (token.lower_ in rules.tally_filler_words or token.lemma_ == trigger.lemma_
                or token.lower_ == trigger.lower_ or token.lemma_.casefold() in rules.die_verbs)

    def next_separator(i: int) -> int:
        return next((j for j in range(i, end) if doc[j].lower_ in rules.tally_separators), end)

    found: list[tuple[Place, int | None]] = []
    own_part: int | None = None
    i = trigger.i + 1
    while i < end:
        token = doc[i]
        if (token.pos_ in ("VERB", "AUX") and not again(token) and token.dep_ != "amod"
                and not any(start <= sentence.start + token.idx < stop for start, stop in date_spans)):
            # A clause of its own; not a participle qualifying a noun ("la région occupée"),
            # nor a date's word the parse took for a verb ("jeudi").
            break
        if token.lower_ not in rules.tally_separators:
            i += 1
            continue
        j = i + 1
        while j < end and doc[j].lower_ in rules.tally_separators:
            j += 1
        if j >= end or not (doc[j].like_num or doc[j].lower_ in rules.tally_one_words):
            i = j
            continue
        count = 1 if doc[j].lower_ in rules.tally_one_words else _whole(doc[j], rules.language)
        k = j + 1
        while k < end and again(doc[k]):
            k += 1
        if k >= end or doc[k].lower_ not in rules.gapped_tally_prepositions:
            i = k
            continue
        stop = next_separator(k + 1)
        place = _sequence_place(sentence, k + 1, stop, places, own, rules, gazetteer)
        if (place is None and stop + 1 < end and doc[stop].lower_ == ","
                and doc[stop + 1].lower_ in rules.tally_near_words):
            # A village the gazetteer lacks, then the town it lies near ("deux dans le camp
            # de X, près de Y"): the part is placed at that town, the finest place named.
            stop = next_separator(stop + 1)
            place = _sequence_place(sentence, k + 1, stop, places, own, rules, gazetteer)
        if place is not None and _one_place(place, own) and own_part is None:
            # "ont tué quinze personnes, quatre à X et onze à Y" (the mention at Y): the
            # verb's count is the whole, the part told at the mention's own place its toll
            own_part = count
        elif place is not None and not _one_place(place, own) and not any(_one_place(place, p) for p, _ in found):
            found.append((place, count))
        i = stop
    return _own_count(_whole(own_number, rules.language), own_part, found)


def _own_count(
    whole: int | None, own_part: int | None, found: list[tuple[Place, int | None]]
) -> tuple[int | None, list[tuple[Place, int | None]], bool]:
    """What `_gapped_tallies` and `_tally_sequence` return: the verb's count `whole` with the
    other places listed; where the list parts that count and names the mention's own place
    with a smaller part (`own_part`), that part instead, and True."""
    if found and own_part is not None and whole is not None and own_part < whole:
        return own_part, found, True
    return whole, found, False


def _sequence_place(
    sentence: ParsedSentence,
    start: int,
    stop: int,
    places: Sequence[Place],
    own: Place,
    rules: AssembleRules,
    gazetteer: Gazetteer | None,
) -> Place | None:
    """The first place named between tokens `start` and `stop` of the sentence: one of the
    places stage's, else a capitalised name the gazetteer knows like the mention's own place."""
    for place in sorted(places, key=lambda p: p.start):
        span = sentence.span_at(place.start, place.end)
        if span is not None and len(span) > 0 and place.role is None and start <= span[0].i < stop:
            return place
    if gazetteer is None:
        return None
    doc = sentence.doc
    for i in range(start, stop):
        if any(0 <= n < len(doc) and doc[n].text in ("-", "‑") for n in (i - 1, i + 1)):
            # A part of a hyphenated name ("Ngarwa-Lawandi") is no town of its own.
            continue
        found = _listed_name(sentence, sentence.doc[i], own, gazetteer, rules.place_list_lone_orgs)
        if found is not None:
            return found
    return None


def _count_of(token: Token) -> Token | None:
    """The number that counts `token`'s people: itself ("three") or its numeral ("three
    others"); None for a word no number counts."""
    if token.like_num and token.pos_ == "NUM":
        return token
    return next((c for c in token.children if c.dep_ == "nummod" and c.like_num), None)


def _tally_part(token: Token, rules: AssembleRules) -> bool:
    """`token` may be a part of a toll list: a verbless conjunct (`gapped_tally_deps`: "and three
    in Y") or the object of a word that opens the list as a share ("including four in X")."""
    return token.dep_ in rules.gapped_tally_deps or (
        token.dep_ == "pobj" and token.head.lower_ in rules.gapped_tally_openers)


def _gapped_from(token: Token, trigger: Token, rules: AssembleRules) -> bool:
    """`token` is a verbless conjunct of `trigger`'s clause: it has no verb of its own, and
    its way up to the trigger passes through conjuncts, appositions, the trigger's own
    place phrase and its counted subject or object only ("killed four in X and three in
    Y"), through no other verb."""
    if any(c.pos_ in ("VERB", "AUX") for c in token.children):
        return False
    current = token
    for _ in range(12):
        head = current.head
        if head.i == trigger.i:
            return True
        if head.i == current.i or (head.pos_ in ("VERB", "AUX") and head.lower_ not in rules.gapped_tally_openers):
            return False
        if not (current.dep_ in rules.gapped_tally_deps or current.dep_ in rules.gapped_count_deps
                or current.dep_ in ("pobj", "prep")):
            return False
        current = head
    return False


def _tally_place(
    token: Token,
    sentence: ParsedSentence,
    places: Sequence[Place],
    own: Place,
    rules: AssembleRules,
    gazetteer: Gazetteer | None,
) -> Place | None:
    """The place a counted conjunct names through its own preposition ("three in Kaduna"),
    from the places stage, else from the gazetteer like the mention's own place."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in rules.gapped_tally_prepositions:
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            words = {obj.i, *(c.i for c in obj.children if c.dep_ == "compound")}
            for place in places:
                span = sentence.span_at(place.start, place.end)
                if span is not None and place.role is None and any(t.i in words for t in span):
                    return place
            if gazetteer is not None:
                return _listed_name(sentence, obj, own, gazetteer, rules.place_list_lone_orgs)
    return None


def _listed_name(
    sentence: ParsedSentence, token: Token, like: Place, gazetteer: Gazetteer, lone_orgs: bool = False
) -> Place | None:
    """The place a capitalised name of a list names, read from the gazetteer in the
    country and at the precision of `like`, the list's place the places stage took (its
    largest entry of that kind); None for a word the gazetteer does not know there."""
    country = gazetteer.country(like.country)
    if country is None or not token.is_title or token.is_stop or (
        token.ent_type_ in _NOT_PLACE_LABELS and not (lone_orgs and _lone_org(token))
    ):
        return None
    words = [t for t in token.lefts if t.dep_ == "compound" and t.is_title] + [token]
    start, end = sentence.offsets(words[0])[0], sentence.offsets(token)[1]
    name = sentence.doc.text[words[0].idx : token.idx + len(token.text)]
    precision = geo_precision(like)
    entries = [e for e in gazetteer.lookup(name, (country.iso2,))
               if e.country == country.iso2 and FEATURE_PRECISION.get(e.feature) == precision]
    if not entries:
        return None
    return place_of_entry(name, start, end, max(entries, key=lambda e: e.population), gazetteer)


# Entity labels of names that are no places, whatever the gazetteer holds (not PERSON:
# the recogniser takes a small town of a list for a person as often as not).
_NOT_PLACE_LABELS = frozenset({"ORG", "NORP"})


def _lone_org(token: Token) -> bool:
    """A one-word name the recogniser took for an organisation: among the towns of a list
    it is as often one more town ("in Suarez, Mondomo, Cajibio and Jambalo"); the gazetteer,
    in the list's country and precision, decides. Not a name of several words ("Boko Haram")."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.ent_type_ == "ORG" and token.ent_iob_ == "B" and (following is None or following.ent_iob_ != "I")


def _route_word(token: Token, rules: AssembleRules) -> bool:
    """`token` is the object of a route preposition (`place_list_stop_words`): the English
    parse hangs the noun from the preposition ("between Goma and Bukavu"), the French one
    the preposition from the noun, as its case marker ("entre Goma et Bukavu")."""
    if token.dep_ == "pobj":
        return token.head.lower_ in rules.place_list_stop_words
    return any(c.dep_ == "case" and c.lower_ in rules.place_list_stop_words for c in token.children)


def _example_list(token: Token, rules: AssembleRules) -> bool:
    """Whether the name `token` opens the examples of the noun it hangs from, by a word of
    `place_list_example_words` the parse took for a relative pronoun ("plusieurs villes,
    dont Kindia et Labé": "Kindia" a relative clause of "villes")."""
    return token.dep_ == "acl:relcl" and token.pos_ == "PROPN" and any(
        c.i < token.i and c.lower_ in rules.place_list_example_words for c in token.children
    )


def _governed_by(token: Token, trigger: Token, rules: AssembleRules) -> bool:
    """Whether the list at `token` hangs from the trigger or its clause's verb through
    objects and prepositions only, and under no route preposition ("between", "from")."""
    clause = _clause_head(trigger)
    current = token
    for _ in range(8):
        if current.i in (trigger.i, clause.i):
            return True
        if _relative_of(current, trigger, rules):
            return True
        if current.head.i == current.i or (
            current.dep_ not in rules.place_list_deps and not _example_list(current, rules)
        ):
            return False
        if _route_word(current, rules):
            return False
        current = current.head
    return False


def _relative_of(verb: Token, trigger: Token, rules: AssembleRules) -> bool:
    """Whether `verb` (a list's governor) is a relative clause on the trigger's noun, or a verb it
    chains, that says where the people or the act the noun names were: "protesters who gathered
    in Kano and Kaduna", "protesters who tried to gather in the capital Nairobi and the port city
    of Mombasa" (`place_list_relative_deps`, the relative clause's own label first), the list's
    own verb one of gathering (`place_list_relative_verbs`: not "protesters who live in X and
    Y", their homes; "hold", "occupy" only of a gathering: `_held_gathering`), and no verb on
    the way that says it did not happen (`_not_done`: "who wanted to gather in X and Y"). Only
    on the trigger itself: "police dispersed protesters who gathered in X and Y" lists the
    protests' towns, not the dispersal's."""
    if (not rules.place_list_relative_deps or trigger.pos_ not in ("NOUN", "PROPN")
            or verb.lemma_.casefold() not in rules.place_list_relative_verbs):
        return False
    if verb.lemma_.casefold() in rules.place_list_relative_held_verbs and not _held_gathering(verb, trigger, rules):
        return False
    relative = rules.place_list_relative_deps[0]
    current = verb
    for _ in range(4):
        if current.pos_ not in ("VERB", "AUX") or _not_done(current, rules):
            return False
        if current.dep_ == relative:
            return current.head.i == trigger.i
        if current.dep_ not in rules.place_list_relative_deps or current.head.i == current.i:
            return False
        current = current.head
    return False


def _held_gathering(verb: Token, trigger: Token, rules: AssembleRules) -> bool:
    """Whether a verb that may tell a job, a post or land held ("protesters who hold jobs in X
    and Y", "who occupy government posts in ...": `place_list_relative_held_verbs`) tells a
    gathering here: active, its object an event noun or a public space ("who held rallies in
    ...", "who occupied the streets of ...": `place_list_relative_event_nouns`,
    `place_list_relative_space_nouns`); passive, the trigger itself an event noun ("a protest
    that was held in X and Y": not "protesters who were held in ...", their detention)."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return trigger.lemma_.casefold() in rules.place_list_relative_event_nouns
    nouns = rules.place_list_relative_event_nouns | rules.place_list_relative_space_nouns
    return any(c.dep_ == "dobj" and c.lemma_.casefold() in nouns for c in verb.children)


def _not_done(verb: Token, rules: AssembleRules) -> bool:
    """Whether `verb` on the climb to the relative clause says the gathering did not happen:
    negated ("who had not been allowed to gather in X and Y"), or one of wish, plan or
    permission governing it ("who wanted to gather in ...": `place_list_relative_unrealised`).
    "Who tried to gather in ..." still tells an attempt at each place."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return any(c.dep_ == "xcomp" for c in verb.children) and (
        verb.lemma_.casefold() in rules.place_list_relative_unrealised)


def _one_place(a: Place, b: Place) -> bool:
    """The two name one place: the same gazetteer entry, or the same name. Within one
    article two places named apart are two, however near ("attacks against a police station
    in Santander de Quilichao" and, last week, "police stations in the municipalities of
    Buenos Aires, Suarez ...", 15 km apart): nearness ties mentions across reports, whose
    gazetteers may place one town apart (`place_score`'s `max_distance_km`), not a town to
    its neighbour in one report's words."""
    if a.geonames_id is not None and a.geonames_id == b.geonames_id:
        return True
    return a.name.casefold() == b.name.casefold()


def _places_by_sentence(
    places: Iterable[Place], parsed: ParsedArticle, dateline: tuple[int, int] | None
) -> dict[int, list[Place]]:
    found: dict[int, list[Place]] = {}
    for place in places:
        if dateline is not None and place.start < dateline[1] and place.end > dateline[0]:
            continue
        sentence = parsed.sentence_at(place.start)
        if sentence is not None:
            found.setdefault(sentence.index, []).append(place)
    return found
