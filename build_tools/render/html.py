"""Raw HTML fragments for the heavy parts of pages: article bodies, highlights,
event and mention lists.

Why HTML and not Markdown: Python-Markdown parses every inline link and
attribute list one pattern at a time, and articles carry dozens of highlights
each; measured on 100 generated captures, inline processing was most of
MkDocs' time. A raw HTML block is passed through untouched, so these parts
cost MkDocs almost nothing. The price is that MkDocs neither rewrites nor
checks their links: `relative_url` writes the final URLs itself (the site uses
`use_directory_urls: true`, checked by `build_site`), and the site tests check
that every link resolves.

Captured text is data: everything from a capture goes through `text` or
`attribute` (html.escape), and nothing in a raw HTML block is read as Markdown.
Fragments never contain a blank line, which would end the raw block.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from build_tools.model import Block, BlockKind, Mention
from build_tools.render.markdown import EntityLink

_SPACE = re.compile(r"\s+")
RAW_OPEN = "<!-- archive:raw -->"
RAW_CLOSE = "<!-- /archive:raw -->"
# Characters a source URL keeps as they are when quoted for an href.
_URL_SAFE = ":/?#@!$&'*+,;=%~-._"


def raw_block(fragment: str) -> str:
    """Mark finished HTML so that the `archive` MkDocs plugin (build_tools/mkdocs_plugin.py)
    keeps it away from Markdown. The markers cannot come from a capture: captured text
    is escaped, so it never holds '<!--'."""
    return f"{RAW_OPEN}\n{fragment}\n{RAW_CLOSE}" if fragment else ""


def text(value: str) -> str:
    """Captured text as HTML text: one line, `<`, `>`, `&` and quotes escaped."""
    # Most values are printable with single spaces, and then `\s+` has nothing to
    # collapse (every other whitespace character is non-printable): the regex is
    # skipped, ~1 µs of ~700,000 calls per 1,500 pages.
    if not value.isprintable() or "  " in value:
        value = _SPACE.sub(" ", value)
    return html.escape(value, quote=True)


def attribute(value: str) -> str:
    """A value for a double-quoted attribute."""
    return text(value).strip()


@functools.lru_cache(maxsize=1 << 15)  # every link works out two (see `_link`)
def page_url(page: str) -> str:
    """The URL MkDocs gives a docs-relative Markdown file (directory URLs):
    'archive/articles/x.md' -> 'archive/articles/x/', 'index.md' -> ''."""
    stem = page[:-3] if page.endswith(".md") else page
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def _relative_dir(from_url: str, to_url: str) -> str:
    """From one directory URL to another, both relative to the site root ('' is the root).

    Plain segment arithmetic: entity pages at 10,000 articles make millions of
    links, and posixpath.relpath (which makes both paths absolute first) was a
    third of their render time.
    """
    source = from_url.split("/")[:-1] if from_url else []
    target = to_url.split("/")[:-1] if to_url else []
    common = 0
    for a, b in zip(source, target, strict=False):
        if a != b:
            break
        common += 1
    up = "../" * (len(source) - common)
    down = "".join(segment + "/" for segment in target[common:])
    return (up + down) or "./"


def relative_url(from_page: str, to_page: str, anchor: str | None = None) -> str:
    """The link from one page to another (both docs-relative .md paths), as a final URL."""
    link = _link(from_page, to_page)
    return f"{link}#{anchor}" if anchor else link


def urls_into(from_page: str, folder: str) -> Callable[[str], str]:
    """`relative_url(from_page, f"{folder}/{name}.md")` for many names, the way to the
    folder worked out once: an entity's pages of mentions link 600,000 articles at
    10,000 articles, and working each link out in full was 1.6 s of the build's CPU."""
    from_url = page_url(from_page)
    way = _way_to_folder(from_url, f"{folder}/")
    prefix = "" if way == "./" else way

    def url(name: str) -> str:
        if name == "index" or from_url.startswith(f"{folder}/{name}/"):  # not a sibling page: in full
            return relative_url(from_page, f"{folder}/{name}.md")
        return f"{prefix}{name}/"

    return url


def file_url(from_page: str, to_file: str) -> str:
    """The link from a page to a static file (both docs-relative), as a final URL."""
    folder, _, name = to_file.rpartition("/")
    return _link(from_page, f"{folder}/index.md" if folder else "index.md") + quote(name)


def safe_link(url: str) -> str:
    """A source URL shown as text, linked only when it is http(s) (never javascript: or data:)."""
    shown = text(url).strip()
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        return shown
    return f'<a href="{attribute(quote(url, safe=_URL_SAFE))}">{shown}</a>'


def _link(from_page: str, to_page: str) -> str:
    """The relative URL from one page to another.

    An entity's page of mentions at 10,000 articles links thousands of articles,
    each once per sentence: a memo of (page, page) pairs thrashed (a tenth of
    render time). A page's folders are few, so the way up to the target's folder
    is what is memoised, and the target's last segment is appended: the same URL
    whenever the target is not the page itself or one of its ancestors (then the
    way is all "../", worked out in full).
    """
    from_url, to_url = page_url(from_page), page_url(to_page)
    if from_url.startswith(to_url):
        return _relative_dir(from_url, to_url)
    folder, leaf = _split_url(to_url)
    way = _way_to_folder(from_url, folder)
    return leaf if way == "./" else way + leaf


@functools.lru_cache(maxsize=1 << 15)
def _split_url(url: str) -> tuple[str, str]:
    """'archive/entities/x/' -> ('archive/entities/', 'x/')."""
    cut = url.rfind("/", 0, len(url) - 1) + 1
    return url[:cut], url[cut:]


@functools.lru_cache(maxsize=1 << 12)
def _way_to_folder(from_url: str, folder: str) -> str:
    return _relative_dir(from_url, folder)


def highlight(value: str, mentions: Sequence[Mention], links: Mapping[str, EntityLink], from_page: str) -> str:
    """Escape `value` and turn each mention into a highlight linking to its entity's page
    (one text; a page of many texts uses a `Highlighter`)."""
    return Highlighter(links, from_page).highlight(value, mentions)


class Highlighter:
    """Highlights for the texts of one page, each entity's tag made once for the page.

    Classes carry the type (colour and underline style), `title` the description
    (the tooltip without scripts), `data-name` (for a short form) feeds the hover
    card. A mention of an entity with no page is a span, with its number of
    articles in `data-articles`. Overlapping mentions are skipped.

    Why per page: an article names each entity in several paragraphs, a timeline
    page in many sentences, and the tag (a relative link, an escaped title) was
    made again for each text: a fifth of an article page's time.
    """

    __slots__ = ("_from_page", "_links", "_tags")

    def __init__(self, links: Mapping[str, EntityLink], from_page: str) -> None:
        self._links = links
        self._from_page = from_page
        self._tags: dict[str, _Tag] = {}  # an entity named twice on a page is tagged alike

    def highlight(self, value: str, mentions: Sequence[Mention]) -> str:
        """Escape `value` and turn each mention into a highlight linking to its entity's page."""
        parts: list[str] = []
        cursor = 0
        tags = self._tags
        for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
            tag = tags.get(mention.entity_id)
            if tag is None:
                link = self._links.get(mention.entity_id)
                if link is None:
                    continue
                tag = tags[mention.entity_id] = _tag(link, self._from_page)
            if mention.start < cursor:
                continue
            parts.append(text(value[cursor : mention.start]))
            parts.append(tag.around(value[mention.start : mention.end]))
            cursor = mention.end
        parts.append(text(value[cursor:]))
        return "".join(parts).strip()


@dataclass(frozen=True, slots=True)
class _Tag:
    """One entity's highlight, around any surface form of its name."""

    name: str
    head: str
    named: str
    tail: str
    close: str

    def around(self, surface: str) -> str:
        """Kept short (a generated article holds ~140 highlights): the type is in the
        class, the entity in the link; the name is spelt out only for short forms."""
        named = "" if surface == self.name else self.named
        return f"{self.head}{named}{self.tail}{text(surface)}{self.close}"


def _tag(link: EntityLink, from_page: str) -> _Tag:
    entity = link.entity
    classes, title, named = _attributes(link)
    if link.page is None:
        return _Tag(entity.name, f'<span class="{classes}" title="{title}"', named,
                    f' data-articles="{link.article_count}">', "</span>")  # fmt: skip
    # A linked highlight's card reads its count from archive/entities/counts.json
    # (see entity-cards.js): the page then does not change when the count does.
    href = relative_url(from_page, link.page)
    return _Tag(entity.name, f'<a class="{classes}" href="{href}" title="{title}"', named, ">", "</a>")


@functools.lru_cache(maxsize=1 << 16)
def _attributes(link: EntityLink) -> tuple[str, str, str]:
    """An entity's highlight classes, title and data-name attribute: the same on every page.

    Memoised by the link (its entity's data and page, so a changed entity is another
    key): every page tags each of its entities (~57 on an article), and a tag took
    2.7 µs, 0.4 of them for its URL and most of the rest for these; hashing the link
    takes 0.35 (timeit, 1,000 benchmark's links).
    """
    entity = link.entity
    classes = f"entity entity-{entity.type.value}" + ("" if entity.reviewed else " entity-unreviewed")
    title = attribute(entity.description or f"{entity.name} ({entity.type.value})")
    return classes, title, f' data-name="{attribute(entity.name)}"'


def bold(value: str, spans: Sequence[tuple[int, int]]) -> str:
    """Escape `value` with the given (start, end) spans in <strong>; spans sorted, not overlapping."""
    parts, cursor = [], 0
    for start, end in spans:
        parts.append(text(value[cursor:start]))
        parts.append(f"<strong>{text(value[start:end])}</strong>")
        cursor = end
    parts.append(text(value[cursor:]))
    return "".join(parts).strip()


def blocks(body: Sequence[tuple[str, Block, str]]) -> str:
    """Body blocks as HTML, each with its anchor; consecutive list items share one list.

    `body` holds (anchor, block, inner HTML) triples in order.
    """
    lines: list[str] = []
    in_list = False
    for anchor, block, inner in body:
        if block.kind is BlockKind.LIST_ITEM and not in_list:
            lines.append("<ul>")
        elif block.kind is not BlockKind.LIST_ITEM and in_list:
            lines.append("</ul>")
        in_list = block.kind is BlockKind.LIST_ITEM
        lines.append(_block(anchor, block.kind, inner))
    if in_list:
        lines.append("</ul>")
    return "\n".join(lines)


def _block(anchor: str, kind: BlockKind, inner: str) -> str:
    if kind is BlockKind.HEADING:
        return f'<h2 id="{anchor}">{inner}</h2>'
    if kind is BlockKind.QUOTE:
        return f'<blockquote id="{anchor}"><p>{inner}</p></blockquote>'
    if kind is BlockKind.LIST_ITEM:
        return f'<li id="{anchor}">{inner}</li>'
    return f'<p id="{anchor}">{inner}</p>'


def bullet_list(items: Sequence[str], css_class: str = "") -> str:
    """A <ul> of ready-made HTML items, as one raw block (empty string for no items)."""
    if not items:
        return ""
    opening = f'<ul class="{css_class}">' if css_class else "<ul>"
    return "\n".join([opening, *(f"<li>{item}</li>" for item in items), "</ul>"])
