"""Render: a mention nested in another's ("Singapore" in "Singapore's Changi Airport").

The recogniser and the linking keep the owner of a name, and a place inside a
descriptor, as mentions of their own inside the outer one (tests/test_entities_possessors.py).
Highlights cannot nest, so the page draws the outer mention; everything that
counts or lists mentions (the article's entity list, the entity's page and
counts) takes in the nested one.
"""

from __future__ import annotations

import json
from pathlib import PurePosixPath
from types import MappingProxyType

import pytest
from bs4 import BeautifulSoup

from build_tools.entities.linking import find_mentions
from build_tools.entities.registry import Registry
from build_tools.model import AnnotatedArticle, Article, Block, BlockKind, Capture, CaptureFormat, Entity, EntityType
from build_tools.render import render_site

SINGAPORE = Entity("singapore", "Singapore", EntityType.PLACE, description="City state in South-East Asia.")
TEXTS = {
    "a": "Jets land at Singapore's Changi Airport daily. Crews rest there.",
    "b": "Flights left Singapore's Changi Airport on Monday.",
}


def _article(slug: str, text: str) -> Article:
    capture = Capture(
        PurePosixPath(f"captures/{slug}.txt"), slug * 64, CaptureFormat.TEXT, "utf-8", "valid UTF-8", "", 0
    )
    return Article(capture, f"Story {slug}", (Block(BlockKind.PARAGRAPH, text),))


def _annotated(slug: str, text: str, registry: Registry) -> AnnotatedArticle:
    article = _article(slug, text)
    mentions, entities = find_mentions(article, registry)
    return AnnotatedArticle(article, mentions, (), entities)


@pytest.fixture(scope="module")
def nested_site() -> dict[str, str]:
    """Two articles naming Singapore only as the owner of its airport; Singapore registered."""
    registry = Registry(MappingProxyType({SINGAPORE.id: SINGAPORE}), MappingProxyType({"Singapore": SINGAPORE.id}))
    return render_site([_annotated(slug, text, registry) for slug, text in TEXTS.items()]).pages


def _soup(page: str) -> BeautifulSoup:
    return BeautifulSoup(page, "html.parser")


def test_the_article_draws_the_outer_mention_once_and_no_highlight_inside_another(
    nested_site: dict[str, str],
) -> None:
    paragraph = _soup(nested_site["archive/articles/a.md"]).select_one("p#p1")
    assert paragraph is not None
    highlights = paragraph.select(".entity")
    assert [h.get_text() for h in highlights] == ["Singapore's Changi Airport"]
    assert highlights[0].get("href") == "../../entities/unreviewed-changi-airport/"
    assert paragraph.select(".entity .entity") == []
    assert paragraph.get_text() == TEXTS["a"]


def test_the_articles_entity_list_names_the_owner(nested_site: dict[str, str]) -> None:
    aside = _soup(nested_site["archive/articles/a.md"]).select_one("aside.article-aside")
    assert aside is not None
    places = {a.get_text(): a.next_sibling for a in aside.select(".entity-list a")}
    assert set(places) == {"Singapore", "Changi Airport"}
    assert str(places["Singapore"]).startswith(" (1)")


def test_the_owners_page_lists_both_articles_with_the_owner_in_bold(nested_site: dict[str, str]) -> None:
    page = nested_site["archive/entities/singapore.md"]
    assert "**In 2 articles, 2 mentions.**" in page
    mentions = _soup(page).select("h3.mention-article + ul li")
    assert [li.select_one("strong").get_text() for li in mentions] == ["Singapore", "Singapore"]
    assert [h.get_text() for h in _soup(page).select("h3.mention-article a")] == ["Story a", "Story b"]


def test_the_owner_counts_in_the_entity_index_and_hover_cards(nested_site: dict[str, str]) -> None:
    index = nested_site["archive/entities/type-place.md"]
    row = next(line for line in index.splitlines() if ">Singapore</a>" in line)
    assert [cell.strip() for cell in row.strip("|").split("|")][1:] == ["2", "2"]
    assert json.loads(nested_site["archive/entities/counts.json"])["singapore"] == 2


def test_nested_mentions_come_after_the_mention_holding_them() -> None:
    item = _annotated("c", "Profits at US automaker GM fell.", Registry())
    assert [(m.text, m.entity_id) for m in item.mentions] == [
        ("US automaker GM", "unreviewed-gm"),
        ("US", "unreviewed-us"),
    ]
    assert [e.id for e in item.entities] == ["unreviewed-gm", "unreviewed-us"]
