"""Safe Markdown from captured text: escaping, entity highlights, relative links.

Captured text is data, never markup. Everything taken from a capture passes
through `escape` before it is placed in a page, so `<script>`, raw HTML,
Markdown link syntax, attribute lists (`{: ...}`) or Jinja-looking braces in a
capture show as text and never become markup.
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Sequence
from dataclasses import dataclass

from build_tools.model import Entity, Mention

# Inline syntax characters; escaped with a backslash wherever they stand
# (pymdownx.escapeall, enabled in mkdocs.yml, makes every such escape literal).
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()!|~^=$])")
# Block syntax that only counts at the start of a line: headings, list markers,
# rules, numbered lists, admonition/details markers.
_BLOCK_START = re.compile(r"^(?:(?P<char>[#+\-?:])|(?P<number>\d+)(?P<dot>[.)]))")
_HTML_SPECIAL = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_LINE_SPACE = re.compile(r"\s+")


def escape(text: str) -> str:
    """Make captured text literal in Markdown: one line, HTML and Markdown syntax neutralised."""
    return protect_block_start(escape_inline(text).strip())


def protect_block_start(line: str) -> str:
    """Escape what would make a line a heading, list item or rule instead of a paragraph."""
    match = _BLOCK_START.match(line)
    if match is None:
        return line
    if match.group("char"):
        return "\\" + line
    return match.group("number") + "\\" + line[match.end("number") :]


def escape_attribute(text: str) -> str:
    """Escape text for a double-quoted HTML attribute or Markdown link title."""
    return html.escape(_LINE_SPACE.sub(" ", text).strip(), quote=True)


def relative_link(from_page: str, to_page: str, anchor: str | None = None) -> str:
    """A link from one docs-relative Markdown file to another, as MkDocs resolves them."""
    link = posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")
    return f"{link}#{anchor}" if anchor else link


@dataclass(frozen=True, slots=True)
class EntityLink:
    """What a highlight needs to know about its entity."""

    entity: Entity
    page: str | None
    """Docs-relative path of the entity's page, or None when it has none."""
    article_count: int


def highlight(text: str, mentions: Sequence[Mention], links: dict[str, EntityLink], from_page: str) -> str:
    """Escape `text` and turn each mention into a highlight: a link to its entity's page.

    The highlight's CSS classes carry the entity type (for colour, underline and
    icon), its title the description (a tooltip), and data attributes feed the
    hover card. Mentions must not overlap; those that do are skipped.
    """
    parts: list[str] = []
    cursor = 0
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        link = links.get(mention.entity_id)
        if link is None or mention.start < cursor:
            continue
        parts.append(escape_inline(text[cursor : mention.start]))
        parts.append(_highlight_one(text[mention.start : mention.end], link, from_page))
        cursor = mention.end
    parts.append(escape_inline(text[cursor:]))
    return protect_block_start("".join(parts).strip())


def escape_inline(text: str) -> str:
    """Like `escape`, but keeps leading and trailing spaces (for text between highlights)."""
    flat = _LINE_SPACE.sub(" ", text)
    flat = "".join(_HTML_SPECIAL.get(char, char) for char in flat)
    return _MARKDOWN_SPECIAL.sub(r"\\\1", flat)


def _highlight_one(surface: str, link: EntityLink, from_page: str) -> str:
    entity = link.entity
    classes = f"entity entity-{entity.type.value}" + ("" if entity.reviewed else " entity-unreviewed")
    title = escape_attribute(entity.description or f"{entity.name} ({entity.type.value})")
    data = (
        f'data-entity="{escape_attribute(entity.id)}" data-name="{escape_attribute(entity.name)}" '
        f'data-type="{entity.type.value}" data-articles="{link.article_count}"'
    )
    if link.page is None:
        return f'<span class="{classes}" title="{title}" {data}>{escape_inline(surface)}</span>'
    target = relative_link(from_page, link.page)
    attributes = " ".join(f".{name}" for name in classes.split())
    return f'[{escape_inline(surface)}]({target} "{title}"){{ {attributes} {data} }}'
