"""Page furniture recognised by the words in class and id names.

Sites name their share bars, related-story lists, newsletter boxes and the like
with the same few English words ("share", "related", "newsletter", ...). These
are general conventions, not any one site's names. A class string is cut into
words at '-', '_', spaces and camelCase humps ("relatedArticles" ->
"related", "articles") and an element is furniture when one word is on the
list, unless the element holds most of the page's text (a page that calls its
article wrapper "layout-with-sidebar" must keep its article).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bs4 import Tag

from build_tools.extract.html_tree import never_body, visible_text

FURNITURE_WORDS = frozenset(
    [
        "share",
        "sharing",
        "sharebar",
        "sharetools",
        "social",
        "socials",
        "follow",
        "related",
        "recommended",
        "recommendations",
        "recommendation",
        "recirc",
        "recirculation",
        "comment",
        "comments",
        "disqus",
        "newsletter",
        "newsletters",
        "subscribe",
        "subscription",
        "signup",
        "promo",
        "promos",
        "promotion",
        "advert",
        "adverts",
        "advertisement",
        "advertising",
        "ad",
        "ads",
        "adslot",
        "adunit",
        "dfp",
        "sponsor",
        "sponsored",
        "outbrain",
        "taboola",
        "zergnet",
        "cookie",
        "cookies",
        "consent",
        "gdpr",
        "banner",
        "popup",
        "modal",
        "overlay",
        "byline",
        "bylines",
        "bio",
        "bios",
        "author",
        "authors",
        "caption",
        "captions",
        "credit",
        "credits",
        "breadcrumb",
        "breadcrumbs",
        "tags",
        "tag",
        "topics",
        "keywords",
        "toolbar",
        "tools",
        "sidebar",
        "rail",
        "footer",
        "masthead",
        "menu",
        "nav",
        "navbar",
        "navigation",
        "subnav",
        "pagination",
        "pager",
        "popular",
        "trending",
        "mostread",
        "most",
        "readmore",
        "more",
        "also",
        "skip",
        "print",
        "printonly",
        "gallery",
        "slideshow",
        "carousel",
        "photo",
        "photos",
        "image",
        "images",
        "figure",
        "video",
        "player",
        "audio",
        "podcast",
        "tooltip",
        "disclaimer",
        "copyright",
        "login",
        "signin",
        "meta",
        "timestamp",
        "dateline",
        "jump",
        "toc",
        "lightbox",
        "sronly",
        "screenreader",
        "visuallyhidden",
        "recent",
        "excerpt",
        "teaser",
        "teasers",
        "upnext",
    ]
)

# Words that, in the same class string, mean the element is not furniture after
# all when it is large: "article-body", "story-content" next to "has-ads".
_CAMEL_HUMP = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_WORD_SPLIT = re.compile(r"[^a-z0-9]+")

# An element holding this share of the page's visible text is the article or
# its wrapper, whatever its class says (calibrated on wrappers named like
# "main-content has-sidebar" that hold the whole story).
_WRAPPER_SHARE = 0.5

_PROTECTED_TAGS = frozenset({"html", "body", "main"})


@lru_cache(maxsize=4096)
def name_words(raw: str) -> frozenset[str]:
    """Split a class/id string into lower-case words ('shareBar-top' -> share, bar, top)."""
    spaced = _CAMEL_HUMP.sub(" ", raw).lower()
    words = {word for word in _WORD_SPLIT.split(spaced) if word}
    # "sr-only" and "visually-hidden" come as two words; join pairs too.
    joined = spaced.replace("-", "").replace("_", "")
    words.update(w for w in _WORD_SPLIT.split(joined) if w in FURNITURE_WORDS)
    return frozenset(words)


def furniture_word(tag: Tag) -> str | None:
    """The furniture word in the element's class or id, if any."""
    attrs = tag.attrs
    if not attrs:
        return None
    raw = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
    if raw == " ":
        return None
    words = name_words(raw) & FURNITURE_WORDS
    return min(words) if words else None


def prune(root: Tag) -> list[tuple[str, str]]:
    """Remove never-body elements, then furniture, under `root`; return (text, reason) removed.

    Two walks that do not descend into what they remove. Furniture is judged
    against the text left after the first walk (menus no longer count). The
    reason names what gave a furniture element away, e.g. 'class/id "related"'.
    """
    _remove_never_body(root)
    total = max(len(visible_text(root)), 1)
    removed: list[tuple[str, str]] = []
    _remove_furniture(root, total, removed)
    return removed


def _remove_never_body(tag: Tag) -> None:
    for child in list(tag.contents):
        if isinstance(child, Tag):
            if never_body(child):
                child.extract()
            else:
                _remove_never_body(child)


def _remove_furniture(tag: Tag, total: int, removed: list[tuple[str, str]]) -> None:
    for child in list(tag.contents):
        if not isinstance(child, Tag):
            continue
        word = None if child.name in _PROTECTED_TAGS else furniture_word(child)
        if word is not None:
            text = visible_text(child)
            if len(text) < _WRAPPER_SHARE * total:
                if text:
                    removed.append((text, f'class/id "{word}"'))
                child.extract()
                continue
        _remove_furniture(child, total, removed)
