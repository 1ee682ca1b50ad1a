"""The summary pack: the summaries of the cached annotations in one file, so that a
rebuild opens one file instead of one cache entry per capture.

A rebuild of 10,000 captures read the summary of each from its cache entry
(build_tools/cache.py): 11,000 files opened, read and closed, 2.6 s of an
add-one build at 10,000 captures, much of it system time. The pack keeps, per
capture identity (path, SHA-256, WARC record), the summary's pickle exactly as
its entry holds it, with the curated-data digest it was made with and the
entry file's status (device, inode, size, modification and change times) when
it was read. It lies in the folder of the code version, like the entries.

The pack holds each article's mention index too (build_tools/mention_index.py),
so that the entity and timeline pages rendered again after a new capture read
the indexes of the articles they list from it, not from ~7,000 entries.

A packed summary is used only when its capture identity and curated-data
digest are the ones asked for and the entry file's status is still the one
recorded: the entry is then the very file the summary was read from (entries
are replaced by rename, never written in place, so a rewritten entry is a new
inode with a new change time), and the whole annotation loaded later for a
page, and the packed mention index, agree with it. Anything else (no pack,
another code version, a pack that is truncated or fails its checksum, an entry
missing from it or changed since) falls back to reading the capture's entry.

Layout: MAGIC, then the index's length, the body's length (8 bytes each) and a
CRC-32 of index and body (4 bytes); the index, a pickled dict of identity ->
(curation digest, entry status, offset, summary size, mention index size); the
body, each summary's pickle followed by its mention index's. Written to a
temporary file and renamed over the old one; then the pack's own file status
is written beside it (`.status`). A pack whose status is still the one recorded
is the file as written, and its CRC is not computed again (0.07-0.15 s for
the 350 MB of 10,000 articles); any other is checked whole, and its status
recorded when it passes.
"""

from __future__ import annotations

import contextlib
import mmap
import os
import pickle
import zlib
from collections.abc import Iterable
from pathlib import Path

# Bumped when the layout changes: a pack of another layout is no pack.
MAGIC = b"btsumpk2"
_HEADER = len(MAGIC) + 8 + 8 + 4
# Device, inode, size, modification and change time (ns) of an entry file.
Status = tuple[int, int, int, int, int]
# What the index holds per capture identity: curation digest, entry status, offset,
# summary size, mention index size.
_Located = tuple[str, Status, int, int, int]
# A packed summary's pickle and its mention index's.
Packed = tuple[memoryview, memoryview]


def entry_status(stat: os.stat_result) -> Status:
    return (stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns)


class SummaryPack:
    """A pack opened for reading (mapped, not read: the summaries are unpickled from the
    mapping); an unreadable pack is an empty one. Close it when done (`with`)."""

    def __init__(self, path: Path, version: str) -> None:
        self._map: mmap.mmap | None = None
        self._body: memoryview | None = None
        self.index: dict[str, _Located] = {}
        try:
            self._open(path, version)
        except Exception:  # a damaged cache file is a miss, whatever unpickling its index raised
            self.close()
            self.index = {}

    def _open(self, path: Path, version: str) -> None:
        with path.open("rb") as handle:
            stat = os.fstat(handle.fileno())
            if stat.st_size < _HEADER:
                return
            self._map = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        trusted = _recorded_status(path) == entry_status(stat)
        data = self._map
        index_size = int.from_bytes(data[8:16], "little")
        body_size = int.from_bytes(data[16:24], "little")
        checksum = int.from_bytes(data[24:_HEADER], "little")
        if data[:8] != MAGIC or len(data) != _HEADER + index_size + body_size:
            return self.close()  # another layout, or truncated
        view = memoryview(data)
        if not trusted:
            if zlib.crc32(view[_HEADER:]) != checksum:
                view.release()
                return self.close()
            _record_status(path, stat)
        found_version, index = pickle.loads(view[_HEADER : _HEADER + index_size])
        if found_version == version and isinstance(index, dict):
            self.index = index
            self._body = view[_HEADER + index_size :]
        view.release()
        if self._body is None:
            self.close()

    def get(self, identity: str, curation: str, status: Status | None) -> Packed | None:
        """The packed summary's pickle and mention index's for the capture `identity`, if
        made with curated data of digest `curation` and read from an entry whose status is
        `status`."""
        located = self.index.get(identity)
        if located is None or self._body is None or status is None:
            return None
        packed_curation, packed_status, offset, size, index_size = located
        end = offset + size
        if packed_curation != curation or packed_status != status or end + index_size > len(self._body):
            return None
        return self._body[offset:end], self._body[end : end + index_size]

    def close(self) -> None:
        if self._body is not None:
            self._body.release()
            self._body = None
        if self._map is not None:
            with contextlib.suppress(BufferError):  # a view is still held: the mapping goes with it
                self._map.close()
            self._map = None

    def __enter__(self) -> SummaryPack:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


Blob = bytes | memoryview


def write_pack(path: Path, version: str, entries: Iterable[tuple[str, str, Status, Blob, Blob]]) -> None:
    """Write a pack of `entries` (capture identity, curation digest, entry status, summary
    pickle, mention index pickle), in identity order so that the same entries make the
    same file."""
    index: dict[str, _Located] = {}
    blobs: list[Blob] = []
    offset = 0
    for identity, curation, status, summary, mentions in sorted(entries, key=lambda entry: entry[0]):
        index[identity] = (curation, status, offset, len(summary), len(mentions))
        blobs += (summary, mentions)
        offset += len(summary) + len(mentions)
    packed_index = pickle.dumps((version, index), protocol=pickle.HIGHEST_PROTOCOL)
    checksum = zlib.crc32(packed_index)
    for blob in blobs:
        checksum = zlib.crc32(blob, checksum)
    header = MAGIC + len(packed_index).to_bytes(8, "little") + offset.to_bytes(8, "little")
    temporary = path.with_suffix(".tmp")
    with temporary.open("wb") as handle:
        handle.write(header + checksum.to_bytes(4, "little") + packed_index)
        for blob in blobs:
            handle.write(blob)
    temporary.replace(path)  # atomic: a crash leaves the old pack, whose entries are still checked
    _record_status(path, os.stat(path))  # a crash before this: the new pack is checked whole


def _status_path(path: Path) -> Path:
    return path.with_name(path.name + ".status")


def _recorded_status(path: Path) -> Status | None:
    """The pack's status as recorded, if recorded after the pack's last change: a change
    within the same tick of the file system's clock (a few ms) as the recording would
    leave the pack's times as they were (as in racy git), so a pack whose times are not
    older than the record is checked whole (and recorded again, later)."""
    try:
        with _status_path(path).open("rb") as handle:
            recorded_at = os.fstat(handle.fileno()).st_mtime_ns
            data = handle.read()
    except OSError:
        return None
    if len(data) != 40:
        return None
    status: Status = tuple(int.from_bytes(data[at : at + 8], "little") for at in range(0, 40, 8))  # type: ignore[assignment]
    return status if max(status[3], status[4]) < recorded_at else None


def _record_status(path: Path, stat: os.stat_result) -> None:
    """Record the status of the pack at `path`, written or checked whole by this process."""
    temporary = _status_path(path).with_suffix(".tmp")
    with contextlib.suppress(OSError):  # unrecorded: the pack is checked whole next time
        temporary.write_bytes(b"".join(value.to_bytes(8, "little") for value in entry_status(stat)))
        temporary.replace(_status_path(path))
