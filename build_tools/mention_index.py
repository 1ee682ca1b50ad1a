"""An article's mentions as the pages that list them read them, without the article.

Entity pages list each mention's sentence, and timeline pages highlight the
entities in each event's sentence. Rendered again after a new capture, such a
page shows 50-200 articles; loading each whole from the build cache (its text,
blocks and mention objects) was most of an incremental build's rendering time.
The index holds only what those pages read, as plain rows that load about eight
times faster (measured on 445 cached articles: 31 against 244 µs each). It is
made once per annotation and cached beside it (build_tools/cache.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from build_tools.model import AnnotatedArticle, Mention
from build_tools.sentences import sentence_spans

SentenceRow = tuple[int, str, tuple[tuple[int, int], ...]]
"""A sentence naming an entity: its block, its text, and the entity's mentions in it
as (start, end) offsets into that text."""
MentionRow = tuple[str, int, int, str]
"""A mention within its block: entity id, start, end, text."""


@dataclass(frozen=True, slots=True)
class MentionIndex:
    sentences: dict[str, tuple[SentenceRow, ...]]
    """By entity id, in reading order: each sentence that mentions the entity, once."""
    by_block: dict[int, tuple[MentionRow, ...]]
    """Every mention, by block, in reading order."""

    def mentions_within(self, block: int, start: int, end: int) -> list[Mention]:
        """The mentions inside [start, end) of a block, with offsets from `start`."""
        return [
            Mention(entity_id, block, first - start, last - start, text)
            for entity_id, first, last, text in self.by_block.get(block, ())
            if start <= first and last <= end
        ]


def index_mentions(item: AnnotatedArticle) -> MentionIndex:
    """The article's mention index (see the module's docstring)."""
    grouped: dict[tuple[str, int], list[Mention]] = {}
    by_block: dict[int, list[MentionRow]] = {}
    for mention in item.mentions:
        grouped.setdefault((mention.entity_id, mention.block), []).append(mention)
        by_block.setdefault(mention.block, []).append((mention.entity_id, mention.start, mention.end, mention.text))
    sentences: dict[str, list[SentenceRow]] = {}
    spans_of: dict[int, list[tuple[int, int]]] = {}
    for (entity_id, block), mentions in grouped.items():
        text = item.article.text_of(block)
        if block not in spans_of:  # a block is split once, for all the entities it names
            spans_of[block] = list(sentence_spans(text))
        spans = spans_of[block]
        done: set[int] = set()
        for mention in mentions:
            start, end = next(((s, e) for s, e in spans if s <= mention.start < e), (0, len(text)))
            if start in done:
                continue
            done.add(start)
            inside = sorted((m.start - start, m.end - start) for m in mentions if start <= m.start and m.end <= end)
            sentences.setdefault(entity_id, []).append((block, text[start:end], tuple(inside)))
    return MentionIndex(
        {entity_id: tuple(rows) for entity_id, rows in sentences.items()},
        {block: tuple(rows) for block, rows in by_block.items()},
    )
