"""Browsing pages beyond the date: articles by section, by source (agency or site),
and by tag (the section and the entities an article mentions most).

Each group's page is found from the group's own name (a slug of it, or the
entity's id), never from the set of all names: an article's tag links then stay
the same when other captures are added, so its page need not be rendered again
(render/jobs.py). Names that give the same slug share a page.

Tag pages are ours rather than Material's tags plugin: the plugin matches every
tag listing against every page (measured at 1,000 articles and 364 tags: 27 s
of a 99 s profiled MkDocs build, growing with tags x pages).
"""

from __future__ import annotations

import hashlib
import operator
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import compress
from urllib.parse import urlsplit

from build_tools.model import AnnotatedArticle, ArticleSummary
from build_tools.render import html
from build_tools.render.context import SiteContext
from build_tools.render.markdown import escape, relative_link
from build_tools.render.pages import article_list, front_matter
from build_tools.slugs import slugify

SECTIONS_INDEX_PAGE = "archive/sections/index.md"
SOURCES_INDEX_PAGE = "archive/sources/index.md"
TAGS_INDEX_PAGE = "archive/tags/index.md"
# Tags are the section and the few entities an article mentions most: enough to
# browse by, few enough to stay meaningful.
MAIN_ENTITY_TAGS = 3


@dataclass(frozen=True, slots=True)
class Tag:
    label: str
    page: str
    """Docs-relative path of the page listing the tag's articles."""


def section_page(name: str) -> str:
    return f"archive/sections/{_slug(name)}.md"


def source_page(name: str) -> str:
    return f"archive/sources/{_slug(name)}.md"


def entity_tag_page(entity_id: str) -> str:
    return f"archive/tags/{entity_id}.md"


def article_tags(item: AnnotatedArticle | ArticleSummary, context: SiteContext) -> list[Tag]:
    """The tags of one article: its section, then its most mentioned entities that have pages."""
    section = item.article.section
    return ([Tag(section, section_page(section))] if section else []) + _entity_tags(item, context)


def _entity_tags(
    item: AnnotatedArticle | ArticleSummary, context: SiteContext, paged: set[str] | None = None
) -> list[Tag]:
    """The article's most mentioned entities that have pages, as tags.

    `paged`, the ids of the entities with pages, saves looking each up when every
    article is tagged (10,000 articles name 600,000 entities); an article's own page
    looks them up in `context.links`, which notes the entities its tags depend on.
    """
    counts = item.mention_counts
    if paged is None:
        kept = [pair for pair in counts if context.links[pair[0]].page is not None]
    else:
        kept = list(compress(counts, map(paged.__contains__, map(_FIRST, counts))))
    # Most mentioned first, ties by id: sorted by id, then by count (a stable sort keeps
    # the ids' order among equal counts), both in C.
    ranked = sorted(sorted(kept), key=_SECOND, reverse=True)
    return [Tag(context.entities[e].name, entity_tag_page(e)) for e, _ in ranked[:MAIN_ENTITY_TAGS]]


_FIRST = operator.itemgetter(0)
_SECOND = operator.itemgetter(1)


def tag_links(tags: Iterable[Tag], from_page: str) -> str:
    """The tags as Material-styled chips linking to their pages (HTML)."""
    chips = [
        f'<a class="md-tag" href="{html.relative_url(from_page, tag.page)}">{html.text(tag.label).strip()}</a>'
        for tag in tags
    ]
    return f'<nav class="md-tags article-tags" aria-label="Tags">{"".join(chips)}</nav>' if chips else ""


def article_source(item: AnnotatedArticle | ArticleSummary) -> str | None:
    """Who published the article: the agency, else the site's name, else the URL's host."""
    article = item.article
    url = article.capture.source_url or article.canonical_url
    host = urlsplit(url).hostname if url else None
    return article.agency or article.site_name or (host.removeprefix("www.") if host else None)


@dataclass(frozen=True, slots=True)
class GroupingPage:
    """A page of articles by section, source or tag, or one of their indexes."""

    path: str
    name: str | None
    """The group's name; None for an index page (it lists every group)."""
    slugs: tuple[str, ...]
    """The articles listed (a group page), newest first."""
    render: Callable[[], str]


def grouping_pages(context: SiteContext) -> list[GroupingPage]:
    """The pages by section, by source and by tag, with their indexes (render/jobs.py
    keys each group page by its articles)."""
    sections = _group(context, lambda item: [(name, section_page(name))] if (name := item.article.section) else [])
    sources = _group(context, lambda item: [(name, source_page(name))] if (name := article_source(item)) else [])
    paged = {entity_id for entity_id, link in context.links.items() if link.page is not None}
    tags = _group(context, lambda item: [(tag.label, tag.page) for tag in _entity_tags(item, context, paged)])
    return [
        *_grouped_pages("Sections", SECTIONS_INDEX_PAGE, sections),
        *_grouped_pages("Sources", SOURCES_INDEX_PAGE, sources),
        *_grouped_pages("Tags", TAGS_INDEX_PAGE, tags, _TAGS_INTRO),
    ]


_TAGS_INTRO = (
    "Each article is tagged with its section (see [Sections](../sections/index.md)) "
    "and the entities it mentions most; a tag's page lists its articles."
)


@dataclass(slots=True)
class _Group:
    names: set[str]
    items: list[ArticleSummary]


def _group(context: SiteContext, keys: Callable[[ArticleSummary], list[tuple[str, str]]]) -> dict[str, _Group]:
    """Articles (newest first) by the page of each (name, page) they fall under."""
    groups: defaultdict[str, _Group] = defaultdict(lambda: _Group(set(), []))
    for item in context.articles:
        for name, page in keys(item):
            groups[page].names.add(name)
            groups[page].items.append(item)
    return groups


def _grouped_pages(title: str, index_page: str, groups: dict[str, _Group], intro: str = "") -> list[GroupingPage]:
    pages: list[GroupingPage] = []
    lines = [front_matter(title), f"# {title}", ""] + ([intro, ""] if intro else [])
    named = {page: min(group.names, key=lambda name: (name.casefold(), name)) for page, group in groups.items()}
    for page in sorted(groups, key=lambda page: (named[page].casefold(), page)):
        items = groups[page].items
        slugs = tuple(item.slug for item in items)
        back = f"[All {title.lower()}]({relative_link(page, index_page)})"  # the pages are outside the navigation
        pages.append(GroupingPage(page, named[page], slugs, _list_renderer(named[page], page, items, back)))
        lines.append(f"- [{escape(named[page])}]({relative_link(index_page, page)}) ({len(items):,})")
    if not groups:
        lines.append("None yet.")
    index = "\n".join(lines) + "\n"
    pages.append(GroupingPage(index_page, None, (), lambda: index))
    return pages


def _list_renderer(name: str, page: str, items: list[ArticleSummary], back: str) -> Callable[[], str]:
    return lambda: _list_page(name, page, items, back)


def _list_page(name: str, page: str, items: list[ArticleSummary], back: str) -> str:
    """The group's articles, newest first (as in the context)."""
    listing = article_list(items, page, with_section=False)
    return "\n".join([front_matter(name), f"# {escape(name)}", "", back, "", listing]) + "\n"


def _slug(name: str) -> str:
    """A page name from the group's own name (a hash when nothing of it is slug-safe)."""
    return slugify(name) or "g-" + hashlib.sha256(name.encode()).hexdigest()[:10]
