"""build_tools.search: running Pagefind over a built site, and its error messages."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from build_tools.search import BUNDLE_DIR, SearchIndexError, _shares, find_pagefind, index_site

_PAGE = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>'
    "<body><nav>Menu</nav><article data-pagefind-body>"
    '<h1>{title}</h1><p data-pagefind-meta="date:{date}">{text}</p></article></body></html>'
)


def _site(root: Path, count: int) -> Path:
    (root / "index.html").parent.mkdir(parents=True, exist_ok=True)
    (root / "index.html").write_text("<html><body><p>Home</p></body></html>", encoding="utf-8")
    for number in range(count):
        page = root / "articles" / f"a{number}" / "index.html"
        page.parent.mkdir(parents=True)
        html = _PAGE.format(title=f"Story {number}", date="2025-06-10", text=f"Gyeongju talks, part {number}.")
        page.write_text(html, encoding="utf-8")
    return root


def test_index_site_counts_only_article_pages(tmp_path: Path) -> None:
    stats = index_site(_site(tmp_path / "site", 3))
    assert stats.pages == 3, "the home page has no data-pagefind-body and must be left out"
    bundle = tmp_path / "site" / BUNDLE_DIR
    assert (bundle / "pagefind-ui.js").is_file() and (bundle / "pagefind-ui.css").is_file()
    assert stats.total_bytes == sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file())
    assert 0 < stats.largest_file_bytes <= stats.total_bytes and stats.words > 0


def test_pages_read_from_another_folder_are_indexed_into_the_site_in_its_language(tmp_path: Path) -> None:
    """The build indexes its search pages (render/search_pages.py), not the site's: the
    bundle goes into the site, and words are stemmed in the site's language."""
    site = _site(tmp_path / "site", 2)
    pages = tmp_path / "search-pages"
    for number in range(3):
        page = pages / "articles" / f"s{number}" / "index.html"
        page.parent.mkdir(parents=True)
        page.write_text(f"<html><body><div data-pagefind-body><h1>Story {number}</h1></div></body></html>", "utf-8")
    stats = index_site(site, pages_dir=pages, language="fr")
    assert stats.pages == 3, "the search pages, not the site's two"
    entry = json.loads((site / BUNDLE_DIR / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert list(entry["languages"]) == ["fr"]
    assert not (pages / BUNDLE_DIR).exists(), "nothing is written beside the search pages"


def test_missing_binary_is_named_with_the_install_command(tmp_path: Path) -> None:
    with pytest.raises(SearchIndexError, match=r"pagefind-missing does not exist; install it with: pip install"):
        index_site(_site(tmp_path / "site", 1), executable=tmp_path / "pagefind-missing")


def test_site_without_index_page_is_refused(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(SearchIndexError, match=r"empty: search: no index.html here; run mkdocs build first"):
        index_site(tmp_path / "empty")


def test_failing_binary_reports_its_exit_code(tmp_path: Path) -> None:
    failing = tmp_path / "fake-pagefind"
    failing.write_text("#!/bin/sh\necho 'Error: cannot read site' >&2\nexit 3\n", encoding="utf-8")
    failing.chmod(0o755)
    with pytest.raises(SearchIndexError, match=r"Pagefind exited with 3: Error: cannot read site"):
        index_site(_site(tmp_path / "site", 1), executable=failing)


def test_binary_that_indexes_nothing_is_an_error(tmp_path: Path) -> None:
    silent = tmp_path / "fake-pagefind"
    silent.write_text("#!/bin/sh\necho 'Indexed 0 pages'\n", encoding="utf-8")
    silent.chmod(0o755)
    with pytest.raises(SearchIndexError, match=r"Pagefind indexed no page"):
        index_site(_site(tmp_path / "site", 1), executable=silent)


def test_missing_package_is_named_with_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pagefind_bin", None)  # makes the import fail
    with pytest.raises(SearchIndexError, match=r"Pagefind binary is missing; install it with: pip install"):
        find_pagefind()


def _matches(pattern: str, name: str) -> bool:
    return name.endswith(pattern[1:]) if pattern.startswith("*") else name == pattern


@pytest.mark.parametrize(
    "names",
    [
        [f"{n:04d}-{n * 7919 % 65536:04x}" for n in range(200)],  # generated captures
        [f"story-{n}-final" for n in range(60)] + ["x", "al", "final"],  # one common ending, short names
    ],
)
def test_article_shares_cover_every_name_exactly_once_and_stay_even(names: list[str]) -> None:
    shares = _shares(names, 25)
    for name in names:
        owners = [index for index, share in enumerate(shares) if any(_matches(p, name) for p in share)]
        assert len(owners) == 1, (name, owners)
    sizes = [sum(any(_matches(p, name) for p in share) for name in names) for share in shares]
    assert len(shares) == -(-len(names) // 25) and max(sizes) <= 2 * 25, sizes
    assert _shares(list(reversed(names)), 25) == shares, "the same names always give the same shares"


def test_a_large_site_is_indexed_in_shares_each_article_once(tmp_path: Path) -> None:
    site = _site(tmp_path / "site", 7)
    stats = index_site(site, articles_dir="articles", articles_per_index=3)
    assert stats.pages == 7 and stats.bundles == 3
    shards = json.loads((site / BUNDLE_DIR / "shards.json").read_text(encoding="utf-8"))
    assert shards == ["pagefind-articles-2", "pagefind-articles-3"]
    assert all((site / shard / "pagefind-entry.json").is_file() for shard in shards)
    small = index_site(_site(tmp_path / "small", 2), articles_dir="articles", articles_per_index=3)
    assert small.bundles == 1 and json.loads((tmp_path / "small" / BUNDLE_DIR / "shards.json").read_text()) == []


def test_bundles_whose_pages_did_not_change_are_kept(tmp_path: Path) -> None:
    """Given the last run's stamps, only the share holding a changed page is indexed again."""
    site = _site(tmp_path / "site", 7)
    first = index_site(site, articles_dir="articles", articles_per_index=3)
    again = index_site(site, articles_dir="articles", articles_per_index=3, kept=first.stamps)
    assert again.reused == 3 and again.stamps == first.stamps and again.pages == 7
    changed = site / "articles" / "a4" / "index.html"
    changed.write_text(changed.read_text(encoding="utf-8").replace("part 4", "part four"), encoding="utf-8")
    after = index_site(site, articles_dir="articles", articles_per_index=3, kept=again.stamps)
    assert after.reused == 2 and after.pages == 7
    renewed = [name for name in after.stamps if after.stamps[name] != again.stamps[name]]
    assert len(renewed) == 1


def test_shares_indexed_side_by_side_equal_shares_indexed_one_by_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pagefind runs two at a time: the bundles hold the same page fragments, and the
    stamps come out in the bundles' order, as when they run one after the other."""
    import build_tools.search as search

    results = {}
    for runs in (1, 2):
        monkeypatch.setattr(search, "PARALLEL_RUNS", runs)
        site = _site(tmp_path / f"site-{runs}", 7)
        stats = index_site(site, articles_dir="articles", articles_per_index=3)
        fragments = {p.relative_to(site).as_posix(): p.read_bytes() for p in site.glob("pagefind*/fragment/*")}
        results[runs] = (list(stats.stamps), stats.pages, fragments)
    assert results[1][:2] == results[2][:2] == (["pagefind", "pagefind-articles-2", "pagefind-articles-3"], 7)
    assert results[1][2] == results[2][2] and len(results[1][2]) == 7
