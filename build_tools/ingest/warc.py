"""Reading web-archive (WARC) files: every HTML response record is one page."""

from __future__ import annotations

import gzip
import io
import zlib
from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from build_tools.errors import CaptureError

_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True, slots=True)
class WarcPage:
    """The payload of one HTML record with its provenance."""

    index: int
    payload: bytes
    target_uri: str | None
    date: datetime | None
    charset_header: str | None


@dataclass(frozen=True, slots=True)
class WarcContents:
    pages: tuple[WarcPage, ...]
    skipped: Counter[str]
    """Records that are not HTML pages, by kind ('request', 'response image/png', ...)."""
    error: str | None
    """Why reading stopped early (a corrupt or truncated record), else None."""


def read_warc(data: bytes) -> WarcContents:
    """Collect the HTML pages of a WARC file; a corrupt record ends reading, keeping what came before.

    Raises:
        CaptureError: when the file is not a WARC file at all.
    """
    truncation = _gzip_truncation(data)
    if not data.startswith((b"WARC/", b"\x1f\x8b")):
        raise CaptureError("not a WARC file: it does not start with a 'WARC/1.x' record header", stage="ingest")
    pages: list[WarcPage] = []
    skipped: Counter[str] = Counter()
    try:
        for record in ArchiveIterator(io.BytesIO(data), arc2warc=True):
            page = _html_page(record, len(pages), skipped)
            if page is not None:
                pages.append(page)
    except ArchiveLoadFailed as error:
        if not pages and not skipped:
            raise CaptureError(f"not a readable WARC file ({error})", stage="ingest") from error
        return WarcContents(
            tuple(pages), skipped, f"corrupt record after record {sum(skipped.values()) + len(pages)}: {error}"
        )
    except (OSError, EOFError, ValueError) as error:  # zlib/gzip truncation and bad headers
        return WarcContents(tuple(pages), skipped, f"truncated or corrupt data: {error}")
    return WarcContents(tuple(pages), skipped, truncation)


def _gzip_truncation(data: bytes) -> str | None:
    """warcio stops quietly at a truncated gzip member; decompressing it all tells."""
    if not data.startswith(b"\x1f\x8b"):
        return None
    try:
        gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as error:
        return f"the file is truncated or corrupt ({error}); records after the damage are lost"
    return None


def _html_page(record: object, index: int, skipped: Counter[str]) -> WarcPage | None:
    rec_type = getattr(record, "rec_type", "")
    headers = getattr(record, "http_headers", None)
    content_type = headers.get_header("Content-Type", "") if headers is not None else ""
    if rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type", "")  # type: ignore[attr-defined]
    mime = content_type.split(";")[0].strip().lower()
    if rec_type not in ("response", "resource") or mime not in _HTML_TYPES:
        skipped[f"{rec_type} {mime}".strip()] += 1
        return None
    payload = record.content_stream().read()  # type: ignore[attr-defined]
    return WarcPage(
        index=index,
        payload=payload,
        target_uri=record.rec_headers.get_header("WARC-Target-URI"),  # type: ignore[attr-defined]
        date=_parse_warc_date(record.rec_headers.get_header("WARC-Date")),  # type: ignore[attr-defined]
        charset_header=content_type,
    )


def _parse_warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
