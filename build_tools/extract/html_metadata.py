"""Read what a page declares about itself: JSON-LD, Open Graph, meta tags, <time>.

Everything is gathered into one `PageFacts` first (read-only, before the body
is cleaned, since bylines, <time> and figures are removed from the body later),
then each field is chosen by a fixed precedence: JSON-LD NewsArticle/Article,
then Open Graph / article:*, then generic meta tags, then the page itself.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from bs4 import BeautifulSoup, Tag

from build_tools.extract.html_furniture import name_words
from build_tools.extract.html_tree import all_tags, index_tags, normalise_space, visible_text

_ARTICLE_TYPES = frozenset(
    {"article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
     "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "socialmediaposting",
     "scholarlyarticle", "techarticle", "report", "liveblogposting"}
)  # fmt: skip
_MAX_BYLINES = 10
_VIDEO_TYPES = frozenset({"videoobject", "videogallery"})


@dataclass(frozen=True, slots=True)
class PageFacts:
    """Raw declarations of one page, before any choice between them."""

    meta: dict[str, tuple[str, ...]]
    """Meta tag values by lower-cased name/property/itemprop, in page order."""
    ld_article: dict[str, Any] | None
    """The first JSON-LD object typed as an article."""
    ld_types: frozenset[str]
    """Every JSON-LD @type seen (lower-cased), e.g. to recognise a video page."""
    title_tag: str | None
    h1: str | None
    canonical: str | None
    html_lang: str | None
    times: tuple[tuple[str, str], ...] = ()
    """(datetime attribute, where) of <time> elements, e.g. ('2015-03-02', 'pubdate')."""
    bylines: tuple[str, ...] = ()
    figure: tuple[str | None, str | None, str | None] = (None, None, None)
    """(image url, caption, credit) of the first figure in the page."""
    links: int = 0
    extra: dict[str, str] = field(default_factory=dict)


def read_page_facts(soup: BeautifulSoup) -> PageFacts:
    """Collect every declaration the metadata fields are chosen from."""
    tags = all_tags(soup)
    index = index_tags(tags)
    objects = list(_json_ld_objects(index.get("script", [])))
    types = frozenset(t for obj in objects for t in _types(obj))
    article = next((obj for obj in objects if _types(obj) & _ARTICLE_TYPES), None)
    html = _first(index, "html")
    canonical = next((t for t in index.get("link", []) if _is_canonical(t)), None)
    return PageFacts(
        meta=_meta_values(index.get("meta", [])),
        ld_article=article,
        ld_types=types,
        title_tag=_text_of(_first(index, "title")),
        h1=_text_of(_first(index, "h1")),
        canonical=str(canonical["href"]).strip() if canonical is not None else None,
        html_lang=str(html.get("lang") or "").strip() or None if html is not None else None,
        times=_time_elements(index.get("time", [])),
        bylines=_bylines(tags),
        figure=_first_figure(_first(index, "figure")),
        links=sum(1 for tag in index.get("a", []) if tag.get("href")),
    )


def _first(index: dict[str, list[Tag]], name: str) -> Tag | None:
    found = index.get(name)
    return found[0] if found else None


def _is_canonical(tag: Tag) -> bool:
    rel = tag.get("rel")
    return bool(rel) and bool(tag.get("href")) and "canonical" in str(rel).lower().split()


def _text_of(tag: object) -> str | None:
    if not isinstance(tag, Tag):
        return None
    return normalise_space(tag.get_text(" ")) or None


def _meta_values(tags: list[Tag]) -> dict[str, tuple[str, ...]]:
    values: dict[str, list[str]] = {}
    for tag in tags:
        key = tag.get("property") or tag.get("name") or tag.get("itemprop") or tag.get("http-equiv")
        content = tag.get("content")
        if key and content and str(content).strip():
            values.setdefault(str(key).strip().lower(), []).append(normalise_space(str(content)))
    return {key: tuple(found) for key, found in values.items()}


def _json_ld_objects(scripts: list[Tag]) -> Iterator[dict[str, Any]]:
    """Every JSON object in the page's JSON-LD, flattening lists and @graph."""
    for script in scripts:
        if not _is_json_ld(script.get("type")):
            continue
        try:
            data = json.loads(script.string or "", strict=False)
        except ValueError:
            continue  # broken JSON-LD is common; the other sources still count
        yield from _flatten(data)


def _is_json_ld(value: object) -> bool:
    return bool(value) and "ld+json" in str(value).lower()


def _flatten(data: object) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _flatten(data["@graph"])


def _types(obj: dict[str, Any]) -> frozenset[str]:
    found = obj.get("@type")
    names = found if isinstance(found, list) else [found]
    return frozenset(str(name).lower() for name in names if isinstance(name, str))


def _time_elements(tags: list[Tag]) -> tuple[tuple[str, str], ...]:
    found: list[tuple[str, str]] = []
    for tag in tags[:20]:
        value = tag.get("datetime") or ""
        if not value:
            continue
        where = " ".join(sorted(w for w in name_words(f"{tag.get('class') or ''} {tag.get('itemprop') or ''}")))
        if "pubdate" in tag.attrs:
            where = f"pubdate {where}".strip()
        found.append((str(value).strip(), where))
    return tuple(found)


def _bylines(tags: list[Tag]) -> tuple[str, ...]:
    """Texts of elements named byline/author (itemprop, rel, class), in page order."""
    found: list[str] = []
    for tag in tags:
        if not _is_byline_element(tag):
            continue
        if len(found) >= _MAX_BYLINES:
            break
        text = visible_text(tag)
        if 2 < len(text) < 120 and text not in found:
            found.append(text)
    return tuple(found)


def _is_byline_element(tag: Tag) -> bool:
    attrs = tag.attrs
    if not attrs:
        return False
    if attrs.get("rel") == "author" or attrs.get("itemprop") == "author":
        return True
    raw = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
    return raw != " " and bool(name_words(raw) & {"byline", "author"}) and tag.name != "meta"


def _first_figure(figure: Tag | None) -> tuple[str | None, str | None, str | None]:
    if figure is None:
        return None, None, None
    image = figure.find("img")
    url = str(image.get("src") or "") or None if isinstance(image, Tag) else None
    caption_tag = figure.find("figcaption")
    credit_tag = figure.find(_is_credit)
    credit = _text_of(credit_tag)
    caption = _text_of(caption_tag)
    if caption and credit and caption.endswith(credit):
        caption = caption[: -len(credit)].strip() or None
    return url, caption, credit


def _is_credit(tag: Tag) -> bool:
    attrs = tag.attrs
    if not attrs or "class" not in attrs:
        return False
    return bool(name_words(str(attrs["class"])) & {"credit", "credits", "copyright"})
