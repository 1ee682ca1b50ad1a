"""The `archive` MkDocs plugin: generated HTML passes through Markdown untouched.

Article bodies, highlights and event lists are written as finished HTML by
build_tools/render/html.py and wrapped in `raw_block` markers (build_tools/render/html.py). Even as raw
HTML, Python-Markdown still runs every tag through its HTML parser (measured
on 100 generated captures: half of MkDocs' time). This plugin lifts the marked
blocks out before Markdown runs and puts them back into the page's HTML after,
so their cost is a string replacement.

A page that is nothing but marked blocks (articles and pages of mentions, 19,000
of the 20,000 pages of a 10,000-article archive) skips Python-Markdown
altogether: MkDocs makes a new Markdown instance for every page and converts
its text even when the text is only placeholders, ~35% of MkDocs' time at that
scale (py-spy). Such a page's `render` is swapped for one that sets what
Markdown would have made of it: its blocks, one per line, no table of contents,
no title, no anchors (the blocks are lifted before Markdown, so it never saw
their ids either). tests/test_site_incremental.py builds a site with and
without the shortcut and compares every file.

It also gives the archive's own pages the theme's page as a shell rendered once
per kind of page and filled in (build_tools/page_shells.py).

It is enabled in mkdocs.yml (`plugins: [archive]`, registered as an entry
point in pyproject.toml), so `mkdocs build` and `mkdocs serve` behave the same
as `python -m build_tools build`.
"""

from __future__ import annotations

import functools
import logging
import re
import secrets
from typing import Any

import jinja2
from mkdocs.plugins import BasePlugin
from mkdocs.structure.toc import get_toc

from build_tools import page_shells
from build_tools.render.html import RAW_CLOSE, RAW_OPEN

_OPEN, _CLOSE = f"{RAW_OPEN}\n", f"\n{RAW_CLOSE}"
_PAGES_LOG = logging.getLogger("mkdocs.structure.pages")
SKIP_MARKDOWN = True
"""Off: pages made only of marked blocks go through Markdown too (the tests compare both)."""


class ArchivePlugin(BasePlugin):  # type: ignore[type-arg,no-untyped-call]
    """Swaps marked blocks for placeholders before Markdown, and back after."""

    def __init__(self) -> None:
        super().__init__()
        # Placeholders carry a random token, so no text on a page can pose as one;
        # they never reach the output, which stays byte-for-byte deterministic.
        self._token = f"archiveraw{secrets.token_hex(8)}x"
        self._placeholder = re.compile(rf"<p>{self._token}(\d+)</p>")
        self._stash: dict[str, list[str]] = {}
        self._shells = page_shells.PageShells()

    def on_env(self, env: jinja2.Environment, **_: Any) -> jinja2.Environment:
        assert env.loader is not None
        env.loader = jinja2.ChoiceLoader([jinja2.DictLoader({page_shells.TEMPLATE: page_shells.SOURCE}), env.loader])
        env.globals["archive_fill_shell"] = self._shells.fill
        return env

    def on_page_markdown(self, markdown: str, page: Any, **_: Any) -> str:
        lifted, blocks = _lift(markdown, self._token)
        if blocks:
            self._stash[page.file.src_uri] = blocks
            if SKIP_MARKDOWN and lifted.split() == [f"{self._token}{index}" for index in range(len(blocks))]:
                page.render = functools.partial(_render_blocks, page, page.render, lifted, len(blocks), self._token)
        return lifted

    def on_page_content(self, html: str, page: Any, **_: Any) -> str:
        blocks = self._stash.pop(page.file.src_uri, None)
        if blocks:
            html = self._placeholder.sub(lambda match: blocks[int(match.group(1))], html)
        if page_shells.is_eligible(page, html):
            page.meta["template"] = page_shells.TEMPLATE
        return html


def _render_blocks(page: Any, render: Any, lifted: str, count: int, token: str, config: Any, files: Any) -> None:
    """`Page.render` for a page of marked blocks only: the placeholder paragraphs Markdown
    would make of it (`on_page_content` swaps them for the blocks), without Markdown.
    A page whose Markdown another plugin changed since is rendered by MkDocs as usual."""
    if page.markdown != lifted:
        render(config, files)
        return
    page.content = "\n".join(f"<p>{token}{index}</p>" for index in range(count))
    page.toc = get_toc([])
    page._title_from_render = None
    page.present_anchor_ids = set()
    if _PAGES_LOG.getEffectiveLevel() > logging.DEBUG:  # as MkDocs does: no link to check
        page.links_to_anchors = {}


def _lift(markdown: str, token: str) -> tuple[str, list[str]]:
    """The Markdown with each marked block replaced by a placeholder paragraph, and the blocks.

    Found with str.find, not a lazy regex (which tried every character of a 60 KB
    block for the closing marker: 350 against 30 µs a page, 20,000 pages)."""
    blocks: list[str] = []
    parts: list[str] = []
    cursor = 0
    while (start := markdown.find(_OPEN, cursor)) >= 0:
        end = markdown.find(_CLOSE, start + len(_OPEN))
        if end < 0:
            break  # an opening marker never closed stays as text, as it was written
        parts.append(markdown[cursor:start])
        blocks.append(markdown[start + len(_OPEN) : end])
        parts.append(f"\n\n{token}{len(blocks) - 1}\n\n")
        cursor = end + len(_CLOSE)
    parts.append(markdown[cursor:])
    return "".join(parts), blocks
