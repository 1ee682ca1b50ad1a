"""A build of the site from nothing on every core: MkDocs in one process per part.

MkDocs renders pages one after another (~3-5 ms each: Python-Markdown, then
Material's template), 130-145 s for the 27,000 pages of a 10,000-article
archive. Each page's HTML depends only on its own Markdown and on the site's
settings and navigation (which lists index pages only), so the pages can be
split among processes: every process reads the settings and the whole file
list (links between parts still resolve), but renders only its part.

The split uses MkDocs' dirty mode, whose one question per file is
`File.is_modified()`: in part k it answers "is this file in part k" (a CRC of
its path), so every page and static file is written by exactly one part. The
site folder is emptied first. The theme's few static templates (404.html,
sitemap.xml) are rendered by every part, with the same content from the same
settings and file list: they must stay templates in every part, or MkDocs
copies them raw as static files (a sitemap.xml holding Jinja source, seen in a
test run). The result is the same files as one process writes
(tests/test_site_incremental.py compares them). Measured at 10,000 articles on
2 cores: 61-74 s instead of 144 s, each process peaking at ~730 MB (one
process: ~1.3 GB).

One check is weaker: a link to an anchor on a page of another part is not
checked (MkDocs knows a page's anchors only once it has rendered it). Links to
pages are all checked, and small sites, below PARALLEL_PAGES, are built in one
process, so the test suite checks every anchor.
"""

from __future__ import annotations

import multiprocessing
import os
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config as load_mkdocs_config
from mkdocs.exceptions import MkDocsException
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files
from mkdocs.utils import clean_directory

from build_tools.progress import Progress

PARALLEL_PAGES = 2000
"""From this many Markdown pages on, a build from nothing is split among processes.
Each process first reads the whole file list and navigation (1.7 s at 10,000
articles, measured as a dirty build with nothing to do), against ~3-5 ms a page."""


@dataclass(frozen=True, slots=True)
class PartResult:
    """What one process reports: pages built, MkDocs' warnings, and whether it failed."""

    built: int
    messages: list[str]
    failed: bool


def markdown_pages(docs_dir: Path) -> int:
    """How many Markdown pages docs/ holds (to decide whether to split the build)."""
    return sum(name.endswith(".md") for _, _, names in os.walk(docs_dir) for name in names)


def build_in_parts(
    config_file: Path,
    site_dir: Path,
    *,
    parts: int,
    progress: Progress | None,
    setup_logging: Callable[[], Any],
) -> tuple[int, list[str], bool]:
    """Empty `site_dir`, then build the site into it in `parts` forked processes.

    Args:
        setup_logging: run in each process before MkDocs; returns a handler whose
            `messages` are that process's warnings (see site._Collect).
    Returns:
        Pages built, every process's warnings, and whether any process failed.
    """
    if site_dir.is_dir():
        clean_directory(str(site_dir))
    context = multiprocessing.get_context("fork")
    counters = (context.Value("i", 0), context.Value("i", 0), context.Value("i", 0))
    workers = []
    for part in range(parts):
        receiver, sender = context.Pipe(duplex=False)
        arguments = (config_file, site_dir, part, parts, counters, setup_logging, sender)
        process = context.Process(target=_build_part, args=arguments, daemon=True)
        process.start()
        sender.close()  # the child holds its end; the parent only reads
        workers.append((process, receiver))
    results = _follow(workers, parts, counters, progress)
    messages = [message for result in results for message in result.messages]
    return sum(result.built for result in results), messages, any(result.failed for result in results)


Counters = tuple[Any, Any, Any]
"""Shared integers: pages built, pages to build, parts that have counted theirs."""


def _follow(
    workers: list[tuple[Any, Any]], parts: int, counters: Counters, progress: Progress | None
) -> list[PartResult]:
    """Show the parts' shared page count, and gather each part's report as soon as it
    is sent (a long list of warnings would otherwise fill the pipe and block its sender)."""
    done, total, ready = counters
    results: dict[int, PartResult] = {}
    shown = 0
    started = False
    while len(results) < len(workers):
        for index, (process, receiver) in enumerate(workers):
            if index in results:
                continue
            if receiver.poll(0.25):
                results[index] = receiver.recv()
            elif not process.is_alive() and not receiver.poll():
                # Ended without a report (killed, out of memory): that part failed.
                results[index] = PartResult(0, [f"a MkDocs process ended with exit code {process.exitcode}"], True)
        if progress is not None:
            if not started and ready.value == parts:
                progress.start("mkdocs", total.value)
                started = True
            if started and done.value > shown:
                progress.advance(done.value - shown)
                shown = done.value
    for process, _ in workers:
        process.join()
    return [results[index] for index in range(len(workers))]


def _build_part(
    config_file: Path,
    site_dir: Path,
    part: int,
    parts: int,
    counters: Counters,
    setup_logging: Callable[[], Any],
    sender: Any,
) -> None:
    """In a worker process: build the pages of part `part` (see the module's docstring)."""
    collector = setup_logging()
    File.is_modified = lambda self: zlib.crc32(self.src_uri.encode("utf-8")) % parts == part  # type: ignore[method-assign]
    counter = _CountShared(counters)
    try:
        config = load_mkdocs_config(config_file=str(config_file), site_dir=str(site_dir), strict=True)
        config.plugins["archive-part-progress"] = counter
        mkdocs_build(config, dirty=True)
    except (MkDocsException, SystemExit) as error:
        sender.send(PartResult(counter.built, [*collector.messages, str(error)], True))
        return
    sender.send(PartResult(counter.built, list(collector.messages), False))


class _CountShared(BasePlugin):  # type: ignore[type-arg,no-untyped-call]
    """Adds this part's pages to the shared total, and each page built to the shared count."""

    def __init__(self, counters: Counters) -> None:
        super().__init__()
        self.done, self.total, self.ready = counters
        self.built = 0

    def on_files(self, files: Files, **_: object) -> Files:
        mine = sum(1 for file in files if file.is_documentation_page() and file.is_modified())
        with self.total.get_lock():
            self.total.value += mine
        with self.ready.get_lock():
            self.ready.value += 1
        return files

    def on_post_page(self, output: str, **_: object) -> str:
        self.built += 1
        with self.done.get_lock():
            self.done.value += 1
        return output
