"""Turn the chosen content elements into body blocks, leaving furniture out.

Walks the elements in document order: headings, paragraphs, quotes and list
items become blocks; text written straight into a <div> (split at <br>) becomes
paragraphs. Each block then passes general filters: mostly-link blocks (teaser
lists), boilerplate lines ("Advertisement", "Read more", "Share this"),
bylines and the headline repeated. Whatever is dropped is kept as a `Removed`
with its reason, so a maintainer can see what the extractor threw away.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bs4 import Tag

from build_tools.extract.html_scoring import link_density
from build_tools.extract.html_tree import BLOCK_TAGS, all_tags, is_text, normalise_space
from build_tools.model import Block, BlockKind, Removed

_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_LIST_TAGS = frozenset({"ul", "ol", "dl"})
_MAX_HEADING = 200
"""Longer "headings" are styled paragraphs; shorter ones are subheads."""
_LINK_HEAVY = 0.5
"""Blocks with more than this share of link text are teasers or menus, not prose."""

# Lines that are page furniture whatever site they come from.
_BOILERPLATE = re.compile(
    r"^(advertisement|advertisements|ad|sponsored( content)?|story continues( below)?.*"
    r"|continue reading.*|read more.*|read next.*|related( articles| stories| coverage)?:?.*"
    r"|share( this( article| story)?)?( on \w+)?|share via .*|follow us.*|sign up.*|subscribe.*"
    r"|click here.*|(photo|image|picture|video|graphic)( credit)?s?:.*|credit:.*"
    r"|(published|updated|posted|last updated|first published)\b.{0,60}|\W*)$",
    re.I,
)
_BOILERPLATE_MAX = 120
"""Boilerplate patterns are only trusted on short lines; a long line is prose."""
_MARKUP = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>|\[/?[a-z_]+(?:\s[^\[\]]*)?\]")
_MARKUP_SHARE = 0.3
_BYLINE = re.compile(r"^(by|written by|von|par|por)\s+\S.{0,80}$", re.I)


def collect_blocks(
    containers: list[Tag], stats: dict[int, object], title: str
) -> tuple[tuple[Block, ...], tuple[Removed, ...]]:
    """Blocks of the article body from the chosen elements, plus what was filtered out."""
    blocks: list[Block] = []
    removed: list[Removed] = []
    for kind, text, element in _walk_all(containers):
        reason = _reject_reason(kind, text, element, stats, title)
        if reason is not None:
            removed.append(Removed(text, reason))
        elif not blocks or blocks[-1].text != text:
            blocks.append(Block(kind, text))
    return tuple(blocks), tuple(removed)


def _walk_all(containers: list[Tag]) -> Iterator[tuple[BlockKind, str, Tag | None]]:
    for container in containers:
        yield from _walk(container)


def _walk(tag: Tag) -> Iterator[tuple[BlockKind, str, Tag | None]]:
    """Blocks inside `tag`, in reading order, with the element each came from.

    A run of inline text is yielded with element None when it is mostly link
    text (a teaser headline written as a bare <a> in a table cell), so the
    link filter drops it; otherwise with its parent.
    """
    kind = _own_kind(tag)
    if kind is not None:
        yield from _leaf_blocks(tag, kind)
        return
    run = _InlineRun()
    for child in tag.contents:
        if is_text(child):
            run.add(str(child), 0)
        elif not isinstance(child, Tag):
            continue
        elif child.name == "br" or child.name in BLOCK_TAGS or _holds_blocks(child):
            yield from run.flush(tag)
            if child.name != "br":
                yield from _walk(child)
        else:
            text = child.get_text()
            run.add(text, len(text) if child.name == "a" else _link_chars(child))
    yield from run.flush(tag)


class _InlineRun:
    """Text of consecutive inline nodes, with how much of it is link text."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.links = 0

    def add(self, text: str, link_chars: int) -> None:
        self.parts.append(text)
        self.links += link_chars

    def flush(self, parent: Tag) -> Iterator[tuple[BlockKind, str, Tag | None]]:
        raw = "".join(self.parts)
        text = normalise_space(raw)
        linked = self.links > _LINK_HEAVY * max(len(raw.strip()), 1)
        self.parts, self.links = [], 0
        if text:
            yield BlockKind.PARAGRAPH, text, None if linked else parent


def _link_chars(tag: Tag) -> int:
    return sum(len(node.get_text()) for node in all_tags(tag) if node.name == "a")


def _own_kind(tag: Tag) -> BlockKind | None:
    name = tag.name
    if name == "p" or name == "pre":
        return BlockKind.PARAGRAPH
    if name in _HEADINGS:
        return BlockKind.HEADING
    if name == "blockquote":
        return BlockKind.QUOTE
    if (name == "li" or name == "dd") and not _holds_blocks(tag):
        return BlockKind.LIST_ITEM
    return None


def _leaf_blocks(tag: Tag, kind: BlockKind) -> Iterator[tuple[BlockKind, str, Tag | None]]:
    if kind is BlockKind.QUOTE:
        parts = [node for node in all_tags(tag) if node.name in ("p", "li")]
        for part in parts:
            text = normalise_space(part.get_text())
            if text:
                yield BlockKind.QUOTE, text, part
        if parts:
            return
    has_break = any(node.name == "br" for node in all_tags(tag))
    text = normalise_space(tag.get_text(" ") if has_break else tag.get_text())
    if text:
        yield kind, text, tag


def _holds_blocks(tag: Tag) -> bool:
    return any(node.name in BLOCK_TAGS and node.name != "br" for node in all_tags(tag))


def _reject_reason(kind: BlockKind, text: str, element: Tag | None, stats: dict[int, object], title: str) -> str | None:
    """Why a block is not article text, or None when it is."""
    if len(text) <= _BOILERPLATE_MAX and _BOILERPLATE.match(text):
        return "boilerplate"
    if element is None:
        return "links"
    if _looks_like_code(text):
        return "markup or shortcode"
    if kind is BlockKind.HEADING and len(text) > _MAX_HEADING:
        return None
    if title and normalise_space(text).casefold() == title.casefold():
        return "repeated headline"
    if len(text) < 100 and _BYLINE.match(text):
        return "byline"
    if element.name != "div" and link_density(element, stats) > _LINK_HEAVY:  # type: ignore[arg-type]
        return "links"
    if kind is BlockKind.LIST_ITEM and _in_link_list(element, stats):
        return "link list"
    return None


def _looks_like_code(text: str) -> bool:
    """HTML source or CMS shortcodes shown as text: a page bug, never prose.

    Prose that mentions a tag ("the <script> element") keeps most of its
    characters outside tags, so only blocks mostly made of markup are dropped.
    """
    if "<" not in text and "[" not in text:
        return False
    markup = sum(len(found) for found in _MARKUP.findall(text))
    return markup > _MARKUP_SHARE * len(text)


def _in_link_list(item: Tag, stats: dict[int, object]) -> bool:
    """A list item in a list that is mostly links (related stories) goes with its list."""
    parent = item.parent
    if parent is None or parent.name not in _LIST_TAGS:
        return False
    return link_density(parent, stats) > _LINK_HEAVY  # type: ignore[arg-type]
