"""Assembly of `Event` records: `extract_events`, the entry point of the events stage.

Runs proposal and pruning over an article's deep sentences, then builds each `Event`:
trigger span, roles, the event's own clause (its region), the place, date, casualties and
quantities found in it, and the confidence. The article's places, dates and quantities are
indexed by offset once (`_ArticleContext`). Part of `tessera.extraction.events` (see its docstring).

Place: the places of the event's clause first (in a locative phrase before others), never a
speaker's, a border's far side or an outlet's home, nor one inside an adverbial clause that
sets another scene (`scene_conjunctions`: "the latest attack comes as forces prepare for an
offensive on Mosul" is not in Mosul; real-news EN predicted right study 0.809 -> 0.816,
score 0.603 -> 0.609); with none, the article's focus country.

Mode after the date: an asserted event whose own words (the date hangs on its trigger or its
clause's verb through nouns and prepositions, not through another verb) date it after the day
the article was published (`published`) is planned, mode future: "a complete withdrawal from
South Kivu by April 30" in a February report (`_after_report`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from typing import TYPE_CHECKING, Any

from spacy.tokens import Token

from tessera.extraction.dates import acts_dates, dateline_end, first_day, reported_dates, speech_day
from tessera.extraction.events.lexicon import _english_words, _is_casualty_word
from tessera.extraction.events.proposal import (
    _about_violence,
    _accidental,
    _first,
    _propose,
    _prune,
    _SentenceWork,
    in_scene,
)
from tessera.extraction.events.roles import (
    _STATE_SECTORS,
    ActorMemory,
    _adjacent_actor,
    _antecedent,
    _attributed_author,
    _implied_agent,
    _is_stated,
    _make_actor,
    _place_actor_country,
    _reporting_force,
    _roles,
    _source,
    _state_actor,
    _states_a_killing,
    answer_accusers,
    governing_speaker,
    host_recipient,
    party_speaker,
    rejecting_speaker,
    vow_roles,
)
from tessera.extraction.fatalities import Casualties, claims_lives, count_casualties, loses_life, share_of_place
from tessera.extraction.modes import clause_verb
from tessera.extraction.places import (
    country_place,
    dateline_span,
    far_references,
    fineness,
    most_specific_inside,
    place_phrases,
)
from tessera.parse import ParsedArticle, ParsedSentence
from tessera.records import (
    NOT_EVENT_PLACE_ROLES,
    Actor,
    DateValue,
    Event,
    Place,
    Quantity,
    SentenceSpan,
    Span,
    make_id,
)

if TYPE_CHECKING:
    from tessera.extraction.events.lexicon import TriggerLexicon
    from tessera.extraction.events.proposal import _Proposal

_LOCATION_PREPS = _english_words("location_prepositions")
_ASIDE_PREPS = _english_words("aside_prepositions")
_ANAPHOR_DETERMINERS = _english_words("anaphor_determiners")


def extract_events(
    parsed: ParsedArticle,
    *,
    places: list[Place],
    dates: list[DateValue],
    quantities: list[Quantity],
    knowledge_base: Any,
    lexicon: TriggerLexicon,
    published: dt.date | None = None,
    article_id: str,
) -> list[Event]:
    """Events of every deep sentence of `parsed` (see the module docstring).

    Time is linear in the length of each sentence and of the article: per-sentence
    facts (the disaster words, trigger matches, depths) are computed once per
    sentence, and the article's places, dates and quantities are indexed by offset
    once. Past `MAX_SENTENCE_TOKENS` tokens or `MAX_TRIGGERS_PER_SENTENCE` triggers
    the rest of a sentence is not searched, with a warning in the log.
    """
    events: list[Event] = []
    work = {
        sentence.index: _SentenceWork(
            sentence, lexicon, article_id, functools.partial(party_speaker, sentence, knowledge_base=knowledge_base)
        )
        for sentence in parsed.sentences
        if sentence.deep
    }
    proposed = [
        (sentence, _propose(sentence, lexicon, work[sentence.index])) for sentence in parsed.sentences if sentence.deep
    ]
    if not _about_violence(parsed, proposed, lexicon, work):
        # An article with explosions, fires or deaths but no attack and no
        # perpetrator reports an accident: its harm words are not assaults.
        proposed = [
            (sentence, [p for p in proposals if not (p.type == "ASSAULT" and _accidental(p.rule, lexicon))])
            for sentence, proposals in proposed
        ]
    # Actors named so far, for "the force" that refers back to "the Takuba force".
    memory = ActorMemory() if ActorMemory is not None else None
    # A dateline's date ("BAMAKO, March 2 (Reuters) -") is when the report was filed.
    filed = dateline_end(parsed.text)
    # A day a measure runs to ("until Jan. 5") dates no act (`acts_dates`).
    told = acts_dates(parsed.text, reported_dates(parsed.text, list(dates)), "en", published)
    context = _ArticleContext(places, told, quantities)
    context.text = parsed.text
    context.reported = published
    context.far = frozenset(far_references(parsed.text, places, place_phrases("en")))
    placed = dateline_span(parsed.text)
    if placed is not None:
        context.dateline = (placed[0], max(placed[1], filed))
    # A sentence told again word for word (a page's title, then its headline) tells its
    # events once, where it is told last: the repeat is the same report, not another
    # incident, and the last copy stands in the report's own order (a headline above its lead).
    texts = [" ".join(parsed.text[s.start : s.end].split()).casefold() for s, _ in proposed]
    last_told = {words: n for n, words in enumerate(texts)}
    # The page's closing list of other stories' headlines tells none of this report's events.
    listed = headline_list_start(parsed.text)
    for n, (sentence, proposals) in enumerate(proposed):
        if last_told[texts[n]] != n or sentence.start >= listed:
            continue
        for proposal in _prune(proposals, lexicon):
            events.append(
                _build_event(
                    sentence, proposal, context, knowledge_base, lexicon, article_id, memory, work[sentence.index]
                )
            )
    return answer_accusers(events, lexicon.answered_types)


# The fewest lines a closing list of headlines has (`headline_list_start`), and the longest
# such a line is, in characters.
HEADLINE_LIST_LINES = 3
HEADLINE_LIST_CHARS = 160
_LIST_MARKS = "-\u2013\u2014\u2022"
_LINE_STOPS = ".!?\u2026\"\u201d'\u2019"


def headline_list_start(text: str) -> int:
    """Where the page's closing list of links to other stories begins (the end of the text if
    it has none): after the report's last line closed by a stop, at least
    `HEADLINE_LIST_LINES` non-blank lines, each short and none closed by a stop, each opening
    with a capital, a digit or a list mark ("- Police release footage of fatal shooting in
    ...", "Japan marks anniversary of atomic bomb", "01:45"). They are the headlines of other
    reports (and their times), not this report's sentences. A report's own lines wrapped at a
    fixed width are not such a list: wrapped lines open in lower case."""
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    closed = [n for n, line in enumerate(lines) if line.strip() and line.strip()[-1] in _LINE_STOPS]
    if not closed:
        return len(text)
    after = [n for n in range(closed[-1] + 1, len(lines)) if lines[n].strip()]
    if len(after) < HEADLINE_LIST_LINES:
        return len(text)
    for n in after:
        line = lines[n].strip()
        opening = line[0].isupper() or line[0].isdigit() or line[0] in _LIST_MARKS
        if len(line) > HEADLINE_LIST_CHARS or not opening:
            return len(text)
    return starts[closed[-1] + 1]


# How far after an unplaced opening sentence the first place may lie and still be its
# setting (`_ArticleContext._first_setting`), in characters: the next sentence or two.
SETTING_AHEAD_CHARS = 400
# The longest line read as a title or a headline (`title_line`), in characters.
_TITLE_CHARS = 160
# What joins two places named as a list ("in Kayes and in Gao", "Kayes, Gao"), for
# `_ArticleContext._first_setting`.
_PLACE_LIST = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s+(?:(?:in|at|near)\s+)?")


def title_line(text: str, offset: int) -> bool:
    """The line holding `offset` is a title or a headline: short, and closed by no stop
    ("Egypt clashes leave another six dead: medics"; the parse may join it to the next line's
    sentence)."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start : end if end >= 0 else len(text)].strip()
    return 0 < len(line) <= _TITLE_CHARS and line[-1] not in ".!?\u2026\"\u201d"


# How a place names its country for the article's focus (`_ArticleContext.focus_country`):
# the country itself (""), a first-level division ("!"), another division or region ("~");
# any other feature (a town, a site) is ".".
_FOCUS_KEYS = {"country": "", "admin1": "!", "admin2": "~", "region": "~", "natural": "~"}


class _ArticleContext:
    """The article's places, dates and quantities, indexed by offset once, so that
    finding those of a sentence is a binary search, not a scan of the article."""

    def __init__(self, places: list[Place], dates: list[DateValue], quantities: list[Quantity]) -> None:
        self.places = places
        # The day the article was published: an event dated after it is yet to come.
        self.reported: dt.date | None = None
        # The article's text: its headline lines and place lists (`_first_setting`).
        self.text = ""
        # The dateline ("NIAMEY, March 21 -"): no actor or recipient lies in it.
        self.dateline: tuple[int, int] = (0, 0)
        # Starts of the places a long distance is measured from (`places.far_references`).
        self.far: frozenset[int] = frozenset()
        self._places = _OffsetIndex(places)
        self._dates = _OffsetIndex(dates)
        self._quantities = _OffsetIndex(quantities)
        # Places by end offset, for the article's focus country: every place votes for its
        # country ("Beni territory", "North Kivu" for DR Congo, not an outlet's "Burundi").
        self._countries = sorted(((p.end, n) for n, p in enumerate(places) if p.country and p.role is None))
        self._focus_upto = -1
        self._focus_seen = 0
        self._focus_counts: dict[str, int] = {}
        self._focus_last: dict[str, int] = {}

    def places_in(self, sentence: ParsedSentence) -> list[Place]:
        return self._places.within(sentence.start, sentence.end)

    def dates_in(self, sentence: ParsedSentence) -> list[DateValue]:
        return self._dates.within(sentence.start, sentence.end)

    def quantities_in(self, sentence: ParsedSentence) -> list[Quantity]:
        return self._quantities.within(sentence.start, sentence.end)

    def focus_country(self, sentence: ParsedSentence) -> Place | None:
        """Where an event is, when its own sentence names no place: the country the article
        has named most often up to here, counting its towns and divisions too (the latest
        mention of it, so the span is nearby; else its latest first-level division, other
        division or region; a country known only by its towns, "Khartoum" and "Omdurman"
        for Sudan, is the country itself, spanned by its latest town). Datelines and the
        places news is told from do not count.

        News reports state the setting once and then narrate ("Mali ... Its former allies
        say the junta has allowed the deployment of a Russian force"); leaving such events
        unplaced would drop them from maps and from cross-article matching.
        """
        if sentence.start < self._focus_upto:  # sentences out of order: count again
            self._focus_upto, self._focus_seen = -1, 0
            self._focus_counts, self._focus_last = {}, {}
        self._focus_upto = sentence.start
        while self._focus_seen < len(self._countries) and self._countries[self._focus_seen][0] <= sentence.start:
            n = self._countries[self._focus_seen][1]
            place = self.places[n]
            country: str = place.country  # type: ignore[assignment]
            self._focus_counts[country] = self._focus_counts.get(country, 0) + 1
            # The country's own mention, else (a story that never names its country:
            # "Zamfara State") its first-level division's, else another division or region
            # ("the Gaza Strip"), else its towns' ("Khartoum", "Omdurman"): the prefix keeps
            # them apart, in that order.
            key = _FOCUS_KEYS.get(place.feature, ".") + country
            self._focus_last[key] = max(self._focus_last.get(key, -1), n)
            self._focus_seen += 1
        if not self._focus_counts:
            return self._first_setting(sentence)
        best = max(self._focus_counts.values())
        tied = [c for c, count in self._focus_counts.items() if count == best]
        for prefix in ("", "!", "~", "."):
            latest = max((self._focus_last[prefix + c] for c in tied if prefix + c in self._focus_last), default=None)
            if latest is not None:
                place = self.places[latest]
                # Known by its towns only: the country itself, not one of its towns.
                return country_place(place.country, place) if prefix == "." else place  # type: ignore[arg-type]
        return None

    def _first_setting(self, sentence: ParsedSentence) -> Place | None:
        """Where an event told before the article names any place is: the first place with a
        country named after that sentence, if a town or a site within `SETTING_AHEAD_CHARS`
        ("The ministry said 74 people died ... Egyptians were asked to give blood for the
        injured in Port Said"): a report that opens on its toll states its setting next. Not
        for a headline's act (told again below it, where its own place is), nor after a place
        of any kind named before (a region the gazetteer gives no country: "Kashmir").
        Datelines and the places news is told from do not count."""
        if title_line(self.text, sentence.start) or any(
                p.start < sentence.start and p.role is None for p in self.places):
            return None
        ahead = [n for _, n in self._countries if self.places[n].start >= sentence.end]
        if not ahead:
            return None
        place = self.places[min(ahead)]
        near = place.start - sentence.end <= SETTING_AHEAD_CHARS
        if not near or place.feature not in ("city", "site"):
            return None
        # Two settings named as a list ("officials in Kayes and in Gao said") name no one.
        if any(self.places[n].name != place.name and self.places[n].feature in ("city", "site")
               and _PLACE_LIST.fullmatch(self.text, place.end, self.places[n].start) for n in ahead):
            return None
        return place


class _OffsetIndex:
    """Spans (in their given order) found by the article range that holds them."""

    def __init__(self, items: list[Any]) -> None:
        self.items = items
        self._order = sorted(range(len(items)), key=lambda n: items[n].start)
        self._starts = [items[n].start for n in self._order]
        self._found: dict[tuple[int, int], list[Any]] = {}  # by range: each event of a sentence asks

    def within(self, start: int, end: int) -> list[Any]:
        """Items with `start <= item.start` and `item.end <= end`, in their given order."""
        found = self._found.get((start, end))
        if found is None:
            first = bisect.bisect_left(self._starts, start)
            last = bisect.bisect_left(self._starts, end, lo=first)
            chosen = sorted(n for n in self._order[first:last] if self.items[n].end <= end)
            found = self._found[start, end] = [self.items[n] for n in chosen]
        return list(found)


def _after_dateline(sentence: ParsedSentence, token: Token | None, dateline: tuple[int, int]) -> Token | None:
    """A role token, unless it is the dateline's place ("NIAMEY, March 21 - Gunmen killed..."
    parses NIAMEY as the subject): then the word after the dateline in the same role, or in
    apposition to the place, if any."""
    start, end = dateline
    if token is None or not start <= sentence.start + token.idx < end:
        return token
    after = [t for t in (*token.head.children, *token.subtree) if sentence.start + t.idx >= end]
    return _first(t for t in after if t.dep_ == token.dep_ and t.head == token.head or t.dep_ == "appos")


def _trim_dateline(sentence: ParsedSentence, actor: Actor | None, dateline: tuple[int, int]) -> Actor | None:
    """The actor's phrase without the dateline words it took in ("March 21 - Gunmen")."""
    start, end = dateline
    if actor is None or actor.start >= end or actor.end <= start:
        return actor
    cut = end
    while cut < actor.end and sentence.text[cut - sentence.start] in _DATELINE_SEPARATORS:
        cut += 1
    if cut >= actor.end:
        return None
    words = sentence.text[cut - sentence.start : actor.end - sentence.start]
    return actor.model_copy(update={"start": cut, "text": words})


_DATELINE_SEPARATORS = frozenset(" \t\n,:-\u2013\u2014")


def _speaker_says(proposal: _Proposal, lexicon: TriggerLexicon) -> bool:
    """A verbal act told in a clause on the reporting verb itself ("Gomez told the radio,
    blaming the rebels", "the minister said, accusing the army"): the speaker does it."""
    token = proposal.token
    return (
        proposal.type in lexicon.verbal_types
        and not proposal.nominal
        and token.dep_ in ("advcl", "conj")
        and token.head.lemma_.lower() in lexicon.reporting_verbs
    )


def _build_event(
    sentence: ParsedSentence,
    proposal: _Proposal,
    context: _ArticleContext,
    knowledge_base: Any,
    lexicon: TriggerLexicon,
    article_id: str,
    memory: Any,
    work: _SentenceWork,
) -> Event:
    token = proposal.token
    t_start, t_end = sentence.offsets(token)
    trigger = Span(text=token.text, start=t_start, end=t_end)
    actor_token, recipient_token = (in_scene(proposal, t) for t in _roles(proposal, lexicon, work, knowledge_base))
    punishments = getattr(lexicon, "punishment_phrases", {})
    sanctions: frozenset[str] = getattr(lexicon, "sanction_verbs", frozenset())
    vow = proposal.type == "THREATEN" and (token.lemma_.lower() in punishments or token.lemma_.lower() in sanctions)
    speaker = None
    if vow:
        # "..., saying those behind it will pay a heavy price": who says it threatens them.
        speaker, recipient_token = vow_roles(token, punishments.get(token.lemma_.lower(), frozenset()))
    actor_token = _after_dateline(sentence, actor_token, context.dateline)
    recipient_token = _after_dateline(sentence, recipient_token, context.dateline)
    source_span, source_tokens = _source(sentence, token, lexicon)
    if actor_token is not None and actor_token.i in source_tokens and not _speaker_says(proposal, lexicon):
        # "..., a security source told AFP", "Human Rights Watch said": who reports
        # the event is not who did it (a pronoun that refers back to the speaker,
        # "the army said it killed", is resolved below and stays).
        actor_token = None
    claimed_gerund = token.dep_ == "pcomp" and token.head.lower_ == "for"  # "claimed responsibility for killing"
    if (proposal.nominal or claimed_gerund) and (author := _attributed_author(token, knowledge_base)) is not None:
        # "the bombing, blamed on the RSF", "IS claimed the attack": the author, not who blames.
        actor_token = author
        recipient_token = None if recipient_token is not None and recipient_token.i == author.i else recipient_token
    if vow:
        actor_token = speaker  # the speaker is the author of a threat, not a mere source
    if proposal.type == "ACCUSE" and not proposal.nominal and token.dep_ in ("acomp", "attr"):
        # "'This was an act of cowardice,' the governor said" (proposal._accused_act): the
        # speaker accuses; the copula's subject is the act, no party.
        actor_token = rejecting_speaker(token, lexicon)
    if actor_token is None and proposal.type == "REJECT" and not proposal.nominal:
        actor_token = rejecting_speaker(token, lexicon)  # "the spokesman said the claims were false"
    if actor_token is None and (implied := _implied_agent(proposal, work, knowledge_base)) is not None:
        actor_token = implied  # "responded by condemning", "a statement condemning", "a police raid"
    if actor_token is None and (adjacent := _adjacent_actor(proposal, work, knowledge_base)) is not None:
        # "ECOWAS imposed sanctions": a known name right before a verb the parse left without a subject.
        start, end = context.dateline
        if adjacent.i not in source_tokens and not start <= sentence.start + adjacent.idx < end:
            actor_token = adjacent
    if actor_token is not None:
        actor_token = _antecedent(actor_token, lexicon)
    if (actor_token is not None and proposal.type in lexicon.verbal_types and actor_token.dep_ == "nsubj"
            and actor_token.head.i == token.i and (governing := governing_speaker(actor_token)) is not None):
        # "Jonathan ordered tighter security after what he called a despicable assault": the
        # speaker of a verbal act told in a clause under another is that clause's subject.
        actor_token = governing
    actor = _make_actor(sentence, actor_token, knowledge_base, memory) if actor_token is not None else None
    recipient = _make_actor(sentence, recipient_token, knowledge_base, memory) if recipient_token is not None else None
    if actor is None and proposal.type == "ASSAULT":
        # "The army said 20 militants were killed": the reporting force's own operation.
        actor_token = _reporting_force(sentence, source_span, recipient, knowledge_base, lexicon)
        actor = _make_actor(sentence, actor_token, knowledge_base, memory) if actor_token is not None else None
    actor = _trim_dateline(sentence, actor, context.dateline)
    recipient = _trim_dateline(sentence, recipient, context.dateline)
    region = _event_region(proposal, lexicon, work)
    places = context.places_in(sentence)
    # Not a town a long distance is measured from ("about 230 miles southeast of Mexico City"):
    # where the distance starts, not where the act happened (`far_references`).
    setting = _other_setting(token, work)
    aside = _aside_of_anaphor(token) if proposal.nominal else set()
    setting |= aside
    # "New Zealand sent in more troops" in a story of the Solomon Islands: the sender of a
    # movement of forces named as its subject, a country other than the story's focus, is where
    # the forces come from, not where they go (`sender_types`); a state that calls up its own
    # forces at home ("Djibouti called up reservists") stays their place.
    if lexicon is not None and proposal.type in lexicon.sender_types and actor_token is not None \
            and actor_token.dep_ == "nsubj" and actor_token.head.i == token.i:
        focus = context.focus_country(sentence)
        if focus is not None:
            sender = {t.i for t in actor_token.subtree}
            if any(p.country and p.country != focus.country and (span := sentence.span_at(p.start, p.end)) is not None
                   and any(t.i in sender for t in span) for p in places):
                setting = setting | sender
    speaker_tokens = _speaker_phrase(token, source_tokens, lexicon)
    location = _location(sentence, token, region, speaker_tokens, [p for p in places if p.start not in context.far],
                         setting, lexicon, _same_scene(token, work, lexicon) if setting else frozenset())
    bearing = _location(sentence, token, region, speaker_tokens, places, setting, lexicon) \
        if location is None and any(p.start in context.far for p in places) else None
    located_in_sentence = location is not None
    if actor is not None and actor.country is None and actor_token is not None:
        actor = _place_actor_country(sentence, actor, actor_token, places, knowledge_base, location)
    if location is None:
        location = context.focus_country(sentence)
        if location is not None:
            spoken = [p for p in places if (span := sentence.span_at(p.start, p.end)) is not None
                      and {t.i for t in span} & source_tokens]
            location = most_specific_inside(location, [], spoken)
        if bearing is not None and bearing.country and (location is None or location.country != bearing.country):
            # the distance's town is no place of the act, but its country is (the story's
            # focus may lie in another)
            location = country_place(bearing.country, bearing) or location
    if (actor is not None and actor.country is None and actor_token is not None
            and (actor.type in _STATE_SECTORS or actor.name is None)):
        # "Soldiers arrested the prime minister", "the health ministry declared ...": a
        # state's forces or offices the text gives no country are the state's where the
        # event happens (the article's focus when the sentence names no place); so are
        # people it names by no name ("the insurgents", "the gunmen"), as they are where
        # the sentence names a place.
        actor = _place_actor_country(sentence, actor, actor_token, places, knowledge_base, location)
    if recipient is not None and recipient.country is None and recipient_token is not None:
        # Villagers, soldiers, a market: a recipient the text gives no country is of
        # the country where the event happens (the article's focus when the sentence
        # names no place), unless its role names outsiders ("foreign troops").
        recipient = _place_actor_country(sentence, recipient, recipient_token, places, knowledge_base, location)
    recipient = host_recipient(proposal.type, actor, recipient, location, knowledge_base)
    actor = _state_actor(proposal, actor, location, knowledge_base)
    dates = context.dates_in(sentence)
    if aside:
        # "The attack, the deadliest since the coup last year": the aside's day is not the act's.
        aside_chars = {sentence.start + t.idx for t in token.sent if t.i in aside}
        dates = [d for d in dates if not any(d.start <= c < d.end for c in aside_chars)]
    date = _date(sentence, region, dates)
    mode = proposal.mode
    if mode == "asserted" and _after_report(sentence, date, token, context.reported):
        # "a complete withdrawal from South Kivu by April 30" in a February report: a
        # report cannot tell as done what its own date has not reached; it is planned.
        mode = "future"
    sentence_quantities = _sentence_quantities(sentence, context.quantities_in(sentence))
    casualties = Casualties()
    guessed = False  # the toll is the guess of one for a killing told with no count
    region_tokens = sorted(region, key=lambda t: t.i)
    region_starts = [t.idx for t in region_tokens]
    region_ends = [t.idx + len(t.text) for t in region_tokens]
    if proposal.type == "ASSAULT":
        casualties = count_casualties(
            region_tokens,
            lexicon.casualty_words,
            sentence_quantities,
            _parse_number,
            stated=lambda verb: _is_stated(verb, work),
            names_one_event=lambda noun: (rule := work.match(noun)) is not None and rule.pos == "noun",
            in_dateline=lambda t: context.dateline[0] <= sentence.start + t.idx < context.dateline[1],
        )
        if (
            casualties.fatalities is None
            and not casualties.refused
            and proposal.mode == "asserted"
            and _states_a_killing(region, lexicon, work)
        ):
            # "police are killing peaceful pilgrims": a killing with no count is
            # at least one death.
            casualties = Casualties(1, casualties.injuries)
            guessed = True
    event_quantities = [
        q for q_start, q_end, q in sentence_quantities if _overlaps(region_starts, region_ends, q_start, q_end)
    ]
    toll = casualties.fatalities
    if toll is not None and not guessed and not any(q.value == toll for q in event_quantities):
        # The toll was read from a figure the clause's tokens do not cover (a headline, "Over
        # 20 killed in Idlib car bomb blast", whose count the parser hangs elsewhere): that
        # figure's quantity, nearest the trigger, says how it was stated ("over": a bound).
        told = [(abs(q_start - token.idx), k) for k, (q_start, _, q) in enumerate(sentence_quantities)
                if q.value == toll]
        if told:
            event_quantities.append(sentence_quantities[min(told)[1]][2])
    fatalities = casualties.fatalities
    if proposal.type == "ASSAULT" and fatalities is not None and not guessed:
        share = share_of_place(sentence, [q for _, _, q in sentence_quantities], places, fatalities, location, "en")
        if share is not None and share.value is not None:
            # "nine people were killed, including seven in Segue and two in Sonfounou": the
            # share told for the event's own place is its toll
            event_quantities = [q for q in event_quantities if q.value != fatalities and q is not share] + [share]
            fatalities = int(share.value)
    confidence = 0.5
    main_word = not proposal.nominal or proposal.light_verb is not None or token.dep_ in ("nsubj", "ROOT")
    confidence += 0.2 if main_word else -0.15
    confidence += 0.1 if actor is not None else 0.0
    confidence += 0.1 if (recipient is not None or located_in_sentence) else 0.0
    confidence += 0.05 if proposal.rule.specificity > 0 else 0.0
    confidence -= 0.1 if proposal.mode == "hypothetical" else 0.0
    return Event(
        id=make_id(article_id, t_start, proposal.type, prefix="ev-"),
        type=proposal.type,
        mode=mode,
        trigger=trigger,
        sentence=SentenceSpan(start=sentence.start, end=sentence.end),
        actor=actor,
        recipient=recipient,
        location=location,
        date=date,
        fatalities=fatalities,
        injuries=casualties.injuries,
        quantities=event_quantities,
        confidence=round(min(0.95, max(0.05, confidence)), 2),
        source=source_span,
    )


def _event_region(proposal: _Proposal, lexicon: TriggerLexicon, work: _SentenceWork) -> set[Token]:
    """The tokens of the event's own clause: its trigger's verb and what hangs on it,
    less reported-speech frames and the clauses of other reporting verbs.

    Linear in the sentence: subtrees are taken shallowest first and one whose root is
    already in (or already out of) the region is skipped, since its tokens are too.
    """
    token = proposal.token
    top = clause_verb(token) if proposal.nominal else token
    if not proposal.nominal and token.tag_ == "VBG" and token.dep_ in ("nsubj", "csubj"):
        # A gerund as its verb's subject reads as a noun would: "Fighting in the north left
        # 40 dead", "Shelling of the town killed 12": the verb's clause is the event's.
        top = token.head
    if top.lemma_.lower() in lexicon.reporting_verbs and not claims_lives(top):
        # (Not "The attack claimed nine lives": a "claim" of lives kills, it tells no words.)
        top = token
    region = set(top.subtree)
    if top.dep_ in ("advcl", "conj") and (_is_casualty_word(top.head, lexicon) or loses_life(top.head)):
        # "20 people died when militants stormed the village", "lost their lives when".
        region |= set(top.head.subtree)
    verbs = {verb.i: verb for verb in (clause_verb(merged.token) for merged in proposal.merged)}
    for verb in sorted(verbs.values(), key=work.depth):
        if verb not in region:
            region |= set(verb.subtree)
    reporters = [
        t
        for t in region
        if t.pos_ == "VERB" and t.lemma_.lower() in lexicon.reporting_verbs and t.i != token.i and t.i != top.i
        and not claims_lives(t)  # "..., claiming the lives of nine passengers": no reporter
    ]
    for reporter in sorted(reporters, key=work.depth):
        if reporter in region:
            region -= set(reporter.subtree)
    if proposal.scene is not None:  # an earlier event told in sequence: its own clause
        region &= set(proposal.scene.subtree)
    if not proposal.apart:
        return region
    return {t for t in region if t.i not in proposal.apart}


def _overlaps(starts: list[int], ends: list[int], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted, disjoint token spans (starts[k], ends[k])."""
    k = bisect.bisect_right(starts, start) - 1
    if k >= 0 and start < ends[k]:
        return True  # a token holds `start`
    k += 1
    return k < len(starts) and starts[k] < end  # a token starts inside [start, end)


def _location(
    sentence: ParsedSentence,
    trigger: Token,
    region: set[Token],
    claimed: set[int],
    places: list[Place],
    elsewhere: frozenset[int] | set[int] = frozenset(),
    lexicon: TriggerLexicon | None = None,
    same_scene: frozenset[int] | set[int] = frozenset(),
) -> Place | None:
    candidates: list[tuple[tuple[int, int, int], Place]] = []
    spoken: list[Place] = []  # places in the speaker's phrase ("authorities in Sennar state said")
    region_ids = {t.i for t in region}
    for place in places:
        if not (sentence.start <= place.start and place.end <= sentence.end):
            continue
        span = sentence.span_at(place.start, place.end)
        if span is None:
            continue
        ids = {t.i for t in span}
        if place.role in NOT_EVENT_PLACE_ROLES:
            # The far side of a border, an outlet's home, where news is told from, where a
            # journey goes: not the event's.
            continue
        if ids & claimed:
            spoken.append(place)  # the speaker's place: never the event's, but it may narrow it
            continue
        if ids & elsewhere:
            # "the attack comes as forces prepare an offensive on Mosul": not its place; but
            # "protesters fell as soldiers opened fire in Andijan" tells one scene: its place
            # is the event's where nothing else in the sentence is (`_same_scene`).
            if ids <= same_scene:
                candidates.append(((5, 0, abs(span.start - trigger.i)), place))
            continue
        in_region = bool(ids & region_ids)
        head = span.root
        prepositional = head.dep_ == "pobj" and head.head.lower_ in _LOCATION_PREPS
        if not prepositional and head.dep_ in ("compound", "poss", "amod") and head.head.dep_ == "pobj":
            prepositional = head.head.head.lower_ in _LOCATION_PREPS
        # "France's diplomat": a possessor says whose, not where; "leave Niger for Chad":
        # a place the event is bound for is not where it happens.
        possessor = (head.dep_ == "poss" or (head.dep_ == "pobj" and head.head.lower_ == "for")
                     or _country_modifier(place, head, trigger, lexicon))
        rank = (
            4
            if place.role == "dateline"
            else 3
            if possessor
            else 0
            if in_region and prepositional
            else 1
            if in_region
            else 2
            if prepositional
            else 3,
            # Of a dateline's places ("KADUNA, Nigeria (Reuters) -"), the finest.
            -fineness(place) if place.role == "dateline" else 0,
            abs(span.start - trigger.i),
        )
        candidates.append((rank, place))
    if not candidates:
        return None
    candidates.sort(key=lambda c: c[0])
    chosen = candidates[0][1]
    described = _described_in_apposition(sentence, chosen)
    # The finest place the event's own clause (or its speaker) names inside the chosen one:
    # "in Shinkafi local government area of Zamfara state" is in Shinkafi. Not one named only
    # in what the chosen place's apposition says of it (`_described_in_apposition`).
    return most_specific_inside(chosen, [p for rank, p in candidates if rank[0] <= 1
                                         and not _inside_tokens(sentence, p, described)], spoken)


def _speaker_phrase(trigger: Token, claimed: set[int], lexicon: TriggerLexicon) -> set[int]:
    """The tokens of who reports the event (`_source`'s), less the clause of the event itself
    where it is told as a clause on a noun (a relative or participle clause) inside the
    reporting verb's object: in "the army confirmed the deaths of four soldiers killed in an
    ambush near Djibo" or "accounts posted a picture of a man who was killed in a strike in
    Damascus" the object is what is reported, and a place in the act's own clause is the
    act's, not the speaker's (the rest of the object stays aside). An adverbial phrase of the
    verb that holds the event stays the speaker's: the parse hangs acts under a verb of
    saying that does not tell them ("people described as Chinese died")."""
    if trigger.i not in claimed or trigger.dep_ not in ("relcl", "acl"):
        return claimed
    node = trigger
    while node.head.i != node.i and node.head.i in claimed \
            and not (node.head.pos_ == "VERB" and node.head.lemma_.lower() in lexicon.reporting_verbs):
        node = node.head
    return claimed - {t.i for t in trigger.subtree} if node.dep_ in ("dobj", "obj") else claimed


def _country_modifier(place: Place, head: Token, trigger: Token, lexicon: TriggerLexicon | None) -> bool:
    """A country named before the event's own noun ("a US drone strike", "a number of U.S.
    airstrikes"), or before the noun of an act that is the subject of
    the event's verb ("a US drone strike killed two men"): whose the act is, as a possessor
    says, not where it happened ("killed in a US drone strike" too). Not a town ("the Kabul
    bombing" is in Kabul), nor a country before another noun ("in the Mali border area"),
    nor one before a noun of the people who act ("US troops attacked")."""
    if place.feature != "country" or head.dep_ not in ("compound", "nmod"):
        return False
    noun = head.head
    while noun.i != trigger.i and noun.dep_ in ("compound", "nmod") and noun.head.i != noun.i:
        noun = noun.head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.i == trigger.i:
        return True
    return (lexicon is not None and noun.dep_ == "nsubj" and noun.head.i == trigger.i
            and lexicon.match(noun) is not None)


def _described_in_apposition(sentence: ParsedSentence, place: Place) -> set[int]:
    """Token indices of what an apposition headed by a division's kind word says of `place`
    ("in Guerrero, a southwestern state beset by a crime wave from its Acapulco resort"): a
    town named there describes the division, it is not where the act happened."""
    span = sentence.span_at(place.start, place.end)
    if span is None:
        return set()
    phrases = place_phrases("en")
    kinds = phrases.kind_after.keys() | phrases.apposition_division_nouns
    out: set[int] = set()
    for child in span.root.children:
        if child.dep_ == "appos" and child.lower_ in kinds:
            out |= {t.i for t in child.subtree if t.i != child.i}
    return out


def _inside_tokens(sentence: ParsedSentence, place: Place, tokens: set[int]) -> bool:
    span = sentence.span_at(place.start, place.end)
    return span is not None and bool(tokens) and all(t.i in tokens for t in span)


def _other_setting(trigger: Token, work: _SentenceWork) -> set[int]:
    """Token indices of the adverbial clauses with a subject of their own and a scene-setting
    conjunction (`scene_conjunctions`: "comes as forces prepare ...", "while talks went on")
    that the trigger is not in: what they tell happens elsewhere or at another time, so
    their places are not the event's. (The clauses are found once per parser sentence,
    `_SentenceWork.scene_clauses`.)"""
    found: set[int] = set()
    for clause, ids in work.scene_clauses(trigger):
        if not (clause.is_ancestor(trigger) or clause.i == trigger.i):
            found |= ids
    return found


def _aside_of_anaphor(trigger: Token) -> set[int]:
    """Token indices of what the sentence of a definite act noun ("the attack", "these
    attacks": `anaphor_determiners`) sets beside it, outside the phrase and clause that tell
    it: a phrase of comparison (`aside_prepositions`: "like the attacks in Senegal", "the
    deadliest since Niger's coup"), the noun's own apposition ("the attack, the deadliest in
    Ukraine's war"), an adverbial clause the noun is not in and, where the noun is told in
    what someone says, the rest of the saying clause ("'... these attacks,' he added,
    mentioning the war in Ukraine"). A place named there is another scene's: the noun names
    back the act told before, whose place it keeps."""
    if not any(c.dep_ == "det" and c.lower_ in _ANAPHOR_DETERMINERS for c in trigger.children):
        return set()
    found: set[int] = set()
    for token in trigger.sent:
        aside = ((token.dep_ == "prep" and token.lower_ in _ASIDE_PREPS)
                 or (token.dep_ == "appos" and token.head.i == trigger.i)
                 or token.dep_ == "advcl")
        if aside and not (token.is_ancestor(trigger) or token.i == trigger.i):
            found |= {t.i for t in token.subtree}
    # Told inside what someone says ("'We know who is behind these attacks,' he added,
    # mentioning the war in Ukraine"): the rest of the saying clause, past its speaker, is
    # the saying's frame, not the act's scene.
    said = next((a for a in reversed(list(trigger.ancestors)) if a.dep_ == "ccomp"), None)
    if said is not None:
        inside = {t.i for t in said.subtree}
        for child in said.head.children:
            if child.i not in inside and child.dep_ not in ("nsubj", "nsubjpass"):
                found |= {t.i for t in child.subtree}
    return found


def _same_scene(trigger: Token, work: _SentenceWork, lexicon: TriggerLexicon) -> frozenset[int]:
    """Token indices of the scene clauses beside the trigger (`_other_setting`) that tell the
    same scene at the same time (`same_scene_marks`: "protesters fell to the ground as
    soldiers opened fire in the centre of Andijan"): both the clause and the verb it hangs on
    told in the past (`_told_in_past`), so both tell what happened there. A clause in the present ("the
    attack comes as forces prepare an offensive on Mosul") is another scene."""
    found: set[int] = set()
    for clause, ids in work.scene_clauses(trigger):
        if clause.is_ancestor(trigger) or clause.i == trigger.i:
            continue
        if (_told_in_past(clause) and _told_in_past(clause.head)
                and any(c.dep_ == "mark" and c.lower_ in lexicon.same_scene_marks for c in clause.children)):
            found |= ids
    return frozenset(found)


def _told_in_past(verb: Token) -> bool:
    """A verb in the simple past ("fired"), or a participle with a past auxiliary ("were killed",
    "was burning")."""
    return verb.tag_ == "VBD" or (verb.tag_ in ("VBN", "VBG") and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children))


def _date(sentence: ParsedSentence, region: set[Token], dates: list[DateValue]) -> DateValue | None:
    in_sentence = [d for d in dates if sentence.start <= d.start and d.end <= sentence.end]
    if not in_sentence:
        return None
    region_chars = {sentence.start + t.idx for t in region}
    region_ids = {t.i for t in region}
    for date in in_sentence:
        in_region = any(date.start <= c < date.end for c in region_chars)
        if in_region and not _speech_day_outside(sentence, date, region_ids):
            return date
    return in_sentence[0]


def _after_report(sentence: ParsedSentence, date: DateValue | None, trigger: Token, reported: dt.date | None) -> bool:
    """Whether the event's own words date it after the day of the report (`reported`): the
    date hangs on the trigger or its clause's verb through nouns and prepositions only (not
    "announced a ceasefire to coincide with next month's elections", whose date is the
    elections'), and the first day it can mean ("2024-04" is 1 April) is later."""
    if date is None or reported is None or date.value is None or not sentence.deep:
        return False
    span = sentence.span_at(date.start, date.end)
    if span is None or not len(span):
        return False
    targets = {trigger.i, clause_verb(trigger).i}
    node = span.root
    for _ in range(12):
        if node.i in targets:
            break
        if node.head.i == node.i or (node.pos_ in ("VERB", "AUX") and node.i not in targets):
            return False
        node = node.head
    else:
        return False
    first = first_day(date.value)
    return first is not None and first > reported


def _speech_day_outside(sentence: ParsedSentence, date: DateValue, region_ids: set[int]) -> bool:
    """"said on Thursday it had killed ...": the day of a verb of saying outside the event's
    region, though the parser hangs it on the event's clause (`dates.speech_day`)."""
    span = sentence.span_at(date.start, date.end) if sentence.deep else None
    speaker = speech_day(span) if span is not None and len(span) else None
    return speaker is not None and speaker.i not in region_ids


def _sentence_quantities(sentence: ParsedSentence, quantities: list[Quantity]) -> list[tuple[int, int, Quantity]]:
    return [
        (q.start - sentence.start, q.end - sentence.start, q)
        for q in quantities
        if sentence.start <= q.start and q.end <= sentence.end
    ]


def _parse_number(text: str) -> float | None:
    try:
        from tessera.extraction.quantities import parse_number
    except ImportError:  # pragma: no cover - the quantities stage is written alongside
        try:
            return float(text.replace(",", ""))
        except ValueError:
            return None
    return parse_number(text)
