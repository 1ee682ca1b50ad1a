"""Linking mentions to entities: registry rules, short forms, ambiguity, suppress list."""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from types import MappingProxyType

from build_tools.entities.linking import find_mentions
from build_tools.entities.registry import Registry, load_registry
from build_tools.model import Article, Block, BlockKind, Capture, CaptureFormat, Entity, EntityType

REPO = Path(__file__).resolve().parents[1]
SEED = REPO.parent / "shared" / "seed" / "000_c3f07487757a6e66.txt"


def article(*paragraphs: str) -> Article:
    capture = Capture(PurePosixPath("captures/t.txt"), "0" * 64, CaptureFormat.TEXT, "utf-8", "valid UTF-8", "", 0)
    return Article(capture, "T", tuple(Block(BlockKind.PARAGRAPH, p) for p in paragraphs))


def registry(*entities: Entity) -> Registry:
    aliases = {form: e.id for e in entities for form in (e.name, *e.aliases)}
    return Registry(MappingProxyType({e.id: e for e in entities}), MappingProxyType(aliases))


US = Entity("united-states", "United States", EntityType.PLACE, aliases=("US", "U.S."))
XI = Entity("xi-jinping", "Xi Jinping", EntityType.PERSON)
LEE_J = Entity("lee-jae-myung", "Lee Jae-myung", EntityType.PERSON)
LEE_H = Entity("lee-hsien-loong", "Lee Hsien Loong", EntityType.PERSON)


def linked(text: str, reg: Registry, suppress: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    mentions, _ = find_mentions(article(*text.split("\n\n")), reg, suppress)
    return [(m.text, m.entity_id) for m in mentions]


def test_case_and_whole_words() -> None:
    found = linked("Let us go to the US. USB sticks.", registry(US))
    assert [m for m in found if m[1] == "united-states"] == [("the US", "united-states")]
    assert ("us", "united-states") not in found


def test_longest_match_wins() -> None:
    assert linked("The United States said.", registry(US)) == [("The United States", "united-states")]


def test_possessive_outside_mention() -> None:
    assert linked("Xi Jinping's plan.", registry(XI)) == [("Xi Jinping", "xi-jinping")]


def test_short_form_after_full_mention_only() -> None:
    text = "Xi spoke first.\n\nLater Xi Jinping came.\n\nThen Xi left."
    assert ("Xi", "xi-jinping") in linked(text, registry(XI))
    assert linked(text, registry(XI))[0] != ("Xi", "xi-jinping")


def test_shared_short_form_left_unlinked() -> None:
    text = "Lee Jae-myung met Lee Hsien Loong. Lee said little."
    assert linked(text, registry(LEE_J, LEE_H)) == [
        ("Lee Jae-myung", "lee-jae-myung"),
        ("Lee Hsien Loong", "lee-hsien-loong"),
    ]


def test_unreviewed_entities_stable_and_ordered() -> None:
    mentions, entities = find_mentions(article("Mary Barra met Xi Jinping in Detroit. Barra smiled."), registry(XI))
    assert [e.id for e in entities] == ["unreviewed-mary-barra", "xi-jinping", "unreviewed-detroit"]
    assert not entities[0].reviewed
    assert mentions[-1].entity_id == "unreviewed-mary-barra"


def test_suppress_list() -> None:
    assert linked("Advertisement: visit Detroit.", registry(), ("Detroit",)) == []


def test_seed_capture_with_real_registry() -> None:
    text = SEED.read_text(encoding="utf-8")
    start = text.index("BEIJING:")
    paragraphs = text[start : text.index("Source: AFP")].strip().split("\n\n")
    _, entities = find_mentions(article(*paragraphs), load_registry(REPO / "data" / "entities.yml"))
    ids = {e.id for e in entities}
    assert {"xi-jinping", "lee-jae-myung", "yoon-suk-yeol", "donald-trump", "china", "south-korea",
            "beijing", "seoul", "gyeongju", "korean-peninsula", "xinhua", "apec-summit-2025",
            "united-states", "japan", "taiwan"} <= ids


def test_all_caps_dateline_matches_registered_name() -> None:
    beijing = Entity("beijing", "Beijing", EntityType.PLACE)
    assert linked("BEIJING: Talks began.", registry(beijing)) == [("BEIJING", "beijing")]
