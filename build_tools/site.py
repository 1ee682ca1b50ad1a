"""Running MkDocs on the generated Markdown: `mkdocs build --strict`, through its API."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config as load_mkdocs_config
from mkdocs.exceptions import MkDocsException
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files

from build_tools.config import ArchiveConfig
from build_tools.errors import ArchiveError
from build_tools.progress import Progress
from build_tools.search import SearchIndexStats, index_site


class SiteBuildError(ArchiveError):
    """Raised by `build_site` when MkDocs fails or (strict) warns: lists its messages."""


@dataclass(frozen=True, slots=True)
class SiteReport:
    site_dir: Path
    html_pages: int
    seconds: float
    search: SearchIndexStats | None = None
    """The Pagefind index written into the site, when search was built."""


class _Collect(logging.Handler):
    """Keeps MkDocs' warnings so a failed strict build can say what went wrong."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


class _CountPages(BasePlugin):  # type: ignore[type-arg,no-untyped-call]
    """Advances the progress counter as MkDocs writes each page (75 s at 10,000 pages)."""

    def __init__(self, progress: Progress) -> None:
        super().__init__()
        self.progress = progress

    def on_files(self, files: Files, **_: object) -> Files:
        self.progress.start("mkdocs", sum(1 for file in files if file.is_documentation_page()))
        return files

    def on_post_page(self, output: str, **_: object) -> str:
        self.progress.advance()
        return output


def build_site(
    config: ArchiveConfig, site_dir: Path | None = None, *, search: bool = True, progress: Progress | None = None
) -> SiteReport:
    """Render docs/ into the site folder with MkDocs in strict mode (a warning fails),
    then index it for search with Pagefind (unless `search` is False).

    Raises:
        SiteBuildError: with every MkDocs warning, when the build fails.
        SearchIndexError: when Pagefind is missing or fails.
    """
    target = site_dir or config.path(config.site_dir)
    collector = _Collect()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collector)
    started = time.perf_counter()
    try:
        mkdocs_config = load_mkdocs_config(
            config_file=str(config.path("mkdocs.yml")), site_dir=str(target), strict=True
        )
        if not mkdocs_config.use_directory_urls:
            # render/html.py writes final links for directory URLs (MkDocs does not rewrite raw HTML).
            raise SiteBuildError(f"{config.path('mkdocs.yml')}: use_directory_urls must be true for this archive")
        if progress is not None:
            mkdocs_config.plugins["archive-progress"] = _CountPages(progress)
        mkdocs_build(mkdocs_config)
    except (MkDocsException, SystemExit) as error:
        details = "\n".join(f"  {message}" for message in collector.messages) or f"  {error}"
        raise SiteBuildError(f"mkdocs build failed:\n{details}") from error
    finally:
        logger.removeHandler(collector)
    if progress is not None:
        progress.finish()
    pages = sum(1 for _ in target.rglob("*.html"))
    seconds = time.perf_counter() - started
    return SiteReport(target, pages, seconds, _index(target, progress) if search else None)


def _index(site_dir: Path, progress: Progress | None) -> SearchIndexStats:
    """Pagefind has no page counter of its own: show the stage start and its end."""
    if progress is not None:
        progress.start("search index", 1)
    stats = index_site(site_dir)
    if progress is not None:
        progress.advance()
        progress.finish(f" ({stats.pages} pages)")
    return stats
