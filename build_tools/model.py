"""The data handed from stage to stage: frozen dataclasses, nothing else.

ingest -> Capture; extract -> Article; entities -> Mention; timeline -> TimelineEvent.
A stage that adds data returns a new object; no stage mutates another's output.
Character offsets are Python `str` indices into the text they name.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import PurePosixPath
from typing import Any, NamedTuple


class CaptureFormat(enum.Enum):
    """How a capture was saved by the person who collected it."""

    TEXT = "text"
    HTML = "html"
    WARC = "warc"


@dataclass(frozen=True, slots=True)
class Capture:
    """One captured page, decoded, with its provenance.

    A WARC file yields one Capture per HTML response record; `record_index`
    then tells them apart and `source_url`/`captured_at` come from the record.
    """

    path: PurePosixPath
    """The capture file, relative to the project root (posix form, for stable output)."""
    sha256: str
    """SHA-256 of the whole capture file, hex."""
    format: CaptureFormat
    encoding: str
    """The text encoding chosen when decoding (e.g. 'utf-8', 'cp1252')."""
    encoding_evidence: str
    """Why that encoding: 'BOM', 'meta charset', 'HTTP header', 'valid UTF-8', 'fallback'."""
    text: str
    """The decoded page: plain text for TEXT, HTML source for HTML and WARC records."""
    size: int
    """Size in bytes of the capture file."""
    source_url: str | None = None
    captured_at: datetime | None = None
    record_index: int | None = None
    """Position of the record among the WARC file's HTML records (0-based), else None."""
    warnings: tuple[str, ...] = ()
    """Things a maintainer should know that did not stop the build (e.g. mixed encodings)."""

    @property
    def slug(self) -> str:
        """A stable, URL-safe identifier for the article page built from this capture."""
        return _capture_slug(self.path, self.record_index)


@functools.lru_cache(maxsize=1 << 16)
def _capture_slug(path: PurePosixPath, record_index: int | None) -> str:
    """Memoised: the slug is asked for ~750,000 times in a build of 10,000 articles."""
    from build_tools.slugs import capture_slug

    return capture_slug(path, record_index)


class BlockKind(enum.Enum):
    """The structural role of a block of article text."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    QUOTE = "quote"
    LIST_ITEM = "list_item"


@dataclass(frozen=True, slots=True)
class Block:
    """One block of the article body: a paragraph, subheading, quote or list item."""

    kind: BlockKind
    text: str


@dataclass(frozen=True, slots=True)
class Removed:
    """A piece of the capture left out of the body, and why (for audit and tuning)."""

    text: str
    reason: str
    """Short machine-readable reason: 'navigation', 'advertisement', 'repeated headline', ..."""
    line: int | None = None
    """1-based line in the capture for text captures; None for HTML."""


class DateMethod(enum.Enum):
    """Where a publication date came from, strongest first."""

    METADATA = "metadata"
    """Declared by the page: JSON-LD, Open Graph, <time datetime>, meta tags."""
    ARCHIVE_RECORD = "archive record"
    """The WARC record's date (when the page declares none)."""
    TEXT_EXPLICIT = "text, explicit"
    """A full date written near the top of the text ("June 10, 2025")."""
    TEXT_INFERRED = "text, inferred"
    """Reasoned from partial clues, e.g. a weekday plus a day and month and a year seen elsewhere."""


@dataclass(frozen=True, slots=True)
class PublicationDate:
    """A publication date with the evidence for it and how sure we are."""

    value: date
    method: DateMethod
    evidence: tuple[str, ...]
    """Human-readable clues, e.g. ('"Tuesday (Jun 10)"', 'year 2025 from caption "May 9, 2025"')."""
    confidence: float
    """0..1; METADATA is ~0.95, inferred dates lower."""


@dataclass(frozen=True, slots=True)
class Image:
    """The lead image of an article: caption and credit are metadata, never body text."""

    caption: str | None = None
    credit: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """A capture turned into an article: clean text plus metadata."""

    capture: Capture
    title: str
    body: tuple[Block, ...]
    section: str | None = None
    authors: tuple[str, ...] = ()
    agency: str | None = None
    """News agency or source credit, e.g. 'AFP' from 'Source: AFP/dc'."""
    dateline: str | None = None
    """Place name of the dateline, e.g. 'BEIJING' (without the colon)."""
    published: PublicationDate | None = None
    modified: date | None = None
    site_name: str | None = None
    canonical_url: str | None = None
    language: str | None = None
    description: str | None = None
    image: Image | None = None
    removed: tuple[Removed, ...] = ()

    @property
    def text(self) -> str:
        """Body blocks joined by blank lines (the `extract` command's `text`)."""
        return "\n\n".join(block.text for block in self.body)

    @property
    def texts(self) -> tuple[str, ...]:
        """What is annotated: each body block's text, then the lead image's caption if any.

        `Mention.block` and `TimelineEvent.block` index into this, so a caption's
        entities and dates (often the only mention of a place or event) are kept
        without the caption becoming body text.
        """
        caption = self.image.caption if self.image and self.image.caption else None
        return tuple(block.text for block in self.body) + ((caption,) if caption else ())

    def text_of(self, block: int) -> str:
        """`texts[block]`, without building the whole tuple (one lookup per mention)."""
        return self.body[block].text if block < len(self.body) else self.texts[block]

    @property
    def caption_index(self) -> int | None:
        """The index of the caption in `texts`, or None when there is no caption."""
        return len(self.body) if self.image and self.image.caption else None


class PageKind(enum.Enum):
    """What a capture turned out to be when it is not an article."""

    INDEX = "index page"
    VIDEO = "video page"
    ERROR = "error page"
    EMPTY = "empty page"


@dataclass(frozen=True, slots=True)
class Failure:
    """A capture (or a WARC record) that could not be built, with the reason."""

    path: PurePosixPath
    stage: str
    message: str
    line: int | None = None
    record_index: int | None = None

    def __str__(self) -> str:
        where = str(self.path) if self.line is None else f"{self.path}:{self.line}"
        if self.record_index is not None:
            where += f" (record {self.record_index})"
        return f"{where}: {self.stage}: {self.message}"


class EntityType(enum.Enum):
    """The closed set of entity kinds; the value is what YAML and JSON use."""

    PERSON = "person"
    ORGANIZATION = "organization"
    PLACE = "place"
    EVENT = "event"
    GROUP = "group"


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organisation, place, event or group, registered or recognised."""

    id: str
    name: str
    type: EntityType
    aliases: tuple[str, ...] = ()
    description: str = ""
    wikidata: str | None = None
    reviewed: bool = True
    """True for registry entries; False for names found only by the recogniser."""

    def row(self) -> EntityRow:
        """The fields as plain values: 11,000 summaries name ~630,000 entities, and plain
        tuples unpickle ~6 times faster than frozen dataclasses (0.10 s against 0.64 s)."""
        return (self.id, self.name, self.type.value, self.aliases, self.description, self.wikidata, self.reviewed)

    @classmethod
    def from_row(cls, row: EntityRow) -> Entity:
        entity_id, name, kind, aliases, description, wikidata, reviewed = row
        return cls(entity_id, name, EntityType(kind), aliases, description, wikidata, reviewed)


EntityRow = tuple[str, str, str, tuple[str, ...], str, str | None, bool]
"""An Entity's fields in order, as plain values (see `Entity.row`)."""


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of an entity in an article's body."""

    entity_id: str
    block: int
    """Index into `Article.texts`: a body block, or the caption after the last one."""
    start: int
    end: int
    """Offsets into `Article.texts[block]`."""
    text: str


class Granularity(enum.Enum):
    """How precisely an event is placed on the calendar; shown honestly on pages."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    YEAR = "year"
    DECADE = "decade"


class TimelineEvent(NamedTuple):
    """A dated thing an article reports, placed on the calendar.

    A named tuple, not a frozen dataclass like the rest of the model: an archive
    of 10,000 generated articles holds 310,000 events, and every build loads them
    all with the articles' summaries. Unpickled by tuple's own constructor (see
    `__reduce__`), an event loads in 0.75 µs against 2.0 µs as a dataclass built
    by its __init__ (a throwaway script, 90,000 events of 12 fields).
    """

    value: str
    """TIMEX3 value: '2025-06-10', '2025-W23', '2025-11', '2025-Q3', '2025-SU', '2025', '199'."""
    granularity: Granularity
    start: date
    """First day of the period the value names (for sorting and grouping)."""
    end: date
    """Last day of that period."""
    expression: str
    """The words of the text that gave the date, e.g. 'last week'."""
    sentence: str
    block: int
    """Index into `Article.texts` of the paragraph (or caption) holding the sentence."""
    sentence_start: int
    """Offset of the sentence in that block's text (for highlighting within it)."""
    entity_ids: tuple[str, ...]
    article_slug: str
    anchor: date | None
    """The publication date the expression was normalised against (None: absolute date)."""
    warning: str | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        return (tuple.__new__, (TimelineEvent, tuple(self)))


@dataclass(frozen=True, slots=True)
class AnnotatedArticle:
    """An article with its entity mentions and dated events: what render needs."""

    article: Article
    mentions: tuple[Mention, ...] = ()
    events: tuple[TimelineEvent, ...] = ()
    entities: tuple[Entity, ...] = field(default=())
    """Every entity mentioned, registered or recognised, in order of first mention."""

    @property
    def mention_counts(self) -> tuple[tuple[str, int], ...]:
        """Each entity mentioned and how many times, in order of first mention."""
        return tuple(Counter(mention.entity_id for mention in self.mentions).items())

    def summary(self) -> ArticleSummary:
        """What pages about the whole archive need of this article (see `ArticleSummary`)."""
        capture = dataclasses.replace(self.article.capture, text="")
        light = dataclasses.replace(self.article, capture=capture, body=OMITTED, removed=())
        rows = tuple(entity.row() for entity in self.entities)
        return ArticleSummary(light, self.events, rows, self.mention_counts, capture.slug)


class _Omitted(tuple):  # type: ignore[type-arg]
    """Stands for an article's body in a summary: reading it is a bug, and says so."""

    __slots__ = ()

    def _refuse(self, *_: object) -> None:
        raise RuntimeError("an ArticleSummary has no body: load the whole article (SiteContext.annotated)")

    __iter__ = __getitem__ = __len__ = _refuse  # type: ignore[assignment]

    def __reduce__(self) -> tuple[object, tuple[()]]:
        return (_omitted, ())


def _omitted() -> _Omitted:
    return OMITTED


OMITTED = _Omitted()


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """An annotated article without its text and mentions: what the archive-wide steps
    of a build (site context, planning, indexes, the timeline) read of every article.

    A rebuild loads these instead of whole annotations and loads an article in full
    only for the pages it renders again (10,968 cached articles of the scale
    benchmark: 1.45 s instead of 3.5 s). `article` is the Article with its body and
    removed parts omitted (`OMITTED` raises if read) and the capture's text empty.
    """

    article: Article
    events: tuple[TimelineEvent, ...]
    entity_rows: tuple[EntityRow, ...]
    """The article's entities (`AnnotatedArticle.entities`) as rows: `Entity.from_row`."""
    mention_counts: tuple[tuple[str, int], ...]
    """Each entity mentioned and how many times, in order of first mention."""
    slug: str
    """The capture's slug, kept: the archive-wide steps ask for it ~120,000 times at 10,000 articles."""
