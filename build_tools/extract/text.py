"""Extract the article from a page copied as text ("select all, copy" in a browser).

The copied text has no markup, only lines. The article is the densest run of
prose lines; menus, share buttons, teasers and footers are runs of short lines
around it. So: weigh every line (long sentences count for, short or known
furniture lines count against), take the run with the greatest total weight
(the maximum-sum subarray), then prune what sits inside it (captions, credits,
advertisement labels) and read the metadata from the lines just above it
(section, headline, byline, caption). Every line left out is recorded with a reason.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from build_tools.errors import CaptureError
from build_tools.extract.published import infer_published_from_text
from build_tools.extract.text_lines import (
    Line,
    agency_of,
    byline_of,
    caption_text,
    credit_of,
    dateline_of,
    furniture_reason,
    is_credit_line,
    is_prose,
    is_reporting_credit,
    list_lines,
    lowercase_share,
    split_lines,
    table_rows,
)
from build_tools.model import Article, Block, BlockKind, Capture, Image, Removed

# An article needs at least this many words of body text: below it, what is
# left is a teaser, a video page or an index page, not an article to archive.
MIN_BODY_WORDS = 40

# Line weights for the maximum-sum run. A prose line adds its word count, so
# a 40-word paragraph outweighs ~5 menu lines; furniture costs more than an
# unknown short line because it is surely not the article; a short sentence
# ("A spokesperson declined to comment.") is slightly positive so it does not
# break the run. Calibrated on the corpus's text captures (see benchmarks/).
FURNITURE_WEIGHT = -8
# Furniture that ends an article rather than interrupting it (related links,
# sign-up boxes, site notices, the footer) costs as much as a long paragraph,
# so the run crosses it only when much more article text follows. A date stamp
# below the article's first paragraph is a teaser card's (headline, author,
# date, summary): articles carry their date above the text, not between paragraphs.
BARRIERS = frozenset({"related", "subscription", "cookies", "footer", "site notice", "date", "tags", "author bio"})
BARRIER_WEIGHT = -25
# Furniture after which the article never goes on, however much text follows:
# a note on the author, the story's tag list.
END_MARKERS = frozenset({"author bio", "tags"})
# The n-th non-prose line in a row costs n times its weight, up to this factor.
GAP_GROWTH_LIMIT = 2
SHORT_LINE_WEIGHT = -3
# A table's rows (see text_lines.table_rows) neither count for the article nor
# against it: a results table inside the article must not split it, and a
# standings box beside it must not outweigh it (+1 per row pulled in sidebars).
ROW_WEIGHT = 0
SHORT_SENTENCE_WEIGHT = 1
# A prose line's weight is scaled by its share of lowercase words: full weight
# from FLOOR + SPAN up (most paragraphs: median share 0.85), none at FLOOR.
PROSE_LOWERCASE_FLOOR = 0.4
PROSE_LOWERCASE_SPAN = 0.4
PROSE_MIN_SCALE = 0.0

# A line of at least this many words, this share of them lowercase, reads as a list item.
LIST_ITEM_MIN_WORDS = 6
LIST_ITEM_LOWERCASE = 0.75

# How many lines after the run are searched for a table that belongs to the article.
TABLE_LOOKAHEAD = 200

# A line ending in a comma goes on in the next line (a sentence broken over list lines).
CONTINUATION_MARKS = (",", "、", "，")

# How far above the article the headline may sit (lines of the capture), and
# how many words a headline may have.
HEADER_REACH = 15
TITLE_WORDS = (3, 30)
# A subheading is a short line without a final stop directly before a paragraph.
HEADING_MAX_WORDS = 12


@dataclass(slots=True)
class _Draft:
    """What the extraction has found so far (mutable while one capture is read)."""

    title: str = ""
    section: str | None = None
    authors: tuple[str, ...] = ()
    agency: str | None = None
    caption: str | None = None
    credit: str | None = None
    body: list[Block] = field(default_factory=list)
    body_words: int = 0
    """Words in `body`, counted as lines are kept (counting them again took ~8% of the time)."""
    removed: list[Removed] = field(default_factory=list)

    def keep(self, line: Line, kind: BlockKind) -> None:
        self.body.append(Block(kind, line.text))
        self.body_words += line.words

    def drop(self, line: Line, reason: str) -> None:
        self.removed.append(Removed(line.text, reason, line.number))


def extract_text_capture(capture: Capture) -> Article:
    """Turn a copied-text capture into an Article: body paragraphs plus metadata.

    Args:
        capture: a TEXT capture; `capture.text` is the decoded page text.
    Returns:
        The Article; every line left out of the body is in `Article.removed`.
    Raises:
        CaptureError: (stage "extract") when no article text is found.
    """
    lines = split_lines(capture.text)
    if not lines:
        raise CaptureError("the capture is empty: copy the article page's text into it", stage="extract")
    start, end = _main_run(lines)
    draft = _Draft()
    _read_header(lines[:start], draft)
    _read_body(lines[start : end + 1], draft, Counter(line.text for line in lines))
    _read_tail(lines[end + 1 :], draft)
    _check_body(draft, lines[start])
    dateline, wire = dateline_of(draft.body[0].text)
    return Article(
        capture=capture,
        title=draft.title,
        body=tuple(draft.body),
        section=draft.section,
        authors=draft.authors,
        agency=draft.agency or wire,
        dateline=dateline,
        published=infer_published_from_text([line.text for line in lines]),
        image=Image(draft.caption, draft.credit) if draft.caption or draft.credit else None,
        removed=tuple(sorted(draft.removed, key=lambda item: item.line or 0)),
    )


def _weight(line: Line) -> int:
    reason = furniture_reason(line)
    if reason in BARRIERS:
        return min(BARRIER_WEIGHT, -line.words)
    if reason is not None:
        return FURNITURE_WEIGHT
    if is_prose(line):
        # Prose is mostly lowercase words; a long line of names, numbers and title-case
        # words (a footer's contact block, a list of headlines) counts for less.
        share = lowercase_share(line.text)
        scale = min(1.0, max(0.0, (share - PROSE_LOWERCASE_FLOOR) / PROSE_LOWERCASE_SPAN))
        return round(line.words * (PROSE_MIN_SCALE + (1 - PROSE_MIN_SCALE) * scale))
    if (line.is_sentence and line.words >= 3) or _is_list_item(line):
        return SHORT_SENTENCE_WEIGHT
    return SHORT_LINE_WEIGHT


def _is_list_item(line: Line) -> bool:
    """A bullet point: several words of running (mostly lowercase) text without a final stop.

    Headlines and menu entries are title case or a few words; list items read like prose.
    """
    return line.words >= LIST_ITEM_MIN_WORDS and lowercase_share(line.text) >= LIST_ITEM_LOWERCASE


def _weights(lines: list[Line]) -> list[int]:
    """Each line's weight; a gap of several non-prose lines costs more per line as it grows.

    One short line between paragraphs is a subheading or a caption; three or
    more in a row are a teaser card (headline, author, date) or a menu, and a
    list of teasers must not add up to an article.
    """
    weights, gap = [], 0
    rows = table_rows(lines)
    for index, line in enumerate(lines):
        weight = ROW_WEIGHT if index in rows else _weight(line)
        gap = gap + 1 if weight <= 0 else 0
        weights.append(weight * min(gap, GAP_GROWTH_LIMIT) if weight < 0 else weight)
    return weights


def _main_run(lines: list[Line]) -> tuple[int, int]:
    """Indexes (first, last) of the run of lines with the greatest total weight."""
    best, best_span = 0, (0, -1)
    total, start = 0, 0
    for index, weight in enumerate(_weights(lines)):
        if total <= 0:
            total, start = 0, index
        total += weight
        if total > best:
            best, best_span = total, (start, index)
    if best_span[1] < 0:
        first = lines[0]
        raise CaptureError(
            "no paragraph-like lines found (only menus or short lines): check that the capture holds the "
            "article's text, not just the page's navigation",
            stage="extract",
            line=first.number,
        )
    start, end = best_span
    # The run may open on a list-item-like line (a sentence-case headline): the
    # article starts at its first paragraph, the lines before it are the header.
    while start < end and not is_prose(lines[start]):
        start += 1
    end = _end_at_marker(lines, start, end)
    return start, _extend_over_table(lines, end)


def _extend_over_table(lines: list[Line], end: int) -> int:
    """The run's end moved past a table or schedule that follows it (after at most one heading).

    Tables weigh nothing as prose (short lines without stops), so the run stops
    above the tour dates or results an article ends with; they are its text all the same.
    """
    rows = table_rows(lines[end + 1 : end + 1 + TABLE_LOOKAHEAD])
    first = next((index for index in sorted(rows) if index <= 1), None)
    if first is None:
        return end
    last = first
    while last + 1 in rows:
        last += 1
    return end + 1 + last


def _end_at_marker(lines: list[Line], start: int, end: int) -> int:
    """The run's end, or the line before an end marker inside it.

    A note on the author closes the article wherever it stands: what follows it
    (teasers with long summaries, a sign-up box) may outweigh a barrier's cost,
    but it is never the article.
    """
    for index in range(start + 1, end + 1):
        if furniture_reason(lines[index]) in END_MARKERS:
            return index - 1
    return end


def _read_header(lines: list[Line], draft: _Draft) -> None:
    """Headline, section, byline and lead caption from the lines above the article."""
    title_at = _title_index(lines)
    for index, line in enumerate(lines):
        if index == title_at:
            draft.title = line.text
            draft.drop(line, "headline")
        elif title_at is not None and index == title_at - 1 and _is_label(line):
            draft.section = line.text
            draft.drop(line, "section")
        elif line.text == draft.title or (title_at is not None and line.text == lines[title_at].text):
            draft.drop(line, "repeated headline")
        elif byline_of(line):
            draft.authors = draft.authors or byline_of(line)
            draft.drop(line, "byline")
        elif title_at is not None and index > title_at and _take_caption(line, draft):
            continue
        else:
            draft.drop(line, furniture_reason(line) or "outside article")


def _title_index(lines: list[Line]) -> int | None:
    """The headline: a line repeated near the top, else the nearest headline-like line."""
    near = range(max(0, len(lines) - HEADER_REACH), len(lines))
    counts = Counter(lines[index].text for index in near if _is_title_like(lines[index]))
    repeated = [index for index in near if counts[lines[index].text] > 1]
    if repeated:
        # The repeat nearest the article is the headline (banners repeat too, higher up);
        # its first occurrence is where the section label sits above it.
        text = lines[repeated[-1]].text
        return next(index for index in repeated if lines[index].text == text)
    for index in reversed(near):
        line = lines[index]
        if _is_title_like(line) and not line.is_sentence:
            return index
    return None


def _is_title_like(line: Line) -> bool:
    low, high = TITLE_WORDS
    return (
        low <= line.words <= high
        and furniture_reason(line) is None
        and credit_of(line) is None
        and not byline_of(line)
        and not _is_date_line(line)
    )


def _is_label(line: Line) -> bool:
    """A section label: one to four words, no sentence punctuation, not furniture."""
    return 1 <= line.words <= 4 and not line.is_sentence and furniture_reason(line) is None


def _is_date_line(line: Line) -> bool:
    from build_tools.extract.published import parse_date_string

    return line.words <= 12 and parse_date_string(line.text) is not None


def _take_caption(line: Line, draft: _Draft) -> bool:
    """Record a caption or credit line as the lead image's; False when it is neither."""
    if is_credit_line(line):
        draft.credit = draft.credit or credit_of(line)
        draft.drop(line, "photo credit")
        return True
    credit = credit_of(line)
    if credit is None:
        return False
    if draft.caption is None:
        draft.caption, draft.credit = caption_text(line), draft.credit or credit
    draft.drop(line, "caption")
    return True


def _read_body(lines: list[Line], draft: _Draft, seen: Counter[str]) -> None:
    """Paragraphs and subheadings of the main run; captions and furniture inside it go.

    `seen` counts every line of the capture: a short line that occurs twice is a
    teaser or menu entry shown in two places, not the article's subheading.
    """
    rows, items = table_rows(lines), list_lines(lines)
    for index, line in enumerate(lines):
        reason = furniture_reason(line)
        if index in rows:
            draft.keep(line, BlockKind.LIST_ITEM)
        elif reason is not None:
            draft.drop(line, reason)
        elif line.text == draft.title:
            draft.drop(line, "repeated headline")
        elif _take_caption(line, draft):
            continue
        elif agency_of(line):
            draft.agency = draft.agency or agency_of(line)
            draft.drop(line, "source")
        elif is_reporting_credit(line):
            draft.drop(line, "reporting credit")
        elif not draft.body and byline_of(line):
            draft.authors = draft.authors or byline_of(line)
            draft.drop(line, "byline")
        elif is_prose(line) or line.is_sentence:
            draft.keep(line, BlockKind.PARAGRAPH)
        elif _is_list_item(line) or line.text.endswith(CONTINUATION_MARKS) or index in items:
            draft.keep(line, BlockKind.LIST_ITEM)
        elif draft.body and seen[line.text] == 1 and _is_heading(lines, index, rows):
            draft.keep(line, BlockKind.HEADING)
        else:
            draft.drop(line, "short line")


def _is_heading(lines: list[Line], index: int, rows: set[int]) -> bool:
    after = lines[index + 1] if index + 1 < len(lines) else None
    return lines[index].words <= HEADING_MAX_WORDS and after is not None and (is_prose(after) or index + 1 in rows)


def _read_tail(lines: list[Line], draft: _Draft) -> None:
    """Below the article: only a source line is worth keeping (as the agency)."""
    for line in lines:
        agency = agency_of(line)
        if agency and draft.agency is None:
            draft.agency = agency
            draft.drop(line, "source")
        else:
            draft.drop(line, furniture_reason(line) or "outside article")


def _check_body(draft: _Draft, first: Line) -> None:
    words = draft.body_words
    if not any(block.kind is BlockKind.PARAGRAPH for block in draft.body) or words < MIN_BODY_WORDS:
        raise CaptureError(
            f"no article text found: the longest run of paragraphs has {words} words (at least "
            f"{MIN_BODY_WORDS} needed); check that the capture is an article page, not an index, "
            "video or error page",
            stage="extract",
            line=first.number,
        )
