"""Choose each metadata field of an HTML article from the page's declarations.

Precedence per field: JSON-LD article object, then Open Graph / article:*,
then generic meta conventions (twitter:, parsely-, sailthru., dc.), then the
page itself (<h1>, <title>, bylines). Values are cleaned (a site name appended
to a title is cut; "By" is cut from bylines) but never invented.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin

from build_tools.extract.html_metadata import PageFacts
from build_tools.extract.html_tree import normalise_space
from build_tools.model import Image

_TITLE_SEPARATORS = (" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00bb ", " \u00b7 ")
_BY = re.compile(r"^\s*(by|written by|posted by|von|par|por)\s+", re.I)
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&|\|)\s*", re.I)
_NOT_A_NAME = re.compile(r"https?://|@|\d{4}|\b(staff|updated|published)\b", re.I)


def first_meta(facts: PageFacts, *names: str) -> str | None:
    """The first value of the first meta name present."""
    for name in names:
        values = facts.meta.get(name)
        if values:
            return values[0]
    return None


def ld_text(facts: PageFacts, key: str) -> str | None:
    """A JSON-LD article property as plain text (first of a list; 'name' of an object)."""
    if facts.ld_article is None:
        return None
    return _as_text(facts.ld_article.get(key))


def _as_text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@id") or value.get("url")
    if isinstance(value, str | int | float) and str(value).strip():
        return normalise_space(str(value))
    return None


def choose_site_name(facts: PageFacts) -> str | None:
    publisher = facts.ld_article.get("publisher") if facts.ld_article else None
    return first_meta(facts, "og:site_name", "application-name", "twitter:site") or _as_text(publisher)


def choose_title(facts: PageFacts, site_name: str | None) -> str | None:
    """The headline: JSON-LD, og:title, twitter:title, <h1>, then <title> without the site name."""
    for value in (
        ld_text(facts, "headline"),
        first_meta(facts, "og:title", "twitter:title", "parsely-title", "sailthru.title", "title"),
        facts.h1,
    ):
        if value:
            return _without_site_name(value, site_name)
    return _without_site_name(facts.title_tag, site_name) if facts.title_tag else None


def _without_site_name(title: str, site_name: str | None) -> str:
    """Cut ' | Site Name' (or ' - Site') from the end of a title; keep titles with inner dashes."""
    for separator in _TITLE_SEPARATORS:
        head, found, tail = title.rpartition(separator)
        if not found or not head:
            continue
        if site_name and _same_name(tail, site_name):
            return head.strip()
        if not site_name and len(tail) < 30 and len(head) > 2 * len(tail):
            return head.strip()
    return title


def _same_name(a: str, b: str) -> bool:
    def key(text: str) -> str:
        return re.sub(r"\W|^the", "", text.lower())

    return key(a) == key(b) or key(a) in key(b) or key(b) in key(a)


def choose_authors(facts: PageFacts) -> tuple[str, ...]:
    """Author names from JSON-LD, then meta tags, then the page's byline."""
    if facts.ld_article is not None:
        names = _names(facts.ld_article.get("author"))
        if names:
            return names
    for name in ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
                 "byl", "twitter:creator"):  # fmt: skip
        values = [v for v in facts.meta.get(name, ()) if not _NOT_A_NAME.search(v)]
        if values:
            return _split_names(" and ".join(values))
    for byline in facts.bylines:
        names = _split_names(byline)
        if names:
            return names
    return ()


def _names(value: Any) -> tuple[str, ...]:
    items = value if isinstance(value, list) else [value]
    found: list[str] = []
    for item in items:
        text = _as_text(item)
        if text and not _NOT_A_NAME.search(text):
            found.extend(_split_names(text))
    return tuple(dict.fromkeys(found))


def _split_names(text: str) -> tuple[str, ...]:
    text = _BY.sub("", normalise_space(text))
    parts = [p.strip(" .") for p in _AUTHOR_SPLIT.split(text)]
    names = [p for p in parts if 1 < len(p) < 60 and not _NOT_A_NAME.search(p)]
    return tuple(dict.fromkeys(names))


def choose_section(facts: PageFacts) -> str | None:
    return ld_text(facts, "articleSection") or first_meta(
        facts, "article:section", "parsely-section", "section", "category", "sailthru.tags"
    )


def choose_canonical(facts: PageFacts, base: str | None) -> str | None:
    """The canonical URL, made absolute against the capture's URL when relative."""
    found = facts.canonical or first_meta(facts, "og:url") or ld_text(facts, "url")
    if found is None:
        main = facts.ld_article.get("mainEntityOfPage") if facts.ld_article else None
        found = _as_text(main)
    if found and base:
        return urljoin(base, found)
    return found


def choose_language(facts: PageFacts) -> str | None:
    found = (
        facts.html_lang
        or ld_text(facts, "inLanguage")
        or first_meta(facts, "content-language", "language", "dc.language", "og:locale")
    )
    return found.replace("_", "-") if found else None


def choose_description(facts: PageFacts) -> str | None:
    return first_meta(facts, "og:description", "description", "twitter:description") or ld_text(facts, "description")


def choose_image(facts: PageFacts, base: str | None) -> Image | None:
    """The lead image: og:image or JSON-LD image, with the first figure's caption and credit."""
    figure_url, caption, credit = facts.figure
    ld_image = facts.ld_article.get("image") if facts.ld_article else None
    url = first_meta(facts, "og:image", "twitter:image", "og:image:url") or _as_text(_image_url(ld_image))
    url = url or figure_url
    if isinstance(ld_image, dict):
        caption = caption or _as_text(ld_image.get("caption"))
    if url is None and caption is None:
        return None
    if url and base:
        url = urljoin(base, url)
    return Image(caption=caption, credit=credit, url=url)


def _image_url(value: Any) -> Any:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        return value.get("url") or value.get("contentUrl")
    return value
