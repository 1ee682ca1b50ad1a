"""Suggestions of names to register, and the `entities` command's JSON objects."""

from __future__ import annotations

from pathlib import PurePosixPath

import yaml

from build_tools.entities.registry import Registry
from build_tools.entities.suggest import entities_in_text, suggest, suggestions_yaml
from build_tools.model import Article, Block, BlockKind, Capture, CaptureFormat, EntityType


def article(name: str, text: str) -> Article:
    capture = Capture(PurePosixPath(f"captures/{name}.txt"), "0" * 64, CaptureFormat.TEXT, "utf-8", "x", "", 0)
    return Article(capture, "T", (Block(BlockKind.PARAGRAPH, text),))


def test_suggest_counts_and_yaml() -> None:
    articles = [article("a", "Mary Barra visited Detroit. Barra spoke."), article("b", "Mary Barra left.")]
    found = suggest(articles, Registry())
    top = found[0]
    assert (top.name, top.type, top.count, top.article_count) == ("Mary Barra", EntityType.PERSON, 3, 2)
    assert top.examples[0] == "Mary Barra visited Detroit."
    entries = yaml.safe_load("entities:\n" + suggestions_yaml(found))["entities"]
    assert entries[0] == {"id": "mary-barra", "name": "Mary Barra", "type": "person"}


def test_entities_in_text_offsets() -> None:
    text = "Xi Jinping met Lee Jae-myung."
    items = entities_in_text(text)
    assert items[0] == {"start": 0, "end": 10, "text": "Xi Jinping", "type": "person", "name": "Xi Jinping"}
    assert all(text[int(str(i["start"])) : int(str(i["end"]))] == i["text"] for i in items)


def test_entities_in_text_names_the_entity_behind_a_wider_or_shorter_text() -> None:
    text = "Lee Jae-myung spoke to the United States. Lee said so."
    items = entities_in_text(text)
    assert [(i["text"], i["name"]) for i in items] == [
        ("Lee Jae-myung", "Lee Jae-myung"),
        ("the United States", "United States"),
        ("Lee", "Lee Jae-myung"),
    ]
