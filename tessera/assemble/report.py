"""The report's own day: what day an incident told with no date of its own happened, from the
publication or dateline day and the tense it is told in.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from tessera.assemble.dates import (
    _REPORT_RECENT_DAYS,
    _saying_day,
)
from tessera.assemble.mentions import (
    _Draft,
)
from tessera.assemble.rules import (
    AssembleRules,
)
from tessera.dedupe import value_window
from tessera.extraction.dates import (
    bounds_a_span,
    occasion_day,
    occasion_span,
    relation_distance,
)
from tessera.parse import ParsedArticle
from tessera.records import (
    DateValue,
    Event,
    Incident,
)


def _after_report(incident: Incident, published: dt.date | None) -> bool:
    """An asserted incident whose date begins after the report's day: a report cannot tell
    as done what has not happened yet ("a ceasefire to start on 8 October", "the complete
    withdrawal of the mission by April"); the act is planned (mode `future`)."""
    if published is None or incident.mode != "asserted" or incident.date is None:
        return False
    window = value_window(incident.date)
    return window is not None and window[0] > published


# The widest span still read as the report's occasion: a day, a night across two days,
# "between Tuesday and Thursday"; not "last week" (told as another occasion).
_REPORT_DAY_SPAN = 3
# The span of a stated month's window, in days past its first (February's 28 days: 27).
_MONTH_DAYS = 27


def _before_report(window: tuple[dt.date, dt.date], published: dt.date | None, page_month: dt.date | None) -> bool:
    """Days that end more than `_REPORT_RECENT_DAYS` before the report's day (`_Mention.past`).
    Without `published`, a page that gives only its month (`page_month`, its last day): days
    ending more than that week before the month begins, or a whole month or more before it
    ("Le mois dernier", "En janvier" on a page of March): a page tells its month's news."""
    if published is not None:
        return (published - window[1]).days > _REPORT_RECENT_DAYS
    if page_month is None:
        return False
    first = page_month.replace(day=1)
    return (first - window[1]).days > _REPORT_RECENT_DAYS or (
        window[1] < first and (window[1] - window[0]).days >= _MONTH_DAYS
    )


def _opens_on_time(event: Event, parsed: ParsedArticle, dates: Sequence[DateValue] | None) -> bool:
    """The mention's sentence opens on a date, before its trigger, whether or not the dates
    stage could resolve it ("Samedi dernier, un attentat-suicide a fait 25 morts à X")."""
    sentence = parsed.sentence_at(event.trigger.start)
    if sentence is None or not dates:
        return False
    return any(
        sentence.start <= date.start and date.end <= event.trigger.start and _fronted(parsed, date) for date in dates
    )


# `IncidentEvidence.date` of a date taken from the article's publication date, not from a
# mention (`occasion_day`'s fallback: no words of the text state it).
PUBLISHED_EVIDENCE = "published"


def _report_day(
    drafts: list[_Draft],
    incidents: list[Incident],
    published: dt.date | None,
    rules: AssembleRules,
    dates: Sequence[DateValue] | None,
    filed: dt.date | None = None,
    page_month: dt.date | None = None,
    parsed: ParsedArticle | None = None,
) -> list[Incident]:
    """Undated incidents take the report's day: the date of the first incident, in the
    order told, whose date is a day or a span of at most `_REPORT_DAY_SPAN` days ending at
    most `_REPORT_RECENT_DAYS` before `published` (on a page giving only its month, not
    before that month: `_before_report`), and that is not planned (see the module
    docstring). Not a context item, nor one announced as another incident
    (`_takes_report_day`). `filed`: the dateline's day ("MAIDUGURI, Nigeria, Jan 5 (Reuters)
    -"), when the report was written: its occasion ends then, not at a later publication.
    A page with no publication day that gives only its month (`page_month`,
    `undated_take_page_month`): a weekday told there is one day, read as that weekday's
    days of the month (`_weekday_of_month`), and may be the report's day as a day is;
    without one, an undated incident is that month's news, the report's occasion as closely
    as the page tells it."""
    source = next(
        (
            incident
            for draft, incident in zip(drafts, incidents, strict=True)
            if not draft.context
            and not _sequenced_draft(draft)
            and incident.mode != "future"
            # An act the report doubts ("des rumeurs laissaient croire que les otages avaient été
            # libérés", in a sentence opened by "ce matin") tells no day of its occasion unless a
            # day is stated for it.
            and (incident.mode == "asserted" or any(m.date_stated for m in draft.members))
            and incident.date is not None
            and not _counted_from_report(incident.date, published)
            and (window := value_window(incident.date)) is not None
            and ((window[1] - window[0]).days < _REPORT_DAY_SPAN or _weekday_of_month(window, page_month))
            and not _before_report(window, published, page_month)
        ),
        None,
    )
    # A statement dated by the publication day (`_said_on_report_day`) states no day of the
    # report's occasion: the check below reads the incidents as the text dated them.
    told = incidents
    occasion = value_window(source.date) if source is not None and source.date is not None else None
    incidents = _said_on_report_day(drafts, incidents, published, rules, filed, parsed, dates,
                                    occasion[0] if occasion is not None else None)
    day, evidence_id = (
        (source.date, source.evidence.date) if source is not None else _told_day(drafts, published, page_month)
    )
    if day is None and published is not None:
        anchor = filed if filed is not None and filed < published else published
        # Only a date that ends before the report's week makes the other incidents' news of
        # the report's occasion (`occasion_after_dated`); a span that ends within that week
        # ("Only days ago, the president accused ...") tells no other occasion.
        dated = any(
            incident.date is not None and incident.date.value
            and not _ends_in_week(incident.date, anchor)
            for draft, incident in zip(drafts, told, strict=True)
            if not draft.context
        )
        if not dated:
            # No incident dated at all: the first day the text tells in the report's week ("The
            # wedding was held on Saturday"), else the report's occasion (`occasion_day`).
            # Not the end of a span ("autorisée jusqu'hier"): the last day of a state, no
            # occasion (`bounds_a_span`).
            day = occasion_day([d for d in dates or () if parsed is None
                                or not bounds_a_span(parsed.text, d, rules.language)], anchor)
        elif rules.occasion_after_dated:
            # Incidents dated, but none in the report's week (a coup two months back, "last
            # week", a year): an undated one is still the report's news, its occasion stated
            # by no words, publication and the day before (`occasion_span`); not a day the
            # text tells, which may be that of another story (`occasion_after_dated`).
            day = occasion_span(anchor)
        # A day the text tells traces itself by its span; the report's occasion is stated by
        # no words, so its evidence is the article's publication date.
        evidence_id = None if day is None or day.text else PUBLISHED_EVIDENCE
    if day is None and published is None and page_month is not None and rules.undated_take_page_month:
        day = DateValue(text="", start=0, end=0, value=f"{page_month.year:04d}-{page_month.month:02d}",
                        precision="month")
        evidence_id = PUBLISHED_EVIDENCE
    if day is None:
        return incidents
    evidence = {"date": evidence_id}
    report = value_window(day) if day.value else None
    out: list[Incident] = []
    for draft, incident in zip(drafts, incidents, strict=True):
        if not (_undated(incident, rules) and not draft.context and _takes_report_day(draft, rules)):
            out.append(incident)
            continue
        # An undated incident whose own sentences the extraction dated to a later day of the
        # report's week than the report's day ("Le lendemain, mardi 26 août, tout a basculé.
        # A Kavimvira, un échange de tirs a éclaté"): that later day, the one its telling is of.
        own, own_from = _told_day([draft], published, page_month)
        own_window = value_window(own) if own is not None and own.value else None
        if own_window is not None and report is not None and own_window[0] > report[1]:
            out.append(incident.model_copy(update={
                "date": own, "evidence": incident.evidence.model_copy(update={"date": own_from})}))
            continue
        out.append(incident.model_copy(
            update={"date": day, "evidence": incident.evidence.model_copy(update=evidence)}))
    return out


def _ends_in_week(date: DateValue, anchor: dt.date) -> bool:
    """A date whose whole span lies in the week before the report's day (`_REPORT_RECENT_DAYS`),
    not after it: "days ago", not "last week" or "earlier this month", which began before."""
    window = value_window(date)
    return window is not None and 0 <= (anchor - window[1]).days and (anchor - window[0]).days <= _REPORT_RECENT_DAYS


def _counted_from_report(date: DateValue, published: dt.date | None) -> bool:
    """A relation's text dated by the report's own day (`_relation_main_day`): the day the
    report was written, not one its text tells, so no day of the report's occasion."""
    return (published is not None and date.value == published.isoformat()
            and relation_distance(date.text) is not None)


def _weekday_of_month(window: tuple[dt.date, dt.date], page_month: dt.date | None) -> bool:
    """The reading of one weekday on a page known only by its month (`page_month`, its
    last day): that weekday's days of the month, a span from a first to a last day of
    one weekday, both in that month ("samedi" under 2019-12: 2019-12-07/2019-12-28)."""
    first, last = window
    return page_month is not None and first < last and (last - first).days % 7 == 0 \
        and (first.year, first.month) == (last.year, last.month) == (page_month.year, page_month.month) \
        and first.day <= 7 and (page_month - last).days < 7


def _said_on_report_day(
    drafts: list[_Draft],
    incidents: list[Incident],
    published: dt.date | None,
    rules: AssembleRules,
    filed: dt.date | None = None,
    parsed: ParsedArticle | None = None,
    dates: Sequence[DateValue] | None = None,
    occasion: dt.date | None = None,
) -> list[Incident]:
    """An undated threat, accusation, demand or denial (`publication_day_types`) is dated by
    the day the report's sources spoke, not by the occasion it answers: it is made when it
    is said ("the president said those responsible will pay a heavy price", "the party
    condemned the attack", the day after the attack it answers), and a report tells a
    statement with no day of its own as the day's news. That day is the first the report
    tells on a verb of saying ("the army said on Tuesday", `_saying_day_told`, not before the
    report's `occasion`), else the report's publication day, or its dateline's (`filed`) when
    written before. The article is read for that day only when such a statement is undated."""
    if published is None or not rules.publication_day_types:
        return incidents
    undated = [
        incident.type in rules.publication_day_types and _undated(incident, rules) and not draft.context
        for draft, incident in zip(drafts, incidents, strict=True)
    ]
    if not any(undated):
        return incidents
    saying = _saying_day_told(parsed, dates, published, occasion)
    evidence: dict[str, str | None]
    if saying is not None:
        day, evidence = saying, {"date": None}
    else:
        told = filed if filed is not None and filed < published else published
        day = DateValue(text="", start=0, end=0, value=told.isoformat(), precision="day")
        evidence = {"date": PUBLISHED_EVIDENCE}
    return [
        incident.model_copy(update={"date": day, "evidence": incident.evidence.model_copy(update=evidence)})
        if due else incident
        for due, incident in zip(undated, incidents, strict=True)
    ]


def _saying_day_told(
    parsed: ParsedArticle | None,
    dates: Sequence[DateValue] | None,
    published: dt.date | None,
    occasion: dt.date | None = None,
) -> DateValue | None:
    """The first day the report tells on a verb of saying ("police said on Tuesday", "said
    in a statement on Monday": `speech_day`), of the report's week and not before its
    occasion (the first day of the incident it reports): when its sources spoke."""
    if parsed is None or not dates or published is None:
        return None
    for date in sorted(dates, key=lambda d: d.start):
        window = value_window(date) if date.value and date.precision == "day" else None
        if window is None or not 0 <= (published - window[1]).days <= _REPORT_RECENT_DAYS:
            continue
        if occasion is not None and window[1] < occasion:
            continue
        sentence = parsed.sentence_at(date.start)
        if sentence is not None and sentence.deep and _saying_day(sentence, date):
            return date
    return None


# A word of a date's text: letters, with an elided or hyphenated part ("aujourd'hui",
# "après-midi").
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?(?:-[^\W\d_]+)?")


def _undated(incident: Incident, rules: AssembleRules) -> bool:
    """No day placed on the calendar: no date, or only one that the dates stage found but
    could not place. A part of a day ("an early morning attack", "Tonight" in a page with
    no date: `unplaced_day_words`) names a time of a day the report does not otherwise
    give, its occasion's as much as silence is; an expression of no time of the act ("his
    23-year rule", "a three-week strike") tells none; unplaced words of another time
    ("recently", "days ago", "a day after ...", "at the time", a weekday:
    `unplaced_other_time_words`) are not the report's day."""
    if incident.date is None:
        return True
    if incident.date.value:
        return False
    words = _WORD.findall(incident.date.text.casefold())
    if any(word in rules.unplaced_day_words or word in rules.shortly_after_units for word in words):
        return True
    return not any(word in rules.unplaced_other_time_words for word in words)


def _told_day(
    drafts: list[_Draft], published: dt.date | None, page_month: dt.date | None = None
) -> tuple[DateValue | None, str | None]:
    """With no incident dated, the report's day is the day the extraction gave the first
    mention told, a day of the report's week: its sentence's, or the one the article told
    before it ("Le 15 août 2022, le dernier soldat ... Onze heures plus tard, le dernier
    détachement franchissait la frontière"); on a page giving only its month, not a day
    of the past (`_before_report`), and a weekday's days of that month (`_weekday_of_month`)
    as one day, as `_report_day` reads an incident's."""
    for draft in drafts:
        if draft.context:
            continue
        for mention in draft.members:
            if mention.event.mode != "asserted" and not mention.date_stated:
                # A doubted or denied act's day that only its sentence tells (`_report_day`).
                continue
            date = mention.event.date
            window = value_window(date) if date is not None and date.value else None
            if window is None or ((window[1] - window[0]).days >= _REPORT_DAY_SPAN
                                  and not _weekday_of_month(window, page_month)):
                continue
            if published is not None and not 0 <= (published - window[1]).days <= _REPORT_RECENT_DAYS:
                continue
            if published is None and _before_report(window, published, page_month):
                continue
            return date, mention.event.id
    return None, None


def _sequenced_draft(draft: _Draft) -> bool:
    """Every mention of the incident is told as a distance before or after another event
    (`MentionFacts.sequenced`): it happened on another day than that event, which it
    neither lends nor borrows."""
    return all(m.facts.sequenced for m in draft.members)


def _takes_report_day(draft: _Draft, rules: AssembleRules) -> bool:
    """An undated incident takes the report's day unless announced as another incident by
    an ordinal ("a second attack") or a modifier of another time or a series ("an earlier
    raid", "another attack"), or told as a distance before or after another event ("days
    after militants ambushed a convoy": `_sequenced_draft`); one announced by a modifier of
    the same occasion (`same_time_modifiers`: "Other protests were held in Doba", "in a
    separate incident") is that day's too."""
    if _sequenced_draft(draft):
        return False
    facts = draft.members[0].facts
    if not facts.distinct:
        return True
    return facts.distinct_by in rules.same_time_modifiers


def _fronted(parsed: ParsedArticle, date: DateValue) -> bool:
    """The date opens its sentence, after one word at most ("On Sunday, ...", "Last March
    ...", "Two weeks ago, ...")."""
    sentence = parsed.sentence_at(date.start)
    if sentence is None:
        return False
    before = parsed.text[sentence.start : date.start].split()
    return len(before) <= 1 and all(w.isalpha() for w in before)
