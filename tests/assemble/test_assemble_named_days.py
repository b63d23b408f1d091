"""A day counted from the page's date gives way to a day the text names near it (`_best_date`).

"Yesterday", "overnight", "two days ago" count from the publication date, which a caption,
an update or a time zone may set a day off the writing; a weekday or a date another mention
of the incident names is the writer's own calendar. Sentences written for these tests; where
no incident holds the trigger, the first reported incident stands for it.
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from tessera.assemble.fields import _named_day
from tessera.records import Article, DateValue

pytestmark = pytest.mark.usefixtures("unfiltered")


def _date_of(pipeline, published: str, text: str, trigger: str) -> str | None:
    article = Article(id="t", text=text, language="en", published=dt.date.fromisoformat(published))
    document = pipeline.extract(article)
    triggers = {e.id: e.trigger.text.lower() for e in document.events}
    holding = [i for i in document.incidents if any(trigger in triggers[e] for e in i.events)]
    incident = holding[0] if holding else next(i for i in document.incidents if not i.context)
    return incident.date.value if incident.date is not None else None


@pytest.mark.parametrize(
    ("published", "text", "trigger", "expected"),
    [
        # A caption's "yesterday" against the day the report names: the named day.
        (
            "2024-03-09",
            "Mourners carry coffins after yesterday's bombing in Kano.\n\n"
            "The bombing on Saturday evening killed 12 people at a crowded market in Kano, police said on Sunday.",
            "bombing",
            "2024-03-09",
        ),
        (
            "2024-03-11",
            "Troops shot dead three protesters in Harare yesterday.\n\n"
            "The shooting on Saturday night came after days of unrest in the capital.",
            "shot",
            "2024-03-09",
        ),
        # A named day on the incident's own noun, or reached through a verb of occurrence
        # (`day_occurrence_verbs` of temporal.yaml), is the incident's.
        ("2024-03-09", "Gunmen killed six villagers in Zamfara yesterday. The raid on Friday night left the "
         "village deserted.", "killed", "2024-03-08"),
        ("2024-03-09", "Militants killed four soldiers near Gao yesterday. The ambush, on Friday night, was the "
         "deadliest this year.", "killed", "2024-03-08"),
        ("2024-03-09", "Gunmen killed six villagers in Zamfara yesterday. The attack, which took place late on "
         "Friday, left the village deserted.", "killed", "2024-03-08"),
        ("2024-03-09", "Gunmen killed six villagers in Zamfara yesterday. The attack, carried out late on Friday, "
         "left the village deserted.", "killed", "2024-03-08"),
        ("2024-03-09", "Gunmen killed six villagers in Zamfara yesterday. The attack happened on Friday night "
         "near the market.", "killed", "2024-03-08"),
    ],
)
def test_named_day_over_counted_day(pipeline, published, text, trigger, expected):
    assert _date_of(pipeline, published, text, trigger) == expected


@pytest.mark.parametrize(
    ("published", "text", "trigger", "expected"),
    [
        # The day the act was said on is no day of the act.
        ("2024-03-10", "Gunmen killed five people in a village near Kano yesterday, police said on Friday.",
         "killed", "2024-03-09"),
        # A named day of another clause, only told in a sentence, outside the counted day.
        (
            "2024-03-10",
            "Two days ago, soldiers killed 30 militants in the Hiran region in the latest clashes of the offensive.\n\n"
            "The ministry described it as a planned operation in a forest near the village of Bulo Burte on "
            "Wednesday night.",
            "killed",
            "2024-03-08",
        ),
        (
            "2024-03-09",
            "Gunmen killed four traders in Kano yesterday.\n\n"
            "The killings came as the town prepared for local elections held on Thursday.",
            "killed",
            "2024-03-08",
        ),
        # The day of another act told on the incident's noun (a participle: "condemned by ...
        # on Sunday"), which the article extracts as its own: that act's day, not the incident's,
        # even a day after the counted one.
        (
            "2024-03-10",
            "Soldiers shot dead two smugglers near the border town of Kousseri yesterday. "
            "The shooting, condemned by rights groups on Sunday, sparked anger in the town.",
            "shot",
            "2024-03-09",
        ),
        (
            "2024-03-10",
            "Gunmen killed nine worshippers at a church in Kaduna yesterday. "
            "The massacre, condemned by the president on Sunday, shocked the country.",
            "killed",
            "2024-03-09",
        ),
        # ... and so is a day told on a verb the article does not extract ("claimed",
        # "blamed", "condemned" with no actor): another act's day, not the incident's.
        ("2024-03-10", "Gunmen killed nine worshippers at a church in Kaduna yesterday. The attack, claimed by "
         "a local militia on Sunday, shocked the country.", "killed", "2024-03-09"),
        ("2024-03-10", "Police shot dead three protesters in Kisumu yesterday. The shooting, widely condemned on "
         "Sunday, drew crowds to the streets.", "shot", "2024-03-09"),
        ("2024-03-11", "A bomb killed six traders in a market in Beni two days ago. The blast, blamed on rebels "
         "by the army on Sunday, destroyed dozens of stalls.", "killed", "2024-03-09"),
        ("2024-03-10", "Gunmen killed five farmers in Bauchi two days ago. The assault, widely condemned on "
         "Saturday, sparked outrage.", "killed", "2024-03-08"),
    ],
)
def test_counted_day_kept(pipeline, published, text, trigger, expected):
    assert _date_of(pipeline, published, text, trigger) == expected


COUNTED = frozenset({"today", "tonight", "yesterday", "overnight", "ago"})
NAMES = frozenset({"friday", "saturday", "march"})


def _mention(text: str, value: str, position: int, stated: bool = True, said: bool = False) -> SimpleNamespace:
    precision = "interval" if "/" in value else "day"
    date = DateValue(text=text, start=0, end=len(text), value=value, precision=precision)
    return SimpleNamespace(date=date, date_stated=stated, date_said=said, position=position)


def test_named_day_rules():
    overnight = _mention("overnight", "2024-03-08/2024-03-09", 0)
    # Only told in its sentence, a named day narrows the counted span it lies in ...
    inside = _mention("late on Friday night", "2024-03-08", 1, stated=False)
    assert _named_day(overnight, [overnight, inside], COUNTED, NAMES, 2) is inside
    # ... but does not move a counted day to another day.
    yesterday = _mention("yesterday", "2024-03-09", 0)
    assert _named_day(yesterday, [yesterday, inside], COUNTED, NAMES, 2) is None
    # Stated for its own mention, it does, within the slack.
    stated = _mention("on Friday", "2024-03-08", 1)
    assert _named_day(yesterday, [yesterday, stated], COUNTED, NAMES, 2) is stated
    far = _mention("on March 3", "2024-03-03", 1)
    assert _named_day(yesterday, [yesterday, far], COUNTED, NAMES, 2) is None
    # The day the act was said on is no day of the act.
    said = _mention("on Friday", "2024-03-08", 1, said=True)
    assert _named_day(yesterday, [yesterday, said], COUNTED, NAMES, 2) is None
    # Nor a day also stated for an act outside the incident ("condemned ... on Friday").
    assert _named_day(yesterday, [yesterday, stated], COUNTED, NAMES, 2, taken=frozenset({0})) is None
    # A named day itself is kept; a language with no counted words reads none.
    assert _named_day(stated, [stated, yesterday], COUNTED, NAMES, 2) is None
    assert _named_day(yesterday, [yesterday, stated], frozenset(), NAMES, 2) is None
