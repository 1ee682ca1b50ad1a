"""What each capture file gave the last time it was read, reused while the file is untouched.

Reading and hashing 10,000 capture files is 1.5 s of every build. The memo
keeps, per file, its ingest results (Captures and Failures) with the file's
status when it was read: size, modification and change times (nanoseconds),
inode and device. A file whose status is the same is not read again.

The change time (ctime) is set by the kernel on every write, rename or `touch`
and cannot be set back by a user, so an edited file never matches. A file
changed within the same clock tick as it was read could keep its times (git's
"racy clean" case): an entry is trusted only when the file had not changed for
RACY_SECONDS before it was read; otherwise the file is read again next time.

The memo lives in the cache folder of the code version, so new ingest code
never reuses it; nor does a build with another size limit (max_capture_mb). An
unreadable memo is no memo.

It is kept in two files: the base, with every file's entry (74 MB at 10,000
captures: it holds their text), and beside it the recent entries, recorded since
the base was written, which take precedence. A build that reads a few new files
writes the recent file only; the base is written again (0.3-0.6 s of CPU at
10,000) once the recent entries, plus those of files gone, pass 1/REWRITE_SHARE
of it. Every entry is checked against its file's status before use, so one
outdated by the other file, or by a crash between writing the base and
removing the recent file, is never served.
"""

from __future__ import annotations

import os
import pickle
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from build_tools.model import Capture, Failure
from build_tools.workers import collector_paused

MEMO_FORMAT = 2
RACY_SECONDS = 2
REWRITE_SHARE = 64

Results = list[Capture | Failure]
Status = tuple[int, int, int, int, int]


def file_status(path: Path) -> Status | None:
    """Size, mtime, ctime, inode and device of the file (None when it cannot be read)."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return (stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino, stat.st_dev)


@dataclass(slots=True)
class IngestMemo:
    """Ingest results by file, with the file's status and the time it was read."""

    path: Path | None
    """Where the memo is kept; None: nothing is remembered."""
    settings: str = ""
    """The ingest settings the results were made with (the size limit); others void the memo."""
    entries: dict[str, tuple[Status, int, Results]] = field(default_factory=dict)
    reused: int = 0
    changed: bool = False
    base: int = 0
    """How many entries the base file holds (0: there is none)."""
    recent: set[str] = field(default_factory=set)
    """The files whose entry is not the base file's (recorded or dropped since it was written)."""

    @classmethod
    def load(cls, path: Path | None, settings: str) -> IngestMemo:
        if path is None:
            return cls(None, settings)
        with collector_paused():  # 10,000 entries of captures, no cycles: 0.2 s instead of 0.4 s
            base = _read_entries(path, settings)
            recent = _read_entries(_recent_path(path), settings) if base else {}
        if not base:
            return cls(path, settings, changed=True)
        return cls(path, settings, base | recent if recent else base, base=len(base), recent=set(recent))

    def lookup(self, path: Path) -> tuple[Status | None, Results | None]:
        """The file's status now, and its results when remembered for that status."""
        status = file_status(path)
        entry = self.entries.get(str(path))
        if status is not None and entry is not None and entry[0] == status and settled(status, entry[1]):
            self.reused += 1
            return status, entry[2]
        return status, None

    def record(
        self, path: Path, status: Status | None, read_at: int, results: Results, after: Status | None
    ) -> Results:
        """Remember what the file gave when read at `read_at` (see `read_now`), unless it
        changed from `status` (as `lookup` found it) to `after` meanwhile."""
        if status is not None and after == status:
            self.entries[str(path)] = (status, read_at, results)
        else:
            self.entries.pop(str(path), None)  # changed while being read: read it again next time
        self.recent.add(str(path))
        self.changed = True
        return results

    def save(self, kept: set[str]) -> None:
        """Write the memo, keeping the entries of `kept` files only (deleted files go, from
        the base when it is written again)."""
        if self.path is None:
            return
        gone = len(self.entries.keys() - kept)
        if not self.base or (len(self.recent) + gone) * REWRITE_SHARE > len(kept):
            if self.changed or gone:
                _write_entries(
                    self.path, self.settings, {key: self.entries[key] for key in kept if key in self.entries}
                )
                _recent_path(self.path).unlink(missing_ok=True)
        elif self.changed:
            recent = {key: self.entries[key] for key in self.recent & kept if key in self.entries}
            _write_entries(_recent_path(self.path), self.settings, recent)


def _recent_path(path: Path) -> Path:
    return path.with_name(f"{path.stem}-recent{path.suffix}")


def _read_entries(path: Path, settings: str) -> dict[str, tuple[Status, int, Results]]:
    """A memo file's entries; none when it is missing, unreadable or of other settings."""
    try:
        with path.open("rb") as handle:
            data = pickle.load(handle)
        if data.get("format") == MEMO_FORMAT and data.get("settings") == settings:
            return dict(data["entries"])
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, KeyError, TypeError, AttributeError):
        pass
    return {}


def _write_entries(path: Path, settings: str, entries: dict[str, tuple[Status, int, Results]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    data = {"format": MEMO_FORMAT, "settings": settings, "entries": dict(sorted(entries.items()))}
    temporary.write_bytes(pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
    temporary.replace(path)


def read_now(path: Path, read: Callable[[Path], Results]) -> tuple[int, Results, Status | None]:
    """`read(path)` with the time it started and the file's status after: what `record`
    needs (a separate step, so that files can be read in worker processes)."""
    read_at = time.time_ns()
    results = read(path)
    return read_at, results, file_status(path)


def settled(status: Status, read_at: int) -> bool:
    """The file had last changed RACY_SECONDS before `read_at` (see the module's docstring)."""
    _, mtime, ctime, _, _ = status
    return max(mtime, ctime) < read_at - RACY_SECONDS * 1_000_000_000
