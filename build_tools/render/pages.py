"""Small pieces shared by the page renderers."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from datetime import date
from pathlib import PurePosixPath

import yaml

from build_tools.model import ArticleSummary, Capture, Entity
from build_tools.render import html
from build_tools.render.context import SiteContext, article_page

RAW_DIR = "archive/raw"
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")
# Page titles and descriptions reach the theme's <title> and <meta> tags through
# Jinja without autoescaping (mkdocs' theme environment), and `striptags`
# unescapes entities; so angle brackets and double quotes in captured text are
# swapped for look-alikes there. The headline on the page keeps the real
# characters, escaped.
_TITLE_SAFE = str.maketrans({"<": "‹", ">": "›", '"': "”"})
# libyaml's emitter writes front matter 5x faster than PyYAML's own (18 against
# 100 µs a page, measured on 4,000 pages' titles); PyYAML's wheels ship it. Both
# write the same text but for characters outside the BMP, which libyaml escapes:
# the same YAML either way.
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def front_matter(title: str, description: str | None = None, hide: list[str] | None = None) -> str:
    """YAML front matter, safely quoted, with captured text defused for the theme.

    `hide` lists Material's page parts to leave out ("navigation", "toc").
    """
    meta: dict[str, object] = {"title": _CONTROL.sub(" ", title).translate(_TITLE_SAFE).strip() or "Untitled"}
    if hide:
        meta["hide"] = hide
    if description:
        meta["description"] = _CONTROL.sub(" ", description).translate(_TITLE_SAFE).strip()
    return "---\n" + yaml.dump(meta, Dumper=_DUMPER, allow_unicode=True, sort_keys=True, width=1000) + "---"


# Memoised: pages of mentions date every article they list, and strftime was an
# eighth of their render time (10,000 benchmark: ~600,000 dates of 3,744 days).
@functools.lru_cache(maxsize=1 << 14)
def human_date(value: date) -> str:
    return f"{value.day} {value.strftime('%B')} {value.year}"


def article_list(items: Iterable[ArticleSummary], page: str, *, with_section: bool = True) -> str:
    """Articles as one raw HTML list on `page`: date, headline linked, and section.

    Raw HTML, not Markdown links: a year or a section of a 10,000-article archive
    lists over a thousand, each a link Python-Markdown would parse and MkDocs
    check one at a time (see render/html.py)."""
    entries = []
    for item in items:
        article = item.article
        date = human_date(article.published.value) if article.published else "date unknown"
        link = html.relative_url(page, article_page(item.slug))
        section = f" · {html.text(article.section).strip()}" if with_section and article.section else ""
        entries.append(f'{date} · <a href="{link}">{html.text(article.title).strip()}</a>{section}')
    return html.raw_block(html.bullet_list(entries))


def link_to_entity(entity: Entity, context: SiteContext, from_page: str) -> str:
    """The entity's name as an HTML chip, linked to its page when it has one.

    HTML rather than a Markdown link: it also sits inside raw HTML blocks (the
    article's sidebar), and one form serves both.
    """
    link = context.links.get(entity.id)
    classes = f"entity-chip entity-{entity.type.value}"
    name = html.text(entity.name).strip()
    if link is None or link.page is None:
        return f'<span class="{classes}" title="{html.attribute(entity.description)}">{name}</span>'
    return f'<a class="{classes}" href="{html.relative_url(from_page, link.page)}">{name}</a>'


def raw_capture_page(capture: Capture) -> str:
    """Where the raw capture is copied in the site, as a file that is never rendered.

    HTML captures get '.txt' appended so the browser shows their source instead
    of running it: a capture's scripts must never run on our site.
    """
    parts = PurePosixPath(capture.path).parts
    name = "/".join(parts[1:]) if len(parts) > 1 else capture.path.name
    if not name.lower().endswith((".txt", ".warc", ".warc.gz", ".gz")):
        name += ".txt"
    return f"{RAW_DIR}/{name}"
