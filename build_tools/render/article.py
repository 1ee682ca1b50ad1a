"""The article page: headline, metadata and provenance, caption, highlighted body,
the article's entities and its timeline, and what was left out of the body."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from build_tools.model import AnnotatedArticle, Block, BlockKind, EntityType, Mention, PublicationDate
from build_tools.render import html
from build_tools.render.context import SiteContext, article_page, paragraph_anchor
from build_tools.render.groupings import article_tags, tag_links
from build_tools.render.pages import front_matter, human_date, link_to_entity, raw_capture_page
from build_tools.render.search_pages import search_document
from build_tools.render.timeline import render_event_list

TYPE_ORDER = (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE, EntityType.EVENT, EntityType.GROUP)
TYPE_LABELS = {
    EntityType.PERSON: "person",
    EntityType.ORGANIZATION: "organisation",
    EntityType.PLACE: "place",
    EntityType.EVENT: "event",
    EntityType.GROUP: "group",
}
TYPE_HEADINGS = {
    EntityType.PERSON: "People",
    EntityType.ORGANIZATION: "Organisations",
    EntityType.PLACE: "Places",
    EntityType.EVENT: "Events",
    EntityType.GROUP: "Groups",
}


def render_article(item: AnnotatedArticle, context: SiteContext) -> str:
    """The Markdown of one article page."""
    article = item.article
    page = article_page(article.capture.slug)
    highlighter = html.Highlighter(context.links, page)  # caption and body share their entities' tags
    text = [
        f"<h1>{html.text(article.title).strip()}</h1>",
        f"<div>{tag_links(article_tags(item, context), page)}\n{_metadata_box(item)}\n{_legend(item)}</div>",
        _caption(item, highlighter.highlight),
        _body(item, highlighter.highlight),
    ]
    # The article's own sidebar (entities, timeline) replaces Material's navigation
    # and table of contents, which have nothing to show for an article.
    parts = [
        front_matter(
            article.title,
            article.description or _first_sentence(article.body),
            hide=["navigation", "toc"],
        ),
        # One raw block for the whole page: Python-Markdown took ~1.7 ms a page for the
        # provenance and left-out boxes alone when they were Markdown (11,000 pages).
        html.raw_block(
            '<div class="article-layout">\n<div class="article-text">\n'
            + "\n".join(part for part in text if part)
            + "\n</div>\n"
            + _sidebar(item, context, page)
            + "\n</div>"
            + _provenance_box(item, page)
            + _removed_box(item)
        ),
    ]
    return "\n\n".join(part for part in parts if part) + "\n"


def render_article_search_page(item: AnnotatedArticle) -> str:
    """The page Pagefind indexes for the article (render/search_pages.py): headline,
    caption, body and the entities' names, as escaped text without highlights.

    The date is shown with each search result and sorts them; the section is a
    filter. Attribute values come from the capture, so they are escaped as data.
    """
    article = item.article
    attributes = []
    if article.published:
        attributes.append(f'data-pagefind-meta="date:{html.attribute(human_date(article.published.value))}"')
        attributes.append(f'data-pagefind-sort="date:{article.published.value.isoformat()}"')
    if article.section:
        attributes.append(f'data-pagefind-filter="section:{html.attribute(article.section.replace(",", " "))}"')
    content = [
        f"<h1>{html.text(article.title).strip()}</h1>",
        _caption(item, _plain),
        _body(item, _plain),
        _search_terms(item),
    ]
    return search_document(attributes, "\n".join(part for part in content if part))


def _legend(item: AnnotatedArticle) -> str:
    """Which underline means which type, for the types this article's highlights use.

    Types differ by underline style as well as colour, so the legend shows both.
    """
    mentioned = {mention.entity_id for mention in item.mentions}
    highlighted = [entity for entity in item.entities if entity.id in mentioned]
    used = {entity.type for entity in highlighted}
    if not used:
        return ""
    samples = [
        f'<span class="entity entity-{entity_type.value}">{TYPE_LABELS[entity_type]}</span>'
        for entity_type in TYPE_ORDER
        if entity_type in used
    ]
    unreviewed = any(not entity.reviewed for entity in highlighted)
    note = ' · <span class="entity entity-unreviewed">thin: unreviewed</span>' if unreviewed else ""
    return f'<p class="entity-legend">Highlights: {" · ".join(samples)}{note}</p>'


def _search_terms(item: AnnotatedArticle) -> str:
    """Names and aliases of the article's entities, indexed but not shown.

    A reader searching for an alias ("Yoon", "PRC") finds the article even when
    its text uses another form of the name.
    """
    mentioned = {mention.entity_id for mention in item.mentions}
    named = [entity for entity in item.entities if entity.id in mentioned]
    terms = sorted({term for entity in named for term in (entity.name, *entity.aliases)})
    if not terms:
        return ""
    return f"<p>{html.text(' · '.join(terms))}</p>"


def _metadata_box(item: AnnotatedArticle) -> str:
    """Material's admonition markup, written as HTML (it sits inside the raw block)."""
    article = item.article
    rows = [
        ("Section", html.text(article.section) if article.section else None),
        ("Published", _published(article.published)),
        ("Updated", human_date(article.modified) if article.modified else None),
        ("By", html.text(", ".join(article.authors)) if article.authors else None),
        ("Agency", html.text(article.agency) if article.agency else None),
        ("Dateline", html.text(article.dateline) if article.dateline else None),
        ("Site", html.text(article.site_name) if article.site_name else None),
    ]
    lines = "<br>\n".join(f"<strong>{label}:</strong> {value.strip()}" for label, value in rows if value)
    return f'<div class="admonition info"><p class="admonition-title">About this article</p>\n<p>{lines}</p></div>'


def _published(published: PublicationDate | None) -> str:
    if published is None:
        return "unknown (no date found in the capture; its events are placed only where the text gives full dates)"
    how = f"{published.method.value}, confidence {published.confidence:.2f}"
    evidence = "; ".join(html.text(clue).strip() for clue in published.evidence)
    return f"{human_date(published.value)} ({how}{': ' + evidence if evidence else ''})"


# How a text becomes HTML: highlighted (`html.Highlighter.highlight`, the site's
# page) or plain (`_plain`, the search page), given the mentions inside it.
_Marker = Callable[[str, Sequence[Mention]], str]


def _plain(value: str, _mentions: Sequence[Mention]) -> str:
    """A text as escaped HTML, its mentions left unmarked."""
    return html.text(value).strip()


def _caption(item: AnnotatedArticle, mark: _Marker) -> str:
    """The lead image's caption, marked like the body (its index follows the body's), with the credit."""
    article, image = item.article, item.article.image
    if image is None or not (image.caption or image.credit):
        return ""
    index = article.caption_index
    caption = ""
    if index is not None:
        caption = mark(article.texts[index], [mention for mention in item.mentions if mention.block == index])
    credit = f" <em>({html.text(image.credit).strip()})</em>" if image.credit else ""
    anchor = f' id="{paragraph_anchor(index)}"' if index is not None else ""
    return f'<p class="article-caption"{anchor}>{caption}{credit}</p>'


def _body(item: AnnotatedArticle, mark: _Marker) -> str:
    by_block: defaultdict[int, list[Mention]] = defaultdict(list)
    for mention in item.mentions:
        by_block[mention.block].append(mention)
    return html.blocks(
        [
            (paragraph_anchor(index), block, mark(block.text, by_block[index]))
            for index, block in enumerate(item.article.body)
        ]
    )


def _sidebar(item: AnnotatedArticle, context: SiteContext, page: str) -> str:
    """Entities and timeline of the article: beside the text on wide screens, after it on narrow ones."""
    parts = [_entities_section(item, context, page), _timeline_section(item, context, page)]
    content = "\n".join(part for part in parts if part)
    return f'<aside class="article-aside" aria-label="About the people, places and dates">\n{content}\n</aside>'


def _entities_section(item: AnnotatedArticle, context: SiteContext, page: str) -> str:
    counts: dict[str, int] = defaultdict(int)
    for mention in item.mentions:
        counts[mention.entity_id] += 1
    lines = []
    for entity_type in TYPE_ORDER:
        found = [entity for entity in item.entities if entity.type is entity_type and entity.id in counts]
        if found:
            links = ", ".join(f"{link_to_entity(entity, context, page)} ({counts[entity.id]})" for entity in found)
            lines.append(f'<p class="entity-list"><strong>{TYPE_HEADINGS[entity_type]}:</strong> {links}</p>')
    return "\n".join(['<h2 id="entities">Entities in this article</h2>', *lines]) if lines else ""


def _timeline_section(item: AnnotatedArticle, context: SiteContext, page: str) -> str:
    if not item.events:
        return ""
    events = render_event_list(item.events, context, page, with_source=False, highlighted=False, raw=False)
    return '<h2 id="timeline">Timeline of this article</h2>\n' + events


def _provenance_box(item: AnnotatedArticle, page: str) -> str:
    """Where the article came from, as Material's admonition markup."""
    capture = item.article.capture
    raw_link = html.file_url(page, raw_capture_page(capture))
    rows = [
        f'<strong>Capture file:</strong> <a href="{raw_link}">{html.text(str(capture.path)).strip()}</a>',
        f"<strong>Format:</strong> {capture.format.value}, "
        f"{html.text(capture.encoding).strip()} ({html.text(capture.encoding_evidence).strip()})",
        f"<strong>SHA-256:</strong> <code>{capture.sha256}</code>",
    ]
    if capture.record_index is not None:
        rows.append(f"<strong>WARC record:</strong> {capture.record_index + 1}")
    if capture.captured_at is not None:
        rows.append(f"<strong>Captured:</strong> {capture.captured_at.isoformat()}")
    url = capture.source_url or item.article.canonical_url
    if url:
        rows.append(f"<strong>Source URL:</strong> {html.safe_link(url)}")
    body = "<br>\n".join(rows)
    return f'\n<div class="admonition quote"><p class="admonition-title">Provenance</p>\n<p>{body}</p></div>'


def _removed_box(item: AnnotatedArticle) -> str:
    """What extraction left out of the body, folded (Material's collapsible admonition)."""
    removed = item.article.removed
    if not removed:
        return ""
    items = []
    for piece in removed:
        where = f"line {piece.line}, " if piece.line else ""
        items.append(f"<em>{where}{html.text(piece.reason).strip()}:</em> {html.text(piece.text[:200]).strip()}")
    summary = f"<summary>Left out of the body ({len(removed)})</summary>"
    return f'\n<details class="note">\n{summary}\n{html.bullet_list(items)}\n</details>'


def _first_sentence(body: tuple[Block, ...]) -> str:
    text = next((block.text for block in body if block.kind is BlockKind.PARAGRAPH), "")
    return text[:200]
