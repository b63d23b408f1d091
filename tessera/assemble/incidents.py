"""`assemble_incidents`: the stage's entry point. Mentions in text order each join an incident told
before them or found one (the package docstring gives the rules).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import replace

from spacy.tokens import Token

from tessera.assemble.dates import (
    _CAUSE_AGE_DAYS,
    _anaphor_copula_date,
    _described_past,
    _detail_date,
    _occurrence_date,
    _old_cause,
    _relation_main_day,
    _said_on,
    _setting_date,
    _stated_date,
)
from tessera.assemble.fields import (
    _incident,
)
from tessera.assemble.links import (
    _POINTED_FEATURES,
    _antecedent,
    _carried_apart,
    _carried_day,
    _lead_locality,
    _lent_places,
    _Localities,
    _place_lent,
    _sentence_index,
    _setting,
    _share_setting,
    _site_reader,
    _site_restated,
    _tours_at_home,
)
from tessera.assemble.lists import (
    _places_by_sentence,
)
from tessera.assemble.mentions import (
    _clause_head,
    _Draft,
    _Mention,
    _sequel_fields,
    _speaker,
    _toll_floor,
    _toll_part,
    _trigger_token,
    _trigger_words,
    mention_facts,
)
from tessera.assemble.report import (
    _after_report,
    _before_report,
    _fronted,
    _opens_on_time,
    _report_day,
)
from tessera.assemble.rules import (
    AssembleRules,
    default_assemble_rules,
)
from tessera.assemble.tolls import (
    _revise_tolls,
    _toll_statements,
)
from tessera.dedupe import DedupeRules, default_rules, value_window
from tessera.extraction.actors import actor_from_token
from tessera.extraction.dates import (
    acts_dates,
    dateline_day,
    month_part,
    period_so_far,
    reported_dates,
)
from tessera.extraction.events.lexicon import inflections
from tessera.extraction.events.roles import _STATE_SECTORS
from tessera.extraction.places import (
    aside_places,
    bearing_references,
    dateline_span,
    divisions_named,
    place_phrases,
    town_referred,
    towns_as_divisions,
)
from tessera.parse import ParsedArticle, ParsedSentence
from tessera.records import (
    UNNAMED_SIDE,
    DateValue,
    Event,
    Incident,
    Place,
    Quantity,
    make_id,
)
from tessera.resolve.actors import ActorKnowledgeBase
from tessera.resolve.gazetteer import Gazetteer


def _occurs(token: Token, verbs: frozenset[tuple[str, ...]]) -> bool:
    """The token is a verb of `verbs` (lemma, then the particle or object that makes some of
    them one: "took place", "carried out")."""
    lemma = token.lemma_.casefold()
    words = {c.lemma_.casefold() for c in token.children if c.dep_ in ("prt", "compound:prt", "dobj", "obj")}
    return any(verb[0] == lemma and set(verb[1:]) <= words for verb in verbs)


def _day_acts(
    parsed: ParsedArticle, mentions: Sequence[_Mention], verbs: frozenset[tuple[str, ...]],
) -> dict[int, frozenset[str]]:
    """For each day stated for a mention (by its start), the acts it is told on: those whose
    trigger is the first of the article's triggers above it in the parse, reached through
    verbs of occurrence only (`verbs`: "The attack, which took place late on Friday": "attack";
    "The bombing on Saturday evening killed 12": "bombing"); none where another verb comes
    first, extracted or not ("The attack, claimed by a local militia on Sunday": the claim's
    day). A day the parse hangs on neither is left out ("The attack happened on Friday")."""
    triggers: dict[tuple[int, int], set[str]] = {}  # (sentence, token): each sentence its own doc
    for mention in mentions:
        sentence = parsed.sentence_at(mention.event.trigger.start)
        token = _trigger_token(sentence, mention.event) if sentence is not None and sentence.deep else None
        if sentence is not None and token is not None:
            triggers.setdefault((sentence.index, token.i), set()).add(mention.event.id)
    acts: dict[int, frozenset[str]] = {}
    for mention in mentions:
        date = mention.date
        if date is None or not mention.date_stated or not date.value or date.start in acts:
            continue
        sentence = parsed.sentence_at(date.start)
        span = sentence.span_at(date.start, date.end) if sentence is not None and sentence.deep else None
        if sentence is None or span is None or len(span) == 0:
            continue
        node = span.root
        for _ in range(12):
            if not span.start <= node.i < span.end:
                if (sentence.index, node.i) in triggers:
                    acts[date.start] = frozenset(triggers[sentence.index, node.i])
                    break
                if node.pos_ == "VERB" and not _occurs(node, verbs):
                    acts[date.start] = frozenset()
                    break
            if node.head.i == node.i:
                break
            node = node.head
    return acts


def assemble_incidents(
    events: Sequence[Event],
    parsed: ParsedArticle,
    *,
    article_id: str,
    places: Iterable[Place] = (),
    dates: Sequence[DateValue] | None = None,
    rules: AssembleRules | None = None,
    dedupe_rules: DedupeRules | None = None,
    gazetteer: Gazetteer | None = None,
    published: dt.date | None = None,
    quantities: Sequence[Quantity] = (),
    page_month: dt.date | None = None,
    knowledge_base: ActorKnowledgeBase | None = None,
) -> list[Incident]:
    """The incidents of one article, in the order they are first told.

    `events` are the article's mentions (`extract_events`), `parsed` its parse, and
    `places` its places (`extract_places`): a place named in a mention's sentence
    and in the country the mention gives can make the incident's place more precise.
    `dates` are the article's dates (`extract_dates`): with them, a mention's date is
    the one its sentence states for its trigger (`_stated_date`). `gazetteer` (the
    pipeline's; `Gazetteer.default()` if none) tells the names in a site's position that
    no place resolved apart from names it knows. `published`, the report's day: an
    incident dated after it is one the report tells as planned (`_after_report`).
    `page_month`: without `published`, a day of the only month the page gives as its own
    (a month-only date marker), for `_report_day`.
    `quantities` (`extract_quantities`): with them, a toll stated in a sentence that tells
    no event revises the incident it is stated for (`_toll_statements`). `knowledge_base` (the
    pipeline's): with it, a clash's toll listed by side is shared between the sides (`_side_shares`),
    and a toll broken down by side in a list of its own goes in part to the act against that side
    (`_shares_told_apart`).
    """
    rules = rules or default_assemble_rules()
    dedupe_rules = dedupe_rules or default_rules()
    dateline = dateline_span(parsed.text)
    if dates is not None:
        # A dateline's or posting stamp's date ("NIAMEY, Dec 22 (Xinhua) --", after a
        # headline too) is when the report was filed, no mention's (as the events stage reads it).
        dates = acts_dates(parsed.text, reported_dates(parsed.text, list(dates)), rules.language, published)
    trigger_starts = frozenset(e.trigger.start for e in events)
    trigger_words = _trigger_words(events, parsed)
    places = list(places)
    sentence_places = _places_by_sentence(places, parsed, dateline)
    # Where a long distance is measured from ("à Wadikori, un hameau situé à 90 km de Maradi",
    # "some 300 km north of the capital"): a bearing, never the incident's place, neither
    # as a finer place its sentence names nor as the one locality the article names.
    phrases = place_phrases(rules.language)
    # Of those, `distant`: the ones no named place lies at that distance from, with the
    # distance: an incident still placed at one is only known to lie that far from it (`_incident`).
    far, distant = (bearing_references(parsed.text, places, phrases) if rules.bearings_not_places
                    else (frozenset(), {}))
    # Destinations, titles' towns, captions' towns (`places.aside_places`): no event's place either;
    # a destination or a caption's town not even a mention's own (the events stage does not
    # read them all), a destination only for an act that is no movement (`destination_kept_types`).
    gone_to, titles, captions = aside_places(parsed, places, rules.aside_words())
    far = far | titles | captions
    # Towns named as the division they are the seat of ("the state of Guanajuato"), and towns
    # that share their name with a division the article names and lie in it ("Tahoua" above
    # "(région de Tahoua)": `places.towns_as_divisions`): see `_best_place`.
    divisions = {**towns_as_divisions(places), **divisions_named(parsed.text, places, phrases)}
    verbal = rules.speaker_types | rules.statement_types
    verbal_starts = frozenset(e.trigger.start for e in events if e.type in verbal)
    statement_starts = frozenset(e.trigger.start for e in events if e.type in rules.statement_types)
    statements = _toll_statements(parsed, quantities, rules)
    raised = {(s.sentence, s.value) for s in statements if s.raised and not s.summed}
    summed = {(s.sentence, s.value) for s in statements if s.summed}
    mentions: list[_Mention] = []
    for position, event in enumerate(sorted(events, key=lambda e: (e.trigger.start, e.id))):
        located_at_dateline = (
            dateline is not None
            and event.location is not None
            and event.location.start < dateline[1]
            and event.location.end > dateline[0]
        )
        date, stated = _stated_date(event, parsed, dates, rules)
        if not stated or date is None or not date.value:
            date, stated = _occurrence_date(event, parsed, dates, trigger_starts, rules) or (date, stated)
        if not stated or date is None or not date.value:
            date, stated = _anaphor_copula_date(event, parsed, dates, rules) or (date, stated)
        if rules.setting_sentence_dates and (date is None or not date.value):
            date, stated = _setting_date(event, parsed, dates, trigger_starts) or (date, stated)
        elif ((rules.setting_sentence_dates or rules.detail_sentence_dates)
              and not stated and date is not None and _said_on(parsed, date)):
            date, stated = _detail_date(event, parsed, dates, trigger_starts, date) or (date, stated)
        date = _relation_main_day(event, parsed, date, dates, published) or date
        if date is not None:
            date = month_part(date, rules.month_parts)
            if stated:
                # Not a saying's "said earlier this month": the act it reports may be older.
                date = period_so_far(date, published)
        window = value_window(date) if date is not None and stated else None
        facts = mention_facts(event, parsed, trigger_starts, rules, trigger_words, statement_starts, places)
        sequel_toll, sequel_day, sequel_named, other_marked = (
            _sequel_fields(event, parsed, date, trigger_starts, rules)
            if facts.anaphor or facts.distinct
            else (False, False, False, False)
        )
        if facts.distinct and not facts.anaphor:
            if not other_marked:
                sequel_toll = sequel_day = False
            else:
                # "The attack came after another attack": "another" is the other act's.
                facts = replace(facts, distinct=False, distinct_by="", anaphor=True,
                                reasons=(*facts.reasons, "the other incident is the one it came after"))
        if (sequel_toll or sequel_day) and sequel_named:
            # "The attack came after another attack last week that killed five": the toll and
            # day are the other mention's; the subject names its incident back with neither.
            if sequel_toll:
                event = event.model_copy(update={"fatalities": None})
            if sequel_day:
                date, stated, window = None, False, None
        elif sequel_toll:
            # "The attack came following another one last week, which killed five": the other
            # act is told only there, by the mention's own toll and day: another occasion, which
            # borrows no day (`_sequenced_draft`).
            facts = replace(facts, anaphor=False, ordered=True, sequenced=True,
                            reasons=(*facts.reasons, "its toll or day told of the act it came after"))
        reframed = stated and date is not None and _fronted(parsed, date)
        # Stated for days that end more than a week before the report ("In 2023, a drone
        # strike killed 85 villagers"): not the report's occasion.
        past = window is not None and _before_report(window, published, page_month)
        if past and not facts.context and _described_past(event, parsed, date, trigger_starts, rules):
            # "the junta, which seized power in 2021": what describes a participant.
            facts = replace(facts, context=True, reasons=(*facts.reasons, "a participant's past, in a relative clause"))
        if (past and not facts.context and window is not None and published is not None
                and (published - window[1]).days > _CAUSE_AGE_DAYS and _old_cause(event, parsed, rules)):
            facts = replace(facts, context=True, reasons=(*facts.reasons, "the cause of what followed, long before"))
        lent_places = _lent_places(event, parsed, sentence_places.get(facts.sentence, ()), rules, verbal_starts)
        lent = _place_lent(event, parsed, rules)
        sentence = parsed.sentence_at(event.trigger.start)
        inherited = (
            event.location is not None
            and sentence is not None
            and not sentence.start <= event.location.start < sentence.end
        )
        if _toll_floor(event, sentence, rules) or _toll_part(event, sentence, rules):
            # "killing residents": at least one died, no count stated (the events stage's
            # guess of one); "Among the dead was the village imam": some of the dead told
            # apart. No toll to conflict, tie or be the incident's.
            event = event.model_copy(update={"fatalities": None})
        elif (facts.sentence, event.fatalities) in summed:
            # "This brings the death toll in the renewed clashes to 26": a sum over this act
            # and earlier ones (`_TollStatement.summed`), no toll of the act the clause names.
            event = event.model_copy(update={"fatalities": None})
        referred = None
        # A country or region the sentence names only as a bearing ("on the outskirts of the
        # city, ... near Chechnya") is no site: words referring back to a town still place it.
        pointed = (
            event.location is not None and not inherited and event.location.feature in _POINTED_FEATURES
            and phrases.point_before is not None and sentence is not None
            and phrases.point_before.search(parsed.text[sentence.start:event.location.start]) is not None
        )
        if sentence is not None and sentence.deep and (event.location is None or inherited or pointed):
            trigger = _trigger_token(sentence, event)
            if trigger is not None:
                referred = town_referred(_clause_head(trigger).subtree, sentence.start, places, phrases, far | gone_to)
        mentions.append(_Mention(position, event, facts, located_at_dateline, date, stated, window, reframed, lent,
                                 lent_places, inherited, past, (facts.sentence, event.fatalities) in raised,
                                 rules.fronted_time_elsewhere and (reframed or _opens_on_time(event, parsed, dates)),
                                 referred, not stated and _said_on(parsed, date), pointed,
                                 _sentence_index(parsed, event.location.start)
                                 if inherited and event.location is not None else -1,
                                 _carried_day(event, parsed, facts.sentence)
                                 if rules.carried_days_apart and date is None else None,
                                 _site_restated(event, parsed, rules),
                                 divisions.get(event.location.start) if event.location is not None else None,
                                 speaker=_speaker(event, parsed, rules)))
    # A town inherited from a sentence that tells an act (an earlier killing recalled
    # there) is the extraction's carry-over from that act, no move of the story's setting.
    told_acts = {m.facts.sentence for m in mentions}
    mentions = [replace(m, inherited_at=-1) if m.inherited_at in told_acts else m for m in mentions]

    gazetteer = gazetteer or Gazetteer.default()
    localities = _Localities(parsed, places, sentence_places, gazetteer, dedupe_rules, far,
                             dateline[1] if dateline is not None else 0, rules.locality_kinds)
    drafts: list[_Draft] = []
    for mention in mentions:
        target = (
            None
            if mention.facts.context or mention.facts.distinct
            else _antecedent(mention, drafts, rules, dedupe_rules, localities)
        )
        if target is None:
            drafts.append(_Draft(members=[mention], context=_setting(mention, drafts, rules)))
            apart = [d for d in drafts[:-1] if not d.context and _carried_apart(mention, d)]
            if not (mention.facts.context or mention.facts.distinct) and apart:
                drafts[-1].carried_apart = True
                drafts[-1].carried_from_kin = any(dedupe_rules.types_compatible(m.event.type, mention.event.type)
                                                  for d in apart for m in d.members)
        else:
            target.members.append(mention)

    for draft in drafts:
        # Every mention a verbal act told in the past perfect ("A coalition had called
        # for a general strike"): what came before the report's events, told in passing;
        # not an act the authorities enacted ("An investigation had been launched").
        if not draft.context and all(
            m.facts.past_perfect and m.event.type in rules.past_perfect_types and not m.facts.enacted
            for m in draft.members
        ):
            draft.context = True
    _tours_at_home(drafts)

    names_site = _site_reader(places, parsed, dateline, gazetteer)
    lead = _lead_locality(parsed, sentence_places, far | gone_to | captions | {
        start for m in mentions for start in m.lent_places}, frozenset(m.event.trigger.start for m in mentions),
        dateline[0] if dateline is not None else 0)
    # The act each stated day is told on (`_day_acts`): one told on an act outside an incident,
    # or on a verb no act of it, is no day another of its mentions names (`_named_day`).
    day_acts = _day_acts(parsed, mentions, rules.day_occurrence_verbs) if rules.report_counted_words else {}
    incidents = [
        _incident(draft, article_id, sentence_places, dedupe_rules, rules.exceeding_words, rules.lower_bound_words,
                  rules.speaker_types, names_site, rules.upper_bound_words, rules.meeting_types, rules.person_pronouns,
                  far, (gone_to, captions, rules.destination_kept_types),
                  phrases.near_districts, divisions,
                  rules.telling_day_slack_days, rules.people_acts, phrases, parsed.text, lead,
                  rules.retold_town_finer, distant,
                  (rules.report_counted_words, rules.named_day_words, rules.named_day_slack_days), day_acts)
        for draft in drafts
    ]
    # An undated incident kept apart by the day its first mention carries from the sentence
    # before ("Le 26 avril 2022, c'était le commissariat de X ... Un policier a été tué dans
    # cette attaque": `_carried_apart`), told in the past perfect (what came before the report's
    # own events), happened on that day, not on the day of the incident told before it nor on
    # the report's: a day more than a week before the report (`_before_report`) is no day of its
    # occasion. (Not a day of its own sentence, which may be a saying's; only a day told with its
    # year: a day told without one, read in the year before the report, may be a day to come,
    # "qui brigue un troisième mandat le 31 octobre". Measured: in any tense, the real-news FR
    # study gained a right date but the score half lost a right incident.)
    incidents = [
        incident.model_copy(update={
            "date": draft.members[0].event.date,
            "evidence": incident.evidence.model_copy(update={"date": draft.members[0].event.id}),
        })
        if incident.date is None and draft.carried_apart
        and (day := draft.members[0].event.date) is not None
        and _sentence_index(parsed, day.start) == draft.members[0].facts.sentence - 1
        and draft.members[0].carried_day is not None
        and _before_report(draft.members[0].carried_day, published, page_month)
        and day.value is not None and day.value[:4] in day.text
        and any(m.facts.past_perfect for m in draft.members) else incident
        for draft, incident in zip(drafts, incidents, strict=True)
    ]
    # Otherwise (in the passé composé too), kept apart from an act of its kind, it stays
    # undated: an occasion other than the one told before it, whose day (shared by
    # `_share_setting`, or the report's by `_report_day`) is not its own. (Not a statement kept
    # apart from an attack, "ont dénoncé une agression": it is said on a day of the report's.
    # Measured: undated, the real-news FR study lost such a right date.)
    undated_apart = [
        incident if incident.date is None and draft.carried_from_kin else None
        for draft, incident in zip(drafts, incidents, strict=True)
    ]
    incidents = [
        incident.model_copy(update={"mode": "future"}) if _after_report(incident, published) else incident
        for incident in _undated_again(undated_apart,
                                       _share_setting(drafts, incidents, parsed, rules, dedupe_rules))
    ]
    told = frozenset(m.facts.sentence for m in mentions)
    # A sentence whose mentions state no toll may still raise one ("Two of the wounded died
    # in hospital, bringing the death toll to 12"): its statement revises the incident told before.
    counted = frozenset(m.facts.sentence for m in mentions if m.event.fatalities is not None)
    kept = [s for s in statements if s.sentence not in told or (s.raised and s.sentence not in counted)]
    incidents = _revise_tolls(drafts, incidents, kept, rules)
    incidents = _undated_again(undated_apart, _report_day(
        drafts, incidents, published, rules, dates, dateline_day(parsed.text, published), page_month, parsed))
    incidents = _two_sided(drafts, incidents, mentions, parsed, rules, article_id, quantities, knowledge_base)
    return _shares_told_apart(incidents, parsed, quantities, rules, knowledge_base)


def _undated_again(undated: list[Incident | None], incidents: list[Incident]) -> list[Incident]:
    """The incidents, those undated before (an incident of `undated`) undated again: their
    date and its evidence as they were."""
    return [
        incident if before is None else incident.model_copy(update={
            "date": None, "evidence": incident.evidence.model_copy(update={"date": before.evidence.date})})
        for before, incident in zip(undated, incidents, strict=True)
    ]


def _two_sided(
    drafts: list[_Draft], incidents: list[Incident], mentions: list[_Mention], parsed: ParsedArticle,
    rules: AssembleRules, article_id: str, quantities: Sequence[Quantity] = (),
    knowledge_base: ActorKnowledgeBase | None = None,
) -> list[Incident]:
    """A fight told as two-sided (`two_sided_words`: "des affrontements ont opposé les
    manifestants aux policiers", "les manifestants ripostent avec des jets de pierres"), in a
    mention of the incident or in its sentence (the clashes typed a protest: "deux manifestants
    tués lors d'affrontements avec la police"), is one item per side; so is the only incident of
    its type on the day of a clash told with harm on both sides (`_says_both_sides`), whatever
    type that clash's mention took. The incident gets a second of reversed sides, with no toll
    of its own (the toll stated stays on the incident told), unless another incident of its
    type is already at its place and day (the other side's, told apart). A toll told as a list
    of counts, one the recipient's and the others of the other side named (read with the
    `knowledge_base`), is shared between the two (`_side_shares`)."""
    if not rules.two_sided_words or len(drafts) != len(incidents):
        return incidents
    fights = frozenset(m.facts.sentence for m in mentions if _tells_two_sides(m.event, parsed, rules))
    if not fights:
        return incidents
    # A clash told with harm on both sides, typed as another act (the protest told by its
    # clash: "les affrontements entre les protestataires et les gendarmes ont fait des blessés
    # de part et d'autre"): the one incident of the type on its day is that clash's side told.
    both_days = frozenset(
        _day_of(m.event)
        for m in mentions
        if m.event.type not in rules.two_sided_types and m.facts.sentence in fights
        and _says_both_sides(m.event, parsed, rules)
    )
    out: list[Incident] = []
    for draft, incident in zip(drafts, incidents, strict=True):
        out.append(incident)
        if incident.context or incident.mode != "asserted" or incident.type not in rules.two_sided_types:
            continue
        # The other incidents of its type, told as acts.
        rivals = [o for o in incidents if o is not incident and o.type == incident.type and not o.context]
        if not any(m.facts.sentence in fights for m in draft.members) and not (
            _day_of(incident) in both_days and not rivals
        ):
            continue
        if any(_same_site(other, incident) for other in rivals):
            continue
        shares = _side_shares(draft, incident, fights, parsed, quantities, rules.two_sided_words, knowledge_base)
        if shares is not None:
            out[-1] = incident.model_copy(update={"fatalities": shares[0]})
        out.append(incident.model_copy(update={
            "id": make_id(article_id, incident.id, "other side", prefix="in-"),
            "actor": incident.recipient,
            "recipient": incident.actor,
            "fatalities": shares[1] if shares is not None else None,
            "injuries": None,
        }))
    return out


def _side_shares(
    draft: _Draft, incident: Incident, fights: frozenset[int], parsed: ParsedArticle, quantities: Sequence[Quantity],
    words: frozenset[str] = frozenset(), knowledge_base: ActorKnowledgeBase | None = None,
) -> tuple[int, int] | None:
    """A clash's toll told as one list of counts of the dead, its recipient one of them ("Deux
    adolescents et deux soldats ont été tués dans des heurts entre la population et les forces
    de l'ordre", "Two soldiers and three protesters were killed in clashes"): the side told
    keeps the count its recipient names (two soldiers), the other side's item the rest (two
    adolescents), each side's dead being that side's toll. Only where the toll is the sum of
    that list (counts joined by nothing but commas and coordinating conjunctions), stated in
    the clash's sentence by the mention whose recipient is one of its counts: not "Two
    soldiers were killed in clashes, bringing the death toll to 12" (a cumulative toll), nor
    "Five people, including two soldiers, were killed" (one count); and only where each count
    names one of the two sides (`_sides_listed`): not "Two policemen and three soldiers were
    killed in clashes with militants" (no militant killed), "Two men and three women were
    killed in clashes between police and protesters" (nouns of no one side), nor a clash whose
    author is a place. A list of three gives the rest to the other side too ("Two soldiers, three
    rebels and four insurgents were killed in clashes between the army and rebels"). None otherwise
    (in doubt, the toll stays whole on the side told)."""
    if incident.fatalities is None or incident.recipient is None:
        return None
    source = next((m for m in draft.members if m.event.id == incident.evidence.fatalities), None)
    if source is None or source.facts.sentence not in fights or source.event.fatalities != incident.fatalities:
        return None
    recipient = source.event.recipient
    if recipient is None or (recipient.start, recipient.end) != (incident.recipient.start, incident.recipient.end):
        return None
    sentence = parsed.sentence_at(source.event.trigger.start)
    if sentence is None:
        return None
    counts = sorted((q for q in quantities if sentence.start <= q.start and q.end <= sentence.end),
                    key=lambda q: q.start)
    at = next((k for k, q in enumerate(counts) if (q.start, q.end) == (recipient.start, recipient.end)), None)
    if at is None:
        return None

    def joined(first: Quantity, second: Quantity) -> bool:
        between = [t for t in sentence.tokens
                   if first.end <= sentence.start + t.idx and sentence.start + t.idx + len(t.text) <= second.start]
        return bool(between) and all(t.pos_ in ("CCONJ", "PUNCT") for t in between)

    low, high = at, at
    while low > 0 and joined(counts[low - 1], counts[low]):
        low -= 1
    while high + 1 < len(counts) and joined(counts[high], counts[high + 1]):
        high += 1
    listed = counts[low:high + 1]
    if len(listed) < 2 or any(q.value is None or q.max is not None or q.approximate or q.value != int(q.value)
                              for q in listed):
        return None
    if sum(int(q.value or 0) for q in listed) != incident.fatalities:
        return None
    if knowledge_base is None or not _sides_listed(incident, sentence, listed, counts[at], words, knowledge_base):
        return None
    share = int(counts[at].value or 0)
    if not 0 < share < incident.fatalities:
        return None
    return share, incident.fatalities - share


def _shares_told_apart(
    incidents: list[Incident], parsed: ParsedArticle, quantities: Sequence[Quantity], rules: AssembleRules,
    knowledge_base: ActorKnowledgeBase | None,
) -> list[Incident]:
    """A toll told whole on one incident ("at least 18 people were killed in clashes") and
    broken down by side in a list of its own ("eight police officers and ten peasants died in
    the incident", "9 morts dont trois policiers et six manifestants"), where another incident
    of its type at its place and day, with no toll, is the act against one side (the police):
    that incident takes the count of that side's dead, the one told keeps the rest. Only where
    the article holds one list of counts (`_listed_runs`) summing to the toll with exactly one
    count of the other incident's side (read by its noun, `sector_of_noun`), and every other count
    of the side that struck it (`_names_author`); civilians, who may fall to either side, being
    neither ("two soldiers and two civilians were killed in a separatist attack" stays whole); where the two
    incidents' recipients are of opposite sides (`_side`); and where that other incident is
    the only one it could be. Not a cumulative toll nor another incident's dead (no list sums
    to the toll), nor "Three of the assailants were also killed" (one count, no list), nor
    "two policemen and three soldiers" (no count of the other side, or two); nor a list whose
    sentence does not tell this incident's dead alone (`_tells_the_dead`: "three police officers
    and six farmers were wounded", "... died in a similar eviction in 2019")."""
    joiners = rules.count_list_joiners
    if knowledge_base is None or not joiners:
        return incidents
    runs: list[tuple[ParsedSentence, list[Quantity]]] | None = None
    out = list(incidents)
    for at, told in enumerate(incidents):
        if told.context or told.mode != "asserted" or told.fatalities is None or told.fatalities < 2:
            continue
        side = _recipient_side(told)
        if side is None:
            continue
        partners = [
            k for k, other in enumerate(incidents)
            if other is not told and other.type == told.type and not other.context and other.mode == "asserted"
            and other.fatalities is None and _same_site(other, told)
            and _recipient_side(other) not in (None, side)
        ]
        if len(partners) != 1 or out[at].fatalities != told.fatalities or out[partners[0]].fatalities is not None:
            continue
        if runs is None:
            runs = _listed_runs(parsed, quantities, joiners)
        found: list[tuple[ParsedSentence, int]] = []
        for sentence, listed in runs:
            if sum(int(q.value or 0) for q in listed) != told.fatalities:
                continue
            sectors = [knowledge_base.sector_of_noun(q.unit) if q.unit else None for q in listed]
            theirs = [(q, sector) for q, sector in zip(listed, sectors, strict=True)
                      if _side(sector) not in (None, side)]
            if len(theirs) == 1 and theirs[0][1] != "CVL" and all(
                _names_author(q, sector, out[partners[0]])
                for q, sector in zip(listed, sectors, strict=True) if q is not theirs[0][0]
            ):
                found.append((sentence, int(theirs[0][0].value or 0)))
        if len(found) != 1 or not 0 < found[0][1] < told.fatalities or not _tells_the_dead(found[0][0], rules):
            continue
        out[at] = told.model_copy(update={"fatalities": told.fatalities - found[0][1]})
        out[partners[0]] = out[partners[0]].model_copy(update={"fatalities": found[0][1]})
    return out


def _names_author(count: Quantity, sector: str | None, struck: Incident) -> bool:
    """A count of the dead of the side that struck (`struck`'s author): its noun is in the
    author's words ("ten peasants", of "the peasants shot at the police"), or its sector is
    the author's, but for civilians, who may have fallen to either side, named by the noun only."""
    author = struck.actor
    if author is None or count.unit is None:
        return False
    if sector is not None and sector != "CVL" and sector == author.type:
        return True
    return count.unit.casefold() in author.text.casefold().split()


def _tells_the_dead(sentence: ParsedSentence, rules: AssembleRules) -> bool:
    """The sentence of a list of counts tells the dead of the incident at hand: a word of death
    (`die_verbs`, `kill_verbs`, `dead_words`, `part_nouns`: "died", "the dead included", "morts
    dont", "parmi les victimes"), no other fate (`count_list_other_fates`: "wounded", "arrested",
    "rescued", "fled", "hospital"), no negation or hedge (`toll_hedge_words`: "were not among the
    victims"), no time of its own (a weekday, month, year, "since", a span of years: "in 2019",
    "since January", "last year") and no occasion but the incident named back (an event noun
    with a definite determiner and no `distinct_modifiers`: "died in the incident", not "in a
    similar eviction")."""
    death = rules.die_verbs | rules.die_forms | rules.kill_verbs | rules.dead_words | {
        form for lemma in rules.kill_verbs for form in inflections(lemma, "verb")} | {
        form for noun in rules.part_nouns for form in inflections(noun, "noun")}
    times = rules.month_words | rules.named_day_words | rules.since_words | {
        form for unit in rules.period_units for form in inflections(unit, "noun")}
    occasions = {form for noun in rules.event_nouns | rules.occasion_nouns for form in inflections(noun, "noun")}
    tokens = sentence.tokens
    told = False
    for at, token in enumerate(tokens):
        words = {token.lower_, token.lemma_.casefold()} - {""}
        if words & (rules.count_list_other_fates | rules.toll_hedge_words | times):
            return False
        if token.like_num and len(token.text) == 4 and token.text.isdigit() and 1800 <= int(token.text) <= 2100:
            return False
        if words & occasions and not _named_back(tokens[max(0, at - 3):at], rules):
            return False
        told = told or bool(words & death)
    return told


def _named_back(before: Sequence[Token], rules: AssembleRules) -> bool:
    """The words before an event noun name back an incident told: a definite determiner, then
    nothing but a word or two, none of them a `distinct_modifiers` ("the incident", "the deadly
    clashes", not "a similar eviction", "the earlier clashes")."""
    for back, token in enumerate(reversed(before)):
        if token.lower_ in rules.distinct_modifiers:
            return False
        if token.lower_ in rules.definite_determiners:
            return back <= 2
    return False


def _listed_runs(
    parsed: ParsedArticle, quantities: Sequence[Quantity], joiners: frozenset[str],
) -> list[tuple[ParsedSentence, list[Quantity]]]:
    """The article's lists of two or more whole counts of a noun each, in one sentence, joined
    by nothing but the language's list joiners (`count_list_joiners`: commas, "and", "et"):
    "eight police officers and at least ten peasants"."""
    runs: list[tuple[ParsedSentence, list[Quantity]]] = []
    for sentence in parsed.sentences:
        counts = sorted((q for q in quantities if sentence.start <= q.start and q.end <= sentence.end
                         and q.value is not None and q.max is None and q.value == int(q.value) and q.value > 0
                         and q.unit),
                        key=lambda q: q.start)
        run: list[Quantity] = []
        for q in counts:
            if run and _joined(sentence, run[-1], q, joiners):
                run.append(q)
                continue
            if len(run) > 1:
                runs.append((sentence, run))
            run = [q]
        if len(run) > 1:
            runs.append((sentence, run))
    return runs


def _joined(sentence: ParsedSentence, first: Quantity, second: Quantity, joiners: frozenset[str]) -> bool:
    """Two counts with nothing but list joiners between them."""
    between = [t for t in sentence.tokens
               if first.end <= sentence.start + t.idx and sentence.start + t.idx + len(t.text) <= second.start]
    return bool(between) and all(t.lower_ in joiners for t in between)


def _side(sector: str | None) -> str | None:
    """Which side of a clash a sector fights on: a state's forces and offices, or the others."""
    if sector is None:
        return None
    return "state" if sector in _STATE_SECTORS else "non-state"


def _recipient_side(incident: Incident) -> str | None:
    """Which side of a clash the incident's recipient is on (`_side`), None without one."""
    return _side(incident.recipient.type if incident.recipient is not None else None)


def _sides_listed(
    incident: Incident, sentence: ParsedSentence, listed: Sequence[Quantity], recipient: Quantity,
    words: frozenset[str], knowledge_base: ActorKnowledgeBase,
) -> bool:
    """Each count of the list names one of the clash's two sides: the incident's recipient's
    count alone on its side (`_side`), every other count on the other and of a sector the
    clash names for a side (the incident's author, or a party of the fight word's phrase:
    "clashes between police and rioters", "heurts entre la population et les forces de
    l'ordre"), each count read by its noun as the roles stage reads an actor's
    (`actor_from_token`); and the incident's author is a side the text names (not an unnamed
    side nor a place). Not "Two policemen and three soldiers" (one side's dead), "Two men and
    three women" (dead of no one side), "Three civilians, two soldiers and four militants"
    (dead of both sides beside the recipient's), "Two soldiers and three civilians were killed
    in clashes with militants" (dead of no side named)."""
    actor = incident.actor
    if actor is None or actor.name == UNNAMED_SIDE or _side(actor.type) is None:
        return False
    told = _recipient_side(incident)
    if told is None:
        return False
    start, end = listed[0].start, listed[-1].end

    def sector(token: Token) -> str | None:
        if token.ent_type_ in _PLACE_LABELS:
            return None
        named = actor_from_token(sentence, token, knowledge_base)
        return named.type if named is not None else None

    sides = {actor.type} | {
        sector(t)
        for fight in sentence.tokens if fight.lower_ in words or fight.lemma_.casefold() in words
        for t in fight.subtree
        if t.pos_ in ("NOUN", "PROPN") and not start <= sentence.start + t.idx < end
    }
    for item in listed:
        if item is recipient:
            continue
        head = _count_head(sentence, item)
        kind = sector(head) if head is not None else None
        if _side(kind) in (None, told) or kind not in sides:
            return False
    return True


# Entity labels of places: a place named in a clash's phrase is no side of it.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _count_head(sentence: ParsedSentence, count: Quantity) -> Token | None:
    """The noun a count counts ("soldiers" of "two soldiers"): the one word of its span whose
    head lies outside it, if a noun."""
    inside = [t for t in sentence.tokens
              if count.start <= sentence.start + t.idx and sentence.start + t.idx + len(t.text) <= count.end]
    heads = [t for t in inside if t.head.i == t.i or not any(t.head.i == o.i for o in inside)]
    if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN"):
        return None
    return heads[0]


def _same_site(first: Incident, second: Incident) -> bool:
    """Two incidents at one place (by name) on one day (by value)."""
    def name(incident: Incident) -> str | None:
        return incident.location.name if incident.location is not None else None
    return name(first) == name(second) and _day_of(first) == _day_of(second)


def _day_of(item: Event | Incident) -> str | None:
    """The value of an event's or incident's date; None where it has none."""
    return item.date.value if item.date is not None else None


def _says_both_sides(event: Event, parsed: ParsedArticle, rules: AssembleRules) -> bool:
    """The mention's sentence tells harm on both sides (`both_sides_phrases`)."""
    sentence = parsed.sentence_at(event.trigger.start)
    if sentence is None or not rules.both_sides_phrases:
        return False
    text = parsed.text[sentence.start:sentence.end].casefold().replace("’", "'")
    return any(phrase in text for phrase in rules.both_sides_phrases)


def _tells_two_sides(event: Event, parsed: ParsedArticle, rules: AssembleRules) -> bool:
    """The mention's trigger is a word of a two-sided fight (`two_sided_words`)."""
    sentence = parsed.sentence_at(event.trigger.start)
    token = _trigger_token(sentence, event) if sentence is not None else None
    words = {event.trigger.text.casefold()}
    if token is not None:
        words.add(token.lemma_.casefold())
    return bool(words & rules.two_sided_words)
