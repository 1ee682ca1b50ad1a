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
    source_items: dict[str, str] = {}  # each article's link, made once (cited by ~30 slides each)

    def source_item(slug: str) -> str:
        item = source_items.get(slug)
        if item is None:
            title = escape(titles_by_slug.get(slug, slug))
            item = source_items[slug] = f'<li><a href="{escape(url_for_slug(slug))}">{title}</a></li>'
        return item

    return {"events": [_slide(group, source_item) for group in groups]}


def _slide(group: EventGroup, source_item: Callable[[str], str]) -> dict[str, Any]:
    start = group.start
    fields = {"year": start.year, "month": start.month, "day": start.day}
    first = group.events[0]
    slugs = group.slugs
    sources = "".join(source_item(slug) for slug in slugs)
    return {
        "unique_id": f"{group.value}-{slugs[0]}-{first.block}-{first.sentence_start}",
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
