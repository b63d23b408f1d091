"""Which mentions are one incident: what conflicts (`_conflict`) and what ties (`_ties`) a mention
and an incident told before it, anaphors (`_antecedent`) and continuations (`_continued`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection, Iterable, Sequence

from spacy.tokens import Token

from tessera.assemble.dates import (
    _event_chain,
    _said_on,
    _stated_for,
)
from tessera.assemble.lists import (
    _one_place,
)
from tessera.assemble.mentions import (
    _RELATIVE_DEPS,
    _against_people,
    _Draft,
    _exact_toll,
    _Mention,
    _setting_act,
    _setting_of,
    _trigger_token,
)
from tessera.assemble.report import (
    _sequenced_draft,
)
from tessera.assemble.rules import (
    AssembleRules,
)
from tessera.dedupe import DedupeRules, actor_score, place_score, value_window
from tessera.extraction.events.assembly import title_line
from tessera.extraction.places import (
    LOCALITY_KM,
    is_national_capital,
    unplaced_sites,
)
from tessera.parse import ParsedArticle, ParsedSentence
from tessera.records import (
    NOT_EVENT_PLACE_ROLES,
    DateValue,
    Event,
    Incident,
    Place,
)
from tessera.resolve.gazetteer import Gazetteer, distance_km


def _place_lent(event: Event, parsed: ParsedArticle, rules: AssembleRules) -> bool:
    """The mention's place is in its (parsed) sentence, tied by the parse to another
    event or to a speaker, not to the trigger's clauses (`_stated_for`)."""
    place = event.location
    sentence = parsed.sentence_at(event.trigger.start)
    if place is None or sentence is None or not sentence.deep:
        return False
    if not (sentence.start <= place.start and place.end <= sentence.end):
        return False
    trigger = _trigger_token(sentence, event)
    if trigger is None:
        return False
    return _stated_for(sentence, trigger, place, rules) is False


# A speaker's or an origin's town is a point elsewhere; a speaker's region or country
# ("spokesman for Nuristan province") is a jurisdiction that holds the act, and stays.
_POINT_FEATURES = frozenset({"city", "site"})


def _site_restated(event: Event, parsed: ParsedArticle, rules: AssembleRules) -> bool:
    """The mention's own place is stated by a relative clause of occurrence.

    "The attack, which occurred in X": the noun's relative clause, a verb of `site_clause_verbs`
    (with an object of `site_clause_objects`: "took place"), holds the place. "X, where the attack
    took place" / "the village of X where the attack happened": the noun is the subject of such
    a clause whose head noun is, or holds, the place."""
    location = event.location
    if location is None or not rules.site_clause_verbs:
        return False
    sentence = parsed.sentence_at(event.trigger.start)
    if sentence is None or not sentence.deep or not sentence.start <= location.start < sentence.end:
        return False
    trigger = _trigger_token(sentence, event)
    if trigger is None or trigger.pos_ not in ("NOUN", "PROPN"):
        return False

    def occurrence(verb: Token) -> bool:
        if verb.dep_ not in _RELATIVE_DEPS or verb.lemma_.lower() not in rules.site_clause_verbs:
            return False
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        return not objects or any(c.lemma_.lower() in rules.site_clause_objects for c in objects)

    def within(tokens: Iterable[Token]) -> bool:
        spans = [(sentence.start + t.idx, sentence.start + t.idx + len(t.text)) for t in tokens]
        return any(a <= location.start < b for a, b in spans)

    for clause in trigger.children:
        if occurrence(clause) and within(clause.subtree):
            return True
    clause = trigger.head
    if trigger.dep_ in ("nsubj", "nsubjpass") and clause is not trigger and occurrence(clause):
        holder = clause.head
        return within(t for t in holder.subtree if not clause.left_edge.i <= t.i <= clause.right_edge.i)
    return False


def _lent_places(
    event: Event, parsed: ParsedArticle, in_sentence: Sequence[Place], rules: AssembleRules,
    verbal_starts: frozenset[int],
) -> frozenset[int]:
    """Starts of the places of the mention's (parsed) sentence, its own among them, that
    the parse gives to someone else than the act (`_participant_place`)."""
    sentence = parsed.sentence_at(event.trigger.start)
    if sentence is None or not sentence.deep:
        return frozenset()
    trigger = _trigger_token(sentence, event)
    if trigger is None:
        return frozenset()
    candidates = list(in_sentence)
    if event.location is not None:
        candidates.append(event.location)
    return frozenset(
        place.start for place in candidates
        if place.feature in _POINT_FEATURES and sentence.start <= place.start and place.end <= sentence.end
        and _participant_place(sentence, trigger, place, rules, verbal_starts)
    )


def _participant_place(
    sentence: ParsedSentence, trigger: Token, place: Place, rules: AssembleRules, verbal_starts: frozenset[int]
) -> bool:
    """The place belongs to a speaker or to where someone came from, not to the act.

    - It modifies the subject of a verbal act (`speaker_types`, `statement_types`) whose
      object names the act ("The government in Bamako condemned the killings"): where
      the speaker sits.
    - It is the object of an origin preposition on a verb that is not the act's
      ("adding that the assailants came from X"): where someone came from.
    """
    span = sentence.span_at(place.start, place.end)
    if span is None or len(span) == 0:
        return False
    node = span.root
    # The word the place directly modifies: by a preposition ("the government in Bamako",
    # "came from X") or as a compound ("the Bamako government"). A deeper attachment is left alone:
    # the parse of a long noun phrase or a headline is not sure enough to take a place away.
    if node.dep_ == "pobj" and node.head.dep_ == "prep":
        preposition, holder = node.head, node.head.head
    elif node.dep_ in ("compound", "poss", "nmod"):
        preposition, holder = None, node.head
    else:
        return False
    if holder.i == trigger.i:
        return False
    chain = _event_chain(trigger, rules.anchor_prepositions)
    if preposition is not None and preposition.lower_ in rules.origin_prepositions and holder.pos_ == "VERB":
        return holder.i not in chain
    # The speaker of a verbal act whose object names the act: "The government in Bamako
    # condemned the killings". (Not any speaker: "residents of Kologa said gunmen stormed
    # the village" are where it happened.)
    verb = holder.head
    return (holder.dep_ == "nsubj" and sentence.start + verb.idx in verbal_starts and verb.i != trigger.i
            and trigger.pos_ in ("NOUN", "PROPN") and verb.left_edge.i <= trigger.i <= verb.right_edge.i)


def _same_days(first: DateValue | None, second: DateValue | None) -> bool:
    """Two dates that can be one occasion (or one of them unknown)."""
    a = value_window(first) if first is not None and first.value else None
    b = value_window(second) if second is not None and second.value else None
    return a is None or b is None or (a[0] <= b[1] and b[0] <= a[1])


def _stated_in(place: Place, members: list[_Mention], parsed: ParsedArticle) -> bool:
    """The place is named in one of the mentions' sentences (not lent by the article)."""
    sentence = parsed.sentence_at(place.start)
    return sentence is not None and any(m.facts.sentence == sentence.index for m in members)


def _share_setting(
    drafts: list[_Draft],
    incidents: list[Incident],
    parsed: ParsedArticle,
    rules: AssembleRules,
    dedupe_rules: DedupeRules,
) -> list[Incident]:
    """An incident that states no place or no date, told just after another of a
    compatible type, happened in that one's setting ("Gunmen killed six in Rijiya on
    Sunday. Several women were also kidnapped."): it takes that date where it states
    none, and that place where its own is none or a coarser one that its sentences do
    not name (the article's country), with their evidence. Not one announced as another
    incident ("a similar airstrike"), nor one on other days."""
    shared = list(incidents)
    for k, (draft, incident) in enumerate(zip(drafts, incidents, strict=True)):
        first = draft.members[0]
        # "another attack", "a similar airstrike": told as another incident, it may be
        # anywhere and any day.
        own_place = incident.location is not None and _stated_in(incident.location, draft.members, parsed)
        if draft.context or first.facts.distinct or (own_place and incident.date is not None):
            continue
        before = [
            (m.position, m.facts.sentence, j)
            for j, other in enumerate(drafts)
            if j != k
            and not other.context
            and incidents[j].mode == incident.mode
            and dedupe_rules.types_compatible(incidents[j].type, incident.type)
            and _same_days(incident.date, incidents[j].date)
            for m in other.members
            if m.position < first.position
        ]
        if not before:
            continue
        _, sentence, j = max(before)
        source = incidents[j]
        if first.facts.sentence - sentence > rules.continuation_sentences:
            continue
        update: dict[str, object] = {}
        evidence: dict[str, str | None] = {}
        if (
            not own_place
            and source.location is not None
            and (
                incident.location is None
                or (
                    dedupe_rules.precision(source.location) > dedupe_rules.precision(incident.location)
                    and place_score(incident.location, source.location, dedupe_rules) is not None
                )
            )
        ):
            update.update(location=source.location, geo_precision=source.geo_precision)
            evidence["location"] = source.evidence.location
        if incident.date is None and source.date is not None and source.date.value and not _sequenced_draft(draft):
            update["date"] = source.date
            evidence["date"] = source.evidence.date
        if update:
            update["evidence"] = incident.evidence.model_copy(update=evidence)
            shared[k] = incident.model_copy(update=update)
    return shared


def _tours_at_home(drafts: list[_Draft]) -> None:
    """Every mention a visit at home (`_visit_at_home`: "the president visited the prison
    attacked on Tuesday", "the governor, after visiting the scene of the raid"), in a report
    of another incident, told before or after: a leader's tour of its scene, context. A
    report of the visit alone stays a consultation ("Pope Francis visited Kinshasa": the
    visitor's country may be the place's by default, a name the knowledge base lacks)."""
    tours = [d for d in drafts if not d.context and all(m.facts.visit_at_home for m in d.members)]
    if tours and any(not d.context for d in drafts if not any(d is t for t in tours)):
        for draft in tours:
            draft.context = True


def _setting(mention: _Mention, drafts: list[_Draft], rules: AssembleRules) -> bool:
    """Whether a mention that joins no incident told before is the report's setting, not
    an incident of its own: background (`MentionFacts.context`); a state of affairs ("The
    unrest has stoked fears"); a political act presupposed (`_presupposed`)."""
    facts = mention.facts
    return facts.context or facts.condition or _presupposed(mention, drafts, rules)


def _presupposed(mention: _Mention, drafts: list[_Draft], rules: AssembleRules) -> bool:
    """A definite noun of a political act ("the suspension", "the ceasefire", "the repeal",
    `presupposed_types`) that refers back to no incident of the article: it names an act
    told before in other words ("banned the party ... its suspension", "agreed to halt
    fire ... the ceasefire") or one the reader is assumed to know, not a new incident.
    Not the article's first mention: a lead may open on a definite noun."""
    return mention.facts.anaphor and mention.event.type in rules.presupposed_types and bool(drafts)


def _antecedent(
    mention: _Mention,
    drafts: list[_Draft],
    rules: AssembleRules,
    dedupe_rules: DedupeRules,
    localities: _Localities | None = None,
) -> _Draft | None:
    if mention.facts.ordered:
        return None
    open_drafts = [d for d in drafts if not d.context and _compatible(d, mention, rules, dedupe_rules)]
    if not mention.facts.anaphor:
        open_drafts = [d for d in open_drafts if not _sequence_apart(d, mention)]
    if not _refers_back(mention):
        open_drafts = [d for d in open_drafts if not _told_before(d, mention, rules)]
    if _refers_back(mention):
        open_drafts = [d for d in open_drafts if not _carried_apart(mention, d)]
    if not open_drafts:
        return None
    if mention.facts.anaphor:
        near = [d for d in open_drafts if mention.facts.sentence - d.last_sentence <= rules.anaphor_window_sentences]
        # "The fighting" names an incident of its own kind before one of a kind it is
        # merely compatible with (the clashes, not the state of emergency declared since;
        # the battle told further back, not the coup of 1991 recalled in between).
        own_kind = [
            d
            for d in open_drafts
            if any(m.event.type == mention.event.type for m in d.members)
            and mention.facts.sentence - d.last_sentence <= 2 * rules.anaphor_window_sentences
        ]
        if near or own_kind:
            own_near = [d for d in own_kind if any(d is n for n in near)]
            return max(own_near or own_kind or near, key=lambda d: d.last_position)
        reported = [d for d in drafts if not d.context]
        return open_drafts[0] if len(reported) == 1 else None
    scored = [(_ties(d, mention, dedupe_rules, rules.inherited_places_apart, localities), d.last_position, d)
              for d in open_drafts]
    scored = [s for s in scored if s[0] > 0]
    if not scored and mention.facts.placed:
        near = [d for d in open_drafts if mention.facts.sentence - d.last_sentence <= rules.anaphor_window_sentences]
        own_kind = [d for d in near if any(m.event.type == mention.event.type for m in d.members)]
        if near:
            return max(own_kind or near, key=lambda d: d.last_position)
    if not scored:
        return _continued(mention, drafts, open_drafts, rules, dedupe_rules, localities)
    return max(scored, key=lambda s: (s[0], s[1]))[2]


def _told_before(draft: _Draft, mention: _Mention, rules: AssembleRules) -> bool:
    """The mention is an act told in the past perfect (`MentionFacts.own_past_perfect`: "Il y a
    deux ans, un poste militaire avait été pris pour cible", "où cinq soldats avaient été
    tués en 2017") and none of the incident's mentions is: a report tells its own incident in
    the perfect or the simple past, and what came before it in the past perfect, another
    occasion (`past_perfect_apart_types`). One that names the incident back ("tués lors de
    l'attaque") still joins it."""
    return (
        mention.facts.own_past_perfect
        and mention.event.type in rules.past_perfect_apart_types
        and not any(m.facts.past_perfect for m in draft.members)
    )


def _sequence_apart(draft: _Draft, mention: _Mention) -> bool:
    """One of the two is told as a distance before or after the other (`_sequenced`: "The
    attack came days after militants ambushed a convoy"): a mention so told joins only the
    incident of its own clause, told in its sentence; and a mention of the main clause
    does not join the incident of such a clause of its sentence told just before it ("Days
    after militants ambushed a convoy, gunmen killed 12 villagers")."""
    last = draft.members[-1]
    if mention.facts.sequenced:
        return not any(m.facts.sequenced and m.facts.sentence == mention.facts.sentence for m in draft.members)
    return last.facts.sequenced and last.facts.sentence == mention.facts.sentence


def _continued(
    mention: _Mention,
    drafts: list[_Draft],
    open_drafts: list[_Draft],
    rules: AssembleRules,
    dedupe_rules: DedupeRules,
    localities: _Localities | None = None,
) -> _Draft | None:
    """The incident of this type told last, when it was told in the sentences just
    before and nothing conflicts: a report's following sentences elaborate its lead
    ("Gunmen killed six in Rijiya." ... "The bandits stormed the community around
    noon on Sunday")."""
    event = mention.event
    # Of its own type first; an act against things ("razed several houses") also goes on
    # the raid against people of a compatible type told just before (not a blockade or a
    # ban, `antecedent_kinds_apart`: it holds a place over time, a COERCE of its own).
    kinds = [lambda t: t == event.type]
    if (_setting_act(event, rules.person_pronouns, rules.people_acts) and not mention.facts.state_act
            and mention.facts.act_kind not in rules.antecedent_kinds_apart):
        kinds.append(lambda t: dedupe_rules.types_compatible(t, event.type))
    for kind in kinds:
        same_type = [
            d
            for d in drafts
            if not d.context
            and any(
                kind(m.event.type)
                and m.event.mode == event.mode
                and (kind is kinds[0] or _setting_of(event, m.event, rules.person_pronouns, rules.people_acts))
                for m in d.members
            )
        ]
        if not same_type:
            continue
        latest = max(same_type, key=lambda d: d.last_position)
        # Two incidents of its type told together at two places ("recaptured villages in X
        # and Y regions"): a mention placed at one of them goes on telling that one, not
        # whichever was told last.
        placed = _own_place_draft(mention, same_type, open_drafts, latest)
        if placed is not None:
            latest = placed
        if (
            any(d is latest for d in open_drafts)
            and mention.facts.sentence - latest.last_sentence <= rules.continuation_sentences
            and not _moves_on(mention, latest)
            and not _abroad_of(mention, latest)
            and not _elsewhere(mention, latest, localities, rules)
            and not _day_apart(mention, latest)
        ):
            return latest
        # A mention that states neither its own day nor a place finer than a region
        # ("Those who were kidnapped were mostly women", "36 people were killed
        # instantly") tells an incident of its type again, further on too: the latest
        # one it agrees with. (Of its own type only: an act against things is the
        # setting of a raid told just before it.)
        if kind is kinds[0] and not _anchored_mention(mention):
            reach = [
                d
                for d in same_type
                if any(d is o for o in open_drafts)
                and mention.facts.sentence - d.last_sentence <= rules.retelling_sentences
                and not _elsewhere(mention, d, localities, rules)
            ]
            if reach:
                # Its lead incident, not one told as weeks or years before the report
                # ("Un gendarme avait déjà été tué en mars ..." told between the lead and
                # "Les gendarmes ont riposté"), when one is in reach (French: with no tie from
                # an inherited place, `inherited_places_apart`, this is how such a mention
                # finds the lead again).
                if rules.inherited_places_apart:
                    reach = [d for d in reach if not any(m.past for m in d.members)] or reach
                last = max(reach, key=lambda d: d.last_position)
                return _own_place_draft(mention, reach, open_drafts, last) or last
    return None


def _own_place_draft(
    mention: _Mention, same_type: list[_Draft], open_drafts: list[_Draft], latest: _Draft
) -> _Draft | None:
    """Of the incidents of its type told in the sentence of the latest one, the one whose
    own place (a member's, stated in its sentence) is the mention's own, where the latest
    is told at another place only."""
    event = mention.event
    # (A place lent by another phrase of its sentence still says where its words are.)
    if event.location is None or mention.place_inherited or mention.dateline:
        return None

    def own(draft: _Draft) -> list[Place]:
        return [m.event.location for m in draft.members if m.event.location is not None
                and not (m.place_inherited or m.dateline or m.place_lent)]

    def here(draft: _Draft) -> bool:
        return any(_one_place(place, event.location) for place in own(draft))  # type: ignore[arg-type]

    if here(latest) or not own(latest):
        return None
    found = [d for d in same_type if d is not latest and any(d is o for o in open_drafts)
             and d.last_sentence == latest.last_sentence and here(d)]
    return max(found, key=lambda d: d.last_position) if len(found) == 1 else None


def _abroad_of(mention: _Mention, draft: _Draft) -> bool:
    """The mention's town is a witness's (`_Mention.place_lent`: "A cleric in Goma city said
    residents were hit"), in another country than every place the incident's own acts are
    told at ("Officials said five Rwandans were killed in Rwanda"): the place conflict
    (`_conflict`) ignores a speaker's place, as news is often told from elsewhere, but a
    witness in a town that is no national capital (where news is told from) tells what
    happened there: with nothing tying the two, not more of the incident told before."""
    place = mention.event.location
    if place is None or place.country is None or not mention.place_lent or is_national_capital(place):
        return False
    if not _anchored_mention(mention):
        return False
    countries = {m.event.location.country for m in draft.members
                 if m.event.location is not None and not (m.dateline or m.place_inherited or m.place_lent)} - {None}
    return bool(countries) and place.country not in countries


def _moves_on(mention: _Mention, draft: _Draft) -> bool:
    """The mention's sentence opens on its own time (`_Mention.reframed`) after an
    incident told with a time of its own: another occasion. (After a headline that
    states none, "On Sunday, gunmen attacked ..." is the first time told.) Or it is
    stated for days weeks or years before the report (`_Mention.past`) after an incident
    told with no time of its own: a report's undated mentions tell its occasion, the days
    just before it ("In 2023, a military drone strike killed 85 villagers" after "Residents
    said 12 civilians were also killed when a bomb hit a house")."""
    dated = any(m.date is not None and m.date_stated for m in draft.members)
    return (mention.reframed and dated) or (mention.past and not dated)


def _other_day(mention: _Mention, draft: _Draft) -> bool:
    """A member of `draft` carries a day (one its sentence or the one before tells, stated
    for it or not) that is not the day the mention states for itself: "Le culte touchait à sa
    fin quand des hommes armés ont surgi ..., le 28 avril. Ils ont tiré ..." then "Vendredi
    26 avril, six personnes ont été tuées" tells another occasion."""
    if mention.window is None or mention.date is None or mention.date.precision != "day":
        return False
    start, end = mention.window
    for m in draft.members:
        if m.date is None or not m.date.value or m.date.precision != "day" or m.date_said:
            continue
        window = value_window(m.date)
        if window is not None and (window[0] > end or start > window[1]):
            return True
    return False


def _carried_day(event: Event, parsed: ParsedArticle, sentence: int) -> tuple[dt.date, dt.date] | None:
    """The days of the extraction's date of a mention its sentence dates nothing for
    (`_Mention.carried_day`), when that date is a day told in its sentence or the one before.
    A day told on a verb of saying ("..., a déclaré lundi un responsable") is the day a source
    spoke, not the act's: a wire report tells on one day an act of that day or the day
    before, so a mention stating the eve ("Les assaillants ont attaqué ... dimanche soir")
    goes on telling the incident (a day further back stays apart: measured, the week up to
    the saying joined an earlier act told later)."""
    date = event.date
    if date is None or not date.value or date.precision != "day":
        return None
    told = _sentence_index(parsed, date.start)
    if told < 0 or not 0 <= sentence - told <= 1:
        return None
    window = value_window(date)
    if window is not None and _said_on(parsed, date):
        return window[0] - dt.timedelta(days=1), window[1]
    return window


def _day_apart(mention: _Mention, draft: _Draft) -> bool:
    """The mention states a day of its own that is not the day the incident's undated
    mentions were told on (`_Mention.carried_day`): "Deux milices s'affrontent" after "depuis
    ce jeudi", then "le convoi a fait l'objet de tirs lundi dernier" tells another occasion,
    even where no fronted time moves on (`_moves_on`)."""
    if mention.window is None or mention.date is None or mention.date.precision != "day" or not mention.date_stated:
        return False
    start, end = mention.window
    return any(
        m.carried_day is not None and (m.carried_day[0] > end or start > m.carried_day[1])
        for m in draft.members
    )


def _carried_apart(mention: _Mention, draft: _Draft) -> bool:
    """A mention naming an act back (`_refers_back`: "dans cette attaque") carries a day
    (`_Mention.carried_day`: one its sentence or the one before tells, none tied to it) more
    than a day from every day the incident's mentions carry: "Le 26 avril, c'était le
    commissariat de X qui a subi la cruauté de ces criminels. Un policier a été tué dans cette
    attaque", after an attack whose mentions carry 8 May, names back the act of 26 April that
    the sentence before tells (by no mention of its own there), not the incident told before."""
    if mention.carried_day is None:
        return False
    start, end = mention.carried_day
    # (An overnight act is told by either of its days.)
    slack = dt.timedelta(days=1)
    # (Against days carried too, not a day stated: a day carried may be one a clause of its
    # sentence tells for something else, "qui brigue un troisième mandat le 31 octobre", and
    # a stated day beside it says nothing of it; two such days apart still tell two occasions.)
    days = [m.carried_day for m in draft.members if m.carried_day is not None]
    return bool(days) and all(d[0] > end + slack or start > d[1] + slack for d in days)


def _anchored_mention(mention: _Mention) -> bool:
    """The mention states a time of its own (tied to its trigger: "on Sunday", "two weeks
    ago" even unresolved) or a place finer than a region that its sentence names (not one
    the extraction carried over from the sentences before: `_Mention.place_inherited`)."""
    place = mention.event.location
    return (mention.date is not None and mention.date_stated) or (
        place is not None
        and not (mention.dateline or mention.place_inherited)
        and place.feature in ("site", "city", "admin2")
    )


def _compatible(draft: _Draft, mention: _Mention, rules: AssembleRules, dedupe_rules: DedupeRules) -> bool:
    return _conflict(draft, mention, rules, dedupe_rules) is None


def _conflict(draft: _Draft, mention: _Mention, rules: AssembleRules, dedupe_rules: DedupeRules) -> str | None:
    """Why `mention` cannot tell `draft`'s incident (None: nothing conflicts)."""
    event = mention.event
    facts = mention.facts
    refers_back = _refers_back(mention)
    slack = dt.timedelta(days=rules.anaphor_date_slack_days if refers_back else rules.date_slack_days)
    # What of the type test below depends on the mention alone, read once a pair, not once a
    # member (every mention is tested against every incident told before it).
    names_back = (facts.anaphor and not facts.plural and facts.act_kind not in rules.anaphor_kinds_apart
                  and event.type not in rules.anaphor_types_apart)
    own_setting = not facts.state_act and facts.act_kind not in rules.antecedent_kinds_apart
    a_setting = own_setting and _setting_act(event, rules.person_pronouns, rules.people_acts)
    compatible_pairs = dedupe_rules.compatible_type_pairs
    first_asserted = draft.members[0].event.mode == "asserted"
    # A measure only a state takes (an arrest, a curfew) goes on an incident of another type
    # only through a measure of its own type already in it, not through any act of its type
    # ("razed" as the setting of a shooting, tear gas beside it): "Police announced a curfew"
    # after a shooting that razed homes is another incident (the real-news annotation's
    # COERCE beside the ASSAULT).
    # (Both read at need, once a pair: only a member of another type than the mention's asks.)
    told: set[str] | None = None
    setting: bool | None = None

    def told_types() -> set[str]:
        nonlocal told
        if told is None:
            told = {m.event.type for m in draft.members if m.facts.state_act or not facts.state_act}
        return told

    def sets_the_scene() -> bool:
        nonlocal setting
        if setting is None:
            setting = _sets_the_scene(event, draft, dedupe_rules, rules.person_pronouns, rules.people_acts)
        return setting

    for other in draft.members:
        known = other.event
        # A definite noun presupposes its event: "it was not clear who carried out the
        # attack", "police have not commented on the raid" deny or doubt something about
        # an attack already told, not the attack itself.
        if known.mode != event.mode and not (refers_back and first_asserted):
            return "mode"
        # Within one article a writer names each incident's kind consistently: another
        # type is another incident ("abducted 20 students" beside "killed a guard"),
        # except for a definite noun referring back ("the raid" for an abduction), and
        # for a mention of a type the incident already tells ("kidnapped" again, where
        # "stormed the village" was the setting of the first kidnapping).
        # (The types' compatibility is read first: `DedupeRules.types_compatible` as a set.)
        same_kind = known.type == event.type or (
            (known.type, event.type) in compatible_pairs
            and (
                # (not a noun of a kind of coercion naming an act of another type: "the
                # blockade" is no attack told before; "the raid" may be: `anaphor_kinds_apart`;
                # nor one naming back an arrest or a ban: `antecedent_kinds_apart`)
                (names_back and other.facts.act_kind not in rules.antecedent_kinds_apart)
                or (not other.facts.state_act and other.facts.act_kind not in rules.antecedent_kinds_apart
                    and _setting_of(known, event, rules.person_pronouns, rules.people_acts))
                or (a_setting and _against_people(known))
                or (own_setting and sets_the_scene())
                or event.type in told_types()
                or facts.done_by_event
            )
        )
        if not same_kind:
            return "type"
        if _kinds_apart(other, mention, rules):
            return "kind"
        if _doers_apart(other, mention, rules):
            return "actor"
        if _speakers_apart(other, mention):
            return "speaker"
        # An act of the type of a measure only a state takes (an arrest, a curfew, a ban)
        # that is no such measure ("abducted", "fired tear gas"), told in a later sentence,
        # is another incident, unless it names the incident back ("during the raid").
        # (Measured: not the other way round, a measure told after such an act.)
        if (
            other.facts.state_act
            and not mention.facts.state_act
            and other.facts.sentence != mention.facts.sentence
            and not (refers_back and event.type == known.type)
        ):
            # (A definite noun names the measure back only as one of its own type: "the
            # clash" is no arrest told before.)
            return "state act"
        if other.window is not None and mention.window is not None:
            (a0, a1), (b0, b1) = other.window, mention.window
            if a0 > b1 + slack or b0 > a1 + slack:
                return "date"
        elif not _near_days(other, mention, dt.timedelta(days=rules.fallback_date_slack_days)):
            return "fallback date"
        # A singular definite noun ("the attack": `_refers_back`) names the incident
        # told before whatever figure its sentence gives (another source's toll, a part
        # of it: "the rebels said at least 31 died in the attack").
        agree = _tolls_agree(known, event, rules.exceeding_words, rules.lower_bound_words, rules.approximate_words,
                             rules.upper_bound_words)
        if not agree and not refers_back and not _revised(other, mention):
            return "toll"
        if _listed_apart(known, event):
            return "place"
        if (
            known.location is not None
            and event.location is not None
            and not (other.dateline or other.place_lent or other.place_inherited)
            and not (mention.dateline or mention.place_lent or mention.place_inherited)
            and _places_apart(known.location, event.location, mention, rules, dedupe_rules)
            # A town named as a division is that division too: "Suspected jihadists killed four
            # soldiers in the region of Timbuktu", then "The raid took place in Gourma-Rharous
            # district" (a district of that region) tell one incident.
            and (not (other.division or mention.division)
                 or _places_apart(other.division or known.location, mention.division or event.location,
                                  mention, rules, dedupe_rules))
        ):
            return "place"
        if _moved_on(other, mention, draft, dedupe_rules):
            return "place"
        if other.facts.borrowed_roles or mention.facts.borrowed_roles:
            continue
        if (other.facts.mutual and _crossed(event, known, other.facts.sides, dedupe_rules)) or (
            mention.facts.mutual and _crossed(known, event, mention.facts.sides, dedupe_rules)
        ):
            continue
        for name, a, b in (("actor", known.actor, event.actor), ("recipient", known.recipient, event.recipient)):
            if a is None or b is None:
                continue
            # The country of someone a sentence names by no name ("the gunmen", "the base")
            # is the event's place's: with a place the sentence does not name, it says nothing.
            if other.place_inherited and a.name is None:
                a = a.model_copy(update={"country": None})
            if mention.place_inherited and b.name is None:
                b = b.model_copy(update={"country": None})
            # The people of a mention that names its incident back ("two passengers who were
            # also killed during the assault") are some of that incident's, who may be of
            # another kind than the ones told first (an official, then drivers): their
            # sector says nothing, their country still does.
            if name == "recipient" and mention.facts.placed:
                a, b = a.model_copy(update={"type": None}), b.model_copy(update={"type": None})
            if actor_score(a, b, dedupe_rules) is None:
                return name
    return None


def _places_apart(first: Place, second: Place, mention: _Mention, rules: AssembleRules,
                  dedupe_rules: DedupeRules) -> bool:
    """Two own places that cannot be one incident's: neither is the other or lies in it, or two
    towns named apart, unless a definite noun names the incident back at a town nearby."""
    return (
        (place_score(first, second, dedupe_rules) is None or _towns_apart(first, second, dedupe_rules))
        and not (rules.retold_town_finer and _nearby_told_back(first, second, mention))
    )


def _nearby_told_back(first: Place, second: Place, mention: _Mention) -> bool:
    """A singular definite noun naming the incident back ("the June 16 attack on a school in
    X") at a town of the same province within LOCALITY_KM of the town told first: the
    writer's finer site of the act first placed at the known town nearby, not another act."""
    return _refers_back(mention) and _nearby_towns(first, second)


def _nearby_towns(first: Place, second: Place) -> bool:
    """Two towns of one province within LOCALITY_KM of each other."""
    if first.feature != "city" or second.feature != "city" or first.admin1 != second.admin1 or first.admin1 is None:
        return False
    if None in (first.lat, first.lon, second.lat, second.lon):
        return False
    return distance_km(first.lat, first.lon, second.lat, second.lon) <= LOCALITY_KM  # type: ignore[arg-type]


def _sentence_index(parsed: ParsedArticle, start: int) -> int:
    sentence = parsed.sentence_at(start)
    return sentence.index if sentence is not None else -1


def _moved_on(other: _Mention, mention: _Mention, draft: _Draft, dedupe_rules: DedupeRules) -> bool:
    """The mention names no place, and the town it inherits was named after the incident
    was last told, in a sentence none of its mentions is in: the story moved on to another
    town ("A student was killed in X during a protest. His death angered the students of
    the university of Y. All afternoon, the clashes went on"): the clashes are Y's, not
    more of the killing at X. A town the incident's own place names conflicts with nothing."""
    if not mention.place_inherited or mention.inherited_at <= draft.last_sentence:
        return False
    known, event = other.event.location, mention.event.location
    if known is None or event is None or other.dateline or other.place_lent or other.place_inherited:
        return False
    finer = dedupe_rules.precision_of("admin1")
    return (
        min(dedupe_rules.precision(known), dedupe_rules.precision(event)) > finer
        and not _one_place(known, event)
        and place_score(known, event, dedupe_rules) is None
    )


def _kinds_apart(first: _Mention, second: _Mention, rules: AssembleRules) -> bool:
    """Two coercive acts of different kinds (`MentionFacts.act_kind`: an arrest and a ban,
    an abduction and an arrest) are two incidents when each names its own patient and the
    later one its own place, not one carried over from the sentences before ("Police
    arrested the opposition leader", then "Authorities banned all rallies in Lahore").
    Without a patient of its own, or with a place only inherited, a mention may still lend
    the other its fields (measured: kinds kept apart always cost a seizure of power the
    custody's actor and place), and one that names the first back ("during the raid")
    stays its incident."""
    a, b = first.facts.act_kind, second.facts.act_kind
    if a is None or b is None or a == b:
        return False
    # A measure (`kinds_apart_bare`: a curfew, a state of emergency, a ban) is its own act
    # beside one of another kind, though it names no patient ("imposed a curfew") and its
    # place is the other's; a definite noun of it ("the state of emergency") names back
    # only a measure of its kind.
    if a in rules.kinds_apart_bare or b in rules.kinds_apart_bare:
        return True
    if _refers_back(second):
        return False
    own_patients = (
        first.event.recipient is not None
        and second.event.recipient is not None
        and not (first.facts.borrowed_roles or second.facts.borrowed_roles)
    )
    # Kinds that one place does not join (`kinds_apart_in_place`: a crowd dispersed and
    # people arrested, a ban and arrests): two acts even where the later one's place is the
    # earlier one's.
    in_place = a in rules.kinds_apart_in_place and b in rules.kinds_apart_in_place
    return own_patients and (in_place or not second.place_inherited)


def _doers_apart(first: _Mention, second: _Mention, rules: AssembleRules) -> bool:
    """Two acts of one type (`doers_apart_types`) told by two triggers of one sentence,
    their doers of two sectors (a head of state and the police, students and traders):
    the events stage kept them apart by their doers (`proposal._by_agent`), and so are
    their incidents, however alike their countries and places."""
    a, b = first.event, second.event
    return (
        a.type == b.type
        and a.type in rules.doers_apart_types
        and first.facts.sentence == second.facts.sentence
        and a.trigger.start != b.trigger.start
        and a.actor is not None
        and b.actor is not None
        and a.actor.type is not None
        and b.actor.type is not None
        and a.actor.type != b.actor.type
    )


def _speakers_apart(first: _Mention, second: _Mention) -> bool:
    """Two statements of one type (`speakers_apart_types`: "the prime minister condemned the
    attack", then "the governor also condemned it") made by two people the text names, their
    names ending apart (`_Mention.speaker`): each speaker's statement is an act of its own,
    however alike their countries and sectors. A definite noun naming a statement back ("the
    condemnation") stays the one told before."""
    return (
        first.speaker is not None
        and second.speaker is not None
        and first.speaker != second.speaker
        and first.event.type == second.event.type
        and not (second.facts.anaphor and not second.facts.plural)
    )


def _listed_apart(known: Event, event: Event) -> bool:
    """One trigger's mentions at two places: copies of one act told of a list of places
    (`split_place_lists`), one incident each however near the places are."""
    return (
        known.trigger.start == event.trigger.start
        and known.location is not None
        and event.location is not None
        and not _one_place(known.location, event.location)
    )


def _towns_apart(a: Place, b: Place, dedupe_rules: DedupeRules) -> bool:
    """Two settlements of the gazetteer, each the own place of its words, named apart
    ("six were killed in X" ... "gunmen also attacked Y"): within one report, two incidents
    however near the towns are (`_one_place`); nearness ties a town to a neighbour's
    spelling across reports only. A town and a division (its district, its region) may
    still name one incident."""
    town = dedupe_rules.precision_of("city")
    return (
        dedupe_rules.precision(a) == town
        and dedupe_rules.precision(b) == town
        and not _one_place(a, b)
    )


def _crossed(acting: Event, mutual: Event, sides: frozenset[str], dedupe_rules: DedupeRules) -> bool:
    """`acting`'s actor is a side of `mutual`'s "between" phrase, the one it made the
    recipient ("clashes between UN peacekeepers and former Seleka fighters", then "rebels
    from the former Seleka movement attacked the town") or one named by the same noun
    ("clashes between the army and jihadists", then "The jihadists attacked an army
    convoy"): the same fight told from one side."""
    actor = acting.actor
    if actor is None:
        return False
    if mutual.recipient is not None and actor_score(actor, mutual.recipient, dedupe_rules) is not None:
        return True
    words = {w.strip(".,;:'\"").casefold() for w in actor.text.split()}
    return bool(words & sides) or any(w.rstrip("s") in sides for w in words)


def _sets_the_scene(
    event: Event, draft: _Draft, dedupe_rules: DedupeRules, person_pronouns: frozenset[str] = frozenset(),
    people_acts: frozenset[str] = frozenset()
) -> bool:
    """`event` is an act against things and the incident tells an act against people of a
    compatible type, in any of its mentions: that raid's setting ("The entire base was
    razed" after "stormed the base" and "overran the base, killing 11 soldiers"), though
    other mentions name no people ("targeted a base")."""
    return any(
        _setting_of(event, m.event, person_pronouns, people_acts)
        and dedupe_rules.types_compatible(m.event.type, event.type)
        for m in draft.members
    )


def _refers_back(mention: _Mention) -> bool:
    """A singular definite event noun ("the attack", "this ambush") or a mention placed in
    one ("died during the attack")."""
    facts = mention.facts
    return (facts.anaphor and not facts.plural) or facts.placed


def _near_days(first: _Mention, second: _Mention, slack: dt.timedelta) -> bool:
    """A date of a mention's sentence not stated for it (a report's, a burial's, a
    discovery's) lies near the day of its incident: far from another mention's date,
    it tells another incident ("killed in Gedeb in April 2025" beside "on 27 September").
    A mention with no date but a day carried from its sentence or the one before
    (`_Mention.carried_day`) is told on that day."""
    a = value_window(first.date) if first.date is not None and first.date.value else first.carried_day
    b = value_window(second.date) if second.date is not None and second.date.value else second.carried_day
    if a is None or b is None:
        return True
    return not (a[0] > b[1] + slack or b[0] > a[1] + slack)


def _stated_toll(event: Event) -> int | None:
    """The mention's toll when it is stated in figures, or when its sentence states no
    figure at all ("a policeman was killed": 1); a toll that is none of the figures its
    sentence gives (a guess from a singular word beside "killed at least 15 soldiers")
    neither conflicts nor is chosen over a stated one."""
    toll = event.fatalities
    if toll is None or not event.quantities:
        return toll
    return toll if any(q.value == toll for q in event.quantities) else None


def _tolls_agree(
    first: Event,
    second: Event,
    exceeding: tuple[str, ...],
    lower_bounds: tuple[str, ...] = (),
    approximate: tuple[str, ...] = (),
    upper_bounds: tuple[str, ...] = (),
) -> bool:
    """The same toll, or a lower bound and an exact figure at or above it ("more than 20
    people dead", then "21 civilians were killed"), or a round figure and one within a
    tenth of it ("approximately 40", then "36 people were killed instantly"). Two
    different lower bounds ("at least 22", "at least 31" claimed by another side) or
    exact figures are two tolls."""
    a, b = _stated_toll(first), _stated_toll(second)
    if a is None or b is None or a == b:
        return True
    # "up to 200" (another source's highest figure) allows any toll below it ("over 100").
    if (_bounded(first, upper_bounds) and b <= a) or (_bounded(second, upper_bounds) and a <= b):
        return True
    if (_bounded(first, approximate) or _bounded(second, approximate)) and abs(a - b) <= max(a, b) // 10:
        return True
    low, high = (first, second) if a < b else (second, first)
    if _exact_toll(low):
        return False
    if _exact_toll(high) or (_lower_bound(low, exceeding) > (low.fatalities or 0) and _bounded(high, lower_bounds)):
        # An exact figure meets a bound; a strict bound ("over 20", often a headline's
        # round figure) allows any larger lower bound ("at least 23"; not "up to 200").
        return high.fatalities is not None and high.fatalities >= _lower_bound(low, exceeding)
    # "at least 20" and "at least 21" state one bound.
    return _lower_bound(low, exceeding) == _lower_bound(high, exceeding)


def _revised(first: _Mention, second: _Mention) -> bool:
    """One of the two tells the other's toll as risen to its own, larger one ("Gunmen killed
    18 worshippers", then "The death toll rose to 25"; a headline's "Death toll in Kano mosque
    attack rises to 25" before the lead's 18)."""
    a, b = first.event.fatalities, second.event.fatalities
    if a is None or b is None:
        return False
    return (first.raised_toll and a > b) or (second.raised_toll and b > a)


def _bounded(event: Event, lower_bounds: tuple[str, ...]) -> bool:
    """The mention's toll is introduced by one of `lower_bounds` ("at least 23", "more
    than 20"; with the approximate words, "approximately 40")."""
    for quantity in event.quantities:
        if quantity.value == event.fatalities and quantity.approximate:
            if " ".join(quantity.text.casefold().split()).startswith(lower_bounds):
                return True
    return False


def _lower_bound(event: Event, exceeding: tuple[str, ...]) -> int:
    """The least toll a mention allows: "more than 20" allows 21, "at least 20" 20."""
    toll = event.fatalities or 0
    for quantity in event.quantities:
        if quantity.value == toll and quantity.approximate:
            if " ".join(quantity.text.casefold().split()).startswith(exceeding):
                return toll + 1
    return toll


def _ties(
    draft: _Draft,
    mention: _Mention,
    dedupe_rules: DedupeRules,
    inherited_apart: bool = False,
    localities: _Localities | None = None,
) -> int:
    """Positive evidence that `mention` tells `draft`'s incident (nothing conflicting). The
    same day or the same toll ties nothing between two sentences that each name a locality
    the other does not (`_Localities.apart`: "X was shot dead in Kissosso" and "Y was shot
    dead in Hamdallaye" the same Monday are two killings)."""
    event = mention.event
    score = 0
    apart = localities is not None and localities.apart(
        frozenset(m.facts.sentence for m in draft.members), mention.facts.sentence)
    other_day = mention.reframed and _other_day(mention, draft)
    for other in draft.members:
        known = other.event
        if other.facts.sentence == mention.facts.sentence:
            score = max(score, 3)
        if apart:
            continue
        if (
            other.window is not None
            and mention.window is not None
            and other.date is not None
            and mention.date is not None
            and other.date.precision == "day"
            and mention.date.precision == "day"
            and other.date.value == mention.date.value
        ):
            score = max(score, 2)
        # (The same toll ties nothing where a fronted day apart from the incident's moves to
        # another occasion: "Vendredi 26 avril, six personnes ont été tuées" after six killed
        # on the 28th.)
        toll = _stated_toll(known)
        if toll is not None and toll > 0 and toll == _stated_toll(event) and not other_day:
            score = max(score, 2)
        # The same place ties, unless a fronted time moves to another occasion there
        # ("Last March, a series of attacks in the department of Tillia ..."). With
        # `inherited_apart` (French), a place its sentence does not name
        # (`_Mention.place_inherited`, the town the article was about so far) is no claim of
        # the sentence's: as it conflicts with nothing, it ties nothing ("Le lendemain, des
        # soldats ont abattu quatre bergers" after two villagers killed the day before, both
        # given the town the lead named).
        if (
            known.location is not None
            and event.location is not None
            and not (other.dateline or other.place_lent or (inherited_apart and other.place_inherited))
            and not (mention.dateline or mention.place_lent or (inherited_apart and mention.place_inherited)
                     or _moves_on(mention, draft))
            and min(dedupe_rules.precision(known.location), dedupe_rules.precision(event.location))
            > dedupe_rules.precision_of("admin1")
            and _one_place(known.location, event.location)
        ):
            score = max(score, 2)
    return score


class _Localities:
    """The localities each sentence names (`_elsewhere`): the places of the article its
    words resolve finer than a region (a town, a district, a site), the names in a site's
    position that no gazetteer holds ("in the village of Kologa": `unplaced_sites`), and
    the names before a word of a locality's kind ("Amanuel town": `locality_kinds`). Each
    is the set of its names (its words, and the gazetteer's name of a place resolved). Read
    lazily, for the few sentences a continuation asks about; a dateline's, a bearing's
    ("300 km from X") or a caption's place is no locality of the report."""

    def __init__(
        self,
        parsed: ParsedArticle,
        places: Sequence[Place],
        sentence_places: dict[int, list[Place]],
        gazetteer: Gazetteer,
        dedupe_rules: DedupeRules,
        far: frozenset[int],
        after: int,
        kinds: frozenset[str] = frozenset(),
    ) -> None:
        self._sentences = {sentence.index: sentence for sentence in parsed.sentences}
        self._places = places
        self._sentence_places = sentence_places
        self._gazetteer = gazetteer
        self._finer = dedupe_rules.precision_of("admin1")
        self._rules = dedupe_rules
        self._far = far
        self._after = after
        self._kinds = kinds
        self._found: dict[int, list[tuple[int, frozenset[str]]]] = {}
        self._texts: dict[int, str] = {}

    def found(self, index: int) -> list[tuple[int, frozenset[str]]]:
        """The localities of the sentence: (start, casefolded names) each."""
        if index in self._found:
            return self._found[index]
        sentence = self._sentences.get(index)
        found: list[tuple[int, frozenset[str]]] = []
        if sentence is not None and sentence.end > self._after:
            for place in self._sentence_places.get(index, ()):
                # (Not a place that only says where the news was told from, nor a border,
                # an affiliation or a route: "a-t-on appris de sources à Niamey" names no
                # locality of the report, `NOT_EVENT_PLACE_ROLES`.)
                if place.start >= self._after and place.start not in self._far and (
                        place.role not in NOT_EVENT_PLACE_ROLES) and (
                        self._rules.precision(place) > self._finer):
                    # the gazetteer's entry too: "Dera" and "Deraa" name one town
                    entry = {f"geonames:{place.geonames_id}"} if place.geonames_id is not None else set()
                    found.append((place.start, frozenset({place.text.casefold(), place.name.casefold(), *entry})))
            found.extend((site.start, frozenset({site.name.casefold()}))
                         for site in unplaced_sites(sentence, self._places, self._gazetteer)
                         if site.start >= self._after and site.start not in self._far)
            doc, tokens = sentence.doc, sentence.tokens
            for token in tokens:
                if token.lower_ not in self._kinds or token.i == 0 or not _capitalised_name(tokens[token.i - 1]):
                    continue
                first = token.i - 1
                while first > 0 and _capitalised_name(tokens[first - 1]):
                    first -= 1
                start = sentence.start + tokens[first].idx
                end = sentence.start + tokens[token.i - 1].idx + len(tokens[token.i - 1].text)
                if first == 0 or any(p.start < end and start < p.end for p in self._places) or any(
                        s == start for s, _ in found):
                    continue
                found.append((start, frozenset({doc[first:token.i].text.casefold()})))
        self._found[index] = found
        return found

    def text(self, index: int) -> str:
        """The sentence's text, casefolded once (`apart` asks for it for every draft a mention meets)."""
        if index not in self._texts:
            sentence = self._sentences.get(index)
            self._texts[index] = sentence.text.casefold() if sentence is not None else ""
        return self._texts[index]

    def apart(self, told: frozenset[int], index: int) -> bool:
        """The sentences that told an incident name localities, the sentence `index` names
        another, and neither side names the other's: two sites. Not where a sentence names a
        district (which may hold the other's village)."""
        told = told - {index}
        theirs = [names for i in sorted(told) for _, names in self.found(i)]
        mine = self.found(index)
        if not mine or not theirs or any(self._district(i) for i in (*told, index)):
            return False
        if any(names & other for _, names in mine for other in theirs):
            return False  # one place, however spelled ("in Dera", "in Deraa")
        text = self.text(index)
        told_texts = [self.text(i) for i in sorted(told)]
        return not any(_named_in(names, t) for _, names in mine for t in told_texts) and not any(
            _named_in(names, text) for names in theirs)

    def _district(self, index: int) -> bool:
        district = self._rules.precision_of("admin2")
        return any(self._rules.precision(place) == district for place in self._sentence_places.get(index, ()))

    def sentence(self, index: int) -> ParsedSentence | None:
        return self._sentences.get(index)


def _capitalised_name(token: Token) -> bool:
    # Not a people's name ("the Fulani community") nor an organisation's.
    return token.is_alpha and token.text[:1].isupper() and not token.is_sent_start and token.ent_type_ not in (
        "ORG", "NORP", "DATE", "TIME")


def _named_in(names: frozenset[str], text: str) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None for name in names)


def _elsewhere(mention: _Mention, draft: _Draft, localities: _Localities | None, rules: AssembleRules) -> bool:
    """The mention, which nothing ties to `draft`'s incident but proximity, tells another
    incident at another locality: its sentence names a locality (`_Localities`) that none
    of the incident's sentences named, and either has a word telling one more of something
    (`additive_words`: "Also in X district, the militants burned two trucks in the village
    of Y", "the rebels are also attacking in Z district") or opens on that locality ("In
    Tank district, nine militants were killed", as a fronted time opens another occasion:
    `_Mention.reframed`), or opens on a time of its own, resolved or not (`time_fronted`:
    "Samedi dernier, un attentat-suicide a fait 25 morts à X" after an attack told at Y on
    a page with no publication day, whose dates stay unresolved). A sentence that names the
    incident's locality again goes on telling it; so does one that names a finer place with no such word ("Gunmen killed
    six in Zamfara State" then "The bandits stormed the village of Kologa")."""
    if localities is None or not rules.additive_words:
        return False
    index = mention.facts.sentence
    told = {m.facts.sentence for m in draft.members} - {index}
    sentence = localities.sentence(index)
    if not told or sentence is None:
        return False
    if ((rules.sites_apart_without_toll or _stated_toll(mention.event) is not None)
            and localities.apart(frozenset(told), index)
            and not _participants_told_back(mention, sentence, rules)):
        # A toll of its own at a site of its own, its dead not referred back ("A trader was
        # shot dead in the village of Toko" after a herder shot dead in the village of Sama
        # that day; not "The trader was killed in Segou"): another killing.
        return True
    words = [t for t in sentence.tokens if not (t.is_punct or t.is_space)]
    if words and words[0].lower_ in rules.elsewhere_openers:
        return True
    told_texts = [localities.text(i) for i in sorted(told)]
    new = [start for start, names in localities.found(index)
           if not any(_named_in(names, text) for text in told_texts)]
    if not new:
        return False
    if any(t.lower_ in rules.additive_words and not _others_of_a_list(t) for t in words) or (
            rules.fronted_time_elsewhere and mention.time_fronted):
        return True
    # A fronted locative phrase: the sentence's first word a site preposition whose phrase
    # holds the new locality ("In Tank district, ..."; not "Around 100 troops torched ...").
    if not words or words[0].lower_ not in rules.site_prepositions:
        return False
    if words[0].dep_ == "prep":
        place = next((c for c in words[0].children if c.dep_ == "pobj"), None)
        if place is None:
            return False
        first, last = sentence.offsets(sentence.doc[words[0].i : place.i + 1])
    elif words[0].dep_ == "case" and words[0].head.i > words[0].i:
        # French: the preposition hangs on its noun ("À Tillabéri, ...", "Dans la région de
        # Mopti, ..."), the phrase up to the first comma
        place = words[0].head
        end = next((t.i for t in sentence.doc[place.i:] if t.text == ","), place.right_edge.i + 1)
        first, last = sentence.offsets(sentence.doc[words[0].i : max(end, place.i + 1)])
    else:
        return False
    return any(first <= start < last for start in new)


def _others_of_a_list(word: Token) -> bool:
    """An additive word that counts the rest of a list its own sentence opens ("a tué un
    chef de village et trois autres hommes", "un soldat et deux autres"): more people of
    the act told, not one more act somewhere else. Its noun (or itself) is a conjunct of a
    word before it."""
    noun = word if word.dep_ == "conj" else word.head
    return noun.dep_ == "conj" and noun.head.i < noun.i and word.i > noun.head.i


_PARTICIPANT_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass", "dobj", "obj"})


def _participants_told_back(mention: _Mention, sentence: ParsedSentence, rules: AssembleRules) -> bool:
    """The mention's subject or object is a definite noun phrase ("The trader was killed",
    "les soldats ont été tués"): people already told, whose incident it goes on telling."""
    token = _trigger_token(sentence, mention.event)
    if token is None:
        return False
    return any(
        c.dep_ in _PARTICIPANT_DEPS and any(d.dep_ == "det" and d.lower_ in rules.definite_determiners
                                            for d in c.children)
        for c in token.children
    )


def _site_reader(
    places: Sequence[Place], parsed: ParsedArticle, dateline: tuple[int, int] | None, gazetteer: Gazetteer
) -> Callable[[int], bool]:
    """Whether the sentence of that index names a site no gazetteer holds ("the village of
    Kologa"): such a name keeps `sole_locality` from moving the incident to the capital.
    Read only for the sentences `_best_place` asks about (rarely any); a caption or
    headline before the dateline tells no incident's site."""
    after = dateline[1] if dateline is not None else 0
    sentences = {sentence.index: sentence for sentence in parsed.sentences}

    def names_site(index: int) -> bool:
        sentence = sentences.get(index)
        return sentence is not None and any(
            site.start >= after for site in unplaced_sites(sentence, places, gazetteer))

    return names_site


# Coarse places a headline gives that its lead may name a town of (`_lead_locality`).
_LEAD_COARSE_FEATURES = frozenset({"country"})
# Coarse places a bearing may name ("near Chechnya": `_Mention.pointed`).
_POINTED_FEATURES = frozenset({"country", "region", "admin1"})


def _lead_locality(
    parsed: ParsedArticle, sentence_places: dict[int, list[Place]], left_out: Collection[int],
    triggers: Collection[int] = frozenset(), after: int = 0,
) -> tuple[int, Place] | None:
    """(the headline's sentence index, the one locality the lead names), where the article
    opens on a headline line and the lead names exactly one locality, and it is no place
    that `left_out` holds (a bearing, a destination, a caption's town, a speaker's town).
    The lead: the first sentence after the headline that is no title line, ends after
    `after` (a dateline's start: a photo's caption comes before it) and holds one of the
    mentions' `triggers` (a caption with no dateline, "A herdsman stands among his cattle
    near the town of X", tells none). None otherwise."""
    sentences = list(parsed.sentences)
    if not sentences or not title_line(parsed.text, sentences[0].start):
        return None
    headline = sentences[0]
    for sentence in sentences[1:]:
        if (title_line(parsed.text, sentence.start) or sentence.end <= after
                or not any(sentence.start <= start < sentence.end for start in triggers)):
            continue
        towns = [p for p in sentence_places.get(sentence.index, [])
                 if p.feature in _LOCALITY_FEATURES and p.role is None and p.start not in left_out]
        if len({(p.geonames_id, p.name) for p in towns}) != 1:
            return None
        return headline.index, towns[0]
    return None


# Features of a locality (a town, a site in one, a district), as against a region or a country.
_LOCALITY_FEATURES = frozenset({"city", "site", "admin2"})
