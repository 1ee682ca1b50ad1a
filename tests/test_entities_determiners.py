"""Mention extent: "the" of an organisation's or place's own noun phrase is highlighted with it."""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from types import MappingProxyType

import pytest

from build_tools.entities.determiners import determiner_start, heads_phrase
from build_tools.entities.linking import find_mentions
from build_tools.entities.recogniser import recognise
from build_tools.entities.registry import Registry
from build_tools.model import Article, Block, BlockKind, Capture, CaptureFormat, Entity, EntityType

P, ORG, L = EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE


def mentions(text: str) -> list[tuple[str, str, EntityType]]:
    """(highlighted text, name, type) of each span the recogniser finds."""
    return [(span.text, span.name, span.type) for span in recognise(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales in the United States fell.", [("the United States", "United States", L)]),
        ("He spoke to the Associated Press on Monday.", [("the Associated Press", "Associated Press", ORG)]),
        ("The UAW refused to meet the demands.", [("The UAW", "UAW", ORG)]),
        ("A deal with the Defense Ministry to supply jets.", [("the Defense Ministry", "Defense Ministry", ORG)]),
        ("Sales in the\nUnited States fell.", [("the\nUnited States", "United States", L)]),
    ],
)
def test_article_of_the_names_own_phrase_is_in_the_mention(
    text: str, expected: list[tuple[str, str, EntityType]]
) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A premodifier: "the" goes with "automobile manufacturer".
        ("Worries over whether the US automobile manufacturer can pay.", [("US", "US", L)]),
        # A possessor: "the" goes with "... economy" (see test_entities_possessors for a name owned).
        ("A blow to the United Kingdom's economy.", [("United Kingdom", "United Kingdom", L)]),
        ("Shares of the US-based maker fell.", [("US", "US", L)]),
        ("She bought the Apple iPhone.", [("Apple", "Apple", ORG)]),
        # A person's name never takes an article (nor a title).
        ("Then the President Xi Jinping spoke.", [("Xi Jinping", "Xi Jinping", P)]),
        # "the" must be a word of its own.
        ("Breathe Ontario air.", [("Ontario", "Ontario", L)]),
    ],
)
def test_article_of_another_phrase_stays_out(text: str, expected: list[tuple[str, str, EntityType]]) -> None:
    assert mentions(text) == expected


def test_offsets_cover_the_article() -> None:
    text = "Sales in the United States fell."
    (span,) = recognise(text)
    assert (span.start, span.end, span.lead) == (9, 26, 4)
    assert text[span.start : span.end] == "the United States"


def test_determiner_start_on_its_own() -> None:
    text = "The Senate voted; the Senate building closed."
    assert determiner_start(text, 4, 10, ORG) == 0
    assert determiner_start(text, 22, 28, ORG) == 22
    assert determiner_start(text, 4, 10, P) == 4


def _article(text: str) -> Article:
    capture = Capture(PurePosixPath("captures/t.txt"), "0" * 64, CaptureFormat.TEXT, "utf-8", "valid UTF-8", "", 0)
    return Article(capture, "T", (Block(BlockKind.PARAGRAPH, text),))


def test_linked_entity_is_named_without_the_article() -> None:
    text = "The Federal Reserve met. Later the Federal Reserve said rates would hold."
    found, entities = find_mentions(_article(text), Registry())
    assert [m.text for m in found] == ["The Federal Reserve", "the Federal Reserve"]
    assert [(e.id, e.name) for e in entities] == [("unreviewed-federal-reserve", "Federal Reserve")]
    assert {m.entity_id for m in found} == {"unreviewed-federal-reserve"}


def test_registered_entity_keeps_its_id_with_the_wider_span() -> None:
    us = Entity("united-states", "United States", L, aliases=("US",))
    registry = Registry(MappingProxyType({us.id: us}), MappingProxyType({"United States": us.id, "US": us.id}))
    text = "Sales in the United States fell, the US said."
    found, entities = find_mentions(_article(text), registry)
    assert [(m.text, m.entity_id) for m in found] == [
        ("the United States", "united-states"),
        ("the US", "united-states"),
    ]
    assert [e.name for e in entities] == ["United States"]
    assert all(text[m.start : m.end] == m.text for m in found)


def test_suppress_list_names_the_name_not_the_mention() -> None:
    found, _ = find_mentions(_article("Sales in the United States fell."), Registry(), ("United States",))
    assert found == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Loans from the government of Canada arrived.", [("the government of Canada", "Canada", L)]),
        ("Talks with the provincial government of Ontario.", [("the provincial government of Ontario", "Ontario", L)]),
        ("The head of Canada spoke.", [("Canada", "Canada", L)]),
    ],
)
def test_government_of_a_place_is_its_mention(text: str, expected: list[tuple[str, str, EntityType]]) -> None:
    assert mentions(text) == expected


def test_name_coordinated_with_a_nationality_adjective_is_a_premodifier() -> None:
    assert mentions("as the US and European financial crisis grew")[0][0] == "US"
    assert mentions("ties between the US and Canada grew")[0][0] == "the US"


# Texts before the name "Ford" at offset len(prefix): the article in every spacing the
# pattern takes ("the \n" ends with "$" before a last line break), words that end in
# "he"/"the" but are no article, and no article at all.
_LEADS = (
    "Sales at the ", "Sales at The ", "sales at the\n", "at the \n", "at the\n\n", "bathe ", "other ",
    "loathe ", "he ", "she the ", "x-the ", "'the ", "the  ", "THE ", "then ", "at ", "Sales rose. ",
)


@pytest.mark.parametrize("lead", _LEADS)
@pytest.mark.parametrize("after", [" said.", " plant", "'s unit", ""])
def test_determiner_start_agrees_with_the_article_pattern_alone(lead: str, after: str) -> None:
    """The quick "no 'he' before the name" exit says what the regex search would."""
    text, start = lead + "Ford" + after, len(lead)
    plain = re.compile(r"(?<![\w'’-])(?:the|The)(?: |\n)$").search(text, max(0, start - 5), start)
    expected = plain.start() if plain and start >= 4 and heads_phrase(text, start + 4) else start
    assert determiner_start(text, start, start + 4, ORG) == expected
