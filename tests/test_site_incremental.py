"""An incremental site build gives the same site as a build from nothing.

After each change a maintainer makes (add, edit or delete a capture), `build`
rebuilds only the pages whose Markdown changed (MkDocs' dirty mode) and keeps
the search bundles whose pages did not change; the whole site folder, search
index included, must then equal a clean build of the same project, byte for
byte. Each scenario also checks that the build really was incremental.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from benchmarks.generate_captures import generate
from build_tools.cli import main
from build_tools.site import SITE_STATE

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "captures" / "000_c3f07487757a6e66.txt"
SEED_PAGE = "archive/articles/000-c3f07487757a6e66/index.html"


def build(project: Path, *extra: str) -> str:
    result = CliRunner().invoke(main, ["build", "--project", str(project), *extra])
    assert result.exit_code == 0, result.output
    return result.output


# Pagefind (1.5.2) writes its filter and metadata files, and the entry file naming
# them, in an order that varies between runs on the same pages (upstream issue
# Pagefind/pagefind#638: its page fragments and word index are stable). Two clean
# builds differ there too, so those files are left out of the comparison; the
# fragments (one per indexed page) and the word index are compared.
UNSTABLE_IN_PAGEFIND = (".pf_meta", ".pf_filter", "pagefind-entry.json")


def site_files(project: Path) -> dict[str, bytes]:
    site = project / "site"
    return {
        path.relative_to(site).as_posix(): path.read_bytes()
        for path in site.rglob("*")
        if path.is_file() and not path.name.endswith(UNSTABLE_IN_PAGEFIND)
    }


def assert_same_as_clean_build(project: Path, tmp_path: Path) -> None:
    clean = tmp_path / "clean"
    shutil.copytree(project, clean, ignore=shutil.ignore_patterns(".cache", "site"))
    shutil.rmtree(clean / "docs" / "archive")
    build(clean, "--no-cache")
    built, expected = site_files(project), site_files(clean)
    assert sorted(built) == sorted(expected)
    assert [name for name in built if built[name] != expected[name]] == []


@pytest.fixture(scope="module")
def built_once(tmp_path_factory: pytest.TempPathFactory, new_project: Callable[[Path], Path]) -> Path:
    """The seed and six generated captures, built once with the site."""
    project = new_project(tmp_path_factory.mktemp("built"))
    shutil.copy(SEED, project / "captures" / SEED.name)
    generate(6, project / "captures", 11)
    build(project)
    return project


@pytest.fixture
def archive(built_once: Path, tmp_path: Path) -> Path:
    """A copy of the built project (site, cache and all), for one scenario to change."""
    project = tmp_path / "project"
    shutil.copytree(built_once, project, symlinks=True)
    state = json.loads((project / ".cache" / "build_tools" / SITE_STATE).read_text("utf-8"))
    state["site"] = str((project / "site").resolve())  # the copy's own site folder
    (project / ".cache" / "build_tools" / SITE_STATE).write_text(json.dumps(state), "utf-8")
    return project


def _add_a_capture(project: Path) -> None:
    generate(1, project / "captures", 11, start=40)


def _edit_the_seed(project: Path) -> None:
    capture = project / "captures" / SEED.name
    capture.write_text(capture.read_text("utf-8").replace("Gyeongju", "Gyeongsang"), "utf-8")


def _delete_the_seed(project: Path) -> None:
    (project / "captures" / SEED.name).unlink()


@pytest.mark.parametrize("change", [_add_a_capture, _edit_the_seed, _delete_the_seed])
def test_an_incremental_site_build_matches_a_clean_build(
    archive: Path, tmp_path: Path, change: Callable[[Path], None]
) -> None:
    pages = len(list((archive / "site").rglob("*.html")))
    change(archive)
    output = build(archive)
    assert "page(s) rebuilt, the others unchanged" in output, output
    rebuilt = int(output.split(" page(s) rebuilt")[0].rsplit("; ", 1)[1])
    assert 0 < rebuilt < pages / 2, output
    assert_same_as_clean_build(archive, tmp_path)


def test_a_deleted_capture_leaves_no_page_and_no_search_entry(archive: Path) -> None:
    _delete_the_seed(archive)
    output = build(archive)
    removed = re.search(r"(\d+) stale file\(s\) removed", output)
    assert removed is not None and int(removed.group(1)) >= 2, output  # its page and its raw copy at least
    assert not (archive / "site" / SEED_PAGE).exists()
    assert not (archive / "site" / "archive" / "raw" / SEED.name).exists()
    assert not (archive / "site" / "archive" / "articles" / "000-c3f07487757a6e66").exists()


def test_an_unchanged_rebuild_rebuilds_no_page_and_keeps_the_search_index(archive: Path) -> None:
    bundle = archive / "site" / "pagefind" / "pagefind-entry.json"
    before = bundle.stat().st_mtime_ns
    output = build(archive)
    assert "; 0 page(s) rebuilt" in output or "; 1 page(s) rebuilt" in output, output
    assert "(1 unchanged)" in output and bundle.stat().st_mtime_ns == before, output


def test_new_settings_rebuild_every_page(archive: Path) -> None:
    config = archive / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("site_name: News Archive", "site_name: Press Archive"), "utf-8")
    output = build(archive)
    assert "page(s) rebuilt" not in output, output
    assert "Press Archive" in (archive / "site" / SEED_PAGE).read_text("utf-8")


def test_an_interrupted_build_makes_the_next_one_whole(archive: Path, tmp_path: Path) -> None:
    """The state goes before a build starts: without it the next build starts from nothing."""
    (archive / ".cache" / "build_tools" / SITE_STATE).unlink()
    (archive / "site" / "archive" / "articles" / "stray.html").write_text("<p>left by a crash</p>", "utf-8")
    output = build(archive)
    assert "page(s) rebuilt" not in output, output
    assert not (archive / "site" / "archive" / "articles" / "stray.html").exists()


def test_no_cache_builds_the_site_from_nothing(archive: Path) -> None:
    output = build(archive, "--no-cache")
    assert "page(s) rebuilt" not in output, output


def test_a_build_split_among_processes_writes_the_same_site(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """From PARALLEL_PAGES Markdown pages on, a build from nothing runs MkDocs in one
    process per core, each rendering its part of the pages: the same files come out."""
    import build_tools.site as site

    monkeypatch.setattr(site.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(site, "PARALLEL_PAGES", 1)
    output = build(archive, "--no-cache")
    assert "(2 processes)" in output, output
    monkeypatch.setattr(site, "PARALLEL_PAGES", 10**9)
    assert_same_as_clean_build(archive, tmp_path)


def test_a_warning_in_one_process_fails_the_split_build(archive: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import build_tools.site as site

    monkeypatch.setattr(site.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(site, "PARALLEL_PAGES", 1)
    (archive / "docs" / "about.md").write_text("# About\n\nSee [the missing page](missing.md).\n", "utf-8")
    result = CliRunner().invoke(main, ["build", "--project", str(archive), "--no-cache"])
    assert result.exit_code != 0
    assert "missing.md" in result.output and "mkdocs build failed" in result.output, result.output


def test_with_materials_search_on_every_build_is_whole_and_in_one_process(
    archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Material's search writes one index from every page: a dirty or split build would
    leave it with some pages only."""
    import build_tools.site as site

    monkeypatch.setattr(site.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(site, "PARALLEL_PAGES", 1)
    config = archive / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("plugins:\n", "plugins:\n  - search\n"), "utf-8")
    first = build(archive)
    _add_a_capture(archive)
    second = build(archive)
    for output in (first, second):
        assert "page(s) rebuilt" not in output and "processes)" not in output, output
    index = json.loads((archive / "site" / "search" / "search_index.json").read_text("utf-8"))
    assert len({doc["location"].split("#")[0] for doc in index["docs"]}) > 100


def test_pages_filled_into_the_themes_shell_equal_pages_the_theme_renders(
    archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Articles and pages of mentions get Material's page as a shell rendered once per
    kind and filled in (build_tools/page_shells.py): every file equals the theme's own."""
    import build_tools.page_shells as page_shells
    import build_tools.render.entity as entity_pages

    monkeypatch.setattr(entity_pages, "ARTICLES_PER_PAGE", 1)  # pages of mentions, in a small archive
    monkeypatch.setattr(entity_pages, "PERIOD_SPLIT", 1)
    filled: list[str] = []
    original = page_shells._Shell.fill

    def counting(shell: page_shells._Shell, values: dict[str, str]) -> str:
        filled.append(values["title"])
        return original(shell, values)

    monkeypatch.setattr(page_shells._Shell, "fill", counting)
    build(archive, "--no-cache")
    with_shells = site_files(archive)
    assert any(": mentions in " in title for title in filled) and len(filled) > 20, filled
    monkeypatch.setattr(page_shells, "ENABLED", False)
    build(archive, "--no-cache")
    rendered = site_files(archive)
    assert sorted(with_shells) == sorted(rendered)
    assert [name for name in rendered if rendered[name] != with_shells[name]] == []


def test_pages_of_marked_blocks_skip_markdown_and_equal_pages_markdown_renders(
    archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Articles and pages of mentions are only marked HTML blocks: they skip Python-Markdown
    (build_tools/mkdocs_plugin.py), and every file equals what Markdown would have made."""
    import build_tools.mkdocs_plugin as plugin
    import build_tools.render.entity as entity_pages

    monkeypatch.setattr(entity_pages, "ARTICLES_PER_PAGE", 1)  # pages of mentions, in a small archive
    monkeypatch.setattr(entity_pages, "PERIOD_SPLIT", 1)
    skipped: list[str] = []
    original = plugin._render_blocks

    def counting(page: object, *args: object) -> None:
        skipped.append(page.file.src_uri)  # type: ignore[attr-defined]
        original(page, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(plugin, "_render_blocks", counting)
    build(archive, "--no-cache")
    without_markdown = site_files(archive)
    assert any("/articles/" in uri for uri in skipped) and any(uri.count("/") > 2 for uri in skipped), skipped
    monkeypatch.setattr(plugin, "SKIP_MARKDOWN", False)
    skipped.clear()
    build(archive, "--no-cache")
    rendered = site_files(archive)
    assert skipped == []
    assert sorted(without_markdown) == sorted(rendered)
    assert [name for name in rendered if rendered[name] != without_markdown[name]] == []
