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
"""

from __future__ import annotations

import os
import pickle
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from build_tools.model import Capture, Failure

MEMO_FORMAT = 1
RACY_SECONDS = 2

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

    @classmethod
    def load(cls, path: Path | None, settings: str) -> IngestMemo:
        if path is None:
            return cls(None, settings)
        try:
            with path.open("rb") as handle:
                data = pickle.load(handle)
            if data.get("format") == MEMO_FORMAT and data.get("settings") == settings:
                return cls(path, settings, data["entries"])
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, KeyError, TypeError, AttributeError):
            pass
        return cls(path, settings, changed=True)

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
        self.changed = True
        return results

    def save(self, kept: set[str]) -> None:
        """Write the memo, keeping the entries of `kept` files only (deleted files go)."""
        if self.path is None:
            return
        stale = self.entries.keys() - kept
        if not self.changed and not stale:
            return
        entries = {key: self.entries[key] for key in sorted(kept) if key in self.entries}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(".tmp")
        data = {"format": MEMO_FORMAT, "settings": self.settings, "entries": entries}
        temporary.write_bytes(pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
        temporary.replace(self.path)


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
