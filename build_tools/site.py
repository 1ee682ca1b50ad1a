"""Running MkDocs on the generated Markdown: `mkdocs build --strict`, through its API."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config as load_mkdocs_config
from mkdocs.exceptions import MkDocsException

from build_tools.config import ArchiveConfig
from build_tools.errors import ArchiveError


class SiteBuildError(ArchiveError):
    """Raised by `build_site` when MkDocs fails or (strict) warns: lists its messages."""


@dataclass(frozen=True, slots=True)
class SiteReport:
    site_dir: Path
    html_pages: int
    seconds: float


class _Collect(logging.Handler):
    """Keeps MkDocs' warnings so a failed strict build can say what went wrong."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def build_site(config: ArchiveConfig, site_dir: Path | None = None) -> SiteReport:
    """Render docs/ into the site folder with MkDocs in strict mode (a warning fails).

    Raises:
        SiteBuildError: with every MkDocs warning, when the build fails.
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
        mkdocs_build(mkdocs_config)
    except (MkDocsException, SystemExit) as error:
        details = "\n".join(f"  {message}" for message in collector.messages) or f"  {error}"
        raise SiteBuildError(f"mkdocs build failed:\n{details}") from error
    finally:
        logger.removeHandler(collector)
    pages = sum(1 for _ in target.rglob("*.html"))
    return SiteReport(target, pages, time.perf_counter() - started)
