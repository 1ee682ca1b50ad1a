"""Ingest stage: capture files -> Capture objects (decoded, hashed, format detected).

A capture file is read once; its format comes from its content first and its
name second (a `.txt` holding HTML is read as HTML, with a warning). A WARC
file yields one Capture per HTML record. Anything unreadable becomes a Failure
naming the file and what to do; it never stops the other captures.
"""

from __future__ import annotations

import gzip
import hashlib
import zlib
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from build_tools.errors import CaptureError
from build_tools.ingest.encoding import decode, header_charset
from build_tools.ingest.sniff import binary_kind, looks_like_html, too_many_control_characters
from build_tools.ingest.warc import WarcContents, read_warc
from build_tools.model import Capture, CaptureFormat, Failure

CAPTURE_SUFFIXES = (".txt", ".html", ".htm", ".html.gz", ".htm.gz", ".warc", ".warc.gz")


def find_capture_files(captures_dir: Path) -> list[Path]:
    """Every capture file under `captures_dir`, in a stable (sorted) order.

    Hidden files and files with other extensions (a README, say) are skipped.
    """
    files = (
        path
        for path in captures_dir.rglob("*")
        if path.is_file() and not path.name.startswith(".") and path.name.lower().endswith(CAPTURE_SUFFIXES)
    )
    return sorted(files, key=lambda path: path.relative_to(captures_dir).as_posix())


def ingest_file(path: Path, project_dir: Path, *, max_bytes: int) -> list[Capture | Failure]:
    """Read one capture file into Captures (one, or one per WARC HTML record).

    Args:
        path: the capture file.
        project_dir: the project root; Capture.path is relative to it.
        max_bytes: larger files are refused with a Failure saying so.
    Returns:
        Captures and Failures; never empty.
    """
    rel = _relative(path, project_dir)
    try:
        data = path.read_bytes()
        return list(_ingest_bytes(rel, data, max_bytes))
    except OSError as error:
        return [Failure(rel, "ingest", f"cannot read the file ({error.strerror}); check its permissions")]
    except CaptureError as error:
        return [Failure(rel, error.stage, error.message, line=error.line)]


def _ingest_bytes(rel: PurePosixPath, data: bytes, max_bytes: int) -> Iterable[Capture | Failure]:
    _check_size(data, max_bytes)
    sha256 = hashlib.sha256(data).hexdigest()
    name = rel.name.lower()
    if name.endswith((".warc", ".warc.gz")):
        yield from _captures_from_warc(rel, data, sha256)
        return
    if name.endswith(".gz"):
        data = _gunzip(data)
        _check_size(data, max_bytes, what="decompressed")
    yield _capture_from_page(rel, data, sha256, size=len(data), named_html=".htm" in name)


def _check_size(data: bytes, max_bytes: int, what: str = "") -> None:
    if not data:
        raise CaptureError(
            "empty file (0 bytes): nothing to build; capture the page again or delete the file", stage="ingest"
        )
    if len(data) > max_bytes:
        raise CaptureError(
            f"{what + ' ' if what else ''}file is {len(data) / 1e6:.1f} MB, over the limit of "
            f"{max_bytes / 1e6:.0f} MB; raise max_capture_mb in data/settings.yml if this page is real",
            stage="ingest",
        )


def _gunzip(data: bytes) -> bytes:
    try:
        return gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as error:
        raise CaptureError(f"cannot decompress the gzip file ({error}); it may be truncated", stage="ingest") from error


def _capture_from_page(
    rel: PurePosixPath, data: bytes, sha256: str, *, size: int, named_html: bool, declared: str | None = None
) -> Capture:
    kind = binary_kind(data)
    if kind:
        raise CaptureError(
            f"binary file ({kind}), not a saved page; captures are .txt, .html or .warc files", stage="ingest"
        )
    decoded = decode(data, declared=declared, sniff_html=True)
    if too_many_control_characters(decoded.text):
        raise CaptureError("binary file (control characters throughout), not a saved page", stage="ingest")
    if not decoded.text.strip():
        raise CaptureError("the file holds only white space: nothing to build", stage="ingest")
    is_html = looks_like_html(decoded.text)
    warnings = list(decoded.warnings)
    if is_html and not named_html:
        warnings.append("the file holds HTML, not text: read as HTML (rename it to .html to silence this)")
    elif named_html and not is_html:
        warnings.append("the file holds plain text, not HTML: read as text (rename it to .txt to silence this)")
    return Capture(
        path=rel,
        sha256=sha256,
        format=CaptureFormat.HTML if is_html else CaptureFormat.TEXT,
        encoding=decoded.encoding,
        encoding_evidence=decoded.evidence,
        text=decoded.text,
        size=size,
        warnings=tuple(warnings),
    )


def _captures_from_warc(rel: PurePosixPath, data: bytes, sha256: str) -> Iterable[Capture | Failure]:
    contents = read_warc(data)
    if not contents.pages:
        raise CaptureError(_no_pages_message(contents), stage="ingest")
    for page in contents.pages:
        try:
            capture = _capture_from_page(
                rel, page.payload, sha256, size=len(data), named_html=True, declared=header_charset(page.charset_header)
            )
        except CaptureError as error:
            yield Failure(rel, error.stage, error.message, record_index=page.index)
            continue
        yield Capture(
            path=capture.path,
            sha256=sha256,
            format=CaptureFormat.WARC,
            encoding=capture.encoding,
            encoding_evidence=capture.encoding_evidence,
            text=capture.text,
            size=len(data),
            source_url=page.target_uri,
            captured_at=page.date,
            record_index=page.index,
            warnings=capture.warnings,
        )
    if contents.error:
        yield Failure(rel, "ingest", f"{contents.error}; the {len(contents.pages)} page(s) before it were kept")


def _no_pages_message(contents: WarcContents) -> str:
    found = ", ".join(f"{count} {kind}" for kind, count in sorted(contents.skipped.items())) or "no records"
    reason = f"; reading stopped: {contents.error}" if contents.error else ""
    return f"the WARC file holds no HTML page (found: {found}){reason}"


def _relative(path: Path, project_dir: Path) -> PurePosixPath:
    try:
        return PurePosixPath(path.resolve().relative_to(project_dir.resolve()).as_posix())
    except ValueError:
        return PurePosixPath(path.as_posix())
