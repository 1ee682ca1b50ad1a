"""Mention extent: a descriptor right before an organisation's or place's name is highlighted with it."""

from __future__ import annotations

from pathlib import PurePosixPath
from types import MappingProxyType

import pytest

from build_tools.entities.descriptors import descriptor_start, highlight_start
from build_tools.entities.linking import find_mentions
from build_tools.entities.recogniser import recognise
from build_tools.entities.registry import Registry
from build_tools.model import AnnotatedArticle, Article, Block, BlockKind, Capture, CaptureFormat, Entity, EntityType
from build_tools.render import render_site

P, ORG, L = EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE


def mentions(text: str) -> list[tuple[str, str, EntityType]]:
    """(highlighted text, name, type) of each span the recogniser finds."""
    return [(span.text, span.name, span.type) for span in recognise(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares of Japanese carmaker Toyota rose.", [("Japanese carmaker Toyota", "Toyota", ORG)]),
        ("The state-owned oil firm Petrobras fell.", [("The state-owned oil firm Petrobras", "Petrobras", ORG)]),
        (
            "Tokyo-based carmaker Toyota said sales rose.",
            [("Tokyo-based carmaker Toyota", "Toyota", ORG), ("Tokyo", "Tokyo", L)],
        ),
        ("The No. 1 automaker Toyota sold more cars.", [("The No. 1 automaker Toyota", "Toyota", ORG)]),
        ("the country's largest bank ICBC said", [("the country's largest bank ICBC", "ICBC", ORG)]),
        # A sentence's first word is capitalised by position only.
        ("Carmaker Toyota recalled 3,000 cars.", [("Carmaker Toyota", "Toyota", ORG)]),
        ("Police in the border town Rafah said", [("the border town Rafah", "Rafah", L)]),
        ("A plane landed in the Thai capital Bangkok.", [("the Thai capital Bangkok", "Bangkok", L)]),
        ("Talks with West German insurer Allianz ended.", [("West German insurer Allianz", "Allianz", ORG)]),
        # After "to" an unknown word is a verb, so the phrase ends there.
        ("He plans to visit Russian gas giant Gazprom.", [("Russian gas giant Gazprom", "Gazprom", ORG)]),
    ],
)
def test_descriptor_is_in_the_mention(text: str, expected: list[tuple[str, str, EntityType]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A place used as a noun, or a place's possessive, is part of the descriptor and a
        # mention of its own nested in it, after it: the place's page lists the article.
        ("U.S. automaker GM plans to close plants.", [("U.S. automaker GM", "GM", ORG), ("U.S.", "U.S.", L)]),
        (
            "Japan's biggest airline ANA cut fares.",
            [("Japan's biggest airline ANA", "ANA", ORG), ("Japan", "Japan", L)],
        ),
        # A nationality is no name: nothing is nested.
        ("Shares of Swiss bank UBS rose.", [("Swiss bank UBS", "UBS", ORG)]),
        ("New York-based bank Citigroup said", [("New York-based bank Citigroup", "Citigroup", ORG)]),
    ],
)
def test_place_inside_a_descriptor_is_nested_in_it(text: str, expected: list[tuple[str, str, EntityType]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A plural head describes a list: no one name takes it.
        ("Shares of automakers GM and Ford fell.", [("GM", "GM", ORG), ("Ford", "Ford", ORG)]),
        # An apposition after the name is another phrase.
        ("GM, the automaker, said it would cut jobs.", [("GM", "GM", ORG)]),
        # A word the vocabulary lacks may go on the phrase: the name keeps no descriptor.
        ("Ford and its parent company EADS met.", [("Ford", "Ford", ORG), ("EADS", "EADS", ORG)]),
        # An unknown word ending in "s" may be a verb or a plural premodifier: no partial descriptor.
        ("Shares of widgets giant Acme fell.", [("Acme", "Acme", ORG)]),
        ("Leaders visit Russian gas giant Gazprom today.", [("Gazprom", "Gazprom", ORG)]),
        # "business" mostly premodifies ("business Instagram accounts"): no kind of its own.
        ("There is a risk with business Instagram accounts.", [("Instagram", "Instagram", ORG)]),
        # Indefinite or possessed by another name: not a descriptor of this one.
        ("EADS and a Japanese carmaker Toyota met.", [("EADS", "EADS", ORG), ("Toyota", "Toyota", ORG)]),
        ("Ford's British carmaker Jaguar lost money.", [("Ford", "Ford", ORG), ("Jaguar", "Jaguar", ORG)]),
        # A kind noun that is a verb here.
        ("Bondholders did not exchange GM's debt.", [("GM", "GM", ORG)]),
        # Not across a line break.
        ("Shares of the automaker\nGM fell.", [("GM", "GM", ORG)]),
        # A person's name never takes a descriptor or a title.
        ('"We will grow," said German analyst Hans Weber.', [("Hans Weber", "Hans Weber", P)]),
    ],
)
def test_no_descriptor(text: str, expected: list[tuple[str, str, EntityType]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Adjectives alone describe the name: its state, and for a place the part meant.
        ("Shares of the embattled Boeing fell.", [("the embattled Boeing", "Boeing", ORG)]),
        ("Shares of bankrupt Lehman Brothers fell.", [("bankrupt Lehman Brothers", "Lehman Brothers", ORG)]),
        ("Protests spread in downtown Chicago on Monday.", [("downtown Chicago", "Chicago", L)]),
        ("Fighting went on in northern Iraq.", [("northern Iraq", "Iraq", L)]),
        # The name owns the next phrase: its "the" goes with "board", the adjective stays.
        (
            "Sony will name members of the merged Nissan's board.",
            [("Sony", "Sony", ORG), ("merged Nissan", "Nissan", ORG)],
        ),
    ],
)
def test_adjectives_alone_are_a_descriptor(text: str, expected: list[tuple[str, str, EntityType]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The name premodifies a noun: the adjective goes with "chief".
        ("The former Toyota chief spoke.", [("Toyota", "Toyota", ORG)]),
        # A relation to another body describes the name by that body.
        ("Orders went to rival Boeing instead.", [("Boeing", "Boeing", ORG)]),
        # Indefinite: "a new Toyota" is a car (or a firm reborn), no phrase of the name.
        ("He sold a new Toyota on Monday.", [("Toyota", "Toyota", ORG)]),
        # A person's name never takes one.
        ("The former Mary Barra deal closed.", [("Mary Barra", "Mary Barra", P)]),
    ],
)
def test_no_adjective_descriptor(text: str, expected: list[tuple[str, str, EntityType]]) -> None:
    assert mentions(text) == expected


def test_article_of_a_premodifying_name_goes_with_the_outer_phrase() -> None:
    # "the" goes with "plant", as in `determiners`; the descriptor still goes with GM.
    assert mentions("Workers at the automaker GM plant struck.") == [("automaker GM", "GM", ORG)]


def test_offsets_and_lead() -> None:
    text = "Shares of Japanese carmaker Toyota rose."
    (span,) = recognise(text)
    assert (span.start, span.end, span.lead) == (10, 34, 18)
    assert text[span.start : span.end] == "Japanese carmaker Toyota"
    assert descriptor_start(text, 28, 34, ORG) == 10
    assert descriptor_start(text, 28, 34, P) == 28
    # The name's own "the" comes first: "the automaker" is then no descriptor of it.
    assert highlight_start("Ask the Toyota people.", 8, 14, ORG) == 8


def _article(text: str) -> Article:
    capture = Capture(PurePosixPath("captures/d.txt"), "0" * 64, CaptureFormat.TEXT, "utf-8", "valid UTF-8", "", 0)
    return Article(capture, "T", (Block(BlockKind.PARAGRAPH, text),))


def _registry(*entities: Entity) -> Registry:
    aliases = {form: e.id for e in entities for form in (e.name, *e.aliases)}
    return Registry(MappingProxyType({e.id: e for e in entities}), MappingProxyType(aliases))


US = Entity("united-states", "United States", L, aliases=("U.S.",))
GM = Entity("general-motors", "General Motors", ORG, aliases=("GM",))
TEXT = "Shares of U.S. automaker GM fell; GM said so."


def test_entity_is_named_without_the_descriptor() -> None:
    found, entities = find_mentions(_article(TEXT), Registry())
    assert [(m.text, m.entity_id) for m in found] == [
        ("U.S. automaker GM", "unreviewed-gm"),
        ("U.S.", "unreviewed-u-s"),
        ("GM", "unreviewed-gm"),
    ]
    assert [(e.id, e.name) for e in entities] == [("unreviewed-gm", "GM"), ("unreviewed-u-s", "U.S.")]


@pytest.mark.parametrize("registry", [_registry(US, GM), _registry(US)], ids=["both registered", "place registered"])
def test_registered_names_take_the_same_descriptor(registry: Registry) -> None:
    found, _ = find_mentions(_article(TEXT), registry)
    assert [m.text for m in found] == ["U.S. automaker GM", "U.S.", "GM"]
    assert all(TEXT[m.start : m.end] == m.text for m in found)
    assert found[1].entity_id == "united-states"  # the registered place, nested in the descriptor


def test_highlight_with_a_descriptor_renders_as_one_span_named_by_the_entity() -> None:
    article = _article("Shares of U.S. automaker GM & partners fell.")
    found, entities = find_mentions(article, Registry())
    page = render_site([AnnotatedArticle(article, found, (), entities)]).pages["archive/articles/d.md"]
    assert (
        'Shares of <span class="entity entity-organization entity-unreviewed" title="GM (organization)"'
        ' data-name="GM" data-articles="1">U.S. automaker GM</span> &amp; partners fell.'
    ) in page
