"""Browsing pages beyond the date: articles by section, by source (agency or site),
and by tag (section plus main entities, listed by Material's tags plugin)."""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from urllib.parse import urlsplit

from build_tools.model import AnnotatedArticle
from build_tools.render.context import SiteContext, article_page
from build_tools.render.markdown import escape, relative_link
from build_tools.render.pages import front_matter, human_date
from build_tools.slugs import slugify

SECTIONS_INDEX_PAGE = "archive/sections/index.md"
SOURCES_INDEX_PAGE = "archive/sources/index.md"
TAGS_INDEX_PAGE = "archive/tags/index.md"
# Tags are the section and the few entities an article mentions most: enough to
# browse by, few enough to stay meaningful.
MAIN_ENTITY_TAGS = 3
_UNSAFE_IN_TAG = re.compile(r"""[<>"'\\\[\]{}#&|*!%@`]|--""")


def article_tags(item: AnnotatedArticle, context: SiteContext) -> list[str]:
    """The tags of one article: its section, then its most mentioned entities that have pages."""
    counts = Counter(m.entity_id for m in item.mentions if context.links[m.entity_id].page is not None)
    ranked = sorted(counts, key=lambda entity_id: (-counts[entity_id], context.entities[entity_id].name))
    tags = [_clean_tag(context.entities[entity_id].name) for entity_id in ranked[:MAIN_ENTITY_TAGS]]
    section = _clean_tag(item.article.section or "")
    return ([section] if section else []) + [tag for tag in tags if tag and tag != section]


def article_source(item: AnnotatedArticle) -> str | None:
    """Who published the article: the agency, else the site's name, else the URL's host."""
    article = item.article
    url = article.capture.source_url or article.canonical_url
    host = urlsplit(url).hostname if url else None
    return article.agency or article.site_name or (host.removeprefix("www.") if host else None)


def render_groupings(context: SiteContext) -> dict[str, str]:
    pages: dict[str, str] = {}
    pages.update(
        _grouped_pages("Sections", SECTIONS_INDEX_PAGE, "archive/sections", context, lambda i: i.article.section)
    )
    pages.update(_grouped_pages("Sources", SOURCES_INDEX_PAGE, "archive/sources", context, article_source))
    pages.update(_tag_pages(context))
    return pages


def _grouped_pages(
    title: str, index_page: str, folder: str, context: SiteContext, key: Callable[[AnnotatedArticle], str | None]
) -> dict[str, str]:
    groups: defaultdict[str, list[AnnotatedArticle]] = defaultdict(list)
    for item in context.articles:
        name = key(item)
        if name:
            groups[name].append(item)
    pages: dict[str, str] = {}
    lines = [front_matter(title), f"# {title}", ""]
    slugs = _slugs(groups)
    for name in sorted(groups, key=str.casefold):
        page = f"{folder}/{slugs[name]}.md"
        pages[page] = _list_page(name, page, groups[name])
        lines.append(f"- [{escape(name)}]({relative_link(index_page, page)}) ({len(groups[name])})")
    if not groups:
        lines.append("None yet.")
    pages[index_page] = "\n".join(lines) + "\n"
    return pages


def _list_page(name: str, page: str, items: list[AnnotatedArticle]) -> str:
    lines = [front_matter(name), f"# {escape(name)}", ""]
    for item in items:  # newest first, as in the context
        article = item.article
        date = human_date(article.published.value) if article.published else "date unknown"
        lines.append(f"- {date} · [{escape(article.title)}]({relative_link(page, article_page(article.capture.slug))})")
    return "\n".join(lines) + "\n"


def _tag_pages(context: SiteContext) -> dict[str, str]:
    counts: Counter[str] = Counter(tag for item in context.articles for tag in article_tags(item, context))
    lines = [front_matter("Tags"), "# Tags", "", "Each article is tagged with its section and its main entities.", ""]
    pages: dict[str, str] = {}
    slugs = _slugs(counts)
    for tag in sorted(counts, key=str.casefold):
        page = f"archive/tags/{slugs[tag]}.md"
        # The tags plugin fills the listing with every page carrying this tag.
        directive = f'<!-- material/tags {{ include: ["{tag}"] }} -->'

        pages[page] = f"{front_matter(f'Tag: {tag}')}\n\n# Tag: {escape(tag)}\n\n{directive}\n"
        lines.append(f"- [{escape(tag)}]({relative_link(TAGS_INDEX_PAGE, page)}) ({counts[tag]})")
    pages[TAGS_INDEX_PAGE] = "\n".join(lines) + "\n"
    return pages


def _slugs(names: Iterable[str]) -> dict[str, str]:
    """A distinct slug per name, stable for a given set of names (sorted, then numbered)."""
    slugs: dict[str, str] = {}
    used: set[str] = set()
    for name in sorted(names):
        base = slugify(name) or "g-" + hashlib.sha256(name.encode()).hexdigest()[:10]
        slug, number = base, 2
        while slug in used:
            slug, number = f"{base}-{number}", number + 1
        used.add(slug)
        slugs[name] = slug
    return slugs


def _clean_tag(name: str) -> str:
    """Tag text safe inside YAML front matter and the plugin's HTML-comment directive."""
    return " ".join(_UNSAFE_IN_TAG.sub(" ", name).split())
