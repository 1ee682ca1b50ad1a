"""Stable, URL-safe names for generated pages."""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import PurePosixPath

_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str, *, max_length: int = 80) -> str:
    """Lower-case ASCII words joined by hyphens: 'Lee Jae-myung' -> 'lee-jae-myung'.

    Accents are folded ('Gyeongju' stays, 'Zürich' -> 'zurich'); text with no
    ASCII letters at all (e.g. Chinese) gives '' and callers fall back to a hash.
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NON_SLUG.sub("-", folded.lower()).strip("-")
    return slug[:max_length].rstrip("-")


@functools.lru_cache(maxsize=65536)  # Capture.slug is read once per mention when rendering
def capture_slug(path: PurePosixPath, record_index: int | None) -> str:
    """The article slug of a capture: its file stem, plus the record number for WARC files.

    File stems are unique within `captures/` once the extension (and '.gz') is
    removed; `check` reports two captures that would share a slug.
    """
    name = path.name
    for suffix in (".gz", ".warc", ".html", ".htm", ".txt"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
    slug = slugify(name) or "capture"
    if record_index is not None:
        slug = f"{slug}-r{record_index}"
    return slug
