"""The site's pages as render jobs, each with a key of what it is made from.

A rebuild after adding one capture to 10,000 must not render 20,000 pages
again. Each job (an article page, an entity's pages, a page of the timeline)
names its inputs by digest: the articles it shows (an article's digest changes
with its capture, the code and the curated data) and the entities whose links it
draws (recorded while it renders: see `RecordingMap`). The writer keeps the keys
of the last build and renders a job again only when a key differs
(build_tools/writer.py). Jobs whose input is the whole archive (home, indexes,
the TimelineJS export) have no key and are always rendered; they are few.

Rendering a job never reads more than its key covers: entity data only through
`context.links` and `context.entities` by id (recorded), articles only those
its inputs name. tests/test_render_jobs.py holds the build to that: a rebuild
that reuses pages gives the same bytes as a build from nothing.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import operator
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import TypeVar

from build_tools.render.article import render_article, render_article_search_page
from build_tools.render.context import (
    ARTICLE_INDEX_PAGE,
    ENTITIES_DIR,
    HOME_PAGE,
    SiteContext,
    article_page,
    entity_page,
)
from build_tools.render.entity import (
    MentionPeriod,
    mention_periods,
    render_entity_indexes,
    render_entity_main,
    render_entity_search_page,
    render_mention_period,
)
from build_tools.render.groupings import GroupingPage, grouping_pages
from build_tools.render.indexes import (
    article_years,
    render_article_index,
    render_article_year,
    render_home,
    year_page,
)
from build_tools.render.search_pages import search_page_path
from build_tools.render.timeline import TimelinePart, timeline_parts
from build_tools.timeline.export import timelinejs_text
from build_tools.workers import collector_paused

TIMELINE_JSON = "archive/timeline.json"
ENTITY_COUNTS_JSON = f"{ENTITIES_DIR}/counts.json"

Value = TypeVar("Value")


@dataclass(frozen=True, slots=True)
class PageJob:
    """Pages rendered together from the same inputs."""

    name: str
    """Stable across builds: 'article:<slug>', 'entity:<id>', 'page:<path>'."""
    inputs: str | None
    """Digest of the articles and entity data the job shows; None: render every time."""
    render: Callable[[SiteContext], dict[str, str]]
    """Docs-relative path -> content of each page the job makes."""


class RecordingMap(Mapping[str, Value]):
    """A read-only view of a mapping that notes every key looked up.

    Jobs read entity links through it, so the writer learns which entities a
    page depends on without each renderer having to declare them.
    """

    __slots__ = ("_data", "used")

    def __init__(self, data: Mapping[str, Value], used: set[str]) -> None:
        self._data = data
        self.used = used

    def __getitem__(self, key: str) -> Value:
        self.used.add(key)
        return self._data[key]

    def get(self, key: str, default: object = None) -> object:  # type: ignore[override]
        self.used.add(key)
        return self._data.get(key, default)

    def __contains__(self, key: object) -> bool:
        if isinstance(key, str):
            self.used.add(key)
        return key in self._data

    def __iter__(self) -> Iterator[str]:
        raise TypeError("a keyed render job may not list every entity: give it no key instead")

    def __len__(self) -> int:
        raise TypeError("a keyed render job may not count every entity: give it no key instead")


def recording(context: SiteContext, used: set[str]) -> SiteContext:
    """`context` with entity lookups noted in `used`."""
    links, entities = RecordingMap(context.links, used), RecordingMap(context.entities, used)
    return dataclasses.replace(context, links=links, entities=entities)


def link_state(context: SiteContext, entity_id: str) -> str:
    """Everything a link to the entity can show: page, name, type, description, and
    (for a name without a page, whose highlight carries it) the number of articles."""
    link = context.links.get(entity_id)
    if link is None:
        return "-"
    entity = link.entity
    count = link.article_count if link.page is None else ""
    fields = (link.page or "", entity.name, entity.type.value, entity.description or "", entity.reviewed,
              "|".join(entity.aliases), entity.wikidata or "", count)  # fmt: skip
    return "\x1f".join(str(field) for field in fields)


@collector_paused()  # as context_of (render/context.py)
def plan_jobs(context: SiteContext, digests: Mapping[str, str] | None = None) -> list[PageJob]:
    """Every page of the site as jobs, in a fixed order.

    Args:
        context: the archive-wide lookups.
        digests: each article slug's digest (see `pipeline.article_digests`);
            without them no job has a key and every page is rendered.
    """
    articles_key = _ArticleKeys(digests)
    return [
        *_archive_jobs(context, articles_key),
        *_entity_page_jobs(context, articles_key),
        PageJob("entity-indexes", None, render_entity_indexes),
        *(_timeline_job(part, articles_key) for part in timeline_parts(context)),
        *(_grouping_job(grouping, articles_key) for grouping in grouping_pages(context)),
    ]


class _ArticleKeys:
    """The part of a job's key that names its articles, by digest."""

    __slots__ = ("_entries",)

    def __init__(self, digests: Mapping[str, str] | None) -> None:
        # Each article's part of a key, made once: 27,000 keys at 10,000 articles name
        # ~1.5 million. 16 bytes of a digest of its slug and digest, not the 60 characters
        # of the two: the keys are joined and hashed from a quarter of the bytes.
        self._entries = None if digests is None else {slug: _digest(slug, digest) for slug, digest in digests.items()}

    def __call__(self, slugs: Iterable[str]) -> bytes | None:
        """The articles by digest: None (no key) when there are no digests."""
        if self._entries is None:
            return None
        return b"".join(map(self._entries.__getitem__, slugs))


def _archive_jobs(context: SiteContext, articles_key: _ArticleKeys) -> list[PageJob]:
    """The export, home, indexes and counts, then each article's page and each year's list."""
    # The export holds every event and each article's title: keyed by every article.
    # It is the slowest job (2 s at 10,000 articles), so it goes first: started last,
    # it would keep one core busy after the other had finished.
    everything = articles_key(item.slug for item in context.articles)
    inputs = None if everything is None else _hash(everything)
    jobs = [
        PageJob(f"page:{TIMELINE_JSON}", inputs, _one(TIMELINE_JSON, _timeline_export)),
        _always(HOME_PAGE, render_home),
        _always(ARTICLE_INDEX_PAGE, render_article_index),
        _always(ENTITY_COUNTS_JSON, _entity_counts),
    ]
    for item in context.articles:
        slug = item.slug
        listed = articles_key([slug])
        jobs.append(PageJob(f"article:{slug}", None if listed is None else listed.hex(), _article_job(slug)))
    for year, slugs in article_years(context).items():
        listed = articles_key(slugs)
        jobs.append(
            PageJob(f"page:{year_page(year)}", None if listed is None else _hash(year, listed), _year_job(year, slugs))
        )
    return jobs


def _entity_page_jobs(context: SiteContext, articles_key: _ArticleKeys) -> list[PageJob]:
    """Each entity's main page (by id), then every page of mentions (newest period first)."""
    jobs: list[PageJob] = []
    periods: list[tuple[tuple[int, str], PageJob]] = []
    for entity_id, link in sorted(context.links.items()):
        if link.page is not None:
            main, pages_of_mentions = _entity_jobs(entity_id, context, articles_key)
            jobs.append(main)
            periods.extend(pages_of_mentions)
    # Pages of mentions go newest period first across all entities, not entity by
    # entity: consecutive pages then list the same articles, whose mention indexes a
    # worker still holds (an LRU of 4,096); entity by entity, each page read indexes
    # from all over the archive again (10,000 articles: ~1 million reads).
    jobs.extend(job for _, job in sorted(periods, key=lambda pair: pair[0]))
    return jobs


def render_all(context: SiteContext, jobs: Sequence[PageJob]) -> Iterator[tuple[str, str]]:
    """Every page of every job, as (docs-relative path, content)."""
    for job in jobs:
        yield from job.render(context).items()


def _always(path: str, render: Callable[[SiteContext], str]) -> PageJob:
    return PageJob(f"page:{path}", None, _one(path, render))


def _one(path: str, render: Callable[[SiteContext], str]) -> Callable[[SiteContext], dict[str, str]]:
    return lambda context: {path: render(context)}


def _year_job(year: str, slugs: tuple[str, ...]) -> Callable[[SiteContext], dict[str, str]]:
    return lambda context: {year_page(year): render_article_year(year, slugs, context)}


def _article_job(slug: str) -> Callable[[SiteContext], dict[str, str]]:
    page = article_page(slug)
    search_page = search_page_path(page)

    def render(context: SiteContext) -> dict[str, str]:
        item = context.annotated(slug)
        return {page: render_article(item, context), search_page: render_article_search_page(item)}

    return render


def _entity_jobs(
    entity_id: str, context: SiteContext, articles_key: _ArticleKeys
) -> tuple[PageJob, list[tuple[tuple[int, str], PageJob]]]:
    """The entity's main page (keyed by all its articles) and a job per page of mentions
    (keyed by the period's articles and the neighbouring periods it links to), each
    with a sort key: its newest article's day, newest first (undated last), then name."""
    state = link_state(context, entity_id)
    periods = mention_periods(entity_id, context)
    jobs = []
    period_keys: list[str] = []  # each period's articles, hashed: together they name all the entity's articles
    for index, period in enumerate(periods):
        listed = articles_key(period.slugs)
        neighbours = [other.path + other.label for other in periods[max(0, index - 1) : index + 2]]
        name = f"entity:{entity_id}:{period.path}"
        inputs = None if listed is None else _hash(state, listed, *neighbours)
        if listed is not None:
            period_keys.append(_hash(period.path, listed))
        newest = context.published[period.slugs[0]]
        order = (-newest.toordinal() if newest else 1, name)
        jobs.append((order, PageJob(name, inputs, _period_job(entity_id, periods, index))))
    # With pages of mentions, the main page's articles are named by theirs: the
    # busiest entities' thousands of articles are joined and hashed once, not twice.
    if not periods:
        listed = articles_key(context.articles_by_entity.get(entity_id, ()))
    else:
        listed = "\n".join(period_keys).encode() if len(period_keys) == len(periods) else None
    main = PageJob(
        f"entity:{entity_id}", None if listed is None else _hash(state, listed), _entity_job(entity_id, periods)
    )
    return main, jobs


def _entity_job(entity_id: str, periods: list[MentionPeriod]) -> Callable[[SiteContext], dict[str, str]]:
    """The entity's main page and its search page."""
    page = entity_page(entity_id)
    search_page = search_page_path(page)

    def render(context: SiteContext) -> dict[str, str]:
        entity = context.entities[entity_id]
        return {
            page: render_entity_main(entity, periods, context),
            search_page: render_entity_search_page(entity, context),
        }

    return render


def _period_job(entity_id: str, periods: list[MentionPeriod], index: int) -> Callable[[SiteContext], dict[str, str]]:
    path = periods[index].path
    return lambda context: {path: render_mention_period(context.entities[entity_id], periods, index, context)}


def _timeline_job(part: TimelinePart, articles_key: _ArticleKeys) -> PageJob:
    """A timeline page keyed by the articles of its events, by digest.

    Their digests are enough: the page lists every event of its period, all of them
    from these articles, and an article's events change only with its digest. (Listing
    each event in the key as well cost 0.5 s of every build at 10,000 articles.)
    """
    render = _one(part.path, part.render)
    if part.groups is None:
        return PageJob(f"page:{part.path}", None, render)
    listed = articles_key(sorted(set(chain.from_iterable(map(_SLUGS, part.groups)))))
    return PageJob(f"page:{part.path}", None if listed is None else _hash(part.path, listed), render)


def _grouping_job(page: GroupingPage, articles_key: _ArticleKeys) -> PageJob:
    """A page of a section, source or tag keyed by its name and articles; an index page unkeyed."""
    listed = articles_key(page.slugs) if page.name is not None else None
    inputs = None if listed is None else _hash(page.name or "", listed)
    return PageJob(f"page:{page.path}", inputs, lambda _: {page.path: page.render()})


def _entity_counts(context: SiteContext) -> str:
    """Number of articles of each entity that has a page, for the highlights' cards."""
    counts = {entity_id: link.article_count for entity_id, link in context.links.items() if link.page is not None}
    return json.dumps(counts, sort_keys=True, separators=(",", ":")) + "\n"


def _timeline_export(context: SiteContext) -> str:
    """TimelineJS's JSON, compact (see `timelinejs_text`)."""
    titles = {item.slug: item.article.title for item in context.articles}
    return timelinejs_text(context.event_groups, titles, lambda slug: f"../articles/{slug}/")


def _hash(*parts: str | bytes) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8") if isinstance(part, str) else part)
        digest.update(b"\x00")
    return digest.hexdigest()[:32]


def _digest(slug: str, digest: str) -> bytes:
    """An article's part of the keys that name it: 16 bytes made from its slug and digest."""
    return hashlib.sha256(f"{slug}\x00{digest}".encode()).digest()[:16]


_SLUGS = operator.attrgetter("slugs")
