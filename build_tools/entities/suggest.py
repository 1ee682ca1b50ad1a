"""Names worth registering: unreviewed entities counted across articles, as YAML to paste.

Also the JSON objects of `python -m build_tools entities FILE`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import yaml

from build_tools.entities.linking import find_mentions, link_texts
from build_tools.entities.registry import Registry
from build_tools.model import Article, EntityType
from build_tools.sentences import sentence_spans
from build_tools.slugs import slugify

_EXAMPLES = 2


@dataclass(frozen=True, slots=True)
class Suggestion:
    """An unregistered name, how often it occurs, and sentences that show its use."""

    name: str
    type: EntityType
    count: int
    article_count: int
    examples: tuple[str, ...]


@dataclass(slots=True)
class _Tally:
    type: EntityType
    count: int = 0
    articles: int = 0
    examples: list[str] | None = None


def suggest(articles: Iterable[Article], registry: Registry) -> list[Suggestion]:
    """Unreviewed names of all articles, most articles first, then most mentions, then name."""
    tallies: dict[str, _Tally] = {}
    for article in articles:
        mentions, entities = find_mentions(article, registry)
        names = {e.id: e for e in entities if not e.reviewed}
        seen: set[str] = set()
        for mention in mentions:
            entity = names.get(mention.entity_id)
            if entity is None:
                continue
            tally = tallies.setdefault(entity.name, _Tally(entity.type, examples=[]))
            tally.count += 1
            if entity.name not in seen:
                seen.add(entity.name)
                tally.articles += 1
            assert tally.examples is not None
            if len(tally.examples) < _EXAMPLES:
                tally.examples.append(_sentence(article.body[mention.block].text, mention.start))
    found = [
        Suggestion(name, t.type, t.count, t.articles, tuple(t.examples or ()))
        for name, t in tallies.items()
    ]
    return sorted(found, key=lambda s: (-s.article_count, -s.count, s.name))


def _sentence(text: str, offset: int) -> str:
    for start, end in sentence_spans(text):
        if start <= offset < end:
            return text[start:end]
    return text.strip()


def suggestions_yaml(suggestions: Iterable[Suggestion]) -> str:
    """Entries for data/entities.yml, with counts and examples as comments to review."""
    lines: list[str] = []
    for item in suggestions:
        lines.append(
            f"  # {item.count} mentions in {item.article_count} articles; check the type"
        )
        for example in item.examples:
            lines.append(f"  # e.g. {' '.join(example.split())}")
        entry = {"id": slugify(item.name) or "fill-in", "name": item.name, "type": item.type.value}
        block = yaml.safe_dump([entry], sort_keys=False, allow_unicode=True, width=1000)
        lines.extend("  " + line for line in block.splitlines())
    return "\n".join(lines) + ("\n" if lines else "")


def entities_in_text(text: str, registry: Registry | None = None) -> list[dict[str, object]]:
    """Names in a plain text, for the `entities` command: the article linking rules on one text."""
    hits = link_texts([text], registry or Registry())
    return [
        _item(h.start, h.end, h.text, h.entity.type, h.entity.name, h.entity.id if h.entity.reviewed else None)
        for h in hits
    ]


def _item(
    start: int, end: int, text: str, kind: EntityType, name: str, entity_id: str | None
) -> dict[str, object]:
    """`text` is what the page highlights ("the United States", "Lee"); `name` the
    entity it stands for ("United States", "Lee Jae-myung"): what a curator registers."""
    item: dict[str, object] = {"start": start, "end": end, "text": text, "type": kind.value, "name": name}
    if entity_id is not None:
        item["id"] = entity_id
    return item
