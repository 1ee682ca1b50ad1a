"""Entity pages and the entity indexes (one per type, by name and by number of articles)."""

from __future__ import annotations

from bisect import insort
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain, groupby

from build_tools.model import Entity, EntityType, TimelineEvent
from build_tools.render import html
from build_tools.render.article import TYPE_HEADINGS, TYPE_ORDER
from build_tools.render.context import (
    ARTICLES_DIR,
    ENTITY_INDEX_PAGE,
    SiteContext,
    entity_page,
    paragraph_anchor,
)
from build_tools.render.markdown import escape, relative_link
from build_tools.render.pages import front_matter, human_date, link_to_entity
from build_tools.render.search_pages import search_document
from build_tools.render.timeline import MONTH_NAMES, TIMELINE_INDEX_PAGE, render_group_list
from build_tools.timeline.events import group_events

# How many co-mentioned entities an entity page lists: enough to show the
# company an entity keeps without turning into a second index.
MENTIONED_WITH_LIMIT = 12
# An entity's company is counted on bitsets of articles (render/context.py:
# ArticleSets) rather than name by name when its articles name more entities than
# this many times the number in the archive: an AND of two bitsets costs about as much
# as ten names counted (10,000 articles: 0.6 µs against 0.08 µs), and at worst the
# entity is ANDed with every other.
BITSET_COUNTS_PER_ENTITY = 10
# The main page lists the mentions of this many articles, newest first; an entity
# named in more gets a page of mentions per year.
ARTICLES_PER_PAGE = 50
# A page of mentions holds at most this many articles: a year, else each quarter of
# a busy year, else each month of a busy quarter. Pages stay of a size a browser
# shows comfortably, and are not split so finely that the site fills with
# near-empty pages (measured at 1,000 articles, splitting years of over 50 made
# 7,300 entity pages instead of 1,600, and MkDocs 1.8x slower; at 10,000, quarters
# before months turned 15,100 pages of mentions into NNN).
PERIOD_SPLIT = 200
# An entity's own timeline shows at most this many dated events (the latest);
# the site timeline holds them all.
TIMELINE_LIMIT = 200


def type_index_page(entity_type: EntityType) -> str:
    return f"archive/entities/type-{entity_type.value}.md"


@dataclass(frozen=True, slots=True)
class MentionPeriod:
    """A page of an entity's mentions: the articles of one year, or of a quarter or month of a busy year."""

    label: str
    """'2025', 'January–March 2025', 'June 2025' or 'undated'."""
    path: str
    slugs: tuple[str, ...]
    """Newest first."""


def render_entity_main(entity: Entity, periods: list[MentionPeriod], context: SiteContext) -> str:
    """Summary, company kept, timeline, the newest mentions and links to the rest by
    period (`periods`: the entity's `mention_periods`)."""
    page = entity_page(entity.id)
    slugs = context.articles_by_entity.get(entity.id, ())  # newest first
    parts = [
        front_matter(entity.name, entity.description),
        f"# {escape(entity.name)}",
        _summary(entity, len(slugs), context.mention_counts[entity.id]),
        _mentioned_with(entity, context, page),
        _entity_timeline(entity, context, page),
        _mentions(entity, slugs[:ARTICLES_PER_PAGE], context, page),
        _period_index(periods, page),
    ]
    return "\n\n".join(part for part in parts if part) + "\n"


def mention_periods(entity_id: str, context: SiteContext) -> list[MentionPeriod]:
    """The pages of all an entity's mentions, newest period first; none when the main
    page shows them all.

    Pages hold a calendar period rather than every fiftieth article, so a page's
    address and content change only when an article of its own period comes or
    goes: a citation of "mentions in 2019" stays true, and a new capture re-renders
    one period page instead of shifting every page after it.
    """
    slugs = context.articles_by_entity.get(entity_id, ())  # newest first
    if len(slugs) <= ARTICLES_PER_PAGE:
        return []
    # Newest first, each month's articles are one run: counted in one pass in C (an
    # entity has thousands of articles, and there are hundreds of entities), then cut.
    months = list(Counter(map(context.month_of.__getitem__, slugs)).items())
    folder = entity_page(entity_id)[: -len(".md")]
    periods: list[MentionPeriod] = []
    position = 0
    for year, runs in groupby(months, key=lambda run: run[0][0] if run[0] else None):
        in_year = list(runs)
        found = _run(slugs, position, sum(count for _, count in in_year), context)
        if year is None:
            periods.append(MentionPeriod("undated", f"{folder}/undated.md", found))
        elif len(found) <= PERIOD_SPLIT:
            periods.append(MentionPeriod(str(year), f"{folder}/{year}.md", found))
        else:
            periods.extend(_quarters(year, in_year, found, folder, context))
        position += len(found)
    return periods


MonthRun = tuple[tuple[int, int] | None, int]
"""A month, (year, month), and how many of the listed articles it holds."""


def _quarters(
    year: int, months: list[MonthRun], slugs: tuple[str, ...], folder: str, context: SiteContext
) -> list[MentionPeriod]:
    """A busy year's pages: a page per quarter, or per month of a quarter still too busy."""
    periods: list[MentionPeriod] = []
    position = 0
    for quarter, runs in groupby(months, key=lambda run: (run[0][1] - 1) // 3 if run[0] else 0):
        in_quarter = list(runs)
        found = _run(slugs, position, sum(count for _, count in in_quarter), context)
        if len(found) <= PERIOD_SPLIT:
            first, last = MONTH_NAMES[3 * quarter], MONTH_NAMES[3 * quarter + 2]
            periods.append(MentionPeriod(f"{first}–{last} {year}", f"{folder}/{year}-q{quarter + 1}.md", found))
        else:
            inner = 0
            for key, count in in_quarter:
                assert key is not None  # a dated year's month
                label = f"{MONTH_NAMES[key[1] - 1]} {year}"
                periods.append(
                    MentionPeriod(label, f"{folder}/{year}-{key[1]:02d}.md", _run(found, inner, count, context))
                )
                inner += count
        position += len(found)
    return periods


def _run(slugs: Sequence[str], start: int, count: int, context: SiteContext) -> tuple[str, ...]:
    """slugs[start:start + count], checked to be one period's run: its first and last
    articles share a year (or are both undated) only if the list was in date order, as
    the cut by counts assumes."""
    found = tuple(slugs[start : start + count])
    first, last = context.month_of[found[0]], context.month_of[found[-1]]
    same = first == last if first is None or last is None else first[0] == last[0]
    assert same, "articles not in date order"
    return found


def render_mention_period(entity: Entity, periods: list[MentionPeriod], index: int, context: SiteContext) -> str:
    """One period's mentions, with links to the newer and older periods and the entity.

    The whole page is one raw HTML block: Markdown has nothing to do, and a page with
    no table of contents gets the theme's page as a shell (build_tools/page_shells.py).
    """
    period = periods[index]
    title = f"{entity.name}: mentions in {period.label}"
    back = f'<a href="{html.relative_url(period.path, entity_page(entity.id))}">{html.text(entity.name).strip()}</a>'
    count = f"{len(period.slugs):,} article{'s' if len(period.slugs) != 1 else ''}"
    body = [
        f"<h1>{html.text(title).strip()}</h1>",
        f"<p>Mentions of {back} in {count} of {html.text(period.label).strip()}, newest first.</p>",
        '<h2 id="mentions">Mentions</h2>',
        _mention_sections(entity, period.slugs, context, period.path),
        _period_pager(periods, index),
    ]
    return front_matter(title) + "\n\n" + html.raw_block("\n".join(part for part in body if part)) + "\n"


def _period_index(periods: list[MentionPeriod], page: str) -> str:
    """The pages of mentions, one line per year: the year's page, or its quarters' and months' pages."""
    if not periods:
        return ""
    lines = ["## All mentions, by period", ""]
    by_year: dict[str, list[MentionPeriod]] = {}
    for period in periods:  # newest first
        by_year.setdefault(period.label.rsplit(" ", 1)[-1], []).append(period)
    for year, found in by_year.items():
        if len(found) == 1 and found[0].label == year:
            link = f"[{escape(year)}]({relative_link(page, found[0].path)})"
            lines.append(f"- {link} ({_plural(len(found[0].slugs), 'article')})")
            continue
        months = [
            f"[{escape(period.label.split(' ')[0])}]({relative_link(page, period.path)}) ({len(period.slugs):,})"
            for period in found
        ]
        count = sum(len(period.slugs) for period in found)
        lines.append(f"- **{escape(year)}** ({_plural(count, 'article')}): {', '.join(months)}")
    return "\n".join(lines)


def _period_pager(periods: list[MentionPeriod], index: int) -> str:
    """Newer and older period: only the neighbours, so a page changes when they do, not when any period does."""
    links = []
    if index > 0:
        newer = periods[index - 1]
        href = html.relative_url(periods[index].path, newer.path)
        links.append(f'<a href="{href}" rel="prev">Newer: {html.text(newer.label).strip()}</a>')
    if index < len(periods) - 1:
        older = periods[index + 1]
        href = html.relative_url(periods[index].path, older.path)
        links.append(f'<a href="{href}" rel="next">Older: {html.text(older.label).strip()}</a>')
    if not links:
        return ""
    return f'<nav class="mention-pager" aria-label="Other periods">{" · ".join(links)}</nav>'


def render_entity_search_page(entity: Entity, context: SiteContext) -> str:
    """The page Pagefind indexes for the entity (render/search_pages.py): what its
    main page's summary says (name, type, description, aliases, counts). Its
    mentions are not indexed: they repeat the articles' text, indexed on the articles."""
    article_count = len(context.articles_by_entity.get(entity.id, ()))
    badge = "" if entity.reviewed else " · <em>unreviewed: found by the recogniser, not yet in the registry</em>"
    lines = [f"<em>{entity.type.value}</em>{badge}"]
    if entity.description:
        lines.append(html.text(entity.description).strip())
    if entity.aliases:
        lines.append(f"<strong>Also known as:</strong> {html.text(', '.join(entity.aliases)).strip()}")
    if entity.wikidata:
        lines.append(f"<strong>Wikidata:</strong> {html.text(entity.wikidata).strip()}")
    counts = f"{_plural(article_count, 'article')}, {_plural(context.mention_counts[entity.id], 'mention')}"
    lines.append(f"<strong>In {counts}.</strong>")
    summary = "<br>\n".join(lines)
    content = f"<h1>{html.text(entity.name).strip()}</h1>\n<p>{summary}</p>"
    return search_document([f'data-pagefind-meta="type:{entity.type.value}"'], content)


def _summary(entity: Entity, article_count: int, mention_count: int) -> str:
    badge = "" if entity.reviewed else " · *unreviewed: found by the recogniser, not yet in the registry*"
    lines = [f"*{entity.type.value}*{badge}  "]
    if entity.description:
        lines.append(f"{escape(entity.description)}  ")
    if entity.aliases:
        lines.append(f"**Also known as:** {', '.join(escape(alias) for alias in entity.aliases)}  ")
    if entity.wikidata:
        lines.append(f"**Wikidata:** [{entity.wikidata}](https://www.wikidata.org/wiki/{entity.wikidata})  ")
    lines.append(f"**In {_plural(article_count, 'article')}, {_plural(mention_count, 'mention')}.**")
    return "\n".join(lines)


def _mentioned_with(entity: Entity, context: SiteContext, page: str) -> str:
    ranked = _co_mentioned(entity.id, context)
    if not ranked:
        return ""
    lines = ["## Mentioned with", ""]
    for other_id, count in ranked:
        lines.append(f"- {link_to_entity(context.entities[other_id], context, page)} ({_plural(count, 'article')})")
    return "\n".join(lines)


def _co_mentioned(entity_id: str, context: SiteContext) -> list[tuple[str, int]]:
    """The entities named in most of the entity's articles, with their number of
    articles: at most MENTIONED_WITH_LIMIT, most first.

    Ties go by id, not name: the order then follows from the articles alone, so the
    page depends only on the entities it shows (render/jobs.py records those).
    """
    named = list(map(context.entity_ids.__getitem__, context.articles_by_entity.get(entity_id, ())))
    if sum(map(len, named)) > BITSET_COUNTS_PER_ENTITY * len(context.articles_by_entity):
        return _co_mentioned_by_sets(entity_id, context)
    # One count over all its articles' entity ids, in C.
    together = Counter(chain.from_iterable(named))
    del together[entity_id]
    return sorted(together.items(), key=lambda pair: (-pair[1], pair[0]))[:MENTIONED_WITH_LIMIT]


def _co_mentioned_by_sets(entity_id: str, context: SiteContext) -> list[tuple[str, int]]:
    """`_co_mentioned` by counting the articles shared with each other entity, busiest
    first, until the rest are in too few articles to reach the list."""
    sets = context.article_sets
    top: list[tuple[int, str]] = []  # (-count, id), in order, at most MENTIONED_WITH_LIMIT
    for size, other_id in sets.by_size():
        # `other_id` and all after it are in fewer articles than the last entity kept
        # shares: none can reach the list, not even on a tie.
        if len(top) == MENTIONED_WITH_LIMIT and size < -top[-1][0]:
            break
        if other_id != entity_id and (count := sets.shared(entity_id, other_id)):
            insort(top, (-count, other_id))
            del top[MENTIONED_WITH_LIMIT:]
    return [(other_id, -count) for count, other_id in top]


def _entity_timeline(entity: Entity, context: SiteContext, page: str) -> str:
    """The latest TIMELINE_LIMIT event groups of the entity.

    Only the events of the latest values are grouped: groups never span two
    values, so the result is the same as grouping all of them, and an entity in
    thousands of articles is not regrouped in full each time it is rendered.
    """
    events = context.entity_events.get(entity.id, ())
    if not events:
        return ""
    latest, more = _latest_values(events)
    groups = group_events(latest)
    note = ""
    if more or len(groups) > TIMELINE_LIMIT:
        timeline = relative_link(page, TIMELINE_INDEX_PAGE)
        note = f"The latest {TIMELINE_LIMIT} dated events; the [timeline]({timeline}) has them all.\n\n"
        groups = groups[-TIMELINE_LIMIT:]
    return "## Timeline\n\n" + note + render_group_list(groups, context, page, with_source=True, highlighted=False)


def _latest_values(events: Sequence[TimelineEvent]) -> tuple[Sequence[TimelineEvent], bool]:
    """The events of the latest TIMELINE_LIMIT values, and whether there are more values.

    The events are in date order (`SiteContext.entity_events`), so those are the
    end of the list: read from the end, not the tens of thousands of a busy entity."""
    start = len(events)
    values = 0
    last = None
    while start:
        value = events[start - 1].value
        if value != last:
            if values == TIMELINE_LIMIT:
                return events[start:], True
            values += 1
            last = value
        start -= 1
    return events, False


def _mentions(entity: Entity, slugs: Sequence[str], context: SiteContext, page: str) -> str:
    """Every mention's sentence in these articles under a heading, as one raw block
    (one block, not one per article: each block is a paragraph Python-Markdown processes)."""
    sections = _mention_sections(entity, slugs, context, page)
    return "## Mentions\n\n" + html.raw_block(sections) if sections else ""


def _mention_sections(entity: Entity, slugs: Sequence[str], context: SiteContext, page: str) -> str:
    """Every mention's sentence in these articles, grouped by article, as HTML.

    Read from each article's mention index, not the article itself (build_tools/mention_index.py)."""
    sections = []
    url_of = html.urls_into(page, ARTICLES_DIR)
    for slug in slugs:
        article = context.article(slug).article
        link = url_of(slug)  # once an article: ~7 million links at 10,000
        date = f" · {human_date(article.published.value)}" if article.published else ""
        bullets = [
            f'{html.bold(sentence, inside)} <a href="{link}#{paragraph_anchor(block)}" '
            'title="Go to the paragraph">¶</a>'
            for block, sentence, inside in context.mention_index(slug).sentences(entity.id)
        ]
        heading = f'<a href="{link}">{html.text(article.title).strip()}</a>{date}'
        sections.append(f'<h3 class="mention-article">{heading}</h3>\n' + html.bullet_list(bullets))
    return "\n".join(sections)


def render_entity_indexes(context: SiteContext) -> dict[str, str]:
    """The entity index page and one page per type."""
    pages = {ENTITY_INDEX_PAGE: _overview(context)}
    for entity_type in TYPE_ORDER:
        pages[type_index_page(entity_type)] = _type_page(entity_type, context)
    return pages


def _with_pages(context: SiteContext, entity_type: EntityType) -> list[Entity]:
    return [
        entity
        for entity_id, entity in context.entities.items()
        if entity.type is entity_type and context.links[entity_id].page is not None
    ]


def _overview(context: SiteContext) -> str:
    lines = [front_matter("Entities"), "# Entities", ""]
    lines.append(
        "People, organisations, places, events and groups named in the archive. "
        "Entities marked *unreviewed* were found by the recogniser and are not yet in the registry.\n"
    )
    for entity_type in TYPE_ORDER:
        count = len(_with_pages(context, entity_type))
        target = relative_link(ENTITY_INDEX_PAGE, type_index_page(entity_type))
        lines.append(f"- [{TYPE_HEADINGS[entity_type]}]({target}): {_plural(count, 'entity', 'entities')}")
    return "\n".join(lines) + "\n"


def _type_page(entity_type: EntityType, context: SiteContext) -> str:
    page = type_index_page(entity_type)
    entities = _with_pages(context, entity_type)
    lines = [front_matter(TYPE_HEADINGS[entity_type]), f"# {TYPE_HEADINGS[entity_type]}", ""]
    if not entities:
        return "\n".join([*lines, "None yet."]) + "\n"
    count = {entity.id: len(context.articles_by_entity.get(entity.id, ())) for entity in entities}
    by_articles = sorted(entities, key=lambda e: (-count[e.id], e.name.casefold(), e.id))
    by_name = sorted(entities, key=lambda e: (e.name.casefold(), e.id))
    lines += ["## By number of articles", "", "| Entity | Articles | Mentions |", "| --- | ---: | ---: |"]
    lines += [_row(entity, count[entity.id], context, page) for entity in by_articles]
    lines += ["", "## By name", "", "| Entity | Articles | Mentions |", "| --- | ---: | ---: |"]
    lines += [_row(entity, count[entity.id], context, page) for entity in by_name]
    return "\n".join(lines) + "\n"


def _row(entity: Entity, articles: int, context: SiteContext, page: str) -> str:
    unreviewed = " *(unreviewed)*" if not entity.reviewed else ""
    return f"| {link_to_entity(entity, context, page)}{unreviewed} | {articles} | {context.mention_counts[entity.id]} |"


def _plural(count: int, singular: str, plural: str | None = None) -> str:
    return f"{count:,} {singular if count == 1 else (plural or singular + 's')}"
