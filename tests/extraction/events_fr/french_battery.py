"""What the French event batteries check of one coded event, shared by
test_events_fr_battery.py and test_events_fr_battery2.py: a case names fields by short keys
("acountry": the actor's country, "rtype": the recipient's type ...) with the value wanted."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tessera.records import Event, as_article

PUBLISHED = dt.date(2023, 10, 2)


def holds(event: Event, key: str, value: Any) -> bool:
    """Whether the field `key` of `event` has `value`; a role that is absent has no field."""
    actor, recipient = event.actor, event.recipient
    return {
        "fat": lambda: event.fatalities == value,
        "inj": lambda: event.injuries == value,
        "mode": lambda: event.mode == value,
        "actor": lambda: actor is not None and actor.name == value,
        "acountry": lambda: actor is not None and actor.country == value,
        "atype": lambda: actor is not None and actor.type == value,
        "rname": lambda: recipient is not None and recipient.name == value,
        "rcountry": lambda: recipient is not None and recipient.country == value,
        "rtype": lambda: recipient is not None and recipient.type == value,
    }[key]()


def coded_events(pipeline: Any, text: str) -> list[Event]:
    """The events the French pipeline codes in `text`, published on PUBLISHED."""
    article = as_article({"id": "t", "text": text, "published": PUBLISHED, "language": "fr"})
    return list(pipeline.extract(article).events)
