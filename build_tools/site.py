"""Running MkDocs on the generated Markdown: `mkdocs build --strict`, through its API.

A rebuild is incremental: MkDocs' dirty mode rebuilds only the pages whose
Markdown is newer than their HTML (the writer rewrites a Markdown file only when
its content changes), and Pagefind re-indexes only the bundles whose pages
changed: at 10,000 articles, one new capture changed 78 pages, rebuilt in 4.4 s
instead of 144 s. A build from nothing of a large site is split among processes
(build_tools/mkdocs_parallel.py).

A dirty build is safe only over a complete site made with the same settings, so
it is used only when the site state (in the cache folder) says the last build
of this site folder finished with the same mkdocs.yml, theme overrides,
versions of MkDocs, Material, Python-Markdown, pymdown-extensions and Jinja,
and build tools code. The state is removed before a build starts, so an
interrupted build makes the next one clean. Output files of pages that no longer
exist are removed after a dirty build (`_Prune`), so nothing stale stays. HTML
edited by hand in the site folder is not noticed: delete the file (or build
with --no-cache) to have it rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.metadata import version as package_version
from pathlib import Path
from typing import Any

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config as load_mkdocs_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import MkDocsException
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files

from build_tools.cache import code_version
from build_tools.config import ArchiveConfig
from build_tools.errors import ArchiveError
from build_tools.mkdocs_parallel import PARALLEL_PAGES, build_in_parts, markdown_pages
from build_tools.progress import Progress
from build_tools.render.search_pages import SEARCH_PAGES_DIR
from build_tools.search import BUNDLE_DIR, BundleStamp, SearchIndexStats, index_site

# The packages that turn a page's Markdown into its HTML: a new version of any of
# them may change every page, so it makes the next build start from nothing.
_SITE_PACKAGES = ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "jinja2")

SITE_STATE = "site-state.json"
"""In the cache folder: what the last finished site build was made with (see the module's docstring)."""
STATE_FORMAT = 1


class SiteBuildError(ArchiveError):
    """Raised by `build_site` when MkDocs fails or (strict) warns: lists its messages."""


@dataclass(frozen=True, slots=True)
class SiteReport:
    site_dir: Path
    html_pages: int
    seconds: float
    search: SearchIndexStats | None = None
    """The Pagefind index written into the site, when search was built."""
    pages_built: int = 0
    """Pages MkDocs rendered: all of them, or in an incremental build those whose Markdown changed."""
    incremental: bool = False


class _Collect(logging.Handler):
    """Keeps MkDocs' warnings so a failed strict build can say what went wrong."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


class _CountPages(BasePlugin):  # type: ignore[type-arg,no-untyped-call]
    """Advances the progress counter as MkDocs writes each page, and counts the pages
    built (one process: an incremental build, or a site too small to split)."""

    def __init__(self, progress: Progress | None, dirty: bool) -> None:
        super().__init__()
        self.progress = progress
        self.dirty = dirty
        self.built = 0

    def on_files(self, files: Files, **_: object) -> Files:
        if self.progress is not None:
            pages = [file for file in files if file.is_documentation_page()]
            self.progress.start("mkdocs", sum(1 for file in pages if not self.dirty or file.is_modified()))
        return files

    def on_post_page(self, output: str, **_: object) -> str:
        self.built += 1
        if self.progress is not None:
            self.progress.advance()
        return output


class _Prune(BasePlugin):  # type: ignore[type-arg,no-untyped-call]
    """After a dirty build: delete the site's files that this build would not write
    (pages whose Markdown is gone, raw copies of deleted captures), and empty folders.
    The search bundles are left to the indexer."""

    def __init__(self) -> None:
        super().__init__()
        self.files: Files | None = None
        self.removed = 0

    def on_files(self, files: Files, **_: object) -> Files:
        self.files = files
        return files

    def on_post_build(self, config: Any, **_: object) -> None:
        assert self.files is not None
        site = str(config.site_dir)
        written = (file for file in self.files if file.inclusion.is_included())  # type: ignore[no-untyped-call]
        expected = {os.path.normpath(file.abs_dest_path) for file in written}
        for template in (*config.theme.static_templates, *config.extra_templates):
            expected.add(os.path.normpath(os.path.join(site, template)))
            expected.add(os.path.normpath(os.path.join(site, template + ".gz")))  # sitemap.xml.gz
        emptied: set[str] = set()
        for folder, subfolders, names in os.walk(site):
            if folder == site:
                subfolders[:] = [name for name in subfolders if not name.startswith(BUNDLE_DIR)]
            for name in names:
                path = os.path.join(folder, name)
                if path not in expected:
                    os.unlink(path)
                    self.removed += 1
                    emptied.add(folder)
        for folder in sorted(emptied, reverse=True):  # deepest first
            while folder != site and not os.listdir(folder):
                os.rmdir(folder)
                folder = os.path.dirname(folder)


class _QuietDirtyNotice(logging.Filter):
    """MkDocs warns that a dirty build is 'for site development purposes only'; strict
    mode would count that warning as a failure. Our dirty builds are guarded (see
    the module's docstring), so that one notice is dropped; every other warning counts."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "'dirty' build is being performed" not in record.getMessage()


def build_site(
    config: ArchiveConfig,
    site_dir: Path | None = None,
    *,
    search: bool = True,
    progress: Progress | None = None,
    incremental: bool = True,
) -> SiteReport:
    """Render docs/ into the site folder with MkDocs in strict mode (a warning fails),
    then index it for search with Pagefind (unless `search` is False).

    Args:
        incremental: rebuild only what changed when the last build of this site
            folder finished with the same settings (see the module's docstring);
            False always builds from nothing.

    Raises:
        SiteBuildError: with every MkDocs warning, when the build fails.
        SearchIndexError: when Pagefind is missing or fails.
    """
    target = (site_dir or config.path(config.site_dir)).resolve()
    state_file = config.path(config.cache_dir) / SITE_STATE
    started = time.perf_counter()
    with _mkdocs_session() as collector:
        try:
            rendered = _render(config, target, state_file, incremental=incremental, progress=progress)
        except (MkDocsException, SystemExit) as error:
            details = "\n".join(f"  {message}" for message in collector.messages) or f"  {error}"
            raise SiteBuildError(f"mkdocs build failed:\n{details}") from error
    _finish_progress(progress, rendered)
    pages = sum(1 for _ in target.rglob("*.html"))
    seconds = time.perf_counter() - started
    stats = _index(target, search_pages(config), rendered, progress) if search else None
    _save_state(state_file, target, rendered.settings, stats)
    return SiteReport(target, pages, seconds, stats, rendered.built, rendered.dirty)


@dataclass(frozen=True, slots=True)
class _Rendered:
    """What one MkDocs build did, for the progress line, the search index and the site state."""

    settings: str
    language: str
    """The site's language (the theme's), which the search index stems words for."""
    previous: dict[str, BundleStamp] | None
    """The search bundles' stamps of the last build, when this one was incremental (dirty)."""
    parts: int
    built: int
    removed: int
    """Stale files `_Prune` removed (dirty builds only)."""

    @property
    def dirty(self) -> bool:
        return self.previous is not None


@contextmanager
def _mkdocs_session() -> Iterator[_Collect]:
    """Collects MkDocs' warnings (but the dirty notice) and fixes the build date while MkDocs runs."""
    collector = _Collect()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collector)
    quiet = _QuietDirtyNotice()
    logging.getLogger("mkdocs.commands.build").addFilter(quiet)
    # MkDocs dates every page with the day of the build (it ends up in the header of
    # sitemap.xml.gz); a fixed epoch keeps the site the same bytes from day to day.
    # A SOURCE_DATE_EPOCH set by the user is kept.
    epoch_was_set = "SOURCE_DATE_EPOCH" in os.environ
    os.environ.setdefault("SOURCE_DATE_EPOCH", "0")
    try:
        yield collector
    finally:
        logger.removeHandler(collector)
        logging.getLogger("mkdocs.commands.build").removeFilter(quiet)
        if not epoch_was_set:
            del os.environ["SOURCE_DATE_EPOCH"]


def _render(
    config: ArchiveConfig, target: Path, state_file: Path, *, incremental: bool, progress: Progress | None
) -> _Rendered:
    """Build the site with MkDocs: incrementally when the site state allows it, else from
    nothing, in parts when the site is large."""
    mkdocs_config = _load_mkdocs_config(config, target)
    settings = _settings_digest(config, mkdocs_config)
    # A plugin that writes one file from every page (Material's search index) would
    # be left with the changed pages, or one part's pages, only: build whole, in one.
    whole_only = any(name.split("/")[-1] == "search" for name in mkdocs_config.plugins)  # "material/search"
    previous = _load_state(state_file, target, settings) if incremental and not whole_only else None
    state_file.unlink(missing_ok=True)  # until this build finishes, the site is not known to be whole
    dirty = previous is not None
    parts = 1 if whole_only else _parts(config, dirty)
    language = str(mkdocs_config.theme.get("language") or "en")
    if parts > 1:
        built = _build_in_parts(config, target, parts, progress)
        return _Rendered(settings, language, previous, parts, built, removed=0)
    built, removed = _build_in_one(mkdocs_config, dirty, progress)
    return _Rendered(settings, language, previous, parts, built, removed)


def _load_mkdocs_config(config: ArchiveConfig, target: Path) -> MkDocsConfig:
    """The project's mkdocs.yml in strict mode, building into `target`."""
    mkdocs_config = load_mkdocs_config(config_file=str(config.path("mkdocs.yml")), site_dir=str(target), strict=True)
    if not mkdocs_config.use_directory_urls:
        # render/html.py writes final links for directory URLs (MkDocs does not rewrite raw HTML).
        raise SiteBuildError(f"{config.path('mkdocs.yml')}: use_directory_urls must be true for this archive")
    return mkdocs_config


def _build_in_one(mkdocs_config: MkDocsConfig, dirty: bool, progress: Progress | None) -> tuple[int, int]:
    """MkDocs in this process: returns the pages built and the stale files removed."""
    counter = _CountPages(progress, dirty)
    mkdocs_config.plugins["archive-progress"] = counter
    prune = _Prune()
    if dirty:
        mkdocs_config.plugins["archive-prune"] = prune
    mkdocs_build(mkdocs_config, dirty=dirty)
    return counter.built, prune.removed


def _finish_progress(progress: Progress | None, rendered: _Rendered) -> None:
    """End the MkDocs stage's progress line, saying how the site was built."""
    if progress is None:
        return
    if rendered.dirty:
        note = f" (only pages whose Markdown changed; {rendered.removed} stale file(s) removed)"
    else:
        note = f" ({rendered.parts} processes)" if rendered.parts > 1 else ""
    progress.finish(note)


def _parts(config: ArchiveConfig, dirty: bool) -> int:
    """Processes for this build: one for an incremental build or a small site, else one per core."""
    cores = os.cpu_count() or 1
    if dirty or cores == 1 or markdown_pages(config.path(config.docs_dir)) < PARALLEL_PAGES:
        return 1
    return cores


def _build_in_parts(config: ArchiveConfig, target: Path, parts: int, progress: Progress | None) -> int:
    """A build from nothing split among processes (build_tools/mkdocs_parallel.py)."""
    built, messages, failed = build_in_parts(
        config.path("mkdocs.yml"), target, parts=parts, progress=progress, setup_logging=_collect_in_worker
    )
    if failed:
        details = "\n".join(f"  {message}" for message in messages)
        raise SiteBuildError(f"mkdocs build failed:\n{details}")
    return built


def _collect_in_worker() -> _Collect:
    """In a worker process: its own collector of MkDocs' warnings, and the dirty notice dropped."""
    collector = _Collect()
    logging.getLogger("mkdocs").addHandler(collector)
    logging.getLogger("mkdocs.commands.build").addFilter(_QuietDirtyNotice())
    return collector


def _settings_digest(config: ArchiveConfig, mkdocs_config: Any) -> str:
    """Everything besides a page's own Markdown that shapes its HTML."""
    digest = hashlib.sha256()
    parts = [config.path("mkdocs.yml").read_bytes(), code_version().encode()]
    parts += [f"{name} {package_version(name)}".encode() for name in _SITE_PACKAGES]
    custom_dir = mkdocs_config.theme.custom_dir
    if custom_dir:
        for path in sorted(Path(custom_dir).rglob("*")):
            if path.is_file():
                parts += [path.as_posix().encode(), path.read_bytes()]
    for part in parts:
        digest.update(hashlib.sha256(part).digest())
    return digest.hexdigest()


def _load_state(path: Path, site: Path, settings: str) -> dict[str, BundleStamp] | None:
    """The search bundles' stamps of the last finished build, when it built `site` with
    the same settings and the site is still there; None otherwise (build from nothing)."""
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
        if state["format"] != STATE_FORMAT or state["site"] != str(site) or state["settings"] != settings:
            return None
        if not (site / "index.html").is_file():
            return None
        return {bundle: BundleStamp(*fields) for bundle, fields in state["bundles"].items()}
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _save_state(path: Path, site: Path, settings: str, stats: SearchIndexStats | None) -> None:
    bundles = {} if stats is None else {name: [s.inputs, s.pages, s.words] for name, s in stats.stamps.items()}
    state = {"format": STATE_FORMAT, "site": str(site), "settings": settings, "bundles": bundles}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(state, sort_keys=True) + "\n", encoding="utf-8")


def search_pages(config: ArchiveConfig) -> Path | None:
    """The search pages the build wrote (render/search_pages.py). An archive with no
    article has none: then the site's own pages are indexed, whole (what Pagefind does
    when no page marks its body), so the search page still works."""
    pages = config.path(config.docs_dir) / SEARCH_PAGES_DIR
    return pages if pages.is_dir() else None


def _index(site_dir: Path, pages_dir: Path | None, rendered: _Rendered, progress: Progress | None) -> SearchIndexStats:
    """Pagefind has no page counter of its own: show the stage start and its end."""
    if progress is not None:
        progress.start("search index", 1)
    stats = index_site(site_dir, pages_dir=pages_dir, language=rendered.language, kept=rendered.previous)
    if progress is not None:
        progress.advance()
        unchanged = f", {stats.reused} of {stats.bundles} bundles unchanged" if stats.reused else ""
        progress.finish(f" ({stats.pages} pages{unchanged})")
    return stats
