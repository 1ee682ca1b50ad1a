"""The theme's page around an archive page's content, rendered once and filled in.

Material's template (`main.html`) takes ~1.3 ms a page, the largest part of
MkDocs' time once the content skips Markdown (build_tools/mkdocs_plugin.py).
For the archive's own pages (articles, entities, pages of mentions) that part
is the same page after page: they are outside the navigation, have no table
of contents, no edit link, no canonical URL. What differs between two such
pages at the same depth is only their title, description and content.

So for each kind of page (its depth, the parts it hides, whether it has a
description) the template is rendered once with stand-ins for those three
values, and each page is that text with its own values put back: a string
join instead of a template. It is not trusted blindly: the first page of each
kind is also rendered in full and compared, and a kind whose two results
differ (a theme that escapes the title somewhere, say) is rendered in full
from then on. tests/test_mkdocs_plugin.py builds a site both ways and compares
every file.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

import jinja2

TEMPLATE = "archive-shell.html"
"""The template name an eligible page is given (its source calls `PageShells.fill`)."""
SOURCE = "{{ archive_fill_shell() }}"
ENABLED = True
"""Off: every page is rendered by the theme in full (the tests compare both)."""
# Front matter an eligible page may hold: anything else may reach the template.
_META = frozenset({"title", "description", "hide", "template"})
# Opens every marker: a private-use character, which the theme's own text never holds.
_MARK = "\ue000"


class _StandIn:
    """The page as the template sees it, with markers for the values that differ."""

    def __init__(self, page: Any, markers: dict[str, str]) -> None:
        self._page = page
        self.title = markers["title"]
        self.content = markers["content"]
        self.meta = {**page.meta, **{key: markers[key] for key in ("title", "description") if key in page.meta}}

    def __getattr__(self, name: str) -> Any:
        return getattr(self._page, name)


@dataclass(frozen=True, slots=True)
class _Shell:
    """The rendered page cut at its markers: pieces of text and, between them, what goes there."""

    pieces: tuple[str, ...]
    slots: tuple[str, ...]

    def fill(self, values: dict[str, str]) -> str:
        parts = [self.pieces[0]]
        for slot, piece in zip(self.slots, self.pieces[1:], strict=True):
            parts += (values[slot], piece)
        return "".join(parts)


def is_eligible(page: Any, content: str) -> bool:
    """Whether the page is one the shell can serve: an archive page outside the
    navigation with nothing but title, description, hidden parts and content."""
    return (
        ENABLED
        and page.file.src_uri.startswith("archive/")
        and "<h1" in content  # the theme adds a heading of its own to a page without one
        and not page.toc
        and page.parent is None
        and page.previous_page is None
        and page.next_page is None
        and not page.is_homepage
        and not page.canonical_url
        and not page.edit_url
        and isinstance(page.meta.get("title"), str)
        and isinstance(page.meta.get("description", ""), str)
        and set(page.meta) <= _META
    )


class PageShells:
    """Shells by kind of page, made on first use in this process."""

    def __init__(self) -> None:
        # A random token: no page's text can pose as a marker. The characters that
        # escaping or tag stripping change are in every marker, so a marker the
        # template filtered is not found as written, and the shell is refused.
        token = f"{secrets.token_hex(8)}&<>\"'"
        self._markers = {
            "title": f"{_MARK}title{token}\ue001",
            "description": f"{_MARK}description{token}\ue001",
            "content": f"<h1{_MARK}content{token}\ue001",
        }
        self._shells: dict[tuple[Any, ...], _Shell | None] = {}

    @jinja2.pass_context
    def fill(self, context: jinja2.runtime.Context) -> str:
        """The page's HTML: its kind's shell filled with its values (Jinja global)."""
        variables = context.get_all()
        page = variables["page"]
        main = context.environment.get_template("main.html")
        kind = (variables["base_url"], tuple(page.meta.get("hide") or ()), "description" in page.meta)
        if kind not in self._shells:
            self._shells[kind] = self._make(main, variables)
        shell = self._shells[kind]
        if shell is None:
            return main.render(variables)
        return shell.fill(self._values(page))

    def _make(self, main: jinja2.Template, variables: dict[str, Any]) -> _Shell | None:
        """The kind's shell, or None when filling it does not give the page rendered in full."""
        page = variables["page"]
        text = main.render({**variables, "page": _StandIn(page, self._markers)})
        shell = _cut(text, self._markers)
        return shell if shell is not None and shell.fill(self._values(page)) == main.render(variables) else None

    def _values(self, page: Any) -> dict[str, str]:
        return {"title": page.meta["title"], "description": page.meta.get("description", ""), "content": page.content}


def _cut(text: str, markers: dict[str, str]) -> _Shell | None:
    """The text cut at every marker; None when the template changed a marker (escaped or
    stripped it), since the value put back there would then need the same change."""
    pieces, slots, position = [], [], 0
    while True:
        hits = [(at, slot) for slot, marker in markers.items() if (at := text.find(marker, position)) >= 0]
        if not hits:
            break
        at, slot = min(hits)
        pieces.append(text[position:at])
        slots.append(slot)
        position = at + len(markers[slot])
    pieces.append(text[position:])
    if not slots or _MARK in "".join(pieces):
        return None
    return _Shell(tuple(pieces), tuple(slots))
