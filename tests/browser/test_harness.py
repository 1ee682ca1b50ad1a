"""The browser harness itself: serving, recording, the locality check, screenshots."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .harness import RecordedPage

_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _write_site(root: Path, body: str) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "style.css").write_text("h1 { color: rgb(0, 128, 0); }\n", encoding="utf-8")
    (root / "index.html").write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Smoke</title>'
        f'<link rel="stylesheet" href="style.css"></head><body>{body}</body></html>',
        encoding="utf-8",
    )
    return root


def test_local_page_loads_without_leaving_the_machine(
    tmp_path: Path, served_site: Callable[[Path], str], browser_page: RecordedPage
) -> None:
    base = served_site(_write_site(tmp_path / "site", "<h1>Gyeongju</h1>"))
    page = browser_page.page
    page.goto(f"{base}/index.html")  # type: ignore[attr-defined]
    assert page.title() == "Smoke"  # type: ignore[attr-defined]
    colour = page.eval_on_selector("h1", "e => getComputedStyle(e).color")  # type: ignore[attr-defined]
    assert colour == "rgb(0, 128, 0)", "the stylesheet was not served"
    assert f"{base}/style.css" in browser_page.requests
    browser_page.assert_only_local()
    browser_page.assert_no_errors()
    shot = browser_page.screenshot("harness-smoke")
    assert shot.read_bytes().startswith(_PNG_MAGIC)


def test_request_to_outside_is_refused_and_reported(
    tmp_path: Path, served_site: Callable[[Path], str], browser_page: RecordedPage
) -> None:
    body = '<script src="https://cdn.example.com/lib.js"></script><p>hi</p>'
    base = served_site(_write_site(tmp_path / "site", body))
    browser_page.page.goto(f"{base}/index.html")  # type: ignore[attr-defined]
    assert browser_page.blocked == ["https://cdn.example.com/lib.js"]
    with pytest.raises(AssertionError, match=r"cdn\.example\.com"):
        browser_page.assert_only_local()


def test_console_and_page_errors_are_recorded(
    tmp_path: Path, served_site: Callable[[Path], str], browser_page: RecordedPage
) -> None:
    body = "<script>console.error('boom'); undefinedFunction();</script>"
    base = served_site(_write_site(tmp_path / "site", body))
    browser_page.page.goto(f"{base}/index.html")  # type: ignore[attr-defined]
    assert browser_page.console_errors == ["boom"]
    assert any("undefinedFunction" in error for error in browser_page.page_errors)
    with pytest.raises(AssertionError, match="boom"):
        browser_page.assert_no_errors()


def test_serving_a_missing_directory_names_it(tmp_path: Path, served_site: Callable[[Path], str]) -> None:
    with pytest.raises(FileNotFoundError, match="no such site directory"):
        served_site(tmp_path / "missing")
