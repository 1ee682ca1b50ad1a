"""The `archive` MkDocs plugin: generated HTML passes through Markdown untouched.

Article bodies, highlights and event lists are written as finished HTML by
build_tools/render/html.py and wrapped in `raw_block` markers (build_tools/render/html.py). Even as raw
HTML, Python-Markdown still runs every tag through its HTML parser (measured
on 100 generated captures: half of MkDocs' time). This plugin lifts the marked
blocks out before Markdown runs and puts them back into the page's HTML after,
so their cost is a string replacement.

It also gives the archive's own pages the theme's page as a shell rendered once
per kind of page and filled in (build_tools/page_shells.py).

It is enabled in mkdocs.yml (`plugins: [archive]`, registered as an entry
point in pyproject.toml), so `mkdocs build` and `mkdocs serve` behave the same
as `python -m build_tools build`.
"""

from __future__ import annotations

import re
import secrets
from typing import Any

import jinja2
from mkdocs.plugins import BasePlugin

from build_tools import page_shells
from build_tools.render.html import RAW_CLOSE, RAW_OPEN

_BLOCK = re.compile(re.escape(RAW_OPEN) + r"\n(.*?)\n" + re.escape(RAW_CLOSE), re.S)


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
        blocks: list[str] = []

        def lift(match: re.Match[str]) -> str:
            blocks.append(match.group(1))
            return f"\n\n{self._token}{len(blocks) - 1}\n\n"

        lifted = _BLOCK.sub(lift, markdown)
        if blocks:
            self._stash[page.file.src_uri] = blocks
        return lifted

    def on_page_content(self, html: str, page: Any, **_: Any) -> str:
        blocks = self._stash.pop(page.file.src_uri, None)
        if blocks:
            html = self._placeholder.sub(lambda match: blocks[int(match.group(1))], html)
        if page_shells.is_eligible(page, html):
            page.meta["template"] = page_shells.TEMPLATE
        return html
