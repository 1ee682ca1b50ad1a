"""The extraction cache: an Article (or Failure) per capture, keyed so it is never stale.

The key holds the capture's path, its SHA-256 and WARC record number, and the
version of the build tools' code (a hash of every source file under
build_tools/). Change the capture, rename it, or change any code, and the key
changes: the entry is simply never looked up again. Entries of older code
versions are deleted when a new version first writes.
"""

from __future__ import annotations

import hashlib
import pickle
import shutil
from functools import cache
from pathlib import Path

from build_tools.model import Article, Capture, Failure

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def code_version() -> str:
    """A hash of the build tools' source and data files: any edit invalidates the cache."""
    digest = hashlib.sha256()
    for path in sorted(_PACKAGE_DIR.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".txt", ".json", ".tsv", ".yml") and "__pycache__" not in path.parts:
            digest.update(path.relative_to(_PACKAGE_DIR).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:20]


class ExtractionCache:
    """Pickled extraction results on disk; a missing or unreadable entry is a miss."""

    def __init__(self, directory: Path, *, enabled: bool = True) -> None:
        self.enabled = enabled
        self.root = directory
        self.directory = directory / code_version()
        self.hits = 0
        self._pruned = False

    def get(self, capture: Capture) -> Article | Failure | None:
        if not self.enabled:
            return None
        try:
            with self._entry(capture).open("rb") as handle:
                result = pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
            return None
        if not isinstance(result, Article | Failure):
            return None
        self.hits += 1
        return result

    def put(self, capture: Capture, result: Article | Failure) -> None:
        if not self.enabled:
            return
        self._prune_old_versions()
        entry = self._entry(capture)
        entry.parent.mkdir(parents=True, exist_ok=True)
        temporary = entry.with_suffix(".tmp")
        temporary.write_bytes(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
        temporary.replace(entry)  # atomic: a crash never leaves half an entry

    def _entry(self, capture: Capture) -> Path:
        key = f"{capture.path}\0{capture.sha256}\0{capture.record_index}"
        name = hashlib.sha256(key.encode()).hexdigest()
        return self.directory / name[:2] / f"{name}.pickle"

    def _prune_old_versions(self) -> None:
        if self._pruned:
            return
        self._pruned = True
        if self.root.is_dir():
            for old in self.root.iterdir():
                if old.is_dir() and old != self.directory:
                    shutil.rmtree(old, ignore_errors=True)
