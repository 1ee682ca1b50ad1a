"""Choose a page's publication date from its declarations, and say why.

Sources are read strongest first (JSON-LD, then article:published_time, then
generic meta conventions, then <time datetime>); the first that parses wins and
every other source is checked against it. Agreement raises confidence and is
written into the evidence ("meta article:published_time agrees"); a
disagreement lowers it and is written too, so a person can judge.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime

from build_tools.extract.html_metadata import PageFacts
from build_tools.model import DateMethod, PublicationDate

# Meta names for the publication date, by convention (lower-cased), strongest first.
_PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "article:published", "datepublished",
    "published_time", "og:published_time", "parsely-pub-date", "sailthru.date", "pubdate",
    "publishdate", "publish-date", "publish_date", "dc.date.issued", "dcterms.issued", "dc.date",
    "dcterms.date", "dcterms.created", "date", "citation_publication_date", "citation_date",
    "originalpublicationdate", "displaydate", "article.published", "article_date_original",
)  # fmt: skip
_MODIFIED_META = (
    "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified",
    "last-modified", "lastmod", "article:modified", "dc.date.modified",
)  # fmt: skip

_ISO_DATE = re.compile(r"^\s*(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s_]|[+-]\d{2})")
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|$|[-_.])")
_FIRST_YEAR = 1990
"""News pages older than the web are not news pages: earlier "dates" are parse noise."""

CONFIDENCE_AGREED = 0.97
CONFIDENCE_SINGLE = 0.95
CONFIDENCE_DISPUTED = 0.8
CONFIDENCE_URL = 0.7
CONFIDENCE_ARCHIVE = 0.4
"""The record's date only bounds publication from above: pages are captured long after."""


def parse_declared_date(value: str) -> date | None:
    """A date from a declared value: ISO 8601 first, then the shared parser for prose forms."""
    match = _ISO_DATE.match(value)
    if match:
        return _valid_date(int(match[1]), int(match[2]), int(match[3]))
    if value.strip().isdigit() and len(value.strip()) in (10, 13):
        seconds = int(value.strip()[:10])  # Unix time, seen in parsely and sailthru tags
        return datetime.fromtimestamp(seconds, tz=UTC).date() if seconds > 0 else None
    return _shared_parse(value)


def _valid_date(year: int, month: int, day: int) -> date | None:
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return found if found.year >= _FIRST_YEAR else None


def _shared_parse(value: str) -> date | None:
    """Prose forms ("March 2, 2015") go to the extract stage's shared date parser.

    Until that parser exists (build_tools/extract/published.py, a teammate's
    module), a small private one reads "Month D, YYYY" and "D Month YYYY".
    """
    try:
        from build_tools.extract.published import parse_date_string
    except ImportError:
        parse_date_string = _parse_prose_date
    found = parse_date_string(value)
    return found if found is None or found.year >= _FIRST_YEAR else None


_MONTH_NAMES = "january february march april may june july august september october november december"
_MONTHS = {name[:3]: number for number, name in enumerate(_MONTH_NAMES.split(), start=1)}
_MONTH_DAY_YEAR = re.compile(r"\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})\b")


def _parse_prose_date(value: str) -> date | None:
    """'Monday, December 29, 2014, 3:02 PM' or '29 December 2014' -> the date; else None."""
    match = _MONTH_DAY_YEAR.search(value)
    if match and match[1].lower() in _MONTHS:
        return _valid_date(int(match[3]), _MONTHS[match[1].lower()], int(match[2]))
    match = _DAY_MONTH_YEAR.search(value)
    if match and match[2].lower() in _MONTHS:
        return _valid_date(int(match[3]), _MONTHS[match[2].lower()], int(match[1]))
    return None


def declared_published(facts: PageFacts) -> list[tuple[str, date]]:
    """(source, date) for every declaration of publication, strongest first."""
    found: list[tuple[str, date]] = []
    if facts.ld_article is not None:
        _add(found, "JSON-LD datePublished", facts.ld_article.get("datePublished"))
        _add(found, "JSON-LD dateCreated", facts.ld_article.get("dateCreated"))
    for name in _PUBLISHED_META:
        values = facts.meta.get(name, ())
        # Several different values under one name are the dates of the teasers
        # around the article (repeated itemprop markup), not the article's own.
        if len(set(values)) == 1:
            _add(found, f"meta {name}", values[0])
    for value in facts.meta.get("parsely-page", ())[:1]:
        _add(found, "meta parsely-page pub_date", _json_field(value, "pub_date"))
    for value, where in facts.times:
        if "modified" not in where and "updated" not in where:
            _add(found, f"<time datetime> {where}".strip(), value)
    return found


def _json_field(value: str, key: str) -> object:
    """One field of a JSON object held in a meta tag's content (Parse.ly's convention)."""
    try:
        data = json.loads(value)
    except ValueError:
        return None
    return data.get(key) if isinstance(data, dict) else None


def _add(found: list[tuple[str, date]], source: str, value: object) -> None:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, str) and value.strip():
        parsed = parse_declared_date(value)
        if parsed is not None:
            found.append((source, parsed))


def choose_published(facts: PageFacts, url: str | None) -> PublicationDate | None:
    """The declared publication date with its evidence, or None when the page declares none."""
    declared = declared_published(facts)
    if url:
        match = _URL_DATE.search(url)
        parsed = _valid_date(int(match[1]), int(match[2]), int(match[3])) if match else None
        if parsed is not None:
            declared.append((f"URL path {match[0] if match else ''}", parsed))
    if not declared:
        return None
    source, value = declared[0]
    evidence = [f"{source} {value.isoformat()}"]
    agree = sorted({s for s, d in declared[1:] if d == value})
    disagree = sorted({f"{s} says {d.isoformat()}" for s, d in declared[1:] if d != value})
    evidence += [f"{s} agrees" for s in agree] + disagree
    if source.startswith("URL path"):
        confidence = CONFIDENCE_URL
    elif disagree:
        confidence = CONFIDENCE_DISPUTED
    else:
        confidence = CONFIDENCE_AGREED if agree else CONFIDENCE_SINGLE
    return PublicationDate(value, DateMethod.METADATA, tuple(evidence), confidence)


def choose_modified(facts: PageFacts) -> date | None:
    """The declared last-modified date (JSON-LD dateModified, then meta conventions)."""
    found: list[tuple[str, date]] = []
    if facts.ld_article is not None:
        _add(found, "JSON-LD dateModified", facts.ld_article.get("dateModified"))
    for name in _MODIFIED_META:
        for value in facts.meta.get(name, ()):
            _add(found, name, value)
    for value, where in facts.times:
        if "modified" in where or "updated" in where:
            _add(found, where, value)
    return found[0][1] if found else None


def archive_date(captured_at: datetime) -> PublicationDate:
    """The WARC record's date, used only when the page declares nothing."""
    return PublicationDate(
        captured_at.date(),
        DateMethod.ARCHIVE_RECORD,
        (f"WARC record date {captured_at.date().isoformat()} (the page declares no date)",),
        CONFIDENCE_ARCHIVE,
    )
