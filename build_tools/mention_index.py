"""An article's mentions as the pages that list them read them, without the article.

Entity pages list each mention's sentence, and timeline pages highlight the
entities in each event's sentence. Rendered again after a new capture, such a
page shows 50-200 articles; loading each whole from the build cache (its text,
blocks and mention objects) was most of an incremental build's rendering time.
The index holds only what those pages read, as plain rows that load about eight
times faster (measured on 445 cached articles: 31 against 244 µs each). It is
made once per annotation and cached beside it (build_tools/cache.py).

A page reads one entity's sentences of the ~57 an article names, or one
block's mentions, so each entity's and each block's rows stay pickled until
asked for: an index then loads in 17 µs instead of 56 (3,000 indexes of the
10,000 benchmark, a throwaway script), and a cold build reads ~100,000.
"""

from __future__ import annotations

import pickle
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
    packed_sentences: dict[str, bytes]
    """By entity id: each sentence that mentions the entity, once, in reading order
    (a pickled tuple of `SentenceRow`; read with `sentences`)."""
    packed_blocks: dict[int, bytes]
    """By block: every mention, in reading order (a pickled tuple of `MentionRow`)."""

    def sentences(self, entity_id: str) -> tuple[SentenceRow, ...]:
        """The sentences naming the entity, in reading order (none when it is not named)."""
        packed = self.packed_sentences.get(entity_id)
        return () if packed is None else pickle.loads(packed)

    def mentions_within(self, block: int, start: int, end: int) -> list[Mention]:
        """The mentions inside [start, end) of a block, with offsets from `start`."""
        packed = self.packed_blocks.get(block)
        if packed is None:
            return []
        return [
            Mention(entity_id, block, first - start, last - start, text)
            for entity_id, first, last, text in pickle.loads(packed)
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
        {entity_id: _pack(rows) for entity_id, rows in sentences.items()},
        {block: _pack(rows) for block, rows in by_block.items()},
    )


def _pack(rows: list[SentenceRow] | list[MentionRow]) -> bytes:
    return pickle.dumps(tuple(rows), protocol=pickle.HIGHEST_PROTOCOL)
