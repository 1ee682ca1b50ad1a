"""Render stage: annotated articles -> finished Markdown pages (MkDocs only renders them).

`render_site` is pure: it returns every page as text keyed by its path under
docs/, so it is tested without MkDocs and the pipeline decides how to write.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
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
    """Every generated page of the site.

    Args:
        annotated: the built articles, in any order (pages come out the same).
    Returns:
        The pages and the raw capture files to copy beside them.
    """
    context = build_context(annotated)
    pages = {HOME_PAGE: render_home(context), ARTICLE_INDEX_PAGE: render_article_index(context)}
    for item in context.articles:
        pages[article_page(item.article.capture.slug)] = render_article(item, context)
    for entity_id, link in sorted(context.links.items()):
        if link.page is not None:
            pages[link.page] = render_entity(context.entities[entity_id], context)
    pages.update(render_entity_indexes(context))
    pages.update(render_timeline_pages(context))
    pages.update(render_groupings(context))
    pages[TIMELINE_JSON] = _timeline_export(context.articles)
    raw_files = {raw_capture_page(item.article.capture): str(item.article.capture.path) for item in context.articles}
    return RenderedSite(pages, raw_files)


def _timeline_export(articles: Sequence[AnnotatedArticle]) -> str:
    groups = group_events(event for item in articles for event in item.events)
    titles = {item.article.capture.slug: item.article.title for item in articles}
    export = timelinejs_json(groups, titles, lambda slug: f"../articles/{slug}/")
    return json.dumps(export, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
