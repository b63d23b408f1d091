"""Matching coded incidents against a battery's expected ones, shared by the wire batteries.

An expected incident is a tuple of fields (type, actor country, ...) in which `ANY` stands for a
field the case does not check; incidents match as a multiset (order free).
"""

from __future__ import annotations

from typing import Any

ANY = object()


def matches(found: tuple[Any, ...], expected: tuple[Any, ...], *, strict: bool = True) -> bool:
    """Whether `found` has every field of `expected` (ANY matches anything). With `strict`, the
    two have the same length; without, `expected` may leave off trailing fields."""
    return all(e is ANY or f == e for f, e in zip(found, expected, strict=strict))


def assert_incidents(found: list[tuple[Any, ...]], expected: list[tuple[Any, ...]], *, strict: bool = True) -> None:
    """One found incident for each expected one, and no other."""
    assert len(found) == len(expected), found
    unmatched = list(found)
    for want in expected:
        hit = next((f for f in unmatched if matches(f, want, strict=strict)), None)
        assert hit is not None, (want, found)
        unmatched.remove(hit)
