"""Render: captured text is escaped, highlights link with type and tooltip, pages link up."""

from __future__ import annotations

import dataclasses
import json
import posixpath
import re
from datetime import date
from pathlib import PurePosixPath

import pytest
import yaml

from build_tools.model import (
    AnnotatedArticle,
    Article,
    Block,
    BlockKind,
    Capture,
    CaptureFormat,
    DateMethod,
    Entity,
    EntityType,
    Granularity,
    Image,
    Mention,
    PublicationDate,
    Removed,
    TimelineEvent,
)
from build_tools.render import render_site
from build_tools.render.html import page_url, relative_url, urls_into
from build_tools.render.markdown import escape, protect_block_start

HOSTILE = "<script>alert(1)</script> [click](javascript:alert(1)) {: #evil } {{ config }} <img src=x onerror=alert(1)>"


def make_article(
    slug: str = "a", title: str = "Xi tells Lee", extra: str = "", published: date | None = date(2025, 6, 10)
) -> Article:
    capture = Capture(
        path=PurePosixPath(f"captures/{slug}.txt"),
        sha256="ab" * 32,
        format=CaptureFormat.TEXT,
        encoding="utf-8",
        encoding_evidence="valid UTF-8",
        text="",
        size=10,
    )
    body = (
        Block(BlockKind.PARAGRAPH, f"BEIJING: Xi Jinping met Lee on Tuesday (Jun 10). {extra}".strip()),
        Block(BlockKind.PARAGRAPH, "Xi said so last week."),
    )
    return Article(
        capture=capture,
        title=title,
        body=body,
        section="East Asia",
        agency="AFP",
        published=PublicationDate(published, DateMethod.TEXT_INFERRED, ('"Tuesday (Jun 10)"',), 0.8)
        if published
        else None,
        image=Image("Xi waves.", "AFP/Someone"),
        removed=(Removed("Advertisement", "advertisement", 7),),
    )


XI = Entity("xi-jinping", "Xi Jinping", EntityType.PERSON, ("Xi",), "President of China", "Q15031")
LEE = Entity("unreviewed-lee", "Lee", EntityType.PERSON, reviewed=False)


def annotate(article: Article) -> AnnotatedArticle:
    mentions = (
        Mention("xi-jinping", 0, 9, 19, "Xi Jinping"),
        Mention("unreviewed-lee", 0, 24, 27, "Lee"),
        Mention("xi-jinping", 1, 0, 2, "Xi"),
    )
    slug = article.capture.slug
    events = (
        TimelineEvent(
            "2025-06-10",
            Granularity.DAY,
            date(2025, 6, 10),
            date(2025, 6, 10),
            "Tuesday (Jun 10)",
            article.body[0].text,
            0,
            0,
            ("xi-jinping",),
            slug,
            date(2025, 6, 10),
        ),
        TimelineEvent(
            "2025-W23",
            Granularity.WEEK,
            date(2025, 6, 2),
            date(2025, 6, 8),
            "last week",
            article.body[1].text,
            1,
            0,
            ("xi-jinping",),
            slug,
            date(2025, 6, 10),
        ),
    )
    return AnnotatedArticle(article, mentions, events, (XI, LEE))


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("<b>bold</b>", "&lt;b&gt;bold&lt;/b&gt;"),
        ("[x](y)", r"\[x\]\(y\)"),
        ("{: #id }", r"\{: #id \}"),
        ("a & b", "a &amp; b"),
        ("*not emphasis*", r"\*not emphasis\*"),
    ],
)
def test_escape_neutralises_markup(raw: str, escaped: str) -> None:
    assert escape(raw) == escaped


@pytest.mark.parametrize("line", ["# heading", "- item", "+ item", "1. item", "---", "? details", ": def"])
def test_block_syntax_at_line_start_is_escaped(line: str) -> None:
    assert protect_block_start(line).startswith(("\\", "1\\"))


def test_article_page_has_highlights_with_type_class_and_tooltip() -> None:
    page = render_site([annotate(make_article())]).pages["archive/articles/a.md"]
    link = '<a class="entity entity-person" href="../../entities/xi-jinping/" title="President of China">Xi Jinping</a>'
    assert link in page
    # An unreviewed name seen in one article is highlighted but has no page to link to;
    # its card's count is on the span (a linked highlight's is in counts.json).
    assert '<span class="entity entity-person entity-unreviewed"' in page
    assert 'data-articles="1"' in page
    assert '<p id="p1">' in page and '<p id="p2">' in page


def test_entity_counts_for_the_cards_are_one_shared_file() -> None:
    """Counts change with every capture added; pages that only link an entity must not."""
    items = [annotate(make_article("a")), annotate(make_article("b"))]
    pages = render_site(items).pages
    counts = json.loads(pages["archive/entities/counts.json"])
    assert counts["xi-jinping"] == 2
    assert all(page in pages for page in (f"archive/entities/{entity_id}.md" for entity_id in counts))
    assert "data-articles" not in pages["archive/articles/a.md"].split("xi-jinping/")[1].split(">")[0]


def test_article_page_shows_metadata_caption_provenance_and_removed_lines() -> None:
    page = render_site([annotate(make_article())]).pages["archive/articles/a.md"]
    assert "<strong>Section:</strong> East Asia" in page
    assert "<strong>Published:</strong> 10 June 2025 (text, inferred, confidence 0.80" in page
    assert '<p class="article-caption" id="p3">Xi waves. <em>(AFP/Someone)</em></p>' in page
    assert '<strong>Capture file:</strong> <a href="../../raw/a.txt">captures/a.txt</a>' in page
    assert f"<code>{'ab' * 32}</code>" in page
    assert "<li><em>line 7, advertisement:</em> Advertisement</li>" in page
    assert "<li><strong>week of 2 June 2025</strong> ·" in page


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        (
            "https://example.com/a b?q=<x>",
            '<a href="https://example.com/a%20b?q=%3Cx%3E">https://example.com/a b?q=&lt;x&gt;</a>',
        ),
        ("javascript:alert(1)", "javascript:alert(1)"),
        ('data:text/html,<script>"', "data:text/html,&lt;script&gt;&quot;"),
    ],
)  # fmt: skip
def test_a_source_url_is_linked_only_when_it_is_http(url: str, shown: str) -> None:
    article = make_article()
    item = annotate(dataclasses.replace(article, capture=dataclasses.replace(article.capture, source_url=url)))
    page = render_site([item]).pages["archive/articles/a.md"]
    assert f"<strong>Source URL:</strong> {shown}</p>" in page


def test_hostile_capture_text_never_becomes_markup() -> None:
    article = make_article(title=HOSTILE, extra=HOSTILE)
    pages = render_site([annotate(article)]).pages
    page = pages["archive/articles/a.md"]
    front, body = page.split("\n---\n", 1)
    assert "<script" not in page and "<img" not in page and 'id="evil"' not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    # Outside the raw HTML blocks (where Markdown is not read), Markdown syntax is escaped too.
    markdown_parts = "\n\n".join(part for part in body.split("\n\n") if not part.lstrip().startswith("<"))
    assert "{: #evil }" not in markdown_parts and "](javascript" not in markdown_parts
    assert "<" not in front and '"' not in front.split("title:", 1)[1].split("\n")[0]
    for other in pages.values():
        assert "<script" not in other


def test_the_search_page_holds_the_article_text_and_names_without_markup() -> None:
    """Pagefind reads these pages, not the site's (render/search_pages.py): they hold
    headline, caption, body with anchors, and the entities' names and aliases, and
    carry the result's date, sort key and section filter."""
    pages = render_site([annotate(make_article())]).pages
    search = pages["archive/.search/archive/articles/a/index.html"]
    body = search.split("<body>", 1)[1]
    assert body.count("data-pagefind-body") == 1
    assert 'data-pagefind-meta="date:10 June 2025"' in body and 'data-pagefind-sort="date:2025-06-10"' in body
    assert 'data-pagefind-filter="section:East Asia"' in body
    assert "<h1>Xi tells Lee</h1>" in body
    assert '<p class="article-caption" id="p3">Xi waves. <em>(AFP/Someone)</em></p>' in body
    assert '<p id="p1">BEIJING: Xi Jinping met Lee on Tuesday (Jun 10).</p>' in body
    assert "<p>Lee · Xi · Xi Jinping</p>" in body, "names and aliases find the article"
    # Nothing of the page around the text: no links, highlights, metadata or provenance.
    assert "<a " not in body and "entity" not in body and "Capture file" not in body and "Advertisement" not in body
    site_page = pages["archive/articles/a.md"]
    assert "data-pagefind" not in site_page and "Lee · Xi" not in site_page


def test_the_entity_search_page_holds_what_its_summary_says() -> None:
    pages = render_site([annotate(make_article())]).pages
    search = pages["archive/.search/archive/entities/xi-jinping/index.html"]
    assert '<div data-pagefind-body data-pagefind-meta="type:person">' in search
    assert "<h1>Xi Jinping</h1>" in search and "President of China" in search
    assert "<strong>Also known as:</strong> Xi" in search and "<strong>In 1 article, 2 mentions.</strong>" in search
    assert "data-pagefind" not in pages["archive/entities/xi-jinping.md"]
    with_pages = json.loads(pages["archive/entities/counts.json"])  # every entity that has a page
    searchable = {path for path in pages if path.startswith("archive/.search/archive/entities/")}
    assert searchable == {f"archive/.search/archive/entities/{entity_id}/index.html" for entity_id in with_pages}


def test_hostile_text_stays_text_on_the_search_page() -> None:
    article = make_article(title=HOSTILE, extra=HOSTILE)
    search = render_site([annotate(article)]).pages["archive/.search/archive/articles/a/index.html"]
    assert "<script" not in search and "<img" not in search
    assert "<h1>&lt;script&gt;alert(1)&lt;/script&gt;" in search


def test_entity_page_lists_mentions_with_sentences_and_paragraph_links() -> None:
    pages = render_site([annotate(make_article())]).pages
    page = pages["archive/entities/xi-jinping.md"]
    assert "**In 1 article, 2 mentions.**" in page
    assert "[Q15031](https://www.wikidata.org/wiki/Q15031)" in page
    assert "BEIJING: <strong>Xi Jinping</strong> met Lee" in page
    assert 'href="../../articles/a/#p2"' in page
    assert "archive/entities/unreviewed-lee.md" not in pages


def test_unreviewed_entity_in_two_articles_gets_a_page() -> None:
    pages = render_site([annotate(make_article("a")), annotate(make_article("b"))]).pages
    assert "archive/entities/unreviewed-lee.md" in pages
    assert "*unreviewed" in pages["archive/entities/unreviewed-lee.md"]


def test_timeline_is_in_date_order_grouped_by_month() -> None:
    pages = render_site([annotate(make_article())]).pages
    year = pages["archive/timeline/2025.md"]
    assert "## June 2025 {: #2025-06 }" in year
    assert year.index("week of 2 June 2025") < year.index("10 June 2025")


def test_home_lists_articles_newest_first_and_undated_last() -> None:
    items = [
        annotate(make_article("old", "Old story", published=date(2024, 1, 5))),
        annotate(make_article("undated", "Undated story", published=None)),
        annotate(make_article("new", "New story", published=date(2025, 6, 10))),
    ]
    home = render_site(items).pages["index.md"]
    titles = re.findall(r">(\w+ story)</a>", home)
    assert titles == ["New story", "Old story", "Undated story"]


def test_home_and_index_count_the_articles_of_each_month_newest_first() -> None:
    """The home page's months and the index's years and months, with their counts,
    newest first and undated last (counted from each article's month)."""
    days = [date(2024, 1, 5), date(2025, 6, 10), None, date(2024, 1, 30), date(2025, 5, 1), date(2025, 6, 1)]
    items = [annotate(make_article(f"s{n}", published=day)) for n, day in enumerate(days)]
    pages = render_site(items).pages
    months = re.findall(r"\[(\w+ \w+)\]\([^)]*\) \((\d+)\)", pages["index.md"].split("## Archive by month")[1])
    assert months == [("June 2025", "2"), ("May 2025", "1"), ("January 2024", "2"), ("Date unknown", "1")]
    index = pages["archive/articles/index.md"]
    assert re.findall(r"^- \*\*\[([^]]+)\]\([^)]*\)\*\* \((\d+)\)", index, re.M) == [
        ("2025", "3"), ("2024", "2"), ("Date unknown", "1")
    ]  # fmt: skip
    assert "[June](../articles-by-year/2025.md#2025-06) (2) · [May](../articles-by-year/2025.md#2025-05) (1)" in index
    assert "[all](../articles-by-year/undated.md#undated) (1)" in index


def test_rendering_is_deterministic_whatever_the_input_order() -> None:
    items = [annotate(make_article("a")), annotate(make_article("b"))]
    assert render_site(items).pages == render_site(list(reversed(items))).pages


def test_html_raw_capture_is_served_as_text() -> None:
    article = make_article()
    capture = dataclasses.replace(article.capture, path=PurePosixPath("captures/page.html"))
    item = annotate(dataclasses.replace(article, capture=capture))
    assert render_site([item]).raw_files == {"archive/raw/page.html.txt": "captures/page.html"}


def test_long_entity_mention_lists_are_paged_by_period(monkeypatch: pytest.MonkeyPatch) -> None:
    """Beyond the main page's newest articles, mentions are paged by year, by month in a
    busy quarter of a busy year (more than PERIOD_SPLIT articles), with the undated
    last; each period page links its neighbours."""
    import build_tools.render.entity as entity_pages

    monkeypatch.setattr(entity_pages, "ARTICLES_PER_PAGE", 2)
    monkeypatch.setattr(entity_pages, "PERIOD_SPLIT", 2)
    dated = {"a0": date(2025, 6, 10), "a1": date(2025, 6, 3), "a2": date(2025, 5, 1), "a3": date(2023, 3, 1)}
    items = [annotate(make_article(slug, published=day)) for slug, day in dated.items()]
    items.append(annotate(make_article("a4", published=None)))
    pages = render_site(items).pages
    main = pages["archive/entities/xi-jinping.md"]
    assert re.findall(r'<h3 class="mention-article"><a href="[^"]*articles/(a\d)/', main) == ["a0", "a1"]
    index = main.split("## All mentions, by period")[1].strip().splitlines()
    assert index == [
        "- **2025** (3 articles): [June](xi-jinping/2025-06.md) (2), [May](xi-jinping/2025-05.md) (1)",
        "- [2023](xi-jinping/2023.md) (1 article)",
        "- [undated](xi-jinping/undated.md) (1 article)",
    ]
    may = pages["archive/entities/xi-jinping/2025-05.md"]
    assert re.findall(r'<h3 class="mention-article"><a href="[^"]*articles/(a\d)/', may) == ["a2"]
    assert '<a href="../2025-06/" rel="prev">Newer: June 2025</a>' in may
    assert '<a href="../2023/" rel="next">Older: 2023</a>' in may
    assert "## Timeline" in main and "## Timeline" not in may


def test_a_busy_year_is_paged_by_quarter_before_month(monkeypatch: pytest.MonkeyPatch) -> None:
    """A year over PERIOD_SPLIT articles gets a page per quarter; only a quarter still
    over it is split into months, and the index names each page by its period."""
    import build_tools.render.entity as entity_pages

    monkeypatch.setattr(entity_pages, "ARTICLES_PER_PAGE", 1)
    monkeypatch.setattr(entity_pages, "PERIOD_SPLIT", 2)
    days = [date(2025, 11, 3), date(2025, 10, 2), date(2025, 10, 1), date(2025, 5, 9), date(2025, 4, 1)]
    items = [annotate(make_article(f"a{n}", published=day)) for n, day in enumerate(days)]
    pages = render_site(items).pages
    index = pages["archive/entities/xi-jinping.md"].split("## All mentions, by period")[1].strip().splitlines()
    assert index == [
        "- **2025** (5 articles): [November](xi-jinping/2025-11.md) (1), [October](xi-jinping/2025-10.md) (2), "
        "[April–June](xi-jinping/2025-q2.md) (2)"
    ]
    spring = pages["archive/entities/xi-jinping/2025-q2.md"]
    assert "<h1>Xi Jinping: mentions in April–June 2025</h1>" in spring
    assert re.findall(r'<h3 class="mention-article"><a href="[^"]*articles/(a\d)/', spring) == ["a3", "a4"]
    assert '<a href="../2025-10/" rel="prev">Newer: October 2025</a>' in spring


def test_a_new_article_changes_only_its_own_period_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """Period pages are stable: adding an article of 2023 leaves the 2025 pages as they were."""
    import build_tools.render.entity as entity_pages

    monkeypatch.setattr(entity_pages, "ARTICLES_PER_PAGE", 1)
    monkeypatch.setattr(entity_pages, "PERIOD_SPLIT", 1)
    days = [date(2025, 6, 10), date(2024, 6, 3), date(2022, 5, 1)]
    items = [annotate(make_article(f"a{n}", published=day)) for n, day in enumerate(days)]
    before = render_site(items).pages
    after = render_site([*items, annotate(make_article("new", published=date(2022, 8, 1)))]).pages
    assert before["archive/entities/xi-jinping/2025.md"] == after["archive/entities/xi-jinping/2025.md"]
    assert "archive/entities/xi-jinping/2022.md" not in after and "archive/entities/xi-jinping/2022-q3.md" in after


def test_article_tags_link_to_pages_listing_their_articles() -> None:
    """The section tag leads to the section's page, an entity tag to the tag's page; both list the article."""
    pages = render_site([annotate(make_article("a", title="Xi tells Lee")), annotate(make_article("b"))]).pages
    article = pages["archive/articles/a.md"]
    tags = article.split('<nav class="md-tags article-tags"')[1].split("</nav>")[0]
    assert '<a class="md-tag" href="../../sections/east-asia/">East Asia</a>' in tags
    assert '<a class="md-tag" href="../../tags/xi-jinping/">Xi Jinping</a>' in tags
    for listing in ("archive/sections/east-asia.md", "archive/tags/xi-jinping.md"):
        assert 'href="../../articles/a/"' in pages[listing] and 'href="../../articles/b/"' in pages[listing]
    assert "[Xi Jinping](xi-jinping.md) (2)" in pages["archive/tags/index.md"]
    # A group's page is outside the navigation: it links back to its index.
    assert "[All sections](index.md)" in pages["archive/sections/east-asia.md"]
    assert "[All tags](index.md)" in pages["archive/tags/xi-jinping.md"]


def test_group_pages_are_named_by_their_own_name_only() -> None:
    """Adding an article with a new section never moves another section's page
    (the pages are found from the name alone, so unchanged pages stay unchanged)."""
    before = render_site([annotate(make_article("a"))]).pages
    other = dataclasses.replace(make_article("b"), section="East-Asia")
    after = render_site([annotate(make_article("a")), annotate(other)]).pages
    assert "archive/sections/east-asia.md" in before and "archive/sections/east-asia.md" in after
    section_chip = '<a class="md-tag" href="../../sections/east-asia/">East Asia</a>'
    assert section_chip in before["archive/articles/a.md"] and section_chip in after["archive/articles/a.md"]
    assert "[East Asia](east-asia.md) (2)" in after["archive/sections/index.md"]


def test_an_entity_timeline_shows_its_latest_events_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two articles report the same day (one group) and the week before: with room for one
    group, the entity page shows the latest day with both sources, and notes the cut."""
    import build_tools.render.entity as entity_pages

    monkeypatch.setattr(entity_pages, "TIMELINE_LIMIT", 1)
    pages = render_site([annotate(make_article("a")), annotate(make_article("b"))]).pages
    timeline = pages["archive/entities/xi-jinping.md"].split("## Timeline")[1].split("##")[0]
    assert "The latest 1 dated events" in timeline
    assert "10 June 2025" in timeline and "week of" not in timeline
    assert "articles/a/#p1" in timeline and "articles/b/#p1" in timeline
    monkeypatch.setattr(entity_pages, "TIMELINE_LIMIT", 2)
    page = render_site([annotate(make_article("a"))]).pages["archive/entities/xi-jinping.md"]
    timeline = page.split("## Timeline")[1]
    assert "The latest" not in timeline and "week of 2 June 2025" in timeline


def test_links_into_a_folder_are_the_links_worked_out_in_full() -> None:
    """urls_into works the way to the folder out once: from any page (the folder's own
    pages, their children, the root) to any name (an 'index' too), the same URL."""
    pages = ["index.md", "archive/entities/x.md", "archive/entities/x/2019-q1.md", "archive/articles/a.md"]
    pages += ["archive/articles/index.md", "archive/articles/a/b.md", "archive/timeline/2020/05.md", "other.md"]
    for page in pages:
        for folder in ("archive/articles", "archive", "archive/entities"):
            url_of = urls_into(page, folder)
            for name in ("a", "b", "x", "index", "a-b_c"):
                assert url_of(name) == relative_url(page, f"{folder}/{name}.md"), (page, folder, name)


def test_the_company_an_entity_keeps_is_the_same_counted_on_bitsets() -> None:
    """A busy entity's "mentioned with" is counted on bitsets of articles and stops at
    the entities too rare to reach the list: the same entities, counts, order and ties
    as counting every article's entities."""
    import random

    from build_tools.render.context import build_context
    from build_tools.render.entity import MENTIONED_WITH_LIMIT, _co_mentioned, _co_mentioned_by_sets

    chooser = random.Random(7)
    names = [f"unreviewed-e{index:02d}" for index in range(40)]
    items = []
    for number in range(60):
        # Skewed: low numbers are in many articles, so counts tie and the rare are cut.
        ids = sorted({names[min(int(chooser.expovariate(0.15)), 39)] for _ in range(8)})
        item = annotate(make_article(f"s{number:02d}"))
        mentions = tuple(Mention(entity_id, 1, 0, 2, "Xi") for entity_id in ids)
        entities = tuple(Entity(entity_id, entity_id, EntityType.ORGANIZATION, reviewed=False) for entity_id in ids)
        items.append(dataclasses.replace(item, mentions=item.mentions + mentions, entities=item.entities + entities))
    context = build_context(items)
    for entity_id in [*names, "xi-jinping"]:
        slugs = context.articles_by_entity.get(entity_id, ())
        counted: dict[str, int] = {}
        for slug in slugs:
            for other in context.entity_ids[slug]:
                if other != entity_id:
                    counted[other] = counted.get(other, 0) + 1
        expected = sorted(counted.items(), key=lambda pair: (-pair[1], pair[0]))[:MENTIONED_WITH_LIMIT]
        assert _co_mentioned_by_sets(entity_id, context) == expected, entity_id
        assert _co_mentioned(entity_id, context) == expected, entity_id
    ties = [count for _, count in _co_mentioned("xi-jinping", context)]
    assert len(ties) == MENTIONED_WITH_LIMIT and len(set(ties)) < len(ties), "the case has ties to break"


def test_the_company_counted_on_bitsets_stops_only_below_a_tie(monkeypatch: pytest.MonkeyPatch) -> None:
    """With room for one: 'b' (in 4 articles) shares 2 with 'x' and comes first; 'a' (in
    2) shares 2 as well and wins the tie by id, so it must still be counted."""
    import build_tools.render.entity as entity_pages
    from build_tools.render.context import build_context

    def with_ids(slug: str, ids: list[str]) -> AnnotatedArticle:
        item = annotate(make_article(slug))
        entities = tuple(Entity(f"unreviewed-{name}", name, EntityType.ORGANIZATION, reviewed=False) for name in ids)
        mentions = tuple(Mention(entity.id, 1, 0, 2, "Xi") for entity in entities)
        return dataclasses.replace(item, mentions=mentions, entities=entities)

    monkeypatch.setattr(entity_pages, "MENTIONED_WITH_LIMIT", 1)
    context = build_context(
        [with_ids("s1", ["x", "a", "b"]), with_ids("s2", ["x", "a", "b"]), with_ids("s3", ["x"]),
         with_ids("s4", ["b"]), with_ids("s5", ["b"])]
    )  # fmt: skip
    assert entity_pages._co_mentioned_by_sets("unreviewed-x", context) == [("unreviewed-a", 2)]


def test_an_unreviewed_entity_is_named_as_running_text_writes_it() -> None:
    """A dateline's 'KUALA LUMPUR' in the newest article does not rename the place
    that another article writes 'Kuala Lumpur'."""
    from build_tools.render.context import build_context

    def with_place(slug: str, day: date, name: str) -> AnnotatedArticle:
        item = annotate(make_article(slug, published=day))
        place = Entity("unreviewed-kuala-lumpur", name, EntityType.PLACE, reviewed=False)
        return dataclasses.replace(item, entities=(*item.entities, place))

    newest = with_place("a", date(2025, 6, 10), "KUALA LUMPUR")
    older = with_place("b", date(2024, 1, 1), "Kuala Lumpur")
    assert build_context([newest, older]).entities["unreviewed-kuala-lumpur"].name == "Kuala Lumpur"
    assert build_context([newest]).entities["unreviewed-kuala-lumpur"].name == "KUALA LUMPUR"


@pytest.mark.parametrize(("count", "expected"), [(1, "1 article"), (2, "2 articles"), (10964, "10,964 articles")])
def test_counts_are_written_with_thousands_separators(count: int, expected: str) -> None:
    from build_tools.render.entity import _plural

    assert _plural(count, "article") == expected


@pytest.mark.parametrize(
    ("captured", "expected"),
    [
        ("Plain words.", "Plain words."),
        ("a  b", "a b"),
        ("line\nbreak\ttab", "line break tab"),
        ("no\u00a0break\u2009thin\u3000wide", "no break thin wide"),
        ("<script>\"x\" & 'y'</script>", "&lt;script&gt;&quot;x&quot; &amp; &#x27;y&#x27;&lt;/script&gt;"),
    ],
)
def test_captured_text_is_escaped_on_one_line(captured: str, expected: str) -> None:
    """Every run of whitespace (Unicode spaces too) becomes one space, markup is escaped."""
    from build_tools.render.html import text

    assert text(captured) == expected


@pytest.mark.parametrize(
    "title",
    ["Plain", "a: b", "'quoted' \"double\"", "# not a comment", "- not a list", "yes", "null", "123",
     "emoji 😀 and 中文", "line\u2028separator", "next\u0085line", "  spaced  ", "{braces} [brackets] *star &amp"],
)  # fmt: skip
def test_front_matter_reads_back_as_the_title_it_was_given(title: str) -> None:
    """Whatever a captured headline holds, the front matter is YAML that gives it back
    (angle brackets and double quotes swapped for look-alikes, spaces trimmed)."""
    from build_tools.render.pages import front_matter

    written = front_matter(title, description=title, hide=["toc"])
    assert written.startswith("---\n") and written.endswith("\n---")
    meta = yaml.safe_load(written[4:-4])
    expected = title.replace('"', "”").strip()
    assert meta == {"title": expected, "description": expected, "hide": ["toc"]}


def test_articles_are_listed_on_a_page_per_year_by_month() -> None:
    """The article index names each year and its months; each year's page lists its
    articles under month headings (the home page links there); undated articles have
    their own page; a new article of another year leaves a year's page as it was."""
    days = {"a": date(2025, 6, 10), "b": date(2025, 5, 1), "c": date(2023, 3, 1)}
    items = [annotate(make_article(slug, published=day)) for slug, day in days.items()]
    before = render_site(items).pages
    index = before["archive/articles/index.md"]
    assert "- **[2025](../articles-by-year/2025.md)** (2): [June](../articles-by-year/2025.md#2025-06) (1)" in index
    assert "- **[2023](../articles-by-year/2023.md)** (1): [March](../articles-by-year/2023.md#2023-03) (1)" in index
    year = before["archive/articles-by-year/2025.md"]
    assert year.index("## June 2025 {: #2025-06 }") < year.index('href="../../articles/a/"')
    assert year.index("## May 2025 {: #2025-05 }") < year.index('href="../../articles/b/"')
    assert 'href="../../articles/c/"' not in year
    assert "[May 2025](archive/articles-by-year/2025.md#2025-05) (1)" in before["index.md"]
    undated = annotate(make_article("d", published=None))
    after = render_site([*items, undated, annotate(make_article("e", published=date(2024, 1, 2)))]).pages
    assert after["archive/articles-by-year/2025.md"] == year
    assert 'href="../../articles/d/"' in after["archive/articles-by-year/undated.md"]


_PAGES = (
    "index.md", "tags.md", "archive/index.md", "archive/articles/index.md", "archive/articles/a.md",
    "archive/articles/b.md", "archive/entities/x.md", "archive/entities/xy.md", "archive/entities/x/index.md",
    "archive/entities/x/2024.md", "archive/entities/x/2024-q1.md", "archive/timeline/2025/06.md", "a/b/c/d.md",
)  # fmt: skip


@pytest.mark.parametrize("from_page", _PAGES)
def test_relative_urls_equal_the_posix_relative_path(from_page: str) -> None:
    """Every way between pages: to a sibling, a parent, a child, an ancestor, itself, the root."""
    for to_page in _PAGES:
        way = posixpath.relpath("/" + page_url(to_page), "/" + page_url(from_page))
        expected = "./" if way == "." else way + "/"
        assert relative_url(from_page, to_page) == expected, (from_page, to_page)
        assert relative_url(from_page, to_page, "p3") == expected + "#p3"
