"""Event groups -> TimelineJS3 JSON, for an interactive timeline page.

TimelineJS3 reads `{"events": [...]}` where each event has a `start_date`
of `year`, `month`, `day` (each optional below the year); we give only the
parts the value knows, so a month-level event is not drawn on its first day.
Weeks, seasons and quarters have no TimelineJS precision of their own: they
start at their first day with `display_date` saying the real precision.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from html import escape
from json.encoder import encode_basestring as _string  # json.dumps' own, for ensure_ascii=False
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
    result: dict[str, Any] = json.loads(timelinejs_text(groups, titles_by_slug, url_for_slug))
    return result


def timelinejs_text(
    groups: Sequence[EventGroup],
    titles_by_slug: Mapping[str, str],
    url_for_slug: Callable[[str], str],
) -> str:
    """`timelinejs_json` as the file's text: compact JSON, keys sorted, non-ASCII kept,
    exactly what `json.dumps(..., ensure_ascii=False, sort_keys=True, separators=(",", ":"))`
    makes of it, and a newline.

    Written directly rather than by json.dumps, in pieces joined once: at 10,000
    articles the document is 66 MB, most of it links to 11,000 articles cited
    262,000 times; each link is encoded once here, and the text is copied once
    (CPU at 10,000 articles: 1.2-1.3 s for the dict and json.dumps, 0.85-0.97 s this way).
    """
    source_items: dict[str, str] = {}  # each article's link as JSON string content, made once

    def source_item(slug: str) -> str:
        item = source_items.get(slug)
        if item is None:
            title = escape(titles_by_slug.get(slug, slug))
            item = source_items[slug] = _content(f'<li><a href="{escape(url_for_slug(slug))}">{title}</a></li>')
        return item

    pieces = ['{"events":[']
    for index, group in enumerate(groups):
        if index:
            pieces.append(",")
        _add_slide(pieces, group, source_item)
    pieces.append("]}\n")
    return "".join(pieces)


def _add_slide(pieces: list[str], group: EventGroup, source_item: Callable[[str], str]) -> None:
    """One slide as a JSON object, in pieces: `_SLIDE_HEAD`, the source links, `_SLIDE_TAIL`.

    The text's string is encoded in pieces too: JSON escapes each character on its
    own, so the pieces joined are the whole string encoded.
    """
    start = group.start
    first = group.events[0]
    sentence = first.sentence
    date = _START_DATE[group.granularity].format(
        day=start.day, month=start.month, year=start.year, display_date=_string(describe_period(group.value))
    )
    pieces.append(
        _SLIDE_HEAD.format(
            group=_string(group.granularity.value),
            start_date=date,
            headline=_string(escape(sentence if len(sentence) <= 90 else sentence[:87] + "...")),
            text_start=_content(f"<p>{escape(sentence)}</p><ul>"),
        )
    )
    pieces.extend(map(source_item, group.slugs))
    unique_id = f"{group.value}-{group.slugs[0]}-{first.block}-{first.sentence_start}"
    pieces.append(_SLIDE_TAIL.format(unique_id=_string(unique_id)))


# A slide's JSON, keys in sorted order as json.dumps(sort_keys=True) writes them:
# group, start_date, text (headline, text), unique_id. The text's string is left
# open after its start, for the source links, and closed by the tail.
_SLIDE_HEAD = '{{"group":{group},"start_date":{{{start_date}}},"text":{{"headline":{headline},"text":"{text_start}'
_SLIDE_TAIL = '</ul>"}},"unique_id":{unique_id}}}'
# The date parts each precision gives, keys sorted ("display_date" falls between "day" and "month").
_START_DATE = {
    granularity: ",".join(f'"{key}":{{{key}}}' for key in sorted((*parts, "display_date")))
    for granularity, parts in _PARTS.items()
}


def _content(value: str) -> str:
    """A string's JSON encoding without its quotes."""
    return _string(value)[1:-1]
