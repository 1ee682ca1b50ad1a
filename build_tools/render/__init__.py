"""Render stage: annotated articles -> finished Markdown pages (MkDocs only renders them).

`render_site` is pure: it returns every page as text keyed by its path under
docs/, so it is tested without MkDocs. The build renders through `plan_jobs`
(render/jobs.py), which lets the writer skip pages whose inputs did not change.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from build_tools.model import AnnotatedArticle, ArticleSummary
from build_tools.render.context import build_context
from build_tools.render.jobs import plan_jobs, render_all
from build_tools.render.pages import raw_capture_page


@dataclass(frozen=True, slots=True)
class RenderedSite:
    pages: dict[str, str]
    """Docs-relative path -> file content (Markdown and the JSON exports)."""
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
    """Each generated page as (docs-relative path, content), one at a time, in a fixed order."""
    context = build_context(annotated)
    return render_all(context, plan_jobs(context))


def raw_capture_files(annotated: Sequence[AnnotatedArticle | ArticleSummary]) -> dict[str, str]:
    """Docs-relative path of each raw capture's copy -> the capture's project-relative path."""
    return {raw_capture_page(item.article.capture): str(item.article.capture.path) for item in annotated}
