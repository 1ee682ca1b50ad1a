"""Writing the generated part of docs/: only what changed, and nothing stale left behind.

The build owns `docs/index.md` and everything under `docs/archive/`. Files are
rewritten only when their content changes, so MkDocs' file watcher and
incremental tools see real changes only; files no longer produced are removed.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from build_tools.config import ArchiveConfig
from build_tools.render.context import HOME_PAGE


@dataclass(frozen=True, slots=True)
class WriteReport:
    written: int
    unchanged: int
    removed: int


def write_generated(
    pages: Iterable[tuple[str, str]], raw_files: Mapping[str, str], config: ArchiveConfig
) -> WriteReport:
    """Bring docs/index.md and docs/archive/ in line with `pages` and `raw_files`.

    `pages` may be a generator: each page is written and dropped before the next.
    """
    docs = config.path(config.docs_dir)
    written = unchanged = 0
    expected: set[Path] = set()
    for relative, content in pages:
        expected.add(docs / relative)
        changed = _write_if_changed(docs / relative, content.encode("utf-8"))
        written, unchanged = written + changed, unchanged + (not changed)
    for relative, source in sorted(raw_files.items()):
        expected.add(docs / relative)
        changed = _copy_if_changed(config.path(source), docs / relative)
        written, unchanged = written + changed, unchanged + (not changed)
    removed = _remove_stale(config.generated_dir, expected)
    return WriteReport(written, unchanged, removed)


def owned_paths(config: ArchiveConfig) -> list[Path]:
    """The paths the build owns under docs/ (for `.gitignore` checks and cleaning)."""
    return [config.path(config.docs_dir) / HOME_PAGE, config.generated_dir]


def _write_if_changed(path: Path, data: bytes) -> bool:
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def _copy_if_changed(source: Path, target: Path) -> bool:
    try:
        if target.stat().st_size == source.stat().st_size and target.read_bytes() == source.read_bytes():
            return False
    except OSError:
        target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return True


def _remove_stale(directory: Path, expected: set[Path]) -> int:
    if not directory.is_dir():
        return 0
    removed = 0
    for path in sorted(directory.rglob("*"), reverse=True):
        if path.is_file() and path not in expected:
            path.unlink()
            removed += 1
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    return removed
