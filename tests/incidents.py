"""Helpers shared by the assembly tests: what an analyst reads of a coded document."""

from __future__ import annotations

from tessera.records import Document, Incident


def assaults(document: Document) -> list[Incident]:
    """The asserted assaults told as incidents (not context)."""
    return [i for i in document.incidents if i.type == "ASSAULT" and not i.context and i.mode == "asserted"]


def occasions(incidents: list[Incident]) -> list[Incident]:
    """The incidents less each fight's other side (`assemble._two_sided`: a second record of
    the same mentions with the sides reversed): one per occasion told, in their order."""
    seen: set[tuple[str, ...]] = set()
    kept: list[Incident] = []
    for incident in incidents:
        key = tuple(incident.events)
        if key not in seen:
            seen.add(key)
            kept.append(incident)
    return kept


def told_as_two_sides(first: Incident, second: Incident) -> bool:
    """`first` and `second` are one fight told from each side (`assemble._two_sided`): the
    same mentions, the actor of one the recipient of the other (by the words told)."""
    def side(actor: object) -> str | None:
        return getattr(actor, "text", None)

    return (first.events == second.events
            and (side(first.actor), side(first.recipient)) == (side(second.recipient), side(second.actor)))
