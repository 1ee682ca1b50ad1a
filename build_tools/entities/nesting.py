"""Mentions nested in others: a name inside another's descriptor or possessor.

"U.S." in "U.S. automaker GM" and "Singapore" in "Singapore's Changi Airport"
are mentions of their own, inside the mention that widens over them (see
`descriptors`): the recogniser and the linking keep both, the wider one first.
A widening that would cut another mention in two is not taken.
"""

from __future__ import annotations

from typing import Protocol, TypeVar

__all__ = ["Extent", "in_reading_order", "nest_covered"]


class Extent(Protocol):
    """Anything with offsets: a recognised span, a registry hit."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


E = TypeVar("E", bound=Extent)


def nest_covered(previous: list[E], nested: list[E], start: int) -> bool:
    """Whether a mention widened to `start` can be taken after `previous` (in text order,
    not overlapping): the names it covers whole, inside its descriptor or possessor,
    move from `previous` to `nested` (they stay mentions of their own). False, moving
    none, when it would cut one in two (then the widening is not taken)."""
    count = 0
    while count < len(previous) and previous[-1 - count].end > start:
        count += 1
    if count and previous[-count].start < start:
        return False
    if count:
        nested.extend(previous[-count:])
        del previous[-count:]
    return True


def in_reading_order(kept: list[E], nested: list[E]) -> list[E]:
    """The mentions of one text by start, the longer first: a mention before those nested in it."""
    return sorted(kept + nested, key=lambda extent: (extent.start, -extent.end)) if nested else kept
