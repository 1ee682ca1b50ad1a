"""Render stage: annotated articles -> finished Markdown pages (MkDocs only renders them).

`render_site` is pure: it returns every page as text keyed by its path under
docs/, so it is tested without MkDocs and the pipeline decides how to write.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from build_tools.model import AnnotatedArticle
from build_tools.render.article import render_article
from build_tools.render.context import ARTICLE_INDEX_PAGE, HOME_PAGE, article_page, build_context
from build_tools.render.entity import render_entity, render_entity_indexes
from build_tools.render.groupings import render_groupings
from build_tools.render.indexes import render_article_index, render_home
from build_tools.render.pages import raw_capture_page
from build_tools.render.timeline import render_timeline_pages
from build_tools.timeline.events import group_events
from build_tools.timeline.export import timelinejs_json

TIMELINE_JSON = "archive/timeline.json"


@dataclass(frozen=True, slots=True)
class RenderedSite:
    pages: dict[str, str]
    """Docs-relative path -> file content (Markdown and the timeline export)."""
    raw_files: dict[str, str]
    """Docs-relative path of a raw capture's copy -> the capture's project-relative path."""


def render_site(annotated: Sequence[AnnotatedArticle]) -> RenderedSite:
    """Every generated page of the site, held in memory (tests; small archives).

    Args:
        annotated: the built articles, in any order (pages come out the same).
    Returns:
        The pages and the raw capture files to copy beside them.
    """
    return RenderedSite(dict(render_pages(annotated)), raw_capture_files(annotated))


def render_pages(annotated: Sequence[AnnotatedArticle]) -> Iterator[tuple[str, str]]:
    """Each generated page as (docs-relative path, content), one at a time, in a fixed order.

    The build writes them as they come: at 10,000 articles the pages weigh
    gigabytes, which need never be in memory together.
    """
    context = build_context(annotated)
    yield HOME_PAGE, render_home(context)
    yield ARTICLE_INDEX_PAGE, render_article_index(context)
    for item in context.articles:
        yield article_page(item.article.capture.slug), render_article(item, context)
    for entity_id, link in sorted(context.links.items()):
        if link.page is not None:
            yield from render_entity(context.entities[entity_id], context).items()
    yield from render_entity_indexes(context).items()
    yield from render_timeline_pages(context).items()
    yield from render_groupings(context).items()
    yield TIMELINE_JSON, _timeline_export(context.articles)


def raw_capture_files(annotated: Sequence[AnnotatedArticle]) -> dict[str, str]:
    """Docs-relative path of each raw capture's copy -> the capture's project-relative path."""
    return {raw_capture_page(item.article.capture): str(item.article.capture.path) for item in annotated}


def _timeline_export(articles: Sequence[AnnotatedArticle]) -> str:
    groups = group_events(event for item in articles for event in item.events)
    titles = {item.article.capture.slug: item.article.title for item in articles}
    export = timelinejs_json(groups, titles, lambda slug: f"../articles/{slug}/")
    return json.dumps(export, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
