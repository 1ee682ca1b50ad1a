"""Safe Markdown from captured text: escaping and relative links (highlights are HTML: html.py).

Captured text is data, never markup. Everything taken from a capture passes
through `escape` before it is placed in a page, so `<script>`, raw HTML,
Markdown link syntax, attribute lists (`{: ...}`) or Jinja-looking braces in a
capture show as text and never become markup.
"""

from __future__ import annotations

import functools
import posixpath
import re
from dataclasses import dataclass

from build_tools.model import Entity

# Inline syntax characters; escaped with a backslash wherever they stand
# (pymdownx.escapeall, enabled in mkdocs.yml, makes every such escape literal).
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()!|~^=$])")
# Block syntax that only counts at the start of a line: headings, list markers,
# rules, numbered lists, admonition/details markers.
_BLOCK_START = re.compile(r"^(?:(?P<char>[#+\-?:])|(?P<number>\d+)(?P<dot>[.)]))")
_HTML_SPECIAL = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
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


def relative_link(from_page: str, to_page: str, anchor: str | None = None) -> str:
    """A link from one docs-relative Markdown file to another, as MkDocs resolves them."""
    link = _relative_file(posixpath.dirname(from_page) or ".", to_page)
    return f"{link}#{anchor}" if anchor else link


@functools.lru_cache(maxsize=200_000)  # index pages link the same targets from the same folders
def _relative_file(from_dir: str, to_page: str) -> str:
    return posixpath.relpath(to_page, from_dir)


@dataclass(frozen=True, slots=True)
class EntityLink:
    """What a highlight needs to know about its entity."""

    entity: Entity
    page: str | None
    """Docs-relative path of the entity's page, or None when it has none."""
    article_count: int


def escape_inline(text: str) -> str:
    """Like `escape`, but keeps leading and trailing spaces (for text between highlights)."""
    flat = _LINE_SPACE.sub(" ", text)
    flat = flat.translate(_HTML_SPECIAL)
    return _MARKDOWN_SPECIAL.sub(r"\\\1", flat)
