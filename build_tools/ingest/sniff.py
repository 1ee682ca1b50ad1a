"""Telling what a capture really is from its bytes, whatever its file name says."""

from __future__ import annotations

import re

# Magic numbers of the binary files people drop into a folder by mistake.
_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx file)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"RIFF", "a RIFF file (WebP image, WAV audio)"),
    (b"\x00\x00\x00", "binary data"),
)
_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_TAG = re.compile(r"</?(?:p|div|span|a|br|table|td|li|h[1-6]|meta|script|article|section)\b[^>]*>", re.I)
# Share of control characters (other than tab/newline/CR) above which decoded
# "text" is really binary: real pages have next to none.
_MAX_CONTROL_SHARE = 0.01


def binary_kind(data: bytes) -> str | None:
    """Name the kind of binary file `data` is, or None when it may be text."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    head = data[:8192]
    if b"\x00" in head and not _looks_utf16(head):
        return "binary data (it contains NUL bytes)"
    return None


def looks_like_html(text: str) -> bool:
    """True when `text` is HTML source rather than a page copied as text."""
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    # A fragment saved without <html>: judge by how much of it is tags.
    return len(_TAG.findall(head)) >= 10


# C0 control characters other than tab, newline, carriage return and form feed
# (a regex: counting them in Python took ~1 ms per capture).
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f]")


def too_many_control_characters(text: str) -> bool:
    sample = text[:20000]
    controls = len(_CONTROL.findall(sample))
    return controls > max(3, len(sample) * _MAX_CONTROL_SHARE)


def _looks_utf16(head: bytes) -> bool:
    """UTF-16 text without a BOM has a NUL in every other byte."""
    return head[1::2].count(0) > len(head) * 0.4 or head[0::2].count(0) > len(head) * 0.4
