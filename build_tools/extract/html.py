"""Extract an article from a saved HTML page or a WARC HTML record.

Steps: parse (html_tree), read the page's declarations (html_metadata), strip
furniture (html_tree, html_furniture), find the element holding the story
(html_scoring), turn it into blocks (html_body), choose the metadata fields
(html_fields, html_dates). A page that holds no article (an index page, a
video page, an error page, an empty page) raises CaptureError saying which and
why, so the build summary can tell a maintainer what the capture really is.
"""

from __future__ import annotations

import html
import re

from build_tools.errors import CaptureError
from build_tools.extract import html_fields as fields
from build_tools.extract.html_body import collect_blocks
from build_tools.extract.html_dates import archive_date, choose_modified, choose_published
from build_tools.extract.html_furniture import prune
from build_tools.extract.html_metadata import PageFacts, read_page_facts
from build_tools.extract.html_scoring import select_content
from build_tools.extract.html_tree import normalise_space, parse_html
from build_tools.model import Article, Block, BlockKind, Capture, PageKind, PublicationDate, Removed

_MIN_ARTICLE_CHARS = 250
"""Less body text than this is no article (shortest real briefs run to ~400 characters)."""
_LONG_PARAGRAPH = 200
"""The longest paragraph of a real article is longer; an index page's teasers are not."""
_ERROR_PAGE_MAX_CHARS = 1000
"""An error title with more text than this is an article about an error, not an error page."""
_INDEX_LINKS = 30
"""A page with at least this many links and no prose is a section front."""
_ERROR_TITLE = re.compile(
    r"\b(404|403|410|500|not found|page not found|error|forbidden|access denied"
    r"|no longer available|does not exist|doesn't exist|cannot be found|can't be found)\b",
    re.I,
)
_TAG = re.compile(r"<[^>]*>")
_ARTICLE_BODY_SHARE = 0.5
"""When our text is under half of the page's own JSON-LD articleBody, we missed the story."""


def extract_html_capture(capture: Capture) -> Article:
    """Turn an HTML (or WARC HTML record) capture into an Article.

    Args:
        capture: the decoded page; `capture.text` is the HTML source.
    Returns:
        The article body as blocks, with every metadata field the page declares.
    Raises:
        CaptureError(stage="extract"): the page is an index, video, error or empty page.
    """
    soup = parse_html(capture.text)
    facts = read_page_facts(soup)
    site_name = fields.choose_site_name(facts)
    title = fields.choose_title(facts, site_name) or ""
    root = soup.body or soup
    furniture = prune(root)
    containers, stats = select_content(root)
    blocks, dropped = collect_blocks(containers, stats, title)  # type: ignore[arg-type]
    blocks = _prefer_declared_body(blocks, facts)
    _refuse_non_article(blocks, facts, title)
    removed = tuple(Removed(text, reason) for text, reason in furniture) + dropped
    base = capture.source_url
    return Article(
        capture=capture,
        title=title or _first_words(blocks),
        body=blocks,
        section=fields.choose_section(facts),
        authors=fields.choose_authors(facts),
        published=_publication_date(capture, facts, blocks, removed),
        modified=choose_modified(facts),
        site_name=site_name,
        canonical_url=fields.choose_canonical(facts, base),
        language=fields.choose_language(facts),
        description=fields.choose_description(facts),
        image=fields.choose_image(facts, base),
        removed=removed,
    )


def _prefer_declared_body(blocks: tuple[Block, ...], facts: PageFacts) -> tuple[Block, ...]:
    """Fall back on JSON-LD articleBody when the page's markup gave us much less text.

    Some sites put HTML (even entity-escaped HTML) in articleBody: it is
    unescaped and its tags dropped before it is measured or used.
    """
    raw = facts.ld_article.get("articleBody") if facts.ld_article else None
    if not isinstance(raw, str) or not raw.strip():
        return blocks
    plain = _TAG.sub("\n", html.unescape(html.unescape(raw)))
    paragraphs = [normalise_space(part) for part in plain.split("\n")]
    declared = [Block(BlockKind.PARAGRAPH, text) for text in paragraphs if text]
    ours = sum(len(block.text) for block in blocks)
    if ours >= _ARTICLE_BODY_SHARE * sum(len(block.text) for block in declared):
        return blocks
    return tuple(declared)


def _refuse_non_article(blocks: tuple[Block, ...], facts: PageFacts, title: str) -> None:
    """Raise CaptureError naming the kind of page when the body is not an article."""
    total = sum(len(block.text) for block in blocks)
    longest = max((len(block.text) for block in blocks), default=0)
    page_title = " ".join(filter(None, (facts.title_tag, facts.h1, title)))
    if _ERROR_TITLE.search(page_title) and total < _ERROR_PAGE_MAX_CHARS:
        kind, why = PageKind.ERROR, f'its title says "{_shorten(page_title)}"'
    elif total >= _MIN_ARTICLE_CHARS or longest >= _LONG_PARAGRAPH:
        return
    elif _is_video(facts):
        kind, why = PageKind.VIDEO, "it declares a video as its main content"
    elif facts.links >= _INDEX_LINKS:
        kind, why = PageKind.INDEX, f"{facts.links} links to other pages"
    else:
        kind, why = PageKind.EMPTY, f"{total} characters of text in all"
    detail = f"{why}, no paragraph over {_LONG_PARAGRAPH} characters"
    raise CaptureError(
        f"no article text found (the page looks like {_article(kind)} {kind.value}: {detail})",
        stage="extract",
    )


def _is_video(facts: PageFacts) -> bool:
    og_type = fields.first_meta(facts, "og:type") or ""
    return og_type.lower().startswith("video") or bool(facts.ld_types & {"videoobject"})


def _article(kind: PageKind) -> str:
    return "an" if kind.value[0] in "aeiou" else "a"


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _first_words(blocks: tuple[Block, ...]) -> str:
    """A stand-in title for pages that declare none: the start of the first paragraph."""
    return _shorten(blocks[0].text, 80) if blocks else ""


def _publication_date(
    capture: Capture, facts: PageFacts, blocks: tuple[Block, ...], removed: tuple[Removed, ...]
) -> PublicationDate | None:
    """Declared date first, then the text's own dates, then the WARC record's date."""
    url = capture.source_url or facts.canonical or fields.first_meta(facts, "og:url")
    declared = choose_published(facts, url)
    if declared is not None:
        return declared
    inferred = _date_from_text(facts, blocks, removed)
    if inferred is not None:
        return inferred
    return archive_date(capture.captured_at) if capture.captured_at else None


def _date_from_text(
    facts: PageFacts, blocks: tuple[Block, ...], removed: tuple[Removed, ...]
) -> PublicationDate | None:
    try:
        from build_tools.extract.published import infer_published_from_text
    except ImportError:
        return None
    lines = [*facts.bylines, *(r.text for r in removed[:40]), *(b.text for b in blocks[:8])]
    result: PublicationDate | None = infer_published_from_text(lines)
    return result
