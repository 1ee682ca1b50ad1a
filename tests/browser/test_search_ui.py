"""Pagefind search on a small MkDocs Material site built the way the archive's is.

The article pages here follow the contract the renderer must keep (see
benchmarks/search_study.md): the headline and body inside an element carrying
`data-pagefind-body`, the date as `data-pagefind-meta="date:..."`.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from build_tools.search import index_site

from .harness import RecordedPage

_REPO = Path(__file__).resolve().parents[2]
_ARTICLES = {
    "xi-lee": ("Xi urges Lee to defend free trade", "10 June 2025", "2025-06-10", "APEC meets in Gyeongju."),
    "summit": ("Leaders gather for the summit", "3 March 2019", "2019-03-03", "Talks ran late in Hanoi."),
    "rates": ("Central bank holds rates", "1 May 2024", "2024-05-01", "Markets were calm in Tokyo."),
}
_MKDOCS_YML = """site_name: Search test
use_directory_urls: true
theme:
  name: material
  font: false
  features: [navigation.instant]
plugins: []
markdown_extensions: [attr_list, md_in_html]
extra_javascript: [assets/search/search-page.js]
nav: [index.md, search.md]
not_in_nav: /articles/
"""


def _article(title: str, shown: str, iso: str, text: str) -> str:
    return (
        f'<div data-pagefind-body data-pagefind-meta="date:{shown}" data-pagefind-sort="date:{iso}" markdown>\n\n'
        f"# {title}\n\n{text} More words follow here.\n\n</div>\n\n"
        "## Entities in this article\n\nZanzibar: outside the body, not indexed.\n"
    )


@pytest.fixture(scope="module")
def search_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A built and indexed MkDocs site: home, search page and three articles."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    project = tmp_path_factory.mktemp("search-project")
    docs = project / "docs"
    (docs / "articles").mkdir(parents=True)
    shutil.copytree(_REPO / "docs" / "assets" / "search", docs / "assets" / "search")
    (docs / "index.md").write_text("# Home\n\n[Search the archive](search.md)\n", encoding="utf-8")
    (docs / "search.md").write_text('# Search\n\n<div id="pagefind-search"></div>\n', encoding="utf-8")
    for slug, fields in _ARTICLES.items():
        (docs / "articles" / f"{slug}.md").write_text(_article(*fields), encoding="utf-8")
    (project / "mkdocs.yml").write_text(_MKDOCS_YML, encoding="utf-8")
    build(load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(project / "site")))
    stats = index_site(project / "site")
    assert stats.pages == len(_ARTICLES), "only pages with data-pagefind-body are indexed"
    return project / "site"


@pytest.fixture(scope="module")
def sharded_site(search_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same site with its articles indexed one per bundle, as a large archive's are."""
    site = tmp_path_factory.mktemp("sharded") / "site"
    shutil.copytree(search_site, site)
    stats = index_site(site, articles_dir="articles", articles_per_index=1)
    assert stats.bundles == len(_ARTICLES) and stats.pages == len(_ARTICLES)
    return site


def test_search_merges_the_shares_of_a_large_index(
    sharded_site: Path, served_site: Callable[[Path], str], browser_page: RecordedPage
) -> None:
    """One query searches every share: a word of all three articles finds three results,
    a word of one finds that one."""
    base = served_site(sharded_site)
    page = browser_page.page
    page.goto(f"{base}/search/?q=follow")  # type: ignore[attr-defined]
    page.wait_for_function(  # type: ignore[attr-defined]
        "() => document.querySelectorAll('.pagefind-ui__result-link').length === 3", timeout=15_000
    )
    page.fill(".pagefind-ui__search-input", "Hanoi")  # type: ignore[attr-defined]
    page.wait_for_function(  # type: ignore[attr-defined]
        "() => document.querySelectorAll('.pagefind-ui__result-link').length === 1", timeout=15_000
    )
    assert page.inner_text(".pagefind-ui__result-link").strip() == "Leaders gather for the summit"  # type: ignore[attr-defined]
    browser_page.assert_only_local()
    browser_page.assert_no_errors()


def test_search_shows_headline_and_date_offline(
    search_site: Path, served_site: Callable[[Path], str], browser_page: RecordedPage
) -> None:
    base = served_site(search_site)
    page = browser_page.page
    page.goto(f"{base}/search/?q=Gyeongju")  # type: ignore[attr-defined]
    # Wait for the link: until a result's data has loaded the UI shows a ". . ." placeholder.
    link = page.wait_for_selector(".pagefind-ui__result-link", timeout=15_000)  # type: ignore[attr-defined]
    result = page.query_selector(".pagefind-ui__result")  # type: ignore[attr-defined]
    title = result.query_selector(".pagefind-ui__result-title")
    assert link.inner_text().strip() == "Xi urges Lee to defend free trade"
    assert title is not None and title.inner_text().strip() == link.inner_text().strip()
    date_tag = result.query_selector('[data-pagefind-ui-meta="date"]')
    assert date_tag is not None and "10 June 2025" in date_tag.inner_text()
    assert page.locator(".pagefind-ui__result").count() == 1  # type: ignore[attr-defined]
    browser_page.screenshot("search-gyeongju")
    browser_page.assert_only_local()
    browser_page.assert_no_errors()


def test_search_page_works_after_instant_navigation(
    search_site: Path, served_site: Callable[[Path], str], browser_page: RecordedPage
) -> None:
    base = served_site(search_site)
    page = browser_page.page
    page.goto(f"{base}/")  # type: ignore[attr-defined]
    page.click("article a[href$='search/']")  # type: ignore[attr-defined]
    page.fill(".pagefind-ui__search-input", "Hanoi")  # type: ignore[attr-defined]
    title = page.wait_for_selector(".pagefind-ui__result-link", timeout=15_000)  # type: ignore[attr-defined]
    assert title.inner_text().strip() == "Leaders gather for the summit"
    browser_page.assert_only_local()
    browser_page.assert_no_errors()


def test_words_outside_the_body_are_not_indexed(
    search_site: Path, served_site: Callable[[Path], str], browser_page: RecordedPage
) -> None:
    base = served_site(search_site)
    page = browser_page.page
    page.goto(f"{base}/search/?q=Zanzibar")  # type: ignore[attr-defined]
    page.wait_for_selector(".pagefind-ui__message", timeout=15_000)  # type: ignore[attr-defined]
    page.wait_for_function(  # type: ignore[attr-defined]
        "() => /No results/i.test(document.querySelector('.pagefind-ui__message')?.textContent ?? '')",
        timeout=15_000,
    )
    assert page.locator(".pagefind-ui__result").count() == 0  # type: ignore[attr-defined]
