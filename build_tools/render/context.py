"""What every page needs to know about the whole archive, computed once before rendering."""

from __future__ import annotations

import functools
import operator
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import chain, repeat

from build_tools.mention_index import MentionIndex, index_mentions
from build_tools.model import AnnotatedArticle, ArticleSummary, Entity, EntityRow, TimelineEvent
from build_tools.render.markdown import EntityLink
from build_tools.timeline.events import EventGroup, group_events
from build_tools.workers import collector_paused

ARTICLES_DIR = "archive/articles"
ENTITIES_DIR = "archive/entities"
HOME_PAGE = "index.md"
ARTICLE_INDEX_PAGE = "archive/articles/index.md"
ENTITY_INDEX_PAGE = "archive/entities/index.md"
TIMELINE_PAGE = "archive/timeline.md"
# An unreviewed name gets a page of its own only from this many articles on:
# a name seen once is too likely to be noise to deserve one.
UNREVIEWED_PAGE_MIN_ARTICLES = 2


def article_page(slug: str) -> str:
    return f"{ARTICLES_DIR}/{slug}.md"


def entity_page(entity_id: str) -> str:
    return f"{ENTITIES_DIR}/{entity_id}.md"


def paragraph_anchor(block: int) -> str:
    return f"p{block + 1}"


@dataclass(frozen=True, slots=True)
class SiteContext:
    """Archive-wide lookups: entities, their counts and pages, articles in order.

    Articles are held as summaries (no text, no mentions); a page that shows an
    article's text or mentions loads it whole with `annotated`.
    """

    articles: tuple[ArticleSummary, ...]
    """Newest first; undated articles last, then by slug."""
    entities: Mapping[str, Entity]
    articles_by_entity: dict[str, tuple[str, ...]]
    """The slugs of the articles naming each entity, in the order of `articles` (newest first)."""
    mention_counts: Counter[str]
    links: Mapping[str, EntityLink]
    by_slug: dict[str, ArticleSummary]
    """Articles by slug: entity and timeline pages look articles up once per mention."""
    position: dict[str, int]
    """Each slug's place in `articles` (newest first), to sort a subset without a scan."""
    event_groups: tuple[EventGroup, ...]
    """Every dated event of the archive, grouped across articles, in date order."""
    entity_events: Mapping[str, Sequence[TimelineEvent]]
    """The dated events each entity takes part in (for its own timeline), in date order:
    by start, then value (an entity's latest values are the end of its list)."""
    published: dict[str, date | None]
    """Each article's publication day, by slug."""
    entity_ids: dict[str, tuple[str, ...]]
    """The entities each article mentions, by slug (each once, sorted)."""
    load: Callable[[str], AnnotatedArticle]
    """Loads an article in full, by slug."""
    load_index: Callable[[str], MentionIndex]
    """Loads an article's mention index, by slug (what entity and timeline pages read)."""
    month_of: dict[str, tuple[int, int] | None]
    """Each article's publication (year, month), by slug (None: undated): pages of
    mentions are cut by it (render/entity.py)."""
    article_sets: ArticleSets
    """How many articles two entities share (a busy entity's "mentioned with")."""

    def article(self, slug: str) -> ArticleSummary:
        return self.by_slug[slug]

    def annotated(self, slug: str) -> AnnotatedArticle:
        """The article with its text and mentions (loaded from the build cache if need be)."""
        return self.load(slug)

    def mention_index(self, slug: str) -> MentionIndex:
        """The article's mentions with their sentences, without the article (see build_tools/mention_index.py)."""
        return self.load_index(slug)


def build_context(annotated: Sequence[AnnotatedArticle]) -> SiteContext:
    """Index the archive, held in memory in full."""
    by_slug = {item.article.capture.slug: item for item in annotated}
    return context_of([item.summary() for item in annotated], by_slug.__getitem__)


def _indexes_of(load: Callable[[str], AnnotatedArticle]) -> Callable[[str], MentionIndex]:
    """Mention indexes made from the whole articles, each once."""
    return functools.lru_cache(maxsize=4096)(lambda slug: index_mentions(load(slug)))


# The archive-wide steps make a million objects that the build keeps (90,000 event
# groups, 20,000 jobs with their keys), none of them garbage in a cycle: with the
# collector on, each of its passes walks all made so far, for nothing. At 10,000
# articles, context_of and plan_jobs took 4.5 s of CPU with it on, 3.3 s off (best
# of 5, on a busy machine).
@collector_paused()
def context_of(
    summaries: Sequence[ArticleSummary],
    load: Callable[[str], AnnotatedArticle],
    load_index: Callable[[str], MentionIndex] | None = None,
) -> SiteContext:
    """Index the archive: which entity appears where, and which entities get a page.

    Args:
        summaries: every article's summary, in any order.
        load: loads an article in full by slug (only pages that show its text call it).
        load_index: loads an article's mention index by slug (by default, made from `load`).
    """
    articles = tuple(sorted(summaries, key=_newest_first))
    entities, articles_by_entity, mentions, entity_ids = _index_entities(articles)
    by_slug = {item.slug: item for item in articles}
    position = {slug: index for index, slug in enumerate(by_slug)}
    # By slug: group_events sorts each value's events by article, and then finds them in order.
    # Each entity's events are listed in the same pass, which touches every event anyway:
    # listed apart, in each forked process that renders entity pages, the pass over 310,000
    # events scattered in memory (copy-on-write faults, refcounts) was ~1 s of CPU a process.
    by_entity: defaultdict[str, list[TimelineEvent]] = defaultdict(list)
    groups = tuple(group_events(chain.from_iterable(map(_EVENTS, sorted(articles, key=_SLUG))), by_entity))
    published = {slug: day.value if (day := item.article.published) else None for slug, item in by_slug.items()}
    return SiteContext(
        articles, entities, articles_by_entity, mentions, _links(entities, articles_by_entity), by_slug, position,
        groups, dict(by_entity), published, entity_ids, load, load_index or _indexes_of(load),
        _months(published), ArticleSets(articles_by_entity, position),
    )  # fmt: skip


class ArticleSets:
    """How many articles two entities share, counted on bitsets of their articles.

    A busy entity's page ranks the entities named with it: counting the entities of
    each of its articles is ~430,000 counts for one in 7,500 of 10,000 articles (57
    entities an article), where a bitset per entity makes each count one AND of
    11,000 bits. The bitsets are made when first asked for, in each process that
    renders, for the entities asked about only.
    """

    __slots__ = ("_articles", "_bitsets", "_by_size", "_position")

    def __init__(self, articles_by_entity: Mapping[str, Sequence[str]], position: Mapping[str, int]) -> None:
        self._articles = articles_by_entity
        self._position = position
        self._bitsets: dict[str, int] = {}
        self._by_size: list[tuple[int, str]] | None = None

    def by_size(self) -> list[tuple[int, str]]:
        """Every entity named in an article, with its number of articles, most first."""
        if self._by_size is None:
            self._by_size = sorted(((len(found), entity_id) for entity_id, found in self._articles.items()),
                                   key=_COUNT, reverse=True)  # fmt: skip
        return self._by_size

    def shared(self, entity_id: str, other_id: str) -> int:
        """The number of articles that name both."""
        return (self._bitset(entity_id) & self._bitset(other_id)).bit_count()

    def _bitset(self, entity_id: str) -> int:
        found = self._bitsets.get(entity_id)
        if found is None:
            # A byte per article marked in C, then read as the digits of a base-2 number.
            marks = bytearray(len(self._position))
            slugs = self._articles.get(entity_id, ())
            deque(map(marks.__setitem__, map(self._position.__getitem__, slugs), repeat(1)), 0)
            found = self._bitsets[entity_id] = int(marks.translate(_AS_DIGITS), 2) if marks else 0
        return found


_AS_DIGITS = bytes.maketrans(b"\x00\x01", b"01")
_COUNT = operator.itemgetter(0)


def _months(published: Mapping[str, date | None]) -> dict[str, tuple[int, int] | None]:
    """Each article's (year, month), one tuple object per month: pages of mentions count
    an entity's articles by month (1.5 million lookups at 10,000 articles), and equal
    keys that are the same object compare without comparing their items."""
    shared: dict[tuple[int, int], tuple[int, int]] = {}
    return {slug: shared.setdefault((day.year, day.month), (day.year, day.month)) if day else None
            for slug, day in published.items()}  # fmt: skip


def _index_entities(
    articles: Sequence[ArticleSummary],
) -> tuple[dict[str, Entity], dict[str, tuple[str, ...]], Counter[str], dict[str, tuple[str, ...]]]:
    """Which entity appears where: each entity (as the newest article names it, in
    running text when one does: see `_shouted`), the slugs of the articles naming
    each (in the order of `articles`), mention counts, and the entities of each
    article (each once, sorted)."""
    entities: dict[str, Entity] = {}
    slugs: defaultdict[str, list[str]] = defaultdict(list)
    mentions: Counter[str] = Counter()
    mentions_get = mentions.get
    entity_ids: dict[str, tuple[str, ...]] = {}
    shared: dict[str, str] = {}
    shouted: set[str] = set()  # ids whose chosen entity is named in capitals, for now
    for item in articles:
        slug = item.slug
        ids = set(map(_FIRST, item.entity_rows))
        if not (entities.keys() >= ids and shouted.isdisjoint(ids)):  # else the loop would change nothing
            _choose_entities(item.entity_rows, entities, shouted)
        # One string object per id across the archive: counting ids over thousands
        # of articles (an entity's "mentioned with") then hashes each id once.
        counts = dict(item.mention_counts)
        named = tuple(sorted(map(shared.setdefault, counts, counts)))
        entity_ids[slug] = named
        for entity_id in named:
            slugs[entity_id].append(slug)
        for entity_id, count in counts.items():  # Counter.update's own loop, without its checks per article
            mentions[entity_id] = mentions_get(entity_id, 0) + count
    return entities, {entity_id: tuple(found) for entity_id, found in slugs.items()}, mentions, entity_ids


def _choose_entities(rows: Sequence[EntityRow], entities: dict[str, Entity], shouted: set[str]) -> None:
    """Take each entity of an article not seen yet, or seen so far only in capitals."""
    for row in rows:
        entity_id, name = row[0], row[1]
        if entity_id not in entities or (entity_id in shouted and not _shouted(name)):
            entities[entity_id] = Entity.from_row(row)
            (shouted.add if _shouted(name) else shouted.discard)(entity_id)


def _links(entities: Mapping[str, Entity], articles_by_entity: Mapping[str, tuple[str, ...]]) -> dict[str, EntityLink]:
    """Each entity's link: its page (if it gets one) and its number of articles."""
    links = {}
    for entity_id, entity in entities.items():
        count = len(articles_by_entity.get(entity_id, ()))
        links[entity_id] = EntityLink(entity, _page_for(entity, count), count)
    return links


def _shouted(name: str) -> bool:
    """A name written in capitals ('KUALA LUMPUR' from a dateline): an unreviewed
    entity is named as an article writes it in running text, when one does."""
    return name.isupper() and len(name) > 5 and " " in name


def _page_for(entity: Entity, article_count: int) -> str | None:
    if article_count == 0:
        return None
    if not entity.reviewed and article_count < UNREVIEWED_PAGE_MIN_ARTICLES:
        return None
    return entity_page(entity.id)


_FIRST = operator.itemgetter(0)
_SLUG = operator.attrgetter("slug")
_EVENTS = operator.attrgetter("events")


def _newest_first(item: ArticleSummary) -> tuple[int, str]:
    published = item.article.published
    ordinal = published.value.toordinal() if published else date.min.toordinal() - 1
    return (-ordinal, item.slug)
