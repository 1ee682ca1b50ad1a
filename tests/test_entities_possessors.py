"""Mention extent: an organisation's or place's possessive before a name opens that name's mention."""

from __future__ import annotations

from pathlib import PurePosixPath
from types import MappingProxyType

import pytest

from build_tools.entities.descriptors import possessor_start
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
        ("Jets land at Singapore's Changi Airport daily.", [("Singapore's Changi Airport", "Changi Airport", L)]),
        # MEANTIME's spacing, and an owner ending in "s" with the apostrophe alone.
        (
            "Jobs at Boeing 's Integrated Defense Systems were cut .",
            [("Boeing 's Integrated Defense Systems", "Integrated Defense Systems", ORG)],
        ),
        ("A jet left Airbus' Delivery Center today.", [("Airbus' Delivery Center", "Delivery Center", L)]),
        # The owner's "the" opens the whole phrase.
        (
            "A contract to supply the United Kingdom's Royal Air Force with tankers.",
            [("the United Kingdom's Royal Air Force", "Royal Air Force", ORG)],
        ),
        ("It is an exciting time at today's Ford.", [("today's Ford", "Ford", ORG)]),
    ],
)
def test_possessor_is_in_the_mention(text: str, expected: list[tuple[str, str, EntityType]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The name premodifies a noun: the possessive goes with "sales".
        ("Ford's US sales fell.", [("Ford", "Ford", ORG), ("US", "US", L)]),
        # A person owning keeps the highlight: people are what readers look for.
        (
            "Barack Obama's White House said no.",
            [("Barack Obama", "Barack Obama", P), ("White House", "White House", L)],
        ),
        # A person's name is never opened by a possessor.
        ("Apple's Tim Cook spoke.", [("Apple", "Apple", ORG), ("Tim Cook", "Tim Cook", P)]),
        # Not a possessive: an apostrophe after a word not ending in "s" closes a quote.
        ("He wrote 'Berlin' Germany twice.", [("Berlin", "Berlin", L), ("Germany", "Germany", L)]),
        # A word between the possessive and the name belongs to a descriptor or to nothing.
        ("Ford's British carmaker Jaguar lost money.", [("Ford", "Ford", ORG), ("Jaguar", "Jaguar", ORG)]),
    ],
)
def test_no_possessor(text: str, expected: list[tuple[str, str, EntityType]]) -> None:
    assert mentions(text) == expected


def test_possessor_start_offsets() -> None:
    text = "at Singapore's Changi Airport."
    owner = recognise("at Singapore")[0]
    assert possessor_start(text, 15, 29, L, owner) == 3
    assert possessor_start(text, 15, 29, P, owner) == 15
    assert possessor_start(text, 15, 29, L, None) == 15


def _article(text: str) -> Article:
    capture = Capture(PurePosixPath("captures/p.txt"), "0" * 64, CaptureFormat.TEXT, "utf-8", "valid UTF-8", "", 0)
    return Article(capture, "T", (Block(BlockKind.PARAGRAPH, text),))


def _registry(*entities: Entity) -> Registry:
    aliases = {form: e.id for e in entities for form in (e.name, *e.aliases)}
    return Registry(MappingProxyType({e.id: e for e in entities}), MappingProxyType(aliases))


AIRPORT = Entity("changi-airport", "Changi Airport", L)
SINGAPORE = Entity("singapore", "Singapore", L)


@pytest.mark.parametrize("registered", [(AIRPORT,), (AIRPORT, SINGAPORE), (SINGAPORE,), ()])
def test_registered_names_take_the_same_possessor(registered: tuple[Entity, ...]) -> None:
    """The highlight is the same whichever of the two names the registry knows."""
    text = "Jets land at Singapore's Changi Airport daily."
    found, _ = find_mentions(_article(text), _registry(*registered))
    assert [m.text for m in found] == ["Singapore's Changi Airport"]
    expected = "changi-airport" if AIRPORT in registered else "unreviewed-changi-airport"
    assert [m.entity_id for m in found] == [expected]
