"""Choosing the text encoding of a capture, and saying why.

Order of evidence: a byte-order mark; what the document declares (HTML
`<meta charset>` or an HTTP `Content-Type` header from a WARC record); valid
UTF-8; UTF-8 with a few stray bytes (mixed encodings, repaired as cp1252 and
reported by line); then charset-normalizer's best guess. Decoding never raises.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
# Only the start of a page is searched for <meta charset>, as browsers do (the
# HTML standard's prescan looks at the first 1024 bytes; pages often put it later).
_PRESCAN_BYTES = 4096
# Up to this share of its non-ASCII bytes undecodable, a UTF-8 file is "mixed"
# rather than in another encoding: a real cp1252 or GB18030 file fails on most
# of its high bytes, a UTF-8 file with a pasted cp1252 quote on a few.
_MIXED_UTF8_MAX_SHARE = 0.1
_WESTERN_SINGLE_BYTE = frozenset({"cp1250", "cp1252", "latin-1", "iso8859-1", "iso8859-2", "iso8859-15"})


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    evidence: str
    warnings: tuple[str, ...] = ()


def decode(data: bytes, *, declared: str | None = None, sniff_html: bool = False) -> Decoded:
    """Decode `data`, choosing the encoding from the strongest evidence available.

    Args:
        data: the raw bytes.
        declared: a charset from outside the document (a WARC record's HTTP header).
        sniff_html: look for `<meta charset>` in the first bytes.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(encoding, errors="replace"), encoding.replace("-sig", ""), "BOM")
    for label, evidence in ((declared, "HTTP header"), (_meta_charset(data) if sniff_html else None, "meta charset")):
        decoded = _decode_declared(data, label, evidence)
        if decoded is not None:
            return decoded
    try:
        return Decoded(data.decode("utf-8"), "utf-8", "valid UTF-8")
    except UnicodeDecodeError:
        pass
    return _decode_mixed_utf8(data) or _decode_guessed(data)


def header_charset(content_type: str | None) -> str | None:
    """The charset of an HTTP Content-Type header value, if it names one."""
    match = _HEADER_CHARSET.search(content_type or "")
    return match.group(1) if match else None


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:_PRESCAN_BYTES])
    return match.group(1).decode("ascii", "ignore") if match else None


def _decode_declared(data: bytes, label: str | None, evidence: str) -> Decoded | None:
    """Decode with a declared charset when it is known and fits the bytes."""
    if not label:
        return None
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    # Pages that declare latin-1 are, as browsers assume, really windows-1252.
    if name in ("latin-1", "iso8859-1", "ascii"):
        name = "cp1252"
    try:
        return Decoded(data.decode(name), name, evidence)
    except UnicodeDecodeError:
        return None  # the declaration is wrong; weaker evidence decides


def _decode_mixed_utf8(data: bytes) -> Decoded | None:
    """Mostly UTF-8 with a few bytes from another encoding (pasted text, bad templates)."""
    bad_positions: list[int] = []

    def repair(error: UnicodeError) -> tuple[str, int]:
        assert isinstance(error, UnicodeDecodeError)
        bad_positions.append(error.start)
        return error.object[error.start : error.start + 1].decode("cp1252", "replace"), error.start + 1

    codecs.register_error("archive-mixed", repair)
    text = data.decode("utf-8", errors="archive-mixed")
    high_bytes = sum(1 for byte in data if byte >= 0x80)
    if not bad_positions or len(bad_positions) > max(2, high_bytes * _MIXED_UTF8_MAX_SHARE):
        return None
    lines = sorted({data.count(b"\n", 0, position) + 1 for position in bad_positions})
    shown = ", ".join(str(line) for line in lines[:5]) + (" ..." if len(lines) > 5 else "")
    warning = (
        f"mixed encodings: {len(bad_positions)} byte(s) are not UTF-8 and were read as cp1252 "
        f"(line {shown}); check those lines and re-save the file as UTF-8"
    )
    return Decoded(text, "utf-8", "UTF-8 with stray bytes", (warning,))


def _decode_guessed(data: bytes) -> Decoded:
    """Last resort: charset-normalizer's guess, else cp1252 with replacement; never raises."""
    best = from_bytes(data).best()
    if best is not None and best.encoding:
        name = codecs.lookup(best.encoding).name
        if name in _WESTERN_SINGLE_BYTE and _decodes(data, "cp1252"):
            name = "cp1252"  # the usual Western encoding; its neighbours are guessed for it often
        return Decoded(data.decode(name, errors="replace"), name, "guessed (charset-normalizer)")
    return Decoded(data.decode("cp1252", errors="replace"), "cp1252", "fallback")


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True
