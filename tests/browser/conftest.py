"""Browser-test harness: headless Chromium over a site served on 127.0.0.1.

Fixtures:
    chromium_browser  a Playwright Chromium context with a fresh profile (session-wide)
    served_site       served_site(site_dir) -> base URL of a local server for the test
    browser_page      a RecordedPage: the page plus its console errors, page errors and
                      every request URL; requests leaving 127.0.0.1 are refused and
                      recorded, and `assert_only_local()` fails on them
    artifacts_dir     where screenshots go (test-artifacts/, or $TEST_ARTIFACTS_DIR)

Chromium is the system one (/usr/bin/chromium, or $CHROMIUM_PATH): Playwright's own
browser download is not possible here. A failed test leaves a screenshot behind.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Generator, Iterator
from functools import partial
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

from .harness import CHROMIUM_ARGS, CHROMIUM_PATH, RecordedPage, is_local, serve_directory

playwright_api = pytest.importorskip("playwright.sync_api")
_REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def served_site() -> Iterator[Callable[[Path], str]]:
    """served_site(site_dir) -> base URL; every server started is shut down after the test."""
    servers: list[ThreadingHTTPServer] = []

    def serve(site_dir: Path) -> str:
        server, url = serve_directory(site_dir)
        servers.append(server)
        return url

    yield serve
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    """test-artifacts/ at the repo root (or $TEST_ARTIFACTS_DIR), ignored by git.

    The directory carries its own `.gitignore` of `*`, so it stays out of commits
    wherever it is put.
    """
    root = Path(os.environ.get("TEST_ARTIFACTS_DIR", _REPO / "test-artifacts"))
    (root / "screenshots").mkdir(parents=True, exist_ok=True)
    (root / ".gitignore").write_text("*\n", encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def chromium_browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """A headless Chromium context with a fresh profile, shared by the session's tests."""
    if not CHROMIUM_PATH.is_file():
        pytest.skip(f"{CHROMIUM_PATH}: Chromium not installed (apt-get install chromium)")
    profile = tmp_path_factory.mktemp("chromium-profile")
    with playwright_api.sync_playwright() as runner:
        context = runner.chromium.launch_persistent_context(
            str(profile), executable_path=str(CHROMIUM_PATH), args=CHROMIUM_ARGS, headless=True
        )
        yield context
        context.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """Remember each phase's outcome on the test item, so fixtures can see a failure."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture
def browser_page(
    chromium_browser: object, artifacts_dir: Path, request: pytest.FixtureRequest
) -> Iterator[RecordedPage]:
    """A new page recording errors and requests; off-machine requests are refused."""
    page = chromium_browser.new_page()  # type: ignore[attr-defined]
    recorded = RecordedPage(page=page, screenshots=artifacts_dir / "screenshots")
    page.on("console", partial(_on_console, recorded))
    page.on("pageerror", lambda error: recorded.page_errors.append(str(error)))
    page.route("**/*", partial(_route, recorded))
    yield recorded
    failed = getattr(request.node, "report_call", None)
    if failed is not None and failed.failed:
        recorded.screenshot(f"FAILED-{request.node.name}")
    page.close()


def _on_console(recorded: RecordedPage, message: object) -> None:
    if message.type == "error":  # type: ignore[attr-defined]
        recorded.console_errors.append(message.text)  # type: ignore[attr-defined]


def _route(recorded: RecordedPage, route: object, request: object) -> None:
    """Record every request; let local ones through and refuse the rest."""
    url = str(request.url)  # type: ignore[attr-defined]
    recorded.requests.append(url)
    if is_local(url):
        route.continue_()  # type: ignore[attr-defined]
    else:
        recorded.blocked.append(url)
        route.abort("blockedbyclient")  # type: ignore[attr-defined]
