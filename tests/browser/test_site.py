"""The archive's own site, built from the first capture as a maintainer builds it
(`python -m build_tools build`: pipeline, MkDocs, Pagefind) and read in Chromium
as a reader would: search, hover cards, the timeline, and no errors or outside
requests on any page. Screenshots of the main pages go to test-artifacts/."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from build_tools.cli import main

from .harness import RecordedPage

_REPO = Path(__file__).resolve().parents[2]
_SEED = _REPO / "captures" / "000_c3f07487757a6e66.txt"
HEADLINE = "China, South Korea must safeguard free trade, Xi tells Lee"
ARTICLE = "archive/articles/000-c3f07487757a6e66/"
# Pages a reader meets first, with the name of their screenshot.
PAGES = {
    "home": "",
    "article": ARTICLE,
    "entity": "archive/entities/xi-jinping/",
    "entities": "archive/entities/",
    "timeline": "archive/timeline/",
    "timeline-2025": "archive/timeline/2025/",
    "tags": "archive/tags/",
    "search": "search/?q=Gyeongju",
}


@pytest.fixture(scope="module")
def archive_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed archive built end to end by the CLI, search index included."""
    project = tmp_path_factory.mktemp("browser-archive")
    shutil.copy(_REPO / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(_REPO / "docs", project / "docs", ignore=shutil.ignore_patterns("archive", "index.md"))
    shutil.copytree(_REPO / "data", project / "data")
    (project / "captures").mkdir()
    shutil.copy(_SEED, project / "captures" / _SEED.name)
    result = CliRunner().invoke(main, ["build", "--project", str(project), "-q"])
    assert result.exit_code == 0, result.output
    assert (project / "site" / "pagefind" / "pagefind-ui.js").is_file(), "build must write the search index"
    return project / "site"


def _results(page: object) -> list[str]:
    """Headlines of the search results, once real ones are shown (not '. . .' placeholders)."""
    page.wait_for_selector(".pagefind-ui__result-link", timeout=15_000)  # type: ignore[attr-defined]
    links = page.query_selector_all(".pagefind-ui__result-link")  # type: ignore[attr-defined]
    return [link.inner_text().strip() for link in links]


@pytest.mark.parametrize("query", ["Gyeongju", "Lee Jae-myung", "PRC", "safeguard free trade"])
def test_search_finds_the_first_capture(
    query: str, archive_site: Path, served_site: Callable[[Path], str], browser_page: RecordedPage
) -> None:
    """By a place and a person in the text, by an alias only the registry knows
    ('PRC' for China), and by words of the headline; the date is shown."""
    base = served_site(archive_site)
    page = browser_page.page
    page.goto(f"{base}/search/?q={query}")  # type: ignore[attr-defined]
    assert HEADLINE in _results(page)
    result = page.query_selector(f'.pagefind-ui__result:has-text("{HEADLINE}")')  # type: ignore[attr-defined]
    assert "10 June 2025" in result.inner_text()
    browser_page.assert_no_errors()
    browser_page.assert_only_local()


def test_search_from_the_home_page_form(
    archive_site: Path, served_site: Callable[[Path], str], browser_page: RecordedPage
) -> None:
    base = served_site(archive_site)
    page = browser_page.page
    page.goto(f"{base}/")  # type: ignore[attr-defined]
    page.fill("#home-search", "Gyeongju")  # type: ignore[attr-defined]
    page.press("#home-search", "Enter")  # type: ignore[attr-defined]
    assert HEADLINE in _results(page)
    assert page.url.startswith(f"{base}/search/")  # type: ignore[attr-defined]
    browser_page.assert_no_errors()


def test_search_for_a_word_not_in_the_archive_says_so(
    archive_site: Path, served_site: Callable[[Path], str], browser_page: RecordedPage
) -> None:
    base = served_site(archive_site)
    page = browser_page.page
    page.goto(f"{base}/search/?q=zeppelinwhistle")  # type: ignore[attr-defined]
    page.wait_for_function(  # type: ignore[attr-defined]
        "() => /No results/i.test(document.querySelector('.pagefind-ui__message')?.textContent || '')",
        timeout=15_000,
    )
    assert page.query_selector(".pagefind-ui__result") is None  # type: ignore[attr-defined]


def test_hover_shows_the_entity_card_and_the_link_opens_its_page(
    archive_site: Path, served_site: Callable[[Path], str], browser_page: RecordedPage
) -> None:
    base = served_site(archive_site)
    page = browser_page.page
    page.goto(f"{base}/{ARTICLE}")  # type: ignore[attr-defined]
    highlight = page.locator('article a.entity[href$="/xi-jinping/"]').first  # type: ignore[attr-defined]
    highlight.hover()
    card = page.locator("#entity-card")  # type: ignore[attr-defined]
    card.wait_for(state="visible", timeout=5_000)
    # The count comes from archive/entities/counts.json, fetched on the first card.
    page.wait_for_function(  # type: ignore[attr-defined]
        "() => /in 1 article/.test(document.getElementById('entity-card')?.textContent || '')", timeout=5_000
    )
    text = card.inner_text()
    assert "Xi Jinping" in text and "person" in text.lower() and "in 1 article" in text
    assert "President of the People's Republic of China" in text
    page.mouse.move(0, 0)  # type: ignore[attr-defined]
    card.wait_for(state="hidden", timeout=5_000)
    short = page.locator('article a.entity[href$="/xi-jinping/"]', has_text="Xi").filter(  # type: ignore[attr-defined]
        has_not_text="Jinping"
    )
    short.first.hover()
    card.wait_for(state="visible", timeout=5_000)
    assert card.inner_text().startswith("Xi Jinping"), "a short form's card names the entity in full"
    page.mouse.move(0, 0)  # type: ignore[attr-defined]
    card.wait_for(state="hidden", timeout=5_000)
    highlight.focus()  # keyboard readers get the same card
    card.wait_for(state="visible", timeout=5_000)
    highlight.click()
    page.wait_for_url(re.compile(r".*/archive/entities/xi-jinping/$"), timeout=10_000)  # type: ignore[attr-defined]
    heading = page.locator("article h1").first.inner_text()  # type: ignore[attr-defined]
    assert heading.rstrip("¶").strip() == "Xi Jinping"
    browser_page.assert_no_errors()
    browser_page.assert_only_local()


def test_timeline_lists_events_in_date_order(
    archive_site: Path, served_site: Callable[[Path], str], browser_page: RecordedPage
) -> None:
    """The seed's four events, in calendar order, each period shown at its own granularity."""
    base = served_site(archive_site)
    page = browser_page.page
    page.goto(f"{base}/archive/timeline/2025/")  # type: ignore[attr-defined]
    items = [text.strip() for text in page.locator("article li").all_inner_texts()]  # type: ignore[attr-defined]
    expected = ["9 May 2025", "week of 2 June 2025", "10 June 2025", "November 2025"]
    positions = [next((i for i, item in enumerate(items) if item.startswith(label)), -1) for label in expected]
    assert -1 not in positions, f"missing events among {items}"
    assert positions == sorted(positions), f"out of date order: {items}"
    browser_page.assert_no_errors()


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_has_no_errors_stays_local_and_is_photographed(
    name: str, archive_site: Path, served_site: Callable[[Path], str], browser_page: RecordedPage
) -> None:
    base = served_site(archive_site)
    page = browser_page.page
    page.goto(f"{base}/{PAGES[name]}", wait_until="networkidle")  # type: ignore[attr-defined]
    if name == "search":
        _results(page)
    assert page.locator("h1").count() >= 1  # type: ignore[attr-defined]
    browser_page.screenshot(f"site-{name}")
    browser_page.assert_no_errors()
    browser_page.assert_only_local()


def test_dark_scheme_article_screenshot(
    archive_site: Path, served_site: Callable[[Path], str], browser_page: RecordedPage
) -> None:
    """The slate scheme follows the reader's system preference."""
    base = served_site(archive_site)
    page = browser_page.page
    page.emulate_media(color_scheme="dark")  # type: ignore[attr-defined]
    page.goto(f"{base}/{ARTICLE}", wait_until="networkidle")  # type: ignore[attr-defined]
    scheme = page.evaluate("document.body.getAttribute('data-md-color-scheme')")  # type: ignore[attr-defined]
    assert scheme == "slate"
    browser_page.screenshot("site-article-dark")
    browser_page.assert_no_errors()


@pytest.mark.parametrize(("width", "beside"), [(1280, True), (420, False)])
def test_article_sidebar_is_beside_the_text_on_wide_screens_and_after_it_on_narrow(
    width: int, beside: bool, archive_site: Path, served_site: Callable[[Path], str], browser_page: RecordedPage
) -> None:
    base = served_site(archive_site)
    page = browser_page.page
    page.set_viewport_size({"width": width, "height": 900})  # type: ignore[attr-defined]
    page.goto(f"{base}/{ARTICLE}", wait_until="networkidle")  # type: ignore[attr-defined]
    text = page.locator(".article-text").bounding_box()  # type: ignore[attr-defined]
    aside = page.locator(".article-aside").bounding_box()  # type: ignore[attr-defined]
    assert page.locator(".article-aside a.entity-chip").count() >= 15  # type: ignore[attr-defined]
    if beside:
        assert aside["x"] >= text["x"] + text["width"] and aside["y"] < text["y"] + 200
    else:
        assert aside["y"] >= text["y"] + text["height"] - 1
        browser_page.screenshot("site-article-narrow")
    browser_page.assert_no_errors()
