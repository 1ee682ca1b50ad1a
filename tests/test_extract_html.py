"""Tests for HTML article extraction: body structure, furniture, metadata, non-articles."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import PurePosixPath

import pytest

from build_tools.errors import CaptureError
from build_tools.extract.html import extract_html_capture
from build_tools.model import Article, BlockKind, Capture, CaptureFormat, DateMethod

PROSE = (
    "The council voted on Tuesday to approve the new budget, which includes funding for "
    "schools, roads and the city's ageing water system, after months of debate."
)


def html_capture(html: str, **extra: object) -> Capture:
    return Capture(
        path=PurePosixPath("captures/page.html"), sha256="0" * 64, format=CaptureFormat.HTML,
        encoding="utf-8", encoding_evidence="test", text=html, size=len(html), **extra,  # type: ignore[arg-type]
    )  # fmt: skip


def page(body: str, head: str = "") -> str:
    return f"<html lang='en'><head>{head}</head><body>{body}</body></html>"


def story(paragraphs: int = 4) -> str:
    return "".join(f"<p>{PROSE} Paragraph {n}.</p>" for n in range(paragraphs))


def extract(body: str, head: str = "", **extra: object) -> Article:
    return extract_html_capture(html_capture(page(body, head), **extra))


def json_ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


# --- body structure -------------------------------------------------------------


def test_body_keeps_headings_quotes_and_list_items_in_order() -> None:
    article = extract(
        "<article><h1>Budget passes</h1>"
        f"<p>{PROSE}</p><h2>What changes</h2><ul><li>More money for schools.</li>"
        f"<li>Road repairs start in May.</li></ul><blockquote><p>We listened.</p></blockquote>"
        f"<p>{PROSE}</p></article>"
    )
    kinds = [block.kind for block in article.body]
    assert kinds == [
        BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM,
        BlockKind.QUOTE, BlockKind.PARAGRAPH,
    ]  # fmt: skip
    assert article.body[1].text == "What changes"
    assert article.body[4].text == "We listened."


def test_headline_h1_stays_out_of_the_body() -> None:
    article = extract(f"<article><h1>Budget passes</h1>{story()}</article>")
    assert article.title == "Budget passes"
    assert all(block.text != "Budget passes" for block in article.body)


def test_captions_share_bars_related_lists_and_bylines_stay_out() -> None:
    article = extract(
        "<article>"
        '<div class="byline">By Jane Doe</div>'
        '<figure><img src="a.jpg"><figcaption>The council chamber. Photo: J. Doe</figcaption></figure>'
        '<div class="share-bar"><a href="#">Share on Facebook</a> Share this story</div>'
        f"{story()}"
        '<div class="newsletter-signup">Get our newsletter every morning in your inbox today.</div>'
        '<section class="relatedArticles"><h3>Related</h3><ul>'
        '<li><a href="/a">Another story about the budget and the schools</a></li>'
        '<li><a href="/b">Yet another story about the council meeting</a></li></ul></section>'
        '<div id="comments"><p>First! This comment is long enough to look like prose, sadly.</p></div>'
        "</article>"
    )
    text = article.text
    for furniture in ("Jane Doe", "council chamber", "Share", "newsletter", "Another story", "First!"):
        assert furniture not in text
    assert text.count(PROSE) == 4


def test_link_list_inside_the_story_container_is_dropped() -> None:
    links = "".join(f'<li><a href="/s{n}">Teaser headline number {n} here</a></li>' for n in range(6))
    article = extract(f"<div class='story'>{story()}<ul>{links}</ul></div>")
    assert "Teaser headline" not in article.text
    assert any(r.reason == "link list" or r.reason == "links" for r in article.removed)


def test_text_written_with_br_inside_a_div_becomes_paragraphs() -> None:
    body = f"<div id='x'>{PROSE}<br><br>{PROSE.upper()}<br></div>"
    article = extract(body)
    assert [block.text for block in article.body] == [PROSE, PROSE.upper()]


def test_script_text_in_a_paragraph_comes_out_as_plain_text() -> None:
    hostile = "Attackers wrote &lt;script&gt;alert(1)&lt;/script&gt; into the comment form, police said."
    article = extract(f"<article>{story(3)}<p>{hostile}<script>steal()</script></p></article>")
    last = article.body[-1].text
    assert last == "Attackers wrote <script>alert(1)</script> into the comment form, police said."
    assert "steal()" not in article.text


def test_json_ld_article_body_is_used_when_the_markup_holds_little_text() -> None:
    declared = "\n".join(f"{PROSE} Part {n}." for n in range(3))
    head = json_ld({"@type": "NewsArticle", "headline": "H", "articleBody": declared})
    article = extract("<div id='app'>Loading…</div>", head)
    assert [block.text for block in article.body] == declared.split("\n")


# --- not an article -------------------------------------------------------------


def expect_error(html: str, *fragments: str) -> None:
    with pytest.raises(CaptureError) as caught:
        extract_html_capture(html_capture(html))
    assert caught.value.stage == "extract"
    for fragment in fragments:
        assert fragment in caught.value.message


def test_index_page_is_refused_with_its_link_count() -> None:
    teasers = "".join(f'<li><a href="/story/{n}">Headline number {n}</a></li>' for n in range(40))
    expect_error(page(f"<ul>{teasers}</ul>"), "looks like an index page", "40 links")


def test_error_page_is_refused_with_its_title() -> None:
    expect_error(
        page("<h1>Page not found</h1><p>Sorry.</p>", "<title>404 Not Found</title>"),
        "looks like an error page", "404 Not Found",
    )  # fmt: skip


def test_video_page_is_refused() -> None:
    head = '<meta property="og:type" content="video.other">'
    expect_error(page("<video src='v.mp4'></video><p>Watch the clip.</p>", head), "video page")


def test_empty_page_and_page_without_body_are_refused() -> None:
    expect_error("", "looks like an empty page")
    expect_error("<html><head><title>x</title></head></html>", "empty page")


def test_truncated_html_still_gives_the_article() -> None:
    html = page(f"<article>{story()}")[: -len("</body></html>")] + "<p>The mayor said the vo"
    article = extract_html_capture(html_capture(html))
    assert article.text.startswith(PROSE)


def test_html_without_body_tag_gives_the_article() -> None:
    article = extract_html_capture(html_capture(f"<title>T</title>{story()}"))
    assert article.text.count(PROSE) == 4


# --- metadata -------------------------------------------------------------------


def test_metadata_from_json_ld_graph_with_author_list() -> None:
    head = json_ld({"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Site"},
        {"@type": ["NewsArticle"], "headline": "From JSON-LD", "datePublished": "2015-03-02T10:00:00-05:00",
         "dateModified": "2015-03-03", "author": [{"@type": "Person", "name": "Ann Lee"}, {"name": "Bo Chen"}],
         "articleSection": ["Politics"], "publisher": {"name": "The Daily"}, "inLanguage": "en-GB",
         "image": {"url": "https://x.test/lead.jpg", "caption": "The mayor"}},
    ]})  # fmt: skip
    article = extract(story(), head)
    assert article.title == "From JSON-LD"
    assert article.authors == ("Ann Lee", "Bo Chen")
    assert article.section == "Politics"
    assert article.site_name == "The Daily"
    assert article.modified == date(2015, 3, 3)
    assert article.language == "en"  # <html lang> is the page's own declaration
    assert article.image is not None and article.image.url == "https://x.test/lead.jpg"
    assert article.image.caption == "The mayor"
    published = article.published
    assert published is not None
    assert (published.value, published.method) == (date(2015, 3, 2), DateMethod.METADATA)
    assert published.evidence == ("JSON-LD datePublished 2015-03-02",)


def test_json_ld_wins_over_open_graph_and_agreement_is_recorded() -> None:
    head = (
        json_ld({"@type": "Article", "headline": "LD title", "datePublished": "2015-03-02"})
        + '<meta property="og:title" content="OG title">'
        + '<meta property="article:published_time" content="2015-03-02T08:00:00Z">'
    )
    article = extract(story(), head)
    assert article.title == "LD title"
    assert article.published is not None
    assert "meta article:published_time agrees" in article.published.evidence
    assert article.published.confidence > 0.95


def test_open_graph_and_meta_tags_without_json_ld() -> None:
    head = (
        '<title>Budget passes | The Daily</title><meta property="og:site_name" content="The Daily">'
        '<meta name="author" content="By Ann Lee and Bo Chen">'
        '<meta property="article:section" content="Local">'
        '<meta name="description" content="The council voted.">'
        '<link rel="canonical" href="/2015/03/02/budget">'
        '<meta property="og:image" content="/lead.jpg">'
    )
    article = extract(story(), head, source_url="https://daily.test/x?y=1")
    assert article.title == "Budget passes"
    assert article.authors == ("Ann Lee", "Bo Chen")
    assert article.section == "Local"
    assert article.description == "The council voted."
    assert article.canonical_url == "https://daily.test/2015/03/02/budget"
    assert article.image is not None and article.image.url == "https://daily.test/lead.jpg"


def test_disagreeing_dates_are_reported_with_lower_confidence() -> None:
    head = '<meta property="article:published_time" content="2015-03-02"><meta name="date" content="2015-04-01">'
    published = extract(story(), head).published
    assert published is not None and published.value == date(2015, 3, 2)
    assert "meta date says 2015-04-01" in published.evidence
    assert published.confidence < 0.9


def test_time_element_gives_the_date_when_nothing_else_does() -> None:
    published = extract(f'<time datetime="2014-12-29T15:02:00Z">Dec 29</time>{story()}').published
    assert published is not None and published.value == date(2014, 12, 29)
    assert published.evidence[0].startswith("<time datetime>")


def test_archive_record_date_when_the_page_declares_none() -> None:
    published = extract(story(), captured_at=datetime(2020, 5, 6, 12, 0)).published
    assert published is not None
    assert published.method is DateMethod.ARCHIVE_RECORD
    assert published.value == date(2020, 5, 6)
    assert published.confidence < 0.5


def test_lead_figure_caption_and_credit_are_metadata_not_body() -> None:
    figure = (
        '<figure><img src="https://x.test/a.jpg"><figcaption>Crowds outside the hall. '
        '<span class="credit">Jane Doe/Agency</span></figcaption></figure>'
    )
    article = extract(f"<article>{figure}{story()}</article>")
    assert article.image is not None
    assert article.image.caption == "Crowds outside the hall."
    assert article.image.credit == "Jane Doe/Agency"
    assert "Crowds" not in article.text
