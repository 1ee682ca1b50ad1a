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
from build_tools.extract.html_tree import normalise_space, visible_text

_ARTICLE_TYPES = frozenset(
    {"article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
     "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "socialmediaposting",
     "scholarlyarticle", "techarticle", "report", "liveblogposting"}
)  # fmt: skip
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
    objects = list(_json_ld_objects(soup))
    types = frozenset(t for obj in objects for t in _types(obj))
    article = next((obj for obj in objects if _types(obj) & _ARTICLE_TYPES), None)
    html = soup.find("html")
    canonical = soup.find("link", rel=_is_canonical, href=True)
    return PageFacts(
        meta=_meta_values(soup),
        ld_article=article,
        ld_types=types,
        title_tag=_text_of(soup.find("title")),
        h1=_text_of(soup.find("h1")),
        canonical=str(canonical["href"]).strip() if isinstance(canonical, Tag) else None,
        html_lang=str(html.get("lang") or "").strip() or None if isinstance(html, Tag) else None,
        times=_time_elements(soup),
        bylines=_bylines(soup),
        figure=_first_figure(soup),
        links=len(soup.find_all("a", href=True)),
    )


def _is_canonical(value: str | None) -> bool:
    return bool(value) and "canonical" in str(value).lower().split()


def _text_of(tag: object) -> str | None:
    if not isinstance(tag, Tag):
        return None
    return normalise_space(tag.get_text(" ")) or None


def _meta_values(soup: BeautifulSoup) -> dict[str, tuple[str, ...]]:
    values: dict[str, list[str]] = {}
    for tag in soup.find_all("meta"):
        key = tag.get("property") or tag.get("name") or tag.get("itemprop") or tag.get("http-equiv")
        content = tag.get("content")
        if key and content and str(content).strip():
            values.setdefault(str(key).strip().lower(), []).append(normalise_space(str(content)))
    return {key: tuple(found) for key, found in values.items()}


def _json_ld_objects(soup: BeautifulSoup) -> Iterator[dict[str, Any]]:
    """Every JSON object in the page's JSON-LD, flattening lists and @graph."""
    for script in soup.find_all("script", type=_is_json_ld):
        try:
            data = json.loads(script.string or "", strict=False)
        except ValueError:
            continue  # broken JSON-LD is common; the other sources still count
        yield from _flatten(data)


def _is_json_ld(value: str | None) -> bool:
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


def _time_elements(soup: BeautifulSoup) -> tuple[tuple[str, str], ...]:
    found: list[tuple[str, str]] = []
    for tag in soup.find_all("time", limit=20):
        value = tag.get("datetime") or ""
        if not value:
            continue
        where = " ".join(
            sorted(w for w in name_words(f"{tag.get('class') or ''} {tag.get('itemprop') or ''}"))
        )
        if "pubdate" in tag.attrs:
            where = f"pubdate {where}".strip()
        found.append((str(value).strip(), where))
    return tuple(found)


def _bylines(soup: BeautifulSoup) -> tuple[str, ...]:
    """Texts of elements named byline/author (itemprop, rel, class), shortest first."""
    found: list[str] = []
    for tag in soup.find_all(_is_byline_element, limit=10):
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


def _first_figure(soup: BeautifulSoup) -> tuple[str | None, str | None, str | None]:
    figure = soup.find("figure")
    if not isinstance(figure, Tag):
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
