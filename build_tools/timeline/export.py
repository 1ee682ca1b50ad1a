"""Event groups -> TimelineJS3 JSON, for an interactive timeline page.

TimelineJS3 reads `{"events": [...]}` where each event has a `start_date`
of `year`, `month`, `day` (each optional below the year); we give only the
parts the value knows, so a month-level event is not drawn on its first day.
Weeks, seasons and quarters have no TimelineJS precision of their own: they
start at their first day with `display_date` saying the real precision.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from html import escape
from typing import Any

from build_tools.model import Granularity
from build_tools.timeline.events import EventGroup, describe_period

_PARTS = {
    Granularity.DAY: ("year", "month", "day"),
    Granularity.WEEK: ("year", "month", "day"),
    Granularity.MONTH: ("year", "month"),
    Granularity.SEASON: ("year", "month"),
    Granularity.QUARTER: ("year", "month"),
    Granularity.YEAR: ("year",),
    Granularity.DECADE: ("year",),
}


def timelinejs_json(
    groups: Sequence[EventGroup],
    titles_by_slug: Mapping[str, str],
    url_for_slug: Callable[[str], str],
) -> dict[str, Any]:
    """A TimelineJS3 document: one slide per event group, in the groups' order.

    Args:
        groups: from `group_events` (already sorted by date).
        titles_by_slug: article titles, for the source links.
        url_for_slug: the page URL of an article.
    Returns:
        A JSON-ready dict; `unique_id`s are stable across builds.
    """
    events = [_slide(group, titles_by_slug, url_for_slug) for group in groups]
    return {"events": events}


def _slide(
    group: EventGroup, titles: Mapping[str, str], url_for_slug: Callable[[str], str]
) -> dict[str, Any]:
    start = group.start
    fields = {"year": start.year, "month": start.month, "day": start.day}
    first = group.events[0]
    sources = "".join(
        f'<li><a href="{escape(url_for_slug(slug))}">{escape(titles.get(slug, slug))}</a></li>'
        for slug in group.slugs
    )
    return {
        "unique_id": f"{group.value}-{group.slugs[0]}-{first.block}-{first.sentence_start}",
        "start_date": {
            **{part: fields[part] for part in _PARTS[group.granularity]},
            "display_date": describe_period(group.value),
        },
        "text": {
            "headline": escape(first.sentence if len(first.sentence) <= 90 else first.sentence[:87] + "..."),
            "text": f"<p>{escape(first.sentence)}</p><ul>{sources}</ul>",
        },
        "group": group.granularity.value,
    }
