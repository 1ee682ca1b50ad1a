"""Ingest: formats, encodings and every kind of bad file."""

from __future__ import annotations

import gzip
import hashlib
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from build_tools.ingest import find_capture_files, ingest_file
from build_tools.model import Capture, CaptureFormat, Failure

LIMIT = 10_000_000
ARTICLE_HTML = "<html><head><title>T</title></head><body><p>{}</p></body></html>"


def ingest_one(path: Path) -> Capture | Failure:
    results = ingest_file(path, path.parent, max_bytes=LIMIT)
    assert len(results) == 1
    return results[0]


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def make_warc(records: list[tuple[str, bytes]], *, gzip_records: bool = True) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip_records)
    for index, (content_type, body) in enumerate(records):
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            f"https://news.example/{index}",
            "response",
            payload=io.BytesIO(body),
            http_headers=headers,
            warc_headers_dict={"WARC-Date": "2025-06-10T01:02:03Z"},
        )
        writer.write_record(record)
    return buffer.getvalue()


def test_seed_capture_is_text_utf8_with_hash(seed_path: Path) -> None:
    capture = ingest_file(seed_path, seed_path.parents[1], max_bytes=LIMIT)[0]
    assert isinstance(capture, Capture)
    assert capture.format is CaptureFormat.TEXT
    assert capture.encoding == "utf-8"
    assert capture.path.as_posix() == "captures/000_c3f07487757a6e66.txt"
    assert capture.sha256 == hashlib.sha256(seed_path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("cp1252", "South Korea’s “new” president — café"),
        ("gb18030", "习近平敦促韩国新总统李在明在周二与北京合作维护自由贸易。新华社说。"),
        ("shift_jis", "習近平国家主席は火曜日、韓国の李在明大統領と電話会談した。"),
    ],
)
def test_non_utf8_text_is_decoded_and_the_encoding_recorded(tmp_path: Path, encoding: str, text: str) -> None:
    capture = ingest_one(write(tmp_path, "page.txt", ((text + "\n") * 3).encode(encoding)))
    assert isinstance(capture, Capture)
    assert capture.text.strip().splitlines()[0] == text
    assert capture.encoding_evidence.startswith("guessed")


def test_bom_wins(tmp_path: Path) -> None:
    capture = ingest_one(write(tmp_path, "page.txt", "Hello wörld".encode("utf-16")))
    assert isinstance(capture, Capture)
    assert (capture.text, capture.encoding_evidence) == ("Hello wörld", "BOM")


def test_meta_charset_is_used_for_html(tmp_path: Path) -> None:
    html = b'<html><head><meta charset="windows-1252"></head><body><p>caf\xe9</p></body></html>'
    capture = ingest_one(write(tmp_path, "page.html", html))
    assert isinstance(capture, Capture)
    assert "café" in capture.text and capture.encoding_evidence == "meta charset"


def test_mixed_encodings_are_repaired_with_a_warning_naming_the_line(tmp_path: Path) -> None:
    data = "First line é\nSecond line\n".encode() + b"Third line caf\xe9\n"
    capture = ingest_one(write(tmp_path, "page.txt", data))
    assert isinstance(capture, Capture)
    assert "Third line café" in capture.text
    assert any("mixed encodings" in warning and "line 3" in warning for warning in capture.warnings)


def test_empty_file_fails_clearly(tmp_path: Path) -> None:
    failure = ingest_one(write(tmp_path, "empty.txt", b""))
    assert isinstance(failure, Failure)
    assert (
        str(failure)
        == "empty.txt: ingest: empty file (0 bytes): nothing to build; capture the page again or delete the file"
    )


def test_binary_file_fails_naming_what_it_is(tmp_path: Path) -> None:
    failure = ingest_one(write(tmp_path, "photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256))))
    assert isinstance(failure, Failure)
    assert "binary file (a PNG image)" in failure.message


def test_oversized_file_is_refused_with_the_setting_to_change(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", b"word " * 300)
    failure = ingest_file(path, tmp_path, max_bytes=1000)[0]
    assert isinstance(failure, Failure)
    assert "over the limit" in failure.message and "max_capture_mb" in failure.message


def test_text_file_holding_html_is_read_as_html_with_a_warning(tmp_path: Path) -> None:
    capture = ingest_one(write(tmp_path, "page.txt", b"<!DOCTYPE html>" + ARTICLE_HTML.format("x").encode()))
    assert isinstance(capture, Capture)
    assert capture.format is CaptureFormat.HTML
    assert "holds HTML, not text" in capture.warnings[0]


def test_html_file_holding_text_is_read_as_text_with_a_warning(tmp_path: Path) -> None:
    capture = ingest_one(write(tmp_path, "page.html", b"Just a headline\n\nAnd a paragraph of text."))
    assert isinstance(capture, Capture)
    assert capture.format is CaptureFormat.TEXT
    assert "holds plain text, not HTML" in capture.warnings[0]


def test_gzipped_html_is_decompressed(tmp_path: Path) -> None:
    capture = ingest_one(write(tmp_path, "page.html.gz", gzip.compress(ARTICLE_HTML.format("Hello").encode())))
    assert isinstance(capture, Capture)
    assert "<p>Hello</p>" in capture.text


def test_truncated_gzip_fails_clearly(tmp_path: Path) -> None:
    data = gzip.compress(ARTICLE_HTML.format("Hello " * 100).encode())
    failure = ingest_one(write(tmp_path, "page.html.gz", data[: len(data) // 2]))
    assert isinstance(failure, Failure)
    assert "cannot decompress the gzip file" in failure.message


def test_warc_html_records_become_captures_with_provenance(tmp_path: Path) -> None:
    warc = make_warc(
        [
            ("text/html; charset=utf-8", ARTICLE_HTML.format("One").encode()),
            ("image/png", b"\x89PNG"),
            ("text/html", ARTICLE_HTML.format("Two").encode()),
        ]
    )
    results = ingest_file(write(tmp_path, "crawl.warc.gz", warc), tmp_path, max_bytes=LIMIT)
    assert [type(item) for item in results] == [Capture, Capture]
    first, second = results
    assert isinstance(first, Capture) and isinstance(second, Capture)
    assert (first.format, first.source_url, first.record_index) == (CaptureFormat.WARC, "https://news.example/0", 0)
    assert second.record_index == 1 and "Two" in second.text
    assert first.captured_at is not None and first.captured_at.year == 2025
    assert first.slug != second.slug


def test_warc_without_html_reports_what_it_holds(tmp_path: Path) -> None:
    failure = ingest_one(write(tmp_path, "images.warc", make_warc([("image/png", b"\x89PNG")], gzip_records=False)))
    assert isinstance(failure, Failure)
    assert failure.message == "the WARC file holds no HTML page (found: 1 response image/png)"


def test_truncated_warc_keeps_the_pages_before_the_damage(tmp_path: Path) -> None:
    warc = make_warc(
        [("text/html", ARTICLE_HTML.format("One").encode()), ("text/html", ARTICLE_HTML.format("Two " * 50).encode())]
    )
    results = ingest_file(write(tmp_path, "cut.warc.gz", warc[:-60]), tmp_path, max_bytes=LIMIT)
    assert isinstance(results[0], Capture)
    assert isinstance(results[-1], Failure) and "truncated or corrupt" in results[-1].message


def test_file_that_is_not_a_warc_fails(tmp_path: Path) -> None:
    failure = ingest_one(write(tmp_path, "fake.warc", b"hello, I am not an archive"))
    assert isinstance(failure, Failure)
    assert "not a WARC file" in failure.message


def test_capture_files_are_found_in_sorted_order_skipping_others(tmp_path: Path) -> None:
    for name in ["b.txt", "a.html", "notes.md", ".hidden.txt", "sub/c.warc.gz"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    assert [p.relative_to(tmp_path).as_posix() for p in find_capture_files(tmp_path)] == [
        "a.html",
        "b.txt",
        "sub/c.warc.gz",
    ]
