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
from datetime import date
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
    sources = _SourceItems(titles_by_slug, url_for_slug).__getitem__
    heads: dict[str, str] = {}  # each value's slide head, made once (a value names its period)
    pieces = ['{"events":[']
    append, extend = pieces.append, pieces.extend
    # One slide a group, in pieces, inline (90,000 slides at 10,000 articles): its head
    # (group and date, the same for every slide of its value), the headline and the
    # text's start, the source links, the tail. A sentence is escaped and encoded once
    # for both headline and text when it is not cut: JSON escapes each character on
    # its own and leaves the markup alone, so the pieces joined encode the whole text.
    for value, granularity, start, _, events, slugs in groups:
        head = heads.get(value)
        if head is None:
            head = heads[value] = _slide_head(value, granularity, start)
        first = events[0]
        sentence = first.sentence
        quoted = _string(escape(sentence))
        headline = quoted if len(sentence) <= 90 else _string(escape(sentence[:87] + "..."))
        append(f'{head}{headline},"text":"<p>{quoted[1:-1]}</p><ul>')
        extend(map(sources, slugs))
        append(f'</ul>"}},"unique_id":{_string(f"{value}-{slugs[0]}-{first.block}-{first.sentence_start}")}}},')
    if groups:
        pieces[-1] = pieces[-1][:-1]  # no comma after the last slide
    pieces.append("]}\n")
    return "".join(pieces)


class _SourceItems(dict[str, str]):
    """Each article's link, as JSON string content, made when first cited."""

    def __init__(self, titles_by_slug: Mapping[str, str], url_for_slug: Callable[[str], str]) -> None:
        super().__init__()
        self._titles = titles_by_slug
        self._url_for = url_for_slug

    def __missing__(self, slug: str) -> str:
        title = escape(self._titles.get(slug, slug))
        item = self[slug] = _content(f'<li><a href="{escape(self._url_for(slug))}">{title}</a></li>')
        return item


def _slide_head(value: str, granularity: Granularity, start: date) -> str:
    """A slide's JSON up to its headline: keys in sorted order as json.dumps(sort_keys=True)
    writes them (group, start_date, text (headline, text), unique_id)."""
    parts = _START_DATE[granularity].format(
        day=start.day, month=start.month, year=start.year, display_date=_string(describe_period(value))
    )
    return f'{{"group":{_string(granularity.value)},"start_date":{{{parts}}},"text":{{"headline":'


# The date parts each precision gives, keys sorted ("display_date" falls between "day" and "month").
_START_DATE = {
    granularity: ",".join(f'"{key}":{{{key}}}' for key in sorted((*parts, "display_date")))
    for granularity, parts in _PARTS.items()
}


def _content(value: str) -> str:
    """A string's JSON encoding without its quotes."""
    return _string(value)[1:-1]
