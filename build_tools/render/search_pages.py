"""The pages Pagefind indexes: each article's and entity's searchable text, alone.

Pagefind used to read the built site, whose article pages carry the theme's
header, navigation, sidebar and a link around every highlighted name: 51 KB of
HTML on average at 1,000 benchmark articles, and parsing it was most of
Pagefind's time. Each article and entity page now also gets a small page of its
own under `SEARCH_PAGES_DIR` (docs/archive/.search/; MkDocs leaves dot-folders
out of the site), at the same path as the site's page, holding exactly what is
searchable: headline, caption, body blocks with their anchors (no entity
links), and the names and aliases (7.3 KB on average). `build_tools/search.py`
runs Pagefind over that folder and writes the bundles into the site. Measured
on the 1,000 benchmark (1,621 pages indexed): 3.4-3.7 s instead of 8.3-9.9 s
(README, "Search").

The pages are written by the same render jobs as the site's pages, so they are
rewritten when, and only when, the page they index is.
"""

from __future__ import annotations

SEARCH_PAGES_DIR = "archive/.search"
"""Docs-relative folder of the pages Pagefind reads; a page's path below it is its URL's."""


def search_page_path(page: str) -> str:
    """Where the search page of the site page `page` (docs-relative Markdown) goes:
    'archive/articles/x.md' -> 'archive/.search/archive/articles/x/index.html'."""
    return f"{SEARCH_PAGES_DIR}/{page.removesuffix('.md')}/index.html"


def search_document(attributes: list[str], content: str) -> str:
    """A page whose body Pagefind indexes: `content` (HTML made from escaped text)
    inside the element carrying `data-pagefind-body` and `attributes` (meta, sort,
    filters). No `lang`: the indexer gives the site's language (search.py)."""
    opening = " ".join(["<div data-pagefind-body", *attributes]) + ">"
    return f"<!DOCTYPE html>\n<html>\n<body>\n{opening}\n{content}\n</div>\n</body>\n</html>\n"
