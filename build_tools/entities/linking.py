"""Mentions of entities in an article: the registry first, then the recogniser.

Rules, in order of strength:
1. Registry names and aliases match as whole words, case kept ("US" never
   matches "us"), the longest form winning where two overlap; a possessive
   "'s" is left outside the mention.
2. Names the recogniser finds elsewhere become unreviewed entities with a
   stable id (`unreviewed-<slug>`), unless the suppress list names them.
3. After a person's full name has appeared, its first or last word alone
   ("Xi", "Lee", "Barra") links to that person; a short form shared by two
   people of the article links to neither.
4. An organisation's or place's mention takes in the "the" of its own noun
   phrase ("the United States"), registered or not; the entity's name and id
   never do.
5. A name inside another's mention, owning it or in its descriptor
   ("Singapore" in "Singapore's Changi Airport", "US" in "US automaker GM"), is
   a mention of its own, nested in the other: its entity's page lists the
   article. A mention that would cut another in two is dropped.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from build_tools.entities.descriptors import highlight_start
from build_tools.entities.determiners import mention_start
from build_tools.entities.gazetteer import CONNECTORS
from build_tools.entities.nesting import in_reading_order, nest_covered
from build_tools.entities.recogniser import NameSpan, recognise
from build_tools.entities.registry import RESERVED_PREFIX, Registry
from build_tools.model import Article, Entity, EntityType, Mention
from build_tools.slugs import slugify

UNREVIEWED_PREFIX = RESERVED_PREFIX
_PARTICLES = CONNECTORS


# Not frozen (never changed all the same): one is made for every mention and copied
# when its extent changes, and a frozen dataclass's __init__ sets each field through
# object.__setattr__, about twice the cost.
@dataclass(slots=True)
class _Hit:
    block: int
    start: int
    end: int
    text: str
    entity: Entity
    lead: int = 0
    """Characters before the name: its article, descriptor or possessor (as `NameSpan.lead`)."""

    @property
    def name_start(self) -> int:
        return self.start + self.lead


def find_mentions(
    article: Article, registry: Registry, suppress: Iterable[str] = ()
) -> tuple[tuple[Mention, ...], tuple[Entity, ...]]:
    """Every entity mention in the article's body, and the entities in order of first mention.

    Args:
        article: the article whose `body` blocks are searched.
        registry: the curated entities (may be empty).
        suppress: names never highlighted (data/suppress.yml).
    Returns:
        (mentions sorted by block and offset, a mention before those nested in it;
        entities in order of first mention).
    """
    hits = link_texts([block.text for block in article.body], registry, suppress)
    mentions = tuple(Mention(h.entity.id, h.block, h.start, h.end, h.text) for h in hits)
    entities: dict[str, Entity] = {}
    for hit in hits:
        entities.setdefault(hit.entity.id, hit.entity)
    return mentions, tuple(entities.values())


def link_texts(texts: list[str], registry: Registry, suppress: Iterable[str] = ()) -> list[_Hit]:
    """The linking rules over a list of texts read in order (an article's blocks)."""
    hits = _full_mentions(texts, registry, frozenset(suppress))
    hits = _link_short_forms(texts, hits)
    return sorted(hits, key=_reading_order)


def _reading_order(hit: _Hit) -> tuple[int, int, int]:
    """By block and start, the longer first: a mention before the names nested in it."""
    return hit.block, hit.start, -hit.end


@dataclass(frozen=True, slots=True)
class _RegistryIndex:
    """A registry's surface forms and the one regex over them, made once per registry."""

    registry: Registry
    """Held so that its id, the cache key, is never reused while the entry lives."""
    forms: dict[str, str]
    pattern: re.Pattern[str] | None


_INDEXES: dict[int, _RegistryIndex] = {}
# A build uses one registry; tests make a few. Beyond this many the cache starts over.
_MAX_INDEXES = 8


def _registry_index(registry: Registry) -> _RegistryIndex:
    """The forms and pattern of `registry`, built on first use: rebuilding them for every
    article cost about a tenth of annotation time (a Registry is immutable)."""
    index = _INDEXES.get(id(registry))
    if index is None or index.registry is not registry:
        if len(_INDEXES) >= _MAX_INDEXES:
            _INDEXES.clear()
        forms = _surface_forms(registry)
        index = _RegistryIndex(registry, forms, _alias_pattern(forms))
        _INDEXES[id(registry)] = index
    return index


def alias_pattern(registry: Registry) -> re.Pattern[str] | None:
    """One regex for every registered form, longest first, as whole words."""
    return _registry_index(registry).pattern


def _alias_pattern(forms: dict[str, str]) -> re.Pattern[str] | None:
    if not forms:
        return None
    if "" in forms:  # only a hand-made Registry can hold one; keep the plain alternation's meaning
        return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True))) + r")(?!\w)")
    # "(?<!\w)" comes after the first character, as "(?<!\w.)": a pattern that opens
    # with a character lets the regex engine skip to the places where a form can begin.
    return re.compile(_trie_pattern(forms, r"(?<!\w(?s:.))") + r"(?!\w)")


def _trie_pattern(forms: Iterable[str], after_first: str) -> str:
    """An alternation of `forms` that finds the longest one fitting, like the forms joined
    longest first, but shared beginnings are tried once: a regex of hundreds of alternatives
    tried each of them at every character of every article. `after_first` follows each
    form's first character."""
    trie: dict[str, dict[str, Any]] = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}  # a form ends here
    branches = [re.escape(char) + after_first + _node_pattern(child) for char, child in trie.items()]
    return "(?:" + "|".join(branches) + ")"


def _node_pattern(node: dict[str, dict[str, Any]]) -> str:
    # Branches start with different characters, so at most one can match; a form
    # ending here is tried after the longer ones, as the greedy '?' makes it.
    branches = [re.escape(char) + _node_pattern(child) for char, child in node.items() if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def registry_spans(text: str, registry: Registry, block: int = 0) -> list[_Hit]:
    """Registry matches in one text (the article's block `block`), in reading order."""
    index = _registry_index(registry)
    if index.pattern is None:
        return []
    hits: list[_Hit] = []
    nested: list[_Hit] = []
    for match in index.pattern.finditer(text):
        entity = registry.entities[index.forms[match.group()]]
        # The same extent as a recognised name's: "the United States", "U.S. automaker GM"
        # (see `determiners`, `descriptors`); a registered place inside the descriptor
        # stays a mention of its own, nested in it.
        start = highlight_start(text, match.start(), match.end(), entity.type)
        if not nest_covered(hits, nested, start):
            start = mention_start(text, match.start(), match.end(), entity.type)
        hits.append(_Hit(block, start, match.end(), text[start : match.end()], entity, match.start() - start))
    return in_reading_order(hits, nested)


def _surface_forms(registry: Registry) -> dict[str, str]:
    """Registered forms as written, plus ALL-CAPS forms of longer ones ("BEIJING:" datelines).

    Short forms stay case-exact so that "US" never matches "us" nor "Us".
    """
    forms = dict(registry.aliases)
    for form, entity_id in registry.aliases.items():
        if len(form) >= 4 and not form.isupper():
            forms.setdefault(form.upper(), entity_id)
    return forms


def _full_mentions(texts: list[str], registry: Registry, suppress: frozenset[str]) -> list[_Hit]:
    hits: list[_Hit] = []
    for index, text in enumerate(texts):
        known = registry_spans(text, registry, index)
        found: list[_Hit] = []
        for span in recognise(text):
            # (`known` is empty in most blocks: no registered name there)
            if span.name in suppress:
                continue
            if known and _names_overlap(span.start + span.lead, span.end, known):
                known = _with_lead_of(span, known, text)  # the registry links the name
                continue
            if known and _crosses(span.start, span.end, known):
                continue
            # A name nested in a registered one's mention ("Singapore" in "Singapore's
            # Changi Airport") or holding one in its own ("U.S." in "U.S. automaker GM")
            # is kept beside it.
            found.append(_Hit(index, span.start, span.end, span.text, unreviewed_entity(span), span.lead))
        hits.extend(known)
        hits.extend(found)
    return hits


def _with_lead_of(span: NameSpan, known: list[_Hit], text: str) -> list[_Hit]:
    """The registry's hits, the one for the recognised name taking the name's longer lead.

    A registered name owned by an unregistered one ("Singapore's Changi Airport"
    with only the airport registered) is highlighted as the recogniser
    highlights it: the registry alone does not know the owner is a name
    (see `descriptors.possessor_start`). Hits inside that lead stay, nested.
    """
    name_start = span.start + span.lead
    same = [h for h in known if h.end == span.end and span.start < h.start <= name_start]
    if not same or _crosses(span.start, span.end, known):
        return known  # another extent, or the lead would cut a registered name in two
    hit = same[0]
    kept = [h for h in known if h is not hit]
    lead = hit.name_start - span.start
    kept.append(_Hit(hit.block, span.start, hit.end, text[span.start : hit.end], hit.entity, lead))
    return sorted(kept, key=_reading_order)


def unreviewed_entity(span: NameSpan) -> Entity:
    """An entity for a recognised name: same name, same id, in every article.

    Named without the mention's article: "the United States" and "United
    States" are one entity, "United States".
    """
    return _unreviewed_entity(span.name, span.type)


# A name recurs in many blocks and articles, and an Entity is frozen: one object per
# name and type serves them all (making a frozen dataclass and its slug for every
# span was ~3% of find_mentions).
@functools.lru_cache(maxsize=1 << 16)
def _unreviewed_entity(name: str, kind: EntityType) -> Entity:
    slug = slugify(name) or hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]
    return Entity(id=UNREVIEWED_PREFIX + slug, name=name, type=kind, reviewed=False)


def _names_overlap(start: int, end: int, hits: Iterable[_Hit]) -> bool:
    """Whether the name at [start, end) overlaps the name (not the lead) of one of `hits`."""
    return any(start < hit.end and hit.name_start < end for hit in hits)


def _crosses(start: int, end: int, hits: Iterable[_Hit]) -> bool:
    """Whether the extent [start, end) overlaps one of `hits` with neither holding the other."""
    return any(
        start < hit.end
        and hit.start < end
        and not (hit.start <= start and end <= hit.end)
        and not (start <= hit.start and hit.end <= end)
        for hit in hits
    )


def _short_forms(entity: Entity) -> tuple[str, ...]:
    """'Lee Jae-myung' -> ('Lee', 'Jae-myung'); 'Ursula von der Leyen' -> ('Ursula', 'Leyen')."""
    if entity.type is not EntityType.PERSON:
        return ()
    return _name_short_forms(entity.name)


@functools.lru_cache(maxsize=1 << 12)  # asked for every mention of a person, in every article
def _name_short_forms(name: str) -> tuple[str, ...]:
    words = [w for w in name.split() if w not in _PARTICLES and not w.endswith(".")]
    if len(words) < 2:
        return ()
    return (words[0], words[-1])


def _link_short_forms(texts: list[str], hits: list[_Hit]) -> list[_Hit]:
    """Link 'Xi' to Xi Jinping after his full name; drop short forms two people share."""
    first_seen: dict[str, tuple[int, int]] = {}
    owners: dict[str, set[str]] = {}
    people: dict[str, Entity] = {}
    for hit in sorted(hits, key=lambda h: (h.block, h.start)):
        for form in _short_forms(hit.entity):
            if hit.text != form:
                owners.setdefault(form, set()).add(hit.entity.id)
                people[hit.entity.id] = hit.entity
                first_seen.setdefault(hit.entity.id, (hit.block, hit.start))
    if not owners:
        return hits
    forms = sorted(owners, key=len, reverse=True)
    # A short form changes only the hits of its own block: each block's are kept apart
    # (link_texts sorts them by block and offset after, stably, so the order is the same).
    by_block: dict[int, list[_Hit]] = {}
    for hit in hits:
        by_block.setdefault(hit.block, []).append(hit)
    for index, text in enumerate(texts):
        for start, end in _whole_words(text, forms):
            by_block[index] = _apply_short_form(
                by_block.get(index, []), index, (start, end, text[start:end]), owners, people, first_seen
            )
    return [hit for block in by_block.values() for hit in block]


_WORD_OR_HYPHEN = re.compile(r"[\w-]")


def _whole_words(text: str, forms: list[str]) -> list[tuple[int, int]]:
    """Where `forms` (longest first) occur as whole words, left to right, not overlapping,
    the longest at each place: what one regex alternation of them would find, without
    compiling one for every article (that took a twentieth of annotation time)."""
    found: dict[int, int] = {}
    for form in forms:
        at = text.find(form)
        while at != -1:
            end = at + len(form)
            if at not in found and _bounded(text, at, end):
                found[at] = end  # forms come longest first: the first one kept is the longest
            at = text.find(form, at + 1)
    spans: list[tuple[int, int]] = []
    for start in sorted(found):
        if not spans or start >= spans[-1][1]:
            spans.append((start, found[start]))
    return spans


def _bounded(text: str, start: int, end: int) -> bool:
    """No letter, digit or hyphen just before or after (the regex look-arounds it replaces)."""
    if start > 0 and _WORD_OR_HYPHEN.match(text, start - 1):
        return False
    return not (end < len(text) and _WORD_OR_HYPHEN.match(text, end))


def _apply_short_form(
    hits: list[_Hit],
    block: int,
    match: tuple[int, int, str],
    owners: dict[str, set[str]],
    people: dict[str, Entity],
    first_seen: dict[str, tuple[int, int]],
) -> list[_Hit]:
    start, end, form = match
    inside = [h for h in hits if h.block == block and h.start <= start and end <= h.end]
    if any(h.end - h.start > end - start or h.entity.reviewed for h in inside):
        return hits  # part of a longer name, or a registry match already
    candidates = [
        people[i] for i in owners[form] if first_seen[i] <= (block, start)
    ]
    rest = [h for h in hits if not (h.block == block and h.start < end and start < h.end)]
    if len(candidates) == 1:
        rest.append(_Hit(block, start, end, form, candidates[0]))
        return rest
    return rest if len(candidates) > 1 else hits
