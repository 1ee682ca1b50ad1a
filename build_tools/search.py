"""Full-text search for the built site: a Pagefind index written after `mkdocs build`.

Why Pagefind and not Material's search (benchmarks/search_study.md): Material's
index holds the full text of every page in one JSON file the browser must
download before showing anything (~43 MB at 10,000 articles). Pagefind splits
its index into small compressed chunks and the browser fetches only those the
query needs, so a first search stays well under 2 MB at that scale.

The binary comes from the PyPI package `pagefind[bin]` (it ships inside the
wheel, so nothing is downloaded at build time). Pagefind also writes its own UI
(`pagefind/pagefind-ui.js` and `.css`) into the site, so the search works offline.
"""

from __future__ import annotations

import re
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from build_tools.errors import ArchiveError

BUNDLE_DIR = "pagefind"
"""Where Pagefind writes its index and UI, relative to the site directory."""

_INDEXED_PAGES = re.compile(r"Indexed (\d+) pages?")
_INDEXED_WORDS = re.compile(r"Indexed (\d+) words?")
_INSTALL_HINT = "install it with: pip install 'pagefind[bin]'"


class SearchIndexError(ArchiveError):
    """Raised by `index_site` when the Pagefind binary is missing or fails."""


@dataclass(frozen=True, slots=True)
class SearchIndexStats:
    """What the indexer made, for the build summary and the scale benchmark."""

    pages: int
    """Pages Pagefind indexed (those carrying `data-pagefind-body`)."""
    words: int
    """Distinct words in the index."""
    files: int
    """Files in the bundle directory (index chunks, fragments, UI assets)."""
    total_bytes: int
    """Size on disk of the whole bundle: what the site grows by."""
    largest_file_bytes: int
    """The biggest single file: a first query downloads a handful of files like it."""
    seconds: float


def find_pagefind() -> Path:
    """The Pagefind executable shipped by the `pagefind_bin` package.

    Raises:
        SearchIndexError: the package is not installed or holds no binary.
    """
    try:
        import pagefind_bin  # type: ignore[import-untyped,unused-ignore]
    except ImportError as missing:
        raise SearchIndexError(f"search: the Pagefind binary is missing; {_INSTALL_HINT}") from missing
    try:
        return Path(pagefind_bin.get_executable())
    except FileNotFoundError as missing:
        raise SearchIndexError(
            f"search: the pagefind_bin package holds no binary ({missing}); {_INSTALL_HINT}"
        ) from missing


def index_site(site_dir: Path, *, executable: Path | None = None) -> SearchIndexStats:
    """Index the built site in place: writes `site_dir/pagefind/`.

    Args:
        site_dir: the output of `mkdocs build`.
        executable: a Pagefind binary to use instead of the packaged one (tests).

    Raises:
        SearchIndexError: no site, no binary, Pagefind failed, or it indexed no page.
    """
    if not (site_dir / "index.html").is_file():
        raise SearchIndexError(f"{site_dir}: search: no index.html here; run mkdocs build first")
    binary = executable or find_pagefind()
    if not binary.is_file():
        raise SearchIndexError(f"search: the Pagefind binary {binary} does not exist; {_INSTALL_HINT}")
    began = time.perf_counter()
    result = _run(binary, site_dir)
    seconds = time.perf_counter() - began
    pages = _count(_INDEXED_PAGES, result.stdout)
    if pages == 0:
        raise SearchIndexError(
            f"{site_dir}: search: Pagefind indexed no page; is there HTML under it? "
            "(output: " + _tail(result.stdout) + ")"
        )
    files = [path for path in (site_dir / BUNDLE_DIR).rglob("*") if path.is_file()]
    sizes = [path.stat().st_size for path in files]
    return SearchIndexStats(
        pages=pages, words=_count(_INDEXED_WORDS, result.stdout), files=len(files),
        total_bytes=sum(sizes), largest_file_bytes=max(sizes, default=0), seconds=seconds,
    )  # fmt: skip


def _run(binary: Path, site_dir: Path) -> subprocess.CompletedProcess[str]:
    """Run Pagefind; its own message explains most failures, so pass it on."""
    command = [str(binary), "--site", str(site_dir), "--output-subdir", BUNDLE_DIR]
    # MkDocs' permalink anchors ("¶") sit inside every heading: without this they end
    # every result's title and excerpt.
    command += ["--exclude-selectors", ".headerlink"]
    try:
        result = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError as failed:
        raise SearchIndexError(f"search: cannot run {binary}: {failed}") from failed
    if result.returncode != 0:
        raise SearchIndexError(
            f"{site_dir}: search: Pagefind exited with {result.returncode}: " + _tail(result.stderr or result.stdout)
        )
    return result


def _count(pattern: re.Pattern[str], output: str) -> int:
    found = pattern.search(output)
    return int(found.group(1)) if found else 0


def _tail(output: str, lines: int = 5) -> str:
    return " | ".join(output.strip().splitlines()[-lines:]) or "no output"
