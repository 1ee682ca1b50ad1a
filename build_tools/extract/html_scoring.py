"""Find the element that holds the article: score containers by the prose inside them.

The idea is readability's (Arc90), written afresh: every paragraph-like element
with real prose gives points to its parent (full), grandparent (half) and
great-grandparent (a sixth); points grow with length and commas, because prose
has punctuation and menus do not. A container's score is then scaled down by
its link density (teaser lists are mostly links) and nudged by the words in its
class name ("article", "content" up; "sidebar", "comment" down). Siblings of
the winner that score well or hold plain prose are taken along, since many
sites split one story over several sibling blocks around advertisements.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bs4 import Tag

from build_tools.extract.html_furniture import FURNITURE_WORDS, name_words
from build_tools.extract.html_tree import BLOCK_TAGS, all_tags, is_text, normalise_space

_PARAGRAPH_TAGS = frozenset({"p", "pre", "td", "blockquote", "li", "dd"})
_MIN_PROSE = 25
"""Shorter runs of text (labels, buttons, dates) give no points (readability's figure)."""
_COMMAS = re.compile("[,\uff0c\u3001\u060c]")

_POSITIVE_WORDS = frozenset(
    [
        "article",
        "articlebody",
        "body",
        "content",
        "entry",
        "hentry",
        "main",
        "post",
        "story",
        "text",
        "blog",
        "prose",
        "richtext",
    ]
)
_TAG_BASE = {"div": 5.0, "article": 10.0, "section": 3.0, "main": 5.0, "pre": 3.0, "td": 3.0,
             "blockquote": 3.0, "ol": -3.0, "ul": -3.0, "li": -3.0, "dl": -3.0, "dd": -3.0,
             "form": -3.0, "th": -5.0, "h2": -5.0, "h3": -5.0}  # fmt: skip
_CLASS_WEIGHT = 25.0
_LINKED_PROSE = 0.5
"""Paragraphs with more link text than this are teasers and count as no prose."""
_STORY_PARAGRAPH = 140
"""Only paragraphs this long count when climbing: teaser excerpts are one short sentence."""
_MORE_PROSE = 1.3
"""A parent holding 30% more prose than the winner holds more of the same story."""
_CLIMB_LEVELS = 3
_SIBLING_SHARE = 0.2
"""A sibling scoring at least this share of the winner's score belongs to the article."""


@dataclass(slots=True)
class _Stats:
    text: int = 0
    links: int = 0


def measure(root: Tag) -> dict[int, _Stats]:
    """Visible-text length and link-text length of every element, in one pass."""
    stats: dict[int, _Stats] = {}
    _measure_into(root, stats, inside_link=False)
    return stats


def _measure_into(tag: Tag, stats: dict[int, _Stats], inside_link: bool) -> _Stats:
    own = _Stats()
    in_link = inside_link or tag.name == "a"
    for child in tag.contents:
        if isinstance(child, Tag):
            sub = _measure_into(child, stats, in_link)
            own.text += sub.text
            own.links += sub.links
        elif is_text(child):
            size = len(str(child).strip())
            own.text += size
            if in_link:
                own.links += size
    stats[id(tag)] = own
    return own


def link_density(tag: Tag, stats: dict[int, _Stats]) -> float:
    found = stats.get(id(tag))
    if found is None or found.text == 0:
        return 0.0
    return found.links / found.text


def select_content(root: Tag) -> tuple[list[Tag], dict[int, _Stats]]:
    """The elements holding the article, in document order (empty when no prose at all)."""
    stats = measure(root)
    scores, prose = _score_containers(root, stats)
    if not scores:
        return [], stats
    best_id = max(scores, key=lambda key: scores[key][1])
    best, best_score = scores[best_id]
    best = _climb_to_whole_story(_climb_single_children(best), prose, stats)
    return _with_siblings(best, best_score, scores, stats), stats


def _score_containers(root: Tag, stats: dict[int, _Stats]) -> tuple[dict[int, tuple[Tag, float]], dict[int, float]]:
    """Readability scores of candidate containers, and the prose points under every element."""
    raw: dict[int, tuple[Tag, float]] = {}
    prose: dict[int, float] = {}
    for node in all_tags(root):
        if not _is_paragraph_like(node):
            continue
        text = _prose_text(node)
        if len(text) < _MIN_PROSE:
            continue
        points = 1.0 + len(_COMMAS.findall(text)) + min(len(text) / 100.0, 3.0)
        if len(text) >= _STORY_PARAGRAPH and link_density(node, stats) < _LINKED_PROSE:
            for ancestor in ([node] if node.name == "div" else []) + list(node.parents):
                prose[id(ancestor)] = prose.get(id(ancestor), 0.0) + points
        # Text written straight into a <div> is a paragraph *inside* that div (readability
        # wraps such runs in a <p>), so the div itself takes the parent's share.
        start = node if node.name == "div" else node.parent
        for level, ancestor in enumerate(_ancestors_from(start, 3)):
            key = id(ancestor)
            if key not in raw:
                raw[key] = (ancestor, _initial_score(ancestor))
            divider = (1.0, 2.0, 6.0)[level]
            tag, score = raw[key]
            raw[key] = (tag, score + points / divider)
    scores = {key: (tag, score * (1.0 - link_density(tag, stats))) for key, (tag, score) in raw.items()}
    return scores, prose


def _is_paragraph_like(tag: Tag) -> bool:
    if tag.name in _PARAGRAPH_TAGS:
        return True
    return tag.name == "div" and _has_direct_prose(tag)


def _has_direct_prose(tag: Tag) -> bool:
    """A <div> holding text itself (pages that write paragraphs as text + <br>)."""
    size = 0
    for child in tag.contents:
        if is_text(child):
            size += len(str(child).strip())
        elif isinstance(child, Tag) and child.name not in BLOCK_TAGS:
            size += 1  # inline markup (<b>, <a>) inside the prose
    return size >= _MIN_PROSE


def _prose_text(node: Tag) -> str:
    if node.name != "div":
        return normalise_space(node.get_text())
    parts = [str(child) for child in node.contents if is_text(child)]
    return normalise_space("".join(parts))


def _ancestors_from(start: Tag | None, depth: int) -> list[Tag]:
    """`start` and its ancestors, `depth` elements at most, stopping below <html>."""
    found: list[Tag] = []
    parent = start
    while parent is not None and len(found) < depth and parent.name not in ("[document]", "html"):
        found.append(parent)
        parent = parent.parent
    return found


def _initial_score(tag: Tag) -> float:
    score = _TAG_BASE.get(tag.name, 0.0)
    attrs = tag.attrs
    if attrs and ("class" in attrs or "id" in attrs):
        words = name_words(f"{attrs.get('class') or ''} {attrs.get('id') or ''}")
        if words & _POSITIVE_WORDS:
            score += _CLASS_WEIGHT
        if words & FURNITURE_WORDS:
            score -= _CLASS_WEIGHT
    return score


def _climb_to_whole_story(tag: Tag, prose: dict[int, float], stats: dict[int, _Stats]) -> Tag:
    """Move up to an ancestor holding clearly more prose: a story split into chunks.

    The chunks' common ancestor may sit a few levels up (chunk > grid > chunks),
    so each step looks up to `_CLIMB_LEVELS` ancestors ahead.
    """
    while True:
        own = prose.get(id(tag), 0.0)
        better = None
        for ancestor in _ancestors_from(tag.parent, _CLIMB_LEVELS):
            if ancestor.name == "body":
                break
            if prose.get(id(ancestor), 0.0) >= own * _MORE_PROSE:
                better = ancestor
                break
        if better is None or link_density(better, stats) > _LINKED_PROSE / 2:
            return tag
        tag = better


def _climb_single_children(tag: Tag) -> Tag:
    """A winner that is its parent's only element child says nothing more than its parent."""
    while tag.parent is not None and tag.parent.name not in ("body", "html", "[document]"):
        siblings = [child for child in tag.parent.contents if isinstance(child, Tag)]
        if len(siblings) != 1:
            break
        tag = tag.parent
    return tag


def _with_siblings(
    best: Tag, best_score: float, scores: dict[int, tuple[Tag, float]], stats: dict[int, _Stats]
) -> list[Tag]:
    parent = best.parent
    if parent is None:
        return [best]
    threshold = max(10.0, best_score * _SIBLING_SHARE)
    chosen: list[Tag] = []
    for sibling in parent.contents:
        if not isinstance(sibling, Tag):
            continue
        if sibling is best or _sibling_belongs(sibling, threshold, scores, stats):
            chosen.append(sibling)
    return chosen


def _sibling_belongs(
    sibling: Tag, threshold: float, scores: dict[int, tuple[Tag, float]], stats: dict[int, _Stats]
) -> bool:
    found = scores.get(id(sibling))
    if found is not None and found[1] >= threshold:
        return True
    if sibling.name != "p":
        return False
    text = normalise_space(sibling.get_text())
    density = link_density(sibling, stats)
    if len(text) > 80:
        return density < 0.25
    return density == 0 and len(text) > 0 and text.endswith((".", "!", "?", '"', "\u201d"))
