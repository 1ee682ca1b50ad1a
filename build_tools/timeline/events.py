"""Article -> dated events: the timeline stage's entry point, grouping and labels.

Only DATE expressions whose value names a calendar period are placed: a day,
ISO week, month, season, quarter, half-year (shown as its months), year or
decade. TIME values ('2025-06-10TMO', '2025-06-10T10:30') reduce to their
day. Durations ('P3Y'), sets ('P1M'), vague references ('PRESENT_REF') and
values that needed an anchor we did not have ('') are not placed: they say
how long or how often, not when.
"""

from __future__ import annotations

import functools
import operator
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from typing import NamedTuple

from build_tools.model import Article, Granularity, Mention, TimelineEvent
from build_tools.sentences import sentence_spans
from build_tools.timeline import normalise as nz
from build_tools.timeline.tagger import Timex, TimexType, tag


class EventGroup(NamedTuple):
    """Events from one or more articles that name the same period and the same actors.

    A named tuple: every build groups the archive's events again (90,000 groups at
    10,000 articles), and a frozen dataclass's __init__ was a fifth of that.
    """

    value: str
    granularity: Granularity
    start: date
    end: date
    events: tuple[TimelineEvent, ...]
    slugs: tuple[str, ...]
    """The articles cited, each once, in order (made once: the timeline sorts and cites
    90,000 groups by them at 10,000 articles)."""

    @classmethod
    def of(cls, events: Sequence[TimelineEvent]) -> EventGroup:
        """The group of these events (of one value, in order)."""
        first = events[0]
        if len(events) == 1:  # most groups: no generator and dict for them
            slugs: tuple[str, ...] = (first.article_slug,)
        else:
            slugs = tuple(dict.fromkeys(map(_ARTICLE_SLUG, events)))
        return cls(first.value, first.granularity, first.start, first.end, tuple(events), slugs)

    @property
    def entity_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(e for event in self.events for e in event.entity_ids))


def find_events(article: Article, mentions: Sequence[Mention]) -> tuple[TimelineEvent, ...]:
    """Tag every body block and place each calendar DATE on the timeline.

    Args:
        article: the article; its publication date anchors relative expressions.
        mentions: entity mentions in the body; those inside an event's sentence
            become the event's `entity_ids`.
    Returns:
        Events in reading order (block, then offset).
    """
    anchor = article.published.value if article.published else None
    events: list[TimelineEvent] = []
    by_block: dict[int, list[Mention]] = {}
    for mention in mentions:
        by_block.setdefault(mention.block, []).append(mention)
    slug = article.capture.slug
    for index, block in enumerate(article.body):
        found = tag(block.text, anchor)
        if not found:
            continue  # most blocks name no time: their sentences are not needed
        spans = sentence_spans(block.text)
        in_block = by_block.get(index, [])
        for timex in found:
            event = _event(timex, block.text, spans, index, in_block, slug, anchor)
            if event is not None:
                events.append(event)
    return tuple(events)


def _event(
    timex: Timex,
    text: str,
    spans: list[tuple[int, int]],
    block: int,
    mentions: Sequence[Mention],
    slug: str,
    anchor: date | None,
) -> TimelineEvent | None:
    if timex.type not in (TimexType.DATE, TimexType.TIME) or not timex.value:
        return None
    placed = nz.period(timex.value)
    if placed is None:
        return None
    granularity, start, end = placed
    first, last = next(((s, e) for s, e in spans if s <= timex.start < e), (0, len(text)))
    entity_ids = tuple(dict.fromkeys(m.entity_id for m in mentions if first <= m.start and m.end <= last))
    return TimelineEvent(
        value=timex.value.split("T", 1)[0],
        granularity=granularity,
        start=start,
        end=end,
        expression=timex.text,
        sentence=text[first:last],
        block=block,
        sentence_start=first,
        entity_ids=entity_ids,
        article_slug=slug,
        anchor=anchor if _needed_anchor(timex, anchor) else None,
        warning=timex.warning,
    )


def _needed_anchor(timex: Timex, anchor: date | None) -> bool:
    """Whether the value depended on the anchor: it would be '' without one."""
    if anchor is None:
        return False
    return _value_alone(timex.text) != timex.value


@functools.lru_cache(maxsize=1 << 14)  # expressions repeat ("Tuesday", "last week") across articles
def _value_alone(expression: str) -> str | None:
    """The value of an expression tagged on its own without an anchor, if it is one expression."""
    alone = tag(expression, None)
    return alone[0].value if len(alone) == 1 else None


def group_events(
    events: Iterable[TimelineEvent], by_entity: defaultdict[str, list[TimelineEvent]] | None = None
) -> list[EventGroup]:
    """Group events naming the same period whose actors overlap, across articles.

    Two events join when they have the same value and share an entity: the
    same day alone does not make the same event, and events naming no entity
    stay on their own (nothing says they are one). Sorted by start date, then
    value, then article slugs, for stable pages.

    `by_entity`, if given, gets each entity's events appended in date order (by
    start, then value; within a value, by article), in the pass that groups them.
    """
    # Only events of one value can join, so each value is grouped on its own: the
    # values are few (a few thousand at 10,000 articles, against ~300,000 events),
    # and sorting each value's events is much cheaper than sorting them all.
    by_value: dict[tuple[date, str], list[TimelineEvent]] = {}
    for event in events:
        by_value.setdefault((event.start, event.value), []).append(event)
    built: list[EventGroup] = []
    for key in sorted(by_value):  # (start, value): the groups' order, then slugs within a value
        # Events of one value differ only from the article on: C key functions are enough.
        groups = map(EventGroup.of, _join(sorted(by_value[key], key=_WITHIN_VALUE), by_entity))
        built.extend(sorted(groups, key=_SLUGS))
    return built


def _join(
    events: list[TimelineEvent], by_entity: defaultdict[str, list[TimelineEvent]] | None
) -> list[list[TimelineEvent]]:
    """Events of one value, in order, into groups: an event joins the earliest group
    that shares an entity with it (indexed by entity, so this stays linear). Each
    event is appended to its entities' lists in `by_entity` too, if given."""
    groups: list[list[TimelineEvent]] = []
    group_of: dict[str, int] = {}
    for event in events:
        # A plain loop, not min() over a generator: 310,000 events at 10,000 articles.
        home = -1
        for entity_id in event.entity_ids:
            found = group_of.get(entity_id, -1)
            if found >= 0 and (home < 0 or found < home):
                home = found
        if home < 0:
            home = len(groups)
            groups.append([])
        groups[home].append(event)
        for entity_id in event.entity_ids:
            group_of.setdefault(entity_id, home)
            if by_entity is not None:
                by_entity[entity_id].append(event)
    return groups


_WITHIN_VALUE = operator.attrgetter("article_slug", "block", "sentence_start")
_SLUGS = operator.attrgetter("slugs")
_ARTICLE_SLUG = operator.attrgetter("article_slug")


_HALVES = {"1": "first", "2": "second"}


@functools.lru_cache(maxsize=1 << 14)  # a few thousand values, each described for many events
def describe_period(value: str) -> str:
    """A reader's label that shows how precise the date is.

    '2025-06-10' -> '10 June 2025'; '2025-W23' -> 'week of 2 June 2025';
    '2025-06' -> 'June 2025'; '2025-Q3' -> 'Q3 2025'; '2025-SU' -> 'summer 2025';
    '2025' -> '2025'; '199' -> 'the 1990s'. Values that name no period are
    returned unchanged.
    """
    placed = nz.period(value)
    if placed is None:
        return value
    granularity, start, _ = placed
    day = value.split("T", 1)[0]
    if granularity is Granularity.DAY:
        return f"{start.day} {start:%B} {start.year}"
    if granularity is Granularity.WEEK:
        prefix = "weekend of" if day.endswith("-WE") else "week of"
        return f"{prefix} {start.day} {start:%B} {start.year}"
    if granularity is Granularity.MONTH:
        return f"{start:%B} {start.year}" if "-H" not in day else f"{_HALVES[day[-1]]} half of {start.year}"
    if granularity is Granularity.SEASON:
        return f"{nz.season_name(day[-2:])} {start.year}"
    if granularity is Granularity.QUARTER:
        return f"{day[-2:]} {start.year}"
    if granularity is Granularity.YEAR:
        return str(start.year)
    return f"the {start.year if start.year > 1 else 0}s"
