"""Mention extent: an organisation's or place's possessive before a name opens that name's mention.

The possessor stays a mention of its own, nested in the one it opens (as MEANTIME
marks both): its entity's page lists the article.
"""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath
from types import MappingProxyType

import pytest
from click.testing import CliRunner

from build_tools.cli import main
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
        (
            "Jets land at Singapore's Changi Airport daily.",
            [("Singapore's Changi Airport", "Changi Airport", L), ("Singapore", "Singapore", L)],
        ),
        # MEANTIME's spacing, and an owner ending in "s" with the apostrophe alone.
        (
            "Jobs at Boeing 's Integrated Defense Systems were cut .",
            [("Boeing 's Integrated Defense Systems", "Integrated Defense Systems", ORG), ("Boeing", "Boeing", ORG)],
        ),
        (
            "A jet left Airbus' Delivery Center today.",
            [("Airbus' Delivery Center", "Delivery Center", L), ("Airbus", "Airbus", ORG)],
        ),
        # The owner's "the" opens the whole phrase; the owner is the name alone.
        (
            "A contract to supply the United Kingdom's Royal Air Force with tankers.",
            [("the United Kingdom's Royal Air Force", "Royal Air Force", ORG), ("United Kingdom", "United Kingdom", L)],
        ),
        # A day owns no name: nothing nested.
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
    """The mentions are the same whichever of the two names the registry knows, each
    linked to the registered entity when there is one."""
    text = "Jets land at Singapore's Changi Airport daily."
    found, entities = find_mentions(_article(text), _registry(*registered))
    assert [(m.start, m.end, m.text) for m in found] == [(13, 39, "Singapore's Changi Airport"), (13, 22, "Singapore")]
    airport = "changi-airport" if AIRPORT in registered else "unreviewed-changi-airport"
    singapore = "singapore" if SINGAPORE in registered else "unreviewed-singapore"
    assert [m.entity_id for m in found] == [airport, singapore]
    assert [e.id for e in entities] == [airport, singapore]


def test_only_the_nearest_owner_opens_the_mention() -> None:
    # "Toyota" owns the office and heads no phrase of its own ("Japan's" goes with the
    # office's phrase, which the recogniser does not follow so far): Japan stays apart.
    text = "Talks at Japan's Toyota's Tokyo Office went on."
    assert [(s.text, s.name) for s in recognise(text)] == [
        ("Japan", "Japan"),
        ("Toyota's Tokyo Office", "Tokyo Office"),
        ("Toyota", "Toyota"),
    ]


def test_entities_command_prints_the_owner_nested_in_the_mention(tmp_path: Path) -> None:
    path = tmp_path / "e.txt"
    path.write_text("Flights left Singapore's Changi Airport on Monday.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["entities", "--no-registry", str(path)])
    assert result.exit_code == 0, result.output
    found = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(f["start"], f["end"], f["text"], f["type"], f["name"]) for f in found] == [
        (13, 39, "Singapore's Changi Airport", "place", "Changi Airport"),
        (13, 22, "Singapore", "place", "Singapore"),
    ]
