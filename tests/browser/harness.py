"""What browser tests use besides fixtures: the recorded page and the local server.

Kept apart from conftest.py so test modules can import these names.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

CHROMIUM_PATH = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
LOCAL_HOST = "127.0.0.1"
# Schemes that never touch the network, so they are not "requests leaving the machine".
_OFFLINE_SCHEMES = ("data", "blob", "about")


@dataclass(slots=True)
class RecordedPage:
    """A Playwright page and what it did: mutable on purpose, it fills up as the page runs."""

    page: object
    """A `playwright.sync_api.Page` (typed loosely so this module needs no stubs)."""
    screenshots: Path
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    """Requests to anywhere but 127.0.0.1: refused before they left, kept for the report."""

    def assert_only_local(self) -> None:
        """Fail naming every request that tried to leave 127.0.0.1 (a CDN font, a script)."""
        outside = [url for url in self.requests if not is_local(url)]
        assert not outside, "requests left 127.0.0.1:\n  " + "\n  ".join(outside)

    def assert_no_errors(self) -> None:
        """Fail on any console error or uncaught exception, listing them all."""
        problems = [f"console: {e}" for e in self.console_errors]
        problems += [f"page error: {e}" for e in self.page_errors]
        assert not problems, "the page reported errors:\n  " + "\n  ".join(problems)

    def screenshot(self, name: str) -> Path:
        """Save a full-page PNG as `<artifacts>/screenshots/<name>.png` and return its path."""
        path = self.screenshots / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)  # type: ignore[attr-defined]
        return path


def is_local(url: str) -> bool:
    """True for URLs served from this machine's loopback or never fetched at all."""
    parts = urlsplit(url)
    return parts.scheme in _OFFLINE_SCHEMES or parts.hostname == LOCAL_HOST


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Keep pytest output readable: one line per request would bury failures."""


def serve_directory(site_dir: Path) -> tuple[ThreadingHTTPServer, str]:
    """Start a threaded static server for `site_dir` on 127.0.0.1 at a free port."""
    if not site_dir.is_dir():
        raise FileNotFoundError(f"{site_dir}: no such site directory to serve")
    handler = partial(_QuietHandler, directory=str(site_dir))
    server = ThreadingHTTPServer((LOCAL_HOST, 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://{LOCAL_HOST}:{server.server_address[1]}"
