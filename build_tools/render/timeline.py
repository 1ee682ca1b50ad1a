"""The site-wide timeline (an index of years, a page per year grouped by month)
and the event lists shown on article and entity pages."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from build_tools.model import Granularity, Mention, TimelineEvent
from build_tools.render import html
from build_tools.render.context import SiteContext, article_page, paragraph_anchor
from build_tools.render.markdown import relative_link
from build_tools.render.pages import front_matter
from build_tools.timeline.events import EventGroup, describe_period, group_events

TIMELINE_INDEX_PAGE = "archive/timeline/index.md"
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def timeline_year_page(year: int) -> str:
    return f"archive/timeline/{year}.md"


# A year with more event groups than this gets a page per month (and one for
# events spanning the year or longer) instead of one long page: at 10,000
# generated articles a year holds ~7,000 groups, megabytes on one page.
YEAR_PAGE_LIMIT = 400


def timeline_part_page(year: int, part: str) -> str:
    """A month ('05') or the whole-year part ('year') of a split year."""
    return f"archive/timeline/{year}/{part}.md"


@dataclass(frozen=True, slots=True)
class TimelinePart:
    """One page of the site timeline and the event groups it lists."""

    path: str
    groups: tuple[EventGroup, ...] | None
    """The groups listed, or None for a page that summarises the whole timeline (index, split year)."""
    render: Callable[[SiteContext], str]


def timeline_parts(context: SiteContext) -> list[TimelinePart]:
    """Each page of the site timeline, ready to render (render/jobs.py keys them by their groups)."""
    by_year: defaultdict[int, list[EventGroup]] = defaultdict(list)
    for group in context.event_groups:
        by_year[group.start.year].append(group)
    parts: list[TimelinePart] = []
    months: dict[int, list[int]] = {}  # each year's months with events of their own, for the index
    for year, year_groups in by_year.items():
        split = _parts(year_groups)
        months[year] = list(split[1])
        if len(year_groups) <= YEAR_PAGE_LIMIT:
            parts.append(_year_part(year, year_groups))
        else:
            parts.extend(_split_year(year, year_groups, split))
    # The index is made here, from the years' parts worked out anyway: it is rendered on
    # every build, and made in a render worker it read every group of the archive again
    # (90,000 at 10,000 articles, first touched in that process: 0.07 s of CPU).
    index = _index({year: (len(year_groups), months[year]) for year, year_groups in by_year.items()})
    return [TimelinePart(TIMELINE_INDEX_PAGE, None, lambda _: index), *parts]


def _year_part(year: int, groups: list[EventGroup]) -> TimelinePart:
    return TimelinePart(timeline_year_page(year), tuple(groups), lambda context: _year_page(year, groups, context))


def _parts(groups: list[EventGroup]) -> tuple[list[EventGroup], dict[int, list[EventGroup]]]:
    """A year's groups spanning the year or longer, and the rest by month."""
    by_month: defaultdict[int, list[EventGroup]] = defaultdict(list)
    longer = []
    for group in groups:
        if group.granularity in _WITHIN_MONTH:
            by_month[group.start.month].append(group)
        else:
            longer.append(group)
    return longer, dict(sorted(by_month.items()))


def _month_target(year: int, month: int, split: bool) -> tuple[str, str | None]:
    """Where a month's events are: its own page, or an anchor on the year page."""
    if split:
        return timeline_part_page(year, f"{month:02d}"), None
    return timeline_year_page(year), _month_anchor(year, month)


def _index(by_year: dict[int, tuple[int, list[int]]]) -> str:
    """The timeline's index: each year (`by_year`: its number of groups and its months
    with events of their own) linked to its page, and to each month's events."""
    lines = [front_matter("Timeline"), "# Timeline", ""]
    lines.append(
        "Every dated event reported in the archive, in date order. Dates are shown as precisely "
        "as the articles give them: a month stays a month, a week a week.\n"
    )
    if not by_year:
        lines.append("No dated events yet.")
    for year in sorted(by_year):
        count, months = by_year[year]
        split = count > YEAR_PAGE_LIMIT
        month_links = ", ".join(
            f"[{MONTH_NAMES[m - 1]}]({relative_link(TIMELINE_INDEX_PAGE, *_month_target(year, m, split))})"
            for m in months
        )
        target = relative_link(TIMELINE_INDEX_PAGE, timeline_year_page(year))
        lines.append(
            f"- [{year}]({target}): {count:,} event{'s' if count != 1 else ''}"
            + (f" ({month_links})" if month_links else "")
        )
    return "\n".join(lines) + "\n"


def _year_page(year: int, groups: list[EventGroup], context: SiteContext) -> str:
    page = timeline_year_page(year)
    lines = [front_matter(f"Timeline: {year}"), f"# {year}", ""]
    whole_year, by_month = _parts(groups)
    if whole_year:
        lines += [
            f"## The whole of {year} or longer {{: #year-{year} }}",
            "",
            render_group_list(whole_year, context, page),
            "",
        ]
    for month, month_groups in by_month.items():
        anchor = _month_anchor(year, month)
        lines += [
            f"## {MONTH_NAMES[month - 1]} {year} {{: #{anchor} }}",
            "",
            render_group_list(month_groups, context, page),
            "",
        ]
    return "\n".join(lines).rstrip() + "\n"


def _split_year(
    year: int, groups: list[EventGroup], split: tuple[list[EventGroup], dict[int, list[EventGroup]]]
) -> list[TimelinePart]:
    """A long year: an overview page linking to a page per month and one for the whole
    year (`split`: the year's `_parts`)."""
    page = timeline_year_page(year)
    whole_year, by_month = split
    sections = [("year", f"The whole of {year} or longer", whole_year)] if whole_year else []
    sections += [(f"{month:02d}", f"{MONTH_NAMES[month - 1]} {year}", found) for month, found in by_month.items()]
    lines = [front_matter(f"Timeline: {year}"), f"# {year}", "", f"{len(groups)} dated events, by month:", ""]
    parts: list[TimelinePart] = []
    for part, title, found in sections:
        target = timeline_part_page(year, part)
        events = f"{len(found):,} event{'s' if len(found) != 1 else ''}"
        lines.append(f"- [{title}]({relative_link(page, target)}): {events}")
        parts.append(TimelinePart(target, tuple(found), _part_renderer(year, title, target, found)))
    overview = "\n".join(lines) + "\n"
    return [*parts, TimelinePart(page, None, lambda _: overview)]


def _part_renderer(year: int, title: str, target: str, found: list[EventGroup]) -> Callable[[SiteContext], str]:
    def render(context: SiteContext) -> str:
        up = f"[{year}]({relative_link(target, timeline_year_page(year))})"
        body = [front_matter(f"Timeline: {title}"), f"# {title}", "", f"Part of {up}.", ""]
        return "\n".join([*body, render_group_list(found, context, target)]) + "\n"

    return render


def render_event_list(
    events: Iterable[TimelineEvent],
    context: SiteContext,
    page: str,
    *,
    with_source: bool,
    highlighted: bool = True,
    raw: bool = True,
) -> str:
    """A bullet list of events, grouped when several articles report the same one."""
    return render_group_list(
        group_events(events), context, page, with_source=with_source, highlighted=highlighted, raw=raw
    )


def render_group_list(
    groups: Sequence[EventGroup],
    context: SiteContext,
    page: str,
    *,
    with_source: bool = True,
    highlighted: bool = True,
    raw: bool = True,
) -> str:
    """An HTML list of event groups (a year page holds thousands: see render/html.py).

    `highlighted=False` shows the sentences as plain text: on an article page the
    body already carries the highlights, and an entity's page would repeat
    hundreds of them (measured: a third of the render time at 1,000 articles).
    `raw=False` returns the bare list, for a caller that marks a larger raw block.
    """
    lines = _GroupLines(context, page, with_source, highlighted)
    listing = html.bullet_list([lines.line(group) for group in groups], "timeline-events")
    return html.raw_block(listing) if raw else listing


class _GroupLines:
    """The lines of one list of event groups, with what repeats on the page made once:
    each entity's highlight (html.Highlighter) and each article's link and title.

    A month of the 10,000 benchmark's timeline cites many of its articles for
    several events, and citing (the article's link and escaped title, made again
    each time) was over a quarter of the page's time.
    """

    __slots__ = ("_articles", "_context", "_highlighter", "_page", "_with_source")

    def __init__(self, context: SiteContext, page: str, with_source: bool, highlighted: bool) -> None:
        self._context = context
        self._page = page
        self._with_source = with_source
        self._highlighter = html.Highlighter(context.links, page) if highlighted else None
        self._articles: dict[str, tuple[str, str]] = {}

    def line(self, group: EventGroup) -> str:
        """One group's line: period, sentence (highlighted or plain), sources or a link to the paragraph."""
        first = group.events[0]
        if self._highlighter is not None:
            sentence = self._highlighter.highlight(first.sentence, _sentence_mentions(first, self._context))
        else:
            sentence = html.text(first.sentence).strip()
        line = f"<strong>{html.text(describe_period(first.value)).strip()}</strong> · {sentence}"
        if self._with_source:
            line += " — " + "; ".join(self._source_link(event) for event in group.events)
        else:
            target = f"{self._article(first.article_slug)[0]}#{paragraph_anchor(first.block)}"
            line += f' <a href="{target}" title="Go to the paragraph">¶</a>'
        if first.warning:
            line += f" <em>(note: {html.text(first.warning).strip()})</em>"
        return line

    def _source_link(self, event: TimelineEvent) -> str:
        url, title = self._article(event.article_slug)
        return f'<a href="{url}#{paragraph_anchor(event.block)}">{title}</a>'

    def _article(self, slug: str) -> tuple[str, str]:
        """The article's URL from this page and its title as HTML."""
        found = self._articles.get(slug)
        if found is None:
            title = self._context.article(slug).article.title
            found = self._articles[slug] = (html.relative_url(self._page, article_page(slug)), html.text(title).strip())
        return found


def _sentence_mentions(event: TimelineEvent, context: SiteContext) -> list[Mention]:
    index = context.mention_index(event.article_slug)
    return index.mentions_within(event.block, event.sentence_start, event.sentence_start + len(event.sentence))


# Days, weeks and months are listed under the month they start in; longer periods apart.
_WITHIN_MONTH = frozenset((Granularity.DAY, Granularity.WEEK, Granularity.MONTH))


def _month_anchor(year: int, month: int) -> str:
    return f"{year}-{month:02d}"
